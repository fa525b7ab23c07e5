"""Score the tagger and the stance coder on the real-article development sets.

    .venv/bin/python tests/devsets/score.py                 # every topic whose texts are present
    .venv/bin/python tests/devsets/score.py retraites_2023  # some topics
    .venv/bin/python tests/devsets/score.py --no-topic-actors --out scores.csv
    .venv/bin/python tests/devsets/score.py --errors DIR    # per-topic disagreement tables
    .venv/bin/python tests/devsets/score.py --by-rule       # how often each stance rule is right

The texts are third-party and never committed: each topic's articles are read from the
git-ignored ``tests/realworld/<topic>/<article>.txt`` when present; an article whose sha256
differs from ``tests/devsets/<topic>/index.csv`` is reported and skipped. Each topic is tagged
with the shipped registers (``data/actors*.csv``) plus, unless ``--no-topic-actors``, the
topic's own ``actors.csv`` (the few rows a user adds), and coded with the topic's
``target.yaml``. Not part of CI (CI has no texts). Rebuilds nothing: it only reads.
"""
from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import warnings
from pathlib import Path

import pandas as pd

from helpers import actors, corpus, evaluate, paths, pipeline, speech, stance

DEVSETS = paths.ROOT / "tests" / "devsets"
TEXTS = paths.ROOT / "tests" / "realworld"
MEASURES = ["gold", "predicted", "found", "precision", "speaker", "country", "stance", "macro_f1",
            "neutral_recall", "end_to_end"]


def topics() -> list[str]:
    return sorted(p.name for p in DEVSETS.iterdir() if (p / "gold.csv").is_file())


def registers(topic: str, *, topic_actors: bool, general_register: bool = True) -> list[Path]:
    files = [paths.ACTORS_CSV]
    general = paths.DATA / "actors_general.csv"
    if general_register and general.is_file():
        files.append(general)
    if topic_actors and (DEVSETS / topic / "actors.csv").is_file():
        files.append(DEVSETS / topic / "actors.csv")
    return files


def merged_register(files: list[Path]) -> actors.Register:
    """One register from several CSVs (a later row of an id wins)."""
    return actors.load_register(files)


def present_articles(topic: str) -> tuple[list[Path], pd.DataFrame, list[str]]:
    index = pd.read_csv(DEVSETS / topic / "index.csv", dtype=str, keep_default_na=False)
    files, problems = [], []
    for row in index.itertuples(index=False):
        f = TEXTS / topic / f"{row.article}.txt"
        if not f.is_file():
            problems.append(f"{f}: absent")
            continue
        digest = hashlib.sha256(f.read_bytes()).hexdigest()
        if digest != row.sha256:
            problems.append(f"{f}: sha256 differs from the index; skipped")
            continue
        files.append(f)
    return files, index, problems


def tag_topic(topic: str, *, topic_actors: bool = True, general_register: bool = True) -> tuple[pd.DataFrame, pd.DataFrame, list[str]]:
    """(coded statements, gold restricted to the present articles, problems) of one topic."""
    files, index, problems = present_articles(topic)
    gold = evaluate.load_gold(DEVSETS / topic / "gold.csv")
    present = {f.stem for f in files}
    gold = gold[gold["article"].isin(present)].reset_index(drop=True)
    if not files:
        return speech.statements_in_text(""), gold, problems
    # a month-only date ("2018-04") is given as it is: the metadata keeps it as the month
    meta = index.assign(published=index["published"].where(index["published"].str.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?"), ""))
    meta = meta[meta["article"].isin(present)][["article", "outlet", "published"]].assign(
        agency="", date_basis=lambda d: d["published"].map(lambda x: "metadata" if x else ""), date_note="")
    with tempfile.TemporaryDirectory() as tmp:
        md = Path(tmp) / "articles.csv"
        meta.to_csv(md, index=False)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            corp = corpus.load_articles(files, metadata=md)
    register = merged_register(registers(topic, topic_actors=topic_actors, general_register=general_register))
    book = stance.load_codebook(DEVSETS / topic / "target.yaml")
    # (the real-article gold codes a title that reports someone's words: titles="reported")
    frames = [t for t in pipeline.iter_coded(corp.items, register=register, codebook=book, titles="reported")
              if len(t)]
    coded = speech.link_utterances(pd.concat(frames, ignore_index=True)) if frames else speech.statements_in_text("")
    if len(coded):
        coded = stance.speaker_lines(coded)
    return coded, gold, problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("topics", nargs="*", help="topics to score (default: all)")
    parser.add_argument("--no-topic-actors", action="store_true", help="the shipped registers only")
    parser.add_argument("--no-general-register", action="store_true", help="without data/actors_general.csv")
    parser.add_argument("--out", help="write the per-topic table to this CSV")
    parser.add_argument("--errors", help="write each topic's disagreements to DIR/<topic>.csv (development topics only)")
    parser.add_argument("--by-rule", metavar="CSV", nargs="?", const="-",
                        help="also print (or write to CSV) how often each stance rule agrees with the gold, pooled "
                             "over the topics scored (evaluate.stance_by_rule)")
    parser.add_argument("--record", metavar="LABEL",
                        help="record the figures in data/validation/realworld_scores.csv as measurement LABEL "
                             "(rows of an earlier LABEL are replaced; `blind` from tests/devsets/protocol.yaml), "
                             "with the speaker accuracy measured again with the shipped registers only")
    parser.add_argument("--record-rules", action="store_true",
                        help="write how often each stance rule agrees with the gold, pooled over the topics scored "
                             "(development topics only), to data/validation/rule_reliability.csv: the order of the "
                             "review queue (learn.queue)")
    parser.add_argument("--snapshot", metavar="CSV", action="append", default=[],
                        help="with --record: also record an earlier --out table, as LABEL=CSV")
    args = parser.parse_args(argv)
    rows, pooled_coded, pooled_gold = [], [], []
    for topic in args.topics or topics():
        coded, gold, problems = tag_topic(topic, topic_actors=not args.no_topic_actors,
                                          general_register=not args.no_general_register)
        for p in problems:
            print(f"warning: {p}", file=sys.stderr)
        if gold.empty:
            print(f"{topic}: no text present; skipped", file=sys.stderr)
            continue
        register = merged_register(registers(topic, topic_actors=not args.no_topic_actors,
                                             general_register=not args.no_general_register))
        pooled_coded.append(coded)
        pooled_gold.append(gold)
        rows.append({"topic": topic, "articles": gold["article"].nunique(),
                     **evaluate.realworld(coded, gold, register=register)})
        if args.errors and topic not in looked_at():
            # a blind topic's errors are not written: reading them would end its blindness
            print(f"{topic}: blind (not in protocol.yaml looked_at); errors not written", file=sys.stderr)
        elif args.errors:
            out = Path(args.errors)
            out.mkdir(parents=True, exist_ok=True)
            dis = evaluate.disagreements(coded, gold, width=200, names=True, register=register)
            dis.to_csv(out / f"{topic}.csv", index=False)
            coded.to_csv(out / f"{topic}.statements.csv", index=False)
    if not rows:
        print("no topic could be scored (texts absent)", file=sys.stderr)
        return 1
    table = pd.DataFrame(rows).set_index("topic")
    pooled = table[["gold", "predicted", "articles"]].sum()
    weights = table["gold"]
    mean = {m: round(float((table[m] * weights).sum() / weights.sum()), 3) for m in MEASURES[2:]}
    table.loc["all (weighted by gold)"] = {**pooled.to_dict(), **mean}
    with pd.option_context("display.width", 200, "display.max_columns", 20):
        print(table.round(3))
    if args.out:
        table.round(3).to_csv(args.out)
    if args.record_rules:
        scored, development = set(table.index[:-1]), set(looked_at())
        if scored != development:
            # exactly the development topics: the queue is then measured on the topics never
            # looked at (their gold stays out of it), and a subset would replace the whole measure
            print(f"--record-rules: score exactly the development topics ({', '.join(sorted(development))}), "
                  f"not {', '.join(sorted(scored))}; nothing written", file=sys.stderr)
            return 2
        from helpers.io import write_csv_atomic

        rules = evaluate.stance_by_rule(pd.concat(pooled_coded, ignore_index=True),
                                        pd.concat(pooled_gold, ignore_index=True))
        write_csv_atomic(rules, paths.RULE_RELIABILITY, lineterminator="\n")
        print(f"wrote {paths.RULE_RELIABILITY} ({len(rules)} rules)")
    if args.by_rule:
        by_rule = evaluate.stance_by_rule(pd.concat(pooled_coded, ignore_index=True),
                                          pd.concat(pooled_gold, ignore_index=True))
        if args.by_rule == "-":
            with pd.option_context("display.width", 200, "display.max_rows", 200):
                print(by_rule.to_string(index=False))
        else:
            by_rule.to_csv(args.by_rule, index=False)
    if args.record:
        shipped = {}
        for topic in table.index[:-1]:
            coded, gold, _ = tag_topic(topic, topic_actors=False)
            shipped[topic] = evaluate.realworld(coded, gold, register=merged_register(
                registers(topic, topic_actors=False)))["speaker"]
        record(table.drop(index=table.index[-1]).assign(speaker_shipped=pd.Series(shipped)), args.record)
        for item in args.snapshot:
            label, _, path = item.partition("=")
            record(pd.read_csv(path, index_col="topic").drop(index="all (weighted by gold)", errors="ignore"), label)
    return 0


def looked_at() -> dict:
    """The development topics whose errors may be read (tests/devsets/protocol.yaml)."""
    import yaml

    return (yaml.safe_load((DEVSETS / "protocol.yaml").read_text(encoding="utf-8")) or {}).get("looked_at", {})


def record(table: pd.DataFrame, label: str) -> None:
    """Write one measurement's rows into the committed scores table (atomically)."""
    from helpers.io import write_csv_atomic

    looked = looked_at()
    rows = table.reset_index().rename(columns={"index": "topic"})
    rows.insert(1, "measured", label)
    # Blind: the topic's errors had not been looked at when this measurement was taken. Rounds
    # are ordered by name ("round0" < "round1"...), and a label after them is final.
    rows.insert(2, "blind", [("yes" if t not in looked or _before(label, looked[t]) else "no") for t in rows["topic"]])
    cols = ["topic", "measured", "blind", "articles", "gold", "predicted", "found", "precision", "speaker",
            "speaker_shipped", "country", "stance", "macro_f1", "neutral_recall", "end_to_end"]
    rows = rows.reindex(columns=cols)
    path = paths.REALWORLD_SCORES
    old = pd.read_csv(path, keep_default_na=False, dtype=str) if path.is_file() else pd.DataFrame(columns=cols)
    old = old[old["measured"] != label]
    out = pd.concat([old, rows.astype(object).where(rows.notna(), "")], ignore_index=True)
    out = out.sort_values(["topic", "measured"], kind="stable")
    write_csv_atomic(out, path, lineterminator="\n")


def _before(label: str, round_: str) -> bool:
    """Whether measurement ``label`` was taken before the topic's errors were read in ``round_``
    (labels: round0 = before any tuning, stage1 = end of round 1, final)."""
    order = {"round0": 0, "stage1": 1, "final": 9}
    when = {"round 1": 1, "round 2": 2}
    return order.get(label, 9) < when.get(str(round_), 0)


if __name__ == "__main__":
    sys.exit(main())
