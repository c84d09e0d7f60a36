"""Shared pieces of the service functions: the Service context, errors, and how a source is cited.

Every link in an answer carries its source: the document (named graph ``…/graph/{docid}``) that
states it and the passage (``sgid:kalla/{docid}/L{first}-L{last}``, lines of data/sources/{file}).
"""
from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field

from ..extract import BY_ID
from ..store import Repository
from ..vocabulary import GRAPH, SG, SGID
from . import queries


class ServiceError(Exception):
    """Base of the errors a caller maps to a status code or an exit code."""


class NotFound(ServiceError):
    def __init__(self, name: str, suggestions: list[dict]):
        self.name, self.suggestions = name, suggestions
        hint = f"; closest: {', '.join(s['label'] for s in suggestions)}" if suggestions else ""
        super().__init__(f"no node is named {name!r}{hint}")


class Ambiguous(ServiceError):
    def __init__(self, name: str, candidates: list[dict]):
        self.name, self.candidates = name, candidates
        super().__init__(f"{name!r} names {len(candidates)} nodes; give one of their IRIs or a kind")


@dataclass
class Service:
    """The repository plus what is built from it: the label index (``cache``) and the answers of
    service functions (``answers``, least recently used first out; the graph is read-only while
    served, and ``reset`` forgets both after a load). Answers are shared: callers must not mutate them."""

    repository: Repository
    cache: dict = field(default_factory=dict)
    answers: OrderedDict = field(default_factory=OrderedDict)

    def select(self, name: str, row_cap: int | None = 0, **bindings):
        """Rows of the named query ``name`` with its parameters bound (never pasted into the text)."""
        return self.repository.select(queries.get(name).text, bindings or None, row_cap=row_cap)[1]

    def remember(self, key: tuple, compute):
        """``compute()``, or its earlier answer for ``key``."""
        size = getattr(self.repository.settings, "cache_size", 0)
        if key in self.answers:
            self.answers.move_to_end(key)
            return self.answers[key]
        answer = compute()
        if size:
            self.answers[key] = answer
            while len(self.answers) > size:
                self.answers.popitem(last=False)
        return answer

    def reset(self) -> None:
        self.cache.clear()
        self.answers.clear()


def text(row: dict, name: str) -> str | None:
    value = row.get(name)
    return None if value is None else str(value)


def kind_of(type_iri) -> str:
    """``sg:Goal`` -> ``Goal``."""
    return str(type_iri).removeprefix(str(SG))


def docid_of(graph_iri) -> str | None:
    value = str(graph_iri or "")
    return value.removeprefix(str(GRAPH)) if value.startswith(str(GRAPH)) else None


def source(row: dict, graph: str = "g", first: str = "first", last: str = "last") -> dict:
    """``{"document", "graph", "file", "lines", "passage"}`` of a row's named graph and passage lines."""
    docid = docid_of(row.get(graph))
    found = {"document": docid, "graph": text(row, graph)}
    if docid in BY_ID:
        found["file"] = f"data/sources/{BY_ID[docid].filename}"
    if row.get(first) is not None and row.get(last) is not None:
        lines = [int(row[first]), int(row[last])]
        found["lines"] = lines
        found["passage"] = f"{SGID}kalla/{docid}/L{lines[0]}-L{lines[1]}"
    return found


# More specific classes first: a node typed sg:Project and sg:Activity is a Project.
KIND_ORDER = ("Project", "Activity", "InternalUnit", "Partner")


def best_kind(kinds: set[str]) -> str:
    for kind in KIND_ORDER:
        if kind in kinds:
            return kind
    return sorted(kinds)[0] if kinds else "Resource"


ACTIVITY_KINDS = {"Activity", "Project"}
