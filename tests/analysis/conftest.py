"""The graph built once from the real sources (data/), opened as a service, for the analysis tests."""
from __future__ import annotations

import pytest

from strategigraf.analysis import open_graph
from strategigraf.settings import Settings


@pytest.fixture(scope="session")
def dataset(real_dataset):
    """The real graph, built once per session by tests/conftest.py."""
    return real_dataset


@pytest.fixture(scope="session")
def service(dataset):
    opened = open_graph(Settings(dataset=dataset, timeout=60))
    yield opened
    opened.repository.close()
