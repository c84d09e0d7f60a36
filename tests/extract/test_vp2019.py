"""Facts of vp2019 (data/sources/000_4a26a85ac4fdbfcc.txt, Regionkontorets verksamhetsplan 2019),
read by hand from the beginning, middle and end of the document; each assertion cites its source line."""
from __future__ import annotations

import shutil
from collections import Counter
from datetime import date

import pytest

from strategigraf.errors import InputError
from strategigraf.extract import BY_ID, extract as extract_document
from strategigraf.model import DocumentRecords, Ref
from strategigraf.rdf.crossdoc import CuratedLinks
from strategigraf.paths import DATA

from .conftest import load_records, one


@pytest.fixture(scope="module")
def records():
    return load_records("vp2019").entities


def children(records, parent, kind):
    return [e for e in records if e.kind == kind and parent.ref in e.parents]


def labels(entities):
    return {e.label for e in entities}


def test_plan_items_1_to_13_under_their_goals(records):
    items = {e.key: e for e in records if e.kind == "PlanItem"}
    assert sorted(items, key=int) == [str(n) for n in range(1, 14)]
    # line 9: "1. Verka för minskade skillnader i hälsa genom långsiktigt hälsofrämjande arbete."
    assert items["1"].label == "Verka för minskade skillnader i hälsa genom långsiktigt hälsofrämjande arbete."
    assert items["1"].parents == [Ref("Goal", "hog-attraktivitet")] and items["1"].number == "1"
    # lines 11-12: item 2 wraps onto a second line
    assert items["2"].lines == (11, 12) and items["2"].label.endswith("barn och unga.")
    # line 7 / 29: "Stark konkurrenskraft" heads item 9
    assert items["9"].parents == [Ref("Goal", "stark-konkurrenskraft")]
    # lines 37-40: "Fler i arbete", 13. Bidra till förbättrad kompetensförsörjning …
    assert items["13"].parents == [Ref("Goal", "fler-i-arbete")]
    assert items["13"].label.startswith("Bidra till förbättrad kompetensförsörjning")


def test_section_1_1_hangs_on_the_plan_section(records):
    # line 41: "1.1 Övergripande processer utöver Mål och budget"
    section = one(records, "PlanSection", "Övergripande processer utöver Mål och budget")
    assert section.key == "overgripande-processer-utover-mal-och-budget"
    economy = one(records, "Assignment", "Arbeta för en långsiktigt stark ekonomi")  # lines 58-59
    assert economy.parents == [section.ref]
    # lines 46-67: its three activities (styrmodell, riktlinjer, åtgärdsförslag)
    assert len(children(records, economy, "Activity")) == 3
    # lines 129-134: "(Omformulerat)" is kept out of the label and noted
    reworded = one(records, "Activity", "Leda det kommunikativa arbetet med att hålla samman digitala "
                                        "kanaler och verktyg i syfte att förenkla för användaren")
    assert "Omformulerat" in reworded.note
    assert len([e for e in records if e.kind == "Assignment" and section.ref in e.parents]) == 5


def test_nationell_plan_row_of_the_first_table(records):
    # line 171: "6 Nationell plan 2018-2029"; lines 179-189 its priority; lines 176-177 its priority area
    plan = one(records, "Assignment", "Nationell plan 2018-2029")
    priority = one(records, "Priority", "Regionförstoring genom utveckling av kollektivtrafik och "
                   "infrastruktur, såväl söderut som norrut. Fortsatt arbete för goda förbindelser med Stockholm")
    area = one(records, "PriorityArea", "Halland en region med god tillgänglighet")
    assert plan.parents == [priority.ref, Ref("PlanItem", "6")]
    assert priority.parents == [area.ref] and area.parents == [Ref("Goal", "hog-attraktivitet")]
    # lines 154-174: four activities, e.g. "Delta i Västsvenska paketet"
    assert "Delta i Västsvenska paketet" in labels(children(records, plan, "Activity"))
    assert len(children(records, plan, "Activity")) == 4


def test_assignment_with_two_plan_items(records):
    # line 254: "6,7 Utveckla samplaneringen inom regional utveckling, …" — numbers stripped, both tagged
    entity = next(e for e in records if e.kind == "Assignment" and e.label.startswith("Utveckla samplaneringen"))
    assert not entity.label[0].isdigit()
    assert Ref("PlanItem", "6") in entity.parents and Ref("PlanItem", "7") in entity.parents


def test_climate_assignment_has_seven_activities(records):
    # lines 484-488: "8 Utveckla Region Hallands interna arbete inom klimat och miljö …"; activities 453-493
    internal = next(e for e in records if e.kind == "Assignment"
                    and e.label.startswith("Utveckla Region Hallands interna arbete inom klimat"))
    assert Ref("PlanItem", "8") in internal.parents
    acts = labels(children(records, internal, "Activity"))
    assert len(acts) == 7 and "Minska Region Hallands miljöpåverkan från läkemedel" in acts  # line 460-462


def test_energikontoret_row_is_an_activity_of_the_climate_processes(records):
    # lines 432-439: "8 Genom Energikontoret stödja de halländska kommunerna …" wraps at the activity
    # column's width; uf2019 lines 48-51 print it in the Aktivitet column of the assignment of lines 413-418
    leda = one(records, "Assignment", "Samordna, koordinera och leda processer för en koldioxidneutral ekonomi, "
                                      "hållbar resurshantering, förnyelsebar energi samt fossilfria transporter.")
    energy = one(records, "Activity", "Genom Energikontoret stödja de halländska kommunerna och näringslivet för "
                                      "effektivare energianvändning och ökad förnyelsebar energi")
    assert energy.parents == [leda.ref] and Ref("PlanItem", "8") in leda.parents
    assert not [e for e in records if e.kind == "Assignment" and e.label.startswith("Genom Energikontoret")]
    # lines 402-493: four "8 …" cells, three of them assignments under the one climate priority
    climate = next(e for e in records if e.kind == "Priority" and e.label.startswith("En koldioxidneutral"))
    assert len(children(records, climate, "Assignment")) == 3
    # lines 402-411: one cell printing two 2018 priorities ("… resurshantering samt Insatser för …"); its
    # key must not be the 60-character cut that equals uf2018 2.1.9's key (002 line 390)
    assert climate.label.endswith("samt Insatser för förnyelsebar energi och fossilfria transporter")
    assert climate.key != "en-koldioxidneutral-ekonomi-och-hallbar-resurshantering"


def test_projects_in_stark_konkurrenskraft(records):
    # line 576-579: "Projektet: CSR (Corporate Social Responsibility) Västsverige 2018-2019"
    csr = one(records, "Project", "CSR (Corporate Social Responsibility) Västsverige 2018-2019")
    assert csr.description.startswith("Projektet: CSR")
    insatser = one(records, "Assignment", "Insatser för innovation, digitalisering och omställning i det "
                                          "befintliga näringslivet")  # lines 589-592, "11 Insatser …"
    assert csr.parents == [insatser.ref] and Ref("PlanItem", "11") in insatser.parents
    # lines 680-687: "10" then the Besöksnäringen assignment; 13 rows of activities/projects, 662-752
    visit = next(e for e in records if e.kind == "Assignment" and e.label.endswith("styrkeområden, Besöksnäringen"))
    rows = children(records, visit, "Activity") + children(records, visit, "Project")
    assert len(rows) == 13 and Ref("PlanItem", "10") in visit.parents
    assert "Skördetider i Halland - nya vägar för måltidsturism" in labels(rows)  # line 699-701
    assert Counter(e.kind for e in records)["Project"] == 14


def test_section_1_4_fler_i_arbete(records):
    # lines 1153-1156 priority area, 1158-1159 priority, 1144-1145 "2 Stärk små barns språkutveckling"
    area = one(records, "PriorityArea", "Halland erbjuder alla barn och unga goda och jämlika förutsättningar")
    start = one(records, "Priority", "En god start i livet")
    assert start.parents == [area.ref] and area.parents == [Ref("Goal", "fler-i-arbete")]
    assert len(children(records, start, "Assignment")) == 4
    # lines 1267-1296: "13 Utveckla och driva regionalt kompetensförsörjningsarbete", 5 activities + Teknikcollege
    skills = one(records, "Assignment", "Utveckla och driva regionalt kompetensförsörjningsarbete")
    assert len(children(records, skills, "Activity")) == 5
    assert labels(children(records, skills, "Project")) == {"Teknikcollege - långsiktig lösning"}


def test_healthcare_focus_areas(records):
    # lines 1394-1397: "Fokusområde: Möta fler behov nära patienten- Ska finnas kvar"
    near = one(records, "FocusArea", "Möta fler behov nära patienten")
    assert "Ska finnas kvar" in near.note and near.parents == [Ref("PriorityArea", "en-modern-halso-och-sjukvard")]
    assert len(children(records, near, "Assignment")) == 6  # lines 1399-1477
    # lines 1518-1523: "… Färdigt första halvåret 2019."
    compensation = next(e for e in records if e.kind == "Activity" and e.label.startswith("Hålla ihop arbetet"))
    assert compensation.end_date == date(2019, 6, 30)
    # line 1605: "Förbättra hjärtsjukvårdenSamordna hjärtsjukvårdsprocessen" — two cells run together
    heart = one(records, "Assignment", "Förbättra hjärtsjukvården")
    assert heart.parents == [Ref("FocusArea", "kunskapsstyrning-hjartsjukvard")]
    assert labels(children(records, heart, "Activity")) == {
        "Samordna hjärtsjukvårdsprocessen enligt den regionala processmodellen"}


def test_end_of_document_region_halland_som_arbetsgivare(records):
    # line 1674: "1.9 Region Halland som arbetsgivare"; lines 1688-1694 the last row
    goal = one(records, "Goal", "Region Halland som arbetsgivare")
    recruit = one(records, "Assignment", "Följa en tydlig och transparant process för rekrytering och "
                                         "tillsättning av chefer på alla nivåer")
    assert recruit.parents == [Ref("PriorityArea", "region-halland-som-arbetsgivare")]
    assert one(records, "PriorityArea", "Region Halland som arbetsgivare").parents == [goal.ref]
    assert labels(children(records, recruit, "Activity")) == {"Revidera rekryteringsprocessen"}


def test_every_activity_has_one_assignment_parent(records):
    for entity in records:
        if entity.kind in ("Activity", "Project"):
            assert [p.kind for p in entity.parents] == ["Assignment"], entity.label


def test_a_wrong_label_in_the_curation_names_file_and_line(tmp_path):
    shutil.copy(DATA / "curation" / "vp2019.yaml", tmp_path / "vp2019.yaml")
    text = (tmp_path / "vp2019.yaml").read_text(encoding="utf-8")
    broken = text.replace("- a: Delta i Västsvenska paketet", "- a: Delta i Östsvenska paketet")
    (tmp_path / "vp2019.yaml").write_text(broken, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_records("vp2019", tmp_path)
    assert "vp2019.yaml" in str(caught.value) and "Östsvenska" in str(caught.value)
    assert caught.value.line == broken.splitlines().index(
        next(l for l in broken.splitlines() if "Östsvenska" in l)) + 1


def test_follow_up_rows_reported_in_other_words_link_to_the_plan(records):
    # vp2019-links.yaml: uf2019 (001_…txt) reports plan rows in other words
    found = {"vp2019": DocumentRecords("vp2019", records), "uf2019": extract_document(BY_ID["uf2019"], DATA)}
    curated = CuratedLinks(found)
    curated.read(DATA / "curation" / "vp2019-links.yaml")
    targets = {str(link.source): str(link.target) for link in curated.links}
    # 001 line 48-51 "Genom Energikontoret stödde …" reports 000 lines 432-439 "Genom Energikontoret stödja …"
    assert targets["uf2019/Activity:genom-energikontoret-stodde-de-hallandska-kommunerna-och"] == \
        "vp2019/Activity:genom-energikontoret-stodja-de-hallandska-kommunerna-och"
    # 001 line 167 "Fortsatt uppstart och breddning av Öppna Företag i Halland" / 000 lines 1301-1303
    assert targets["uf2019/Activity:fortsatt-uppstart-och-breddning-av-oppna-foretag-i-halland"] == \
        "vp2019/Activity:samverka-med-oppna-foretag-och-arbeta-for-regional-och"
