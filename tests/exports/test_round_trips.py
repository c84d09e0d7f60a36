"""Round trips (issue 5, item 4): what an export writes reads back as the scope that was exported.

GraphML and GEXF through networkx give the same nodes and edges (with relation, role and source);
Turtle and JSON-LD through rdflib are isomorphic to the scope's statements; the XLSX holds the
same rows as the CSV.
"""
from __future__ import annotations

import csv
import io

import networkx as nx
import pytest
from openpyxl import load_workbook
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from strategigraf.exports import build_scope, render
from strategigraf.exports.rdf import triples


@pytest.fixture(scope="module")
def goal_scope(service):
    # 001_715690af77561aa4.txt line 82: "1.2 Stark konkurrenskraft", a goal of the 2019 follow-up
    return build_scope(service, node="Stark konkurrenskraft")


@pytest.fixture(scope="module")
def partner_scope(service):
    # 001_715690af77561aa4.txt line 37: "... nå bredbandsmålen inom RSS ..." names Regionsamverkan Sydsverige
    return build_scope(service, partner="RSS")


def edge_set(network) -> set:
    return {(s, o, d["relation"], d.get("role", ""), d.get("source", "")) for s, o, d in network.edges(data=True)}


@pytest.mark.parametrize("scope_name", ["goal_scope", "partner_scope"])
def test_graphml_reads_back_with_the_same_nodes_edges_and_attributes(scope_name, request):
    scope = request.getfixturevalue(scope_name)
    back = nx.read_graphml(io.BytesIO(render(scope, "graphml")), force_multigraph=True)
    assert set(back.nodes) == set(scope.network.nodes)
    assert edge_set(back) == edge_set(scope.network)
    for node, data in scope.network.nodes(data=True):
        assert {k: back.nodes[node][k] for k in ("type", "label")} == {"type": data["type"], "label": data["label"]}


@pytest.mark.parametrize("scope_name", ["goal_scope", "partner_scope"])
def test_gexf_reads_back_with_the_same_nodes_and_edges(scope_name, request):
    scope = request.getfixturevalue(scope_name)
    back = nx.read_gexf(io.BytesIO(render(scope, "gexf")))
    assert set(back.nodes) == set(scope.network.nodes)
    assert edge_set(back) == edge_set(scope.network)
    assert all(back.nodes[n]["label"] == d["label"] for n, d in scope.network.nodes(data=True))


@pytest.mark.parametrize("scope_name", ["goal_scope", "partner_scope"])
def test_turtle_and_jsonld_read_back_isomorphic(scope_name, request):
    scope = request.getfixturevalue(scope_name)
    expected = triples(scope)
    assert len(expected) > 100
    turtle = Graph().parse(data=render(scope, "turtle"), format="turtle")
    assert isomorphic(turtle, expected)
    jsonld = Dataset().parse(data=render(scope, "jsonld"), format="json-ld")
    union = Graph()
    for s, p, o, _ in jsonld.quads((None, None, None, None)):
        union.add((s, p, o))
    assert isomorphic(union, expected)


def test_jsonld_and_trig_keep_each_statement_in_its_document_graph(goal_scope):
    for fmt in ("jsonld", "trig"):
        back = Dataset().parse(data=render(goal_scope, fmt), format="json-ld" if fmt == "jsonld" else "trig")
        quads = {(s, p, o, g) for s, p, o, g in back.quads((None, None, None, None)) if g is not None}
        assert quads == set(goal_scope.data.quads((None, None, None, None))), fmt


def test_xlsx_has_the_same_rows_as_the_csv(goal_scope):
    rows = list(csv.reader(io.StringIO(render(goal_scope, "csv").decode("utf-8-sig"))))
    sheet = load_workbook(io.BytesIO(render(goal_scope, "xlsx")), read_only=True)["Spårbarhet"]
    cells = [["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    assert cells == rows
    assert len(rows) == 1 + len(goal_scope.answer["activities"])
