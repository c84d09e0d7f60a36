"""The analysis queries in strategigraf/analysis/queries/*.rq (same header format as the service's
named queries: ``# title:``, ``# description:``, ``# param:``; see strategigraf/services/queries.py).
"""
from __future__ import annotations

from pathlib import Path

from ..services.queries import NamedQuery, catalogue

ANALYSIS_QUERIES = Path(__file__).resolve().parent / "queries"


def get(name: str) -> NamedQuery:
    return catalogue(ANALYSIS_QUERIES)[name]


def select(service, name: str, **bindings) -> list[dict]:
    """Rows (variable -> rdflib term) of analysis query ``name``, no row cap (the analyses need all rows)."""
    return service.repository.select(get(name).text, bindings or None, row_cap=0)[1]
