"""Nexis Uni exports (DOCX and RTF): many documents per file, each closed by "End of Document".

A document is: headline, source, date line, copyright, labelled header lines ("Section:",
"Length: 523 words", "Byline:"...), "Body", the paragraphs, then the database's index
("Classification", "Language:", "Subject:", "Load-Date:"...). The first one is preceded by the
export's cover page (user, job number, search terms, the list of documents). DOCX is read with
``python-docx`` (paragraphs and tables in document order: a table's cells become lines of
their own), RTF with ``striprtf``; the labels are in ``data/importers.yaml`` (English and
French interfaces). No maintained Python reader of these exports exists on the package registry
(LexisNexisTools is an R package), so the document rules are written here.

Per article:
    text: headline, highlight, then the body (table cells one per line);
    fields: outlet, date, section, word_count, byline, dateline, language, url, load date;
    dropped: the copyright line, the cover page (with the first document), the index after the
        body, the "End of Document" line.
"""
from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Iterator

from . import rtf
from .base import Imported, ImporterError, Ledger, canonical_outlet, drop_kind, labels, parse_count, parse_date, squash


def sniff_lines(lines: list[str]) -> bool:
    rx = labels().nexis
    return any(rx["end"].match(squash(line)) for line in lines)


def docx_lines(data: bytes, *, name: str) -> list[str]:
    """The lines of a DOCX file: each paragraph, and each table cell's paragraphs, in order."""
    import docx  # python-docx: imported here, the other formats do not need it

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as err:
        raise ImporterError(f"{name}: not a readable DOCX file ({err})") from None
    out: list[str] = []

    def visit(container) -> None:
        for block in container.iter_inner_content():
            if isinstance(block, docx.table.Table):
                for row in block.rows:
                    seen = set()
                    for cell in row.cells:
                        # A merged cell appears once per grid column it spans: read it once.
                        if id(cell._tc) in seen:  # noqa: SLF001 - python-docx's cell identity
                            continue
                        seen.add(id(cell._tc))  # noqa: SLF001
                        visit(cell)
            else:
                out.extend(block.text.split("\n"))

    visit(document)
    return out


def read_docx(path: Path, data: bytes, *, report) -> Iterator[Imported]:
    """Documents of a Nexis DOCX export."""
    yield from read_lines(path, docx_lines(data, name=str(path)), encoding="docx", report=report)


def read_rtf(path: Path, data: bytes, *, report) -> Iterator[Imported]:
    """Documents of a Nexis RTF export."""
    lines, encoding, problems = rtf.lines(data, name=str(path))
    for msg in problems:
        report(msg)
    yield from read_lines(path, lines, encoding=encoding, report=report)


def read_lines(path: Path, lines: list[str], *, encoding: str, report) -> Iterator[Imported]:
    """Documents of a Nexis export given as lines."""
    rx = labels().nexis
    records: list[list[str]] = [[]]
    ends: list[str] = []
    for line in lines:
        if rx["end"].match(squash(line)):
            ends.append(line)
            records.append([])
        else:
            records[-1].append(line)
    tail = records.pop() if len(records) > 1 else []
    if not ends:
        report(f"{path}: no \"End of Document\" line: read as one document")
    for n, record in enumerate(records, start=1):
        ledger = Ledger()
        meta = _document(record, ledger)
        if n <= len(ends):
            ledger.drop("export-page", ends[n - 1])
        if n == len(records):
            for line in tail:
                ledger.drop(drop_kind(line) or "export-page", line)
        where = f"{path} (article {n})"
        notes: list[str] = []
        if meta["published"] is None:
            notes.append(f"{where}: the export gives no date; date left unknown")
        if not meta["title"]:
            notes.append(f"{where}: the export gives no headline")
        count = ledger.first("word_count")
        language = ledger.first("language").lower()
        yield Imported(
            id=f"{path.stem}-{n:03d}", text=ledger.text, format="nexis", source_file=path, position=n,
            source_id="", outlet=canonical_outlet(ledger.first("outlet")) if ledger.first("outlet") else "",
            title=meta["title"], byline=ledger.first("byline"), section=ledger.first("section"),
            language="fr" if ("french" in language or "fran" in language) else ("en" if "english" in language else ""),
            url=ledger.first("url"), published=meta["published"], date_text=meta["date_text"],
            word_count=parse_count(count) if count else None, encoding=encoding,
            fields=tuple(ledger.fields), dropped=tuple(ledger.dropped), notes=tuple(notes))


def _document(record: list[str], ledger: Ledger) -> dict:
    """Fill ``ledger`` from one document's lines; returns title, published, date_text."""
    rx = labels().nexis
    lines = [line for line in record if line.strip()]
    norms = [squash(line) for line in lines]
    body_at = next((i for i, x in enumerate(norms) if rx["body"].match(x)), None)
    if body_at is None:
        # No "Body" line (an export without it): the header ends at its last labelled line.
        labelled = [i for i, x in enumerate(norms[:20]) if _label(x)[0]]
        body_at = labelled[-1] if labelled else -1
        header, body = norms[:body_at + 1], norms[body_at + 1:]
    else:
        ledger.drop("export-page", norms[body_at])
        header, body = norms[:body_at], norms[body_at + 1:]
    meta = {"title": "", "published": None, "date_text": ""}
    plain: list[int] = []  # header lines without a label, by index
    labelled_lines: dict[int, tuple[str, str, str]] = {}
    for i, line in enumerate(header):
        name, value, rest = _label(line)
        if name:
            labelled_lines[i] = (name, value, rest)
        elif drop_kind(line) == "copyright":
            labelled_lines[i] = ("copyright", line, "")
        else:
            plain.append(i)
    date_at = next((k for k, i in enumerate(plain) if len(header[i]) <= 60 and parse_date(header[i])), None)
    if date_at is not None:
        found = parse_date(header[plain[date_at]])
        meta["published"], meta["date_text"] = found
        anchor = date_at
    else:
        # No date line: the source is the last plain line before the labelled ones.
        first_label = min(labelled_lines) if labelled_lines else len(header)
        before = [k for k, i in enumerate(plain) if i < first_label]
        anchor = (before[-1] + 1) if before else 0
    roles: dict[int, str] = {}
    if date_at is not None:
        roles[plain[date_at]] = "date"
    if anchor - 1 >= 0:
        roles[plain[anchor - 1]] = "outlet"
    if anchor - 2 >= 0:
        roles[plain[anchor - 2]] = "title"
    title_at = plain[anchor - 2] if anchor - 2 >= 0 else None
    for i, line in enumerate(header):
        if i in labelled_lines:
            name, value, rest = labelled_lines[i]
            if name == "copyright":
                ledger.drop("copyright", line)
                continue
            # A highlight is the article's own summary: press text.
            if name == "highlight":
                ledger.keep(value)
            else:
                ledger.field(name, value)
            ledger.field("label", rest)
        elif roles.get(i) == "title":
            meta["title"] = line
            ledger.keep(line)
        elif roles.get(i) in ("outlet", "date"):
            ledger.field(roles[i], line)
        elif title_at is not None and i < title_at:
            ledger.drop(drop_kind(line) or "export-page", line)  # the cover page
        else:
            ledger.field("edition", line)
    trailer_at = next((i for i, x in enumerate(body) if rx["trailer"].match(x)), len(body))
    for line in body[:trailer_at]:
        kind = drop_kind(line, body=True)
        if kind:
            ledger.drop(kind, line)
        else:
            ledger.keep(line)
    for line in body[trailer_at:]:
        m = rx["language"].match(line) or rx["url"].match(line)
        if m:
            ledger.field("language" if rx["language"].match(line) else "url", m.group(1))
            ledger.drop("database-index", line[: m.start(1)])
        else:
            ledger.drop("database-index", line)
    return meta


def _label(line: str) -> tuple[str, str, str]:
    """(field name, value, the rest: label and unit) of a labelled header line ("Length: 523
    words" -> word_count, "523", "Length: words"), else ('', '', '')."""
    for name, rx in labels().nexis["header"].items():
        m = rx.match(line)
        if m:
            return name, m.group(1).strip(), line[:m.start(1)] + " " + line[m.end(1):]
    return "", "", ""
