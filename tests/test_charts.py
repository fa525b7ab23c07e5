"""Charts on the made-up pension debate (France, 2023): lanes, legend, French dates, shift
annotations without overlap, net stance values."""
from __future__ import annotations

import itertools

import matplotlib

matplotlib.use("Agg")

import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.text import Text  # noqa: E402

from helpers import charts, shifts  # noqa: E402
from test_shifts import T, pension_statements  # noqa: E402

NAMES = {"FR": "France", "BE": "Belgique"}


@pytest.fixture
def statements():
    return pension_statements()


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def texts(fig) -> list[str]:
    return [t.get_text() for t in fig.findobj(Text)]


@pytest.mark.parametrize("level, lanes, headers", [
    ("person", ["Olivier Dussopt (Ministère du Travail)", "Élisabeth Borne (Matignon)", "Medef (institution)",
                "Philippe Martinez (CGT)", "Alexander De Croo (Gouvernement belge)"],
     ["France", "Belgique", charts.NO_COUNTRY]),
    ("institution", ["Ministère du Travail", "Matignon", "CGT", "Medef", "Gouvernement belge"],
     ["France", "Belgique", charts.NO_COUNTRY]),
    ("country", ["France", "Belgique"], []),
])
def test_timeline_lanes_and_legend(statements, level, lanes, headers):
    fig = charts.stance_timeline(statements, level=level, names=NAMES)
    ax = fig.axes[0]
    # A long lane name puts the organisation on a second line.
    ticks = [t.get_text().replace("\n", " ") for t in ax.get_yticklabels()]
    assert set(lanes) <= set(ticks)
    bold = {t.get_text() for t in ax.get_yticklabels() if t.get_fontweight() == "bold"}
    assert bold == set(headers)
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend[:3] == ["pour", "contre", "neutre"]
    assert ax.timeline["utterance"].is_unique
    # Countries first in order of first utterance; non-state actors last.
    if headers:
        assert [t for t in ticks if t in headers] == headers


def test_timeline_markers_reports_and_note(statements):
    fig = charts.stance_timeline(statements, level="person", names=NAMES)
    ax = fig.axes[0]
    assert len(ax.timeline) == 11 and ax.timeline["n_reports"].sum() == 14
    assert "×3" in texts(fig) and "×2" in texts(fig)
    note = next(t for t in texts(fig) if t.startswith("11 énoncés")).replace("\n", " ")
    assert "3 (1 sans position codée, 1 sur une autre cible, 1 sans date)" in note
    # Each stance has its own colour and shape.
    colls = [c for c in ax.collections if len(c.get_offsets())]
    assert len({tuple(c.get_facecolor()[0]) for c in colls}) == 3


def test_timeline_dates_in_french(statements):
    fig = charts.stance_timeline(statements, level="country", names=NAMES)
    fig.canvas.draw()
    labels = [t.get_text() for t in fig.axes[0].get_xticklabels()]
    assert any("janv." in t for t in labels) and any("2023" in t for t in labels)


@pytest.mark.parametrize("start, end, expected", [
    ("2023-03-14", "2023-03-18", ["11 mars\n2023", "12 mars", "13 mars"]),
    ("2016-05-20", "2017-01-23", ["juin\n2016", "juil.", "août"]),
    ("2016-11-28", "2017-02-10", ["1 déc.\n2016", "15 déc.", "1 janv.\n2017"]),
    ("2003-01-01", "2023-06-30", ["2005", "2010", "2015"]),
])
def test_date_axis_locator_and_labels(start, end, expected):
    fig, ax = plt.subplots()
    charts.date_axis(ax, pd.Timestamp(start), pd.Timestamp(end))
    lo, hi = ax.get_xlim()
    ticks = [v for v in ax.xaxis.get_major_locator()() if lo <= v <= hi]
    labels = ax.xaxis.get_major_formatter().format_ticks(ticks)
    lo, hi = (mdates.num2date(v).date() for v in (lo, hi))
    assert lo <= pd.Timestamp(start).date() and hi >= pd.Timestamp(end).date()
    assert [lab for lab in labels if lab][: len(expected)] == expected


@pytest.mark.parametrize("text, n, expected", [
    ("Nous ne lâcherons rien", 60, "« Nous ne lâcherons rien »"),
    ("Le report de l'âge légal à 64 ans est indispensable pour sauver le système", 40,
     "« Le report de l'âge légal à 64 ans est… »"),
])
def test_short_quote(text, n, expected):
    assert charts.short_quote(text, n) == expected


@pytest.mark.parametrize("level", ["person", "institution", "country"])
def test_annotations_from_table_do_not_overlap(statements, level):
    table = shifts.table(statements, level=level, window_days=3)
    fig = charts.stance_timeline(statements, level=level, names=NAMES, annotate=table)
    ax = fig.axes[0]
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    labels = ax.shift_labels
    # One label per event utterance and per earlier speaker (each speaker has one utterance here).
    wanted = set(table["utterance"]) | set(table["earlier_utterance"])
    assert len(labels) == len(wanted & set(ax.timeline["utterance"]))
    boxes = [Text.get_window_extent(t, renderer) for t in labels]
    for a, b in itertools.combinations(boxes, 2):
        assert not a.overlaps(b)
    ax_box = ax.get_window_extent(renderer)
    assert all(ax_box.x0 - 1 <= b.x0 and b.x1 <= ax_box.x1 + 1 for b in boxes)
    # No leader line runs through another label.
    for i, t in enumerate(labels):
        start, end = t.arrow_patch.get_path().transformed(t.arrow_patch.get_transform()).vertices[[0, -1]]
        samples = [start + (end - start) * f for f in np.linspace(0.05, 0.95, 30)]
        for j, box in enumerate(boxes):
            if j != i:
                assert not any(box.contains(x, y) for x, y in samples), (t.get_text(), labels[j].get_text())
    # Quotes come from the table, shortened, with French quotation marks.
    shown = [t.get_text() for t in labels]
    assert all("« " in s and " »" in s for s in shown)
    assert any(s.startswith("Olivier Dussopt, 16 mars 2023 :\n« les 64 ans") for s in shown)


def test_annotate_country_shift_draws_run(statements):
    found = shifts.find(statements, level="country")
    fig = charts.stance_timeline(statements, level="country", names=NAMES)
    n_lines = len(fig.axes[0].lines)
    placed = charts.annotate_shifts(fig, found)
    ax = fig.axes[0]
    new = ax.lines[n_lines:]
    # Each shift is on the France lane: a solid bracket under its last run, not connectors ...
    solid = [ln for ln in new if ln.get_linestyle() == "-" and ln.get_color() == charts.RUN_STYLE["color"]]
    assert len(solid) == len(found)
    # ... and u9 (Dussopt, 16 March) also reaches back, dashed, to Dussopt's favor of 10 January,
    # before Bayrou's refusal: one dashed line from 10 Jan to the run, and its tick.
    dashed = [ln for ln in new if ln.get_linestyle() == "--"]
    assert len(dashed) == 1 and dashed[0].get_color() == charts.RECORD_STYLE["color"]
    assert dashed[0]._unscaled_dash_pattern == (0, charts.RECORD_STYLE["ls"][1])
    x_jan10 = ax.timeline.set_index("utterance").loc["u1", "x"]
    assert min(dashed[0].get_xdata()) == x_jan10
    assert any("Élisabeth Borne, 16 mars 2023" in t.get_text() for t in placed)
    assert any(t.get_text().startswith("Olivier Dussopt, 10 janv. 2023") for t in placed)
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert {charts.RING_LABEL, charts.RUN_LABEL, charts.RECORD_LABEL} <= set(legend)
    # The last run alone: no dashed line, no older entry in the legend.
    fig = charts.stance_timeline(statements, level="country", names=NAMES, annotate=found, departs_from="run")
    ax = fig.axes[0]
    assert not [ln for ln in ax.lines if ln.get_linestyle() == "--"]
    assert charts.RECORD_LABEL not in [t.get_text() for t in ax.get_legend().get_texts()]


def test_annotate_rejects_other_tables(statements):
    fig = charts.stance_timeline(statements, level="country", names=NAMES)
    with pytest.raises(ValueError, match="shifts.find"):
        charts.annotate_shifts(fig, pd.DataFrame({"x": [1]}))


def test_net_stance_values(statements):
    net = charts.net_stance(statements, level="country", freq="M")
    got = {(r.actor, r.period): (r.n_utterances, r.favor, r.against, r.net) for r in net.itertuples()}
    assert got == {("FR", "2023-01"): (2, 1, 1, 0.0), ("FR", "2023-02"): (1, 1, 0, 1.0),
                   ("FR", "2023-03"): (2, 1, 1, 0.0), ("BE", "2023-03"): (1, 0, 0, 0.0)}
    inst = charts.net_stance(statements, level="institution", freq="M").set_index(["actor", "period"])
    assert inst.loc[("CFDT", "2023-01"), "net"] == pytest.approx(-0.5)
    assert inst.loc[("CGT", "2023-01"), "n_reports"] == 3


def test_net_stance_chart_cells(statements):
    fig = charts.net_stance_chart(statements, level="institution")
    shown = texts(fig)
    assert "−0,50\nn=2" in shown and "+1,00\nn=1" in shown and "0,00\nn=1" in shown
    ticks = [t.get_text() for t in fig.axes[0].get_xticklabels()]
    assert ticks == ["janv.\n2023", "févr.", "mars"]


def test_empty_timeline_says_so(statements):
    fig = charts.stance_timeline(statements.iloc[0:0], level="person", target=T)
    assert "aucun énoncé daté et codé pour cette cible" in texts(fig)
    assert charts.net_stance(statements.iloc[0:0], target=T).empty


def test_plotted_table_for_csv(statements):
    fig = charts.stance_timeline(statements, level="institution", names=NAMES)
    data = charts.plotted(fig)
    assert list(data.columns) == charts.PLOTTED_COLUMNS
    assert len(data) == 11 and data["utterance"].is_unique
    assert data["actor"].iloc[0] == "Ministère du Travail" and data["date"].iloc[0] == "2023-01-10"


def test_crowded_annotations_still_do_not_overlap():
    # Ten speakers of one country alternating stances day after day: nine shifts on one lane.
    rows = [("z", i, i + 5, f"Porte-parole {i}", f"Ministère {i % 3}", "FR", "person", "direct", "a dit",
             f"Déclaration numéro {i} sur la réforme des retraites, « sans ambiguïté »", f"2023-05-{10 + i:02d}",
             f"w{i}", T, "favor" if i % 2 else "against", "automatic") for i in range(10)]
    from test_shifts import COLUMNS
    st = pd.DataFrame(rows, columns=COLUMNS)
    table = shifts.table(st, level="country", window_days=0)
    assert table["event"].nunique() == 9
    fig = charts.stance_timeline(st, level="country", names=NAMES, annotate=table)
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    boxes = [Text.get_window_extent(t, renderer) for t in fig.axes[0].shift_labels]
    assert len(boxes) == 10
    for a, b in itertools.combinations(boxes, 2):
        assert not a.overlaps(b)


def test_one_lane_per_actor_even_when_its_country_varies(statements):
    # One report codes Martinez with a country: he keeps a single lane, under his usual group.
    varied = statements.copy()
    varied.loc[varied["utterance"].eq("u14"), "country"] = "FR"
    fig = charts.stance_timeline(varied, level="person", names=NAMES)
    ticks = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert sum(t.startswith("Philippe Martinez") for t in ticks) == 1
    assert fig.axes[0].lanes["actor"].value_counts().drop("", errors="ignore").max() == 1


# --------------------------------------------------------------------------- publication dates

def with_publication(statements):
    # Marine Le Pen's « Nous abrogerons cette réforme » (a9) has no date in the text: it is placed
    # at a9's publication date and drawn hollow.
    return statements.assign(published=statements["article"].map(
        lambda a: "2023-01-25" if a == "a9" else "2023-03-31"))


def stance_collections(ax):
    """(gid, facecolors, edgecolors, n points) of each stance scatter of a timeline."""
    return [(c.get_gid(), c.get_facecolors(), c.get_edgecolors(), len(c.get_offsets()))
            for c in ax.collections if (c.get_gid() or "").endswith(("-statement", "-publication"))]


def test_publication_dated_markers_are_hollow(statements):
    fig = charts.stance_timeline(with_publication(statements), level="person", names=NAMES)
    ax = fig.axes[0]
    assert ax.timeline.set_index("utterance").loc["u12", "date_basis"] == "publication"
    colls = {gid: (face, edge, n) for gid, face, edge, n in stance_collections(ax)}
    face, edge, n = colls["against-publication"]
    assert n == 1
    assert tuple(face[0]) == matplotlib.colors.to_rgba("white")
    assert tuple(edge[0]) == matplotlib.colors.to_rgba(charts.STANCE_STYLE["against"]["color"])
    # Statement-dated markers stay filled with the stance's colour.
    face, _, n = colls["against-statement"]
    assert n == 5 and tuple(face[0]) == matplotlib.colors.to_rgba(charts.STANCE_STYLE["against"]["color"])
    assert not any(gid.endswith("-publication") for gid in colls if gid != "against-publication")
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert charts.PUBLICATION_LABEL in legend
    note = next(t for t in texts(fig) if t.startswith("12 énoncés")).replace("\n", " ")
    assert "dont 1 datés par la publication" in note and "sans date" not in note
    assert charts.plotted(fig).set_index("utterance").loc["u12", "date_basis"] == "publication"


def test_no_fallback_means_no_hollow_marker(statements):
    fig = charts.stance_timeline(with_publication(statements), level="person", names=NAMES, fallback=None)
    ax = fig.axes[0]
    assert all(gid.endswith("-statement") for gid, *_ in stance_collections(ax))
    assert charts.PUBLICATION_LABEL not in [t.get_text() for t in ax.get_legend().get_texts()]
    assert any("1 sans date" in t.replace("\n", " ") for t in texts(fig))
    assert "u12" not in set(ax.timeline["utterance"])


def test_quote_labels_mark_publication_dates():
    rows = [("r1", 0, 30, "Jean Dupont", "Parti X", "FR", "person", "direct", "a déclaré",
             "Nous voterons le texte", "2023-01-10", "d1", T, "favor", "automatic"),
            ("r2", 0, 30, "Jean Dupont", "Parti X", "FR", "person", "indirect", "indique",
             "le parti X ne votera pas la réforme", "", "d2", T, "against", "automatic")]
    from test_shifts import COLUMNS
    st = pd.DataFrame(rows, columns=COLUMNS).assign(published=["2023-01-11", "2023-02-03"])
    table = shifts.table(st, level="person")
    fig = charts.stance_timeline(st, level="person", names=NAMES, annotate=table)
    shown = [t.get_text() for t in fig.axes[0].shift_labels]
    assert any(s.startswith("Jean Dupont, 3 févr. 2023 (publ.) :") for s in shown)
    assert any(s.startswith("Jean Dupont, 10 janv. 2023 :") for s in shown)


def test_net_stance_counts_publication_dates(statements):
    net = charts.net_stance(with_publication(statements), level="institution", freq="M")
    rn = net.set_index(["actor", "period"]).loc[("Rassemblement national", "2023-01")]
    assert (rn["n_utterances"], rn["against"], rn["n_publication"]) == (1, 1, 1)
    assert net["n_publication"].sum() == 1
    assert "Rassemblement national" not in set(
        charts.net_stance(with_publication(statements), level="institution", fallback=None)["actor"])
    fig = charts.net_stance_chart(table=net)
    assert any("dont 1 datés par la publication" in t.replace("\n", " ") for t in texts(fig))


def test_divergence_connectors_and_legend(statements):
    # Bayrou's refusal (12 Jan) two days after Dussopt's favor: two French institutions apart.
    div = shifts.divergences(statements, window_days=3)
    fig = charts.stance_timeline(statements, level="institution", names=NAMES, annotate=div)
    ax = fig.axes[0]
    dotted = [ln for ln in ax.lines if ln._unscaled_dash_pattern == (0, charts.DIVERGENCE_STYLE["ls"][1])]
    assert len(dotted) == int(div["n_previous"].sum())
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "divergence (cerclé)" in legend and charts.DIVERGENCE_LABEL in legend
    assert charts.RUN_LABEL not in legend and charts.RECORD_LABEL not in legend
