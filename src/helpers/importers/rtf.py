"""RTF exports (Factiva, Nexis) to lines of text, with ``striprtf`` (a maintained RTF reader).

Only the decoding is decided here: RTF is 7-bit text whose accented letters are escapes
(``\\'e9``, ``\\u233?``) or raw bytes of the code page the file declares (``\\ansicpg1252``);
databases write either. The bytes are decoded with the declared code page (cp1252 when none is
declared: Windows exports), and ``striprtf`` resolves the escapes with the same code page.
"""
from __future__ import annotations

import re

from striprtf.striprtf import rtf_to_text

from .base import ImporterError

_CODEPAGE = re.compile(rb"\\ansicpg(\d+)")


def is_rtf(data: bytes) -> bool:
    return data.lstrip()[:5] == b"{\\rtf"


def lines(data: bytes, *, name: str) -> tuple[list[str], str, list[str]]:
    """(lines, encoding, problems) of an RTF file; ``\\par`` and ``\\line`` end lines."""
    if not is_rtf(data):
        raise ImporterError(f"{name}: not an RTF file (it does not start with '{{\\rtf')")
    m = _CODEPAGE.search(data[:4096])
    encoding = f"cp{int(m.group(1))}" if m else "cp1252"
    problems: list[str] = []
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        problems.append(f"{name}: bytes not valid in the declared code page {encoding}; decoded as cp1252")
        encoding = "cp1252"
        text = data.decode(encoding, errors="replace")
    try:
        plain = rtf_to_text(text, encoding=encoding, errors="replace")
    except (ValueError, IndexError) as err:  # striprtf on a truncated or malformed file
        raise ImporterError(f"{name}: unreadable RTF ({err})") from None
    if "\ufffd" in plain:
        problems.append(f"{name}: some characters could not be decoded with {encoding} (shown as \ufffd)")
    # A table cell ends with "|" in striprtf's text: a separator, not a character of the article.
    plain = plain.replace("|", "\n")
    return plain.replace("\r\n", "\n").replace("\r", "\n").split("\n"), encoding, problems
