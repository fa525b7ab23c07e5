"""The story of the case the repository ships, checked on its project (porte-parole.yaml).

The notebooks assert only what holds for any corpus; the figures the README and the notebooks'
text quote for the seeds are checked here: five articles and how they are dated, the statements
and utterances found, the validation figures, and Sean Spicer's turn against the US refusals."""
from __future__ import annotations

import warnings

import pandas as pd
import pytest

from helpers import corpus, evaluate, pipeline, project, shifts


@pytest.fixture(scope="module")
def seed():
    proj = project.load()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return pipeline.run(proj)


def test_five_articles_and_how_they_are_dated(seed):
    proj = seed.project
    corp = corpus.load_articles(proj.inputs, metadata=proj.read_metadata())
    articles = corp.articles
    assert len(articles) == 5 and corp.problems.empty
    assert (articles.date_basis == "inferred").sum() == 4 and (articles.date_basis == "text").sum() == 1
    assert 75 < 100 * articles.n_press.sum() / articles.n_chars.sum() < 85  # "about four fifths"
    assert len(corp.comments) == 2 and corp.comments.listed.tolist() == [2, 1]
    press = corp.paragraphs[corp.paragraphs.part == "press"]
    assert not press.text.str.contains("LA POMME DE LA DISCORDE").any()


def test_statements_and_utterances_of_the_seeds(seed):
    st = seed.statements
    shared = st.groupby("utterance").article.nunique()
    per_article = st.groupby(["utterance", "article"]).size()
    counts = (len(st), st.utterance.nunique(), int((shared > 1).sum()),
              per_article[per_article > 1].reset_index().utterance.nunique())
    assert counts == (57, 50, 3, 3)


def test_validation_figures_quoted_in_the_readme(seed):
    figures = evaluate.summary(seed.statements, evaluate.load_gold(seed.project.gold)).set_index("measure")["value"].round(3)
    assert figures["detection F1"] == 1.0 and figures["detection precision"] == 1.0
    assert figures["detection recall"] == 1.0 and figures["speaker accuracy"] == 1.0
    assert figures["country accuracy"] == 1.0
    assert figures["stance accuracy"] == 0.965 and figures["stance macro-F1"] == 0.957
    assert figures["stance Cohen's kappa"] == 0.952 and figures["date accuracy"] == 0.939


def test_final_blind_set_figures_quoted_in_the_readme(seed):
    spec = seed.project.evaluation["final"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        run = pipeline.run(spec["inputs"], metadata=spec["metadata"], annotations=None, titles=spec["titles"])
    gold = evaluate.load_gold(spec["gold"])
    final = evaluate.scoreboard({"final": run.statements}, {"final": gold})["final"].round(3)
    assert final["detection F1"] == 0.931 and final["detection precision"] == 0.91
    assert final["detection recall"] == 0.953 and final["speaker accuracy"] == 0.934
    assert final["country accuracy"] == 0.934 and final["stance accuracy"] == 0.885
    assert final["stance macro-F1"] == 0.844 and final["stance Cohen's kappa"] == 0.773
    assert final["date accuracy"] == 0.8
    assert len(gold) == 64 and (gold["stance"] != "none").sum() == 22


def test_spicer_turns_the_us_line_against_its_record(seed):
    table = shifts.table(seed.statements, level="country", window_days=3)
    reversals = table[table["reversal"] & table["kind"].eq("shift")]
    spicer = reversals[reversals["speaker"].eq("Sean Spicer") & reversals["direction"].eq("against → favor")]
    # One US turn to favor, dated by the text ...
    assert spicer["event"].nunique() == 1 and spicer["actor"].eq("États-Unis").all()
    assert spicer["date"].eq("2017-01-23").all() and spicer["date_basis"].eq("statement").all()
    # ... read against the earlier US refusals: May 2016 and January 2017 ...
    departed = set(spicer["earlier_speaker"])
    assert {"Jeff Davis", "John Kirby", "Michelle Baldanza"} <= departed
    assert {"US Department of Defense", "Adrian Rankine-Galloway"} & departed
    assert spicer["earlier_stance"].eq("against").all()
    assert spicer["earlier_date"].min() < "2016-06-01" and spicer["earlier_date"].max() >= "2017-01-01"
    # ... the January 2017 refusals being the run just before it.
    last_run = spicer[spicer["in_last_run"]]
    assert len(last_run) and last_run["earlier_date"].ge("2017-01-01").all()
    assert not spicer.loc[spicer["earlier_date"].lt("2017-01-01"), "in_last_run"].any()


def test_the_readme_figure_rings_spicers_quoted_words(seed):
    import matplotlib

    matplotlib.use("Agg")
    from helpers import charts

    names = seed.names
    table = shifts.table(names.localise(seed.statements), level="country", window_days=3)
    turns = table[table["reversal"] & table["kind"].eq("shift") & table["direction"].eq("against → favor")]
    fig = charts.stance_timeline(seed.statements, level="country", annotate=turns, names=names,
                                 actors=turns["actor"].unique())
    ax = fig.axes[0]
    ringed = pd.DataFrame(ax.shift_rings, columns=["x", "y"]).merge(ax.timeline, on=["x", "y"])
    spicer = ringed[ringed["speaker"].eq("Sean Spicer")]
    # The ring is on the quotation ("... alors bien sûr, nous sommes preneurs"), not on the
    # journalist's paraphrase of it reported the same day.
    assert len(spicer) == 1 and spicer["kind"].iloc[0] == "direct"
    assert "preneurs" in spicer["quote"].iloc[0]
    # French figure: no English institution name on it.
    shown = [t.get_text() for t in fig.findobj(matplotlib.text.Text)]
    assert not any("Department of Defense" in t for t in shown)
    assert any("Pentagone" in t for t in shown)
