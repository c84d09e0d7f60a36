"""The ``strategigraf`` command. Each subcommand lives in its own module with
``add_arguments(parser)`` and ``run(args) -> int`` (the exit code); this file only dispatches,
and imports only the module of the subcommand that runs (a broken module breaks only itself).

Exit codes, shared by all subcommands: 0 success (for ``validate``: conforms), 1 the data
violates the shapes or a QC query, 2 the input cannot be read or a name is unknown (the message
names the file and line, or the closest names).
"""
from __future__ import annotations

import argparse
import importlib
import sys

from .errors import InputError

DESCRIPTION = ("A knowledge graph of Region Halland's plans and follow-ups: build it from the "
               "source documents, validate it, query it, serve it and export it.")
EXIT_CODES = ("exit codes: 0 success (validate: the graph conforms), 1 violations of the shapes or QC "
              "queries, 2 unreadable input or unknown name (the message says which file and line)")

# (name, module, one-line help). Order is the order of `strategigraf --help`; docs/cli.md lists the same.
SUBCOMMANDS = [
    ("build", "strategigraf.build", "build the graph from the sources in data/ and validate it"),
    ("validate", "strategigraf.validate", "check RDF files against the SHACL shapes"),
    ("serve", "strategigraf.serve", "serve the API, the SPARQL endpoint and the web page over the built graph"),
    ("trace", "strategigraf.trace_cli", "trace a goal, focus area, assignment or partner down to activities (or --up)"),
    ("query", "strategigraf.query_cli", "run a SPARQL query (a .rq file or a query string) against the graph"),
    ("export", "strategigraf.export_cli",
     "export the whole graph, a document or a question's subgraph (RDF, GraphML, GEXF, Cytoscape, CSV/XLSX, SVG/PNG)"),
]


def parser(only: str | None = None) -> argparse.ArgumentParser:
    """The argument parser; with ``only``, the options of that one subcommand are loaded."""
    top = argparse.ArgumentParser(prog="strategigraf", description=DESCRIPTION, epilog=EXIT_CODES,
                                  formatter_class=argparse.RawDescriptionHelpFormatter)
    subparsers = top.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, module_name, help_text in SUBCOMMANDS:
        if only is not None and name != only:
            subparsers.add_parser(name, help=help_text)
            continue
        module = importlib.import_module(module_name)
        sub = subparsers.add_parser(name, help=help_text, description=module.__doc__,
                                    formatter_class=argparse.RawDescriptionHelpFormatter)
        module.add_arguments(sub)
        sub.set_defaults(_run=module.run)
    return top


def chosen(argv: list[str]) -> str | None:
    names = {name for name, _, _ in SUBCOMMANDS}
    return next((arg for arg in argv if arg in names), None)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    name = chosen(argv)
    args = parser(only=name or "").parse_args(argv)
    try:
        return args._run(args)
    except InputError as exc:
        print(f"strategigraf {args.command}: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
