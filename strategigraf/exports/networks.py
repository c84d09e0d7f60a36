"""Network renderers (issue 5, item 1): GraphML and GEXF (networkx writers; open in Gephi, yEd and
Cytoscape desktop) and Cytoscape.js JSON (``.cyjs``: the web page's graph, also read by Cytoscape
desktop). Node attributes: type, label, document, year, status, funding, end_date, source, iri;
edge attributes: relation, role, document, evidence, source. TYPE_COLOURS is the one colour key
of the picture, the GEXF ``viz`` colours and the web page.
"""
from __future__ import annotations

import io
import json

import networkx as nx

from . import register

TYPE_COLOURS = {
    "Strategy": "#7f7f7f", "Goal": "#d62728", "FocusArea": "#ff7f0e", "PlanSection": "#8c564b",
    "PriorityArea": "#bcbd22", "Priority": "#e6ab02", "PlanItem": "#17becf", "JointAssignment": "#9467bd",
    "Assignment": "#1f77b4", "Activity": "#2ca02c", "Project": "#74c476",
    "Partner": "#e377c2", "InternalUnit": "#f4a6d7", "Resource": "#c7c7c7",
}
TYPE_LABELS_SV = {
    "Strategy": "strategi", "Goal": "mål", "FocusArea": "fokusområde", "PlanSection": "avsnitt",
    "PriorityArea": "prioriteringsområde", "Priority": "prioritering", "PlanItem": "planpunkt",
    "JointAssignment": "regiongemensamt uppdrag", "Assignment": "uppdrag", "Activity": "aktivitet",
    "Project": "projekt", "Partner": "partner", "InternalUnit": "intern enhet", "Resource": "övrigt",
}
PARTNER_TYPES = ("Partner", "InternalUnit")


def colour(kind: str) -> str:
    return TYPE_COLOURS.get(kind, TYPE_COLOURS["Resource"])


@register("graphml", media_type="application/graphml+xml", extension="graphml", label="GraphML",
          group="network")
def graphml(scope) -> bytes:
    """GraphML; ``name`` repeats the label because Cytoscape desktop shows that column."""
    network = scope.network.copy()
    for _, data in network.nodes(data=True):
        data["name"] = data["label"]
    out = io.BytesIO()
    nx.write_graphml(network, out, encoding="utf-8")
    return out.getvalue()


def _rgb(hex_colour: str) -> dict:
    return {"r": int(hex_colour[1:3], 16), "g": int(hex_colour[3:5], 16), "b": int(hex_colour[5:7], 16), "a": 1.0}


@register("gexf", media_type="application/gexf+xml", extension="gexf", label="GEXF (Gephi)", group="network")
def gexf(scope) -> bytes:
    """GEXF 1.2 with ``viz`` colours by type, so Gephi opens it coloured."""
    network = scope.network.copy()
    for _, data in network.nodes(data=True):
        data["viz"] = {"color": _rgb(colour(data["type"])), "size": 12.0 if data["type"] in PARTNER_TYPES else 10.0}
    out = io.BytesIO()
    nx.write_gexf(network, out, encoding="utf-8", version="1.2draft")
    return out.getvalue()


def cytoscape_elements(network: nx.MultiDiGraph) -> dict:
    """Cytoscape.js elements; the edge's passage is ``passage`` (``source`` is the source node there)."""
    nodes = [{"data": {"id": n, "name": d["label"], "colour": colour(d["type"]),
                       "partner": d["type"] in PARTNER_TYPES, **d}} for n, d in network.nodes(data=True)]
    edges = []
    for number, (s, o, key, d) in enumerate(network.edges(keys=True, data=True)):
        data = {k: v for k, v in d.items() if k != "source"}
        edges.append({"data": {"id": f"e{number}", "source": s, "target": o, "key": key,
                               "passage": d.get("source", ""), **data}})
    return {"nodes": nodes, "edges": edges}


@register("cytoscape", media_type="application/vnd.cytoscape.js+json", extension="cyjs",
          label="Cytoscape.js JSON", group="network")
def cytoscape(scope) -> bytes:
    answer = {"format_version": "1.0", "generated_by": "strategigraf", "target_cytoscapejs_version": "~3.2",
              "data": {"name": scope.title, "scope": scope.kind, "node": (scope.root or {}).get("iri")},
              "elements": cytoscape_elements(scope.network)}
    return json.dumps(answer, ensure_ascii=False).encode("utf-8")
