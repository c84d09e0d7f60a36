"""The graph built once from the real sources (data/), opened as a service, for the analysis tests."""
from __future__ import annotations

import pytest

from strategigraf import paths
from strategigraf.analysis import open_graph
from strategigraf.build import build_dataset
from strategigraf.settings import Settings


@pytest.fixture(scope="session")
def dataset(tmp_path_factory):
    out = tmp_path_factory.mktemp("analysis") / "strategigraf.trig"
    build_dataset(out, paths.DATA)
    return out


@pytest.fixture(scope="session")
def service(dataset):
    opened = open_graph(Settings(dataset=dataset, timeout=60))
    yield opened
    opened.repository.close()
