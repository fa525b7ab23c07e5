"""Agreement of the automatic coding with the hand-coded gold (``data/gold/statements.csv``).

Statements are matched to gold statements by span overlap, one to one: in the same article, a
predicted and a gold span are candidates when their overlap covers at least ``min_overlap``
(default 0.5) of the SHORTER of the two spans (a quote tagged with or without its unquoted
completion still matches); candidates are then paired greedily, best overlap first, each gold
and each prediction used once. Detection is measured on that matching (precision, recall, F1);
attribution, stance and date on the matched pairs only.

Every function takes two DataFrames with at least ``article, start, end`` (plus ``speaker,
country, stance, date`` for the measures that need them) and returns a tidy DataFrame.
Nothing here needs scikit-learn: kappa and F1 are a few lines of pandas.
"""
from __future__ import annotations

import re

from pathlib import Path

import numpy as np
import pandas as pd

from . import paths

STANCE_LABELS = ["favor", "against", "neutral", "none"]
GOLD_CSV = paths.GOLD / "statements.csv"
GOLD_COLUMNS = ["article", "start", "end", "text", "speaker", "organization", "country", "kind",
                "date", "target", "stance", "note"]


def load_gold(path: Path | str = GOLD_CSV) -> pd.DataFrame:
    """Read the gold statements (all text columns as strings, '' for empty; offsets as int).

    Raises:
        ValueError: missing columns or bad offsets, naming the file.
    """
    path = Path(path)
    gold = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    missing = [c for c in GOLD_COLUMNS if c not in gold.columns]
    if missing:
        raise ValueError(f"{path}: gold lacks columns {missing}")
    for c in ("start", "end"):
        bad = ~gold[c].str.fullmatch(r"\d+")
        if bad.any():
            raise ValueError(f"{path}: non-integer {c!r} on line(s) {list(gold.index[bad] + 2)}")
        gold[c] = gold[c].astype(int)
    return gold


def _clean(value) -> str:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return ""
    return " ".join(str(value).split()).casefold()


def match(pred: pd.DataFrame, gold: pd.DataFrame, *, min_overlap: float = 0.5) -> pd.DataFrame:
    """One-to-one matching of predicted to gold statements by span overlap.

    Args:
        pred, gold: tables with ``article, start, end`` (any index; positions are used).
        min_overlap: the overlap must cover at least this share of the shorter span.

    Returns:
        One row per matched pair: ``gold`` and ``pred`` (row positions in the inputs),
        ``article``, ``overlap`` (characters) and ``ratio`` (overlap / shorter length).
    """
    cols = ["gold", "pred", "article", "overlap", "ratio"]
    if pred.empty or gold.empty:
        return pd.DataFrame(columns=cols)
    p = pred[["article", "start", "end"]].reset_index(drop=True).assign(pred=lambda d: d.index)
    g = gold[["article", "start", "end"]].reset_index(drop=True).assign(gold=lambda d: d.index)
    pairs = g.merge(p, on="article", suffixes=("_g", "_p"), validate="m:m")
    lo = np.maximum(pairs["start_g"], pairs["start_p"])
    hi = np.minimum(pairs["end_g"], pairs["end_p"])
    shorter = np.maximum(np.minimum(pairs["end_g"] - pairs["start_g"], pairs["end_p"] - pairs["start_p"]), 1)
    pairs = pairs.assign(overlap=(hi - lo).clip(lower=0), ratio=((hi - lo).clip(lower=0) / shorter))
    pairs = pairs[(pairs["overlap"] > 0) & (pairs["ratio"] >= min_overlap)]
    pairs = pairs.sort_values(["ratio", "overlap", "gold", "pred"], ascending=[False, False, True, True])
    used_g, used_p, rows = set(), set(), []
    for r in pairs.itertuples(index=False):
        if r.gold in used_g or r.pred in used_p:
            continue
        used_g.add(r.gold)
        used_p.add(r.pred)
        rows.append((r.gold, r.pred, r.article, int(r.overlap), round(float(r.ratio), 3)))
    return pd.DataFrame(rows, columns=cols).sort_values(["gold"]).reset_index(drop=True)


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def detection(pred: pd.DataFrame, gold: pd.DataFrame, *, min_overlap: float = 0.5,
              by_article: bool = False) -> pd.DataFrame:
    """Statement detection: true/false positives, misses, precision, recall, F1.

    Returns:
        One row (``by_article=False``) or one row per article plus an ``all`` row, with columns
        ``article, gold, predicted, tp, fp, fn, precision, recall, f1``.
    """
    m = match(pred, gold, min_overlap=min_overlap)

    def row(name, g, p, mm):
        tp = len(mm)
        pr, rc, f1 = _prf(tp, len(p) - tp, len(g) - tp)
        return {"article": name, "gold": len(g), "predicted": len(p), "tp": tp, "fp": len(p) - tp,
                "fn": len(g) - tp, "precision": round(pr, 3), "recall": round(rc, 3), "f1": round(f1, 3)}

    rows = []
    if by_article:
        for art in sorted(set(gold["article"]) | set(pred["article"])):
            rows.append(row(art, gold[gold["article"] == art], pred[pred["article"] == art], m[m["article"] == art]))
    rows.append(row("all", gold, pred, m))
    return pd.DataFrame(rows)


def _pairs(pred: pd.DataFrame, gold: pd.DataFrame, min_overlap: float) -> pd.DataFrame:
    """The matched pairs with the gold and predicted columns side by side (``gold_*``, ``pred_*``)."""
    m = match(pred, gold, min_overlap=min_overlap)
    g = gold.reset_index(drop=True).add_prefix("gold_")
    p = pred.reset_index(drop=True).add_prefix("pred_")
    return (m.merge(g, left_on="gold", right_index=True, validate="1:1")
             .merge(p, left_on="pred", right_index=True, validate="1:1"))


def attribution(pred: pd.DataFrame, gold: pd.DataFrame, *, min_overlap: float = 0.5,
                fields: tuple[str, ...] = ("speaker", "country")) -> pd.DataFrame:
    """Attribution accuracy on matched statements (case- and space-insensitive equality).

    Returns:
        One row per field: ``field, n, correct, accuracy``.
    """
    pairs = _pairs(pred, gold, min_overlap)
    rows = []
    for f in fields:
        if pairs.empty or f"gold_{f}" not in pairs or f"pred_{f}" not in pairs:
            rows.append({"field": f, "n": 0, "correct": 0, "accuracy": float("nan")})
            continue
        ok = [_clean(a) == _clean(b) for a, b in zip(pairs[f"gold_{f}"], pairs[f"pred_{f}"])]
        rows.append({"field": f, "n": len(ok), "correct": int(sum(ok)),
                     "accuracy": round(sum(ok) / len(ok), 3) if ok else float("nan")})
    return pd.DataFrame(rows)


def cohen_kappa(a, b, *, labels: list[str] | None = None) -> float:
    """Cohen's kappa of two codings of the same items: (p_o - p_e) / (1 - p_e).

    ``p_e`` is the chance agreement from each coder's marginal label shares. Returns 1.0 when both
    codings are identical and use a single label (no disagreement possible), NaN for no items.
    """
    a, b = pd.Series(list(a), dtype=object), pd.Series(list(b), dtype=object)
    if len(a) != len(b):
        raise ValueError(f"cohen_kappa: {len(a)} and {len(b)} codings")
    if len(a) == 0:
        return float("nan")
    labels = labels or sorted(set(a) | set(b))
    po = float((a.values == b.values).mean())
    pa = a.value_counts(normalize=True).reindex(labels, fill_value=0.0)
    pb = b.value_counts(normalize=True).reindex(labels, fill_value=0.0)
    pe = float((pa * pb).sum())
    if pe == 1.0:
        return 1.0 if po == 1.0 else 0.0
    return (po - pe) / (1 - pe)


def confusion(pred: pd.DataFrame, gold: pd.DataFrame, *, min_overlap: float = 0.5,
              labels: list[str] = STANCE_LABELS) -> pd.DataFrame:
    """Stance confusion matrix on matched statements: rows = gold, columns = automatic."""
    pairs = _pairs(pred, gold, min_overlap)
    g = pd.Categorical(pairs.get("gold_stance", pd.Series(dtype=object)), categories=labels)
    p = pd.Categorical(pairs.get("pred_stance", pd.Series(dtype=object)), categories=labels)
    table = pd.crosstab(g, p, dropna=False).reindex(index=labels, columns=labels, fill_value=0)
    table.index.name, table.columns.name = "gold", "automatic"
    return table.astype(int)


def macro_f1(gold_labels, pred_labels, *, labels: list[str] = STANCE_LABELS) -> tuple[float, pd.DataFrame]:
    """Macro-averaged F1 over the labels that occur in the gold or the prediction.

    Returns:
        (macro F1, per-label table ``label, support, precision, recall, f1``).
    """
    g, p = list(gold_labels), list(pred_labels)
    rows = []
    for lab in labels:
        tp = sum(1 for x, y in zip(g, p) if x == lab and y == lab)
        fp = sum(1 for x, y in zip(g, p) if x != lab and y == lab)
        fn = sum(1 for x, y in zip(g, p) if x == lab and y != lab)
        if tp + fp + fn == 0:
            continue
        pr, rc, f1 = _prf(tp, fp, fn)
        rows.append({"label": lab, "support": tp + fn, "precision": round(pr, 3), "recall": round(rc, 3), "f1": round(f1, 3)})
    table = pd.DataFrame(rows, columns=["label", "support", "precision", "recall", "f1"])
    return (float(np.mean([r["f1"] for r in rows])) if rows else float("nan")), table


def stance_agreement(pred: pd.DataFrame, gold: pd.DataFrame, *, min_overlap: float = 0.5,
                     labels: list[str] = STANCE_LABELS) -> pd.DataFrame:
    """Stance agreement on matched statements: ``n, accuracy, macro_f1, kappa`` (one row)."""
    pairs = _pairs(pred, gold, min_overlap)
    g = [str(x) for x in pairs.get("gold_stance", [])]
    p = [str(x) for x in pairs.get("pred_stance", [])]
    acc = float(np.mean([x == y for x, y in zip(g, p)])) if g else float("nan")
    mf1, _ = macro_f1(g, p, labels=labels)
    kappa = cohen_kappa(g, p, labels=labels)
    return pd.DataFrame([{"n": len(g), "accuracy": round(acc, 3), "macro_f1": round(mf1, 3), "kappa": round(kappa, 3)}])


def stance_by_rule(pred: pd.DataFrame, gold: pd.DataFrame, *, min_overlap: float = 0.5) -> pd.DataFrame:
    """How often each way of deciding a stance (``stance_rule``) agrees with the gold: which codings
    to trust and which to review first.

    Args:
        pred: coded statements with ``article, start, end, stance, stance_rule``.
        gold: gold statements with ``article, start, end, stance``.

    Returns:
        One row per rule among the matched statements, most frequent first: ``rule, n, right,
        accuracy`` and ``gold_none`` (the share the gold reads as about something else: on
        target only in the coder's reading). Unmatched statements are not counted.
    """
    cols = ["rule", "n", "right", "accuracy", "gold_none"]
    pairs = _pairs(pred, gold, min_overlap)
    if pairs.empty:
        return pd.DataFrame(columns=cols)
    t = pd.DataFrame({"rule": pairs.get("pred_stance_rule", pd.Series([""] * len(pairs))).map(_clean),
                      "right": [_clean(a) == _clean(b) for a, b in zip(pairs["gold_stance"], pairs["pred_stance"])],
                      "none": [_clean(a) == "none" for a in pairs["gold_stance"]]})
    out = t.groupby("rule").agg(n=("right", "size"), right=("right", "sum"), none=("none", "sum")).reset_index()
    out["accuracy"] = (out["right"] / out["n"]).round(2)
    out["gold_none"] = (out["none"] / out["n"]).round(2)
    out["right"] = out["right"].astype(int)
    return out.sort_values(["n", "rule"], ascending=[False, True])[cols].reset_index(drop=True)


def dates(pred: pd.DataFrame, gold: pd.DataFrame, *, min_overlap: float = 0.5) -> pd.DataFrame:
    """Date accuracy on matched statements whose gold date is known: ``n, correct, accuracy``
    (plus ``predicted_empty``: how many of them the automatic coding left undated)."""
    pairs = _pairs(pred, gold, min_overlap)
    if pairs.empty or "pred_date" not in pairs:
        return pd.DataFrame([{"n": 0, "correct": 0, "accuracy": float("nan"), "predicted_empty": 0}])
    known = pairs[pairs["gold_date"].map(_clean) != ""]
    ok = [_clean(a) == _clean(b) for a, b in zip(known["gold_date"], known["pred_date"])]
    empty = int(sum(_clean(x) == "" for x in known["pred_date"]))
    return pd.DataFrame([{"n": len(ok), "correct": int(sum(ok)),
                          "accuracy": round(sum(ok) / len(ok), 3) if ok else float("nan"),
                          "predicted_empty": empty}])


def summary(pred: pd.DataFrame, gold: pd.DataFrame, *, min_overlap: float = 0.5) -> pd.DataFrame:
    """Every headline measure in one tidy table: ``measure, value, n``."""
    det = detection(pred, gold, min_overlap=min_overlap).iloc[-1]
    att = attribution(pred, gold, min_overlap=min_overlap).set_index("field")
    st = stance_agreement(pred, gold, min_overlap=min_overlap).iloc[0]
    dt = dates(pred, gold, min_overlap=min_overlap).iloc[0]
    rows = [
        ("detection precision", det["precision"], det["predicted"]),
        ("detection recall", det["recall"], det["gold"]),
        ("detection F1", det["f1"], det["tp"]),
        ("speaker accuracy", att.loc["speaker", "accuracy"], att.loc["speaker", "n"]),
        ("country accuracy", att.loc["country", "accuracy"], att.loc["country", "n"]),
        ("stance accuracy", st["accuracy"], st["n"]),
        ("stance macro-F1", st["macro_f1"], st["n"]),
        ("stance Cohen's kappa", st["kappa"], st["n"]),
        ("date accuracy", dt["accuracy"], dt["n"]),
    ]
    return pd.DataFrame(rows, columns=["measure", "value", "n"]).astype({"value": float, "n": int})


def disagreements(pred: pd.DataFrame, gold: pd.DataFrame, *, min_overlap: float = 0.5,
                  fields: tuple[str, ...] = ("speaker", "country", "stance", "date"),
                  width: int = 70, names: bool = False, register=None) -> pd.DataFrame:
    """Every difference, side by side: missed gold statements, spurious predictions, and matched
    pairs that differ on ``fields``.

    With ``names``, speakers differ only when ``names_match`` (and, with a ``register``, the
    predicted actor's names) does not accept the pair, as ``realworld`` reads them: "Pedro Sanchez"
    for the register's "Pedro Sánchez", or "AIEA" for its full name, is no difference to read. (A
    gold speaker left unnamed against a named prediction is still listed, though ``realworld``'s
    speaker share counts named gold speakers only.)

    Returns:
        Columns ``article, start, end, issue`` ('missed' | 'spurious' | comma-separated fields),
        then ``gold_*`` and ``pred_*`` for text (shortened to ``width``) and each field, and
        ``gold_note``.
    """
    def short(s) -> str:
        s = " ".join(str(s).split())
        return s if len(s) <= width else s[: width - 1] + "…"

    m = match(pred, gold, min_overlap=min_overlap)
    g = gold.reset_index(drop=True)
    p = pred.reset_index(drop=True)
    rows = []
    for r in m.itertuples(index=False):
        gr, pr = g.loc[r.gold], p.loc[r.pred]
        diff = [f for f in fields if f in g.columns and f in p.columns and _clean(gr[f]) != _clean(pr[f])
                and not (f == "date" and _clean(gr[f]) == "")
                and not (f == "speaker" and names and (
                    names_match(gr[f], pr[f], mention=str(pr.get("speaker_mention", "") or ""))
                    or _same_actor(register, gr[f], str(pr.get("speaker_id", "") or ""))))]
        if diff:
            rows.append(_side(gr, pr, ", ".join(diff), fields, short))
    for i in sorted(set(range(len(g))) - set(m["gold"])):
        rows.append(_side(g.loc[i], None, "missed", fields, short))
    for i in sorted(set(range(len(p))) - set(m["pred"])):
        rows.append(_side(None, p.loc[i], "spurious", fields, short))
    cols = ["article", "start", "end", "issue", "gold_text", "pred_text"]
    cols += [f"{w}_{f}" for f in fields for w in ("gold", "pred")] + ["gold_note"]
    out = pd.DataFrame(rows, columns=cols)
    return out.sort_values(["article", "start", "issue"], kind="stable").reset_index(drop=True)


def _side(gr, pr, issue, fields, short) -> dict:
    ref = gr if gr is not None else pr
    row = {"article": ref["article"], "start": int(ref["start"]), "end": int(ref["end"]), "issue": issue,
           "gold_text": short(gr["text"]) if gr is not None else "",
           "pred_text": short(pr["text"]) if pr is not None else "",
           "gold_note": str(gr.get("note", "")) if gr is not None else ""}
    for f in fields:
        row[f"gold_{f}"] = "" if gr is None else str(gr.get(f, ""))
        row[f"pred_{f}"] = "" if pr is None else str(pr.get(f, ""))
    return row


#: The shipped gold's convention for titles (``data/gold/README.md``: a title is not coded, as it
#: repeats the body): the sets are tagged with ``titles="quoted"``, which keeps only a title quoting
#: a named speaker's words.
SHIPPED_TITLES = "quoted"


def evaluation_sets() -> dict[str, dict]:
    """The evaluation sets shipped with the workbook, each as ``inputs, metadata, gold`` paths and
    the ``titles`` convention its gold was written with (pass it to ``pipeline.run``).

    ``seeds`` is in-sample (the rules were written on it); ``heldout`` was used to find general
    rule gaps; ``final`` was written blind and never used for tuning, so it is the estimate to
    quote for unseen articles.
    """
    return {
        "seeds": {"inputs": paths.SEEDS, "metadata": paths.ARTICLES_CSV, "gold": GOLD_CSV, "titles": SHIPPED_TITLES},
        "heldout": {"inputs": paths.HELDOUT / "articles", "metadata": paths.HELDOUT / "articles.csv",
                    "gold": paths.HELDOUT / "gold.csv", "titles": SHIPPED_TITLES},
        "final": {"inputs": paths.HELDOUT_FINAL / "articles", "metadata": paths.HELDOUT_FINAL / "articles.csv",
                  "gold": paths.HELDOUT_FINAL / "gold.csv", "titles": SHIPPED_TITLES},
    }


def scoreboard(predictions: dict[str, pd.DataFrame], golds: dict[str, pd.DataFrame], *,
               min_overlap: float = 0.5) -> pd.DataFrame:
    """The headline measures of several evaluation sets side by side.

    Args:
        predictions: set name -> coded statements of that set.
        golds: set name -> its gold table (same keys).

    Returns:
        DataFrame indexed by ``measure`` with one ``value`` column per set and one ``n`` column
        per set (``n <set>``: statements the measure is computed on).
    """
    parts = []
    for name, pred in predictions.items():
        s = summary(pred, golds[name], min_overlap=min_overlap).set_index("measure")
        parts.append(s.rename(columns={"value": name, "n": f"n {name}"}))
    board = pd.concat(parts, axis=1)
    return board[[*predictions] + [f"n {name}" for name in predictions]]


# ----------------------------------------------------------------------------- real articles

_NAME_NOISE = {"m", "mme", "mlle", "le", "la", "les", "l", "de", "du", "des", "d"}


def _name_tokens(name: str) -> list[str]:
    from .actors import fold

    # words only: "(DUP)" and "DUP", "Corbyn," and "Corbyn" are one name
    return [t for t in re.findall(r"\w+", fold(str(name or ""))) if t not in _NAME_NOISE]


def names_match(gold: str, pred: str, *, mention: str = "") -> bool:
    """Whether a predicted speaker names the gold speaker, for speakers outside the register.

    Real-article gold names people and bodies as the article does ("Laurent Berger", "CGT");
    the tagger gives the register's canonical name, or the mention it resolved ("M. Berger",
    "la CGT"). They match when, accents, case, determiners and honorifics aside, one name's words
    are all in the other's ("Berger" / "Laurent Berger"), or the gold name is in the mention.
    Both empty also match (an unidentified source).
    """
    g, p = _name_tokens(gold), _name_tokens(pred)
    if not g:
        return not p
    if not p:
        m = _name_tokens(mention)
        return bool(m) and set(g) <= set(m)
    # ("SUD-Rail" and "SUDRail": one name, written with or without its hyphen)
    return set(g) <= set(p) or set(p) <= set(g) or "".join(g) == "".join(p)


def realworld(pred: pd.DataFrame, gold: pd.DataFrame, *, min_overlap: float = 0.5,
              register=None) -> dict[str, float]:
    """The measures the real-article development sets are scored on.

    ``found`` is detection recall (any stance), ``precision`` detection precision, ``speaker`` the
    share of matched statements whose speaker names the gold's (``names_match``; named gold
    speakers only; with a ``register``, also when the gold name is one of the predicted actor's
    names: "FO" for Force ouvrière), ``country`` exact country agreement, ``stance`` accuracy,
    ``macro_f1`` over the four stances, ``neutral_recall``, and ``end_to_end`` the share of GOLD
    statements that are found, attributed (speaker and country) and coded with the gold's stance.
    """
    pairs = _pairs(pred, gold, min_overlap)
    n_gold, n_pred = len(gold), len(pred)
    det = detection(pred, gold, min_overlap=min_overlap).iloc[-1]
    if pairs.empty:
        return {"gold": n_gold, "predicted": n_pred, "found": 0.0, "precision": 0.0, "speaker": float("nan"),
                "country": float("nan"), "stance": float("nan"), "macro_f1": float("nan"),
                "neutral_recall": float("nan"), "end_to_end": 0.0}
    ids = pairs["pred_speaker_id"] if "pred_speaker_id" in pairs else [""] * len(pairs)
    spk = [names_match(g, p, mention=m) or _same_actor(register, g, i) for g, p, m, i in zip(
        pairs["gold_speaker"], pairs["pred_speaker"], pairs.get("pred_speaker_mention", [""] * len(pairs)), ids)]
    named = [bool(_name_tokens(g)) for g in pairs["gold_speaker"]]
    ctry = [_clean(a) == _clean(b) for a, b in zip(pairs["gold_country"], pairs["pred_country"])]
    g = [str(x) for x in pairs["gold_stance"]]
    p = [str(x) for x in pairs["pred_stance"]]
    st = [a == b for a, b in zip(g, p)]
    mf1, table = macro_f1(g, p)
    neutral = table.set_index("label")["recall"].get("neutral", float("nan"))
    e2e = sum(a and b and c for a, b, c in zip(spk, ctry, st))
    return {
        "gold": n_gold, "predicted": n_pred,
        "found": float(det["recall"]), "precision": float(det["precision"]),
        "speaker": round(sum(s for s, n in zip(spk, named) if n) / max(sum(named), 1), 3),
        "country": round(float(np.mean(ctry)), 3),
        "stance": round(float(np.mean(st)), 3), "macro_f1": round(mf1, 3),
        "neutral_recall": float(neutral) if neutral == neutral else float("nan"),
        "end_to_end": round(e2e / n_gold, 3) if n_gold else float("nan"),
    }


def _same_actor(register, gold: str, pred_id) -> bool:
    """Whether the register knows the gold name as the predicted actor (by id)."""
    if register is None or not _clean(pred_id) or not _clean(gold):
        return False
    actor = register.lookup(str(gold))
    return actor is not None and actor.id.casefold() == _clean(pred_id)


def coder_agreement(path: Path | str) -> pd.DataFrame:
    """How far a second coder agrees with the gold of the real-article topics (the stances, or the
    statements found), and the machine with each of them on the same statements, for reading.

    Args:
        path: ``data/validation/coder_agreement.csv`` or ``coder_detection.csv`` (written by
            ``tests/devsets/agreement.py --record``: one row per topic, then the pooled rows,
            "development topics", "blind topics" and "all").

    Returns:
        One row per topic and pooled row: ``statements`` coded by both, the second coder's
        ``agreement``, ``kappa``, ``macro_f1`` and ``neutral_recall`` against the gold,
        ``agreement_sure`` (on the codings the second coder was sure of), Krippendorff's
        ``alpha``, and ``found_by_machine`` (of the statements, those the tagger found) with the
        machine's agreement with the gold, with the second coder, and with both where they agree.
        With ``data/validation/coder_detection.csv`` (``agreement.py --statements --record``):
        the same rows, the second coder's and the tagger's ``found``,
        ``precision`` and ``speaker`` on the same articles, with the counts ``articles, gold,
        second, machine``.
    """
    table = pd.read_csv(path, dtype={"topic": str}, keep_default_na=False)
    counts = ("topic", "statements", "found_by_machine", "articles", "gold", "second", "machine")
    shares = [c for c in table.columns if c not in counts]
    table[shares] = table[shares].apply(pd.to_numeric, errors="coerce").round(2)
    return table.set_index("topic")


def realworld_scores(path: Path | str) -> pd.DataFrame:
    """The recorded scores on the real-article development sets, for reading.

    Args:
        path: ``data/validation/realworld_scores.csv`` (written by ``tests/devsets/score.py
            --record``: one row per topic and measurement).

    Returns:
        One row per topic and measurement, ``blind`` first, the measures rounded to 2 places.
    """
    table = pd.read_csv(path, dtype={"topic": str, "measured": str, "blind": str}, keep_default_na=False)
    measures = [c for c in ("found", "precision", "speaker", "speaker_shipped", "country", "stance",
                            "macro_f1", "neutral_recall", "end_to_end") if c in table.columns]
    table[measures] = table[measures].apply(pd.to_numeric, errors="coerce").round(2)
    return table.set_index(["topic", "measured"])
