"""Extractor of Regionkontorets verksamhetsplan 2022 (vp2022, data/sources/004_e40f99ca168f9349.txt).

- Chapter 2 "Målstyrning": 2.1–2.7 the council's focus areas (FocusArea), 2.8 and 2.9 PlanSection;
  under them joint assignments (JointAssignment) and the administration's assignments (Assignment,
  description = all paragraphs under the heading). See ``vp2022_chapters`` for the layout.
- 3.2 "Aktiviteter för att säkra genomförande": Assignment under the PlanSection "Kvalitetsstyrning"
  (chapter 3, curated in data/curation/vp2022.yaml); 3.3.1/3.3.2 indicators (Indicator).
- 4.1 Driftbudget (BudgetLine), 4.2 Investeringsbudget (Investment; parents from the curation file).
- Appendix 5 is reconciled with chapter 2 (``vp2022_appendix``): it adds the joint assignments'
  short labels and other spellings; each row that disagrees with chapter 2 must be acknowledged in
  the curation file, and the graph follows chapter 2.
"""
from __future__ import annotations

from pathlib import Path

from ..curation import load_yaml, read_entities
from ..errors import InputError
from ..model import DocumentRecords, Entity, Ref
from ..slugs import slugify
from ..sources import SourceText, clean_text, loose
from . import vp2022_appendix as appendix
from . import vp2022_chapters as chapters
from . import vp2022_tables as tables
from .vp2022_reconcile import link_investments, reconcile

DOCID = "vp2022"
AREAS = ("2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "2.8", "2.9")
QUALITY = Ref("PlanSection", "kvalitetsstyrning")  # chapter 3, entity in the curation file


class Chapter2:
    """Entities of chapter 2 and section 3.2, and the nodes the appendix cells may name."""

    def __init__(self, source: SourceText):
        self.source, self.entities, self.nodes = source, {}, []  # entities: (kind, key) -> Entity

    def add(self, entity: Entity, node: appendix.Node | None = None) -> None:
        if (entity.kind, entity.key) in self.entities:
            raise InputError(self.source.path, entity.lines[0], f"two {entity.kind} entries named {entity.label!r}")
        self.entities[(entity.kind, entity.key)] = entity
        if node:
            self.nodes.append(node)

    def area(self, section: chapters.Section) -> Ref:
        kind = "PlanSection" if section.number in ("2.8", "2.9") else "FocusArea"
        key = slugify(section.title)
        self.add(Entity(kind, key, section.title, (section.line, section.line), number=section.number),
                 appendix.Node("area", key, loose(section.title)))
        return Ref(kind, key)

    def headings(self, headings: list[chapters.Heading], area: Ref, joint: Ref | None = None) -> None:
        """Joint assignments and assignments in order; a joint holds until the next joint."""
        for heading in headings:
            if heading.joint:
                text = chapters.joint_text(heading)
                joint = Ref("JointAssignment", f"line-{heading.line}")  # final key: the appendix label
                self.add(Entity("JointAssignment", joint.key, text, (heading.line, heading.line), [area]),
                         appendix.Node("joint", joint.key, loose(text), area.key))
                continue
            label = clean_text(heading.text)
            parents = [joint, area] if joint else [area]
            self.add(Entity("Assignment", slugify(label), label, (heading.line, heading.last), parents,
                            description=heading.description),
                     appendix.Node("assignment", slugify(label), loose(label), area.key, joint and joint.key))


def read_chapter2(source: SourceText, sections: dict[str, chapters.Section]) -> Chapter2:
    """Focus areas, plan sections, joint assignments and assignments of chapter 2 and of 3.2."""
    found = Chapter2(source)
    for number in AREAS:
        area = found.area(sections[number])
        found.headings(chapters.read_headings(source, sections[number]), area)
        if number == "2.4":  # 2.4.1 "Region Hallands interna klimat- och miljöarbete" is part of 2.4
            sub = sections["2.4.1"]
            found.headings(chapters.read_headings(source, sub), area)
            for entity in found.entities.values():
                if sub.line <= entity.lines[0] <= sub.end:
                    entity.note = f"Printed under {sub.number} {sub.title}."
    found.headings(chapters.read_headings(source, sections["3.2"]), QUALITY)
    return found


def extract(source: SourceText, curation_dir: Path) -> DocumentRecords:
    """All records of vp2022, in document order of kinds (areas, joints, assignments, tables)."""
    path = curation_dir / f"{DOCID}.yaml"
    curated = load_yaml(path) or {}
    sections = chapters.sections(source)
    found = read_chapter2(source, sections)
    reconcile(source, sections["5"], found, path, curated)
    records = DocumentRecords(DOCID)
    for entity in read_entities(path, source):
        records.add(entity)
    for entity in sorted(found.entities.values(), key=lambda e: e.lines[0]):
        records.add(entity)
    for number in ("3.3.1", "3.3.2"):
        for entity in tables.indicators(source, sections[number], QUALITY):
            records.add(entity)
    for entity in tables.budget_lines(source, sections["4.1"]):
        records.add(entity)
    investments = tables.investments(source, sections["4.2"])
    link_investments(investments, found, path, curated)
    for entity in investments:
        records.add(entity)
    return records

