"""Factiva exports (HTML and RTF, the "article" layout): many articles per file.

Each article is a headline, the author, a run of short header lines (word count, date, time,
source name, source code, language, copyright), the paragraphs, and a last line
"Document <accession number>", the database's id. The HTML export marks the headline
(``div#hd``), the author (``div.author``) and the paragraphs (``p.articleParagraph``) and leaves
the header lines unmarked; the RTF export is the same sequence of lines, read with ``striprtf``.
No maintained Python parser of these exports exists on the package registry (the ``factiva-*``
packages are clients of Dow Jones' paid APIs), so the header rules are written here, with the
patterns in ``data/importers.yaml``.

Per article:
    text: headline, then the paragraphs;
    fields: byline, word_count, date, time, outlet, source_code, language, source_id;
    dropped: the copyright line, the export's search summary (counted with the last article).
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

from . import markup, rtf
from .base import Imported, Ledger, canonical_outlet, drop_kind, labels, parse_count, parse_date, squash


def sniff(head: str) -> bool:
    """Does the beginning of an HTML file look like a Factiva export?"""
    return "articleParagraph" in head or "enArticle" in head or "frArticle" in head


def sniff_lines(lines: list[str]) -> bool:
    """Does a text (an RTF export's lines) end its articles with Factiva's "Document ..." line?"""
    rx = labels().factiva["document_id"]
    return any(rx.match(squash(line)) for line in lines)


def header_lines(lines: list[str], ledger: Ledger, *, has_title: bool) -> str:
    """Assign the header lines of one article to fields (or drop the copyright line).

    Returns the title when ``has_title`` is False (the first line of an RTF article).
    """
    rx = labels().factiva
    title = ""
    seen_count = False
    for line in lines:
        line = squash(line)
        if not line:
            continue
        if not has_title and not title:
            title = line
            ledger.keep(line)
            continue
        kind = drop_kind(line)
        if rx["document_id"].match(line):
            _document_id(ledger, rx["document_id"].match(line))
        elif rx["word_count"].match(line):
            ledger.field("word_count", line)
            seen_count = True
        elif kind == "copyright":
            ledger.drop(kind, line)
        elif rx["time"].match(line):
            ledger.field("time", line)
        elif rx["language"].match(line):
            ledger.field("language", line)
        elif len(line) <= 40 and parse_date(line) and not ledger.first("date"):
            ledger.field("date", line)
        elif rx["source_code"].match(line) and ledger.first("outlet"):
            ledger.field("source_code", line)
        elif not seen_count and not ledger.first("date"):
            # Between the headline and the word count: the author ("Par Marie Dupont").
            ledger.field("byline", line)
        elif not ledger.first("outlet"):
            ledger.field("outlet", line)
        else:
            ledger.drop(kind or "header", line)
    return title


def _document_id(ledger: Ledger, m: re.Match) -> None:
    """"Document AFPFR00020161020ecak00321": the id is a field, "Document" its label."""
    ledger.field("source_id", m.group(1))
    ledger.field("label", m.string[:m.start(1)])


_BY = re.compile(r"^(?:par|by|de)\s+", re.IGNORECASE)


def _finish(path: Path, position: int, ledger: Ledger, title: str, encoding: str, notes: list) -> Imported:
    where = f"{path} (article {position})"
    date_line = ledger.first("date")
    found = parse_date(date_line) if date_line else None
    if found is None:
        notes.append(f"{where}: the export gives no date; date left unknown")
    language = ledger.first("language").lower()
    count = ledger.first("word_count")
    return Imported(
        id=f"{path.stem}-{position:03d}", text=ledger.text, format="factiva", source_file=path,
        position=position, source_id=ledger.first("source_id"),
        outlet=canonical_outlet(ledger.first("outlet")) if ledger.first("outlet") else "",
        title=title, byline=_BY.sub("", ledger.first("byline")), section="",
        language="fr" if language in ("français", "french") else ("en" if language in ("anglais", "english") else ""),
        published=found[0] if found else None, date_text=found[1] if found else "",
        word_count=parse_count(count) if count else None, encoding=encoding,
        fields=tuple(ledger.fields), dropped=tuple(ledger.dropped), notes=tuple(notes))


# --------------------------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------------------------


def _is_article(el) -> bool:
    return el.tag.lower() == "div" and "article" in markup.classes(el)


def read_html(path: Path, data: bytes, *, report) -> Iterator[Imported]:
    """Articles of a Factiva HTML export."""
    name = str(path)
    text, encoding, problems = markup.decode_html(data, name=name)
    for msg in problems:
        report(msg)
    root = markup.parse(text, name=name)
    articles, page = [], Ledger()

    def page_text(s: str) -> None:
        for line in s.split("\n"):
            page.drop(drop_kind(line) or "export-page", line)

    def take_article(el):
        articles.append(el)

    body = root.find("body") if root.find("body") is not None else root
    markup.walk(body, lambda el: take_article if _is_article(el) else None, page_text)
    rx = labels().factiva
    for n, el in enumerate(articles, start=1):
        ledger = Ledger()
        header: list[str] = []
        title = ""

        def take_title(node):
            nonlocal title
            title = squash(markup.render(node))
            ledger.keep(title)

        def take_header(node):
            header.append(markup.render(node))

        def take_paragraph(node):
            line = markup.render(node)
            if rx["document_id"].match(squash(line)):
                _document_id(ledger, rx["document_id"].match(squash(line)))
            elif drop_kind(line, body=True):
                ledger.drop(drop_kind(line, body=True), line)
            else:
                ledger.keep(line)

        def decide(node):
            cls = markup.classes(node)
            if node.get("id") == "hd" or "enHeadline" in cls or "hd" in cls:
                return take_title
            if "author" in cls:
                return lambda nd: header.append(markup.render(nd))
            if node.tag.lower() == "p":
                return take_paragraph
            if node.tag.lower() == "div" and node is not el and not cls:
                return take_header
            return None

        def other(s: str) -> None:
            for line in s.split("\n"):
                ledger.drop(drop_kind(line) or "unrecognised", line)

        markup.walk(el, decide, other)
        # The author comes first among the header lines, as in the RTF export.
        header_lines(header, ledger, has_title=True)
        if n == len(articles):
            ledger.dropped.extend(page.dropped)
        yield _finish(path, n, ledger, title, encoding, [])


# --------------------------------------------------------------------------------------------
# RTF
# --------------------------------------------------------------------------------------------


def read_rtf(path: Path, data: bytes, *, report) -> Iterator[Imported]:
    """Articles of a Factiva RTF export."""
    lines, encoding, problems = rtf.lines(data, name=str(path))
    for msg in problems:
        report(msg)
    yield from read_lines(path, lines, encoding=encoding)


def read_lines(path: Path, lines: list[str], *, encoding: str) -> Iterator[Imported]:
    """Articles of a Factiva export given as lines: each ends with its "Document ..." line."""
    rx = labels().factiva
    chunks: list[list[str]] = [[]]
    for line in lines:
        chunks[-1].append(line)
        if rx["document_id"].match(squash(line)):
            chunks.append([])
    trailer = chunks.pop() if len(chunks) > 1 else []
    for n, chunk in enumerate(chunks, start=1):
        ledger = Ledger()
        # The header ends at the copyright line, else at the language line.
        stripped = [squash(x) for x in chunk]
        end = next((i for i, x in enumerate(stripped) if drop_kind(x) == "copyright"), None)
        if end is None:
            end = next((i for i, x in enumerate(stripped) if rx["language"].match(x)), 0)
        title = header_lines(chunk[:end + 1], ledger, has_title=False)
        for line in chunk[end + 1:]:
            norm = squash(line)
            if rx["document_id"].match(norm):
                _document_id(ledger, rx["document_id"].match(norm))
            elif not norm:
                continue
            elif drop_kind(norm, body=True):
                ledger.drop(drop_kind(norm, body=True), norm)
            else:
                ledger.keep(norm)
        if n == len(chunks):
            for line in trailer:
                ledger.drop(drop_kind(line) or "export-page", line)
        yield _finish(path, n, ledger, title, encoding, [])
