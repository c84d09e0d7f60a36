"""Service functions on tests/fixtures/mini.trig (issue 4, item 2). The fixture restates rows of
the source texts; each assertion cites the line of data/sources/ the fact comes from."""
from __future__ import annotations

import pytest

from strategigraf.services import (
    Ambiguous, NotFound, funding, gaps, lookup, partner_reach, search, status_summary, trace_down, trace_up,
)

ID = "https://w3id.org/strategigraf/id/"


def labels(items):
    return sorted(item["label"] for item in items)


def test_trace_down_from_a_goal_by_name(mini_service):
    result = trace_down(mini_service, "stark konkurrenskraft")
    assert result["node"] == {"iri": f"{ID}mal/stark-konkurrenskraft", "label": "Stark konkurrenskraft", "kind": "Goal"}
    # 000_…txt 834-838 "Projektet: Projektet Marknadslyftet (IUC)", "Projektet: Ung Företagsamhet" under plan
    # item 11; 001_…txt 111: the follow-up's "Projektet Marknadslyftet (IUC)" and "Projekt TEK Catalyst".
    assert labels(result["activities"]) == ["Projekt TEK Catalyst", "Projektet Marknadslyftet (IUC)",
                                            "Projektet Marknadslyftet (IUC)", "Ung Företagsamhet"]
    plan_project = next(a for a in result["activities"] if a["iri"] == f"{ID}projekt/vp2019/projektet-marknadslyftet-iuc")
    assert plan_project["source"]["document"] == "vp2019" and plan_project["source"]["lines"] == [835, 836]
    # 000 lines 826-833: the assignment is tagged "11" (plan item 11) under "Omställning och förnyelse …";
    # both lead to the goal in two steps, so the shortest path takes either.
    kinds = [step["kind"] for step in plan_project["path"]]
    assert kinds[:2] == ["Project", "Assignment"] and kinds[2] in {"PlanItem", "PriorityArea"} and kinds[3] == "Goal"
    for step in plan_project["path"][:-1]:           # every link carries its document and lines
        assert step["link"]["source"]["document"] == "vp2019" and step["link"]["source"]["lines"]
    # "(IUC)" in the project's name (000 line 836, 001 line 111): IUC Halland takes part, via both documents.
    [iuc] = result["partners"]
    assert iuc["label"] == "IUC Halland"
    assert {v["source"]["document"] for v in iuc["via"]} == {"vp2019", "uf2019"}


def test_focus_area_reaches_2020_projects_through_continues(mini_service):
    # 004_…txt 301-305: focus area 2.5 → joint assignment → "Leda och samordna omställningsarbetet …";
    # 003_…txt 1428-1464: assignment 17 of 2020 ("… fokusområdet "Nära och sammanhållen vård"") and its projects.
    result = trace_down(mini_service, "Nära och sammanhållen vård")
    assert labels(result["activities"]) == ["Neurorehab", "Ta fram förslag för fortsatt utveckling av läkarmedverkan i hemmet"]
    neuro = next(a for a in result["activities"] if a["label"] == "Neurorehab")
    assert neuro["source"] == {"document": "uf2020", "graph": "https://w3id.org/strategigraf/graph/uf2020",
                               "file": "data/sources/003_e06f47aa00c53ee0.txt", "lines": [1462, 1464],
                               "passage": f"{ID}kalla/uf2020/L1462-L1464"}
    assert neuro["end_date"] == "2020-12-31"          # 003 line 1462 "Neurorehab 2020-12-31"
    continues = [s["link"] for s in neuro["path"] if s.get("link", {}).get("property") == "continues"]
    assert continues and continues[0]["source"]["document"] == "vp2022"
    # "Ägare: Region Halland" (003 lines 1434 and 1462) — the owner, reached via both projects.
    [owner] = result["partners"]
    assert owner["label"] == "Region Halland" and owner["roles"] == ["ägare"] and len(owner["via"]) == 2


def test_regional_planning_names_the_three_alliances(mini_service):
    # 004_…txt 71: "Inom Regionsamverkan Sydsverige …", "Inom STRING …", "Inom samarbetet Greater Copenhagen …"
    result = trace_down(mini_service, "Utvecklad samverkan för Regional fysisk planering")
    assert labels(result["partners"]) == ["Greater Copenhagen", "Regionsamverkan Sydsverige", "STRING"]
    for partner in result["partners"]:
        [via] = partner["via"]
        assert via["kind"] == "Assignment" and via["source"]["lines"] == [69, 71]


def test_trace_down_from_a_partner_lists_the_activities_naming_it(mini_service):
    result = trace_down(mini_service, "RSS")
    # 001 line 32 "… Regionsamverkan Sydsveriges (RSS) arbetsutskott …", line 37 "… bredbandsmålen inom RSS …"
    assert {(a["source"]["document"], a["source"]["lines"][0]) for a in result["activities"]} == {("uf2019", 32), ("uf2019", 37)}
    [partner] = result["partners"]
    assert "God tillgänglighet till arbete, studier, och samhällsservice, digitalt såväl som fysiskt" in \
        {v["label"] for v in partner["via"]}                           # 004 line 71, an assignment


def test_trace_up_from_a_2020_project(mini_service):
    result = trace_up(mini_service, "Neurorehab")
    kinds = {n["kind"]: n["label"] for n in result["serves"]}
    assert kinds["FocusArea"] == "Nära och sammanhållen vård"           # 004 line 301
    assert kinds["JointAssignment"] == "Vidareutveckla den nära vården"   # 004 line 303
    focus = next(n for n in result["serves"] if n["kind"] == "FocusArea")
    assert focus["path"][0]["label"] == "Neurorehab" and focus["path"][-1]["label"] == "Nära och sammanhållen vård"


def test_lookup_by_alias_folded_name_and_iri(mini_service):
    assert lookup(mini_service, "RSS")["label"] == "Regionsamverkan Sydsverige"       # alias, 001 line 32
    assert lookup(mini_service, "hog attraktivitet")["iri"] == f"{ID}mal/hog-attraktivitet"  # 000 line 7
    assert lookup(mini_service, "sgid:mal/hog-attraktivitet")["label"] == "Hög attraktivitet"
    with pytest.raises(Ambiguous) as ambiguous:                     # in the plan (000:836) and follow-up (001:111)
        lookup(mini_service, "Projektet Marknadslyftet (IUC)")
    assert len(ambiguous.value.candidates) == 2
    with pytest.raises(NotFound) as missing:
        lookup(mini_service, "Stark konkurenskraft")
    assert missing.value.suggestions[0]["label"] == "Stark konkurrenskraft"


def test_search_is_case_and_diacritic_insensitive_and_ranks_exact_first(mini_service):
    found = search(mini_service, "NARA OCH SAMMANHALLEN VARD")
    assert found[0]["label"] == "Nära och sammanhållen vård" and found[0]["score"] == 1.0
    assert search(mini_service, "string")[0]["label"] == "STRING"


def test_partner_reach_of_rss(mini_service):
    result = partner_reach(mini_service, "Regionsamverkan syd")   # alias, 000 line 88
    targets = {(i["target_label"], i["source"]["document"]) for i in result["items"]}
    # 001 lines 32, 37 (goal of the follow-up rows) and 004 line 71 (focus area 2.1).
    assert ("Hög attraktivitet", "uf2019") in targets
    assert ("Utvecklad samverkan för Regional fysisk planering", "vp2022") in targets


def test_gaps(mini_service):
    found = {(g["gap"], g["label"]) for g in gaps(mini_service)["items"]}
    # 001 line 36: the fibre assignment has no status symbol.
    assert ("no-status", "Säkerställa tillgängligheten till fiber för att möjliggöra digitalisering") in found
    # 004 lines 309-311: no activity is listed under the discharge assignment.
    assert ("no-activity", "Utveckla utskrivningsprocessen och samarbetet med kommunerna") in found
    assert ("no-partner", "Projekt TEK Catalyst") in found
    assert ("no-activity", "Nära och sammanhållen vård") not in found     # reached via 2020's projects


def test_status_summary_per_goal_and_follow_up(mini_service):
    items = status_summary(mini_service, "Stark konkurrenskraft")["items"]
    counts = {(i["document"], i["status"]): i["count"] for i in items}
    # 001 line 111: "● Driva och främja …" (uppfylls), "▶ Projektet Marknadslyftet (IUC)", "▶ Projekt TEK Catalyst".
    assert counts == {("uf2019", "uppfylls"): 1, ("uf2019", "pagar"): 2}


def test_funding_counts_each_activity_once(mini_service):
    # 003 line 1435 "RH medel: 5 239 000 kr", line 1464 "RH medel: 2 400 000".
    [focus] = funding(mini_service, "focus-area")["items"]
    assert focus["label"] == "Nära och sammanhållen vård" and focus["amount_sek"] == "7639000"
    assert focus["entities"] == 2
    [owner] = funding(mini_service, "owner")["items"]
    assert owner["label"] == "Region Halland" and owner["amount_sek"] == "7639000"


def test_funding_counts_work_stated_in_two_documents_once(tmp_path):
    # Hypothetical later plan row carrying on the 2020 neurorehab project (003 line 1464) with its own
    # money: the work counts once, with the later amount, and names what it replaces.
    from conftest import MINI
    from strategigraf.services import open_service
    from strategigraf.settings import Settings
    later = "https://w3id.org/strategigraf/id/projekt/vp2022/neurorehab"
    earlier = "https://w3id.org/strategigraf/id/projekt/uf2020/neurorehab"
    # 004 lines 305-307, under "Nära och sammanhållen vård" (line 301).
    assignment = "https://w3id.org/strategigraf/id/uppdrag/vp2022/leda-och-samordna-omstallningsarbetet-mot-en-god-och-nara"
    extra = f"""
g:vp2022 {{
  <{later}> a sg:Project ; rdfs:label "Neurorehab"@sv ; sg:continues <{earlier}> ;
    sg:partOfAssignment <{assignment}> ; sg:contributesTo <{assignment}> ;
    sg:hasFunding <{later}/finansiering/1> .
  <{later}/finansiering/1> a sg:Funding ; sg:amountSEK "3000000"^^xsd:decimal ; sg:fundingKind "region-funding" .
}}
"""
    dataset = tmp_path / "two-statements.trig"
    dataset.write_text(MINI.read_text(encoding="utf-8") + extra, encoding="utf-8")
    service = open_service(Settings(dataset=dataset))
    [focus] = funding(service, "focus-area")["items"]
    assert focus["amount_sek"] == str(5239000 + 3000000) and focus["entities"] == 2
    [carried_on] = [f for f in focus["funded"] if f["iri"] == later]
    assert carried_on["replaces"] == [earlier]
    assert earlier not in {f["iri"] for f in focus["funded"]}


# --- the real graph, built from data/ for the session --------------------------------------------

def test_real_stark_konkurrenskraft(real_service):
    result = trace_down(real_service, "Stark konkurrenskraft")
    assert result["activities"] and result["partners"]
    # 000_…txt 836: "Projektet Marknadslyftet (IUC)" is an activity under the goal (section 1.3, line 495).
    assert any("Marknadslyftet" in (a["label"] or "") for a in result["activities"])
    for activity in result["activities"]:
        assert activity["source"]["document"] and activity["source"]["lines"]


def test_real_nara_och_sammanhallen_vard_reaches_2020(real_service):
    # 004_…txt 301-307 (2022 plan) → 003_…txt (2020 follow-up) "Neurorehab" (line 1462) via sg:continues.
    result = trace_down(real_service, "Nära och sammanhållen vård")
    from_2020 = [a for a in result["activities"] if a["source"]["document"] == "uf2020"]
    assert "Neurorehab" in {a["label"] for a in from_2020}
    assert all(any(s.get("link", {}).get("source", {}).get("document") != "uf2020" for s in a["path"]) for a in from_2020)


def test_real_regional_planning_partners(real_service):
    # 004_…txt 71: Regionsamverkan Sydsverige, STRING, Greater Copenhagen.
    partners = {p["label"] for p in trace_down(real_service, "Utvecklad samverkan för Regional fysisk planering")["partners"]}
    assert {"Regionsamverkan Sydsverige", "STRING", "Greater Copenhagen"} <= partners


# --- the CLI over the same functions -------------------------------------------------------------

def test_cli_trace_table_json_and_unknown_name(capsys):
    from strategigraf.cli import main
    from conftest import MINI
    assert main(["trace", "Utvecklad samverkan för Regional fysisk planering", "--dataset", str(MINI)]) == 0
    table = capsys.readouterr().out
    # 004 line 71: the three alliances, with the document and lines that name them.
    for partner in ("Greater Copenhagen", "Regionsamverkan Sydsverige", "STRING"):
        assert partner in table
    assert "vp2022 69-71" in table
    assert main(["trace", "Neurorehab", "--up", "--format", "json", "--dataset", str(MINI)]) == 0
    assert '"FocusArea"' in capsys.readouterr().out
    assert main(["trace", "Stark konkurenskraft", "--dataset", str(MINI)]) == 2
    assert "closest: Stark konkurrenskraft" in capsys.readouterr().err


def test_cli_query_named_and_refused(capsys):
    from strategigraf.cli import main
    from conftest import MINI
    assert main(["query", "gaps", "--format", "csv", "--dataset", str(MINI)]) == 0
    # 001 line 36: the fibre assignment has no status symbol.
    assert "Säkerställa tillgängligheten till fiber" in capsys.readouterr().out
    assert main(["query", "DELETE WHERE { ?s ?p ?o }", "--dataset", str(MINI)]) == 2
    assert "read-only" in capsys.readouterr().err


def test_cli_query_honours_from(capsys):
    # A query naming its own dataset (FROM) counts one document's graph, not the union.
    from strategigraf.cli import main
    from conftest import MINI
    graph = "https://w3id.org/strategigraf/graph/vp2019"
    counts = {}
    for name, query in {"union": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
                        "from": f"SELECT (COUNT(*) AS ?n) FROM <{graph}> WHERE {{ ?s ?p ?o }}",
                        "graph": f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"}.items():
        assert main(["query", query, "--format", "csv", "--dataset", str(MINI)]) == 0
        counts[name] = int(capsys.readouterr().out.split()[-1])
    assert counts["from"] == counts["graph"] < counts["union"]


def test_real_partners_tell_internal_units_from_external_partners(real_service):
    # Source README: Region Halland's own units are internal, not external partners.
    partners = {p["label"]: p["internal"] for p in trace_down(real_service, "Nära och sammanhållen vård")["partners"]}
    assert partners["Hallands sjukhus"] is True
    assert partners["Socialstyrelsen"] is False
