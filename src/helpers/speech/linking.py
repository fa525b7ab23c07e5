"""Speech stage, linking: which statements report the same utterance.

In: statement rows. ``same_events`` takes the row dicts of one article (with its text) and gives
a shared key to reports of one speech event (a summary and the quotation it summarises, a
standfirst paraphrase and the body quote), filling their dates backwards; ``link_utterances``
takes a statements table (``speech.COLUMNS``) of many articles and returns it with ``utterance``
shared across articles.
"""
from __future__ import annotations

import hashlib
import re
import sys
import unicodedata
from array import array
from collections import deque
from datetime import date
from sys import intern

import pandas as pd

from .. import actors as actors_mod
from .attribution import CUES, NATIONALITY
from .detection import tense_of


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



class _Groups:
    """Disjoint sets over rows ``0..n-1``; a group's root is its smallest (first) row."""

    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)

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
    masked = NATIONALITY.sub(lambda m: " " * len(m.group()), "".join(masked))
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
    t = tense_of(cue)
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


# Rows of one speaker compared with a row: the next ones sharing one of its words, at most this
# many per word. An article rarely has a hundred statements of one speaker, so on press text
# every pair that shares a word is compared; on a megabyte-long paragraph of thousands of
# statements the cost stays linear instead of growing with the square of the statements.
_EVENT_POSTINGS = 100


def _same_speaker_pairs(rows: list[dict], words: list[set[str]]):
    """(a, b), a < b, in the order of a double loop over the rows, for the pairs with the same
    (non-empty) speaker that share a content word: the only pairs that can report one event."""
    postings: dict[tuple[str, str], list[int]] = {}
    for a, row in enumerate(rows):
        if row["speaker"]:
            for w in words[a]:
                postings.setdefault((row["speaker"], w), []).append(a)
    passed: dict[tuple[str, str], int] = {}  # position of the current row in each posting list
    for a, row in enumerate(rows):
        if not row["speaker"]:
            continue
        later = set()
        for w in words[a]:
            key = (row["speaker"], w)
            k = passed.get(key, 0)
            passed[key] = k + 1
            later.update(postings[key][k + 1:k + 1 + _EVENT_POSTINGS])
        for b in sorted(later):
            yield a, b


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
    groups = _Groups(n)
    find, union = groups.find, groups.union

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
    for a, b in _same_speaker_pairs(rows, words):
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


# ---------------------------------------------------------------------------------------------
# Utterances


def _norm_tokens(s: str) -> list[str]:
    s = unicodedata.normalize("NFKD", s.replace("’", "'")).translate(_COMBINING).lower()
    return _WORD.findall(s)


# Every combining mark, deleted in one pass (what ``unicodedata.combining`` tests one character at a time).
_COMBINING = dict.fromkeys(c for c in range(sys.maxunicode + 1) if unicodedata.combining(chr(c)))
_WORD = re.compile(r"[a-z0-9]+")


_LINK_KEYS = 12  # longest words of a statement used to find candidates
_LINK_POSTINGS = 200  # most recent rows per word compared


class UtteranceLinker(_Groups):
    """:func:`link_utterances` over a stream of statement tables, in bounded memory.

    Feed the tables in corpus order with :meth:`add`, then read one id per row with
    :meth:`labels`. The comparisons are those of :func:`link_utterances` (which runs this class
    on one table), made as the rows arrive: a row is compared only with the last
    ``_LINK_POSTINGS`` rows of its block sharing one of its longest words, so a row's words are
    dropped once it has left every such window, and what stays grows with the vocabulary and
    the number of distinct statements (kept as 16-byte digests), not with the corpus. Which rows
    end up together depends only on the pairs that match, never on the order blocks are
    visited, so the ids are those of the whole table linked at once.
    """

    def __init__(self, *, threshold: float = 0.6, days: int = 3):
        super().__init__(0)
        self.threshold, self.days = threshold, days
        self.parent = array("q")  # a list of Python ints would take four times the memory
        self.first: dict[str, int] = {}           # same_events key -> first row
        self.blocks: dict[str, tuple[dict, dict]] = {}  # key -> (word -> recent rows, digest -> row)
        self.rows: dict[int, tuple] = {}          # row -> (words, flat text, date, article)
        self.refs: dict[int, int] = {}            # row -> number of word windows holding it

    def add(self, table: pd.DataFrame) -> None:
        """Link the rows of ``table`` (``article, text, date, country, speaker``, and
        ``utterance`` keys from :func:`same_events` when present) with every row added before."""
        n0 = len(self.parent)
        self.parent.extend(range(n0, n0 + len(table)))
        if "utterance" in table.columns:
            # Reports of one speech event inside an article (``same_events``) arrive with a shared
            # key. Keys name their article, and an article's rows come in one table: the keys of
            # earlier tables are dropped, so they do not pile up over a corpus.
            first = self.first = {}
            for i, key in enumerate(table["utterance"].fillna("").astype(str), start=n0):
                if key:
                    j = first.setdefault(key, i)
                    if j != i:
                        self.union(i, j)
        days, threshold = self.days, self.threshold
        rows, refs, find, union = self.rows, self.refs, self.find, self.union
        for i, text, d, c, s, art in zip(
                range(n0, n0 + len(table)), table["text"].tolist(), table["date"].tolist(),
                table["country"].fillna("").tolist(), table["speaker"].fillna("").tolist(), table["article"].tolist()):
            tokens = _norm_tokens(text)
            # One copy of each word for all the rows the windows hold (half their memory).
            toks, flat = {intern(t) for t in tokens}, " ".join(tokens)
            # Days as ordinals: the date tests below are integer arithmetic.
            d = date.fromisoformat(d).toordinal() if isinstance(d, str) and len(d) == 10 else None
            index, exact = self.blocks.setdefault(c or s or "?", ({}, {}))
            # Within a block: identical texts are joined directly (reprints), and other rows are
            # compared only with recent rows sharing one of their longest words (an inverted index
            # with capped postings), so the cost stays near-linear even with many reprints.
            digest = hashlib.blake2b(flat.encode("utf-8"), digest_size=16).digest()
            same = exact.get(digest)
            exact[digest] = (i, art, d)
            if same is not None and same[1] != art and (not d or not same[2] or abs(d - same[2]) <= days):
                union(i, same[0])
                continue
            keys_i = sorted((t for t in toks if len(t) > 3), key=lambda t: (-len(t), t))[:_LINK_KEYS]
            cands = set()
            for t in keys_i:
                cands.update(index.get(t, ()))
            for j in sorted(cands):
                b, flat_j, d_j, art_j = rows[j]
                # The cheap tests first (all are pure: their order changes nothing but the time).
                if art == art_j or (d and d_j and abs(d - d_j) > days) or find(i) == find(j):
                    continue
                a = toks
                if not a or not b:
                    continue
                inter = len(a & b)
                jac = inter / len(a | b)
                contained = (len(flat) > 20 and flat in flat_j) or (len(flat_j) > 20 and flat_j in flat)
                # A quoted fragment of a longer report of the same claim (8+ words, 85% shared).
                nested = min(len(a), len(b)) >= 8 and inter / min(len(a), len(b)) >= 0.85
                if jac >= threshold or contained or nested:
                    union(i, j)
            held = 0
            for t in toks:
                if len(t) > 3:
                    window = index.get(t)
                    if window is None:
                        window = index[t] = deque(maxlen=_LINK_POSTINGS)
                    if len(window) == _LINK_POSTINGS:
                        old = window[0]
                        refs[old] -= 1
                        if not refs[old]:  # out of every window: never a candidate again
                            del refs[old], rows[old]
                    window.append(i)
                    held += 1
            if held:
                rows[i], refs[i] = (toks, flat, d, art), held

    def labels(self) -> array:
        """One utterance number per row added (1, 2, ... in order of first appearance)."""
        out = array("q", bytes(8 * len(self.parent)))
        count = 0
        for i in range(len(self.parent)):
            root = self.find(i)
            if root == i:  # a group's root is its first row
                count += 1
                out[i] = count
            else:
                out[i] = out[root]
        return out


def utterance_id(label: int) -> str:
    """The ``utterance`` id of a label from :meth:`UtteranceLinker.labels` ("u0001", ...)."""
    return f"u{label:04d}"


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
    For a corpus too large for one table, :class:`UtteranceLinker` does the same over batches.

    Args:
        table: statements (``article, start, speaker, country, date, text``).

    Returns:
        The same rows with ``utterance`` filled.
    """
    out = table.copy()
    if not len(out):
        out["utterance"] = pd.Series(dtype="object")
        return out
    linker = UtteranceLinker(threshold=threshold, days=days)
    linker.add(out)
    out["utterance"] = [utterance_id(k) for k in linker.labels()]
    return out
