"""The picture of the linkage graph (issue 5, item 1): SVG and PNG by Graphviz, coloured by type,
partners in their own cluster. Skipped where Graphviz (`dot`) is not installed."""
from __future__ import annotations

import re
import shutil
from xml.etree import ElementTree

import pytest

from strategigraf.exports import ExportError, build_scope, render
from strategigraf.exports.networks import TYPE_COLOURS
from strategigraf.exports.picture import dot_source

needs_dot = pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz `dot` is not installed (apt-get install graphviz)")


@pytest.fixture(scope="module")
def plan(service):
    # 004_e40f99ca168f9349.txt, chapter 2: the 2022 plan's focus areas 2.1-2.7 (line 541 of appendix 5:
    # "Grön omställning"), joint assignments and assignments, more than 50 nodes: the size the picture
    # must stay readable at
    return build_scope(service, document="vp2022")


def test_dot_source_sets_partners_apart_and_colours_by_type(plan):
    text = dot_source(plan)
    cluster = text.split("subgraph cluster_partners {", 1)[1].split("  }", 1)[0]
    partners = [d["label"] for _, d in plan.network.nodes(data=True) if d["type"] in ("Partner", "InternalUnit")]
    assert partners and all(f'tooltip="{label}"' in cluster for label in partners)
    assert "shape=\"ellipse\"" in cluster
    assert f'fillcolor="{TYPE_COLOURS["FocusArea"]}"' in text and f'fillcolor="{TYPE_COLOURS["JointAssignment"]}"' in text and f'fillcolor="{TYPE_COLOURS["Assignment"]}"' in text


@needs_dot
def test_svg_is_drawn_with_every_node(plan):
    assert plan.network.number_of_nodes() >= 50
    svg = render(plan, "svg")
    root = ElementTree.fromstring(svg)
    titles = [t.text for t in root.iter("{http://www.w3.org/2000/svg}title")]
    assert sum(1 for t in titles if t and re.fullmatch(r"n\d+", t)) == plan.network.number_of_nodes()
    assert "Grön omställning".encode() in svg


@needs_dot
def test_png_is_a_png(plan):
    assert render(plan, "png")[:8] == b"\x89PNG\r\n\x1a\n"


def test_without_graphviz_the_picture_formats_answer_a_clear_error(plan, monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(ExportError, match="graphviz"):
        render(plan, "svg")
