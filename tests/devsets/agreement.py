"""How far two coders agree on the real-article topics' statements (their stance, and which
statements there are), and how far the machine agrees with each of them on the same statements.

    .venv/bin/python tests/devsets/agreement.py               # every topic with a second coding
    .venv/bin/python tests/devsets/agreement.py --no-machine  # the two coders only (no texts needed)
    .venv/bin/python tests/devsets/agreement.py --record      # write data/validation/coder_agreement.csv
    .venv/bin/python tests/devsets/agreement.py --statements [--record]  # the statements found (coder_detection.csv)

A second coder, blind to the gold's stances, coded a random sample of each topic's gold
statements (``tests/devsets/<topic>/second_coder.csv``: ``article, start, end, stance,
confidence, reason``), from the statement in its context and the protocol the gold writers
followed (the topic's proposition and decisions, ``tests/devsets/README.md``'s conventions,
``data/gold/README.md``); the speaker was given. Both coders are language-model helpers
following the written protocol, so two people might agree less. Their agreement is about the
ceiling a stance coder can be held to on these conventions: a machine that agreed with the gold
more often than a second reader does would be learning the first reader, not the proposition.

A second coder also read four articles of each topic drawn at random and listed
every reported statement the protocol codes (``tests/devsets/<topic>/second_statements.csv``:
``article, start, end, speaker, kind``), blind to the gold: ``--statements`` compares that list
with the gold's statements of the same articles (found, precision, speaker, as ``score.py``
measures the tagger), and the tagger's on the same articles.

The machine's side needs the texts (``tests/realworld/``, git-ignored) and tags each topic as
``score.py`` does, its statements matched to the topic's whole gold as the scores are (one tagged
span to one gold statement), then read on the sampled ones. A statement it did not find is left
out of ``machine_gold`` and ``machine_second`` (``found_by_machine`` says how many it found) and
counts as a disagreement in ``machine_gold_all``. Without every sampled article's text, the
machine is left out and the coders' figures stay whole.
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
CONFIDENCES = ["sure", "doubt"]
KINDS = ["direct", "indirect", "attributed"]
KEY = ["article", "start", "end"]


def groups(topics: list[str]) -> list[tuple[str, list[str]]]:
    """The pooled rows of a table: the development topics (whose errors were looked at,
    ``protocol.yaml``), the blind ones, and all, each when it holds a topic (``all`` only when
    both groups do)."""
    looked = score.looked_at()
    dev = [t for t in topics if t in looked]
    blind = [t for t in topics if t not in looked]
    out = [(name, ts) for name, ts in (("development topics", dev), ("blind topics", blind)) if ts]
    return out + ([("all", list(topics))] if dev and blind else [])


def second_coding(topic: str) -> pd.DataFrame:
    """The second coder's rows of ``topic`` joined to the gold's stance on the same statements.

    Returns:
        ``article, start, end, gold, second, confidence``.

    Raises:
        ValueError: naming the file when a row is not a gold statement, a statement is coded
            twice, or a stance or confidence is unknown.
    """
    path = DEVSETS / topic / "second_coder.csv"
    second = pd.read_csv(path, dtype={"article": str, "stance": str, "confidence": str}, keep_default_na=False)
    gold = evaluate.load_gold(DEVSETS / topic / "gold.csv")
    for column, allowed in (("stance", LABELS), ("confidence", CONFIDENCES)):
        bad = sorted(set(second[column]) - set(allowed))
        if bad:
            raise ValueError(f"{path}: unknown {column} {bad}; expected one of {allowed}")
    twice = second[second.duplicated(KEY)]
    if len(twice):
        r = twice.iloc[0]
        raise ValueError(f"{path}: {len(twice)} statement(s) coded twice, e.g. {r.article} {r.start}-{r.end}")
    both = second.merge(gold[["article", "start", "end", "stance"]].rename(columns={"stance": "gold"}),
                        on=["article", "start", "end"], how="left", validate="1:1")
    lost = both[both["gold"].isna()]
    if len(lost):
        r = lost.iloc[0]
        raise ValueError(f"{path}: {len(lost)} row(s) are no gold statement, e.g. {r.article} {r.start}-{r.end}")
    both["gold"] = both["gold"].map(lambda s: s if s in LABELS else "none")
    return both.rename(columns={"stance": "second"})[["article", "start", "end", "gold", "second", "confidence"]]


def with_machine(topic: str, rows: pd.DataFrame) -> pd.DataFrame | None:
    """``rows`` with the machine's stance on each statement (``not found`` when no tagged span is
    matched to it), or None when the text of a sampled article is absent."""
    coded, gold, _ = score.tag_topic(topic)
    if not set(rows["article"]) <= set(gold["article"]):
        return None
    # matched against the whole gold, as the scores are: a tagged span covering two gold
    # statements goes to the one it overlaps best, sampled or not
    pairs = evaluate.match(coded, gold)
    stance = coded["stance"].fillna("none").astype(str).replace("", "none").reset_index(drop=True)
    key = gold[KEY].reset_index(drop=True)
    found = {tuple(key.iloc[p.gold]): stance.iloc[p.pred] for p in pairs.itertuples(index=False)}
    machine = [found.get((r.article, r.start, r.end), NOT_FOUND) for r in rows[KEY].itertuples(index=False)]
    return rows.assign(machine=machine)


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
        out["found_by_machine"] = len(found)
        out["machine_gold"] = round(float((found["machine"] == found["gold"]).mean()), 3) if len(found) else float("nan")
        out["machine_second"] = round(float((found["machine"] == found["second"]).mean()), 3) if len(found) else float("nan")
        out["machine_gold_all"] = round(float((rows["machine"] == rows["gold"]).mean()), 3)
        agreed = found[found["gold"] == found["second"]]
        out["machine_where_coders_agree"] = round(float((agreed["machine"] == agreed["gold"]).mean()), 3) \
            if len(agreed) else float("nan")
    return out


def second_statements(topic: str) -> pd.DataFrame:
    """The statements the second coder listed in some articles of ``topic``, as a table the
    scores read (``article, start, end, speaker, kind``, with an empty ``country`` and ``stance``).

    Raises:
        ValueError: naming the file when an article is not in the topic's index, a span is empty
            or listed twice, or a kind is unknown.
    """
    path = DEVSETS / topic / "second_statements.csv"
    rows = pd.read_csv(path, dtype={"article": str, "speaker": str, "kind": str}, keep_default_na=False)
    index = pd.read_csv(DEVSETS / topic / "index.csv", dtype=str, keep_default_na=False)
    unknown = sorted(set(rows["article"]) - set(index["article"]))
    if unknown:
        raise ValueError(f"{path}: articles not in the topic's index.csv: {unknown}")
    empty = rows[rows["end"] <= rows["start"]]
    if len(empty):
        raise ValueError(f"{path}: {len(empty)} empty span(s), e.g. {empty.iloc[0].article} {empty.iloc[0].start}")
    twice = rows[rows.duplicated(KEY)]
    if len(twice):
        raise ValueError(f"{path}: {len(twice)} span(s) listed twice, e.g. {twice.iloc[0].article} {twice.iloc[0].start}")
    bad = sorted(set(rows["kind"]) - set(KINDS))
    if bad:
        raise ValueError(f"{path}: unknown kind {bad}; expected one of {KINDS}")
    return rows.assign(country="", stance="none")


def _statement_parts(topic: str, *, machine: bool):
    """(second coder's rows, gold rows, tagger's rows or None, register) on the articles the second
    coder read; the tagger's only with ``machine`` and every one of those texts present."""
    second = second_statements(topic)
    articles = sorted(set(second["article"]))
    gold = evaluate.load_gold(DEVSETS / topic / "gold.csv")
    gold = gold[gold["article"].isin(articles)].reset_index(drop=True)
    coded, register = None, None
    if machine:
        tagged, gold_present, _ = score.tag_topic(topic)
        if set(articles) <= set(gold_present["article"]):
            coded = tagged[tagged["article"].isin(articles)].reset_index(drop=True)
            register = score.merged_register(score.registers(topic, topic_actors=True))
        else:
            print(f"{topic}: texts absent; the machine is left out", file=sys.stderr)
    return second, gold, coded, register


def _statement_row(topic: str, second, gold, coded, register) -> dict:
    mine = evaluate.realworld(second, gold)
    out = {"topic": topic, "articles": second["article"].nunique(), "gold": len(gold), "second": len(second),
           "second_found": mine["found"], "second_precision": mine["precision"], "second_speaker": mine["speaker"],
           "machine": float("nan"), "machine_found": float("nan"), "machine_precision": float("nan"),
           "machine_speaker": float("nan")}
    if coded is not None:
        theirs = evaluate.realworld(coded, gold, register=register)
        out.update(machine=len(coded), machine_found=theirs["found"], machine_precision=theirs["precision"],
                   machine_speaker=theirs["speaker"])
    return out


def statements_table(topics: list[str], *, machine: bool) -> pd.DataFrame:
    """Found, precision and speaker of the second coder against the gold on the articles it read
    (``second_*``) and, with ``machine`` and the texts present, the tagger's on the same articles
    (``machine_*``, NaN otherwise), per topic and pooled (:func:`groups`; the tagger pooled only
    when every topic of the group has it, its speakers judged with their registers at once)."""
    parts = {t: _statement_parts(t, machine=machine) for t in topics}
    rows = [_statement_row(t, *p) for t, p in parts.items()]
    for name, members in groups(topics):
        chosen = [parts[t] for t in members]
        all_second = pd.concat([second for second, _, _, _ in chosen], ignore_index=True)
        all_gold = pd.concat([gold for _, gold, _, _ in chosen], ignore_index=True)
        pooled = _statement_row(name, all_second, all_gold, None, None)
        if all(coded is not None for _, _, coded, _ in chosen):
            files = list(dict.fromkeys(f for t in members for f in score.registers(t, topic_actors=True)))
            tagged = pd.concat([coded for _, _, coded, _ in chosen], ignore_index=True)
            whole = evaluate.realworld(tagged, all_gold, register=score.merged_register(files))
            pooled.update(machine=len(tagged), machine_found=whole["found"], machine_precision=whole["precision"],
                          machine_speaker=whole["speaker"])
        rows.append(pooled)
    return pd.DataFrame(rows)


def stance_table(topics: list[str], *, machine: bool) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(:func:`figures` per topic and pooled by :func:`groups`, the rows pooled over every topic)."""
    per_topic = {}
    for topic in topics:
        rows = second_coding(topic)
        if machine:
            tagged = with_machine(topic, rows)
            if tagged is None:
                print(f"{topic}: no text present; the machine is left out", file=sys.stderr)
            else:
                rows = tagged
        per_topic[topic] = rows.assign(topic=topic)
    table = [{"topic": t, **figures(r)} for t, r in per_topic.items()]
    for name, members in groups(topics):
        chosen = pd.concat([per_topic[t] for t in members], ignore_index=True)
        if "machine" in chosen and chosen["machine"].isna().any():
            chosen = chosen.drop(columns="machine")
        table.append({"topic": name, **figures(chosen)})
    return pd.DataFrame(table), pd.concat(per_topic.values(), ignore_index=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("topics", nargs="*", help="topics (default: every one with a second_coder.csv)")
    parser.add_argument("--no-machine", action="store_true", help="the two coders only (no texts needed)")
    parser.add_argument("--confusion", action="store_true", help="also print the gold x second-coder table")
    parser.add_argument("--record", action="store_true",
                        help=f"write the table to {paths.CODER_AGREEMENT.relative_to(paths.ROOT)} (atomically)")
    parser.add_argument("--statements", action="store_true",
                        help="the statements found instead of their stance (second_statements.csv; with --record, "
                             f"{paths.CODER_DETECTION.relative_to(paths.ROOT)})")
    args = parser.parse_args(argv)
    if args.record and args.no_machine:
        parser.error("--record writes the machine's columns too: run it with the texts, without --no-machine")
    if args.statements:
        found = statements_table(args.topics or sorted(p.parent.name for p in DEVSETS.glob("*/second_statements.csv")),
                                 machine=not args.no_machine)
        if args.record:
            write_csv_atomic(found, paths.CODER_DETECTION, lineterminator="\n")
        with pd.option_context("display.width", 200, "display.max_columns", 20):
            print(found.set_index("topic").to_string())
        return 0
    topics = args.topics or sorted(p.parent.name for p in DEVSETS.glob("*/second_coder.csv"))
    if not topics:
        print("no second coding found (tests/devsets/<topic>/second_coder.csv)", file=sys.stderr)
        return 1
    result, everything = stance_table(topics, machine=not args.no_machine)
    if args.record:
        write_csv_atomic(result, paths.CODER_AGREEMENT, lineterminator="\n")
    with pd.option_context("display.width", 200, "display.max_columns", 20):
        print(result.set_index("topic").to_string())
        if args.confusion:
            print(pd.crosstab(everything["gold"], everything["second"], rownames=["gold"], colnames=["second"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
