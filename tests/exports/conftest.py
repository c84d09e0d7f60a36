"""The real graph, built once from data/ into a temporary folder, and a service over it (issue 5)."""
from __future__ import annotations

import pytest

from strategigraf import paths
from strategigraf.build import build_dataset
from strategigraf.services import open_service
from strategigraf.settings import Settings


@pytest.fixture(scope="session")
def built_trig(tmp_path_factory):
    out = tmp_path_factory.mktemp("exports-build") / "strategigraf.trig"
    build_dataset(out, paths.DATA)
    return out


@pytest.fixture(scope="session")
def service(built_trig):
    opened = open_service(Settings.from_env(backend="oxigraph", dataset=built_trig))
    yield opened
    opened.repository.close()
