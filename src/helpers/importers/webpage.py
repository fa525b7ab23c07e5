"""Web pages saved by a browser or a scraper (``.html``, or HTML saved as ``.txt``).

The main text is found by ``trafilatura`` (maintained, the best-scoring open extractor on news
pages), given the page's text only: it never goes on the network. Its metadata gives the title,
the site name (outlet), the author and the date; the date comes from the page's own markup
(``<meta>``, ``<time>``), never guessed from the text around it (``extensive_search`` off).

Per article:
    text: the title, then the main text's paragraphs (list items and table cells one per line);
    fields: outlet, byline, date, url;
    dropped: every visible line of the page that is not in the main text (menus, footers,
        related links, reader comments), kind ``page``. Scripts and styles are not visible text
        and are not counted. This accounting is by line: trafilatura re-spaces what it keeps.
"""
from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Iterator

from . import markup
from .base import Imported, ImporterError, Ledger, canonical_outlet, nonblank, squash

# trafilatura logs every page it finds too short at WARNING: the loader reports its own problems.
logging.getLogger("trafilatura").setLevel(logging.ERROR)

_ITEMS = ("item", "cell", "row")


def read(path: Path, data: bytes, *, report, given_as_text: bool = False) -> Iterator[Imported]:
    """The article of one web page."""
    import trafilatura  # imported here: only web pages need it, and it takes a second to load

    name = str(path)
    text, encoding, problems = markup.decode_html(data, name=name)
    for msg in problems:
        report(msg)
    root = markup.parse(text, name=name)
    doc = trafilatura.bare_extraction(
        text, with_metadata=True, include_comments=False, include_tables=True, deduplicate=False,
        favor_precision=True, date_extraction_params={"extensive_search": False, "original_date": True})
    if doc is None or doc.body is None or not len(doc.body):
        raise ImporterError(f"{name}: HTML page in which no main text was found (trafilatura); skipped")
    ledger = Ledger()
    title = squash(doc.title or "")
    paragraphs = []
    for el in doc.body:
        parts = [sub for sub in el.iter(*_ITEMS)] if el.tag in ("list", "table") else [el]
        for part in parts:
            line = squash("".join(part.itertext()))
            if line:
                paragraphs.append(line)
    if title and (not paragraphs or paragraphs[0] != title):
        ledger.keep(title)
    for line in paragraphs:
        ledger.keep(line)
    kept = squash(" ".join(ledger.paragraphs))
    for role, value in (("outlet", doc.sitename), ("byline", doc.author), ("date", doc.date), ("url", doc.url)):
        ledger.field(role, value or "")
    body = root.find("body") if root.find("body") is not None else root
    fields = {t for _, t in ledger.fields}
    for line in markup.visible_text(body).split("\n"):
        line = squash(line)
        if line and line not in kept and line not in fields:
            ledger.drop("page", line)
    notes = []
    if given_as_text:
        notes.append(f"{name}: an HTML page, not plain text: its main text was extracted with trafilatura "
                     f"({nonblank(' '.join(t for _, t in ledger.dropped))} characters of menus, links and "
                     "footers set aside; scripts and styles ignored)")
    published = None
    if doc.date:
        try:
            published = dt.date.fromisoformat(doc.date[:10])
        except ValueError:
            notes.append(f"{name}: page date '{doc.date}' is not a date; left unknown")
    yield Imported(
        id=path.stem, text=ledger.text, format="html", source_file=path, position=1,
        source_id="", outlet=canonical_outlet(doc.sitename) if doc.sitename else "", title=title,
        byline=squash(doc.author or ""), language=doc.language or "", url=doc.url or "",
        published=published, date_text=doc.date or "", encoding=encoding,
        fields=tuple(ledger.fields), dropped=tuple(ledger.dropped), notes=tuple(notes))
