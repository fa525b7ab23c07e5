"""How far two human coders agree on the stance of the development topics' statements, and how
far the machine agrees with each of them on the same statements.

    .venv/bin/python tests/devsets/agreement.py               # every topic with a second coding
    .venv/bin/python tests/devsets/agreement.py --no-machine  # the two coders only (no texts needed)
    .venv/bin/python tests/devsets/agreement.py --record      # write data/validation/coder_agreement.csv

A second coder, blind to the gold's stances, coded a random sample of each development topic's
gold statements (``tests/devsets/<topic>/second_coder.csv``: ``article, start, end, stance,
confidence, reason``), from the statement in its context and the protocol the gold writers
followed (the topic's proposition and decisions, ``tests/devsets/README.md``'s conventions,
``data/gold/README.md``); the speaker was given. Their agreement is the ceiling a stance coder
can be held to on these conventions: a machine that agreed with the gold more often than a
second reader does would be learning the first reader, not the proposition.

The machine's side needs the texts (``tests/realworld/``, git-ignored) and tags each topic as
``score.py`` does; a statement it did not find counts as a disagreement (``not found``).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))

import score  # noqa: E402  (the tagging of a topic exactly as the scores are taken)

from helpers import agreement, evaluate, paths  # noqa: E402
from helpers.io import write_csv_atomic  # noqa: E402

DEVSETS = score.DEVSETS
NOT_FOUND = "not found"
LABELS = ["favor", "against", "neutral", "none"]


def second_coding(topic: str) -> pd.DataFrame:
    """The second coder's rows of ``topic`` joined to the gold's stance on the same statements.

    Returns:
        ``article, start, end, gold, second, confidence``.

    Raises:
        ValueError: naming the file when a row is not a gold statement or a stance is unknown.
    """
    path = DEVSETS / topic / "second_coder.csv"
    second = pd.read_csv(path, dtype={"article": str, "stance": str, "confidence": str}, keep_default_na=False)
    gold = evaluate.load_gold(DEVSETS / topic / "gold.csv")
    bad = sorted(set(second["stance"]) - set(LABELS))
    if bad:
        raise ValueError(f"{path}: unknown stance {bad}; expected one of {LABELS}")
    both = second.merge(gold[["article", "start", "end", "stance"]].rename(columns={"stance": "gold"}),
                        on=["article", "start", "end"], how="left", validate="1:1")
    lost = both[both["gold"].isna()]
    if len(lost):
        r = lost.iloc[0]
        raise ValueError(f"{path}: {len(lost)} row(s) are no gold statement, e.g. {r.article} {r.start}-{r.end}")
    both["gold"] = both["gold"].map(lambda s: s if s in LABELS else "none")
    return both.rename(columns={"stance": "second"})[["article", "start", "end", "gold", "second", "confidence"]]


def with_machine(topic: str, rows: pd.DataFrame) -> pd.DataFrame:
    """``rows`` with the machine's stance on each statement (``not found`` when unmatched), or
    None when the topic's texts are absent."""
    coded, gold, _ = score.tag_topic(topic)
    if gold.empty:
        return None
    key = rows[["article", "start", "end"]].astype({"start": int, "end": int})
    pairs = evaluate.match(coded, key)
    machine = pd.Series(NOT_FOUND, index=key.index, dtype=object)
    stance = coded["stance"].fillna("none").astype(str).replace("", "none").reset_index(drop=True)
    for p in pairs.itertuples(index=False):
        machine.iloc[p.gold] = stance.iloc[p.pred]
    present = set(gold["article"])
    return rows.assign(machine=machine.to_numpy())[rows["article"].isin(present).to_numpy()]


def figures(rows: pd.DataFrame) -> dict:
    """Agreement of the second coder with the gold, and of the machine with both when present."""
    out = {"statements": len(rows),
           "agreement": round(float((rows["gold"] == rows["second"]).mean()), 3),
           "kappa": round(evaluate.cohen_kappa(rows["gold"].tolist(), rows["second"].tolist()), 3),
           "macro_f1": round(evaluate.macro_f1(rows["gold"].tolist(), rows["second"].tolist())[0], 3)}
    neutral = rows[rows["gold"] == "neutral"]
    out["neutral_recall"] = round(float((neutral["second"] == "neutral").mean()), 3) if len(neutral) else float("nan")
    sure = rows[rows["confidence"] == "sure"]
    out["agreement_sure"] = round(float((sure["gold"] == sure["second"]).mean()), 3) if len(sure) else float("nan")
    out["alpha"] = round(agreement.alpha(rows[["gold", "second"]]), 3)
    if "machine" in rows:
        found = rows[rows["machine"] != NOT_FOUND]
        out["machine_found"] = len(found)
        out["machine_gold"] = round(float((found["machine"] == found["gold"]).mean()), 3) if len(found) else float("nan")
        out["machine_second"] = round(float((found["machine"] == found["second"]).mean()), 3) if len(found) else float("nan")
        agreed = found[found["gold"] == found["second"]]
        out["machine_where_coders_agree"] = round(float((agreed["machine"] == agreed["gold"]).mean()), 3) \
            if len(agreed) else float("nan")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("topics", nargs="*", help="topics (default: every one with a second_coder.csv)")
    parser.add_argument("--no-machine", action="store_true", help="the two coders only (no texts needed)")
    parser.add_argument("--confusion", action="store_true", help="also print the gold x second-coder table")
    parser.add_argument("--record", action="store_true",
                        help=f"write the table to {paths.CODER_AGREEMENT.relative_to(paths.ROOT)} (atomically)")
    args = parser.parse_args(argv)
    topics = args.topics or sorted(p.parent.name for p in DEVSETS.glob("*/second_coder.csv"))
    table, pooled = [], []
    for topic in topics:
        rows = second_coding(topic)
        if not args.no_machine:
            tagged = with_machine(topic, rows)
            if tagged is None:
                print(f"{topic}: no text present; the machine is left out", file=sys.stderr)
            else:
                rows = tagged
        pooled.append(rows.assign(topic=topic))
        table.append({"topic": topic, **figures(rows)})
    if not table:
        print("no second coding found (tests/devsets/<topic>/second_coder.csv)", file=sys.stderr)
        return 1
    everything = pd.concat(pooled, ignore_index=True)
    if "machine" in everything and everything["machine"].isna().any():
        everything = everything.drop(columns="machine")
    table.append({"topic": "all", **figures(everything)})
    result = pd.DataFrame(table)
    if args.record:
        write_csv_atomic(result, paths.CODER_AGREEMENT, lineterminator="\n")
    with pd.option_context("display.width", 200, "display.max_columns", 20):
        print(result.set_index("topic").to_string())
        if args.confusion:
            print(pd.crosstab(everything["gold"], everything["second"], rownames=["gold"], colnames=["second"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
