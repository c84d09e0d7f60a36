"""Extractor for uf2019: "Bilaga 2: Förvaltningens uppdrag och aktiviteter", the year-end
follow-up of the 2019 plan (data/sources/001_715690af77561aa4.txt).

Sections 1.1-1.7 are the goals; each holds rows "Förvaltningens uppdrag · Kommentar ·
Aktivitet". An assignment cell opens with its status symbol (● uppfylls, ◆ uppfylls delvis,
lines 7-9), an activity with its own (lines 13-14: ⏸ pausad, — ej startad, ● följer delvis
plan, ! följer inte plan, ✓ klar, ▶ pågår). Rows are read in order by ``_Reader``; what the
layout cannot settle (a cell in the wrong column, a lost symbol, two rows with one label) is
corrected from data/curation/uf2019.yaml by ``uf2019_curation``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..model import DocumentRecords, Entity, Ref, Status
from ..slugs import slugify
from ..sources import SourceText
from .uf2019_curation import Curation, load_curation
from .uf2019_rows import Item, Row, items, plain, read_rows

DOCID = "uf2019"
# Section number -> canonical Goal key (docs/extraction-contract.md).
GOALS = {
    "1": "hog-attraktivitet",
    "2": "stark-konkurrenskraft",
    "3": "fler-i-arbete",
    "4": "arbetar-halsoframjande-och-levererar-en-individuell-halso",
    "5": "ar-trygg-sammanhallen-och-utformas-tillsammans-med-patient",
    "6": "arbetar-med-standig-forbattring-for-battre-halsa-hos",
    "7": "mojliggor-att-invanare-sjalva-tar-ansvar-utifran-egen",
}
ASSIGNMENT_STATUS = {"●": "uppfylls", "◆": "uppfylls-delvis"}
ACTIVITY_STATUS = {"⏸": "pausad", "—": "ej-startad", "●": "foljer-delvis-plan",
                   "!": "foljer-inte-plan", "✓": "klar", "▶": "pagar"}
# An activity whose text names itself a project ("Projekt: Nya Vuxportalen", "Projektet
# Marknadslyftet (IUC)", "ESF projekt …", "Scale Up, projekt", "Samverkansprojektet BI SYD").
PROJECT = re.compile(r"^(\w*[Pp]rojekt(et)?\b|(ESF|EU)[- ]projekt\b)|, projekt$")


@dataclass
class Draft:
    """An assignment or activity while its cells are still being read."""

    kind: str
    label: str
    first: int
    last: int
    symbol: str | None
    parent: "Draft | str"           # the assignment draft, or a Goal key for an assignment
    comment: list[str] = field(default_factory=list)

    def extend(self, line: int, text: str = "", comment: str = "") -> None:
        self.last = max(self.last, line)
        if text:
            self.label = f"{self.label} {text}".strip()
        if comment:
            self.comment.append(comment)


class _Reader:
    """Walks the rows in order, keeping the current goal, assignment and last activity."""

    def __init__(self, rows: list[Row], sections: list[tuple[int, str, str]], curation: Curation):
        self.rows, self.sections, self.curation = rows, sections, curation
        self.drafts: list[Draft] = []
        self.open: Draft | None = None
        self.last: Draft | None = None

    def goal_at(self, line: int) -> str:
        numbers = [number for start, number, _ in self.sections if start < line]
        if not numbers or numbers[-1] not in GOALS:
            raise InputError(self.curation.source_path, line, "table row outside sections 1.1-1.7")
        return GOALS[numbers[-1]]

    def run(self) -> list[Draft]:
        for row in self.rows:
            roles = self.curation.roles(row.line)
            for role in ("assignment", "comment", "activity"):
                for index, cell in enumerate(row.cells):
                    if roles[index] == role and cell.strip():
                        getattr(self, f"on_{role}")(row, cell)
        return self.drafts

    def on_assignment(self, row: Row, cell: str) -> None:
        for item in items(cell):
            if item.symbol in ASSIGNMENT_STATUS or (item.symbol is None and not row.after_header):
                self.open_assignment(row, item)
            elif item.symbol is None:          # label cut by a page break (lines 36, 99, 151)
                self.current(row).extend(row.line, text=item.text)
            else:                              # an activity in the first column (lines 159-161)
                self.open_activity(row, item)

    def open_assignment(self, row: Row, item: Item) -> None:
        self.open = Draft("Assignment", item.text, row.line, row.line, item.symbol, self.goal_at(row.line))
        self.drafts.append(self.open)

    def on_comment(self, row: Row, cell: str) -> None:
        self.current(row).extend(row.line, comment=plain(cell))

    def on_activity(self, row: Row, cell: str) -> None:
        for position, item in enumerate(items(cell)):
            if item.symbol is None and not item.listed and position == 0 and row.after_header:
                self.last_activity(row).extend(row.line, text=item.text)   # tail after a page break
            else:
                self.open_activity(row, item)

    def open_activity(self, row: Row, item: Item) -> None:
        if item.symbol is not None and item.symbol not in ACTIVITY_STATUS:
            raise InputError(self.curation.source_path, row.line,
                             f"{item.symbol!r} before {item.text[:40]!r} is not an activity status symbol")
        parent = self.current(row)
        kind = "Project" if PROJECT.search(item.text) else "Activity"
        self.last = Draft(kind, item.text, row.line, row.line, item.symbol, parent)
        parent.extend(row.line)
        self.drafts.append(self.last)

    def current(self, row: Row) -> Draft:
        if self.open is None:
            raise InputError(self.curation.source_path, row.line, "row continues an assignment, but none is open")
        return self.open

    def last_activity(self, row: Row) -> Draft:
        if self.last is None:
            raise InputError(self.curation.source_path, row.line, "text continues an activity, but none is open")
        return self.last


def _status(draft: Draft) -> Status | None:
    table = ASSIGNMENT_STATUS if draft.kind == "Assignment" else ACTIVITY_STATUS
    if draft.symbol is None:
        return None
    return Status(table[draft.symbol], (draft.first, draft.first), draft.symbol)


def _keys(drafts: list[Draft]) -> dict[int, str]:
    """``slugify(label)`` per draft; where that 60-character slug is shared by other labels of the
    same kind (e.g. the three "Leda, driva utveckling … inom styrkeområdet …"), the whole label's slug."""
    labels: dict[tuple[str, str], set[str]] = {}
    for draft in drafts:
        labels.setdefault((draft.kind, slugify(draft.label)), set()).add(draft.label)
    return {id(d): slugify(d.label) if len(labels[(d.kind, slugify(d.label))]) == 1 else slugify(d.label, 300)
            for d in drafts}


def _entity(draft: Draft, parent: Ref, key: str) -> Entity:
    return Entity(kind=draft.kind, key=key, label=draft.label,
                  lines=(draft.first, draft.last), parents=[parent], status=_status(draft),
                  comment=" ".join(draft.comment) or None)


def _goals(sections: list[tuple[int, str, str]]) -> list[Entity]:
    """The section headings 1.1-1.7 as the shared Goal nodes (canonical keys)."""
    return [Entity(kind="Goal", key=GOALS[number], label=title, lines=(line, line))
            for line, number, title in sections if number in GOALS]


def extract(source: SourceText, curation_dir: Path) -> DocumentRecords:
    """Read uf2019 into Goal, Assignment, Activity and Project records."""
    curation = load_curation(curation_dir, source)
    rows, sections = read_rows(source)
    drafts = _Reader(rows, sections, curation).run()
    records = DocumentRecords(DOCID, _goals(sections))
    keys = _keys(drafts)
    made: dict[int, Entity] = {}
    for draft in drafts:                       # assignments precede their activities
        if isinstance(draft.parent, str):
            parent = Ref("Goal", draft.parent)
        else:
            parent = made[id(draft.parent)].ref
        entity = curation.apply(_entity(draft, parent, keys[id(draft)]))
        made[id(draft)] = curation.unique(entity, records.entities)
        records.add(entity)
    for entity in curation.extra_entities():
        records.add(curation.unique(entity, records.entities))
    curation.check_used()
    return records
