"""Interactive exploration of a coded statements table in JupyterLab.

The pure functions here (no widgets) do the work and are what the tests call:

- ``filter_statements(statements, *, level, actors, countries, stances, target, date_from, date_to)``
  -> the matching rows;
- ``statement_html(row, *, corpus)`` -> the statement shown in its article paragraph, with the
  speaker, the speech cue and the stance evidence highlighted;
- ``other_reports(statements, row)`` -> the other articles reporting the same utterance;
- ``review(row, *, stance, speaker, note, annotator, path)`` -> appends one analyst review to the
  annotations CSV (``data/annotations/reviews.csv`` by default), never rewriting what is there.

``Explorer`` wires them to ipywidgets: filters, a timeline that redraws, a table of matching
statements, the selected statement in context, and a review form.

The statements table is the coded one of ``helpers.pipeline.run()`` (columns of
``speech.statements`` plus ``target, stance, evidence, stance_source``); any table with at least
``article, start, end, speaker, organization, country, text, date, stance`` works.
"""
from __future__ import annotations

import datetime as dt
import html
import io
import json
import re
from pathlib import Path
from typing import Any, Iterable, Mapping

import numpy as np
import pandas as pd

from . import paths

# The explorer's three levels and the column that names the actor at each.
LEVELS = {"person": "speaker", "institution": "organization", "country": "country"}
# Used when no codebook can be read; the target files (data/targets/) are the authority.
DEFAULT_STANCES = ("favor", "against", "neutral", "none")
# The stance helper owns the annotations format; this is its documented column list, used only
# if helpers.stance cannot be imported (e.g. while it is being written).
DEFAULT_REVIEW_COLUMNS = ["article", "start", "end", "target", "stance", "speaker", "note", "annotator", "recorded"]
DEFAULT_ANNOTATIONS = paths.ANNOTATIONS / "reviews.csv"

# Highlight classes, in priority order when two overlap (evidence inside a cue is shown as
# evidence), with the colours of the legend (colour-blind safe: Okabe-Ito light tints).
MARKS = {
    "evidence": ("stance evidence", "#f5c26b"),
    "target": ("target words", "#dcd0f0"),
    "cue": ("speech cue", "#9ecae1"),
    "speaker": ("speaker", "#c2e5b5"),
}
STATEMENT_STYLE = "border-bottom: 2px solid #555; background: #f3f3f3"
# Evidence items as the stance helper writes them: "word@start-end(kind)" separated by ";"
# ("word [start:end]" also reads; the kind is optional).
_WORD_AT = re.compile(
    r"(?:^|;)\s*(?P<word>[^;@\[]*?)\s*[@\[]\s*(?P<start>\d+)\s*[-:–,]\s*(?P<end>\d+)\s*\]?"
    r"\s*(?:\((?P<kind>[^()]*)\))?")
# Evidence kinds that name the proposition (what the statement is about) rather than the stance
# taken toward it; shown in their own colour.
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
TARGET_KINDS = re.compile(r"^(topic|party)\b")
# Every character str.splitlines() breaks on: a review must stay one line for any reader.
_NEWLINES = re.compile(r"[\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029]+")


# ---------------------------------------------------------------------------------------------
# Filtering


def _as_date(value: Any) -> dt.date | None:
    """A date bound from a widget, a string or a timestamp; None or '' means no bound."""
    if value is None or value == "" or (isinstance(value, float) and pd.isna(value)):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, pd.Timestamp):
        return value.date()
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise ValueError(f"date bound {value!r} is not an ISO date (YYYY-MM-DD)") from None


def _require(statements: pd.DataFrame, columns: Iterable[str], what: str) -> None:
    missing = [c for c in columns if c not in statements.columns]
    if missing:
        raise KeyError(f"{what}: the statements table has no column(s) {missing}; it has {list(statements.columns)}")


def _selection(values: Any) -> list | None:
    """None, '' and an empty selection all mean 'no filter'; a single string is one value."""
    if values is None:
        return None
    if isinstance(values, str):
        return [values]
    values = list(values)
    return values or None


def level_column(level: str) -> str:
    """The column naming the actor at ``level`` ('person', 'institution' or 'country')."""
    try:
        return LEVELS[level]
    except KeyError:
        raise ValueError(f"level must be one of {list(LEVELS)}, not {level!r}") from None


def actor_options(statements: pd.DataFrame, *, level: str = "person") -> list[str]:
    """The distinct non-empty actor names at ``level``, sorted."""
    col = level_column(level)
    _require(statements, [col], "actor_options")
    names = statements[col].fillna("").astype(str)
    return sorted(n for n in names.unique() if n.strip())


def filter_statements(
    statements: pd.DataFrame,
    *,
    level: str = "person",
    actors: Iterable[str] | str | None = None,
    countries: Iterable[str] | str | None = None,
    stances: Iterable[str] | str | None = None,
    target: str | None = None,
    date_from: Any = None,
    date_to: Any = None,
) -> pd.DataFrame:
    """The statements matching every given filter (None or empty = no filter on that field).

    Args:
        statements: the coded statements (``speaker, organization, country, stance, target, date``).
        level: which column ``actors`` names: 'person' (``speaker``), 'institution'
            (``organization``) or 'country' (``country``).
        actors: actor names at that level.
        countries: ISO alpha-2 codes of the ``country`` column ('' selects non-state actors).
        stances: stances to keep (``favor``, ``against``, ``neutral``, ``none``).
        target: the codebook target to keep (``target`` column).
        date_from, date_to: inclusive bounds on the statement ``date`` (ISO string or date);
            with a bound set, undated statements are left out since they cannot be placed.

    Returns:
        The matching rows, same columns and index labels as ``statements`` (so a row can be found
        back in the full table), ordered by date, article and offset.
    """
    return statements.loc[_matching(statements, level=level, actors=actors, countries=countries, stances=stances,
                                    target=target, date_from=date_from, date_to=date_to)]


def _matching(statements: pd.DataFrame, *, level, actors, countries, stances, target, date_from, date_to) -> pd.Index:
    """The labels of the rows ``filter_statements`` returns, in its order (no row copied)."""
    col = level_column(level)
    mask = pd.Series(True, index=statements.index)
    for column, values in ((col, _selection(actors)), ("country", _selection(countries)), ("stance", _selection(stances))):
        if values is not None:
            _require(statements, [column], "filter_statements")
            mask &= statements[column].fillna("").astype(str).isin([str(v) for v in values])
    if target is not None and target != "":
        _require(statements, ["target"], "filter_statements")
        mask &= statements["target"].fillna("").astype(str) == str(target)
    lo, hi = _as_date(date_from), _as_date(date_to)
    if lo is not None or hi is not None:
        _require(statements, ["date"], "filter_statements")
        # ISO strings compare like dates; '' (undated) fails both bounds.
        dates = statements["date"].fillna("").astype(str).str.slice(0, 10)
        dated = dates.str.fullmatch(_ISO_DATE)
        mask &= dated
        if lo is not None:
            mask &= dates >= lo.isoformat()
        if hi is not None:
            mask &= dates <= hi.isoformat()
    # Only the sort keys of the matching rows are taken: no copy of a table of 10^5 statements.
    keys = [c for c in ("date", "article", "start") if c in statements.columns]
    return _chronological_order(statements.loc[mask, keys])


def _chronological(table: pd.DataFrame) -> pd.DataFrame:
    """Rows by date (undated last), article and offset; index labels kept."""
    return table.loc[_chronological_order(table)]


def _chronological_order(table: pd.DataFrame) -> pd.Index:
    """The labels of ``table`` in ``_chronological`` order."""
    if table.empty or "date" not in table.columns:
        order = [c for c in ("article", "start") if c in table.columns]
        return table.sort_values(order, kind="stable").index if order else table.index
    dates = table["date"].fillna("").astype(str)
    keys = pd.DataFrame({"undated": dates == "", "date": dates}, index=table.index)
    for c in ("article", "start"):
        if c in table.columns:
            keys[c] = table[c]
    return keys.sort_values(list(keys.columns), kind="stable").index


# ---------------------------------------------------------------------------------------------
# Other reports of the same utterance


def _key(row: Mapping | pd.Series) -> tuple:
    return (str(row["article"]), int(row["start"]), int(row["end"]))


def other_reports(statements: pd.DataFrame, row: Mapping | pd.Series, *, same_article: bool = False) -> pd.DataFrame:
    """The other reports of ``row``'s utterance: rows sharing its ``utterance`` id.

    Args:
        statements: the statements table (``article, start, end, utterance``; ``target`` if coded
            for several targets, then only rows of the same target are kept).
        row: one statement (a row of ``statements`` or a dict with the same keys).
        same_article: also list repeats inside the row's own article (default: other articles only).

    Returns:
        The matching rows (one per article and offsets), ordered by date and article; empty when
        the row has no utterance id.
    """
    _require(statements, ["article", "start", "end", "utterance"], "other_reports")
    utterance = row.get("utterance", "") if hasattr(row, "get") else ""
    if utterance is None or (isinstance(utterance, float) and pd.isna(utterance)) or str(utterance) == "":
        return statements.iloc[0:0].copy()
    same = statements["utterance"].fillna("").astype(str) == str(utterance)
    if "target" in statements.columns and str(row.get("target", "") or ""):
        same &= statements["target"].fillna("").astype(str) == str(row.get("target"))
    out = statements.loc[same]
    article, start, end = _key(row)
    if same_article:
        keep = ~((out["article"].astype(str) == article) & (out["start"] == start) & (out["end"] == end))
    else:
        keep = out["article"].astype(str) != article
    return _chronological(out.loc[keep].drop_duplicates(["article", "start", "end"]))


# ---------------------------------------------------------------------------------------------
# A statement in its paragraph


def _articles_by_id(corpus: Any) -> Mapping[str, Any]:
    """id -> Article from a Corpus (``.items``), a list of Articles or a mapping."""
    if corpus is None:
        return {}
    if isinstance(corpus, Mapping):
        return corpus
    if hasattr(corpus, "by_id"):  # a Corpus, or one kept on disk (each article read when it is shown)
        return corpus.by_id()
    items = getattr(corpus, "items", corpus)
    if callable(items):  # a mapping-like object whose .items is a method
        items = [v for _, v in items()]
    return {str(a.id): a for a in items}


def find_article(corpus: Any, article_id: str):
    """The Article ``article_id`` of ``corpus`` (Corpus, list of Articles or mapping id -> Article)."""
    articles = _articles_by_id(corpus)
    try:
        return articles[str(article_id)]
    except KeyError:
        raise KeyError(f"article {article_id!r} is not in the corpus ({len(articles)} articles)") from None


def _int_or_none(value: Any) -> int | None:
    if value is None or value == "":
        return None
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def evidence_items(row: Mapping | pd.Series, *, text: str | None = None) -> list[tuple[int, int, str]]:
    """Absolute (start, end, kind) of each stance evidence item of a statement.

    ``evidence`` may be a string such as ``"ne coordonne pas@2172-2188(negation); Russie@761-767(party:RU)"``
    (the stance helper's format; ``word [start:end]`` also reads), a list of dicts (``start``,
    ``end``, ``word``/``text``/``cue``, ``kind``/``type``), of tuples ``(word, start, end[, kind])`` or
    ``(start, end)``, or a JSON string of those. Offsets are absolute in the article text; when
    they do not slice the article to the evidence word but do slice the statement to it, they are
    read as relative to the statement's ``start``. ``kind`` is '' when not given.
    """
    raw = row.get("evidence", None) if hasattr(row, "get") else None
    if raw is None or (isinstance(raw, float) and pd.isna(raw)) or (isinstance(raw, str) and not raw.strip()):
        return []
    items: list[tuple[str | None, int, int, str]] = []
    if isinstance(raw, str):
        try:
            raw = json.loads(raw)
        except ValueError:
            items = [((m["word"] or "").strip() or None, int(m["start"]), int(m["end"]), (m["kind"] or "").strip())
                     for m in _WORD_AT.finditer(raw)]
            raw = None
    if isinstance(raw, Mapping):
        raw = [raw]
    for item in raw or []:
        if isinstance(item, Mapping):
            s, e = _int_or_none(item.get("start")), _int_or_none(item.get("end"))
            word = item.get("word") or item.get("text") or item.get("cue")
            kind = item.get("kind") or item.get("type") or item.get("role") or ""
            if s is not None and e is not None:
                items.append((word, s, e, str(kind)))
        elif isinstance(item, (list, tuple)):
            nums = [n for n in (_int_or_none(x) for x in item if not isinstance(x, str)) if n is not None]
            words = [x for x in item if isinstance(x, str)]
            if len(nums) >= 2:
                items.append((words[0] if words else None, nums[0], nums[1], words[1] if len(words) > 1 else ""))
    base = _int_or_none(row.get("start")) or 0
    spans = []
    for word, s, e, kind in items:
        if text is not None and word:
            if text[s:e] != word and text[base + s : base + e] == word:
                s, e = base + s, base + e
        if e > s:
            spans.append((s, e, kind))
    return spans


def evidence_spans(row: Mapping | pd.Series, *, text: str | None = None) -> list[tuple[int, int]]:
    """Absolute (start, end) offsets of the stance evidence of a statement (see ``evidence_items``)."""
    return [(s, e) for s, e, _ in evidence_items(row, text=text)]


def _paragraph_bounds(article, lo: int, hi: int, *, pad: int = 200) -> tuple[int, int]:
    """The article paragraphs that [lo, hi) touches, as one (start, end) range."""
    paras = getattr(article, "paragraphs", None)
    if paras is not None and len(paras):
        touch = paras[(paras["start"] < max(hi, lo + 1)) & (paras["end"] > lo)]
        if len(touch):
            return int(touch["start"].min()), int(touch["end"].max())
    # No paragraph table: a window of text around the statement, cut at blank lines.
    text = article.text
    start = text.rfind("\n\n", 0, max(lo - pad, 0) + pad)
    start = max(lo - pad, 0) if start < 0 else start + 2
    end = text.find("\n\n", hi)
    end = min(hi + pad, len(text)) if end < 0 else end
    return min(start, lo), max(end, hi)


def highlight(text: str, lo: int, hi: int, spans: Mapping[str, list[tuple[int, int]]], statement: tuple[int, int] | None) -> str:
    """HTML of ``text[lo:hi]`` with each span wrapped in ``<mark class="pp-KIND">``.

    Args:
        text: the article text (offsets index it).
        lo, hi: the range to show.
        spans: mark kind ('evidence', 'cue', 'speaker') -> list of absolute (start, end).
        statement: the statement's (start, end), underlined.

    Returns:
        HTML; each mark carries ``data-start``/``data-end`` with its absolute offsets.
    """
    cuts = {lo, hi}
    clipped: dict[str, list[tuple[int, int]]] = {}
    for kind, pairs in spans.items():
        for s, e in pairs:
            s, e = max(s, lo), min(e, hi)
            if e > s:
                clipped.setdefault(kind, []).append((s, e))
                cuts.update((s, e))
    if statement is not None:
        s, e = max(statement[0], lo), min(statement[1], hi)
        if e > s:
            cuts.update((s, e))
        statement = (s, e)
    cuts = sorted(cuts)
    pieces: list[tuple[int, int, str | None, bool]] = []
    for a, b in zip(cuts, cuts[1:]):
        kind = next((k for k in MARKS if any(s <= a and b <= e for s, e in clipped.get(k, []))), None)
        inside = statement is not None and statement[0] <= a and b <= statement[1]
        if pieces and pieces[-1][2] == kind and pieces[-1][3] == inside and pieces[-1][1] == a:
            pieces[-1] = (pieces[-1][0], b, kind, inside)
        else:
            pieces.append((a, b, kind, inside))
    out = []
    for a, b, kind, inside in pieces:
        chunk = html.escape(text[a:b]).replace("\n", "<br>")
        if kind is not None:
            chunk = (
                f'<mark class="pp-{kind}" data-start="{a}" data-end="{b}" '
                f'style="background:{MARKS[kind][1]}" title="{MARKS[kind][0]}">{chunk}</mark>'
            )
        if inside:
            chunk = f'<span class="pp-statement" style="{STATEMENT_STYLE}">{chunk}</span>'
        out.append(chunk)
    return "".join(out)


def legend_html() -> str:
    """The colour legend of the highlights."""
    items = [f'<span style="{STATEMENT_STYLE}">statement</span>']
    items += [f'<mark class="pp-{k}" style="background:{c}">{label}</mark>' for k, (label, c) in MARKS.items()]
    return '<div class="pp-legend" style="font-size:90%">Legend: ' + " ".join(items) + "</div>"


def _field(row: Mapping | pd.Series, name: str) -> str:
    value = row.get(name, "") if hasattr(row, "get") else ""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    return str(value)


def date_basis_text(row: Mapping | pd.Series) -> str:
    """One line saying where the statement's date comes from (``date, date_basis, date_text, date_anchor``)."""
    date = _field(row, "date") or "undated"
    basis = _field(row, "date_basis") or "unknown"
    extra = []
    if _field(row, "date_text"):
        extra.append(f"from “{_field(row, 'date_text')}”")
    if _field(row, "date_anchor"):
        extra.append(f"anchored on {_field(row, 'date_anchor')}")
    return f"{date} (basis: {basis}{'; ' + ', '.join(extra) if extra else ''})"


def view_range(row: Mapping | pd.Series, article) -> tuple[int, int, dict[str, list[tuple[int, int]]]]:
    """The article range ``statement_html`` shows for ``row`` (its paragraphs, with the speaker,
    cue and evidence), and the highlighted spans by kind. The explorer turns a text selection in
    that view back into article offsets with it (``lo`` + characters before the selection)."""
    text = article.text
    start, end = int(row["start"]), int(row["end"])
    items = evidence_items(row, text=text)
    spans: dict[str, list[tuple[int, int]]] = {
        "evidence": [(s, e) for s, e, k in items if not TARGET_KINDS.match(k)],
        "target": [(s, e) for s, e, k in items if TARGET_KINDS.match(k)],
    }
    for kind in ("cue", "speaker"):
        s, e = _int_or_none(row.get(f"{kind}_start")), _int_or_none(row.get(f"{kind}_end"))
        spans[kind] = [(s, e)] if s is not None and e is not None and e > s else []
    points = [start, end] + [x for pairs in spans.values() for pair in pairs for x in pair]
    lo, hi = _paragraph_bounds(article, min(points), max(points))
    return lo, hi, spans


def statement_html(
    statement_row: Mapping | pd.Series,
    *,
    corpus: Any,
    others: pd.DataFrame | None = None,
) -> str:
    """The statement in its article paragraph(s), with speaker, cue and evidence highlighted.

    Args:
        statement_row: one coded statement (``article, start, end, speaker, organization, country,
            kind, cue_start, cue_end, speaker_start, speaker_end, stance, target, evidence, date,
            date_basis``; the offset columns index ``Article.text``).
        corpus: a Corpus (``.items``), a list of Articles or a mapping id -> Article.
        others: other reports of the same utterance (``other_reports``), listed under it.

    Returns:
        An HTML string: a header (speaker, organisation, country, kind, stance, date and its basis),
        the legend and the paragraph with ``<mark class="pp-speaker|pp-cue|pp-evidence|pp-target">``
        (``pp-target`` for evidence items of kind ``topic``/``party``: the words naming the
        proposition, not the stance).
    """
    row = statement_row
    article = find_article(corpus, _field(row, "article"))
    text = article.text
    start, end = int(row["start"]), int(row["end"])
    lo, hi, spans = view_range(row, article)
    who = _field(row, "speaker") or "(unknown speaker)"
    org, country = _field(row, "organization"), _field(row, "country")
    org_bit = f" — {html.escape(org)}" if org and org != who else ""
    country_bit = f" [{html.escape(country)}]" if country else ""
    stance = _field(row, "stance") or "none"
    target = _field(row, "target")
    source = _field(row, "stance_source")
    meta = getattr(article, "meta", {}) or {}
    title = meta.get("title") or ""
    head = [
        f'<div class="pp-statement-view" data-article="{html.escape(str(article.id))}" data-start="{start}" '
        f'data-end="{end}" style="line-height:1.45">',
        f"<b>{html.escape(who)}</b>{org_bit}{country_bit}"
        f" · {html.escape(_field(row, 'kind') or 'statement')}"
        f" · stance <b>{html.escape(stance)}</b>"
        + (f" toward <i>{html.escape(target)}</i>" if target else "")
        + (f" ({html.escape(source)})" if source else ""),
        f"<br>Article <code>{html.escape(str(article.id))}</code>"
        + (f" — {html.escape(str(title))}" if title else "")
        + f"<br>Date: {html.escape(date_basis_text(row))}",
        legend_html(),
        f'<blockquote class="pp-paragraph" style="margin:0.4em 0;padding:0.3em 0.6em;border-left:3px solid #999">'
        f"{highlight(text, lo, hi, spans, (start, end))}</blockquote>",
    ]
    if others is not None:
        if len(others):
            lines = "".join(
                f"<li><code>{html.escape(_field(o, 'article'))}</code> {html.escape(_field(o, 'date') or 'undated')}: "
                f"{html.escape(_shorten(_field(o, 'text'), 120))}</li>"
                for _, o in others.iterrows()
            )
            head.append(f'<div class="pp-others">Also reported in {len(others)} other article(s):<ul>{lines}</ul></div>')
        else:
            head.append('<div class="pp-others">No other report of this utterance.</div>')
    head.append("</div>")
    return "\n".join(head)


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


# ---------------------------------------------------------------------------------------------
# Reviews


def review_columns() -> list[str]:
    """The annotations CSV columns (``helpers.stance.REVIEW_COLUMNS`` when available)."""
    try:
        from . import stance

        cols = getattr(stance, "REVIEW_COLUMNS", None)
    except Exception:  # the stance module may be mid-edit; its documented columns still hold
        cols = None
    return list(cols) if cols else list(DEFAULT_REVIEW_COLUMNS)


def _codebook_part(codebook: Any, name: str) -> list[str] | None:
    part = getattr(codebook, name, None)
    if part is None and isinstance(codebook, Mapping):
        part = codebook.get(name)
    if part is None:
        return None
    if isinstance(part, Mapping):
        return [str(k) for k in part]
    names = []
    for item in part:
        if isinstance(item, Mapping):
            item = item.get("id") or item.get("name") or item.get("stance") or item.get("target")
        elif not isinstance(item, str):
            item = getattr(item, "id", None) or getattr(item, "name", None)
        if item:
            names.append(str(item))
    return names


def _load_codebook(codebook: Any) -> Any:
    if codebook is not None:
        return codebook
    try:
        from . import stance

        return stance.load_codebook(paths.CODEBOOK)
    except Exception:  # no codebook yet: fall back to the contract's stances
        return None


def codebook_stances(codebook: Any = None) -> list[str]:
    """The stances of the codebook (``favor, against, neutral, none`` if it cannot be read)."""
    names = _codebook_part(_load_codebook(codebook), "stances") if codebook is not False else None
    return names or list(DEFAULT_STANCES)


def codebook_targets(codebook: Any = None) -> list[str]:
    """The targets of the codebook ([] if it cannot be read)."""
    names = _codebook_part(_load_codebook(codebook), "targets") if codebook is not False else None
    return names or []


def review(
    row: Mapping | pd.Series,
    *,
    stance: str | None = None,
    speaker: str | None = None,
    target: str | None = None,
    note: str = "",
    annotator: str = "",
    path: Path | str = DEFAULT_ANNOTATIONS,
    today: dt.date | str | None = None,
    codebook: Any = None,
    corpus: Any = paths.SEEDS,
) -> dict:
    """Append one analyst review of a statement to the annotations CSV, and return it.

    A review confirms or corrects the statement's stance and/or speaker. The file is only ever
    appended to: existing lines are never rewritten (the header is written when the file is new or
    empty), and each review is written as one line in a single write, so a crash cannot leave half
    a row. ``stance.apply_reviews`` reads the file on the next run; for a given
    ``article, start, end, target`` the last row wins.

    Args:
        row: the statement (``article, start, end``, and ``stance, target, speaker``).
        stance: the analyst's stance; None confirms the row's current stance. Must be one of the
            codebook's stances.
        speaker: the corrected speaker; None leaves the speaker as tagged ('' in the file).
        target: the target the stance is toward; default the row's, or the codebook's only target
            when the row has none.
        note: free text (line breaks are turned into spaces and surrounding spaces removed: one
            review, one line).
        annotator: who reviewed.
        path: the annotations CSV (default ``data/annotations/reviews.csv``).
        today: the ``recorded`` date (default: today's date).
        codebook: the codebook (default: ``stance.load_codebook()``), for valid stances and targets.
        corpus: the articles the offsets index (Corpus, Articles, mapping, or a folder of ``.txt``;
            default the seeds): the article must be one of them and the offsets inside its text.
            None skips that check.

    Returns:
        The appended row as a dict keyed by the annotations columns.

    Raises:
        ValueError: unknown stance, target or article, missing, negative or inverted offsets, or
            a file whose header differs; nothing is written.
    """
    from . import reviews

    for key in ("article", "start", "end"):
        if _field(row, key) == "":
            raise ValueError(f"review: the statement has no {key!r}; cannot key the review")
    try:
        article, start, end = _key(row)
    except (TypeError, ValueError):
        raise ValueError(f"review: offsets {_field(row, 'start')!r}, {_field(row, 'end')!r} are not integers") from None
    # A review the ledger could not read back is refused here, before anything is written.
    found = reviews.problems({"action": "confirm", "article": article, "start": str(start), "end": str(end),
                              "coder": "-"}, texts=reviews.article_texts(corpus))
    if found:
        raise ValueError(f"review of {article}[{start}:{end}] refused: " + "; ".join(found))
    book = _load_codebook(codebook)
    stances = codebook_stances(book if book is not None else False)
    chosen = _field(row, "stance") if stance is None else str(stance).strip()
    if chosen not in stances:
        raise ValueError(f"review: stance {chosen!r} is not one of the codebook's stances {stances}")
    targets = codebook_targets(book if book is not None else False)
    chosen_target = (_field(row, "target") if target is None else str(target)).strip()
    if not chosen_target and chosen != "none" and len(targets) == 1:
        chosen_target = targets[0]
    if not chosen_target and chosen != "none":
        raise ValueError(f"review: stance {chosen!r} needs a target; pass target= (codebook targets: {targets})")
    if chosen_target and targets and chosen_target not in targets:
        raise ValueError(f"review: target {chosen_target!r} is not in the codebook {targets}")
    if today is None:
        today = dt.date.today()
    recorded = today.isoformat() if isinstance(today, dt.date) else str(today)
    values = {
        "article": article,
        "start": start,
        "end": end,
        "target": chosen_target,
        "stance": chosen,
        "speaker": "" if speaker is None else _NEWLINES.sub(" ", str(speaker)).strip(),
        "note": _NEWLINES.sub(" ", str(note)).strip(),
        "annotator": _NEWLINES.sub(" ", str(annotator)).strip(),
        "recorded": recorded,
    }
    columns = review_columns()
    record = {c: values.get(c, "") for c in columns}
    reviews.append_rows(path, columns, [record])
    return record


# ---------------------------------------------------------------------------------------------
# The timeline, drawn by helpers.charts


def draw_timeline(statements: pd.DataFrame, *, level: str, target: str | None = None,
                  actors: list[str] | None = None, ax=None):
    """Draw the stance timeline of ``statements`` (``charts.stance_timeline``); returns the figure.

    The one place the explorer calls the charts helper, so the explorer never draws a chart of
    its own when the workbook has one. With ``ax=None`` the chart sizes its figure to its lanes.
    """
    try:
        from . import charts
    except ImportError:
        charts = None
    if charts is not None and hasattr(charts, "stance_timeline"):
        return charts.stance_timeline(statements, level=level, target=target or None, actors=actors or None, ax=ax)
    return _placeholder_timeline(statements, level=level, ax=ax)


def _placeholder_timeline(statements: pd.DataFrame, *, level: str, ax=None):
    """Minimal stand-in while helpers.charts is missing: one dot per dated statement."""
    from matplotlib.figure import Figure

    if ax is None:
        ax = Figure(figsize=(9.0, 4.0)).add_subplot(1, 1, 1)
    col = level_column(level)
    dated = statements[statements["date"].fillna("").astype(str).str.fullmatch(_ISO_DATE)]
    if dated.empty:
        ax.text(0.5, 0.5, "no dated statement", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return ax.figure
    lanes = {name: i for i, name in enumerate(sorted(dated[col].fillna("").astype(str).unique()))}
    colours = {"favor": "#0072B2", "against": "#D55E00", "neutral": "#999999", "none": "#dddddd"}
    for stance, group in dated.groupby("stance", sort=True):
        ax.scatter(pd.to_datetime(group["date"]), group[col].fillna("").astype(str).map(lanes),
                   label=stance, color=colours.get(stance, "#000000"), s=40)
    ax.set_yticks(list(lanes.values()), list(lanes))
    ax.legend(title="stance", fontsize="small")
    return ax.figure


def timeline_png(statements: pd.DataFrame, *, level: str, target: str | None = None, actors: list[str] | None = None,
                 dpi: int = 80) -> bytes:
    """The timeline of ``statements`` as PNG bytes (what the explorer's image widget shows)."""
    import matplotlib
    import matplotlib.pyplot as plt
    from matplotlib.figure import Figure

    from . import figures

    figures.setup()
    if len(statements):
        fig = draw_timeline(statements, level=level, target=target, actors=actors)
    else:
        fig = Figure(figsize=(9.0, 1.5))
        ax = fig.add_subplot(1, 1, 1)
        ax.text(0.5, 0.5, "no statement matches the filters", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
    buf = io.BytesIO()
    try:
        with matplotlib.rc_context({"svg.hashsalt": figures.HASHSALT}):
            fig.savefig(buf, format="png", dpi=dpi, bbox_inches="tight", metadata={"Software": None})
    finally:
        # The chart may have made a pyplot figure: close it so the notebook does not show it again.
        plt.close(fig)
    return buf.getvalue()


# ---------------------------------------------------------------------------------------------
# The widget

# Widget HTML inherits the widgets' 28 px line height; text blocks read better at normal spacing.
BLOCK_STYLE = "line-height:1.35;font-size:12.5px"
TABLE_CSS = (".pp-statements{border-collapse:collapse}"
             ".pp-statements th,.pp-statements td{padding:2px 6px;vertical-align:top;text-align:left !important}"
             ".pp-statements tbody tr:nth-child(odd){background:#f5f5f5}"
             ".pp-statements thead th{border-bottom:1px solid #999}")
TABLE_COLUMNS = ["date", "speaker", "organization", "country", "kind", "target", "stance", "stance_source", "article", "text"]


def statements_table_html(statements: pd.DataFrame, *, max_rows: int = 200, width: int = 90) -> str:
    """The matching statements as an HTML table (the explorer's table), at most ``max_rows`` rows."""
    cols = [c for c in TABLE_COLUMNS if c in statements.columns]
    if "target" in cols and statements["target"].fillna("").astype(str).nunique() <= 1:
        cols.remove("target")  # one target (or none): the column would repeat the filter
    shown = statements[cols].head(max_rows).copy()
    if "text" in shown:
        shown["text"] = shown["text"].fillna("").astype(str).map(lambda t: _shorten(t, width))
    more = len(statements) - len(shown)
    caption = f"{len(statements)} matching statement(s)" + (f", first {len(shown)} shown" if more > 0 else "")
    table = shown.to_html(index=True, escape=True, na_rep="", classes="pp-statements", border=0)
    return (f"<style>{TABLE_CSS}</style>"
            f'<div class="pp-table-wrap" style="{BLOCK_STYLE};max-height:24em;overflow:auto">'
            f'<p class="pp-caption" style="margin:0.2em 0">{caption}</p>{table}</div>')


_EXPLORERS = 0  # explorers made in this kernel, for their model ids

#: One key per review command (the explorer's keyboard, and ``Explorer.press`` in code).
KEYS = {
    "j": "next", "ArrowDown": "next", "k": "previous", "ArrowUp": "previous",
    "f": "favor", "a": "against", "n": "neutral", "x": "none",
    "c": "confirm", "Enter": "confirm", "d": "delete", "u": "undo",
    "s": "add", "e": "span",
}
KEYS_HELP = ("keys: j/k next/previous · f favor · a against · n neutral · x none · c confirm · "
             "d false statement · u undo · select words in the article, then s add a missed statement "
             "or e adjust the span")

# ipywidgets has no key events: a few lines of JavaScript (anywidget) listen on the explorer,
# which becomes focusable, and send each review key and the text selected in the article view.
# Keys typed in a text field (a note, a speaker) are left to it.
_KEYS_ESM = r"""
function charsBefore(view, node, offset) {
  // Characters of the shown text before (node, offset): text as it is, each <br> one newline.
  const range = document.createRange();
  range.setStart(view, 0);
  range.setEnd(node, offset);
  const frag = range.cloneContents();
  let n = 0;
  const walk = document.createTreeWalker(frag, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let cur = walk.nextNode(); cur; cur = walk.nextNode()) {
    if (cur.nodeType === 3) n += cur.data.length;
    else if (cur.tagName === "BR") n += 1;
  }
  return n;
}
function selectionIn(root) {
  const view = root && root.querySelector(".pp-detail .pp-paragraph");
  const sel = window.getSelection();
  if (!view || !sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const r = sel.getRangeAt(0);
  if (!view.contains(r.startContainer) || !view.contains(r.endContainer)) return null;
  return {start: charsBefore(view, r.startContainer, r.startOffset),
          end: charsBefore(view, r.endContainer, r.endOffset), text: sel.toString()};
}
function render({ model, el }) {
  el.classList.add("pp-keys");
  const help = document.createElement("div");
  help.className = "pp-keys-help";
  help.style.cssText = "font-size:11.5px;color:#555;padding:2px 0";
  help.textContent = "\u2328 " + model.get("hint") + " (click the explorer first)";
  el.appendChild(help);
  let root = null;
  const onKey = (e) => {
    const t = e.target;
    if (t && (t.closest("input, textarea, select, [contenteditable=true]"))) return;
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (!model.get("shortcuts").includes(e.key)) return;
    e.preventDefault();
    e.stopPropagation();
    model.send({kind: "key", key: e.key, selection: selectionIn(root)});
  };
  const attach = () => {
    root = el.closest(".pp-explorer");
    if (!root) { setTimeout(attach, 100); return; }
    root.setAttribute("tabindex", "0");
    root.setAttribute("data-lm-suppress-shortcuts", "true");
    root.addEventListener("keydown", onKey);
    // A click on the explorer (not in a field) gives it the keys, after the notebook's own
    // click handling, which may focus the notebook; a text selection survives the focus.
    root.addEventListener("mouseup", (e) => {
      if (e.target.closest("input, textarea, select, button")) return;
      setTimeout(() => root.focus({preventScroll: true}), 0);
    });
    root.classList.add("pp-keys-ready");
  };
  attach();
  return () => { if (root) root.removeEventListener("keydown", onKey); };
}
export default { render };
"""
_KEYS_CLASS = None


def keys_widget(keys: Iterable[str] = KEYS):
    """The explorer's keyboard bridge (an anywidget): sends ``{"kind": "key", "key", "selection"}``
    for each key in ``keys`` pressed while the explorer has the focus; ``selection`` is the text
    selected in the article view as ``{"start", "end", "text"}`` (offsets in the shown text)."""
    global _KEYS_CLASS
    if _KEYS_CLASS is None:
        import anywidget
        import traitlets

        class Keys(anywidget.AnyWidget):
            _esm = _KEYS_ESM
            # (not `keys`: a widget's own trait lists its synced traits)
            shortcuts = traitlets.List(traitlets.Unicode()).tag(sync=True)
            hint = traitlets.Unicode("").tag(sync=True)

        _KEYS_CLASS = Keys
    return _KEYS_CLASS(shortcuts=list(keys), hint=KEYS_HELP)


class Explorer:
    """Filters, timeline, table, statement in context and a keyboard-first review form.

    Display it in a notebook cell (``explorer`` as the last expression, or ``display(explorer)``).
    The state is readable for tests and notebooks: ``.filtered`` (matching rows, in date order or
    in review-queue order), ``.selected`` (the index label of the statement shown),
    ``.detail.value`` (its HTML), ``.timeline.value`` (PNG bytes), ``.table.value`` (HTML), and
    ``.reviews`` (ledger rows appended in this session).

    Reviewing: click the explorer, then one key per decision (``KEYS``): ``f``/``a``/``n``/``x``
    set the stance, ``c`` confirms, ``d`` marks a false statement, ``u`` undoes your last review
    (a new ledger row: your previous decision on that statement, or a withdrawal), ``j``/``k``
    move; select words in the article view and press ``s`` to add the statement the tagger
    missed (with the form's speaker, organisation, country, target and stance) or ``e`` to
    adjust the shown statement's span to them. The buttons do the same, and ``press(key)`` does
    it from code. Each decision is appended to the ledger (``reviews.record``) with the coder's
    name, the time and the tool version, shown at once in this session, and applied by the next
    ``pipeline.run()``. After a review the explorer moves to the next statement and its status
    line says both what was recorded and what is shown now.

    Args:
        statements: the coded statements table.
        corpus: the corpus the statements come from (Corpus, list of Articles or mapping); without
            it the statement is shown without its paragraph and reviews are not checked against
            the article texts.
        annotations: the ledger reviews are appended to (default ``data/annotations/ledger.csv``).
        codebook: the codebook (stances and targets); default ``stance.load_codebook()``.
        level: the initial level.
        coder: who reviews (the form's *Coder* field); ``annotator`` is its older name.
        order: ``"date"`` (default) or ``"queue"``: the statements to review first
            (``learn.queue``: behind a detected shift, then the least reliable codings).
        max_rows: rows shown in the table and the statement picker.
    """

    def __init__(
        self,
        statements: pd.DataFrame,
        *,
        corpus: Any = None,
        annotations: Path | str = paths.LEDGER,
        codebook: Any = None,
        level: str = "person",
        coder: str = "",
        annotator: str = "",
        order: str = "date",
        max_rows: int = 200,
    ):
        import ipywidgets as w

        level_column(level)
        if order not in ("date", "queue"):
            raise ValueError(f"order must be 'date' or 'queue', not {order!r}")
        # Shallow: pandas (>= 3) copies a column when a review first writes to it, so the
        # caller's table is never changed and a large one is not held twice.
        self.statements = statements.copy(deep=False)
        self.corpus = corpus
        self._articles = _articles_by_id(corpus) if corpus is not None else {}
        self.annotations = Path(annotations)
        self.codebook = _load_codebook(codebook)
        self.max_rows = max_rows
        self.reviews: list[dict] = []
        self._undo: list[tuple[dict, dict]] = []  # (ledger row, what to restore in this session)
        self._ranked: pd.Index | None = None  # the review queue's order (see _queue)
        self.selected = None
        self._shown: pd.Index = self.statements.index[:0]  # the matching rows' labels, in list order

        stances = codebook_stances(self.codebook if self.codebook is not None else False)
        self._stances = stances
        present = [s for s in self.statements.get("stance", pd.Series(dtype=str)).fillna("").astype(str).unique() if s]
        stance_options = stances + sorted(s for s in present if s not in stances)
        targets = sorted({*codebook_targets(self.codebook if self.codebook is not None else False),
                          *(t for t in self.statements.get("target", pd.Series(dtype=str)).fillna("").astype(str) if t)})
        countries = sorted(set(self.statements.get("country", pd.Series(dtype=str)).fillna("").astype(str)))

        layout = w.Layout(width="auto")
        self.level = w.ToggleButtons(options=list(LEVELS), value=level, description="Level")
        self.order = w.ToggleButtons(options=[("date", "date"), ("review next", "queue")], value=order,
                                     description="Order", tooltips=["in date order", "the statements to review first"])
        self.actors = w.SelectMultiple(options=actor_options(self.statements, level=level), rows=6,
                                       description="Actors", layout=w.Layout(width="22em"))
        self.countries = w.SelectMultiple(options=[(c if c else "(no country)", c) for c in countries], rows=6,
                                          description="Countries", layout=w.Layout(width="16em"))
        self.stances = w.SelectMultiple(options=stance_options, rows=6, description="Stances", layout=w.Layout(width="16em"))
        self.target = w.Dropdown(options=[("(all targets)", "")] + [(t, t) for t in targets], value="", description="Target")
        self.date_from = w.DatePicker(description="From", value=None)
        self.date_to = w.DatePicker(description="To", value=None)
        self.reset = w.Button(description="Clear filters", icon="times")
        self.timeline = w.Image(format="png", layout=w.Layout(max_width="100%"))
        self.table = w.HTML()
        self.picker = w.Select(options=[], rows=8, description="Statement", layout=w.Layout(width="100%"))
        self.detail = w.HTML()
        # Review form: the fields a decision may set, who decides, and one button per action.
        self.review_stance = w.Dropdown(options=stances, description="Stance")
        self.review_target = w.Dropdown(options=[("(as coded)", "")] + [(t, t) for t in targets], value="",
                                        description="Target")
        self.review_speaker = w.Text(description="Speaker", placeholder="unchanged")
        self.review_organization = w.Text(description="Organisation", placeholder="unchanged")
        self.review_country = w.Text(description="Country", placeholder="unchanged (ISO code)", layout=w.Layout(width="16em"))
        self.review_note = w.Text(description="Note", layout=w.Layout(width="30em"))
        self.review_annotator = w.Text(description="Coder", value=coder or annotator)
        self.review_coder = self.review_annotator
        self.review_button = w.Button(description="Record review", button_style="primary", icon="check",
                                      tooltip="confirm, or record the form's changes (c)")
        self.delete_button = w.Button(description="False statement", icon="trash", tooltip="not a statement (d)")
        self.add_button = w.Button(description="Add selection", icon="plus",
                                   tooltip="select the missed statement in the article view first (s)")
        self.span_button = w.Button(description="Adjust span", icon="arrows-h",
                                    tooltip="select the statement's right words in the article view first (e)")
        self.undo_button = w.Button(description="Undo", icon="undo", tooltip="undo your last review (u)")
        self.previous_button = w.Button(description="Previous", icon="arrow-up", tooltip="k")
        self.next_button = w.Button(description="Next", icon="arrow-down", tooltip="j")
        self.review_status = w.HTML()
        self.selection: dict | None = None  # the last text selection the browser sent
        try:
            self.keys = keys_widget()
            self.keys.on_msg(self._on_key_message)
        except ImportError:  # anywidget missing: buttons only
            self.keys = w.HTML(f"<small>{html.escape(KEYS_HELP)} (install anywidget for the keys)</small>")

        for control in (self.level, self.order, self.actors, self.countries, self.stances, self.target,
                        self.date_from, self.date_to):
            control.observe(self._on_filter, names="value")
        self.picker.observe(self._on_pick, names="value")
        self.reset.on_click(lambda _: self.clear_filters())
        self.review_button.on_click(lambda _: self.record_review())
        self.delete_button.on_click(lambda _: self.press("d"))
        self.add_button.on_click(lambda _: self.press("s"))
        self.span_button.on_click(lambda _: self.press("e"))
        self.undo_button.on_click(lambda _: self.press("u"))
        self.previous_button.on_click(lambda _: self.press("k"))
        self.next_button.on_click(lambda _: self.press("j"))

        filters = w.VBox([
            w.HBox([self.level, self.order]),
            w.HBox([self.target]),
            w.HBox([self.actors, self.countries, self.stances]),
            w.HBox([self.date_from, self.date_to, self.reset]),
        ])
        review_box = w.VBox([
            w.HTML("<b>Review this statement</b> (appended to "
                   f"<code>{html.escape(_display_path(self.annotations))}</code>; applied on the next run)"),
            self.keys,
            w.HBox([self.review_stance, self.review_target, self.review_annotator]),
            w.HBox([self.review_speaker, self.review_organization, self.review_country]),
            w.HBox([self.review_note]),
            w.HBox([self.review_button, self.delete_button, self.add_button, self.span_button, self.undo_button,
                    self.previous_button, self.next_button]),
            self.review_status,
        ])
        # A model id counted per kernel instead of a random one: the saved notebook output of
        # `explorer` is then the same on every rerun (no diff), and ids stay unique in a session.
        # (Run with nbclient's store_widget_state=False, the child widgets' ids are not saved.)
        global _EXPLORERS
        _EXPLORERS += 1
        self.widget = w.VBox(
            [filters, self.timeline, self.table, self.picker, self.detail, review_box],
            layout=layout,
            model_id=f"porte-parole-explorer-{_EXPLORERS}",
        )
        # CSS classes the browser check (tests/browser/check_explore.py) finds the parts by.
        self.widget.add_class("pp-explorer")
        for name in ("level", "order", "actors", "countries", "stances", "target", "date_from", "date_to", "timeline",
                     "table", "picker", "detail", "review_stance", "review_button", "review_status", "delete_button",
                     "add_button", "span_button", "undo_button", "review_annotator"):
            getattr(self, name).add_class("pp-" + name.replace("_", "-"))
        self.refresh()

    # -- state -------------------------------------------------------------------------------

    def filters(self) -> dict:
        """The current filter values, as keyword arguments of ``filter_statements``."""
        return {
            "level": self.level.value,
            "actors": list(self.actors.value) or None,
            "countries": list(self.countries.value) or None,
            "stances": list(self.stances.value) or None,
            "target": self.target.value or None,
            "date_from": self.date_from.value,
            "date_to": self.date_to.value,
        }

    def refresh(self, *, select: Any = "keep") -> None:
        """Re-filter, redraw the timeline, rebuild the table and the statement picker.

        ``select``: "keep" the shown statement when it still matches (else the first), or the
        index label to show (the first when it does not match).
        """
        f = self.filters()
        self._shown = _matching(self.statements, **f)
        if self.order.value == "queue" and len(self._shown):
            ranked = self._queue()
            queued = ranked[ranked.isin(self._shown)]
            self._shown = queued.append(self._shown[~self._shown.isin(queued)])
        rows = self.filtered
        self.timeline.value = timeline_png(rows, level=f["level"], target=f["target"], actors=f["actors"])
        self.table.value = statements_table_html(rows, max_rows=self.max_rows)
        options = [(self._label(idx, row), idx) for idx, row in rows.head(self.max_rows).iterrows()]
        wanted = self.selected if select == "keep" else select
        keep = wanted if any(v == wanted for _, v in options) else (options[0][1] if options else None)
        self.picker.unobserve(self._on_pick, names="value")
        self.picker.options = options
        self.picker.value = keep
        self.picker.observe(self._on_pick, names="value")
        self.show(keep)

    @property
    def filtered(self) -> pd.DataFrame:
        """The matching statements, in list order (date, or review queue): a new table at each
        read, so an explorer over 10^5 statements does not hold a second copy of them."""
        return self.statements.loc[self._shown]

    def _queue(self) -> pd.Index:
        """The unreviewed statements in review order (``learn.queue``).

        Ranked once, when the queue order is first shown or chosen again, then kept: a review
        takes its statement out of the queue but does not re-rank the rest (finding the shifts
        behind the ranking takes seconds on 100,000 statements, and a list that reorders under
        the reviewer's hands after every key is hard to work through).
        """
        from . import learn

        if self._ranked is None:
            self._ranked = learn.queue(self.statements).index
        ranked = self._ranked[self._ranked.isin(self.statements.index)]
        source = self.statements.loc[ranked, "stance_source"] if "stance_source" in self.statements.columns else None
        return ranked if source is None else ranked[source.ne("reviewed").to_numpy()]

    def _label(self, idx, row) -> str:
        # The speaker at every level: at country level "US" alone cannot tell two statements apart.
        who = _field(row, "speaker") or _field(row, "organization") or "?"
        actor = _field(row, level_column(self.level.value))
        where = f" ({actor})" if actor and actor != who else ""
        source = _field(row, "stance_source")
        mark = {"reviewed": " ✓", "learned": " ~"}.get(source, "")
        return (f"{idx}: {_field(row, 'date') or 'undated'} · {who}{where} · {_field(row, 'stance')}{mark} · "
                f"{_shorten(_field(row, 'text'), 60)}")

    def show(self, index) -> None:
        """Show the statement with index label ``index`` (None clears the view)."""
        self.selected = index
        self.selection = None
        if index is None:
            self.detail.value = "<i>No statement selected.</i>"
            return
        row = self.statements.loc[index]
        others = other_reports(self.statements, row) if "utterance" in self.statements.columns else None
        if self._articles:
            try:
                self.detail.value = statement_html(row, corpus=self._articles, others=others)
            except KeyError as err:
                self.detail.value = f"<i>{html.escape(str(err))}</i><br>{html.escape(_field(row, 'text'))}"
        else:
            self.detail.value = (f"<b>{html.escape(_field(row, 'speaker'))}</b>: {html.escape(_field(row, 'text'))}"
                                 f"<br>Date: {html.escape(date_basis_text(row))}")
        stance = _field(row, "stance")
        if stance in self.review_stance.options:
            self.review_stance.value = stance
        self.review_target.value = ""
        for box in (self.review_speaker, self.review_organization, self.review_country):
            box.value = ""
        self.review_status.value = ""

    def clear_filters(self) -> None:
        """Reset every filter (one refresh, not one per widget)."""
        controls = (self.actors, self.countries, self.stances, self.target, self.date_from, self.date_to)
        for control in controls:
            control.unobserve(self._on_filter, names="value")
        self.actors.value, self.countries.value, self.stances.value = (), (), ()
        self.target.value, self.date_from.value, self.date_to.value = "", None, None
        for control in controls:
            control.observe(self._on_filter, names="value")
        self.refresh()

    # -- reviewing ---------------------------------------------------------------------------

    def _neighbour(self, step: int):
        """The index label ``step`` places after (before) the shown one in the list, or None."""
        labels = [v for _, v in self.picker.options]
        if not labels:
            return None
        if self.selected not in labels:
            return labels[0]
        k = labels.index(self.selected) + step
        return labels[k] if 0 <= k < len(labels) else None

    def _fields(self) -> dict:
        """The form's changes against the shown statement (unchanged fields left out)."""
        row = self.statements.loc[self.selected]
        fields = {}
        if self.review_stance.value != _field(row, "stance"):
            fields["stance"] = self.review_stance.value
        if self.review_target.value and self.review_target.value != _field(row, "target"):
            fields["target"] = self.review_target.value
        for name, box in (("speaker", self.review_speaker), ("organization", self.review_organization),
                          ("country", self.review_country)):
            value = box.value.strip()
            if value and value != _field(row, name):
                fields[name] = value.upper() if name == "country" else value
        if fields.get("stance") not in (None, "none") and not fields.get("target") and not _field(row, "target"):
            targets = codebook_targets(self.codebook if self.codebook is not None else False)
            if len(targets) == 1:
                fields["target"] = targets[0]
        return fields

    def _record(self, statement: Mapping, *, action: str, span: tuple[int, int] | None = None,
                **fields: Any) -> dict | None:
        from . import reviews

        try:
            return reviews.record(statement, action=action, coder=self.review_annotator.value, note=self.review_note.value,
                                  span=span, path=self.annotations, corpus=self._articles or None,
                                  codebook=self.codebook, **fields)
        except (ValueError, OSError) as err:
            self.review_status.value = f"<span style='color:#b00'>{html.escape(str(err))}</span>"
            return None

    def _after(self, record: dict, restore: dict, *, advance: bool, then: Any = None) -> dict:
        """Keep the review (session state, undo stack), then show the next statement and say so."""
        self.reviews.append(record)
        self._undo.append((record, restore))
        done = (f"Recorded <b>{html.escape(record['action'])}</b>"
                + (f" {html.escape(record['stance'])}" if record["stance"] else "")
                + f" for {html.escape(record['article'])} {record['start']}-{record['end']}")
        nxt = then if then is not None else (self._neighbour(+1) if advance else self.selected)
        self.refresh(select=nxt)
        now = (f"; now showing {self.selected}: {html.escape(_shorten(_field(self.statements.loc[self.selected], 'text'), 50))}"
               if self.selected is not None else "; no statement left in the list")
        self.review_status.value = done + now + "."
        return record

    def record_review(self, *, advance: bool = False) -> dict | None:
        """Record the form for the shown statement: a ``change`` of the fields that differ from
        the coding, or a ``confirm`` when none does. Returns the ledger row (None on error)."""
        if self.selected is None:
            self.review_status.value = "<span style='color:#b00'>Select a statement first.</span>"
            return None
        idx = self.selected
        row = self.statements.loc[idx]
        fields = self._fields()
        record = self._record(row, action="change" if fields else "confirm", **fields)
        if record is None:
            return None
        before = {idx: self.statements.loc[idx].copy()}
        for name, value in fields.items():
            if name in self.statements.columns:
                self.statements.loc[idx, name] = value
        if "stance_source" in self.statements.columns:
            self.statements.loc[idx, "stance_source"] = "reviewed"
        return self._after(record, {"rows": before}, advance=advance)

    def set_stance(self, stance: str) -> dict | None:
        """Record ``stance`` for the shown statement (a key press) and move to the next one."""
        if stance not in self.review_stance.options:
            self.review_status.value = f"<span style='color:#b00'>{html.escape(stance)} is not a codebook stance.</span>"
            return None
        self.review_stance.value = stance
        return self.record_review(advance=True)

    def delete(self) -> dict | None:
        """Mark the shown statement as not a statement (it leaves the table) and move on."""
        if self.selected is None:
            return None
        idx = self.selected
        nxt = self._neighbour(+1)
        record = self._record(self.statements.loc[idx], action="delete")
        if record is None:
            return None
        before = {idx: self.statements.loc[idx].copy()}
        self.statements = self.statements.drop(index=idx)
        return self._after(record, {"rows": before}, advance=False, then=nxt)

    def _selected_span(self, selection: Mapping | None) -> tuple[str, int, int] | None:
        """Article offsets of a text selection in the article view (``{"start", "end", "text"}``
        relative to the shown text, as the browser sends it; or absolute ``article_start`` /
        ``article_end``, in the shown statement's article or in ``article``)."""
        selection = selection or self.selection
        if not selection or self.selected is None:
            return None
        row = self.statements.loc[self.selected]
        article_id = str(selection.get("article") or _field(row, "article"))
        article = self._articles.get(article_id) if self._articles else None
        if article is None:
            return None
        text = article.text
        if "article_start" in selection:
            s, e = int(selection["article_start"]), int(selection["article_end"])
        else:
            lo, _, _ = view_range(row, article)
            s, e = lo + int(selection["start"]), lo + int(selection["end"])
            wanted = str(selection.get("text", ""))
            if wanted and " ".join(text[s:e].split()) != " ".join(wanted.split()):
                # The page may count a character differently: find the selected words nearby.
                found = text.find(wanted.strip(), max(0, s - 50))
                if found < 0:
                    return None
                s, e = found, found + len(wanted.strip())
        # Spaces and punctuation at the edges of a mouse selection are not the statement's.
        while s < e and text[s] in " \t\r\n\u00a0\u202f,;:":
            s += 1
        while e > s and text[e - 1] in " \t\r\n\u00a0\u202f,;:":
            e -= 1
        return (article_id, s, e) if e > s else None

    def add_selection(self, selection: Mapping | None = None) -> dict | None:
        """Add the selected words as a statement the tagger missed, with the form's stance,
        target, speaker, organisation and country."""
        found = self._selected_span(selection)
        if found is None:
            self.review_status.value = ("<span style='color:#b00'>Select the missed statement's words in the "
                                        "article view first.</span>")
            return None
        article, s, e = found
        stance = self.review_stance.value
        fields = {k: v for k, v in self._fields().items() if k != "stance"}
        fields["stance"] = stance
        if stance != "none" and not fields.get("target"):
            fields["target"] = self.review_target.value or _field(self.statements.loc[self.selected], "target")
        for name, box in (("speaker", self.review_speaker), ("organization", self.review_organization),
                          ("country", self.review_country)):
            if box.value.strip():
                fields[name] = box.value.strip().upper() if name == "country" else box.value.strip()
        record = self._record({"article": article, "start": s, "end": e}, action="add", kind="", **fields)
        if record is None:
            return None
        # Columns the form does not fill stay empty: '' for text, missing for numbers.
        new = {c: ("" if not pd.api.types.is_numeric_dtype(dtype) else np.nan)
               for c, dtype in self.statements.dtypes.items()}
        new.update(article=article, start=s, end=e, text=self._articles[article].text[s:e], stance_source="reviewed",
                   **{k: v for k, v in fields.items() if k in self.statements.columns})
        if "published" in self.statements.columns:
            same = self.statements.loc[self.statements["article"].astype(str) == article, "published"]
            new["published"] = same.iloc[0] if len(same) else ""
        numeric = all(isinstance(i, (int, np.integer)) for i in self.statements.index)
        label = (int(max(self.statements.index)) + 1) if numeric and len(self.statements) else f"added-{len(self.reviews)}"
        added = pd.DataFrame([new], index=[label]).reindex(columns=self.statements.columns)
        self.statements = pd.concat([self.statements, added])
        return self._after(record, {"added": label}, advance=False, then=label)

    def adjust_span(self, selection: Mapping | None = None) -> dict | None:
        """Move the shown statement's span to the selected words."""
        found = self._selected_span(selection)
        if found is None:
            self.review_status.value = ("<span style='color:#b00'>Select the statement's words in the article "
                                        "view first.</span>")
            return None
        _, s, e = found
        idx = self.selected
        record = self._record(self.statements.loc[idx], action="span", span=(s, e))
        if record is None:
            return None
        before = {idx: self.statements.loc[idx].copy()}
        article = self._articles[_field(self.statements.loc[idx], "article")]
        self.statements.loc[idx, ["start", "end", "text"]] = [s, e, article.text[s:e]]
        if "stance_source" in self.statements.columns:
            self.statements.loc[idx, "stance_source"] = "reviewed"
        return self._after(record, {"rows": before}, advance=False)

    def undo(self) -> dict | None:
        """Undo your last review of this session: the ledger gets a new row (your previous
        decision on that statement again, or a withdrawal of it); nothing is rewritten."""
        from . import reviews

        if not self._undo:
            self.review_status.value = "<span style='color:#b00'>Nothing to undo.</span>"
            return None
        last, restore = self._undo.pop()
        key = (last["article"], last["start"], last["end"])
        # The coder's previous decision on it in this session, still on the undo stack.
        earlier = [r for r, _ in self._undo if (r["article"], r["start"], r["end"]) == key
                   and r["coder"] == last["coder"]]
        if earlier:
            again = {k: v for k, v in earlier[-1].items() if k in reviews.FIELDS and v}
            span = (int(earlier[-1]["new_start"]), int(earlier[-1]["new_end"])) if earlier[-1]["new_start"] else None
            row = self._record(last, action=earlier[-1]["action"], span=span, **again)
        else:
            row = self._record(last, action="withdraw")
        if row is None:
            self._undo.append((last, restore))
            return None
        self.reviews.append(row)
        for idx, old in restore.get("rows", {}).items():
            self.statements.loc[idx] = old
        if "added" in restore:
            self.statements = self.statements.drop(index=restore["added"])
        target = next(iter(restore.get("rows", {})), None)
        self.refresh(select=target if target is not None else "keep")
        self.review_status.value = (f"Undone: {html.escape(last['action'])} of {html.escape(last['article'])} "
                                    f"{last['start']}-{last['end']} (ledger row {html.escape(row['action'])}).")
        return row

    def press(self, key: str, *, selection: Mapping | None = None) -> dict | None:
        """Do what ``key`` does in the browser (see ``KEYS``); returns the ledger row written, if any."""
        command = KEYS.get(key)
        if command is None:
            raise ValueError(f"no review command on key {key!r} (keys: {sorted(KEYS)})")
        if selection is not None:
            self.selection = dict(selection)
        if command in ("next", "previous"):
            target = self._neighbour(+1 if command == "next" else -1)
            if target is not None:
                self.picker.value = target
            return None
        if command in self._stances:
            return self.set_stance(command)
        return {"confirm": lambda: self.record_review(advance=True), "delete": self.delete, "undo": self.undo,
                "add": self.add_selection, "span": self.adjust_span}[command]()

    # -- callbacks ---------------------------------------------------------------------------

    def _on_key_message(self, _widget, content, _buffers) -> None:
        if not isinstance(content, Mapping) or content.get("kind") != "key":
            return
        try:
            self.press(str(content.get("key")), selection=content.get("selection") or None)
        except ValueError as err:
            self.review_status.value = f"<span style='color:#b00'>{html.escape(str(err))}</span>"

    def _on_filter(self, change) -> None:
        if change["owner"] is self.order:
            self._ranked = None  # choosing the queue again ranks it again
        if change["owner"] is self.level:
            options = actor_options(self.statements, level=self.level.value)
            self.actors.unobserve(self._on_filter, names="value")
            self.actors.value = ()
            self.actors.options = options
            self.actors.observe(self._on_filter, names="value")
        self.refresh()

    def _on_pick(self, change) -> None:
        self.show(change["new"])

    def _repr_mimebundle_(self, **kwargs):
        return self.widget._repr_mimebundle_(**kwargs)


def _display_path(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(paths.ROOT))
    except ValueError:
        return path.name
