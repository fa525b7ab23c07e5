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
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from typing import Iterable, Iterator

import pandas as pd

from . import actors as actors_mod
from . import dating
from .lexicon import SP, load as load_lexicon, words_rx
from .sentences import quote_spans, sentences

COLUMNS = [
    "article", "para", "start", "end", "text", "kind", "cue", "cue_start", "cue_end", "polarity",
    "speaker", "speaker_mention", "speaker_start", "speaker_end", "speaker_type", "speaker_id",
    "organization", "country", "attribution", "channel", "sentence_start", "sentence_end",
    "date", "date_basis", "date_anchor", "date_text", "published", "utterance", "target", "stance",
]
SKIP_ROLES = {"title", "byline", "dateline"}

LEX = load_lexicon()
CUES = LEX.cues
_B = r"(?<![\w\u00C0-\u024F'’-])"
_E = r"(?![\w\u00C0-\u024F-])"
OPENERS = {k: v for k, v in CUES["quotes"].items()}

_QUE = re.compile(rf"^\s*(?:que{SP}|qu['’])", re.I)
_COLON = re.compile(r"^\s*:\s*")
# "[^,.]" in a channel pattern must not swallow the que-clause that follows
# ("a affirmé dans une interview que ...").
_CHANNELS = [c.replace("[^,.]", r"(?:(?!\bqu(?:e\b|['’]))[^,.:;«“\"])") for c in CUES["channels"]]
_CHANNEL = re.compile(r"(?:" + "|".join(_CHANNELS) + r")", re.I)
_BETWEEN = re.compile(rf"^\s*(?:{words_rx(CUES['between'])}){_E}", re.I)
_CHANNEL_AT = re.compile(rf"^\s*(?:{'|'.join(_CHANNELS)}){_E}", re.I)
_CONNECTOR = re.compile(rf"^(?:{words_rx(CUES['connectors'])}){_E}\s*,?\s*", re.I)
_DATELINE = re.compile(r"^[A-ZÀ-Ý][A-ZÀ-Ý' .-]+,\s+\d{1,2}(?:er)?\s+\w+\s*(?:\([^)]{1,30}\))?\s*[-–—]+\s*")
_DET = (r"(?:(?:le|la|les|un|une|des|du|ce|cet|cette|ces|son|sa|ses|leur|leurs|tout|toute|tous|toutes|aucun|aucune|"
        r"plusieurs)(?![\w\u00C0-\u024F-])|l['’]|d['’])")
_NP_START_STRICT = re.compile(rf"^\s*(?:{_DET}\s*|(?:M\.|Mme|Mlle)\s|[A-ZÀ-Ý])")
_DE_INF = re.compile(rf"^\s*(?:[^,;:.«»\"]{{1,60}}?{SP})?(?:de{SP}|d['’])(?P<inf>(?:ne{SP}pas{SP})?(?:s['’]|se{SP}|l['’]|les{SP}|y{SP}|en{SP})?\w+(?:er|ir|re|oir))\b", re.I)
# "a appelé à cesser", "a appelé les deux puissances à « ne pas abandonner » le dialogue",
# "appelle à un partage de renseignements": the content starts after "à".
_A_INF = re.compile(rf"^\s*(?:(?:{_DET}|aux?{_E}|(?-i:[A-ZÀ-Ý])[\w\u00C0-\u024F'’-]+)[^,;:.«»]{{0,60}}?{SP})?à{SP}(?=[«“\"]?\s*(?:(?:ne{SP}(?:pas|plus){SP})?(?:s['’]|se{SP})?\w+(?:er|ir|re|oir)\b|{_DET}))", re.I)
_INF = re.compile(rf"^\s*(?:(?:toujours|encore|déjà|ne{SP}pas|ne{SP}plus|bien){SP})?(?:s['’]|se{SP}|l['’]|y{SP}|en{SP}|leur{SP}|lui{SP})?(?:avoir|être|\w+(?:er|ir|oir|re))\b", re.I)
_NOT_INF = {"leur", "sur", "pour", "par", "entre", "contre", "premier", "dernier", "hier", "avoir", "être"}
_PARTICIPLE_FRAME = re.compile(rf",\s*(?:tout{SP})?(?:en{SP})?\w+ant{SP}(?:que{SP}|qu['’]|:)", re.I)
# ", tout en accusant ...", ", affirmant ...": a participle of a verb of saying ends the clause before it.
_SPEECH_PARTICIPLE = re.compile(rf",\s*(?:tout{SP})?{LEX.participle.pattern}", re.I)
_CONTENT_STOP = re.compile(
    rf",\s*(?:(?:une|cette){SP}(?:déclaration|annonce|affirmation|information|version|proposition){_E}|ce{SP}qui{_E}|ce{SP}que{_E})",
    re.I)
_PRONOUN = re.compile(rf"^(?:{words_rx(CUES['pronouns'])})$", re.I)
_FOR_ACTOR = re.compile(rf"\s*(?:(?:{words_rx(CUES['connectors'])}){_E}\s*,?\s*)?(?P<cue>{words_rx(CUES['according_to_registered'])}){SP}", re.I)
_ACCORDING = re.compile(rf"{_B}(?P<cue>{words_rx(CUES['according_to'])}){SP}", re.I)
_NAME_RUN = re.compile(
    r"(?<![\w\u00C0-\u024F'’.-])(?:[A-ZÀ-ÖØ-Þ][\w\u00C0-\u024F'’-]+)"
    # "Salem al-Meslet", "Abdel Fattah al-Sissi": Arabic articles glued to a family name.
    r"(?:[ ](?:(?:de|du|el|al|von|van|bin|ben|ibn|da|di|abou|abu|ould)[ ])?(?:(?:al|el|ad|as|ach|ash|at|az|ibn|bin|ben)-)?"
    r"[A-ZÀ-ÖØ-Þ][\w\u00C0-\u024F'’-]+)+"
)
_HONORIFIC_NAME = re.compile(
    r"(?:\b(?:M\.|Mme|Mlle|général|générale|colonel|capitaine|commandant|commandante|amiral|major|lieutenant|docteur|Dr)\s+)"
    r"(?P<n>[A-ZÀ-ÖØ-Þ][\w\u00C0-\u024F'’-]+)"
)
_ROLE_HEADS = {
    kind: sorted((actors_mod.fold(w) for w in words), key=len, reverse=True)
    for kind, words in CUES["role_nouns"].items()
}
_FEMININE = {actors_mod.fold(w) for w in CUES["feminine_nouns"]}
_PERSON_TITLES = {actors_mod.fold(w) for w in CUES["role_nouns"]["person"] if " " not in w} | {"elu", "elue", "sortant", "sortante"}
_DOCUMENT_HEADS = {actors_mod.fold(w) for w in CUES["document_nouns"]}
_EXPERT_HEADS = {actors_mod.fold(w) for w in CUES["expert_nouns"]}
_DOCUMENT_CHANNEL = re.compile(r"communiqu|d[ée]claration|texte|document|lettre|message|note", re.I)
_NOT_SPEAKERS = {actors_mod.fold(w) for w in CUES["not_speakers"]}
_DOCUMENTS = {actors_mod.fold(w) for w in CUES["documents"]}
_INDEFINITE = re.compile(rf"^(?:{words_rx(CUES['indefinite'])}){_E}", re.I)
_DEFINITE = re.compile(rf"^(?:{words_rx(CUES['definite'])})(?:{_E}|(?<=['’]))", re.I)
_NAME_ONLY = re.compile(
    r"^(?:(?:M\.|Mme|Mlle)\s+)?[A-ZÀ-ÖØ-Þ][\w\u00C0-\u024F'’-]+"
    r"(?:\s+(?:(?:de|du|el|al|von|van|bin|ben|ibn|da|di|abou|abu|ould)\s+)?(?:(?:al|el|ad|as|ach|ash|at|az|ibn|bin|ben)-)?"
    r"[A-ZÀ-ÖØ-Þ][\w\u00C0-\u024F'’-]+)+$")
# A finite verb ending a role-like chunk means it is a clause ("le ministre refuse ...").
_DEFINITE_CLAUSE = re.compile(r"\s(?:est|sont|a|ont|était|sera|serait|va|vont|doit|peut|veut)\s", re.I)
_CEST_CE_QUE = re.compile(
    rf"\s*(?:c['’]est|voilà|tel\s+est)\s+ce\s+qu['’]e?\s*(?:{words_rx(['a', 'ont', 'avait', 'avaient'])}{SP})?"
    rf"(?:{words_rx(['hier', 'dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'])}{SP})?"
    rf"(?P<v>[\w\u00C0-\u024F]+)(?:{SP}(?:{words_rx(['hier', 'dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'encore', 'également'])}))*{SP}",
    re.I)
_COORD = re.compile(rf"{SP}et{SP}(?=(?:le|la|les|l['’]|un|une|des|M\.|Mme|[A-ZÀ-Ý]))")
_RELATIVE_IN_NP = re.compile(rf"{SP}(?:qui|dont|lequel|laquelle|lesquels|lesquelles){_E}", re.I)
_RELATIVE = re.compile(rf"{SP}(?:qui|dont|lequel|laquelle){_E}", re.I)
_NEGATED = re.compile(r"(?:\bne\s+|\bn['’]\s*)(?:\S+\s+){0,2}$|\b(?:pas|plus|jamais|guère|rien)\s+$", re.I)
_NOUN_BEFORE = re.compile(
    r"(?:\b(?:le|la|les|l|un|une|des|du|de|d|sa|son|ses|leur|leurs|cette|ce|cet|ces|à|au|aux|par|pour|sur|dont|en|quelle|quel)['’]?\s*)$",
    re.I)


_DEFAULT_REGISTER: list = []


def _register(register):
    """The given register, or ``data/actors.csv`` read once per process."""
    if register is not None:
        return register
    if not _DEFAULT_REGISTER:
        _DEFAULT_REGISTER.append(actors_mod.load_register())
    return _DEFAULT_REGISTER[0]


# ---------------------------------------------------------------------------------------------
# Small text utilities


def _ws(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def _strip_span(text: str, s: int, e: int, chars: str = " \t\r\n\u00a0\u202f,;:.-–—") -> tuple[int, int]:
    while s < e and text[s] in chars:
        s += 1
    while e > s and text[e - 1] in chars:
        e -= 1
    return s, e


def _in_any(pos: int, spans) -> bool:
    return any(a <= pos < b for a, b in spans)


def _overlaps(s: int, e: int, spans) -> bool:
    return any(s < b and e > a for a, b in spans)


def _fold_keep(s: str) -> str:
    """Folded text of the same length as ``s`` (one character per character)."""
    out = []
    for ch in s:
        f = actors_mod.fold(ch) if not ch.isspace() else " "
        out.append(f[0] if len(f) == 1 else (" " if not f else f[0]))
    return "".join(out)


# ---------------------------------------------------------------------------------------------
# Speakers


@dataclass
class Speaker:
    """A resolved speaker."""

    name: str = ""
    id: str = ""
    type: str = ""
    organization: str = ""
    country: str = ""
    gender: str = ""
    number: str = "s"
    attribution: str = "unresolved"
    mention: str = ""
    roles: str = ""  # folded role words and mention, for role-noun anaphora


@dataclass
class Context:
    """What the tagger remembers while reading one article."""

    text: str
    register: actors_mod.Register
    published: date | None
    entities: list = field(default_factory=list)  # Speakers in text order, for anaphora
    last_date: date | None = None
    dated: dict = field(default_factory=dict)  # speaker name -> last Dated with an expression
    document_speaker: Speaker | None = None  # author of the last communiqué, for "ajoute le texte"
    last_row: dict | None = None  # the last dated-or-not statement row, for same-report dating


def _speaker_from_actor(reg, actor, attribution: str, mention: str, on: date | None = None) -> Speaker:
    org = reg.organization_of(actor)
    country = actor.country
    if actor.type == "person":
        organization = org.name if org else ""
        if on is not None and actor.valid_from and on < actor.valid_from:
            # Before taking office a person speaks for no institution or state (Trump as candidate
            # or president-elect). After leaving it they keep them: a later article quoting Kerry
            # or Carter mostly recalls what they said in office.
            organization, country = "", ""
    else:
        # An institution speaks for itself unless the register says through whom
        # ("l'armée russe" -> Ministry of Defence, "les États-Unis" -> US government).
        organization = org.name if org else actor.name
    return Speaker(name=actor.name, id=actor.id, type=actor.type, organization=organization,
                   country=country, gender=actor.gender, number=actor.number or "s",
                   attribution=attribution, mention=mention,
                   roles=actors_mod.fold(mention + " " + " ".join(actor.roles)))


def _head_noun(folded_np: str) -> tuple[str, str]:
    """(kind, head) of the first role noun in a folded description, or ('', '')."""
    words = actors_mod.strip_determiner(folded_np)
    best = ("", "", 10**6)
    for kind, heads in _ROLE_HEADS.items():
        for h in heads:
            m = re.search(rf"(?<![\w]){re.escape(h)}(?![\w])", words)
            if m and m.start() < best[2]:
                best = (kind, h, m.start())
    return best[0], best[1]


def _gender_of(np: str) -> str:
    f = actors_mod.fold(np)
    if re.match(r"^(?:la|une|cette|mme|mlle|madame)\b", f):
        return "f"
    if re.match(r"^(?:le|un|ce|cet|m\.|monsieur)\b", f):
        return "m"
    _, head = _head_noun(f)
    return "f" if head in _FEMININE else ""


def _number_of(np: str) -> str:
    return "p" if re.match(r"^(?:les|des|ces|plusieurs|deux|trois)\b", actors_mod.fold(np)) else "s"


def _anaphor(ctx: Context, *, gender: str = "", number: str = "", head: str = "", kind: str = "",
             org: str = "", types: tuple = (), country: str = "") -> Speaker | None:
    """The nearest earlier entity compatible with a pronoun or a role noun ("le ministre russe"
    must be Russian)."""
    for ent in reversed(ctx.entities):
        if country and ent.country and ent.country != country:
            continue
        if not ent.name and ent.attribution != "anonymous":
            continue
        if gender and ent.gender and ent.gender != gender:
            continue
        if number and ent.number and ent.number != number:
            continue
        if types and ent.type not in types:
            continue
        if kind == "media" and ent.type != "media":
            continue
        if head and kind != "media" and head not in ent.roles:
            continue
        if org and ent.organization != org and ent.name != org:
            continue
        return ent
    return None


def _name_in(np: str, reg, on) -> tuple[str, object]:
    """A person's name inside a mention: (name, register actor or None); ('', None) if none."""
    masked = list(np)
    folded = _fold_keep(np)
    for m in reg._pattern.finditer(folded):
        actor = reg.lookup(m.group(), on=on)
        if actor is not None and actor.type != "person":
            for i in range(m.start(), m.end()):
                masked[i] = " "
    # Words inside quotation marks are names of groups ("« Raqqa is being slaughtered silently »").
    for q in quote_spans(np):
        for i in range(q[0], min(q[1] + 1, len(masked))):
            masked[i] = " "
    masked_s = "".join(masked)
    runs = [m for m in _NAME_RUN.finditer(masked_s)]
    cands = []
    for m in runs:
        run, start = m.group(), m.start()
        # "de la Défense Sergueï Choïgou": a capitalised noun after a determiner is not a name.
        while re.search(r"(?:^|\s)(?:de|du|des|d['’]|la|le|les|l['’])\s*$", masked_s[max(0, start - 5):start], re.I):
            parts = run.split(" ", 1)
            if len(parts) < 2 or len(parts[1].split(" ")) < 2 and not reg.lookup(parts[1], on=on):
                run = ""
                break
            run, start = parts[1], start + len(parts[0]) + 1
        if run:
            cands.append(run)
    for m in _HONORIFIC_NAME.finditer(masked_s):
        cands.append(m.group("n"))
    for name in reversed(cands):
        actor = reg.lookup(name, on=on)
        if actor is not None and actor.type == "person":
            return actor.name, actor
    if cands:
        return cands[-1], None
    return "", None


_INSIDE_NAME = re.compile(r"(?<![\w\u00C0-\u024F-])(?:Institut|Université|Centre|Fondation|Collège|Ecole|École|Académie|"
                          r"Conseil|Observatoire|Musée|Agence|Carnegie|Brookings)(?:\s+(?:de\s+la|du|des|de|d['’]|pour\s+\w+))?\s*$")


def desc_of(np: str) -> str:
    """A mention without its determiner ("le général à la retraite" -> "général à la retraite")."""
    return re.sub(r"^" + _DET + r"\s*", "", np, flags=re.I).strip()


def resolve(np: str, ctx: Context, *, on: date | None = None, channel: str = "", content: str = "",
            source: str = "") -> list[Speaker]:
    """Speakers a mention designates (several for "le Pentagone et le département d'État").

    Order: pronoun -> register (whole mention, names and aliases inside, role held by one person
    at the date) -> role-noun anaphora ("le ministre", "ce responsable", "le texte") -> unknown
    named person (organisation from the apposition) -> the description itself.
    """
    reg = ctx.register
    on = on or ctx.published
    np = _ws(np).strip(" ,.;:")
    if not np:
        return [Speaker()]
    low = actors_mod.fold(np)
    if _PRONOUN.match(np):
        info = CUES["pronouns"].get(low, {})
        if low == "on" and source:
            # "a-t-on indiqué au ministère russe de la Défense", "a-t-on appris auprès du Pentagone":
            # the impersonal subject's source is the institution named after the verb.
            found = resolve(source, ctx, on=on)
            if found and (found[0].name or found[0].attribution == "anonymous"):
                return found
        # An institution's communiqué names itself in the third person: « Le département de la
        # Défense ne coordonne pas ... », a-t-il déclaré dans un communiqué.
        if "communique" in actors_mod.fold(channel) and content:
            head = re.sub(r"^[\s«“\"„]+", "", content)[:90]
            found = reg.find(head, on=on)
            if found and found[0][0] <= 4 and found[0][2].type != "person":
                act = found[0][2]
                if (not info.get("gender") or not act.gender or act.gender == info["gender"]) and act.number == info.get("number", "s"):
                    return [_speaker_from_actor(reg, act, "communique-self", np, on=on)]
        ent = _anaphor(ctx, gender=info.get("gender", ""), number=info.get("number", ""))
        if ent is None:
            return [Speaker(mention=np, attribution="unresolved", gender=info.get("gender", ""))]
        return [Speaker(**{**ent.__dict__, "attribution": "pronoun", "mention": np})]
    parts = _COORD.split(np)
    if len(parts) > 1 and all(_NP_START_STRICT.match(p) for p in parts):
        # "le Pentagone et le département d'État": one statement, credited to the first named.
        first = resolve(parts[0], ctx, on=on)
        return [Speaker(**{**first[0].__dict__, "mention": np})]
    # 1. The whole mention is a register name or alias ("Moscou", "Mme Baldanza").
    actor = reg.lookup(np, on=on)
    if actor is not None:
        return [_speaker_from_actor(reg, actor, "register", np, on=on)]
    # 1b. "l'équipe de transition de Donald Trump", "l'entourage du président": people around
    # someone speak for themselves, not for the person (nor the state they would represent).
    if _ENTOURAGE.match(actors_mod.strip_determiner(low)):
        desc = re.sub(r"^" + _DET + r"\s*", "", np, flags=re.I).strip()
        return [Speaker(name=desc, type="group", gender=_gender_of(np), number=_number_of(np),
                        attribution="description", mention=np, roles=low)]
    # 2. A registered person named inside it ("le ministre russe de la Défense Sergueï Choïgou"),
    # unless only as a complement: "un conseiller du président Obama" is the adviser, who speaks
    # for Obama's institution; "le porte-parole de Vladimir Poutine, Dmitri Peskov" is Peskov.
    found_persons = [(a0, a) for a0, _, a in reg.find(np, on=on) if a.type == "person"]
    persons = [a for a0, a in found_persons if not _COMPLEMENT_BEFORE.search(np[:a0])]
    bosses = [a for a0, a in found_persons if _COMPLEMENT_BEFORE.search(np[:a0])]
    if persons:
        return [_speaker_from_actor(reg, persons[-1], "register", np, on=on)]
    if bosses:
        boss = bosses[-1]
        masked = np
        for a0, b0, a in reg.find(np, on=on):
            if a is boss:
                masked = np[:a0] + " " * (b0 - a0) + np[b0:]
        other, _ = _name_in(masked, reg, on)
        boss_sp = _speaker_from_actor(reg, boss, "register", np, on=on)
        org = reg.organization_of(boss)
        if other:
            return [Speaker(name=other, type="person", organization=boss_sp.organization, country=boss_sp.country,
                            gender=_gender_of(np), attribution="apposition", mention=np, roles=low)]
        if org is not None:
            return [_speaker_from_actor(reg, org, "anonymous" if _INDEFINITE.match(np) else "description", np, on=on)]
    # 3. Another name inside it: an unknown person, whatever the role title would suggest.
    name, person = _name_in(np, reg, on)
    if person is not None:
        return [_speaker_from_actor(reg, person, "register", np, on=on)]
    if not name:
        # 4. An apposition chunk or a role title held by one person at that date, when the
        # determiner's gender does not contradict it ("le porte-parole" is not Zakharova).
        gender = _gender_of(np)
        chunks = [reg.lookup(chunk, on=on) for chunk in np.split(",")]
        holders = [a for a in chunks if a is not None]
        holders += [a for _, _, a in reg.find(np, on=on, roles=True) if a.type == "person"]
        for a in holders:
            if a.type == "person" and gender and a.gender and gender != a.gender:
                continue
            if a.type == "person" or len(holders) == 1:
                return [_speaker_from_actor(reg, a, "role" if a.type == "person" else "register", np, on=on)]
    institution = reg.institution_in(np, on=on)
    if institution is not None and all(_INSIDE_NAME.search(np[:a]) for a, b, act in reg.find(np, on=on) if act is institution):
        # "chercheur à l'Institut Washington", "professeur à l'Université de Moscou": a register
        # name inside a longer proper name (an institute, a university) is not that actor.
        institution = None
    if institution is not None and institution.type == "country" and all(
            np[a:b][:1].islower() for a, b, act in reg.find(np, on=on) if act is institution):
        # "le chercheur français X": a lowercase nationality adjective is not the state ("les
        # Français"); only an office of state makes its holder speak for it (``_state_office``).
        institution = None
    kind, head = _head_noun(low)
    gender = _gender_of(np)
    if name:
        org = institution.name if institution else _org_phrase(np)
        country = institution.country if institution else ""
        if not country:
            # "le Premier ministre israélien Benjamin Netanyahu": an office of state and a
            # nationality adjective, though neither person nor institution is registered.
            country, state_org = _state_office(low.replace(actors_mod.fold(name), " "), reg, on)
            org = org or state_org
        return [Speaker(name=name, type="person", organization=org,
                        country=country, gender=gender,
                        attribution="apposition" if org else "name", mention=np, roles=low)]
    counterpart = _counterpart(low, ctx, on)
    if counterpart is not None:
        return [_speaker_from_actor(reg, counterpart, "counterpart", np, on=on)]
    if _DEFINITE.match(np) and head:
        if head in _EXPERT_HEADS:
            # "estime le chercheur", "selon l'analyste": the last named non-state person (an
            # expert quoted earlier), whatever title the first mention gave them.
            ent = next((e for e in reversed(ctx.entities) if e.type == "person" and e.name and not e.country
                        and (not gender or not e.gender or e.gender == gender)), None)
            if ent is not None:
                return [Speaker(**{**ent.__dict__, "attribution": "anaphor", "mention": np})]
        if kind == "media" and head in _DOCUMENT_HEADS and ctx.document_speaker is not None:
            # "ajoute le texte", "précise le communiqué": the author of the last communiqué.
            ent = ctx.document_speaker
            return [Speaker(**{**ent.__dict__, "attribution": "anaphor", "mention": np})]
        ent = _anaphor(ctx, head=head, kind=kind, org=institution.name if institution else "",
                       country="" if institution else _nationality(low))
        if ent is not None:
            return [Speaker(**{**ent.__dict__, "attribution": "anaphor", "mention": np})]
    if (_DEFINITE.match(np) and kind in ("person", "") and institution is None and _number_of(np) == "s"
            and not re.search(r"[A-ZÀ-Ý]", desc_of(np)) and not _nationality(low)):
        # Elegant variation: the press names a person again by a description never used before
        # ("le milliardaire", "le général à la retraite", "l'ancien patron de la CIA"); it refers
        # back to the nearest named person of compatible gender.
        ent = next((e for e in reversed(ctx.entities) if e.type == "person" and e.name
                    and (not gender or not e.gender or e.gender == gender) and e.number != "p"), None)
        if ent is not None:
            return [Speaker(**{**ent.__dict__, "attribution": "anaphor", "mention": np})]
    if institution is not None and kind != "person":
        return [_speaker_from_actor(reg, institution, "register", np, on=on)]
    if institution is None and kind == "institution" and _DEFINITE.match(np) and not _nationality(low):
        # "a annoncé le ministère des Affaires étrangères" in a Russian context: the institution
        # of the state the sentence or the previous speaker is about ("ministère russe des ...").
        found = _institution_in_context(np, ctx, on, content)
        if found is not None:
            return [_speaker_from_actor(reg, found, "context", np, on=on)]
    desc = re.sub(r"^" + _DET + r"\s*", "", np, flags=re.I).strip()
    if not desc:
        return [Speaker(mention=np)]
    anonymous = bool(_INDEFINITE.match(np))
    if anonymous:
        # An unnamed source ("un haut responsable du département d'État") speaks for its
        # institution; without one ("un militant") the speaker stays empty, the mention is kept.
        official = _anonymous_official(low, reg, on) if institution is None or institution.type == "country" else None
        if institution is not None and official is None:
            sp = _speaker_from_actor(reg, institution, "anonymous", np)
            return [sp]
        if official is not None:
            return [_speaker_from_actor(reg, official, "anonymous", np)]
        return [Speaker(name="", type="person", gender=gender, number=_number_of(np),
                        country=_nationality(low), attribution="anonymous", mention=np, roles=low)]
    country, state_org = ((institution.country, institution.name) if institution else _state_office(low, reg, on))
    return [Speaker(name=desc,
                    type="person" if kind in ("person", "") else ("media" if kind == "media" else "institution"),
                    organization=state_org,
                    country=country, gender=gender,
                    number=_number_of(np), attribution="anonymous" if anonymous else "description",
                    mention=np, roles=low)]


_NATIONALITIES = {actors_mod.fold(k): v for k, v in CUES["nationalities"].items()}
_NATIONALITY = re.compile(r"(?<![\w])(" + "|".join(sorted(map(re.escape, _NATIONALITIES), key=len, reverse=True))
                          + r")(?:e|s|es)?(?![\w])")


_OFFICIALS = re.compile(r"^(?:" + "|".join(re.escape(actors_mod.fold(w)) for w in
                                          sorted(CUES["official_nouns"], key=len, reverse=True)) + r")(?![\w])")
_SECTORS = [(re.compile(r"(?<![\w])" + re.escape(actors_mod.fold(k)) + r"(?![\w])"), v)
            for k, v in CUES["official_sectors"].items()]


def _anonymous_official(folded: str, reg, on) -> actors_mod.Actor | None:
    """The institution an unnamed official of a given nationality speaks for.

    "un responsable américain" -> the US government (the country's ``organization`` row);
    "un haut responsable militaire américain" -> the register's "armée américaine" (the
    Department of Defense); "une source diplomatique russe" -> "diplomatie russe". Only for
    official role nouns (``official_nouns``): "un habitant syrien" speaks for nobody.
    """
    words = actors_mod.strip_determiner(folded)
    if not _OFFICIALS.match(words):
        return None
    code = _nationality(folded)
    if not code:
        return None
    adjectives = [a for a, c in _NATIONALITIES.items() if c == code]
    for rx, noun in _SECTORS:
        if rx.search(words):
            for adj in adjectives:
                for form in (adj, adj + "e"):
                    actor = reg.lookup(f"{noun} {form}", on=on)
                    if actor is not None:
                        return actor
    country = reg.get(code)
    if country is None or country.type != "country":
        return None
    return reg.organization_of(country) or country


def _institution_in_context(np: str, ctx: Context, on, content: str) -> actors_mod.Actor | None:
    """A state institution named without its nationality, given the states in context: the
    registered actors of the reported content first, then the earlier speakers."""
    words = actors_mod.strip_determiner(actors_mod.fold(np)).split(" ")
    if len(words) < 2 or len(words) > 8:
        return None
    codes = [a.country for _, _, a in ctx.register.find(content, on=on) if a.country] if content else []
    codes += [e.country for e in reversed(ctx.entities) if e.country]
    seen = set()
    for code in codes:
        if code in seen:
            continue
        seen.add(code)
        for adj in (a for a, c in _NATIONALITIES.items() if c == code):
            for form in {adj, adj + "e"}:
                for cand in (" ".join([words[0], form] + words[1:]), " ".join(words + [form])):
                    actor = ctx.register.lookup(cand, on=on)
                    if actor is not None and actor.type != "person" and actor.country == code:
                        return actor
        if len(seen) >= 3:
            break
    return None


_COUNTERPART = re.compile(r"^(?:son|sa|leur|le|la|l') ?homologue (?P<adj>[a-z]+)\b")


def _counterpart(folded: str, ctx: Context, on) -> actors_mod.Actor | None:
    """"son homologue russe" after Rex Tillerson: the holder of the same role in that country
    (the role titles of the earlier person with the nationality adjective swapped)."""
    m = _COUNTERPART.match(folded)
    if not m:
        return None
    code = _nationality(m.group("adj"))
    if not code:
        return None
    targets = [a for a, c in _NATIONALITIES.items() if c == code]
    reg = ctx.register
    for ent in reversed(ctx.entities):
        actor = reg.get(ent.id) if ent.id else None
        if actor is None or actor.type != "person" or actor.country == code:
            continue
        own = [a for a, c in _NATIONALITIES.items() if c == actor.country]
        for role in actor.roles:
            frole = actors_mod.fold(role)
            for adj in own:
                rx = re.compile(rf"(?<![\w]){re.escape(adj)}(e?)(?![\w])")
                if not rx.search(frole):
                    continue
                for t in targets:
                    cand = rx.sub(lambda mm: t if t.endswith("e") or not mm.group(1) else t + "e", frole)
                    found = reg.lookup(cand, on=on)
                    if found is not None and found.type == "person" and found.country == code:
                        return found
        return None
    return None


_STATE_ROLE = re.compile(r"(?<![\w])(?:" + "|".join(sorted((re.escape(actors_mod.fold(w)) for w in CUES["state_roles"]),
                                                            key=len, reverse=True)) + r")(?![\w])")


_NON_STATE = re.compile(r"(?<![\w])(?:" + "|".join(sorted((re.escape(actors_mod.fold(w)) for w in CUES["non_state_nouns"]),
                                                          key=len, reverse=True)) + r")(?![\w])")


def _state_office(folded: str, reg, on) -> tuple[str, str]:
    """(country, organisation) of a description holding an office of state with a nationality
    adjective ("premier ministre israelien" -> ('IL', '')); ('', '') otherwise. The organisation
    is the register's government of that country when it has one."""
    code = _nationality(folded)
    if not code or not _STATE_ROLE.search(folded) or _NON_STATE.search(folded):
        return "", ""
    country = reg.get(code)
    org = reg.organization_of(country) if country is not None and country.type == "country" else None
    return code, (org.name if org is not None else "")


def _nationality(folded: str) -> str:
    """Country of a nationality adjective in a description ("un responsable américain" -> US)."""
    m = _NATIONALITY.search(folded)
    return _NATIONALITIES[m.group(1)] if m else ""


def _org_phrase(np: str) -> str:
    """The institution named in a role apposition ("porte-parole du ministère X" -> "ministère X")."""
    m = re.search(r"(?:porte-parole|ministre|directeur|directrice|chef|président|responsable|représentant|"
                  r"ambassadeur|secrétaire|commandant|dirigeant|fondateur|membre|chercheur|chercheuse|analyste|"
                  r"spécialiste|professeur|professeure|expert|experte|enseignant|enseignante|économiste|politologue|"
                  r"rédacteur|rédactrice|éditorialiste|journaliste|correspondant|correspondante)\w*"
                  r"(?:\s+(?:adjoint|adjointe|général|générale|exécutif|exécutive|associé|associée|principal|principale|"
                  r"scientifique|de recherche|de recherches|en chef))?"
                  r"\s+(?:du|de la|de l['’]|des|de|à la|à l['’]|au|aux)\s*([^,()]+)", np, re.I)
    if not m:
        # "l'expert Alexeï Malachenko, du Centre Carnegie de Moscou": the body after the name.
        m2 = re.search(r",\s*(?:du|de\s+la|de\s+l['’]|des|d['’])\s*([A-ZÀ-Ý][^,()]*)$", np)
        return m2.group(1).strip() if m2 else ""
    # "du ministère des Affaires étrangères Jean Dupont": a trailing name is the person, unless
    # it is the whole phrase ("chercheur à l'Institut Montaigne").
    org = re.sub(_NAME_RUN.pattern + r"\s*$", "", m.group(1)).strip() or m.group(1).strip()
    return org if org and not org[0].isupper() or len(org.split()) > 1 else org


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


_PLACE = re.compile(rf"^\s*(?:à|au|aux|en|depuis)(?:{SP}[A-ZÀ-Ý][\w\u00C0-\u024F'’-]+){{1,2}}(?={SP}(?:le|la|les|l['’]|un|une|M\.|Mme|[A-ZÀ-Ý])|\s*,)")


# "par la voix de son porte-parole Dmitri Peskov": the institution speaks through a person.
_VOICE_AT = re.compile(rf"^\s*par{SP}la{SP}voix{SP}(?:de{SP}|du{SP}|d['’])(?P<x>[^,.;:«»]+?)(?=\s*[,.;:«]|$)", re.I)


def _voice(text: str, s: int, e: int) -> tuple[int, int] | None:
    """Span of X in "par la voix de X" inside text[s:e], or None."""
    m = re.search(rf"par{SP}la{SP}voix{SP}(?:de{SP}|du{SP}|d['’])(?P<x>[^,.;:«»]+)", text[s:e], re.I)
    if not m:
        return None
    x0, x1 = s + m.start("x"), s + m.end("x")
    # "du porte-parole" -> "le porte-parole"; "de son porte-parole Dmitri Peskov" as it is.
    return _strip_span(text, x0, x1)


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
            if _VOICE_AT.match(rest) or _CHANNEL_AT.match(rest) or _BETWEEN.match(rest) or dating.expressions(rest[:40])[:1] \
                    and dating.expressions(rest[:40])[0].start == 0:
                pos += mc.end()
                continue
            if pos > start and re.match(rf"^(?:que{_E}|qu['’]|[«“\"]|{_DET})", rest, re.I) and text[start:pos].strip():
                pos += mc.end()
                break
        mv = _VOICE_AT.match(seg)
        if mv:
            channel.append(_ws(mv.group()))
            pos += mv.end()
            continue
        # A date expression between the verb and what follows ("a démenti mardi dernier").
        lead = len(seg) - len(seg.lstrip())
        exprs = dating.expressions(text, pos + lead, min(end, pos + lead + 40))
        if exprs and exprs[0].start == pos + lead:
            pos = exprs[0].end
            continue
        m = _BETWEEN.match(seg) or _CHANNEL_AT.match(seg)
        if not m or m.end() == 0:
            # A place between the verb and its subject ("a affirmé mercredi à Moscou le ministre").
            mp = _PLACE.match(seg)
            if mp and mp.end() > 0:
                pos += mp.end()
                continue
            break
        if _CHANNEL_AT.match(seg) and m.re is _CHANNEL_AT:
            channel.append(_ws(m.group()))
        pos += m.end()
    return pos, "; ".join(channel)


def _np_end(text: str, pos: int, end: int, quotes) -> int:
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
            stop = re.match(rf"^{SP}(?:lors|dans|en{SP}(?:direct|marge|réponse|visite|déplacement|\w+ant)|sans|devant|pendant|après|avant|au{SP}cours|à{SP}la{SP}(?:télévision|radio|presse)|à{SP}l['’]issue|sur{SP}(?:la|les|son|sa|une|un|Twitter|X)|selon|alors|tout{SP}en|avant{SP}de|qui|à{SP}(?:des|la|l['’]|Sputnik|Reuters)){_E}", rest, re.I)
            if stop and not (re.match(rf"^{SP}à{_E}", rest, re.I) and _TITLE_BEFORE_A.search(_fold_keep(text[pos:i]))):
                return i
        i += 1
    return end


# A role title continues with "à" + its domain or post ("le secrétaire américain à la Défense",
# "l'ambassadeur russe à l'ONU", "le représentant spécial à Genève").
_TITLE_BEFORE_A = re.compile(
    r"(?<![\w])(?:secretaire|ministre|ambassadeur|ambassadrice|representant|representante|envoye|envoyee|"
    r"emissaire|delegue|deleguee|conseiller|conseillere|haut commissaire|commissaire|porte parole|attache)"
    r"(?: (?:d'etat|general|generale|adjoint|adjointe|special|speciale|permanent|permanente|[a-z]+(?:ain|aine|ais|aise|ois|oise|en|enne|e|ien|ienne|ique|c|que)))?\s*$")


def _apposition(rest: str) -> bool:
    """Whether the text after a comma continues a speaker's noun phrase (an apposition)."""
    r = rest.lstrip()
    if not r:
        return False
    if re.match(rf"^(?:en{SP})?\w+ant{_E}", r, re.I) or re.match(rf"^(?:tout|sans|lors|dans|selon|qui|alors|avant|après|mais|et|a|ont){_E}", r, re.I):
        return False
    low = actors_mod.fold(r[:60])
    low = actors_mod.strip_determiner(low)
    for heads in _ROLE_HEADS.values():
        for h in heads:
            if low.startswith(h + " ") or low == h:
                return True
    return bool(re.match(r"^[A-ZÀ-Ý][\w\u00C0-\u024F'’-]+\s+[A-ZÀ-Ý]", r))


def _role_phrase(chunk: str) -> bool:
    """A short role description with no verb and no quotation ("le porte-parole du Kremlin")."""
    if len(chunk.split()) > 8 or any(q in chunk for q in OPENERS) or _DEFINITE_CLAUSE.search(" " + chunk + " "):
        return False
    low = actors_mod.strip_determiner(actors_mod.fold(chunk))
    heads = _ROLE_HEADS["person"]
    return any(re.match(rf"{re.escape(h)}(?:\s+(?:de|du|des|d'|a|au|aux|adjoint|general|americain|russe)\b|$)", low)
               for h in heads)


def _subject_before(text: str, cs: int, vs: int, quotes) -> tuple[int, int] | None:
    """Span of the subject noun phrase before a verb of saying, within text[cs:vs]."""
    s, e = _strip_span(text, cs, vs, " \t\r\n\u00a0\u202f,")
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
        elif ch in ",:" and depth == 0 and not _in_any(i, [(a, b + 1) for a, b in quotes]):
            cuts.append(i + 1)
        elif ch in "-–—" and depth == 0 and text[i - 1:i].isspace() and text[i + 1:i + 2].isspace():
            # "MOSCOU, 18 septembre (AFP) - La Russie a accusé ...": a dateline dash.
            cuts.append(i + 1)
    chunks = [(cuts[k], (cuts[k + 1] - 1) if k + 1 < len(cuts) else e) for k in range(len(cuts))]
    chunks = [_strip_span(text, a, b, " \t\r\n\u00a0\u202f,") for a, b in chunks]
    chunks = [c for c in chunks if c[0] < c[1]]
    if not chunks:
        return None
    k = len(chunks) - 1
    # "un haut responsable militaire, cité par l'agence Reuters, affirmait": the channel
    # through which the words reached the press is not the speaker.
    while k > 0 and _RELAY.match(text[chunks[k][0]:chunks[k][1]]):
        k -= 1
    a, b = chunks[k]
    if re.match(rf"^(?:qui|dont|lequel|laquelle){_E}", text[a:b], re.I) and k > 0:
        k -= 1
        a, b = chunks[k]
    # "le porte-parole de la Maison Blanche, Sean Spicer," / "Adrian X, porte-parole du Pentagone,"
    while k > 0:
        pa, pb = chunks[k - 1]
        prev, cur = text[pa:pb], text[a:b]
        if (_apposition(cur) or _apposition(prev)) and _NP_START_STRICT.match(prev) and not _is_intro(prev):
            k -= 1
            a = pa
        else:
            break
    # Drop leading connectors and cut relative clauses ("La Russie qui poursuit ...").
    seg = text[a:b]
    m = _CONNECTOR.match(seg)
    if m:
        a += m.end()
        seg = text[a:b]
    m = _RELATIVE.search(seg)
    if m:
        b = a + m.start()
    a, b = _strip_span(text, a, b)
    if a >= b:
        return None
    np = text[a:b]
    if not (_NP_START_STRICT.match(np) or _PRONOUN.match(np.strip())):
        return None
    if len(np.split()) > 18:
        return None
    return a, b


# A name in complement position after a lowercase head noun: "conseiller du président Obama",
# "porte-parole de Vladimir Poutine" (at most two lowercase title words between "de" and the name).
_COMPLEMENT_RX = re.compile(r"[a-zà-ÿ]{3,}\s+(?:de\s+|du\s+|d['’])(?:(?:la|le|l['’])\s*)?(?P<w>(?:[a-zà-ÿ-]+\s+){0,2})$")


class _ComplementBefore:
    """Whether a name follows "<noun> de/du [title]" where the title words are person titles or
    nationalities ("conseiller du président Obama"), not an institution ("chef de la diplomatie
    russe Sergueï Lavrov", where the name is in apposition)."""

    @staticmethod
    def search(before: str) -> bool:
        m = _COMPLEMENT_RX.search(before)
        if not m:
            return False
        words = actors_mod.fold(m.group("w")).split()
        return all(w in _PERSON_TITLES or _NATIONALITY.fullmatch(w) for w in words)


_COMPLEMENT_BEFORE = _ComplementBefore()
# "l'expert Alexeï Malachenko": a determiner, a lowercase title, then a full name.
_TITLED_NAME = re.compile(
    rf"^(?P<t>{_DET}\s*[a-zà-ÿ][a-zà-ÿ'’ -]{{1,40}}?)\s+(?-i:[A-ZÀ-ÖØ-Þ][\w\u00C0-\u024F'’-]+"
    r"(?:\s+(?:(?:al|el|ad|ibn|bin|ben)-)?[A-ZÀ-ÖØ-Þ][\w\u00C0-\u024F'’-]+)+)$", re.I)
# A proper name (with its honorific) right before ", qui <verb>": the relative's antecedent.
_ANTECEDENT_NAME = re.compile(
    r"(?P<n>(?:(?:M\.|Mme|Mlle)\s+)?[A-ZÀ-ÖØ-Þ][\w\u00C0-\u024F'’-]+(?:\s+(?:(?:al|el|ad|ibn|bin|ben)-)?[A-ZÀ-ÖØ-Þ][\w\u00C0-\u024F'’-]+)*)"
    r"\s*,\s*qui\s*$")
_RELAY = re.compile(rf"^(?:par{SP}la{SP}voix|cité|citée|cités|citées|interrogé|interrogée|interrogés|interrogées|joint|jointe|"
                    rf"contacté|contactée|contactés|interviewé|interviewée|s['’]exprimant|parlant|sous{SP}couvert){_E}", re.I)


# "À Ankara, le porte-parole ...", "De son côté, ...": a prepositional phrase, not the subject.
_PLACE_INTRO = re.compile(rf"^(?:à|a|au|aux|en|dans|depuis|de|devant|lors|pour|par|sur|chez|côté|outre|face){_E}", re.I)


def _is_intro(chunk: str) -> bool:
    """An adverbial chunk before the subject ("Mais le lendemain", "Interrogé à ce sujet")."""
    c = chunk.strip()
    if dating.expressions(c) and len(c.split()) <= 4:
        return True
    if _PLACE_INTRO.match(c):
        return True
    return bool(_CONNECTOR.match(c)) or bool(re.match(r"^\w+(?:é|ée|és|ées|ant)\b", c))


def _clause_end(text: str, pos: int, end: int, quotes) -> int:
    """Where a content clause ends: sentence end, a participial frame or an apposition on it."""
    qs = [(a, b + 1) for a, b in quotes]
    best = end
    for rx in (_PARTICIPLE_FRAME, _CONTENT_STOP, _SPEECH_PARTICIPLE):
        for m in rx.finditer(text, pos, end):
            if not _in_any(m.start(), qs):
                best = min(best, m.start())
                break
    return best


_ON_SOURCE = re.compile(rf"{SP}(?:(?:hier|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|soir|matin){SP})*"
                        rf"(?:auprès{SP}(?:du|de{SP}la|de{SP}l['’]|des|de)|dans{SP}l['’]entourage{SP}(?:du|de{SP}la|de)|"
                        rf"au|à{SP}la|à{SP}l['’]|aux|de{SP}source)\s*(?P<x>[^,.;:!?«»]{{2,80}})", re.I)
_RELATIVE_OBJECT = re.compile(
    rf"{SP}qu(?:e{SP}|['’]\s*)(?P<subj>(?:(?:M\.|Mme){SP})?[A-ZÀ-Ý][\w\u00C0-\u024F'’-]*(?:{SP}[A-ZÀ-Ý][\w\u00C0-\u024F'’-]*){{0,3}}"
    rf"|(?:le|la|les|l['’])\s*[\w\u00C0-\u024F'’-]+(?:{SP}[\w\u00C0-\u024F'’-]+){{0,3}})\s*$")
_PP_BEFORE = re.compile(rf"(?:^|{SP})(?:de|du|des|d['’]|à|au|aux|en|par|pour|sur|avec|contre|dans|entre|sans)\s*$", re.I)


def _antecedent_start(text: str, s0: int, que: int, quotes) -> int | None:
    """Start of the noun phrase a relative "que" refers to: the last determiner of the clause chunk
    that does not open a prepositional phrase ("Où est passée la coalition ... que")."""
    seg_start = max(text.rfind(",", s0, que), text.rfind(":", s0, que), text.rfind(";", s0, que), s0 - 1) + 1
    best = None
    for dm in re.finditer(rf"(?<![\w\u00C0-\u024F])(?:(?:le|la|les|un|une|des|ce|cet|cette|ces)(?![\w\u00C0-\u024F])|l['’])",
                          text[seg_start:que], re.I):
        pos = seg_start + dm.start()
        if _PP_BEFORE.search(text[seg_start:pos]):
            continue
        if len(text[pos:que].split()) > 12:
            continue
        best = pos  # the last one: "Le sommet a enterré l'accord que ..." -> "l'accord"
    return best


# The finite verb that ends a subject noun phrase ("X a confirmé ...", "X n'a pas ...").
_FINITE_AFTER_SUBJECT = re.compile(
    rf"{SP}(?:(?:ne{SP}|n['’]\s*)?(?:a|ont|avait|avaient|aurait|auraient|est|sont|était|étaient|va|vont)|s['’]est|se{SP}sont)"
    rf"{_E}", re.I)
_COORD_ONLY = re.compile(rf"^[\s,;]*(?:(?:et|mais|puis|ensuite|avant|or){_E})?[\s,]*$", re.I)
_COORD_SUBJECT = re.compile(
    rf"(?:[,;]\s*(?:(?:et|mais|puis|or){SP})?|{SP}(?:et|mais|puis){SP})(?:(?:il|elle|ils|elles|on){SP})?"
    rf"(?:(?:{words_rx(CUES['connectors'])}|{words_rx(CUES['between'])}){SP})*$", re.I)


_TENSES = {"a": "pc", "ont": "pc", "est": "pc", "sont": "pc", "avait": "pqp", "avaient": "pqp", "etait": "pqp",
           "etaient": "pqp", "aurait": "cond", "auraient": "cond", "serait": "cond", "seraient": "cond"}


def _tense(form: str) -> str:
    """Tense class of a verb match from its auxiliary ("a déclaré" pc, "avait regretté" pqp)."""
    words = re.findall(r"[\w\u00C0-\u024F]+", actors_mod.fold(form))
    for w in words[:3]:
        if w in _TENSES:
            return _TENSES[w]
    return "simple"


def _coordinated_end(text: str, cs: int, ce: int, verbs, quotes, s1: int, main_form: str = "") -> int:
    """Cut a content clause before a coordinated speech act of the same or a pronoun subject:
    "a reconnu que ..., mais il a assuré que ...", "a accusé X de ... et a demandé une réunion".

    The coordinated verb must be in the main verb's tense: "a déclaré que Moscou avait plaidé ...,
    et avait regretté que ..." continues the reported clause (its pluperfect), not the frame."""
    qs = [(a, b + 1) for a, b in quotes]
    for typ, m, verb, _ in verbs:
        vs = m.start()
        if vs <= cs or vs >= ce or typ not in ("compound", "reflexive", "simple") or _in_any(vs, qs):
            continue
        if main_form and _tense(m.group()) != _tense(main_form):
            continue
        cm = _COORD_SUBJECT.search(text, cs, vs)
        if cm is None or cm.end() != vs:
            continue
        after_pos, _ = _skip_adverbials(text, m.end(), s1)
        if _complement(text, after_pos, s1, verb, quotes) is None:
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
    if typ == "inverted":
        return bool(re.match(r"^[^,«»“”\"]{0,40},\s*\S", after))
    mm = re.match(r"^\s*([^,«»“”\"]{2,80}),\s*\S", after)
    return bool(mm and _NP_START_STRICT.match(mm.group(1)) and not _QUE.match(mm.group(1)))


def _verb_matches(text: str, s0: int, s1: int, quotes):
    """Verbs of saying in a sentence, outside quotations, not negated: (type, match, Verb, pronoun)."""
    qs = [(a, b + 1) for a, b in quotes]
    out, taken = [], []
    for typ, rx in (("inverted", LEX.inverted), ("compound", LEX.modal), ("reflexive", LEX.reflexive),
                    ("compound", LEX.compound), ("participle", LEX.participle), ("simple", LEX.simple)):
        for m in rx.finditer(text, s0, s1):
            if _overlaps(m.start(), m.end(), taken):
                continue
            if _in_any(m.start(), qs) and not _incise_in_quote(text, m, typ, quotes):
                continue
            form = m.group("v") if "v" in m.re.groupindex and m.group("v") else (
                m.groupdict().get("v1") or m.groupdict().get("v2"))
            verb = LEX.verb_of(form, reflexive=(typ == "reflexive"))
            if verb is None:
                continue
            before = text[max(s0, m.start() - 30):m.start()]
            # Only the words outside quotations negate ("« Rien ne bouge », s'étonne X" is not).
            qend = max([b + 1 for a, b in quotes if b < m.start()] + [max(s0, m.start() - 30)])
            if _NEGATED.search(text[qend:m.start()]):
                continue
            if typ == "simple":
                # "l'annonce de Moscou", "une menace": a noun, not a verb.
                if _NOUN_BEFORE.search(before) or m.start() == s0:
                    continue
                if text[m.start()].isupper():
                    continue
            pron = m.groupdict().get("p1") or m.groupdict().get("p2") or ""
            out.append((typ, m, verb, pron))
            taken.append((m.start(), m.end()))
    out.sort(key=lambda x: x[1].start())
    return out


_OBJECT_QUE = re.compile(
    rf"^\s*(?:(?:à|au|aux){SP}[^,;:.«»\"]{{1,40}}?|(?-i:[A-ZÀ-Ý][\w\u00C0-\u024F'’-]+(?:{SP}[A-ZÀ-Ý][\w\u00C0-\u024F'’-]+)?)"
    rf"|(?:les|son|sa|ses|leur|leurs){SP}[\w\u00C0-\u024F'’-]+(?:{SP}[\w\u00C0-\u024F'’-]+)?){SP}(?:que{SP}|qu['’])", re.I)


# "a estimé jeudi soir en Floride que", "avait assuré dès le lendemain de l'élection que": a short
# place or time complement (no comma, no quote) between the verb and its que-clause. "avant que",
# "pendant que" (conjunctions) need a word between the preposition and "que", so they never match.
_ADVERBIAL_QUE = re.compile(
    rf"^\s*(?:en|à|au|aux|dès|depuis|lors|devant|après|avant|pendant|dans|sur|par|face{SP}à|au{SP}cours{SP}d['’]?\w*)"
    rf"{SP}[^,;:.!?«»\"“”]{{1,50}}?{SP}(?:que{SP}|qu['’])", re.I)
# An object NP of a few words that contains a quotation: "un « faible niveau de confiance »".
# The words before the quote are the NP's own (adjectives, nouns), not a preposition or "comme"
# ("considère ces frappes comme « une agression »" qualifies an object, it does not quote one).
_QUOTED_NP = re.compile(
    rf"^\s*{_DET}\s*(?:(?!(?:comme|de|du|des|à|au|aux|en|par|pour|sur|avec|contre|dans|et|ou|que|qui){_E})"
    rf"[\w\u00C0-\u024F'’-]+{SP}){{0,2}}(?P<q>[«“])", re.I)


# An object NP headed by an event noun ("l'appel", "la prochaine visite", "sa démission").
_EVENT_OBJECT = re.compile(
    rf"^\s*{_DET}\s*(?:{words_rx(CUES['event_object_modifiers'])}{SP})?{words_rx(CUES['event_objects'])}{_E}"
    rf"(?!\s*(?:selon|d['’]après){_E})", re.I)


def _complement(text: str, pos: int, end: int, verb, quotes) -> tuple[str, int] | None:
    """(complement kind, content start) after a verb, or None when no speech follows."""
    seg = text[pos:end]
    comps = verb.complements
    m = _QUE.match(seg)
    if m and "que" in comps | {"que"}:
        return "que", pos + m.end()
    if "que" in comps:
        # "a averti Washington que", "a assuré à son homologue que", "a répété à plusieurs reprises que".
        m = _OBJECT_QUE.match(seg) or _ADVERBIAL_QUE.match(seg)
        if m:
            return "que", pos + m.end()
    if "de_np" in comps:
        # "a qualifié de « provocation » la frappe américaine": the qualification, then the object.
        m = re.match(rf"^\s*(?:de{SP}|d['’])(?=[«“\"\w])", seg, re.I)
        if m:
            # "fait état d'une conversation": the NP after "de" is the content; "qualifié de
            # « provocation » la frappe": the qualification stays with its object.
            if _NP_START_STRICT.match(seg[m.end():]) and not seg[m.end():m.end() + 1].isupper():
                return "np", pos + m.end()
            return "np", pos + len(seg) - len(seg.lstrip())
    m = _COLON.match(seg)
    if m:
        return "colon", pos + m.end()
    stripped = seg.lstrip()
    if stripped[:1] in OPENERS and any(a == pos + len(seg) - len(stripped) for a, _ in quotes):
        return "quote", pos + len(seg) - len(stripped)
    if verb.reflexive:
        if "adj" in comps and re.match(rf"^\s*(?:prêt|prête|prêts|prêtes|ouvert|ouverte|ouverts|ouvertes|favorable|favorables|opposé|opposée|opposés|opposées|hostile|hostiles|disposé|disposée|disposés|disposées|satisfait|satisfaite|satisfaits|inquiet|inquiète|inquiets|convaincu|convaincue|convaincus|certain|certaine|sûr|sûre|confiant|confiante|déterminé|déterminée|déterminés|\w+(?:é|ée|és|ées|ible|ibles|able|ables|if|ive|ifs|ives|eux|euse|ant|ante|ants|ique|iques|aire|aires|ent|ente|ents|entes))\b", seg, re.I):
            return "adj", pos + len(seg) - len(seg.lstrip())
        if "de" in comps and re.match(rf"^\s*(?:de{SP}|d['’])", seg, re.I):
            return "de", pos + len(seg) - len(seg.lstrip())
        # "s'est engagé à ...", "s'est prononcé contre ...": the other complements below.
    m = _DE_INF.match(seg) if "de" in comps else None
    if m:
        # "a proposé aux États-Unis d'effectuer des frappes", "a accusé Washington de soutenir ...":
        # the content is the infinitive clause, without "de" and the object before it (the gold
        # convention: the reported clause without que/de).
        return "de", pos + m.start("inf")
    m = _A_INF.match(seg) if "a_inf" in comps else None
    if m:
        return "a_inf", pos + m.end()
    # "a plaidé pour une coordination des frappes" (the object NP is what is argued for),
    # "a insisté sur le fait que ..." (a que-clause in disguise).
    for prep in ("pour", "sur", "contre"):
        if prep in comps:
            m = re.match(rf"^\s*{prep}{SP}(?:le{SP}fait{SP}(?:que{SP}|qu['’]))?", seg, re.I)
            if m:
                if m.group().rstrip().lower().endswith(("que", "qu'", "qu’")):
                    return "que", pos + m.end()
                if _NP_START_STRICT.match(seg[m.end():]):
                    return "np", pos + m.end()
                return prep, pos + len(seg) - len(seg.lstrip())
    if "inf" in comps:
        m = _INF.match(seg)
        if m:
            word = re.findall(r"[\w\u00C0-\u024F]+", m.group())[-1].lower()
            # "a annoncé avoir effectué", "toujours s'appuyer"; not a noun phrase ("le pouvoir").
            if word in ("avoir", "être") or (word not in _NOT_INF and not _NP_START_STRICT.match(seg)):
                return "inf", pos + len(seg) - len(seg.lstrip())
    if verb.np_object and re.match(rf"^\s*{_DET}", seg, re.I):
        if verb.polarity in ("assert", "confirm") and "de_np" not in comps and _EVENT_OBJECT.match(seg):
            # "a confirmé l'appel", "a annoncé sa démission": that a contact happened, not words.
            # Denials, refusals and demands of an event are positions ("a démenti toute rencontre",
            # "a demandé une réunion d'urgence"); "a qualifié la réunion de « coup »" characterises it.
            return None
        return "np", pos + len(seg) - len(seg.lstrip())
    # "a reconnu un « faible niveau de confiance »", "a dénoncé une « provocation »": a verb of
    # saying whose object NP quotes the speaker's words reports them, even for verbs that take no
    # plain NP object (the quotation marks are the journalist's sign of speech).
    m = _QUOTED_NP.match(seg)
    if m and any(pos + m.start("q") == a for a, _ in quotes):
        return "np", pos + len(seg) - len(seg.lstrip())
    return None


_NP_STOP = re.compile(
    rf"{SP}(?:et{SP}(?:a|ont|avait|avaient|s['’]est|se{SP}sont){SP}|lors{SP}(?:de|du|des|d['’])|au{SP}cours{SP}(?:de|du|des|d['’])|"
    rf"à{SP}l['’]issue{SP}(?:de|du|des|d['’])|en{SP}marge{SP}(?:de|du|des|d['’])|devant{SP}(?:la{SP}presse|les{SP}journalistes|des{SP}journalistes))", re.I)


def _phrase_end(text: str, pos: int, end: int, quotes, *, stop_at_comma: bool = True) -> int:
    """End of a noun-phrase content: the first comma (or ';', '.') outside quotes and brackets."""
    depth = 0
    qs = [(a, b + 1) for a, b in quotes]
    for i in range(pos, end):
        ch = text[i]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif depth == 0 and not _in_any(i, qs) and (ch in ";" or (ch == "," and stop_at_comma)):
            return i
    return end


def _frames(text: str, s0: int, s1: int, quotes, ctx_register_find=None) -> list[Frame]:
    """Every frame of one sentence, in text order.

    ``ctx_register_find(snippet)`` -> [(start, end)] of register actors at the start of a snippet
    (for "Après avoir démenti ..., les États-Unis").
    """
    frames: list[Frame] = []
    claimed: list[tuple[int, int]] = []
    verbs = _verb_matches(text, s0, s1, quotes)
    clause_start = s0

    # 1. Inverted frames: the content comes before the verb.
    for typ, m, verb, pron in verbs:
        vs, ve = m.start(), m.end()
        if _in_any(vs, claimed):
            continue
        before = text[clause_start:vs].rstrip()
        after_pos, channel = _skip_adverbials(text, ve, s1)
        if typ == "inverted":
            inverted = True
        elif typ in ("compound", "simple", "reflexive") and before and before[-1] in ",»”\"":
            comp = _complement(text, after_pos, s1, verb, quotes)
            prev_chunk = before.rstrip(",").rstrip()
            inverted = comp is None or comp[0] == "np"
            if re.search(rf"(?:^|,)\s*(?:qui|dont)\s[^,]*$", prev_chunk):
                inverted = False
            # "La représentante à l'ONU, Samantha Power, a dénoncé ...": a name (or a role
            # apposition) before the comma is the subject, not a reported clause.
            last = re.split(r"[,:]", prev_chunk)[-1].strip()
            # ("La Russie, a estimé M. Kerry, doit ...": a capitalised determiner is no person's name.)
            person_name = _NAME_ONLY.match(last) and not re.match(r"^(?:La|Le|Les|L['’])(?:\s|(?<=['’]))", last)
            if before[-1] == "," and last and (person_name or _role_phrase(last) or _VOICE_AT.match(last)):
                inverted = False
            if inverted and not _NP_START_STRICT.match(text[after_pos:s1].lstrip()[:40] or "x"):
                inverted = False
        else:
            inverted = False
        if not inverted:
            continue
        cs, ce = _strip_span(text, clause_start, vs)
        if cs >= ce:
            continue
        if pron:
            sp_span = (m.start("p1") if m.groupdict().get("p1") else m.start("p2"),
                       m.end("p1") if m.groupdict().get("p1") else m.end("p2"))
            np_end = ve
        else:
            np_end = _np_end(text, after_pos, s1, quotes)
            sp_span = _strip_span(text, after_pos, np_end)
            if sp_span[0] >= sp_span[1]:
                continue
        tail, channel2 = _skip_adverbials(text, np_end, s1)
        chan = "; ".join(c for c in (channel, channel2) if c)
        # An incise: "Les discussions, a précisé le diplomate, se poursuivront." The content
        # runs on after the frame; it spans the whole clause, frame inside (like a split quote).
        rest = text[tail:s1]
        if re.match(r"^\s*,\s*\S", rest) and text[vs - 2:vs].strip() == "," \
                and not any(a == tail + len(rest) - len(rest.lstrip(" ,")) for a, _ in quotes):
            after = text[tail:s1].lstrip(" ,")
            if not (_PARTICIPLE_FRAME.match("," + after) or re.match(rf"^(?:en{SP})?\w+ant{_E}|^(?:sans|lors|selon|avant|après|tout|alors|qui|dont|ce qui){_E}", after, re.I)) \
                    and not any(m2.start() > tail for _, m2, _, _ in verbs) and _ACCORDING.search(text, tail, s1) is None:
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
                chan = _ws(cm.group())
        frames.append(Frame("", (vs, ve), (cs, ce), sp_span, verb, chan, pron, frame_type="inverted"))
        claimed.append((clause_start, max(np_end, ve)))
        clause_start = max(np_end, ve)
        # « A », a-t-il ajouté, « B »: the second quotation belongs to the same frame.
        rest = text[clause_start:s1]
        mq = re.match(r"^\s*,\s*", rest)
        if mq:
            qpos = clause_start + mq.end()
            q = next(((a, b) for a, b in quotes if a == qpos), None)
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

    # 2. Direct-order and participial frames: the content follows the verb.
    last_speaker_frame = None
    for typ, m, verb, pron in verbs:
        vs, ve = m.start(), m.end()
        if _in_any(vs, claimed):
            continue
        after_pos, channel = _skip_adverbials(text, ve, s1)
        comp = _complement(text, after_pos, s1, verb, quotes)
        if comp is None:
            continue
        ckind, cstart = comp
        if typ == "participle":
            # "..., affirmant avoir visé ...", "tout en accusant Washington de vouloir ...":
            # an infinitive or a 'de' clause continues the speech act too.
            if ckind not in ("que", "colon", "quote", "inf", "de", "np"):
                continue
            # Participle clause of the main verb: same speaker ("..., ajoutant que ...").
            prev = [f for f in frames if f.cue[0] < vs]
            if not prev and not text[s0:vs].rstrip().endswith(","):
                continue
            ce = _clause_end(text, cstart, s1, quotes) if ckind != "np" else _phrase_end(text, cstart, s1, quotes)
            frames.append(Frame("", (vs, ve), (cstart, ce), None, verb, channel, inherit=True,
                                frame_type="participle", complement=ckind))
            claimed.append((vs, ce))
            continue
        if typ == "inverted":
            continue
        # Subject before the verb, from the start of this clause.
        prior = [c for c in claimed if c[1] <= vs]
        cs = max([s0] + [c[1] for c in prior])
        subj = _subject_before(text, cs, vs, quotes)
        ante = _ANTECEDENT_NAME.search(text, cs, vs) if subj is None else None
        if ante is not None:
            # "en réponse aux propos tenus par M. Mattis, qui avait appelé l'Otan à ...": the
            # relative's antecedent is the name right before it, not the sentence's main speaker.
            subj, inherit = (ante.start("n"), ante.end("n")), False
        elif subj is None:
            # A bare relative "qui a déclaré" or a missing subject: continue the previous speaker.
            if (re.search(rf"{_B}qui\s*$", text[cs:vs], re.I) or _COORD_ONLY.match(text[cs:vs])) and frames:
                # "qui a déclaré", "..., et a demandé": the subject of the previous frame.
                subj = None
                inherit = True
            else:
                continue
        else:
            inherit = False
        voice = _voice(text, ve, after_pos) or _voice(text, cs, vs)
        if voice is not None and re.search(r"[A-ZÀ-Ý]", text[voice[0]:voice[1]]):
            # "par la voix de son porte-parole Dmitri Peskov": the named person speaks for it;
            # a bare "par la voix de son porte-parole" leaves the institution as the speaker.
            subj, inherit = voice, False
        if ckind == "colon":
            ce = s1
            # « ... » right after the colon: the quotation is the content.
        elif ckind == "np":
            ce = _phrase_end(text, cstart, s1, quotes)
            # "a reconnu une « erreur » et a exprimé ses regrets", "a dénoncé une manœuvre lors
            # d'une réunion": a coordinated verb or a circumstance of the speech act ends the object.
            mstop = _NP_STOP.search(text, cstart, ce)
            if mstop and not any(a < mstop.start() <= b for a, b in quotes):
                ce = mstop.start()
            # "a salué un accord qui permettra, selon ses mots, de ...": a relative clause on the
            # object runs past its commas, to the end of the clause.
            if _RELATIVE_IN_NP.search(text, cstart, ce):
                ce = _clause_end(text, cstart, s1, quotes)
        elif ckind == "quote":
            q = next(((a, b) for a, b in quotes if a == cstart), None)
            ce = q[1] + 1 if q else s1
        else:
            ce = _clause_end(text, cstart, s1, quotes)
        if ckind not in ("quote", "colon"):
            ce = _coordinated_end(text, cstart, ce, verbs, quotes, s1, main_form=m.group())
        # "a affirmé que ... : « Je ne dirais pas ... »": the quotation after the colon is a
        # direct statement of the same speaker, not part of the reported clause.
        tail_quote = None
        if ckind not in ("quote", "colon"):
            for a, b in quotes:
                if cstart < a < ce and b + 1 >= ce - 2 and re.search(r":\s*$", text[cstart:a]):
                    tail_quote = (a, b + 1)
                    ce = text.rindex(":", cstart, a)
                    break
        frames.append(Frame("", (vs, ve), (cstart, ce), subj, verb, channel, inherit=inherit,
                            frame_type="direct-order", complement=ckind))
        claimed.append((subj[0] if subj else vs, ce))
        last_speaker_frame = frames[-1]
        if tail_quote:
            frames.append(Frame("", (vs, ve), tail_quote, None, verb, channel, inherit=True,
                                frame_type="colon-quote", complement="quote"))
            claimed.append(tail_quote)

    # 2a. A speech act on a relative's antecedent: "la coalition commune que Donald Trump appelait
    # de ses vœux", "l'accord que Moscou a salué": the antecedent NP is what was said.
    for typ, m, verb, pron in verbs:
        vs = m.start()
        if typ not in ("compound", "simple") or not verb.np_object or _in_any(vs, claimed):
            continue
        rel = _RELATIVE_OBJECT.search(text[s0:vs])
        if rel is None or not _NP_START_STRICT.match(rel.group("subj")):
            continue
        subj = (s0 + rel.start("subj"), s0 + rel.end("subj"))
        que = s0 + rel.start()
        a = _antecedent_start(text, s0, que, quotes)
        if a is None or _in_any(a, claimed):
            continue
        after = text[m.end():s1]
        if re.match(rf"^\s*(?:{_DET}|que{_E}|qu['’]|:)", after, re.I):
            continue  # the verb has its own object: not on the antecedent
        frames.append(Frame("attributed", (vs, m.end()), (a, que), subj, verb,
                            frame_type="relative", complement="np"))
        claimed.append((a, m.end()))

    # 2b. Refusals to comment ("n'a pas souhaité faire de commentaire"): the subject chose silence.
    for m in LEX.no_comment.finditer(text, s0, s1):
        if _in_any(m.start(), claimed):
            continue
        prior = [c for c in claimed if c[1] <= m.start()]
        cs = max([s0] + [c[1] for c in prior])
        subj = _subject_before(text, cs, m.start(), quotes)
        if subj is None:
            continue
        ce = _phrase_end(text, m.start(), s1, quotes, stop_at_comma=False)
        frames.append(Frame("attributed", (m.start(), m.end()), (m.start(), ce), subj, None,
                            frame_type="no-comment", complement="no-comment"))
        claimed.append((subj[0], ce))

    # 2c. Passive denials: "une déclaration qui a aussitôt été démentie par le Pentagone".
    for m in LEX.passive.finditer(text, s0, s1):
        if _in_any(m.start(), claimed) or _in_any(m.start(), [(a, b + 1) for a, b in quotes]):
            continue
        verb = LEX.verb_of(m.group("v"))
        np_end = _np_end(text, m.end(), s1, quotes)
        sp = _strip_span(text, m.end(), np_end)
        prior = [c for c in claimed if c[1] <= m.start()]
        cs = max([s0] + [c[1] for c in prior])
        seg = text[cs:m.start()]
        cut = max(seg.rfind(","), seg.rfind(":"))
        a = cs + cut + 1 if cut >= 0 else cs
        rel = _RELATIVE.search(text, a, m.start())
        b = rel.start() if rel else m.start()
        a, b = _strip_span(text, a, b)
        a += len(_CONNECTOR.match(text[a:b]).group()) if _CONNECTOR.match(text[a:b]) else 0
        if a >= b or sp[0] >= sp[1] or not _NP_START_STRICT.match(text[a:b]):
            continue
        frames.append(Frame("attributed", (m.start(), m.end()), (a, b), sp, verb,
                            frame_type="passive", complement="np"))
        claimed.append((a, np_end))

    # 2d. "Après avoir démenti toute opération ..., les États-Unis ...": the main subject speaks.
    for m in LEX.after_having.finditer(text, s0, s1):
        if _in_any(m.start(), claimed):
            continue
        verb = LEX.verb_of(m.group("v"))
        cs = m.end()
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
        frames.append(Frame("attributed", (m.start(), m.end()), (cs, ce), (sp_start + fs, sp_start + fe), verb,
                            frame_type="after-having", complement="np"))
        claimed.append((m.start(), ce))

    # 3. "Selon X, ..." / "..., d'après X".
    for m in _ACCORDING.finditer(text, s0, s1):
        cue_s, cue_e = m.start(), m.end()
        if _in_any(cue_s, claimed) or _in_any(cue_s, [(a, b + 1) for a, b in quotes]):
            continue
        lead = text[s0:cue_s]
        lead_clean = _CONNECTOR.sub("", lead.strip())
        if not lead_clean.strip(" ,"):
            # Sentence-initial: "Selon X, content."
            comma = text.find(",", cue_e, s1)
            if comma < 0:
                continue
            sp = _strip_span(text, cue_e, comma)
            # "Selon X, qui s'exprimait devant la presse, ...": the relative clause describes X.
            while True:
                relative = re.match(rf"^\s*(?:qui|dont|lequel|laquelle|interrogée?s?|cité(?:e|s|es)?){_E}", text[comma + 1:s1], re.I)
                nxt = text.find(",", comma + 1, s1)
                appos = not relative and nxt > 0 and _apposition(text[comma + 1:s1]) and _role_phrase(text[comma + 1:nxt])
                if not (relative or appos) or nxt < 0:
                    break
                if appos and not relative and sp[1] == comma:
                    # "Selon Paul Martin, porte-parole du ministère X, ...": the apposition belongs to
                    # the speaker mention (it gives the organisation), not to the content.
                    sp = _strip_span(text, cue_e, nxt)
                comma = nxt
            cs, ce = comma + 1, _clause_end(text, comma + 1, s1, quotes)
        elif lead.rstrip().endswith(","):
            np_end = _np_end(text, cue_e, s1, quotes)
            sp = _strip_span(text, cue_e, np_end)
            cs = max([s0] + [c[1] for c in claimed if c[1] <= cue_s])
            ce = len(lead.rstrip()) + s0 - 1
        else:
            continue
        if sp[0] >= sp[1]:
            continue
        frames.append(Frame("attributed", (cue_s, cue_s + len(m.group("cue"))), (cs, ce), sp, None,
                            frame_type="according"))
        claimed.append((min(cs, cue_s), max(ce, sp[1])))

    # 4. "Pour le Kremlin, il s'agit d'une provocation": an opinion credited to a registered actor
    # (only then: "Pour la première fois, ..." is not a source).
    m = _FOR_ACTOR.match(text, s0, s1)
    if m and not _in_any(m.start(), claimed) and ctx_register_find is not None:
        comma = _np_end(text, m.end(), s1, quotes)
        if comma > m.end() and text[comma:comma + 1] == ",":
            # "Pour les militaires américains, ..." (a plural group) is the journalist's summary of
            # a collective's view, not a source: only a singular actor is credited.
            who = text[m.end():comma]
            # A person's full name (an expert with an apposition: "Pour Jean Dupont, chercheur à
            # l'IRIS, ...") is a source too, registered or not.
            # "Pour La Haye, ...": a capitalised determiner starts a place or body, not a person.
            first = _ws(who.split(",")[0]).strip()
            named = bool(_NAME_ONLY.match(first)) and not re.match(r"^(?:La|Le|Les|L['’])(?:\s|(?<=['’]))", first)
            # "Pour l'expert Alexeï Malachenko, ...", "Pour le politologue Jean Dupont, ...": a person
            # named after a role noun is a source too.
            mt = _TITLED_NAME.match(first)
            named = named or bool(mt and _head_noun(actors_mod.fold(mt.group("t")))[0] == "person")
            if (named or ctx_register_find(who, whole=True)) and _number_of(who) != "p":
                # "Pour l'expert X, du Centre Carnegie de Moscou, ...", "Pour X, chercheur à l'IFRI, ...":
                # the apposition belongs to the source, not to the opinion.
                while True:
                    nxt = text.find(",", comma + 1, s1)
                    chunk = text[comma + 1:nxt] if nxt > 0 else ""
                    if chunk and not any(comma < a < nxt for a, _ in quotes) and (
                            re.match(r"^\s*(?:du|de\s+la|de\s+l['’]|des|d['’])\s*[A-ZÀ-Ý]", chunk) or _role_phrase(chunk)):
                        comma = nxt
                    else:
                        break
                sp = _strip_span(text, m.end(), comma)
                cs, ce = comma + 1, _clause_end(text, comma + 1, s1, quotes)
                frames.append(Frame("attributed", (m.start("cue"), m.end("cue")), (cs, ce), sp, None,
                                    frame_type="according"))
                claimed.append((s0, ce))
    frames.sort(key=lambda f: f.content[0])
    return frames


def _trim_content(text: str, s: int, e: int, quotes) -> tuple[int, int, bool]:
    """Strip connectors, datelines, punctuation and enclosing quotes; (start, end, fully_quoted)."""
    s, e = _strip_span(text, s, e)
    for _ in range(3):
        seg = text[s:e]
        m = _DATELINE.match(seg) or _CONNECTOR.match(seg)
        if not m or m.end() == 0:
            break
        s, e = _strip_span(text, s + m.end(), e)
    # Drop closing punctuation of a quotation that ends the content (« ... . »).
    q = next(((a, b) for a, b in quotes if a == s), None)
    if q and q[1] + 1 >= e - 1 and not text[q[1] + 1:e].strip(" .,;:!?()"):
        s2, e2 = _strip_span(text, q[0] + 1, q[1], " \t\r\n\u00a0\u202f")
        return s2, e2, True
    return s, e, False


def _shape(text: str, f: Frame, quotes) -> tuple[int, int, str]:
    """Content span and kind of a frame.

    Noun-phrase objects ("a démenti ces affirmations"), "selon" and refusals to comment are
    'attributed'. A content made mostly of quotation (at least half its characters, quotes of
    four words or more) is 'direct' and spans the quoted words only, from the first to the last
    quotation (the journalist's insert between two parts of a split quote stays inside);
    anything else is 'indirect' and keeps its partial quotes.
    """
    cs, ce, fully = _trim_content(text, *f.content, quotes)
    if f.frame_type in ("according", "no-comment") or f.complement == "np":
        return cs, ce, "attributed"
    if fully:
        return cs, ce, "direct"
    if f.frame_type == "split":
        a, b = _strip_span(text, cs + 1, ce - 1, " \t\r\n\u00a0\u202f")
        return a, b, "direct"
    inner = [(a, b) for a, b in quotes if a >= cs and b < ce and len(text[a + 1:b].split()) >= 4]
    if f.complement in ("que", "de", "a_inf", "inf", "adj") and inner and inner[0][0] > cs:
        # "a répété qu'il serait bon de « s'entendre avec la Russie »", "a appelé l'Otan à traiter
        # avec Moscou « en position de force »": a clause that opens with the journalist's words
        # is indirect speech with quoted islands, whatever their share.
        return cs, ce, "indirect"
    if inner and _quoted_share(text, cs, ce, inner) >= 0.5:
        a, b = _strip_span(text, inner[0][0] + 1, inner[-1][1], " \t\r\n\u00a0\u202f")
        return a, b, "direct"
    return cs, ce, "indirect"


def _quoted_share(text: str, s: int, e: int, quotes) -> float:
    if e <= s:
        return 0.0
    inside = sum(max(0, min(e, b + 1) - max(s, a)) for a, b in quotes)
    return inside / (e - s)


# ---------------------------------------------------------------------------------------------
# Public API


# Reportive conditional ("seraient menées", "pourrait", "se ferait"): third-person conditional forms.
_REPORTIVE = re.compile(r"(?<![\w\u00C0-\u024F])(?:serai(?:t|ent)|aurai(?:t|ent)|pourrai(?:t|ent)|devrai(?:t|ent)|"
                        r"ferai(?:t|ent)|irai(?:t|ent)|[\w\u00C0-\u024F]{2,}(?:erai|irai)(?:t|ent))(?![\w\u00C0-\u024F])", re.I)


# "Cette coopération serait une première", "Une telle opération serait ...": the journalist's
# comment on what was just reported, not more of its content.
_COMMENT_START = re.compile(r"\s*(?:ce|cet|cette|ces|une\s+telle|un\s+tel|de\s+tels|de\s+telles|il\s+s['’]agirait)\b", re.I)


def _pull_quote(text: str, q: tuple[int, int], ps: int, pe: int) -> bool:
    """A paragraph that is only a quotation repeated word for word elsewhere in the article is a
    pull quote (an "intertitre" or exergue set by the editor), not a new statement."""
    if text[ps:pe].strip() != text[q[0]:q[1] + 1].strip():
        return False
    inner = text[q[0] + 1:q[1]].strip()
    return len(inner) >= 12 and text.lower().count(inner.lower()) > 1


def statements_in_text(text: str, *, spans=None, article: str = "", published: date | None = None,
                       register=None) -> pd.DataFrame:
    """Statements in a plain text.

    Args:
        text: the article text; every offset indexes it.
        spans: (start, end) of the press paragraphs, or (para, start, end); default: the text
            split on blank lines.
        article: article id written in the ``article`` column.
        published: publication date, to date the statements.
        register: an ``actors.Register`` (default: ``data/actors.csv``).

    Returns:
        DataFrame with ``COLUMNS`` (one row per statement, ``text == text[start:end]``).
        ``utterance`` is "" except on reports of one speech event in this text
        (:func:`same_events`), which share a key "<article>@<start>-<end>" that
        :func:`link_utterances` turns into an utterance id.
    """
    reg = _register(register)
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    if spans is None:
        spans, pos = [], 0
        for m in re.finditer(r"\n[ \t\u00a0]*\n", text + "\n\n"):
            if m.start() > pos:
                spans.append((pos, min(m.start(), len(text))))
            pos = m.end()
    spans = [(i, *sp) if len(sp) == 2 else tuple(sp) for i, sp in enumerate(spans)]
    ctx = Context(text=text, register=reg, published=published, last_date=published)
    rows: list[dict] = []
    pending_colon: Speaker | None = None
    last_quote: tuple[int, int] | None = None  # a quotation standing alone as a sentence
    prev_speaker: Speaker | None = None  # named speaker of the previous sentence's last statement
    doc_speaker: tuple | None = None  # (para, speaker) of a document reported in the previous sentence
    for para, ps, pe in spans:
        for s0, s1 in sentences(text, start=ps, end=pe):
            quotes = quote_spans(text, s0, s1)
            frames = _frames(text, s0, s1, quotes,
                             lambda snip, whole=False: _known_actor(snip, ctx) if whole else _actors_at_start(snip, ctx))
            if not frames and pending_colon is not None and text[s0] in OPENERS:
                q = next(((a, b) for a, b in quotes if a == s0), None)
                if q:
                    frames = [Frame("", (s0, s0), (q[0], q[1] + 1), None, None, frame_type="colon-next")]
            elif not frames and prev_speaker is not None and text[s0] in OPENERS:
                # A quotation standing alone right after a speech act continues its speaker
                # ("Sergueï Lavrov a durci le ton, jugeant que ... . « Nous ne reculerons pas. »"),
                # unless the next sentence names another one ("C'est ce qu'a déclaré X").
                q = next(((a, b) for a, b in quotes if a == s0), None)
                if q and (q[1] + 1 - s0) >= 0.8 * (s1 - s0) and len(text[q[0] + 1:q[1]].split()) >= 4 \
                        and not _CEST_CE_QUE.match(text[s1:s1 + 200].lstrip()) \
                        and not _pull_quote(text, q, ps, pe):
                    pending_colon = prev_speaker
                    frames = [Frame("", (s0, s0), (q[0], q[1] + 1), None, None, frame_type="colon-next")]
            if not frames and doc_speaker is not None and doc_speaker[0] == para and _REPORTIVE.search(text, s0, s1) \
                    and not quotes and _ACCORDING.search(text, s0, s1) is None and not _COMMENT_START.match(text, s0, s1):
                # "Le document appelle à ... . Les frappes seraient menées par ...": the reportive
                # conditional goes on with the content of the document reported just before, in
                # the same paragraph (the journalist does not vouch for it).
                pending_colon = doc_speaker[1]
                frames = [Frame("", (s0, s0), (s0, s1), None, None, frame_type="colon-next")]
            elif not frames:
                doc_speaker = None
            # « ... » C'est ce qu'a déclaré X.  The speaker comes in the sentence after the quote.
            m = _CEST_CE_QUE.match(text, s0, s1)
            if m and last_quote is not None and not frames:
                verb = LEX.verb_of(m.group("v"))
                np_end = _np_end(text, m.end(), s1, quotes)
                sp = _strip_span(text, m.end(), np_end)
                if verb is not None and sp[0] < sp[1]:
                    frames = [Frame("", (m.start("v"), m.end("v")), last_quote, sp, verb, frame_type="after")]
            last_quote = None
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
                    if not prev and not main:
                        subj = _subject_before(text, s0, f.cue[0], quotes)
                        if subj:
                            # "L'équipe de X a confirmé l'appel, indiquant que": the main clause
                            # is no statement; its subject stops at its verb.
                            mv = _FINITE_AFTER_SUBJECT.search(text, subj[0], subj[1])
                            subj = (subj[0], mv.start()) if mv and mv.start() > subj[0] else subj
                        speakers = resolve(text[subj[0]:subj[1]], ctx, content=content_txt) if subj else speakers
                else:
                    np = text[f.speaker[0]:f.speaker[1]] if f.speaker else ""
                    source = ""
                    if f.pronoun and actors_mod.fold(f.pronoun) == "on":
                        ms = _ON_SOURCE.match(text, f.cue[1], s1)
                        source = ms.group("x") if ms else ""
                        if ms and re.search(r"source\s*$", text[ms.start():ms.start("x")], re.I):
                            source = "une source " + source  # "de source militaire russe"
                    speakers = resolve(np, ctx, channel=f.channel, content=content_txt, source=source)
                    if f.frame_type == "according":
                        speakers = _according_speakers(np, speakers, ctx)
                        if not speakers:
                            continue
                if not f.inherit and f.frame_type != "colon-next":
                    main = speakers
                if f.content[1] >= s1 - 1 and text[s0:s1].rstrip().endswith(":") and speakers:
                    # "X a déclaré :" closing the sentence: the next quotation is X's.
                    pending_colon = speakers[0]
                cs, ce, kind = _shape(text, f, quotes if f.frame_type != "after" else quote_spans(text, *f.content))
                if ce <= cs:
                    continue
                frame_spans = [(s0, min(cs, f.content[0])), (max(ce, f.content[1]), s1)]
                if cs < f.cue[0] < ce:
                    # A split quote keeps its insert in the span ("« ... », a affirmé jeudi 16 février
                    # le ministre, « ... »): the insert is still the frame that dates the saying.
                    reopen = min((a for a, _ in quotes if a > f.cue[0]), default=ce)
                    frame_spans.append((f.cue[0], min(reopen, ce)))
                cue_txt = _ws(text[f.cue[0]:f.cue[1]])
                # "avait répété pendant sa campagne que ...": a candidate speaks for no state yet.
                candidate = any(_CANDIDATE.search(text, a, b) for a, b in frame_spans if b > a)
                for sp in speakers:
                    if candidate and sp.type == "person" and sp.name:
                        sp = Speaker(**{**sp.__dict__, "organization": "", "country": ""})
                    sentence_rows.append(dict(
                        article=article, para=int(para), start=cs, end=ce, text=text[cs:ce], kind=kind,
                        cue=cue_txt, cue_start=f.cue[0], cue_end=f.cue[1],
                        polarity=f.verb.polarity if f.verb is not None else "assert",
                        speaker=sp.name, speaker_mention=_ws(text[f.speaker[0]:f.speaker[1]]) if f.speaker else sp.mention,
                        speaker_start=f.speaker[0] if f.speaker else -1, speaker_end=f.speaker[1] if f.speaker else -1,
                        speaker_type=sp.type, speaker_id=sp.id, organization=sp.organization, country=sp.country,
                        attribution=("continuation" if f.inherit else sp.attribution), channel=f.channel,
                        sentence_start=s0, sentence_end=s1, _frame=frame_spans, _speaker=sp,
                        _inherit=f.inherit and f.frame_type in ("participle", "colon-quote"),
                        _ftype=f.frame_type, _lemma=f.verb.lemma if f.verb is not None else "",
                    ))
                    if sp.name or sp.attribution == "anonymous":
                        ctx.entities.append(sp)
                    if sp.name and (_DOCUMENT_CHANNEL.search(f.channel or "") or sp.attribution == "document"):
                        ctx.document_speaker = sp
                    elif sp.type == "media":
                        # "Les États-Unis proposent ..., rapporte le Washington Post": the outlet
                        # relays a document whose author is the clause's subject; a later "le texte"
                        # or "le document publié par le Post" speaks for that author.
                        author = _relayed_author(text, cs, ce, ctx)
                        if author is not None:
                            ctx.document_speaker = author
            sentence_rows = _relayed_by_media(text, sentence_rows, ctx)
            if not frames:
                _note_subject(text, s0, s1, ctx)
                if not (text[s0:s1].rstrip().endswith(":")):
                    pending_colon = None
            elif not text[s0:s1].rstrip().endswith(":"):
                pending_colon = None
            named = [r["_speaker"] for r in sentence_rows if r["_speaker"].name]
            prev_speaker = named[-1] if named else None
            if sentence_rows and not (frames and frames[0].frame_type == "colon-next" and doc_speaker is not None):
                last_row = sentence_rows[-1]
                head = _head_noun(actors_mod.fold(last_row["speaker_mention"] or ""))[1]
                doc_speaker = ((para, last_row["_speaker"]) if last_row["_speaker"].name and (
                    head in _DOCUMENT_HEADS or _DOCUMENT_CHANNEL.search(last_row.get("channel") or "")) else None)
            for i, r in enumerate(sentence_rows):
                main_row = next((p for p in reversed(sentence_rows[:i]) if not p["_inherit"]), None)
                if r["_inherit"] and main_row is not None:
                    # "..., a annoncé X, affirmant ...": the same speech act, the same date.
                    r.update({k: main_row[k] for k in ("date", "date_basis", "date_anchor", "date_text", "published")})
                    continue
                _date_row(r, ctx)
            rows.extend(sentence_rows)
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
    out = pd.DataFrame(rows, columns=COLUMNS)
    if not len(out):
        out = pd.DataFrame({c: pd.Series(dtype="int64" if c in _INT_COLS else "object") for c in COLUMNS})
    return out.astype({c: "int64" for c in _INT_COLS})


_INT_COLS = ["para", "start", "end", "cue_start", "cue_end", "speaker_start", "speaker_end",
             "sentence_start", "sentence_end"]


def _known_actor(np: str, ctx: Context) -> bool:
    """Whether a whole noun phrase names a registered actor (by name, alias or role title)."""
    reg, on = ctx.register, ctx.published
    np = _ws(np)
    if reg.lookup(np, on=on) is not None:
        return True
    folded = actors_mod.fold(np)
    head = actors_mod.strip_determiner(folded)
    hits = reg.find(np, on=on) + reg.find(np, on=on, roles=True)
    # The register name must start the phrase (after its determiner), not sit inside it
    # ("la première fois" never matches; "le ministre syrien des Affaires étrangères" does).
    return any(a.type == "person" or s <= len(folded) - len(head) + 1 for s, _, a in hits)


def _actors_at_start(snippet: str, ctx: Context) -> list[tuple[int, int]]:
    """(start, end) in ``snippet`` of the register actor named at its start ("les États-Unis ne ...")."""
    m = re.match(rf"^\s*(?:{_DET}\s*)?(?:[A-ZÀ-Ý][\w\u00C0-\u024F'’-]*(?:{SP}|$)){{1,4}}", snippet)
    if not m:
        return []
    words = snippet[:m.end()].rstrip()
    while words:
        if ctx.register.lookup(words, on=ctx.published) is not None:
            s = len(snippet) - len(snippet.lstrip())
            return [(s, len(words))]
        words = words.rsplit(" ", 1)[0] if " " in words.strip() else ""
    return []


_CANDIDATE = re.compile(rf"{_B}(?:{words_rx(CUES['candidate_frames'])}){_E}"
                        rf"(?!{SP}(?:{words_rx(CUES['campaign_not_followed_by'])}){_E})", re.I)
_ENTOURAGE = re.compile(r"^(?:" + "|".join(re.escape(actors_mod.fold(w)) for w in sorted(
    CUES["entourage_nouns"], key=len, reverse=True)) + r")(?: [a-z' ]{0,30})? (?:de|du|des|d')")
_PRESS_EVENT = re.compile(rf"{_B}(?:{words_rx(CUES['press_events'])}){_E}", re.I)
_OWN_WORDS = re.compile(r"^(?:ses|son|sa|leurs?) (?:propres )?(?:mots|termes|propos|paroles|expression|formule)$")
_COUNT_BY = re.compile(r"^(?:(?:dernier|nouveau|premier|precedent|lourd) )?(?:" + "|".join(
    re.escape(actors_mod.fold(w)) for w in CUES["counts_by_source"]) + r")(?: [a-z]+)? (?:de|du|des|d')")


def _relayed_author(text: str, cs: int, ce: int, ctx: Context) -> Speaker | None:
    """The registered actor subject of a relayed clause when its verb is one of saying or
    proposing ("Les États-Unis proposent d'accroître ..."), else None."""
    found = _actors_at_start(text[cs:ce], ctx)
    if not found:
        return None
    fs, fe = found[0]
    for typ, m, verb, _ in _verb_matches(text, cs + fe, min(ce, cs + fe + 40), []):
        if typ in ("simple", "compound") and m.start() - (cs + fe) <= 2:
            actor = ctx.register.lookup(text[cs + fs:cs + fe], on=ctx.published)
            if actor is not None and actor.type not in ("media", "person"):
                return _speaker_from_actor(ctx.register, actor, "document", text[cs + fs:cs + fe], on=ctx.published)
    return None


def _according_speakers(np: str, speakers: list[Speaker], ctx: Context) -> list[Speaker]:
    """Filter "selon X": figures are not speakers; "selon un communiqué de X" is X speaking."""
    folded = actors_mod.fold(np)
    low = actors_mod.strip_determiner(folded)
    head = low.split(" ")[0] if low else ""
    if _OWN_WORDS.match(folded):
        # "selon ses mots", "selon ses propres termes": the speaker in context.
        ent = _anaphor(ctx)
        return [Speaker(**{**ent.__dict__, "attribution": "pronoun", "mention": np})] if ent else []
    m = _COUNT_BY.match(low)
    if m:
        # "selon un bilan de l'OSDH": the organisation announced the toll; a bare
        # "selon un bilan provisoire" or "selon les chiffres de l'ONU" stays data.
        inner = np[len(np) - len(np.lstrip()):]
        mx = re.search(rf"{SP}(?:de{SP}|du{SP}|des{SP}|d['’])(?P<x>.+)$", inner, re.I)
        if mx:
            x = mx.group("x")
            sp = resolve(x if _NP_START_STRICT.match(x) else "le " + x, ctx)
            return [s for s in sp if s.name]
        return []
    if head in _NOT_SPEAKERS or low in _NOT_SPEAKERS or any(low.startswith(n + " ") for n in _NOT_SPEAKERS):
        return []
    if head in _DOCUMENTS:
        m = re.search(rf"{SP}(?:de{SP}|du{SP}|des{SP}|d['’])(?P<x>.+)$", np, re.I)
        if m and head not in ("source", "sources", "responsable", "responsables", "porte-parole"):
            inner = m.group("x")
            found = resolve(("l'" if np[m.start("x") - 2:m.start("x")] in ("d'", "d’") else "le ") + inner
                           if not _NP_START_STRICT.match(inner) else inner, ctx)
            for sp in found:
                sp.attribution = "document" if sp.name else sp.attribution
            return found
    return speakers


# A subject pronoun opening a "selon" content, not in the passive ("il aurait été blessé" is
# something that happened to him, not something he said).
_SUBJECT_PRONOUN = re.compile(rf"^(?P<p>il|elle|ils|elles){SP}(?!(?:[\wÀ-ɏ'’]+{SP}){{0,2}}été{_E})", re.I)


def _relayed_by_media(text: str, rows: list[dict], ctx: Context) -> list[dict]:
    """"Selon l'agence RIA Novosti, il aurait proposé ...": a news outlet relays someone's words.

    The speaker is the one the outlet reports: the subject of a verb of saying inside the
    "selon" content (that statement is kept, the outlet's row dropped), or else the antecedent
    of a subject pronoun opening it ("il aurait ..."). The outlet becomes the ``channel``.
    "Selon l'AFP, les frappes ont repris" (no person reported) stays the outlet's.
    """
    keep = []
    for r in rows:
        if r["_ftype"] != "according" or r["speaker_type"] != "media":
            keep.append(r)
            continue
        via = _ws(f"{r['cue']} {r['speaker_mention']}")
        inner = [q for q in rows if q is not r and q["_ftype"] != "according" and q["speaker"]
                 and q["speaker_type"] != "media" and r["start"] <= q["cue_start"] < r["end"]]
        m = _SUBJECT_PRONOUN.match(r["text"])
        if not inner and m:
            # Resolve the pronoun without the outlet itself, which was just noted as an entity.
            others = [e for e in ctx.entities if e is not r["_speaker"]]
            saved, ctx.entities = ctx.entities, others
            try:
                found = resolve(m.group("p"), ctx, content=r["text"])
            finally:
                ctx.entities = saved
            sp = found[0] if found else None
            if sp is not None and sp.name and sp.type != "media":
                r.update(speaker=sp.name, speaker_mention=m.group("p"), speaker_start=r["start"],
                         speaker_end=r["start"] + m.end("p"), speaker_type=sp.type, speaker_id=sp.id,
                         organization=sp.organization, country=sp.country, attribution=sp.attribution,
                         channel=r["channel"] or via, _speaker=sp)
                keep.append(r)
                continue
        if inner:
            for q in inner:
                q["channel"] = q["channel"] or via
            ctx.entities = [e for e in ctx.entities if e is not r["_speaker"]]
            continue
        keep.append(r)
    return keep


def _note_subject(text: str, s0: int, s1: int, ctx: Context) -> None:
    """Remember the subject of a sentence without speech, for later pronouns ("Le chef de la
    diplomatie américaine ... n'a pas souhaité commenter. « ... », a-t-il dit")."""
    _note_scene(text, s0, s1, ctx)
    seg = text[s0:min(s1, s0 + 200)]
    chunks = seg.split(",")
    # Skip introductory chunks ("Dans la nuit du 9 au 10 septembre, Sergueï Lavrov ...").
    while len(chunks) > 1 and _is_intro(chunks[0]):
        chunks = chunks[1:]
    first = _CONNECTOR.sub("", chunks[0].strip())
    if not _NP_START_STRICT.match(first):
        return
    reg = ctx.register
    actor = reg.lookup(first, on=ctx.published)
    if actor is None:
        found = reg.find(first, on=ctx.published, roles=True) or reg.find(first, on=ctx.published)
        if found and found[0][0] <= 4:
            actor = found[0][2]
    if actor is not None:
        ctx.entities.append(_speaker_from_actor(reg, actor, "subject", first.strip(), on=ctx.published))


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


# ---------------------------------------------------------------------------------------------
# Reports of one speech event inside one article

_EVENT_STOP = {actors_mod.fold(w) for w in CUES["same_event_function_words"]}
_EVENT_NEGATION = re.compile(CUES["same_event_negation"], re.I)
_NEGATIVE_VERBS = {"deny", "refuse"}
# Simple forms that are not present tense: imperfect, future, conditional, passé simple plural.
_NOT_PRESENT = re.compile(r"(?:ait|aient|ra|ront|rai|rait|raient|èrent)$", re.I)
_EVENT_STEM = 6  # letters compared: envisage / envisageons, opération / opérations
# Same verb of saying: 2 shared content words making 30% of the shorter content; another verb:
# 3 shared words making half of it. A standfirst paraphrase keeps the claim's verb and object
# ("n'envisage pas de mener une opération" / "n'envisageons aucune opération") and drops the
# rest; two different claims of one spokesperson share at most a name or a topic word.
_EVENT_SAME_VERB = (2, 0.3)
_EVENT_OTHER_VERB = (3, 0.5)


def _event_words(content: str) -> set[str]:
    return {t[:_EVENT_STEM] for t in _norm_tokens(content) if len(t) > 2 and t not in _EVENT_STOP}


def _predicate_words(content: str, register, on) -> set[str]:
    """Content words that name no actor: registered names ("le Pentagone", "Moscou", "l'armée
    américaine") and nationalities ("russes") are shared by every statement of an article about
    those actors, so they cannot show that two reports carry the same claim."""
    folded = actors_mod.fold(content)
    masked = list(folded)
    for a, b, _ in register.find(content):
        masked[a:b] = " " * (b - a)
    masked = _NATIONALITY.sub(lambda m: " " * len(m.group()), "".join(masked))
    return _event_words(masked)


def _polarity_hint(row: dict) -> str:
    """'neg' for a denial or refusal (by the verb, or an assertive verb with a negated content),
    'pos' for an assertion, else the verb's own hint (propose, demand, ...)."""
    negated = bool(_EVENT_NEGATION.search(row["text"]))
    if row["polarity"] in _NEGATIVE_VERBS:
        return "pos" if negated else "neg"
    if row["polarity"] in ("assert", "confirm"):
        return "neg" if negated else "pos"
    return row["polarity"]


def _summary_tense(cue: str) -> bool:
    """A summary is told in the present or the passé composé ("démentent", "a démenti"), not in
    the pluperfect, the imperfect, the future or the conditional (an earlier or reported act)."""
    t = _tense(cue)
    if t != "simple":
        return t == "pc"
    last = re.findall(r"[\w\u00C0-\u024F]+", cue)
    return not (last and _NOT_PRESENT.search(last[-1]))


def _compatible(summary: dict, quote: dict, register=None) -> bool:
    """The quotation's speaker can be the summary's: the same state when a state speaks ("les
    États-Unis démentent" / the Pentagon's communiqué), else the same institution or someone
    under it in the register ("Le Pentagone a démenti" / its spokesperson; "Moscou" / the
    foreign minister)."""
    if summary["speaker_type"] == "country":
        return bool(summary["country"]) and quote["country"] == summary["country"]
    org = summary["organization"] or summary["speaker"]
    if org and (quote["organization"] == org or quote["speaker"] == summary["speaker"]):
        return True
    if register is not None and summary["speaker_id"] and quote["speaker_id"]:
        actor = register.actors.get(quote["speaker_id"])
        return actor is not None and summary["speaker_id"] in register.chain(actor)
    return False


def _inherit_date(row: dict, src: dict, how: str) -> None:
    row.update(date=src["date"], date_basis=src["date_basis"], date_text=src["date_text"],
               date_anchor=f"from {how} at offsets {src['start']}-{src['end']} ({src['date_anchor']})")


def same_events(rows: list[dict], text: str, *, article: str = "", register=None,
                on: date | None = None) -> dict[int, str]:
    """Statements of one article that report the same speech event; fills their dates backwards.

    Two general cases, in text order:

    1. *A summary and the quotation it summarises*: "Les États-Unis démentent tout bombardement.
       « Le département de la Défense ne coordonne pas ... », a-t-il déclaré." A state's or an
       institution's attributed/indirect statement, in the present or the passé composé, with no
       date expression, followed directly (same or next sentence of the same paragraph, no other
       statement between) by a statement of a compatible speaker with the same polarity hint.
    2. *A standfirst paraphrase and the body quote*: the same speaker, in another sentence,
       with the same polarity hint and enough shared content words (``_EVENT_SAME_VERB`` with
       the same verb of saying, ``_EVENT_OTHER_VERB`` otherwise), one of them at least naming no
       actor (two claims about "l'armée américaine" are not one claim); never two dated reports
       with different dates.

    An undated report takes the date of the report it is linked to (basis kept, anchor "from the
    statement that follows at offsets ..." / "from the same statement ...").

    Args:
        rows: statement dicts in text order (``start, end, para, sentence_start, sentence_end,
            speaker, speaker_type, organization, country, kind, cue, polarity, text, date,
            date_basis, date_anchor, date_text`` and ``_lemma, _ftype, _inherit``); dates are
            updated in place.
        text: the article text the offsets index.
        article: the article id, used in the group keys.
        register: the actor register, to tell actors' names from the claim's own words.
        on: the publication date (for the register's role dates).

    Returns:
        ``id(row) -> key`` ("<article>@<start>-<end>" of the group's first row) for the rows
        linked to another; :func:`link_utterances` keeps these groups together.
    """
    n = len(rows)
    parent = list(range(n))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i, j):
        a, b = find(i), find(j)
        if a != b:
            parent[max(a, b)] = min(a, b)

    hints = [_polarity_hint(r) for r in rows]
    # 1. Summary followed by the quotation it summarises.
    for k in range(n - 1):
        i, j = rows[k], rows[k + 1]
        if (i["speaker_type"] not in ("country", "institution", "group") or i["kind"] == "direct"
                or i["date"] or i["date_text"] or not _summary_tense(i["cue"])):
            continue
        if (j["para"] != i["para"] or (j["start"], j["end"]) == (i["start"], i["end"])
                or j["_inherit"] or "no-comment" in (i["_ftype"], j["_ftype"])):
            # A participle goes on with another claim of the same act ("a annoncé ..., ajoutant
            # que"), and a refusal to comment summarises nothing.
            continue
        next_sentence = (j["sentence_start"] >= i["sentence_end"]
                         and not text[i["sentence_end"]:j["sentence_start"]].strip())
        if j["sentence_start"] != i["sentence_start"] and not next_sentence:
            continue
        if hints[k] != hints[k + 1] or not _compatible(i, j, register):
            continue
        union(k, k + 1)
        if j["date"]:
            _inherit_date(i, j, "the statement that follows")
    # 2. The same speaker saying the same thing twice (standfirst and body): enough shared
    # content words, one of them at least not an actor's name.
    words = [_event_words(r["text"]) for r in rows]
    predicates = [_predicate_words(r["text"], register, on) for r in rows] if register is not None else words
    for a in range(n):
        for b in range(a + 1, n):
            i, j = rows[a], rows[b]
            if (not i["speaker"] or i["speaker"] != j["speaker"] or i["sentence_start"] == j["sentence_start"]
                    or hints[a] != hints[b] or find(a) == find(b) or "no-comment" in (i["_ftype"], j["_ftype"])):
                continue
            if i["date"] and j["date"] and i["date"] != j["date"]:
                continue
            shared = len(words[a] & words[b])
            smaller = min(len(words[a]), len(words[b]))
            need = _EVENT_SAME_VERB if i["_lemma"] and i["_lemma"] == j["_lemma"] else _EVENT_OTHER_VERB
            if not smaller or shared < need[0] or shared / smaller < need[1] or not predicates[a] & predicates[b]:
                continue
            union(a, b)
            if not i["date"] and j["date"]:
                _inherit_date(i, j, "the same statement reported later")
            elif i["date"] and not j["date"]:
                _inherit_date(j, i, "the same statement reported earlier")
    out = {}
    sizes: dict[int, int] = {}
    for k in range(n):
        sizes[find(k)] = sizes.get(find(k), 0) + 1
    for k in range(n):
        root = find(k)
        if sizes[root] > 1:
            out[id(rows[k])] = f"{article}@{rows[root]['start']}-{rows[root]['end']}"
    return out


def press_spans(article) -> list[tuple[int, int, int]]:
    """(para, start, end) of an Article's press paragraphs (not title, byline, dateline)."""
    p = article.paragraphs
    keep = p[(p["part"] == "press") & ~p["role"].isin(SKIP_ROLES)]
    return [(int(r.para), int(r.start), int(r.end)) for r in keep.itertuples(index=False)]


def statements(article, *, register=None) -> pd.DataFrame:
    """Statements of one ``corpus.Article`` (its press paragraphs), dated from ``meta['published']``.

    Returns:
        DataFrame with ``COLUMNS``; ``text == article.text[start:end]`` on every row.
    """
    published = article.meta.get("published") if article.meta else None
    if isinstance(published, str):
        try:
            published = date.fromisoformat(published[:10])
        except ValueError:
            published = None
    return statements_in_text(article.text, spans=press_spans(article), article=article.id,
                              published=published, register=register)


def iter_statements(articles: Iterable, *, register=None) -> Iterator[pd.DataFrame]:
    """One statements table per article, streaming (for the CLI and big corpora)."""
    reg = _register(register)
    for art in articles:
        yield statements(art, register=reg)


def tag(articles: Iterable, *, register=None, link: bool = True) -> pd.DataFrame:
    """Statements of every article, with utterance ids linking reports of the same statement.

    Args:
        articles: iterable of ``corpus.Article`` (consumed one at a time).
        register: an ``actors.Register`` (default: ``data/actors.csv``).
        link: fill ``utterance`` with ``link_utterances``.

    Returns:
        DataFrame with ``COLUMNS``.
    """
    frames = [t for t in iter_statements(articles, register=register) if len(t)]
    out = pd.concat(frames, ignore_index=True) if frames else statements_in_text("")
    return link_utterances(out) if link else out


# ---------------------------------------------------------------------------------------------
# Utterances


def _norm_tokens(s: str) -> list[str]:
    s = unicodedata.normalize("NFKD", s.replace("’", "'"))
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    return re.findall(r"[a-z0-9]+", s)


_LINK_KEYS = 12  # longest words of a statement used to find candidates
_LINK_POSTINGS = 200  # most recent rows per word compared


def link_utterances(table: pd.DataFrame, *, threshold: float = 0.6, days: int = 3) -> pd.DataFrame:
    """Give reports of the same statement in different articles a shared ``utterance`` id.

    Rows that arrive with the same non-empty ``utterance`` (reports of one speech event inside
    an article, see :func:`same_events`) stay together. Across articles, two rows are the same
    utterance when they come from different articles, their speakers
    speak for the same state (``country``; the speaker name when there is none), their dates
    are at most ``days`` apart (or unknown), and their contents overlap: token Jaccard at least
    ``threshold``, one content contained in the other, or 85% of the shorter one's words (8 or
    more) in the longer one (a quoted fragment of a fuller report). Rows are blocked by country and compared
    only within a block, so the cost grows with the block sizes, not with the square of the corpus.
    Ids are "u0001", ... in order of first appearance (article order, then offset).

    Args:
        table: statements (``article, start, speaker, country, date, text``).

    Returns:
        The same rows with ``utterance`` filled.
    """
    out = table.copy()
    if not len(out):
        out["utterance"] = pd.Series(dtype="object")
        return out
    n = len(out)
    parent = list(range(n))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # Reports of one speech event inside an article (``same_events``) arrive with a shared key.
    if "utterance" in out.columns:
        first: dict[str, int] = {}
        for i, key in enumerate(out["utterance"].fillna("").astype(str)):
            if key:
                j = first.setdefault(key, i)
                if j != i:
                    parent[find(i)] = find(j)
    toks = [set(_norm_tokens(t)) for t in out["text"]]
    flat = [" ".join(_norm_tokens(t)) for t in out["text"]]
    dates = [date.fromisoformat(d) if isinstance(d, str) and len(d) == 10 else None for d in out["date"]]
    keys = [(c or s or "?") for c, s in zip(out["country"].fillna(""), out["speaker"].fillna(""))]
    blocks: dict[str, list[int]] = {}
    for i, k in enumerate(keys):
        blocks.setdefault(k, []).append(i)
    arts = list(out["article"])
    for members in blocks.values():
        # Within a block: identical texts are joined directly (reprints), and other rows are
        # compared only with recent rows sharing one of their longest words (an inverted index
        # with capped postings), so the cost stays near-linear even with many reprints.
        index: dict[str, list[int]] = {}
        exact: dict[str, int] = {}
        for i in members:
            same = exact.get(flat[i])
            if same is not None and arts[same] != arts[i] and (
                    not dates[i] or not dates[same] or abs((dates[i] - dates[same]).days) <= days):
                parent[find(i)] = find(same)
                exact[flat[i]] = i
                continue
            exact[flat[i]] = i
            keys_i = sorted((t for t in toks[i] if len(t) > 3), key=lambda t: (-len(t), t))[:_LINK_KEYS]
            cands = set()
            for t in keys_i:
                cands.update(index.get(t, ())[-_LINK_POSTINGS:])
            for j in sorted(cands):
                if arts[i] == arts[j] or find(i) == find(j):
                    continue
                if dates[i] and dates[j] and abs((dates[i] - dates[j]).days) > days:
                    continue
                a, b = toks[i], toks[j]
                if not a or not b:
                    continue
                inter = len(a & b)
                jac = inter / len(a | b)
                contained = (len(flat[i]) > 20 and flat[i] in flat[j]) or (len(flat[j]) > 20 and flat[j] in flat[i])
                # A quoted fragment of a longer report of the same claim (8+ words, 85% shared).
                nested = min(len(a), len(b)) >= 8 and inter / min(len(a), len(b)) >= 0.85
                if jac >= threshold or contained or nested:
                    parent[find(i)] = find(j)
            for t in toks[i]:
                if len(t) > 3:
                    index.setdefault(t, []).append(i)
    order = {}
    ids = []
    for i in range(n):
        root = find(i)
        if root not in order:
            order[root] = f"u{len(order) + 1:04d}"
        ids.append(order[root])
    out["utterance"] = ids
    return out
