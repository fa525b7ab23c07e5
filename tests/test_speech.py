"""Reported speech: real French press phrasings -> speaker, organisation, country, kind, content."""
from __future__ import annotations

import warnings
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import actors, corpus, paths, speech

PUBLISHED = date(2017, 1, 24)
DOD = "US Department of Defense"
STATE = "US Department of State"


@pytest.fixture(scope="module")
def register():
    return actors.load_register()


def tag(text, register, published=PUBLISHED):
    table = speech.statements_in_text(text, published=published, register=register)
    for row in table.itertuples():
        assert text[row.start:row.end] == row.text
    return [
        (r.speaker, r.organization, r.country, r.kind, r.text)
        for r in table.itertuples()
    ]


CASES = [
    # Direct quotes, inverted verb clause after the quotation, apposition gives the name.
    ("« Nous ne coordonnons pas nos frappes avec la Russie », a déclaré le porte-parole du Pentagone, Jeff Davis.",
     [("Jeff Davis", DOD, "US", "direct", "Nous ne coordonnons pas nos frappes avec la Russie")]),
    ("“Nous sommes prêts à coopérer”, a affirmé Vladimir Poutine.",
     [("Vladimir Putin", "Kremlin", "RU", "direct", "Nous sommes prêts à coopérer")]),
    ('"Nous frappons les terroristes partout", a déclaré jeudi le général Igor Konachenkov, porte-parole du ministère russe de la Défense.',
     [("Igor Konachenkov", "Russian Ministry of Defence", "RU", "direct", "Nous frappons les terroristes partout")]),
    # Split quote around the verb clause: two parts, one speaker.
    ("« Ce n'est pas le moment », a déclaré John Kerry, « mais nous restons ouverts ».",
     [("John Kerry", STATE, "US", "direct", "Ce n'est pas le moment"),
      ("John Kerry", STATE, "US", "direct", "mais nous restons ouverts")]),
    # Verb clause before the quotation.
    ("Sergueï Lavrov a déclaré : « Nous attendons des propositions concrètes. »",
     [("Sergueï Lavrov", "Russian Ministry of Foreign Affairs", "RU", "direct", "Nous attendons des propositions concrètes.")]),
    # Indirect speech, que-clause, tenses and spellings.
    ("Le ministre russe des Affaires étrangères Sergueï Lavrov a estimé que la coopération était possible.",
     [("Sergueï Lavrov", "Russian Ministry of Foreign Affairs", "RU", "indirect", "la coopération était possible")]),
    ("Sergei Shoigu avait affirmé que l'armée russe allait se retirer.",
     [("Sergueï Choïgou", "Russian Ministry of Defence", "RU", "indirect", "l'armée russe allait se retirer")]),
    ("Mme Baldanza a précisé que le Pentagone respecterait le mémorandum.",
     [("Michelle Baldanza", DOD, "US", "indirect", "le Pentagone respecterait le mémorandum")]),
    ("Le porte-parole du Kremlin, Dmitri Peskov, a dit que rien n'était décidé.",
     [("Dmitri Peskov", "Kremlin", "RU", "indirect", "rien n'était décidé")]),
    ("Dans un communiqué, le ministère russe de la Défense a affirmé que des avions américains avaient participé aux frappes.",
     [("Russian Ministry of Defence", "Russian Ministry of Defence", "RU", "indirect",
       "des avions américains avaient participé aux frappes")]),
    ("Bachar al-Assad a affirmé dans une interview que la Syrie gagnerait la guerre.",
     [("Bachar al-Assad", "Syrian government", "SY", "indirect", "la Syrie gagnerait la guerre")]),
    # Hard-wrapped wire copy.
    ("Le porte-parole du Kremlin Dmitri \nPeskov a déclaré que \nMoscou attendait.",
     [("Dmitri Peskov", "Kremlin", "RU", "indirect", "Moscou attendait")]),
    # Infinitive and de + infinitive complements.
    ("Le Kremlin a annoncé vendredi avoir reçu les propositions américaines.",
     [("Kremlin", "Kremlin", "RU", "indirect", "avoir reçu les propositions américaines")]),
    ("Moscou a proposé aux États-Unis d'effectuer des frappes conjointes.",
     [("Russian government", "Russian government", "RU", "indirect", "effectuer des frappes conjointes")]),
    ("La Russie s'est dite prête à coopérer avec la coalition.",
     [("Russia", "Russian government", "RU", "indirect", "prête à coopérer avec la coalition")]),
    # Inverted subject after an indirect statement; metonymy and coordinated speakers.
    ("Washington écarte toute coopération militaire avec Moscou, a indiqué le département d'État.",
     [(STATE, STATE, "US", "indirect", "Washington écarte toute coopération militaire avec Moscou")]),
    ("Les États-Unis refusent de frapper avec la Russie, ont indiqué hier le Pentagone et le département d'État.",
     [(DOD, DOD, "US", "indirect", "Les États-Unis refusent de frapper avec la Russie")]),
    ("Il s'agit d'un tournant majeur, rapporte le Washington Post.",
     [("Washington Post", "Washington Post", "", "indirect", "Il s'agit d'un tournant majeur")]),
    ("L'ambassadeur russe à l'ONU, Vitali Tchourkine, a accusé Washington de soutenir les terroristes.",
     [("Vitali Tchourkine", "Russian Ministry of Foreign Affairs", "RU", "indirect", "Washington de soutenir les terroristes")]),
    # An incise inside the reported clause: the content spans the clause, frame included.
    ("Les discussions, a précisé Sergueï Lavrov, se poursuivront la semaine prochaine.",
     [("Sergueï Lavrov", "Russian Ministry of Foreign Affairs", "RU", "indirect",
       "Les discussions, a précisé Sergueï Lavrov, se poursuivront la semaine prochaine")]),
    ("« Pourquoi maintenant ? », a demandé le président turc Recep Tayyip Erdogan.",
     [("Recep Tayyip Erdogan", "Turkish government", "TR", "direct", "Pourquoi maintenant ?")]),
    ("Le groupe dit État islamique a revendiqué l'attentat.",
     [("Islamic State", "Islamic State", "", "attributed", "l'attentat")]),
    # Denials and refusals with a noun-phrase object, passive denial.
    ("Moscou a démenti ces informations.",
     [("Russian government", "Russian government", "RU", "attributed", "ces informations")]),
    ("Les États-Unis démentent tout bombardement aux côtés des Russes.",
     [("United States", "US government", "US", "attributed", "tout bombardement aux côtés des Russes")]),
    ("Le Pentagone a rejeté l'offre russe, soulignant que les États-Unis ne collaboraient pas avec Moscou.",
     [(DOD, DOD, "US", "attributed", "l'offre russe"),
      (DOD, DOD, "US", "indirect", "les États-Unis ne collaboraient pas avec Moscou")]),
    ("La déclaration de Moscou a été démentie par le Pentagone.",
     [(DOD, DOD, "US", "attributed", "La déclaration de Moscou")]),
    ("Sergueï Choigou a annoncé la fin de l'opération.",
     [("Sergueï Choïgou", "Russian Ministry of Defence", "RU", "attributed", "la fin de l'opération")]),
    # "selon", "d'après": sources that speak; a communiqué is its author speaking.
    ("Selon le Kremlin, les deux présidents se sont entretenus par téléphone.",
     [("Kremlin", "Kremlin", "RU", "attributed", "les deux présidents se sont entretenus par téléphone")]),
    ("Les frappes ont fait au moins 20 morts, selon l'Observatoire syrien des droits de l'homme (OSDH).",
     [("Syrian Observatory for Human Rights (OSDH)", "Syrian Observatory for Human Rights (OSDH)", "", "attributed",
       "Les frappes ont fait au moins 20 morts")]),
    ("Selon un communiqué de l'armée russe, 22 cibles ont été visées.",
     [("Russian Ministry of Defence", "Russian Ministry of Defence", "RU", "attributed", "22 cibles ont été visées")]),
    ("D'après Mme Baldanza, les vols se poursuivront.",
     [("Michelle Baldanza", DOD, "US", "attributed", "les vols se poursuivront")]),
    ("Pour le Kremlin, il s'agit d'une provocation.",
     [("Kremlin", "Kremlin", "RU", "attributed", "il s'agit d'une provocation")]),
    ("Pour la première fois, les avions de la coalition ont frappé Raqqa.", []),
    ("Pour le ministre syrien des Affaires étrangères, Walid Mouallem, il s'agit d'une \"agression flagrante\".",
     [("Walid Mouallem", "Syrian Ministry of Foreign Affairs", "SY", "attributed", 'il s\'agit d\'une "agression flagrante"')]),
    # Subject before a comma: a name or a role apposition, not a reported clause.
    ('La représentante américaine à l\'ONU, Samantha Power, a pour sa part dénoncé une "manœuvre" de Moscou.',
     [("Samantha Power", STATE, "US", "attributed", 'une "manœuvre" de Moscou')]),
    # A wire dateline before the subject.
    ("MOSCOU, 18 septembre (AFP) - La Russie a accusé dimanche la coalition d'avoir bombardé l'armée syrienne.",
     [("Russia", "Russian government", "RU", "indirect", "la coalition d'avoir bombardé l'armée syrienne")]),
    # Unknown speakers are still found; the apposition gives the organisation.
    ("« Nous discutons », a déclaré le porte-parole du ministère des Affaires étrangères, Jean Dupont.",
     [("Jean Dupont", "ministère des Affaires étrangères", "", "direct", "Nous discutons")]),
    ("Le porte-parole du ministère russe des Affaires étrangères, Ivan Petrov, a indiqué que Moscou attendait des propositions.",
     [("Ivan Petrov", "Russian Ministry of Foreign Affairs", "RU", "indirect", "Moscou attendait des propositions")]),
    # Anonymous sources speak for their institution, or for nobody named.
    ("Un haut responsable du département d'État a déclaré que les discussions se poursuivaient.",
     [(STATE, STATE, "US", "indirect", "les discussions se poursuivaient")]),
    ("Selon des sources militaires, l'offensive a commencé.",
     [("", "", "", "attributed", "l'offensive a commencé")]),
    ('"Nous regrettons ces morts", a affirmé un responsable américain sous couvert d\'anonymat.',
     [("", "", "US", "direct", "Nous regrettons ces morts")]),
    # Sentences that must yield nothing.
    ("Le président a déclaré la guerre au terrorisme.", []),
    ("Au moins 300 000 personnes ont été tuées, selon les chiffres de l'ONU.", []),
    ("Les « groupes terroristes » continuent de frapper la région.", []),
    ('Washington prêt à "une opération militaire conjointe" avec la Russie', []),
    ("Éradiquer l'EI, \"avec n'importe quel pays, que ce soit la Russie ou un autre\"", []),
    ("L'annonce de Moscou a surpris les diplomates.", []),
    ("Il n'a pas dit que la Russie mentait.", []),
    ("La Russie n'a pas démenti ces informations.", []),
]


@pytest.mark.parametrize("sentence, expected", CASES)
def test_statement_table(sentence, expected, register):
    assert tag(sentence, register) == expected


CONTEXT_CASES = [
    # Pronouns resolve to the nearest compatible earlier speaker (gender, number).
    ("Sergueï Lavrov a déclaré que Moscou était prêt. « Il n'y a pas d'accord », a-t-il ajouté.",
     [("Sergueï Lavrov", "indirect", "Moscou était prêt"),
      ("Sergueï Lavrov", "direct", "Il n'y a pas d'accord")]),
    ("La porte-parole du Pentagone Michelle Baldanza a déclaré que les vols continueraient. "
     "John Kerry a affirmé que rien n'était décidé. Selon elle, le mémorandum reste en vigueur.",
     [("Michelle Baldanza", "indirect", "les vols continueraient"),
      ("John Kerry", "indirect", "rien n'était décidé"),
      ("Michelle Baldanza", "attributed", "le mémorandum reste en vigueur")]),
    # Role nouns resolve to the earlier speaker holding that role.
    ("Sergueï Choïgou a proposé des frappes communes. « Il faut agir vite », a déclaré le ministre.",
     [("Sergueï Choïgou", "attributed", "des frappes communes"),
      ("Sergueï Choïgou", "direct", "Il faut agir vite")]),
    ("Un haut responsable du département d'État a déclaré que Kerry irait à Moscou. "
     "« Nous ne coordonnons pas nos opérations », a tempéré ce responsable.",
     [(STATE, "indirect", "Kerry irait à Moscou"), (STATE, "direct", "Nous ne coordonnons pas nos opérations")]),
    # An institution's communiqué names itself in the third person.
    ("Les États-Unis démentent tout bombardement. « Le département de la Défense ne coordonne pas les frappes », "
     "a-t-il déclaré dans un communiqué.",
     [("United States", "attributed", "tout bombardement"),
      (DOD, "direct", "Le département de la Défense ne coordonne pas les frappes")]),
    # A refusal to comment is the subject's statement.
    ("Sergueï Choïgou a annoncé des frappes. Le ministre n'a pas souhaité faire de commentaire.",
     [("Sergueï Choïgou", "attributed", "des frappes"),
      ("Sergueï Choïgou", "attributed", "n'a pas souhaité faire de commentaire")]),
    # A pronoun can refer to the subject of a sentence without speech.
    ("Le chef de la diplomatie américaine n'était pas disponible. « J'en parlerai à Moscou », a-t-il dit.",
     [("John Kerry", "direct", "J'en parlerai à Moscou")]),
    # The speaker of a quotation standing alone comes from the sentence after it or before it.
    ("« Nous ne partirons pas. » C'est ce qu'a affirmé jeudi Sergueï Lavrov.",
     [("Sergueï Lavrov", "direct", "Nous ne partirons pas.")]),
    ("Sergueï Choïgou a répondu :\n\n« Nous verrons bien. »\n\nLe temps est beau.",
     [("Sergueï Choïgou", "direct", "Nous verrons bien.")]),
    # Participial clauses continue the main speaker.
    ('"Nous n\'envisageons aucune opération", a annoncé jeudi Mme Baldanza, ajoutant que les discussions continuaient.',
     [("Michelle Baldanza", "direct", "Nous n'envisageons aucune opération"),
      ("Michelle Baldanza", "indirect", "les discussions continuaient")]),
]


@pytest.mark.parametrize("text, expected", CONTEXT_CASES)
def test_statements_in_context(text, expected, register):
    table = speech.statements_in_text(text, published=date(2016, 7, 14), register=register)
    assert [(r.speaker, r.kind, r.text) for r in table.itertuples()] == expected


def test_columns_and_empty_input(register):
    table = speech.statements_in_text("", register=register)
    assert list(table.columns) == speech.COLUMNS
    assert table.empty
    table = speech.statements_in_text("« Non », a dit Vladimir Poutine.", register=register)
    assert list(table.columns) == speech.COLUMNS
    assert table.loc[0, "stance"] == "none" and table.loc[0, "target"] == ""


@pytest.fixture(scope="module")
def seeds():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return corpus.load_articles(paths.SEEDS, metadata=paths.ARTICLES_CSV)


def test_offsets_slice_every_seed_statement(seeds, register):
    tagged = speech.tag(seeds.items, register=register)
    assert len(tagged) >= 25
    texts = {a.id: a.text for a in seeds.items}
    for row in tagged.itertuples():
        assert texts[row.article][row.start:row.end] == row.text
        assert row.kind in {"direct", "indirect", "attributed"}
        assert row.start < row.end


def test_boilerplate_and_duplicates_are_not_tagged(seeds, register):
    tagged = speech.tag(seeds.items, register=register)
    for art in seeds.items:
        p = art.paragraphs
        skipped = p[(p.part != "press") | p.role.isin(speech.SKIP_ROLES)]
        rows = tagged[tagged.article == art.id]
        for s, e in zip(skipped.start, skipped.end):
            assert not ((rows.start >= s) & (rows.end <= e)).any()


def test_same_statement_in_two_articles_shares_an_utterance(seeds, register):
    tagged = speech.tag(seeds.items, register=register)
    coordinate = tagged[tagged.text.str.contains("ne coordonne pas les frappes")]
    assert coordinate.article.nunique() == 2
    assert coordinate.utterance.nunique() == 1
    others = tagged[~tagged.text.str.contains("ne coordonne pas les frappes")]
    assert coordinate.utterance.iloc[0] not in set(others.utterance)


def test_link_utterances_never_links_within_one_article():
    import pandas as pd
    rows = pd.DataFrame({
        "article": ["a", "a", "b"], "start": [0, 50, 0], "speaker": ["X", "X", "X"],
        "country": ["US", "US", "US"], "date": ["2017-01-22", "2017-01-22", "2017-01-30"],
        "text": ["nous ne coordonnons pas les frappes avec la Russie"] * 3,
    })
    out = speech.link_utterances(rows)
    assert out.utterance.tolist() == ["u0001", "u0002", "u0003"]  # same article; 8 days apart


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_any_unicode_gives_a_table(text):
    table = speech.statements_in_text(text)
    assert list(table.columns) == speech.COLUMNS
    for row in table.itertuples():
        assert text[row.start:row.end] == row.text


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from([
    "« Nous refusons », a déclaré Sergueï Lavrov.", "Selon elle,", " le Pentagone a démenti ",
    "que ", "« ", " »", '"', ", a-t-il dit", "Moscou", " hier", "\n\n", ". ", "d'après M. X",
    "Un haut responsable", " a indiqué que", "lundi", "la veille", ":", "(...)",
]), max_size=25))
def test_press_like_noise_gives_a_table(parts):
    text = "".join(parts)
    table = speech.statements_in_text(text, published=PUBLISHED)
    for row in table.itertuples():
        assert text[row.start:row.end] == row.text
