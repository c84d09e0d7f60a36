"""Assembling the whole dataset: ontology, partners and one named graph per document.

Issue 3, points 2–6. The order matters only for messages; the result does not depend on it.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

from ..errors import InputError
from ..extract import BY_ID, DOCUMENTS, Document, extract
from ..model import GLOBAL_KINDS, DocumentRecords, Entity
from ..partners import PartnerRegistry
from ..sources import SourceText, loose
from ..vocabulary import KIND_IRI, ORG, PARENT_PROPERTY, PREFIXES, SG, entity_iri, graph_iri, partner_iri, document_iri
from .crossdoc import Link, all_links
from .document_graph import DocumentGraph, sv
from .partner_links import PartnerLinker
from .resolve import Resolver

REGION = "region-halland"


@dataclass
class BuildResult:
    dataset: Dataset
    records: dict[str, DocumentRecords]
    links: list[Link] = field(default_factory=list)
    unlinked_partners: list[str] = field(default_factory=list)  # in partners.yaml, named by no entity


def choose_labels(records: dict[str, DocumentRecords], resolver: Resolver) -> dict[tuple[str, str], str]:
    """One label per shared node: the wording most documents use; on a tie, the latest document's."""
    votes: dict[tuple[str, str], Counter] = {}
    order = {d.docid: i for i, d in enumerate(sorted(DOCUMENTS, key=lambda d: d.year))}
    for docid, doc_records in records.items():
        for e in doc_records.entities:
            if e.kind in GLOBAL_KINDS:
                key = (e.kind, resolver.canonical_key(e.kind, e.key))
                votes.setdefault(key, Counter())[e.label] += 1 + order[docid] / 100
    return {key: counter.most_common(1)[0][0] for key, counter in votes.items()}


def check_shared_wordings(records: dict[str, DocumentRecords], resolver: Resolver, data_dir: Path) -> None:
    """Two wordings under one shared key must be declared the same node (alt_labels or same_as):
    a key cut at 60 characters must not merge two different goals or priorities silently."""
    seen: dict[tuple[str, str], tuple[str, Entity]] = {}
    for docid, doc_records in records.items():
        for e in doc_records.entities:
            if e.kind not in GLOBAL_KINDS or resolver.canonical_key(e.kind, e.key) != e.key:
                continue
            known = seen.setdefault((e.kind, e.key), (docid, e))
            other = known[1]
            if loose(e.label) != loose(other.label) and not ({loose(e.label)} & {loose(w) for w in other.alt_labels}
                                                             or {loose(other.label)} & {loose(w) for w in e.alt_labels}):
                path, line = e.origin or (str(data_dir / "sources" / BY_ID[docid].filename), e.lines[0])
                raise InputError(path, line, f"{e.kind} key '{e.key}' is used for '{e.label}' here and for "
                                 f"'{other.label}' in {known[0]}; give one its own key, or list the other wording "
                                 f"in alt_labels if they are the same {e.kind}")


def check_unique_keys(document: Document, doc_records: DocumentRecords, data_dir: Path) -> None:
    seen: dict[tuple[str, str], Entity] = {}
    for e in doc_records.entities:
        if e.kind in GLOBAL_KINDS:
            continue
        if (e.kind, e.key) in seen:
            path, line = e.origin or (str(data_dir / "sources" / document.filename), e.lines[0])
            first = seen[(e.kind, e.key)]
            raise InputError(path, line, f"{e.kind} key '{e.key}' ('{e.label}') is used twice in {document.docid}; "
                                         f"first at source lines {first.lines[0]}-{first.lines[1]}")
        seen[(e.kind, e.key)] = e


def used_partners(dataset: Dataset) -> set[URIRef]:
    return {o for p in (SG.partner, SG.funder, DCTERMS.creator) for _, _, o, _ in dataset.quads((None, p, None, None))}


def partner_graph(graph: Graph, registry: PartnerRegistry, used: set[URIRef]) -> list[str]:
    """Writes the partners that some entity links to; returns the labels of those none does."""
    unused = []
    for p in registry.partners:
        iri = partner_iri(p.key)
        if iri not in used and p.key != REGION:
            unused.append(p.label)
            continue
        graph.add((iri, RDF.type, SG.InternalUnit if p.internal else SG.Partner))
        graph.add((iri, RDFS.label, sv(p.label)))
        graph.add((iri, SKOS.prefLabel, sv(p.label)))
        for alias in (*p.aliases, *p.case_sensitive_aliases):
            if alias != p.label:
                graph.add((iri, SKOS.altLabel, sv(alias)))
        graph.add((iri, SG.partnerKind, KIND_IRI[p.kind]))
        if p.internal and p.key != REGION:
            graph.add((iri, ORG.unitOf, partner_iri(p.parent or REGION)))
        elif p.parent:
            graph.add((iri, ORG.subOrganizationOf, partner_iri(p.parent)))
        if p.note:
            graph.add((iri, SKOS.editorialNote, Literal(p.note, lang="en")))
    return unused


def write_links(dataset: Dataset, links: list[Link]) -> None:
    relation = {"follows_up": SG.followsUp, "continues": SG.continues}
    for link in links:
        graph = dataset.graph(graph_iri(link.source.doc))
        subject = entity_iri(link.source.kind, link.source.key, link.source.doc)
        target = entity_iri(link.target.kind, link.target.key, link.target.doc)
        if link.relation == "part_of":
            graph.add((subject, PARENT_PROPERTY[link.target.kind], target))
            graph.add((subject, SG.contributesTo, target))
            continue
        graph.add((subject, relation[link.relation], target))
        graph.add((subject, SG.correspondsTo, target))


def write_unplaced(dataset: Dataset, unplaced: dict) -> None:
    for ref, note in unplaced.items():
        graph = dataset.graph(graph_iri(ref.doc))
        subject = entity_iri(ref.kind, ref.key, ref.doc)
        graph.add((subject, SG.unplacedInSources, Literal(True)))
        graph.add((subject, SKOS.editorialNote, Literal(note, lang="en")))


def build(data_dir: Path, ontology: Path, progress=lambda message: None) -> BuildResult:
    """Extract every document, resolve references and write the dataset (in memory)."""
    registry = PartnerRegistry.load(data_dir / "curation" / "partners.yaml")
    records: dict[str, DocumentRecords] = {}
    for document in DOCUMENTS:
        records[document.docid] = extract(document, data_dir)
        check_unique_keys(document, records[document.docid], data_dir)
        progress(f"read {document.docid} ({document.filename}): {len(records[document.docid].entities)} records")
    links, curated = all_links(records, data_dir / "curation")
    files = {d.docid: str(data_dir / "sources" / d.filename) for d in DOCUMENTS}
    resolver = Resolver(records, registry, files, curated.key_aliases)
    check_shared_wordings(records, resolver, data_dir)
    labels = choose_labels(records, resolver)
    dataset = Dataset()
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace)
    dataset.graph(graph_iri("ontology")).parse(ontology, format="turtle")
    author = partner_iri("regionkontoret") if registry.by_key("regionkontoret") else None
    for document in DOCUMENTS:
        write_document(dataset, document, records[document.docid], data_dir, resolver, registry, labels, author)
        progress(f"wrote graph {document.docid}")
    write_links(dataset, links)
    write_unplaced(dataset, curated.unplaced)
    progress(f"linked documents: {len(links)} cross-document links")
    unused = partner_graph(dataset.graph(graph_iri("partners")), registry, used_partners(dataset))
    return BuildResult(dataset, records, links, unused)


def write_document(dataset, document, doc_records, data_dir, resolver, registry, labels, author) -> None:
    source = SourceText(data_dir / "sources" / document.filename)
    writer = DocumentGraph(dataset.graph(graph_iri(document.docid)), document, source, resolver)
    writer.write_document_node(author)
    linker = PartnerLinker(writer, registry)
    for entity in doc_records.entities:
        label = labels.get((entity.kind, resolver.canonical_key(entity.kind, entity.key)), entity.label)
        iri = writer.write_entity(entity, label)
        linker.link(iri, entity)
