"""Export the graph, a document or the subgraph of a question in any format (issue 5, item 1):

    strategigraf export --format graphml --node "Stark konkurrenskraft" -o out.graphml
    strategigraf export --format csv --node "Neurorehab" --up        # what an activity serves
    strategigraf export --format gexf --partner RSS                  # a partner's reach
    strategigraf export --format trig --document vp2022              # one document's named graph
    strategigraf export --format svg --all                           # everything

Formats come from the renderer registry (strategigraf.exports; ``--list-formats``). Without
``-o`` the file is written to the current folder, named after the scope. An unknown or
ambiguous name, or a format that cannot run here (SVG/PNG without Graphviz), exits with code 2.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .extract import BY_ID
from .serve import add_store_arguments, ensure_dataset, settings_from
from .services import Ambiguous, NotFound, open_service


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from .exports import RENDERERS
    parser.add_argument("--format", "-f", choices=list(RENDERERS), default="turtle",
                        help="output format (default turtle); see --list-formats")
    scope = parser.add_mutually_exclusive_group()
    scope.add_argument("--node", help="a goal, focus area, assignment … (name, alias or IRI): trace down from it")
    scope.add_argument("--partner", help="a partner (name, alias or IRI): its reach")
    scope.add_argument("--document", choices=list(BY_ID), help="one document's named graph")
    scope.add_argument("--all", action="store_true", help="the whole dataset")
    parser.add_argument("--up", action="store_true", help="with --node: trace upward (what the node serves)")
    parser.add_argument("-o", "--output", help="file to write; '-' for standard output")
    parser.add_argument("--list-formats", action="store_true", help="list the formats and exit")
    add_store_arguments(parser)


def _list_formats() -> int:
    from .exports import catalogue
    for entry in catalogue():
        note = f"  (unavailable: {entry['unavailable']})" if entry["unavailable"] else ""
        print(f"{entry['format']:<10} .{entry['extension']:<8} {entry['media_type']:<70} {entry['label']}{note}")
    return 0


def _asked(args: argparse.Namespace) -> dict | None:
    if args.up and not args.node:
        return None
    if args.node:
        return {"up": args.node} if args.up else {"node": args.node}
    if args.partner:
        return {"partner": args.partner}
    if args.document:
        return {"document": args.document}
    return {"everything": True} if args.all else None


def _fail(message: str) -> int:
    print(f"strategigraf export: {message}", file=sys.stderr)
    return 2


def _write(data: bytes, output: str) -> None:
    if output == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    Path(output).write_bytes(data)
    print(f"wrote {output} ({len(data)} bytes)", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    from .exports import ExportError, build_scope, get, render
    if args.list_formats:
        return _list_formats()
    asked = _asked(args)
    if asked is None:
        return _fail("say what to export: --node NAME [--up], --partner NAME, --document DOCID or --all")
    settings = settings_from(args)
    ensure_dataset(settings)
    service = open_service(settings)
    try:
        scope = build_scope(service, **asked)
        data = render(scope, args.format)
    except NotFound as exc:
        return _fail(str(exc))
    except Ambiguous as exc:
        return _fail(f"{exc}: " + "; ".join(f"{c['kind']} {c['label']} <{c['iri']}>" for c in exc.candidates))
    except ExportError as exc:
        return _fail(str(exc))
    _write(data, args.output or f"{scope.slug}.{get(args.format).extension}")
    return 0
