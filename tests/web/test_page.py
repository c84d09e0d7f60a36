"""The strategist's page in a real browser (issue 5, item 3): one browser session walks through
search, the goal's linkage graph and table, downloads, the language switch, the gaps view and the
SPARQL page. Counts are compared with the service functions' answers; screenshots go to
tests/artifacts/ (gitignored)."""
from __future__ import annotations

import csv
import io

import networkx as nx

from strategigraf import services

from .conftest import ARTIFACTS

GOAL = "https://w3id.org/strategigraf/id/mal/stark-konkurrenskraft"
KATTEGATTLEDEN = "https://w3id.org/strategigraf/id/aktivitet/uf2019/x-sites-kattegattleden"


def download(page, selector: str, target):
    with page.expect_download() as info:
        page.click(selector)
    info.value.save_as(target)
    return target


def test_strategist_walks_through_the_page(page, base_url, service, tmp_path):
    requests, errors = [], []
    page.on("request", lambda request: requests.append(request.url))
    page.on("pageerror", lambda error: errors.append(str(error)))
    answer = services.trace_down(service, "Stark konkurrenskraft")
    activities, partners = {a["iri"] for a in answer["activities"]}, {p["iri"] for p in answer["partners"]}

    # Search with suggestions; 001_715690af77561aa4.txt line 82: "1.2 Stark konkurrenskraft", a goal
    page.goto(base_url + "/")
    page.fill("#search", "Stark konkurrens")
    page.click(f'#suggestions li[data-iri="{GOAL}"]')
    page.wait_for_selector("#table tbody tr")
    assert page.inner_text("#node-title") == "Stark konkurrenskraft"
    page.screenshot(path=str(ARTIFACTS / "web-goal.png"), full_page=False)

    # The table: one row per activity the service finds; line 106: "✓ (X)sites Kattegattleden"
    assert page.locator("#table tbody tr").count() == len(activities)
    assert page.locator(f'#table tbody tr[data-iri="{KATTEGATTLEDEN}"]').inner_text().startswith("(X)sites Kattegattleden")
    assert page.inner_text("#summary-activities") == str(len(activities))
    # The graph: every activity and partner of the answer is a node of cytoscape
    in_graph = page.evaluate("ids => ids.filter(id => window.strategigraf.cy.getElementById(id).length)",
                             sorted(activities | partners))
    assert set(in_graph) == activities | partners
    # The source passage of a link: document, lines and text
    assert "uf2019" in page.inner_text("#sources") and page.locator("#sources details").count() > 0

    # Downloads read back by networkx and csv with the service's counts
    graphml = nx.read_graphml(download(page, 'a[data-format="graphml"]', tmp_path / "goal.graphml"))
    assert {n for n, d in graphml.nodes(data=True) if d["type"] in ("Activity", "Project")} == activities
    assert {n for n, d in graphml.nodes(data=True) if d["type"] in ("Partner", "InternalUnit")} == partners
    table = download(page, 'a[data-format="csv"]', tmp_path / "goal.csv").read_text(encoding="utf-8-sig")
    assert len(list(csv.DictReader(io.StringIO(table)))) == len(activities)

    # English switch: the page's own words change, the data labels stay Swedish
    page.click("#language")
    assert page.inner_text("section h2 >> nth=0") == "Linkage graph"
    assert page.inner_text("#node-title") == "Stark konkurrenskraft"
    page.click("#language")

    # Click a node in the graph to go to it: the activity, traced upward to the goal
    page.evaluate(f"() => {{ window.strategigraf.cy.getElementById('{KATTEGATTLEDEN}').emit('tap'); }}")
    page.wait_for_function("document.getElementById('node-title').textContent === '(X)sites Kattegattleden'")
    page.wait_for_function(f"window.strategigraf.cy.getElementById('{GOAL}').length === 1")

    # Gaps: goals, focus areas and assignments without activities, as the service lists them
    page.click('nav a[data-view="gaps"]')
    page.wait_for_selector("#gaps-table tbody tr")
    assert page.locator("#gaps-table tbody tr").count() == len(services.gaps(service, "no-activity")["items"])
    page.screenshot(path=str(ARTIFACTS / "web-gaps.png"))

    # SPARQL page: an example query runs and fills the results table
    page.click('nav a[data-view="sparql"]')
    page.click('button[data-example="0"]')
    page.wait_for_selector("#results tbody tr")
    expected = service.repository.select(page.input_value("#query"))[1]
    assert page.locator("#results tbody tr").count() == len(expected) > 0
    page.screenshot(path=str(ARTIFACTS / "web-sparql.png"))

    # Offline: every request went to this server (nothing from a CDN); no script errors
    assert [url for url in requests if not url.startswith(base_url)] == []
    assert errors == []
