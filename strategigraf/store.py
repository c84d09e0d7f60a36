"""Where the graph is queried: a small repository interface with two backends (issue 4, item 1).

``OxigraphRepository`` holds the dataset (data/build/strategigraf.trig) in an embedded pyoxigraph
store and queries the union of its named graphs; ``RemoteSparqlRepository`` sends the same
queries to any SPARQL 1.1 endpoint (its default graph must be the union of the named graphs,
e.g. ``oxigraph serve --union-default-graph``). ``open_repository(settings)`` picks one.

Rows are dicts from variable name to rdflib term, so the service layer is backend-free.
Every query runs under the settings' timeout and row cap (``QueryTimeout``, ``TooManyRows``).
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import httpx
import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

from .errors import InputError
from .settings import Settings
from .sparql_safety import bind

Row = dict  # variable name -> rdflib term (unbound variables are absent)


@dataclass(frozen=True)
class QueryDataset:
    """The RDF dataset a user query runs on, when it is not the default (the union of the named
    graphs): from ``default-graph-uri`` / ``named-graph-uri`` (SPARQL 1.1 Protocol §2.1.4), or
    else from the query's own FROM / FROM NAMED. Sent to a remote store as protocol parameters,
    since stores serving a union default graph may ignore FROM."""
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()

    def oxigraph_arguments(self) -> dict:
        """pyoxigraph ``Store.query`` keywords. The store's own default graph is empty, so a dataset
        of named graphs only has the empty default graph SPARQL 1.1 Query §13.2 asks for."""
        if not (self.default_graphs or self.named_graphs):
            return {"use_default_graph_as_union": True}
        return {"default_graph": [ox.NamedNode(g) for g in self.default_graphs] or None,
                "named_graphs": [ox.NamedNode(g) for g in self.named_graphs] or None}

    def protocol_parameters(self) -> list[tuple[str, str]]:
        return [("default-graph-uri", g) for g in self.default_graphs] + \
               [("named-graph-uri", g) for g in self.named_graphs]


class QueryTimeout(RuntimeError):
    """A query ran longer than the configured timeout."""


class TooManyRows(RuntimeError):
    """A query returned more rows than the configured row cap."""


class BackendError(RuntimeError):
    """The store refused or failed a query (syntax error, endpoint down)."""


class Repository(Protocol):
    settings: Settings

    def select(self, query: str, bindings: dict | None = None, row_cap: int | None = None,
               dataset: QueryDataset | None = None) -> tuple[list[str], list[Row]]: ...
    def ask(self, query: str, bindings: dict | None = None, dataset: QueryDataset | None = None) -> bool: ...
    def construct(self, query: str, bindings: dict | None = None, dataset: QueryDataset | None = None) -> Graph: ...
    def load(self, path: Path) -> None: ...
    def close(self) -> None: ...


def open_repository(settings: Settings) -> Repository:
    """The backend the settings name, loaded and ready."""
    if settings.backend == "sparql":
        return RemoteSparqlRepository(settings)
    repository = OxigraphRepository(settings)
    repository.load(settings.dataset)
    return repository


# --- embedded Oxigraph ----------------------------------------------------------------------

def _to_rdflib(term):
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    raise BackendError(f"unsupported term in a result: {term!r}")


def _to_oxigraph(term):
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)) if term.datatype else None)
    raise BackendError(f"cannot bind {term!r}")


class OxigraphRepository:
    """An in-memory pyoxigraph store; the default graph is the union of the named graphs."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.store = ox.Store()

    def load(self, path: Path) -> None:
        """Add the quads of a TriG/N-Quads/Turtle file; a parse error names the file and line."""
        path = Path(path)
        if not path.is_file():
            raise InputError(path, None, "dataset not found (run `strategigraf build` first)")
        try:
            self.store.bulk_load(path=str(path))
        except SyntaxError as exc:
            raise InputError(path, getattr(exc, "lineno", None), f"not valid RDF: {exc.msg}") from None

    def _run(self, query: str, bindings: dict | None, collect, dataset: QueryDataset | None = None):
        """``collect(result, stop)`` in a worker thread under the timeout. pyoxigraph results must
        die in the thread that made them, so ``collect`` returns (not raises) its errors."""
        substitutions = {ox.Variable(k): _to_oxigraph(v) for k, v in (bindings or {}).items()}
        graphs = (dataset or QueryDataset()).oxigraph_arguments()
        stop = threading.Event()

        box: dict = {}
        done = threading.Event()

        def work():
            try:
                result = self.store.query(query, substitutions=substitutions, **graphs)
                box["answer"] = collect(result, stop)
                del result
            except (SyntaxError, RuntimeError) as exc:
                box["answer"] = BackendError(f"query refused by the store: {exc}")
            except Exception as exc:  # noqa: BLE001 - handed to the caller's thread
                box["answer"] = BackendError(f"query failed: {exc!r}")
            done.set()
        # A daemon thread per query: a query past its timeout cannot be cancelled in pyoxigraph,
        # but it must not keep the process from exiting.
        threading.Thread(target=work, daemon=True, name="sparql-query").start()
        if not done.wait(timeout=self.settings.timeout):
            stop.set()
            raise QueryTimeout(f"the query ran longer than {self.settings.timeout:g} s")
        answer = box["answer"]
        if isinstance(answer, Exception):
            raise answer
        return answer

    def select(self, query: str, bindings: dict | None = None, row_cap: int | None = None,
               dataset: QueryDataset | None = None):
        """(variables, rows); ``row_cap`` None: the settings' cap, 0: no cap (internal queries)."""
        cap = self.settings.row_cap if row_cap is None else row_cap

        def collect(solutions, stop):
            names = [v.value for v in solutions.variables]
            rows, converted = [], {}      # each distinct term is converted once (rdflib terms are slow to make)
            for solution in solutions:
                if stop.is_set():
                    break
                if cap and len(rows) >= cap:
                    return TooManyRows(f"the query returned more than {cap} rows (the row cap); add a LIMIT")
                row = {}
                for name, term in zip(names, solution):
                    if term is not None:
                        value = converted.get(term)
                        row[name] = converted.setdefault(term, _to_rdflib(term)) if value is None else value
                rows.append(row)
            return names, rows
        return self._run(query, bindings, collect, dataset)

    def select_plain(self, query: str, bindings: dict | None = None, row_cap: int | None = None):
        """Like ``select``, but each value is a plain string (an IRI, a literal's lexical form or a
        blank node's id): for the service's own queries, which need no rdflib terms."""
        cap = self.settings.row_cap if row_cap is None else row_cap

        def collect(solutions, stop):
            names = [v.value for v in solutions.variables]
            rows = []
            for solution in solutions:
                if stop.is_set():
                    break
                if cap and len(rows) >= cap:
                    return TooManyRows(f"the query returned more than {cap} rows (the row cap); add a LIMIT")
                rows.append({name: term.value for name, term in zip(names, solution) if term is not None})
            return names, rows
        return self._run(query, bindings, collect)

    def ask(self, query: str, bindings: dict | None = None, dataset: QueryDataset | None = None) -> bool:
        return self._run(query, bindings, lambda result, stop: bool(result), dataset)

    def construct(self, query: str, bindings: dict | None = None, dataset: QueryDataset | None = None) -> Graph:
        cap = self.settings.row_cap

        def collect(triples, stop):
            graph = Graph()
            for n, triple in enumerate(triples):
                if stop.is_set():
                    break
                if n >= cap:
                    return TooManyRows(f"the query returned more than {cap} triples (the row cap)")
                graph.add((_to_rdflib(triple.subject), _to_rdflib(triple.predicate), _to_rdflib(triple.object)))
            return graph
        return self._run(query, bindings, collect, dataset)

    def close(self) -> None:
        """Nothing to release: the store lives in memory and goes with the object."""


# --- remote SPARQL endpoint -------------------------------------------------------------------

def _from_json(value: dict):
    kind = value["type"]
    if kind == "uri":
        return URIRef(value["value"])
    if kind == "bnode":
        return BNode(value["value"])
    if "xml:lang" in value:
        return Literal(value["value"], lang=value["xml:lang"])
    return Literal(value["value"], datatype=URIRef(value["datatype"]) if "datatype" in value else None)


class RemoteSparqlRepository:
    """Any SPARQL 1.1 query endpoint over HTTP; bindings become a VALUES block (sparql_safety.bind)."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.client = httpx.Client(timeout=settings.timeout)

    def load(self, path: Path) -> None:
        raise BackendError("a remote store is loaded by its own tools (e.g. `oxigraph load`), not by this service")

    def _post(self, query: str, bindings: dict | None, accept: str,
              dataset: QueryDataset | None = None) -> httpx.Response:
        try:
            response = self.client.post(self.settings.sparql_url, content=bind(query, bindings or {}).encode(),
                                        params=(dataset or QueryDataset()).protocol_parameters(),
                                        headers={"Content-Type": "application/sparql-query", "Accept": accept})
        except httpx.TimeoutException:
            raise QueryTimeout(f"the query ran longer than {self.settings.timeout:g} s") from None
        except httpx.HTTPError as exc:
            raise BackendError(f"SPARQL endpoint {self.settings.sparql_url} unreachable: {exc}") from None
        if response.status_code >= 400:
            raise BackendError(f"SPARQL endpoint answered {response.status_code}: {response.text[:300]}")
        return response

    def select(self, query: str, bindings: dict | None = None, row_cap: int | None = None,
               dataset: QueryDataset | None = None):
        cap = self.settings.row_cap if row_cap is None else row_cap
        data = self._post(query, bindings, "application/sparql-results+json", dataset).json()
        rows = data["results"]["bindings"]
        if cap and len(rows) > cap:
            raise TooManyRows(f"the query returned more than {cap} rows (the row cap); add a LIMIT")
        return data["head"].get("vars", []), [{k: _from_json(v) for k, v in row.items()} for row in rows]

    def select_plain(self, query: str, bindings: dict | None = None, row_cap: int | None = None):
        """Like ``select``, values as plain strings (see OxigraphRepository.select_plain)."""
        names, rows = self.select(query, bindings, row_cap)
        return names, [{k: str(v) for k, v in row.items()} for row in rows]

    def ask(self, query: str, bindings: dict | None = None, dataset: QueryDataset | None = None) -> bool:
        return bool(self._post(query, bindings, "application/sparql-results+json", dataset).json()["boolean"])

    def construct(self, query: str, bindings: dict | None = None, dataset: QueryDataset | None = None) -> Graph:
        response = self._post(query, bindings, "application/n-triples", dataset)
        graph = Graph().parse(data=response.text, format="nt")
        if len(graph) > self.settings.row_cap:
            raise TooManyRows(f"the query returned more than {self.settings.row_cap} triples (the row cap)")
        return graph

    def close(self) -> None:
        self.client.close()

