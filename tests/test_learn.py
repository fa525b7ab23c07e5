"""The coder learns from reviews (helpers.learn): re-coding, honesty of stance_source, the queue,
and a learning curve that CI can compute on a committed set."""
from __future__ import annotations

import re
import warnings

import numpy as np
import pandas as pd
import pytest

from helpers import evaluate, learn, paths, pipeline

T = "retraites"
FAVOR = [
    "Cette réforme est indispensable pour sauver notre système par répartition",
    "nous irons jusqu'au bout de la réforme, elle est nécessaire",
    "la réforme est juste et indispensable à l'équilibre du système",
    "le gouvernement défend une réforme nécessaire et équilibrée",
    "il faut voter cette réforme indispensable",
    "une réforme nécessaire, que nous assumons pleinement",
    "cette réforme est la bonne, elle est indispensable",
    "nous soutenons une réforme nécessaire pour les jeunes",
]
AGAINST = [
    "nous demandons le retrait pur et simple de la réforme",
    "le report de l'âge légal à 64 ans est injuste et brutal",
    "nous exigeons le retrait de cette réforme injuste",
    "cette réforme brutale doit être retirée",
    "la mobilisation continuera jusqu'au retrait de la réforme",
    "une réforme injuste que nous combattrons jusqu'au retrait",
    "le retrait de la réforme est la seule issue",
    "nous appelons à la grève contre cette réforme injuste",
]
NONE = [
    "le prix de l'essence a encore augmenté ce mois-ci",
    "la météo sera clémente pour le week-end de Pâques",
    "le match de dimanche a été reporté à cause de la pluie",
    "les ventes de voitures électriques progressent en mars",
]


def table(rules_stance: str = "none") -> pd.DataFrame:
    rows, pos = [], 0
    for stance, texts in (("favor", FAVOR), ("against", AGAINST), ("none", NONE)):
        for text in texts:
            rows.append({"article": "a", "start": pos, "end": pos + len(text), "text": text,
                         "speaker": "Élisabeth Borne" if stance == "favor" else ("CGT" if stance == "against" else ""),
                         "cue": "a déclaré", "kind": "direct", "target": "", "stance": rules_stance,
                         "confidence": 0.9, "stance_rule": "no-topic", "gold": stance})
            pos += len(text) + 1
    return pd.DataFrame(rows)


def reviewed(df: pd.DataFrame, positions) -> pd.DataFrame:
    out = df.assign(stance_source="automatic")
    for p in positions:
        out.loc[p, ["stance", "target", "stance_source"]] = [out.loc[p, "gold"], T if out.loc[p, "gold"] != "none" else "",
                                                            "reviewed"]
    return out


def test_without_enough_reviews_the_rules_decide_exactly():
    auto = table()
    few = reviewed(auto, range(0, 20, 3)[: learn.MIN_REVIEWS - 1])
    out = learn.recode(few, automatic=auto, targets=[T])
    pd.testing.assert_frame_equal(out, few)
    assert out.attrs["learned"] == {}
    assert not out["stance_source"].eq("learned").any()


def test_reviews_of_one_stance_teach_nothing():
    auto = table()
    same = reviewed(auto, range(len(FAVOR)))  # all 'favor'
    out = learn.recode(same, automatic=auto, targets=[T], min_reviews=len(FAVOR))
    pd.testing.assert_frame_equal(out, same)


def test_the_coder_learns_from_reviews_and_says_so():
    auto = table()
    train = [0, 1, 2, 3, 4, 8, 9, 10, 11, 12, 16, 17]
    out = learn.recode(reviewed(auto, train), automatic=auto, targets=[T])
    test = out.drop(index=train)
    assert set(out.loc[train, "stance_source"]) == {"reviewed"}
    assert set(test["stance_source"]) == {"learned"} and set(test["stance_rule"]) == {"learned"}
    assert test["confidence"].between(0, 1).all()
    accuracy = (test["stance"] == test["gold"]).mean()
    rules = (auto.drop(index=train)["stance"] == test["gold"]).mean()
    assert accuracy >= rules + 0.3, (accuracy, rules)
    assert (test.loc[test["stance"].ne("none"), "target"] == T).all()
    assert out.attrs["learned"] == {T: len(train)}


@pytest.mark.parametrize("rules_right, min_reviews_trusted, learns", [
    # the rules coded as the reviewers did: a model on 12 reviews would do worse; it waits
    (True, learn.MIN_REVIEWS_TRUSTED, False),
    (True, 12, True),
    # the rules knew nothing of the target ('none' where the reviews say otherwise): it learns
    (False, learn.MIN_REVIEWS_TRUSTED, True),
])
def test_the_coder_waits_while_the_rules_agree_with_the_reviews(rules_right, min_reviews_trusted, learns):
    auto = table()
    if rules_right:
        auto = auto.assign(stance=auto["gold"], target=[T if g != "none" else "" for g in auto["gold"]])
    train = [0, 1, 2, 3, 4, 8, 9, 10, 11, 12, 16, 17]
    out = learn.recode(reviewed(auto, train), automatic=auto, targets=[T], min_reviews_trusted=min_reviews_trusted)
    assert bool(out.attrs["learned"]) == learns


def test_the_wait_is_per_target():
    """A codebook of two targets: the rules know the first (they coded its reviewed statements as
    the reviewers did), not the second (they left its statements 'none'); only the second is
    learned from 12 reviews."""
    first = table()
    first = first.assign(stance=first["gold"], target=[T if g != "none" else "" for g in first["gold"]])
    other = table().assign(article="b")  # the same words, about another proposition
    auto = pd.concat([first, other], ignore_index=True)
    train = [0, 1, 2, 3, 4, 8, 9, 10, 11, 12, 16, 17]
    given = reviewed(auto, train + [len(first) + i for i in train])
    given.loc[len(first):, "target"] = given.loc[len(first):, "target"].replace(T, "autre")
    out = learn.recode(given, automatic=auto, targets=[T, "autre"])
    assert out.attrs["learned"] == {"autre": 2 * len(train)}
    # the statements the rules coded toward the waiting target keep the rules' coding
    kept = [i for i in range(len(first)) if i not in train and first.loc[i, "stance"] != "none"]
    assert kept and (out.loc[kept, "stance_source"] == "automatic").all()
    assert (out.loc[kept, ["stance", "target"]].to_numpy() == auto.loc[kept, ["stance", "target"]].to_numpy()).all()


@pytest.mark.parametrize("min_departure, departs", [(1.01, False), (0.0, True)])
def test_the_coder_departs_from_a_stance_the_rules_took_only_when_sure(min_departure, departs):
    # The rules code every statement 'against' on the target: only a sure model overrides them.
    auto = table("against").assign(target=T)
    train = [0, 1, 2, 3, 4, 8, 9, 10, 11, 12, 16, 17]
    out = learn.recode(reviewed(auto, train), automatic=auto, targets=[T], min_departure=min_departure)
    test = out.drop(index=train)
    assert test["stance"].ne("against").any() == departs


def test_recoding_leaves_the_tables_it_was_given_untouched():
    auto = table()
    given = reviewed(auto, [0, 1, 2, 3, 4, 8, 9, 10, 11, 12, 16, 17])
    before, auto_before = given.copy(), auto.copy()
    out = learn.recode(given, automatic=auto, targets=[T])
    assert out["stance_source"].eq("learned").any()
    pd.testing.assert_frame_equal(given, before)
    pd.testing.assert_frame_equal(auto, auto_before)


def test_queue_puts_shifts_first_then_the_least_certain_when_no_rule_is_given():
    rows = pd.DataFrame({
        "article": "a", "start": [0, 10, 20, 30, 40], "end": [5, 15, 25, 35, 45], "text": "x",
        "speaker": ["Jeff Davis", "Jeff Davis", "John Kirby", "John Kirby", "Sean Spicer"],
        "organization": "Pentagone", "country": "US", "date": ["2016-05-01", "2016-06-01", "2016-05-02", "", "2017-01-23"],
        "target": "t", "stance": ["against", "favor", "against", "neutral", "favor"],
        "confidence": [0.9, 0.9, 0.5, 0.3, 0.6], "utterance": ["u0", "u1", "u2", "u3", "u4"],
        "stance_source": ["automatic", "automatic", "automatic", "automatic", "reviewed"],
    })
    q = learn.queue(rows)
    assert 4 not in q.index  # reviewed: never proposed again
    # Jeff Davis turns to favor (u0 -> u1), and so the US do against Davis' and Kirby's refusals
    # (u0, u2): those three first, the least certain of them first; then the undated neutral.
    assert list(q.index) == [2, 0, 1, 3]
    assert list(q["reason"]) == ["behind a shift"] * 3 + ["uncertain"]
    assert list(learn.queue(rows, shifts_first=False).index) == [3, 2, 0, 1]


def test_queue_puts_a_cue_against_the_speakers_side_after_the_shifts():
    rows = pd.DataFrame({
        "article": "a", "start": [0, 10, 20], "end": [5, 15, 25], "text": "x",
        "speaker": ["Sophie Binet", "Laurent Berger", "Élisabeth Borne"], "country": "FR",
        "date": ["2023-03-01", "2023-03-02", "2023-03-03"], "target": "t",
        "stance": ["favor", "neutral", "favor"], "confidence": [0.4, 0.3, 0.9],
        "stance_rule": ["cue+off-side", "assertion", "cue"], "utterance": ["u0", "u1", "u2"],
    })
    q = learn.queue(rows)
    assert list(q.index) == [0, 1, 2]
    # ("assertion" is a rule right on real press less than 70 % of the time)
    assert list(q["reason"]) == ["against the speaker's side", "rule often wrong", "check"]


def test_queue_puts_the_codings_of_the_least_reliable_rules_first():
    # the rules' confidences say the opposite; the record of each rule on real press decides
    rows = pd.DataFrame({
        "article": "a", "start": [0, 10, 20, 30], "end": [5, 15, 25, 35], "text": "x",
        "stance": ["favor", "favor", "favor", "favor"], "confidence": [0.4, 0.9, 0.4, 0.6],
        "stance_rule": ["cue", "context+article+assertion+speaker-line", "cue+antecedent", "nouvelle-règle"],
        "stance_source": ["automatic", "automatic", "automatic", "learned"],
    })
    table = {"cue": 0.8, "context+article+assertion": 0.3, "context+article+assertion+speaker-line": 0.35}
    q = learn.queue(rows, shifts_first=False, reliability=table)
    # 0.35 (1), then the learned row by its confidence (0.6), then "cue" and "cue+antecedent"
    # (read as "cue": 0.8)
    assert list(q.index) == [1, 3, 0, 2]
    # without a measure, the confidence alone, as before
    assert list(learn.queue(rows, shifts_first=False, reliability={}).index) == [0, 2, 3, 1]


@pytest.mark.parametrize("csv, message", [
    ("rule,n\ncue,3\n", "missing column(s) right"),
    ("rule,n,right\ncue,three,2\n", "must be whole numbers, not 'three'"),
    ("rule,n,right\ncue,,2\n", "must be whole numbers, not ''"),
    ("rule,n,right\ncue,3.5,2\n", "must be whole numbers, not '3.5'"),
    ("rule,n,right\ncue,3,4\n", "between 0 and 'n'"),
    ("rule,n,right\ncue,3,2\ncue,4,1\n", "listed twice: cue"),
    ("", "not a readable CSV table"),
])
def test_rule_reliability_names_the_file_and_the_problem(tmp_path, csv, message):
    path = tmp_path / "rules.csv"
    path.write_text(csv, encoding="utf-8")
    with pytest.raises(ValueError, match=re.escape(message)) as err:
        learn.rule_reliability(path)
    assert str(path) in str(err.value)


def test_rule_reliability_reads_a_rewritten_file_again(tmp_path):
    path = tmp_path / "rules.csv"
    path.write_text("rule,n,right\ncue,10,9\n", encoding="utf-8")
    assert learn.rule_reliability(path, prior=0) == {"cue": 0.9}
    path.write_text("rule,n,right\ncue,10,2\nselon,5,5\n", encoding="utf-8")
    assert learn.rule_reliability(path, prior=0) == {"cue": 0.2, "selon": 1.0}


def test_queue_without_the_shipped_measure_orders_by_confidence_and_says_so(monkeypatch, tmp_path):
    monkeypatch.setattr(paths, "RULE_RELIABILITY", tmp_path / "absent.csv")
    rows = pd.DataFrame({"article": "a", "start": [0, 10], "end": [5, 15], "text": "x", "stance": "favor",
                         "confidence": [0.9, 0.4], "stance_rule": ["cue", "cue"]})
    with pytest.warns(UserWarning, match="absent.csv: no such file"):
        q = learn.queue(rows, shifts_first=False)
    assert list(q.index) == [1, 0] and list(q["reason"]) == ["uncertain", "check"]
    # a table named explicitly that cannot be read is an error
    with pytest.raises(FileNotFoundError, match="absent.csv"):
        learn.rule_reliability(tmp_path / "absent.csv")


def test_queue_keeps_duplicate_index_labels():
    rows = pd.DataFrame({"article": "a", "start": [0, 10, 20], "end": [5, 15, 25], "text": "x", "stance": "favor",
                         "confidence": [0.9, 0.4, 0.5], "stance_rule": ["cue", "cue", "assertion"],
                         "stance_source": ["automatic", "reviewed", "automatic"]}, index=[7, 7, 8])
    q = learn.queue(rows, shifts_first=False, reliability={"cue": 0.8, "assertion": 0.4})
    assert list(q.index) == [8, 7] and list(q["reason"]) == ["rule often wrong", "check"]


def test_rule_reliability_draws_rare_rules_to_the_pooled_accuracy(tmp_path):
    table = pd.DataFrame({"rule": ["cue", "rare"], "n": [90, 10], "right": [72, 0]})   # pooled 0.72
    got = learn.rule_reliability(table, prior=5)
    assert got["cue"] == pytest.approx((72 + 5 * 0.72) / 95, abs=1e-4)
    assert got["rare"] == pytest.approx((0 + 5 * 0.72) / 15, abs=1e-4)
    with pytest.raises(FileNotFoundError, match="no such file"):
        learn.rule_reliability(tmp_path / "absent.csv")


def test_the_shipped_rule_reliability_is_a_measure_of_the_rules_in_use():
    table = pd.read_csv(paths.RULE_RELIABILITY, keep_default_na=False)
    assert list(table.columns) == ["rule", "n", "right", "accuracy", "gold_none"]
    assert (table["right"] <= table["n"]).all() and table["n"].sum() > 1000
    rel = learn.rule_reliability()
    assert set(rel) == set(table["rule"]) and all(0 < v < 1 for v in rel.values())
    # the ways the rules decide that the README tells analysts to review first are the least reliable
    assert rel["context+article+assertion"] < rel["cue"] and rel["context+article+assertion"] < rel["speech-cue"]


@pytest.fixture(scope="module")
def sets_without_target():
    """The seeds and the held-out reconstructed set coded with a codebook whose proposition has no
    topic term: the situation of a new topic before its cue lists are written (the rules code
    every statement 'none'). A CI-computable version of notebook 07's learning curve."""
    import tempfile

    import yaml

    raw = yaml.safe_load(paths.STANCE_LEXICON.read_text(encoding="utf-8"))
    target = "us_russia_military_cooperation"
    raw["targets"] = [{"id": target, "label": "x", "definition": "x", "topic": ["(?!)"]}]
    statements, golds, texts = [], [], {}
    with tempfile.TemporaryDirectory() as tmp, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        book = f"{tmp}/codebook.yaml"
        with open(book, "w", encoding="utf-8") as fh:
            yaml.safe_dump(raw, fh, allow_unicode=True)
        for name in ("seeds", "heldout"):
            spec = evaluate.evaluation_sets()[name]
            run = pipeline.run(spec["inputs"], metadata=spec["metadata"], codebook=book, annotations=None,
                               titles=spec["titles"])
            statements.append(run.statements)
            golds.append(evaluate.load_gold(spec["gold"]))
            texts.update({a.id: a.text for a in run.corpus.items})
    return pd.concat(statements, ignore_index=True), pd.concat(golds, ignore_index=True), texts, target


def test_learning_curve_without_the_topic_in_the_codebook(sets_without_target):
    """Measured when written: rules 0.39 end to end; after 50 queued reviews 0.49 (rules on the
    same statements 0.36), after 100, 0.62 (rules 0.36). Re-measured on 2026-12-01 (two more
    statements tagged in the held-out set): after 50, 75 and 100 reviews 0.55, 0.59, 0.65 (rules
    0.41, 0.40, 0.38). One point of the curve moves by several points when a statement or two
    change, so the curve is judged over its second half."""
    statements, gold, texts, target = sets_without_target
    curve = learn.simulate(statements, gold, target=target, texts=texts, steps=(0, 25, 50, 75, 100), batch=10)
    curve = curve.set_index("reviews")
    assert curve.loc[0, "accuracy"] == curve.loc[0, "rules_accuracy"]  # no review: the rules alone
    gain = curve["accuracy"] - curve["rules_accuracy"]
    assert gain.loc[[50, 75, 100]].min() > 0 and gain.loc[[50, 75, 100]].mean() >= 0.1, curve
    assert gain.loc[100] >= 0.15, curve
    assert np.isfinite(curve["found_accuracy"]).all()
