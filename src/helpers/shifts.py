"""Stance by actor over time: utterances, shifts and divergences.

Every function here reads a coded statements table (columns of ``speech.statements`` with
``target`` and ``stance`` filled by ``stance.code``; ``stance_source`` is used when present) and
counts **utterances, not reprints**: the rows that share an ``utterance`` id (one statement
reported by several articles) become one utterance with ``n_reports``.

Definitions (the same for every corpus):

- An actor is the speaker (``level="person"``), the institution (``"institution"``) or the
  country (``"country"``, ISO alpha-2). A statement whose speaker *is* an institution (a
  communiqué) gets, at person level, a lane of its own labelled "<institution> (institution)".
- A **shift** is an on-target utterance whose stance differs from the actor's previous on-target
  stance. ``neutral`` counts as a stance: going from ``favor`` to ``neutral`` is a shift (the
  actor stops supporting); the ``reversal`` column tells favor<->against reversals apart, and
  ``ignore_neutral=True`` drops neutral utterances altogether.
- What a shift **departs from** (``departs_from``). Its *last run* is the actor's opposite
  utterances since it last took the new stance (a "no comment" in between does not interrupt
  it), or, for a shift to or from neutral, the run of utterances just before it. By default
  (``departs_from="record"``) a reversal (favor <-> against) departs from the actor's whole
  earlier *record* of the opposite stance, every earlier utterance of it, and the
  ``in_last_run`` flags say which of them form the last run: an analyst reads a turn against
  the actor's whole record of refusals (a spokesman's acceptance against months of refusals),
  even when an intermediate leak or remark went the other way and cut that record in two.
  ``departs_from="run"`` keeps only the last run. A shift to or from neutral departs from the
  last run in both modes.
- A **divergence** is two institutions of one country taking opposite stances (favor vs
  against) within ``window_days`` days.
- An utterance is dated by what the articles say: the ``date`` of a report (the day the words
  were said, when the text lets us know it). When no report of an utterance has one, it is
  placed, openly, at the publication date (``published``) of its earliest report, and its
  ``date_basis`` says ``"publication"`` instead of ``"statement"``; a statement date of any
  report wins over publication dates. ``fallback=None`` turns this off (undated utterances are
  then left out as "no date"). A publication date is an upper bound: the words were said on
  that day or before, so gaps and windows computed on it are approximate.
- Utterances on the same date have no known order. We read them as continuing the actor's
  previous stance first (the day's departure comes last), so a same-day denial and
  acceptance give one shift, not two; remaining ties follow (article, start).
"""
from __future__ import annotations

import bisect
import logging
import re

import numpy as np
import pandas as pd
import yaml

from . import paths

log = logging.getLogger(__name__)

STANCES = ("favor", "against", "neutral")
LEVELS = ("person", "institution", "country")
REQUIRED = ("speaker", "organization", "country", "text", "date", "target", "stance")
# How an utterance got its date: what the article says about the day of the words, or the day
# the earliest article reporting them was published.
DATE_BASES = ("statement", "publication")
FALLBACKS = ("publication", None)
# Why an utterance is left out of a timeline, in the order the reasons are checked.
REASONS = ("no stance", "other target", "no date", "no actor at this level")

UTTERANCE_COLUMNS = [
    "level", "actor", "label", "country", "country_name", "organization", "speaker",
    "utterance", "date", "date_basis", "stance", "quote", "kind", "n_reports", "articles",
    "stance_source", "first_article", "first_start", "confidence",
]
#: Below this coding confidence an unreviewed utterance is uncertain, and a shift drawn on it is
#: ``tentative`` (rules: 0.6 is a bare assertion, less a conflict of cues or an inherited target).
TENTATIVE_BELOW = 0.7


# --------------------------------------------------------------------------- helpers

def as_text(series: pd.Series) -> pd.Series:
    """Missing values as '' and everything as str, so comparisons never meet NaN."""
    if isinstance(series.dtype, pd.StringDtype):
        # Already text (Arrow-backed): no detour through a Python object per cell, which on
        # 10^5 statements costs more memory than the table itself.
        return series.fillna("").str.strip()
    return series.astype(object).where(series.notna(), "").astype(str).str.strip()


def country_names(path=None) -> dict[str, str]:
    """ISO alpha-2 -> readable French name, from the country rows of the actor register.

    Reads ``data/actors.csv`` (or ``path``) if it exists and has rows of type ``country``.
    The figures are French: a ``name_fr`` column wins if the register has one, else the first
    alias that is a bare name (no article, not an acronym: "États-Unis" for ``US``), else the
    canonical ``name``. Returns ``{}`` without a usable register; the charts then show codes.
    """
    path = paths.ACTORS_CSV if path is None else path
    try:
        reg = pd.read_csv(path, dtype=str, keep_default_na=False)
    except (OSError, ValueError, pd.errors.ParserError):
        return {}
    cols = {c.lower(): c for c in reg.columns}
    type_col = next((cols[c] for c in ("type", "actor_type", "kind") if c in cols), None)
    name_col = next((cols[c] for c in ("name_fr", "name", "canonical", "actor", "label") if c in cols), None)
    code_col = cols.get("country")
    if not (type_col and name_col and code_col):
        return {}
    rows = reg[reg[type_col].str.lower().eq("country") & reg[code_col].ne("")]
    names = {}
    for _, r in rows.iterrows():
        name = r[name_col]
        if name_col != cols.get("name_fr") and "aliases" in cols:
            bare = [a.strip() for a in r[cols["aliases"]].split("|") if a.strip()
                    and not _ARTICLE.match(a.strip()) and not a.strip().isupper()]
            name = bare[0] if bare else name
        names[r[code_col].upper()] = name
    return names


_ARTICLE = re.compile(r"(?i)^(l['’]|le |la |les )")


def target_labels(path=None) -> dict[str, str]:
    """Target id -> label from the target files (``data/targets/`` by default, or a file, a folder,
    a list of them or a loaded codebook); ``{}`` if unreadable."""
    from . import stance

    path = paths.CODEBOOK if path is None else path
    try:
        book = path if isinstance(path, stance.Codebook) else stance.load_codebook(path)
    except (OSError, ValueError):
        return {}
    return {t.id: t.label for t in book.targets}


def resolve_target(statements: pd.DataFrame, target: str | None = None) -> str | None:
    """The target to chart: ``target`` if given, else the most coded one (None if none is coded).

    With several coded targets and no choice, the one with the most utterances wins (ties:
    alphabetical) and the choice is logged; pass ``target=`` to chart another.
    """
    if target is not None:
        return target
    if "target" not in statements or "stance" not in statements:
        return None
    coded = statements[as_text(statements["stance"]).isin(STANCES)]
    tgt = as_text(coded["target"])
    ids = as_text(coded["utterance"]) if "utterance" in coded else pd.Series(range(len(coded)), index=coded.index).astype(str)
    counts = pd.DataFrame({"target": tgt, "u": ids})[tgt.ne("")].groupby("target")["u"].nunique()
    if counts.empty:
        return None
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if len(ranked) > 1:
        log.info("several targets are coded (%s): charting %r; pass target= for another",
                 ", ".join(f"{k} ({v})" for k, v in ranked), ranked[0][0])
    return ranked[0][0]


def _check(statements: pd.DataFrame, level: str, fallback: str | None = "publication") -> None:
    if fallback not in FALLBACKS:
        raise ValueError(f"fallback must be 'publication' or None, not {fallback!r}")
    if level not in LEVELS:
        raise ValueError(f"level must be one of {', '.join(LEVELS)}, not {level!r}")
    missing = [c for c in REQUIRED if c not in statements.columns]
    if missing:
        raise ValueError(f"the statements table lacks column(s) {', '.join(missing)} "
                         "(expected a coded table: speech.tag then stance.code)")


def _is_institution(df: pd.DataFrame) -> pd.Series:
    """Rows where the institution itself speaks (communiqué, 'le Pentagone a démenti')."""
    flag = df["speaker"].ne("") & df["speaker"].eq(df["organization"])
    if "speaker_type" in df.columns:
        flag |= as_text(df["speaker_type"]).str.lower().isin({"institution", "organization", "organisation"})
    return flag


# --------------------------------------------------------------------------- utterances

def utterances(statements: pd.DataFrame, *, level: str = "person", target: str | None = None,
               names: dict[str, str] | None = None, fallback: str | None = "publication",
               dated_only: bool = True) -> pd.DataFrame:
    """One row per on-target utterance with a date and an actor at ``level``.

    Args:
        statements: coded statements; columns used: ``speaker, organization, country, text, date,
            target, stance`` (required) and ``utterance, article, start, end, kind, published,
            speaker_type, stance_source`` (when present).
        level: ``"person"``, ``"institution"`` or ``"country"``.
        target: the codebook target (default: the only one coded).
        names: ISO code -> country name (default: :func:`country_names` from the register).
        fallback: ``"publication"`` (default) dates an utterance no report dates by the
            ``published`` date of its earliest report; ``None`` leaves it out ("no date").
        dated_only: True (default) leaves out utterances with no date at all ("no date"), as
            timelines and shifts need one; False keeps them with ``date`` NaT and
            ``date_basis`` "" (sorted last), for what needs no date (a discourse network).

    Returns:
        DataFrame with columns ``level, actor, label, country, country_name, organization,
        speaker, utterance, date (Timestamp), date_basis, stance, quote, kind, n_reports,
        articles, stance_source, first_article, first_start, confidence`` (the surest voting
        report's; 1.0 when reviewed, NaN when the table has no confidence), sorted by date then report
        position. ``date_basis`` is ``"statement"`` (the most common ``date`` of its reports)
        or ``"publication"`` (the earliest ``published`` of its reports, used only when no
        report has a ``date``). When reports of one utterance disagree, a reviewed stance wins,
        then the majority, then the first report. ``.attrs["excluded"]`` maps each reason in
        :data:`REASONS` to ``{"utterances": n, "reports": n}``; ``.attrs["target"]`` is the
        target and ``.attrs["fallback"]`` the fallback.
    """
    _check(statements, level, fallback)
    target = resolve_target(statements, target)
    names = country_names() if names is None else names
    df = pd.DataFrame({c: as_text(statements[c]) for c in REQUIRED})
    for col in ("article", "kind", "speaker_type", "stance_source"):
        df[col] = as_text(statements[col]) if col in statements.columns else ""
    # How sure the coding is (stance.code or the learned coder); a reviewed one is sure.
    df["confidence"] = (pd.to_numeric(statements["confidence"], errors="coerce").to_numpy()
                        if "confidence" in statements.columns else np.nan)
    df.loc[df["stance_source"].eq("reviewed").to_numpy(), "confidence"] = 1.0
    df["start"] = (pd.to_numeric(statements["start"], errors="coerce").fillna(-1).astype(int).to_numpy()
                   if "start" in statements.columns else np.arange(len(df)))
    end = (as_text(statements["end"]) if "end" in statements.columns else pd.Series("", index=df.index))
    ids = as_text(statements["utterance"]) if "utterance" in statements.columns else pd.Series("", index=df.index)
    # A statement not linked to others is its own utterance.
    df["utterance"] = ids.where(ids.ne(""), df["article"] + ":" + df["start"].astype(str) + "-" + end)
    df["country"] = df["country"].str.upper()
    df["institutional"] = _is_institution(df)
    df["parsed"] = _parse_dates(df["date"])
    # The publication date can only stand in for a missing date, never correct a stated one.
    df["published"] = (_parse_dates(as_text(statements["published"]))
                       if fallback == "publication" and "published" in statements.columns
                       else pd.Series(pd.NaT, index=df.index, dtype="datetime64[ns]"))
    df = df.sort_values(["article", "start"], kind="stable")

    # Vectorised (one pass of groupbys, no Python loop per utterance): corpora have 10^5 rows.
    df["rank"] = np.arange(len(df))
    df["coded"] = df["stance"].isin(STANCES)
    df["on"] = df["coded"] & df["target"].eq(target) if target is not None else False
    by = df.groupby("utterance", sort=False)
    per = pd.DataFrame({"reports": by.size(), "coded": by["coded"].any(), "on": by["on"].any(),
                        "dated": (by["parsed"].count() > 0) | (by["published"].count() > 0)})
    reason = pd.Series(None, index=per.index, dtype=object)
    reason[~per["on"] & per["coded"]] = "other target"
    reason[~per["on"] & ~per["coded"]] = "no stance"
    if dated_only:
        reason[per["on"] & ~per["dated"]] = "no date"

    keep = per.index[reason.isna()]
    # One mask, and only the columns each step reads: on 10^5 statements every full-width
    # filtered copy of this table costs tens of megabytes.
    kept = df["utterance"].isin(keep)
    on = df[df["on"] & kept]
    reviewed_utt = set(on.loc[on["stance_source"].eq("reviewed"), "utterance"])
    voting = on[on["stance_source"].eq("reviewed") | ~on["utterance"].isin(reviewed_utt)]
    u = pd.DataFrame(index=pd.Index(keep, name="utterance"))
    u["stance"] = _vmode(voting, "stance")
    dated = df.loc[kept & df["parsed"].notna(), ["utterance", "parsed", "rank"]]
    stated = pd.to_datetime(_vmode(dated.assign(day=dated["parsed"].dt.strftime("%Y-%m-%d")), "day"))
    stated = stated.reindex(u.index)
    # The earliest report's publication: the first day the words were known to have been said.
    published = df.loc[kept, ["utterance", "published"]].groupby("utterance")["published"].min().reindex(u.index)
    u["date"] = stated.where(stated.notna(), published)
    u["date_basis"] = np.where(stated.notna(), "statement", np.where(u["date"].notna(), "publication", ""))
    # Who said it comes from the most specific reports: a lead that sums up "les États-Unis
    # démentent" and the spokesman's quote below it are one utterance, the spokesman's.
    rank = on["speaker_type"].str.lower().map(SPECIFICITY).fillna(0)
    specific = on[rank.eq(rank.groupby(on["utterance"]).transform("max"))]
    for col in ("speaker", "organization", "country", "kind"):
        u[col] = _vmode(specific, col).reindex(u.index).fillna("")
    u["institutional"] = on.groupby("utterance")["institutional"].any()
    u["institutional"] |= u["speaker"].eq("") & u["organization"].ne("")
    longest = on.assign(n=-on["text"].str.len()).sort_values(["utterance", "n", "rank"], kind="stable")
    u["quote"] = longest.drop_duplicates("utterance").set_index("utterance")["text"]
    first = on.sort_values("rank", kind="stable").drop_duplicates("utterance").set_index("utterance")
    u["first_article"], u["first_start"] = first["article"], first["start"].astype(int)
    all_rows = df.loc[kept, ["utterance", "article"]]
    articles = all_rows[all_rows["article"].ne("")].groupby("utterance")["article"]
    u["n_reports"] = articles.nunique().reindex(u.index).fillna(0).astype(int)
    u["n_reports"] = u["n_reports"].where(u["n_reports"] > 0, per["reports"].reindex(u.index))
    u["articles"] = articles.agg(lambda a: ",".join(sorted(set(a)))).reindex(u.index).fillna("")
    sources = _vmode(on, "stance_source").reindex(u.index).fillna("")
    u["stance_source"] = np.where(u.index.isin(list(reviewed_utt)), "reviewed",
                                  sources.where(sources.ne(""), "automatic"))
    # The utterance's surest report: one clear report is enough to place it.
    u["confidence"] = voting.groupby("utterance")["confidence"].max().reindex(u.index)
    u["country_name"] = u["country"].map(lambda c: names.get(c, c))
    if level == "person":
        u["actor"] = u["speaker"].where(u["speaker"].ne(""), u["organization"])
        u["label"] = u["actor"].where(~u["institutional"] | u["actor"].eq(""), u["actor"] + " (institution)")
    elif level == "institution":
        u["actor"] = u["organization"].where(u["organization"].ne(""),
                                             u["speaker"].where(u["institutional"], ""))
        u["label"] = u["actor"]
    else:
        u["actor"] = u["country"]
        u["label"] = u["country_name"]
    u["speaker"] = u["speaker"].where(u["speaker"].ne(""), u["organization"])
    reason[u.index[u["actor"].eq("")]] = "no actor at this level"
    u = u[u["actor"].ne("")]
    excluded = {}
    for r in REASONS:
        ids = reason.index[reason.eq(r)]
        excluded[r] = {"utterances": len(ids), "reports": int(per.loc[ids, "reports"].sum())}

    out = u.reset_index().assign(level=level)[UTTERANCE_COLUMNS] if len(u) else pd.DataFrame(columns=UTTERANCE_COLUMNS)
    if len(out):
        out = out.sort_values(["date", "first_article", "first_start", "utterance"], kind="stable")
    out = out.reset_index(drop=True)
    out["n_reports"] = out["n_reports"].astype(int)
    out["date"] = pd.to_datetime(out["date"])
    out.attrs["excluded"] = excluded
    out.attrs["target"] = target
    out.attrs["level"] = level
    out.attrs["fallback"] = fallback
    log.info("%s level: %d utterances (%d reports, %d dated by publication) on target %r; excluded: %s",
             level, len(out), int(out["n_reports"].sum()), int(out["date_basis"].eq("publication").sum()),
             target, ", ".join(f"{v['utterances']} {k}" for k, v in excluded.items() if v["utterances"]) or "none")
    return out


def _parse_dates(values: pd.Series) -> pd.Series:
    """ISO dates (or datetimes) as day Timestamps; anything else becomes NaT."""
    # A datetime keeps its local day: "2017-01-24T00:30+01:00" is the 24th, whatever UTC says,
    # and mixed offsets cannot make the parse fail.
    text = as_text(values).str.replace(_TIME, "", regex=True)
    parsed = pd.to_datetime(text, format="ISO8601", errors="coerce")
    return parsed.dt.normalize().astype("datetime64[ns]")


_TIME = re.compile(r"(?<=^\d{4}-\d{2}-\d{2})[T ].*$")


# How precisely a report names its speaker (``speaker_type`` of the statements table).
SPECIFICITY = {"person": 4, "institution": 3, "group": 2, "media": 2, "country": 1}


def _vmode(rows: pd.DataFrame, col: str) -> pd.Series:
    """Per utterance, the most common non-empty ``col``; ties go to the first report (``rank``)."""
    rows = rows[rows[col].ne("")]
    if rows.empty:
        return pd.Series(dtype=object)
    counts = rows.groupby(["utterance", col], sort=False).agg(n=("rank", "size"), first=("rank", "min")).reset_index()
    counts = counts.assign(neg=-counts["n"]).sort_values(["utterance", "neg", "first"], kind="stable")
    return counts.drop_duplicates("utterance").set_index("utterance")[col]


def excluded_note(utts: pd.DataFrame) -> str:
    """'12 utterances excluded: 8 no stance, 4 no date' from ``utts.attrs['excluded']``."""
    excl = utts.attrs.get("excluded", {})
    parts = [f"{v['utterances']} {k}" for k, v in excl.items() if v["utterances"]]
    total = sum(v["utterances"] for v in excl.values())
    return f"{total} utterances excluded: {', '.join(parts)}" if total else "no utterance excluded"


def sequence(utts: pd.DataFrame, *, by: str = "actor") -> pd.DataFrame:
    """Order utterances within each ``by`` group, adding ``seq`` (0, 1, ...).

    Dates first; on one date, utterances continuing the group's previous stance come before
    the others (the departure comes last), stances stay together, then (article, start).
    Returns the rows sorted by ``by`` then ``seq``.
    """
    out = utts.sort_values([by, "date", "first_article", "first_start", "utterance"], kind="stable")
    keys, dates, stances = out[by].to_numpy(), out["date"].to_numpy(), out["stance"].to_numpy()
    order, i, n, prev, prev_key = [], 0, len(out), None, object()
    while i < n:
        j = i + 1
        while j < n and keys[j] == keys[i] and dates[j] == dates[i]:
            j += 1
        if keys[i] != prev_key:
            prev, prev_key = None, keys[i]
        day = list(range(i, j))
        if len(set(stances[i:j])) > 1:  # only mixed days need the continuity rule
            first_pos: dict = {}
            for k in day:
                first_pos.setdefault(stances[k], k)
            day.sort(key=lambda k: (stances[k] != prev, first_pos[stances[k]], k))
        order.extend(day)
        prev = stances[day[-1]]
        i = j
    out = out.iloc[order].copy()
    out["seq"] = out.groupby(by, sort=False).cumcount()
    return out


# --------------------------------------------------------------------------- shifts

SHIFT_COLUMNS = [
    "kind", "level", "actor", "label", "country", "organization", "utterance", "date", "date_basis",
    "speaker", "stance", "quote", "n_reports", "previous_stance", "previous_utterance", "previous_date",
    "previous_date_basis", "previous_speaker", "previous_quote", "gap_days", "previous_utterances",
    "previous_dates", "previous_date_bases", "previous_speakers", "previous_actors", "previous_quotes",
    "n_previous", "since_days", "direction", "reversal", "previous_in_last_run", "previous_gap_days",
    "n_last_run", "n_departed", "tentative",
]
DEPARTS_FROM = ("record", "run")
# The most earlier utterances listed behind one shift or divergence (the most recent ones;
# ``n_departed`` counts them all). An actor's record grows with the corpus: at 50,000 articles
# listing all of it behind every reversal made millions of pairs.
MAX_PREVIOUS = 20


def _event(kind, level, u: dict, earlier: list[dict], in_last_run: list[bool] | None = None, *,
           n_departed: int | None = None, first_date=None) -> dict:
    """A shift or divergence row: utterance ``u`` and the earlier utterances it departs from
    (``in_last_run`` flags them; all True when not given, as for a divergence's window).
    ``earlier`` may be the most recent part of a longer list: ``n_departed`` is its length and
    ``first_date`` the date of its first item (default: ``earlier`` is the whole list)."""
    last = earlier[-1]
    flags = [True] * len(earlier) if in_last_run is None else [bool(f) for f in in_last_run]
    first_date = min(e["date"] for e in earlier) if first_date is None else first_date
    return {
        "kind": kind, "level": level, "actor": u["actor"], "label": u["label"], "country": u["country"],
        "organization": u["organization"], "utterance": u["utterance"], "date": u["date"],
        "date_basis": u["date_basis"], "speaker": u["speaker"], "stance": u["stance"], "quote": u["quote"],
        "n_reports": u["n_reports"], "previous_stance": last["stance"], "previous_utterance": last["utterance"],
        "previous_date": last["date"], "previous_date_basis": last["date_basis"],
        "previous_speaker": last["speaker"], "previous_quote": last["quote"],
        "gap_days": int((u["date"] - last["date"]).days),
        "previous_utterances": tuple(e["utterance"] for e in earlier),
        "previous_dates": tuple(e["date"].date().isoformat() for e in earlier),
        "previous_date_bases": tuple(e["date_basis"] for e in earlier),
        "previous_speakers": tuple(e["speaker"] for e in earlier),
        "previous_actors": tuple(e["label"] for e in earlier),
        "previous_quotes": tuple(e["quote"] for e in earlier), "n_previous": len(earlier),
        "since_days": int((u["date"] - first_date).days),
        "direction": f"{last['stance']} → {u['stance']}",
        "reversal": {last["stance"], u["stance"]} == {"favor", "against"},
        "previous_in_last_run": tuple(flags),
        "previous_gap_days": tuple(int((u["date"] - e["date"]).days) for e in earlier),
        "n_last_run": sum(flags),
        "n_departed": len(earlier) if n_departed is None else n_departed,
        "tentative": _uncertain(u) or all(_uncertain(e) for e, f in zip(earlier, flags) if f),
    }


def _uncertain(u: dict) -> bool:
    """An utterance nobody reviewed whose coding is less sure than ``TENTATIVE_BELOW``."""
    conf = u.get("confidence")
    return (u.get("stance_source") != "reviewed" and conf is not None and not pd.isna(conf)
            and float(conf) < TENTATIVE_BELOW)


def _frame(rows, columns, utts) -> pd.DataFrame:
    out = pd.DataFrame(rows, columns=columns)
    if len(out):
        out = out.sort_values(["date", "label", "utterance"], kind="stable").reset_index(drop=True)
    out.attrs.update(utts.attrs)
    return out


def check_departs(departs_from: str) -> None:
    if departs_from not in DEPARTS_FROM:
        raise ValueError(f"departs_from must be 'record' or 'run', not {departs_from!r}")


def find(statements: pd.DataFrame, *, level: str = "person", target: str | None = None,
         ignore_neutral: bool = False, fallback: str | None = "publication",
         departs_from: str = "record", max_previous: int | None = MAX_PREVIOUS) -> pd.DataFrame:
    """Stance shifts of each actor at ``level``.

    Args:
        statements: coded statements (see :func:`utterances`).
        level: ``"person"``, ``"institution"`` or ``"country"``.
        target: the codebook target (default: the only one coded).
        ignore_neutral: drop neutral utterances, so only favor <-> against changes count.
        fallback: date undated utterances by publication (default) or leave them out (None);
            see :func:`utterances`.
        departs_from: ``"record"`` (default): a reversal departs from every earlier utterance
            of the actor with the opposite stance, its whole record, because a turn is read
            against all the refusals (or endorsements) before it, not only those since an
            intermediate remark the other way; ``"run"``: only the last run (the opposite
            utterances since the actor last took the new stance). Shifts to or from neutral
            depart from the last run either way. See the module docstring.
        max_previous: list at most this many earlier utterances per shift, the most recent
            (default :data:`MAX_PREVIOUS`; None lists them all). ``n_departed`` counts them all
            and ``since_days`` runs from the first of them, listed or not.

    Returns:
        One row per shift, columns :data:`SHIFT_COLUMNS`: the shifting utterance (``utterance,
        date, date_basis, speaker, stance, quote, n_reports``), the earlier utterances it
        departs from as tuples in date order ``previous_utterances, previous_dates,
        previous_date_bases, previous_speakers, previous_actors, previous_quotes``,
        ``previous_in_last_run`` (True for the last run, False for older record items) and
        ``previous_gap_days`` (days from each to the shift), ``n_previous`` and ``n_last_run``
        (``since_days`` from the first), ``tentative`` (the shifting utterance, or every utterance
        of the last run it departs from, is unreviewed and coded with a confidence under
        ``TENTATIVE_BELOW``: a shift to check before quoting it), the most recent of them as ``previous_utterance,
        previous_date, previous_date_basis, previous_speaker, previous_quote, previous_stance``
        and ``gap_days``, ``direction`` ("against → favor"), ``reversal`` (favor <-> against,
        a "no comment" in between not counting), ``n_departed`` (how many earlier utterances
        the shift departs from; the listed ones are the most recent ``max_previous``) and
        ``kind = "shift"``. A ``date_basis`` of
        ``"publication"`` means the date is the article's, an upper bound for the words' date,
        so the order and gaps around it are approximate.
    """
    check_departs(departs_from)
    _check_max(max_previous)
    utts = utterances(statements, level=level, target=target, fallback=fallback)
    if ignore_neutral:
        utts = utts[utts["stance"].ne("neutral")]
    ordered = sequence(utts)
    recs = ordered.to_dict("records")
    actors, stances = ordered["actor"].to_numpy(), ordered["stance"].to_numpy()
    rows = []
    for k in range(len(recs)):
        if k == 0 or actors[k] != actors[k - 1]:
            first, run_start, pos = k, k, {s: [] for s in STANCES}
        elif stances[k] != stances[k - 1]:
            run = _departed(pos, stances[k], run_start, k, first)
            earlier = run
            if departs_from == "record" and stances[run[-1]] == OPPOSITE.get(stances[k]):
                # A reversal: the whole record of the opposite stance (run is its tail).
                earlier = list(pos[stances[run[-1]]])
            last_run = set(run)
            listed = earlier[-max_previous:] if max_previous else earlier
            rows.append(_event("shift", level, recs[k], [recs[e] for e in listed],
                               [e in last_run for e in listed], n_departed=len(earlier),
                               first_date=recs[earlier[0]]["date"]))
            run_start = k
        pos[stances[k]].append(k)
    return _frame(rows, SHIFT_COLUMNS, utts)


OPPOSITE = {"favor": "against", "against": "favor"}


def _departed(pos: dict[str, list[int]], stance: str, run_start: int, k: int, first: int) -> list[int]:
    """Positions of the earlier utterances a shift to ``stance`` (at position ``k``) departs from.

    This is the *last run* (``departs_from="run"``; :func:`find` widens it to the whole record
    for a reversal). A shift to favor (against) departs from every against (favor) utterance
    the actor made since it last took the new stance (from its first utterance if never): a "no comment" in
    between does not wipe out the refusals before it. A shift to neutral, or a polar shift with
    no such utterance (favor, neutral, favor), departs from the run just before it.
    ``pos`` lists the actor's positions per stance so far (ascending).
    """
    if stance in OPPOSITE:
        same = pos[stance]
        since = same[-1] if same else first - 1
        opposite = pos[OPPOSITE[stance]]
        found = opposite[bisect.bisect_right(opposite, since):]
        if found:
            return found
    return list(range(run_start, k))


def _check_max(max_previous) -> None:
    if max_previous is not None and (not isinstance(max_previous, int) or max_previous < 1):
        raise ValueError(f"max_previous must be a whole number of at least 1, or None, not {max_previous!r}")


def divergences(statements: pd.DataFrame, *, window_days: int = 3, target: str | None = None,
                fallback: str | None = "publication", max_previous: int | None = MAX_PREVIOUS) -> pd.DataFrame:
    """Two institutions of one country taking opposite stances within ``window_days``.

    Each divergence is an utterance (favor or against) and the earlier utterances of *other*
    institutions of the same country with the opposite stance at most ``window_days`` before
    it (same-day order as in :func:`sequence`, at country level).

    The dates are those of :func:`utterances`: with ``fallback="publication"`` an utterance no
    article dates sits at its earliest report's publication date (``date_basis`` says so).
    That date is an upper bound (the words may be days older), so the window test on such an
    utterance is approximate: read ``date_basis`` / ``previous_date_bases`` before reading a
    divergence as simultaneous; ``fallback=None`` keeps only article-dated utterances.

    Returns:
        One row per divergent utterance, same columns as :func:`find` (``previous_*`` are the
        other institutions' utterances, the most recent ``max_previous`` of them,
        ``previous_actors`` their institutions, ``n_departed`` how many there are) with
        ``kind = "divergence"`` and ``level = "institution"``.
    """
    _check_max(max_previous)
    utts = utterances(statements, level="institution", target=target, fallback=fallback)
    polar = utts[utts["stance"].isin(("favor", "against")) & utts["country"].ne("")]
    ordered = sequence(polar, by="country")
    recs = ordered.to_dict("records")
    countries, actors = ordered["country"].to_numpy(), ordered["actor"].to_numpy()
    stances, dates = ordered["stance"].to_numpy(), ordered["date"].to_numpy()
    window = np.timedelta64(int(window_days), "D")
    rows, lo = [], 0
    # Utterances in the window [lo, i) by stance and by (actor, stance): the number of other
    # institutions' opposite utterances is a difference of counts, so a busy window is not
    # rescanned for every utterance; only the listed (most recent) ones are looked up.
    by_stance: dict = {}
    by_actor: dict = {}
    for i in range(len(recs)):
        if i == 0 or countries[i] != countries[i - 1]:
            lo = i  # a new country: its window starts here
            by_stance, by_actor = {}, {}
        while dates[lo] < dates[i] - window:
            by_stance[stances[lo]] -= 1
            by_actor[(actors[lo], stances[lo])] -= 1
            lo += 1
        opposite = "against" if stances[i] == "favor" else "favor"
        n = by_stance.get(opposite, 0) - by_actor.get((actors[i], opposite), 0)
        if n:
            listed, e = [], i - 1
            while len(listed) < min(max_previous or n, n):
                if actors[e] != actors[i] and stances[e] == opposite:
                    listed.append(e)
                e -= 1
            first = next(e for e in range(lo, i) if actors[e] != actors[i] and stances[e] == opposite)
            rows.append(_event("divergence", "institution", recs[i], [recs[e] for e in reversed(listed)],
                               n_departed=n, first_date=recs[first]["date"]))
        by_stance[stances[i]] = by_stance.get(stances[i], 0) + 1
        by_actor[(actors[i], stances[i])] = by_actor.get((actors[i], stances[i]), 0) + 1
    out = _frame(rows, SHIFT_COLUMNS, utts)
    out.attrs["window_days"] = window_days
    return out


TABLE_COLUMNS = [
    "event", "kind", "level", "actor", "date", "date_basis", "speaker", "stance", "quote", "utterance",
    "direction", "reversal", "earlier_actor", "earlier_date", "earlier_date_basis", "earlier_speaker",
    "earlier_stance", "earlier_quote", "earlier_utterance", "gap_days", "in_last_run", "tentative",
]


def table(statements: pd.DataFrame, *, level: str = "country", window_days: int = 3,
          target: str | None = None, ignore_neutral: bool = False,
          fallback: str | None = "publication", departs_from: str = "record",
          max_previous: int | None = MAX_PREVIOUS) -> pd.DataFrame:
    """Shifts at ``level`` and divergences between institutions, as one readable table.

    ``departs_from`` is passed to :func:`find`: ``"record"`` (default) lists, for a reversal,
    the actor's whole earlier record of the opposite stance; ``"run"`` only the last run.
    ``max_previous`` (default :data:`MAX_PREVIOUS`) bounds the earlier utterances listed per
    event to the most recent ones, so the table grows with the number of shifts, not with the
    actors' records (``find`` and ``divergences`` give ``n_departed``, the whole count).

    Returns:
        One row per (event, earlier utterance it departs from), columns :data:`TABLE_COLUMNS`:
        ``event`` numbers the shifts and divergences by date; ``actor`` is the readable label;
        ``date`` and ``earlier_date`` are ISO strings, and ``date_basis`` /
        ``earlier_date_basis`` say whether each is the day of the words (``"statement"``) or
        the publication date of the earliest article reporting them (``"publication"``, see
        ``fallback`` in :func:`utterances`); ``gap_days`` is the number of days
        between the earlier utterance and the event; ``direction`` ("against → favor") and
        ``reversal`` (favor <-> against, true for every divergence) let a figure keep only the
        reversals; ``in_last_run`` is True for the utterances of the last run before a shift
        (and for every earlier utterance of a divergence, all within its window), False for
        the older items of the actor's record; ``tentative`` flags an event drawn on uncertain,
        unreviewed codings (see :func:`find`). Display it with
        ``.set_index(["event", "kind", "actor", "date", "speaker", "stance", "quote"])`` to show
        each event once above the utterances it departs from.
    """
    events = pd.concat([
        find(statements, level=level, target=target, ignore_neutral=ignore_neutral, fallback=fallback,
             departs_from=departs_from, max_previous=max_previous),
        divergences(statements, window_days=window_days, target=target, fallback=fallback,
                    max_previous=max_previous),
    ], ignore_index=True)
    rows = []
    if len(events):
        events = events.sort_values(["date", "kind", "label", "utterance"], kind="stable").reset_index(drop=True)
    for n, ev in enumerate(events.itertuples(index=False), start=1):
        for j in range(ev.n_previous):
            d = pd.Timestamp(ev.previous_dates[j])
            rows.append({
                "event": n, "kind": ev.kind, "level": ev.level, "actor": ev.label,
                "date": ev.date.date().isoformat(), "date_basis": ev.date_basis,
                "speaker": ev.speaker, "stance": ev.stance,
                "quote": ev.quote, "utterance": ev.utterance, "direction": ev.direction,
                "reversal": bool(ev.reversal), "earlier_actor": ev.previous_actors[j],
                "earlier_date": ev.previous_dates[j], "earlier_date_basis": ev.previous_date_bases[j],
                "earlier_speaker": ev.previous_speakers[j],
                "earlier_stance": ev.previous_stance if ev.kind == "shift" else
                ("against" if ev.stance == "favor" else "favor"),
                "earlier_quote": ev.previous_quotes[j], "earlier_utterance": ev.previous_utterances[j],
                "gap_days": int((ev.date - d).days), "in_last_run": bool(ev.previous_in_last_run[j]),
                "tentative": bool(ev.tentative),
            })
    return pd.DataFrame(rows, columns=TABLE_COLUMNS)
