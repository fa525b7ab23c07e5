"""Sentence boundaries with character offsets, for French press text.

What makes press French hard for a generic splitter, and what this module does about it:

- quotations: a full stop, "!" or "?" inside « », “ ” or paired straight quotes does not end the
  sentence, so « Il n'y a pas d'accord. », a déclaré X. stays one sentence with its attribution;
  a quotation that ends the sentence (« ... pas. » Le Pentagone ...) still ends it;
- abbreviations ("M.", "Mme", "Dr", listed in ``data/lexicons/abbreviations.txt``) and initials
  ("J. Kerry", "J.-M. Le Pen") do not end a sentence;
- an elision "(...)" or "[...]" is not a sentence end;
- non-breaking spaces (U+00A0, U+202F) count as spaces, before « ! ? : » and after «;
- hard-wrapped wire text: a newline inside a sentence is a space; a blank line always ends one
  (LF, CRLF and a lone CR, as in old Mac files, are newlines alike).

Cost is linear in the length of the range, even for a paragraph of several megabytes on one line:
which quotation an offset is inside is found by bisection over the quotations, not by a table of
every offset inside one.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from helpers import paths

# Closing marks that may follow the final punctuation and still belong to the sentence.
_CLOSERS = "»”’)]'\""
_SPACES = " \t\xa0\u202f\u2009\u2007\r\n"
_TERMINAL = ".!?…"
# A blank line (possibly with spaces) is a paragraph break: always a boundary. Lines end with
# \n, \r\n or a lone \r (a \r right before \n is never a line end of its own).
_EOL = r"(?:\r\n|\r(?!\n)|\n)"
_BLANK_LINE = re.compile(rf"{_EOL}[ \t\xa0\u202f]*{_EOL}")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w°-]*)$")
_GUILLEMETS = re.compile(r"«[^«»]{0,2000}?»")
_CURLY = re.compile(r"“[^“”]{0,2000}?”")
# Straight single quotes used as quotation marks ("Ils 'fournissent une clarification', a dit le
# Premier ministre"): one opens after a space and before a letter, one closes after a word or a
# final mark and before no letter; an apostrophe between letters (l'accord, aujourd'hui) is neither.
_SINGLE = re.compile(r"(?<=[\s(:])['‘](?=[^\W\d_])[^\n]{2,400}?(?<=[^\W_]|[.!?…)])['’](?![^\W\d_])")


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """Abbreviations of ``data/lexicons/abbreviations.txt`` (case-sensitive, without final '.')."""
    path = paths.LEXICONS / "abbreviations.txt"
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            words.add(line)
    return frozenset(words)


def quote_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans (open, close) of the quotations in ``text[start:end]``, absolute offsets.

    « » and “ ” pair by nesting-free matching; straight double quotes pair in order within a
    paragraph (an odd one out stays unpaired); straight single quotes pair when one opens before
    a word and the next closes after one (apostrophes inside words are neither). Quotations
    never cross a blank line.
    """
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    for block_start, block_end in _blocks(text, start, end):
        block = text[block_start:block_end]
        for rx in (_GUILLEMETS, _CURLY):
            spans.extend((block_start + m.start(), block_start + m.end() - 1) for m in rx.finditer(block))
        straight = [i for i, c in enumerate(block) if c == '"']
        for a, b in zip(straight[0::2], straight[1::2]):
            spans.append((block_start + a, block_start + b))
        # single quotes last: one inside a quotation already found is part of it
        taken = list(spans)
        for m in _SINGLE.finditer(block):
            a, b = block_start + m.start(), block_start + m.end() - 1
            if not any(x <= b and a <= y for x, y in taken):
                spans.append((a, b))
        opened = _unclosed(block, straight[-1] if len(straight) % 2 else None, spans, block_start, len(text))
        if opened is not None:
            spans.append(opened)
    spans.sort()
    return spans


_OPEN_BEFORE = set(_SPACES) | {":", "(", "-", "–", "—"}


def _unclosed(block: str, straight: int | None, spans: list, block_start: int,
              text_len: int) -> tuple[int, int] | None:
    """A quotation opened in the block and never closed (scrapes drop closing marks, excerpts
    stop mid-quote): it runs to the end of the block, if the mark opens (after a space or a colon,
    before a word), it is the block's last quotation mark, and the rest is at most 2,000 characters.
    The span closes on the final punctuation, or just after the last word."""
    candidates = [straight] if straight is not None else []
    for mark, close in (("«", "»"), ("“", "”")):
        k = block.rfind(mark)
        if k >= 0 and close not in block[k:] and not any(a == block_start + k for a, _ in spans):
            candidates.append(k)
    if not candidates:
        return None
    k = max(candidates)
    if any(c in block[k + 1:] for c in "«»“”\""):
        return None
    end = len(block.rstrip(_SPACES))
    if end - k > 2000 or end - k < 3 or (k > 0 and block[k - 1] not in _OPEN_BEFORE) \
            or block[k + 1] in _SPACES and block[k] == '"':
        return None
    # the close is a character of the text: the final punctuation, or the space after the last word
    close = end - 1 if block[end - 1] in _TERMINAL or block_start + end >= text_len else end
    return block_start + k, block_start + close


def _blocks(text: str, start: int, end: int):
    """Yield (start, end) of the blocks of text[start:end] separated by blank lines."""
    pos = start
    for m in _BLANK_LINE.finditer(text, start, end):
        yield pos, m.start()
        pos = m.end()
    yield pos, end


def sentences(text: str, *, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentences of ``text[start:end]`` as (start, end) offsets into ``text``.

    Each span is stripped of surrounding whitespace, so ``text[s:e]`` starts and ends with a
    visible character. Spans are in order, disjoint, and cover every non-blank character of the
    range.

    Args:
        text: the whole article text (offsets stay absolute).
        start: first offset of the range to split.
        end: end of the range (default: end of text).

    Returns:
        list of (start, end) tuples.
    """
    end = len(text) if end is None else min(end, len(text))
    start = max(0, start)
    if start >= end:
        return []
    abbrev = abbreviations()
    quotes = quote_spans(text, start, end)
    closing_of = _Closing(quotes)
    straight_closers = {c for _, c in quotes if text[c] == '"'}

    cuts: list[int] = []
    for b_start, b_end in _blocks(text, start, end):
        i = b_start
        while i < b_end:
            c = text[i]
            if c in _TERMINAL:
                j = i
                while j < b_end and text[j] in _TERMINAL:
                    j += 1
                cut = _boundary_after(text, i, j, b_end, closing_of, straight_closers, abbrev)
                if cut is not None:
                    cuts.append(cut)
                i = j
                continue
            if (c == "\n" or (c == "\r" and text[i + 1:i + 2] != "\n")) and \
                    _line_break_ends_sentence(text, i, b_start, b_end, closing_of):
                cuts.append(i)
            i += 1
        cuts.append(b_end)
    spans: list[tuple[int, int]] = []
    pos = start
    for cut in sorted(set(cuts)):
        s, e = _strip(text, pos, cut)
        if s < e:
            spans.append((s, e))
        pos = cut
    s, e = _strip(text, pos, end)
    if s < e:
        spans.append((s, e))
    return spans


class _Closing:
    """Offset -> the closing mark of the quotation it is strictly inside (the farthest one when
    quotations overlap), or None: ``closing.get(i)``, ``i in closing``.

    Quotations sorted by opening mark, with the running maximum of their closing marks: the
    quotations opened before ``i`` that close after it are exactly those containing ``i``, and
    the farthest close among all opened before ``i`` is theirs when it lies beyond ``i``. Memory
    is one entry per quotation, not one per character inside quotations.
    """

    def __init__(self, quotes: list[tuple[int, int]]):
        self.opens = [a for a, _ in quotes]
        self.reach, far = [], -1
        for _, b in quotes:
            far = max(far, b)
            self.reach.append(far)

    def get(self, i: int, default=None):
        k = bisect.bisect_left(self.opens, i) - 1
        return self.reach[k] if k >= 0 and self.reach[k] > i else default

    def __contains__(self, i: int) -> bool:
        return self.get(i) is not None


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _boundary_after(text, i, j, b_end, closing_of, straight_closers, abbrev):
    """Offset where the sentence ends if the punctuation text[i:j] ends it, else None."""
    punct = text[i:j]
    # "(...)" and "[...]": an elision inside a quotation, not an end.
    if i > 0 and text[i - 1] in "([" and j < len(text) and text[j] in ")]":
        return None
    if punct == ".":
        m = _WORD_BEFORE.search(text, max(0, i - 40), i)
        if m:
            word = m.group(1)
            if word in abbrev:
                return None
            # An initial: one capital letter, alone or after a hyphen ("J.", "J.-M.").
            if len(word) == 1 and word.isupper():
                return None
            if "-" in word and word.rsplit("-", 1)[-1].isupper() and len(word.rsplit("-", 1)[-1]) == 1:
                return None
        # A decimal or a version number: "3.5", "v1.2".
        if j < len(text) and text[j].isdigit():
            return None
    # Walk over spaces and closing marks that belong to this sentence.
    k = j
    last_close = None
    while k < b_end:
        ch = text[k]
        if ch in _SPACES:
            k += 1
            continue
        if ch in "»”)]’" or (ch == '"' and k in straight_closers):
            last_close = k
            k += 1
            continue
        break
    # Still inside a quotation that closes later: the quote goes on, no boundary.
    inside = closing_of.get(i)
    if inside is not None and (last_close is None or inside > last_close):
        return None
    if k >= b_end:
        return None  # the block end is a boundary anyway
    nxt = text[k]
    if nxt.islower() or nxt in ",;:)]/&%":
        # "!", a-t-il dit / « ...? » s'interroge X: the sentence goes on.
        return None
    if nxt.isdigit() and punct == "." and k == j:
        return None
    return (last_close + 1) if last_close is not None else j


#: a line this short (in characters) ending with a space may be a heading, not a hard-wrapped line
HEADING_CHARS = 40


def _heading_line(text: str, i: int, before: int, b_start: int, b_end: int) -> bool:
    """Whether the newline at text[i], after a line ending with a space, closes a heading the
    scrape left with a trailing space ("Objectif Carnaval 2022 \nPour le préfet, ..."): a short
    line in title case, followed by a capital, between lines that are not wrapped themselves."""
    line_start = max(b_start, text.rfind("\n", b_start, before) + 1)
    line = text[line_start:before].strip()
    # (in title case: every word of three letters or more capitalised or a number, "Objectif
    # Carnaval 2022"; not a wrapped line of prose, "Le maire de Romans Marc")
    if not line or len(line) > HEADING_CHARS or not all(
            w[:1].isupper() or w[:1].isdigit() or len(w) <= 2 for w in line.split()):
        return False
    if i + 1 >= b_end or not (text[i + 1].isupper() or text[i + 1] in "«“\""):
        return False
    # (wire copy wrapped at every line: the line before or after ends with a space too)
    prev_end = line_start - 1
    if prev_end > b_start and text[prev_end - 1:prev_end] == "\r":
        prev_end -= 1
    next_end = text.find("\n", i + 1, b_end)
    if next_end > 0 and text[next_end - 1:next_end] == "\r":
        next_end -= 1
    return (prev_end <= b_start or text[prev_end - 1:prev_end] not in " \t") \
        and (next_end < 0 or text[next_end - 1:next_end] not in " \t")


def _line_break_ends_sentence(text, i, b_start, b_end, closing_of) -> bool:
    """Whether the newline at text[i] ends a sentence (web scrapes: one line = one paragraph).

    A line that ends with a space was hard-wrapped (wire text), unless it is a short heading
    followed by a capital: the newline is a space. So is a newline followed by an indented or
    lowercase line, or after a comma, a colon or an opening quote. Inside a quotation, a newline
    never ends the sentence.
    """
    if i in closing_of:
        return False
    before = i - 1
    if before >= b_start and text[before] == "\r":
        before -= 1
    if before < b_start:
        return False
    if text[before] in " \t\xa0\u202f":
        return _heading_line(text, i, before, b_start, b_end)
    prev = text[before]
    if prev in ",;:-(«“'’":
        return False
    k = i + 1
    if k >= b_end or text[k] in " \t\xa0":
        return False
    nxt = text[k]
    return not (nxt.islower() or nxt in ",;:)")
