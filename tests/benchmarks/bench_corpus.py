"""Benchmark: loading (and tagging) a synthetic corpus of N articles is linear, streaming is flat.

Not a pytest test (``make benchmark`` runs it). It builds corpora of N articles in a temporary
folder by repeating the seeds with small perturbations (a number changed, a paragraph moved, a
line of boilerplate added), then measures, for each N:

- ``iter``: streaming through ``corpus.iter_articles`` keeping nothing: CPU time and peak
  memory (a second run in a fresh process, peak resident memory over the imports): time should grow linearly and peak
  memory stay flat;
- ``load``: ``corpus.load_articles`` (keeps every table, so memory grows linearly);
- ``tag``: ``speech.statements`` + ``stance.code`` streamed one article at a time (nothing kept
  but a count of statements), on the smallest corpus only: ms per article and peak memory. Tagging
  costs about ten times loading, so timing it on every size would make the run too long.

Timings are CPU seconds of this process (wall time is noisy on a shared machine).
Usage: python tests/benchmarks/bench_corpus.py [N ...] [--full] [--no-tag]
  default N: 500 2000 8000 (about 5 minutes), ``--full`` adds 20000; the environment variable
  ``BENCH_SIZES="500 2000 20000"`` sets the sizes too (``make benchmark BENCH_SIZES=...``).
"""
from __future__ import annotations

import gc
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from helpers import corpus, paths

EXTRA_LINES = ["Partager", "Lire aussi : Syrie, le point sur la situation", "© AFP 2017", "Publicité", "12"]


def build(folder: Path, n: int, *, seed: int = 0) -> None:
    """Write n perturbed copies of the seeds into folder."""
    rng = random.Random(seed)
    seeds = [f.read_text(encoding="utf-8") for f in sorted(paths.SEEDS.glob("*.txt"))]
    for i in range(n):
        text = seeds[i % len(seeds)]
        blocks = text.split("\n\n")
        if len(blocks) > 4 and rng.random() < 0.5:
            j = rng.randrange(2, len(blocks) - 1)
            blocks[j], blocks[j + 1] = blocks[j + 1], blocks[j]
        blocks.insert(rng.randrange(1, len(blocks)), rng.choice(EXTRA_LINES))
        text = "\n\n".join(blocks).replace("2016", str(2010 + rng.randrange(10)), 1)
        (folder / f"a{i:06d}.txt").write_text(text, encoding="utf-8")


def timed(fn):
    """CPU time of fn() in this process (no tracing, which would distort it). CPU time rather than
    wall time because other processes on a shared machine make wall time noisy."""
    gc.collect()
    t0 = time.process_time()
    result = fn()
    return time.process_time() - t0, result


def peak_mib(what: str, folder: Path) -> float:
    """Peak resident memory (MiB) that ``what`` ('iter', 'load' or 'tag') adds over the imports,
    measured in a fresh process (VmHWM): unlike tracemalloc it does not slow the run down
    several times, so the benchmark stays within a few minutes."""
    out = subprocess.run([sys.executable, __file__, "--child", what, str(folder)], check=True,
                         capture_output=True, text=True).stdout
    return float(out.split()[-1])


def _child(what: str, folder: str) -> None:
    def rss():  # KiB
        # VmHWM is the peak of this process image; ru_maxrss would also count the parent's
        # peak, which Linux carries over fork and exec.
        try:
            for line in Path("/proc/self/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
        except OSError:
            pass
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if what == "tag":
        from helpers import actors, speech, stance
        register, codebook = actors.load_register(), stance.load_codebook()
        run = lambda: tag_and_code(folder, speech, stance, register, codebook)  # noqa: E731
    else:
        run = (lambda: stream(folder)) if what == "iter" else (lambda: corpus.load_articles(folder))  # noqa: E731
    next(corpus.iter_articles(folder))  # lexicons and rules loaded before the baseline
    gc.collect()
    base = rss()
    run()
    print((rss() - base) / 1024)


def stream(folder):
    n = 0
    for _ in corpus.iter_articles(folder):
        n += 1
    return n


def tag_and_code(folder, speech, stance, register, codebook) -> int:
    """Statements of each article, stance-coded, one article at a time; keeps only the count."""
    n = 0
    for article in corpus.iter_articles(folder):
        n += len(stance.code(speech.statements(article, register=register), codebook=codebook))
    return n


def main(argv: list[str]) -> None:
    if argv[:1] == ["--child"]:
        return _child(argv[1], argv[2])
    sizes = ([int(a) for a in argv if a.isdigit()]
             or [int(a) for a in os.environ.get("BENCH_SIZES", "").split() if a.isdigit()]
             or [500, 2000, 8000] + ([20000] if "--full" in argv else []))
    try:
        from helpers import actors, speech, stance
        register, codebook = actors.load_register(), stance.load_codebook()
    except Exception as err:  # the later stages may not exist yet
        speech = None
        print(f"(helpers.speech/stance not importable: {err}; tagging not timed)")
    if "--no-tag" in argv:
        speech = None
    rows = []
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            build(folder, n)
            t_iter, count = timed(lambda: stream(folder))
            assert count == n, (count, n)
            m_iter = peak_mib("iter", folder)
            t_load, c = timed(lambda: corpus.load_articles(folder))
            n_par = len(c.paragraphs)
            del c
            m_load = peak_mib("load", folder)
            row = {"n": n, "paragraphs": n_par, "iter_s": t_iter, "iter_ms_per_article": 1000 * t_iter / n,
                   "iter_peak_MiB": m_iter, "load_s": t_load, "load_peak_MiB": m_load}
            if speech is not None and n == sizes[0]:
                t_tag, n_st = timed(lambda: tag_and_code(folder, speech, stance, register, codebook))
                m_tag = peak_mib("tag", folder)
                row.update(tag_code_s=t_tag, tag_code_ms_per_article=1000 * t_tag / n, statements=n_st,
                           tag_code_peak_MiB=m_tag)
            rows.append(row)
            print(_fmt(row), flush=True)
    base = rows[0]
    print("\nscaling against the smallest corpus (linear: time ratio == size ratio; streaming memory flat;\n"
          "memory ratios over at least 1 MiB, resident memory grows by pages):")
    for r in rows:
        print(f"  n={r['n']:>6}: size x{r['n'] / base['n']:.1f}, iter time x{r['iter_s'] / base['iter_s']:.1f}, "
              f"iter peak x{max(r['iter_peak_MiB'], 1) / max(base['iter_peak_MiB'], 1):.2f}, load time x{r['load_s'] / base['load_s']:.1f}, "
              f"load peak x{max(r['load_peak_MiB'], 1) / max(base['load_peak_MiB'], 1):.1f}")


def _fmt(row: dict) -> str:
    return "  ".join(f"{k}={v:.3g}" if isinstance(v, float) else f"{k}={v}" for k, v in row.items())


if __name__ == "__main__":
    main(sys.argv[1:])
