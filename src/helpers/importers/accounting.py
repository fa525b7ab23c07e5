"""Tables of where each article came from and what its importer set aside (for notebook 01)."""
from __future__ import annotations

import pandas as pd

from helpers import corpus

from .base import nonblank

PROVENANCE_COLUMNS = [
    "article", "format", "source_file", "position", "source_id", "outlet", "published", "date_text",
    "title", "byline", "section", "word_count", "url", "n_text", "n_fields", "n_dropped",
]
DROPPED_COLUMNS = ["article", "format", "kind", "pieces", "n_chars", "example"]


def _items(articles) -> list:
    if isinstance(articles, corpus.Corpus):
        return articles.items
    return list(articles)


def provenance(articles) -> pd.DataFrame:
    """Where each article comes from.

    Args:
        articles: a ``corpus.Corpus`` or Articles (imported or ``.txt``).

    Returns:
        One row per article, ``PROVENANCE_COLUMNS``: the export file (relative to the project root
        when inside it) and the position in it, the database's id, the export's metadata, and the
        non-blank characters of the extracted text, of the metadata fields and of what was
        dropped (a ``.txt`` file: format ``txt``, position 1, nothing dropped).
    """
    rows = []
    for a in _items(articles):
        src = getattr(a, "source", None)
        if src is None:
            rows.append({"article": a.id, "format": "txt", "source_file": corpus.article_row(a)["path"],
                         "position": 1, "source_id": "", "outlet": "", "published": None, "date_text": "",
                         "title": "", "byline": "", "section": "", "word_count": None, "url": "",
                         "n_text": nonblank(a.text), "n_fields": 0, "n_dropped": 0})
            continue
        rows.append({
            "article": a.id, "format": src.format, "source_file": corpus.article_row(a)["path"],
            "position": src.position, "source_id": src.source_id, "outlet": src.outlet,
            "published": src.published, "date_text": src.date_text, "title": src.title, "byline": src.byline,
            "section": src.section, "word_count": src.word_count, "url": src.url,
            "n_text": nonblank(src.text), "n_fields": sum(nonblank(t) for _, t in src.fields),
            "n_dropped": sum(nonblank(t) for _, t in src.dropped),
        })
    out = pd.DataFrame(rows, columns=PROVENANCE_COLUMNS)
    out["word_count"] = out["word_count"].astype("Int64")
    return out


def dropped(articles, *, width: int = 70) -> pd.DataFrame:
    """What the importers set aside, counted by article and kind.

    Kinds: copyright, database-notice, database-note, export-page (cover sheet, search summary,
    "End of Document"), database-index (Nexis subjects and load date), footer, header, page (a
    web page's menus, links and footers), unrecognised (export text no rule placed).

    Returns:
        ``DROPPED_COLUMNS``: article, format, kind, pieces (lines), n_chars (non-blank
        characters), example (the first piece, cut to ``width`` characters).
    """
    rows = []
    for a in _items(articles):
        src = getattr(a, "source", None)
        if src is None:
            continue
        by_kind: dict[str, list[str]] = {}
        for kind, text in src.dropped:
            by_kind.setdefault(kind, []).append(text)
        for kind, pieces in sorted(by_kind.items()):
            example = pieces[0] if len(pieces[0]) <= width else pieces[0][: width - 1] + "…"
            rows.append({"article": a.id, "format": src.format, "kind": kind, "pieces": len(pieces),
                         "n_chars": sum(nonblank(p) for p in pieces), "example": example})
    return pd.DataFrame(rows, columns=DROPPED_COLUMNS)
