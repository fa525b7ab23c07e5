"""Tagging a large corpus: batches of articles on every core or a Dask cluster, in flat memory.

In: ``.txt`` files (as ``corpus.iter_articles`` reads them), the metadata, the actor register and
the codebook. Out: the statements table of ``python -m helpers tag`` (the columns of
``speech.statements`` with the stance columns), as CSV or Parquet, the same bytes whatever the
number of workers, the batch size or the scheduler.

Articles are independent until utterances are linked across them, so:

1. the files are cut into batches, in corpus order, as they are sent; each batch is read,
   cleaned, tagged and coded in a worker (``tag_batch``): a local process forked from this one
   (``jobs``), a worker of an existing ``dask.distributed`` cluster (``scheduler``, an address
   such as ``tcp://10.0.0.5:8786``), or this process when there is one batch or one job;
2. each batch's statements are written as one Parquet file as soon as it arrives, so nothing
   grows with the corpus but a few integers per statement (the metadata rows, the ids seen and
   the problems are kept in temporary SQLite files);
3. utterances are linked and speakers' lines read as the batches arrive, in corpus order
   (``speech.UtteranceLinker``: blocking by country, capped candidate windows;
   ``stance.SpeakerLines``), while the workers go on;
4. the batches are read once more and written to the output with their utterance ids,
   through a temporary file renamed at the end.

Workers of a cluster read the input files themselves: they must see them at the same paths
(a shared file system), like any Dask job reading data. The results come back to this process.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import sys
import tempfile
import warnings
import weakref
from dataclasses import dataclass, field, replace
from pathlib import Path
from collections.abc import Mapping, Sequence
from typing import Callable, Iterable, Iterator

import pandas as pd

from . import corpus as corpus_mod
from . import cleaning, paths, speech
from .io import scratch_db

# The corpus tables a batch can return besides its statements (``tag_batch``).
CORPUS_TABLES = ("articles", "paragraphs", "comments")
# Columns the linker reads back from the written batches (not the whole table).
LINK_COLUMNS = ["article", "text", "date", "country", "speaker", "utterance"]
# Enough batches per worker to keep every core busy to the end, few enough to keep the
# scheduling overhead (a few ms per task) far below the tagging time (about 1 s per batch).
MAX_BATCH = 64
# Starting a worker process costs about what tagging 50 articles does: a corpus smaller than two
# batches of this size is tagged in this process.
MIN_BATCH = 32
# How long to wait for a scheduler given by address.
CONNECT_TIMEOUT = "20s"


@dataclass
class Tagged:
    """What :func:`tag_files` did.

    Attributes:
        path: the written table.
        n_articles: articles read and tagged (files that could not be read are not counted).
        n_statements: rows written.
        n_utterances: distinct utterance ids.
        problems: (file, problem) pairs in corpus order, as ``corpus.iter_articles`` gives them
            (a :class:`ProblemLog`: kept on disk, read like a list).
        workers: how many workers tagged (1: this process).
    """

    path: Path
    n_articles: int = 0
    n_statements: int = 0
    n_utterances: int = 0
    problems: list = field(default_factory=list)
    workers: int = 1


def files_of(inputs: Path | str | Iterable[Path | str]) -> list[Path]:
    """The ``.txt`` files of ``inputs`` in the order ``corpus.iter_articles`` reads them: a file
    as given, a folder as every ``*.txt`` below it (any case), folders and names sorted."""
    return list(iter_files(inputs))


def iter_files(inputs: Path | str | Iterable[Path | str], *, problems: list | None = None) -> Iterator[Path]:
    """:func:`files_of`, one file at a time (``corpus.iter_files``)."""
    return corpus_mod.iter_files(inputs, problems=problems)


def batches(files: list[Path], *, jobs: int, size: int | None = None) -> list[list[Path]]:
    """Consecutive batches of files: ``size`` each, or by default about four per worker, of
    ``MIN_BATCH`` to ``MAX_BATCH`` articles (a batch is the unit of work and of memory)."""
    size = size_of_batches(len(files), jobs=jobs, size=size)
    return [files[i:i + size] for i in range(0, len(files), size)]


def size_of_batches(n_files: int, *, jobs: int, size: int | None = None) -> int:
    """Articles per batch for ``n_files`` files (see :func:`batches`)."""
    if size is None:
        size = max(MIN_BATCH, min(MAX_BATCH, -(-n_files // (4 * max(1, jobs)))))
    return size


def tag_batch(files: list[Path], *, metadata=None, register=None, codebook=None,
              corpus_tables: bool = False, titles: str = "reported") -> tuple:
    """Read, clean, tag and code one batch of files (runs in a worker).

    Returns:
        (statements of the batch, or None when it has none; (file, problem) pairs; number of
        articles read), and with ``corpus_tables`` the batch's ``articles, paragraphs,
        comments`` tables (as ``corpus.load_articles`` makes them; None when empty).
        Utterances are not linked yet: ``utterance`` holds the keys of ``speech.same_events``.
    """
    from . import pipeline  # pipeline uses this module: imported when a batch runs

    problems: list = []
    tables, rows, paras, comments = [], [], [], []
    n = 0

    def kept(articles):
        for article in articles:
            if corpus_tables:
                rows.append(corpus_mod.article_row(article))
                paras.append(article.paragraphs)
                if len(article.comments):
                    comments.append(article.comments)
            yield article

    with warnings.catch_warnings():
        # Problems are returned in `problems` and reported once by the caller.
        warnings.simplefilter("ignore")
        # The batch's files come from the corpus's folders: a bad one is reported and skipped
        # (the command checked the files it was given by name before any batch started).
        articles = kept(corpus_mod.iter_articles(files, metadata=metadata, problems=problems, format="txt",
                                                 listed_check=False, strict=False))
        for coded in pipeline.iter_coded(articles, register=register, codebook=codebook, titles=titles):
            n += 1
            if len(coded):
                tables.append(coded)
    table = pd.concat(tables, ignore_index=True) if tables else None
    if not corpus_tables:
        return table, problems, n
    extra = (pd.DataFrame(rows, columns=corpus_mod.ARTICLE_COLUMNS) if rows else None,
             pd.concat(paras, ignore_index=True) if paras else None,
             pd.concat(comments, ignore_index=True) if comments else None)
    return table, problems, n, extra


def _duplicates(files: list[Path]) -> tuple[list[Path], dict[int, tuple[str, str]], list[int]]:
    """Files whose stem was already seen are skipped, as ``corpus.iter_articles`` does within
    one call; here batches are separate calls, so the check is made once for the corpus.
    Returns the kept files, the skipped ones by position, and each kept file's position."""
    seen: set[str] = set()
    keep, skipped, order = [], {}, []
    for k, f in enumerate(files):
        if f.stem in seen:
            name = str(f)
            skipped[k] = (name, f"{name}: article id '{f.stem}' already loaded from another file; skipped")
        else:
            seen.add(f.stem)
            keep.append(f)
            order.append(k)
    return keep, skipped, order


class _Inline:
    """Runs batches in this process, one after another (one job, or a single batch)."""

    workers = 1

    def run(self, work: Iterable[tuple[list[Path], object]], kwargs: dict) -> Iterator[tuple[int, tuple]]:
        for k, (files, metadata) in enumerate(work):
            yield k, tag_batch(files, metadata=metadata, **kwargs)

    def close(self) -> None:
        pass


class SchedulerError(RuntimeError):
    """The Dask scheduler given cannot be reached."""


class _Dask:
    """Runs batches on an existing ``dask.distributed`` cluster, given its scheduler's address."""

    def __init__(self, *, scheduler: str):
        from dask.distributed import Client

        try:
            self.client = Client(scheduler, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError, ValueError) as err:
            raise SchedulerError(f"{scheduler}: cannot reach the Dask scheduler ({err})") from None
        self.workers = max(1, len(self.client.scheduler_info()["workers"]))

    def run(self, work: Iterable[tuple[list[Path], object]], kwargs: dict) -> Iterator[tuple[int, tuple]]:
        from dask.distributed import as_completed

        # The register and codebook go to every worker once, not with every batch; each batch
        # carries its own metadata rows.
        shared = {k: (self.client.scatter(v, broadcast=True) if v is not None and not isinstance(v, bool) else v)
                  for k, v in kwargs.items()}
        # A bounded window of batches in flight: results wait in this process until written, and
        # the batches themselves are made as they are sent.
        ahead = 2 * self.workers + 2
        pending = iter(enumerate(work))

        def submit(k, item):
            files, metadata = item
            fut = self.client.submit(tag_batch, files, metadata=metadata, pure=False, **shared)
            fut.batch = k
            return fut

        running = as_completed([submit(k, f) for k, f in (next(pending, (None, None)) for _ in range(ahead)) if f])
        for fut in running:
            k = fut.batch
            result = fut.result()
            fut.release()
            yield k, result
            nxt = next(pending, None)
            if nxt is not None:
                running.add(submit(*nxt))

    def close(self) -> None:
        self.client.close()


class _Processes:
    """Runs batches in local worker processes (``jobs``): forked from this process, they start
    with the register and codebook already loaded, and nothing but the batches and their
    results crosses between processes (no scheduler: on one machine, a Dask cluster's
    scheduler and serialisation took a sixth of a core away from the workers)."""

    def __init__(self, *, jobs: int):
        import multiprocessing as mp

        # fork where the platform forks safely (Linux): workers inherit what is loaded; elsewhere
        # each worker is given the shared arguments once, when it starts.
        method = "fork" if sys.platform.startswith("linux") else "spawn"
        self.context = mp.get_context(method)
        self.jobs = self.workers = jobs
        self.pool = None

    def run(self, work: Iterable[tuple[list[Path], object]], kwargs: dict) -> Iterator[tuple[int, tuple]]:
        from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

        self.pool = ProcessPoolExecutor(max_workers=self.jobs, mp_context=self.context,
                                        initializer=_share, initargs=(kwargs,))
        # A bounded window of batches in flight: results wait in this process until written, and
        # the batches themselves are made as they are sent.
        ahead = 2 * self.jobs + 2
        pending = iter(enumerate(work))
        running = {}
        for k, (files, md) in pending:
            running[self.pool.submit(_tag_shared, files, md)] = k
            if len(running) >= ahead:
                break
        while running:
            done, _ = wait(running, return_when=FIRST_COMPLETED)
            for fut in sorted(done, key=running.get):
                k = running.pop(fut)
                yield k, fut.result()
                nxt = next(pending, None)
                if nxt is not None:
                    running[self.pool.submit(_tag_shared, nxt[1][0], nxt[1][1])] = nxt[0]

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)


# The register and codebook of the batches of a run, in each worker process.
_SHARED: dict = {}


def _share(kwargs: dict) -> None:
    global _SHARED
    _SHARED = kwargs


def _tag_shared(files: list[Path], metadata) -> tuple:
    return tag_batch(files, metadata=metadata, **_SHARED)


def _executor(*, jobs: int | None, scheduler: str | None, n_batches: int):
    if scheduler:
        return _Dask(scheduler=scheduler)
    jobs = (os.cpu_count() or 1) if jobs is None else jobs
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    jobs = min(jobs, n_batches)
    return _Processes(jobs=jobs) if jobs > 1 else _Inline()


def _write_part(table: pd.DataFrame, path: Path) -> None:
    table.to_parquet(path, engine="pyarrow", index=False)


def _parts(folder: Path, n: int) -> Iterator[tuple[int, Path]]:
    for k in range(n):
        path = folder / f"part-{k:06d}.parquet"
        if path.exists():
            yield k, path


def tag_files(inputs, *, out: Path | str, metadata=None, register=None, codebook=None,
              jobs: int | None = None, scheduler: str | None = None, batch_size: int | None = None,
              progress: Callable[[int], None] | None = None, corpus_folder: Path | None = None,
              titles: str = "reported") -> Tagged:
    """Tag and code every article of ``inputs`` into ``out`` (CSV, or Parquet for ``.parquet``).

    Args:
        inputs: a ``.txt`` file, a folder of them, or several of either.
        out: the table to write; a ``.parquet`` name writes Parquet, anything else CSV.
        metadata: a ``corpus.Metadata`` (or what ``corpus.iter_articles`` takes), or None.
        register: an ``actors.Register`` (default: ``data/actors.csv``).
        codebook: a loaded codebook, or None to leave ``target`` '' and ``stance`` 'none'.
        jobs: local worker processes (default: every core); 1 tags in this process.
        scheduler: address of a running ``dask.distributed`` scheduler; ``jobs`` is then ignored.
        batch_size: articles per batch (default: about four batches per worker, 32 to 64
            articles each; a corpus of one batch is tagged in this process).
        progress: called with the number of articles of each batch as it is done.
        corpus_folder: when given, the ``articles``, ``paragraphs`` and ``comments`` tables
            are written there too, one Parquet file per batch (see :class:`LazyCorpus`).
        titles: which titles are statements (``speech.TITLES``).

    Returns:
        A :class:`Tagged` summary. Output rows and ids are those of tagging every article in
        one process and linking the whole table with ``speech.link_utterances``.
    """
    from . import actors

    out = Path(out)
    register = register if register is not None else actors.load_register()
    md = corpus_mod.read_metadata(metadata, store=True) if isinstance(metadata, (str, Path)) else metadata
    problems = ProblemLog()
    if isinstance(md, corpus_mod.Metadata):
        # Metadata problems are reported once here, not once per batch.
        problems.add(-1, ((str(md.path or "<metadata>"), msg) for msg in md.problems))
        md = replace(md, problems=[])
    # Nothing here holds a row per article: the files are listed twice (counted, then read as
    # the batches are sent), the ids seen are kept in a file, the metadata rows go with their batch.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # what is no article is reported by the pass below
        n_files = sum(1 for _ in iter_files(inputs))
    size = size_of_batches(n_files, jobs=1 if scheduler is None and jobs == 1 else (jobs or os.cpu_count() or 1),
                      size=batch_size)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        plan = _Plan(inputs, size=size, metadata=md, seen=tmp / "seen.sqlite", problems=problems)
        executor = _executor(jobs=jobs, scheduler=scheduler, n_batches=-(-n_files // size))
        n_articles = 0
        try:
            kwargs = {"register": register, "codebook": codebook, "titles": titles}
            if corpus_folder is not None:
                kwargs["corpus_tables"] = True
            linking = _Linking()
            for k, (table, probs, n, *extra) in executor.run(plan.work(), kwargs):
                if table is not None:
                    _write_part(table, tmp / f"part-{k:06d}.parquet")
                linking.arrived(k, table)
                for name, part in zip(CORPUS_TABLES, extra[0] if extra else ()):
                    if part is not None:
                        (corpus_folder / name).mkdir(parents=True, exist_ok=True)
                        _write_part(part, corpus_folder / name / f"part-{k:06d}.parquet")
                # In corpus order: a batch's problems at its first file's position.
                problems.add(plan.firsts[k], probs)
                n_articles += n
                if progress is not None:
                    progress(plan.sizes[k])
        finally:
            executor.close()
        for pos, pair in plan.skipped.items():
            problems.add(pos, [pair])
        if isinstance(md, corpus_mod.Metadata):
            absent: list = []
            corpus_mod.report_absent(md, plan.seen, absent)
            problems.add(1 << 62, absent)
        plan.close()
        result = Tagged(path=out, n_articles=n_articles, problems=problems, workers=executor.workers)
        if n_articles:
            _link_and_write(tmp, len(plan.sizes), out, result, linking)
        return result
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


class ProblemLog(Sequence):
    """The (file, problem) pairs of a run, kept in a temporary SQLite file in corpus order, not in
    memory: a corpus of 100,000 articles can have a warning for each (a date the text and the
    metadata disagree on), and every one is reported. Reads like a list of pairs; the file is
    deleted with the object."""

    def __init__(self) -> None:
        self.db = scratch_db(self, "CREATE TABLE p (pos INT, seq INT, file TEXT, msg TEXT)", prefix="porte-parole-problems-")
        self._n = 0

    def add(self, pos: int, pairs) -> None:
        """Log ``pairs`` at corpus position ``pos`` (ties keep the order they are added in)."""
        for file, msg in pairs:
            self.db.execute("INSERT INTO p VALUES (?, ?, ?, ?)", (pos, self._n, file, msg))
            self._n += 1

    def __iter__(self) -> Iterator[tuple[str, str]]:
        yield from self.db.execute("SELECT file, msg FROM p ORDER BY pos, seq")

    def __len__(self) -> int:
        return self._n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return list(self)[i]
        if i < 0:
            i += self._n
        if not 0 <= i < self._n:
            raise IndexError(i)
        return self.db.execute("SELECT file, msg FROM p ORDER BY pos, seq LIMIT 1 OFFSET ?", (i,)).fetchone()

    def __eq__(self, other) -> bool:
        return list(self) == list(other)

    def __repr__(self) -> str:
        return f"ProblemLog({self._n} problems)"


class _Seen:
    """The article ids seen so far, in an SQLite file (a set of 100,000 ids would be ~10 MB)."""

    def __init__(self, path: Path) -> None:
        self.db = scratch_db(self, "CREATE TABLE seen (id TEXT PRIMARY KEY)", path=path)

    def add(self, stem: str) -> bool:
        """Add an id: False when it was already there."""
        return self.db.execute("INSERT OR IGNORE INTO seen VALUES (?)", (stem,)).rowcount == 1

    def __contains__(self, stem) -> bool:
        return self.db.execute("SELECT 1 FROM seen WHERE id = ?", (stem,)).fetchone() is not None

    def close(self) -> None:
        self.db.close()


class _Plan:
    """The batches of a corpus, made one at a time as they are sent: consecutive runs of
    ``size`` files in corpus order, duplicates of an id already read skipped (as
    ``corpus.iter_articles`` does within one call: here batches are separate calls), each batch
    with its own metadata rows. Keeps each batch's size and first file's position, and the
    skipped files by position, to report problems in corpus order."""

    def __init__(self, inputs, *, size: int, metadata, seen: Path, problems: "ProblemLog") -> None:
        self.inputs, self.size, self.metadata, self.problems = inputs, size, metadata, problems
        self.seen = _Seen(seen)
        self.sizes: list[int] = []
        self.firsts: list[int] = []
        self.skipped: dict[int, tuple[str, str]] = {}

    def _batch(self, files: list[Path]) -> tuple[list[Path], object]:
        self.sizes.append(len(files))
        md = self.metadata
        if isinstance(md, corpus_mod.Metadata):
            md = md.subset(f.stem for f in files)
        return files, md

    def work(self) -> Iterator[tuple[list[Path], object]]:
        batch: list[Path] = []
        found: list = []  # folder entries that are no article, met on the way
        for pos, f in enumerate(iter_files(self.inputs, problems=found)):
            if found:
                self.problems.add(pos, found)
                found.clear()
            if not self.seen.add(f.stem):
                name = str(f)
                self.skipped[pos] = (name, f"{name}: article id '{f.stem}' already loaded from another file; skipped")
                continue
            if not batch:
                self.firsts.append(pos)
            batch.append(f)
            if len(batch) == self.size:
                yield self._batch(batch)
                batch = []
        if batch:
            yield self._batch(batch)
        self.problems.add(1 << 61, found)

    def close(self) -> None:
        self.seen.close()


# The columns stance.speaker_lines reads.
LINE_COLUMNS = ["speaker", "target", "stance", "stance_rule", "confidence", "date", "published"]


def pq_columns(path: Path) -> list[str]:
    """The column names of a Parquet file (its schema only)."""
    import pyarrow.parquet as pq

    return list(pq.read_schema(path).names)


class _Linking:
    """Utterances linked and speakers' lines read as the batches arrive, in corpus order (a batch
    that arrives early waits, as a few narrow columns, for those before it): the linking runs
    while the workers tag, instead of after them."""

    def __init__(self) -> None:
        from . import stance

        self.linker = speech.UtteranceLinker()
        self.lines = stance.SpeakerLines()
        self.waiting: dict[int, pd.DataFrame | None] = {}
        self.next = 0
        self.coded = False

    def arrived(self, k: int, table: pd.DataFrame | None) -> None:
        if table is not None:
            self.coded = self.coded or set(LINE_COLUMNS) <= set(table.columns)
            table = table[[c for c in dict.fromkeys(LINK_COLUMNS + LINE_COLUMNS) if c in table.columns]]
        self.waiting[k] = table
        while self.next in self.waiting:
            ready = self.waiting.pop(self.next)
            if ready is not None:
                self.linker.add(ready[LINK_COLUMNS])
                if self.coded:
                    self.lines.add(ready[LINE_COLUMNS])
            self.next += 1


def _link_and_write(tmp: Path, n_parts: int, out: Path, result: Tagged, linking: _Linking) -> None:
    """Write the batches in order with their utterance ids (and speakers' lines)."""
    parts = list(_parts(tmp, n_parts))
    labels = linking.linker.labels()
    # A speaker's line across articles (stance.speaker_lines) needs every statement's speaker,
    # target, date and coding: read with the linker's columns, kept as integers.
    lines = linking.lines if linking.coded else None
    target = out.with_name(f".{out.name}.writing")
    done = 0
    writer = None
    try:
        if not parts:
            # No statement in any article: the header of an empty statements table.
            empty = speech.link_utterances(speech.statements_in_text(""))
            if out.suffix.lower() == ".parquet":
                empty.to_parquet(target, index=False)
            else:
                empty.to_csv(target, index=False, encoding="utf-8")
        for _, path in parts:
            table = pd.read_parquet(path)
            table["utterance"] = [speech.utterance_id(x) for x in labels[done:done + len(table)]]
            table.index = range(done, done + len(table))
            if lines is not None:
                table = lines.apply(table, done)
            done += len(table)
            if out.suffix.lower() == ".parquet":
                import pyarrow as pa
                import pyarrow.parquet as pq

                chunk = pa.Table.from_pandas(table, preserve_index=False)
                if writer is None:
                    writer = pq.ParquetWriter(target, chunk.schema)
                writer.write_table(chunk.cast(writer.schema))
            else:
                table.to_csv(target, index=False, header=writer is None, mode="w" if writer is None else "a",
                             encoding="utf-8")
                writer = writer or True
        if writer is not None and writer is not True:
            writer.close()
        os.replace(target, out)
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    result.n_statements = done
    result.n_utterances = max(labels) if done else 0  # labels count 1, 2, ...


class LazyCorpus:
    """A corpus whose tables stay on disk until asked for: the attributes of ``corpus.Corpus``.

    ``articles``, ``paragraphs`` and ``comments`` are read from the Parquet files of the
    batches each time they are asked for (keep a reference to the table while you use it);
    ``items`` and iteration read the files again, one article at a time, with what cleaning
    found in them taken from the stored tables; ``corpus[article_id]`` reads one. Made by :func:`run`; the folder goes with the object.
    """

    def __init__(self, folder: Path, files: list[Path], metadata, problems, *, keep: bool = False):
        self.folder, self.files, self.metadata = Path(folder), list(files), metadata
        self.problems = problems if isinstance(problems, pd.DataFrame) else pd.DataFrame(
            list(problems), columns=["file", "problem"])
        # Article id -> the stored batch holding it, in corpus order (the batches' ids only).
        self._where = {aid: part for part in self._parts("articles")
                       for aid in pd.read_parquet(part, columns=["article"])["article"]}
        self._by_stem: dict | None = None
        self._last: tuple | None = None      # the last stored batch read
        self._problems: dict | None = None   # file -> its problems
        if not keep:  # a cached folder stays for the next run
            weakref.finalize(self, shutil.rmtree, str(self.folder), True)

    def _parts(self, name: str) -> list[Path]:
        return sorted((self.folder / name).glob("part-*.parquet"))

    def _table(self, name: str, columns: list[str]) -> pd.DataFrame:
        parts = [pd.read_parquet(p) for p in self._parts(name)]
        return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=columns)

    @property
    def articles(self) -> pd.DataFrame:
        return self._table("articles", corpus_mod.ARTICLE_COLUMNS)

    @property
    def paragraphs(self) -> pd.DataFrame:
        return self._table("paragraphs", corpus_mod.PARAGRAPH_COLUMNS)

    @property
    def comments(self) -> pd.DataFrame:
        return self._table("comments", corpus_mod.COMMENT_COLUMNS)

    @property
    def items(self) -> "_Items":
        """The articles, read again one at a time as they are iterated (``len`` is free)."""
        return _Items(self)

    def _read(self) -> Iterator:
        """The articles in corpus order, each its file's decoded text with the paragraphs,
        comments and metadata the tagging stored: the same Articles as reading the files again,
        without cleaning them again (a concordance over 10,000 articles reads, not re-cleans)."""
        for part in self._parts("articles"):
            for aid in self._batch(part)[0]:
                yield self._article(aid, part)

    def _stems(self) -> dict:
        if self._by_stem is None:
            self._by_stem = {f.stem: f for f in self.files}
        return self._by_stem

    def ids(self) -> list[str]:
        """The article ids in corpus order."""
        return list(self._where)

    def _batch(self, part: Path) -> tuple[dict, Callable, Callable]:
        """One stored batch: article id -> its articles row, and article id -> its paragraphs,
        its comments (the last batch read is kept: articles are mostly asked for in order)."""
        if self._last is None or self._last[0] != part:
            rows = {r["article"]: r for r in pd.read_parquet(part).to_dict("records")}
            self._last = (part, (rows, self._grouped("paragraphs", part.name, corpus_mod.PARAGRAPH_COLUMNS),
                                 self._grouped("comments", part.name, corpus_mod.COMMENT_COLUMNS)))
        return self._last[1]

    def _grouped(self, name: str, part: str, columns: list[str]) -> Callable[[str], pd.DataFrame]:
        """article id -> its rows of one stored table of one batch (an empty table when none)."""
        path = self.folder / name / part
        table = pd.read_parquet(path) if path.exists() else pd.DataFrame(columns=columns)
        groups = {a: g.reset_index(drop=True) for a, g in table.groupby("article", sort=False)}
        empty = table.iloc[:0].reset_index(drop=True)
        return lambda aid: groups.get(aid, empty)

    def _article(self, article_id: str, part: Path):
        rows, paras, comments = self._batch(part)
        row = rows[article_id]
        path = self._stems()[article_id]
        text, encoding = self._decoded(path)
        meta = {k: row[k] for k in corpus_mod.META_KEYS}
        meta["published"] = None if pd.isna(meta["published"]) else meta["published"]
        return corpus_mod.Article(article_id, path, text, encoding, meta, paras(article_id), comments(article_id),
                                  self._problems_of(path))

    def _problems_of(self, path: Path) -> list[str]:
        """An article's own problems, as cleaning gave them (the run's problems name the file)."""
        if self._problems is None:
            self._problems = {}
            for file, problem in zip(self.problems["file"], self.problems["problem"]):
                self._problems.setdefault(str(file), []).append(problem)
        return list(self._problems.get(str(path), ()))

    @staticmethod
    def _decoded(path: Path) -> tuple[str, str]:
        text, encoding, _ = cleaning.decode(path.read_bytes(), name=str(path))
        return text, encoding

    def text(self, article_id: str) -> str:
        """One article's text (its file decoded, nothing else read)."""
        if str(article_id) not in self._where:
            raise KeyError(article_id)
        return self._decoded(self._stems()[str(article_id)])[0]

    def __len__(self) -> int:
        return len(self._where)

    def __contains__(self, article_id) -> bool:
        return str(article_id) in self._where

    def __iter__(self):
        return self._read()

    def __getitem__(self, article_id: str):
        part = self._where.get(str(article_id))
        if part is None:
            raise KeyError(article_id)
        return self._article(str(article_id), part)

    def by_id(self) -> "_ById":
        """Article id -> Article, each read when it is asked for (the last few kept): what the
        explorer and the review checks need, without reading the whole corpus."""
        return _ById(self)

    def texts(self) -> "_ById":
        """Article id -> text, read the same way."""
        return _ById(self, text=True)

    def __repr__(self) -> str:
        return f"LazyCorpus({len(self)} articles in {self.folder}, {len(self.problems)} problems)"


class _ById(Mapping):
    """A lazy corpus as a mapping from article id (see ``LazyCorpus.by_id``)."""

    KEPT = 32

    def __init__(self, corpus: LazyCorpus, *, text: bool = False) -> None:
        self.corpus, self.text = corpus, text
        self.recent: dict = {}

    def __getitem__(self, article_id):
        key = str(article_id)
        if key not in self.recent:
            if len(self.recent) >= self.KEPT:
                self.recent.pop(next(iter(self.recent)))
            self.recent[key] = self.corpus.text(key) if self.text else self.corpus[key]
        return self.recent[key]

    def __contains__(self, article_id) -> bool:
        return article_id in self.corpus

    def __iter__(self):
        return iter(self.corpus.ids())

    def __len__(self) -> int:
        return len(self.corpus)


class _Items(Sequence):
    """``LazyCorpus.items``: a sequence of articles that holds none of them (each is read
    from its file when it is reached)."""

    def __init__(self, corpus: LazyCorpus) -> None:
        self.corpus = corpus

    def __len__(self) -> int:
        return len(self.corpus)

    def __iter__(self):
        return self.corpus._read()

    def __getitem__(self, i):
        ids = self.corpus.ids()
        if isinstance(i, slice):
            return [self.corpus[a] for a in ids[i]]
        return self.corpus[ids[i]]  # an IndexError for a position past the end


def run(inputs, *, metadata=None, codebook=None, register=None, jobs: int | None = None,
        scheduler: str | None = None, cache: Path | None = None,
        key: str = "", titles: str = "reported") -> tuple[LazyCorpus, pd.DataFrame]:
    """A large corpus through ``tag_files`` for ``pipeline.run``: the lazy corpus and the
    coded, linked statements (read back from Parquet).

    Args:
        cache: a folder where the tagged corpus is kept under ``key`` (see :func:`cache_key`) and
            found again by the next run with the same key: the notebooks of a project tag a
            corpus of 10,000 articles once, not once each. Other keys' folders there are removed
            when a new one is written. None: a temporary folder that lives as long as the
            corpus object.
        titles: which titles are statements (``speech.TITLES``).
    """
    md = corpus_mod.read_metadata(metadata, store=True) if isinstance(metadata, (str, Path)) else metadata
    files = _duplicates(files_of(inputs))[0]
    if cache is not None and key:
        folder = Path(cache) / key
        if not (folder / "statements.parquet").exists():
            Path(cache).mkdir(parents=True, exist_ok=True)
            tmp = Path(tempfile.mkdtemp(prefix=f".{key}.", dir=cache))
            try:
                result = tag_files(inputs, out=tmp / "statements.parquet", metadata=md, codebook=codebook,
                                   register=register, jobs=jobs, scheduler=scheduler, corpus_folder=tmp,
                                   titles=titles)
                if not result.path.exists():  # no statement at all: an empty table, kept too
                    speech.link_utterances(speech.statements_in_text("")).to_parquet(result.path, index=False)
                pd.DataFrame(list(result.problems), columns=["file", "problem"]).to_parquet(
                    tmp / "problems.parquet", index=False)
                for old in Path(cache).iterdir():
                    if old.is_dir() and old.name != tmp.name:
                        shutil.rmtree(old, ignore_errors=True)
                os.replace(tmp, folder)
            except BaseException:
                shutil.rmtree(tmp, ignore_errors=True)
                raise
        corp = LazyCorpus(folder, files, md, pd.read_parquet(folder / "problems.parquet"), keep=True)
        return corp, pd.read_parquet(folder / "statements.parquet")
    folder = Path(tempfile.mkdtemp(prefix="porte-parole-"))
    try:
        result = tag_files(inputs, out=folder / "statements.parquet", metadata=md, codebook=codebook,
                           register=register, jobs=jobs, scheduler=scheduler, corpus_folder=folder,
                           titles=titles)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    corp = LazyCorpus(folder, files, md, result.problems)
    statements = (pd.read_parquet(result.path) if result.path.exists()
                  else speech.link_utterances(speech.statements_in_text("")))
    return corp, statements


def cache_key(files: Iterable[Path], *, sources: Iterable[Path], settings: str = "") -> str:
    """What decides a tagged corpus, as a short hash: each article file's path, size and
    modification time, the bytes of ``sources`` (metadata, registers, target files) and of
    the tagger itself (this package and its lexicons), and the tagging ``settings`` (as text),
    so that any change tags again."""
    h = hashlib.sha256(settings.encode())
    for f in files:
        st = Path(f).stat()
        h.update(f"{f}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    code = Path(__file__).parent
    for f in sorted([*code.rglob("*.py"), *paths.LEXICONS.rglob("*")]) + list(sources):
        if Path(f).is_file():
            h.update(str(f).encode() + b"\0" + Path(f).read_bytes())
    return h.hexdigest()[:24]
