"""A stand-in for ``helpers.corpus.Article`` shared by the explorer and KWIC tests."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

import pandas as pd


@dataclass(frozen=True)
class FakeArticle:
    """id, text, meta and a paragraphs table, as ``corpus.Article`` has them."""

    id: str
    text: str
    meta: dict = field(default_factory=dict)
    paragraphs: pd.DataFrame = None


def make_article(aid: str, text: str, published: str | None, parts, *, title: bool = False) -> FakeArticle:
    """One paragraph per line of ``text``; ``parts`` gives each line's part (press, boilerplate, ...)."""
    rows = []
    for m, part in zip(re.finditer(r"[^\n]+", text), parts, strict=True):
        rows.append({"article": aid, "para": len(rows), "start": m.start(), "end": m.end(), "part": part,
                     "role": "body" if part == "press" else "nav", "rule": "", "text": m.group(0)})
    meta = {"published": dt.date.fromisoformat(published) if published else None}
    if title:
        meta["title"] = text.split("\n")[0]
    return FakeArticle(aid, text, meta, pd.DataFrame(rows))
