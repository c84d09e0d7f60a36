"""Issue 3, point 8: bad curation input stops the build with file, line and reason, and leaves
the previous build in place."""
from __future__ import annotations

import pytest

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
    """An owner that partners.yaml does not know is named, with the record that uses it."""
    curation = data_copy / "curation"
    links = curation / "cross-document-links.yaml"
    extra = curation / "vp2022-test-unknown-owner.yaml"
    del links, extra
    partners = curation / "partners.yaml"
    text = partners.read_text(encoding="utf-8")
    # Remove Högskolan i Halmstad (the owner of "Testmiljö Halland 2019-2021", 003:125) from the registry.
    line = first_line_containing(partners, "Högskolan i Halmstad")
    assert line
    import yaml
    data = yaml.safe_load(text)
    entries = data["partners"] if isinstance(data, dict) else data
    kept = [p for p in entries if "Högskolan i Halmstad" not in [p.get("label"), *p.get("aliases", [])]]
    assert len(kept) == len(entries) - 1
    partners.write_text(yaml.safe_dump({"partners": kept} if isinstance(data, dict) else kept,
                                       allow_unicode=True), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        build_dataset(tmp_path / "out.trig", data_copy)
    assert "Högskolan i Halmstad" in str(caught.value)
    assert "partners.yaml" in str(caught.value)
    assert not (tmp_path / "out.trig").exists()


def test_dangling_parent_names_the_curation_line(data_copy, tmp_path):
    curation = data_copy / "curation" / "vp2019.yaml"
    text = curation.read_text(encoding="utf-8")
    target = "parents:"
    assert target in text
    broken = text.replace(target, "parents: ['Priority:finns-inte-i-dokumentet']\n    old_parents:", 1)
    curation.write_text(broken, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        build_dataset(tmp_path / "out.trig", data_copy)
    error = caught.value
    assert error.path.name == "vp2019.yaml" and error.line
    assert "finns-inte-i-dokumentet" in error.message
