"""The dataset as quads, for the exports (issue 5, item 1): the whole dataset or one document graph.

A service function like the others in this package (it calls the repository through a named query,
``dataset_quads.rq`` next to this module), so exports work over the embedded store and a remote
SPARQL endpoint alike. The whole dataset is read once per Service and cached as an rdflib Dataset;
``Service.reset()`` drops it.
"""
from __future__ import annotations

import threading
from pathlib import Path

from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import XSD

from ..vocabulary import PREFIXES
from .common import Service
from .queries import parse

QUERY = parse(Path(__file__).with_name("dataset_quads.rq"))
CACHE_KEY = "exports:dataset"
_LOCK = threading.Lock()   # concurrent first requests read the dataset once


def quads(service: Service, graph: str | None = None) -> list[tuple]:
    """(s, p, o, g) rdflib terms of every statement, or of the named graph ``graph`` only."""
    bindings = {"g": URIRef(graph)} if graph else None
    rows = service.repository.select(QUERY.text, bindings, row_cap=0)[1]
    return [(r["s"], r["p"], file_form(r["o"]), r.get("g", URIRef(graph) if graph else None)) for r in rows]


def file_form(term):
    """A literal as the TriG file and rdflib's parsers write it, so that exports read back as the same
    terms: ``"x"^^xsd:string`` (RDF 1.1's reading of a simple literal) -> ``"x"``, and
    ``"2500000"^^xsd:decimal`` (Oxigraph's canonical form) -> ``"2500000.0"``."""
    if isinstance(term, Literal) and term.datatype == XSD.string:
        return Literal(str(term))
    if isinstance(term, Literal) and term.datatype == XSD.decimal and "." not in str(term) and "e" not in str(term).lower():
        return Literal(f"{term}.0", datatype=XSD.decimal)
    return term


def new_dataset() -> Dataset:
    """An empty rdflib Dataset with the project's prefixes bound."""
    dataset = Dataset(default_union=True)
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace)
    dataset.bind("g", "https://w3id.org/strategigraf/graph/")
    return dataset


def dataset(service: Service) -> Dataset:
    """The whole dataset as an rdflib Dataset (named graphs kept), read once per Service."""
    with _LOCK:
        if CACHE_KEY not in service.cache:
            found = new_dataset()
            found.addN((s, p, o, found.graph(g)) for s, p, o, g in quads(service))
            service.cache[CACHE_KEY] = found
        return service.cache[CACHE_KEY]
