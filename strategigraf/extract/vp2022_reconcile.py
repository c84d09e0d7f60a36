"""Reconciling appendix 5 of vp2022 with chapter 2, and linking investments (4.2) to assignments.

Decisions come from data/curation/vp2022.yaml:
- ``appendix_aliases``: appendix wording → chapter-2 wording, per column (1-3), where they differ.
- ``appendix_rows``: every appendix row (by source line) that places a node other than chapter 2
  does, with a note; an unacknowledged disagreement or a stale entry stops the extraction.
- ``investment_parents``: investment label → the assignment it funds, with a note.
Joint assignments take the appendix's short form as label, the chapter-2 heading as alt label.
"""
from __future__ import annotations

from pathlib import Path

from ..curation import LINE_KEY
from ..errors import InputError
from ..model import Entity, Ref
from ..slugs import slugify
from ..sources import SourceText, clean_text, loose
from . import vp2022_appendix as appendix
from .vp2022_chapters import Section

KINDS = {"joint": ("JointAssignment",), "assignment": ("Assignment",), "area": ("FocusArea", "PlanSection")}


def entry_error(path: Path, entry: object, message: str) -> InputError:
    return InputError(path, entry.get(LINE_KEY) if isinstance(entry, dict) else None, message)


def add_note(entity: Entity, text: str) -> None:
    entity.note = f"{entity.note} {text}" if entity.note else text


def entries(path: Path, curated: dict, name: str, fields: tuple[str, ...]) -> list[dict]:
    """The list under ``name``, each entry checked to have ``fields`` and a note."""
    found = curated.get(name) or []
    for entry in found:
        missing = [f for f in fields + ("note",) if not isinstance(entry, dict) or entry.get(f) in (None, "")]
        if missing:
            raise entry_error(path, entry, f"{name} entry lacks {', '.join(missing)}")
    return found


def aliases(path: Path, curated: dict) -> tuple[dict[tuple[int, str], str], dict[tuple[int, str], str]]:
    """(column, loose appendix wording) -> chapter-2 wording, and -> the entry's note."""
    table, notes = {}, {}
    for entry in entries(path, curated, "appendix_aliases", ("column", "appendix", "chapter2")):
        if entry["column"] not in (1, 2, 3):
            raise entry_error(path, entry, f"column must be 1, 2 or 3, got {entry['column']!r}")
        key = (entry["column"] - 1, loose(entry["appendix"]))
        table[key], notes[key] = str(entry["chapter2"]), str(entry["note"]).strip()
    return table, notes


def entity_of(found, node: appendix.Node) -> Entity:
    return next(found.entities[(k, node.key)] for k in KINDS[node.kind] if (k, node.key) in found.entities)


def reconcile(source: SourceText, section: Section, found, path: Path, curated: dict) -> None:
    """Resolve every appendix row; check it against chapter 2; take labels and spellings from it."""
    alias, alias_notes = aliases(path, curated)
    resolver = appendix.Resolver(found.nodes, alias)
    readings = appendix.read(appendix.rows(source, section.line + 1, section.end), resolver)
    acknowledged = {e["line"]: e for e in entries(path, curated, "appendix_rows", ("line",))}
    joints: dict[str, tuple[str, str, int]] = {}   # joint key -> (label, appendix wording, appendix line)
    for reading in readings:
        check(source, path, reading, acknowledged.pop(reading.line, None), found)
        for column, text, node in reading.names:
            target = alias.get((column, loose(text)))
            if target:
                add_note(entity_of(found, node), f"Appendix 5 line {reading.line}: {alias_notes[(column, loose(text))]}")
            if node.kind == "joint":
                joints[node.key] = (target or text, text, reading.line)
            elif node.kind == "assignment":
                name(entity_of(found, node), text, reading.line)
    if acknowledged:
        entry = next(iter(acknowledged.values()))
        raise entry_error(path, entry, f"line {entry['line']} is not a row of appendix 5 (lines {section.line}-{section.end})")
    finish(found, joints)


def finish(found, joints: dict[str, tuple[str, str, int]]) -> None:
    """Mark assignments the appendix leaves out; give every joint assignment its final label and key."""
    for entity in found.entities.values():
        if entity.kind == "Assignment" and "appendix 5, line" not in (entity.note or ""):
            add_note(entity, "Not listed in appendix 5.")
    for entity in [e for e in found.entities.values() if e.kind == "JointAssignment"]:
        label, printed, line = joints.get(entity.key, (entity.label, entity.label, None))
        relabel(found, entity.key, label, printed, line)


def check(source: SourceText, path: Path, reading: appendix.Reading, entry: dict | None, found) -> None:
    """A row that differs from chapter 2 must be acknowledged; its note goes to the nodes concerned."""
    problems = appendix.disagreements(reading)
    unresolved = [message for node, message in problems if node is None]
    if unresolved:
        raise InputError(source.path, reading.line, f"appendix 5: {'; '.join(unresolved)} "
                         f"(add an appendix_aliases entry to {path.name})")
    if problems and entry is None:
        raise InputError(source.path, reading.line, "appendix 5 row differs from chapter 2: "
                         + "; ".join(m for _, m in problems) + f" (acknowledge it under appendix_rows in {path.name})")
    if entry is not None and not problems:
        raise entry_error(path, entry, f"appendix row {reading.line} agrees with chapter 2; remove this entry")
    for node in {id(n): n for n, _ in problems}.values():
        add_note(entity_of(found, node), f"Appendix 5 line {reading.line}: {entry['note'].strip()}")


def name(entity: Entity, printed: str, line: int) -> None:
    """An assignment named in the appendix: its spelling there becomes an alt label if it differs."""
    if loose(printed) != loose(entity.label) and printed not in entity.alt_labels:
        entity.alt_labels.append(printed)
    add_note(entity, f"Also listed in appendix 5, line {line}.")


def relabel(found, key: str, label: str, printed: str, line: int) -> None:
    """A joint assignment takes the appendix's short form; the chapter-2 heading becomes an alt label."""
    entity = found.entities.pop(("JointAssignment", key))
    heading = clean_text(found.source.line(entity.lines[0])).rstrip(".")
    entity.label, entity.key = label, slugify(label)
    entity.alt_labels += [t for t in (printed, heading) if loose(t) != loose(label) and t not in entity.alt_labels]
    add_note(entity, f"Label: the short form of appendix 5 (line {line}); the chapter-2 heading "
                     f"(line {entity.lines[0]}) is kept as alt label." if line else "Not listed in appendix 5.")
    found.entities[("JointAssignment", entity.key)] = entity
    for other in found.entities.values():
        other.parents = [Ref(p.kind, entity.key) if p == Ref("JointAssignment", key) else p for p in other.parents]


def link_investments(investments: list[Entity], found, path: Path, curated: dict) -> None:
    """Investments the text ties to an assignment (4.2 row ↔ chapter-2 heading) get it as parent."""
    by_label = {e.label: e for e in investments}
    assignments = {e.label: e for e in found.entities.values() if e.kind == "Assignment"}
    for entry in entries(path, curated, "investment_parents", ("investment", "assignment")):
        investment, assignment = by_label.get(entry["investment"]), assignments.get(entry["assignment"])
        if investment is None or assignment is None:
            missing = "investment" if investment is None else "assignment"
            raise entry_error(path, entry, f"no {missing} labelled {entry[missing]!r} in vp2022")
        investment.parents.append(assignment.ref)
        add_note(investment, entry["note"].strip())
