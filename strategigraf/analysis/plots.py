"""Figures for the notebooks (matplotlib, imported lazily: it is in the [test] and [notebooks]
extras, not a runtime dependency). Titles and axis labels are in Swedish; each function takes the
output of an analysis function and returns the matplotlib Figure.
"""
from __future__ import annotations

import textwrap

import networkx as nx

KIND_COLOURS = {"Partner": "#e6550d", "InternalUnit": "#fdae6b", "Activity": "#74c476", "Project": "#31a354",
                "Assignment": "#6baed6", "JointAssignment": "#9ecae1", "PlanItem": "#fcbba1", "Priority": "#c6dbef",
                "PriorityArea": "#9e9ac8", "Goal": "#756bb1", "FocusArea": "#54278f", "PlanSection": "#bcbddc"}
OUTCOME_COLOURS = {"Genomfört": "#31a354", "Pågår": "#6baed6", "Delvis / avviker": "#fdae6b", "Stannat av": "#de2d26"}


def _pyplot():
    import matplotlib
    import matplotlib.pyplot as plt
    matplotlib.rcParams.setdefault("figure.dpi", 90)
    return plt


def _wrap(text: str | None, width: int = 22, lines: int = 3) -> str:
    return "\n".join(textwrap.wrap(text or "?", width)[:lines])


def layered_positions(graph: nx.DiGraph) -> dict:
    """x, y per node: one row per used level (top = highest); within a row, nodes ordered by the
    mean x of their already placed neighbours above (fewer crossings), then by label."""
    levels: dict[int, list] = {}
    for node, data in graph.nodes(data=True):
        levels.setdefault(data["level"], []).append(node)
    position: dict = {}
    for row, level in enumerate(sorted(levels, reverse=True)):
        def key(node):
            placed = [position[n][0] for n in nx.all_neighbors(graph, node) if n in position]
            return (sum(placed) / len(placed) if placed else 0.5, graph.nodes[node]["label"] or "")
        nodes = sorted(levels[level], key=key)
        for i, node in enumerate(nodes):
            position[node] = ((i + 1) / (len(nodes) + 1), -row)
    return position


def draw_trace(graph: nx.DiGraph, title: str, width: float = 14.0):
    """The traced subgraph in layers (goals and focus areas on top, partners at the bottom)."""
    plt = _pyplot()
    position = layered_positions(graph)
    rows = len({y for _, y in position.values()})
    figure, axes = plt.subplots(figsize=(width, 1.5 * rows + 1))
    colours = [KIND_COLOURS.get(graph.nodes[n]["kind"], "#999999") for n in graph]
    nx.draw_networkx_edges(graph, position, ax=axes, alpha=0.35, arrows=True, arrowsize=8, node_size=120)
    nx.draw_networkx_nodes(graph, position, ax=axes, node_color=colours, node_size=120)
    for node, (x, y) in position.items():
        axes.annotate(_wrap(graph.nodes[node]["label"]), (x, y), xytext=(0, -7), textcoords="offset points",
                      ha="center", va="top", fontsize=6.5)
    _legend(axes, {graph.nodes[n]["kind"] for n in graph})
    axes.set_ylim(-rows + 0.4, 0.3)
    axes.set_title(title)
    axes.set_axis_off()
    figure.tight_layout()
    return figure


def _legend(axes, kinds) -> None:
    from matplotlib.patches import Patch
    from .trace import KIND_SV
    handles = [Patch(color=KIND_COLOURS.get(k, "#999999"), label=KIND_SV.get(k, k)) for k in sorted(kinds, key=str)]
    axes.legend(handles=handles, loc="upper left", fontsize=7, frameon=False, bbox_to_anchor=(1.0, 1.0))


def draw_network(graph: nx.Graph, title: str, seed: int = 1):
    """A partner–target graph (``network.partner_target_graph``): edge width by naming entities."""
    plt = _pyplot()
    figure, axes = plt.subplots(figsize=(13, 10))
    position = nx.spring_layout(graph, seed=seed, k=0.6, weight="weight")
    kinds = {n: ("Partner" if d["type"] == "partner" else d["kind"]) for n, d in graph.nodes(data=True)}
    sizes = [60 + 25 * graph.degree(n, weight="weight") if kinds[n] == "Partner" else 500 for n in graph]
    widths = [0.4 + 0.4 * d.get("weight", 1) for _, _, d in graph.edges(data=True)]
    nx.draw_networkx_edges(graph, position, ax=axes, width=widths, alpha=0.3)
    nx.draw_networkx_nodes(graph, position, ax=axes, node_size=sizes,
                           node_color=[KIND_COLOURS.get(kinds[n], "#999") for n in graph])
    nx.draw_networkx_labels(graph, position, ax=axes, font_size=7,
                            labels={n: _wrap(d["label"], 26, 2) for n, d in graph.nodes(data=True)})
    _legend(axes, set(kinds.values()))
    axes.set_title(title)
    axes.set_axis_off()
    figure.tight_layout()
    return figure


def heatmap(rows: list[str], columns: list[str], matrix: list[list[float]], title: str, label: str):
    """A labelled heat map (e.g. partner × focus area) with the counts written in the cells."""
    plt = _pyplot()
    figure, axes = plt.subplots(figsize=(1.2 * len(columns) + 5, 0.4 * len(rows) + 2.5))
    image = axes.imshow(matrix, cmap="Oranges", aspect="auto")
    axes.set_xticks(range(len(columns)), [_wrap(c, 18, 4) for c in columns], fontsize=7, rotation=0)
    axes.set_yticks(range(len(rows)), rows, fontsize=8)
    for i, row in enumerate(matrix):
        for j, value in enumerate(row):
            if value:
                axes.text(j, i, str(value), ha="center", va="center", fontsize=7)
    figure.colorbar(image, ax=axes, label=label)
    axes.set_title(title)
    figure.tight_layout()
    return figure


def bars(labels: list[str], values: list[float], title: str, xlabel: str, colour: str = "#3182bd"):
    """Horizontal bars, largest on top."""
    plt = _pyplot()
    figure, axes = plt.subplots(figsize=(11, 0.42 * len(labels) + 1.5))
    axes.barh(range(len(labels)), values, color=colour)
    axes.set_yticks(range(len(labels)), [_wrap(label, 70, 2) for label in labels], fontsize=8)
    axes.invert_yaxis()
    axes.set_xlabel(xlabel)
    axes.set_title(title)
    figure.tight_layout()
    return figure


def stacked_bars(categories: list, series: dict[str, list[float]], title: str, ylabel: str,
                 colours: dict[str, str] | None = None, horizontal: bool = False):
    """Stacked bars: one bar per category, one segment per series (e.g. outcome or investment kind)."""
    plt = _pyplot()
    figure, axes = plt.subplots(figsize=(11, 0.45 * len(categories) + 2) if horizontal else (9, 5))
    base = [0.0] * len(categories)
    for name, values in series.items():
        values = [float(v) for v in values]
        colour = (colours or {}).get(name)
        if horizontal:
            axes.barh(range(len(categories)), values, left=base, label=name, color=colour)
        else:
            axes.bar([str(c) for c in categories], values, bottom=base, label=name, color=colour)
        base = [b + v for b, v in zip(base, values)]
    if horizontal:
        axes.set_yticks(range(len(categories)), [_wrap(str(c), 50, 2) for c in categories], fontsize=8)
        axes.invert_yaxis()
        axes.set_xlabel(ylabel)
    else:
        axes.set_ylabel(ylabel)
    axes.legend(fontsize=8)
    axes.set_title(title)
    figure.tight_layout()
    return figure


def outcome_panels(by_target: dict[str, dict[int, dict]], outcomes: list[str], title: str, years=(2018, 2019, 2020)):
    """One small stacked-bar panel per goal: outcome groups per follow-up year."""
    plt = _pyplot()
    names = list(by_target)
    columns = 3
    rows = (len(names) + columns - 1) // columns
    figure, axes_grid = plt.subplots(rows, columns, figsize=(14, 3.2 * rows), squeeze=False)
    for n, name in enumerate(names):
        axes = axes_grid[n // columns][n % columns]
        base = [0] * len(years)
        for outcome in outcomes:
            values = [by_target[name].get(y, {}).get(outcome, 0) for y in years]
            axes.bar([str(y) for y in years], values, bottom=base, color=OUTCOME_COLOURS.get(outcome), label=outcome)
            base = [b + v for b, v in zip(base, values)]
        axes.set_title(_wrap(name, 45, 2), fontsize=9)
        axes.set_ylabel("Antal")
    for n in range(len(names), rows * columns):
        axes_grid[n // columns][n % columns].set_axis_off()
    axes_grid[0][0].legend(fontsize=7)
    figure.suptitle(title)
    figure.tight_layout()
    return figure
