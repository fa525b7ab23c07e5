"""Tables of articles: CSV (from a scraper, a media-monitoring tool, a spreadsheet) and JSONL.

One article per row. Which column holds the text, title, date, outlet, byline, id and url is
said by ``columns`` (the project file's mapping, ``{"text": "contenu", "date": "jour", ...}``);
a role it does not name is looked for among the usual names (``data/importers.yaml``). The
standard library reads both formats (``csv`` with the delimiter sniffed: French spreadsheets
write ';'; ``json``), so nothing is written by hand but the column mapping.

Per article:
    text: the title (when the text does not already start with it), then the text cell as it is
        (its line breaks kept: they are the paragraphs);
    fields: the other mapped cells (date, outlet, byline, id, url);
    dropped: nothing (the unmapped columns are named once, in a note on the first article).
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path
from typing import Iterator

from .base import Imported, ImporterError, Ledger, canonical_outlet, labels, parse_date, squash

ROLES = ("text", "title", "date", "outlet", "byline", "id", "url")


def _decode(data: bytes, *, name: str) -> tuple[str, str, list[str]]:
    try:
        return data.decode("utf-8-sig"), "utf-8", []
    except UnicodeDecodeError as err:
        return (data.decode("cp1252", errors="replace"), "cp1252",
                [f"{name}: not valid UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start}); decoded as cp1252"])


def mapping(header: list[str], columns: dict | None, *, name: str) -> dict[str, str]:
    """Role -> column name: the project's mapping, else the first usual name present."""
    columns = dict(columns or {})
    unknown = sorted(set(columns) - set(ROLES))
    if unknown:
        raise ImporterError(f"{name}: unknown column role(s) {', '.join(unknown)} (roles: {', '.join(ROLES)})")
    found = {}
    lower = {h.strip().lower(): h for h in header}
    for role in ROLES:
        if role in columns and columns[role]:
            if columns[role] not in header:
                raise ImporterError(f"{name}: no column '{columns[role]}' for the {role} "
                                    f"(columns: {', '.join(header) or 'none'})")
            found[role] = columns[role]
            continue
        for candidate in labels().columns.get(role, []):
            if candidate in lower:
                found[role] = lower[candidate]
                break
    if "text" not in found:
        raise ImporterError(f"{name}: no text column: name it in the project file (columns: {{text: ...}}); "
                            f"columns found: {', '.join(header) or 'none'}")
    return found


def _date(value: str) -> tuple[dt.date | None, str]:
    value = value.strip()
    if not value:
        return None, ""
    try:
        return dt.date.fromisoformat(value[:10]), value
    except ValueError:
        found = parse_date(value)
        return (found[0], value) if found else (None, value)


def _article(path: Path, fmt: str, position: int, row: dict, roles: dict, encoding: str,
             report) -> Imported | None:
    where = f"{path} ({'row' if fmt == 'csv' else 'line'} {position})"
    cell = {role: _cell(row.get(col)) for role, col in roles.items()}
    body = cell.get("text", "").strip("\n")
    if not body.strip():
        report(f"{where}: empty text; row skipped")
        return None
    notes = []
    ledger = Ledger()
    title = squash(cell.get("title", ""))
    if title and not squash(body).startswith(title):
        ledger.keep(title)
    # The text cell as it is: its line breaks are the article's paragraphs.
    ledger.paragraphs.append(body.strip())
    for role in ("date", "outlet", "byline", "id", "url"):
        ledger.field(role, cell.get(role, ""))
    published, date_text = _date(cell.get("date", ""))
    if date_text and published is None:
        notes.append(f"{where}: date '{date_text}' is not a date; left unknown")
    return Imported(
        id=f"{path.stem}-{position:03d}", text=ledger.text, format=fmt, source_file=path,
        position=position, source_id=squash(cell.get("id", "")),
        outlet=canonical_outlet(cell["outlet"]) if cell.get("outlet", "").strip() else "",
        title=title, byline=squash(cell.get("byline", "")), url=squash(cell.get("url", "")),
        published=published, date_text=date_text, encoding=encoding,
        fields=tuple(ledger.fields), dropped=(), notes=tuple(notes))


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):  # JSON authors: ["A", "B"]
        return ", ".join(_cell(v) for v in value)
    return str(value)


def read_csv(path: Path, data: bytes, *, report, columns: dict | None = None) -> Iterator[Imported]:
    """Articles of a CSV table, one per row (see the module docstring)."""
    name = str(path)
    text, encoding, problems = _decode(data, name=name)
    for msg in problems:
        report(msg)
    sample = text[:8192]
    try:
        dialect = csv.Sniffer().sniff(sample.split("\n", 1)[0] + "\n", delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO(text, newline=""), dialect=dialect)
    try:
        header = list(reader.fieldnames or [])
        roles = mapping(header, columns, name=name)
        unused = [h for h in header if h not in roles.values()]
        if unused:
            report(f"{name}: column(s) not used: {', '.join(unused)}")
        for position, row in enumerate(reader, start=1):
            imported = _article(path, "csv", position, row, roles, encoding, report)
            if imported is not None:
                yield imported
    except csv.Error as err:
        raise ImporterError(f"{name}: not a readable CSV ({err})") from None


def read_jsonl(path: Path, data: bytes, *, report, columns: dict | None = None) -> Iterator[Imported]:
    """Articles of a JSON Lines file, one per object line (see the module docstring)."""
    name = str(path)
    text, encoding, problems = _decode(data, name=name)
    for msg in problems:
        report(msg)
    roles = None
    for position, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            report(f"{name}: line {position}: not JSON ({err.msg}); skipped")
            continue
        if not isinstance(row, dict):
            report(f"{name}: line {position}: not a JSON object; skipped")
            continue
        if roles is None:
            roles = mapping(list(row), columns, name=name)
        imported = _article(path, "jsonl", position, row, roles, encoding, report)
        if imported is not None:
            yield imported
    if roles is None:
        raise ImporterError(f"{name}: no article (no JSON object line)")
