"""The one place where values become SPARQL text, and the read-only check of user queries.

Issue 4, "Safety": no user string is pasted into a query. Named queries take their parameters
as bindings; the embedded store applies them as pyoxigraph substitutions, a remote store gets a
``VALUES`` block written here by ``values_block`` from terms that ``term`` validated (IRIs) or
escaped (literals). User SPARQL sent to ``/sparql`` is parsed (rdflib's SPARQL grammar) before
it runs: updates and ``SERVICE`` are refused by what the parse tree holds, not by substrings.
"""
from __future__ import annotations

import re

from rdflib import BNode, Literal, URIRef
from rdflib.plugins.sparql.algebra import translateQuery
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue

_VARIABLE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
# RFC 3987 scheme, then no character SPARQL's IRIREF forbids (space, controls, <>"{}|^`\).
_IRI = re.compile(r'^[A-Za-z][A-Za-z0-9+.\-]*:[^\x00-\x20<>"{}|^`\\]*$')
_LANG = re.compile(r"^[A-Za-z]+(-[A-Za-z0-9]+)*$")
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


class UnsafeValue(ValueError):
    """A value that cannot be written into SPARQL safely (an invalid IRI, variable or language tag)."""


class RefusedQuery(ValueError):
    """A user query the read-only endpoint does not run. ``reason``: syntax | update | service."""

    def __init__(self, reason: str, message: str):
        self.reason = reason
        super().__init__(message)


def iri(value: str) -> str:
    """``<value>`` after checking that ``value`` is an absolute IRI with no character IRIREF forbids."""
    if not isinstance(value, str) or not _IRI.match(value):
        raise UnsafeValue(f"not an absolute IRI: {value!r}")
    return f"<{value}>"


def literal(value: str, lang: str | None = None, datatype: str | None = None) -> str:
    """A double-quoted SPARQL literal with every quote, backslash and line break escaped."""
    body = "".join(_ESCAPES.get(ch, ch) for ch in str(value))
    if lang:
        if not _LANG.match(lang):
            raise UnsafeValue(f"not a language tag: {lang!r}")
        return f'"{body}"@{lang}'
    return f'"{body}"^^{iri(datatype)}' if datatype else f'"{body}"'


def term(value) -> str:
    """SPARQL text of an rdflib term (URIRef or Literal); a plain str is taken as a literal."""
    if isinstance(value, URIRef):
        return iri(str(value))
    if isinstance(value, Literal):
        return literal(str(value), value.language, str(value.datatype) if value.datatype else None)
    if isinstance(value, BNode):
        raise UnsafeValue("blank nodes cannot be bound")
    return literal(str(value))


def values_block(bindings: dict) -> str:
    """``VALUES (?a ?b) { (<x> "y") }`` for one row of bindings (variable name -> term)."""
    names = list(bindings)
    for name in names:
        if not _VARIABLE.match(name):
            raise UnsafeValue(f"not a SPARQL variable name: {name!r}")
    head = " ".join(f"?{name}" for name in names)
    row = " ".join(term(bindings[name]) for name in names)
    return f"VALUES ({head}) {{ ({row}) }}"


def bind(query: str, bindings: dict) -> str:
    """``query`` (a trusted named query) with ``values_block(bindings)`` opening its outer WHERE group.

    The outer group is the first ``WHERE {`` on a line that is not a comment; named queries
    keep to that layout (tests/test_store.py checks every .rq file).
    """
    if not bindings:
        return query
    lines = query.split("\n")
    for number, line in enumerate(lines):
        at = line.find("WHERE {")
        if at >= 0 and not line.lstrip().startswith("#"):
            cut = at + len("WHERE {")
            lines[number] = f"{line[:cut]} {values_block(bindings)}{line[cut:]}"
            return "\n".join(lines)
    raise UnsafeValue("the query has no 'WHERE {' line to bind values in")


def bind_values(query: str, name: str, terms: list) -> str:
    """``query`` (a trusted named query) with every line ``# values ?name`` replaced by
    ``VALUES ?name { … }`` of ``terms`` — for a parameter that takes many values, so each branch
    of the query starts from them (tests/test_store.py checks the markers)."""
    if not _VARIABLE.match(name):
        raise UnsafeValue(f"not a SPARQL variable name: {name!r}")
    marker, block = f"# values ?{name}", f"VALUES ?{name} {{ {' '.join(term(t) for t in terms)} }}"
    lines = query.split("\n")
    filled = [line[:len(line) - len(line.lstrip())] + block if line.strip() == marker else line for line in lines]
    if filled == lines:
        raise UnsafeValue(f"the query has no line '{marker}' to put the values in")
    return "\n".join(filled)


def _names(node):
    """Every grammar rule name in an rdflib parse tree."""
    if isinstance(node, CompValue):
        yield node.name
        for value in node.values():
            yield from _names(value)
    elif isinstance(node, (list, tuple)) or hasattr(node, "as_list"):
        for value in node:
            yield from _names(value)


def check_read_only(query: str) -> str:
    """The form of a user query (SelectQuery, AskQuery, ConstructQuery, DescribeQuery), or RefusedQuery."""
    return inspect_query(query)[0]


def inspect_query(query: str) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """(form, FROM graphs, FROM NAMED graphs) of a read-only user query, or RefusedQuery."""
    try:
        tree = parseQuery(query)
    except Exception as exc:  # pyparsing raises its own exception types
        if _is_update(query):
            raise RefusedQuery("update", "read-only: SPARQL Update is not accepted here") from None
        raise RefusedQuery("syntax", f"the query cannot be parsed: {exc}") from None
    names = set(_names(tree))
    if "ServiceGraphPattern" in names:
        raise RefusedQuery("service", "SERVICE is not allowed: this server makes no requests to other endpoints")
    if "DatasetClause" not in names:
        return tree[1].name, (), ()
    return (tree[1].name, *_dataset_clauses(tree))


def _dataset_clauses(tree) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The IRIs of FROM and FROM NAMED, prefixed names resolved (rdflib's algebra does that)."""
    try:
        clauses = translateQuery(tree).algebra.get("datasetClause") or []
    except Exception as exc:  # noqa: BLE001 - rdflib raises many types for what it cannot translate
        raise RefusedQuery("syntax", f"the query's FROM clauses cannot be read: {exc}") from None
    default = tuple(str(c["default"]) for c in clauses if "default" in c)
    named = tuple(str(c["named"]) for c in clauses if "named" in c)
    return default, named


def _is_update(text: str) -> bool:
    try:
        parseUpdate(text)
    except Exception:
        return False
    return True
