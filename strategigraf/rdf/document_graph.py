"""The named graph of one source document: its entities, links, statuses, money and sources.

Implements docs/model.md ("Every entity", "Links upward", "Qualified statements"). Shared nodes
(goals, focus areas, …) get the label chosen by ``LabelChoice``; the document's own wording, when
different, becomes a skos:altLabel.
"""
from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from ..extract import Document
from ..model import Entity, LineRange
from ..sources import SourceText
from ..vocabulary import (
    CLASS_IRI, DOCUMENT_CLASS, PARENT_PROPERTY, ROLE_IRI, SCHEMA, SG, STATUS_IRI,
    document_iri, passage_iri,
)
from .resolve import Resolver


def sv(text: str) -> Literal:
    return Literal(text, lang="sv")


class DocumentGraph:
    """Writes one document's records into ``graph`` (the document's named graph)."""

    def __init__(self, graph: Graph, document: Document, source: SourceText, resolver: Resolver):
        self.graph, self.document, self.source, self.resolver = graph, document, source, resolver
        self.doc_iri = document_iri(document.docid)

    def add(self, *triple) -> None:
        self.graph.add(triple)

    def write_document_node(self, author: URIRef | None) -> None:
        doc, d = self.doc_iri, self.document
        self.add(doc, RDF.type, DOCUMENT_CLASS[d.kind])
        self.add(doc, RDFS.label, sv(d.title))
        self.add(doc, DCTERMS.title, sv(d.title))
        self.add(doc, SG.year, Literal(d.year, datatype=XSD.integer))
        self.add(doc, SG.periodStart, Literal(d.period_start, datatype=XSD.date))
        self.add(doc, SG.periodEnd, Literal(d.period_end, datatype=XSD.date))
        self.add(doc, SG.sourceFile, Literal(f"data/sources/{d.filename}"))
        self.add(doc, SG.documentId, Literal(d.docid))
        if d.issued:
            self.add(doc, DCTERMS.issued, Literal(d.issued, datatype=XSD.date))
        if author is not None:
            self.add(doc, DCTERMS.creator, author)
        if d.follows_up:
            self.add(doc, SG.followsUpPlan, document_iri(d.follows_up))
        if d.note:
            self.add(doc, SKOS.editorialNote, Literal(d.note, lang="en"))

    def passage(self, lines: LineRange) -> URIRef:
        """The passage node for ``lines``, written once with its text."""
        first, last = lines
        iri = passage_iri(self.document.docid, first, last)
        if (iri, RDF.type, SG.SourcePassage) not in self.graph:
            self.add(iri, RDF.type, SG.SourcePassage)
            self.add(iri, DCTERMS.isPartOf, self.doc_iri)
            self.add(iri, SG.firstLine, Literal(first, datatype=XSD.integer))
            self.add(iri, SG.lastLine, Literal(last, datatype=XSD.integer))
            self.add(iri, SG.text, Literal(self.source.passage(first, last)))
            self.add(iri, RDFS.label, Literal(f"{self.document.docid} rad {first}–{last}", lang="sv"))
        return iri

    def cite(self, subject: URIRef, lines: LineRange) -> None:
        self.add(subject, DCTERMS.source, self.doc_iri)
        self.add(subject, PROV.wasDerivedFrom, self.passage(lines))

    def write_entity(self, entity: Entity, label: str) -> URIRef:
        iri = self.resolver.iri(entity.ref, self.document.docid)
        self.add(iri, RDF.type, CLASS_IRI[entity.kind])
        self.add(iri, RDFS.label, sv(label))
        self.add(iri, SKOS.prefLabel, sv(label))
        for alt in {entity.label, *entity.alt_labels} - {label}:
            self.add(iri, SKOS.altLabel, sv(alt))
        self.cite(iri, entity.lines)
        self.write_texts(iri, entity)
        self.write_parents(iri, entity)
        if entity.status:
            self.write_status(iri, entity)
        for n, funding in enumerate(entity.funding, 1):
            self.write_funding(iri, n, funding, entity)
        for n, amount in enumerate(entity.amounts, 1):
            node = URIRef(f"{iri}/belopp/{n}")
            self.add(iri, SG.hasAmount, node)
            self.add(node, RDF.type, SG.Amount)
            self.add(node, RDFS.label, sv(amount.label))
            self.add(node, SG.amountMSEK, Literal(amount.value_msek, datatype=XSD.decimal))
            if amount.year:
                self.add(node, SG.year, Literal(amount.year, datatype=XSD.integer))
            self.cite(node, entity.lines)
        return iri

    def write_texts(self, iri: URIRef, entity: Entity) -> None:
        if entity.number:
            self.add(iri, SG.number, Literal(entity.number))
        if entity.description:
            self.add(iri, DCTERMS.description, sv(entity.description))
        if entity.comment:
            self.add(iri, SG.comment, sv(entity.comment))
        if entity.end_date:
            self.add(iri, SCHEMA.endDate, Literal(entity.end_date, datatype=XSD.date))
        if entity.note:
            self.add(iri, SKOS.editorialNote, Literal(entity.note, lang="en"))

    def write_parents(self, iri: URIRef, entity: Entity) -> None:
        for ref in entity.parents:
            parent = self.resolver.iri(ref, self.document.docid, entity)
            self.add(iri, PARENT_PROPERTY[ref.kind], parent)
            self.add(iri, SG.contributesTo, parent)

    def write_status(self, iri: URIRef, entity: Entity) -> None:
        status = entity.status
        node = URIRef(f"{iri}/status")
        self.add(iri, SG.hasStatusAssessment, node)
        self.add(node, RDF.type, SG.StatusAssessment)
        self.add(node, SG.statusValue, STATUS_IRI[status.value])
        self.add(node, SG.reportedIn, self.doc_iri)
        self.add(node, DCTERMS.date, Literal(self.document.period_end, datatype=XSD.date))
        if status.evidence:
            self.add(node, SG.evidence, Literal(status.evidence))
        self.cite(node, status.lines)

    def write_funding(self, iri: URIRef, n: int, funding, entity: Entity) -> None:
        node = URIRef(f"{iri}/finansiering/{n}")
        self.add(iri, SG.hasFunding, node)
        self.add(node, RDF.type, SG.Funding)
        self.add(node, SG.amountSEK, Literal(funding.amount_sek, datatype=XSD.decimal))
        self.add(node, SG.fundingKind, Literal(funding.kind))
        if funding.period:
            self.add(node, SG.fundingPeriod, Literal(str(funding.period)))
        if funding.evidence:
            self.add(node, SG.evidence, Literal(funding.evidence))
        if funding.kind != "total-budget":  # a project's total budget has many funders; the text names none
            funder = self.resolver.partner(funding.funder, self.resolver.origin(entity, self.document.docid))
            self.add(node, SG.funder, funder)
        self.cite(node, funding.lines)

    def write_partner_role(self, iri: URIRef, partner: URIRef, partner_key: str, role: str,
                           evidence: str, lines: LineRange) -> None:
        node = URIRef(f"{iri}/roll/{partner_key}-{role}")
        if (node, RDF.type, SG.PartnerRole) in self.graph:
            return
        self.add(iri, SG.hasPartnerRole, node)
        self.add(iri, SG.involvesPartner, partner)
        self.add(node, RDF.type, SG.PartnerRole)
        self.add(node, SG.partner, partner)
        self.add(node, SG.role, ROLE_IRI[role])
        self.add(node, SG.evidence, Literal(evidence))
        self.cite(node, lines)
