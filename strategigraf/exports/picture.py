"""The picture of the linkage graph (issue 5, item 1): SVG and PNG drawn by Graphviz, called as a
subprocess (Debian package ``graphviz``). Nodes are coloured by type (networks.TYPE_COLOURS, with a
legend); partners are set apart as ellipses in their own cluster on the right; links run from the
goal on the left to the activities on the right, links across documents dashed. Labels are
wrapped and shortened so that a graph of 50+ nodes stays readable; past LAYOUT_LIMIT nodes the
force-directed ``sfdp`` layout (straight edges) replaces ``dot``.
"""
from __future__ import annotations

import shutil
import subprocess
import textwrap

from . import ExportError, register
from .networks import PARTNER_TYPES, TYPE_LABELS_SV, colour

LAYOUT_LIMIT = 3000   # dot lays out the whole dataset (~1100 nodes) in about a second
TIMEOUT = 180
ACROSS = ("followsUp", "continues")


def missing_graphviz() -> str | None:
    if shutil.which("dot") is None:
        return "Graphviz is not installed (no `dot` on PATH); install the Debian package graphviz"
    return None


def quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def short(text: str, width: int = 28, most: int = 90) -> str:
    text = text if len(text) <= most else text[:most - 1].rstrip() + "…"
    return "\n".join(textwrap.wrap(text, width)) or text


def _node_line(number: int, data: dict) -> str:
    fill = colour(data["type"])
    attributes = {"label": short(data["label"]), "fillcolor": fill, "tooltip": data["label"]}
    if data["type"] in PARTNER_TYPES:
        attributes["shape"] = "ellipse"
    return f"  n{number} [" + ", ".join(f"{k}={quote(v)}" for k, v in attributes.items()) + "];"


def _edge_line(ids: dict, s: str, o: str, data: dict) -> str:
    if data["relation"] == "partner":
        return f"  {ids[s]} -> {ids[o]} [color=\"#c05a9c88\", tooltip={quote(data.get('role', ''))}];"
    if data["relation"] in ACROSS:
        return f"  {ids[s]} -> {ids[o]} [style=dashed, constraint=false, color=\"#55555588\"];"
    return f"  {ids[o]} -> {ids[s]} [dir=back];"   # parent on the left, arrow still points at it


def _legend(kinds: list[str]) -> list[str]:
    lines = ["  subgraph cluster_legend {", '    label="Förklaring"; style="rounded"; color="#999999";']
    for number, kind in enumerate(kinds):
        shape = "ellipse" if kind in PARTNER_TYPES else "box"
        lines.append(f"    legend{number} [label={quote(TYPE_LABELS_SV.get(kind, kind))}, shape={shape}, "
                     f"fillcolor={quote(colour(kind))}];")
    lines.append("  }")
    return lines


def dot_source(scope) -> str:
    """The Graphviz DOT text of the scope's linkage graph."""
    network = scope.network
    ids = {node: f"n{number}" for number, node in enumerate(network.nodes)}
    lines = ["digraph strategigraf {",
             f"  graph [rankdir=LR, ranksep=1.1, nodesep=0.12, fontname=\"DejaVu Sans\", fontsize=22, "
             f"labelloc=t, label={quote(scope.title)}, overlap=false, splines=true, outputorder=edgesfirst];",
             '  node [shape=box, style="rounded,filled", fontname="DejaVu Sans", fontsize=10, '
             'margin="0.08,0.03", height=0.3, color="#33333366"];',
             '  edge [arrowsize=0.5, color="#44444488"];']
    partners = [n for n, d in network.nodes(data=True) if d["type"] in PARTNER_TYPES]
    for number, (node, data) in enumerate(network.nodes(data=True)):
        if node not in partners:
            lines.append(_node_line(number, data))
    lines += ["  subgraph cluster_partners {", '    label="Partner"; style="dashed,rounded"; color="#c05a9c";']
    lines += ["  " + _node_line(int(ids[n][1:]), network.nodes[n]) for n in partners] + ["  }"]
    lines += [_edge_line(ids, s, o, d) for s, o, d in network.edges(data=True)]
    lines += _legend(sorted({d["type"] for _, d in network.nodes(data=True)}, key=list(TYPE_LABELS_SV).index))
    return "\n".join(lines + ["}"]) + "\n"


def draw(scope, output: str) -> bytes:
    """Run Graphviz on the DOT text; its errors become ExportError."""
    missing = missing_graphviz()
    if missing:
        raise ExportError(missing)
    layout, options = ("dot", []) if scope.network.number_of_nodes() <= LAYOUT_LIMIT else ("sfdp", ["-Gsplines=false"])
    try:
        done = subprocess.run([layout, f"-T{output}", "-Gdpi=72", *options], input=dot_source(scope).encode("utf-8"),
                              capture_output=True, timeout=TIMEOUT, check=False)
    except subprocess.TimeoutExpired:
        raise ExportError(f"Graphviz {layout} took longer than {TIMEOUT} s; export a smaller scope") from None
    if done.returncode != 0:
        raise ExportError(f"Graphviz {layout} failed: {done.stderr.decode('utf-8', 'replace')[:500]}")
    return done.stdout


@register("svg", media_type="image/svg+xml", extension="svg", label="Bild (SVG)", group="picture",
          available=missing_graphviz)
def svg(scope) -> bytes:
    return draw(scope, "svg")


@register("png", media_type="image/png", extension="png", label="Bild (PNG)", group="picture",
          available=missing_graphviz)
def png(scope) -> bytes:
    return draw(scope, "png")


@register("dot", media_type="text/vnd.graphviz", extension="gv", label="Graphviz DOT", group="picture")
def dot(scope) -> bytes:
    return dot_source(scope).encode("utf-8")
