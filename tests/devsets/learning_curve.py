"""Learning curve of hybrid coding on the real-article development sets (issue 12, item 6).

For each topic of ``tests/devsets/`` whose texts are present in ``tests/realworld/<topic>/``
(they are third-party and never committed; articles whose sha256 differs from ``index.csv`` are
skipped), the rules code the articles, then reviews simulated from the topic's gold are taken
from the review queue (``learn.queue``) or at random, and after 0, 25, 50 and 100 reviews the
end-to-end accuracy of the statements not yet reviewed is measured (``learn.simulate``), beside
the rules alone on the same statements. The results go to ``data/validation/learning_curve.csv``
(committed; notebook 07 plots it, since CI has no texts).

The topic's proposition comes from ``data/targets/<topic>.yaml`` or
``tests/devsets/<topic>/target.yaml`` when one exists (a target block of the codebook); without
one the rules cannot put any statement on the topic, and the ``rules_target`` column says so.

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
# A topic term that never matches: the rules then code every statement 'none' toward the topic.
NEVER = "(?!)"


def target_block(topic: str, devset: Path) -> tuple[dict, bool]:
    """The codebook block of the topic's proposition, and whether it is a real one."""
    for candidate in (paths.DATA / "targets" / f"{topic}.yaml", devset / "target.yaml"):
        if candidate.is_file():
            raw = yaml.safe_load(candidate.read_text(encoding="utf-8"))
            block = raw.get("targets", [raw])[0] if isinstance(raw, dict) else raw[0]
            # A user's YAML may leave "49.3" unquoted: patterns are strings.
            block = {k: ([str(x) for x in v] if isinstance(v, list) else v) for k, v in block.items()}
            return {**block, "id": topic}, True
    return {"id": topic, "label": topic, "definition": f"see tests/devsets/{topic}/README.md",
            "topic": [NEVER]}, False


def codebook_for(block: dict, folder: Path) -> stance.Codebook:
    """The workbook's codebook (stances, cues) with the topic's target instead of its own."""
    raw = yaml.safe_load(paths.CODEBOOK.read_text(encoding="utf-8"))
    raw["targets"] = [block]
    path = folder / "codebook.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return stance.load_codebook(path)


def register_for(devset: Path, folder: Path) -> actors.Register:
    """``data/actors.csv`` plus the topic's few rows."""
    base = pd.read_csv(paths.ACTORS_CSV, dtype=str, keep_default_na=False)
    extra = devset / "actors.csv"
    if extra.is_file():
        base = pd.concat([base, pd.read_csv(extra, dtype=str, keep_default_na=False)], ignore_index=True)
    path = folder / "actors.csv"
    base.to_csv(path, index=False)
    return actors.load_register(path)


def present_texts(devset: Path, texts: Path) -> list[Path]:
    """The topic's article files that are present and match ``index.csv``'s sha256."""
    index = pd.read_csv(devset / "index.csv", dtype=str, keep_default_na=False)
    found = []
    for row in index.itertuples(index=False):
        f = texts / f"{row.article}.txt"
        if not f.is_file():
            continue
        if hashlib.sha256(f.read_bytes()).hexdigest() != row.sha256:
            print(f"  {f}: sha256 differs from index.csv; skipped", file=sys.stderr)
            continue
        found.append(f)
    return found


def metadata_for(devset: Path, folder: Path) -> Path:
    index = pd.read_csv(devset / "index.csv", dtype=str, keep_default_na=False)
    meta = pd.DataFrame({"article": index["article"], "outlet": index["outlet"], "agency": "",
                         "published": index["published"].where(index["published"].str.fullmatch(r"\d{4}-\d{2}-\d{2}"), ""),
                         "date_basis": index["date_basis"].replace({"month": "unknown"}), "date_note": ""})
    path = folder / "articles.csv"
    meta.to_csv(path, index=False)
    return path


def topic_curve(topic: str, devset: Path, texts: Path, *, steps=STEPS, runs: int = 3, batch: int = 5) -> pd.DataFrame:
    files = present_texts(devset, texts / topic)
    if not files:
        return pd.DataFrame(columns=COLUMNS)
    with tempfile.TemporaryDirectory() as tmp, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # metadata notes on scraped pages
        folder = Path(tmp)
        block, real = target_block(topic, devset)
        book = codebook_for(block, folder)
        register = register_for(devset, folder)
        corp = corpus.load_articles(files, metadata=metadata_for(devset, folder))
        frames = [t for t in pipeline.iter_coded(corp.items, register=register, codebook=book) if len(t)]
        coded = speech.link_utterances(pd.concat(frames, ignore_index=True))
    gold = evaluate.load_gold(devset / "gold.csv")
    gold = gold[gold["article"].isin({f.stem for f in files})].reset_index(drop=True)
    parts = [learn.simulate(coded, gold, target=topic, texts=corp.items, steps=steps, strategy="queue",
                            batch=batch).assign(runs=1)]
    randoms = pd.concat([learn.simulate(coded, gold, target=topic, texts=corp.items, steps=steps, strategy="random",
                                        batch=batch, seed=s) for s in range(runs)])
    parts.append(randoms.groupby(["strategy", "reviews"], as_index=False)
                 .agg(**{c: (c, "mean") for c in learn.CURVE_COLUMNS[2:]}).assign(runs=runs))
    out = pd.concat(parts, ignore_index=True).assign(topic=topic, articles=len(files), gold=len(gold),
                                                     statements=len(coded), rules_target=real)
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
