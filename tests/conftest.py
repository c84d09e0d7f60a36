"""Shared fixtures of the service tests (issue 4): the datasets and an embedded service over them.

``mini.trig`` (tests/fixtures/) is hand-written from the source texts in the shape of
docs/model.md; the real graph is built from data/ once per test session (or taken from
``STRATEGIGRAF_TEST_DATASET``), so the done-when checks of the issues always run.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MINI = ROOT / "tests" / "fixtures" / "mini.trig"
GIVEN = os.environ.get("STRATEGIGRAF_TEST_DATASET")


@pytest.fixture(scope="session")
def real_dataset(tmp_path_factory) -> Path:
    """The TriG of the real graph, built from data/ for this test session."""
    if GIVEN:
        return Path(GIVEN)
    from strategigraf import paths
    from strategigraf.build import build_dataset
    out = tmp_path_factory.mktemp("real") / "strategigraf.trig"
    build_dataset(out, paths.DATA)
    return out


@pytest.fixture(scope="session")
def mini_service():
    from strategigraf.services import open_service
    from strategigraf.settings import Settings
    service = open_service(Settings(dataset=MINI))
    yield service
    service.repository.close()


@pytest.fixture(scope="session")
def real_service(real_dataset):
    """The one service over the real graph for the session; tests/exports and tests/web use it as ``service``."""
    from strategigraf.services import open_service
    from strategigraf.settings import Settings
    service = open_service(Settings(dataset=real_dataset))
    yield service
    service.repository.close()
