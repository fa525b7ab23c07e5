"""The actor register: who a mention in the press designates.

``data/actors.csv`` (hand-made, read only) has one row per actor:
``id, name, type, aliases, roles, organization, parent, country, valid_from, valid_to, gender,
number, note``, validated by ``helpers.schema.ActorRow`` (see ``load_register``). ``type`` is
person / institution / country / group / media; ``aliases`` and ``roles`` are ``|``-separated;
``organization`` and ``parent`` are ids of other rows; ``country`` is ISO 3166-1 alpha-2,
``EU``, or an ISO 3166-2 subdivision for a regional government speaking against its state
('' for non-state actors); ``valid_from``/``valid_to`` bound the period in which the actor's
*roles* designate them (Carter then Mattis are "le secrétaire à la Défense"); names and aliases
designate them at any date. A person who held offices for different institutions or states has
one row per term of office, with the same name and periods that do not overlap (Donald Tusk,
president of the European Council, then Polish prime minister); the name designates the row
whose term covers the statement's date (out of office between two terms, they speak for no
institution).

Institutions named by metonymy ("Moscou", "Washington", "le Pentagone", "la partie américaine")
are aliases of the institution they stand for, so ``lookup`` resolves them like any name.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

import pandas as pd

from . import lexicon, paths, schema

COLUMNS = ["id", "name", "type", "aliases", "roles", "organization", "parent", "country",
           "valid_from", "valid_to", "gender", "number", "note"]

# Determiners and honorifics stripped before a mention is compared with aliases.
_LEADING = re.compile(
    r"^(?:(?:(?:le|la|les|un|une|des|du|de la|de|ce|cet|cette|ces|son|sa|ses|leur|leurs|mme|mlle|"
    r"monsieur|madame)\s+)|(?:l'|d'|de l'|m\.)\s*)+"
)
_SPACES = re.compile(r"\s+")
_APOS = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "-": " ", "‐": " ", "–": " ",
                       "\u00a0": " ", "\u202f": " "})


_NUMBER_ONE = re.compile(r"\b(?P<n>numero) un\b")


@lru_cache(maxsize=1 << 14)
def fold(text: str) -> str:
    """Lowercase, accent-free, apostrophe- and hyphen-normalised form used for every comparison.

    Cached: an article folds the same mentions and snippets again and again (resolving a
    speaker, its head noun, its gender, the register look-ups), and folding is character by
    character in Python."""
    text = unicodedata.normalize("NFKD", text.translate(_APOS))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return _SPACES.sub(" ", text).strip(" ,.;:")


_FEMININE_OPENING = re.compile(r"^(?:la|une|cette|mme|mlle|madame)\b")
_MASCULINE_OPENING = re.compile(r"^(?:le|un|ce|cet|m\.|monsieur)\b")


def determiner_gender(mention: str) -> str:
    """'f' or 'm' for a mention opening on a gendered determiner or honorific ("la", "une",
    "Mme"; "le", "M."), else '' ("l'", "les", none)."""
    f = fold(mention)
    if _FEMININE_OPENING.match(f):
        return "f"
    if _MASCULINE_OPENING.match(f):
        return "m"
    return ""


def strip_determiner(folded: str) -> str:
    """Drop leading determiners and honorifics from a folded mention ("la porte-parole" -> "porte parole")."""
    return _LEADING.sub("", folded).strip()


def _date(value: str) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


@dataclass(frozen=True)
class Actor:
    """One register row. ``organization``/``parent`` are ids; ``country`` ISO alpha-2 or ''."""

    id: str
    name: str
    type: str
    organization: str = ""
    parent: str = ""
    country: str = ""
    valid_from: date | None = None
    valid_to: date | None = None
    gender: str = ""
    number: str = "s"
    roles: tuple[str, ...] = ()
    note: str = ""

    def valid_on(self, day: date | None) -> bool:
        """True when the actor's roles designate them on ``day`` (always true without a date)."""
        if day is None:
            return True
        if self.valid_from and day < self.valid_from:
            return False
        if self.valid_to and day > self.valid_to:
            return False
        return True


@dataclass
class Register:
    """Lookup of press mentions -> actors.

    Attributes:
        table: the register as read from the CSV (columns ``COLUMNS``).
        actors: id -> Actor.
    """

    table: pd.DataFrame
    actors: dict[str, Actor] = field(default_factory=dict)
    _aliases: dict[str, list[str]] = field(default_factory=dict)
    _roles: dict[str, list[str]] = field(default_factory=dict)
    _pattern: re.Pattern | None = None
    _role_pattern: re.Pattern | None = None
    _slips: dict | None = None
    _states: dict | None = None

    def __post_init__(self) -> None:
        for row in self.table.itertuples(index=False):
            actor = Actor(
                id=row.id, name=row.name, type=row.type, organization=row.organization,
                parent=row.parent, country=row.country, valid_from=_date(row.valid_from),
                valid_to=_date(row.valid_to), gender=row.gender, number=row.number or "s",
                roles=tuple(r for r in row.roles.split("|") if r), note=row.note,
            )
            self.actors[actor.id] = actor
            for alias in [row.name, *row.aliases.split("|")]:
                key = strip_determiner(fold(alias))
                if key and actor.id not in self._aliases.setdefault(key, []):
                    self._aliases[key].append(actor.id)
            for role in actor.roles:
                key = strip_determiner(fold(role))
                # "chef de l'État" and "chef de l'Etat" fold to one key: one holder, not two; "numéro
                # un de la CFDT" is written "numéro 1" as often
                for k in {key, _NUMBER_ONE.sub(r"\g<n> 1", key)}:
                    if k and actor.id not in self._roles.setdefault(k, []):
                        self._roles[k].append(actor.id)
        # One alternation of every alias, longest first, to find names inside longer mentions
        # ("porte-parole du Pentagone" contains "pentagone"): a trie, so that a mention is read
        # once, not once per alias.
        self._pattern = re.compile(r"(?<![\w])" + lexicon.literals_rx(self._aliases) + r"(?![\w])")
        self._role_pattern = re.compile(r"(?<![\w])" + lexicon.literals_rx(self._roles) + r"(?![\w])")

    def __len__(self) -> int:
        return len(self.actors)

    def get(self, actor_id: str) -> Actor | None:
        """The actor with this id, or None."""
        return self.actors.get(actor_id)

    def lookup(self, mention: str, *, on: date | None = None) -> Actor | None:
        """The actor a whole mention designates ("Sergueï Choïgou", "Mme Baldanza", "Moscou",
        "le chef de la diplomatie russe" on a date where one person holds that role), or None.

        A role shared by several people at that date (three Pentagon spokespeople) resolves to
        nobody: the caller keeps the description and takes the organisation from ``find``.
        """
        key = strip_determiner(fold(mention))
        if not key:
            return None
        ids = self._aliases.get(key)
        if ids and on is not None and all(self.actors[i].type != "person" for i in ids):
            # "la Défenseure des droits": an office named in its holder's gender, not the office's
            # own ("le Défenseur des droits a publié son rapport" is the institution), is the
            # holder of the day, a member of it
            said = determiner_gender(mention)
            holders = [self.actors[i] for i in self._roles.get(key, []) if self.actors[i].valid_on(on)
                       and self.actors[i].organization in ids]
            if said and holders and len({fold(a.name) for a in holders}) == 1 and holders[0].gender == said \
                    and all(self.actors[i].gender and self.actors[i].gender != said for i in ids):
                return holders[0]
        if ids:
            if len(ids) > 1:
                return self._term(ids, on)
            return self.actors[ids[0]]
        holders = [self.actors[i] for i in self._roles.get(key, []) if self.actors[i].valid_on(on)]
        # (one person under two rows, a project's own and the general register's, is one holder:
        # the project's row, looked up first)
        if holders and on is not None and len({fold(a.name) for a in holders}) == 1:
            return holders[0]
        return None

    def state(self, code: str) -> Actor | None:
        """The country row of a state by its code ("IS" -> Iceland, whose row id is ``ISL``
        because ``IS`` is the Islamic State's), or None."""
        if self._states is None:
            self._states = {}
            for actor in self.actors.values():
                if actor.type == "country" and actor.country:
                    self._states.setdefault(actor.country, actor)
        return self._states.get(code)

    def misspelt(self, mention: str, *, on: date | None = None, seen: str = "") -> Actor | None:
        """The registered person a full name outside the register designates through a slip of the
        pen: the same words but one, in which two neighbouring letters are swapped ("Angela
        Merkle", "Boris Jonhson"); or None. A letter dropped, added or changed is no slip here:
        it is as often another person ("Christiane Lambert" and Christian Lambert, Jean Castel
        and Jean Castex, "Donal" a first name of its own). Only names of two words or more, the
        swapped word of five letters or more, and only when one person fits.

        With ``seen`` (the article's text), a letter dropped, added or changed in a family name
        (not a first name: "Michèle Barnier" is someone else) is a slip too when the article
        writes that person's registered name elsewhere ("Jacob Ress-Mogg" once, beside
        "Rees-Mogg") and the slip itself only once."""
        words = strip_determiner(fold(mention)).split()
        if len(words) < 2:
            return None
        found = set()
        edited = set()
        for i, word in enumerate(words):
            if len(word) < (4 if seen and i else 5):
                continue
            for key in self._by_other_words().get((len(words), i, " ".join(words[:i] + words[i + 1:])), ()):
                right = key.split()[i]
                if len(word) >= 5 and _swapped(word, right):
                    found.update(a for a in self._aliases[key] if self.actors[a].type == "person")
                elif seen and i and _one_edit(word, right):
                    edited.update(a for a in self._aliases[key] if self.actors[a].type == "person")
        if edited and not found:
            # (the article folded without the cache: a whole text is no mention to keep)
            text = " " + " ".join(_WORDS.findall(fold.__wrapped__(seen))) + " "
            slip = " " + " ".join(words) + " "
            # (a name of two words or more: "la borne de recharge" does not write "Borne")
            named = {a for a in edited if any(" " in k and a in ids and f" {k} " in text
                                               for k, ids in self._aliases.items())}
            # (a name the article describes is someone of their own: "Jean Castel, restaurateur")
            described = re.search(re.escape(mention.strip()) + r"\s*,\s*(?-i:[a-zà-ÿ])", seen)
            if text.count(slip) <= 1 and not described:
                found = named
        if len({fold(self.actors[a].name) for a in found}) != 1:
            return None
        return self._term(sorted(found), on)

    def described_term(self, actor: Actor, mention: str) -> Actor:
        """Of one person's terms of office, the one a mention describes ("la ministre allemande de
        la Défense, Ursula von der Leyen": her term at the German ministry, not the Commission),
        by a role title or the name of the term's institution inside the mention; ``actor`` when
        no term or several fit. For undated articles: with a date, the term is the date's."""
        key = strip_determiner(fold(actor.name))
        terms = [self.actors[i] for i in self._aliases.get(key, ()) if fold(self.actors[i].name) == fold(actor.name)]
        if len(terms) < 2:
            return actor
        folded = " " + re.sub(r"[^\w' ]", " ", fold(mention)) + " "

        def fits(term: Actor) -> bool:
            org = self.actors.get(term.organization)
            words = [*term.roles, *([org.name] if org is not None else [])]
            return any(f" {strip_determiner(fold(w))} " in folded for w in words if strip_determiner(fold(w)))
        fitting = [t for t in terms if fits(t)]
        return fitting[0] if len(fitting) == 1 else actor

    def holders_of(self, body: Actor, role: str, *, on: date | None = None) -> list[Actor]:
        """The persons of ``body`` (their organization) holding a role that begins with ``role``
        ("secrétaire général" -> "secrétaire général de la CFDT") on that date (any date without
        one): "son secrétaire général" said of the CFDT."""
        head = strip_determiner(fold(role))
        return [a for a in self.actors.values()
                if a.type == "person" and a.organization == body.id and a.valid_on(on)
                and any(fold(r) == head or fold(r).startswith(head + " ") for r in a.roles)]

    def _by_other_words(self) -> dict[tuple[int, int, str], list[str]]:
        """Alias keys of persons by (word count, position, the other words): built once, on the
        first misspelt name."""
        if self._slips is None:
            self._slips = {}
            for key, ids in self._aliases.items():
                words = key.split()
                if len(words) < 2 or not any(self.actors[a].type == "person" for a in ids):
                    continue
                for i in range(len(words)):
                    self._slips.setdefault((len(words), i, " ".join(words[:i] + words[i + 1:])), []).append(key)
        return self._slips

    def _term(self, ids: list[str], on: date | None) -> Actor:
        """One person's terms of office (Tusk, president of the European Council, then Polish
        prime minister): the row whose term covers the date; before a term or between two, the
        next one (out of office, the person speaks for no institution); after all, the last one
        (quoted for what they said in it, as one row's holder after ``valid_to``). Without a date,
        the latest term. (Different actors sharing an alias: without a date the first row, as
        when the alias is looked up without terms; with a date, by date as well.)"""
        rows = [self.actors[i] for i in ids]
        if on is None:
            if len({fold(a.name) for a in rows}) > 1:
                return rows[0]
            return max(rows, key=lambda a: a.valid_from or date.min)
        current = [a for a in rows if a.valid_on(on)]
        if current:
            return current[0]
        upcoming = [a for a in rows if a.valid_from and a.valid_from > on]
        if upcoming:
            # before a term, or between two: out of office, the person speaks for no institution
            # (``speaker_from_actor`` leaves it out before the term's start)
            return min(upcoming, key=lambda a: a.valid_from)
        return max(rows, key=lambda a: a.valid_to or date.max)

    def find(self, mention: str, *, on: date | None = None, roles: bool = False) -> list[tuple[int, int, Actor]]:
        """Every register name (or, with ``roles``, role title held by one person on ``on``) inside a
        longer mention, as (start, end, actor) in the folded mention, left to right
        ("un porte-parole du Pentagone" -> US Department of Defense)."""
        found = []
        folded = fold(mention)
        compounds = _compounds(mention)
        for m in (self._role_pattern if roles else self._pattern).finditer(folded):
            actor = self.lookup(m.group(), on=on)
            if actor is not None and actor.type == "person" and any(
                    c.endswith(" " + m.group()) and self.lookup(c[:-len(m.group()) - 1], on=on) is None
                    for c in compounds):
                # "Mélissa Humbert-Ferrand" is not Richard Ferrand: a registered surname ending a
                # hyphenated family name whose first part is no one is part of another name ("le
                # tandem Macron-Merkel" names two people)
                continue
            if actor is not None:
                found.append((m.start(), m.end(), actor))
        return found

    def institution_in(self, mention: str, *, on: date | None = None) -> Actor | None:
        """The institution (or group, country, media) a description belongs to
        ("haut responsable du département d'État" -> US Department of State), or None."""
        for _, _, actor in self.find(mention, on=on):
            if actor.type != "person":
                return actor
        return None

    def organization_of(self, actor: Actor) -> Actor | None:
        """The institution a person speaks for (their ``organization`` row), or None."""
        return self.actors.get(actor.organization) if actor.organization else None

    def chain(self, actor: Actor) -> list[str]:
        """Ids from the actor up through organisation/parent ("SPICER" -> WH, US-GOV, US)."""
        out, seen, cur = [], set(), actor
        while cur is not None and cur.id not in seen:
            out.append(cur.id)
            seen.add(cur.id)
            nxt = cur.organization or cur.parent
            if cur.organization and cur.organization in seen:
                nxt = cur.parent
            cur = self.actors.get(nxt) if nxt else None
        return out


def _swapped(a: str, b: str) -> bool:
    """Whether two words differ only by two neighbouring letters swapped ("merkle", "merkel")."""
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


_WORDS = re.compile(r"\w+")


def _one_edit(a: str, b: str) -> bool:
    """Whether two different words are one letter changed, dropped or added apart."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = sorted((a, b), key=len)
    i = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return short[i:] == long_[i + 1:]


_COMPOUND = re.compile(r"[\w'’]+(?:-[\w'’]+)+")


def _compounds(mention: str) -> list[str]:
    """The hyphenated words of a mention, folded ("Humbert-Ferrand" -> "humbert ferrand")."""
    return [fold(c) for c in _COMPOUND.findall(mention)] if "-" in mention else []


class RegisterError(ValueError):
    """An actor register that cannot be used: every message names the file, and for a bad row
    its line and column, and says why."""


# How many problems one error message lists (a register with a systematic error, say every
# country in lower case, would otherwise print a screen per row).
_SHOWN = 20


def _validated_rows(path: Path) -> tuple[list, list[str]]:
    """The rows of one register file as validated ``schema.ActorRow`` models, and its problems."""
    table = schema.read_table(path, required=schema.required_columns(schema.ActorRow), error=RegisterError,
                              what="actor register")
    problems = list(table.problems)
    rows, first_id, first_name = [], {}, {}
    for n, line, cells in table.rows:
        where = f"{table.label}: row {n} (line {line})"
        model, errors = schema.row_errors(schema.ActorRow, cells)
        if errors:
            problems.extend(f"{where}, column {col}: {reason}" for col, reason in errors)
            continue
        if model.id in first_id:
            problems.append(f"{where}, column id: id '{model.id}' is already used on line {first_id[model.id]}")
            continue
        key = fold(model.name)
        terms = first_name.get(key, [])
        if terms and not _separate_terms(model, [t for _, t in terms]):
            problems.append(f"{where}, column name: '{model.name}' is already the name of the actor on line "
                            f"{terms[0][0]} (names are compared without case and accents; one person's "
                            f"terms of office are rows of type person whose valid_from/valid_to periods "
                            f"do not overlap)")
        first_id[model.id] = line
        first_name.setdefault(key, []).append((line, model))
        rows.append((f"{table.label}: row {n} (line {line})", model))
    return rows, problems


def _separate_terms(model, others) -> bool:
    """Whether a row can share its name with ``others``: all persons, each period bounded on the
    side where it meets another (two terms of office of one person)."""
    def period(m):
        return (m.valid_from or date.min, m.valid_to or date.max)
    if model.type != "person" or any(o.type != "person" for o in others):
        return False
    a0, a1 = period(model)
    return all(a1 < b0 or b1 < a0 for b0, b1 in map(period, others))


def load_register(path: Path | str | list[Path | str] | tuple = (paths.ACTORS_CSV, paths.ACTORS_GENERAL_CSV)) -> Register:
    """Read and validate the actor register: one CSV, or several merged in order.

    The shipped register is the seed case's actors (``data/actors.csv``) and the general register
    of well-known actors of French-language news (``data/actors_general.csv``); a project adds its
    own file after them. A row of a later file replaces a row of an earlier one with the same
    ``id`` (a user's correction wins), and its names are looked up first.

    Each file is checked against ``helpers.schema.ActorRow``: UTF-8, a header with ``id``,
    ``name`` and ``country``, every row with as many fields as the header, non-empty ids and
    names unique within the file (names compared as mentions are: case, accents and hyphens
    folded), known types, ISO country codes (``EU`` and ISO 3166-2 subdivisions such as ``ES-CT``
    allowed), ISO dates with ``valid_from`` before ``valid_to``; then ``organization``/``parent``
    must name ids of the merged register. A register is curated data that every attribution
    depends on, so any problem is an error, not a warning.

    Args:
        path: a register CSV (columns ``COLUMNS``; missing optional columns are filled with ''),
            or a list of them.

    Returns:
        A ``Register``.

    Raises:
        FileNotFoundError: a file does not exist.
        RegisterError (a ValueError): anything else, all problems listed, each naming the file,
            the row and line, the column and the reason.
    """
    files = [Path(path)] if isinstance(path, (str, Path)) else [Path(p) for p in path]
    merged: dict[str, tuple[str, object, int]] = {}
    order: list[str] = []
    problems: list[str] = []
    for k, f in enumerate(files):
        if not f.exists():
            raise FileNotFoundError(f"actor register not found: {f}")
        rows, found = _validated_rows(f)
        problems += found
        for where, model in rows:
            if model.id not in merged:
                order.append(model.id)
            merged[model.id] = (where, model, k)
    for where, model, _ in merged.values():
        for col in ("organization", "parent"):
            ref = getattr(model, col)
            if ref and ref not in merged:
                problems.append(f"{where}, column {col}: '{ref}' is not the id of any actor in the register")
    if problems:
        more = f"\n  ... and {len(problems) - _SHOWN} more" if len(problems) > _SHOWN else ""
        names = ", ".join(str(f) for f in files)
        raise RegisterError(f"{names}: {len(problems)} problem(s) in the actor register:\n  "
                            + "\n  ".join(problems[:_SHOWN]) + more)
    # Later files first: their names and aliases are looked up first.
    ids = sorted(order, key=lambda i: -merged[i][2])
    frame = pd.DataFrame([{c: _cell(getattr(merged[i][1], c)) for c in COLUMNS} for i in ids], columns=COLUMNS)
    return Register(table=frame)


def _cell(value) -> str:
    """A validated field back as the register's text cell (dates as YYYY-MM-DD)."""
    return "" if value is None else value.isoformat() if isinstance(value, date) else str(value)


PLACES_CSV = paths.LEXICONS / "places.csv"
_CODE = re.compile(r"[A-Z]{2}")


@lru_cache(maxsize=4)
def _places(path: Path) -> tuple[re.Pattern | None, dict[str, str]]:
    """The compiled place names of a places file and the state of each (read once)."""
    table = schema.read_table(path, required=["place", "country"], error=RegisterError, what="places lexicon")
    problems, states = list(table.problems), {}
    for n, line, cells in table.rows:
        place, code = (cells.get("place") or "").strip(), (cells.get("country") or "").strip()
        if not place or not _CODE.fullmatch(code):
            problems.append(f"{table.label}: row {n} (line {line}): a place needs a name and a two-letter "
                            f"state code (got {place!r}, {code!r})")
        elif states.setdefault(place, code) != code:
            problems.append(f"{table.label}: row {n} (line {line}): '{place}' is already given to {states[place]}")
    if problems:
        raise RegisterError("places lexicon has problems:\n  " + "\n  ".join(problems[:_SHOWN]))
    if not states:
        return None, states
    # (an elided article before it is no part of another word: "d'Alep")
    rx = re.compile(r"(?<![\w\u00C0-\u024F-])" + lexicon.words_rx(states, flags=0) + r"(?![\w\u00C0-\u024F'’-])")
    return rx, {_APOS_FREE.sub("'", k): v for k, v in states.items()}


_APOS_FREE = re.compile("['’]")


def places_in(text: str, *, path: Path = PLACES_CSV) -> list[tuple[int, int, str]]:
    """Cities and towns of ``data/lexicons/places.csv`` named in ``text`` (case-sensitive, whole
    words), as (start, end, state code): evidence of the scene of a report, where the register's
    capitals name the states themselves.

    Raises:
        RegisterError: the places file is missing or has a row without a name or a state code.
    """
    rx, states = _places(Path(path))
    if rx is None:
        return []
    return [(m.start(), m.end(), states.get(_APOS_FREE.sub("'", _SPACES.sub(" ", m.group())), ""))
            for m in rx.finditer(text)]
