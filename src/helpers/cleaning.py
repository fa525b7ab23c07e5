"""Cleaning: a scraped page -> paragraphs (press, boilerplate, comment, duplicate) with offsets.

Steps, one article at a time:

1. ``decode``: bytes -> text, every byte kept as a character (UTF-8; UTF-16/32 with or without
   byte order mark; stray non-UTF-8 bytes read as cp1252; legacy files as cp1252 or latin-1;
   stray NUL bytes kept), everything that was not plain UTF-8 said in ``problems`` with its
   positions; binary or empty files raise :class:`CorpusError`.
2. ``split_paragraphs``: lines -> paragraphs. A scraped web page has one paragraph per line;
   hard-wrapped wire text (lines ending with a space, new paragraphs indented) is re-joined.
   A credit glued to the end of a line ("...le prix"Source : Sujet JT LCI) is split off.
3. ``classify``: every paragraph gets a part, a role and the id of the rule that decided it.
   Line rules are data (``data/boilerplate.yaml``); the rules that need context are here and their
   ids start with ``ctx-``:

   - ``ctx-title`` / ``ctx-lead`` / ``ctx-body`` / ``ctx-heading``: roles of press paragraphs
     (a headline-like line before the body is the title; the first sentence-like one the lead);
   - ``ctx-nav-short``: a line of one or two words before the body (a section or menu item);
   - ``ctx-teaser``: a headline-like line right after a site label ("Raqqa - Sputnik Afrique")
     or a "Voir aussi" label, or right before a site label, once the body has started; a label
     rule says whether it announces one teaser ("Lire aussi") or a list ("Les plus lus"), so an
     intertitle after a teaser stays press;
   - ``ctx-byline-name``: a lone person's name ("Benjamin Barthe") next to the date line is the
     byline, not a menu item;
   - ``ctx-media-title``: a headline-like line with a credit glued to its end (a video title);
   - ``ctx-comment`` / ``ctx-comment-repeat``: paragraphs after a comment header (once the body
     has started) are reader comments; a comment listed twice is part 'comment' both times;
   - ``ctx-repeat`` / ``ctx-repeat-truncated``: a paragraph that repeats earlier press text
     (the title again, or the lead pasted at the end, possibly cut short with "...").
4. ``comments``: the comment paragraphs grouped into comments (author, timestamp, text); a
   header line "Mauricette75 — 15/11/2016 à 10h58" gives both author and timestamp. Interface
   strings inside the comment area ("Ajouter un commentaire", "Répondre", newsletter prompts)
   are boilerplate by the data rules, which win over the comment context.

Every non-blank character of the file lies in exactly one paragraph, so the four parts account
for the whole file.
"""
from __future__ import annotations

import csv
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from helpers import paths

PARTS = ("press", "boilerplate", "comment", "duplicate")
BOILERPLATE_FILE = paths.DATA / "boilerplate.yaml"
SOURCES_FILE = paths.LEXICONS / "corpus_sources.csv"
FUNCTION_WORDS_FILE = paths.LEXICONS / "corpus_function_words.csv"


class CorpusError(ValueError):
    """A file that cannot be read as an article or as metadata (the message names the file)."""


# --------------------------------------------------------------------------------------------
# 1. Decoding
# --------------------------------------------------------------------------------------------

# Byte order marks, longest first (the UTF-32-LE mark starts with the UTF-16-LE one).
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
         (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
# Control bytes that are not text (tab, newlines, form feed and vertical tab are): a file with
# more than BINARY_SHARE of them is binary (an image, a PDF, an archive renamed .txt).
_TEXT_CONTROLS = b"\t\n\x0b\x0c\r"
_NOT_CONTROL = bytes(b for b in range(256) if b >= 32 or b in _TEXT_CONTROLS)
BINARY_SHARE = 0.05
# How many positions a message lists before "and N more".
_SHOWN = 5
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f]")
_ESCAPED = re.compile(r"[\udc80-\udcff]")  # a byte that was not UTF-8, under surrogateescape
_NON_ASCII = re.compile(r"[^\x00-\x7f\udc80-\udcff]")
# A byte that is not UTF-8 inside a UTF-8 file is read as cp1252 (the usual culprit: one
# Windows-1252 "é" pasted into a UTF-8 page); the five bytes cp1252 leaves undefined as latin-1.
_STRAY_BYTE = {0xDC00 + b: bytes([b]).decode("cp1252", errors="replace").replace("\ufffd", chr(b))
               for b in range(0x80, 0x100)}


def _line_of(data: bytes, offset: int) -> int:
    """1-based line of a byte offset (\\n, \\r\\n and lone \\r all end a line)."""
    head = data[:offset]
    return head.count(b"\n") + head.count(b"\r") - head.count(b"\r\n") + 1


def _positions(data: bytes, offsets: list[int]) -> str:
    """'0xe9 at byte 200 (line 3), ...' for the first few offsets, and how many more."""
    shown = ", ".join(f"0x{data[o]:02x} at byte {o} (line {_line_of(data, o)})" for o in offsets[:_SHOWN])
    more = len(offsets) - _SHOWN
    return shown + (f" and {more} more" if more > 0 else "")


def _controls(text: str) -> int:
    """Control characters of a decoded text other than tab and line ends."""
    return len(_CONTROL_CHARS.findall(text))


def _wide_without_bom(data: bytes) -> str | None:
    """'utf-16-le' ... 'utf-32-be' when the NUL bytes fall where a UTF-16/32 text without byte
    order mark has them (the high bytes of Latin characters), else None."""
    for width in (4, 2):
        if len(data) % width or len(data) < 2 * width:
            continue
        lanes = [data[k::width] for k in range(width)]
        nul = [lane.count(0) / len(lane) for lane in lanes]
        for order in ("le", "be"):
            low, high = (nul[0], nul[1:]) if order == "le" else (nul[-1], nul[:-1])
            # The character's low byte is almost never NUL, its high byte(s) mostly are.
            if low <= 0.05 and all(h >= 0.6 for h in high):
                return f"utf-{8 * width}-{order}"
    return None


def decode(data: bytes, *, name: str = "<bytes>") -> tuple[str, str, list[str]]:
    """Decode the bytes of an article file, keeping every byte as a character.

    - A byte order mark (UTF-8, UTF-16, UTF-32) says the encoding; without one, UTF-16 and
      UTF-32 are recognised by where their NUL bytes fall.
    - UTF-8 with a few bytes that are not UTF-8: those bytes are read as cp1252 (one character
      each) and their positions are reported; the rest stays UTF-8. A file with more such bytes
      than UTF-8 characters is a legacy file: all of it is read as cp1252 (latin-1 when cp1252
      leaves a byte undefined).
    - A few NUL bytes anywhere in a text are kept (as U+0000, so offsets still index the file)
      and reported with their positions; a file with more than 5% of control bytes is binary.

    Returns:
        (text, encoding, problems): ``encoding`` is the codec ('utf-8', 'utf-8-sig', 'cp1252',
        'latin-1', 'utf-16-le', ...; 'utf-8+cp1252' for UTF-8 with stray bytes); ``problems``
        says, naming the file, everything that was not plain UTF-8.

    Raises:
        CorpusError: empty file, binary content, or a byte order mark the bytes contradict.
    """
    if not data.strip():
        raise CorpusError(f"{name}: empty file (no text)")
    problems: list[str] = []
    wide = next(((enc, len(bom)) for bom, enc in _BOMS if data.startswith(bom)), None)
    if wide is not None and wide[0] != "utf-8-sig":
        encoding, skip = wide
        try:
            text = data[skip:].decode(encoding)
        except UnicodeDecodeError as err:
            raise CorpusError(f"{name}: {encoding.upper()} byte order mark but undecodable "
                              f"({err.reason} at byte {err.start + skip})") from None
        problems.append(f"{name}: decoded as {encoding.upper()} (byte order mark)")
        return _not_empty(text, name), encoding, problems
    if wide is None and b"\x00" in data:
        encoding = _wide_without_bom(data)
        if encoding is not None:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                text = None
            if text is not None and _controls(text) <= BINARY_SHARE * len(text):
                problems.append(f"{name}: decoded as {encoding.upper()} (no byte order mark; "
                                "recognised by its NUL bytes)")
                return _not_empty(text, name), encoding, problems
    controls = len(data.translate(None, _NOT_CONTROL))
    if controls > BINARY_SHARE * len(data):
        raise CorpusError(f"{name}: binary file ({controls} control bytes in {len(data)}), not a text article")
    nuls = data.count(b"\x00")
    if nuls:
        offsets, at = [], -1
        while len(offsets) < _SHOWN and (at := data.find(b"\x00", at + 1)) >= 0:
            offsets.append(at)
        problems.append(f"{name}: {nuls} NUL byte(s) ({_positions(data, offsets)}"
                        f"{f' and {nuls - len(offsets)} more' if nuls > len(offsets) else ''}) "
                        "kept in the text as U+0000; the file may be damaged")
    if data.startswith(b"\xef\xbb\xbf"):
        # The byte order mark is not text: offsets index the text after it.
        encoding, body = "utf-8-sig", data[3:]
    else:
        encoding, body = "utf-8", data
    try:
        return body.decode("utf-8"), encoding, problems
    except UnicodeDecodeError:
        pass
    escaped = body.decode("utf-8", errors="surrogateescape")
    stray = [m.start() for m in _ESCAPED.finditer(escaped)]
    utf8_chars = len(_NON_ASCII.findall(escaped))
    if utf8_chars > len(stray):
        # Byte offsets of the stray bytes (characters before them may take several bytes).
        byte_at, pos, last = [], 0, 0
        for i in stray[:_SHOWN]:
            pos += len(escaped[last:i].encode("utf-8", errors="surrogateescape"))
            byte_at.append(pos + len(data) - len(body))
            last = i
        shown = _positions(data, byte_at) + (f" and {len(stray) - _SHOWN} more" if len(stray) > _SHOWN else "")
        problems.append(f"{name}: {len(stray)} byte(s) not valid UTF-8 ({shown}); "
                        "read as cp1252, the rest of the file as UTF-8")
        return escaped.translate(_STRAY_BYTE), "utf-8+cp1252", problems
    first = stray[0]
    where = f"byte 0x{ord(escaped[first]) - 0xDC00:02x} at offset " \
            f"{len(escaped[:first].encode('utf-8', errors='surrogateescape')) + len(data) - len(body)}"
    for encoding in ("cp1252", "latin-1"):
        try:
            text = body.decode(encoding)
        except UnicodeDecodeError:
            continue
        problems.append(f"{name}: not valid UTF-8 ({where}); decoded as {encoding}")
        return text, encoding, problems
    raise AssertionError("latin-1 decodes any bytes")  # pragma: no cover


def _not_empty(text: str, name: str) -> str:
    if not text.strip():
        raise CorpusError(f"{name}: empty file (no text)")
    return text


# --------------------------------------------------------------------------------------------
# Data files (read once)
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rule:
    """A boilerplate line rule of ``data/boilerplate.yaml``."""

    id: str
    part: str
    role: str
    match: str
    regex: re.Pattern | None
    max_len: int
    max_words: int
    where: str
    note: str
    opens: str = ""  # "comments": a prompt that opens the reader comments ("Réagissez à cet article")
    teasers: str = "many"  # after a label: "one" headline-like line is a teaser, or "many"


@lru_cache(maxsize=4)
def load_rules(path: Path = BOILERPLATE_FILE) -> tuple[Rule, ...]:
    """The line rules of the boilerplate file, compiled, in order."""
    try:
        raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as err:
        raise CorpusError(f"{path}: cannot read the boilerplate rules ({err})") from None
    rules = []
    for n, item in enumerate(raw or [], 1):
        missing = {"id", "part", "role", "match"} - set(item)
        if missing:
            raise CorpusError(f"{path}: rule {n}: missing {', '.join(sorted(missing))}")
        if item["part"] not in PARTS:
            raise CorpusError(f"{path}: rule {item['id']}: part '{item['part']}' not in {PARTS}")
        flags = 0 if item.get("case") == "sensitive" else re.IGNORECASE
        pattern = item.get("regex") or ""
        try:
            regex = re.compile(pattern, flags) if pattern else None
        except re.error as err:
            raise CorpusError(f"{path}: rule {item['id']}: bad regex ({err})") from None
        rules.append(Rule(item["id"], item["part"], item["role"], item["match"], regex,
                          int(item.get("max_len") or 10**9), int(item.get("max_words") or 10**9),
                          item.get("where", ""), item.get("note", ""), item.get("opens", ""),
                          item.get("teasers", "many")))
    return tuple(rules)


@dataclass(frozen=True)
class Sources:
    """Outlets and agencies of ``data/lexicons/corpus_sources.csv``."""

    canonical: dict  # lowercased alias -> (name, kind)
    line: re.Pattern  # a line that is only a source name, or "<topic> - <source>"
    agency_alias: re.Pattern  # an agency alias as a whole word


@lru_cache(maxsize=2)
def load_sources(path: Path = SOURCES_FILE) -> Sources:
    canonical = {}
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            for alias in [row["name"], *row["aliases"].split("|")]:
                alias = alias.strip()
                if alias:
                    canonical[alias.lower()] = (row["name"], row["kind"])
    names = sorted(canonical, key=len, reverse=True)
    alt = "|".join(re.escape(a) for a in names)
    line = re.compile(rf"(?:(?P<topic>[^\W\d][\w'’ .-]{{0,40}}?)\s[-–|]\s)?(?P<name>{alt})", re.IGNORECASE)
    agencies = [a for a, (_, kind) in canonical.items() if kind == "agency"]
    agency_alias = re.compile(
        r"(?<!\w)(" + "|".join(re.escape(a) for a in sorted(agencies, key=len, reverse=True)) + r")(?!\w)",
        re.IGNORECASE)
    return Sources(canonical, line, agency_alias)


@lru_cache(maxsize=2)
def load_function_words(path: Path = FUNCTION_WORDS_FILE) -> dict[str, frozenset[str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return {row["language"]: frozenset(row["words"].split()) for row in csv.DictReader(fh)}


# --------------------------------------------------------------------------------------------
# 2. Paragraphs
# --------------------------------------------------------------------------------------------

# A line ends with \n, \r\n or a lone \r (old Mac files, some exports): a file whose lines end
# with \r alone is still one paragraph per line, not one paragraph.
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")
_HSPACE = " \t\xa0\u202f\r"
_TERMINAL_END = ".!?…:;»\"”"


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: stripped, non-blank, in order, disjoint.

    A paragraph is a line; in a hard-wrapped block (at least half of its lines end with a space
    or tab, as in wire copy), a line that is not indented continues the paragraph above unless
    that one ends a sentence. ``text[start:end]`` keeps the inner newlines and indents.
    """
    lines = []  # (content_start, content_end, indented, trailing_space)
    for m in _LINE.finditer(text):
        ls, le = m.start(), m.end()
        while le > ls and text[le - 1] in "\r\n":
            le -= 1
        cs, ce = ls, le
        while cs < ce and text[cs].isspace():
            cs += 1
        while ce > cs and text[ce - 1].isspace():
            ce -= 1
        if cs == ce:
            lines.append(None)
            continue
        trailing = ce < le and text[ce] in " \t"
        lines.append((cs, ce, cs > ls, trailing))
    paragraphs: list[tuple[int, int]] = []
    block: list[tuple] = []

    def flush():
        if not block:
            return
        wrapped = len(block) >= 2 and sum(1 for b in block if b[3]) * 2 >= len(block)
        cur_s, cur_e, prev = block[0][0], block[0][1], block[0]
        for ln in block[1:]:
            s, e, indented, _ = ln
            # Wire copy wraps lines with a trailing space; a scrape may also break a long
            # sentence before a lowercase word (a short line there is an author, a label...).
            joins = (wrapped and not indented and prev[3] and text[prev[1] - 1] not in ".!?…") or (
                not indented and text[prev[1] - 1] not in _TERMINAL_END and text[s].islower()
                and prev[1] - prev[0] >= 40)
            if joins:
                cur_e = e
            else:
                paragraphs.append((cur_s, cur_e))
                cur_s, cur_e = s, e
            prev = ln
        paragraphs.append((cur_s, cur_e))
        block.clear()

    for ln in lines:
        if ln is None:
            flush()
        else:
            block.append(ln)
    flush()
    return paragraphs


def split_glued(text: str, spans: list[tuple[int, int]], rules: tuple[Rule, ...]) -> list[tuple[int, int, str | None]]:
    """Split off credits glued to the end of a paragraph (rules with match 'end') and stamps glued
    to its start (rules with match 'start': " date 2023-01 Le ministre a ...").

    Returns (start, end, rule_id_of_the_split_piece_or_None) in order.
    """
    end_rules = [r for r in rules if r.match == "end" and r.regex is not None]
    start_rules = [r for r in rules if r.match == "start" and r.regex is not None]
    heads: list[tuple[int, int]] = []
    for s, e in spans:
        for rule in start_rules:
            m = rule.regex.match(text, s, e)
            if m and m.end() > s and text[m.end():e].strip():
                cut = m.end()
                while cut < e and text[cut].isspace():
                    cut += 1
                heads.append((s, m.end(), rule.id))
                s = cut
                break
        heads.append((s, e, None))
    out: list[tuple[int, int, str | None]] = []
    for s0, e0, rid in heads:
        if rid is not None:
            out.append((s0, e0, rid))
            continue
        s, e = s0, e0
        piece = text[s:e]
        for rule in end_rules:
            best = None
            for m in rule.regex.finditer(piece):
                if m.start() > 0 and piece[m.end():].strip() == "":
                    best = m
                    break
            if best is not None:
                cut = s + best.start()
                head_end = cut
                while head_end > s and text[head_end - 1].isspace():
                    head_end -= 1
                if head_end > s:
                    out.append((s, head_end, None))
                    out.append((cut, e, rule.id))
                    break
        else:
            out.append((s, e, None))
    return out


# --------------------------------------------------------------------------------------------
# 3. Classification
# --------------------------------------------------------------------------------------------

_WS = re.compile(r"\s+")


def collapse(s: str) -> str:
    """Whitespace (newlines, indents, NBSP) collapsed to single spaces, stripped."""
    return _WS.sub(" ", s).strip()


def nospace(s: str) -> str:
    return _WS.sub("", s)


def headline_like(norm: str) -> bool:
    """A short line that does not end like a sentence: a title, heading or teaser."""
    if not norm or len(norm) > 200 or len(norm.split()) > 25:
        return False
    first = norm[0]
    if not (first.isupper() or first.isdigit() or first in "«“\"'"):
        return False
    return norm[-1] not in ".;,:…"


# Characters outside Latin, Latin-1 supplement, Latin extended and general punctuation.
_MAYBE_NON_LATIN = re.compile(r"[^\x00-\u024f\u1e00-\u1eff\u2000-\u206f\u20a0-\u20cf\u2100-\u214f]")


def non_latin_share(s: str) -> float:
    """Share of the letters of ``s`` that are not Latin (Cyrillic, Arabic, CJK...)."""
    if not _MAYBE_NON_LATIN.search(s):
        return 0.0
    letters = [c for c in s if c.isalpha()]
    if not letters:
        return 0.0
    other = sum(1 for c in letters if not unicodedata.name(c, "LATIN").startswith("LATIN"))
    return other / len(letters)


_ELLIPSIS_END = re.compile(r"(\.\.\.|…|\[\.\.\.\]|\(\.\.\.\))\s*$")
_BULLET = re.compile(r"^[•\-*–—·▪►]\s*")
_TIMESTAMP = re.compile(
    r"\d{1,2}\s*[h:]\s*\d{2}|\d{1,2}(?:er)?\s+(?:janv|févr|fevr|mars|avr|mai|juin|juil|août|aout|sept|oct|nov|déc|dec)\w*\.?\s+\d{4}"
    r"|\d{1,2}/\d{1,2}/\d{2,4}|il y a \d+\s+(?:seconde|minute|heure|jour|semaine|mois|an)",
    re.IGNORECASE)


# What separates the author from the time on a comment header line: "Mauricette75 — 15/11/2016
# à 10h58", "Gerard M. le 17/02/2017 à 07:45", "Papy Boomer - 13/04/2017 - 09h12", "Anne, le 22
# mai 2016 à 15 h 11", "Jean (Lyon), il y a 3 heures".
_AUTHOR_SEP = re.compile(r"\s*(?:[—–|·•-]\s*|,\s*|:\s*)?(?:(?:le|posté le|publié le|écrit le|a écrit le)\s*)?$", re.IGNORECASE)
_DAY_NAME = re.compile(r"\s*(?:,\s*)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s*$", re.IGNORECASE)


def split_comment_header(norm: str) -> tuple[str, str]:
    """(author, timestamp) of a comment header line; author '' when the line is only a time."""
    m = _TIMESTAMP.search(norm)
    if m is None:
        return "", norm
    head = _DAY_NAME.sub("", norm[:m.start()])
    author = head[:_AUTHOR_SEP.search(head).start()].strip()
    if not author or len(author) > 50 or author[-1] in ".!?…" and not re.search(r"\b[A-ZÀ-Ý]\.$", author):
        return "", norm
    return _BULLET.sub("", author), norm[m.start():].strip(" —–-|,")


@dataclass
class Para:
    start: int
    end: int
    part: str = "press"
    role: str = "body"
    rule: str = ""
    glued_to_previous: bool = False


def _match_rule(rule: Rule, norm: str, sources: Sources, body_started: bool, raw: str = "") -> bool:
    if rule.where == "top" and body_started:
        return False
    if rule.match == "raw":
        # On the paragraph as written: runs of spaces or tabs separate the items of a menu.
        return len(raw) <= rule.max_len and rule.regex.fullmatch(raw) is not None
    if rule.match == "full":
        return len(norm.split()) <= rule.max_words and rule.regex.fullmatch(norm) is not None
    if rule.match == "search":
        return len(norm) <= rule.max_len and rule.regex.search(norm) is not None
    if rule.match == "script":
        return non_latin_share(norm) > 0.5
    if rule.match == "outlet":
        return len(norm) <= 80 and sources.line.fullmatch(norm) is not None
    return False  # 'end' and 'start' rules act in split_glued


def classify(text: str, *, rules: tuple[Rule, ...] | None = None, sources: Sources | None = None) -> list[Para]:
    """Paragraphs of ``text`` with part, role and rule (see the module docstring)."""
    rules = load_rules() if rules is None else rules
    sources = load_sources() if sources is None else sources
    pieces = split_glued(text, split_paragraphs(text), rules)
    rule_by_id = {r.id: r for r in rules}
    paras: list[Para] = []
    norms: list[str] = []
    body_started = False
    title_seen = False
    in_comments = False
    press_norms: set[str] = set()
    press_joined = ""  # press text so far without whitespace, to find repeats cut short
    teaser_budget = 0  # how many headline-like lines after a label are still its teasers
    for s, e, tail_rule in pieces:
        norm = collapse(text[s:e])
        p = Para(s, e)
        matched = rule_by_id[tail_rule] if tail_rule else None
        p.glued_to_previous = bool(tail_rule) and matched.match == "end"
        if matched is None:
            for rule in rules:
                if rule.match != "end" and _match_rule(rule, norm, sources, body_started, text[s:e]):
                    matched = rule
                    break
        prev = paras[-1] if paras else None
        budget, teaser_budget = teaser_budget, 0
        if matched is not None and matched.id == "outlet-name":
            m = sources.line.fullmatch(norm)
            role = "label" if m and m.group("topic") else "outlet"
            p.part, p.role, p.rule = "boilerplate", role, matched.id
            teaser_budget = 10**6 if role == "label" else 0
            if role == "label" and body_started and prev is not None and prev.part == "press" and prev.role == "heading":
                prev.part, prev.role, prev.rule = "boilerplate", "teaser", "ctx-teaser"
        elif matched is not None and matched.part == "comment":
            if body_started:
                in_comments = True
                p.part, p.role, p.rule = "comment", matched.role, matched.id
            else:
                # A comment counter before the article is a link, not the comments.
                p.part, p.role, p.rule = "boilerplate", "nav", matched.id
        elif matched is not None and matched.part == "boilerplate":
            p.part, p.role, p.rule = "boilerplate", matched.role, matched.id
            if matched.role == "label":
                teaser_budget = 1 if matched.teasers == "one" else 10**6
            if matched.opens == "comments" and body_started:
                in_comments = True
            if p.glued_to_previous and prev is not None and prev.part == "press" and prev.role in ("heading", "title", "body", "lead") \
                    and headline_like(norms[-1]) and (prev.role != "title" or title_count(paras) > 1):
                # A headline with a credit glued to it is the title of a video or photo.
                prev.part, prev.role, prev.rule = "boilerplate", "caption", "ctx-media-title"
        elif in_comments:
            p.part, p.role, p.rule = "comment", "comment", "ctx-comment"
        else:
            core = nospace(norm)
            truncated = _ELLIPSIS_END.search(norm) is not None
            core_cut = nospace(_ELLIPSIS_END.sub("", norm)).rstrip(",;:") if truncated else core
            if norm in press_norms and len(norm) >= 3:
                p.part, p.role, p.rule = "duplicate", "repeat", "ctx-repeat"
            elif core_cut and ((truncated and len(core_cut) >= 20) or len(core_cut) >= 80) and core_cut in press_joined:
                p.part, p.role, p.rule = "duplicate", "repeat", "ctx-repeat-truncated" if truncated else "ctx-repeat"
            elif budget > 0 and body_started and headline_like(norm):
                # Only the line(s) a label announces: an intertitle after "Lire aussi : X" is press.
                p.part, p.role, p.rule = "boilerplate", "teaser", "ctx-teaser"
                teaser_budget = budget - 1
            elif matched is not None and matched.part == "press":
                p.part, p.role, p.rule = "press", matched.role, matched.id
            elif not body_started and headline_like(norm) and len(norm.split()) <= 2 and len(norm) <= 25:
                # One or two words before the article: a section name or menu item.
                p.part, p.role, p.rule = "boilerplate", "nav", "ctx-nav-short"
            elif headline_like(norm) and not body_started and not title_seen:
                p.role, p.rule = "title", "ctx-title"
                title_seen = True
            elif headline_like(norm) and len(norm.split()) <= 20:
                p.role, p.rule = ("heading", "ctx-heading") if body_started else ("title", "ctx-title")
            elif not body_started:
                p.role, p.rule = "lead", "ctx-lead"
                body_started = True
            else:
                p.role, p.rule = "body", "ctx-body"
            if p.part == "press":
                press_norms.add(norm)
                press_joined += core
        paras.append(p)
        norms.append(norm)
    _bylines_by_dateline(paras, norms)
    return paras


# A person's name alone on a line ("Benjamin Barthe", "Par Marie-Pierre de La Tour"): two or
# three capitalised words, particles allowed.
_PERSON_LINE = re.compile(
    r"(?:(?:Par|PAR|par)\s+)?[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)?\.?(?:\s+(?:(?:de|du|des|d['’]|van|von|le|la|ben|ibn|al-|el-)\s*)?"
    r"[A-ZÀ-Ý][\w'’-]*[a-zà-ÿ][\w'’-]*\.?){1,2}")


def _bylines_by_dateline(paras: list[Para], norms: list[str]) -> None:
    """A lone name right before or after the date line is the byline, not a menu item or a title."""
    titles = [i for i, p in enumerate(paras) if p.role == "title"]
    for i, p in enumerate(paras):
        short_nav = p.rule == "ctx-nav-short"
        later_title = p.role == "title" and titles and titles[0] != i
        if not (short_nav or later_title) or not _PERSON_LINE.fullmatch(norms[i]):
            continue
        near = [paras[j] for j in (i - 1, i + 1) if 0 <= j < len(paras)]
        if any(q.part == "press" and q.role == "dateline" for q in near):
            p.part, p.role, p.rule = "press", "byline", "ctx-byline-name"


def title_count(paras: list[Para]) -> int:
    return sum(1 for p in paras if p.role == "title")


# --------------------------------------------------------------------------------------------
# 4. Comments
# --------------------------------------------------------------------------------------------


def group_comments(text: str, paras: list[Para]) -> list[dict]:
    """Group comment paragraphs into comments; mark repeated listings.

    Roles are refined in place: 'comment' (text), 'comment-author', 'comment-date'. Sites put
    the author and time before the text or after it; the first item of each comment section says
    which. A comment listed twice (a teaser block, then the full list) keeps part 'comment' and
    gets rule 'ctx-comment-repeat'; the table has it once, with ``listed`` = 2.

    Returns:
        list of dicts: start, end, author, timestamp, text, listed (how many times the page lists
        it), also_at (the other listings' text spans, "start-end" separated by spaces).
    """
    sections: list[list[int]] = []
    current: list[int] | None = None
    for i, p in enumerate(paras):
        if p.part != "comment":
            if p.part != "boilerplate" and current is not None:
                current = None
            continue
        if p.role == "comment-header":
            current = []
            sections.append(current)
            continue
        if current is None:
            current = []
            sections.append(current)
        current.append(i)
    comments: list[dict] = []
    seen: dict[tuple, dict] = {}
    for section in sections:
        kinds = []
        for j, i in enumerate(section):
            norm = collapse(text[paras[i].start:paras[i].end])
            if len(norm) <= 60 and _TIMESTAMP.search(norm) and len(norm.split()) <= 8:
                kinds.append("date")
            else:
                kinds.append("text")
        # A short line next to a timestamp is the author, unless the timestamp line names its own.
        bare = [kinds[j] == "date" and not split_comment_header(collapse(text[paras[i].start:paras[i].end]))[0]
                for j, i in enumerate(section)]
        for j, i in enumerate(section):
            if kinds[j] != "text":
                continue
            norm = collapse(text[paras[i].start:paras[i].end])
            near = (j + 1 < len(section) and bare[j + 1]) or (j > 0 and bare[j - 1])
            if near and len(norm) <= 60 and len(norm.split()) <= 6 and norm[-1] not in ".!?…":
                kinds[j] = "author"
        meta_first = bool(kinds) and kinds[0] in ("author", "date")
        groups: list[list[int]] = []
        for j, kind in enumerate(kinds):
            if not groups:
                groups.append([j])
                continue
            last_kinds = [kinds[x] for x in groups[-1]]
            if meta_first:
                new = kind in ("author", "date") and "text" in last_kinds or (kind == "author" and "author" in last_kinds)
            else:
                new = kind == "text" and ("date" in last_kinds or "author" in last_kinds)
            if new:
                groups.append([j])
            else:
                groups[-1].append(j)
        for group in groups:
            author = timestamp = ""
            text_idx = []
            for j in group:
                i = section[j]
                p = paras[i]
                norm = collapse(text[p.start:p.end])
                if kinds[j] == "author":
                    p.role, author = "comment-author", _BULLET.sub("", norm)
                elif kinds[j] == "date":
                    who, timestamp = split_comment_header(norm)
                    p.role, author = "comment-date", author or who
                else:
                    p.role = "comment"
                    text_idx.append(i)
            if text_idx:
                s, e = paras[text_idx[0]].start, paras[text_idx[-1]].end
                m = _BULLET.match(text[s:e])
                if m and m.end() < e - s:
                    s += m.end()
            else:
                s, e = paras[section[group[0]]].start, paras[section[group[-1]]].end
            body = text[s:e]
            key = (author, timestamp, nospace(body))
            if key in seen:
                seen[key]["listed"] += 1
                seen[key]["also_at"] = f"{seen[key]['also_at']} {s}-{e}".strip()
                for j in group:
                    paras[section[j]].rule = "ctx-comment-repeat"
                continue
            row = {"start": s, "end": e, "author": author, "timestamp": timestamp, "text": body, "listed": 1,
                   "also_at": ""}
            seen[key] = row
            comments.append(row)
    return comments


# --------------------------------------------------------------------------------------------
# Facts the text states: date, agency, outlet, language
# --------------------------------------------------------------------------------------------

MONTHS = {
    "janvier": 1, "janv": 1, "jan": 1, "février": 2, "fevrier": 2, "févr": 2, "fevr": 2, "fév": 2,
    "fev": 2, "mars": 3, "mar": 3, "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7,
    "juil": 7, "août": 8, "aout": 8, "septembre": 9, "sept": 9, "sep": 9, "octobre": 10, "oct": 10,
    "novembre": 11, "nov": 11, "décembre": 12, "decembre": 12, "déc": 12, "dec": 12,
}
_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
# "24 janvier 2017", "1er mars 2016", "24 janv. 2017"
DATE_FR = re.compile(rf"\b(\d{{1,2}})(?:er)?\s+({_MONTH_ALT})\.?\s+(\d{{4}})\b", re.IGNORECASE)
# "24/01/2017", "24.01.2017", "24/01/17"
DATE_NUM = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b")
# "PARIS, 14 juillet (Reuters) -", "BEYROUTH (AFP) -", "Washington, 3 mars 2016 (AFP) -"
WIRE_DATELINE = re.compile(
    rf"^\s*(?P<place>[A-ZÀ-Ý][A-Za-zÀ-ÿ'’ .-]{{1,40}}?)(?:\s*\([^)]{{1,30}}\))?"
    rf"(?:,\s*(?P<day>\d{{1,2}})(?:er)?\s+(?P<month>{_MONTH_ALT})\.?(?:\s+(?P<year>\d{{4}}))?)?"
    rf"\s*\((?P<agency>[^()]{{2,30}})\)\s*[-–—]", re.IGNORECASE)
# "2017-04-07" (ISO, in a date line or a <time> element a scraper kept)
DATE_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?!\d)")
_SOURCE_CREDIT = re.compile(r"^\(?\s*(?:source|sources)\s*:\s*(?P<who>[^()]+?)\s*\)?$", re.IGNORECASE)


# What follows the names on a byline line: the date ("..., publié le 13/04/2017") or a button.
_BYLINE_TAIL = re.compile(r"(?:[,|–—-]\s*|\s+)(?:(?:publié|mis à jour|modifié|actualisé)\b.*|le \d.*|suivre|s['’]abonner)$",
                          re.IGNORECASE)


def byline_agency(norm: str, sources: Sources) -> str:
    """Agency named as an author in a byline: "Le Figaro avec AFP", "Par AFP", "(avec Reuters)"."""
    for m in sources.agency_alias.finditer(norm):
        before = norm[:m.start()].rstrip().lower()
        if m.start() == 0 or before.endswith(("avec", "avec l'", "avec l’", "par", "par :", "(", "/", ",", "et")):
            hit = sources.canonical.get(m.group(0).lower())
            if hit:
                return hit[0]
    return ""


def parse_french_date(s: str):
    """First full date in ``s`` ("24 janvier 2017", "24/01/2017") as (date, matched text) or None."""
    for rx, order in ((DATE_FR, "dmy_name"), (DATE_NUM, "dmy")):
        for m in rx.finditer(s):
            d, mo, y = m.group(1), m.group(2), m.group(3)
            month = MONTHS[mo.lower()] if order == "dmy_name" else int(mo)
            year = int(y) + 2000 if len(y) == 2 else int(y)  # "24/01/17": press sites are recent
            try:
                return dt.date(year, month, int(d)), m.group(0)
            except ValueError:
                continue
    for m in DATE_ISO.finditer(s):
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))), m.group(0)
        except ValueError:
            continue
    return None


def agency_name(who: str, sources: Sources) -> str:
    """Canonical agency if ``who`` is exactly an agency (or a list of agencies), else ''."""
    names = []
    for part in re.split(r"\s*(?:,|/|\bet\b|&)\s*", who.strip()):
        hit = sources.canonical.get(part.strip().lower())
        if not hit or hit[1] != "agency":
            return ""
        names.append(hit[0])
    return ", ".join(dict.fromkeys(names))


def text_facts(text: str, paras: list[Para], *, sources: Sources | None = None) -> dict:
    """What the text itself says: title, byline, outlet, agency, date, language.

    The agency of the text is taken from a wire dateline ("PARIS, 14 juillet (Reuters) -"), a
    credit that is only an agency ("(Source : AFP)") after the body has started, or a byline
    "avec AFP". A photo credit ("Photo AFP", "Source : NAME / AFP" under the title) is not.
    """
    sources = load_sources() if sources is None else sources
    facts = {"title": "", "byline": "", "outlet": "", "agency": "", "published": None,
             "published_text": "", "dateline_day_month": None, "language": ""}
    body_started = False
    for p in paras:
        norm = collapse(text[p.start:p.end])
        if p.part == "press" and p.role in ("lead", "body"):
            if not body_started and not facts["agency"]:
                m = WIRE_DATELINE.match(norm)
                if m:
                    facts["agency"] = agency_name(m.group("agency"), sources)
                    if m.group("day"):
                        day, month = int(m.group("day")), MONTHS[m.group("month").lower()]
                        if m.group("year") and facts["published"] is None:
                            found = parse_french_date(m.group(0))
                            if found:
                                facts["published"], facts["published_text"] = found
                        facts["dateline_day_month"] = (day, month, m.group(0).strip(" -–—"))
            body_started = True
        if p.part == "press" and p.role == "title" and not facts["title"]:
            facts["title"] = norm
        if p.part == "press" and p.role in ("byline", "dateline") and not facts["agency"]:
            facts["agency"] = byline_agency(norm, sources)
        if p.part == "press" and p.role == "byline" and not facts["byline"]:
            facts["byline"] = _BYLINE_TAIL.sub("", norm).strip(" ,;|–—-") or norm
            if not facts["outlet"]:
                for alias, (name, kind) in sources.canonical.items():
                    if kind == "outlet" and re.search(rf"(?<!\w){re.escape(alias)}(?!\w)", norm, re.IGNORECASE):
                        facts["outlet"] = name
                        break
        if p.part == "press" and p.role in ("dateline", "byline") and facts["published"] is None:
            found = parse_french_date(norm)
            if found:
                facts["published"], facts["published_text"] = found[0], norm
        if p.part == "boilerplate" and p.rule == "credit-source" and body_started and not facts["agency"]:
            m = _SOURCE_CREDIT.match(norm)
            if m:
                facts["agency"] = agency_name(m.group("who"), sources)
        if p.part == "boilerplate" and p.role == "outlet":
            hit = sources.canonical.get(norm.lower())
            if hit and hit[1] == "outlet" and not facts["outlet"]:
                facts["outlet"] = hit[0]
            elif hit and hit[1] == "agency" and body_started and not facts["agency"]:
                # An agency name alone on a line after the text signs the text ("AFP").
                facts["agency"] = hit[0]
    facts["language"] = guess_language(" ".join(collapse(text[p.start:p.end]) for p in paras if p.part == "press"))
    return facts


_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def guess_language(s: str) -> str:
    """ISO 639-1 code of the language with most function words in ``s`` ('' if too little text)."""
    words = [w.lower() for w in _WORD.findall(s)]
    if len(words) < 5:
        return ""
    table = load_function_words()
    counts = {lang: sum(1 for w in words if w in vocab) for lang, vocab in table.items()}
    best = max(counts, key=lambda k: (counts[k], k == "fr"))
    return best if counts[best] >= max(2, 0.05 * len(words)) else ""
