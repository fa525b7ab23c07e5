"""Importers: the corpora analysts actually have, read into articles with their provenance.

Formats (one module each), chosen by extension and content sniffing or named explicitly:

- ``europresse``: Europresse HTML exports (many articles per file);
- ``factiva``: Factiva HTML and RTF exports;
- ``nexis``: Nexis Uni DOCX and RTF exports;
- ``tables``: CSV and JSONL tables with one article per row (``columns`` maps the roles);
- ``webpage``: web pages (``.html``, or HTML saved as ``.txt``), main text by trafilatura;
- ``txt``: plain text files, loaded by ``helpers.corpus`` as always.

``corpus.load_articles`` and ``corpus.iter_articles`` (so ``pipeline.run`` and the ``tag``
command) accept every entry ``read`` accepts: a path (file or folder), or a mapping
``{"path": ..., "format": ..., "columns": {...}}`` as a project file writes it.

Public API:
    read(path, *, format=None, columns=None, problems=None) -> Iterator[Imported]
    iter_articles(entries, *, metadata=None, problems=None) -> Iterator[Article]
    sniff(path) -> format name; sniff_or_none(path) -> format name or None (unreadable)
    sources(entries) -> [Source]; files(source) -> the article files of a file or folder
    provenance(articles) -> DataFrame  (where each article comes from; characters kept/dropped)
    dropped(articles) -> DataFrame     (what each importer set aside, by kind)
    duplicates(articles, *, threshold=0.8) -> DataFrame  (duplicate articles across sources)
    Imported, ImportedArticle, ImporterError, Source, FORMATS
"""
from __future__ import annotations

from pathlib import Path

from .accounting import DROPPED_COLUMNS, PROVENANCE_COLUMNS, dropped, provenance
from .base import Imported, ImporterError
from .duplicates import find as duplicates
from .loading import ImportedArticle, Source, files, iter_articles, read, sources, to_article
from .registry import FORMATS, SNIFF_BYTES
from .registry import sniff as _sniff_bytes

__all__ = [
    "DROPPED_COLUMNS", "FORMATS", "PROVENANCE_COLUMNS", "Imported", "ImportedArticle", "ImporterError",
    "Source", "dropped", "duplicates", "files", "iter_articles", "provenance", "read", "sniff", "sniff_or_none",
    "sources", "to_article",
]


def sniff(path) -> str:
    """The format ``read`` would choose for a file (one of ``FORMATS``).

    Raises:
        ImporterError: a file no importer reads (PDF, .doc, an RTF of another database).
    """
    path = Path(path)
    with open(path, "rb") as fh:
        return _sniff_bytes(path, fh.read(SNIFF_BYTES))


def sniff_or_none(path) -> str | None:
    """``sniff``, or None for a file no importer reads (the loader reports why)."""
    try:
        return sniff(path)
    except (ImporterError, OSError):
        return None
