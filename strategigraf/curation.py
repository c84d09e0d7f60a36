"""Reading the reviewed curation files in data/curation/ (YAML), keeping line numbers for errors.

A curation file holds what parsing cannot settle: a reading of a scrambled table, a corrected
status, a cross-document link. Every entry is checked against the source text it cites, so a
label that does not occur in its passage stops the build with the file and line of the entry.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml

from .errors import InputError
from .model import KINDS, STATUSES, PARTNER_ROLES, Entity, Funding, PartnerMention, Ref, Status, Amount
from .slugs import slugify
from .sources import SourceText

LINE_KEY = "__line__"


class _LineLoader(yaml.SafeLoader):
    """A YAML loader that stores the line of every mapping under ``__line__``."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict:
    mapping = loader.construct_mapping(node, deep=True)
    mapping[LINE_KEY] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load_yaml(path: Path) -> Any:
    """Parse a YAML file; a syntax error becomes an InputError with the line."""
    try:
        with path.open(encoding="utf-8") as handle:
            return yaml.load(handle, Loader=_LineLoader)  # noqa: S506 - SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise InputError(path, mark.line + 1 if mark else None, f"not valid YAML: {exc.problem}") from None
    except OSError as exc:
        raise InputError(path, None, f"cannot be read: {exc.strerror}") from None


class EntryReader:
    """Turns one YAML mapping into model objects, raising InputError at the entry's line."""

    def __init__(self, path: Path, source: SourceText | None):
        self.path, self.source = path, source

    def fail(self, entry: dict, message: str) -> InputError:
        return InputError(self.path, entry.get(LINE_KEY), message)

    def lines(self, entry: dict, field: str = "lines") -> tuple[int, int]:
        value = entry.get(field)
        if isinstance(value, int):
            value = [value, value]
        if not (isinstance(value, list) and len(value) == 2 and all(isinstance(v, int) for v in value)):
            raise self.fail(entry, f"'{field}' must be a line number or [first, last], got {value!r}")
        first, last = value
        if self.source and not (1 <= first <= last <= len(self.source)):
            raise self.fail(entry, f"lines {first}-{last} are outside the source text (1-{len(self.source)})")
        return first, last

    def ref(self, entry: dict, text: str) -> Ref:
        try:
            return Ref.parse(str(text))
        except ValueError as exc:
            raise self.fail(entry, str(exc)) from None

    def decimal(self, entry: dict, value: Any) -> Decimal:
        try:
            return Decimal(str(value).replace(" ", "").replace(",", "."))
        except InvalidOperation:
            raise self.fail(entry, f"{value!r} is not a number") from None

    def date(self, entry: dict, value: Any) -> date:
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            raise self.fail(entry, f"{value!r} is not a date (YYYY-MM-DD)") from None

    def check_in_source(self, entry: dict, text: str, lines: tuple[int, int], what: str) -> None:
        if self.source and not self.source.contains(text, *lines):
            raise self.fail(entry, f"{what} {text!r} does not occur in source lines {lines[0]}-{lines[1]}")

    def status(self, entry: dict, value: Any, lines: tuple[int, int]) -> Status:
        if isinstance(value, dict):
            code, lines, evidence = value.get("value"), self.lines(value), value.get("evidence", "")
        else:
            code, evidence = value, ""
        if code not in STATUSES:
            raise self.fail(entry, f"status {code!r} is not one of {', '.join(STATUSES)}")
        return Status(code, lines, evidence)

    def partner(self, entry: dict, value: dict, default_lines: tuple[int, int]) -> PartnerMention:
        role = value.get("role", "participant")
        if role not in PARTNER_ROLES:
            raise self.fail(value, f"partner role {role!r} is not one of {', '.join(PARTNER_ROLES)}")
        lines = self.lines(value) if "lines" in value else default_lines
        name = str(value.get("name", "")).strip()
        if not name:
            raise self.fail(value, "partner entry has no 'name'")
        evidence = value.get("evidence") or name
        self.check_in_source(value, evidence, lines, "partner evidence")
        return PartnerMention(name, role, lines, evidence)

    def funding(self, entry: dict, value: dict, default_lines: tuple[int, int]) -> Funding:
        lines = self.lines(value) if "lines" in value else default_lines
        evidence = str(value.get("evidence", ""))
        if evidence:
            self.check_in_source(value, evidence, lines, "funding evidence")
        return Funding(
            amount_sek=self.decimal(value, value.get("amount_sek")), lines=lines, evidence=evidence,
            funder=value.get("funder", "Region Halland"), period=value.get("period"),
            kind=value.get("kind", "region-funding"),
        )

    def entity(self, entry: dict) -> Entity:
        """One curated entity; its label must occur in the cited lines (``label_in_source: false`` to waive)."""
        kind = entry.get("kind")
        if kind not in KINDS:
            raise self.fail(entry, f"kind {kind!r} is not one of {', '.join(KINDS)}")
        label = str(entry.get("label", "")).strip()
        if not label:
            raise self.fail(entry, "entry has no 'label'")
        lines = self.lines(entry)
        if entry.get("label_in_source", True):
            self.check_in_source(entry, label, lines, "label")
        listed = lambda name: entry.get(name) or []  # noqa: E731
        found = Entity(
            kind=kind, key=str(entry.get("key") or slugify(label)), label=label, lines=lines,
            parents=[self.ref(entry, p) for p in listed("parents")],
            number=str(entry["number"]) if entry.get("number") is not None else None,
            description=entry.get("description"), comment=entry.get("comment"),
            follows_up=[self.ref(entry, p) for p in listed("follows_up")],
            continues=[self.ref(entry, p) for p in listed("continues")],
            alt_labels=list(listed("alt_labels")), note=entry.get("note"),
            origin=(str(self.path), entry.get(LINE_KEY)),
        )
        if entry.get("status"):
            found.status = self.status(entry, entry["status"], lines)
        if entry.get("end_date"):
            found.end_date = self.date(entry, entry["end_date"])
        if entry.get("owner"):
            found.owner = self.partner(entry, {**entry["owner"], "role": "owner"} if isinstance(entry["owner"], dict)
                                       else {"name": entry["owner"], "role": "owner", LINE_KEY: entry.get(LINE_KEY)}, lines)
        found.partners = [self.partner(entry, p, lines) for p in listed("partners")]
        found.funding = [self.funding(entry, f, lines) for f in listed("funding")]
        found.amounts = [Amount(str(a.get("label")), self.decimal(a, a.get("value_msek")), a.get("year"))
                         for a in listed("amounts")]
        return found


def read_entities(path: Path, source: SourceText | None) -> list[Entity]:
    """All entities of a curation file of the form ``entities: [ {kind, label, lines, ...}, ... ]``."""
    data = load_yaml(path)
    if not isinstance(data, dict) or not isinstance(data.get("entities", []), list):
        raise InputError(path, 1, "expected a mapping with a list under 'entities'")
    reader = EntryReader(path, source)
    result = []
    for entry in data.get("entities") or []:
        if not isinstance(entry, dict):
            raise InputError(path, None, f"every item under 'entities' must be a mapping, got {entry!r}")
        result.append(reader.entity(entry))
    return result
