"""Routes of the headline question: ``GET /trace/down`` and ``GET /trace/up`` (issue 4, item 5).

Fixed contract of ``/trace/down?node=<name or IRI>``: JSON with ``node``, ``activities`` and
``partners``; each item has ``iri`` and ``label``; activities also ``path`` and ``source``;
partners also ``via`` (the entities — activities or the assignments above them — that name them).
"""
from __future__ import annotations

from fastapi import APIRouter, Depends, Query, Request

from strategigraf import services

from ..formats import respond
from .deps import FORMAT, KIND, LIMIT, OFFSET, service

router = APIRouter(tags=["trace"])

NODE = Query(..., description="a name (label or alias, any case, with or without å/ä/ö) or an IRI",
             examples=["Stark konkurrenskraft", "Nära och sammanhållen vård",
                       "https://w3id.org/strategigraf/id/mal/hog-attraktivitet"])


@router.get("/trace/down", summary="Activities and partners under a node")
def trace_down(request: Request, node: str = NODE, kind: str | None = KIND, limit: int = LIMIT,
               offset: int = OFFSET, format: str | None = FORMAT, svc=Depends(service)):
    """Every activity and project under a goal, priority area, priority, focus area, plan item,
    joint assignment or assignment — also across documents (follow-ups, continuations) — with the
    path to each and the partners named along the way. CSV lists the activities."""
    result = services.trace_down_page(svc, node, {kind} if kind else None, offset, limit)
    body = {**result, "limit": limit, "offset": offset}
    return respond(request, body, "activities", format, "trace-down")


@router.get("/trace/up", summary="What an activity serves")
def trace_up(request: Request, node: str = Query(..., examples=["Neurorehab"]), kind: str | None = KIND,
             format: str | None = FORMAT, svc=Depends(service)):
    """Every assignment, joint assignment, plan item, priority, goal, focus area and section the
    node serves, each with the path from the node."""
    return respond(request, services.trace_up(svc, node, {kind} if kind else None), "serves", format, "trace-up")
