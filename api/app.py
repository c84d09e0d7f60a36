"""``create_app(settings)``: the FastAPI app of the traceability service (issue 4, item 5).

The lifespan opens the repository the settings choose (the embedded store loads the dataset
once) and builds the label index, so the first request is as fast as the others. Errors map
to status codes here, once: unknown name 404 (with ``suggestions``), ambiguous name 409 (with
``candidates``), query timeout 504, row cap 400, store failure 502.
"""
from __future__ import annotations

from contextlib import asynccontextmanager
from typing import Iterable

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import JSONResponse

from strategigraf import __version__
from strategigraf.services import Ambiguous, NotFound, Service, open_service
from strategigraf.services.names import index
from strategigraf.settings import Settings
from strategigraf.store import BackendError, QueryTimeout, TooManyRows

from . import deref, sparql
from .routers import ROUTERS

DESCRIPTION = """Traceability in Region Halland's plans and follow-ups (2018–2022): from a goal or
focus area down to the activities and partners that carry it out, and back up; partner reach,
gaps, status and funding. Every link cites the document and lines that state it.
Names may be given as written ("Grön omställning", "RSS") or as IRIs."""


def create_app(settings: Settings | None = None, extra_routers: Iterable[APIRouter] = (),
               service: Service | None = None) -> FastAPI:
    """The app; ``extra_routers`` (e.g. the web page at ``/``) are included after the API's own.
    Pass ``service`` to share an already loaded repository (tests, benchmark)."""

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        opened = service or open_service(settings or Settings.from_env())
        index(opened)
        app.state.service = opened
        yield
        if service is None:
            opened.repository.close()

    app = FastAPI(title="strategigraf", version=__version__, description=DESCRIPTION, lifespan=lifespan)
    for router in [*ROUTERS, sparql.router, deref.router, *extra_routers]:
        app.include_router(router)
    _handlers(app)
    return app


def _handlers(app: FastAPI) -> None:
    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound):
        return JSONResponse({"detail": str(exc), "suggestions": exc.suggestions}, status_code=404)

    @app.exception_handler(Ambiguous)
    async def ambiguous(request: Request, exc: Ambiguous):
        return JSONResponse({"detail": str(exc), "candidates": exc.candidates}, status_code=409)

    @app.exception_handler(QueryTimeout)
    async def timeout(request: Request, exc: QueryTimeout):
        return JSONResponse({"detail": str(exc)}, status_code=504)

    @app.exception_handler(TooManyRows)
    async def too_many(request: Request, exc: TooManyRows):
        return JSONResponse({"detail": str(exc)}, status_code=400)

    @app.exception_handler(BackendError)
    async def backend(request: Request, exc: BackendError):
        return JSONResponse({"detail": str(exc)}, status_code=502)
