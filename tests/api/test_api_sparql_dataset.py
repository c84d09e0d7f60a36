"""/sparql chooses the RDF dataset as SPARQL 1.1 Protocol §2.1.4 says: `default-graph-uri` and
`named-graph-uri` (repeatable) override the query's FROM / FROM NAMED, which override the service's
dataset (the union of the document graphs). On both backends (the `client` fixture)."""
from __future__ import annotations

GRAPH = "https://w3id.org/strategigraf/graph/"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def _rows(client, params: dict | list, method: str = "get") -> list[dict]:
    if method == "get":
        response = client.get("/sparql", params=params, headers={"Accept": "application/sparql-results+json"})
    else:
        response = client.post("/sparql", data=params, headers={"Accept": "application/sparql-results+json"})
    assert response.status_code == 200, response.text
    return [{k: v["value"] for k, v in b.items()} for b in response.json()["results"]["bindings"]]


def _count(client, params) -> int:
    return int(_rows(client, params)[0]["n"])


def test_default_graph_uri_makes_one_document_the_default_graph(client):
    in_vp2019 = _count(client, {"query": f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{GRAPH}vp2019> {{ ?s ?p ?o }} }}"})
    everything = _count(client, {"query": COUNT})
    assert 0 < in_vp2019 < everything
    assert _count(client, {"query": COUNT, "default-graph-uri": GRAPH + "vp2019"}) == in_vp2019


def test_two_default_graph_uris_merge_their_graphs(client):
    one = _count(client, {"query": COUNT, "default-graph-uri": GRAPH + "vp2019"})
    other = _count(client, {"query": COUNT, "default-graph-uri": GRAPH + "uf2019"})
    both = _count(client, [("query", COUNT), ("default-graph-uri", GRAPH + "vp2019"),
                           ("default-graph-uri", GRAPH + "uf2019")])
    assert both == one + other   # no triple is stated in both documents' graphs


def test_named_graph_uri_limits_graph_patterns(client):
    query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    rows = _rows(client, {"query": query, "named-graph-uri": [GRAPH + "uf2019", GRAPH + "vp2022"]}, method="post")
    assert {row["g"] for row in rows} == {GRAPH + "uf2019", GRAPH + "vp2022"}
    # Only named graphs given: the default graph is empty (SPARQL 1.1 Query §13.2).
    assert _count(client, {"query": COUNT, "named-graph-uri": GRAPH + "uf2019"}) == 0


def test_from_in_the_query_is_honoured_and_the_protocol_overrides_it(client):
    in_vp2019 = _count(client, {"query": COUNT, "default-graph-uri": GRAPH + "vp2019"})
    in_uf2019 = _count(client, {"query": COUNT, "default-graph-uri": GRAPH + "uf2019"})
    from_query = f"SELECT (COUNT(*) AS ?n) FROM <{GRAPH}vp2019> WHERE {{ ?s ?p ?o }}"
    assert _count(client, {"query": from_query}) == in_vp2019
    assert _count(client, {"query": from_query, "default-graph-uri": GRAPH + "uf2019"}) == in_uf2019


def test_a_graph_name_that_is_not_an_iri_is_a_clear_400(client):
    response = client.get("/sparql", params={"query": COUNT, "default-graph-uri": "vp2019"})
    assert response.status_code == 400
    assert "default-graph-uri" in response.json()["detail"]
    assert "https://w3id.org/strategigraf/graph/vp2019" in response.json()["detail"]


def test_get_without_a_query_describes_the_service(client):
    from rdflib import Graph, Namespace, URIRef
    from rdflib.namespace import RDF
    sd = Namespace("http://www.w3.org/ns/sparql-service-description#")
    response = client.get("/sparql", headers={"Accept": "text/turtle"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/turtle")
    description = Graph().parse(data=response.text, format="turtle")
    [service] = description.subjects(RDF.type, sd.Service)
    assert str(service).endswith("/sparql")
    assert (service, sd.supportedLanguage, sd.SPARQL11Query) in description
    assert (service, sd.feature, sd.UnionDefaultGraph) in description
    names = {str(name) for name in description.objects(None, sd.name)}
    # One named graph per source document of the fixture, plus ontology and partners.
    assert {GRAPH + doc for doc in ("vp2019", "uf2019", "uf2020", "vp2022", "ontology", "partners")} <= names
    assert URIRef("http://www.w3.org/ns/formats/SPARQL_Results_JSON") in set(description.objects(service, sd.resultFormat))


def test_post_without_a_query_is_still_a_clear_400(client):
    response = client.post("/sparql", data={})
    assert response.status_code == 400 and "query" in response.json()["detail"]
