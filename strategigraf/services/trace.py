"""Trace down (node -> activities and partners) and trace up (activity -> what it serves).

Issue 4, item 2, the headline question. The nodes a trace reaches are those of the one tracing path
(docs/model.md "Tracing"; trace-down.rq, trace-up.rq); their links, as stated in each document graph,
are those of trace-links.rq. Each reached activity or ancestor gets a shortest path to the traced
node that the tracing path allows, every step citing the document and lines that state its link.
The embedded store answers from trace-links.rq over the whole store, read once (trace_index.py);
a remote endpoint is asked trace-down.rq / trace-up.rq and then trace-links.rq per trace. Down from
a partner: the activities that name it.
"""
from __future__ import annotations

from rdflib import URIRef

from .common import ACTIVITY_KINDS, Service, best_kind
from ..sparql_safety import bind_values
from . import queries
from .names import concept_labels, index, lookup
from .trace_index import CORRESPONDENCES, Links, store_links, walk

PARTNER_KINDS = {"Partner", "InternalUnit"}
UP_ORDER = ("Activity", "Project", "Assignment", "JointAssignment", "PlanItem", "Priority",
            "PriorityArea", "Goal", "FocusArea", "PlanSection", "Strategy")


def _links(service: Service, root: dict, query: str) -> Links:
    """The links to walk: the embedded store's, built once; for a remote endpoint, trace-links.rq over
    the nodes ``query`` (trace-down.rq or trace-up.rq) reaches from the root."""
    found = store_links(service)
    if found is not None:
        return found
    reached = {str(row["x"]) for row in service.select(query, node=URIRef(root["iri"]))} | {root["iri"]}
    text = bind_values(queries.get("trace-links").text, "x", [URIRef(x) for x in sorted(reached)])
    return Links(service.repository.select(text, None, row_cap=0)[1])


def _nodes(service: Service, reached, links: Links) -> dict:
    """{iri: {"label", "kinds", "end_date"?}} of the reached nodes, from the label index."""
    known, nodes = index(service)["nodes"], {}
    for iri in reached:
        node = known.get(iri)
        nodes[iri] = {"label": node["label"], "kinds": node["kinds"]} if node else {"label": None, "kinds": set()}
        if iri in links.end_dates:
            nodes[iri]["end_date"] = links.end_dates[iri]
    return nodes


def _path(start: str, towards_root: dict, nodes: dict, root_info: dict, own: dict, links: Links) -> list[dict]:
    """The nodes from ``start`` to the traced node, each with the link to the next one. Steps are
    copied once per answer (``own``), so answers never share the index's dicts."""
    path = []
    for node, step in towards_root[start]:
        link = own.get(id(step))
        if link is None:
            link = own[id(step)] = {"property": step["property"], "subject": step["subject"],
                                    "object": step["object"], "source": dict(links.source(step["cited"]))}
        path.append({**_brief(node, nodes, root_info), "link": link})
    path.append(_brief(root_info["iri"], nodes, root_info))
    return path


def _brief(iri: str, nodes: dict, root_info: dict) -> dict:
    if iri == root_info["iri"]:
        return {k: root_info[k] for k in ("iri", "label", "kind")}
    node = nodes.get(iri, {"label": None, "kinds": set()})
    return {"iri": iri, "label": node["label"], "kind": best_kind(node["kinds"])}


def trace_down(service: Service, name: str, kinds: set[str] | None = None) -> dict:
    """Every activity and project under the node ``name`` names, with paths, sources and partners."""
    root = lookup(service, name, kinds)
    if root["kind"] in PARTNER_KINDS:
        return service.remember(("trace_down", root["iri"]), lambda: _partner_down(service, root))
    return service.remember(("trace_down", root["iri"]), lambda: _trace_down(service, root))


def trace_down_page(service: Service, name: str, kinds: set[str] | None = None,
                    offset: int = 0, limit: int = 100) -> dict:
    """``trace_down`` with one page of the activities (same order) and ``total_activities``; paths are
    made for that page only, so the REST route's first page does not pay for all of them."""
    root = lookup(service, name, kinds)
    if root["kind"] in PARTNER_KINDS:
        whole = trace_down(service, root["iri"])
        return {**whole, "activities": whole["activities"][offset:offset + limit],
                "total_activities": len(whole["activities"])}
    return service.remember(("trace_down_page", root["iri"], offset, limit),
                            lambda: _trace_down(service, root, slice(offset, offset + limit)))


def _partner_down(service: Service, root: dict) -> dict:
    """Down from a partner: the activities that name it, each with the role link as its path."""
    from .reports import partner_reach
    activities, via = {}, []
    for item in partner_reach(service, root["iri"])["items"]:
        step = {"iri": item["via"], "label": item["via_label"], "kind": item["via_kind"], "role": item["role"],
                "role_iri": item["role_iri"], "evidence": item["evidence"], "source": item["source"]}
        if step not in via:
            via.append(step)
        if item["via_kind"] in ACTIVITY_KINDS and item["via"] not in activities:
            link = {"property": "hasPartnerRole", "subject": item["via"], "object": root["iri"], "source": item["source"]}
            activities[item["via"]] = {
                "iri": item["via"], "label": item["via_label"], "kind": item["via_kind"],
                "document": item["source"]["document"], "source": item["source"], "end_date": None,
                "path": [{"iri": item["via"], "label": item["via_label"], "kind": item["via_kind"], "link": link},
                         {k: root[k] for k in ("iri", "label", "kind")}]}
    roles = list(dict.fromkeys(v["role"] for v in via if v["role"]))
    ordered = sorted(activities.values(), key=lambda a: (a["document"] or "", a["label"] or "", a["iri"]))
    return {"node": root, "activities": ordered, "reached": len(via),
            "partners": [{**root, "roles": roles, "via": via}] if via else []}


def _trace_down(service: Service, root: dict, window: slice | None = None) -> dict:
    """The answer of trace_down; with ``window``, paths for that slice of the ordered activities only."""
    links = _links(service, root, "trace-down")
    towards_root = walk(links, root["iri"], down=True)
    nodes, own = _nodes(service, towards_root, links), {}
    order = sorted((_document(towards_root[iri], links), node["label"] or "", iri) for iri, node in nodes.items()
                   if node["kinds"] & ACTIVITY_KINDS and iri != root["iri"])
    activities = []
    for _document_id, _label_text, iri in order[window] if window else order:
        path = _path(iri, towards_root, nodes, root, own, links)
        activities.append({**_brief(iri, nodes, root), "document": path[0]["link"]["source"]["document"],
                           "source": path[0]["link"]["source"], "end_date": nodes[iri].get("end_date"),
                           "path": path})
    answer = {"node": root, "activities": activities, "partners": _partners(service, links, nodes, root),
              "reached": len(towards_root) - 1}
    return {**answer, "total_activities": len(order)} if window else answer


def _document(steps: list, links: Links) -> str:
    """The document (id) stating an activity's first link on its way to the traced node."""
    return links.source(steps[0][1]["cited"])["document"] or ""


def _label(service: Service, iri: str) -> str | None:
    node = index(service)["nodes"].get(iri)
    return node["label"] if node else None


def _is_internal(service: Service, iri: str) -> bool:
    """Region Halland's own units are kept apart from external partners (source README)."""
    node = index(service)["nodes"].get(iri)
    return bool(node and "InternalUnit" in node["kinds"])


def _partners(service: Service, links: Links, nodes: dict, root: dict) -> list[dict]:
    """Partners named by the reached nodes, each with ``via``: the node, role, evidence and source."""
    named = [(partner, x, role, evidence, cited) for x in nodes for partner, role, evidence, cited in links.roles.get(x, ())]
    named.sort(key=lambda n: (n[0], n[1], n[2], n[4][0] or "", n[4][1] or 0, n[4][2] or 0))
    roles, found = concept_labels(service), {}
    for partner_iri, x, role_iri, evidence, cited in named:
        partner = found.get(partner_iri)
        if partner is None:
            partner = found[partner_iri] = {"iri": partner_iri, "label": _label(service, partner_iri),
                                            "internal": _is_internal(service, partner_iri), "roles": [], "via": []}
        role = roles.get(role_iri) or role_iri.rsplit("/", 1)[-1]
        if role not in partner["roles"]:
            partner["roles"].append(role)
        via = {**_brief(x, nodes, root), "role": role, "role_iri": role_iri, "evidence": evidence,
               "source": dict(links.source(cited))}
        if via not in partner["via"]:
            partner["via"].append(via)
    return sorted(found.values(), key=lambda p: (p["label"] or "", p["iri"]))


def _only_crossings(path: list[dict]) -> bool:
    """True when every link of the path crosses documents (sg:followsUp / sg:continues): the node is
    the same work as stated in another document, not something the traced node serves."""
    return all(node["link"]["property"] in CORRESPONDENCES for node in path[:-1])


def _forward(path: list[dict]) -> list[dict]:
    """A reversed path with each node's ``link`` moved to lead to the next node again."""
    links = [node.pop("link", None) for node in path]
    for n in range(len(path) - 1):
        path[n]["link"] = links[n + 1]
    return path


def trace_up(service: Service, name: str, kinds: set[str] | None = None) -> dict:
    """Every assignment, priority, plan item, goal, focus area and section the node serves."""
    root = lookup(service, name, kinds)
    return service.remember(("trace_up", root["iri"]), lambda: _trace_up(service, root))


def _trace_up(service: Service, root: dict) -> dict:
    links = _links(service, root, "trace-up")
    towards_root = walk(links, root["iri"], down=False)
    nodes, own, reached = _nodes(service, towards_root, links), {}, []
    for iri in towards_root:
        if iri != root["iri"]:
            path = _forward(list(reversed(_path(iri, towards_root, nodes, root, own, links))))
            reached.append({**_brief(iri, nodes, root), "source": path[-2]["link"]["source"], "path": path,
                            "same_work": _only_crossings(path)})
    order = {kind: n for n, kind in enumerate(UP_ORDER)}
    reached.sort(key=lambda n: (order.get(n["kind"], 99), n["label"] or "", n["iri"]))
    return {"node": root, "serves": reached}
