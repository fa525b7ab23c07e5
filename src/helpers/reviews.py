"""The review ledger: what analysts decided about statements, who decided it, and when.

The ledger is the second half of hybrid coding: the machine proposes, analysts decide. It is a
UTF-8 CSV in ``data/annotations/`` (``ledger.csv`` by default, ``paths.LEDGER``) that code only
ever **appends** to: one row per decision, never rewritten, readable by a person. Its columns
(``LEDGER_COLUMNS``):

``action, article, start, end, target, stance, speaker, organization, country, kind, new_start,
new_end, note, coder, recorded, tool_version``

- ``action`` is one of ``ACTIONS``: ``confirm`` (the coding is right), ``change`` (set the
  non-blank fields among ``target, stance, speaker, organization, country, kind``), ``add`` (a
  statement the tagger missed, at ``article[start:end]``, with its fields), ``delete`` (a false
  statement), ``span`` (move the statement at ``start:end`` to ``new_start:new_end``) or
  ``withdraw`` (the coder takes back their decision on the statement: an undo that rewrites
  nothing).
- ``article, start, end`` key the statement, as in the statements table
  (``article.text[start:end]``); ``coder`` is who decided, ``recorded`` the UTC time
  (ISO 8601, seconds) and ``tool_version`` the version of porte-parole that wrote it.
- **The last decision per coder wins**: for one statement and one coder only the coder's last
  row counts (files in name order, rows in file order); across coders the latest decision is
  applied, and ``helpers.agreement`` measures how far the coders agree.
- Writes take a lock (``filelock``) next to the ledger, so two processes appending at the same
  moment cannot interleave rows or both write the header; a new ledger is written to a temporary
  file and renamed into place, and each append is one ``write`` of whole lines.
- Reading never stops the workbook: a bad row (unknown action or stance, inverted or negative
  offsets, extra fields, an unknown article or target) is reported with a warning naming the
  file, the line and the problem, and skipped. ``record`` refuses a bad review before anything
  is written.

Files with the older columns (``LEGACY_COLUMNS``: ``article, start, end, target, stance,
speaker, note, annotator, recorded``, as ``explore.review`` and hand-kept files have them) are read
too: a row is a ``change`` (a blank stance and speaker make it a ``confirm``), by ``annotator``.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
import tempfile
import warnings
from pathlib import Path
from typing import Any, Iterable, Mapping

import numpy as np
import pandas as pd
from filelock import FileLock

from . import __version__, paths

STANCES = ("favor", "against", "neutral", "none")
ACTIONS = ("confirm", "change", "add", "delete", "span", "withdraw")
#: The fields a ``change`` (or an ``add``) may set on a statement.
FIELDS = ("target", "stance", "speaker", "organization", "country", "kind")
LEDGER_COLUMNS = ["action", "article", "start", "end", *FIELDS, "new_start", "new_end", "note", "coder",
                  "recorded", "tool_version"]
#: The columns of the first annotations format (``explore.review``, hand-kept files).
LEGACY_COLUMNS = ["article", "start", "end", "target", "stance", "speaker", "note", "annotator", "recorded"]
#: What ``read`` returns: the ledger columns, where each row comes from, and its position in
#: reading order (``order``: files by name, rows by line).
READ_COLUMNS = LEDGER_COLUMNS + ["file", "line", "order"]
# ISO 3166-1 alpha-2, or EU for the institutions of the Union; '' for non-state speakers.
_COUNTRY = re.compile(r"[A-Z]{2}")
_OFFSET = re.compile(r"\d+")
# Every character str.splitlines() breaks on: one review, one line for any reader.
_NEWLINES = re.compile(r"[\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029]+")


class ReviewError(ValueError):
    """A review that cannot be recorded (the message says which field and why); nothing was written."""


class ReviewWarning(UserWarning):
    """A ledger row that was reported and skipped, or a review applied to a moved statement."""


# ----------------------------------------------------------------------------- small parts

def _text(value: Any) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    return _NEWLINES.sub(" ", str(value)).strip()


def _get(row: Mapping | pd.Series | None, name: str) -> str:
    if row is None or not hasattr(row, "get"):
        return ""
    return _text(row.get(name, ""))


def article_texts(corpus: Any) -> Mapping[str, str] | None:
    """Article id -> text from a Corpus, a list of Articles, a mapping (id -> Article or text), or a
    folder of ``.txt`` files (ids are file stems). None stays None (nothing to check against)."""
    if corpus is None:
        return None
    if isinstance(corpus, (str, Path)):
        folder = Path(corpus)
        return {p.stem: p.read_text(encoding="utf-8", errors="replace") for p in sorted(folder.glob("*.txt"))}
    if isinstance(corpus, dict):
        return {str(k): (v if isinstance(v, str) else v.text) for k, v in corpus.items()}
    if isinstance(corpus, Mapping):
        # A view, not a copy: this mapping may be a corpus kept on disk (bulk.LazyCorpus.by_id),
        # each article read when it is looked up (checking one review must not read them all).
        return _TextView(corpus)
    if hasattr(corpus, "texts"):  # a Corpus, or one kept on disk (each text read when it is checked)
        return corpus.texts()
    items = getattr(corpus, "items", corpus)
    if callable(items):
        items = [v for _, v in items()]
    return {str(a.id): a.text for a in items}


class _TextView(Mapping):
    """Article id -> text over a mapping of ids to articles or texts, read on look-up."""

    def __init__(self, articles: Mapping) -> None:
        self.articles = articles

    def __getitem__(self, article_id) -> str:
        value = self.articles[article_id]
        return value if isinstance(value, str) else value.text

    def __contains__(self, article_id) -> bool:
        return article_id in self.articles

    def __iter__(self):
        return (str(k) for k in self.articles)

    def __len__(self) -> int:
        return len(self.articles)


def _codebook_ids(codebook: Any) -> tuple[list[str], list[str] | None]:
    """(stances, targets) of a Codebook, a mapping with ``stances``/``targets``, or None (the
    default codebook; targets None when it cannot be read, so targets are not checked)."""
    if codebook is None:
        from . import stance

        try:
            codebook = stance.load_codebook(paths.CODEBOOK)
        except (OSError, ValueError):
            return list(STANCES), None
    parts = []
    for name in ("stances", "targets"):
        part = getattr(codebook, name, None)
        if part is None and isinstance(codebook, Mapping):
            part = codebook.get(name)
        if part is None:
            parts.append(None)
            continue
        if isinstance(part, Mapping):
            parts.append([str(k) for k in part])
        else:
            parts.append([str(getattr(p, "id", None) or (p.get("id") if isinstance(p, Mapping) else p)) for p in part])
    return parts[0] or list(STANCES), parts[1]


# ----------------------------------------------------------------------------- validation

def problems(review: Mapping, *, texts: Mapping[str, str] | None = None, stances: Iterable[str] = STANCES,
             targets: Iterable[str] | None = None) -> list[str]:
    """What is wrong with one review (ledger columns as strings); [] when it can be recorded.

    Args:
        review: one row with ``LEDGER_COLUMNS`` (missing columns read as '').
        texts: article id -> text; when given, the article must be one of them and every offset
            must fall inside its text.
        stances: the valid stances (the codebook's).
        targets: the valid targets (the codebook's); None does not check targets.
    """
    out = []
    get = lambda c: _text(review.get(c, ""))  # noqa: E731 (a one-line accessor)
    action = get("action")
    if action not in ACTIONS:
        out.append(f"unknown action {action!r} (one of {list(ACTIONS)})")
    article = get("article")
    if not article:
        out.append("empty 'article'")
    elif texts is not None and article not in texts:
        out.append(f"unknown article {article!r} (not in the corpus)")
    spans = [("start", "end")] + ([("new_start", "new_end")] if action == "span" else [])
    for a, b in spans:
        s, e = get(a), get(b)
        if not (_OFFSET.fullmatch(s) and _OFFSET.fullmatch(e)):
            out.append(f"'{a}' and '{b}' must be non-negative integer offsets, got {s!r}, {e!r}")
        elif int(s) >= int(e):
            out.append(f"'{a}' must be before '{b}', got {s}, {e}")
        elif texts is not None and article in texts and int(e) > len(texts[article]):
            out.append(f"'{b}' {e} is past the end of article {article!r} ({len(texts[article])} characters)")
    stance = get("stance")
    if stance and stance not in list(stances):
        out.append(f"unknown stance {stance!r} (one of {list(stances)})")
    target = get("target")
    if target and targets is not None and target not in list(targets):
        out.append(f"unknown target {target!r} (codebook targets: {list(targets)})")
    country = get("country")
    if country and not _COUNTRY.fullmatch(country):
        out.append(f"country {country!r} is not an ISO 3166 alpha-2 code (or EU)")
    if action == "add" and not stance:
        out.append("an added statement needs a stance")
    if action == "change" and not any(get(f) for f in FIELDS):
        out.append("a change sets at least one of " + ", ".join(FIELDS))
    if not get("coder"):
        out.append("empty 'coder' (who decided)")
    return out


# ----------------------------------------------------------------------------- writing

def _csv_line(values: Iterable) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(list(values))
    return buf.getvalue()


def lock_for(path: Path | str) -> FileLock:
    """The lock every writer of ``path`` takes (a ``.lock`` file beside it)."""
    path = Path(path)
    return FileLock(str(path.with_name(path.name + ".lock")), timeout=60)


def append_rows(path: Path | str, columns: list[str], records: Iterable[Mapping]) -> int:
    """Append ``records`` (dicts keyed by ``columns``) to the CSV at ``path``, under its lock.

    A new (or empty) file gets the header: the header and the rows are written to a temporary
    file that is renamed into place, so no reader sees a half-made file and two processes cannot
    both write a header. An existing file must have exactly ``columns`` as its header; the rows
    go in one ``write`` at its end, and the bytes already there are never touched.

    Returns:
        The number of rows written.

    Raises:
        ReviewError: the existing file has other columns (nothing written).
    """
    path = Path(path)
    lines = "".join(_csv_line(r.get(c, "") for c in columns) for r in records)
    if not lines:
        return 0
    path.parent.mkdir(parents=True, exist_ok=True)
    with lock_for(path):
        if path.exists() and path.stat().st_size > 0:
            with path.open("r", encoding="utf-8", newline="") as fh:
                header = next(csv.reader([fh.readline()]), [])
            if header != columns:
                raise ReviewError(f"{path}: has columns {header}, expected {columns}; not appending to it")
            with path.open("rb") as fh:
                fh.seek(-1, os.SEEK_END)
                # A last line left unterminated by hand: start a new line rather than extend it.
                prefix = "" if fh.read(1) == b"\n" else "\n"
            fd = os.open(path, os.O_WRONLY | os.O_APPEND)
            try:
                os.write(fd, (prefix + lines).encode("utf-8"))
                os.fsync(fd)
            finally:
                os.close(fd)
        else:
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            try:
                with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
                    fh.write(_csv_line(columns) + lines)
                    fh.flush()
                    os.fsync(fh.fileno())
                os.replace(tmp, path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
    return lines.count("\n")


def now_utc() -> str:
    """The current UTC time as the ledger writes it (ISO 8601, seconds, ``Z``)."""
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def make_row(statement: Mapping | pd.Series, *, action: str = "confirm", coder: str, note: str = "",
             span: tuple[int, int] | None = None, recorded: str | None = None, **fields: Any) -> dict:
    """One ledger row (all values strings) for ``statement`` (``article, start, end``).

    ``fields`` are among ``FIELDS``; None or '' leaves a field blank (unchanged). ``span`` is the
    new ``(start, end)`` of a ``span`` action.
    """
    unknown = set(fields) - set(FIELDS)
    if unknown:
        raise TypeError(f"unknown review field(s) {sorted(unknown)} (fields: {list(FIELDS)})")
    row = {c: "" for c in LEDGER_COLUMNS}
    row.update(action=_text(action), article=_get(statement, "article"), start=_get(statement, "start"),
               end=_get(statement, "end"), note=_text(note), coder=_text(coder),
               recorded=recorded or now_utc(), tool_version=__version__)
    for name, value in fields.items():
        row[name] = _text(value)
    if span is not None:
        row["new_start"], row["new_end"] = (str(int(x)) for x in span)
    # Offsets read from a table may be floats ("301.0") when the column held NaN somewhere.
    for c in ("start", "end"):
        if re.fullmatch(r"\d+\.0", row[c]):
            row[c] = row[c][:-2]
    return row


def record(statement: Mapping | pd.Series, *, action: str = "confirm", coder: str, note: str = "",
           span: tuple[int, int] | None = None, path: Path | str = paths.LEDGER, corpus: Any = paths.SEEDS,
           codebook: Any = None, recorded: str | None = None, **fields: Any) -> dict:
    """Validate one review and append it to the ledger; return the row written.

    Args:
        statement: the statement (``article, start, end``); for ``add``, the span of the missed
            statement (e.g. ``{"article": ..., "start": ..., "end": ...}`` from a text selection).
        action: ``confirm``, ``change``, ``add``, ``delete`` or ``span``.
        coder: who decides (required: agreement is measured between coders).
        note: why (one line).
        span: the adjusted ``(start, end)`` for ``span``.
        path: the ledger (default ``data/annotations/ledger.csv``).
        corpus: the articles the offsets index (Corpus, Articles, mapping, or a folder of ``.txt``;
            default the seeds); the article must be in it and the offsets inside its text.
            None skips that check.
        codebook: for the valid stances and targets (default: the target files in ``data/targets/``).
        recorded: the time to record (default: now, UTC).
        **fields: ``target, stance, speaker, organization, country, kind``.

    Raises:
        ReviewError: the review is invalid (every problem listed); nothing is written.
    """
    row = make_row(statement, action=action, coder=coder, note=note, span=span, recorded=recorded, **fields)
    stances, targets = _codebook_ids(codebook)
    found = problems(row, texts=article_texts(corpus), stances=stances, targets=targets)
    if found:
        raise ReviewError(f"review of {row['article'] or '?'}[{row['start']}:{row['end']}] refused: " + "; ".join(found))
    append_rows(path, LEDGER_COLUMNS, [row])
    return row


# ----------------------------------------------------------------------------- reading

def _files(annotations: Path | str) -> list[Path]:
    path = Path(annotations)
    if path.is_dir():
        return sorted(path.glob("*.csv"))
    return [path] if path.exists() else []


def _from_legacy(values: dict) -> dict:
    row = {c: "" for c in LEDGER_COLUMNS}
    for c in ("article", "start", "end", "target", "stance", "speaker", "note", "recorded"):
        row[c] = values.get(c, "")
    row["coder"] = values.get("annotator", "")
    row["action"] = "change" if (row["stance"] or row["speaker"] or row["target"]) else "confirm"
    if row["action"] == "confirm":
        row["target"] = ""
    return row


def read(annotations: Path | str = paths.ANNOTATIONS, *, texts: Any = None, codebook: Any = None,
         require_coder: bool = False) -> pd.DataFrame:
    """Every valid review in the ledger files, in reading order; bad rows reported and skipped.

    Args:
        annotations: a folder of ``*.csv`` ledgers (ledger or legacy columns) or one file.
        texts: the corpus (see ``article_texts``), to report rows naming unknown articles or
            offsets past an article's end; None does not check.
        codebook: for valid stances and targets (default: the target files in ``data/targets/``).
        require_coder: also skip rows without a coder (legacy files often have none).

    Returns:
        DataFrame with ``READ_COLUMNS`` (``start, end, order`` as int; ``new_start, new_end`` as
        nullable Int64). ``.attrs["problems"]`` lists what was skipped, one sentence each.

    Warns:
        ReviewWarning: once per skipped row or file, naming the file, the line and the problem.
    """
    stances, targets = _codebook_ids(codebook)
    known = article_texts(texts)
    rows, skipped = [], []

    def skip(message: str) -> None:
        skipped.append(message)
        warnings.warn(message, ReviewWarning, stacklevel=3)

    for f in _files(annotations):
        try:
            content = f.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            skip(f"{f}: cannot read the reviews as UTF-8 ({exc}); file skipped")
            continue
        reader = csv.reader(io.StringIO(content, newline=""))
        header = next(reader, None)
        if not header:
            continue
        header = [h.strip() for h in header]
        if header == LEDGER_COLUMNS:
            legacy = False
        elif all(c in header for c in ("article", "start", "end", "stance")) and "action" not in header:
            legacy = True
        else:
            skip(f"{f}, line 1: header {header} is neither the ledger's {LEDGER_COLUMNS} nor the legacy "
                 f"{LEGACY_COLUMNS}; file skipped")
            continue
        for values in reader:
            line = reader.line_num
            if not any(v.strip() for v in values):
                continue
            where = f"{f}, line {line}"
            if len(values) != len(header):
                skip(f"{where}: {len(values)} fields where the header has {len(header)}; row skipped")
                continue
            cells = {h: _text(v) for h, v in zip(header, values)}
            row = _from_legacy(cells) if legacy else {c: cells.get(c, "") for c in LEDGER_COLUMNS}
            if legacy and not require_coder:
                row["coder"] = row["coder"] or "(unnamed)"
            found = problems(row, texts=known, stances=stances, targets=targets)
            if found:
                skip(f"{where}: " + "; ".join(found) + "; row skipped")
                continue
            row.update(file=str(f), line=line)
            rows.append(row)
    out = pd.DataFrame(rows, columns=READ_COLUMNS[:-1])
    out["order"] = range(len(out))
    for c in ("start", "end"):
        out[c] = out[c].astype(int)
    for c in ("new_start", "new_end"):
        out[c] = pd.to_numeric(out[c].replace("", None), errors="coerce").astype("Int64")
    out.attrs["problems"] = skipped
    return out


def decisions(reviews: pd.DataFrame) -> pd.DataFrame:
    """The reviews that count: each coder's last row per statement (``article, start, end``).

    Args:
        reviews: the output of ``read``.

    Returns:
        The same columns, one row per (coder, statement) whose last row is not a ``withdraw``,
        in reading order (so applying them in order lets the latest coder's decision win across
        coders).
    """
    if reviews.empty:
        return reviews.copy()
    last = reviews.drop_duplicates(["coder", "article", "start", "end"], keep="last")
    # A withdrawal leaves the coder without a decision on that statement.
    return last[last["action"].ne("withdraw")].sort_values("order", kind="stable")


# ----------------------------------------------------------------------------- applying

def _overlapping(spans: list[tuple[int, int, int]], start: int, end: int, *, min_overlap: float = 0.5) -> list[int]:
    """Positions of the statements whose span best overlaps ``start:end`` (the rule
    ``evaluate.match`` uses: at least ``min_overlap`` of the shorter span); ties all returned."""
    best, found = 0.0, []
    for s_start, s_end, pos in spans:
        shared = min(end, s_end) - max(start, s_start)
        shorter = min(end - start, s_end - s_start)
        if shared <= 0 or shorter <= 0 or shared / shorter < min_overlap:
            continue
        score = shared / max(end - start, s_end - s_start)
        if score > best:
            best, found = score, [pos]
        elif score == best:
            found.append(pos)
    return found


def apply(coded: pd.DataFrame, *, annotations: Path | str = paths.ANNOTATIONS, texts: Any = None,
          codebook: Any = None) -> pd.DataFrame:
    """The coded statements with the analysts' decisions applied (never writes anything).

    Args:
        coded: the output of ``stance.code`` (``article, start, end, text, target, stance,
            speaker, organization, country`` ...).
        annotations: the ledger folder (or one file).
        texts: the corpus (see ``article_texts``): the text of added and moved statements is
            sliced from it, and reviews of unknown articles are reported; None takes the text
            from the review's statement when it exists, and '' for an added one.
        codebook: for valid stances and targets (default: the target files in ``data/targets/``).

    Returns:
        A copy of ``coded`` without the deleted statements, with the added ones (at the end,
        ``kind`` as reviewed, ``utterance`` their own), the changed fields, and
        ``stance_source`` ('automatic' | 'reviewed') and ``review_note``. A review whose exact
        span no longer exists goes to the statement that now covers most of it (with a
        warning); one that no statement covers is reported and ignored. ``.attrs`` holds
        ``added``, ``deleted`` and ``reviewed`` counts.
    """
    # Shallow, so a large corpus's statements are not held twice (pandas >= 3 copies on write:
    # the caller's table is never changed).
    out = coded.copy(deep=False)
    out["stance_source"] = "automatic"
    out["review_note"] = ""
    # The texts are read only when there is a review to check against them: for a large corpus
    # kept on disk (bulk.LazyCorpus), reading every article again takes a minute per 10,000.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the read below, with the texts, reports the problems
        anything = not read(annotations, codebook=codebook).empty
    known = article_texts(texts) if anything else None
    reviews = decisions(read(annotations, texts=known, codebook=codebook))
    if reviews.empty:
        out.attrs.update(added=0, deleted=0, reviewed=0)
        return out
    # Only the statements of reviewed articles are read as records and written back: on a large
    # corpus, turning every row into a dict and back costs more than the reviews themselves.
    touched = np.flatnonzero(out["article"].astype(str).isin(set(reviews["article"].astype(str))).to_numpy())
    records = out.iloc[touched].to_dict("records")
    alive = [True] * len(records)
    template = {c: "" for c in out.columns}
    # An added statement is dated, like any other, by its article's publication when nothing better.
    published = ({str(a): p for a, p in zip(out["article"], out["published"])} if "published" in out.columns else {})

    def keys() -> tuple[dict, dict]:
        index, by_article = {}, {}
        for pos, r in enumerate(records):
            if alive[pos]:
                k = (str(r["article"]), int(r["start"]), int(r["end"]))
                index.setdefault(k, []).append(pos)
                by_article.setdefault(k[0], []).append((k[1], k[2], pos))
        return index, by_article

    def slice_text(article: str, s: int, e: int, fallback: str = "") -> str:
        if known is not None and article in known:
            return known[article][s:e]
        return fallback

    added = deleted = 0
    for r in reviews.to_dict("records"):
        where = f"{r['file']}, line {r['line']}"
        key = (r["article"], int(r["start"]), int(r["end"]))
        index, by_article = keys()
        if r["action"] == "add":
            if key in index:
                rows = index[key]  # added twice (or by two coders): one statement
            else:
                new = dict(template)
                new.update(article=r["article"], start=key[1], end=key[2],
                           text=slice_text(r["article"], key[1], key[2]), utterance=f"{r['article']}:{key[1]}-{key[2]}",
                           confidence=1.0, stance_rule="reviewed")
                if "published" in out.columns:
                    new["published"] = published.get(r["article"], "")
                records.append(new)
                alive.append(True)
                rows = [len(records) - 1]
                added += 1
        else:
            rows = index.get(key, [])
            if not rows:
                # A rule change may move a statement's boundaries a few words; the decision
                # still belongs to the statement that covers most of the reviewed span.
                rows = _overlapping(by_article.get(r["article"], []), key[1], key[2])
                if rows:
                    moved = records[rows[0]]
                    warnings.warn(f"{where}: review of {r['article']}[{key[1]}:{key[2]}] applied to the statement "
                                  f"now at [{moved['start']}:{moved['end']}] (its boundaries moved)", ReviewWarning,
                                  stacklevel=2)
            if not rows:
                warnings.warn(f"{where}: review of {r['article']}[{key[1]}:{key[2]}] matches no statement "
                              "(was the text re-tagged?); ignored", ReviewWarning, stacklevel=2)
                continue
        for p in rows:
            rec = records[p]
            if r["action"] == "delete":
                alive[p] = False
                deleted += 1
                continue
            if r["action"] == "span":
                s, e = int(r["new_start"]), int(r["new_end"])
                rec["text"] = slice_text(r["article"], s, e, str(rec.get("text", "")) if (s, e) == (rec["start"], rec["end"]) else "")
                rec["start"], rec["end"] = s, e
            for name in FIELDS:
                if r[name] and name in out.columns:
                    rec[name] = r[name]
            if r["stance"] == "none" and "target" in rec and not r["target"]:
                rec["target"] = ""
            rec["stance_source"] = "reviewed"
            rec["review_note"] = r["note"]
    n = len(touched)
    if n:
        # Only the columns a review writes (the other values of the records are the table's own).
        for c in [c for c in ("start", "end", "text", *FIELDS, "stance_source", "review_note") if c in out.columns]:
            column = out[c].to_numpy(dtype=object, copy=True)
            column[touched] = [rec[c] for rec in records[:n]]
            # typed from the values, as a table built from the records would be
            out[c] = pd.Series(column, index=out.index).infer_objects()
    keep = np.ones(len(out), dtype=bool)
    keep[touched[[not a for a in alive[:n]]]] = False
    new_rows = [rec for rec, a in zip(records[n:], alive[n:]) if a]
    result = out[keep] if not keep.all() else out
    if new_rows:
        result = pd.concat([result, pd.DataFrame(new_rows, columns=list(out.columns))], ignore_index=True)
    for c in ("start", "end"):
        result[c] = result[c].astype(int)
    result.attrs.update(added=added, deleted=deleted, reviewed=int(result["stance_source"].eq("reviewed").sum()))
    return result.reset_index(drop=True)
