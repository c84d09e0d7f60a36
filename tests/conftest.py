"""Shared fixtures of the service tests (issue 4): the datasets and an embedded service over them.

``mini.trig`` (tests/fixtures/) is hand-written from the source texts in the shape of
docs/model.md; ``data/build/strategigraf.trig`` is the real graph, used when it has been built.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MINI = ROOT / "tests" / "fixtures" / "mini.trig"
REAL = Path(os.environ.get("STRATEGIGRAF_TEST_DATASET") or ROOT / "data" / "build" / "strategigraf.trig")


@pytest.fixture(scope="session")
def mini_service():
    from strategigraf.services import open_service
    from strategigraf.settings import Settings
    service = open_service(Settings(dataset=MINI))
    yield service
    service.repository.close()


@pytest.fixture(scope="session")
def real_service():
    if not REAL.exists():
        pytest.skip("data/build/strategigraf.trig has not been built")
    from strategigraf.services import open_service
    from strategigraf.settings import Settings
    service = open_service(Settings(dataset=REAL))
    yield service
    service.repository.close()
