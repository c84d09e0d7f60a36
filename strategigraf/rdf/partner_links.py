"""Linking entities to the partners their texts name, with the role the text gives them.

Issue 3, point 4: an "Ägare"/"Projektägare" field makes the owner; a funder of an amount is a
financier; a name in an activity's or assignment's own label or description makes a participant
(a strategic partner where the sentence says "strategisk partner"); a name in a follow-up's
comment is "mentioned". The matched words are kept as evidence, with the line they stand on.
"""
from __future__ import annotations

import re

from rdflib import URIRef

from ..model import Entity
from ..partners import PartnerRegistry
from ..vocabulary import partner_iri
from .document_graph import DocumentGraph

# Region Halland itself and the administration that writes every plan are named in nearly every
# sentence; as free-text mentions they say nothing about whom an activity works through.
NOT_LINKED_FROM_FREE_TEXT = {"region-halland", "regionkontoret"}
# Kinds whose texts are read for partner mentions (goals and budget tables name none that matter).
SCANNED_KINDS = {"Activity", "Project", "Assignment", "JointAssignment", "PlanItem", "Investment"}
_STRATEGIC = re.compile(r"strategisk\w*\s+partner", re.IGNORECASE)


def sentence_around(text: str, start: int, end: int) -> str:
    left = max(text.rfind(". ", 0, start), -1) + 1
    right = text.find(". ", end)
    return text[left: right if right >= 0 else len(text)]


class PartnerLinker:
    def __init__(self, writer: DocumentGraph, registry: PartnerRegistry):
        self.writer, self.registry = writer, registry

    def link(self, iri: URIRef, entity: Entity) -> None:
        if entity.owner:
            self.explicit(iri, entity, entity.owner.name, "owner", entity.owner.evidence, entity.owner.lines)
        for mention in entity.partners:
            self.explicit(iri, entity, mention.name, mention.role, mention.evidence, mention.lines)
        for funding in entity.funding:
            if funding.kind == "total-budget":
                continue
            partner = self.registry.resolve(funding.funder)
            if partner is not None:
                self.writer.write_partner_role(iri, partner_iri(partner.key), partner.key, "financier",
                                               funding.evidence or funding.funder, funding.lines)
        if entity.kind in SCANNED_KINDS:
            for text, role in ((entity.label, "participant"), (entity.description, "participant"),
                               (entity.comment, "mentioned")):
                if text:
                    self.scan(iri, entity, text, role)

    def explicit(self, iri, entity, name, role, evidence, lines) -> None:
        origin = self.writer.resolver.origin(entity, self.writer.document.docid)
        for partner_node in self.writer.resolver.owners(name, origin):
            key = str(partner_node).rsplit("/", 1)[1]
            self.writer.write_partner_role(iri, partner_node, key, role, evidence, lines)

    def scan(self, iri: URIRef, entity: Entity, text: str, role: str) -> None:
        for mention in self.registry.find_mentions(text):
            partner = mention.partner
            if partner.key in NOT_LINKED_FROM_FREE_TEXT:
                continue
            this_role = role
            if role == "participant" and _STRATEGIC.search(sentence_around(text, mention.start, mention.end)):
                this_role = "strategic-partner"
            lines = self.writer.source.find(mention.text, *entity.lines) or entity.lines
            self.writer.write_partner_role(iri, partner_iri(partner.key), partner.key, this_role,
                                           mention.text, lines)
