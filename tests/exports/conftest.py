"""The real graph, built once from data/ into a temporary folder, and a service over it (issue 5)."""
from __future__ import annotations

import pytest

from strategigraf.services import open_service
from strategigraf.settings import Settings


@pytest.fixture(scope="session")
def built_trig(real_dataset):
    """The real graph, built once per session by tests/conftest.py."""
    return real_dataset


@pytest.fixture(scope="session")
def service(built_trig):
    opened = open_service(Settings.from_env(backend="oxigraph", dataset=built_trig))
    yield opened
    opened.repository.close()
