"""Dereferenceable IRIs: ``https://w3id.org/strategigraf/id/{path}`` is served at ``/id/{path}``
(issue 4, item 7) as HTML, Turtle or JSON-LD by content negotiation (``Accept``, or ``?format=``
html | ttl | jsonld). The w3id redirect points here.
"""
from __future__ import annotations

from html import escape
from urllib.parse import quote

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from rdflib import URIRef

from strategigraf import services
from strategigraf.services.names import node_info
from strategigraf.vocabulary import PREFIXES, SGID

router = APIRouter(tags=["identifiers"])

FORMATS = {"ttl": ("turtle", "text/turtle"), "turtle": ("turtle", "text/turtle"),
           "jsonld": ("json-ld", "application/ld+json"), "json-ld": ("json-ld", "application/ld+json"),
           "nt": ("nt", "application/n-triples")}
BY_MEDIA = {media: short for short, (_, media) in FORMATS.items()}


def _wanted(request: Request, format: str | None) -> str:
    if format:
        return format.lower()
    for part in request.headers.get("accept", "").split(","):
        media = part.split(";")[0].strip().lower()
        if media in ("text/html", "application/xhtml+xml"):
            return "html"
        if media in BY_MEDIA:
            return BY_MEDIA[media]
    return "ttl"


@router.get("/id/{path:path}", summary="A node of the graph, as HTML, Turtle or JSON-LD",
            response_class=Response)
def resolve(path: str, request: Request, format: str | None = Query(None, pattern="^(html|ttl|turtle|jsonld|json-ld|nt)$")):
    service = request.app.state.service
    iri = f"{SGID}{path}"
    node = node_info(service, iri)
    if node is None and not _exists(service, iri):
        return JSONResponse({"detail": f"{iri} is not in the graph"}, status_code=404)
    if node:
        graph = services.describe(service, iri)[1]
    else:
        graph = service.repository.construct("CONSTRUCT { ?node ?p ?o } WHERE { ?node ?p ?o }", {"node": URIRef(iri)})
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    wanted = _wanted(request, format)
    if wanted == "html":
        return HTMLResponse(_page(iri, node, service))
    rdf_format, media = FORMATS[wanted]
    return Response(graph.serialize(format=rdf_format), media_type=f"{media}; charset=utf-8",
                    headers={"Vary": "Accept"})


def _exists(service, iri: str) -> bool:
    """Passages, status assessments and roles have no label but are nodes too."""
    return service.repository.ask("ASK WHERE { ?node ?p ?o }", {"node": URIRef(iri)})


def _cell(row: dict, name: str) -> str:
    value = row.get(name)
    if isinstance(value, URIRef):
        text = escape(str(row.get(f"{name}Label") or value))
        href = f"/id/{str(value)[len(str(SGID)):]}" if str(value).startswith(str(SGID)) else str(value)
        return f'<a href="{escape(href)}">{text}</a>'
    return escape(str(value))


def _page(iri: str, node: dict | None, service) -> str:
    """A plain server-rendered page: every statement about the node and the graph stating it."""
    rows = service.select("node", node=URIRef(iri))
    title = escape(node["label"] if node else iri)
    kind = escape(node["kind"]) if node else ""
    body = "".join(f"<tr><td>{_cell(r, 'p')}</td><td>{_cell(r, 'o')}</td><td>{escape(str(r['g']).rsplit('/', 1)[-1])}</td></tr>"
                   for r in sorted(rows, key=lambda r: (str(r["p"]), str(r["o"]))))
    link = escape(quote(iri, safe=""))
    trace = (f'<p><a href="/trace/down?node={link}">Spåra nedåt</a> · '
             f'<a href="/trace/up?node={link}">Spåra uppåt</a></p>') if node else ""
    return (f'<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>{title}</title></head>'
            f"<body><h1>{title}</h1><p>{kind} · <code>{escape(iri)}</code></p>{trace}"
            f"<table><thead><tr><th>egenskap</th><th>värde</th><th>dokument</th></tr></thead>"
            f"<tbody>{body}</tbody></table>"
            f'<p><a href="?format=ttl">Turtle</a> · <a href="?format=jsonld">JSON-LD</a></p></body></html>')
