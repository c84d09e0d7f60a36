"""The reviewed reading decisions for uf2018 (data/curation/uf2018.yaml), checked against the source.

Sections of the file (each entry with a ``note:`` saying why):
- ``split_cells``: a line where the extraction ran the assignment cell and the comment together;
- ``not_labels``: a narrow block inside a comment that is a sub-heading, not a new row;
- ``parents``: a row whose priority heading the extraction printed in the wrong place;
- ``text_fixes``: words the extraction broke at a line end ("Landsbygdsperspektive\\nt");
- ``statuses``: the forecast (Årsprognos) where words in the comment state it (symbols are lost);
- ``entities``: curated entities (read by curation.read_entities).
Rows are named by the first source line of their assignment cell. An entry that matches
nothing stops the run with its file and line, so the file cannot go stale silently.
"""
from __future__ import annotations

from pathlib import Path

from ..curation import LINE_KEY, EntryReader, load_yaml, read_entities
from ..errors import InputError
from ..model import Entity, Ref, Status, ASSIGNMENT_STATUSES
from ..sources import SourceText
from .uf2018_rows import RowRules


class Curation:
    def __init__(self, path: Path, source: SourceText):
        data = load_yaml(path)
        if not isinstance(data, dict):
            raise InputError(path, 1, "expected a mapping with split_cells, not_labels, parents, text_fixes, statuses")
        self.path, self.source, self.reader = path, source, EntryReader(path, source)
        self.entries = {name: self._list(data, name) for name in
                        ("split_cells", "not_labels", "parents", "text_fixes", "statuses")}
        self.row_rules = RowRules(path, {self._line(e): str(e["label"]) for e in self.entries["split_cells"]},
                                  {self._line(e) for e in self.entries["not_labels"]})
        self.parents = {self._line(e, "row"): e for e in self.entries["parents"]}
        self.statuses = {self._line(e, "row"): e for e in self.entries["statuses"]}
        self.used: set[int] = set()
        self.entities: list[Entity] = read_entities(path, source)

    def _list(self, data: dict, name: str) -> list[dict]:
        value = data.get(name) or []
        if not isinstance(value, list) or not all(isinstance(e, dict) for e in value):
            raise InputError(self.path, data.get(LINE_KEY), f"'{name}' must be a list of mappings")
        for entry in value:
            if not entry.get("note"):
                raise self.reader.fail(entry, f"every '{name}' entry needs a 'note' saying why")
        return value

    def _line(self, entry: dict, field: str = "line") -> int:
        value = entry.get(field)
        if not isinstance(value, int) or not 1 <= value <= len(self.source):
            raise self.reader.fail(entry, f"'{field}' must be a line of the source (1-{len(self.source)}), got {value!r}")
        return value

    def fix(self, text: str) -> str:
        """Text with the curated re-joinings of broken words applied."""
        for entry in self.entries["text_fixes"]:
            if entry["printed"] in text:
                text = text.replace(entry["printed"], entry["reading"])
                self.used.add(id(entry))
        return text

    def parent(self, row: int, default: Ref) -> Ref:
        entry = self.parents.get(row)
        if entry is None:
            return default
        self.used.add(id(entry))
        return self.reader.ref(entry, entry.get("parent"))

    def status(self, row: int) -> Status | None:
        entry = self.statuses.get(row)
        if entry is None:
            return None
        self.used.add(id(entry))
        if entry.get("value") not in ASSIGNMENT_STATUSES:
            raise self.reader.fail(entry, f"status {entry.get('value')!r} is not one of {', '.join(ASSIGNMENT_STATUSES)}")
        lines = self.reader.lines(entry)
        self.reader.check_in_source(entry, str(entry.get("evidence", "")), lines, "status evidence")
        return Status(entry["value"], lines, entry["evidence"])

    def check_used(self) -> None:
        """Every parents/text_fixes/statuses entry must have matched a row or a text."""
        for name in ("parents", "text_fixes", "statuses"):
            for entry in self.entries[name]:
                if id(entry) not in self.used:
                    raise self.reader.fail(entry, f"this '{name}' entry matches no table row or text of the source")
