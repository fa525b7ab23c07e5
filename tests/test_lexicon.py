"""The lexicon patterns: a trie-shaped alternation matches exactly what the flat one did."""
from __future__ import annotations

import re

import pytest

from helpers import lexicon, paths
from helpers.lexicon import SP, apostrophes_rx, words_rx

BEGIN, END = r"(?<![\w\u00C0-\u024F'’-])", r"(?![\w\u00C0-\u024F-])"


def flat_rx(phrases) -> str:
    """The alternation as it was written before the trie: every phrase a branch, longest first."""
    out = [re.sub(r"['’]", "['’]", re.escape(p).replace(r"\ ", SP)) for p in sorted(set(phrases), key=len, reverse=True)]
    return "(?:" + "|".join(out) + ")"


def spans(pattern: str, text: str, flags=re.I):
    return [(m.start(), m.end(), m.groupdict()) for m in re.finditer(pattern, text, flags)]


LEX = lexicon.load()
FORMS = sorted(k.split(":", 1)[-1] for k in LEX.form_lemma)


@pytest.mark.parametrize("phrases, text", [
    # Nested prefixes: the longest that lets the rest match wins, as in the flat alternation.
    (["a", "a déclaré", "a déclaré que"], "Le ministre a déclaré que Moscou a déclaré la trêve."),
    (["dit", "dit-il", "dites"], "« Non », dit-il. Vous dites ? Il dit."),
    # Apostrophes of both kinds, hard-wrapped spaces.
    (["d'après", "d’après", "selon"], "D’après le Pentagone,\nselon Moscou, d'après\nlui"),
    (["porte-parole du Pentagone", "porte-parole"], "le porte-parole\ndu Pentagone et un porte-parole russe"),
    # Case variants (branches a trie node cannot tell apart under re.I) keep the flat order.
    (["Selon", "selon lui", "Moscou"], "Selon lui, selon Moscou"),
    (["État", "états-majors", "Etat"], "les états-majors de l'État"),
    ([], "rien"),
])
def test_trie_matches_like_the_flat_alternation(phrases, text):
    for flags in (re.I, 0):
        for template in ("{x}", BEGIN + "(?P<v>{x})" + END, "(?P<v>{x})" + SP + "que"):
            assert spans(template.format(x=words_rx(phrases)), text, flags) == \
                spans(template.format(x=flat_rx(phrases)), text, flags), (template, flags)


@pytest.mark.parametrize("folder", [paths.SEEDS, paths.HELDOUT / "articles", paths.HELDOUT_FINAL / "articles"])
def test_verb_lexicon_trie_on_real_articles(folder):
    """Every surface form of the verb lexicon, on real and held-out articles, both ways."""
    text = "\n\n".join(f.read_text(encoding="utf-8") for f in sorted(folder.glob("*.txt")))
    template = BEGIN + "(?P<v>{x})" + END
    assert spans(template.format(x=words_rx(FORMS)), text) == spans(template.format(x=flat_rx(FORMS)), text)
    assert len(spans(template.format(x=words_rx(FORMS)), text)) > 10


@pytest.mark.parametrize("pattern, text, found", [
    # an apostrophe outside a character class matches either; classes and escapes stay as written
    ("à l'AFP", "a déclaré à l’AFP le ministre", True),
    ("à l'AFP", "a déclaré à l'AFP le ministre", True),
    ("lors d'une conférence", "lors d’une conférence de presse", True),
    (r"[\w'’-]+ l'antenne", "sur l’antenne", True),
    (r"au \'micro", "au 'micro", True),
    ("à l'AFP", "à lAFP", False),
])
def test_apostrophes_rx(pattern, text, found):
    assert bool(re.search(apostrophes_rx(pattern), text)) is found


def test_each_verb_of_saying_is_listed_once():
    # a lemma listed twice keeps the last row's reading and the first row's forms: one row each
    import pandas as pd

    lemmas = pd.read_csv(lexicon.VERBS_CSV, dtype=str, keep_default_na=False)["lemma"]
    assert sorted(set(lemmas[lemmas.duplicated()])) == []


@pytest.mark.parametrize("name", ["speech_cues.yaml", "stance.yaml", "dates_fr.yaml"])
def test_lexicon_files_name_each_key_once(name):
    # YAML keeps the last of two equal keys without a word: a second list of the same name would
    # silently replace the first one for every rule that reads it
    import yaml

    seen_twice = []

    class Loader(yaml.SafeLoader):
        pass

    def mapping(loader, node, deep=False):
        keys = [loader.construct_object(k, deep=deep) for k, _ in node.value]
        seen_twice.extend(k for i, k in enumerate(keys) if k in keys[:i])
        return yaml.SafeLoader.construct_mapping(loader, node, deep=deep)

    Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    yaml.load((paths.DATA / "lexicons" / name).read_text(encoding="utf-8"), Loader=Loader)
    assert seen_twice == []



def test_number_words_are_one_list():
    # one list read by detection (a number as an object's determiner) and attribution (a plural
    # subject, "les trois pays", and a joint count)
    from helpers import wordforms

    numbers = wordforms.number_words()
    assert numbers["deux"] == 2 and numbers["douze"] == 12 and numbers["mille"] == 1000
    assert re.fullmatch(wordforms.number_words_rx(), "cents") and re.fullmatch(wordforms.number_words_rx(), "cent")
    with pytest.raises(TypeError):
        numbers["deux"] = 3  # a cached table is read-only


@pytest.mark.parametrize("content, problem", [
    ("word,value\ndeux,2\ntrois,three\n", r"line 3: expected a word and a whole number, got 'trois', 'three'"),
    ("word,value\ndeux,2\ndeux,2\n", r"line 3: 'deux' is listed twice"),
    ("deux,2\ntrois,3\n", r"not an index of number words: missing column\(s\) word, value"),
    ("word,value\n", r"no number words"),
    ("", r"empty file \(no header row\)"),
    ("word,value\ndeux,²\n", r"line 2: expected a word and a whole number"),
])
def test_a_bad_number_words_file_names_the_file_and_the_problem(tmp_path, monkeypatch, content, problem):
    from helpers import wordforms

    bad = tmp_path / "number_words.csv"
    bad.write_text(content, encoding="utf-8")
    monkeypatch.setattr(paths, "NUMBER_WORDS", bad)
    wordforms.number_words.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"number_words\.csv: " + problem):
            wordforms.number_words()
    finally:
        wordforms.number_words.cache_clear()
