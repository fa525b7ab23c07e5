"""Discourse network export: actors x concepts with stance, and actor x actor agreement.

The way Discourse Network Analyzer (DNA) users exchange coded data: a two-mode network links
each actor to each concept (codebook target) it spoke on, with the stance ("qualifier") and the
number of utterances; a one-mode network links two actors when they agree (congruence: same
stance on a concept) or disagree (conflict: opposite stances). Files: GraphML for Gephi and
visone (:func:`to_graphml`), and an edge list for CSV (:func:`edge_list`).

Counts are utterances, not reprints (see :func:`helpers.shifts.utterances`), dated or not: a
network has no time axis, so an utterance no article dates still links its actor (unless a time
slice is asked for with ``since`` / ``until``).

At scale (thousands of actors) linking every pair of actors that share a stance gives a hairball
of hundreds of thousands of edges that says nothing. The network keeps its meaning: edge weights
stay the agreeing utterance pairs; ``max_actors`` keeps the agreement edges of the most active
actors of each concept (the backbone; every actor keeps its stance edges); ``min_weight`` drops
weaker agreement edges; ``since`` / ``until`` cut a time slice.
"""
from __future__ import annotations

from itertools import combinations
from pathlib import Path

import networkx as nx
import pandas as pd

from . import shifts as shifts_mod
from .io import atomic_path

AGREEMENTS = ("congruence", "conflict", None)
# Actors per concept that get agreement edges (the most active by utterances): 100 actors make
# at most 4,950 pairs, a network one can read; every actor keeps its edge to the concept.
MAX_ACTORS = 100
EDGE_COLUMNS = ["source", "target", "source_label", "target_label", "kind", "stance", "agreement",
                "weight", "favor", "against", "neutral", "concepts"]
NODE_COLUMNS = ["id", "label", "type", "level", "country", "country_name", "organization", "n_utterances"]


def _targets(statements: pd.DataFrame, target) -> list[str]:
    if target is not None:
        return [target] if isinstance(target, str) else list(target)
    coded = statements[shifts_mod.as_text(statements["stance"]).isin(shifts_mod.STANCES)]
    return sorted(set(shifts_mod.as_text(coded["target"])) - {""})


def discourse_network(statements: pd.DataFrame, *, level: str = "person", target=None,
                      agreement: str | None = "congruence", names: dict[str, str] | None = None,
                      max_actors: int | None = MAX_ACTORS, min_weight: int = 1,
                      since=None, until=None) -> nx.Graph:
    """Actors x concepts (with stance) and actor x actor agreement, as one graph.

    Args:
        statements: coded statements (columns as in :func:`helpers.shifts.utterances`).
        level: actors are speakers (``"person"``), institutions or countries.
        target: a codebook target, a list of them, or None for every coded target.
        agreement: ``"congruence"`` links two actors for each utterance pair with the same
            stance (favor or against) on a concept; ``"conflict"`` for opposite stances;
            None adds no actor-actor edge. Neutral utterances take part in neither: they
            neither agree nor disagree.
        names: ISO code -> country name (default: the actor register).
        max_actors: per concept, only the this many most active actors (by utterances on it;
            ties by name) get agreement edges; None: every actor (quadratic in actors).
        min_weight: agreement edges lighter than this are left out.
        since, until: a time slice (ISO dates, inclusive): only utterances dated within it;
            undated utterances are then left out. None: no bound.

    Returns:
        An undirected ``networkx.Graph``. Nodes ``actor:<name>`` (``type="actor"``) and
        ``concept:<target>`` (``type="concept"``) with attributes ``label, type, level, country,
        country_name, organization, n_utterances``. Edges actor-concept have ``kind="stance"``,
        ``stance`` (favor/against/neutral, or ``mixed`` if the actor took several),
        ``weight`` (utterances) and ``favor, against, neutral`` counts; actor-actor edges have
        ``kind = agreement = "congruence"`` or ``"conflict"``, ``weight`` = number of agreeing
        (or opposing) utterance pairs, counted per concept and stance as min(n_a, n_b), and
        ``stance`` the stances they share (congruence) or ``favor/against``. Every edge has
        ``concepts`` ("|"-joined targets). Node and edge order are deterministic.
    """
    if agreement not in AGREEMENTS:
        raise ValueError(f"agreement must be 'congruence', 'conflict' or None, not {agreement!r}")
    if max_actors is not None and (not isinstance(max_actors, int) or max_actors < 2):
        raise ValueError(f"max_actors must be a whole number of at least 2, or None, not {max_actors!r}")
    names = shifts_mod.country_names() if names is None else names
    graph = nx.Graph(level=level, agreement=agreement or "none")
    counts: dict[tuple[str, str], dict[str, int]] = {}
    for tgt in _targets(statements, target):
        # A network needs no dates: undated utterances count like the others.
        utts = shifts_mod.utterances(statements, level=level, target=tgt, names=names, dated_only=False)
        if since is not None or until is not None:
            dates = pd.to_datetime(utts["date"])
            keep = dates.notna()
            if since is not None:
                keep &= dates >= pd.Timestamp(since)
            if until is not None:
                keep &= dates <= pd.Timestamp(until)
            utts = utts[keep]
        if utts.empty:
            continue
        concept = f"concept:{tgt}"
        graph.add_node(concept, label=tgt, type="concept", level="", country="", country_name="",
                       organization="", n_utterances=len(utts))
        for actor, g in utts.groupby("actor", sort=False):
            node = f"actor:{actor}"
            first = g.iloc[0]
            if node not in graph:
                graph.add_node(node, label=first["label"], type="actor", level=level, country=first["country"],
                               country_name=first["country_name"] if first["country"] else "",
                               organization=first["organization"] if level != "country" else "",
                               n_utterances=0)
            graph.nodes[node]["n_utterances"] += len(g)
            c = {s: int((g["stance"] == s).sum()) for s in shifts_mod.STANCES}
            present = [s for s in shifts_mod.STANCES if c[s]]
            graph.add_edge(node, concept, kind="stance", stance=present[0] if len(present) == 1 else "mixed",
                           agreement="", weight=len(g), concepts=tgt, **c)
            counts[(node, tgt)] = c
    if agreement:
        _agreement_edges(graph, counts, agreement, max_actors=max_actors, min_weight=min_weight)
    return graph


def _agreement_edges(graph, counts, agreement, *, max_actors=MAX_ACTORS, min_weight=1):
    by_concept: dict[str, list[str]] = {}
    for node, tgt in counts:
        by_concept.setdefault(tgt, []).append(node)
    pairs: dict[tuple[str, str], dict] = {}
    for tgt, actors in sorted(by_concept.items()):
        if max_actors is not None and len(actors) > max_actors:
            # The backbone: the most active actors on this concept (pairs grow as their square).
            actors = sorted(actors, key=lambda a: (-sum(counts[(a, tgt)].values()), a))[:max_actors]
        for a, b in combinations(sorted(actors), 2):
            ca, cb = counts[(a, tgt)], counts[(b, tgt)]
            if agreement == "congruence":
                shared = {s: min(ca[s], cb[s]) for s in ("favor", "against")}
            else:
                shared = {"favor/against": min(ca["favor"], cb["against"]) + min(ca["against"], cb["favor"])}
            w = sum(shared.values())
            if not w:
                continue
            e = pairs.setdefault((a, b), {"weight": 0, "stances": set(), "concepts": set()})
            e["weight"] += w
            e["stances"] |= {s for s, v in shared.items() if v}
            e["concepts"].add(tgt)
    for (a, b), e in pairs.items():
        if e["weight"] < min_weight:
            continue
        graph.add_edge(a, b, kind=agreement, stance="+".join(sorted(e["stances"])), agreement=agreement,
                       weight=e["weight"], favor=0, against=0, neutral=0, concepts="|".join(sorted(e["concepts"])))


def edge_list(graph_or_statements, **kwargs) -> pd.DataFrame:
    """The network's edges as a table (for CSV; Gephi reads ``source, target, weight``).

    Args:
        graph_or_statements: a graph from :func:`discourse_network`, or a statements table
            (then ``kwargs`` go to :func:`discourse_network`).

    Returns:
        Columns :data:`EDGE_COLUMNS`: node ids ``source, target``, their labels, ``kind``
        (stance / congruence / conflict), ``stance, agreement, weight, favor, against,
        neutral, concepts``; stance edges first, then agreement edges by decreasing weight.
    """
    graph = _graph(graph_or_statements, **kwargs)
    rows = []
    for a, b, d in graph.edges(data=True):
        if graph.nodes[a].get("type") == "concept":  # actor first, concept second
            a, b = b, a
        rows.append({"source": a, "target": b, "source_label": graph.nodes[a].get("label", a),
                     "target_label": graph.nodes[b].get("label", b), **{k: d.get(k, "") for k in EDGE_COLUMNS[4:]}})
    out = pd.DataFrame(rows, columns=EDGE_COLUMNS)
    if len(out):
        out["_stance_first"] = out["kind"].ne("stance")
        out = (out.sort_values(["_stance_first", "weight", "source", "target"], ascending=[True, False, True, True],
                               kind="stable").drop(columns="_stance_first").reset_index(drop=True))
    return out


def node_list(graph_or_statements, **kwargs) -> pd.DataFrame:
    """The network's nodes as a table (columns :data:`NODE_COLUMNS`)."""
    graph = _graph(graph_or_statements, **kwargs)
    return pd.DataFrame([{"id": n, **{k: d.get(k, "") for k in NODE_COLUMNS[1:]}} for n, d in graph.nodes(data=True)],
                        columns=NODE_COLUMNS)


def _graph(obj, **kwargs) -> nx.Graph:
    if isinstance(obj, nx.Graph):
        return obj
    if isinstance(obj, pd.DataFrame) and "source" in obj.columns:
        # An edge list (from edge_list or a CSV): node attributes are not in it.
        return nx.from_pandas_edgelist(obj, "source", "target", edge_attr=[c for c in obj.columns
                                                                             if c not in ("source", "target")])
    if isinstance(obj, pd.DataFrame):
        return discourse_network(obj, **kwargs)
    raise TypeError(f"expected a networkx graph, an edge list or a statements table, not {type(obj).__name__}")


def _plain(value):
    """A GraphML-writable value: Python scalars, no None/NaN (numpy scalars unwrapped)."""
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        value = value.item()
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return value if isinstance(value, (str, int, float, bool)) else str(value)


def to_graphml(graph_or_df, path: Path | str, **kwargs) -> Path:
    """Write the network as GraphML (read by Gephi, visone, networkx, igraph).

    Args:
        graph_or_df: a graph from :func:`discourse_network`, an edge list from
            :func:`edge_list`, or a statements table (then ``kwargs`` go to
            :func:`discourse_network`).
        path: the ``.graphml`` file to write (parent folders are created).

    Returns:
        The path written. Attribute keys are named after the attributes (``label``, ``type``,
        ``country``, ``organization``, ``stance``, ``weight``, ``agreement`` ...), so Gephi
        shows labels and uses ``weight`` as edge weight.
    """
    graph = _graph(graph_or_df, **kwargs)
    clean = nx.Graph(**{k: str(v) for k, v in graph.graph.items()})
    # GraphML has no null: missing values become "" (text) or 0 (numbers), types kept per key.
    for n, d in graph.nodes(data=True):
        clean.add_node(str(n), **{k: _plain(v) for k, v in d.items()})
    for a, b, d in graph.edges(data=True):
        clean.add_edge(str(a), str(b), **{k: _plain(v) for k, v in d.items()})
    path = Path(path)
    # Atomic: a run killed mid-write leaves the previous file, not a truncated one.
    with atomic_path(path) as tmp:
        nx.write_graphml(clean, tmp, named_key_ids=True)
    return path
