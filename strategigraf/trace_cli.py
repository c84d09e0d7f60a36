"""Trace a node by name: ``strategigraf trace "Grön omställning"`` lists the activities and partners
under it (``--up``: what an activity serves), as a table, JSON or CSV. An unknown or ambiguous
name exits with code 2 and the closest labels or the candidates.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys

from .serve import add_store_arguments, ensure_dataset, settings_from
from .services import Ambiguous, NotFound, open_service, trace_down, trace_up


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("node", help="a name (label or alias, any case, å/ä/ö optional) or an IRI")
    parser.add_argument("--up", action="store_true", help="trace upward: what the node serves")
    parser.add_argument("--kind", help="narrow the name to one class (Goal, FocusArea, Assignment, …)")
    parser.add_argument("--format", choices=("table", "json", "csv"), default="table")
    add_store_arguments(parser)


def run(args: argparse.Namespace) -> int:
    settings = settings_from(args)
    ensure_dataset(settings)
    service = open_service(settings)
    try:
        result = (trace_up if args.up else trace_down)(service, args.node, {args.kind} if args.kind else None)
    except NotFound as exc:
        print(f"strategigraf trace: {exc}", file=sys.stderr)
        return 2
    except Ambiguous as exc:
        print(f"strategigraf trace: {exc}:", file=sys.stderr)
        for c in exc.candidates:
            print(f"  {c['kind']:<16} {c['label']}  <{c['iri']}>", file=sys.stderr)
        return 2
    rows = _rows(result, args.up)
    if args.format == "json":
        json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
        print()
    elif args.format == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]) if rows else ["label"])
        writer.writeheader()
        writer.writerows(rows)
    else:
        _table(result, rows, args.up)
    return 0


def _rows(result: dict, up: bool) -> list[dict]:
    """One flat row per activity (down) or per node served (up), the path as labels."""
    items = result["serves"] if up else result["activities"]
    rows = []
    for item in items:
        src = item.get("source") or {}
        rows.append({"kind": item["kind"], "label": item["label"], "document": src.get("document") or "",
                     "lines": "-".join(map(str, src.get("lines", []))), "iri": item["iri"],
                     "path": " > ".join(p["label"] or p["iri"] for p in item["path"])})
        if up:
            rows[-1]["same_work"] = item["same_work"]
    return rows


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"


def _table(result: dict, rows: list[dict], up: bool) -> None:
    node = result["node"]
    print(f"{node['label']} ({node['kind']})  <{node['iri']}>")
    heading = "Tjänar" if up else "Aktiviteter"
    print(f"\n{heading} ({len(rows)}):")
    print(f"  {'typ':<15} {'dokument':<8} {'rader':<10} namn")
    for row in rows:
        mark = "≡ " if row.get("same_work") else ""
        print(f"  {row['kind']:<15} {row['document']:<8} {row['lines']:<10} {mark}{_cut(row['label'] or row['iri'], 90)}")
    if any(row.get("same_work") for row in rows):
        print("  (≡ samma arbete i ett annat dokument: uppföljt eller fortsatt, inte något som noden tjänar)")
    if not up:
        print(f"\nPartner ({len(result['partners'])}):")
        for partner in result["partners"]:
            via = "; ".join(f"{_cut(v['label'] or v['iri'], 50)} [{v['source'].get('document')} "
                            f"{'-'.join(map(str, v['source'].get('lines', [])))}]" for v in partner["via"])
            print(f"  {_cut(partner['label'] or partner['iri'], 32):<32} {', '.join(partner['roles']):<22} via {via}")
