"""The source documents and the extractor that reads each one.

Every extractor module exposes ``extract(source: SourceText, curation_dir: Path) -> DocumentRecords``.
The registry below is the single list of documents; data/sources/README.md describes them.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..model import DocumentRecords
from ..sources import SourceText


@dataclass(frozen=True)
class Document:
    docid: str
    filename: str
    kind: str            # "plan" (verksamhetsplan) or "follow-up" (uppföljning)
    title: str
    year: int
    period_start: date
    period_end: date
    issued: date | None = None
    follows_up: str | None = None   # docid of the plan this follow-up reports on
    note: str = ""


DOCUMENTS: tuple[Document, ...] = (
    Document("vp2019", "000_4a26a85ac4fdbfcc.txt", "plan", "Regionkontorets verksamhetsplan 2019",
             2019, date(2019, 1, 1), date(2019, 12, 31),
             note="No year is printed; 2019 is inferred from plan periods and dated events."),
    Document("uf2019", "001_715690af77561aa4.txt", "follow-up",
             "Bilaga 2: Förvaltningens uppdrag och aktiviteter (årsuppföljning 2019)",
             2019, date(2019, 1, 1), date(2019, 12, 31), follows_up="vp2019"),
    Document("uf2018", "002_2fb47e370365774c.txt", "follow-up",
             "Uppföljningsrapport 2 jan-aug 2018 Regionkontoret",
             2018, date(2018, 1, 1), date(2018, 8, 31), issued=date(2018, 9, 19)),
    Document("uf2020", "003_e06f47aa00c53ee0.txt", "follow-up",
             "Uppföljning av förvaltningens uppdrag och aktiviteter 2020",
             2020, date(2020, 1, 1), date(2020, 12, 31),
             note="Full-year 2020 follow-up; the year is inferred from dates and tense."),
    Document("vp2022", "004_e40f99ca168f9349.txt", "plan", "Regionkontorets verksamhetsplan 2022",
             2022, date(2022, 1, 1), date(2022, 12, 31)),
)
BY_ID = {d.docid: d for d in DOCUMENTS}


def extract(document: Document, data_dir: Path) -> DocumentRecords:
    """Run the document's extractor on its source text in ``data_dir/sources``."""
    module = importlib.import_module(f"{__name__}.{document.docid}")
    source = SourceText(data_dir / "sources" / document.filename)
    return module.extract(source, data_dir / "curation")
