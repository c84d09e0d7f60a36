"""What an export covers (issue 5, item 1): the whole dataset, one document (named graph), or the
subgraph of a question answered by the service functions (trace down, trace up, partner reach).

The nodes of a question are those of the service's answer: the node asked about, every node on
the paths it returns, and the partners (with the entities that name them). The scope's RDF is
every statement about those nodes, their qualified statements (status, partner roles, funding)
and the source passages they cite, with the named graph that states it.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass, field
from functools import cached_property

import networkx as nx
from rdflib import Dataset, URIRef
from rdflib.namespace import PROV

from .. import services
from ..extract import BY_ID
from ..services.dataset import dataset as whole_dataset, new_dataset
from ..slugs import slugify
from ..vocabulary import SG, graph_iri
from .linkage import build_network, partners_of, plan_nodes

QUALIFIED = (SG.hasStatusAssessment, SG.hasPartnerRole, SG.hasFunding, SG.hasAmount)
KINDS = ("all", "document", "down", "up", "partner")


@dataclass
class Scope:
    kind: str                       # one of KINDS
    title: str                      # "Stark konkurrenskraft — nedåt"
    slug: str                       # for file names: "stark-konkurrenskraft-down"
    data: Dataset                   # the scope's statements (quads)
    full: Dataset                   # the whole dataset (labels, statuses, passages)
    nodes: set = field(default_factory=set)   # IRIs of the linkage graph
    root: dict | None = None        # the node asked about (service summary: iri, label, kind)
    answer: dict | None = None      # the service function's answer

    @cached_property
    def network(self) -> nx.MultiDiGraph:
        return build_network(self.full, self.nodes)

    @cached_property
    def table(self) -> list[dict]:
        from .tables import traceability_rows
        return traceability_rows(self)


def _collect(full: Dataset, nodes: set) -> Dataset:
    """Statements about ``nodes``, their qualified statements and the passages all of them cite."""
    subjects = set(nodes) | {q for n in nodes for p in QUALIFIED for q in full.objects(n, p)}
    subjects |= {p for s in list(subjects) for p in full.objects(s, PROV.wasDerivedFrom)}
    found = new_dataset()
    found.addN((s, p, o, found.graph(g)) for subject in subjects
               for s, p, o, g in full.quads((subject, None, None, None)))
    return found


def _path_nodes(items) -> set[URIRef]:
    return {URIRef(step["iri"]) for item in items for step in item.get("path", [])} | \
        {URIRef(item["iri"]) for item in items}


def _question(service, kind: str, name: str) -> tuple[dict, set]:
    """(the service answer, the nodes it names) for a question scope."""
    if kind == "down":
        answer = services.trace_down(service, name)
        vias = [v for p in answer["partners"] for v in p["via"]]
        nodes = _path_nodes(answer["activities"]) | _path_nodes(vias) | {URIRef(p["iri"]) for p in answer["partners"]}
    elif kind == "up":
        answer = services.trace_up(service, name)
        nodes = _path_nodes(answer["serves"])
    else:
        answer = services.partner_reach(service, name)
        answer["node"] = answer["partner"]
        nodes = {URIRef(i["via"]) for i in answer["items"]} | {URIRef(i["target"]) for i in answer["items"] if i["target"]}
        nodes |= _partner_paths(service, answer["items"])
    return answer, nodes | {URIRef(answer["node"]["iri"])}


def _partner_paths(service, items) -> set[URIRef]:
    """The nodes between each entity naming the partner and the goals it serves (service trace_up)."""
    found = set()
    for via in sorted({i["via"] for i in items if i["target"]}):
        targets = {i["target"] for i in items if i["via"] == via}
        reached = services.trace_up(service, via)["serves"]
        found |= _path_nodes([r for r in reached if r["iri"] in targets])
    return found


def build_scope(service, *, node: str | None = None, up: str | None = None, partner: str | None = None,
                document: str | None = None, everything: bool = False) -> Scope:
    """The scope one of the arguments asks for (exactly one must be given)."""
    asked = [(k, v) for k, v in (("down", node), ("up", up), ("partner", partner), ("document", document),
                                 ("all", everything)) if v]
    if len(asked) != 1:
        raise ValueError("give exactly one of: a node (trace down), up, partner, document, or all")
    kind, value = asked[0]
    full = whole_dataset(service)
    if kind == "all":
        return Scope("all", "Hela datamängden", "strategigraf", full, full, plan_nodes(full))
    if kind == "document":
        if value not in BY_ID:
            raise services.NotFound(value, [{"label": d} for d in BY_ID])
        data = new_dataset()
        data.addN((s, p, o, data.graph(graph_iri(value))) for s, p, o in full.graph(graph_iri(value)))
        return Scope("document", BY_ID[value].title, value, data, full, plan_nodes(full, graph_iri(value)))
    answer, nodes = _question(service, kind, value)
    nodes |= partners_of(full, nodes) if kind != "partner" else set()
    root = answer["node"]
    title = f"{root['label']} — {TITLES[kind]}"
    return Scope(kind, title, f"{slugify(root['label'])[:60]}-{kind}", _collect(full, nodes), full, nodes, root, answer)


SCOPE_CACHE = "exports:scopes"
SCOPE_CACHE_SIZE = 16
_LOCK = threading.Lock()   # the page asks for one scope in two formats at once: build it once


def cached_scope(service, **asked) -> Scope:
    """``build_scope`` remembered per Service (the web page asks for one scope in several formats)."""
    with _LOCK:
        cache = service.cache.setdefault(SCOPE_CACHE, {})
        key = tuple(sorted((k, v) for k, v in asked.items() if v))
        if key not in cache:
            if len(cache) >= SCOPE_CACHE_SIZE:
                cache.pop(next(iter(cache)))
            cache[key] = build_scope(service, **asked)
            cache[key].network, cache[key].table  # noqa: B018 - computed once, under the lock
        return cache[key]


TITLES = {"down": "nedåt (aktiviteter och partner)", "up": "uppåt (vad den bidrar till)",
          "partner": "partnerns räckvidd"}
