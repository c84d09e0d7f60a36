"""Exports of any scope in many formats: ONE registry of renderers (issue 5, item 1).

A renderer turns a ``Scope`` (strategigraf.exports.scope: the whole dataset, one document graph
or the subgraph of a question) into bytes. Renderers register themselves, datasette-style::

    @register("graphml", media_type="application/graphml+xml", extension="graphml", label="GraphML")
    def graphml(scope: Scope) -> bytes: ...

The CLI (``strategigraf export``), the REST API (``GET /export``) and the web page's buttons all
list and call the same ``RENDERERS``; docs/exports.md describes every format.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable


class ExportError(Exception):
    """A format cannot be produced here (e.g. Graphviz is missing) or does not exist."""


@dataclass(frozen=True)
class Renderer:
    name: str                 # the value of --format / ?format=
    media_type: str           # Content-Type of the answer; also matched against Accept
    extension: str            # file name extension, without the dot
    label: str                # what a button or --help shows
    render: Callable          # (Scope) -> bytes
    group: str = "data"       # rdf | network | table | picture (for grouping buttons)
    available: Callable[[], str | None] = lambda: None  # None, or why it cannot run here


RENDERERS: dict[str, Renderer] = {}


def register(name: str, *, media_type: str, extension: str, label: str | None = None,
             group: str = "data", available: Callable[[], str | None] | None = None):
    """Decorator adding a renderer function to ``RENDERERS`` under ``name``."""
    def decorate(function: Callable) -> Callable:
        RENDERERS[name] = Renderer(name, media_type, extension, label or name, function, group,
                                   available or (lambda: None))
        return function
    return decorate


def get(name: str) -> Renderer:
    """The renderer ``name``; an unknown name lists the known ones."""
    if name not in RENDERERS:
        raise ExportError(f"unknown export format {name!r}; known: {', '.join(RENDERERS)}")
    return RENDERERS[name]


def render(scope, name: str) -> bytes:
    """The bytes of ``scope`` in format ``name``; ExportError if the format cannot run here."""
    renderer = get(name)
    missing = renderer.available()
    if missing:
        raise ExportError(f"format {name!r} is not available: {missing}")
    return renderer.render(scope)


def negotiate(accept: str | None) -> Renderer | None:
    """The renderer that best fits an HTTP Accept header (q-values honoured), or None."""
    choices = []
    for position, part in enumerate((accept or "").split(",")):
        fields = [f.strip() for f in part.split(";")]
        quality = next((float(f[2:]) for f in fields[1:] if f.startswith("q=") and _number(f[2:])), 1.0)
        choices.append((-quality, position, fields[0].lower()))
    for _, _, media_type in sorted(choices):
        for renderer in RENDERERS.values():
            if media_type == renderer.media_type:
                return renderer
    return None


def _number(text: str) -> bool:
    try:
        float(text)
        return True
    except ValueError:
        return False


def catalogue() -> list[dict]:
    """Every format with its media type, extension, label, group and availability (for the API and page)."""
    return [{"format": r.name, "media_type": r.media_type, "extension": r.extension, "label": r.label,
             "group": r.group, "unavailable": r.available()} for r in RENDERERS.values()]


from . import rdf, networks, tables, summary, picture  # noqa: E402,F401 - the renderers register themselves
from .scope import Scope, build_scope, cached_scope  # noqa: E402,F401
