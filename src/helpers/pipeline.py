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
from . import bulk, paths, speech, stance

log = logging.getLogger(__name__)

# Articles above which ``run`` tags in batches and keeps the corpus tables on disk: the seeds
# and small corpora stay in memory (starting workers costs more than tagging them).
LARGE = 2 * bulk.MIN_BATCH


@dataclass
class Workbook:
    """What the pipeline produces.

    Attributes:
        corpus: the loaded corpus (``.articles``, ``.paragraphs``, ``.comments``, ``.problems``,
            ``.items``).
        statements: one row per statement (columns of ``speech.statements``), with ``target``,
            ``stance``, ``evidence``, ``confidence`` from the codebook and ``stance_source``
            (``automatic`` or ``reviewed``) from ``data/annotations/``.
        codebook: the codebook the stances were coded with.
    """

    corpus: corpus_mod.Corpus
    statements: pd.DataFrame
    codebook: object


def iter_coded(articles: Iterable, *, register=None, codebook=None) -> Iterator[pd.DataFrame]:
    """Tag and code one article at a time (the streaming core of ``run`` and ``tag``).

    Args:
        articles: iterable of ``corpus.Article`` (consumed one at a time).
        register: an ``actors.Register`` (default: ``data/actors.csv``).
        codebook: a loaded codebook, or None to leave ``target`` '' and ``stance`` 'none'.

    Yields:
        One table per article with the columns of ``speech.statements`` and, with a codebook,
        ``target, stance, evidence, confidence, stance_rule``. Utterance ids are not linked
        across articles yet: that needs every article (``speech.link_utterances``).
    """
    for article in articles:
        rows = speech.statements(article, register=register)
        if codebook is not None and len(rows):
            # The article's own text lets the coder read the parties in the statement's sentence.
            rows = stance.code(rows, codebook=codebook, texts={str(article.id): article.text})
        yield rows


def run(
    inputs: Path | str | Iterable[Path | str] = paths.SEEDS,
    *,
    metadata: Path | str | None = paths.ARTICLES_CSV,
    codebook: Path | str = paths.CODEBOOK,
    annotations: Path | str | None = paths.ANNOTATIONS,
    jobs: int | None = None,
    scheduler: str | None = None,
) -> Workbook:
    """Load, tag, code and review a corpus.

    A corpus of more than ``LARGE`` articles (or any corpus with a ``scheduler``) goes through
    ``helpers.bulk``: tagged in batches on every core (``jobs``) or on a Dask cluster
    (``scheduler``), its tables kept in Parquet files and read when asked for
    (``Workbook.corpus`` is then a ``bulk.LazyCorpus``), so memory does not grow with it.

    Args:
        inputs: a ``.txt`` file, a folder of them, or several of either (default: the seeds).
        metadata: the article metadata CSV (``article``, ``published``, ...), or None.
        codebook: the codebook YAML.
        annotations: the folder (or file) of analyst reviews, or None to skip reviews.
        jobs: worker processes for a large corpus (default: every core).
        scheduler: address of a running ``dask.distributed`` scheduler to tag on.

    Returns:
        A ``Workbook`` with the corpus and the coded, reviewed statements.
    """
    book = stance.load_codebook(codebook)
    if scheduler is not None or len(bulk.files_of(inputs)) > LARGE:
        corp, coded = bulk.run(inputs, metadata=metadata, codebook=book, jobs=jobs, scheduler=scheduler)
        return _reviewed(corp, coded, book, annotations)
    corp = corpus_mod.load_articles(inputs, metadata=metadata)
    frames = [t for t in iter_coded(corp.items, codebook=book) if len(t)]
    coded = speech.link_utterances(pd.concat(frames, ignore_index=True) if frames
                                   else stance.code(speech.statements_in_text(""), codebook=book))
    return _reviewed(corp, coded, book, annotations)


def _reviewed(corp, coded: pd.DataFrame, book, annotations) -> Workbook:
    if annotations is not None:
        coded = stance.apply_reviews(coded, annotations=annotations)
    else:
        coded = coded.assign(stance_source="automatic")
    log.info("%d statements in %d articles", len(coded), len(corp))
    return Workbook(corpus=corp, statements=coded.reset_index(drop=True), codebook=book)


def write(workbook: Workbook, *, directory: Path | str = paths.PROCESSED) -> dict[str, Path]:
    """Write the derived tables (articles, paragraphs, comments, statements) as CSV.

    Returns:
        A mapping from table name to the written path.
    """
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    tables = {
        "articles": workbook.corpus.articles,
        "paragraphs": workbook.corpus.paragraphs,
        "comments": workbook.corpus.comments,
        "statements": workbook.statements,
    }
    written = {}
    for name, df in tables.items():
        target = out / f"{name}.csv"
        df.to_csv(target, index=False, lineterminator="\n")
        written[name] = target
    return written
