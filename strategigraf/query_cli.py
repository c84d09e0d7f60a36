"""Run a SPARQL query against the graph: ``strategigraf query FILE.rq`` or a query string, read-only
(updates and SERVICE are refused), as a table, JSON or CSV. ``--bind name=value`` binds a
parameter of a named query safely (an IRI when the value is one, else a literal).
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

from rdflib import Literal, URIRef

from .errors import InputError
from .serve import add_store_arguments, ensure_dataset, settings_from
from .sparql_safety import RefusedQuery, inspect_query
from .store import QueryDataset, open_repository
from .vocabulary import PREFIXES


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("query", help="a .rq file, a named query (strategigraf/queries/NAME.rq) or a query string")
    parser.add_argument("--bind", action="append", default=[], metavar="NAME=VALUE", help="bind ?NAME (repeatable)")
    parser.add_argument("--format", choices=("table", "json", "csv"), default="table")
    add_store_arguments(parser)


def _text(argument: str) -> str:
    from .paths import QUERIES
    for candidate in (Path(argument), QUERIES / f"{argument}.rq"):
        if candidate.suffix == ".rq" and candidate.is_file():
            return candidate.read_text(encoding="utf-8")
    if argument.endswith(".rq"):
        raise InputError(argument, None, "query file not found")
    return argument


def _bindings(pairs: list[str]) -> dict:
    found = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise InputError("--bind", None, f"expected NAME=VALUE, got {pair!r}")
        found[name.lstrip("?")] = URIRef(value) if value.startswith(("http://", "https://", "urn:")) else Literal(value)
    return found


def run(args: argparse.Namespace) -> int:
    query = _text(args.query)
    try:
        form, *from_query = inspect_query(query)
    except RefusedQuery as exc:
        print(f"strategigraf query: {exc}", file=sys.stderr)
        return 2
    settings = settings_from(args)
    ensure_dataset(settings)
    repository = open_repository(settings)
    bindings = _bindings(args.bind)
    dataset = QueryDataset(*from_query)   # FROM / FROM NAMED of the query, else the union
    if form in ("ConstructQuery", "DescribeQuery"):
        print(repository.construct(query, bindings, dataset=dataset).serialize(format="turtle"))
    elif form == "AskQuery":
        print("true" if repository.ask(query, bindings, dataset=dataset) else "false")
    else:
        _print_rows(*repository.select(query, bindings, dataset=dataset), args.format)
    return 0


def _print_rows(names: list[str], rows: list[dict], format: str) -> None:
    if format == "json":
        bindings = [{k: _json_term(v) for k, v in row.items()} for row in rows]
        json.dump({"head": {"vars": names}, "results": {"bindings": bindings}}, sys.stdout, ensure_ascii=False, indent=1)
        print()
    elif format == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(names)
        writer.writerows([[str(row.get(n, "")) for n in names] for row in rows])
    else:
        cells = [[_short(row.get(n)) for n in names] for row in rows]
        widths = [min(60, max([len(n)] + [len(c[i]) for c in cells])) for i, n in enumerate(names)]
        print("  ".join(n.ljust(w) for n, w in zip(names, widths)))
        for line in cells:
            print("  ".join(c[:w].ljust(w) for c, w in zip(line, widths)))
        print(f"({len(rows)} rows)")


def _short(term) -> str:
    if term is None:
        return ""
    text = str(term)
    for prefix, namespace in PREFIXES.items():
        if isinstance(term, URIRef) and text.startswith(str(namespace)):
            return f"{prefix}:{text[len(str(namespace)):]}"
    return text


def _json_term(term) -> dict:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    found = {"type": "literal" if isinstance(term, Literal) else "bnode", "value": str(term)}
    if isinstance(term, Literal) and term.language:
        found["xml:lang"] = term.language
    elif isinstance(term, Literal) and term.datatype:
        found["datatype"] = str(term.datatype)
    return found
