"""The curated reading of the 2019 plan's tables (data/curation/vp2019.yaml) as records.

The file holds a tree ``sections: [ {goal|section: label, lines, children: [...]}, ... ]``; each
node names its kind by the key that holds its label (see ``ALIASES``). A node's parent is the
node it sits under, plus any ``parents:`` it lists and a ``PlanItem`` ref for each number in
``items:`` (the "6,7" printed before an assignment). Every node is turned into an entity by
``curation.EntryReader``, so its label must occur in the lines it cites. Projects
("Projektet: …") are labelled with the name after the prefix and described by the whole cell.
"""
from __future__ import annotations

from pathlib import Path

from ..curation import EntryReader, load_yaml
from ..errors import InputError
from ..model import Entity, Ref
from ..sources import SourceText, clean_text

ALIASES = {
    "goal": "Goal", "section": "PlanSection", "pa": "PriorityArea", "fa": "FocusArea",
    "p": "Priority", "u": "Assignment", "a": "Activity", "project": "Project",
}
# Which kinds may sit directly under which (the table's columns, left to right).
ALLOWED_CHILDREN = {
    None: {"Goal", "PlanSection"},
    "Goal": {"PriorityArea"},
    "PlanSection": {"Assignment"},
    "PriorityArea": {"Priority", "FocusArea", "Assignment"},
    "FocusArea": {"Assignment"},
    "Priority": {"Assignment"},
    "Assignment": {"Activity", "Project"},
    "Activity": set(), "Project": set(),
}


def read_tree(path: Path, source: SourceText) -> list[Entity]:
    """All entities of the curated tree, parents first."""
    data = load_yaml(path)
    if not isinstance(data, dict) or not isinstance(data.get("sections"), list):
        raise InputError(path, 1, "expected a mapping with a list under 'sections'")
    reader, result = EntryReader(path, source), []
    for node in data["sections"]:
        _walk(reader, node, None, result)
    return result


def _walk(reader: EntryReader, node, parent: Entity | None, result: list[Entity]) -> None:
    if not isinstance(node, dict):
        raise InputError(reader.path, None, f"every node must be a mapping, got {node!r}")
    entity = _entity(reader, node, parent)
    if any(e.ref == entity.ref for e in result):
        raise reader.fail(node, f"another {entity.kind} already has the key {entity.key!r}; "
                                "give this one an explicit 'key' (suffix its parent's key)")
    result.append(entity)
    children = node.get("children") or []
    if not isinstance(children, list):
        raise reader.fail(node, "'children' must be a list")
    for child in children:
        _walk(reader, child, entity, result)


def _entity(reader: EntryReader, node: dict, parent: Entity | None) -> Entity:
    """One node as an entity: kind from its alias, parents from the tree, ``items`` and ``parents``."""
    aliases = [name for name in ALIASES if name in node]
    if len(aliases) != 1:
        raise reader.fail(node, f"a node needs exactly one of {', '.join(ALIASES)} (its kind and label)")
    kind = ALIASES[aliases[0]]
    if kind not in ALLOWED_CHILDREN[parent.kind if parent else None]:
        raise reader.fail(node, f"a {kind} cannot sit under a {parent.kind if parent else 'the top level'}")
    entry = {key: value for key, value in node.items() if key not in ("children", "items", *ALIASES)}
    entry.update(kind=kind, label=str(node[aliases[0]]), parents=_parents(reader, node, parent))
    entity = reader.entity(entry)
    if kind == "Project" and not entity.description:
        entity.description = clean_text(reader.source.passage(*entity.lines))
    return entity


def _parents(reader: EntryReader, node: dict, parent: Entity | None) -> list[str]:
    refs = [str(parent.ref)] if parent else []
    refs += [str(reader.ref(node, text)) for text in node.get("parents") or []]
    items = node.get("items") or []
    if not isinstance(items, list) or not all(isinstance(i, int) and 1 <= i <= 13 for i in items):
        raise reader.fail(node, f"'items' must list plan-item numbers 1-13, got {items!r}")
    return refs + [str(Ref("PlanItem", str(i))) for i in items]

