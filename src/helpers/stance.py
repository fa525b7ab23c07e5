"""Stance of each statement toward the codebook's propositions, and the analysts' reviews.

The codebook (``data/codebook.yaml``) names the targets (propositions), the stances and the cue
lexicons; this module applies them. The rules, in the order they are applied to one statement
and one target:

1. **On target?** A ``topic`` term of the target in the statement's content (its own span, never
   the headline or the narrator's words around it), not cancelled by an ``exclude`` term in the
   same clause, with both ``parties`` involved: named in the content, in the speech cue, in the
   sentence (when the article texts are given), or being the speaker's own country. A third
   party speaking of cooperating "avec la Russie et les Etats-Unis" is not the two parties
   cooperating with each other; a third state in the clause of the topic term ("des avions russes
   et turcs ... opération conjointe") needs both parties named in the content itself.
   A content that is an anaphora ("l'offre", "ces affirmations", "les commenter", "Cette
   coopération ...") inherits the target of the previous on-target statement of the same article
   within the target's ``anaphora_window``.
2. **Cues in the clause of the topic term.** Negation (``ne ... pas/plus/jamais/aucun/rien/guère``,
   ``pas de``, ``aucun``, ``sans``, ``ni``) is attached to the first cue or topic term after it in
   the clause: a negated topic term is a denial ("ne coordonne pas les frappes"), a negated
   refusal is openness ("n'exclut pas"), a negated acceptance is a refusal ("pas d'accord pour").
   Hedges and "not the time" expressions are matched first, with their own negation.
3. **The speech cue of the statement** ("a démenti", "a rejeté l'offre", "a proposé",
   "n'a pas souhaité") applies to the whole content: a reported refusal of someone else's proposal
   is the speaker's refusal, whatever proposal words the content quotes.
4. **Decision**: against > favor > neutral (``precedence`` in the codebook); an on-target
   assertion without any cue is ``favor`` ("asserts that it is happening"). A rhetorical question
   inverts the polarity, a plain question is ``neutral``; a news outlet relaying another actor's
   position is ``neutral`` (relay).

Confidence (0-1) says how the stance was decided, not a probability: 0.9 an explicit cue,
0.8 the speech cue only, 0.6 a bare assertion, minus 0.2 when cues of two stances conflict,
minus 0.1 for a condition, 0.5 for a question; times 0.8 when the target was inherited by
anaphora. ``none`` is 0.9 without any topic term and 0.6 when a topic term was rejected (parties,
exclusion, third party).

Evidence is a readable and machine-usable string: ``word@start-end(role)`` items separated by
``"; "``, with absolute offsets into the article text (``article.text[start:end] == word``).
"""
from __future__ import annotations

import csv
import logging
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping

import pandas as pd
import yaml

from . import paths

log = logging.getLogger(__name__)

STANCES = ("favor", "against", "neutral", "none")
#: Columns of the analysts' annotations CSV (``data/annotations/*.csv``); the explorer appends rows
#: with exactly these columns and ``apply_reviews`` reads them.
REVIEW_COLUMNS = ["article", "start", "end", "target", "stance", "speaker", "note", "annotator", "recorded"]
#: Columns ``code`` adds (or fills) on the statements table.
CODED_COLUMNS = ["target", "stance", "evidence", "confidence", "stance_rule"]

_CUE_LISTS = ("refusal", "denial", "not_now", "suspension", "proposal", "acceptance", "hedge",
              "condition", "qualifier", "rhetorical", "partner_markers", "clause_boundaries",
              "anaphora", "relay_speakers", "first_person")
_TARGET_LISTS = ("topic", "exclude", "third_parties")

# Same-length normalisation so that offsets survive: typographic apostrophes and quotes, and
# non-breaking or line-breaking whitespace, become their plain forms.
_NORMALISE = str.maketrans({
    "’": "'", "‘": "'", "ʼ": "'", "`": "'",
    "«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "+": " ",
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\n": " ", "\r": " ", "\t": " ",
})
_TOKEN = re.compile(r"\b[nN]'|\w+(?:-\w+)*")


class CodebookError(ValueError):
    """The codebook file is missing, unreadable or malformed (the message names file and problem)."""


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
    anaphora_window: int = 700
    include_notes: list[str] = field(default_factory=list)
    exclude_notes: list[str] = field(default_factory=list)
    examples: dict[str, list[str]] = field(default_factory=dict)


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


def load_codebook(path: Path | str = paths.CODEBOOK) -> Codebook:
    """Read and validate the codebook YAML.

    Args:
        path: the codebook file (default ``data/codebook.yaml``).

    Returns:
        A ``Codebook`` with compiled patterns.

    Raises:
        CodebookError: missing file, bad YAML, missing sections, unknown stances, invalid regexes;
            the message names the file and the problem.
    """
    path = Path(path)
    if not path.is_file():
        raise CodebookError(f"{path}: codebook file not found")
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise CodebookError(f"{path}: cannot read the codebook as UTF-8 YAML ({exc})") from None
    if not isinstance(raw, dict):
        raise CodebookError(f"{path}: the codebook must be a mapping with 'stances', 'targets' and 'cues'")
    for key in ("stances", "targets", "cues"):
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
        cues[name] = _compile(cues_raw[name], f"cues.{name}", path)
    neg = cues_raw.get("negation")
    if not isinstance(neg, dict) or not neg.get("heads") or not neg.get("second_parts"):
        raise CodebookError(f"{path}: cues.negation needs 'heads' and 'second_parts'")
    negation = Negation(
        heads=frozenset(str(h).lower() for h in neg["heads"]),
        second_parts=frozenset(str(s).lower() for s in neg["second_parts"]),
        standalone=_compile(neg.get("standalone"), "cues.negation.standalone", path),
        not_negation=_compile(neg.get("not_negation"), "cues.negation.not_negation", path),
        max_gap=int(neg.get("max_gap", 6)),
    )
    targets_raw = raw["targets"]
    if not isinstance(targets_raw, list) or not targets_raw:
        raise CodebookError(f"{path}: 'targets' must be a non-empty list")
    targets, seen = [], set()
    for i, t in enumerate(targets_raw):
        where = f"targets[{i}]"
        if not isinstance(t, dict) or not t.get("id"):
            raise CodebookError(f"{path}: {where} needs an 'id'")
        tid = str(t["id"])
        if not re.fullmatch(r"[a-z0-9_]+", tid):
            raise CodebookError(f"{path}: {where}.id {tid!r} must be lowercase letters, digits and underscores")
        if tid in seen:
            raise CodebookError(f"{path}: target id {tid!r} appears twice")
        seen.add(tid)
        for key in ("label", "definition", "topic", "parties"):
            if not t.get(key):
                raise CodebookError(f"{path}: target {tid!r} has no {key!r}")
        parties = t["parties"]
        if not isinstance(parties, dict) or len(parties) < 1:
            raise CodebookError(f"{path}: target {tid!r}: 'parties' must map party ids to pattern lists")
        examples = t.get("examples") or {}
        bad = set(examples) - set(STANCES)
        if bad:
            raise CodebookError(f"{path}: target {tid!r}: examples for unknown stances {sorted(bad)}")
        targets.append(Target(
            id=tid,
            label=str(t["label"]),
            definition=str(t["definition"]).strip(),
            parties={str(k): _compile(v, f"target {tid}.parties.{k}", path) for k, v in parties.items()},
            topic=_compile(t["topic"], f"target {tid}.topic", path),
            exclude=_compile(t.get("exclude"), f"target {tid}.exclude", path),
            only_contact=_compile(t.get("only_contact"), f"target {tid}.only_contact", path),
            third_parties=_compile(t.get("third_parties"), f"target {tid}.third_parties", path),
            anaphora_window=int(t.get("anaphora_window", 700)),
            include_notes=[str(x) for x in t.get("include") or []],
            exclude_notes=[str(x) for x in (t.get("out_of_scope") or [])],
            examples={k: [str(x) for x in v or []] for k, v in examples.items()},
        ))
    return Codebook(path=path, version=int(raw.get("version", 1)), stances=dict(stances),
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


def _find(patterns: Iterable[re.Pattern], text: str, lo: int, hi: int, role: str) -> list[_Hit]:
    hits = []
    for p in patterns:
        for m in p.finditer(text, lo, hi):
            if m.end() > m.start():
                hits.append(_Hit(role, m.start(), m.end()))
    return hits


def _dedupe(hits: list[_Hit]) -> list[_Hit]:
    """Keep the longest of overlapping hits of the same role."""
    hits = sorted(hits, key=lambda h: (h.start, -(h.end - h.start)))
    out: list[_Hit] = []
    for h in hits:
        if out and out[-1].role == h.role and h.start < out[-1].end:
            continue
        out.append(h)
    return out


def _negations(text: str, lo: int, hi: int, book: Codebook, masked: list[tuple[int, int]]) -> list[_Hit]:
    """Negation markers of a clause: head + second part (ne ... pas), or standalone (aucun, pas de)."""
    neg = book.negation
    toks = [(m.start(), m.end(), m.group(0).lower()) for m in _TOKEN.finditer(text, lo, hi)]

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
                hits.append(_Hit("negation", s, toks[j][1]))
                break
    for h in _find(neg.standalone, text, lo, hi, "negation"):
        # Negative concord: "n'avons jamais eu aucune", "n'y aura ni ... ni ..." are ONE negation;
        # only "sans" opens a new one after a "ne" ("n'agirons pas sans coordination").
        concord = any(n.start <= h.start for n in hits) and text[h.start:h.end].lower() != "sans"
        if free(h.start, h.end) and not concord:
            hits.append(h)
    return sorted(hits, key=lambda h: h.start)


def _clause_polarity(text: str, lo: int, hi: int, topics: list[_Hit], book: Codebook) -> tuple[dict, list[_Hit]]:
    """Stance evidence of one clause: {'against': n, 'favor': n, 'neutral': n} and the hits."""
    cues = book.cues
    fixed = _dedupe(_find(cues["hedge"], text, lo, hi, "hedge") + _find(cues["not_now"], text, lo, hi, "not_now"))
    masked = [(h.start, h.end) for h in fixed]

    def free(h: _Hit) -> bool:
        return not any(ms <= h.start < me for ms, me in masked)

    polar = []
    for role in ("denial", "refusal", "suspension", "proposal", "acceptance"):
        polar += [h for h in _find(cues[role], text, lo, hi, role) if free(h)]
    polar = _dedupe(polar)
    # A topic term that is also a cue word (rare) counts once, as the cue.
    elements = sorted(polar + [t for t in topics if not any(p.start <= t.start < p.end for p in polar)],
                      key=lambda h: h.start)
    negs = _negations(text, lo, hi, book, masked)
    # Each negation governs the first cue or topic term that starts at or after its head; two
    # negations on the same word cancel ("aucune raison de ne pas coopérer", "pas sans coordination").
    for n in negs:
        for el in elements:
            if el.start >= n.start:
                el.negated = not el.negated
                break
    score = {"against": 0, "favor": 0, "neutral": 0}
    for h in fixed:
        score["against" if h.role == "not_now" else "neutral"] += 1
    for el in elements:
        if el.role == "topic":
            if el.negated:
                score["against"] += 1
        elif el.role in ("denial", "refusal", "suspension"):
            score["favor" if el.negated else "against"] += 1
        elif el.role in ("proposal", "acceptance"):
            score["against" if el.negated else "favor"] += 1
    extra = _find(cues["condition"], text, lo, hi, "condition")[:1] + _find(cues["qualifier"], text, lo, hi, "qualifier")
    return score, fixed + polar + negs + extra


def _cue_polarity(cue: str, book: Codebook, content: str = "") -> tuple[str | None, list[_Hit]]:
    """Polarity of the statement's speech cue ("a démenti", "a rejeté l'offre", "a proposé").

    A no-comment may run from the cue into the content ("n'a pas souhaité" + "en dire plus"),
    so hedges are looked for in the cue followed by the content.
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
    for role, pol in (("denial", "against"), ("refusal", "against"), ("proposal", "favor"), ("acceptance", "favor")):
        hits = _find(book.cues[role], text, 0, len(text), role)
        if hits:
            if negs:       # "n'a pas démenti", "n'a pas proposé"
                pol = {"against": "favor", "favor": "against"}[pol]
            return pol, hits + negs
    return None, []


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


def _code_one(row: Mapping, target: Target, book: Codebook, *, sentence: str = "",
              relay: bool = False, inherited: bool = False, context: bool = False) -> _Result:
    """Code one statement for one target.

    ``inherited``: the content is an anaphora and an on-target statement precedes it closely;
    ``context``: an on-target statement precedes it closely (its parties may be implicit).
    """
    content = str(row.get("text", "") or "")
    text = normalise(content)
    base = _int(row.get("start"))
    cue = str(row.get("cue", "") or "")
    cue_start = _int(row.get("cue_start"))
    country = str(row.get("country", "") or "").strip().upper()
    speaker = str(row.get("speaker", "") or "").strip()

    def absolute(hits: list[_Hit], offset: int | None) -> list[tuple]:
        if offset is None:
            return [(h.role + ("-negated" if h.negated else ""), None, None, content[h.start:h.end]) for h in hits]
        return [(h.role + ("-negated" if h.negated else ""), offset + h.start, offset + h.end, content[h.start:h.end]) for h in hits]

    topics = _dedupe(_find(target.topic, text, 0, len(text), "topic"))
    clauses = _clauses(text, book)
    # "le seul canal ... entre X et Y": on target whatever deconfliction words surround it.
    kept = _find(target.only_contact, text, 0, len(text), "topic")
    excluded = False
    for t in topics:
        lo, hi = next(((a, b) for a, b in clauses if a <= t.start < b), (0, len(text)))
        if any(p.search(text, lo, hi) for p in target.exclude):
            excluded = True
            continue
        kept.append(t)
    anaphoric = inherited and not kept
    used_context = anaphoric
    if not kept and not anaphoric:
        rule = "excluded" if excluded else "no-topic"
        return _Result(target.id, False, "none", 0.6 if excluded else 0.9, rule)

    # Parties: content, cue, sentence, speaker's country (first person = the speaker's side).
    content_parties = _parties(target, text)
    found = {h.role.split(":", 1)[1] for h in content_parties}
    found |= {h.role.split(":", 1)[1] for h in _parties(target, normalise(cue))}
    if country in target.parties:
        found.add(country)
    third = [h for h in _find(target.third_parties, text, 0, len(text), "third")
             if any(a <= h.start < b and any(a <= t.start < b for t in kept) for a, b in clauses)]
    if third:
        # A third state beside the topic term ("des avions russes et turcs ... opération conjointe"):
        # both parties must be named in the content (or be "nous", the speaker's side).
        found = {h.role.split(":", 1)[1] for h in content_parties}
        if country in target.parties and any(p.search(text) for p in book.cues["first_person"]):
            found.add(country)
    if sentence and not third:
        found |= {h.role.split(":", 1)[1] for h in _parties(target, normalise(sentence))}
    if not anaphoric:
        if not set(target.parties) <= found:
            if context and not content_parties and not third:
                used_context = True   # "Cette coopération ...": the parties of the statement before
            else:
                return _Result(target.id, False, "none", 0.6, "third-party" if third else "parties")
        # A third party (not a party, not a relay) cooperating "avec" both parties.
        if speaker and country not in target.parties and not relay and content_parties:
            partners = _partner_spans(text, book)
            if all(any(a <= h.start < b for a, b in partners) for h in content_parties):
                return _Result(target.id, False, "none", 0.6, "third-party")

    # Stance from the clauses that hold a topic term (the whole content for an anaphora).
    score = {"against": 0, "favor": 0, "neutral": 0}
    hits: list[_Hit] = list(kept) + content_parties
    spans = [(0, len(text))] if anaphoric else sorted({next(((a, b) for a, b in clauses if a <= t.start < b), (0, len(text))) for t in kept})
    question = False
    rhetorical = False
    for lo, hi in spans:
        s, h = _clause_polarity(text, lo, hi, [t for t in kept if lo <= t.start < hi], book)
        for k in score:
            score[k] += s[k]
        hits += h
        clause = text[lo:hi].strip()
        if clause.endswith("?") or text[hi:hi + 2].strip().startswith("?"):
            question = True
            rhetorical = rhetorical or any(p.search(clause) for p in book.cues["rhetorical"])
    cue_pol, cue_hits = _cue_polarity(cue, book, content)

    decided = [k for k in book.precedence if score[k] > 0]
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
    else:
        stance, rule, conf = "favor", "assertion", 0.6
    if question:
        if rhetorical:
            stance = {"favor": "against", "against": "favor"}.get(stance, stance)
            rule = "rhetorical-question"
        else:
            stance, rule = "neutral", "question"
        conf = 0.5
    if any(h.role == "condition" for h in hits):
        conf -= 0.1
    if relay and stance in ("favor", "against") and not any(p.search(text) for p in book.cues["first_person"]):
        stance, rule = "neutral", "relay"
    if used_context:
        conf *= 0.8
        rule = "context+" + rule
    abs_hits = absolute(hits, base) + absolute(cue_hits, cue_start)
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


def _is_relay(row: Mapping, book: Codebook) -> bool:
    if str(row.get("speaker_type", "") or "").lower() == "media":
        return True
    speaker = str(row.get("speaker", "") or "")
    return bool(speaker) and any(p.search(speaker) for p in book.cues["relay_speakers"])


def code(statements: pd.DataFrame, *, codebook: Codebook | Path | str | None = None,
         texts: Any = None, long: bool = False) -> pd.DataFrame:
    """Code the stance of each statement toward the codebook's targets.

    Args:
        statements: one row per statement. Needs ``article, start, end, text``; uses when present
            ``cue, cue_start, speaker, country, speaker_type, sentence_start, sentence_end``
            (missing optional columns are treated as empty).
        codebook: a ``Codebook`` or the path of one (default ``data/codebook.yaml``).
        texts: optional article texts (a Corpus, Articles, or a mapping article id -> text); when
            given, the parties may also be named in the statement's sentence
            (``sentence_start:sentence_end``), e.g. "a proposé aux Etats-Unis d'effectuer ...".
        long: False (default): the same rows, with ``target`` (the best on-target target, or '')
            and ``stance, evidence, confidence, stance_rule`` filled. True: one row per statement
            and target, with an ``on_target`` column (for several targets).

    Returns:
        A new DataFrame (the input is not modified).
    """
    if codebook is None or isinstance(codebook, (str, Path)):
        codebook = load_codebook(codebook or paths.CODEBOOK)
    missing = [c for c in ("article", "start", "end", "text") if c not in statements.columns]
    if missing:
        raise ValueError(f"stance.code: the statements table lacks columns {missing}")
    article_texts = _texts(texts)
    df = statements.reset_index(drop=True)
    order = df.sort_values(["article", "start", "end"], kind="stable").index
    records = df.to_dict("records")
    results: dict[int, list[_Result]] = {}
    last_on: dict[tuple[str, str], int] = {}     # (article, target) -> end of last on-target statement
    for i in order:
        row = records[i]
        art = str(row["article"])
        sentence = ""
        ss, se = _int(row.get("sentence_start")), _int(row.get("sentence_end"))
        if art in article_texts and ss is not None and se is not None:
            sentence = article_texts[art][ss:se]
        relay = _is_relay(row, codebook)
        res = []
        start = _int(row["start"]) or 0
        content = normalise(str(row.get("text", "") or ""))
        anaphor = any(p.search(content) for p in codebook.cues["anaphora"])
        for target in codebook.targets:
            prev = last_on.get((art, target.id))
            near = prev is not None and 0 <= start - prev <= target.anaphora_window
            r = _code_one(row, target, codebook, sentence=sentence, relay=relay,
                          inherited=bool(anaphor and near), context=near)
            if r.on_target:
                last_on[(art, target.id)] = _int(row["end"]) or start
            res.append(r)
        results[i] = res

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
    chosen = []
    for i in range(len(df)):
        on = [r for r in results[i] if r.on_target]
        best = max(on, key=lambda r: r.confidence) if on else None   # max keeps codebook order on ties
        if best is None:
            rule = min(results[i], key=lambda r: r.confidence).rule if results[i] else "no-topic"
            conf = min((r.confidence for r in results[i]), default=0.9)
            chosen.append(("", "none", "", conf, rule))
        else:
            chosen.append((best.target, best.stance, format_evidence(best.hits), best.confidence, best.rule))
    for j, col in enumerate(CODED_COLUMNS):
        out[col] = [c[j] for c in chosen]
    return out


# ----------------------------------------------------------------------------- reviews

def read_annotations(annotations: Path | str = paths.ANNOTATIONS) -> pd.DataFrame:
    """All analyst reviews, in file order (files sorted by name), validated.

    Args:
        annotations: a folder of ``*.csv`` files or one CSV file with ``REVIEW_COLUMNS``.

    Returns:
        DataFrame with ``REVIEW_COLUMNS`` plus ``file`` and ``line`` (1-based line in the file).

    Raises:
        ValueError: a file lacks required columns, or a row has bad offsets or an unknown stance;
            the message names the file and the line.
    """
    path = Path(annotations)
    files = sorted(path.glob("*.csv")) if path.is_dir() else ([path] if path.exists() else [])
    frames = []
    for f in files:
        try:
            df = pd.read_csv(f, dtype=str, keep_default_na=False, encoding="utf-8")
        except (UnicodeDecodeError, pd.errors.ParserError) as exc:
            raise ValueError(f"{f}: cannot read the annotations as UTF-8 CSV ({exc})") from None
        except pd.errors.EmptyDataError:
            continue
        missing = [c for c in ("article", "start", "end", "stance") if c not in df.columns]
        if missing:
            raise ValueError(f"{f}: annotations file lacks columns {missing} (expected {REVIEW_COLUMNS})")
        for c in REVIEW_COLUMNS:
            if c not in df.columns:
                df[c] = ""
        df = df[REVIEW_COLUMNS].apply(lambda s: s.str.strip())
        df["file"] = str(f)
        df["line"] = range(2, len(df) + 2)
        for _, r in df.iterrows():
            where = f"{f}, line {r['line']}"
            if not r["article"]:
                raise ValueError(f"{where}: empty 'article'")
            if not (r["start"].isdigit() and r["end"].isdigit()) or int(r["start"]) > int(r["end"]):
                raise ValueError(f"{where}: 'start' and 'end' must be offsets with start <= end, got {r['start']!r}, {r['end']!r}")
            if r["stance"] and r["stance"] not in STANCES:
                raise ValueError(f"{where}: unknown stance {r['stance']!r} (one of {list(STANCES)})")
        frames.append(df)
    if not frames:
        return pd.DataFrame(columns=REVIEW_COLUMNS + ["file", "line"])
    out = pd.concat(frames, ignore_index=True)
    out["start"] = out["start"].astype(int)
    out["end"] = out["end"].astype(int)
    return out


def apply_reviews(coded: pd.DataFrame, *, annotations: Path | str = paths.ANNOTATIONS) -> pd.DataFrame:
    """Override the automatic coding with the analysts' reviews (never writes anything).

    Reviews are keyed by ``article, start, end`` and, when the review names one, ``target``; the
    annotation files are an append-only log, so for a key the last row (files in name order, rows
    in file order) wins. A review sets ``stance`` (and ``target`` when given, ``speaker`` when
    given; a blank stance keeps the automatic one).

    Args:
        coded: the output of ``code`` (``article, start, end, target, stance, speaker`` ...).
        annotations: the folder of annotation CSVs (or one file).

    Returns:
        A copy of ``coded`` with ``stance_source`` ('automatic' | 'reviewed') and ``review_note``.
    """
    out = coded.copy()
    out["stance_source"] = "automatic"
    out["review_note"] = ""
    reviews = read_annotations(annotations)
    if reviews.empty:
        return out
    keys = list(zip(out["article"].astype(str), out["start"].astype(int), out["end"].astype(int)))
    index: dict[tuple, list[int]] = {}
    for pos, k in enumerate(keys):
        index.setdefault(k, []).append(pos)
    for _, r in reviews.iterrows():
        rows = index.get((r["article"], r["start"], r["end"]), [])
        if r["target"] and "target" in out.columns:
            same = [p for p in rows if str(out["target"].iat[p]) in ("", r["target"])]
            rows = same or rows
        if not rows:
            warnings.warn(f"{r['file']}, line {r['line']}: review of {r['article']}[{r['start']}:{r['end']}] "
                          "matches no statement (was the text re-tagged?); ignored", stacklevel=2)
            continue
        for p in rows:
            if r["stance"]:
                out.iat[p, out.columns.get_loc("stance")] = r["stance"]
            if r["target"] and "target" in out.columns:
                out.iat[p, out.columns.get_loc("target")] = r["target"]
            if r["speaker"] and "speaker" in out.columns:
                out.iat[p, out.columns.get_loc("speaker")] = r["speaker"]
            out.iat[p, out.columns.get_loc("stance_source")] = "reviewed"
            out.iat[p, out.columns.get_loc("review_note")] = r["note"]
    log.info("applied %d reviews to %d statements", len(reviews), int((out["stance_source"] == "reviewed").sum()))
    return out
