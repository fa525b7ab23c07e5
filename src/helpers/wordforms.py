"""Plain French words and phrases as inflection-tolerant patterns.

A user writes a target's topic words the way a dictionary lists them ("réforme des retraites",
"renégocier", "la réforme", "libre-échange"); the press writes them inflected ("réformes",
"renégociera", "cette réforme", "libre échange"). ``phrase_pattern`` turns one plain phrase into
one regular expression that matches its usual inflections, so that lexicons and targets stay
lists of words, not regular expressions:

- verbs in -er, -ir and -re match their finite forms, participles and infinitive ("exclure" ->
  exclut, exclu, excluent; "coopérer" -> coopère, coopéré, coopéreront);
- nouns and adjectives match their plural and feminine (-s, -x, -e, -es; -al/-aux, -if/-ive,
  -eux/-euse, -el/-elle, -en/-enne, -on/-onne, -er/-ère);
- a leading determiner matches any determiner ("la réforme" -> "cette réforme", "sa réforme");
- accents, case, hyphen-or-space and typographic apostrophes do not matter ("reforme",
  "RÉFORME", "libre échange", "l’accord").

Matching is by surface form, not by a parse: cheap enough for every statement of a large corpus,
and over-generation ("coopérassent") is harmless because a form that does not exist never occurs.
Compiled patterns are cached.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from types import MappingProxyType
from typing import Mapping

from . import paths, schema

# Letters that press text may write with or without an accent.
_ACCENTS = {
    "a": "aàâä", "e": "eéèêë", "i": "iîï", "o": "oôö", "u": "uùûü", "c": "cç", "y": "yÿ",
}
_SEP = r"[\s\u00a0\u202f-]+"
_APOS = r"['’ʼ]"
_WORD = r"\w\u00C0-\u024F"
DETERMINERS = ("le", "la", "les", "l'", "un", "une", "des", "du", "au", "aux", "ce", "cet", "cette", "ces",
               "son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "vos", "mon", "ma", "mes",
               "tout", "toute", "tous", "toutes", "d'", "de", "ledit", "ladite")
_DET_RX = r"(?:(?:le|la|les|un|une|des|du|au|aux|ce|cet|cette|ces|son|sa|ses|leur|leurs|notre|nos|votre|vos|mon|ma|mes)" \
          rf"{_SEP}|l{_APOS}\s*)"
_DRAFT = rf"(?:(?:avant{_SEP})?projets?{_SEP}d(?:e{_SEP}|{_APOS}\s*))?"
# Short grammatical words are matched as written (no inflection).
_FUNCTION = frozenset("""à a au aux de du des d' l' le la les en et ou sur sous pour par avec sans dans
contre entre vers chez ne n' pas plus y se s' qu' que qui dont il elle ils elles on nous vous je j' ce
cet cette ces son sa ses leur leurs un une""".split())
# Words in -er that are not verbs: plural/feminine only.
_NOT_VERBS = frozenset("""premier dernier hier cher fer mer hiver enfer dossier quartier métier papier policier
officier conseiller chantier atelier foyer loyer clocher collier courrier danger entier fier léger
étranger oranger boucher berger banquier financier ouvrier pétrolier particulier régulier singulier
familier grenier pommier palmier cahier sentier rocher volontier charter cancer laser poker leader
manager reporter bunker meeting""".split())
_NOT_VERBS_IR = frozenset("""avenir désir loisir plaisir souvenir élixir zéphyr empire""".split())
_NOT_VERBS_RE = frozenset("""centre cadre ministre membre nombre ordre titre libre entre contre notre votre
chiffre lettre mètre théâtre autre pire dire sucre siècle propre pauvre rare sincère sombre tendre maître
quatre nitre arbre chambre octobre novembre décembre septembre filtre registre désastre sinistre lustre
spectre sceptre acre âcre nacre lucre ocre diacre monastère mystère caractère ministère critère""".split())
# Nouns whose plural is irregular.
_PLURALS = {"œil": "yeux", "travail": "travaux", "ciel": "cieux"}


def fold(text: str) -> str:
    """Lowercase without accents, with straight apostrophes."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("ʼ", "'"))
    return "".join(ch for ch in text if not unicodedata.combining(ch)).lower()


def _letters(word: str) -> str:
    """Pattern of a folded word: each vowel or c matches its accented forms."""
    out = []
    for ch in word:
        if ch in _ACCENTS:
            out.append("[" + _ACCENTS[ch] + _ACCENTS[ch].upper() + "]")
        elif ch == "'":
            out.append(_APOS)
        elif ch == "-":
            out.append(_SEP)
        else:
            out.append(re.escape(ch))
    return "".join(out)


def _alternatives(stem: str, endings: tuple[str, ...]) -> str:
    ends = sorted({_letters(fold(e)) for e in endings}, key=len, reverse=True)
    return _letters(stem) + "(?:" + "|".join(ends) + ")"


_ER = ("er", "e", "es", "ent", "ons", "ez", "é", "ée", "és", "ées", "ais", "ait", "aient", "ions", "iez",
       "a", "as", "ant", "era", "eras", "erons", "erez", "eront", "erais", "erait", "erions", "eraient",
       "èrent", "ai", "ation", "ations", "ement", "ements")
_IR = ("ir", "is", "it", "issons", "issez", "issent", "issait", "issaient", "i", "ie", "ies", "ira",
       "iront", "irait", "iraient", "issant", "irent")
_RE = ("re", "s", "t", "e", "es", "ons", "ez", "ent", "u", "ue", "us", "ues", "ait", "aient", "ra", "ront",
       "rait", "raient", "ant", "it", "ite", "its", "ites", "is", "ise", "ises", "ion", "ions")


def participle_forms(stem: str) -> set[str]:
    """A past participle in every gender and number, from its masculine singular ("appelé" ->
    "appelé", "appelée", "appelés", "appelées"; "promis" -> "promis", "promise", "promises")."""
    return {stem + end for end in ("", "e", "s", "es")}


def looks_infinitive(word: str) -> bool:
    """Whether a word has the shape of an infinitive ("manifester", "geler", "suivre"), not of a
    noun of the same ending ("hiver", "frontière", "cuivre", "avenir")."""
    low = word.lower()
    w = fold(low)
    if len(w) <= 3 or not w.isalpha():
        return False
    if w.endswith("er"):
        return low not in _NOT_VERBS and w not in _NOT_VERBS
    if w.endswith(("ir", "oir")):
        return low not in _NOT_VERBS_IR and w not in _NOT_VERBS_IR
    return w.endswith(_RE_VERB_ENDINGS) and low not in _NOT_VERBS_RE and w not in _NOT_VERBS_RE


def word_pattern(word: str) -> str:
    """Pattern (no boundaries) of one plain word with its inflections."""
    w = fold(word)
    if w in _FUNCTION or len(w) <= 2 or not w.isalpha():
        return _letters(w)
    if w in _PLURALS:
        return "(?:" + _letters(w) + "|" + _letters(_PLURALS[w]) + ")"
    if w.endswith("er") and len(w) > 4 and w not in _NOT_VERBS:
        # coopérer, coopère: the stem's last vowel may change accent (é/è): _letters tolerates it.
        return _alternatives(w[:-2], _ER + ("ère", "ères", "eur", "eurs", "euse", "euses"))
    if w.endswith("ir") and len(w) > 4 and w not in _NOT_VERBS_IR:
        return _alternatives(w[:-2], _IR + _RE)
    if w.endswith(_RE_VERB_ENDINGS) and len(w) > 4 and w not in _NOT_VERBS_RE:
        return _alternatives(w[:-2], _RE + ("", "es"))
    if w.endswith("al"):
        return _alternatives(w[:-2], ("al", "ale", "ales", "als", "aux"))
    if w.endswith("if"):
        return _alternatives(w[:-2], ("if", "ifs", "ive", "ives"))
    if w.endswith("eux"):
        return _alternatives(w[:-3], ("eux", "euse", "euses"))
    if w.endswith("er"):
        return _alternatives(w[:-2], ("er", "ers", "ère", "ères"))
    if w.endswith("eau"):
        return _alternatives(w, ("", "x"))
    if w.endswith(("s", "x", "z")):
        return _alternatives(w, ("", "e", "es"))
    low = word.lower().strip()
    if low.endswith(("é", "ée")):
        # past participles and adjectives in -é: opposé, opposée, opposés, opposées
        return _alternatives(w[:-2] if low.endswith("ée") else w[:-1], ("e", "es", "ee", "ees"))
    for fem, masc in _FEMININE:
        fem, masc = fold(fem), fold(masc)
        # an adjective or a person noun given in the feminine also matches its masculine
        if w.endswith(fem) and len(w) > len(fem) + 2:
            stem = w[:-len(fem)]
            return _alternatives(stem, tuple(x + y for x in (fem, masc) for y in ("", "s")) + (
                ("aux",) if masc == "al" else ()))
    if w.endswith("e"):
        return _alternatives(w, ("", "s"))
    if w.endswith(("el", "en", "on")):
        return _alternatives(w, ("", "s", "le", "les", "ne", "nes"))
    if w[-1] not in "aeiouy" and w not in _NO_FEMININE:
        # a consonant-final adjective or person noun takes a feminine (conjoint, conjointe);
        # nouns whose "feminine" is another word are listed in _NO_FEMININE (retrait/retraite)
        return _alternatives(w, ("", "s", "x", "e", "es"))
    return _alternatives(w, ("", "s", "x"))


# -re verbs (dire, mettre, exclure, construire ...) as opposed to nouns and adjectives in -re
# (nucléaire, mesure, centre).
_RE_VERB_ENDINGS = ("dre", "ttre", "uire", "clure", "dire", "crire", "vivre", "suivre", "aître", "aitre",
                    "faire", "traire", "croire", "boire", "rompre", "vaincre", "lire", "rire")
_FEMININE = (("ale", "al"), ("ée", "é"), ("ante", "ant"), ("ente", "ent"), ("aise", "ais"), ("oise", "ois"),
             ("aine", "ain"), ("ienne", "ien"), ("enne", "en"), ("elle", "el"), ("euse", "eux"), ("ive", "if"),
             ("ière", "ier"), ("ère", "er"), ("ue", "u"), ("ie", "i"), ("ine", "in"), ("onne", "on"))
_NO_FEMININE = frozenset("""retrait sort part port pont fait droit tour mort poste bal vol cour""".split())


_TOKENS = re.compile(r"[a-z\u00C0-\u024F0-9œæ]+'|[a-z\u00C0-\u024F0-9œæ]+(?:[-.][a-z\u00C0-\u024F0-9œæ]+)*|[^\s]", re.I)


@lru_cache(maxsize=4096)
def phrase_pattern(phrase: str) -> str:
    """Regular expression (a string, with word boundaries) of a plain phrase and its inflections.

    Args:
        phrase: words as a dictionary lists them, e.g. "report de l'âge", "la réforme", "49.3".

    Returns:
        A pattern to compile with ``re.IGNORECASE``.

    Raises:
        ValueError: an empty phrase.
    """
    tokens = _TOKENS.findall(phrase.strip().replace("’", "'"))
    if not tokens:
        raise ValueError("empty phrase")
    parts = []
    i = 0
    if fold(tokens[0]).rstrip("'") in {d.rstrip("'") for d in DETERMINERS} and len(tokens) > 1 and fold(tokens[0]) not in {"de", "d'"}:
        # "l'accord" is also "le projet d'accord", "la réforme" "le projet de réforme": a draft
        # of the thing is the thing under debate
        parts.append(_DET_RX + _DRAFT)
        i = 1
    for j, tok in enumerate(tokens[i:], start=i):
        if tok.endswith("'"):
            parts.append(_letters(fold(tok)) + r"\s*")
            continue
        if "-" in tok:
            piece = _SEP.join(word_pattern(p) if k == len(tok.split("-")) - 1 else _letters(fold(p))
                              for k, p in enumerate(tok.split("-")))
        elif re.fullmatch(r"[\d.,]+", tok):
            piece = re.escape(tok).replace(r"\.", r"[.,]?").replace(",", "[.,]")
        else:
            piece = word_pattern(tok)
        parts.append(piece + (_SEP if j < len(tokens) - 1 else ""))
    body = "".join(parts)
    return rf"(?<![{_WORD}]){body}(?![{_WORD}])"


@lru_cache(maxsize=4096)
def compile_phrase(phrase: str) -> re.Pattern:
    """``phrase_pattern`` compiled, case-insensitive (cached)."""
    return re.compile(phrase_pattern(phrase), re.IGNORECASE)


def compile_phrases(phrases) -> re.Pattern | None:
    """One alternation of several plain phrases (longest first), or None for an empty list."""
    phrases = [p for p in phrases if str(p).strip()]
    if not phrases:
        return None
    pats = [phrase_pattern(str(p)) for p in sorted(set(map(str, phrases)), key=len, reverse=True)]
    # Every phrase starts with the same word-start assertion: said once, in front, the regex
    # engine leaves a position inside a word at once instead of trying every phrase there (the
    # same matches: the assertion is zero-width and the branches keep their order).
    start = rf"(?<![{_WORD}])"
    if all(p.startswith(start) for p in pats):
        return re.compile(start + "(?:" + "|".join(f"(?:{p[len(start):]})" for p in pats) + ")", re.IGNORECASE)
    return re.compile("|".join(f"(?:{p})" for p in pats), re.IGNORECASE)


@lru_cache(maxsize=1)
def number_words() -> Mapping[str, int]:
    """The French number words a count is written with ("deux" -> 2, "mille" -> 1000), from
    ``data/lexicons/number_words.csv`` (columns ``word, value``): one list for the stages that read
    a number as a determiner ("a exprimé sept réserves", "les trois pays", "Cent députés").

    Raises:
        ValueError: naming the file and the line when the file cannot be read as a table with
            ``word`` and ``value`` (``schema.read_table``), a value is not a whole number, a word
            is listed twice, or the list is empty.
    """
    table = schema.read_table(paths.NUMBER_WORDS, required=["word", "value"], error=ValueError,
                              what="index of number words")
    problems, out = list(table.problems), {}
    for _, line, cells in table.rows:
        word, value = (cells.get("word") or "").strip().lower(), (cells.get("value") or "").strip()
        if not word or not re.fullmatch(r"[0-9]+", value):
            problems.append(f"{table.label}: line {line}: expected a word and a whole number, got {word!r}, {value!r}")
        elif word in out:
            problems.append(f"{table.label}: line {line}: {word!r} is listed twice")
        else:
            out[word] = int(value)
    if problems:
        raise ValueError("\n".join(problems))
    if not out:
        raise ValueError(f"{table.label}: no number words")
    return MappingProxyType(out)


@lru_cache(maxsize=1)
def number_words_rx() -> str:
    """The number words as one regex alternation, longest first (no flags, no word boundaries)."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(number_words(), key=len, reverse=True)) + ")"
