"""Resolving references between records: parents, cross-document links and partner names.

A reference that points nowhere stops the build with the file and line of the record that
made it (docs/extraction-contract.md), so a typo in a curation file never yields a dangling link.
"""
from __future__ import annotations

from rdflib import URIRef

from ..errors import InputError
from ..model import GLOBAL_KINDS, Entity, Ref
from ..partners import PartnerRegistry
from ..vocabulary import entity_iri, partner_iri


def origin_of(entity: Entity | None, fallback: str) -> tuple[str, int | None]:
    if entity is not None and entity.origin:
        return entity.origin
    if entity is not None:
        return fallback, entity.lines[0]
    return fallback, None


class Resolver:
    """Knows every record of every document; answers IRIs for references and partner names."""

    def __init__(self, records: dict, partners: PartnerRegistry, source_files: dict[str, str],
                 key_aliases: dict[tuple[str, str], str] | None = None):
        self.partners, self.source_files = partners, source_files
        self.key_aliases = key_aliases or {}
        self.local: set[tuple[str, str, str]] = set()
        self.shared: set[tuple[str, str]] = set()
        for docid, doc_records in records.items():
            for entity in doc_records.entities:
                key = self.canonical_key(entity.kind, entity.key)
                if entity.kind in GLOBAL_KINDS:
                    self.shared.add((entity.kind, key))
                else:
                    self.local.add((docid, entity.kind, key))

    def canonical_key(self, kind: str, key: str) -> str:
        return self.key_aliases.get((kind, key), key)

    def origin(self, entity: Entity, docid: str) -> tuple[str, int | None]:
        return origin_of(entity, self.source_files.get(docid, docid))

    def exists(self, ref: Ref, docid: str) -> bool:
        key = self.canonical_key(ref.kind, ref.key)
        if ref.kind in GLOBAL_KINDS:
            return (ref.kind, key) in self.shared
        return (ref.doc or docid, ref.kind, key) in self.local

    def iri(self, ref: Ref, docid: str, referrer: Entity | None = None) -> URIRef:
        """The IRI of ``ref`` as seen from document ``docid``; an unknown target is an InputError."""
        if referrer is not None and not self.exists(ref, docid):
            path, line = origin_of(referrer, self.source_files.get(docid, docid))
            raise InputError(path, line, f"{referrer.kind} '{referrer.label}' refers to {ref}, "
                                         f"which no record of document {ref.doc or docid} defines")
        key = self.canonical_key(ref.kind, ref.key)
        return entity_iri(ref.kind, key, None if ref.kind in GLOBAL_KINDS else (ref.doc or docid))

    def partner(self, name: str, entity_origin: tuple[str, int | None] | None) -> URIRef:
        """The IRI of the partner called ``name``; unknown names are an InputError at ``entity_origin``."""
        return self.owners(name, entity_origin)[0]

    def owners(self, name: str, entity_origin: tuple[str, int | None] | None) -> list[URIRef]:
        """Every partner an owner field names ("Region Halland/ INERA" names two), at least one."""
        found = self.partners.resolve_owners(name)
        if not found:
            path, line = entity_origin or ("data/curation/partners.yaml", None)
            raise InputError(path, line, f"partner '{name}' is not listed in data/curation/partners.yaml "
                                         "(add it, or add this spelling to an entry's aliases)")
        return [partner_iri(p.key) for p in found]
