"""What a notebook shows: tables no longer than a screen, and readable static summaries.

A notebook opened in JupyterLab before anything is run shows its saved outputs, untrusted: no
``<style>`` block, no live widget (only its ``text/plain`` form). So what the workbook shows is
plain HTML with inline styles, a widget carries a readable text form, and a long table is cut
to its first rows with the whole table written to CSV beside the other derived tables.
"""
from __future__ import annotations

import html
from pathlib import Path

import pandas as pd

from . import project as project_mod

ROWS = 12  # about a screen of a DataFrame's HTML


def table(df: pd.DataFrame, *, rows: int = ROWS, name: str | None = None, folder: Path | str | None = None):
    """``df`` if it fits a screen; else its first ``rows`` rows, the whole table written to
    ``folder/name.csv`` (when both are given) and a line saying how many rows are not shown.

    Args:
        df: any table (its index is kept in the CSV when it is not a plain range).
        rows: rows shown at most.
        name: file stem of the CSV of the whole table.
        folder: where to write it (a project's ``tables``).

    Returns:
        The table to display (``df`` itself or its head).
    """
    if len(df) <= rows:
        return df
    where = ""
    if name is not None and folder is not None:
        full = df if isinstance(df.index, pd.RangeIndex) else df.reset_index()
        path = project_mod.write_csv(full, Path(folder) / f"{name}.csv")
        where = f"; all {len(df)} in {project_mod.display_path(path)}"
    print(f"first {rows} of {len(df)} rows{where}")
    return df.head(rows)


# --------------------------------------------------------------------------- the explorer

def explorer_text(explorer) -> str:
    """The explorer's state as plain text: what a notebook shows of the widget before it runs."""
    filters = {k: v for k, v in explorer.filters().items() if v not in (None, "", [], ())}
    rows = explorer.filtered
    lines = [f"Explorer: {len(rows)} of {len(explorer.statements)} statements match "
             f"({', '.join(f'{k}={v}' for k, v in filters.items()) or 'no filter'})"]
    if "stance" in rows.columns and len(rows):
        counts = rows["stance"].value_counts()
        lines.append("stances: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    if explorer.selected is not None and explorer.selected in explorer.statements.index:
        r = explorer.statements.loc[explorer.selected]
        lines.append(f"shown: {r.get('speaker', '') or '(unresolved)'}, {r.get('date', '') or 'undated'}, "
                     f"{r.get('stance', '')}: « {_short(str(r.get('text', '')), 120)} »")
    lines.append("(run the notebook to use the explorer)")
    return "\n".join(lines)


def explorer_html(explorer, *, rows: int = 5) -> str:
    """A static rendering of the explorer's state (filters, counts, the first matching
    statements, the statement shown), in plain HTML with inline styles."""
    filters = {k: v for k, v in explorer.filters().items() if v not in (None, "", [], ())}
    found = explorer.filtered
    box = "border:1px solid #ccc;border-radius:4px;padding:6px 10px;font-size:13px;line-height:1.4"
    parts = [f'<div class="pp-explorer-summary" style="{box}">',
             f"<b>Explorer</b>: {len(found)} of {len(explorer.statements)} statements match "
             f"({html.escape(', '.join(f'{k} = {v}' for k, v in filters.items()) or 'no filter')})"]
    if "stance" in found.columns and len(found):
        counts = found["stance"].value_counts()
        parts.append("<br>stances: " + ", ".join(f"{html.escape(str(k))} {v}" for k, v in counts.items()))
    cols = [c for c in ("date", "speaker", "country", "stance", "text") if c in found.columns]
    if cols and len(found):
        head = found[cols].head(rows).copy()
        if "text" in head.columns:
            head["text"] = head["text"].map(lambda t: _short(str(t), 90))
        cell = "padding:1px 6px;text-align:left;vertical-align:top"
        body = "".join("<tr>" + "".join(f'<td style="{cell}">{html.escape(str(v))}</td>' for v in r) + "</tr>"
                       for r in head.itertuples(index=False))
        header = "".join(f'<th style="{cell};border-bottom:1px solid #999">{c}</th>' for c in cols)
        parts.append(f'<table style="border-collapse:collapse;margin-top:4px"><thead><tr>{header}</tr></thead>'
                     f"<tbody>{body}</tbody></table>")
        if len(found) > rows:
            parts.append(f'<div style="color:#555">… and {len(found) - rows} more</div>')
    if explorer.selected is not None and explorer.selected in explorer.statements.index:
        r = explorer.statements.loc[explorer.selected]
        parts.append(f"<div style=\"margin-top:4px\">shown in context: <b>{html.escape(str(r.get('speaker', '')))}</b>"
                     f" ({html.escape(str(r.get('date', '') or 'undated'))}): "
                     f"« {html.escape(_short(str(r.get('text', '')), 160))} »</div>")
    parts.append("</div>")
    return "".join(parts)


class WithSummary:
    """A widget displayed with a readable text form: the live widget when the notebook runs
    (and is trusted), the summary text when JupyterLab cannot render the widget."""

    def __init__(self, widget, text: str):
        self.widget = widget
        self.text = text

    def _repr_mimebundle_(self, **kwargs):
        bundle = self.widget._repr_mimebundle_(**kwargs)
        data = bundle[0] if isinstance(bundle, tuple) else bundle
        data = dict(data)
        data["text/plain"] = self.text
        return (data, bundle[1]) if isinstance(bundle, tuple) else data


def explorer(explorer_) -> WithSummary:
    """The explorer, displayed with :func:`explorer_text` as its text form."""
    return WithSummary(explorer_, explorer_text(explorer_))


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"
