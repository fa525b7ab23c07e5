"""Targets are small checked files; their words match their inflections; their examples are executable."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from helpers import paths, stance, targets, wordforms

SHIPPED = sorted(paths.TARGETS.glob("*.yaml")) + sorted((paths.ROOT / "tests" / "devsets").glob("*/target.yaml"))


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.parent.name if p.name == "target.yaml" else p.stem)
def test_every_shipped_target_codes_its_examples_as_labelled(path):
    book = stance.load_codebook(path)
    coded = targets.code_examples(book.targets[0].id, book)
    assert len(coded) >= 4
    wrong = coded[~coded["ok"]]
    assert wrong.empty, wrong[["expected", "coded", "rule", "text"]].to_string()


@pytest.mark.parametrize("path", [p for p in SHIPPED if p.name == "target.yaml"], ids=lambda p: p.parent.name)
def test_example_targets_are_short_plain_words(path):
    """The development topics' targets are what a user writes in ten minutes: at most 20 lines, no
    regular expression."""
    text = path.read_text(encoding="utf-8")
    assert len(text.splitlines()) <= 20
    assert "patterns" not in text and "\\b" not in text


@pytest.mark.parametrize("phrase, text, expected", [
    ("réforme des retraites", "Réformes des retraites", True),
    ("la réforme", "cette réforme", True),
    ("la réforme", "sa réforme", True),
    ("renégocier", "renégociera", True),
    ("exclure", "exclut", True),
    ("libre-échange", "libre échange", True),
    ("report de l'âge", "report de l’âge", True),
    ("pass sanitaire", "passe sanitaire", True),
    ("brutale", "brutaux", True),
    ("nucléaire", "nucléaires", True),
    ("opposé", "opposées", True),
    ("conjoint", "conjointe", True),
    ("49.3", "49.3", True),
    ("reforme", "réforme", True),
    # a draft of the thing under debate is the thing, after a determiner only
    ("l'accord", "son projet d'accord", True),
    ("la réforme", "les projets de réforme", True),
    ("la réforme", "cet avant-projet de réforme", True),
    ("l'accord", "le projet de loi", False),
    ("accord", "projet d'accord", False),
    ("retrait", "retraite", False),      # a noun's "feminine" that is another word
    ("pension", "suspension", False),    # whole words only
    ("centre", "cents", False),          # a noun in -re is not a verb
])
def test_plain_words_match_their_inflections(phrase, text, expected):
    assert bool(wordforms.compile_phrase(phrase).fullmatch(text)) is expected


@pytest.mark.parametrize("content, message", [
    ("id: x\nlabel: X\ndefinition: d\n", "needs `topic` words"),
    ("id: x\nlabel: X\ndefinition: d\ntopic: [a]\ndefault: pour\n", "default: must be favor"),
    ("id: x\nlabel: X\ndefinition: d\ntopic: [a]\ncontext: paragraph\n", "context: must be article or none"),
    ("id: x\nlabel: X\ndefinition: d\ntopic: [a]\nexamples: {pour: [b]}\n", "unknown stance"),
    ("id: x\nlabel: X\ndefinition: d\ntopic: [a]\ntopics: [b]\n", "topics: unknown key"),
    ("id: x\nlabel: X\ndefinition: d\ntopic: ['']\n", "topic: item 0 must be a non-empty word"),
    ("- a\n- b\n", "must be a mapping"),
    ("id: x\nlabel: X\ndefinition: d\ntopic: [a]\nsides: {pour: [CGT]}\n", r"sides: .*unknown side\(s\) \['pour'\]"),
    ("id: x\nlabel: X\ndefinition: d\ntopic: [a]\nsides: {favor: [CGT], against: [cgt]}\n", "'cgt' is on two sides"),
    ("id: x\nlabel: X\ndefinition: d\ntopic: [a]\nsides: [CGT]\n", "sides: .*must map favor"),
    ("id: x\nlabel: X\ndefinition: d\ntopic: [a]\noff_side: keep\n", "off_side: must be side or cue"),
])
def test_a_bad_target_names_file_key_and_reason(tmp_path, content, message):
    p = tmp_path / "t.yaml"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(stance.CodebookError, match=message) as err:
        stance.load_codebook(p)
    assert str(p) in str(err.value)


def _check(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "helpers", "target", "check", *args],
                          capture_output=True, text=True, cwd=paths.ROOT, timeout=600)


def test_target_check_reports_examples_coded_otherwise(tmp_path):
    p = tmp_path / "t.yaml"
    p.write_text("id: pension\nlabel: Retraites\ndefinition: Le report de l'âge légal.\n"
                 "topic: [réforme des retraites, âge légal]\n"
                 "examples:\n  against: [\"Nous demandons le retrait de la réforme des retraites\"]\n"
                 "  favor: [\"La réforme des retraites sera appliquée\"]\n", encoding="utf-8")
    out = _check(str(p))
    # no cue says "appliquée" is support: the user sees it and adds a favor word
    assert out.returncode == 1 and "1 of 2 examples" in out.stdout and "favor -> neutral" in out.stdout
    p.write_text(p.read_text(encoding="utf-8") + "favor: [appliquer]\n", encoding="utf-8")
    out = _check(str(p))
    assert out.returncode == 0 and "2 of 2 examples" in out.stdout


def test_target_check_on_a_corpus_shows_what_it_catches():
    out = _check(str(paths.TARGETS / "us_russia_military_cooperation.yaml"), "--corpus", str(paths.SEEDS),
                 "--metadata", str(paths.ARTICLES_CSV), "--sample", "40")
    assert out.returncode == 0, out.stderr
    assert "on target" in out.stdout and "Near-misses" in out.stdout and "Sean Spicer" in out.stdout


@pytest.fixture(scope="module")
def deal_target(tmp_path_factory):
    p = tmp_path_factory.mktemp("deal") / "deal.yaml"
    p.write_text("id: deal\nlabel: Accord de retrait\ndefinition: L'accord de retrait.\n"
                 "topic: [accord de retrait]\n", encoding="utf-8")
    return stance.load_codebook(p).targets[0]


@pytest.mark.parametrize("by_article, elsewhere, expected", [
    # another question the articles cover stands out among the statements put on target by them
    (["Un report de trois mois serait utile", "Nous demandons un report", "Le report est la solution"],
     ["Nous voterons contre l'accord de retrait", "L'accord de retrait est mauvais"], ["report"]),
    # elided forms are read as their word; common words ("serait", "nous") and topic words are not listed
    (["L'extension serait utile", "Nous voulons l'extension"], ["Nous serions utiles"], ["extension"]),
    # ("d'accord" is agreeing, not the word "accord")
    (["Je suis d'accord avec l'extension", "Nous sommes d'accord, l'extension"], [], ["extension"]),
    (["L'accord de retrait, nous le voterons", "L'accord de retrait passera"], [], []),
    # a word also frequent in the other statements says nothing of the difference
    (["Le Parlement votera", "Le Parlement décidera"], ["Le Parlement a voté", "Le Parlement vote"], []),
])
def test_context_words_show_what_the_article_context_catches(deal_target, by_article, elsewhere, expected):
    rows = ([{"target": "deal", "stance_rule": "context+article+assertion", "text": t} for t in by_article]
            + [{"target": "deal", "stance_rule": "cue", "text": t} for t in elsewhere])
    words = targets.context_words(pd.DataFrame(rows), deal_target)
    assert words["word"].tolist() == expected, words


def test_target_check_names_the_sides_the_register_does_not_know(tmp_path):
    p = tmp_path / "t.yaml"
    p.write_text("id: pension\nlabel: Retraites\ndefinition: Le report de l'âge légal.\n"
                 "topic: [réforme des retraites]\nsides: {favor: [Élisabeth Borne, FR], against: [CGT, Sophie Binnet]}\n",
                 encoding="utf-8")
    out = _check(str(p))
    assert out.returncode == 0, out.stderr
    assert "Sides: 4 actors or countries; not in the register" in out.stdout and "sophie binnet" in out.stdout
    mine = tmp_path / "actors.csv"
    mine.write_text("id,name,type,country\nBINNET,Sophie Binnet,person,FR\n", encoding="utf-8")
    out = _check(str(p), "--actors", str(mine))
    assert out.returncode == 0 and "all in the register" in out.stdout, out.stdout + out.stderr
    out = _check(str(p), "--actors", str(tmp_path / "absent.csv"))
    assert out.returncode == 2 and "absent.csv" in out.stderr


def test_a_bad_target_file_exits_2(tmp_path):
    p = tmp_path / "t.yaml"
    p.write_text("id: Bad\n", encoding="utf-8")
    out = _check(str(p))
    assert out.returncode == 2 and str(p) in out.stderr
