"""The ontology (ontology/strategigraf.ttl): complete, bilingual, in step with docs/model.md,
the shapes, strategigraf/vocabulary.py and its generated documentation; and docs/example.ttl."""
from __future__ import annotations

import re

import pytest
from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import SKOS

from strategigraf import ontology_docs, paths
from strategigraf.model import ACTIVITY_STATUSES, ASSIGNMENT_STATUSES, KINDS
from strategigraf.sources import SourceText
from strategigraf.validate import read_files, validate_graph
from strategigraf.vocabulary import (CLASS_IRI, KIND_IRI, ORG, PARENT_PROPERTY, PARTNER_KINDS, PROV, ROLE_IRI,
                                     SCHEMA, SG, SGK, SGR, SGS, STATUS_IRI, STATUS_SCHEME)

MODEL_MD = (paths.HOME / "docs" / "model.md").read_text(encoding="utf-8")
UF2019 = SourceText(paths.DATA / "sources" / "001_715690af77561aa4.txt")
OURS = (str(SG), str(SGS), str(SGR), str(SGK))


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(paths.ONTOLOGY, format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(paths.SHAPES, format="turtle")


def declared(g: Graph) -> set:
    return {s for s in g.subjects(RDF.type, None) if isinstance(s, URIRef) and str(s).startswith(OURS)}


def langs(g: Graph, node, prop) -> set[str]:
    return {o.language for o in g.objects(node, prop) if isinstance(o, Literal)}


def test_every_term_has_swedish_and_english_label_and_definition(onto):
    terms = declared(onto)
    assert len(terms) > 60
    for term in terms:
        assert {"sv", "en"} <= langs(onto, term, RDFS.label), term
        assert {"sv", "en"} <= langs(onto, term, SKOS.definition), term


def test_header_has_version_title_description_and_creator(onto):
    header = next(onto.subjects(RDF.type, OWL.Ontology))
    assert onto.value(header, OWL.versionInfo) is not None
    for prop in ("title", "description", "creator"):
        assert {"sv", "en"} <= langs(onto, header, URIRef("http://purl.org/dc/terms/" + prop))


def test_every_sg_term_in_model_md_is_in_the_ontology(onto):
    used = set(re.findall(r"`?\bsg:([A-Za-z]+)", MODEL_MD))
    assert {"partOfAssignment", "StatusAssessment", "amountSEK"} <= used
    assert {t for t in used if (SG[t], RDF.type, None) not in onto} == set()


def test_every_term_the_shapes_use_is_in_the_ontology(onto, shapes):
    used = {n for triple in shapes for n in triple if isinstance(n, URIRef) and str(n).startswith(OURS)}
    assert used and used - declared(onto) == set()


def test_reused_vocabularies_as_the_issue_asks(onto):
    sub = lambda a, b: (a, RDFS.subClassOf, b) in onto  # noqa: E731
    assert sub(SG.Partner, ORG.Organization) and sub(SG.InternalUnit, ORG.OrganizationalUnit)
    assert sub(SG.Document, PROV.Entity) and sub(SG.Document, SCHEMA.CreativeWork)
    assert sub(SG.Project, SG.Activity) and sub(SG.Plan, SG.Document) and sub(SG.FollowUp, SG.Document)
    assert all(sub(SG[k], SKOS.Concept) for k in ("Goal", "FocusArea", "Priority", "PriorityArea"))


def test_vocabulary_module_matches_the_ontology(onto):
    assert set(CLASS_IRI) == set(KINDS)
    assert all((iri, RDF.type, OWL.Class) in onto for iri in CLASS_IRI.values())
    for prop in PARENT_PROPERTY.values():
        assert (prop, RDFS.subPropertyOf, SG.contributesTo) in onto
    for codes, scheme in ((ASSIGNMENT_STATUSES, "assignment"), (ACTIVITY_STATUSES, "activity")):
        for code in codes:
            assert (STATUS_IRI[code], SKOS.inScheme, STATUS_SCHEME[scheme]) in onto
            assert str(onto.value(STATUS_IRI[code], SKOS.notation)) == code
    assert {str(onto.value(iri, SKOS.notation)) for iri in ROLE_IRI.values()} == {
        "agare", "deltagare", "finansiar", "strategisk-partner", "namnd"}
    assert ROLE_IRI["owner"] == SGR.agare and ROLE_IRI["mentioned"] == SGR.namnd
    assert all((iri, SKOS.inScheme, SGK.aktorstyper) in onto for iri in KIND_IRI.values())


def test_parent_properties_are_those_of_model_md():
    rows = re.findall(r"^\| ([A-Za-z /]+) \| `sg:(\w+)` \|$", MODEL_MD, flags=re.M)
    table = {kind.strip(): prop for kinds, prop in rows for kind in kinds.split("/")}
    assert table and {k: str(v) for k, v in PARENT_PROPERTY.items()} == {k: str(SG[p]) for k, p in table.items()}


def test_partner_kinds_are_those_of_model_md():
    listed = re.search(r"\(`sgk:` ([^)]*)\)", MODEL_MD.replace("\n", " ")).group(1)
    assert [k.strip() for k in listed.split(",")] == list(PARTNER_KINDS)


@pytest.mark.parametrize("code, label", [
    ("uppfylls-delvis", "Uppdraget uppfylls delvis"),   # uf2019 line 8: "- ◆ Uppdraget uppfylls delvis"
    ("pausad", "Aktiviteten är pausad"),                # line 13: "⏸ Aktiviteten är pausad"
    ("ej-startad", "Aktiviteten har inte startats upp"),  # line 13: "— Aktiviteten har inte startats upp"
    ("foljer-delvis-plan", "Aktiviteten följer delvis plan"),  # line 13: "● Aktiviteten följer delvis plan"
    ("foljer-inte-plan", "Aktiviteten följer inte plan"),      # line 14: "! Aktiviteten följer inte plan"
    ("klar", "Aktiviteten klar"),                       # line 14: "✓ Aktiviteten klar"
    ("pagar", "Aktiviteten pågår"),                     # line 14: "▶ Aktiviteten pågår"
])
def test_status_labels_and_symbols_are_those_of_the_uf2019_legend(onto, code, label):
    concept = STATUS_IRI[code]
    assert Literal(label, lang="sv") in set(onto.objects(concept, SKOS.prefLabel))
    symbol = next(str(n) for n in onto.objects(concept, SKOS.note) if n.language == "sv").split()[1]
    legend = " ".join(UF2019.line(n) for n in (8, 13, 14))
    assert f"{symbol} {label}" in legend


def test_generated_html_is_up_to_date():
    on_disk = ontology_docs.OUTPUT.read_text(encoding="utf-8")
    assert on_disk == ontology_docs.render(), "run: python -m strategigraf.ontology_docs"


def test_html_lists_every_class_and_property(onto):
    html = ontology_docs.render()
    for term in declared(onto):
        curie = onto.namespace_manager.normalizeUri(term)
        assert f"<code>{curie}</code>" in html, curie


def test_example_conforms_and_cites_its_lines():
    example = paths.HOME / "docs" / "example.ttl"
    report = validate_graph(read_files([example]))
    assert report.conforms, report.render("text", "en")
    data = Graph().parse(example)
    activity = next(data.subjects(RDF.type, SG.Activity))
    label = str(data.value(activity, RDFS.label))
    # uf2019 line 24: "▶ Delta i nätverket Hållbart resande i Väst för att öka hållbara persontransporter"
    assert UF2019.line(24).strip() == f"▶ {label}"
    assert data.value(data.value(activity, SG.hasStatusAssessment), SG.statusValue) == SGS.pagar
    goal = data.value(data.value(activity, SG.partOfAssignment), SG.servesGoal)
    assert str(data.value(goal, RDFS.label)) == "Hög attraktivitet"   # line 16: "1.1 Hög attraktivitet"
    assert UF2019.line(16) == "1.1 Hög attraktivitet"
