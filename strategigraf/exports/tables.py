"""The traceability table (issue 5, item 1): one row per activity or project of the scope with its
assignment, priority, goal or focus area, partners and roles, status, funding, end date and source;
as CSV and XLSX (openpyxl); the JSON with a summary and the source passages is in summary.py.

An activity's priority and goal/focus area are the nodes above it by the one tracing path of
docs/model.md "Tracing" (the automaton of services/trace_index.py), as in trace-up.rq.
"""
from __future__ import annotations

import csv
import io

from rdflib import URIRef
from rdflib.namespace import RDF

from ..services.trace_index import walk
from ..vocabulary import SG
from . import register
from .linkage import label, local, node_attributes

ACTIVITY_KINDS = ("Activity", "Project")
COLUMNS = [  # (key, column heading as the strategist reads it)
    ("activity", "aktivitet"), ("kind", "typ"), ("assignment", "uppdrag"), ("priority", "prioritering"),
    ("goal", "mål eller fokusområde"), ("partners", "partner och roller"), ("status", "status"),
    ("funding_sek", "finansiering (kr)"), ("end_date", "slutdatum"), ("document", "dokument"),
    ("source", "källa"), ("iri", "iri"),
]
KIND_SV = {"Activity": "aktivitet", "Project": "projekt"}
ACROSS = (SG.followsUp, SG.continues)


class _GraphMoves:
    """The moves of services/trace_index.walk read from an rdflib graph instead of trace-links.rq
    rows: a climb (sg:contributesTo) or a crossing along or against a cross-document link."""

    def __init__(self, data):
        self.data = data

    def moves(self, node, down: bool):
        for parent in self.data.objects(node, SG.contributesTo):
            yield parent, "climb", None
        for link in ACROSS:
            for earlier in self.data.objects(node, link):
                yield earlier, "forward", None
            for later in self.data.subjects(link, node):
                yield later, "backward", None


def above(data, start) -> set:
    """Every node above ``start`` by the tracing path (the walk of services/trace_index.py)."""
    return {node for node in walk(_GraphMoves(data), start, down=False) if isinstance(node, URIRef)} - {start}


def _labels(data, nodes, *types) -> str:
    wanted = {SG[t] for t in types}
    return "; ".join(sorted({label(data, n) or local(n) for n in nodes if set(data.objects(n, RDF.type)) & wanted}))


def _partners(network, iri: str) -> str:
    roles: dict[str, list[str]] = {}
    for _, partner, edge in network.out_edges(iri, data=True):
        if edge["relation"] == "partner":
            roles.setdefault(network.nodes[partner]["label"], []).append(edge["role"].lower())
    return "; ".join(f"{name} ({', '.join(sorted(set(r)))})" for name, r in sorted(roles.items()))


def row(scope, iri: str) -> dict:
    """The table row of one activity or project."""
    data, node = scope.full, URIRef(iri)
    attributes = scope.network.nodes[iri] if iri in scope.network else node_attributes(data, node)
    direct = set(data.objects(node, SG.partOfAssignment)) | \
        {a for parent in data.objects(node, SG.partOfActivity) for a in data.objects(parent, SG.partOfAssignment)}
    reached = above(data, node)
    funding = attributes.get("funding")
    return {
        "activity": attributes["label"], "kind": KIND_SV.get(attributes["type"], attributes["type"]),
        "assignment": _labels(data, direct, "Assignment"), "priority": _labels(data, reached, "Priority"),
        "goal": _labels(data, reached, "Goal", "FocusArea", "PlanSection"),
        "partners": _partners(scope.network, iri) if iri in scope.network else "",
        "status": attributes.get("status", ""), "funding_sek": "" if funding is None else _amount(funding),
        "end_date": attributes.get("end_date", ""), "document": attributes.get("document", ""),
        "source": attributes.get("source", ""), "iri": iri,
    }


def _amount(value: float):
    return int(value) if float(value).is_integer() else value


def activity_iris(scope) -> list[str]:
    """The activities of the scope: the service's answer for a trace down, else the scope's activity nodes."""
    if scope.kind == "down":
        return [a["iri"] for a in scope.answer["activities"]]
    return sorted(n for n, d in scope.network.nodes(data=True) if d["type"] in ACTIVITY_KINDS)


def traceability_rows(scope) -> list[dict]:
    rows = [row(scope, iri) for iri in activity_iris(scope)]
    return sorted(rows, key=lambda r: (r["document"], r["activity"], r["iri"]))


@register("csv", media_type="text/csv", extension="csv", label="CSV (spårbarhetstabell)", group="table")
def to_csv(scope) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([heading for _, heading in COLUMNS])
    for r in scope.table:
        writer.writerow([r[key] for key, _ in COLUMNS])
    return out.getvalue().encode("utf-8-sig")


@register("xlsx", media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          extension="xlsx", label="Excel (spårbarhetstabell)", group="table")
def to_xlsx(scope) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    book = Workbook()
    sheet = book.active
    sheet.title = "Spårbarhet"
    sheet.append([heading for _, heading in COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for r in scope.table:
        sheet.append([r[key] for key, _ in COLUMNS])
    sheet.freeze_panes, sheet.auto_filter.ref = "A2", sheet.dimensions
    for letter, width in zip("ABCDEFGHIJKL", (50, 10, 50, 35, 35, 45, 20, 16, 12, 10, 22, 40)):
        sheet.column_dimensions[letter].width = width
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
