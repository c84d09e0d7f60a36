"""Check RDF files (.ttl, .trig, .nt, .nq, .jsonld) against the SHACL shapes of strategigraf.

Reads every FILE into one graph (a TriG file contributes the union of its named graphs),
validates it against shapes/strategigraf-shapes.ttl with the ontology as ontology graph, and
prints the problems grouped by entity, in Swedish (or English with --lang en).
Exit codes: 0 the graph conforms, 1 it violates the shapes, 2 a file cannot be read.
docs/validate.md describes the report.
"""
from __future__ import annotations

import argparse
from pathlib import Path

import pyshacl
from rdflib import Graph
from rdflib.graph import ConjunctiveGraph

from . import paths
from .validate_files import FORMAT_NAMES, FORMATS, QUAD_FORMATS, load_cached, read_file, read_files
from .validate_report import WORDS, EntityProblems, Problem, Report, render_text
from .validate_results import SH, group, node_shape
from .vocabulary import PREFIXES

# The docstring above is the --help of `strategigraf validate`, so the module layout is told here:
# reading files, the report and pyshacl's results grouped by entity live in validate_files.py,
# validate_report.py and validate_results.py. Their names are re-exported because the build, the
# tests and docs/validate.md import them from strategigraf.validate.
__all__ = ["FORMATS", "FORMAT_NAMES", "QUAD_FORMATS", "SH", "WORDS", "EntityProblems", "Problem", "Report",
           "add_arguments", "node_shape", "read_file", "read_files", "render_text", "run", "validate_graph"]


def _union(data: Graph) -> Graph:
    """A plain graph of all triples; a Dataset (e.g. the build's TriG) contributes all its graphs."""
    if not isinstance(data, ConjunctiveGraph):
        return data
    union = Graph()
    for s, p, o, _ in data.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def validate_graph(data: Graph, shapes_path: Path = paths.SHAPES, ontology_path: Path = paths.ONTOLOGY) -> Report:
    """Validate a graph or dataset (the union of its graphs) against the shapes; the build calls this."""
    data = _union(data)
    shapes, ontology = load_cached(Path(shapes_path)), load_cached(Path(ontology_path))
    conforms, results, _ = pyshacl.validate(data, shacl_graph=shapes, ont_graph=ontology,
                                            inference="none", allow_warnings=True)
    for prefix, namespace in PREFIXES.items():
        shapes.bind(prefix, namespace)
        results.bind(prefix, namespace)
    return Report(bool(conforms), group(results, shapes, data + ontology), results)


# ---------------------------------------------------------------- command line

def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE", help="RDF files (.ttl, .trig, .nt, .nq, .jsonld)")
    parser.add_argument("--lang", choices=("sv", "en"), default="sv", help="language of the report (default sv)")
    parser.add_argument("--format", choices=("text", "turtle", "json"), default="text", help="report format (default text)")
    parser.add_argument("--shapes", type=Path, default=paths.SHAPES, help="SHACL shapes (default: %(default)s)")
    parser.add_argument("--ontology", type=Path, default=paths.ONTOLOGY, help="ontology (default: %(default)s)")


def run(args: argparse.Namespace) -> int:
    data = read_files(args.files)
    report = validate_graph(data, args.shapes, args.ontology)
    print(report.render(args.format, args.lang), end="" if args.format == "text" else "\n")
    return 0 if report.conforms else 1
