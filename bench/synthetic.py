"""Synthetic plans in the shape of docs/model.md, for the benchmark (issue 4, item 10).

Per goal: priority areas and priorities, plan assignments with activities (partners, funding),
a follow-up that reports on each (sg:followsUp, statuses), and a 2022-style focus area whose
assignment sg:continues a follow-up assignment. About 5,000 triples per goal, so 2 goals give
~10^4 triples, 20 goals ~10^5, 200 goals ~10^6. Written as N-Quads (one graph per document).
"""
from __future__ import annotations

import random
from pathlib import Path

SG = "https://w3id.org/strategigraf/def#"
ID = "https://w3id.org/strategigraf/id/"
GRAPH = "https://w3id.org/strategigraf/graph/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
PREF = "http://www.w3.org/2004/02/skos/core#prefLabel"
SOURCE, DERIVED = "http://purl.org/dc/terms/source", "http://www.w3.org/ns/prov#wasDerivedFrom"
PART_OF = "http://purl.org/dc/terms/isPartOf"
STATUSES = ["pagar", "klar", "pausad", "ej-startad"]
ROLES = ["deltagare", "agare", "namnd"]


class Writer:
    def __init__(self, handle):
        self.handle, self.count, self.line = handle, 0, {}

    def quad(self, s: str, p: str, o: str, graph: str) -> None:
        self.handle.write(f"<{s}> <{p}> {o} <{GRAPH}{graph}> .\n")
        self.count += 1

    def entity(self, iri: str, kind: str, label: str, doc: str, parents=()) -> None:
        q = lambda p, o: self.quad(iri, p, o, doc)  # noqa: E731
        q(RDF_TYPE, f"<{SG}{kind}>")
        q(LABEL, f'"{label}"@sv')
        q(PREF, f'"{label}"@sv')
        q(SOURCE, f"<{ID}dokument/{doc}>")
        first = self.line[doc] = self.line.get(doc, 0) + 3
        passage = f"{ID}kalla/{doc}/L{first}-L{first + 2}"
        q(DERIVED, f"<{passage}>")
        self.quad(passage, RDF_TYPE, f"<{SG}SourcePassage>", doc)
        self.quad(passage, PART_OF, f"<{ID}dokument/{doc}>", doc)
        self.quad(passage, f"{SG}firstLine", f'"{first}"^^<http://www.w3.org/2001/XMLSchema#integer>', doc)
        self.quad(passage, f"{SG}lastLine", f'"{first + 2}"^^<http://www.w3.org/2001/XMLSchema#integer>', doc)
        for prop, parent in parents:
            q(f"{SG}{prop}", f"<{parent}>")
            if prop not in ("followsUp", "continues"):
                q(f"{SG}contributesTo", f"<{parent}>")


def activity(w: Writer, rng: random.Random, iri: str, label: str, doc: str, parent: str, extra=()) -> None:
    w.entity(iri, "Activity", label, doc, [("partOfAssignment", parent), *extra])
    for n in range(rng.randint(1, 2)):
        role = f"{iri}/roll/{n}"
        w.quad(iri, f"{SG}hasPartnerRole", f"<{role}>", doc)
        w.quad(role, RDF_TYPE, f"<{SG}PartnerRole>", doc)
        w.quad(role, f"{SG}partner", f"<{ID}aktor/partner-{rng.randrange(200)}>", doc)
        w.quad(role, f"{SG}role", f"<https://w3id.org/strategigraf/def/roll/{rng.choice(ROLES)}>", doc)
        w.quad(role, f"{SG}evidence", f'"Partner {n}"', doc)
        w.quad(role, DERIVED, f"<{ID}kalla/{doc}/L{w.line[doc]}-L{w.line[doc] + 2}>", doc)
    if rng.random() < 0.3:
        funding = f"{iri}/finansiering/1"
        w.quad(iri, f"{SG}hasFunding", f"<{funding}>", doc)
        w.quad(funding, f"{SG}amountSEK", f'"{rng.randrange(10**5, 10**7)}"^^<http://www.w3.org/2001/XMLSchema#decimal>', doc)
        w.quad(funding, f"{SG}fundingKind", '"region-funding"', doc)


def status(w: Writer, rng: random.Random, iri: str, doc: str) -> None:
    node = f"{iri}/status"
    w.quad(iri, f"{SG}hasStatusAssessment", f"<{node}>", doc)
    w.quad(node, RDF_TYPE, f"<{SG}StatusAssessment>", doc)
    w.quad(node, f"{SG}statusValue", f"<https://w3id.org/strategigraf/def/status/{rng.choice(STATUSES)}>", doc)
    w.quad(node, f"{SG}reportedIn", f"<{ID}dokument/{doc}>", doc)


def goal(w: Writer, rng: random.Random, g: int, assignments: int = 10, activities: int = 8) -> None:
    plan, report, later = f"vp{g}", f"uf{g}", f"vp{g}b"
    goal_iri, focus = f"{ID}mal/mal-{g}", f"{ID}fokusomrade/fokus-{g}"
    w.entity(goal_iri, "Goal", f"Mål {g}", plan)
    w.entity(focus, "FocusArea", f"Fokusområde {g}", later)
    joint = f"{ID}regiongemensamt-uppdrag/{later}/gemensamt"
    w.entity(joint, "JointAssignment", f"Regiongemensamt uppdrag {g}", later, [("servesFocusArea", focus)])
    for a in range(assignments):
        area = f"{ID}prioriteringsomrade/omrade-{g}-{a // 5}"
        if a % 5 == 0:
            w.entity(area, "PriorityArea", f"Prioriteringsområde {g}.{a // 5}", plan, [("servesGoal", goal_iri)])
        assignment, followed = f"{ID}uppdrag/{plan}/uppdrag-{a}", f"{ID}uppdrag/{report}/uppdrag-{a}"
        w.entity(assignment, "Assignment", f"Uppdrag {g}.{a}", plan, [("servesPriorityArea", area)])
        w.entity(followed, "Assignment", f"Uppdrag {g}.{a}", report, [("servesGoal", goal_iri), ("followsUp", assignment)])
        status(w, rng, followed, report)
        if a == 0:
            w.entity(f"{ID}uppdrag/{later}/uppdrag-{a}", "Assignment", f"Fortsatt uppdrag {g}.{a}", later,
                     [("servesJointAssignment", joint), ("continues", followed)])
        for n in range(activities):
            act = f"{ID}aktivitet/{plan}/aktivitet-{a}-{n}"
            activity(w, rng, act, f"Aktivitet {g}.{a}.{n}", plan, assignment)
            reported = f"{ID}aktivitet/{report}/aktivitet-{a}-{n}"
            activity(w, rng, reported, f"Aktivitet {g}.{a}.{n}", report, followed, [("followsUp", act)])
            status(w, rng, reported, report)


def generate(path: Path, goals: int, seed: int = 4) -> int:
    """Write ``goals`` goals' worth of plans and follow-ups to ``path``; the number of quads."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as handle:
        w = Writer(handle)
        for p in range(200):
            w.entity(f"{ID}aktor/partner-{p}", "Partner", f"Partner {p}", "partners")
        for g in range(goals):
            goal(w, rng, g)
    return w.count
