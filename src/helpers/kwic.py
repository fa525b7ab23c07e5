"""Keyword in context: a word, phrase or regex across the corpus, aligned for reading.

``search(corpus, "coordonn")`` returns one row per match with the left context, the match and the
right context, the article and its date, the match offsets in ``Article.text``, and, when the
match falls inside a reported statement, who said it (``speaker``, ``statement_start``,
``statement_end``). ``to_html(df)`` aligns the three columns the way concordancers do.

Only press text is searched by default (paragraphs with ``part == 'press'``): menus, captions of
other articles and reader comments would otherwise mix into the concordance. Articles are read one
at a time, so a corpus of tens of thousands of articles streams through.
"""
from __future__ import annotations

import html
import re
from typing import Any, Iterable, Iterator

import pandas as pd

COLUMNS = ["article", "date", "start", "end", "left", "match", "right", "part", "role",
           "speaker", "stance", "statement_start", "statement_end"]
_SPACE = re.compile(r"\s+")
# Paragraph roles of the article's running text (helpers.corpus); the context of a match may
# run from one such paragraph into the next, not into a title, byline or caption.
RUNNING_TEXT = frozenset({"lead", "body", ""})


def _compile(pattern: str | re.Pattern, *, regex: bool, ignore_case: bool) -> re.Pattern:
    if isinstance(pattern, re.Pattern):
        return pattern
    if not isinstance(pattern, str) or not pattern.strip():
        raise ValueError(f"kwic: the search pattern must be a non-empty string, not {pattern!r}")
    flags = re.IGNORECASE if ignore_case else 0
    try:
        return re.compile(pattern if regex else re.escape(pattern), flags)
    except re.error as err:
        raise ValueError(f"kwic: {pattern!r} is not a valid regular expression: {err}") from None


def _articles(corpus_or_articles: Any) -> Iterable:
    """Articles from a Corpus (``.items``), a single Article, or any iterable of Articles."""
    if hasattr(corpus_or_articles, "text") and hasattr(corpus_or_articles, "id"):
        return [corpus_or_articles]
    items = getattr(corpus_or_articles, "items", None)
    if items is not None and not callable(items):
        return items
    return corpus_or_articles


def _date(article) -> str:
    meta = getattr(article, "meta", None) or {}
    value = meta.get("published")
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    return value.isoformat() if hasattr(value, "isoformat") else str(value)[:10]


def _paragraphs(article) -> list[tuple[int, int, str, str]]:
    """(start, end, part, role) of an article's paragraphs as plain values, read once per article."""
    paras = getattr(article, "paragraphs", None)
    if paras is None or len(paras) == 0:
        return []
    return list(zip(paras["start"].tolist(), paras["end"].tolist(), paras["part"].astype(str).tolist(),
                    paras["role"].astype(str).tolist()))


def _ranges(paragraphs: list[tuple[int, int, str, str]], length: int,
            parts: Iterable[str] | None) -> list[tuple[int, int, str, str]]:
    """(start, end, part, role) runs of consecutive paragraphs of the allowed parts.

    Consecutive running-text paragraphs (roles in ``RUNNING_TEXT``) are merged so the context can
    run across a paragraph break; a title, byline, caption or comment stands alone, and the
    context never runs into a paragraph of another part (boilerplate, comments).
    """
    if not paragraphs:
        return [(0, length, "", "")]
    rows = sorted(paragraphs, key=lambda r: r[0])
    allowed = None if parts is None else set(parts)
    runs: list[list] = []
    previous_ok = False
    for start, end, part, role in rows:
        ok = allowed is None or part in allowed
        running = ok and role in RUNNING_TEXT
        if running and previous_ok and runs and runs[-1][2] == part:
            runs[-1][1] = int(end)
        elif ok:
            runs.append([int(start), int(end), str(part), str(role)])
        previous_ok = running
    return [tuple(r) for r in runs]


def _role_at(paragraphs: list[tuple[int, int, str, str]], pos: int) -> str:
    return next((role for start, end, _, role in paragraphs if start <= pos < end), "")


def _statements_by_article(statements: pd.DataFrame | None) -> dict[str, list[tuple]]:
    """article -> its statements' (start, end, speaker, stance), in offset order, once each."""
    if statements is None or len(statements) == 0:
        return {}
    missing = [c for c in ("article", "start", "end") if c not in statements.columns]
    if missing:
        raise KeyError(f"kwic: the statements table has no column(s) {missing}")
    table = statements.drop_duplicates(["article", "start", "end"]).sort_values(["article", "start", "end"])
    blank = [""] * len(table)
    speaker, stance = (table[c].fillna("").astype(str).tolist() if c in table else blank for c in ("speaker", "stance"))
    out: dict[str, list[tuple]] = {}
    for row in zip(table["article"].astype(str).tolist(), table["start"].tolist(), table["end"].tolist(), speaker, stance):
        out.setdefault(row[0], []).append((int(row[1]), int(row[2]), row[3], row[4]))
    return out


def iter_matches(
    corpus_or_articles: Any,
    pattern: str | re.Pattern,
    *,
    regex: bool = False,
    width: int = 40,
    statements: pd.DataFrame | None = None,
    parts: Iterable[str] | None = ("press",),
    ignore_case: bool = True,
) -> Iterator[dict]:
    """Yield one dict per match (the columns of ``search``), one article at a time."""
    compiled = _compile(pattern, regex=regex, ignore_case=ignore_case)
    if width < 0:
        raise ValueError(f"kwic: width must be >= 0, not {width}")
    by_article = _statements_by_article(statements)
    parts = None if parts is None else tuple([parts] if isinstance(parts, str) else parts)
    for article in _articles(corpus_or_articles):
        text, aid = article.text, str(article.id)
        date = _date(article)
        paragraphs = _paragraphs(article)
        spoken = by_article.get(aid, ())
        for lo, hi, part, _ in _ranges(paragraphs, len(text), parts):
            for m in compiled.finditer(text, lo, hi):
                if m.end() == m.start():
                    continue  # an empty match (e.g. r"\b") has nothing to show
                row = {
                    "article": aid,
                    "date": date,
                    "start": m.start(),
                    "end": m.end(),
                    # Whitespace runs (line breaks of the scrape) shown as one space; offsets
                    # still index the untouched text.
                    "left": _SPACE.sub(" ", text[max(lo, m.start() - width) : m.start()]),
                    "match": _SPACE.sub(" ", m.group(0)),
                    "right": _SPACE.sub(" ", text[m.end() : min(hi, m.end() + width)]),
                    "part": part,
                    "role": _role_at(paragraphs, m.start()),
                    "speaker": "",
                    "stance": "",
                    "statement_start": pd.NA,
                    "statement_end": pd.NA,
                }
                inside = [x for x in spoken if x[0] <= m.start() and x[1] >= m.end()]
                if inside:
                    # The innermost statement (shortest) when statements nest.
                    start, end, speaker, stance = min(inside, key=lambda x: x[1] - x[0])
                    row.update(speaker=speaker, stance=stance, statement_start=start, statement_end=end)
                yield row


def search(
    corpus_or_articles: Any,
    pattern: str | re.Pattern,
    *,
    regex: bool = False,
    width: int = 40,
    statements: pd.DataFrame | None = None,
    parts: Iterable[str] | None = ("press",),
    ignore_case: bool = True,
) -> pd.DataFrame:
    """Every match of ``pattern`` in the corpus, with its left and right context.

    Args:
        corpus_or_articles: a Corpus (``.items``), an Article, or an iterable of Articles (objects
            with ``id``, ``text``, ``meta`` and ``paragraphs``); consumed one article at a time.
        pattern: a word or phrase (matched literally), or a regex with ``regex=True``.
        regex: read ``pattern`` as a regular expression.
        width: characters of context on each side (cut at the edge of the searched text).
        statements: the statements table (``article, start, end, speaker, stance``); a match
            inside a statement gets its speaker and offsets.
        parts: paragraph parts searched (default press text only; None searches everything,
            e.g. ``("press", "comment")`` adds reader comments).
        ignore_case: match regardless of case (default True).

    Returns:
        DataFrame with columns ``article, date, start, end, left, match, right, part, role,
        speaker, stance, statement_start, statement_end``, where
        ``Article.text[start:end]`` is the match; ``speaker`` is '' outside statements.
    """
    rows = list(iter_matches(corpus_or_articles, pattern, regex=regex, width=width, statements=statements,
                             parts=parts, ignore_case=ignore_case))
    df = pd.DataFrame(rows, columns=COLUMNS)
    return df.astype({"start": "int64", "end": "int64", "statement_start": "Int64", "statement_end": "Int64"})


def to_html(df: pd.DataFrame, *, max_rows: int | None = None) -> str:
    """The concordance as an aligned HTML table: left context right-aligned, match bold, right context.

    Args:
        df: the output of ``search`` (``article, date, left, match, right, speaker``).
        max_rows: show at most this many rows (default all).

    Returns:
        An HTML string (a ``<table class="pp-kwic">``).
    """
    shown = df if max_rows is None else df.head(max_rows)
    cell = "padding:1px 6px;white-space:nowrap;font-family:monospace"
    rows = []
    for _, r in shown.iterrows():
        speaker = r.get("speaker", "") or ""
        rows.append(
            "<tr>"
            f'<td style="{cell};color:#666">{html.escape(str(r["article"]))}</td>'
            f'<td style="{cell};color:#666">{html.escape(str(r.get("date", "") or ""))}</td>'
            f'<td style="{cell};text-align:right">{html.escape(str(r["left"]))}</td>'
            f'<td style="{cell};text-align:center;font-weight:bold;background:#f5c26b">{html.escape(str(r["match"]))}</td>'
            f'<td style="{cell};text-align:left">{html.escape(str(r["right"]))}</td>'
            f'<td style="{cell}">{html.escape(str(speaker))}</td>'
            "</tr>"
        )
    head = "".join(f"<th>{h}</th>" for h in ("article", "date", "left", "match", "right", "speaker"))
    more = "" if max_rows is None or len(df) <= max_rows else f"<caption>first {max_rows} of {len(df)} matches</caption>"
    return f'<table class="pp-kwic" style="border-collapse:collapse">{more}<thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'
