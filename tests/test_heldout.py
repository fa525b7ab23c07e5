"""Regression floors on the evaluation sets beyond the seeds.

The floors sit a few points under the figures measured when they were set (see notebook 03), so
a change to a rule that makes the tagger or the coder worse on articles it was not written on
fails here. Raise them when the figures improve; never lower them to make a change pass without
saying why in the commit.
"""
from __future__ import annotations

import warnings

import pytest

from helpers import evaluate, pipeline

FLOORS = {
    "heldout": {"detection F1": 0.95, "speaker accuracy": 0.95, "country accuracy": 0.95,
                "stance accuracy": 0.93, "stance Cohen's kappa": 0.90, "date accuracy": 0.90},
    "final": {"detection F1": 0.86, "speaker accuracy": 0.90, "country accuracy": 0.85,
              # Lowered from 0.85 and 0.70 (2026-12-01): "a confirmé l'accord et précisé que ..." now
              # splits into the two statements the gold has (detection F1 0.898 -> 0.906), and the
              # newly matched one ("l'accord", coded from the article's target) is coded favor, gold none.
              "stance accuracy": 0.84, "stance Cohen's kappa": 0.68, "date accuracy": 0.70},
}


@pytest.fixture(scope="module")
def figures():
    out = {}
    for name in FLOORS:
        spec = evaluate.evaluation_sets()[name]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            wb = pipeline.run(spec["inputs"], metadata=spec["metadata"], annotations=None, titles=spec["titles"])
        gold = evaluate.load_gold(spec["gold"])
        out[name] = evaluate.summary(wb.statements, gold).set_index("measure")["value"]
    return out


@pytest.mark.parametrize("name, measure, floor",
                         [(n, m, f) for n, floors in FLOORS.items() for m, f in floors.items()])
def test_measure_stays_above_floor(figures, name, measure, floor):
    assert figures[name][measure] >= floor, f"{name}: {measure} fell to {figures[name][measure]:.3f}"


def test_gold_offsets_slice_the_articles():
    for name, spec in evaluate.evaluation_sets().items():
        gold = evaluate.load_gold(spec["gold"])
        for article, rows in gold.groupby("article"):
            text = (spec["inputs"] / f"{article}.txt").read_bytes().decode("utf-8")
            for row in rows.itertuples():
                assert text[row.start:row.end] == row.text, f"{name} {article} {row.start}-{row.end}"
