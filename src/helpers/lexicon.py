"""The speech lexicons (``data/lexicons/speech_verbs.csv``, ``speech_cues.yaml``), compiled once.

Verbs of saying are listed by lemma with their past participle and irregular forms; regular
-er/-ir conjugations are generated here so the data file stays short. Every pattern tolerates
hard-wrapped wire text (a newline is a space).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd
import yaml

from . import paths
from .wordforms import participle_forms

VERBS_CSV = paths.LEXICONS / "speech_verbs.csv"
CUES_YAML = paths.LEXICONS / "speech_cues.yaml"

SP = r"[\s\u00a0\u202f]+"  # any run of spaces, newlines included (hard-wrapped wire copy)


_APOSTROPHE = "['’]"


def _tokens(phrase: str) -> tuple[str, ...]:
    """A phrase as regex atoms: a space matches any whitespace run, ' and ’ match each other."""
    return tuple(SP if c == " " else _APOSTROPHE if c in "'’" else re.escape(c) for c in phrase)


def _clash(a: str, b: str) -> bool:
    """Two atoms that can match the same character (case variants under re.I, a whitespace
    character and SP): a trie node cannot tell their branches apart by the next character."""
    if SP in (a, b):
        return a != b and (a == SP and b.lstrip("\\").isspace() or b == SP and a.lstrip("\\").isspace())
    x, y = a.lstrip("\\"), b.lstrip("\\")
    return a != b and (x.lower() == y.lower() or x.upper() == y.upper() or x.casefold() == y.casefold())


def _flat(suffixes: list[tuple[str, ...]]) -> str:
    """The plain alternation, longest first (one branch per phrase)."""
    ordered = sorted(suffixes, key=lambda t: len(t), reverse=True)
    return "(?:" + "|".join("".join(t) for t in ordered) + ")"


def _trie_rx(suffixes: list[tuple[str, ...]]) -> str:
    """The phrases as a trie-shaped pattern that matches exactly what the flat alternation does.

    At one position the phrases that match are prefixes of one another (their next atoms
    differ), and the flat alternation, longest first, takes the longest that lets the rest of
    the pattern match. The trie tries the longer continuations of a node before stopping at
    it, so it backtracks through the same candidates in the same order, while the regex engine
    reads each character once instead of once per branch. A node whose branches could match
    the same character (``_clash``) keeps the flat alternation of its suffixes.
    """
    children: dict[str, list[tuple[str, ...]]] = {}
    terminal = False
    for t in suffixes:
        if t:
            children.setdefault(t[0], []).append(t[1:])
        else:
            terminal = True
    heads = list(children)
    if any(_clash(a, b) for i, a in enumerate(heads) for b in heads[i + 1:]):
        return _flat(suffixes)
    branches = [head + _trie_rx(rest) for head, rest in children.items()]
    if terminal:
        return "(?:" + "|".join(branches) + ")?" if branches else ""
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def words_rx(phrases, *, flags=re.IGNORECASE) -> str:
    """Alternation of phrases (longest first), spaces matching any whitespace, apostrophes ' or ’.

    Written as a trie (``_trie_rx``): the verb lexicon alone has over a thousand forms, and a
    flat alternation makes the regex engine try every branch at every character of a sentence.
    """
    suffixes = sorted({_tokens(p) for p in phrases})
    if not suffixes:
        return "(?:)"
    return "(?:" + _trie_rx(suffixes) + ")"


def apostrophes_rx(pattern: str) -> str:
    """A lexicon regex with each apostrophe outside a character class matching ' or ’ (the press
    writes both: "à l’AFP", "lors d'une conférence de presse")."""
    out, depth, escaped = [], 0, False
    for ch in pattern:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == "[":
            depth += 1
        elif ch == "]" and depth:
            depth -= 1
        elif ch == "'" and not depth:
            out.append("['’]")
            continue
        out.append(ch)
    return "".join(out)


def literals_rx(strings) -> str:
    """Alternation of exact strings (longest first, character for character: no whitespace or
    apostrophe tolerance), written as a trie like :func:`words_rx`: an actor register's two
    thousand aliases scanned at once."""
    suffixes = sorted({tuple(re.escape(c) for c in s) for s in strings if s})
    if not suffixes:
        return "(?!)"
    return "(?:" + _trie_rx(suffixes) + ")"


@dataclass(frozen=True)
class Verb:
    """A verb of saying: lemma, polarity hint (assert/deny/refuse/propose/...), complements it takes."""

    lemma: str
    polarity: str
    np_object: bool
    complements: frozenset[str]
    reflexive: bool


def _conjugate(lemma: str, conj: str, pp: str, extra: str) -> tuple[set[str], set[str], set[str]]:
    """(finite forms, participles in -ant, past participles with agreement) of a verb."""
    base = lemma.split(" ", 1)
    verb, rest = base[0], (" " + base[1] if len(base) > 1 else "")
    if verb in ("se", "s'"):
        verb, rest = rest.strip(), ""
    if verb.startswith("s'"):
        verb = verb[2:]
    finite: set[str] = set()
    present: set[str] = set()
    if conj == "er" and verb.endswith("er"):
        stem = verb[:-2]
        soft = stem[:-1] + "ç" if stem.endswith("c") else (stem + "e" if stem.endswith("g") else stem)
        finite |= {stem + "e", stem + "ent", soft + "ait", soft + "aient", soft + "a", stem + "èrent",
                   stem + "era", stem + "eront", stem + "erait", stem + "eraient"}
        present.add(soft + "ant")
    elif conj == "ir" and verb.endswith("ir"):
        stem = verb[:-2]
        finite |= {stem + "it", stem + "issent", stem + "issait", stem + "issaient", stem + "ira",
                   stem + "iront", stem + "irait"}
        present.add(stem + "issant")
    for form in (f for f in extra.split("|") if f):
        (present if form.split(" ")[0].endswith("ant") else finite).add(form)
    finite = {f + rest if " " not in f else f for f in finite}
    present = {f + rest if " " not in f else f for f in present}
    pps = participle_forms(pp) if " " not in pp else {pp}
    return finite, present, pps


@dataclass
class Lexicon:
    """Compiled speech lexicon.

    Attributes:
        verbs: lemma -> Verb.
        form_lemma: folded-less surface form (lowercase) -> lemma.
        compound: aux (+ adverbs) + past participle ("a déclaré", "avait par ailleurs indiqué").
        inverted: pronoun-inverted forms ("a-t-il déclaré", "dit-elle", "ajoute-t-il").
        reflexive: "s'est dit", "se sont dites", "se déclare".
        simple: finite simple forms ("déclare", "ajoute", "dément").
        participle: present participles ("ajoutant", "en affirmant").
        purpose: an infinitive of purpose or sequence ("pour dénoncer", "avant de rappeler").
        coordinated: a past participle after "et" that shares the auxiliary of the verb before it
            ("a dénoncé un « mauvais accord » et réclamé des élections"); group ``v``.
        cues: the YAML cue lists.
    """

    verbs: dict
    form_lemma: dict
    compound: re.Pattern
    inverted: re.Pattern
    reflexive: re.Pattern
    simple: re.Pattern
    participle: re.Pattern
    passive: re.Pattern
    apposed_passive: re.Pattern
    bare_passive: re.Pattern
    after_having: re.Pattern
    after_having_any: re.Pattern
    no_comment: re.Pattern
    modal: re.Pattern
    narrative: re.Pattern
    purpose: re.Pattern
    coordinated: re.Pattern
    cues: dict

    def verb_of(self, form: str, *, reflexive: bool = False) -> Verb | None:
        """The Verb a surface form belongs to ("démentie" -> démentir; reflexive "dit" -> se dire)."""
        key = re.sub(r"\s+", " ", form.lower().replace("’", "'")).strip()
        lemma = ((self.form_lemma.get("refl:" + key) if reflexive else None) or self.form_lemma.get(key)
                 or self.form_lemma.get("inf:" + key))
        return self.verbs.get(lemma) if lemma else None


ADVERBS = ["déjà", "donc", "aussi", "également", "encore", "ensuite", "cependant", "toutefois", "pourtant",
           "alors", "bien", "ainsi", "notamment", "d'ailleurs", "par ailleurs", "de nouveau",
           "à nouveau", "aussitôt", "finalement", "enfin", "même", "lui-même", "elle-même",
           "publiquement", "officiellement", "clairement", "fermement", "vivement", "pour sa part",
           "de son côté", "toujours", "plusieurs fois", "en outre", "néanmoins", "quant à lui",
           "quant à elle", "elle aussi", "lui aussi", "pour leur part", "de leur côté", "récemment",
           "certes", "seulement", "au contraire", "pour autant", "en effet", "d'abord", "surtout", "aussi bien",
           "tout de suite", "sur-le-champ", "dans la foulée", "dans le même temps", "en même temps", "au même moment",
           "à son tour", "à leur tour", "une nouvelle fois",
           "une fois de plus", "encore une fois", "hier", "ce jour-là", "plus tôt", "depuis", "justement",
           "vite", "tôt", "tard", "bien sûr", "naturellement", "même", "en personne", "lui", "elle", "eux",
           "de fait", "en fait", "très vite", "très tôt", "à plusieurs reprises", "à maintes reprises",
           "tout de même", "auparavant", "précédemment", "jusqu'ici", "jusque-là", "entre-temps", "longtemps"]
# Parenthetical words between an auxiliary and its participle, set off by commas
# ("M. Lavrov a, lui, salué ...", "le Kremlin a, de son côté, démenti ...").
PARENTHETICALS = ["lui", "elle", "eux", "elles", "lui aussi", "elle aussi", "pour sa part", "de son côté",
                  "quant à lui", "quant à elle", "pour leur part", "de leur côté", "toutefois", "cependant",
                  "pourtant", "en revanche", "par ailleurs", "en outre", "néanmoins", "lui-même", "elle-même",
                  "de nouveau", "à nouveau", "une nouvelle fois", "encore une fois", "une fois de plus"]
# Verbs that take a verb of saying in the infinitive and leave the speech act intact
# ("s'est contenté d'indiquer que", "a tenu à préciser que", "s'est borné à répéter que").
MODALS = ["s'est contenté d'", "s'est contentée d'", "se sont contentés d'", "se sont contentées d'",
          "s'est contenté de", "s'est contentée de", "se sont contentés de", "se sont contentées de",
          "s'est borné à", "s'est bornée à", "se sont bornés à", "se sont bornées à",
          "s'est limité à", "s'est limitée à", "se sont limités à", "se sont limitées à",
          "a tenu à", "ont tenu à", "avait tenu à", "tient à", "tiennent à",
          "a voulu", "ont voulu", "a souhaité", "ont souhaité", "a préféré", "ont préféré",
          # "tenait à rappeler que" (not "veut"/"souhaite": an intention, and "cela veut dire que")
          "tenait à", "tenaient à",
          "a tenté de", "ont tenté de", "a tenté d'", "ont tenté d'",
          # "se met à crier : « ... »": began to say it
          "se met à", "se mettent à", "s'est mis à", "s'est mise à", "se sont mis à", "se sont mises à",
          "a dû", "ont dû", "a cru bon de", "a jugé bon de", "a cru bon d'", "a jugé bon d'",
          "s'est empressé de", "s'est empressée de", "s'est empressé d'", "s'est empressée d'",
          "s'est permis de", "s'est permis d'", "s'est plu à", "a pris soin de", "a pris soin d'",
          # "n'a pas hésité à dénoncer", "est allé jusqu'à affirmer", "ne cesse de répéter"
          "n'a pas hésité à", "n'ont pas hésité à", "n'hésite pas à", "n'hésitent pas à",
          "est allé jusqu'à", "est allée jusqu'à", "sont allés jusqu'à", "va jusqu'à",
          "ne cesse de", "ne cessent de", "n'a cessé de", "n'ont cessé de", "ne cesse d'", "n'a cessé d'",
          # "n'a pas manqué de critiquer": did it
          "n'a pas manqué de", "n'ont pas manqué de", "ne manque pas de", "ne manquent pas de",
          "n'a pas manqué d'", "n'ont pas manqué d'", "ne manque pas d'", "ne manquent pas d'",
          # "n'a eu de cesse de mettre en garde" (each with "de" and "d'")
          *(f"{head} de cesse {de}" for head in ("n'a eu", "n'ont eu", "n'avait eu", "n'avaient eu", "n'a", "n'ont",
                                                 "n'avait", "n'avaient")
            for de in ("de", "d'")),
          # "venait de reconnaître son échec", "vient d'annoncer que": just said
          "vient de", "viennent de", "venait de", "venaient de", "vient d'", "viennent d'", "venait d'",
          "venaient d'"]
# The same after an inverted auxiliary and its clitic ("a-t-il tenu à préciser").
INVERTED_MODALS = ["tenu à", "voulu", "souhaité", "préféré", "tenté de", "tenté d'", "cru bon de", "cru bon d'",
                   "jugé bon de", "jugé bon d'", "pris soin de", "pris soin d'"]
# "ait", "aient": the subjunctive after "bien que", "avant qu'", "sans qu'" ("bien que Bruxelles
# ait exclu toute réouverture des négociations")
AUX = ["a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "eut", "eurent", "ait", "aient", "eût", "eussent"]
BE = ["est", "sont", "était", "étaient", "serait", "seraient", "sera", "seront", "fut"]
SUBJ_CLITICS = ["il", "elle", "ils", "elles", "on"]
PASSIVE_ADVERBS = ["aussitôt", "déjà", "immédiatement", "rapidement", "vite", "ensuite", "également",
                   "aussi", "fermement", "catégoriquement", "officiellement"]


@lru_cache(maxsize=4)
def load(verbs_csv: Path | str = VERBS_CSV, cues_yaml: Path | str = CUES_YAML) -> Lexicon:
    """Read and compile the lexicons (cached: compiled once per process)."""
    table = pd.read_csv(verbs_csv, dtype=str, keep_default_na=False, encoding="utf-8")
    cues = yaml.safe_load(Path(cues_yaml).read_text(encoding="utf-8"))
    verbs: dict[str, Verb] = {}
    form_lemma: dict[str, str] = {}
    finite_all, present_all, pp_all, refl_pp, refl_finite = set(), set(), set(), set(), set()
    np_pp: set[str] = set()
    for row in table.itertuples(index=False):
        reflexive = row.lemma.startswith(("se ", "s'"))
        verbs[row.lemma] = Verb(row.lemma, row.polarity, row.np_object == "1",
                                frozenset(c for c in row.complements.split("|") if c), reflexive)
        finite, present, pps = _conjugate(row.lemma, row.conj, row.pp, row.extra)
        if not reflexive:
            # the perfect participle reads as the present one: "M. Sanchez ayant menacé de ...",
            # "le ministre, ayant déclaré que ..."
            present = present | {f"ayant {row.pp}"}
        infinitive = row.lemma if not reflexive else ""
        if infinitive:
            form_lemma.setdefault("inf:" + infinitive.lower(), row.lemma)
        for f in finite | present | pps:
            key = (("refl:" if reflexive else "") + f.lower())
            form_lemma.setdefault(key, row.lemma)
        if reflexive:
            refl_pp |= pps
            refl_finite |= finite
            for f in finite | pps:
                form_lemma.setdefault(f.lower(), form_lemma.get(f.lower(), row.lemma))
        else:
            finite_all |= finite
            present_all |= present
            pp_all |= pps
            if row.np_object == "1" or {"np_stance", "np_own"} & set(row.complements.split("|")):
                np_pp |= pps
    end = r"(?![\w\u00C0-\u024F-])"
    begin = r"(?<![\w\u00C0-\u024F'’-])"
    # Adverbs between an auxiliary and its participle: listed ones and any adverb in -ment
    # ("a immédiatement réagi", "a certes reconnu"); or a short parenthetical between commas
    # ("a, lui aussi, salué", "a, dans un communiqué, démenti").
    adverb = rf"(?:{words_rx(ADVERBS)}|[\w\u00C0-\u024F]{{3,}}ment)(?![\w\u00C0-\u024F-])"
    passive_adverb = rf"(?:{words_rx(PASSIVE_ADVERBS + ['toutefois', 'pourtant', 'cependant', 'déjà'])}|[\w\u00C0-\u024F]{{3,}}ment)"
    adv = (rf"(?:(?:{SP}{adverb}){{1,3}}"
           rf"|\s*,\s*(?:{words_rx(PARENTHETICALS)}|[^,.;:!?«»\"“”()]{{1,40}}?)\s*,"
           # a short channel or occasion with no commas: "avait sur Twitter affirmé", "a dans la
           # foulée annoncé", "a lors de son discours rappelé"
           rf"|{SP}(?:sur|dans|devant|lors{SP}de)(?:{SP}[\w\u00C0-\u024F'’-]+){{1,3}}?(?=\s)"
           rf"|{SP}lors{SP}d['’]\s*[\w\u00C0-\u024F'’-]+(?:{SP}[\w\u00C0-\u024F'’-]+){{0,2}}?(?=\s))?")
    infinitives = sorted(k[4:] for k in form_lemma if k.startswith("inf:"))
    # The first words and the rest of the finite forms of two words or more ("fait" + "savoir"):
    # the inverted pattern matches any head with any tail, and ``verb_of`` keeps only the forms
    # the lexicon has ("fait-on savoir" -> "fait savoir"; a head and tail of two verbs, none).
    split_heads = sorted({f.split(" ", 1)[0] for f in finite_all if " " in f})
    split_tails = sorted({f.split(" ", 1)[1] for f in finite_all if " " in f})
    # A few words between a passive participle and its agent ("a été rejeté mardi par", "refusées
    # le mois dernier par"); the detection stage checks they are a date or an adverbial.
    filler = r"(?:\s+[^\s,.;:!?«»\"“”()]+){0,4}?"
    lex = Lexicon(
        verbs=verbs,
        form_lemma=form_lemma,
        # "Sergueï Lavrov l'a répété : « ... »": an object clitic before the auxiliary.
        # "un rappel qu'avait lancé X": the auxiliary glued to a relative "qu'".
        compound=re.compile(rf"(?:{begin}|(?<=\bl')|(?<=\bl’)|(?<=\bqu')|(?<=\bqu’)|(?<=\bm')|(?<=\bm’)|(?<=\bt')|(?<=\bt’)){words_rx(AUX)}{adv}{SP}"
                          # a participle the journalist quotes: 'a "mis en garde" le chef de file'
                          rf"(?:(?P<q>[\"«“])\s*)?(?P<v>{words_rx(pp_all)}){end}(?(q)\s*[\"»”])", re.I),
        inverted=re.compile(
            # "a-t-il déclaré", and the hyphen a typist forgot: "a t-il déclaré"
            rf"{begin}(?:(?:{words_rx(AUX)})(?:-|\s)(?:t-)?(?P<p1>{words_rx(SUBJ_CLITICS)}){adv}{SP}(?P<v1>{words_rx(pp_all)})"
            rf"|(?P<v2>{words_rx(finite_all)})-(?:t-)?(?P<p2>{words_rx(SUBJ_CLITICS)})"
            # "fait-il valoir", "fait-on savoir": the clitic inside a verb of two words
            rf"|(?P<v6>{words_rx(split_heads)})-(?:t-)?(?P<p4>{words_rx(SUBJ_CLITICS)}){SP}(?P<v7>{words_rx(split_tails)})"
            # "a-t-il tenu à préciser", "a-t-elle tenté de minimiser": a modal before the infinitive
            rf"|(?:{words_rx(AUX)})(?:-|\s)(?:t-)?(?P<p3>{words_rx(SUBJ_CLITICS)}){adv}{SP}(?:{words_rx(INVERTED_MODALS)})\s*"
            rf"(?P<v4>{words_rx(infinitives)})){end}", re.I),
        reflexive=re.compile(
            rf"{begin}(?:s['’]|se{SP})(?:(?:{words_rx(BE)}){adv}{SP}(?P<v1>{words_rx(refl_pp)})"
            rf"|(?:{words_rx(BE)})-(?:t-)?(?P<p1>{words_rx(SUBJ_CLITICS)}){adv}{SP}(?P<v3>{words_rx(refl_pp)})"
            # "« ... » s'interroge-t-elle", "s'inquiète-t-il": the inverted clitic subject
            rf"|(?P<v5>{words_rx(refl_finite)})-(?:t-)?(?P<p2>{words_rx(SUBJ_CLITICS)})"
            rf"|(?P<v2>{words_rx(refl_finite)})){end}", re.I),
        # a verb the journalist quotes: 'Charles Michel « regrette » le vote', 'La FNSEA « prend acte »'
        simple=re.compile(rf"{begin}(?:(?P<q>[\"«“])\s*)?(?P<v>{words_rx(finite_all)}){end}(?(q)\s*[\"»”])", re.I),
        participle=re.compile(rf"{begin}(?:en{SP})?(?P<v>{words_rx(present_all)}){end}", re.I),
        passive=re.compile(
            # ("a dans la foulée été lancé par": a short occasion between the auxiliary and "été")
            rf"{begin}(?:{words_rx(AUX)}(?:(?:{SP}{passive_adverb}){{0,2}}|{SP}(?:dans|sur|lors{SP}de)(?:{SP}[\w\u00C0-\u024F'’-]+){{1,3}}?){SP}été|{words_rx(BE)})"
            # ("a été sans surprise rejetée", "a été à nouveau reportée": a two-word adverbial)
            rf"(?:{SP}(?:{passive_adverb}|(?:sans|à|en){SP}[\w\u00C0-\u024F]+)){{0,2}}{SP}(?P<v>{words_rx(np_pp)}){filler}{SP}par{SP}", re.I),
        apposed_passive=re.compile(
            rf",\s*(?:{passive_adverb}{SP})?(?P<v>{words_rx(np_pp)}){filler}{SP}par{SP}", re.I),
        # "La motion de censure déposée par X": the participle right after its noun, no comma.
        bare_passive=re.compile(rf"(?<=[\w»”\"])\s+(?P<v>{words_rx(np_pp)}){filler}{SP}par{SP}", re.I),
        after_having=re.compile(rf"{begin}après{SP}avoir{SP}(?P<v>{words_rx(np_pp)}){end}", re.I),
        # "Le ministre a quitté la salle après avoir déclaré que ...": any verb of saying, after
        # the main clause (read like "avant de rappeler": the main clause's subject speaks)
        after_having_any=re.compile(rf"{begin}après{SP}(?:l['’]\s*|les?{SP}|leur{SP}|lui{SP})?avoir(?:{SP}{adverb})?{SP}(?P<v>{words_rx(pp_all)}){end}", re.I),
        no_comment=re.compile("|".join(f"(?:{p})" for p in cues["no_comment"]), re.I),
        modal=re.compile(rf"{begin}{words_rx(MODALS)}\s*(?P<v>{words_rx(infinitives)}){end}", re.I),
        # "Et de conclure : « ... »", "Et la source d'ajouter que ...": a narrative infinitive
        # (the detection stage keeps it only after a sentence-opening "Et")
        narrative=re.compile(rf"{begin}d(?:e{SP}|['’]\s*)(?P<v>{words_rx(infinitives)}){end}", re.I),
        purpose=re.compile(rf"{begin}(?:(?:pour|avant{SP}de|afin{SP}de)"
                           # "pour leur demander de ...": an object pronoun before the infinitive
                           rf"(?:{SP}{adverb})?(?:{SP}(?:leur|lui|nous|vous))?{SP}"
                           # "avant d'ajouter que", "afin d'expliquer": elided, glued to the verb
                           rf"|(?:avant|afin){SP}d['’]\s*)(?P<v>{words_rx(infinitives)}){end}", re.I),
        coordinated=re.compile(rf"{begin}et(?:{SP}{adverb}){{0,2}}{SP}(?P<v>{words_rx(pp_all)}){end}", re.I),
        cues=cues,
    )
    return lex
