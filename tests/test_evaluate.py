"""Agreement measures on small hand-made tables whose right numbers are known, and the gold file."""
from __future__ import annotations

import re

import pandas as pd
import pytest

from helpers import evaluate, paths



def table(rows, cols=("article", "start", "end", "text", "speaker", "country", "stance", "date")):
    return pd.DataFrame([dict(zip(cols, r)) for r in rows])


# --- Cohen's kappa and macro-F1 -----------------------------------------------------------------
def test_kappa_textbook_example():
    # Wikipedia's example: 50 items, yes/yes 20, yes/no 5, no/yes 10, no/no 15 -> p_o .7, p_e .5, kappa .4
    a = ["yes"] * 25 + ["no"] * 25
    b = ["yes"] * 20 + ["no"] * 5 + ["yes"] * 10 + ["no"] * 15
    assert evaluate.cohen_kappa(a, b) == pytest.approx(0.4)


@pytest.mark.parametrize("a, b, expected", [
    (["favor", "against", "none"], ["favor", "against", "none"], 1.0),
    (["favor", "favor"], ["favor", "favor"], 1.0),          # a single label, full agreement
    (["favor", "against"], ["against", "favor"], -1.0),     # systematic disagreement
])
def test_kappa_limits(a, b, expected):
    assert evaluate.cohen_kappa(a, b) == pytest.approx(expected)


def test_macro_f1_known_numbers():
    gold = ["favor", "favor", "against", "none"]
    pred = ["favor", "against", "against", "none"]
    # favor: p 1, r .5, f1 .667 ; against: p .5, r 1, f1 .667 ; none: 1 -> macro .778
    score, per_label = evaluate.macro_f1(gold, pred)
    assert score == pytest.approx((2 / 3 + 2 / 3 + 1) / 3, abs=1e-3)
    assert per_label["label"].tolist() == ["favor", "against", "none"]   # neutral absent from both


# --- matching and detection ---------------------------------------------------------------------
GOLD = table([
    ("a", 0, 100, "g1", "John Kirby", "US", "against", "2016-05-20"),
    ("a", 200, 260, "g2", "Jeff Davis", "US", "against", "2016-05-20"),
    ("a", 300, 340, "g3", "Sergueï Lavrov", "RU", "favor", ""),
    ("b", 0, 50, "g4", "Dmitri Peskov", "RU", "neutral", "2016-07-14"),
])
PRED = table([
    ("a", 2, 98, "p1", "John Kirby", "US", "against", "2016-05-20"),      # matches g1
    ("a", 10, 60, "p1bis", "John Kirby", "US", "against", ""),           # second hit on g1: spurious
    ("a", 190, 230, "p2", "Jeff Davis", "US", "favor", "2016-05-21"),     # 30/40 of the shorter: matches g2
    ("a", 335, 400, "p3", "Moscou", "RU", "favor", ""),                   # 5/40: too little overlap
    ("b", 0, 50, "p4", "Dmitri Peskov", "RU", "neutral", "2016-07-14"),   # matches g4
])


def test_match_is_one_to_one_and_uses_the_shorter_span():
    m = evaluate.match(PRED, GOLD)
    assert list(zip(m["gold"], m["pred"])) == [(0, 0), (1, 2), (3, 4)]
    assert m.loc[m["gold"] == 1, "ratio"].item() == pytest.approx(0.75)


def test_detection_counts():
    d = evaluate.detection(PRED, GOLD).iloc[-1]
    assert (d["tp"], d["fp"], d["fn"]) == (3, 2, 1)
    assert (d["precision"], d["recall"]) == (0.6, 0.75)
    assert d["f1"] == pytest.approx(2 * 0.6 * 0.75 / 1.35, abs=1e-3)
    by = evaluate.detection(PRED, GOLD, by_article=True)
    assert by["article"].tolist() == ["a", "b", "all"]
    assert by.loc[by["article"] == "b", "f1"].item() == 1.0


def test_attribution_stance_dates():
    att = evaluate.attribution(PRED, GOLD).set_index("field")
    assert att.loc["speaker", "accuracy"] == 1.0 and att.loc["country", "n"] == 3
    st = evaluate.stance_agreement(PRED, GOLD).iloc[0]
    assert (st["n"], st["accuracy"]) == (3, round(2 / 3, 3))
    dt = evaluate.dates(PRED, GOLD).iloc[0]
    assert (dt["n"], dt["correct"], dt["accuracy"]) == (3, 2, round(2 / 3, 3))


def test_confusion_matrix():
    cm = evaluate.confusion(PRED, GOLD)
    assert list(cm.index) == evaluate.STANCE_LABELS and list(cm.columns) == evaluate.STANCE_LABELS
    assert cm.loc["against", "against"] == 1 and cm.loc["against", "favor"] == 1
    assert cm.loc["neutral", "neutral"] == 1 and int(cm.values.sum()) == 3


@pytest.mark.parametrize("rules, coded, golds, expected", [
    # a rule right twice, another wrong once: most frequent first
    (["cue", "cue", "context+article+assertion+side"], ["against", "neutral", "favor"], ["against", "neutral", "none"],
     [("cue", 2, 2, 1.0, 0.0), ("context+article+assertion+side", 1, 0, 0.0, 1.0)]),
    # the gold reading a statement as about something else counts against the rule
    (["cue", "cue", "cue"], ["against", "favor", "neutral"], ["against", "none", "neutral"],
     [("cue", 3, 2, 0.67, 0.33)]),
])
def test_stance_by_rule(rules, coded, golds, expected):
    """Which ways of deciding a stance agree with the gold, on matched statements only (the
    spurious and the missed ones are not counted)."""
    pred = PRED.assign(stance_rule="unmatched")
    pred.loc[pred.index[[0, 2, 4]], "stance_rule"] = rules
    pred.loc[pred.index[[0, 2, 4]], "stance"] = coded
    gold = GOLD.copy()
    gold.loc[gold.index[[0, 1, 3]], "stance"] = golds
    got = evaluate.stance_by_rule(pred, gold)
    assert [tuple(r) for r in got.itertuples(index=False)] == expected


def test_disagreements_side_by_side():
    d = evaluate.disagreements(PRED, GOLD)
    assert sorted(d["issue"]) == ["missed", "spurious", "spurious", "stance, date"]
    row = d[d["issue"] == "stance, date"].iloc[0]
    assert (row["gold_stance"], row["pred_stance"], row["gold_date"], row["pred_date"]) == ("against", "favor", "2016-05-20", "2016-05-21")


@pytest.mark.parametrize("gold_speaker, pred_speaker, names, expected", [
    ("Pedro Sanchez", "Pedro Sánchez", False, "speaker"),
    # with names, the differences realworld() does not count are not listed
    ("Pedro Sanchez", "Pedro Sánchez", True, ""),
    ("Berger", "Laurent Berger", True, ""),
    ("SUD-Rail", "SUDRail", True, ""),
    ("Jacob Rees-Mogg", "Jacob Ress-Mogg", True, "speaker"),
    ("Laurent Berger", "Philippe Martinez", True, "speaker"),
])
def test_disagreements_read_names_as_the_measure_does(gold_speaker, pred_speaker, names, expected):
    row = {"article": "a", "start": 0, "end": 20, "text": "La réforme est injuste", "country": "FR",
           "stance": "against"}
    gold = pd.DataFrame([{**row, "speaker": gold_speaker}])
    pred = pd.DataFrame([{**row, "speaker": pred_speaker}])
    d = evaluate.disagreements(pred, gold, fields=("speaker", "country", "stance"), names=names)
    assert d["issue"].tolist() == ([expected] if expected else [])


def test_disagreements_read_a_register_alias_as_the_measure_does():
    from helpers import actors
    reg = actors.load_register([paths.ACTORS_CSV, paths.DATA / "actors_general.csv"])
    row = {"article": "a", "start": 0, "end": 20, "text": "L'Iran respecte l'accord", "country": "UN",
           "stance": "neutral"}
    gold = pd.DataFrame([{**row, "speaker": "AIEA"}])
    pred = pd.DataFrame([{**row, "speaker": "Agence internationale de l'énergie atomique", "speaker_id": "IAEA"}])
    fields = ("speaker", "country", "stance")
    assert evaluate.disagreements(pred, gold, fields=fields, names=True)["issue"].tolist() == ["speaker"]
    assert evaluate.disagreements(pred, gold, fields=fields, names=True, register=reg).empty


def test_summary_is_tidy():
    s = evaluate.summary(PRED, GOLD)
    assert list(s.columns) == ["measure", "value", "n"]
    assert s.set_index("measure").loc["detection recall", "value"] == 0.75


def test_empty_prediction():
    d = evaluate.detection(GOLD.iloc[:0], GOLD).iloc[-1]
    assert (d["tp"], d["fn"], d["recall"]) == (0, 4, 0.0)


# --- the gold file itself -----------------------------------------------------------------------
GOLD_FILE = evaluate.load_gold()


def test_gold_offsets_slice_the_seeds():
    texts = {p.stem: p.read_bytes().decode("utf-8") for p in paths.SEEDS.glob("*.txt")}
    for r in GOLD_FILE.itertuples():
        assert texts[r.article][r.start:r.end] == r.text, (r.article, r.start)


def test_gold_values_follow_the_codebook():
    from helpers import stance
    book = stance.load_codebook()
    g = GOLD_FILE
    assert set(g["stance"]) <= set(stance.STANCES)
    assert set(g["kind"]) <= {"direct", "indirect", "attributed"}
    assert ((g["stance"] == "none") == (g["target"] == "")).all()
    assert set(g.loc[g["target"] != "", "target"]) <= set(book.target_ids)
    assert all(d == "" or re.fullmatch(r"\d{4}-\d{2}-\d{2}", d) for d in g["date"])
    assert all(c == "" or re.fullmatch(r"[A-Z]{2}", c) for c in g["country"])
    assert not g.duplicated(["article", "start", "end"]).any()


def test_gold_speakers_are_register_names():
    names = set(pd.read_csv(paths.ACTORS_CSV, dtype=str, keep_default_na=False)["name"])
    unknown = set(GOLD_FILE["speaker"]) - names - {""}
    assert not unknown


@pytest.mark.parametrize("gold, pred, mention, expected", [
    ("Laurent Berger", "M. Berger", "", True),
    ("Laurent Berger", "", "le secrétaire général de la CFDT, Laurent Berger,", True),
    # punctuation around a name in a mention does not hide it
    ("DUP", "", "Les dirigeants du Parti démocratique unioniste (DUP) nord-irlandais", True),
    ("Jeremy Corbyn", "", "Corbyn, Jeremy", True),
    ("Laurent Berger", "Philippe Martinez", "", False),
    ("DUP", "", "les unionistes nord-irlandais", False),
    # one name with or without its hyphen; not two names sharing letters
    ("SUD-Rail", "SUDRail", "", True),
    ("Jean Marie", "Jean-Marc", "", False),
    ("", "", "", True),
])
def test_names_match(gold, pred, mention, expected):
    assert evaluate.names_match(gold, pred, mention=mention) is expected


@pytest.mark.parametrize("gold_speaker, pred_id, with_register, expected", [
    # the gold's short name is one of the predicted actor's names in the register
    ("FO", "FO", True, 1.0),
    ("FO", "FO", False, 0.0),
    ("CGT", "FO", True, 0.0),
])
def test_realworld_speaker_by_register_name(gold_speaker, pred_id, with_register, expected):
    from helpers import actors
    gold = pd.DataFrame([{"article": "a", "start": 0, "end": 20, "speaker": gold_speaker, "country": "",
                          "stance": "none"}])
    pred = gold.assign(speaker="Force ouvrière", speaker_id=pred_id, speaker_mention="le syndicat")
    register = actors.load_register([paths.ACTORS_CSV, paths.DATA / "actors_general.csv"]) if with_register else None
    assert evaluate.realworld(pred, gold, register=register)["speaker"] == expected


# --- the second coder of the real-article development sets ----------------------------------------
def _agreement_script():
    import importlib.util

    spec = importlib.util.spec_from_file_location("devsets_agreement", paths.ROOT / "tests" / "devsets" / "agreement.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SECOND_CODED = sorted(p.parent.name for p in (paths.ROOT / "tests" / "devsets").glob("*/second_coder.csv"))


@pytest.mark.parametrize("topic", SECOND_CODED)
def test_second_coder_rows_are_gold_statements_with_a_stance(topic):
    rows = _agreement_script().second_coding(topic)
    assert len(rows) == 45 and rows["second"].isin(["favor", "against", "neutral", "none"]).all()
    assert rows["confidence"].isin(["sure", "doubt"]).all()


def test_recorded_coder_agreement_is_what_the_second_codings_give():
    # the two coders' columns need no text: recomputed here from the committed files, so a
    # second coding edited without --record fails
    script = _agreement_script()
    recorded = evaluate.coder_agreement(paths.CODER_AGREEMENT)
    pooled = [name for name, _ in script.groups(SECOND_CODED)]
    assert list(recorded.index) == [*SECOND_CODED, *pooled] and "all" in pooled
    again = script.stance_table(SECOND_CODED, machine=False)[0].set_index("topic")
    for measure in ("statements", "agreement", "kappa", "macro_f1", "neutral_recall", "agreement_sure", "alpha"):
        assert list(recorded[measure]) == pytest.approx(list(again[measure]), abs=0.006, nan_ok=True), measure


def test_a_second_coding_that_is_no_gold_statement_is_named(tmp_path, monkeypatch):
    script = _agreement_script()
    topic = SECOND_CODED[0]
    (tmp_path / topic).mkdir()
    (tmp_path / topic / "gold.csv").write_bytes((paths.ROOT / "tests" / "devsets" / topic / "gold.csv").read_bytes())
    good = pd.read_csv(paths.ROOT / "tests" / "devsets" / topic / "second_coder.csv", dtype=str, keep_default_na=False)
    good.iloc[[0]].assign(start="0", end="1").to_csv(tmp_path / topic / "second_coder.csv", index=False)
    monkeypatch.setattr(script, "DEVSETS", tmp_path)
    with pytest.raises(ValueError, match=r"second_coder\.csv: 1 row\(s\) are no gold statement"):
        script.second_coding(topic)
    good.iloc[[0]].assign(stance="pour").to_csv(tmp_path / topic / "second_coder.csv", index=False)
    with pytest.raises(ValueError, match=r"second_coder\.csv: unknown stance \['pour'\]"):
        script.second_coding(topic)
    good.iloc[[0]].assign(confidence="maybe").to_csv(tmp_path / topic / "second_coder.csv", index=False)
    with pytest.raises(ValueError, match=r"second_coder\.csv: unknown confidence \['maybe'\]"):
        script.second_coding(topic)
    good.iloc[[0, 0]].to_csv(tmp_path / topic / "second_coder.csv", index=False)
    with pytest.raises(ValueError, match=r"second_coder\.csv: 1 statement\(s\) coded twice"):
        script.second_coding(topic)


def test_recorded_statements_found_by_a_second_coder_are_what_its_list_gives():
    # found, precision and speaker of the second coder need no text: recomputed from the
    # committed list and gold, so a list edited without --statements --record fails
    script = _agreement_script()
    recorded = evaluate.coder_agreement(paths.CODER_DETECTION)
    topics = sorted(p.parent.name for p in (paths.ROOT / "tests" / "devsets").glob("*/second_statements.csv"))
    assert list(recorded.index) == [*topics, *(name for name, _ in script.groups(topics))]
    again = script.statements_table(topics, machine=False).set_index("topic")
    for measure in ("articles", "gold", "second", "second_found", "second_precision", "second_speaker"):
        assert list(recorded[measure]) == pytest.approx(list(again[measure]), abs=0.006), measure


def test_a_second_statement_list_naming_an_unknown_article_is_refused(tmp_path, monkeypatch):
    script = _agreement_script()
    topic = "retraites_2023"
    (tmp_path / topic).mkdir()
    (tmp_path / topic / "index.csv").write_bytes((paths.ROOT / "tests" / "devsets" / topic / "index.csv").read_bytes())
    (tmp_path / topic / "second_statements.csv").write_text(
        "article,start,end,speaker,kind\nret_99_nowhere,0,10,,direct\n", encoding="utf-8")
    monkeypatch.setattr(script, "DEVSETS", tmp_path)
    with pytest.raises(ValueError, match=r"second_statements\.csv: articles not in the topic's index\.csv: \['ret_99_nowhere'\]"):
        script.second_statements(topic)
    (tmp_path / topic / "second_statements.csv").write_text(
        "article,start,end,speaker,kind\nret_01_rtbf,0,10,,cited\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"second_statements\.csv: unknown kind \['cited'\]"):
        script.second_statements(topic)
    (tmp_path / topic / "second_statements.csv").write_text(
        "article,start,end,speaker,kind\nret_01_rtbf,0,10,,direct\nret_01_rtbf,0,10,CGT,direct\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"second_statements\.csv: 1 span\(s\) listed twice"):
        script.second_statements(topic)
