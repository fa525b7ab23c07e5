"""Benchmark: every chart helper on synthetic statements tables of growing size.

Not a pytest test (``make benchmark`` runs it after the corpus benchmark). For N statements
(many actors, many utterances, a tenth reported twice; the generator of
``tests/test_print_figures.py``) it measures, per chart, CPU seconds and peak traced memory,
with the figure's size in inches and its number of lanes:

- ``utterances``: ``shifts.utterances`` (the table every chart starts from);
- ``timeline``: ``charts.stance_timeline`` at person level (lanes capped at a page);
- ``net``: ``charts.net_stance_chart`` by institution and month (periods and rows capped);
- ``shifts``: ``charts.stance_timeline`` at country level annotated with ``shifts.table``
  (on the smallest N only: the shift table itself is ``helpers.shifts``'s cost).

Time should grow about linearly and figure sizes stay bounded. Timings are CPU seconds of this
process (wall time is noisy on a shared machine).
Usage: python tests/benchmarks/bench_charts.py [N ...]   (default 1000 10000 100000)
"""
from __future__ import annotations

import sys
import time
import tracemalloc
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from test_print_figures import NAMES, synthetic  # noqa: E402

from helpers import charts, shifts  # noqa: E402


def measure(label, fn):
    tracemalloc.start()
    t0 = time.process_time()
    out = fn()
    seconds = time.process_time() - t0
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    size = ""
    if hasattr(out, "get_size_inches"):
        w, h = out.get_size_inches()
        lanes = getattr(out.axes[0], "lanes", None)
        size = f"{w:.1f} x {h:.1f} in" + (f", {len(lanes)} rows" if lanes is not None else "")
        plt.close(out)
    print(f"  {label:<11} {seconds:7.2f} s  {peak / 2**20:7.0f} MiB  {size}", flush=True)
    return out


def main(argv):
    sizes = [int(a) for a in argv] or [1000, 10_000, 100_000]
    for n in sizes:
        st = synthetic(n, n_actors=max(50, n // 50), n_countries=40, days=1500)
        print(f"{n} statements", flush=True)
        measure("utterances", lambda: shifts.utterances(st, level="person"))
        measure("timeline", lambda: charts.stance_timeline(st, level="person", names=NAMES))
        measure("net", lambda: charts.net_stance_chart(st, level="institution", names=NAMES))
        if n == min(sizes):
            table = shifts.table(st, level="country", window_days=0)
            measure("shifts", lambda: charts.stance_timeline(st, level="country", names=NAMES, annotate=table))


if __name__ == "__main__":
    main(sys.argv[1:])
