"""Speech stage, attribution: who a speaker mention refers to.

In: a noun phrase naming the speaker (or a pronoun, a role noun, "selon X") and the article's
``Context`` (register, publication date, earlier speakers and subjects). Out: a ``Speaker``
(name, type, register id, organisation, country, attribution), found by register lookup (names,
spellings, role titles valid at the date, metonymy), appositions, pronouns and role anaphora
(nearest compatible earlier speaker or subject), anonymous officials ("un haut responsable
américain") and counterparts. Also holds the lexicon (``LEX``, ``CUES``) and the noun-phrase
patterns that ``detection``, ``linking`` and ``speech`` share.
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field
from datetime import date

from .. import actors as actors_mod
from .. import dating
from ..lexicon import SP, load as load_lexicon, words_rx
from ..sentences import quote_spans
from ..wordforms import number_words, number_words_rx


LEX = load_lexicon()
CUES = LEX.cues
WORD_START = r"(?<![\w\u00C0-\u024F'’-])"
WORD_END = r"(?![\w\u00C0-\u024F-])"
DETERMINER = (r"(?:(?:le|la|les|un|une|des|du|ce|cet|cette|ces|son|sa|ses|leur|leurs|notre|nos|votre|vos|tout|toute|tous|toutes|aucun|aucune|quelques|chaque|certains|certaines|"
        r"plusieurs)(?![\w\u00C0-\u024F-])|l['’]|d['’]"
        # "tandis que celle des Verts Marine Tondelier a estimé": a demonstrative with its complement
        r"|(?:celui|celle|ceux|celles)(?=\s+(?:de|des|du|d['’])))")
NP_START = re.compile(rf"^\s*(?:{DETERMINER}\s*|(?:M\.|Mme|Mlle)\s|[A-ZÀ-Ý])")
PRONOUN = re.compile(rf"^(?:{words_rx(CUES['pronouns'])})$", re.I)
# Capitalised at the start of a sentence or a clause, but no name: determiners, pronouns,
# connectors, the lexicon's not_first_names (prepositions, feasts, caption words) and the weekdays
NOT_A_NAME = re.compile(rf"(?:{DETERMINER}|{words_rx([*CUES['pronouns'], *CUES['connectors'], *CUES['not_first_names'], *dating.weekday_names(), 'je', 'nous', 'vous', 'on', 'il', 'ils', 'elle', 'elles', 'rien', 'personne'])})",
                        re.I)
INDEFINITE_PRONOUN = re.compile(rf"^(?:{words_rx(CUES['indefinite_pronouns'])})$", re.I)
# The lowercase particles inside a person's name, one or two ("Ursula von der Leyen", "Luiz
# Inácio Lula da Silva"), and the Arabic articles glued to a family name ("Abdel Fattah al-Sissi"):
# one fragment for every name pattern of the speech stage.
NAME_PARTICLE_WORDS = "de|du|des|el|al|von|van|der|den|ter|bin|ben|ibn|da|di|del|della|dos|das|abou|abu|ould"
NAME_PARTICLES = rf"(?:(?:{NAME_PARTICLE_WORDS})[ ]){{0,2}}"
NAME_GLUED = r"(?:(?:al|el|ad|as|ach|ash|at|az|ibn|bin|ben)-)?"
_NAME_RUN = re.compile(
    r"(?<![\w\u00C0-\u024F'’.-])(?:[A-ZÀ-ÖØ-Þ][\w\u00C0-\u024F'’-]+)"
    rf"(?:[ ]{NAME_PARTICLES}{NAME_GLUED}"
    r"[A-ZÀ-ÖØ-Þ][\w\u00C0-\u024F'’-]+)+"
)
# A family name after an honorific: "M. Le Maire", "Mme Le Pen", "M. Van Rompuy" (a particle is
# part of it).
_FAMILY_NAME = r"(?P<n>(?:(?-i:Le|La|De|Du|Des|Van|Von|Di|Da|Del|Dos)\s+)?[A-ZÀ-ÖØ-Þ][\w\u00C0-\u024F'’-]+)"
_HONORIFIC_NAME = re.compile(
    r"(?:\b(?:M\.|Mme|Mlle|général|générale|colonel|capitaine|commandant|commandante|amiral|major|lieutenant|docteur|Dr)\s+)"
    + _FAMILY_NAME)
ROLE_HEADS = {
    kind: sorted((actors_mod.fold(w) for w in words), key=len, reverse=True)
    for kind, words in CUES["role_nouns"].items()
}
_FEMININE = {actors_mod.fold(w) for w in CUES["feminine_nouns"]}
_PERSON_TITLES = {actors_mod.fold(w) for w in CUES["role_nouns"]["person"] if " " not in w} | {"elu", "elue", "sortant", "sortante"}
DOCUMENT_HEADS = {actors_mod.fold(w) for w in CUES["document_nouns"]}
_GROUP_NOUNS = {actors_mod.fold(w) for w in CUES["group_nouns"]}
_COLLECTIVE = {actors_mod.fold(w) for w in CUES["collective_subjects"]}
_EXPERT_HEADS = {actors_mod.fold(w) for w in CUES["expert_nouns"]}
# "certains députés LR", "une poignée de militants de la CGT", "un élu insoumis": some members
_SOME_MEMBERS = re.compile(
    rf"^(?:{words_rx([actors_mod.fold(w) for w in CUES['indefinite']] + ['quelques'])})\s+"
    rf"(?:(?:{words_rx([actors_mod.fold(w) for w in CUES['subset_quantities']])})\s+(?:de|d')\s*)?"
    rf"(?:{words_rx([actors_mod.fold(w) for w in CUES['member_nouns']])}){WORD_END}")
_AT_PLACE_END = re.compile(r"\s+(?:à|en|au|aux)\s+[A-ZÀ-Ý][\w\u00C0-\u024F' -]*$")
# "un porte-parole de la BEI", "la représentante du Medef": an unnamed voice of a body
_VOICE_OF = re.compile(rf"^\s*(?:{DETERMINER}\s*)?(?:(?:haut|haute)\s+)?(?:{words_rx(CUES['spokesperson_nouns'])})"
                       rf"\s+(?:du|de\s+la|de\s+l['’]|des|de|d['’])\s*(?P<body>[^,()]+?)\s*$", re.I)
_COURT_OFFICIALS = {actors_mod.fold(w) for w in CUES["court_officials"]}
_COURT_NAME = re.compile(rf"(?:{words_rx([actors_mod.fold(w) for w in CUES['court_names']])})(?![\w])")
#: things that speak for no one ("la tradition", "les chiffres"): no source after "selon"
NOT_SPEAKERS = frozenset(actors_mod.fold(w) for w in CUES["not_speakers"])
_INDEFINITE = re.compile(rf"^(?:{words_rx(CUES['indefinite'])}){WORD_END}", re.I)
# A remit after a role title: "chargé du numérique", "en charge des Transports", "auprès du ministre"
# (both matched on folded text)
_REMIT_AFTER = re.compile(r"\s+(?:" + "|".join(re.escape(actors_mod.fold(w)) for w in CUES["role_remits"]) + r")(?:\b|(?<='))")
_NOT_YET = re.compile(r"\b(?:" + "|".join(re.escape(actors_mod.fold(w)) for w in CUES["not_yet_in_office"]) + r")\b")
_DEMONSTRATIVE = re.compile(rf"^(?:ce|cet|cette){WORD_END}", re.I)
_DEFINITE = re.compile(rf"^(?:{words_rx(CUES['definite'])})(?:{WORD_END}|(?<=['’]))", re.I)
_COORD = re.compile(rf"{SP}et{SP}(?=(?:le|la|les|l['’]|un|une|des|son|sa|ses|leur|leurs|M\.|Mme|[A-ZÀ-Ý]))")
_SAME_SOURCE = re.compile(r"(?:la|cette|les|ces) (?:meme|memes) sources?|(?:cette|ces) sources?|la source")
_TRAILING_TAG = re.compile(r"\s*\((?P<t>[^()]{2,30})\)\s*$")
_DE_COMPLEMENT_END = re.compile(rf"(?:{WORD_START}(?:de{SP}l['’]|d['’]|du{SP}|de{SP}la{SP}|des{SP}))[\w\u00C0-\u024F'’-]+$", re.I)
# "Emmanuel Macron, Angela Merkel(,) et Theresa May": a list of names (every item capitalised).
_NAME_LIST = re.compile(r"^[A-ZÀ-Ý][^,]*(?:,\s*[A-ZÀ-Ý][^,]*)+,?\s+et\s+[A-ZÀ-Ý][^,]*$")


_DEFAULT_REGISTER: list = []


def default_register(register):
    """The given register, or ``data/actors.csv`` read once per process."""
    if register is not None:
        return register
    if not _DEFAULT_REGISTER:
        _DEFAULT_REGISTER.append(actors_mod.load_register())
    return _DEFAULT_REGISTER[0]


# ---------------------------------------------------------------------------------------------
# Small text utilities


def squash_ws(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def fold_keep(s: str) -> str:
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
    #: the apposition a sentence without speech gave them, folded ("maire de tulle"), for the same
    #: role named whole later
    described: str = ""
    # the other speakers of a joint mention ("L'Iran et son président Hassan Rohani"): not
    # credited, but named, so a later "il" may be Rohani
    also: tuple = ()
    #: the plural entity a joint mention leaves behind for "ils", "les trois pays" (credited to
    #: the first named, as the joint statement itself): how many were named together
    joint: int = 0
    #: how many speakers a joint mention names (resolved or not): "la France, l'Allemagne et le
    #: Royaume-Uni" is three
    members: int = 0


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
    #: the day role titles are resolved on when the publication date is unknown but its month is
    #: (a scraper's "date 2023-01" stamp): "la Première ministre" is then one person
    roles_on: date | None = None
    last_row: dict | None = None  # the last dated-or-not statement row, for same-report dating
    position: int = 0  # where the mention being resolved starts in ``text``, for "ce dernier"
    #: the state most named in the whole article (registered actors and places), found once
    text_state: str | None = None


def speaker_from_actor(reg, actor, attribution: str, mention: str, on: date | None = None) -> Speaker:
    org = reg.organization_of(actor)
    country = actor.country
    if actor.type == "person":
        organization = org.name if org else ""
        if on is not None and actor.valid_from and on < actor.valid_from:
            # Before taking office a person speaks for no institution or state (Trump as candidate
            # or president-elect). After leaving it they keep them: a later article quoting Kerry
            # or Carter mostly recalls what they said in office. A mention that gives the state
            # ("le vice-ministre iranien des Affaires étrangères, Abbas Araqchi") still speaks for it.
            organization = ""
            folded = actors_mod.fold(mention)
            country = country if country and _nationality(folded) == country and not _NOT_YET.search(folded) else ""
    else:
        # An institution speaks for itself unless the register says through whom
        # ("l'armée russe" -> Ministry of Defence, "les États-Unis" -> US government).
        organization = org.name if org else actor.name
    return Speaker(name=actor.name, id=actor.id, type=actor.type, organization=organization,
                   country=country, gender=actor.gender, number=actor.number or "s",
                   attribution=attribution, mention=mention,
                   roles=actors_mod.fold(mention + " " + " ".join(actor.roles)))


# One alternation of every role head, in ROLE_HEADS order: at the leftmost position where a
# head stands, the regex takes the first head in that order, as a loop over the heads keeping
# the earliest match would (compiled once: the loop compiled 141 patterns per call).
_HEAD_KIND: dict[str, str] = {}
for _kind, _heads in ROLE_HEADS.items():
    for _h in _heads:
        _HEAD_KIND.setdefault(_h, _kind)
_ROLE_HEAD = re.compile(r"(?<![\w])(?:" + "|".join(re.escape(h) for heads in ROLE_HEADS.values() for h in heads)
                        + r")(?![\w])")


def head_noun(folded_np: str) -> tuple[str, str]:
    """(kind, head) of the first role noun in a folded description, or ('', '')."""
    m = _ROLE_HEAD.search(actors_mod.strip_determiner(folded_np))
    return (_HEAD_KIND[m.group()], m.group()) if m else ("", "")


def gender_of(np: str) -> str:
    """'f' or 'm' for a mention whose determiner, honorific, head noun or first name says it, else ''."""
    opening = actors_mod.determiner_gender(np)
    if opening:
        return opening
    _, head = head_noun(actors_mod.fold(np))
    if head in _FEMININE:
        return "f"
    # a first name opening a full name ("Benoît Teste", "Marie-Claire Escure")
    m = _FIRST_NAME.match(np.strip())
    if m is None:
        return ""
    return first_name_gender(m.group(1)) or first_name_gender(m.group(1).split("-")[0])


_FIRST_NAME_GENDER = {**{actors_mod.fold(n): "m" for n in CUES["first_names_m"]},
                      **{actors_mod.fold(n): "f" for n in CUES["first_names_f"]}}


def first_name_gender(word: str) -> str:
    """'m' or 'f' for a first name of the lexicon standing alone ("Brice", "Léa"), else ''."""
    return _FIRST_NAME_GENDER.get(actors_mod.fold(word), "")


# the first part of a compound first name, then a capitalised word ("Jean-Luc Mélenchon": "Jean-Luc"
# is listed whole; "Marie-Claire Escure": "Marie")
_FIRST_NAME = re.compile(r"((?-i:[A-ZÀ-ÖØ-Þ])[\w\u00C0-\u024F]+(?:-(?-i:[A-ZÀ-ÖØ-Þ])[\w\u00C0-\u024F]+)?)"
                         r"(?=\s+(?-i:[A-ZÀ-ÖØ-Þ]))")


# (a quantifier counts as well as an article: "certains établissements", "de nombreux élus")
_PLURAL_START = re.compile(r"^(?:les|des|ces|plusieurs|certains|certaines|quelques"
                           r"|nombreux|nombreuses|de nombreux|de nombreuses|d['’ ]?autres|\d+|"
                           + number_words_rx() + r")\b")


def number_of(np: str) -> str:
    return "p" if _PLURAL_START.match(actors_mod.fold(np)) else "s"


def _nearest_person(ctx: Context, gender: str = "") -> Speaker | None:
    """The nearest earlier named person, one, of compatible gender (registered or not)."""
    return next((e for e in reversed(ctx.entities) if e.type == "person" and e.name
                 and (not gender or not e.gender or e.gender == gender) and e.number != "p"), None)


# role word (folded, and its feminine) -> the narrower role words and phrases it takes up (singular)
_HYPONYMS: dict[str, set[str]] = {}
for _broad, _narrow in CUES["role_hypernyms"].items():
    for _w in {_broad, _broad if _broad.endswith("e") else _broad + "e"}:
        _HYPONYMS.setdefault(actors_mod.fold(_w), set()).update(actors_mod.fold(n) for n in _narrow)
_WORD = re.compile(r"[\w'’-]+")
_NON_STATE_CODES = ("", "EU", "UN")
#: characters before a mention within which a person counts as just named
JUST_NAMED_CHARS = 400


def _named_just_before(ctx: Context, name: str) -> bool:
    """Whether ``name`` stands in the JUST_NAMED_CHARS characters before the current mention."""
    return name in ctx.text[max(0, ctx.position - JUST_NAMED_CHARS):ctx.position]


def _singular_words(folded: str) -> str:
    """A folded mention as space-padded singular words ("des deputes" -> " des depute ")."""
    return " " + " ".join(w[:-1] if len(w) > 3 and w[-1] in "sx" else w for w in _WORD.findall(folded)) + " "


def _takes_up(np: str, e: Speaker, ctx: Context) -> bool:
    """A description can name again this person: a role word of theirs (in any earlier mention of
    them) is its head, or a narrower one is ("l'élu des Landes" for "le chef de file des
    députés socialistes, Boris Vallaud"; not "le président de la Fédération" for "le footballeur
    X"). With no role ever given, only a registered person, whose roles are known, can be."""
    head = head_noun(actors_mod.fold(desc_of(np)))[1]
    if not head:
        return True
    names = {actors_mod.fold(w) for w in _WORD.findall(e.name)}
    said = " ".join(actors_mod.fold(x.mention or "") for x in ctx.entities if x.name == e.name)
    roles = actors_mod.strip_determiner(" ".join(w for w in _WORD.findall(said) if w not in names))
    if not roles.strip():
        return bool(e.id)
    known = _singular_words(roles)
    return f" {head} " in known or any(f" {n} " in known for n in _HYPONYMS.get(head, ()))


def _just_named(ctx: Context, np: str, gender: str = "", *, subject: bool = False, state: str = "") -> bool:
    """The last entity is a speaker: a named person of compatible gender named just before
    (``JUST_NAMED_CHARS``), whom the description fits (``_fits_body`` if they are registered,
    ``_takes_up``); not a person the narration is about (a plaintiff is not "le procureur de la
    République de Lyon"). With ``subject`` (a former office) they may be, whatever their roles,
    and with ``state`` (its nationality) they speak for that state or for none."""
    if not ctx.entities:
        return False
    e = ctx.entities[-1]
    return (e.type == "person" and bool(e.name) and (subject or e.attribution != "subject") and e.number != "p"
            and (not gender or not e.gender or e.gender == gender)
            and (not state or (e.country or "") in (state, *_NON_STATE_CODES))
            and _named_just_before(ctx, e.name)
            and (not e.id or _fits_body(desc_of(np), " ".join([e.name, e.mention or "", e.roles or ""])))
            # (a former office need not be among the roles they were given)
            and (subject or _takes_up(np, e, ctx)))


# A plural common noun phrase ("les députés du Royaume-Uni"), not a name ("Les États-Unis").
_SECOND_WORD_LOWER = re.compile(r"^\S+\s+(?-i:[a-zà-ÿ])")


def _anaphor(ctx: Context, *, gender: str = "", number: str = "", head: str = "", kind: str = "",
             org: str = "", types: tuple = (), country: str = "", pronoun: bool = False) -> Speaker | None:
    """The nearest earlier entity compatible with a pronoun or a role noun ("le ministre russe"
    must be Russian)."""
    nearer_plural = False
    for ent in reversed(ctx.entities):
        if number == "p" and ent.number == "p" and not ent.joint and not ent.name:
            # "Les syndicats ont dénoncé ... ont-ils ajouté": an unnamed plural subject nearer than
            # the joint speakers is the antecedent, though it cannot be credited
            nearer_plural = True
        if ent.joint and nearer_plural:
            continue
        if country and ent.country and ent.country != country:
            continue
        if not ent.name and ent.attribution != "anonymous":
            continue
        if gender and ent.gender and ent.gender != gender:
            continue
        # ("les députés du Royaume-Uni ont rejeté ...": a body named by a plural is "ils", no "il")
        ent_number = "p" if pronoun and ent.type != "person" and number_of(ent.mention or "") == "p" and _SECOND_WORD_LOWER.match(ent.mention or "") else ent.number
        if number and ent_number and ent_number != number:
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


# words in the first person singular ("je", "j'ai", "mon pass")
FIRST_SINGULAR = re.compile(r"(?<![\w'’-])(?:(?:je|moi|me|mon|ma|mes)(?![\w\u00C0-\u024F-])|[jm]['’])", re.I)
_HONORIFIC_ONLY = re.compile(r"(?:M\.|Mme|Mlle|Monsieur|Madame)\s+" + _FAMILY_NAME)


def _family_named(ctx: Context, family: str, *, on) -> Speaker | None:
    """The person whose full name ends with ``family``: an earlier speaker, or else a registered
    person named in the 3,000 characters before the mention."""
    tail = " " + actors_mod.fold(family)
    for ent in reversed(ctx.entities):
        if ent.type == "person" and ent.name and actors_mod.fold(ent.name).endswith(tail):
            return ent
    found = [a for a in _persons_before(ctx, 3000, on=on) if actors_mod.fold(a.name).endswith(tail)]
    if found:
        return speaker_from_actor(ctx.register, found[-1], "anaphor", family, on=on)
    # "selon le porte-parole Geng Shuang ... a promis M. Geng": the full name the article gave
    # the person before, registered or not; family name last, or first ("Geng Shuang")
    before = ctx.text[max(0, ctx.position - 3000):ctx.position]
    last_first, family_first = _full_name_patterns(family)
    for rx in (last_first, family_first):
        full = None
        for full in rx.finditer(before):
            pass
        if full is not None and not _TITLE_RUN.match(full.group()) \
                and full.group().split()[0] not in _NOT_FIRST_NAMES and full.group().split()[-1] not in _NOT_FIRST_NAMES:
            return Speaker(name=squash_ws(full.group()), type="person", attribution="anaphor", mention=family)
    return None


_NAME_WORD_RX = r"[A-ZÀ-Ý][\w\u00C0-\u024F'’]+"
_NOT_NAME_BEFORE = r"(?<![\w\u00C0-\u024F'’-])"
_NOT_NAME_AFTER = r"(?![\w\u00C0-\u024F'’-])"


@lru_cache(maxsize=256)
def _full_name_patterns(family: str) -> tuple[re.Pattern, re.Pattern]:
    """(first name + family, family + given name) patterns for one family name."""
    fam = re.escape(family)
    return (re.compile(rf"{_NOT_NAME_BEFORE}(?:{_NAME_WORD_RX}-)?{_NAME_WORD_RX}\s+{fam}{_NOT_NAME_AFTER}"),
            re.compile(rf"{_NOT_NAME_BEFORE}{fam}\s+{_NAME_WORD_RX}(?:-{_NAME_WORD_RX})?{_NOT_NAME_AFTER}"))


# Capitalised words that may stand next to a family name without being a first name: titles,
# honorifics, connectors and time words of the lexicon ("Hier Dupuis a parlé")
_NOT_FIRST_NAMES = frozenset(
    w[:1].upper() + w[1:] for w in [*CUES["capitalised_titles"], *CUES["honorifics"], *CUES["connectors"],
                                    *CUES["after_speaker_time"], *CUES["subordinators"], "selon", "pour", "président",
                                    "ministre", "le", "la", "les"]
    if " " not in w) | {"M.", "Mme", "Mlle"}


def _persons_before(ctx: Context, chars: int, *, on) -> list:
    """The registered persons named in the ``chars`` characters before ``ctx.position``, in order."""
    window = ctx.text[max(0, ctx.position - chars):ctx.position]
    return [a for _, _, a in ctx.register.find(window, on=on)
            if a.type == "person" and not _namesake(window, a)]


# (capitalised titles before a family name: "le Premier Ministre Johnson" is Boris Johnson)
_CAPITALISED_TITLES = frozenset(actors_mod.fold(w) for t in CUES["capitalised_titles"] for w in t.split()) \
    | {actors_mod.fold(w) for w in CUES["role_nouns"]["person"] if " " not in w}
_HONORIFICS = frozenset({"M.", "Mme", "Mlle", "Monsieur", "Madame", "Mr", "Mrs", "Dr", "Me", "Sir", "Lord", "Lady"})


def _namesake(window: str, actor) -> bool:
    """Whether every mention of the person's family name in ``window`` follows another first
    name ("Jo Johnson" is not the registered Boris Johnson)."""
    words = actor.name.split()
    if len(words) < 2:
        return False
    seen = list(re.finditer(rf"(?:(?<=\s)|^)(?P<w>[\w\u00C0-\u024F.-]+)\s+{re.escape(words[-1])}(?![\w\u00C0-\u024F-])", window))
    return bool(seen) and all(m.group("w")[:1].isupper() and m.group("w") not in words and m.group("w") not in _HONORIFICS
                              and actors_mod.fold(m.group("w")) not in _CAPITALISED_TITLES for m in seen)


_COUNT_WORDS = number_words()
_COUNTED = re.compile(r"(?:les|ces) (?P<n>" + number_words_rx() + r") (?P<head>[a-z-]+)$")
_LATTER = re.compile(r"(?:ce|cette) derni(?:er|ere)(?:-ci)?")


def _named_last(ctx: Context, *, gender: str, on) -> actors_mod.Actor | None:
    """The registered person named last in the 400 characters before ``ctx.position``."""
    found = [a for a in _persons_before(ctx, 400, on=on) if not gender or not a.gender or a.gender == gender]
    return found[-1] if found else None


_SENTENCE_END = re.compile(r"[.!?…][»\"”]?\s+(?=[«\"“]?\s*(?-i:[A-ZÀ-Ý]))")
# a relative pronoun right before a subject pronoun ("qu'il", "dans laquelle elle", "dont il")
_RELATIVE_BEFORE = re.compile(r"(?:\bqu['’]|\bque\s+|\bdont\s+|\boù\s+|\blaquelle\s+|\blequel\s+|\blesquel(?:le)?s\s+)$", re.I)


def _named_in_sentence(ctx: Context, *, gender: str, on) -> actors_mod.Actor | None:
    """The registered person named last in the sentence before ``ctx.position``, or None."""
    window = ctx.text[max(0, ctx.position - 400):ctx.position]
    ends = list(_SENTENCE_END.finditer(window))
    window = window[ends[-1].end():] if ends else window
    found = [a for _, _, a in ctx.register.find(window, on=on)
             if a.type == "person" and not _namesake(window, a) and (not gender or not a.gender or a.gender == gender)]
    return found[-1] if found else None


_PROPER_WORD = re.compile(r"(?-i:[A-ZÀ-Ý][\w\u00C0-\u024F'’-]+)")
# (and a local body's short name: "le président du Département", "la présidente de Région")
_GENERIC_CAPITALS = frozenset({"etat", "premier", "premiere", "republique", "gouvernement",
                               "departement", "region", "ville", "metropole"})


# A role's complement naming a body by its kind ("de la fédération patronale BDA", "du syndicat X")
_OF_A_BODY = re.compile(r"(?<![\w])(?:de la|de l'|du|des|d')\s*(?:" + "|".join(sorted(map(re.escape, _GROUP_NOUNS), key=len, reverse=True))
                        + r")(?![\w])")


def _fits_body(desc: str, known: str) -> bool:
    """A description naming a body by its proper name ("le président de la Confédération") fits a
    person only if one of their names or role titles (``known``, the words of them) holds that
    name: Hassan Rohani, named just before, is not "le président de la Confédération"."""
    words = {actors_mod.fold(w) for w in _PROPER_WORD.findall(desc)} - _GENERIC_CAPITALS
    return not words or bool(words & set(re.findall(r"\w+", actors_mod.fold(known))))


def _given_a_role(ent: Speaker) -> bool:
    """Whether the article gave this person a role of their own (an apposition, "Jean Dupuis, le
    maire de Tulle"): then a role naming another place or body ("le maire de Brive") is not them."""
    names = set(re.findall(r"\w+", actors_mod.fold(ent.name)))
    words = [w for w in re.findall(r"\w+", ent.roles or "") if w not in names]
    # (a role with its complement: "le député Paul Martin" may still be "le député du Lot")
    return any(w in ("de", "du", "des", "d") for w in words[1:-1])


def _fits_entity(np: str, ent: Speaker) -> bool:
    """``_fits_body`` for a mention and an entity of the article (their name, mention and roles)."""
    return _fits_body(desc_of(np), " ".join([ent.name, ent.mention or "", ent.roles or ""]))


_COMPANY_HEADS = _GROUP_NOUNS | {"producteur"}
# the sector after a company's kind: "pétrolier", "automobile", "d'électricité", "de pétrole"
_SECTOR_AFTER_HEAD = re.compile(r"^\S+\s+(?:" + "|".join(sorted((re.escape(actors_mod.fold(w)) for w in
                                                           CUES["sector_words"] + CUES["sector_complements"]),
                                                          key=len, reverse=True)) + r")(?![\w])")


# "le groupe Liot": a group noun in lowercase before the body's own name (case-sensitive).
# (with a nationality adjective between: "la compagnie néerlandaise KLM")
_KIND_BEFORE_NAME = re.compile(rf"^(?:{words_rx([w for w in CUES['group_nouns'] + CUES['body_kinds'] if w.islower()])})"
                               rf"(?:\s+(?:{words_rx(CUES['sector_words'])}))?"
                               rf"(?:\s+(?:{words_rx(sorted(CUES['nationalities']))})(?:e|s|es)?)?\s+(?=[A-ZÀ-ÖØ-Þ])")
# ("le petit parti unioniste DUP", "le puissant syndicat agricole FNSEA": a kind described, then
# the body's acronym)
_KIND_BEFORE_ACRONYM = re.compile(rf"^(?:(?:petit|grand|puissant|influent|jeune|nouveau|vieux|principal|premier)e?s?\s+)?"
                                  rf"(?:{words_rx([w for w in CUES['group_nouns'] if w.islower()])})"
                                  rf"(?:\s+[a-zà-ÿ-]+){{0,2}}\s+(?=(?-i:[A-ZÀ-Ý]{{2,}})[\w-]*$)")
_TITLE_RUN = re.compile(rf"^(?:Le|La|Les|L['’]|Un|Une|Ce|Cette|Son|Sa|Leur)\s*(?:{words_rx(CUES['capitalised_titles'])})$")


# A capitalised word right before a registered family name: a first name, maybe another one's
# ("l'économiste Michael Zemmour" is not Éric Zemmour)
_OTHER_FIRST_NAME = re.compile(r"(?<![\w\u00C0-\u024F'’.-])(?-i:[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)\s+$")


def _first_name_fits(np: str, a0: int, b0: int, actor) -> bool:
    """The register matched ``np[a0:b0]`` for ``actor``: does the word before it, when it is a
    first name, belong to the actor's name (or is the match already a full name)?"""
    m = _OTHER_FIRST_NAME.search(np[:a0])
    if m is None or len(np[a0:b0].split()) > 1:
        return True
    first = actors_mod.fold(m.group().strip())
    return first in actors_mod.fold(actor.name).split()


_ELIDED_NOUN_START = re.compile(r"[LD]['’][a-zà-ÿ]")
_PARTICLE_START = re.compile(r"(?:de|du|des|d['’])\s")
_ARTICLE_AND_WORD = re.compile(r"(?:Le|La|Les|L['’])\s*\S+")


def _family_name_at(np: str, a: int, b: int, reg, on) -> bool:
    """Whether ``np[a:b]``, a register name of a place or a body, is a person's family name after
    their first name ("le député Sébastien Rome" is no Italy)."""
    m = _OTHER_FIRST_NAME.search(np[:a])
    if m is None or " " in np[a:b].strip() or not np[a:b][:1].isupper():
        return False
    first = m.group().strip()
    return first not in _NOT_FIRST_NAMES and reg.lookup(first, on=on) is None \
        and head_noun(actors_mod.fold(first))[0] == ""


def _name_in(np: str, reg, on) -> tuple[str, object]:
    """A person's name inside a mention: (name, register actor or None); ('', None) if none."""
    masked = list(np)
    folded = fold_keep(np)
    for m in reg._pattern.finditer(folded):
        actor = reg.lookup(m.group(), on=on)
        if actor is not None and actor.type != "person" and not _family_name_at(np, m.start(), m.end(), reg, on):
            for i in range(m.start(), m.end()):
                masked[i] = " "
    # Words inside quotation marks are names of groups ("« Raqqa is being slaughtered silently »").
    for q in quote_spans(np):
        for i in range(q[0], min(q[1] + 1, len(masked))):
            masked[i] = " "
    masked_s = "".join(masked)
    runs = [m for m in _NAME_RUN.finditer(masked_s)]
    cands = []
    lead = ""
    for m in runs:
        run, start = m.group(), m.start()
        if _BODY_WORD_START.match(_LEADING_ARTICLE.sub("", run)) or _INSIDE_NAME.search(masked_s[:start]):
            # ("La Fédération française du bâtiment" opening a sentence: its article capitalised)
            # "l'Institut Mutualiste Montsouris", "la Fondation Jean Jaurès": the name of a body
            # (after an apposition: "Nathalie Bass, administratrice de l'Institut ...")
            continue
        # "de la Défense Sergueï Choïgou", "au Trésor Steven Mnuchin": a capitalised noun after a
        # determiner or a preposition is not a name.
        while re.search(r"(?:^|\s)(?:de|du|des|d['’]|la|le|les|l['’]|au|aux|à)\s*$", masked_s[max(0, start - 5):start], re.I):
            parts = run.split(" ", 1)
            if len(parts) < 2 or len(parts[1].split(" ")) < 2 and not reg.lookup(parts[1], on=on):
                run = ""
                break
            run, start = parts[1], start + len(parts[0]) + 1
        caps = 0
        for w in run.split():
            if w.upper() != w:
                break
            caps += 1
        if caps >= 2 and (caps < len(run.split()) or caps >= 5
                          or any(w in _RUBRIC_WORDS for w in run.split()[:caps])):
            # "SANCTIONS AMÉRICAINES SUR LE NUCLÉAIRE IRANIEN Jean Dupont": a rubric in capitals
            # glued to the headline is no part of a name
            rest = run.split(" ", caps)[caps] if caps < len(run.split()) else ""
            start += len(run) - len(rest)
            run = rest
        if run and re.search(r"(?:^|\s)chez\s*$", masked_s[max(0, start - 6):start], re.I):
            # "Russ Mould, analyste chez AJ Bell": the workplace, not the person
            run = ""
        if run and _ELIDED_NOUN_START.match(run):
            # "L'économiste Michael Zemmour": an elided article and a common noun open the sentence
            run = run.split(" ", 1)[1] if " " in run else ""
            if run in _NOT_FIRST_NAMES:
                # ("L'ancien Premier ministre britannique": a capitalised title is left, no name)
                run = ""
        if run and _PARTICLE_START.match(run):
            # "le Parquet de Lyon": what is left after a capitalised noun is its complement
            run = ""
        if run and _ARTICLE_AND_WORD.fullmatch(run) and head_noun(actors_mod.fold(run.split()[-1]))[0]:
            # "Le PDG", "La CGT ..." at the start: a determiner and a role or kind noun
            run = ""
        mb = _BODY_THEN_NAME.match(run) if run and start > 0 else None
        if mb is not None:
            # "le patron des députés Les Républicains Olivier Marleix": a body's name with its
            # capitalised article, then the person's
            run, start = mb.group("n"), start + mb.start("n")
        if run and _TITLE_RUN.match(run):
            # "Le Premier ministre", "La Première ministre": a determiner and a capitalised title
            # at the start of the mention are not a name.
            run = ""
        if run:
            cands.append(run)
            if not masked_s[:m.start()].strip() and masked_s[m.end():].lstrip().startswith(",") \
                    and not _LEADING_ARTICLE.match(run):
                # "Stéphane Lebreton, secrétaire départemental du syndicat Unité SGP Police": the
                # person named first, then described; a name in the description is not theirs
                # (not a title, "Les Échos, qui citent Jean Martin")
                lead = run
    for m in _HONORIFIC_NAME.finditer(masked_s):
        cands.append(m.group("n"))
    actor = reg.lookup(lead, on=on) if lead else None
    if lead and (actor is None or actor.type == "person"):
        # ("Angela Merkle": a registered name with two letters swapped is that person)
        actor = actor or reg.misspelt(lead, on=on)
        return (actor.name, actor) if actor is not None else (lead, None)
    for name in reversed(cands):
        actor = reg.lookup(name, on=on)
        if actor is not None and actor.type == "person":
            return actor.name, actor
    if cands:
        actor = reg.misspelt(cands[-1], on=on)
        return (actor.name, actor) if actor is not None else (cands[-1], None)
    return "", None


_LEADING_ARTICLE = re.compile(r"^(?:Le|La|Les|L['’])\s*")
_BODY_THEN_NAME = re.compile(r"(?:Les|La|Le|L['’])\s*\S+\s+(?P<n>\S+\s+\S+.*)$")
# words of a rubric in capitals that no name holds ("SANCTIONS AMÉRICAINES SUR LE NUCLÉAIRE")
_RUBRIC_WORDS = frozenset({"SUR", "POUR", "CONTRE", "DANS", "AVEC", "ET", "AUX", "EN", "FACE", "APRÈS", "AVANT"})
_BODY_WORD_START = re.compile(rf"(?-i:{'|'.join(map(re.escape, CUES['body_name_heads']))})\b")
_AT_PLACE = re.compile(r"(?<![\w\u00C0-\u024F-])à\s+$")
# "la police judiciaire de Paris", "le tribunal administratif de Paris": a local body named by its
# city is not the state the city stands for
_LOCAL_BODY_OF = re.compile(rf"(?<![\w-])(?:{words_rx([actors_mod.fold(w) for w in CUES['local_bodies']])})"
                            r"(?:\s+[\w'-]+){0,3}?\s+(?:de|d')\s*$")
# "La CBI", "le Medef": a determiner and an acronym outside the register name a body
_ACRONYM_BODY = re.compile(rf"(?i:{DETERMINER})\s*(?P<n>[A-ZÀ-Ý]{{2,}}[\w-]*)")
# the heads of body names (lexicon ``body_name_heads``: "l’Union des Professionnels Solidaires de
# L’Événementiel" is a body's name, not a person's) and ``name_inside_heads``
_INSIDE_NAME = re.compile(r"(?<![\w\u00C0-\u024F-])(?-i:"
                          + "|".join(map(re.escape, [*CUES["body_name_heads"], *CUES["name_inside_heads"]]))
                          + r")(?:\s+(?:de\s+la|du|des|de|d['’]|pour\s+\w+))?\s*$")


# ... and a state at the end of a civil body's longer name ("l'Association des maires de France",
# "l'Union des industries chimiques de France"): the body speaks, not the state (a council, a bank,
# an agency of the state, "la Banque centrale de Russie", are the state's)
_STATE_INSIDE_NAME = re.compile(r"(?<![\w\u00C0-\u024F-])(?-i:"
                                + "|".join(map(re.escape, CUES["civil_body_heads"]))
                                + r")(?:\s+[\w\u00C0-\u024F'’-]+){1,5}?\s+(?:de\s+la|du|des|de|d['’])\s*$")


def desc_of(np: str) -> str:
    """A mention without its determiner ("le général à la retraite" -> "général à la retraite")."""
    return re.sub(r"^" + DETERMINER + r"\s*", "", np, flags=re.I).strip()


_SELF = re.compile(r"-mêmes?$", re.I)
_TITLE_IN_QUOTES = re.compile(r"[«“\"]\s*(?P<t>(?-i:[A-ZÀ-Ý])[^«»“”\"]{1,60}?)\s*[»”\"]")
_OUR_COLLEAGUES = re.compile(r"(?:nos|leurs|ses)\s+(?:confrères|consœurs|confrères et consœurs)\s+"
                             r"(?P<p>de\s+l['’]|de\s+la\s+|de\s+|d['’]|du\s+|des\s+)(?P<t>(?-i:[A-ZÀ-Ý])[^,;:]{1,60})", re.I)
# the article "de" or "du" elides, as the title is written ("du Parisien" -> "Le Parisien")
_TITLE_ARTICLE = {"de l'": "L'", "de l’": "L’", "de la ": "La ", "du ": "Le ", "des ": "Les "}


# the small words of a role phrase ("ministre | des | transports")
_ROLE_LINKS = frozenset("de du des d la le les l a au aux en".split())
# what a delegated office adds to its role's words ("ministre délégué aux transports")
_DELEGATED = frozenset({"delegue", "deleguee"})


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word[-1] in "sx" else word


def _named_with_role(ctx: Context, np: str, on) -> Speaker | None:
    """The last person of the article first mentioned as this role followed by their name ("le
    Premier ministre Charles Michel" for a later "le Premier ministre"), or None."""
    if not ctx.entities or not _DEFINITE.match(np) or "," in np:
        return None
    role = re.findall(r"\w+", actors_mod.fold(desc_of(np)))
    # (the register scan of _name_in last: this runs for every definite mention)
    if not role or head_noun(" ".join(role))[0] != "person" or _name_in(np, ctx.register, on)[0]:
        return None
    gender = gender_of(np)
    loose = None
    content = [_singular(w) for w in role if w not in _ROLE_LINKS]
    for e in reversed(ctx.entities):
        said = re.findall(r"\w+", actors_mod.fold(e.mention or ""))
        name = re.findall(r"\w+", actors_mod.fold(e.name))
        if e.type != "person" or not name or name[0] not in said or (gender and e.gender and e.gender != gender):
            continue
        # the role's words in order before the name ("le ministre israélien de la Défense,
        # Avigdor Lieberman" for "le ministre de la Défense")
        before = iter(said[:said.index(name[0])])
        if all(w in before for w in role):
            return e
        # else, failing anyone named with those very words, its content words in the singular
        # with nothing else but "délégué" between or after them ("le ministre délégué aux
        # transports X" for "le ministre des Transport"; not "le maire adjoint chargé des
        # transports à Lyon" for "le maire de Lyon", nor "le ministre délégué à l'Économie
        # numérique" for "le ministre de l'Économie")
        # or right after it, opening their apposition ("Jean Dupuis, le maire de Tulle" for "le
        # maire de Tulle"; not "Marc Leroy, le chauffeur du maire de Tulle")
        after = said[said.index(name[-1]) + 1:] if name[-1] in said else []
        after = after or re.findall(r"\w+", e.described)
        after = after[1:] if after[:1] in (["le"], ["la"], ["l"]) else after
        if after[:len(role)] == role:
            return e
        words = [_singular(w) for w in said[:said.index(name[0])] if w not in _ROLE_LINKS]
        if loose is None and len(content) >= 2 and content[0] in words:
            rest = words[words.index(content[0]):]
            if [w for w in rest if w not in _DELEGATED] == content:
                loose = e
    return loose


_DEMONYM_NP = re.compile(r"(?P<art>(?i:le|la|l['’]))\s*(?P<d>(?-i:[A-ZÀ-Ý])[a-zà-ÿ]+)")


_POSSESSIVE_ROLE = re.compile(r"(?:son|sa|leur)\s+(?P<role>[a-zà-ÿ][a-zà-ÿ' -]*)", re.I)
_OF_COMPLEMENT = re.compile(r"\s(?:de|du|des|d')(?:\s|$)")
_BODY_ROLE = re.compile(rf"(?:{words_rx([actors_mod.fold(w) for w in CUES['body_roles']])})"
                        r"(?:\s+(?:adjoint|adjointe|national|nationale|federal|federale|confederal|confederale))?")


def _possessed_role(np: str, ctx: Context, *, on) -> Speaker | None:
    """A body's role named by a possessive ("son porte-parole", "sa secrétaire générale"): the
    holder of that role of the body whose name opens the sentence ("La CFDT « ne signera pas »,
    a prévenu son secrétaire général") or, failing that, the sentence before ("Le Kremlin a
    réagi. « ... », a déclaré son porte-parole"); an unnamed person of that body when no single
    holder is registered. The subject a sentence opens on is what a possessive takes up, not a
    body named further on ("Emmanuel Macron a reçu le président de la CGT. « ... », a indiqué son
    porte-parole" is Macron's). None when the mention is no such role or no body opens them."""
    m = _POSSESSIVE_ROLE.fullmatch(np.strip())
    if m is None:
        return None
    role = actors_mod.fold(m.group("role"))
    if _OF_COMPLEMENT.search(role) or not _BODY_ROLE.fullmatch(role) or number_of(np) == "p":
        return None
    reg = ctx.register
    ends = [e.end() for e in _TOLD_SENTENCE_END.finditer(ctx.text, max(0, ctx.position - 600), ctx.position)]
    here = ends[-1] if ends else max(0, ctx.position - 600)
    before = ends[-2] if len(ends) > 1 else max(0, here - 300)
    body = None
    for a, b in ((here, ctx.position), (before, here)):
        # the first actor the sentence names outside quotation marks (the words quoted name
        # others: « La Maison Blanche ment », a déclaré son porte-parole), not a place ("À
        # Moscou, le Kremlin ...") nor a dateline's or a state's name
        told = DATELINE.sub(lambda m: " " * len(m.group()), ctx.text[a:b])
        for qa, qb in quote_spans(told):
            told = told[:qa] + " " * (qb + 1 - qa) + told[qb + 1:]
        folded = actors_mod.fold(told)
        found = [act for s, _, act in reg.find(told, on=on)
                 if act.type != "country" and not _AT_WORD.search(folded[max(0, s - 3):s])]
        if found:
            body = found[0] if found[0].type in ("group", "institution") else None
            break
    if body is None:
        return None
    gender = gender_of(np)
    holders = [a for a in reg.holders_of(body, role, on=on) if not gender or not a.gender or a.gender == gender]
    if len({a.name for a in holders}) == 1:
        return speaker_from_actor(reg, holders[0], "anaphor", np, on=on)
    return _unnamed_member(body, np, number="s", gender=gender, attribution="description")


def _unnamed_member(body, np: str, *, number: str, gender: str, attribution: str = "anonymous") -> Speaker:
    """An unnamed person (or people) of a registered body: its organization, and its state when
    the body is a state's ("des députés du Bundestag", "sa secrétaire générale" of the CGT)."""
    return Speaker(name="", type="person", organization=body.name, gender=gender, number=number,
                   country=body.country if body.type == "institution" and len(body.country) == 2 else "",
                   attribution=attribution, mention=np, roles=actors_mod.fold(np))


# a sentence's end (not an honorific's point, "M. Dupont")
_TOLD_SENTENCE_END = re.compile(r"(?<!\bM)(?<!\bMme)(?<!\betc)[.!?…][»”\"]?\s+(?=[«“\"A-ZÀ-Ý])")
# a wire dateline ("MOSCOU, 18 septembre (AFP) - ", "LONDRES (Reuters) - "): a date, an agency or both
DATELINE = re.compile(r"^[A-ZÀ-Ý][A-ZÀ-Ý' .-]+(?:,\s+\d{1,2}(?:er)?\s+\w+\s*(?:\([^)]{1,30}\))?|\s*\([^)]{1,30}\))\s*[-–—]+\s*")
# where fold() splits words (spaces, apostrophes, hyphens)
_FOLD_SPLIT = re.compile(r"[\s\u00a0\u202f'’-]+")
_AT_WORD = re.compile(r"(?<![\w-])(?:à|a)\s+$", re.I)
# the city of a dateline or kicker opening the text ("PARIS (AFP) - ", "MOSCOU, 18 septembre - ")
_LEAD_PLACE = re.compile(r"\s*(?P<p>[A-ZÀ-Ý][A-ZÀ-Ý'’ -]{2,30}?)\s*(?:,|\(|[-–—]\s)")


def _demonym_person(np: str, ctx: Context, *, on) -> Speaker | None:
    """The person a singular demonym designates ("le Luxembourgeois", "la Britannique",
    "l'Américaine"): the nearest earlier person of that gender (a speaker, or a registered person
    named in the 600 characters before) who speaks for that state, else for no other state; None
    when the mention is not a demonym or no one fits."""
    m = _DEMONYM_NP.fullmatch(np)
    if not m:
        return None
    word = actors_mod.fold(m.group("d"))
    code = _NATIONALITIES.get(word)
    feminine = code is None and word.endswith("e") and word[:-1] in _NATIONALITIES
    code = code or (_NATIONALITIES.get(word[:-1]) if feminine else None)
    if not code:
        return None
    art = m.group("art").lower()
    gender = "f" if art == "la" or feminine else "m" if art == "le" or not word.endswith("e") else ""
    named = [speaker_from_actor(ctx.register, a, "anaphor", np, on=on)
             for a in reversed(_persons_before(ctx, 600, on=on))]
    people = [e for e in [*named, *reversed(ctx.entities)] if e.type == "person" and e.name and e.number != "p"
              and (not gender or not e.gender or e.gender == gender)]
    return next((e for e in people if e.country == code), None) \
        or next((e for e in people if (e.country or "") in _NON_STATE_CODES), None)


def resolve(np: str, ctx: Context, *, on: date | None = None, channel: str = "", content: str = "",
            source: str = "") -> list[Speaker]:
    """Speakers a mention designates (several for "le Pentagone et le département d'État").

    Order: pronoun -> register (whole mention, names and aliases inside, role held by one person
    at the date) -> role-noun anaphora ("le ministre", "ce responsable", "le texte") -> unknown
    named person (organisation from the apposition) -> the description itself.
    """
    reg = ctx.register
    on = on or ctx.published or ctx.roles_on
    np = squash_ws(np).strip(" ,.;:")
    tag = _TRAILING_TAG.search(np)
    if tag and tag.start() > 0:
        credited = ctx.register.lookup(tag.group("t"), on=on or ctx.published or ctx.roles_on)
        if credited is not None and credited.type in ("media", "country"):
            # "a précisé la présidence (AFP)": the agency credited after the source is no speaker;
            # "de l'Institut Mutualiste Montsouris (Paris)": a place glossed is not a state speaking
            np = np[:tag.start()].rstrip(" ,")
    poll = _POLL_FOR.match(np)
    if poll:
        # "un sondage Ifop pour le JDD", "une étude Odoxa publiée par Le Figaro": the pollster
        # tells the figures; the paper that ordered or printed them is no source
        np = poll.group("by")
    if not np:
        return [Speaker()]
    mq = _TITLE_IN_QUOTES.fullmatch(np) or _OUR_COLLEAGUES.fullmatch(np)
    if mq:
        # "Selon « Libération »", "nos confrères de l'Officiel des terrains de camping": a
        # publication's title, in quotation marks or after "nos confrères de", is an outlet
        title = mq.group("t").strip()
        if "p" in mq.re.groupindex:
            title = _TITLE_ARTICLE.get(re.sub(r"\s+", " ", mq.group("p").lower()), "") + title
        known = reg.lookup(title, on=on)
        if known is not None:
            return [speaker_from_actor(reg, known, "name", np, on=on)]
        return [Speaker(name=title, type="media", attribution="name", mention=np)]
    mt = _CAPITALISED_ROLE.fullmatch(np)
    if mt and reg.lookup(np, on=on) is None and head_noun(actors_mod.fold(mt.group("w")))[0] == "person":
        # "explique le Chef", "estime le Préfet": a role noun the outlet capitalises is no name
        np = np[:mt.start("w")] + mt.group("w").lower()
    if PRONOUN.match(_SELF.sub("", np)):
        np = _SELF.sub("", np)  # "Elle-même souhaite que ...": the pronoun's referent
    low = actors_mod.fold(np)
    if low in ("je", "nous"):
        # "Je pense que ..." outside quotation marks: a quotation whose marks the scrape lost, its
        # speaker the person quoted before (never a speaker named "Je"); not after a question
        # (an interview's answer) nor when no one was quoted
        asked = ctx.text[max(0, ctx.position - 400):ctx.position].rstrip().endswith("?")
        ent = None if asked else _anaphor(ctx, types=("person", "group", "institution") if low == "nous" else ("person",))
        if ent is None:
            return [Speaker(mention=np, attribution="unresolved")]
        return [Speaker(**{**ent.__dict__, "attribution": "pronoun", "mention": np})]
    if PRONOUN.match(np):
        info = CUES["pronouns"].get(low, {})
        if low == "on" and source:
            # "a-t-on indiqué au ministère russe de la Défense", "a-t-on appris auprès du Pentagone":
            # the impersonal subject's source is the institution named after the verb.
            found = resolve(source, ctx, on=on)
            if found and (found[0].name or found[0].attribution == "anonymous"):
                return found
            nationality = _nationality(actors_mod.fold(source))
            if nationality:
                # "Côté russe, on affiche ...": a source that names no one but a nationality is
                # an unnamed source of that camp
                return [Speaker(name="", type="person", country=nationality, attribution="anonymous", mention=np)]
        # An institution's communiqué names itself in the third person: « Le département de la
        # Défense ne coordonne pas ... », a-t-il déclaré dans un communiqué.
        if "communique" in actors_mod.fold(channel) and content:
            head = re.sub(r"^[\s«“\"„]+", "", content)[:90]
            found = reg.find(head, on=on)
            if found and found[0][0] <= 4 and found[0][2].type != "person":
                act = found[0][2]
                if (not info.get("gender") or not act.gender or act.gender == info["gender"]) and act.number == info.get("number", "s"):
                    return [speaker_from_actor(reg, act, "communique-self", np, on=on)]
        # ("« J'ai 52 ans ... » nous confie-t-elle": words in the first person singular are a
        # person's, not those of "la police" named just before)
        person_words = info.get("number", "s") == "s" and bool(FIRST_SINGULAR.search(content[:300]))
        ent = _anaphor(ctx, gender=info.get("gender", ""), number=info.get("number", ""),
                       types=("person",) if person_words else (), pronoun=True)
        if ent is None and person_words:
            # ("L'Élysée a publié un communiqué. « Je souhaite ... », a-t-il écrit": a registered
            # body's text may speak in its head's first person; an unnamed service does not)
            ent = _anaphor(ctx, gender=info.get("gender", ""), number=info.get("number", ""))
            ent = ent if ent is not None and ent.id else None
        if ent is None and info.get("number", "s") == "s" and _RELATIVE_BEFORE.search(ctx.text, max(0, ctx.position - 20), ctx.position):
            # ("L'assurance donnée par le premier ministre irakien, Haïder Al-abadi, de respecter le
            # régime des sanctions, qu'il a qualifié d'« erreur »": no one spoke before; in a
            # relative clause the pronoun is the registered person its sentence named, not
            # "Interrogé sur la réforme voulue par Emmanuel Macron, il a estimé")
            named = _named_in_sentence(ctx, gender=info.get("gender", ""), on=on)
            if named is not None:
                return [speaker_from_actor(reg, named, "pronoun", np, on=on)]
        if ent is None:
            return [Speaker(mention=np, attribution="unresolved", gender=info.get("gender", ""))]
        return [Speaker(**{**ent.__dict__, "attribution": "pronoun", "mention": np})]
    m = _HONORIFIC_ONLY.fullmatch(np)
    if m and reg.lookup(np, on=on) is None:
        # "M. Le Maire" after "Bruno Le Maire": the person of that family name named before.
        named = _family_named(ctx, m.group("n"), on=on)
        if named is not None:
            return [Speaker(**{**named.__dict__, "attribution": "anaphor", "mention": np})]
    if _SAME_SOURCE.fullmatch(low) and ctx.last_row is not None:
        # "..., selon la même source": the source of the statement just before
        last = ctx.last_row.get("_speaker")
        if last is not None and (last.name or last.attribution == "anonymous"):
            return [Speaker(**{**last.__dict__, "attribution": "anaphor", "mention": np})]
    mc = _COUNTED.match(low)
    if mc:
        # "La France, l'Allemagne et le Royaume-Uni ont demandé ... Les trois pays ont ajouté":
        # a counted plural refers back to the last joint speakers, as many as counted and of the
        # kind named ("les deux syndicats" is not France and Germany)
        ent = next((e for e in reversed(ctx.entities) if e.joint), None)
        heads = CUES["joint_heads"]["person" if ent is not None and ent.type == "person" else "state"]
        if ent is not None and ent.joint == _COUNT_WORDS[mc.group("n")] and mc.group("head") in heads:
            return [Speaker(**{**ent.__dict__, "attribution": "anaphor", "mention": np})]
        if _COUNT_WORDS[mc.group("n")] == 2 and mc.group("head") in CUES["joint_heads"]["person"]:
            # "Angela Merkel ... le Premier ministre irlandais. Leo Varadkar l'a remerciée ... Les deux
            # dirigeants parlent d'une même voix": the two people named just before, the first of
            # them speaking for both (as joint speakers are given); not among three
            pair = list(dict.fromkeys(_persons_before(ctx, 600, on=on)))
            if len(pair) == 2:
                first = speaker_from_actor(reg, pair[0], "anaphor", np, on=on)
                return [Speaker(**{**first.__dict__, "number": "p", "gender": "", "joint": 2})]
    if _LATTER.fullmatch(low):
        # "évoqué par Donald Trump et Emmanuel Macron. Ce dernier s'est dit ...": the person
        # named last before the mention, whether or not they spoke.
        latter = _named_last(ctx, gender=gender_of(np), on=on)
        if latter is not None:
            return [speaker_from_actor(reg, latter, "anaphor", np, on=on)]
    parts = _COORD.split(np)
    for k in range(len(parts) - 1, 0, -1):
        if _DE_COMPLEMENT_END.search(parts[k - 1]) and re.match(r"des\s", parts[k]):
            # "la Commission nationale de l'informatique et des libertés": a second complement
            # of the same noun, not a second speaker
            parts[k - 1:k + 1] = [parts[k - 1] + " et " + parts[k]]
    if len(parts) > 1 and "," in parts[0] and number_of(parts[0].split(",")[0].strip()) == "p" \
            and re.match(r"\S+\s+(?-i:[a-zà-ÿ])", parts[0].split(",")[0].strip()) \
            and _PROPER_WORD.match(parts[0].rsplit(",", 1)[1].strip()):
        # "Deux étudiantes de l'université, Léa et Océane": the plural description, then the names
        parts = [parts[0].rsplit(",", 1)[1].strip()] + parts[1:]
    elif _NAME_LIST.match(np):
        parts = [np.split(",")[0]] + parts[1:]
    if len(parts) > 1 and all(NP_START.match(p) for p in parts):
        # "le Pentagone et le département d'État": one statement, credited to the first named.
        first = resolve(parts[0], ctx, on=on)
        others = tuple(sp for p in parts[1:] for sp in resolve(p, ctx, on=on)[:1] if sp.name)
        members = len([x for x in re.split(r",\s*|\s+(?:et|ainsi que)\s+", np) if x.strip()])
        return [Speaker(**{**first[0].__dict__, "mention": np, "also": others, "members": members})]
    # 0''. "La CFDT « ne signera pas », a prévenu son secrétaire général": a possessive role is
    # the role of the body the words or the sentence before name (its holder at the date, or an
    # unnamed person of that body)
    possessed = _possessed_role(np, ctx, on=on)
    if possessed is not None:
        return [possessed]
    # 0'. "Le Luxembourgeois avait même regretté ...": a capitalised demonym after a singular
    # definite article is a person of that nation spoken of before (the press names the state
    # "le Luxembourg", "Madrid"), not the state.
    demonym = _demonym_person(np, ctx, on=on)
    if demonym is not None:
        return [Speaker(**{**demonym.__dict__, "attribution": "anaphor", "mention": np})]
    # 0. "Le Premier ministre Charles Michel a dit ... Le Premier ministre a aussi dit": a bare
    # role named with a person earlier in the article is that person, not the register's holder
    # of the role (who may be another country's).
    named = _named_with_role(ctx, np, on)
    if named is not None:
        return [Speaker(**{**named.__dict__, "attribution": "anaphor", "mention": np})]
    # 1. The whole mention is a register name or alias ("Moscou", "Mme Baldanza"); "un
    # porte-parole du gouvernement" is someone of the government, not the holder of that role.
    actor = reg.lookup(np, on=on)
    if actor is not None and actor.type == "person" and actor.gender == "m" and gender_of(np) == "f" \
            and actors_mod.fold(actor.name) != low:
        # "la chef du gouvernement" is not the (male) holder of that role at that date; the
        # masculine generic ("le Premier ministre" for Élisabeth Borne) may name a woman
        actor = None
    if actor is not None and actor.type == "person" and _INDEFINITE.match(np):
        org = reg.organization_of(actor)
        if org is None:
            return [Speaker(name="", type="person", gender=gender_of(np), attribution="anonymous", mention=np, roles=low)]
        return [speaker_from_actor(reg, org, "anonymous", np, on=on)]
    some = _SOME_MEMBERS.match(low) if actor is not None and actor.type in ("group", "institution") else None
    if some is not None:
        # "des députés britanniques", "plusieurs eurodéputés": some members of the body its
        # members name as a whole ("les députés britanniques"), unnamed, are not the body
        return [_unnamed_member(actor, np, number="p" if some.group().endswith("s") else "s", gender=gender_of(np))]
    if actor is not None:
        return [speaker_from_actor(reg, actor, "register", np, on=on)]
    # 1a. "le communiqué du groupe", "les propos du ministre rapportés par la télévision": the
    # author of the document or the words speaks through it.
    author = document_author(np)
    if author:
        found = resolve(author, ctx, on=on)
        # (an unregistered body named by its kind, "le communiqué du ministère", gives way to a
        # registered body of its state its words name, "le Pentagone"; not to another state's,
        # "Nous regrettons la décision de la Commission européenne")
        vague = bool(found) and not found[0].id and found[0].attribution == "description" and bool(content) \
            and any(a.type not in ("person", "country", "media") and a.country == found[0].country
                    for _, _, a in reg.find(content[:300], on=on))
        if found and found[0].name and not vague:
            return [Speaker(**{**sp.__dict__, "attribution": "document", "mention": np}) for sp in found]
        if content and head_noun(actors_mod.fold(author))[0] in ("group", "institution"):
            # "« ... Total ne pourra pas continuer ... », explique le communiqué du groupe": a body's
            # communiqué names itself in its own words; the first registered body they name wrote it.
            # ("le groupe", "l'entreprise": a company or an association, not the state authorities
            # its words mention, "une dérogation ... accordée par les autorités américaines")
            private = actors_mod.strip_determiner(actors_mod.fold(author)) in _GROUP_NOUNS
            body = next((act for _, _, act in reg.find(content[:300], on=on)
                         if act.type not in ("person", "country", "media") and (act.type == "group" or not private)), None)
            if body is not None:
                return [speaker_from_actor(reg, body, "document", np, on=on)]
            own = next((m for m in _SELF_NAMED.finditer(content[:300])
                        if not NOT_A_NAME.fullmatch(m.group("n").split()[0])), None) if private else None
            if own is not None and reg.lookup(own.group("n"), on=on) is None:
                # unregistered, the body names itself as its words' subject ("Total ne pourra pas")
                return [Speaker(name=own.group("n"), type="group", attribution="document", mention=np)]
    # 1b. "l'équipe de transition de Donald Trump", "l'entourage du président": people around
    # someone speak for themselves, not for the person (nor the state they would represent).
    if _ENTOURAGE.match(actors_mod.strip_determiner(low)):
        desc = re.sub(r"^" + DETERMINER + r"\s*", "", np, flags=re.I).strip()
        if _INDEFINITE.match(np):
            desc = ""  # "un proche du ministre": an unnamed source
        return [Speaker(name=desc, type="group", gender=gender_of(np), number=number_of(np),
                        attribution="description", mention=np, roles=low)]
    # 1b'. "l'opposition", "la gauche": a camp as a whole is an unnamed collective source.
    camp = actors_mod.strip_determiner(low)
    # ("l'opposition travailliste", "la gauche radicale": the camp with an adjective)
    if _DEFINITE.match(np) and (camp in _COLLECTIVE or (
            camp.split(" ")[0] in _COLLECTIVE and len(camp.split()) <= 3 and not re.search(r"[A-ZÀ-Ý]", desc_of(np))
            and not _nationality(camp))):
        return [Speaker(name="", type="group", gender=gender_of(np), number="p",
                        attribution="description", mention=np, roles=low)]
    # 1c. "62 % des Français", "la moitié des sondés": a share of a people is no state.
    if _SHARE_OF.match(low):
        return [Speaker(name="", type="group", gender=gender_of(np), number="p",
                        attribution="description", mention=np, roles=low)]
    mb = _ACRONYM_BODY.fullmatch(np)
    if mb and reg.lookup(mb.group("n"), on=on) is None and not head_noun(actors_mod.fold(mb.group("n")))[0]:
        # ("L'ONG" is a kind, not a name)
        return [Speaker(name=mb.group("n"), type="institution", gender=gender_of(np), number=number_of(np),
                        attribution="name", mention=np, roles=low)]
    # 2. A registered person named inside it ("le ministre russe de la Défense Sergueï Choïgou"),
    # unless only as a complement: "un conseiller du président Obama" is the adviser, who speaks
    # for Obama's institution; "le porte-parole de Vladimir Poutine, Dmitri Peskov" is Peskov.
    found_persons = [(a0, a) for a0, b0, a in reg.find(np, on=on)
                     if a.type == "person" and _first_name_fits(np, a0, b0, a)]
    if found_persons and all(_SIDE_OF.search(actors_mod.fold(np[:a0])) for a0, _ in found_persons):
        # "75 députés du camp de Theresa May": a person's side speaks, unnamed, not the person
        return [Speaker(name="", type="group", gender=gender_of(np), number="p",
                        attribution="description", mention=np, roles=low)]
    persons = [a for a0, a in found_persons if not _COMPLEMENT_BEFORE.search(np[:a0])]
    bosses = [a for a0, a in found_persons if _COMPLEMENT_BEFORE.search(np[:a0])]
    if persons:
        # (undated, the term the mention describes: "le patron des sénateurs LR, Bruno Retailleau")
        # ("l'ancien président du Conseil européen Donald Tusk": a past term named is not the one
        # he speaks in)
        person = persons[-1] if on is not None or _FORMER.search(low) else reg.described_term(persons[-1], np)
        return [speaker_from_actor(reg, person, "register", np, on=on)]
    if bosses:
        boss = bosses[-1]
        masked = np
        for a0, b0, a in reg.find(np, on=on):
            if a is boss:
                masked = np[:a0] + " " * (b0 - a0) + np[b0:]
        other, _ = _name_in(masked, reg, on)
        boss_sp = speaker_from_actor(reg, boss, "register", np, on=on)
        org = reg.organization_of(boss)
        if other:
            return [Speaker(name=other, type="person", organization=boss_sp.organization, country=boss_sp.country,
                            gender=gender_of(np), attribution="apposition", mention=np, roles=low)]
        if org is not None:
            return [speaker_from_actor(reg, org, "anonymous" if _INDEFINITE.match(np) else "description", np, on=on)]
    # 3. Another name inside it: an unknown person, whatever the role title would suggest.
    name, person = _name_in(np, reg, on)
    if person is None and name:
        # ("Jacob Ress-Mogg" in an article that writes "Rees-Mogg" elsewhere: the outlet's slip)
        person = reg.misspelt(name, on=on, seen=ctx.text)
    if person is not None:
        return [speaker_from_actor(reg, person, "register", np, on=on)]
    if not name:
        # 4. An apposition chunk or a role title held by one person at that date, when the
        # determiner's gender does not contradict it ("le porte-parole" is not Zakharova).
        gender = gender_of(np)
        chunks = [reg.lookup(chunk, on=on) for chunk in np.split(",")]
        holders = [a for a in chunks if a is not None]
        # ("le secrétaire d'État chargé du numérique" is not "le secrétaire d'État": a title
        # extended by its remit is another office)
        folded_np = actors_mod.fold(np)
        holders += [a for _, e, a in reg.find(np, on=on, roles=True)
                    if a.type == "person" and not _REMIT_AFTER.match(folded_np, e)]
        nationality = _nationality(low)
        for a in holders:
            if a.type == "person" and gender and a.gender and gender != a.gender:
                continue
            if a.type == "person" and _FORMER.search(folded_np):
                # "l'ancien Premier ministre britannique", "l'ex-président": not the holder then
                continue
            if a.type == "person" and (_INDEFINITE.match(np.split(",")[-1].strip())
                                       or nationality and a.country and a.country != nationality):
                # "un porte-parole du gouvernement" is someone, not the spokesperson; "le porte-parole
                # du gouvernement irlandais" is not the French one
                continue
            if a.type == "person" or len(holders) == 1:
                return [speaker_from_actor(reg, a, "role" if a.type == "person" else "register", np, on=on)]
    institution = reg.institution_in(np, on=on)
    # (where the mention names it: the register is scanned once for the four tests below)
    at = [(a, b) for a, b, act in reg.find(np, on=on) if act is institution] if institution is not None else []
    if institution is not None and all(_INSIDE_NAME.search(np[:a]) or _family_name_at(np, a, b, reg, on) for a, b in at):
        # "chercheur à l'Institut Washington", "professeur à l'Université de Moscou": a register
        # name inside a longer proper name (an institute, a university) is not that actor.
        institution = None
    if institution is not None and institution.type == "country" and all(_STATE_INSIDE_NAME.search(np[:a]) for a, _ in at):
        institution = None
    if institution is not None and all((_AT_PLACE.search(np[:a]) or _LOCAL_BODY_OF.search(actors_mod.fold(np[:a]))) and np[a:b][:1].isupper()
                                       for a, b in at):
        # "des manifestants à Paris", "des élus à Moscou": a city named as a place, without an
        # article, is where they are, not whom they speak for ("au Kremlin" keeps its article).
        institution = None
    if institution is not None and institution.type == "country" and all(np[a:b][:1].islower() for a, b in at):
        # "le chercheur français X": a lowercase nationality adjective is not the state ("les
        # Français"); only an office of state makes its holder speak for it (``_state_office``).
        institution = None
    kind, head = head_noun(low)
    gender = gender_of(np)
    context_state = ""
    if name:
        org = institution.name if institution else _org_phrase(np)
        country = institution.country if institution else ""
        if not country:
            # "le Premier ministre israélien Benjamin Netanyahu": an office of state and a
            # nationality adjective, though neither person nor institution is registered.
            rest = low.replace(actors_mod.fold(name), " ")
            country, state_org = _state_office(rest, reg, on)
            if not country and _MINISTER_OF.search(rest) and not _NON_STATE.search(rest):
                # "la ministre de l'Enseignement supérieur, Frédérique Vidal": a minister of no
                # stated nationality is of the state the article's speakers are of
                country = next((c for c in _context_states(ctx, on, "") if len(c) == 2 and c != "EU"), "")
            if not country:
                # "le préfet de Guyane, Thierry Queffelec": an office only one state has (not "le
                # garde des Sceaux belge", "le préfet du Mfoundi, au Cameroun")
                country = _national_office(rest, reg, on)
            org = org or state_org
        return [Speaker(name=name, type="person", organization=org,
                        country=country, gender=gender,
                        attribution="apposition" if org else "name", mention=np, roles=low)]
    if _DEFINITE.match(np) and actors_mod.strip_determiner(low) in _COURT_OFFICIALS:
        # "Le Conseil d'État a été saisi ... Le juge des référés observe que": the court speaks
        ent = next((e for e in reversed(ctx.entities) if e.name and e.type != "person"
                    and _COURT_NAME.match(actors_mod.fold(e.name))), None)
        if ent is not None:
            return [Speaker(**{**ent.__dict__, "attribution": "anaphor", "mention": np})]
    counterpart = _counterpart(low, ctx, on)
    if counterpart is not None:
        return [speaker_from_actor(reg, counterpart, "counterpart", np, on=on)]
    if _DEFINITE.match(np) and head:
        if head in _EXPERT_HEADS:
            # "estime le chercheur", "selon l'analyste": the last named non-state person (an
            # expert quoted earlier), whatever title the first mention gave them.
            ent = next((e for e in reversed(ctx.entities) if e.type == "person" and e.name and not e.country
                        and (not gender or not e.gender or e.gender == gender)), None)
            if ent is not None:
                return [Speaker(**{**ent.__dict__, "attribution": "anaphor", "mention": np})]
        if kind == "media" and head in DOCUMENT_HEADS and ctx.document_speaker is not None:
            # "ajoute le texte", "précise le communiqué": the author of the last communiqué.
            ent = ctx.document_speaker
            return [Speaker(**{**ent.__dict__, "attribution": "anaphor", "mention": np})]
        if kind == "media" and head in DOCUMENT_HEADS and institution is None:
            # "Le Kremlin a publié un communiqué. « ... », précise le texte": with no communiqué
            # reported before, the last named actor that is not a person or a medium wrote it.
            ent = next((e for e in reversed(ctx.entities) if e.name and e.type not in ("person", "media")), None)
            if ent is not None:
                return [Speaker(**{**ent.__dict__, "attribution": "anaphor", "mention": np})]
            # no author in sight: the document is no speaker of its own ("« ... », précise le
            # communiqué" speaks for someone the text leaves unnamed)
            return [Speaker(name="", attribution="anonymous", mention=np)]
        # (a singular description takes no plural antecedent: "le député du Lot" is not
        # "certains députés LR")
        ent = _anaphor(ctx, head=head, kind=kind, org=institution.name if institution else "",
                       country="" if institution else _nationality(low), number=number_of(np))
        if ent is not None and kind == "person" and (ent.id or _OF_A_BODY.search(actors_mod.fold(desc_of(np)))
                                                     or _given_a_role(ent)) \
                and not _fits_entity(np, ent):
            # "le président du Pays" (of French Polynesia) is not Emmanuel Macron, "président" as he
            # is: a registered person's roles are known (an unregistered deputy may be "du Lot");
            # an unregistered person's too when the role names its body ("la présidente de la
            # fédération patronale BDA" is not IG Metall's president named before)
            ent = None
        if ent is not None:
            return [Speaker(**{**ent.__dict__, "attribution": "anaphor", "mention": np})]
        if kind in ("person", "") and institution is None and number_of(np) == "s" and _DEMONSTRATIVE.match(np):
            # "Lucie Acker porte une pancarte. « ... », a dénoncé cette cadre de 42 ans": a
            # demonstrative points to the nearest person, registered or not.
            ent = _nearest_person(ctx, gender)
            if ent is not None:
                return [Speaker(**{**ent.__dict__, "attribution": "anaphor", "mention": np})]
        if kind == "person" and institution is None and number_of(np) == "s" and not _nationality(low):
            # "le ministre du Travail Olivier Dussopt, a défendu ... Selon l'homme d'État, ...": no
            # earlier speaker fits, but a registered person was named just before.
            named = _named_last(ctx, gender=gender, on=on)
            if named is not None and _fits_body(desc_of(np), " ".join([named.name, *named.roles])):
                near = _nearest_person(ctx, gender)
                if near is not None and near.name != named.name and head not in actors_mod.fold(" ".join(named.roles)) \
                        and (head in (near.roles or "") or not near.id) \
                        and _named_just_before(ctx, near.name):
                    # "Olivier Véran a salué Berger ... Le ministre a souligné": a speaker just named
                    # is the one a role noun takes up, not a person of other roles named after him
                    return [Speaker(**{**near.__dict__, "attribution": "anaphor", "mention": np})]
                return [speaker_from_actor(reg, named, "anaphor", np, on=on)]
        nat = _nationality(low)
        if kind == "person" and institution is None and number_of(np) == "s" and nat and _STATE_ROLE.search(low) \
                and not _NON_STATE.search(low):
            # "Hassan Rohani a reçu Alain Berset. ... a dit le chef d'État iranien": an office of
            # state named by its nationality, no holder registered: the person of that state
            # named last
            ent = next((e for e in reversed(ctx.entities) if e.type == "person" and e.name and e.country == nat
                        and e.number != "p" and (not gender or not e.gender or e.gender == gender)), None)
            if ent is not None:
                return [Speaker(**{**ent.__dict__, "attribution": "anaphor", "mention": np})]
    nat = _nationality(low)
    if (_DEFINITE.match(np) and kind in ("person", "") and institution is None and number_of(np) == "s"
            and (not re.search(r"[A-ZÀ-Ý]", desc_of(np)) or kind == "person" and _just_named(ctx, np, gender))
            # ("l'ancien premier ministre polonais" for Donald Tusk, just heard, who now speaks for
            # the EU: a former office says nothing of the state a person speaks for now)
            and (not nat or _FORMER.search(low) is not None
                 and _just_named(ctx, np, gender, subject=True, state=nat))
            # ("le constructeur automobile": a company's kind, never a person's)
            and actors_mod.strip_determiner(low).split(" ")[0] not in _GROUP_NOUNS):
        # Elegant variation: the press names a person again by a description never used before
        # ("le milliardaire", "le général à la retraite", "l'ancien patron de la CIA"); it refers
        # back to the nearest named person of compatible gender (not when it names a body of its
        # own that is not theirs: "la présidente de la fédération patronale BDA").
        ent = _nearest_person(ctx, gender)
        if ent is not None and _OF_A_BODY.search(actors_mod.fold(desc_of(np))) and not _fits_entity(np, ent):
            ent = None
        if ent is not None:
            return [Speaker(**{**ent.__dict__, "attribution": "anaphor", "mention": np})]
    bare = actors_mod.strip_determiner(low)
    if (_DEFINITE.match(np) and institution is None and number_of(np) == "s"
            and (bare in _GROUP_NOUNS and not _nationality(low)
                 # ("le groupe pétrolier", "l'armateur danois", "le producteur français de pétrole":
                 # its kind with its sector or nationality; not "la société civile", "le mouvement
                 # social")
                 or (bare.split(" ")[0] in _COMPANY_HEADS and " " in bare and not re.search(r"[A-ZÀ-Ý]", desc_of(np))
                     and (_nationality(low) or _SECTOR_AFTER_HEAD.match(bare))))):
        # The same variation for a union, party or company: "le syndicat", "le groupe".
        ent = next((e for e in reversed(ctx.entities) if e.type == "group" and e.name and e.number != "p"), None)
        if ent is None:
            ent = _body_named_before(ctx, bare.split(" ")[0], on)
        if ent is not None:
            # A later pronoun agrees with this mention: "Si le syndicat (FO) estime ..., il juge".
            return [Speaker(**{**ent.__dict__, "attribution": "anaphor", "mention": np,
                               "gender": gender_of(np) or ent.gender})]
    some = _SOME_MEMBERS.match(low) if institution is not None and institution.type in ("group", "institution") else None
    if some is not None:
        # "certains députés LR", "un élu insoumis", "plusieurs eurodéputés": some of its members,
        # unnamed, are not the party or the assembly (as many as the member noun says: "une
        # poignée de députés" are several)
        return [_unnamed_member(institution, np, number="p" if some.group().endswith("s") else "s", gender=gender)]
    if institution is not None and kind != "person":
        return [speaker_from_actor(reg, institution, "register", np, on=on)]
    if institution is None and kind == "institution" and _DEFINITE.match(np) and not _nationality(low):
        # "a annoncé le ministère des Affaires étrangères" in a Russian context: the institution
        # of the state the sentence or the previous speaker is about ("ministère russe des ...").
        found = _institution_in_context(np, ctx, on, content)
        if found is not None:
            return [speaker_from_actor(reg, found, "context", np, on=on)]
        bare_low = actors_mod.strip_determiner(low)
        state_body = _STATE_BODY.match(bare_low)
        if state_body:
            # unregistered ("selon le ministère des Sports"): the body keeps its name and speaks
            # for the nearest state in context (not the EU, which has no ministries or courts);
            # a body named after a place ("le tribunal administratif de Paris", "la police de
            # Montréal") speaks for the state of that place if the register knows it, else none
            # (a ministry's capitalised domain, "ministère des Sports", is no place)
            # ("selon la Police": the body's own noun capitalised names no place)
            # (words counted as fold() splits them, hyphens included: "haut-commissariat" is two)
            kind_words = len(state_body.group().split())
            after_kind = " ".join(_FOLD_SPLIT.split(desc_of(np))[kind_words:])
            if _PROPER_WORD.search(after_kind) and not bare_low.startswith("ministere"):
                context_state = next((a.country for _, _, a in reg.find(np, on=on)
                                      if a.country and len(a.country) == 2 and a.country != "EU"), "") \
                    or next((c for _, _, c in actors_mod.places_in(np)), "")
            else:
                context_state = next((c for c in _context_states(ctx, on, content) if len(c) == 2 and c != "EU"), "")
    if institution is not None and institution.type != "person" and kind == "person" and number_of(np) == "p" \
            and _DEFINITE.match(np):
        # "Les dirigeants du DUP", "les responsables de la CGT": the leadership speaks for its body.
        return [speaker_from_actor(reg, institution, "description", np, on=on)]
    desc = re.sub(r"^" + DETERMINER + r"\s*", "", np, flags=re.I).strip()
    if not desc:
        return [Speaker(mention=np)]
    # "le groupe Liot", "le syndicat Sud-Rail": a body is named by its own name, not its kind.
    kind_rx = _KIND_BEFORE_NAME if _KIND_BEFORE_NAME.match(desc) else _KIND_BEFORE_ACRONYM
    kinded = kind_rx.match(desc) is not None
    desc = kind_rx.sub("", desc)
    anonymous = bool(_INDEFINITE.match(np))
    if anonymous:
        # An unnamed source ("un haut responsable du département d'État") speaks for its
        # institution; without one ("un militant") the speaker stays empty, the mention is kept.
        official = _anonymous_official(low, reg, on) if institution is None or institution.type == "country" else None
        if institution is not None and official is None:
            sp = speaker_from_actor(reg, institution, "anonymous", np)
            return [sp]
        if official is not None:
            return [speaker_from_actor(reg, official, "anonymous", np)]
        body = _voice_of_body(np)
        if body:
            # "a déclaré un porte-parole de la BEI": the body speaks through an unnamed voice
            # (of a state only when it is a state's body: "la Fédération française du bâtiment" is not)
            state = _nationality(low) or context_state if _STATE_BODY.match(actors_mod.fold(body)) else ""
            return [Speaker(name=body, type="institution", gender=gender, number="s",
                            organization=body, country=state, attribution="anonymous", mention=np, roles=low)]
        return [Speaker(name="", type="person", gender=gender, number=number_of(np),
                        country=_nationality(low), attribution="anonymous", mention=np, roles=low)]
    country, state_org = ((institution.country, institution.name) if institution else _state_office(low, reg, on))
    country = country or context_state or _national_office(low, reg, on)
    # A description that names no one ("les groupes", "différents sondages", "ce parlementaire du
    # camp présidentiel") is an unnamed source: no speaker name (the gold conventions), the
    # mention kept; a medium keeps its description ("la télévision publique iranienne").
    # ("L'ONG", "le Syndicat" with no such body named before: a kind is no name)
    named = kind == "media" or (kind == "institution" and re.search(r"[A-ZÀ-Ý]", desc)
                                and actors_mod.fold(desc) not in _GROUP_NOUNS)
    # ("selon la police", "la préfecture": a state's body is named as the article names it)
    named = named or (bool(context_state) and number_of(np) == "s")
    # ("selon la police" in a report that names no state: the body is named all the same, of
    # no state, since "la police" is French in Reims and not in Kashgar)
    named = named or (_DEFINITE.match(np) is not None and number_of(np) == "s" and kind == "institution"
                      and _STATE_BODY.fullmatch(bare) is not None
                      # ("le ministère" alone takes up a ministry named before, by its name)
                      and not bare.startswith("ministere"))
    if kinded and not named and not anonymous and _BARE_NAME.fullmatch(desc):
        # "le syndicat Sud-Rail", "la société Doctolib": a kind of body, then its own name
        return [Speaker(name=desc, type="group", gender=gender, number="s", attribution="name",
                        mention=np, roles=low)]
    if not named and desc == np.strip() and _BARE_NAME.fullmatch(desc) and not country:
        # "selon Comscore", "d'après RTE": a proper name outside the register is named as the
        # article names it (an acronym is a body)
        return [Speaker(name=desc, type="institution" if desc.isupper() else "person", gender=gender,
                        number="s", attribution="name", mention=np, roles=low)]
    if not named and not kinded and not kind and not country and _DEFINITE.match(np) and number_of(np) == "s" \
            and _BARE_NAME.fullmatch(desc) and not desc.isupper() and desc not in _TITLE_WORDS \
            and not _nationality(low):
        # "L'Alternative estime que", "La Cimade dénonce": a definite article and one capitalised
        # word that is no kind of body or title is a body's own name (kept with its article)
        return [Speaker(name=squash_ws(np.strip()), type="group", gender=gender, number="s",
                        attribution="name", mention=np, roles=low)]
    # (a registered body's spokesperson, one of several, stays unnamed: "le porte-parole du Pentagone")
    body = "" if named or institution is not None or not _DEFINITE.match(np) or number_of(np) != "s" \
        else _voice_of_body(np)
    if body:
        # "a rappelé le porte-parole du ministère des Affaires étrangères", no holder named
        # before: the body speaks (for the state in context when it is a state's body)
        if not country and _STATE_BODY.match(actors_mod.fold(body)):
            country = next((c for c in _context_states(ctx, on, content) if len(c) == 2 and c != "EU"), "")
        return [Speaker(name=body, type="institution", gender=gender, number="s", organization=body,
                        country=country, attribution="description", mention=np, roles=low)]
    return [Speaker(name=desc if named else "",
                    type="person" if kind in ("person", "") else ("media" if kind == "media" else "institution"),
                    organization=state_org,
                    country=country, gender=gender,
                    number=number_of(np), attribution="anonymous" if anonymous else "description",
                    mention=np, roles=low)]


_POLL_FOR = re.compile(
    r"(?:(?:un|une|le|la|l['’]|ce|cette|du|de\s+la)\s*)?(?:(?:nouvel|nouvelle|nouveau|dernier|dernière|récent|récente)\s+)?"
    rf"(?:{words_rx(CUES['poll_nouns'])})\s+(?:(?:de\s+l['’]|d['’]|du|de)\s*)?"
    rf"(?P<by>(?-i:[A-ZÀ-Ý])[^,()]*?)\s*,?\s+(?:pour|{words_rx(CUES['document_participles'])})(?:\s|$)", re.I)
# A run of capitalised words (a body's own name: "Volkswagen", "Tours Evénements", "A.P. Moller-Maersk").
_NAME_WORD = r"(?:(?-i:[A-ZÀ-Ý])\.){1,3}|(?-i:[A-ZÀ-Ý])[\w\u00C0-\u024F&’'-]*"
_NAME_RUN_IN_TEXT = re.compile(rf"(?<![\w\u00C0-\u024F'’.-])(?:{_NAME_WORD})(?:[ -]?(?:{_NAME_WORD})){{0,2}}")
#: characters before a mention where the body a kind of body takes up is looked for
BODY_REACH = 300
# a single capital before a full stop: an initial ("A.P. Moller-Maersk"), which ends no sentence
_INITIAL_BEFORE = re.compile(r"(?:^|[\s.])(?-i:[A-ZÀ-Ý])$")


def _body_named_before(ctx: Context, kind: str, on) -> Speaker | None:
    """The body a description by its kind takes up when no group has spoken yet: the name that
    followed that same kind just before, in its sentence or the one before ("D'autres acteurs,
    comme l'armateur danois A.P. Moller-Maersk, ont suspendu leurs activités. L'armateur a
    expliqué ..."). A bare name elsewhere is not taken up: without its kind, a surname, a medium,
    a product, a law or an event reads the same ("que Durand", "que Parcoursup", "que Le Monde").
    ``kind`` is the mention's head noun, folded; a registered company, union or party keeps its
    register entry."""
    text, pos = ctx.text, ctx.position
    lo = max(0, pos - BODY_REACH)
    # (the sentence boundary right before the mention needs the capital after it; an initial's
    # full stop ends no sentence: "A.P. Moller-Maersk")
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, min(len(text), pos + 3))
            if m.end() <= pos and not _INITIAL_BEFORE.search(text, max(0, m.start() - 2), m.start())]
    lo = ends[-2] if len(ends) >= 2 else lo
    places = [(a + lo, b + lo) for a, b, _ in actors_mod.places_in(text[lo:pos])]
    # the kind, then at most two words (its sector, its nationality), right before the name
    kind_before = re.compile(rf"(?<![\w]){re.escape(kind)}s?(?:\s+[\w'-]+){{0,2}}\s*$")
    for m in reversed(list(_NAME_RUN_IN_TEXT.finditer(text, lo, pos))):
        name = m.group()
        if kind_before.search(actors_mod.fold(text[max(lo, m.start() - 40):m.start()])) is None:
            continue
        if name in _TITLE_WORDS or actors_mod.fold(name) in _GENERIC_CAPITALS or first_name_gender(name.split()[0]) \
                or any(a <= m.start() < b for a, b in places):
            continue
        actor = ctx.register.lookup(name, on=on)
        if actor is None:
            return Speaker(name=name, type="group", number="s", attribution="anaphor", mention=name)
        if actor.type == "group":
            return speaker_from_actor(ctx.register, actor, "anaphor", name, on=on)
    return None


_BARE_NAME = re.compile(r"(?-i:[A-ZÀ-Ý])[\w\u00C0-\u024F'’&-]+")
_TITLE_WORDS = frozenset(CUES["capitalised_titles"]) | frozenset(CUES["capitalised_common"])
_NATIONALITIES = {actors_mod.fold(k): v for k, v in CUES["nationalities"].items()}
NATIONALITY = re.compile(r"(?<![\w])(" + "|".join(sorted(map(re.escape, _NATIONALITIES), key=len, reverse=True))
                          + r")(?:e|s|es)?(?![\w])")


_OFFICIALS = re.compile(r"^(?:" + "|".join(re.escape(actors_mod.fold(w)) for w in
                                          sorted(CUES["official_nouns"], key=len, reverse=True)) + r")(?![\w])")
_SECTORS = [(re.compile(r"(?<![\w])" + re.escape(actors_mod.fold(k)) + r"(?![\w])"), v)
            for k, v in CUES["official_sectors"].items()]


def _voice_of_body(np: str) -> str:
    """The body an unnamed spokesperson speaks for, by its name in the mention ("un porte-parole de
    la BEI" -> "BEI", "le porte-parole du ministère des Affaires étrangères" -> "ministère des
    Affaires étrangères", "de la Fédération nationale des ..."), or ''. Only a name that says it
    is a body: an acronym, a kind of institution with a capitalised domain, or a body's name
    (``body_name_heads``). A capitalised word alone may be a place ("un représentant de Lyon") or
    a person ("de Marc Lefèvre"); "la direction de l'usine" names none. (Registered bodies are
    found before this is asked.)"""
    m = _VOICE_OF.match(np)
    if m is None:
        return ""
    # ("l'ambassade américaine à Berlin": where a body sits is not its name)
    body = _AT_PLACE_END.sub("", squash_ws(m.group("body")))
    first = body.split(" ")[0]
    if _ACRONYM_WORD.fullmatch(first) or _BODY_WORD_START.match(body):
        return body
    if head_noun(actors_mod.fold(body))[0] == "institution" and _PROPER_WORD.search(body):
        return body
    return ""


_ACRONYM_WORD = re.compile(r"(?-i:[A-ZÀ-Ý]{2,}[\w-]*)")


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
    country = reg.state(code)
    if country is None:
        return None
    return reg.organization_of(country) or country


def _context_states(ctx: Context, on, content: str) -> list[str]:
    """Country codes in context, nearest first: the registered actors of the reported content,
    then the earlier speakers, then the state the whole article names most (``_text_state``)."""
    codes = [a.country for _, _, a in ctx.register.find(content, on=on) if a.country] if content else []
    return codes + [e.country for e in reversed(ctx.entities) if e.country] + [_text_state(ctx, on)]


def _text_state(ctx: Context, on) -> str:
    """The state the article names most through registered actors, capitals and towns (its domestic
    scene: "la ministre de l'Enseignement supérieur" in an article on French universities), or ''
    when no state is named at least twice and more than any other (a text naming only one state,
    even once, through a person or a body of it, is on its scene; a country named in passing, "un
    drapeau de l'Ukraine", is not). Found once per article: every call in one article has the same
    date (its publication's)."""
    if ctx.text_state is None:
        counts: dict[str, int] = {}
        actors_of: dict[str, int] = {}   # mentions through a person or a body, not the country's name
        for _, _, a in ctx.register.find(ctx.text, on=on):
            if len(a.country) == 2 and a.country != "EU":
                counts[a.country] = counts.get(a.country, 0) + 1
                if a.type != "country":
                    actors_of[a.country] = actors_of.get(a.country, 0) + 1
        # ("Ils étaient 9000 à Chalon-sur-Saône selon la police": a town names the scene, as a
        # person or a body of its state does; so does a dateline's city, "PARIS (AFP) - ")
        dateline = _LEAD_PLACE.match(ctx.text)
        where = ctx.register.lookup(dateline.group("p"), on=on) if dateline else None
        lead = [(0, 0, where.country)] if where is not None and where.type == "country" and len(where.country) == 2 else []
        for _, _, code in lead + actors_mod.places_in(ctx.text):
            counts[code] = counts.get(code, 0) + 1
            actors_of[code] = actors_of.get(code, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        clear = ranked and (ranked[0][1] >= 2 or (len(ranked) == 1 and actors_of.get(ranked[0][0], 0) >= 1)) \
            and (len(ranked) == 1 or ranked[0][1] > ranked[1][1])
        ctx.text_state = ranked[0][0] if clear else ""
    return ctx.text_state


def _institution_in_context(np: str, ctx: Context, on, content: str) -> actors_mod.Actor | None:
    """A state institution named without its nationality, given the states in context: the
    registered actors of the reported content first, then the earlier speakers, then the
    article's main state."""
    words = actors_mod.strip_determiner(actors_mod.fold(np)).split(" ")
    if not words[0] or len(words) > 8:
        return None
    codes = _context_states(ctx, on, content)
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


_MINISTER_OF = re.compile(rf"(?<![\w])(?:{words_rx([actors_mod.fold(w) for w in CUES['minister_titles']])})"
                          r"\s+(?:de|du|des|d'|aux|a la|au)(?![\w])")
_NATIONAL_OFFICES = {code: re.compile(rf"(?<![\w])(?:{words_rx([actors_mod.fold(w) for w in offices])})(?![\w])")
                     for code, offices in CUES["national_offices"].items()}


def _national_office(folded: str, reg, on) -> str:
    """The state of an office only one state has ("préfet", "garde des Sceaux"), unless the
    mention names another state ("le garde des Sceaux belge", "au Cameroun"); '' otherwise."""
    code = next((c for c, rx in _NATIONAL_OFFICES.items() if rx.search(folded)), "")
    if not code:
        return ""
    others = {_nationality(folded)} | {a.country for _, _, a in reg.find(folded, on=on) if a.type == "country"}
    return "" if others - {"", code} else code


_STATE_BODY = re.compile(rf"(?:{words_rx([actors_mod.fold(w) for w in CUES['state_bodies']])})(?![\w])")


_NON_STATE = re.compile(r"(?<![\w])(?:" + "|".join(sorted((re.escape(actors_mod.fold(w)) for w in CUES["non_state_nouns"]),
                                                          key=len, reverse=True)) + r")(?![\w])")


# "le responsable chinois de la start-up DeepSeek", "le dirigeant chinois de Huawei": heading a body
# named after the nationality is no office of state
_HEAD_OF_BODY = re.compile(r"\b(?:dirigeant|dirigeante|dirigeants|responsable|responsables)\s+\w+\s+(?:de|du|des|d')\b")


def _state_office(folded: str, reg, on) -> tuple[str, str]:
    """(country, organisation) of a description holding an office of state with a nationality
    adjective ("premier ministre israelien" -> ('IL', '')); ('', '') otherwise. The organisation
    is the register's government of that country when it has one."""
    code = _nationality(folded)
    if not code or not _STATE_ROLE.search(folded) or _NON_STATE.search(folded) or _HEAD_OF_BODY.search(folded):
        return "", ""
    country = reg.state(code)
    org = reg.organization_of(country) if country is not None else None
    return code, (org.name if org is not None else "")


def _nationality(folded: str) -> str:
    """Country of a nationality adjective in a description ("un responsable américain" -> US)."""
    m = NATIONALITY.search(folded)
    return _NATIONALITIES[m.group(1)] if m else ""


_TRAILING_NAME = re.compile(r"(?<!\bde la )(?<!\bdu )(?<!\bdes )(?<!\bde )(?<!\bd')(?<!\bd’)" + _NAME_RUN.pattern + r"\s*$")


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
    # ("ministre de la Transformation et de la Fonction publiques": capitalised words after "de la"
    # are the institution's own name, not a person)
    org = _TRAILING_NAME.sub("", m.group(1)).strip() or m.group(1).strip()
    return org if org and not org[0].isupper() or len(org.split()) > 1 else org


# A name in complement position after a lowercase head noun: "conseiller du président Obama",
# "porte-parole de Vladimir Poutine" (at most two lowercase title words between "de" and the name).
_COMPLEMENT_RX = re.compile(r"[a-zà-ÿ]{3,}\s+(?:de\s+|du\s+|d['’])(?:(?:la|le|l['’])\s*)?(?P<w>(?:[a-zà-ÿ-]+\s+){0,2})$")


class _ComplementBefore:
    """Whether a name follows "<noun> de/du [title]" where the title words are person titles or
    nationalities ("conseiller du président Obama"), not an institution ("chef de la diplomatie
    russe Sergueï Lavrov", where the name is in apposition)."""

    @staticmethod
    def search(before: str) -> bool:
        if _LED_BY.search(before):
            # "Les députés RN emmenés par Marine Le Pen": the group speaks, its leader is named
            return True
        m = _COMPLEMENT_RX.search(before)
        if not m:
            return False
        words = actors_mod.fold(m.group("w")).split()
        return all(w in _PERSON_TITLES or NATIONALITY.fullmatch(w) for w in words)


_CAPITALISED_ROLE = re.compile(r"(?:le|la|l['’])\s*(?P<w>(?-i:[A-ZÀ-Ý])[a-zà-ÿ-]+)", re.I)
_FORMER = re.compile(rf"(?<![\w-])(?:{words_rx(CUES['former_markers'])})(?:\s+|-)", re.I)
_LED_BY = re.compile(rf"[\w\u00C0-\u024F]{{2,}}\s+(?:{words_rx(CUES['led_by_participles'])})\s+par\s+"
                     r"(?:(?:le|la|l['’])\s*)?(?:[a-zà-ÿ-]+\s+){0,2}$")
_COMPLEMENT_BEFORE = _ComplementBefore()


# ---------------------------------------------------------------------------------------------
# Registered actors in a clause, "selon" speakers, subject pronouns of relayed content


def introduced_before(sp: Speaker, ctx: Context) -> Speaker:
    """An unregistered person as the article introduced them: "Lidington" or "David Lidington"
    after "le ministre britannique David Lidington" is that person, with the full name and the
    state and organisation the first mention gave (the nearest earlier person whose name ends with
    the same words). Anyone else is returned unchanged."""
    if sp.id or sp.type != "person" or not sp.name or (sp.country and sp.organization):
        return sp
    words = actors_mod.fold(sp.name).split()
    for prev in reversed(ctx.entities):
        if prev.id or prev.type != "person" or not prev.name or prev is sp:
            continue
        pw = actors_mod.fold(prev.name).split()
        if len(pw) >= len(words) and pw[-len(words):] == words:
            if not (prev.country or prev.organization) and len(pw) == len(words):
                return sp
            return Speaker(**{**sp.__dict__, "name": prev.name if len(pw) > len(words) else sp.name,
                              "country": sp.country or prev.country,
                              "organization": sp.organization or prev.organization})
    return sp


def known_actor(np: str, ctx: Context) -> bool:
    """Whether a whole noun phrase names a registered actor (by name, alias or role title)."""
    reg, on = ctx.register, ctx.published
    np = squash_ws(np)
    if reg.lookup(np, on=on) is not None:
        return True
    folded = actors_mod.fold(np)
    head = actors_mod.strip_determiner(folded)
    hits = reg.find(np, on=on) + reg.find(np, on=on, roles=True)
    # The register name must start the phrase (after its determiner), not sit inside it
    # ("la première fois" never matches; "le ministre syrien des Affaires étrangères" does).
    return any(a.type == "person" or s <= len(folded) - len(head) + 1 for s, _, a in hits)


def actors_at_start(snippet: str, ctx: Context) -> list[tuple[int, int]]:
    """(start, end) in ``snippet`` of the register actor named at its start ("les États-Unis ne ...")."""
    m = re.match(rf"^\s*(?:{DETERMINER}\s*)?(?:[A-ZÀ-Ý][\w\u00C0-\u024F'’-]*(?:{SP}|$)){{1,4}}", snippet)
    if not m:
        return []
    words = snippet[:m.end()].rstrip()
    while words:
        if ctx.register.lookup(words, on=ctx.published) is not None:
            s = len(snippet) - len(snippet.lstrip())
            return [(s, len(words))]
        words = words.rsplit(" ", 1)[0] if " " in words.strip() else ""
    return []


# "... du camp de", "... des partisans de" before a name, inside a longer mention
_SIDE_OF = re.compile(r"\S\s+(?:du|des|de la|de l'|d')\s*(?:" + "|".join(re.escape(actors_mod.fold(w)) for w in sorted(
    CUES["entourage_nouns"], key=len, reverse=True)) + r")\s+(?:de|du|d')\s*$")
_ENTOURAGE = re.compile(r"^(?:" + "|".join(re.escape(actors_mod.fold(w)) for w in sorted(
    CUES["entourage_nouns"], key=len, reverse=True)) + r")(?: [a-z' ]{0,30})? (?:de|du|des|d')")
# "62 % des Français estiment que ...": a percentage of people as a subject (a poll's respondents).
PERCENT_OF = re.compile(r"^\s*\d+(?:[.,]\d+)?\s?%\s+(?:des|de|d['’])", re.I)
# "62 % des Français", "près de la moitié des Britanniques": a share of a people (folded text).
_SHARE_OF = re.compile(r"^(?:pres de |plus de |moins de |environ |quelque |pas moins de )?(?:\d+(?:[.,]\d+)?\s?%|"
                       + "|".join(re.escape(actors_mod.fold(w)) for w in sorted(CUES["population_shares"], key=len, reverse=True))
                       + r"|\d+ (?:sur|personnes? sur) \d+) (?:des|de|d')")
_OWN_WORDS = re.compile(r"^(?:ses|son|sa|leurs?) (?:propres )?(?:mots|termes|propos|paroles|expression|formule|estimations?|calculs?|previsions?)$")
_COUNT_BY = re.compile(r"^(?:(?:dernier|nouveau|premier|precedent|lourd) )?(?:" + "|".join(
    re.escape(actors_mod.fold(w)) for w in CUES["counts_by_source"]) + r")(?: [a-z]+)? (?:de|du|des|d')")


_AUTHORED = re.compile(rf"^{DETERMINER}\s*(?P<d>(?:{words_rx(CUES['documents'])}))(?:{SP}[a-zà-ÿ]+)?{SP}"
                       rf"(?P<p>du|des|de{SP}la|de{SP}l['’]|d['’]|de){SP}?(?P<x>.+)$", re.I)
_RELAYED_BY = re.compile(rf"{SP}(?:rapporté|cité|relayé|publié|diffusé|transmis)e?s?{SP}par{WORD_END}.*$", re.I)
_OF_TO_DETERMINER = {"du": "le ", "des": "les ", "de la": "la ", "de l'": "l'", "d'": "l'", "de": ""}


# A body naming itself as the subject of its own words: a capitalised name at a clause's start,
# then a negation, an auxiliary or a modal ("Total ne pourra pas", ", Airbus a décidé").
_SELF_NAMED = re.compile(r"(?:^|[,;:.]\s+|\)\s*,?\s*)(?P<n>(?-i:[A-ZÀ-Ý][\w&-]+)(?:\s(?-i:[A-ZÀ-Ý][\w&-]+)){0,2})\s+"
                         r"(?:ne|n['’]|a|ont|est|sont|va|vont|doit|doivent|peut|peuvent|pourra|pourront|devra|devront"
                         r"|entend|compte|souhaite|veut|continuera|reste)\s")
# (a pronoun or a determiner opening the clause is no name, NOT_A_NAME: "Nous ne sommes pas concernés")


def document_author(np: str) -> str:
    """The author a document or words mention names ("le communiqué du groupe" -> "le groupe",
    "les propos du ministre rapportés par la télévision" -> "le ministre"), or ''."""
    m = _AUTHORED.match(np.strip())
    if not m:
        return ""
    of = re.sub(r"\s+", " ", m.group("p").lower().replace("’", "'"))
    inner = _RELAYED_BY.sub("", m.group("x")).strip(" ,")
    return (_OF_TO_DETERMINER.get(of, "") + inner) if inner else ""


def according_speakers(np: str, speakers: list[Speaker], ctx: Context) -> list[Speaker]:
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
            sp = resolve(x if NP_START.match(x) else "le " + x, ctx)
            return [s for s in sp if s.name]
        return []
    if head in NOT_SPEAKERS or low in NOT_SPEAKERS or any(low.startswith(n + " ") for n in NOT_SPEAKERS):
        return []
    # "selon un communiqué de l'armée russe": ``resolve`` has already credited the author.
    return speakers


# A subject pronoun opening a "selon" content, not in the passive ("il aurait été blessé" is
# something that happened to him, not something he said).
_SUBJECT_PRONOUN = re.compile(rf"^(?P<p>il|elle|ils|elles){SP}(?!(?:[\wÀ-ɏ'’]+{SP}){{0,2}}été{WORD_END})", re.I)


def relayed_by_media(text: str, rows: list[dict], ctx: Context) -> list[dict]:
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
        via = squash_ws(f"{r['cue']} {r['speaker_mention']}")
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
