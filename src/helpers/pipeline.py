"""The corpus through every stage, for the notebooks and the ``tag`` command.

``run()`` is what notebooks 02-06 call: it loads and cleans the articles, tags the statements,
codes their stance with the codebook and applies the analysts' reviews. On the seeds it takes
about a second, so every notebook recomputes from the inputs instead of reading a table an
earlier notebook may or may not have written; ``write()`` stores the derived tables in
``data/processed/`` for other tools.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

import pandas as pd

from . import corpus as corpus_mod
from . import bulk, labels, learn, paths, reviews, speech, stance
from .io import write_csv_atomic

log = logging.getLogger(__name__)

# Articles above which ``run`` tags in batches and keeps the corpus tables on disk: the seeds
# and small corpora stay in memory (starting workers costs more than tagging them).
LARGE = 2 * bulk.MIN_BATCH
# Where a project keeps its large corpus once tagged (git-ignored; delete it to tag again).
CACHE = ".porte-parole-cache"


@dataclass
class Workbook:
    """What the pipeline produces.

    Attributes:
        corpus: the loaded corpus (``.articles``, ``.paragraphs``, ``.comments``, ``.problems``,
            ``.items``).
        statements: one row per statement (columns of ``speech.statements``), with ``target``,
            ``stance``, ``evidence``, ``confidence`` from the codebook and ``stance_source``
            (``automatic``, ``learned`` or ``reviewed``) from the review ledger in ``data/annotations/``
            (``helpers.reviews``, ``helpers.learn``).
        codebook: the codebook the stances were coded with.
        names: how figures name countries, actors and targets (``labels.Names``, in the
            project's language; pass it to the charts as ``names=``).
        project: the project run (``helpers.project.Project``), or None when run on paths.
        register: the actor register the statements were attributed with (None: the shipped one).
    """

    corpus: corpus_mod.Corpus
    statements: pd.DataFrame
    codebook: object
    names: labels.Names | None = None
    project: object = None
    register: object = None


def iter_coded(articles: Iterable, *, register=None, codebook=None, parse: bool = True,
               titles: str = "reported") -> Iterator[pd.DataFrame]:
    """Tag and code one article at a time (the streaming core of ``run`` and ``tag``).

    Args:
        articles: iterable of ``corpus.Article`` (consumed one at a time).
        register: an ``actors.Register`` (default: ``data/actors.csv``).
        codebook: a loaded codebook, or None to leave ``target`` '' and ``stance`` 'none'.
        parse: let the French dependency parse propose statements the rules miss (False: the
            rule stages only, as the benchmark times them).
        titles: which titles are statements (``speech.TITLES``: ``reported``, ``quoted``, ``none``).

    Yields:
        One table per article with the columns of ``speech.statements`` and, with a codebook,
        ``target, stance, evidence, confidence, stance_rule``. Utterance ids are not linked
        across articles yet: that needs every article (``speech.link_utterances``).
    """
    if codebook is not None:
        # the sides a target gives named actors extend to their states (stance.with_register)
        codebook = stance.with_register(codebook, speech.default_register(register))
    for article in articles:
        rows = speech.rows(article, register=register, parse=parse, titles=titles)
        if codebook is None or not rows:
            yield speech.table(rows)
            continue
        # The article's own text lets the coder read the parties in the statement's sentence.
        texts = {str(article.id): article.text}
        if speech.plain(rows):
            # The rows are the records the coder would read back from their table: coded as
            # they are, the table is built once (pandas costs more than coding on small tables).
            yield speech.table(rows, coded=stance.coding(rows, codebook=codebook, texts=texts))
        else:
            yield stance.code(speech.table(rows), codebook=codebook, texts=texts)


def run(
    inputs=paths.SEEDS,
    *,
    metadata: Path | str | None = paths.ARTICLES_CSV,
    codebook: Path | str | object = paths.CODEBOOK,
    annotations: Path | str | None = paths.ANNOTATIONS,
    register=None,
    jobs: int | None = None,
    scheduler: str | None = None,
    titles: str | None = None,
) -> Workbook:
    """Load, tag, code and review a corpus: a project, or paths.

    A corpus of more than ``LARGE`` articles (or any corpus with a ``scheduler``) goes through
    ``helpers.bulk``: tagged in batches on every core (``jobs``) or on a Dask cluster
    (``scheduler``), its tables kept in Parquet files and read when asked for
    (``Workbook.corpus`` is then a ``bulk.LazyCorpus``), so memory does not grow with it.

    Args:
        inputs: a project (``helpers.project.Project``, or a ``porte-parole.yaml`` file or a
            folder holding one: its corpus, metadata, registers, targets and reviews are used and
            the other arguments are ignored); or a ``.txt`` file, a folder of them, or several of
            either (default: the seeds).
        metadata: the article metadata CSV (``article`` and ``published`` are enough; ``outlet,
            agency, date_basis, date_note`` are used when present), or None.
        codebook: the codebook YAML, or a loaded codebook.
        annotations: the folder (or file) of analyst reviews, or None to skip reviews.
        register: an ``actors.Register``, a register CSV or a list of them (later files add to
            and override earlier ones by ``id``); default: the shipped registers.
        jobs: worker processes for a large corpus (default: every core; a project's ``jobs``).
        scheduler: address of a running ``dask.distributed`` scheduler to tag on (a project's
            ``scheduler``).
        titles: which titles are statements (``speech.TITLES``; default ``reported``, or a
            project's ``titles``): a coding convention, so that a gold written with it is met.

    Returns:
        A ``Workbook`` with the corpus and the coded, reviewed statements, and the names figures
        use (``.names``).
    """
    from . import actors, project as project_mod

    proj = _as_project(inputs)
    if proj is not None:
        reg = proj.register()
        book = proj.codebook()
        return _run(proj.inputs, metadata=proj.metadata, book=book, annotations=proj.annotations,
                    register=reg, names=proj.names(book), project=proj,
                    jobs=jobs if jobs is not None else proj.jobs, titles=titles or proj.titles,
                    scheduler=scheduler if scheduler is not None else (
                        None if proj.scheduler in ("", "synchronous", "local") else proj.scheduler))
    if register is None:
        shipped = [paths.ACTORS_CSV, paths.ACTORS_GENERAL_CSV]
        reg, table = actors.load_register(shipped), project_mod.register_table(shipped)
    elif isinstance(register, actors.Register):
        reg, table = register, register.table
    else:
        files = [register] if isinstance(register, (str, Path)) else list(register)
        reg, table = actors.load_register(files), project_mod.register_table(files)
    book = codebook if hasattr(codebook, "targets") else stance.load_codebook(codebook)
    countries, actor_names = labels.register_names(table)
    names = labels.Names(countries=countries, actors=actor_names, targets=labels.target_labels(book))
    return _run(inputs, metadata=metadata, book=book, annotations=annotations, register=reg, names=names,
                jobs=jobs, scheduler=scheduler, titles=titles or "reported")


def _as_project(inputs):
    """The project ``inputs`` names, or None when it names articles."""
    from . import project as project_mod

    if isinstance(inputs, project_mod.Project):
        return inputs
    if isinstance(inputs, (str, Path)):
        p = Path(inputs)
        if p.suffix.lower() in {".yaml", ".yml"} or (p.is_dir() and (p / project_mod.FILENAME).is_file()):
            return project_mod.load(p)
    return None


def _run(inputs, *, metadata, book, annotations, register, names, project=None, jobs=None,
         scheduler=None, titles="reported") -> Workbook:
    from . import project as project_mod

    entries = [inputs] if isinstance(inputs, (str, Path, dict)) else list(inputs)
    plain = all(isinstance(e, (str, Path)) for e in entries)
    large = plain and (scheduler is not None or len(bulk.files_of(entries)) > LARGE)
    if isinstance(metadata, (str, Path)):
        # Only article + published are required, as for the tag command; a large corpus's rows
        # stay in a file.
        metadata = project_mod.read_metadata(metadata, store=large)
    if large:
        # A large corpus: batches on every core (or a cluster), tables kept on disk (lazily read).
        cache = key = None
        if project is not None:
            # Tagged once for the project's notebooks (each runs the pipeline): kept under a key of
            # its article files, metadata, registers, targets and the tagger's code.
            targets = project.targets if isinstance(project.targets, tuple) else (project.targets,)
            sources = [project.file, *([project.metadata] if project.metadata else []), *project.actors,
                       *(f for t in targets for f in (sorted(Path(t).rglob("*")) if Path(t).is_dir() else [t]))]
            cache, key = project.root / CACHE, bulk.cache_key(bulk.files_of(entries), sources=sources,
                                                                 settings=f"titles={titles}")
        corp, coded = bulk.run(entries, metadata=metadata, codebook=book, register=register, jobs=jobs,
                               scheduler=scheduler, cache=cache, key=key or "", titles=titles)
    else:
        corp = corpus_mod.load_articles(inputs, metadata=metadata)
        frames = [t for t in iter_coded(corp.items, register=register, codebook=book, titles=titles) if len(t)]
        coded = speech.link_utterances(pd.concat(frames, ignore_index=True) if frames
                                       else stance.code(speech.statements_in_text(""), codebook=book))
        # A speaker's line across articles for statements without evidence of their own
        # (bulk.run applies it while writing its batches).
        coded = stance.speaker_lines(coded)
    if annotations is not None:
        automatic = coded
        coded = reviews.apply(coded, annotations=annotations, texts=corp, codebook=book)
        # Hybrid coding: with enough reviews the coder learns from them and re-codes the
        # statements nobody reviewed (stance_source 'learned'); with few, the rules decide.
        coded = learn.recode(coded, automatic=automatic, texts=corp, targets=book.target_ids)
    else:
        coded = coded.assign(stance_source="automatic")
    log.info("%d statements in %d articles", len(coded), len(corp))
    return Workbook(corpus=corp, statements=coded.reset_index(drop=True), codebook=book, names=names,
                    project=project, register=register)


def write(workbook: Workbook, *, directory: Path | str = paths.PROCESSED) -> dict[str, Path]:
    """Write the derived tables (articles, paragraphs, comments, statements) as CSV, each
    atomically (``helpers.io.write_csv_atomic``).

    Returns:
        A mapping from table name to the written path.
    """
    out = Path(directory)
    tables = {
        "articles": workbook.corpus.articles,
        "paragraphs": workbook.corpus.paragraphs,
        "comments": workbook.corpus.comments,
        "statements": workbook.statements,
    }
    # Atomic: a notebook killed mid-write leaves the previous table, not half of a new one.
    return {name: write_csv_atomic(df, out / f"{name}.csv", lineterminator="\n") for name, df in tables.items()}
