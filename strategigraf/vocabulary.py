"""The IRIs of the ontology (ontology/strategigraf.ttl) for the codes used in strategigraf.model.

Implements the tables of docs/model.md: "Namespaces", "Entity IRIs" and "Links upward".
The graph builder imports these names; the ontology declares every term listed here, and
tests/test_ontology.py checks that they agree.
"""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, RDFS, SKOS, XSD  # noqa: F401 - re-exported for the builder

from .model import ACTIVITY_STATUSES, ASSIGNMENT_STATUSES, GLOBAL_KINDS, KINDS, PARTNER_ROLES

# docs/model.md, "Namespaces"
SG = Namespace("https://w3id.org/strategigraf/def#")
SGS = Namespace("https://w3id.org/strategigraf/def/status/")
SGR = Namespace("https://w3id.org/strategigraf/def/roll/")
SGK = Namespace("https://w3id.org/strategigraf/def/aktorstyp/")
SGID = Namespace("https://w3id.org/strategigraf/id/")
GRAPH = Namespace("https://w3id.org/strategigraf/graph/")
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
SGSH = Namespace("https://w3id.org/strategigraf/def/shapes#")

PREFIXES = {
    "sg": SG, "sgs": SGS, "sgr": SGR, "sgk": SGK, "sgid": SGID, "sgsh": SGSH,
    "skos": SKOS, "org": ORG, "prov": PROV, "dcterms": DCTERMS, "schema": SCHEMA,
    "rdfs": RDFS, "xsd": XSD,
}

# Controlled lists (SKOS concept schemes in the ontology).
STATUS_SCHEME = {"assignment": SGS.uppdragsstatus, "activity": SGS.aktivitetsstatus}
STATUS_IRI: dict[str, URIRef] = {code: SGS[code] for code in ASSIGNMENT_STATUSES + ACTIVITY_STATUSES}
ROLE_IRI: dict[str, URIRef] = {
    "owner": SGR.agare,
    "participant": SGR.deltagare,
    "financier": SGR.finansiar,
    "strategic-partner": SGR["strategisk-partner"],
    "mentioned": SGR.namnd,
}
PARTNER_KINDS = (
    "allians", "myndighet", "kommun", "region", "larosate",
    "foretag", "forening", "eu-program", "natverk", "ovrig",
)
KIND_IRI: dict[str, URIRef] = {code: SGK[code] for code in PARTNER_KINDS}

# docs/model.md, "Entity IRIs": class and IRI path segment per model kind.
CLASS_IRI: dict[str, URIRef] = {kind: SG[kind] for kind in KINDS}
DOCUMENT_CLASS: dict[str, URIRef] = {"plan": SG.Plan, "follow-up": SG.FollowUp}
IRI_SEGMENT: dict[str, str] = {
    "Strategy": "strategi", "Goal": "mal", "PriorityArea": "prioriteringsomrade",
    "Priority": "prioritering", "FocusArea": "fokusomrade", "PlanSection": "avsnitt",
    "PlanItem": "planpunkt", "JointAssignment": "regiongemensamt-uppdrag",
    "Assignment": "uppdrag", "Activity": "aktivitet", "Project": "projekt",
    "Indicator": "indikator", "Investment": "investering", "BudgetLine": "budgetpost",
}

# docs/model.md, "Links upward (child -> parent)": property per kind of the parent.
PARENT_PROPERTY: dict[str, URIRef] = {
    "Assignment": SG.partOfAssignment,
    "Activity": SG.partOfActivity,
    "Project": SG.partOfActivity,
    "JointAssignment": SG.servesJointAssignment,
    "PlanItem": SG.servesPlanItem,
    "Priority": SG.servesPriority,
    "PriorityArea": SG.servesPriorityArea,
    "Goal": SG.servesGoal,
    "FocusArea": SG.servesFocusArea,
    "PlanSection": SG.inPlanSection,
    "Strategy": SG.partOfStrategy,
}
assert set(PARENT_PROPERTY) <= set(KINDS) and set(IRI_SEGMENT) == set(KINDS)
assert set(ROLE_IRI) == set(PARTNER_ROLES)


def entity_iri(kind: str, key: str, docid: str | None = None) -> URIRef:
    """``sgid:{segment}/{key}`` for shared kinds, ``sgid:{segment}/{docid}/{key}`` otherwise."""
    if kind in GLOBAL_KINDS:
        return SGID[f"{IRI_SEGMENT[kind]}/{key}"]
    if not docid:
        raise ValueError(f"{kind}:{key} is minted per document and needs a document id")
    return SGID[f"{IRI_SEGMENT[kind]}/{docid}/{key}"]


def document_iri(docid: str) -> URIRef:
    """``sgid:dokument/{docid}``."""
    return SGID[f"dokument/{docid}"]


def passage_iri(docid: str, first: int, last: int) -> URIRef:
    """``sgid:kalla/{docid}/L{first}-L{last}``."""
    return SGID[f"kalla/{docid}/L{first}-L{last}"]


def partner_iri(slug: str) -> URIRef:
    """``sgid:aktor/{slug}`` (external partners and internal units alike)."""
    return SGID[f"aktor/{slug}"]


def graph_iri(name: str) -> URIRef:
    """The named graph of a document (``vp2019``) or of ``ontology`` / ``partners``."""
    return GRAPH[name]
