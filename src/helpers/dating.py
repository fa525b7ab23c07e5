"""When a statement was made: French date expressions resolved against the publication date.

A statement is dated from the expressions in its *frame* (the words around the content: "a
déclaré hier", "Dimanche, le Pentagone a démenti", "a annoncé jeudi Mme X"); an expression inside
the content dates the reported event, not the saying, and is ignored. Rules (lexicon in
``data/lexicons/dates_fr.yaml``):

- a full date ("jeudi 16 février 2017", "le 19 mai 2016") is 'stated'; without a year
  ("le 19 mai") the year is the one that puts it on or before the publication date ('relative');
- a weekday is the publication day itself when it falls on that weekday, otherwise the most
  recent such day before publication; "lundi dernier" is strictly before publication;
- "hier", "avant-hier", "aujourd'hui" count from the publication date;
- "la veille", "le lendemain", "plus tôt en journée" count from the previous date anchored in
  the article (the publication date when there is none); followed by a complement ("la veille de
  la visite", "le lendemain de l'élection") they count from that event, whose date the text may not
  give: kind 'event', resolved only when the complement holds a date ("la veille du 12 avril");
- an expression right after a participle that is not the verb of saying ("en réponse aux propos
  tenus la veille par M. X", "l'accord conclu lundi") dates that other event, not the statement.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

import yaml

from . import paths
from .lexicon import SP, words_rx

DATES_YAML = paths.LEXICONS / "dates_fr.yaml"


@dataclass(frozen=True)
class DateExpr:
    """A date expression found in text: offsets, text, and how to resolve it."""

    start: int
    end: int
    text: str
    kind: str  # 'full' | 'daymonth' | 'weekday' | 'publication' | 'previous' | 'event'
    value: object  # date, (day, month), (weekday, past), or offset in days


@dataclass(frozen=True)
class Dated:
    """A resolved date: ISO string ('' unknown), basis, anchor description, expression text."""

    date: str
    basis: str
    anchor: str
    text: str


def month_names(path: Path | str = DATES_YAML) -> tuple[str, ...]:
    """The month names of the date lexicon, with the unaccented spellings of the press."""
    return tuple(_compiled(path)["months"])


def weekday_names(path: Path | str = DATES_YAML) -> tuple[str, ...]:
    """The weekday names of the date lexicon ("lundi" ... "dimanche")."""
    return tuple(_compiled(path)["weekdays"])


@lru_cache(maxsize=2)
def _compiled(path: Path | str = DATES_YAML):
    lex = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    months = {m: i + 1 for i, m in enumerate(lex["months"])}
    months["fevrier"], months["aout"], months["decembre"] = 2, 8, 12
    weekdays = {d: i for i, d in enumerate(lex["weekdays"])}
    wd = words_rx(lex["weekdays"])
    mo = words_rx(list(months))
    b, e = r"(?<![\w\u00C0-\u024F])", r"(?![\w\u00C0-\u024F])"
    full = re.compile(rf"{b}(?:(?P<wd>{wd}){SP})?(?:le{SP})?(?P<d>1er|\d{{1,2}}){SP}(?P<m>{mo})(?:{SP}(?P<y>(?:19|20)\d\d))?{e}", re.I)
    night = re.compile(rf"{b}nuit{SP}du{SP}(?:{wd}{SP})?(?:1er|\d{{1,2}})(?:{SP}{mo})?{SP}au{SP}(?:{wd}{SP})?"
                       rf"(?P<d>1er|\d{{1,2}}){SP}(?P<m>{mo})(?:{SP}(?P<y>(?:19|20)\d\d))?{e}", re.I)
    nightwd = re.compile(rf"{b}nuit{SP}(?:de|du){SP}{wd}{SP}(?:à|au){SP}(?P<wd>{wd}){e}", re.I)
    numbers = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
               "huit": 8, "neuf": 9, "dix": 10, "quinze": 15}
    ago = re.compile(rf"{b}il{SP}y{SP}a{SP}(?P<n>{words_rx(list(numbers))}){SP}(?P<u>jours?|semaines?){e}", re.I)
    weekday = re.compile(rf"{b}(?P<wd>{wd})(?:{SP}(?P<part>{words_rx(lex['weekday_parts'])}))?"
                         rf"(?:{SP}(?P<past>{words_rx(lex['weekday_past'])}))?{e}", re.I)
    pub = re.compile(rf"{b}(?P<x>{words_rx(lex['from_publication'])}){e}", re.I)
    prev = re.compile(rf"{b}(?P<x>{words_rx(lex['from_previous'])}){e}", re.I)
    norm = lambda s: re.sub(r"\s+", " ", s.lower().replace("’", "'"))  # noqa: E731
    return dict(months=months, weekdays=weekdays, full=full, night=night, nightwd=nightwd, ago=ago, numbers=numbers, weekday=weekday, pub=pub, prev=prev,
                from_pub={norm(k): v for k, v in lex["from_publication"].items()},
                from_prev={norm(k): v for k, v in lex["from_previous"].items()}, norm=norm)


def expressions(text: str, start: int = 0, end: int | None = None) -> list[DateExpr]:
    """Date expressions in ``text[start:end]`` with absolute offsets, in text order."""
    c = _compiled()
    end = len(text) if end is None else end
    found: list[DateExpr] = []
    taken: list[tuple[int, int]] = []

    def free(s, e):
        return all(e <= a or s >= b for a, b in taken)

    # "dans la nuit du vendredi 9 au samedi 10 septembre": the night ends on the second day.
    for m in c["night"].finditer(text, start, end):
        day = 1 if m["d"].lower() == "1er" else int(m["d"])
        month = c["months"].get(c["norm"](m["m"]), 0)
        if not 1 <= day <= 31 or not month:
            continue
        try:
            value, kind = ((date(int(m["y"]), month, day), "full") if m["y"] else ((day, month), "daymonth"))
        except ValueError:
            continue
        found.append(DateExpr(m.start(), m.end(), m.group(), kind, value))
        taken.append((m.start(), m.end()))
    for m in c["full"].finditer(text, start, end):
        if not free(m.start(), m.end()):
            continue
        day = 1 if m["d"].lower() == "1er" else int(m["d"])
        month = c["months"].get(c["norm"](m["m"]), 0)
        if not 1 <= day <= 31 or not month:
            continue
        if m["y"]:
            try:
                value, kind = date(int(m["y"]), month, day), "full"
            except ValueError:
                continue
        else:
            value, kind = (day, month), "daymonth"
        found.append(DateExpr(m.start(), m.end(), m.group(), kind, value))
        taken.append((m.start(), m.end()))
    # "dans la nuit de jeudi à vendredi": the second day.
    for m in c["nightwd"].finditer(text, start, end):
        if free(m.start(), m.end()):
            found.append(DateExpr(m.start(), m.end(), m.group(), "weekday", (c["weekdays"][c["norm"](m["wd"])], False)))
            taken.append((m.start(), m.end()))
    # "il y a deux jours", "il y a une semaine": counted back from publication.
    for m in c["ago"].finditer(text, start, end):
        if free(m.start(), m.end()):
            n = c["numbers"][c["norm"](m["n"])]
            days = n * (7 if m["u"].lower().startswith("semaine") else 1)
            found.append(DateExpr(m.start(), m.end(), m.group(), "publication", -days))
            taken.append((m.start(), m.end()))
    for m in c["weekday"].finditer(text, start, end):
        if free(m.start(), m.end()):
            found.append(DateExpr(m.start(), m.end(), m.group(), "weekday",
                                  (c["weekdays"][c["norm"](m["wd"])], bool(m["past"]))))
            taken.append((m.start(), m.end()))
    for rx, kind, table in ((c["pub"], "publication", c["from_pub"]), (c["prev"], "previous", c["from_prev"])):
        for m in rx.finditer(text, start, end):
            if free(m.start(), m.end()):
                offset = table[c["norm"](m["x"])]
                ev = _EVENT_OF.match(text, m.end(), end) if kind == "previous" else None
                if ev:
                    # "la veille de la visite": counted from the event's own date when the
                    # complement states one ("la veille du sommet du 12 avril"), else unknown.
                    inner = [x for x in found if m.end() <= x.start < ev.end() and x.kind in ("full", "daymonth", "weekday")]
                    found.append(DateExpr(m.start(), ev.end(), text[m.start():ev.end()], "event",
                                          (offset, inner[0] if inner else None)))
                else:
                    found.append(DateExpr(m.start(), m.end(), m.group(), kind, offset))
                taken.append((m.start(), m.end()))
    return sorted(found, key=lambda x: x.start)


# The complement naming the event a relative day counts from: "de la visite", "du sommet de Genève".
_EVENT_OF = re.compile(rf"{SP}(?:de{SP}|du{SP}|des{SP}|d['’])(?:[^,;:.!?«»()]{{1,40}}?(?=\s*[,;:.!?«»()]|{SP}(?:que{SP}|qu['’])|$)"
                       rf"|[^,;:.!?«»()\s]+(?:{SP}[^,;:.!?«»()\s]+){{0,2}})", re.I)
# Words before a participle that make it the verb of saying's own ("a déclaré la veille",
# "a-t-il dit lundi"), not another event's ("les propos tenus la veille").
_AUX = {"a", "ont", "avait", "avaient", "aura", "auront", "ait", "aient", "eut", "est", "sont", "etait",
        "etaient", "il", "elle", "ils", "elles", "on", "lui", "aussi", "encore", "deja", "egalement", "pas", "plus", "bien"}
_PUBLISHED = {"publié", "publiée", "publiés", "publiées", "diffusé", "diffusée", "diffusés", "diffusées", "daté",
              "datée", "datés", "datées", "paru", "parue", "parus", "parues", "transmis", "transmise", "rendu", "rendue",
              "envoyé", "envoyée", "adressé", "adressée", "posté", "postée", "mis", "mise", "accordé", "accordée"}
_PARTICIPLE_BEFORE = re.compile(
    r"([\w\u00C0-\u024F]+)[\s\u00a0\u202f]+([\w\u00C0-\u024F]+(?:é|ée|és|ées|u|ue|us|ues|is|ise|ises|it|ite|its|ites|enu|enue|enus|enues))[\s\u00a0\u202f]+$",
    re.I)


def _other_event(text: str, x: DateExpr, cue: int) -> bool:
    """True when the expression follows a participle of another event ("propos tenus la veille")."""
    if x.start <= cue:
        return False
    m = _PARTICIPLE_BEFORE.search(text, max(cue, x.start - 60), x.start)
    if not m or m.start(2) <= cue + 2:
        return False
    fold = m.group(1).lower().translate(str.maketrans("éèêàâîôç", "eeeaaioc"))
    # "le communiqué publié vendredi": publishing the document is the statement itself.
    return fold not in _AUX and m.group(2).lower() not in _PUBLISHED


def resolve(expr: DateExpr, *, published: date | None, previous: date | None) -> date | None:
    """The calendar date of an expression, or None when it cannot be resolved."""
    if expr.kind == "full":
        return expr.value
    if expr.kind == "daymonth":
        if published is None:
            return None
        day, month = expr.value
        for year in (published.year, published.year - 1):
            try:
                d = date(year, month, day)
            except ValueError:
                continue
            # A date a few days after publication is an announced date, still this year.
            if d <= published + timedelta(days=7):
                return d
        return None
    if expr.kind == "weekday":
        if published is None:
            return None
        weekday, past = expr.value
        back = (published.weekday() - weekday) % 7
        if past and back == 0:
            back = 7
        return published - timedelta(days=back)
    if expr.kind == "publication":
        return published + timedelta(days=expr.value) if published else None
    if expr.kind == "previous":
        base = previous or published
        return base + timedelta(days=expr.value) if base else None
    if expr.kind == "event":
        offset, inner = expr.value
        base = resolve(inner, published=published, previous=previous) if inner is not None else None
        return base + timedelta(days=offset) if base else None
    return None


def date_statement(text: str, frame: list[tuple[int, int]], *, cue: int, published: date | None,
                   previous: date | None) -> tuple[Dated, date | None]:
    """Date one statement from the expressions in its frame spans (nearest to the cue wins).

    Args:
        text: the article text.
        frame: (start, end) spans of the statement's sentence outside its content.
        cue: offset of the verb of saying (or "selon").
        published: publication date, or None.
        previous: the last date anchored in the article before this statement.

    Returns:
        (Dated, the resolved date or None) — Dated.basis is 'stated'/'relative' when an expression
        was found and resolved, '' when none was found (the caller decides the fallback).
    """
    exprs = [x for s, e in frame for x in expressions(text, s, e) if not _other_event(text, x, cue)]
    exprs.sort(key=lambda x: abs((x.start + x.end) / 2 - cue))
    for x in exprs:
        d = resolve(x, published=published, previous=previous)
        if d is None:
            if x.kind == "event":
                # Said relative to an event the text does not date: unknown, and no inheritance.
                return Dated("", "event", f"{x.text!r}: event not dated in the text", x.text), None
            continue
        basis = "stated" if x.kind == "full" else "relative"
        if x.kind == "previous":
            anchor = f"{x.text!r} from previous date {(previous or published).isoformat()}"
        elif x.kind == "full":
            anchor = f"{x.start}-{x.end}"
        elif x.kind == "event":
            anchor = f"{x.text!r} from the event's date"
        else:
            anchor = f"{x.text!r} from published {published.isoformat()}"
        return Dated(d.isoformat(), basis, anchor, x.text), d
    return Dated("", "", "", ""), None


_EVENT_HEAD = re.compile(
    rf"(?:de|du|des|d['’])(?:{SP}|(?<=['’]))(?:(?:la|le|les|l['’]|son|sa|ses|leur|leurs|cette|ce|cet){SP}?)?"
    r"(?P<h>[\w\u00C0-\u024F-]{3,})", re.I)


def from_event_mention(text: str, expr_text: str, before: int, *, published: date | None) -> tuple[Dated, date | None]:
    """Date "la veille de la visite" from the last earlier sentence that mentions the event and dates it.

    The article usually dates its main event once ("En visite à Moscou, ... a reconnu mercredi");
    "la veille de la visite" later counts from that date. Without such a mention: unknown.
    """
    xs = [x for x in expressions(expr_text) if x.kind == "event"]
    m = _EVENT_HEAD.search(expr_text)
    if not xs or not m or published is None:
        return Dated("", "", "", ""), None
    offset = xs[0].value[0]
    stem = re.escape(m["h"][:max(4, len(m["h"]) - 2)])
    hits = list(re.finditer(rf"(?<![\w\u00C0-\u024F]){stem}[\w\u00C0-\u024F]*", text[:before], re.I))
    for hit in reversed(hits):
        s0 = max(text.rfind(".", 0, hit.start()), text.rfind("\n\n", 0, hit.start())) + 1
        e0 = min([i for i in (text.find(".", hit.end()), text.find("\n\n", hit.end())) if i >= 0] or [len(text)])
        if expr_text in text[s0:e0]:
            continue  # the sentence of "la veille de la visite" itself
        cands = [x for x in expressions(text, s0, e0) if x.kind in ("full", "daymonth", "weekday", "publication")]
        cands.sort(key=lambda x: abs(x.start - hit.start()))
        for x in cands:
            base = resolve(x, published=published, previous=None)
            if base is not None:
                d = base + timedelta(days=offset)
                return Dated(d.isoformat(), "relative", f"{expr_text!r} from the event's date {base.isoformat()} "
                             f"({x.text!r} at {x.start})", expr_text), d
    return Dated("", "", "", ""), None


def publication(published: date | None) -> Dated:
    """Fallback for a statement without a date expression: said on (or just before) publication."""
    if published is None:
        return Dated("", "", "", "")
    return Dated(published.isoformat(), "publication", f"published {published.isoformat()}", "")
