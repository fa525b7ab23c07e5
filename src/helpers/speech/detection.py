"""Speech stage, detection: where the statements of a sentence are.

In: the article text, one sentence's (start, end) and the quotation spans. Out: ``Frame``
objects (the cue: a verb of saying, "selon", a participle, an incise; the content: quotation,
que-clause, infinitive, noun-phrase complement; the span of the speaker mention, or None when
the speaker comes from context) and the trimmed statement spans (``shape_span``). Speakers are not
resolved here: ``speech.statements_in_text`` passes the mentions to ``attribution``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import yaml

from .. import actors as actors_mod
from .. import dating, paths
from ..wordforms import looks_infinitive, number_words_rx, participle_forms, phrase_pattern
from ..sentences import quote_spans
from .attribution import (
    CUES, LEX, WORD_START, DETERMINER, WORD_END, INDEFINITE_PRONOUN, NAME_GLUED, NAME_PARTICLE_WORDS, NAME_PARTICLES, NP_START, PERCENT_OF,
    DATELINE, DOCUMENT_HEADS, NATIONALITY, NOT_A_NAME, NOT_SPEAKERS, PRONOUN, ROLE_HEADS, fold_keep,
    document_author, gender_of, head_noun, number_of, squash_ws,
)
from ..lexicon import AUX, BE, PARENTHETICALS, SP, SUBJ_CLITICS, apostrophes_rx, words_rx


OPENERS = {k: v for k, v in CUES["quotes"].items()}

# ("a annoncé que, finalement, ...": an adverbial set off by commas right after "que")
_QUE = re.compile(rf"^\s*(?:que(?:{SP}|\s*,(?=\s*[\w\u00C0-\u024F]))|qu['’])", re.I)
# "a déclaré, en personne : « ... »", "abonde dans ce sens : « ... »": a few words of manner or
# place between the verb and the colon that opens its quotation.
_LATE_COLON = re.compile(r"^[^.;:!?«»\"“”\n]{1,80}?:\s*", re.I)
# (no comma, no clause of its own: "aux propos d'Élisabeth Borne, qui a affirmé que ... :" is hers)
_LATER_COLON = re.compile(r"^(?![^:]*(?:\bque\b|\bqu['’]|\btandis\b))[^,.;:!?«»\"“”\n]{81,180}?:\s*", re.I)
_CLAUSE_SUBJECT_AFTER_COMMA = re.compile(rf",\s*(?:{words_rx(SUBJ_CLITICS)}|je|nous|vous)\s", re.I)
# a passive's agent and another person named (for "a-t-il/elle dit" after a colon)
_PASSIVE_AGENT = re.compile(rf"{SP}été{SP}[\w\u00C0-\u024F'’-]+{SP}par{WORD_END}", re.I)
_OTHER_NAME = re.compile(r"(?-i:[A-ZÀ-Ý][a-zà-ÿ'’-]+)\s+(?-i:[A-ZÀ-Ý][\w'’-]+)")


def _gender_fits(who: str, pronoun: str) -> bool:
    """Whether a subject mention may be what "il(s)"/"elle(s)" stands for."""
    return gender_of(who) != ("m" if pronoun.lower().startswith("elle") else "f")


_INF_OBJECT_START = re.compile(r"^\s*(?:ne\s+(?:pas|plus|jamais)\s+)?(?:avoir|être)\b", re.I)
_COLON = re.compile(r"^\s*:\s*")
_SI = re.compile(rf"^\s*(?:si{SP}|s['’](?=\s*ils?\b))", re.I)
# "[^,.]" in a channel pattern must not swallow the que-clause that follows
# ("a affirmé dans une interview que ...").
_CHANNELS = [apostrophes_rx(c).replace("[^,.]", r"(?:(?!\bqu(?:e\b|['’]))[^,.:;«“\"])") for c in CUES["channels"]]
_CHANNEL = re.compile(r"(?:" + "|".join(_CHANNELS) + r")", re.I)
# Adverbs between a verb and its complement: listed ones, and any adverb in -ment ("ont rejeté
# massivement l'accord").
_BETWEEN = re.compile(rf"^\s*(?:{words_rx(CUES['between'])}|[\w\u00C0-\u024F]{{3,}}ment){WORD_END}", re.I)
# ", eux, un passage en force", ", pour sa part, que ...": a stressed pronoun or a parenthetical
# set off by commas between a verb and its complement.
_PARENTHETICAL_AT = re.compile(rf"^(?:{words_rx(PARENTHETICALS)}){WORD_END}\s*,", re.I)
_PERIOD = re.compile(rf"^\s*(?:(?:en|début|fin|mi-|courant|dès)\s*(?:{words_rx(dating.month_names())})(?:{SP}(?:19|20)\d\d)?"
                     rf"|{words_rx(CUES['between_periods'])}"
                     # "a annoncé il y a deux mois son retour", "il y a quelques jours"
                     rf"|il{SP}y{SP}a{SP}(?:\d+|quelques|plusieurs|un|une|{words_rx(CUES['number_words'])})"
                     rf"{SP}(?:jours?|semaines?|mois|ans?|années?|heures?)){WORD_END}", re.I)
# a weekday or a part of the day ("ce lundi", "ce soir", "ce week-end")
_DAY_WORDS = words_rx([*dating.weekday_names(), "matin", "soir", "après-midi", "week-end"])
_TRAILING_PERIOD = re.compile(rf"{SP}(?:{words_rx(CUES['between_periods'])}|hier|avant-hier|(?:ce|dès){SP}(?:{_DAY_WORDS}))\s*$", re.I)
_CHANNEL_AT = re.compile(rf"^\s*(?:{'|'.join(_CHANNELS)}){WORD_END}", re.I)
CONNECTOR = re.compile(rf"^(?:{words_rx(CUES['connectors'])}){WORD_END}\s*,?\s*", re.I)
# (the gap before "de" holds no purpose clause, "pour" + infinitive or "afin": "a demandé un
# report pour tenter de surmonter la crise" asks for the report, the infinitive is "tenter"'s;
# "pour la première fois" is an adverbial)
_DE_INF = re.compile(rf"^\s*(?:(?:(?!pour{SP}\w+(?:er|ir|re|oir){WORD_END}|afin{WORD_END})[^,;:.«»\"]){{1,60}}?{SP})?(?:de{SP}|d['’])[«“\"]?\s*(?P<inf>(?:ne{SP}pas{SP})?(?:s['’]|se{SP}|l['’]|les{SP}|y{SP}|en{SP})?\w+(?:er|ir|re|oir))\b", re.I)
# "a appelé à cesser", "a appelé les deux puissances à « ne pas abandonner » le dialogue",
# "appelle à un partage de renseignements": the content starts after "à".
# Also past a time word and an object with its apposition: "a appelé samedi la Première ministre
# Theresa May à jeter ...", "a appelé la présidente de l'Assemblée, Yaël Braun-Pivet, à ne pas
# empêcher le vote", "a appelé le président « à la sagesse »".
# An infinitive (a negation and an object clitic before it), a quotation mark before them.
_INF_WORD = rf"[«“\"]?\s*(?:ne{SP}(?:pas{SP}|plus{SP})?)?(?:s['’]|se{SP}|l['’]|les?{SP}|la{SP}|y{SP}|en{SP})?\w+(?:er|ir|re|oir)\b"
_A_INF = re.compile(rf"^\s*(?:{words_rx(CUES['between'])}{SP})?"
                    # ("au vote d'une motion ... pour s'opposer à un « déni »": after "au", only an
                    # infinitive makes the "à" the verb's; otherwise "au" itself is, below)
                    rf"(?:(?:{DETERMINER}|(?-i:[A-ZÀ-Ý])[\w\u00C0-\u024F'’-]+)[^;:.«»]{{0,100}}?{SP}"
                    # ("appellent les patients un à un": the distributive "un à un" is no complement)
                    rf"|aux?{WORD_END}[^;:.«»]{{0,100}}?{SP}(?=[«“\"]?\s*à{SP}{_INF_WORD}))?(?P<q>[«“\"]\s*)?à{SP}(?!une?\s*(?:[,.;:!?)]|$))(?={_INF_WORD}|[«“\"]?\s*{DETERMINER}"
                    # "a appelé à de nouvelles mobilisations" (not "à de nombreuses reprises")
                    rf"|de{SP}(?![\w\u00C0-\u024F]+{SP}reprises{WORD_END})[\w\u00C0-\u024F]+(?:s|x){SP})"
                    # "appelle au retrait de la réforme", "s'oppose au traité", "a appelé au calme"
                    rf"|^\s*(?P<q2>[«“\"]\s*)?(?:au|aux){SP}(?=[«“\"]?\s*[\w\u00C0-\u024F])", re.I)
# ("dit n'avoir pris aucune décision", "affirme ne l'avoir jamais dit": the negation's first word)
_INF = re.compile(rf"^\s*(?:(?:toujours|encore|déjà|ne{SP}pas|ne{SP}plus|ne{SP}jamais|bien){SP})?(?:n['’]|ne{SP}(?=l['’]|les{SP}|le{SP}|la{SP}|lui{SP}|leur{SP}|se{SP}|s['’]|y{SP}|en{SP}))?"
                  rf"(?:s['’]|se{SP}|l['’]|les{SP}|y{SP}|en{SP}|leur{SP}|lui{SP})?(?:avoir|être|\w+(?:er|ir|oir|re))\b", re.I)
_INF_AFTER = re.compile(_INF_WORD, re.I)
_NOT_INF = {"leur", "sur", "pour", "par", "entre", "contre", "premier", "dernier", "hier", "avoir", "être"}
_PARTICIPLE_FRAME = re.compile(rf",\s*(?:tout{SP})?(?:en{SP})?\w+ant{SP}(?:que{SP}|qu['’]|:)", re.I)
# ", tout en accusant ...", ", affirmant ...": a participle of a verb of saying ends the clause before it.
_SPEECH_PARTICIPLE = re.compile(rf",\s*(?:tout{SP})?{LEX.participle.pattern}", re.I)
# "a rejeté l'option en déclarant que ...", "se réjouit du rejet en ajoutant « ... »": a gerund of
# saying, even without a comma, opens the next statement of the same speaker.
# ("en insistant sur les avancées", "en appelant à la grève": also a preposition the verb governs)
_GERUND_FRAME = re.compile(rf"{SP}en{SP}{LEX.participle.pattern}(?=\s*(?:que{WORD_END}|qu['’]|:|[«“\"]|(?:sur|à){WORD_END}))", re.I)
_COMMA_QUOTE = re.compile(r"\s*,\s*(?=[«“\"])")
_OBJECT_CLITIC = re.compile(r"(?:\ble\s+|\bl['’]\s*)$", re.I)
_CONVINCED = re.compile(rf",\s*(?:tout{SP})?(?P<a>(?:convaincu|persuadé|certain|sûr)(?:e|s|es)?){SP}(?:que{SP}|qu['’])", re.I)


def _as_said() -> re.Pattern:
    """'comme l'a rappelé', 'ainsi que le souligne', ', ce que confirme': a clause credited to whoever is named after
    the verb, like "selon" (the match is the cue)."""
    forms = sorted({k for k in LEX.form_lemma if ":" not in k and not k.endswith("ant")})
    # ", ce que confirme le ministère" after a clause credits it the same way.
    # ("comme nous l'expliquait X": an indirect object pronoun before the direct one)
    # ("comme annoncé par la préfecture": the participle of a verb of saying (lexicon
    # as_said_participles, not "porté", "attendu" or "voté") and its agent)
    pps = sorted(CUES["as_said_participles"])
    # ("Conformément à ce qu'a annoncé le président, ...": what was announced, then done)
    return re.compile(rf"(?<![\w\u00C0-\u024F'’-])(?P<cue>(?:(?:comme|ainsi{SP}que){SP}(?:(?:nous|vous|lui|leur|me|m['’])\s*)?(?:l['’]\s*|le{SP})|(?<=,)\s*ce{SP}qu(?:e{SP}|['’]\s*)"
                      rf"|conformément{SP}à{SP}ce{SP}qu(?:e{SP}|['’]\s*)(?=(?:(?:a|avait|ont|avaient){SP})?"
                      # (an announcement or a promise kept; "ce qu'exige la Constitution", "ce
                      # qu'avait recommandé le rapport" are compliance, not words)
                      rf"(?:annoncé|annonçait|annonce|promis|promettait|promet|indiqué|déclaré|dit|expliqué){WORD_END}))"
                      rf"(?:(?:{words_rx(AUX)}){SP}(?:(?:{words_rx(CUES['between'])}){SP})?)?(?:{words_rx(forms)})"
                      + rf"|comme{SP}(?:{words_rx(pps)}){SP}par(?={SP}(?:la|le|les|l['’]|un|une|des|ses|son|sa|leur|leurs|nos|notre|(?-i:[A-ZÀ-Ý]))(?!{SP}suite{WORD_END}))"
                      + rf"){WORD_END}", re.I)


def _agent_next(text: str, vend: int, mend: int) -> bool:
    """Whether only a date or an adverbial stands between a passive participle (ending at
    ``vend``) and its "par" (the match ends at ``mend``, after "par ")."""
    par = text.rfind("par", vend, mend)
    if not text[vend:par].strip():
        return True
    pos, _ = _skip_adverbials(text, vend, par)
    # "déposée à la surprise générale par", "adoptée à une large majorité par": a short
    # prepositional phrase of manner or place
    return not text[pos:par].strip() or bool(_SHORT_PP.fullmatch(text, pos, par))


def _judged_rx() -> re.Pattern:
    """A judging participle with its attribute and agent: "jugée « extrêmement importante » par",
    "a été jugée satisfaisante par", ", qualifié de « provocation » par" (lexicon ``judged_participles``)."""
    forms = []
    for phrase in CUES["judged_participles"]:
        head, _, tail = phrase.partition(" ")
        forms += [form + (" " + tail if tail else "") for form in sorted(participle_forms(head))]
    # the attribute: a quotation, or one word after an optional degree adverb
    attribute = (r"[«\"“][^«»\"“”]{1,80}[»\"”]"
                 rf"|(?:{words_rx(CUES['degree_adverbs'])}{SP})?"
                 r"[\w\u00C0-\u024F'’-]+")
    return re.compile(
        rf"(?:{WORD_START}(?:{words_rx(AUX)}){SP}été{SP}|{WORD_START}(?:{words_rx(BE)}){SP}|,\s*)?"
        rf"{WORD_START}(?P<v>{words_rx(forms)})\s*(?P<attr>{attribute})"
        # a date or an adverb before the agent ("jugée satisfaisante mardi par")
        rf"(?:{SP}[^\s,.;:!?«»\"“”()]+)?{SP}par{SP}", re.I)


_JUDGED = _judged_rx()
_NOT_ATTRIBUTES = frozenset(actors_mod.fold(w) for w in CUES["judged_not_attributes"])

_SHORT_PP = re.compile(rf"\s*(?:à|au|aux|en|avec|sans|sous|dans){SP}(?:[^\s,.;:!?«»\"“”()]+{SP}?){{1,3}}\s*", re.I)


def _negated_speech() -> re.Pattern:
    """'n'exclut pas', 'n'a pas écarté', 'n'excluait plus': verbs whose negation is a position
    (lexicon list ``negated_speech``); the match spans the negation, which stays in the cue."""
    lemmas = set(CUES["negated_speech"])
    pps = sorted({k for k, v in LEX.form_lemma.items() if v in lemmas and ":" not in k and k.endswith(("é", "u"))})
    finite = sorted({k for k, v in LEX.form_lemma.items() if v in lemmas and ":" not in k} - set(pps))
    neg = r"(?:pas|plus|jamais)(?:\s+(?:non\s+plus|encore|totalement|complètement))?"
    # "n'a rien exclu", "n'exclut rien", "n'a « rien exclu »": nothing ruled out is a position too
    # (its content is "rien", quoted or not)
    return re.compile(rf"(?<![\w\u00C0-\u024F'’-])(?:ne{SP}|n['’]\s*)(?:(?:{words_rx(['a', 'ont', 'avait', 'avaient', 'aurait'])}){SP}{neg}{SP}"
                      rf"(?P<v>{words_rx(pps)})|(?P<v2>{words_rx(finite)}){SP}{neg}"
                      rf"|(?:{words_rx(['a', 'ont', 'avait', 'avaient', 'aurait'])}){SP}(?P<q>[«“\"]\s*)?rien{SP}(?P<v3>{words_rx(pps)})"
                      rf"(?(q)\s*[»”\"])|(?P<v4>{words_rx(finite)}){SP}rien){WORD_END}", re.I)


_NEGATED_SPEECH = _negated_speech()
_AS_SAID = _as_said()
_PRESS_REPORT = re.compile(r"(?:rapport|relat|révél|revel)", re.I)
# The impersonal reader right before a verb of reading ("on pouvait lire", "l'on lit", "on peut y lire")
_ON_READER = re.compile(r"(?<![\w\u00C0-\u024F'’-])(?:l['’]\s*)?on\s+(?:y\s+)?$", re.I)
# A document or an account read in, after the verb of reading ("on peut lire dans le communiqué de
# la CGT", "sur le compte Twitter de", "notamment dans sa lettre"): its author speaks, not "on"
# (the document is the group "doc"; inverted after a quotation, "peut-on lire dans", it is read
# as a source below)
READ_DOCUMENT = re.compile(r"\s*(?:[\w\u00C0-\u024F'’-]+\s+){0,2}?(?:dans|sur)\s+(?P<doc>(?:le|la|les|l['’]|un|une|son|sa|ses|leur|leurs|ce|cette)\s*"
                           r"(?:compte|communiqué|site|texte|lettre|rapport|déclaration|tweet|message|courrier|document|page|blog|"
                           r"livre|journal|avis|programme|tribune|post|publication)[^:,;.«»“”\"]*)", re.I)
# "« ... », peut-on lire dans le communiqué du Kremlin", "lit-on dans le texte", "est-il écrit
# dans la déclaration": the document after "dans" speaks for its author; "a-t-on appris auprès du
# Kremlin", "a-t-on pu entendre de la part des ministres": the body asked or heard is the source.
_READ_IN = re.compile(rf"(?<![\w\u00C0-\u024F'’-])(?P<cue>(?:peut|pouvait|pourra|pourrait)-on{SP}(?:y{SP})?lire|a-t-on{SP}pu{SP}lire|lit-on|lisait-on"
                      rf"|(?:est|était)-il{SP}(?:écrit|précisé|indiqué|souligné|expliqué|ajouté|rappelé|affirmé|annoncé)"
                      rf"|a-t-on{SP}appris|apprend-on|a-t-on{SP}indiqué|indique-t-on"
                      rf"|a-t-on{SP}pu{SP}entendre|pouvait-on{SP}entendre|entend-on|a-t-on{SP}entendu)"
                      # ("a-t-on appris par ailleurs auprès de la mairie")
                      rf"{SP}(?:(?:{words_rx(CUES['between'])}){SP})?"
                      rf"(?:dans{SP}|(?:auprès|de{SP}la{SP}part){SP}(?:de{SP}|d['’]|(?=du{SP}|des{SP})))", re.I)
_NEGATED_ONLY = frozenset(CUES["negated_only"])


def _evaluative_words() -> str:
    """One evaluative lexicon for the speech stage: the judgement adjectives of speech_cues.yaml
    and the evaluation words of the stance lexicon, each with its inflections."""
    cues = yaml.safe_load(paths.STANCE_LEXICON.read_text(encoding="utf-8"))["cues"]
    words = {*CUES["judgement_adjectives"], *cues["evaluation_negative"]["words"], *cues["evaluation_positive"]["words"]}
    return "|".join(f"(?:{phrase_pattern(w)})" for w in sorted(words, key=len, reverse=True))


# The object's attribute closing the clause: an evaluative word or a quoted word.
_DEGREE = rf"(?:{words_rx(CUES['degree_adverbs'])}){SP}"
# (not a noun after a determiner or a preposition: "juge les responsables du naufrage", "l'homme
# coupable de chantage" are a court's business)
_NOT_AFTER_DET = r"(?<!\bde)(?<!\bdu)(?<!\bdes)(?<!\bun)(?<!\bune)(?<!\ble)(?<!\bla)(?<!\bles)(?<!\bau)(?<!\baux)(?<!\bpour)"
_JUDGEMENT_END = re.compile(
    rf"(?:{_NOT_AFTER_DET}{SP}(?:{_DEGREE})?(?:{_evaluative_words()})|{SP}[«“\"]\s*[^«»“”\"]{{1,40}}?\s*[»”\"])$", re.I)
# The attribute before the object: an evaluative word ("jugé bon de" is "saw fit to"), then the
# object, a noun phrase or "de" + an infinitive with its own object.
_OBJECT_DETERMINER = r"(?:le|la|les|l['’]|un|une|des|du|ce|cet|cette|ces|son|sa|ses|leur|leurs|notre|nos|votre|vos)"
_JUDGEMENT_FIRST = re.compile(
    rf"\s*(?:{_DEGREE})?(?!bonn?e?s?{SP}d)(?:{_evaluative_words()}){SP}"
    rf"(?:{_OBJECT_DETERMINER}(?:{SP}|(?<=['’]))(?=[\w\u00C0-\u024F])"
    rf"|(?:d['’]\s*|de{SP})[\w\u00C0-\u024F-]+(?:er|ir|re){SP}{_OBJECT_DETERMINER}(?:{SP}|(?<=['’])))", re.I)
_TRAILING_LINK = re.compile(rf"[\s,;]*(?:{WORD_START}(?:et|mais|or|car|donc|puis|ce{SP}que|alors{SP}que)\s*)?[\s,;]*$", re.I)
_NEXT_WORD = re.compile(r"\s*([\w\u00C0-\u024F'’-]+)")


def pronoun_group(m: re.Match) -> str | None:
    """The group of an inverted incise (``LEX.inverted``) that holds its subject pronoun
    ("a-t-elle dit": "elle"), or None."""
    return next((g for g in ("p1", "p2", "p3", "p4") if m.groupdict().get(g)), None)


def verb_form(m: re.Match) -> str | None:
    """The verb of saying a match of the lexicon's patterns holds ("a-t-il déclaré": "déclaré";
    "s'est-elle félicitée": "est félicitée"), or None."""
    if "v" in m.re.groupindex and m.group("v"):
        return m.group("v")
    d = m.groupdict()
    return d.get("v1") or d.get("v2") or d.get("v3") or d.get("v4") or d.get("v5") \
        or (d.get("v6") and f'{m.group("v6")} {m.group("v7")}')


def _saying_after_aux(text: str, pos: int) -> bool:
    """Whether the word at ``pos`` is a participle of a verb of saying ("a rapporté l'AFP")."""
    m = _NEXT_WORD.match(text, pos)
    return m is not None and LEX.verb_of(m.group(1)) is not None


def _before_other_speech(text: str, start: int, end: int, frames: list) -> int:
    """``end``, or the end of the text before another statement found in ``text[start:end]``
    ("La réforme, selon le gouvernement, est indispensable, mais Sophie Binet a dénoncé ...":
    the clause of "selon" ends before Sophie Binet's), its link word left out."""
    inside = [min(f.cue[0], f.speaker[0]) if f.speaker else f.cue[0] for f in frames if start < f.cue[0] < end]
    if not inside:
        return end
    cut = min(inside)
    return cut - len(_TRAILING_LINK.search(text, start, cut).group())


_EMPHATIC_AFTER = re.compile(rf"^\s*(?:lui|elle|eux|elles)-mêmes?{WORD_END}", re.I)
_STRESSED_PRONOUN = re.compile(rf"^(?:lui|elle|eux|elles)(?:{SP}(?:aussi|non{SP}plus|également|de{SP}son{SP}côté|de{SP}leur{SP}côté)|-même|-mêmes)?$", re.I)
# "elle ne réclame « pas de pause »": the negation's second word is quoted, so the words are hers.
_NEGATION_QUOTED = re.compile(r"\s*[«“\"]\s*(?:pas|plus|jamais|rien|aucun|aucune|ni|guère)\b", re.I)
_APPOSITION_PP = re.compile(rf"^(?:à|au|aux|de|du|des|d['’]|en|avec|sans|pour|dans|sous|chez|comme){WORD_END}", re.I)
# What may stand before a participle that opens the sentence: nothing, "Tout", or a connector.
_LEAD_BEFORE = re.compile(rf"^\s*(?:(?:{words_rx(CUES['connectors'])}){WORD_END}\s*,?\s*)?(?:tout{SP})?$", re.I)
# What may follow the source of a closing "selon X": its name, a place or an occasion.
_SOURCE_TAIL = rf"(?-i:[A-ZÀ-Ý])[\w\u00C0-\u024F'’-]*|en{SP}(?:visite|déplacement|marge)|lors{WORD_END}|qui{WORD_END}|à{SP}|dans{SP}(?:un|une){SP}"
_CONTENT_STOP = re.compile(
    rf",\s*(?:(?:une|cette){SP}(?:déclaration|annonce|affirmation|information|version|proposition){WORD_END}|ce{SP}qui{WORD_END}|ce{SP}que{WORD_END}"
    # "..., selon un sondage X." closing the sentence: the source of what comes before
    # (its apposition may follow: ", selon le ministre turc, Mevlut Cavusoglu, en visite à Tokyo.")
    rf"|(?:selon|d['’]après){SP}[^,;:!?«»\"“”]+(?:,\s*(?:{_SOURCE_TAIL})[^,;:!?«»\"“”]*)*[.!?]?\s*$)",
    re.I)
_FOR_ACTOR = re.compile(rf"\s*(?:(?:{words_rx(CUES['connectors'])}){WORD_END}\s*,?\s*)?(?P<cue>{words_rx(CUES['according_to_registered'])}){SP}", re.I)
# "Selon lui, ...", "D'après le ministère, ..." opening the sentence.
_ACCORDING_LEAD = re.compile(rf"\s*(?:{words_rx(CUES['according_to'])}){SP}", re.I)
ACCORDING = re.compile(rf"{WORD_START}(?P<cue>{words_rx(CUES['according_to'])}){SP}", re.I)
_NAME_ONLY = re.compile(
    r"^(?:(?:M\.|Mme|Mlle)\s+)?[A-ZÀ-ÖØ-Þ][\w\u00C0-\u024F'’-]+"
    rf"(?:\s+{NAME_PARTICLES}{NAME_GLUED}"
    r"[A-ZÀ-ÖØ-Þ][\w\u00C0-\u024F'’-]+)+$")
_ONE_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]{2,}")
# A finite verb ending a role-like chunk means it is a clause ("le ministre refuse ...").
_DEFINITE_CLAUSE = re.compile(r"\s(?:est|sont|a|ont|était|sera|serait|va|vont|doit|peut|veut)\s", re.I)
_RELATIVE_IN_NP = re.compile(rf"{SP}(?:qui|dont|lequel|laquelle|lesquels|lesquelles){WORD_END}", re.I)
# the sentence before a narrative infinitive: "Et", with no subject ("Et de citer") or a short one,
# one noun after a determiner or a capitalised name ("Et la source de conclure"; not "Et le
# ministre vient d'annoncer", "Et il est temps de dire")
_NARRATIVE_LEAD = re.compile(rf"\s*(?i:Et)(?:{SP}(?P<s>(?i:le|la|les|l['’]|ce|cette){SP}?[a-zà-ÿ][\w\u00C0-\u024F-]*"
                             rf"|(?:M\.|Mme){SP}[A-ZÀ-Ý][\w\u00C0-\u024F'’-]*"
                             rf"|[A-ZÀ-Ý][\w\u00C0-\u024F'’-]*(?:{SP}[A-ZÀ-Ý][\w\u00C0-\u024F'’-]*){{0,2}}))?\s*")
# (only such a sentence is searched for one: the infinitives' alternation is long)
_ET_START = re.compile(r"\s*Et\s", re.I)
_RELATIVE = re.compile(rf"{SP}(?:qui|dont|lequel|laquelle){WORD_END}", re.I)
# a clause before a relative on its subject ("Cela reste un désaveu pour X qui ..."), and the
# determiners that open a noun phrase not complementing another noun ("pour la Première
# ministre", not "de la Commission")
_CLAUSE_BEFORE_RELATIVE = re.compile(rf"^(?:cela|ceci|c['’]est|c['’]était|ce{SP}(?:sont|fut|serait)|{words_rx(SUBJ_CLITICS)}){WORD_END}", re.I)
_NP_HEAD_DETERMINER = re.compile(
    rf"(?<![\w\u00C0-\u024F'’])(?<!de )(?<!De )(?:(?:le|la|les|un|une|ce|cet|cette|ces|son|sa|ses|leur|leurs){SP}|l['’])", re.I)
# A finite verb in a chunk that would otherwise be a subject ("Les pourparlers reprendront lundi"):
# the future, the conditional and the imperfect; after a plural subject, "-ent" too ("reprennent").
_FINITE_WORD = re.compile(r"(?<=\s)(?-i:[a-zà-ÿ]{2,}(?:ront|raient|rait|aient|ait))(?![\w\u00C0-\u024F])")
_PLURAL_FINITE = re.compile(r"(?<=\s)(?-i:[a-zà-ÿ]{2,}ent)(?![\w\u00C0-\u024F])")
# either, or a plural in -ont: a lowercase finite verb after a subject ("Les propos de X laissent")
LOWER_FINITE = re.compile(r"(?<=\s)(?-i:[a-zà-ÿ]{2,}(?:ent|ont|ait|aient|ront))(?![\w\u00C0-\u024F])")
# (only a square or a street, where people are stopped: "sur l'autoroute A69", "sur le site
# Lubrizol" are what an alert is about)
_PLACE_NOUN_START = re.compile(rf"(?:la|le|les|l['’]|une?|ce|cette)\s*(?:place|parvis|boulevard|avenue|rue|quai|"
                               rf"rond-point|esplanade|trottoir|perron)"
                               # (named: "la place Bellecour", "la place de la République"; not "la place des femmes")
                               rf"(?:\s+(?:(?:de\s+la|du|de)\s+|d['’])?(?-i:[A-ZÀ-Ý])|\s*[,.;:!?]|\s*$)", re.I)
# A clause opening on a subordinator ("Alors que la séance était suspendue, le député, ..."): its
# verb is not the reported clause's.
_SUBORDINATE_START = re.compile(rf"\s*(?:{apostrophes_rx(words_rx(CUES['subordinators']))})(?:(?<=['’])|{WORD_END})", re.I)
# the last chunk before a verb is a relative clause ("X, qui a annoncé ..., a dit")
_RELATIVE_LAST = re.compile(r"(?:^|,)\s*(?P<p>qui|dont)\s[^,]*$", re.I)
_NEGATED = re.compile(r"(?:\bne\s+|\bn['’]\s*)(?:\S+\s+){0,2}$|\b(?:pas|plus|jamais|guère|rien)\s+$", re.I)
_LEUR_END = re.compile(r"(?<![\w\u00C0-\u024F])leur\s+$", re.I)
_VERB_ONLY_ENDING = re.compile(r"(?:ait|aient|ent|ra|ront|rait|raient)$", re.I)
_NOUN_BEFORE = re.compile(
    r"(?:\b(?:le|la|les|l|un|une|des|du|de|d|sa|son|ses|leur|leurs|cette|ce|cet|ces|à|au|aux|par|pour|sur|dont|en|quelle|quel)['’]?\s*)$",
    re.I)


# ---------------------------------------------------------------------------------------------
# Small text utilities


def strip_span(text: str, s: int, e: int, chars: str = " \t\r\n\u00a0\u202f,;:.-–—") -> tuple[int, int]:
    while s < e and text[s] in chars:
        s += 1
    while e > s and text[e - 1] in chars:
        e -= 1
    while e > s and text[e - 1] == ")" and text.count("(", s, e) < text.count(")", s, e):
        # "9000 selon la Police), mais ...": a parenthesis closed after the span is not in it
        e -= 1
        while e > s and text[e - 1] in chars:
            e -= 1
    return s, e


def _in_any(pos: int, spans) -> bool:
    return any(a <= pos < b for a, b in spans)


def _half_open(quotes) -> list[tuple[int, int]]:
    """Quotation spans (opening mark, closing mark) as half-open spans that hold both marks."""
    return [(a, b + 1) for a, b in quotes]


def _in_quote(pos: int, quotes) -> bool:
    """Whether ``pos`` falls inside a quotation, its marks included."""
    return any(a <= pos <= b for a, b in quotes)


def _overlaps(s: int, e: int, spans) -> bool:
    return any(s < b and e > a for a, b in spans)


# ---------------------------------------------------------------------------------------------
# Frames


@dataclass
class Frame:
    """A verb of saying (or "selon") with its content and speaker spans."""

    kind: str  # 'direct' | 'indirect' | 'attributed' (resolved later from the content)
    cue: tuple[int, int]
    content: tuple[int, int]
    speaker: tuple[int, int] | None  # span of the mention, None when it comes from context
    verb: object = None
    channel: str = ""
    pronoun: str = ""
    inherit: bool = False  # participial frame: same speaker as the main clause
    frame_type: str = ""
    complement: str = ""  # que / colon / quote / inf / de / np / adj / ...


# A place between a verb and its subject ("a affirmé mercredi à Moscou le ministre") ...
_PLACE = re.compile(rf"^\s*(?:à|au|aux|en|depuis|sur)(?:{SP}[A-ZÀ-Ý][\w\u00C0-\u024F'’-]+){{1,2}}(?={SP}(?:le|la|les|l['’]|un|une|M\.|Mme|[A-ZÀ-Ý])|\s*,)")
# ... or a scene ("a expliqué dans le cortège lyonnais Marie-Pierre Couvreur"), not one ending on a
# person (_ROLE_LAST: "devant le ministre Gérald Darmanin")
_SCENE = re.compile(rf"^\s*(?:dans|devant|depuis|parmi){SP}(?:le|la|les|l['’]|un|une|son|sa|ses|leur|leurs)\s*"
                    rf"(?-i:[a-zà-ÿ])[\w\u00C0-\u024F'’-]*(?:{SP}(?-i:[a-zà-ÿ])[\w\u00C0-\u024F'’-]*){{0,2}}"
                    rf"(?={SP}(?:M\.|Mme|(?-i:[A-ZÀ-Ý])|(?:le|la|les|un|une){SP}|l['’]))", re.I)
_ROLE_LAST = re.compile(rf"(?:{words_rx(CUES['role_nouns']['person'])})s?\s*$", re.I)


# "par la voix de son porte-parole Dmitri Peskov": the institution speaks through a person.
_VOICE_AT = re.compile(rf"^\s*par{SP}la{SP}voix{SP}(?:de{SP}|du{SP}|d['’])(?P<x>[^,.;:«»]+?)(?=\s*[,.;:«]|$)", re.I)


def _voice(text: str, s: int, e: int) -> tuple[int, int] | None:
    """Span of X in "par la voix de X" inside text[s:e], or None."""
    m = re.search(rf"par{SP}la{SP}voix{SP}(?:de{SP}|du{SP}|d['’])(?P<x>[^,.;:«»]+)", text[s:e], re.I)
    if not m:
        return None
    x0, x1 = s + m.start("x"), s + m.end("x")
    # "du porte-parole" -> "le porte-parole"; "de son porte-parole Dmitri Peskov" as it is.
    return strip_span(text, x0, x1)


# An adjunct of place, time or occasion between commas after the verb.
# (", comme Sadiq Khan, la tenue d'un référendum": a comparison set off by commas)
# (and a manner: "corrige, tout en euphémisme, Gilles Le Gendre", ", non sans ironie,")
_ADJUNCT_AT = re.compile(r"^(?:lors|dans|à|au|aux|en|devant|pendant|après|avant|sur|depuis|face|comme|tout\s+en|non\s+sans|sans|avec)"
                         r"\b[^,;:.!?«»\"“”]{1,60}(?=,)", re.I)


_THIS = re.compile(rf"(?:ce|cet|cette){SP}(?=\d|(?:{_DAY_WORDS}){WORD_END})", re.I)
# "ont crié dès jeudi soir": a date from which.
_FROM_DAY = re.compile(rf"dès{SP}", re.I)
# A vote's tally between a verb and its object ("ont rejeté, par 391 voix contre 242, le traité",
# "a adopté à une large majorité le texte"); "par N voix" also ends an object noun phrase
_VOTES = rf"par{SP}\d[\d\s.]*{SP}voix"
_TALLY = re.compile(rf"^\s*(?:{_VOTES}(?:{SP}contre{SP}\d[\d\s.]*)?"
                    rf"|à{SP}(?:une{SP}(?:très{SP})?(?:large|courte|écrasante|nette){SP}|la{SP})?majorité"
                    rf"(?:{SP}(?:absolue|qualifiée|simple|relative|des{SP}deux{SP}tiers|des{SP}voix))?"
                    rf"|à{SP}l['’]unanimité)(?=\s*(?:[,;.]|$)|{SP}{DETERMINER})", re.I)
# ", soulagé, ce parlementaire": the speaker's state of mind, set off by commas.
# the audience before a demonstrative or possessive object ("a défendu devant la même instance
# ce dispositif", "a présenté auprès des députés son projet")
# (the audience is a short noun phrase with no preposition in it, "les élus réunis à sa demande
# le projet" is not one; and what follows is no time phrase, "ces derniers jours que ...")
_AUDIENCE_THEN_OBJECT = re.compile(rf"^\s*(?:devant{SP}(?:les|la|le|l['’]|des|ses|son|sa|leurs?)|auprès{SP}(?:des|du|de{SP}la|de{SP}l['’]|de{SP}ses|de{SP}son|de{SP}sa|de{SP}leurs?|d['’]))\s*"
                                   rf"(?:(?!{SP}(?:à|au|aux|pour|par|de|du|des|d['’]|en|sur|avec|dans){WORD_END})[^,;:.«»\"“”]){{1,30}}?"
                                   rf"(?={SP}(?:ce|cet|cette|ces|son|sa|ses|leur|leurs){SP}"
                                   rf"(?!(?:derniers?|dernières?|prochains?|prochaines?|jours?|semaines?|mois|années?|{_DAY_WORDS}){WORD_END}))", re.I)
_MANNER_AT = re.compile(r"^(?:(?:très|un{SP}peu|visiblement|manifestement|plutôt){SP})?[a-zà-ÿ]{3,}(?:é|ée|és|ées|eux|euse|if|ive)\s*(?=,)".replace("{SP}", SP))


_AND = re.compile(rf"{SP}(?:et|ou){SP}", re.I)
_COMPLEMENT_WORD = re.compile(rf"^(?:à{SP}|de{SP}|d['’]|que{WORD_END}|qu['’])", re.I)


def _skip_adverbials(text: str, pos: int, end: int) -> tuple[int, str]:
    """Skip "hier", "jeudi", "pour sa part", "aux journalistes", "dans un communiqué"... after a verb."""
    channel = []
    start = pos
    while pos < end:
        seg = text[pos:end]
        # ", dans un communiqué, que ...", ", par la voix de son porte-parole, ...": commas around
        # an adverbial between the verb and its complement.
        mc = re.match(r"^\s*,\s*", seg)
        if mc:
            rest = seg[mc.end():]
            mp = _PARENTHETICAL_AT.match(rest)
            if mp:
                pos += mc.end() + mp.end()
                continue
            this = _THIS.match(rest)
            when = dating.expressions(rest[:40])
            if _VOICE_AT.match(rest) or _CHANNEL_AT.match(rest) or _BETWEEN.match(rest) or _TALLY.match(rest) \
                    or when and when[0].start == (this.end() if this else 0):
                pos += mc.end()
                continue
            ma = _ADJUNCT_AT.match(rest) or _MANNER_AT.match(rest)
            if ma:
                # ", lors d'un sommet exceptionnel, l'accord": a place or occasion set off by commas
                pos += mc.end() + ma.end()
                continue
            if pos > start and (re.match(rf"^(?:que{WORD_END}|qu['’]|[«“\"]|{DETERMINER})", rest, re.I)
                                or re.match(r"^(?:M\.|Mme|[A-ZÀ-Ý])", rest)) and text[start:pos].strip():
                # ", de son côté, Manuel Bompard": past the adverbial, the subject (or the clause)
                pos += mc.end()
                break
            if pos > start and text[start:pos].lstrip().startswith(",") and rest[:1].islower():
                # "s'est déclaré, à la surprise générale, prêt à ...": the comma closing an
                # adverbial opened by one, before the complement
                pos += mc.end()
                break
            if pos > start and text[start:pos].strip() and _COMPLEMENT_WORD.match(rest):
                # "appellent en effet, à « mettre la France à l'arrêt »": a comma after the adverb
                pos += mc.end()
                break
        mv = _VOICE_AT.match(seg)
        if mv:
            channel.append(squash_ws(mv.group()))
            pos += mv.end()
            continue
        # A date expression between the verb and what follows ("a démenti mardi dernier",
        # "a déclaré ce 20 août").
        lead = len(seg) - len(seg.lstrip())
        md = _THIS.match(seg, lead) or _FROM_DAY.match(seg, lead)
        lead = md.end() if md else lead
        exprs = dating.expressions(text, pos + lead, min(end, pos + lead + 40))
        if exprs and exprs[0].start == pos + lead:
            pos = exprs[0].end
            # ("le 15 janvier et le 12 mars": two dates joined)
            mj = _AND.match(text, pos, end)
            if mj:
                more = dating.expressions(text, mj.end(), min(end, mj.end() + 40))
                if more and more[0].start == mj.end():
                    pos = more[0].end
            continue
        bare = seg.lstrip()
        ma = _ADJUNCT_AT.match(bare) if pos > start else None
        after = re.match(r",\s*(?:(?P<a>à|au|aux)|que|qu['’]|de|d['’])\b", bare[ma.end():], re.I) if ma else None
        if after and after.group("a") and re.match(r"(?:à|au|aux)\b", bare, re.I) \
                and not re.search(r"\bqu(?:e\b|['’])|[«“\":]", bare[ma.end():]):
            # ("a appelé mardi à une grève, à deux jours de l'examen": the first "à" is the
            # complement, the second the occasion)
            after = None
        if after:
            # "a demandé mardi avant le départ du cortège, au gouvernement de ...": after a time
            # word, an occasion set off by one comma before the complement
            pos += len(seg) - len(bare) + ma.end() + 1
            continue
        m = _BETWEEN.match(seg) or _PERIOD.match(seg) or _CHANNEL_AT.match(seg) or _TALLY.match(seg) \
            or _AUDIENCE_THEN_OBJECT.match(seg)
        if not m or m.end() == 0:
            # A place between the verb and its subject ("a affirmé mercredi à Moscou le ministre").
            mp = _PLACE.match(seg)
            if mp is None:
                # (not a person, who may be the name's role: "a lancé devant le ministre Gérald
                # Darmanin un policier")
                mp = _SCENE.match(seg)
                mp = mp if mp is not None and not _ROLE_LAST.search(mp.group()) else None
            if mp and mp.end() > 0:
                pos += mp.end()
                continue
            break
        if _CHANNEL_AT.match(seg) and m.re is _CHANNEL_AT:
            channel.append(squash_ws(m.group()))
        pos += m.end()
    return pos, "; ".join(channel)


# Lowercase only: a time word ends the phrase, a capitalised one may be a name.
_TIME_AFTER_SPEAKER = re.compile(rf"^{SP}(?:{words_rx(CUES['after_speaker_time'])})(?:{WORD_END}|$)")


# What ends a postposed subject: an occasion, a channel, a time or a relative after the name
_ADVERB_AFTER_NP = re.compile(r"^\s+(?-i:[a-zà-ÿ]){3,}ment(?=\s*[,.;:!?]|\s+(?:après|avant|lors|devant|depuis|pendant|à|au|aux|en|sur"
                              rf"|dans|dès|par|ce|cette|le|la|les|{_DAY_WORDS})\b)")
_DETERMINER_END = re.compile(r"(?:^|\s)(?:le|la|les|l['’]|du|des|de|d['’]|au|aux|un|une|son|sa|ses|leur|leurs|ce|cet|cette|ces|notre|nos)\s*$", re.I)
_SUBJECT_STOP = re.compile(
    rf"^{SP}(?:lors|dans|en{SP}(?:direct|marge|réponse|visite|déplacement|\w+ant)|sans|devant|pendant|après|avant"
    rf"|au{SP}cours|à{SP}la{SP}(?:télévision|radio|presse)|à{SP}l['’]issue|sur{SP}(?:la|les|son|sa|une|un|Twitter|X)"
    rf"|selon|alors|tout{SP}en|avant{SP}de|qui|auprès{SP}de{SP}(?:nos|notre)|à{SP}(?:des|la|l['’]|sa|son|ses|leur|leurs|nos|notre|Sputnik|Reuters)"
    rf"|au{SP}(?:sortir|terme|micro|journal|quotidien|site|lendemain|moment)){WORD_END}"
    # "à l'AFP", "à l'issue": the elided article is followed by a letter, not a word end
    rf"|^{SP}à{SP}l['’](?=[\w\u00C0-\u024F])", re.I)
# The addressee after the subject: "ont écrit les ministres au secrétaire d'État Mike Pompeo", "aux
# députés" (a person noun of the lexicon after "au"/"aux"); not a post held beside another
# ("l'adjoint au maire de Paris David Belliard", "le conseiller spécial au président", "le
# secrétaire au Trésor": Trésor is no person noun).
_ADDRESSEE_AT = re.compile(rf"^{SP}aux?{SP}(?:{words_rx(CUES['role_nouns']['person'])})s?{WORD_END}", re.I)
_POST_BEFORE_AU = re.compile(rf"(?:{words_rx(CUES['posts_beside'])})\s*$", re.I)
# A noun phrase right after a date ("Mardi 10 août le Parquet de Lyon")
_NP_AFTER = re.compile(rf"\s+(?:{DETERMINER}|(?-i:[A-ZÀ-Ý]))", re.I)
# A comma, and maybe "tout", right before a participle ("Le ministre, tout en critiquant ...")
_COMMA_TOUT_END = re.compile(rf",\s*(?:tout{SP})?$", re.I)
# Nouns that make a bare apposition without naming an office ("candidate à l'élection de 2022")
_APPOSITION_NOUN = re.compile(rf"(?:{words_rx(CUES['apposition_nouns'])})\s")


def subject_np_end(text: str, pos: int, end: int, quotes) -> int:
    """End of the subject noun phrase after an inverted verb (appositions included)."""
    i = pos
    while i < end:
        ch = text[i]
        if ch in OPENERS and not (ch == '"' and not any(a == i for a, _ in quotes)):
            q = next(((a, b) for a, b in quotes if a == i), None)
            if q:
                i = q[1] + 1
                continue
        if ch == "(":
            j = text.find(")", i, end)
            if j > 0:
                i = j + 1
                continue
        if ch in ".;:!?" and not (ch == "." and re.search(r"\b(?:M|Mme|Dr|J|St)$", text[max(0, i - 4):i])):
            # a full stop ending the sentence or an abbreviation; ':' ends the phrase
            return i
        if ch == ",":
            rest = text[i + 1:end]
            if _apposition(rest):
                i += 1
                continue
            return i
        if ch.isspace():
            rest = text[i:end]
            if _TIME_AFTER_SPEAKER.match(rest) and i > pos:
                return i
            stop = _SUBJECT_STOP.match(rest)
            if stop and not (re.match(rf"^{SP}à{WORD_END}", rest, re.I) and _TITLE_BEFORE_A.search(fold_keep(text[pos:i]))):
                return i
            if _ADDRESSEE_AT.match(rest) and not _POST_BEFORE_AU.search(text, pos, i):
                return i
            if i > pos and _ADVERB_AFTER_NP.match(rest) and not _DETERMINER_END.search(text[pos:i]):
                # "a déclaré la Première ministre immédiatement après le vote": an adverb ends the
                # subject ("le ministre du Développement", "du gouvernement" follow a determiner)
                return i
            if _PLACE_AFTER_NAME.match(rest) and _BARE_NAME_ONLY.fullmatch(text[pos:i].strip()):
                # "explique Camille sur le parvis", "raconte Brice devant la gare": a name takes
                # no complement; the place or the occasion after it is the scene
                return i
        i += 1
    return end


_PLACE_AFTER_NAME = re.compile(rf"^{SP}(?-i:sur|à|au|aux|dans|devant|depuis|chez|près|derrière|avec|place|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche){WORD_END}")
_SHORT_DESCRIPTION = re.compile(r"(?-i:[a-zà-ÿ])[\w\u00C0-\u024F'’-]*(?:\s+[\w\u00C0-\u024F'’-]+){0,3}")
_BARE_NAME_ONLY = re.compile(r"(?:M\.\s|Mme\s)?(?-i:[A-ZÀ-Ý][\w\u00C0-\u024F'’-]+)(?:\s(?-i:[A-ZÀ-Ý][\w\u00C0-\u024F'’-]+)){0,2}")


# A role title continues with "à" + its domain or post ("le secrétaire américain à la Défense",
# "l'ambassadeur russe à l'ONU", "le représentant spécial à Genève").
_TITLE_BEFORE_A = re.compile(
    r"(?<![\w])(?:secretaire|ministre|ambassadeur|ambassadrice|representant|representante|envoye|envoyee|"
    r"emissaire|delegue|deleguee|conseiller|conseillere|haut commissaire|commissaire|porte parole|attache|"
    # a post at an institution ("chercheur à l'Institut Montaigne", "professeure à l'IEP")
    r"chercheur|chercheuse|professeur|professeure|enseignant|enseignante|maitre de conferences|directeur|"
    r"directrice|analyste|economiste|specialiste|politologue|juriste|historien|historienne|expert|experte|"
    r"responsable|haut fonctionnaire|elu|elue|depute|deputee|senateur|senatrice|avocat|avocate)"
    r"(?: (?:d'etat|general|generale|adjoint|adjointe|special|speciale|permanent|permanente|[a-z]+(?:ain|aine|ais|aise|ois|oise|en|enne|e|ien|ienne|ique|c|que)))?\s*$")


def _apposition(rest: str) -> bool:
    """Whether the text after a comma continues a speaker's noun phrase (an apposition)."""
    r = rest.lstrip()
    if not r:
        return False
    if re.match(rf"^(?:tout|sans|lors|dans|selon|qui|alors|avant|après|mais|et|a|ont){WORD_END}", r, re.I):
        return False
    # a role noun in -ant ("militant", "représentant", "dirigeant") is no present participle
    # ("Pour la CGT, le texte reste inacceptable": a document after the comma is what is spoken
    # of, not the speaker's apposition)
    role = _role_noun_start(r, ROLE_HEADS.keys()) \
        and actors_mod.strip_determiner(actors_mod.fold(r[:40])).split(" ")[0] not in DOCUMENT_HEADS
    if not role and re.match(rf"^(?:en{SP})?\w+ant{WORD_END}", r, re.I):
        return False
    # "Jean Dupont, de la CGT, ...", "..., du Medef": the body the person belongs to
    # (a name with particles: "Ursula von der Leyen", "Charles de Courson")
    return role or bool(_APPOSED_NAME.match(r)) or _OF_BODY.match(r) is not None


_APPOSED_NAME = re.compile(rf"^[A-ZÀ-Ý][\w\u00C0-\u024F'’-]+\s+{NAME_PARTICLES}(?-i:[A-ZÀ-Ý])")


def _clause_subject(text: str, chunks: list[tuple[int, int]], k: int, quotes) -> tuple[int, int] | None:
    """The subject noun phrase opening the clause before chunk ``k`` (intro chunks skipped): up to
    its verb, a negation or a relative; None when the clause does not open on one."""
    j = 0
    while j < k - 1 and is_intro(text[chunks[j][0]:chunks[j][1]]):
        j += 1
    a, end = chunks[j][0], chunks[k - 1][1]
    stops = [m.start() for m in (FINITE_AFTER_SUBJECT.search(text, a, end), _NEGATION_AT.search(text, a, end),
                                  _RELATIVE.search(text, a, end)) if m]
    stops += [m.start() for rx in (LEX.simple, LEX.compound, LEX.reflexive) for m in [rx.search(text, a, end)] if m]
    if not stops or any(a <= q < min(stops) for q, _ in quotes):
        return None
    a2, b2 = strip_span(text, a, min(stops))
    np = text[a2:b2]
    if a2 >= b2 or not NP_START.match(np) or len(np.split()) > 10 or "," in np:
        return None
    return a2, b2


_SENTENCE_COORD = re.compile(rf"\s*(?:Et|Puis|Mais){SP}(?:(?:{words_rx(CUES['connectors'])}){SP})?", re.I)
_NEGATION_AT = re.compile(rf"{SP}(?:ne{SP}|n['’])", re.I)


def _nationalities(chunk: str) -> bool:
    """Whether a chunk only lists nationality adjectives ("Les gouvernements britannique, français
    et allemand": the rest of the subject's list)."""
    words = actors_mod.fold(chunk).split()
    return bool(words) and all(w == "et" or NATIONALITY.fullmatch(w) for w in words) and words[-1] != "et"


def _adjective_list(chunk: str, prev: str) -> bool:
    """Whether a chunk ends a list of plural adjectives begun by the previous chunk's last word
    ("Plusieurs sénateurs communistes, écologistes et socialistes": the rest of the subject)."""
    words = chunk.split()
    last = prev.split()[-1] if prev.split() else ""
    adjectives = [w for w in words if w != "et"]
    return ("et" in words and words[-1] != "et" and len(adjectives) <= 4 and bool(_PLURAL_WORD.fullmatch(last))
            and all(_PLURAL_WORD.fullmatch(w) and w.lower() not in LEX.form_lemma for w in adjectives))


_PLURAL_WORD = re.compile(r"[a-zà-ÿ]{3,}[sx]")
# a plural finite verb or auxiliary ("ont demandé", "réclament", "avaient dit"; not "soutient")
_RELATIVE_PLURAL = re.compile(r"(?<![\w\u00C0-\u024F])(?:ont|sont|avaient|étaient|auront|seront|[a-zà-ÿ]{2,}(?<!i)ent|[a-zà-ÿ]{2,}ont)(?![\w\u00C0-\u024F])")


def _role_noun_start(chunk: str, kinds) -> bool:
    """Whether a chunk begins (after its determiner) with a role noun of these ``ROLE_HEADS`` kinds."""
    low = actors_mod.strip_determiner(actors_mod.fold(chunk.strip()[:60]))
    return any(low.startswith(h + " ") or low == h for k in kinds for h in ROLE_HEADS[k])


def _affiliation(chunk: str) -> bool:
    """A chunk naming a person's role or body ("militant de la CGT", "de l'Unsa Guyane")."""
    return _OF_BODY.fullmatch(chunk.strip()) is not None or _role_noun_start(chunk, ("person",))


# A person's body after a comma: a short chunk to the next punctuation ("de la France
# insoumise", "de l'Unsa Guyane")
_OF_BODY = re.compile(r"(?:du|des|de\s+la|de\s+l['’])\s*(?-i:[A-ZÀ-Ý])[^\s,.;:!?«»\"“”()]*(?:\s+[^\s,.;:!?«»\"“”()]+){0,3}\s*(?:[,.;:!?(]|$)")


_DEMONSTRATIVE_WHO = re.compile(rf"\s*(?P<p>celui|celle|ceux|celles){SP}qui{WORD_END}", re.I)
_OBJECT_CLITIC_END = re.compile(r"(?:\s+|(?<=[,»”\"]))(?:nous|vous|lui|leur|me|te|[mt]['’])$", re.I)
_CLAUSE_CLITIC = re.compile(r"(?:^|\s)(?:c|n|s|qu|j)['’]|\b(?:il|elle|ils|elles|on|nous|je)\s", re.I)
_BARE_APPOSITION = re.compile(r"^\s*(?:(?:ancien|ancienne|anciens|anciennes|futur|future|ex-)\s*)?(?P<role>[a-zà-ÿ][\w-]*(?:\s+\S+){0,7})\s*$")


def _bare_apposition(chunk: str) -> bool:
    """A role apposition without a determiner ("ancien député", "candidate à l'élection de 2022",
    "président du groupe LR"): lowercase, short, with no verb and no quotation. A participle that
    describes the role ends it ("signataires de l'accord de 2015 censé empêcher l'Iran de ...")."""
    mp = _DESCRIBING_PARTICIPLE.search(chunk)
    chunk = chunk[:mp.start()] if mp else chunk
    m = _BARE_APPOSITION.match(chunk)
    return bool(m) and (head_noun(actors_mod.fold(m.group("role")))[0] == "person"
                        or _APPOSITION_NOUN.match(m.group("role")) is not None) \
        and not _DEFINITE_CLAUSE.search(" " + chunk + " ") and not _CLAUSE_CLITIC.search(chunk) \
        and not any(q in chunk for q in OPENERS)


def _role_phrase(chunk: str) -> bool:
    """A short role description with no verb and no quotation ("le porte-parole du Kremlin")."""
    if len(chunk.split()) > 8 or any(q in chunk for q in OPENERS) or _DEFINITE_CLAUSE.search(" " + chunk + " "):
        return False
    low = actors_mod.strip_determiner(actors_mod.fold(chunk))
    return _PERSON_ROLE_PHRASE.match(low) is not None


# A person's role noun and what may follow it; the regex backtracks through every head, so it
# matches when any head would (compiled once instead of one pattern per head and call).
_PERSON_ROLE_PHRASE = re.compile(
    "(?:" + "|".join(re.escape(h) for h in ROLE_HEADS["person"])
    + r")(?:\s+(?:de|du|des|d'|a|au|aux|adjoint|general|americain|russe)\b|$)")


# A headline's kicker in capitals before the subject ("SYRIE Le Kremlin affirme que ...",
# "RÉFORME DES RETRAITES - Le gouvernement a annoncé", "PARIS - Le gouvernement ...").
_KICKER = re.compile(r"^(?:(?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]{2,}\s+)+(?=[A-ZÀ-ÖØ-Þ][a-zà-ÿ])"
                     r"|(?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’]+\s+)*[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’]{2,}\s+[-–—]\s+(?=[A-ZÀ-ÖØ-Þ]))")
# "Agences- Les États-Unis ont confirmé": a source line glued to the sentence by a dash.
# "(Belga) Les dirigeants du DUP ont appelé ...": an agency credit in parentheses before the subject.
_AGENCY_TAG = re.compile(r"^\(\s*[A-ZÀ-Ý][\w'’ /.-]{1,24}\)\s*(?=[A-ZÀ-Ý«“\"])")
# ("Damas / La Syrie a condamné": a city and a slash, as some agencies write the dateline)
# (a city, not a body's name with its article or an acronym: "Le Medef / La CPME ont dénoncé")
_GLUED_DATELINE = re.compile(r"^(?:[A-ZÀ-Ý][\w'’]+(?:\s[A-ZÀ-Ý][\w'’]+)?[-–—]\s+(?=[A-ZÀ-Ý])"
                             r"|(?!(?:Le|La|Les|L['’])(?![\w-]))[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ýa-zà-ÿ][a-zà-ÿ'’]+)*(?:\s[A-ZÀ-Ý][a-zà-ÿ'’]+)?\s*/\s+"
                             r"(?=(?:Le|La|Les|L['’])\s*[A-ZÀ-Ýa-zà-ÿ]))")


def _body_subject(text: str, span: tuple[int, int] | None) -> bool:
    """Whether a subject is a state or an institution named in a few words ("Les États-Unis",
    "le Kremlin"), not a person, a role or a pronoun."""
    if span is None:
        return False
    said = text[span[0]:span[1]].strip()
    return not (len(said.split()) > 4 or _full_name(said) or _role_phrase(said) or PRONOUN.match(said))


def _speaks_for_body(text: str, source: tuple[int, int], spoke: list) -> bool:
    """Whether a closing "selon X" names the person who spoke for the body the clause's frames
    give as speaker: X a role or a full name, each frame's speaker a state or an institution
    named in a few words ("La Chine", "le Kremlin"), not a person."""
    who = text[source[0]:source[1]]
    if not (_role_phrase(who) or _NAME_AT_END.search(who)):
        return False
    return all(_body_subject(text, f.speaker) for f in spoke)


# ("La Russie, a estimé M. Kerry, doit ...": a capitalised determiner is no person's name.)
_ARTICLE_FIRST = re.compile(r"^(?:La|Le|Les|L['’])(?:\s|(?<=['’]))")


def _person_name(chunk: str) -> bool:
    """Whether a chunk is a person's name alone ("Samantha Power"), not a body named with its
    article ("Le Kremlin", "La Chine")."""
    return bool(_NAME_ONLY.match(chunk)) and not _ARTICLE_FIRST.match(chunk)


def _full_name(chunk: str) -> bool:
    """A person's name of two words or more ("Gabriel Attal"), not a single name."""
    chunk = chunk.strip()
    return _person_name(chunk) and len(chunk.split()) > 1


_ET = re.compile(rf"{SP}et{SP}", re.I)
_PROTEST_ACTION = re.compile(rf"{WORD_START}(?:{words_rx(CUES['protest_actions'])}){WORD_END}", re.I)
_SINGULAR_NP = re.compile(rf"\s*(?:un|une|le|la|ce|cet|cette|son|sa|leur|notre|votre)(?={SP})|\s*l['’]", re.I)
_PLURAL_AUX = frozenset(("ont", "sont", "avaient", "étaient", "auraient", "seraient", "vont", "font", "eurent", "furent"))


def _plural_verb(verb: str) -> bool:
    """Whether a finite verb of saying (its auxiliary for a compound tense) is third person plural:
    "ont déposé", "réclament", "précisaient", "diront" (the singular form of the same verb must
    exist, so "dément" is not read as a plural)."""
    word = verb.split()[0].lower() if verb.split() else ""
    if word in _PLURAL_AUX:
        return True
    forms = LEX.form_lemma
    if word.endswith("aient"):
        return word[:-4] + "it" in forms
    if word.endswith("ront"):
        return word[:-3] + "a" in forms
    return word.endswith("ent") and word[:-2] in forms
_ENDS_WITH_COORD = re.compile(rf"{SP}(?:et|mais|puis)\s*$", re.I)
_SUBORDINATOR = re.compile(rf"^(?:{words_rx(CUES['subordinators'])})(?:{WORD_END}\s*|(?<=['’]))", re.I)
_CLITICS_AT_END = re.compile(rf"(?:{SP}(?:{words_rx(CUES['subject_clitics'])})(?:{WORD_END}|(?<=['’])))+\s*$", re.I)


# "la proposition de Laurent Berger de mettre ...": a speech act named by a noun, its author a
# proper name (with an honorific), its content an infinitive after "de" or "à".
_SPEECH_NOUN = re.compile(
    rf"(?<![\w\u00C0-\u024F])(?P<cue>(?:{words_rx(CUES['speech_act_nouns'])}))"
    rf"(?:{SP}(?:récente?s?|nouvelle?s?|nouveaux|dernière?s?|derniers|pressante?s?))?"
    rf"{SP}(?:de{SP}(?P<det>la{SP}|l['’]\s*)?|d['’]|(?P<det2>du|des){SP})"
    rf"(?P<sp>(?:(?:M\.|Mme){SP})?(?-i:[A-ZÀ-ÖØ-Þ][\w\u00C0-\u024F'’-]+)(?:{SP}(?-i:[A-ZÀ-ÖØ-Þ][\w\u00C0-\u024F'’-]+)){{0,3}})"
    rf"{SP}(?:de{SP}|d['’]|à{SP})(?P<inf>[«“\"]?\s*(?:ne{SP}pas{SP})?(?:s['’]|se{SP}|l['’]|le{SP}|la{SP}|les{SP}|y{SP}|en{SP})?(?P<verb>\w+(?:er|ir|re|oir))\b)",
    re.I)


_CLAUSE_STOP = re.compile(r"[,;:.](?!\d)")
# what may stand before a plain infinitive: quotation marks and a negation ("de « ne pas enrichir")
_PLAIN_INF = re.compile(r"^[«“\"]?\s*(?:ne\s+pas\s+)?", re.I)
# a fronted prepositional phrase ("Malgré l'", "Après la", "Face à l'")
_FRONTED_PP = re.compile(r"\s*(?:malgré|après|avant|depuis|face\s+à|suite\s+à|pour|sans|avec|dès|en\s+dépit\s+de)\s", re.I)
# a relative pronoun left at the end of a content cut before its verb ("manifester contre la
# réforme qui | a été votée")
_TRAILING_RELATIVE = re.compile(r"\s+(?:qui|que|qu['’]|dont)\s*$", re.I)
# "l'annonce par Donald Trump du retrait des États-Unis de l'accord": a speech act named by a
# noun, its author after "par", what it announces after "de"
_NOUN_BY_AGENT = re.compile(
    rf"(?<![\w\u00C0-\u024F])(?P<cue>(?:{words_rx([*CUES['speech_act_nouns'], *CUES['speech_act_nouns_by_agent']])}))"
    # (a date set off by commas before the agent: "L'annonce, samedi 18 mars, par la CGT de")
    rf"(?:\s*,{SP}(?:{_DAY_WORDS}|le|ce|cette|hier)[^,;:.«»]{{0,30}},)?"
    rf"{SP}par{SP}(?P<sp>(?:(?:le|la|l['’])\s*(?:[a-zà-ÿ'’-]+{SP}){{0,4}})?(?:(?:M\.|Mme){SP})?"
    rf"(?-i:[A-ZÀ-ÖØ-Þ][\w\u00C0-\u024F'’-]+)(?:{SP}(?-i:[A-ZÀ-ÖØ-Þ][\w\u00C0-\u024F'’-]+)){{0,3}})"
    rf"{SP}(?=(?:du|des|de{SP}la|de{SP}l['’]|d['’])\s*\w)", re.I)


# "ont défilé à l'appel de l'intersyndicale", "ont répondu à l'appel de Florian Philippot": a call
# named by its noun, its author after "de"; the span is the call with its author.
_CALL_OF = re.compile(rf"{WORD_START}à{SP}(?P<cue>l['’]appel){SP}(?=(?:de|du|des){SP}|d['’])", re.I)
_OF_AUTHOR = re.compile(r"(?:de\s+|du\s+|des\s+|d['’]\s*)?", re.I)
_CALLERS = frozenset(actors_mod.fold(w) for w in CUES["callers"])


def _agent_participles() -> re.Pattern:
    """'réclamée par les syndicats', 'Sévèrement dénoncé par la gauche': a speech act's past
    participle (lexicons ``agent_participles`` and ``event_participles``, in every gender and
    number), an optional adverb in -ment before it, and up to a short adjunct before "par"
    (checked by ``_agent_next``)."""
    stems = [*CUES["agent_participles"], *CUES["event_participles"]]
    forms = sorted({form for stem in stems for form in participle_forms(stem)})
    return re.compile(rf"(?<![\w\u00C0-\u024F'’-])(?P<cue>(?:(?P<adv>[\w\u00C0-\u024F]+ment){SP})?(?P<v>{words_rx(forms)}))"
                      rf"{WORD_END}[^,.;:!?«»\"“”()]{{0,30}}?{WORD_START}par{SP}", re.I)


_PARTICIPLE_BY_AGENT = _agent_participles()
_EVENT_PARTICIPLES = frozenset(actors_mod.fold(form) for stem in CUES["event_participles"]
                               for form in participle_forms(stem))
# the event called, right before the participle ("une cinquième mobilisation appelée par")
_CALLED_EVENT_BEFORE = re.compile(rf"{WORD_START}(?:{words_rx(CUES['called_events'])})"
                                  r"(?:\s+(?-i:[a-zà-ÿ])[\w\u00C0-\u024F'’-]*)?\s*,?\s*$", re.I)
_CALLED_TO = re.compile(rf"{SP}à{SP}(?=(?:la{SP}grève|(?:ne{SP}pas{SP})?[\w\u00C0-\u024F]+(?:er|ir|re){WORD_END}))", re.I)
# What makes the participle a verb's rather than an apposition's: an auxiliary, "été", a
# reflexive or a negation ("n'a pas été réclamé par", "une hausse non réclamée par").
_VERBAL_BEFORE = re.compile(rf"(?:{WORD_START}(?:{words_rx([*AUX, *BE])}|été|se|ne|pas|plus|jamais|non|ni)|s['’]|n['’])\s*$", re.I)
# where an agent stops: a circumstance after it ("par la CGT pour ...", "lors de", "selon")
_AGENT_STOP = re.compile(rf"{SP}(?:pour|lors|selon|depuis|afin|dans|après|avant){WORD_END}", re.I)
# an agent who is a share of the public, not a speaker ("par 62 % des Français", "par une majorité")
_SHARE_AGENT = re.compile(rf"(?:\d|(?:une{SP})?(?:majorité|minorité|partie){WORD_END})", re.I)
_COLLECTIVE_AGENTS = frozenset(actors_mod.fold(w) for w in [*CUES["collective_subjects"], *CUES["callers"],
                                                            *CUES["credited_groups"]])


def noun_frames(text: str, s0: int, s1: int, taken: list[tuple[int, int]]) -> list[Frame]:
    """Speech acts named by a noun with their author and content, outside the spans ``taken``
    by other frames (a proposal inside someone's statement is part of it)."""
    out = []
    for m in _SPEECH_NOUN.finditer(text, s0, s1):
        if any(a <= m.start() < b for a, b in taken):
            continue
        determined = m.group("det") or m.group("det2")
        if determined and (_PLAIN_INF.sub("", m.group("inf")) != m.group("verb") or not looks_infinitive(m.group("verb"))):
            # (an author with a determiner, "de la Russie", then a plain infinitive: not "à la
            # frontière", "de cuivre", "à l'étranger")
            continue
        stop = _CLAUSE_STOP.search(text, m.start("inf"), s1)
        end = stop.start() if stop else s1
        # (the act named in the sentence's subject: its content ends before the main verb,
        # "l'engagement de Téhéran de geler son programme | a été salué"; with no verb found there,
        # the subject's end is unknown: "La menace de la Russie de couper le gaz inquiète")
        fin = None
        if FINITE_AFTER_SUBJECT.search(text, s0, m.start()) is None:
            fin = FINITE_AFTER_SUBJECT.search(text, m.start("inf"), end)
            if fin is None and determined and not (stop and text[stop.start()] == ","
                                                   and _FRONTED_PP.match(text, s0, m.start())):
                # (unless it stands in a fronted phrase closed by a comma: "Malgré l'appel de la
                # CGT à manifester, ...")
                continue
        cs, ce = strip_span(text, m.start("inf"), fin.start() if fin else end)
        rel = _TRAILING_RELATIVE.search(text, cs, ce)
        if rel is not None:
            ce = strip_span(text, cs, rel.start())[1]
        if ce > cs:
            out.append(Frame("", (m.start("cue"), m.end("cue")), (cs, ce), (m.start("sp"), m.end("sp")),
                             None, frame_type="noun", complement="inf"))
    quotes = None
    for m in _NOUN_BY_AGENT.finditer(text, s0, s1):
        if any(a <= m.start() < b for a, b in taken) or any(f.cue[0] == m.start("cue") for f in out):
            continue
        quotes = quote_spans(text, s0, s1) if quotes is None else quotes
        end = _np_end(text, m.end(), s1, quotes)
        fin = FINITE_AFTER_SUBJECT.search(text, m.end(), end)   # ("d'un sommet a été rejetée")
        cs, ce = strip_span(text, m.end(), fin.start() if fin else end)
        if ce > cs:
            out.append(Frame("", (m.start("cue"), m.end("cue")), (cs, ce), (m.start("sp"), m.end("sp")),
                             None, frame_type="noun", complement="np"))
    for m in _PARTICIPLE_BY_AGENT.finditer(text, s0, s1):
        # "une cinquième mobilisation appelée par l'intersyndicale": the participle phrase with its
        # agent is the statement (as "à l'appel de"), the agent who can speak its speaker.
        if any(a <= m.start() < b for a, b in taken) or _VERBAL_BEFORE.search(text, max(s0, m.start() - 12), m.start()) \
                or not _agent_next(text, m.end("v"), m.end()):
            continue
        # (a noun in -ment is no adverb: "le mouvement réclamé par les syndicats")
        start = m.start("v") if m.group("adv") and _DETERMINER_END.search(text[max(s0, m.start() - 8):m.start()]) \
            else m.start("cue")
        quotes = quote_spans(text, s0, s1) if quotes is None else quotes
        # the agent: up to a comma ("Fustigé par la droite, le ministre ..."), a main verb after
        # it ("appelée par la CGT aura lieu") or a circumstance ("par la CGT pour protester")
        end = _agent_end(text, m.end(), _phrase_end(text, m.end(), s1, quotes))
        stop = _AGENT_STOP.search(text, m.end(), end)
        sp = strip_span(text, m.end(), stop.start() if stop else end)
        if actors_mod.fold(m.group("v")) in _EVENT_PARTICIPLES:
            called = _CALLED_TO.search(text, sp[0], sp[1])   # "appelés par le parti à voter blanc"
            if called:
                sp = strip_span(text, sp[0], called.start())
            elif not _CALLED_EVENT_BEFORE.search(text, max(s0, start - 60), start):
                continue
        who = text[sp[0]:sp[1]]
        folded = actors_mod.strip_determiner(actors_mod.fold(who))
        if sp[0] < sp[1] and len(who.split()) <= 8 and not _SHARE_AGENT.match(who) and (
                _source_like(who) or folded in _COLLECTIVE_AGENTS or folded.split(" ", 1)[0] in _COLLECTIVE_AGENTS):
            out.append(Frame("", (start, m.end("cue")), (start, sp[1]), sp, None, frame_type="agent", complement="np"))
    for m in _CALL_OF.finditer(text, s0, s1):
        if any(a <= m.start() < b for a, b in taken):
            continue
        quotes = quote_spans(text, s0, s1) if quotes is None else quotes
        author = m.end() + len(_OF_AUTHOR.match(text, m.end(), s1).group())
        sp = strip_span(text, author, subject_np_end(text, author, s1, quotes))
        who = text[sp[0]:sp[1]]
        # ("à l'appel de son nom", "à l'appel de détresse d'un marin": no one who calls)
        caller = _source_like(who) or actors_mod.strip_determiner(actors_mod.fold(who)) in _CALLERS
        if sp[0] < sp[1] and len(who.split()) <= 8 and caller:
            out.append(Frame("", (m.start("cue"), m.end("cue")), (m.start("cue"), sp[1]), sp,
                             None, frame_type="noun", complement="np"))
    return out


def _main_subject_after(text: str, cs: int, s1: int, quotes) -> tuple[int, tuple[int, int]] | None:
    """(comma, subject span) of the main clause after a sentence-initial participial clause
    starting at ``cs``: the first comma outside quotes followed by a noun phrase and a compound
    verb ("En annonçant le retrait de l'accord, Donald Trump a provoqué ..."), or None."""
    spans = _half_open(quotes)
    for c in re.finditer(",", text[cs:s1]):
        comma = cs + c.start()
        if _in_any(comma, spans):
            continue
        mv = FINITE_AFTER_SUBJECT.search(text, comma + 1, s1)
        if mv is None:
            return None
        head = text[comma + 1:mv.start()]
        if "," in head or not NP_START.match(head) or _RELATIVE_START.match(head):
            continue
        # someone who can speak: a name, or a person or a body by its head noun ("la décision
        # de la Fed", "le film" cannot)
        kind = head_noun(actors_mod.strip_determiner(actors_mod.fold(head.strip())))[0]
        # (or a surname alone, capitalised after the comma: "Martelant ..., Trump s'en est pris")
        if kind not in ("person", "institution", "group") and not _NAME_ONLY.match(head.strip()) \
                and not _SURNAME.fullmatch(head.strip()):
            return None
        subj = subject_before(text, comma + 1, mv.start() + 1, quotes)
        if subj is not None and subj[0] == strip_span(text, comma + 1, mv.start())[0]:
            return comma, subj
    return None


_SURNAME = re.compile(r"(?:(?:M\.|Mme)\s+)?[A-ZÀ-ÖØ-Þ][a-zß-ÿ\u0100-\u024F'’-]+")
# What opens a quoted label or idiom rather than a state in one's own words.
# (not "en colère", "à bout de patience", "d'humeur combative": states in one's own words)
_LABEL_OPENING = re.compile(r"\s*(?:l['’]|(?:le|la|les|un|une|des|du|de|sur|sous|dans|par|hors|entre"
                            rf"|{words_rx(CUES['label_openings'])})(?![\w\u00C0-\u024F]))", re.I)
# Someone else credited with the words after them ("selon ses opposants", "pour ses partisans").
# ("pour" alone is for whom: "« très inquiet » pour les salariés")
_OTHERS_SAY = re.compile(rf"[^.;!?]*?(?:{WORD_START}(?:selon|d['’]après)|{WORD_START}pour{SP}(?:ses|leurs?|les|des|certains|nombre{SP}de|beaucoup{SP}de)"
                         rf"{SP}(?:{words_rx(CUES['credited_groups'])}){WORD_END})", re.I)
# A copula (with adverbs) right before an opening quotation mark.
COPULA_QUOTE = re.compile(
    rf"{SP}(?P<cue>(?:reste|restent|restait|restaient|demeure|demeurent|est|sont|était|étaient|semble|semblent"
    rf"|paraît|paraissent|se{SP}montre|se{SP}montrent|s['’]est{SP}montrée?|se{SP}sont{SP}montrée?s)"
    rf"(?:{SP}(?:cependant|toutefois|pourtant|néanmoins|donc|aussi|toujours|encore|bien|très|plus|moins"
    rf"|particulièrement|absolument|totalement|résolument|fermement|visiblement|manifestement))*)\s*(?=[«“\"])", re.I)
_RELATIVE_START = re.compile(r"^\s*(?:qui|que|qu['’]|dont|où|lequel|laquelle)\b", re.I)


def _list_start(text: str, chunks: list[tuple[int, int]], k: int, a: int, b: int) -> tuple[int, int]:
    """(chunk index, start) of a list of names before the last one joined by "et" ("La France,
    l'Allemagne, le Royaume-Uni et l'UE ont publié": one subject, its first named speaks); the
    chunk ``k`` (text[a:b]) unchanged when it is no such list."""
    if k > 0 and _ET.search(text, a, b) and NP_START.match(text[a:b]):
        while k > 0:
            pa, pb = chunks[k - 1]
            prev = text[pa:pb]
            if (NP_START.match(prev) and len(prev.split()) <= 4 and not is_intro(prev) and not _apposition(prev)
                    and not FINITE_AFTER_SUBJECT.search(f" {prev}")
                    and head_noun(actors_mod.strip_determiner(actors_mod.fold(prev)))[0] != "person"):
                k -= 1
                a = pa
            else:
                break
    return k, a


_LIKE_MEMBER = re.compile(r"\s*(?:à\s+l['’]image\s+d(?:e\s+|u\s+|es\s+|['’]\s*)|comme\s+|notamment\s+|en\s+particulier\s+)(?P<np>.+)$", re.I | re.S)
_QUE_RELATIVE = re.compile(rf"(?:que{SP}|qu['’]\s*)", re.I)


def subject_before(text: str, cs: int, vs: int, quotes) -> tuple[int, int] | None:
    """Span of the subject noun phrase before a verb of saying, within text[cs:vs]."""
    s, e = strip_span(text, cs, vs, " \t\r\n\u00a0\u202f,")
    m = _AGENCY_TAG.match(text[s:e])
    if m:
        s += m.end()
    opened = [i for i in range(s, e) if text[i] == "(" and text.find(")", i, e) < 0]
    if opened:
        # "On se félicite chez les Conservateurs (75 députés du camp de Theresa May ont voté
        # contre ...)": a verb inside a parenthesis has its subject there; a relative there
        # ("Le ministre (qui a dit ...)") hangs on the noun phrase before it
        inside = strip_span(text, opened[-1] + 1, e)[0]
        if re.match(rf"(?:qui|lequel|laquelle){WORD_END}", text[inside:e], re.I):
            e = strip_span(text, s, opened[-1])[1]
        else:
            s = inside
    if s >= e:
        return None
    # Split the segment into comma chunks (outside quotes and parentheses).
    cuts = [s]
    depth = 0
    for i in range(s, e):
        ch = text[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch in ",:" and depth == 0 and not _in_quote(i, quotes):
            cuts.append(i + 1)
        elif ch in "-–—" and depth == 0 and text[i - 1:i].isspace() and text[i + 1:i + 2].isspace():
            # "MOSCOU, 18 septembre (AFP) - La Russie a accusé ...": a dateline dash.
            cuts.append(i + 1)
    chunks = [(cuts[k], (cuts[k + 1] - 1) if k + 1 < len(cuts) else e) for k in range(len(cuts))]
    chunks = [strip_span(text, a, b, " \t\r\n\u00a0\u202f,") for a, b in chunks]
    chunks = [c for c in chunks if c[0] < c[1]]
    if not chunks:
        return None
    k = len(chunks) - 1
    if k > 0 and re.match(r"(?:les|des|ces|plusieurs|certains|certaines)\s", text[chunks[0][0]:chunks[0][1]], re.I):
        for a1, b1 in chunks[1:]:
            ml = _LIKE_MEMBER.match(text[a1:b1])
            if ml is not None and TWO_NAME_WORDS.search(ml.group("np")):
                # "Les élus de gauche, ..., à l'image de la députée Karine Lebon, déplorent": the
                # member named speaks for them (as "Les dirigeants européens, dont Emmanuel Macron")
                return strip_span(text, a1 + ml.start("np"), b1)
    mq = _QUE_RELATIVE.match(text, *chunks[k]) if k > 0 else None
    if mq is not None and "," not in text[chunks[k][1]:vs] and not LOWER_FINITE.search(f" {text[mq.end():chunks[k][1]]} ") \
            and (NP_START.match(text[mq.end():chunks[k][1]]) or PRONOUN.fullmatch(text[mq.end():chunks[k][1]].strip())):
        # (not a relative closed by a comma, with its own verb: "Le ministre, que les syndicats
        # accusent de mépris, a répliqué" is the minister's)
        # "le régime des sanctions, qu'il a qualifié d'« erreur stratégique »", "le texte, que la
        # CGT a jugé injuste": an object relative's subject follows "que"
        return strip_span(text, mq.end(), chunks[k][1])
    # "un haut responsable militaire, cité par l'agence Reuters, affirmait": the channel
    # through which the words reached the press is not the speaker.
    # "La Russie, ..., tout en critiquant la sortie américaine, ont annoncé": a participle
    # clause set off by commas is no subject either.
    # "le Conseil constitutionnel, sous la houlette de Laurent Fabius, avait validé": nor is a
    # prepositional phrase.
    while k > 0 and (_RELAY.match(text[chunks[k][0]:chunks[k][1]]) or _INCISE_PARTICIPLE.match(text, chunks[k][0], chunks[k][1])
                     or (LEX.participle.match(text, chunks[k][0], chunks[k][1])
                         # ("Les élus de gauche, opposés à ce texte, déplorent": a past participle's apposition)
                         or _PARTICIPLE_THEN_COMPLEMENT.match(text, chunks[k][0], chunks[k][1])
                         or (_APPOSITION_PP.match(text[chunks[k][0]:chunks[k][1]])
                             # ("Les frappes, pour lesquelles le Kremlin répète que": a relative holding
                             # the verb, its subject after the pronoun; closed by a comma before the
                             # verb, "Sophie Binet, pour laquelle ..., a affirmé", it describes the subject)
                             and not (_DONT.match(text[chunks[k][0]:chunks[k][1]]) and "," not in text[e:vs])))
                     # ("Jean Dupont, militant de la CGT, a dit", "..., de l'Unsa, a dit": his body)
                     and not _affiliation(text[chunks[k][0]:chunks[k][1]])
                     # ("Gaëlle, 16 ans, en Terminale, dit ...": an age set off by commas)
                     or _AGE_CHUNK.fullmatch(text[chunks[k][0]:chunks[k][1]])):
        k -= 1
    for j in range(1, k + 1):
        if _ALONG_WITH.match(text[chunks[j][0]:chunks[j][1]]) and NP_START.match(text[chunks[j - 1][0]:chunks[j - 1][1]]) \
                and not is_intro(text[chunks[j - 1][0]:chunks[j - 1][1]]):   # ("Ce lundi, aux côtés de X, Y a dit")
            # "Philippe Poutou, ainsi que le député LFI, Alexis Corbière, ont salué": joint
            # speakers, the first named speaks (as for a list)
            k = j - 1
            break
    if k > 1 and not NP_START.match(text[chunks[k][0]:chunks[k][1]]) and "," in text[e:vs]:
        # "Yannick Favennec, député ..., dont le chef, Edouard Philippe, projette une retraite à 67
        # ans, a dit": the relative's own verb closes it; the subject stands before the relative
        rel_at = next((j for j in range(k - 1, 0, -1)
                       if re.match(rf"(?:qui|dont){WORD_END}", text[chunks[j][0]:chunks[j][1]], re.I)), None)
        if rel_at is not None:
            k = rel_at - 1
    a, b = chunks[k]
    md = _DONT.search(text[a:b])
    # ("Les dirigeants européens, dont Emmanuel Macron, ont salué", "Cinq pays, dont la France";
    # not "Boris Johnson, dont la majorité vacille, a déclaré")
    members = md is not None and md.group().strip().lower().startswith("dont") \
        and len(text[a + md.end():b].split()) <= 3 and any(w[:1].isupper() for w in text[a + md.end():b].split())
    if md and "," in text[e:vs] and not members:
        # ("Sophie Binet, pour laquelle la grève reste la seule arme, a affirmé", "Yannick
        # Favennec, dont le chef projette une retraite à 67 ans, a dit": closed by a comma
        # before the verb, the relative describes the subject)
        md = None
    if md and (NP_START.match(text[a + md.end():b]) or PRONOUN.match(text[a + md.end():b].strip())) \
            and not _DEFINITE_CLAUSE.search(f" {text[a + md.end():b]} "):
        # "son accord, dont Jeremy Corbyn a proclamé qu'il était mort", "un accord dont il a dit
        # que ...": the subject follows "dont".
        return strip_span(text, a + md.end(), b)
    if re.match(rf"^(?:qui|dont|lequel|laquelle){WORD_END}", text[a:b], re.I) and k > 0:
        bare = text[a:b].strip().lower() == "qui"  # "..., qui <verb of saying>"
        k -= 1
        a, b = chunks[k]
        mf = _FOR_LEAD.match(text, a, b)
        if mf and k == 0:
            # "Pour l'avocat, qui a annoncé faire appel, « ... »": the source, without "Pour"
            a = mf.end()
        if bare and k > 0 and (_apposition(text[a:b]) or _PARTICIPLE_APPOSITION.match(text, a, b)):
            # "... à Boris Johnson, invité d'honneur au congrès du DUP, qui dénonce ...": the
            # relative hangs on the name before the apposition.
            mn = _NAME_AT_END.search(text, chunks[k - 1][0], chunks[k - 1][1])
            if mn:
                return mn.start("n"), mn.end("n")
        elif bare and len(text[a:b].split()) > 6 and not _NAME_ONLY.match(text[a:b].strip()):
            # "L'accord ... continue de se heurter à l'opposition des Travaillistes, qui demandent
            # ...": the relative hangs on the capitalised noun phrase closing the clause before it.
            mn = _CAPITALISED_AT_END.search(text, a, b)
            if mn:
                return mn.start("n"), mn.end("n")
    if k > 0 and _STRESSED_PRONOUN.match(text[a:b]) and NP_START.match(text[chunks[k - 1][0]:chunks[k - 1][1]]) \
            and not is_intro(text[chunks[k - 1][0]:chunks[k - 1][1]]):
        # "Le syndicat FO, lui, juge ...": the pronoun sets the subject before it apart.
        k -= 1
        a, b = chunks[k]
    # "Jacob Rees-Mogg, qui dirige l'ERG, groupe eurosceptique des Tories, a indiqué": a relative
    # and an apposition on it both describe the name before them.
    while k > 1 and re.match(rf"^(?:qui|dont){WORD_END}", text[chunks[k - 1][0]:chunks[k - 1][1]], re.I) \
            and not NP_START.match(text[a:b]) and NP_START.match(text[chunks[k - 2][0]:chunks[k - 2][1]]):
        k -= 2
        a, b = chunks[k]
    k, a = _list_start(text, chunks, k, a, b)
    # "le porte-parole de la Maison Blanche, Sean Spicer," / "Adrian X, porte-parole du Pentagone,"
    while k > 0:
        pa, pb = chunks[k - 1]
        prev, cur = text[pa:pb], text[a:b]
        # ("Jacob Rees-Mogg, député conservateur, pourtant opposé à l'accord, a laissé entendre":
        # a bare role between the name and a participle apposition)
        before = text[chunks[k - 2][0]:chunks[k - 2][1]] if k >= 2 else ""
        bare_role = not NP_START.match(prev) and _apposition(prev) and NP_START.match(before) and not is_intro(before)
        # ("Shayan, traiteur afghan, pense que": a name alone, then a short description of them)
        described = bool(_BARE_NAME_ONLY.fullmatch(prev.strip()) and _SHORT_DESCRIPTION.fullmatch(cur.strip())
                         and not _CLAUSE_CLITIC.search(cur) and not _DEFINITE_CLAUSE.search(f" {cur} "))
        mc = CONNECTOR.match(cur)
        if mc and mc.end() == len(cur):
            break  # ("..., mais promet ...": a connector alone describes nothing)
        if (_apposition(cur) or _apposition(prev) or _bare_apposition(cur) or _AGENT_APPOSITION.match(cur)
                or _nationalities(cur) or _adjective_list(cur, prev) or described) \
                and (bare_role or NP_START.match(prev) and not is_intro(prev)) \
                and not _FRONTED_SUBORDINATE.match(prev) \
                and ":" not in text[pb:a]:  # ("Retraites : le groupe Liot": a rubric, no apposition)
            if b == chunks[-1][1] and not (_apposition(cur) or _bare_apposition(cur)) \
                    and (_DESCRIBING_APPOSITION.match(cur) or _AGENT_APPOSITION.match(cur)):
                # "..., pourtant opposé à l'accord conclu entre Theresa May et l'UE, a dit": a
                # participle describing the speaker is not part of the name (nor are its names)
                b = pb
            k -= 1
            a = pa
        else:
            break
    # "La France, le Royaume-Uni et l'Allemagne, signataires de l'accord, ont dit": the list
    # before an apposition
    k, a = _list_start(text, chunks, k, a, chunks[k][1])
    # Drop a kicker, leading connectors and subordinators, cut relative clauses ("La Russie qui poursuit
    # ...") and the object clitics before the verb ("Il y a assuré").
    seg = text[a:b]
    mr = _OBJECT_RELATIVE.match(seg) if k > 0 else None
    if mr and mr.end() < len(seg):
        # "les exportations de pétrole, que l'administration américaine affirme vouloir réduire":
        # an object relative after a comma, its subject after "que"
        a += mr.end()
        seg = text[a:b]
    for lead in (DATELINE, _GLUED_DATELINE, _KICKER, CONNECTOR, _SUBORDINATOR):
        m = lead.match(seg)
        if m and lead is CONNECTOR and not seg[m.end():].strip():
            # "Et s'inquiétaient ...": a connector alone is no subject (an elided one); after a
            # clause of the same sentence, the subject is that clause's ("Le ministre n'anticipe
            # « pas de problème », mais promet l'intransigeance de l'État")
            return _clause_subject(text, chunks, k, quotes) if k > 0 else None
        if m and m.end() < len(seg):
            a += m.end()
            seg = text[a:b]
    # "Mardi 10 août le Parquet de Lyon nous précisait": a date before the subject, no comma
    when = dating.expressions(seg[:40])
    if when and when[0].start == 0 and _NP_AFTER.match(seg, when[0].end):
        a += when[0].end
        seg = text[a:b]
    m = _RELATIVE.search(seg)
    if m:
        b = a + m.start()
        if _CLAUSE_BEFORE_RELATIVE.match(seg):
            # "Cela reste un désaveu pour la Première ministre qui a maintenu que ...": after a
            # clause, the relative hangs on its last noun phrase (not one complementing a noun)
            heads = [d.start() for d in _NP_HEAD_DETERMINER.finditer(seg, 0, m.start())]
            if heads:
                a += heads[-1]
    a, b = strip_span(text, a, b)
    m = _CLITICS_AT_END.search(text, a, b)
    if m and m.start() > a:
        b = m.start()
    if _ENDS_WITH_COORD.search(text, a, b):
        # "Ce dernier est en visite aux Etats-Unis et s'est dit ...": a first predicate, joined
        # by "et", is not part of the subject; the subject stops at its verb.
        v = FINITE_AFTER_SUBJECT.search(text, a, b)
        if v and v.start() > a:
            b = v.start()
    last_et = None
    for last_et in _ET.finditer(text, a, b):
        pass
    if last_et and FINITE_AFTER_SUBJECT.search(text, a, last_et.start()) and NP_START.match(text[last_et.end():b]):
        # "Ce n'est pas le cas aujourd'hui et l'UE a déclaré ...": a clause before "et" is not
        # part of the subject.
        a = last_et.end()
    if a >= b:
        return None
    np = text[a:b]
    if re.match(rf"^ce{SP}qu(?:e{WORD_END}|['’])", np, re.I) or re.search(r"(?<![\w\u00C0-\u024F])qu(?:e|['’])\s*$", np, re.I):
        # "..., ce que confirme X", "Il a fait ce que lui demandait X": a relative pronoun, the
        # subject comes after the verb
        return None
    if not (NP_START.match(np) or PRONOUN.match(np.strip()) or INDEFINITE_PRONOUN.match(np.strip())
            or PERCENT_OF.match(np) or _COUNT_OF.match(np)):
        return None
    if len(np.split()) > 18:
        # "Les trois pays signataires de l'accord de 2015 censé empêcher l'Iran de ..., ont dit":
        # a long subject is its head noun phrase, before the participle that describes it
        mp = _DESCRIBING_PARTICIPLE.search(np)
        if mp is None or len(np[:mp.start()].split()) > 18:
            return None
        b = a + len(np[:mp.start()].rstrip(" ,"))
    return a, b


# "et" before a second noun phrase ("le ministre et son homologue"), not between two adjectives
_ET_NP = re.compile(rf"{SP}et{SP}(?:{DETERMINER}|(?-i:[A-ZÀ-Ý]))", re.I)
_OBJECT_RELATIVE = re.compile(rf"{_QUE_RELATIVE.pattern}(?={DETERMINER}|(?-i:[A-ZÀ-Ý]))", re.I)
_ALONG_WITH = re.compile(rf"\s*(?:ainsi{SP}que|de{SP}même{SP}que|tout{SP}comme|au{SP}même{SP}titre{SP}que|aux{SP}côtés{SP}de){WORD_END}", re.I)
_AGE_CHUNK = re.compile(r"\s*\d{1,3}\s+ans(?:\s+et\s+demi)?\s*")
_DESCRIBING_PARTICIPLE = re.compile(r"(?<=\w)[\s,]+(?-i:[a-zà-ÿ]+(?:é|ée|és|ées))\s+(?=\w)")


# A proper name, word by word: an honorific, a capitalised word, then further ones (with a
# particle, or an Arabic article glued to them: "Jean-Yves Le Drian", "Abdel Fattah al-Sissi").
_HONORIFIC = r"(?:(?:M\.|Mme|Mlle)\s+)?"
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w\u00C0-\u024F'’-]+"
_NAME_NEXT = rf"\s+(?:(?:Le|La)\s+)?{NAME_PARTICLES}{NAME_GLUED}{_NAME_WORD}"
# "M. Ouchakov": an honorific and a family name alone
_HONORIFIC_ONLY = re.compile(rf"(?:M\.|Mme|Mlle)\s+{_NAME_WORD}")
#: two capitalised words in a row, a person's full name as a rule ("Boris Johnson")
TWO_NAME_WORDS = re.compile(rf"{_NAME_WORD}\s+{_NAME_WORD}")
# "invité d'honneur au congrès", "élu en 2019", "réunis à Bruxelles": a participle apposition.
_PARTICIPLE_END = r"(?:é|ée|és|ées|is|ise|ises|u|ue|us|ues)"
_PARTICIPLE_APPOSITION = re.compile(rf"\s*[a-zà-ÿ]+{_PARTICIPLE_END}\s", re.I)
# The same, or an adjective in -ant, after an adverb or two ("pourtant opposé à l'accord").
_DESCRIBING_APPOSITION = re.compile(rf"\s*(?:[a-zà-ÿ]+\s+){{0,2}}?[a-zà-ÿ]+(?:{_PARTICIPLE_END}|ant|ants|ante|antes)\s")
# A participle with its agent ("conduite par Sergueï Lavrov", "reçu mardi par le ministre").
_AGENT_APPOSITION = re.compile(r"\s*(?:[a-zà-ÿ]+ment\s+)?(?-i:[a-zà-ÿ]+)(?:\s+[\w\u00C0-\u024F]+){0,2}?\s+par\s+[^,;:«»\"]{1,60}$")
# A proper name closing a chunk ("Ce dispositif déplaît aussi à Boris Johnson").
_NAME_AT_END = re.compile(rf"(?<![\w\u00C0-\u024F'’-])(?P<n>{_HONORIFIC}{_NAME_WORD}(?:{_NAME_NEXT})+)\s*$")
_CAPITALISED_AT_END = re.compile(
    r"(?<=\s)(?:de\s+|d['’]|à\s+)?(?P<n>(?:les|le|la|l['’]|des|du|au|aux)\s*[A-ZÀ-ÖØ-Þ][\w\u00C0-\u024F'’-]+"
    r"(?:\s+[A-ZÀ-ÖØ-Þ][\w\u00C0-\u024F'’-]+)*)\s*$")
# "son accord, dont Jeremy Corbyn a proclamé que ...": the subject follows "dont".
# (and after a preposition + "lequel": "l'accord pour lequel l'UE répète que ...")
_DONT = re.compile(rf"(?:^|{SP})(?:dont|(?:pour|sur|contre|avec|dans|par|selon){SP}(?:lequel|laquelle|lesquels|lesquelles)"
                   rf"|auquel|auxquels|auxquelles|à{SP}laquelle){SP}(?=\S)", re.I)
# "cent économistes", "300 manifestants": a number of people as the subject.
_COUNT_OF = re.compile(rf"^\s*(?:\d[\d\s\u00a0\u202f.]*|{words_rx(CUES['number_words'])})\s+[a-zà-ÿ]", re.I)
# "l'expert Alexeï Malachenko": a determiner, a lowercase title, then a full name.
_TITLED_NAME = re.compile(
    rf"^(?P<t>{DETERMINER}\s*[a-zà-ÿ][a-zà-ÿ'’ -]{{1,40}}?)\s+(?-i:[A-ZÀ-ÖØ-Þ][\w\u00C0-\u024F'’-]+"
    rf"(?:\s+{NAME_GLUED}[A-ZÀ-ÖØ-Þ][\w\u00C0-\u024F'’-]+)+)$", re.I)
# A verb of saying whose subject is a bare relative ("X, qui a annoncé ..."), and the main
# clause's finite verb coming back after the relative clause (", est amer", ", a ensuite quitté").
_RELATIVE_SUBJECT = re.compile(r",\s*qui\s*$")
_MAIN_VERB_BACK = re.compile(
    rf",\s*(?:ne{SP}|n['’]\s*)?(?:est|sont|était|étaient|a|ont|avait|avaient|reste|restent|demeure|demeurent"
    rf"|semble|semblent)(?=\s)|,\s*(?:ne{SP}|n['’]\s*)?(?:se{SP}|s['’])", re.I)
_RELATIVE_COORD = re.compile(rf"\s*,?\s*qui{SP}[^.;!?]*{SP}et\s*$", re.I)
_INCISE_PARTICIPLE = re.compile(rf"(?:tout{SP})?en{SP}[\w\u00C0-\u024F]+ant{WORD_END}", re.I)
# A past participle opening an apposition and its complement ("Les élus de gauche, opposés à ce
# texte, ...", "la Première ministre, nommée en mai 2022 par ..."): it describes the subject before
# it. (Not a bare noun: "députés et sénateurs", "retraités et salariés"; singular -ie, -ue, -ise,
# -ite end present-tense verbs too: "nie", "indique", "précise", "cite".)
_PARTICIPLE_THEN_COMPLEMENT = re.compile(
    r"\s*(?:[a-zà-ÿ]+ment\s+)?(?-i:[a-zà-ÿ]{2,}(?:é|ée|és|ées)|[a-zà-ÿ]+[^q\W]ues|[a-zà-ÿ]+(?:ies|ises|ites)"
    r"|(?:mise?s?|prise?s?|comprise?s?|réunie?s?|élue?s?|issue?s?|connue?s?|soutenue?s?|convaincue?s?|venue?s?|déçue?s?))"
    # ("critiqué vivement après la défaite", "condamné définitivement en 2021")
    r"(?:\s+[a-zà-ÿ]+ment)?"
    rf"{SP}(?:à|au|aux|de|du|des|d['’]|en|par|pour|sur|depuis|dans|contre|avec|lors|sous|entre|dès|après|avant|jusqu|"
    rf"hier|{words_rx(dating.weekday_names())}|mi-|cette|ce|cet|il\s+y\s+a)", re.I)


def _main_verb_back(text: str, start: int, end: int, quotes, *, own_verb: bool = True) -> int | None:
    """Where a main clause's verb comes back after a comma, within text[start:end], outside
    quotes: "..., est amère", "..., a suspendu l'arrêté"; with ``own_verb``, only once the clause
    from ``start`` has its own finite verb ("que le texte, voté hier, est injuste" is not cut)."""
    spans = _half_open(quotes)
    found = [back.start() for back in _MAIN_VERB_BACK.finditer(text, start, end)]
    # "L'Espagne, qui dit n'avoir eu connaissance du texte que le jour de sa publication, réclame
    # une modification": a verb of saying in the present comes back too
    found += [c.start() for c in _COMMA.finditer(text, start, end) if LEX.simple.match(text, c.end(), end)]
    for back in sorted(found):
        # (a conditional, an imperfect or a future is the clause's own verb too: "que la réforme passerait")
        if not _in_any(back, spans) and (not own_verb or FINITE_AFTER_SUBJECT.search(text, start, back)
                                         or _imperfect_in(text, start, back) or _future_in(text, start, back)):
            return back
    return None


_COMMA = re.compile(r",\s*")
# What describes the source after "Selon X,": a relative, "interrogé", "cité", or a document's
# participle ("Selon une étude Odoxa, publiée jeudi par Le Figaro, ...")
_SOURCE_DESCRIBED = re.compile(rf"\s*(?:qui|dont|lequel|laquelle|interrogée?s?|cité(?:e|s|es)?|"
                               rf"{words_rx(CUES['document_participles'])}){WORD_END}", re.I)
_SHOUTS = re.compile(rf"(?<![\w\u00C0-\u024F])(?:{words_rx(CUES['shout_heads'])}){SP}?(?=[«“\"])", re.I)


# Figures and pictures as a subject: no one speaks ("Ces chiffres confirment ...")
_DATA_SUBJECTS = frozenset(actors_mod.fold(w) for w in CUES["data_subjects"])
# A proper name (with its honorific) right before ", qui <verb>": the relative's antecedent.
# ("... du président de la Commission Jean-Claude Juncker qui a qualifié ...": with or without a comma)
_ANTECEDENT_NAME = re.compile(rf"(?P<n>{_HONORIFIC}{_NAME_WORD}(?:{_NAME_NEXT})*)\s*,?\s*qui\s*$")
_RELAY = re.compile(rf"^(?:par{SP}la{SP}voix|cité|citée|cités|citées|interrogé|interrogée|interrogés|interrogées|joint|jointe|"
                    rf"contacté|contactée|contactés|interviewé|interviewée|s['’]exprimant|parlant|sous{SP}couvert){WORD_END}", re.I)


# "À Ankara, le porte-parole ...", "De son côté, ...": a prepositional phrase, not the subject.
_PLACE_INTRO = re.compile(rf"^(?:à|a|au|aux|en|dans|depuis|de|devant|lors|pour|par|sur|chez|côté|outre|face"
                          rf"|(?:un{SP}peu{SP})?plus{SP}loin|non{SP}loin|ailleurs|là-bas){WORD_END}", re.I)


def is_intro(chunk: str) -> bool:
    """An adverbial chunk before the subject ("Mais le lendemain", "Interrogé à ce sujet")."""
    c = chunk.strip()
    if dating.expressions(c) and len(c.split()) <= 4:
        return True
    if _PLACE_INTRO.match(c) or _TIME_INTRO.match(c):
        return True
    if len(c.split()) <= 4 and re.search(rf"{SP}obligen?t?$", c, re.I):
        return True  # "Premier jour oblige, la direction ...": the idiom of a cause
    # ("Interrogé ...", "Parlant ...", and reflexive "S'exprimant ...", "Se disant ...")
    return bool(CONNECTOR.match(c)) or bool(re.match(r"^(?:s['’]|se\s+)?\w+(?:é|ée|és|ées|ant)\b", c, re.I))


# An adverbial of time or occasion opening the sentence ("Peu avant le début de la réunion",
# "Mi-juin", "Lors de son discours", "À l'issue du conseil", "Dès son arrivée").
_TIME_INTRO = re.compile(
    r"^(?:(?:peu|juste|bien|sitôt|aussitôt|immédiatement)\s+(?:avant|après)|"
    r"comme\s+(?:la\s+veille|le\s+lendemain|hier|avant\s|souvent|toujours|d['’]habitude|prévu|annoncé|attendu)|mi-\w+|lors\s+d|au\s+cours\s+d|à\s+l['’]issue\s+d|dès\s|avant\s|après\s|"
    r"pendant\s|durant\s|depuis\s|(?:un\s+peu\s+|bien\s+|quelques\s+(?:heures|jours|minutes)\s+)?plus\s+(?:tôt|tard)|au\s+lendemain|à\s+la\s+veille|"
    r"à\s+la\s+sortie|à\s+son\s+arrivée|en\s+marge\s+d|face\s+à|devant\s|"
    # company kept or what came before ("Avec Theresa May et son équipe, le Premier ministre ...",
    # "Suite à la réunion de crise, le préfet ..."): no subject opens so
    r"avec\s|suite\s+(?:à|au|aux)\s|à\s+la\s+suite\s+d|"
    # among or beside the people just described ("Parmi eux, Joris et Louise ...", "Près d'elle")
    # ("Près de 200 000 personnes" is a count, not a place: only before a pronoun)
    r"(?:parmi|près\s+d['’]|près\s+de)\s*(?:eux|elles|lui|elle)\b|non\s+loin\s+d|aux\s+côtés\s+d|à\s+(?:ses|son|leurs)\s+côtés)", re.I)


# A relative pronoun that opens a clause of its own ("l'accord, dont il a proclamé qu'il était
# « mort »", "le backstop, pour lequel l'UE répète qu'une renégociation est impossible").
_RELATIVE_OPEN = re.compile(rf"{WORD_START}(?:dont|(?:pour|sur|contre|envers|avec|par){SP}(?:le|la|les)quel(?:le)?s?|"
                            rf"auxquel(?:le)?s|auquel|à{SP}laquelle){SP}", re.I)
# up to two words between the verb and its "que" ("répète ad nauseam qu'", "a dit lundi que")
_THAT_NEAR = re.compile(rf"(?:{SP}[\w\u00C0-\u024F]+){{0,2}}?\s*(?:que{WORD_END}|qu['’])", re.I)


def _aux_outside_quotes(text: str, a: int, b: int, qs) -> bool:
    """Whether an auxiliary in ``text[a:b]`` can be shared by a coordinated participle after it:
    any outside quotations, and inside a quotation one that opens it, whose subject stands
    outside ("que les suspects « ont reconnu les faits » et expliqué ..."); further inside, the
    quoted words' own clause has it ("de « se poser la question du coup de force qu'il a
    accompli », et dénoncé ...", "« le mépris que le gouvernement a montré » et appelé ...")."""
    return any(not _in_any(m.start(), qs) or _QUOTE_OPENS_BEFORE.search(text, max(a, m.start() - 3), m.start())
               for m in _AUX_FORM.finditer(text, a, b))


# an opening quotation mark right before a word
_QUOTE_OPENS_BEFORE = re.compile(rf"[{re.escape(''.join(OPENERS))}]\s*$")


def _strip_connector_back(text: str, pos: int, at: int) -> int:
    """``at`` moved back over the comma or "et" that joins the relative clause to its antecedent."""
    m = _CONNECTOR_BACK.search(text[pos:at])
    return max(pos, at - len(m.group())) if m else at


_CONNECTOR_BACK = re.compile(rf"(?:\s*,\s*|{SP}(?:et|mais){SP}|\s+)$", re.I)


def _relative_saying(text: str, pos: int, end: int, qs) -> int | None:
    """Where a relative clause whose own verb of saying takes a "que" clause begins in
    ``text[pos:end]`` (that clause is another statement), or None.

    Only an appended relative, set off by a comma or "et" ("les frappes dont Moscou affirme
    qu'elles ont tué des civils visaient des dépôts" is one clause); not when its subject is
    anyone ("dont on dit que", "dont chacun reconnaît que": the speaker's own claim), nor when the
    main clause goes on after it ("la réforme, dont il a rappelé qu'elle était nécessaire, serait
    appliquée")."""
    for mr in _RELATIVE_OPEN.finditer(text, pos, end):
        if _in_any(mr.start(), qs) or _GENERIC_SUBJECT.match(text, mr.end()) or not _APPENDED.search(text, pos, mr.start()):
            continue
        stop = min(end, mr.end() + 80)
        found = [v for rx in (LEX.compound, LEX.simple) for v in [rx.search(text, mr.end(), stop)] if v]
        v = min(found, key=lambda v: v.start()) if found else None
        verb = LEX.verb_of(v.group("v")) if v is not None else None
        # (no comma between the relative's subject and its verb: "12 personnes interpellées, dont
        # trois mineurs, et a précisé que" is "including", then the main subject's next verb)
        if verb is not None and "que" in verb.complements and (that := _THAT_NEAR.match(text, v.end())) \
                and "," not in text[mr.end():v.start()] and not _COUNT_AFTER.match(text, mr.end()) \
                and not _QUE_WORD.search(text, mr.end(), v.start()) \
                and not any(not _in_any(c.start(), qs) and _VERB_AFTER_COMMA.match(text, c.start())
                            for c in _COMMA_RX.finditer(text, that.end(), end)):
            return mr.start()
    return None


# what sets off an appended relative: a comma or "et" right before it
_APPENDED = re.compile(rf"(?:,|{SP}et|{SP}mais)\s*$", re.I)
# the main clause's verb coming back after the relative ("la réforme, dont ..., serait appliquée",
# "..., s'inscrivent dans", "..., ne verra pas le jour", "..., devra être votée")
_VERB_AFTER_COMMA = re.compile(
    rf",\s*(?:ne{SP}|n['’]\s*|se{SP}|s['’]\s*|y{SP})"
    rf"|,\s*(?:a|ont|avait|avaient|est|sont|était|étaient|va|vont|fait|font|doit|doivent|peut|peuvent|veut|veulent|reste"
    rf"|restent|[a-zà-ÿ]{{2,}}(?:ait|aient|ra|ront|rait|raient|ent)){WORD_END}", re.I)
# "dont trois mineurs", "dont 10 000 à Paris", "dont la moitié": "including", no relative clause
_COUNT_AFTER = re.compile(rf"(?:\d|(?:un|une|{words_rx(CUES['number_words'])}|plusieurs|quelques|certains|certaines"
                          rf"|la{SP}moitié|la{SP}plupart|une{SP}(?:dizaine|vingtaine|trentaine|quarantaine|cinquantaine"
                          rf"|centaine|majorité)|près{SP}de|plus{SP}de|moins{SP}de|environ){WORD_END})", re.I)
# a relative's subject that names no one
_GENERIC_SUBJECT = re.compile(rf"(?:on|chacun|chacune|tout{SP}le{SP}monde|beaucoup|certains|d['’]aucuns|l['’]on){WORD_END}", re.I)


def _clause_end(text: str, pos: int, end: int, quotes) -> int:
    """Where a content clause ends: sentence end, a participial frame or an apposition on it, or
    another speaker's clause ("..., tandis que Marine Tondelier a estimé que ...", "..., dont il a
    proclamé qu'il était « mort »")."""
    qs = _half_open(quotes)
    best = end
    for rx in (_PARTICIPLE_FRAME, _CONTENT_STOP, _SPEECH_PARTICIPLE, _GERUND_FRAME):
        for m in rx.finditer(text, pos, end):
            if not _in_any(m.start(), qs):
                best = min(best, m.start())
                break
    rel = _relative_saying(text, pos, best, qs)
    if rel is not None:
        best = _strip_connector_back(text, pos, rel)
    for m in _WHEREAS.finditer(text, pos, best):
        if _in_any(m.start(), qs):
            continue
        words = _WORD_RX.findall(text, m.end(), min(best, m.end() + 120))[:10]
        if any(LEX.verb_of(w) is not None and (words[k - 1].lower() in _WHEREAS_AUX or
                                               (words[k - 1][:1].isupper() or words[k - 1].lower() in ("il", "elle", "ils", "elles")
                                                # ("bien que ses assistants affirment ...": a noun after its determiner)
                                                or (k > 1 and words[k - 2].lower() in _WHEREAS_DETERMINERS))
                                               and w.lower().endswith(("e", "ent")))
               for k, w in enumerate(words) if k > 0):
            # a clause of its own whose verb of saying is finite (after an auxiliary, or right
            # after a name or a pronoun): the next statement begins there ("la demande de tests
            # explose" has only a noun of saying)
            return m.start()
    if not _QUE_BEFORE.search(text, max(0, pos - 6), pos) and not any(a == pos for a, _ in quotes):
        # "Les patrons estiment ne pas avoir à contrôler leurs clients et jugent la tâche
        # fastidieuse": an infinitive content ends before the subject's next verb of saying
        for mc in _COORD_NEXT.finditer(text, pos, best):
            mv = LEX.simple.match(text, mc.end())
            if mv and not _in_any(mc.start(), qs) and LEX.verb_of(mv.group("v")) is not None:
                best = mc.start()
                break
    if _RELATIVE_BEFORE.search(text, max(0, pos - 120), pos):
        # "Pour l'avocat, qui a annoncé faire appel de cette décision, « ... »": the relative set
        # off by commas closes before the quotation of the main clause
        mq = _COMMA_QUOTE.search(text, pos, best)
        if mq and not _in_any(mq.start(), qs):
            best = mq.start()
    window = text[max(0, pos - 300):pos]
    if _FRONTED_CLAUSE.search(window):
        # "Si le gouvernement a confirmé que les parcs pourront rouvrir ..., le président du Puy
        # du Fou, Nicolas de Villiers, annonce que ...": a content inside a fronted subordinate
        # clause ends where the main clause's speaker and verb of saying begin.
        for c in _COMMA_RX.finditer(text, pos, best):
            if _in_any(c.start(), qs) or not NP_START.match(text[c.end():best]):
                continue
            stop = min(best, c.end() + 160)
            verbs = [v for rx in (LEX.compound, LEX.simple) for v in [rx.search(text, c.end(), stop)] if v]
            v = min(verbs, key=lambda v: v.start()) if verbs else None
            if v is None or _QUE_WORD.search(text, c.end(), v.start()):
                continue
            verb = LEX.verb_of(v.group("v"))
            comp = _complement(text, v.end(), end, verb, quotes) if verb is not None else None
            # ("..., le syndicat appelle les cheminots à ne faire que ...": any complement of speech
            # but a bare noun phrase, which may be the clause's own object)
            if _THAT_AFTER.match(text, v.end()) or (comp is not None and comp[0] != "np"):
                return c.start()
    return best


# A sentence opening on a subordinate clause, up to the content ("Si le gouvernement a confirmé que").
# ("s'" only as "s'il(s)": "S'exprimant ..." opens no subordinate clause)
_FRONTED_CLAUSE = re.compile(rf"(?:^|[.!?]\s+|\n\s*)(?!s['’](?!ils?(?![\w\u00C0-\u024F])))"
                             rf"(?:{apostrophes_rx(words_rx(CUES['subordinators']))})"
                             r"(?:(?<=['’])|(?![\w\u00C0-\u024F]))[^.!?\n]*$", re.I)
_COMMA_RX = re.compile(r",\s*")
_FOR_LEAD = re.compile(rf"\s*(?:pour|selon){SP}", re.I)
_QUE_BEFORE = re.compile(r"(?:qu(?:e\s+|['’]\s*)|:\s*)$", re.I)
_COORD_NEXT = re.compile(rf"(?:\s*,\s*|{SP}et{SP})(?=[a-zà-ÿ])")
_RELATIVE_BEFORE = re.compile(r",\s*qui\s[^,.;:!?«»“”\"]*$", re.I)
_THAT_AFTER = re.compile(rf"(?:{SP}[\w\u00C0-\u024F]+ment)?\s*(?:que{WORD_END}|qu['’]|:)", re.I)
_QUE_WORD = re.compile(rf"{WORD_START}qu(?:e{WORD_END}|['’])", re.I)


def _source_like(np: str) -> bool:
    """Whether a noun phrase can be a source ("des sources locales", "l'agence Tasnim", "la presse
    russe", "lui"), not a thing cited ("la réforme des retraites", "l'accord récent")."""
    words = np.split()
    if not words or PRONOUN.match(np.strip()) or any(w[:1].isupper() for w in words[1:]) or np[:1].isupper():
        return True
    low = actors_mod.strip_determiner(actors_mod.fold(np))
    return head_noun(low)[0] != "" or low.split()[0] in _SOURCE_NOUNS


_SOURCE_NOUNS = frozenset(actors_mod.fold(w) for w in CUES["cited_sources"])


# ", tandis que X a estimé", ", alors que X affirme": a contrast that opens another speaker's
# clause (not ", mais que", which goes on with the same speaker)
_WHEREAS = re.compile(rf"(?:,\s*(?:tandis{SP}que|alors{SP}que|bien{SP}que|tandis{SP}qu['’]|alors{SP}qu['’]|bien{SP}qu['’])"
                      rf"|{SP}tandis{SP}qu(?:e{SP}|['’]))\s*(?!que{WORD_END})", re.I)
_WHEREAS_AUX = frozenset({"a", "ont", "avait", "avaient", "aurait", "auraient", "aura", "auront"})
_WHEREAS_DETERMINERS = frozenset({"le", "la", "les", "son", "sa", "ses", "leur", "leurs", "ce", "cette", "ces"})
_LAST_WORD = re.compile(r"[\w\u00C0-\u024F]+$")
_WORD_RX = re.compile(r"[\w\u00C0-\u024F]+(?:['’-][\w\u00C0-\u024F]+)*")


ON_SOURCE = re.compile(rf"{SP}(?:(?:hier|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|soir|matin){SP})*"
                        rf"(?:auprès{SP}(?:du|de{SP}la|de{SP}l['’]|des|de)|dans{SP}l['’]entourage{SP}(?:du|de{SP}la|de)|"
                        rf"au|à{SP}la|à{SP}l['’]|aux|de{SP}source|du{SP}côté{SP}(?:du|de{SP}la|de{SP}l['’]|des|de)|chez|"
                        # "nuance-t-on à Matignon": a place that stands for its institution
                        rf"à{SP}(?=(?-i:[A-ZÀ-Ý])))\s*(?P<x>[^,.;:!?«»]{{2,80}})", re.I)
_RELATIVE_OBJECT = re.compile(
    rf"{SP}qu(?:e{SP}|['’]\s*)(?P<subj>(?:(?:M\.|Mme){SP})?[A-ZÀ-Ý][\w\u00C0-\u024F'’-]*(?:{SP}[A-ZÀ-Ý][\w\u00C0-\u024F'’-]*){{0,3}}"
    rf"|(?:le|la|les|l['’])\s*[\w\u00C0-\u024F'’-]+(?:{SP}[\w\u00C0-\u024F'’-]+){{0,3}})\s*$")
# A preposition closing the text before a word: what follows it is a complement.
PP_BEFORE = re.compile(rf"(?:^|{SP})(?:de|du|des|d['’]|à|au|aux|en|par|pour|sur|avec|contre|dans|entre|sans)\s*$", re.I)
# Verbs whose plain object is itself words or a position ("dénoncer les frappes", "réclamer sa
# démission"), where another verb's object may only be an aim or an event.
WORD_POLARITIES = ("accuse", "demand", "refuse", "deny", "warn")


def _np_start_before(text: str, a: int, b: int) -> int | None:
    """Start of the noun phrase that ends at ``b`` (within ``text[a:b]``): its last determiner not
    heading a complement ("le projet de réforme", "contre la réforme des retraites" -> "la ...")."""
    best = None
    for dm in _DETERMINER_AT.finditer(text, a, b):
        if _COMPLEMENT_DE.search(text, max(a, dm.start() - 4), dm.start()) or len(text[dm.start():b].split()) > 8:
            continue
        best = dm.start()
    return best


_DETERMINER_AT = re.compile(rf"{WORD_START}(?:(?:le|la|les|un|une|ce|cet|cette|ces|son|sa|ses|leur|leurs){WORD_END}|l['’])", re.I)
_COMPLEMENT_DE = re.compile(rf"(?:{WORD_START}de|{WORD_START}à)\s+$", re.I)


def _antecedent_start(text: str, s0: int, que: int, quotes) -> int | None:
    """Start of the noun phrase a relative "que" refers to: the last determiner of the clause chunk
    that does not open a prepositional phrase ("Où est passée la coalition ... que")."""
    seg_start = max(text.rfind(",", s0, que), text.rfind(":", s0, que), text.rfind(";", s0, que), s0 - 1) + 1
    best = None
    for dm in re.finditer(rf"(?<![\w\u00C0-\u024F])(?:(?:le|la|les|un|une|des|ce|cet|cette|ces)(?![\w\u00C0-\u024F])|l['’])",
                          text[seg_start:que], re.I):
        pos = seg_start + dm.start()
        if PP_BEFORE.search(text[seg_start:pos]):
            continue
        if len(text[pos:que].split()) > 12:
            continue
        best = pos  # the last one: "Le sommet a enterré l'accord que ..." -> "l'accord"
    return best


# The finite verb that ends a subject noun phrase ("X a confirmé ...", "X n'a pas ...").
FINITE_AFTER_SUBJECT = re.compile(
    rf"{SP}(?:(?:ne{SP}|n['’]\s*)?(?:a|ont|avait|avaient|aurait|auraient|est|sont|était|étaient|va|vont)|s['’](?:est|était|étaient)|se{SP}sont"
    rf"|s['’](?:en|y){SP}(?:est|sont|était|étaient|prend|prennent))"
    rf"{WORD_END}", re.I)
_IMPERFECT_FORM = re.compile(rf"{SP}(?:[lmtsn]['’]\s*)?[a-zà-ÿ]{{2,}}(?:ait|aient){WORD_END}")


def _chunk_start(text: str, s0: int, pos: int, claimed: list[tuple[int, int]]) -> int:
    """Start of the chunk that ends at ``pos``: after the last span already claimed before it and
    after its last comma or colon (where a passive's or a judgement's noun phrase may begin)."""
    cs = max([s0] + [c[1] for c in claimed if c[1] <= pos])
    cut = max(text.rfind(",", cs, pos), text.rfind(":", cs, pos))
    return cut + 1 if cut >= 0 else cs


# ("qui espère que son dîner permettra de rétablir la confiance, a ajouté": a future is a finite verb)
_FUTURE_FORM = re.compile(rf"{SP}(?:[lmtsn]['’]\s*)?[a-zà-ÿ]{{2,}}(?:ra|ront){WORD_END}")


def _future_in(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] holds a future verb (a word in -ra/-ront not after a determiner)."""
    return any(not _NOUN_BEFORE.search(text, max(a, m.start() - 30), m.start() + 1)
               for m in _FUTURE_FORM.finditer(text, a, b))


def _imperfect_in(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] holds an imperfect or conditional verb: a word in -ait/-aient not after a
    determiner or a preposition ("le retrait", "un portrait" are nouns)."""
    return any(not _NOUN_BEFORE.search(text, max(a, m.start() - 30), m.start() + 1)
               for m in _IMPERFECT_FORM.finditer(text, a, b))


# a main clause's modal verb ("peut en témoigner après avoir admis que")
_MODAL_FINITE = re.compile(rf"{SP}(?:peut|peuvent|pouvait|pouvaient|doit|doivent|devait|devaient|veut|veulent|voulait|semble|semblait|tient|tenait){WORD_END}", re.I)
# a coordinating conjunction ending a chunk, after a comma ("..., car", "..., mais")
_ENDS_WITH_CONJ = re.compile(rf"[,;]\s*(?P<c>(?:car|mais|et|or|donc|puis){WORD_END})\s*,?\s*$", re.I)
_COORD_ONLY = re.compile(rf"^[\s,;]*(?:(?:et|mais|puis|ensuite|avant|or){WORD_END})?[\s,]*$", re.I)
_COORD_SUBJECT = re.compile(
    rf"(?:[,;]\s*(?:(?:et|mais|puis|or){SP})?|{SP}(?:et|mais|puis){SP})(?:(?:il|elle|ils|elles|on){SP})?"
    rf"(?:(?:{words_rx(CUES['connectors'])}|{words_rx(CUES['between'])}){SP})*"
    # (an indirect object clitic before the verb: "..., elle lui a répondu : « ... »")
    rf"(?:(?:lui|leur|nous|vous|me|te|m['’]|t['’])(?:{SP}|(?<=['’])))?$", re.I)


# What a "rien" ruled out is about ("n'a rien exclu quant à l'envoi de troupes").
_NOTHING_ABOUT = re.compile(rf"\s*,?\s*(?:sur|quant{SP}(?:à|au|aux)|concernant|s['’]agissant{SP}(?:de|du|des|d['’])"
                            rf"|au{SP}sujet{SP}(?:de|du|des|d['’])|à{SP}propos{SP}(?:de|du|des|d['’]))(?=\s|\w)\s*", re.I)
_COORD_NAMED_SUBJECT = re.compile(
    rf"(?:[,;]\s*(?:(?:et|mais|puis|or){SP})?|{SP}(?:et|mais|puis){SP})"
    rf"(?:(?-i:[A-ZÀ-Ý])[\w\u00C0-\u024F'’-]+(?:{SP}(?-i:[A-ZÀ-Ý])[\w\u00C0-\u024F'’-]+){{0,3}}"
    rf"|(?:le|la|les|l['’])\s*[\w\u00C0-\u024F'’-]+(?:{SP}[\w\u00C0-\u024F'’-]+){{0,3}})"
    rf"{SP}(?:(?:{words_rx(CUES['connectors'])}|{words_rx(CUES['between'])}){SP})*$", re.I)
_TENSES = {"a": "pc", "ont": "pc", "ait": "pc", "aient": "pc", "est": "pc", "sont": "pc", "avait": "pqp", "avaient": "pqp", "etait": "pqp",
           "etaient": "pqp", "aurait": "cond", "auraient": "cond", "serait": "cond", "seraient": "cond"}


def tense_of(form: str) -> str:
    """Tense class of a verb match from its auxiliary ("a déclaré" pc, "avait regretté" pqp)."""
    words = re.findall(r"[\w\u00C0-\u024F]+", actors_mod.fold(form))
    for w in words[:3]:
        if w in _TENSES:
            return _TENSES[w]
    return "simple"


def _coordinated_end(text: str, cs: int, ce: int, verbs, quotes, s1: int, main_form: str = "",
                     ckind: str = "") -> int:
    """Cut a content clause before a coordinated speech act of the same or a pronoun subject:
    "a reconnu que ..., mais il a assuré que ...", "a accusé X de ... et a demandé une réunion".

    The coordinated verb must be in the main verb's tense: "a déclaré que Moscou avait plaidé ...,
    et avait regretté que ..." continues the reported clause (its pluperfect), not the frame.
    An infinitive content has no finite verb of its own, so after one any tense coordinates when
    the verb takes a clause: "a appelé le président « à la sagesse » et promet que ..."."""
    qs = _half_open(quotes)
    infinitive = ckind in ("a_inf", "inf", "de")
    for typ, m, verb, _ in verbs:
        vs = m.start()
        # ("mais n'exclut pas que ...": a negated verb whose negation is a position coordinates too)
        if vs <= cs or vs >= ce or typ not in ("compound", "reflexive", "simple", "negated") or _in_any(vs, qs):
            continue
        any_tense = infinitive and typ == "simple"
        if main_form and not any_tense and tense_of(m.group()) != tense_of(main_form):
            continue
        cm = _COORD_SUBJECT.search(text, cs, vs)
        if cm is None or cm.end() != vs:
            # ", et Pékin a fait savoir qu'...", "mais le Kremlin a affirmé que ...": a speech act
            # of another named subject, coordinated after the reported clause
            cm = _COORD_NAMED_SUBJECT.search(text, cs, vs)
            if cm is None or cm.end() != vs or _in_any(cm.start(), qs):
                continue
        after_pos, _ = _skip_adverbials(text, m.end(), s1)
        comp = _complement(text, after_pos, s1, verb, quotes)
        if comp is None or (any_tense and comp[0] not in ("que", "colon")):
            continue
        return cm.start()
    return ce


def _incise_in_quote(text: str, m, typ: str, quotes) -> bool:
    """A speech frame set inside one pair of guillemets: « Nous sommes prêts, a déclaré M. Lavrov,
    à rétablir le mémorandum »; the journalist's insert, between commas, names the speaker."""
    q = next(((a, b) for a, b in quotes if a < m.start() < b), None)
    if q is None or not re.search(r",\s*$", text[q[0]:m.start()]) or typ not in ("inverted", "compound", "simple"):
        return False
    after = text[m.end():q[1]]
    # (the insert may close a sentence of the quotation: « La réforme est juste, a dit Olivier
    # Véran. Elle est nécessaire. »)
    if typ == "inverted":
        return bool(re.match(r"^[^,.«»“”\"]{0,40}(?:,\s*\S|\.(?:\s+\S|\s*$))", after))
    mm = re.match(r"^\s*([^,.«»“”\"]{2,80})(?:,\s*\S|\.(?:\s+\S|\s*$))", after)
    return bool(mm and NP_START.match(mm.group(1)) and not _QUE.match(mm.group(1)))


def verb_matches(text: str, s0: int, s1: int, quotes):
    """Verbs of saying in a sentence, outside quotations, not negated: (type, match, Verb, pronoun)."""
    qs = _half_open(quotes)
    out, taken = [], []
    for typ, rx in (("narrative", LEX.narrative), ("negated", _NEGATED_SPEECH), ("inverted", LEX.inverted),
                    ("compound", LEX.modal), ("reflexive", LEX.reflexive),
                    ("compound", LEX.compound), ("participle", LEX.participle), ("purpose", LEX.purpose),
                    ("purpose", LEX.after_having_any),
                    ("coordinated", LEX.coordinated), ("simple", LEX.simple)):
        if typ == "narrative" and not _ET_START.match(text, s0, s1):
            continue
        for m in rx.finditer(text, s0, s1):
            if _overlaps(m.start(), m.end(), taken):
                continue
            quoted_verb = typ == "simple" and m.group("q") is not None
            if quoted_verb and (_VIEW_OPENING.match(text, s0) or not _speaker_like(
                    text[slice(*(subject_before(text, s0, m.start(), quotes) or (0, 0)))])):
                # 'D'après X, la déclaration « ouvre la porte »': a verb quoted after a thing, or
                # inside someone's view, describes it; it is no speech (and takes nothing from
                # the frame of the view)
                continue
            if _in_any(m.start(), qs) and not quoted_verb and not _incise_in_quote(text, m, typ, quotes):
                continue
            if typ == "narrative" and not _NARRATIVE_LEAD.fullmatch(text, s0, m.start()):
                continue
            if rx is LEX.after_having_any and not (FINITE_AFTER_SUBJECT.search(text, s0, m.start())
                                                   or _MODAL_FINITE.search(text, s0, m.start())):
                # ("Après avoir démenti ..., les États-Unis ...", "Lundi, après avoir affirmé que
                # ..., Élisabeth Borne ...", after a kicker in capitals: no main clause before; its
                # subject comes after, read below)
                continue
            form = verb_form(m)
            verb = LEX.verb_of(form, reflexive=(typ == "reflexive"))
            if verb is None or (typ != "negated" and verb.lemma in _NEGATED_ONLY):
                continue
            if verb.lemma in CUES["reading_verbs"] and (
                    _READ_IN.match(text, m.start()) or (typ == "inverted" and READ_DOCUMENT.match(text, m.end(), s1))
                    or not (_ON_READER.search(text, max(s0, m.start() - 12), m.start())
                            or "on" in (actors_mod.fold(m.groupdict().get(g) or "") for g in ("p1", "p2", "p3", "p4")))):
                # only what "on" reads on a placard or a wall ("on pouvait lire « ... »"): "Elle a
                # lu « Les Misérables »" quotes a title; "peut-on lire dans le communiqué du
                # Kremlin", "sur le compte Twitter de la CGT" give the document's author (below)
                continue
            before = text[max(s0, m.start() - 30):m.start()]
            # Only the words outside quotations negate ("« Rien ne bouge », s'étonne X" is not).
            qend = max([b + 1 for a, b in quotes if b < m.start()] + [max(s0, m.start() - 30)])
            if _NEGATED.search(text[qend:m.start()]) and not _NEGATION_QUOTED.match(text, m.end(), s1):
                continue
            if typ == "simple":
                # "l'annonce de Moscou", "une menace": a noun, not a verb.
                # "Le ministre le répète, « ... »": the clitic "le" before a verb that opens a quotation.
                clitic = _OBJECT_CLITIC.search(before) and re.match(r"\s*[,:]\s*[«“\"]", text[m.end():s1])
                # "Fabien Roussel leur proposait de ...": "leur" before a form no noun has (an
                # imperfect, a future, a plural) is the object pronoun, not the possessive
                clitic = clitic or (_LEUR_END.search(before) and _VERB_ONLY_ENDING.search(form))
                if (_NOUN_BEFORE.search(before) and not clitic) or m.start() == s0:
                    continue
                if text[m.start()].isupper():
                    continue
            pg = pronoun_group(m)
            pron = m.group(pg) if pg else ""
            # "s'est-elle félicitée": a reflexive verb with its subject inverted after the quote
            out.append(("inverted" if typ == "reflexive" and pron else typ, m, verb, pron))
            taken.append((m.start(), m.end()))
    out.sort(key=lambda x: x[1].start())
    return out


_OBJECT_QUE = re.compile(
    rf"^\s*(?:(?:à|au|aux){SP}[^,;:.«»\"]{{1,40}}?|(?-i:[A-ZÀ-Ý][\w\u00C0-\u024F'’-]+(?:{SP}[A-ZÀ-Ý][\w\u00C0-\u024F'’-]+)?)"
    rf"|(?:les|son|sa|ses|leur|leurs){SP}[\w\u00C0-\u024F'’-]+(?:{SP}[\w\u00C0-\u024F'’-]+)?"
    # "disait du pass sanitaire que ...": what the words are about
    rf"|(?:du|des|de{SP}la|de{SP}l['’]){SP}?[^,;:.«»\"]{{1,40}}?){SP}(?:que{SP}|qu['’])", re.I)


# "informant les députés de son Parti conservateur que": a verb whose object is the addressee
# (complement ``addressee`` in the lexicon) takes a longer one; for others, "les engagements pris
# que ..." would read a relative clause as the content.
_ADDRESSEE_QUE = re.compile(
    rf"^\s*(?:{DETERMINER}|(?-i:[A-ZÀ-Ý]))[^,;:.!?«»\"“”]{{1,60}}?{SP}(?:que{SP}|qu['’])", re.I)


# "a estimé jeudi soir en Floride que", "avait assuré dès le lendemain de l'élection que": a short
# place or time complement (no comma, no quote) between the verb and its que-clause. "avant que",
# "pendant que" (conjunctions) need a word between the preposition and "que", so they never match.
_ADVERBIAL_QUE = re.compile(
    rf"^\s*(?:en|à|au|aux|dès|depuis|lors|devant|après|avant|pendant|dans|sur|sous|par|face{SP}à|au{SP}cours{SP}d['’]?\w*)"
    rf"{SP}[^,;:.!?«»\"“”]{{1,70}}?"
    # "lors d'une rencontre avec son homologue, Mohammad Javad Zarif, à New York que": a name in
    # apposition inside the complement
    rf"(?:,\s*(?-i:[A-ZÀ-Ý][\w\u00C0-\u024F'’-]+(?:{SP}[A-ZÀ-Ý][\w\u00C0-\u024F'’-]+){{1,3}})\s*,[^,;:.!?«»\"“”]{{0,30}}?)?"
    rf"{SP}(?:que{SP}|qu['’])"
    # "a indiqué, sous couvert d'anonymat, que", "a affirmé, lors d'un point presse, que": the
    # same complement set off by commas
    rf"|^\s*,\s*(?:en|à|au|aux|dès|depuis|lors|devant|après|avant|pendant|dans|sur|sous|par|face{SP}à|au{SP}cours{SP}d['’]?\w*)"
    rf"{SP}[^,;:.!?«»\"“”]{{1,70}}?,\s*(?:que{SP}|qu['’])", re.I)
# An object NP of a few words that contains a quotation: "un « faible niveau de confiance »".
# The words before the quote are the NP's own (adjectives, nouns), not a preposition or "comme"
# ("considère ces frappes comme « une agression »" qualifies an object, it does not quote one).
_QUOTED_NP = re.compile(
    rf"^\s*(?:{DETERMINER}|de{SP}la{SP})\s*(?:(?!(?:comme|de|du|des|à|au|aux|en|par|pour|sur|avec|contre|dans|et|ou|que|qui){WORD_END})"
    rf"[\w\u00C0-\u024F'’-]+{SP}){{0,2}}(?P<q>[«“\"])", re.I)


def _quoted_np(text: str, start: int, end: int, quotes) -> bool:
    """Whether the object NP at ``start`` holds a quotation within its first words."""
    m = _QUOTED_NP.match(text[start:end])
    return bool(m) and any(start + m.start("q") == a for a, _ in quotes)


# An object NP headed by a speech act or an attitude ("sa « profonde déception »", "un avertissement").
# "de vives critiques", "de telles demandes": "de" before an adjective is a plural indefinite.
_STANCE_OBJECT = re.compile(
    # ("une liste de sept conditions", "une série de propositions": the list's items; "sept
    # conditions": a number is a determiner)
    rf"^\s*(?:{DETERMINER}|de(?=\s)|(?:{number_words_rx()}|\d+){WORD_END})\s*(?:(?:{words_rx(CUES['list_heads'])}){SP}(?:de{SP}|d['’]))?"
    rf"[«“\"]?\s*(?:[\w\u00C0-\u024F'’-]+{SP}){{0,2}}?[«“\"]?\s*"
    rf"{words_rx(CUES['stance_nouns'])}{WORD_END}", re.I)
# "la réforme", "le report progressif de l'âge", "sa proposition de loi": a policy under debate
_POLICY_OBJECT = re.compile(
    rf"^\s*(?:{DETERMINER})\s*(?:[\w\u00C0-\u024F'’-]+{SP})?{words_rx(CUES['policy_nouns'])}{WORD_END}", re.I)
# "son opposition", "leur profonde inquiétude": the speaker's own stance, an object
_OWN_STANCE_OBJECT = re.compile(
    rf"\s*(?:son|sa|ses|leur|leurs){SP}(?:[\w\u00C0-\u024F'’-]+{SP})?{words_rx(CUES['stance_nouns'])}{WORD_END}", re.I)
# A noun phrase headed by a speech-act noun that closes the text before a bare participle: the
# noun, then at most three lowercase complement words ("une motion de censure transpartisane").
_LAST_STANCE_NP = re.compile(
    rf"(?<![\w\u00C0-\u024F]){DETERMINER}\s*(?:[\w\u00C0-\u024F'’-]+{SP}){{0,1}}?{words_rx(CUES['stance_nouns'])}{WORD_END}"
    rf"(?:{SP}[a-zà-ÿ'’-]+){{0,3}}\s*$", re.I)
# The main verb after an agent inside the subject: an auxiliary, or a lowercase word after a name
# that is no particle of it ("déposée par Greenpeace vise ...").
_NAME_THEN_WORD = re.compile(
    rf"(?-i:[A-ZÀ-Ý])[\w\u00C0-\u024F'’-]*{SP}(?!(?:{NAME_PARTICLE_WORDS}|la|le|les){WORD_END}|d['’])"
    # "la Première ministre Élisabeth Borne": a title word before a name goes on
    rf"(?=(?-i:[a-zà-ÿ]))(?![\w\u00C0-\u024F'’-]+{SP}(?-i:[A-ZÀ-Ý]))", re.I)


def _agent_end(text: str, start: int, end: int) -> int:
    cuts = [m.start() for m in (FINITE_AFTER_SUBJECT.search(text, start, end),) if m]
    name = _NAME_THEN_WORD.search(text, start, end)
    if name:
        cuts.append(name.end() - len(re.search(r"\s*$", name.group()).group()))
    return min(cuts, default=end)


_POSITION_VERBS = frozenset(CUES["position_verbs"])
_KIND_THEN_NAME = re.compile(rf"^(?:le|la|les|l['’])\s*(?:{words_rx(CUES['group_nouns'] + CUES['body_kinds'])}){SP}(?-i:[A-ZÀ-Ý])", re.I)
_AGAIN = re.compile(rf"^(?:toujours|encore|là{SP}encore|ici{SP}encore){WORD_END}\s*", re.I)
_CHANNEL_LEAD = re.compile(rf"\s*(?:(?:{words_rx(CUES['connectors'])}){SP})?(?:dans|par|en|selon|d['’]après|via){WORD_END}\s*$", re.I)
# A document named right before a participle of saying ("un communiqué conjoint publié vendredi
# disant", "une déclaration du Kremlin affirmant"), with its author after "de" when named.
_DOCUMENT_BEFORE = re.compile(
    rf"{WORD_START}(?:un|une|le|la|son|sa|leur|ce|cet|cette)\s+(?:{words_rx(CUES['documents'])})"
    rf"(?:{SP}(?!(?:de|du|des|d['’]){WORD_END})[\w\u00C0-\u024F'’-]+){{0,3}}?"
    rf"(?:{SP}(?:de{SP}la{SP}|de{SP}l['’]|du{SP}|des{SP}|de{SP}|d['’])(?P<x>[^,;:«»\"“”]{{2,60}}?))?"
    rf"(?:{SP}(?:publiée?|diffusée?|rendue?{SP}publique?)(?:{SP}[\w\u00C0-\u024F'’-]+){{0,2}})?\s*$", re.I)
# What follows "selon X," when the clause goes on: not a relative, a conjunction, a participle or a
# verb of saying of X ("selon l'OSDH, qui cite", "selon X, basé à Londres").
_INCISE_REST = re.compile(
    rf",\s*(?P<r>(?!(?:qui|que|qu['’]|dont|où|lequel|laquelle|lesquels|lesquelles|et|mais|ou|car|or|donc|puis|"
    rf"a|ont|avait|est|sont|ajoute|précise|explique|indique|souligne|affirme|estime|cité|citée|cités|basé|basée|basés|"
    # the occasion of X's words ("selon le ministre, en visite à Tokyo.")
    rf"en{SP}(?:visite|déplacement|marge)|lors|interrogée?s?|contactée?s?|jointe?s?)"
    rf"{WORD_END})(?-i:[a-zà-ÿ])[\w\u00C0-\u024F'’-]*)", re.I)
# An object NP headed by an event noun ("l'appel", "la prochaine visite", "sa démission").
# "leur appel à la grève" (a call for something), not "l'appel au président Obama" (a phone call)
_CALL_FOR = rf"(?:à|au|aux|pour){SP}(?!(?:M\.|Mme|président|présidente|homologue|(?-i:[A-ZÀ-Ý])))"
_IDIOM_OBJECT = re.compile(rf"^\s*(?:{words_rx(CUES['idiom_objects'])}){WORD_END}(?!\s*(?:de|du|des|d['’]){WORD_END})", re.I)
_EVENT_OBJECT = re.compile(
    rf"^\s*{DETERMINER}\s*(?:{words_rx(CUES['event_object_modifiers'])}{SP})?{words_rx(CUES['event_objects'])}{WORD_END}"
    rf"(?!\s*(?:selon|d['’]après){WORD_END})"
    # a call for something ("ont confirmé leur appel à deux journées de grève") is words, not a phone call
    rf"(?!(?<=appel|ppels)\s*{_CALL_FOR})", re.I)


_DE_QUOTE = re.compile(rf"^(?P<de>\s*(?:de{SP}|d['’]|des{SP}|du{SP}))\s*(?:{DETERMINER}\s*)?"
                       rf"(?:[\w\u00C0-\u024F'’-]+{SP}){{0,2}}?(?P<q>[«“\"])", re.I)
_ACCUSED_OF_QUOTE = re.compile(rf"^\s*[^,;:.«»\"“”]{{1,100}}?{SP}(?:de{SP}|d['’])\s*(?P<q>[«“\"])", re.I)
# "a accusé Téhéran de tous les maux du Moyen-Orient": a name or a short noun phrase accused, then
# "de" and a determined noun phrase, the charge
_ACCUSED_OF_NP = re.compile(
    # (a name, or a determiner and a capitalised name: "le maire de la ville de négligence" is left)
    rf"^\s*(?:(?:le|la|les|l['’])\s*)?(?-i:[A-ZÀ-Ý])[\w'’-]+(?:{SP}(?-i:[A-ZÀ-Ý])[\w'’-]+)?"
    rf"{SP}(?:de{SP}|d['’])(?=(?:tous|toutes|tout|le|la|les|l['’]|son|sa|ses|leur|leurs|cette|ce|ces)\b)", re.I)
# An addressee, then "de" and a bare plural: "a averti Washington de conséquences graves" (not
# the addressee's own complement: "les habitants de la région", "de Kiev")
_ADDRESSEE_DE_BARE = re.compile(
    rf"^\s*(?:{DETERMINER}\s*[^,;:.«»\"“”]{{1,40}}?|(?-i:[A-ZÀ-Ý])[\w\u00C0-\u024F'’-]+){SP}(?:de{SP}|d['’])"
    rf"(?=[«“\"]?\s*(?!(?:la|le|les|l['’]|leur|leurs|son|sa|ses|ce|cette|ces){WORD_END}|l['’])(?-i:[a-zà-ÿ«“\"]))", re.I)
# An addressee before the object: "aux grévistes", "à ses partenaires européens" (no comma, a
# short noun phrase, then a determiner)
_ADDRESSEE_THEN_NP = re.compile(rf"^\s*(?:à|au|aux){SP}(?:{DETERMINER}\s*)?[\w\u00C0-\u024F'’-]+(?:{SP}[\w\u00C0-\u024F'’-]+){{0,2}}?{SP}(?=(?:le|la|les|l['’]|un|une|des|son|sa|ses|leur|leurs){WORD_END}|l['’])", re.I)
# "a demandé de la fermeté", "réclame davantage de moyens": a partitive object.
# "a censuré six dispositions", "a rejeté 12 amendements": a number as the determiner.
# ("400.000 participants", "1 089 000 manifestants": digits grouped by thousands)
# ("3,5 millions de manifestants", "25,5 % de grévistes": a decimal count, a share)
_NUMBER_NP = re.compile(rf"^\s*(?:\d{{1,3}}(?:[.\s\u00a0\u202f]\d{{3}})+|\d+(?:,\d+)?|{words_rx(CUES['number_words'])})"
                        rf"(?:\s*%)?{SP}(?-i:[a-zà-ÿ])", re.I)
_PARTITIVE = re.compile(rf"^\s*(?:de{SP}la|de{SP}l['’]|(?:davantage|plus|moins){SP}(?:de|d['’])"
                        # ("de nombreuses fois", "de longues heures": how often or how long)
                        rf"|de{SP}(?:{words_rx(CUES['partitive_adjectives'])}){SP}(?!(?:{words_rx(CUES['time_nouns'])}){WORD_END}))(?=[\s\w«“\"])", re.I)


_NAME_THEN_QUALIFICATION = re.compile(
    rf"^\s*(?-i:[A-ZÀ-Ý][\w\u00C0-\u024F'’-]+)(?:{SP}(?-i:[A-ZÀ-Ý][\w\u00C0-\u024F'’-]+)){{0,3}}\s*(?:d['’]|de{SP})?\s*[«“\"]", re.I)


def _complement(text: str, pos: int, end: int, verb, quotes) -> tuple[str, int] | None:
    """(complement kind, content start) after a verb, or None when no speech follows."""
    seg = text[pos:end]
    comps = verb.complements
    m = _QUE.match(seg)
    if m and "que" in comps | {"que"}:
        return "que", pos + m.end()
    if "que" in comps:
        # "a averti Washington que", "a assuré à son homologue que", "a répété à plusieurs reprises que".
        m = _OBJECT_QUE.match(seg) or _ADVERBIAL_QUE.match(seg) or ("addressee" in comps and _ADDRESSEE_QUE.match(seg))
        if m:
            return "que", pos + m.end()
    if "si" in comps:
        # a reported question: "s'est demandé si l'Europe voulait ...", "s'interroge s'il faut ..."
        # (the content without "si", as without "que")
        m = _SI.match(seg)
        if m:
            return "que", pos + m.end()
    if "de_np" in comps:
        # "a qualifié de « provocation » la frappe américaine": the qualification, then the object.
        m = re.match(rf"^\s*(?:de{SP}|d['’]|(?=(?:du|des){SP}))(?=[«“\"\w])", seg, re.I)
        if m:
            # "fait état d'une conversation": the NP after "de" is the content ("prend acte du
            # vote": the contracted article stays with it); "qualifié de
            # « provocation » la frappe": the qualification stays with its object.
            if NP_START.match(seg[m.end():]) and not seg[m.end():m.end() + 1].isupper():
                return "np", pos + m.end()
            return "np", pos + len(seg) - len(seg.lstrip())
        if _NAME_THEN_QUALIFICATION.match(seg):
            # "en qualifiant Olivier Dussopt « d'assassin »": a person named, then the quoted word
            return "np", pos + len(seg) - len(seg.lstrip())
    m = _COLON.match(seg) or _LATE_COLON.match(seg)
    if m is None and set(comps) <= {"colon", "quote"}:
        # "a réagi aux récents appels de Donald Trump à négocier ... sanctions américaines : « ... »":
        # a verb that takes nothing but words may have a long adjunct before its colon
        m = _LATER_COLON.match(seg)
    if m and m.re in (_LATE_COLON, _LATER_COLON) and (_SPEECH_PARTICIPLE.search(seg, 0, m.end()) or LEX.purpose.search(seg, 0, m.end())
                                      # ("lui a assuré avoir fait des concessions, elle lui a répondu : « ... »":
                                      # another clause's; "il déclare ne pas avoir son pass : « ... », certifie
                                      # le patron": the infinitive is the object, the quotation another's)
                                      or _CLAUSE_SUBJECT_AFTER_COMMA.search(seg, 0, m.end())
                                      or ("inf" in comps and _INF_OBJECT_START.match(seg))):
        m = None
    if m and (m.re is _COLON or ("colon" in comps and any(a == pos + m.end() for a, _ in quotes))):
        if m.re is not _COLON and verb.np_object and re.match(rf"^\s*{DETERMINER}", seg, re.I) \
                and not _EVENT_OBJECT.match(seg):
            # "Elle regrette la durée prévue de cette mesure : « on décide ... »": the object is
            # one statement, the quotation after the colon another (added by the caller).
            return "np", pos + len(seg) - len(seg.lstrip())
        return "colon", pos + m.end()
    stripped = seg.lstrip()
    if stripped[:1] in OPENERS and any(a == pos + len(seg) - len(stripped) for a, _ in quotes):
        return "quote", pos + len(seg) - len(stripped)
    if verb.reflexive:
        if "adj" in comps and re.match(rf"^\s*(?:{_DEGREE}){{0,2}}(?:prêt|prête|prêts|prêtes|ouvert|ouverte|ouverts|ouvertes|favorable|favorables|opposé|opposée|opposés|opposées|hostile|hostiles|disposé|disposée|disposés|disposées|satisfait|satisfaite|satisfaits|inquiet|inquiète|inquiets|convaincu|convaincue|convaincus|certain|certaine|sûr|sûre|confiant|confiante|déterminé|déterminée|déterminés|\w+(?:é|ée|és|ées|ible|ibles|able|ables|if|ive|ifs|ives|eux|euse|ant|ante|ants|ique|iques|aire|aires|ent|ente|ents|entes|iste|istes))\b", seg, re.I):
            return "adj", pos + len(seg) - len(seg.lstrip())
        # ("s'est félicité de", "se sont désolidarisés des propos", "s'inquiète du coût"; after a
        # town, "s'est félicité à Bruxelles du « bon départ »")
        md = re.match(rf"^\s*(?:(?:à|en){SP}(?-i:[A-ZÀ-Ý])[\w\u00C0-\u024F'’-]+{SP})?(?=(?:de{SP}|d['’]|des{SP}|du{SP}))", seg, re.I)
        if "de" in comps and md:
            return "de", pos + md.end()
        # "s'est engagé à ...", "s'est prononcé contre ...": the other complements below.
    m = _DE_INF.match(seg) if "de" in comps else None
    if m:
        # "a proposé aux États-Unis d'effectuer des frappes", "a accusé Washington de soutenir ...":
        # the content is the infinitive clause, without "de" and the object before it (the gold
        # convention: the reported clause without que/de).
        return "de", pos + m.start("inf")
    if "de" in comps and verb.polarity == "accuse":
        # "Accusant le passage de la loi de « coup de force »": the charge is the quoted words.
        m = _ACCUSED_OF_QUOTE.match(seg)
        if m and any(pos + m.start("q") == a for a, _ in quotes):
            return "np", pos + m.start("q")
        m = _ACCUSED_OF_NP.match(seg) if not verb.np_object else None   # ("a regretté le retrait de l'accord")
        if m:
            return "np", pos + m.end()
    if "de_obj" in comps:
        # "a menacé de « conséquences »", "menace de représailles": the threatened thing, no infinitive.
        m = re.match(rf"^\s*(?:de{SP}|d['’])(?=[«“\"]?\s*[\w\u00C0-\u024F])", seg, re.I)
        if m is None and "addressee" in comps:
            # "a averti les autorités britanniques de décisions « très douloureuses »": after an
            # addressee, a bare plural (not "les habitants de la région", "de Kiev")
            m = _ADDRESSEE_DE_BARE.match(seg)
        if m:
            return "np", pos + m.end()
    if "de_quote" in comps:
        # "parlant de « prises de parole confuses »": only the speaker's quoted words are speech.
        m = _DE_QUOTE.match(seg)
        if m and any(pos + m.start("q") == a for a, _ in quotes):
            return "np", pos + m.end("de")
    if "np_own" in comps and _OWN_STANCE_OBJECT.match(seg):
        # "a rappelé sa position": the speaker's own stance ("La crise rappelle la position
        # délicate de la France" is no speech)
        return "np", pos + len(seg) - len(seg.lstrip())
    if "np_policy" in comps and _POLICY_OBJECT.match(seg):
        # "a soutenu la réforme": backing a policy under debate is a position taken
        return "np", pos + len(seg) - len(seg.lstrip())
    if "np_stance" in comps and _STANCE_OBJECT.match(seg):
        # "a partagé son inquiétude", "a lancé un avertissement": a light verb and a speech act
        return "np", pos + len(seg) - len(seg.lstrip())
    m = _A_INF.match(seg) if "a_inf" in comps or "a_inf_strict" in comps else None
    if m and "a_inf" not in comps and not _INF_AFTER.match(seg, m.end()):
        # "a invité les Européens à rejoindre ..." is a request; "invité à Paris", "à la
        # conférence" is a visit: only an infinitive
        m = None
    if m:
        # "« à la sagesse »": the quoted words, "à" included
        q = "q" if m.group("q") else ("q2" if m.group("q2") else None)
        return "a_inf", pos + (m.start(q) if q else m.end())
    # "a plaidé pour une coordination des frappes" (the object NP is what is argued for),
    # "a insisté sur le fait que ..." (a que-clause in disguise).
    for prep in ("pour", "sur", "contre", "avec"):
        if prep in comps:
            # "a plaidé en faveur d'une coopération" as "pour une coopération"
            rx = rf"(?:pour|en{SP}faveur(?:{SP}de|{SP}d['’]|(?={SP}du{WORD_END}|{SP}des{WORD_END})))" if prep == "pour" else prep
            # an addressee before it: "a interpellé le gouvernement sur le coût de la mesure"
            who = rf"(?:{DETERMINER}\s*[^,;:.«»\"“”]{{1,40}}?{SP})?" if "addressee" in comps else ""
            # ("a insisté pour que ...": a que-clause after the preposition)
            m = re.match(rf"^\s*{who}{rx}(?:{SP}|(?<=['’]))(?:(?:le{SP}fait{SP})?(?:que{SP}|qu['’]))?", seg, re.I)
            if m:
                if m.group().rstrip().lower().endswith(("que", "qu'", "qu’")):
                    return "que", pos + m.end()
                if prep == "sur" and _PLACE_NOUN_START.match(seg, m.end()):
                    # ("ont interpellé quelques individus sur la place Bellecour": a place, not a topic)
                    return None
                if NP_START.match(seg[m.end():]):
                    return "np", pos + m.end()
                return prep, pos + len(seg) - len(seg.lstrip())
    if "inf" in comps:
        m = _INF.match(seg)
        if m:
            word = re.findall(r"[\w\u00C0-\u024F]+", m.group())[-1].lower()
            # "a annoncé avoir effectué", "toujours s'appuyer"; not a noun phrase ("le pouvoir").
            if word in ("avoir", "être") or (word not in _NOT_INF and not NP_START.match(seg)):
                return "inf", pos + len(seg) - len(seg.lstrip())
    if "np_attr" in comps and _JUDGEMENT_FIRST.match(seg):
        # "a jugé erroné le retrait américain", "juge nécessaire de maintenir les sanctions": the
        # judgement first, then what it is about (an infinitive with its own object: not "a jugé
        # utile de préciser que ...", nor "le texte qu'il juge nécessaire d'amender sera ...")
        return "np", pos + len(seg) - len(seg.lstrip())
    if "np_attr" in comps and re.match(rf"^\s*{DETERMINER}", seg, re.I):
        # "il juge la méthode retenue « contestable »": an object and the judgement on it.
        chunk = text[pos:_phrase_end(text, pos, end, quotes)].rstrip(" .;!?")
        if _JUDGEMENT_END.search(chunk):
            return "np", pos + len(seg) - len(seg.lstrip())
    ma = _ADDRESSEE_THEN_NP.match(seg) if verb.np_object and verb.polarity in ("propose", "demand", "assert") else None
    if ma:
        # "proposaient aux grévistes l'arrêt de leur outil de travail", "a annoncé aux salariés la
        # fermeture du site": the addressee, then what is proposed or announced
        seg, pos = seg[ma.end():], pos + ma.end()
    for _ in range(2):
        mb = _BETWEEN.match(seg) if verb.np_object else None
        if mb and (re.match(rf"^\s*,?\s*{DETERMINER}", seg[mb.end():], re.I) or _NUMBER_NP.match(seg[mb.end():])):
            # "évoquait déjà cette possibilité", "a dénoncé à nouveau la réforme": an adverb
            # between the verb and its object
            rest = seg[mb.end():].lstrip(" ,")
            seg, pos = rest, pos + len(seg) - len(rest)
    if verb.np_object and (re.match(rf"^\s*{DETERMINER}", seg, re.I) or _PARTITIVE.match(seg) or _NUMBER_NP.match(seg)):
        if _IDIOM_OBJECT.match(seg):
            # "La plateforme avait annoncé la couleur mercredi": an idiom, not an announcement
            return None
        if verb.polarity in ("assert", "confirm") and "de_np" not in comps and verb.lemma not in _POSITION_VERBS \
                and _EVENT_OBJECT.match(seg):
            # "a confirmé l'appel", "a annoncé sa démission": that a contact happened, not words.
            # Denials, refusals and demands of an event are positions ("a démenti toute rencontre",
            # "a demandé une réunion d'urgence"); "a qualifié la réunion de « coup »" characterises it.
            return None
        return "np", pos + len(seg) - len(seg.lstrip())
    # "a reconnu un « faible niveau de confiance »", "a dénoncé une « provocation »": a verb of
    # saying whose object NP quotes the speaker's words reports them, even for verbs that take no
    # plain NP object (the quotation marks are the journalist's sign of speech).
    if _quoted_np(text, pos, end, quotes):
        return "np", pos + len(seg) - len(seg.lstrip())
    return None


# An auxiliary of a compound tense: a coordinated bare participle after one belongs to it.
_SUBJ_CLITIC_AT = re.compile(rf"(?:{words_rx(SUBJ_CLITICS)}){WORD_END}", re.I)
_AUX_FORM = re.compile(rf"{WORD_START}(?:{words_rx(AUX + BE)})(?:-(?:t-)?(?:{words_rx(SUBJ_CLITICS)}))?(?![\w\u00C0-\u024F'’-])", re.I)

_NP_STOP = re.compile(
    rf"{SP}(?:(?:et|mais|puis){SP}(?:(?:ne{SP}|n['’]\s*)?(?:a|ont|avait|avaient)|s['’]est|se{SP}sont){SP}|lors{SP}(?:de|du|des|d['’])|au{SP}cours{SP}(?:de|du|des|d['’])|"
    # (a negated verb after "et": "a soutenu la réforme et ne veut pas « rajouter du chaos »")
    # ("un texte clair et ne laissant aucune ambiguïté": a participle in -ant describes the object)
    rf"(?:et|mais|puis){SP}(?:ne{SP}|n['’]\s*)(?!importe{WORD_END})(?![\w\u00C0-\u024F]+ant{WORD_END})|"
    rf"à{SP}l['’]issue{SP}(?:de|du|des|d['’])|en{SP}marge{SP}(?:de|du|des|d['’])|devant{SP}(?:la{SP}presse|les{SP}journalistes|des{SP}journalistes)|{_VOTES}{WORD_END}"
    # (a count set against another source's: "ont revendiqué 50 000 participants contre 8000
    # selon la préfecture": the second count is the prefecture's statement)
    rf"|contre{SP}(?=(?:(?:près|plus|moins){SP}de{SP}|environ{SP})?\d[\d\s\u00a0\u202f.,]*(?:{SP}[\w\u00C0-\u024F-]+)?{SP}(?:selon|d['’]après){WORD_END}))", re.I)


def _np_end(text: str, cstart: int, s1: int, quotes) -> int:
    """End of a noun-phrase object of a verb of saying: its phrase, cut before a coordinated verb
    or a circumstance of the speech act ("a reconnu une « erreur » et a exprimé ses regrets", "a
    dénoncé une manœuvre lors d'une réunion"), trailing spaces left out."""
    ce = _phrase_end(text, cstart, s1, quotes)
    rel = _relative_saying(text, cstart, ce, _half_open(quotes))
    if rel is not None:
        ce = _strip_connector_back(text, cstart, rel)
    for rx in (_NP_STOP, _GERUND_FRAME, _WHEREAS):
        # (a gerund of saying, "tandis que X demandait ...": the next statement)
        mstop = rx.search(text, cstart, ce)
        if mstop and not any(a < mstop.start() <= b for a, b in quotes):
            ce = mstop.start()
    for mc in _COORD_NEXT.finditer(text, cstart, ce):
        # "ont voté le texte et réclament désormais un référendum": the subject's next verb of saying
        mv = LEX.simple.match(text, mc.end())
        if mv and LEX.verb_of(mv.group("v")) is not None and not any(a < mc.start() <= b for a, b in quotes):
            ce = mc.start()
            break
    return max(cstart, strip_span(text, cstart, ce)[1])


def _phrase_end(text: str, pos: int, end: int, quotes, *, stop_at_comma: bool = True) -> int:
    """End of a noun-phrase content: the first comma (or ';', '.') outside quotes and brackets."""
    depth = 0
    qs = _half_open(quotes)
    for i in range(pos, end):
        ch = text[i]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif depth == 0 and not _in_any(i, qs) and (ch in ";" or (ch == "," and stop_at_comma and not (
                # ("3,5 millions de manifestants": a decimal comma)
                text[i - 1:i].isdigit() and text[i + 1:i + 2].isdigit()))):
            return i
    return end


# a determiner right after a quotation: the quoted words qualify the noun phrase that follows
# ("jugeant « exagérées » les attentes")
_DETERMINER_NEXT = re.compile(rf"\s*(?:{DETERMINER})\s*\w", re.I)


def _add_inherited(text: str, frames: list, claimed: list, cue: tuple[int, int], start: int, cstart: int, s1: int,
                   quotes, verb, channel: str, frame_type: str, ckind: str) -> None:
    """A frame whose speaker is the main clause's ("..., ajoutant que", "pour annoncer que", "et
    réclamé"): its content runs to the end of the clause (a noun phrase: to its end), and the
    words from ``start`` to there are claimed."""
    ce = _clause_end(text, cstart, s1, quotes) if ckind != "np" else _np_end(text, cstart, s1, quotes)
    q_end = next((b + 1 for a, b in quotes if a == cstart), None) if ckind == "quote" else None
    if q_end is not None and q_end < ce:
        # ("Un homme en criant « Allahou akbar » a blessé deux passants": the words quoted, not
        # the main clause's verb after them; "jugeant « exagérées » les attentes" keeps its object)
        ce = _np_end(text, q_end, s1, quotes) if _DETERMINER_NEXT.match(text, q_end, s1) else q_end
        mv = FINITE_AFTER_SUBJECT.search(text, q_end, ce)
        ce = mv.start() if mv else ce
    frames.append(Frame("", cue, (cstart, ce), None, verb, channel, inherit=True,
                        frame_type=frame_type, complement=ckind))
    claimed.append((start, ce))


_SIDE_PREP = re.compile(rf"\s*(?:contre|pour|en{SP}faveur)(?=\s)", re.I)
_FOR_ONES_PART = re.compile(rf"\s*pour{SP}(?:sa|leur|ma|ta|notre|votre){SP}part{WORD_END}", re.I)
_COLON_THEN_QUOTE = re.compile(r"[^«“\":.;!?]{0,80}:\s*(?=[«“\"])")
_ABSTRACT_SUBJECT = re.compile(rf"(?:le|la|les|l['’]|un|une|ce|cet|cette|ces)\s*(?:{words_rx(CUES['abstract_subjects'])}){WORD_END}", re.I)
# a description right before a name ("l'écologiste", "le député LFI", "la présidente du RN")
_DESCRIBED_BEFORE = re.compile(r"(?<![\w\u00C0-\u024F'’-])(?:l['’]|le\s+|la\s+)(?-i:[a-zà-ÿ-]{3,})(?:\s+(?-i:[A-Z]{2,}|[a-zà-ÿ-]{3,}))?\s+$", re.I)
# the name right before ", pour qui" (its words capitalised)
_NAME_BEFORE_FOR_WHOM = re.compile(rf"(?<![\w\u00C0-\u024F'’-])(?P<n>{_NAME_WORD}(?:{_NAME_NEXT})*)\s*$")
_FOR_WHOM = re.compile(rf"\s*,\s*(?P<cue>(?:pour|selon){SP}qui|aux{SP}yeux{SP}de{SP}qui){SP}", re.I)


# "Une annonce que déplorent les restaurateurs", "un rappel à l'ordre qu'avait lancé X": the
# object of the verb of saying is the antecedent of "que", its subject comes after the verb.
_RELATIVE_QUE = re.compile(rf"(?:^|(?<=[\s,]))(?:que|qu['’])\s*$", re.I)
_CEST = re.compile(rf"^\s*(?:c['’]est|ce{SP}sont|c['’]était){SP}", re.I)


def _relative_inverted(text: str, s0: int, s1: int, m, typ: str, verb, quotes) -> Frame | None:
    """The frame of a verb of saying in a relative clause with its subject after it, whose
    content is the noun phrase the relative hangs on ("C'est une décision que regrette le
    Kremlin"); None when the verb is not in that shape."""
    vs, ve = m.start(), m.end()
    rq = _RELATIVE_QUE.search(text, s0, vs)
    if rq is None or not (verb.np_object or {"np", "np_stance"} & verb.complements):
        return None
    start = max(s0, text.rfind(",", s0, rq.start()) + 1)
    if not text[start:rq.start()].strip():
        # "La réforme, que conteste la CGT, ...": the antecedent is before the comma.
        start = max(s0, text.rfind(",", s0, start - 1) + 1)
    mc = _CEST.match(text, start, rq.start())
    a, b = strip_span(text, mc.end() if mc else start, rq.start())
    antecedent = text[a:b]
    if not re.match(rf"^{DETERMINER}", antecedent, re.I) or len(antecedent.split()) > 10 \
            or any(a <= q < b for q, _ in quotes) or re.match(rf"^ce{WORD_END}", antecedent, re.I):
        return None
    if not verb.np_object and "np" not in verb.complements and not _STANCE_OBJECT.match(antecedent):
        return None
    after_pos, channel = _skip_adverbials(text, ve, s1)
    if not NP_START.match(text[after_pos:s1]) or re.match(rf"^\s*(?:que|qu['’]){WORD_END}", text[after_pos:s1], re.I):
        return None
    sp = strip_span(text, after_pos, subject_np_end(text, after_pos, s1, quotes))
    if sp[0] >= sp[1]:
        return None
    return Frame("", (vs, ve), (a, b), sp, verb, channel, frame_type="relative", complement="np")


_COLON_POSTURE = re.compile(rf"(?:{words_rx(CUES['colon_postures'])}){WORD_END}|parl\w*{SP}d['’]une{SP}(?:même|seule){SP}voix", re.I)
_EVOKING = re.compile(rf"\s*(?:{DETERMINER}\s*)?(?:{words_rx(CUES['evoking_subjects'])}){WORD_END}", re.I)
_VIEW_OPENING = re.compile(r"\s*(?:selon|d['’]après|pour|de\s+l['’]avis)\b", re.I)


def _speaker_like(np: str) -> bool:
    """Whether a subject can speak: a pronoun, a capitalised word after its determiner ("L'Élysée",
    "Sergueï Lavrov"), or a noun phrase headed by a person, body or medium noun ("le ministre");
    not a thing ("la déclaration", "ce texte")."""
    np = np.strip()
    words = re.sub(rf"^{DETERMINER}\s*", "", np, flags=re.I).split()
    return bool(PRONOUN.match(np) or any(w[:1].isupper() for w in words)
                or head_noun(actors_mod.fold(np))[0] or (len(words) <= 3 and np[:1].isupper()
                                                         and not NP_START.match(np.lower())))


def find_frames(text: str, s0: int, s1: int, quotes, ctx_register_find=None) -> list[Frame]:
    """Every frame of one sentence, in text order.

    ``ctx_register_find(snippet)`` -> [(start, end)] of register actors at the start of a snippet
    (for "Après avoir démenti ..., les États-Unis").
    """
    frames: list[Frame] = []
    claimed: list[tuple[int, int]] = []
    verbs = verb_matches(text, s0, s1, quotes)
    # "Comme l'a annoncé la préfecture, ...": the verb of an "as X said" cue is read with its
    # source in the third pass, like "selon"
    as_said_ms = list(_AS_SAID.finditer(text, s0, s1))
    as_said = [(m.start(), m.end()) for m in as_said_ms if not _in_quote(m.start(), quotes)]
    if as_said:
        verbs = [v for v in verbs if not _in_any(v[1].start(), as_said)]
    clause_start = s0
    after_speaker = -1  # where the last inverted frame's speaker ends

    # 1. Inverted frames: the content comes before the verb.
    relays: list[int] = []  # where a media relay after a direct-order report begins
    for typ, m, verb, pron in verbs:
        vs, ve = m.start(), m.end()
        if _in_any(vs, claimed):
            continue
        rel = _relative_inverted(text, s0, s1, m, typ, verb, quotes) if typ in ("compound", "simple") else None
        if rel is not None:
            frames.append(rel)
            claimed.append((rel.content[0], rel.speaker[1]))
            continue
        if typ == "compound" and text[max(s0, vs - 3):vs].lower() in ("qu'", "qu’"):
            # "C'est ce qu'a demandé le ministre": the cleft is read from the sentence before
            # (in the tagger); a glued auxiliary serves the relative frame only.
            claimed.append((vs, ve))
            continue
        before = text[clause_start:vs].rstrip()
        after_pos, channel = _skip_adverbials(text, ve, s1)
        if typ == "inverted":
            inverted = True
        elif typ in ("compound", "simple", "reflexive") and before and _OBJECT_CLITIC_END.sub("", before)[-1:] in (",", "»", "”", '"'):
            # ("« ... », nous dit Daniel", "« ... », lui a répondu le ministre": an object clitic)
            before = _OBJECT_CLITIC_END.sub("", before)
            comp = _complement(text, after_pos, s1, verb, quotes)
            prev_chunk = before.rstrip(",").rstrip()
            inverted = comp is None or comp[0] == "np" or (
                # "« ... », s'inquiète X, interrogé par Le Parisien : « ... »": a quotation before
                # the verb and its subject after it; the colon opens X's next quotation
                comp[0] == "colon" and (prev_chunk[-1:] in ("»", "”", '"')
                                        # ("La mesure est incohérente, explique un directeur de
                                        # festival : « ... »": a clause with its own verb before)
                                        or FINITE_AFTER_SUBJECT.search(prev_chunk) is not None)
                and NP_START.match(text[after_pos:comp[1]].lstrip()) is not None)
            rel = _RELATIVE_LAST.search(prev_chunk)
            named_end = subject_np_end(text, after_pos, s1, quotes) if rel and comp is None else -1
            named_after = text[after_pos:named_end].strip(" ,.") if named_end >= 0 else ""
            if named_after and verb is not None and not verb.np_object and "addressee" not in verb.complements \
                    and not _SUBORDINATE_START.match(text, clause_start, vs) \
                    and (_NAME_ONLY.match(named_after) or _HONORIFIC_ONLY.fullmatch(named_after)) \
                    and not text[named_end:s1].strip(" .") \
                    and FINITE_AFTER_SUBJECT.search(text, clause_start, clause_start + rel.start()):
                # ("Il est prévu que les deux présidents se rencontreront au Forum, qui se tiendra
                # les 24 et 25 mai, a précisé M. Ouchakov.": a clause with its own verb, then a
                # relative on its last noun, and a name closing the sentence after a verb of saying
                # that takes no object: "a interpellé M. Véran" names whom the subject addressed)
                rel = None
            if rel and not _in_quote(clause_start + rel.start("p"), quotes):
                # ("X, qui a annoncé ..., a dit": the subject before; not a relative inside the
                # quotation: "« Avec de tels amis, qui a besoin d'ennemis ? », a poursuivi X")
                inverted = False
            # "La représentante à l'ONU, Samantha Power, a dénoncé ...": a name (or a role
            # apposition) before the comma is the subject, not a reported clause.
            last = re.split(r"[,:]", prev_chunk)[-1].strip()
            person_name = _person_name(last)
            if before[-1] == "," and last and (person_name or _role_phrase(last) or _VOICE_AT.match(last)
                                               or _STRESSED_PRONOUN.match(last)):
                # ("Le syndicat FO, lui, juge ...": a stressed pronoun sets the subject apart.)
                inverted = False
            # "Le Sénat, à majorité de droite, a adopté ...": a short NP and its prepositional
            # apposition are the subject, not a reported clause.
            # "Le ministre, ancien député, a fustigé la réforme", "La présidente de la région,
            # candidate à l'élection de 2022, a fustigé ...": so is a bare role apposition.
            parts = prev_chunk.split(",")
            # ("Les pourparlers reprendront lundi, organisés sous l'égide de l'ONU, a annoncé le
            # porte-parole": a first chunk with a finite verb is a reported clause, and the
            # participle describes it)
            while len(parts) > 2 and is_intro(parts[0].strip()):
                # "Le lendemain, le Conseil constitutionnel, sous la houlette de X, avait validé"
                parts = parts[1:]
            after_source = _FINITE_WORD.search(parts[0]) is not None or FINITE_AFTER_SUBJECT.search(parts[0]) is not None \
                or (re.match(r"\s*(?:les|des|ces|leurs|nos|vos|plusieurs)\s", parts[0], re.I) is not None
                    and _PLURAL_FINITE.search(parts[0]) is not None)
            if before[-1] == "," and len(parts) >= 2 and NP_START.match(parts[0].strip()) \
                    and len(parts[0].split()) <= 7 and not _DEFINITE_CLAUSE.search(f" {parts[0]} ") \
                    and not _CLAUSE_CLITIC.search(parts[0]) \
                    and not any(clause_start <= a < vs for a, _ in quotes) \
                    and all(_APPOSITION_PP.match(p.strip()) or _role_phrase(p) or _bare_apposition(p)
                            or _INCISE_PARTICIPLE.match(p.strip()) or _AGENT_APPOSITION.match(p)
                            or (_PARTICIPLE_THEN_COMPLEMENT.match(p) and not after_source) for p in parts[1:]):
                inverted = False
            # (after any adverbial chunks: "Malgré ce revers, mauvais présage pour le vote, David
            # Lidington, le numéro deux du gouvernement, a écarté ...")
            if before[-1] == "," and len(parts) >= 2 and _full_name(parts[-2]) \
                    and (len(parts) == 2 or NP_START.match(parts[-1].strip()) is not None or _bare_apposition(parts[-1])) \
                    and not any(clause_start <= a < vs for a, _ in quotes) \
                    and not FINITE_AFTER_SUBJECT.search(text, clause_start, vs):
                # "David Lidington, le numéro deux du gouvernement britannique, a écarté ...": a
                # full name and its apposition, with no verb, are the subject, not a reported clause
                inverted = False
            if inverted and not (NP_START.match(text[after_pos:s1].lstrip()[:40] or "x")
                                 or _DEMONSTRATIVE_WHO.match(text, after_pos, s1)):
                inverted = False
            if inverted and _OWN_STANCE_OBJECT.match(text, after_pos, s1):
                # "X, dont le chef ... projette ..., a aussi dit son opposition": a stance named
                # with a possessive is the verb's object, no postposed subject ("l'opposition" may be)
                inverted = False
            if inverted and _plural_verb(m.group()) and _SINGULAR_NP.match(text, after_pos, s1) \
                    and not _ET_NP.search(text, after_pos, subject_np_end(text, after_pos, s1, quotes)):
                # "Quelque 250 parlementaires, principalement de gauche, réclament un référendum":
                # a plural verb has no singular subject after it; the noun phrase is its object
                inverted = False
        else:
            inverted = False
        if not inverted:
            continue
        cs, ce = strip_span(text, clause_start, clause_start + len(before))
        if cs >= ce:
            continue
        conj = _ENDS_WITH_CONJ.search(text, cs, ce)
        if conj is not None and text[cs:conj.start()].rstrip(" ,")[-1:] in ("»", "”", '"'):
            # ("« A », mais, prévient X, « B »": the quotation before the conjunction is X's too)
            conj = None
        if conj is not None:
            # "..., lundi sur Public Sénat, car, a-t-il rappelé « ... »": a conjunction right
            # before the inverted verb opens a new clause, whose words come after it; what
            # stands before the conjunction is not reported by this verb
            cs = conj.start("c")
        lq = next(((a, b) for a, b in quotes if cs < a and b + 1 == ce), None)
        lead_subject = None
        colon_quote = lq is not None and text[cs:lq[0]].rstrip().endswith(":") and not any(cs <= a < lq[0] for a, _ in quotes)
        if colon_quote and pron:
            # "Le ministre, Stephen Barclay, a été clair : « Le vote est pour mardi », a-t-il dit":
            # what is reported is the quotation after the colon, and the pronoun after the verb
            # stands for the subject of the clause that announces it, when that is a person
            # named or described ("Cette mesure ne change rien pour Victor : « ... », dit-il" stays)
            # (not after a passive, "a été interpellé par un manifestant : « ... », a-t-il crié", nor
            # when the clause names another person, "a reçu Sophie Binet : « ... », a-t-elle dit",
            # nor when the pronoun's gender is not the subject's)
            fin = FINITE_AFTER_SUBJECT.search(text, cs, lq[0])
            lead_subject = subject_before(text, cs, fin.start(), quotes) if fin else None
            who = text[lead_subject[0]:lead_subject[1]] if lead_subject else ""
            g = pronoun_group(m)
            if who and not PRONOUN.match(who) and any(_full_name(c.strip()) or _role_phrase(c) for c in who.split(",")) \
                    and not _PASSIVE_AGENT.search(text, fin.end(), lq[0]) \
                    and not _OTHER_NAME.search(text, fin.end(), lq[0]) \
                    and _gender_fits(who, m.group(g)):
                cs = lq[0]
            else:
                lead_subject = None
        colon = text.rfind(":", cs, ce)
        if pron and lq is None and colon > cs and not _in_quote(colon, quotes) \
                and not any(cs <= a < ce for a, _ in quotes):
            # "Les deux dirigeants parlent d'une même voix : il existe un moyen ..., disent-ils":
            # the clause before the colon has its own verb and subject, whom the pronoun stands
            # for; what is reported is what the colon opens
            fin = FINITE_AFTER_SUBJECT.search(text, cs, colon) or LOWER_FINITE.search(text, cs, colon)
            # (only a posture of speech before the colon: "est clair", "parlent d'une même voix";
            # "Le gouvernement a échoué : ..., a-t-il lancé" is the previous speaker's)
            subj = subject_before(text, cs, fin.start(), quotes) if fin and _COLON_POSTURE.search(text, fin.start(), colon) else None
            g = pronoun_group(m)
            if subj is not None and not PRONOUN.match(text[subj[0]:subj[1]]) and _speaker_like(text[subj[0]:subj[1]]) \
                    and _gender_fits(text[subj[0]:subj[1]], m.group(g)) \
                    and strip_span(text, colon + 1, ce)[0] < ce:
                cs, lead_subject = strip_span(text, colon + 1, ce)[0], subj
        if colon_quote and cs != lq[0] and any(
                cs <= m2.start() < lq[0]
                # (a verb whose own object comes before the colon: "il déclare ne pas avoir son pass :
                # « ... », certifie le patron"; not one the colon introduces, "X a prévenu ses
                # ministres : « ... », a rapporté un conseiller", whose quotation stays X's)
                and (_complement(text, _skip_adverbials(text, m2.end(), s1)[0], s1, v2, quotes) or ("colon",))[0] != "colon"
                for _, m2, v2, _ in verbs):
            # the clause before the colon has its own verb of saying; the inverted verb reports the quotation
            cs = lq[0]
        if frames and frames[-1].frame_type == "inverted" and clause_start == after_speaker \
                and (ma := _ADJUNCT_AT.match(text[cs:ce] + ",")) and ma.end() == ce - cs \
                and not any(cs <= a < ce for a, _ in quotes):
            # "« ... », a déclaré X lors de cet entretien, précise le site de la présidence": the
            # second verb relays the first statement; the adjunct between them says nothing.
            continue
        # ("X a jugé qu'il n'y avait « pas de possibilités », ont indiqué des sources" is X's;
        # "« X a déclaré que ... », rapporte Y" is Y's)
        if _relayed_clause(text, cs, ce, after_pos, s1, verbs, quotes):
            # "X a déclaré que ..., rapporte la télévision": the clause reports its own speaker's
            # words; the relay adds nothing (the direct-order frame below takes them, up to it).
            relays.append(text.rfind(",", cs, vs) if text.rfind(",", cs, vs) > cs else vs)
            continue
        if pron and lead_subject is not None:
            sp_span, np_end, pron = lead_subject, ve, None
        elif pron:
            g = pronoun_group(m)
            sp_span = (m.start(g), m.end(g))
            np_end = ve
        elif (dw := _DEMONSTRATIVE_WHO.match(text, after_pos, s1)) is not None:
            # "..., a ainsi lancé celle qui a annoncé sa candidature": the pronoun stands for the
            # person just quoted; the relative clause describes her.
            np_end = subject_np_end(text, after_pos, s1, quotes)
            sp_span = (dw.start("p"), dw.end("p"))
        else:
            np_end = subject_np_end(text, after_pos, s1, quotes)
            sp_span = strip_span(text, after_pos, np_end)
            if sp_span[0] >= sp_span[1] or _ABSTRACT_SUBJECT.match(text, sp_span[0], sp_span[1]):
                # ("La formule, reprise par la Ligue dans une campagne, résume l'enjeu qui ...":
                # a thing after the verb is its object, no one speaks)
                continue
        tail, channel2 = _skip_adverbials(text, np_end, s1)
        chan = "; ".join(c for c in (channel, channel2) if c)
        # An incise: "Les discussions, a précisé le diplomate, se poursuivront." The content
        # runs on after the frame; it spans the whole clause, frame inside (like a split quote).
        rest = text[tail:s1]
        if re.match(r"^\s*,\s*\S", rest) and text[vs - 2:vs].strip() == "," \
                and not any(a == tail + len(rest) - len(rest.lstrip(" ,")) for a, _ in quotes):
            after = text[tail:s1].lstrip(" ,")
            if not (_PARTICIPLE_FRAME.match("," + after) or re.match(rf"^(?:en{SP})?\w+ant{WORD_END}|^(?:sans|lors|selon|avant|après|tout|alors|qui|dont|ce qui|pour{SP}qui){WORD_END}", after, re.I)) \
                    and not any(m2.start() > tail for _, m2, _, _ in verbs) and ACCORDING.search(text, tail, s1) is None:
                before_txt = text[clause_start:vs].rstrip(" ,")
                if before_txt and not any(a >= clause_start and b < vs for a, b in quotes):
                    frames.append(Frame("", (vs, ve), (clause_start, s1), sp_span, verb, chan, pron,
                                        frame_type="incise"))
                    claimed.append((clause_start, s1))
                    clause_start = s1
                    continue
        if not chan:
            cm = _CHANNEL.search(text, np_end, s1)
            if cm and cm.start() - np_end < 5:
                chan = squash_ws(cm.group())
        frames.append(Frame("", (vs, ve), (cs, ce), sp_span, verb, chan, pron, frame_type="inverted"))
        # (from the quotation when the clause before its colon was left out for its own verb of
        # saying, read in the second pass)
        claimed.append((cs if lq is not None and cs == lq[0] and lead_subject is None else clause_start, max(np_end, ve)))
        clause_start = after_speaker = max(np_end, ve)
        # « A », a-t-il ajouté, « B »: the second quotation belongs to the same frame (also after
        # an adjunct, "Mais, explique X, dans cette lettre envoyée mardi, « B »", or with no comma
        # after a conjunction, "..., car, a-t-il rappelé « B »")
        rest = text[clause_start:s1]
        mq = re.match(r"^\s*,\s*", rest) or (re.match(r"^\s*", rest) if conj is not None else None)
        if tail > clause_start and not any(clause_start <= a < tail for a, _ in quotes) \
                and (mt := re.match(r"\s*,?\s*", text[tail:s1])) and any(a == tail + mt.end() for a, _ in quotes):
            mq, clause_start = mt, tail
        if mq:
            qpos = clause_start + mq.end()
            q = next(((a, b) for a, b in quotes if a == qpos), None)
            if q is not None and (mv := re.match(r"\s*,\s*", text[q[1] + 1:s1])) is not None \
                    and any(m2.start() == q[1] + 1 + mv.end() for _, m2, _, _ in verbs):
                # ("« A », a répondu X lundi soir, « B », a rétorqué Y": B is Y's)
                q = None
            first = next(((a, b) for a, b in quotes if a == cs), None)
            if q and first:
                # One statement from the first quoted word to the last, the insert included
                # (offsets stay contiguous), as the gold conventions code split quotes.
                frames[-1].content = (cs, q[1] + 1)
                frames[-1].frame_type = "split"
                claimed.append((clause_start, q[1] + 1))
                clause_start = q[1] + 1
            elif q:
                frames.append(Frame("", (vs, ve), (q[0], q[1] + 1), sp_span, verb, chan, pron,
                                    frame_type="inverted"))
                claimed.append((clause_start, q[1] + 1))
                clause_start = q[1] + 1
        mc = _COLON_THEN_QUOTE.match(text, clause_start, s1)
        if mc and not any(clause_start <= m2.start() < mc.end() for _, m2, _, _ in verbs):
            # "« A », s'inquiète X, le directeur du festival, interrogé par Le Parisien : « B »":
            # the colon opens the same speaker's next quotation.
            q = next(((a, b) for a, b in quotes if a == mc.end()), None)
            if q:
                frames.append(Frame("", (vs, ve), (q[0], q[1] + 1), sp_span, verb, chan, pron,
                                    frame_type="inverted"))
                claimed.append((clause_start, q[1] + 1))
                clause_start = q[1] + 1
        mw = _FOR_WHOM.match(text, clause_start, s1)
        if mw:
            # "..., a souligné le président, pour qui l'UE « a besoin d'une refondation »": the
            # relative gives the speaker's view, a statement of its own.
            ws, we = strip_span(text, mw.end(), _clause_end(text, mw.end(), s1, quotes))
            if we > ws:
                frames.append(Frame("", (mw.start("cue"), mw.end("cue")), (ws, we), sp_span, None, chan, pron,
                                    frame_type="for-whom"))
                claimed.append((clause_start, we))
                clause_start = we

    # 2. Direct-order and participial frames: the content follows the verb.
    last_speaker_frame = None
    leads: list[Frame] = []
    incises: list[Frame] = []  # "Le ministre, tout en critiquant X, a annoncé ...": resolved below
    for typ, m, verb, pron in verbs:
        vs, ve = m.start(), m.end()
        if _in_any(vs, claimed):
            continue
        after_pos, channel = _skip_adverbials(text, ve, s1)
        comp = _complement(text, after_pos, s1, verb, quotes)
        mq = _COMMA_QUOTE.match(text, after_pos, s1) if comp is None and "quote" in verb.complements else None
        if mq and _OBJECT_CLITIC.search(text, max(s0, vs - 4), vs) and any(a == mq.end() for a, _ in quotes):
            # "Le ministre le répète, « cette réforme est nécessaire »": the clitic announces the quotation.
            comp = ("quote", mq.end())
        nothing = re.search(r"[«“\"]?\s*\brien\b", m.group()) if typ == "negated" and comp is None else None
        if nothing:
            # "Emmanuel Macron n'a rien exclu lundi soir": the content is "rien" (with what it
            # rules out, quoted or not), inside the cue
            comp = ("np", vs + nothing.start())
        if comp is None:
            continue
        ckind, cstart = comp
        if typ == "purpose":
            # "s'est présenté devant les journalistes pour évoquer un « pass qui fracture »",
            # "a expliqué X, avant de rappeler que ...": the main clause's subject speaks.
            # A plain object ("pour défendre sa loi", "pour adopter la réforme") is an aim, not words:
            # only a quoted one is. After "Selon lui, ..." the main clause is itself reported: what
            # it says something says ("ces documents ... pour leur dire que") belongs to that report.
            # (A verb of blame or demand names words even with a plain object: "pour dénoncer les
            # frappes", "pour réclamer sa démission".)
            # (and so does a stance said as a noun: "ont pris la parole pour exprimer leur
            # mécontentement", "défilaient pour dire leur opposition au projet")
            stated = ckind == "np" and (("np_stance" in verb.complements and bool(_STANCE_OBJECT.match(text[cstart:s1])))
                                        or ("np_own" in verb.complements and bool(_OWN_STANCE_OBJECT.match(text[cstart:s1]))))
            # ("défilaient pour dire non au projet": a refusal said, with what it refuses; complement
            # purpose_a_inf in speech_verbs.csv, not "pour fermer la porte à tout amendement")
            said_to = ckind == "a_inf" and "purpose_a_inf" in verb.complements
            if (ckind not in ("que", "colon", "quote", "inf", "de", "np") and not said_to) or _ACCORDING_LEAD.match(text, s0) or (
                    ckind == "np" and verb.polarity not in WORD_POLARITIES and not stated
                    and not _quoted_np(text, cstart, s1, quotes)):
                continue
            if ckind == "np" and not stated and _PROTEST_ACTION.search(text, s0, vs) \
                    and not _quoted_np(text, cstart, s1, quotes):
                # "des milliers de manifestants ont défilé pour protester contre le pass": the aim
                # of a march or a strike, not words (the gold conventions code no protest action)
                continue
            _add_inherited(text, frames, claimed, (vs, ve), vs, cstart, s1, quotes, verb, channel, "purpose", ckind)
            continue
        if typ == "coordinated":
            # "a dénoncé un « mauvais accord » et réclamé des élections": the participle shares the
            # auxiliary, and the subject, of the compound verb of saying before it.
            prev = [f for f in frames if f.cue[1] <= vs and f.content[0] < vs]
            if not prev:
                # "Washington a rétabli des sanctions et lancé un avertissement aux pays ...": after
                # a compound verb that is no speech, the same subject; only words or a speech act.
                auxes = list(_AUX_FORM.finditer(text, s0, vs))
                # ("ont soutenu et salué la décision": two verbs of saying sharing one object, the
                # first left without its own)
                paired = any(t2 == "compound" and not text[m2.end():vs].strip() for t2, m2, _, _ in verbs)
                if not auxes or not FINITE_AFTER_SUBJECT.search(text, max(s0, auxes[-1].start() - 1), auxes[-1].end()) \
                        or (ckind == "np" and verb.np_object and verb.polarity not in WORD_POLARITIES and not paired):
                    continue
                _add_inherited(text, frames, claimed, (m.start("v"), ve), vs, cstart, s1, quotes, verb, channel,
                               "coordinated", ckind)
                continue
            if not _AUX_FORM.search(text[prev[-1].cue[0]:prev[-1].cue[1]]) or \
                    _aux_outside_quotes(text, prev[-1].cue[1], vs, _half_open(quotes)):
                continue
            _add_inherited(text, frames, claimed, (m.start("v"), ve), vs, cstart, s1, quotes, verb, channel, "coordinated", ckind)
            continue
        if typ == "narrative":
            # "Et de conclure : « ... »": the speaker of the statement before goes on; "Et la
            # source de conclure": the subject between "Et" and "de" speaks.
            if ckind not in ("que", "colon", "quote", "inf", "de", "np"):
                continue
            lead = _NARRATIVE_LEAD.fullmatch(text, s0, vs)
            if lead.group("s"):
                ce = _clause_end(text, cstart, s1, quotes) if ckind != "np" else _np_end(text, cstart, s1, quotes)
                frames.append(Frame("", (vs, ve), (cstart, ce), strip_span(text, *lead.span("s")), verb, channel,
                                    frame_type="narrative", complement=ckind))
                claimed.append((s0, ce))
            else:
                _add_inherited(text, frames, claimed, (vs, ve), vs, cstart, s1, quotes, verb, channel, "narrative", ckind)
            continue
        if typ == "participle":
            # "..., affirmant avoir visé ...", "tout en accusant Washington de vouloir ...":
            # an infinitive or a 'de' clause continues the speech act too.
            if ckind not in ("que", "colon", "quote", "inf", "a_inf", "de", "np"):
                continue
            # Participle clause of the main verb: same speaker ("..., ajoutant que ...").
            prev = [f for f in frames if f.cue[0] < vs]
            # "Le chancelier a réagi en affirmant que ...": a gerund after a clause with its own
            # verb goes on with that clause's subject, as after a comma.
            # ("Un militant l'interpellait en criant « ... »": an imperfect is a clause's verb too)
            # ("Les manifestants avancent en criant « Liberté ! »": a quotation after the gerund
            # is someone's words whatever the clause's tense)
            gerund = re.match(rf"en{SP}", text[vs:ve], re.I) and not _LEAD_BEFORE.match(text[s0:vs]) \
                and (FINITE_AFTER_SUBJECT.search(text, s0, vs) is not None or _imperfect_in(text, s0, vs)
                     or (ckind == "quote" and len(text[s0:vs].split()) >= 2 and not text[s0:vs].rstrip().endswith(",")))
            doc = _DOCUMENT_BEFORE.search(text, s0, vs) if not prev else None
            if ckind == "a_inf" and not prev and doc is None:
                # "a largué des tracts, appelant les habitants à fuir": a call after an act that is
                # no speech is the narrator's account (after a statement or a document it is not)
                continue
            if doc is not None and not doc.group("x") and _CHANNEL_LEAD.match(text, s0, doc.start()):
                doc = None  # "Dans une déclaration soulignant que ..., le Pentagone ...": a channel
            if doc is not None and ckind in ("que", "inf", "a_inf", "de", "np", "colon", "quote"):
                # "ont publié un communiqué conjoint vendredi disant regretter ...": the document
                # speaks for its author, named in it ("un communiqué du Kremlin affirmant que") or
                # else the subject of the clause that published it.
                author = doc.group("x") and strip_span(text, doc.start("x"), doc.end("x"))
                if not author:
                    # the subject of the clause that published it, up to its verb ("La France,
                    # l'Allemagne et le Royaume-Uni ont publié": a list, the first named speaks)
                    mv = FINITE_AFTER_SUBJECT.search(text, s0, doc.start())
                    author = subject_before(text, s0, mv.start() + 1, quotes) if mv else None
                if author and (NP_START.match(text[author[0]:author[1]]) or PRONOUN.match(text[author[0]:author[1]].strip())):
                    ce = _clause_end(text, cstart, s1, quotes) if ckind != "np" else _np_end(text, cstart, s1, quotes)
                    frames.append(Frame("", (vs, ve), (cstart, ce), author, verb, channel,
                                        frame_type="document", complement=ckind))
                    claimed.append((vs, ce))
                else:
                    _add_inherited(text, frames, claimed, (vs, ve), vs, cstart, s1, quotes, verb, channel, "participle", ckind)
                continue
            if not prev and not gerund and _COMMA_TOUT_END.search(text, s0, vs) \
                    and FINITE_AFTER_SUBJECT.search(text, s0, vs) is None and not _in_any(vs, claimed):
                # A participle set off by commas between a subject and its verb: the subject's.
                ce = _clause_end(text, cstart, s1, quotes) if ckind != "np" else _np_end(text, cstart, s1, quotes)
                incises.append(Frame("", (vs, ve), (cstart, ce), None, verb, channel,
                                     frame_type="participle", complement=ckind))
                continue
            if not prev and not text[s0:vs].rstrip().endswith(",") and not gerund:
                # "En annonçant cette décision, ..." repeats what was coded: an anaphoric object is not.
                if ckind in ("que", "de", "inf", "np") and _LEAD_BEFORE.match(text[s0:vs]) and not (
                        ckind == "np" and re.match(rf"^(?:ce|cet|cette|ces){WORD_END}", text[cstart:s1], re.I)):
                    # "Jugeant que ..., le ministre a observé ...": the main clause's subject
                    # speaks; its frame comes later in the sentence (resolved below).
                    leads.append(Frame("", (vs, ve), (cstart, s1), None, verb, channel,
                                       frame_type="participle-lead", complement=ckind))
                continue
            _add_inherited(text, frames, claimed, (vs, ve), vs, cstart, s1, quotes, verb, channel, "participle", ckind)
            continue
        if typ == "inverted":
            continue
        # Subject before the verb, from the start of this clause.
        prior = [c for c in claimed if c[1] <= vs]
        cs = max([s0] + [c[1] for c in prior])
        subj = subject_before(text, cs, vs, quotes)
        ante = _ANTECEDENT_NAME.search(text, cs, vs) if subj is None else None
        if subj is None and ante is None and cs > s0 and re.fullmatch(r"\s*,\s*qui\s*", text[cs:vs]) and not (
                # ("a assuré le président du MoDem, qui soutient ...": on the speaker just named
                # after its verb, the whole of him, not the party his description ends on)
                frames and frames[-1].speaker and not text[frames[-1].speaker[1]:cs].strip()
                # (unless the relative's verb is plural and the speaker one person: "a déclaré le
                # porte-parole des Républicains, qui ont demandé ..." are the Républicains)
                and not (_RELATIVE_PLURAL.search(text[vs:ve])
                         and number_of(text[frames[-1].speaker[0]:frames[-1].speaker[1]]) == "s")):
            # "aux exigences formulées par ... Mike Pompeo, qui avait demandé ...": the object
            # of the verb before ends on the relative's antecedent
            ante = _ANTECEDENT_NAME.search(text, s0, vs)
        if ante is not None:
            # "en réponse aux propos tenus par M. Mattis, qui avait appelé l'Otan à ...": the
            # relative's antecedent is the name right before it, not the sentence's main speaker.
            subj, inherit = (ante.start("n"), ante.end("n")), False
        elif subj is None:
            # A bare relative "qui a déclaré" or a missing subject: continue the previous speaker.
            # ("..., qui rapporte une méfiance ... et déplore des « mesures »": the relative's
            # second verb)
            if (re.search(rf"{WORD_START}qui\s*$", text[cs:vs], re.I) or _COORD_ONLY.match(text[cs:vs])
                    or _RELATIVE_COORD.match(text, cs, vs)) and frames:
                # "qui a déclaré", "..., et a demandé": the subject of the previous frame.
                subj = None
                inherit = True
            elif cs == s0 and _SENTENCE_COORD.fullmatch(text[cs:vs]):
                # "Et s'inquiétaient par ailleurs d'une obligation similaire.": a sentence that
                # goes on with the previous one's subject (the tagger takes it from context)
                subj = None
                inherit = True
            else:
                continue
        else:
            inherit = False
            if actors_mod.strip_determiner(actors_mod.fold(text[subj[0]:subj[1]].strip())) in _DATA_SUBJECTS:
                continue  # "Ces chiffres confirment ceux de l'Insee": figures, no one speaking
        voice = _voice(text, ve, after_pos) or _voice(text, cs, vs)
        if voice is not None and re.search(r"[A-ZÀ-Ý]", text[voice[0]:voice[1]]):
            # "par la voix de son porte-parole Dmitri Peskov": the named person speaks for it;
            # a bare "par la voix de son porte-parole" leaves the institution as the speaker.
            subj, inherit = voice, False
        if ckind == "colon":
            ce = s1
            # « ... » right after the colon: the quotation is the content.
            q = next(((a, b) for a, b in quotes if a == cstart), None)
            if q is not None and q[1] + 1 < s1:
                stop = _clause_end(text, q[1] + 1, s1, quotes)
                if stop < s1 and not text[q[1] + 1:stop].strip(" ,\u00a0\u202f"):
                    # ("a déclaré : « ... », ajoutant que « ... »": a participle of saying after the
                    # quotation is a statement of its own)
                    ce = q[1] + 1
        elif ckind == "np":
            ce = _np_end(text, cstart, s1, quotes)
            # "a salué un accord qui permettra, selon ses mots, de ...": a relative clause on the
            # object runs past its commas, to the end of the clause.
            if _RELATIVE_IN_NP.search(text, cstart, ce):
                ce = _clause_end(text, cstart, s1, quotes)
        elif ckind == "quote":
            q = next(((a, b) for a, b in quotes if a == cstart), None)
            ce = q[1] + 1 if q else s1
        else:
            ce = _clause_end(text, cstart, s1, quotes)
        if ckind not in ("quote", "colon") and _RELATIVE_SUBJECT.search(text, s0, vs):
            # "Yoann Sibille, qui a annoncé faire appel de cette décision, est amer": the relative
            # clause ends where the main clause's verb comes back after a comma.
            # (a que-clause cut only once it has its own verb: "qui juge que le texte, voté hier,
            # est injuste, appelle ...")
            back = _main_verb_back(text, cstart, ce, quotes, own_verb=ckind == "que")
            ce = back if back is not None else ce
        if ckind not in ("quote", "colon"):
            ce = _coordinated_end(text, cstart, ce, verbs, quotes, s1, main_form=m.group(), ckind=ckind)
            if typ == "compound":
                # "a dénoncé un « mauvais accord » et réclamé ...": the content stops at a coordinated
                # participle of saying that shares this auxiliary (none in between to take it).
                qs = _half_open(quotes)
                for typ2, m2, _, _ in verbs:
                    if typ2 == "coordinated" and cstart < m2.start() < ce and not _in_any(m2.start(), qs) \
                            and not _aux_outside_quotes(text, cstart, m2.start(), qs):
                        ce = m2.start()
                        break
        if nothing:
            # "... n'a rien exclu lundi sur l'envoi de troupes": what is not ruled out, when named
            ce = ve
            ma = _NOTHING_ABOUT.match(text, _skip_adverbials(text, ve, s1)[0], s1)
            if ma:
                cstart, ce = ma.end(), _np_end(text, ma.end(), s1, quotes)
        ce = min([ce] + [r for r in relays if cstart < r < ce])
        # "a affirmé que ... : « Je ne dirais pas ... »": the quotation after the colon is a
        # direct statement of the same speaker, not part of the reported clause.
        tail_quote = None
        if ckind not in ("quote", "colon"):
            for a, b in quotes:
                after_colon = cstart < a < ce and re.search(r":\s*$", text[cstart:a]) is not None
                taken = after_colon and _in_any(a, claimed)
                if taken or (after_colon and _CLAUSE_SUBJECT_AFTER_COMMA.search(text, cstart, a)):
                    # the quotation after the colon is another verb's ("il déclare ne pas avoir son
                    # pass : « ... », certifie le patron"; "lui a assuré X, elle lui a répondu : « ... »")
                    if taken:
                        ce = text.rindex(":", cstart, a)
                    break
                if after_colon and b + 1 >= ce - 2:
                    tail_quote = (a, b + 1)
                    ce = text.rindex(":", cstart, a)
                    break
                if ckind == "np" and a > ce and re.fullmatch(r"\s*:\s*", text[ce:a]) \
                        and not text[b + 1:s1].strip(" .!?…»\"”"):
                    # an object, then a colon and a quotation closing the sentence
                    tail_quote = (a, b + 1)
                    break
        # "ont voté contre la réforme", "s'est prononcé pour": the preposition says the side, so it
        # stays with the cue (the content is what is voted on).
        mp = _SIDE_PREP.match(text, ve, cstart) if ckind == "np" and not _FOR_ONES_PART.match(text, ve, cstart) else None
        cue_end = mp.end() if mp and mp.end() <= cstart else ve
        frames.append(Frame("", (vs, cue_end), (cstart, ce), subj, verb, channel, inherit=inherit,
                            frame_type="direct-order", complement=ckind))
        claimed.append((subj[0] if subj else vs, ce))
        last_speaker_frame = frames[-1]
        if tail_quote:
            frames.append(Frame("", (vs, ve), tail_quote, None, verb, channel, inherit=True,
                                frame_type="colon-quote", complement="quote"))
            claimed.append(tail_quote)

    for lead in leads:
        main = next((f for f in frames if f.cue[0] > lead.cue[0] and f.speaker is not None
                     and f.frame_type == "direct-order" and not f.inherit), None)
        if _in_any(lead.cue[0], claimed):
            continue
        if main is None:
            # "En annonçant le retrait de l'accord, Donald Trump a provoqué ...": the main clause
            # is an act, not speech; its subject still said what the participle names.
            subj = _main_subject_after(text, lead.content[0], s1, quotes)
            if subj is not None:
                comma, span = subj
                lead.content, lead.speaker = (lead.content[0], comma), span
                frames.append(lead)
                claimed.append((lead.cue[0], comma))
            continue
        # The participial clause ends at the comma right before the main clause's subject.
        comma = text.rfind(",", lead.content[0], main.speaker[0])
        if comma < 0 or text[comma + 1:main.speaker[0]].strip() or _in_quote(comma, quotes):
            continue
        lead.content, lead.speaker, lead.pronoun = (lead.content[0], comma), main.speaker, main.pronoun
        frames.append(lead)
        claimed.append((lead.cue[0], comma))

    for inc in incises:
        main = next((f for f in frames if f.cue[0] > inc.cue[1] and f.speaker is not None
                     and f.speaker[1] <= inc.cue[0] and f.frame_type == "direct-order"), None)
        back = _main_verb_back(text, inc.content[0], s1, quotes) if main is None else None
        subj = subject_before(text, s0, inc.cue[0], quotes) if back is not None else None
        if subj is not None and not _in_any(inc.cue[0], claimed):
            # "Le tribunal, considérant que les restrictions étaient excessives, a suspendu
            # l'arrêté": between the subject and its verb, which is no speech; the subject's
            inc.speaker, inc.content = subj, (inc.content[0], back)
            frames.append(inc)
            claimed.append((inc.cue[0], back))
            continue
        if main is None:
            # no verb of saying after it: a participle of the clause before ("X l'a redit
            # dimanche, ajoutant que ..."), as any other
            if not _in_any(inc.cue[0], claimed):
                _add_inherited(text, frames, claimed, inc.cue, inc.cue[0], inc.content[0], s1, quotes, inc.verb,
                               inc.channel, "participle", inc.complement)
            continue
        inc.speaker, inc.pronoun = main.speaker, main.pronoun
        comma = text.rfind(",", inc.content[0], main.cue[0])
        if comma > inc.content[0] and not _in_quote(comma, quotes):
            inc.content = (inc.content[0], min(inc.content[1], comma))
        frames.append(inc)
        claimed.append((inc.cue[0], inc.content[1]))

    # 2a. A speech act on a relative's antecedent: "la coalition commune que Donald Trump appelait
    # de ses vœux", "l'accord que Moscou a salué": the antecedent NP is what was said.
    for typ, m, verb, pron in verbs:
        vs = m.start()
        if typ not in ("compound", "simple") or not verb.np_object or _in_any(vs, claimed):
            continue
        rel = _RELATIVE_OBJECT.search(text[s0:vs])
        if rel is None or not NP_START.match(rel.group("subj")):
            continue
        subj = (s0 + rel.start("subj"), s0 + rel.end("subj"))
        que = s0 + rel.start()
        a = _antecedent_start(text, s0, que, quotes)
        if a is None or _in_any(a, claimed):
            continue
        after = text[m.end():s1]
        if re.match(rf"^\s*(?:{DETERMINER}|que{WORD_END}|qu['’]|:)", after, re.I):
            continue  # the verb has its own object: not on the antecedent
        frames.append(Frame("attributed", (vs, m.end()), (a, que), subj, verb,
                            frame_type="relative", complement="np"))
        claimed.append((a, m.end()))

    # 2a'. "..., s'est-elle félicitée, convaincue qu'il « existe une majorité »": a conviction
    # after a speech act continues it.
    for m in _CONVINCED.finditer(text, s0, s1):
        if _in_any(m.start(), claimed) or not any(f.cue[0] < m.start() for f in frames):
            continue
        ce = _clause_end(text, m.end(), s1, quotes)
        frames.append(Frame("", (m.start("a"), m.end("a")), (m.end(), ce), None, None, inherit=True,
                            frame_type="participle", complement="que"))
        claimed.append((m.start(), ce))

    # 2b. Refusals to comment ("n'a pas souhaité faire de commentaire"): the subject chose silence.
    for m in LEX.no_comment.finditer(text, s0, s1):
        if _in_any(m.start(), claimed):
            continue
        prior = [c for c in claimed if c[1] <= m.start()]
        cs = max([s0] + [c[1] for c in prior])
        subj = subject_before(text, cs, m.start(), quotes)
        if subj is None:
            continue
        ce = _phrase_end(text, m.start(), s1, quotes, stop_at_comma=False)
        frames.append(Frame("attributed", (m.start(), m.end()), (m.start(), ce), subj, None,
                            frame_type="no-comment", complement="no-comment"))
        claimed.append((subj[0], ce))

    # 2c. Passive denials: "une déclaration qui a aussitôt été démentie par le Pentagone", "les
    # demandes ont été refusées le mois dernier par Washington"; and set off by a comma: "La motion,
    # rejetée mardi par les députés, ...".
    passives = sorted([*LEX.passive.finditer(text, s0, s1), *LEX.apposed_passive.finditer(text, s0, s1),
                       *LEX.bare_passive.finditer(text, s0, s1)], key=lambda m: m.start())
    for m in passives:
        if _in_any(m.start(), claimed) or _in_quote(m.start(), quotes):
            continue
        if not _agent_next(text, m.end("v"), m.end()):
            continue
        apposed = m.re is not LEX.passive
        verb = LEX.verb_of(m.group("v"))
        np_end = subject_np_end(text, m.end(), s1, quotes)
        if m.re is LEX.bare_passive:
            # the agent of a participle inside the subject ends before the main verb
            np_end = _agent_end(text, m.end(), np_end)
        sp = strip_span(text, m.end(), np_end)
        a = _chunk_start(text, s0, m.start(), claimed)
        rel = _RELATIVE.search(text, a, m.start())
        b = rel.start() if rel else m.start()
        if rel and not apposed and a > s0 and text[a - 1] == "," and not text[a:rel.start()].strip():
            # "La déclaration, qui a été approuvée par le Conseil européen, ...": the antecedent
            # stands before the comma that opens the relative clause
            a, b = _chunk_start(text, s0, a - 1, claimed), a - 1
            if FINITE_AFTER_SUBJECT.search(text, a, b) or _imperfect_in(text, a, b):
                # ("Le gouvernement a présenté sa réforme, qui a été critiquée par la CGT": the
                # noun phrase before the comma, not the clause it closes)
                # (a noun phrase too long to find stays with its clause: "X a fait l'objet d'une
                # « déclaration » séparée de l'accord, qui a été approuvée par ...")
                a = _np_start_before(text, a, b) or a
        if m.re is LEX.bare_passive:
            # Without a comma the participle only names a speech act right after such a noun
            # ("la motion de censure déposée par"; "le texte voté par" is not one).
            head = _LAST_STANCE_NP.search(text, a, b)
            if head is None and verb is not None and verb.np_object:
                # "le projet de réforme défendu par le gouvernement", "un traitement de faveur
                # critiqué par les Écossais": a verb whose object is words or a position names a
                # speech act with any noun phrase before it (the span runs from it to the agent)
                start = _np_start_before(text, a, b)
                # (the agent a short noun phrase closed by punctuation: "par le gouvernement entre
                # en vigueur" runs into the main verb)
                # ("confirmée par Olivier Dussopt lui-même.": an emphatic pronoun still closes it)
                after = _EMPHATIC_AFTER.sub("", text[np_end:s1], count=1).lstrip()
                closed = len(text[sp[0]:sp[1]].split()) <= 4 and after[:1] in ("", ",", ".", ";", ":", "!", "?", ")")
                # (not an act to come: "doit être voté le 11 décembre par des députés sceptiques")
                closed = closed and not re.search(rf"{WORD_START}être\s*$", text[max(s0, m.start() - 12):m.start() + 1])
                if start is not None and closed and not any(start <= q < np_end for q, _ in quotes):
                    frames.append(Frame("attributed", (m.start() + len(m.group()) - len(m.group().lstrip()), m.end()),
                                        (start, np_end), sp, verb, frame_type="passive", complement="np"))
                    claimed.append((start, np_end))
                continue
            if head is None:
                continue
            a = head.start()
        a, b = strip_span(text, a, b)
        a += len(CONNECTOR.match(text[a:b]).group()) if CONNECTOR.match(text[a:b]) else 0
        if a >= b or sp[0] >= sp[1] or not NP_START.match(text[a:b]):
            continue
        if verb is not None and not verb.np_object and not _STANCE_OBJECT.match(text[a:b]):
            # "la proposition refusée par", "la motion déposée par": such a verb names a speech
            # act only with its object ("un visa refusé par" is not one)
            continue
        if apposed and (rel or FINITE_AFTER_SUBJECT.search(text, a, b) or _DEFINITE_CLAUSE.search(f" {text[a:b]} ")
                        or _SUBJ_CLITIC_AT.match(text, a, b) or is_intro(text[a:b])):
            # Only a noun phrase is apposed to: "Ils manifestent contre la loi, votée par ..." is
            # the narrator's clause, and "Lundi, annoncé par ..." no statement.
            continue
        cue0 = m.start() + len(re.match(r",?\s*", m.group()).group())
        frames.append(Frame("attributed", (cue0, m.end()), (a, b), sp, verb,
                            frame_type="passive", complement="np"))
        claimed.append((a, np_end))

    # 2c'. A judgement with its agent: "Une étape jugée « extrêmement importante » par Cédric O", "la
    # mobilisation a été jugée satisfaisante par les syndicats". The content is what is judged and
    # how (the noun phrase through the attribute), the agent the speaker.
    for m in _JUDGED.finditer(text, s0, s1):
        if _in_any(m.start(), claimed) or _in_quote(m.start("v"), quotes):
            continue
        if actors_mod.fold(m.group("attr")) in _NOT_ATTRIBUTES:
            continue
        if m.group("attr")[:1] not in "«\"“" and not _agent_next(text, m.end("attr"), m.end()):
            continue
        np_end = subject_np_end(text, m.end(), s1, quotes)
        sp = strip_span(text, m.end(), np_end)
        if sp[0] >= sp[1] or len(text[sp[0]:sp[1]].split()) > 8:
            continue
        a = strip_span(text, _chunk_start(text, s0, m.start(), claimed), m.start())[0]
        # the clause's subject whole ("La mobilisation contre la réforme a été jugée ..."), else
        # the noun phrase right before the participle
        start = a if NP_START.match(text, a, m.start()) else _np_start_before(text, a, m.start())
        if start is None:
            continue
        frames.append(Frame("attributed", (m.start("v"), m.end()), (start, m.end("attr")), sp,
                            LEX.verb_of(m.group("v").split()[0]), frame_type="passive", complement="np"))
        claimed.append((start, np_end))

    # 2d. "Après avoir démenti toute opération ..., les États-Unis ...": the main subject speaks.
    for m in LEX.after_having.finditer(text, s0, s1):
        if _in_any(m.start(), claimed):
            continue
        verb = LEX.verb_of(m.group("v"))
        cs = m.end()
        que = _QUE.match(text[cs:s1])
        if que is not None:
            # ("Après avoir rappelé que la France soutenait Kiev, Emmanuel Macron ...": what was
            # said is the clause, without its "que")
            cs += que.end()
        ce = _phrase_end(text, cs, s1, quotes)
        rest = text[ce:s1]
        mc = re.match(r"^\s*,\s*", rest)
        if not mc:
            continue
        sp_start = ce + mc.end()
        found = [f for f in ctx_register_find(text[sp_start:sp_start + 80])] if ctx_register_find else []
        if not found:
            continue
        fs, fe = found[0]
        frames.append(Frame("indirect" if que else "attributed", (m.start(), m.end()), (cs, ce),
                            (sp_start + fs, sp_start + fe), verb, frame_type="after-having",
                            complement="que" if que else "np"))
        claimed.append((m.start(), ce))

    # 2e. A crowd's shouts quoted after a noun of shouting: "ont défilé aux cris de « Macron
    # démission »" (the marchers), "des cris « Macron démission » ont retenti" (no one named).
    for m in _SHOUTS.finditer(text, s0, s1):
        q = next(((a, b) for a, b in quotes if a == m.end()), None)
        # (a slogan of one word, "aux cris de « liberté »", names a theme more than it says anything)
        if q is None or _in_any(m.start(), claimed) or _in_quote(m.start(), quotes) \
                or len(text[q[0] + 1:q[1]].split()) < 2:
            continue
        mv = FINITE_AFTER_SUBJECT.search(text, s0, m.start())
        subj = subject_before(text, s0, mv.start() + 1, quotes) if mv else None
        frames.append(Frame("direct", (m.start(), m.end()), (q[0], q[1] + 1), subj, None,
                            frame_type="shout", complement="quote"))
        claimed.append((m.start(), q[1] + 1))

    # 2g. A person or a body whose state is given in their own quoted words: "Theresa May reste
    # « déterminée à quitter l'UE le 29 mars »", "Laurent Berger est « très inquiet »" (not a
    # thing: "Le texte est « inacceptable » pour la CGT").
    for m in COPULA_QUOTE.finditer(text, s0, s1):
        q = next(((a, b) for a, b in quotes if a == m.end()), None)
        if q is None or _in_any(m.start("cue"), claimed) or _in_quote(m.start("cue"), quotes):
            continue
        # (a label or an idiom, "est « le président des riches »", "« sur la sellette »", "« mis en
        # examen »"; or words others say of them, "« fatigué » selon plusieurs témoins")
        if _LABEL_OPENING.match(text, q[0] + 1, q[1]) or _OTHERS_SAY.match(text, q[1], s1):
            continue
        subj = subject_before(text, s0, m.start("cue") + 1, quotes)
        if subj is None:
            continue
        head = text[subj[0]:subj[1]].strip()
        kind = head_noun(actors_mod.strip_determiner(actors_mod.fold(head)))[0]
        if kind not in ("person", "institution", "group") and not _NAME_ONLY.match(head) \
                and not (ctx_register_find and ctx_register_find(head, whole=True)):
            continue
        frames.append(Frame("attributed", (m.start("cue"), m.end("cue")), (q[0], q[1] + 1), subj, None,
                            frame_type="copula-quote", complement="quote"))
        claimed.append((m.start("cue"), q[1] + 1))

    # 2f. "Même son de cloche du côté de l'écologiste Sandrine Rousseau, pour qui Emmanuel Macron
    # cherche « le pourrissement »": a person named right before "pour qui" holds the view, even
    # when no verb of saying frames the sentence (after one, the relative is read above).
    for m in _FOR_WHOM.finditer(text, s0, s1):
        if _in_any(m.start(), claimed) or _in_quote(m.start(), quotes) or not m.group("cue").lower().startswith("pour"):
            continue
        mn = _NAME_BEFORE_FOR_WHOM.search(text, s0, m.start())
        if mn is None or not _full_name(mn.group("n")) or not _DESCRIBED_BEFORE.search(text, s0, mn.start()):
            # ("hommage à Jean Dupont, pour qui toute l'assemblée s'est levée": for whom, no view;
            # a view is given to a person described, "l'écologiste Sandrine Rousseau, pour qui")
            continue
        cs, ce = strip_span(text, m.end(), _clause_end(text, m.end(), s1, quotes))
        if ce <= cs or len(text[cs:ce].split()) < 4 or (
                FINITE_AFTER_SUBJECT.search(text, m.end(), ce) is None and not any(cs <= a < ce for a, _ in quotes)):
            # ("Jean Dupont, pour qui il a voté": the person voted for, a short clause)
            continue
        frames.append(Frame("", (m.start("cue"), m.end("cue")), (cs, ce), (mn.start("n"), mn.end("n")), None,
                            frame_type="for-whom"))
        claimed.append((mn.start("n"), ce))

    # 3. "Selon X, ..." / "..., d'après X"; "Comme l'a rappelé X, ..." / "..., comme l'a dit X".
    counts = [*ACCORDING.finditer(text, s0, s1), *_FIGURE_FOR.finditer(text, s0, s1), *_QUOTE_FOR.finditer(text, s0, s1)]
    for m in sorted([*counts, *as_said_ms, *_READ_IN.finditer(text, s0, s1)], key=lambda m: m.start()):
        cue_s, cue_e = m.start(), m.end()
        if _in_any(cue_s, claimed) or _in_quote(cue_s, quotes):
            continue
        if m.re is _FIGURE_FOR and (_SHARE_BEFORE.search(text, s0, cue_s) or not (
                (_AGAINST_COUNT.search(text, max(s0, cue_s - 40), cue_s) and any(c.re is ACCORDING for c in counts))
                or _COUNTED.search(text, s0, cue_s))):
            # "contre 12.000 pour les autorités" credits a count set against another credited
            # count ("selon"), or a count of marchers; "dont 3 000 pour la police", "2 millions
            # pour la police, contre 1,5 million pour la gendarmerie" share out posts or money
            continue
        lead = text[s0:cue_s]
        # ("Toujours selon le syndicat, ...", "Là encore selon X, ...": the source named again)
        lead_clean = _AGAIN.sub("", CONNECTOR.sub("", lead.strip()))
        # "À l'échelle de la France, selon Comscore, ...": an adverbial before "selon" opens the sentence
        intro = lead.rstrip().endswith(",") and lead_clean.count(",") == 1 and is_intro(lead_clean.rstrip(" ,")) \
            and len(lead_clean.split()) <= 8 and not any(a < cue_s for a, _ in quotes if a >= s0)
        # ("15h : selon la préfecture, ...": a live blog's time, or a rubric, before a colon)
        intro = intro or (lead.rstrip().endswith(":") and lead_clean.count(":") == 1 and len(lead_clean.split()) <= 4
                          and not any(a < cue_s for a, _ in quotes if a >= s0))
        if not lead_clean.strip(" ,") or intro:
            # Sentence-initial: "Selon X, content."
            if m.re is _AS_SAID:
                # "Comme l'explique, à nos confrères de RTL, X, ...", "Comme l'a dit hier à RTL X, ...":
                # the occasion or channel between the verb and the source is neither
                cue_e, _ = _skip_adverbials(text, cue_e, s1)
            comma = text.find(",", cue_e, s1)
            colon = text.find(":", cue_e, comma if comma >= 0 else s1)
            if colon >= 0 and not any(a < colon < b for a, b in quotes):
                # "Selon le porte-parole : « Sur le pass, l'avis ... »": the colon ends the source
                # (a comma inside the quotation does not)
                sp = strip_span(text, cue_e, colon)
                cs, ce = colon + 1, _clause_end(text, colon + 1, s1, quotes)
                if sp[0] < sp[1] and ce > cs:
                    frames.append(Frame("attributed", (cue_s, cue_s + len(m.group("cue"))), (cs, ce), sp, None,
                                        frame_type="according"))
                    claimed.append((min(cs, cue_s), max(ce, sp[1])))
                continue
            if comma < 0:
                continue
            sp = strip_span(text, cue_e, comma)
            if m.re is _AS_SAID and (mp := _TRAILING_PERIOD.search(text, sp[0], sp[1])) is not None and mp.start() > sp[0]:
                # "Comme annoncé par la préfecture la semaine dernière, ...": the date is no part of the source
                sp = strip_span(text, sp[0], mp.start())
            # "Selon X, qui s'exprimait devant la presse, ...": the relative clause describes X.
            while True:
                # ("Selon une étude Odoxa, publiée jeudi par Le Figaro, ...": so does a document's
                # participle)
                relative = _SOURCE_DESCRIBED.match(text, comma + 1, s1)
                nxt = text.find(",", comma + 1, s1)
                # ("Selon le Premier ministre, Gabriel Attal, ...": the name after a role is its apposition)
                appos = not relative and nxt > 0 and (
                    (_apposition(text[comma + 1:s1]) and _role_phrase(text[comma + 1:nxt]))
                    or (_role_phrase(text[sp[0]:sp[1]]) and _full_name(text[comma + 1:nxt])))
                if not (relative or appos) or nxt < 0:
                    break
                if appos and not relative and sp[1] == comma:
                    # "Selon Paul Martin, porte-parole du ministère X, ...": the apposition belongs to
                    # the speaker mention (it gives the organisation), not to the content.
                    sp = strip_span(text, cue_e, nxt)
                comma = nxt
            cs, ce = comma + 1, _clause_end(text, comma + 1, s1, quotes)
        elif lead.rstrip().endswith(",") or (m.re is _READ_IN and any(
                b == s0 + len(lead.rstrip()) - 1 and not text[s0:a].strip() for a, b in quotes)):
            # ("« ... » peut-on lire dans sa description": an inverted "on" needs no comma after
            # a quotation that makes the whole sentence; "Le film s'intitulera « Les Disparus »
            # apprend-on" quotes a title)
            after, _ = _skip_adverbials(text, cue_e, s1)  # "comme l'a rappelé mardi X"
            np_end = subject_np_end(text, after, s1, quotes)
            sp = strip_span(text, after, np_end)
            if m.re is _QUOTE_FOR and not _quote_for_source(text, s0, cue_s, sp, quotes, ctx_register_find):
                continue
            if m.re is ACCORDING and m.group("cue").lower() == "citant" and not _source_like(text[sp[0]:sp[1]]):
                # "a-t-il dit, citant la réforme de l'assurance chômage": what is cited is no source
                # but what the main clause's speaker cites (a participle of saying, as "évoquant")
                _add_inherited(text, frames, claimed, (cue_s, cue_e), cue_s, sp[0], s1, quotes, None, "",
                               "participle", "np")
                continue
            cs = max([s0] + [c[1] for c in claimed if c[1] <= cue_s])
            inner = [f for f in frames if f.speaker and f.content[1] <= cs and not text[f.content[1]:cue_s].strip(" ,\u00a0\u202f")]
            if inner and PERCENT_OF.match(text[inner[-1].speaker[0]:inner[-1].speaker[1]]):
                # "62 % des sondés estiment que ..., selon un sondage X": the people polled are
                # respondents; the poll tells the whole sentence (the nested statement is dropped).
                cs = s0
            elif any(f.inherit and f.frame_type == "participle" and f.content[1] <= cue_s
                     and not text[f.content[1]:cue_s].strip(" ,\u00a0\u202f") for f in frames) \
                    and FINITE_AFTER_SUBJECT.search(text, s0, cue_s) is not None:
                # "La Turquie a mis en garde Washington ..., estimant « dangereux » d'isoler l'Iran,
                # selon le ministre": the source tells the whole sentence, the participle included.
                frames[:] = [f for f in frames if not (f.inherit and f.frame_type == "participle" and s0 <= f.cue[0] < cue_s)]
                claimed[:] = [c for c in claimed if not (s0 <= c[0] < cue_s)]
                cs = s0
            spoke = [f for f in frames if f.speaker and s0 <= f.cue[0] < cue_s]
            if spoke and m.re is _AS_SAID and _PRESS_REPORT.search(m.group("cue")):
                # "X évoquait déjà cette possibilité, comme le rapportait alors Le Monde": the
                # paper that reported X's words is the channel, not a second speaker.
                claimed.append((cue_s, sp[1]))
                continue
            if spoke and cs < cue_s and not text[cs:cue_s].strip(" ,\u00a0\u202f") and _speaks_for_body(text, sp, spoke):
                # "La Chine a dit regretter la décision ... et a appelé à sauvegarder l'accord, selon
                # le porte-parole du ministère chinois Geng Shuang": the person the source names
                # said it for the state (the statements are his; the "selon" adds no statement).
                for f in spoke:
                    f.speaker = sp
                claimed.append((cue_s, sp[1]))
                continue
            ce = len(lead.rstrip()) + s0 - 1
            rest = _INCISE_REST.match(text, np_end, s1)
            if rest and not any(a < cue_s < b for a, b in quotes):
                # "Le vote, selon le ministère, aura lieu mardi": "selon X" set in the clause
                # between commas; the clause goes on after it (the incise stays in the span,
                # as a split quotation keeps its insert).
                ce = _before_other_speech(text, np_end, _clause_end(text, rest.start("r"), s1, quotes), frames)
            elif rest is None and not any(a < cue_s < b for a, b in quotes) \
                    and (verb := _VERB_AFTER_COMMA.match(text, np_end, s1)) is not None \
                    and not _saying_after_aux(text, verb.end()) \
                    and NP_START.match(text[cs:cue_s].strip()) is not None \
                    and _FIGURE_END.search(text, cs, cue_s) is None \
                    and not any(rx.search(text, cs, cue_s) for rx in (FINITE_AFTER_SUBJECT, _FINITE_WORD, _PLURAL_FINITE)):
                # "La réforme, selon la CGT, est injuste": the incise stands right after the
                # clause's bare subject, so the auxiliary after it is the clause's own verb
                # ("Les frappes ont tué 12 civils, selon X, a indiqué Y": a verb before it, no;
                # "L'armée bombarde Alep, selon des témoins, a rapporté l'AFP": a verb of saying
                # after the auxiliary is another speaker's; "Près de 200 000 personnes, selon la
                # CGT, ont défilé": a count is the source's figure)
                ce = _before_other_speech(text, np_end, _clause_end(text, verb.start() + 1, s1, quotes), frames)
        else:
            # "Un contrôle serait « impossible » selon lui.": no comma, but a pronoun or a name
            # closing the clause is a source ("selon les chiffres" stays the journalist's).
            np_end = subject_np_end(text, cue_e, s1, quotes)
            shut = text.find(")", cue_e, s1)
            paren = shut >= 0 and text.rfind("(", s0, cue_s) > text.rfind(")", s0, cue_s) \
                and (shut < np_end or ("," not in text[cue_e:shut] and _TRAILING_PERIOD.search(text, cue_e, shut) is not None))
            if paren:
                # ("(selon le ministre ce dimanche)": a day may close it)
                np_end = shut   # "(750 selon la police) descendant le boulevard": the parenthesis ends it
            sp = strip_span(text, cue_e, np_end)
            if paren and (mp := _TRAILING_PERIOD.search(text, sp[0], sp[1])) is not None and mp.start() > sp[0]:
                # "(selon le ministre Olivier Véran ce dimanche)": the day is no part of the source
                sp = strip_span(text, sp[0], mp.start())
            who = text[sp[0]:sp[1]]
            closed = text[np_end:s1].strip()[:1] in ("", ",", ".", ";", "!", "?", ")")
            # ("selon les précisions du ministre Olivier Véran": the author of the words is checked)
            who = document_author(who) or who
            fig = _FIGURE_END.search(text, max([s0] + [c[1] for c in claimed if c[1] <= cue_s]), cue_s)
            if m.re is _FIGURE_FOR and fig is None:
                continue
            # (looked for even when the source seems closed: "selon les syndicats et 12.000 selon
            # la police" ends the source's noun phrase at the number's point)
            ma = _INF_AFTER_SOURCE.search(text, sp[0], np_end) if fig is not None else None
            if ma is not None:
                # "Ils étaient 4 000 selon la police, et près de 6 000 selon l'intersyndicale à
                # défiler dans les rues": the count's verb goes on after its source
                sp, closed = strip_span(text, sp[0], ma.start()), True
                who = text[sp[0]:sp[1]]
            if fig is not None and closed and NP_START.match(who) and not _in_quote(cue_s, quotes):
                # "Ils étaient 7 500 selon la police, plus de 10 000 selon les syndicats": a count
                # credited to its source is that source's statement (the figure alone).
                frames.append(Frame("attributed", (cue_s, cue_s + len(m.group("cue"))), (fig.start("f"), fig.end("f")),
                                    sp, None, frame_type="according"))
                claimed.append((fig.start("f"), sp[1]))
                continue
            # ("... sur les boulevards comme le confie un responsable syndical": a verb that
            # asserts names its source plainly; not a rule, a fear or a wish: "comme le veut la
            # Constitution", "comme le redoutaient les diplomates")
            said = LEX.verb_of(_LAST_WORD.search(m.group("cue")).group()) if m.re is _AS_SAID else None
            as_said = said is not None and not said.reflexive and said.polarity in ("assert", "confirm") \
                and NP_START.match(who) is not None and _source_like(who) and not _no_source(who)
            # ("... avec l'Iran selon le chef de la diplomatie américaine Mike Pompeo.": a person
            # named after a role noun)
            mt = _TITLED_NAME.match(who)
            titled = mt is not None and _role_first(mt.group("t")) and not _VARIES_BEFORE.search(text, s0, cue_s)
            if not (re.fullmatch(r"(?:lui|elle|eux|elles)", who, re.I) or _NAME_ONLY.match(who) or as_said or titled
                    # ("... difficiles à protéger selon Maas": a family name alone, or a capital
                    # standing for its state, "selon Pékin"; not "selon Noël", "selon Lundi")
                    or (_ONE_NAME.fullmatch(who) and m.group("cue").lower().startswith("selon")
                        and not _VARIES_BEFORE.search(text, s0, cue_s) and not NOT_A_NAME.fullmatch(who))
                    or (_SOURCE_BODY.fullmatch(who) and not _VARIES_BEFORE.search(text, s0, cue_s))) \
                    or not closed:
                continue
            cs = max([s0] + [c[1] for c in claimed if c[1] <= cue_s])
            cs, ce = strip_span(text, cs, cue_s)
            if text[cs:ce].endswith("("):
                cs, ce = strip_span(text, cs, ce - 1)   # the parenthesis the source stands in
            if ce - cs < 12:
                continue
        if sp[0] >= sp[1]:
            continue
        frames.append(Frame("attributed", (cue_s, cue_s + len(m.group("cue"))), (cs, ce), sp, None,
                            frame_type="according"))
        claimed.append((min(cs, cue_s), max(ce, sp[1])))

    # 4. "Pour le Kremlin, il s'agit d'une provocation": an opinion credited to a registered actor
    # (only then: "Pour la première fois, ..." is not a source).
    m = _FOR_ACTOR.match(text, s0, s1)
    if m and (CONNECTOR.match(text[m.start("cue"):s1]) or _BETWEEN.match(text[m.start("cue"):s1])):
        m = None   # ("Pour autant, le porte-parole ... a été clair : ...": a connector, no source)
    if m and not _in_any(m.start(), claimed) and ctx_register_find is not None:
        comma = subject_np_end(text, m.end(), s1, quotes)
        q_open = next((a for a, _ in quotes if m.end() < a < comma), None)
        # the source running into the quotation with no comma: after its apposition ("Pour Gontrand
        # Thüring, le délégué général du CNCC « la confusion est totale »"), or right after it, then
        # only someone named or a pronoun ("Pour eux « c'est un mal pour un bien »"; not "Pour les
        # salariés du privé « rien ne change »", explainer prose)
        bare = False
        if text[comma:comma + 1] != "," and q_open is not None and text[m.end():q_open].rstrip()[-1:].isalpha():
            bare = "," not in text[m.end():q_open]
            if not bare or len(text[m.end():q_open].split()) <= 6:
                comma = q_open - 1
        if comma > m.end() and (text[comma:comma + 1] == "," or q_open == comma + 1):
            # "Pour les militaires américains, ..." (a plural group) is the journalist's summary of
            # a collective's view, not a source: only a singular actor is credited.
            who = text[m.end():comma]
            # "Pour Rose-Marie en revanche, « ... »": a connector after the source is not part of it
            mt_tail = _SOURCE_CONNECTOR.search(who)
            who_end = m.end() + mt_tail.start() if mt_tail else comma
            who = text[m.end():who_end]
            # A person's full name (an expert with an apposition: "Pour Jean Dupont, chercheur à
            # l'IRIS, ...") is a source too, registered or not.
            # "Pour La Haye, ...": a capitalised determiner starts a place or body, not a person.
            first = squash_ws(who.split(",")[0]).strip()
            named = bool(_NAME_ONLY.match(first)) and not re.match(r"^(?:La|Le|Les|L['’])(?:\s|(?<=['’]))", first)
            # "Pour l'expert Alexeï Malachenko, ...", "Pour le politologue Jean Dupont, ...": a person
            # named after a role noun is a source too.
            mt = _TITLED_NAME.match(first)
            named = named or bool(mt and head_noun(actors_mod.fold(mt.group("t")))[0] == "person")
            # "Pour le président du syndicat ..., c'est « indispensable »", "Pour elle, « la bataille
            # n'est pas terminée »": a singular role or a pronoun is a source when the opinion is
            # quoted (the words are someone's, not the journalist's summary).
            quoted = any(comma < a < _clause_end(text, comma + 1, s1, quotes) for a, _ in quotes)
            role = head_noun(actors_mod.fold(actors_mod.strip_determiner(actors_mod.fold(first))))[0] == "person"
            pron = actors_mod.fold(first) in ("lui", "elle", "eux", "elles")
            # "Pour le réseau Sortir du nucléaire, ce plan est « une fuite en avant »": a body
            # named after its kind
            body = bool(_KIND_THEN_NAME.match(first))
            # ("Pour Rose-Marie, « ... »": a single name, a first name or an acronym, with quoted words)
            single = bool(re.fullmatch(r"(?-i:[A-ZÀ-Ý])[\w\u00C0-\u024F'’-]+", first))
            # ("Pour le chef de la négociation, l'UE a fait tout ce qu'elle pouvait": a singular
            # role with a definite article stands for a person the article names)
            definite_role = role and bool(re.match(r"^(?:le|la|l['’])\s*", first, re.I)) and number_of(who) == "s"
            named = named or (quoted and (role or pron or body or single)) or definite_role
            if bare:
                # (no comma: someone named, a pronoun, or a singular role or body; "Pour les
                # salariés du privé « rien ne change »" is explainer prose)
                singular_kind = number_of(who) == "s" and head_noun(actors_mod.fold(actors_mod.strip_determiner(
                    actors_mod.fold(first))))[0] in ("person", "institution", "group")
                named = named or single or pron or body or singular_kind
            # (a plural group is a source too when its words are quoted: "Pour les syndicats, c'est
            # « une provocation »"; unquoted, it is the journalist's summary of a collective's view)
            plural_quoted = quoted and number_of(who) == "p" and NP_START.match(first) is not None and not bare
            if ((named or ctx_register_find(who, whole=True)) and number_of(who) != "p") or plural_quoted:
                # "Pour l'expert X, du Centre Carnegie de Moscou, ...", "Pour X, chercheur à l'IFRI, ...":
                # the apposition belongs to the source, not to the opinion.
                while True:
                    nxt = text.find(",", comma + 1, s1)
                    chunk = text[comma + 1:nxt] if nxt > 0 else ""
                    # ("Pour la présidente de la Commission, Ursula von der Leyen, ...": a full name
                    # after a role)
                    # ("Pour l'avocat, qui a annoncé faire appel, « ... »": a relative describes it)
                    if chunk and not any(comma < a < nxt for a, _ in quotes) and (
                            re.match(r"^\s*(?:du|de\s+la|de\s+l['’]|des|d['’])\s*[A-ZÀ-Ý]", chunk) or _role_phrase(chunk)
                            or (role and _full_name(chunk)) or re.match(rf"^\s*qui{WORD_END}", chunk, re.I)):
                        comma = nxt
                    else:
                        break
                sp = strip_span(text, m.end(), who_end if mt_tail else comma)
                cs, ce = comma + 1, _clause_end(text, comma + 1, s1, quotes)
                q = _colon_quote_in(text, cs, ce, quotes)
                if q is not None:
                    # "Pour le ministre X, la réponse est oui : « ... »": the opinion, then the
                    # quotation the colon opens, both the source's
                    frames.append(Frame("", (q[0] - 1, q[0]), (q[0], q[1] + 1), sp, None, frame_type="colon"))
                    ce = text.rfind(":", cs, q[0])
                frames.append(Frame("attributed", (m.start("cue"), m.end("cue")), (cs, ce), sp, None,
                                    frame_type="according"))
                claimed.append((s0, max(ce, q[1] + 1) if q is not None else ce))
    _close_fronted_clause(text, s0, s1, frames, quotes)
    # "Selon nos informations, ...", "Comme le veut la tradition, ...": what names no one (the
    # outlet's own reporting, a custom, data) is no source; the clause is the journalist's
    frames[:] = [f for f in frames if not (f.frame_type == "according" and f.speaker is not None
                                           and _no_source(text[f.speaker[0]:f.speaker[1]]))]
    # "Ce drame rappelle sa position délicate": a possessed stance after such a verb is speech only
    # when someone speaks (a name, a person or a body, a pronoun), not when a thing evokes it
    frames[:] = [f for f in frames if not (
        f.complement == "np" and f.verb is not None and "np_own" in f.verb.complements
        and f.speaker is not None and _EVOKING.match(text, f.speaker[0], f.speaker[1]))]
    for f in frames:
        if text[f.cue[0]:f.cue[0] + 1] in "«“\"" and f.content[0] >= f.cue[1]:
            # 'Charles Michel « regrette » le vote': the verb quoted is the speaker's own word,
            # part of what is reported
            f.content = (f.cue[0], f.content[1])
        # a statement made inside a parenthesis ends with it ("(75 députés ont voté contre son
        # projet d'accord) et chez les Travaillistes")
        opened = text.rfind("(", s0, f.cue[0])
        if opened >= 0 and text.find(")", opened, f.cue[0]) < 0 and f.content[0] > opened:
            close = text.find(")", f.cue[1], f.content[1])
            if close > f.content[0]:
                f.content = strip_span(text, f.content[0], close)
    frames.sort(key=lambda f: f.content[0])
    return frames


def _no_source(np: str) -> bool:
    """Whether a source noun phrase names no one: a thing of the lexicon's ``not_speakers`` alone,
    with its determiner or without ("la tradition", "nos informations")."""
    low = actors_mod.fold(np)
    if _POSSESSIVE_START.match(low):
        # "Selon ses estimations, ...": the estimates of the person just named speak for them
        return False
    return low in NOT_SPEAKERS or actors_mod.strip_determiner(low) in NOT_SPEAKERS


_POSSESSIVE_START = re.compile(r"(?:son|sa|ses|leur|leurs)\s")


# A subordinate clause before the main clause: "Bien que Paris ait affirmé qu'il ne céderait pas,
# la ministre négocie", "Alors que le syndicat a annoncé une grève, ...".
_FRONTED_SUBORDINATE = re.compile(
    rf"^[\s«»\"“”-]*(?:bien{SP}qu|alors{SP}qu|même{SP}si|quand|lorsqu|puisqu|tandis{SP}qu|après{SP}qu"
    rf"|avant{SP}qu|depuis{SP}qu|dès{SP}lors{SP}qu|pendant{SP}qu|parce{SP}qu)(?:e\b|['’])", re.I)


def _relayed_clause(text: str, cs: int, ce: int, after_pos: int, s1: int, verbs, quotes) -> bool:
    """Whether the clause ``text[cs:ce]`` before an inverted verb has its own subject and verb of
    saying (outside quotation marks) with a que-clause or a colon: "X a déclaré que ..., rapporte la
    télévision" is X's. Not when the relay's subject, after the verb (from ``after_pos``), is a person
    or a role speaking for the body the clause names ("Les États-Unis estiment que ..., a rappelé
    John Kirby" is Kirby's)."""
    spokesperson = None
    for typ2, m2, v2, _ in verbs:
        if not (cs < m2.start() < ce and typ2 in ("compound", "simple", "reflexive")) or _in_quote(m2.start(), quotes):
            continue
        if (_complement(text, _skip_adverbials(text, m2.end(), ce)[0], ce, v2, quotes) or ("",))[0] not in ("que", "colon"):
            continue
        subject = subject_before(text, cs, m2.start(), quotes)
        if subject is None:
            continue
        if spokesperson is None:
            outer = text[after_pos:subject_np_end(text, after_pos, s1, quotes)].strip()
            spokesperson = bool(outer) and (_person_name(outer.split(",")[0].strip()) or _role_phrase(outer))
        if not (spokesperson and _body_subject(text, subject)):
            return True
    return False


def _close_fronted_clause(text: str, s0: int, s1: int, frames: list, quotes) -> None:
    """A verb of saying inside a fronted subordinate clause reports words that end with that
    clause, at its first comma outside quotation marks: the main clause after it is the
    narrator's ("Bien que Paris ait affirmé qu'il ne céderait pas, la ministre négocie")."""
    m = _FRONTED_SUBORDINATE.match(text, s0, s1)
    if m is None:
        return
    qs = _half_open(quotes)
    comma = next((i for i in range(m.end(), s1) if text[i] == "," and not _in_any(i, qs)), None)
    if comma is None:
        return
    for f in frames:
        if f.cue[0] < comma and f.content[0] < comma < f.content[1]:
            f.content = (f.content[0], comma)


# A body named after a closing "selon" without a comma ("ont manifesté selon la CGT", "selon le
# syndicat CGT", "selon la police", "selon les syndicats"): a source, where "selon les régions",
# "selon les chiffres", "selon l'État" are not. An acronym, or a noun of the lexicon's
# source_bodies (bodies that count and report), with an optional acronym after it.
_SOURCE_BODY = re.compile(
    rf"(?:le|la|les|l['’])\s*(?:(?-i:[A-ZÀ-Ý]{{2,}}[A-ZÀ-Ý0-9-]*)"
    rf"|(?:{words_rx(CUES['source_bodies'])})(?:{SP}(?-i:[A-ZÀ-Ý]{{2,}}[\w-]*))?)", re.I)
# Verbs of variation before "selon": "diffèrent selon les entreprises" is no source.
_VARIES_BEFORE = re.compile(rf"(?:vari|diff[èée]r|chang|d[ée]pend|diverg|fluctu|[ée]volu|oscill|s['’]échelonn)\w*{SP}"
                            rf"(?:[\w\u00C0-\u024F'’-]+{SP}){{0,3}}$", re.I)


# "pour" crediting a count to a body that counts ("31.000 selon les syndicats, contre 12.000 pour
# les autorités"): the body closes the clause.
_FIGURE_FOR = re.compile(rf"(?:(?<=\d[\s\u00a0\u202f])|(?<=manifestants )|(?<=personnes )|(?<=million )|(?<=millions ))(?P<cue>pour){SP}(?={_SOURCE_BODY.pattern}\s*(?:[,.;)]|$))", re.I)
# "« C'est une erreur », pour le député X.": a quotation credited by "pour" after its comma, the
# source closing the sentence (as a postposed "selon X")
_QUOTE_FOR = re.compile(r"(?:(?<=[»”\"],\s)|(?<=[»”\"],\u00a0))(?P<cue>pour)\s+(?=[^,;:!?«»“”\"]+[.!?]?\s*$)", re.I)


def _quote_for_source(text: str, s0: int, cue_s: int, sp: tuple[int, int], quotes, register_find) -> bool:
    """Whether "« ... », pour X." credits X: the quotation makes the whole sentence before the
    comma, and X is someone (a pronoun, a name, a role and a name, a registered actor), not a
    time or a beneficiary ("« Nous sommes prêts », pour la première fois", "pour les salariés")."""
    lead = strip_span(text, s0, cue_s)
    close = text[s0:cue_s].rstrip(" ,\u00a0")
    if not any(a == lead[0] and b == s0 + len(close) - 1 for a, b in quotes):
        return False
    who = text[sp[0]:sp[1]]
    mt = _TITLED_NAME.match(who)
    return bool(re.fullmatch(r"(?:lui|elle)", who, re.I) or _NAME_ONLY.match(who)
                or (mt is not None and _role_first(mt.group("t")))
                or (register_find is not None and register_find(who, whole=True)))


# "contre N pour X" sets a count against another; "dont N", "soit N" share one out
_AGAINST_COUNT = re.compile(rf"{WORD_START}contre{SP}(?:(?:près|plus|moins){SP}de{SP}|environ{SP})?\d[\d\s\u00a0\u202f.,]*[^,;:\d]*$", re.I)
_SHARE_BEFORE = re.compile(rf"{WORD_START}(?:dont|soit|parmi{SP}lesquels|y{SP}compris){SP}[^,;:]*$", re.I)
_COUNTED = re.compile(rf"{WORD_START}(?:manifestants|grévistes|personnes|participants|marcheurs|défil\w+|mobilis\w+)"
                      rf"{WORD_END}", re.I)


# A count right before "selon"/"d'après" ("7 500 selon la police", "plus de 10 000 manifestants
# d'après les syndicats", "281.000 personnes d'après le ministère").
_INF_AFTER_SOURCE = re.compile(rf"{SP}(?:à|pour){SP}[a-zà-ÿ]+(?:er|ir|re){WORD_END}"
                               # "entre 700 selon la police et 1 000 selon les syndicats"
                               # ("50 000 selon la CGT contre 8000 selon la préfecture")
                               rf"|{SP}(?:et|contre){SP}(?:(?:près|plus|moins){SP}de{SP}|environ{SP})?\d"
                               # ("et 7 500 selon la police se sont réunis ce mardi": the count's own verb)
                               rf"|{SP}(?:se{SP}sont|s['’]étaient|ont|avaient|sont|étaient){SP}(?=[a-zà-ÿ])")
_FIGURE_END = re.compile(
    rf"(?<![\w\u00C0-\u024F])(?P<f>(?:(?:plus|près|moins){SP}de{SP}|quelque{SP}|environ{SP}|au{SP}moins{SP})?"
    rf"\d[\d\u00a0\u202f .,]*\d?(?:{SP}(?:millions?|milliers?|centaines?))?"
    rf"(?:{SP}(?:de{SP})?(?:manifestants|personnes|grévistes|participants|agriculteurs|tracteurs|salariés|marcheurs|opposants))?)"
    rf"\s*,?\s*$", re.I)


# Connectors after a "Pour X" source, before its comma ("Pour Rose-Marie en revanche, ..."): the
# lexicon's words between a verb and what follows it.
_SOURCE_CONNECTOR = re.compile(rf"{SP}(?:{words_rx(CUES['between'])})\s*$", re.I)


def _trim_content(text: str, s: int, e: int, quotes) -> tuple[int, int, bool]:
    """Strip connectors, datelines, punctuation and enclosing quotes; (start, end, fully_quoted)."""
    s, e = strip_span(text, s, e)
    for _ in range(3):
        seg = text[s:e]
        m = DATELINE.match(seg) or CONNECTOR.match(seg)
        if not m or m.end() == 0:
            break
        s, e = strip_span(text, s + m.end(), e)
    # Drop closing punctuation of a quotation that ends the content (« ... . »).
    q = next(((a, b) for a, b in quotes if a == s), None)
    if q is None and (half := next(((a, b) for a, b in quotes if a < s < b and b == e - 1), None)):
        # ("a sommé le président de « se poser la question »": the content opened inside the
        # quotation, after its mark, so it ends before the closing one)
        s, e = strip_span(text, s, half[1], " \t\r\n\u00a0\u202f")
        return s, e, False
    if q and q[1] + 1 >= e - 1 and not text[q[1] + 1:e].strip(" .,;:!?()"):
        s2, e2 = strip_span(text, q[0] + 1, _quote_end(text, q[1]), " \t\r\n\u00a0\u202f")
        return s2, e2, True
    return s, e, False


def _role_first(np: str) -> bool:
    """Whether a noun phrase's first noun, after its determiner and at most one adjective, is a
    person's role ("le chef de la diplomatie", "l'ancien ministre"; not "la procédure du ministre")."""
    kind, head = head_noun(actors_mod.fold(np))
    words = actors_mod.strip_determiner(actors_mod.fold(np)).split(" ", 1)
    return kind == "person" and bool(head) and (
        words[0] == head.split()[0] or (len(words) > 1 and words[1].startswith(head)))


def _colon_quote_in(text: str, cs: int, ce: int, quotes) -> tuple[int, int] | None:
    """The quotation (open, close) that a colon inside text[cs:ce] opens and that ends the clause,
    with three words or more, after a short opinion of three to twelve words; None otherwise.

    The opinion may not name a person (two capitalised words), hold a verb of saying, nor name
    words quoted whole (a motto, a slogan, a letter): "la polémique a commencé quand un député a
    lancé : « ... »", "la devise de la République reste d'actualité : « ... »" quote someone else."""
    for a, b in quotes:
        if not (cs < a < ce and text[cs:a].rstrip().endswith(":")):
            continue
        colon = text.rfind(":", cs, a)
        before = text[cs:colon]
        if len(text[a + 1:b].split()) >= 3 \
                and not text[b + 1:ce].strip(" .!?…»\"”") and 3 <= len(before.split()) <= 12 \
                and not any(x < colon < y or cs <= x < colon for x, y in quotes) \
                and not TWO_NAME_WORDS.search(before) \
                and not verb_matches(text, cs, colon, quotes) and not _WORDS_QUOTED.search(before):
            return a, b
    return None


# Nouns of words quoted whole (a motto, a slogan, a letter): what follows their colon is theirs.
# (not "le message est clair :", "le mot d'ordre reste le même :", the speaker's own words)
_WORDS_QUOTED = re.compile(rf"{WORD_START}(?:devise|slogan|lettre|citation|pancarte|banderole|panneau|affiche|chanson|"
                           rf"refrain|leitmotiv|adage|dicton)s?{WORD_END}", re.I)


def shape_span(text: str, f: Frame, quotes) -> tuple[int, int, str]:
    """Content span and kind of a frame.

    Noun-phrase objects ("a démenti ces affirmations"), "selon" and refusals to comment are
    'attributed'. A content made mostly of quotation (at least half its characters, quotes of
    four words or more) is 'direct' and spans the quoted words only, from the first to the last
    quotation (the journalist's insert between two parts of a split quote stays inside);
    anything else is 'indirect' and keeps its partial quotes.
    """
    cs, ce, fully = _trim_content(text, *f.content, quotes)
    if f.frame_type in ("according", "no-comment") or f.complement == "np" or (
            f.frame_type == "colon-next" and f.kind == "attributed"):
        # (a "Pour lui, ..." source whose speaker comes from the sentence before)
        return cs, ce, "attributed"
    if fully:
        return cs, ce, "direct"
    if f.frame_type == "split":
        a, b = strip_span(text, cs + 1, ce - 1, " \t\r\n\u00a0\u202f")
        return a, b, "direct"
    inner = [(a, b) for a, b in quotes if a >= cs and b < ce and len(text[a + 1:b].split()) >= 4]
    if f.complement in ("que", "de", "a_inf", "inf", "adj") and inner and inner[0][0] > cs:
        # "a répété qu'il serait bon de « s'entendre avec la Russie »", "a appelé l'Otan à traiter
        # avec Moscou « en position de force »": a clause that opens with the journalist's words
        # is indirect speech with quoted islands, whatever their share.
        return cs, ce, "indirect"
    if inner and _quoted_share(text, cs, ce, inner) >= 0.5:
        a, b = strip_span(text, inner[0][0] + 1, _quote_end(text, inner[-1][1]), " \t\r\n\u00a0\u202f")
        return a, b, "direct"
    return cs, ce, "indirect"


def _quote_end(text: str, b: int) -> int:
    """End of the quoted words of a quotation whose span ends at ``b``: its closing mark (or the
    final punctuation of a quotation whose mark the scrape dropped), or, for a quotation cut
    mid-word by the end of the text, the end of its last letter ("nous irons jusqu")."""
    return b + 1 if text[b:b + 1].isalnum() else b


def _quoted_share(text: str, s: int, e: int, quotes) -> float:
    if e <= s:
        return 0.0
    inside = sum(max(0, min(e, b + 1) - max(s, a)) for a, b in quotes)
    return inside / (e - s)
