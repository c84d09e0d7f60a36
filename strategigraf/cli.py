"""The ``strategigraf`` command. Each subcommand lives in its own module with
``add_arguments(parser)`` and ``run(args) -> int`` (the exit code); this file only dispatches.

Exit codes, shared by all subcommands: 0 success (for ``validate``: conforms), 1 the data
violates the shapes, 2 the input cannot be read (the message names file and line).
"""
from __future__ import annotations

import argparse
import importlib
import sys

from .errors import InputError

# (name, module, one-line help). Order is the order of `strategigraf --help`.
SUBCOMMANDS = [
    ("build", "strategigraf.build", "build the graph from the sources in data/ and validate it"),
    ("validate", "strategigraf.validate", "check RDF files against the SHACL shapes"),
]


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="strategigraf", description=__doc__.split("\n\n")[0])
    subparsers = top.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, module_name, help_text in SUBCOMMANDS:
        module = importlib.import_module(module_name)
        sub = subparsers.add_parser(name, help=help_text, description=module.__doc__)
        module.add_arguments(sub)
        sub.set_defaults(_run=module.run)
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args._run(args)
    except InputError as exc:
        print(f"strategigraf {args.command}: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
