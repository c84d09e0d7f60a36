"""``/sparql``: a read-only SPARQL 1.1 Protocol endpoint over the repository (issue 4, item 6).

GET ``?query=``, POST form ``query=`` or POST ``application/sparql-query``. SELECT and ASK answer in
JSON, XML, CSV or TSV; CONSTRUCT and DESCRIBE in Turtle, JSON-LD, N-Triples or RDF/XML (by Accept,
or ``format``/``output`` as SPARQLWrapper sends them). The default graph is the union of the
named graphs; ``GRAPH ?g`` reaches each document's graph; ``default-graph-uri`` /
``named-graph-uri`` (Protocol §2.1.4) and FROM / FROM NAMED choose another dataset. Updates and
SERVICE are refused (403) after parsing the query; the settings' timeout (504) and row cap (400) apply.
``GET /sparql`` without a query answers the SPARQL 1.1 Service Description (sparql_description.py).
"""
from __future__ import annotations

import json
from urllib.parse import parse_qs
from xml.sax.saxutils import escape, quoteattr

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from rdflib import BNode, URIRef

from strategigraf.sparql_safety import RefusedQuery, UnsafeValue, inspect_query, iri
from strategigraf.store import QueryDataset
from strategigraf.vocabulary import PREFIXES

router = APIRouter(tags=["sparql"])

RESULT_TYPES = {  # media type -> short name, SELECT/ASK
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {  # media type -> rdflib format, CONSTRUCT/DESCRIBE
    "text/turtle": "turtle", "application/ld+json": "json-ld", "application/n-triples": "nt",
    "application/rdf+xml": "xml",
}
SHORT = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
         "csv": "text/csv", "tsv": "text/tab-separated-values", "turtle": "text/turtle",
         "ttl": "text/turtle", "json-ld": "application/ld+json", "jsonld": "application/ld+json",
         "nt": "application/n-triples", "n-triples": "application/n-triples", "rdfxml": "application/rdf+xml"}


def _choose(accept: str, offered: dict, default: str) -> str:
    """The first media type of ``accept`` (in the order given, ignoring q) that ``offered`` holds."""
    for part in accept.split(","):
        media = part.split(";")[0].strip().lower()
        if media in offered:
            return media
    return default


def query_raw(repository, query: str, accept: str, graphs: dict | None = None) -> tuple[bytes, str]:
    """Check a user query read-only, run it and serialize it as ``accept`` asks. ``graphs``: the
    protocol's {"default-graph-uri": [...], "named-graph-uri": [...]} (IRIs already checked)."""
    form, *from_query = inspect_query(query)
    graphs = graphs or {}
    given = (tuple(graphs.get("default-graph-uri", ())), tuple(graphs.get("named-graph-uri", ())))
    dataset = QueryDataset(*(given if any(given) else from_query))   # the protocol's graphs win
    if form in ("ConstructQuery", "DescribeQuery"):
        media = _choose(accept, GRAPH_TYPES, "text/turtle")
        graph = repository.construct(query, dataset=dataset)
        for prefix, namespace in PREFIXES.items():
            graph.bind(prefix, namespace)
        return graph.serialize(format=GRAPH_TYPES[media]).encode("utf-8"), media
    media = _choose(accept, RESULT_TYPES, "application/sparql-results+json")
    if form == "AskQuery":
        return _boolean(repository.ask(query, dataset=dataset), RESULT_TYPES[media]), media
    names, rows = repository.select(query, dataset=dataset)
    return WRITERS[RESULT_TYPES[media]](names, rows), media


def _json_term(term) -> dict:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    found = {"type": "literal", "value": str(term)}
    if term.language:
        found["xml:lang"] = term.language
    elif term.datatype:
        found["datatype"] = str(term.datatype)
    return found


def _json(names, rows) -> bytes:
    bindings = [{k: _json_term(v) for k, v in row.items()} for row in rows]
    return json.dumps({"head": {"vars": names}, "results": {"bindings": bindings}}, ensure_ascii=False).encode()


def _xml_term(term) -> str:
    if isinstance(term, URIRef):
        return f"<uri>{escape(str(term))}</uri>"
    if isinstance(term, BNode):
        return f"<bnode>{escape(str(term))}</bnode>"
    attr = f" xml:lang={quoteattr(term.language)}" if term.language else (
        f" datatype={quoteattr(str(term.datatype))}" if term.datatype else "")
    return f"<literal{attr}>{escape(str(term))}</literal>"


def _xml(names, rows) -> bytes:
    head = "".join(f"<variable name={quoteattr(n)}/>" for n in names)
    body = "".join("<result>" + "".join(f"<binding name={quoteattr(k)}>{_xml_term(v)}</binding>"
                                        for k, v in row.items()) + "</result>" for row in rows)
    return ('<?xml version="1.0"?><sparql xmlns="http://www.w3.org/2005/sparql-results#">'
            f"<head>{head}</head><results>{body}</results></sparql>").encode()


def _csv_cell(term) -> str:
    value = "" if term is None else (f"_:{term}" if isinstance(term, BNode) else str(term))
    return f'"{value.replace(chr(34), chr(34) * 2)}"' if any(c in value for c in ',"\r\n') else value


def _csv(names, rows) -> bytes:
    lines = [",".join(names)] + [",".join(_csv_cell(row.get(n)) for n in names) for row in rows]
    return ("\r\n".join(lines) + "\r\n").encode()


def _tsv(names, rows) -> bytes:
    cell = lambda t: "" if t is None else t.n3().replace("\t", "\\t").replace("\n", "\\n")  # noqa: E731
    lines = ["\t".join(f"?{n}" for n in names)] + ["\t".join(cell(row.get(n)) for n in names) for row in rows]
    return ("\n".join(lines) + "\n").encode()


WRITERS = {"json": _json, "xml": _xml, "csv": _csv, "tsv": _tsv}


def _boolean(value: bool, short: str) -> bytes:
    if short == "json":
        return json.dumps({"head": {}, "boolean": value}).encode()
    if short == "xml":
        return ('<?xml version="1.0"?><sparql xmlns="http://www.w3.org/2005/sparql-results#">'
                f"<head/><boolean>{str(value).lower()}</boolean></sparql>").encode()
    return f"{str(value).lower()}\n".encode()


GRAPH_PARAMETERS = ("default-graph-uri", "named-graph-uri")   # may repeat (Protocol §2.1.4)


async def _params(request: Request) -> dict:
    """The protocol's parameters from the query string and the body; graph IRIs as lists."""
    pairs = list(request.query_params.multi_items())
    if request.method == "POST":
        kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if kind == "application/sparql-query":
            pairs.append(("query", (await request.body()).decode("utf-8")))
        elif kind == "application/sparql-update":
            pairs.append(("update", (await request.body()).decode("utf-8")))
        elif kind == "application/x-www-form-urlencoded":
            form = parse_qs((await request.body()).decode("utf-8"), keep_blank_values=True)
            pairs += [(k, value) for k, values in form.items() for value in values]
    params: dict = {name: [] for name in GRAPH_PARAMETERS}
    for name, value in pairs:
        if name in GRAPH_PARAMETERS:
            params[name].append(value)
        else:
            params.setdefault(name, value)
    return params


def _graph_error(params: dict) -> str | None:
    """Why a graph IRI of the request cannot be used, in words; None when all are absolute IRIs."""
    for name in GRAPH_PARAMETERS:
        for value in params[name]:
            try:
                iri(value)
            except UnsafeValue:
                return (f"{name} must be the absolute IRI of a graph, e.g. "
                        f"https://w3id.org/strategigraf/graph/vp2019; got {value!r}")
    return None


@router.get("/sparql", summary="SPARQL 1.1 query (read-only), query in ?query=", response_class=Response)
async def sparql_get(request: Request):
    return await sparql(request)


@router.post("/sparql", summary="SPARQL 1.1 query (read-only), form or application/sparql-query body",
             response_class=Response)
async def sparql_post(request: Request):
    return await sparql(request)


async def sparql(request: Request) -> Response:
    """Protocol handling shared by GET and POST."""
    params = await _params(request)
    if "update" in params:
        return JSONResponse({"detail": "this endpoint is read-only: SPARQL Update is not accepted"}, status_code=403)
    query = params.get("query")
    if query is None and request.method == "GET" and not any(params[name] for name in GRAPH_PARAMETERS):
        return await _description(request)
    if not query or not query.strip():
        return JSONResponse({"detail": "give a SPARQL query in 'query' (GET or form POST) or as an "
                                       "application/sparql-query body"}, status_code=400)
    problem = _graph_error(params)
    if problem:
        return JSONResponse({"detail": problem}, status_code=400)
    short = params.get("format") or params.get("output")
    accept = SHORT.get(short.lower(), short) if short else request.headers.get("accept", "")
    try:
        body, media = await _run(request, query, accept, {name: params[name] for name in GRAPH_PARAMETERS})
    except RefusedQuery as exc:
        return JSONResponse({"detail": str(exc), "reason": exc.reason},
                            status_code=400 if exc.reason == "syntax" else 403)
    return Response(body, media_type=_with_charset(media))


def _with_charset(media: str) -> str:
    return media + ("; charset=utf-8" if media.startswith("text/") or "json" in media else "")


async def _description(request: Request) -> Response:
    """GET /sparql without a query: the service description, in Turtle unless Accept asks otherwise."""
    from starlette.concurrency import run_in_threadpool
    from .sparql_description import describe_service
    media = _choose(request.headers.get("accept", ""), GRAPH_TYPES, "text/turtle")
    endpoint = str(request.url.replace(query=""))
    graph = await run_in_threadpool(describe_service, request.app.state.service.repository, endpoint)
    return Response(graph.serialize(format=GRAPH_TYPES[media]).encode("utf-8"), media_type=_with_charset(media))


async def _run(request: Request, query: str, accept: str, graphs: dict):
    from starlette.concurrency import run_in_threadpool
    return await run_in_threadpool(query_raw, request.app.state.service.repository, query, accept, graphs)
