"""RDF renderers (issue 5, item 1): Turtle and N-Triples (the scope's statements as one graph),
TriG, N-Quads and JSON-LD (the named graphs kept: each statement stays in its document's graph).
"""
from __future__ import annotations

from rdflib import Graph

from ..vocabulary import PREFIXES
from . import register

CONTEXT = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}


def triples(scope) -> Graph:
    """The union of the scope's named graphs as one rdflib Graph, with the project's prefixes."""
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    for s, p, o, _ in scope.data.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


@register("turtle", media_type="text/turtle", extension="ttl", label="Turtle", group="rdf")
def turtle(scope) -> bytes:
    return triples(scope).serialize(format="turtle", encoding="utf-8")


@register("trig", media_type="application/trig", extension="trig", label="TriG", group="rdf")
def trig(scope) -> bytes:
    return scope.data.serialize(format="trig", encoding="utf-8")


@register("ntriples", media_type="application/n-triples", extension="nt", label="N-Triples", group="rdf")
def ntriples(scope) -> bytes:
    return triples(scope).serialize(format="nt", encoding="utf-8")


@register("nquads", media_type="application/n-quads", extension="nq", label="N-Quads", group="rdf")
def nquads(scope) -> bytes:
    return scope.data.serialize(format="nquads", encoding="utf-8")


@register("jsonld", media_type="application/ld+json", extension="jsonld", label="JSON-LD", group="rdf")
def jsonld(scope) -> bytes:
    return scope.data.serialize(format="json-ld", context=CONTEXT, encoding="utf-8")
