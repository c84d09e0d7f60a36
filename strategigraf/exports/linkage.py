"""The linkage graph of a set of nodes as a networkx MultiDiGraph (issue 5, item 1: GraphML, GEXF,
Cytoscape.js and the picture are drawn from it).

Nodes are the plan entities (goal, focus area, priority, assignment, activity, …; not indicators,
investments or budget lines) and the partners, keyed by IRI, with the attributes ``type``,
``label``, ``document``, ``year``, ``status``, ``funding``, ``end_date``, ``source``. Edges point
upward as in the RDF (child -> parent, docs/model.md "Links upward"; ``followsUp``/``continues``
across documents) or from an entity to a partner it names (``relation`` = ``partner``, with
``role``), each with ``document`` and ``source`` (the passage: ``docid:Lfirst-Llast``).
"""
from __future__ import annotations

import networkx as nx
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS

from ..extract import BY_ID
from ..services.common import best_kind
from ..vocabulary import GRAPH, PARENT_PROPERTY, SCHEMA, SG, SGID

PLAN_KINDS = ("Strategy", "Goal", "PriorityArea", "Priority", "FocusArea", "PlanSection", "PlanItem",
              "JointAssignment", "Assignment", "Activity", "Project")
PARTNER_KINDS = ("Partner", "InternalUnit")
LINKS = {str(p).removeprefix(str(SG)) for p in PARENT_PROPERTY.values()} | {"followsUp", "continues"}
GENERIC = "contributesTo"


def local(iri) -> str:
    return str(iri).rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def docid(iri) -> str | None:
    """``…/dokument/vp2019`` or ``…/graph/vp2019`` -> ``vp2019``."""
    value = str(iri or "")
    for prefix in (f"{SGID}dokument/", str(GRAPH)):
        if value.startswith(prefix):
            return value.removeprefix(prefix)
    return None


def label(data: Dataset, iri, lang: str = "sv") -> str | None:
    """rdfs:label (else skos:prefLabel) of ``iri``, in ``lang`` when there is one."""
    found = list(data.objects(iri, RDFS.label)) or list(data.objects(iri, SKOS.prefLabel))
    found.sort(key=lambda l: (not (isinstance(l, Literal) and l.language == lang), str(l)))
    return str(found[0]) if found else None


def kinds(data: Dataset, iri) -> set[str]:
    return {str(t).removeprefix(str(SG)) for t in data.objects(iri, RDF.type) if str(t).startswith(str(SG))}


def passage_name(passage) -> str:
    """``sgid:kalla/uf2019/L106-L106`` -> ``uf2019:L106-L106``."""
    return str(passage).removeprefix(f"{SGID}kalla/").replace("/", ":", 1)


def passages(data: Dataset, iri, graph=None) -> list[str]:
    """The passages ``iri`` is derived from (in ``graph`` only, if given), sorted."""
    context = data.graph(graph) if graph is not None else data
    return sorted({passage_name(p) for p in context.objects(iri, PROV.wasDerivedFrom)})


def statuses(data: Dataset, iri) -> list[str]:
    """Swedish labels of the status values assessed for ``iri`` (``pågår``, ``uppfylls delvis`` …)."""
    values = {v for a in data.objects(iri, SG.hasStatusAssessment) for v in data.objects(a, SG.statusValue)}
    return sorted(label(data, v) or local(v) for v in values)


def funding(data: Dataset, iri) -> float | None:
    """Sum of Region Halland's funding (``region-funding``: "RH medel") stated for ``iri``, in SEK."""
    amounts = [float(a) for f in data.objects(iri, SG.hasFunding)
               if str(data.value(f, SG.fundingKind)) == "region-funding"
               for a in data.objects(f, SG.amountSEK)]
    return sum(amounts) if amounts else None


def node_attributes(data: Dataset, iri) -> dict:
    """The attributes of one node; absent values are left out (GraphML and GEXF have no null)."""
    documents = sorted({d for d in map(docid, data.objects(iri, DCTERMS.source)) if d},
                       key=lambda d: (BY_ID[d].year if d in BY_ID else 0, d))
    kind = best_kind(kinds(data, iri))
    if kind == "Resource" and (None, SG.partner, iri) in data:
        kind = "Partner"   # named in a partner role but not (yet) described in the partners graph
    attributes = {
        "type": kind, "label": label(data, iri) or local(iri), "iri": str(iri),
        "document": "; ".join(documents), "year": BY_ID[documents[0]].year if documents and documents[0] in BY_ID else None,
        "status": "; ".join(statuses(data, iri)), "funding": funding(data, iri),
        "end_date": str(data.value(iri, SCHEMA.endDate) or "") or None,
        "source": "; ".join(passages(data, iri)),
    }
    return {k: v for k, v in attributes.items() if v not in (None, "")}


def _link_edges(data: Dataset, nodes: set[URIRef]) -> dict:
    """{(child, parent): {relation: {"documents": set, "sources": set}}} among ``nodes``."""
    found: dict = {}
    for s in nodes:
        for _, p, o, g in data.quads((s, None, None, None)):
            relation = str(p).removeprefix(str(SG))
            if o in nodes and (relation in LINKS or relation == GENERIC):
                entry = found.setdefault((s, o), {}).setdefault(relation, {"documents": set(), "sources": set()})
                entry["documents"].add(docid(getattr(g, "identifier", g)) or "")
                entry["sources"].update(passages(data, s, getattr(g, "identifier", g)))
    return found


def _partner_edges(data: Dataset, nodes: set[URIRef]):
    """(entity, partner, attributes) for every partner role of a node naming a partner in ``nodes``."""
    for s in nodes:
        for _, _, role_node, g in data.quads((s, SG.hasPartnerRole, None, None)):
            partner, role = data.value(role_node, SG.partner), data.value(role_node, SG.role)
            if partner in nodes:
                yield s, partner, {
                    "relation": "partner", "role": label(data, role) or local(role), "role_code": local(role),
                    "document": docid(getattr(g, "identifier", g)) or "",
                    "evidence": str(data.value(role_node, SG.evidence) or ""),
                    "source": "; ".join(passages(data, role_node))}


def build_network(data: Dataset, nodes: set[URIRef]) -> nx.MultiDiGraph:
    """The linkage graph of ``nodes``: their attributes, the links among them, their partner roles.

    ``contributesTo`` (the builder's shortcut) is kept only where no specific link joins the pair.
    """
    network = nx.MultiDiGraph()
    for iri in sorted(nodes):
        network.add_node(str(iri), **node_attributes(data, iri))
    for (s, o), relations in sorted(_link_edges(data, nodes).items()):
        if len(relations) > 1:
            relations.pop(GENERIC, None)
        for relation, entry in sorted(relations.items()):
            network.add_edge(str(s), str(o), key=relation, relation=relation,
                             document="; ".join(sorted(entry["documents"] - {""})),
                             source="; ".join(sorted(entry["sources"])))
    for s, partner, attributes in _partner_edges(data, nodes):
        network.add_edge(str(s), str(partner), key=f"partner:{attributes['role_code']}", **attributes)
    return network


def plan_nodes(data, graph=None) -> set[URIRef]:
    """The plan entities typed in ``graph`` (or anywhere) plus the partners their roles name."""
    context = data.graph(graph) if graph is not None else data
    found = {s for kind in PLAN_KINDS for s in context.subjects(RDF.type, SG[kind]) if isinstance(s, URIRef)}
    return found | partners_of(data, found)


def partners_of(data: Dataset, nodes) -> set[URIRef]:
    return {p for s in nodes for r in data.objects(s, SG.hasPartnerRole) for p in data.objects(r, SG.partner)}
