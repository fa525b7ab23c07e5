"""Shifts and divergences on a made-up pension-reform debate (France, 2023), not the seeds.

The fixture ``pension_statements()`` is also used by the chart and network tests.
"""
from __future__ import annotations

import pandas as pd
import pytest

from helpers import shifts

T = "age-64"  # "relever l'âge légal de départ à 64 ans"

COLUMNS = ["article", "start", "end", "speaker", "organization", "country", "speaker_type", "kind", "cue",
           "text", "date", "utterance", "target", "stance", "stance_source"]
ROWS = [
    ("a1", 10, 80, "Olivier Dussopt", "Ministère du Travail", "FR", "person", "direct", "a déclaré",
     "Le report de l'âge légal à 64 ans est indispensable pour sauver le système", "2023-01-10", "u1", T, "favor", "automatic"),
    ("a1", 200, 240, "Philippe Martinez", "CGT", "", "person", "direct", "a lancé",
     "Nous ne lâcherons rien sur les 64 ans", "2023-01-10", "u2", T, "against", "automatic"),
    # The same words reprinted by two other articles: one utterance, three reports.
    ("a2", 50, 90, "Philippe Martinez", "CGT", "", "person", "direct", "a lancé",
     "Nous ne lâcherons rien sur les 64 ans", "2023-01-10", "u2", T, "against", "automatic"),
    ("a3", 400, 440, "Philippe Martinez", "CGT", "", "person", "direct", "a-t-il lancé",
     "Nous ne lâcherons rien sur les 64 ans", "2023-01-10", "u2", T, "against", "automatic"),
    ("a2", 300, 380, "Laurent Berger", "CFDT", "", "person", "indirect", "a estimé",
     "la réforme mérite d'être discutée avec les partenaires sociaux", "2023-01-05", "u3", T, "neutral", "automatic"),
    # Reports disagree: the analyst's review (against) wins over the automatic neutral.
    ("a3", 10, 60, "Laurent Berger", "CFDT", "", "person", "direct", "a affirmé",
     "La CFDT s'opposera au report de l'âge légal", "2023-01-19", "u4", T, "neutral", "automatic"),
    ("a4", 10, 60, "Laurent Berger", "CFDT", "", "person", "direct", "a affirmé",
     "La CFDT s'opposera au report de l'âge légal", "2023-01-19", "u4", T, "against", "reviewed"),
    ("a4", 100, 160, "Medef", "Medef", "", "institution", "attributed", "selon",
     "le relèvement de l'âge est une mesure « responsable »", "2023-01-11", "u5", T, "favor", "automatic"),
    ("a5", 10, 90, "François Bayrou", "Haut-commissariat au Plan", "FR", "person", "direct", "a jugé",
     "Il y a d'autres chemins que les 64 ans pour financer les retraites", "2023-01-12", "u6", T, "against", "automatic"),
    ("a6", 10, 70, "François Bayrou", "Haut-commissariat au Plan", "FR", "person", "direct", "a assuré",
     "Je voterai la réforme si elle reste juste", "2023-02-20", "u7", T, "favor", "automatic"),
    # Same day, Dussopt's words come first in the article; the continuity rule still reads
    # Borne's favor (continuing the French favor) first, so France shifts once, not twice.
    ("a7", 100, 150, "Olivier Dussopt", "Ministère du Travail", "FR", "person", "indirect", "a reconnu",
     "les 64 ans ne sont pas un totem et pourraient être abandonnés", "2023-03-16", "u9", T, "against", "automatic"),
    ("a7", 500, 560, "Élisabeth Borne", "Matignon", "FR", "person", "direct", "a déclaré",
     "Le report à 64 ans n'est plus négociable", "2023-03-16", "u8", T, "favor", "automatic"),
    ("a8", 10, 60, "Gérald Darmanin", "Ministère de l'Intérieur", "FR", "person", "direct", "a dit",
     "Les forces de l'ordre seront mobilisées", "2023-03-23", "u10", "", "none", "automatic"),
    ("a8", 100, 160, "Bruno Le Maire", "Ministère de l'Économie", "FR", "person", "direct", "a dit",
     "les règles de l'assurance-chômage changeront", "2023-02-01", "u11", "assurance-chomage", "favor", "automatic"),
    ("a9", 10, 40, "Marine Le Pen", "Rassemblement national", "", "person", "direct", "a promis",
     "Nous abrogerons cette réforme", "", "u12", T, "against", "automatic"),
    # No utterance id: the statement is its own utterance.
    ("a10", 10, 70, "Alexander De Croo", "Gouvernement belge", "BE", "person", "indirect", "a indiqué",
     "la Belgique suit le débat français avec attention", "2023-03-20", "", T, "neutral", "automatic"),
    ("a10", 200, 250, "Philippe Martinez", "CGT", "", "person", "direct", "a martelé",
     "Le retrait, rien que le retrait", "2023-03-07", "u14", T, "against", "automatic"),
]


def pension_statements() -> pd.DataFrame:
    return pd.DataFrame(ROWS, columns=COLUMNS)


@pytest.fixture
def statements():
    return pension_statements()


def test_utterances_count_reprints_once(statements):
    utts = shifts.utterances(statements, level="person", names={})
    assert utts["utterance"].is_unique
    martinez = utts[utts["utterance"] == "u2"].iloc[0]
    assert martinez["n_reports"] == 3
    assert utts.loc[utts["utterance"] == "u4", "stance"].item() == "against"  # reviewed wins
    assert utts.loc[utts["utterance"] == "u4", "stance_source"].item() == "reviewed"
    assert list(utts["date"]) == sorted(utts["date"])


@pytest.mark.parametrize("level, reasons", [
    ("person", {"no stance": 1, "other target": 1, "no date": 1, "no actor at this level": 0}),
    # CGT, CFDT and Medef speak for no state: 2 + 2 + 1 utterances have no country.
    ("country", {"no stance": 1, "other target": 1, "no date": 1, "no actor at this level": 5}),
])
def test_excluded_counts(statements, level, reasons):
    utts = shifts.utterances(statements, level=level, names={})
    got = {k: v["utterances"] for k, v in utts.attrs["excluded"].items()}
    assert got == reasons
    assert "excluded" in shifts.excluded_note(utts)


def test_institution_speaking_is_labelled(statements):
    utts = shifts.utterances(statements, level="person", names={})
    assert "Medef (institution)" in set(utts["label"])
    assert "Olivier Dussopt" in set(utts["label"])


@pytest.mark.parametrize("level, expected", [
    ("person", {("Laurent Berger", "u4", "neutral", ("u3",)),
                ("François Bayrou", "u7", "against", ("u6",)),
                ("Olivier Dussopt", "u9", "favor", ("u1",))}),
    ("institution", {("CFDT", "u4", "neutral", ("u3",)),
                     ("Haut-commissariat au Plan", "u7", "against", ("u6",)),
                     ("Ministère du Travail", "u9", "favor", ("u1",))}),
    # Dussopt's retreat (u9) reverses the French favor: its record is Dussopt's own favor of
    # 10 January as well as Bayrou's and Borne's, although Bayrou's refusal (u6) came between.
    ("country", {("FR", "u6", "favor", ("u1",)),
                 ("FR", "u7", "against", ("u6",)),
                 ("FR", "u9", "favor", ("u1", "u7", "u8"))}),
])
def test_find_shifts(statements, level, expected):
    found = shifts.find(statements, level=level)
    got = {(r.actor, r.utterance, r.previous_stance, r.previous_utterances) for r in found.itertuples()}
    assert got == expected
    assert set(found["kind"]) == {"shift"}


@pytest.mark.parametrize("departs_from, earlier, in_last_run, gaps", [
    # The whole record of French favor before Dussopt's « pas un totem » (16 March): his own
    # 10 January words, then, after Bayrou's 12 January refusal, Bayrou's and Borne's favor.
    ("record", ("u1", "u7", "u8"), (False, True, True), (65, 24, 0)),
    # The old reading: only the run since the last refusal.
    ("run", ("u7", "u8"), (True, True), (24, 0)),
])
def test_record_or_last_run(statements, departs_from, earlier, in_last_run, gaps):
    row = shifts.find(statements, level="country", departs_from=departs_from).set_index("utterance").loc["u9"]
    assert row["previous_utterances"] == earlier
    assert row["previous_in_last_run"] == in_last_run and row["n_last_run"] == 2
    assert row["previous_gap_days"] == gaps and row["n_previous"] == len(earlier)
    # The most recent earlier utterance, the gap and the direction do not depend on the mode.
    assert (row["previous_utterance"], row["gap_days"], row["direction"]) == ("u8", 0, "favor → against")
    assert row["since_days"] == gaps[0]
    tab = shifts.table(statements, level="country", departs_from=departs_from)
    u9 = tab[tab["utterance"].eq("u9") & tab["kind"].eq("shift")]
    assert tuple(u9["earlier_utterance"]) == earlier
    assert tuple(u9["in_last_run"]) == in_last_run and tuple(u9["gap_days"]) == gaps
    assert set(u9["earlier_stance"]) == {"favor"}


def test_bad_departs_from_is_named(statements):
    with pytest.raises(ValueError, match="departs_from"):
        shifts.find(statements, departs_from="all")


def test_shift_columns_and_gaps(statements):
    found = shifts.find(statements, level="country").set_index("utterance")
    row = found.loc["u9"]
    assert row["gap_days"] == 0 and row["since_days"] == (pd.Timestamp("2023-03-16") - pd.Timestamp("2023-01-10")).days
    assert row["previous_dates"] == ("2023-01-10", "2023-02-20", "2023-03-16")
    assert row["previous_quotes"][2] == "Le report à 64 ans n'est plus négociable"
    assert row["quote"].startswith("les 64 ans ne sont pas un totem")
    assert row["direction"] == "favor → against" and row["reversal"]
    assert not shifts.find(statements, level="person").set_index("actor").loc["Laurent Berger", "reversal"]


@pytest.mark.parametrize("stances, record, run", [
    # (stance per utterance in date order) -> {shift index: earlier indexes it departs from},
    # with the whole record (default) and with the last run only.
    ("favor against neutral against favor", {1: [0], 2: [1], 3: [2], 4: [1, 3]},
     {1: [0], 2: [1], 3: [2], 4: [1, 3]}),
    ("against against favor", {2: [0, 1]}, {2: [0, 1]}),
    ("favor neutral favor", {1: [0], 2: [1]}, {1: [0], 2: [1]}),
    ("neutral neutral against favor", {2: [0, 1], 3: [2]}, {2: [0, 1], 3: [2]}),
    ("favor favor favor", {}, {}),
    # Refusals, a leak in favour, refusals again, then acceptance: the acceptance departs
    # from every refusal, the older ones outside its last run.
    ("against against favor against favor", {2: [0, 1], 3: [2], 4: [0, 1, 3]},
     {2: [0, 1], 3: [2], 4: [3]}),
    ("favor against favor against", {1: [0], 2: [1], 3: [0, 2]}, {1: [0], 2: [1], 3: [2]}),
    # A "no comment" before a return to a stance: a shift from neutral keeps the run.
    ("favor against neutral against", {1: [0], 2: [1], 3: [2]}, {1: [0], 2: [1], 3: [2]}),
])
def test_what_a_shift_departs_from(stances, record, run):
    rows = [("z", i, i + 5, "Jean Dupont", "Parti X", "FR", "person", "direct", "a dit", f"phrase {i}",
             f"2023-0{1 + i}-01", f"v{i}", T, s, "automatic") for i, s in enumerate(stances.split())]
    df = pd.DataFrame(rows, columns=COLUMNS)
    for mode, expected in (("record", record), ("run", run)):
        found = shifts.find(df, departs_from=mode)
        got = {int(r.utterance[1:]): [int(u[1:]) for u in r.previous_utterances] for r in found.itertuples()}
        assert got == expected, mode
    # The record's flagged items are exactly the last run.
    found = shifts.find(df)
    flagged = {int(r.utterance[1:]): [int(u[1:]) for u, f in zip(r.previous_utterances, r.previous_in_last_run) if f]
               for r in found.itertuples()}
    assert flagged == run


def test_ignore_neutral_drops_neutral_shifts(statements):
    found = shifts.find(statements, level="person", ignore_neutral=True)
    assert "Laurent Berger" not in set(found["actor"])
    assert len(found) == 2


def test_divergences(statements):
    div = shifts.divergences(statements, window_days=3)
    got = {(r.actor, r.utterance, r.previous_actors, r.gap_days) for r in div.itertuples()}
    assert got == {("Haut-commissariat au Plan", "u6", ("Ministère du Travail",), 2),
                   ("Ministère du Travail", "u9", ("Matignon",), 0)}
    assert shifts.divergences(statements, window_days=1)["utterance"].tolist() == ["u9"]


def test_table_lists_each_event_with_earlier_utterances(statements):
    tab = shifts.table(statements, level="country", window_days=3)
    assert list(tab.columns) == shifts.TABLE_COLUMNS
    assert tab["event"].nunique() == 3 + 2
    u9 = tab[(tab["utterance"] == "u9") & (tab["kind"] == "shift")]
    assert list(u9["earlier_speaker"]) == ["Olivier Dussopt", "François Bayrou", "Élisabeth Borne"]
    assert list(u9["gap_days"]) == [65, 24, 0]
    assert tab.loc[tab["kind"].eq("divergence"), "in_last_run"].all()
    assert (tab["gap_days"] >= 0).all()


def test_default_target_is_the_most_coded(statements):
    assert shifts.resolve_target(statements) == T
    assert shifts.resolve_target(statements, "assurance-chomage") == "assurance-chomage"
    other = shifts.find(statements, target="assurance-chomage", level="person")
    assert other.empty and other.attrs["target"] == "assurance-chomage"


def test_missing_columns_are_named():
    with pytest.raises(ValueError, match="stance"):
        shifts.find(pd.DataFrame({"speaker": ["x"]}))


def test_empty_table_gives_empty_results(statements):
    empty = statements.iloc[0:0]
    assert shifts.find(empty, target=T).empty
    assert shifts.table(empty, target=T).empty


# Any table of this shape: every utterance is kept or excluded for one reason, and a shift is
# exactly a change of stance between consecutive utterances of an actor.
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

ROW = st.tuples(
    st.sampled_from(["a1", "a2", "a3", ""]), st.integers(0, 500),
    st.sampled_from(["Ana", "Bo", "Ché", "", None]), st.sampled_from(["Org1", "Org2", ""]),
    st.sampled_from(["FR", "DE", "", None]), st.sampled_from(["2023-01-01", "2023-01-02", "2023-02-10", "", None, "n/d"]),
    st.sampled_from(["v1", "v2", "v3", "v4", "v5", "", None]), st.sampled_from([T, "autre", ""]),
    st.sampled_from(["favor", "against", "neutral", "none", None]), st.sampled_from(["automatic", "reviewed"]),
    st.sampled_from(["2023-01-05", "2023-02-11", "", None]),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ROW, min_size=0, max_size=25), st.sampled_from(["person", "institution", "country"]),
       st.sampled_from(["publication", None]))
def test_any_table_accounts_for_every_utterance(rows, level, fallback):
    df = pd.DataFrame(rows, columns=["article", "start", "speaker", "organization", "country", "date",
                                     "utterance", "target", "stance", "stance_source", "published"])
    df = df.assign(end=df["start"] + 5, text="« texte »", kind="direct", cue="a dit")
    utts = shifts.utterances(df, level=level, target=T, names={}, fallback=fallback)
    assert set(utts["date_basis"]) <= ({"statement", "publication"} if fallback else {"statement"})
    assert utts["date"].notna().all()
    ids = df["utterance"].fillna("").astype(str)
    n_ids = ids.where(ids.ne(""), df["article"].fillna("") + ":" + df["start"].astype(str) + "-"
                      + df["end"].astype(str)).nunique()
    assert len(utts) + sum(v["utterances"] for v in utts.attrs["excluded"].values()) == n_ids
    assert set(utts["stance"]) <= set(shifts.STANCES) and utts["utterance"].is_unique
    found = shifts.find(df, level=level, target=T, fallback=fallback)
    changes = sum(int((g["stance"] != g["stance"].shift()).sum()) - 1
                  for _, g in shifts.sequence(utts).groupby("actor"))
    assert len(found) == changes
    assert (found["n_previous"] >= 1).all() and (found["gap_days"] >= 0).all()
    assert all(found["stance"] != found["previous_stance"])
    # The record holds the last run, as its most recent items, and only goes further back.
    run = shifts.find(df, level=level, target=T, fallback=fallback, departs_from="run")
    assert list(run["utterance"]) == list(found["utterance"])
    for rec, last in zip(found.itertuples(), run.itertuples()):
        flagged = tuple(u for u, f in zip(rec.previous_utterances, rec.previous_in_last_run) if f)
        assert flagged == last.previous_utterances
        assert rec.previous_utterances[-last.n_previous:] == last.previous_utterances
        assert list(rec.previous_gap_days) == sorted(rec.previous_gap_days, reverse=True)


def test_minimal_table_without_optional_columns(statements):
    # Only the required columns (no article, offsets, utterance ids, reviews): each row is an utterance.
    minimal = statements[list(shifts.REQUIRED)]
    utts = shifts.utterances(minimal, level="person", names={})
    assert len(utts) == 14 and (utts["n_reports"] == 1).all()  # without ids reprints stay apart
    assert len(shifts.find(minimal, level="person")) >= 3


# --------------------------------------------------------------------------- publication dates
# An utterance the articles do not date sits at the publication date of its earliest report,
# openly (date_basis "publication"); a stated date of any report wins.

DATED = ["article", "start", "end", "speaker", "organization", "country", "kind", "cue", "text",
         "date", "published", "utterance", "target", "stance"]


def dated_statements(rows) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=DATED)


@pytest.mark.parametrize("date, published, expected", [
    # « Nous ne lâcherons rien », a-t-il déclaré mardi: the text dates the words.
    ("2023-03-14", "2023-03-15", ("2023-03-14", "statement")),
    # "Le gouvernement n'a jamais envisagé de reculer", selon Matignon: no day in the text.
    ("", "2023-03-15", ("2023-03-15", "publication")),
    ("", "2023-03-15T07:45:00+01:00", ("2023-03-15", "publication")),
    (None, "2023-03-15", ("2023-03-15", "publication")),
    ("", "", None),
    ("", None, None),
])
@pytest.mark.parametrize("fallback", ["publication", None])
def test_date_or_publication_date(date, published, expected, fallback):
    st = dated_statements([("p1", 0, 40, "Gabriel Attal", "Matignon", "FR", "indirect", "selon",
                            "Le gouvernement n'a jamais envisagé de reculer", date, published, "", T, "favor")])
    utts = shifts.utterances(st, names={}, fallback=fallback)
    if fallback is None and expected is not None and expected[1] == "publication":
        expected = None
    if expected is None:
        assert utts.empty and utts.attrs["excluded"]["no date"]["utterances"] == 1
    else:
        got = utts.iloc[0]
        assert (got["date"].date().isoformat(), got["date_basis"]) == expected
        assert utts.attrs["excluded"]["no date"]["utterances"] == 0


def test_statement_date_wins_and_earliest_publication_is_used():
    st = dated_statements([
        # One utterance reprinted by two dailies: only the second dates it ("a-t-elle dit lundi").
        ("q1", 0, 30, "Sophie Binet", "CGT", "", "direct", "a lancé", "La grève sera reconductible",
         "", "2023-03-01", "w1", T, "against"),
        ("q2", 5, 35, "Sophie Binet", "CGT", "", "direct", "a-t-elle dit", "La grève sera reconductible",
         "2023-02-27", "2023-03-02", "w1", T, "against"),
        # Undated everywhere: the earliest of its reports' publication dates.
        ("q3", 0, 30, "Laurent Berger", "CFDT", "", "direct", "a prévenu", "On ne lâchera pas",
         "", "2023-03-09", "w2", T, "against"),
        ("q4", 0, 30, "Laurent Berger", "CFDT", "", "direct", "a prévenu", "On ne lâchera pas",
         "", "2023-03-07", "w2", T, "against"),
    ])
    utts = shifts.utterances(st, names={}).set_index("utterance")
    assert (utts.loc["w1", "date"].date().isoformat(), utts.loc["w1", "date_basis"]) == ("2023-02-27", "statement")
    assert (utts.loc["w2", "date"].date().isoformat(), utts.loc["w2", "date_basis"]) == ("2023-03-07", "publication")
    assert utts.loc["w2", "n_reports"] == 2


def test_pension_debate_with_publication_dates(statements):
    # Marine Le Pen's « Nous abrogerons cette réforme » (a9) has no date in the text.
    st = statements.assign(published=statements["article"].map(
        lambda a: "2023-01-25" if a == "a9" else "2023-03-31"))
    utts = shifts.utterances(st, level="person", names={})
    le_pen = utts.set_index("utterance").loc["u12"]
    assert (le_pen["date"], le_pen["date_basis"]) == (pd.Timestamp("2023-01-25"), "publication")
    assert set(utts.loc[utts["utterance"] != "u12", "date_basis"]) == {"statement"}
    assert utts.attrs["excluded"]["no date"]["utterances"] == 0
    strict = shifts.utterances(st, level="person", names={}, fallback=None)
    assert "u12" not in set(strict["utterance"]) and set(strict["date_basis"]) == {"statement"}
    assert strict.attrs["excluded"]["no date"]["utterances"] == 1


def test_shift_and_table_say_which_dates_are_publication_dates():
    st = dated_statements([
        ("r1", 0, 30, "Jean Dupont", "Parti X", "FR", "direct", "a déclaré",
         "Nous voterons le texte", "2023-01-10", "2023-01-11", "d1", T, "favor"),
        # "Le parti X ne votera pas la réforme", indique un communiqué (no day): dated by publication.
        ("r2", 0, 30, "Jean Dupont", "Parti X", "FR", "indirect", "indique",
         "le parti X ne votera pas la réforme", "", "2023-02-03", "d2", T, "against"),
        ("r3", 0, 30, "Claire Martin", "Ministère Y", "FR", "direct", "a assuré",
         "La réforme ira au bout", "2023-02-02", "2023-02-03", "d3", T, "favor"),
    ])
    found = shifts.find(st, level="person").set_index("utterance")
    row = found.loc["d2"]
    assert (row["date_basis"], row["previous_date_basis"], row["previous_date_bases"]) == (
        "publication", "statement", ("statement",))
    assert row["gap_days"] == (pd.Timestamp("2023-02-03") - pd.Timestamp("2023-01-10")).days
    tab = shifts.table(st, level="person", window_days=3)
    assert {"date_basis", "earlier_date_basis"} <= set(tab.columns)
    assert set(tab["date_basis"]) <= set(shifts.DATE_BASES)
    # The divergence (Parti X against, one day after Ministère Y's favor) uses the same dates.
    div = tab[tab["kind"].eq("divergence")]
    assert list(zip(div["utterance"], div["date_basis"], div["earlier_date_basis"])) == [
        ("d2", "publication", "statement")]
    # Without the fallback the undated refusal is gone, and with it the shift and divergence.
    assert shifts.table(st, level="person", window_days=3, fallback=None).empty
    assert shifts.find(st, level="person", fallback=None).empty


def test_bad_fallback_is_named(statements):
    with pytest.raises(ValueError, match="fallback"):
        shifts.utterances(statements, fallback="article")


def test_utterance_speaker_comes_from_the_most_specific_report():
    """A lead summing up 'le gouvernement dément' and the minister's quote below it are one
    utterance: the person, not the country, is who said it."""
    rows = [
        ("a9", 10, 40, "France", "Gouvernement français", "FR", "country", "attributed", "dément",
         "toute hausse de la TVA", "", "u9", T, "against", "automatic"),
        ("a9", 60, 120, "Bruno Le Maire", "Ministère de l'Économie", "FR", "person", "direct", "a déclaré",
         "Il n'y aura pas de hausse de la TVA", "2023-03-01", "u9", T, "against", "automatic"),
        ("a8", 5, 35, "France", "Gouvernement français", "FR", "country", "attributed", "dément",
         "toute hausse de la TVA", "", "u9", T, "against", "automatic"),
    ]
    utts = shifts.utterances(pd.DataFrame(rows, columns=COLUMNS), level="person", target=T)
    assert list(utts["speaker"]) == ["Bruno Le Maire"]
    assert list(utts["organization"]) == ["Ministère de l'Économie"]
    assert list(utts["n_reports"]) == [2]


def long_record(n_refusals: int) -> pd.DataFrame:
    """A ministry refusing every week for months, then accepting: a record that grows with the corpus."""
    days = pd.date_range("2016-01-04", periods=n_refusals + 1, freq="7D")
    rows = [("r", i, i + 5, "John Kirby", "US Department of State", "US", "person", "indirect", "a répété",
             f"Washington n'envisage aucune coopération militaire avec Moscou ({i})", d.date().isoformat(),
             f"k{i}", T, "against", "automatic") for i, d in enumerate(days[:-1])]
    rows.append(("r", 999, 1005, "Sean Spicer", "White House", "US", "person", "direct", "a déclaré",
                 "alors bien sûr, nous sommes preneurs", days[-1].date().isoformat(), "k999", T, "favor", "automatic"))
    return pd.DataFrame(rows, columns=COLUMNS)


@pytest.mark.parametrize("n_refusals, max_previous, listed", [
    (5, 20, 5),
    (60, 20, 20),
    (60, None, 60),
    (60, 1, 1),
])
def test_a_long_record_is_listed_by_its_most_recent_items(n_refusals, max_previous, listed):
    df = long_record(n_refusals)
    shift = shifts.find(df, level="country", max_previous=max_previous).iloc[0]
    assert shift["n_departed"] == n_refusals and shift["n_previous"] == listed
    assert shift["previous_utterances"] == tuple(f"k{i}" for i in range(n_refusals - listed, n_refusals))
    # Since the first refusal, listed or not: seven days a week since January 2016.
    assert shift["since_days"] == 7 * n_refusals
    tab = shifts.table(df, level="country", max_previous=max_previous)
    assert len(tab) == listed and tab["event"].nunique() == 1


def test_max_previous_is_checked():
    with pytest.raises(ValueError, match="max_previous"):
        shifts.find(pension_statements(), max_previous=0)


@pytest.mark.parametrize("n_others, max_previous, listed", [(3, 20, 3), (40, 20, 20), (40, None, 40)])
def test_a_busy_divergence_window_lists_the_most_recent(n_others, max_previous, listed):
    # The Pentagon refuses many times on one day; the State Department accepts the next day.
    rows = [("d", i, i + 5, "Jeff Davis", "US Department of Defense", "US", "person", "indirect", "a dit",
             f"pas de coopération ({i})", "2016-05-10", f"p{i}", T, "against", "automatic") for i in range(n_others)]
    rows.append(("d", 500, 505, "John Kirby", "US Department of State", "US", "person", "indirect", "a dit",
                 "une coordination est possible", "2016-05-11", "s1", T, "favor", "automatic"))
    found = shifts.divergences(pd.DataFrame(rows, columns=COLUMNS), max_previous=max_previous)
    row = found[found["utterance"].eq("s1")].iloc[0]
    assert row["n_departed"] == n_others and row["n_previous"] == listed
    assert row["previous_utterances"][-1] == f"p{n_others - 1}"
