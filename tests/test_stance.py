"""Stance coding: table tests of real French press phrasings, one general rule per table."""
from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import actors, paths, speech, stance

BOOK = stance.load_codebook()
TARGET = "us_russia_military_cooperation"


def one(text: str, *, country: str = "", cue: str = "a déclaré", speaker: str = "X",
        speaker_type: str = "", book=BOOK) -> pd.Series:
    """Code one statement whose content is the whole sentence."""
    df = pd.DataFrame([{"article": "a", "start": 0, "end": len(text), "text": text, "cue": cue,
                        "speaker": speaker, "country": country, "speaker_type": speaker_type}])
    return stance.code(df, codebook=book).iloc[0]


# --- favor: proposes, supports, accepts (also conditionally), or asserts that it happens --------
@pytest.mark.parametrize("sentence, country", [
    ("S'il y a une possibilité de combattre l'Etat islamique avec n'importe quel pays, que ce soit "
     "la Russie ou un autre, et que nous partageons un intérêt national sur la question, alors bien "
     "sûr, nous sommes preneurs", "US"),
    ("ouvert à se joindre militairement à la Russie", "US"),
    ("Moscou serait prêt à coordonner ses frappes avec Washington en Syrie", "RU"),
    ("la Russie proposait aux États-Unis et à la coalition internationale menée par Washington "
     "d'effectuer des frappes aériennes ensemble à partir du 25 mai", "RU"),
    ("Moscou avait toujours plaidé en faveur de cette action conjointe avec Washington, et avait même "
     "regretté que Washington ait à l'époque rejeté ses propositions", "RU"),
    ("Moscou était prêt à conjuguer ses efforts avec la coalition internationale dirigée par les "
     "Etats-Unis et avec les milices kurdes", "RU"),
    ("Nous n'excluons pas une coopération militaire avec la Russie", "US"),
    ("le commandement du contingent aérien russe a reçu « de la partie américaine (...) les "
     "coordonnées des cibles de l'EI situées près d'Al-Bab »", "RU"),
    ("Deux avions des forces aériennes russes et deux avions de la coalition internationale ont "
     "ensuite effectué des frappes aériennes contre les sites des terroristes", "RU"),
    ("toujours s'appuyer sur les renseignements américains", "RU"),
    ("Les Etats-Unis proposent d'accroître sensiblement leur coopération militaire et leur partage de "
     "renseignements avec la Russie", "US"),
    ("Washington et Moscou devraient créer un centre de coordination commun pour leurs frappes", "FR"),
    ("Le Kremlin a salué la proposition américaine de coopération militaire en Syrie", "RU"),
    ("La Russie se dit prête à partager des renseignements avec les Etats-Unis", "RU"),
    ("Nous sommes disposés à travailler avec les Américains contre le terrorisme", "RU"),
    ("La Russie appelle les Etats-Unis à coordonner leurs frappes en Syrie", "RU"),
    ("Les Etats-Unis et la Russie sont parvenus à un accord sur la coordination de leurs frappes", "US"),
    # two negations on one word cancel
    ("Nous ne voyons aucune raison de ne pas coopérer avec la Russie", "US"),
    ("Nous n'agirons pas sans coordination avec les Russes", "US"),
    # "ne ... pas que" after a verb that takes no que-clause restricts ("not only"), no negation
    ("John Kerry a déclaré que les Etats-Unis ne coordonneront pas que leurs frappes aériennes avec la Russie", "US"),
    # a condition naming the truce does not make the joint strikes ceasefire diplomacy
    ("Si le cessez-le-feu est respecté pendant une semaine, Washington et Moscou lanceront des "
     "frappes conjointes contre les jihadistes", "US"),
    ("Une fois la trêve consolidée, nous coordonnerons nos frappes avec les Russes", "US"),
    # quote marks inside an expression are the journalist's
    ("Moscou reste « ouverte » à une coopération militaire avec les Etats-Unis", "RU"),
    ("Moscou est « disposée » à partager ses renseignements avec Washington", "RU"),
    # restoring suspended military channels
    ("Moscou est prêt à rétablir le mémorandum avec Washington si les frappes contre l'armée "
     "syrienne cessent", "RU"),
    # cooperation vocabulary: common coalition, joining efforts, working together
    ("La Russie et les États-Unis doivent former une coalition antiterroriste commune", "RU"),
    ("Les deux pays sont convenus d'unir leurs efforts dans la lutte contre le terrorisme", "RU"),
    ("Nous pouvons travailler ensemble avec les Américains contre l'Etat islamique", "RU"),
    ("Les contacts entre militaires russes et américains vont se poursuivre", "RU"),
    ("un centre russo-américain chargé de coordonner les frappes sera mis en place", "RU"),
    ("Moscou et Washington doivent combattre l'ennemi commun, le terrorisme international", "RU"),
    ("Les Américains coopèrent désormais avec nous contre Daech", "RU"),
    ("Cette frappe est un obstacle à la création d'une coalition antiterroriste avec les Etats-Unis", "RU"),
    # blaming another for not taking a side is no hedge
    ("Nous déplorons que Washington ne prenne pas position en faveur d'opérations militaires conjointes avec la Russie", "RU"),
])
def test_favor(sentence, country):
    row = one(sentence, country=country)
    assert (row["target"], row["stance"]) == (TARGET, "favor"), row["evidence"]


@pytest.mark.parametrize("sentence, country", [
    # negative concord: several negative words with one "ne" are one negation
    ("Nous n'avons jamais eu aucune coopération militaire avec la Russie", "US"),
    ("Il n'y aura ni coordination ni opération conjointe avec les Russes", "US"),
    ("Le Pentagone n'a pas non plus accepté de coordonner ses frappes avec Moscou", "US"),
])
def test_negative_concord(sentence, country):
    assert one(sentence, country=country)["stance"] == "against"


# --- against: rejects, refuses, denies, not the time, suspends ---------------------------------
@pytest.mark.parametrize("sentence, country", [
    ("Le département de la Défense ne coordonne pas les frappes aériennes avec l’armée russe en Syrie", "US"),
    ("Il n'y a pas d'accord pour conduire des frappes communes avec la Russie en Syrie", "US"),
    ("À ce jour, nous n'envisageons aucune opération militaire avec la Russie", "US"),
    ("Le ministère américain de la Défense n’envisage pas de mener une opération anti-Daech conjointe avec Moscou", "US"),
    ("Nous ne collaborons pas et nous ne coordonnons pas avec les Russes", "US"),
    ("les États-Unis ne « collaboraient pas » militairement avec les Russes en Syrie", "US"),
    ("Les États-Unis écartent la possibilité de mener des frappes communes avec la Russie en Syrie, "
     "mais discutent avec Moscou des moyens de mieux faire respecter la trêve", "US"),
    ("Ce n'est pas le moment de coordonner nos frappes avec Moscou", "US"),
    ("Pour le moment, nous ne coordonnons pas nos opérations militaires avec la Russie, et il n'est "
     "pas certain que nous conclurons un accord pour le faire", "US"),
    ("Washington a décidé de suspendre la coopération militaire avec Moscou en Syrie", "US"),
    ("Il n'y aura ni coordination ni opération conjointe avec les Russes", "US"),
    ("Nous ne sommes pas prêts à coopérer militairement avec la Russie", "US"),
    ("Une coopération militaire avec les Américains est hors de question", "RU"),
    ("Le seul canal de communication entre la coalition et la Russie en Syrie est la ligne de "
     "communication ouverte pour des raisons de sécurité afin d’éviter des incidents", "US"),
    ("Moscou a qualifié d'« irréaliste » l'idée d'une coordination avec Washington", "RU"),
    ("Washington a suspendu les discussions avec Moscou sur une coopération militaire en Syrie", "US"),
    ("Les Etats-Unis ont mis fin à leur coopération avec la Russie", "US"),
    ("Il n'y a aucune coopération militaire entre les Etats-Unis et la Russie en Syrie", "US"),
    ("Nous n'avons jamais coordonné nos frappes avec les Russes", "US"),
    ("Washington refuse toute coopération avec Moscou tant que les frappes sur les civils continuent", "US"),
    ("Nous ne pouvons pas coopérer avec la Russie", "US"),
    ("Washington accuse Moscou de mentir sur une prétendue coordination", "US"),
    ("Une coopération militaire avec Washington est impossible dans ces conditions", "RU"),
    ("Washington a fermé la porte à toute coopération militaire avec Moscou", "US"),
    ("Une coopération militaire avec la Russie n'est pas à l'ordre du jour", "US"),
    ("Une coopération avec la Russie n'est pas possible tant qu'Assad reste au pouvoir", "US"),
    # "not in a position to", "not yet the time"
    ("Nous ne sommes pas en position, pour l'instant, de collaborer au niveau militaire avec la Russie", "US"),
    ("Il n'est pas encore temps de coopérer militairement avec Moscou", "US"),
    ("Nous ne sommes pas encore prêts à partager nos renseignements avec les Russes", "US"),
    # contrast: deconfliction affirmed, cooperation denied (the deconfliction word does not
    # cancel the cooperation word across ", pas" / ", et non")
    ("Nous parlons de sécurité des vols avec les Russes, pas de coordination", "US"),
    ("Avec Moscou, c'est de la déconfliction, et non une coopération", "US"),
    # contacts restricted to avoiding incidents = deconfliction as the only contact
    ("Les deux armées resteront en contact, mais seulement pour prévenir les collisions", "US"),
    ("Nos militaires n'échangent avec les Russes que pour éviter les incidents dans le ciel syrien", "US"),
    # "ne ... pas que": the "pas" negates the wish, the "que" opens its clause (no restriction)
    ("Nous ne voulons pas que les Etats-Unis coordonnent leurs frappes avec la Russie", "US"),
    ("Nous ne pouvons pas accepter que les Etats-Unis coordonnent leurs frappes avec la Russie", "US"),
    ("Il ne faut pas que nos militaires coopèrent avec l'armée russe", "US"),
    ("Je ne souhaite pas que nos militaires coopèrent avec l'armée russe", "US"),
    # an excluded word in an adjunct of time or cause does not make it ceasefire diplomacy
    ("Washington a gelé sa coopération militaire avec Moscou, après la rupture de la trêve à Alep", "US"),
    # suspending the military channels (the deconfliction memorandum included)
    ("La Russie a suspendu le mémorandum sur la sécurité des vols conclu avec les Etats-Unis", "RU"),
    ("Washington suspend sa participation aux canaux bilatéraux mis en place avec Moscou", "US"),
    # the speaker's own refusal stays a refusal
    ("Nous rejetons toute coordination avec l'armée russe", "US"),
    ("La proposition russe de frappes communes est inacceptable", "US"),
    # taking a position, or blaming others for not taking one, is no hedge
    ("Nous n'hésiterons pas à prendre position contre toute coordination des frappes avec Moscou", "US"),
    ("Washington a tort de ne pas prendre position contre une coopération militaire avec la Russie", "RU"),
    # a contingency beside a refusal leaves the refusal
    ("Nous refusons toute coopération militaire avec la Russie, même en cas de succès des pourparlers", "US"),
])
def test_against(sentence, country):
    row = one(sentence, country=country)
    assert (row["target"], row["stance"]) == (TARGET, "against"), row["evidence"]


# --- whose refusal? blaming the other side argues for it; what it does; the harm of rejecting it;
# actions "contre" it -----------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, country, expected", [
    ("Le refus persistant de Washington de partager ses renseignements avec nous a coûté des vies", "RU", "favor"),
    ("Les Américains rejettent depuis des mois toute coordination de nos frappes", "RU", "favor"),
    ("C'est la conséquence du refus catégorique de la partie russe de coordonner ses raids avec la coalition", "US", "favor"),
    ("Washington ne veut pas coordonner ses frappes avec Moscou", "RU", "favor"),
    ("Nos propositions de coopération ont été rejetées par Washington", "RU", "favor"),
    ("Washington nous refuse depuis un an toute coordination des frappes", "RU", "favor"),
    ("La proposition de coopération de Moscou, nous la rejetons", "US", "against"),
    ("Moscou, dont nous refusons l'offre de coopération militaire, insiste", "US", "against"),
    # the speaker's own side refusing stays against
    ("Washington refuse toute coopération avec Moscou en Syrie", "US", "against"),
    ("Moscou a rejeté l'idée d'un commandement commun avec les Américains", "RU", "against"),
    # a judgement has no agent: the party named is the partner, the refusal is the speaker's
    ("Une coopération militaire avec les Américains est hors de question", "RU", "against"),
    # what it does: protects, respects (negated: does not respect), threatens
    ("La coopération militaire avec la Russie protège nos soldats", "US", "favor"),
    ("La coopération militaire avec la Russie ne respecte pas nos engagements", "US", "against"),
    ("La coopération militaire avec la Russie menace la sécurité de nos alliés", "US", "against"),
    # the harm of rejecting it speaks for it; rejecting a harmful thing does not
    ("Un rejet de la coopération militaire avec la Russie plongerait la région dans le chaos", "US", "favor"),
    ("L'abandon de la coopération militaire avec la Russie serait une erreur", "US", "favor"),
    ("Nous rejetons la coopération militaire avec la Russie, qui est une catastrophe", "US", "against"),
    ("Le rejet de la coopération militaire avec la Russie est une bonne nouvelle", "US", "against"),
    # a party expecting the other side to do it asks for it (not a forecast)
    ("Nous nous attendons à ce que la Russie coordonne ses frappes avec nous", "US", "favor"),
    # an action "contre" what follows it: against only when a topic term follows
    ("Nous lancerons une pétition contre toute coordination des frappes avec la Russie", "US", "against"),
    ("Des milliers de personnes ont manifesté contre la coopération militaire avec la Russie", "US", "against"),
    ("Je voterai contre la coopération militaire avec la Russie", "US", "against"),
    ("Républicains et démocrates s'unissent contre la coopération militaire avec la Russie", "US", "against"),
    # a stated opposition or hostility to it (not the parties of "l'opposition")
    ("Il a redit son opposition à la coopération militaire avec la Russie", "US", "against"),
    ("Le Congrès reste hostile à la coopération militaire avec la Russie", "US", "against"),
    ("L'opposition soutient la coopération militaire avec la Russie", "US", "favor"),
    # the fight against a third party: the topic term comes before, not after
    ("La coopération militaire avec la Russie est essentielle dans le combat contre l'Etat islamique", "US", "favor"),
])
def test_blaming_the_other_side_and_what_is_said_of_it(sentence, country, expected):
    row = one(sentence, country=country)
    assert (row["target"], row["stance"]) == (TARGET, expected), row["evidence"]


# --- disapproval reverses what it governs --------------------------------------------------------
@pytest.mark.parametrize("sentence, country, expected", [
    ("Moscou déplore la suspension de la coopération militaire avec les Etats-Unis", "RU", "favor"),
    ("Nous regrettons l'interruption de la coordination avec les Russes", "US", "favor"),
    ("Nous condamnons toute coopération militaire avec la Russie", "US", "against"),
    ("Le Kremlin dénonce le refus américain de coordonner les frappes", "RU", "favor"),
])
def test_disapproval(sentence, country, expected):
    row = one(sentence, country=country)
    assert (row["target"], row["stance"]) == (TARGET, expected), row["evidence"]


# --- a litotes before the verb of saying does not negate it ------------------------------------
@pytest.mark.parametrize("content, cue, expected", [
    ("la coopération militaire avec Washington", "n'a pas hésité à dénoncer", "against"),
    ("la coopération militaire avec Washington", "ne cesse de dénoncer", "against"),
    ("la coopération militaire avec Washington", "a dénoncé", "against"),
])
def test_litotes_before_the_verb(content, cue, expected):
    row = one(content, country="RU", cue=cue)
    assert (row["target"], row["stance"]) == (TARGET, expected), row["evidence"]


# --- someone else's position inside the content is not the speaker's -----------------------------
@pytest.mark.parametrize("sentence, country, expected", [
    # a participle with its agent reports another's refusal
    ("La coopération militaire avec la Russie, rejetée par une partie du Congrès, reste possible", "US", "favor"),
    ("Nous rejetons toute coopération militaire avec la Russie", "US", "against"),
    # softening undoes the evaluation after it
    ("Une coopération militaire avec la Russie dont nous avons voulu atténuer les risques", "US", "favor"),
    ("Une coopération militaire avec la Russie est un risque inutile", "US", "against"),
])
def test_other_positions_and_softening(sentence, country, expected):
    row = one(sentence, country=country)
    assert (row["target"], row["stance"]) == (TARGET, expected), row["evidence"]


@pytest.mark.parametrize("sentence, expected", [
    # "possible" said of the proposition accepts it; a superlative's "possible" does not
    ("Une coopération militaire avec la Russie est tout à fait possible", "favor"),
    ("Une coopération militaire avec la Russie reste possible", "favor"),
    ("Une coopération militaire avec la Russie n'est plus possible", "against"),
    ("Une coopération militaire avec la Russie serait le pire scénario possible", "against"),
    ("Une coopération militaire avec la Russie serait un désastre, il faut la limiter le plus possible", "against"),
    ("La coopération militaire avec la Russie aurait des effets dévastateurs", "against"),
    # "faux" said of a claim denies it; a fake document ("de faux certificats") does not
    ("C'est faux, nous ne coordonnons pas nos frappes avec la Russie", "against"),
    ("Une coordination militaire avec la Russie ? C'est totalement faux", "against"),
    ("Les affirmations sur une coordination militaire avec la Russie sont fausses", "against"),
    ("La coordination militaire avec la Russie passe par de faux documents", "favor"),
    # keeping talks going takes no side; keeping the thing itself supports it
    ("Nous maintiendrons le dialogue avec toutes les parties sur la coordination militaire avec la Russie", "neutral"),
    ("Nous poursuivrons les discussions sur la coordination militaire avec la Russie", "neutral"),
    ("Nous maintenons la coordination militaire avec la Russie", "favor"),
    # the proposition making progress, or fruitful, is for it (not how talks go)
    ("La coordination militaire avec la Russie est un progrès", "favor"),
    ("La coopération militaire avec la Russie a fait de réels progrès ces derniers mois", "favor"),
    ("Les échanges de renseignements dans la coopération militaire avec la Russie ont été fructueux", "favor"),
])
def test_cue_words_read_in_their_phrase(sentence, expected):
    row = one(sentence, country="US")
    assert (row["target"], row["stance"]) == (TARGET, expected), row["evidence"]


# --- the speech cue governs its content: reported refusals and denials --------------------------
@pytest.mark.parametrize("content, cue, expected", [
    # a proposal quoted inside a refusal: the outer speaker's refusal counts
    ("l'offre de Moscou de mener des frappes conjointes avec Washington", "a rejeté", "against"),
    ("l'annonce de Moscou d'une opération anti-EI conjointement menée avec Washington en Syrie", "avait démenti", "against"),
    ("tout bombardement aux côtés des Russes", "démentent", "against"),
    ("la proposition russe de frappes communes avec les Etats-Unis", "a écarté", "against"),
    ("d'effectuer des frappes aériennes conjointes avec les Etats-Unis", "a proposé", "favor"),
    ("une coordination des frappes avec les Américains", "n'a pas démenti", "favor"),
])
def test_speech_cue_governs(content, cue, expected):
    row = one(content, country="US" if "Moscou" in content or "Russes" in content else "RU", cue=cue)
    assert row["stance"] == expected, row["evidence"]


# --- neutral: no comment, too early, undecided, plain questions, relays --------------------------
@pytest.mark.parametrize("sentence, country, speaker_type", [
    ("Il est trop tôt pour parler d'une coopération militaire avec la Russie", "US", ""),
    ("Sur une éventuelle coordination des frappes avec Moscou, c'est ni oui ni non", "US", ""),
    ("n'a pas souhaité commenter une éventuelle coopération militaire avec la Russie", "US", ""),
    ("Allons-nous coopérer militairement avec la Russie en Syrie ?", "US", ""),
    ("Rien n'est encore décidé sur une coordination avec les Russes", "US", ""),
    ("Les Etats-Unis proposent d'accroître leur coopération militaire avec la Russie", "", "media"),
    # wait-and-see, careful examination, forecasts and risk assessments
    ("Il faudra attendre de voir si les Russes tiennent parole avant toute coordination des frappes", "US", ""),
    ("Le Pentagone étudiera de près la proposition russe de frappes conjointes", "US", ""),
    ("la bavure risque de torpiller le projet de centre de coordination russo-américain", "US", ""),
    # no-comment variants (a refusal word inside a no-comment is not a refusal)
    ("Le Kremlin a décliné tout commentaire sur une coordination avec Washington", "RU", ""),
    ("Moscou n'a ni confirmé ni démenti une coordination de ses frappes avec Washington", "RU", ""),
    ("Le Pentagone ne confirme pas que des frappes conjointes avec la Russie ont commencé", "US", ""),
    ("Washington n'a pas confirmé une coopération militaire avec Moscou", "US", ""),
    ("Le Pentagone prend acte de la proposition russe de frappes conjointes", "US", ""),
    # the procedure of a vote, not a side taken in it
    ("Le Congrès va reporter le vote sur la coopération militaire avec la Russie", "US", ""),
    # forecasts, up to the end of their clause
    ("Moscou s'est dit très pessimiste sur les chances d'une coopération militaire avec Washington", "RU", ""),
    ("Le Kremlin juge probable que Washington refuse toute coordination des frappes", "RU", ""),
    # nothing ruled out keeps every option open
    ("Le Kremlin n'a rien exclu sur une coordination des frappes avec Washington", "RU", ""),
    ("Le Kremlin n'a « rien exclu » sur une coordination des frappes avec Washington", "RU", ""),
    # a contingency is no outcome
    ("Le Congrès exige un plan alternatif en cas de rejet de la coopération militaire avec la Russie", "US", ""),
    # declining to take a side
    ("Notre rôle n'est pas de prendre parti sur une coordination des frappes avec Washington", "RU", ""),
    ("La mission de l'Église n'est pas de se positionner sur une coopération militaire avec la Russie", "US", ""),
    ("Sur une coordination des frappes avec Moscou, nous ne prenons pas position", "US", ""),
    ("Sur une coordination des frappes avec Moscou, nous ne sommes ni pour ni contre", "US", ""),
    ("Washington préfère ne pas prendre parti sur une coopération militaire avec la Russie", "US", ""),
    ("Nous avons décidé de ne pas prendre position sur une coopération militaire avec la Russie", "US", ""),
    ("Nous n'avons pas à prendre position sur une coopération militaire avec la Russie", "US", ""),
])
def test_neutral(sentence, country, speaker_type):
    row = one(sentence, country=country, speaker_type=speaker_type)
    assert (row["target"], row["stance"]) == (TARGET, "neutral"), row["evidence"]


@pytest.mark.parametrize("sentence, speaker, mention, speaker_id", [
    # observers (analysts, researchers) assess and forecast: they are not parties
    ("Les Russes obtiennent enfin d'être traités en égaux par les Américains : une coopération "
     "militaire leur est promise", "Anne Durand", "Anne Durand, chercheuse à l'IFRI", None),
    ("Washington n'a aucune envie de coordonner ses frappes avec Moscou", "Pierre Martin",
     "Pierre Martin, spécialiste de la Russie", None),
    # a person speaking for no state and absent from the register
    ("Moscou et Washington finiront par coordonner leurs frappes", "Paul Petit", "Paul Petit", ""),
    # polls describe opinion: the pollster, the people polled, a share of them
    ("Moscou et Washington doivent coordonner leurs frappes", "", "un sondage Ifop", None),
    ("coordonner les frappes avec la Russie serait une erreur", "", "62 % des Américains", None),
    ("les États-Unis ne doivent pas frapper avec la Russie", "", "la moitié des sondés", None),
    # a rating agency assesses a policy, it takes no side on it
    ("le refus de Washington de coordonner ses frappes avec Moscou est un risque", "Fitch", "l'agence Fitch", None),
    ("Washington refuse de coordonner ses frappes avec Moscou", "", "l'agence de notation", None),
])
def test_observers_are_neutral(sentence, speaker, mention, speaker_id):
    """(A share of a body is not a poll: see test_a_share_of_a_body_is_no_observer.)"""
    row = {"article": "a", "start": 0, "end": len(sentence), "text": sentence, "cue": "estime",
           "speaker": speaker, "speaker_mention": mention, "speaker_type": "person", "country": ""}
    if speaker_id is not None:
        row["speaker_id"] = speaker_id
    out = stance.code(pd.DataFrame([row]), codebook=BOOK).iloc[0]
    assert (out["target"], out["stance"], out["stance_rule"]) == (TARGET, "neutral", "relay"), out["evidence"]


def test_registered_person_without_state_is_not_an_observer():
    """A candidate before taking office speaks for no state, but takes sides (register entry)."""
    row = {"article": "a", "start": 0, "end": 10, "text": "Il faut une coalition antiterroriste commune avec la Russie",
           "cue": "a lancé", "speaker": "Donald Trump", "speaker_mention": "Donald Trump",
           "speaker_type": "person", "speaker_id": "TRUMP", "country": ""}
    row["end"] = len(row["text"])
    out = stance.code(pd.DataFrame([row]), codebook=BOOK).iloc[0]
    assert (out["target"], out["stance"]) == (TARGET, "favor")


def test_relay_by_speaker_name():
    row = one("Les Etats-Unis proposent d'accroître leur coopération militaire avec la Russie",
              speaker="Washington Post", cue="rapporte")
    assert row["stance"] == "neutral" and row["stance_rule"] == "relay"


@pytest.mark.parametrize("speaker, mention, relay", [
    ("", "la radio française", True),            # "Selon la radio française, Peugeot a annoncé ..."
    ("", "plusieurs médias nippons", True),      # "..., ont rapporté plusieurs médias nippons"
    ("", "Les sources russes", True),            # "Les sources russes ont fait état de ..."
    ("", "le quotidien Haaretz", True),
    ("", "l'agence officielle Irna", True),
    ("Financial Tribune", "Financial Tribune", True),
    ("", "le monde agricole", False),            # not an outlet: the head is not a media noun
    ("", "une source gouvernementale", False),   # one source inside a government speaks for it
    ("", "l'Agence internationale de l'énergie atomique", False),
])
def test_relay_by_outlet_mention(speaker, mention, relay):
    text = "Les Etats-Unis proposent d'accroître leur coopération militaire avec la Russie"
    df = pd.DataFrame([{"article": "a", "start": 0, "end": len(text), "text": text, "cue": "rapporte",
                        "speaker": speaker, "speaker_mention": mention, "country": "", "speaker_type": "person"}])
    row = stance.code(df, codebook=BOOK).iloc[0]
    assert (row["stance_rule"] == "relay") is relay, (row["stance"], row["stance_rule"])


# --- rhetorical questions invert the polarity ---------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Pourquoi refuserions-nous de coopérer avec les Russes contre Daech ?", "favor"),
    ("Comment pourrions-nous coordonner nos frappes avec la Russie, qui bombarde des hôpitaux ?", "against"),
    # ("Est-ce qu'on peut ... ?" is as often a journalist's real question: a plain question)
    ("Est-ce qu'on peut coopérer avec la Russie contre Daech ?", "neutral"),
])
def test_rhetorical_questions(sentence, expected):
    assert one(sentence, country="US")["stance"] == expected


# --- none: not about US-Russian military cooperation --------------------------------------------
@pytest.mark.parametrize("sentence, country, speaker", [
    ("des avions russes et turcs avaient de nouveau frappé des positions de l'EI à Al-Bab, après leur "
     "première opération conjointe le 18 janvier", "RU", "Russian Ministry of Defence"),
    ("Trois bombardiers russes et quatre appareils turcs ont participé à cette nouvelle opération aérienne", "RU", "X"),
    ("Au moins 21 civils, dont sept enfants, ont péri", "", "OSDH"),
    ("la coalition antijihadiste a largué des tracts demandant aux habitants de Raqqa de quitter ce fief de l'EI", "", "X"),
    ("le Pentagone continuera à respecter le mémorandum existant entre Washington et Moscou et visant à "
     "assurer la sécurité des vols dans l'espace aérien syrien", "US", "X"),
    ("les Etats-Unis discutent toutefois régulièrement avec Moscou du maintien du cessez-le-feu en Syrie", "US", "X"),
    ("nous discutons avec nos homologues russes de propositions pour un mécanisme durable permettant "
     "de mieux surveiller et de faire appliquer la trêve", "US", "X"),
    ("prêtes à coopérer avec la Russie et les Etats-Unis", "", "YPG"),
    ("Ankara et Moscou vont coordonner leurs frappes contre l'EI", "TR", "X"),
    ("La Russie et les Etats-Unis renforcent leur coopération spatiale", "RU", "X"),
    ("Ce n'est pas la première fois que les avions de la coalition larguent des tracts sur Raqqa", "", "X"),
    # keeping or using the deconfliction channel is not the target; a suspension nearby is not its
    ("Le mémorandum avec Washington reste en vigueur", "RU", "X"),
    ("la coalition a interrompu ses raids dès que les Russes l'ont alertée par la ligne de "
     "déconfliction que des soldats syriens étaient visés", "US", "X"),
    ("Washington maintiendra le canal destiné à éviter les incidents entre les avions des deux pays", "US", "X"),
    # diplomatic coordination and other theatres
    ("Kerry et Lavrov ont coordonné leurs positions avant la conférence de Genève", "US", "X"),
    ("Moscou et Washington coopèrent étroitement sur le dossier nucléaire nord-coréen", "RU", "X"),
    ("Washington et Moscou doivent approfondir leur coopération politique sur la Syrie", "US", "X"),
    # working with a third party's army
    ("l'armée russe travaille déjà avec les militaires syriens sur le terrain", "RU", "X"),
    ("Le mouvement combat aux côtés du régime de Bachar al-Assad", "", "Hezbollah"),
])
def test_none(sentence, country, speaker):
    row = one(sentence, country=country, speaker=speaker)
    assert (row["target"], row["stance"]) == ("", "none"), row["stance_rule"]


# --- the speaker's stance, not the journalist's framing -----------------------------------------
def test_framing_around_the_content_is_not_read():
    text = ("L'armée russe a annoncé lundi avoir effectué des frappes coordonnées avec les Etats-Unis, "
            "une déclaration qui a aussitôt été démentie par le Pentagone.")
    content = "avoir effectué des frappes coordonnées avec les Etats-Unis"
    s = text.index(content)
    df = pd.DataFrame([{"article": "a", "start": s, "end": s + len(content), "text": content,
                        "cue": "a annoncé", "country": "RU", "speaker": "Russian Ministry of Defence",
                        "sentence_start": 0, "sentence_end": len(text)}])
    row = stance.code(df, codebook=BOOK, texts={"a": text}).iloc[0]
    assert row["stance"] == "favor"


# --- anaphora: "l'offre", "ces affirmations", "les commenter" refer to the statement before ------
def _article(statements: list[tuple[str, str, str]], gap: str = " Puis. ") -> tuple[str, pd.DataFrame]:
    text, rows = "", []
    for content, cue, country in statements:
        text += gap
        s = len(text)
        text += content
        rows.append({"article": "a", "start": s, "end": len(text), "text": content, "cue": cue, "country": country})
    return text, pd.DataFrame(rows)


@pytest.mark.parametrize("first, second, cue, expected", [
    ("Moscou avait toujours plaidé en faveur d'une action conjointe avec Washington",
     "Une fois que nous aurons reçu ces propositions à la source et non d'un journal, nous serons en mesure de les commenter",
     "a déclaré", "neutral"),
    ("la Russie proposait aux États-Unis d'effectuer des frappes aériennes ensemble", "l'offre", "a rejeté", "against"),
    ("avoir effectué des frappes aériennes coordonnées avec les Etats-Unis", "ces affirmations", "a démenti", "against"),
    ("Washington propose une coopération militaire avec Moscou", "J'aurai des commentaires en allant à Moscou. J'aurai tout le temps d'en parler", "a-t-il dit", "neutral"),
    ("Washington propose une coopération militaire avec Moscou", "en dire plus", "n'a pas souhaité", "neutral"),
])
def test_anaphora_inherits_the_previous_target(first, second, cue, expected):
    _, df = _article([(first, "a déclaré", "RU"), (second, cue, "US")])
    coded = stance.code(df, codebook=BOOK)
    assert coded["target"].iloc[1] == TARGET
    assert coded["stance"].iloc[1] == expected
    assert coded["stance_rule"].iloc[1].startswith("context+")


def _story(items: list[dict]) -> tuple[str, pd.DataFrame]:
    """An article made of sentences ``before + content + after``; each statement knows its sentence."""
    text, rows = "", []
    for it in items:
        text += " "
        ss = len(text)
        text += it.get("before", "")
        s = len(text)
        text += it["content"]
        e = len(text)
        text += it.get("after", ".")
        rows.append({"article": "a", "start": s, "end": e, "text": it["content"], "cue": it.get("cue", "a déclaré"),
                     "speaker": it.get("speaker", "X"), "country": it.get("country", ""),
                     "sentence_start": ss, "sentence_end": len(text)})
        if "mention" in it:
            rows[-1]["speaker_mention"] = it["mention"]
    return text, pd.DataFrame(rows)


@pytest.mark.parametrize("items, expected", [
    # "Cette coopération ..." is the cooperation just described, whatever third party the clause names
    ([dict(content="les Etats-Unis et la Russie mettront sur pied un centre commun pour cibler les jihadistes", speaker="A", country="US"),
      dict(content="cette coopération dépendra du respect des engagements pris par le régime syrien", speaker="A", country="US")],
     "favor"),
    # regretting a suspension argues for the cooperation (relative to the antecedent)
    ([dict(content="mettre un terme à sa coopération militaire avec Moscou", speaker="Washington", country="US", cue="a annoncé"),
      dict(content="Nous déplorons cette décision", speaker="B", country="RU")],
     "favor"),
    # and welcoming it is against
    ([dict(content="mettre un terme à sa coopération militaire avec Moscou", speaker="Washington", country="US", cue="a annoncé"),
      dict(content="Nous saluons cette décision", speaker="C", country="US")],
     "against"),
    # the same speaker's wait-and-see right after an on-target statement is about it
    ([dict(content="le ministère étudiera les modalités d'un partage de renseignements avec l'armée russe", speaker="D", country="US"),
      dict(content="Il faudra voir si le cessez-le-feu tient avant d'aller plus loin", speaker="D", country="US", cue="a-t-il ajouté")],
     "neutral"),
    # a no-comment right after an on-target statement is about it
    ([dict(content="Nous sommes prêts à coordonner nos frappes avec Moscou", speaker="M", country="US"),
      dict(content="commenter les propos du responsable américain", speaker="N", country="RU", cue="s'est refusé à")],
     "neutral"),
    # an observer on the matter just described, naming one side only
    ([dict(content="Washington et Moscou coordonneront leurs frappes contre l'EI", speaker="O", country="US"),
      dict(content="Moscou obtient enfin la coordination qu'elle réclamait depuis des mois", speaker="chercheur", country="", cue="estime")],
     "neutral"),
    # the same speaker going on about "le plan"
    ([dict(content="Washington et Moscou coordonneront leurs frappes contre l'EI", speaker="E", country="US"),
      dict(content="Nous pensons que le plan peut fonctionner, si chacun le respecte", speaker="E", country="US")],
     "favor"),
    # a no-comment about "les termes de l'accord" just described
    ([dict(content="Washington et Moscou coordonneront leurs frappes contre l'EI", speaker="F", country="US"),
      dict(content="le ministère examinera attentivement les termes de l'accord", speaker="G", country="US", cue="s'est contenté de dire")],
     "neutral"),
])
def test_context_statements(items, expected):
    _, df = _story(items)
    coded = stance.code(df, codebook=BOOK)
    assert (coded["target"].iloc[-1], coded["stance"].iloc[-1]) == (TARGET, expected), coded["stance_rule"].tolist()


@pytest.mark.parametrize("items", [
    # an anaphoric statement whose own subject is out of scope (the truce)
    [dict(content="Washington et Moscou coordonneront leurs frappes contre l'EI", speaker="H", country=""),
     dict(content="le cessez-le-feu a peu de chances de tenir une semaine", speaker="H", country="", cue="Selon")],
    # a definite "l'accord" in someone else's statement, neither a no-comment nor the subject
    [dict(content="Washington et Moscou coordonneront leurs frappes contre l'EI", speaker="I", country="US"),
     dict(content="Washington n'a jamais rempli la condition principale de l'accord", speaker="J", country="RU")],
    # a no-comment on another question, right after an on-target statement
    [dict(content="Nous proposons de coordonner nos actions avec la coalition menée par Washington", speaker="K", country="RU"),
     dict(before="Questionné sur le bilan des raids, le porte-parole ", content="s'est refusé à tout commentaire",
          speaker="L", country="RU", cue="s'est refusé à tout commentaire")],
])
def test_context_does_not_overreach(items):
    text, df = _story(items)
    coded = stance.code(df, codebook=BOOK, texts={"a": text})
    assert (coded["target"].iloc[-1], coded["stance"].iloc[-1]) == ("", "none"), coded["stance_rule"].tolist()


@pytest.mark.parametrize("before, content, expected", [
    # a no-comment is about what the speaker was asked
    ("Interrogé lundi sur l'avenir du centre de coordination conjoint avec Washington, le Kremlin ",
     "s'est refusé à tout commentaire", "neutral"),
    ("Interrogé lundi sur les victimes civiles, le Kremlin ", "s'est refusé à tout commentaire", "none"),
    # an evasion is a no-comment
    ("Questionné sur une coopération militaire avec Washington, le Kremlin ", "a botté en touche", "neutral"),
])
def test_no_comment_takes_the_topic_of_the_question(before, content, expected):
    text, df = _story([dict(before=before, content=content, speaker="Kremlin",
                            country="RU", cue=content)])
    row = stance.code(df, codebook=BOOK, texts={"a": text}).iloc[0]
    assert row["stance"] == expected, row["stance_rule"]
    for it in stance.parse_evidence(row["evidence"]):
        if it["start"] is not None:
            assert " ".join(text[it["start"]:it["end"]].split()) == it["word"]


def test_evidence_of_a_discontinuous_cue_slices_the_article():
    """A cue rebuilt from pieces ("a, lui, plaidé") still gives exact offsets, or none."""
    text = "Le ministre russe a, lui, plaidé pour une coordination des frappes avec Washington."
    content = "une coordination des frappes avec Washington"
    s = text.index(content)
    df = pd.DataFrame([{"article": "a", "start": s, "end": s + len(content), "text": content,
                        "cue": "a, lui, plaidé", "cue_start": text.index("a, lui"), "cue_end": text.index(" pour"),
                        "speaker": "Sergueï Lavrov", "country": "RU"}])
    for texts in ({"a": text}, None):
        row = stance.code(df, codebook=BOOK, texts=texts).iloc[0]
        assert row["stance"] == "favor"
        items = stance.parse_evidence(row["evidence"])
        assert any(it["word"] == "plaidé" for it in items)
        for it in items:
            if it["start"] is not None:
                assert text[it["start"]:it["end"]] == it["word"]


def test_anaphora_does_not_reach_beyond_the_window():
    _, df = _article([("la Russie proposait aux États-Unis d'effectuer des frappes aériennes ensemble", "a déclaré", "RU"),
                      ("l'offre", "a rejeté", "US")], gap=" " + "Autre sujet. " * 80)
    assert stance.code(df, codebook=BOOK)["stance"].iloc[1] == "none"


# --- evidence, confidence, output shape ---------------------------------------------------------
def test_evidence_offsets_slice_the_article():
    text, df = _article([("Nous ne collaborons pas et nous ne coordonnons pas avec les Russes", "a indiqué", "US"),
                         ("S'il y a une possibilité de combattre Daech avec la Russie, alors bien sûr, nous sommes preneurs", "a affirmé", "US")])
    coded = stance.code(df, codebook=BOOK)
    for ev in coded["evidence"]:
        items = stance.parse_evidence(ev)
        assert items
        for it in items:
            assert text[it["start"]:it["end"]] == it["word"]
    roles = {it["role"] for it in stance.parse_evidence(coded["evidence"].iloc[0])}
    assert {"topic-negated", "negation"} <= roles
    assert "condition" in {it["role"] for it in stance.parse_evidence(coded["evidence"].iloc[1])}


def test_confidence_orders_explicit_cue_above_bare_assertion():
    explicit = one("Nous ne coordonnons pas nos frappes avec la Russie", country="US")
    bare = one("les frappes ont été coordonnées avec les Américains", country="RU")
    assert explicit["confidence"] > bare["confidence"]
    assert bare["stance"] == "favor" and bare["stance_rule"] == "assertion"


def test_missing_optional_columns_and_input_untouched():
    df = pd.DataFrame({"article": ["a"], "start": [0], "end": [10], "text": ["Nous ne coopérons pas avec la Russie"]})
    before = df.copy()
    out = stance.code(df, codebook=BOOK)
    pd.testing.assert_frame_equal(df, before)
    assert list(out.columns) == list(df.columns) + stance.CODED_COLUMNS


def test_missing_required_column_is_a_clear_error():
    with pytest.raises(ValueError, match="lacks columns"):
        stance.code(pd.DataFrame({"article": ["a"], "text": ["x"]}), codebook=BOOK)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200))
def test_any_text_gives_a_valid_row(text):
    row = one(text, country="US")
    assert row["stance"] in stance.STANCES
    assert 0 <= row["confidence"] <= 1
    assert (row["stance"] == "none") == (row["target"] == "")


# --- the codebook is data: a new target is YAML, errors name the file ---------------------------
SEED_TARGET = paths.TARGETS / f"{TARGET}.yaml"


def _targets_with(tmp_path: Path, extra: str) -> Path:
    """A targets folder: the seed target and one more target file."""
    folder = tmp_path / "targets"
    folder.mkdir()
    shutil.copy(SEED_TARGET, folder / SEED_TARGET.name)
    (folder / "z_extra.yaml").write_text(extra, encoding="utf-8")
    return folder


def test_a_new_target_is_added_in_yaml_only(tmp_path):
    extra = """
id: russia_turkey_military_cooperation
label: Coopération militaire Russie-Turquie
definition: Joint Russian-Turkish military operations.
parties:
  TR: [turc, turque, Turquie, Ankara]
  RU: [russe, Russie, Moscou]
topic: [conjoint, coordonner, coordination]
default: favor
"""
    book = stance.load_codebook(_targets_with(tmp_path, extra))
    assert book.target_ids == [TARGET, "russia_turkey_military_cooperation"]
    row = one("des avions russes et turcs avaient de nouveau frappé des positions de l'EI, après leur "
              "première opération conjointe", country="RU", book=book)
    assert (row["target"], row["stance"]) == ("russia_turkey_military_cooperation", "favor")
    df = pd.DataFrame([{"article": "a", "start": 0, "end": 5, "text": "Nous coordonnons avec les Russes", "country": "US"}])
    long = stance.code(df, codebook=book, long=True)
    assert len(long) == 2 and long["on_target"].tolist() == [True, False]


@pytest.mark.parametrize("mutate, message", [
    (lambda t: t.replace("  topic:\n    - '\\bconjoint", "  topic:\n    - '(\\bconjoint", 1), "not a valid regular expression"),
    (lambda t: t.replace("id: us_russia_military_cooperation", "id: Bad Id", 1), "id: String should match"),
    (lambda t: t.replace("\nlabel:", "\nlabell:", 1), "labell: unknown key"),
    (lambda t: t.replace("default: favor", "default: pour", 1), "default: must be favor"),
    (lambda t: t.replace("party_window: 450", "party_window: beaucoup", 1), "party_window: Input should be a valid integer"),
    (lambda t: "id: [", "cannot read as UTF-8 YAML"),
])
def test_target_errors_name_file_key_and_problem(tmp_path, mutate, message):
    p = tmp_path / "target.yaml"
    p.write_text(mutate(SEED_TARGET.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(stance.CodebookError, match=message) as err:
        stance.load_codebook(p)
    assert str(p) in str(err.value)


@pytest.mark.parametrize("mutate, message", [
    (lambda t: t.replace("\nstances:", "\nstances_renamed:", 1), "missing section 'stances'"),
    (lambda t: t.replace("  hedge:\n", "  hedges:\n", 1), "missing cue list cues.hedge"),
    (lambda t: t.replace("max_gap: 6", "max_gap: six", 1), "cues.negation: max_gap must be a whole number"),
])
def test_lexicon_errors_name_file_and_problem(tmp_path, mutate, message):
    p = tmp_path / "stance.yaml"
    p.write_text(mutate(paths.STANCE_LEXICON.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(stance.CodebookError, match=message) as err:
        stance.load_codebook(SEED_TARGET, lexicon=p)
    assert str(p) in str(err.value)


def test_missing_codebook_file(tmp_path):
    with pytest.raises(stance.CodebookError, match="not found"):
        stance.load_codebook(tmp_path / "nope.yaml")


# The targets' examples are coded as labelled: tests/test_targets.py (every shipped target).


# --- round 2: rules generalised on the held-out set (tests/heldout 104-107) ------------------------
# Restoring presupposes the suspension: a participle describing the suspended object is the state
# restored, not the speaker suspending.
@pytest.mark.parametrize("sentence, country, expected", [
    ("la Russie était « prête à rétablir la coopération » avec le Pentagone, gelée depuis octobre", "RU", "favor"),
    ("Moscou se dit disposée à remettre en vigueur le mémorandum conclu avec Washington, suspendu après les frappes", "RU", "favor"),
    ("Nous sommes prêts à reprendre la coordination avec les Russes, interrompue depuis l'été", "US", "favor"),
    # the suspension is the speaker's own act: still against
    ("Moscou a suspendu le mémorandum avec Washington et refuse de le rétablir", "RU", "against"),
    ("Washington ne rétablira pas la coopération militaire avec Moscou, suspendue en octobre", "US", "against"),
])
def test_restoring_what_was_suspended(sentence, country, expected):
    row = one(sentence, country=country)
    assert (row["target"], row["stance"]) == (TARGET, expected), row["evidence"]


# The speaker's own name may name a side (a leader before he speaks for the state).
@pytest.mark.parametrize("sentence, cue", [
    ("il pourrait travailler avec Moscou contre le groupe Etat islamique", "avait répété"),
    ("il serait bon de « s'entendre avec la Russie » pour écraser Daech", "avait répété"),
    # a tag question asks for agreement: the clause asserts
    ("Si nous pouvons nous entendre avec la Russie et que la Russie nous aide à combattre l'Etat "
     "islamique, ce serait une bonne chose, non ?", "lançait-il"),
    ("Travailler avec les Russes pour en finir avec Daech, ce serait une bonne idée, n'est-ce pas ?", "a lancé"),
])
def test_speaker_name_names_a_side(sentence, cue):
    row = one(sentence, speaker="Donald Trump", cue=cue)
    assert (row["target"], row["stance"]) == (TARGET, "favor"), (row["stance_rule"], row["evidence"])
    # without a side for the speaker, the partner alone does not make it US-Russian cooperation
    assert one(sentence, speaker="X", cue=cue)["stance"] == "none"


def test_a_plain_question_stays_neutral_a_tag_question_does_not():
    assert one("Faut-il coordonner nos frappes avec la Russie ?", country="US")["stance"] == "neutral"
    row = one("Coordonner nos frappes avec la Russie, ce serait utile, non ?", country="US")
    assert row["stance"] == "favor" and row["confidence"] <= 0.5


# Discussing it with the other side takes no side (outranked by any polar cue).
@pytest.mark.parametrize("sentence, expected", [
    ("Les deux hommes ont discuté de « l'état des relations militaires américano-russes »", "neutral"),
    ("Le secrétaire d'Etat discutera avec Moscou de la lutte contre l'Etat islamique", "neutral"),
    ("Les chefs d'état-major ont évoqué les contacts militaires entre les deux pays", "neutral"),
    ("Lavrov et Kerry ont discuté de la coordination des frappes et se sont dits prêts à l'engager", "favor"),
])
def test_discussing_is_neutral(sentence, expected):
    row = one(sentence, country="US")
    assert (row["target"], row["stance"]) == (TARGET, expected), row["evidence"]


@pytest.mark.parametrize("sentence", [
    "l'armée russe avait « déjà commencé » à travailler avec les militaires syriens sur sa mise en œuvre",
    "Moscou coordonne ses frappes avec les forces gouvernementales syriennes",
    "Nous coopérons étroitement avec l'armée irakienne",
    "La coordination avec nos alliés européens se poursuit",
])
def test_a_third_state_s_forces_are_not_the_other_side(sentence):
    _, df = _story([dict(content="Washington et Moscou coordonneront leurs frappes contre l'EI", speaker="A", country="US"),
                    dict(content=sentence, speaker="B", country="RU")])
    assert stance.code(df, codebook=BOOK)["stance"].iloc[-1] == "none"


# A side left implicit is found in the article text just before the statement's sentence.
@pytest.mark.parametrize("before_text, items, expected", [
    # "les deux présidents" after a sentence naming both leaders
    ("Donald Trump et Vladimir Poutine se sont entretenus lundi soir par téléphone.",
     [dict(before="Les deux présidents « ", content="se sont prononcés pour unir leurs efforts dans la lutte contre "
           "l'ennemi commun, le terrorisme international", after=" », a indiqué le Kremlin.", speaker="Kremlin", country="RU")],
     "favor"),
    # ... but not after two other leaders
    ("Recep Tayyip Erdogan et Vladimir Poutine se sont entretenus lundi soir par téléphone.",
     [dict(before="Les deux présidents « ", content="se sont prononcés pour unir leurs efforts dans la lutte contre "
           "l'ennemi commun, le terrorisme international", after=" », a indiqué le Kremlin.", speaker="Kremlin", country="RU")],
     "none"),
    # a side's own official whose content names no partner
    ("Le chef du Pentagone a douché les espoirs, alors même que les diplomates russes et américains se rencontraient.",
     [dict(before="« ", content="Nous ne sommes pas en position, pour le moment, de collaborer au niveau militaire",
           after=" », a affirmé le ministre.", speaker="James Mattis", country="US")],
     "against"),
    ("Le ministre a rencontré ses homologues de l'Otan à Bruxelles.",
     [dict(before="« ", content="Nous ne sommes pas en position, pour le moment, de collaborer au niveau militaire",
           after=" », a affirmé le ministre.", speaker="James Mattis", country="US")],
     "none"),
    # the content names only the speaker's own side
    ("Donald Trump a été élu mardi.",
     [dict(before="Le porte-parole a assuré que ", content="Moscou était « prêt » à travailler avec la nouvelle "
           "administration, y compris sur la Syrie", speaker="Dmitri Peskov", country="RU")],
     "favor"),
    # an observer's forecast after a paragraph naming both sides
    ("Le secrétaire d'Etat américain a estimé que la Russie avait manqué à ses responsabilités.",
     [dict(before="« ", content="Il sera très difficile de revenir à une coordination militaire, même minimale, "
           "dans les semaines qui viennent", after=" », a déclaré Andreï Kortounov, directeur du Conseil russe pour les affaires internationales.",
           speaker="Andreï Kortounov", country="",
           mention="Andreï Kortounov, directeur du Conseil russe pour les affaires internationales")],
     "neutral"),
])
def test_implicit_sides_from_the_text_before(before_text, items, expected):
    text, df = _story(items)
    text = before_text + text
    df = df.assign(start=df.start + len(before_text), end=df.end + len(before_text),
                   sentence_start=df.sentence_start + len(before_text), sentence_end=df.sentence_end + len(before_text))
    row = stance.code(df, codebook=BOOK, texts={"a": text}).iloc[-1]
    assert row["stance"] == expected, (row["stance_rule"], row["evidence"])
    for it in stance.parse_evidence(row["evidence"]):
        if it["start"] is not None:
            assert " ".join(text[it["start"]:it["end"]].split()) == it["word"]


@pytest.mark.parametrize("items, expected", [
    # "ce travail": the joint work just described
    ([dict(content="la Russie était prête à remettre en vigueur le mémorandum sur la sécurité des vols, à condition "
           "que Washington confirme ses cibles", speaker="Lavrov", country="RU"),
      dict(content="Nous sommes prêts à reprendre ce travail", speaker="Lavrov", country="RU")], "favor"),
    # "Ce n'est pas une décision prise à la légère": evaluating the suspension just announced
    ([dict(content="suspendre sa coopération avec Moscou sur la Syrie", speaker="Washington", country="US", cue="a annoncé"),
      dict(content="Ce n'est pas une décision prise à la légère", speaker="John Kirby", country="US")], "against"),
    ([dict(content="suspendre sa coopération avec Moscou sur la Syrie", speaker="Washington", country="US", cue="a annoncé"),
      dict(content="C'est une grave erreur", speaker="Dmitri Peskov", country="RU")], "favor"),
])
def test_anaphora_round_two(items, expected):
    _, df = _story(items)
    coded = stance.code(df, codebook=BOOK)
    assert (coded["target"].iloc[-1], coded["stance"].iloc[-1]) == (TARGET, expected), coded["stance_rule"].tolist()


# --- a second, unrelated target written in YAML only (nothing in stance.py is US/Russia) -----------
PENSION = {
    "id": "pension_age_64",
    "label": "Report de l'âge légal de départ à la retraite à 64 ans",
    "definition": "Raising the French legal retirement age from 62 to 64.",
    # a one-place proposition: no parties
    "topic": [r"\b(report|recul|relèvement|reporter|reculer|relever)\w* (de )?l'âge (légal )?(de départ )?(à la retraite )?",
              r"\bréforme des retraites\b", r"\b64 ans\b"],
    "exclude": [r"\bretraites? complémentaires?\b"],
    "demonstrative": [r"\b(cette|ce) (réforme|report|recul)\b"],
    "anaphora": [r"\b(cette|la) réforme\b"],
}


def _book_with(tmp_path: Path, targets: list[dict], *, seed: bool = False) -> stance.Codebook:
    """Targets given as expert blocks (regular expressions), in one file with the stance lexicon."""
    import yaml
    raw = yaml.safe_load(paths.STANCE_LEXICON.read_text(encoding="utf-8"))
    raw["targets"] = targets
    p = tmp_path / "codebook.yaml"
    p.write_text(yaml.safe_dump(raw, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return stance.load_codebook([p, SEED_TARGET] if seed else p)


@pytest.mark.parametrize("sentence, speaker, country, expected", [
    ("La CGT rejette le report de l'âge légal de départ à la retraite à 64 ans", "Sophie Binet", "", "against"),
    ("Nous sommes favorables au recul de l'âge de départ à la retraite", "Elisabeth Borne", "FR", "favor"),
    ("Le gouvernement n'exclut pas de relever l'âge légal", "Olivier Dussopt", "FR", "favor"),
    ("Il est trop tôt pour se prononcer sur la réforme des retraites", "Laurent Berger", "", "neutral"),
    ("Il n'y aura pas de report de l'âge légal à 64 ans", "Laurent Berger", "", "against"),
    ("La hausse des retraites complémentaires sera de 4,9 %", "Agirc-Arrco", "", "none"),
    # approving and voting: the body's decision or the group's vote says the side
    ("Le Sénat a approuvé la réforme des retraites", "Sénat", "FR", "favor"),
    ("Nous voterons pour la réforme des retraites", "Olivier Marleix", "", "favor"),
    ("Nous voterons contre la réforme des retraites", "Mathilde Panot", "", "against"),
    ("Les députés LR ne voteront pas pour la réforme des retraites", "Aurélien Pradié", "", "against"),
    ("Il a menacé de « conséquences » si la réforme des retraites était adoptée", "Philippe Martinez", "", "against"),
    ("Washington refuse toute coopération militaire avec Moscou", "John Kirby", "US", "none"),
    # a judgement, a worry and the literary negation without "pas"
    ("la réforme des retraites \"contestable\"", "Frédéric Souillot", "", "against"),
    ("son inquiétude autour de la réforme des retraites", "Laurent Berger", "", "against"),
    ("Nous ne saurions accepter le report de l'âge légal", "Laurent Berger", "", "against"),
])
def test_a_second_unrelated_target(tmp_path, sentence, speaker, country, expected):
    # alone ...
    book = _book_with(tmp_path, [PENSION])
    row = {"article": "a", "start": 0, "end": len(sentence), "text": sentence, "cue": "a déclaré",
           "speaker": speaker, "speaker_mention": speaker, "speaker_type": "person", "speaker_id": "", "country": country}
    out = stance.code(pd.DataFrame([row]), codebook=book).iloc[0]
    assert out["stance"] == expected, (out["stance_rule"], out["evidence"])
    assert out["target"] == ("pension_age_64" if expected != "none" else "")
    # ... and beside the US-Russia target, which it does not disturb
    both = stance.code(pd.DataFrame([row]), codebook=_book_with(tmp_path, [PENSION], seed=True)).iloc[0]
    us_ru = stance.code(pd.DataFrame([row]), codebook=BOOK).iloc[0]
    if expected != "none":
        assert (both["target"], both["stance"]) == ("pension_age_64", expected)
        assert us_ru["stance"] == "none"
    else:
        assert (both["target"], both["stance"]) == (us_ru["target"], us_ru["stance"])


@pytest.fixture(scope="module")
def plain_pension(tmp_path_factory) -> stance.Codebook:
    """A target as a user writes it: plain words, its own against words."""
    p = tmp_path_factory.mktemp("target") / "pension.yaml"
    p.write_text("id: pension\nlabel: Retraites\ndefinition: Le report de l'âge légal.\n"
                 "topic: [réforme des retraites]\nagainst: [abroger, grève]\n", encoding="utf-8")
    return stance.load_codebook(p)


@pytest.mark.parametrize("sentence, expected", [
    # a target's own cue word inside a general cue is read once, with the general cue's negation
    ("Il n'y aura pas d'abrogation de la réforme des retraites", "favor"),
    ("Demain, quoi qu'il se passe, il n'y aura pas d'abrogation de la réforme des retraites", "favor"),
    ("Nous exigeons l'abrogation de la réforme des retraites", "against"),
    ("Les syndicats veulent abroger la réforme des retraites", "against"),
    # protest called for or promised is against what it protests
    ("Philippe Martinez et Laurent Berger appellent à renforcer la contestation contre la réforme des retraites",
     "against"),
    ("Les syndicats ont promis une mobilisation historique contre la réforme des retraites", "against"),
    # a negation ends with the word it negates: a noun phrase set apart after a comma is not
    # negated ("n'est plus négociable" is one phrase of firmness: favor, not against)
    ("Ça n'est plus négociable, la réforme des retraites", "favor"),
    # refusing a refusal keeps the proposition; whatever it takes; implementing it
    ("Nous refusons tout retrait de la réforme des retraites", "favor"),
    ("Il est hors de question de suspendre la réforme des retraites", "favor"),
    ("La réforme des retraites sera adoptée coûte que coûte", "favor"),
    ("Il faut appliquer la réforme des retraites", "favor"),
    # "pas sur" is a preposition, not doubt; not backing down is firmness
    ("Le gouvernement ne reculera pas sur la réforme des retraites", "favor"),
    ("Rien ne nous fera renoncer à la réforme des retraites", "favor"),
    ("Il n'y a pas d'alternative à la réforme des retraites", "favor"),
    # better than the alternative; protesting against it; refusing a request to suspend it
    ("La réforme des retraites, il vaut mieux l'oublier", "neutral"),
    ("Les manifestants protestent contre la réforme des retraites", "against"),
    ("Le syndicat s'insurge contre la réforme des retraites", "against"),
    ("Le tribunal a rejeté la demande de suspension de la réforme des retraites", "favor"),
    # "à l'opposé de" is "unlike"; a participle describing the reception is no denial
    ("À l'opposé des autres syndicats, la CPME est favorable à la réforme des retraites", "favor"),
    ("Le Sénat doit voter le très contesté article de la réforme des retraites", "neutral"),
    ("Le Sénat doit voter l'article largement contesté de la réforme des retraites", "neutral"),
    ("Le syndicat a contesté la réforme des retraites", "against"),
    # warning against it; keeping every hypothesis open
    ("Le syndicat met en garde contre la réforme des retraites", "against"),
    ("La Défenseure des droits alerte sur les conséquences de la réforme des retraites", "against"),
    # no position taken yet is no side
    ("Nous n'avons pas encore arrêté notre position sur la réforme des retraites", "neutral"),
    ("Il n'y a pas de position commune sur la réforme des retraites", "neutral"),
    # dropping or blocking it, when it is the object (not "bloquer les prix"); refusing to drop it
    ("Il faut abandonner la réforme des retraites", "against"),
    ("Nous ferons tout pour bloquer la réforme des retraites", "against"),
    ("Nous allons bloquer les prix pour accompagner la réforme des retraites", "neutral"),
    ("Il n'est pas question d'abandonner la réforme des retraites", "favor"),
    ("Il n'est pas question de renoncer à la réforme des retraites", "favor"),
    # fighting it or for it, when it comes right after (not the noun "la lutte contre", nor a
    # fight for something else)
    ("Nous nous battrons contre la réforme des retraites", "against"),
    ("Nous luttons contre la réforme des retraites", "against"),
    ("Nous nous battrons pour la réforme des retraites", "favor"),
    ("La lutte contre la réforme des retraites continue", "neutral"),
    ("Nous nous battrons pour nos salaires malgré la réforme des retraites", "against"),
    # (the fight is against the poverty the reform creates: that is what it says of the reform)
    ("Il faut lutter contre la pauvreté que crée la réforme des retraites", "against"),
    # (a possessive object is the speaker's own: "attachés à notre système")
    ("Nous sommes attachés à notre système, pas à la réforme des retraites", "neutral"),
    ("Nous sommes attachés à la réforme des retraites", "favor"),
    # calling it into question; no one does
    ("Il faut remettre en cause la réforme des retraites", "against"),
    ("Personne ne remet en cause la réforme des retraites", "favor"),
    ("Nous avons remis en cause nos certitudes et voté la réforme des retraites", "favor"),
    ("Nous luttons contre le projet de réforme des retraites", "against"),
    ("Personne ne remet en cause la nécessité de la réforme des retraites", "favor"),
    ("La réforme des retraites remet en cause nos acquis sociaux", "against"),
    # holding on to it
    ("La réforme des retraites, nous y tenons", "favor"),
    ("Nous restons attachés à la réforme des retraites", "favor"),
    # a judgement of it: premature, senseless, meaningful; destroying what it acts on; what it
    # is going to cost; "il est prématuré de" is a hedge
    ("La réforme des retraites est prématurée", "against"),
    ("Il est prématuré de juger la réforme des retraites", "neutral"),
    ("La mort prématurée des ouvriers pèse dans le débat sur la réforme des retraites", "neutral"),
    ("La réforme des retraites n'a aucun sens", "against"),
    ("La réforme des retraites a tout son sens", "favor"),
    ("La réforme des retraites va tuer nos services publics", "against"),
    ("La réforme des retraites va coûter des milliers d'emplois", "against"),
    ("La réforme des retraites est une chance pour les jeunes", "favor"),
    # believing in it or not; reservations; a judgement in plain words; extending it
    ("Je crois beaucoup à la réforme des retraites", "favor"),
    ("Je ne crois pas à la réforme des retraites", "against"),
    ("Nous restons réservés sur la réforme des retraites", "against"),
    ("La réforme des retraites est un leurre", "against"),
    ("La réforme des retraites est une usine à gaz", "against"),
    ("La réforme des retraites ne marche pas", "against"),
    ("La réforme des retraites marche très bien", "favor"),
    ("La réforme des retraites améliore la situation des femmes", "favor"),
    ("La réforme des retraites, c'est du bon sens", "favor"),
    ("Nous allons généraliser la réforme des retraites", "favor"),
    # harm, burden, reluctance; honouring (negated: against)
    ("La réforme des retraites est délétère pour le pays", "against"),
    ("La réforme des retraites pose un réel problème aux infirmières", "against"),
    ("Les salariés subissent la réforme des retraites à contrecœur", "against"),
    ("La réforme des retraites n'honore pas la parole donnée", "against"),
    # not knowing yet is no side
    ("On ne sait pas encore si la réforme des retraites sera votée", "neutral"),
    # pausing it; no going back on it
    ("Le syndicat réclame un moratoire sur la réforme des retraites", "against"),
    ("La réforme des retraites menaçait des milliers d'emplois", "against"),
    ("La réforme des retraites coûtera 1,5 million d'emplois", "against"),
    ("Vous n'avez pas encore arrêté votre position sur la réforme des retraites", "neutral"),
    ("Il n'y aura pas de retour en arrière sur la réforme des retraites", "favor"),
    # the harm of undoing it, said by an infinitive subject and the judgement right after its
    # copula, speaks for it; a reason after it, or a word further on, is no such judgement
    ("Reculer sur la réforme des retraites serait une faute", "favor"),
    ("Revenir sur la réforme des retraites serait une grave erreur", "favor"),
    ("Reculer sur la réforme des retraites après l'échec des négociations", "against"),
    ("Reculer sur la réforme des retraites est la seule issue face au chaos", "against"),
    # what it costs or brings in jobs
    ("La réforme des retraites coûtera des milliers d'emplois", "against"),
    ("La réforme des retraites va entraîner des suppressions d'emplois", "against"),
    ("La réforme des retraites créera des milliers d'emplois", "favor"),
    ("La réforme des retraites va créer de nouveaux emplois", "favor"),
    # (the noun "coût" is no cost in jobs; "les créations d'emplois" are a count, no judgement)
    ("Le coût des emplois aidés de la réforme des retraites sera évalué", "neutral"),
    ("Les créations d'emplois ont ralenti depuis la réforme des retraites", "neutral"),
    ("Nous ne fermons jamais aucune hypothèse sur la réforme des retraites", "neutral"),
    ("Le gouvernement n'exclut aucune option sur la réforme des retraites", "neutral"),
    ("La CGT s'élève contre la réforme des retraites", "against"),
    ("Le syndicat souhaite que le gouvernement revienne sur la réforme des retraites", "against"),
    ("Le gouvernement ne reviendra pas sur la réforme des retraites", "favor"),
    ("La réforme des retraites doit être votée au plus vite", "favor"),
    ("La réforme des retraites ne doit pas être votée", "against"),
    ("Nous ne sommes pas sûrs que la réforme des retraites soit votée", "neutral"),
    # defending it; "pire" and "est mort" judge it
    ("La ministre a défendu la réforme des retraites devant les députés", "favor"),
    ("La réforme des retraites est pire que le système actuel", "against"),
    ("La réforme des retraites est morte", "against"),
    # defying it, or evading it, is against it; "malgré" a protest, for it
    ("Ils continueront à travailler malgré la réforme des retraites", "against"),
    ("Le gouvernement maintient la réforme des retraites malgré la grève", "favor"),
    ("Nous allons contourner la réforme des retraites", "against"),
    # ... but an incise between commas does not end it
    ("Nous ne sommes pas en mesure, pour l'instant, de voter la réforme des retraites", "against"),
    ("Il n'y a pas, selon nous, de réforme des retraites juste", "against"),
    # welcoming it; a flat no; what it does to people; voting it in the first person
    ("Nous saluons l'adoption de la réforme des retraites", "favor"),
    ("La réforme des retraites, c'est non", "against"),
    ("La réforme des retraites pénalise les femmes", "against"),
    ("La réforme des retraites aggrave les inégalités", "against"),
    ("Je voterai la réforme des retraites", "favor"),
    ("La réforme des retraites est une mesure de justice", "favor"),
    # a negation does not reach into a relative clause on its object
    ("Ils menacent de ne pas voter une réforme des retraites qu'ils jugent injuste", "against"),
    # open to everyone, someone's interests, emergencies and the adverb "juste" take no side;
    # open to it, defending it, urgency to adopt it and "juste" as a judgement do
    ("Sur la réforme des retraites, l'école doit rester ouverte à tous", "neutral"),
    ("Le gouvernement reste ouvert à des aménagements de la réforme des retraites", "favor"),
    ("Sur la réforme des retraites, nous défendons les intérêts des salariés", "neutral"),
    ("Nous défendons la réforme des retraites", "favor"),
    ("La mairie répondra aux urgences pendant l'examen de la réforme des retraites", "neutral"),
    ("Il y a urgence à adopter la réforme des retraites", "favor"),
    ("La réforme des retraites, c'est juste une étape du débat", "neutral"),
    ("La réforme des retraites est tout juste votée", "neutral"),
    ("Qu'est-ce que la réforme des retraites change au juste ?", "neutral"),
    ("La réforme des retraites est juste", "favor"),
    ("La réforme des retraites n'est pas juste", "against"),
    ("Nous voulons une réforme des retraites plus juste", "favor"),
    # the protest's repertoire is against what it protests: blocking the country, taking to the
    # streets, censuring the government (refusing to vote the censure is for it); a deadlock and
    # a street are no protest
    ("Avec la réforme des retraites, c'est au tour des étudiants de censurer le gouvernement", "against"),
    ("Après la réforme des retraites, il faut bloquer le pays", "against"),
    ("Après la réforme des retraites, les étudiants appellent à des blocages des universités", "against"),
    ("Après la réforme des retraites, nous descendrons dans la rue", "against"),
    ("Nous voterons la motion de censure sur la réforme des retraites", "against"),
    ("Nous ne voterons pas la motion de censure sur la réforme des retraites", "favor"),
    ("Le blocage au Parlement sur la réforme des retraites dure depuis des semaines", "neutral"),
    ("La rue où se tient le débat sur la réforme des retraites est fermée", "neutral"),
    # refusing the task it sets ("ce n'est pas notre rôle"), declining a side; a negation ends at
    # its sentence's end and before a new subject after a comma, not at an incise
    ("Sur la réforme des retraites, ce n'est pas notre rôle de faire des contrôles", "against"),
    ("Sur la réforme des retraites, je ne peux pas, ce n'est pas mon rôle", "against"),
    ("Je n'ose pas. Ce n'est pas mon rôle d'appliquer la réforme des retraites", "against"),
    ("Ce n'est pas notre rôle de prendre position sur la réforme des retraites", "neutral"),
    ("C'est notre rôle d'appliquer la réforme des retraites", "favor"),
    ("Nous ne reculerons pas. La réforme des retraites est nécessaire", "favor"),
    # for nothing, of no use; no settled view yet
    ("La réforme des retraites, c'est travailler plus longtemps pour rien", "against"),
    ("La réforme des retraites ne sert à rien", "against"),
    ("Nous n'avons pas encore d'avis arrêté sur la réforme des retraites", "neutral"),
    # a negated vote: against what is voted, for it when it is a refusal
    ("L'Allemagne ne voterait pas la réforme des retraites en l'état", "against"),
    ("Nous ne voterons pas le texte de la réforme des retraites", "against"),
    ("Nous voterons la réforme des retraites", "favor"),
    ("Je voterai la réforme des retraites", "favor"),
    ("Nous ne voterons jamais la réforme des retraites", "against"),
    ("Nous ne voterons pas la motion de censure contre la réforme des retraites", "favor"),
    # an aside between commas does not close a negation; a new clause with its subject does
    ("Il ne faut pas, je crois, adopter la réforme des retraites", "against"),
    ("Je ne suis pas, je le répète, favorable à la réforme des retraites", "against"),
    ("On ne peut pas, nous, accepter la réforme des retraites", "against"),
    ("Nous ne sommes pas, nous, opposés à la réforme des retraites", "favor"),
    ("Il n'y aura pas, je le garantis, de retrait de la réforme des retraites", "favor"),
    ("Il n'y aura jamais, nous le répétons, d'abrogation de la réforme des retraites", "favor"),
    ("Il n'est pas, ce matin, question de retirer la réforme des retraites", "favor"),
    ("Nous n'allons pas, ils le savent, abandonner la réforme des retraites", "favor"),
    ("Nous ne voterons pas, je vous le dis, la réforme des retraites", "against"),
    ("Sur la réforme des retraites, je ne peux pas, ce n'est pas mon rôle", "against"),
    ("Je ne lâcherai pas, j'exige l'abrogation de la réforme des retraites", "against"),
    ("Il n'y a pas, selon nous, de réforme des retraites juste", "against"),
    # open to all the proposals (a determiner after "tous"), "juste" as a judgement before "pour",
    # the adverb before an adjective; someone's interest or right; the protest's inflections; a
    # side declined in the first person or with a clitic; a report of the age is no vote's
    ("Nous restons ouverts à tous les aménagements de la réforme des retraites", "favor"),
    ("Le gouvernement reste ouvert à toutes les propositions sur la réforme des retraites", "favor"),
    ("Sur la réforme des retraites, l'école doit rester ouverte à tous", "neutral"),
    ("La réforme des retraites, c'est juste pour gagner du temps", "neutral"),
    # withdrawing or dropping it in every person, negated with its object after the "pas"
    ("Nous ne retirerons pas la réforme des retraites", "favor"),
    ("Nous n'abandonnerons pas la réforme des retraites", "favor"),
    ("Il faut retirer la réforme des retraites", "against"),
    ("Nous retirerons la réforme des retraites si le Conseil la censure", "against"),
    ("Le gouvernement ne retirera jamais la réforme des retraites", "favor"),
    # (second review: refusals voted further into the object, spoken French with no "ne", a second
    # negation taking over, people open to, "juste pour", the noun "car")
    ("Nous ne voterons pas la motion de rejet contre la réforme des retraites", "favor"),
    ("Les LR ne voteront pas la proposition de loi visant à abroger la réforme des retraites", "favor"),
    ("Nous ne voterons pas la nouvelle motion de censure contre la réforme des retraites", "favor"),
    ("Nous ne voterons pas la réforme des retraites", "against"),
    ("Nous voterons pas la réforme des retraites", "neutral"),
    ("On ne peut pas, on ne doit pas, retirer la réforme des retraites", "favor"),
    ("Je ne suis pas, ce n'est un secret pour personne, favorable à la réforme des retraites", "against"),
    ("La concertation sur la réforme des retraites est ouverte à tous les syndicats", "neutral"),
    ("Le gouvernement reste ouvert à toutes les propositions sur la réforme des retraites", "favor"),
    ("La réforme des retraites, c'est juste pour les riches", "neutral"),
    ("La réforme des retraites, c'est juste indécent", "against"),
    ("Nous n'avons pas de car pour aller à la manifestation, mais la réforme des retraites est juste", "favor"),
    ("La réforme des retraites, c'est juste inacceptable", "against"),
    ("La réforme des retraites est critiquée à juste titre par certains", "neutral"),
    ("Il y a urgence d'adopter la réforme des retraites", "favor"),
    ("L'urgence a été déclarée pendant le débat sur la réforme des retraites", "neutral"),
    ("Nous défendons l'intérêt des salariés face à la réforme des retraites", "neutral"),
    ("Nous défendrons le droit à la retraite à 60 ans lors du débat sur la réforme des retraites", "neutral"),
    ("Les salariés bloquent tout le pays contre la réforme des retraites", "against"),
    ("Après la réforme des retraites, les manifestants ont déferlé dans la rue", "against"),
    ("Après la réforme des retraites, ils battent le pavé", "against"),
    ("La réforme des retraites, ce n'est pas notre rôle de la juger", "neutral"),
    ("Ce n'est pas mon rôle de me prononcer sur la réforme des retraites", "neutral"),
    ("Ce n'est pas mon rôle de commenter la réforme des retraites", "neutral"),
    ("Ce n'est pas ma mission de contrôler la réforme des retraites", "against"),
    ("Après des semaines de débat, l'âge légal de la réforme des retraites sera reporté à 64 ans", "neutral"),
    ("Le vote sur la réforme des retraites, prévu pour demain, est reporté", "neutral"),
    # not knowing yet, with words between ("à ce stade", "en fait toujours")
    ("Il est difficile de savoir à ce stade si la réforme des retraites sera adoptée", "neutral"),
    ("Nous ne savons en fait toujours pas ce dont la réforme des retraites aura besoin", "neutral"),
    ("Nous savons que la réforme des retraites est injuste", "against"),
    # (not knowing what something is worth is a dismissal, not a hedge)
    ("Je ne sais pas ce que vaut cette réforme des retraites, c'est une catastrophe", "against"),
    # the proposition's absence supposed in a condition clause is no refusal of it
    ("Si nous n'avions pas la réforme des retraites, nous serions fermés", "neutral"),
    ("S'il n'y a pas de réforme des retraites, nous ouvrirons quand même", "neutral"),
    ("Il n'y aura pas de réforme des retraites", "against"),
    # (without a pronoun the main clause does not name it: one clause)
    ("Il a affirmé qu'il voterait contre après avoir examiné la réforme des retraites", "against"),
    # what was done before ("après l'avoir rejetée") is the backdrop of the stance said now
    ("Il serait prêt à voter la réforme des retraites après l'avoir rejetée à deux reprises", "favor"),
    ("Il rejette la réforme des retraites après l'avoir soutenue pendant des mois", "against"),
    ("Il votera la réforme des retraites après en avoir rejeté une première version", "favor"),
    # what it does to a good or a harm: less of a harm or more of a good is for it
    ("La réforme des retraites réduira le déficit", "favor"),
    ("La réforme des retraites permettra d'éviter la faillite", "favor"),
    ("Avec la réforme des retraites, il y aura moins de précarité", "favor"),
    ("Avec la réforme des retraites, les risques de faillite sont plus faibles", "favor"),
    ("La réforme des retraites va diminuer les pensions", "against"),
    ("La réforme des retraites va accroître les inégalités", "against"),
    ("Avec la réforme des retraites, il y aura plus de précarité", "against"),
    ("Avec la réforme des retraites, le système sera moins efficace", "against"),
    ("La réforme des retraites ne réduira pas le déficit", "against"),
    ("La réforme des retraites accroît les inégalités", "against"),
    # (its own harm is a judgement of it, whatever is done to the harm)
    ("Il faut limiter les dégâts de la réforme des retraites", "against"),
    # (a noun that is neither says nothing; "remet en cause" is no "cause")
    ("La réforme des retraites va réduire les effectifs", "neutral"),
    ("Au moins, la réforme des retraites a le mérite d'exister", "neutral"),
    # the harm of its absence, fronted, is for it; its absence as a subject too
    ("Sans la réforme des retraites, c'est la faillite", "favor"),
    ("Sans la réforme des retraites, les pensions seront plus faibles", "favor"),
    ("Sans la réforme des retraites, il y aurait moins de précarité", "against"),
    ("Pas de réforme des retraites signifie plus de précarité", "favor"),
    ("Pas de réforme des retraites signifie moins de précarité", "against"),
    # (the review's over-reaches: a disapproval of those who refuse it, a harm it would remove, a
    # time phrase before the comma, a change with no link to it, a comparison, a number, a noun)
    ("Nous déplorons la démagogie de l'opposition qui refuse la réforme des retraites", "favor"),
    ("Nous dénonçons la caricature faite par ceux qui refusent la réforme des retraites", "favor"),
    ("Sans la réforme des retraites, la crise sociale aurait été évitée", "against"),
    ("Sans la réforme des retraites, la pauvreté des retraités baisserait", "against"),
    ("Pas de réforme des retraites, c'est la fin de la précarité pour les seniors", "against"),
    ("Pas de réforme des retraites pendant la crise, ce serait irresponsable", "against"),
    ("Le chômage est en hausse et la réforme des retraites sera examinée lundi", "neutral"),
    ("Les effets de la réforme des retraites sur l'emploi sont plus faibles que prévu", "neutral"),
    ("La réforme des retraites est à tout le moins injuste pour les femmes", "against"),
    ("La réforme des retraites est moins injuste que celle de 2010, mais elle reste injuste", "against"),
    ("Plus de dix émissions ont été consacrées à la réforme des retraites", "neutral"),
    ("La réforme des retraites menace les pensions", "against"),
    # needing it, who gains from it, at whose expense, what it solves
    ("Nous avons besoin de cette réforme des retraites", "favor"),
    ("Nous avons besoin de temps pour expliquer la réforme des retraites", "neutral"),
    ("La réforme des retraites profitera à tous les Français", "favor"),
    ("La réforme des retraites ne profitera qu'aux plus riches", "against"),
    ("La réforme des retraites se fait sur le dos des travailleurs", "against"),
    ("La réforme des retraites se fera au détriment des plus modestes", "against"),
    ("La réforme des retraites est dans l'intérêt des jeunes générations", "favor"),
    ("La réforme des retraites assurera la pérennité du système", "favor"),
    ("La réforme des retraites règle le problème du financement", "favor"),
    ("La réforme des retraites ne résout aucun problème", "against"),
    ("La réforme des retraites ne règle rien", "against"),
    # judgements of law and of make
    ("La réforme des retraites est illégale", "against"),
    ("La réforme des retraites est inconstitutionnelle", "against"),
    ("La réforme des retraites viole la Constitution", "against"),
    ("La réforme des retraites est contraire à l'intérêt général", "against"),
    ("La réforme des retraites est conforme à la Constitution", "favor"),
    ("La réforme des retraites est mal ficelée", "against"),
    ("La réforme des retraites est une réforme idéologique", "against"),
    ("La réforme des retraites est justifiée", "favor"),
    ("La réforme des retraites n'est pas justifiée", "against"),
    ("La réforme des retraites est une bonne réponse", "favor"),
    # no side yet: open to talks, undecided, both sides of it
    ("Nous restons ouverts à la discussion sur la réforme des retraites", "neutral"),
    ("Je ne sais pas encore si je voterai la réforme des retraites", "neutral"),
    ("Il y a des choses positives et des choses négatives dans la réforme des retraites", "neutral"),
    # (the third review: a negation is not swallowed into a phrase, the reversal after "Sans"
    # ends with its clause, the reform's own text is its subject)
    ("La réforme des retraites ne se fait pas sur le dos des salariés", "neutral"),
    ("La réforme des retraites va se faire sur le dos des femmes", "against"),
    ("Sans la réforme des retraites, c'est la faillite, elle est donc nécessaire", "favor"),
    ("Le texte de la réforme des retraites réduira les pensions", "against"),
    ("La réforme des retraites, votée en force, va réduire les pensions", "against"),
    ("La réforme des retraites permettra, dès 2030, de réduire le déficit", "favor"),
    ("La réforme des retraites permet de préserver notre modèle social", "favor"),
    # a judgement of an act against it, that act being the subject, is the other way round for it
    ("La grève contre la réforme des retraites est illégale", "favor"),
    ("Le recours contre la réforme des retraites est voué à l'échec", "favor"),
    ("L'abrogation de la réforme des retraites serait une erreur", "favor"),
    ("La colère contre la réforme des retraites est justifiée", "against"),
    ("La grève contre la réforme des retraites n'est pas illégale", "against"),
    ("Le retrait de la réforme des retraites est une victoire", "against"),
    ("La mobilisation contre la réforme des retraites est légitime", "against"),
    # (a change since it, or the end it marks)
    ("Depuis la réforme des retraites, les pensions ont baissé", "against"),
    ("Depuis la réforme des retraites, le chômage a baissé", "favor"),
    ("La réforme des retraites signe la fin de la solidarité", "against"),
    ("Les pensions ont baissé avant la réforme des retraites", "neutral"),
    # (the fourth review: the reversal ends at a reason, a relative or the proposition named again)
    ("La grève contre la réforme des retraites est légitime car cette réforme des retraites est injuste", "against"),
    ("Le rejet de la réforme des retraites est la preuve que la réforme des retraites est injuste", "against"),
    ("La grève contre la réforme des retraites est loin d'être un échec", "against"),
    ("La grève contre la réforme des retraites a été un échec", "favor"),
    ("Depuis la réforme des retraites, les pensions n'ont pas augmenté", "neutral"),
    ("Avec la réforme des retraites, les pensions ont baissé et le chômage a augmenté", "against"),
])
def test_cues_and_negation_in_a_plain_target(plain_pension, sentence, expected):
    out = one(sentence, book=plain_pension)
    assert out["stance"] == expected, out["evidence"]


@pytest.mark.parametrize("topic, against, sentence, expected", [
    # a topic phrase opening with the target's own cue word: that cue applied to the proposition
    ("[réforme des retraites, retrait de la réforme]", "[retrait]",
     "Nous demandons le retrait de la réforme des retraites", "against"),
    # a general cue word opening a topic phrase is part of the proposition's name (no cue: neutral)
    ("[relance du nucléaire]", "[déchets]", "Le gouvernement a détaillé la relance du nucléaire", "neutral"),
    ("[accord de retrait]", "[trahison]", "Londres a publié le texte de l'accord de retrait", "neutral"),
])
def test_cue_words_at_the_start_of_a_topic_phrase(tmp_path, topic, against, sentence, expected):
    p = tmp_path / "t.yaml"
    p.write_text(f"id: t\nlabel: T\ndefinition: Une proposition.\ntopic: {topic}\nagainst: {against}\n", encoding="utf-8")
    out = one(sentence, book=stance.load_codebook(p))
    assert out["stance"] == expected, out["evidence"]


@pytest.mark.parametrize("content, cue, expected", [
    # an intention, and its negation; idioms of refusal and openness in the cue
    ("adopter la réforme des retraites", "envisage d'", "favor"),
    ("adopter la réforme des retraites", "n'envisage pas d'", "against"),
    ("la réforme des retraites", "a fermé la porte à", "against"),
    ("la réforme des retraites", "laisse la porte ouverte à", "favor"),
    ("la réforme des retraites", "a pris ses distances avec", "against"),
    ("la réforme des retraites", "a donné son feu vert à", "favor"),
    # no agreement yet is no side; a refusal negated in the future is a commitment
    ("Il n'y a pas de consensus sur la réforme des retraites", "a déclaré", "neutral"),
    ("Nous ne renoncerons pas à la réforme des retraites", "a déclaré", "favor"),
    ("Nous renonçons à la réforme des retraites", "a déclaré", "against"),
    # carrying it through, keeping, adopting, withdrawing; "the solution" and its negation
    ("Nous irons jusqu'au bout de la réforme des retraites", "a déclaré", "favor"),
    ("Nous maintenons la réforme des retraites", "a déclaré", "favor"),
    ("Il faut retirer la réforme des retraites", "a déclaré", "against"),
    ("La réforme des retraites doit être adoptée rapidement", "a déclaré", "favor"),
    ("La réforme des retraites ne doit pas être adoptée", "a déclaré", "against"),
    ("La réforme des retraites est la seule solution", "a déclaré", "favor"),
    ("La réforme des retraites n'est pas la solution", "a déclaré", "against"),
    ("La réforme des retraites va dans le bon sens", "a déclaré", "favor"),
    ("La réforme des retraites est une mauvaise réponse", "a déclaré", "against"),
    # for or against it, and not against it; a negative subject; "will not pass"; dead
    ("Nous sommes contre la réforme des retraites", "a déclaré", "against"),
    ("Nous sommes pour la réforme des retraites", "a déclaré", "favor"),
    # (for whose good is no side: the target's default)
    ("La réforme des retraites, elle est pour les jeunes", "a déclaré", "neutral"),
    ("Nous ne sommes pas contre la réforme des retraites", "a déclaré", "favor"),
    ("Nous ne sommes pas contre le travail mais contre la réforme des retraites", "a déclaré", "against"),
    ("Nous ne sommes pas contre la réforme des retraites, mais contre le 49.3", "a déclaré", "favor"),
    # (an idiom is no opposition: a plain report, the target's default)
    ("Mais contre toute attente, la réforme des retraites a été adoptée", "a déclaré", "neutral"),
    ("La réforme des retraites est pour l'instant suspendue", "a déclaré", "against"),
    ("Personne ne veut de la réforme des retraites", "a déclaré", "against"),
    ("La réforme des retraites ne passera pas", "a déclaré", "against"),
    ("La réforme des retraites est une bonne réforme", "a déclaré", "favor"),
    ("La réforme des retraites est enterrée", "a déclaré", "against"),
    # a vote or a position said with its preposition in the cue
    ("la réforme des retraites", "ont voté contre", "against"),
    ("la réforme des retraites", "ont voté pour", "favor"),
    ("la réforme des retraites", "s'est prononcé en faveur", "favor"),
    ("Nous voterons la réforme des retraites", "a déclaré", "favor"),
    # the turning remark of a story: a conditional refusal, negated
    ("Si on nous le demandait, nous ne nous opposerions pas à la réforme des retraites", "a déclaré", "favor"),
    # a body's decision as the speech act: adopted, validated, ratified; a fact in the content is no side
    ("l'article 7 de la réforme des retraites", "Mercredi, le Sénat a adopté", "favor"),
    ("la réforme des retraites", "a été adoptée samedi par", "favor"),
    ("le principe de la réforme des retraites", "a validé", "favor"),
    ("La réforme des retraites a été adoptée", "a déclaré", "neutral"),
    ("la réforme des retraites", "n'a pas adopté", "against"),
    # condemned, denounced (feminine and plural participles); worrying about it
    ("La réforme des retraites", "a été condamnée par", "against"),
    ("les effets de la réforme des retraites", "se sont inquiétés", "against"),
    ("Je m'inquiète de la réforme des retraites", "a déclaré", "against"),
    # for it, at the end of the clause; a disagreement
    ("La réforme des retraites ? C'est rassurant, je suis pour.", "disent-ils", "favor"),
    ("La réforme des retraites ? Je suis pour l'instant sans avis.", "a déclaré", "neutral"),
    # (a date is no side: "le vote sur la réforme est pour mardi")
    ("Le vote sur la réforme des retraites est pour mardi", "a déclaré", "neutral"),
    ("La réforme des retraites ? Je suis pour quand même", "a déclaré", "favor"),
    ("leur désaccord avec la réforme des retraites", "ont exprimé", "against"),
    # a count of marchers or strikers names it but takes no side; the speaker's own words do
    ("161 000 personnes ont manifesté samedi contre la réforme des retraites", "Selon", "none"),
    ("Un nombre record de manifestants contre la réforme des retraites", "selon", "none"),
    ("Nous étions 10 000 manifestants à refuser la réforme des retraites", "a déclaré", "against"),
    ("la réforme des retraites et le million de manifestants", "a dénoncé", "against"),
    # the ball in the other's court: asking them to clarify, to say what they want, to decide
    ("J'appelle le gouvernement à clarifier sa position sur la réforme des retraites", "a déclaré", "neutral"),
    ("Il appartient maintenant au Sénat de dire s'il votera la réforme des retraites", "a déclaré", "neutral"),
    ("Il est temps que le gouvernement dise ce qu'il veut faire de la réforme des retraites", "a déclaré", "neutral"),
    ("J'appelle les sénateurs à voter la réforme des retraites", "a déclaré", "favor"),
    ("Il appartient aux sénateurs de rejeter la réforme des retraites", "a déclaré", "against"),
    # threatening is the speech act: against, where the same words announced take no side
    # (the same words: blocking the country is the protest's own repertoire, against by itself)
    ("fermer leurs usines si la réforme des retraites passe", "menacent de", "against"),
    ("fermer leurs usines si la réforme des retraites passe", "prévoient de", "neutral"),
    ("bloquer le pays si la réforme des retraites passe", "prévoient de", "against"),
    # forcing it through, in the opposition's words
    ("Avec la réforme des retraites, il a délégitimé les représentants du peuple", "a rétorqué", "against"),
    # (a review's counter-examples) what a body adopts against the proposition is against it; a
    # year is no count; a count with a judgement takes the judgement's side; a decision that is
    # not an indirect question is no hedge
    ("une motion de rejet de la réforme des retraites", "ont adopté", "against"),
    ("le très contesté article 7 de la réforme des retraites", "Mercredi, le Sénat a adopté", "favor"),
    ("une journée de grève contre la réforme des retraites, qui a rassemblé 900.000 manifestants", "selon", "none"),
    ("l'abrogation de la réforme des retraites", "ont adopté", "against"),
    ("Les manifestants exigent l'abrogation de la réforme des retraites adoptée en 2023", "a déclaré", "against"),
    ("161 000 personnes ont manifesté contre la réforme des retraites, une réforme injuste", "a estimé", "against"),
    ("La moitié des grévistes soutiennent la réforme des retraites", "a déclaré", "favor"),
    ("Il revient au gouvernement de décider le retrait de la réforme des retraites", "a déclaré", "against"),
    # exceptions to the measure undo it in part
    ("des dérogations à la réforme des retraites pour les métiers pénibles", "a exigé", "against"),
    ("des exceptions à la réforme des retraites", "réclament", "against"),
    # backing what opposes it is against it; backing it, for it; a refusal still governs what it
    # refuses; an against word behind the object is no object of the support
    ("le rejet de la réforme des retraites", "a salué", "against"),
    ("à la mobilisation pour que le gouvernement renonce à la réforme des retraites", "a apporté son soutien", "against"),
    ("la réforme des retraites", "a salué", "favor"),
    ("à la réforme des retraites", "a apporté son soutien", "favor"),
    ("la réforme des retraites", "a rejeté", "against"),
    ("la réforme des retraites face à la grève", "a défendu", "favor"),
    ("le courage des députés face à la grève contre la réforme des retraites", "a salué", "favor"),
    ("la forte mobilisation contre la réforme des retraites", "a salué", "against"),
    # calls, as one call, to what the target is
    ("ses appels à la réforme des retraites", "a renouvelé", "favor"),
    # displeasure named as a noun is against what it is about
    ("sa déception face à la réforme des retraites", "a exprimé", "against"),
    ("leur mécontentement devant la réforme des retraites", "ont fait part de", "against"),
    ("son indignation après l'adoption de la réforme des retraites", "a dit", "against"),
    ("ses préoccupations face à la réforme des retraites", "a exprimé", "against"),
    # the speaker's own consent or attachment is for it
    ("son aval à la réforme des retraites", "a confirmé", "favor"),
    ("leur attachement à la réforme des retraites", "ont redit", "favor"),
    # saying no is refusing
    ("la réforme des retraites", "ont dit non", "against"),
    ("projet de réforme des retraites", "pour dire non", "against"),
])
def test_idioms_in_the_cue(plain_pension, content, cue, expected):
    out = one(content, cue=cue, book=plain_pension)
    assert out["stance"] == expected, out["evidence"]


def _target(tmp_path_factory, name: str, yaml_text: str) -> stance.Codebook:
    """A codebook of one target file written from ``yaml_text``."""
    p = tmp_path_factory.mktemp("target") / f"{name}.yaml"
    p.write_text(yaml_text, encoding="utf-8")
    return stance.load_codebook(p)


@pytest.fixture(scope="module")
def pension_sides(tmp_path_factory) -> stance.Codebook:
    """The plain target with the sides an analyst knows."""
    return _target(tmp_path_factory, "pension",
                   "id: pension\nlabel: Retraites\ndefinition: Le report de l'âge légal.\n"
                   "topic: [réforme des retraites]\nagainst: [abroger, grève]\n"
                   "sides: {favor: [Élisabeth Borne, DE], against: [CGT], neutral: [Conseil constitutionnel]}\n")


@pytest.mark.parametrize("text, expected", [
    # an anaphor naming the measure itself is judged as the measure, not relative to what the
    # statement before did to it; an act on it ("cette décision") or someone's initiative is
    ("« Nous refusons la réforme », a déclaré Sophie Binet. « Le projet est un gadget », a dit Jean Dupont.", "against"),
    ("« Le gouvernement a retiré la réforme », a déclaré Sophie Binet. « Cette décision est une erreur », a dit Jean "
     "Dupont.", "favor"),
    ("« Nous refusons la réforme », a déclaré Sophie Binet. Jean Dupont a salué l'initiative.", "against"),
])
def test_an_anaphor_naming_the_measure_is_judged_as_the_measure(tmp_path_factory, text, expected):
    book = _target(tmp_path_factory, "reform", "id: reform\nlabel: Réforme\ndefinition: La réforme.\n"
                   "topic: [la réforme]\nsides: {favor: [Élisabeth Borne], against: [Sophie Binet]}\n")
    coded = stance.code(speech.statements_in_text(text, article="a"), codebook=book, texts={"a": text})
    assert coded.iloc[-1]["stance"] == expected, coded.iloc[-1]["evidence"]


@pytest.mark.parametrize("sentence, who, expected, mark", [
    # no evidence of its own: the speaker's side, by name, organisation or country
    ("La réforme des retraites sera examinée au Sénat", dict(speaker="Elisabeth Borne"), "favor", "+side"),
    ("La réforme des retraites sera examinée au Sénat", dict(speaker="Sophie Binet", organization="CGT"),
     "against", "+side"),
    ("La réforme des retraites sera examinée au Sénat", dict(speaker="Olaf Scholz", country="DE"), "favor", "+side"),
    ("La réforme des retraites sera examinée au Sénat", dict(speaker="Conseil constitutionnel"), "neutral", "+side"),
    # nobody's side known: no evidence, no side
    ("La réforme des retraites sera examinée au Sénat", dict(speaker="Jean Dupont"), "neutral", ""),
    # a cue on the speaker's side is read as usual
    ("Nous exigeons l'abrogation de la réforme des retraites", dict(speaker="Sophie Binet", organization="CGT"),
     "against", ""),
    # a cue against it is far more often misread than a change of line: the side, marked for review
    ("Nous demandons l'abrogation de la réforme des retraites", dict(speaker="Élisabeth Borne"), "favor",
     "+off-side"),
    ("La CGT ne s'opposera pas à la réforme des retraites", dict(speaker="Sophie Binet", organization="CGT"),
     "against", "+off-side"),
    # a question stays a question
    ("La réforme des retraites sera-t-elle examinée au Sénat ?", dict(speaker="Sophie Binet", organization="CGT"),
     "neutral", ""),
    # the procedure of its vote or debate, as a fact, takes no side; a demand to postpone it does
    ("Le vote sur la réforme des retraites, prévu pour demain, est reporté", dict(speaker="Elisabeth Borne"),
     "neutral", ""),
    ("Le vote sur la réforme des retraites aura lieu la troisième semaine de janvier", dict(speaker="Elisabeth Borne"),
     "neutral", ""),
    ("Le débat sur la réforme des retraites se tiendra jeudi", dict(speaker="Elisabeth Borne"), "neutral", ""),
    ("La réforme des retraites aura bien lieu", dict(speaker="Elisabeth Borne"), "favor", "+side"),
    # waiting for a ruling, the next step of the procedure, a meeting about it, taking stock
    ("Nous attendons la décision du Conseil constitutionnel sur la réforme des retraites",
     dict(speaker="Sophie Binet", organization="CGT"), "neutral", ""),
    ("Le Conseil d'État rendra son avis sur la réforme des retraites le 14 avril", dict(speaker="Elisabeth Borne"),
     "neutral", ""),
    ("Nous rencontrerons la Première ministre mardi au sujet de la réforme des retraites",
     dict(speaker="Sophie Binet", organization="CGT"), "neutral", ""),
    ("Nous ferons le point sur la réforme des retraites dans un mois", dict(speaker="Elisabeth Borne"), "neutral", ""),
    # showing caution is no side
    ("Sur la réforme des retraites, le syndicat s'est montré plus prudent", dict(speaker="Sophie Binet", organization="CGT"),
     "neutral", ""),
    ("Les discussions sur la réforme des retraites se poursuivent", dict(speaker="Elisabeth Borne"), "neutral", ""),
    ("Les discussions sur la réforme des retraites ont repris", dict(speaker="Elisabeth Borne"), "neutral", ""),
    ("Nous faisions le point sur la réforme des retraites chaque semaine", dict(speaker="Elisabeth Borne"), "neutral", ""),
    # (talks that will not resume, a vote demanded, messages received are no procedure)
    ("Les discussions sur la réforme des retraites ne reprendront pas", dict(speaker="Sophie Binet", organization="CGT"),
     "against", "+side"),
    ("Le vote sur la réforme des retraites doit avoir lieu au Parlement, pas par 49.3",
     dict(speaker="Sophie Binet", organization="CGT"), "against", "+side"),
    ("Nous avons reçu des milliers de messages de colère à propos de la réforme des retraites",
     dict(speaker="Sophie Binet", organization="CGT"), "against", ""),
    ("Après des semaines de débat, l'âge légal de la réforme des retraites sera reporté à 64 ans",
     dict(speaker="Elisabeth Borne"), "favor", "+side"),
    # (subjecting something to it is no procedure)
    ("Ces événements seront soumis à la réforme des retraites", dict(speaker="Elisabeth Borne"), "favor", "+side"),
    ("Le vote sur la réforme des retraites doit être reporté", dict(speaker="Sophie Binet", organization="CGT"),
     "against", "+side"),
])
def test_the_analysts_sides_code_statements_without_evidence_and_outrank_a_cue_against_them(
        pension_sides, sentence, who, expected, mark):
    _assert_side(pension_sides, sentence, who, expected, mark)


def _assert_side(book, sentence: str, who: dict, expected: str, mark: str) -> None:
    """Code one statement said by ``who`` and check its stance and whether a side decided it."""
    row = {"article": "a", "start": 0, "end": len(sentence), "text": sentence, "cue": "a déclaré",
           "speaker": "", "organization": "", "country": "", **who}
    out = stance.code(pd.DataFrame([row]), codebook=book).iloc[0]
    assert out["stance"] == expected, (out["stance_rule"], out["evidence"])
    rule = out["stance_rule"]
    assert rule.endswith(mark) if mark else not rule.endswith("side"), rule


@pytest.mark.parametrize("sentence, mention, setting, expected, mark", [
    # a speaker named only as a marcher or striker speaks for the protest: against by default
    ("On est là, Macron démission, la réforme des retraites on n'en veut pas", "les contestataires", "", "against", ""),
    ("La réforme des retraites sera examinée au Sénat", "une manifestante", "", "against", "+side"),
    ("La réforme des retraites sera examinée au Sénat", "la gréviste au nom de son syndicat", "", "against", "+side"),
    ("La réforme des retraites sera examinée au Sénat", "quelques centaines de manifestants à Paris", "", "against", "+side"),
    # a side nobody listed never outranks the statement's own evidence
    ("La réforme des retraites est une bonne chose", "une manifestante", "", "favor", ""),
    # not marchers against it: a non-striker, counter-demonstrators, marchers for the reform
    ("La réforme des retraites sera examinée au Sénat", "un non gréviste", "", "neutral", ""),
    ("La réforme des retraites sera examinée au Sénat", "les contre manifestants", "", "neutral", ""),
    ("La réforme des retraites sera examinée au Sénat", "des manifestants pro-réforme", "", "neutral", ""),
    ("La réforme des retraites sera examinée au Sénat", "un manifestant favorable à la réforme", "", "neutral", ""),
    # the target says otherwise: marchers who demand the proposition, or no side at all
    ("La réforme des retraites sera examinée au Sénat", "une manifestante", "protesters: favor\n", "favor", "+side"),
    ("La réforme des retraites sera examinée au Sénat", "une manifestante", "protesters: none\n", "neutral", ""),
    # only the mention's head: a policeman facing them, an activist of any side, a union leader
    ("La réforme des retraites sera examinée au Sénat", "un policier face aux manifestants", "", "neutral", ""),
    ("La réforme des retraites sera examinée au Sénat", "un militant", "", "neutral", ""),
])
def test_an_unnamed_marcher_speaks_for_the_protest_unless_the_target_says_otherwise(
        tmp_path_factory, sentence, mention, setting, expected, mark):
    book = _target(tmp_path_factory, "pension", "id: pension\nlabel: Retraites\ndefinition: Le report de l'âge légal.\n"
                   "topic: [réforme des retraites]\n" + setting)
    _assert_side(book, sentence, {"speaker_mention": mention}, expected, mark)


@pytest.mark.parametrize("scene, content, who, expected", [
    # a person the report leaves unnamed in the protest it describes speaks for the protest
    ("Dans le cortège parisien, les drapeaux flottaient.", "On garde espoir",
     {"speaker_mention": "ils", "speaker_type": "person"}, "against"),
    ("Les manifestants remplissaient la place.", "Regardez comme nous sommes nombreux",
     {"speaker_mention": "une femme présente", "speaker_type": "person"}, "against"),
    # not without a protest scene (a protest announced is none), nor a named person, a role, a
    # body, or no mention at all
    ("Au Sénat, les débats se poursuivaient.", "On garde espoir",
     {"speaker_mention": "ils", "speaker_type": "person"}, "neutral"),
    ("Des manifestations sont encore prévues samedi.", "Les décrets seront publiés cet été",
     {"speaker_mention": "une femme", "speaker_type": "person"}, "neutral"),
    ("Dans le cortège parisien, les drapeaux flottaient.", "Les décrets seront publiés cet été",
     {"speaker_mention": "une source gouvernementale", "speaker_type": "person"}, "neutral"),
    ("Dans le cortège parisien, les drapeaux flottaient.", "Nous avons procédé à douze interpellations",
     {"speaker_mention": "un policier", "speaker_type": "person"}, "neutral"),
    ("Dans le cortège parisien, les drapeaux flottaient.", "Les décrets seront publiés cet été",
     {"speaker_mention": "", "speaker_type": ""}, "neutral"),
    ("Dans le cortège parisien, les drapeaux flottaient.", "On garde espoir",
     {"speaker": "Jean Dupont", "speaker_mention": "Jean Dupont", "speaker_type": "person"}, "neutral"),
    ("Dans le cortège parisien, les drapeaux flottaient.", "Le calme est revenu",
     {"speaker_mention": "la préfecture", "speaker_type": "institution"}, "neutral"),
    # and a side nobody listed never outranks the statement's own evidence
    ("Dans le cortège parisien, les drapeaux flottaient.", "Ce serait une bonne chose",
     {"speaker_mention": "ils", "speaker_type": "person"}, "favor"),
])
def test_an_unnamed_voice_of_a_protest_speaks_for_it(plain_pension, scene, content, who, expected):
    text = (f"La réforme des retraites divise. Les syndicats dénoncent la réforme des retraites. {scene} "
            f"« {content} », lance-t-on.")
    start = text.index(content)
    row = {"article": "a", "start": start, "end": start + len(content), "text": content, "cue": "lance",
           "speaker": "", "organization": "", "country": "", **who}
    out = stance.code(pd.DataFrame([row]), codebook=plain_pension, texts={"a": text}).iloc[0]
    assert out["stance"] == expected, out["stance_rule"]


@pytest.mark.parametrize("between, later_speaker, expected", [
    # the speaker's line within a few statements of the same report
    (0, "Sophie Binet", "against"),
    (2, "Sophie Binet", "against"),
    # further away the line no longer holds: no evidence, no side
    (4, "Sophie Binet", "neutral"),
    # another voice of the same organisation does not inherit it
    (0, "Marylise Léon", "neutral"),
])
def test_a_speakers_line_carries_over_a_few_statements_only(plain_pension, between, later_speaker, expected):
    said = [("Sophie Binet", "Nous demandons d'abroger la réforme des retraites")]
    said += [("Jean Dupont", "Il a fait beau toute la journée")] * between
    said += [(later_speaker, "La réforme des retraites sera examinée au Sénat")]
    rows = [{"article": "a", "start": 100 * k, "end": 100 * k + len(t), "text": t, "cue": "a déclaré",
             "speaker": who, "organization": "CGT" if who != "Jean Dupont" else "", "country": ""}
            for k, (who, t) in enumerate(said)]
    out = stance.code(pd.DataFrame(rows), codebook=plain_pension)
    assert out["stance"].iloc[0] == "against"
    assert out["stance"].iloc[-1] == expected, out["stance_rule"].iloc[-1]


@pytest.fixture(scope="module")
def iran_states(tmp_path_factory) -> stance.Codebook:
    """A proposition that divides states, its sides given by leaders' names only."""
    return _target(tmp_path_factory, "iran",
                   "id: iran\nlabel: Sortie de l'accord\ndefinition: Le retrait américain de l'accord nucléaire.\n"
                   "topic: [accord nucléaire]\n"
                   "sides: {favor: [Donald Trump], against: [Emmanuel Macron, Angela Merkel], neutral: [Yukiya Amano]}\n")


@pytest.mark.parametrize("speaker, country, cue_words, expected", [
    # a state whose listed leader is on a side: its other official voices with no evidence of
    # their own take that side
    ("Élysée", "FR", "", "against"),
    ("ministère allemand des Affaires étrangères", "DE", "", "against"),
    ("département d'État", "US", "", "favor"),
    # a state nobody listed: no side
    ("Kremlin", "RU", "", "neutral"),
    # evidence of its own is read as usual: no off-side override for a state's inferred side
    ("Élysée", "FR", "Nous saluons ", "favor"),
])
def test_a_states_listed_leaders_give_its_other_voices_their_side(iran_states, speaker, country, cue_words, expected):
    book = stance.with_register(iran_states, actors.load_register())
    out = one(cue_words + "l'accord nucléaire sera discuté à Vienne", speaker=speaker, country=country, book=book)
    assert out["stance"] == expected, (out["stance_rule"], out["evidence"])


@pytest.fixture(scope="module")
def iran_named_states(tmp_path_factory) -> stance.Codebook:
    """Sides that name states by their names in the register, not by their codes."""
    return _target(tmp_path_factory, "iran_named",
                   "id: iran_named\nlabel: Sortie de l'accord\ndefinition: Le retrait américain de l'accord nucléaire.\n"
                   "topic: [accord nucléaire, sanctions américaines]\n"
                   "sides: {favor: [Israël], against: [Chine, Allemagne], neutral: [Suisse]}\n")


@pytest.mark.parametrize("speaker, country, text, expected", [
    # "Chine" names the state, as CN would: a cue against that side gives way to it
    ("Wang Yi", "CN", "Nous soutenons les sanctions américaines", "against"),
    ("Heiko Maas", "DE", "Il est essentiel de rétablir les sanctions américaines", "against"),
    ("Ignazio Cassis", "CH", "Nous soutenons les sanctions américaines", "neutral"),
    ("Heiko Maas", "DE", "l'accord nucléaire sera discuté à Vienne", "against"),
    ("Benyamin Nétanyahou", "IL", "l'accord nucléaire sera discuté à Vienne", "favor"),
    ("Ignazio Cassis", "CH", "l'accord nucléaire sera discuté à Vienne", "neutral"),
    # a state nobody listed keeps its own reading
    ("Sergueï Lavrov", "RU", "l'accord nucléaire sera discuté à Vienne", "neutral"),
])
def test_a_state_named_in_the_sides_is_listed_like_its_code(iran_named_states, speaker, country, text, expected):
    book = stance.with_register(iran_named_states, actors.load_register())
    out = one(text, speaker=speaker, country=country, book=book)
    assert out["stance"] == expected, (out["stance_rule"], out["evidence"])


def test_a_domestic_proposition_has_no_state_camps(pension_sides):
    # Borne (FR) for, the CGT against: no state is against, so the French state's other bodies
    # (a prefecture, an agency) do not take the government's side
    book = stance.with_register(pension_sides, actors.load_register())
    assert book.targets[0].state_sides == {}
    out = one("La réforme des retraites sera examinée au Sénat", speaker="préfecture de police", country="FR", book=book)
    assert out["stance"] == "neutral"


@pytest.fixture(scope="module")
def exit_target(tmp_path_factory) -> stance.Codebook:
    """A proposition that undoes something: leaving a deal."""
    return _target(tmp_path_factory, "exit",
                   "id: exit\nlabel: Sortie de l'accord\ndefinition: Le retrait américain de l'accord nucléaire.\n"
                   "topic: [retrait américain, sortie de l'accord, sanctions américaines]\n"
                   "undoes: [accord nucléaire, l'accord]\nagainst: [préserver l'accord]\n")


@pytest.mark.parametrize("book, cue, text, expected", [
    # supporting, applying or welcoming what the proposition undoes argues against it
    ("exit_target", "a réaffirmé", "le plein soutien de la Suisse à l'accord nucléaire", "against"),
    ("exit_target", "a déclaré", "Nous continuerons à appliquer l'accord", "against"),
    ("exit_target", "a salué", "l'accord nucléaire", "against"),
    # rejecting it argues for the proposition
    ("exit_target", "a déclaré", "L'accord nucléaire est un terrible accord, nous le rejetons", "favor"),
    ("exit_target", "a dénoncé", "l'accord nucléaire", "favor"),
    # an undoing word before it names the proposition itself, read as usual
    ("exit_target", "a déclaré", "Nous regrettons le retrait de l'accord nucléaire", "against"),
    ("exit_target", "a dénoncé", "le retrait de l'accord nucléaire", "against"),
    ("exit_target", "a déclaré", "Washington veut quitter l'accord", "favor"),
    ("exit_target", "a déclaré", "Nous n'allons pas quitter l'accord", "against"),
    ("exit_target", "a déclaré", "Nous saluons le retrait américain de l'accord", "favor"),
    # the target's own cue words are about the proposition: never read the other way
    ("exit_target", "a déclaré", "Il faut préserver l'accord", "against"),
    # a clause naming the proposition's own topic words is read as usual
    ("exit_target", "a déclaré", "Nous soutenons les sanctions américaines", "favor"),
    # any target: the speech act on what undoes the proposition reads the other way round
    ("pension_sides", "a salué", "la suspension de la réforme des retraites", "against"),
    ("pension_sides", "a dénoncé", "la suspension de la réforme des retraites", "favor"),
    ("pension_sides", "regrette", "la fin de la réforme des retraites", "favor"),
    ("pension_sides", "a demandé", "la suppression de la réforme des retraites", "against"),
    ("pension_sides", "souhaite", "que le gouvernement renonce à la réforme des retraites", "against"),
    ("pension_sides", "souhaite", "que le gouvernement revienne sur sa décision d'appliquer la réforme des retraites",
     "against"),
    # refusing an undoing keeps the proposition; the speech act on it directly is read as said
    ("pension_sides", "a rejeté", "le retrait de la réforme des retraites", "favor"),
    ("pension_sides", "a salué", "la réforme des retraites", "favor"),
    ("pension_sides", "a dénoncé", "la réforme des retraites", "against"),
    # "à la fin de" is a time, not an undoing
    ("pension_sides", "a annoncé", "qu'à la fin de l'été la réforme des retraites sera appliquée", "neutral"),
])
def test_what_undoes_the_proposition_is_read_the_other_way_round(request, book, cue, text, expected):
    out = one(text, cue=cue, book=request.getfixturevalue(book))
    assert out["stance"] == expected, (out["stance_rule"], out["evidence"])


@pytest.mark.parametrize("text, expected", [
    ("Nous soutenons la réforme des retraites", "favor"),
    ("Nous demandons le retrait de la réforme des retraites", "against"),
])
def test_a_target_without_undoes_reads_its_topic_words_as_the_proposition(pension_sides, text, expected):
    assert one(text, speaker="Jean Dupont", book=pension_sides)["stance"] == expected


def test_off_side_cue_keeps_the_cues_reading_against_the_side(tmp_path):
    p = tmp_path / "pension.yaml"
    p.write_text("id: pension\nlabel: Retraites\ndefinition: Le report de l'âge légal.\n"
                 "topic: [réforme des retraites]\nsides: {favor: [Élisabeth Borne]}\noff_side: cue\n", encoding="utf-8")
    book = stance.load_codebook(p)
    out = one("Nous demandons le retrait de la réforme des retraites", speaker="Élisabeth Borne", book=book)
    assert (out["stance"], out["stance_rule"]) == ("against", "cue+off-side")
    assert one("La réforme des retraites sera examinée au Sénat", speaker="Élisabeth Borne", book=book)["stance"] == "favor"


def test_second_target_anaphora_and_observers(tmp_path):
    book = _book_with(tmp_path, [PENSION])
    _, df = _story([dict(content="Le gouvernement propose de reporter l'âge légal à 64 ans", speaker="Borne", country="FR"),
                    dict(content="Nous rejetons cette réforme", speaker="Sophie Binet", country="")])
    coded = stance.code(df, codebook=book)
    assert coded["stance"].tolist() == ["favor", "against"]
    assert coded["stance_rule"].iloc[1].startswith("context+")
    # an analyst is still an observer for any target
    row = one("Le report de l'âge légal à 64 ans sera adopté", speaker="Jean Dupont, économiste à l'OFCE", book=book)
    assert row["stance"] == "neutral" and row["stance_rule"] == "relay"


# A reason given for the position just stated, by the same speaker, carries that position.
@pytest.mark.parametrize("first, reason, speaker2, cue, expected", [
    ("Nous ne collaborons pas et nous ne coordonnons pas avec les Russes",
     "le but des opérations militaires russes et américaines n'était pas le même", "Davis", "en expliquant", "against"),
    ("Nous ne collaborons pas et nous ne coordonnons pas avec les Russes",
     "Les opérations russes visent surtout à sauver le régime", "Davis", "a-t-il justifié", "against"),
    ("Moscou propose à Washington de mener des frappes conjointes contre les jihadistes",
     "la menace terroriste concerne tout le monde", "Davis", "a-t-il expliqué", "favor"),
    # not a reason: another speaker, or a speech verb that only adds
    ("Nous ne collaborons pas et nous ne coordonnons pas avec les Russes",
     "le but des opérations militaires russes et américaines n'était pas le même", "Cook", "a expliqué", "none"),
    ("Nous ne collaborons pas et nous ne coordonnons pas avec les Russes",
     "le but des opérations militaires russes et américaines n'était pas le même", "Davis", "a-t-il ajouté", "none"),
])
def test_reasons_carry_the_position(first, reason, speaker2, cue, expected):
    _, df = _story([dict(content=first, speaker="Davis", country="US"),
                    dict(content=reason, speaker=speaker2, country="US", cue=cue)])
    assert stance.code(df, codebook=BOOK)["stance"].iloc[-1] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Les frappes seraient menées par la chasse russe ou américaine", "favor"),
    ("Les raids seront effectués par les avions américains et russes", "favor"),
    # a third state sharing the strikes: not the two parties' cooperation
    ("Les frappes seraient menées par l'aviation russe ou turque", "none"),
])
def test_strikes_shared_between_two_forces(sentence, expected):
    assert one(sentence, country="US")["stance"] == expected


def _in_article(text: str, content: str, cue: str, book, *, sentence: str = "") -> pd.Series:
    """The coded row of one statement (``content``, found in ``text``) in an article; with
    ``sentence``, the statement's sentence (found in ``text``) is given as well."""
    start = text.index(content)
    row = {"article": "a", "start": start, "end": start + len(content), "text": content,
           "cue": cue, "speaker": "X", "country": ""}
    if sentence:
        row.update(sentence_start=text.index(sentence), sentence_end=text.index(sentence) + len(sentence))
    return stance.code(pd.DataFrame([row]), codebook=book, texts={"a": text}).iloc[0]


@pytest.mark.parametrize("content, expected", [
    # in an article about the proposition, a reported count takes no side on it ...
    ("Quelque 12.000 policiers et gendarmes seront mobilisés en France", "none"),
    ("plus de 900 000 manifestants partout en France", "none"),
    ("ce neuvième acte a mobilisé 280 000 manifestants, contre 245 000 lors de la dernière mobilisation", "none"),
    # (not with the target's own cue words: "exiger l'abrogation")
    ("un nombre record de manifestants ont exigé l'abrogation de la loi", "against"),
    # a content that is nothing but a count ("750 selon la police")
    ("750", "none"),
    ("800 à Montceau-les-Mines", "none"),
    ("au moins 260 participants", "none"),
    # not an age or a duration
    ("64 ans", "neutral"),
    ("3 mois de plus", "neutral"),
    # ... unless the speaker takes one, or speaks in the first person
    ("Plus de 900 000 manifestants ont rejeté cette injustice", "against"),
    ("Nous serons 900 000 dans la rue mardi", "neutral"),
])
def test_counts_in_an_article_about_the_proposition(plain_pension, content, expected):
    text = ("La réforme des retraites divise. Les syndicats dénoncent la réforme des retraites. "
            f"Selon le ministère, {content}.")
    row = _in_article(text, content, "Selon", plain_pension)
    assert row["stance"] == expected, row["stance_rule"]


@pytest.mark.parametrize("content, expected", [
    # in an article about the deal, a statement naming no topic word is about it ...
    ("Ce texte est inacceptable et nous le rejetons", "against"),
    # ... unless it names what the target excludes
    ("Un report de trois mois serait une solution rationnelle", "none"),
    ("Il faut un second référendum, a-t-il dit", "none"),
    # an excluded word in an adjunct does not count, nor beside the target's own cue words
    ("Si un report est décidé, ce texte restera inacceptable", "against"),
    ("le vote a été reporté mais nous voterons contre", "against"),
    ("c'est une trahison, qui sacrifie notre relation avec Dublin", "against"),
])
def test_an_article_about_the_proposition_keeps_its_exclusions(tmp_path, content, expected):
    p = tmp_path / "deal.yaml"
    p.write_text("id: deal\nlabel: Accord de retrait\ndefinition: L'accord de retrait du Royaume-Uni.\n"
                 "topic: [accord de retrait]\nexclude: [report, second référendum, relation]\n"
                 "against: [voter contre, trahison]\n", encoding="utf-8")
    book = stance.load_codebook(p)
    text = ("L'accord de retrait divise. Les députés rejettent l'accord de retrait. "
            f"Le ministre a répondu que {content}.")
    row = _in_article(text, content, "a répondu", book)
    assert row["stance"] == expected, row["stance_rule"]


def test_a_share_of_a_body_is_no_observer():
    """"la majorité des députés" votes and takes a side; only people polled are observers."""
    row = {"article": "a", "start": 0, "end": 10, "text": "Moscou et Washington doivent coordonner leurs frappes",
           "cue": "estime", "speaker": "", "speaker_mention": "la majorité des députés", "speaker_type": "person",
           "country": ""}
    out = stance.code(pd.DataFrame([row]), codebook=BOOK).iloc[0]
    assert out["stance_rule"] != "relay", out["evidence"]


@pytest.mark.parametrize("lead, expected", [
    # a topic word in the headline or the lead counts twice: the article is about the proposition
    ("La réforme des retraites divise la majorité.", "favor"),
    # lower in an article of ordinary length, one mention is not enough ...
    ("Les députés siègent cette semaine. " * 120 + "La réforme des retraites divise la majorité.", "none"),
    # ... but a dispatch of under half that length names its topic half as often (or less)
    ("Les députés siègent cette semaine. " * 40 + "La réforme des retraites divise la majorité.", "favor"),
])
def test_an_article_whose_lead_names_the_proposition_is_about_it(plain_pension, lead, expected):
    content = "ce texte est une bonne mesure"
    row = _in_article(f"{lead} Le ministre a répondu que {content}.", content, "a répondu", plain_pension)
    assert row["stance"] == expected, row["stance_rule"]


_FILLER = "Le match de football a eu lieu samedi soir devant un stade plein. " * 8   # ~540 characters


@pytest.mark.parametrize("between, after, reach, expected", [
    # a statement a paragraph or two from the proposition's last mention takes the article's topic
    (1, "", None, "against"),
    (2, "", None, "against"),
    # three paragraphs and more away, the article has moved on: the statement is about that
    (3, "", None, "none"),
    (5, "", None, "none"),
    # a mention just after the statement counts as well as one before it
    (5, " La réforme des retraites reste contestée.", None, "against"),
    # the target may widen the reach, or lift it (0)
    (3, "", 2000, "against"),
    (5, "", 0, "against"),
])
def test_the_article_topic_reaches_a_few_paragraphs(tmp_path_factory, between, after, reach, expected):
    book = _target(tmp_path_factory, "pension", "id: pension\nlabel: Retraites\ndefinition: Le report de l'âge légal.\n"
                   "topic: [réforme des retraites]\n" + (f"context_reach: {reach}\n" if reach is not None else ""))
    content = "c'est une injustice que nous rejetons"
    lead = "La réforme des retraites divise. Les syndicats combattent la réforme des retraites.\n"
    sentence = f"Le ministre a répondu que {content}."
    text = lead + (_FILLER + "\n") * between + sentence + after
    row = _in_article(text, content, "a répondu", book, sentence=sentence)
    assert row["stance"] == expected, row["stance_rule"]


def test_a_target_cue_word_keeps_a_far_statement_on_target(plain_pension):
    content = "il faut abroger ce texte"
    sentence = f"Le député a répondu qu'{content}."
    text = ("La réforme des retraites divise. Les syndicats combattent la réforme des retraites.\n"
            + (_FILLER + "\n") * 5 + sentence)
    assert _in_article(text, content, "a répondu", plain_pension, sentence=sentence)["stance"] == "against"


@pytest.mark.parametrize("content, expected", [
    # weighing two options: the first is preferred, whatever faults it is granted ...
    ("une réforme imparfaite vaut mieux que pas de réforme du tout", "favor"),
    ("il vaut mieux ça qu'une faillite du système", "favor"),
    ("mieux vaut cette réforme injuste que la faillite", "favor"),
    # ... and the option set aside is against, when only it names the proposition
    ("mieux vaut une conférence sociale que cette réforme injuste", "against"),
    ("il faut une conférence sociale plutôt que cette réforme", "against"),
    # one option only ("il vaut mieux que" + subjunctive) is no weighing
    ("il vaut mieux que la réforme soit injuste", "against"),
    # what the preferred option does to the proposition stands; a weighing that names neither
    # option as the proposition is about something else; "préférer ... à" needs a noun phrase
    ("nous exigeons le retrait de la réforme plutôt qu'un aménagement", "against"),
    ("mieux vaut augmenter les salaires que voter la réforme", "against"),
    ("nous préférons la voie du dialogue à celle du conflit", "neutral"),
    ("je préfère ne pas répondre à cette question", "neutral"),
    # (a pronoun stands for the proposition only when the other option does not name it; an
    # adverb may precede the preferred noun phrase)
    ("il vaut mieux ça que cette réforme injuste", "against"),
    ("nous préférons de loin une hausse des cotisations à cette réforme", "against"),
])
def test_a_preference_weighs_two_options(plain_pension_words, content, expected):
    text = f"La réforme des retraites divise. La réforme des retraites est votée. Le ministre a répondu que {content}."
    row = _in_article(text, content, "a répondu", plain_pension_words)
    assert row["stance"] == expected, row["evidence"]


@pytest.fixture(scope="module")
def plain_pension_words(tmp_path_factory) -> stance.Codebook:
    """A target with its own words for and against, "injuste" among them."""
    return _target(tmp_path_factory, "pension", "id: pension\nlabel: Retraites\ndefinition: Le report de l'âge légal.\n"
                   "topic: [réforme des retraites, réforme]\nagainst: [injuste]\n")


def test_a_verb_of_preferring_before_the_quotation(tmp_path_factory):
    from helpers import speech

    book = _target(tmp_path_factory, "pass", "id: pass\nlabel: Pass\ndefinition: Le pass sanitaire.\ntopic: [pass sanitaire]\n")
    text = ("Le pass sanitaire entre en vigueur. Le pass sanitaire divise les patrons. "
            "Le Medef préfère « cela à un reconfinement », a-t-il dit.")
    df = speech.statements_in_text(text, article="a")
    row = stance.code(df, codebook=book, texts={"a": text}).iloc[-1]
    assert (row["text"], row["stance"]) == ("cela à un reconfinement", "favor"), row["evidence"]


@pytest.mark.parametrize("sentence, expected", [
    # what a measure does to goods and harms, in another domain than pensions
    ("Le pass sanitaire permet de limiter la circulation du virus", "favor"),
    ("Le pass sanitaire a permis d'éviter des milliers d'hospitalisations", "favor"),
    ("Le pass sanitaire évite un nouveau confinement", "favor"),
    ("Sans pass sanitaire, ce serait le reconfinement", "favor"),
    ("Le pass sanitaire va faire chuter notre chiffre d'affaires", "against"),
    ("Le pass sanitaire entraîne une baisse de la fréquentation", "against"),
    ("Avec le pass sanitaire, nous avons perdu 30 % de nos clients", "against"),
    ("Le pass sanitaire fait fuir les clients", "against"),
    ("Le nombre de contaminations est en hausse, et le pass sanitaire sera étendu", "neutral"),
    ("Le pass sanitaire entrera en vigueur lundi", "neutral"),
    # (the second review: the change must be its doing, not a condition, nor another agent's)
    ("Si le pass sanitaire fait baisser les contaminations, il faudra le dire", "neutral"),
    ("L'avenir du pass sanitaire sera décidé lundi", "neutral"),
    ("La baisse des contaminations précède le pass sanitaire", "neutral"),
    ("Les opposants au pass sanitaire attisent les tensions", "neutral"),
    ("Le pass sanitaire est un outil utile qui limite les contaminations", "favor"),
    ("Sans le pass sanitaire, les hospitalisations seraient plus nombreuses", "favor"),
    ("Sans le pass sanitaire, la crise serait finie", "against"),
])
def test_what_a_measure_does_to_goods_and_harms(tmp_path_factory, sentence, expected):
    book = _target(tmp_path_factory, "pass", "id: pass\nlabel: Pass\ndefinition: Le pass sanitaire.\ntopic: [pass sanitaire]\n")
    out = one(sentence, book=book)
    assert out["stance"] == expected, out["evidence"]


@pytest.mark.parametrize("sentence, expected", [
    # refusing what the target calls against keeps the proposition ...
    ("Nous rejetons toute renégociation de l'accord de retrait", "favor"),
    # ... unless that word judges the proposition itself: rejecting "ce mauvais accord" rejects it
    ("Le maire se réjouit du rejet de ce « mauvais accord » de retrait", "against"),
    ("Nous saluons le rejet de ce mauvais accord de retrait", "against"),
])
def test_rejecting_the_proposition_judged_badly(tmp_path_factory, sentence, expected):
    book = _target(tmp_path_factory, "deal", "id: deal\nlabel: Accord\ndefinition: L'accord de retrait.\n"
                   "topic: [accord de retrait]\nagainst: [mauvais accord, renégociation]\n")
    out = one(sentence, book=book)
    assert out["stance"] == expected, out["evidence"]


@pytest.mark.parametrize("text, expected", [
    # a ruling on the procedure (an option, a date, a vote to hold) takes no side on what is voted
    ("La présidente de l'Assemblée a rejeté l'option d'un troisième vote sur la réforme des retraites.", "neutral"),
    ("Le gouvernement a rejeté la date du vote sur la réforme des retraites.", "neutral"),
    # a vote held, or the proposition itself, is a side
    ("La CGT a salué le vote contre la réforme des retraites.", "against"),
    ("La CGT a rejeté la réforme des retraites.", "against"),
    # condemning the procedure is a side
    ("La CGT a dénoncé le débat tronqué sur la réforme des retraites.", "against"),
    ("Les syndicats ont condamné la lecture définitive de la réforme des retraites.", "against"),
    # a verb of saying the stance lexicon does not know takes its polarity from the speech lexicon
    ("La CGT a critiqué la réforme des retraites.", "against"),
    ("La CGT a épinglé la réforme des retraites.", "against"),
    ("Le syndicat a balayé la réforme des retraites.", "against"),
    ("Le ministre a prôné la réforme des retraites.", "favor"),
    # (read against its object, as the stance lexicon's cues are: criticising its withdrawal is for it)
    ("La CGT a critiqué le retrait de la réforme des retraites.", "favor"),
    # (words that judge decide: "injuste" in the content, not the verb's default)
    ("Le ministre a prôné une réforme des retraites injuste, selon la CGT.", "against"),
    # praising or cheering it, sneering at it
    ("Le patronat a vanté la réforme des retraites.", "favor"),
    ("Le Medef s'est réjoui de la réforme des retraites.", "favor"),
    ("La CGT a ironisé sur la réforme des retraites.", "against"),
    ("Le patronat a vanté le retrait de la réforme des retraites.", "against"),
    # blocking it undoes it: accusing someone of blocking it is for it, calling to block it against
    ("Le ministre a accusé l'opposition de bloquer la réforme des retraites.", "favor"),
    ("La CGT a dénoncé le blocage de la réforme des retraites.", "favor"),
    ("La CGT a appelé à bloquer la réforme des retraites.", "against"),
    # those who would undo it: criticising them is for it, saluting them against
    ("Le ministre a épinglé les opposants à la réforme des retraites.", "favor"),
    ("La CGT a salué les opposants à la réforme des retraites.", "against"),
    ("Le ministre a dénoncé les détracteurs de la réforme des retraites.", "favor"),
    ("Les opposants à la réforme des retraites sont nombreux, a déclaré le ministre.", "neutral"),
    # (a review's counter-examples) the verb's polarity is about its object only when that is the
    # proposition or what undoes it; attacks on it, and wrecking it, undo it; "non seulement" is no no
    ("La CGT a critiqué le ministre pour sa réforme des retraites.", "neutral"),
    ("Le ministre a recommandé la prudence sur la réforme des retraites.", "neutral"),
    ("Le ministre a balayé les critiques contre la réforme des retraites.", "favor"),
    ("Le ministre a accusé les syndicats de vouloir saboter la réforme des retraites.", "favor"),
    ("La CGT s'est réjouie de l'échec de la réforme des retraites.", "against"),
    ("Il a dit non seulement que la réforme des retraites était juste, mais nécessaire.", "favor"),
    ("Il a dit comprendre la frustration des salariés face à la réforme des retraites.", "neutral"),
    ("Le ministre a dit comprendre leur frustration face à la réforme des retraites.", "neutral"),
    ("« Nous devons répondre à leurs préoccupations sur la réforme des retraites », a dit le ministre.", "neutral"),
    ("Malgré les appels à la grève, la réforme des retraites sera appliquée, a dit le ministre.", "favor"),
    ("« Je ne suis pas déçu par la réforme des retraites », a dit le ministre.", "neutral"),
    # a protest's question means what the protest says
    ("Les syndicats protestent : « Comment peut-on justifier la réforme des retraites ? »", "against"),
    # plain judgements of the proposition, either way, and negated
    ("Le ministre a estimé que la réforme des retraites était erronée.", "against"),
    ("« La réforme des retraites est ridicule et disproportionnée », a lancé la députée.", "against"),
    ("Selon la CGT, la réforme des retraites est un naufrage.", "against"),
    ("Le ministre a jugé que la réforme des retraites n'était pas excessive.", "favor"),
    ("« La réforme des retraites est un bon compromis », a déclaré le sénateur.", "favor"),
    ("Le président a estimé que la réforme des retraites était judicieuse.", "favor"),
    # attitudes and their objects found missing by running plain phrasings through both stages
    ("La CFDT s'est dite défavorable à la réforme des retraites.", "against"),
    ("Le sénateur s'est montré très critique envers la réforme des retraites.", "against"),
    ("Le sénateur a voté la réforme des retraites.", "favor"),
    ("Le sénateur a appelé à ne pas voter la réforme des retraites.", "against"),
    ("« La réforme des retraites, nous ne la voterons pas », a dit le sénateur.", "against"),
    ("« La réforme des retraites, je l'ai votée », a dit le sénateur.", "favor"),
    ("« La réforme des retraites ? Très peu pour moi », a dit le sénateur.", "against"),
    # brushing criticism aside is for it; not the speaker's own refusal, nor a judgement of it
    ("Le ministre a balayé leurs doutes sur la réforme des retraites.", "favor"),
    ("Le ministre a rejeté leurs objections à la réforme des retraites.", "favor"),
    ("Le ministre a balayé les critiques contre la réforme des retraites.", "favor"),
    ("Le sénateur opposerait son veto à la réforme des retraites.", "against"),
    ("Le sénateur a rejeté la mauvaise réforme des retraites.", "against"),
    # fighting it, not letting it happen, calling to demonstrate; no other way
    ("Le gouvernement a présenté la réforme des retraites mardi. « Nous la combattrons jusqu'au bout », "
     "a réagi la CGT.", "against"),
    ("« Nous ne combattrons pas la réforme des retraites », a dit le sénateur.", "favor"),
    ("Le gouvernement a présenté la réforme des retraites mardi. « Nous ne laisserons pas faire », "
     "a prévenu la CGT.", "against"),
    ("Le gouvernement a présenté la réforme des retraites mardi. Les syndicats ont appelé à manifester "
     "le 19 janvier.", "against"),
    ("Le gouvernement a présenté la réforme des retraites mardi. « Il n'y a pas d'autre chemin », "
     "a assuré la Première ministre.", "favor"),
    # a concession governs its own noun phrase, not the main clause after its comma
    ("« Malgré les critiques, nous maintiendrons la réforme des retraites », a dit le ministre.", "favor"),
    ("« Malgré la réforme des retraites, nous continuerons la grève », a dit Sophie Binet.", "against"),
    ("« Nous maintiendrons la réforme des retraites malgré la grève », a dit le ministre.", "favor"),
    # the restaurant trade is no restoration
    ("Selon l'Insee, la restauration a davantage souffert de la réforme des retraites.", "neutral"),
    # (from a review: a judgement qualifying the proposition is no criticism brushed aside; a doubt
    # with its adjective is; an infinitive subject is no vote; a march for it; "je la combats";
    # a context, a critical situation, a verb the inflector took for a judgement; "malgré nous")
    ("La CGT a rejeté le projet injuste de réforme des retraites.", "against"),
    ("Le ministre a rejeté leurs sérieux doutes sur la réforme des retraites.", "favor"),
    ("Le ministre a balayé les craintes sur la réforme des retraites.", "favor"),
    ("« Voter la réforme des retraites serait une faute », a dit le sénateur.", "against"),
    ("« Nous manifesterons samedi pour soutenir la réforme des retraites », a dit le sénateur.", "favor"),
    ("« La réforme des retraites, je la combats », a dit Sophie Binet.", "against"),
    ("« Le contexte politique est défavorable à la réforme des retraites », a reconnu le ministre.", "neutral"),
    ("« La situation est critique sur le front de la réforme des retraites », a dit le ministre.", "neutral"),
    ("« Matignon arbitrait encore le calendrier de la réforme des retraites », a dit le sénateur.", "neutral"),
    ("« La réforme des retraites affronte son premier test au Sénat », a dit le sénateur.", "neutral"),
    ("« La réforme des retraites passera malgré nous », a dit Sophie Binet.", "against"),
    # warnings of what it sets off, and what it does ("ne fera pas de perdants" is for it)
    ("« La réforme des retraites va mettre le feu aux poudres », a prévenu Sophie Binet.", "against"),
    ("« La réforme des retraites est une bombe à retardement », a prévenu Sophie Binet.", "against"),
    ("« La réforme des retraites nous mène droit dans le mur », a prévenu Sophie Binet.", "against"),
    ("« La réforme des retraites fera des millions de perdants », a prévenu Sophie Binet.", "against"),
    ("« La réforme des retraites est un cadeau aux riches », a prévenu Sophie Binet.", "against"),
    ("« La réforme des retraites ne fera pas de perdants », a assuré le ministre.", "favor"),
    ("« La réforme des retraites va sauver notre système », a assuré le ministre.", "favor"),
    # giving in on it; not handing over a place
    ("« Nous ne céderons pas sur la réforme des retraites », a assuré le ministre.", "favor"),
    ("« Le gouvernement doit céder sur la réforme des retraites », a dit Sophie Binet.", "against"),
    # the harm of its absence, fronted, argues for it; a better life without it does not
    ("« Sans la réforme des retraites, le système ira droit dans le mur », a assuré le ministre.", "favor"),
    ("« Sans la réforme des retraites, ce serait une catastrophe », a assuré le ministre.", "favor"),
    ("« Sans la réforme des retraites, tout irait mieux », a dit Sophie Binet.", "against"),
    # doing without it; a dismissive question asserts its judgement; a past stance; an act judged
    ("« On ne peut pas se passer de la réforme des retraites », a dit le ministre.", "favor"),
    ("« À quoi sert la réforme des retraites ? », a lancé Sophie Binet.", "against"),
    ("« À quoi servirait un retrait de la réforme des retraites ? », a lancé le ministre.", "favor"),
    ("« La réforme des retraites, pour quoi faire ? », a lancé Sophie Binet.", "against"),
    ("« Je n'ai jamais été contre la réforme des retraites », a dit le sénateur.", "favor"),
    ("« J'ai toujours été contre la réforme des retraites », a dit le sénateur.", "against"),
    ("« Il serait irresponsable de renoncer à la réforme des retraites », a dit le ministre.", "favor"),
    ("« Il est scandaleux de maintenir la réforme des retraites », a dit Sophie Binet.", "against"),
    # (from a second review: a harm its absence would remove; a negated judgement of the act; an
    # explanation, not a question; "nous passons de 62 à 64 ans"; the losers helped; "je ne céderai pas")
    ("« Sans la réforme des retraites, le pays serait moins injuste », a dit Sophie Binet.", "against"),
    ("« Sans la réforme des retraites, le chaos actuel n'existerait pas », a dit Sophie Binet.", "against"),
    ("« Il n'est pas scandaleux de défendre la réforme des retraites », a dit le ministre.", "favor"),
    ("« Ce n'est pas une erreur de maintenir la réforme des retraites », a dit le ministre.", "favor"),
    ("« Je vais vous expliquer à quoi sert la réforme des retraites », a dit le ministre.", "neutral"),
    ("« À quoi bon abroger la réforme des retraites ? », a lancé le ministre.", "favor"),
    ("« Avec la réforme des retraites, nous passons de 62 à 64 ans », a dit le ministre.", "neutral"),
    ("« Les perdants de la réforme des retraites seront accompagnés », a dit le ministre.", "neutral"),
    ("« Je ne céderai pas sur la réforme des retraites », a dit le ministre.", "favor"),
    # no side: a balanced judgement, no view given, nothing decided yet
    ("« La réforme des retraites n'est ni bonne ni mauvaise », a dit le sénateur.", "neutral"),
    ("« La réforme des retraites a ses bons et ses mauvais côtés », a dit le sénateur.", "neutral"),
    ("« Je n'ai pas d'avis sur la réforme des retraites », a dit le sénateur.", "neutral"),
    ("« Je ne me prononcerai pas sur la réforme des retraites », a dit le sénateur.", "neutral"),
    ("« Je ne me prononcerai pas pour la réforme des retraites », a dit le sénateur.", "against"),
    ("« Aucune décision n'a été prise sur la réforme des retraites », a dit le sénateur.", "neutral"),
    # (a set phrase is no judgement: "en temps opportun")
    ("Le ministre a dit que la réforme des retraites serait présentée en temps opportun.", "neutral"),
])
def test_sentences_tagged_then_coded(plain_pension, text, expected):
    """Whole sentences through both stages: the speech cue's polarity and its object."""
    df = speech.statements_in_text(text, article="a")
    row = stance.code(df, codebook=plain_pension, texts={"a": text}).iloc[-1]
    assert row["stance"] == expected, row["evidence"]
