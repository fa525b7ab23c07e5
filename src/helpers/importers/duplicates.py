"""Duplicate articles across sources: the same wire dispatch run by several outlets, the same
article in two exports (or in an export and a ``.txt`` file).

Statements are linked across articles by ``speech.link_utterances``; this is the same idea one
level up. Two articles are duplicates when most of the shorter one's word 5-grams (shingles) are
in the other: ``containment >= threshold`` (0.8 by default), which survives an outlet's own
title, a trimmed last paragraph or an added byline, but not two articles that merely quote the
same communiqué. Candidates come from an inverted index of shingles with capped postings, so the
cost grows with the corpus, not with its square.
"""
from __future__ import annotations

import re
import zlib

import networkx as nx
import pandas as pd

from helpers import corpus

COLUMNS = ["article", "outlet", "published", "title", "duplicate_group", "duplicate_of", "containment"]
_WORD = re.compile(r"\w+")
SHINGLE = 5
MIN_SHINGLES = 8  # shorter bodies (a brief of one sentence) are compared whole
_POSTINGS = 50  # a shingle shared by more articles than this is boilerplate, not evidence


def _shingles(text: str) -> set[int]:
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < SHINGLE:
        return {zlib.crc32(" ".join(words).encode())} if words else set()
    # crc32, not hash(): the same ids on every run (str hashes are salted per process).
    return {zlib.crc32(" ".join(words[i:i + SHINGLE]).encode()) for i in range(len(words) - SHINGLE + 1)}


def find(articles, *, threshold: float = 0.8) -> pd.DataFrame:
    """Flag duplicate articles.

    Args:
        articles: a ``corpus.Corpus`` or Articles (their press body, ``Article.body``, is compared:
            titles, bylines and boilerplate do not count).
        threshold: share of the shorter body's shingles that must be in the other one.

    Returns:
        One row per article (``COLUMNS``): ``duplicate_group`` "d001", ... shared by the articles
        of one group ('' for an article with no duplicate); ``duplicate_of`` the group's first
        article in corpus order ('' for that first one and for unique articles); ``containment``
        the share of the shorter body found in the longer one, against the group's first article
        (1.0 for the first, NaN for unique articles).
    """
    items = articles.items if isinstance(articles, corpus.Corpus) else list(articles)
    sets = [_shingles(a.body) for a in items]
    index: dict[int, list[int]] = {}
    graph = nx.Graph()
    graph.add_nodes_from(range(len(items)))
    for i, s in enumerate(sets):
        if not s:
            continue
        counts: dict[int, int] = {}
        for h in s:
            posting = index.setdefault(h, [])
            if len(posting) < _POSTINGS:
                for j in posting:
                    counts[j] = counts.get(j, 0) + 1
                posting.append(i)
        for j, shared in counts.items():
            smaller = min(len(s), len(sets[j]))
            if smaller < MIN_SHINGLES and s != sets[j]:
                continue
            if shared / smaller >= threshold:
                graph.add_edge(i, j)
    group_of: dict[int, tuple[str, int]] = {}
    groups = sorted((sorted(c) for c in nx.connected_components(graph) if len(c) > 1), key=lambda c: c[0])
    for n, members in enumerate(groups, start=1):
        for i in members:
            group_of[i] = (f"d{n:03d}", members[0])
    rows = []
    for i, a in enumerate(items):
        group, first = group_of.get(i, ("", None))
        containment = float("nan")
        if first is not None:
            smaller = min(len(sets[i]), len(sets[first])) or 1
            containment = round(len(sets[i] & sets[first]) / smaller, 3)
        rows.append({"article": a.id, "outlet": a.meta.get("outlet", ""), "published": a.meta.get("published"),
                     "title": a.meta.get("title", ""), "duplicate_group": group,
                     "duplicate_of": items[first].id if first is not None and first != i else "",
                     "containment": containment})
    return pd.DataFrame(rows, columns=COLUMNS)
