"""Helpers shared by the per-document extractor tests (one test module per source document)."""
from __future__ import annotations

import importlib
from pathlib import Path

from strategigraf.extract import BY_ID
from strategigraf.model import DocumentRecords
from strategigraf.paths import DATA
from strategigraf.sources import SourceText


def load_records(docid: str, curation: Path = DATA / "curation") -> DocumentRecords:
    """What the document's own extractor (strategigraf.extract.<docid>) makes of its source text in
    data/sources, with the curation files of ``curation`` (a broken copy in the error tests)."""
    extractor = importlib.import_module(f"strategigraf.extract.{docid}")
    return extractor.extract(SourceText(DATA / "sources" / BY_ID[docid].filename), curation)


def one(records, kind, label):
    """The single record of ``kind`` labelled ``label``; more or fewer fail the test with a count."""
    found = [e for e in records if e.kind == kind and e.label == label]
    assert len(found) == 1, f"{kind} {label!r}: {len(found)} records"
    return found[0]
