"""The export tests run over the real graph (issue 5): ``service`` is the session's one service over
it, ``real_service`` of tests/conftest.py, under the name these tests were written with."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def service(real_service):
    return real_service
