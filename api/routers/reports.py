"""Routes over the report functions: partner reach, gaps, status summary, funding (issue 4, item 5)."""
from __future__ import annotations

from fastapi import APIRouter, Depends, Query, Request

from strategigraf import services

from ..formats import page, respond
from .deps import FORMAT, LIMIT, OFFSET, service

router = APIRouter(tags=["reports"])


@router.get("/partners/reach", summary="Goals and focus areas a partner serves")
def partner_reach(request: Request, partner: str = Query(..., examples=["RSS", "STRING", "Greater Copenhagen"]),
                  limit: int = LIMIT, offset: int = OFFSET, format: str | None = FORMAT, svc=Depends(service)):
    """Each row: a goal, focus area or section, the entity that names the partner, its role, the source."""
    result = services.partner_reach(svc, partner)
    return respond(request, {**result, **page(result["items"], limit, offset)}, "items", format, "partner-reach")


@router.get("/gaps", summary="What has no activity, no partner or no status")
def gaps(request: Request, gap: str | None = Query(None, pattern="^(no-activity|no-partner|no-status)$"),
         limit: int = LIMIT, offset: int = OFFSET, format: str | None = FORMAT, svc=Depends(service)):
    """no-activity: goals, focus areas, assignments with no activity under them (across documents);
    no-partner: activities naming no partner; no-status: follow-up assignments without status."""
    result = services.gaps(svc, gap)
    return respond(request, {**result, **page(result["items"], limit, offset)}, "items", format, "gaps")


@router.get("/status/summary", summary="Status counts per goal or focus area per follow-up")
def status_summary(request: Request, node: str | None = Query(None, examples=["Stark konkurrenskraft"]),
                   format: str | None = FORMAT, svc=Depends(service)):
    """How many assignments and activities have each status value, per follow-up document."""
    return respond(request, services.status_summary(svc, node), "items", format, "status-summary")


@router.get("/funding", summary="SEK per focus area, goal, assignment or owner")
def funding(request: Request, group: str = Query("focus-area", pattern="^(focus-area|goal|assignment|owner)$"),
            node: str | None = Query(None, examples=["Nära och sammanhållen vård"]),
            format: str | None = FORMAT, svc=Depends(service)):
    """Region Halland's money per group, each funded activity counted once per group."""
    return respond(request, services.funding(svc, group, node), "items", format, "funding")
