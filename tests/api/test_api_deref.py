"""Dereferenceable IRIs at /id/… (issue 4, item 7), over both backends."""
from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS

NEURO = "https://w3id.org/strategigraf/id/projekt/uf2020/neurorehab"


def test_html_turtle_and_jsonld(client):
    html = client.get("/id/projekt/uf2020/neurorehab", headers={"Accept": "text/html"})
    assert html.status_code == 200 and "<h1>Neurorehab</h1>" in html.text     # 003 line 1462
    turtle = client.get("/id/projekt/uf2020/neurorehab", headers={"Accept": "text/turtle"})
    graph = Graph().parse(data=turtle.text, format="turtle")
    assert (URIRef(NEURO), RDFS.label, Literal("Neurorehab", lang="sv")) in graph
    jsonld = client.get("/id/projekt/uf2020/neurorehab", params={"format": "jsonld"})
    assert jsonld.headers["content-type"].startswith("application/ld+json")
    assert len(Graph().parse(data=jsonld.text, format="json-ld")) == len(graph)


def test_passage_and_unknown(client):
    passage = client.get("/id/kalla/uf2020/L1462-L1464", headers={"Accept": "text/turtle"})
    assert passage.status_code == 200 and "1462" in passage.text
    assert client.get("/id/mal/finns-inte").status_code == 404
