"""Charts of stance by actor over time: timelines, net stance per period, shift annotations.

Input is a coded statements table (see :mod:`helpers.shifts`); every chart counts utterances,
not reprints, and says how many statements it left out and why. Figure text is French (the
write-up's language); month names are written here, not taken from the system locale.
Colours and markers follow the Okabe-Ito palette, safe for colour-blind readers, and every
stance differs by shape as well as colour so the figures survive greyscale printing. An
utterance no article dates is placed at the publication date of its earliest report and drawn
hollow (white face, edge in the stance's colour), with "(publ.)" in its quote label.
"""
from __future__ import annotations

import math
import textwrap
from typing import NamedTuple

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

from . import figures, labels
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
# An utterance no article dates sits at the publication date of its earliest report: drawn
# hollow, and its labels say "(publ.)", so the reader never takes that day for the day of the words.
PUBLICATION_LABEL = "creux : daté par la publication\nde l'article (« publ. »)"
PUBLICATION_MARK = "publ."
BASE_SIZE = 26  # marker area (pt²) of an utterance reported once (about 5 pt across, printed)
RING_SIZE = BASE_SIZE * 4.2  # the ring around a shift's utterance
ARROW_RAD = 0.25  # curvature of the arrow from a bracket to the shift it leads to
NET_CMAP = LinearSegmentedColormap.from_list("net_stance", ["#D55E00", "#F7F7F7", "#0072B2"])


# --------------------------------------------------------------------------- French dates

def french_date(when, *, day: bool = True, year: bool = True, months=MONTHS) -> str:
    """'23 janv. 2017' (or 'janv. 2017', '23 janv.') whatever the system locale (``months``:
    another language's month names)."""
    when = pd.Timestamp(when)
    text = months[when.month - 1]
    if day:
        text = f"{when.day} {text}"
    return f"{text} {when.year}" if year else text


def french_number(value: float, fmt: str = "{:+.2f}", *, decimal: str = ",") -> str:
    """Decimal comma and a true minus sign, as French typesetting wants (``decimal="."`` for
    English)."""
    if value == 0:
        value = 0.0  # no "+0,00" nor "−0,00"
        fmt = fmt.replace("+", "")
    return fmt.format(value).replace("-", "−").replace(".", decimal)


class FrenchDateFormatter(Formatter):
    """Tick labels in French: days ('23 janv.'), months ('mai') or years; the year is added
    under the first tick and wherever it changes, as in ``ConciseDateFormatter``."""

    def __init__(self, unit: str, months=MONTHS):
        self.unit = unit
        self.months = months

    def _label(self, d, show_year):
        if self.unit == "year":
            return str(d.year)
        text = f"{d.day} {self.months[d.month - 1]}" if self.unit == "day" else self.months[d.month - 1]
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


def date_axis(ax, start, end, *, months=MONTHS) -> None:
    """Limits, locator and French formatter for dates from ``start`` to ``end`` (days to decades)."""
    start, end = pd.Timestamp(start), pd.Timestamp(end)
    span = max((end - start).days, 0)
    pad = pd.Timedelta(days=max(span * 0.04, 3))
    lo, hi = start - pad, end + pad
    span = (hi - lo).days
    if span <= 24:
        locator, unit = mdates.DayLocator(interval=max(1, math.ceil(span / 10))), "day"
    elif span <= 70:
        # Mondays; every other one past five weeks, so that labels fit a column's width.
        locator, unit = mdates.WeekdayLocator(byweekday=mdates.MO, interval=2 if span > 35 else 1), "day"
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
    ax.xaxis.set_major_formatter(FrenchDateFormatter(unit, months))


# --------------------------------------------------------------------------- lanes

def _first_dates(utts, key):
    return utts.groupby(key, sort=False)["date"].min()


def _home(utts: pd.DataFrame, col: str) -> pd.Series:
    """Each actor's most frequent value of ``col`` (ties: alphabetical), vectorised."""
    counts = utts.groupby(["actor", col], sort=False).size().rename("n").reset_index()
    counts = counts.sort_values(["actor", "n", col], ascending=[True, False, True], kind="stable")
    return counts.drop_duplicates("actor").set_index("actor")[col]


def lane_text(text: str, org: str = "", *, width: int = 26) -> str:
    """A lane's name on at most two lines: 'Name (Organisation)', the organisation under the name
    when both do not fit ``width`` characters (long names are cut with an ellipsis)."""
    def cut(s: str) -> str:
        return s if len(s) <= width else s[: width - 1].rstrip() + "…"

    if not org:
        return "\n".join(textwrap.wrap(text, width, break_long_words=True, max_lines=2, placeholder="…")) or text
    full = f"{text} ({org})"
    return full if len(full) <= width else f"{cut(text)}\n{cut('(' + org + ')')}"


def lanes(utts: pd.DataFrame, level: str, *, no_country: str = NO_COUNTRY) -> pd.DataFrame:
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
        utts[col] = utts["actor"].map(_home(utts, col))
    utts["country_name"] = utts["country"].map(country_names)
    if level == "country":
        order = _first_dates(utts, "actor").reset_index().sort_values(["date", "actor"], kind="stable")
        labels_ = utts.drop_duplicates("actor").set_index("actor")["label"]
        for actor in order["actor"]:
            rows.append(("lane", labels_[actor], actor, actor, ""))
    else:
        countries = _first_dates(utts, "country").reset_index()
        countries["stateless"] = countries["country"].eq("")
        countries = countries.sort_values(["stateless", "date", "country"], kind="stable")
        for country in countries["country"]:
            sub = utts[utts["country"].eq(country)]
            name = sub["country_name"].iloc[0] if country else no_country
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
                    text = lane_text(text, org)
                else:
                    text = lane_text(text)
                rows.append(("lane", text, actor, country, org))
    out = pd.DataFrame(rows, columns=["kind", "text", "actor", "country", "organization"])
    out.insert(0, "row", range(len(out)))
    return out


OTHERS = "\x00others"  # the lane of the actors a capped timeline groups


def cap_actors(utts: pd.DataFrame, level: str, *, max_rows: int, keep=()) -> tuple[pd.DataFrame, int]:
    """Keep the most quoted actors so that their lanes (and country headers) fit ``max_rows``
    rows, the rest grouped in one lane (actor :data:`OTHERS`).

    Args:
        utts: utterances (``shifts.utterances`` columns).
        level: their level (headers are counted at person and institution level).
        max_rows: rows the figure has room for.
        keep: actors that stay whatever their count (those a shift annotation needs).

    Returns:
        ``(utts, n_grouped)``: the table with grouped actors' ``actor`` set to ``OTHERS`` and
        ``label`` / ``country`` / ``organization`` blank, and how many actors were grouped.
    """
    if utts.empty:
        return utts, 0
    counts = utts.groupby("actor", sort=False).agg(n=("utterance", "size"), first=("date", "min"))
    if level == "country":
        needed = len(counts)
        home = None
    else:
        needed = len(counts) + utts["actor"].map(_home(utts, "country")).nunique()
    if needed <= max_rows:
        return utts, 0
    forced = set(keep) & set(counts.index)
    if len(forced) > max_rows - 1:
        # More annotated actors than a page holds: the most quoted of them.
        forced = set(counts.loc[list(forced)].sort_values("n", ascending=False, kind="stable").index[: max_rows // 2])
    counts["forced"] = counts.index.isin(forced)
    counts = counts.reset_index().sort_values(["forced", "n", "first", "actor"], ascending=[False, False, True, True],
                                              kind="stable")
    home = _home(utts, "country") if level != "country" else None
    chosen, countries = [], set()
    for actor in counts["actor"]:
        extra = 0 if home is None or home[actor] in countries else 1
        # Rows once this actor is in: its lane, the lanes and headers so far, a new header, and
        # the "others" lane.
        if len(chosen) + 1 + len(countries) + extra + 1 > max_rows and actor not in forced:
            break  # the most quoted, strictly: no less quoted actor slips into a spare row
        chosen.append(actor)
        if home is not None:
            countries.add(home[actor])
    grouped = ~utts["actor"].isin(chosen)
    n_grouped = int(utts.loc[grouped, "actor"].nunique())
    out = utts.copy()
    out.loc[grouped, ["actor", "label", "country", "organization"]] = [OTHERS, "", "", ""]
    return out, n_grouped


def _dodge(points: pd.DataFrame, tol: float, step: float) -> np.ndarray:
    """Vertical offsets (lane units) for markers of one lane closer than ``tol`` (x units) to the
    previous one: a pile of k markers is spread ``step`` apart, within 0.8 of a lane whatever k
    (vectorised: linear in the number of markers)."""
    if not len(points):
        return np.zeros(0)
    order = np.lexsort((points["seq"].to_numpy(), points["x"].to_numpy(), points["y"].to_numpy()))
    x = points["x"].to_numpy()[order]
    y = points["y"].to_numpy()[order]
    new = np.ones(len(x), dtype=bool)
    new[1:] = (y[1:] != y[:-1]) | (np.diff(x) > tol)
    cluster = np.cumsum(new) - 1
    size = np.bincount(cluster)
    start = np.flatnonzero(new)
    pos = np.arange(len(x)) - start[cluster]
    k = size[cluster]
    spacing = np.minimum(step, 0.8 / np.maximum(k - 1, 1))
    offset = np.empty(len(x))
    offset[order] = (pos - (k - 1) / 2) * spacing
    return offset


def _largest_pile(utts: pd.DataFrame, tol_days: float) -> int:
    if utts.empty:
        return 1
    days = (utts["date"] - utts["date"].min()).dt.days.to_numpy(dtype=float)
    actor = pd.factorize(utts["actor"])[0]
    order = np.lexsort((days, actor))
    d, a = days[order], actor[order]
    new = np.ones(len(d), dtype=bool)
    new[1:] = (a[1:] != a[:-1]) | (np.diff(d) > tol_days)
    return int(np.bincount(np.cumsum(new) - 1).max())


PRINT_WIDTH = 16 / 2.54  # inches: a paper's text column
COLUMN_WIDTH = 15.4 / 2.54  # inches drawn: a tick label past the axes may widen the saved figure
PAGE_HEIGHT = 23 / 2.54  # inches: a full page of text, with room for the caption
MIN_FONT = 7.0  # points, at the figure's printed size (a 16 cm column)
FONT = {"title": 9.0, "tick": 7.5, "lane": 7.5, "legend": 7.0, "note": 7.0, "count": 7.0, "label": 7.0,
        "cell": 7.0}
LANE_HEIGHT = 0.26  # inches per lane, at least
MAX_LANE_HEIGHT = 0.55  # inches per lane at most, however large a pile of markers
MARKER_GAP = 6.5  # points between the centres of stacked markers
TOP_MARGIN = 0.35  # inches above the axes, plus a line per title line
BOTTOM_MARGIN = 1.75  # inches under the axes: dates, the note, the legend
MAX_COUNT_LABELS = 40  # "×n" labels drawn at most (the most reported utterances)


def _names(names) -> labels.Names:
    """``names`` as ``labels.Names``: a Names, an ISO -> country dict (kept for older calls),
    or None for the default (``labels.use``, else the shipped register, French)."""
    if isinstance(names, labels.Names):
        return names
    base = labels.default()
    if names is None:
        return base
    return labels.Names(language=base.language, countries=dict(names), actors=base.actors, targets=base.targets)


def _wrap_title(text: str, width_in: float, size: float) -> str:
    return "\n".join(textwrap.wrap(text, max(20, int(width_in * 72 / (size * 0.6))))) or text


def _annotated_actors(annotate, utts) -> set:
    """Actors whose utterances the drawn events of a shift table name (they keep their lanes
    when lanes are capped): the events :func:`annotate_shifts` will draw, not the whole table."""
    if annotate is None or not len(annotate) or utts.empty:
        return set()
    on_figure = set(utts["utterance"])
    events, _ = _pick_events([e for e in _events(annotate) if e[1] in on_figure], MAX_EVENTS)
    ids = {e[1] for e in events} | {u for e in events for u in e[2]}
    return set(utts.loc[utts["utterance"].isin(ids), "actor"])


def stance_timeline(statements: pd.DataFrame, *, level: str = "person", target: str | None = None,
                    actors=None, ax=None, annotate: pd.DataFrame | None = None,
                    title: str | None = None, names: labels.Names | dict[str, str] | None = None,
                    fallback: str | None = "publication", departs_from: str = "record",
                    max_lanes: int | None = None, max_labels: int | None = None) -> Figure:
    """Stance of each actor over time: one lane per actor, one marker per utterance.

    The figure is sized for print: 16 cm wide (a paper's column), text of at least 7 pt at that
    size, and never taller than a page. When the actors' lanes do not fit a page, the most
    quoted actors keep theirs (and those a shift annotation needs) and the others share one
    lane, "autres acteurs (n)", which the note under the figure states.

    Args:
        statements: coded statements (``speaker, organization, country, text, date, utterance,
            target, stance`` ...; see :func:`helpers.shifts.utterances`).
        level: ``"person"``, ``"institution"`` or ``"country"`` (lanes are speakers, institutions
            or countries; person and institution lanes are grouped under their country).
        target: the codebook target (default: the most coded one).
        actors: keep only these actors (ids, canonical names or labels at ``level``).
        ax: draw into this axes (default: a new figure sized for print).
        annotate: a shift table (``shifts.find``, ``shifts.divergences`` or ``shifts.table``)
            to draw on the figure with :func:`annotate_shifts` (each shift against the
            actor's whole record, its last run solid; ``departs_from`` chooses).
        departs_from: passed to :func:`annotate_shifts` (``"record"`` or ``"run"``).
        title: figure title (default names the target and the level).
        names: a ``labels.Names`` (the workbook's ``.names``: language, country, actor and target
            names); an ISO -> country name dict is still accepted. Default: ``labels.default()``.
        fallback: ``"publication"`` (default) places an utterance no article dates at the
            publication date of its earliest report, drawn hollow (white face, edge in the
            stance's colour) with a legend entry saying so; ``None`` leaves it out and counts
            it in the note ("sans date"). See :func:`helpers.shifts.utterances`.
        max_lanes: rows (lanes and country headers) at most; default: what fits a page.
        max_labels: quote labels at most when annotating (default :data:`MAX_LABELS`).

    Returns:
        The figure. Markers are coloured and shaped by stance, sized by the number of articles
        reporting the utterance (with a "×n" label when n > 1, for the most reported ones),
        filled when the articles date the words and hollow when the date is a publication
        date. The axes carries the plotted utterances as ``ax.timeline`` (columns of
        ``shifts.utterances`` plus ``x, y, seq``), the lanes as ``ax.lanes`` and the number of
        actors grouped in the "others" lane as ``ax.grouped_actors``; a note under the axes
        says how many utterances were left out.
    """
    figures.setup()
    nm = _names(names)
    words = nm.text
    utts = shifts_mod.utterances(nm.localise(statements), level=level, target=target,
                                 names=dict(nm.countries), fallback=fallback)
    if actors is not None:
        keep = set(actors) | {nm.actor(a) for a in actors}
        n_all = len(utts)
        utts = utts[utts["actor"].isin(keep) | utts["label"].isin(keep)]
        hidden = n_all - len(utts)
    else:
        hidden = 0
    utts = shifts_mod.sequence(utts, by="actor") if len(utts) else utts.assign(seq=[])
    span = max((utts["date"].max() - utts["date"].min()).days, 0) if len(utts) else 0
    tol_days = (span + 2 * max(span * 0.04, 3)) * 0.012  # markers closer than this would overlap
    pile = _largest_pile(utts, tol_days)
    lane_h = min(MAX_LANE_HEIGHT, max(LANE_HEIGHT, (MARKER_GAP / 72) * (pile - 1) / 0.8 if pile > 1 else 0))
    n_label_rows = 0
    if annotate is not None and len(annotate):
        n_label_rows = min(max_labels or MAX_LABELS, len(_events(annotate)) * 3)
    # Rows that fit a page: lanes of at least LANE_HEIGHT between the title and the legend.
    fit = int((PAGE_HEIGHT - TOP_MARGIN - 0.35 - BOTTOM_MARGIN) / LANE_HEIGHT)
    cap = max(3, min(max_lanes or fit, fit))
    utts, n_grouped = cap_actors(utts, level, max_rows=cap, keep=_annotated_actors(annotate, utts))
    grouped = utts["actor"].eq(OTHERS)
    rows = lanes(utts[~grouped], level, no_country=words["no_country"])
    if n_grouped:
        rows = pd.concat([rows, pd.DataFrame([{"row": len(rows), "kind": "lane",
                                               "text": words["others_lane"].format(n=n_grouped),
                                               "actor": OTHERS, "country": OTHERS, "organization": ""}])],
                         ignore_index=True)
    n_rows = max(len(rows), 1)
    if ax is None:
        longest = max((len(line) for t in rows["text"] for line in str(t).split("\n")), default=0)
        left = min(2.0, max(0.45, 0.2 + longest * FONT["lane"] * 0.55 / 72))
        axes_w = COLUMN_WIDTH - left - 0.1
        tgt_label = nm.targets.get(utts.attrs.get("target"), utts.attrs.get("target"))
        # The title starts at the axes' left edge: it wraps to the axes' width.
        title_text = _wrap_title(title or words["title"].format(target=tgt_label, level=words["levels"][level]),
                                 axes_w, FONT["title"])
        top = TOP_MARGIN + 0.16 * title_text.count("\n")
        # Quote labels need room too: about two label heights per label, spread over the lanes.
        label_room = n_label_rows * FONT["label"] * 2.6 / 72 * 1.1
        axes_h = max(n_rows * lane_h, label_room, 0.6)
        height = min(PAGE_HEIGHT, top + axes_h + BOTTOM_MARGIN)
        if top + n_rows * LANE_HEIGHT + BOTTOM_MARGIN > height:
            height = top + n_rows * LANE_HEIGHT + BOTTOM_MARGIN
        fig = plt.figure(figsize=(COLUMN_WIDTH, height))
        fig.subplots_adjust(left=left / COLUMN_WIDTH, right=1 - 0.1 / COLUMN_WIDTH,
                            bottom=BOTTOM_MARGIN / height, top=1 - top / height)
        ax = fig.add_subplot()
        ax.margins_inches = (BOTTOM_MARGIN, top)  # annotate_shifts may grow the figure, keeping these
    else:
        tgt_label = nm.targets.get(utts.attrs.get("target"), utts.attrs.get("target"))
        title_text = title or words["title"].format(target=tgt_label, level=words["levels"][level])
    fig = ax.figure
    ax.names = nm
    ax.set_title(title_text, loc="left", fontsize=FONT["title"])

    # Lanes: grey rule per actor, a stronger rule between countries; header ticks in bold.
    y_of = dict(zip(rows.loc[rows["kind"].eq("lane"), "actor"], rows.loc[rows["kind"].eq("lane"), "row"]))
    for r in rows.itertuples():
        if r.kind == "lane":
            ax.axhline(r.row, color="#E6E6E6", lw=0.8, zorder=0)
            if r.actor == OTHERS and r.row > 0:
                ax.axhline(r.row - 0.5, color="#7F7F7F", lw=0.8, zorder=0)
        elif r.row > 0:
            ax.axhline(r.row - 0.5, color="#7F7F7F", lw=0.8, zorder=0)
    ax.set_yticks(list(rows["row"]), list(rows["text"]))
    for tick, kind in zip(ax.get_yticklabels(), rows["kind"]):
        if kind == "header":
            tick.set_fontweight("bold")
        tick.set_fontsize(FONT["lane"])
    for tick, kind in zip(ax.yaxis.get_major_ticks(), rows["kind"]):
        if kind == "header":
            tick.tick1line.set_visible(False)
    ax.set_ylim(n_rows - 0.5, -0.5)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.tick_params(axis="x", labelsize=FONT["tick"])

    marker_sets: list = []  # (artist, rows of points) to move when the figure grows
    if utts.empty:
        ax.text(0.5, 0.5, words["empty"], transform=ax.transAxes,
                ha="center", va="center", color="#555555", fontsize=FONT["note"])
        date_axis(ax, pd.Timestamp("2000-01-01"), pd.Timestamp("2000-01-31"), months=words["months"])
        points = utts.assign(x=[], y=[])
    else:
        date_axis(ax, utts["date"].min(), utts["date"].max(), months=words["months"])
        points = utts.assign(x=mdates.date2num(utts["date"].to_numpy()),
                             y=utts["actor"].map(y_of).astype(float))
        lo, hi = ax.get_xlim()
        lane_inches = ax.get_position().height * fig.get_figheight() / n_rows
        points["y"] = points["y"] + _dodge(points, tol=(hi - lo) * 0.012, step=MARKER_GAP / 72 / lane_inches)
        sizes = BASE_SIZE * (1 + 0.55 * (points["n_reports"] - 1))
        hollow = points["date_basis"].eq("publication")
        for stance, style in STANCE_STYLE.items():
            sel = points["stance"].eq(stance)
            if (sel & ~hollow).any():
                coll = ax.scatter(points.loc[sel & ~hollow, "x"], points.loc[sel & ~hollow, "y"],
                                  s=sizes[sel & ~hollow], c=style["color"], marker=style["marker"],
                                  edgecolors="white", linewidths=0.5, zorder=3, gid=f"{stance}-statement")
                marker_sets.append((coll, points.index[sel & ~hollow]))
            if (sel & hollow).any():
                coll = ax.scatter(points.loc[sel & hollow, "x"], points.loc[sel & hollow, "y"],
                                  s=sizes[sel & hollow], facecolors="white", edgecolors=style["color"],
                                  marker=style["marker"], linewidths=1.1, zorder=3, gid=f"{stance}-publication")
                marker_sets.append((coll, points.index[sel & hollow]))
        many = points[points["n_reports"] > 1].sort_values("n_reports", ascending=False, kind="stable")
        for p in many.head(MAX_COUNT_LABELS).itertuples():
            ann = ax.annotate(f"×{p.n_reports}", (p.x, p.y), xytext=(5, 3), textcoords="offset points",
                              fontsize=FONT["count"], color="#333333", zorder=4, gid="count")
            marker_sets.append((ann, p.Index))

    handles = [Line2D([], [], ls="", marker=s["marker"], color=s["color"], markeredgecolor="white",
                      markersize=6.5, label=words["stances"][k]) for k, s in STANCE_STYLE.items()]
    handles.append(Line2D([], [], ls="", marker="o", color="#BBBBBB", markersize=6.5 * math.sqrt(1 + 0.55 * 2),
                          label=words["count_legend"]))
    n_publication = int(points["date_basis"].eq("publication").sum()) if len(points) else 0
    if n_publication:
        handles.append(Line2D([], [], ls="", marker="o", color="#777777", markerfacecolor="white",
                              markeredgewidth=1.1, markersize=6.5, label=words["publication_label"]))
    _legend(ax, handles, words["stance_legend"])
    dated_by = words["dated_by"].format(n=n_publication) if n_publication else ""
    note = (words["note"].format(n=len(points), reports=int(points["n_reports"].sum()), dated=dated_by)
            + (words["hidden"].format(n=hidden) if hidden else "")
            + (words["capped"].format(n=n_grouped, u=int(grouped.sum())) if n_grouped else "")
            + _excluded_text(utts, words))
    ax.annotate(_wrap_note(note, ax), (0, 0), xycoords="axes fraction", xytext=(0, -28), textcoords="offset points",
                fontsize=FONT["note"], color="#555555", va="top", gid="note")
    ax.timeline = points
    ax.lanes = rows
    ax.timeline_level = level
    ax.grouped_actors = n_grouped
    ax.marker_sets = marker_sets
    if annotate is not None:
        annotate_shifts(ax, annotate, departs_from=departs_from, max_labels=max_labels)
    return fig


def _wrap_note(note: str, ax=None) -> str:
    """The note in lines as wide as the axes it starts under (``ax``; default a column)."""
    width = COLUMN_WIDTH - 0.3 if ax is None else ax.get_position().width * ax.figure.get_figwidth()
    return "\n".join(textwrap.wrap(note, int(width * 72 / (FONT["note"] * 0.6))))


def _legend(ax, handles, title, *, handler_map=None) -> None:
    """The legend under the axes (below the dates and the note), in columns: the figure keeps a
    column's width."""
    fig = ax.figure
    below = ax.transAxes + ScaledTranslation(0, -0.72, fig.dpi_scale_trans)
    ax.legend(handles=handles, title=title, loc="upper left", bbox_to_anchor=(0, 0), bbox_transform=below,
              ncol=3, frameon=False, fontsize=FONT["legend"], title_fontsize=FONT["legend"], alignment="left",
              borderaxespad=0, handletextpad=0.4, columnspacing=1.2, handler_map=handler_map)


PLOTTED_COLUMNS = ["level", "actor", "label", "country", "organization", "speaker", "utterance", "date",
                   "date_basis", "stance", "quote", "kind", "n_reports", "articles", "stance_source"]


def plotted(fig_or_ax) -> pd.DataFrame:
    """The utterances a :func:`stance_timeline` figure shows, for the CSV saved beside it.

    Returns:
        Columns :data:`PLOTTED_COLUMNS` (``date`` as ISO string, ``date_basis`` "statement" or
        "publication"), one row per utterance, in the order of the lanes then dates (utterances
        of the "others" lane with ``actor`` blank).
    """
    ax = fig_or_ax if not isinstance(fig_or_ax, Figure) else next(
        a for a in fig_or_ax.axes if hasattr(a, "timeline"))
    data = ax.timeline.copy()
    lane = dict(zip(ax.lanes["actor"], ax.lanes["row"]))
    data["_lane"] = data["actor"].map(lane)
    data = data.sort_values(["_lane", "date", "seq"], kind="stable")
    data["date"] = data["date"].dt.strftime("%Y-%m-%d")
    data["actor"] = data["actor"].replace(OTHERS, "")
    return data[PLOTTED_COLUMNS].reset_index(drop=True)


def _excluded_text(utts, words=None) -> str:
    words = words or labels.text("fr")
    excl = utts.attrs.get("excluded", {})
    parts = [f"{v['utterances']} {words['reasons'].get(k, k)}" for k, v in excl.items() if v["utterances"]]
    total = sum(v["utterances"] for v in excl.values())
    return words["excluded"].format(total=total, parts=", ".join(parts)) if total else words["none_excluded"]


_excluded_french = _excluded_text


# --------------------------------------------------------------------------- annotations

def short_quote(text: str, max_chars: int = 60, *, marks: tuple[str, str] = ("« ", " »")) -> str:
    """« text », cut at a word boundary to about ``max_chars`` with an ellipsis (``marks``:
    another language's quotation marks)."""
    text = " ".join(str(text).split())
    if len(text) > max_chars:
        cut = text[: max_chars - 1]
        if " " in cut[max_chars // 2:]:
            cut = cut[: cut.rfind(" ")]
        text = cut.rstrip(" ,;:.") + "…"
    return f"{marks[0]}{text}{marks[1]}"


def _events(table: pd.DataFrame) -> list[tuple[str, str, list[str], list[bool]]]:
    """(kind, utterance, earlier utterances, in_last_run flags) from any shift table of
    :mod:`helpers.shifts` (flags all True for a table made before they existed)."""
    if table is None or len(table) == 0:
        return []
    if "previous_utterances" in table.columns:
        flags = (table["previous_in_last_run"] if "previous_in_last_run" in table.columns
                 else table["previous_utterances"].map(lambda u: (True,) * len(u)))
        return [(r.kind, r.utterance, list(r.previous_utterances), [bool(f) for f in fl])
                for r, fl in zip(table.itertuples(), flags)]
    if "earlier_utterance" in table.columns:
        # One pass of list aggregations (a large corpus has thousands of events).
        t = table if "in_last_run" in table.columns else table.assign(in_last_run=True)
        t = t.sort_values("event", kind="stable")
        ev = t["event"].to_numpy()
        starts = np.flatnonzero(np.r_[True, ev[1:] != ev[:-1]]) if len(ev) else np.array([], dtype=int)
        earlier = np.split(t["earlier_utterance"].to_numpy(), starts[1:])
        flags = np.split(t["in_last_run"].to_numpy(dtype=bool), starts[1:])
        kinds, utts = t["kind"].to_numpy()[starts], t["utterance"].to_numpy()[starts]
        return [(k, u, e.tolist(), f.tolist()) for k, u, e, f in zip(kinds, utts, earlier, flags)]
    raise ValueError("annotate needs a table from shifts.find, shifts.divergences or shifts.table "
                     "(columns 'previous_utterances' or 'earlier_utterance')")


def _renderer(fig):
    get = getattr(fig.canvas, "get_renderer", None)
    return get() if get is not None else fig._get_renderer()


# The last run before a shift is drawn solid and dark; older items of the actor's record
# dashed and lighter: the reader sees the whole record and which part came just before.
RUN_STYLE = {"color": "#333333", "lw": 0.9, "ls": "-"}
RECORD_STYLE = {"color": "#8C8C8C", "lw": 0.9, "ls": (0, (4, 2.5))}
RUN_LABEL = "série contraire juste avant\nle revirement (trait plein)"
RECORD_LABEL = "positions contraires plus\nanciennes (tirets)"
# A divergence links two institutions' opposite words of a few days: dotted, dark.
DIVERGENCE_STYLE = {"color": "#333333", "lw": 0.8, "ls": (0, (1, 1.6))}
DIVERGENCE_LABEL = "position contraire d'une autre\ninstitution (pointillés)"
RING_LABELS = {frozenset({"shift"}): "revirement (cerclé)", frozenset({"divergence"}): "divergence (cerclé)",
               frozenset({"shift", "divergence"}): "revirement ou divergence\n(cerclé)"}
RING_LABEL = RING_LABELS[frozenset({"shift"})]
# A shift drawn on unreviewed, uncertain codings (``tentative`` in the shift table): dashed ring.
TENTATIVE_RING = (0, (2.2, 1.6))


MAX_LABELS = 12  # quote labels on one figure at most: more would not be read, and cost time
MAX_EVENTS = 12  # events drawn (ring, bracket, connectors) on one figure at most


def _quoted(points: pd.DataFrame, uid: str) -> str:
    """The utterance to ring for event ``uid``: the speaker's own quoted words when a direct
    quotation of the same speaker, day, lane and stance sits beside a paraphrase of them (the
    reader looks for the remark, not the journalist's summary)."""
    p = points.loc[uid]
    if p.get("kind", "") == "direct":
        return uid
    same = points[(points["speaker"] == p["speaker"]) & (points["date"] == p["date"])
                  & (points["stance"] == p["stance"]) & (points["y"].round() == round(p["y"]))
                  & (points["kind"] == "direct")]
    return same.index[0] if len(same) else uid


def _pick_events(events: list, limit: int) -> tuple[list, int]:
    """At most ``limit`` events, those departing from the longest records first (then in table
    order); returns them in table order and how many were left out."""
    if len(events) <= limit:
        return events, 0
    ranked = sorted(range(len(events)), key=lambda i: (-len(events[i][2]), i))[:limit]
    return [events[i] for i in sorted(ranked)], len(events) - limit


def annotate_shifts(fig_or_ax, table: pd.DataFrame, *, max_chars: int = 60, earlier_quotes: int = 6,
                    fontsize: float = FONT["label"], departs_from: str = "record",
                    max_labels: int | None = None, max_events: int = MAX_EVENTS) -> list[Text]:
    """Draw shifts (or divergences) from a shift table on a :func:`stance_timeline` figure.

    Each event's utterance gets a black ring; the earlier utterances it departs from get a
    bracket under their lane with an arrow to the ring when they share the lane (a shift at
    that level), or connectors when they sit in other lanes (dotted for a divergence; for a
    table made at another level, styled like the bracket). With the default
    ``departs_from="record"`` a reversal is drawn against the actor's whole earlier record of
    the opposite stance: the last run before it (``in_last_run``) solid and dark, the older
    items dashed and lighter (the bracket runs from the oldest item to
    the last run, with a tick on each), so the reader sees both the months of refusals and the
    refusals just before; legend entries say so. The event's quote and, for up to
    ``earlier_quotes`` of the most recent earlier speakers, one quote each per part of the
    record (last run, older items; "+n autres" for their other utterances) are placed as
    short labels that overlap neither each other, the
    markers, the title nor the legend.

    A paraphrase and the quotation it sums up (same speaker, day and stance) may be two
    utterances: the ring goes on the quotation. On a large corpus at most ``max_events`` events
    are drawn (those departing from the longest records) and ``max_labels`` quotes placed; the
    note under the figure says how many were left out. Label placement looks only at the
    markers near each label, so its cost grows linearly with the number of markers.

    Args:
        fig_or_ax: the figure returned by :func:`stance_timeline`, or its axes.
        table: ``shifts.find`` / ``shifts.divergences`` / ``shifts.table`` output; events whose
            utterance is not on the figure are skipped.
        max_chars: quotes are cut to about this many characters.
        departs_from: ``"record"`` (default) draws every earlier utterance of the table;
            ``"run"`` only those of the last run (``in_last_run``).
        max_labels: quote labels at most (default :data:`MAX_LABELS`); events first.
        max_events: events drawn at most.

    Returns:
        The label artists placed (their text and positions come from the table and the plot).
    """
    shifts_mod.check_departs(departs_from)
    ax = fig_or_ax if not isinstance(fig_or_ax, Figure) else next(
        a for a in fig_or_ax.axes if hasattr(a, "timeline"))
    fig = ax.figure
    words = ax.names.text if hasattr(ax, "names") else labels.text("fr")
    points = ax.timeline.set_index("utterance")
    events = [e for e in _events(table) if e[1] in points.index]
    events, n_left = _pick_events(events, max_events)
    # Shifts resting on unreviewed, low-confidence codings (``tentative`` in the shift table)
    # are drawn with a dashed ring (helpers.learn, helpers.shifts).
    tentative = (set(table.loc[table["tentative"].fillna(False).astype(bool), "utterance"])
                 if table is not None and "tentative" in table.columns else set())

    def walk(points, draw: bool):
        """The events' labels (point, strong, n more) and, when ``draw``, their rings, brackets
        and connectors; returns (items, kinds, drawn_older)."""
        items, seen, drawn_older, kinds = [], set(), False, set()
        for kind, uid, earlier, flags in events:
            if departs_from == "run":
                earlier = [e for e, f in zip(earlier, flags) if f]
                flags = [True] * len(earlier)
            uid = _quoted(points, uid)
            p = points.loc[uid]
            kinds.add(kind)
            if draw:
                unsure = uid in tentative
                ax.annotated_tentative = getattr(ax, "annotated_tentative", False) or unsure
                ax.scatter([p["x"]], [p["y"]], s=RING_SIZE, facecolors="none", edgecolors="black",
                           linewidths=1.0, zorder=4, linestyles=TENTATIVE_RING if unsure else "solid")
                ax.shift_rings = getattr(ax, "shift_rings", []) + [(p["x"], p["y"])]  # labels avoid them
            in_run = dict(zip(earlier, flags))
            prev = points.loc[[e for e in earlier if e in points.index]]
            run_ids = [e for e in prev.index if in_run[e]] or list(prev.index)
            older_ids = [e for e in prev.index if e not in set(run_ids)]
            lane_y = round(p["y"])
            if not draw:
                pass
            elif len(prev) and kind == "shift" and (prev["y"].round() == lane_y).all():
                # The bracket sits a few points under the lowest marker of the lane (stacked when
                # several shifts of one lane have brackets), whatever the figure's height.
                k = ax.bracket_count.get(lane_y, 0) if hasattr(ax, "bracket_count") else 0
                ax.bracket_count = {**getattr(ax, "bracket_count", {}), lane_y: k + 1}
                ybase = points.loc[points["y"].round() == lane_y, "y"].max()
                below = ax.transData + ScaledTranslation(0, -(9 + 6 * k) / 72, fig.dpi_scale_trans)
                x0, x1 = prev.loc[run_ids, "x"].min(), prev.loc[run_ids, "x"].max()
                if older_ids:
                    # Older record: dashed from its oldest item to the last run, a tick on each item.
                    ox = prev.loc[older_ids, "x"]
                    ax.plot([ox.min(), x0], [ybase, ybase], transform=below, zorder=2, **RECORD_STYLE)
                    ax.plot(list(ox), [ybase] * len(ox), transform=below, ls="", marker="|", markersize=4,
                            color=RECORD_STYLE["color"], zorder=2)
                    ax.shift_marks = getattr(ax, "shift_marks", []) + [(below, ox.min(), x0, ybase)]
                    # Leader lines should not cross it either.
                    ax.shift_segments = getattr(ax, "shift_segments", []) + [(below, (ox.min(), ybase), below,
                                                                               (x0, ybase), 0)]
                    drawn_older = True
                ax.plot([x0, x1], [ybase, ybase], transform=below, marker="|", markersize=5, zorder=2, **RUN_STYLE)
                ax.shift_marks = getattr(ax, "shift_marks", []) + [(below, x0, x1, ybase)]  # labels avoid it
                ax.shift_segments = getattr(ax, "shift_segments", []) + [
                    (below, (x0, ybase), below, (x1, ybase), 0),
                    (below, (x1, ybase), ax.transData, (p["x"], p["y"]), ARROW_RAD)]
                ax.annotate("", xy=(p["x"], p["y"]), xytext=(x1, ybase), textcoords=below,
                            arrowprops={"arrowstyle": "-|>", "color": RUN_STYLE["color"], "lw": 0.9,
                                        "connectionstyle": f"arc3,rad={ARROW_RAD}", "shrinkA": 0, "shrinkB": 7},
                            zorder=2)
            else:
                for q in prev.itertuples():
                    style = (DIVERGENCE_STYLE if kind == "divergence" else
                             RUN_STYLE if q.Index in run_ids else RECORD_STYLE)
                    drawn_older |= kind != "divergence" and q.Index not in run_ids
                    ax.plot([q.x, p["x"]], [q.y, p["y"]], color=style["color"], lw=0.8, ls=style["ls"], zorder=2)
                    ax.shift_segments = getattr(ax, "shift_segments", []) + [(ax.transData, (q.x, q.y),
                                                                               ax.transData, (p["x"], p["y"]), 0)]
            if uid not in seen:
                items.append((p, True, 0))
                seen.add(uid)
            # One label per earlier speaker and part of the record (their most reported, then
            # earliest, utterance, "+n" for the others), the most recent first, at most
            # earlier_quotes: a speaker quoted for an older refusal (by an earlier event) is quoted
            # again for the run just before this one, which the reader reads the turn against.
            # (Vectorised: an event of a large corpus may depart from thousands of utterances.)
            ranked_prev = prev[["speaker", "n_reports", "date"]].assign(
                pos=np.arange(len(prev)), in_run=prev.index.isin(run_ids))
            last = ranked_prev.groupby(["speaker", "in_run"], sort=False)["pos"].transform("max")
            ranked_prev = ranked_prev.assign(last=last).sort_values(
                ["last", "n_reports", "date", "pos"], ascending=[False, False, True, True], kind="stable")
            for _, group in list(ranked_prev.groupby(["last"], sort=False))[:earlier_quotes]:
                es = list(group.index)
                if not seen.intersection(es):
                    items.append((points.loc[es[0]], False, len(es) - 1))
                seen.update(es)
        return items, kinds, drawn_older

    # Room for the labels first (the figure may grow), markers re-spread for the new height,
    # then everything is drawn where the markers finally are.
    first, _, _ = walk(points, draw=False)
    limit = MAX_LABELS if max_labels is None else max_labels
    _make_room(ax, [p["y"] for p, _, _ in first[:limit]], fontsize)
    points = ax.timeline.set_index("utterance")
    items, kinds, drawn_older = walk(points, draw=True)
    strong = [i for i in items if i[1]]
    items = (strong + [i for i in items if not i[1]])[:limit] if len(items) > limit else items
    n_unlabelled = n_left + max(0, len(strong) - limit)
    if n_unlabelled:
        note = next((t for t in ax.texts if t.get_gid() == "note"), None)
        if note is not None:
            note.set_text(_wrap_note(words["unlabelled"].format(n=n_unlabelled) + note.get_text().replace("\n", " "),
                                     ax))
    _annotation_legend(ax, kinds, drawn_older, words)
    placed = _place_labels(ax, [(p, _label_text(p, max_chars, more, words=words), strong)
                                for p, strong, more in items], fontsize)
    ax.shift_labels = getattr(ax, "shift_labels", []) + placed
    return placed


def _annotation_legend(ax, kinds: set, older: bool, words=None) -> None:
    """Add the ring, the lines drawn (last run, older record, divergence) to the stance legend."""
    legend = ax.get_legend()
    if legend is None or not kinds:
        return
    words = words or labels.text("fr")
    ring_labels = {frozenset({"shift"}): words["ring_shift"], frozenset({"divergence"}): words["ring_divergence"],
                   frozenset({"shift", "divergence"}): words["ring_both"]}
    ours = set(ring_labels.values()) | {words["run_label"], words["record_label"], words["divergence_label"],
                                         words["tentative_label"]}
    kinds = set(kinds) | set(getattr(ax, "annotated_kinds", set()))
    older = older or getattr(ax, "annotated_older", False)
    ax.annotated_kinds, ax.annotated_older = kinds, older
    handles = [h for h in legend.legend_handles if h.get_label() not in ours]
    handles.append(Line2D([], [], ls="", marker="o", markersize=9, markerfacecolor="none",
                          markeredgecolor="black", markeredgewidth=1.0, label=ring_labels[frozenset(kinds)]))
    if "shift" in kinds:
        handles.append(Line2D([], [], label=words["run_label"], **RUN_STYLE))
    if older:
        handles.append(Line2D([], [], label=words["record_label"], **RECORD_STYLE))
    if "divergence" in kinds:
        handles.append(Line2D([], [], label=words["divergence_label"], **DIVERGENCE_STYLE))
    handler_map = None
    if getattr(ax, "annotated_tentative", False):
        # A marker's edge cannot be dashed: the legend draws this ring as a dashed circle.
        from matplotlib.legend_handler import HandlerPatch
        from matplotlib.patches import Circle

        handles.append(Circle((0, 0), 1, facecolor="none", edgecolor="black", lw=1.0, ls=TENTATIVE_RING,
                              label=words["tentative_label"]))
        handler_map = {Circle: HandlerPatch(patch_func=lambda legend, orig_handle, xdescent, ydescent, width, height,
                                            fontsize: Circle((width / 2 - xdescent, height / 2 - ydescent), 4.5))}
    _legend(ax, handles, legend.get_title().get_text(), handler_map=handler_map)


def _make_room(ax, label_ys, fontsize):
    """Grow a figure made by stance_timeline so labels of the points at ``label_ys`` (lane
    units) fit: all of them in the axes, and those of each country in its block of lanes
    (labels stay in their country's block, see :func:`_place_labels`)."""
    margins = getattr(ax, "margins_inches", None)
    n_labels = len(label_ys)
    if margins is None or not n_labels:
        return
    fig = ax.figure
    width, height = fig.get_size_inches()
    axes_height = ax.get_position().height * height
    needed = n_labels * fontsize * 2.6 / 72 * 1.2 + 0.6  # labels of 3-4 lines, side by side in pairs
    rows = getattr(ax, "lanes", None)
    if rows is not None and len(rows):
        key = rows["actor"] if getattr(ax, "timeline_level", "") == "country" else rows["country"]
        group = dict(zip(rows["row"], key))
        size = key.value_counts()
        per_group = pd.Series([group.get(int(round(y)), "") for y in label_ys]).value_counts()
        for g, n in per_group.items():
            # A block holds labels side by side as well as stacked: less room per label.
            needed = max(needed, (n * fontsize * 2.6 / 72 * 1.6 + 0.4) * len(rows) / size.get(g, len(rows)))
    # Never past a page: the labels then share the room (placement pays for any overlap).
    needed = min(needed, PAGE_HEIGHT - margins[0] - margins[1])
    if needed > axes_height:
        height += needed - axes_height
        fig.set_size_inches(width, height)
        fig.subplots_adjust(bottom=margins[0] / height, top=1 - margins[1] / height)
        _respread(ax)


def _respread(ax) -> None:
    """Spread piled markers again after the figure grew: the same gap in points, not a larger
    one (offsets are in lane units, which grew with the figure)."""
    points = ax.timeline
    if not len(points) or not getattr(ax, "marker_sets", None):
        return
    rows = ax.lanes
    base = points["actor"].map(dict(zip(rows["actor"], rows["row"]))).astype(float)
    lo, hi = ax.get_xlim()
    lane_inches = ax.get_position().height * ax.figure.get_figheight() / max(len(rows), 1)
    points = points.assign(y=base + _dodge(points.assign(y=base), tol=(hi - lo) * 0.012,
                                           step=MARKER_GAP / 72 / lane_inches))
    ax.timeline = points
    for artist, index in ax.marker_sets:
        if isinstance(artist, Text):
            artist.xy = (points.loc[index, "x"], points.loc[index, "y"])
        else:
            artist.set_offsets(np.column_stack([points.loc[index, "x"], points.loc[index, "y"]]))


LABEL_WIDTH = 34  # characters per line of a quote label


def _label_text(p, max_chars, more=0, *, words=None):
    """'Speaker, 23 janv. 2017 (publ.) :' over the quote, in lines of about LABEL_WIDTH
    characters: narrow labels fit between the markers of a crowded figure."""
    words = words or labels.text("fr")
    others = words["more"].format(n=more, s="s" if more > 1 else "") if more else ""
    publ = f" ({words['publication_mark']})" if p.get("date_basis", "statement") == "publication" else ""
    colon = "\u00a0:" if words["decimal"] == "," else ":"  # the colon never alone on a line
    head = f"{p['speaker']}, {french_date(p['date'], months=words['months'])}{publ}{others}{colon}"
    lines = [line.replace("\u00a0", " ") for line in textwrap.wrap(head, LABEL_WIDTH + 8, break_long_words=False)]
    # The quotation marks stay with the words they enclose (no line of a lone « ).
    glued = [m.replace(" ", "\u00a0") for m in words["quote_marks"]]
    quote = textwrap.wrap(short_quote(p["quote"], max_chars, marks=tuple(glued)), LABEL_WIDTH,
                          break_long_words=False)
    lines += [line.replace("\u00a0", " ") for line in quote]
    return "\n".join(lines)


class _Box(NamedTuple):
    """A box in display px; a plain tuple, as label placement tests thousands of them."""
    x0: float
    y0: float
    x1: float
    y1: float

    @classmethod
    def of(cls, bbox) -> "_Box":
        return cls(float(bbox.x0), float(bbox.y0), float(bbox.x1), float(bbox.y1))


class _Occupancy:
    """Markers rasterised on a grid of ``cell`` px with a summed-area table: how much of any box
    they cover, and whether a point is on one, in constant time whatever their number (building
    it is linear in the markers)."""

    def __init__(self, pts: np.ndarray, r: float, box: "_Box", cell: float = 3.0):
        self.x0, self.y0, self.cell = box.x0 - 2 * r, box.y0 - 2 * r, cell
        self.nx = int((box.x1 - box.x0 + 4 * r) / cell) + 2
        self.ny = int((box.y1 - box.y0 + 4 * r) / cell) + 2
        diff = np.zeros((self.ny + 1, self.nx + 1))
        if len(pts):
            xa = np.clip(((pts[:, 0] - r - self.x0) / cell).astype(int), 0, self.nx - 1)
            xb = np.clip(((pts[:, 0] + r - self.x0) / cell).astype(int), 0, self.nx - 1)
            ya = np.clip(((pts[:, 1] - r - self.y0) / cell).astype(int), 0, self.ny - 1)
            yb = np.clip(((pts[:, 1] + r - self.y0) / cell).astype(int), 0, self.ny - 1)
            for yy, xx, v in ((ya, xa, 1), (ya, xb + 1, -1), (yb + 1, xa, -1), (yb + 1, xb + 1, 1)):
                np.add.at(diff, (yy, xx), v)
        self.occupied = (diff.cumsum(0).cumsum(1)[: self.ny, : self.nx] > 0)
        self.table = np.zeros((self.ny + 1, self.nx + 1))
        self.table[1:, 1:] = self.occupied.cumsum(0).cumsum(1)

    def _index(self, x, y):
        return (np.clip(((y - self.y0) / self.cell).astype(int), 0, self.ny),
                np.clip(((x - self.x0) / self.cell).astype(int), 0, self.nx))

    def area(self, boxes: np.ndarray) -> np.ndarray:
        """px² of each box (n x 4) the markers cover."""
        y0, x0 = self._index(boxes[:, 0], boxes[:, 1])
        y1, x1 = self._index(boxes[:, 2], boxes[:, 3])
        t = self.table
        return (t[y1, x1] - t[y0, x1] - t[y1, x0] + t[y0, x0]) * self.cell ** 2

    def on(self, x: np.ndarray, y: np.ndarray) -> np.ndarray:
        yy, xx = self._index(x, y)
        yy, xx = np.minimum(yy, self.ny - 1), np.minimum(xx, self.nx - 1)
        return self.occupied[yy, xx]


def _obstacles(ax, renderer) -> list[_Box]:
    """Boxes labels must avoid besides the markers: count labels, brackets, rings, title, legend."""
    boxes = []
    for child in ax.texts:
        if child.get_gid() == "count":
            boxes.append(_Box.of(_text_box(child, renderer)))
    for transform, x0, x1, y in getattr(ax, "shift_marks", []):
        (a, b), (c, d) = transform.transform([(x0, y), (x1, y)])
        boxes.append(_Box(min(a, c) - 3, min(b, d) - 3, max(a, c) + 3, max(b, d) + 3))
    ring = (math.sqrt(RING_SIZE) / 2 + 1) * ax.figure.dpi / 72
    for x, y in getattr(ax, "shift_rings", []):
        x, y = ax.transData.transform((x, y))
        boxes.append(_Box(x - ring, y - ring, x + ring, y + ring))
    boxes.append(_Box.of(ax.title.get_window_extent(renderer)))
    legend = ax.get_legend()
    if legend is not None:
        boxes.append(_Box.of(legend.get_window_extent(renderer)))
    return boxes


# Costs of a label position (px² of overlap are the unit): a label over another label, or a
# leader line crossing a label or another leader, makes the figure unreadable; a label over a
# marker hides data; a leader through a marker is a lesser harm; a label among another
# country's lanes misleads; then the nearest place wins.
CROSSING_COST = 20000.0
LABEL_OVERLAP_COST = 60000.0  # one label over another: unreadable, worse than any crossing
LEADER_THROUGH_COST = 30000.0  # a leader line through another label: it reads as that label's
MARKER_CROSSING_COST = 700.0
BAND_COST = 5000.0
LEADER_COST = 3.0  # per point of leader length: near labels read best
OBSTACLE_COST = 3000.0  # a label over a marker, a ring, a bracket, the title or the legend
LABEL_DX = (8, 20, 35, 55, 80, 110, 150, 200, 260)  # points from the marker, along the time axis
LABEL_STEPS = 40  # vertical tries each way, in steps of 0.75 x the font size


def _place_labels(ax, items, fontsize) -> list[Text]:
    """Place each label near its point so that no label covers another label, a marker or a
    drawn line, and no leader line crosses a label, another leader or a marker.

    Each label tries offsets from the nearest outwards (its side of the axes first, then the
    other). Labels are first placed one by one (the nearest clear place), then each is moved in
    turn to its cheapest place given all the others, until no move helps: one greedy label
    placed early can no longer wall in a later one. A label's box is measured once per side
    and then moved, so trying hundreds of places costs arithmetic, not text layout.
    """
    fig = ax.figure
    renderer = _renderer(fig)
    obstacles = np.array(_obstacles(ax, renderer), dtype=float).reshape(-1, 4)
    # Drawn lines as segments (an arc is several), ``line_starts`` where each line's begin: a
    # label pays once per line it meets, however many of its segments.
    lines, line_starts = [], []
    # The rules between countries: a label across one belongs to neither block.
    rows = getattr(ax, "lanes", None)
    if rows is not None and len(rows):
        (x_lo, _), (x_hi, _) = ax.transAxes.transform([(0, 0), (1, 0)])
        for row in rows.loc[rows["kind"].eq("header") & rows["row"].gt(0), "row"]:
            y = float(ax.transData.transform((0, row - 0.5))[1])
            lines.append((((x_lo, y), (x_hi, y)), _Box(x_lo, y, x_hi, y)))
            line_starts.append(len(lines) - 1)
    for ta, a, tb, b, rad in getattr(ax, "shift_segments", []):
        pts = _arc_points(ta.transform(a), tb.transform(b), rad)
        for (x0, y0), (x1, y1) in zip(pts[:-1], pts[1:]):
            lines.append((((x0, y0), (x1, y1)), _Box(min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))))
        line_starts.append(len(lines) - (len(pts) - 1))
    marker_pts = (ax.transData.transform(np.column_stack([ax.timeline["x"], ax.timeline["y"]]))
                  if len(ax.timeline) else np.empty((0, 2)))
    r = 6 * fig.dpi / 72  # a marker's radius and a little air
    k = fig.dpi / 72
    pad = 2 * k
    ax_box = _Box.of(ax.get_window_extent(renderer))
    # Markers as an occupancy grid (the markers' boxes, of 5 pt) and, for leader lines, their
    # surroundings (6 pt): both built once, in one pass over the markers.
    line_segs = np.array([(*a, *b) for (a, b), _ in lines], dtype=float).reshape(-1, 4)
    marker_boxes = _Occupancy(marker_pts, 5 * k, ax_box)
    marker_air = _Occupancy(marker_pts, r, ax_box)
    samples = np.linspace(0, 1, 16)
    step = fontsize * 0.75
    bands = _bands(ax)
    artists, options = [], []
    for p, text, strong in items:
        px, py = (float(v) for v in ax.transData.transform((p["x"], p["y"])))
        band = next(((lo, hi) for lo, hi in bands if lo <= py <= hi), None)
        preferred = 1 if (px - ax_box.x0) < 0.55 * (ax_box.x1 - ax_box.x0) else -1
        ann = ax.annotate(
            text, (p["x"], p["y"]), xytext=(8 * preferred, step), textcoords="offset points",
            ha="left" if preferred > 0 else "right", va="center", fontsize=fontsize,
            fontweight="bold" if strong else "normal", color="#111111" if strong else "#333333",
            bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.9},
            arrowprops={"arrowstyle": "-", "color": "#777777", "lw": 0.5, "shrinkA": 0, "shrinkB": 4},
            annotation_clip=False, zorder=5)
        # The box at offset (0, 0) on each side; a try at (dx, dy) is that box moved.
        base = {}
        for side in (1, -1):
            ann.xyann = (0, 0)
            ann.set_ha("left" if side > 0 else "right")
            b = _text_box(ann, renderer)
            base[side] = (float(b.x0) - pad, float(b.y0) - pad, float(b.x1) + pad, float(b.y1) + pad)
        tries = sorted(((side, dx, step * j) for side in (preferred, -preferred) for dx in LABEL_DX
                        for j in range(-LABEL_STEPS, LABEL_STEPS + 1)),
                       key=lambda t: math.hypot(t[1], t[2]) + (0 if t[0] == preferred else 40))
        # All tries' boxes at once; what they cover whatever the other labels do (axes edge,
        # markers, rings, brackets, title, legend) is one array operation.
        boxes = np.array([[base[sd][0] + dx * sd * k, base[sd][1] + dy * k, base[sd][2] + dx * sd * k,
                           base[sd][3] + dy * k] for sd, dx, dy in tries])
        area = (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
        outside = 40 * (area - _overlaps(boxes, np.array([ax_box]))[:, 0])  # title, ticks, clipped text
        hits = _overlaps(boxes, obstacles) if len(obstacles) else np.zeros((len(boxes), 0))
        under = marker_boxes.area(boxes)  # the markers a label would hide, whatever their number
        covered = (outside + ((hits > 0) * OBSTACLE_COST + 4 * hits).sum(axis=1)
                   + (under > 0) * OBSTACLE_COST + 4 * under)
        leaders = [_leader(px, py, _Box(*row)) for row in boxes.tolist()]
        # Leaders through markers: points along each leader (past its own marker) on the grid.
        ends = np.array([(a[0], a[1], b[0], b[1]) for a, b in leaders])
        length = np.hypot(ends[:, 2] - ends[:, 0], ends[:, 3] - ends[:, 1])
        t = np.clip(samples[None, :] * (length[:, None] - r) + r, 0, None) / np.maximum(length[:, None], 1e-9)
        t = np.minimum(t, 1.0)
        sx = ends[:, 0:1] + t * (ends[:, 2:3] - ends[:, 0:1])
        sy = ends[:, 1:2] + t * (ends[:, 3:4] - ends[:, 1:2])
        through = (marker_air.on(sx, sy) & (length[:, None] > r)).sum(axis=1) * (length / len(samples)) / (2 * r)
        # Drawn lines (country rules, brackets, connectors) through a label or across its leader.
        if len(line_segs):
            line_crossings = (_segments_meet_boxes(line_segs, boxes).T | _segments_cross_all(ends, line_segs).astype(bool))
            line_hits = np.maximum.reduceat(line_crossings.astype(int), line_starts, axis=1).sum(axis=1).tolist()
        else:
            line_hits = [0] * len(boxes)
        opts = []
        for (side, dx, dy), row, cover, leader, crossed, line_hits in zip(
                tries, boxes.tolist(), covered.tolist(), leaders, through.tolist(), line_hits):
            box = _Box(*row)
            (lx0, ly0), (lx1, ly1) = leader
            # Box and leader together: two labels whose extents miss each other cannot clash.
            extent = _Box(min(box.x0, lx0, lx1), min(box.y0, ly0, ly1), max(box.x1, lx0, lx1),
                          max(box.y1, ly0, ly1))
            fixed = cover + CROSSING_COST * line_hits + MARKER_CROSSING_COST * crossed
            if band is not None and not band[0] <= (box.y0 + box.y1) / 2 <= band[1]:
                fixed += BAND_COST  # a label among another country's lanes reads as theirs
            opts.append((side, dx, dy, box, leader, fixed, LEADER_COST * math.hypot(dx, dy), extent))
        artists.append(ann)
        options.append(opts)

    def clash(a, b) -> float:
        """What two placed labels cost each other."""
        if not _touch(a[7], b[7]):
            return 0.0
        hit = _overlap(a[3], b[3])
        cost = LABEL_OVERLAP_COST + 10 * hit if hit else 0.0
        through = _segment_meets_box(a[4], b[3]) + _segment_meets_box(b[4], a[3])
        return cost + LEADER_THROUGH_COST * through + CROSSING_COST * _segments_cross(a[4], b[4])

    # Each label's places as arrays: the cost of all of them against the placed labels is a few
    # array operations (box overlaps, leaders through boxes, leaders crossing).
    arrays = [_option_arrays(opts) for opts in options]

    def against(i, placed) -> np.ndarray:
        """Cost of each place of label ``i`` given the ``placed`` labels (option tuples)."""
        a = arrays[i]
        if not placed:
            return a["own"].copy()
        boxes = np.array([c[3] for c in placed], dtype=float)
        segs = np.array([(*c[4][0], *c[4][1]) for c in placed], dtype=float)
        ext = np.array([c[7] for c in placed], dtype=float)
        touch = ((a["ext"][:, None, 0] <= ext[None, :, 2]) & (ext[None, :, 0] <= a["ext"][:, None, 2])
                 & (a["ext"][:, None, 1] <= ext[None, :, 3]) & (ext[None, :, 1] <= a["ext"][:, None, 3]))
        hit = _overlaps(a["box"], boxes)
        cost = np.where(hit > 0, LABEL_OVERLAP_COST + 10 * hit, 0.0)
        through = _segments_meet_boxes(a["seg"], boxes).astype(int) + _segments_meet_boxes(segs, a["box"]).T
        cost = cost + LEADER_THROUGH_COST * through + CROSSING_COST * _segments_cross_all(a["seg"], segs)
        return a["own"] + (cost * touch).sum(axis=1)

    def layout(order) -> tuple[float, list]:
        """Greedy placement in ``order`` (the cheapest place given the labels already placed,
        the nearest on a tie), then moves of one label at a time to its best place given the
        others, until no move helps."""
        chosen: list = [None] * len(options)
        done = []
        for i in order:
            cost = against(i, [chosen[j] for j in done])
            chosen[i] = options[i][int(np.argmin(cost))]  # tries come nearest first
            done.append(i)
        for _ in range(6):
            moved = False
            for i in order:
                others = [c for j, c in enumerate(chosen) if j != i]
                cost = against(i, others)
                current = chosen[i][5] + chosen[i][6] + sum(clash(chosen[i], c) for c in others)
                best = int(np.argmin(cost))
                if cost[best] < current - 1e-9:
                    chosen[i], moved = options[i][best], True
            if not moved:
                break
        return total_cost(chosen), chosen

    def total_cost(chosen) -> float:
        return sum(c[5] + c[6] for c in chosen) + sum(
            clash(chosen[i], chosen[j]) for i in range(len(chosen)) for j in range(i + 1, len(chosen)))

    # Which label goes first decides which is walled in: try a few orders (as given, events
    # first; top to bottom; bottom to top; left to right) and keep the cheapest layout.
    n = len(options)
    ys = [float(ax.transData.transform((p["x"], p["y"]))[1]) for p, _, _ in items]
    xs = [float(p["x"]) for p, _, _ in items]
    orders = [list(range(n)), sorted(range(n), key=lambda i: (-ys[i], i)),
              sorted(range(n), key=lambda i: (ys[i], i)), sorted(range(n), key=lambda i: (xs[i], -ys[i], i))]
    best_total, chosen = None, None
    for order in orders:
        if best_total == 0:
            break
        total, layout_ = layout(order)
        if best_total is None or total < best_total - 1e-9:
            best_total, chosen = total, layout_
    if best_total:
        # Moving two labels at once frees a walled-in one: on the best layout only (it costs
        # more than the greedy passes).
        _move_pairs(options, chosen, clash, against)
    for ann, (side, dx, dy, *_rest) in zip(artists, chosen):
        ann.xyann = (dx * side, dy)
        ann.set_ha("left" if side > 0 else "right")
        _text_box(ann, renderer)
    return artists


PAIR_TRIES = 60  # places per label tried together when two labels are moved at once


def _move_pairs(options, chosen, clash, against, rounds: int = 2) -> None:
    """Move two labels at once where moving one alone does not help: a label that still pays
    a penalty and each label blocking its nearest places, each tried at its ``PAIR_TRIES``
    cheapest places given the rest (``chosen`` is updated in place; ``against(i, placed)``
    costs every place of label ``i``)."""
    n = len(chosen)
    for _ in range(rounds):
        improved = False
        for i in range(n):
            rest_i = [chosen[k] for k in range(n) if k != i]
            if chosen[i][5] + sum(clash(chosen[i], c) for c in rest_i) == 0:
                continue  # this label pays nothing but its distance
            own = np.array([o[5] + o[6] for o in options[i]])
            near = [options[i][k] for k in np.argsort(own, kind="stable")[:PAIR_TRIES]]
            blockers = [j for j in range(n) if j != i and any(clash(o, chosen[j]) for o in near)]
            for j in blockers:
                rest = [chosen[k] for k in range(n) if k not in (i, j)]
                cost_i, cost_j = against(i, rest), against(j, rest)
                current = (float(cost_i[options[i].index(chosen[i])]) + float(cost_j[options[j].index(chosen[j])])
                           + clash(chosen[i], chosen[j]))
                best_i = np.argsort(cost_i, kind="stable")[:PAIR_TRIES]
                best_j = np.argsort(cost_j, kind="stable")[:PAIR_TRIES]
                pick = None
                for a in best_i:
                    for b in best_j:
                        total = cost_i[a] + cost_j[b]
                        if total >= current - 1e-9:
                            break  # best_j is sorted: nothing cheaper further on
                        total += clash(options[i][a], options[j][b])
                        if total < current - 1e-9:
                            current, pick = total, (options[i][a], options[j][b])
                if pick is not None:
                    chosen[i], chosen[j] = pick
                    improved = True
        if not improved:
            return


def _option_arrays(opts) -> dict[str, np.ndarray]:
    """A label's places as arrays: boxes, leader segments, extents and own cost (fixed + distance)."""
    return {"box": np.array([o[3] for o in opts], dtype=float).reshape(-1, 4),
            "seg": np.array([(*o[4][0], *o[4][1]) for o in opts], dtype=float).reshape(-1, 4),
            "ext": np.array([o[7] for o in opts], dtype=float).reshape(-1, 4),
            "own": np.array([o[5] + o[6] for o in opts], dtype=float)}


def _segments_meet_boxes(segs: np.ndarray, boxes: np.ndarray) -> np.ndarray:
    """:func:`_segment_meets_box` for every segment (n x 4) and box (m x 4): n x m booleans."""
    x0, y0 = segs[:, 0:1], segs[:, 1:2]
    dx, dy = segs[:, 2:3] - x0, segs[:, 3:4] - y0
    shape = (len(segs), len(boxes))
    lo, hi = np.zeros(shape), np.ones(shape)
    ok = np.ones(shape, dtype=bool)
    for p, q in ((-dx, x0 - boxes[None, :, 0]), (dx, boxes[None, :, 2] - x0),
                 (-dy, y0 - boxes[None, :, 1]), (dy, boxes[None, :, 3] - y0)):
        p, q = np.broadcast_to(p, shape), np.broadcast_to(q, shape)
        zero = p == 0
        ok &= ~(zero & (q < 0))
        t = q / np.where(zero, 1.0, p)
        lo = np.where(~zero & (p < 0), np.maximum(lo, t), lo)
        hi = np.where(~zero & (p > 0), np.minimum(hi, t), hi)
    return ok & (lo <= hi)


def _segments_cross_all(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """:func:`_segments_cross` for every pair of segments of ``a`` (n x 4) and ``b`` (m x 4)."""
    ax_, ay, bx, by = (a[:, k:k + 1] for k in range(4))
    cx, cy, dx, dy = (b[None, :, k] for k in range(4))

    def orient(px, py, qx, qy, rx, ry):
        return (qx - px) * (ry - py) - (qy - py) * (rx - px)

    d1, d2 = orient(cx, cy, dx, dy, ax_, ay), orient(cx, cy, dx, dy, bx, by)
    d3, d4 = orient(ax_, ay, bx, by, cx, cy), orient(ax_, ay, bx, by, dx, dy)
    return ((d1 * d2 < 0) & (d3 * d4 < 0)).astype(int)


def _arc_points(a, b, rad: float, n: int = 8) -> list[tuple[float, float]]:
    """Points along matplotlib's ``arc3`` connection from ``a`` to ``b`` (display px): the
    quadratic Bézier whose control point is the midpoint moved by ``rad`` x the chord, turned."""
    (x0, y0), (x2, y2) = (float(v) for v in a), (float(v) for v in b)
    dx, dy = x2 - x0, y2 - y0
    cx, cy = (x0 + x2) / 2 + rad * dy, (y0 + y2) / 2 - rad * dx
    if not rad:
        return [(x0, y0), (x2, y2)]
    return [((1 - t) ** 2 * x0 + 2 * (1 - t) * t * cx + t * t * x2,
             (1 - t) ** 2 * y0 + 2 * (1 - t) * t * cy + t * t * y2) for t in (i / n for i in range(n + 1))]


def _bands(ax) -> list[tuple[float, float]]:
    """Vertical extents (display px) of each country's block of lanes (each lane at country
    level): a label should stay in the block of the utterance it quotes."""
    rows = getattr(ax, "lanes", None)
    if rows is None or rows.empty:
        return []
    key = rows["actor"] if getattr(ax, "timeline_level", "") == "country" else rows["country"]
    bands = []
    for _, g in rows.groupby(key.to_numpy(), sort=False):
        (_, a), (_, b) = ax.transData.transform([(0, g["row"].min() - 0.5), (0, g["row"].max() + 0.5)])
        bands.append((min(a, b), max(a, b)))
    return bands


def _leader(px, py, box: _Box) -> tuple[tuple[float, float], tuple[float, float]]:
    """The visible part of a label's leader line: from its point to the label box's edge
    (matplotlib draws it towards the box centre, clipped by the box)."""
    cx, cy = (box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2
    dx, dy = cx - px, cy - py
    # Where the segment point -> centre enters the box.
    ts = [t for t in ((box.x0 - px) / dx if dx else None, (box.x1 - px) / dx if dx else None,
                      (box.y0 - py) / dy if dy else None, (box.y1 - py) / dy if dy else None)
          if t is not None and 0 <= t <= 1
          and box.x0 - 0.01 <= px + t * dx <= box.x1 + 0.01 and box.y0 - 0.01 <= py + t * dy <= box.y1 + 0.01]
    t = min(ts) if ts else 0.0
    return (px, py), (px + t * dx, py + t * dy)


def _segment_meets_box(seg, box: _Box) -> bool:
    """Does the segment pass through the box (Liang-Barsky clipping)?"""
    (x0, y0), (x1, y1) = seg
    dx, dy = x1 - x0, y1 - y0
    lo, hi = 0.0, 1.0
    for p, q in ((-dx, x0 - box.x0), (dx, box.x1 - x0), (-dy, y0 - box.y0), (dy, box.y1 - y0)):
        if p == 0:
            if q < 0:
                return False
            continue
        t = q / p
        if p < 0:
            lo = max(lo, t)
        else:
            hi = min(hi, t)
        if lo > hi:
            return False
    return True


def _segments_cross(a, b) -> bool:
    """Do two segments cross (touching at an end, as leaders from one point do, does not count)?"""
    (ax_, ay), (bx, by) = a
    (cx, cy), (dx, dy) = b

    def orient(px, py, qx, qy, rx, ry):
        return (qx - px) * (ry - py) - (qy - py) * (rx - px)

    d1, d2 = orient(cx, cy, dx, dy, ax_, ay), orient(cx, cy, dx, dy, bx, by)
    d3, d4 = orient(ax_, ay, bx, by, cx, cy), orient(ax_, ay, bx, by, dx, dy)
    return d1 * d2 < 0 and d3 * d4 < 0


def _text_box(ann, renderer) -> Bbox:
    """Box of an annotation's text alone (not its connector), positions updated first."""
    ann.update_positions(renderer)
    return Text.get_window_extent(ann, renderer)


def _overlaps(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Overlap areas of boxes ``a`` (n x 4: x0, y0, x1, y1) with boxes ``b`` (m x 4), n x m."""
    w = np.minimum(a[:, None, 2], b[None, :, 2]) - np.maximum(a[:, None, 0], b[None, :, 0])
    h = np.minimum(a[:, None, 3], b[None, :, 3]) - np.maximum(a[:, None, 1], b[None, :, 1])
    return np.clip(w, 0, None) * np.clip(h, 0, None)


def _touch(a: _Box, b: _Box) -> bool:
    """Do two boxes meet (edges included: a flat box of a horizontal line has no area)?"""
    return a.x0 <= b.x1 and b.x0 <= a.x1 and a.y0 <= b.y1 and b.y0 <= a.y1


def _overlap(a: _Box, b: _Box) -> float:
    w = min(a.x1, b.x1) - max(a.x0, b.x0)
    h = min(a.y1, b.y1) - max(a.y0, b.y0)
    return w * h if w > 0 and h > 0 else 0.0


# --------------------------------------------------------------------------- net stance

NET_COLUMNS = ["level", "actor", "label", "period", "start", "n_utterances", "n_reports",
               "favor", "against", "neutral", "net", "n_publication"]


def net_stance(statements: pd.DataFrame, *, level: str = "country", freq: str = "M",
               target: str | None = None, fallback: str | None = "publication",
               names: labels.Names | dict | None = None) -> pd.DataFrame:
    """Net stance of each actor per period: (favor − against) / utterances.

    Args:
        statements: coded statements (see :func:`helpers.shifts.utterances`).
        level: ``"country"``, ``"institution"`` or ``"person"``.
        freq: a pandas period frequency (``"M"`` month, ``"Q"`` quarter, ``"Y"`` year, ``"W"``).
        target: the codebook target (default: the most coded one).
        fallback: ``"publication"`` (default) counts an utterance no article dates in the
            period of its earliest report's publication; ``None`` leaves it out.
        names: a ``labels.Names`` for the labels (see :func:`stance_timeline`).

    Returns:
        One row per actor and period with at least one utterance: ``level, actor, label,
        period`` (str, e.g. ``"2016-05"``), ``start`` (Timestamp), ``n_utterances``,
        ``n_reports``, ``favor, against, neutral`` (utterance counts), ``net`` in [-1, 1] and
        ``n_publication`` (how many of the utterances are dated by publication, not by the
        text). Actors come in order of first utterance. ``.attrs["excluded"]`` as in
        ``utterances``.
    """
    nm = _names(names)
    utts = shifts_mod.utterances(nm.localise(statements), level=level, target=target, fallback=fallback,
                                 names=dict(nm.countries))
    out = pd.DataFrame(columns=NET_COLUMNS)
    if len(utts):
        utts = utts.assign(period=utts["date"].dt.to_period(freq))
        order = {a: i for i, a in enumerate(utts.drop_duplicates("actor")["actor"])}
        counts = (utts.groupby(["actor", "period", "stance"]).size().unstack(fill_value=0)
                  .reindex(columns=list(shifts_mod.STANCES), fill_value=0))
        utts["publication"] = utts["date_basis"].eq("publication").astype(int)
        extra = utts.groupby(["actor", "period"]).agg(label=("label", "first"), n_reports=("n_reports", "sum"),
                                                      n_publication=("publication", "sum"))
        out = counts.join(extra).reset_index()
        out["n_utterances"] = out[list(shifts_mod.STANCES)].sum(axis=1)
        out["net"] = (out["favor"] - out["against"]) / out["n_utterances"]
        out["start"] = out["period"].map(lambda p: p.start_time)
        out["period"] = out["period"].astype(str)
        out["level"] = level
        out["_order"] = out["actor"].map(order)
        out = (out.sort_values(["_order", "start"], kind="stable")[NET_COLUMNS].reset_index(drop=True)
               .astype({c: int for c in ("n_utterances", "n_reports", "favor", "against", "neutral",
                                         "n_publication")}))
        out.columns.name = None
    out.attrs.update(utts.attrs)
    out.attrs["freq"] = freq
    return out


def _period_label(period: pd.Period, freq: str, show_year: bool, words=None) -> str:
    words = words or labels.text("fr")
    months = words["months"]
    if freq.upper().startswith("M"):
        return f"{months[period.month - 1]}\n{period.year}" if show_year else months[period.month - 1]
    if freq.upper().startswith("Y") or freq.upper().startswith("A"):
        return str(period.year)
    if freq.upper().startswith("Q"):
        q = f"{words['quarter']}{period.quarter}"
        return f"{q}\n{period.year}" if show_year else q
    return french_date(period.start_time, year=show_year, months=months)


MAX_PERIODS = 24  # columns of a net-stance chart at most: beyond, months become quarters, then years
MAX_NET_ROWS = 30  # actors of a net-stance chart at most: the least quoted are grouped
COARSER = {"M": "Q", "W": "M", "D": "W", "Q": "Y"}


def _regroup(table: pd.DataFrame, freq: str) -> pd.DataFrame:
    """A :func:`net_stance` table summed into coarser periods ``freq``."""
    counts = ["n_utterances", "n_reports", "favor", "against", "neutral", "n_publication"]
    t = table.assign(period=pd.PeriodIndex(table["start"], freq=freq).astype(str))
    out = (t.groupby(["actor", "period"], sort=False)
             .agg(level=("level", "first"), label=("label", "first"), **{c: (c, "sum") for c in counts})
             .reset_index())
    out["start"] = pd.PeriodIndex(out["period"], freq=freq).start_time
    out["net"] = (out["favor"] - out["against"]) / out["n_utterances"]
    order = {a: i for i, a in enumerate(dict.fromkeys(table["actor"]))}
    out = out.sort_values(["actor", "start"], key=lambda c: c.map(order) if c.name == "actor" else c, kind="stable")
    out = out[NET_COLUMNS].reset_index(drop=True)
    out.attrs.update(table.attrs)
    out.attrs["freq"] = freq
    return out


def net_stance_chart(statements: pd.DataFrame | None = None, *, level: str = "country", freq: str = "M",
                     target: str | None = None, table: pd.DataFrame | None = None, ax=None,
                     title: str | None = None, names: labels.Names | dict | None = None,
                     max_periods: int = MAX_PERIODS, max_rows: int = MAX_NET_ROWS) -> Figure:
    """Heatmap of net stance (rows: actors, columns: every period in range), n in each cell.

    Sized for print: 16 cm wide, at most a page tall. Beyond ``max_periods`` periods the
    columns are regrouped (months into quarters, then years); beyond ``max_rows`` actors the
    least quoted are summed into one row; the note under the chart says so.

    Args:
        statements: coded statements (ignored when ``table`` is given).
        level, freq, target: as in :func:`net_stance`.
        table: a :func:`net_stance` table to draw instead of computing one.
        names: a ``labels.Names`` (language, actor, country and target names); see
            :func:`stance_timeline`.

    Returns:
        The figure: blue for favor, vermillion for against, white for balanced or neutral,
        empty (hatched) cells for periods without utterances; each filled cell shows the net
        stance (French decimal comma) and the number of utterances.
    """
    figures.setup()
    nm = _names(names)
    words = nm.text
    if table is None:
        table = net_stance(statements, level=level, freq=freq, target=target, names=nm)
    freq = table.attrs.get("freq", freq)
    notes = ""
    while len(table) and freq[:1].upper() in COARSER:
        span = pd.period_range(pd.Period(table["period"].min(), freq), pd.Period(table["period"].max(), freq),
                               freq=freq)
        if len(span) <= max_periods:
            break
        freq = COARSER[freq[:1].upper()]
        table = _regroup(table, freq)
        notes = words["net_coarser"].format(freq=words["freq_names"].get(freq, freq))
    actors = list(dict.fromkeys(table["actor"]))
    labels_ = dict(zip(table["actor"], table["label"]))
    if level == "country" or table.attrs.get("level") == "country":
        labels_ = {a: nm.countries.get(a, labels_[a]) for a in actors}
    if len(actors) > max_rows:
        totals = table.groupby("actor")["n_utterances"].sum()
        kept = sorted(actors, key=lambda a: (-totals[a], actors.index(a)))[: max_rows - 1]
        rest = table[~table["actor"].isin(kept)]
        notes += words["net_rows_capped"].format(n=len(actors) - len(kept))
        grouped = _regroup(rest.assign(actor=OTHERS, label=""), freq) if len(rest) else rest
        table = pd.concat([table[table["actor"].isin(kept)], grouped], ignore_index=True)
        actors = [a for a in actors if a in set(kept)] + [OTHERS]
        labels_[OTHERS] = words["others_lane"].format(n=len(set(rest["actor"])))
    if len(table):
        periods = pd.period_range(pd.Period(table["period"].min(), freq), pd.Period(table["period"].max(), freq),
                                  freq=freq)
    else:
        periods = pd.PeriodIndex([], freq=freq)
    row_of = {a: i for i, a in enumerate(actors)}
    col = {str(p): j for j, p in enumerate(periods)}
    grid = np.full((len(actors), len(periods)), np.nan)
    count = np.zeros_like(grid)
    if len(table):
        ii = table["actor"].map(row_of).to_numpy()
        jj = table["period"].map(col).to_numpy()
        grid[ii, jj] = table["net"].to_numpy(dtype=float)
        count[ii, jj] = table["n_utterances"].to_numpy(dtype=float)
    if ax is None:
        longest = max((len(str(labels_[a])) for a in actors), default=0)
        left = min(2.0, max(0.5, 0.2 + longest * FONT["tick"] * 0.55 / 72))
        height = min(PAGE_HEIGHT, 1.6 + 0.32 * max(len(actors), 1))
        fig = plt.figure(figsize=(COLUMN_WIDTH, height))
        fig.subplots_adjust(left=left / COLUMN_WIDTH, right=1 - 0.9 / COLUMN_WIDTH,
                            bottom=1.0 / height, top=1 - 0.45 / height)
        ax = fig.add_subplot()
    fig = ax.figure
    ax.set_facecolor("white")
    image = ax.imshow(np.ma.masked_invalid(grid), cmap=NET_CMAP, vmin=-1, vmax=1, aspect="auto",
                      interpolation="nearest")
    # Empty cells hatched (one patch per empty cell, few once periods are capped).
    for i, j in zip(*np.nonzero(np.isnan(grid))):
        ax.add_patch(plt.Rectangle((j - 0.5, i - 0.5), 1, 1, fill=False, hatch="////", ec="#DDDDDD", lw=0))
    cell_w = (ax.get_position().width * fig.get_figwidth()) / max(len(periods), 1)
    cell_h = (ax.get_position().height * fig.get_figheight()) / max(len(actors), 1)
    if cell_w >= 0.42 and cell_h >= 0.24:  # room for "+0,50 / n=12" at 7 pt
        for i, j in zip(*np.nonzero(~np.isnan(grid))):
            dark = abs(grid[i, j]) > 0.6
            ax.text(j, i, f"{french_number(grid[i, j], decimal=words['decimal'])}\nn={int(count[i, j])}",
                    ha="center", va="center", fontsize=FONT["cell"], color="white" if dark else "#222222")
    years = [p.year for p in periods]
    step = max(1, math.ceil(len(periods) / 12))
    ticks = list(range(0, len(periods), step))
    ax.set_xticks(ticks, [_period_label(periods[j], freq, j == 0 or years[j] != years[j - step], words)
                          for j in ticks], fontsize=FONT["tick"])
    ax.set_yticks(range(len(actors)), [labels_[a] for a in actors], fontsize=FONT["tick"])
    for side in ax.spines.values():
        side.set_visible(False)
    ax.tick_params(length=0)
    level_name = words["levels"].get(table.attrs.get("level", level), level)
    tgt = table.attrs.get("target")
    tgt = nm.targets.get(tgt, tgt)
    axes_w = ax.get_position().width * fig.get_figwidth()
    ax.set_title(title or _wrap_title(words["net_title"].format(target=tgt, level=level_name),
                                      axes_w, FONT["title"]), loc="left", fontsize=FONT["title"])
    bar = fig.colorbar(image, ax=ax, fraction=0.04, pad=0.02)
    bar.set_label(words["net_bar"], fontsize=FONT["legend"])
    bar.set_ticks([-1, 0, 1], labels=words["net_ticks"], fontsize=FONT["legend"])
    n_publication = int(table["n_publication"].sum()) if "n_publication" in table.columns and len(table) else 0
    note = notes + _excluded_text(table, words)
    if n_publication:
        note = words["net_note"].format(n=int(table["n_utterances"].sum()), p=n_publication) + note
    ax.annotate(_wrap_note(note, ax), (0, 0), xycoords="axes fraction", xytext=(0, -30),
                textcoords="offset points", fontsize=FONT["note"], color="#555555", va="top")
    ax.net_table = table
    return fig
