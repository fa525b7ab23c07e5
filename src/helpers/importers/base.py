"""What every importer shares: the imported record, the ledger of kept and dropped text, dates.

An importer turns one export file into ``Imported`` records, one per article. Each record's
``text`` is what the corpus stage cleans like a ``.txt`` file (title, subtitle and body, one
paragraph per line-pair); everything else the export holds for that article is accounted for by
a ``Ledger``: a metadata field (outlet, date line, section, byline, ids) or a dropped piece with
its kind (copyright, database notice, cover page...). So for every article

    non-blank characters of its part of the export
        == those of ``text`` + those of ``fields`` + those of ``dropped``

and ``helpers.importers.dropped`` counts what each importer set aside.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from helpers import cleaning, paths
from helpers.cleaning import CorpusError

IMPORTERS_FILE = paths.DATA / "importers.yaml"


class ImporterError(CorpusError):
    """An export that cannot be read (the message names the file and the problem). A corpus
    error, so the loader and the CLI report it like any unreadable file."""


@dataclass(frozen=True)
class Imported:
    """One article read from an export, before cleaning.

    Attributes:
        id: article id, ``<file stem>-<position, 3 digits>`` (the file stem alone for a file
            that holds one article: a web page, a ``.txt``).
        text: the extracted text (title, subtitle, body paragraphs separated by blank lines);
            the corpus stage cleans it and every offset indexes it.
        format: europresse | factiva | nexis | csv | jsonl | html | txt.
        source_file: the export file.
        position: 1-based position of the article in the file (row number for tables).
        source_id: the database's own id ('' when the export has none).
        outlet, title, byline, section, language, url: as the export states them ('' if not).
        published: the export's date (datetime.date) or None.
        date_text: the date as the export wrote it ('' if none).
        word_count: the export's word count, or None.
        encoding: how the file was decoded.
        fields: (name, text) metadata the importer took out of the export.
        dropped: (kind, text) pieces set aside as not press text.
        notes: messages about this article (doubts, fallbacks), each naming the file.
    """

    id: str
    text: str
    format: str
    source_file: Path
    position: int
    source_id: str = ""
    outlet: str = ""
    title: str = ""
    byline: str = ""
    section: str = ""
    language: str = ""
    url: str = ""
    published: dt.date | None = None
    date_text: str = ""
    word_count: int | None = None
    encoding: str = "utf-8"
    fields: tuple = ()
    dropped: tuple = ()
    notes: tuple = ()

    @property
    def where(self) -> str:
        """The file and position, as messages name them."""
        return f"{self.source_file} (article {self.position})"


def nonblank(s: str) -> int:
    """Number of non-whitespace characters (the unit of every character count here)."""
    return len(cleaning.nospace(s))


# HTML collapses runs of ASCII whitespace; French typography's no-break spaces are kept.
_HTML_SPACE = re.compile(r"[ \t\r\n\f]+")


def squash(s: str) -> str:
    """Whitespace runs (not no-break spaces) to one space, stripped: one line of an export."""
    return _HTML_SPACE.sub(" ", s).strip()


@dataclass
class Ledger:
    """What an importer kept, took as a field, or dropped for one article."""

    paragraphs: list = field(default_factory=list)
    fields: list = field(default_factory=list)
    dropped: list = field(default_factory=list)

    def keep(self, text: str) -> None:
        """A paragraph of press text (title, subtitle, body); inner newlines kept (``<br>``)."""
        lines = [squash(line) for line in text.split("\n")]
        text = "\n".join(line for line in lines if line)
        if text:
            self.paragraphs.append(text)

    def field(self, name: str, text: str) -> None:
        if text.strip():
            self.fields.append((name, squash(text)))

    def drop(self, kind: str, text: str) -> None:
        if text.strip():
            self.dropped.append((kind, squash(text)))

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs) + ("\n" if self.paragraphs else "")

    def first(self, name: str) -> str:
        return next((t for n, t in self.fields if n == name), "")

    def count(self) -> int:
        return (nonblank(self.text) + sum(nonblank(t) for _, t in self.fields)
                + sum(nonblank(t) for _, t in self.dropped))


# --------------------------------------------------------------------------------------------
# Data: what exports look like (data/importers.yaml), compiled once
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Labels:
    drop: tuple  # (kind, compiled regex)
    europresse: dict
    factiva: dict  # name -> compiled regex
    nexis: dict  # name -> compiled regex, and "header": {name: regex}
    columns: dict  # role -> [candidate column names]
    months_en: dict


def _compile(pattern: str, where: str) -> re.Pattern:
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as err:
        raise CorpusError(f"{IMPORTERS_FILE}: {where}: bad regex ({err})") from None


@lru_cache(maxsize=2)
def labels(path: Path = IMPORTERS_FILE) -> Labels:
    """The export labels and drop patterns of ``data/importers.yaml``, compiled."""
    try:
        raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as err:
        raise CorpusError(f"{path}: cannot read the importer labels ({err})") from None
    drop = tuple((d["id"], _compile(d["regex"], f"drop {d['id']}")) for d in raw["drop"])
    factiva = {k: _compile(v, f"factiva {k}") for k, v in raw["factiva"].items()}
    nexis = {k: _compile(v, f"nexis {k}") for k, v in raw["nexis"].items() if isinstance(v, str)}
    nexis["header"] = {k: _compile(v, f"nexis header {k}") for k, v in raw["nexis"]["header"].items()}
    return Labels(drop, raw["europresse"], factiva, nexis, raw["columns"], raw["months_en"])


BODY_DROP_KINDS = ("copyright", "database-notice", "database-note")


def drop_kind(line: str, *, body: bool = False) -> str:
    """The drop rule a line matches ('' for none); inside a body only the database's own notes
    and copyright lines, so that a sentence starting "Dow Jones a annoncé" stays press text."""
    norm = squash(line)
    for kind, rx in labels().drop:
        if body and kind not in BODY_DROP_KINDS:
            continue
        if rx.search(norm):
            return kind
    return ""


# --------------------------------------------------------------------------------------------
# Dates and numbers as exports write them
# --------------------------------------------------------------------------------------------

_EN_DATE = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b|\b(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4})\b")


def parse_date(s: str) -> tuple[dt.date, str] | None:
    """First full date in ``s``: French ("mardi 24 janvier 2017", "24/01/2017"), ISO, or
    English ("January 24, 2017", "24 January 2017"), as (date, the matched text)."""
    found = cleaning.parse_french_date(s)
    if found:
        return found
    months = labels().months_en
    for m in _EN_DATE.finditer(s):
        if m.group(1):
            mon, day, year = m.group(1), m.group(2), m.group(3)
        else:
            day, mon, year = m.group(4), m.group(5), m.group(6)
        month = months.get(mon.lower())
        if month:
            try:
                return dt.date(int(year), month, int(day)), m.group(0)
            except ValueError:
                continue
    return None


_DIGITS = re.compile(r"\d")


def parse_count(s: str) -> int | None:
    """A word count written "1 234", "1,234" or "1.234" (thousands separators dropped)."""
    digits = "".join(_DIGITS.findall(s))
    return int(digits) if digits else None


def canonical_outlet(name: str) -> str:
    """The outlet as ``data/lexicons/corpus_sources.csv`` names it, else as the export wrote it
    without its issue number ("Le Monde, no. 22418" -> "Le Monde")."""
    name = squash(name)
    short = _ISSUE.split(name, maxsplit=1)[0].strip(" ,;-") or name
    hit = cleaning.load_sources().canonical.get(short.lower())
    return hit[0] if hit else short


# "Le Monde, no. 22418", "Le Figaro (site web)", "Libération - Edition principale", "L'Humanité ; p. 4"
_ISSUE = re.compile(r",?\s+no\.?\s*\d|,?\s+n°\s*\d|\s+\(|\s+-\s+|\s*;|,\s*p\.\s*\d|\s+\d{4,}")
