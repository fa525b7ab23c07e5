"""Agreement between coders, and between each coder and the machine.

Discourse network analysts code by hand with several coders and report how far they agree
before trusting a coding; hybrid coding needs the same: between the analysts who reviewed, and
between each of them and the automatic coding. This module reads the review ledger
(``reviews.read``), keeps each coder's last decision per statement, and measures:

- **Krippendorff's alpha** (nominal), from the maintained ``krippendorff`` package: any number
  of coders, missing codings allowed (a coder who did not look at a statement);
- **Cohen's kappa** for each pair (``evaluate.cohen_kappa``), with the raw share of agreement
  and the number of statements both coded.

A coder's value for a statement is the stance they decided: a ``change`` of stance gives its
new stance, a ``confirm`` (or a change of speaker only) the machine's stance, a ``delete``
``"no statement"``, an ``add`` its stance (and the machine, which missed it, ``"no statement"``).
"""
from __future__ import annotations

from itertools import combinations
from typing import Any

import numpy as np
import pandas as pd

from . import evaluate
from . import reviews as reviews_mod

MACHINE = "machine"
NO_STATEMENT = "no statement"
KEY = ["article", "start", "end"]


def codings(reviews: pd.DataFrame, *, machine: pd.DataFrame | None = None, field: str = "stance") -> pd.DataFrame:
    """One row per reviewed statement, one column per coder (and ``machine``), the decided value.

    Args:
        reviews: the ledger as ``reviews.read`` returns it (each coder's last row per statement
            counts).
        machine: the automatic coding (``article, start, end`` and ``field``), before reviews;
            adds the ``machine`` column and fills the value of a ``confirm``.
        field: the coded field compared (``stance`` by default; ``speaker``, ``country`` ...).

    Returns:
        DataFrame indexed by ``article, start, end``: a column per coder (sorted), then
        ``machine`` when given; NaN where a coder did not code the statement.
    """
    last = reviews_mod.decisions(reviews)
    auto: dict[tuple, str] = {}
    if machine is not None and len(machine):
        m = machine.drop_duplicates(KEY)
        auto = {(str(a), int(s), int(e)): ("" if pd.isna(v) else str(v))
                for a, s, e, v in zip(m["article"], m["start"], m["end"], m[field])}
    rows = []
    for r in last.to_dict("records"):
        key = (str(r["article"]), int(r["start"]), int(r["end"]))
        if r["action"] == "delete":
            value = NO_STATEMENT
        elif r["action"] == "add":
            value = r[field] or None
        else:
            value = r[field] or auto.get(key)
        rows.append((*key, r["coder"], value))
    table = pd.DataFrame(rows, columns=KEY + ["coder", "value"])
    wide = (table.pivot_table(index=KEY, columns="coder", values="value", aggfunc="last")
            if len(table) else pd.DataFrame(index=pd.MultiIndex.from_tuples([], names=KEY)))
    wide = wide.reindex(columns=sorted(wide.columns))
    wide.columns.name = None
    if machine is not None:
        wide[MACHINE] = [auto.get(k, NO_STATEMENT) for k in wide.index]
    return wide


def alpha(table: pd.DataFrame, *, coders: list[str] | None = None) -> float:
    """Krippendorff's alpha (nominal) over the ``coders`` columns of ``codings``; NaN when fewer
    than two values can be paired."""
    import krippendorff

    cols = list(coders) if coders is not None else list(table.columns)
    data = table[cols]
    values = sorted({v for v in data.to_numpy().ravel() if isinstance(v, str)})
    if len(cols) < 2 or not len(data):
        return float("nan")
    code = {v: i for i, v in enumerate(values)}
    matrix = np.array([[code.get(v, np.nan) if isinstance(v, str) else np.nan for v in data[c]] for c in cols],
                      dtype=float)
    pairable = (~np.isnan(matrix)).sum(axis=0) >= 2
    if pairable.sum() == 0:
        return float("nan")
    if len({v for v in matrix[:, pairable].ravel() if not np.isnan(v)}) < 2:
        return 1.0  # one value everywhere: perfect agreement, with no variation to discount
    return float(krippendorff.alpha(reliability_data=matrix, level_of_measurement="nominal"))


def pairwise(table: pd.DataFrame) -> pd.DataFrame:
    """Cohen's kappa and raw agreement for every pair of columns of ``codings``.

    Returns:
        One row per pair: ``coder_a, coder_b, n`` (statements both coded), ``agreement`` (share
        equal) and ``kappa``.
    """
    rows = []
    for a, b in combinations(table.columns, 2):
        both = table[[a, b]].dropna()
        n = len(both)
        agree = float((both[a] == both[b]).mean()) if n else float("nan")
        kappa = evaluate.cohen_kappa(both[a].tolist(), both[b].tolist()) if n else float("nan")
        rows.append({"coder_a": a, "coder_b": b, "n": n, "agreement": agree, "kappa": kappa})
    return pd.DataFrame(rows, columns=["coder_a", "coder_b", "n", "agreement", "kappa"])


def report(reviews: pd.DataFrame, *, machine: pd.DataFrame | None = None, field: str = "stance") -> pd.DataFrame:
    """The agreement figures notebook 03 shows: alpha between the coders, alpha with the machine
    as one more coder, and each pair's kappa.

    Returns:
        One row per measure: ``measure``, ``between``, ``n`` (statements with at least two
        codings), ``value``.
    """
    table = codings(reviews, machine=machine, field=field)
    people = [c for c in table.columns if c != MACHINE]
    rows = []

    def n_pairable(cols):
        return int((table[cols].notna().sum(axis=1) >= 2).sum()) if cols else 0

    rows.append({"measure": "Krippendorff's alpha", "between": "coders", "n": n_pairable(people),
                 "value": alpha(table, coders=people)})
    if machine is not None:
        rows.append({"measure": "Krippendorff's alpha", "between": "coders and machine",
                     "n": n_pairable(people + [MACHINE]), "value": alpha(table)})
    for r in pairwise(table).itertuples(index=False):
        rows.append({"measure": "Cohen's kappa", "between": f"{r.coder_a} / {r.coder_b}", "n": r.n, "value": r.kappa})
        rows.append({"measure": "agreement", "between": f"{r.coder_a} / {r.coder_b}", "n": r.n, "value": r.agreement})
    return pd.DataFrame(rows, columns=["measure", "between", "n", "value"])


def disagreements(reviews: pd.DataFrame, *, machine: pd.DataFrame | None = None, field: str = "stance",
                  texts: Any = None, width: int = 90) -> pd.DataFrame:
    """The statements on which the coders (or a coder and the machine) differ, side by side.

    Returns:
        One row per statement with ``article, start, end``, a column per coder (and
        ``machine``), and ``text`` (the statement, shortened to ``width``, when the machine
        table or the corpus has it).
    """
    table = codings(reviews, machine=machine, field=field)
    differ = table.apply(lambda r: r.dropna().nunique() > 1, axis=1) if len(table) else pd.Series(dtype=bool)
    out = table[differ].reset_index()
    known = reviews_mod.article_texts(texts)
    texts_by_key = {}
    if machine is not None and "text" in machine.columns:
        texts_by_key = {(str(a), int(s), int(e)): str(t) for a, s, e, t in
                        zip(machine["article"], machine["start"], machine["end"], machine["text"])}
    shown = []
    for a, s, e in zip(out["article"], out["start"], out["end"]):
        t = texts_by_key.get((a, s, e)) or (known[a][s:e] if known and a in known else "")
        t = " ".join(t.split())
        shown.append(t if len(t) <= width else t[: width - 1] + "…")
    return out.assign(text=shown)


def gold_as_coder(gold: pd.DataFrame, statements: pd.DataFrame, *, coder: str = "gold",
                  min_overlap: float = 0.5) -> pd.DataFrame:
    """A hand-coded gold table as one more coder of the tagged statements.

    The gold (``data/gold/statements.csv``) is a careful human coding; matched to the tagged
    statements by span (``evaluate.match``), each matched gold row becomes a ``change`` by
    ``coder`` of that statement's stance, so ``report`` and ``disagreements`` put it beside the
    analysts and the machine.

    Returns:
        Rows with ``reviews.READ_COLUMNS`` (``file`` = "gold", ``line`` the gold row's line).
    """
    pairs = evaluate.match(statements, gold, min_overlap=min_overlap)
    rows = []
    for n, (g, p) in enumerate(zip(pairs["gold"].astype(int), pairs["pred"].astype(int))):
        st, gd = statements.iloc[p], gold.iloc[g]
        row = {c: "" for c in reviews_mod.LEDGER_COLUMNS}
        row.update(action="change", article=str(st["article"]), start=int(st["start"]), end=int(st["end"]),
                   stance=str(gd["stance"]), target=str(gd.get("target", "") or ""), coder=coder,
                   file="gold", line=g + 2, order=-len(pairs) + n)
        rows.append(row)
    return pd.DataFrame(rows, columns=reviews_mod.READ_COLUMNS)
