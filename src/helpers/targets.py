"""Targets: the propositions statements take a stance toward, one small YAML file each.

A target file (``data/targets/<id>.yaml``) is written by the analyst in plain French and checked
against a declared schema (:class:`TargetSpec`, pydantic): every error names the file, the key and
the reason. A minimal target::

    id: retraites_2023
    label: Réforme des retraites 2023
    definition: Le report de l'âge légal de départ à la retraite de 62 à 64 ans.
    topic: [réforme des retraites, âge légal, 64 ans, report de l'âge, la réforme]
    against: [grève, abroger, injuste]          # optional: this target's own cue words
    examples:
      favor: ["Cette réforme est indispensable pour sauver notre système"]
      against: ["Nous demandons le retrait de la réforme"]

Words and phrases are matched with their inflections (``helpers.wordforms``: "la réforme" also
finds "cette réforme", "renégocier" finds "renégociera"); experts may add regular expressions
under ``patterns``. The general French cue lexicons (negation, refusal, proposal, acceptance,
conditions, no-comment, threats, relays ...) are shared by every target and live in
``data/lexicons/stance.yaml``. ``examples`` are executable: ``python -m helpers target check``
codes each one and reports those coded otherwise (see :func:`check`).

Keys:

- ``id``, ``label`` (``label_en`` for English figures), ``definition`` (one sentence),
  ``topic`` (words or phrases; required unless ``patterns.topic`` is given);
- ``undoes``: for a proposition that undoes something (a withdrawal, an exit, an abolition:
  "the US exit from the Iran deal"), the words naming what it undoes ("accord nucléaire",
  "l'accord"). They put a statement on target like topic words, and a clause whose only topic
  words are these reads the general cues the other way round: supporting, applying or preserving
  the deal argues against leaving it, rejecting it argues for it. The target's own cue words are
  read as written (they are about the proposition); a topic phrase that holds the object
  ("sortie de l'accord") is the proposition itself;
- ``parties``: for a two-sided proposition (a cooperation between two states), party id -> words
  naming that side; every side must be involved for a statement to be on target. An id that is
  an ISO country code also matches the speaker's country ("nous" is the speaker's side);
- ``favor``, ``against``, ``neutral``: this target's own cue words, added to the general lexicon
  for this target only (threat words against a proposal, its opponents' slogans);
- ``sides``: ``favor`` / ``against`` / ``neutral`` -> actors whose side on the proposition the
  analyst knows (register names or ids, organisations, or a state for its official voices: its
  ISO country code or the name of its row in the register, "CN" or "Chine"). An on-target
  statement with no stance evidence of its own takes its speaker's side: "Quelque 300 rassemblements sont prévus", said by a union against a reform
  (``+side`` in ``stance_rule``; this comes before the speaker's line read from their other
  statements, which proved less sure). A cue against the speaker's side is far more often a
  misread cue than a change of line (35 times in 36 on the development topics): the side wins,
  the rule says ``+off-side`` and the review queue shows it first, where a real change of line
  is one key press away. When the sides put one state for and another against, a state whose
  listed actors are all on one side is on it too, for statements without evidence of their own
  (``stance.with_register``; applied by the pipeline with its register);
- ``off_side``: ``side`` (the default, above) or ``cue``: keep the cue's reading against the
  speaker's side (still marked ``+off-side``), to follow the changes of line of the actors
  listed without reviewing;
- ``protesters``: the side of a speaker the article names only as a marcher or striker ("une
  manifestante", "les contestataires", "un gréviste"; lexicon ``cues.protesters``), or leaves
  unnamed in the protest scene it has just described (a pronoun or a plain person, "ils", "une
  femme", lexicon ``cues.crowd_voices``, after "le cortège", "les manifestants" in the 400
  characters before, ``cues.protest_scene``) when the
  statement has no stance evidence of its own: ``against`` (the default: a street protest in an
  article about a reform, a treaty or a measure is against it), ``favor`` (marchers demanding
  the proposition), ``neutral`` or ``none`` (no side). A named or listed speaker keeps their own;
- ``exclude``: words that put a statement about the topic out of scope (another policy); in an
  article about the proposition they also keep off target a statement that names one of them
  and no topic word ("un report du Brexit" when the target is the withdrawal deal);
- ``anaphora``: words that refer back to the proposition ("cette réforme", "le texte");
- ``default``: the stance of an on-target statement in which no cue at all is found: ``neutral``
  (the default: no evidence, no side), ``favor`` (for a proposition whose mere assertion is
  support, e.g. "joint strikes took place"), or ``none``;
- ``context``: ``article`` (the default) puts on target the statements of an article about the
  proposition (its topic words occur ``context_min`` times, default 2, in proportion in a text
  shorter than an ordinary article of 4,000 characters) even when their own words
  name no topic word, unless they name an excluded one or stand more than ``context_reach``
  characters (default 1,200, about three paragraphs; 0 for no limit) from the article's nearest
  topic word; ``none`` reads only the statement's own
  words and anaphora (for a two-sided proposition among others in the same articles);
- ``examples``: stance -> sentences, each of which must be coded as labelled;
- ``include``, ``out_of_scope``: notes for coders (not used by the coder);
- ``anaphora_window``, ``party_window``: characters of context (defaults 900 and 0);
- ``patterns``: regular expressions for experts: ``topic``, ``exclude``, ``parties``,
  ``both_parties``, ``pair_anaphora``, ``rupture``, ``only_contact``, ``third_parties``,
  ``anaphora``, ``demonstrative``.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, field_validator, model_validator

STANCES = ("favor", "against", "neutral", "none")


class CodebookError(ValueError):
    """A target or lexicon file is missing, unreadable or malformed (the message names file and problem)."""


_Words = list[str]
# The settings that take one of a few words.
_CHOICES = {"default": ("favor", "neutral", "against", "none"), "context": ("article", "none"),
            "off_side": ("side", "cue"), "protesters": ("against", "favor", "neutral", "none")}


def _words(value: Any) -> Any:
    """A word list as given (a lone string is a list of one); pydantic reports what is not one."""
    if isinstance(value, str):
        value = [value]
    if isinstance(value, list):
        out = []
        for i, w in enumerate(value):
            if not isinstance(w, (str, int, float)) or not str(w).strip():
                raise ValueError(f"item {i} must be a non-empty word or phrase, got {w!r}")
            out.append(str(w).strip())
        return out
    return value


class Example(BaseModel):
    """A labelled example: the statement's words, the speaker's country (whose side "nous" is,
    for a two-sided target) and, for an anaphoric example, the on-target statement it follows."""

    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1)
    country: str = ""
    context: str = ""


class Patterns(BaseModel):
    """Regular expressions for experts (matched case-insensitively, a space = any whitespace)."""

    model_config = ConfigDict(extra="forbid")
    topic: _Words = Field(default_factory=list)
    exclude: _Words = Field(default_factory=list)
    parties: dict[str, _Words] = Field(default_factory=dict)
    both_parties: _Words = Field(default_factory=list)
    pair_anaphora: _Words = Field(default_factory=list)
    rupture: _Words = Field(default_factory=list)
    only_contact: _Words = Field(default_factory=list)
    third_parties: _Words = Field(default_factory=list)
    anaphora: _Words = Field(default_factory=list)
    demonstrative: _Words = Field(default_factory=list)

    @model_validator(mode="after")
    def _regexes_compile(self) -> "Patterns":
        for key, value in self:
            items = [(f"{key}.{k}", x) for k, v in value.items() for x in v] if isinstance(value, dict) \
                else [(key, x) for x in value]
            for where, rx in items:
                try:
                    re.compile(rx)
                except re.error as exc:
                    raise ValueError(f"{where}: {rx!r} is not a valid regular expression ({exc})") from None
        return self


class TargetSpec(BaseModel):
    """The schema of a target file (see the module docstring for what each key means)."""

    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=r"^[a-z0-9_]+$")
    label: str = Field(min_length=1)
    label_en: str = ""
    definition: str = Field(min_length=1)
    topic: _Words = Field(default_factory=list)
    undoes: _Words = Field(default_factory=list)
    parties: dict[str, _Words] = Field(default_factory=dict)
    sides: dict[str, _Words] = Field(default_factory=dict)
    off_side: str = "side"
    protesters: str = "against"
    favor: _Words = Field(default_factory=list)
    against: _Words = Field(default_factory=list)
    neutral: _Words = Field(default_factory=list)
    exclude: _Words = Field(default_factory=list)
    third_parties: _Words = Field(default_factory=list)
    anaphora: _Words = Field(default_factory=list)
    default: str = "neutral"
    examples: dict[str, list[str | Example]] = Field(default_factory=dict)
    include: list[str] = Field(default_factory=list)
    out_of_scope: list[str] = Field(default_factory=list)
    context: str = "article"
    context_min: int = Field(default=2, ge=1)
    context_reach: int = Field(default=1200, ge=0)
    anaphora_window: int = Field(default=900, ge=0)
    party_window: int = Field(default=0, ge=0)
    patterns: Patterns = Field(default_factory=Patterns)

    @field_validator("topic", "undoes", "favor", "against", "neutral", "exclude", "third_parties", "anaphora", mode="before")
    @classmethod
    def _plain_words(cls, value: Any) -> Any:
        return _words(value)

    @field_validator("sides", mode="before")
    @classmethod
    def _sides(cls, value: Any) -> Any:
        if not isinstance(value, dict):
            raise ValueError("must map favor / against / neutral to lists of actor names")
        bad = sorted(set(map(str, value)) - {"favor", "against", "neutral"})
        if bad:
            raise ValueError(f"unknown side(s) {bad} (favor, against or neutral)")
        seen: dict[str, str] = {}
        out = {}
        for side, names in value.items():
            out[side] = _words(names or [])
            if not isinstance(out[side], list):
                raise ValueError(f"{side}: must be a list of actor names, got {names!r}")
            for name in out[side]:
                key = name.casefold()
                if seen.setdefault(key, side) != side:
                    raise ValueError(f"{name!r} is on two sides ({seen[key]} and {side})")
        return out

    @field_validator("off_side", "default", "context", "protesters")
    @classmethod
    def _one_of(cls, value: str, info: ValidationInfo) -> str:
        allowed = _CHOICES[info.field_name]
        if value not in allowed:
            raise ValueError(f"must be {', '.join(allowed[:-1])} or {allowed[-1]}, got {value!r}")
        return value

    @field_validator("examples")
    @classmethod
    def _example_stances(cls, value: dict) -> dict:
        bad = sorted(set(value) - set(STANCES))
        if bad:
            raise ValueError(f"examples for unknown stance(s) {bad} (one of {list(STANCES)})")
        return {k: [Example(text=x) if isinstance(x, str) else x for x in v or []] for k, v in value.items()}

    @model_validator(mode="after")
    def _has_topic(self) -> "TargetSpec":
        if not self.topic and not self.patterns.topic:
            raise ValueError("a target needs `topic` words (or `patterns.topic` regular expressions)")
        return self


def validate(raw: Any, path: Path | str) -> TargetSpec:
    """The validated target of a parsed YAML file.

    Raises:
        CodebookError: naming the file, each offending key and why.
    """
    if not isinstance(raw, dict):
        raise CodebookError(f"{path}: a target file must be a mapping (id, label, definition, topic ...), "
                            f"got {type(raw).__name__}")
    try:
        return TargetSpec.model_validate(raw)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            where = ".".join(str(x) for x in err["loc"]) or "(file)"
            msg = err["msg"].removeprefix("Value error, ")
            if err["type"] == "extra_forbidden":
                msg = "unknown key (see helpers.targets for the keys a target file may have)"
            problems.append(f"{where}: {msg}")
        raise CodebookError(f"{path}: " + "; ".join(problems)) from None


# ----------------------------------------------------------------------------- checking a target

def code_examples(target_id: str, codebook) -> "pd.DataFrame":
    """Code every example of a target as a statement of its own (after its ``context`` statement
    when it has one), with the general lexicon and only this target.

    Returns:
        One row per example: ``expected, coded, ok, rule, evidence, text``.
    """
    import pandas as pd

    from . import stance

    target = codebook.target(target_id)
    book = stance.Codebook(path=codebook.path, version=codebook.version, stances=codebook.stances,
                           precedence=codebook.precedence, targets=(target,), cues=codebook.cues,
                           negation=codebook.negation)
    rows = []
    for expected, examples in target.examples.items():
        for ex in examples:
            ex = ex if isinstance(ex, Example) else Example(text=str(ex))
            parts = ([ex.context] if ex.context else []) + [ex.text]
            table, pos = [], 0
            for i, words in enumerate(parts):
                table.append({"article": "example", "start": pos, "end": pos + len(words), "text": words,
                              "cue": "a déclaré", "speaker": "Porte-parole", "speaker_mention": "le porte-parole",
                              "speaker_type": "person", "country": ex.country, "organization": "", "speaker_id": ""})
                pos += len(words) + 2
            coded = stance.code(pd.DataFrame(table), codebook=book).iloc[-1]
            rows.append({"expected": expected, "coded": coded["stance"], "ok": coded["stance"] == expected,
                         "rule": coded["stance_rule"], "evidence": coded["evidence"], "text": ex.text})
    return pd.DataFrame(rows, columns=["expected", "coded", "ok", "rule", "evidence", "text"])


def unknown_sides(target, register) -> list[str]:
    """The ``sides`` entries of a coder's target (``stance.Target``) that name no actor of the
    register (name, alias or id): they only match a speaker written exactly so, and are often a
    typo or a name the register spells otherwise."""
    ids = {i.casefold() for i in register.actors}
    return sorted(name for name in target.sides
                  if register.lookup(name) is None and name.casefold() not in ids)


_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")
# "l'accès", "jusqu'au": the word after the elided article or conjunction
_ELISION = re.compile(r"^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)'")


@functools.cache
def _common_words() -> frozenset[str]:
    """``data/lexicons/common_words.txt`` and the corpus's French function words
    (``cleaning.load_function_words``), read once."""
    from . import cleaning, paths

    path = paths.LEXICONS / "common_words.txt"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise CodebookError(f"{path}: cannot be read ({err.strerror or err})") from err
    listed = frozenset(w for line in lines if not line.lstrip().startswith("#") for w in line.split())
    return listed | cleaning.load_function_words().get("fr", frozenset())


def context_words(statements: "pd.DataFrame", target, *, top: int = 10, min_count: int = 2) -> "pd.DataFrame":
    """Words that stand out in the statements put on target by their article alone.

    In an article about the proposition (``context: article``), a statement with no topic word of
    its own is on target. The words such statements name more often than the corpus's other
    statements do are what to read first: another question the article also covers (a candidate
    for ``exclude``: "report" beside a withdrawal deal) or this one under another name (for
    ``topic``).

    Args:
        statements: coded statements (``target, stance_rule, text``).

    Returns:
        ``word, statements, elsewhere`` (statements naming the word among those put on target by
        the article, and the share of the other statements that name it), most frequent first;
        only words in ``min_count`` statements or more and at least twice as frequent there.
    """
    import pandas as pd

    from . import stance

    common = _common_words()

    def words(text: Any) -> set[str]:
        norm = stance.normalise(str(text or ""))
        for p in target.topic:   # the topic words themselves are known
            norm = p.sub(" ", norm)
        folded = (w.casefold().replace("’", "'") for w in _WORD.findall(norm))
        # ("d'accord" is agreeing, not the word "accord")
        found = (_ELISION.sub("", w) for w in folded if w not in common)
        return {w for w in found if len(w) >= 4 and w not in common}

    columns = ["word", "statements", "elsewhere"]
    if statements.empty:
        return pd.DataFrame(columns=columns)
    by_context = (statements["target"].astype(str) == target.id) & statements["stance_rule"].astype(str).str.contains(
        r"\barticle\b")
    inside = [words(t) for t in statements.loc[by_context, "text"]]
    outside = [words(t) for t in statements.loc[~by_context, "text"]]
    if not inside:
        return pd.DataFrame(columns=columns)
    count_in = Counter(w for ws in inside for w in ws)
    count_out = Counter(w for ws in outside for w in ws)
    rows = []
    for word, n in count_in.items():
        share_in, share_out = n / len(inside), count_out[word] / max(len(outside), 1)
        if n >= min_count and share_in >= 2 * share_out:
            rows.append((word, n, round(share_out, 3)))
    rows.sort(key=lambda r: (-r[1], r[2], r[0]))
    return pd.DataFrame(rows[:top], columns=columns)


def near_misses(statements: "pd.DataFrame", texts: dict[str, str], target, *, width: int = 60) -> "pd.DataFrame":
    """Statements left off the target although their sentence names one of its topic words: where
    a topic word or an anaphora may be missing from the target (keyword in context).

    Args:
        statements: coded statements (``article, start, end, text, sentence_start, sentence_end,
            target, speaker``).
        texts: article id -> text.

    Returns:
        ``article, speaker, topic_word, left, statement, right`` (the statement between its left and
        right context in the article).
    """
    import pandas as pd

    from . import stance

    rows = []
    off = statements[statements["target"].astype(str) != target.id]
    for r in off.itertuples(index=False):
        text = texts.get(str(r.article), "")
        ss, se = int(getattr(r, "sentence_start", r.start)), int(getattr(r, "sentence_end", r.end))
        sentence = stance.normalise(text[ss:se])
        hit = next((m for p in target.topic for m in [p.search(sentence)] if m), None)
        if hit is None:
            continue
        left = " ".join(text[max(0, r.start - width):r.start].split())
        right = " ".join(text[r.end:r.end + width].split())
        rows.append({"article": r.article, "speaker": r.speaker, "topic_word": hit.group(0),
                     "left": left, "statement": " ".join(str(r.text).split()), "right": right})
    return pd.DataFrame(rows, columns=["article", "speaker", "topic_word", "left", "statement", "right"])
