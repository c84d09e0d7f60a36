"""The subgraph of a trace answer as networkx (notebooks/01-sparbarhet draws it): nodes with label,
kind and layer, edges child -> parent with the link and the source that states it.
"""
from __future__ import annotations

import networkx as nx

# Layer of each kind in the drawn subgraph: partners at the bottom, goals on top.
LEVEL = {"Partner": 0, "InternalUnit": 0, "Activity": 1, "Project": 1, "Assignment": 2,
         "JointAssignment": 3, "PlanItem": 3, "Priority": 3, "PriorityArea": 4,
         "Goal": 5, "FocusArea": 5, "PlanSection": 5, "Strategy": 6}


def trace_graph(result: dict, documents: set[str] | None = None, partners: bool = True) -> nx.DiGraph:
    """The subgraph of a trace answer: nodes (label, kind, level) and child -> parent edges (link, source).

    ``documents`` keeps only the activities stated in those documents; ``partners`` adds partner ->
    node edges (role) for the partners that name a kept node.
    """
    graph = nx.DiGraph()
    for item in result.get("activities") or result.get("serves") or []:
        if documents and item.get("document") and item["document"] not in documents:
            continue
        for step in item["path"]:
            graph.add_node(step["iri"], label=step["label"], kind=step["kind"], level=LEVEL.get(step["kind"], 3))
            link = step.get("link")
            if link:
                graph.add_edge(link["subject"], link["object"], link=link["property"], source=link["source"])
    root = result["node"]
    graph.add_node(root["iri"], label=root["label"], kind=root["kind"], level=LEVEL.get(root["kind"], 5))
    if partners:
        _add_partners(graph, result)
    return graph


def _add_partners(graph: nx.DiGraph, result: dict) -> None:
    for partner in result.get("partners", []):
        for via in partner["via"]:
            if via["iri"] in graph and graph.nodes[via["iri"]]["level"] > 0:
                graph.add_node(partner["iri"], label=partner["label"] or partner["iri"].rsplit("/", 1)[-1],
                               kind="Partner", level=0)
                graph.add_edge(partner["iri"], via["iri"], link="involvesPartner", role=via["role"],
                               source=via["source"])


def collapse_activities(graph: nx.DiGraph) -> nx.DiGraph:
    """A copy of a trace subgraph where the activities and projects under each node are one node
    "N aktiviteter" (for drawing subgraphs too large to label every activity)."""
    collapsed = graph.copy()
    groups: dict[str, list[str]] = {}
    for node, data in graph.nodes(data=True):
        if data["kind"] in ("Activity", "Project"):
            groups.setdefault(_first_above(graph, node), []).append(node)
    for parent, members in groups.items():
        collapsed.remove_nodes_from(members)
        group = f"{parent}#aktiviteter"
        collapsed.add_node(group, label=f"{len(members)} aktiviteter/projekt", kind="Project", level=1)
        if parent:
            collapsed.add_edge(group, parent, link="partOfAssignment")
    return collapsed


def _first_above(graph: nx.DiGraph, node: str) -> str:
    """The nearest node above the activity level that ``node`` leads to ("" if none)."""
    distances = nx.single_source_shortest_path_length(graph.to_undirected(as_view=True), node)
    above = sorted((d, n) for n, d in distances.items() if graph.nodes[n]["level"] > 1)
    return above[0][1] if above else ""
