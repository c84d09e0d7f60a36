"""The service functions of the traceability service (issue 4): CLI, REST API, web page and
notebooks all call these, never the queries directly.

    service = open_service(Settings.from_env())
    trace_down(service, "Grön omställning")        # activities and partners under a node
    trace_up(service, "Neurorehab")                 # what an activity serves
    partner_reach(service, "RSS"); gaps(service); status_summary(service, "Hög attraktivitet")
    funding(service, "focus-area"); search(service, "nära vård"); lookup(service, "RSS")
"""
from __future__ import annotations

from ..settings import Settings
from ..store import open_repository
from .common import Ambiguous, NotFound, Service, ServiceError
from .names import lookup, search
from .reports import funding, gaps, partner_reach, status_summary
from .trace import trace_down, trace_down_page, trace_up

__all__ = [
    "Ambiguous", "NotFound", "Service", "ServiceError", "open_service", "lookup", "search",
    "trace_down", "trace_down_page", "trace_up", "partner_reach", "gaps", "status_summary", "funding", "describe",
]


def open_service(settings: Settings | None = None) -> Service:
    """A Service over the repository the settings choose (loads the dataset for the embedded store)."""
    return Service(open_repository(settings or Settings.from_env()))


def describe(service: Service, name: str):
    """The triples about a node (rdflib Graph): its statements, the statements pointing at it, its
    qualified statements (status, roles, funding). For dereferenceable IRIs."""
    from rdflib import URIRef
    from .queries import get
    node = lookup(service, name)
    return node, service.repository.construct(get("describe").text, {"node": URIRef(node["iri"])})
