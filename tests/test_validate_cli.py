"""`strategigraf validate FILE…` through the real command line (strategigraf.cli.main).

Exit codes (docs/validate.md): 0 conforms, 1 violations, 2 unreadable input.
"""
from __future__ import annotations

import json
from pathlib import Path

from rdflib import Dataset, Graph, URIRef

from strategigraf import cli, paths
from strategigraf.validate import validate_graph

SHAPES = Path(__file__).parent / "shapes"
EXAMPLE = paths.HOME / "docs" / "example.ttl"
NO_ASSIGNMENT = SHAPES / "invalid" / "activity-without-assignment.ttl"
# 000_4a26a85ac4fdbfcc.txt lines 154-156 hold this activity; the fixture leaves out its assignment.
MARKARYD = "https://w3id.org/strategigraf/id/aktivitet/vp2019/ta-fram-samfinansieringsavtal-for-markarydsbanan"
NATIONELL_PLAN = "https://w3id.org/strategigraf/id/uppdrag/vp2019/nationell-plan-2018-2029"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(["validate", *map(str, argv)])
    out, err = capsys.readouterr()
    return code, out, err


def test_valid_file_exits_0(capsys):
    code, out, _ = run(capsys, EXAMPLE)
    assert code == 0
    assert "Inga problem" in out


def test_violation_exits_1_with_swedish_message_grouped_by_entity(capsys):
    code, out, _ = run(capsys, NO_ASSIGNMENT)
    assert code == 1
    assert "Aktivitet «Ta fram samfinansieringsavtal för Markarydsbanan» (vp2019, rad 154–156)" in out
    assert "Aktiviteten saknar uppdrag" in out
    assert "Går inte att spåra uppåt till ett mål" in out


def test_lang_en(capsys):
    code, out, _ = run(capsys, NO_ASSIGNMENT, "--lang", "en")
    assert code == 1
    assert "Activity «Ta fram samfinansieringsavtal för Markarydsbanan» (vp2019, line 154–156)" in out
    assert "The activity has no assignment" in out
    assert "saknar" not in out


def test_format_json_parses(capsys):
    code, out, _ = run(capsys, NO_ASSIGNMENT, "--format", "json")
    assert code == 1
    report = json.loads(out)
    assert report["conforms"] is False and report["problems"] == 2
    (entity,) = report["entities"]
    assert entity["iri"] == MARKARYD and entity["type"] == "Aktivitet"
    assert entity["passages"] == [{"document": "vp2019", "firstLine": 154, "lastLine": 156}]
    assert {p["component"] for p in entity["problems"]} == {
        "sh:MinCountConstraintComponent", "sh:QualifiedMinCountConstraintComponent"}


def test_format_turtle_is_the_shacl_report(capsys):
    code, out, _ = run(capsys, NO_ASSIGNMENT, "--format", "turtle")
    assert code == 1
    results = Graph().parse(data=out, format="turtle")
    focus = set(results.objects(None, URIRef("http://www.w3.org/ns/shacl#focusNode")))
    assert focus == {URIRef(MARKARYD)}


def test_turtle_syntax_error_exits_2_with_file_and_line(capsys, tmp_path):
    broken = tmp_path / "broken.ttl"
    text = EXAMPLE.read_text(encoding="utf-8").split("\n")
    line = next(i for i, t in enumerate(text) if t.startswith("<mal/hog-attraktivitet> a sg:Goal"))
    text[line + 1] = text[line + 1].replace(' ;', '')       # drop the ';' after the label: the next line fails
    broken.write_text("\n".join(text), encoding="utf-8")
    code, out, err = run(capsys, broken)
    assert code == 2 and out == ""
    assert f"{broken}:{line + 3}: not valid Turtle" in err
    assert "Traceback" not in err


def test_missing_file_and_unknown_type_exit_2(capsys, tmp_path):
    code, _, err = run(capsys, tmp_path / "nothing.ttl")
    assert code == 2 and "nothing.ttl: cannot be read" in err
    other = tmp_path / "data.csv"
    other.write_text("a,b\n", encoding="utf-8")
    code, _, err = run(capsys, other)
    assert code == 2 and "unknown RDF file type '.csv'" in err


def test_several_files_are_read_as_one_graph(capsys, tmp_path):
    """A second file that places the activity under its assignment (000_…txt line 166) repairs the first."""
    repair = tmp_path / "repair.ttl"
    repair.write_text(
        f"<{MARKARYD}> <https://w3id.org/strategigraf/def#partOfAssignment> <{NATIONELL_PLAN}> ;\n"
        f"    <https://w3id.org/strategigraf/def#contributesTo> <{NATIONELL_PLAN}> .\n", encoding="utf-8")
    code, out, _ = run(capsys, NO_ASSIGNMENT, repair)
    assert code == 0, out


def test_trig_is_read_as_the_union_of_its_graphs(capsys, tmp_path):
    """A TriG file contributes the union of its named graphs (as the build writes one per document)."""
    dataset = Dataset()
    named = dataset.graph(URIRef("https://w3id.org/strategigraf/graph/uf2019"))
    for triple in Graph().parse(EXAMPLE):
        named.add(triple)
    trig = tmp_path / "example.trig"
    dataset.serialize(trig, format="trig")
    code, out, _ = run(capsys, trig)
    assert code == 0
    assert validate_graph(dataset).conforms


def test_nt_syntax_error_names_the_line(capsys, tmp_path):
    broken = tmp_path / "broken.nt"
    broken.write_text('<http://a> <http://b> <http://c> .\n<http://a> <http://b> c .\n', encoding="utf-8")
    code, _, err = run(capsys, broken)
    assert code == 2 and f"{broken}:2: not valid N-Triples" in err
