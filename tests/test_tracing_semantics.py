"""Regression: the tracing path must not leap sideways between sibling assignments (docs/model.md,
"Tracing"; issue 4).

The 2019 plan's item 10 ("Leda och driva utveckling, innovation och internationalisering inom utpekade
styrkeområden", 000_… line 31) is carried on in the 2020 follow-up by three assignments, one per
strength area: hälsoinnovation (003_… lines 87-88), Grön Tillväxt (lines 1151-1152) and besöksnäring
(lines 1550-1551). The project "Testmiljö Halland 2019-2021" (line 94) belongs to the hälsoinnovation
assignment only. While the three assignments `continued` item 10, a forward crossing, a climb and a
backward crossing through the item made it serve the other two assignments as well, and made their
traces down list it. They are now curated as parts of the item (`part_of`, a climb).
"""
from __future__ import annotations

from rdflib import Dataset, URIRef

from strategigraf.exports.tables import above
from strategigraf.services import trace_down, trace_up
from strategigraf.services.trace_index import Links, walk

ID = "https://w3id.org/strategigraf/id/"
PROJECT = ID + "projekt/uf2020/testmiljo-halland-2019-2021"
HEALTH_2020 = ID + "uppdrag/uf2020/leda-och-driva-innovation-och-utveckling-inom"
GREEN_2020 = ID + "uppdrag/uf2020/leda-och-driva-utveckling-innovation-och-internationalisering-inom-gron-tillvaxt"
VISITORS_2020 = ID + "uppdrag/uf2020/leda-och-driva-utveckling-innovation-och-internationalisering-i-besoksnaring"
ITEM_10 = ID + "planpunkt/vp2019/10"
GOAL = ID + "mal/stark-konkurrenskraft"
# The 2019 plan's hälsoinnovation activity that the project carries on (000_… lines 779-784).
HEALTH_ACTIVITY_2019 = ID + "aktivitet/vp2019/delta-i-testmiljo-halland-for-att-skapa-forutsattningar-for"
VISITORS_PROJECT_2020 = ID + "projekt/uf2020/tysklandssatsning"


def _served(service, iri: str) -> set[str]:
    return {node["iri"] for node in trace_up(service, iri)["serves"]}


def _under(service, iri: str) -> set[str]:
    return {activity["iri"] for activity in trace_down(service, iri)["activities"]}


def test_the_project_serves_its_own_assignment_item_and_goal(real_service):
    served = _served(real_service, PROJECT)
    assert {HEALTH_2020, ITEM_10, GOAL} <= served


def test_the_project_does_not_serve_the_sibling_strength_areas(real_service):
    served = _served(real_service, PROJECT)
    assert GREEN_2020 not in served
    assert VISITORS_2020 not in served


def test_the_sibling_assignments_do_not_list_the_project(real_service):
    assert PROJECT in _under(real_service, HEALTH_2020)
    assert PROJECT not in _under(real_service, VISITORS_2020)
    assert PROJECT not in _under(real_service, GREEN_2020)


def test_a_strength_area_does_not_list_another_areas_2019_work(real_service):
    # The 2020 strength-area assignments are parts of item 10 (curated part_of), not item 10 itself.
    under_visitors = _under(real_service, VISITORS_2020)
    assert VISITORS_PROJECT_2020 in under_visitors
    assert HEALTH_ACTIVITY_2019 not in under_visitors


def test_the_plan_item_and_the_goal_list_the_work_of_all_three_areas(real_service):
    for top in (ITEM_10, GOAL):
        under = _under(real_service, top)
        assert {PROJECT, VISITORS_PROJECT_2020, HEALTH_ACTIVITY_2019} <= under, top


def test_the_traceability_table_uses_the_same_path(real_dataset):
    data = Dataset()
    data.parse(real_dataset, format="trig")
    data.default_union = True
    reached = {str(node) for node in above(data, URIRef(PROJECT))}
    assert {HEALTH_2020, ITEM_10, GOAL} <= reached
    assert not {GREEN_2020, VISITORS_2020} & reached


def _links(*edges) -> Links:
    """Links from (child, link, parent) triples, as trace-links.rq rows."""
    return Links([{"part": "edge", "x": x, "y": y, "link": "https://w3id.org/strategigraf/def#" + link,
                   "g": None, "first": None, "last": None} for x, link, y in edges])


def test_a_run_of_crossings_turns_round_only_after_a_climb():
    # P (2019 plan assignment) <- A (its activity); S1, S2 (2020) both continue A's sibling entry Q;
    # X (2020 project) under S1; U (2019 follow-up activity) follows up A; T (2022 assignment)
    # continues P and serves F (a 2022 focus area).
    links = _links(("A", "contributesTo", "P"), ("U", "followsUp", "A"), ("T", "continues", "P"),
                   ("T", "contributesTo", "F"), ("S1", "continues", "Q"), ("S2", "continues", "Q"),
                   ("X", "contributesTo", "S1"))
    # Forward to the plan, up, then forward again to the later plan: the same work all along.
    assert set(walk(links, "U", down=False)) == {"U", "A", "P", "T", "F"}
    assert {"U", "A"} <= set(walk(links, "F", down=True))
    # From one 2020 row to the 2019 entry and back to another 2020 row: a sideways leap.
    assert "S2" not in walk(links, "X", down=False)
    assert "X" not in walk(links, "S2", down=True)


def test_a_2019_follow_up_activity_reaches_the_2022_focus_area_its_plan_assignment_continues_into(real_service):
    # 001: "Bygga upp framtidens vårdinformationsstöd …" follows up the 2019 plan's activity under
    # "Förbereda införandet av framtidens vårdinformationsstöd", which the 2022 plan continues under
    # the focus area "Digitalisering i vården" (004).
    activity = ID + "aktivitet/uf2019/bygga-upp-framtidens-vardinformationsstod-inom-nuvarande"
    served = _served(real_service, activity)
    assert ID + "fokusomrade/digitalisering-i-varden" in served


def test_qc_flags_an_entry_carried_on_by_two_differently_named_entries_of_one_document():
    import pyoxigraph
    from strategigraf.qc import run_qc
    store = pyoxigraph.Store()
    turtle = """@prefix sg: <https://w3id.org/strategigraf/def#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
    @prefix dcterms: <http://purl.org/dc/terms/> . @prefix : <http://example.org/> .
    :s1 sg:continues :p ; dcterms:source :uf2020 ; rdfs:label "Besöksnäring" .
    :s2 sg:continues :p ; dcterms:source :uf2020 ; rdfs:label "Grön tillväxt" .
    :r1 sg:continues :q ; dcterms:source :uf2020 ; rdfs:label "Klimatpositiv biokol" .
    :r2 sg:continues :q ; dcterms:source :uf2020 ; rdfs:label "Klimatpositiv biokol" ."""
    store.load(turtle.encode(), format=pyoxigraph.RdfFormat.TURTLE)
    rows = run_qc(store)["partial-correspondence"]
    assert [row["earlier"] for row in rows] == ["http://example.org/p"]


def test_trace_up_tells_the_same_work_in_other_documents_from_what_it_serves(real_service):
    # The project carries on the 2019 plan's activity "Delta i Testmiljö Halland …" (000 lines
    # 779-784) through the 2019 follow-up's row: the same work, not something the project serves.
    flags = {node["iri"]: node["same_work"] for node in trace_up(real_service, PROJECT)["serves"]}
    assert flags[HEALTH_ACTIVITY_2019] is True
    assert flags[HEALTH_2020] is False and flags[GOAL] is False
