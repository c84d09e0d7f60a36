"""Routes to find nodes: ``/search`` (closest first), ``/lookup`` (exactly one), ``/queries``."""
from __future__ import annotations

from fastapi import APIRouter, Depends, Query, Request

from strategigraf import services
from strategigraf.services import queries

from ..formats import page, respond
from .deps import FORMAT, KIND, LIMIT, OFFSET, service

router = APIRouter(tags=["search"])


@router.get("/search", summary="Nodes by name, closest first")
def search(request: Request, q: str = Query(..., min_length=1, examples=["gron omstallning", "RSS"]),
           kind: str | None = KIND, limit: int = Query(20, ge=1, le=1000), offset: int = OFFSET,
           format: str | None = FORMAT, svc=Depends(service)):
    """Labels and aliases compared without case and diacritics; exact names first."""
    result = {"q": q, **page(services.search(svc, q, {kind} if kind else None), limit, offset)}
    return respond(request, result, "items", format, "search")


@router.get("/lookup", summary="The one node a name or IRI denotes")
def lookup(q: str = Query(..., examples=["Hög attraktivitet", "RSS"]), kind: str | None = KIND,
           svc=Depends(service)):
    """200 with the node; 409 with ``candidates`` when the name fits several nodes;
    404 with ``suggestions`` (closest labels) when it fits none."""
    return services.lookup(svc, q, {kind} if kind else None)


@router.get("/queries", summary="The named queries behind the routes")
def named_queries(limit: int = LIMIT, offset: int = OFFSET):
    items = [{"name": q.name, "title": q.title, "description": q.description, "params": q.params}
             for q in queries.catalogue().values()]
    return page(items, limit, offset)
