"""The REST routes over both backends (embedded Oxigraph and an Oxigraph server): the fixed
contract of /trace/down, CSV, pagination, 404/409, and injection through every parameter.
Facts come from tests/fixtures/mini.trig, which restates the cited lines of data/sources/."""
from __future__ import annotations

import csv
import io

import pytest

ID = "https://w3id.org/strategigraf/id/"


def test_trace_down_contract(client):
    response = client.get("/trace/down", params={"node": "Stark konkurrenskraft"})
    assert response.status_code == 200
    body = response.json()
    assert {"node", "activities", "partners"} <= set(body)
    assert body["node"]["iri"] == f"{ID}mal/stark-konkurrenskraft"
    for activity in body["activities"]:
        assert {"iri", "label", "path", "source"} <= set(activity)
        assert activity["source"]["document"] in {"vp2019", "uf2019"} and activity["source"]["lines"]
    for partner in body["partners"]:
        assert {"iri", "label", "via"} <= set(partner) and partner["via"]
    # 000 line 836 / 001 line 111: "Projektet Marknadslyftet (IUC)" — IUC Halland takes part.
    assert [p["label"] for p in body["partners"]] == ["IUC Halland"]


def test_trace_down_crosses_documents(client):
    # 004 lines 301-307 (2022 plan) continue 003 lines 1428-1464 (2020 follow-up, assignment 17).
    body = client.get("/trace/down", params={"node": "nära och sammanhållen vård"}).json()
    assert {a["source"]["document"] for a in body["activities"]} == {"uf2020"}
    assert "Neurorehab" in {a["label"] for a in body["activities"]}


def test_regional_planning_partners(client):
    # 004 line 71 names Regionsamverkan Sydsverige, STRING and Greater Copenhagen.
    body = client.get("/trace/down", params={"node": "Utvecklad samverkan för Regional fysisk planering"}).json()
    assert sorted(p["label"] for p in body["partners"]) == ["Greater Copenhagen", "Regionsamverkan Sydsverige", "STRING"]


def test_csv_on_request_and_by_accept(client):
    for response in (client.get("/trace/down", params={"node": "Stark konkurrenskraft", "format": "csv"}),
                     client.get("/trace/down", params={"node": "Stark konkurrenskraft"}, headers={"Accept": "text/csv"})):
        assert response.headers["content-type"].startswith("text/csv")
        rows = list(csv.DictReader(io.StringIO(response.text)))
        assert "Ung Företagsamhet" in {r["label"] for r in rows}     # 000 line 838
        assert all(r["path"].endswith("Stark konkurrenskraft") for r in rows)


def test_pagination(client):
    first = client.get("/trace/down", params={"node": "Stark konkurrenskraft", "limit": 1}).json()
    second = client.get("/trace/down", params={"node": "Stark konkurrenskraft", "limit": 1, "offset": 1}).json()
    assert first["total_activities"] == 4 and len(first["activities"]) == 1
    assert first["activities"][0]["iri"] != second["activities"][0]["iri"]
    gaps = client.get("/gaps", params={"limit": 2}).json()
    assert gaps["total"] > 2 and len(gaps["items"]) == 2


def test_unknown_and_ambiguous_names(client):
    missing = client.get("/trace/down", params={"node": "Stark konkurenskraft"})
    assert missing.status_code == 404
    assert missing.json()["suggestions"][0]["label"] == "Stark konkurrenskraft"
    twice = client.get("/lookup", params={"q": "Projektet Marknadslyftet (IUC)"})   # 000:836 and 001:111
    assert twice.status_code == 409 and len(twice.json()["candidates"]) == 2
    narrowed = client.get("/trace/up", params={"node": f"{ID}projekt/vp2019/projektet-marknadslyftet-iuc"})
    assert narrowed.status_code == 200
    assert "Stark konkurrenskraft" in {n["label"] for n in narrowed.json()["serves"]}


def test_reports(client):
    reach = client.get("/partners/reach", params={"partner": "RSS"}).json()      # alias, 001 line 32
    assert reach["partner"]["label"] == "Regionsamverkan Sydsverige"
    summary = client.get("/status/summary", params={"node": "Stark konkurrenskraft"}).json()["items"]
    assert {(i["status"], i["count"]) for i in summary} == {("uppfylls", 1), ("pagar", 2)}   # 001 line 111
    money = client.get("/funding", params={"group": "owner"}).json()["items"]
    assert money[0]["label"] == "Region Halland" and money[0]["amount_sek"] == "7639000"    # 003 lines 1435, 1464
    found = client.get("/search", params={"q": "gransoverskridande"}).json()["items"]
    assert found[0]["label"] == "Samverka i gränsöverskridande forum"                       # 001 line 32


HOSTILE = [
    '" } UNION { ?s ?p ?o } #',
    "> } ; DROP ALL ; SELECT * WHERE { <x",
    "https://w3id.org/strategigraf/id/mal/x> } INSERT DATA { <a:b> <a:b> <a:c> } #",
    "\\u0022 ) } SERVICE <http://example.org/> {",
    "sgid:mal/hog-attraktivitet> ?p ?o } #",
]


@pytest.mark.parametrize("hostile", HOSTILE)
@pytest.mark.parametrize("route, param", [
    ("/trace/down", "node"), ("/trace/up", "node"), ("/partners/reach", "partner"),
    ("/status/summary", "node"), ("/funding", "node"), ("/search", "q"), ("/lookup", "q"),
    ("/trace/down", "kind"), ("/gaps", "gap"), ("/funding", "group"),
])
def test_injection_through_every_parameter(client, route, param, hostile):
    params = {"node": "Stark konkurrenskraft", "partner": "RSS", "q": "RSS", param: hostile}
    response = client.get(route, params=params)
    assert response.status_code in (200, 404, 409, 422), response.text
    if response.status_code == 200 and route == "/search":
        assert all("hostile" not in item for item in response.json()["items"])
    # the graph is unchanged and still answers
    after = client.get("/trace/down", params={"node": "Stark konkurrenskraft"})
    assert after.status_code == 200 and len(after.json()["activities"]) == 4
