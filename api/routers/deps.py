"""What every route needs: the Service the app's lifespan opened, and the shared query parameters."""
from __future__ import annotations

from fastapi import Query, Request

from strategigraf.services import Service


def service(request: Request) -> Service:
    return request.app.state.service


FORMAT = Query(None, pattern="^(json|csv)$", description="json (default) or csv; or send Accept: text/csv")
LIMIT = Query(100, ge=1, le=10000, description="most items in the page")
OFFSET = Query(0, ge=0, description="items to skip")
KIND = Query(None, description="narrow a name to nodes of this class (Goal, FocusArea, Assignment, …)",
             examples=["Goal"])
