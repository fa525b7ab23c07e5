"""Sentence boundaries on French press text, with offsets."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import corpus, paths
from helpers.corpus import sentences
from helpers.sentences import quote_spans


def split(text: str) -> list[str]:
    return [text[s:e] for s, e in sentences(text)]


@pytest.mark.parametrize("sentence, expected", [
    # a quotation ending in "." then its attribution: one sentence
    ("« Il n'y a pas d'accord pour conduire des frappes communes avec la Russie en Syrie\xa0», "
     "a déclaré hier le porte-parole du département d'État, John Kirby. En revanche, il discute.",
     ["« Il n'y a pas d'accord pour conduire des frappes communes avec la Russie en Syrie\xa0», "
      "a déclaré hier le porte-parole du département d'État, John Kirby.", "En revanche, il discute."]),
    ("« Nous ne collaborons pas. », a indiqué un porte-parole du Pentagone. Il a précisé sa pensée.",
     ["« Nous ne collaborons pas. », a indiqué un porte-parole du Pentagone.", "Il a précisé sa pensée."]),
    ('"Pour le moment, nous ne coordonnons pas nos opérations.", a tempéré ce responsable. Fin.',
     ['"Pour le moment, nous ne coordonnons pas nos opérations.", a tempéré ce responsable.', "Fin."]),
    # "!" or "?" inside a quotation before "a-t-il dit": not an end
    ('"Nous sommes preneurs !", a affirmé Sean Spicer. Il a souri.',
     ['"Nous sommes preneurs !", a affirmé Sean Spicer.', "Il a souri."]),
    ("« Pourquoi attendre ? » a-t-il dit aux journalistes. La séance a été levée.",
     ["« Pourquoi attendre ? » a-t-il dit aux journalistes.", "La séance a été levée."]),
    ("“Jamais !”, a lancé le ministre. Puis il est parti.",
     ["“Jamais !”, a lancé le ministre.", "Puis il est parti."]),
    # several sentences inside one quotation stay with their attribution
    ("« Et nous nous tournons vers la Russie. C'est son rôle. », a-t-il dit. Le débat continue.",
     ["« Et nous nous tournons vers la Russie. C'est son rôle. », a-t-il dit.", "Le débat continue."]),
    # a quotation that ends the sentence, then a new one
    ("« Nous ne collaborons pas. » Le Pentagone a rejeté l'offre.",
     ["« Nous ne collaborons pas. »", "Le Pentagone a rejeté l'offre."]),
    # abbreviations and initials
    ("M. Kerry a rencontré Mme Merkel et J.-M. Ayrault. Ils ont parlé de la Syrie.",
     ["M. Kerry a rencontré Mme Merkel et J.-M. Ayrault.", "Ils ont parlé de la Syrie."]),
    ("Le Dr. Martin et le général J. Dunford sont arrivés. La réunion a commencé.",
     ["Le Dr. Martin et le général J. Dunford sont arrivés.", "La réunion a commencé."]),
    ("a annoncé jeudi Mme Baldanza, ajoutant que les Etats-Unis discutent. Selon elle, rien ne change.",
     ["a annoncé jeudi Mme Baldanza, ajoutant que les Etats-Unis discutent.", "Selon elle, rien ne change."]),
    # an elision inside a quotation
    ('Le commandement "a reçu de la partie américaine (...) les coordonnées des cibles" (nord), a affirmé le ministère. Fin.',
     ['Le commandement "a reçu de la partie américaine (...) les coordonnées des cibles" (nord), a affirmé le ministère.', "Fin."]),
    ("« nous discutons avec nos homologues russes (...) de propositions », a-t-il ajouté.",
     ["« nous discutons avec nos homologues russes (...) de propositions », a-t-il ajouté."]),
    # non-breaking spaces before ? and inside « »
    ("Une nouvelle entente militaire est-elle en train de se nouer\xa0? Le Pentagone avait démenti dimanche.",
     ["Une nouvelle entente militaire est-elle en train de se nouer\xa0?", "Le Pentagone avait démenti dimanche."]),
    # numbers are not ends
    ("Il a débloqué 3.5 millions de dollars. Le reste suivra.",
     ["Il a débloqué 3.5 millions de dollars.", "Le reste suivra."]),
    # ellipsis and exclamations in a reader's capitals
    ("PAUVRE PEUPLE SYRIEN... TU EN PAIES CHEREMENT LE PRIX !!!",
     ["PAUVRE PEUPLE SYRIEN...", "TU EN PAIES CHEREMENT LE PRIX !!!"]),
    # hard-wrapped wire copy: a newline inside a sentence is a space
    ("PARIS, 14 juillet (Reuters) - Les Etats-Unis proposent \nd'accroître leur coopération, \n"
     "rapporte jeudi le Washington Post.  \n    L'extension de cette coopération serait un tournant.",
     ["PARIS, 14 juillet (Reuters) - Les Etats-Unis proposent \nd'accroître leur coopération, \n"
      "rapporte jeudi le Washington Post.", "L'extension de cette coopération serait un tournant."]),
    ("J'aurai des commentaires, en allant à \nMoscou, pour rencontrer ce soir Vladimir Poutine.",
     ["J'aurai des commentaires, en allant à \nMoscou, pour rencontrer ce soir Vladimir Poutine."]),
    # ... but a short heading the scrape left with a trailing space is a line of its own
    ("Objectif Carnaval 2022 \nPour le préfet, le carnaval est déjà en point de mire.",
     ["Objectif Carnaval 2022", "Pour le préfet, le carnaval est déjà en point de mire."]),
    ("Objectif Carnaval 2022 \r\nPour le préfet, le carnaval est déjà en point de mire.",
     ["Objectif Carnaval 2022", "Pour le préfet, le carnaval est déjà en point de mire."]),
    # (not a wrapped line of prose, nor one among wrapped lines)
    ("Le maire de Romans Marc \nVallon a annoncé mardi qu'il renonçait au projet.",
     ["Le maire de Romans Marc \nVallon a annoncé mardi qu'il renonçait au projet."]),
    ("Le porte-parole du Kremlin Dmitri \r\nPeskov a déclaré que \r\nMoscou attendait.",
     ["Le porte-parole du Kremlin Dmitri \r\nPeskov a déclaré que \r\nMoscou attendait."]),
    ("Les Etats-Unis proposent de \nMoscou une trêve.", ["Les Etats-Unis proposent de \nMoscou une trêve."]),
    # a line of a web page without final punctuation (a title) is its own sentence
    ("Washington écarte des frappes communes\nLes États-Unis écartent la possibilité.",
     ["Washington écarte des frappes communes", "Les États-Unis écartent la possibilité."]),
    # a blank line always ends a sentence
    ("« Une citation ouverte\n\nqui ne ferme pas.", ["« Une citation ouverte", "qui ne ferme pas."]),
    # selon, negation, conditional
    ("Selon lui, Moscou ne serait pas prêt. Le Kremlin n'a pas réagi.",
     ["Selon lui, Moscou ne serait pas prêt.", "Le Kremlin n'a pas réagi."]),
])
def test_sentences(sentence, expected):
    assert split(sentence) == expected


def test_offsets_are_absolute_within_a_range():
    text = "Titre\n\nPremière phrase. Deuxième phrase.\n\nFin."
    start = text.index("Première")
    end = text.index("\n\nFin")
    spans = sentences(text, start=start, end=end)
    assert [text[s:e] for s, e in spans] == ["Première phrase.", "Deuxième phrase."]
    assert spans[0][0] == start


def test_seed_quote_sentence_is_whole():
    article = next(corpus.iter_articles(paths.SEEDS / "002_8c9587fee2a1cf91.txt"))
    got = [article.text[s:e] for s, e in article.sentences()]
    assert ("«\xa0Il n'y a pas d'accord pour conduire des frappes communes avec la Russie en Syrie\xa0», "
            "a déclaré hier le porte-parole du département d'État, John Kirby.") in got
    assert all(not t[0].isspace() and not t[-1].isspace() for t in got)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("aB. «»\"“”'\n\xa0!?…():-,") + ["M.", "Mme", "J.-M.", "(...)", "a-t-il dit",
                                                                   "\n\n", "  ", "Il a dit."]),
                max_size=80).map("".join))
def test_sentences_cover_every_visible_character_once(text):
    spans = sentences(text)
    pos = 0
    for s, e in spans:
        assert pos <= s < e <= len(text)
        assert not text[s].isspace() and not text[e - 1].isspace()
        assert text[pos:s].strip() == ""
        pos = e
    assert text[pos:].strip() == ""


@pytest.mark.parametrize("sentence, expected", [
    # common words that look like abbreviations still end a sentence
    ("Il a regardé la mer. Le navire était loin.", ["Il a regardé la mer.", "Le navire était loin."]),
    ("Ils étaient sept. Le huitième manquait.", ["Ils étaient sept.", "Le huitième manquait."]),
    ("C'est un vol. La police enquête.", ["C'est un vol.", "La police enquête."]),
    # acronyms end a sentence, initials do not
    ("Le texte a été adopté à l'ONU. Les États-Unis se sont abstenus.",
     ["Le texte a été adopté à l'ONU.", "Les États-Unis se sont abstenus."]),
    ("Selon l'envoyé spécial de l'ONU Staffan de Mistura, rien n'est réglé. Mme Zakharova dément.",
     ["Selon l'envoyé spécial de l'ONU Staffan de Mistura, rien n'est réglé.", "Mme Zakharova dément."]),
])
def test_sentences_words_and_acronyms(sentence, expected):
    assert split(sentence) == expected


@pytest.mark.parametrize("text, expected", [
    # A closing mark dropped by the scrape: the quotation runs to the end of its paragraph.
    ('Il a réagi sur Twitter : "Pas d\'accord signifie plus de guerre.\n\nLa suite.',
     ['"Pas d\'accord signifie plus de guerre.']),
    ("Il a dit « non merci\n\nLa suite.", ["« non merci\n"]),
    # An excerpt that stops mid-quotation.
    ('Il a dit : "Israël soutient la décision de rejeter l\'accord d', ['"Israël soutient la décision de rejeter l\'accord d']),
    # Paired quotations are unchanged; a mark that closes (after a word) opens nothing.
    ("Il a dit « oui » et « non ».", ["« oui »", "« non »"]),
    ('le mot" final est là', []),
    ('Il a dit " non', []),
])
def test_unclosed_quotation_runs_to_the_end_of_its_paragraph(text, expected):
    assert [text[a:b + 1] for a, b in quote_spans(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # straight single quotes as quotation marks; apostrophes inside words are neither
    ("Ils 'fournissent une clarification et des garanties'.", ["'fournissent une clarification et des garanties'"]),
    ("cela 'ne rouvre pas l'accord de retrait', a-t-il dit.", ["'ne rouvre pas l'accord de retrait'"]),
    ("Aujourd'hui l'accord est signé.", []),
    ("Il a dit 'non' hier.", ["'non'"]),
    ("« Il n'a pas dit 'non' », selon lui.", ["« Il n'a pas dit 'non' »"]),
    ('"Il a dit \'non\' hier", a-t-il dit.', ['"Il a dit \'non\' hier"']),
])
def test_single_quotes(text, expected):
    assert [text[a:b + 1] for a, b in quote_spans(text)] == expected
