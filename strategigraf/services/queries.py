"""The named queries in strategigraf/queries/*.rq and their comment headers (issue 4, item 2).

A header is the leading ``#`` lines: ``# title: …``, ``# description: …`` (continued on indented
``#   …`` lines) and one ``# param: ?name — meaning`` per parameter.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..errors import InputError
from ..paths import QUERIES

_FIELD = re.compile(r"^#\s*(title|description|param):\s*(.*)$")
_PARAM = re.compile(r"^\?([A-Za-z_]\w*)\s*(?:—|-)\s*(.*)$")


@dataclass(frozen=True)
class NamedQuery:
    name: str
    title: str
    description: str
    params: dict = field(default_factory=dict)   # variable name -> meaning
    text: str = ""
    path: Path | None = None


def parse(path: Path) -> NamedQuery:
    """A .rq file with its header; a header without a title names the file and line."""
    text = path.read_text(encoding="utf-8")
    title, description, params, last = "", [], {}, None
    for number, line in enumerate(text.split("\n"), 1):
        if not line.startswith("#"):
            break
        match = _FIELD.match(line)
        if match:
            last, value = match.groups()
            if last == "title":
                title = value.strip()
            elif last == "description":
                description.append(value.strip())
            else:
                param = _PARAM.match(value.strip())
                if not param:
                    raise InputError(path, number, f"'# param:' must read '?name — meaning', got {value!r}")
                params[param.group(1)] = param.group(2).strip()
        elif last == "description" and line[1:].strip():
            description.append(line[1:].strip())
    if not title:
        raise InputError(path, 1, "a named query needs a '# title:' line in its header")
    return NamedQuery(path.stem, title, " ".join(description), params, text, path)


@lru_cache(maxsize=None)
def catalogue(directory: Path = QUERIES) -> dict[str, NamedQuery]:
    """All named queries of ``directory`` by file stem (subfolders, e.g. qc/, are not named queries)."""
    return {p.stem: parse(p) for p in sorted(directory.glob("*.rq"))}


def get(name: str) -> NamedQuery:
    return catalogue()[name]
