"""Facts of uf2019 (data/sources/001_715690af77561aa4.txt, "Bilaga 2", year-end follow-up 2019),
read by hand; each assertion cites the source line it checks."""
from __future__ import annotations

import shutil
from collections import Counter
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from strategigraf.errors import InputError
from strategigraf.extract import BY_ID, extract as extract_document
from strategigraf.model import DocumentRecords, Ref
from strategigraf.rdf.crossdoc import CuratedLinks
from strategigraf.paths import DATA

from .conftest import load_records, one


@pytest.fixture(scope="module")
def records():
    return load_records("uf2019").entities


def children(records, parent):
    return [e for e in records if parent.ref in e.parents and e.kind in ("Activity", "Project")]


def status(entity):
    return entity.status.value if entity.status else None


def test_assignments_per_section(records):
    # Sections 1.1 (line 16) … 1.7 (line 250); rows counted by hand, incl. line 158 (assignment in
    # the activity column) and line 258 (the last row, after line 257).
    per_goal = Counter(e.parents[0].key for e in records if e.kind == "Assignment")
    assert per_goal == {
        "hog-attraktivitet": 24, "stark-konkurrenskraft": 25, "fler-i-arbete": 14,
        "arbetar-halsoframjande-och-levererar-en-individuell-halso": 8,
        "ar-trygg-sammanhallen-och-utformas-tillsammans-med-patient": 4,
        "arbetar-med-standig-forbattring-for-battre-halsa-hos": 2,
        "mojliggor-att-invanare-sjalva-tar-ansvar-utifran-egen": 3,
    }


def test_goals_are_the_section_headings(records):
    goals = {e.key: e for e in records if e.kind == "Goal"}
    assert goals["hog-attraktivitet"].lines == (16, 16)          # line 16 "1.1 Hög attraktivitet"
    assert goals["fler-i-arbete"].label == "Fler i arbete"         # line 142
    assert len(goals) == 7                                         # 1.1-1.7; no 1.8 in this document


def test_first_row(records):
    # Line 19: "● Nationell plan 2018-2029" with four ▶ activities on lines 19-22.
    plan = one(records, "Assignment", "Nationell plan 2018-2029")
    assert plan.parents == [Ref("Goal", "hog-attraktivitet")]
    assert status(plan) == "uppfylls"
    assert plan.comment.startswith("Kontinuerlig dialog pågår med Trafikverket")
    assert plan.comment.endswith("Vad gäller Västsvenska paketet så löper arbetet på enligt plan.")
    acts = children(records, plan)
    assert [a.label for a in acts][-1] == "Delta i Västsvenska paketet"    # line 22
    assert {status(a) for a in acts} == {"pagar"} and len(acts) == 4


def test_activity_tail_after_page_break(records):
    # Line 24 ends "… hållbara persontransporter"; line 27 (after the header) carries the tail.
    act = one(records, "Activity", "Delta i nätverket Hållbart resande i Väst för att öka hållbara "
                                   "persontransporter inom Region Halland och de halländska kommunerna.")
    assert act.lines == (24, 27)


def test_assignment_label_on_next_page(records):
    # Line 33: "●" with an empty label; line 36 holds the label, the rest of the comment and the
    # tail "samt bidra till finansiering av utbyggnad." of the ✓ activity of line 33.
    fiber = one(records, "Assignment", "Säkerställa tillgängligheten till fiber för att möjliggöra digitalisering")
    assert status(fiber) == "uppfylls" and fiber.lines[0] == 33
    assert "Region Halland ska bidra till genomförandet av nationell bredbandsstrategi" in fiber.comment
    acts = children(records, fiber)
    assert acts[0].label == "Genomföra Hallands bredbandsstrategi och bredbandsprojekt samt bidra till finansiering av utbyggnad."
    assert [status(a) for a in acts] == ["klar", "klar", "klar"]   # lines 33, 37, 38: ✓


def test_comment_continues_across_page_break(records):
    # Line 48's comment ends "… avkastning har"; line 51 continues "utretts under året."
    row = one(records, "Assignment", "Samordna, koordinera och leda processer för en koldioxidneutral ekonomi, "
                                     "hållbar resurshantering, förnyelsebar energi samt fossilfria transporter.")
    assert "avkastning har utretts under året." in row.comment
    assert row.comment.endswith("Delrapport 1 på väg.")
    assert [a.label for a in children(records, row)][1] == (
        "Genom Energikontoret stödde de halländska kommunerna och näringslivet för effektivare "
        "energianvändning och ökad förnybar energi.")                  # lines 48 + 51


def test_activity_statuses(records):
    # Line 47 "! Samordna … läkemedel"; line 171 "⏸ Om ESF-ansökan …"; line 253 "— Genomföra en kampanj …".
    assert status(one(records, "Activity", "Samordna och driva insatser för att minska Region Hallands "
                                           "miljöpåverkan från läkemedel")) == "foljer-inte-plan"
    assert status(one(records, "Activity", "Om ESF-ansökan är framgångsrik: bevaka VÅXA 2.0")) == "pausad"
    assert status(one(records, "Activity", "Genomföra en kampanj för att guida invånarna till att söka vård "
                                           "på olika vårdnivåer.")) == "ej-startad"


def test_partly_fulfilled_assignments(records):
    # ◆ on lines 30, 183 and 229 only (line 8 is the legend).
    partly = sorted(e.lines[0] for e in records if e.kind == "Assignment" and status(e) == "uppfylls-delvis")
    assert partly == [30, 183, 229]


def test_strength_areas_with_lost_symbols(records):
    # Lines 96 + 99: "● Leda, driva … inom" / "styrkeområdet Grön Tillväxt"; 1 ▶ activity (line 96)
    # and 10 list entries on line 99 whose symbols were lost.
    green = one(records, "Assignment", "Leda, driva utveckling, innovation och internationalisering inom "
                                       "styrkeområdet Grön Tillväxt")
    acts = children(records, green)
    assert len(acts) == 11 and sum(a.status is None for a in acts) == 10
    assert acts[-1].label == "Matgille Halland"
    # Line 100: the assignment's symbol was lost; status curated from "Resultatet för året har varit gott".
    visit = one(records, "Assignment", "Leda, driva utveckling, innovation och internationalisering inom "
                                       "styrkeområdet Besöksnäring")
    assert status(visit) == "uppfylls" and visit.note
    labels = [a.label for a in children(records, visit)]
    # Lines 100 + 103: "(Urban summer" / "festival, Coastal Living, Tågdagarna, Hallifornia, mfl.)"
    assert "Evenemangsbaserad destinationsutveckling (Urban summer festival, Coastal Living, Tågdagarna, " \
           "Hallifornia, mfl.)" in labels
    assert labels[-1] == "Kommunikation på gott och ont"          # line 106, last ✓ entry
    assert len(labels) == 17      # 3 entries on line 100, 10 new ones on line 103, 4 on line 106


def test_assignment_printed_in_activity_column(records):
    # Line 158: "● Utveckla och driva regionalt kompetensförsörjningsarbete" in the third column,
    # followed by activities on lines 159-161 (first column) and 164-165.
    comp = one(records, "Assignment", "Utveckla och driva regionalt kompetensförsörjningsarbete")
    assert status(comp) == "uppfylls" and comp.parents == [Ref("Goal", "fler-i-arbete")]
    acts = children(records, comp)
    assert [a.lines[0] for a in acts] == [159, 160, 161, 164, 165]
    assert acts[2].kind == "Project" and acts[2].label == "Projekt: Teknikcollege - långsiktig lösning"
    # The row above keeps only its own ✓ project (line 157).
    entre = one(records, "Assignment", "Bidra till ett entreprenöriellt förhållningssätt och undervisningssätt i skolan.")
    assert [(a.kind, status(a)) for a in children(records, entre)] == [("Project", "klar")]


def test_health_projects_list(records):
    # Line 196 "● Hälsoinriktade insatser": 3 entries on line 196, 19 on lines 199-217, 3 on line 220.
    health = one(records, "Assignment", "Hälsoinriktade insatser")
    acts = children(records, health)
    assert len(acts) == 25
    assert acts[-1].label == "Samordning av projekt för hälsoinriktade insatser 2016-2017"
    assert Counter(status(a) for a in acts) == {"klar": 18, "pagar": 7}


def test_plan_item_rows(records):
    # Lines 73 and 140 repeat the labels of lines 39 and 112: they report on plan items 4 and 12.
    rows = [e for e in records if e.kind == "Assignment" and e.label == "Hållbar samhällsplanering för ett attraktivt Halland"]
    assert sorted(e.key for e in rows) == ["hallbar-samhallsplanering-for-ett-attraktivt-halland",
                                           "hallbar-samhallsplanering-for-ett-attraktivt-halland-planpunkt-4"]
    summary = next(e for e in rows if e.lines[0] == 73)
    assert children(records, summary) == []
    assert "20,0 miljoner resor under 2019" in summary.comment       # line 73


def test_last_rows(records):
    # Line 254 is shifted two cells right; line 257 ends its last ▶ activity and adds a ✓ one.
    fvis = one(records, "Assignment", "Förbereda införandet av Framtidens vårdinformationsstöd")
    assert fvis.parents == [Ref("Goal", "mojliggor-att-invanare-sjalva-tar-ansvar-utifran-egen")]
    acts = children(records, fvis)
    assert [a.label for a in acts][-2:] == [
        "Arbeta med hälsoinformatik och med att standardisera och strukturera journalinformation",
        "Bygga upp Framtidens vårdinformationsstöd inom nuvarande systemförvaltning"]
    assert status(acts[-1]) == "klar"
    # Line 258: "● Främja digitala distanskontakter" with "▶ Utvärdera och utveckla möjligheterna …".
    last = one(records, "Assignment", "Främja digitala distanskontakter")
    assert [status(a) for a in children(records, last)] == ["pagar"]


def test_money_and_dates(records):
    # Line 153: "Region Halland bidrar med 200 000 kr"; line 230: "Färdigt första halvåret 2019".
    school = one(records, "Assignment", "Stärka det vetenskapliga inflytandet på det systematiska skolutvecklingsarbetet")
    assert [(f.amount_sek, f.kind) for f in school.funding] == [
        (Decimal(200000), "region-funding"),        # line 153 "Region Halland bidrar med 200 000 kr"
        (Decimal(800000), "total-budget"),          # line 153 "Insatser för 800 000 kr har genomförts"
    ]
    assert all(f.lines == (153, 153) for f in school.funding)
    act = one(records, "Activity", "Hålla ihop arbetet med framtagande av ny ersättningsmodell för hemsjukvården "
                                   "i Halland samt säkra beslutsprocess. Färdigt första halvåret 2019")
    assert act.end_date == date(2019, 6, 30)


def test_every_activity_under_one_assignment(records):
    assignments = {e.ref for e in records if e.kind == "Assignment"}
    for e in records:
        if e.kind in ("Activity", "Project"):
            assert len(e.parents) == 1 and e.parents[0] in assignments, e.label
    assert len({(e.kind, e.key) for e in records}) == len(records)


def test_stale_fix_names_file_and_line(tmp_path: Path):
    shutil.copy(DATA / "curation" / "uf2019.yaml", tmp_path / "uf2019.yaml")
    with (tmp_path / "uf2019.yaml").open("a", encoding="utf-8") as handle:
        handle.write('  - kind: Assignment\n    line: 19\n    label: "Finns inte"\n    note: "x"\n')
    with pytest.raises(InputError) as error:
        load_records("uf2019", tmp_path)
    assert error.value.path == tmp_path / "uf2019.yaml" and error.value.line is not None


def test_status_counts_per_column(records):
    # Assignment column: ● on 76 rows (incl. line 33's lone ● and line 158, see cell_roles), ◆ on
    # lines 30, 183, 229; line 100 lost its symbol (curated "uppfylls"). Activity column: ▶ 130,
    # ✓ 55, ! on lines 47, 230, 253, ⏸ on line 171, — on line 253; the 13 <ul> entries of lines
    # 99-100 lost theirs. ● in an activity cell would be "följer delvis plan": the only ● printed
    # in the third column (lines 158 and 254) stand for assignments, so no activity has it.
    assignments = Counter(status(e) for e in records if e.kind == "Assignment")
    assert assignments == {"uppfylls": 77, "uppfylls-delvis": 3}
    activities = Counter(status(e) for e in records if e.kind in ("Activity", "Project"))
    assert activities == {"pagar": 130, "klar": 55, "foljer-inte-plan": 3, "pausad": 1,
                          "ej-startad": 1, None: 13}


def test_rows_without_assignment_cell_stay_with_the_row_above(records):
    # Line 167 "✓ Fortsatt uppstart och breddning av Öppna Företag i Halland" has empty first
    # and second cells: it is the second activity of line 166 "● Öka kunskapen om jämställdhet …".
    equal = one(records, "Assignment", "Öka kunskapen om jämställdhet och jämlikhet som förutsättningar för tillväxt")
    assert [(a.lines[0], status(a)) for a in children(records, equal)] == [(166, "pagar"), (167, "klar")]
    # Line 93 (after the page break of line 92): three ▶ activities of line 85's assignment.
    support = one(records, "Assignment", "Förvalta och arbeta med ständiga förbättringar av det generella "
                                         "företags- och innovationsstödet")
    acts = children(records, support)
    assert len(acts) == 9 and [a.label for a in acts][-1] == "Scale Up, projekt"
    assert acts[-1].kind == "Project"                                # line 93 "▶ Scale Up, projekt"


def test_curated_links_resolve_against_the_plan(records):
    # uf2019-links.yaml: line 183's activity prints "att möte fler behov", the plan (000_…txt
    # lines 1426-1433) "att möta"; line 80 reports on plan item 8 ("… den bästa livsplatsen").
    found = {"uf2019": DocumentRecords("uf2019", records), "vp2019": extract_document(BY_ID["vp2019"], DATA)}
    curated = CuratedLinks(found)
    curated.read(DATA / "curation" / "uf2019-links.yaml")
    targets = {str(link.source): str(link.target) for link in curated.links}
    assert targets["uf2019/Activity:leda-och-skapa-arenor-samt-definiera-och-beskriva-vad-det-i"] == \
        "vp2019/Activity:leda-och-skapa-arenor-samt-definiera-och-beskriva-vad-det-i"
    assert targets["uf2019/Assignment:aktivt-klimat-och-miljoarbete-internt-och-externt-bidrar"] == "vp2019/PlanItem:8"
