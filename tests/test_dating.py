"""Dating statements: French date expressions in the frame, resolved against publication."""
from __future__ import annotations

from datetime import date

import pytest

from helpers import dating, speech

TUESDAY = date(2017, 1, 24)  # publication of seed 000


@pytest.mark.parametrize("text, expected", [
    # A weekday: the most recent such day, the publication day itself included.
    ("Le Pentagone a démenti dimanche ces informations.", ("2017-01-22", "relative", "dimanche")),
    ("Le Pentagone a démenti mardi ces informations.", ("2017-01-24", "relative", "mardi")),
    ("Le Pentagone a démenti mardi dernier ces informations.", ("2017-01-17", "relative", "mardi dernier")),
    ("Le Pentagone a démenti jeudi matin ces informations.", ("2017-01-19", "relative", "jeudi matin")),
    # Days counted from publication.
    ("Le Pentagone a démenti hier ces informations.", ("2017-01-23", "relative", "hier")),
    ("Le Pentagone a démenti avant-hier ces informations.", ("2017-01-22", "relative", "avant-hier")),
    # Dates with and without a year.
    ("Le 19 janvier, le Pentagone a démenti ces informations.", ("2017-01-19", "relative", "Le 19 janvier")),
    ("Le jeudi 16 février 2017, le Pentagone a démenti ces informations.",
     ("2017-02-16", "stated", "jeudi 16 février 2017")),
    ("Le 1er décembre, Moscou a démenti ces informations.", ("2016-12-01", "relative", "Le 1er décembre")),
    # A night across two days is dated by its second day (after midnight).
    ("Dans la nuit du samedi 21 au dimanche 22 janvier, le Pentagone a démenti ces informations.",
     ("2017-01-22", "relative", "nuit du samedi 21 au dimanche 22 janvier")),
    ("Dans la nuit du 21 au 22 janvier 2017, le Pentagone a démenti ces informations.",
     ("2017-01-22", "stated", "nuit du 21 au 22 janvier 2017")),
    ("Dans la nuit de dimanche à lundi, le Pentagone a démenti ces informations.",
     ("2017-01-23", "relative", "nuit de dimanche à lundi")),
    # Counted back from publication.
    ("Il y a deux jours, le Pentagone a démenti ces informations.", ("2017-01-22", "relative", "Il y a deux jours")),
    ("Il y a une semaine, le Pentagone a démenti ces informations.", ("2017-01-17", "relative", "Il y a une semaine")),
    # "la veille" without an earlier anchor counts from publication.
    ("La veille, Moscou a démenti ces informations.", ("2017-01-23", "relative", "La veille")),
    # A part of the day with no weekday is the day being told (here the publication day).
    ("Prenant la parole en fin d'après-midi, le Pentagone a démenti ces informations.",
     ("2017-01-24", "relative", "en fin d'après-midi")),
    ("Le Pentagone a démenti dans la soirée ces informations.", ("2017-01-24", "relative", "dans la soirée")),
    # No expression: unknown, never guessed.
    ("Le Pentagone a démenti ces informations.", ("", "", "")),
    # An expression inside the content dates the event, not the statement.
    ('Dimanche, le commandement "a reçu des coordonnées", a affirmé Moscou.', ("", "", "")),
    ("Moscou a affirmé que les avions avaient frappé dimanche.", ("", "", "")),
    # A date after another event's participle dates that event; "publié" is the statement's own.
    ("Moscou a démenti ces informations, en réponse aux propos tenus dimanche par le Pentagone.", ("", "", "")),
    ("« Nous démentons », indique le communiqué du Kremlin publié dimanche.", ("2017-01-22", "relative", "dimanche")),
    # A weekday set right after the speaker's own act of saying or stance as the object (lexicon
    # own_act_nouns) dates the saying; not an event named as the object (its day: a strike, a
    # trial, a participation), a day to come, nor for a call.
    ("Le Pentagone a exprimé toute sa frustration dimanche face à ces informations.",
     ("2017-01-22", "relative", "dimanche")),
    ("Le ministre a annoncé sa démission ce dimanche.", ("2017-01-22", "relative", "dimanche")),
    ("Le Pentagone a dénoncé l'attaque de dimanche.", ("", "", "")),
    ("Le syndicat a dénoncé la manifestation prévue dimanche.", ("", "", "")),
    ("Le syndicat a appelé à une marche dimanche.", ("", "", "")),
    ("Le syndicat a annoncé une grève dimanche.", ("", "", "")),
    ("Le ministre a annoncé sa démission dimanche prochain.", ("", "", "")),
    ("Le ministre a annoncé son départ le 31 décembre.", ("", "", "")),
    ("Le ministre a confirmé sa participation à la grève dimanche.", ("", "", "")),
    ("Le ministre a confirmé son procès dimanche.", ("", "", "")),
    ("Le syndicat a exprimé sa colère dimanche.", ("2017-01-22", "relative", "dimanche")),
    # Relative to an event the text never dates: unknown, not the previous anchor.
    ("Moscou avait affirmé dès le lendemain de l'élection que ces informations étaient fausses.",
     ("", "", "le lendemain de l'élection")),
])
def test_statement_date(text, expected):
    table = speech.statements_in_text(text, published=TUESDAY)
    assert len(table) == 1
    row = table.iloc[0]
    assert (row.date, row.date_basis, row.date_text) == expected


def test_relative_to_the_previous_anchor():
    text = ("Le Pentagone avait démenti dimanche l'annonce de Moscou. Mais le lendemain, "
            "le porte-parole de la Maison Blanche, Sean Spicer, s'est dit ouvert à une coopération. "
            "« Nous sommes preneurs », a affirmé Sean Spicer lors de sa première conférence de presse.")
    table = speech.statements_in_text(text, published=TUESDAY)
    assert table.date.tolist() == ["2017-01-22", "2017-01-23", "2017-01-23"]
    assert table.date_basis.tolist() == ["relative", "relative", "relative"]
    assert "same speaker" in table.date_anchor.iloc[2]


def test_plus_tot_en_journee_is_the_previous_day():
    text = ("« Il n'y a pas d'accord », a déclaré hier John Kirby. Plus tôt en journée, "
            "Sergueï Choïgou avait indiqué que la Russie proposait des frappes.")
    table = speech.statements_in_text(text, published=date(2016, 5, 21))
    assert table.date.tolist() == ["2016-05-20", "2016-05-20"]


def test_no_publication_date_leaves_relative_dates_empty():
    table = speech.statements_in_text("Le Pentagone a démenti dimanche ces informations.", published=None)
    assert table.date.iloc[0] == "" and table.published.iloc[0] == ""
    table = speech.statements_in_text("Le 16 février 2017, Moscou a démenti ces informations.", published=None)
    assert table.date.iloc[0] == "2017-02-16"


@pytest.mark.parametrize("text, kinds", [
    ("hier et avant-hier", ["publication", "publication"]),
    ("lundi 16 janvier 2017", ["full"]),
    ("la veille et le lendemain", ["previous", "previous"]),
    ("Dimanche soir", ["weekday"]),
    ("la veille de la visite", ["event"]),
    ("la veille du sommet du 12 avril", ["event", "daymonth"]),
    ("dans la nuit du vendredi 9 au samedi 10 septembre", ["daymonth"]),
])
def test_expressions(text, kinds):
    assert [x.kind for x in dating.expressions(text)] == kinds


def test_impossible_dates_do_not_resolve():
    (expr,) = dating.expressions("le 31 février")
    assert dating.resolve(expr, published=TUESDAY, previous=None) is None


def test_event_with_a_date_resolves_from_it():
    exprs = dating.expressions("la veille du sommet du 12 avril")
    event = next(x for x in exprs if x.kind == "event")
    assert dating.resolve(event, published=date(2017, 4, 13), previous=None) == date(2017, 4, 11)
