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
from .importers import FORMATS

TAG_HELP = """\
Find who said what in French press articles and write one row per statement.

PATH is a .txt file or a folder (every *.txt below it, sorted); give as many as you like.
Press-database exports and web pages are read too, their format recognised from the extension
and the content (or named with --format): Europresse HTML, Factiva HTML and RTF, Nexis DOCX and
RTF, web pages (.html, or HTML saved as .txt), and tables of articles (CSV, JSONL: name the file;
--columns maps their columns). Each article is decoded and cleaned exactly as in the notebooks
(boilerplate, reader comments and repeated leads are set aside), then its statements are found,
attributed and dated.

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
    tag.add_argument("--format", "-f", choices=FORMATS, metavar="FORMAT",
                     help=f"format of every PATH ({', '.join(FORMATS)}); default: recognised per file")
    tag.add_argument("--columns", metavar="ROLE=COLUMN,...",
                     help="for CSV/JSONL tables: which column holds each of text, title, date, outlet, "
                          "byline, id, url (e.g. text=contenu,date=jour); default: the usual names")
    tag.add_argument("--metadata", "-m", metavar="CSV",
                     help="articles metadata CSV with columns article (file stem) and published "
                          "(YYYY-MM-DD), others optional (outlet, agency, date_basis, ...); "
                          "without it, relative dates ('dimanche', 'hier') cannot be resolved")
    tag.add_argument("--actors", metavar="CSV", default=str(paths.ACTORS_CSV),
                     help="actor register (default: data/actors.csv)")
    tag.add_argument("--codebook", "--targets", metavar="YAML", default=str(paths.CODEBOOK),
                     help="target file(s) to code stances toward: a YAML file or a folder of them "
                          "(default: data/targets/); coding is skipped if missing")
    tag.add_argument("--no-stance", action="store_true", help="do not code stances (target '', stance 'none')")
    tag.add_argument("--quiet", "-q", action="store_true", help="no progress bar, only errors")
    return parser


def _say(msg: str) -> None:
    print(msg, file=sys.stderr)


def _load_codebook(codebook: str | None):
    """The codebook for ``tag``, or None (stances left '' / 'none') with a warning saying why."""
    from . import stance

    if codebook is None:
        return None
    if not Path(codebook).exists():
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
    from tqdm import tqdm

    from . import actors, corpus, importers, pipeline, speech

    good = []
    for p in args.paths:
        path = Path(p)
        if not path.exists():
            _say(f"error: {path}: no such file or folder; skipped")
        elif path.is_dir() and not any(importers.files(importers.Source(path))):
            _say(f"error: {path}: folder contains no article file (.txt, .html, .rtf, .docx); skipped")
        elif path.is_file() and not args.format and importers.sniff_or_none(path) == "txt" \
                and path.suffix.lower() != ".txt":
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
    files = [f for p in good for f in ([p] if p.is_file() else sorted(p.rglob("*.txt")))]
    problems: list = []
    tables = []
    n_articles = 0
    bar = tqdm(total=len(files), unit="article", file=sys.stderr,
               disable=args.quiet or not sys.stderr.isatty())
    with warnings.catch_warnings():
        # Problems are collected in `problems` and reported once below.
        warnings.simplefilter("ignore")
        entries = good
        if args.format or args.columns:
            entries = [{"path": p, "format": args.format, "columns": _columns(args.columns)} for p in good]
        articles = corpus.iter_articles(entries, metadata=metadata, problems=problems)
        # The same streaming core as the notebooks (pipeline.run): tag and code article by article.
        for rows in pipeline.iter_coded(articles, register=register, codebook=book):
            tables.append(rows)
            n_articles += 1
            bar.update(1)
    bar.close()
    for file, problem in problems:
        _say(f"warning: {problem}" if str(file) in str(problem) else f"warning: {file}: {problem}")
    if n_articles == 0:
        _say("error: no article could be read; nothing tagged")
        return 1
    tables = [t for t in tables if len(t)]
    table = pd.concat(tables, ignore_index=True) if tables else speech.statements_in_text("")
    table = speech.link_utterances(table)
    if book is not None and len(table):
        from . import stance

        table = stance.speaker_lines(table)
    out = Path(args.out)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        table.to_csv(out, index=False, encoding="utf-8")
    except OSError as err:
        _say(f"error: cannot write {out}: {err.strerror or err}")
        return 1
    if not args.quiet:
        _say(f"tagged {n_articles} article(s): {len(table)} statement(s), "
             f"{table['utterance'].nunique() if len(table) else 0} utterance(s) -> {out}")
    return 0


TARGET_HELP = """\
Check a target file (data/targets/X.yaml): it is validated against the schema (errors name the
key and why), every labelled example is coded and those coded otherwise are listed, and with
--corpus, a sample of the statements the target catches and the near-misses (statements left off
the target although their sentence names a topic word) are shown in context.

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


def target_command(args) -> int:
    """Run ``target check``: returns the exit status."""
    import pandas as pd

    from . import corpus, pipeline, speech, stance, targets

    try:
        book = stance.load_codebook(args.file)
    except stance.CodebookError as err:
        _say(f"error: {err}")
        return 2
    target = book.targets[0]
    examples = targets.code_examples(target.id, book)
    wrong = examples[~examples["ok"]]
    print(f"{args.file}: target {target.id!r} ({target.label}): {len(examples) - len(wrong)} of "
          f"{len(examples)} examples coded as labelled")
    with pd.option_context("display.max_colwidth", 90, "display.width", 200):
        if len(wrong):
            print("\nExamples coded otherwise (expected -> coded, rule, text):")
            for r in wrong.itertuples():
                print(f"  {r.expected} -> {r.coded} ({r.rule}): {r.text}")
        if args.corpus:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                corp = corpus.load_articles(args.corpus, metadata=args.metadata)
                coded = pd.concat([t for t in pipeline.iter_coded(corp.items, codebook=book) if len(t)]
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
            near = targets.near_misses(coded, texts, target)
            print(f"\nNear-misses: {len(near)} statement(s) off target although their sentence names a topic word")
            for r in near.head(args.sample).itertuples():
                print(f"  [{r.topic_word}] {r.speaker or '?'}: ...{r.left[-40:]} [{r.statement[:90]}] {r.right[:40]}...")
    return 0 if wrong.empty else 1


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m helpers`` and the ``porte-parole`` script."""
    args = _parser().parse_args(argv)
    if args.command == "tag":
        return tag_command(args)
    if args.command == "target":
        return target_command(args)
    return 2  # pragma: no cover - argparse rejects unknown commands


if __name__ == "__main__":
    sys.exit(main())
