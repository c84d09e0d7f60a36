"""``GET /export``: the whole dataset, one document or the subgraph of a question in any format of
the renderer registry (issue 5, item 1; docs/exports.md). ``GET /export/formats`` lists them.

    /export?format=graphml&node=Stark konkurrenskraft      trace down from a node
    /export?format=csv&node=Neurorehab&up=true            what an activity serves
    /export?format=gexf&partner=RSS                       a partner's reach
    /export?format=trig&document=vp2022                   one document's named graph
    /export?format=svg&all=true                           everything

Without ``format`` the Accept header chooses (content negotiation; e.g. ``Accept: text/turtle``);
with neither, Turtle. Unknown names answer 404 with suggestions (the app's handlers), a format
that cannot run here (SVG/PNG without Graphviz) 503, an unknown format or scope 400.
"""
from __future__ import annotations

from urllib.parse import quote

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse, Response

from strategigraf.exports import ExportError, RENDERERS, cached_scope, catalogue, get, negotiate, render
from strategigraf.extract import BY_ID

from .deps import service

router = APIRouter(tags=["export"])
DEFAULT_FORMAT = "turtle"


@router.get("/export/formats", summary="The export formats")
def formats():
    """Each format's name, media type, file extension, label, group and why it is unavailable (if it is)."""
    return {"items": catalogue()}


def _choose(request: Request, format: str | None):
    if format:
        return get(format)
    return negotiate(request.headers.get("accept")) or get(DEFAULT_FORMAT)


@router.get("/export", summary="Export a scope in any format", response_class=Response,
            responses={200: {"content": {r.media_type: {} for r in RENDERERS.values()}}})
def export(request: Request,
           format: str | None = Query(None, description=f"one of: {', '.join(RENDERERS)}; else by Accept"),
           node: str | None = Query(None, description="trace down from this node (name, alias or IRI)",
                                    examples=["Stark konkurrenskraft"]),
           up: bool = Query(False, description="with node: trace upward instead"),
           partner: str | None = Query(None, description="a partner's reach", examples=["RSS"]),
           document: str | None = Query(None, description=f"one document: {', '.join(BY_ID)}"),
           all: bool = Query(False, description="the whole dataset"),
           svc=Depends(service)):
    try:
        renderer = _choose(request, format)
    except ExportError as exc:
        return JSONResponse({"detail": str(exc)}, status_code=400)
    asked = {"up": node} if node and up else {"node": node, "partner": partner, "document": document,
                                              "everything": all}
    if sum(1 for v in asked.values() if v) != 1:
        return JSONResponse({"detail": "give exactly one of: node (with up=true to trace upward), partner, "
                                       "document, all=true"}, status_code=400)
    if document and document not in BY_ID:
        return JSONResponse({"detail": f"unknown document {document!r}; known: {', '.join(BY_ID)}"}, status_code=404)
    scope = cached_scope(svc, **asked)
    try:
        body = render(scope, renderer.name)
    except ExportError as exc:
        return JSONResponse({"detail": str(exc)}, status_code=503)
    filename = f"{scope.slug}.{renderer.extension}"
    disposition = f"attachment; filename=\"{filename.encode('ascii', 'replace').decode()}\"; " \
                  f"filename*=UTF-8''{quote(filename)}"
    return Response(body, media_type=renderer.media_type,
                    headers={"Content-Disposition": disposition, "Vary": "Accept"})
