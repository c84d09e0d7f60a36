"""Linking entities to the partners their texts name, with the role the text gives them.

Issue 3, point 4: an "Ägare"/"Projektägare" field makes the owner; a funder of an amount is a
financier; a name in an activity's or assignment's own label or description makes a participant
(a strategic partner where the sentence says "strategisk partner" or "strategiska allianser"; a
financier where it is an EU fund or programme, or follows "finansiering från"/"finansieras av");
a name in a follow-up's comment is "mentioned". Each partner gets one role from the free text
per entity (the strongest), and none beside an owner or financier field unless the text makes it
a strategic partner (docs/model.md, "Partners"). The matched words are kept as evidence, with
the line they stand on.
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
_STRATEGIC = re.compile(r"strategisk\w*\s+(?:partner|allians)", re.IGNORECASE)
# "med Nationell finansiering från Tillväxtverket" (000:1185-1187): the named body pays.
_FUNDED_BY = re.compile(r"(?:finansiering|medel|bidrag|anslag)\s+från\s+$|finansiera[std]?\s+av\s+$", re.IGNORECASE)
# Free-text roles, strongest first; an explicit owner/financier field leaves room only for the first.
FREE_TEXT_ORDER = ("strategic-partner", "financier", "participant", "mentioned")


def sentence_around(text: str, start: int, end: int) -> str:
    left = max(text.rfind(". ", 0, start), -1) + 1
    right = text.find(". ", end)
    return text[left: right if right >= 0 else len(text)]


class PartnerLinker:
    def __init__(self, writer: DocumentGraph, registry: PartnerRegistry):
        self.writer, self.registry = writer, registry

    def link(self, iri: URIRef, entity: Entity) -> None:
        explicit: set[str] = set()
        if entity.owner:
            explicit |= self.explicit(iri, entity, entity.owner.name, "owner", entity.owner.evidence, entity.owner.lines)
        for mention in entity.partners:
            explicit |= self.explicit(iri, entity, mention.name, mention.role, mention.evidence, mention.lines)
        for funding in entity.funding:
            partner = self.registry.resolve(funding.funder) if funding.kind != "total-budget" else None
            if partner is not None:
                explicit.add(partner.key)
                self.writer.write_partner_role(iri, partner_iri(partner.key), partner.key, "financier",
                                               funding.evidence or funding.funder, funding.lines)
        if entity.kind in SCANNED_KINDS:
            self.write_free_text(iri, entity, explicit)

    def write_free_text(self, iri: URIRef, entity: Entity, explicit: set[str]) -> None:
        """One role per partner named in the texts: the strongest; beside an explicit role only a stronger one."""
        best: dict[str, tuple[str, object]] = {}
        owner_field = entity.owner.evidence if entity.owner else None  # "Ägare: LRF. Förstudien utförs av Agroväst."
        for text, role in ((entity.label, "participant"), (entity.description, "participant"),
                           (owner_field, "participant"), (entity.comment, "mentioned")):
            for mention, this_role in self.scan(text or "", role):
                known = best.get(mention.partner.key)
                if known is None or FREE_TEXT_ORDER.index(this_role) < FREE_TEXT_ORDER.index(known[0]):
                    best[mention.partner.key] = (this_role, mention)
        for key, (role, mention) in best.items():
            if key in explicit and role != "strategic-partner":
                continue
            lines = self.writer.source.find(mention.text, *entity.lines) or entity.lines
            self.writer.write_partner_role(iri, partner_iri(key), key, role, mention.text, lines)

    def explicit(self, iri, entity, name, role, evidence, lines) -> set[str]:
        origin = self.writer.resolver.origin(entity, self.writer.document.docid)
        keys = set()
        for partner_node in self.writer.resolver.owners(name, origin):
            key = str(partner_node).rsplit("/", 1)[1]
            keys.add(key)
            self.writer.write_partner_role(iri, partner_node, key, role, evidence, lines)
        return keys

    def scan(self, text: str, role: str):
        """(mention, role) for every partner the text names, Region Halland and Regionkontoret left out."""
        for mention in self.registry.find_mentions(text):
            if mention.partner.key in NOT_LINKED_FROM_FREE_TEXT:
                continue
            yield mention, self.role_in_text(text, mention, role) if role == "participant" else role

    @staticmethod
    def role_in_text(text: str, mention, role: str) -> str:
        """A label's or description's name: strategic partner, financier (EU fund, "finansiering från") or participant."""
        if _STRATEGIC.search(sentence_around(text, mention.start, mention.end)):
            return "strategic-partner"
        if mention.partner.kind == "eu-program" or _FUNDED_BY.search(text, max(0, mention.start - 40), mention.start):
            return "financier"
        return role
