"""Money (notebooks/04-pengar): Region Halland's funding of the 2020 projects per assignment, focus
area and owner, and the investment plan of the 2022 plan in mnkr per year.

Funding comes from ``services.funding`` (issue 4), which counts each funded project once per group
("RH medel"/"RH finansiering" first, else the total budget, else the yearly shares; 2020 follow-up,
003, field "RH medel:"). Here it is narrowed to the projects of one document. The investment plan
is table 4.2 of the 2022 plan (004, lines 511-525), read through queries/investments.rq.
"""
from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from ..services import funding
from ..vocabulary import graph_iri
from .queries import select
from .tables import Table

GROUP_SV = {"assignment": "Uppdrag", "focus-area": "Fokusområde", "owner": "Ägare", "goal": "Mål"}


def _in_document(iri: str, document: str | None) -> bool:
    return document is None or f"/{document}/" in iri


def holder_amounts(service) -> dict[str, dict]:
    """{funded entity IRI: {"iri", "label", "amount", "sources"}} with the rule of ``services.funding``."""
    if "analysis:holders" not in service.cache:
        holders = {}
        for group in ("assignment", "owner"):
            for item in funding(service, group)["items"]:
                holders.update({f["iri"]: f for f in item["funded"]})
        service.cache["analysis:holders"] = holders
    return service.cache["analysis:holders"]


def _groups(service, group: str) -> tuple[dict[str, set], dict[str, str]]:
    """({group IRI: funded entity IRIs}, {group IRI: label}) for one kind of group, from
    ``services.funding`` (the tracing path of docs/model.md); for assignments, only the projects
    listed under them (own-assignment.rq), labelled with the assignment's number."""
    numbers, own = {}, None
    if group == "assignment":
        numbers = {str(row["assignment"]): str(row["number"]) for row in select(service, "assignment-numbers")}
        own = {(str(row["holder"]), str(row["assignment"])) for row in select(service, "own-assignment")}
    members, labels = {}, {}
    for item in funding(service, group)["items"]:
        members[item["group"]] = {f["iri"] for f in item["funded"] if own is None or (f["iri"], item["group"]) in own}
        number = numbers.get(item["group"])
        labels[item["group"]] = f"{number}. {item['label']}" if number else item["label"]
    return members, labels


def funding_rows(service, group: str, document: str | None = "uf2020") -> list[dict]:
    """Per group (assignment of ``document``, focus area, goal or owner): SEK over that document's
    funded entities, how many, and which; largest first. The same groups and amounts as
    ``services.funding`` (GET /funding), narrowed to one document's funded entities (and, per
    assignment, to the projects listed under it)."""
    holders, (members, labels) = holder_amounts(service), _groups(service, group)
    rows = []
    for iri, entities in members.items():
        funded = [holders[h] for h in sorted(entities) if h in holders and _in_document(h, document)]
        if funded and (group != "assignment" or _in_document(iri, document)):
            rows.append({"group": iri, "label": labels[iri], "count": len(funded), "funded": funded,
                         "amount_sek": sum((Decimal(f["amount"]) for f in funded), Decimal(0))})
    rows.sort(key=lambda r: (-r["amount_sek"], r["label"] or ""))
    return rows


def funding_table(service, group: str, document: str | None = "uf2020") -> Table:
    """``funding_rows`` as a Table: group, SEK, mnkr, number of projects."""
    name = GROUP_SV.get(group, group)
    rows = [{name: r["label"], "Belopp (kr)": r["amount_sek"], "Belopp (mnkr)": round(float(r["amount_sek"]) / 1e6, 2),
             "Antal projekt": r["count"]} for r in funding_rows(service, group, document)]
    return Table([name, "Belopp (kr)", "Belopp (mnkr)", "Antal projekt"], rows,
                 f"Region Hallands medel per {name.lower()}" + (f" ({document})" if document else ""))


def funded_total(service, document: str | None = "uf2020") -> tuple[Decimal, int]:
    """(SEK, number of funded entities) of ``document``, each entity once."""
    amounts = [Decimal(f["amount"]) for iri, f in holder_amounts(service).items() if _in_document(iri, document)]
    return sum(amounts, Decimal(0)), len(amounts)


def investments(service, document: str = "vp2022") -> list[dict]:
    """The investments of a plan: label, category, total budget, mnkr per year, assignment, lines."""
    found: dict[str, dict] = {}
    for row in select(service, "investments", g=graph_iri(document)):
        entry = found.setdefault(str(row["x"]), {
            "iri": str(row["x"]), "label": str(row.get("label") or row["x"]),
            "category": str(row["category"]) if row.get("category") else None, "total": None, "years": {},
            "assignment": str(row["assignmentLabel"]) if row.get("assignmentLabel") else None,
            "lines": (int(row["first"]), int(row["last"])) if row.get("first") is not None else None})
        if row.get("msek") is None:
            continue
        if row.get("year") is not None:
            entry["years"][int(row["year"])] = Decimal(str(row["msek"]))
        elif str(row.get("column") or "").lower().startswith("total"):
            entry["total"] = Decimal(str(row["msek"]))
    return sorted(found.values(), key=lambda e: (e["lines"] or (0, 0), e["label"]))


def investment_table(entries: list[dict]) -> Table:
    years = sorted({y for e in entries for y in e["years"]})
    rows = [{"Investering": e["label"], "Kategori": e["category"], "Total budget": e["total"],
             **{str(y): e["years"].get(y) for y in years}, "Uppdrag": e["assignment"],
             "Rad": e["lines"][0] if e["lines"] else None} for e in entries]
    return Table(["Investering", "Kategori", "Total budget", *map(str, years), "Uppdrag", "Rad"], rows,
                 "Investeringsbudget (mnkr)")


def investments_per_year(entries: list[dict]) -> dict[str, dict[int, Decimal]]:
    """{category: {year: mnkr}}: the investment plan summed per category and year."""
    sums: dict[str, dict[int, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    for entry in entries:
        for year, value in entry["years"].items():
            sums[entry["category"] or "Övrigt"][year] += value
    return {category: dict(sorted(years.items())) for category, years in sums.items()}


def investment_series(entries: list[dict]) -> tuple[list[int], dict[str, list[Decimal]]]:
    """(years, {category: [mnkr per year]}) of ``investments_per_year``, for a stacked bar chart."""
    per_category = investments_per_year(entries)
    years = sorted({year for values in per_category.values() for year in values})
    return years, {category: [values.get(year, Decimal(0)) for year in years] for category, values in per_category.items()}
