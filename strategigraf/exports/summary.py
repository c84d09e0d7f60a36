"""The traceability table as JSON for the web page and for scripts (issue 5, items 1-2): the rows,
a status and funding summary over them, and every link of the linkage graph with the source
passages that state it (document, file, lines, text).
"""
from __future__ import annotations

import json
from collections import Counter

from rdflib import URIRef

from ..extract import BY_ID
from ..vocabulary import SG, SGID
from . import register
from .tables import COLUMNS, _amount


def summary(scope) -> dict:
    """Counts per status and the funding total over the table's rows."""
    rows = scope.table
    statuses = Counter(part for r in rows for part in (r["status"].split("; ") if r["status"] else ["–"]))
    funded = [r["funding_sek"] for r in rows if r["funding_sek"] != ""]
    return {"activities": len(rows), "status": dict(sorted(statuses.items())),
            "funding_sek": _amount(sum(funded)) if funded else 0, "funded_activities": len(funded),
            "partners": sum(1 for _, d in scope.network.nodes(data=True) if d["type"] in ("Partner", "InternalUnit")),
            "nodes": scope.network.number_of_nodes(), "links": scope.network.number_of_edges()}


def passage(data, name: str) -> dict:
    """``uf2019:L106-L106`` -> document, file, lines and the passage text."""
    iri = URIRef(f"{SGID}kalla/{name.replace(':', '/', 1)}")
    doc = name.split(":", 1)[0]
    first, last = data.value(iri, SG.firstLine), data.value(iri, SG.lastLine)
    return {"passage": name, "document": doc, "file": f"data/sources/{BY_ID[doc].filename}" if doc in BY_ID else None,
            "lines": [int(first), int(last)] if first is not None else None, "text": str(data.value(iri, SG.text) or "")}


def links(scope) -> list[dict]:
    """Every edge of the linkage graph with the passages that state it."""
    network, found = scope.network, []
    for s, o, edge in network.edges(data=True):
        found.append({"subject": s, "subject_label": network.nodes[s]["label"], "relation": edge["relation"],
                      "role": edge.get("role"), "object": o, "object_label": network.nodes[o]["label"],
                      "document": edge.get("document"),
                      "sources": [passage(scope.full, p) for p in edge.get("source", "").split("; ") if p]})
    return found


@register("json", media_type="application/json", extension="json", label="JSON (tabell, summering, källor)",
          group="table")
def to_json(scope) -> bytes:
    answer = {"scope": {"kind": scope.kind, "title": scope.title, "node": scope.root},
              "summary": summary(scope), "columns": dict(COLUMNS), "rows": scope.table, "links": links(scope)}
    return json.dumps(answer, ensure_ascii=False, indent=1).encode("utf-8")
