"""The in-memory trace (strategigraf/services/trace_index.py) answers exactly what the named queries
define: the nodes trace-down.rq / trace-up.rq reach by the one tracing path (docs/model.md, "Tracing"),
and the same answer as the query path a remote endpoint takes."""
from __future__ import annotations

import pytest
from rdflib import URIRef

from strategigraf.services import Service, trace_down, trace_up
from strategigraf.services import queries
from strategigraf.services.names import index
from strategigraf.services.trace_index import store_links, walk


def _reached_by_query(service, name: str, iri: str) -> set[str]:
    rows = service.repository.select_plain(queries.get(name).text, {"node": URIRef(iri)}, row_cap=0)[1]
    return {row["x"] for row in rows} | {iri}


@pytest.mark.parametrize("dataset", ["mini_service", "real_service"])
def test_walk_reaches_what_the_named_queries_reach(dataset, request):
    service = request.getfixturevalue(dataset)
    links = store_links(service)
    nodes = sorted(index(service)["nodes"])
    # The real graph: every 25th node (every node takes minutes: Oxigraph evaluates the path slowly
    # from some nodes); the mini graph: all of them.
    for iri in nodes if dataset == "mini_service" else nodes[::25]:
        assert set(walk(links, iri, down=True)) == _reached_by_query(service, "trace-down", iri), iri
        assert set(walk(links, iri, down=False)) == _reached_by_query(service, "trace-up", iri), iri


class QueryPathRepository:
    """The embedded store without ``select_plain``: the service takes the remote endpoint's path."""

    def __init__(self, repository):
        self.repository, self.settings = repository, repository.settings

    def select(self, *args, **kwargs):
        return self.repository.select(*args, **kwargs)


def test_query_path_gives_the_same_answers(real_service):
    # docs/model.md "Tracing": both paths must follow the one path; the goals and focus areas of the
    # plans are the headline nodes (004_… 2022 plan focus areas, 001_… 2019 plan goals).
    queried = Service(QueryPathRepository(real_service.repository))
    assert store_links(queried) is None
    heads = [iri for iri, node in index(real_service)["nodes"].items() if node["kinds"] & {"Goal", "FocusArea"}]
    assert heads
    for iri in heads:
        assert trace_down(queried, iri) == trace_down(real_service, iri), iri
        assert trace_up(queried, iri) == trace_up(real_service, iri), iri


def _allowed(path: list[dict]) -> bool:
    """The steps of an answer's path (activity -> traced node) read as the tracing path: a run of
    sg:followsUp / sg:continues changes direction only after a climb (docs/model.md, "Tracing")."""
    direction = None
    for node in path[:-1]:
        link = node["link"]
        if link["property"] in ("followsUp", "continues"):
            way = "forward" if link["subject"] == node["iri"] else "backward"
            if direction not in (None, way):
                return False
            direction = way
        else:
            direction = None
    return True


def test_every_path_shown_is_one_the_tracing_path_allows(real_service):
    heads = [iri for iri, node in index(real_service)["nodes"].items() if node["kinds"] & {"Goal", "FocusArea"}]
    for iri in heads:
        for activity in trace_down(real_service, iri)["activities"]:
            assert _allowed(activity["path"]), (iri, activity["iri"])


@pytest.mark.parametrize("name", ["Stark konkurrenskraft", "Nära och sammanhållen vård", "Regionsamverkan Sydsverige"])
def test_a_page_of_the_trace_is_that_slice_of_the_whole_trace(real_service, name):
    # The REST route makes paths for its page only (trace_down_page); the page must be exactly the
    # slice of the whole answer, in the same order, with the same total.
    from strategigraf.services import trace_down_page
    whole = trace_down(real_service, name)
    for offset, limit in ((0, 20), (15, 7), (200, 100)):
        page = trace_down_page(real_service, name, None, offset, limit)
        assert page["activities"] == whole["activities"][offset:offset + limit]
        assert page["total_activities"] == len(whole["activities"])
        assert page["partners"] == whole["partners"] and page["node"] == whole["node"]
