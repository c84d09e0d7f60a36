"""The extraction record model: what every document extractor hands to the graph builder.

Each source document is read by one extractor (``strategigraf.extract.<docid>``) into a
``DocumentRecords``: a flat list of ``Entity`` objects, each citing the line range of the
passage it was read from. The builder (``strategigraf.rdf``) turns records into RDF; no
extractor writes RDF itself. See docs/extraction-contract.md.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

# Kinds whose nodes are shared by all documents: one IRI per key, whichever document states it.
GLOBAL_KINDS = ("Strategy", "Goal", "PriorityArea", "Priority", "FocusArea", "PlanSection")
# Kinds minted per document: the IRI carries the document id.
LOCAL_KINDS = (
    "PlanItem", "JointAssignment", "Assignment", "Activity", "Project",
    "Indicator", "Investment", "BudgetLine",
)
KINDS = GLOBAL_KINDS + LOCAL_KINDS

ASSIGNMENT_STATUSES = ("uppfylls", "uppfylls-delvis", "uppfylls-inte")
ACTIVITY_STATUSES = (
    "pagar", "klar", "pausad", "ej-startad", "foljer-delvis-plan", "foljer-inte-plan",
)
STATUSES = ASSIGNMENT_STATUSES + ACTIVITY_STATUSES

PARTNER_ROLES = ("owner", "participant", "financier", "strategic-partner", "mentioned")

LineRange = tuple[int, int]


@dataclass(frozen=True)
class Ref:
    """A reference to an entity: ``Kind:key`` or, across documents, ``docid/Kind:key``."""

    kind: str
    key: str
    doc: str | None = None

    @classmethod
    def parse(cls, text: str) -> "Ref":
        doc = None
        body = text.strip()
        if "/" in body.split(":", 1)[0]:
            doc, body = body.split("/", 1)
        if ":" not in body:
            raise ValueError(f"reference {text!r} is not of the form Kind:key or docid/Kind:key")
        kind, key = body.split(":", 1)
        if kind not in KINDS:
            raise ValueError(f"reference {text!r} names an unknown kind {kind!r}; known: {', '.join(KINDS)}")
        return cls(kind, key.strip(), doc)

    def __str__(self) -> str:
        prefix = f"{self.doc}/" if self.doc else ""
        return f"{prefix}{self.kind}:{self.key}"


@dataclass
class PartnerMention:
    """A partner named in the text of an entity, with the role the text gives it."""

    name: str               # the alias exactly as written, resolved via data/curation/partners.yaml
    role: str               # one of PARTNER_ROLES
    lines: LineRange
    evidence: str           # the passage text that names the partner


@dataclass
class Funding:
    """An amount of money stated for an entity ("RH medel: 307200kr", "Total budget")."""

    amount_sek: Decimal
    lines: LineRange
    evidence: str
    funder: str = "Region Halland"   # partner name or alias
    period: str | None = None        # "2020", "2019-2021"
    kind: str = "region-funding"     # region-funding | total-budget | yearly-share


@dataclass
class Amount:
    """A figure in a budget table (mnkr), for one year or the total."""

    label: str                  # column name as printed: "2022", "Total budget", "Intäkter"
    value_msek: Decimal
    year: int | None = None


@dataclass
class Status:
    value: str                  # one of STATUSES
    lines: LineRange
    evidence: str = ""          # the symbol or words that state it


@dataclass
class Entity:
    kind: str
    key: str
    label: str
    lines: LineRange
    parents: list[Ref] = field(default_factory=list)
    number: str | None = None           # printed numbering: "2.1.1", plan item "6", assignment "3"
    description: str | None = None
    comment: str | None = None
    status: Status | None = None
    end_date: date | None = None
    owner: PartnerMention | None = None
    funding: list[Funding] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    partners: list[PartnerMention] = field(default_factory=list)
    follows_up: list[Ref] = field(default_factory=list)  # this follow-up entry reports on that plan entry
    continues: list[Ref] = field(default_factory=list)   # this later entry carries on that earlier one
    alt_labels: list[str] = field(default_factory=list)
    note: str | None = None             # curation decision, in English, kept as skos:editorialNote
    origin: tuple[str, int] | None = None  # (file, line) an error about this record should point at

    @property
    def ref(self) -> Ref:
        return Ref(self.kind, self.key)


@dataclass
class DocumentRecords:
    docid: str
    entities: list[Entity] = field(default_factory=list)

    def add(self, entity: Entity) -> Entity:
        self.entities.append(entity)
        return entity
