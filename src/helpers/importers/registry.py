"""Which importer reads a file: named explicitly, or chosen by extension and content sniffing.

Sniffing looks at the first bytes only: an RTF signature, HTML markup (so an HTML page saved as
``.txt`` is extracted as a page, with a message), the class names of a Europresse or Factiva
export, the "Document ..." or "End of Document" lines of a Factiva or Nexis RTF export.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

from . import europresse, factiva, nexis, rtf, tables, webpage
from .base import Imported, ImporterError

FORMATS = ("europresse", "factiva", "nexis", "csv", "jsonl", "html", "txt")
# Files a folder is searched for; tables (.csv, .jsonl) are read only when named, so that a
# metadata CSV next to the articles is never taken for articles.
FOLDER_SUFFIXES = (".txt", ".html", ".htm", ".xhtml", ".rtf", ".docx")
TABLE_SUFFIXES = {".csv": "csv", ".tsv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl"}
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_HTML = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.IGNORECASE | re.DOTALL)
_HTML_TAGS = re.compile(r"<(?:body|p|div|script|head|meta|article)[\s>]", re.IGNORECASE)
SNIFF_BYTES = 65536


def looks_like_html(head: str) -> bool:
    """An HTML document: a doctype or <html> first, or several page tags in the first lines."""
    return bool(_HTML.match(head)) or len(_HTML_TAGS.findall(head[:4096])) >= 3


def sniff(path: Path, head: bytes) -> str:
    """The format of a file from its name and first bytes (one of ``FORMATS``).

    Raises:
        ImporterError: a PDF, a word-processor file that is not DOCX, an RTF that is neither a
            Factiva nor a Nexis export.
    """
    suffix = path.suffix.lower()
    if suffix in TABLE_SUFFIXES:
        return TABLE_SUFFIXES[suffix]
    if head.startswith(b"%PDF"):
        raise ImporterError(f"{path}: a PDF file: export the articles as HTML, RTF or DOCX instead (PDF is not read)")
    if head.startswith(b"PK"):
        if suffix == ".docx":
            return "nexis"
        raise ImporterError(f"{path}: a zip archive ({suffix or 'no extension'}): unzip it, or export as DOCX")
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImporterError(f"{path}: an old Word (.doc) file: save it as DOCX or RTF")
    if rtf.is_rtf(head):
        # A long first article can push its "Document ..." line past the first bytes: read it all.
        lines, _, _ = rtf.lines(head if len(head) < SNIFF_BYTES else path.read_bytes(), name=str(path))
        if factiva.sniff_lines(lines):
            return "factiva"
        if nexis.sniff_lines(lines):
            return "nexis"
        raise ImporterError(f"{path}: an RTF file that is neither a Factiva nor a Nexis export "
                            "(no 'Document ...' nor 'End of Document' line); name its format")
    text = head.decode("utf-8", errors="replace")
    if suffix in HTML_SUFFIXES or looks_like_html(text):
        if europresse.sniff(text):
            return "europresse"
        if factiva.sniff(text):
            return "factiva"
        return "html"
    return "txt"


def read_file(path: Path, *, format: str, data: bytes, report, columns: dict | None = None,
              given_as_text: bool = False) -> Iterator[Imported]:
    """Run one importer on a file's bytes."""
    if format == "europresse":
        yield from europresse.read(path, data, report=report)
    elif format == "factiva":
        yield from (factiva.read_rtf if rtf.is_rtf(data) else factiva.read_html)(path, data, report=report)
    elif format == "nexis":
        yield from (nexis.read_rtf if rtf.is_rtf(data) else nexis.read_docx)(path, data, report=report)
    elif format == "csv":
        yield from tables.read_csv(path, data, report=report, columns=columns)
    elif format == "jsonl":
        yield from tables.read_jsonl(path, data, report=report, columns=columns)
    elif format == "html":
        yield from webpage.read(path, data, report=report, given_as_text=given_as_text)
    else:
        raise ImporterError(f"{path}: unknown format '{format}' (one of {', '.join(FORMATS)})")
