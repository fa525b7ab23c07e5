"""Keyword in context: alignment, offsets, press-only search, statement attribution."""
from __future__ import annotations

import re

import pandas as pd
import pytest

from fakes import FakeArticle, make_article
from helpers import kwic

TEXT_A = (
    "Frappes coordonnées : lire aussi\n"
    "L'armée russe a annoncé des frappes coordonnées avec Washington.\n"
    "« Le département de la Défense ne coordonne pas   les frappes aériennes avec l'armée russe », a-t-il déclaré.\n"
    "Commentaire : la COORDINATION est une fable\n"
)
TEXT_B = "Moscou et Washington n'ont pas coordonné leurs opérations, selon le Pentagone.\n"
A = make_article("a", TEXT_A, "2016-09-19", ["boilerplate", "press", "press", "comment"])
B = make_article("b", TEXT_B, None, ["press"])
QUOTE = "Le département de la Défense ne coordonne pas   les frappes aériennes avec l'armée russe"
QS = TEXT_A.index(QUOTE)
STATEMENTS = pd.DataFrame([
    {"article": "a", "start": QS, "end": QS + len(QUOTE), "speaker": "Department of Defense", "stance": "against"},
    # A report of a different statement in b, not covering the match.
    {"article": "b", "start": 0, "end": 6, "speaker": "Pentagone", "stance": "none"},
])


@pytest.mark.parametrize("pattern, kwargs, expected", [
    ("coordonn", {}, [("a", "coordonn"), ("a", "coordonn"), ("b", "coordonn")]),
    ("coordonn", {"parts": None}, [("a", "coordonn"), ("a", "coordonn"), ("a", "coordonn"), ("b", "coordonn")]),
    ("coordin", {"parts": ("press", "comment")}, [("a", "COORDIN")]),
    ("coordin", {"parts": "comment", "ignore_case": False}, []),
    (r"coordonn\w*", {"regex": True}, [("a", "coordonnées"), ("a", "coordonne"), ("b", "coordonné")]),
    (r"ne \w+ pas", {"regex": True}, [("a", "ne coordonne pas")]),
    ("frappes aériennes", {}, [("a", "frappes aériennes")]),
    ("n'ont pas", {}, [("b", "n'ont pas")]),
    ("Kremlin", {}, []),
])
def test_search_matches(pattern, kwargs, expected):
    out = kwic.search([A, B], pattern, **kwargs)
    assert list(zip(out["article"], out["match"])) == expected
    texts = {"a": TEXT_A, "b": TEXT_B}
    for _, r in out.iterrows():
        assert texts[r.article][r.start:r.end].lower() == r.match.lower()


def test_alignment_and_width():
    out = kwic.search([A], "ne coordonne pas", width=12, statements=STATEMENTS)
    (r,) = out.itertuples()
    start = TEXT_A.index("ne coordonne pas")
    assert (r.start, r.end) == (start, start + len("ne coordonne pas"))
    assert r.left == TEXT_A[start - 12:start] == " la Défense "
    # The three spaces of the scrape show as one; offsets still index the original text.
    assert r.right == " les frapp"  # 12 characters of the text: "   les frapp"
    assert r.date == "2016-09-19" and r.part == "press" and r.role == "body"


def test_context_stops_at_boilerplate_and_comments():
    out = kwic.search([A], "coordonnées avec", width=200)
    (r,) = out.itertuples()
    assert r.left == "L'armée russe a annoncé des frappes "
    # Two consecutive press paragraphs form one run: the context runs on into the next one.
    assert r.right.startswith(" Washington. « Le département")
    assert "Commentaire" not in r.right and "lire aussi" not in r.left


@pytest.mark.parametrize("pattern, speaker, stance", [
    ("ne coordonne pas", "Department of Defense", "against"),
    ("frappes aériennes", "Department of Defense", "against"),
    ("a-t-il déclaré", "", ""),  # the cue is outside the statement's content
    ("russe a annoncé", "", ""),
    ("Moscou et", "", ""),  # b's statement ends before the match does: not inside
])
def test_statement_attribution(pattern, speaker, stance):
    out = kwic.search([A, B], pattern, statements=STATEMENTS)
    assert len(out) == 1
    r = out.iloc[0]
    assert (r.speaker, r.stance) == (speaker, stance)
    if speaker:
        assert (r.statement_start, r.statement_end) == (QS, QS + len(QUOTE))
    else:
        assert pd.isna(r.statement_start) and pd.isna(r.statement_end)


def test_accepts_a_corpus_object_and_streams():
    class Corpus:
        def __init__(self, items):
            self.items = items

    assert len(kwic.search(Corpus([A, B]), "coordonn")) == 3
    assert len(kwic.search(A, "coordonn")) == 2
    seen = []

    def articles():
        for art in (A, B):
            seen.append(art.id)
            yield art

    it = kwic.iter_matches(articles(), "coordonn")
    next(it)
    assert seen == ["a"]  # the second article is not read before it is needed


def test_article_without_paragraphs_is_searched_whole():
    bare = FakeArticle("c", "Pas de coordination.", {}, None)
    out = kwic.search([bare], "coordination")
    assert list(out["start"]) == [7] and list(out["date"]) == [""]


def test_empty_result_has_columns():
    out = kwic.search([A], "Kremlin", statements=STATEMENTS)
    assert out.empty and list(out.columns) == kwic.COLUMNS


@pytest.mark.parametrize("pattern, kwargs", [("", {}), ("   ", {}), ("(", {"regex": True}), (None, {})])
def test_bad_patterns(pattern, kwargs):
    with pytest.raises(ValueError, match="kwic"):
        kwic.search([A], pattern, **kwargs)


def test_literal_search_escapes_regex_characters():
    art = make_article("d", "Le mot (...) revient, et (.) aussi.\n", "2020-01-01", ["press"])
    assert list(kwic.search([art], "(.)")["match"]) == ["(.)"]


def test_to_html_aligns_and_escapes():
    art = make_article("e", "avant <b>coordonné</b> après\n", "2020-01-01", ["press"])
    out = kwic.search([art], "coordonné", width=10)
    page = kwic.to_html(out)
    assert page.count("<tr>") == 2  # header + one match
    assert "text-align:right\">avant &lt;b&gt;</td>" in page
    assert "font-weight:bold;background:#f5c26b\">coordonné</td>" in page
    assert "&lt;/b&gt; après" in page
    assert "first 1 of 3 matches" in kwic.to_html(kwic.search([A, B], "coordonn"), max_rows=1)


def test_context_does_not_run_from_a_title_into_the_byline():
    text = "Frappes conjointes avec la Russie\nLa rédaction de LCI\nUne opération conjointe est écartée.\nElle reste possible.\n"
    rows = []
    for (m, role) in zip(re.finditer(r"[^\n]+", text), ["title", "byline", "body", "body"]):
        rows.append({"article": "t", "para": len(rows), "start": m.start(), "end": m.end(), "part": "press",
                     "role": role, "rule": "", "text": m.group(0)})
    art = FakeArticle("t", text, {}, pd.DataFrame(rows))
    out = kwic.search([art], "conjoint", width=60)
    assert list(out["role"]) == ["title", "body"]
    assert out["right"].iloc[0] == "es avec la Russie"
    assert out["left"].iloc[1] == "Une opération "
    assert out["right"].iloc[1] == "e est écartée. Elle reste possible."


from hypothesis import given, settings, strategies as st  # noqa: E402


@settings(max_examples=60, deadline=None)
@given(text=st.text(alphabet=st.sampled_from("ab cé«»\n'-"), min_size=1, max_size=80), data=st.data())
def test_property_hits_slice_the_text(text, data):
    """Any text, any literal pattern cut from it: every hit's offsets slice the text to the match."""
    i = data.draw(st.integers(0, len(text) - 1))
    j = data.draw(st.integers(i + 1, len(text)))
    pattern = text[i:j]
    if not pattern.strip():
        return
    art = FakeArticle("p", text, {}, None)
    out = kwic.search([art], pattern, width=5, ignore_case=False)
    assert len(out) >= 1
    for r in out.itertuples():
        assert text[r.start:r.end] == pattern
        assert r.left == re.sub(r"\s+", " ", text[max(0, r.start - 5):r.start])
        assert r.right == re.sub(r"\s+", " ", text[r.end:r.end + 5])
