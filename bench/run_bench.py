"""Benchmark of the traceability service (issue 4, item 10) — a script, not a timed test.

    PYTHONPATH=. python bench/run_bench.py --scales 1e4 1e5 [1e6] [--real data/build/strategigraf.trig]

Per scale, in a fresh subprocess (so peak memory is that scale's): synthetic plans (bench/synthetic.py)
are loaded into the embedded Oxigraph store and into rdflib's default memory store; the headline
trace (trace-down of one goal: its ~160 activities and partners) and a summary (status counts of
every goal and focus area) are timed on both, and through the REST API (uvicorn on loopback,
httpx keep-alive client; first page of 20 activities): cold (answer cache off: every request
queries the store) and warm (answer cache on). Prints one JSON line per scale for docs/benchmarks.md.
"""
from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]


def median_ms(function, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(times), 2)


def oxigraph_and_rest(path: Path, node: str, runs: int) -> dict:
    """Start-up, then cold timings (answer cache off) on the service and through REST, then warm ones."""
    from dataclasses import replace
    import httpx
    import uvicorn
    from strategigraf.services import open_service, status_summary, trace_down
    from strategigraf.services.names import index
    from strategigraf.serve import load_create_app
    from strategigraf.settings import Settings
    start = time.perf_counter()
    service = open_service(Settings(dataset=path, row_cap=10**7, timeout=600, cache_size=0))
    index(service)
    found = {"startup_s": round(time.perf_counter() - start, 2),
             "activities": len(trace_down(service, node)["activities"])}
    found["oxigraph_trace_ms"] = median_ms(lambda: trace_down(service, node), runs)
    found["oxigraph_summary_ms"] = median_ms(lambda: status_summary(service), max(3, runs // 10))
    server = uvicorn.Server(uvicorn.Config(load_create_app()(service=service), host="127.0.0.1", port=0,
                                           log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    trace = {"node": node, "limit": 20}
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=600) as client:
        assert client.get("/trace/down", params=trace).status_code == 200
        found["rest_trace_cold_ms"] = median_ms(lambda: client.get("/trace/down", params=trace), runs)
        found["rest_summary_cold_ms"] = median_ms(lambda: client.get("/status/summary"), max(3, runs // 10))
        service.repository.settings = replace(service.repository.settings, cache_size=512)
        found["rest_trace_warm_ms"] = median_ms(lambda: client.get("/trace/down", params=trace), runs)
        found["rest_summary_warm_ms"] = median_ms(lambda: client.get("/status/summary"), runs)
    server.should_exit = True
    return found


class RdflibRepository:
    """The Repository interface over rdflib's default memory store (union default graph), for comparison."""

    def __init__(self, path: Path):
        from rdflib import Dataset
        from strategigraf.settings import Settings
        self.settings = Settings(dataset=path, cache_size=0)
        self.dataset = Dataset(default_union=True)
        self.dataset.parse(str(path), format="nquads" if path.suffix == ".nq" else "trig")

    def select(self, query: str, bindings: dict | None = None, row_cap: int | None = None):
        result = self.dataset.query(query, initBindings=bindings or {})
        names = [str(v) for v in result.vars]
        return names, [{n: row[n] for n in names if row[n] is not None} for row in result]


def rdflib_store(path: Path, node: str, runs: int) -> dict:
    """The same service functions (trace_down, status_summary) over rdflib's memory store."""
    from strategigraf.services import Service, status_summary, trace_down
    start = time.perf_counter()
    service = Service(RdflibRepository(path))
    found = {"rdflib_load_s": round(time.perf_counter() - start, 2)}
    trace_down(service, node)
    found["rdflib_trace_ms"] = median_ms(lambda: trace_down(service, node), 3)
    found["rdflib_summary_ms"] = median_ms(lambda: status_summary(service), 1)
    return found


def one_scale(target: float, rdflib_too: bool, runs: int) -> dict:
    """Measurements at one scale (run inside its own subprocess)."""
    from synthetic import generate
    goals = max(1, round((target - 1800) / 3610))
    path = Path(tempfile.mkdtemp()) / f"synthetic-{goals}.nq"
    quads = generate(path, goals)
    found = {"target": target, "quads": quads, "goals": goals}
    found.update(oxigraph_and_rest(path, "Mål 0", runs))
    found["peak_rss_mb_oxigraph"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    if rdflib_too:
        found.update(rdflib_store(path, "Mål 0", runs))
        found["peak_rss_mb_total"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    return found


def real_graph(path: Path, runs: int) -> dict:
    found = {"target": "real", **oxigraph_and_rest(path, "Stark konkurrenskraft", runs)}
    found["peak_rss_mb_oxigraph"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    found.update(rdflib_store(path, "Stark konkurrenskraft", runs))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scales", nargs="*", type=float, default=[1e4, 1e5])
    parser.add_argument("--rdflib-max", type=float, default=1e5, help="largest scale run on rdflib too")
    parser.add_argument("--real", type=Path, help="also measure this TriG (the built graph)")
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, value = args.child.split(":", 1)
        result = real_graph(Path(value), args.runs) if kind == "real" else \
            one_scale(float(value), float(value) <= args.rdflib_max, args.runs)
        print(json.dumps(result))
        return
    jobs = [f"scale:{s}" for s in args.scales] + ([f"real:{args.real}"] if args.real else [])
    for job in jobs:
        output = subprocess.run([sys.executable, __file__, "--child", job, "--runs", str(args.runs),
                                 "--rdflib-max", str(args.rdflib_max)], capture_output=True, text=True, check=True)
        print(output.stdout.strip().splitlines()[-1], flush=True)


if __name__ == "__main__":
    main()
