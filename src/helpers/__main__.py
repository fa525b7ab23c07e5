"""Command line: ``python -m helpers tag PATH [PATH ...] --out statements.csv [--metadata articles.csv]``,
``python -m helpers init DIR`` (scaffold a project) and ``python -m helpers workbook [PROJECT]``
(execute the notebooks for a project; ``make workbook PROJECT=DIR``).

A thin argparse front; the work is done by ``helpers.corpus`` (loading and cleaning, the same as
the notebooks), ``helpers.speech`` (statements) and, when available, ``helpers.stance`` (coding).
"""
from __future__ import annotations

import argparse
import os
import signal
import sys
import warnings
from pathlib import Path

from . import paths

TAG_HELP = """\
Find who said what in French press articles and write one row per statement.

PATH is a .txt file or a folder (every *.txt below it, sorted); give as many as you like.
Press-database exports and web pages are read too, their format recognised from the extension
and the content (or named with --format): Europresse HTML, Factiva HTML and RTF, Nexis DOCX and
RTF, web pages (.html, or HTML saved as .txt), and tables of articles (CSV, JSONL: name the file;
--columns maps their columns). Each article is decoded and cleaned exactly as in the notebooks
(boilerplate, reader comments and repeated leads are set aside), then its statements are found,
attributed and dated.

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
  target, stance filled by the stance coding (data/targets/); '' and 'none' without it
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
    _target_parser(sub)
    tag = sub.add_parser("tag", help="tag the statements of articles into a CSV",
                         description=TAG_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    tag.add_argument("paths", nargs="+", metavar="PATH", help="article file (.txt, export, table, web page) or folder of them")
    tag.add_argument("--out", "-o", required=True, metavar="CSV", help="output CSV (one row per statement)")
    # Imported here, not at the top: a Ctrl-C during the imports is then a clean interruption.
    from .importers import FORMATS

    tag.add_argument("--format", "-f", choices=FORMATS, metavar="FORMAT",
                     help=f"format of every PATH ({', '.join(FORMATS)}); default: recognised per file")
    tag.add_argument("--columns", metavar="ROLE=COLUMN,...",
                     help="for CSV/JSONL tables: which column holds each of text, title, date, outlet, "
                          "byline, id, url (e.g. text=contenu,date=jour); default: the usual names")
    tag.add_argument("--metadata", "-m", metavar="CSV",
                     help="articles metadata CSV with columns article (file stem) and published "
                          "(YYYY-MM-DD), others optional (outlet, agency, date_basis, ...); "
                          "without it, relative dates ('dimanche', 'hier') cannot be resolved")
    tag.add_argument("--actors", metavar="CSV", action="append",
                     help="your actor register, read after the shipped ones (data/actors.csv and "
                          "data/actors_general.csv): its rows add actors or replace shipped rows of "
                          "the same id; may be given several times")
    tag.add_argument("--codebook", "--targets", metavar="YAML",
                     help="target file(s) to code stances toward: a YAML file or a folder of them "
                          "(default: data/targets/; coding is skipped with a warning if the default is "
                          "missing, an error if a file given here cannot be read)")
    tag.add_argument("--no-stance", action="store_true", help="do not code stances (target '', stance 'none')")
    from .speech.tagger import TITLES

    tag.add_argument("--titles", choices=TITLES, default=TITLES[0],
                     help="which titles are statements: reported (default: a title that reports someone's "
                          "words), quoted (only a title quoting a named speaker), none")
    tag.add_argument("--jobs", "-j", type=_positive, metavar="N",
                     help="worker processes on this machine (default: every core; 1: this process only)")
    tag.add_argument("--scheduler", metavar="ADDRESS",
                     help="address of a running dask.distributed scheduler (tcp://host:8786) to tag on "
                          "its workers instead; they must see the input files at the same paths")
    tag.add_argument("--batch-size", type=_positive, metavar="N",
                     help="articles per batch, the unit of work and of memory (default: about four "
                          "batches per worker, 32 to 64 articles each)")
    tag.add_argument("--quiet", "-q", action="store_true", help="no progress bar, only errors")
    init = sub.add_parser("init", help="scaffold a project folder (porte-parole.yaml, articles/, actors, targets)",
                          description="Create DIR with a porte-parole.yaml naming its corpus, metadata, actor "
                                      "register, targets, review ledger and output folder, and commented "
                                      "minimal actor and target files. Existing files are left as they are.")
    init.add_argument("directory", metavar="DIR")
    book = sub.add_parser("workbook", help="execute notebooks 01-06 for a project",
                          description="Execute the workbook's notebooks for PROJECT (a porte-parole.yaml or "
                                      "its folder; default: the repository's own case, in place) and write "
                                      "executed notebooks, tables and figures under the project's output.")
    book.add_argument("project", nargs="?", metavar="PROJECT")
    book.add_argument("--only", nargs="*", default=[], metavar="NN", help="notebook numbers to run (default: all)")
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


def _same_file(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    except OSError:
        pass
    return a.resolve() == b.resolve()


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
        return True
    except ValueError:
        return False


def _out_problems(out: Path, args) -> list[str]:
    """Why --out must not be written: it is an input, would become one, or cannot be written."""
    from .io import check_writable

    # The defaults are inputs too: --out data/actors.csv would overwrite the register.
    named = [("PATH", Path(p)) for p in args.paths] + [
        (opt, Path(v)) for opt, v in (("--metadata", args.metadata), *(("--actors", a) for a in _registers(args)),
                                      ("--codebook", args.codebook or paths.CODEBOOK)) if v]
    for opt, path in named:
        if path.is_dir():
            if _inside(out, path) and out.suffix.lower() == ".txt":
                return [f"--out {out}: a .txt file inside the input folder {path}: it would be read as an article"]
        elif _same_file(out, path):
            return [f"--out {out}: is the input given as {opt}; refusing to overwrite an input"]
    try:
        check_writable(out)
    except OSError as err:
        return [f"--out {err}"]
    return []


def _only_text(args) -> bool:
    """Whether every input is plain text (``.txt`` files and folders of them, no --format or
    --columns): then tagging runs in batches on every core (``helpers.bulk``)."""
    from . import importers

    if args.format or args.columns:
        return False
    for p in map(Path, args.paths):
        if p.is_file() and importers.sniff_or_none(p) != "txt":
            return False
        if p.is_dir() and any(f.suffix.lower() != ".txt" for f in importers.files(importers.Source(p))):
            return False
    return True


def _registers(args) -> list[Path]:
    """The shipped registers, then the user's (``--actors``, later ones winning)."""
    return [paths.ACTORS_CSV, paths.ACTORS_GENERAL_CSV] + [Path(a) for a in args.actors or []]


def _preflight(args):
    """Everything that can fail before the tagging, checked before any of it starts.

    Returns:
        (problems, metadata, register, codebook): ``problems`` lists every error, one line each
        naming the file and why; the others are None when not loaded.
    """
    from . import actors, corpus, stance

    from . import importers

    errors = list(corpus.check_files(args.paths))
    for p in map(Path, args.paths):
        if p.is_dir() and not any(importers.files(importers.Source(p))):
            errors.append(f"{p}: folder contains no article file (.txt, .html, .rtf, .docx)")
        elif p.is_file() and not args.format and importers.sniff_or_none(p) == "txt" and p.suffix.lower() != ".txt":
            _say(f"warning: {p}: not a .txt file; read as text anyway")
    errors += _out_problems(Path(args.out), args)
    metadata = register = book = None
    if args.metadata:
        try:
            with warnings.catch_warnings():
                # Bad rows are in metadata.problems and reported with the loading problems.
                warnings.simplefilter("ignore")
                # The bulk tagger keeps the rows in a file, not in memory (tens of thousands of them).
                metadata = corpus.read_metadata(args.metadata, store=_only_text(args))
        except corpus.CorpusError as err:
            errors.append(str(err))
    try:
        register = actors.load_register(_registers(args))
    except (OSError, ValueError) as err:
        errors.append(str(err))
    if not args.no_stance:
        try:
            book = stance.load_codebook(args.codebook or paths.CODEBOOK)
        except (OSError, ValueError) as err:
            if args.codebook:
                errors.append(str(err))
            else:
                # Only the default may be missing: the statements are still worth writing.
                _say(f"warning: {err}; stances left as 'none'")
    return errors, metadata, register, book


def _columns(spec: str | None) -> dict | None:
    """``text=contenu,date=jour`` -> {"text": "contenu", "date": "jour"}."""
    if not spec:
        return None
    pairs = [item.split("=", 1) for item in spec.split(",") if item.strip()]
    if any(len(p) != 2 for p in pairs):
        raise SystemExit(f"error: --columns '{spec}': write ROLE=COLUMN pairs separated by commas")
    return {role.strip(): column.strip() for role, column in pairs}


def tag_command(args) -> int:
    """Run ``tag``: returns the exit status."""
    errors, metadata, register, book = _preflight(args)
    if errors:
        for msg in errors:
            _say(f"error: {msg}")
        _say(f"error: nothing tagged, {args.out} not written")
        return 1

    import pandas as pd
    from tqdm import tqdm

    from . import bulk, corpus, pipeline, speech
    from .io import write_csv_atomic

    show = not args.quiet and sys.stderr.isatty()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the listing's problems are reported by the run below
        files = sum(1 for _ in corpus.iter_files(args.paths)) if show else 0
    bar = tqdm(total=files, unit="article", file=sys.stderr, disable=not show)
    out = Path(args.out)
    if _only_text(args):
        try:
            # Batches of articles on every core (or a Dask cluster), statements streamed to disk
            # and linked over the batches: the same bytes as one process, in flat memory.
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # problems are collected and reported below
                result = bulk.tag_files(args.paths, out=out, metadata=metadata, register=register, codebook=book,
                                        jobs=args.jobs, scheduler=args.scheduler, batch_size=args.batch_size,
                                        progress=bar.update, titles=args.titles)
        except bulk.SchedulerError as err:
            _say(f"error: {err}")
            return 1
        except corpus.CorpusError as err:  # a named file changed since it was checked
            _say(f"error: {err}; nothing tagged, {args.out} not written")
            return 1
        except OSError as err:
            _say(f"error: cannot write {out}: {err.strerror or err}")
            return 1
        finally:
            bar.close()
        for file, problem in result.problems:
            _say(f"warning: {problem}" if str(file) in str(problem) else f"warning: {file}: {problem}")
        if result.n_articles == 0:
            _say(f"error: no article could be read; nothing tagged, {args.out} not written")
            return 1
        args.written = True
        if not args.quiet:
            workers = f" on {result.workers} workers" if result.workers > 1 else ""
            _say(f"tagged {result.n_articles} article(s){workers}: {result.n_statements} statement(s), "
                 f"{result.n_utterances} utterance(s) -> {out}")
        return 0
    # Exports, tables and web pages: one process, through the importers.
    problems: list = []
    tables = []
    n_articles = 0
    with warnings.catch_warnings():
        # Problems are collected in `problems` and reported once below.
        warnings.simplefilter("ignore")
        entries = list(args.paths)
        if args.format or args.columns:
            entries = [{"path": p, "format": args.format, "columns": _columns(args.columns)} for p in args.paths]
        articles = corpus.iter_articles(entries, metadata=metadata, problems=problems)
        try:
            # The same streaming core as the notebooks (pipeline.run): tag and code article by article.
            for rows in pipeline.iter_coded(articles, register=register, codebook=book, titles=args.titles):
                tables.append(rows)
                n_articles += 1
                bar.update(1)
        except corpus.CorpusError as err:  # a named file changed since it was checked
            bar.close()
            _say(f"error: {err}; nothing tagged, {args.out} not written")
            return 1
    bar.close()
    for file, problem in problems:
        _say(f"warning: {problem}" if str(file) in str(problem) else f"warning: {file}: {problem}")
    if n_articles == 0:
        _say(f"error: no article could be read; nothing tagged, {args.out} not written")
        return 1
    tables = [t for t in tables if len(t)]
    table = pd.concat(tables, ignore_index=True) if tables else speech.statements_in_text("")
    table = speech.link_utterances(table)
    if book is not None and len(table):
        from . import stance

        # A speaker's line across articles, for statements without evidence of their own.
        table = stance.speaker_lines(table)
    out = Path(args.out)
    try:
        write_csv_atomic(table, out, encoding="utf-8")
    except OSError as err:
        _say(f"error: cannot write {out}: {err.strerror or err}")
        return 1
    args.written = True
    if not args.quiet:
        _say(f"tagged {n_articles} article(s): {len(table)} statement(s), "
             f"{table['utterance'].nunique() if len(table) else 0} utterance(s) -> {out}")
    return 0


#: words listed for the statements put on target by their article alone (``targets.context_words``)
CONTEXT_WORDS = 12

TARGET_HELP = """\
Check a target file (data/targets/X.yaml): it is validated against the schema (errors name the
key and why), every labelled example is coded and those coded otherwise are listed, and with
--corpus, a sample of the statements the target catches, the words that stand out in those put
on target by their article alone (another question the articles cover, for `exclude`), and the
near-misses (statements left off the target although their sentence names a topic word) are shown.

Exit status: 0 when every example is coded as labelled, 1 otherwise, 2 for a bad file.
"""


def _target_parser(sub) -> None:
    target = sub.add_parser("target", help="check a target file", description=TARGET_HELP,
                            formatter_class=argparse.RawDescriptionHelpFormatter)
    tsub = target.add_subparsers(dest="action", metavar="ACTION")
    tsub.required = True
    check = tsub.add_parser("check", help="validate a target, code its examples, show what it catches",
                            description=TARGET_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    check.add_argument("file", metavar="YAML", help="the target file")
    check.add_argument("--corpus", metavar="PATH", nargs="+", help="articles to try the target on")
    check.add_argument("--metadata", metavar="CSV", help="articles metadata (article, published)")
    check.add_argument("--sample", type=int, default=8, metavar="N", help="statements shown per list (default 8)")
    check.add_argument("--actors", metavar="CSV", action="append",
                       help="your actor register, read after the shipped ones (for the sides and the corpus); "
                            "may be given several times")


def target_command(args) -> int:
    """Run ``target check``: returns the exit status."""
    import pandas as pd

    from . import corpus, pipeline, speech, stance, targets

    try:
        book = stance.load_codebook(args.file)
    except stance.CodebookError as err:
        _say(f"error: {err}")
        return 2
    from . import actors

    target = book.targets[0]
    register = None
    if target.sides or args.corpus or args.actors:
        # The register (900 rows) is read only when something needs it.
        try:
            register = actors.load_register(_registers(args))
        except (ValueError, OSError) as err:
            _say(f"error: {err}")
            return 2
    examples = targets.code_examples(target.id, book)
    wrong = examples[~examples["ok"]]
    print(f"{args.file}: target {target.id!r} ({target.label}): {len(examples) - len(wrong)} of "
          f"{len(examples)} examples coded as labelled")
    if target.sides:
        unknown = targets.unknown_sides(target, register)
        print(f"Sides: {len(target.sides) + len(target.side_countries)} actors or countries"
              + (f"; not in the register (they match only a speaker named exactly so): {', '.join(unknown)}"
                 if unknown else ", all in the register"))
    with pd.option_context("display.max_colwidth", 90, "display.width", 200):
        if len(wrong):
            print("\nExamples coded otherwise (expected -> coded, rule, text):")
            for r in wrong.itertuples():
                print(f"  {r.expected} -> {r.coded} ({r.rule}): {r.text}")
        if args.corpus:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                corp = corpus.load_articles(args.corpus, metadata=args.metadata)
                coded = pd.concat([t for t in pipeline.iter_coded(corp.items, codebook=book, register=register) if len(t)]
                                  or [stance.code(speech.statements_in_text(""), codebook=book)],
                                  ignore_index=True)
            texts = {a.id: a.text for a in corp.items}
            on = coded[coded["target"] == target.id]
            print(f"\nOn {len(corp.items)} article(s): {len(coded)} statements, {len(on)} on target "
                  f"({', '.join(f'{k} {v}' for k, v in on['stance'].value_counts().items()) or 'none'})")
            if len(on):
                print("\nA sample of what the target catches (stance, rule, speaker: statement):")
                for r in on.head(args.sample).itertuples():
                    print(f"  {r.stance:8} {r.stance_rule:28} {r.speaker or '?'}: {' '.join(str(r.text).split())[:110]}")
            by_article = targets.context_words(coded, target, top=CONTEXT_WORDS)
            if len(by_article):
                print("\nOn target by their article alone, the statements name most often (another question "
                      "the articles cover goes under `exclude`, this one under another name under `topic`):")
                print("  " + ", ".join(f"{r.word} ({r.statements})" for r in by_article.itertuples()))
            near = targets.near_misses(coded, texts, target)
            print(f"\nNear-misses: {len(near)} statement(s) off target although their sentence names a topic word")
            for r in near.head(args.sample).itertuples():
                print(f"  [{r.topic_word}] {r.speaker or '?'}: ...{r.left[-40:]} [{r.statement[:90]}] {r.right[:40]}...")
    return 0 if wrong.empty else 1


def project_command(args) -> int:
    """Run ``init`` or ``workbook``: returns the exit status."""
    from . import execute, project

    try:
        if args.command == "init":
            created = project.init(args.directory)
            for path in created:
                _say(f"created {path}")
            _say(f"next: put your .txt articles in {Path(args.directory) / 'articles'}, list them in "
                 f"articles.csv, then: make workbook PROJECT={args.directory}")
            return 0
        execute.workbook(args.project, only=args.only)
        return 0
    except (project.ProjectError, execute.NotebookFailed, OSError) as err:
        _say(f"error: {err}")
        return 1


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m helpers`` and the ``porte-parole`` script."""
    args = argparse.Namespace(written=False, out="the output")
    try:
        args = _parser().parse_args(argv)
        args.written = False
        if args.command == "tag":
            return tag_command(args)
        if args.command == "target":
            return target_command(args)
        if args.command in ("init", "workbook"):
            return project_command(args)
    except KeyboardInterrupt:
        # Ctrl-C is a request, not a crash: no traceback. The output is written atomically, so
        # before the final rename nothing of it exists.
        if args.written:
            _say(f"interrupted after {args.out} was written")
        else:
            _say(f"interrupted; nothing written ({args.out} left as it was)")
        if argv is None:
            _die_of_sigint()
        return 130
    return 2  # pragma: no cover - argparse rejects unknown commands


def _die_of_sigint() -> None:
    """End the process the way an interrupted program should: killed by SIGINT (the shell
    shows status 130), so that a loop or a make calling ``tag`` stops too."""
    sys.stdout.flush()
    sys.stderr.flush()
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    os.kill(os.getpid(), signal.SIGINT)


if __name__ == "__main__":
    sys.exit(main())
