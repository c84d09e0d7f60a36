"""The SPARQL 1.1 Service Description (https://www.w3.org/TR/sparql11-service-description/) that
``GET /sparql`` without a query returns, so that clients and analysts can see what the endpoint
offers: the query language, the result formats, that the default graph is the union of the named
graphs, and which named graphs there are (one per source document, plus ontology and partners)."""
from __future__ import annotations

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
FORMATS = Namespace("http://www.w3.org/ns/formats/")
RESULT_FORMATS = ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                  "Turtle", "JSON-LD", "N-Triples", "RDF_XML")
GRAPHS_QUERY = "SELECT DISTINCT ?g WHERE { GRAPH ?g { } } ORDER BY ?g"


def describe_service(repository, endpoint: str) -> Graph:
    """The description of the endpoint at ``endpoint`` over the graphs ``repository`` holds."""
    graph = Graph()
    graph.bind("sd", SD)
    service, dataset, default = URIRef(endpoint), BNode("dataset"), BNode("default")
    graph.add((service, RDF.type, SD.Service))
    graph.add((service, SD.endpoint, service))
    graph.add((service, SD.supportedLanguage, SD.SPARQL11Query))
    graph.add((service, SD.feature, SD.UnionDefaultGraph))
    graph.add((service, RDFS.comment, Literal(
        "Read-only: SPARQL Update and SERVICE are refused. The default graph is the union of the "
        "named graphs, one per source document.", lang="en")))
    for name in RESULT_FORMATS:
        graph.add((service, SD.resultFormat, FORMATS[name]))
    graph.add((service, SD.defaultDataset, dataset))
    graph.add((dataset, RDF.type, SD.Dataset))
    graph.add((dataset, SD.defaultGraph, default))
    graph.add((default, RDF.type, SD.Graph))
    for row in repository.select(GRAPHS_QUERY, row_cap=0)[1]:
        named = BNode()
        graph.add((dataset, SD.namedGraph, named))
        graph.add((named, RDF.type, SD.NamedGraph))
        graph.add((named, SD.name, row["g"]))
    return graph
