"""Traceability walk-through (notebooks/01-sparbarhet): tables, subgraph and source passages.

Built on ``services.trace_down`` / ``services.trace_up`` (issue 4): here their answers become
rows an analyst reads (activity, document, lines, path) and the text of the passage each link
cites (data/sources/{file}, lines first-last); ``subgraph`` makes the networkx graph drawn.
"""
from __future__ import annotations

from functools import lru_cache

from .. import paths
from ..sources import SourceText, clean_text
from .subgraph import LEVEL, collapse_activities, trace_graph  # noqa: F401 - the notebooks use trace.*
from .tables import Table

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


def document_counts(result: dict) -> Table:
    """How many activities and projects of a ``trace_down`` answer each document states."""
    counts: dict[tuple, int] = {}
    for activity in result["activities"]:
        key = (activity["document"] or "?", KIND_SV.get(activity["kind"], activity["kind"]))
        counts[key] = counts.get(key, 0) + 1
    rows = [{"Dokument": d, "Typ": k, "Antal": n} for (d, k), n in sorted(counts.items())]
    return Table(["Dokument", "Typ", "Antal"], rows, f"Aktiviteter under {result['node']['label']} per dokument")
