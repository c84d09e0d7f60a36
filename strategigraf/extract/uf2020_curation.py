"""The reviewed decisions for the 2020 follow-up: data/curation/uf2020.yaml.

The file settles what the layout of data/sources/003_e06f47aa00c53ee0.txt does not: which column
each block continuing a row after a page break belongs to, the organisation part of owner fields,
the focus areas assignments name, the phrases of the Kommentar column that state a status, and
per-row corrections. Every entry is checked against the source where it cites text.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..curation import LINE_KEY, EntryReader, load_yaml, read_entities
from ..errors import InputError
from ..model import STATUSES, Entity, Ref
from ..sources import SourceText

FIELDS = ("label", "description", "comment")
FUNDING_KINDS = ("region-funding", "total-budget", "yearly-share")  # docs/extraction-contract.md, funding


@dataclass
class Curation:
    path: Path
    reader: EntryReader
    continuations: dict[int, list[str]] = field(default_factory=dict)
    owners: dict[str, list[str]] = field(default_factory=dict)
    status_phrases: list[dict] = field(default_factory=list)
    assignment_parents: dict[str, tuple[list[Ref], str | None]] = field(default_factory=dict)
    rows: dict[str, dict] = field(default_factory=dict)
    entities: list[Entity] = field(default_factory=list)
    used_rows: set[str] = field(default_factory=set)
    used_owners: set[str] = field(default_factory=set)

    def fail(self, entry: dict | None, message: str) -> InputError:
        line = entry.get(LINE_KEY) if isinstance(entry, dict) else None
        return InputError(self.path, line, message)

    def check_all_used(self) -> None:
        """An entry that matches no row or owner field is a typo or a stale decision: report it."""
        for key in sorted(set(self.rows) - self.used_rows):
            raise self.fail(self.rows[key], f"row correction for unknown row key {key!r}")
        for written in sorted(set(self.owners) - self.used_owners):
            raise InputError(self.path, None, f"owner entry {written!r} matches no owner field of the source")


def load(curation_dir: Path, source: SourceText) -> Curation:
    """Read data/curation/uf2020.yaml; a malformed entry is an InputError at its line."""
    path = curation_dir / "uf2020.yaml"
    data = load_yaml(path) or {}
    if not isinstance(data, dict):
        raise InputError(path, 1, "expected a mapping with continuations, owners, status_phrases, ...")
    cur = Curation(path, EntryReader(path, source))
    for entry in data.get("continuations") or []:
        _continuation(cur, entry, source)
    for entry in data.get("owners") or []:
        names = entry.get("names") if isinstance(entry, dict) else None
        if not (isinstance(names, list) and names and entry.get("written")):
            raise cur.fail(entry, "an owner entry needs 'written' (as in the text) and a list 'names'")
        cur.owners[str(entry["written"])] = [str(n) for n in names]
    for entry in data.get("status_phrases") or []:
        if not isinstance(entry, dict) or entry.get("value") not in STATUSES or not entry.get("phrase"):
            raise cur.fail(entry, f"a status phrase needs 'phrase' and a 'value' from {', '.join(STATUSES)}")
        cur.status_phrases.append(entry)
    for entry in data.get("assignments") or []:
        refs = [cur.reader.ref(entry, p) for p in entry.get("parents") or []]
        cur.assignment_parents[str(entry.get("number"))] = (refs, entry.get("note"))
    for entry in data.get("rows") or []:
        if not isinstance(entry, dict) or not entry.get("key"):
            raise cur.fail(entry, "a row correction needs the 'key' of the row it corrects")
        _check_funding(cur, entry)
        cur.rows[str(entry["key"])] = entry
    cur.entities = read_entities(path, source) if data.get("entities") else []
    return cur


def _check_funding(cur: Curation, entry: dict) -> None:
    """A row's curated amounts need a known kind; ``replace_funding`` only makes sense with amounts."""
    for item in entry.get("funding") or []:
        kind = item.get("kind", "region-funding") if isinstance(item, dict) else None
        if kind not in FUNDING_KINDS:
            raise cur.fail(item if isinstance(item, dict) else entry,
                           f"funding of row {entry['key']!r} needs a 'kind' from {', '.join(FUNDING_KINDS)}, got {kind!r}")
    if entry.get("replace_funding") and not entry.get("funding"):
        raise cur.fail(entry, f"row {entry['key']!r} has 'replace_funding: true' but lists no 'funding' to replace it with")


def _continuation(cur: Curation, entry: dict, source: SourceText) -> None:
    at, fields = entry.get("page_break"), entry.get("blocks")
    if not isinstance(at, int) or not isinstance(fields, list) or not set(fields) <= set(FIELDS):
        raise cur.fail(entry, f"a continuation needs 'page_break' (a line) and 'blocks' (each one of {FIELDS})")
    if not source.line(at).startswith("Status Aktiviteter"):
        raise cur.fail(entry, f"line {at} of {source.path.name} is not a table header at a page break")
    cur.continuations[at] = fields
