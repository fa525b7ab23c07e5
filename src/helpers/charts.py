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
# An utterance no article dates sits at the publication date of its earliest report: drawn
# hollow, and its labels say "(publ.)", so the reader never takes that day for the day of the words.
PUBLICATION_LABEL = "creux : daté par la publication\nde l'article (« publ. »)"
PUBLICATION_MARK = "publ."
BASE_SIZE = 46  # marker area (pt²) of an utterance reported once
RING_SIZE = BASE_SIZE * 4.2  # the ring around a shift's utterance
ARROW_RAD = 0.25  # curvature of the arrow from a bracket to the shift it leads to
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


def _clusters(points: pd.DataFrame, tol_days: float) -> list[list]:
    """Index lists of the markers of one lane (``y``) each closer than ``tol_days`` (``x``) to the
    previous one: the markers that would sit on top of each other."""
    clusters = []
    for _, lane in points.groupby("y", sort=False):
        lane = lane.sort_values(["x", "seq"], kind="stable")
        cluster, last_x = [], None
        for idx, x in zip(lane.index, lane["x"]):
            if last_x is not None and x - last_x > tol_days:
                clusters.append(cluster)
                cluster = []
            cluster.append(idx)
            last_x = x
        clusters.append(cluster)
    return clusters


def _dodge(points: pd.DataFrame, tol_days: float) -> pd.Series:
    """Vertical offsets (in lane units) for markers of one lane closer than ``tol_days``."""
    offset = pd.Series(0.0, index=points.index)
    for cluster in _clusters(points, tol_days):
        k = len(cluster)
        for i, idx in enumerate(cluster):
            offset[idx] = (i - (k - 1) / 2) * _step(k)
    return offset


def _step(k: int) -> float:
    """Vertical distance (lane units) between the k markers of a cluster: within 0.7 lane."""
    return min(0.24, 0.7 / max(k - 1, 1))


LANE_HEIGHT = 0.34  # inches per lane, at least
MARKER_GAP = 7.5  # points between the centres of stacked markers, at least
LEGEND_HEIGHT = 1.7  # inches the legend needs beside the axes


def _lane_height(utts: pd.DataFrame, rows: pd.DataFrame) -> float:
    """Inches per lane so that the largest cluster of markers does not pile up (same tolerance
    as :func:`stance_timeline`'s dodge: 1.2 % of the padded date range)."""
    if utts.empty:
        return LANE_HEIGHT
    start, end = utts["date"].min(), utts["date"].max()
    span = max((end - start).days, 0)
    padded = span + 2 * max(span * 0.04, 3)
    lane = rows.loc[rows["kind"].eq("lane")].set_index("actor")["row"]
    pts = pd.DataFrame({"x": (utts["date"] - start).dt.days.astype(float).to_numpy(),
                        "y": utts["actor"].map(lane).to_numpy(), "seq": utts["seq"].to_numpy()})
    largest = max((len(c) for c in _clusters(pts, padded * 0.012)), default=1)
    return max(LANE_HEIGHT, MARKER_GAP / 72 / _step(largest) if largest > 1 else 0)


# --------------------------------------------------------------------------- timeline

def stance_timeline(statements: pd.DataFrame, *, level: str = "person", target: str | None = None,
                    actors=None, ax=None, annotate: pd.DataFrame | None = None,
                    title: str | None = None, names: dict[str, str] | None = None,
                    fallback: str | None = "publication", departs_from: str = "record") -> Figure:
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
            to draw on the figure with :func:`annotate_shifts` (each shift against the
            actor's whole record, its last run solid; ``departs_from`` chooses).
        departs_from: passed to :func:`annotate_shifts` (``"record"`` or ``"run"``).
        title: figure title (default names the target and the level).
        names: ISO code -> country name (default: the actor register).
        fallback: ``"publication"`` (default) places an utterance no article dates at the
            publication date of its earliest report, drawn hollow (white face, edge in the
            stance's colour) with a legend entry saying so; ``None`` leaves it out and counts
            it in the note ("sans date"). See :func:`helpers.shifts.utterances`.

    Returns:
        The figure. Markers are coloured and shaped by stance, sized by the number of articles
        reporting the utterance (with a "×n" label when n > 1), filled when the articles date
        the words and hollow when the date is a publication date. The axes carries the plotted
        utterances as ``ax.timeline`` (columns of ``shifts.utterances`` plus ``x, y, seq``) and
        the lanes as ``ax.lanes``; a note under the axes says how many utterances were left out.
    """
    figures.setup()
    utts = shifts_mod.utterances(statements, level=level, target=target, names=names, fallback=fallback)
    if actors is not None:
        keep = set(actors)
        n_all = len(utts)
        utts = utts[utts["actor"].isin(keep) | utts["label"].isin(keep)]
        hidden = n_all - len(utts)
    else:
        hidden = 0
    utts = shifts_mod.sequence(utts, by="actor") if len(utts) else utts.assign(seq=[])
    rows = lanes(utts, level)
    n_rows = max(len(rows), 1)
    if ax is None:
        # Lanes tall enough for the largest pile of markers, and the axes for the legend.
        fig = plt.figure(figsize=(10.5, 1.6 + max(_lane_height(utts, rows) * n_rows, LEGEND_HEIGHT)))
        # Room on the left for the longest lane name (8.5 pt, ~0.56 em per character), no more:
        # short country names leave the width to the dates and the quotes.
        longest = max((len(t) for t in rows["text"]), default=0)
        left = min(0.25, max(0.08, (0.3 + longest * 8.5 * 0.56 / 72) / 10.5))
        fig.subplots_adjust(left=left, right=0.80, bottom=0.9 / fig.get_figheight(),
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
        hollow = points["date_basis"].eq("publication")
        for stance, style in STANCE_STYLE.items():
            sel = points["stance"].eq(stance)
            if (sel & ~hollow).any():
                ax.scatter(points.loc[sel & ~hollow, "x"], points.loc[sel & ~hollow, "y"],
                           s=sizes[sel & ~hollow], c=style["color"], marker=style["marker"],
                           edgecolors="white", linewidths=0.6, zorder=3, gid=f"{stance}-statement")
            if (sel & hollow).any():
                ax.scatter(points.loc[sel & hollow, "x"], points.loc[sel & hollow, "y"],
                           s=sizes[sel & hollow], facecolors="white", edgecolors=style["color"],
                           marker=style["marker"], linewidths=1.3, zorder=3, gid=f"{stance}-publication")
        for p in points[points["n_reports"] > 1].itertuples():
            ax.annotate(f"×{p.n_reports}", (p.x, p.y), xytext=(6, 4), textcoords="offset points",
                        fontsize=6.5, color="#333333", zorder=4, gid="count")

    handles = [Line2D([], [], ls="", marker=s["marker"], color=s["color"], markeredgecolor="white",
                      markersize=8, label=s["label"]) for s in STANCE_STYLE.values()]
    handles.append(Line2D([], [], ls="", marker="o", color="#BBBBBB", markersize=8 * math.sqrt(1 + 0.55 * 2),
                          label="×3 : rapporté par 3 articles"))
    n_publication = int(points["date_basis"].eq("publication").sum()) if len(points) else 0
    if n_publication:
        handles.append(Line2D([], [], ls="", marker="o", color="#777777", markerfacecolor="white",
                              markeredgewidth=1.3, markersize=8, label=PUBLICATION_LABEL))
    ax.legend(handles=handles, title="position", loc="upper left", bbox_to_anchor=(1.01, 1.0),
              frameon=False, fontsize=8, title_fontsize=8.5, alignment="left", borderaxespad=0)
    dated_by = f", dont {n_publication} datés par la publication" if n_publication else ""
    note = (f"{len(points)} énoncés ({int(points['n_reports'].sum())} articles-reprises{dated_by}) ; "
            + (f"{hidden} d'autres acteurs non montrés ; " if hidden else "") + _excluded_french(utts))
    ax.annotate(note, (0, 0), xycoords="axes fraction", xytext=(0, -34), textcoords="offset points",
                fontsize=7, color="#555555", va="top", gid="note")
    ax.timeline = points
    ax.lanes = rows
    ax.timeline_level = level
    if annotate is not None:
        annotate_shifts(ax, annotate, departs_from=departs_from)
    return fig


PLOTTED_COLUMNS = ["level", "actor", "label", "country", "organization", "speaker", "utterance", "date",
                   "date_basis", "stance", "quote", "kind", "n_reports", "articles", "stance_source"]


def plotted(fig_or_ax) -> pd.DataFrame:
    """The utterances a :func:`stance_timeline` figure shows, for the CSV saved beside it.

    Returns:
        Columns :data:`PLOTTED_COLUMNS` (``date`` as ISO string, ``date_basis`` "statement" or
        "publication"), one row per utterance, in the order of the lanes then dates.
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
        return [(g["kind"].iloc[0], g["utterance"].iloc[0], list(g["earlier_utterance"]),
                 [bool(f) for f in g["in_last_run"]] if "in_last_run" in g.columns else [True] * len(g))
                for _, g in table.groupby("event", sort=True)]
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
TENTATIVE_LABEL = "incertain : non revu, codage\npeu sûr (cercle tireté)"


def annotate_shifts(fig_or_ax, table: pd.DataFrame, *, max_chars: int = 60, earlier_quotes: int = 6,
                    fontsize: float = 7, departs_from: str = "record") -> list[Text]:
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

    Args:
        fig_or_ax: the figure returned by :func:`stance_timeline`, or its axes.
        table: ``shifts.find`` / ``shifts.divergences`` / ``shifts.table`` output; events whose
            utterance is not on the figure are skipped.
        max_chars: quotes are cut to about this many characters.
        departs_from: ``"record"`` (default) draws every earlier utterance of the table;
            ``"run"`` only those of the last run (``in_last_run``).

    Returns:
        The label artists placed (their text and positions come from the table and the plot).
    """
    shifts_mod.check_departs(departs_from)
    ax = fig_or_ax if not isinstance(fig_or_ax, Figure) else next(
        a for a in fig_or_ax.axes if hasattr(a, "timeline"))
    fig = ax.figure
    points = ax.timeline.set_index("utterance")
    labels, seen, drawn_older, kinds = [], set(), False, set()
    tentative = (set(table.loc[table["tentative"].fillna(False).astype(bool), "utterance"])
                 if table is not None and "tentative" in table.columns else set())
    ax.annotated_tentative = getattr(ax, "annotated_tentative", False)
    for kind, uid, earlier, flags in _events(table):
        if uid not in points.index:
            continue
        if departs_from == "run":
            earlier = [e for e, f in zip(earlier, flags) if f]
            flags = [True] * len(earlier)
        p = points.loc[uid]
        kinds.add(kind)
        unsure = uid in tentative
        ax.annotated_tentative |= unsure
        ax.scatter([p["x"]], [p["y"]], s=RING_SIZE, facecolors="none", edgecolors="black",
                   linewidths=1.1, zorder=4, linestyles=TENTATIVE_RING if unsure else "solid")
        ax.shift_rings = getattr(ax, "shift_rings", []) + [(p["x"], p["y"])]  # labels avoid them
        in_run = dict(zip(earlier, flags))
        prev = points.loc[[e for e in earlier if e in points.index]]
        run_ids = [e for e in prev.index if in_run[e]] or list(prev.index)
        older_ids = [e for e in prev.index if e not in set(run_ids)]
        lane_y = round(p["y"])
        if len(prev) and kind == "shift" and (prev["y"].round() == lane_y).all():
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
            labels.append((p, True, 0))
            seen.add(uid)
        # One label per earlier speaker and part of the record (their most reported, then
        # earliest, utterance, "+n" for the others), the most recent first, at most
        # earlier_quotes: a speaker quoted for an older refusal (by an earlier event) is quoted
        # again for the run just before this one, which the reader reads the turn against.
        groups = {}
        for e in prev.index:
            groups.setdefault((prev.loc[e, "speaker"], e in run_ids), []).append(e)
        ranked = sorted(groups.values(), key=lambda es: -max(prev.index.get_loc(e) for e in es))
        for es in ranked[:earlier_quotes]:
            best = min(es, key=lambda e: (-points.loc[e, "n_reports"], points.loc[e, "date"], prev.index.get_loc(e)))
            if not seen.intersection(es):
                labels.append((points.loc[best], False, len(es) - 1))
            seen.update(es)
    _annotation_legend(ax, kinds, drawn_older)
    _make_room(ax, [p["y"] for p, _, _ in labels], fontsize)
    placed = _place_labels(ax, [(p, _label_text(p, max_chars, more), strong) for p, strong, more in labels],
                           fontsize)
    ax.shift_labels = getattr(ax, "shift_labels", []) + placed
    return placed


def _annotation_legend(ax, kinds: set, older: bool) -> None:
    """Add the ring, the lines drawn (last run, older record, divergence) to the stance legend."""
    legend = ax.get_legend()
    if legend is None or not kinds:
        return
    ours = set(RING_LABELS.values()) | {RUN_LABEL, RECORD_LABEL, DIVERGENCE_LABEL, TENTATIVE_LABEL}
    kinds = set(kinds) | set(getattr(ax, "annotated_kinds", set()))
    older = older or getattr(ax, "annotated_older", False)
    ax.annotated_kinds, ax.annotated_older = kinds, older
    handles = [h for h in legend.legend_handles if h.get_label() not in ours]
    handles.append(Line2D([], [], ls="", marker="o", markersize=11, markerfacecolor="none",
                          markeredgecolor="black", markeredgewidth=1.1, label=RING_LABELS[frozenset(kinds)]))
    if "shift" in kinds:
        handles.append(Line2D([], [], label=RUN_LABEL, **RUN_STYLE))
    if older:
        handles.append(Line2D([], [], label=RECORD_LABEL, **RECORD_STYLE))
    if "divergence" in kinds:
        handles.append(Line2D([], [], label=DIVERGENCE_LABEL, **DIVERGENCE_STYLE))
    handler_map = {}
    if getattr(ax, "annotated_tentative", False):
        # A marker's edge cannot be dashed: the legend draws this ring as a dashed circle.
        from matplotlib.legend_handler import HandlerPatch
        from matplotlib.patches import Circle

        ring = Circle((0, 0), 1, facecolor="none", edgecolor="black", lw=1.1, ls=TENTATIVE_RING,
                      label=TENTATIVE_LABEL)
        handles.append(ring)
        handler_map[Circle] = HandlerPatch(patch_func=lambda legend, orig_handle, xdescent, ydescent, width, height,
                                           fontsize: Circle((width / 2 - xdescent, height / 2 - ydescent), 5.5))
    ax.legend(handles=handles, title=legend.get_title().get_text(), loc="upper left",
              bbox_to_anchor=(1.01, 1.0), frameon=False, fontsize=8, title_fontsize=8.5,
              alignment="left", borderaxespad=0, handler_map=handler_map or None)


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
    needed = n_labels * fontsize * 2.6 / 72 * 2 + 0.6  # two-line labels, with room to spare
    rows = getattr(ax, "lanes", None)
    if rows is not None and len(rows):
        key = rows["actor"] if getattr(ax, "timeline_level", "") == "country" else rows["country"]
        group = dict(zip(rows["row"], key))
        size = key.value_counts()
        per_group = pd.Series([group.get(int(round(y)), "") for y in label_ys]).value_counts()
        for g, n in per_group.items():
            # A block holds labels side by side as well as stacked: less room per label.
            needed = max(needed, (n * fontsize * 2.6 / 72 * 1.6 + 0.4) * len(rows) / size.get(g, len(rows)))
    if needed > axes_height:
        height += needed - axes_height
        fig.set_size_inches(width, height)
        fig.subplots_adjust(bottom=margins[0] / height, top=1 - margins[1] / height)


LABEL_WIDTH = 36  # characters per line of a quote label


def _label_text(p, max_chars, more=0):
    """'Speaker, 23 janv. 2017 (publ.) :' over the quote, in lines of about LABEL_WIDTH
    characters: narrow labels fit between the markers of a crowded figure."""
    others = f" (+{more} autre{'s' if more > 1 else ''})" if more else ""
    publ = f" ({PUBLICATION_MARK})" if p.get("date_basis", "statement") == "publication" else ""
    head = f"{p['speaker']}, {french_date(p['date'])}{publ}{others} :"
    lines = textwrap.wrap(head, LABEL_WIDTH + 8, break_long_words=False)
    lines += textwrap.wrap(short_quote(p["quote"], max_chars), LABEL_WIDTH, break_long_words=False)
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


def _obstacles(ax, renderer) -> list[_Box]:
    """Boxes labels must avoid: markers, count labels, title, legend."""
    boxes = []
    pts = ax.transData.transform(np.column_stack([ax.timeline["x"], ax.timeline["y"]])) if len(ax.timeline) else []
    r = 5 * ax.figure.dpi / 72
    for x, y in pts:
        boxes.append(_Box(x - r, y - r, x + r, y + r))
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
CROSSING_COST = 4000.0
MARKER_CROSSING_COST = 2000.0
BAND_COST = 5000.0
OBSTACLE_COST = 3000.0  # a label over a marker, a ring, a bracket, the title or the legend
LABEL_DX = (8, 20, 35, 55, 80, 110, 150, 200, 260)  # points from the marker, along the time axis
LABEL_STEPS = 48  # vertical tries each way, in steps of 0.75 x the font size


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
    obstacles = _obstacles(ax, renderer)
    lines = []
    # The rules between countries: a label across one belongs to neither block.
    rows = getattr(ax, "lanes", None)
    if rows is not None and len(rows):
        (x_lo, _), (x_hi, _) = ax.transAxes.transform([(0, 0), (1, 0)])
        for row in rows.loc[rows["kind"].eq("header") & rows["row"].gt(0), "row"]:
            y = float(ax.transData.transform((0, row - 0.5))[1])
            lines.append((((x_lo, y), (x_hi, y)), _Box(x_lo, y, x_hi, y)))
    for ta, a, tb, b, rad in getattr(ax, "shift_segments", []):
        pts = _arc_points(ta.transform(a), tb.transform(b), rad)
        for (x0, y0), (x1, y1) in zip(pts[:-1], pts[1:]):
            lines.append((((x0, y0), (x1, y1)), _Box(min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))))
    marker_pts = (ax.transData.transform(np.column_stack([ax.timeline["x"], ax.timeline["y"]]))
                  if len(ax.timeline) else np.empty((0, 2)))
    r = 6 * fig.dpi / 72  # a marker's radius and a little air
    k = fig.dpi / 72
    pad = 2 * k
    ax_box = _Box.of(ax.get_window_extent(renderer))
    step = fontsize * 0.75
    bands = _bands(ax)
    artists, options = [], []
    for p, text, strong in items:
        px, py = (float(v) for v in ax.transData.transform((p["x"], p["y"])))
        band = next(((lo, hi) for lo, hi in bands if lo <= py <= hi), None)
        others = marker_pts[np.hypot(marker_pts[:, 0] - px, marker_pts[:, 1] - py) >= 0.5]
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
        outside = 4 * (area - _overlaps(boxes, np.array([ax_box]))[:, 0])  # title, ticks
        hits = _overlaps(boxes, np.array(obstacles)) if obstacles else np.zeros((len(boxes), 0))
        covered = outside + ((hits > 0) * OBSTACLE_COST + 4 * hits).sum(axis=1)
        opts = []
        for (side, dx, dy), row, cover in zip(tries, boxes.tolist(), covered.tolist()):
            box = _Box(*row)
            leader = _leader(px, py, box)
            (lx0, ly0), (lx1, ly1) = leader
            # Box and leader together: two labels whose extents miss each other cannot clash.
            extent = _Box(min(box.x0, lx0, lx1), min(box.y0, ly0, ly1), max(box.x1, lx0, lx1),
                          max(box.y1, ly0, ly1))
            fixed = cover
            fixed += CROSSING_COST * sum(_segment_meets_box(line, box) or _segments_cross(leader, line)
                                         for line, ext in lines if _touch(extent, ext))
            fixed += MARKER_CROSSING_COST * _segment_near_points(leader, others, r)
            if band is not None and not band[0] <= (box.y0 + box.y1) / 2 <= band[1]:
                fixed += BAND_COST  # a label among another country's lanes reads as theirs
            opts.append((side, dx, dy, box, leader, fixed, 0.05 * math.hypot(dx, dy), extent))
        artists.append(ann)
        options.append(opts)

    def clash(a, b) -> float:
        """What two placed labels cost each other."""
        if not _touch(a[7], b[7]):
            return 0.0
        hit = _overlap(a[3], b[3])
        cost = CROSSING_COST + 10 * hit if hit else 0.0
        crossings = (_segment_meets_box(a[4], b[3]) + _segment_meets_box(b[4], a[3])
                     + _segments_cross(a[4], b[4]))
        return cost + CROSSING_COST * crossings

    def layout(order) -> tuple[float, list]:
        """Greedy placement in ``order`` (the nearest clear place for each), then moves of one
        label at a time to its best place given the others, until no move helps."""
        chosen: list = [None] * len(options)
        done = []
        for i in order:
            best = None
            for o in options[i]:
                penalty = o[5] + sum(clash(o, chosen[j]) for j in done)
                if best is None or penalty + o[6] < best[0]:
                    best = (penalty + o[6], o)
                if penalty == 0:  # tries come nearest first: the first clear one is the one
                    break
            chosen[i] = best[1]
            done.append(i)
        for _ in range(6):
            moved = False
            for i in order:
                others = [c for j, c in enumerate(chosen) if j != i]
                current = chosen[i][5] + chosen[i][6] + sum(clash(chosen[i], c) for c in others)
                for o in options[i]:
                    if o[5] + o[6] >= current:
                        continue
                    total = o[5] + o[6] + sum(clash(o, c) for c in others)
                    if total < current - 1e-9:
                        chosen[i], current, moved = o, total, True
            if not moved:
                break
        _move_pairs(options, chosen, clash)
        total = sum(c[5] + c[6] for c in chosen) + sum(
            clash(chosen[i], chosen[j]) for i in range(len(chosen)) for j in range(i + 1, len(chosen)))
        return total, chosen

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
    for ann, (side, dx, dy, *_rest) in zip(artists, chosen):
        ann.xyann = (dx * side, dy)
        ann.set_ha("left" if side > 0 else "right")
        _text_box(ann, renderer)
    return artists


PAIR_TRIES = 30  # places per label tried together when two labels are moved at once


def _move_pairs(options, chosen, clash, rounds: int = 2) -> None:
    """Move two labels at once where moving one alone does not help: a label that still pays
    a penalty and each label blocking its nearest places, each tried at its ``PAIR_TRIES``
    cheapest places given the rest (``chosen`` is updated in place)."""
    n = len(chosen)
    for _ in range(rounds):
        improved = False
        for i in range(n):
            rest_i = [chosen[k] for k in range(n) if k != i]
            if chosen[i][5] + sum(clash(chosen[i], c) for c in rest_i) == 0:
                continue  # this label pays nothing but its distance
            near = sorted(options[i], key=lambda o: o[5] + o[6])[:PAIR_TRIES]
            blockers = [j for j in range(n) if j != i and any(clash(o, chosen[j]) for o in near)]
            for j in blockers:
                rest = [chosen[k] for k in range(n) if k not in (i, j)]

                def alone(o):
                    return o[5] + o[6] + sum(clash(o, c) for c in rest)

                current = alone(chosen[i]) + alone(chosen[j]) + clash(chosen[i], chosen[j])
                best_i = sorted(options[i], key=alone)[:PAIR_TRIES]
                best_j = sorted(options[j], key=alone)[:PAIR_TRIES]
                cost_i = {id(o): alone(o) for o in best_i}
                cost_j = {id(o): alone(o) for o in best_j}
                pick = None
                for oi in best_i:
                    for oj in best_j:
                        total = cost_i[id(oi)] + cost_j[id(oj)]
                        if total >= current - 1e-9:
                            break  # best_j is sorted: nothing cheaper further on
                        total += clash(oi, oj)
                        if total < current - 1e-9:
                            current, pick = total, (oi, oj)
                if pick is not None:
                    chosen[i], chosen[j] = pick
                    improved = True
        if not improved:
            return


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


def _segment_near_points(seg, pts, r) -> int:
    """How many points lie within ``r`` px of the segment, its first end excluded."""
    if not len(pts):
        return 0
    (x0, y0), (x1, y1) = seg
    dx, dy = x1 - x0, y1 - y0
    length2 = dx * dx + dy * dy
    if length2 == 0:
        return 0
    t = np.clip(((pts[:, 0] - x0) * dx + (pts[:, 1] - y0) * dy) / length2, 0, 1)
    dist = np.hypot(pts[:, 0] - (x0 + t * dx), pts[:, 1] - (y0 + t * dy))
    return int(((dist < r) & (t > 0)).sum())


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
               target: str | None = None, fallback: str | None = "publication") -> pd.DataFrame:
    """Net stance of each actor per period: (favor − against) / utterances.

    Args:
        statements: coded statements (see :func:`helpers.shifts.utterances`).
        level: ``"country"``, ``"institution"`` or ``"person"``.
        freq: a pandas period frequency (``"M"`` month, ``"Q"`` quarter, ``"Y"`` year, ``"W"``).
        target: the codebook target (default: the most coded one).
        fallback: ``"publication"`` (default) counts an utterance no article dates in the
            period of its earliest report's publication; ``None`` leaves it out.

    Returns:
        One row per actor and period with at least one utterance: ``level, actor, label,
        period`` (str, e.g. ``"2016-05"``), ``start`` (Timestamp), ``n_utterances``,
        ``n_reports``, ``favor, against, neutral`` (utterance counts), ``net`` in [-1, 1] and
        ``n_publication`` (how many of the utterances are dated by publication, not by the
        text). Actors come in order of first utterance. ``.attrs["excluded"]`` as in
        ``utterances``.
    """
    utts = shifts_mod.utterances(statements, level=level, target=target, fallback=fallback)
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
    n_publication = int(table["n_publication"].sum()) if "n_publication" in table.columns and len(table) else 0
    note = _excluded_french(table)
    if n_publication:
        note = (f"{int(table['n_utterances'].sum())} énoncés, dont {n_publication} datés par la publication "
                f"de l'article ; {note}")
    ax.annotate(note, (0, 0), xycoords="axes fraction", xytext=(0, -30),
                textcoords="offset points", fontsize=7, color="#555555", va="top")
    return fig
