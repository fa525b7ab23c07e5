"""Statements highlighted in their article, as deterministic HTML (for notebooks and reports).

``highlight(article, statements)`` marks, in each press paragraph, the statement's content, its
cue (verb of saying or "selon") and the speaker's mention, with a tooltip giving the resolved
speaker, organisation, country, kind and date. The same input always gives the same bytes.
"""
from __future__ import annotations

import html

import pandas as pd

from . import speech

COLORS = {"content": "#fff3b0", "cue": "#ffc6a8", "speaker": "#b8e0ff"}
# Styles are inline: JupyterLab drops a <style> block from the saved output of a notebook it does
# not trust (any notebook opened before it is run), and <mark> would then be plain yellow.
MARK_STYLE = {k: f"background-color:{v};padding:0 1px;border-radius:2px" + (";font-weight:bold" if k == "speaker" else "")
              for k, v in COLORS.items()}
PARAGRAPH_STYLE = "margin:.4em 0;line-height:1.5;font-family:Georgia,serif"
SUP_STYLE = "color:#666;font-size:70%"
# When spans nest, the smaller role wins the colour (the speaker inside a content stays visible).
PRIORITY = {"speaker": 3, "cue": 2, "content": 1}


def legend() -> str:
    """HTML legend of the three highlight colours."""
    items = "".join(_mark(k, k) + " " for k in ("speaker", "cue", "content"))
    return f'<div class="pp-art"><p style="{PARAGRAPH_STYLE}">{items.strip()}</p></div>'


def _mark(role: str, content: str, *, title: str | None = None) -> str:
    tip = f' title="{html.escape(title)}"' if title is not None else ""
    return f'<mark class="pp-{role}" style="{MARK_STYLE[role]}"{tip}>{content}</mark>'


def _spans(rows: pd.DataFrame) -> list[tuple[int, int, str, int, str]]:
    """(start, end, role, statement number, tooltip) for every highlighted span."""
    out = []
    for n, r in enumerate(rows.itertuples(index=False), start=1):
        tip = (f"#{n} {r.speaker or '(unresolved)'} | {r.organization or '-'} | {r.country or '-'} | "
               f"{r.kind} | {r.date or 'date unknown'}")
        out.append((int(r.start), int(r.end), "content", n, tip))
        if r.cue_end > r.cue_start:
            out.append((int(r.cue_start), int(r.cue_end), "cue", n, tip))
        if r.speaker_start >= 0 and r.speaker_end > r.speaker_start:
            out.append((int(r.speaker_start), int(r.speaker_end), "speaker", n, tip))
    return out


def _paragraph(text: str, ps: int, pe: int, spans) -> str:
    local = [(max(s, ps), min(e, pe), role, n, tip) for s, e, role, n, tip in spans if s < pe and e > ps]
    cuts = sorted({ps, pe, *[s for s, *_ in local], *[e for _, e, *_ in local]})
    parts = []
    for a, b in zip(cuts, cuts[1:]):
        piece = html.escape(text[a:b]).replace("\n", " ")
        covering = [sp for sp in local if sp[0] <= a and sp[1] >= b]
        if covering:
            role, n, tip = max(((sp[2], sp[3], sp[4]) for sp in covering), key=lambda x: (PRIORITY[x[0]], x[1]))
            piece = _mark(role, piece, title=tip)
        parts.append(piece)
    # Number each statement where its content starts.
    out = []
    starts = {s: n for s, e, role, n, tip in local if role == "content" and s >= ps}
    for a, piece in zip(cuts, parts):
        if a in starts:
            out.append(f'<sup style="{SUP_STYLE}">{starts[a]}</sup>')
        out.append(piece)
    return "".join(out)


def highlight(article, statements: pd.DataFrame, *, legend_row: bool = True) -> str:
    """HTML of an article's press paragraphs with its statements marked.

    Args:
        article: a ``corpus.Article`` (uses ``text``, ``id``, ``paragraphs``).
        statements: statements table (``speech.COLUMNS``); rows of other articles are ignored.
        legend_row: start with the colour legend.

    Returns:
        An HTML string (``<div class="pp-art">``), identical for identical inputs.
    """
    rows = statements[statements["article"] == article.id].sort_values(["start", "end"], kind="stable")
    spans = _spans(rows)
    paras = [f'<p style="{PARAGRAPH_STYLE}">{_paragraph(article.text, ps, pe, spans)}</p>'
             for _, ps, pe in speech.press_spans(article)]
    items = "".join(_mark(k, k) + " " for k in ("speaker", "cue", "content"))
    head = f'<p style="{PARAGRAPH_STYLE}">{items.strip()}</p>' if legend_row else ""
    return f'<div class="pp-art">{head}<h4>{html.escape(article.id)}</h4>{"".join(paras)}</div>'
