"""The partner network (strategigraf.analysis.network) against facts of the documents."""
from __future__ import annotations

import pytest

from strategigraf.analysis import network
from strategigraf.vocabulary import SGID

HOG_ATTRAKTIVITET = f"{SGID}mal/hog-attraktivitet"


@pytest.fixture(scope="module")
def links(service):
    return network.partner_links(service)


@pytest.fixture(scope="module")
def graph(links):
    return network.partner_graph(links)


def _partner(graph, label):
    return next(n for n in network.nodes_of(graph, "partner") if graph.nodes[n]["label"] == label)


def test_rss_is_regionsamverkan_sydsverige(links):
    # 000 L326: "... delta i arbetet med att nå bredbandsmålen inom RSS samt samverka med kommunerna",
    # an activity of section 1.2 Hög attraktivitet (000 L150)
    found = [l for l in links if l["partner_label"] == "Regionsamverkan Sydsverige" and l["document"] == "vp2019"
             and l["lines"] == (326, 326)]
    assert found and found[0]["via_label"].startswith("Bidra till genomförandet av nationell bredbandsstrategi")
    assert found[0]["external"] and found[0]["partner_kind"] == "allians"
    assert HOG_ATTRAKTIVITET in {l["target"] for l in found}


def test_trafikverket_reaches_hog_attraktivitet(graph):
    # 000 L158-160: "Utöka dialog om underhållsplanering med Trafikverket" under 1.2 Hög attraktivitet
    found = network.reach(graph, _partner(graph, "Trafikverket"))
    assert HOG_ATTRAKTIVITET in found["Goal"]
    labels = {graph.nodes[e]["label"] for e in found["entities"]}
    assert "Utöka dialog om underhållsplanering med Trafikverket" in labels


def test_internal_units_are_kept_apart(links, graph):
    # data/sources/README.md: Region Halland's own units are internal, not external partners;
    # 003 L1465 "Ägare: Region Halland"
    assert "Region Halland" not in {d["label"] for _, d in graph.nodes(data=True)}
    full = network.partner_graph(links, external_only=False)
    assert "Region Halland" in {full.nodes[n]["label"] for n in network.nodes_of(full, "partner")}


def test_reach_table_is_ranked(graph):
    table = network.reach_table(graph, top=None)
    totals = table.column("Mål och fokusområden")
    assert totals == sorted(totals, reverse=True)
    assert "Trafikverket" in table.column("Aktör")


def test_bridges_are_ranked_by_betweenness(graph):
    values = network.bridges(graph, top=10).column("Mellanhetscentralitet")
    assert values == sorted(values, reverse=True) and values[0] > 0


def test_focus_matrix_counts_entities(graph):
    partners, areas, matrix = network.focus_matrix(graph, top=10)
    assert len(matrix) == len(partners) <= 10 and all(len(row) == len(areas) for row in matrix)
    totals = [sum(row) for row in matrix]
    assert totals == sorted(totals, reverse=True) and totals[0] > 0


def test_communities_partition_the_partners(graph):
    found = network.communities(graph)
    members = [p for c in found for p in c["partners"]]
    assert sorted(members) == sorted(graph.nodes[p]["label"] for p in network.nodes_of(graph, "partner"))
    assert len(network.community_table(found)) == len(found)


def test_partner_target_projection(graph):
    # 000 L160: Trafikverket -- Hög attraktivitet, weighted by naming entities
    trafikverket = _partner(graph, "Trafikverket")
    projected = network.partner_target_graph(graph, [trafikverket])
    assert projected.has_edge(trafikverket, HOG_ATTRAKTIVITET)
    assert projected[trafikverket][HOG_ATTRAKTIVITET]["weight"] >= 1
