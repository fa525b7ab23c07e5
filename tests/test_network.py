"""Discourse network export on the made-up pension debate: GraphML round trip, edge list."""
from __future__ import annotations

import networkx as nx
import pandas as pd
import pytest

from helpers import network
from test_shifts import T, pension_statements


@pytest.fixture
def statements():
    return pension_statements()


def test_two_mode_stance_edges(statements):
    g = network.discourse_network(statements, level="person", target=T, names={})
    concept = f"concept:{T}"
    assert g.nodes[concept]["type"] == "concept"
    berger = g.edges["actor:Laurent Berger", concept]
    assert (berger["stance"], berger["weight"], berger["neutral"], berger["against"]) == ("mixed", 2, 1, 1)
    martinez = g.edges["actor:Philippe Martinez", concept]
    assert (martinez["stance"], martinez["weight"]) == ("against", 2)  # u2 reprinted thrice counts once
    assert g.nodes["actor:Medef"]["label"] == "Medef (institution)"
    assert g.nodes["actor:Olivier Dussopt"]["country"] == "FR"


@pytest.mark.parametrize("agreement, pair, weight, stance", [
    ("congruence", ("actor:Laurent Berger", "actor:Philippe Martinez"), 1, "against"),
    ("congruence", ("actor:Medef", "actor:Olivier Dussopt"), 1, "favor"),
    ("conflict", ("actor:Medef", "actor:Philippe Martinez"), 1, "favor/against"),
])
def test_agreement_edges(statements, agreement, pair, weight, stance):
    g = network.discourse_network(statements, level="person", target=T, agreement=agreement, names={})
    e = g.edges[pair]
    assert (e["kind"], e["weight"], e["stance"]) == (agreement, weight, stance)


def test_neutral_neither_agrees_nor_conflicts(statements):
    g = network.discourse_network(statements, level="person", target=T, names={})
    assert not g.has_edge("actor:Alexander De Croo", "actor:Laurent Berger")


def test_all_targets_by_default(statements):
    g = network.discourse_network(statements, level="institution", names={})
    concepts = {n for n, d in g.nodes(data=True) if d["type"] == "concept"}
    assert concepts == {f"concept:{T}", "concept:assurance-chomage"}


def test_graphml_round_trip(statements, tmp_path):
    g = network.discourse_network(statements, level="institution", target=T, names={"FR": "France"})
    path = network.to_graphml(g, tmp_path / "net" / "pensions.graphml")
    back = nx.read_graphml(path)
    assert set(back.nodes) == set(g.nodes) and back.number_of_edges() == g.number_of_edges()
    node = back.nodes["actor:Ministère du Travail"]
    assert (node["type"], node["country"], node["country_name"], node["organization"]) == (
        "actor", "FR", "France", "Ministère du Travail")
    e = back.edges["actor:CGT", f"concept:{T}"]
    assert (e["stance"], e["weight"], e["agreement"]) == ("against", 2, "")
    assert "Ministère" in path.read_text(encoding="utf-8")
    # Written twice, same bytes.
    again = network.to_graphml(g, tmp_path / "again.graphml")
    assert again.read_bytes() == path.read_bytes()


def test_edge_list_and_graphml_from_edge_list(statements, tmp_path):
    edges = network.edge_list(statements, level="person", target=T, names={})
    assert list(edges.columns) == network.EDGE_COLUMNS
    assert edges["kind"].iloc[0] == "stance" and set(edges["kind"]) == {"stance", "congruence"}
    assert (edges.loc[edges["kind"].eq("stance"), "target"] == f"concept:{T}").all()
    csv = tmp_path / "edges.csv"
    edges.to_csv(csv, index=False)
    back = nx.read_graphml(network.to_graphml(pd.read_csv(csv, keep_default_na=False), tmp_path / "e.graphml"))
    assert back.number_of_edges() == len(edges)
    nodes = network.node_list(statements, level="person", target=T, names={})
    assert set(nodes["type"]) == {"actor", "concept"}


def test_bad_agreement():
    with pytest.raises(ValueError, match="agreement"):
        network.discourse_network(pension_statements(), agreement="both")


def test_undated_utterances_stay_in_the_network(statements):
    # Marine Le Pen's « Nous abrogerons cette réforme » has no date: no timeline can place it,
    # but she still spoke against the reform, and a network needs no dates.
    g = network.discourse_network(statements, level="person", target=T, agreement="conflict", names={})
    e = g.edges["actor:Marine Le Pen", f"concept:{T}"]
    assert (e["stance"], e["weight"]) == ("against", 1)
    assert g.has_edge("actor:Marine Le Pen", "actor:Olivier Dussopt")
    undated = statements.assign(date="")
    nodes = network.node_list(undated, level="person", target=T, names={})
    assert int(nodes.loc[nodes["type"].eq("concept"), "n_utterances"].item()) == 12



def crowd(n_actors: int) -> pd.DataFrame:
    """Many deputies against, a few ministers in favour: a debate with a long tail of actors."""
    from test_shifts import COLUMNS
    rows = []
    for k in range(n_actors):
        for j in range(1 + (k < 3) * 4):  # the first three speak five times
            rows.append((f"c{k}", j, j + 5, f"Député {k:03d}", f"Groupe {k % 4}", "FR", "person", "direct", "a dit",
                         f"Nous voterons contre le report ({k}, {j})", f"2023-0{1 + j % 3}-1{j % 9}", f"c{k}-{j}", T,
                         "against", "automatic"))
    return pd.DataFrame(rows, columns=COLUMNS)


@pytest.mark.parametrize("n_actors, max_actors, min_weight, pairs", [
    (12, 100, 1, 12 * 11 // 2),      # under the backbone size: every agreeing pair, as before
    (12, 5, 1, 5 * 4 // 2),           # the five most active actors only
    (12, None, 1, 12 * 11 // 2),
    (12, 100, 2, 3),                  # only the three who spoke five times agree twice or more
])
def test_agreement_backbone_and_threshold(n_actors, max_actors, min_weight, pairs):
    g = network.discourse_network(crowd(n_actors), level="person", target=T, names={},
                                  max_actors=max_actors, min_weight=min_weight)
    agreement = [d for _, _, d in g.edges(data=True) if d["kind"] == "congruence"]
    assert len(agreement) == pairs
    # Every actor keeps its stance edge to the concept, in the backbone or not.
    assert sum(d["kind"] == "stance" for _, _, d in g.edges(data=True)) == n_actors
    if max_actors == 5:
        assert g.has_edge("actor:Député 000", "actor:Député 001")


def test_time_slice_keeps_dated_utterances_within_it(statements):
    whole = network.discourse_network(statements, level="person", target=T, names={})
    march = network.discourse_network(statements, level="person", target=T, names={},
                                      since="2023-03-01", until="2023-03-31")
    assert "actor:Marine Le Pen" in whole and "actor:Marine Le Pen" not in march  # undated
    assert "actor:Olivier Dussopt" in march and "actor:Laurent Berger" not in march
    assert march.nodes[f"concept:{T}"]["n_utterances"] < whole.nodes[f"concept:{T}"]["n_utterances"]


def test_bad_max_actors_is_named(statements):
    with pytest.raises(ValueError, match="max_actors"):
        network.discourse_network(statements, max_actors=1)
