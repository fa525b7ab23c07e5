"""Charts of stance by actor over time: timelines, net stance per period, shift annotations.

Input is a coded statements table (see :mod:`helpers.shifts`); every chart counts utterances,
not reprints, and says how many statements it left out and why. Figure text is French (the
write-up's language); month names are written here, not taken from the system locale.
Colours and markers follow the Okabe-Ito palette, safe for colour-blind readers, and every
stance differs by shape as well as colour so the figures survive greyscale printing.
"""
from __future__ import annotations

import math

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.colors import LinearSegmentedColormap
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.text import Text
from matplotlib.ticker import Formatter
from matplotlib.transforms import Bbox, ScaledTranslation

from . import figures
from . import shifts as shifts_mod

# Okabe-Ito: blue / vermillion / grey, and three different shapes.
STANCE_STYLE = {
    "favor": {"color": "#0072B2", "marker": "o", "label": "pour"},
    "against": {"color": "#D55E00", "marker": "X", "label": "contre"},
    "neutral": {"color": "#999999", "marker": "D", "label": "neutre"},
}
LEVEL_LABELS = {"person": "personne", "institution": "institution", "country": "pays"}
REASON_LABELS = {
    "no stance": "sans position codée", "other target": "sur une autre cible",
    "no date": "sans date", "no actor at this level": "sans acteur à ce niveau",
}
MONTHS = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc.")
NO_COUNTRY = "acteurs non étatiques"
BASE_SIZE = 46  # marker area (pt²) of an utterance reported once
NET_CMAP = LinearSegmentedColormap.from_list("net_stance", ["#D55E00", "#F7F7F7", "#0072B2"])


# --------------------------------------------------------------------------- French dates

def french_date(when, *, day: bool = True, year: bool = True) -> str:
    """'23 janv. 2017' (or 'janv. 2017', '23 janv.') whatever the system locale."""
    when = pd.Timestamp(when)
    text = MONTHS[when.month - 1]
    if day:
        text = f"{when.day} {text}"
    return f"{text} {when.year}" if year else text


def french_number(value: float, fmt: str = "{:+.2f}") -> str:
    """Decimal comma and a true minus sign, as French typesetting wants."""
    if value == 0:
        value = 0.0  # no "+0,00" nor "−0,00"
        fmt = fmt.replace("+", "")
    return fmt.format(value).replace("-", "−").replace(".", ",")


class FrenchDateFormatter(Formatter):
    """Tick labels in French: days ('23 janv.'), months ('mai') or years; the year is added
    under the first tick and wherever it changes, as in ``ConciseDateFormatter``."""

    def __init__(self, unit: str):
        self.unit = unit

    def _label(self, d, show_year):
        if self.unit == "year":
            return str(d.year)
        text = f"{d.day} {MONTHS[d.month - 1]}" if self.unit == "day" else MONTHS[d.month - 1]
        return f"{text}\n{d.year}" if show_year else text

    def __call__(self, x, pos=None):
        return self._label(mdates.num2date(x), True)

    def format_ticks(self, values):
        labels, prev = [], None
        for v in values:
            d = mdates.num2date(v)
            labels.append(self._label(d, d.year != prev))
            prev = d.year
        return labels


def date_axis(ax, start, end) -> None:
    """Limits, locator and French formatter for dates from ``start`` to ``end`` (days to decades)."""
    start, end = pd.Timestamp(start), pd.Timestamp(end)
    span = max((end - start).days, 0)
    pad = pd.Timedelta(days=max(span * 0.04, 3))
    lo, hi = start - pad, end + pad
    span = (hi - lo).days
    if span <= 24:
        locator, unit = mdates.DayLocator(interval=max(1, math.ceil(span / 10))), "day"
    elif span <= 70:
        locator, unit = mdates.WeekdayLocator(byweekday=mdates.MO), "day"
    elif span <= 130:
        locator, unit = mdates.DayLocator(bymonthday=(1, 15)), "day"
    elif span <= 4 * 365:
        step = next(k for k in (1, 2, 3, 4, 6, 12) if span / 30.4 / k <= 12)
        locator, unit = mdates.MonthLocator(bymonth=range(1, 13, step)), "month"
    else:
        base = next(k for k in (1, 2, 5, 10, 20, 50, 100) if span / 365.25 / k <= 10)
        locator, unit = mdates.YearLocator(base=base), "year"
    ax.set_xlim(mdates.date2num(lo.to_pydatetime()), mdates.date2num(hi.to_pydatetime()))
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(FrenchDateFormatter(unit))


# --------------------------------------------------------------------------- lanes

def _first_dates(utts, key):
    return utts.groupby(key, sort=False)["date"].min()


def lanes(utts: pd.DataFrame, level: str) -> pd.DataFrame:
    """Rows of the timeline from top to bottom: country headers and one lane per actor.

    Countries come in order of their first utterance (non-state actors last), then, at person
    level, institutions in order of first utterance, then actors in order of first utterance.

    Returns:
        DataFrame ``row, kind ('header'|'lane'), text, actor, country, organization``.
    """
    rows = []
    if utts.empty:
        return pd.DataFrame(columns=["row", "kind", "text", "actor", "country", "organization"])
    # An actor gets one lane: under its most frequent country and organisation (ties: alphabetical).
    utts = utts.copy()
    country_names = dict(zip(utts["country"], utts["country_name"]))
    for col in ("country", "organization"):
        home = utts.groupby("actor")[col].agg(
            lambda c: sorted(c.value_counts().items(), key=lambda kv: (-kv[1], kv[0]))[0][0])
        utts[col] = utts["actor"].map(home)
    utts["country_name"] = utts["country"].map(country_names)
    if level == "country":
        order = _first_dates(utts, "actor").reset_index().sort_values(["date", "actor"], kind="stable")
        labels = utts.drop_duplicates("actor").set_index("actor")["label"]
        for actor in order["actor"]:
            rows.append(("lane", labels[actor], actor, actor, ""))
    else:
        countries = _first_dates(utts, "country").reset_index()
        countries["stateless"] = countries["country"].eq("")
        countries = countries.sort_values(["stateless", "date", "country"], kind="stable")
        for country in countries["country"]:
            sub = utts[utts["country"].eq(country)]
            name = sub["country_name"].iloc[0] if country else NO_COUNTRY
            rows.append(("header", name, "", country, ""))
            first = _first_dates(sub, "actor")
            org_first = _first_dates(sub, "organization")
            info = sub.drop_duplicates("actor").set_index("actor")
            keys = sorted(first.index, key=lambda a: (org_first[info.loc[a, "organization"]]
                                                      if level == "person" else first[a],
                                                      info.loc[a, "organization"] if level == "person" else "",
                                                      first[a], a))
            for actor in keys:
                org = info.loc[actor, "organization"]
                text = info.loc[actor, "label"]
                if level == "person" and org and not text.endswith("(institution)") and org != actor:
                    text = f"{text} ({org})"
                rows.append(("lane", text, actor, country, org))
    out = pd.DataFrame(rows, columns=["kind", "text", "actor", "country", "organization"])
    out.insert(0, "row", range(len(out)))
    return out


def _dodge(points: pd.DataFrame, tol_days: float) -> pd.Series:
    """Vertical offsets (in lane units) for markers of one lane closer than ``tol_days``."""
    offset = pd.Series(0.0, index=points.index)
    for _, lane in points.groupby("y", sort=False):
        lane = lane.sort_values(["x", "seq"], kind="stable")
        cluster, last_x = [], None
        for idx, x in zip(lane.index, lane["x"]):
            if last_x is not None and x - last_x > tol_days:
                _spread(offset, cluster)
                cluster = []
            cluster.append(idx)
            last_x = x
        _spread(offset, cluster)
    return offset


def _spread(offset, cluster):
    k = len(cluster)
    step = min(0.24, 0.7 / max(k - 1, 1))
    for i, idx in enumerate(cluster):
        offset[idx] = (i - (k - 1) / 2) * step


# --------------------------------------------------------------------------- timeline

def stance_timeline(statements: pd.DataFrame, *, level: str = "person", target: str | None = None,
                    actors=None, ax=None, annotate: pd.DataFrame | None = None,
                    title: str | None = None, names: dict[str, str] | None = None) -> Figure:
    """Stance of each actor over time: one lane per actor, one marker per utterance.

    Args:
        statements: coded statements (``speaker, organization, country, text, date, utterance,
            target, stance`` ...; see :func:`helpers.shifts.utterances`).
        level: ``"person"``, ``"institution"`` or ``"country"`` (lanes are speakers, institutions
            or countries; person and institution lanes are grouped under their country).
        target: the codebook target (default: the most coded one).
        actors: keep only these actors (ids or labels at ``level``).
        ax: draw into this axes (default: a new figure sized to the number of lanes).
        annotate: a shift table (``shifts.find``, ``shifts.divergences`` or ``shifts.table``)
            to draw on the figure with :func:`annotate_shifts`.
        title: figure title (default names the target and the level).
        names: ISO code -> country name (default: the actor register).

    Returns:
        The figure. Markers are coloured and shaped by stance, sized by the number of articles
        reporting the utterance (with a "×n" label when n > 1). The axes carries the plotted
        utterances as ``ax.timeline`` (columns of ``shifts.utterances`` plus ``x, y, seq``) and
        the lanes as ``ax.lanes``; a note under the axes says how many utterances were left out.
    """
    figures.setup()
    utts = shifts_mod.utterances(statements, level=level, target=target, names=names)
    if actors is not None:
        keep = set(actors)
        utts = utts[utts["actor"].isin(keep) | utts["label"].isin(keep)]
    utts = shifts_mod.sequence(utts, by="actor") if len(utts) else utts.assign(seq=[])
    rows = lanes(utts, level)
    n_rows = max(len(rows), 1)
    if ax is None:
        fig = plt.figure(figsize=(10.5, 1.6 + 0.34 * n_rows))
        fig.subplots_adjust(left=0.25, right=0.80, bottom=0.9 / fig.get_figheight(),
                            top=1 - 0.7 / fig.get_figheight())
        ax = fig.add_subplot()
        ax.margins_inches = (0.9, 0.7)  # annotate_shifts may grow the figure, keeping these
    fig = ax.figure
    tgt = utts.attrs.get("target")
    tgt = shifts_mod.target_labels().get(tgt, tgt)
    ax.set_title(title or f"Position sur « {tgt} », par {LEVEL_LABELS[level]}", loc="left", fontsize=11)

    # Lanes: grey rule per actor, a stronger rule between countries; header ticks in bold.
    y_of = dict(zip(rows.loc[rows["kind"].eq("lane"), "actor"], rows.loc[rows["kind"].eq("lane"), "row"]))
    for r in rows.itertuples():
        if r.kind == "lane":
            ax.axhline(r.row, color="#E6E6E6", lw=0.8, zorder=0)
        elif r.row > 0:
            ax.axhline(r.row - 0.5, color="#7F7F7F", lw=0.8, zorder=0)
    ax.set_yticks(list(rows["row"]), list(rows["text"]))
    for tick, kind in zip(ax.get_yticklabels(), rows["kind"]):
        if kind == "header":
            tick.set_fontweight("bold")
        tick.set_fontsize(8.5)
    for tick, kind in zip(ax.yaxis.get_major_ticks(), rows["kind"]):
        if kind == "header":
            tick.tick1line.set_visible(False)
    ax.set_ylim(n_rows - 0.5, -0.5)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.tick_params(axis="x", labelsize=8)

    if utts.empty:
        ax.text(0.5, 0.5, "aucun énoncé daté et codé pour cette cible", transform=ax.transAxes,
                ha="center", va="center", color="#555555")
        date_axis(ax, pd.Timestamp("2000-01-01"), pd.Timestamp("2000-01-31"))
        points = utts.assign(x=[], y=[])
    else:
        date_axis(ax, utts["date"].min(), utts["date"].max())
        points = utts.assign(x=mdates.date2num(list(utts["date"].dt.to_pydatetime())),
                             y=utts["actor"].map(y_of).astype(float))
        lo, hi = ax.get_xlim()
        points["y"] = points["y"] + _dodge(points, tol_days=(hi - lo) * 0.012)
        sizes = BASE_SIZE * (1 + 0.55 * (points["n_reports"] - 1))
        for stance, style in STANCE_STYLE.items():
            sel = points["stance"].eq(stance)
            if sel.any():
                ax.scatter(points.loc[sel, "x"], points.loc[sel, "y"], s=sizes[sel], c=style["color"],
                           marker=style["marker"], edgecolors="white", linewidths=0.6, zorder=3)
        for p in points[points["n_reports"] > 1].itertuples():
            ax.annotate(f"×{p.n_reports}", (p.x, p.y), xytext=(6, 4), textcoords="offset points",
                        fontsize=6.5, color="#333333", zorder=4, gid="count")

    handles = [Line2D([], [], ls="", marker=s["marker"], color=s["color"], markeredgecolor="white",
                      markersize=8, label=s["label"]) for s in STANCE_STYLE.values()]
    handles.append(Line2D([], [], ls="", marker="o", color="#BBBBBB", markersize=8 * math.sqrt(1 + 0.55 * 2),
                          label="×3 : rapporté par 3 articles"))
    ax.legend(handles=handles, title="position", loc="upper left", bbox_to_anchor=(1.01, 1.0),
              frameon=False, fontsize=8, title_fontsize=8.5, alignment="left", borderaxespad=0)
    note = (f"{len(points)} énoncés ({int(points['n_reports'].sum())} articles-reprises) ; "
            + _excluded_french(utts))
    ax.annotate(note, (0, 0), xycoords="axes fraction", xytext=(0, -34), textcoords="offset points",
                fontsize=7, color="#555555", va="top", gid="note")
    ax.timeline = points
    ax.lanes = rows
    ax.timeline_level = level
    if annotate is not None:
        annotate_shifts(ax, annotate)
    return fig


PLOTTED_COLUMNS = ["level", "actor", "label", "country", "organization", "speaker", "utterance", "date",
                   "stance", "quote", "kind", "n_reports", "articles", "stance_source"]


def plotted(fig_or_ax) -> pd.DataFrame:
    """The utterances a :func:`stance_timeline` figure shows, for the CSV saved beside it.

    Returns:
        Columns :data:`PLOTTED_COLUMNS` (``date`` as ISO string), one row per utterance, in the
        order of the lanes then dates.
    """
    ax = fig_or_ax if not isinstance(fig_or_ax, Figure) else next(
        a for a in fig_or_ax.axes if hasattr(a, "timeline"))
    data = ax.timeline.copy()
    lane = dict(zip(ax.lanes["actor"], ax.lanes["row"]))
    data["_lane"] = data["actor"].map(lane)
    data = data.sort_values(["_lane", "date", "seq"], kind="stable")
    data["date"] = data["date"].dt.strftime("%Y-%m-%d")
    return data[PLOTTED_COLUMNS].reset_index(drop=True)


def _excluded_french(utts) -> str:
    excl = utts.attrs.get("excluded", {})
    parts = [f"{v['utterances']} {REASON_LABELS.get(k, k)}" for k, v in excl.items() if v["utterances"]]
    total = sum(v["utterances"] for v in excl.values())
    return f"exclus : {total} ({', '.join(parts)})" if total else "aucun énoncé exclu"


# --------------------------------------------------------------------------- annotations

def short_quote(text: str, max_chars: int = 60) -> str:
    """« text », cut at a word boundary to about ``max_chars`` with an ellipsis."""
    text = " ".join(str(text).split())
    if len(text) > max_chars:
        cut = text[: max_chars - 1]
        if " " in cut[max_chars // 2:]:
            cut = cut[: cut.rfind(" ")]
        text = cut.rstrip(" ,;:.") + "…"
    return f"« {text} »"


def _events(table: pd.DataFrame) -> list[tuple[str, str, list[str]]]:
    """(kind, utterance, earlier utterances) from any shift table of :mod:`helpers.shifts`."""
    if table is None or len(table) == 0:
        return []
    if "previous_utterances" in table.columns:
        return [(r.kind, r.utterance, list(r.previous_utterances)) for r in table.itertuples()]
    if "earlier_utterance" in table.columns:
        return [(g["kind"].iloc[0], g["utterance"].iloc[0], list(g["earlier_utterance"]))
                for _, g in table.groupby("event", sort=True)]
    raise ValueError("annotate needs a table from shifts.find, shifts.divergences or shifts.table "
                     "(columns 'previous_utterances' or 'earlier_utterance')")


def _renderer(fig):
    get = getattr(fig.canvas, "get_renderer", None)
    return get() if get is not None else fig._get_renderer()


def annotate_shifts(fig_or_ax, table: pd.DataFrame, *, max_chars: int = 60, earlier_quotes: int = 6,
                    fontsize: float = 7) -> list[Text]:
    """Draw shifts (or divergences) from a shift table on a :func:`stance_timeline` figure.

    Each event's utterance gets a black ring; the earlier utterances it departs from get a
    bracket under their lane with an arrow to the ring when they share the lane (a shift at
    that level), or dashed connectors when they sit in other lanes (a divergence, or a table
    made at another level). The event's quote and, for up to ``earlier_quotes`` of the most
    recent earlier speakers, one quote each ("+n autres" for their other utterances of the run)
    are placed as short labels that overlap neither each other, the markers, the title nor the
    legend.

    Args:
        fig_or_ax: the figure returned by :func:`stance_timeline`, or its axes.
        table: ``shifts.find`` / ``shifts.divergences`` / ``shifts.table`` output; events whose
            utterance is not on the figure are skipped.
        max_chars: quotes are cut to about this many characters.

    Returns:
        The label artists placed (their text and positions come from the table and the plot).
    """
    ax = fig_or_ax if not isinstance(fig_or_ax, Figure) else next(
        a for a in fig_or_ax.axes if hasattr(a, "timeline"))
    fig = ax.figure
    points = ax.timeline.set_index("utterance")
    labels, seen = [], set()
    for kind, uid, earlier in _events(table):
        if uid not in points.index:
            continue
        p = points.loc[uid]
        ax.scatter([p["x"]], [p["y"]], s=BASE_SIZE * 4.2, facecolors="none", edgecolors="black",
                   linewidths=1.1, zorder=4)
        prev = points.loc[[e for e in earlier if e in points.index]]
        lane_y = round(p["y"])
        if len(prev) and kind == "shift" and (prev["y"].round() == lane_y).all():
            # The bracket sits a few points under the lowest marker of the lane (stacked when
            # several shifts of one lane have brackets), whatever the figure's height.
            k = ax.bracket_count.get(lane_y, 0) if hasattr(ax, "bracket_count") else 0
            ax.bracket_count = {**getattr(ax, "bracket_count", {}), lane_y: k + 1}
            ybase = points.loc[points["y"].round() == lane_y, "y"].max()
            below = ax.transData + ScaledTranslation(0, -(9 + 5 * k) / 72, fig.dpi_scale_trans)
            x0, x1 = prev["x"].min(), prev["x"].max()
            ax.plot([x0, x1], [ybase, ybase], transform=below, color="#333333", lw=0.9, marker="|",
                    markersize=5, zorder=2)
            ax.shift_marks = getattr(ax, "shift_marks", []) + [(below, x0, x1, ybase)]  # labels avoid it
            ax.annotate("", xy=(p["x"], p["y"]), xytext=(x1, ybase), textcoords=below,
                        arrowprops={"arrowstyle": "-|>", "color": "#333333", "lw": 0.9,
                                    "connectionstyle": "arc3,rad=0.25", "shrinkA": 0, "shrinkB": 7},
                        zorder=2)
        else:
            for q in prev.itertuples():
                ax.plot([q.x, p["x"]], [q.y, p["y"]], color="#333333", lw=0.8, ls=(0, (3, 2)), zorder=2)
        if uid not in seen:
            labels.append((p, True, 0))
            seen.add(uid)
        # One label per earlier speaker (their most reported, then earliest, utterance of the
        # run, "+n" for the others), the most recent speakers first, at most earlier_quotes.
        groups = {}
        for e in prev.index:
            groups.setdefault(prev.loc[e, "speaker"], []).append(e)
        ranked = sorted(groups.values(), key=lambda es: -max(prev.index.get_loc(e) for e in es))
        for es in ranked[:earlier_quotes]:
            best = min(es, key=lambda e: (-points.loc[e, "n_reports"], points.loc[e, "date"], prev.index.get_loc(e)))
            if not seen.intersection(es):
                labels.append((points.loc[best], False, len(es) - 1))
            seen.update(es)
    _make_room(ax, len(labels), fontsize)
    placed = _place_labels(ax, [(p, _label_text(p, max_chars, more), strong) for p, strong, more in labels],
                           fontsize)
    ax.shift_labels = getattr(ax, "shift_labels", []) + placed
    return placed


def _make_room(ax, n_labels, fontsize):
    """Grow a figure made by stance_timeline so ``n_labels`` stacked labels fit in the axes."""
    margins = getattr(ax, "margins_inches", None)
    if margins is None or not n_labels:
        return
    fig = ax.figure
    width, height = fig.get_size_inches()
    axes_height = ax.get_position().height * height
    needed = n_labels * fontsize * 2.6 / 72 * 2 + 0.6  # two-line labels, with room to spare
    if needed > axes_height:
        height += needed - axes_height
        fig.set_size_inches(width, height)
        fig.subplots_adjust(bottom=margins[0] / height, top=1 - margins[1] / height)


def _label_text(p, max_chars, more=0):
    # Two short lines instead of one long one: labels fit between markers of a crowded lane.
    others = f" (+{more} autre{'s' if more > 1 else ''})" if more else ""
    return f"{p['speaker']}, {french_date(p['date'])}{others} :\n{short_quote(p['quote'], max_chars)}"


def _obstacles(ax, renderer) -> list[Bbox]:
    """Boxes labels must avoid: markers, count labels, title, legend."""
    boxes = []
    pts = ax.transData.transform(np.column_stack([ax.timeline["x"], ax.timeline["y"]])) if len(ax.timeline) else []
    r = 5 * ax.figure.dpi / 72
    for x, y in pts:
        boxes.append(Bbox.from_extents(x - r, y - r, x + r, y + r))
    for child in ax.texts:
        if child.get_gid() == "count":
            boxes.append(_text_box(child, renderer))
    for transform, x0, x1, y in getattr(ax, "shift_marks", []):
        (a, b), (c, d) = transform.transform([(x0, y), (x1, y)])
        boxes.append(Bbox.from_extents(min(a, c) - 3, min(b, d) - 3, max(a, c) + 3, max(b, d) + 3))
    boxes.append(ax.title.get_window_extent(renderer))
    legend = ax.get_legend()
    if legend is not None:
        boxes.append(legend.get_window_extent(renderer))
    return boxes


def _place_labels(ax, items, fontsize) -> list[Text]:
    """Place each label near its point, trying offsets above/below (then the other side) until
    its box meets no earlier label nor obstacle; the least-overlapping try wins otherwise."""
    fig = ax.figure
    renderer = _renderer(fig)
    obstacles = _obstacles(ax, renderer)
    placed_boxes, artists = [], []
    pad = 2 * fig.dpi / 72
    ax_box = ax.get_window_extent(renderer)
    step = fontsize * 1.5
    for p, text, strong in items:
        px, py = ax.transData.transform((p["x"], p["y"]))
        right_side = (px - ax_box.x0) < 0.55 * ax_box.width
        sides = [1, -1] if right_side else [-1, 1]
        best, best_cost = None, None
        tries = [(side, k * sign) for side in sides for k in range(1, 25) for sign in (1, -1)]
        for side, k in tries:
            ann = ax.annotate(
                text, (p["x"], p["y"]), xytext=(8 * side, step * k), textcoords="offset points",
                ha="left" if side > 0 else "right", va="center", fontsize=fontsize,
                fontweight="bold" if strong else "normal", color="#111111" if strong else "#333333",
                bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.9},
                arrowprops={"arrowstyle": "-", "color": "#777777", "lw": 0.5, "shrinkA": 0, "shrinkB": 4},
                annotation_clip=False, zorder=5)
            box = _text_box(ann, renderer)
            box = Bbox.from_extents(box.x0 - pad, box.y0 - pad, box.x1 + pad, box.y1 + pad)
            # Overlaps cost their area; leaving the axes costs more (it would hit title or ticks).
            cost = sum(_overlap(box, o) for o in placed_boxes + obstacles)
            cost += 4 * (box.width * box.height - _overlap(box, ax_box))
            if best_cost is None or cost < best_cost:
                if best is not None:
                    best[0].remove()
                best, best_cost = (ann, box), cost
            else:
                ann.remove()
            if cost == 0:
                break
        placed_boxes.append(best[1])
        artists.append(best[0])
    return artists


def _text_box(ann, renderer) -> Bbox:
    """Box of an annotation's text alone (not its connector), positions updated first."""
    ann.update_positions(renderer)
    return Text.get_window_extent(ann, renderer)


def _overlap(a: Bbox, b: Bbox) -> float:
    w = min(a.x1, b.x1) - max(a.x0, b.x0)
    h = min(a.y1, b.y1) - max(a.y0, b.y0)
    return w * h if w > 0 and h > 0 else 0.0


# --------------------------------------------------------------------------- net stance

NET_COLUMNS = ["level", "actor", "label", "period", "start", "n_utterances", "n_reports",
               "favor", "against", "neutral", "net"]


def net_stance(statements: pd.DataFrame, *, level: str = "country", freq: str = "M",
               target: str | None = None) -> pd.DataFrame:
    """Net stance of each actor per period: (favor − against) / utterances.

    Args:
        statements: coded statements (see :func:`helpers.shifts.utterances`).
        level: ``"country"``, ``"institution"`` or ``"person"``.
        freq: a pandas period frequency (``"M"`` month, ``"Q"`` quarter, ``"Y"`` year, ``"W"``).
        target: the codebook target (default: the most coded one).

    Returns:
        One row per actor and period with at least one utterance: ``level, actor, label,
        period`` (str, e.g. ``"2016-05"``), ``start`` (Timestamp), ``n_utterances``,
        ``n_reports``, ``favor, against, neutral`` (utterance counts) and ``net`` in [-1, 1].
        Actors come in order of first utterance. ``.attrs["excluded"]`` as in ``utterances``.
    """
    utts = shifts_mod.utterances(statements, level=level, target=target)
    out = pd.DataFrame(columns=NET_COLUMNS)
    if len(utts):
        utts = utts.assign(period=utts["date"].dt.to_period(freq))
        order = {a: i for i, a in enumerate(utts.drop_duplicates("actor")["actor"])}
        counts = (utts.groupby(["actor", "period", "stance"]).size().unstack(fill_value=0)
                  .reindex(columns=list(shifts_mod.STANCES), fill_value=0))
        extra = utts.groupby(["actor", "period"]).agg(label=("label", "first"), n_reports=("n_reports", "sum"))
        out = counts.join(extra).reset_index()
        out["n_utterances"] = out[list(shifts_mod.STANCES)].sum(axis=1)
        out["net"] = (out["favor"] - out["against"]) / out["n_utterances"]
        out["start"] = out["period"].map(lambda p: p.start_time)
        out["period"] = out["period"].astype(str)
        out["level"] = level
        out["_order"] = out["actor"].map(order)
        out = (out.sort_values(["_order", "start"], kind="stable")[NET_COLUMNS].reset_index(drop=True)
               .astype({c: int for c in ("n_utterances", "n_reports", "favor", "against", "neutral")}))
        out.columns.name = None
    out.attrs.update(utts.attrs)
    out.attrs["freq"] = freq
    return out


def _period_label(period: pd.Period, freq: str, show_year: bool) -> str:
    if freq.upper().startswith("M"):
        return f"{MONTHS[period.month - 1]}\n{period.year}" if show_year else MONTHS[period.month - 1]
    if freq.upper().startswith("Y") or freq.upper().startswith("A"):
        return str(period.year)
    if freq.upper().startswith("Q"):
        return f"T{period.quarter}\n{period.year}" if show_year else f"T{period.quarter}"
    return french_date(period.start_time, year=show_year)


def net_stance_chart(statements: pd.DataFrame | None = None, *, level: str = "country", freq: str = "M",
                     target: str | None = None, table: pd.DataFrame | None = None, ax=None,
                     title: str | None = None) -> Figure:
    """Heatmap of net stance (rows: actors, columns: every period in range), n in each cell.

    Args:
        statements: coded statements (ignored when ``table`` is given).
        level, freq, target: as in :func:`net_stance`.
        table: a :func:`net_stance` table to draw instead of computing one.

    Returns:
        The figure: blue for favor, vermillion for against, white for balanced or neutral,
        empty (hatched) cells for periods without utterances; each filled cell shows the net
        stance (French decimal comma) and the number of utterances.
    """
    figures.setup()
    if table is None:
        table = net_stance(statements, level=level, freq=freq, target=target)
    freq = table.attrs.get("freq", freq)
    actors = list(dict.fromkeys(table["actor"]))
    labels = dict(zip(table["actor"], table["label"]))
    if len(table):
        periods = pd.period_range(pd.Period(table["period"].min(), freq), pd.Period(table["period"].max(), freq),
                                  freq=freq)
    else:
        periods = pd.PeriodIndex([], freq=freq)
    grid = np.full((len(actors), len(periods)), np.nan)
    count = np.zeros_like(grid)
    col = {str(p): j for j, p in enumerate(periods)}
    for r in table.itertuples():
        grid[actors.index(r.actor), col[r.period]] = r.net
        count[actors.index(r.actor), col[r.period]] = r.n_utterances
    if ax is None:
        fig = plt.figure(figsize=(max(4.5, 1.6 + 0.62 * len(periods)), 1.5 + 0.45 * max(len(actors), 1)))
        ax = fig.add_subplot()
    fig = ax.figure
    ax.set_facecolor("white")
    image = ax.imshow(np.ma.masked_invalid(grid), cmap=NET_CMAP, vmin=-1, vmax=1, aspect="auto")
    for i in range(len(actors)):
        for j in range(len(periods)):
            if np.isnan(grid[i, j]):
                ax.add_patch(plt.Rectangle((j - 0.5, i - 0.5), 1, 1, fill=False, hatch="////",
                                           ec="#DDDDDD", lw=0))
            elif len(periods) <= 36:
                dark = abs(grid[i, j]) > 0.6
                ax.text(j, i, f"{french_number(grid[i, j])}\nn={int(count[i, j])}", ha="center", va="center",
                        fontsize=7, color="white" if dark else "#222222")
    years = [p.year for p in periods]
    ax.set_xticks(range(len(periods)),
                  [_period_label(p, freq, j == 0 or years[j] != years[j - 1]) for j, p in enumerate(periods)],
                  fontsize=8)
    ax.set_yticks(range(len(actors)), [labels[a] for a in actors], fontsize=8.5)
    for side in ax.spines.values():
        side.set_visible(False)
    ax.tick_params(length=0)
    level_name = LEVEL_LABELS.get(table.attrs.get("level", level), level)
    tgt = table.attrs.get("target")
    tgt = shifts_mod.target_labels().get(tgt, tgt)
    ax.set_title(title or f"Position nette sur « {tgt} », par {level_name}",
                 loc="left", fontsize=11)
    bar = fig.colorbar(image, ax=ax, fraction=0.04, pad=0.02)
    bar.set_label("(pour − contre) / énoncés", fontsize=8)
    bar.set_ticks([-1, 0, 1], labels=["−1 contre", "0", "+1 pour"], fontsize=7.5)
    ax.annotate(_excluded_french(table), (0, 0), xycoords="axes fraction", xytext=(0, -30),
                textcoords="offset points", fontsize=7, color="#555555", va="top")
    return fig
