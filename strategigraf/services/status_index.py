"""Status summaries of the embedded store without the path query (issue 4, items 2 and 10).

status-summary.rq counts, per goal or focus area, the assessed entries that reach it by the tracing
path (docs/model.md "Tracing"). Oxigraph evaluates that path from every assessed entry on each call
(0.6 s at 10^6 triples). Here the same count is made from what is read once per Service: the
assessments and targets (status_index.rq) and, per assessed entry, the goals and focus areas it
reaches, walked over the links of trace-links.rq (trace_index.py) and shared between entries.
tests/test_status_index.py checks the answer equals status-summary.rq's.
"""
from __future__ import annotations

import threading
from pathlib import Path

from .queries import parse
from .trace_index import START, UP_STEPS, Links, store_links

QUERY = parse(Path(__file__).with_name("status_index.rq"))
_LOCK = threading.Lock()


class _Cycle(Exception):
    """The links loop back on the node being closed: walk that entry breadth-first instead."""


class StatusIndex:
    """Assessments, targets and the targets each assessed entry reaches."""

    def __init__(self, rows, links: Links):
        self.assessments, self.targets = [], {}
        for row in rows:
            if row["part"] == "assessment":
                self.assessments.append((row["x"], row["status"], row.get("statusLabel"),
                                         row["report"], row.get("reportLabel")))
            else:
                self.targets.setdefault(row["target"], []).append((row["targetType"], row.get("targetLabel")))
        self.links, self._closed, self._open = links, {}, set()
        self.reaches = {x: self._reaches(x) for x, *_ in self.assessments}

    def _reaches(self, x: str) -> frozenset:
        try:
            return self._close(x, START)
        except _Cycle:
            from .trace_index import walk
            self._open.clear()
            return frozenset(n for n in walk(self.links, x, down=False) if n in self.targets)

    def _close(self, node: str, state: int) -> frozenset:
        """The targets reached up from ``node`` entered in automaton ``state`` (memoised)."""
        key = (node, state)
        if key in self._closed:
            return self._closed[key]
        if key in self._open:
            raise _Cycle(node)
        self._open.add(key)
        found = {node} if node in self.targets else set()
        for other, move, _step in self.links.moves(node, down=False):
            following = UP_STEPS.get((state, move))
            if following is not None:
                found |= self._close(other, following)
        self._open.discard(key)
        self._closed[key] = frozenset(found)
        return self._closed[key]

    def rows(self, only: str | None = None) -> list[dict]:
        """status-summary.rq's rows (plain strings), for one target or all."""
        groups: dict[tuple, set] = {}
        for x, status, status_label, report, report_label in self.assessments:
            for target in self.reaches[x]:
                if only and target != only:
                    continue
                for target_type, target_label in self.targets[target]:
                    key = (target, target_type, target_label, report, report_label, status, status_label)
                    groups.setdefault(key, set()).add(x)
        names = ("target", "targetType", "targetLabel", "report", "reportLabel", "status", "statusLabel")
        rows = [{**{n: v for n, v in zip(names, key) if v is not None}, "count": len(xs)} for key, xs in groups.items()]
        rows.sort(key=lambda r: (_order(r.get("targetLabel")), _order(r.get("reportLabel")), r["status"],
                                 r["target"], r["report"]))
        return rows


def _order(label: str | None) -> tuple:
    """SPARQL's ORDER BY: unbound first."""
    return (label is not None, label or "")


def status_index(service) -> StatusIndex | None:
    """The StatusIndex of the embedded store, built once per Service; None for a remote endpoint."""
    links = store_links(service)
    if links is None:
        return None
    with _LOCK:
        if "status-index" not in service.cache:
            rows = service.repository.select_plain(QUERY.text, None, row_cap=0)[1]
            service.cache["status-index"] = StatusIndex(rows, links)
        return service.cache["status-index"]
