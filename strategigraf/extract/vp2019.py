"""Extractor for Regionkontorets verksamhetsplan 2019 (docid ``vp2019``, 000_4a26a85ac4fdbfcc.txt).

Two parts (docs/extraction-contract.md):
- the numbered list 1-13 of the plan's items under three goals (lines ~7-40), parsed here
  into ``PlanItem`` records whose parent is the goal heading above them;
- the tables of sections 1.1-1.9 (*Prioriteringsområden · Prioriteringar · Förvaltningens
  uppdrag · Aktiviteter*), whose columns the text extraction scrambled. They are read by hand
  in ``data/curation/vp2019.yaml`` as a tree (section > priority area > priority/focus area >
  assignment > activity); ``vp2019_tree`` turns that tree into records, each checked against
  the lines it cites.
"""
from __future__ import annotations

import re
from pathlib import Path

from ..errors import InputError
from ..model import DocumentRecords, Entity, Ref
from ..slugs import slugify
from ..sources import SourceText, clean_text
from .vp2019_tree import read_tree

DOCID = "vp2019"
CURATION_FILE = "vp2019.yaml"
LIST_GOALS = ("Hög attraktivitet", "Stark konkurrenskraft", "Fler i arbete")
_ITEM = re.compile(r"^\s*(\d{1,2})\.\s+(\S.*)$")
_TABLES_START = re.compile(r"^\s*1\.1\s")


def extract(source: SourceText, curation_dir: Path) -> DocumentRecords:
    """All records of the 2019 plan: plan items parsed from the list, table rows from the curation tree."""
    records = DocumentRecords(DOCID)
    for item in plan_items(source):
        records.add(item)
    for entity in read_tree(curation_dir / CURATION_FILE, source):
        records.add(entity)
    check_references(records, source)
    return records


def plan_items(source: SourceText) -> list[Entity]:
    """The numbered list 1-13 (lines ~7-40): each item under the goal heading printed above it."""
    items, goal, current = [], None, None
    for number, line in enumerate(source.lines, start=1):
        if _TABLES_START.match(line):
            break
        text = line.strip()
        if text in LIST_GOALS:
            goal, current = slugify(text), None
        elif (match := _ITEM.match(line)) and goal:
            current = [match.group(1), number, number, goal]
            items.append(current)
        elif text and current:
            current[2] = number          # a wrapped item continues on the next line
        else:
            current = None
    if [int(i[0]) for i in items] != list(range(1, 14)):
        raise InputError(source.path, None, "expected the plan items numbered 1-13 before section 1.1, "
                                            f"found {[i[0] for i in items]}")
    return [_plan_item(source, *item) for item in items]


def _plan_item(source: SourceText, number: str, first: int, last: int, goal: str) -> Entity:
    text = clean_text(source.passage(first, last))
    label = _ITEM.match(text).group(2).strip()
    return Entity(kind="PlanItem", key=number, label=label, lines=(first, last), number=number,
                  parents=[Ref("Goal", goal)])


def where(entity, source: SourceText) -> tuple:
    """The curation entry an error should point at, else the source line."""
    return entity.origin or (source.path, entity.lines[0])


def check_references(records: DocumentRecords, source: SourceText) -> None:
    """Every parent a record names is a record of this document (keys are unique per kind)."""
    seen: set[tuple[str, str]] = set()
    for entity in records.entities:
        ident = (entity.kind, entity.key)
        if ident in seen:
            raise InputError(*where(entity, source), f"two {entity.kind} records share the key "
                                                            f"{entity.key!r}; give one an explicit key")
        seen.add(ident)
    for entity in records.entities:
        for ref in entity.parents:
            if (ref.kind, ref.key) not in seen:
                raise InputError(*where(entity, source), f"{entity.kind} '{entity.label}' names the "
                                                                f"parent {ref}, which this document does not define")
