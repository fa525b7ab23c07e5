"""Corpus: raw press articles (``.txt`` files) -> articles, paragraphs, comments, sentences.

The stage every other one stands on. One article at a time (``iter_articles`` is a generator);
``load_articles`` gathers the tables. Offsets everywhere index ``Article.text``, the file's text
exactly as decoded (no newline or space normalisation).

Public API:
    Article, Corpus, CorpusError, CorpusWarning,
    check_paths(paths) -> [problem], check_files(paths) -> [problem], iter_files(paths) -> Iterator[Path]
    iter_articles(paths, *, metadata=None, problems=None) -> Iterator[Article]
    load_articles(paths, *, metadata=None) -> Corpus
    read_metadata(path, *, strict=False) -> Metadata
    sentences(text, *, start=0, end=None) -> list[(start, end)]
    write_tables(corpus, *, folder=PROCESSED) -> {name: path}

Tables:
    paragraphs: article, para, start, end, part, role, rule, text
        part in press | boilerplate | comment | duplicate; ``text == article.text[start:end]``.
    comments: article, comment, start, end, author, timestamp, text, listed, also_at
        (a comment the page lists twice is one row: listed = 2, also_at = "start-end" of the
        other listing)
    articles: article, path (relative to the project root when inside it), outlet, agency, title,
        byline, language, published, date_basis,
        date_note, body, n_body, n_press, n_boilerplate, n_comments, n_duplicate, n_chars, encoding
    problems: file, problem
"""
from __future__ import annotations

import logging
import os
import pickle
import stat
import warnings
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import pandas as pd

from helpers import cleaning, schema
from helpers.cleaning import CorpusError
from helpers.io import scratch_db, write_csv_atomic
from helpers.sentences import sentences

__all__ = [
    "Article", "Corpus", "CorpusError", "CorpusWarning", "Metadata", "check_paths", "check_files", "iter_files",
    "iter_articles", "load_articles", "read_metadata", "sentences", "write_tables", "PARAGRAPH_COLUMNS",
    "COMMENT_COLUMNS", "ARTICLE_COLUMNS",
]

log = logging.getLogger(__name__)

PARAGRAPH_COLUMNS = ["article", "para", "start", "end", "part", "role", "rule", "text"]
COMMENT_COLUMNS = ["article", "comment", "start", "end", "author", "timestamp", "text", "listed", "also_at"]
# Article.meta: what cleaning and the metadata say of an article (a column each in ARTICLE_COLUMNS).
META_KEYS = ["outlet", "agency", "title", "byline", "language", "published", "date_basis", "date_note"]
ARTICLE_COLUMNS = [
    "article", "path", "outlet", "agency", "title", "byline", "language", "published",
    "date_basis", "date_note", "body", "n_body", "n_press", "n_boilerplate", "n_comments",
    "n_duplicate", "n_chars", "encoding",
]
DATE_BASES = schema.DATE_BASES
# Declared once, in helpers.schema: every path (tag, pipeline.run, notebooks) needs only these.
METADATA_REQUIRED = schema.required_columns(schema.MetadataRow)
# Roles of press paragraphs that are not the body of the article.
NOT_BODY = ("title", "byline", "dateline")


class CorpusWarning(UserWarning):
    """A file or metadata row with a problem that did not stop loading."""


@dataclass(frozen=True)
class Article:
    """One article: the decoded text and what cleaning found in it.

    Attributes:
        id: file stem.
        path: the file.
        text: the decoded file text, exactly; every offset indexes this string.
        encoding: codec that decoded the file ('utf-8', 'cp1252', 'utf-16-le', ...;
            'utf-8+cp1252' for UTF-8 with a few stray bytes read as cp1252, see
            ``cleaning.decode``).
        meta: outlet, agency, title, byline, language, published (datetime.date or None),
            date_basis ('text' | 'metadata' | 'inferred' | 'unknown'), date_note.
        paragraphs: DataFrame with PARAGRAPH_COLUMNS.
        comments: DataFrame with COMMENT_COLUMNS.
        problems: what went wrong or was decided with doubt, one sentence each, naming the file.
    """

    id: str
    path: Path
    text: str
    encoding: str
    meta: dict
    paragraphs: pd.DataFrame = field(repr=False)
    comments: pd.DataFrame = field(repr=False)
    problems: list = field(default_factory=list)

    @property
    def body(self) -> str:
        """Press paragraphs of the body (no title, byline, dateline), whitespace collapsed."""
        p = self.paragraphs
        keep = p[(p["part"] == "press") & ~p["role"].isin(NOT_BODY)]
        return "\n\n".join(cleaning.collapse(t) for t in keep["text"])

    def sentences(self, *, part: str = "press") -> list[tuple[int, int]]:
        """Sentences of the paragraphs of one part, as absolute (start, end) offsets."""
        out = []
        for s, e in self.paragraphs.loc[self.paragraphs["part"] == part, ["start", "end"]].itertuples(index=False):
            out.extend(sentences(self.text, start=s, end=e))
        return out


@dataclass
class Corpus:
    """The tables of a loaded corpus (see the module docstring for the columns)."""

    articles: pd.DataFrame
    paragraphs: pd.DataFrame
    comments: pd.DataFrame
    problems: pd.DataFrame
    items: list

    def __len__(self) -> int:
        return len(self.items)

    def __repr__(self) -> str:
        return (f"Corpus({len(self.items)} articles, {len(self.paragraphs)} paragraphs, "
                f"{len(self.comments)} comments, {len(self.problems)} problems)")

    def __iter__(self):
        return iter(self.items)

    def __getitem__(self, article_id: str) -> Article:
        for a in self.items:
            if a.id == article_id:
                return a
        raise KeyError(article_id)

    def by_id(self) -> dict[str, Article]:
        """Article id -> Article (as ``bulk.LazyCorpus.by_id`` for a corpus kept on disk)."""
        return {a.id: a for a in self.items}

    def texts(self) -> dict[str, str]:
        """Article id -> text."""
        return {a.id: a.text for a in self.items}


# --------------------------------------------------------------------------------------------
# Metadata
# --------------------------------------------------------------------------------------------


@dataclass
class Metadata:
    """Hand-curated rows of ``data/articles.csv`` by article id, and what was wrong with it.

    Attributes:
        path: the file (None for a table given directly).
        rows: article id -> {column: value} (``published`` a date or None, ``date_basis`` set).
        problems: one message per row that was skipped or partly ignored.
        lines: article id -> the line of the file its row starts on.
    """

    path: Path | None
    rows: dict
    problems: list
    lines: dict = field(default_factory=dict)

    def subset(self, articles: Iterable[str]) -> "Metadata":
        """The rows of ``articles`` only, as plain dicts (what a batch of files needs), with no
        problems (they are reported once, by whoever read the file)."""
        rows = {}
        for a in articles:
            row = self.rows.get(a)
            if row is not None:
                rows[a] = row
        return Metadata(self.path, rows, [], {a: self.lines.get(a) for a in rows})


class _StoredRows(Mapping):
    """Article id -> metadata row, kept in a temporary SQLite file instead of Python objects: a
    metadata table of 100,000 articles holds about 230 MB as dicts, nothing here. The file is
    deleted with the object; pickled, it becomes a plain dict."""

    def __init__(self) -> None:
        self.db = scratch_db(self, "CREATE TABLE meta (article TEXT PRIMARY KEY, row BLOB, line INT, n INT)",
                             prefix="porte-parole-metadata-")

    def put(self, article: str, row: dict, line: int, n: int) -> None:
        self.db.execute("INSERT INTO meta VALUES (?, ?, ?, ?)", (article, pickle.dumps(row), line, n))

    def where(self, article: str) -> tuple[int, int] | None:
        """(line, row number) of an article's row."""
        return self.db.execute("SELECT line, n FROM meta WHERE article = ?", (article,)).fetchone()

    def __getitem__(self, article: str) -> dict:
        found = self.db.execute("SELECT row FROM meta WHERE article = ?", (article,)).fetchone()
        if found is None:
            raise KeyError(article)
        return pickle.loads(found[0])

    def __contains__(self, article) -> bool:
        return self.db.execute("SELECT 1 FROM meta WHERE article = ?", (article,)).fetchone() is not None

    def __iter__(self) -> Iterator[str]:
        # In file order, like the dict it stands for.
        for (article,) in self.db.execute("SELECT article FROM meta ORDER BY n"):
            yield article

    def __len__(self) -> int:
        return self.db.execute("SELECT count(*) FROM meta").fetchone()[0]

    def __reduce__(self):
        return dict, (list(self.items()),)


class _StoredLines(Mapping):
    """Article id -> line of its row, read from the same store."""

    def __init__(self, rows: _StoredRows) -> None:
        self.rows = rows

    def __getitem__(self, article: str) -> int:
        found = self.rows.where(article)
        if found is None:
            raise KeyError(article)
        return found[0]

    def __iter__(self) -> Iterator[str]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def __reduce__(self):
        return dict, (list(self.items()),)


def read_metadata(path, *, strict: bool = False, store: bool = False) -> Metadata:
    """Read an articles metadata file (the schema is ``helpers.schema.MetadataRow``).

    Columns: ``article`` and ``published`` (YYYY-MM-DD, or empty when unknown) are required;
    ``outlet``, ``agency``, ``title``, ``byline``, ``language``, ``date_basis`` (text | metadata |
    inferred | unknown) and ``date_note`` are used when present; other columns are kept. Comma,
    semicolon or tab separated, UTF-8.

    A bad row does not lose the others: a row with the wrong number of fields or no article id
    is skipped, a bad date or date basis is ignored (the rest of the row is kept), a second row
    for the same article is skipped; each is a ``problems`` message naming the file, the row
    and its line, the column and the reason (and a CorpusWarning).

    Args:
        path: the CSV file.
        strict: raise CorpusError on the first bad row instead of listing it in ``problems``.
        store: keep the rows in a temporary SQLite file, read a row at a time (for a corpus of
            tens of thousands of articles: memory does not grow with the table). ``rows`` and
            ``lines`` are then read-only mappings; the same rows, problems and messages.

    Raises:
        CorpusError: the file does not exist, is not a readable UTF-8 CSV, or lacks a required
            column.
    """
    path = Path(path)
    table = schema.read_table(path, required=METADATA_REQUIRED, error=CorpusError, what="articles metadata table",
                              stream=store and not strict)
    return _metadata_of(table, strict=strict, store=store and not strict)


def parse_metadata(content: str, *, path=None, strict: bool = False) -> Metadata:
    """``read_metadata`` on CSV text; ``path`` names it in messages."""
    label = str(path) if path is not None else "<metadata>"
    table = schema.read_table(content, required=METADATA_REQUIRED, error=CorpusError, label=label,
                              what="articles metadata table")
    table.path = Path(path) if path is not None else None
    return _metadata_of(table, strict=strict)


# What happens to a row whose field is invalid: the field's fallback, and how messages say it.
_FALLBACK = {"published": ("", "date ignored"), "date_basis": ("metadata", "read as 'metadata'")}


def _metadata_of(table: schema.Table, *, strict: bool, store: bool = False) -> Metadata:
    problems: list[str] = []
    stored = _StoredRows() if store else None
    rows: dict[str, dict] = {}
    lines: dict[str, int] = {}
    first_row: dict[str, int] = {}

    def bad(msg: str) -> None:
        if strict:
            raise CorpusError(msg)
        problems.append(msg)

    # Streamed rows report their ragged rows as they are read: put first below, as here.
    ragged = len(table.problems) if not store else 0
    for msg in table.problems[:ragged]:
        bad(msg)
    for n, line, cells in table.rows:
        where = f"{table.label}: row {n} (line {line})"
        model, errors = schema.row_errors(schema.MetadataRow, cells)
        if errors and all(col in _FALLBACK for col, _ in errors):
            for col, reason in errors:
                bad(f"{where}, column {col}: {reason}; {_FALLBACK[col][1]}")
            fixed = {**cells, **{col: _FALLBACK[col][0] for col, _ in errors}}
            model, errors = schema.row_errors(schema.MetadataRow, fixed)
        if errors:
            bad("; ".join(f"{where}, column {col}: {reason}" for col, reason in errors) + "; row skipped")
            continue
        row = model.model_dump()
        article = row["article"]
        before = (stored.where(article) if stored is not None
                  else (lines[article], first_row[article]) if article in rows else None)
        if before is not None:
            bad(f"{where}, column article: article '{article}' is already in row {before[1]} "
                f"(line {before[0]}); kept row {before[1]}")
            continue
        if stored is not None:
            stored.put(article, row, line, n)
            continue
        rows[article] = row
        lines[article] = line
        first_row[article] = n
    if stored is not None:
        stored.db.commit()
        problems[:0] = table.problems
        rows, lines = stored, _StoredLines(stored)
    for msg in problems:
        warnings.warn(msg, CorpusWarning, stacklevel=3)
    return Metadata(table.path, rows, problems, lines)


def _as_metadata(metadata) -> Metadata | None:
    if metadata is None or isinstance(metadata, Metadata):
        return metadata
    if isinstance(metadata, pd.DataFrame):
        return parse_metadata(metadata.astype(str).replace({"None": "", "nan": "", "NaT": ""}).to_csv(index=False),
                              path=None)
    return read_metadata(metadata)


# --------------------------------------------------------------------------------------------
# Loading
# --------------------------------------------------------------------------------------------


def _kind(path: Path) -> str:
    """What a path that is neither a regular file nor a folder is, for messages."""
    if path.is_symlink() and not path.exists():
        return "a broken symbolic link"
    try:
        mode = path.stat().st_mode
    except OSError as err:
        return f"unreadable ({err.strerror or err})"
    for test, what in ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device")):
        if test(mode):
            return what
    return "not a regular file"


def _as_paths(paths_) -> list[Path]:
    if isinstance(paths_, (str, os.PathLike)):
        paths_ = [paths_]
    return [Path(p) for p in paths_]


def check_paths(paths_) -> list[str]:
    """Why each named path cannot be read, one message naming it each ([] when all can).

    A named path must be a regular file (read whatever its extension) or a folder, and
    readable: a FIFO would block the run forever, a device or socket is no article.
    """
    errors = []
    for p in _as_paths(paths_):
        if not p.exists() and not p.is_symlink():
            errors.append(f"{p}: no such file or folder")
        elif p.is_dir():
            if not os.access(p, os.R_OK | os.X_OK):
                errors.append(f"{p}: folder cannot be read (permission denied)")
        elif not p.is_file():
            errors.append(f"{p}: {_kind(p)}, not a text file")
        elif not os.access(p, os.R_OK):
            errors.append(f"{p}: cannot be read (permission denied)")
    return errors


def check_files(paths_) -> list[str]:
    """``check_paths``, then read and decode each named file (not the files of named folders),
    so that a named input that is no article fails before any work: one message per file."""
    errors = check_paths(paths_)
    if errors:
        return errors
    for p in _as_paths(paths_):
        if p.is_file():
            try:
                cleaning.decode(p.read_bytes(), name=str(p))
            except CorpusError as err:
                errors.append(str(err))
            except OSError as err:
                errors.append(f"{p}: cannot read ({err.strerror or err})")
    return errors


def folder_files(folder: Path, *, suffixes: tuple[str, ...] = (".txt",), problems: list | None = None) -> Iterator[Path]:
    """The article files below a folder (names ending in ``suffixes``, any case), sorted, one
    folder at a time. Entries that are not regular files (FIFOs, broken links, sockets), links to
    folders (not followed: a link to a parent would loop) and folders named like an article are
    reported, never skipped silently."""
    for where_, subfolders, names in os.walk(folder):
        subfolders.sort()
        for sub in subfolders:
            where = Path(where_, sub)
            if where.is_symlink():
                _report(problems, str(where), f"{where}: a symbolic link to a folder, not followed; "
                                              "its articles are not read (name the folder itself)")
            elif sub.lower().endswith(suffixes):
                _report(problems, str(where), f"{where}: a folder, not an article; the files inside it are read")
        for name in sorted(n for n in names if n.lower().endswith(suffixes) and not n.startswith("~$")):
            f = Path(where_, name)
            if f.is_file():
                yield f
            else:
                _report(problems, str(f), f"{f}: {_kind(f)}, not a text file; skipped")


def _files(paths_, problems: list | None) -> Iterator[tuple[Path, bool]]:
    """(file, named) for each file to load: named files as given, then every ``.txt`` below
    each named folder. Entries of a folder that are not regular files are reported, never
    skipped silently."""
    paths_ = _as_paths(paths_)
    # Check every path before loading anything: a typo fails at once, not after an hour.
    errors = check_paths(paths_)
    if errors:
        raise CorpusError("; ".join(errors))
    for p in paths_:
        if not p.is_dir():
            yield p, True
            continue
        # Every .txt below the folder (".TXT" too: no file silently left out), in a stable
        # order; only names are held, one folder at a time, so memory stays small.
        for folder, subfolders, names in os.walk(p):
            subfolders.sort()
            for sub in subfolders:
                where = Path(folder, sub)
                if where.is_symlink():
                    # os.walk does not follow links to folders (a link to a parent would loop).
                    _report(problems, str(where), f"{where}: a symbolic link to a folder, not followed; "
                                                  "its .txt files are not read (name the folder itself)")
                elif sub.lower().endswith(".txt"):
                    _report(problems, str(where), f"{where}: a folder, not an article; the .txt files inside "
                                                  "it are read")
            for name in sorted(n for n in names if n.lower().endswith(".txt")):
                f = Path(folder, name)
                if f.is_file():
                    yield f, False
                else:
                    _report(problems, str(f), f"{f}: {_kind(f)}, not a text file; skipped")


def iter_files(paths_, *, problems: list | None = None) -> Iterator[Path]:
    """The files ``iter_articles`` reads, in its order (to count them, or to cut a corpus into
    batches); folder entries that are not articles are reported as ``iter_articles`` does."""
    return (f for f, _ in _files(paths_, problems))


def _report(problems: list | None, file: str, msg: str) -> None:
    warnings.warn(msg, CorpusWarning, stacklevel=3)
    if problems is not None:
        problems.append((file, msg))


def iter_articles(paths, *, metadata=None, problems: list | None = None,
                  format: str | None = None, listed_check: bool = True, strict: bool = True) -> Iterator[Article]:
    """Articles of ``.txt`` files and folders of them, one at a time.

    Exports (Europresse, Factiva, Nexis), tables (CSV, JSONL) and web pages are read by
    ``helpers.importers`` (chosen by extension and content, or by an entry
    ``{"path": ..., "format": ..., "columns": ...}``); it hands ``.txt`` files back here with
    ``format="txt"``.

    Bad files (empty, binary, unreadable) are reported (a CorpusWarning and a (file, problem)
    pair appended to ``problems``) and skipped; the good ones still load. Problems of a loaded
    article (non-UTF-8 bytes, missing metadata, date conflict) are in ``Article.problems`` and
    in ``problems`` too.

    A path named in ``paths`` that cannot be read (missing, a FIFO, empty, binary ...) is an
    error: CorpusError, before anything is loaded for a path that is not a readable file or
    folder. Inside a named folder, bad files (empty, binary, unreadable, not regular files) are
    reported (a CorpusWarning and a (file, problem) pair appended to ``problems``) and skipped;
    the good ones still load. Problems of a loaded article (non-UTF-8 bytes, NUL bytes,
    missing metadata, date conflict) are in ``Article.problems`` and in ``problems`` too; so are
    the bad rows of the metadata, and, once every file is read, the articles the metadata lists
    that were not among them.

    Args:
        paths: a file, a folder (every ``*.txt`` below it, any case, sorted), or a list of them.
        metadata: path of the articles CSV (see ``read_metadata``), a Metadata, a DataFrame with
            the same columns, or None for no metadata.
        problems: a list to collect (file, problem) pairs into.
        format: the format of every path (``helpers.importers``); ``"txt"`` reads ``.txt``
            files here without sniffing.
        listed_check: report the articles the metadata lists that were not read (False for a
            caller that reads a corpus in parts and reports them once, as ``helpers.bulk``).
        strict: a named file that cannot be read is an error (False: reported and skipped, for
            a caller that lists a folder's files itself, as ``helpers.bulk``).

    Raises:
        CorpusError: a named path that cannot be read as an article or a folder; a metadata file
            that cannot be read.
    """
    if format != "txt":
        from helpers import importers  # not at the top: importers build their articles here

        # Check every named path before loading anything: a typo or a FIFO fails at once.
        entries = paths if isinstance(paths, (list, tuple)) else [paths]
        errors = check_paths([e["path"] if isinstance(e, dict) and "path" in e else getattr(e, "path", e)
                              for e in entries])
        if errors:
            raise CorpusError("; ".join(errors))
        md = _as_metadata(metadata)
        seen: set[str] = set()
        for article in importers.iter_articles(paths, metadata=md, problems=problems, format=format):
            seen.add(article.id)
            yield article
        if listed_check:
            report_absent(md, seen, problems)
        return
    md = _as_metadata(metadata)
    files = _files(paths, problems)
    if md is not None:
        for msg in md.problems:
            if problems is not None:
                problems.append((str(md.path or "<metadata>"), msg))
    seen: set[str] = set()
    for path, named in files:
        name = str(path)
        if path.stem in seen:
            _report(problems, name, f"{name}: article id '{path.stem}' already loaded from another file; skipped")
            continue
        try:
            data = path.read_bytes()
            text, encoding, decode_problems = cleaning.decode(data, name=name)
        except (CorpusError, OSError) as err:
            msg = str(err) if isinstance(err, CorpusError) else f"{name}: cannot read ({err.strerror or err})"
            if named and strict:
                raise CorpusError(msg) from None
            _report(problems, name, f"{msg}; skipped")
            continue
        seen.add(path.stem)
        article = build_article(path, text, encoding, metadata=md, problems=decode_problems)
        for msg in article.problems:
            _report(problems, name, msg)
        yield article
    if listed_check:
        report_absent(md, seen, problems)


def report_absent(md: "Metadata | None", seen: set[str], problems: list | None) -> None:
    """Report the articles the metadata lists that were not among the files read."""
    if md is None:
        return
    absent = [a for a in md.rows if a not in seen]
    if absent:
        label = str(md.path or "<metadata>")
        listed = ", ".join(f"{a} (line {md.lines.get(a, '?')})" for a in absent[:10])
        more = f" and {len(absent) - 10} more" if len(absent) > 10 else ""
        _report(problems, label, f"{label}: {len(absent)} article(s) listed but not among the files read: "
                                 f"{listed}{more}")


def build_article(path: Path, text: str, encoding: str, *, metadata: Metadata | None = None,
                  problems: list | None = None) -> Article:
    """Clean one decoded text into an Article (paragraphs, comments, metadata merged)."""
    path = Path(path)
    problems = list(problems or [])
    article_id = path.stem
    paras = cleaning.classify(text)
    comments = cleaning.group_comments(text, paras)
    facts = cleaning.text_facts(text, paras)
    row = None
    if metadata is not None:
        row = metadata.rows.get(article_id)
        if row is None:
            where = metadata.path or "the metadata"
            problems.append(f"{path}: not in {where}; outlet, agency and date come from the text only")
    meta = _merge(path, facts, row, problems)
    paragraphs = pd.DataFrame({
        "article": article_id,
        "para": range(len(paras)),
        "start": [p.start for p in paras],
        "end": [p.end for p in paras],
        "part": [p.part for p in paras],
        "role": [p.role for p in paras],
        "rule": [p.rule for p in paras],
        "text": [text[p.start:p.end] for p in paras],
    }, columns=PARAGRAPH_COLUMNS)
    comments_df = pd.DataFrame({
        "article": article_id,
        "comment": range(len(comments)),
        "start": [c["start"] for c in comments],
        "end": [c["end"] for c in comments],
        "author": [c["author"] for c in comments],
        "timestamp": [c["timestamp"] for c in comments],
        "text": [c["text"] for c in comments],
        "listed": [c["listed"] for c in comments],
        "also_at": [c["also_at"] for c in comments],
    }, columns=COMMENT_COLUMNS)
    return Article(article_id, path, text, encoding, meta, paragraphs, comments_df, problems)


def _merge(path: Path, facts: dict, row: dict | None, problems: list) -> dict:
    """The text's facts and the metadata row, with the date rule: a date stated in the text wins,
    a disagreeing metadata date is reported, not silently dropped."""
    row = row or {}
    meta = {
        "outlet": row.get("outlet") or facts["outlet"],
        "agency": row.get("agency") or facts["agency"],
        "title": facts["title"] or row.get("title", ""),
        "byline": facts["byline"] or row.get("byline", ""),
        "language": facts["language"] or row.get("language", ""),
        "published": None,
        "date_basis": "unknown",
        "date_note": "",
    }
    if row.get("agency") and facts["agency"] and facts["agency"] != row["agency"]:
        problems.append(f"{path}: agency: the text says {facts['agency']}, the metadata says {row['agency']}; kept the metadata")
    md_date = row.get("published")
    if facts["published"] is not None:
        meta.update(published=facts["published"], date_basis="text",
                    date_note=f"stated in the text: \"{facts['published_text']}\"")
        if md_date is not None and md_date != facts["published"]:
            problems.append(
                f"{path}: published: the text says {facts['published'].isoformat()} "
                f"(\"{facts['published_text']}\"), the metadata says {md_date.isoformat()}; kept the text date")
    elif md_date is not None:
        basis = row.get("date_basis") or "metadata"
        meta.update(published=md_date, date_basis="metadata" if basis == "text" else basis,
                    date_note=row.get("date_note", ""))
        if basis == "text":
            problems.append(f"{path}: published: the metadata says the text states {md_date.isoformat()}, "
                            "but no publication date was found in the text; basis set to 'metadata'")
        dm = facts["dateline_day_month"]
        if dm and (dm[0], dm[1]) != (md_date.day, md_date.month):
            problems.append(f"{path}: published: the dateline \"{dm[2]}\" disagrees with the metadata date "
                            f"{md_date.isoformat()}; kept the metadata date")
    else:
        # no date: the metadata's note says what is known ("published in 2018-04 (month only)")
        notes = [row.get("date_note", "")]
        if facts["dateline_day_month"]:
            notes.append(f"the dateline \"{facts['dateline_day_month'][2]}\" gives no year")
        meta["date_note"] = "; ".join(n for n in notes if n)
    return meta


def _display_path(path: Path) -> str:
    """The path relative to the project root when inside it (tables do not depend on the
    checkout's location), else as given."""
    from helpers import paths as _paths

    try:
        return Path(path).resolve().relative_to(_paths.ROOT).as_posix()
    except ValueError:
        return str(path)


def _nonblank(s: str) -> int:
    return len(cleaning.nospace(s))


def article_row(article: Article) -> dict:
    """One row of the articles table for an Article."""
    p = article.paragraphs
    counts = {part: _nonblank("".join(p.loc[p["part"] == part, "text"])) for part in cleaning.PARTS}
    body = article.body
    return {
        "article": article.id, "path": _display_path(article.path), **{k: article.meta[k] for k in META_KEYS},
        "body": body, "n_body": len(body), "n_press": counts["press"],
        "n_boilerplate": counts["boilerplate"], "n_comments": counts["comment"],
        "n_duplicate": counts["duplicate"], "n_chars": _nonblank(article.text),
        "encoding": article.encoding,
    }


def load_articles(paths, *, metadata=None) -> Corpus:
    """Load articles into tables (one pass over ``iter_articles``; metadata read once).

    Args:
        paths: a file, a folder of ``.txt`` files, or a list of them.
        metadata: the articles CSV (e.g. ``helpers.paths.ARTICLES_CSV``), or None.

    Returns:
        Corpus with ``articles`` (ARTICLE_COLUMNS), ``paragraphs`` (PARAGRAPH_COLUMNS),
        ``comments`` (COMMENT_COLUMNS), ``problems`` (file, problem) and ``items``.

    Raises:
        CorpusError: as ``iter_articles`` (a named path that cannot be read, a metadata file
            that cannot be read).
    """
    problems: list = []
    items, rows, paras, comments = [], [], [], []
    for article in iter_articles(paths, metadata=metadata, problems=problems):
        items.append(article)
        rows.append(article_row(article))
        paras.append(article.paragraphs)
        if len(article.comments):
            comments.append(article.comments)
    articles = pd.DataFrame(rows, columns=ARTICLE_COLUMNS)
    paragraphs = pd.concat(paras, ignore_index=True) if paras else pd.DataFrame(columns=PARAGRAPH_COLUMNS)
    comments_df = pd.concat(comments, ignore_index=True) if comments else pd.DataFrame(columns=COMMENT_COLUMNS)
    problems_df = pd.DataFrame(problems, columns=["file", "problem"])
    total = int(articles["n_chars"].sum()) if len(articles) else 0
    share = 100 * articles["n_press"].sum() / total if total else 0.0
    log.info("loaded %d articles; %.1f%% of non-blank characters are press text; %d problem(s)",
             len(items), share, len(problems_df))
    return Corpus(articles, paragraphs, comments_df, problems_df, items)


def write_tables(corpus_: Corpus, *, folder=None) -> dict:
    """Write the articles, paragraphs and comments tables as CSV (UTF-8).

    The ``path`` column is already relative to the project root for files inside it, so the
    files do not depend on where the project is checked out.

    Args:
        corpus_: a loaded Corpus.
        folder: output folder (default ``helpers.paths.PROCESSED``).

    Returns:
        dict table name -> Path written.
    """
    from helpers import paths as _paths

    folder = Path(folder) if folder is not None else _paths.PROCESSED
    folder.mkdir(parents=True, exist_ok=True)

    written = {}
    for name, table in (("articles", corpus_.articles), ("paragraphs", corpus_.paragraphs),
                        ("comments", corpus_.comments)):
        # Atomic: a run killed mid-write leaves the previous table, not half of a new one.
        written[name] = write_csv_atomic(table, folder / f"{name}.csv", encoding="utf-8", lineterminator="\n")
    return written
