"""Traceability walk-through (notebooks/01-sparbarhet): tables, subgraph and source passages.

Built on ``services.trace_down`` / ``services.trace_up`` (issue 4): here their answers become
rows an analyst reads (activity, document, lines, path), the networkx subgraph the notebook
draws, and the text of the passage each link cites (data/sources/{file}, lines first-last).
"""
from __future__ import annotations

from functools import lru_cache

import networkx as nx

from .. import paths
from ..sources import SourceText, clean_text
from .tables import Table

# Layer of each kind in the drawn subgraph: partners at the bottom, goals on top.
LEVEL = {"Partner": 0, "InternalUnit": 0, "Activity": 1, "Project": 1, "Assignment": 2,
         "JointAssignment": 3, "PlanItem": 3, "Priority": 3, "PriorityArea": 4,
         "Goal": 5, "FocusArea": 5, "PlanSection": 5, "Strategy": 6}
KIND_SV = {"Partner": "Aktör", "InternalUnit": "Intern enhet", "Activity": "Aktivitet", "Project": "Projekt",
           "Assignment": "Uppdrag", "JointAssignment": "Regiongemensamt uppdrag", "PlanItem": "Planpunkt",
           "Priority": "Prioritering", "PriorityArea": "Prioriteringsområde", "Goal": "Mål",
           "FocusArea": "Fokusområde", "PlanSection": "Avsnitt", "Strategy": "Strategi"}
LINK_SV = {"partOfAssignment": "ingår i uppdrag", "partOfActivity": "ingår i aktivitet",
           "servesJointAssignment": "tjänar regiongemensamt uppdrag", "servesPlanItem": "tjänar planpunkt",
           "servesPriority": "tjänar prioritering", "servesPriorityArea": "tjänar prioriteringsområde",
           "servesGoal": "tjänar mål", "servesFocusArea": "tjänar fokusområde", "inPlanSection": "i avsnitt",
           "partOfStrategy": "ingår i strategi", "followsUp": "följer upp", "continues": "fortsätter",
           "contributesTo": "bidrar till"}


@lru_cache(maxsize=16)
def _source_text(file: str) -> SourceText:
    return SourceText(paths.HOME / file)


def passage_text(source: dict, limit: int | None = 300) -> str:
    """The text of the passage a source cites (``{"file", "lines"}``), cleaned, at most ``limit`` chars."""
    if not source or "file" not in source or "lines" not in source:
        return ""
    first, last = source["lines"]
    text = clean_text(_source_text(source["file"]).passage(first, last))
    return text if limit is None or len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _where(source: dict) -> str:
    lines = source.get("lines") if source else None
    return f"{source.get('document')} L{lines[0]}–{lines[1]}" if lines else (source or {}).get("document") or ""


def _partners_by_node(result: dict) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for partner in result.get("partners", []):
        for via in partner["via"]:
            names = found.setdefault(via["iri"], [])
            if (partner["label"] or partner["iri"]) not in names:
                names.append(partner["label"] or partner["iri"].rsplit("/", 1)[-1])
    return found


def activity_table(result: dict) -> Table:
    """One row per activity or project of a ``trace_down`` answer: where it is stated and how it leads up."""
    partners = _partners_by_node(result)
    rows = [{"Aktivitet": a["label"], "Typ": KIND_SV.get(a["kind"], a["kind"]), "Källa": _where(a["source"]),
             "Slutdatum": a.get("end_date"), "Väg uppåt": " → ".join(p["label"] or "?" for p in a["path"][1:]),
             "Aktörer": ", ".join(sorted(partners.get(a["iri"], [])))}
            for a in result["activities"]]
    return Table(["Aktivitet", "Typ", "Källa", "Slutdatum", "Väg uppåt", "Aktörer"], rows,
                 f"Aktiviteter under {result['node']['label']}")


def partner_table(result: dict) -> Table:
    """The partners of a ``trace_down`` answer with their roles and how many nodes name them."""
    rows = [{"Aktör": p["label"] or p["iri"].rsplit("/", 1)[-1], "Roller": ", ".join(swedish_roles(p["roles"])),
             "Antal noder": len({v["iri"] for v in p["via"]})} for p in result["partners"]]
    rows.sort(key=lambda r: (-r["Antal noder"], r["Aktör"]))
    return Table(["Aktör", "Roller", "Antal noder"], rows, f"Aktörer under {result['node']['label']}")


def swedish_roles(roles: list[str]) -> list[str]:
    """The Swedish role names of a list that holds both languages (the ontology labels roles in sv and en)."""
    english = {"Owner", "Participant", "Financier", "Strategic partner", "Mentioned"}
    return [r for r in roles if r not in english]


def link_table(result: dict, limit: int | None = 200) -> Table:
    """Every distinct link on the paths of a trace answer, with the document, lines and passage text."""
    rows, seen = [], set()
    for item in result.get("activities") or result.get("serves") or []:
        for step in item["path"]:
            link = step.get("link")
            if not link or (link["subject"], link["property"], link["object"]) in seen:
                continue
            seen.add((link["subject"], link["property"], link["object"]))
            rows.append({"Från": _label(result, link["subject"]), "Länk": LINK_SV.get(link["property"], link["property"]),
                         "Till": _label(result, link["object"]), "Källa": _where(link["source"]),
                         "Källtext": passage_text(link["source"], limit)})
    return Table(["Från", "Länk", "Till", "Källa", "Källtext"], rows, f"Länkar och deras källor: {result['node']['label']}")


def _label(result: dict, iri: str) -> str:
    for item in (result.get("activities") or result.get("serves") or []):
        for step in item["path"]:
            if step["iri"] == iri:
                return step["label"] or iri
    return result["node"]["label"] if result["node"]["iri"] == iri else iri


def up_table(result: dict) -> Table:
    """One row per node a ``trace_up`` answer reaches: kind, label and the path from the traced node."""
    rows = [{"Nivå": KIND_SV.get(n["kind"], n["kind"]), "Namn": n["label"],
             "Väg": " → ".join(p["label"] or "?" for p in n["path"]),
             "Källa (sista länken)": _where(n["path"][-2]["link"]["source"]) if len(n["path"]) > 1 else ""}
            for n in result["serves"]]
    return Table(["Nivå", "Namn", "Väg", "Källa (sista länken)"], rows, f"Vad {result['node']['label']} tjänar")


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


def document_counts(result: dict) -> Table:
    """How many activities and projects of a ``trace_down`` answer each document states."""
    counts: dict[tuple, int] = {}
    for activity in result["activities"]:
        key = (activity["document"] or "?", KIND_SV.get(activity["kind"], activity["kind"]))
        counts[key] = counts.get(key, 0) + 1
    rows = [{"Dokument": d, "Typ": k, "Antal": n} for (d, k), n in sorted(counts.items())]
    return Table(["Dokument", "Typ", "Antal"], rows, f"Aktiviteter under {result['node']['label']} per dokument")


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
