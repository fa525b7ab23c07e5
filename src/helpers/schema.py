"""The schemas of the hand-made tables, declared once: articles metadata and the actor register.

``tag``, ``pipeline.run()`` and the notebooks read ``data/articles.csv`` (or a user's metadata)
and ``data/actors.csv`` (or ``--actors``) through these models, so every path accepts and rejects
the same files with the same messages. Validation is pydantic's; what is checked:

- the file: UTF-8 (a byte order mark is fine), a header row with the required columns, comma-,
  semicolon- or tab-separated (the delimiter is read off the header), no two columns of one name;
- each row: as many fields as the header (a ragged row is reported and skipped: which cell is
  which cannot be known), then the fields of :class:`MetadataRow` / :class:`ActorRow`;
- the table: an article or an actor id listed twice, two actors with one name, an
  ``organization``/``parent`` that is no actor's id.

Every message names the file, the row (with its line in the file) and the column, and says why.
A country is an ISO 3166-1 alpha-2 code, ``EU`` for the institutions of the European Union, or
an ISO 3166-2 subdivision code (``ES-CT``) for a regional government or movement that speaks for
a region against its state; codes are checked against ``pycountry``'s ISO tables.

Public API:
    MetadataRow, ActorRow, Table, TableError,
    read_table(path, *, required, error=TableError) -> Table
    row_errors(model, fields) -> (model instance or None, [(column, reason)])
    required_columns(model) -> list[str]
    country_code(value) -> str
    int_setting(section, key, default, *, where, error=ValueError, minimum=0) -> int
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Iterator, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, ValidationError, field_validator, model_validator

__all__ = ["MetadataRow", "ActorRow", "Table", "TableError", "read_table", "row_errors", "required_columns",
           "country_code", "int_setting", "DATE_BASES", "ACTOR_TYPES"]

DATE_BASES = ("text", "metadata", "inferred", "unknown")
ACTOR_TYPES = ("person", "institution", "country", "group", "media")
# Besides ISO 3166-1: the European Union speaks through its own institutions (Commission,
# Council, High Representative), which belong to no member state.
# Codes outside ISO 3166-1 that the press needs: the European Union (reserved by ISO for it) and
# Kosovo (XK, the user-assigned code the EU, the IMF and most registries use).
EXTRA_COUNTRIES = {"EU": "European Union", "XK": "Kosovo"}
_DELIMITERS = (",", ";", "\t")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_SUBDIVISION = re.compile(r"[A-Z]{2}-[A-Z0-9]{1,3}")
_FIRST_LINE = re.compile(r"[^\r\n]*")


class TableError(ValueError):
    """A hand-made table that cannot be read at all (the message names the file and why)."""


# --------------------------------------------------------------------------------------------
# Field types
# --------------------------------------------------------------------------------------------


def _optional_date(value):
    """'' -> None; 'YYYY-MM-DD' -> date; anything else is an error saying what was found."""
    if value is None or isinstance(value, dt.date):
        return value
    text = str(value).strip()
    if not text:
        return None
    if _ISO_DATE.fullmatch(text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            pass
    raise ValueError(f"'{text}' is not a date (YYYY-MM-DD)")


@lru_cache(maxsize=1)
def _iso_countries() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_2 for c in pycountry.countries)


def _is_subdivision(code: str) -> bool:
    import pycountry

    return pycountry.subdivisions.get(code=code) is not None


def country_code(value) -> str:
    """A validated country code ('' for a non-state actor).

    Raises:
        ValueError: saying what is wrong ("'USA!' is not an ISO 3166-1 alpha-2 code ...").
    """
    code = "" if value is None else str(value).strip()
    if not code:
        return ""
    if code in _iso_countries() or code in EXTRA_COUNTRIES:
        return code
    if _SUBDIVISION.fullmatch(code) and _is_subdivision(code):
        return code
    hint = ""
    if code.upper() != code and (code.upper() in _iso_countries() or _is_subdivision(code.upper())):
        hint = f" (codes are upper case: '{code.upper()}')"
    elif len(code) == 3 and code.isalpha():
        import pycountry

        found = pycountry.countries.get(alpha_3=code.upper())
        hint = f" (an alpha-3 code; the alpha-2 code is '{found.alpha_2}')" if found else ""
    raise ValueError(f"'{code}' is not an ISO 3166-1 alpha-2 code, 'EU', or an ISO 3166-2 subdivision "
                     f"code such as 'ES-CT'{hint}")


OptionalDate = Annotated[dt.date | None, BeforeValidator(_optional_date)]
_ISO_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")
#: The date note of an article whose metadata gives only the month of publication.
MONTH_NOTE = "published in {} (month only)"
Country = Annotated[str, BeforeValidator(country_code)]


def _blank_is(default):
    """An empty cell means the field's default."""
    return BeforeValidator(lambda v: default if v is None or (isinstance(v, str) and not v.strip()) else v)


# --------------------------------------------------------------------------------------------
# Row models
# --------------------------------------------------------------------------------------------


class MetadataRow(BaseModel):
    """One row of an articles metadata file.

    Required columns: ``article`` (the file stem; a trailing ``.txt`` is dropped) and
    ``published`` (``YYYY-MM-DD``; an empty cell means the date is unknown; ``YYYY-MM``, the month
    alone, leaves the date unknown and says the month in ``date_note``). Optional: ``outlet``,
    ``agency``, ``title``, ``byline``, ``language``, ``date_basis`` (text | metadata | inferred
    | unknown; empty: 'metadata' with a date, else 'unknown'), ``date_note``; other columns
    (``source_note``, ``notes``) are kept as they are.
    """

    model_config = ConfigDict(extra="allow", str_strip_whitespace=True)

    article: str
    published: OptionalDate
    outlet: str = ""
    agency: str = ""
    title: str = ""
    byline: str = ""
    language: str = ""
    date_basis: Annotated[Literal["text", "metadata", "inferred", "unknown"] | None, _blank_is(None)] = None
    date_note: str = ""

    @model_validator(mode="before")
    @classmethod
    def _month_only(cls, data):
        # A press archive often gives the month alone ("2018-04"): the day stays unknown (nothing
        # is dated from it), and the month goes to the date note, where the tagger reads which
        # people held a role then ("le président français").
        if isinstance(data, dict) and _ISO_MONTH.fullmatch(str(data.get("published") or "").strip()):
            month = str(data["published"]).strip()
            note = str(data.get("date_note") or "").strip()
            data = {**data, "published": "", "date_basis": "",
                    "date_note": f"{note}; {MONTH_NOTE.format(month)}" if note else MONTH_NOTE.format(month)}
        return data

    @field_validator("article")
    @classmethod
    def _article_id(cls, value: str) -> str:
        if value.lower().endswith(".txt"):
            value = value[:-4]
        if not value:
            raise ValueError("no article id")
        return value

    @model_validator(mode="after")
    def _basis(self):
        # A basis says how the date was established: with no date there is nothing to say.
        if self.published is None:
            self.date_basis = "unknown"
        elif self.date_basis is None:
            self.date_basis = "metadata"
        return self


class ActorRow(BaseModel):
    """One row of an actor register (``data/actors.csv``).

    Required columns: ``id``, ``name`` (both non-empty and unique; names are compared folded, as
    mentions are) and ``country`` (see :func:`country_code`; empty for a non-state actor: an
    agency, a newspaper, an armed group). Optional: ``type`` (person | institution | country |
    group | media; empty: person), ``aliases`` and ``roles`` (``|``-separated), ``organization``
    and ``parent`` (ids of other rows), ``valid_from`` / ``valid_to`` (``YYYY-MM-DD``, the period
    in which the roles designate the actor), ``gender`` (m | f | empty), ``number`` (s | p;
    empty: s), ``note``.
    """

    model_config = ConfigDict(extra="allow", str_strip_whitespace=True)

    id: str
    name: str
    country: Country
    type: Annotated[Literal["person", "institution", "country", "group", "media"], _blank_is("person")] = "person"
    aliases: str = ""
    roles: str = ""
    organization: str = ""
    parent: str = ""
    valid_from: OptionalDate = None
    valid_to: OptionalDate = None
    gender: Literal["", "m", "f"] = ""
    number: Annotated[Literal["s", "p"], _blank_is("s")] = "s"
    note: str = ""

    @field_validator("id", "name")
    @classmethod
    def _not_empty(cls, value: str) -> str:
        if not value:
            raise ValueError("empty")
        return value

    @model_validator(mode="after")
    def _period(self):
        if self.valid_from and self.valid_to and self.valid_from > self.valid_to:
            raise ValueError(f"valid_from {self.valid_from} is after valid_to {self.valid_to}")
        return self


def required_columns(model: type[BaseModel]) -> list[str]:
    """The columns a file must have: the fields of ``model`` without a default."""
    return [name for name, f in model.model_fields.items() if f.is_required()]


def row_errors(model: type[BaseModel], fields: dict) -> tuple[BaseModel | None, list[tuple[str, str]]]:
    """Validate one row: (instance, []) or (None, [(column, reason), ...])."""
    try:
        return model.model_validate(fields), []
    except ValidationError as err:
        out = []
        for e in err.errors(include_url=False):
            column = ".".join(str(x) for x in e["loc"]) or "(row)"
            ctx = e.get("ctx") or {}
            if "error" in ctx:
                reason = str(ctx["error"])
            elif e["type"] == "literal_error":
                reason = f"'{e['input']}' is not one of {ctx.get('expected', '')}"
            elif e["type"] == "missing":
                reason = "missing"
            else:
                reason = f"{e['msg']} (found '{e['input']}')"
            out.append((column, reason))
        return None, out


# --------------------------------------------------------------------------------------------
# Reading a CSV with line numbers
# --------------------------------------------------------------------------------------------


@dataclass
class Table:
    """A CSV read with where each row came from.

    Attributes:
        path: the file (None for text given directly).
        label: how messages name it.
        header: the column names, stripped.
        rows: (row number, first line in the file, {column: cell}) of the well-formed rows.
        problems: one message per ragged row (skipped), naming the file, row and line.
        delimiter: ',', ';' or tab.
    """

    path: Path | None
    label: str
    header: list[str]
    rows: list[tuple[int, int, dict]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    delimiter: str = ","


def _decode(data: bytes, label: str, error: type[Exception]) -> str:
    if b"\x00" in data:
        raise error(f"{label}: not a CSV file (binary content: NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data[:err.start].count(b"\n") + 1
        raise error(f"{label}: not UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start}, line {line}); "
                    "save it as UTF-8") from None


def _header_delimiter(content: str, required: list[str]) -> str:
    """The delimiter that makes the first line hold the required columns (',' when none does)."""
    first = _FIRST_LINE.match(content).group()
    for delimiter in _DELIMITERS:
        try:
            cells = {c.strip() for c in next(csv.reader([first], delimiter=delimiter), [])}
        except csv.Error:
            continue
        if set(required) <= cells:
            return delimiter
    return ","


def read_table(source, *, required: list[str], error: type[Exception] = TableError, label: str | None = None,
               what: str = "table", stream: bool = False) -> Table:
    """Read a hand-made CSV file (or its text) into a :class:`Table`.

    Args:
        source: a ``Path``, or the CSV text itself as a ``str`` (then ``label`` names it).
        required: columns the header must have.
        error: the exception class raised (``CorpusError`` for metadata, ...).
        label: how messages name the file (default: the path).
        what: what the file is, for messages ("articles metadata table", "actor register").
        stream: leave ``rows`` an iterator read as it is consumed (``problems`` fills as it goes),
            so that a table of 100,000 rows is never held as Python objects at once.

    Raises:
        ``error``: the file is missing or not a regular file, not UTF-8, binary, empty, not a
            readable CSV, lacks a required column, or names a column twice.
    """
    path = None
    if isinstance(source, Path):
        path = source
        label = label or str(path)
        if not path.exists():
            raise error(f"{label}: file not found")
        if not path.is_file():
            raise error(f"{label}: not a regular file")
        try:
            content = _decode(path.read_bytes(), label, error)
        except OSError as err:
            raise error(f"{label}: cannot read ({err.strerror or err})") from None
    else:
        content = str(source)
        label = label or "<table>"
    # Lines starting with "#" are comments (a scaffolded file explains itself): blanked, so that
    # line numbers in messages still count every line of the file.
    content = "".join("\n" if line.lstrip().startswith("#") else line for line in content.splitlines(keepends=True))
    if not content.strip():
        raise error(f"{label}: empty file (no header row)")
    delimiter = _header_delimiter(content.lstrip("\r\n"), required)
    reader = csv.reader(io.StringIO(content, newline=""), delimiter=delimiter, strict=True)
    try:
        cells = next(reader)
        while not cells:  # blank or comment lines before the header
            cells = next(reader)
    except csv.Error as err:
        raise error(f"{label}: not a readable CSV (line {reader.line_num}: {err})") from None
    header = [h.strip() for h in cells]
    if not any(header):
        raise error(f"{label}: empty header row (line 1)")
    missing = [c for c in required if c not in header]
    if missing:
        raise error(f"{label}: not an {what}: missing column(s) {', '.join(missing)} "
                    f"(found: {', '.join(h for h in header if h) or 'nothing'})")
    twice = sorted({h for h in header if h and header.count(h) > 1})
    if twice:
        raise error(f"{label}: column(s) {', '.join(twice)} appear twice in the header (line 1)")
    table = Table(path, label, header, delimiter=delimiter)
    rows = _table_rows(reader, table, error)
    table.rows = rows if stream else list(rows)
    return table


def _table_rows(reader, table: Table, error: type[Exception]) -> Iterator[tuple[int, int, dict]]:
    """The well-formed rows after the header; a ragged row is a message in ``table.problems``."""
    label, header = table.label, table.header
    n, last_line = 0, reader.line_num
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as err:
            # An unclosed quotation swallows the rest of the file: nothing after it can be trusted.
            raise error(f"{label}: not a readable CSV (from line {last_line + 1}: {err})") from None
        first_line, last_line = last_line + 1, reader.line_num
        if not any(c.strip() for c in cells):
            continue
        n += 1
        if len(cells) != len(header):
            table.problems.append(f"{label}: row {n} (line {first_line}): {len(cells)} fields, the header has "
                                  f"{len(header)}; row skipped (which value is which column cannot be known)")
            continue
        yield n, first_line, {h: c for h, c in zip(header, cells) if h}


# --------------------------------------------------------------------------------------------
# Integer settings of the data files
# --------------------------------------------------------------------------------------------


def int_setting(section, key: str, default: int, *, where: str, error: type[Exception] = ValueError,
                minimum: int = 0) -> int:
    """A whole-number setting of a YAML data file (``anaphora_window: 900``), checked.

    Args:
        section: the mapping that holds the key (anything else: the default).
        key: the setting's name.
        default: its value when the key is absent.
        where: the file and the section, for the message ("data/lexicons/stance.yaml: cues.negation").
        error: the exception class raised.
        minimum: the smallest value allowed.

    Raises:
        ``error``: naming ``where`` and ``key``, when the value is not a whole number (a quoted
            number such as "900" is accepted) or is below ``minimum``.
    """
    value = section.get(key, default) if isinstance(section, dict) else default
    if isinstance(value, str) and re.fullmatch(r"\s*[+-]?\d+\s*", value):
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise error(f"{where}: {key} must be a whole number, got {value!r}")
    if value < minimum:
        raise error(f"{where}: {key} must be at least {minimum}, got {value}")
    return value
