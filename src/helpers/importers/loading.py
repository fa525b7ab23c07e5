"""From corpus entries (paths, or mappings with a format and columns) to cleaned Articles.

``corpus.iter_articles`` hands every call here (its one dispatch point); plain ``.txt`` files go
back to it unchanged, one file at a time, and imported articles are cleaned by
``corpus.build_article`` exactly like them, so the character accounting of the cleaning holds on
the extracted text.
"""
from __future__ import annotations

import dataclasses
import os
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import pandas as pd

from helpers import cleaning, corpus

from . import registry
from .base import Imported, ImporterError


@dataclass(frozen=True)
class Source:
    """One corpus entry: a file or folder, and optionally its format and column mapping."""

    path: Path
    format: str | None = None
    columns: dict | None = None


def sources(entries) -> list[Source]:
    """Corpus entries as ``Source`` records.

    An entry is a path (``str`` or ``Path``), or a mapping as the project file writes it:
    ``{path: ..., format: europresse|factiva|nexis|csv|jsonl|html|txt, columns: {text: ...,
    title: ..., date: ..., outlet: ..., id: ...}}``; ``entries`` is one entry or a list of them.

    Raises:
        CorpusError: a mapping without ``path``, an unknown format or key, a missing path (all
            paths are checked before anything is loaded).
    """
    if isinstance(entries, (str, Path, dict, Source)):
        entries = [entries]
    out = []
    for entry in entries:
        if isinstance(entry, Source):
            out.append(entry)
        elif isinstance(entry, dict):
            unknown = sorted(set(entry) - {"path", "format", "columns"})
            if "path" not in entry or unknown:
                raise ImporterError(f"corpus entry {entry!r}: expected keys path, format, columns"
                                    + (f" (unknown: {', '.join(unknown)})" if unknown else " (no path)"))
            fmt = entry.get("format")
            if fmt is not None and fmt not in registry.FORMATS:
                raise ImporterError(f"{entry['path']}: unknown format '{fmt}' (one of {', '.join(registry.FORMATS)})")
            columns = entry.get("columns")
            if columns is not None and not isinstance(columns, dict):
                raise ImporterError(f"{entry['path']}: columns must map roles to column names, got {columns!r}")
            out.append(Source(Path(entry["path"]), fmt, columns))
        else:
            out.append(Source(Path(entry)))
    missing = [str(s.path) for s in out if not s.path.exists()]
    if missing:
        raise corpus.CorpusError(f"{', '.join(missing)}: no such file or folder")
    return out


def files(source: Source, *, problems: list | None = None) -> Iterator[Path]:
    """The files of an entry: the file itself, or the article files below a folder, sorted
    (``.txt``, ``.html``, ``.htm``, ``.rtf``, ``.docx``, any case; Word's ``~$`` lock files left
    out; tables only when named); a folder's odd entries are reported (``corpus.folder_files``)."""
    if not source.path.is_dir():
        yield source.path
        return
    yield from corpus.folder_files(source.path, suffixes=tuple(registry.FOLDER_SUFFIXES), problems=problems)


def _head(path: Path) -> bytes:
    with open(path, "rb") as fh:
        return fh.read(registry.SNIFF_BYTES)


def read(path, *, format: str | None = None, columns: dict | None = None,
         problems: list | None = None) -> Iterator[Imported]:
    """The articles of one export file, with their provenance, before cleaning.

    Args:
        path: the file.
        format: europresse | factiva | nexis | csv | jsonl | html | txt; None to sniff it from the
            extension and the first bytes.
        columns: for csv and jsonl, role -> column name (text, title, date, outlet, byline, id, url).
        problems: a list to collect (file, problem) pairs about the file (rows skipped, decoding).

    Yields:
        ``Imported`` records (id, text, format, source_file, position, source_id, outlet,
        published, title, byline, ... and the ``fields`` and ``dropped`` pieces).

    Raises:
        CorpusError: the file cannot be read in that format (the message names it).
    """
    path = Path(path)

    def report(msg: str) -> None:
        warnings.warn(msg, corpus.CorpusWarning, stacklevel=3)
        if problems is not None:
            problems.append((str(path), msg))

    if format is None:
        format = registry.sniff(path, _head(path))
    elif format not in registry.FORMATS:
        raise ImporterError(f"{path}: unknown format '{format}' (one of {', '.join(registry.FORMATS)})")
    # An HTML page under another name (saved as .txt): the message says it was extracted as a page.
    given_as_text = format == "html" and path.suffix.lower() not in registry.HTML_SUFFIXES
    data = path.read_bytes()
    if format == "txt":
        text, encoding, decode_problems = cleaning.decode(data, name=str(path))
        yield Imported(id=path.stem, text=text, format="txt", source_file=path, position=1,
                       encoding=encoding, notes=tuple(decode_problems))
        return
    if not data.strip():
        raise ImporterError(f"{path}: empty file (no text)")
    n = 0
    for n, imported in enumerate(registry.read_file(path, format=format, data=data, report=report,
                                                    columns=columns, given_as_text=given_as_text), 1):
        yield imported
    if n == 0:
        raise ImporterError(f"{path}: no article found in this {format} file")


# --------------------------------------------------------------------------------------------
# Articles
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportedArticle(corpus.Article):
    """A ``corpus.Article`` read from an export; ``source`` holds its provenance and what the
    importer set aside. ``path`` is the export file."""

    source: Imported | None = None


def to_article(imported: Imported, *, metadata: corpus.Metadata | None = None) -> ImportedArticle:
    """Clean an imported article like a ``.txt`` file, with the export's metadata.

    The export's outlet, date (basis ``metadata``), title and byline (and the agency a byline
    names) fill the article's metadata; a row of the analyst's metadata CSV with the article's id overrides them; a date
    the text itself states wins, as for ``.txt`` files (the disagreement is reported).
    """
    row = {
        "article": imported.id, "outlet": imported.outlet,
        # "Le Figaro avec AFP", "AFP": the byline names the agency, as in a .txt article's byline line.
        "agency": cleaning.byline_agency(imported.byline, cleaning.load_sources()) if imported.byline else "",
        "published": imported.published,
        "date_basis": "metadata" if imported.published else "unknown",
        "date_note": (f"{imported.format} export: \"{imported.date_text}\"" if imported.published else ""),
        "title": imported.title, "byline": imported.byline, "language": imported.language,
    }
    own = metadata.rows.get(imported.id) if metadata is not None else None
    if own:
        dated = own.get("published") is not None
        row.update({k: v for k, v in own.items() if v not in ("", None)
                    and (dated or k not in ("date_basis", "date_note"))})
    md = corpus.Metadata(path=imported.source_file, rows={imported.id: row}, problems=[])
    # build_article names the article after the path's stem: the article id, beside the export.
    built = corpus.build_article(imported.source_file.parent / imported.id, imported.text, imported.encoding,
                                 metadata=md, problems=list(imported.notes))
    meta = dict(built.meta)
    for key in ("title", "byline"):
        if getattr(imported, key) and not (own and own.get(key)):
            meta[key] = getattr(imported, key)
    values = {f.name: getattr(built, f.name) for f in dataclasses.fields(corpus.Article)}
    values.update(path=imported.source_file, meta=meta, source=imported)
    return ImportedArticle(**values)


def iter_articles(entries, *, metadata=None, problems: list | None = None,
                  format: str | None = None) -> Iterator[corpus.Article]:
    """Articles of corpus entries, one at a time (what ``corpus.iter_articles`` returns).

    ``format`` is the format of the entries that do not name one (None: sniff each file). ``.txt`` files are loaded by ``corpus.iter_articles`` itself; exports, tables and web pages
    by their importer, then cleaned by ``corpus.build_article``. A file that cannot be read is
    reported (a CorpusWarning and a (file, problem) pair in ``problems``) and skipped.
    """
    if format is not None and format not in registry.FORMATS:
        raise ImporterError(f"unknown format '{format}' (one of {', '.join(registry.FORMATS)})")
    srcs = [s if s.format else dataclasses.replace(s, format=format) for s in sources(entries)]
    md = metadata
    if isinstance(metadata, (str, Path)):
        md = corpus.read_metadata(metadata)
    elif isinstance(metadata, pd.DataFrame):
        md = corpus.parse_metadata(
            metadata.astype(str).replace({"None": "", "nan": "", "NaT": ""}).to_csv(index=False))
    if md is not None:
        for msg in md.problems:
            if problems is not None:
                problems.append((str(md.path or "<metadata>"), msg))
        # corpus.iter_articles would report them again for every .txt file.
        md = dataclasses.replace(md, problems=[])

    def report(file: str, msg: str) -> None:
        warnings.warn(msg, corpus.CorpusWarning, stacklevel=3)
        if problems is not None:
            problems.append((file, msg))

    seen: set[str] = set()
    for source in srcs:
        for path in files(source, problems=problems):
            name = str(path)
            try:
                fmt = source.format or registry.sniff(path, _head(path))
            except ImporterError as err:
                report(name, str(err))
                continue
            except OSError as err:
                report(name, f"{name}: cannot read ({err.strerror or err})")
                continue
            if fmt == "txt":
                if path.stem in seen:
                    report(name, f"{name}: article id '{path.stem}' already loaded from another file; skipped")
                    continue
                try:
                    for article in corpus.iter_articles(path, metadata=md, problems=problems, format="txt",
                                                        listed_check=False):
                        seen.add(article.id)
                        yield article
                except corpus.CorpusError as err:
                    if Path(source.path).is_file():
                        raise  # a file the user named that cannot be read is an error
                    report(name, f"{err}; skipped")  # one bad file in a folder: the others still load
                continue
            file_problems: list = []
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore", corpus.CorpusWarning)  # reported just below
                    for imported in read(path, format=fmt, columns=source.columns, problems=file_problems):
                        for file, msg in file_problems:
                            report(file, msg)
                        file_problems.clear()
                        if imported.id in seen:
                            report(name, f"{imported.where}: article id '{imported.id}' already loaded "
                                         "from another file; skipped")
                            continue
                        seen.add(imported.id)
                        article = to_article(imported, metadata=md)
                        for msg in article.problems:
                            report(name, msg)
                        yield article
            except ImporterError as err:
                report(name, str(err))
            except OSError as err:
                report(name, f"{name}: cannot read ({err.strerror or err})")
            for file, msg in file_problems:
                report(file, msg)
