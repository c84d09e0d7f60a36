"""Traceability tables and subgraph (strategigraf.analysis.trace) against facts of the documents."""
from __future__ import annotations

import pytest

from strategigraf.analysis import trace
from strategigraf.services import trace_down, trace_up

LAKARMEDVERKAN = "Ta fram förslag för fortsatt utveckling av läkarmedverkan i hemmet"


@pytest.fixture(scope="module")
def nara(service):
    return trace_down(service, "Nära och sammanhållen vård")


@pytest.fixture(scope="module")
def upp(service):
    return trace_up(service, LAKARMEDVERKAN, kinds={"Project"})


def test_neurorehab_is_under_nara_och_sammanhallen_vard_with_its_lines(nara):
    # 003 L1465: "Neurorehab 2020-12-31 Ägare: Region Halland", a project of assignment 17,
    # L1428-1429: 'Verksamhetens egna utvecklingsområden inom fokusområdet "Nära och sammanhållen vård"'
    rows = [r for r in trace.activity_table(nara) if r["Aktivitet"] == "Neurorehab"]
    assert rows and rows[0]["Källa"] == "uf2020 L1465–1467"
    assert rows[0]["Typ"] == "Projekt"
    assert rows[0]["Väg uppåt"].startswith("Verksamhetens egna utvecklingsområden inom fokusområdet")
    assert rows[0]["Väg uppåt"].endswith("Nära och sammanhållen vård")
    assert "Region Halland" in rows[0]["Aktörer"]  # 003 L1465 "Ägare: Region Halland"


def test_link_table_cites_the_passage_text(nara):
    # 003 L1465-1467: the row of Neurorehab holds its owner and "RH medel: 2 400 000"
    rows = [r for r in trace.link_table(nara) if r["Från"] == "Neurorehab"]
    assert rows and rows[0]["Länk"] == "ingår i uppdrag"
    assert "RH medel: 2 400 000" in rows[0]["Källtext"]


def test_passage_text_reads_the_source_lines():
    # 003 L1442: "RH medel:  5 239 000 kr" (the läkarmedverkan project)
    source = {"file": "data/sources/003_e06f47aa00c53ee0.txt", "lines": [1442, 1442]}
    assert trace.passage_text(source) == "RH medel: 5 239 000 kr"


def test_project_leads_up_to_goal_and_both_focus_areas(upp):
    # 003 L1428-1429 (focus area of assignment 17), 000 L1394-1407 ("Fokusområde: Möta fler behov nära
    # patienten", assignment "Utveckla Region Hallands satsning på läkarmedverkan i hemsjukvården",
    # activity "Ta fram förslag för fortsatt utveckling av läkarmedverkan i hemmet")
    table = trace.up_table(upp)
    reached = {(r["Nivå"], r["Namn"]) for r in table}
    assert ("Fokusområde", "Nära och sammanhållen vård") in reached
    assert ("Fokusområde", "Möta fler behov nära patienten") in reached
    assert any(kind == "Mål" and name.startswith("Arbetar hälsofrämjande") for kind, name in reached)
    assert any(kind == "Uppdrag" and name.startswith("Utveckla Region Hallands satsning på läkarmedverkan")
               for kind, name in reached)


def test_trace_graph_layers_and_collapse(service):
    # 003: the 2020 projects under "Stark konkurrenskraft" reach it through their assignments
    result = trace_down(service, "Stark konkurrenskraft")
    graph = trace.trace_graph(result, documents={"uf2020"}, partners=False)
    root = "https://w3id.org/strategigraf/id/mal/stark-konkurrenskraft"
    assert graph.nodes[root]["level"] == 5 and graph.nodes[root]["kind"] == "Goal"
    projects = [n for n, d in graph.nodes(data=True) if d["kind"] == "Project"]
    collapsed = trace.collapse_activities(graph)
    counts = [int(d["label"].split()[0]) for n, d in collapsed.nodes(data=True) if n.endswith("#aktiviteter")]
    activities = [n for n, d in graph.nodes(data=True) if d["kind"] in ("Activity", "Project")]
    assert projects and sum(counts) == len(activities)
    assert all(collapsed.out_degree(n) == 1 for n in collapsed if n.endswith("#aktiviteter"))
