"""Europresse HTML exports: many articles per file, each an ``<article>`` element.

Written here on lxml rather than with the Europresse parser of the package registry
(``europarser``): that package is a web application (FastAPI, uvicorn, polars, pyarrow, plotly
among its requirements) under the AGPL; it collapses each article to one line, so the paragraphs
the cleaning and the statement offsets rely on are lost; it drops articles it cannot read with
only a debug log, and keeps neither the word count, the section nor the document number. What
this module needs from it is only the export's structure, which ``data/importers.yaml`` lists
(class names of the outlet, header, section, title, subtitle, byline, body and document number).

Per article:
    text: title, subtitle, then the body paragraphs;
    fields: outlet (the publication name without its issue number), header (date, word count,
        page), section, byline, source_id (the document number "news·20170124·LM·...");
    dropped: the copyright and the database's notice and certificate (the footer), notes the
        database appends to the body ("Cet article est paru dans ..."), and the export page around
        the articles (counted with the first article).
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

from . import markup
from .base import Imported, Ledger, canonical_outlet, drop_kind, labels, parse_count, parse_date, squash

# "318 mots", "1 234 mots"; not the year before it ("mardi 24 janvier 2017 318 mots").
_WORDS = re.compile(r"(?<!\d)(\d{1,3}(?:[ \u202f\xa0.,]\d{3})*)\s*(?:mots|words)\b", re.IGNORECASE)


def sniff(head: str) -> bool:
    """Does the beginning of an HTML file look like a Europresse export?"""
    return "DocPublicationName" in head or "docOcurrContainer" in head or "rdp__articletitle" in head


def _class_sets() -> dict[str, set[str]]:
    return {role: set(names) for role, names in labels().europresse.items()}


def read(path: Path, data: bytes, *, report) -> Iterator[Imported]:
    """The articles of a Europresse export (see the module docstring for what goes where)."""
    name = str(path)
    text, encoding, problems = markup.decode_html(data, name=name)
    for msg in problems:
        report(msg)
    root = markup.parse(text, name=name)
    roles = _class_sets()
    articles = []
    page = Ledger()

    def take_article(el):
        articles.append(el)

    def decide_page(el):
        return take_article if el.tag.lower() == "article" else None

    def page_text(s: str) -> None:
        for line in s.split("\n"):
            page.drop(drop_kind(line) or "export-page", line)

    body = root.find("body") if root.find("body") is not None else root
    markup.walk(body, decide_page, page_text)
    for n, el in enumerate(articles, start=1):
        ledger = Ledger()
        if n == 1:
            ledger.dropped.extend(page.dropped)
        yield _article(path, n, el, ledger, roles, encoding, [])


def _article(path: Path, position: int, el, ledger: Ledger, roles: dict, encoding: str, notes: list) -> Imported:
    meta = {"title": "", "url": ""}

    def field(name):
        def handler(node):
            ledger.field(name, markup.render(node))
        return handler

    def title(node):
        line = squash(markup.render(node))
        if not meta["title"]:
            meta["title"] = line
        ledger.keep(line)

    def subtitle(node):
        ledger.keep(markup.render(node))

    def body(node):
        for a in node.iter("a"):
            href = a.get("href") or ""
            if href.startswith("http") and not meta["url"]:
                meta["url"] = href
        for line in markup.render(node).split("\n"):
            kind = drop_kind(line, body=True)
            if kind:
                ledger.drop(kind, line)
            else:
                ledger.keep(line)

    def dropped(node, kind: str = "footer"):
        # The footer holds the document number among the copyright and the database's notice.
        def lines(s: str) -> None:
            for line in s.split("\n"):
                ledger.drop(drop_kind(line) or kind, line)

        def inner(n):
            if n is node:
                return None
            if markup.classes(n) & roles["id"]:
                return field("source_id")
            return lambda m: lines(markup.render(m))

        markup.walk(node, inner, lines)

    def decide(node):
        tag = node.tag.lower()
        cls = markup.classes(node)
        if cls & roles["outlet"]:
            return field("outlet")
        if cls & roles["header"]:
            return field("header")
        if cls & roles["section"]:
            return field("section")
        if cls & roles["id"]:
            return field("source_id")
        if cls & roles["title"]:
            return title
        if cls & roles["subtitle"]:
            return subtitle
        if cls & roles["byline"]:
            return field("byline")
        if cls & roles["body"]:
            return body
        if tag in ("footer", "aside", "nav") or cls & roles["dropped"]:
            return dropped
        return None

    def other(s: str) -> None:
        for line in s.split("\n"):
            ledger.drop(drop_kind(line) or "unrecognised", line)

    markup.walk(el, decide, other)
    header = ledger.first("header")
    section = ledger.first("section")
    found = parse_date(header) or parse_date(section)
    published, date_text = (found if found else (None, ""))
    if not section and found and header.find(date_text) > 0:
        # "International, mardi 24 janvier 2017 523 mots": what precedes the date is the section.
        section = re.sub(r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|"
                         r"wednesday|thursday|friday|saturday|sunday)?\s*$", "",
                         header[:header.find(date_text)], flags=re.IGNORECASE).strip(" ,;-")
    words = _WORDS.search(header)
    where = f"{path} (article {position})"
    if published is None:
        notes.append(f"{where}: the export gives no date (header \"{header}\"); date left unknown")
    if not meta["title"]:
        notes.append(f"{where}: the export gives no title")
    return Imported(
        id=f"{path.stem}-{position:03d}", text=ledger.text, format="europresse", source_file=path,
        position=position, source_id=ledger.first("source_id"),
        outlet=canonical_outlet(ledger.first("outlet")) if ledger.first("outlet") else "",
        title=meta["title"], byline=ledger.first("byline"), section=section, url=meta["url"],
        published=published, date_text=date_text, word_count=parse_count(words.group(1)) if words else None,
        encoding=encoding, fields=tuple(ledger.fields), dropped=tuple(ledger.dropped), notes=tuple(notes))
