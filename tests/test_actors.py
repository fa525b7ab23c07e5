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
