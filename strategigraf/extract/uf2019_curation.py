"""The reviewed corrections of uf2019 in data/curation/uf2019.yaml, applied while extracting.

Three kinds of entries, each with a ``note`` saying why:
- ``cell_roles``: a cell the layout put in the wrong column (line 158: an assignment printed in
  the activity column), by ``line`` and ``cell`` (1 uppdrag, 2 kommentar, 3 aktivitet).
- ``fixes``: a parsed record, found by ``kind``, first ``line`` and ``label``, given a ``key``,
  ``kind``, ``status``, ``end_date``, ``funding`` or ``note`` the layout cannot give.
- ``entities``: whole records read by hand (curation.read_entities), added as they are.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..curation import LINE_KEY, EntryReader, load_yaml, read_entities
from ..errors import InputError
from ..model import KINDS, Entity
from ..sources import SourceText, loose

ROLES = ("assignment", "comment", "activity")


@dataclass
class Curation:
    path: Path
    source: SourceText
    cell_roles: dict[int, list[str]] = field(default_factory=dict)
    fixes: list[dict] = field(default_factory=list)
    used: set[int] = field(default_factory=set)

    @property
    def source_path(self) -> Path:
        return self.source.path

    def roles(self, line: int) -> list[str]:
        """The role of each of the three cells of the row at ``line``."""
        return self.cell_roles.get(line, list(ROLES))

    def apply(self, entity: Entity) -> Entity:
        """The entity with every fix that names it applied."""
        for index, fix in enumerate(self.fixes):
            if (fix.get("kind") == entity.kind and fix.get("line") == entity.lines[0]
                    and loose(str(fix.get("label", ""))) == loose(entity.label)):
                self.used.add(index)
                _apply_fix(EntryReader(self.path, self.source), fix, entity)
        return entity

    def unique(self, entity: Entity, existing: list[Entity]) -> Entity:
        """A repeated key gets the parent's key as suffix (contract rule); if still repeated, fail."""
        taken = {e.key for e in existing if e.kind == entity.kind}
        if entity.key in taken and entity.parents:
            entity.key = f"{entity.key}-{entity.parents[0].key}"
        if entity.key in taken:
            raise InputError(self.path, None, f"{entity.kind} {entity.label!r} (source line {entity.lines[0]}) "
                                              f"has the key {entity.key!r} of another row; add a 'key' fix")
        return entity

    def check_used(self) -> None:
        """Every fix must name a parsed record; a stale one is an error at its line."""
        for index, fix in enumerate(self.fixes):
            if index not in self.used:
                raise InputError(self.path, fix.get(LINE_KEY),
                                 f"fix matches no parsed {fix.get('kind')} at line {fix.get('line')} "
                                 f"labelled {fix.get('label')!r}")

    def extra_entities(self) -> list[Entity]:
        return read_entities(self.path, self.source) if self.path.exists() else []


def _apply_fix(reader: EntryReader, fix: dict, entity: Entity) -> None:
    """Set the fields a fix gives; status, date and funding are read as in curation.py."""
    if fix.get("set_kind"):
        if fix["set_kind"] not in KINDS:
            raise reader.fail(fix, f"set_kind {fix['set_kind']!r} is not one of {', '.join(KINDS)}")
        entity.kind = fix["set_kind"]
    entity.key = str(fix.get("key") or entity.key)
    entity.note = fix.get("note") or entity.note
    if "status" in fix:
        entity.status = reader.status(fix, fix["status"], entity.lines) if fix["status"] else None
    if fix.get("end_date"):
        entity.end_date = reader.date(fix, fix["end_date"])
    entity.funding += [reader.funding(fix, f, entity.lines) for f in fix.get("funding") or []]


def _cell_roles(path: Path, entries: list) -> dict[int, list[str]]:
    roles: dict[int, list[str]] = {}
    for entry in entries:
        line, cell, role = entry.get("line"), entry.get("cell"), entry.get("role")
        if not isinstance(line, int) or cell not in (1, 2, 3) or role not in ROLES:
            raise InputError(path, entry.get(LINE_KEY), "a cell_roles entry needs 'line', "
                             f"'cell' (1-3) and 'role' ({', '.join(ROLES)}); got {line!r}, {cell!r}, {role!r}")
        roles.setdefault(line, list(ROLES))[cell - 1] = role
    return roles


def load_curation(curation_dir: Path, source: SourceText) -> Curation:
    """Read data/curation/uf2019.yaml (an absent file means no corrections)."""
    path = curation_dir / "uf2019.yaml"
    data = load_yaml(path) if path.exists() else {}
    if not isinstance(data, dict):
        raise InputError(path, 1, "expected a mapping with 'cell_roles', 'fixes' and 'entities'")
    return Curation(path, source, _cell_roles(path, data.get("cell_roles") or []), list(data.get("fixes") or []))
