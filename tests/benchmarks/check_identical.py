"""Check: ``tag`` writes the same bytes as a reference checkout on the seeds and held-out sets.

Not a pytest test (it needs a second checkout). Run before every commit of a speed change:

    git worktree add /tmp/base <commit>        # the code to compare against (e.g. main)
    .venv/bin/python tests/benchmarks/check_identical.py /tmp/base [--jobs 1 2]

For each set (``seeds/``, ``tests/heldout``, ``tests/heldout_final``) it runs
``python -m helpers tag SET --metadata SET.csv`` once with the reference checkout's ``src`` first
on ``PYTHONPATH`` and once with this checkout's (with each ``--jobs`` given, when this checkout
has the option), and compares the output files byte for byte. Exit status 1 on any difference,
with the first differing line.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parents[2]
SETS = [("seeds", "seeds", "data/articles.csv"),
        ("heldout", "tests/heldout/articles", "tests/heldout/articles.csv"),
        ("heldout_final", "tests/heldout_final/articles", "tests/heldout_final/articles.csv")]


def tag(root: Path, folder: str, metadata: str, out: Path, extra: list[str]) -> None:
    """Run the tag command of the checkout at ``root`` on one set (inputs read from this checkout)."""
    env = {**os.environ, "PYTHONPATH": str(root / "src")}
    cmd = [sys.executable, "-m", "helpers", "tag", str(HERE / folder), "--metadata", str(HERE / metadata),
           "--out", str(out), "-q", *extra]
    subprocess.run(cmd, check=True, env=env, cwd=root)


def first_difference(a: bytes, b: bytes) -> str:
    la, lb = a.decode("utf-8").splitlines(), b.decode("utf-8").splitlines()
    for i, (x, y) in enumerate(zip(la, lb)):
        if x != y:
            return f"line {i + 1}:\n  reference: {x[:300]}\n  this:      {y[:300]}"
    return f"{len(la)} lines in the reference, {len(lb)} here"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reference", type=Path, help="checkout to compare against")
    parser.add_argument("--jobs", nargs="*", default=[], help="also run this checkout with these --jobs values")
    args = parser.parse_args(argv)
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name, folder, metadata in SETS:
            ref = Path(tmp) / f"{name}-reference.csv"
            tag(args.reference.resolve(), folder, metadata, ref, [])
            # Small batches, so that even these few articles are spread over the workers.
            variants = [[]] + [["--jobs", j, "--batch-size", "2"] for j in args.jobs]
            for extra in variants:
                mine = Path(tmp) / f"{name}-{'-'.join(extra) or 'default'}.csv"
                tag(HERE, folder, metadata, mine, extra)
                a, b = ref.read_bytes(), mine.read_bytes()
                label = f"{name} {' '.join(extra) or '(default)'}"
                if a == b:
                    print(f"identical: {label} ({len(a)} bytes, {len(a.splitlines())} lines)")
                else:
                    failed += 1
                    print(f"DIFFERENT: {label}: {first_difference(a, b)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
