"""Learning curve of hybrid coding on the real-article development sets (issue 12, item 6).

For each topic of ``tests/devsets/`` whose texts are present in ``tests/realworld/<topic>/``
(they are third-party and never committed; articles whose sha256 differs from ``index.csv`` are
skipped), the rules code the articles, then reviews simulated from the topic's gold are taken
from the review queue (``learn.queue``) or at random, and after 0, 25, 50 and 100 reviews the
end-to-end accuracy of the statements not yet reviewed is measured (``learn.simulate``), beside
the rules alone on the same statements. The results go to ``data/validation/learning_curve.csv``
(committed; notebook 07 plots it, since CI has no texts).

Each topic is tagged and coded exactly as ``score.py`` does: the shipped registers plus the
topic's few actor rows, the topic's ``target.yaml`` (written from the proposition alone), the
speakers' lines across its articles.

Run (one command; about a minute per topic on two cores):

    .venv/bin/python tests/devsets/learning_curve.py
    .venv/bin/python tests/devsets/learning_curve.py --devsets /elsewhere/devsets --texts /elsewhere/realworld
"""
from __future__ import annotations

import argparse
import hashlib
import logging
import os
import sys
import tempfile
import time
import warnings
from pathlib import Path

import pandas as pd
import yaml

from helpers import actors, corpus, evaluate, learn, paths, pipeline, speech, stance

STEPS = (0, 25, 50, 100)
COLUMNS = ["topic", "strategy", "reviews", "unreviewed_gold", "accuracy", "rules_accuracy", "unreviewed_found",
           "found_accuracy", "rules_found_accuracy", "runs", "articles", "gold", "statements", "rules_target"]


def topic_curve(topic: str, devset: Path, texts: Path, *, steps=STEPS, runs: int = 3, batch: int = 5) -> pd.DataFrame:
    """The curve of one topic: the articles tagged and coded exactly as ``score.py`` does (the
    shipped registers and the topic's few actor rows, its ``target.yaml``, the speaker lines),
    then reviews simulated from its gold."""
    import score  # beside this script: the one way the development sets are tagged

    score.DEVSETS, score.TEXTS = devset.parent, texts
    coded, gold, _ = score.tag_topic(topic)
    if gold.empty or coded.empty:
        return pd.DataFrame(columns=COLUMNS)
    files = score.present_articles(topic)[0]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # metadata notes on scraped pages
        corp = corpus.load_articles(files)
    parts = [learn.simulate(coded, gold, target=topic, texts=corp.items, steps=steps, strategy="queue",
                            batch=batch).assign(runs=1)]
    randoms = pd.concat([learn.simulate(coded, gold, target=topic, texts=corp.items, steps=steps, strategy="random",
                                        batch=batch, seed=s) for s in range(runs)])
    parts.append(randoms.groupby(["strategy", "reviews"], as_index=False)
                 .agg(**{c: (c, "mean") for c in learn.CURVE_COLUMNS[2:]}).assign(runs=runs))
    out = pd.concat(parts, ignore_index=True).assign(topic=topic, articles=len(files), gold=len(gold),
                                                     statements=len(coded), rules_target=True)
    return out[COLUMNS]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--devsets", type=Path, default=paths.DEVSETS, help="folder of <topic>/gold.csv (default %(default)s)")
    ap.add_argument("--texts", type=Path, default=paths.REALWORLD, help="folder of <topic>/*.txt (default %(default)s)")
    ap.add_argument("--out", type=Path, default=paths.LEARNING_CURVE, help="results CSV (default %(default)s)")
    ap.add_argument("--runs", type=int, default=3, help="random orders averaged (default %(default)s)")
    ap.add_argument("--topics", nargs="*", help="only these topics")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    topics = sorted(p.parent.name for p in args.devsets.glob("*/gold.csv"))
    if args.topics:
        topics = [t for t in topics if t in args.topics]
    results = []
    for topic in topics:
        t0 = time.time()
        curve = topic_curve(topic, args.devsets / topic, args.texts, runs=args.runs)
        if curve.empty:
            print(f"{topic}: no texts in {args.texts / topic}; skipped")
            continue
        results.append(curve)
        q = curve[(curve["strategy"] == "queue")].set_index("reviews")["accuracy"].round(3).to_dict()
        r = curve[(curve["strategy"] == "random")].set_index("reviews")["accuracy"].round(3).to_dict()
        print(f"{topic}: queue {q}; random {r} ({time.time() - t0:.0f} s)")
    if not results:
        print("no texts found: nothing written", file=sys.stderr)
        return 1
    table = pd.concat(results, ignore_index=True)
    for c in learn.CURVE_COLUMNS[2:]:
        table[c] = table[c].astype(float).round(4)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    # Atomic: a temporary file beside the result, renamed over it.
    fd, tmp = tempfile.mkstemp(dir=args.out.parent, prefix=f".{args.out.name}.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        table.to_csv(fh, index=False, lineterminator="\n")
    os.replace(tmp, args.out)
    print(f"wrote {args.out} ({len(table)} rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
