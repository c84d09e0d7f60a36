"""uf2018 chapter 2 and 2.9 as entities: delmål (Goal), priorities, assignments, the Policy section.

Implements "2 Uppföljning av verksamhet och aktivitet per delmål" of data/sources/002_…txt:
2.1–2.8 "Delmål: …" become the shared Goal nodes (canonical keys, docs/extraction-contract.md),
each numbered heading "2.x.y …" a shared Priority under its Goal, and each table row an
Assignment under its Priority with the Kommentar cell as ``comment``. 2.9 "Policy" becomes the
shared PlanSection ``policy`` holding its one row. Forecast symbols were images and are lost;
statuses come only from curated words (uf2018_curation).
"""
from __future__ import annotations

from ..errors import InputError
from ..model import Entity, Ref
from ..slugs import slugify
from ..sources import SourceText, clean_text
from .uf2018_curation import Curation
from .uf2018_layout import Heading, headings
from .uf2018_rows import Row, rows

# Delmål 2.1–2.8 in document order -> canonical Goal keys and labels (extraction contract).
GOALS = {
    "2.1": ("hog-attraktivitet", "Hög attraktivitet"),
    "2.2": ("stark-konkurrenskraft", "Stark konkurrenskraft"),
    "2.3": ("fler-i-arbete", "Fler i arbete"),
    "2.4": ("arbetar-halsoframjande-och-levererar-en-individuell-halso",
            "Arbetar hälsofrämjande och levererar en individuell hälso- och sjukvård av hög kvalitet "
            "för en god och jämlik hälsa"),
    "2.5": ("ar-trygg-sammanhallen-och-utformas-tillsammans-med-patient",
            "Är trygg, sammanhållen och utformas tillsammans med patient och närstående"),
    "2.6": ("arbetar-med-standig-forbattring-for-battre-halsa-hos",
            "Arbetar med ständig förbättring för bättre hälsa hos invånarna"),
    "2.7": ("mojliggor-att-invanare-sjalva-tar-ansvar-utifran-egen",
            "Möjliggör att invånare själva tar ansvar utifrån egen förmåga"),
    "2.8": ("har-en-tydlig-prioritering-av-hur-kompetens-och-resurser",
            "Har en tydlig prioritering av hur kompetens och resurser används"),
}
POLICY = Ref("PlanSection", "policy")


def _goal(source: SourceText, heading: Heading) -> Entity:
    key, label = GOALS[heading.number]
    lines = source.find(label, heading.first, heading.first + 2)
    if lines is None:
        raise InputError(source.path, heading.first, f"delmål {heading.number} does not read {label!r}")
    return Entity("Goal", key, label, lines)


def _priority(heading: Heading, goal: Ref) -> Entity:
    label = clean_text("\n".join(heading.text))
    return Entity("Priority", slugify(label), label, (heading.first, heading.last), [goal], number=heading.number)


def _policy(heading: Heading) -> Entity:
    return Entity("PlanSection", POLICY.key, "Policy", (heading.first, heading.last),
                  note="New shared section: uf2018 2.9 'Policy' holds one row (Antikorruptionspolicy) "
                       "in the same table layout as the assignments, so it is read as an Assignment.")


def _assignment(row: Row, parent: Ref, curation: Curation) -> Entity:
    label = curation.fix(row.label_text())
    entity = Entity("Assignment", slugify(label), label, row.lines, [curation.parent(row.first, parent)],
                    comment=curation.fix(row.comment_text()) or None)
    entity.status = curation.status(row.first)
    return entity


def entities(source: SourceText, curation: Curation) -> list[Entity]:
    """Goals, priorities, the policy section and all assignments of chapter 2, in document order."""
    found: list[Entity] = []
    goal: Ref | None = None
    for heading in headings(source):
        if heading.kind == "goal":
            found.append(_goal(source, heading))
            goal = found[-1].ref
            continue
        section = _policy(heading) if heading.kind == "policy" else _priority(heading, goal)
        found.append(section)
        found.extend(_assignment(row, section.ref, curation) for row in rows(heading, curation.row_rules))
    _unique_keys([e for e in found if e.kind == "Assignment"])
    curation.check_used()
    return found


def _unique_keys(assignments: list[Entity]) -> None:
    """Two rows with the same label under different priorities get the parent key as suffix."""
    seen: dict[str, int] = {}
    for entity in assignments:
        seen[entity.key] = seen.get(entity.key, 0) + 1
    for entity in assignments:
        if seen[entity.key] > 1:
            entity.key = f"{entity.key}-{entity.parents[0].key}"
