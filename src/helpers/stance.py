"""Stance of each statement toward the targets (propositions).

The targets are small YAML files (``data/targets/``, ``helpers.targets``: plain topic words
matched with their inflections, optional cue words of their own, a ``default`` and ``context``
setting, executable examples); the stances, their precedence and the general French cue lexicons
are in ``data/lexicons/stance.yaml``. ``load_codebook`` reads both into a ``Codebook``; this
module applies them. The rules, in the order they are applied to one statement and one target:

0. **Context** (targets with ``context: article``, the default): in an article about the
   proposition (its topic words occur ``context_min`` times, in proportion in a dispatch
   shorter than ``ARTICLE_CHARS``), a statement is on target without a
   topic word of its own, unless its words name an excluded one; its stance then comes from its
   own cues like any other.

1. **On target?** A ``topic`` term of the target in the statement's content (its own span, never
   the headline or the narrator's words around it), not cancelled by an ``exclude`` term in the
   same clause (an exclude term inside an adjunct that does not hold the topic term, listed in
   ``cues.exclusion_shields``, does not cancel it: "Si la trêve tient sept jours, ... un centre
   conjoint"), with both ``parties`` involved: named in the content, in the speech cue, in the
   sentence (when the article texts are given), named together (``both_parties``: "les deux
   pays", "russo-américain"), or being the speaker's own country. A third party speaking of
   cooperating "avec la Russie et les Etats-Unis" is not the two parties cooperating with each
   other; a third state in the clause of the topic term ("des avions russes et turcs ...
   opération conjointe") needs both parties named in the content itself. ``rupture`` terms (the
   deconfliction memorandum, bilateral military channels) are on target as the object of a
   suspension or a restoration. Restricting contact to avoiding incidents (``only_contact``) is on
   target and denies cooperation. ``parties`` are optional: a one-place proposition (a reform) is
   on target by its topic alone. The speaker's side is their ``country`` when it is a party id,
   or the party their name names ("Donald Trump" before he speaks for the state). A side left
   implicit may be named in the article text just before the statement's sentence
   (``party_window`` characters, bounded: coding stays linear): "les deux présidents"
   (``pair_anaphora``) after a sentence naming both leaders; a side's own official, or an
   observer, whose content names no partner ("Nous ne sommes pas en position de collaborer au
   niveau militaire") after a sentence naming the other side. A third state's forces ("les
   militaires syriens") or the speaker's own allies ("nos partenaires") are not the other side.
   **Context** (per article, in text order, so coding stays linear and streamable): an anaphoric
   content ("l'offre", "ces affirmations", "les commenter", "Nous regrettons cette décision")
   inherits the target of the previous on-target statement within ``anaphora_window``; so does a
   definite "l'accord"/"le plan" when the same speaker goes on or in a no-comment
   (``anaphora_weak``), and a speaker's own wait-and-see right after their on-target statement.
   A reason the same speaker gives for it (speech cue in ``cues.explanation``: "en expliquant
   que ...") inherits it too, and a bare reason carries the antecedent's stance. Targets may add
   their own ``anaphora`` and ``demonstrative`` patterns ("cette réforme").
   "Cette coopération ..." (``demonstrative``) takes the parties of the statement before. A
   no-comment takes the topic the speaker was asked about ("Interrogé sur l'avenir du centre
   conjoint, le Kremlin s'est refusé à tout commentaire"); asked about something else, it is none.
2. **Cues in the clause of the topic term.** Negation (``ne ... pas/plus/jamais/aucun/rien/guère``,
   ``pas de``, ``aucun``, ``sans``, ``ni``, "et non") is attached to the first cue or topic term
   after it in the clause: a negated topic term is a denial ("ne coordonne pas les frappes"), a
   negated refusal is openness ("n'exclut pas"), a negated acceptance is a refusal ("pas d'accord
   pour"). Disapproval ("regrette", "déplore", "dénonce") reverses the first cue after it like a
   negation ("déplore la suspension de la coopération" = favor). Hedges and "not the time"
   expressions are matched first, with their own negation. A refusal ascribed to the OTHER party
   ("le refus obstiné de la partie américaine de coordonner", said by a Russian official;
   ``cues.agentive``) is blame, and blaming the other side argues for the proposition (favor).
   Discussing it ("ont discuté de l'état des relations militaires", ``cues.discussion``) is
   neutral, outranked by any polar cue. Restoring presupposes the suspension: a suspension
   participle after a restoration cue ("prête à rétablir la coopération, gelée depuis octobre")
   describes the state restored and is not a suspension.
3. **The speech cue of the statement** ("a démenti", "a rejeté l'offre", "a proposé",
   "n'a pas souhaité") applies to the whole content: a reported refusal of someone else's proposal
   is the speaker's refusal, whatever proposal words the content quotes.
4. **Decision**: against > favor > neutral (``precedence`` in the lexicon); evaluations and
   threats (``evaluation_negative``, ``evaluation_positive``, ``threat``) decide only when no
   other cue does; an on-target statement without any cue takes the target's ``default``
   (``neutral`` unless the target says otherwise; the seed target: ``favor``, "asserts that it is
   happening"), then the side the target file gives its speaker (``sides``, ``+side``; a cue
   against that side gives way to it unless ``off_side: cue``, ``+off-side``), or else
   the stance of the same speaker's nearest evidenced statement in the same
   article (``+speaker-line``), and, across the corpus, ``speaker_lines`` gives it the speaker's
   nearest evidenced stance within 90 days. An anaphoric statement
   is relative to its antecedent (regretting a suspension is favor). A rhetorical question
   inverts the polarity, a tag question ("ce serait une bonne chose, non ?",
   ``cues.tag_question``) keeps it (confidence at most 0.5), a plain question is ``neutral``; a news outlet relaying another actor's
   position, or an observer (analyst, researcher, or a person who speaks for no state and is not
   in the actor register, for targets whose parties are states) assessing it, is ``neutral``
   (relay) unless speaking in the first person.

Confidence (0-1) says how the stance was decided, not a probability: 0.9 an explicit cue,
0.8 the speech cue only, 0.6 a bare assertion, minus 0.2 when cues of two stances conflict,
minus 0.1 for a condition, 0.5 for a question (at most 0.5 for a tag question); times 0.8 when
the target was inherited by anaphora or a side was taken from the text before. ``none`` is 0.9 without any topic term and 0.6 when a topic term was rejected (parties,
exclusion, third party).

Evidence is a readable and machine-usable string: ``word@start-end(role)`` items separated by
``"; "``, with absolute offsets into the article text (``article.text[start:end] == word``).
"""
from __future__ import annotations

import bisect
import logging
import re
from array import array
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Iterable, Mapping

import numpy as np
import pandas as pd
import yaml

from . import paths, wordforms
from .actors import fold
from . import targets as targets_mod
from .schema import int_setting

log = logging.getLogger(__name__)

STANCES = ("favor", "against", "neutral", "none")
#: characters at the top of an article (headline and lead) whose topic words count twice
LEAD_CHARS = 300
#: the length of an ordinary press article, for topic-word counts in shorter texts
ARTICLE_CHARS = 4000
#: Columns of the analysts' annotations CSV (``data/annotations/*.csv``); the explorer appends rows
#: with exactly these columns and ``apply_reviews`` reads them.
REVIEW_COLUMNS = ["article", "start", "end", "target", "stance", "speaker", "note", "annotator", "recorded"]
#: Columns ``code`` adds (or fills) on the statements table.
CODED_COLUMNS = ["target", "stance", "evidence", "confidence", "stance_rule"]

_CUE_LISTS = ("refusal", "denial", "not_now", "suspension", "proposal", "acceptance", "hedge",
              "condition", "qualifier", "rhetorical", "partner_markers", "clause_boundaries",
              "anaphora", "relay_speakers", "first_person")
#: Cue lists a codebook may leave out (older codebooks load unchanged; missing = empty).
_OPTIONAL_CUE_LISTS = ("agentive", "disapproval", "restoration", "exclusion_shields", "question_frame",
                       "observer_speakers", "anaphora_weak", "demonstrative", "discussion", "tag_question",
                       "explanation", "evaluation_negative", "evaluation_positive", "threat", "figures",
                       "relay_mentions", "opposed_to", "backing_verbs", "reach_anaphora", "refusal_nouns", "adoption", "turnout",
                       "turnout_counts", "turnout_events", "threat_act", "undoing", "undoing_heads", "undoing_verbs",
                       "demand_acts", "protesters", "protest_scene", "crowd_voices", "preference_better",
                       "preference_verbs", "proposal_anaphora", "procedure_objects", "criticism_heads",
                       "dismissive_question", "effect_less", "effect_more", "effect_less_after",
                       "effect_more_after", "harms", "goods", "effect_less_nominal", "effect_more_nominal",
                       "opposing_acts")
_TARGET_LISTS = ("topic", "exclude", "third_parties")

# Same-length normalisation so that offsets survive: typographic apostrophes become ', and
# quotation marks and non-breaking or line-breaking whitespace become spaces. Quotation marks are
# the journalist's, not the speaker's words: "restait « ouvert » à", "n'était « pas prête » à"
# must read like "restait ouvert à" (a space in a pattern matches any run of whitespace).
_NORMALISE = str.maketrans({
    "’": "'", "‘": "'", "ʼ": "'", "`": "'",
    "«": " ", "»": " ", "“": " ", "”": " ", "„": " ", '"': " ", "+": " ",
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\n": " ", "\r": " ", "\t": " ",
})
_TOKEN = re.compile(r"\b[nN]'|\w+(?:-\w+)*")


CodebookError = targets_mod.CodebookError


@dataclass(frozen=True)
class Target:
    """One proposition of the codebook, with its compiled patterns."""

    id: str
    label: str
    definition: str
    parties: dict[str, list[re.Pattern]]
    topic: list[re.Pattern]
    exclude: list[re.Pattern] = field(default_factory=list)
    only_contact: list[re.Pattern] = field(default_factory=list)
    third_parties: list[re.Pattern] = field(default_factory=list)
    both_parties: list[re.Pattern] = field(default_factory=list)
    rupture: list[re.Pattern] = field(default_factory=list)
    anaphora_window: int = 900
    #: target-specific additions to cues.anaphora and cues.demonstrative ("cette réforme")
    anaphora: list[re.Pattern] = field(default_factory=list)
    demonstrative: list[re.Pattern] = field(default_factory=list)
    #: "les deux présidents": both parties when the text just before names both sides
    pair_anaphora: list[re.Pattern] = field(default_factory=list)
    #: characters of article text before the statement's sentence where an implicit side is looked for
    party_window: int = 0
    include_notes: list[str] = field(default_factory=list)
    exclude_notes: list[str] = field(default_factory=list)
    examples: dict[str, list[str]] = field(default_factory=dict)
    #: the target's own cue words: stance -> patterns ("grève" against a reform)
    cues: dict[str, list[re.Pattern]] = field(default_factory=dict)
    #: stance of an on-target statement with no cue at all (see the target file's ``default``)
    default: str = "neutral"
    #: the file the target was read from
    source: str = ""
    #: "article": in an article about the target (its topic words occur ``context_min`` times, in
    #: proportion in a text shorter than ``ARTICLE_CHARS``),
    #: a statement with stance evidence is on target even when no topic word is in its own words;
    #: "none": only its own words (and anaphora) put a statement on target
    context: str = "article"
    context_min: int = 2
    #: with ``context`` "article": how far (characters) a statement's sentence may stand from the
    #: nearest topic word of its article and still take the article's topic (0: anywhere)
    context_reach: int = 1200
    #: what the proposition undoes ("l'accord" for an exit from it): also topic words, read the
    #: other way round when a clause names nothing else of the target
    undoes: list = field(default_factory=list)
    #: the analyst's sides: folded actor name or id -> stance, and ISO country code -> stance
    sides: dict[str, str] = field(default_factory=dict)
    side_countries: dict[str, str] = field(default_factory=dict)
    #: states on a side through the actors listed there (``with_register``): they decide only
    #: statements with no stance evidence of their own, never against a cue
    state_sides: dict[str, str] = field(default_factory=dict)
    #: a cue against the speaker's side: "side" (the side wins) or "cue" (the cue stands)
    off_side: str = "side"
    #: the side of a speaker named only as a marcher or striker ("none": no side)
    protesters: str = "against"

    @property
    def state_parties(self) -> bool:
        """The sides are states (ISO alpha-2 ids): only states and their institutions speak for them."""
        return bool(self.parties) and all(re.fullmatch(r"[A-Z]{2}", p) for p in self.parties)


@dataclass(frozen=True)
class Negation:
    heads: frozenset
    second_parts: frozenset
    standalone: list[re.Pattern]
    not_negation: list[re.Pattern]
    max_gap: int


@dataclass(frozen=True)
class Codebook:
    """The loaded codebook: ``targets`` (tuple of Target), ``stances`` (name -> definition),
    ``precedence``, ``cues`` (name -> compiled patterns) and ``negation``."""

    path: Path
    version: int
    stances: dict[str, dict]
    precedence: tuple[str, ...]
    targets: tuple[Target, ...]
    cues: dict[str, list[re.Pattern]]
    negation: Negation

    @property
    def target_ids(self) -> list[str]:
        return [t.id for t in self.targets]

    def target(self, target_id: str) -> Target:
        for t in self.targets:
            if t.id == target_id:
                return t
        raise KeyError(f"{self.path}: no target {target_id!r} (targets: {self.target_ids})")


# ----------------------------------------------------------------------------- loading

def _compile(patterns: Any, where: str, path: Path) -> list[re.Pattern]:
    if patterns is None:
        return []
    if isinstance(patterns, str):
        patterns = [patterns]
    if not isinstance(patterns, list):
        raise CodebookError(f"{path}: {where} must be a list of regular expressions, got {type(patterns).__name__}")
    out = []
    for i, p in enumerate(patterns):
        if not isinstance(p, str) or not p.strip():
            raise CodebookError(f"{path}: {where}[{i}] must be a non-empty string, got {p!r}")
        try:
            # A space matches any run of whitespace: press text wraps lines anywhere.
            out.append(re.compile(p.replace(" ", r"\s+"), re.IGNORECASE))
        except re.error as exc:
            raise CodebookError(f"{path}: {where}[{i}] is not a valid regular expression ({exc}): {p!r}") from None
    return out


def _read_yaml(path: Path) -> Any:
    if not path.is_file():
        raise CodebookError(f"{path}: file not found")
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise CodebookError(f"{path}: cannot read as UTF-8 YAML ({exc})") from None


def _parse_lexicon(raw: Any, path: Path) -> tuple[dict, tuple[str, ...], dict, Negation]:
    """Stances, precedence, compiled cue lists and negation of a stance lexicon (or of the
    ``stances``/``cues`` sections of an older single-file codebook)."""
    if not isinstance(raw, dict):
        raise CodebookError(f"{path}: the stance lexicon must be a mapping with 'stances' and 'cues'")
    for key in ("stances", "cues"):
        if key not in raw:
            raise CodebookError(f"{path}: missing section {key!r}")
    stances = raw["stances"]
    if not isinstance(stances, dict) or set(stances) != set(STANCES):
        raise CodebookError(f"{path}: 'stances' must define exactly {list(STANCES)}, got {list(stances or [])}")
    precedence = tuple(raw.get("precedence", ["against", "favor", "neutral"]))
    if set(precedence) != {"against", "favor", "neutral"}:
        raise CodebookError(f"{path}: 'precedence' must order against, favor and neutral, got {list(precedence)}")
    cues_raw = raw["cues"]
    if not isinstance(cues_raw, dict):
        raise CodebookError(f"{path}: 'cues' must be a mapping of cue lists")
    cues = {}
    for name in _CUE_LISTS:
        if name not in cues_raw:
            raise CodebookError(f"{path}: missing cue list cues.{name}")
        cues[name] = _compile_cues(cues_raw[name], f"cues.{name}", path)
    for name in _OPTIONAL_CUE_LISTS:
        cues[name] = _compile_cues(cues_raw.get(name), f"cues.{name}", path)
    neg = cues_raw.get("negation")
    if not isinstance(neg, dict) or not neg.get("heads") or not neg.get("second_parts"):
        raise CodebookError(f"{path}: cues.negation needs 'heads' and 'second_parts'")
    negation = Negation(
        heads=frozenset(str(h).lower() for h in neg["heads"]),
        second_parts=frozenset(str(s).lower() for s in neg["second_parts"]),
        standalone=_compile(neg.get("standalone"), "cues.negation.standalone", path),
        not_negation=_compile(neg.get("not_negation"), "cues.negation.not_negation", path),
        max_gap=_setting(neg.get("max_gap", 6), "cues.negation.max_gap", path),
    )
    return dict(stances), precedence, cues, negation


def _compile_cues(value: Any, where: str, path: Path) -> list[re.Pattern]:
    """A cue list: regular expressions, or ``{words: [...], patterns: [...]}`` where words are
    plain French matched with their inflections (``helpers.wordforms``)."""
    if isinstance(value, dict):
        unknown = set(value) - {"words", "patterns"}
        if unknown:
            raise CodebookError(f"{path}: {where} has unknown key(s) {sorted(unknown)} (expected 'words', 'patterns')")
        return _compile_words(value.get("words"), f"{where}.words", path) + _compile(value.get("patterns"), f"{where}.patterns", path)
    return _compile(value, where, path)


def _compile_words(words: Any, where: str, path: Path, *, combine: bool = True) -> list[re.Pattern]:
    if words is None:
        return []
    if isinstance(words, str):
        words = [words]
    if not isinstance(words, list):
        raise CodebookError(f"{path}: {where} must be a list of words or phrases, got {type(words).__name__}")
    out = []
    for i, w in enumerate(words):
        if not isinstance(w, (str, int, float)) or not str(w).strip():
            raise CodebookError(f"{path}: {where}[{i}] must be a non-empty word or phrase, got {w!r}")
        out.append(str(w))
    if not combine:
        # One pattern per phrase: overlapping phrases ("l'accord", "accord de retrait") are all
        # found, and the longest is kept.
        return [wordforms.compile_phrase(w) for w in out]
    # One alternation for the whole list: a lexicon of hundreds of words costs one scan.
    return [wordforms.compile_phrases(out)] if out else []


def _setting(value: Any, where: str, path: Path) -> int:
    """A non-negative integer setting, or a CodebookError naming the file and the key (the one
    accessor ``schema.int_setting`` every data file's integer settings go through)."""
    section, _, key = where.rpartition(".")
    return int_setting({key: value}, key, 0, where=f"{path}: {section}" if section else str(path), error=CodebookError)


def _legacy_target(t: Any, i: int, path: Path) -> Target:
    """A target block of an older single-file codebook (regular expressions throughout)."""
    where = f"targets[{i}]"
    if not isinstance(t, dict) or not t.get("id"):
        raise CodebookError(f"{path}: {where} needs an 'id'")
    tid = str(t["id"])
    if not re.fullmatch(r"[a-z0-9_]+", tid):
        raise CodebookError(f"{path}: {where}.id {tid!r} must be lowercase letters, digits and underscores")
    for key in ("label", "definition", "topic"):
        if not t.get(key):
            raise CodebookError(f"{path}: target {tid!r} has no {key!r}")
    # `parties` is optional: a bilateral proposition names its sides (all must be involved),
    # a one-place proposition (a reform, a policy) has none and is on target by its topic alone.
    parties = t.get("parties") or {}
    if not isinstance(parties, dict):
        raise CodebookError(f"{path}: target {tid!r}: 'parties' must map party ids to pattern lists")
    examples = t.get("examples") or {}
    bad = set(examples) - set(STANCES)
    if bad:
        raise CodebookError(f"{path}: target {tid!r}: examples for unknown stances {sorted(bad)}")
    return Target(
        id=tid,
        label=str(t["label"]),
        definition=str(t["definition"]).strip(),
        parties={str(k): _compile(v, f"target {tid}.parties.{k}", path) for k, v in parties.items()},
        topic=_compile(t["topic"], f"target {tid}.topic", path),
        exclude=_compile(t.get("exclude"), f"target {tid}.exclude", path),
        only_contact=_compile(t.get("only_contact"), f"target {tid}.only_contact", path),
        third_parties=_compile(t.get("third_parties"), f"target {tid}.third_parties", path),
        both_parties=_compile(t.get("both_parties"), f"target {tid}.both_parties", path),
        rupture=_compile(t.get("rupture"), f"target {tid}.rupture", path),
        anaphora_window=_setting(t.get("anaphora_window", 900), f"target {tid}.anaphora_window", path),
        anaphora=_compile(t.get("anaphora"), f"target {tid}.anaphora", path),
        demonstrative=_compile(t.get("demonstrative"), f"target {tid}.demonstrative", path),
        pair_anaphora=_compile(t.get("pair_anaphora"), f"target {tid}.pair_anaphora", path),
        party_window=_setting(t.get("party_window", 0), f"target {tid}.party_window", path),
        include_notes=[str(x) for x in t.get("include") or []],
        exclude_notes=[str(x) for x in (t.get("out_of_scope") or [])],
        examples={k: [str(x) for x in v or []] for k, v in examples.items()},
        default=str(t.get("default", "favor")),
        source=str(path),
        context=str(t.get("context", "none")),
    )


def _target_file(raw: Any, path: Path) -> Target:
    """A target file (``data/targets/*.yaml``), validated by ``targets.TargetSpec``."""
    spec = targets_mod.validate(raw, path)
    pats = spec.patterns
    cues = {st: _compile_words(getattr(spec, st), f"{st}", path) for st in ("favor", "against", "neutral")}
    undoes = _compile_words(spec.undoes, "undoes", path, combine=False)
    return Target(
        id=spec.id,
        label=spec.label,
        definition=spec.definition.strip(),
        parties={k: _compile_words(v, f"parties.{k}", path, combine=False) + _compile(pats.parties.get(k), f"patterns.parties.{k}", path)
                 for k, v in {**{k: [] for k in pats.parties}, **spec.parties}.items()},
        topic=_compile_words(spec.topic, "topic", path, combine=False) + _compile(pats.topic, "patterns.topic", path) + undoes,
        undoes=undoes,
        exclude=_compile_words(spec.exclude, "exclude", path, combine=False) + _compile(pats.exclude, "patterns.exclude", path),
        only_contact=_compile(pats.only_contact, "patterns.only_contact", path),
        third_parties=_compile_words(spec.third_parties, "third_parties", path, combine=False)
        + _compile(pats.third_parties, "patterns.third_parties", path),
        both_parties=_compile(pats.both_parties, "patterns.both_parties", path),
        rupture=_compile(pats.rupture, "patterns.rupture", path),
        anaphora_window=spec.anaphora_window,
        anaphora=_compile_words(spec.anaphora, "anaphora", path, combine=False) + _compile(pats.anaphora, "patterns.anaphora", path),
        demonstrative=_compile(pats.demonstrative, "patterns.demonstrative", path),
        pair_anaphora=_compile(pats.pair_anaphora, "patterns.pair_anaphora", path),
        party_window=spec.party_window,
        include_notes=list(spec.include),
        exclude_notes=list(spec.out_of_scope),
        examples={k: list(v) for k, v in spec.examples.items()},  # targets.Example items
        cues={k: v for k, v in cues.items() if v},
        default=spec.default,
        source=str(path),
        context=spec.context,
        context_min=spec.context_min,
        context_reach=spec.context_reach,
        sides={fold(n): st for st, names in spec.sides.items() for n in names if not _COUNTRY.fullmatch(n)},
        side_countries={n: st for st, names in spec.sides.items() for n in names if _COUNTRY.fullmatch(n)},
        off_side=spec.off_side,
        protesters=spec.protesters,
    )


def _target_files(spec: Any) -> list[Path]:
    """Files named by a codebook spec: a file, a folder of ``*.yaml``/``*.yml``, or a list of them."""
    if isinstance(spec, (str, Path)):
        spec = [spec]
    files: list[Path] = []
    for item in spec:
        p = Path(item)
        if p.is_dir():
            found = sorted([*p.glob("*.yaml"), *p.glob("*.yml")])
            if not found:
                raise CodebookError(f"{p}: folder holds no target file (*.yaml)")
            files += found
        elif p.is_file():
            files.append(p)
        else:
            raise CodebookError(f"{p}: codebook or target file not found")
    return files


def load_codebook(path: Path | str | Iterable[Path | str] = paths.CODEBOOK, *,
                  lexicon: Path | str | None = None) -> Codebook:
    """Read and validate the targets and the stance lexicon.

    Args:
        path: a target file (``data/targets/X.yaml``), a folder of them (default
            ``data/targets/``), a list of either, or an older single-file codebook holding
            ``stances``, ``cues`` and ``targets``.
        lexicon: the general stance lexicon (default ``data/lexicons/stance.yaml``; an older
            single-file codebook brings its own).

    Returns:
        A ``Codebook`` with compiled patterns.

    Raises:
        CodebookError: missing file, bad YAML, a target that fails its schema, unknown stances,
            invalid regexes, two targets with one id; the message names the file, the key and
            the problem.
    """
    files = _target_files(path)
    targets: list[Target] = []
    lexicon_raw, lexicon_path = None, None
    for f in files:
        raw = _read_yaml(f)
        if isinstance(raw, dict) and "targets" in raw:
            if lexicon_raw is None:
                lexicon_raw, lexicon_path = raw, f
            targets_raw = raw["targets"]
            if not isinstance(targets_raw, list) or not targets_raw:
                raise CodebookError(f"{f}: 'targets' must be a non-empty list")
            targets += [_legacy_target(t, i, f) for i, t in enumerate(targets_raw)]
        else:
            targets.append(_target_file(raw, f))
    if lexicon is not None or lexicon_raw is None:
        lexicon_path = Path(lexicon) if lexicon is not None else paths.STANCE_LEXICON
        lexicon_raw = _read_yaml(lexicon_path)
    stances, precedence, cues, negation = _parse_lexicon(lexicon_raw, lexicon_path)
    seen: dict[str, str] = {}
    for t in targets:
        if t.id in seen:
            raise CodebookError(f"{t.source}: target id {t.id!r} appears twice (also in {seen[t.id]})")
        seen[t.id] = t.source
    if not targets:
        raise CodebookError(f"{files[0] if files else path}: no target")
    return Codebook(path=Path(files[0]), version=int(lexicon_raw.get("version", 1)), stances=stances,
                    precedence=precedence, targets=tuple(targets), cues=cues, negation=negation)


# ----------------------------------------------------------------------------- coding one text

def normalise(text: str) -> str:
    """Same-length normalisation of apostrophes, quotes and spaces (offsets are preserved)."""
    return text.translate(_NORMALISE)


@dataclass
class _Hit:
    role: str          # topic, negation, refusal, denial, ..., party:US
    start: int         # offsets relative to the analysed string
    end: int
    negated: bool = False


@dataclass
class _Result:
    target: str
    on_target: bool
    stance: str
    confidence: float
    rule: str
    hits: list = field(default_factory=list)      # (role, abs_start, abs_end)


def _clauses(text: str, book: Codebook) -> list[tuple[int, int]]:
    """Clause spans of a content; a content that opens with a condition is one clause."""
    if any(p.match(text) for p in book.cues["condition"][:1]):
        return [(0, len(text))]
    cuts = set()
    for p in book.cues["clause_boundaries"]:
        for m in p.finditer(text):
            cuts.add(m.start())
    spans, last = [], 0
    for c in sorted(cuts):
        if c > last:
            spans.append((last, c))
            last = c
    spans.append((last, len(text)))
    return [s for s in spans if text[s[0]:s[1]].strip()]


def _any_of(patterns) -> re.Pattern | None:
    """One pattern matching wherever one of ``patterns`` does (None when they cannot be joined:
    back-references would point at other groups once the patterns share one group numbering).
    Cached by the compiled patterns."""
    pats = tuple(patterns)
    if len(pats) < 2:
        return None  # nothing to join
    # Keyed by the compiled patterns, which live as long as the codebook (a caller's list may
    # be made on the spot: keyed by the list, each would be kept, five an article). The entry
    # holds the patterns, so their ids cannot be reused while it is kept.
    key = tuple(map(id, pats))
    entry = _ANY_OF.get(key)
    if entry is not None:
        return entry[1]
    joined = None
    if len({p.flags for p in pats}) == 1 and not any(_BACKREF.search(p.pattern) for p in pats):
        branches = [b for p in pats for b in _top_branches(p.pattern)]
        try:
            if all(b.startswith(r"\b") for b in branches):
                # Every branch starts at a word boundary: said once in front, a position inside
                # a word is left after one test instead of one per branch (the same matches).
                joined = re.compile(r"\b(?:" + "|".join(f"(?:{b[2:]})" for b in branches) + ")", pats[0].flags)
            else:
                joined = re.compile("|".join(f"(?:{p.pattern})" for p in pats), pats[0].flags)
        except re.error:
            joined = None
    if len(_ANY_OF) >= _ANY_OF_KEPT:  # a bound: the codebooks' own lists are few
        _ANY_OF.clear()
    _ANY_OF[key] = (pats, joined)
    return joined


_ANY_OF: dict[tuple, tuple] = {}
_ANY_OF_KEPT = 1024
_BACKREF = re.compile(r"\\[1-9]|\(\?P=|\(\?P<")


def _top_branches(pattern: str) -> list[str]:
    """The top-level alternatives of a regular expression ("a|(b|c)" -> ["a", "(b|c)"])."""
    out, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern[i + 1:i + 2] == "^":
                i += 1
            if pattern[i + 1:i + 2] == "]":  # a ] first in a class is a literal
                i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


def _search_any(patterns, text: str) -> bool:
    """``any(p.search(text) for p in patterns)``, in one scan when the patterns can be joined."""
    joined = _any_of(patterns)
    if joined is not None:
        return joined.search(text) is not None
    return any(p.search(text) for p in patterns)


def _find(patterns: Iterable[re.Pattern], text: str, lo: int, hi: int, role: str) -> list[_Hit]:
    if not isinstance(patterns, (list, tuple)):
        patterns = tuple(patterns)
    # Coding a statement asks for the same patterns over the same span again (the clause, the
    # sentence, the relayed and inherited readings): the spans found are kept for the last few
    # thousand questions, keyed by the compiled patterns (a list may be made on the spot). The
    # entry holds the patterns, so their ids cannot be reused while it is kept; the hits are
    # new objects each time (they get negated).
    key = (tuple(map(id, patterns)), text, lo, hi)
    entry = _FOUND.get(key)
    if entry is None:
        entry = (patterns, _spans(patterns, text, lo, hi))
        if len(_FOUND) >= _FOUND_KEPT:
            _FOUND.clear()
        _FOUND[key] = entry
    return [_Hit(role, s, e) for s, e in entry[1]]


_FOUND: dict[tuple, tuple] = {}
_FOUND_KEPT = 4096


def _spans(patterns, text: str, lo: int, hi: int) -> tuple[tuple[int, int], ...]:
    # Most statements match none of a role's patterns: one scan with all of them joined says so
    # (the codebook's lists compile once, each list joined once per process).
    joined = _any_of(patterns)
    if joined is not None and joined.search(text, lo, hi) is None:
        return ()
    return tuple((m.start(), m.end()) for p in patterns for m in p.finditer(text, lo, hi) if m.end() > m.start())


# Between a negation and the next cue or topic term: a word of its own, a comma, then a noun
# phrase set apart ("n'est plus négociable, la retraite à 64 ans"); an incise after the comma
# ("pas en position, pour l'instant, de collaborer") keeps the negation going.
_PAST_PREDICATE = re.compile(r"\s*[\w'’-]+[^,;:.]*?[,;:]\s*(?:le|la|les|l'|l’|un|une|des|ce|cet|cette|ces)\b[^,;:]*$",
                             re.I)
# A negation closed by a comma before a new clause with its own subject ("Je ne peux pas, ce n'est
# pas mon rôle", "Je ne lâcherai pas, j'exige l'abrogation"): it does not reach into that clause. An
# aside between commas does not close it ("Il ne faut pas, je crois, adopter", "Il n'y a pas, selon
# nous, de", "Il n'est pas, ce matin, question de"): the clause runs on to the word without a comma.
_NEXT_SUBJECT = re.compile(r"\s*,\s*(?:(?:ce|ça)\s+(?:n['’]\s*|ne\s+)?(?:est|était|sera|serait)(?![\w'’-])"
                           r"|c['’]\s*(?:est|était)(?![\w'’-])|j['’]|(?:je|nous|il|elle|ils|elles|on)(?![\w'’-]))[^,;:]*$",
                           re.I)
# What lies between a verb and its object, after its negation's "pas" (``_object_start``): a
# determiner ("voter | la | motion de censure") and up to a few words of the object before the
# refusal ("la nouvelle motion de censure", "la proposition de loi visant à abroger")
_DETERMINER_ONLY = re.compile(r"\s*(?:la|le|les|l'|l’|une?|des|cette|ce|cet|ces|sa|son|ses|leur|leurs)?\s*"
                              r"(?:[\w\u00C0-\u024F'’-]+\s+){0,6}?", re.I)
# ... nor past the end of its sentence ("Je n'ose pas. Ce n'est pas mon rôle"), nor into a reason
# ("ne mettra pas ce projet aux votes parce qu'il va dans la mauvaise direction")
_SENTENCE_END = re.compile(r"[.!?;…](?:\s|$)|(?<![\w'’-])(?:parce\s+qu|puisqu)|,\s*car(?![\w'’-])", re.I)
# A second negation with its own subject after a comma takes over ("On ne peut pas, on ne doit pas,
# retirer", "Je ne suis pas, ce n'est un secret pour personne, favorable"): the first one stops there
_NEGATION_AGAIN = re.compile(r",\s*(?:je|j'|j’|nous|on|il|elle|ils|elles|vous|tu|ce|c'|c’|ça)\s*(?:ne|n'|n’)", re.I)


def _overlaps(h: _Hit, hits: Iterable[_Hit]) -> bool:
    """Whether ``h`` shares a character with one of ``hits`` (a word read once, by one cue)."""
    return any(p.start <= h.start < p.end or h.start <= p.start < h.end for p in hits)


def _dedupe(hits: list[_Hit]) -> list[_Hit]:
    """Keep the longest of overlapping hits of the same role ("l'accord de retrait" over
    "l'accord"), in text order."""
    kept: list[_Hit] = []
    for h in sorted(hits, key=lambda h: (-(h.end - h.start), h.start)):
        if any(k.role == h.role and h.start < k.end and k.start < h.end for k in kept):
            continue
        kept.append(h)
    return sorted(kept, key=lambda h: (h.start, -(h.end - h.start)))


def _negations(text: str, lo: int, hi: int, book: Codebook, masked: list[tuple[int, int]]) -> list[_Hit]:
    """Negation markers of a clause: head + second part (ne ... pas), or standalone (aucun, pas de)."""
    neg = book.negation
    toks = [(m.start(), m.end(), m.group(0).lower()) for m in _TOKEN.finditer(text, lo, hi)]
    # Idioms that look negative but negate nothing ("sans précédent", "non seulement", "ne ... que").
    masked = list(masked) + [(m.start(), m.end()) for p in neg.not_negation for m in p.finditer(text, lo, hi)]

    def free(s: int, e: int) -> bool:
        return not any(ms <= s < me or ms < e <= me for ms, me in masked)

    hits = []
    for i, (s, e, w) in enumerate(toks):
        if w not in neg.heads or not free(s, e):
            continue
        for j in range(i + 1, min(i + 1 + neg.max_gap, len(toks))):
            w2 = toks[j][2]
            if w2 == "que":          # "ne ... que" restricts, it does not negate
                break
            if w2 in neg.second_parts:
                # "n'a ni confirmé ni démenti" is a no-comment (masked), not a negation
                if free(toks[j][0], toks[j][1]):
                    hits.append(_Hit("negation", s, toks[j][1]))
                break
    for h in _find(neg.standalone, text, lo, hi, "negation"):
        # Negative concord: "n'avons jamais eu aucune", "n'y aura ni ... ni ..." are ONE negation;
        # only "sans" opens a new one after a "ne" ("n'agirons pas sans coordination").
        concord = any(n.start <= h.start for n in hits) and text[h.start:h.end].lower() != "sans"
        if free(h.start, h.end) and not concord:
            hits.append(h)
    return sorted(hits, key=lambda h: h.start)


_PARTICIPLE = re.compile(r"(u|ue|us|ues|é|ée|és|ées|pu|pue|pus|pues)$", re.IGNORECASE)
# "nous" as subject ("dont nous rejetons"), not as object ("Washington nous refuse ...").
_FIRST_PERSON_SUBJECT = re.compile(r"\b(je|j')|\bnous\s+(ne\s+|n'\s*)?((la|le|les|leur|lui|y|en)\s+|l'\s*)?(\w+ons|sommes)\b",
                                   re.IGNORECASE)
# Between a nominal refusal and its agent: "le refus (obstiné) de la partie américaine",
# "la proposition rejetée par Washington", "le rejet américain".
_AGENT_AFTER = re.compile(r"\s*([\w-]+\s+)?((de la|de l'|des|du|de|d'|par la|par le|par les|par l'|par)\s*)?"
                          r"((la |les |le )?(partie|c[ôo]t[ée]|camp)\s+)?$", re.IGNORECASE)


def _agent(text: str, lo: int, el: _Hit, parties: list[_Hit], book: Codebook) -> str | None:
    """The party a refusal is ascribed to, if the clause names one ("Washington refuse",
    "le refus obstiné de la partie américaine", "rejetée par Moscou"); None = the speaker.

    Only words that have an agent (``cues.agentive``: refuse, rejette, veut, prêt ...) can be
    ascribed: "impossible", "hors de question" are the speaker's own judgement. A party named as
    the partner ("une coopération avec la Russie n'est pas possible") is not an agent.
    """
    if not any(p.match(text, el.start, el.end) for p in book.cues["agentive"]):
        return None
    partners = _partner_spans(text, book)
    parties = [ph for ph in parties if not any(a <= ph.start < b for a, b in partners)]
    for ph in sorted(parties, key=lambda h: h.start):
        if el.end <= ph.start <= el.end + 45 and _AGENT_AFTER.fullmatch(text[el.end:ph.start]):
            return ph.role.split(":", 1)[1]
    before = [ph for ph in parties if lo <= ph.start and ph.end <= el.start and el.start - ph.end <= 80]
    if before:
        ph = max(before, key=lambda h: h.end)
        if not _FIRST_PERSON_SUBJECT.search(text, ph.end, el.end):
            return ph.role.split(":", 1)[1]
    return None


# Refusing a refusal ("a refusé de retirer", "rejette tout retrait de"): the roles that refuse, the
# roles they may refuse, and what may stand between them ("de", "tout", an article).
_REFUSING = ("refusal", "denial")
_REFUSABLE = ("refusal", "suspension", "target-against")
# ("a rejeté la demande de suspension de l'arrêté": a request for it is refused with it)
_NEGATION_PARTICLE = re.compile(r"\s*(?:pas|plus|jamais|point)(?=\s)", re.I)


def _object_start(text: str, pos: int, end: int) -> int:
    """Where a verb's object begins, after the second part of its negation ("abandonnerons pas
    | la réforme")."""
    m = _NEGATION_PARTICLE.match(text, pos, end)
    return m.end() if m else pos


_REFUSED_OBJECT = re.compile(r"\s*(?:(?:de|d['’]|à|sur|tout|toute|tous|toutes|le|la|les|l['’]|un|une|leur|son|sa|ses|ce|cette"
                             r"|demandes?|requêtes?|recours|appels?)\s*)*")
# ... or a part or stage of it ("lutter contre le report de l'âge légal", "remettre en cause le
# principe même de cette réforme", "l'ensemble de la réforme")
_CONTESTED_OBJECT = re.compile(r"\s*(?:(?:le|la|les|l['’]|ce|cet|cette|ces|un|une|tout|toute)\s*)?"
                               r"(?:report|recul|projet|principe|ensemble|application|adoption|texte|mise en place|mise en œuvre)"
                               r"(?:\s+même)?\s+(?:de|du|des|d['’])\s*(?:(?:le|la|les|l['’]|ce|cet|cette|ces)\s*)?", re.I)


def _undone_object(text: str, verb_end: int, topic_start: int) -> bool:
    """Whether the topic term at ``topic_start`` is the object of the dropping verb ending at
    ``verb_end`` (or a part of it), the negation's "pas" allowed between."""
    o = _object_start(text, verb_end, topic_start)
    return bool(_REFUSED_OBJECT.fullmatch(text, o, topic_start) or _CONTESTED_OBJECT.fullmatch(text, o, topic_start))


# what may precede the proposition as the object of a backing verb: an article or a demonstrative,
# not a possessive ("nos retraites" are the speaker's own)
_BACKED_OBJECT = re.compile(r"\s*(?:(?:à|au|aux|de|du|des|d['’]|le|la|les|l['’]|ce|cet|cette|ces)\s*)*")
# what may precede the proposition in the object of an adoption: determiners and its parts
# ("l'article 7 de la réforme", "le principe du pass", "l'essentiel de la loi")
_ADOPTED_OBJECT = re.compile(r"\s*(?:(?:de|des|du|d['’]|le|la|les|l['’]|un|une|ce|cet|cette|son|sa|ses|leur|leurs"
                             r"|article|articles|principe|essentiel|texte|\d+\w*"
                             r"|très|si|fameux|fameuse|contesté|contestée|controversé|controversée|nouveau|nouvelle)\s*)*", re.I)
_BY_AGENT = re.compile(r"\s+par\s+(?:une?|la|le|les|l['’]|des|du|certains|plusieurs|[A-ZÀ-Ý])")


def _clause_cue(text: str, book: Codebook) -> bool:
    """Whether a text holds any polar, evaluative or threat cue of the general lexicon."""
    return any(_search_any(book.cues[k], text) for k in ("refusal", "denial", "suspension", "proposal",
                                                          "acceptance", "restoration", "disapproval",
                                                          "evaluation_negative", "evaluation_positive", "threat"))


# the object right after a verb, with its own relative clause ("les syndicats qui", "le texte qu'ils")
_OWN_RELATIVE = re.compile(r"\s*(?:un|une|le|la|les|l'|des|du|ce|cet|cette|ces|son|sa|ses|leur|leurs)\s*[\w-]+(?:\s+[\w-]+)?"
                           r"(?:\s+(?:de\s+la|de\s+l'|du|des|de|d'|par)\s*"
                           r"(?:(?:un|une|le|la|les|l'|ce|cet|cette|ces|son|sa|ses|leur|leurs)\s*)?[\w-]+(?:\s+[\w-]+)?)?"
                           r"\s+(?:qui|que|qu')", re.I)
# "pas de" + noun: a negation of that noun ("Pas d'accord signifie ...")
_NOUN_NEGATION = re.compile(r"pas\s+(?:de|d['’])\s*", re.I)
# the verbs whose subject that noun is ("Pas d'accord | signifie", "Pas de réforme | serait")
_ABSENCE_VERBS = (r"signifie\w*|veut dire|voudrait dire|serait|sera|entra[îi]ne\w*|m[èe]ne\w*|conduit|conduirait|conduira"
                  r"|impliqu\w+")
# that noun as a subject, then its verb ("accord | signifie")
_SUBJECT_THEN_VERB = re.compile(rf"\s*[\w'’-]+(?:\s+[\w'’-]+){{0,2}}?\s+(?:{_ABSENCE_VERBS}|est)\b", re.I)
# A relative clause on a noun phrase ("un texte qu'ils jugent", "la réforme qui").
_RELATIVE_AFTER_NP = re.compile(r"\b(un|une|le|la|les|l'|des|du|ce|cet|cette|ces|son|sa|ses|leur|leurs)\s*[\w-]+"
                                r"(\s+[\w-]+)?\s+(qui|que|qu')", re.IGNORECASE)


# What the preferred option is weighed against: "que (de)", "plutôt que"; after a verb of
# preferring also "à" ("préfère cela à un reconfinement").
_THAN = re.compile(r"\s(?:plut[ôo]t\s+qu(?:e\b|')|qu(?:e\b|'))")
_THAN_TO = re.compile(r"\s(?:plut[ôo]t\s+qu(?:e\b|')|qu(?:e\b|')|(?:à|au|aux)\s)")
# (an option ends where its clause does)
_CLAUSE_CUT = re.compile(r"[;:.!?]|,\s*(?:mais|et|car|or|donc)\b")
_QUE_NEXT = re.compile(r"\s*qu(?:e\b|')")
_RATHER_THAN = re.compile(r"\bplut[ôo]t\s+qu(?:e\b|')")
# a noun phrase next: an article, a demonstrative, a possessive or a pronoun standing for one
_NP_NEXT = re.compile(r"\s*(?:(?:de loin|nettement|mille fois|cent fois|toujours|bien|largement|encore|de beaucoup|clairement)\s+)?"
                      r"(?:le|la|les|l'|un|une|des|du|ce|cet|cette|ces|son|sa|ses|leur|leurs|notre|nos|votre|vos"
                      r"|cela|ça|ceci|celui-ci|celle-ci)\b", re.I)


def _preference(text: str, lo: int, hi: int, book: Codebook, *,
                preferring: bool = False) -> tuple[int, int, int, int] | None:
    """(A start, A end, B start, B end) of "A vaut mieux que B", "mieux vaut A que B", "préférer A
    à B", "A plutôt que B" in text[lo:hi]: A is preferred to B; None without such a weighing.
    ``preferring``: the clause is the object of a verb of preferring outside it (the speech cue,
    "Le Medef préfère « cela à un reconfinement »")."""
    stop = _CLAUSE_CUT.search(text, lo, hi)
    if preferring:
        t = (_THAN_TO if _NP_NEXT.match(" " + text[lo:hi]) else _THAN).search(" " + text[lo:stop.start() if stop else hi])
        if t:
            end = _CLAUSE_CUT.search(text, lo + t.end() - 1, hi)
            return lo, lo + t.start(), lo + t.end() - 1, end.start() if end else hi
    for p in book.cues.get("preference_better", []):
        m = p.search(text, lo, hi)
        if not m:
            continue
        if text[lo:m.start()].strip(" ,«\"'") and not text[m.start():m.start() + 3].lower().startswith("il "):
            # "A vaut mieux que B": the subject before is preferred
            t = _THAN.match(text, m.end(), hi)
            if t:
                end = _CLAUSE_CUT.search(text, t.end(), hi)
                return lo, m.start(), t.end(), end.start() if end else hi
            continue
        # "il vaut mieux A que B", "mieux vaut A que B" (not "il vaut mieux que + subjunctive")
        t = None if _QUE_NEXT.match(text, m.end(), hi) else _THAN.search(text, m.end(), hi)
        if t:
            end = _CLAUSE_CUT.search(text, t.end(), hi)
            return m.end(), t.start(), t.end(), end.start() if end else hi
    for p in book.cues.get("preference_verbs", []):
        m = p.search(text, lo, hi)
        if not m or _QUE_NEXT.match(text, m.end(), hi):
            continue
        # ("préférer A à B" only with a noun phrase A, "préfère cela à un reconfinement"; not
        # "préfère ne pas répondre à cette question", "préfère rester prudent quant à")
        than = _THAN_TO if _NP_NEXT.match(text, m.end(), hi) else _THAN
        t = than.search(text, m.end(), stop.start() if stop and stop.start() > m.end() else hi)
        if not t:
            continue
        end = _CLAUSE_CUT.search(text, t.end(), hi)
        return m.end(), t.start(), t.end(), end.start() if end else hi
    m = _RATHER_THAN.search(text, lo, hi)
    if m:
        end = _CLAUSE_CUT.search(text, m.end(), hi)
        return lo, m.start(), m.end(), end.start() if end else hi
    return None


def _clause_polarity(text: str, lo: int, hi: int, topics: list[_Hit], book: Codebook, *,
                     parties: list[_Hit] = (), own: str | None = None,
                     target: Target | None = None, preferring: bool = False) -> tuple[dict, list[_Hit]]:
    """Stance evidence of one clause: {'against': n, 'favor': n, 'neutral': n} and the hits.

    ``own`` is the speaker's party (their country, when it is a party of the target): a refusal
    ascribed to the OTHER party ("le refus obstiné de la partie américaine de coordonner", said
    by a Russian official) is blame, and blaming the other side for refusing argues for the
    proposition (favor). Disapproval words ("regrette", "déplore", "dénonce") reverse the first
    cue or topic term after them, like a negation ("déplore la suspension de la coopération").
    """
    cues = book.cues
    own_cues = target.cues if target is not None else {}
    fixed = _dedupe(_find(cues["hedge"], text, lo, hi, "hedge") + _find(cues["not_now"], text, lo, hi, "not_now")
                    + _find(own_cues.get("neutral", []), text, lo, hi, "hedge"))
    masked = [(h.start, h.end) for h in fixed]
    # (a hedge that opens an indirect question masks the question: "Je ne sais pas encore si je
    # voterai la réforme")
    for h in fixed:
        if _OPENS_QUESTION.search(text, h.start, h.end):
            stop = _CLAUSE_STOP_MARK.search(text, h.end, hi)
            masked.append((h.end, stop.start() if stop else hi))

    def free(h: _Hit) -> bool:
        return not any(ms <= h.start < me for ms, me in masked)

    polar = []
    for role in ("denial", "refusal", "suspension", "proposal", "acceptance", "restoration"):
        polar += [h for h in _find(cues[role], text, lo, hi, role) if free(h)]
    # A cue word that starts inside a topic phrase is part of its name ("accord de retrait du
    # Royaume-Uni", "relance du nucléaire"), not a cue.
    # (For a one-place proposition named in plain words; an expert target's topic patterns may
    # hold their own cue, as "le seul canal de communication entre".)
    def named(h: _Hit, *, opening: bool) -> bool:
        return target is not None and not target.parties and any(
            (t.start <= h.start if opening else t.start < h.start) and h.start < t.end
            and (t.end - t.start) > (h.end - h.start) for t in topics)

    polar = [h for h in polar if not named(h, opening=True)]
    # "le retrait de l'accord" (the proposition undoing it) names the proposition: no cue
    undone = _undone(text, lo, hi, topics, target)
    undoing = _undoings(text, lo, hi, undone, book)
    polar = [h for h in polar if not any(u.start == h.start and u.end == h.end for u in undoing)]
    # Dropping or blocking it ("abandonner la réforme", "bloquer le texte"): a refusal only when
    # the proposition is the object ("bloquer les prix", "a abandonné le diesel" are not).
    # (the negation's second part may stand between: "n'abandonnerons pas la réforme")
    polar += [h for h in _find(cues["undoing_verbs"], text, lo, hi, "refusal")
              if free(h) and any(_undone_object(text, h.end, t.start) for t in topics if t.start >= h.end)
              and not _overlaps(h, polar)]
    # An action against what follows ("la pétition contre la réforme"): a refusal of the
    # proposition only when one of its topic terms comes right after.
    # (its patterns all end with "contre": a plain substring test skips most clauses)
    if topics and "contre" in text[lo:hi]:
        polar += [h for h in _find(cues["opposed_to"], text, lo, hi, "refusal")
                  if free(h) and any(0 <= t.start - h.end <= 40 for t in topics)
                  and not _overlaps(h, polar)]
    # ... and backing what follows ("nous nous battrons pour la réforme", "attachés à l'accord",
    # "généraliser le pass"): support only when the proposition itself is the object, after an
    # article or a demonstrative ("se battre pour nos retraites", "attachés à notre système de
    # retraites", "généraliser le télétravail" are not).
    if topics:
        polar += [h for h in _find(cues["backing_verbs"], text, lo, hi, "acceptance")
                  if free(h) and any(t.start >= h.end and (_BACKED_OBJECT.fullmatch(text, h.end, t.start)
                                                           or _CONTESTED_OBJECT.fullmatch(text, h.end, t.start)) for t in topics)
                  and not _overlaps(h, polar)]
    # The target's own cue words ("grève" against a reform) count like the general ones; words a
    # general cue already reads ("abroger" in "pas d'abrogation de la réforme") are read once, by
    # that cue, whose negation is then not undone by a second, unnegated reading. One that opens a
    # topic phrase names what is done to the proposition ("retrait" in "le retrait de la réforme",
    # the target listing both) and stays a cue.
    general = list(polar)
    for stance_, role in (("against", "target-against"), ("favor", "target-favor")):
        polar += [h for h in _find(own_cues.get(stance_, []), text, lo, hi, role)
                  if free(h) and not named(h, opening=False)
                  and not any(g.start < h.end and h.start < g.end for g in general)]
    # "la réforme, contestée par une partie de son camp": a participle with its agent reports
    # someone else's position, not the speaker's.
    polar = [h for h in _dedupe(polar)
             if not (_BY_AGENT.match(text, h.end, hi) and _PARTICIPLE.search(text[h.start:h.end]))]
    # Restoring presupposes the suspension: a participle describing the suspended object after a
    # restoration cue ("prête à rétablir la coopération, gelée depuis octobre"; "remettre en
    # vigueur le mémorandum, suspendu après ...") is the state restored, not a suspension.
    restore = [h.start for h in polar if h.role == "restoration"]
    if restore:
        polar = [h for h in polar if not (h.role == "suspension" and h.start > min(restore)
                                          and _PARTICIPLE.search(text[h.start:h.end]))]
    # Evaluations and threats: weak evidence, decisive only when no other cue is found.
    weak = _dedupe([h for role, key in (("eval-negative", "evaluation_negative"), ("eval-positive", "evaluation_positive"),
                                        ("threat", "threat"))
                    for h in _find(cues[key], text, lo, hi, role)
                    if free(h) and not _overlaps(h, polar)])
    absence = _absence(text, lo, hi, topics)
    weak, polar = _effects(text, lo, hi, weak, polar, topics, book, free, after=absence[2] if absence else None)
    # A topic term that is also a cue word (rare) counts once, as the cue.
    elements = sorted(polar + weak + [t for t in topics if not any(p.start <= t.start < p.end for p in polar + weak)],
                      key=lambda h: h.start)
    # Weighing two options ("quitter l'UE avec un mauvais accord vaut mieux que de ne pas la
    # quitter", "il vaut mieux ça que la fermeture des restaurants"): a concession in the preferred
    # one and the faults of the other say nothing against it; the preference is for it, unless
    # only the option set aside names the proposition ("Mieux vaut un report plutôt que ce texte").
    preferred = []
    pref = _preference(text, lo, hi, book, preferring=preferring)
    if pref is not None:
        a0, a1, b0, b1 = pref
        naming = ("topic", "target-against", "target-favor")
        # (what the preferred option itself does to the proposition stands: "le retrait de la
        # réforme plutôt qu'un aménagement", "mieux vaut retirer cette réforme que ...")
        # ("il vaut mieux ça que la fermeture": a demonstrative pronoun stands for it)
        named_b = any(e.role in naming and e.start - b0 <= 20 for e in elements if b0 <= e.start < b1)
        named_a = any(e.role in naming for e in elements if a0 <= e.start < a1) \
            or (_STANDS_FOR_IT.fullmatch(text, a0, a1) is not None and not named_b)
        strong_a = [e for e in elements if a0 <= e.start < a1 and e.role in _STRONG_ROLES] if named_a else []
        # (the option set aside is the proposition itself only when it opens with it: "mieux vaut
        # un report que ce mauvais accord"; not "la voie du dialogue à celle du conflit sur la
        # réforme"); a weighing that names neither is about something else
        only_b = not named_a and named_b
        if named_a or only_b:
            elements = [e for e in elements if e.role == "topic" or e in strong_a or not (a0 <= e.start < a1 or b0 <= e.start < b1)]
            elements = [e for e in elements if not (e.role == "topic" and b0 <= e.start < b1)]
            if not strong_a:
                preferred.append(_Hit("preference-against" if only_b else "preference", a0, a1))
    # Refusing a refusal ("a refusé de retirer la réforme", "rejette tout retrait de", "exclut de
    # suspendre la coopération") keeps what the second one would undo: the first acts as its negation.
    # A target cue that judges the proposition ("le rejet de ce mauvais accord") names it, badly
    # judged: rejecting it is rejecting the proposition.
    for a, b in zip(elements, elements[1:]):
        if a.role in _REFUSING and not a.negated and b.role in _REFUSABLE \
                and _REFUSED_OBJECT.fullmatch(text, a.end, b.start) \
                and not (b.role == "target-against" and _search_any(cues["evaluation_negative"], text[b.start:b.end])):
            b.negated = True
            a.role = "refusal-of-refusal"
    # ("Il n'est pas question d'abandonner la réforme": the negation's last word belongs to the
    # refusing phrase, which now acts on the next one; it negates nothing else)
    refusing = [(e.start, e.end) for e in elements if e.role == "refusal-of-refusal"]
    elements = [e for e in elements if e.role != "refusal-of-refusal"]
    harm_from = hi + 1
    # A judgement of an act against it, that act being the clause's subject, is a judgement of
    # that act, the other way round for the proposition: "La grève contre la réforme est illégale",
    # "Le recours contre la réforme est voué à l'échec", "L'abrogation de la réforme serait une
    # erreur" (for it); "La colère contre la réforme est justifiée" (against it).
    lead = _SUBJECT_LEAD.match(text, lo, hi)
    acts = [h for h in _find(cues["opposing_acts"], text, lead.end(), hi, "act") if h.start == lead.end()] if lead else []
    act = max(acts, key=lambda h: h.end) if acts else None
    opposing = _ACT_AGAINST.match(text, act.end, hi) if act else None
    subject_end = next((t.end for t in topics if opposing and opposing.end() <= t.start <= opposing.end() + 3), None)
    copula = _COPULA_AFTER_SUBJECT.match(text, subject_end, hi) if subject_end is not None else None
    if copula is not None:
        upto = _NEXT_CLAUSE.search(text, copula.end(), hi)
        reason = _REASON_OR_RELATIVE.search(text, copula.end(), hi)
        # (up to a reason, a relative or the proposition named again: "est légitime car cette
        # réforme est injuste", "est la preuve que la réforme est injuste")
        upto = min([m.start() for m in (upto, reason) if m] + [t.start for t in topics if t.start > copula.end()] + [hi])
        judged = [e for e in elements if e.role in ("eval-negative", "eval-positive", "threat")
                  and copula.end() - 1 <= e.start < upto]
        if judged:
            for e in elements:
                if e.start < subject_end and e.role in ("refusal", "suspension", "denial", "target-against"):
                    e.role = "consequence"
            for e in judged:
                e.role = "eval-negative" if e.role == "eval-positive" else "eval-positive"
            harm_from = min(harm_from, subject_end)
    # A warning about the consequences of rejecting it argues for it: "un rejet de l'accord
    # plongerait le pays dans le chaos", "l'abandon de la réforme serait une faute" (a refusal
    # NOUN whose object is the topic, then a negative evaluation or a threat later in the clause).
    # (or an infinitive opening the clause, its subject: "reculer sur la réforme serait une faute")
    for el in [e for e in elements if e.role in ("refusal", "suspension") and not e.negated
               and (any(p.match(text, e.start) for p in cues["refusal_nouns"])
                    or (_INFINITIVE.fullmatch(text, e.start, e.end) is not None
                        and not text[lo:e.start].strip(" \u00a0«“\"'’")))]:
        obj = next((t for t in elements if t.role == "topic" and 0 <= t.start - el.end <= 30
                    and _REFUSED_OBJECT.fullmatch(text, el.end, t.start)), None)
        if obj is None:
            continue
        # (in its own clause: not "est la preuve que la réforme est injuste")
        stop = _REASON_OR_RELATIVE.search(text, obj.end, hi)
        stop = min([stop.start() if stop else hi] + [t.start for t in topics if t.start > obj.end])
        bad = [w for w in elements if w.role in ("eval-negative", "threat") and obj.end <= w.start < stop]
        if _INFINITIVE.fullmatch(text, el.start, el.end) is not None:
            # (an infinitive subject is judged by its predicate, "serait une faute": the judgement
            # right after the copula; not a reason after it, "suspendre la coopération après
            # l'échec de la trêve", nor a word further on, "est la seule solution face au chaos")
            bad = [w for w in bad if any(c.end() == w.start for c in _COPULA.finditer(text, obj.end, w.start + 1))]
        if bad:
            el.role = "consequence"
            for w in bad:
                w.role = "eval-positive"   # the harm of the refusal speaks for the proposition
            harm_from = min(harm_from, obj.end)
    # The same for its absence, fronted: "Sans la réforme, le système ira droit dans le mur" (a
    # negative evaluation or a threat after the comma, said plainly; the "sans" then negates
    # nothing), and the other way round for what would be good without it ("Sans la réforme, le
    # pays serait moins injuste", "la crise aurait été évitée": the effects read that). Not when
    # the consequence is negated ("le chaos n'existerait pas").
    comma = absence[2] if absence and not _negations(text, absence[2], hi, book, []) else -1
    # (up to the next clause: "Sans la réforme, c'est la faillite, elle est donc nécessaire")
    upto = _NEXT_CLAUSE.search(text, comma + 1, hi) if comma >= 0 else None
    upto = upto.start() if upto else hi
    judged = [w for w in elements if w.role in ("eval-negative", "threat", "eval-positive") and comma < w.start < upto] \
        if comma >= 0 else []
    if comma >= 0:
        # (a harm named plainly is the consequence too: "Sans la réforme, c'est la faillite")
        named_harms = [h for h in _find(cues["harms"], text, comma, upto, "eval-negative") if not _overlaps(h, elements)]
        elements = sorted(elements + named_harms, key=lambda h: h.start)
        judged += named_harms
        weak = weak + named_harms
    if judged:
        for w in judged:
            w.role = "eval-negative" if w.role == "eval-positive" else "eval-positive"
        harm_from = min(harm_from, absence[1].end)
        masked = masked + [(absence[0].start("w"), absence[0].end("w"))]
    negs = _negations(text, lo, hi, book, masked)
    # (a disapproval word in that harm, "serait une erreur", is part of it)
    disapproval = [h for h in _find(cues["disapproval"] + cues["dismissive_question"], text, lo, hi, "disapproval")
                   if free(h) and h.start < harm_from]
    # Each negation governs the first cue or topic term that starts at or after its head; two
    # negations on the same word cancel ("aucune raison de ne pas coopérer", "pas sans coordination").
    ungoverned = []
    for n in sorted(negs + disapproval, key=lambda h: h.start):
        if n.role == "negation" and any(a < n.end <= b for a, b in refusing):
            continue
        for el in elements:
            if n.role == "negation" and el.start < n.end <= el.end and el.start >= n.start:
                # the negation, or its last word, belongs to the cue phrase ("ne fera pas de
                # perdants": "pas de perdants" is one positive phrase; "n'est pas la solution" is one
                # refusal): nothing is negated
                break
            if el.start >= n.end or (n.role == "negation" and el.start >= n.start):
                if n.role == "disapproval" and _CONCESSION.match(text, n.start) and "," in text[n.end:el.start]:
                    # "Malgré les critiques, nous maintiendrons la réforme": a concession governs
                    # its own noun phrase, not the main clause after the comma
                    n.role = "concession"
                    break
                if n.role == "negation" and el.start >= n.end and _RELATIVE_AFTER_NP.search(text, n.end, el.start):
                    # "de ne pas voter un texte qu'ils jugent injuste": a negation does not reach
                    # into a relative clause on its object
                    break
                if n.role == "disapproval" and el.start >= n.end and _RELATIVE_AFTER_NP.search(text, n.end, el.start) \
                        and not _OWN_RELATIVE.match(text, n.end, el.start):
                    # nor a disapproval into a relative clause further on ("dénonçant la décision
                    # américaine montrent ... leurs politiques qui attisent les tensions": it is the
                    # decision they denounce); its own object's relative says what it blames ("dénonce
                    # les syndicats qui veulent abroger")
                    ungoverned.append(n)
                    break
                if n.role == "negation" and el.start >= n.end and (
                        _NEXT_SUBJECT.match(text, n.end, el.end) or _SENTENCE_END.search(text, n.end, el.start)
                        or _NEGATION_AGAIN.search(text, n.end, el.start)):
                    break
                if n.role == "negation" and el.start >= n.end and _NOUN_NEGATION.fullmatch(text, n.start, n.end) \
                        and _SUBJECT_THEN_VERB.match(text, n.end, el.start):
                    # "Pas d'accord signifie plus d'instabilité": "pas de" negates its noun, the
                    # subject; it does not reach past the verb
                    break
                if n.role == "negation" and el.start >= n.end and _PAST_PREDICATE.match(text, n.end, el.start):
                    # "n'est plus négociable, la retraite à 64 ans": the negation ends with the
                    # word it negates, before the comma; the term after it is not negated
                    break
                if n.role == "negation" and el.role == "acceptance":
                    # "ne voterons pas la motion de censure": not voting a refusal keeps the
                    # proposition; the negation passes through the vote to what is voted
                    nxt = next((e for e in elements if e.start >= el.end), None)
                    if nxt is not None and nxt.role == "refusal" \
                            and _DETERMINER_ONLY.fullmatch(text, _object_start(text, el.end, nxt.start), nxt.start):
                        el = nxt
                el.negated = not el.negated
                break
        else:
            if n.role == "disapproval":
                ungoverned.append(n)
    score = {"against": 0, "favor": 0, "neutral": 0, "weak_against": 0, "weak_favor": 0}
    # A clause that names only what the proposition undoes ("le plein soutien de la Suisse à
    # l'accord", for the exit from it) reads the general cues the other way round.
    flip = _SWAP if _reversed(topics, undone, undoing) else {}

    def add(key: str) -> None:
        score[flip.get(key, key)] += 1
    # Discussing it ("ont discuté de ...") takes no side: neutral, outranked by any polar cue.
    talk = [h for h in _find(cues["discussion"], text, lo, hi, "discussion") if free(h)]
    score["neutral"] += len(talk)
    for h in fixed:
        score["against" if h.role == "not_now" else "neutral"] += 1
    # Disapproval with nothing after it in the clause disapproves of the topic itself
    # ("la coopération avec Moscou, nous la condamnons"; "Nous regrettons cette décision").
    # (not a concession: "Malgré ce divorce, ils veulent une relation étroite" says nothing against
    # it when nothing after "malgré" names it)
    # ("malgré nous": against the speaker's will, against it)
    for n in ungoverned:
        if not _CONCESSION.match(text, n.start) or _DESPITE_US.match(text, n.end):
            add("against")
    blamed = []
    # "Si nous n'avions pas le pass sanitaire, nous serions fermés": the proposition's absence
    # supposed in a condition clause is no refusal of it (the main clause says what follows)
    conditions = _find(cues["condition"], text, lo, hi, "condition")
    supposed = [(h.start, h.end) for h in conditions if text[h.start:h.end].rstrip().endswith(",")]
    for el in elements:
        if el.role == "topic":
            if el.negated and not any(a <= el.start < b for a, b in supposed):
                add("against")
        elif el.role in ("denial", "refusal", "suspension"):
            if (el.role == "refusal" and not el.negated and own
                    and _agent(text, lo, el, list(parties), book) not in (None, own)):
                score["favor"] += 1            # blaming the other side's refusal
                blamed.append(_Hit("blame", el.start, el.end))
                continue
            add("favor" if el.negated else "against")
        elif el.role in ("eval-negative", "threat"):
            add("weak_favor" if el.negated else "weak_against")
        elif el.role == "eval-positive":
            add("weak_against" if el.negated else "weak_favor")
        # the target's own cue words are about the proposition itself: never read the other way
        elif el.role == "target-against":
            score["favor" if el.negated else "against"] += 1
        elif el.role == "target-favor":
            score["against" if el.negated else "favor"] += 1
        elif el.role in ("proposal", "acceptance", "restoration"):
            if el.negated and own and _agent(text, lo, el, list(parties), book) not in (None, own):
                score["favor"] += 1            # "Washington ne veut pas coordonner" (said by Moscow)
                blamed.append(_Hit("blame", el.start, el.end))
                continue
            add("against" if el.negated else "favor")
    for h in preferred:
        score["against" if h.role == "preference-against" else "favor"] += 1
    extra = conditions[:1] + _find(cues["qualifier"], text, lo, hi, "qualifier")
    if flip:
        extra += [_Hit("undone", t.start, t.end) for t in topics]
    return score, fixed + talk + polar + weak + negs + disapproval + blamed + preferred + extra


def _absence(text: str, lo: int, hi: int, topics: list[_Hit]) -> tuple[re.Match, _Hit, int] | None:
    """(the "sans" or "pas de" match, its topic term, the position where what follows its absence
    begins) of a clause opening with the proposition's absence ("Sans la réforme, ...", "Pas de
    réforme signifie ..."), or None."""
    mw = _FRONTED_WITHOUT.match(text, lo)
    obj = next((t for t in topics if t.start - mw.end() <= 30
                and _REFUSED_OBJECT.fullmatch(text, mw.end(), t.start)), None) if mw else None
    if obj is None:
        return None
    comma = text.find(",", obj.end, hi)
    if mw.group("w").lower().startswith("pas"):
        # "Pas de réforme signifie le chaos", "Pas de réforme, c'est la faillite": its absence is
        # the subject, right before the verb or the comma (not "Pas de réforme pendant la crise,
        # ce serait irresponsable")
        verb = _THEN_VERB.match(text, obj.end, hi)
        comma = verb.end() - 1 if verb else (comma if comma >= 0 and not text[obj.end:comma].strip() else -1)
    return (mw, obj, comma) if comma >= 0 else None


def _effects(text: str, lo: int, hi: int, weak: list[_Hit], polar: list[_Hit], topics: list[_Hit],
             book: Codebook, free, *, after: int | None = None) -> tuple[list[_Hit], list[_Hit]]:
    """The evaluations and cues of a clause with what it does to goods and harms read in.

    A verb or a quantity of change (``effect_less``, ``effect_more``) followed by a good or a harm
    (``goods``, ``harms``, or a noun of the evaluation lists) is one evaluation: "réduira le
    déficit" and "moins de précarité" are positive, "menace le pouvoir d'achat" and "va accroître
    les inégalités" negative; so is a change said after the noun ("les risques sont plus
    faibles"). The verb's own reading as an evaluation ("renforce", "fragilise") or as a cue
    ("accroître" proposes) gives way to it. Topic terms are never read as goods or harms.

    The change must be the proposition's doing: a verb whose subject it is ("la réforme va
    réduire", "le pass a permis d'éviter"), not in a condition ("si la réforme réduit ..."); a
    quantity or a noun of change linked to it ("avec la réforme, moins de précarité", "la réforme,
    c'est moins de pensions"); in a statement that does not name it, a change it is the context of
    ("les gens auront moins la crainte"). After ``after`` (what would follow its absence, "Sans la
    réforme, il faudra réduire les pensions") any change counts.
    """
    cues = book.cues
    named = [h for key, role in (("harms", "eval-negative"), ("goods", "eval-positive"))
             for h in _find(cues[key], text, lo, hi, role)
             if free(h) and not _overlaps(h, polar + topics) and not _overlaps(h, weak)]
    valued = [v for v in weak + named if v.role in ("eval-negative", "eval-positive")]
    # (the proposition's own harm, "limiter les dégâts de la réforme", is a judgement of it
    # whatever is done to it; its own good is only a part of it, "l'avenir de la réforme")
    of_it = [v for v in valued if any(_OF_IT.fullmatch(text, v.end, t.start) for t in topics if t.start >= v.end)]
    its_own = [v for v in of_it if v.role == "eval-negative" or v in weak]
    valued = [v for v in valued if v not in of_it]
    out = list(weak) + [v for v in its_own if v not in weak]
    if not valued:
        return sorted(out, key=lambda h: h.start), polar
    effects = [(less, e) for less, key in ((True, "effect_less"), (False, "effect_more"),
                                           (True, "effect_less_nominal"), (False, "effect_more_nominal"))
               for e in _find(cues[key], text, lo, hi, key)]
    # A good or a harm with its own relative clause of change is what that clause says it does:
    # "lutter contre la pauvreté que crée la réforme" (the reform creates it), not the fight.
    relative = set()
    # (a good or a harm noun: not an evaluative adjective, "une réforme juste qui va réduire")
    for v in [v for v in valued if v in named]:
        m = _RELATIVE.match(text, v.end, hi)
        if m is None:
            continue
        # (the relative's verb opens it, or comes after its subject or an auxiliary: "que va
        # creuser", "qu'elle crée")
        starts = [m.end()]
        for _ in range(2):
            w = _ONE_WORD.match(text, starts[-1], hi)
            if w is None:
                break
            starts.append(w.end())
        less = next((less for less, e in effects if e.start in starts), None)
        if less is not None:
            out = _valued(out, v, less, None)
            relative.add(id(v))
    valued = [v for v in valued if id(v) not in relative]
    linked = any(_LINK.search(text[max(lo, t.start - 30):t.start]) for t in topics)
    for less, e in effects:
        # (an evaluation that already holds its object stands: "crée des emplois")
        if not free(e) or _overlaps(e, topics):
            continue
        if (after is None or e.start < after) and not _its_doing(text, lo, e, topics, linked,
                                                                  nominal=e.role.endswith("nominal")):
            continue
        # (a verb form after a determiner is its noun: "la menace du chômage", "une limite")
        if " " not in text[e.start:e.end].strip() and _DETERMINER_BEFORE.search(text[max(lo, e.start - 12):e.start]):
            continue
        # (a comparison weighs two things: "moins injuste que celle de 2010"; not "moins la crainte
        # que la table d'à côté les contamine")
        if text[e.start:e.end].strip().lower() == "moins" and _THAN_SOON.match(text, e.end, hi) \
                and _OBJECT_LEAD.match(text, e.end).end() == e.end + 1:
            continue
        at = _EFFECT_LEAD.match(text, _ADVERB.match(text, e.end).end()).end()
        at = _QUANTITY.match(text, at).end()
        word = _ONE_WORD.match(text, at)
        if word is not None and _NOT_SKIPPED.fullmatch(text, word.start(), word.end()):
            word = None
        if any(w.start <= e.start and w.end > at for w in weak):
            continue
        obj = next((v for v in valued if v.start in (at, word.end() if word else -1)), None)
        if obj is not None:
            out = _valued(out, obj, less, e)
            polar = [h for h in polar if not _overlaps(h, [e])]
    # A change said after the noun is the proposition's doing only when the clause ties it to the
    # proposition ("Avec la réforme, les risques sont plus faibles"; not "Le chômage est en hausse
    # et la réforme sera examinée lundi", nor a comparison, "plus faible que prévu")
    for less, key in ((True, "effect_less_after"), (False, "effect_more_after")):
        for v in valued if linked or after is not None else ():
            if after is not None and not linked and v.start < after:
                continue
            m = next((m for p in cues[key] if (m := p.match(text, v.end, hi))), None)
            # (not negated, "les pensions n'ont pas augmenté"; nor another noun's change, "les
            # pensions ont baissé et le chômage a augmenté")
            if m is not None and not _THAN_AFTER.match(text, m.end(), hi) \
                    and not _NEGATION_OR_AND.search(text, v.end, m.end()):
                out = _valued(out, v, less, None)
    return sorted(out, key=lambda h: h.start), polar


def _its_doing(text: str, lo: int, e: _Hit, topics: list[_Hit], linked: bool, *, nominal: bool) -> bool:
    """Whether the change ``e`` (a quantity or noun of change when ``nominal``) is the
    proposition's doing (see ``_effects``)."""
    if _IF_BEFORE.search(text, lo, e.start):
        return False
    if nominal:
        if linked or not topics:
            return True
        return any(0 <= e.start - t.end <= 40 and _SAYS_WHAT_IT_IS.fullmatch(text, t.end, e.start)
                   and not _NOT_ITS_SUBJECT.search(text, max(lo, t.start - 30), t.start) for t in topics)
    if not topics:
        return _PRONOUN_SUBJECT.search(text, lo, e.start) is not None
    return linked or any(0 <= e.start - t.end <= 60 and not _GAP_BREAK.search(_ASIDE.sub(_spaces, text[t.end:e.start]))
                         and (not _NOT_ITS_SUBJECT.search(text, max(lo, t.start - 30), t.start)
                              or _ITS_PART.search(text, max(lo, t.start - 40), t.start)) for t in topics)


def _spaces(m: re.Match) -> str:
    """The match as spaces (an aside blanked out, offsets kept)."""
    return " " * len(m.group())


# a condition's clause open before a change ("si la réforme réduit le déficit, ...")
_IF_BEFORE = re.compile(r"(?<![\w'’-])(?:si|s['’]il|s['’]ils)(?![\w'’-])[^,;]*$", re.I)
# between the proposition and a quantity of change: what it is ("la réforme, c'est moins de ...")
_SAYS_WHAT_IT_IS = re.compile(r"\s*,?\s*(?:c['’]est|ce\s+sera|ce\s+serait|signifie\w*|veut\s+dire|voudra\s+dire"
                              r"|entra[îi]ne\w*|provoque\w*|permet\w*|apporte\w*|signe\w*|marque\w*|sonne\w*"
                              r"|(?:va|vont|a|ont|aura|auront)(?:\s+\w+)?)\s*"
                              r"(?:une?\s+|la\s+|le\s+|les\s+|l['’]\s*|des\s+)?", re.I)
# a definite or demonstrative determiner before the proposition ("la ", "cette ", "l'")
_THE = r"(?:(?:la|le|les|ce|cette|cet|ces)\s+|l['’]\s*)"
# a break between a subject and a verb that is not its own
_GAP_BREAK = re.compile(r"[,;:]|(?<![\w'’-])(?:que|qu['’]|qui|si|s['’]il|dont|lorsque|quand|où)(?![\w'’-])", re.I)
# a proposition that is not the subject: the complement of a preposition ("les blocages contre
# la réforme", "les opposants au pass", "avant la réforme", "l'objectif de la réforme")
_NOT_ITS_SUBJECT = re.compile(rf"(?<![\w'’-])(?:contre|opposants?|opposée?s?|autour|sur|avant|après|pendant|depuis|malgré|de|du|des|d['’]"
                              rf"|à|au|aux|par|pour|sans|envers|face)\s*{_THE}?$", re.I)
# a clause's subject that is an act against the proposition, up to the proposition ("La grève
# contre | la réforme", "L'abrogation de | la réforme", "L'opposition à | la réforme")
# (its determiner, the act from the ``opposing_acts`` list, then what is before the proposition)
_SUBJECT_LEAD = re.compile(r"[\s«“\"]*(?:(?:la|le|les|cette|ce|ces|leur|leurs|sa|son|ses)\s+|l['’]\s*)", re.I)
_ACT_AGAINST = re.compile(rf"\s+(?:contre|à|au|aux|de|du|des|d['’])\s*{_THE}?", re.I)
# where a judgement of that subject ends: a reason, a relative, a new clause with its subject
_REASON_OR_RELATIVE = re.compile(r"(?<![\w'’-])(?:car|parce\s+qu|puisqu|que|qu['’]|qui|alors\s+qu|tandis\s+qu|et\s+(?:la|le|les|l['’]|cette|ce|ces|il|elle|ils|elles|nous|on))", re.I)
# the verb "to be" right after a subject, with its negation or a modal ("est", "serait", "n'est
# pas", "sont tout à fait", "reste")
_COPULA_AFTER_SUBJECT = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+(?:(?:n['’]\s*|ne\s+)?(?:est|sont|serait|seraient|sera|seront|était|étaient|reste|restent|demeure"
                                   r"|a\s+été|ont\s+été|aurait\s+été|constitu\w+|représent\w+|sembl\w+|para[îi]t\w*|pourrait\s+être|devrait\s+être)"
                                   r"(?:\s+(?:pas|jamais|plus|tout\s+à\s+fait|totalement|parfaitement|absolument|bien|vraiment|clairement))?)\s", re.I)
# an aside between commas with no verb of its own ("La réforme, votée en force, va réduire",
# "permettra, dès 2030, de réduire")
_ASIDE = re.compile(r",[^,;:]{1,40}?,")
# the proposition's text or its implementation as the subject ("Le texte de la réforme réduira")
_ITS_PART = re.compile(rf"(?:^|\s)(?:le|la|l['’])\s*(?:texte|projet|application|mise\s+en\s+(?:œuvre|oeuvre|place)|entrée\s+en\s+vigueur"
                       rf"|report\s+de\s+l['’]âge)(?:\s+\w+)?\s+(?:de|du|des|d['’])\s*{_THE}?$", re.I)
# a pronoun subject before a change, in a statement that does not name the proposition ("elle
# va réduire", "cela permet de limiter")
_PRONOUN_SUBJECT = re.compile(r"(?:^|[,;:.]\s*|(?<![\w'’-])et\s+)\s*[«\"]?\s*(?:il|elle|cela|ça|ce\s+texte|cette\s+(?:mesure|réforme|loi|décision))"
                              r"\s+(?:[\w'’-]+\s+){0,3}$", re.I)


def _valued(hits: list[_Hit], obj: _Hit, less: bool, verb: _Hit | None) -> list[_Hit]:
    """``hits`` with ``obj`` as the evaluation of its change (less of a harm is good) and the
    changing verb's own evaluation dropped."""
    role = obj.role if not less else ("eval-positive" if obj.role == "eval-negative" else "eval-negative")
    kept = [h for h in hits if not (h.start == obj.start and h.end == obj.end)
            and not (verb is not None and _overlaps(h, [verb]))]
    return kept + [_Hit(role, obj.start, obj.end)]


# a noun's complement that opens with the proposition ("les dégâts | de la | réforme")
_OF_IT = re.compile(r"\s*(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*(?:cette\s+|ce\s+|cet\s+|ces\s+)?", re.I)
# a link from a change to the proposition just before it ("avec la réforme", "grâce au pass")
_LINK = re.compile(rf"(?:\bavec|\bdepuis|\bgr[âa]ce\s+(?:à|au|aux)|\bà\s+cause\s+(?:de|du|des|d['’])|\bdu\s+fait\s+(?:de|du|des|d['’])"
                   rf"|\ben\s+raison\s+(?:de|du|des|d['’]))\s*{_THE}?$", re.I)
_THAN_AFTER = re.compile(r"\s*(?:que|qu['’])", re.I)
_NEGATION_OR_AND = re.compile(r"(?<![\w'’-])(?:ne|n['’]|pas|jamais|et)(?![\w-])", re.I)
_THAN_SOON = re.compile(r"[^,.;:!?]{0,40}?\b(?:que|qu['’])", re.I)
_DETERMINER_BEFORE = re.compile(r"(?:\b(?:la|le|les|une|un|cette|ce|sa|son|ses|leur|leurs|des)\s+|\bl['’]\s*)$", re.I)
# the determiner of the object of a change, possessives included ("menace nos libertés")
_EFFECT_LEAD = re.compile(r"\s*(?:(?:du|de\s+la|de\s+l['’]|les|leurs|ces|des|la|le|l['’]|leur|cette|ce|cet|un|une|son|sa|ses|notre|nos|votre|vos"
                          r"|mon|ma|mes|tout|toute|tous|toutes)\s*)?", re.I)
# a quantity before the object's noun ("des milliers d'hospitalisations", "30 % de nos clients")
_QUANTITY = re.compile(r"(?:(?:des\s+|de\s+|d['’]\s*)?(?:milliers|centaines|dizaines|millions|milliards)\s+(?:de\s+|d['’]\s*)"
                       r"|\d[\d\s.,]*\s*(?:%|pour\s*cent)\s+(?:de\s+|d['’]\s*)(?:(?:nos|vos|leurs|ses|des|la|l['’]|les)\s*)?)?", re.I)
# words the object of a change does not skip: a number, a preposition ("plus de dix émissions",
# "la menace du chômage"). (The numbers of the first cases met, not the count list of
# number_words.csv: a review found that the whole list, read here, lost more effects than it
# saved, "va détruire quinze emplois"; "détruire trois emplois" is lost already.)
_NOT_SKIPPED = re.compile(r"(?:\d[\d\s.,]*|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|vingt|trente|cent|cents|mille"
                          r"|quelques|plusieurs|de|du|des|d['’])\s*", re.I)
# a relative clause right after a noun, up to its verb ("la pauvreté que crée", "qui va creuser")
_RELATIVE = re.compile(r"\s*(?:que\s+|qu['’]\s*|qui\s+)", re.I)
# an adverb or a negation's second part between a verb and its object ("réduire fortement les
# inégalités", "ne réduira pas le déficit")
_ADVERB = re.compile(r"(?:\s+(?:pas|plus|jamais|guère|point|[a-zà-ÿ]+ment)\b){0,2}", re.I)


# (one word, a verb's infinitive: not a noun of the same ending, "moratoire", nor a phrase,
# "retour en arrière")
_INFINITIVE = re.compile(r"[a-zà-ÿ]+(?<!oi)(?:er|ir|re)", re.I)
_COPULA = re.compile(r"\b(?:est|sera|serait|était|c['’]est|ce serait|constitue\w*)\s+(?:(?:(?:une|un|la|le|vraiment|"
                     r"totalement|grave|lourde|grosse|véritable|pure)\b|l['’])\s*){0,3}", re.I)
# The determiner of an object (not "son", "ses", "notre": the speaker's own may be meant,
# "opposerait son veto"), then at most one word before its head ("leurs sérieux doutes").
_OBJECT_LEAD = re.compile(r"\s*(?:(?:les|leurs|ces|des|la|le|l['’]|leur|cette|ce|cet|tout|toute|tous|toutes)\s*)?", re.I)
_ONE_WORD = re.compile(r"[\w-]+\s+")
_OWN_POSSESSIVE = re.compile(r"\s*(?:son|sa|ses|mon|ma|mes|notre|nos|votre|vos)\b", re.I)
# What may follow an object's head noun: its complement or the end of the clause.
_HEAD_THEN = re.compile(r"\s*(?:$|[,;.]|(?:sur|contre|à|au|aux|de|du|des|d['’]|concernant|quant|face|envers|autour|vis-à-vis)\b)", re.I)


def _criticism_object(text: str, book: Codebook) -> bool:
    """Whether the content opens with a criticism noun (``criticism_heads``) as its object's head
    ("leurs doutes sur la réforme", "les objections"; not "le projet injuste de réforme", where
    the judgement qualifies the proposition, nor the speaker's own, "son veto")."""
    if _OWN_POSSESSIVE.match(text):
        return False
    at = _OBJECT_LEAD.match(text).end()
    word = _ONE_WORD.match(text, at)
    for start in (at, word.end() if word else None):
        if start is None:
            continue
        for p in book.cues["criticism_heads"]:
            m = p.match(text, start)
            if m is not None and _HEAD_THEN.match(text, m.end()) is not None:
                return True
    return False


_CONCESSION = re.compile(r"malgré|en dépit", re.I)
_OPENS_QUESTION = re.compile(r"(?<![\w'’-])(?:si|s['’]il|s['’]ils)$", re.I)
# the end of a clause after a fronted absence's consequence
_NEXT_CLAUSE = re.compile(r"[,;.!?]|(?<![\w'’-])(?:donc|mais|c['’]est\s+pourquoi)(?![\w'’-])", re.I)
_CLAUSE_STOP_MARK = re.compile(r"[,;.!?]")
_FRONTED_WITHOUT = re.compile(r"[\s«“\"'’]*(?P<w>sans\s+|pas\s+de\s+|pas\s+d['’]\s*)", re.I)
# the verb whose subject a fronted "pas de" + noun phrase is
_THEN_VERB = re.compile(rf"\s*(?:{_ABSENCE_VERBS}|c['’]est)\b", re.I)
_DESPITE_US = re.compile(r"\s*(?:de\s+)?(?:nous|moi)\b", re.I)
# a backdrop before an against word in the object of support: what the support stands up to,
# not what it backs ("a défendu la réforme face à la grève")
_BACKDROP = re.compile(r"\b(?:face (?:à|aux|au)|malgré|en dépit d|pendant|durant|lors d)", re.I)
# a preferred option that is a demonstrative pronoun ("il vaut mieux ça que ...")
_STANDS_FOR_IT = re.compile(r"\s*[«\"]?\s*(?:ça|cela|ceci|celui-ci|celle-ci)\s*[»\"]?\s*", re.I)
# cues that say what is done to the proposition (not judgements of it)
_STRONG_ROLES = ("refusal", "denial", "suspension", "proposal", "acceptance", "restoration")
_SWAP = {"favor": "against", "against": "favor", "weak_favor": "weak_against", "weak_against": "weak_favor"}


# what may stand between an undoing word and its object: "le retrait des États-Unis de l'accord"
_UNDOING_GAP = re.compile(r"(?:[^,.;:!?«»\"“”()]{0,35}?(?:\b(?:de|du|des)|\bd['’]))?\s*(?:(?:la|le|les)\s+|l['’]\s*)?", re.I)


def _undone(text: str, lo: int, hi: int, topics: list[_Hit], target: Target | None) -> list[_Hit]:
    """The clause's topic terms that name what the proposition undoes (``undoes``)."""
    if target is None or not target.undoes or not topics:
        return []
    spans = {(m.start(), m.end()) for p in target.undoes for m in p.finditer(text, lo, hi)}
    return [t for t in topics if (t.start, t.end) in spans]


def _heads_object(text: str, topics: list[_Hit], book: Codebook, target: Target | None = None) -> bool:
    """Whether a noun phrase content is the proposition itself ("la réforme", "le principe même
    de la réforme") or what undoes it ("le retrait de la réforme"), not something else about it
    ("ses troupes sur la réforme", "la prudence sur le texte")."""
    first = min(t.start for t in topics)
    return bool(_REFUSED_OBJECT.fullmatch(text, 0, first) or _CONTESTED_OBJECT.fullmatch(text, 0, first)) \
        or _undoes_object(text, topics, book, target)


def _undoes_object(text: str, topics: list[_Hit], book: Codebook, target: Target | None = None) -> bool:
    """Whether the content opens (within its first words) on what undoes the proposition, its
    topic words right after: "la suspension du pass sanitaire", "le gouvernement revienne sur sa
    décision de sanctionner les salariés sans pass". Not negated ("ne pas supprimer le pass"), and
    not when the words undone are what the proposition itself undoes ("le retrait de l'accord",
    for an exit from it: that names the proposition)."""
    first_hit = min(topics, key=lambda t: t.start)
    if _undone(text, 0, len(text), [first_hit], target):
        return False
    first = first_hit.start
    for h in _find(book.cues["undoing_heads"], text, 0, min(len(text), _UNDO_HEAD_WINDOW), "undoing_heads"):
        if h.end <= first and first - h.end <= _UNDO_OBJECT_GAP and not _CLAUSE_CUT.search(text, h.end, first) \
                and not _negations(text, max(0, h.start - 12), first, book, []):
            return True
    return False


_UNDO_HEAD_WINDOW = 60   # the undoing word opens the content (a que-clause's subject may come first)
_UNDO_OBJECT_GAP = 80    # "revienne sur sa décision de sanctionner les salariés non détenteurs du pass"


def _undoings(text: str, lo: int, hi: int, undone: list[_Hit], book: Codebook) -> list[_Hit]:
    """Undoing, refusal or suspension words whose object is one of ``undone`` ("le retrait de
    l'accord", "quitter l'accord"): they name the proposition itself, not a stance on it."""
    if not undone:
        return []
    return [h for role in ("refusal", "suspension", "undoing") for h in _find(book.cues[role], text, lo, hi, role)
            if any(h.end <= t.start and _UNDOING_GAP.fullmatch(text, h.end, t.start) for t in undone)]


def _reversed(topics: list[_Hit], undone: list[_Hit], undoings: list[_Hit]) -> bool:
    """Whether every topic term names what the proposition undoes, and none is named as undone
    ("le retrait de l'accord" is the proposition itself)."""
    return bool(undone) and len(undone) == len(topics) and not undoings


def _only_undone(text: str, lo: int, hi: int, topics: list[_Hit], target: Target | None, book: Codebook) -> bool:
    """:func:`_reversed` for ``text[lo:hi]``."""
    undone = _undone(text, lo, hi, topics, target)
    return _reversed(topics, undone, _undoings(text, lo, hi, undone, book))


# what follows a "non" that is no answer ("non seulement", "non plus", "non-vaccinés")
_NOT_A_NO = re.compile(r"-|\s+(?:seulement|plus|pas)\b", re.I)
# The speech lexicon's polarity of a verb of saying (``speech_verbs.csv``), as the stance cue role
# it stands for when the stance lexicon does not know the verb ("a critiqué", "a épinglé", "a prôné")
_SAID_ROLES = {"accuse": ("disapproval", "against"), "refuse": ("refusal", "against"),
               "deny": ("denial", "against"), "propose": ("proposal", "favor")}


def _cue_polarity(cue: str, book: Codebook, content: str = "", after: str = "") -> tuple[str | None, list[_Hit]]:
    """Polarity of the statement's speech cue ("a démenti", "a rejeté l'offre", "a proposé").

    A no-comment may run from the cue into the content ("n'a pas souhaité" + "en dire plus"),
    so hedges are looked for in the cue followed by the content. A cue word whose pattern looks
    at its object ("a voté" + "la réforme") is read with ``after``, the article's text right
    after the cue when the content follows it.
    """
    if not cue:
        return None, []
    text = normalise(cue)
    joined = text + " " + normalise(content)
    hedge = [h for h in _find(book.cues["hedge"], joined, 0, len(joined), "hedge") if h.start < len(text)]
    if hedge:
        for h in hedge:
            h.end = min(h.end, len(text))
        return "neutral", hedge
    negs = _negations(text, 0, len(text), book, [])
    followed = text + normalise(after)[:80] if after else text
    for role, pol in (("denial", "against"), ("refusal", "against"), ("disapproval", "against"),
                      ("proposal", "favor"), ("acceptance", "favor")):
        # (only a cue word inside the cue counts; "a voté mardi contre l'article" is no vote for it)
        hits = [h for h in _find(book.cues[role], followed, 0, len(followed), role) if h.end <= len(text)]
        if hits:
            if negs:       # "n'a pas démenti", "n'a pas proposé"
                pol = _SWAP[pol]
            return pol, hits + negs
    return None, []


def _said_polarity(cue: str, said: str, book: Codebook) -> tuple[str | None, list[_Hit]]:
    """The polarity a verb of saying has in the speech lexicon (``said``, the statement's
    ``polarity``), as the stance cue it stands for: "a critiqué" disapproves, "a balayé" refuses,
    "a prôné" proposes; negated, the other side ("n'a pas critiqué")."""
    if not cue or said not in _SAID_ROLES:
        return None, []
    text = normalise(cue)
    role, pol = _SAID_ROLES[said]
    negs = _negations(text, 0, len(text), book, [])
    if negs:
        pol = _SWAP[pol]
    return pol, [_Hit(role, 0, len(text))] + negs


def _parties(target: Target, text: str) -> list[_Hit]:
    hits = []
    for pid, pats in target.parties.items():
        hits += _find(pats, text, 0, len(text), f"party:{pid}")
    return hits


def _partner_spans(text: str, book: Codebook) -> list[tuple[int, int]]:
    """Spans of partner phrases ("avec la Russie et les Etats-Unis", "aux côtés des Russes")."""
    spans = []
    for p in book.cues["partner_markers"]:
        for m in p.finditer(text):
            end = len(text)
            for b in re.finditer(r"[.;:]|,\s*(?!et\b)|\bpour\b|\bafin\b|\bdans\b|\bsur\b|\bcontre\b", text[m.end():]):
                end = m.end() + b.start()
                break
            spans.append((m.start(), end))
    return spans


def _in_clause(clauses: list[tuple[int, int]], pos: int, n: int) -> tuple[int, int]:
    return next(((a, b) for a, b in clauses if a <= pos < b), (0, n))


def _on_topic(target: Target, book: Codebook, text: str, clauses: list[tuple[int, int]]) -> tuple[list[_Hit], bool]:
    """Topic terms of ``text`` that survive the exclusions, and whether one was excluded.

    An ``exclude`` term cancels a topic term of the same clause unless it sits in an adjunct that
    does not hold the topic term (``cues.exclusion_shields``: "si la trêve tient sept jours, ... un
    centre conjoint"; "suspendre sa coopération avec Moscou, après l'échec de la trêve").
    ``rupture`` terms (the deconfliction memorandum, military channels) are on target in a clause
    that suspends or restores them, whatever the exclusions.
    """
    n = len(text)
    shields = [(m.start(), m.end()) for p in book.cues["exclusion_shields"] for m in p.finditer(text)]
    # "le seul canal ... entre X et Y": on target whatever deconfliction words surround it.
    kept = _find(target.only_contact, text, 0, n, "topic")
    acts = [m for p in book.cues["suspension"] + book.cues["restoration"] for m in p.finditer(text)]
    for h in _find(target.rupture, text, 0, n, "topic"):
        # the object of the act ("suspendent leur participation aux canaux bilatéraux", "rétablir
        # le mémorandum") or its passive subject ("le mémorandum est suspendu"), not a channel
        # merely named near another suspension ("a interrompu ses frappes ... par la ligne de
        # déconfliction").
        if any((m.end() <= h.start and len(_TOKEN.findall(text, m.end(), h.start)) <= 4)
               or (h.end <= m.start() and len(_TOKEN.findall(text, h.end, m.start())) <= 3)
               for m in acts):
            kept.append(h)
    excluded = False
    for t in _dedupe(_find(target.topic, text, 0, n, "topic")):
        lo, hi = _in_clause(clauses, t.start, n)
        hit = [m for p in target.exclude for m in p.finditer(text, lo, hi)
               if not any(a <= m.start() < b and not a <= t.start < b for a, b in shields)]
        if hit:
            excluded = True
            continue
        kept.append(t)
    return _dedupe(kept), excluded


def _cue_evidence(hits: list[_Hit], cue: str, cue_start: int | None, cue_end: int | None,
                  article_text: str | None) -> list[tuple]:
    """Evidence items of the speech cue, with offsets only when they provably slice the article.

    A cue may be discontinuous ("a, lui, plaidé" for "a, lui, plaidé" or "a-t-il ... lancé"):
    when its length differs from ``cue_end - cue_start`` the word is looked up inside the cue's
    span of the article text; without the text, such a word is given without offsets.
    """
    out = []
    for h in hits:
        role, word = h.role + ("-negated" if h.negated else ""), cue[h.start:h.end]
        s = e = None
        if cue_start is not None:
            contiguous = cue_end is not None and cue_end - cue_start == len(cue)
            if article_text is not None:
                lo = cue_start
                hi = (cue_end if cue_end is not None else cue_start + len(cue)) + 1
                if article_text[cue_start + h.start:cue_start + h.end] == word:
                    s, e = cue_start + h.start, cue_start + h.end
                elif (k := article_text.find(word, lo, hi)) >= 0:
                    s, e = k, k + len(word)
            elif contiguous:
                s, e = cue_start + h.start, cue_start + h.end
        out.append((role, s, e, word))
    return out


# a count, not a year: "161 000", "900.000", "3,5 millions", "65%"
_COUNT = re.compile(r"(?<![\w.,])(?!(?:19|20)\d\d\b)\d{1,3}(?:[ .,\u00a0\u202f]\d{3})+\b"
                    r"|\b\d+(?:,\d+)?\s*(?:millions?|milliers?|%|pour cent)")
# cue lists whose presence means the words take a side, beyond the count
_SIDE_CUES = ("refusal", "denial", "acceptance", "proposal", "disapproval", "evaluation_negative",
              "evaluation_positive", "threat", "first_person")


def _turnout_only(text: str, book: Codebook) -> bool:
    """Whether the words are a bare count of marchers or strikers ("161 000 personnes ont manifesté
    contre la réforme", "65% des enseignants étaient grévistes"): a turnout word, a count (not a
    year) and no other cue that takes a side ("une réforme injuste", "nous", "soutiennent")."""
    if not _search_any(book.cues["turnout"], text) or not (_COUNT.search(text) or _search_any(book.cues["turnout_counts"], text)):
        return False
    # (the strike being counted is the event, not a side: "journée de grève ... 900.000 manifestants")
    return not _side_words(text, [p for k in _SIDE_CUES for p in book.cues[k]], book)


def _side_words(text: str, patterns: Iterable[re.Pattern], book: Codebook) -> bool:
    """Whether a text holds a match of ``patterns`` other than a counted event ("grève",
    "mobilisation": what a turnout counts, not a side)."""
    return any(not any(e.fullmatch(m.group()) for e in book.cues["turnout_events"])
               for p in patterns for m in p.finditer(text))


def _target_cue_words(target: Target, text: str, book: Codebook) -> bool:
    """Whether a text holds one of the target's own favor, against or neutral words (not a counted event)."""
    return _side_words(text, [p for ps in target.cues.values() for p in ps], book)


def _names_excluded(target: Target, book: Codebook, text: str) -> bool:
    """Whether a content with no topic word of its own names what the target excludes.

    An excluded word in an adjunct does not count ("Il faudra voir si la trêve est respectée
    avant toute autre étape" is still about the target).
    """
    shields = [(m.start(), m.end()) for p in book.cues["exclusion_shields"] for m in p.finditer(text)]
    return any(not any(a <= m.start() < b for a, b in shields) for p in target.exclude for m in p.finditer(text))


def _code_one(row: Mapping, target: Target, book: Codebook, *, sentence: str = "",
              relay: bool = False, inherited: bool = False, context: bool = False,
              antecedent: str = "", article_text: str | None = None, on_topic_article: bool = False,
              topic_distance: int = 0) -> _Result:
    """Code one statement for one target.

    ``inherited``: the content is an anaphora and an on-target statement precedes it closely;
    ``context``: an on-target statement precedes it closely (its parties may be implicit);
    ``antecedent``: the stance of that statement (an anaphoric statement's polarity is relative
    to it: regretting a suspension is favor, rejecting an offer is against).
    ``topic_distance``: characters between the statement's sentence and the nearest topic word
    of its article outside it (0 when unknown).
    """
    content = str(row.get("text", "") or "")
    text = normalise(content)
    base = _int(row.get("start"))
    cue = str(row.get("cue", "") or "")
    cue_start = _int(row.get("cue_start"))
    country = str(row.get("country", "") or "").strip().upper()
    speaker = str(row.get("speaker", "") or "").strip()
    own = country if country in target.parties else None
    if own is None and target.parties:
        # The speaker's name may name a side ("Donald Trump" before he spoke for the state,
        # "le Kremlin"): the parties' lexicon includes their leaders and institutions.
        who = normalise(" ".join(str(row.get(c, "") or "") for c in ("speaker", "speaker_mention")))
        named = {h.role.split(":", 1)[1] for h in _parties(target, who)}
        if len(named) == 1:
            own = named.pop()

    def absolute(hits: list[_Hit], offset: int | None, source: str = content) -> list[tuple]:
        if offset is None:
            return [(h.role + ("-negated" if h.negated else ""), None, None, source[h.start:h.end]) for h in hits]
        return [(h.role + ("-negated" if h.negated else ""), offset + h.start, offset + h.end, source[h.start:h.end]) for h in hits]

    clauses = _clauses(text, book)
    kept, excluded = _on_topic(target, book, text, clauses)
    cue_end = _int(row.get("cue_end"))
    after = article_text[cue_end:cue_end + 80] if article_text and cue_end is not None and base is not None \
        and base >= cue_end else ""
    cue_pol, cue_hits = _cue_polarity(cue, book, content, after)
    if cue_pol == "against" and article_text and cue_end is not None and normalise(cue).endswith(" non") \
            and _NOT_A_NO.match(article_text, cue_end):
        # "a dit non seulement que ...", "ne peut pas dire non plus": no "no" at all
        cue_pol, cue_hits = None, []
    if kept and cue_pol is None and _turnout_only(text, book):
        # "161 000 personnes ont manifesté contre le pass sanitaire", selon le ministère: a count
        # of the marchers names the proposition but takes no side on it.
        return _Result(target.id, False, "none", 0.6, "turnout")
    if cue_pol is None and kept and _ADOPTED_OBJECT.fullmatch(text, 0, kept[0].start):
        # A body's decision ("le Sénat a adopté la réforme", "validé par le Conseil") is for
        # what it adopted only when that is the proposition itself, not "une motion de rejet de"
        # or "l'abrogation de" it.
        ncue = normalise(cue)
        adopted = _find(book.cues["adoption"], ncue, 0, len(ncue), "adoption")
        if adopted:
            negs = _negations(ncue, 0, len(ncue), book, [])   # "n'a pas adopté"
            cue_pol, cue_hits = ("against" if negs else "favor"), adopted + negs
    anaphoric = inherited and not kept
    used_context = anaphoric
    sentence_hits: list[_Hit] = []
    asked = False
    if not kept and sentence and (cue_pol == "neutral" or _search_any(book.cues["hedge"], text)):
        # A no-comment or a wait-and-see is about what the speaker was asked: "Interrogé sur
        # l'avenir du centre conjoint, le Kremlin s'est refusé à tout commentaire" (on target),
        # "Interrogé sur les victimes civiles, ..." (not, whatever came before).
        stext = normalise(sentence)
        s_topics, _ = _on_topic(target, book, stext, _clauses(stext, book))
        if s_topics:
            asked, anaphoric, sentence_hits = True, True, s_topics[:1]
            found_s = {h.role.split(":", 1)[1] for h in _parties(target, stext)}
            if own:
                found_s.add(own)
            if _search_any(target.both_parties, stext):
                found_s |= set(target.parties)
            used_context = not set(target.parties) <= found_s
            if used_context and not context:
                return _Result(target.id, False, "none", 0.6, "parties")
        elif _search_any(book.cues["question_frame"], stext):
            return _Result(target.id, False, "none", 0.8, "asked-about-other")
    if anaphoric and not kept and not asked:
        # An anaphoric statement whose own subject is out of scope ("la trêve a peu de chances de
        # tenir") is not about the target; an excluded word in a condition is ("Il faudra voir si
        # la trêve est respectée avant toute autre étape").
        if _names_excluded(target, book, text):
            return _Result(target.id, False, "none", 0.6, "excluded")
    in_article = False
    if not kept and not anaphoric and not excluded and on_topic_article and target.context == "article" \
            and not target.parties:
        # An article about the proposition: its actors' statements are about it too, unless their
        # own words name something the target excludes and none of the target's own cue words
        # ("Tusk plaide pour un report du Brexit" in an article about the withdrawal deal, whose
        # target excludes the extension, is about something else; "le vote a été reporté mais
        # nous voterons contre" is not).
        if _names_excluded(target, book, text) and not _target_cue_words(target, text, book):
            return _Result(target.id, False, "none", 0.6, "excluded")
        if target.context_reach and topic_distance > target.context_reach and not _target_cue_words(target, text, book) \
                and not _search_any(book.cues["reach_anaphora"], text) \
                and not _search_any(target.anaphora + target.demonstrative, text):
            # Three paragraphs or more away from any mention of the proposition, the article has
            # moved on (the confidence vote after the deal, the strike's turnout after the bill):
            # a statement there is about what the text is then telling.
            return _Result(target.id, False, "none", 0.6, "far-from-topic")
        anaphoric = in_article = used_context = True
        antecedent = ""
        if _turnout_only(text, book) and not _target_cue_words(target, text, book):
            # "ce neuvième acte a mobilisé 280 000 manifestants": a count of the marchers in an
            # article about the proposition takes no side on it, as when it names it ("un nombre
            # record de manifestants ont exigé l'abrogation" does)
            return _Result(target.id, False, "none", 0.6, "turnout")
        if _search_any(book.cues["figures"], text) and not _search_any(book.cues["first_person"], text) \
                and not _clause_cue(text, book):
            # "Quelque 12.000 policiers seront mobilisés", "plus de 900.000 manifestants": a count
            # reported in an article about the proposition takes no side on it.
            return _Result(target.id, False, "none", 0.6, "figures")
    if not kept and not anaphoric:
        rule = "excluded" if excluded else "no-topic"
        return _Result(target.id, False, "none", 0.6 if excluded else 0.9, rule)

    # Parties: content, cue, sentence, speaker's country (first person = the speaker's side).
    content_parties = _parties(target, text)
    # the content names no side but the speaker's own ("Moscou était prêt à travailler avec la
    # nouvelle administration"): the partner is implicit
    only_own = all(h.role == f"party:{own}" for h in content_parties)
    found = {h.role.split(":", 1)[1] for h in content_parties}
    found |= {h.role.split(":", 1)[1] for h in _parties(target, normalise(cue))}
    if own:
        found.add(own)
    # "Cette coopération ...", "cette coordination": the cooperation just described, with its
    # parties (whatever third party the clause names: "suspendue au comportement de Damas").
    demonstrative = context and any(
        any(m.start() <= t.start < m.end() for t in kept)
        for p in book.cues["demonstrative"] + target.demonstrative for m in p.finditer(text))
    shields = [(m.start(), m.end()) for p in book.cues["exclusion_shields"] for m in p.finditer(text)]
    third = [h for h in _find(target.third_parties, text, 0, len(text), "third")
             if any(a <= h.start < b and any(a <= t.start < b for t in kept) for a, b in clauses)
             # a third state in an adjunct ("après ... les bombardements russes et syriens") is
             # not a partner of the operation
             and not any(a <= h.start < b and not any(a <= t.start < b for t in kept) for a, b in shields)]
    if demonstrative:
        third = []
    if third:
        # A third state beside the topic term ("des avions russes et turcs ... opération conjointe"):
        # both parties must be named in the content (or be "nous", the speaker's side).
        found = {h.role.split(":", 1)[1] for h in content_parties}
        if own and _search_any(book.cues["first_person"], text):
            found.add(own)
    # "les militaires des deux pays", "un centre conjoint russo-américain": both parties at once.
    if not third and (_search_any(target.both_parties, text) or (
            sentence and _search_any(target.both_parties, normalise(sentence)))):
        found |= set(target.parties)
    if sentence and not third:
        found |= {h.role.split(":", 1)[1] for h in _parties(target, normalise(sentence))}
    if not third and not set(target.parties) <= found and target.party_window and article_text:
        # A side left implicit, named in the article text just before the statement's sentence
        # (bounded look-back: linear): "les deux présidents" after "Trump et Poutine" (pair
        # anaphora); a side's own official, or an observer, whose content names no partner
        # ("Nous ne sommes pas en position de collaborer au niveau militaire") after "les
        # diplomates russes et américains".
        anchor = _int(row.get("sentence_start"))
        anchor = base if anchor is None else anchor
        if anchor is not None:
            before = normalise(article_text[max(0, anchor - target.party_window):anchor])
            named_before = {h.role.split(":", 1)[1] for h in _parties(target, before)}
            pair = any(p.search(text) or (sentence and p.search(normalise(sentence))) for p in target.pair_anaphora)
            if pair and set(target.parties) <= named_before:
                found |= set(target.parties)
            elif ((own and only_own) or relay) and set(target.parties) - found <= named_before:
                found |= named_before
                used_context = True
    if demonstrative and not set(target.parties) <= found:
        used_context = True
    elif not anaphoric:
        if not set(target.parties) <= found:
            # implicit parties from the statement before: for the parties' own officials when the
            # content names no party ("Il s'agit de déconfliction, pas de coordination"), and for
            # observers commenting on the matter at hand ("Moscou obtient enfin la coordination")
            if context and not third and ((own and only_own) or relay):
                used_context = True   # "Il s'agit de déconfliction, pas de coordination": the parties before
            else:
                return _Result(target.id, False, "none", 0.6, "third-party" if third else "parties")
        # A third party (not a party, not a relay) cooperating "avec" both parties.
        if speaker and not own and not relay and content_parties:
            partners = _partner_spans(text, book)
            if all(any(a <= h.start < b for a, b in partners) for h in content_parties):
                return _Result(target.id, False, "none", 0.6, "third-party")

    # The content is what a verb of preferring takes, as the speech cue or right before it in the
    # sentence ("Le Medef préfère « cela à un reconfinement », a-t-il dit").
    ss = _int(row.get("sentence_start"))
    lead_in = normalise(sentence[:base - ss]) if sentence and base is not None and ss is not None and base >= ss else ""
    tail = lead_in[-40:].rstrip(" «\"'")
    prefers = _search_any(book.cues["preference_verbs"], normalise(cue)) or any(
        m.end() == len(tail) for p in book.cues["preference_verbs"] for m in p.finditer(tail))
    # Stance from the clauses that hold a topic term (the whole content for an anaphora).
    score = {"against": 0, "favor": 0, "neutral": 0, "weak_against": 0, "weak_favor": 0}
    hits: list[_Hit] = list(kept) + content_parties
    spans = [(0, len(text))] if anaphoric else sorted({_in_clause(clauses, t.start, len(text)) for t in kept})
    question = False
    rhetorical = False
    for lo, hi in spans:
        s, h = _clause_polarity(text, lo, hi, [t for t in kept if lo <= t.start < hi], book,
                                parties=content_parties, own=own, target=target,
                                preferring=lo == 0 and prefers)
        for k in score:
            score[k] += s[k]
        hits += h
        clause = text[lo:hi].strip()
        if clause.endswith("?") or text[hi:hi + 2].strip().startswith("?"):
            question = True
            rhetorical = rhetorical or _search_any(book.cues["rhetorical"], clause)

    if cue and _search_any(book.cues["threat_act"], normalise(cue)):
        # "ils menacent de mettre le pays à l'arrêt": threatening is the speech act; weak
        # evidence against, like a threat in the words (a known side still decides)
        score["weak_against"] += 1
    said_only = False
    if cue_pol is None and not (score["weak_against"] or score["weak_favor"]) and (
            str(row.get("kind", "") or "") != "attributed" or (kept and _heads_object(text, kept, book, target))):
        # A verb of saying the stance lexicon does not know ("a critiqué", "a épinglé", "a prôné")
        # has its speech lexicon's polarity, unless the words themselves judge ("a accusé
        # Washington de saboter l'accord, « la dernière chance » pour une coopération"); with a
        # noun phrase as its object, only when that is the proposition or what undoes it ("a
        # critiqué la réforme"; not "a recadré ses troupes sur la réforme").
        cue_pol, cue_hits = _said_polarity(cue, str(row.get("polarity", "") or ""), book)
        said_only = cue_pol is not None
    if (cue_pol is None and str(row.get("polarity", "") or "") in ("refuse", "deny")
            or cue_pol == "against" and any(h.role in ("refusal", "denial") for h in cue_hits)) \
            and str(row.get("kind", "") or "") != "direct" and _criticism_object(text, book):
        # Brushing criticism aside ("a balayé leurs doutes sur la réforme", "a rejeté leurs
        # objections"): the refusal's object is a judgement against it, so the refusal is for it.
        cue_pol = "favor"
        cue_hits = cue_hits or [_Hit("refusal", 0, len(normalise(cue)))]
        brushed = True
    else:
        brushed = False
    refused_refusal = False
    said_pol = cue_pol   # the speech act's own polarity, before it is read against its object
    if cue_pol == "against" and any(h.role in _REFUSING for h in cue_hits) \
            and any(h.role in _REFUSABLE and not h.negated
                    and _REFUSED_OBJECT.fullmatch(text, 0, h.start) for h in hits):
        # The speech act refuses a refusal ("a refusé de retirer la réforme", "a exclu toute
        # suspension"): it keeps what the content would undo.
        cue_pol, refused_refusal = "favor", True
    if cue_pol in ("against", "favor") and any(h.role in ("refusal", "acceptance") for h in cue_hits) \
            and _search_any(book.cues["procedure_objects"], text):
        # "a rejeté l'option d'un troisième vote": a ruling on the procedure takes no side on
        # what is voted (what the content itself says still counts; condemning it is a side:
        # "a dénoncé un débat tronqué")
        cue_pol = "neutral"
    if cue_pol in ("against", "favor") and kept and not anaphoric and _only_undone(text, 0, len(text), kept, target, book):
        # "a salué l'accord", for the exit from it: the speech act on what the proposition undoes
        cue_pol = _SWAP[cue_pol]
    elif not refused_refusal and not brushed and kept and not anaphoric and (
            cue_pol in ("against", "favor") or (cue_pol is None and _search_any(book.cues["demand_acts"], normalise(cue)))) \
            and _undoes_object(text, kept, book, target):
        # "a salué la suspension du pass", "souhaite que le gouvernement renonce au pass", "a
        # demandé la suppression du pass": the speech act on what undoes the proposition
        # ("regrette la fin du pass" is for it)
        cue_pol = _SWAP.get(cue_pol or "favor")
    decided = [k for k in book.precedence if score[k] > 0]
    if said_pol == "favor" and cue_pol == "favor" and decided[:1] == ["against"] \
            and any(h.role in _REFUSING and not _BACKDROP.search(text, 0, h.start) for h in hits):
        # Backing what opposes it ("a apporté son soutien à la mobilisation pour que le
        # gouvernement renonce à sa réforme", "a salué le rejet de l'accord"): the support goes to
        # the opposition its content names. (A refusal still governs what it refuses.)
        cue_pol = None
    if cue_pol in ("against", "favor") and cue_pol not in decided[:1]:
        # The speech act governs its content: "a rejeté l'offre de mener des frappes conjointes".
        stance, rule, conf = cue_pol, "speech-cue", 0.8
        if decided:
            conf -= 0.2
    elif decided:
        stance, rule, conf = decided[0], "cue", 0.9
        if len(decided) > 1:
            conf -= 0.2
    elif cue_pol == "neutral":
        stance, rule, conf = "neutral", "speech-cue", 0.8
    elif score["weak_against"] != score["weak_favor"]:
        # Only evaluations or threats: the weightier side decides, with less confidence.
        stance = "against" if score["weak_against"] > score["weak_favor"] else "favor"
        rule, conf = "evaluation", 0.6
    elif target.default == "none":
        # No cue at all, and the target does not take a bare mention as a side.
        return _Result(target.id, False, "none", 0.5, "no-cue")
    else:
        # No cue at all: the target's documented default ("favor" when asserting that it happens
        # is support, as for joint strikes; "neutral" otherwise).
        stance, rule, conf = target.default, "assertion", 0.6 if target.default == "favor" else 0.5
    if anaphoric and not asked and antecedent == "against" and stance in ("favor", "against") \
            and not _search_any(book.cues["proposal_anaphora"], text):
        # Relative to what it refers to: regretting a suspension argues for the cooperation (an
        # anaphor naming the proposal itself is judged as the proposal).
        stance = {"favor": "against", "against": "favor"}[stance]
        rule += "+antecedent"
    if question and _search_any(book.cues["tag_question"], text):
        # "ce serait une bonne chose, non ?": the tag asks for agreement, the clause asserts.
        question, conf = False, min(conf, 0.5)
        rule += "+tag-question"
    if question and _search_any(book.cues["dismissive_question"], text):
        # "À quoi sert la réforme ?": the question asserts its disapproval
        question = False
    if question and said_only and rule.startswith("speech-cue") and stance in ("favor", "against"):
        # "Les organisateurs protestent : « Comment peut-on justifier cette inégalité ? »": a
        # speech act with no judging words of its own says what the question means
        question = False
    if question:
        if rhetorical:
            stance = {"favor": "against", "against": "favor"}.get(stance, stance)
            rule = "rhetorical-question"
        else:
            stance, rule = "neutral", "question"
        conf = 0.5
    if any(h.role == "condition" for h in hits):
        conf -= 0.1
    if relay and stance in ("favor", "against") and not _search_any(book.cues["first_person"], text):
        stance, rule = "neutral", "relay"
    if asked:
        rule = "asked+" + rule
    if in_article:
        rule = "article+" + rule
    if used_context:
        conf *= 0.8
        rule = "context+" + rule
    abs_hits = absolute(hits, base) + _cue_evidence(cue_hits, cue, cue_start, _int(row.get("cue_end")), article_text)
    if sentence_hits:
        abs_hits += absolute([_Hit("topic-asked", h.start, h.end) for h in sentence_hits],
                             _int(row.get("sentence_start")), sentence)
    return _Result(target.id, True, stance, round(max(conf, 0.1), 2), rule, abs_hits)


def _int(value: Any) -> int | None:
    try:
        if value is None or (isinstance(value, float) and pd.isna(value)) or value == "":
            return None
        return int(value)
    except (TypeError, ValueError):
        return None


def format_evidence(hits: Iterable[tuple]) -> str:
    """``word@start-end(role)`` items joined by ``"; "``, sorted by offset; no offsets -> ``word(role)``."""
    items = []
    for role, s, e, word in sorted(hits, key=lambda h: (h[1] if h[1] is not None else -1, h[0])):
        word = " ".join(str(word).split()).replace(";", ",")
        items.append(f"{word}@{s}-{e}({role})" if s is not None else f"{word}({role})")
    seen, out = set(), []
    for it in items:
        if it not in seen:
            seen.add(it)
            out.append(it)
    return "; ".join(out)


def parse_evidence(evidence: str) -> list[dict]:
    """Inverse of ``format_evidence``: a list of ``{word, start, end, role}`` dicts."""
    out = []
    for item in str(evidence or "").split("; "):
        m = re.fullmatch(r"(?P<word>.*?)(@(?P<start>\d+)-(?P<end>\d+))?\((?P<role>[\w:+-]+)\)", item.strip())
        if m:
            out.append({"word": m["word"], "start": _int(m["start"]), "end": _int(m["end"]), "role": m["role"]})
    return out


# ----------------------------------------------------------------------------- coding a table

def _texts(texts: Any) -> dict[str, str]:
    if texts is None:
        return {}
    if isinstance(texts, Mapping):
        return {str(k): (v if isinstance(v, str) else getattr(v, "text", "")) for k, v in texts.items()}
    items = getattr(texts, "items", texts)
    if callable(items):
        items = items()
    return {str(a.id): a.text for a in items}


def _is_relay(row: Mapping, book: Codebook, *, stateless: bool = True) -> bool:
    """A news outlet, a document, or an observer (analyst, researcher) not speaking for a state."""
    if str(row.get("speaker_type", "") or "").lower() == "media":
        return True
    speaker = str(row.get("speaker", "") or "")
    if speaker and _search_any(book.cues["relay_speakers"], speaker):
        return True
    # An outlet the register does not know, named by its kind ("selon la radio française",
    # "ont rapporté plusieurs médias nippons"): matched at the head of the words that name it.
    mention = normalise(str(row.get("speaker_mention", "") or "")).strip()
    if mention and any(p.match(mention) for p in book.cues["relay_mentions"]):
        return True
    return _is_observer(row, book, stateless=stateless)


def _blank(value: Any) -> str:
    """The value as a stripped string, '' for None/NaN."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    return str(value).strip()


def _is_observer(row: Mapping, book: Codebook, *, stateless: bool = True) -> bool:
    """Analysts, researchers, experts: they forecast and assess, they are not parties.

    With ``stateless`` (targets whose parties are states), a person who speaks for no state
    (``country`` '') and is not in the actor register (``speaker_id`` '' when the tagger gives
    that column) is an observer too: only states and their institutions can accept or refuse on
    the parties' behalf. For other targets (a reform: unions, employers) that rule does not apply.
    """
    if _blank(row.get("country")):
        return False
    if (stateless and "speaker_id" in row and str(row.get("speaker_type", "") or "").lower() == "person"
            and str(row.get("speaker", "") or "").strip() and not _blank(row.get("speaker_id"))):
        return True
    who = " ".join(str(row.get(c, "") or "") for c in ("speaker", "speaker_mention"))
    return _search_any(book.cues["observer_speakers"], normalise(who))


def _records(df: pd.DataFrame) -> list[dict]:
    """``df.to_dict("records")``, column by column: the same dicts at a third of the cost on the
    small per-article tables the tagger codes (numpy scalars in object columns made native
    as ``to_dict`` does)."""
    cols = list(df.columns)
    if not any(dt == object for dt in df.dtypes):
        # Typed columns only (the tagger's tables): one conversion of the whole table gives
        # native Python values, as to_dict does.
        return [dict(zip(cols, row)) for row in df.to_numpy(dtype=object).tolist()]
    values = []
    for c, series in df.items():
        col = series.tolist()
        if series.dtype == object:
            col = [int(v) if isinstance(v, np.integer) else float(v) if isinstance(v, np.floating)
                   else bool(v) if isinstance(v, np.bool_) else v for v in col]
        values.append(col)
    return [dict(zip(cols, row)) for row in zip(*values)]


def _order(records: list[dict], frame: pd.DataFrame | None = None) -> list[int]:
    """Row positions sorted by (article, start, end), stable, as ``sort_values`` gives them;
    pandas sorts (the records' ``frame`` when given) when a key may be missing (it puts missing
    values last)."""
    keys = [(r["article"], r["start"], r["end"]) for r in records]
    if all(type(a) is str and type(s) is int and type(e) is int for a, s, e in keys):
        return sorted(range(len(keys)), key=keys.__getitem__)
    if frame is None:
        frame = pd.DataFrame(keys, columns=["article", "start", "end"])
    return list(frame.sort_values(["article", "start", "end"], kind="stable").index)


#: statements (of the article, in order) over which a speaker's line carries
LINE_REACH = 3
#: characters of article text before an unnamed speaker's statement where a protest scene is looked for
PROTEST_WINDOW = 400
# Rules whose stance rests on evidence in the statement itself (not on a default).
_EVIDENCE_RULES = re.compile(r"(?:^|\+)(?:cue|speech-cue|evaluation)(?:\+|$)")


def _speaker_lines(records: list[dict], results: dict[int, list[_Result]], order) -> None:
    """Within an article, a speaker's on-target statements that carry no stance evidence of
    their own take the stance of the nearest statement of the same speaker that does, at most
    ``LINE_REACH`` statements away: an actor's line holds within one report ("Quelque 300
    rassemblements sont prévus", said by a union leader who has just demanded the withdrawal).

    Bounded to the article, so a shift between articles is never smoothed over; the rule says
    ``speaker-line`` and the confidence is at most 0.5.
    """
    by_article: dict[str, list[int]] = {}
    for i in order:
        by_article.setdefault(str(records[i]["article"]), []).append(i)
    for rows in by_article.values():
        place = {i: k for k, i in enumerate(rows)}
        for t in range(len(results[rows[0]]) if rows else 0):
            evidence = [(i, results[i][t]) for i in rows if results[i][t].on_target
                        and results[i][t].stance in ("favor", "against") and _EVIDENCE_RULES.search(results[i][t].rule)]
            if not evidence:
                continue
            for pos, i in enumerate(rows):
                r = results[i][t]
                if not r.on_target or _EVIDENCE_RULES.search(r.rule) or r.rule.endswith(("question", "relay")):
                    continue
                if "speech-cue" in r.rule or r.rule.endswith(("hedge", "+side")):
                    continue
                who = _blank(records[i].get("speaker"))
                if not who:
                    continue
                # within a few statements: further away, or from another voice of the same
                # organisation, the line was wrong more often than right (development topics,
                # 2026-12-03: 1 right in 16)
                same = [(d, j, e) for j, e in evidence if _blank(records[j].get("speaker")) == who
                        and (d := abs(place[j] - pos)) <= LINE_REACH]
                if same:
                    _, j, e = min(same, key=lambda x: (x[0], x[1]))
                    results[i][t] = _Result(r.target, True, e.stance, min(0.5, r.confidence),
                                            r.rule + "+speaker-line", r.hits)


_COUNTRY = re.compile(r"[A-Z]{2}")


def _side(row: dict, target: Target, book: Codebook, *, states: bool = False, before: str = "") -> tuple[str, bool]:
    """The analyst's side for the statement's speaker (name, register id, organisation, then
    country; with ``states``, then the side of the state's listed actors; then, for a speaker
    named only as a marcher or striker, or left unnamed by a protest scene in ``before``, the
    article text just before the statement, the target's ``protesters`` side) and whether the
    analyst listed it (a protesters' side is not listed: it never outranks a cue), or ('', False)."""
    for key in ("speaker", "speaker_id", "organization"):
        side = target.sides.get(fold(_blank(row.get(key))), "")
        if side:
            return side, True
    country = _blank(row.get("country")).upper()
    side = target.side_countries.get(country, "") or (target.state_sides.get(country, "") if states else "")
    if side or target.protesters == "none" or _blank(row.get("speaker")):
        return side, bool(side)
    # "« On est là », chantaient les contestataires": an unnamed marcher speaks for the protest
    mention = normalise(_blank(row.get("speaker_mention")))
    if mention and _search_any(book.cues["protesters"], mention):
        return target.protesters, False
    # "Dans le cortège ... « On garde espoir », assurent-ils": a person the report leaves unnamed
    # in the protest it describes (not a role or a body: "un policier", "la préfecture")
    if before and mention and not _blank(row.get("organization")) \
            and _search_any(book.cues["crowd_voices"], mention.strip()) \
            and _search_any(book.cues["protest_scene"], normalise(before)):
        return target.protesters, False
    return "", False


def with_register(codebook: Codebook, register: Any) -> Codebook:
    """The codebook with each target's sides extended from the actors it lists to their states.

    A state whose listed actors (its leaders, ministers, bodies, or the state itself, found in the
    ``register``) are all on one side, favor or against, is on that side (``state_sides``) for
    statements with no stance evidence of their own, so its other official voices take it too:
    "Emmanuel Macron: against" puts the Élysée, the Quai d'Orsay and an unnamed French diplomat
    against as well. A state listed by its code, or by the name of its row in the register
    ("Chine", "Allemagne"), is listed: all its speakers take that side; a neutral listing (a
    court, a referee) does not count; a state with listed actors on both sides (a prime minister
    for a deal, the parliament against) gets none; and only when the proposition divides states (one state for, another against: a dispute between states), not
    on a domestic reform, where the leader's side is not the side of every state body. Names
    still come first: a listed actor keeps its own side.
    """
    if register is None:
        return codebook
    changed = []
    for t in codebook.targets:
        found: dict[str, set] = {}
        named: dict[str, set] = {}
        for name, side in t.sides.items():
            actor = register.lookup(name)
            code = (getattr(actor, "country", "") or "").upper() if actor is not None else ""
            if not _COUNTRY.fullmatch(code):
                continue
            if actor.type == "country":
                # "Chine: against" names the state, as its code CN would
                named.setdefault(code, set()).add(side)
            if side in ("favor", "against"):
                found.setdefault(code, set()).add(side)
        listed = {code: sides.pop() for code, sides in named.items()
                  if len(sides) == 1 and code not in t.side_countries}
        if listed:
            t = replace(t, side_countries={**t.side_countries, **listed})
        extra = {code: sides.pop() for code, sides in found.items()
                 if len(sides) == 1 and code not in t.side_countries}
        if not {"favor", "against"} <= {*extra.values(), *t.side_countries.values()}:
            # A proposition on which no state is for and another against (a domestic reform, a
            # deal one state's parliament and government split on) has no state camps: its
            # ministries, courts and agencies do not speak for the leader's side.
            extra = {}
        changed.append(replace(t, state_sides=extra) if extra else t)
    if all(a is b for a, b in zip(changed, codebook.targets)):
        return codebook
    return replace(codebook, targets=tuple(changed))


def _unnamed_scene(row: dict, article_texts: Mapping | None) -> str:
    """The PROTEST_WINDOW characters of article text before a statement whose speaker is left
    unnamed (where a protest scene is looked for), else ''."""
    start = _int(row.get("start"))
    if not article_texts or start is None or _blank(row.get("speaker")):
        return ""
    return article_texts.get(str(row["article"]), "")[max(0, start - PROTEST_WINDOW):start]


def _sides(records: list[dict], results: dict[int, list[_Result]], codebook: Codebook,
           article_texts: Mapping | None = None) -> None:
    """An on-target statement without stance evidence of its own takes the side the target file
    gives its speaker (``+side``, confidence at most 0.45); the speaker's line in the article and
    across the corpus then leave it alone. Questions, relays, hedges and speech cues keep their
    own reading. A polar cue against the speaker's side gives way to the side, or with
    ``off_side: cue`` stands; either way it is marked ``+off-side`` (confidence at most 0.4)."""
    with_sides = {k for k, t in enumerate(codebook.targets)
                  if t.sides or t.side_countries or t.state_sides or t.protesters != "none"}
    if not with_sides:
        return
    for i, res in results.items():
        before = None   # the article text before the statement, read once for all targets
        for t, r in enumerate(res):
            if t not in with_sides or not r.on_target:
                continue
            assertion = r.rule.endswith("assertion")
            if assertion and before is None:
                before = _unnamed_scene(records[i], article_texts)
            side, listed = _side(records[i], codebook.targets[t], codebook, states=assertion,
                                 before=before if assertion else "")
            if not side:
                continue
            if assertion:
                res[t] = _Result(r.target, True, side, min(0.45, r.confidence), r.rule + "+side", r.hits)
            elif listed and r.stance in ("favor", "against") and r.stance != side and _EVIDENCE_RULES.search(r.rule):
                # A cue against the speaker's known side is a change of line or a misread cue;
                # on the four development topics it was misread 35 times in 36. By default the
                # side wins (``off_side: side``), marked so the review queue shows it first: a
                # real change is one key press away. ``off_side: cue`` keeps the cue's reading.
                keep = codebook.targets[t].off_side == "cue"
                res[t] = _Result(r.target, True, r.stance if keep else side, min(0.4, r.confidence),
                                 r.rule + "+off-side", r.hits)


def code(statements: pd.DataFrame, *, codebook: Codebook | Path | str | None = None,
         texts: Any = None, long: bool = False) -> pd.DataFrame:
    """Code the stance of each statement toward the codebook's targets.

    Args:
        statements: one row per statement. Needs ``article, start, end, text``; uses when present
            ``cue, cue_start, speaker, country, speaker_type, sentence_start, sentence_end``
            (missing optional columns are treated as empty).
        codebook: a ``Codebook`` or the path of one (default: the target files in ``data/targets/``).
        texts: optional article texts (a Corpus, Articles, or a mapping article id -> text); when
            given, the parties may also be named in the statement's sentence
            (``sentence_start:sentence_end``), e.g. "a proposé aux Etats-Unis d'effectuer ...".
        long: False (default): the same rows, with ``target`` (the best on-target target, or '')
            and ``stance, evidence, confidence, stance_rule`` filled. True: one row per statement
            and target, with an ``on_target`` column (for several targets).

    Returns:
        A new DataFrame (the input is not modified).
    """
    codebook = _book(codebook)
    missing = [c for c in ("article", "start", "end", "text") if c not in statements.columns]
    if missing:
        raise ValueError(f"stance.code: the statements table lacks columns {missing}")
    df = statements.reset_index(drop=True)
    records = _records(df)
    results = _results(records, codebook, _texts(texts), df)

    if long:
        rows = []
        for i in range(len(df)):
            for r in results[i]:
                rec = dict(records[i])
                rec.update(target=r.target, on_target=r.on_target, stance=r.stance,
                           evidence=format_evidence(r.hits), confidence=r.confidence, stance_rule=r.rule)
                rows.append(rec)
        return pd.DataFrame(rows, columns=list(df.columns) + [c for c in CODED_COLUMNS + ["on_target"] if c not in df.columns])

    out = df.copy()
    for col, values in _chosen(results, len(df)).items():
        out[col] = values
    return out


def coding(records: list[dict], *, codebook: Codebook | Path | str | None = None,
           texts: Any = None) -> dict[str, list]:
    """What :func:`code` adds to a table, for statements given as records: one dict per
    statement with the table's columns (str and int values, as the tagger's rows), in order.

    Returns:
        ``CODED_COLUMNS`` -> one value per record: the columns ``code`` sets, with the same values.
        The tagger builds its table once with them instead of coding a table it built before.
    """
    return _chosen(_results(records, _book(codebook), _texts(texts)), len(records))


def _book(codebook: Codebook | Path | str | None) -> Codebook:
    """A loaded codebook, its path loaded, or the default target files."""
    if codebook is None or isinstance(codebook, (str, Path)):
        return load_codebook(codebook or paths.CODEBOOK)
    return codebook


def _chosen(results: dict[int, list[_Result]], n: int) -> dict[str, list]:
    """Each statement's coding: its most confident on-target result, or none."""
    chosen = []
    for i in range(n):
        on = [r for r in results[i] if r.on_target]
        best = max(on, key=lambda r: r.confidence) if on else None   # max keeps codebook order on ties
        if best is None:
            rule = min(results[i], key=lambda r: r.confidence).rule if results[i] else "no-topic"
            conf = min((r.confidence for r in results[i]), default=0.9)
            chosen.append(("", "none", "", conf, rule))
        else:
            chosen.append((best.target, best.stance, format_evidence(best.hits), best.confidence, best.rule))
    return {col: [c[j] for c in chosen] for j, col in enumerate(CODED_COLUMNS)}


def _distance(starts: list[int], lo: int | None, hi: int | None) -> int:
    """Characters from the span [lo, hi) to the nearest of ``starts`` (sorted) outside it; 0 if unknown."""
    if lo is None or hi is None or not starts:
        return 0
    i = bisect.bisect_left(starts, lo)
    if i < len(starts) and starts[i] < hi:
        return 0
    before = lo - starts[i - 1] if i > 0 else None
    after = starts[i] - hi if i < len(starts) else None
    return min(d for d in (before, after) if d is not None)


def _results(records: list[dict], codebook: Codebook, article_texts: Mapping,
             frame: pd.DataFrame | None = None) -> dict[int, list[_Result]]:
    """Every statement's result for every target (record position -> results in codebook order)."""
    order = _order(records, frame)
    results: dict[int, list[_Result]] = {}
    # (article, target) -> (end, stance, speaker) of the last on-target statement: anaphora and
    # implicit parties only look back within the article, so coding stays linear and streamable.
    last_on: dict[tuple[str, str], tuple[int, str, str, str]] = {}
    observers: set[tuple[str, str, bool]] = set()   # (article, speaker, stateless rule) known observers
    # Articles about each target: its topic words occur at least `context_min` times in the text
    # (in proportion in a shorter one).
    on_topic: dict[tuple[str, str], bool] = {}
    topic_at: dict[tuple[str, str], list[int]] = {}   # where the topic words stand (sorted)
    for art, txt in article_texts.items():
        norm = normalise(txt)
        for target in codebook.targets:
            if target.context == "article":
                hits = _dedupe(_find(target.topic, norm, 0, len(norm), "topic"))
                # A topic word in the headline or the lead says what the article is about: it
                # counts twice ("Le pass sanitaire vaut « mieux qu'un confinement », a fait savoir ...").
                lead = sum(1 for h in hits if h.start < LEAD_CHARS)
                # A short dispatch names its topic less often: the count is scaled to an article
                # of ARTICLE_CHARS, so a brief of half that length needs half the mentions.
                scale = max(1.0, ARTICLE_CHARS / max(len(norm), 1))
                on_topic[(art, target.id)] = (len(hits) + lead) * scale >= target.context_min
                topic_at[(art, target.id)] = [h.start for h in hits]
    for i in order:
        row = records[i]
        art = str(row["article"])
        sentence = ""
        ss, se = _int(row.get("sentence_start")), _int(row.get("sentence_end"))
        if art in article_texts and ss is not None and se is not None:
            sentence = article_texts[art][ss:se]
        speaker = str(row.get("speaker", "") or "").strip()
        # relay[True]: for targets whose parties are states (stateless unregistered persons are
        # observers); relay[False]: for other targets.
        relay_by = {}
        for stateless in (True, False):
            r_ = _is_relay(row, codebook, stateless=stateless)
            if _is_observer(row, codebook, stateless=stateless) and speaker:
                observers.add((art, speaker, stateless))
            # "Selon lui, ...": a later mention of the same analyst by a pronoun.
            relay_by[stateless] = r_ or ((art, speaker, stateless) in observers and not _blank(row.get("country")))
        res = []
        ctry = _blank(row.get("country")).upper()
        start = _int(row["start"]) or 0
        content = normalise(str(row.get("text", "") or ""))
        anaphor_all = _search_any(codebook.cues["anaphora"], content)
        weak = _search_any(codebook.cues["anaphora_weak"], content)
        hedged = _search_any(codebook.cues["hedge"], normalise(str(row.get("cue", "") or "")) + " " + content)
        # "en expliquant que ...", "a-t-il justifié": a reason for what the speaker just said
        explains = _search_any(codebook.cues["explanation"], normalise(str(row.get("cue", "") or "")))
        for target in codebook.targets:
            prev = last_on.get((art, target.id))
            near = prev is not None and 0 <= start - prev[0] <= target.anaphora_window
            # A definite "l'accord", "le plan" anywhere in the content refers back only when the
            # same speaker goes on, or when the statement is a no-comment / wait-and-see about it;
            # a speaker's own no-comment or wait-and-see right after their on-target statement
            # ("Il faudra voir ...", a-t-il ajouté) is about the same thing.
            same = near and bool(speaker) and prev[2] == speaker
            anaphor = anaphor_all or _search_any(target.anaphora, content)
            relay = relay_by[target.state_parties]
            inherited = near and (anaphor or (weak and (same or hedged)) or (hedged and same)
                                  or (same and explains))
            r = _code_one(row, target, codebook, sentence=sentence, relay=relay,
                          inherited=bool(inherited), context=near, article_text=article_texts.get(art),
                          antecedent=prev[1] if near else "", on_topic_article=on_topic.get((art, target.id), False),
                          topic_distance=_distance(topic_at.get((art, target.id), []), ss, se))
            if r.on_target:
                last_on[(art, target.id)] = (_int(row["end"]) or start, r.stance, speaker, ctry)
            res.append(r)
        results[i] = res

    # The analyst's sides before the speaker's line in the article: a known side proved surer
    # than the line read from a neighbouring statement's cues (development topics, 2026-12-01).
    _sides(records, results, codebook, article_texts)
    _speaker_lines(records, results, order)
    return results


# ----------------------------------------------------------------------------- reviews
# The review ledger lives in helpers.reviews; these wrappers keep the older names working.

def read_annotations(annotations: Path | str = paths.ANNOTATIONS, **kwargs: Any) -> pd.DataFrame:
    """All valid analyst reviews; bad rows reported and skipped (see ``reviews.read``)."""
    from . import reviews

    return reviews.read(annotations, **kwargs)


def apply_reviews(coded: pd.DataFrame, *, annotations: Path | str = paths.ANNOTATIONS, **kwargs: Any) -> pd.DataFrame:
    """The coded statements with the analysts' decisions applied (see ``reviews.apply``)."""
    from . import reviews

    return reviews.apply(coded, annotations=annotations, **kwargs)


def speaker_lines(coded: pd.DataFrame, *, days: int = 90) -> pd.DataFrame:
    """Across the corpus, a speaker's on-target statements that carry no stance evidence of their
    own (rule ``...assertion``) take the stance of the same speaker's nearest statement in time,
    within ``days``, that does (an explicit cue or evaluation): the actor's line at that moment.

    Never across a longer gap, and never over a statement with evidence of its own, so a shift
    (a new line stated in so many words) is kept; the rule gains ``+speaker-line`` and the
    confidence is at most 0.4. Statements without a date use their publication date. Of two
    sources equally near (in whole days), the one earlier in the table. A corpus too large for
    one table goes through :class:`SpeakerLines` batch by batch, with the same result.

    Args:
        coded: the output of ``code`` over several articles (``article, speaker, target, stance,
            stance_rule, confidence`` and ``date`` or ``published`` when present).

    Returns:
        A copy with ``stance``, ``stance_rule`` and ``confidence`` updated where a line applies.
    """
    out = coded.copy()
    if out.empty or not {"speaker", "target", "stance", "stance_rule"} <= set(out.columns):
        return out
    lines = SpeakerLines(days=days)
    lines.add(out)
    return lines.apply(out, 0)


class SpeakerLines:
    """:func:`speaker_lines` over a stream of coded tables (``add`` them in corpus order, then
    ``apply`` the result to each again), in memory that grows by a few bytes per statement
    with evidence or without it (integer arrays), not by the statements themselves."""

    _DAY = 86_400 * 10**9  # nanoseconds

    def __init__(self, *, days: int = 90) -> None:
        self.days = days
        self.keys: dict[tuple[str, str], int] = {}
        self.ev = (array("i"), array("q"), array("q"), array("b"))   # key, when (ns), row, favor?
        self.bare = (array("i"), array("q"), array("q"))              # key, when (ns), row
        self.n = 0
        self._updates: tuple[np.ndarray, np.ndarray] | None = None

    def add(self, coded: pd.DataFrame) -> None:
        """Read one table's speakers, targets, dates and codings (rows numbered on from the last)."""
        n0, self.n, self._updates = self.n, self.n + len(coded), None
        if coded.empty or not {"speaker", "target", "stance", "stance_rule"} <= set(coded.columns):
            return
        when = pd.to_datetime(coded.get("date", pd.Series("", index=coded.index)).replace("", pd.NA), errors="coerce")
        if "published" in coded:
            when = when.fillna(pd.to_datetime(coded["published"].replace("", pd.NA), errors="coerce"))
        rule = coded["stance_rule"].astype(str)
        speaker = coded["speaker"].fillna("").astype(str).str.strip()
        stance_ = coded["stance"]
        evidence = rule.map(lambda r: bool(_EVIDENCE_RULES.search(r))) & stance_.isin(["favor", "against"])
        target = coded["target"]
        bare = rule.str.endswith("assertion") & (target.astype(str) != "") & (speaker != "")
        keep = (evidence | bare) & (speaker != "") & when.notna()
        ns = when.to_numpy(dtype="datetime64[ns]").astype("int64").tolist()
        # Plain lists: one pandas look-up per cell cost more than the rest of the linking.
        target, speaker, stance_ = target.tolist(), speaker.tolist(), stance_.tolist()
        evidence, bare = evidence.to_numpy(dtype=bool).tolist(), bare.to_numpy(dtype=bool).tolist()
        for pos in np.flatnonzero(keep.to_numpy(dtype=bool)).tolist():
            key = self.keys.setdefault((target[pos], speaker[pos]), len(self.keys))
            if evidence[pos]:
                for col, value in zip(self.ev, (key, ns[pos], n0 + pos, stance_[pos] == "favor")):
                    col.append(value)
            if bare[pos]:
                for col, value in zip(self.bare, (key, ns[pos], n0 + pos)):
                    col.append(value)

    def updates(self) -> tuple[np.ndarray, np.ndarray]:
        """(rows that take a line, in order; 1 where the line is favor, 0 against)."""
        if self._updates is not None:
            return self._updates
        ev_key, ev_when, ev_row, ev_favor = (np.frombuffer(a, dtype=a.typecode) if len(a) else np.zeros(0, a.typecode)
                                             for a in self.ev)
        order = np.lexsort((ev_row, ev_when, ev_key))
        ev_key, ev_when, ev_row, ev_favor = ev_key[order], ev_when[order], ev_row[order], ev_favor[order]
        bounds = np.searchsorted(ev_key, np.arange(len(self.keys) + 1))
        day, rows, favor = self._DAY, [], []
        for key, t, i in zip(*self.bare):
            lo, hi = bounds[key], bounds[key + 1]
            if lo == hi:
                continue
            w = ev_when[lo:hi]
            pos = int(np.searchsorted(w, t))
            gaps = [(t - int(w[pos - 1])) // day] if pos else []
            gaps += [(int(w[pos]) - t) // day] if pos < len(w) else []
            g = min(gaps)
            if g > self.days:
                continue
            # Every source at g whole days, before or after: the one earliest in the table.
            left = slice(np.searchsorted(w, t - (g + 1) * day, "right"), np.searchsorted(w, t - g * day, "right"))
            right = slice(np.searchsorted(w, t + g * day), np.searchsorted(w, t + (g + 1) * day))
            cand = np.concatenate((ev_row[lo:hi][left], ev_row[lo:hi][right]))
            j = int(cand.min())
            rows.append(i)
            favor.append(int(ev_favor[lo:hi][np.flatnonzero(ev_row[lo:hi] == j)[0]]))
        rows_a, favor_a = np.asarray(rows, dtype="int64"), np.asarray(favor, dtype="int8")
        order = np.argsort(rows_a, kind="stable")
        self._updates = (rows_a[order], favor_a[order])
        return self._updates

    def apply(self, coded: pd.DataFrame, first_row: int) -> pd.DataFrame:
        """``coded`` (rows ``first_row`` on, as added) with the lines applied (a copy when any)."""
        rows, favor = self.updates()
        lo, hi = np.searchsorted(rows, [first_row, first_row + len(coded)])
        if lo == hi:
            return coded
        out = coded.copy()
        col = {c: out.columns.get_loc(c) for c in ("stance", "stance_rule", "confidence")}
        for i, f in zip(rows[lo:hi] - first_row, favor[lo:hi]):
            out.iat[i, col["stance"]] = "favor" if f else "against"
            out.iat[i, col["stance_rule"]] = str(out.iat[i, col["stance_rule"]]) + "+speaker-line"
            out.iat[i, col["confidence"]] = min(0.4, float(out.iat[i, col["confidence"]] or 0.4))
        return out
