"""Links between documents: the same assignment or activity in a plan and its follow-up, or in a
follow-up and a later plan (issue 3, point 5).

Two sources of links, both written into the graph of the later document:
1. Automatic: an entry whose label equals (ignoring case, hyphenation and punctuation) an entry of
   a kind that can correspond in the nearest earlier document that has one.
2. Curated: ``data/curation/*-links.yaml`` (one per extractor, plus cross-document-links.yaml),
   for wording that differs; each link names its target by document, kind and label or key.
A curated ``same_as`` between shared nodes (two wordings of one priority) merges them into one node.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..curation import LINE_KEY, load_yaml
from ..errors import InputError
from ..extract import DOCUMENTS, Document
from ..model import GLOBAL_KINDS, DocumentRecords, Entity, Ref
from ..sources import loose
from ..vocabulary import PARENT_PROPERTY

# Kinds that may stand for the same piece of work in two documents.
CORRESPONDING = {
    "Assignment": {"Assignment", "PlanItem", "JointAssignment"},
    "PlanItem": {"Assignment", "PlanItem"},
    "JointAssignment": {"JointAssignment", "Assignment"},
    "Activity": {"Activity", "Project"},
    "Project": {"Activity", "Project"},
}
# part_of: the later entry is a narrower part of the earlier one (one strength area of a plan item):
# written as a climb (the parent property and sg:contributesTo), so tracing down from the later entry
# does not reach the earlier entry's other parts, as a `continues` would (docs/model.md, "Tracing").
RELATIONS = ("follows_up", "continues", "continued_by", "same_as", "part_of")


@dataclass(frozen=True)
class Link:
    source: Ref          # always carries its document id
    relation: str        # follows_up | continues | part_of
    target: Ref
    how: str             # "same label" or the curation note
    origin: tuple[str, int | None]


def chronological(documents=DOCUMENTS) -> list[Document]:
    """Earliest first; a plan before its own follow-up in the same year."""
    return sorted(documents, key=lambda d: (d.year, d.kind == "follow-up"))


def relation_between(later: Document, earlier: Document) -> str:
    return "follows_up" if later.follows_up == earlier.docid else "continues"


def best_matches(entity: Entity, matches: list[Entity]) -> list[Entity]:
    """Among same-label candidates, those of the entity's own kind if there are any."""
    same_kind = [m for m in matches if m.kind == entity.kind]
    return same_kind or matches


def automatic_links(records: dict[str, DocumentRecords], curated_sources: set[Ref] = frozenset()) -> list[Link]:
    order = [d for d in chronological() if d.docid in records]
    index = {d.docid: {} for d in order}
    for d in order:
        for e in records[d.docid].entities:
            if e.kind in CORRESPONDING:
                index[d.docid].setdefault(loose(e.label), []).append(e)
    links = []
    for i, later in enumerate(order):
        for entity in records[later.docid].entities:
            if entity.kind not in CORRESPONDING or Ref(entity.kind, entity.key, later.docid) in curated_sources:
                continue
            for earlier in reversed(order[:i]):
                matches = [m for m in index[earlier.docid].get(loose(entity.label), [])
                           if m.kind in CORRESPONDING[entity.kind]]
                if matches:
                    matches = best_matches(entity, matches)
                    links += [Link(Ref(entity.kind, entity.key, later.docid), relation_between(later, earlier),
                                   Ref(m.kind, m.key, earlier.docid), "same label", (later.filename, entity.lines[0]))
                              for m in matches]
                    break
    return links


class CuratedLinks:
    """Reads the curated link files and resolves their targets against the records."""

    def __init__(self, records: dict[str, DocumentRecords]):
        self.records = records
        self.links: list[Link] = []
        self.key_aliases: dict[tuple[str, str], str] = {}
        self.unplaced: dict[Ref, str] = {}   # entries the documents place under nothing, with the reason

    def read_all(self, curation_dir: Path) -> "CuratedLinks":
        for path in sorted(curation_dir.glob("*links.yaml")):
            self.read(path)
        return self

    def read(self, path: Path) -> None:
        data = load_yaml(path) or {}
        default_doc = path.name[: -len("-links.yaml")] if path.name.endswith("-links.yaml") else None
        if default_doc not in self.records:
            default_doc = None
        for entry in data.get("links") or []:
            self.read_entry(path, entry, default_doc)
        for entry in data.get("unplaced") or []:
            self.read_unplaced(path, entry, default_doc)

    def read_unplaced(self, path: Path, entry: dict, default_doc: str | None) -> None:
        """``unplaced: [{entity: "docid/Kind:key", note: why}]``: a reviewed 'no parent exists'."""
        if not isinstance(entry, dict) or "entity" not in entry or not entry.get("note"):
            raise self.fail(path, entry, "an 'unplaced' entry needs 'entity' and a 'note' saying why")
        ref = self.source(path, {**entry, "from": entry["entity"]}, default_doc)
        self.unplaced[ref] = str(entry["note"])

    def fail(self, path: Path, entry: dict, message: str) -> InputError:
        return InputError(path, entry.get(LINE_KEY) if isinstance(entry, dict) else None, message)

    def read_entry(self, path: Path, entry: dict, default_doc: str | None) -> None:
        if not isinstance(entry, dict) or "from" not in entry or "to" not in entry:
            raise self.fail(path, entry, "a link needs 'from', 'relation' and 'to'")
        relation = entry.get("relation")
        if relation not in RELATIONS:
            raise self.fail(path, entry, f"relation {relation!r} is not one of {', '.join(RELATIONS)}")
        source = self.source(path, entry, default_doc)
        target = self.target(path, entry, entry["to"])
        origin = (str(path), entry.get(LINE_KEY))
        note = entry.get("note") or "curated"
        if relation == "same_as":
            if source.kind not in GLOBAL_KINDS or target.kind != source.kind:
                raise self.fail(path, entry, "same_as joins two wordings of one shared node of the same kind")
            self.key_aliases[(source.kind, source.key)] = target.key
        elif relation == "part_of" and target.kind not in PARENT_PROPERTY:
            raise self.fail(path, entry, f"part_of needs a target that can have parts ({', '.join(PARENT_PROPERTY)}); "
                                         f"the target is a {target.kind}")
        elif relation == "continued_by":
            self.links.append(Link(target, "continues", source, note, origin))
        else:
            self.links.append(Link(source, relation, target, note, origin))

    def source(self, path: Path, entry: dict, default_doc: str | None) -> Ref:
        """``from``: "Kind:key", "docid/Kind:key" or {doc, kind, label|key} (doc defaults to the file's)."""
        given = entry["from"]
        if isinstance(given, dict):
            return self.target(path, entry, {"doc": default_doc, **given})
        try:
            ref = Ref.parse(str(given))
        except ValueError as exc:
            raise self.fail(path, entry, str(exc)) from None
        ref = Ref(ref.kind, ref.key, ref.doc or default_doc)
        if ref.doc is None:
            raise self.fail(path, entry, "'from' must name its document (docid/Kind:key) in this file")
        self.find(path, entry, ref.doc, ref.kind, key=ref.key)
        return ref

    def target(self, path: Path, entry: dict, to) -> Ref:
        if not isinstance(to, dict) or not {"doc", "kind"} <= set(to) or not ({"label", "key"} & set(to)):
            raise self.fail(path, entry, "'to' must be {doc, kind, label} or {doc, kind, key}")
        found = self.find(path, entry, to["doc"], to["kind"], key=to.get("key"), label=to.get("label"))
        return Ref(found.kind, found.key, to["doc"])

    def find(self, path: Path, entry: dict, doc: str, kind: str, key=None, label=None) -> Entity:
        if doc not in self.records:
            raise self.fail(path, entry, f"unknown document {doc!r}; known: {', '.join(self.records)}")
        for e in self.records[doc].entities:
            if e.kind == kind and ((key is not None and e.key == str(key))
                                   or (label is not None and loose(e.label) == loose(str(label)))):
                return e
        wanted = f"key {key!r}" if key is not None else f"label {label!r}"
        raise self.fail(path, entry, f"document {doc} has no {kind} with {wanted}")


def all_links(records: dict[str, DocumentRecords], curation_dir: Path) -> tuple[list[Link], "CuratedLinks"]:
    """Automatic and curated links (duplicates removed), and the curated file contents (key aliases
    of merged shared nodes, unplaced entries)."""
    curated = CuratedLinks(records).read_all(curation_dir)
    seen, result = set(), []
    curated_sources = {link.source for link in curated.links}
    for link in curated.links + automatic_links(records, curated_sources):
        ident = (link.source, link.target)
        if ident not in seen and (link.target, link.source) not in seen:
            seen.add(ident)
            result.append(link)
    return result, curated
