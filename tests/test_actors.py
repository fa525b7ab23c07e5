"""The actor register: mentions -> actors, metonymy, roles valid at a date."""
from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from helpers import actors, paths


@pytest.fixture(scope="module")
def register():
    return actors.load_register()


@pytest.mark.parametrize("mention, on, expected", [
    ("Sergueï Choïgou", None, "SHOIGU"),
    ("Choigou", None, "SHOIGU"),
    ("Sergei Shoigu", None, "SHOIGU"),
    ("Mme Baldanza", None, "BALDANZA"),
    ("M. Lavrov", None, "LAVROV"),
    ("le chef de la diplomatie russe", date(2017, 6, 1), "LAVROV"),
    # Metonymy: the city or building stands for the government or ministry.
    ("Moscou", None, "RU-GOV"),
    ("Washington", None, "US-GOV"),
    ("le Pentagone", None, "US-DOD"),
    ("la partie américaine", None, "US-GOV"),
    ("le Kremlin", None, "RU-KREMLIN"),
    ("l'armée russe", None, "RU-MOD"),
    ("les États-Unis", None, "US"),
    ("Le département américain de la Défense", None, "US-DOD"),
    # Roles change hands: Carter then Mattis, Kerry then Tillerson, Earnest then Spicer.
    ("le secrétaire à la Défense", date(2016, 7, 14), "CARTER"),
    ("le secrétaire à la Défense", date(2017, 3, 1), "MATTIS"),
    ("le secrétaire d'État", date(2016, 7, 14), "KERRY"),
    ("le secrétaire d'Etat", date(2017, 3, 1), "TILLERSON"),
    ("le porte-parole de la Maison Blanche", date(2016, 6, 1), "EARNEST"),
    ("le porte-parole de la Maison-Blanche", date(2017, 1, 23), "SPICER"),
    # "numéro un" is written "numéro 1" as often
    ("le numéro 1 russe", date(2017, 1, 23), "PUTIN"),
    ("le numéro un russe", date(2017, 1, 23), "PUTIN"),
    # One person's terms of office: the row whose term covers the date; before a term or between
    # two, the next one (its holder speaks for no institution yet); after all, the last one.
    ("Donald Tusk", date(2018, 5, 10), "TUSK-EUCO"),
    ("Donald Tusk", date(2021, 5, 10), "TUSK"),
    ("Donald Tusk", date(2024, 5, 10), "TUSK"),
    ("le secrétaire général de l'OTAN", date(2016, 5, 1), "STOLTENBERG"),
    ("le secrétaire général de l'OTAN", date(2025, 5, 1), "RUTTE-NATO"),
    ("Charles Michel", date(2018, 5, 10), "MICHEL-CHARLES-BE"),
    ("Charles Michel", date(2020, 5, 10), "MICHEL-CHARLES"),
    ("Charles Michel", date(2010, 5, 10), "MICHEL-CHARLES-BE"),
    # An office named in its holder's gender, not its own, is the holder of the day; in its own
    # gender, or undated, the office.
    ("la Défenseure des droits", date(2021, 7, 21), "HEDON"),
    ("le Défenseur des droits", date(2021, 7, 21), "FR-DDD"),
    ("le Défenseur des droits", date(2018, 3, 1), "FR-DDD"),
    ("la Défenseure des droits", None, "FR-DDD"),
    # Several spokespeople at once: no single person.
    ("le porte-parole du Pentagone", date(2016, 5, 20), None),
    ("un inconnu", None, None),
    ("", None, None),
])
def test_lookup(register, mention, on, expected):
    actor = register.lookup(mention, on=on)
    assert (actor.id if actor else None) == expected


@pytest.mark.parametrize("mention, expected", [
    ("un haut responsable du département d'Etat", "US-STATE"),
    ("un porte-parole du Pentagone", "US-DOD"),
    ("le porte-parole du Kremlin", "RU-KREMLIN"),
    ("un militant", None),
])
def test_institution_in(register, mention, expected):
    actor = register.institution_in(mention)
    assert (actor.id if actor else None) == expected


@pytest.mark.parametrize("mention, expected", [
    ("le ministre russe de la Défense, Sergueï Choïgou", ["SHOIGU"]),
    # a registered surname inside a hyphenated family name is part of another name
    ("Mme Martin-Baldanza", []),
    # (a pair of registered people names both)
    ("le tandem Baldanza-Kirby", ["BALDANZA", "KIRBY"]),
    ("Michelle Baldanza", ["BALDANZA"]),
])
def test_find_people_in_a_mention(register, mention, expected):
    assert [a.id for _, _, a in register.find(mention) if a.type == "person"] == expected


@pytest.mark.parametrize("mention, expected", [
    # two neighbouring letters swapped in a registered full name
    ("Donald Trupm", "TRUMP"),
    ("Michelle Badlanza", "BALDANZA"),
    ("Jeff Dvais", "DAVIS"),
    # not a letter dropped, added or changed (as often another person), the name itself, a family
    # name alone, a short word, two slips, or another first name
    ("Donal Trump", None),
    ("Donald Trumpp", None),
    ("Michelle Baldenza", None),
    ("Donald Trump", None),
    ("Trupm", None),
    ("Jeff Dvai", None),
    ("Dnoald Trupm", None),
    ("Melania Trump", None),
])
def test_a_slip_of_the_pen_in_a_registered_name(register, mention, expected):
    actor = register.misspelt(mention)
    assert (actor.id if actor else None) == expected


@pytest.mark.parametrize("mention, seen, expected", [
    # a letter changed, dropped or added in a family name is a slip when the article writes the
    # registered name elsewhere, and the slip once
    ("Jacob Ress-Mogg", "Le conservateur Jacob Rees-Mogg a voté contre. Jacob Ress-Mogg a dit.", "REES-MOGG"),
    ("Jacob Ress-Mogg", "Rees-Mogg a voté contre. Jacob Ress-Mogg a dit.", "REES-MOGG"),
    ("Michelle Baldenza", "Michelle Baldanza l'a confirmé.", "BALDANZA"),
    ("Donald Trumpp", "Donald Trump l'a dit.", "TRUMP"),
    # not when the article never writes it, or only a one-word name that is also a common word
    # ("la borne"), nor two letters apart, nor in a first name (another person), nor a name
    # written twice (a person of their own)
    ("Jacob Ress-Mogg", "Le conservateur a voté contre.", None),
    ("Élisabeth Borny", "La borne de recharge est en panne.", None),
    ("Michelle Baldezna", "Michelle Baldanza l'a confirmé.", None),
    ("Michèle Barnier", "Michel Barnier l'a dit.", None),
    ("Melania Trump", "Donald Trump l'a dit.", None),
    ("Jean Castel", "Jean Castex a parlé. Jean Castel, restaurateur, aussi. Jean Castel a ajouté.", None),
    ("Jean Castel", "Jean Castex a parlé. Le maire, Jean Castel, restaurateur à Prades, a répondu.", None),
])
def test_a_slip_beside_the_right_spelling(register, mention, seen, expected):
    actor = register.misspelt(mention, seen=seen)
    assert (actor.id if actor else None) == expected


def test_chain_goes_up_to_the_state(register):
    assert register.chain(register.get("SPICER")) == ["SPICER", "US-WH", "US-GOV", "US"]


def test_register_is_well_formed():
    table = pd.read_csv(paths.ACTORS_CSV, dtype=str, keep_default_na=False)
    # The register's columns, and name_fr (the name French figures show, helpers.labels) after name.
    assert list(table.columns) == actors.COLUMNS[:2] + ["name_fr"] + actors.COLUMNS[2:]
    assert table.name_fr.str.strip().ne("").all()
    assert table.id.is_unique
    assert set(table.type) <= {"person", "institution", "country", "group", "media"}
    ids = set(table.id)
    assert set(table.organization) - {""} <= ids
    assert set(table.parent) - {""} <= ids
    assert all(c == "" or (len(c) == 2 and c.isupper()) for c in table.country)
    for col in ("valid_from", "valid_to"):
        assert all(v == "" or date.fromisoformat(v) for v in table[col])


def test_missing_register_names_the_file(tmp_path):
    with pytest.raises(FileNotFoundError, match="nope.csv"):
        actors.load_register(tmp_path / "nope.csv")
    bad = tmp_path / "bad.csv"
    bad.write_text("who,what\nx,y\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.csv"):
        actors.load_register(bad)


HEADER = "id,name,type,organization,country,valid_from,valid_to\n"
OK_ROWS = "RU,Russie,country,,RU,,\nRU-MFA,ministère russe des Affaires étrangères,institution,,RU,,\n"


@pytest.mark.parametrize("content, problem", [
    # Issue 11, item 11: these failed without the file's name, or passed silently.
    (b"", "empty file (no header row)"),
    ((HEADER + OK_ROWS + "LAVROV,Sergueï Lavrov,person,RU-MFA,RU,2004-03-09\n").encode(),
     "row 3 (line 4): 6 fields, the header has 7; row skipped"),
    ((HEADER + "LAVROV,Sergueï Lavrov,person,,RU,,\n").encode("cp1252"), "not UTF-8 (byte 0xef at offset 67, line 2)"),
    ((HEADER + OK_ROWS + "USA,États-Unis,country,,USA!,,\n").encode(),
     "row 3 (line 4), column country: 'USA!' is not an ISO 3166-1 alpha-2 code"),
    ((HEADER + OK_ROWS + "USA,États-Unis,country,,USA,,\n").encode(), "an alpha-3 code; the alpha-2 code is 'US'"),
    ((HEADER + OK_ROWS + "USA,États-Unis,country,,us,,\n").encode(), "codes are upper case: 'US'"),
    ((HEADER + OK_ROWS + "RU,Russie (bis),country,,RU,,\n").encode(),
     "row 3 (line 4), column id: id 'RU' is already used on line 2"),
    ((HEADER + OK_ROWS + "RU2,russie,country,,RU,,\n").encode(),
     "row 3 (line 4), column name: 'russie' is already the name of the actor on line 2"),
    # one person's terms of office share a name only with periods that do not overlap
    ((HEADER + OK_ROWS + "X1,X,person,RU-MFA,RU,2010-01-01,2015-01-01\nX2,X,person,RU,RU,2014-01-01,\n").encode(),
     "row 4 (line 5), column name: 'X' is already the name of the actor on line 4"),
    ((HEADER + OK_ROWS + "X1,X,person,RU-MFA,RU,,\nX2,X,person,RU,RU,2014-01-01,\n").encode(),
     "terms of office are rows of type person whose valid_from/valid_to periods do not overlap"),
    (("id,name,type\nRU,Russie,country\n").encode(), "missing column(s) country"),
    ((HEADER + OK_ROWS + "X,X,person,RU-MFA,RU,2017-13-01,\n").encode(),
     "column valid_from: '2017-13-01' is not a date (YYYY-MM-DD)"),
    ((HEADER + OK_ROWS + "X,X,person,RU-MFA,RU,2018-01-01,2017-01-01\n").encode(),
     "row 3 (line 4), column (row): valid_from 2018-01-01 is after valid_to 2017-01-01"),
    ((HEADER + OK_ROWS + "X,X,person,RU-DEF,RU,,\n").encode(),
     "row 3 (line 4), column organization: 'RU-DEF' is not the id of any actor"),
    ((HEADER + OK_ROWS + "X,X,ministre,RU-MFA,RU,,\n").encode(), "column type: 'ministre' is not one of"),
    ((HEADER + OK_ROWS + ",Anonyme,person,,RU,,\n").encode(), "row 3 (line 4), column id: empty"),
])
def test_a_bad_register_is_an_error_naming_file_line_column_and_reason(tmp_path, content, problem):
    path = tmp_path / "register.csv"
    path.write_bytes(content)
    with pytest.raises(ValueError) as err:
        actors.load_register(path)
    message = str(err.value)
    assert str(path) in message and problem in message, message


def test_every_problem_of_a_register_is_listed(tmp_path):
    path = tmp_path / "register.csv"
    path.write_text(HEADER + OK_ROWS + "A,A,person,,USA!,,\nB,B,person,,xx,,\n", encoding="utf-8")
    with pytest.raises(actors.RegisterError) as err:
        actors.load_register(path)
    assert "2 problem(s)" in str(err.value) and "line 4" in str(err.value) and "line 5" in str(err.value)


def test_terms_of_office_share_a_name(tmp_path):
    path = tmp_path / "register.csv"
    path.write_text(HEADER + OK_ROWS + "X1,Ivan X,person,RU-MFA,RU,2010-01-01,2015-01-01\n"
                    "X2,Ivan X,person,RU,RU,2016-01-01,\n", encoding="utf-8")
    register = actors.load_register(path)
    assert [register.lookup("Ivan X", on=date(y, 6, 1)).id for y in (2008, 2012, 2015, 2020)] == ["X1", "X1", "X2", "X2"]
    assert register.lookup("Ivan X").id == "X2"


def test_a_project_row_and_a_general_row_of_one_person_are_one_holder(tmp_path):
    # a user's own row for a person the general register also knows (another id, another term)
    general, own = tmp_path / "general.csv", tmp_path / "own.csv"
    general.write_text("id,name,type,roles,country,valid_from,valid_to\n"
                       "X2,Ivan X,person,ministre russe,RU,2016-01-01,2020-01-01\n", encoding="utf-8")
    own.write_text("id,name,type,roles,country,valid_from\nIVAN,Ivan X,person,ministre russe,RU,2010-01-01\n",
                   encoding="utf-8")
    register = actors.load_register([general, own])
    assert register.lookup("le ministre russe", on=date(2017, 6, 1)).id == "IVAN"


@pytest.mark.parametrize("country", ["", "US", "EU", "ES-CT", "GB-SCT", "FR-20R"])
def test_countries_eu_and_regions_are_valid(tmp_path, country):
    """ISO 3166-1 alpha-2, 'EU' for the Union's institutions, ISO 3166-2 for a regional
    government speaking against its state (the Generalitat de Catalunya: ES-CT)."""
    path = tmp_path / "register.csv"
    path.write_text(f"id,name,country\nX,Generalitat de Catalunya,{country}\n", encoding="utf-8")
    register = actors.load_register(path)
    actor = register.get("X")
    assert (actor.country, actor.type, actor.number) == (country, "person", "s")
    assert register.lookup("la Generalitat de Catalunya") is actor


@pytest.mark.parametrize("text, expected", [
    ("Ils étaient 9000 à Chalon-sur-Saône.", [("Chalon-sur-Saône", "FR")]),
    ("au Havre puis à Le\nHavre", [("Le\nHavre", "FR")]),
    ("à Villeneuve-d’Ascq", [("Villeneuve-d’Ascq", "FR")]),
    ("les combats d'Alep et de Homs", [("Alep", "SY"), ("Homs", "SY")]),
    # whole words, case-sensitive: no town in a common word or a longer name
    ("une très nice idée, des rennes, Lyonnais", []),
    # capitals are the register's (aliases of their country's row), not the lexicon's
    ("à Paris et à Berlin", []),
])
def test_places_in(text, expected):
    assert [(text[a:b], c) for a, b, c in actors.places_in(text)] == expected


@pytest.mark.parametrize("rows, problem", [
    ("Lyon,France\n", "two-letter state code"),
    (",FR\n", "two-letter state code"),
    ("Lyon,FR\nLyon,BE\n", "already given to FR"),
])
def test_a_bad_places_file_names_the_file_and_the_row(tmp_path, rows, problem):
    path = tmp_path / "places.csv"
    path.write_text("# towns\nplace,country\n" + rows, encoding="utf-8")
    with pytest.raises(actors.RegisterError) as err:
        actors.places_in("Lyon", path=path)
    assert str(path) in str(err.value) and problem in str(err.value)


def test_a_missing_places_file_is_an_error(tmp_path):
    with pytest.raises(actors.RegisterError, match="file not found"):
        actors.places_in("Lyon", path=tmp_path / "none.csv")


TERMS = ("id,name,type,roles,organization,country,valid_from,valid_to\n"
         "COM,Commission européenne,institution,,,EU,,\n"
         "MOD,ministère allemand de la Défense,institution,,,DE,,\n"
         "UVDL,Ursula von der Leyen,person,présidente de la Commission,COM,EU,2019-12-01,\n"
         "UVDL-MOD,Ursula von der Leyen,person,ministre allemande de la Défense,MOD,DE,2013-12-17,2019-07-16\n")


@pytest.mark.parametrize("mention, expected", [
    # a role title or the institution of one term inside the mention picks that term
    ("la ministre allemande de la Défense, Ursula von der Leyen", "UVDL-MOD"),
    ("Ursula von der Leyen, ministre allemande de la Défense", "UVDL-MOD"),
    ("la présidente de la Commission, Ursula von der Leyen", "UVDL"),
    ("Ursula von der Leyen (Commission européenne)", "UVDL"),
    # no description, or one that fits no term: the term given
    ("Ursula von der Leyen", "UVDL"),
    ("l'ancienne médecin Ursula von der Leyen", "UVDL"),
])
def test_described_term(tmp_path, mention, expected):
    path = tmp_path / "register.csv"
    path.write_text(TERMS, encoding="utf-8")
    register = actors.load_register(path)
    assert register.described_term(register.get("UVDL"), mention).id == expected
