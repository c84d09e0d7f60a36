"""The repository, the named queries and the one escaping function (issue 4, items 1, 2 and 4)."""
from __future__ import annotations

import re

import pytest
from rdflib import Literal, URIRef

from strategigraf.services.queries import catalogue
from strategigraf.settings import Settings
from strategigraf.sparql_safety import (
    RefusedQuery, UnsafeValue, bind, check_read_only, iri, literal, values_block,
)
from strategigraf.store import OxigraphRepository, QueryTimeout, TooManyRows

from conftest import MINI

SG = "https://w3id.org/strategigraf/def#"
GOAL = URIRef("https://w3id.org/strategigraf/id/mal/stark-konkurrenskraft")


@pytest.fixture(scope="module")
def repository():
    repo = OxigraphRepository(Settings(dataset=MINI, row_cap=50, timeout=0.5))
    repo.load(MINI)
    yield repo
    repo.close()


def test_named_graphs_are_one_union_and_still_addressable(repository):
    # vp2019 line 27 prints the goal "Stark konkurrenskraft"; the fixture states it in vp2019's graph.
    names, rows = repository.select(
        "SELECT ?x ?g WHERE { GRAPH ?g { ?x <http://www.w3.org/2000/01/rdf-schema#label> ?l } }", {"x": GOAL})
    assert {str(r["g"]).rsplit("/", 1)[-1] for r in rows} == {"vp2019"}
    assert repository.ask("ASK { ?x a <%sGoal> }" % SG, {"x": GOAL})


def test_bindings_are_values_not_text(repository):
    hostile = Literal('x" } UNION { ?s ?p ?o } #')
    _, rows = repository.select("SELECT ?v WHERE { BIND(?v AS ?w) }", {"v": hostile})
    assert [str(r["v"]) for r in rows] == [str(hostile)]


def test_row_cap_and_timeout(repository):
    with pytest.raises(TooManyRows, match="50"):
        repository.select("SELECT * WHERE { ?s ?p ?o }")
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e a ?f }"
    with pytest.raises(QueryTimeout, match="0.5 s"):
        repository.select(slow)


def test_every_named_query_has_a_header_and_a_where_line():
    queries = catalogue()
    assert {"trace-down", "trace-up", "partner-reach", "gaps", "status-summary", "funding", "labels"} <= set(queries)
    for query in queries.values():
        assert query.title and query.description, query.name
        assert re.search(r"^(?!\s*#).*WHERE \{", query.text, re.M), query.name
        for param in query.params:   # every parameter is projected or templated, so VALUES binds it
            assert f"?{param}" in query.text.split("WHERE", 1)[0], (query.name, param)
        check_read_only(query.text)


@pytest.mark.parametrize("bad", ["javascript:alert(1)> } DROP ALL", "no scheme", "http://x/a b", 'http://x/"', "http://x/>"])
def test_iri_refuses_what_iriref_forbids(bad):
    with pytest.raises(UnsafeValue):
        iri(bad)


def test_literal_escapes_quotes_backslashes_and_breaks():
    assert literal('a"b\\c\nd') == '"a\\"b\\\\c\\nd"'
    assert literal("Grön", lang="sv") == '"Grön"@sv'
    with pytest.raises(UnsafeValue):
        literal("x", lang='sv" . }')


def test_values_block_and_bind_keep_the_query_shape():
    block = values_block({"node": URIRef("https://w3id.org/strategigraf/id/aktor/string"), "q": Literal('"}')})
    assert block == 'VALUES (?node ?q) { (<https://w3id.org/strategigraf/id/aktor/string> "\\"}") }'
    with pytest.raises(UnsafeValue):
        values_block({"x } DROP": Literal("a")})
    text = bind("# where: header WHERE { not this\nSELECT * WHERE {\n ?node ?p ?o }", {"node": GOAL})
    assert text.split("\n")[1] == f"SELECT * WHERE {{ VALUES (?node) {{ (<{GOAL}>) }}"
    check_read_only(text.split("\n", 1)[1])


@pytest.mark.parametrize("query, reason", [
    ("INSERT DATA { <http://a/b> <http://a/b> <http://a/c> }", "update"),
    ("DROP ALL", "update"),
    ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "service"),
    ("SELECT * WHERE { ?s ?p ?o . SERVICE SILENT ?endpoint { ?s ?p ?o } }", "service"),
    ("SELECT * WHERE { ?s ?p ", "syntax"),
])
def test_read_only_check_refuses_updates_and_service(query, reason):
    with pytest.raises(RefusedQuery) as refused:
        check_read_only(query)
    assert refused.value.reason == reason


def test_service_inside_a_string_or_iri_is_not_service():
    assert check_read_only('SELECT * WHERE { ?s ?p "SERVICE <http://x/> { }" }') == "SelectQuery"
    assert check_read_only("SELECT * WHERE { ?s <http://x/SERVICE> ?o }") == "SelectQuery"
