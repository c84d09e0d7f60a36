"""The SPARQL cookbook (strategigraf/analysis/cookbook/*.rq) run on the graph, and once over /sparql."""
from __future__ import annotations

import pytest

from strategigraf.analysis import cookbook, endpoint


def _run(service, key):
    return cookbook.run(service, key)


def test_catalogue_has_fifteen_described_queries():
    recipes = cookbook.recipes()
    assert len(recipes) == 15
    assert all(q.title and q.description for q in recipes)
    assert not cookbook.body(recipes[0]).startswith("#")
    with pytest.raises(KeyError):
        cookbook.recipe("99")


def test_documents(service):
    # data/sources/README.md: five documents, the plans of 2019 and 2022 and follow-ups of 2018-2020
    rows = _run(service, "01").rows
    assert sorted(r["ar"] for r in rows) == [2018, 2019, 2019, 2020, 2022]
    assert sum(r["typ"] == "verksamhetsplan" for r in rows) == 2


def test_focus_area_stated_by_two_documents(service):
    # 003 L1429 and 004 chapter 2: "Nära och sammanhållen vård" recurs across years (README)
    row = next(r for r in _run(service, "02").rows if r["namn"] == "Nära och sammanhållen vård")
    assert row["dokument_antal"] == 2


def test_thirty_assignments_in_2020(service):
    # data/sources/README.md: the 2020 follow-up has 30 numbered assignments
    rows = _run(service, "03").rows
    assert {"dokument": "uf2020", "klass": "uppdrag", "antal": 30} in rows


def test_activities_under_focus_area_and_project_upward(service):
    # 003 L1465 Neurorehab under assignment 17 (L1428-1429); 000 L1394-1407 the 2019 activity it continues
    assert "Neurorehab" in _run(service, "04").column("namn")
    reached = _run(service, "05").column("tillNamn")
    assert "Möta fler behov nära patienten" in reached and "Nära och sammanhållen vård" in reached


def test_source_passage(service):
    # 003 L1465-1467: "Neurorehab 2020-12-31 Ägare: Region Halland ... RH medel: 2 400 000"
    row = _run(service, "06").rows[0]
    assert (row["forstaRad"], row["sistaRad"]) == (1465, 1467) and "2 400 000" in row["text"]


def test_partners_roles_and_statuses(service):
    # 000 L160 Trafikverket; 003 "Ägare:" fields give the owner role; 002 L400-402 "uppfylls inte"
    assert "Trafikverket" in _run(service, "07").column("namn")
    assert "Ägare" in _run(service, "08").column("roll")
    statuses = {(r["uppfoljning"], r["status"]) for r in _run(service, "09")}
    assert ("uf2018", "Uppdraget uppfylls inte") in statuses


def test_stalled_and_continued(service):
    # 003 L2331-2341 FEIH 2 never started; README: "Leda och samordna kunskapsstyrningen i Halland" in 2020 and 2022
    assert any(n.startswith("FEIH 2") for n in _run(service, "10").column("namn"))
    continued = {(r["uppdrag2022"], r["tidigareDokument"]) for r in _run(service, "11")}
    assert ("Leda och samordna kunskapsstyrningen i Halland", "uf2020") in continued
    assert "Leda och samordna kunskapsstyrningen i Halland" not in _run(service, "15").column("uppdrag")


def test_money_and_aliases(service):
    # 003 L2335-2336 "Ägare: Högskolan i Halmstad / RH medel: 488 700 kr"; 004 L516 FVIS / VISUS 20,0 in 2022
    assert "Högskolan i Halmstad" in _run(service, "12").column("agare")
    assert {"investering": "FVIS / VISUS", "ar": 2022, "mnkr": 20} in _run(service, "13").rows
    # README: "Regionsamverkan syd" is a spelling of Regionsamverkan Sydsverige
    row = next(r for r in _run(service, "14") if r["namn"] == "Regionsamverkan Sydsverige")
    assert "Regionsamverkan syd" in row["andra_namn"]


def test_same_query_over_the_sparql_endpoint(service):
    query = cookbook.recipe("08")
    with endpoint.serve(service) as url:
        assert url.startswith("http://127.0.0.1:") and url.endswith("/sparql")
        remote = endpoint.remote_table(url, query.text)
    assert remote.rows == cookbook.run(service, "08").rows
