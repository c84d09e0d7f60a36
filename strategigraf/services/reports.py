"""Partner reach, gaps, status summary and funding (issue 4, item 2): one function per named query.

Each returns ``{"items": [...]}`` (plus what was asked about), items flat enough for CSV, every
item citing the document graph and lines it comes from.
"""
from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from rdflib import URIRef

from .common import Service, kind_of, source, text
from .names import lookup
from .status_index import status_index

PARTNER_KINDS = {"Partner", "InternalUnit"}
SUMMARY_KINDS = {"Goal", "FocusArea"}
FUNDING_GROUPS = {"focus-area": "FocusArea", "goal": "Goal", "assignment": "Assignment", "owner": "owner"}
GAP_KINDS = ("no-activity", "no-partner", "no-status")


def partner_reach(service: Service, name: str) -> dict:
    """The goals, focus areas and sections a partner serves, via which entities and in which roles."""
    partner = lookup(service, name, PARTNER_KINDS)
    return service.remember(("partner_reach", partner["iri"]), lambda: _partner_reach(service, partner))


def _partner_reach(service: Service, partner: dict) -> dict:
    items = []
    for row in service.select("partner-reach", node=URIRef(partner["iri"])):
        items.append({
            "target": text(row, "target"), "target_label": text(row, "targetLabel"),
            "target_kind": kind_of(row["targetType"]) if row.get("targetType") else None,
            "via": str(row["via"]), "via_label": text(row, "viaLabel"), "via_kind": kind_of(row["viaType"]),
            "role": text(row, "roleLabel"), "role_iri": str(row["role"]), "evidence": text(row, "evidence"),
            "source": source(row),
        })
    items = _unique(items)
    items.sort(key=lambda i: (i["target_label"] or "~", i["via_label"] or "", i["via"]))
    return {"node": partner, "partner": partner, "items": items}


def gaps(service: Service, kind: str | None = None) -> dict:
    """Goals, focus areas and assignments without activity; activities without partner; unassessed assignments."""
    every = service.remember(("gaps",), lambda: _gaps(service))
    return {"items": [item for item in every["items"] if not kind or item["gap"] == kind]}


def _gaps(service: Service) -> dict:
    items = []
    for row in service.select("gaps"):
        items.append({"gap": str(row["gap"]), "iri": str(row["x"]), "label": text(row, "xLabel"),
                      "kind": kind_of(row["xType"]), "document": docid_of_doc(row.get("doc")),
                      "lines": [int(row["first"]), int(row["last"])] if row.get("first") is not None else None})
    items = _unique(items, key=lambda i: (i["gap"], i["iri"]))
    items.sort(key=lambda i: (GAP_KINDS.index(i["gap"]), i["kind"], i["label"] or "", i["iri"]))
    return {"items": items}


def docid_of_doc(doc) -> str | None:
    return str(doc).rsplit("/", 1)[-1] if doc is not None else None


def status_summary(service: Service, name: str | None = None) -> dict:
    """Counts per status value, per goal or focus area and per follow-up document."""
    bindings, target = {}, None
    if name:
        target = lookup(service, name, SUMMARY_KINDS)
        bindings["target"] = URIRef(target["iri"])
    return service.remember(("status_summary", target and target["iri"]),
                            lambda: _status_summary(service, target, bindings))


def _status_summary(service: Service, target: dict | None, bindings: dict) -> dict:
    """status-summary.rq's rows; the embedded store counts them from its status index (same answer)."""
    found = status_index(service)
    rows = found.rows(target and target["iri"]) if found else service.select("status-summary", **bindings)
    items = [{
        "target": str(row["target"]), "target_label": text(row, "targetLabel"), "target_kind": kind_of(row["targetType"]),
        "report": str(row["report"]), "report_label": text(row, "reportLabel"), "document": docid_of_doc(row["report"]),
        "status": str(row["status"]).rsplit("/", 1)[-1], "status_label": text(row, "statusLabel"),
        "count": int(row["count"]),
    } for row in rows]
    return {"target": target, "items": items}


def funding(service: Service, group: str = "focus-area", name: str | None = None) -> dict:
    """SEK per focus area, goal, assignment or owner; each piece of work counted once per group.

    An entity's amount: the sum of its "region-funding" amounts if it has any, else its largest
    "total-budget", else the sum of its "yearly-share" amounts (which split a total). The same work
    stated with money in two documents (joined by sg:followsUp / sg:continues) counts once, with the
    later document's amount; the earlier entries are listed in ``replaces``.
    """
    if group not in FUNDING_GROUPS:
        raise ValueError(f"group must be one of {', '.join(FUNDING_GROUPS)}, got {group!r}")
    only = lookup(service, name)["iri"] if name else None
    return service.remember(("funding", group, only), lambda: _funding(service, group, only))


def _funding(service: Service, group: str, only: str | None) -> dict:
    rows = service.select("funding")
    amounts, holders, earlier = _amounts(rows), defaultdict(set), defaultdict(set)
    labels, wanted = {}, FUNDING_GROUPS[group]
    for row in rows:
        if str(row["part"]) == "earlier":
            earlier[str(row["holder"])].add(str(row["group"]))
            continue
        is_owner = str(row["part"]) == "owner"
        if (wanted == "owner") != is_owner or (not is_owner and kind_of(row["groupType"]) != wanted):
            continue
        if only and str(row["group"]) != only:
            continue
        holders[str(row["group"])].add(str(row["holder"]))
        labels[str(row["group"])] = text(row, "groupLabel")
    items = []
    for iri, stated in holders.items():
        members = _latest(stated, earlier)
        items.append({"group": iri, "label": labels[iri], "kind": wanted,
                      "amount_sek": str(sum((amounts[h]["amount"] for h in members), Decimal(0))),
                      "entities": len(members),
                      "funded": sorted(({**amounts[h], "amount": str(amounts[h]["amount"]),
                                         "replaces": sorted(earlier[h] & stated)} for h in members),
                                       key=lambda a: a["iri"])})
    items.sort(key=lambda i: (-Decimal(i["amount_sek"]), i["label"] or ""))
    return {"group": group, "items": items}


def _latest(holders: set[str], earlier: dict) -> set[str]:
    """The holders that no other holder of the group carries on (the latest statement of each work)."""
    replaced = {old for holder in holders for old in earlier[holder]}
    return holders - replaced


def _amounts(rows) -> dict:
    """{holder: {"iri", "label", "amount", "sources"}} with the rule of ``funding``."""
    by_holder: dict[str, dict] = {}
    for row in rows:
        entry = by_holder.setdefault(str(row["holder"]), {"iri": str(row["holder"]), "label": text(row, "holderLabel"),
                                                          "stated": {}, "sources": []})
        if str(row["funding"]) not in entry["stated"]:
            entry["stated"][str(row["funding"])] = (text(row, "kind") or "region-funding", Decimal(str(row["amount"])))
            entry["sources"].append(source(row))
    for entry in by_holder.values():
        stated = list(entry.pop("stated").values())
        pick = lambda kind: [amount for k, amount in stated if k == kind]  # noqa: E731
        region, total, shares = pick("region-funding"), pick("total-budget"), pick("yearly-share")
        entry["amount"] = sum(region) if region else max(total) if total else sum(shares, Decimal(0))
    return by_holder


def _unique(items: list[dict], key=None) -> list[dict]:
    seen, result = set(), []
    for item in items:
        marker = key(item) if key else repr(sorted(item.items(), key=lambda kv: kv[0]))
        if marker not in seen:
            seen.add(marker)
            result.append(item)
    return result
