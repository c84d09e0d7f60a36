"""The built graph of all five documents (issue 3): named graphs, provenance, shared nodes,
cross-document links, partners and the QC queries. Facts cite the source line they come from."""
from __future__ import annotations

import pytest
from rdflib import URIRef

from strategigraf.model import KINDS
from strategigraf.qc import run_qc
from strategigraf.vocabulary import GRAPH, SG, SGID

DOCS = ("vp2019", "uf2019", "uf2018", "uf2020", "vp2022")


def select(store, query: str) -> list[tuple]:
    prefixes = ("PREFIX sg: <https://w3id.org/strategigraf/def#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX dcterms: <http://purl.org/dc/terms/> "
                "PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX sgr: <https://w3id.org/strategigraf/def/roll/> ")
    return [tuple(v.value if v is not None else None for v in row)
            for row in store.query(prefixes + query, use_default_graph_as_union=True)]


def test_one_named_graph_per_document_plus_ontology_and_partners(built):
    dataset = built[0].dataset
    names = {str(g.identifier) for g in dataset.graphs() if len(g)}
    assert {str(GRAPH[d]) for d in DOCS} | {str(GRAPH.ontology), str(GRAPH.partners)} <= names


@pytest.mark.parametrize("docid, kind, year", [("vp2019", SG.Plan, 2019), ("uf2018", SG.FollowUp, 2018),
                                               ("uf2020", SG.FollowUp, 2020), ("vp2022", SG.Plan, 2022)])
def test_each_document_is_a_node_with_kind_and_year(store, docid, kind, year):
    rows = select(store, f"SELECT ?year WHERE {{ <{SGID}dokument/{docid}> a <{kind}> ; sg:year ?year ; "
                         "dcterms:title ?t ; sg:periodStart ?s ; sg:periodEnd ?e }")
    assert rows == [(str(year),)]


def test_every_entity_cites_document_and_passage_with_lines(store):
    """No entity of a document graph lacks a source passage that has lines and text."""
    classes = " ".join(f"sg:{kind}" for kind in KINDS)
    rows = select(store, f"""SELECT ?e WHERE {{ VALUES ?c {{ {classes} }} GRAPH ?g {{ ?e a ?c }}
        FILTER NOT EXISTS {{ ?e dcterms:source ?d ; prov:wasDerivedFrom ?p . ?p sg:firstLine ?f ; sg:lastLine ?l ; sg:text ?t }} }}""")
    assert rows == []
    counted = select(store, f"SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ VALUES ?c {{ {classes} }} ?e a ?c }}")
    assert int(counted[0][0]) > 900


def test_qc_violation_queries_return_no_rows(store):
    failing = {name: rows[:3] for name, rows in run_qc(store).items() if rows}
    assert failing == {}


def test_focus_area_is_one_node_across_years(store):
    """"Nära och sammanhållen vård" is a 2022 focus area (004:2.5) and named by 2020 assignment 17 (003:1429)."""
    rows = select(store, f"""SELECT DISTINCT ?doc WHERE {{ GRAPH ?g {{ <{SGID}fokusomrade/nara-och-sammanhallen-vard> dcterms:source ?doc }} }}""")
    assert {r[0].rsplit("/", 1)[1] for r in rows} >= {"uf2020", "vp2022"}


def test_kunskapsstyrning_2022_continues_the_2020_assignment(store):
    """2020 assignment 3 (003:122) and the 2022 assignment under Styrning utifrån kunskap och kvalitet (004)."""
    rows = select(store, f"""SELECT ?new WHERE {{ ?new sg:continues <{SGID}uppdrag/uf2020/leda-och-samordna-kunskapsstyrningen-i-halland> ;
        rdfs:label "Leda och samordna kunskapsstyrningen i Halland"@sv ; sg:servesFocusArea ?fa }}""")
    assert rows and all(r[0].startswith(f"{SGID}uppdrag/vp2022/") for r in rows)


def test_follow_up_2019_assignment_follows_up_the_plan(store):
    """"Nationell plan 2018-2029" is a 2019 plan assignment and reported (●) in the 2019 follow-up (001:18)."""
    rows = select(store, f"""SELECT ?plan WHERE {{ <{SGID}uppdrag/uf2019/nationell-plan-2018-2029> sg:followsUp ?plan }}""")
    assert rows == [(f"{SGID}uppdrag/vp2019/nationell-plan-2018-2029",)]
    status = select(store, f"""SELECT ?v WHERE {{ <{SGID}uppdrag/uf2019/nationell-plan-2018-2029> sg:hasStatusAssessment/sg:statusValue ?v }}""")
    assert status == [("https://w3id.org/strategigraf/def/status/uppfylls",)]


@pytest.mark.parametrize("alias", ["RSS", "Regionsamverkan Sydsverige", "Regionsamverkan syd"])
def test_rss_spellings_are_one_partner(store, alias):
    rows = select(store, f"""SELECT ?p WHERE {{ ?p a sg:Partner . {{ ?p rdfs:label "{alias}"@sv }} UNION {{ ?p skos:altLabel "{alias}"@sv }} }}""")
    assert rows == [(f"{SGID}aktor/regionsamverkan-sydsverige",)]


def test_rss_is_linked_from_all_documents_that_name_it(store):
    rows = select(store, f"""SELECT DISTINCT ?doc WHERE {{ ?x sg:hasPartnerRole ?r . ?r sg:partner <{SGID}aktor/regionsamverkan-sydsverige> .
        ?x dcterms:source ?doc }}""")
    assert len(rows) >= 3


def test_internal_units_are_not_partners(store):
    """Energikontoret is Region Halland's own unit (source README)."""
    rows = select(store, f"""SELECT ?c WHERE {{ <{SGID}aktor/energikontoret> a ?c }}""")
    assert rows == [("https://w3id.org/strategigraf/def#InternalUnit",)]


def test_owner_of_testmiljo_halland_with_funding(store):
    """003:125-127: "Ägare: Högskolan i Halmstad", "RH Medel: 18 900 000", Slutdatum 2021-10-31."""
    rows = select(store, """SELECT ?owner ?amount ?end WHERE { ?p a sg:Project ; rdfs:label ?l ; schema:endDate ?end ;
        sg:hasPartnerRole [ sg:role sgr:agare ; sg:partner ?owner ] ; sg:hasFunding [ sg:amountSEK ?amount ] .
        FILTER(STRSTARTS(?l, "Testmiljö Halland")) }""".replace("schema:endDate", "<https://schema.org/endDate>"))
    assert (f"{SGID}aktor/hogskolan-i-halmstad", "18900000", "2021-10-31") in rows


def test_iris_are_stable_across_rebuilds(built, tmp_path):
    from strategigraf import paths
    from strategigraf.build import build_dataset
    again = build_dataset(tmp_path / "again.trig", paths.DATA)
    first = {s for s in built[0].dataset.subjects() if isinstance(s, URIRef)}
    second = {s for s in again.dataset.subjects() if isinstance(s, URIRef)}
    assert first == second


def test_the_whole_build_conforms_to_the_shapes(built):
    """Issue 3, point 2: the build validates with the shapes; the real graph has no violation."""
    from strategigraf.validate import validate_graph
    report = validate_graph(built[0].dataset)
    assert report.conforms, report.render("text", lang="en")[:3000]
