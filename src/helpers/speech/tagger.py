"""Who said what: reported statements with speaker, institution, country, kind, cue and date.

The tagger reads an article's press paragraphs sentence by sentence and recognises, by general
rules over the lexicons in ``data/lexicons/`` (verbs of saying, cues) and the actor register
(``data/actors.csv``):

- *inverted frames* after the content: « ... », a déclaré X / a-t-il ajouté / ont indiqué hier
  le Pentagone et le département d'État / rapporte le Washington Post;
- *direct-order frames* before it: X a déclaré que ... / X a annoncé avoir ... / X a proposé aux
  États-Unis d'effectuer ... / X s'est dit ouvert à ... / X a démenti l'annonce (denials and
  announcements take a noun object) / X a déclaré : « ... »;
- *participial frames* continuing the same speaker: ..., ajoutant que / en affirmant que ...;
- *attributions*: Selon X, ... / ..., d'après X (not when X is data: "selon les chiffres de
  l'ONU"); "selon un communiqué de X" is X speaking; "Pour X, ..." only when X is registered;
- *incises* (Les discussions, a précisé X, se poursuivront), *passive denials* (une déclaration
  démentie par le Pentagone), "Après avoir démenti ..., X", *refusals to comment* (X n'a pas
  souhaité faire de commentaire), and a quotation whose speaker is in the next sentence
  (« ... » C'est ce qu'a déclaré X) or the previous one (X a déclaré : / « ... »).

Speakers are resolved through the register (names, spellings, role titles valid at the date,
metonymy such as "Moscou"), appositions ("le porte-parole du ministère X, Jean Dupont"),
pronouns and role nouns (nearest compatible earlier speaker or subject), and otherwise kept as
the description itself ("haut responsable du département d'État (anonyme)").
Quoted phrases that no verb of saying or "selon" attributes (scare quotes) are not statements.
Reports of one speech event inside an article (a summary and the quotation it summarises, a
standfirst paraphrase and the body quote) share an utterance key and a date (:func:`same_events`).

This module is the stage's entry point: it reads an article sentence by sentence and returns the
statements table (``COLUMNS``). The work is split in ``detection`` (cues, quotations,
complements, statement spans), ``attribution`` (speaker mentions, register lookup, pronouns and
role anaphora, anonymous officials) and ``linking`` (:func:`same_events` within an article,
:func:`link_utterances` across articles); their public names are re-exported here.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Iterable, Iterator

import numpy
import pandas as pd

from .. import actors as actors_mod
from .. import dating
from .attribution import (
    CUES, Context, LEX, Speaker, WORD_START, DOCUMENT_HEADS, WORD_END, NP_START, according_speakers,
    actors_at_start, head_noun, introduced_before, known_actor, default_register, relayed_by_media, speaker_from_actor,
    squash_ws, desc_of, resolve, DETERMINER, NOT_A_NAME, NAME_GLUED, NAME_PARTICLES, FIRST_SINGULAR, first_name_gender,
    document_author, gender_of, number_of,
)
from .detection import (
    Frame, OPENERS, ACCORDING, CONNECTOR, FINITE_AFTER_SUBJECT, LOWER_FINITE, ON_SOURCE, PP_BEFORE, READ_DOCUMENT, TWO_NAME_WORDS,
    find_frames, is_intro, pronoun_group, verb_form,
    noun_frames, subject_np_end, shape_span, strip_span, subject_before, verb_matches,
)
from ..lexicon import MODALS, SP, words_rx
from . import parse as parse_mod
from .linking import link_utterances, same_events
from ..sentences import quote_spans, sentences


COLUMNS = [
    "article", "para", "start", "end", "text", "kind", "cue", "cue_start", "cue_end", "polarity",
    "speaker", "speaker_mention", "speaker_start", "speaker_end", "speaker_type", "speaker_id",
    "organization", "country", "attribution", "channel", "sentence_start", "sentence_end",
    "date", "date_basis", "date_anchor", "date_text", "published", "utterance", "target", "stance",
]
SKIP_ROLES = {"title", "byline", "dateline"}
# An intertitle: a short line of its own that opens on a capital (not a byline, link or credit
# word: lexicon not_intertitles), with lowercase words, no final punctuation, no comma, colon,
# quotation or credit, no time and no compound tense ("Ouverte à une discussion au Parlement"; not
# "Par Julien Martin", "BRUXELLES", "14h32", "Nanterre, le 3 juin",
# "Le gouvernement a répondu dans la soirée", a caption "... ©AFP"). Between a speaker's words
# and a paragraph that is nothing but a quotation, it does not part them.
_INTERTITLE = re.compile(
    rf"\s*(?!(?:{words_rx(CUES['not_intertitles'], flags=0)})(?![\w\u00C0-\u024F]))"
    r"(?=[^\n]*[a-zà-ÿ])(?![^\n]*\d{1,2}\s*h\s*\d{0,2}(?![\w\u00C0-\u024F]))"
    r"(?![^\n]*\s(?:a|ont|avait|avaient|est|sont|sera|seront|était|étaient)\s+[\w\u00C0-\u024F]+(?:é|ée|és|ées|u|ue|us|ues|is|it)(?![\w\u00C0-\u024F]))"
    r"[A-ZÀ-Ý][^«»“”\"\n©,:;]{0,98}[^\s.!?:;,«»“”\"…©]\s*")
_INTERTITLE_MAX = 110  # characters of a paragraph worth matching against it
_DOCUMENT_CHANNEL = re.compile(r"communiqu|d[ée]claration|texte|document|lettre|message|note", re.I)
# « ... » La Première ministre l'a redit dimanche.  A subject, the clitic for the quotation, a
# verb of saying, and nothing it governs: the speaker of the quotation before.
_CLITIC_AFTER = re.compile(
    rf"\s*(?P<subj>[^,;:«»\"“”!?]{{2,80}}?){SP}(?:l['’]\s*(?:a|avait|ont|avaient){SP}"
    rf"(?:(?:encore|aussi|également|déjà|bien|souvent|toujours){SP})?|le{SP})(?P<v>[\w\u00C0-\u024F]+)"
    rf"(?P<rest>[^«»\"“”]*)$", re.I)
# a person's name in it ("Les propos de Sergueï Lavrov ont été accueillis ..."; "du ministre" is
# no name: it may be about other words)
_NAME_IN_WORDS_OF = re.compile(r"[^.;:!?«»\"“”,]{0,40}?(?-i:[A-ZÀ-Ý][\w\u00C0-\u024F'’-]+)\s+(?-i:[A-ZÀ-Ý])")
# the name then "sont" / "étaient" (a plain naming of the words: "Les mots de X sont sans détour")
_BE_AFTER_NAME = re.compile(r"[^.;:!?«»\"“”]{0,80}?\s(?:sont|étaient|furent)\s", re.I)
# « ... ». Les mots de David Rachline sont sans détour.  The words just quoted, named as someone's.
_WORDS_OF_AFTER = re.compile(
    rf"\s*(?P<cleft>(?:ce|tels?|telles?){SP}(?:sont|furent|étaient){SP})?(?:les|ces){SP}"
    rf"(?:(?:premiers|derniers|propres){SP})?(?P<v>mots|propos|paroles){SP}(?:de{SP}|d['’]\s*|(?P<det>du|des){SP})(?P<np>)", re.I)
# A posture of speech: "a été clair", "s'est montré très ferme", "a eu ces mots" (the auxiliary
# in group v), before a colon or after a quotation.
# a degree adverb, then the posture itself ("très clair", "plutôt ferme")
_POSTURE_WORDS = (rf"(?:{SP}(?:très|plutôt|particulièrement|encore|aussi|également))?"
                  rf"{SP}(?:{words_rx(CUES['colon_postures'])}){WORD_END}")
_POSTURE = (rf"(?P<v>(?:a|ont|avait|avaient)(?:{SP}été)?|s['’]est{SP}montrée?s?|se{SP}sont{SP}montré(?:e|s|es)?)"
            + _POSTURE_WORDS)
_POSTURE_AFTER = re.compile(rf"\s*(?P<subj>[^,;:«»\"“”!?]{{2,80}}?){SP}{_POSTURE}(?P<rest>[^«»\"“”]*)$", re.I)
# A negated cue ("n'exclut pas") asserts; a litotes that introduces the verb of saying ("n'a
# pas hésité à dénoncer", "ne cesse de répéter") keeps the verb's own polarity.
_NEG_CUE = re.compile(rf"(?!{words_rx([m for m in MODALS if m.startswith('n')])})(?:ne\s|n['’])", re.I)
_GOVERNS = re.compile(rf"{WORD_START}(?:que|qu['’])|:")
_CEST_CE_QUE = re.compile(
    rf"\s*(?:(?P<cest>c['’]est|voilà|tel\s+est)\s+)?ce\s+qu(?:e\s+|['’]\s*)(?:{words_rx(['a', 'ont', 'avait', 'avaient'])}{SP})?"
    rf"(?:{words_rx(['hier', 'dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'])}{SP})?"
    rf"(?P<v>[\w\u00C0-\u024F]+)(?:{SP}(?:{words_rx(['hier', 'dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'encore', 'également'])}))*{SP}",
    re.I)


# ---------------------------------------------------------------------------------------------
# Public API


# Reportive conditional ("seraient menées", "pourrait", "se ferait"): third-person conditional forms.
_REPORTIVE = re.compile(r"(?<![\w\u00C0-\u024F])(?:serai(?:t|ent)|aurai(?:t|ent)|pourrai(?:t|ent)|devrai(?:t|ent)|"
                        r"ferai(?:t|ent)|irai(?:t|ent)|[\w\u00C0-\u024F]{2,}(?:erai|irai)(?:t|ent))(?![\w\u00C0-\u024F])", re.I)


# "Cette coopération serait une première", "Une telle opération serait ...": the journalist's
# comment on what was just reported, not more of its content.
_COMMENT_START = re.compile(r"\s*(?:ce|cet|cette|ces|une\s+telle|un\s+tel|de\s+tels|de\s+telles|il\s+s['’]agirait)\b", re.I)


# "Et d'ajouter : « ... »", "Et de conclure que ...": a narrative infinitive of saying.
_NARRATIVE_INFINITIVE = re.compile(
    rf"\s*Et{SP}(?:de{SP}|d['’]\s*)(?P<v>ajouter|préciser|conclure|poursuivre|insister|souligner|expliquer|"
    rf"lancer|marteler|rappeler|répéter|renchérir|enchaîner|résumer|prévenir|avertir|asséner|trancher)\b\s*"
    rf"(?::\s*|(?:que{SP}|qu['’]))?", re.I)
# "Du côté de l'Élysée, on ...", "À Matignon, on ...", "Chez les Républicains, on ...": the camp
# or place before an impersonal subject.
# "de", "d'", or "du"/"des" kept in what follows
_OF = rf"(?:de{SP}|d['’]|(?=du{SP}|des{SP}))"
_ON_FRONTED = re.compile(
    rf"^\s*(?:(?:{words_rx(CUES['connectors'])}){SP})?"
    # ("Même son de cloche chez FO, où l'on estime que ...": the echo before the camp)
    rf"(?:même{SP}(?:son{SP}de{SP}cloche|tonalité|discours|analyse|constat|ton|réaction|écho){SP})?"
    rf"(?:(?:du{SP}côté|dans{SP}l['’]entourage|au{SP}sein|dans{SP}le{SP}camp){SP}{_OF}"
    rf"|chez{SP}|à{SP}(?=[A-ZÀ-Ý]|l['’]|la{SP})|au{SP}(?=[A-ZÀ-Ý])"
    # "Côté russe, on affiche une satisfaction appuyée": the camp named by its adjective
    rf"|(?=côté{SP}[a-zà-ÿ]+\s*,))(?P<x>[^,;:.«»]{{2,60}}),\s*(?:où(?:{SP}l['’])?\s*)?$", re.I)
# A person named just before a colon that opens a quotation: "Même tonalité pour la députée
# socialiste Lamia El Aaraje : « ... »", "Le président du Conseil européen, Donald Tusk, a réagi
# sur son compte Twitter : « ... »".
_NAME_BEFORE_COLON = re.compile(
    r"(?<![\w\u00C0-\u024F'’-])(?P<n>(?:M\.\s+|Mme\s+)?[A-ZÀ-ÖØ-Þ][\w\u00C0-\u024F'’-]+"
    rf"(?:\s+(?:(?:Le|La)\s+)?{NAME_PARTICLES}{NAME_GLUED}[A-ZÀ-ÖØ-Þ][\w\u00C0-\u024F'’-]+){{1,3}})")
# "Khamenei sur Trump :", "Macron :": a name opening the sentence, alone or before "sur" + topic.
_HEADLINE_SPEAKER = re.compile(
    r"\s*(?P<n>(?:M\.\s+|Mme\s+)?[A-ZÀ-ÖØ-Þ][\w\u00C0-\u024F'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w\u00C0-\u024F'’-]+){0,3})"
    r"(?=\s*$|\s+sur\s)")
# "Le président a été clair :", "Elle a eu ces mots :", "s'est montré ferme :" before a quotation.
_POSTURE_COLON = re.compile(rf"{SP}{_POSTURE}(?:{SP}[^:«»\"“”.;]{{0,30}})?\s*$", re.I)
# "La ministre est formelle :", "Le syndicat se veut ferme :": the same posture in the present, for
# a person or a body (not "Le message est clair :")
_POSTURE_NOW_COLON = re.compile(
    rf"{SP}(?P<v>est|sont|était|étaient|reste|restent|se{SP}montre|se{SP}montrent|se{SP}veut|se{SP}veulent)"
    + _POSTURE_WORDS + rf"(?:{SP}[^:«»\"“”.;]{{0,30}})?\s*$", re.I)
# "Réaction de la CGT :", "Réponse immédiate du Kremlin :", "a fait réagir X :" before a quotation.
_REACTION_COLON = re.compile(
    rf"(?<![\w\u00C0-\u024F])(?:(?:{words_rx(CUES['reaction_nouns'])})s?"
    rf"(?:{SP}[\w\u00C0-\u024F-]+)?{SP}{_OF}|(?:fait|faire){SP}(?:réagir|bondir|s['’]étrangler){SP})"
    rf"(?P<n>[^:«»\"“”]{{2,60}}?)\s*$", re.I)
_NP_BEFORE_COLON = re.compile(r"(?-i:[A-ZÀ-Ý][\w\u00C0-\u024F'’-]+\s+[A-ZÀ-Ý])|\b(?:le|la|les|l['’])\s*[\w\u00C0-\u024F-]+", re.I)



# A passive after the main verb: its subject is no speaker ("a été critiqué par la CGT").
_PASSIVE_AFTER = re.compile(r"\s*(?:(?:pas|plus|jamais)\s+)?été\b|[^,]*\spar\s", re.I)
# A question put to someone ("lui a demandé un journaliste"; not "se demande", "s'interroge"): the
# answer after it is someone else's. A chant or a cry is no one who goes on talking.
_ASKING = re.compile(r"(?<!se\s)(?<!s['’])(?<!est\s)(?:demand|questionn)", re.I)
_CHANTING = re.compile(r"(?:scand|cri[ae]|chant|hurl|entonn)", re.I)


def _clitic_after(text: str, start: int, end: int, *, words_of: bool = True):
    """(verb, speaker span, verb span) when the first sentence of text[start:end] is "X l'a redit
    dimanche." (a subject, the clitic for a quotation, a verb of saying governing nothing), or
    "Les mots de X sont sans détour." (the words just quoted named as the speaker's); or None."""
    spans = sentences(text, start=start, end=end)
    if not spans:
        return None
    w = _WORDS_OF_AFTER.match(text, *spans[0])
    if w is not None and not words_of and not w.group("cleft") \
            and not _BE_AFTER_NAME.search(text, w.end(), spans[0][1]) \
            and not _NAME_IN_WORDS_OF.match(text, w.end(), spans[0][1]):
        # after a quotation that goes on with the speaker before, only a plain naming ("Ce sont
        # les mots de X", "Les mots de X sont sans détour") gives it to someone else; "Les propos du
        # ministre ont suscité un tollé" may be about other words
        w = None
    if w is not None:
        # ("Les propos du ministre ont suscité ...": the name ends before the sentence's verb)
        np_end = subject_np_end(text, w.start("np"), spans[0][1], [])
        verbs = [v for v in (FINITE_AFTER_SUBJECT.search(text, w.start("np"), np_end),
                             LOWER_FINITE.search(text, w.start("np"), np_end)) if v is not None]
        sp = strip_span(text, w.start("np"), min(v.start() for v in verbs) if verbs else np_end)
        # ("du ministre": the determiner is in the preposition)
        if sp[0] < sp[1] and (w.group("det") or NP_START.match(text[sp[0]:sp[1]])):
            return None, sp, (w.start("v"), w.end("v"))
    m = _CLITIC_AFTER.match(text, *spans[0])
    if m is None:
        # "« ... » Laurent Berger a été clair mardi soir.": a posture after the quotation
        p = _POSTURE_AFTER.match(text, *spans[0])
        if p is None or _GOVERNS.search(p.group("rest")) or len(p.group("rest").split()) > 5:
            return None
        sp = strip_span(text, p.start("subj"), p.end("subj"))
        if not NP_START.match(text[sp[0]:sp[1]]) or FINITE_AFTER_SUBJECT.search(f" {text[sp[0]:sp[1]]}"):
            return None
        return None, sp, (p.start("v"), p.end("v"))
    if _GOVERNS.search(m.group("rest").split(",")[0]):
        return None
    verb = LEX.verb_of(m.group("v"))
    sp = strip_span(text, m.start("subj"), m.end("subj"))
    if verb is None or not NP_START.match(text[sp[0]:sp[1]]):
        return None
    return verb, sp, (m.start("v"), m.end("v"))

def _quote_after_colon(text: str, s0: int, s1: int, quotes) -> tuple[int, int] | None:
    """The quotation (start, end-inclusive) that a colon opens and that runs to the end of the
    sentence, with three words or more; None otherwise."""
    for a, b in quotes:
        before = text[s0:a].rstrip()
        if before.endswith(":") and len(text[a + 1:b].split()) >= 3 and (
                not text[b + 1:s1].strip(" .!?…»\"”") or _AFTER_COLON_QUOTE.match(text, b + 1, s1)):
            return a, b
    return None


# the narrator's clause after the quotation ("...: « ... », même si le projet « traque les
# injustices »"), not a verb of saying that would credit it to someone else
_AFTER_COLON_QUOTE = re.compile(r"\s*,\s*(?:même\s+si|alors\s+que|tandis\s+que|bien\s+que|mais|car|puisque|parce\s+qu)\b", re.I)


def _colon_quote(text: str, s0: int, s1: int, quotes, *, register=None, on: date | None = None) -> list[Frame]:
    """A quotation opened by a colon after a named person: the person said it. In the headline
    form "Khamenei sur Trump : « ... »" the name before "sur" speaks, and a surname alone
    counts when the register knows it as a person."""
    q = _quote_after_colon(text, s0, s1, quotes)
    if q is None:
        return []
    colon = text.rfind(":", s0, q[0])
    names = list(_NAME_BEFORE_COLON.finditer(text, s0, colon))
    # a capitalised first word of the sentence is not a name by itself ("Même tonalité ...")
    names = [m for m in names if not (m.start() == s0 and len(m.group("n").split()) < 2)]
    head = _HEADLINE_SPEAKER.match(text, s0, colon)
    if head and (any(m.start() == head.start("n") for m in names) or _registered_person(register, head.group("n"), on)):
        names = [head]
    reaction = _REACTION_COLON.search(text, s0, colon)
    if reaction is not None and not names:
        # "Réaction immédiate de la CGT : « ... »", "une annonce qui a fait réagir le Kremlin : « ... »"
        sp = strip_span(text, reaction.start("n"), reaction.end("n"))
        if NP_START.match(text[sp[0]:sp[1]]):
            return [Frame("", (reaction.start(), colon + 1), (q[0], q[1] + 1), sp, None, frame_type="colon")]
    posture = _POSTURE_COLON.search(text, s0, colon)
    now = _POSTURE_NOW_COLON.search(text, s0, colon) if posture is None else None
    if posture is not None or now is not None:
        at = (posture or now).start()
        sp = subject_before(text, s0, at, quotes)
        if sp is not None and now is not None:
            subject = actors_mod.fold(text[sp[0]:sp[1]])
            if not (head_noun(subject)[0] in ("person", "institution") or _NAME_BEFORE_COLON.search(text, sp[0], sp[1])
                    or (register is not None and register.lookup(text[sp[0]:sp[1]], on=on) is not None)):
                sp = None
        if sp is not None:
            return [Frame("", (at + 1, colon + 1), (q[0], q[1] + 1), sp, None, frame_type="colon")]
    if not names:
        vox = list(_VOX_POP.finditer(text, s0, colon))
        if vox and not any(s0 <= a < colon for a, _ in quotes):
            # "Dans le cortège, une infirmière est en colère : « ... »", "C'est le cas de ce
            # patient : « ... »": an unnamed person the sentence is about said it
            v = vox[-1]
            return [Frame("", (colon, colon + 1), (q[0], q[1] + 1), (v.start(), v.end()), None, frame_type="colon")]
        return []
    # "Ali Khamenei a vivement réagi à l'annonce de Donald Trump : « ... »": a name after a
    # preposition is a complement; the subject named before it speaks.
    heads = [m for m in names if not PP_BEFORE.search(text, s0, m.start())]
    m = heads[-1] if heads and heads[-1] is not names[-1] else names[-1]
    k = names.index(m) if m in names else -1
    while k > 0 and _APPOSITION_OF.match(text, names[k - 1].end("n"), m.start()):
        # "pour Fabrice Bonnet, gérant de la salle Global Training Sport : « ... »": the name in
        # the apposition is where the person works; the person speaks.
        k -= 1
        m = names[k]
    return [Frame("", (colon, colon + 1), (q[0], q[1] + 1), (m.start("n"), m.end("n")), None, frame_type="colon")]


_VOX_POP = re.compile(rf"(?<![\w\u00C0-\u024F'’-])(?:un|une|ce|cet|cette){SP}(?:[\w\u00C0-\u024F-]+{SP})?"
                      rf"(?:{words_rx(CUES['vox_pop_nouns'])})(?![\w\u00C0-\u024F'’-])", re.I)
_APPOSITION_OF = re.compile(r"\s*,\s*(?-i:[a-zà-ÿ])[^,:;«»\"“”]*?(?:\s(?:de|du|des|à|au|aux)\s|\sd['’])[^,:;«»\"“”]*?$")


# "Jean-Baptiste Djebbari « fonde l'espoir que ... »": a quotation that is the predicate of the
# name just before it (its first word lowercase), after at most an introduction.
_NAME_BEFORE_QUOTE = re.compile(
    r"(?P<intro>(?:[^,«»\"“”]{0,60},\s*){0,3}?)" + _NAME_BEFORE_COLON.pattern + r"\s*$")


def _quoted_predicate(text: str, s0: int, s1: int, quotes, *, register=None, on: date | None = None) -> list[Frame]:
    """A named person followed at once by the quoted words that say what they do or think (the
    verb inside the quotation): the person said them. A full name, or a surname the register
    knows as a person; the quotation runs to the end of the clause and has three words or more."""
    q = next(((a, b) for a, b in quotes if a > s0), None)
    if q is None or len(text[q[0] + 1:q[1]].split()) < 3:
        return []
    inner = text[q[0] + 1:q[1]].lstrip()
    if not inner[:1].islower():
        return []
    m = _NAME_BEFORE_QUOTE.match(text, s0, q[0])
    if m is None or not (m.group("intro").strip() == "" or is_intro(m.group("intro").strip(" ,"))):
        return []
    name = m.group("n")
    if len(name.split()) < 2 and not _registered_person(register, name, on):
        return []
    after = text[q[1] + 1:s1]
    if re.search(r"[«“\"]", after) or len(after.strip(" .!?…").split()) > 6:
        return []
    return [Frame("", (q[0], q[0] + 1), (q[0], q[1] + 1), (m.start("n"), m.end("n")), None, frame_type="colon")]


_ACCORDING_COLON = re.compile(rf"\s*(?:(?:{words_rx(CUES['connectors'])}){SP})?(?:selon|d['’]après){SP}(?P<np>[^:«»\"“”]+?)\s*:\s*$", re.I)


def _announcement(text: str, s0: int, s1: int, quotes, ctx: Context) -> Speaker | None:
    """The named speaker of a sentence that ends on a verb of saying governing nothing ("Ce
    dimanche, la Première ministre a tranché."): the quotation of the next sentence is theirs.
    None when the sentence quotes, or its verb has an object or a clause."""
    if quotes:
        return None
    found = [v for v in verb_matches(text, s0, s1, quotes) if v[0] in ("compound", "simple")]
    if not found:
        return None
    _, m, verb, _ = found[-1]
    if re.search(r"(?<![\w\u00C0-\u024F])(?:l['’]|le\s+|la\s+)$", text[s0:m.start()], re.I):
        return None  # "la patronne du DUP l'a redit": what she said again came before
    rest = text[m.end():s1].strip(" \t\n.!…")
    if not verb.complements & {"colon", "quote"} or (rest and not (is_intro(rest) or _MANNER.fullmatch(rest))):
        return None
    subj = subject_before(text, s0, m.start(), quotes)
    if subj is None:
        return None
    speakers = resolve(text[subj[0]:subj[1]], ctx)
    return speakers[0] if speakers and speakers[0].name else None


_DETERMINER_BEFORE = re.compile(rf"(?<![\w\u00C0-\u024F])(?:{DETERMINER}|de)\s*$", re.I)
_MANNER = re.compile(r"[\w\u00C0-\u024F]+ment|sans ambiguïté|sans détour|net|clairement", re.I)


def _registered_person(register, mention: str, on: date | None) -> bool:
    actor = register.lookup(mention, on=on) if register is not None else None
    return actor is not None and actor.type == "person"


def _pull_quote(text: str, q: tuple[int, int], ps: int, pe: int) -> bool:
    """A paragraph that is only a quotation repeated word for word elsewhere in the article is a
    pull quote (an "intertitre" or exergue set by the editor), not a new statement."""
    if text[ps:pe].strip() != text[q[0]:q[1] + 1].strip():
        return False
    inner = text[q[0] + 1:q[1]].strip()
    return len(inner) >= 12 and text.lower().count(inner.lower()) > 1


def statements_in_text(text: str, *, spans=None, article: str = "", published: date | None = None,
                       register=None, parse: bool = True, roles_on: date | None = None) -> pd.DataFrame:
    """Statements in a plain text: :func:`rows_in_text` as a table (see there for the arguments).

    Returns:
        DataFrame with ``COLUMNS`` (one row per statement, ``text == text[start:end]``).
        ``utterance`` is "" except on reports of one speech event in this text
        (:func:`same_events`), which share a key "<article>@<start>-<end>" that
        :func:`link_utterances` turns into an utterance id.
    """
    return table(rows_in_text(text, spans=spans, article=article, published=published, register=register,
                              parse=parse, roles_on=roles_on))


def table(rows: list[dict], *, coded: dict[str, list] | None = None) -> pd.DataFrame:
    """The statements table of rows from :func:`rows_in_text` (``COLUMNS``, offsets as int64).

    Args:
        coded: columns from ``stance.coding`` (one value per row), set in the table as
            ``stance.code`` sets them: ``target`` and ``stance`` replaced, the others added after.
    """
    if not rows:
        out = pd.DataFrame({c: pd.Series(dtype="int64" if c in _INT_COLS else "object") for c in COLUMNS})
        return out.astype({c: "int64" for c in _INT_COLS})
    # Column by column, each an array (offsets typed at once): the same table as building from
    # the row dicts and casting afterwards, at a fraction of the cost (pandas converts an array
    # to its string dtype faster than a list, and per-article tables are small).
    columns = {c: numpy.array([r[c] for r in rows], dtype="int64" if c in _INT_SET else object) for c in COLUMNS}
    # Coded values as lists, as ``stance.code`` assigns them (pandas gives a list of floats float64).
    columns.update(coded or {})
    return pd.DataFrame(columns, columns=list(columns))


def plain(rows: list[dict]) -> bool:
    """Whether every value of the rows is what their table gives back (an int in the offset
    columns, a str elsewhere), so the rows can stand for the table's records."""
    return all(type(r[c]) is (int if c in _INT_SET else str) for r in rows for c in COLUMNS)


def rows_in_text(text: str, *, spans=None, article: str = "", published: date | None = None,
                 register=None, parse: bool = True, roles_on: date | None = None) -> list[dict]:
    """Statements in a plain text, one dict per statement with the keys of ``COLUMNS``.

    Args:
        text: the article text; every offset indexes it.
        spans: (start, end) of the press paragraphs, or (para, start, end); default: the text
            split on blank lines.
        article: article id written in the ``article`` column.
        published: publication date, to date the statements.
        register: an ``actors.Register`` (default: ``data/actors.csv``).
        parse: let the French dependency parse (``speech.parse``) propose statements in the
            sentences where the rules find none (False: rules only, no spaCy).
        roles_on: when ``published`` is unknown, a day of the publication month to resolve role
            titles on ("la Première ministre"); statements are never dated from it.

    Returns:
        One dict per statement (``text == text[start:end]``), in the order of the table.
    """
    reg = default_register(register)
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    if spans is None:
        spans, pos = [], 0
        for m in re.finditer(r"\n[ \t\u00a0]*\n", text + "\n\n"):
            if m.start() > pos:
                spans.append((pos, min(m.start(), len(text))))
            pos = m.end()
    spans = [(i, *sp) if len(sp) == 2 else tuple(sp) for i, sp in enumerate(spans)]
    ctx = Context(text=text, register=reg, published=published, last_date=published, roles_on=roles_on)
    rows: list[dict] = []
    pending_colon: Speaker | None = None
    last_quote: tuple[int, int] | None = None  # a quotation standing alone as a sentence
    last_plain: tuple[int, int, int] | None = None  # (para, start, end) of a sentence with no statement
    prev_speaker: Speaker | None = None  # named speaker of the previous sentence's last statement
    prev_unnamed: Speaker | None = None  # its speaker when the previous sentence named none
    unnamed_para = -1
    recent: tuple[int, Speaker] | None = None  # (para, speaker) of the article's last named statement
    doc_speaker: tuple | None = None  # (para, speaker) of a document reported in the previous sentence
    announced: tuple | None = None  # (para, speaker) of a sentence ending on a bare verb of saying
    intertitles, recent_intertitles = 0, 0  # intertitles so far, and when ``recent`` was set
    for para, ps, pe in spans:
        intertitles += pe - ps <= _INTERTITLE_MAX and bool(_INTERTITLE.fullmatch(text, ps, pe))
        # paragraphs since the last named statement; for a paragraph that is nothing but a
        # quotation, intertitles are not counted
        gap = para - recent[0] if recent is not None else 0
        if gap > 1 and intertitles > recent_intertitles and _bare_quotation(text, ps, pe):
            gap -= intertitles - recent_intertitles
        for s0, s1 in sentences(text, start=ps, end=pe):
            quotes = quote_spans(text, s0, s1)
            frames = find_frames(text, s0, s1, quotes,
                             lambda snip, whole=False: known_actor(snip, ctx) if whole else actors_at_start(snip, ctx))
            if not frames and text[s0] in OPENERS:
                # « A, explique X. B »: the quotation holds its own attribution
                frames = _inner_incise(text, s0, s1, quotes)
            if not frames and pending_colon is not None and text[s0] in OPENERS:
                q = next(((a, b) for a, b in quotes if a == s0), None)
                if q:
                    frames = [Frame("", (s0, s0), (q[0], q[1] + 1), None, None, frame_type="colon-next")]
            if not frames and prev_speaker is None and prev_unnamed is not None and para == unnamed_para \
                    and text[s0] in OPENERS:
                # ("« ... » nous confie-t-elle. « J'ai 52 ans ... »": right after a speaker left
                # unnamed, a quotation standing alone is theirs, not the last named speaker's)
                prev_speaker = prev_unnamed
            elif not frames and prev_speaker is None and recent is not None and gap <= 1 \
                    and text[s0] in OPENERS and not (announced is not None and announced[0] == para
                                                     and announced[1].attribution == "subject"):
                # A quotation standing alone in the same or the next paragraph goes on with the
                # last speaker quoted, even after a sentence of narration ("Olivier Dussopt ...
                # parlant de « prises de parole ». / « Je maintiens tous les chiffres »").
                prev_speaker = recent[1]
            lead = _PRONOUN_BEFORE_QUOTE.match(text, s0, s1) if not frames and prev_speaker is not None else None
            if not frames and prev_speaker is not None and (text[s0] in OPENERS or lead):
                # A quotation standing alone right after a speech act continues its speaker
                # ("Sergueï Lavrov a durci le ton, jugeant que ... . « Nous ne reculerons pas. »"),
                # unless the next sentence names another one ("C'est ce qu'a déclaré X"); so does
                # one after a bare pronoun ("..., a dit le Premier ministre. Ils « fournissent ... »").
                q0 = lead.end() if lead else s0
                q = next(((a, b) for a, b in quotes if a == q0), None)
                if q and (q[1] + 1 - s0) >= 0.8 * (s1 - s0) and len(text[q[0] + 1:q[1]].split()) >= 4 \
                        and not _CEST_CE_QUE.match(text[s1:s1 + 200].lstrip()) \
                        and _clitic_after(text, s1, pe, words_of=False) is None \
                        and not _pull_quote(text, q, ps, pe):
                    pending_colon = prev_speaker
                    frames = [Frame("", (s0, s0), (q[0], q[1] + 1), None, None, frame_type="colon-next")]
            mf = _FOR_PRONOUN.match(text, s0, s1) if not frames and prev_speaker is not None else None
            if mf and not quotes and _agrees(prev_speaker, mf.group("p")):
                # "« ... », explique le Chef. Pour lui le pass c'est simple": right after a
                # speaker's words, "pour lui" is that speaker's opinion (after narration it may be
                # anyone's fate: "Le soldat a été blessé. Pour lui, la guerre est finie.")
                cs, ce = strip_span(text, mf.end(), s1)
                if len(text[cs:ce].split()) >= 3:
                    pending_colon = prev_speaker
                    frames = [Frame("attributed", (s0, mf.end()), (cs, ce), None, None, frame_type="colon-next")]
            if not frames and announced is not None and announced[0] == para:
                # "La Première ministre a tranché. L'âge de départ « n'est plus négociable »."
                q = _quote_going_on(text, s0, s1, quotes, ps, pe, min_words=3, speaker=announced[1])
                family = announced[1].name.split()[-1] if announced[1].attribution == "subject" else ""
                if q is not None and family and re.search(rf"(?<![\w-]){re.escape(family)}(?![\w-])", text[q[0]:q[1]]):
                    # "Emmanuel Macron a été hué. « Macron, démission ! »": words about the person
                    # the sentence is about are not theirs
                    q = None
                if q is not None:
                    pending_colon = announced[1]
                    frames = [Frame("", (s0, s0), (q[0], q[1] + 1), None, None, frame_type="colon-next")]
            announced_subject = announced[1] if announced is not None and announced[0] == para else None
            announced = None
            if not frames and doc_speaker is not None and doc_speaker[0] == para and _REPORTIVE.search(text, s0, s1) \
                    and not quotes and ACCORDING.search(text, s0, s1) is None and not _COMMENT_START.match(text, s0, s1):
                # "Le document appelle à ... . Les frappes seraient menées par ...": the reportive
                # conditional goes on with the content of the document reported just before, in
                # the same paragraph (the journalist does not vouch for it).
                pending_colon = doc_speaker[1]
                frames = [Frame("", (s0, s0), (s0, s1), None, None, frame_type="colon-next")]
            elif not frames:
                doc_speaker = None
            # « ... » C'est ce qu'a déclaré X.  The speaker comes in the sentence after the quote.
            m = _CEST_CE_QUE.match(text, s0, s1)
            said = last_quote if last_quote is not None else (
                last_plain[1:] if last_plain is not None and last_plain[0] == para else None)
            if m and said is not None and not frames:
                # "Plus de fermeté dans les contrôles. C'est ce qu'a demandé le ministre lundi.": the
                # sentence before, quoted or not, is what the speaker named here said.
                verb = LEX.verb_of(m.group("v"))
                np_end = subject_np_end(text, m.end(), s1, quotes)
                sp = strip_span(text, m.end(), np_end)
                # "Ce que confirme le ministère." alone, not "Ce qu'a dit le ministre est faux."
                alone = m.group("cest") or (not text[np_end:s1].strip(" \t\n.!…")
                                            and FINITE_AFTER_SUBJECT.search(text, sp[0], sp[1]) is None)
                if verb is not None and sp[0] < sp[1] and alone:
                    frames = [Frame("", (m.start("v"), m.end("v")), said, sp, verb, frame_type="after")]
            if last_quote is not None and all(f.inherit for f in frames):
                mc = _clitic_after(text, s0, s1)
                if mc is not None:
                    # (a participial clause after it goes on with the same speaker)
                    verb, sp, vspan = mc
                    frames = [Frame("", vspan, last_quote, sp, verb, frame_type="after")] + frames
            if not frames and recent is not None and para - recent[0] <= 1:
                mi = _NARRATIVE_INFINITIVE.match(text, s0, s1)
                if mi and strip_span(text, mi.end(), s1)[1] > mi.end():
                    # "Et d'ajouter : « ... »": the narrative infinitive goes on with the last speaker.
                    pending_colon = recent[1]
                    cs, ce = strip_span(text, mi.end(), s1)
                    frames = [Frame("", (mi.start("v"), mi.end("v")), (cs, ce), None, None, frame_type="colon-next")]
            if not frames:
                frames = _colon_quote(text, s0, s1, quotes, register=reg, on=published or roles_on) \
                    or _quoted_predicate(text, s0, s1, quotes, register=reg, on=published or roles_on)
                if not frames and recent is not None and para - recent[0] <= 1:
                    q = _quote_after_colon(text, s0, s1, quotes)
                    if q is not None and not _NP_BEFORE_COLON.search(text[s0:q[0]]):
                        # "Tout en persistant : « ... »": a quotation after a colon, no one named
                        # before it: the last speaker goes on.
                        pending_colon = recent[1]
                        frames = [Frame("", (q[0] - 1, q[0]), (q[0], q[1] + 1), None, None, frame_type="colon-next")]
            if not frames and prev_speaker is not None and prev_speaker.type == "person" and text[s0] not in OPENERS:
                # The sentence right after a named speaker's statement, the narrator's words
                # around a quotation of several words and no verb of saying: the quotation goes on
                # with that speaker ("..., a défendu Olivier Véran. Les choses « varient parce que
                # nous essayons d'être le plus adapté possible »").
                q = _quote_going_on(text, s0, s1, quotes, ps, pe, min_words=4, speaker=prev_speaker)
                if q is not None:
                    pending_colon = prev_speaker
                    frames = [Frame("", (s0, s0), (q[0], q[1] + 1), None, None, frame_type="colon-next")]
            if not frames and parse and parse_mod.worth_parsing(text, s0, s1):
                # Words between the verb of saying and its subject or clause that no rule expects:
                # the dependency parse proposes the frame.
                frames = parse_mod.frames(text, s0, s1, quotes)
            if not frames and parse and parse_mod.quoted_in_clause(text, s0, s1, quotes):
                # a person's words quoted inside the journalist's clause, no verb of saying
                frames = parse_mod.quoted_frames(text, s0, s1, quotes)
            if not frames and text[s0] in OPENERS:
                lone = _lone_quote(text, s0, s1, quotes, ps, pe, subject=announced_subject)
                if lone is not None:
                    pending_colon, q = lone
                    frames = [Frame("", (s0, s0), (q[0], q[1] + 1), None, None, frame_type="colon-next")]
            # "en réponse à la proposition de Laurent Berger de mettre ...": outside the frames
            # found, a speech act named by a noun with its author.
            # ("a réagi aux récents appels de Donald Trump à négocier ... : « ... »": a long adjunct
            # between a verb and its colon is not the statement's)
            frames = frames + noun_frames(text, s0, s1, [span for f in frames for span in (
                [f.cue, f.content] if f.complement == "colon" and f.content[0] - f.cue[1] > 80
                else [(min(f.cue[0], f.content[0]), max(f.cue[1], f.content[1]))])])
            last_quote = None
            last_plain = (para, *strip_span(text, s0, s1, " \t\r\n\u00a0.")) if not frames else None
            if not frames and quotes and quotes[0][0] == s0 and (quotes[0][1] + 1 - s0) >= 0.8 * (s1 - s0):
                last_quote = (quotes[0][0], quotes[0][1] + 1)
            sentence_rows = []
            main: list[Speaker] | None = None
            for f in frames:
                content_txt = text[f.content[0]:f.content[1]]
                if f.frame_type == "colon-next":
                    speakers = [pending_colon]
                elif f.inherit:
                    prev = [r for r in sentence_rows]
                    speakers = main or ([ctx.entities[-1]] if ctx.entities else [Speaker()])
                    if not prev and not main and f.frame_type != "narrative":
                        subj = subject_before(text, s0, f.cue[0], quotes)
                        mv0 = FINITE_AFTER_SUBJECT.search(text, s0, f.cue[0]) if subj is None else None
                        if mv0 is not None and text[s0:mv0.start()].rstrip().endswith(",") \
                                and not _PASSIVE_AFTER.match(text, mv0.end(), f.cue[0]):
                            # ("Boris Johnson, à l'inverse champion du Brexit, n'a pas tardé à
                            # réagir, écrivant que": the person named before the apposition is the
                            # main verb's subject; not a thing, a date or a place: "Le texte,
                            # adopté mardi, a été critiqué par ...", "Mardi, a été publié ...")
                            cand = subject_before(text, s0, mv0.start(), quotes)
                            subj = cand if cand and TWO_NAME_WORDS.search(text, cand[0], cand[1]) else None
                        if subj:
                            # "L'équipe de X a confirmé l'appel, indiquant que": the main clause
                            # is no statement; its subject stops at its verb.
                            mv = FINITE_AFTER_SUBJECT.search(text, subj[0], subj[1])
                            subj = (subj[0], mv.start()) if mv and mv.start() > subj[0] else subj
                            # ("l'opposition hausse le ton, dénonçant ...": a simple verb of saying too)
                            vm = next((x[1] for x in verb_matches(text, subj[0], subj[1], quotes)
                                       if x[0] == "simple" and x[1].start() > subj[0]), None)
                            subj = strip_span(text, subj[0], vm.start()) if vm is not None else subj
                        elif parse and f.frame_type == "purpose":
                            # "seul le député X se présente ... pour évoquer ...": the parse finds the
                            # subject the rules did not.
                            start = re.search(r"[\w\u00C0-\u024F]+$", text[f.cue[0]:f.cue[1]])
                            subj = parse_mod.subject_of(text, s0, s1, f.cue[0] + start.start()) if start else None
                        if subj:
                            # (what the mention takes up is looked for before it, not before the
                            # last mention resolved)
                            ctx.position = subj[0]
                        speakers = resolve(text[subj[0]:subj[1]], ctx, content=content_txt) if subj else speakers
                else:
                    np = text[f.speaker[0]:f.speaker[1]] if f.speaker else ""
                    source = ""
                    if f.pronoun and actors_mod.fold(f.pronoun) == "on":
                        ms = ON_SOURCE.match(text, f.cue[1], s1)
                        source = ms.group("x") if ms else ""
                        if ms and re.search(r"source\s*$", text[ms.start():ms.start("x")], re.I):
                            source = "une source " + source  # "de source militaire russe"
                    elif f.speaker and actors_mod.fold(np.strip()).replace("’", "'") in ("on", "l'on", "l'"):
                        # ("où l'on estime": the parse may give "l'" for "l'on")
                        # "Du côté de l'Élysée, on assure que ...", "À Matignon, on se dit confiant":
                        # the place or camp set before the impersonal subject speaks.
                        mf = _ON_FRONTED.match(text[s0:f.speaker[0]])
                        source = mf.group("x") if mf else ""
                        np = "on"
                    ctx.position = f.speaker[0] if f.speaker else f.cue[0]
                    if f.verb is not None and f.verb.lemma in CUES["reading_verbs"] and not source and not f.channel:
                        # "on pouvait lire « ... »" (detection keeps a verb of reading only after
                        # "on"): the reader is anyone, the words a placard's, not those of someone
                        # named before; "on peut lire dans le communiqué de la CGT : « ... »": the
                        # document's author
                        md = READ_DOCUMENT.match(text, f.cue[1], s1)
                        author = document_author(md.group("doc")) if md else ""
                        speakers = resolve(author, ctx, content=content_txt) if author else []
                        if not speakers or not speakers[0].name:
                            speakers = [Speaker(name="", type="", attribution="unresolved", mention=np)]
                    else:
                        speakers = [introduced_before(sp, ctx) for sp in
                                    resolve(np, ctx, channel=f.channel, content=content_txt, source=source)]
                    speakers = _named_now(speakers, f, ctx, para)
                    if f.frame_type == "according":
                        speakers = according_speakers(np, speakers, ctx)
                        if not speakers:
                            continue
                if not f.inherit and f.frame_type != "colon-next":
                    main = speakers
                if f.content[1] >= s1 - 1 and text[s0:s1].rstrip().endswith(":") and speakers:
                    # "X a déclaré :" closing the sentence: the next quotation is X's.
                    pending_colon = speakers[0]
                cs, ce, kind = shape_span(text, f, quotes if f.frame_type != "after" else quote_spans(text, *f.content))
                if ce <= cs:
                    continue
                frame_spans = [(s0, min(cs, f.content[0])), (max(ce, f.content[1]), s1)]
                if cs < f.cue[0] < ce:
                    # A split quote keeps its insert in the span ("« ... », a affirmé jeudi 16 février
                    # le ministre, « ... »): the insert is still the frame that dates the saying.
                    reopen = min((a for a, _ in quotes if a > f.cue[0]), default=ce)
                    frame_spans.append((f.cue[0], min(reopen, ce)))
                day = _day_in_object(text, f, cs, ce, ctx.published)
                if day is not None:
                    frame_spans.append(day)
                cue_txt = squash_ws(text[f.cue[0]:f.cue[1]])
                # "avait répété pendant sa campagne que ...": a candidate speaks for no state yet.
                candidate = any(_CANDIDATE.search(text, a, b) for a, b in frame_spans if b > a)
                for sp in speakers:
                    if candidate and sp.type == "person" and sp.name:
                        sp = Speaker(**{**sp.__dict__, "organization": "", "country": ""})
                    sentence_rows.append(dict(
                        article=article, para=int(para), start=cs, end=ce, text=text[cs:ce], kind=kind,
                        cue=cue_txt, cue_start=f.cue[0], cue_end=f.cue[1],
                        # "n'exclut pas": a negated refusal asserts an openness
                        polarity=f.verb.polarity if f.verb is not None and not _NEG_CUE.match(cue_txt) else "assert",
                        speaker=sp.name, speaker_mention=squash_ws(text[f.speaker[0]:f.speaker[1]]) if f.speaker else sp.mention,
                        speaker_start=f.speaker[0] if f.speaker else -1, speaker_end=f.speaker[1] if f.speaker else -1,
                        speaker_type=sp.type, speaker_id=sp.id, organization=sp.organization, country=sp.country,
                        attribution=("continuation" if f.inherit else sp.attribution), channel=f.channel,
                        sentence_start=s0, sentence_end=s1, _frame=frame_spans, _speaker=sp,
                        _inherit=f.inherit and f.frame_type in ("participle", "purpose", "colon-quote"),
                        _ftype=f.frame_type, _lemma=f.verb.lemma if f.verb is not None else "",
                    ))
                    # (the agent of a participle in apposition is no one a later pronoun
                    # refers to: "le report de l'âge, prôné par l'exécutif. ..., a-t-il estimé")
                    if (sp.name or sp.attribution in ("anonymous", "description")) and f.frame_type != "agent":
                        ctx.entities.append(sp)
                        ctx.entities.extend(sp.also)  # named last in the mention, nearest after it
                        if sp.also:
                            # "ils", "les trois pays": the joint speakers again, plural, any gender
                            ctx.entities.append(Speaker(**{**sp.__dict__, "number": "p", "gender": "",
                                                           "also": (), "members": 0,
                                                           "joint": sp.members or 1 + len(sp.also)}))
                    if sp.name and (_DOCUMENT_CHANNEL.search(f.channel or "") or sp.attribution == "document"
                                    or f.frame_type == "document"):
                        ctx.document_speaker = sp
                    elif sp.type == "media":
                        # "Les États-Unis proposent ..., rapporte le Washington Post": the outlet
                        # relays a document whose author is the clause's subject; a later "le texte"
                        # or "le document publié par le Post" speaks for that author.
                        author = _relayed_author(text, cs, ce, ctx)
                        if author is not None:
                            ctx.document_speaker = author
            for r in sentence_rows:
                if not r["speaker"] and r["attribution"] in ("unresolved", ""):
                    _source_after(text, r, s1, ctx)
            sentence_rows = _outer_statements(relayed_by_media(text, sentence_rows, ctx))
            if frames and all(f.frame_type in ("noun", "agent") for f in frames):
                # "Leo Varadkar s'est exprimé juste avant l'annonce par Theresa May d'un report":
                # the speech act named inside the sentence leaves its subject the one a later
                # pronoun refers to
                _note_subject(text, s0, s1, ctx)
            if not frames:
                ms = _ACCORDING_COLON.match(text, s0, s1)
                if ms is not None:
                    # "Selon le porte-parole du gouvernement :" closing its paragraph: the
                    # quotation that follows is the source's
                    found = resolve(squash_ws(ms.group("np")), ctx)
                    if found and (found[0].name or found[0].attribution == "anonymous"):
                        pending_colon = introduced_before(found[0], ctx)
                        ctx.entities.append(pending_colon)
                known = len(ctx.entities)
                _note_subject(text, s0, s1, ctx)
                # (only worth reading when a quotation follows in the paragraph)
                sp = _announcement(text, s0, s1, quotes, ctx) if any(c in text[s1:pe] for c in OPENERS) else None
                if sp is None and not quotes and len(ctx.entities) > known and ctx.entities[-1].type == "person" \
                        and ctx.entities[-1].name and text[s1:pe].lstrip()[:1] in OPENERS:
                    # "Didier Fatoux, délégué syndical FO, est satisfait de la mobilisation. « Les
                    # gens ont répondu présent. »": the person the sentence is about, then their
                    # words standing alone (the vox-pop form)
                    sp = Speaker(**{**ctx.entities[-1].__dict__, "mention": ctx.entities[-1].name})
                if sp is None and not quotes and len(ctx.entities) == known and text[s1:pe].lstrip()[:1] in OPENERS:
                    # "Un peu plus loin, Brice s'en va pour Avignon. « Mon pass, je l'ai ! »": a first
                    # name alone, then words in the first person
                    mn = _LEADING_FIRST_NAME.match(_lead_chunk(text, s0, s1))
                    after = text[s1:pe].lstrip()
                    if mn and not NOT_A_NAME.fullmatch(mn.group("n")) and not ctx.register.find(mn.group("n")) \
                            and _FIRST_PERSON.search(after[:200]):
                        sp = Speaker(name=mn.group("n"), type="person", attribution="subject", mention=mn.group("n"))
                announced = (para, sp) if sp is not None else None
                if not (text[s0:s1].rstrip().endswith(":")):
                    pending_colon = None
            elif not text[s0:s1].rstrip().endswith(":"):
                pending_colon = None
            named = [r["_speaker"] for r in sentence_rows if r["_speaker"].name and r["_ftype"] != "agent"]
            prev_speaker = named[-1] if named else None
            last = sentence_rows[-1] if sentence_rows and not named else None
            # (not a figure credited by "selon", a crowd's chant, nor a question put to someone:
            # who answers or goes on talking is someone else)
            prev_unnamed = last["_speaker"] if last is not None \
                and not (last["_ftype"] == "according"
                         and text[max(0, last["start"] - 8):last["start"]].rstrip()[-1:] not in OPENERS) \
                and not _ASKING.search(last["cue"]) and not _CHANTING.search(last["cue"]) else None
            unnamed_para = para
            if named:
                recent, recent_intertitles = (para, named[-1]), intertitles
            if sentence_rows and not (frames and frames[0].frame_type == "colon-next" and doc_speaker is not None):
                last_row = sentence_rows[-1]
                head = head_noun(actors_mod.fold(last_row["speaker_mention"] or ""))[1]
                doc_speaker = ((para, last_row["_speaker"]) if last_row["_speaker"].name and (
                    head in DOCUMENT_HEADS or _DOCUMENT_CHANNEL.search(last_row.get("channel") or "")) else None)
            for i, r in enumerate(sentence_rows):
                main_row = next((p for p in reversed(sentence_rows[:i]) if not p["_inherit"]), None)
                if r["_inherit"] and main_row is not None:
                    # "..., a annoncé X, affirmant ...": the same speech act, the same date.
                    r.update({k: main_row[k] for k in ("date", "date_basis", "date_anchor", "date_text", "published")})
                    continue
                _date_row(r, ctx)
            rows.extend(sentence_rows)
    _named_in_next_sentence(rows, text)
    groups = same_events(rows, text, article=article, register=reg, on=published)
    for r in rows:
        r.pop("_frame", None)
        r.pop("_speaker", None)
        r.pop("_inherit", None)
        r.pop("_ftype", None)
        r.pop("_lemma", None)
        r["utterance"] = groups.get(id(r), "")
        r["target"] = ""
        r["stance"] = "none"
    return [{c: r[c] for c in COLUMNS} for r in rows]


# what may follow a name given bare: the sentence's end, or an occasion or a time ("a déclaré
# Rodolphe Saadé, lors d'un débat"; not "Jean Dupont, un ouvrier", "Paul Martin, 54 ans")
_NAME_ALONE_AFTER = re.compile(r"\s*(?:[.!?»”\"]|$|,?\s*(?:lors|sur|à|au|aux|dans|devant|pendant|après|avant|depuis|ce|cette"
                               rf"|hier|{words_rx(dating.weekday_names())})\b)", re.I)
# a singular role that names no one itself: "le ministre du Pétrole", "son PDG", "la porte-parole"
_LONE_ROLE = re.compile(r"^(?:le|la|l['’]|son|sa)\s*[a-zà-ÿ]", re.I)
# a capitalised word after a lowercase one that is no preposition: a name ("le secrétaire d'État
# chargé du numérique Cédric O"; not "le ministre en chef de Gibraltar")
_NAME_IN_ROLE = re.compile(r"(?<![\w\u00C0-\u024F'’])(?!(?:de|du|des|en|à|au|aux|et|le|la|les|son|sa|ses|leur|leurs)\s)(?-i:[a-zà-ÿ][\w\u00C0-\u024F-]*)\s+(?-i:[A-ZÀ-Ý])")


def _named_in_next_sentence(rows: list[dict], text: str) -> None:
    """A reported (not quoted) statement credited to a role no one fills ("..., a assuré jeudi le
    ministre du Pétrole.") whose very next sentence quotes someone named ("« ... », a déclaré Bijan
    Zanganeh") is that person's: the press gives the role in its summary and the name with the
    quotation. Only a person outside the register named bare (no apposition of their own: "a
    réagi Jean Dupont, délégué CGT" is someone else), of the role's gender, after a role that holds
    no name of its own; after a quotation the next person named is as often the other side
    ("« Mon client est innocent », a déclaré son avocat. « ... », a assuré Karim Benali")."""
    for a, b in zip(rows, rows[1:]):
        sa, sb = a["_speaker"], b["_speaker"]
        mention = a["speaker_mention"] or ""
        if sa.name or sa.attribution != "description" or not sb.name or sb.type != "person" or a["kind"] == "direct" \
                or sb.attribution != "name" or squash_ws(b["speaker_mention"] or "") != sb.name or b["polarity"] != "assert" \
                or b["speaker_end"] < 0 or not _NAME_ALONE_AFTER.match(text, b["speaker_end"]) \
                or not _LONE_ROLE.match(mention) or _NAME_IN_ROLE.search(mention) \
                or not (a["sentence_end"] <= b["sentence_start"] <= a["sentence_end"] + 2) or b["para"] - a["para"] > 1:
            continue
        kind = head_noun(actors_mod.fold(actors_mod.strip_determiner(actors_mod.fold(mention))))[0]
        gender = gender_of(mention)
        if kind != "person" or number_of(mention) == "p" or (gender and sb.gender and gender != sb.gender):
            continue
        a["_speaker"] = sb
        a.update(speaker=sb.name, speaker_type=sb.type, speaker_id=sb.id, organization=sb.organization,
                 country=sb.country, attribution="named-after")


_INT_COLS = ["para", "start", "end", "cue_start", "cue_end", "speaker_start", "speaker_end",
             "sentence_start", "sentence_end"]
_INT_SET = frozenset(_INT_COLS)


_CANDIDATE = re.compile(rf"{WORD_START}(?:{words_rx(CUES['candidate_frames'])}){WORD_END}"
                        rf"(?!{SP}(?:{words_rx(CUES['campaign_not_followed_by'])}){WORD_END})", re.I)
_PRESS_EVENT = re.compile(rf"{WORD_START}(?:{words_rx(CUES['press_events'])}){WORD_END}", re.I)


def _relayed_author(text: str, cs: int, ce: int, ctx: Context) -> Speaker | None:
    """The registered actor subject of a relayed clause when its verb is one of saying or
    proposing ("Les États-Unis proposent d'accroître ..."), else None."""
    found = actors_at_start(text[cs:ce], ctx)
    if not found:
        return None
    fs, fe = found[0]
    for typ, m, verb, _ in verb_matches(text, cs + fe, min(ce, cs + fe + 40), []):
        if typ in ("simple", "compound") and m.start() - (cs + fe) <= 2:
            actor = ctx.register.lookup(text[cs + fs:cs + fe], on=ctx.published or ctx.roles_on)
            if actor is not None and actor.type not in ("media", "person"):
                return speaker_from_actor(ctx.register, actor, "document", text[cs + fs:cs + fe], on=ctx.published or ctx.roles_on)
    return None


def _outer_statements(rows: list[dict]) -> list[dict]:
    """Speech nested in a statement credited with "selon" is part of it, as the gold conventions
    code it: "Selon un haut responsable américain, Washington n'envisage pas d'opérations
    conjointes" is the official's statement, not a second one by Washington. (A news outlet's
    "selon" relays its inner speaker instead: ``relayed_by_media`` has run.)"""
    outer = [r for r in rows if r["_ftype"] == "according" and r["speaker_type"] != "media"]
    if not outer:
        return rows
    return [q for q in rows if any(q is r for r in outer) or not any(r["start"] <= q["cue_start"] < r["end"] for r in outer)]


#: words a quotation standing alone with no speaker in sight needs to be kept as a statement
LONE_QUOTE_WORDS = 6
#: words a quotation opening a sentence and cut by the end of the text needs to be kept
CUT_QUOTE_WORDS = 3
# a whole sentence inside a quotation: its end, then the next one's capital
_WHOLE_SENTENCE = re.compile(r"[.!?…]\s+(?-i:[A-ZÀ-Ý])")
CLOSERS = set(OPENERS.values())


# ", explique Christopher Gygès." inside a quotation: the verb of saying inverted, a full name, the
# end of its clause
_INNER_COMPOUND = re.compile(
    r",\s+(?:a|ont|avait|avaient)\s+(?:(?:encore|aussi|ensuite|alors|également|déjà|enfin|plutôt)\s+)?"
    r"(?P<v>[a-zà-ÿ]+)\s+(?P<n>(?-i:[A-ZÀ-Ý][\w'’-]+)(?:\s+(?-i:[A-ZÀ-Ý][\w'’-]+)){1,2})\s*[.,]\s")
_INCISE_END = re.compile(r"\s*[.,]\s")
_INNER_INCISE = re.compile(r",\s+(?P<v>[a-zà-ÿ]+)\s+(?P<n>(?-i:[A-ZÀ-Ý][\w'’-]+)(?:\s+(?-i:[A-ZÀ-Ý][\w'’-]+)){1,2})\s*[.,]\s")


def _inner_incise(text: str, s0: int, s1: int, quotes) -> list[Frame]:
    """A quotation making the whole sentence whose marks hold their own attribution (« A, explique
    X. B »: the outlet closed the quotation after the whole speech): one direct statement of X,
    the insert kept inside as in a split quotation."""
    q = next(((a, b) for a, b in quotes if a == s0), None)
    if q is None or text[q[1] + 1:s1].strip(" .!?…"):
        return []
    m = _INNER_INCISE.search(text, q[0] + 1, q[1])
    if m is not None and text[q[0] + 1:m.start()].strip() and text[m.end():q[1]].strip():
        verb = LEX.verb_of(m.group("v"))
        if verb is not None and LEX.simple.fullmatch(m.group("v")):
            return [Frame("", m.span("v"), (q[0], q[1] + 1), m.span("n"), verb, frame_type="incise", complement="quote")]
    # (in a compound tense, « A, a lancé X. B », or with the pronoun inverted, « A, a-t-elle
    # lancé. B »: the pronoun is resolved like any incise's)
    # (in the quotation's first sentence only: a later one may report someone else's words, « Le
    # préfet est arrivé. Vous ne passerez pas, a-t-il dit. »)
    first_end = next((q[0] + 1 + ms.start() for ms in re.finditer(r"[.!?…]", text[q[0] + 1:q[1]])), q[1])
    m = _INNER_COMPOUND.search(text, q[0] + 1, min(q[1], first_end + 2))
    if m is not None and text[q[0] + 1:m.start()].strip() and text[m.end():q[1]].strip():
        verb = LEX.verb_of(m.group("v"))
        if verb is not None and not verb.np_object:
            return [Frame("", m.span("v"), (q[0], q[1] + 1), m.span("n"), verb, frame_type="incise", complement="quote")]
    for mc in re.finditer(r",\s+", text[q[0] + 1:first_end]):
        at = q[0] + 1 + mc.end()
        mi = LEX.inverted.match(text, at, q[1])
        if mi is None or not _INCISE_END.match(text, mi.end(), q[1]) or not text[mi.end():q[1]].strip(" .,"):
            continue
        pron, word = pronoun_group(mi), verb_form(mi)
        verb = LEX.verb_of(word) if word else None
        if pron is None or verb is None:
            continue
        return [Frame("", mi.span(), (q[0], q[1] + 1), mi.span(pron), verb, frame_type="incise", complement="quote")]
    return []


def _lone_quote(text: str, s0: int, s1: int, quotes, ps: int, pe: int, *,
                subject: Speaker | None) -> tuple[Speaker, tuple[int, int]] | None:
    """(speaker, quotation) for a sentence that is a quotation cut by the end of the text
    (``CUT_QUOTE_WORDS`` words or more), or a closed quotation standing alone, in the
    first or second person, of ``LONE_QUOTE_WORDS`` words or more, with no frame and no earlier
    speaker to go on with: kept with its speaker unknown rather than lost (the person the next
    sentence names is as often the one addressed, answered or talked about). Not a pull quote,
    nor words about the person the sentence before was about ("Emmanuel Macron a été hué.
    « Macron, démission ! »"), nor a quotation a later sentence credits in a way the rules read."""
    q = next(((a, b) for a, b in quotes if a == s0), None)
    if q is None:
        return None
    inner = text[q[0] + 1:q[1]]
    if subject is not None and subject.name and re.search(
            rf"(?<![\w-]){re.escape(subject.name.split()[-1])}(?![\w-])", inner):
        return None
    if text[q[1]:q[1] + 1] not in CLOSERS and not text[q[1] + 1:].strip():
        # cut by the end of the text (a truncated scrape, a paywall) before its closing mark and
        # its speaker: someone's words all the same when they speak in the first or second
        # person or hold a whole sentence (not a title, a song or a slogan: "« Les Misérables,
        # de Ladj Ly"), and no verb of saying inside (a closing mark the scrape dropped)
        cut = text[q[0] + 1:q[1] + 1]
        if len(cut.split()) >= CUT_QUOTE_WORDS and (_FIRST_OR_SECOND_PERSON.search(cut) or _WHOLE_SENTENCE.search(cut)) \
                and not verb_matches(text, q[0] + 1, q[1] + 1, []) and not _pull_quote(text, q, ps, pe):
            return Speaker(name="", type="", attribution="unresolved", mention=""), q
        return None
    if text[q[1]:q[1] + 1] not in CLOSERS or text[q[1] + 1:s1].strip(" \t\n.!?…,;") \
            or len(inner.split()) < LONE_QUOTE_WORDS:
        return None
    if not _FIRST_OR_SECOND_PERSON.search(inner) or _pull_quote(text, q, ps, pe) \
            or _CEST_CE_QUE.match(text[s1:s1 + 200].lstrip()) or _clitic_after(text, s1, pe) is not None:
        return None
    return Speaker(name="", type="", attribution="unresolved", mention=""), q


def _bare_quotation(text: str, ps: int, pe: int) -> bool:
    """Whether the paragraph ``text[ps:pe]`` is a quotation and nothing else (a full stop after it)."""
    a, b = strip_span(text, ps, pe)
    q = next(iter(quote_spans(text, a, b)), None)
    return q is not None and q[0] == a and not text[q[1] + 1:b].strip(" .…")


def _quote_going_on(text: str, s0: int, s1: int, quotes, ps: int, pe: int, *, min_words: int,
                    speaker: Speaker) -> tuple[int, int] | None:
    """The quotation (opening, closing mark) of a sentence without a verb of saying that goes on
    with a speaker named just before, or None: at least ``min_words`` words, not a quoted noun after
    a determiner (which names a thing: "le « filet de sécurité »"), not a pull quote, not when
    the next sentence names its own speaker ("« ... » John Kerry l'a redit."), and not when the
    sentence names another person before it ("Mme May, qui a différé « d'ici au 12 mars » un
    vote", after Donald Tusk's words)."""
    q = next(((a, b) for a, b in quotes if len(text[a + 1:b].split()) >= min_words
              and not _DETERMINER_BEFORE.search(text, s0, a)), None)
    if q is None or _pull_quote(text, q, ps, pe) or _clitic_after(text, s1, pe, words_of=False) is not None \
            or _CEST_CE_QUE.match(text[s1:s1 + 200].lstrip()):
        return None
    return None if _another_person(text[s0:q[0]], speaker) else q


# "M. X", "Mme X", or a known first name and a family name ("Élisabeth Borne"; two capitalised
# words alone are as often a place or a body: "En France", "la Nouvelle Calédonie")
_PERSON_NAMED = re.compile(rf"(?<![\w\u00C0-\u024F])(?:(?:M\.|Mme|MM\.|Mgr){SP}(?P<t>[A-ZÀ-Ý][\w\u00C0-\u024F'’-]+)"
                           rf"|(?P<first>{words_rx(CUES['first_names_m'] + CUES['first_names_f'], flags=0)})"
                           rf"\s+(?P<f>(?-i:[A-ZÀ-Ý][\w\u00C0-\u024F'’-]+)))")


def _another_person(chunk: str, speaker: Speaker) -> bool:
    """Whether ``chunk`` names a person whose family name is not in the speaker's name."""
    mine = set(actors_mod.fold(speaker.name or "").split())
    return any(actors_mod.fold(m.group("t") or m.group("f")) not in mine for m in _PERSON_NAMED.finditer(chunk))


# A first and a family name opening a clause, a lowercase word (its verb) after them.
# ("Didier Fatoux, délégué syndical, est satisfait": the name alone before its apposition)
# a name after an inverted verb that presents someone (lexicon presenting_verbs) opening the
# sentence or a chunk, or after "comme", and its role after a comma,
# closing the sentence ("Près d'elle, défile Arnaud, professeur d'histoire dans le
# même lycée.", "Certains en sont à leur quatrième journée comme Léandre, professeure d'espagnol."; not
# the object of "Le ministre a rencontré Jean Dupont, maire de Lyon.")
_INTRODUCED = re.compile(rf"(?:(?:^|,)\s*(?:{words_rx(CUES['presenting_verbs'])})|(?<![\w-])comme) (?P<n>(?-i:[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)(?: (?-i:[A-ZÀ-Ý][\w'’-]+))?),\s+"
                         r"(?P<d>(?-i:[a-zà-ÿ])[^,.;:!?«»\"“”()]{2,80})[.!]?\s*$")
# an apposition that says the person is not, or no longer, of the body it names ("opposant à la
# CGT", "ex-député LR", "qui a quitté le PS")
_NOT_A_MEMBER = re.compile(r"(?:ex-|ancien|ancienne|anciens|anciennes|opposant|opposante|adversaire|détracteur|détractrice"
                           r"|critique|pourfendeur|pourfendeuse|qui|dissident|dissidente|transfuge)\b", re.I)
_PRESENTATIVE = re.compile(r"^(?:c['’]est|voici|voilà)\s+", re.I)
# (not an elision: "C'est Maxime Carette, le patron ..." names Maxime Carette)
_FIRST_NAME_ALONE = re.compile(r"(?P<n>(?-i:[A-ZÀ-Ý][a-zà-ÿ-]{2,}))\s*\*?")
_AGE = re.compile(r"\d{1,3}\s+ans")
_OFFICE_WORDS = re.compile(rf"\b(?:{words_rx(actors_mod.fold(w) for w in CUES['office_appositions'])})\b")
_LEADING_FULL_NAME = re.compile(r"(?P<n>(?-i:[A-ZÀ-Ý](?!['’])[a-zà-ÿ'’-]+)(?:[ -](?-i:[A-ZÀ-Ý][\w'’-]+)){1,2})(?:\s+(?-i:[a-zà-ÿ])|\s*$)")


# (no apostrophe: "C’est", "Qu'il", "L’un" are no first names)
_LEADING_FIRST_NAME = re.compile(r"(?P<n>(?-i:[A-ZÀ-Ý][a-zà-ÿ-]{2,}))\s+(?-i:[a-zà-ÿ])")
_FIRST_PERSON = re.compile(rf"{FIRST_SINGULAR.pattern}|(?<![\w'’-])(?:nous|notre|nos)(?![\w\u00C0-\u024F-])", re.I)
# words said to someone: the first person, or the second ("Vous nous volez deux ans", a protester's)
_FIRST_OR_SECOND_PERSON = re.compile(rf"{_FIRST_PERSON.pattern}|(?<![\w'’-])(?:on|vous|votre|vos|tu|ton|ta|tes|toi)(?![\w\u00C0-\u024F-])", re.I)


def _lead_chunk(text: str, s0: int, s1: int) -> str:
    """The sentence from its subject on: introductory chunks ("Un peu plus loin, ...") left out."""
    chunks = text[s0:min(s1, s0 + 200)].split(",")
    while len(chunks) > 1 and is_intro(chunks[0]):
        chunks = chunks[1:]
    return CONNECTOR.sub("", ",".join(chunks).strip())


def _note_subject(text: str, s0: int, s1: int, ctx: Context) -> None:
    """Remember the subject of a sentence without speech, for later pronouns ("Le chef de la
    diplomatie américaine ... n'a pas souhaité commenter. « ... », a-t-il dit")."""
    _note_scene(text, s0, s1, ctx)
    # (introductory chunks skipped: "Dans la nuit du 9 au 10 septembre, Sergueï Lavrov ...")
    mi = _INTRODUCED.search(text, s0, s1)
    if mi is not None and head_noun(actors_mod.fold(mi.group("d")))[0] == "person" \
            and not NOT_A_NAME.fullmatch(mi.group("n").split()[0]) and not ctx.register.find(mi.group("n"), on=ctx.published or ctx.roles_on):
        # "Près d'elle, défile Arnaud, professeur d'histoire dans le même lycée. « ... »": a person
        # introduced by name and role after the verb is the one the next words are from
        ctx.entities.append(Speaker(name=mi.group("n"), type="person", gender=first_name_gender(mi.group("n").split()[0]),
                                    attribution="subject", mention=mi.group("n")))
        return
    parts = _lead_chunk(text, s0, s1).split(",")
    first = parts[0].strip()
    if not NP_START.match(first):
        return
    reg = ctx.register
    actor = reg.lookup(first, on=ctx.published or ctx.roles_on)
    if actor is None:
        # (the leftmost, name or role: "Mike Pompeo a parlé avec le ministre français ...")
        found = sorted(reg.find(first, on=ctx.published or ctx.roles_on, roles=True) + reg.find(first, on=ctx.published or ctx.roles_on),
                       key=lambda f: f[0])
        if found and found[0][0] <= 4:
            actor = found[0][2]
            # (the name as it stands, not the whole clause: its other roles are no one's, "Rebelles
            # tories ... qui avaient rejeté le plan de la Première ministre ...")
            first = actors_mod.fold(first)[found[0][0]:found[0][1]]
    if actor is not None:
        ctx.entities.append(speaker_from_actor(reg, actor, "subject", first.strip(), on=ctx.published))
        return
    # (the first chunk a subject alone: in "Le Premier ministre a rencontré le patron du Medef,
    # Patrick Martin, lundi" the name is the object's apposition)
    if len(parts) > 1 and _LEADING_FULL_NAME.fullmatch(parts[1].strip()) is not None \
            and FINITE_AFTER_SUBJECT.search(f" {first} ") is None:
        # "le Premier ministre luxembourgeois, Xavier Bettel, a été alpagué par la presse": a role
        # and the name in apposition (the role gives the state)
        found = resolve(squash_ws(f"{first}, {parts[1].strip()}"), ctx)
        if found and found[0].name and found[0].type == "person":
            ctx.entities.append(Speaker(**{**found[0].__dict__, "attribution": "subject"}))
            return
    # ("C'est Maxime Carette, le patron du restaurant, qui ...", "C'est Pierre qui nous reçoit":
    # the person presented)
    first = _PRESENTATIVE.sub("", first, count=1)
    mf = _LEADING_FIRST_NAME.match(first)
    apposed = parts[1].strip() if len(parts) > 2 else ""
    if mf is None and apposed and (_AGE.fullmatch(apposed) is not None or (head_noun(
            actors_mod.fold(actors_mod.strip_determiner(actors_mod.fold(apposed))))[0] == "person"
            and not _OFFICE_WORDS.search(actors_mod.fold(apposed)))):
        # "Caroline*, gérante d'un restaurant, privilégie la pédagogie", "Léa, 20 ans, manifeste":
        # a first name alone, its apposition set off by commas (the asterisk of a changed name);
        # not a surname with an office ("Philippe, ancien Premier ministre"), nor a family name
        # the article gave before ("Le sénateur Jean-Paul Martin ... Martin, militant, ...")
        mf = _FIRST_NAME_ALONE.fullmatch(first)
        if mf is not None and re.search(rf"(?-i:[A-ZÀ-Ý])[\w'’-]+\s+{re.escape(mf.group('n'))}(?![\w'’-])",
                                         text[max(0, s0 - 2000):s0]):
            mf = None
    # (not a family name of someone named before: "Michel se rendra à Kiev" after Charles Michel)
    family_before = mf is not None and any(mf.group("n") == e.name.split()[-1] for e in ctx.entities if e.name)
    if mf is not None and first_name_gender(mf.group("n")) and reg.lookup(mf.group("n"), on=ctx.published or ctx.roles_on) is None \
            and not family_before and not NOT_A_NAME.fullmatch(mf.group("n")):
        # "Un peu plus loin, Brice s'en va pour Avignon. « ... », ajoute-t-il": a person met by
        # the reporter, named by a first name alone
        ctx.entities.append(Speaker(name=mf.group("n"), type="person", gender=first_name_gender(mf.group("n")),
                                    attribution="subject", mention=mf.group("n")))
        return
    m = _LEADING_FULL_NAME.match(first)
    if m is not None and NOT_A_NAME.fullmatch(m.group("n").split()[0]):
        m = None  # "La Première ministre britannique ...": a determiner and a title, no name
    if m is not None and not reg.find(m.group("n"), on=ctx.published or ctx.roles_on):
        # "Dans le cortège, Lucie Acker porte une pancarte. « ... », a dénoncé cette cadre de 42
        # ans": a person outside the register, subject of a sentence without speech, is the one a
        # later description or pronoun refers to.
        sp = Speaker(name=m.group("n"), type="person", attribution="subject", mention=m.group("n"))
        if len(parts) > 2 and m.group("n") == first and not _NOT_A_MEMBER.match(parts[1].strip()):
            # ("Didier Fatoux, délégué syndical FO pour la société Plastic Omnium, est satisfait":
            # the apposition set off by commas gives the body they speak for)
            found = resolve(f"{first}, {parts[1].strip()}", ctx)
            if found and found[0].name == sp.name and found[0].organization:
                sp = Speaker(**{**found[0].__dict__, "attribution": "subject", "mention": sp.mention})
            elif found and found[0].name == sp.name:
                # (the role alone, for a later "le maire de Tulle")
                sp.described = actors_mod.fold(parts[1].strip())
        ctx.entities.append(sp)


def _note_scene(text: str, s0: int, s1: int, ctx: Context) -> None:
    """A dated press appearance without speech ("Dans la nuit du vendredi 9 au samedi 10, John
    Kerry et Sergueï Lavrov se sont présentés devant la presse"): the people it names get that date
    for their later undated statements, as if the article had said "a-t-il ajouté"."""
    if not _PRESS_EVENT.search(text, s0, s1):
        return
    exprs = dating.expressions(text, s0, s1)
    if not exprs:
        return
    x = exprs[-1]
    d = dating.resolve(x, published=ctx.published, previous=ctx.last_date)
    if d is None:
        return
    dated = dating.Dated(d.isoformat(), "relative", f"press appearance {x.text!r}", x.text)
    for _, _, actor in ctx.register.find(text[s0:s1], on=ctx.published):
        if actor.type == "person" and actor.name not in ctx.dated:
            ctx.dated[actor.name] = dated


_GOING_ON = frozenset(CUES["going_on_verbs"])


def _named_now(speakers: list[Speaker], f: Frame, ctx: Context, para: int) -> list[Speaker]:
    """"Un porte-parole de la Commission a indiqué ... Margaritis Schinas a ajouté": a person
    outside the register who goes on after an unnamed official is that official, now named, and
    speaks for the same body and state."""
    last = ctx.last_row
    prev = last.get("_speaker") if last is not None else None
    if f.verb is None or f.verb.lemma not in _GOING_ON or len(speakers) != 1 or prev is None or last["para"] < para - 1:
        return speakers
    sp = speakers[0]
    said = squash_ws(ctx.text[f.speaker[0]:f.speaker[1]]) if f.speaker else ""
    # (a bare name only: "L'eurodéputé Pascal Canfin a ajouté" says who he is)
    if said.replace("M. ", "").replace("Mme ", "") == sp.name and sp.type == "person" and sp.name and not sp.id \
            and not (sp.country or sp.organization) \
            and prev.attribution == "anonymous" and prev.type != "person" and (prev.organization or prev.country):
        return [Speaker(**{**sp.__dict__, "organization": prev.organization, "country": prev.country})]
    return speakers


# The speaker's own act of saying or stance as the object ("toute sa frustration", "sa démission",
# "leur soutien", lexicon own_act_nouns), a possessive before it: a day right after it is the
# day it was said.
_OWN_OBJECT = re.compile(rf"\s*(?:(?:tout|toute|tous|toutes)\s+)?(?:son|sa|ses|leur|leurs)\s+(?:[\w\u00C0-\u024F-]+\s+)?"
                         rf"[«“\"]?\s*(?:{words_rx(CUES['own_act_nouns'])})\s*[»”\"]?\s*(?:ce\s+)?$", re.I)
_TO_COME = re.compile(r"\s*prochaine?s?\b", re.I)


def _day_in_object(text: str, f, cs: int, ce: int, published: date | None) -> tuple[int, int] | None:
    """The span of a weekday set right after the speaker's own act of saying or stance as the
    object ("a exprimé toute sa frustration lundi face à l'impasse", "a annoncé sa démission ce
    vendredi"): it dates the saying, as it would after the verb. Not an event named as the object
    ("a annoncé une grève jeudi", "sa visite lundi", "des élections le 12 juin": the event's day),
    not a day to come ("mardi prochain", or after publication), nor for a call or a proposal."""
    if f.complement != "np" or f.verb is None or f.verb.polarity in ("demand", "propose") or published is None:
        return None
    for x in dating.expressions(text, cs, ce):
        if x.start <= cs:
            continue
        if x.kind != "weekday" or _OWN_OBJECT.fullmatch(text, cs, x.start) is None \
                or _TO_COME.match(text, x.end):
            return None
        day = dating.resolve(x, published=published, previous=None)
        return (x.start, x.end) if day is not None and day <= published else None
    return None


def _date_row(row: dict, ctx: Context) -> None:
    """Fill date, date_basis, date_anchor, date_text (see ``helpers.dating``)."""
    dated, d = dating.date_statement(ctx.text, row["_frame"], cue=row["cue_start"],
                                     published=ctx.published, previous=ctx.last_date)
    keys = [k for k in (row["speaker"] or row["speaker_mention"],) if k]
    known = next((k for k in keys if k in ctx.dated), None)
    if d is not None:
        ctx.last_date = d
        for k in keys:
            ctx.dated[k] = dated
    elif dated.basis == "event":
        # "la veille de la visite": counted from the date an earlier sentence gives the event;
        # unknown (and not inherited) when the article never dates it ("le lendemain de l'élection").
        found, d2 = dating.from_event_mention(ctx.text, dated.text, row["start"], published=ctx.published)
        dated = found if d2 is not None else dating.Dated("", "", dated.anchor, dated.text)
    elif known:
        # The same speaker, earlier in the article,
        # with a dated frame: taken as the same occasion, and the anchor says so.
        prev = ctx.dated[known]
        dated = dating.Dated(prev.date, prev.basis, f"same speaker as {prev.anchor}", prev.text)
    elif (ctx.last_row is not None and ctx.last_row["para"] == row["para"] and ctx.last_row["date"]
          and row["organization"] and ctx.last_row["organization"] == row["organization"]):
        # "Le Pentagone a rejeté l'offre lundi ... a indiqué un porte-parole du Pentagone": the
        # next statement of the same institution in the same paragraph continues the same report.
        prev = ctx.last_row
        dated = dating.Dated(prev["date"], prev["date_basis"],
                             f"same institution as the previous statement ({prev['date_anchor']})", prev["date_text"])
    else:
        # No expression: unknown, never guessed; ``published`` stays available beside it.
        dated = dating.Dated("", "", "", "")
    row.update(date=dated.date, date_basis=dated.basis, date_anchor=dated.anchor, date_text=dated.text,
               published=ctx.published.isoformat() if ctx.published else "")
    ctx.last_row = row


_SOURCE_AFTER = re.compile(r",\s*(?:selon|d['’]après)\s+(?P<x>[^,.;:!?«»\"]{2,80}?)\s*[.;!]?\s*$", re.I)


def _source_after(text: str, row: dict, s1: int, ctx: Context) -> None:
    """A statement whose subject could not be resolved ("Ils ont évoqué « ... », selon le
    texte") is credited to the source the sentence ends with; its content stops before it."""
    m = _SOURCE_AFTER.search(text, row["start"], s1)
    if m is None:
        return
    found = [sp for sp in according_speakers(m.group("x"), resolve(m.group("x"), ctx), ctx)
             if sp.name and sp.attribution != "description"]
    if not found:
        return
    sp = found[0]
    row.update(speaker=sp.name, speaker_type=sp.type, speaker_id=sp.id, organization=sp.organization,
               country=sp.country, attribution=sp.attribution, _speaker=sp)
    if m.start() < row["end"]:
        row["end"] = m.start()
        row["text"] = text[row["start"]:row["end"]]


def title_spans(article) -> list[tuple[int, int, int]]:
    """(para, start, end) of an Article's press titles."""
    return _paragraph_spans(article, lambda role: role == "title")


def press_spans(article) -> list[tuple[int, int, int]]:
    """(para, start, end) of an Article's press paragraphs (not title, byline, dateline)."""
    return _paragraph_spans(article, lambda role: role not in SKIP_ROLES)


def _paragraph_spans(article, keep) -> list[tuple[int, int, int]]:
    p = article.paragraphs
    # Plain lists, not a filtered frame: pandas costs more than the test on a dozen rows.
    cols = (p[c].tolist() for c in ("para", "start", "end", "part", "role"))
    return [(int(a), int(s), int(e)) for a, s, e, part, role in zip(*cols) if part == "press" and keep(role)]


#: How titles are read (a project's ``titles`` setting): ``reported``, a title that reports a
#: speaker's words is a statement ("Moscou annonce des frappes coordonnées avec Washington");
#: ``quoted``, only a title quoting a named speaker's own words or ending in an inverted verb of
#: saying and its speaker is ("... « n'est plus négociable », affirme Élisabeth Borne"), a title
#: summing up positions being left to the body that tells them; ``none``, titles are never read.
TITLES = ("reported", "quoted", "none")


def statements(article, *, register=None, parse: bool = True, titles: str = "reported") -> pd.DataFrame:
    """Statements of one ``corpus.Article`` (its press paragraphs), dated from ``meta['published']``.

    ``parse=False`` runs the rules only (no spaCy; see :func:`statements_in_text`); ``titles``
    says which titles are statements (:data:`TITLES`).

    Returns:
        DataFrame with ``COLUMNS``; ``text == article.text[start:end]`` on every row.
    """
    return table(rows(article, register=register, parse=parse, titles=titles))


def rows(article, *, register=None, parse: bool = True, titles: str = "reported") -> list[dict]:
    """:func:`statements` of one article as row dicts (see :func:`rows_in_text`)."""
    if titles not in TITLES:
        raise ValueError(f"titles must be one of {', '.join(TITLES)}, not {titles!r}")
    published = article.meta.get("published") if article.meta else None
    if isinstance(published, str):
        try:
            published = date.fromisoformat(published[:10])
        except ValueError:
            published = None
    roles_on = None
    if published is None:
        # A scraper's date stamp, or a month-only date in the metadata (kept in the date note),
        # gives the month: enough to know who held a role then.
        stamp = article.paragraphs[article.paragraphs["rule"].eq("meta-date-stamp")]
        m = _STAMP.search(" ".join(stamp["text"])) if len(stamp) else None
        m = m or _STAMP.search(str((article.meta or {}).get("date_note") or ""))
        if m:
            roles_on = date(int(m.group(1)), int(m.group(2)), int(m.group(3) or 15))
    body = rows_in_text(article.text, spans=press_spans(article), article=article.id,
                        published=published, register=register, roles_on=roles_on, parse=parse)
    # A title that reports a speaker's words is a statement like the body's ("Theresa May laisse
    # entendre qu'elle pourrait renoncer ..."), with ``titles="quoted"`` only when it quotes a
    # named speaker ("L'âge de départ « n'est plus négociable », affirme Élisabeth Borne"). Read
    # alone, so the body's context is the body's.
    spans = title_spans(article) if titles != "none" else []
    if not spans:
        return body
    quoted = []
    for r in rows_in_text(article.text, spans=spans, article=article.id, published=published,
                          register=register, roles_on=roles_on, parse=parse):
        q = _QUOTE_MARK.search(r["text"])
        if titles == "quoted" and not (r["speaker"] and (q or r["kind"] == "direct" or _inverted_at_end(article.text, r))):
            continue
        if not (r["speaker"] or r["speaker_type"] == "person"):
            # ("Dernière chance : ..." or "Le pass approuvé par 62 % des Français, selon un sondage")
            continue
        rubric = r["text"].rfind(":", 0, q.start()) if q else -1
        if rubric >= 0:
            # "Réforme des retraites : l'âge ... « n'est plus négociable », affirme ...": the
            # rubric before the colon is the headline's label, not the statement.
            r["start"] = strip_span(article.text, r["start"] + rubric + 1, r["end"])[0]
            r["text"] = article.text[r["start"]:r["end"]]
        _full_name_from(r, body)
        quoted.append(r)
    return quoted + body if quoted else body


_SPEAKER_FIELDS = ("speaker", "speaker_id", "speaker_type", "organization", "country")


def _full_name_from(row: dict, body: list[dict]) -> None:
    """A title names a person by the family name alone ("..., dit Lieberman"), read without the
    body: the body's speaker of that family name ("Avigdor Lieberman") is the one meant."""
    name = str(row.get("speaker") or "")
    if " " in name.strip() or row.get("speaker_id") or not name[:1].isupper():
        return
    same = next((b for b in body if b.get("speaker_type") == "person"
                 and str(b.get("speaker") or "").split()[-1:] == [name.strip()]), None)
    if same is not None:
        row.update({k: same.get(k) for k in _SPEAKER_FIELDS})


def _inverted_at_end(text: str, row: dict) -> bool:
    """A title ending in an inverted verb of saying and its speaker ("Airbus et Boeing vont perdre
    leurs permis, annonce Mnuchin") reports words even without quotation marks; a title in the
    journalist's words has its subject first ("Washington écarte des frappes communes")."""
    c0, s0, s1 = row.get("cue_start"), row.get("speaker_start"), row.get("speaker_end")
    if not isinstance(c0, int) or not isinstance(s0, int) or not isinstance(s1, int) or not row["start"] < c0 < s0:
        return False
    return _COMMA_BEFORE.search(text, 0, c0) is not None and _TITLE_END.match(text, s1) is not None


_COMMA_BEFORE = re.compile(r",\s*$")
_TITLE_END = re.compile(r"[ \t\u00a0.!]*(?:[\r\n]|$)")
_QUOTE_MARK = re.compile(r"[«“\"„]")
_FOR_PRONOUN = re.compile(r"\s*pour\s+(?P<p>lui|elle|eux|elles)\s*(?:,\s*|\s+(?=[\w\u00C0-\u024F]))", re.I)


def _agrees(speaker: Speaker, pronoun: str) -> bool:
    """Whether a stressed pronoun can stand for the speaker (gender and number, when known)."""
    p = pronoun.lower()
    gender = "f" if p.startswith("elle") else "m"
    number = "p" if p in ("eux", "elles") else "s"
    return (not speaker.gender or speaker.gender == gender or p == "eux") and (
        not speaker.number or speaker.number == number)


_PRONOUN_BEFORE_QUOTE = re.compile(rf"(?:{words_rx([*CUES['pronouns'], 'cela', 'ça'])})\s+(?=[«“\"'‘])", re.I)
_STAMP = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")


def iter_statements(articles: Iterable, *, register=None, titles: str = "reported") -> Iterator[pd.DataFrame]:
    """One statements table per article, streaming (for the CLI and big corpora)."""
    reg = default_register(register)
    for art in articles:
        yield statements(art, register=reg, titles=titles)


def tag(articles: Iterable, *, register=None, link: bool = True, titles: str = "reported") -> pd.DataFrame:
    """Statements of every article, with utterance ids linking reports of the same statement.

    Args:
        articles: iterable of ``corpus.Article`` (consumed one at a time).
        register: an ``actors.Register`` (default: ``data/actors.csv``).
        link: fill ``utterance`` with ``link_utterances``.
        titles: which titles are statements (:data:`TITLES`).

    Returns:
        DataFrame with ``COLUMNS``.
    """
    frames = [t for t in iter_statements(articles, register=register, titles=titles) if len(t)]
    out = pd.concat(frames, ignore_index=True) if frames else statements_in_text("")
    return link_utterances(out) if link else out
