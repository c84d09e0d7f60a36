"""Reading the RDF files that ``strategigraf validate`` checks (docs/validate.md, exit code 2).

A file's format follows its extension; a TriG or N-Quads file contributes the union of its
named graphs. A file that cannot be read is an InputError naming the file and, where the parser
tells, the line.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from rdflib import Dataset, Graph
from rdflib.exceptions import ParserError
from rdflib.plugins.parsers.notation3 import BadSyntax

from .errors import InputError

FORMATS = {".ttl": "turtle", ".trig": "trig", ".nt": "nt", ".nq": "nquads", ".jsonld": "json-ld", ".json": "json-ld"}
QUAD_FORMATS = {"trig", "nquads"}
FORMAT_NAMES = {"turtle": "Turtle", "trig": "TriG", "nt": "N-Triples", "nquads": "N-Quads", "json-ld": "JSON-LD"}


def _syntax_error(path: Path, fmt: str, exc: Exception) -> InputError:
    """An InputError naming the line of a parser exception (rdflib's BadSyntax, ParserError, JSON errors)."""
    name = FORMAT_NAMES[fmt]
    if isinstance(exc, BadSyntax):
        near = exc._str[exc._i:exc._i + 40].decode("utf-8", "replace").split("\n")[0]
        return InputError(path, exc.lines + 1, f"not valid {name}: {exc._why} (near {near!r})")
    if isinstance(exc, json.JSONDecodeError):
        return InputError(path, exc.lineno, f"not valid JSON-LD: {exc.msg} (column {exc.colno})")
    line = _first_bad_line(path, fmt) if isinstance(exc, ParserError) else None
    return InputError(path, line, f"not valid {name}: {exc}")


def _first_bad_line(path: Path, fmt: str) -> int | None:
    """For line-based formats (N-Triples, N-Quads): the first line that does not parse on its own."""
    for number, text in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
        try:
            (Dataset() if fmt in QUAD_FORMATS else Graph()).parse(data=text, format=fmt)
        except Exception:  # noqa: BLE001 - any failure marks the line
            return number
    return None


def read_file(path: Path, into: Graph) -> None:
    """Add the triples of one RDF file to ``into``; InputError with file and line if unreadable."""
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(path, None, f"unknown RDF file type {path.suffix!r}; use one of {', '.join(FORMATS)}")
    if not path.is_file():
        raise InputError(path, None, "cannot be read: no such file")
    target = Dataset() if fmt in QUAD_FORMATS else Graph()
    try:
        target.parse(path, format=fmt)
    except (BadSyntax, ParserError, json.JSONDecodeError, ValueError, UnicodeDecodeError) as exc:
        raise _syntax_error(path, fmt, exc) from None
    for triple in (target.triples((None, None, None)) if fmt not in QUAD_FORMATS
                   else ((s, p, o) for s, p, o, _ in target.quads((None, None, None, None)))):
        into.add(triple)


def read_files(files: list[Path]) -> Graph:
    data = Graph()
    for path in files:
        read_file(Path(path), data)
    return data


@lru_cache(maxsize=4)
def load_cached(path: Path) -> Graph:
    """The shapes and the ontology, parsed once per process (the build and the tests validate many times)."""
    graph = Graph()
    read_file(path, graph)
    return graph
