"""Facts of Regionkontorets verksamhetsplan 2022 (data/sources/004_e40f99ca168f9349.txt), read by hand.

Line numbers in comments are lines of that file.
"""
from __future__ import annotations

import shutil
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from strategigraf.errors import InputError
from strategigraf.model import Ref
from strategigraf.paths import DATA
from strategigraf.sources import SourceText

from .conftest import load_records

SOURCE = SourceText(DATA / "sources" / "004_e40f99ca168f9349.txt")
GRON = Ref("FocusArea", "gron-omstallning")
SECTION_28 = Ref("PlanSection", "forutsattningar-for-verksamhetens-genomforande")


@pytest.fixture(scope="module")
def records():
    return load_records("vp2022")


@pytest.fixture(scope="module")
def by_label(records):
    return {(e.kind, e.label): e for e in records.entities}


def get(by_label, kind, label):
    return by_label[(kind, label)]


def joint(by_label, label) -> Ref:
    return get(by_label, "JointAssignment", label).ref


def test_counts_per_kind(records):
    counts = Counter(e.kind for e in records.entities)
    assert counts["FocusArea"] == 7            # 2.1-2.7, lines 67-349
    assert counts["PlanSection"] == 3          # 2.8 (371), 2.9 (441), chapter 3 Kvalitetsstyrning (451)
    assert counts["JointAssignment"] == 19     # "Regiongemensamt uppdrag" (193) + 18 "… ska tillsammans …"
    assert counts["Assignment"] == 48          # 46 headings in chapter 2 + 2 in 3.2 (467, 473)
    assert counts["Indicator"] == 10           # 6 in 3.3.1 (482-487), 4 in 3.3.2 (492-495)
    assert counts["BudgetLine"] == 4           # 4.1, lines 506-509
    assert counts["Investment"] == 9           # 4.2, lines 515-525


def test_assignments_per_focus_area(records):
    areas = Counter(p.key for e in records.entities if e.kind == "Assignment"
                    for p in e.parents if p.kind in ("FocusArea", "PlanSection"))
    assert areas["utvecklad-samverkan-for-regional-fysisk-planering"] == 2   # lines 69, 79
    assert areas["starka-halland-som-tillvaxtregion"] == 6                   # lines 87-159
    assert areas["innovation-och-smart-specialisering"] == 4                 # lines 173-205
    assert areas["gron-omstallning"] == 11                                   # lines 215-295
    assert areas["nara-och-sammanhallen-vard"] == 3                          # lines 305-315
    assert areas["digitalisering-i-varden"] == 4                             # lines 327-345
    assert areas["styrning-utifran-kunskap-och-kvalitet-inom-halso-och"] == 3  # lines 353-365
    assert areas["forutsattningar-for-verksamhetens-genomforande"] == 12     # lines 375-437
    assert areas["regionkontorets-utvecklingsomraden"] == 1                  # line 443
    assert areas["kvalitetsstyrning"] == 2                                   # 3.2, lines 467, 473


def test_focus_areas_use_canonical_keys(by_label):
    # line 349: "2.7 Styrning utifrån kunskap och kvalitet inom hälso- och sjukvård"
    area = get(by_label, "FocusArea", "Styrning utifrån kunskap och kvalitet inom hälso- och sjukvård")
    assert (area.key, area.number) == ("styrning-utifran-kunskap-och-kvalitet-inom-halso-och", "2.7")
    # line 371: "2.8 Förutsättningar för verksamhetens genomförande"
    assert get(by_label, "PlanSection", "Förutsättningar för verksamhetens genomförande").ref == SECTION_28


def test_first_assignment_of_the_document(by_label):
    # line 69 heading under 2.1 (line 67); line 77 speaks of the broadband infrastructure
    first = get(by_label, "Assignment",
                "God tillgänglighet till arbete, studier, och samhällsservice, digitalt såväl som fysiskt")
    assert first.parents == [Ref("FocusArea", "utvecklad-samverkan-for-regional-fysisk-planering")]
    assert first.lines == (69, 77)
    assert "framtidssäker bredbandsinfrastruktur" in first.description


def test_joint_assignment_of_innovation(by_label):
    # line 193 "Regiongemensamt uppdrag: Vidareutveckla …"; appendix line 538 puts it beside FoU
    label = ("Vidareutveckla en regional samverkansmodell med kommuner, akademi och näringsliv inom området "
             "hälsoinnovation med fokus på utveckling av Region Hallands interna struktur och samordning för "
             "ärendehantering")
    hälso = get(by_label, "JointAssignment", label)
    assert hälso.parents == [Ref("FocusArea", "innovation-och-smart-specialisering")]
    # lines 195 and 205 follow the joint assignment; lines 173 and 181 precede it
    assert hälso.ref in get(by_label, "Assignment", "Ökade investeringar i FoU bland regionens aktörer").parents
    assert hälso.ref in get(by_label, "Assignment", "Fler innovativa företag i regionen").parents
    assert get(by_label, "Assignment", "Fler kunskapsintensiva företag och jobb i regionen").parents == [
        Ref("FocusArea", "innovation-och-smart-specialisering")]


def test_joint_assignment_labels_are_the_appendix_short_form(by_label):
    # line 243 long form; line 541 short form "Minska Region Hallands klimatpåverkande utsläpp"
    minska = get(by_label, "JointAssignment", "Minska Region Hallands klimatpåverkande utsläpp")
    assert minska.lines == (243, 243)
    assert ("Region Hallands förvaltningar ska tillsammans arbeta för att minska Region Hallands "
            "klimatpåverkande utsläpp") in minska.alt_labels
    assert minska.parents == [GRON]
    # line 561 "Under perioden arbeta med …" vs line 399: label is the chapter-2 clause
    sårbar = joint(by_label, "Arbeta med att minska sårbarheten i sin verksamhet och för att stärka förmågan "
                             "att hantera allvarliga och extraordinära händelser i fredstid")
    assert sårbar in get(by_label, "Assignment", "Framtagande av Risk- och sårbarhetsanalys 2023-2026").parents


def test_run_together_cells_of_the_appendix(by_label):
    # line 541: "Laddinfrastruktur för den interna fordonsflottan Destruktionsanläggning för lustgas";
    # chapter 2 lines 249 and 253 under the joint assignment of line 243
    minska = joint(by_label, "Minska Region Hallands klimatpåverkande utsläpp")
    for label in ("Laddinfrastruktur för den interna fordonsflottan", "Destruktionsanläggning för lustgas"):
        assert get(by_label, "Assignment", label).parents == [minska, GRON]


def test_shifted_green_rows_follow_chapter_2(by_label):
    # line 245 "Minska … insatser" under line 243; appendix line 542 prints it as "… utsläpp"
    insatser = get(by_label, "Assignment", "Minska Region Hallands klimatpåverkande insatser")
    assert insatser.parents == [joint(by_label, "Minska Region Hallands klimatpåverkande utsläpp"), GRON]
    assert "Minska Region Hallands klimatpåverkande utsläpp" in insatser.alt_labels
    # line 259 under the joint assignment of line 257 (appendix line 543 shows it one row lower)
    upphandling = get(by_label, "Assignment",
                      "Upphandling som verktyg för att öka efterfrågan på cirkulära produkter och tjänster")
    assert upphandling.parents == [joint(by_label, "Förbättra Region Hallands samlade avfallshantering"), GRON]
    # lines 215, 223 precede 2.4.1: focus area only (appendix line 546 runs them together)
    assert get(by_label, "Assignment", "Hallands klimatavtryck ska minska").parents == [GRON]
    assert get(by_label, "Assignment", "Hållbart resursutnyttjande").parents == [GRON]


def test_shifted_last_rows_follow_chapter_2(by_label):
    # line 568 puts the assignment in the joint column; line 375: assignment of 2.8 before any joint
    plan = get(by_label, "Assignment",
               "Slutföra arbetet med framtagande av en långsiktig strategisk lokalförsörjningsplan")
    assert plan.parents == [SECTION_28]
    # line 566: joint in the focus column; lines 429-431 in chapter 2
    chefs = get(by_label, "Assignment",
                "Leda och samordna Region Hallands arbete med att utveckla chefs- och ledarutveckling och försörjning")
    assert chefs.parents == [joint(by_label, "Förbättra chefers förutsättningar att lyckas i sitt chefsuppdrag"),
                             SECTION_28]
    assert "Leda och samordna arbetet med att utveckla chefs- och ledarutveckling och försörjning" in chefs.alt_labels


def test_appendix_spellings_become_alt_labels(by_label):
    # line 327 "vårdinformationsstöd", line 551 "vårdinformativstöd"
    visus = get(by_label, "Assignment", "Leda och driva införandet av framtidens vårdinformationsstöd (Visus)")
    assert visus.alt_labels == ["Leda och driva införandet av framtidens vårdinformativstöd (Visus)"]
    # line 389 "Strukturera", line 559 "Strukturerera"
    assert get(by_label, "Assignment", "Strukturera informationstillgångar").alt_labels == [
        "Strukturerera informationstillgångar"]


def test_last_sections(by_label):
    # line 443 under 2.9 (line 441), also the last appendix row (line 569)
    last = get(by_label, "Assignment", "Vidareutveckling av kommunikation med invånare")
    assert last.parents == [Ref("PlanSection", "regionkontorets-utvecklingsomraden")]
    # 3.2, lines 467 and 473
    for label in ("Utveckla hållbara former för platsoberoende arbetssätt", "Förbättra chefers förutsättningar"):
        assert get(by_label, "Assignment", label).parents == [Ref("PlanSection", "kvalitetsstyrning")]


def test_indicators(by_label):
    # line 495: "Akkumulerad budgetavvikelse\tPeriodens avvikelse mot periodens budget"
    assert get(by_label, "Indicator", "Akkumulerad budgetavvikelse").description == \
        "Periodens avvikelse mot periodens budget"
    # line 484: HME-Index
    assert get(by_label, "Indicator", "HME-Index").description.startswith("HME-Index (Hållbart Medarbetarengagemang)")


def test_operating_budget(by_label):
    amounts = lambda label: {a.label: a.value_msek for a in get(by_label, "BudgetLine", label).amounts}  # noqa: E731
    # line 509: "Nettobudget\t453,1\t148,4\t48,2"
    assert amounts("Nettobudget") == {"Regionkontoret inkl. IT": Decimal("453.1"), "Utveckling": Decimal("148.4"),
                                      "Förtroendevalda": Decimal("48.2")}
    # line 506: "Intäkter\t-380,1\t-10,0\t0,0"
    assert amounts("Intäkter")["Regionkontoret inkl. IT"] == Decimal("-380.1")


def test_investments(by_label):
    # line 516: "FVIS / VISUS\t56,0\t20,0\t18,0\t0,0" under "Redan beslutade investeringar" (514)
    fvis = get(by_label, "Investment", "FVIS / VISUS")
    assert [(a.label, a.value_msek, a.year) for a in fvis.amounts] == [
        ("Total budget", Decimal("56.0"), None), ("2022", Decimal("20.0"), 2022),
        ("2023", Decimal("18.0"), 2023), ("2024", Decimal("0.0"), 2024)]
    assert fvis.description == "Redan beslutade investeringar"
    # line 522: "Larm och bevakning\t\t9,7\t3,4\t3,4" under "Reinvesteringar" (521): no total
    larm = get(by_label, "Investment", "Larm och bevakning")
    assert [a.label for a in larm.amounts] == ["2022", "2023", "2024"] and larm.description == "Reinvesteringar"
    # line 519 funds the assignment of line 253
    lustgas = get(by_label, "Investment", "Destruktionsanläggning för lustgas HSH, HSV")
    assert lustgas.parents == [get(by_label, "Assignment", "Destruktionsanläggning för lustgas").ref]
    assert lustgas.amounts[0].value_msek == Decimal("8.0")


def test_every_label_occurs_in_its_lines(records):
    for entity in records.entities:
        assert SOURCE.contains(entity.label, *entity.lines), (entity.kind, entity.label, entity.lines)


def test_keys_unique_and_extraction_deterministic(records):
    keys = [(e.kind, e.key) for e in records.entities]
    assert len(keys) == len(set(keys))
    again = load_records("vp2022")
    assert [(e.kind, e.key, e.parents, e.note) for e in again.entities] == [
        (e.kind, e.key, e.parents, e.note) for e in records.entities]


def curation_without(tmp_path: Path, line: int) -> Path:
    """A copy of the curation directory whose vp2022.yaml lacks the appendix_rows entry of ``line``."""
    target = tmp_path / "curation"
    shutil.copytree(DATA / "curation", target)
    data = yaml.safe_load((target / "vp2022.yaml").read_text(encoding="utf-8"))
    data["appendix_rows"] = [e for e in data["appendix_rows"] if e["line"] != line]
    (target / "vp2022.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return target


def test_unacknowledged_appendix_disagreement_names_the_line(tmp_path):
    # line 543 places "Upphandling som verktyg …" under another joint assignment than chapter 2 (line 259)
    with pytest.raises(InputError) as caught:
        load_records("vp2022", curation_without(tmp_path, 543))
    assert caught.value.line == 543 and "Upphandling som verktyg" in caught.value.message


def test_stale_acknowledgement_names_the_curation_line(tmp_path):
    # line 541 agrees with chapter 2 (lines 243-255), so acknowledging it is an error of the curation file
    target = curation_without(tmp_path, 0)
    data = yaml.safe_load((target / "vp2022.yaml").read_text(encoding="utf-8"))
    data["appendix_rows"].append({"line": 541, "note": "not a disagreement"})
    (target / "vp2022.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_records("vp2022", target)
    assert caught.value.path.name == "vp2022.yaml" and "541 agrees with chapter 2" in caught.value.message


# Chapter 2 read by hand, heading by heading: (line of the assignment heading, its joint assignment's
# appendix short form or None, the focus area / plan section). A joint assignment heading
# ("Region Hallands förvaltningar ska tillsammans …", line given in the comment) holds until the next
# one or the next numbered heading; assignments printed before the first joint of a section serve
# the section only (appendix 5 lists them in the last row of their area: lines 540, 546, 568).
INNOVATION, NARA = "innovation-och-smart-specialisering", "nara-och-sammanhallen-vard"
DIGITAL, KUNSKAP = "digitalisering-i-varden", "styrning-utifran-kunskap-och-kvalitet-inom-halso-och"
SECTION = "forutsattningar-for-verksamhetens-genomforande"
PLANERING, TILLVAXT = "utvecklad-samverkan-for-regional-fysisk-planering", "starka-halland-som-tillvaxtregion"
CHAPTER_2 = [
    (69, None, PLANERING), (79, None, PLANERING),
    (87, None, TILLVAXT), (99, None, TILLVAXT), (111, None, TILLVAXT), (125, None, TILLVAXT),
    (139, None, TILLVAXT), (159, None, TILLVAXT),
    (173, None, INNOVATION), (181, None, INNOVATION),
    # line 193 "Regiongemensamt uppdrag: Vidareutveckla en regional samverkansmodell …"
    (195, "Vidareutveckla en regional samverkansmodell", INNOVATION),
    (205, "Vidareutveckla en regional samverkansmodell", INNOVATION),
    (215, None, "gron-omstallning"), (223, None, "gron-omstallning"),
    (245, "Minska Region Hallands klimatpåverkande utsläpp", "gron-omstallning"),      # joint line 243
    (249, "Minska Region Hallands klimatpåverkande utsläpp", "gron-omstallning"),
    (253, "Minska Region Hallands klimatpåverkande utsläpp", "gron-omstallning"),
    (259, "Förbättra Region Hallands samlade avfallshantering", "gron-omstallning"),   # joint line 257
    (263, "Förbättra Region Hallands samlade avfallshantering", "gron-omstallning"),
    (273, "Energieffektivisering inom Region Hallands eget fastighetsbestånd", "gron-omstallning"),  # 271
    (283, "Arbeta för en hållbar plastanvändning", "gron-omstallning"),               # joint line 281
    (289, "Aktivt bidra till Region Hallands interna klimat- och miljöarbete", "gron-omstallning"),  # 287
    (295, "Aktivt bidra till Region Hallands interna klimat- och miljöarbete", "gron-omstallning"),
    (305, "Vidareutveckla den nära vården", NARA), (309, "Vidareutveckla den nära vården", NARA),  # 303
    (315, "Optimera förutsättningarna för morgondagens hälso- och sjukvård", NARA),   # joint line 313
    (327, "Säkerställa att regionens behov av vårdinformationsstöd tillgodoses", DIGITAL),  # 325
    (331, "Säkerställa att regionens behov av vårdinformationsstöd tillgodoses", DIGITAL),
    (337, "Förbättra regionens digitala tillgänglighet", DIGITAL),                   # joint line 335
    (345, "Förbättra kvalitet och resursanvändning genom arbetssätt", DIGITAL),        # joint line 343
    (353, "Utveckla arbetet med personcentrerade och sammanhållna vårdförlopp", KUNSKAP),  # 351
    (359, "Införa tarmcancerscreening", KUNSKAP),                                      # joint line 357
    (365, "Arbeta för goda och jämlika uppväxtvillkor", KUNSKAP),                      # joint line 363
    (375, None, SECTION),
    (381, "Förbättra förutsättningar för digital utveckling", SECTION),               # joint line 379
    (385, "Förbättra förutsättningar för digital utveckling", SECTION),
    (389, "Förbättra förutsättningar för digital utveckling", SECTION),
    (395, "Förbättra förutsättningar för digital utveckling", SECTION),
    (401, "Arbeta med att minska sårbarheten", SECTION), (407, "Arbeta med att minska sårbarheten", SECTION),  # 399
    (411, "Arbeta med att minska sårbarheten", SECTION), (415, "Arbeta med att minska sårbarheten", SECTION),
    (421, "Säkerställa att regionens behov av utveckling och omställning av kompetens", SECTION),  # 419
    (431, "Förbättra chefers förutsättningar att lyckas i sitt chefsuppdrag", SECTION),  # joint line 429
    (437, "Verka för att möta individens behov", SECTION),                            # joint line 435
    (443, None, "regionkontorets-utvecklingsomraden"),
]


def test_every_chapter_2_assignment_has_the_parents_chapter_2_gives(records):
    by_line = {e.lines[0]: e for e in records.entities if e.kind == "Assignment"}
    joints = {e.key: e.label for e in records.entities if e.kind == "JointAssignment"}
    assert sorted(e for e in by_line if e < 451) == [line for line, _, _ in CHAPTER_2]
    for line, joint_label, area in CHAPTER_2:
        parents = by_line[line].parents
        assert parents[-1].key == area, line
        found = [joints[p.key] for p in parents if p.kind == "JointAssignment"]
        assert (found[0].startswith(joint_label) if joint_label else found == []), (line, found)
        assert len(parents) == (2 if joint_label else 1), line


def test_descriptions_run_across_page_breaks(by_label):
    # line 319 ends "Därefter ska Regionkontoret", line 321 goes on "fortsätta arbetet med …"
    mhss = get(by_label, "Assignment",
               "Fortsätta arbetet med morgondagens hälso- och sjukvårdsstruktur, utifrån vald inriktning och beslut")
    assert mhss.lines == (315, 321)
    assert mhss.description.endswith("Därefter ska Regionkontoret fortsätta arbetet med morgondagens hälso- och "
                                     "sjukvårdsstruktur, utifrån vald inriktning och beslut.")
    # lines 423-425: "… grund för hela" / "regionen. Utöver det finns ett särskilt uppdrag …"
    kompetens = get(by_label, "Assignment",
                    "Leda och samordna utveckling av Region Hallands arbetssätt med kompetensförsörjning")
    assert "grund för hela regionen. Utöver det" in kompetens.description
    assert "Halmstad Högskola" in kompetens.description  # line 427
