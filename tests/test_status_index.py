"""The embedded store's status summaries (strategigraf/services/status_index.py) count exactly what
status-summary.rq counts: per goal or focus area and follow-up, the assessed entries that reach it by
the one tracing path (docs/model.md, "Tracing")."""
from __future__ import annotations

import pytest
from rdflib import URIRef

from strategigraf.services import queries
from strategigraf.services.status_index import status_index

FIELDS = ("target", "targetType", "targetLabel", "report", "reportLabel", "status", "statusLabel")


def _by_query(service, target: str | None = None) -> list[tuple]:
    bindings = {"target": URIRef(target)} if target else None
    rows = service.repository.select_plain(queries.get("status-summary").text, bindings, row_cap=0)[1]
    return [tuple(row.get(f) for f in FIELDS) + (int(row["count"]),) for row in rows]


def _by_index(service, target: str | None = None) -> list[tuple]:
    return [tuple(row.get(f) for f in FIELDS) + (row["count"],) for row in status_index(service).rows(target)]


@pytest.mark.parametrize("dataset", ["mini_service", "real_service"])
def test_status_index_counts_what_status_summary_rq_counts(dataset, request):
    service = request.getfixturevalue(dataset)
    every = _by_query(service)
    assert every, "the dataset has status assessments under goals or focus areas"
    assert sorted(_by_index(service)) == sorted(every)
    for target in sorted({row[0] for row in every}):
        assert sorted(_by_index(service, target)) == sorted(_by_query(service, target)), target
