"""The links that traces walk, held in memory, and the one tracing path of docs/model.md "Tracing".

``Links`` is built from the rows of trace-links.rq: for the embedded store once per Service from the
whole store (the ``# values ?x`` lines left as comments, so every node's links come back; the graph
is read-only while served), for a remote endpoint per trace from the nodes trace-down.rq /
trace-up.rq reached. ``walk`` follows exactly the path the named queries use,

    (((sg:followsUp|sg:continues)+|(^sg:followsUp|^sg:continues)+)?/sg:contributesTo)*
        /((sg:followsUp|sg:continues)+|(^sg:followsUp|^sg:continues)+)?

as a three-state automaton: FREE (after a climb, or at the start), FORWARD (in a run of links
crossed in their direction), BACKWARD (in a run crossed against it). A climb (sg:contributesTo)
always leads to FREE; a run may not change direction without a climb in between. The language is
the same read from either end, so the walk from the traced node outwards uses the same automaton.
"""
from __future__ import annotations

import threading
from collections import deque

from ..vocabulary import SG
from .common import source

CORRESPONDENCES = {"followsUp", "continues"}
FREE, FORWARD, BACKWARD = 0, 1, 2
START = FREE
UP_STEPS = {(FREE, "climb"): FREE, (FORWARD, "climb"): FREE, (BACKWARD, "climb"): FREE,
            (FREE, "forward"): FORWARD, (FORWARD, "forward"): FORWARD,
            (FREE, "backward"): BACKWARD, (BACKWARD, "backward"): BACKWARD}
DOWN_STEPS = UP_STEPS   # the path reads the same from either end
_LOCK = threading.Lock()


class Links:
    """Links, partner roles and end dates per node, from trace-links.rq rows (values: str()-able)."""

    def __init__(self, rows):
        parts: dict[str, list] = {"edge": [], "role": [], "role-source": [], "end": []}
        for row in rows:
            parts[str(row["part"])].append(row)
        self.edges = _edges(parts["edge"])     # (x, y) -> step {"property", "subject", "object", "source"}
        kinds = _kinds(parts["edge"])
        self.climbs = {pair for pair, found in kinds.items() if "climb" in found}
        self.crossings = {pair for pair, found in kinds.items() if "cross" in found}
        self.up: dict[str, list] = {}          # x -> [(y, step)], sorted by (x, y) as the walk visits them
        self.down: dict[str, list] = {}        # y -> [(x, step)]
        for (x, y), step in sorted(self.edges.items()):
            self.up.setdefault(x, []).append((y, step))
            self.down.setdefault(y, []).append((x, step))
        evidence = {str(r["r"]): r for r in parts["role-source"]}
        self.roles: dict[str, list] = {}       # x -> [(partner, role, evidence, source)]
        for row in parts["role"]:
            said = evidence.get(str(row["r"]), {})
            found = (str(row["partner"]), str(row["role"]), _text(said, "evidence"),
                     _cited(row.get("g"), said.get("first"), said.get("last")))
            self.roles.setdefault(str(row["x"]), []).append(found)
        self.end_dates = {str(row["x"]): str(row["endDate"]) for row in parts["end"]}
        self._sources: dict[tuple, dict] = {}

    def source(self, cited: tuple) -> dict:
        """The source dict (common.source) of a (graph, first line, last line), made on first use."""
        found = self._sources.get(cited)
        if found is None:
            found = self._sources[cited] = source({"g": cited[0], "first": cited[1], "last": cited[2]})
        return found

    def moves(self, node: str, down: bool):
        """(neighbour, kind of move, step) from ``node``, walking down (towards what serves it) or up."""
        near, far = (self.down, self.up) if down else (self.up, self.down)
        for other, step in near.get(node, ()):
            pair = (other, node) if down else (node, other)
            if pair in self.climbs:
                yield other, "climb", step
            if pair in self.crossings:
                yield other, "forward", step
        for other, step in far.get(node, ()):
            if ((node, other) if down else (other, node)) in self.crossings:
                yield other, "backward", step


def walk(links: Links, root: str, down: bool) -> dict:
    """Breadth-first from ``root`` along the tracing path: {node: [step, …]} for every node reached
    (``root``: []), the steps of a shortest path the tracing path allows, from the node to ``root``."""
    table = DOWN_STEPS if down else UP_STEPS
    first, back = {root: (root, START)}, {(root, START): None}
    queue = deque([(root, START)])
    while queue:
        key = queue.popleft()
        for neighbour, move, step in links.moves(key[0], down):
            following = table.get((key[1], move))
            if following is None or (neighbour, following) in back:
                continue
            back[(neighbour, following)] = (key, step)
            queue.append((neighbour, following))
            first.setdefault(neighbour, (neighbour, following))
    return {node: _steps(key, back) for node, key in first.items()}


def _steps(key: tuple, back: dict) -> list:
    """[(node, step to the next node), …] from ``key`` back to the root (state-aware: a node's
    shortest path may pass another node in a state other than that node's own first one)."""
    steps = []
    while back[key] is not None:
        previous, step = back[key]
        steps.append((key[0], step))
        key = previous
    return steps


def store_links(service) -> Links | None:
    """The Links of the whole embedded store, built once per Service; None for a remote endpoint."""
    from . import queries
    repository = service.repository
    if not hasattr(repository, "select_plain") or getattr(repository.settings, "backend", "oxigraph") != "oxigraph":
        return None
    with _LOCK:
        if "trace-links" not in service.cache:
            rows = repository.select_plain(queries.get("trace-links").text, None, row_cap=0)[1]
            service.cache["trace-links"] = Links(rows)
        return service.cache["trace-links"]


def _kinds(rows) -> dict:
    kinds: dict[tuple, set] = {}
    for row in rows:
        link = str(row["link"]).removeprefix(str(SG))
        if link in ("contributesTo", *CORRESPONDENCES):
            kinds.setdefault((str(row["x"]), str(row["y"])), set()).add("climb" if link == "contributesTo" else "cross")
    return kinds


def _edges(rows) -> dict:
    """{(x, y): step} preferring the specific link over sg:contributesTo, earliest lines first; the
    step cites (graph, first, last), which ``Links.source`` turns into a source when an answer uses it."""
    edges, picked = {}, {}
    for row in sorted(rows, key=lambda r: (str(r.get("g")), int(r.get("first") or 0))):
        link = str(row["link"]).removeprefix(str(SG))
        key = (str(row["x"]), str(row["y"]))
        if key not in picked or (picked[key][0] == "contributesTo" and link != "contributesTo"):
            picked[key] = (link, row)
    for key, (link, row) in picked.items():
        edges[key] = {"property": link, "subject": key[0], "object": key[1],
                      "cited": _cited(row.get("g"), row.get("first"), row.get("last"))}
    return edges


def _cited(graph, first, last) -> tuple:
    """(graph, first, last) as plain values; lines as ints (None when the passage is unknown)."""
    return (None if graph is None else str(graph), None if first is None else int(str(first)),
            None if last is None else int(str(last)))


def _text(row: dict, name: str) -> str | None:
    value = row.get(name)
    return None if value is None else str(value)
