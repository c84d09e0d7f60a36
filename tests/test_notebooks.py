"""The notebooks in notebooks/ (issue 6) run top to bottom against the graph built from the sources.

Each notebook is executed with nbclient in a python3 kernel of this interpreter (ipykernel), in
the folder notebooks/, with STRATEGIGRAF_DATASET pointing at a graph built once into a temporary
folder. A notebook passes when no cell fails and it shows at least its figures (image/png
outputs) and tables (HTML tables of strategigraf.analysis.tables). Committed notebooks carry
no outputs. Together they must run in under two minutes.
"""
from __future__ import annotations

import json
import os
import sys
import time

import pytest

from strategigraf import paths


nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")
pytest.importorskip("matplotlib")

NOTEBOOK_DIR = paths.HOME / "notebooks"
# notebook -> (figures, tables) it must show at least
EXPECTED = {
    "01-sparbarhet": (3, 8),
    "02-partnernatverk": (4, 4),
    "03-uppfoljning-over-tid": (3, 5),
    "04-pengar": (4, 4),
    "05-sparql-kokbok": (0, 16),
}
BUDGET_SECONDS = 120
DURATIONS: dict[str, float] = {}


@pytest.fixture(scope="module")
def dataset(real_dataset):
    """The real graph, built once per session by tests/conftest.py."""
    return real_dataset


@pytest.fixture(scope="module")
def jupyter_path(tmp_path_factory):
    """A folder with a "python3" kernelspec that runs this interpreter (JUPYTER_PATH comes before any
    user-level kernelspec, so the kernel always has this environment's packages)."""
    root = tmp_path_factory.mktemp("jupyter")
    spec = root / "kernels" / "python3"
    spec.mkdir(parents=True)
    argv = [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
    (spec / "kernel.json").write_text(json.dumps({"argv": argv, "display_name": "Python 3", "language": "python"}))
    return root


def _outputs(notebook):
    for cell in notebook.cells:
        yield from cell.get("outputs", [])


def test_every_notebook_is_expected():
    assert sorted(p.stem for p in NOTEBOOK_DIR.glob("*.ipynb")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_committed_notebook_has_no_outputs(name):
    notebook = nbformat.read(NOTEBOOK_DIR / f"{name}.ipynb", as_version=4)
    code = [c for c in notebook.cells if c.cell_type == "code"]
    assert code, f"{name}.ipynb has no code cells"
    for number, cell in enumerate(code, 1):
        assert cell.outputs == [] and cell.execution_count is None, \
            f"{name}.ipynb, code cell {number}: outputs are committed (clear them before committing)"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_notebook_runs_and_shows_its_figures_and_tables(name, dataset, jupyter_path, monkeypatch):
    monkeypatch.setenv("STRATEGIGRAF_DATASET", str(dataset))
    monkeypatch.setenv("JUPYTER_PATH", str(jupyter_path))
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(paths.HOME), os.environ.get("PYTHONPATH")])))
    notebook = nbformat.read(NOTEBOOK_DIR / f"{name}.ipynb", as_version=4)
    client = nbclient.NotebookClient(notebook, timeout=BUDGET_SECONDS, kernel_name="python3",
                                     resources={"metadata": {"path": str(NOTEBOOK_DIR)}})
    started = time.monotonic()
    client.execute()
    DURATIONS[name] = time.monotonic() - started
    outputs = list(_outputs(notebook))
    assert not [o for o in outputs if o.get("output_type") == "error"]
    figures = sum("image/png" in o.get("data", {}) for o in outputs)
    tables = sum("strategigraf-table" in o.get("data", {}).get("text/html", "") for o in outputs)
    want_figures, want_tables = EXPECTED[name]
    assert figures >= want_figures, f"{name}: {figures} figures, expected at least {want_figures}"
    assert tables >= want_tables, f"{name}: {tables} tables, expected at least {want_tables}"


def test_notebooks_together_run_in_under_two_minutes():
    if len(DURATIONS) < len(EXPECTED):
        pytest.skip("not every notebook ran in this session")
    assert sum(DURATIONS.values()) < BUDGET_SECONDS, DURATIONS
