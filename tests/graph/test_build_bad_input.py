"""Issue 3, point 8: bad curation input stops the build with file, line and reason, and leaves
the previous build in place."""
from __future__ import annotations

import pytest
import yaml

from strategigraf.build import build_dataset
from strategigraf.cli import main
from strategigraf.errors import InputError


def first_line_containing(path, text) -> int:
    return next(n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if text in line)


def test_broken_yaml_row_names_file_and_line(data_copy, tmp_path, capsys):
    partners = data_copy / "curation" / "partners.yaml"
    text = partners.read_text(encoding="utf-8")
    partners.write_text(text + "\n  - key: [unclosed\n", encoding="utf-8")
    out = tmp_path / "out.trig"
    out.write_text("previous build\n", encoding="utf-8")
    code = main(["build", "--data", str(data_copy), "--out", str(out), "--quiet"])
    message = capsys.readouterr().err
    assert code == 2
    assert "partners.yaml:" in message and "YAML" in message
    assert out.read_text(encoding="utf-8") == "previous build\n"   # nothing half-written


def test_unknown_partner_alias_stops_the_build(data_copy, tmp_path):
    """An owner that partners.yaml does not know is named, with the record that uses it.

    003:125-126 gives "Ägare: Högskolan i Halmstad" for Testmiljö Halland 2019-2021."""
    partners = data_copy / "curation" / "partners.yaml"
    entries = yaml.safe_load(partners.read_text(encoding="utf-8"))
    kept = [p for p in entries if p["key"] != "hogskolan-i-halmstad"]
    assert len(kept) == len(entries) - 1
    partners.write_text(yaml.safe_dump(kept, allow_unicode=True), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        build_dataset(tmp_path / "out.trig", data_copy)
    assert "Högskolan i Halmstad" in caught.value.message
    assert "partners.yaml" in caught.value.message
    assert caught.value.path.name == "003_e06f47aa00c53ee0.txt" or caught.value.path.suffix == ".yaml"
    assert not (tmp_path / "out.trig").exists()


def test_dangling_parent_names_the_curation_line(data_copy, tmp_path):
    """A parent that no record defines stops the build at the curation entry that names it."""
    curation = data_copy / "curation" / "vp2019.yaml"
    text = curation.read_text(encoding="utf-8")
    anchor = "      - u: Arbeta för en långsiktigt stark ekonomi\n        lines: [58, 59]\n"
    assert anchor in text
    curation.write_text(text.replace(anchor, anchor + "        parents: ['Priority:finns-inte-i-dokumentet']\n"),
                        encoding="utf-8")
    with pytest.raises(InputError) as caught:
        build_dataset(tmp_path / "out.trig", data_copy)
    error = caught.value
    assert error.path.name == "vp2019.yaml"
    assert error.line == first_line_containing(curation, "Arbeta för en långsiktigt stark ekonomi")
    assert "finns-inte-i-dokumentet" in error.message


def test_curated_link_to_a_missing_label_names_file_and_line(data_copy, tmp_path):
    links = data_copy / "curation" / "uf2019-links.yaml"
    text = links.read_text(encoding="utf-8")
    links.write_text(text + "\n  - from: \"Assignment:nationell-plan-2018-2029\"\n    relation: follows_up\n"
                     "    to: {doc: vp2019, kind: Assignment, label: \"Ett uppdrag som inte finns\"}\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        build_dataset(tmp_path / "out.trig", data_copy)
    assert caught.value.path.name == "uf2019-links.yaml"
    assert caught.value.line == len(text.splitlines()) + 2
    assert "Ett uppdrag som inte finns" in caught.value.message


def test_part_of_a_kind_that_has_no_parts_names_file_and_line(data_copy, tmp_path):
    # 004 L513: "FVIS / VISUS" is a row of the investment plan, not something work can be part of.
    links = data_copy / "curation" / "uf2020-links.yaml"
    text = links.read_text(encoding="utf-8")
    links.write_text(text + "\n  - from: \"Assignment:leda-och-driva-innovation-och-utveckling-inom\"\n"
                     "    relation: part_of\n    to: {doc: vp2022, kind: Investment, label: \"FVIS / VISUS\"}\n",
                     encoding="utf-8")
    with pytest.raises(InputError) as caught:
        build_dataset(tmp_path / "out.trig", data_copy)
    assert caught.value.path.name == "uf2020-links.yaml"
    assert caught.value.line == len(text.splitlines()) + 2
    assert "part_of" in caught.value.message and "Investment" in caught.value.message


def test_one_shared_key_for_two_different_wordings_is_refused(tmp_path):
    """Regression: a priority cell of 000:402-411 joins two 2018 priorities; cut at 60 characters
    its key equalled that of 002's 2.1.9 and silently merged the two nodes."""
    from strategigraf.model import DocumentRecords, Entity
    from strategigraf.rdf.dataset import check_shared_wordings
    from strategigraf.rdf.resolve import Resolver

    key = "en-koldioxidneutral-ekonomi-och-hallbar-resurshantering"
    records = {
        "uf2018": DocumentRecords("uf2018", [Entity("Priority", key, "En koldioxidneutral ekonomi och hållbar resurshantering", (390, 390))]),
        "vp2019": DocumentRecords("vp2019", [Entity("Priority", key, "En koldioxidneutral ekonomi och hållbar resurshantering samt Insatser för förnyelsebar energi", (402, 411))]),
    }
    resolver = Resolver(records, partners=None, source_files={})
    with pytest.raises(InputError) as caught:
        check_shared_wordings(records, resolver, tmp_path)
    assert key in caught.value.message and "alt_labels" in caught.value.message
    records["vp2019"].entities[0].alt_labels.append("En koldioxidneutral ekonomi och hållbar resurshantering")
    check_shared_wordings(records, resolver, tmp_path)   # declared the same node: accepted
