"""Extractor for uf2018: Uppföljningsrapport 2 jan-aug 2018, Regionkontoret (data/sources/002_…txt).

- Chapter 2 (2.1–2.8 per delmål, 2.9 Policy): Goal, Priority, Assignment, PlanSection —
  uf2018_layout / uf2018_rows read the layout, uf2018_chapter2 makes the entities.
- 1.1 economic indicators and chapter 3 tables: Indicator / BudgetLine / Investment with amounts (uf2018_economy).
- 3.2 "Personal" and Bilaga 1 "Indikatorer över tid": Indicator (curated entities).
Reading decisions are in data/curation/uf2018.yaml and uf2018-economy.yaml; cross-document
correspondences in uf2018-links.yaml (read by the builder, not here).
"""
from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from ..model import DocumentRecords
from ..sources import SourceText
from . import uf2018_chapter2, uf2018_economy
from .uf2018_curation import Curation

DOCID = "uf2018"


def extract(source: SourceText, curation_dir: Path) -> DocumentRecords:
    """All records of uf2018, in document order (chapter 2, economy, indicators)."""
    curation = Curation(curation_dir / f"{DOCID}.yaml", source)
    records = DocumentRecords(DOCID)
    for entity in uf2018_chapter2.entities(source, curation):
        records.add(entity)
    for entity in uf2018_economy.entities(source, curation_dir / f"{DOCID}-economy.yaml"):
        records.add(entity)
    for entity in curation.entities:
        records.add(entity)
    _check_unique(records, curation_dir / f"{DOCID}.yaml")
    return records


def _check_unique(records: DocumentRecords, path: Path) -> None:
    """Keys are unique per kind (docs/extraction-contract.md)."""
    seen: dict[tuple[str, str], tuple[int, int]] = {}
    for entity in records.entities:
        where = seen.setdefault((entity.kind, entity.key), entity.lines)
        if where != entity.lines:
            raise InputError(path, None, f"{entity.kind} key {entity.key!r} is used by source lines "
                                         f"{where[0]}-{where[1]} and {entity.lines[0]}-{entity.lines[1]}")
