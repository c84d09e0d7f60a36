"""Quality-control queries (ODK style): every ``queries/qc/*-violation.rq`` must return no rows.

Run by ``strategigraf build`` after writing the dataset and by the test suite.
"""
from __future__ import annotations

from pathlib import Path

import pyoxigraph

QC_DIR = Path(__file__).resolve().parent / "queries" / "qc"


def load_store(trig: Path) -> pyoxigraph.Store:
    store = pyoxigraph.Store()
    store.bulk_load(path=str(trig), format=pyoxigraph.RdfFormat.TRIG)
    return store


def qc_queries() -> dict[str, str]:
    return {path.name[: -len("-violation.rq")]: path.read_text(encoding="utf-8")
            for path in sorted(QC_DIR.glob("*-violation.rq"))}


def run_qc(store: pyoxigraph.Store) -> dict[str, list[dict[str, str]]]:
    """The rows each QC query returns (an empty list is a pass), keyed by the query's name."""
    results = {}
    for name, query in qc_queries().items():
        solutions = store.query(query, use_default_graph_as_union=True)
        names = [v.value for v in solutions.variables]
        results[name] = [{n: (row[n].value if row[n] is not None else "") for n in names} for row in solutions]
    return results
