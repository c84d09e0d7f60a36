"""The SHACL shapes (shapes/strategigraf-shapes.ttl) against the fixtures in tests/shapes/.

Each invalid fixture states in its comment header what must fail, one line per expected result:

    # expect: <focus IRI> sgsh:NodeShape sh:SomeConstraintComponent [result path]

IRIs in <…> are relative to https://w3id.org/strategigraf/id/. The validation results must be
exactly the expected ones (no more, no fewer); the optional path narrows which property failed.
The facts in the fixtures are read from data/sources/ (each fixture cites its lines).
"""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, URIRef

from strategigraf import paths
from strategigraf.validate import read_files, validate_graph
from strategigraf.vocabulary import SGID

FIXTURES = Path(__file__).parent / "shapes"
VALID = sorted((FIXTURES / "valid").glob("*.ttl"))
INVALID = sorted((FIXTURES / "invalid").glob("*.ttl"))


def expectations(path: Path) -> set[tuple]:
    """The ``# expect:`` lines of a fixture as (focus IRI, shape, component[, path]) tuples."""
    found = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# expect:"):
            focus, shape, component, *rest = line.split(":", 1)[1].split()
            iri = str(URIRef(focus.strip("<>"), base=str(SGID)))
            found.add((iri, shape, component, *rest[:1]))
    return found


def results(path: Path) -> tuple[bool, set[tuple], set[tuple]]:
    """(conforms, results as (focus, shape, component), the same with the result path)."""
    report = validate_graph(read_files([path]))
    plain, with_path = set(), set()
    for entity in report.entities:
        for problem in entity.problems:
            plain.add((entity.iri, problem.shape, problem.component))
            with_path.add((entity.iri, problem.shape, problem.component, problem.path))
    return report.conforms, plain, with_path


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.stem)
def test_valid_fixture_conforms(path):
    conforms, plain, _ = results(path)
    assert conforms, f"{path.name} should conform but fails: {sorted(plain)}"


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.stem)
def test_invalid_fixture_fails_exactly_as_expected(path):
    expected = expectations(path)
    assert expected, f"{path.name} has no '# expect:' line"
    conforms, plain, with_path = results(path)
    assert not conforms
    assert plain == {e[:3] for e in expected}
    for expectation in (e for e in expected if len(e) == 4):
        assert expectation in with_path, f"{path.name}: no result on path {expectation[3]}"


def test_every_node_shape_has_an_invalid_fixture():
    shapes = Graph().parse(paths.SHAPES)
    sh = "http://www.w3.org/ns/shacl#"
    node_shapes = {shapes.namespace_manager.normalizeUri(s)
                   for s in shapes.subjects(URIRef(sh + "targetClass"), None)}
    node_shapes |= {shapes.namespace_manager.normalizeUri(s)
                    for s in shapes.subjects(URIRef(sh + "targetSubjectsOf"), None)}
    covered = {shape for path in INVALID for _, shape, *_ in expectations(path)}
    assert node_shapes - covered == set()


def test_fixture_names_the_case():
    """Fixture names are the case they exercise (kebab-case), as the issue asks."""
    for path in INVALID + VALID:
        assert path.stem == path.stem.lower() and " " not in path.stem


def test_every_rule_has_a_swedish_and_an_english_message():
    """Messages are written for a strategist in both languages (sh:message @sv and @en)."""
    shapes = Graph().parse(paths.SHAPES)
    sh = "http://www.w3.org/ns/shacl#"
    targeted = {s for t in ("targetClass", "targetSubjectsOf") for s in shapes.subjects(URIRef(sh + t), None)}
    rules = {p for s in targeted for p in shapes.objects(s, URIRef(sh + "property"))}
    rules |= {s for s in targeted if (s, URIRef(sh + "or"), None) in shapes}
    assert len(rules) > 30
    for rule in rules:
        languages = {m.language for m in shapes.objects(rule, URIRef(sh + "message"))}
        assert languages == {"sv", "en"}, rule
