"""Statuses over time (notebooks/03-uppfoljning-over-tid): the assessments of the 2018, 2019 and
2020 follow-ups per goal and focus area, what was done, what stalled, and one entry followed
across the years.

Sources: queries/statuses.rq (every sg:StatusAssessment), queries/targets.rq (the goals
and focus areas each assessed entry serves) and queries/correspondences.rq (sg:followsUp /
sg:continues). The status values
are the documents' legends: uf2019 (001) lines 2-4, uf2018 (002) lines 102-106, uf2020 (003)
per row; see strategigraf/model.py, ASSIGNMENT_STATUSES and ACTIVITY_STATUSES.
"""
from __future__ import annotations

from collections import Counter, defaultdict

import networkx as nx

from ..services.common import kind_of
from .queries import select
from .tables import Table
from .trace import KIND_SV, passage_text

# Outcome groups an analyst reads the statuses in, in display order.
OUTCOMES = {
    "Genomfört": ("klar", "uppfylls"),
    "Pågår": ("pagar",),
    "Delvis / avviker": ("uppfylls-delvis", "foljer-delvis-plan"),
    "Stannat av": ("pausad", "ej-startad", "foljer-inte-plan", "uppfylls-inte"),
}
OUTCOME_OF = {status: group for group, statuses in OUTCOMES.items() for status in statuses}
REPORT_YEARS = {"uf2018": 2018, "uf2019": 2019, "uf2020": 2020}


def assessments(service) -> list[dict]:
    """One dict per assessed entry and follow-up: status, year, comment, passage and the targets it serves."""
    if "analysis:assessments" not in service.cache:
        targets = served_targets(service)
        found: dict[tuple, dict] = {}
        for row in select(service, "statuses"):
            document = str(row["report"]).rsplit("/", 1)[-1]
            entry = found.setdefault((str(row["x"]), document), _entry(row, document, targets[str(row["x"])]))
            if kind_of(row["xType"]) == "Project":  # typed both sg:Activity and sg:Project
                entry["kind"] = "Project"
        service.cache["analysis:assessments"] = sorted(found.values(), key=lambda e: (e["year"], e["label"], e["iri"]))
    return service.cache["analysis:assessments"]


def served_targets(service) -> dict[str, dict[str, tuple[str, str]]]:
    """{entry IRI: {goal or focus area IRI: (label, kind)}} of queries/targets.rq (cached)."""
    if "analysis:targets" not in service.cache:
        targets: dict[str, dict] = defaultdict(dict)
        for row in select(service, "targets"):
            targets[str(row["x"])][str(row["target"])] = (str(row.get("targetLabel") or row["target"]),
                                                          kind_of(row["targetType"]))
        service.cache["analysis:targets"] = targets
    return service.cache["analysis:targets"]


def _entry(row: dict, document: str, targets: dict) -> dict:
    status = str(row["status"]).rsplit("/", 1)[-1]
    return {"iri": str(row["x"]), "label": str(row.get("xLabel") or row["x"]), "kind": kind_of(row["xType"]),
            "status": status, "status_label": str(row.get("statusLabel") or ""), "outcome": OUTCOME_OF[status],
            "document": document, "year": int(str(row["date"])[:4]) if row.get("date") else REPORT_YEARS.get(document),
            "comment": str(row["comment"]) if row.get("comment") else None,
            "evidence": str(row.get("evidence") or ""), "targets": targets, "source": _source(document, row)}


def _source(document: str, row: dict) -> dict:
    from ..extract import BY_ID
    source = {"document": document}
    if document in BY_ID:
        source["file"] = f"data/sources/{BY_ID[document].filename}"
    if row.get("first") is not None:
        source["lines"] = [int(row["first"]), int(row["last"])]
    return source


def year_table(entries: list[dict]) -> Table:
    """Counts per follow-up year, kind of entry (uppdrag / aktivitet) and status."""
    counts = Counter((e["year"], "Uppdrag" if e["kind"] == "Assignment" else "Aktivitet", e["status_label"] or e["status"],
                      e["outcome"]) for e in entries)
    rows = [{"År": y, "Typ": k, "Status": s, "Utfall": o, "Antal": n} for (y, k, s, o), n in sorted(counts.items())]
    return Table(["År", "Typ", "Status", "Utfall", "Antal"], rows, "Statusbedömningar per uppföljning")


def outcome_by_year(entries: list[dict], years=(2018, 2019, 2020)) -> dict[str, list[int]]:
    """{outcome group: [count per year]} over all assessed entries (for a stacked bar chart)."""
    counts = Counter((e["outcome"], e["year"]) for e in entries)
    return {group: [counts.get((group, y), 0) for y in years] for group in OUTCOMES}


def outcome_by_target(entries: list[dict], kind: str = "Goal") -> dict[str, dict[int, Counter]]:
    """{goal or focus area label: {year: Counter(outcome group)}} over the entries serving it."""
    table: dict[str, dict[int, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for entry in entries:
        for label, target_kind in entry["targets"].values():
            if target_kind == kind:
                table[label][entry["year"]][entry["outcome"]] += 1
    return {label: dict(years) for label, years in sorted(table.items())}


def outcome_table(entries: list[dict], kind: str = "Goal") -> Table:
    """One row per goal (or focus area) and year: how many entries were done, ongoing, partial, stalled."""
    rows = []
    for label, years in outcome_by_target(entries, kind).items():
        for year, counts in sorted(years.items()):
            rows.append({"Mål" if kind == "Goal" else "Fokusområde": label, "År": year,
                         **{group: counts.get(group, 0) for group in OUTCOMES}, "Totalt": sum(counts.values())})
    first = "Mål" if kind == "Goal" else "Fokusområde"
    return Table([first, "År", *OUTCOMES, "Totalt"], rows, f"Utfall per {first.lower()} och år")


def stalled_table(entries: list[dict], groups: tuple[str, ...] = ("Stannat av", "Delvis / avviker"),
                  limit: int = 240) -> Table:
    """Entries whose status is in ``groups``: year, kind, label, status, the follow-up's comment, source."""
    rows = [{"År": e["year"], "Typ": KIND_SV.get(e["kind"], e["kind"]), "Namn": e["label"],
             "Status": e["status_label"] or e["status"], "Kommentar": _short(e["comment"] or passage_text(e["source"]), limit),
             "Källa": f"{e['document']} L{e['source']['lines'][0]}–{e['source']['lines'][1]}" if "lines" in e["source"] else e["document"]}
            for e in entries if e["outcome"] in groups]
    return Table(["År", "Typ", "Namn", "Status", "Kommentar", "Källa"], rows, "Det som stannat av eller avviker")


def _short(text: str | None, limit: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def histories(service, entries: list[dict] | None = None) -> list[dict]:
    """Entries followed across documents: groups joined by sg:followsUp / sg:continues that carry
    statuses in at least two follow-ups, each as {"label", "statuses": {year: status label}, "iris"}."""
    entries = entries if entries is not None else assessments(service)
    graph = nx.Graph()
    graph.add_edges_from((str(r["x"]), str(r["y"])) for r in select(service, "correspondences"))
    by_iri = defaultdict(list)
    for entry in entries:
        by_iri[entry["iri"]].append(entry)
    result = []
    for component in nx.connected_components(graph):
        assessed = sorted((e for iri in component for e in by_iri.get(iri, [])), key=lambda e: e["year"])
        if len({e["year"] for e in assessed}) >= 2:
            result.append({"label": assessed[-1]["label"], "iris": sorted(component),
                           "statuses": {e["year"]: e["status_label"] or e["status"] for e in assessed},
                           "outcomes": {e["year"]: e["outcome"] for e in assessed}})
    return sorted(result, key=lambda h: h["label"])


def history_outcomes(found: list[dict], years=(2018, 2019, 2020)) -> dict[str, list[int]]:
    """{outcome group: [count per year]} over the followed entries of ``histories``."""
    return {group: [sum(1 for h in found if h["outcomes"].get(year) == group) for year in years] for group in OUTCOMES}


def history_table(found: list[dict]) -> Table:
    years = sorted({y for h in found for y in h["statuses"]})
    rows = [{"Namn": h["label"], **{str(y): h["statuses"].get(y) for y in years}} for h in found]
    return Table(["Namn", *map(str, years)], rows, "Samma uppdrag eller aktivitet i flera uppföljningar")
