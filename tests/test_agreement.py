"""Agreement between coders and with the machine, checked against figures computed by hand."""
from __future__ import annotations

import math

import pandas as pd
import pytest

from helpers import agreement, reviews

BOOK = {"stances": ["favor", "against", "neutral", "none"], "targets": ["t"]}

# Six statements of the seeds' kind, coded by two analysts (ana, bo).
ANA = ["favor", "favor", "against", "against", "neutral", "favor"]
BO = ["favor", "against", "against", "against", "neutral", "favor"]
# The machine, for the same statements.
MACHINE = ["favor", "against", "against", "neutral", "neutral", "none"]


def ledger(tmp_path, rows) -> pd.DataFrame:
    path = tmp_path / "ledger.csv"
    records = [reviews.make_row({"article": "a", "start": 10 * i, "end": 10 * i + 8}, action=action, coder=coder,
                                recorded="2026-01-02T10:00:00Z", **({"stance": s, "target": "t"} if s else {}))
               for i, coder, action, s in rows]
    reviews.append_rows(path, reviews.LEDGER_COLUMNS, records)
    return reviews.read(path, codebook=BOOK)


@pytest.fixture()
def two_coders(tmp_path):
    rows = [(i, "ana", "change", s) for i, s in enumerate(ANA)] + [(i, "bo", "change", s) for i, s in enumerate(BO)]
    return ledger(tmp_path, rows)


@pytest.fixture()
def machine():
    return pd.DataFrame({"article": "a", "start": [10 * i for i in range(6)], "end": [10 * i + 8 for i in range(6)],
                         "stance": MACHINE, "text": [f"déclaration {i}" for i in range(6)]})


def test_hand_computed_kappa_and_alpha(two_coders):
    """By hand: 5 of 6 agree. Cohen: ana's marginals favor 3, against 2, neutral 1; bo's favor 2,
    against 3, neutral 1; chance agreement (3*2 + 2*3 + 1*1) / 36 = 13/36, so
    kappa = (5/6 - 13/36) / (1 - 13/36) = 17/23. Krippendorff (nominal): the coincidence matrix
    has o(favor,favor) = 4, o(against,against) = 4, o(neutral,neutral) = 2, o(favor,against) =
    o(against,favor) = 1; n = 12, n_favor = 5, n_against = 5, n_neutral = 2; observed
    disagreement 2/12, expected 2 (5*5 + 5*2 + 5*2) / (12*11) = 90/132, so
    alpha = 1 - (2/12) / (90/132) = 34/45."""
    report = agreement.report(two_coders).set_index(["measure", "between"])["value"]
    assert report[("Cohen's kappa", "ana / bo")] == pytest.approx(17 / 23)
    assert report[("agreement", "ana / bo")] == pytest.approx(5 / 6)
    assert report[("Krippendorff's alpha", "coders")] == pytest.approx(34 / 45)


def test_with_the_machine_and_missing_codings(tmp_path, machine):
    """ana codes all six, bo only the first three; the machine is a third coder (figures by hand
    in the comments below)."""
    rows = [(i, "ana", "change", s) for i, s in enumerate(ANA)] + [(i, "bo", "change", s) for i, s in enumerate(BO[:3])]
    read = ledger(tmp_path, rows)
    table = agreement.codings(read, machine=machine)
    assert list(table.columns) == ["ana", "bo", "machine"]
    assert table["bo"].isna().sum() == 3
    pairs = agreement.pairwise(table).set_index(["coder_a", "coder_b"])
    assert pairs.loc[("ana", "bo"), "n"] == 3 and pairs.loc[("ana", "bo"), "agreement"] == pytest.approx(2 / 3)
    # ana vs machine: agree on units 0, 2, 4 -> 3/6. Cohen by hand: ana favor 3, against 2,
    # neutral 1; machine favor 1, against 2, neutral 2, none 1; chance (3*1 + 2*2 + 1*2) / 36 = 9/36;
    # kappa = (1/2 - 1/4) / (3/4) = 1/3.
    assert pairs.loc[("ana", "machine"), "agreement"] == pytest.approx(0.5)
    assert pairs.loc[("ana", "machine"), "kappa"] == pytest.approx(1 / 3)
    # Alpha with missing values by hand. Units (values): u0 f,f,f; u1 f,a,a; u2 a,a,a; u3 a,n;
    # u4 n,n; u5 f,none. Coincidences (each pair weighted 1/(m-1)): u0 ff 6/2=3; u1 fa 2/2, af 2/2,
    # aa 2/2 -> fa 1, af 1, aa 1; u2 aa 3; u3 an 1, na 1; u4 nn 2; u5 f-none 1, none-f 1.
    # n_f = 3+1+1 = 5, n_a = 1+1+3+1 = 6, n_n = 1+2 = 3, n_none = 1; n = 15.
    # D_o = (1+1+1+1+1+1)/15 = 6/15; D_e = (n^2 - sum n_c^2) / (n (n-1)) = (225 - 71) / 210 = 154/210.
    # alpha = 1 - (6/15) / (154/210) = 1 - 84/154 = 70/154 = 5/11.
    assert agreement.alpha(table) == pytest.approx(5 / 11)


def test_last_decision_per_coder_and_deletions_count(tmp_path, machine):
    rows = [(0, "ana", "change", "against"), (0, "ana", "change", "favor"),  # ana changes her mind: favor
            (0, "bo", "confirm", ""),                                       # bo confirms the machine: favor
            (1, "ana", "delete", ""), (1, "bo", "change", "against")]
    table = agreement.codings(ledger(tmp_path, rows), machine=machine)
    assert table.loc[("a", 0, 8)].tolist() == ["favor", "favor", "favor"]
    assert table.loc[("a", 10, 18)].tolist() == [agreement.NO_STATEMENT, "against", "against"]


def test_disagreements_side_by_side(two_coders, machine):
    out = agreement.disagreements(two_coders, machine=machine)
    assert out[["start", "ana", "bo", "machine"]].values.tolist() == [
        [10, "favor", "against", "against"], [30, "against", "against", "neutral"], [50, "favor", "favor", "none"]]
    assert out["text"].tolist() == ["déclaration 1", "déclaration 3", "déclaration 5"]


def test_no_reviews_no_figures(tmp_path):
    empty = reviews.read(tmp_path, codebook=BOOK)
    report = agreement.report(empty)
    assert len(report) == 1 and math.isnan(report["value"].iloc[0]) and report["n"].iloc[0] == 0


def test_the_gold_as_a_coder_agrees_with_notebook_03s_kappa():
    """The seeds' gold against the machine: the same kappa as evaluate.stance_agreement, which
    notebook 03 reports (0.952 when written)."""
    from helpers import evaluate, pipeline

    machine = pipeline.run(annotations=None).statements
    gold = evaluate.load_gold()
    coder = agreement.gold_as_coder(gold, machine)
    pairs = agreement.pairwise(agreement.codings(coder, machine=machine)).iloc[0]
    expected = evaluate.stance_agreement(machine, gold).iloc[0]
    assert (pairs["coder_a"], pairs["coder_b"]) == ("gold", "machine")
    assert pairs["n"] == expected["n"]
    assert round(pairs["kappa"], 3) == expected["kappa"] and round(pairs["agreement"], 3) == expected["accuracy"]
