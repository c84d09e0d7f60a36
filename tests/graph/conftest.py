"""A graph built once from the real sources, shared by the graph tests."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from strategigraf import paths
from strategigraf.build import build_dataset
from strategigraf.qc import load_store


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    """(BuildResult, path of the written TriG) for the real data/ folder."""
    out = tmp_path_factory.mktemp("build") / "strategigraf.trig"
    return build_dataset(out, paths.DATA), out


@pytest.fixture(scope="session")
def store(built):
    return load_store(built[1])


@pytest.fixture()
def data_copy(tmp_path) -> Path:
    """A writable copy of data/ (sources and curation) to break on purpose."""
    target = tmp_path / "data"
    shutil.copytree(paths.DATA / "sources", target / "sources")
    shutil.copytree(paths.DATA / "curation", target / "curation")
    return target
