"""The entries of the partner registry, data/curation/partners.yaml: reading and checking them.

docs/partners.md describes the fields and the decisions behind the entries. ``read_entries``
turns the YAML list into ``Partner`` records, and reports a broken entry as an InputError at
its line. ``unconfirmed_sources`` checks each entry's ``sources`` citations ("003:11") against
the source texts. The registry that matches the names is in partners.py.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .curation import LINE_KEY, load_yaml
from .errors import InputError
from .sources import clean_text, loose
from .vocabulary import PARTNER_KINDS

if TYPE_CHECKING:  # partners.py imports this module, so the registry is only a type here
    from .partners import PartnerRegistry

FIELDS = {"key", "label", "kind", "internal", "aliases", "case_sensitive_aliases", "party_aliases", "parent",
          "note", "sources", "label_in_source", LINE_KEY}
_KEY = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_SOURCE = re.compile(r"(\d{3}):(\d+)(?:-(\d+))?")


@dataclass(frozen=True)
class Partner:
    key: str
    label: str
    kind: str
    internal: bool
    aliases: tuple[str, ...] = ()
    case_sensitive_aliases: tuple[str, ...] = ()
    party_aliases: tuple[str, ...] = ()   # bare names ("Laholm"): matched only as a named party
    parent: str | None = None
    note: str | None = None
    sources: tuple[str, ...] = ()
    label_in_source: bool = True
    line: int | None = None

    @property
    def spellings(self) -> tuple[str, ...]:
        """The label and every alias, each once."""
        return tuple(dict.fromkeys((self.label, *self.aliases, *self.case_sensitive_aliases)))


def read_entries(path: Path) -> list[Partner]:
    """Read and check partners.yaml; a broken entry is an InputError at its line."""
    data = load_yaml(path)
    if not isinstance(data, list):
        raise InputError(path, 1, "expected a list of partner entries (- key: ..., label: ..., kind: ...)")
    return [_read_entry(path, entry) for entry in data]


def _strings(path: Path, entry: dict, field: str) -> tuple[str, ...]:
    values = entry.get(field) or []
    if not isinstance(values, list):
        raise InputError(path, entry[LINE_KEY], f"'{field}' of '{entry.get('key')}' must be a list, got {values!r}")
    for value in values:
        if not isinstance(value, str) or not value.strip():
            raise InputError(path, entry[LINE_KEY], f"'{field}' of '{entry.get('key')}' holds {value!r}, "
                                                    f"which is not a non-empty string (quote it)")
    return tuple(v.strip() for v in values)


def _read_entry(path: Path, entry: object) -> Partner:
    """One YAML mapping as a Partner; every problem names the entry's line."""
    if not isinstance(entry, dict):
        raise InputError(path, None, f"every partner entry must be a mapping, got {entry!r}")
    _check_entry(path, entry)
    return Partner(entry["key"], entry["label"].strip(), entry["kind"], entry["internal"],
                   _strings(path, entry, "aliases"), _strings(path, entry, "case_sensitive_aliases"),
                   _strings(path, entry, "party_aliases"), entry.get("parent"), entry.get("note"),
                   _strings(path, entry, "sources"), entry.get("label_in_source", True) is not False, entry[LINE_KEY])


def _check_entry(path: Path, entry: dict) -> None:
    """The fields a Partner needs, checked in the order their messages are most useful."""
    key = entry.get("key")

    def fail(message: str) -> InputError:
        return InputError(path, entry[LINE_KEY], f"partner '{key}': {message}")

    if unknown := sorted(set(entry) - FIELDS):
        raise fail(f"unknown field(s) {', '.join(unknown)}; known: {', '.join(sorted(FIELDS - {LINE_KEY}))}")
    if not isinstance(key, str) or not _KEY.fullmatch(key):
        raise fail("'key' must be a lower-case slug such as 'region-halland'")
    if not isinstance(entry.get("label"), str) or not entry["label"].strip():
        raise fail("has no 'label'")
    if entry.get("kind") not in PARTNER_KINDS:
        raise fail(f"kind {entry.get('kind')!r} is not one of {', '.join(PARTNER_KINDS)}")
    if not isinstance(entry.get("internal"), bool):
        raise fail("'internal' must be true or false")
    if bad := [s for s in _strings(path, entry, "sources") if not _SOURCE.fullmatch(s)]:
        raise fail(f"source {bad[0]!r} is not of the form '003:11' or '000:85-88'")


def _found(registry: PartnerRegistry, partner: Partner, passage: str) -> bool:
    """The passage names the partner by a shared head noun ("Södra och Västra sjukvårdsregionskompetensråden")."""
    return any(m.partner is partner for m in registry.find_mentions(clean_text(passage)))


def unconfirmed_sources(registry: PartnerRegistry, sources_dir: Path) -> list[str]:
    """Citations ("003:11") whose lines (and the two after, for wrapped cells) hold none of the partner's spellings
    and do not name it by a shared head noun."""
    texts = {p.name[:3]: p.read_text(encoding="utf-8").split("\n") for p in sources_dir.glob("[0-9][0-9][0-9]_*.txt")}
    problems = []
    for partner in registry.partners:
        names = [loose(s) for s in (*partner.spellings, *partner.party_aliases)
                 if s != partner.label or partner.label_in_source]
        for source in partner.sources if names else ():
            doc, first, last = _SOURCE.fullmatch(source).groups()
            passage = "\n".join(texts.get(doc, [])[int(first) - 1:int(last or first) + 2])
            if not any(name in loose(passage) for name in names) and not _found(registry, partner, passage):
                problems.append(f"{registry.path}:{partner.line}: {partner.key}: {source} does not name it")
    return problems
