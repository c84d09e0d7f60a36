"""The service's ``/sparql`` endpoint in the background, for notebooks/05-sparql-kokbok: start the
FastAPI app (api/app.py, ``create_app``) with uvicorn on 127.0.0.1 in a thread, query it over
HTTP with the store's remote backend (``RemoteSparqlRepository``), stop it.

    with serve(service) as url:                       # http://127.0.0.1:PORT/sparql
        table = remote_table(url, cookbook.recipe("08").text)
"""
from __future__ import annotations

import threading
import time
from contextlib import contextmanager

from ..settings import Settings
from ..store import RemoteSparqlRepository
from .tables import Table, rows_table


def _create_app():
    try:
        from strategigraf.api.app import create_app
    except ImportError:  # a checkout that is not installed: api/ is a top-level package
        from strategigraf.api.app import create_app
    return create_app


@contextmanager
def serve(service, host: str = "127.0.0.1", start_timeout: float = 20.0):
    """Serve ``service`` (its already loaded repository) on ``host`` and a free port; yields the
    ``/sparql`` URL and stops the server on exit."""
    import uvicorn
    app = _create_app()(service=service)
    server = uvicorn.Server(uvicorn.Config(app, host=host, port=0, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, name="strategigraf-sparql", daemon=True)
    thread.start()
    deadline = time.monotonic() + start_timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            raise RuntimeError(f"the SPARQL endpoint did not start on {host} within {start_timeout:g} s")
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://{host}:{port}/sparql"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def remote_table(url: str, query: str, title: str | None = None, timeout: float = 30.0) -> Table:
    """Run a SELECT query on the SPARQL endpoint at ``url``; the rows as a Table (IRIs abbreviated)."""
    repository = RemoteSparqlRepository(Settings(backend="sparql", sparql_url=url, timeout=timeout))
    try:
        variables, rows = repository.select(query)
    finally:
        repository.close()
    return rows_table(variables, rows, title)
