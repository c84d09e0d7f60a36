"""Trace down (node -> activities and partners) and trace up (activity -> what it serves).

Issue 4, item 2, the headline question. The named queries (trace-down.rq, trace-up.rq) return the
links of the reached subgraph as stated in each document graph; here they become, per activity or
ancestor, the shortest path to the traced node, every step citing the document and lines that
state its link. sg:followsUp / sg:continues are walked in both directions. Down from a partner:
the activities that name it.
"""
from __future__ import annotations

from collections import deque

from rdflib import URIRef

from ..vocabulary import SG
from .common import ACTIVITY_KINDS, Service, best_kind, source, text
from ..sparql_safety import bind_values
from . import queries
from .names import concept_labels, index, lookup

CORRESPONDENCES = {"followsUp", "continues"}
PARTNER_KINDS = {"Partner", "InternalUnit"}
UP_ORDER = ("Activity", "Project", "Assignment", "JointAssignment", "PlanItem", "Priority",
            "PriorityArea", "Goal", "FocusArea", "PlanSection", "Strategy")


def _links(service: Service, reached: set[str]) -> dict:
    """trace-links.rq over the reached nodes, split by part; edges only between reached nodes."""
    text = bind_values(queries.get("trace-links").text, "x", [URIRef(x) for x in sorted(reached)])
    parts: dict[str, list] = {"edge": [], "role": [], "role-source": [], "end": []}
    for row in service.repository.select(text, None, row_cap=0)[1]:
        parts[str(row["part"])].append(row)
    parts["edge"] = [r for r in parts["edge"] if str(r["y"]) in reached]
    return parts


def _nodes(service: Service, reached: set[str], ends: list) -> dict:
    """{iri: {"label", "kinds", "end_date"?}} of the reached nodes, from the label index."""
    known = index(service)["nodes"]
    nodes = {iri: {"label": known[iri]["label"], "kinds": known[iri]["kinds"]} if iri in known
             else {"label": None, "kinds": set()} for iri in reached}
    for row in ends:
        nodes[str(row["x"])]["end_date"] = str(row["endDate"])
    return nodes


def _edges(rows) -> dict:
    """{(x, y): (link, source)} preferring the specific link over sg:contributesTo, earliest lines first."""
    edges = {}
    for row in sorted(rows, key=lambda r: (str(r.get("g")), int(r.get("first") or 0))):
        link = str(row["link"]).removeprefix(str(SG))
        key = (str(row["x"]), str(row["y"]))
        if key not in edges or (edges[key][0] == "contributesTo" and link != "contributesTo"):
            edges[key] = (link, source(row))
    return edges


def _walk(root: str, edges: dict, down: bool) -> dict:
    """Breadth-first from ``root``: {node: (next node towards root, link step)}."""
    adjacent: dict[str, list] = {}
    for (x, y), (link, src) in sorted(edges.items()):
        step = {"property": link, "subject": x, "object": y, "source": src}
        near, far = (y, x) if down else (x, y)
        adjacent.setdefault(near, []).append((far, step))
        if link in CORRESPONDENCES:
            adjacent.setdefault(far, []).append((near, step))
    towards_root, queue = {root: None}, deque([root])
    while queue:
        current = queue.popleft()
        for neighbour, step in adjacent.get(current, []):
            if neighbour not in towards_root:
                towards_root[neighbour] = (current, step)
                queue.append(neighbour)
    return towards_root


def _path(start: str, towards_root: dict, nodes: dict, root_info: dict) -> list[dict]:
    """The nodes from ``start`` to the traced node, each with the link to the next one."""
    path, current = [], start
    while towards_root.get(current):
        following, step = towards_root[current]
        path.append({**_brief(current, nodes, root_info), "link": step})
        current = following
    path.append(_brief(current, nodes, root_info))
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


def _reached(service: Service, name: str, root: dict) -> set[str]:
    return {str(row["x"]) for row in service.select(name, node=URIRef(root["iri"]))} | {root["iri"]}


def _trace_down(service: Service, root: dict) -> dict:
    reached = _reached(service, "trace-down", root)
    parts = _links(service, reached)
    nodes = _nodes(service, reached, parts["end"])
    towards_root = _walk(root["iri"], _edges(parts["edge"]), down=True)
    activities = []
    for iri, node in nodes.items():
        if node["kinds"] & ACTIVITY_KINDS and iri in towards_root and iri != root["iri"]:
            path = _path(iri, towards_root, nodes, root)
            activities.append({**_brief(iri, nodes, root), "document": path[0]["link"]["source"]["document"],
                               "source": path[0]["link"]["source"], "end_date": node.get("end_date"), "path": path})
    activities.sort(key=lambda a: (a["document"] or "", a["label"] or "", a["iri"]))
    partners = _partners(service, parts, nodes, root)
    return {"node": root, "activities": activities, "partners": partners,
            "reached": len(towards_root) - 1}


def _label(service: Service, iri: str) -> str | None:
    node = index(service)["nodes"].get(iri)
    return node["label"] if node else None


def _is_internal(service: Service, iri: str) -> bool:
    """Region Halland's own units are kept apart from external partners (source README)."""
    node = index(service)["nodes"].get(iri)
    return bool(node and "InternalUnit" in node["kinds"])


def _partners(service: Service, parts: dict, nodes: dict, root: dict) -> list[dict]:
    """Partners named by the reached nodes, each with ``via``: the node, role, evidence and source."""
    evidence = {str(r["r"]): r for r in parts["role-source"]}
    roles, found = concept_labels(service), {}
    for row in sorted(parts["role"], key=lambda r: (str(r["partner"]), str(r["x"]), str(r["role"]))):
        partner = found.setdefault(str(row["partner"]), {
            "iri": str(row["partner"]), "label": _label(service, str(row["partner"])),
            "internal": _is_internal(service, str(row["partner"])), "roles": [], "via": []})
        role = roles.get(str(row["role"])) or str(row["role"]).rsplit("/", 1)[-1]
        if role not in partner["roles"]:
            partner["roles"].append(role)
        said = evidence.get(str(row["r"]), {})
        via = {**_brief(str(row["x"]), nodes, root), "role": role, "role_iri": str(row["role"]),
               "evidence": text(said, "evidence"), "source": source({**said, "g": row["g"]})}
        if via not in partner["via"]:
            partner["via"].append(via)
    return sorted(found.values(), key=lambda p: (p["label"] or "", p["iri"]))


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
    reached = _reached(service, "trace-up", root)
    parts = _links(service, reached)
    nodes = _nodes(service, reached, parts["end"])
    towards_root = _walk(root["iri"], _edges(parts["edge"]), down=False)
    reached = []
    for iri in towards_root:
        if iri != root["iri"]:
            path = _forward(list(reversed(_path(iri, towards_root, nodes, root))))
            reached.append({**_brief(iri, nodes, root), "source": path[-2]["link"]["source"], "path": path})
    order = {kind: n for n, kind in enumerate(UP_ORDER)}
    reached.sort(key=lambda n: (order.get(n["kind"], 99), n["label"] or "", n["iri"]))
    return {"node": root, "serves": reached}
