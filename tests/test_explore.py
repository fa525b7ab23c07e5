"""The explorer without a browser: filtering, a statement in context, other reports, reviews, widgets.

The fixture is a tiny made-up corpus of two articles in French press style, with statements whose
offsets are computed from the text (so a wrong slice in the code shows up as a wrong highlight).
"""
from __future__ import annotations

import csv
import datetime as dt
import re

import pandas as pd
import pytest

from fakes import FakeArticle
from fakes import make_article as fake_article
from helpers import explore

TARGET = "us_russia_military_cooperation"
CODEBOOK = {"stances": ["favor", "against", "neutral", "none"], "targets": [TARGET]}


def make_article(aid: str, text: str, published: str, *, boilerplate: tuple[str, ...] = ()) -> FakeArticle:
    parts = ["boilerplate" if line in boilerplate else "press" for line in re.findall(r"[^\n]+", text)]
    return fake_article(aid, text, published, parts, title=True)


TEXT_A = (
    "Rechercher\n"
    "Washington écarte une coopération avec Moscou\n"
    "« Nous ne coordonnons pas nos frappes avec la Russie », a déclaré le porte-parole du Pentagone, Jeff Davis.\n"
    "Selon Sergueï Lavrov, la coordination avec Washington <reste> possible.\n"
)
TEXT_B = (
    "Le Pentagone dément toute coordination\n"
    "« Nous ne coordonnons pas nos frappes avec la Russie », a répété Jeff Davis lundi.\n"
    "« Il n'y a pas d'accord pour conduire des frappes communes », a affirmé John Kirby.\n"
    "L'OSDH a fait état de 12 morts dans des frappes, a indiqué l'ONG.\n"
)
ARTICLES = [make_article("art-a", TEXT_A, "2017-01-24", boilerplate=("Rechercher",)),
            make_article("art-b", TEXT_B, "2017-01-25")]
TEXTS = {a.id: a.text for a in ARTICLES}


def span(aid: str, needle: str, after: int = 0) -> tuple[int, int]:
    s = TEXTS[aid].index(needle, after)
    return s, s + len(needle)


def statement(aid, quote, *, speaker, speaker_text, cue, organization, country, kind, stance, date, utterance,
              evidence=(), date_basis="text"):
    s, e = span(aid, quote)
    cs, ce = span(aid, cue)
    ss, se = span(aid, speaker_text)
    ev = ";".join(f"{w}@{span(aid, w, s)[0]}-{span(aid, w, s)[1]}" for w in evidence)
    return {"article": aid, "start": s, "end": e, "text": quote, "speaker": speaker, "organization": organization,
            "country": country, "kind": kind, "cue": cue, "cue_start": cs, "cue_end": ce, "speaker_start": ss,
            "speaker_end": se, "date": date, "date_basis": date_basis, "utterance": utterance,
            "target": TARGET if stance != "none" else "", "stance": stance, "evidence": ev,
            "stance_source": "automatic"}


STATEMENTS = pd.DataFrame([
    statement("art-a", "Nous ne coordonnons pas nos frappes avec la Russie", speaker="Jeff Davis",
              speaker_text="Jeff Davis", cue="a déclaré", organization="Department of Defense", country="US",
              kind="direct", stance="against", date="2017-01-23", utterance="u1", evidence=("ne coordonnons pas",)),
    statement("art-a", "la coordination avec Washington <reste> possible", speaker="Sergueï Lavrov",
              speaker_text="Sergueï Lavrov", cue="Selon", organization="Ministry of Foreign Affairs (Russia)",
              country="RU", kind="attributed", stance="favor", date="2017-01-24", utterance="u2",
              evidence=("possible",)),
    statement("art-b", "Nous ne coordonnons pas nos frappes avec la Russie", speaker="Jeff Davis",
              speaker_text="Jeff Davis", cue="a répété", organization="Department of Defense", country="US",
              kind="direct", stance="against", date="2017-01-23", utterance="u1", evidence=("ne coordonnons pas",)),
    statement("art-b", "Il n'y a pas d'accord pour conduire des frappes communes", speaker="John Kirby",
              speaker_text="John Kirby", cue="a affirmé", organization="Department of State", country="US",
              kind="direct", stance="against", date="2016-05-20", utterance="u3", evidence=("pas d'accord",)),
    statement("art-b", "L'OSDH a fait état de 12 morts dans des frappes", speaker="OSDH", speaker_text="L'OSDH",
              cue="a indiqué", organization="OSDH", country="", kind="indirect", stance="none", date="",
              utterance="u4", date_basis="unknown"),
])


def test_fixture_offsets_slice_the_text():
    for _, row in STATEMENTS.iterrows():
        assert TEXTS[row.article][row.start:row.end] == row.text


# ---------------------------------------------------------------------------------------------
# Filtering

@pytest.mark.parametrize("filters, expected", [
    ({}, ["u3", "u1", "u1", "u2", "u4"]),  # sorted by date ('' first), article, offset
    ({"level": "person", "actors": ["Jeff Davis"]}, ["u1", "u1"]),
    ({"level": "person", "actors": "John Kirby"}, ["u3"]),
    ({"level": "institution", "actors": ["Department of Defense", "Department of State"]}, ["u3", "u1", "u1"]),
    ({"level": "country", "actors": ["RU"]}, ["u2"]),
    ({"countries": ["US"]}, ["u3", "u1", "u1"]),
    ({"countries": [""]}, ["u4"]),  # non-state actors
    ({"stances": ["favor"]}, ["u2"]),
    ({"stances": ["against", "favor"]}, ["u3", "u1", "u1", "u2"]),
    ({"target": TARGET}, ["u3", "u1", "u1", "u2"]),
    ({"date_from": "2017-01-01"}, ["u1", "u1", "u2"]),  # undated left out once a bound is set
    ({"date_to": dt.date(2017, 1, 23)}, ["u3", "u1", "u1"]),  # inclusive bound
    ({"date_from": dt.datetime(2017, 1, 24), "date_to": "2017-01-24"}, ["u2"]),
    ({"countries": ["US"], "stances": ["against"], "date_from": "2017-01-01"}, ["u1", "u1"]),
    ({"level": "institution", "actors": ["Department of State"], "stances": ["favor"]}, []),
    ({"actors": [], "countries": (), "stances": None, "target": ""}, ["u3", "u1", "u1", "u2", "u4"]),
])
def test_filter_statements(filters, expected):
    out = explore.filter_statements(STATEMENTS, **filters)
    assert list(out["utterance"]) == expected
    assert list(out.columns) == list(STATEMENTS.columns)
    # Index labels point back into the full table.
    assert (STATEMENTS.loc[out.index, "text"] == out["text"]).all()


def test_filter_empty_table_keeps_columns():
    out = explore.filter_statements(STATEMENTS.iloc[0:0], stances=["favor"], date_from="2017-01-01")
    assert out.empty and list(out.columns) == list(STATEMENTS.columns)


@pytest.mark.parametrize("kwargs, error", [
    ({"level": "outlet"}, ValueError),
    ({"date_from": "23 janvier 2017"}, ValueError),
])
def test_filter_bad_arguments(kwargs, error):
    with pytest.raises(error):
        explore.filter_statements(STATEMENTS, **kwargs)


def test_filter_missing_column_names_it():
    with pytest.raises(KeyError, match="stance"):
        explore.filter_statements(STATEMENTS.drop(columns="stance"), stances=["favor"])


@pytest.mark.parametrize("level, expected", [
    ("person", ["Jeff Davis", "John Kirby", "OSDH", "Sergueï Lavrov"]),
    ("institution", ["Department of Defense", "Department of State", "Ministry of Foreign Affairs (Russia)", "OSDH"]),
    ("country", ["RU", "US"]),
])
def test_actor_options(level, expected):
    assert explore.actor_options(STATEMENTS, level=level) == expected


# ---------------------------------------------------------------------------------------------
# Statement in context

def marks(html_text: str) -> list[tuple[str, int, int, str]]:
    return [(m[1], int(m[2]), int(m[3]), m[4]) for m in
            re.finditer(r'<mark class="pp-(\w+)" data-start="(\d+)" data-end="(\d+)"[^>]*>(.*?)</mark>', html_text)]


@pytest.mark.parametrize("i", range(len(STATEMENTS)))
def test_statement_html_highlights_the_right_spans(i):
    row = STATEMENTS.iloc[i]
    out = explore.statement_html(row, corpus=ARTICLES)
    found = marks(out)
    kinds = {k for k, *_ in found}
    assert "speaker" in kinds and "cue" in kinds
    for kind, s, e, shown in found:
        # Each highlight shows exactly the article's characters at its offsets.
        assert shown == explore.html.escape(TEXTS[row.article][s:e])
    speaker = [(s, e) for k, s, e, _ in found if k == "speaker"]
    assert speaker == [(row.speaker_start, row.speaker_end)]
    cue = [(s, e) for k, s, e, _ in found if k == "cue"]
    assert cue == [(row.cue_start, row.cue_end)]
    evidence = [(s, e) for k, s, e, _ in found if k == "evidence"]
    assert evidence == [tuple(map(int, m)) for m in re.findall(r"@(\d+)-(\d+)", row.evidence)]
    assert "Legend" in out and 'class="pp-statement"' in out


def test_statement_html_shows_the_paragraph_not_the_boilerplate_and_escapes():
    row = STATEMENTS.iloc[1]
    out = explore.statement_html(row, corpus={a.id: a for a in ARTICLES})
    assert "&lt;reste&gt;" in out and "<reste>" not in out
    assert "Rechercher" not in out.split("pp-paragraph", 1)[1]
    assert "2017-01-24 (basis: text)" in out
    assert "Sergueï Lavrov" in out and "[RU]" in out


def test_statement_html_lists_other_reports():
    row = STATEMENTS.iloc[0]
    out = explore.statement_html(row, corpus=ARTICLES, others=explore.other_reports(STATEMENTS, row))
    assert "Also reported in 1 other article(s)" in out and "<code>art-b</code>" in out


def test_statement_html_unknown_article():
    row = STATEMENTS.iloc[0].copy()
    row["article"] = "nowhere"
    with pytest.raises(KeyError, match="nowhere"):
        explore.statement_html(row, corpus=ARTICLES)


@pytest.mark.parametrize("evidence, expected", [
    ("", []),
    (None, []),
    ("ne coordonnons pas@{s}-{e}", "abs"),
    ('[{{"word": "ne coordonnons pas", "start": {s}, "end": {e}}}]', "abs"),
    ([("ne coordonnons pas", "{s}", "{e}")], "abs"),
    ([{"start": "{s}", "end": "{e}"}], "abs"),
    ("ne coordonnons pas@{rs}-{re}", "abs"),  # relative to the statement start, read back as absolute
    ("negation [{s}:{e}]", None),  # word differs from the text: offsets taken as given
    ("ne coordonnons pas@{s}-{e}(negation); Russie@{rs}-{re}(party:RU)", "two"),  # the stance helper's format
])
def test_evidence_spans_formats(evidence, expected):
    row = STATEMENTS.iloc[0].to_dict()
    s, e = span("art-a", "ne coordonnons pas")
    fill = {"s": s, "e": e, "rs": s - row["start"], "re": e - row["start"]}

    def fmt(x):
        if isinstance(x, str):
            return x.format(**fill)
        if isinstance(x, list):
            return [fmt(i) for i in x]
        if isinstance(x, tuple):
            return tuple(int(fmt(i)) if isinstance(i, str) and "{" in i else i for i in x)
        if isinstance(x, dict):
            return {k: int(fmt(v)) for k, v in x.items()}
        return x

    row["evidence"] = fmt(evidence)
    got = explore.evidence_spans(row, text=TEXT_A)
    if expected == "two":
        # "Russie" at the relative offsets of "ne coordonnons pas" is not the word: kept as given.
        assert explore.evidence_items(row, text=TEXT_A) == [(s, e, "negation"), (fill["rs"], fill["re"], "party:RU")]
    else:
        assert got == ([] if expected == [] else [(s, e)])


def test_statement_html_target_words_get_their_own_colour():
    row = STATEMENTS.iloc[0].copy()
    neg, russie = span("art-a", "ne coordonnons pas"), span("art-a", "Russie")
    row["evidence"] = f"ne coordonnons pas@{neg[0]}-{neg[1]}(negation); Russie@{russie[0]}-{russie[1]}(party:RU)"
    found = marks(explore.statement_html(row, corpus=ARTICLES))
    assert ("evidence", *neg, "ne coordonnons pas") in found
    assert ("target", *russie, "Russie") in found


# ---------------------------------------------------------------------------------------------
# Other reports

@pytest.mark.parametrize("i, same_article, expected", [
    (0, False, [("art-b", "u1")]),
    (2, False, [("art-a", "u1")]),
    (3, False, []),
    (1, True, []),
])
def test_other_reports(i, same_article, expected):
    out = explore.other_reports(STATEMENTS, STATEMENTS.iloc[i], same_article=same_article)
    assert list(zip(out["article"], out["utterance"])) == expected


def test_other_reports_without_utterance_id():
    row = STATEMENTS.iloc[0].copy()
    row["utterance"] = ""
    assert explore.other_reports(STATEMENTS, row).empty


def test_other_reports_same_article_repeat():
    twice = pd.concat([STATEMENTS, STATEMENTS.iloc[[0]].assign(start=0, end=10)], ignore_index=True)
    out = explore.other_reports(twice, twice.iloc[0], same_article=True)
    assert sorted(zip(out["article"], out["start"])) == [("art-a", 0), ("art-b", STATEMENTS.iloc[2].start)]


# ---------------------------------------------------------------------------------------------
# Reviews

def read_rows(path):
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_review_appends_and_never_rewrites(tmp_path):
    path = tmp_path / "annotations" / "reviews.csv"
    first = explore.review(STATEMENTS.iloc[0], corpus=ARTICLES, stance="favor", note="sarcasme", annotator="ab", path=path,
                           today=dt.date(2026, 1, 2), codebook=CODEBOOK)
    before = path.read_bytes()
    assert before.decode("utf-8").splitlines()[0] == ",".join(explore.review_columns())
    second = explore.review(STATEMENTS.iloc[1], corpus=ARTICLES, speaker="Sergueï Lavrov (MAE)", path=path, today="2026-01-03",
                            codebook=CODEBOOK)
    after = path.read_bytes()
    assert after.startswith(before) and len(after) > len(before)
    rows = read_rows(path)
    assert len(rows) == 2 and after.count(b"\n") == 3  # one header, one line per review
    assert rows[0] == {k: str(v) for k, v in first.items()}
    assert rows[0]["stance"] == "favor" and rows[0]["target"] == TARGET and rows[0]["recorded"] == "2026-01-02"
    # stance=None confirms the current stance; the corrected speaker is written.
    assert rows[1]["stance"] == "favor" and rows[1]["speaker"] == "Sergueï Lavrov (MAE)" == second["speaker"]
    assert (rows[1]["article"], int(rows[1]["start"]), int(rows[1]["end"])) == (
        "art-a", STATEMENTS.iloc[1].start, STATEMENTS.iloc[1].end)


def test_review_keeps_hand_written_lines(tmp_path):
    path = tmp_path / "reviews.csv"
    header = ",".join(explore.review_columns())
    path.write_text(header + "\nart-x,1,5,t,none,,hand,cd,2025-12-01", encoding="utf-8")  # no final newline
    before = path.read_bytes()
    explore.review(STATEMENTS.iloc[3], corpus=ARTICLES, stance="neutral", note="line\nbreak", path=path, codebook=CODEBOOK,
                   today="2026-01-01")
    assert path.read_bytes().startswith(before)
    rows = read_rows(path)
    assert [r["stance"] for r in rows] == ["none", "neutral"]
    assert rows[1]["note"] == "line break"


def test_review_on_empty_file_writes_header(tmp_path):
    path = tmp_path / "reviews.csv"
    path.write_bytes(b"")
    explore.review(STATEMENTS.iloc[0], corpus=ARTICLES, path=path, codebook=CODEBOOK, today="2026-01-01")
    assert read_rows(path)[0]["stance"] == "against"


@pytest.mark.parametrize("kwargs, message", [
    ({"stance": "pour"}, "not one of the codebook's stances"),
    ({"stance": "Favor"}, "not one of the codebook's stances"),
    ({"stance": "favor", "target": "unknown_target"}, "not in the codebook"),
])
def test_review_rejects_invalid_values(tmp_path, kwargs, message):
    path = tmp_path / "reviews.csv"
    with pytest.raises(ValueError, match=message):
        explore.review(STATEMENTS.iloc[0], corpus=ARTICLES, path=path, codebook=CODEBOOK, **kwargs)
    assert not path.exists()  # nothing written on error


def test_review_needs_a_target_when_ambiguous(tmp_path):
    book = {"stances": CODEBOOK["stances"], "targets": ["a", "b"]}
    with pytest.raises(ValueError, match="needs a target"):
        explore.review(STATEMENTS.iloc[4], corpus=ARTICLES, stance="favor", path=tmp_path / "r.csv", codebook=book)
    # With one target in the codebook, a statement without target gets it.
    rec = explore.review(STATEMENTS.iloc[4], corpus=ARTICLES, stance="favor", path=tmp_path / "r.csv", codebook=CODEBOOK)
    assert rec["target"] == TARGET


def test_review_refuses_a_file_with_other_columns(tmp_path):
    path = tmp_path / "reviews.csv"
    path.write_text("article,stance\nx,favor\n", encoding="utf-8")
    with pytest.raises(ValueError, match="columns"):
        explore.review(STATEMENTS.iloc[0], corpus=ARTICLES, path=path, codebook=CODEBOOK)
    assert path.read_text(encoding="utf-8") == "article,stance\nx,favor\n"


def test_review_is_read_back_by_the_stance_helper(tmp_path):
    stance = pytest.importorskip("helpers.stance")
    if not hasattr(stance, "apply_reviews"):
        pytest.skip("helpers.stance.apply_reviews not written yet")
    folder = tmp_path / "annotations"
    explore.review(STATEMENTS.iloc[0], corpus=ARTICLES, stance="neutral", path=folder / "reviews.csv", codebook=CODEBOOK,
                   today="2026-01-01")
    explore.review(STATEMENTS.iloc[0], corpus=ARTICLES, stance="favor", path=folder / "reviews.csv", codebook=CODEBOOK,
                   today="2026-01-02")
    out = stance.apply_reviews(STATEMENTS, annotations=folder)
    first = out[(out.article == "art-a") & (out.start == STATEMENTS.iloc[0].start)]
    assert list(first["stance"]) == ["favor"]  # the later review wins
    assert list(first["stance_source"]) == ["reviewed"]
    assert (out.drop(first.index)["stance_source"] == "automatic").all()


# ---------------------------------------------------------------------------------------------
# The widget, driven by setting its values as a user would

@pytest.fixture
def explorer(tmp_path):
    return explore.Explorer(STATEMENTS, corpus=ARTICLES, annotations=tmp_path / "reviews.csv", codebook=CODEBOOK)


def test_explorer_starts_with_everything(explorer):
    assert len(explorer.filtered) == len(STATEMENTS)
    assert bytes(explorer.timeline.value).startswith(b"\x89PNG")
    assert "5 matching statement(s)" in explorer.table.value
    assert len(explorer.picker.options) == 5
    assert explorer.selected == explorer.filtered.index[0]
    assert "pp-statement-view" in explorer.detail.value


def test_explorer_filter_callbacks_redraw(explorer):
    png = explorer.timeline.value
    explorer.stances.value = ("favor",)
    assert list(explorer.filtered["speaker"]) == ["Sergueï Lavrov"]
    assert "1 matching statement(s)" in explorer.table.value and "Lavrov" in explorer.table.value
    assert explorer.timeline.value != png
    assert explorer.selected == explorer.filtered.index[0]
    assert "Sergueï Lavrov" in explorer.detail.value
    explorer.stances.value = ("against",)
    explorer.date_from.value = dt.date(2017, 1, 1)
    assert list(explorer.filtered["utterance"]) == ["u1", "u1"]
    explorer.countries.value = ("RU",)
    assert explorer.filtered.empty
    assert "0 matching statement(s)" in explorer.table.value and explorer.selected is None
    assert explorer.picker.options == ()
    explorer.clear_filters()
    assert len(explorer.filtered) == len(STATEMENTS)


def test_explorer_level_switch_changes_actor_options(explorer):
    explorer.actors.value = ("Jeff Davis",)
    assert len(explorer.filtered) == 2
    explorer.level.value = "institution"
    assert explorer.actors.value == () and "Department of State" in explorer.actors.options
    assert len(explorer.filtered) == len(STATEMENTS)
    explorer.actors.value = ("Department of State",)
    assert list(explorer.filtered["speaker"]) == ["John Kirby"]
    explorer.level.value = "country"
    explorer.actors.value = ("RU",)
    assert list(explorer.filtered["speaker"]) == ["Sergueï Lavrov"]


def test_explorer_target_filter(explorer):
    assert explorer.target.options == (("(all targets)", ""), (TARGET, TARGET))
    explorer.target.value = TARGET
    assert "OSDH" not in set(explorer.filtered["speaker"])


def test_explorer_picking_a_statement_shows_it_in_context(explorer):
    idx = STATEMENTS.index[2]
    explorer.picker.value = idx
    assert explorer.selected == idx
    assert 'data-article="art-b"' in explorer.detail.value
    assert "Also reported in 1 other article(s)" in explorer.detail.value
    assert explorer.review_stance.value == "against"


def test_explorer_review_button_appends(explorer, tmp_path):
    idx = STATEMENTS.index[3]
    explorer.picker.value = idx
    explorer.review_stance.value = "neutral"
    explorer.review_note.value = "pas un refus"
    explorer.review_annotator.value = "test"
    explorer.review_button.click()
    rows = read_rows(tmp_path / "reviews.csv")
    assert len(rows) == 1 and rows[0]["stance"] == "neutral" and rows[0]["note"] == "pas un refus"
    assert (rows[0]["action"], rows[0]["coder"]) == ("change", "test") and rows[0]["tool_version"]
    assert int(rows[0]["start"]) == STATEMENTS.loc[idx, "start"]
    assert explorer.statements.loc[idx, "stance"] == "neutral"
    assert explorer.statements.loc[idx, "stance_source"] == "reviewed"
    assert STATEMENTS.loc[idx, "stance"] == "against"  # the caller's table is not modified
    assert "Recorded" in explorer.review_status.value
    # An invalid value shows an error and writes nothing.
    before = (tmp_path / "reviews.csv").read_bytes()
    explorer.review_stance.options = ["favor", "bogus"]
    explorer.review_stance.value = "bogus"
    assert explorer.record_review() is None
    assert "unknown stance &#x27;bogus&#x27;" in explorer.review_status.value
    assert (tmp_path / "reviews.csv").read_bytes() == before


def test_explorer_without_corpus_shows_text(tmp_path):
    ex = explore.Explorer(STATEMENTS, annotations=tmp_path / "r.csv", codebook=CODEBOOK, level="country")
    assert ex.level.value == "country"
    assert STATEMENTS.loc[ex.selected, "text"] in explore.html.unescape(ex.detail.value)


def test_explorer_displays_as_a_widget(explorer):
    bundle = explorer._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle


def test_explorer_model_ids_are_stable_and_unique(tmp_path):
    # Counted, not random: the saved notebook output does not change between reruns.
    a = explore.Explorer(STATEMENTS, annotations=tmp_path / "r.csv", codebook=CODEBOOK)
    b = explore.Explorer(STATEMENTS, annotations=tmp_path / "r.csv", codebook=CODEBOOK)
    assert a.widget.model_id.startswith("porte-parole-explorer-")
    assert a.widget.model_id != b.widget.model_id


from hypothesis import given, settings, strategies as st  # noqa: E402


@settings(max_examples=40, deadline=None)
@given(notes=st.lists(st.text(max_size=40), min_size=1, max_size=4))
def test_property_reviews_only_ever_append(tmp_path_factory, notes):
    """Any notes (quotes, commas, line breaks, any Unicode): each review adds exactly one CSV row
    and the bytes already in the file are never changed."""
    path = tmp_path_factory.mktemp("reviews") / "reviews.csv"
    for n, note in enumerate(notes):
        before = path.read_bytes() if path.exists() else b""
        explore.review(STATEMENTS.iloc[n % len(STATEMENTS)], corpus=ARTICLES, stance="neutral", note=note, path=path,
                       codebook=CODEBOOK, today="2026-01-01")
        after = path.read_bytes()
        assert after.startswith(before)
        rows = read_rows(path)
        assert len(rows) == n + 1
        # Line breaks (any of Unicode's) become one space, so one review stays one line.
        assert rows[-1]["note"] == re.sub(r"[\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029]+", " ", note).strip()
        assert len(after.decode("utf-8").splitlines()) == n + 2


def test_a_correction_made_in_the_explorer_reaches_the_next_run(tmp_path):
    """The whole loop on the seeds: explorer button -> annotations file -> pipeline.run() tables."""
    from helpers import pipeline

    path = tmp_path / "reviews.csv"
    first = pipeline.run(annotations=tmp_path)  # an empty folder: no review yet
    assert (first.statements["stance_source"] == "automatic").all()
    ex = explore.Explorer(first.statements, corpus=first.corpus, annotations=path)
    ex.stances.value = ("favor",)
    idx = ex.filtered.index[0]
    ex.picker.value = idx
    ex.review_stance.value = "against"
    ex.review_speaker.value = "Someone Else"
    ex.review_note.value = "test"
    ex.review_annotator.value = "ana"
    ex.review_button.click()
    assert len(read_rows(path)) == 1
    row = first.statements.loc[idx]
    rerun = pipeline.run(annotations=path).statements
    key = (rerun["article"] == row["article"]) & (rerun["start"] == row["start"]) & (rerun["end"] == row["end"])
    assert list(rerun.loc[key, "stance"]) == ["against"]
    assert list(rerun.loc[key, "speaker"]) == ["Someone Else"]
    assert list(rerun.loc[key, "stance_source"]) == ["reviewed"]
    assert (rerun.loc[~key, "stance_source"] == "automatic").all()


# ---------------------------------------------------------------------------------------------
# Keyboard-first reviewing (what the keys do; the browser check presses them in JupyterLab)

@pytest.fixture
def coder(tmp_path):
    ex = explore.Explorer(STATEMENTS, corpus=ARTICLES, annotations=tmp_path / "ledger.csv", codebook=CODEBOOK,
                          coder="ana")
    return ex


def ledger(tmp_path):
    return read_rows(tmp_path / "ledger.csv")


def test_a_stance_key_records_and_moves_on_saying_so(coder, tmp_path):
    order = list(coder.filtered.index)
    coder.picker.value = order[1]
    coder.press("n")
    rows = ledger(tmp_path)
    assert [(r["action"], r["stance"], r["coder"]) for r in rows] == [("change", "neutral", "ana")]
    assert coder.statements.loc[order[1], "stance"] == "neutral"
    assert coder.selected == order[2]
    assert "Recorded <b>change</b> neutral" in coder.review_status.value
    assert f"now showing {order[2]}" in coder.review_status.value


def test_a_review_that_leaves_the_filter_says_which_statement_is_shown_now(coder, tmp_path):
    """The bug: the form switched silently to another statement while the status named the first."""
    coder.stances.value = ("against",)
    first, second = list(coder.filtered.index)[:2]
    coder.picker.value = first
    coder.press("f")  # favor: the statement leaves the 'against' filter
    assert first not in coder.filtered.index and coder.selected == second
    status = coder.review_status.value
    assert f"{STATEMENTS.loc[first, 'article']} {STATEMENTS.loc[first, 'start']}-" in status
    assert f"now showing {second}" in status
    assert coder.review_stance.value == STATEMENTS.loc[second, "stance"]  # the form shows the new one


@pytest.mark.parametrize("key, action", [("c", "confirm"), ("Enter", "confirm"), ("d", "delete")])
def test_confirm_and_false_statement_keys(coder, tmp_path, key, action):
    idx = coder.selected
    coder.press(key)
    assert ledger(tmp_path)[-1]["action"] == action
    assert (idx in coder.statements.index) == (action != "delete")


def test_undo_appends_and_restores(coder, tmp_path):
    idx = coder.selected
    coder.press("f")
    coder.picker.value = idx
    coder.press("x")  # second thought: none
    coder.press("u")  # undo the 'none': ana's previous decision again
    coder.press("u")  # undo the 'favor': withdrawn
    rows = ledger(tmp_path)
    assert [(r["action"], r["stance"]) for r in rows] == [
        ("change", "favor"), ("change", "none"), ("change", "favor"), ("withdraw", "")]
    assert coder.statements.loc[idx, "stance"] == STATEMENTS.loc[idx, "stance"]
    from helpers import reviews
    assert reviews.decisions(reviews.read(tmp_path / "ledger.csv", codebook=CODEBOOK)).empty


def test_navigation_keys(coder):
    order = list(coder.filtered.index)
    coder.press("j")
    coder.press("ArrowDown")
    coder.press("k")
    assert coder.selected == order[1]
    with pytest.raises(ValueError, match="no review command on key 'q'"):
        coder.press("q")


def test_country_level_lists_the_speaker(tmp_path):
    ex = explore.Explorer(STATEMENTS, corpus=ARTICLES, annotations=tmp_path / "l.csv", codebook=CODEBOOK,
                          level="country")
    labels = [label for label, _ in ex.picker.options]
    assert any("John Kirby (US)" in label for label in labels) and any("Jeff Davis (US)" in label for label in labels)


def test_add_a_missed_statement_from_a_selection(coder, tmp_path):
    """Select words in the article view (offsets relative to the shown text, as the browser sends
    them), then 's': a statement the tagger missed, with the form's speaker and stance."""
    coder.picker.value = STATEMENTS.index[3]  # Kirby, in art-b
    lo, _, _ = explore.view_range(STATEMENTS.loc[STATEMENTS.index[3]], ARTICLES[1])
    s, e = span("art-b", "12 morts dans des frappes")
    coder.review_stance.value = "none"
    coder.review_speaker.value = "OSDH"
    coder.press("s", selection={"start": s - lo, "end": e - lo, "text": "12 morts dans des frappes "})
    row = ledger(tmp_path)[-1]
    assert (row["action"], row["article"], int(row["start"]), int(row["end"])) == ("add", "art-b", s, e)
    assert row["speaker"] == "OSDH" and row["stance"] == "none"
    added = coder.statements.loc[coder.selected]
    assert added["text"] == "12 morts dans des frappes" and added["stance_source"] == "reviewed"


def test_adjust_a_span_from_a_selection(coder, tmp_path):
    idx = STATEMENTS.index[3]
    coder.picker.value = idx
    s, e = span("art-b", "Il n'y a pas d'accord")
    coder.press("e", selection={"article_start": s, "article_end": e})
    row = ledger(tmp_path)[-1]
    assert (row["action"], row["new_start"], row["new_end"]) == ("span", str(s), str(e))
    assert coder.statements.loc[idx, "text"] == "Il n'y a pas d'accord"


def test_a_selection_is_needed_to_add(coder, tmp_path):
    assert coder.press("s") is None
    assert "Select the missed statement" in coder.review_status.value
    assert not (tmp_path / "ledger.csv").exists()


def test_the_explorer_can_open_on_the_review_queue(tmp_path):
    table = STATEMENTS.assign(confidence=[0.9, 0.5, 0.9, 0.6, 0.9])
    ex = explore.Explorer(table, corpus=ARTICLES, annotations=tmp_path / "l.csv", codebook=CODEBOOK, order="queue")
    assert ex.selected == table.index[1]  # no stance rule given: the least confident first
    assert list(ex.filtered.index[:2]) == [table.index[1], table.index[3]]


def test_a_review_takes_its_statement_out_of_the_queue_without_reranking_the_rest(tmp_path, monkeypatch):
    from helpers import learn

    table = STATEMENTS.assign(confidence=[0.9, 0.5, 0.9, 0.6, 0.9], stance_source="automatic")
    ex = explore.Explorer(table, corpus=ARTICLES, annotations=tmp_path / "l.csv", codebook=CODEBOOK, order="queue",
                          coder="ana")
    before = list(ex.filtered.index)
    calls = []
    monkeypatch.setattr(learn, "queue", lambda *a, **k: calls.append(1) or pytest.fail("re-ranked"))
    assert ex.press("n" if table.loc[before[0], "stance"] != "neutral" else "a"), ex.review_status.value
    # the reviewed statement goes after the unreviewed ones, which keep their order
    assert list(ex.filtered.index) == before[1:] + before[:1]
    ex.press("u")  # undone: back at its place in the queue
    assert list(ex.filtered.index) == before and not calls


def test_reviewing_in_the_explorer_leaves_the_given_table_untouched(tmp_path):
    table = STATEMENTS.assign(stance_source="automatic")
    before = table.copy()
    ex = explore.Explorer(table, corpus=ARTICLES, annotations=tmp_path / "l.csv", codebook=CODEBOOK, coder="ana")
    assert ex.press("n" if table.loc[ex.selected, "stance"] != "neutral" else "a")
    assert ex.statements["stance_source"].eq("reviewed").sum() == 1
    pd.testing.assert_frame_equal(table, before)


def test_a_review_added_and_a_keyboard_review_reach_the_next_run(tmp_path):
    """The loop on the seeds: keys -> ledger -> pipeline.run() shows both."""
    from helpers import pipeline

    first = pipeline.run(annotations=tmp_path / "empty")
    ex = explore.Explorer(first.statements, corpus=first.corpus, annotations=tmp_path / "ledger.csv", coder="ana")
    reviewed = ex.selected
    new_stance = "neutral" if first.statements.loc[reviewed, "stance"] != "neutral" else "against"
    ex.press(new_stance[0])
    article = first.corpus.items[0]
    taken = first.statements.loc[first.statements["article"].eq(article.id), ["start", "end"]].to_numpy()
    # a stretch of the article's press text that no statement covers: the 'missed' statement
    para = next(p for p in article.paragraphs[article.paragraphs["part"].eq("press")].itertuples()
                if not any(a < p.end and p.start < b for a, b in taken))
    s, e = int(para.start), min(int(para.end), int(para.start) + 60)
    ex.press("s", selection={"article": article.id, "article_start": s, "article_end": e})
    rerun = pipeline.run(annotations=tmp_path / "ledger.csv").statements
    row = first.statements.loc[reviewed]
    key = (rerun["article"] == row["article"]) & (rerun["start"] == row["start"]) & (rerun["end"] == row["end"])
    assert list(rerun.loc[key, "stance"]) == [new_stance] and list(rerun.loc[key, "stance_source"]) == ["reviewed"]
    added = rerun[(rerun["article"] == article.id) & (rerun["start"] == s)]
    assert len(added) == 1 and added["stance_source"].iloc[0] == "reviewed" and added["text"].iloc[0] == article.text[s:e]
    assert len(rerun) == len(first.statements) + 1


def test_a_selection_may_name_its_article(coder, tmp_path):
    """From code, the missed statement may be in another article than the one shown."""
    s, e = span("art-a", "la coordination avec Washington")
    coder.picker.value = STATEMENTS.index[3]  # shows art-b
    coder.review_stance.value = "favor"
    coder.press("s", selection={"article": "art-a", "article_start": s, "article_end": e})
    row = ledger(tmp_path)[-1]
    assert (row["action"], row["article"], int(row["start"]), int(row["end"])) == ("add", "art-a", s, e)
