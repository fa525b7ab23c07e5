"""HTML as the exports write it: decoding, rendering an element to lines, walking every text node.

lxml parses (a maintained, forgiving HTML parser); what is written here is only how an export's
elements become lines, and the walk that gives every visible text node to exactly one owner, so
the character accounting of an import can be exact.
"""
from __future__ import annotations

import re
from typing import Callable

import lxml.html
from lxml import etree

from .base import ImporterError

# Elements whose text a browser does not show: not counted on either side of the accounting.
INVISIBLE = frozenset({"script", "style", "noscript", "template", "head", "title", "meta", "link"})
BLOCKS = frozenset({
    "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
    "article", "header", "footer", "aside", "nav", "blockquote", "pre", "dd", "dt", "dl", "figure",
    "figcaption", "address", "main", "hr", "td", "th", "caption",
})
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)""", re.IGNORECASE)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")


def decode_html(data: bytes, *, name: str) -> tuple[str, str, list[str]]:
    """Bytes of an HTML file -> (text, encoding, problems): the declared charset, else UTF-8,
    else cp1252 with a problem saying so."""
    problems: list[str] = []
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig", problems
    declared = _CHARSET.search(data[:4096])
    candidates = [declared.group(1).decode("ascii").lower()] if declared else []
    for encoding in [*candidates, "utf-8"]:
        try:
            return data.decode(encoding), encoding, problems
        except (UnicodeDecodeError, LookupError):
            continue
    problems.append(f"{name}: not valid UTF-8 nor its declared charset; decoded as cp1252")
    return data.decode("cp1252", errors="replace"), "cp1252", problems


def parse(text: str, *, name: str):
    """The document element of an HTML text."""
    try:
        return lxml.html.document_fromstring(_XML_DECL.sub("", text))
    except (etree.ParserError, ValueError) as err:
        raise ImporterError(f"{name}: not readable as HTML ({err})") from None


def classes(el) -> set[str]:
    return set((el.get("class") or "").split())


def render(el) -> str:
    """The text a browser shows for an element: block elements and ``<br>`` start new lines,
    invisible elements and comments give nothing."""
    out: list[str] = []

    def visit(node) -> None:
        tag = node.tag if isinstance(node.tag, str) else None
        if tag is None:  # comment or processing instruction: its tail is still text
            return
        tag = tag.lower()
        if tag in INVISIBLE:
            return
        if tag == "br":
            out.append("\n")
            return
        block = tag in BLOCKS
        if block:
            out.append("\n")
        if node.text:
            out.append(node.text)
        for child in node:
            visit(child)
            if child.tail:
                out.append(child.tail)
        if block:
            out.append("\n")

    visit(el)
    return "".join(out)


def visible_text(el) -> str:
    """All visible text of an element (the left side of the accounting)."""
    return render(el)


def walk(el, decide: Callable, other: Callable[[str], None]) -> None:
    """Give every visible text node below ``el`` to exactly one owner.

    ``decide(element)`` returns a handler that takes the whole element (its text, not its tail),
    or None to look inside it; text no handler takes goes to ``other``, one string per node.
    """
    tag = el.tag.lower() if isinstance(el.tag, str) else None
    if tag is None or tag in INVISIBLE:
        return
    handler = decide(el)
    if handler is not None:
        handler(el)
        return
    if el.text:
        other(el.text)
    for child in el:
        walk(child, decide, other)
        if child.tail:
            other(child.tail)
