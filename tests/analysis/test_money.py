"""Funding of the 2020 projects and the 2022 investment plan (strategigraf.analysis.money)."""
from __future__ import annotations

from decimal import Decimal

from strategigraf.analysis import money


def _row(rows, start):
    return next(r for r in rows if (r["label"] or "").startswith(start))


def test_assignment_17_holds_neurorehab_and_lakarmedverkan(service):
    # 003 L1428-1429 assignment 17; L1467 Neurorehab "RH medel: 2 400 000"; L1442 "RH medel: 5 239 000 kr"
    row = _row(money.funding_rows(service, "assignment"), "17. Verksamhetens egna utvecklingsområden")
    amounts = {f["label"]: Decimal(f["amount"]) for f in row["funded"]}
    assert amounts["Neurorehab"] == Decimal("2400000")
    assert amounts["Ta fram förslag för fortsatt utveckling av läkarmedverkan i hemmet"] == Decimal("5239000")
    assert row["amount_sek"] == Decimal("7639000") and row["count"] == 2


def test_focus_area_counts_projects_of_its_assignment(service):
    # 003 L1428-1429: assignment 17 is "inom fokusområdet 'Nära och sammanhållen vård'"
    row = _row(money.funding_rows(service, "focus-area"), "Nära och sammanhållen vård")
    assert {f["label"] for f in row["funded"]} >= {"Neurorehab"}


def test_owner_hogskolan_i_halmstad_includes_feih_2(service):
    # 003 L2331-2336: "FEIH 2 - Elvägens affärssystem ... Ägare: Högskolan i Halmstad, RH medel: 488 700 kr"
    row = _row(money.funding_rows(service, "owner"), "Högskolan i Halmstad")
    feih = [f for f in row["funded"] if f["label"].startswith("FEIH 2")]
    assert feih and Decimal(feih[0]["amount"]) == Decimal("488700")


def test_funded_total_counts_each_project_once(service):
    total, count = money.funded_total(service, "uf2020")
    per_assignment = money.funding_rows(service, "assignment")
    # every funded project of 003 sits under exactly one numbered assignment
    assert sum(r["count"] for r in per_assignment) == count
    assert sum(r["amount_sek"] for r in per_assignment) == total


def test_investment_plan_2022(service):
    # 004 L513-525: table 4.2, e.g. "FVIS / VISUS 56,0 20,0 18,0 0,0" under "Redan beslutade investeringar"
    plan = {e["label"]: e for e in money.investments(service, "vp2022")}
    assert len(plan) == 9
    fvis = plan["FVIS / VISUS"]
    assert fvis["category"] == "Redan beslutade investeringar" and fvis["total"] == Decimal("56")
    assert fvis["years"] == {2022: Decimal("20"), 2023: Decimal("18"), 2024: Decimal("0")}
    assert plan["IT-utrustning"]["total"] is None  # L523: reinvestments have no total budget
    years, series = money.investment_series(list(plan.values()))
    assert years == [2022, 2023, 2024]
    # 2022 column: 1,3 + 20,0 + 5,0 + 8,0 + 3,0 + 9,7 + 41,3 + 0,2 + 1,8 = 90,3
    assert sum(values[0] for values in series.values()) == Decimal("90.3")
    # Reinvesteringar 2024: 3,4 + 37,8 + 0,2 + 0,5 = 41,9
    assert series["Reinvesteringar"][2] == Decimal("41.9")


def test_focus_areas_and_goals_equal_the_funding_service_for_the_2020_projects(service):
    # One definition of "serves": the notebook's focus-area and goal sums are GET /funding's,
    # narrowed to the 2020 follow-up's projects; e.g. "Grön omställning" (a 2022 focus area that
    # 2020 assignments are carried on into) is not left out.
    from strategigraf.services import funding
    for group in ("focus-area", "goal"):
        rows = {r["group"]: r["amount_sek"] for r in money.funding_rows(service, group)}
        expected = {}
        for item in funding(service, group)["items"]:
            amounts = [Decimal(f["amount"]) for f in item["funded"] if "/uf2020/" in f["iri"]]
            if amounts:
                expected[item["group"]] = sum(amounts, Decimal(0))
        assert rows == expected, group
    assert _row(money.funding_rows(service, "focus-area"), "Grön omställning")["amount_sek"] > 0
