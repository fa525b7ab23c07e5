"""Stance coding: table tests of real French press phrasings, one general rule per table."""
from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import paths, stance

BOOK = stance.load_codebook()
TARGET = "us_russia_military_cooperation"


def one(text: str, *, country: str = "", cue: str = "a déclaré", speaker: str = "X",
        speaker_type: str = "", book=BOOK) -> pd.Series:
    """Code one statement whose content is the whole sentence."""
    df = pd.DataFrame([{"article": "a", "start": 0, "end": len(text), "text": text, "cue": cue,
                        "speaker": speaker, "country": country, "speaker_type": speaker_type}])
    return stance.code(df, codebook=book).iloc[0]


# --- favor: proposes, supports, accepts (also conditionally), or asserts that it happens --------
@pytest.mark.parametrize("sentence, country", [
    ("S'il y a une possibilité de combattre l'Etat islamique avec n'importe quel pays, que ce soit "
     "la Russie ou un autre, et que nous partageons un intérêt national sur la question, alors bien "
     "sûr, nous sommes preneurs", "US"),
    ("ouvert à se joindre militairement à la Russie", "US"),
    ("Moscou serait prêt à coordonner ses frappes avec Washington en Syrie", "RU"),
    ("la Russie proposait aux États-Unis et à la coalition internationale menée par Washington "
     "d'effectuer des frappes aériennes ensemble à partir du 25 mai", "RU"),
    ("Moscou avait toujours plaidé en faveur de cette action conjointe avec Washington, et avait même "
     "regretté que Washington ait à l'époque rejeté ses propositions", "RU"),
    ("Moscou était prêt à conjuguer ses efforts avec la coalition internationale dirigée par les "
     "Etats-Unis et avec les milices kurdes", "RU"),
    ("Nous n'excluons pas une coopération militaire avec la Russie", "US"),
    ("le commandement du contingent aérien russe a reçu « de la partie américaine (...) les "
     "coordonnées des cibles de l'EI situées près d'Al-Bab »", "RU"),
    ("Deux avions des forces aériennes russes et deux avions de la coalition internationale ont "
     "ensuite effectué des frappes aériennes contre les sites des terroristes", "RU"),
    ("toujours s'appuyer sur les renseignements américains", "RU"),
    ("Les Etats-Unis proposent d'accroître sensiblement leur coopération militaire et leur partage de "
     "renseignements avec la Russie", "US"),
    ("Washington et Moscou devraient créer un centre de coordination commun pour leurs frappes", "FR"),
    ("Le Kremlin a salué la proposition américaine de coopération militaire en Syrie", "RU"),
    ("La Russie se dit prête à partager des renseignements avec les Etats-Unis", "RU"),
    ("Nous sommes disposés à travailler avec les Américains contre le terrorisme", "RU"),
    ("La Russie appelle les Etats-Unis à coordonner leurs frappes en Syrie", "RU"),
    ("Les Etats-Unis et la Russie sont parvenus à un accord sur la coordination de leurs frappes", "US"),
    # two negations on one word cancel
    ("Nous ne voyons aucune raison de ne pas coopérer avec la Russie", "US"),
    ("Nous n'agirons pas sans coordination avec les Russes", "US"),
])
def test_favor(sentence, country):
    row = one(sentence, country=country)
    assert (row["target"], row["stance"]) == (TARGET, "favor"), row["evidence"]


@pytest.mark.parametrize("sentence, country", [
    # negative concord: several negative words with one "ne" are one negation
    ("Nous n'avons jamais eu aucune coopération militaire avec la Russie", "US"),
    ("Il n'y aura ni coordination ni opération conjointe avec les Russes", "US"),
    ("Le Pentagone n'a pas non plus accepté de coordonner ses frappes avec Moscou", "US"),
])
def test_negative_concord(sentence, country):
    assert one(sentence, country=country)["stance"] == "against"


# --- against: rejects, refuses, denies, not the time, suspends ---------------------------------
@pytest.mark.parametrize("sentence, country", [
    ("Le département de la Défense ne coordonne pas les frappes aériennes avec l’armée russe en Syrie", "US"),
    ("Il n'y a pas d'accord pour conduire des frappes communes avec la Russie en Syrie", "US"),
    ("À ce jour, nous n'envisageons aucune opération militaire avec la Russie", "US"),
    ("Le ministère américain de la Défense n’envisage pas de mener une opération anti-Daech conjointe avec Moscou", "US"),
    ("Nous ne collaborons pas et nous ne coordonnons pas avec les Russes", "US"),
    ("les États-Unis ne « collaboraient pas » militairement avec les Russes en Syrie", "US"),
    ("Les États-Unis écartent la possibilité de mener des frappes communes avec la Russie en Syrie, "
     "mais discutent avec Moscou des moyens de mieux faire respecter la trêve", "US"),
    ("Ce n'est pas le moment de coordonner nos frappes avec Moscou", "US"),
    ("Pour le moment, nous ne coordonnons pas nos opérations militaires avec la Russie, et il n'est "
     "pas certain que nous conclurons un accord pour le faire", "US"),
    ("Washington a décidé de suspendre la coopération militaire avec Moscou en Syrie", "US"),
    ("Il n'y aura ni coordination ni opération conjointe avec les Russes", "US"),
    ("Nous ne sommes pas prêts à coopérer militairement avec la Russie", "US"),
    ("Une coopération militaire avec les Américains est hors de question", "RU"),
    ("Le seul canal de communication entre la coalition et la Russie en Syrie est la ligne de "
     "communication ouverte pour des raisons de sécurité afin d’éviter des incidents", "US"),
    ("Washington ne veut pas coordonner ses frappes avec Moscou", "RU"),
    ("Moscou a qualifié d'« irréaliste » l'idée d'une coordination avec Washington", "RU"),
    ("Washington a suspendu les discussions avec Moscou sur une coopération militaire en Syrie", "US"),
    ("Les Etats-Unis ont mis fin à leur coopération avec la Russie", "US"),
    ("Il n'y a aucune coopération militaire entre les Etats-Unis et la Russie en Syrie", "US"),
    ("Nous n'avons jamais coordonné nos frappes avec les Russes", "US"),
    ("Washington refuse toute coopération avec Moscou tant que les frappes sur les civils continuent", "US"),
    ("Nous ne pouvons pas coopérer avec la Russie", "US"),
    ("Washington accuse Moscou de mentir sur une prétendue coordination", "US"),
    ("Une coopération militaire avec Washington est impossible dans ces conditions", "RU"),
    ("Washington a fermé la porte à toute coopération militaire avec Moscou", "US"),
    ("Une coopération militaire avec la Russie n'est pas à l'ordre du jour", "US"),
    ("Une coopération avec la Russie n'est pas possible tant qu'Assad reste au pouvoir", "US"),
])
def test_against(sentence, country):
    row = one(sentence, country=country)
    assert (row["target"], row["stance"]) == (TARGET, "against"), row["evidence"]


# --- the speech cue governs its content: reported refusals and denials --------------------------
@pytest.mark.parametrize("content, cue, expected", [
    # a proposal quoted inside a refusal: the outer speaker's refusal counts
    ("l'offre de Moscou de mener des frappes conjointes avec Washington", "a rejeté", "against"),
    ("l'annonce de Moscou d'une opération anti-EI conjointement menée avec Washington en Syrie", "avait démenti", "against"),
    ("tout bombardement aux côtés des Russes", "démentent", "against"),
    ("la proposition russe de frappes communes avec les Etats-Unis", "a écarté", "against"),
    ("d'effectuer des frappes aériennes conjointes avec les Etats-Unis", "a proposé", "favor"),
    ("une coordination des frappes avec les Américains", "n'a pas démenti", "favor"),
])
def test_speech_cue_governs(content, cue, expected):
    row = one(content, country="US" if "Moscou" in content or "Russes" in content else "RU", cue=cue)
    assert row["stance"] == expected, row["evidence"]


# --- neutral: no comment, too early, undecided, plain questions, relays --------------------------
@pytest.mark.parametrize("sentence, country, speaker_type", [
    ("Il est trop tôt pour parler d'une coopération militaire avec la Russie", "US", ""),
    ("Sur une éventuelle coordination des frappes avec Moscou, c'est ni oui ni non", "US", ""),
    ("n'a pas souhaité commenter une éventuelle coopération militaire avec la Russie", "US", ""),
    ("Allons-nous coopérer militairement avec la Russie en Syrie ?", "US", ""),
    ("Rien n'est encore décidé sur une coordination avec les Russes", "US", ""),
    ("Les Etats-Unis proposent d'accroître leur coopération militaire avec la Russie", "", "media"),
])
def test_neutral(sentence, country, speaker_type):
    row = one(sentence, country=country, speaker_type=speaker_type)
    assert (row["target"], row["stance"]) == (TARGET, "neutral"), row["evidence"]


def test_relay_by_speaker_name():
    row = one("Les Etats-Unis proposent d'accroître leur coopération militaire avec la Russie",
              speaker="Washington Post", cue="rapporte")
    assert row["stance"] == "neutral" and row["stance_rule"] == "relay"


# --- rhetorical questions invert the polarity ---------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Pourquoi refuserions-nous de coopérer avec les Russes contre Daech ?", "favor"),
    ("Comment pourrions-nous coordonner nos frappes avec la Russie, qui bombarde des hôpitaux ?", "against"),
])
def test_rhetorical_questions(sentence, expected):
    assert one(sentence, country="US")["stance"] == expected


# --- none: not about US-Russian military cooperation --------------------------------------------
@pytest.mark.parametrize("sentence, country, speaker", [
    ("des avions russes et turcs avaient de nouveau frappé des positions de l'EI à Al-Bab, après leur "
     "première opération conjointe le 18 janvier", "RU", "Russian Ministry of Defence"),
    ("Trois bombardiers russes et quatre appareils turcs ont participé à cette nouvelle opération aérienne", "RU", "X"),
    ("Au moins 21 civils, dont sept enfants, ont péri", "", "OSDH"),
    ("la coalition antijihadiste a largué des tracts demandant aux habitants de Raqqa de quitter ce fief de l'EI", "", "X"),
    ("le Pentagone continuera à respecter le mémorandum existant entre Washington et Moscou et visant à "
     "assurer la sécurité des vols dans l'espace aérien syrien", "US", "X"),
    ("les Etats-Unis discutent toutefois régulièrement avec Moscou du maintien du cessez-le-feu en Syrie", "US", "X"),
    ("nous discutons avec nos homologues russes de propositions pour un mécanisme durable permettant "
     "de mieux surveiller et de faire appliquer la trêve", "US", "X"),
    ("prêtes à coopérer avec la Russie et les Etats-Unis", "", "YPG"),
    ("Ankara et Moscou vont coordonner leurs frappes contre l'EI", "TR", "X"),
    ("La Russie et les Etats-Unis renforcent leur coopération spatiale", "RU", "X"),
    ("Ce n'est pas la première fois que les avions de la coalition larguent des tracts sur Raqqa", "", "X"),
])
def test_none(sentence, country, speaker):
    row = one(sentence, country=country, speaker=speaker)
    assert (row["target"], row["stance"]) == ("", "none"), row["stance_rule"]


# --- the speaker's stance, not the journalist's framing -----------------------------------------
def test_framing_around_the_content_is_not_read():
    text = ("L'armée russe a annoncé lundi avoir effectué des frappes coordonnées avec les Etats-Unis, "
            "une déclaration qui a aussitôt été démentie par le Pentagone.")
    content = "avoir effectué des frappes coordonnées avec les Etats-Unis"
    s = text.index(content)
    df = pd.DataFrame([{"article": "a", "start": s, "end": s + len(content), "text": content,
                        "cue": "a annoncé", "country": "RU", "speaker": "Russian Ministry of Defence",
                        "sentence_start": 0, "sentence_end": len(text)}])
    row = stance.code(df, codebook=BOOK, texts={"a": text}).iloc[0]
    assert row["stance"] == "favor"


# --- anaphora: "l'offre", "ces affirmations", "les commenter" refer to the statement before ------
def _article(statements: list[tuple[str, str, str]], gap: str = " Puis. ") -> tuple[str, pd.DataFrame]:
    text, rows = "", []
    for content, cue, country in statements:
        text += gap
        s = len(text)
        text += content
        rows.append({"article": "a", "start": s, "end": len(text), "text": content, "cue": cue, "country": country})
    return text, pd.DataFrame(rows)


@pytest.mark.parametrize("first, second, cue, expected", [
    ("Moscou avait toujours plaidé en faveur d'une action conjointe avec Washington",
     "Une fois que nous aurons reçu ces propositions à la source et non d'un journal, nous serons en mesure de les commenter",
     "a déclaré", "neutral"),
    ("la Russie proposait aux États-Unis d'effectuer des frappes aériennes ensemble", "l'offre", "a rejeté", "against"),
    ("avoir effectué des frappes aériennes coordonnées avec les Etats-Unis", "ces affirmations", "a démenti", "against"),
    ("Washington propose une coopération militaire avec Moscou", "J'aurai des commentaires en allant à Moscou. J'aurai tout le temps d'en parler", "a-t-il dit", "neutral"),
    ("Washington propose une coopération militaire avec Moscou", "en dire plus", "n'a pas souhaité", "neutral"),
])
def test_anaphora_inherits_the_previous_target(first, second, cue, expected):
    _, df = _article([(first, "a déclaré", "RU"), (second, cue, "US")])
    coded = stance.code(df, codebook=BOOK)
    assert coded["target"].iloc[1] == TARGET
    assert coded["stance"].iloc[1] == expected
    assert coded["stance_rule"].iloc[1].startswith("context+")


def test_anaphora_does_not_reach_beyond_the_window():
    _, df = _article([("la Russie proposait aux États-Unis d'effectuer des frappes aériennes ensemble", "a déclaré", "RU"),
                      ("l'offre", "a rejeté", "US")], gap=" " + "Autre sujet. " * 80)
    assert stance.code(df, codebook=BOOK)["stance"].iloc[1] == "none"


# --- evidence, confidence, output shape ---------------------------------------------------------
def test_evidence_offsets_slice_the_article():
    text, df = _article([("Nous ne collaborons pas et nous ne coordonnons pas avec les Russes", "a indiqué", "US"),
                         ("S'il y a une possibilité de combattre Daech avec la Russie, alors bien sûr, nous sommes preneurs", "a affirmé", "US")])
    coded = stance.code(df, codebook=BOOK)
    for ev in coded["evidence"]:
        items = stance.parse_evidence(ev)
        assert items
        for it in items:
            assert text[it["start"]:it["end"]] == it["word"]
    roles = {it["role"] for it in stance.parse_evidence(coded["evidence"].iloc[0])}
    assert {"topic-negated", "negation"} <= roles
    assert "condition" in {it["role"] for it in stance.parse_evidence(coded["evidence"].iloc[1])}


def test_confidence_orders_explicit_cue_above_bare_assertion():
    explicit = one("Nous ne coordonnons pas nos frappes avec la Russie", country="US")
    bare = one("les frappes ont été coordonnées avec les Américains", country="RU")
    assert explicit["confidence"] > bare["confidence"]
    assert bare["stance"] == "favor" and bare["stance_rule"] == "assertion"


def test_missing_optional_columns_and_input_untouched():
    df = pd.DataFrame({"article": ["a"], "start": [0], "end": [10], "text": ["Nous ne coopérons pas avec la Russie"]})
    before = df.copy()
    out = stance.code(df, codebook=BOOK)
    pd.testing.assert_frame_equal(df, before)
    assert list(out.columns) == list(df.columns) + stance.CODED_COLUMNS


def test_missing_required_column_is_a_clear_error():
    with pytest.raises(ValueError, match="lacks columns"):
        stance.code(pd.DataFrame({"article": ["a"], "text": ["x"]}), codebook=BOOK)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200))
def test_any_text_gives_a_valid_row(text):
    row = one(text, country="US")
    assert row["stance"] in stance.STANCES
    assert 0 <= row["confidence"] <= 1
    assert (row["stance"] == "none") == (row["target"] == "")


# --- the codebook is data: a new target is YAML, errors name the file ---------------------------
def _codebook_with(tmp_path: Path, extra: str) -> Path:
    p = tmp_path / "codebook.yaml"
    shutil.copy(paths.CODEBOOK, p)
    text = p.read_text(encoding="utf-8")
    text = text.replace("\ncues:\n", extra + "\ncues:\n", 1)
    p.write_text(text, encoding="utf-8")
    return p


def test_a_new_target_is_added_in_yaml_only(tmp_path):
    extra = """
  - id: russia_turkey_military_cooperation
    label: Coopération militaire Russie-Turquie
    definition: Joint Russian-Turkish military operations.
    parties:
      TR: ['\\bturc(s|que|ques)?\\b', '\\bTurquie\\b', '\\bAnkara\\b']
      RU: ['\\brusses?\\b', '\\bRussie\\b', '\\bMoscou\\b']
    topic: ['\\bconjoint(e|s|es)?\\b', '\\bcoordonn\\w+']
"""
    book = stance.load_codebook(_codebook_with(tmp_path, extra))
    assert book.target_ids == [TARGET, "russia_turkey_military_cooperation"]
    row = one("des avions russes et turcs avaient de nouveau frappé des positions de l'EI, après leur "
              "première opération conjointe", country="RU", book=book)
    assert (row["target"], row["stance"]) == ("russia_turkey_military_cooperation", "favor")
    df = pd.DataFrame([{"article": "a", "start": 0, "end": 5, "text": "Nous coordonnons avec les Russes", "country": "US"}])
    long = stance.code(df, codebook=book, long=True)
    assert len(long) == 2 and long["on_target"].tolist() == [True, False]


@pytest.mark.parametrize("mutate, message", [
    (lambda t: t.replace("topic:\n      - '\\bconjoint", "topic:\n      - '(\\bconjoint", 1), "not a valid regular expression"),
    (lambda t: t.replace("\nstances:", "\nstances_renamed:", 1), "missing section 'stances'"),
    (lambda t: t.replace("  hedge:\n", "  hedges:\n", 1), "missing cue list cues.hedge"),
    (lambda t: t.replace("- id: us_russia_military_cooperation", "- id: Bad Id", 1), "must be lowercase"),
    (lambda t: "targets: [", "cannot read the codebook"),
])
def test_codebook_errors_name_file_and_problem(tmp_path, mutate, message):
    p = tmp_path / "codebook.yaml"
    p.write_text(mutate(paths.CODEBOOK.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(stance.CodebookError, match=message) as err:
        stance.load_codebook(p)
    assert str(p) in str(err.value)


def test_missing_codebook_file(tmp_path):
    with pytest.raises(stance.CodebookError, match="not found"):
        stance.load_codebook(tmp_path / "nope.yaml")


def test_codebook_examples_are_coded_as_labelled():
    """The codebook's own examples (with ellipses removed) get the stance they illustrate."""
    country = {"favor": None, "against": "US", "neutral": "US", "none": None}
    target = BOOK.target(TARGET)
    wrong = []
    for label, examples in target.examples.items():
        for ex in examples:
            text = ex.replace("[...]", "").replace("  ", " ")
            if label == "neutral":
                continue        # neutral examples are anaphoric: covered by the anaphora tests
            c = country[label] or ("RU" if ("Moscou" in text or "la Russie proposait" in text) else "US")
            got = one(text, country=c)["stance"]
            if got != label:
                wrong.append((label, got, text))
    assert not wrong
