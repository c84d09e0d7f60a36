"""The API tests run against both backends: the embedded Oxigraph store and a real Oxigraph
server (remote SPARQL backend) loaded with the same dataset; and uvicorn serves the app on a
loopback port for SPARQLWrapper and rdflib's SPARQLStore. Servers are started and stopped here.
(tests/api has no __init__.py on purpose: a package named ``api`` would shadow the app.)
"""
from __future__ import annotations

import shutil
import socket
import subprocess
import threading
import time
from pathlib import Path

import httpx
import uvicorn
import pytest
from fastapi.testclient import TestClient

from strategigraf.serve import load_create_app
from strategigraf.settings import Settings

MINI = Path(__file__).resolve().parents[1] / "fixtures" / "mini.trig"



def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait(url: str, seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            httpx.get(url, timeout=1.0)
            return
        except httpx.HTTPError:
            time.sleep(0.05)
    raise RuntimeError(f"{url} did not answer within {seconds} s")


def oxigraph_binary() -> str | None:
    import sys
    local = Path(sys.executable).with_name("oxigraph")
    return str(local) if local.exists() else shutil.which("oxigraph")


class OxigraphServer:
    """``oxigraph load`` then ``oxigraph serve-read-only --union-default-graph`` on a free port."""

    def __init__(self, binary: str, dataset: Path, location: Path):
        self.binary, self.dataset, self.location = binary, dataset, location
        self.port, self.process = free_port(), None

    @property
    def query_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/query"

    def __enter__(self) -> "OxigraphServer":
        subprocess.run([self.binary, "load", "--location", str(self.location), "--file", str(self.dataset)],
                       check=True, capture_output=True)
        self.process = subprocess.Popen(
            [self.binary, "serve-read-only", "--location", str(self.location), "--union-default-graph",
             "--bind", f"127.0.0.1:{self.port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _wait(f"http://127.0.0.1:{self.port}/")
        return self

    def __exit__(self, *exc) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


class UvicornThread:
    """Our app under uvicorn in a thread of the test process."""

    def __init__(self, app):
        self.port = free_port()
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> "UvicornThread":
        self.thread.start()
        _wait(f"{self.url}/queries")
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory):
    binary = oxigraph_binary()
    if binary is None:
        pytest.skip("the oxigraph server (pip install oxigraph) is not installed")
    with OxigraphServer(binary, MINI, tmp_path_factory.mktemp("oxigraph")) as server:
        yield server


def _settings(backend: str, request) -> Settings:
    if backend == "oxigraph":
        return Settings(dataset=MINI)
    server = request.getfixturevalue("oxigraph_server")
    return Settings(backend="sparql", sparql_url=server.query_url)


@pytest.fixture(scope="session", params=["oxigraph", "sparql"])
def client(request):
    """A TestClient of the app over one backend (parametrised: both)."""
    with TestClient(load_create_app()(_settings(request.param, request))) as test_client:
        test_client.backend = request.param
        yield test_client


@pytest.fixture(scope="session")
def live_url():
    """The app over the embedded store, served by uvicorn on a free loopback port."""
    with UvicornThread(load_create_app()(Settings(dataset=MINI))) as server:
        yield server.url
