"""Command line: ``python -m helpers tag PATH [PATH ...] --out statements.csv [--metadata articles.csv]``.

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
Each file is decoded and cleaned exactly as in the notebooks (boilerplate, reader comments and
repeated leads are set aside), then its statements are found, attributed and dated.

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

Bad input is never silent: a file inside a folder that cannot be read (empty, binary, a FIFO,
a broken link) is named with the reason and skipped, the others are tagged; bytes that are not
UTF-8, NUL bytes, UTF-16 files and bad metadata rows are named with their positions (file,
line, column) and the rest is kept.

Exit status:
  0    the table was written (warnings, if any, name each file or row set aside)
  1    nothing was written: an input named on the command line (PATH, --metadata, --actors,
       --codebook) cannot be read, --out cannot be written or names an input, or no article
       could be read
  2    usage error
  130  interrupted (Ctrl-C; the process ends by SIGINT, as shells expect): nothing written
The output is written to a temporary file renamed over --out at the end: an interrupted or
killed run leaves the previous --out (or none), never half a table.
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
    tag.add_argument("--actors", metavar="CSV",
                     help="actor register (default: data/actors.csv)")
    tag.add_argument("--codebook", metavar="YAML",
                     help="stance codebook (default: data/codebook.yaml; coding is skipped with a warning "
                          "if the default is missing, an error if a codebook given here cannot be read)")
    tag.add_argument("--no-stance", action="store_true", help="do not code stances (target '', stance 'none')")
    tag.add_argument("--quiet", "-q", action="store_true", help="no progress bar, only errors")
    return parser


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
        (opt, Path(v)) for opt, v in (("--metadata", args.metadata), ("--actors", args.actors or paths.ACTORS_CSV),
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


def _preflight(args):
    """Everything that can fail before the tagging, checked before any of it starts.

    Returns:
        (problems, metadata, register, codebook): ``problems`` lists every error, one line each
        naming the file and why; the others are None when not loaded.
    """
    from . import actors, corpus, stance

    errors = list(corpus.check_files(args.paths))
    for p in map(Path, args.paths):
        if p.is_dir() and not any(n.lower().endswith(".txt") for _, _, names in os.walk(p) for n in names):
            errors.append(f"{p}: folder contains no .txt file")
        elif p.is_file() and p.suffix.lower() != ".txt":
            _say(f"warning: {p}: not a .txt file; read as text anyway")
    errors += _out_problems(Path(args.out), args)
    metadata = register = book = None
    if args.metadata:
        try:
            with warnings.catch_warnings():
                # Bad rows are in metadata.problems and reported with the loading problems.
                warnings.simplefilter("ignore")
                metadata = corpus.read_metadata(args.metadata)
        except corpus.CorpusError as err:
            errors.append(str(err))
    try:
        register = actors.load_register(args.actors or paths.ACTORS_CSV)
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

    from . import corpus, pipeline, speech
    from .io import write_csv_atomic

    show = not args.quiet and sys.stderr.isatty()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the listing's problems are reported by the run below
        files = sum(1 for _ in corpus.iter_files(args.paths)) if show else 0
    problems: list = []
    tables = []
    n_articles = 0
    bar = tqdm(total=files, unit="article", file=sys.stderr, disable=not show)
    with warnings.catch_warnings():
        # Problems are collected in `problems` and reported once below.
        warnings.simplefilter("ignore")
        articles = corpus.iter_articles(args.paths, metadata=metadata, problems=problems)
        try:
            # The same streaming core as the notebooks (pipeline.run): tag and code article by article.
            for rows in pipeline.iter_coded(articles, register=register, codebook=book):
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


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m helpers`` and the ``porte-parole`` script."""
    args = _parser().parse_args(argv)
    args.written = False
    try:
        if args.command == "tag":
            return tag_command(args)
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
