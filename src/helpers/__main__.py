"""Command line: ``python -m helpers tag PATH [PATH ...] --out statements.csv [--metadata articles.csv]``.

A thin argparse front; the work is done by ``helpers.corpus`` (loading and cleaning, the same as
the notebooks), ``helpers.speech`` (statements) and, when available, ``helpers.stance`` (coding).
"""
from __future__ import annotations

import argparse
import sys
import warnings
from pathlib import Path

import pandas as pd

from . import paths

TAG_HELP = """\
Find who said what in French press articles and write one row per statement.

PATH is a .txt file or a folder (every *.txt below it, sorted); give as many as you like.
Each file is decoded and cleaned exactly as in the notebooks (boilerplate, reader comments and
repeated leads are set aside), then its statements are found, attributed and dated.

Articles are tagged in batches on every core (--jobs) or on the workers of a running Dask
cluster (--scheduler); the output is the same bytes whatever the number of workers. Statements
are streamed to disk batch by batch, so memory stays flat however large the corpus.
An --out name ending in .parquet writes Parquet instead of CSV.

Output columns (CSV, UTF-8):
  article        file stem
  start, end     character offsets into the file's decoded text: text_of_file[start:end] == text
  text           the statement's content (without enclosing quotation marks)
  kind           direct (quotation) | indirect (que-clause, infinitive ...) | attributed (selon,
                 d'après, denial of a noun phrase, refusal to comment)
  speaker        canonical name (person, or the institution when it speaks itself; '' unknown)
  organization   institution the speaker speaks for
  country        ISO 3166-1 alpha-2 of the state the speaker speaks for ('' for non-state actors)
  cue            the verb of saying or "selon" that introduces the statement
  date           when the statement was made (YYYY-MM-DD), '' when the text does not say
  date_basis     stated | relative | '' (unknown)
  utterance      id shared by reports of the same statement in different articles, and by
                 reports of one speech event in an article (a summary and its quotation)
  target, stance filled by the stance coding (data/codebook.yaml); '' and 'none' without it
and more: para, speaker_mention, speaker_type, attribution, channel, date_anchor, date_text,
published, sentence/cue/speaker offsets.

Exit status: 0 when at least one article was read and tagged (even with no statement),
1 when nothing could be tagged, 2 for a usage error.
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m helpers",
        description="porte-parole: who said what in the press, with which stance, and when.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    tag = sub.add_parser("tag", help="tag the statements of articles into a CSV",
                         description=TAG_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    tag.add_argument("paths", nargs="+", metavar="PATH", help=".txt file or folder of .txt files")
    tag.add_argument("--out", "-o", required=True, metavar="CSV", help="output CSV (one row per statement)")
    tag.add_argument("--metadata", "-m", metavar="CSV",
                     help="articles metadata CSV with columns article (file stem) and published "
                          "(YYYY-MM-DD), others optional (outlet, agency, date_basis, ...); "
                          "without it, relative dates ('dimanche', 'hier') cannot be resolved")
    tag.add_argument("--actors", metavar="CSV", default=str(paths.ACTORS_CSV),
                     help="actor register (default: data/actors.csv)")
    tag.add_argument("--codebook", metavar="YAML", default=str(paths.CODEBOOK),
                     help="stance codebook (default: data/codebook.yaml); coding is skipped if missing")
    tag.add_argument("--no-stance", action="store_true", help="do not code stances (target '', stance 'none')")
    tag.add_argument("--jobs", "-j", type=_positive, metavar="N",
                     help="worker processes on this machine (default: every core; 1: this process only)")
    tag.add_argument("--scheduler", metavar="ADDRESS",
                     help="address of a running dask.distributed scheduler (tcp://host:8786) to tag on "
                          "its workers instead; they must see the input files at the same paths")
    tag.add_argument("--batch-size", type=_positive, metavar="N",
                     help="articles per batch, the unit of work and of memory (default: about four "
                          "batches per worker, 32 to 64 articles each)")
    tag.add_argument("--quiet", "-q", action="store_true", help="no progress bar, only errors")
    return parser


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number, at least 1, not {value!r}")
    return n


def _say(msg: str) -> None:
    print(msg, file=sys.stderr)


def _load_codebook(codebook: str | None):
    """The codebook for ``tag``, or None (stances left '' / 'none') with a warning saying why."""
    from . import stance

    if codebook is None:
        return None
    if not Path(codebook).is_file():
        _say(f"warning: {codebook}: codebook not found; stances left as 'none'")
        return None
    try:
        return stance.load_codebook(codebook)
    except Exception as err:  # the statements are still worth writing
        _say(f"warning: {err}; stances left as 'none'")
        return None


def _read_metadata(path: Path, corpus):
    """The metadata CSV as ``corpus`` expects it: only ``article`` and ``published`` are required
    here, the other columns of ``data/articles.csv`` are added empty when missing."""
    if not path.is_file():
        raise FileNotFoundError(f"{path}: metadata file not found")
    try:
        table = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise ValueError(f"{path}: metadata is not UTF-8; save it as UTF-8") from None
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as err:
        raise ValueError(f"{path}: not a readable CSV ({str(err).strip()})") from None
    missing = [c for c in ("article", "published") if c not in table.columns]
    if missing:
        raise ValueError(f"{path}: metadata lacks column(s) {', '.join(missing)} "
                         f"(found: {', '.join(map(str, table.columns)) or 'nothing'})")
    for col in ("outlet", "agency", "date_basis", "date_note"):
        if col not in table.columns:
            table[col] = ""
    with warnings.catch_warnings():
        # Bad rows are listed in metadata.problems and reported with the loading problems.
        warnings.simplefilter("ignore")
        return corpus.parse_metadata(table.to_csv(index=False), path=path)


def tag_command(args) -> int:
    """Run ``tag``: returns the exit status."""
    from tqdm import tqdm

    from . import actors, bulk, corpus

    good = []
    for p in args.paths:
        path = Path(p)
        if not path.exists():
            _say(f"error: {path}: no such file or folder; skipped")
        elif path.is_dir() and not any(path.rglob("*.txt")):
            _say(f"error: {path}: folder contains no .txt file; skipped")
        elif path.is_file() and path.suffix.lower() != ".txt":
            _say(f"warning: {path}: not a .txt file; read as text anyway")
            good.append(path)
        else:
            good.append(path)
    if not good:
        _say("error: nothing to tag")
        return 1
    metadata = None
    if args.metadata:
        try:
            metadata = _read_metadata(Path(args.metadata), corpus)
        except Exception as err:  # CorpusError, OSError, parser errors: say which file and why
            _say(f"error: {err}; continuing without metadata (relative dates stay empty)")
            metadata = None
    try:
        register = actors.load_register(args.actors)
    except (OSError, ValueError) as err:
        _say(f"error: {err}")
        return 1
    book = None if args.no_stance else _load_codebook(args.codebook)
    bar = tqdm(unit="article", file=sys.stderr, disable=args.quiet or not sys.stderr.isatty())
    out = Path(args.out)
    try:
        # Batches of articles on every core (or a Dask cluster), statements streamed to disk and
        # linked over the batches: the same bytes as one process, in flat memory.
        result = bulk.tag_files(good, out=out, metadata=metadata, register=register, codebook=book,
                                jobs=args.jobs, scheduler=args.scheduler, batch_size=args.batch_size,
                                progress=bar.update)
    except bulk.SchedulerError as err:
        _say(f"error: {err}")
        return 1
    except OSError as err:
        _say(f"error: cannot write {out}: {err.strerror or err}")
        return 1
    finally:
        bar.close()
    for file, problem in result.problems:
        _say(f"warning: {problem}" if str(file) in str(problem) else f"warning: {file}: {problem}")
    if result.n_articles == 0:
        _say("error: no article could be read; nothing tagged")
        return 1
    if not args.quiet:
        workers = f" on {result.workers} workers" if result.workers > 1 else ""
        _say(f"tagged {result.n_articles} article(s){workers}: {result.n_statements} statement(s), "
             f"{result.n_utterances} utterance(s) -> {out}")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m helpers`` and the ``porte-parole`` script."""
    args = _parser().parse_args(argv)
    if args.command == "tag":
        return tag_command(args)
    return 2  # pragma: no cover - argparse rejects unknown commands


if __name__ == "__main__":
    sys.exit(main())
