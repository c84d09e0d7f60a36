"""/sparql over uvicorn on a loopback port, driven by SPARQLWrapper and rdflib's SPARQLStore
(issue 4, item 6); read-only, SERVICE refused, formats, named graphs, timeout and row cap."""
from __future__ import annotations

from urllib.error import HTTPError

import httpx
import pytest
from rdflib import Graph, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, POST, TSV, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

GOAL_QUERY = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX sg: <https://w3id.org/strategigraf/def#>
SELECT ?goal ?label WHERE { ?goal a sg:Goal ; rdfs:label ?label } ORDER BY ?label"""


def wrapper(url: str, query: str, fmt=JSON) -> SPARQLWrapper:
    sparql = SPARQLWrapper(f"{url}/sparql")
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    return sparql


def test_sparqlwrapper_select_json(live_url):
    result = wrapper(live_url, GOAL_QUERY).queryAndConvert()
    # 000 lines 7 and 27: "Hög attraktivitet", "Stark konkurrenskraft".
    assert [b["label"]["value"] for b in result["results"]["bindings"]] == ["Hög attraktivitet", "Stark konkurrenskraft"]
    assert result["results"]["bindings"][0]["label"]["xml:lang"] == "sv"


@pytest.mark.parametrize("fmt", [XML, CSV, TSV])
def test_sparqlwrapper_other_formats(live_url, fmt):
    raw = wrapper(live_url, GOAL_QUERY, fmt).query().response.read().decode("utf-8")
    assert "Stark konkurrenskraft" in raw


def test_post_form_and_named_graphs(live_url):
    sparql = wrapper(live_url, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    sparql.setMethod(POST)
    graphs = {b["g"]["value"].rsplit("/", 1)[-1] for b in sparql.queryAndConvert()["results"]["bindings"]}
    assert {"vp2019", "uf2019", "uf2020", "vp2022", "partners", "ontology"} <= graphs


def test_update_is_refused(live_url):
    sparql = wrapper(live_url, "INSERT DATA { <http://a/b> <http://a/b> <http://a/c> }")
    sparql.setMethod(POST)
    with pytest.raises(HTTPError) as refused:      # SPARQLWrapper passes a 403 on as urllib's HTTPError
        sparql.query()
    assert refused.value.code == 403
    for response in (httpx.post(f"{live_url}/sparql", data={"update": "DROP ALL"}),
                     httpx.post(f"{live_url}/sparql", content="DROP ALL",
                                headers={"Content-Type": "application/sparql-update"})):
        assert response.status_code == 403 and "read-only" in response.json()["detail"]


def test_service_is_refused_but_the_word_in_a_string_is_not(live_url):
    refused = httpx.get(f"{live_url}/sparql", params={"query": "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"})
    assert refused.status_code == 403 and "SERVICE" in refused.json()["detail"]
    allowed = httpx.get(f"{live_url}/sparql", params={"query": 'SELECT ?s WHERE { ?s ?p "SERVICE <http://x/> {}" }'})
    assert allowed.status_code == 200


def test_syntax_error_is_400(live_url):
    sparql = wrapper(live_url, "SELECT ?s WHERE { ?s ")
    with pytest.raises(QueryBadFormed):
        sparql.query()


def test_construct_formats(live_url):
    query = "CONSTRUCT { ?g ?p ?o } WHERE { ?g a <https://w3id.org/strategigraf/def#Goal> ; ?p ?o }"
    for accept, fmt in (("text/turtle", "turtle"), ("application/ld+json", "json-ld"), ("application/n-triples", "nt")):
        response = httpx.get(f"{live_url}/sparql", params={"query": query}, headers={"Accept": accept})
        assert response.headers["content-type"].startswith(accept)
        graph = Graph().parse(data=response.text, format=fmt)
        assert (URIRef("https://w3id.org/strategigraf/id/mal/hog-attraktivitet"), None, None) in graph


def test_rdflib_sparqlstore(live_url):
    store = SPARQLStore(f"{live_url}/sparql")
    rows = list(store.query(GOAL_QUERY))
    assert [str(r.label) for r in rows] == ["Hög attraktivitet", "Stark konkurrenskraft"]
    assert bool(store.query("ASK { ?s a <https://w3id.org/strategigraf/def#FocusArea> }").askAnswer)


def test_row_cap_and_timeout_messages():
    from fastapi.testclient import TestClient
    from strategigraf.serve import load_create_app
    from strategigraf.settings import Settings
    from conftest import MINI
    with TestClient(load_create_app()(Settings(dataset=MINI, row_cap=10, timeout=0.5))) as client:
        capped = client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"})
        assert capped.status_code == 400 and "row cap" in capped.json()["detail"]
        slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e a ?f }"
        timed_out = client.get("/sparql", params={"query": slow})
        assert timed_out.status_code == 504 and "0.5 s" in timed_out.json()["detail"]
