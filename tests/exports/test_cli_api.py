"""``strategigraf export`` and ``GET /export`` (issue 5, item 1): the same registry behind both."""
from __future__ import annotations

import argparse
import csv
import io

import networkx as nx
import pytest
from fastapi.testclient import TestClient

from strategigraf import export_cli, services
from strategigraf.exports import RENDERERS, negotiate


def run_cli(*argv: str) -> int:
    parser = argparse.ArgumentParser()
    export_cli.add_arguments(parser)
    return export_cli.run(parser.parse_args(list(argv)))


def test_cli_writes_graphml_of_a_goal(tmp_path, real_dataset, service):
    # 001_715690af77561aa4.txt line 82: "1.2 Stark konkurrenskraft"
    out = tmp_path / "out.graphml"
    assert run_cli("--format", "graphml", "--node", "Stark konkurrenskraft", "-o", str(out),
                   "--dataset", str(real_dataset)) == 0
    network = nx.read_graphml(out, force_multigraph=True)
    activities = services.trace_down(service, "Stark konkurrenskraft")["activities"]
    assert {a["iri"] for a in activities} <= set(network.nodes)


def test_cli_unknown_name_exits_2_with_the_closest_label(tmp_path, real_dataset, capsys):
    assert run_cli("--format", "csv", "--node", "Stark konkurenskraft", "-o", str(tmp_path / "x.csv"),
                   "--dataset", str(real_dataset)) == 2
    assert "Stark konkurrenskraft" in capsys.readouterr().err


def test_cli_without_a_scope_exits_2(real_dataset, capsys):
    assert run_cli("--format", "csv", "--dataset", str(real_dataset)) == 2
    assert "--node" in capsys.readouterr().err


def test_accept_header_chooses_a_renderer():
    assert negotiate("text/csv;q=0.4, application/graphml+xml").name == "graphml"
    assert negotiate("text/html") is None
    assert {r.media_type for r in RENDERERS.values()} >= {"text/turtle", "application/ld+json", "text/csv"}


@pytest.fixture(scope="module")
def client(service):
    from strategigraf.api.app import create_app
    from strategigraf.api.routers import export
    with TestClient(create_app(service=service, extra_routers=[export.router])) as test_client:
        yield test_client


def test_api_csv_has_one_row_per_activity(client, service):
    response = client.get("/export", params={"format": "csv", "node": "Stark konkurrenskraft"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert len(rows) == len(services.trace_down(service, "Stark konkurrenskraft")["activities"])


def test_api_content_negotiation_and_errors(client):
    response = client.get("/export", params={"document": "vp2022"}, headers={"Accept": "application/trig"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("application/trig")
    missing = client.get("/export", params={"node": "Stark konkurenskraft", "format": "csv"})
    assert missing.status_code == 404 and missing.json()["suggestions"][0]["label"] == "Stark konkurrenskraft"
    assert client.get("/export", params={"format": "nope", "all": "true"}).status_code == 400
    assert client.get("/export", params={"format": "csv"}).status_code == 400
    formats = {f["format"] for f in client.get("/export/formats").json()["items"]}
    assert formats == set(RENDERERS)
