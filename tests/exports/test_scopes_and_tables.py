"""Facts the documents state, read back from the exports of each scope (issue 5, item 1)."""
from __future__ import annotations

import csv
import io
import json

import pytest
from rdflib import Dataset

from strategigraf import services
from strategigraf.exports import build_scope, render
from strategigraf.vocabulary import graph_iri

SGID = "https://w3id.org/strategigraf/id/"
KATTEGATTLEDEN = f"{SGID}aktivitet/uf2019/x-sites-kattegattleden"


def table(scope) -> list[dict]:
    return list(csv.DictReader(io.StringIO(render(scope, "csv").decode("utf-8-sig"))))


@pytest.fixture(scope="module")
def goal(service):
    return build_scope(service, node="Stark konkurrenskraft")


def test_trace_down_table_has_one_row_per_activity_the_service_finds(goal, service):
    answer = services.trace_down(service, "Stark konkurrenskraft")
    rows = table(goal)
    assert [r["iri"] for r in rows] and {r["iri"] for r in rows} == {a["iri"] for a in answer["activities"]}
    assert len(rows) == len(answer["activities"])


def test_a_finished_activity_row_names_its_assignment_goal_status_and_source(goal):
    # 001_715690af77561aa4.txt line 82: "1.2 Stark konkurrenskraft"; line 100: the assignment "Leda, driva
    # utveckling, innovation och internationalisering inom styrkeområdet Besöksnäring"; line 106:
    # "✓ (X)sites Kattegattleden" (✓ = klar, README of data/sources)
    row = next(r for r in table(goal) if r["iri"] == KATTEGATTLEDEN)
    assert row["aktivitet"] == "(X)sites Kattegattleden"
    assert row["uppdrag"] == "Leda, driva utveckling, innovation och internationalisering inom styrkeområdet Besöksnäring"
    assert "Stark konkurrenskraft" in row["mål eller fokusområde"].split("; ")
    assert "klar" in row["status"].lower()
    assert row["dokument"] == "uf2019" and row["källa"] == "uf2019:L106-L106"


def test_the_linkage_graph_links_the_activity_to_its_assignment_with_its_passage(goal):
    # 001_715690af77561aa4.txt lines 100-106: the activity stands in the row of its assignment
    relations = {d["relation"]: (o, d) for _, o, d in goal.network.out_edges(KATTEGATTLEDEN, data=True)}
    assignment, link = relations["partOfAssignment"]
    assert goal.network.nodes[assignment]["label"].startswith("Leda, driva utveckling, innovation")
    assert link["source"] == "uf2019:L106-L106" and link["document"] == "uf2019"
    assert goal.network.nodes[KATTEGATTLEDEN]["type"] == "Activity"
    assert goal.network.nodes[f"{SGID}mal/stark-konkurrenskraft"]["type"] == "Goal"


def test_document_scope_holds_only_that_documents_graph(service):
    # 004_e40f99ca168f9349.txt lines 253-255: "Destruktionsanläggning för lustgas", an assignment of the
    # 2022 plan under 2.4.1 (Grön omställning)
    scope = build_scope(service, document="vp2022")
    back = Dataset().parse(data=render(scope, "trig"), format="trig")
    assert {g for *_, g in back.quads((None, None, None, None)) if g is not None} == {graph_iri("vp2022")}
    labels = {d["label"]: d for _, d in scope.network.nodes(data=True)}
    assert labels["Destruktionsanläggning för lustgas"]["type"] == "Assignment"
    assert labels["Destruktionsanläggning för lustgas"]["source"] == "vp2022:L253-L255"
    assert labels["Grön omställning"]["type"] == "FocusArea"


def test_funding_end_date_and_owner_of_a_2020_project(service):
    # 003_e06f47aa00c53ee0.txt lines 141-150: "Aktiviteter för barn och unga med behov av särskilt stöd –
    # Friskvårdsgrupper och Aktivitetsgrupper", "2020-12-31 Ägare: Region Halland", "RH medel: 2 500 000 kr"
    rows = table(build_scope(service, document="uf2020"))
    row = next(r for r in rows if r["aktivitet"].startswith("Aktiviteter för barn och unga med behov av särskilt stöd"))
    assert row["typ"] == "projekt"
    assert row["finansiering (kr)"] == "2500000"
    assert row["slutdatum"] == "2020-12-31"
    roles = dict(part.rstrip(")").split(" (") for part in row["partner och roller"].split("; "))
    assert "ägare" in roles["Region Halland"].split(", ")


def test_trace_up_from_an_activity_reaches_its_goal(service):
    # 001_715690af77561aa4.txt lines 82-106: (X)sites Kattegattleden under 1.2 Stark konkurrenskraft
    scope = build_scope(service, up=KATTEGATTLEDEN)
    assert f"{SGID}mal/stark-konkurrenskraft" in scope.network
    assert [r["iri"] for r in scope.table] == [KATTEGATTLEDEN]


def test_partner_reach_scope_reaches_the_goal_the_partner_serves(service):
    # 001_715690af77561aa4.txt line 37 (under 1.1 Hög attraktivitet, line 16): "... nå bredbandsmålen inom RSS ..."
    scope = build_scope(service, partner="RSS")
    partner = scope.root["iri"]
    assert scope.network.nodes[partner]["type"] == "Partner"
    assert f"{SGID}mal/hog-attraktivitet" in scope.network
    namers = {s for s, o, d in scope.network.in_edges(partner, data=True) if d["relation"] == "partner"}
    reach = services.partner_reach(service, "RSS")
    assert namers == {i["via"] for i in reach["items"]}


def test_json_summary_counts_match_the_table(goal):
    answer = json.loads(render(goal, "json"))
    assert answer["summary"]["activities"] == len(answer["rows"]) == len(goal.answer["activities"])
    assert sum(answer["summary"]["status"].values()) >= len(answer["rows"])
    link = next(l for l in answer["links"] if l["subject"] == KATTEGATTLEDEN and l["relation"] == "partOfAssignment")
    # 001_715690af77561aa4.txt line 106 is the passage that places the activity under its assignment
    assert link["sources"][0]["lines"] == [106, 106] and "(X)sites Kattegattleden" in link["sources"][0]["text"]
