"""The app over the real built graph, served by uvicorn on 127.0.0.1 on a free port, and one
headless Debian Chromium (system binary, driven by Playwright; never `playwright install`)."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from strategigraf.settings import Settings

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


REPOSITORY = Path(__file__).resolve().parents[2]
# The server runs in its own process: in the test's process it would share the GIL with Playwright.
LAUNCH = ("import sys, uvicorn; from tests.web.conftest import web_app; "
          "uvicorn.run(web_app(sys.argv[1]), host='127.0.0.1', port=int(sys.argv[2]), log_level='warning')")


@pytest.fixture(scope="session")
def service(real_service):
    """The service functions over the graph the page serves (the session's one service over the real
    graph, tests/conftest.py), to compare the page's counts with."""
    return real_service


def web_app(dataset: str):
    """The service engineer's app with the export router and the page (added unless already wired)."""
    from strategigraf.api.app import create_app
    from strategigraf.api.routers import export, web
    app = create_app(Settings.from_env(backend="oxigraph", dataset=Path(dataset)))
    present = {getattr(route, "path", None) for route in app.routes}
    for router, path in ((export.router, "/export"), (web.router, "/")):
        if path not in present:
            app.include_router(router)
    return app


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_up(url: str, server: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.time() + seconds
    while time.time() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"the server exited with code {server.returncode}: {server.stderr.read().decode()[-2000:]}")
        try:
            urllib.request.urlopen(url + "/static/app.js", timeout=2).close()
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"the server did not answer at {url} within {seconds} s")


@pytest.fixture(scope="session")
def base_url(real_dataset):
    port = free_port()
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPOSITORY), os.environ.get("PYTHONPATH")]))}
    server = subprocess.Popen([sys.executable, "-c", LAUNCH, str(real_dataset), str(port)], cwd=REPOSITORY,
                              env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(url, server)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is absent (apt-get install chromium); the browser test needs it")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture()
def page(browser, base_url):
    ARTIFACTS.mkdir(exist_ok=True)
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True, locale="sv-SE")
    opened = context.new_page()
    opened.set_default_timeout(60000)
    yield opened
    context.close()
