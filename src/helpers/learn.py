"""The coder learns from the analysts' reviews, and proposes what to review next.

Hybrid coding: the rules (``stance.code``) propose, analysts decide (``helpers.reviews``), and
every decision improves the coding of the statements nobody reviewed yet:

- ``recode`` trains one model per codebook target on the reviewed statements (a regularised
  logistic regression, scikit-learn) and re-codes the unreviewed ones. The features are what a
  coder reads: the words of the statement and of its sentence (word n-grams, and character
  n-grams inside words, which stand in for lemmas: "refuse", "refusé", "refusons" share
  "refus"), the speech cue, the speaker, organisation, country and kind, and the rules' own
  decision (stance, rule and confidence), so with few reviews the model mostly follows the
  rules and departs from them where the reviews say they go wrong. ``stance_source`` stays
  honest: ``automatic`` (the rules), ``learned`` (the model) or ``reviewed`` (an analyst), and
  ``confidence`` is the model's probability for the stance it chose. With fewer than
  ``MIN_REVIEWS`` reviews, or reviews of one stance only, the rules alone decide, exactly as
  without reviews; and while the rules agree with at least ``TRUSTED_RULES`` of a target's
  reviews (a target they know), until ``MIN_REVIEWS_TRUSTED`` reviews.
- ``queue`` orders the unreviewed statements for review: those behind a detected shift first
  (a shift drawn on an unreviewed, uncertain coding is the costliest error), then the coding
  least likely to be right, polar stances (they move the timeline) before ``none``. How likely a
  coding is to be right is read from the way the rules decided it (``stance_rule``), as measured
  on real press (``rule_reliability``), else from its ``confidence``.
"""
from __future__ import annotations

import logging
import re
import unicodedata
import warnings
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from . import paths
from . import reviews as reviews_mod

log = logging.getLogger(__name__)

STANCES = ("favor", "against", "neutral", "none")
#: Reviews (of a target, over at least two stances) needed before the model re-codes anything.
MIN_REVIEWS = 10
#: When the rules' coding agreed with at least this share of the reviewed statements about a target
#: (in the reviews or in the rules), the rules know the target: the model waits for
#: ``MIN_REVIEWS_TRUSTED`` reviews (only when ``recode`` is given the rules' own coding,
#: ``automatic``). Measured on the real-article learning curve (the four development topics, 209
#: of the 280 texts, 2026-12-05, pooled over their gold statements, against the same curve with
#: ``TRUSTED_RULES`` above 1; the rules agreed with 0.54 to 0.80 of the first reviews about the
#: target there, with none where it is unknown to them): a model trained on 10 to 25 reviews
#: re-coded the rest worse than the rules (25 queued reviews: 51.0 % end to end, the rules alone
#: 55.2 %); waiting for 30 gave 55.1, 54.6 and 55.2 % after 25, 50 and 100 reviews (51.0, 54.4
#: and 54.7 without waiting), while a target the rules do not know still learns from 10.
TRUSTED_RULES = 0.5
MIN_REVIEWS_TRUSTED = 30
#: the probability the model needs to depart from the rules' coding (``recode``); measured on the
#: real-article learning curve (notebook 07): with 0.7 the gain swung between +0.6 and -1.6 points
#: with small changes of the rules, 0.85 limits the damage where the model is wrong
MIN_DEPARTURE = 0.85
#: Inverse regularisation strength of the logistic regression (smaller = closer to the rules).
C = 4.0
#: Characters of context around a statement when its sentence offsets are unknown.
CONTEXT = 160
QUEUE_COLUMNS = ["priority", "reason"]
#: Statements' weight of the pooled accuracy when a rule's own accuracy is read
#: (``rule_reliability``): a rule seen on few statements stays near the mean. Measured on the
#: four development topics, leave-one-topic-out (2026-12-05): with 0, 5, 10 or 20 the queue
#: reached 0.85 stance accuracy after about the same reviews; 5 was as good as any.
RELIABILITY_PRIOR = 5
_SPACE = re.compile(r"\s+")


def _fold(text: Any) -> str:
    """Lowercase without accents or typographic quotes: 'Refusé' and 'refuse' share features."""
    text = "" if text is None or (isinstance(text, float) and pd.isna(text)) else str(text)
    text = unicodedata.normalize("NFKD", text.lower())
    return _SPACE.sub(" ", "".join(c for c in text if not unicodedata.combining(c)).replace("’", "'"))


def _col(df: pd.DataFrame, name: str, default: Any = "") -> pd.Series:
    return df[name] if name in df.columns else pd.Series(default, index=df.index)


def features(statements: pd.DataFrame, *, texts: Any = None, rules: pd.DataFrame | None = None) -> pd.DataFrame:
    """The model's inputs, one row per statement (same index).

    Args:
        statements: ``article, start, end, text``; used when present: ``cue, speaker,
            organization, country, kind, sentence_start, sentence_end``.
        texts: the corpus (see ``reviews.article_texts``), for the statement's sentence.
        rules: what the rules coded for these rows (``stance, target, stance_rule,
            confidence``, same index); default ``statements`` itself.

    Returns:
        DataFrame with ``words`` (the statement), ``context`` (its sentence without it),
        ``cue`` and ``meta`` (one token per categorical fact: speaker, country, kind, the rules'
        stance, target and rule, a confidence bucket).
    """
    rules = statements if rules is None else rules
    known = reviews_mod.article_texts(texts) or {}
    words = _col(statements, "text").map(_fold)
    contexts = []
    for r in statements.itertuples(index=False):
        d = r._asdict()
        text = known.get(str(d.get("article", "")))
        if not text:
            contexts.append("")
            continue
        start, end = int(d["start"]), int(d["end"])
        ss, se = d.get("sentence_start"), d.get("sentence_end")
        ok = all(isinstance(x, (int, float, np.integer, np.floating)) and not pd.isna(x) for x in (ss, se))
        lo, hi = (int(ss), int(se)) if ok else (max(0, start - CONTEXT), min(len(text), end + CONTEXT))
        contexts.append(_fold(text[lo:min(start, hi)] + " " + text[max(end, lo):hi]))
    meta = []
    for vals in zip(_col(statements, "speaker"), _col(statements, "organization"), _col(statements, "country"),
                    _col(statements, "kind"), _col(rules, "stance", "none"), _col(rules, "target"),
                    _col(rules, "stance_rule"), _col(rules, "confidence", 0.0)):
        spk, org, ctry, kind, stance, target, rule, conf = ("" if v is None or (isinstance(v, float) and pd.isna(v)) else v
                                                            for v in vals)
        rule_head = str(rule).split("+")[0].split(":")[0]
        bucket = int(float(conf or 0) * 10)
        meta.append(" ".join([f"spk={_fold(spk).replace(' ', '_')}", f"org={_fold(org).replace(' ', '_')}",
                              f"ctry={ctry or '-'}", f"kind={kind or '-'}", f"rule={stance or 'none'}",
                              f"rule_target={target or '-'}", f"rule_kind={rule_head or '-'}",
                              f"rule_conf={bucket}", f"rule={stance or 'none'}_conf={bucket}"]))
    return pd.DataFrame({"words": words.to_numpy(), "context": contexts, "cue": _col(statements, "cue").map(_fold).to_numpy(),
                         "meta": meta}, index=statements.index)


def _model(train: pd.DataFrame | None = None):
    """The pipeline: one vectoriser per feature column (those with some word in ``train``)."""
    from sklearn.compose import ColumnTransformer
    from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline

    words = dict(analyzer="word", token_pattern=r"(?u)\b\w[\w'-]*\b", sublinear_tf=True)
    parts = [
        ("words", TfidfVectorizer(ngram_range=(1, 2), **words), "words"),
        ("stems", TfidfVectorizer(analyzer="char_wb", ngram_range=(4, 5), sublinear_tf=True), "words"),
        ("context", TfidfVectorizer(ngram_range=(1, 1), **words), "context"),
        ("cue", TfidfVectorizer(ngram_range=(1, 1), **words), "cue"),
        # The rules' decision and the speaker, each a binary feature weighted up: with few
        # reviews the model should follow the rules unless the words say otherwise.
        ("meta", CountVectorizer(token_pattern=r"\S+", lowercase=False, binary=True), "meta"),
    ]
    if train is not None:
        # A column with no word at all (no article texts, hence no context) has no vocabulary.
        parts = [p for p in parts if train[p[2]].astype(str).str.contains(r"\w").any()]
    weights = {"words": 1.0, "stems": 0.7, "context": 0.4, "cue": 0.7, "meta": 1.5}
    columns = ColumnTransformer(parts, transformer_weights={name: weights[name] for name, _, _ in parts})
    return Pipeline([("features", columns),
                     ("model", LogisticRegression(C=C, max_iter=3000, class_weight="balanced"))])


def _label(stance: pd.Series, target: pd.Series, target_id: str, single: bool) -> pd.Series:
    """Stance toward ``target_id``: a statement coded for another target is ``none`` toward it
    (with one target in the codebook, a blank target is that one)."""
    on = target.eq(target_id) | (single & target.eq(""))
    return stance.where(on, "none").where(stance.isin(STANCES), "none")


def _rules_for(statements: pd.DataFrame, automatic: pd.DataFrame | None) -> pd.DataFrame:
    """What the rules coded for each row of ``statements`` (matched by ``article, start, end``;
    a statement the rules never saw, added by an analyst, reads as rules 'none')."""
    cols = ["stance", "target", "stance_rule", "confidence"]
    if automatic is None:
        return statements.reindex(columns=cols)
    auto = automatic.assign(article=automatic["article"].astype(str), start=automatic["start"].astype(int),
                            end=automatic["end"].astype(int)).drop_duplicates(["article", "start", "end"])
    keys = statements[["article", "start", "end"]].assign(article=lambda d: d["article"].astype(str),
                                                          start=lambda d: d["start"].astype(int),
                                                          end=lambda d: d["end"].astype(int))
    merged = keys.merge(auto[["article", "start", "end"] + [c for c in cols if c in auto.columns]],
                        on=["article", "start", "end"], how="left", validate="m:1")
    merged.index = statements.index
    out = merged.reindex(columns=cols)
    out["stance"] = out["stance"].fillna("none")
    out["target"] = out["target"].fillna("")
    out["stance_rule"] = out["stance_rule"].fillna("added")
    out["confidence"] = pd.to_numeric(out["confidence"], errors="coerce").fillna(0.0)
    return out


def recode(statements: pd.DataFrame, *, automatic: pd.DataFrame | None = None, texts: Any = None,
           targets: list[str] | None = None, min_reviews: int = MIN_REVIEWS,
           min_departure: float = MIN_DEPARTURE, min_reviews_trusted: int = MIN_REVIEWS_TRUSTED) -> pd.DataFrame:
    """Re-code the unreviewed statements with a model trained on the reviewed ones.

    Args:
        statements: the coded statements with the reviews applied (``reviews.apply``):
            ``article, start, end, text, target, stance, confidence, stance_source`` and what
            ``features`` uses.
        automatic: the same corpus as the rules coded it, before any review (so the model learns
            how the rules' decisions relate to the analysts'); default ``statements``.
        texts: the corpus, for each statement's sentence.
        targets: the codebook's target ids (default: the targets that occur).
        min_reviews: reviews of a target needed before its model re-codes anything.
        min_departure: the model's probability needed to depart from a stance the rules took
            (stance or target); below it the rules' coding stays. 0 lets the model decide
            everywhere.
        min_reviews_trusted: reviews needed for a target while the rules' coding toward it
            agrees with at least ``TRUSTED_RULES`` of the reviewed statements about it (a target
            the rules know: a model trained on fewer reviews does worse than them). Only with
            ``automatic``: without the rules' own coding there is nothing to compare with.

    Returns:
        A copy of ``statements``: unreviewed rows get the learned ``stance`` and ``target``,
        ``confidence`` (the model's probability), ``stance_rule`` ``learned`` and
        ``stance_source`` ``learned``; everything stays as it was when no target has enough
        reviews, and a statement the rules coded toward a target that was not learned keeps
        the rules' coding. ``.attrs["learned"]`` maps each target to the number of reviews it
        learned from.
    """
    # Shallow, so a corpus's statements are not held twice: pandas (>= 3) copies a column on its
    # first write, so the caller's table is never changed.
    out = statements.copy(deep=False)
    if "stance_source" not in out.columns:
        out["stance_source"] = "automatic"
    reviewed = out["stance_source"].eq("reviewed")
    out.attrs["learned"] = {}
    if reviewed.sum() < min_reviews:
        return out
    rules = _rules_for(out, automatic)
    targets = list(targets) if targets else sorted({t for t in pd.concat([out["target"], rules["target"]]).fillna("").astype(str) if t})
    single = len(targets) == 1
    X = features(out, texts=texts, rules=rules)
    todo = ~reviewed
    best_p = pd.Series(-1.0, index=out.index)
    raw_p = pd.Series(0.0, index=out.index)  # the model's probability of the coding it picks
    best = pd.DataFrame({"target": "", "stance": "none"}, index=out.index)
    learned = {}
    for target_id in targets:
        y = _label(out["stance"].fillna("").astype(str), out["target"].fillna("").astype(str), target_id, single)
        y_train = y[reviewed]
        if len(y_train) < min_reviews or y_train.nunique() < 2:
            continue
        if automatic is not None and len(y_train) < min_reviews_trusted:
            # A target the rules know (they coded most reviewed statements as the reviewers did)
            # is left to them until more reviews; without ``automatic`` there is nothing to compare.
            known = _label(rules["stance"].fillna("").astype(str), rules["target"].fillna("").astype(str),
                           target_id, single)[reviewed]
            # (on the statements about this target in the reviews or in the rules: those about
            # another target say nothing of how well the rules know this one)
            about = known.ne("none") | y_train.ne("none")
            if float((known[about] == y_train[about]).mean()) >= TRUSTED_RULES:
                continue
        model = _model(X[reviewed])
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # convergence notes on tiny training sets
            model.fit(X[reviewed], y_train)
        learned[target_id] = int(len(y_train))
        if not todo.any():
            continue
        proba = model.predict_proba(X[todo])
        classes = list(model.classes_)
        pick = proba.argmax(axis=1)
        for (idx, k, p) in zip(out.index[todo], pick, proba.max(axis=1)):
            stance = classes[k]
            # A polar or neutral coding toward this target beats 'none'; among targets the surest wins.
            score = p if stance != "none" else -1.0 + p / 10
            if score > best_p[idx]:
                best_p[idx] = score
                raw_p[idx] = p
                best.loc[idx] = (target_id if stance != "none" else "", stance)
        out.attrs.setdefault("proba", {})[target_id] = pd.DataFrame(proba, index=out.index[todo], columns=classes)
    if not learned:
        return out
    idx = out.index[todo]
    # A statement the rules coded toward a target that was not learned (it waits, or its reviews
    # teach nothing) keeps the rules' coding: another target's model saying 'none' toward its own
    # target says nothing of this one.
    rules_target = rules.loc[idx, "target"].fillna("").astype(str)
    kept = rules_target.ne("") & ~rules_target.isin(list(learned)) & rules.loc[idx, "stance"].astype(str).ne("none")
    idx = idx[~kept.to_numpy()]
    # A model trained on a few dozen reviews departs from a stance the rules took (on a target)
    # only when it is sure: on the real-article development sets, unsure departures cost more
    # codings than they mended. Where the rules found nothing on target, the model decides.
    coded = rules.loc[idx, "stance"].astype(str).ne("none")
    departs = (best.loc[idx, "stance"] != rules.loc[idx, "stance"].astype(str)) | (
        best.loc[idx, "target"] != rules.loc[idx, "target"].fillna("").astype(str))
    idx = idx[~(coded & departs & (raw_p.loc[idx] < min_departure)).to_numpy()]
    out.loc[idx, "stance"] = best.loc[idx, "stance"]
    out.loc[idx, "target"] = best.loc[idx, "target"]
    conf = best_p.loc[idx].where(best_p.loc[idx] >= 0, (best_p.loc[idx] + 1.0) * 10)
    out.loc[idx, "confidence"] = conf.round(3).to_numpy()
    if "stance_rule" in out.columns:
        out.loc[idx, "stance_rule"] = "learned"
    out.loc[idx, "stance_source"] = "learned"
    out.attrs["learned"] = learned
    log.info("learned from %s reviews; re-coded %d statements", learned, len(idx))
    return out


def _behind_shifts(statements: pd.DataFrame) -> pd.Series:
    """True for the statements whose utterance is a detected shift or one it departs from (at
    person and country level, for each target)."""
    from . import shifts

    flag = pd.Series(False, index=statements.index)
    needed = set(shifts.REQUIRED)
    if not needed <= set(statements.columns) or "utterance" not in statements.columns:
        return flag
    utts: set[str] = set()
    targets = sorted(t for t in statements["target"].fillna("").astype(str).unique() if t)
    for target in targets:
        for level in ("person", "country"):
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    found = shifts.find(statements, level=level, target=target)
            except (ValueError, KeyError):
                continue
            for ev in found.itertuples(index=False):
                utts.add(str(ev.utterance))
                utts.update(str(u) for u in ev.previous_utterances)
    return statements["utterance"].fillna("").astype(str).isin(utts)


def rule_reliability(table: pd.DataFrame | str | Path | None = None, *,
                     prior: int = RELIABILITY_PRIOR) -> dict[str, float]:
    """How likely a coding is to be right, by the way the rules decided it (``stance_rule``).

    Args:
        table: a table with ``rule, n, right`` (``evaluate.stance_by_rule`` over real press
            with a gold), or its CSV; default the one measured on the development topics and
            shipped (``data/validation/rule_reliability.csv``).
        prior: statements' weight of the pooled accuracy: a rule's accuracy is
            ``(right + prior * pooled) / (n + prior)``.

    Returns:
        ``{rule: accuracy}``.

    Raises:
        FileNotFoundError: the CSV is missing (the file named).
        ValueError: the CSV cannot be read, a column is missing, a rule is listed twice, or a
            count is not a whole number between 0 and ``n`` (the file or "the table" named).
    """
    if prior < 0:
        raise ValueError(f"prior must be 0 or more, not {prior}")
    if table is None or isinstance(table, (str, Path)):
        path = Path(table or paths.RULE_RELIABILITY)
        if not path.is_file():
            raise FileNotFoundError(f"{path}: no such file (the stance rules' reliability)")
        stat = path.stat()
        # (the file's size and time in the key: a table rewritten in the same session is read again)
        return dict(_reliability_file(str(path), stat.st_mtime_ns, stat.st_size, prior))
    return _reliability(table, prior, "the table")


def _shipped_reliability() -> Mapping[str, float]:
    """The shipped measure, or an empty one (the queue then orders by confidence) with a warning
    naming the file when it is missing: it is not the user's input."""
    try:
        return rule_reliability()
    except FileNotFoundError as exc:
        warnings.warn(f"{exc}: the review queue orders the codings by their confidence", stacklevel=3)
        return {}


@lru_cache(maxsize=4)
def _reliability_file(path: str, mtime: int, size: int, prior: int) -> tuple[tuple[str, float], ...]:
    try:
        table = pd.read_csv(path, keep_default_na=False, dtype=str, encoding="utf-8")
    except (ValueError, UnicodeDecodeError, pd.errors.ParserError) as exc:
        raise ValueError(f"{path}: not a readable CSV table ({exc})") from None
    return tuple(_reliability(table, prior, path).items())


def _reliability(table: pd.DataFrame, prior: int, where: str) -> dict[str, float]:
    missing = {"rule", "n", "right"} - set(table.columns)
    if missing:
        raise ValueError(f"{where}: missing column(s) {', '.join(sorted(missing))}")
    twice = sorted(set(table["rule"][table["rule"].duplicated()].astype(str)))
    if twice:
        raise ValueError(f"{where}: rule(s) listed twice: {', '.join(twice)}")
    counts = {}
    for col in ("n", "right"):
        text = table[col].astype(str).str.strip()
        if not text.str.fullmatch(r"\d+").all():
            bad = text[~text.str.fullmatch(r"\d+")].iloc[0]
            raise ValueError(f"{where}: '{col}' must be whole numbers, not {bad!r}")
        counts[col] = text.astype(int).to_numpy()
    n, right = counts["n"], counts["right"]
    if (right > n).any():
        raise ValueError(f"{where}: 'right' must be between 0 and 'n' on every row")
    pooled = float(right.sum() / n.sum()) if n.sum() else 0.5
    return {str(r): round(float((k + prior * pooled) / (m + prior)), 4)
            for r, k, m in zip(table["rule"], right, n) if m + prior > 0}


def _reliability_of(rule: str, table: Mapping[str, float]) -> float | None:
    """A rule's reliability, else that of the rule it extends ("context+article+cue+antecedent"
    is read as "context+article+cue" when unmeasured), else None."""
    parts = rule.split("+") if rule else []
    while parts:
        found = table.get("+".join(parts))
        if found is not None:
            return found
        parts.pop()
    return None


def queue(statements: pd.DataFrame, *, limit: int | None = None, shifts_first: bool = True,
          reliability: Mapping[str, float] | None = None) -> pd.DataFrame:
    """The unreviewed statements, most useful to review first.

    Args:
        statements: coded (and possibly learned) statements: ``stance, confidence,
            stance_source`` (and ``stance_rule``), and for shifts the columns ``shifts.find``
            needs.
        limit: keep the first ``limit`` rows.
        shifts_first: put the statements behind a detected shift first.
        reliability: ``{stance_rule: accuracy}`` (``rule_reliability``; default the shipped
            measure). An automatic coding is as uncertain as its rule is unreliable; a learned
            one, or one whose rule is unmeasured, as its ``confidence`` says.

    Returns:
        The unreviewed rows (same index labels) in review order, with ``priority`` (higher
        first) and ``reason`` ("behind a shift", "against the speaker's side", "rule often
        wrong", "uncertain", "check").
    """
    source = _col(statements, "stance_source", "automatic").fillna("automatic")
    open_rows = source.ne("reviewed")
    todo = statements[open_rows]
    if todo.empty:
        return todo.assign(priority=pd.Series(dtype=float), reason=pd.Series(dtype=str))
    conf = pd.to_numeric(_col(todo, "confidence", 0.5), errors="coerce").fillna(0.5).clip(0, 1)
    automatic = source[open_rows].eq("automatic").to_numpy()
    rules = _col(todo, "stance_rule", "").fillna("").astype(str)
    # (measured on real press, leave-one-topic-out, the statements behind a shift not put first:
    # the rule's record found the wrong codings sooner than the confidence the rules give, 0.85
    # stance accuracy after reviewing 23 to 57 % of the statements instead of 38 to 62 %)
    table = reliability
    if table is None:
        table = _shipped_reliability() if (automatic & rules.ne("").to_numpy()).any() else {}
    known = {r: _reliability_of(r, table) for r in rules.unique()}
    measured = rules.map(known).astype(float).to_numpy()
    by_rule = automatic & ~np.isnan(measured)
    uncertainty = pd.Series(1.0 - np.where(by_rule, measured, conf.to_numpy()), index=todo.index)
    polar = _col(todo, "stance", "none").isin(("favor", "against")).astype(float)
    behind = _behind_shifts(statements).reindex(todo.index, fill_value=False) if shifts_first else \
        pd.Series(False, index=todo.index)
    # A cue against the speaker's known side (stance rule ``+off-side``) is a change of line or
    # a misread cue: either way an analyst should see it soon after the shifts.
    off_side = rules.str.contains("+off-side", regex=False)
    priority = uncertainty + 0.1 * polar + behind.astype(float) + 0.5 * off_side.astype(float)
    # ("rule often wrong": a rule right on real press 70 % of the time or less; "uncertain": a
    # coding whose confidence is 0.7 or less, when its rule was never measured)
    reason = np.where(behind, "behind a shift", np.where(off_side, "against the speaker's side", np.where(
        uncertainty >= 0.3, np.where(by_rule, "rule often wrong", "uncertain"), "check")))
    out = todo.assign(priority=priority.round(4), reason=reason)
    out = out.sort_values(["priority", "article", "start"], ascending=[False, True, True], kind="stable")
    return out.head(limit) if limit is not None else out


# ----------------------------------------------------------------------------- learning curve

CURVE_COLUMNS = ["strategy", "reviews", "unreviewed_gold", "accuracy", "rules_accuracy", "unreviewed_found",
                 "found_accuracy", "rules_found_accuracy"]


def _correct(pred: pd.DataFrame, gold: pd.DataFrame, pairs: dict[int, int], *, target: str, gold_rows) -> np.ndarray:
    """For each gold row in ``gold_rows``: found, and coded with the gold's stance (and, unless
    'none', toward ``target``)."""
    out = []
    stances, targets = pred["stance"].to_numpy(), pred["target"].fillna("").astype(str).to_numpy()
    for g in gold_rows:
        p = pairs.get(g)
        want = gold["stance"].iat[g]
        out.append(p is not None and stances[p] == want and (want == "none" or targets[p] == target))
    return np.array(out, dtype=bool)


def simulate(automatic: pd.DataFrame, gold: pd.DataFrame, *, target: str, texts: Any = None,
             steps: tuple[int, ...] = (0, 25, 50, 100), strategy: str = "queue", batch: int = 5,
             seed: int = 0, min_reviews: int = MIN_REVIEWS) -> pd.DataFrame:
    """The learning curve of one corpus: reviews simulated from its gold, taken from the queue or
    at random, and the accuracy of the statements not reviewed yet.

    A simulated review of a statement the gold has (matched by span, ``evaluate.match``) sets the
    gold's stance (toward ``target`` unless 'none'); of one the gold lacks, deletes it. After each
    batch the coder re-learns (``recode``). The accuracy is end-to-end over the gold statements
    whose statement is not reviewed: found by the tagger, and with the gold's stance; a gold
    statement the tagger missed counts as wrong at every step.

    Args:
        automatic: the rules' coding of the corpus (``stance.code`` output, utterances linked).
        gold: its gold statements (``evaluate.load_gold``).
        target: the target id the gold's stances are toward.
        texts: the corpus, for the statements' sentences.
        steps: numbers of reviews at which to measure (those that would review every statement
            are left out).
        strategy: ``"queue"`` (``queue`` order) or ``"random"``.
        batch: reviews between two re-learnings.
        seed: random order seed.

    Returns:
        One row per step: ``strategy, reviews, unreviewed_gold, accuracy`` (the hybrid coding)
        and ``rules_accuracy`` (the rules alone on the same unreviewed statements); the same on
        the unreviewed gold statements the tagger found (``unreviewed_found``,
        ``found_accuracy``, ``rules_found_accuracy``), which no review of the queue can reach
        otherwise.
    """
    from threadpoolctl import threadpool_limits

    # Tiny models: one thread each is faster than several fighting over two cores.
    with threadpool_limits(1):
        return _simulate(automatic, gold, target=target, texts=texts, steps=steps, strategy=strategy, batch=batch,
                         seed=seed, min_reviews=min_reviews)


def _simulate(automatic, gold, *, target, texts, steps, strategy, batch, seed, min_reviews) -> pd.DataFrame:
    from . import evaluate

    if strategy not in ("queue", "random"):
        raise ValueError(f"strategy must be 'queue' or 'random', not {strategy!r}")
    auto = automatic.reset_index(drop=True).copy()
    auto["stance_source"] = "automatic"
    m = evaluate.match(auto, gold)
    by_pred = dict(zip(m["pred"].astype(int), m["gold"].astype(int)))
    rng = np.random.default_rng(seed)
    current = auto.copy()
    reviewed: set[int] = set()
    deleted: set[int] = set()
    rows = []
    for step in sorted(steps):
        if step >= len(auto) and step > 0:
            break  # every statement reviewed: nothing left to measure but the tagger's misses
        while len(reviewed) + len(deleted) < step:
            alive = current.drop(index=sorted(deleted))
            if strategy == "queue":
                order = [i for i in queue(alive).index]
            else:
                order = [i for i in alive.index if i not in reviewed]
                rng.shuffle(order)
            take = order[:min(batch, step - len(reviewed) - len(deleted))]
            if not take:
                break
            for i in take:
                g = by_pred.get(i)
                if g is None:
                    deleted.add(i)
                    continue
                stance = gold["stance"].iat[g]
                current.loc[i, ["stance", "target", "stance_source"]] = [stance, target if stance != "none" else "",
                                                                         "reviewed"]
                reviewed.add(i)
            base = auto.copy()
            base.loc[sorted(reviewed), ["stance", "target", "stance_source"]] = current.loc[
                sorted(reviewed), ["stance", "target", "stance_source"]].to_numpy()
            learned = recode(base.drop(index=sorted(deleted)), automatic=auto, texts=texts, targets=[target],
                             min_reviews=min_reviews)
            current = base.copy()
            current.loc[learned.index, ["stance", "target", "stance_source", "confidence"]] = learned[
                ["stance", "target", "stance_source", "confidence"]].to_numpy()
        pairs = {g: p for p, g in by_pred.items() if p not in deleted}
        open_gold = [g for g in range(len(gold)) if pairs.get(g) not in reviewed]
        hybrid = _correct(current, gold, pairs, target=target, gold_rows=open_gold)
        rules = _correct(auto, gold, pairs, target=target, gold_rows=open_gold)
        found = np.array([g in pairs for g in open_gold], dtype=bool)

        def share(ok: np.ndarray) -> float:
            return float(ok.mean()) if len(ok) else float("nan")

        rows.append({"strategy": strategy, "reviews": len(reviewed) + len(deleted), "unreviewed_gold": len(open_gold),
                     "accuracy": share(hybrid), "rules_accuracy": share(rules), "unreviewed_found": int(found.sum()),
                     "found_accuracy": share(hybrid[found]), "rules_found_accuracy": share(rules[found])})
    return pd.DataFrame(rows, columns=CURVE_COLUMNS)


CURVE_STYLE = {
    "queue": {"color": "#0072B2", "ls": "-", "marker": "o", "label": "revues prises dans la file"},
    "random": {"color": "#D55E00", "ls": "--", "marker": "s", "label": "revues prises au hasard"},
    "rules": {"color": "#7F7F7F", "ls": ":", "marker": "", "label": "règles seules (mêmes énoncés)"},
}


def curve_chart(curve: pd.DataFrame, *, measure: str = "accuracy", ncols: int = 3):
    """Small multiples of a learning curve table (``tests/devsets/learning_curve.py`` output):
    one panel per topic and one for the mean over topics, accuracy of the statements not yet
    reviewed against the number of reviews, for the queue, random order and the rules alone.

    Args:
        curve: ``topic, strategy, reviews`` and ``measure`` with its ``rules_`` twin.
        measure: ``"accuracy"`` (end to end: a statement the tagger missed counts as wrong) or
            ``"found_accuracy"`` (the statements the tagger found).

    Returns:
        The matplotlib figure.
    """
    from matplotlib.figure import Figure

    rules_col = "rules_" + measure
    topics = sorted(curve["topic"].unique())
    panels = topics + ["moyenne des sujets"]
    nrows = -(-len(panels) // ncols)
    from .charts import COLUMN_WIDTH, FONT, PAGE_HEIGHT

    # Sized for a paper's 16 cm column, never taller than a page, no text under 7 pt.
    fig = Figure(figsize=(COLUMN_WIDTH, min(PAGE_HEIGHT, 1.75 * nrows + 0.7)), layout="constrained")
    axes = fig.subplots(nrows, ncols, sharex=True, sharey=True, squeeze=False).ravel()
    for ax, name in zip(axes, panels):
        part = curve if name == panels[-1] else curve[curve["topic"] == name]
        mean = part.groupby(["strategy", "reviews"], as_index=False)[[measure, rules_col]].mean()
        for strategy in ("queue", "random"):
            line = mean[mean["strategy"] == strategy].sort_values("reviews")
            style = CURVE_STYLE[strategy]
            ax.plot(line["reviews"], line[measure], color=style["color"], ls=style["ls"], marker=style["marker"],
                    ms=3, lw=1.2, label=style["label"])
        rules = mean[mean["strategy"] == "queue"].sort_values("reviews")
        ax.plot(rules["reviews"], rules[rules_col], color=CURVE_STYLE["rules"]["color"], ls=":", lw=1.4,
                label=CURVE_STYLE["rules"]["label"])
        ax.set_title(name.replace("_", " "), fontsize=FONT["tick"])
        ax.set_ylim(0, 1)
        ax.tick_params(labelsize=FONT["tick"])
        ax.grid(alpha=0.3, lw=0.5)
    for ax in axes[len(panels):]:
        ax.set_axis_off()
    for ax in axes[::ncols]:
        ax.set_ylabel("exactitude", fontsize=FONT["tick"])
    for ax in axes[-ncols:]:
        ax.set_xlabel("revues", fontsize=FONT["tick"])
    handles, labels = axes[0].get_legend_handles_labels()
    fig.legend(handles, labels, loc="outside lower center", ncol=3, frameon=False, fontsize=FONT["legend"])
    return fig
