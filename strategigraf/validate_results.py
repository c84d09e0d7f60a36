"""From pyshacl's validation results to the entities of the report (docs/validate.md).

Each result is filed under its focus node, described by its label, the label of its most
specific sg: class and the source passages it was derived from, so that the report can say which
plan item in which document (and line) breaks which rule of shapes/strategigraf-shapes.ttl.
"""
from __future__ import annotations

from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef

from .validate_report import WORDS, EntityProblems, Problem
from .vocabulary import DCTERMS, PROV, SG

SH = Namespace("http://www.w3.org/ns/shacl#")


def _label(graph: Graph, node, lang: str = "sv") -> str | None:
    labels = list(graph.objects(node, RDFS.label))
    best = [l for l in labels if isinstance(l, Literal) and l.language == lang] or labels
    return str(best[0]) if best else None


def _qname(graph: Graph, node) -> str:
    if isinstance(node, URIRef):
        try:
            return graph.namespace_manager.normalizeUri(node)
        except Exception:  # noqa: BLE001 - fall back to the full IRI
            return f"<{node}>"
    return str(node)


def _types(data: Graph, node) -> set:
    """The classes of ``node`` and all their superclasses (the ontology is part of ``data``)."""
    found, todo = set(), list(data.objects(node, RDF.type))
    while todo:
        cls = todo.pop()
        if cls not in found:
            found.add(cls)
            todo.extend(data.objects(cls, RDFS.subClassOf))
    return found


def node_shape(shapes: Graph, data: Graph, source, focus) -> URIRef:
    """The node shape a result belongs to: the source shape itself, or the node shape holding it
    as sh:property whose target reaches the focus node (shared property shapes have several)."""
    if (source, RDF.type, SH.NodeShape) in shapes:
        return source
    owners = list(shapes.subjects(SH.property, source))
    classes = _types(data, focus)
    for owner in owners:
        if set(shapes.objects(owner, SH.targetClass)) & classes:
            return owner
    return owners[0] if owners else source


def _most_specific(data: Graph, node) -> URIRef | None:
    own = [c for c in data.objects(node, RDF.type) if str(c).startswith(str(SG))]
    own.sort(key=lambda c: -len(_types(data, c)))
    return own[0] if own else None


def _passages(data: Graph, node, cls) -> list[tuple[str, int, int]]:
    """(document id, first line, last line) of the passages an entity was derived from, sorted."""
    passages = []
    sources = [node] if cls == SG.SourcePassage else list(data.objects(node, PROV.wasDerivedFrom))
    for passage in sources:
        first, last = data.value(passage, SG.firstLine), data.value(passage, SG.lastLine)
        doc = data.value(passage, DCTERMS.isPartOf)
        if first is not None and doc is not None:
            passages.append((str(doc).rsplit("/", 1)[-1], int(first), int(last if last is not None else first)))
    return sorted(passages)


def _describe(data: Graph, node) -> EntityProblems:
    """Label, type labels and source passages of an entity; a qualified statement without a
    label ("…/status") is named after the entity that links to it."""
    cls = _most_specific(data, node)
    type_labels = {lang: _label(data, cls, lang) for lang in WORDS} if cls is not None else {}
    label, owner = _label(data, node), None
    if label is None:
        owner = next((s for s, p in data.subject_predicates(node) if p != RDF.type and _label(data, s)), None)
        label = _label(data, owner) if owner is not None else None
    return EntityProblems(str(node), label, type_labels, _passages(data, node, cls), owner_label=owner is not None)


def _problem(results: Graph, shapes: Graph, data: Graph, result) -> Problem:
    focus, source = results.value(result, SH.focusNode), results.value(result, SH.sourceShape)
    messages = {m.language or "sv": str(m) for m in results.objects(result, SH.resultMessage)}
    path, value = results.value(result, SH.resultPath), results.value(result, SH.value)
    return Problem(messages, _qname(shapes, node_shape(shapes, data, source, focus)),
                   _qname(shapes, results.value(result, SH.sourceConstraintComponent)),
                   _qname(shapes, path) if isinstance(path, URIRef) else None,
                   None if value is None else (_qname(shapes, value) if isinstance(value, URIRef) else str(value)))


def group(results: Graph, shapes: Graph, data: Graph) -> list[EntityProblems]:
    """The validation results grouped by focus node, in document and line order."""
    grouped: dict = {}
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        entity = grouped.setdefault(focus, _describe(data, focus))
        entity.problems.append(_problem(results, shapes, data, result))
    for entity in grouped.values():
        entity.problems.sort(key=lambda p: (p.shape, p.component, p.messages.get("sv", "")))
    return sorted(grouped.values(), key=lambda e: (e.passages[:1] or [("~", 0, 0)], e.iri))
