"""Facts of uf2020 (data/sources/003_e06f47aa00c53ee0.txt, follow-up of the administration's
assignments and activities 2020), read by hand; each assertion cites the source line it checks."""
from __future__ import annotations

import time
from datetime import date
from decimal import Decimal

import pytest

from strategigraf.errors import InputError
from strategigraf.extract.uf2020_fields import join_lines
from strategigraf.model import Ref
from strategigraf.paths import DATA

from .conftest import load_records, one


@pytest.fixture(scope="module")
def records():
    return load_records("uf2020").entities


def rows(records, assignment):
    return [e for e in records if assignment.ref in e.parents and e.kind in ("Activity", "Project")]


def amounts(entity, kind="region-funding"):
    return [f.amount_sek for f in entity.funding if f.kind == kind]


def test_thirty_numbered_assignments(records):
    tasks = [e for e in records if e.kind == "Assignment"]
    assert [t.number for t in tasks] == [str(n) for n in range(1, 31)]
    # line 1-2: "1 Främja utveckling av mötesplatser för ökat / företagande och innovation i Halland"
    assert tasks[0].label == "Främja utveckling av mötesplatser för ökat företagande och innovation i Halland"
    # line 420-421: "5 Leda, driva och förvalta det generella företags- / och innovationsstödet" (hyphen kept)
    assert tasks[4].label == "Leda, driva och förvalta det generella företags- och innovationsstödet"
    # line 2343-2344: "30 Verksamhetens egna utvecklingsområden inom fokusområdet "Bättre digital tillgänglighet""
    assert tasks[29].label.endswith('fokusområdet "Bättre digital tillgänglighet"')
    assert len({t.key for t in tasks}) == 30


def test_rows_per_assignment(records):
    """Rows counted by hand in each assignment's table (e.g. lines 7-85: three rows under 1)."""
    tasks = [e for e in records if e.kind == "Assignment"]
    counted = [3, 1, 10, 1, 10, 2, 1, 1, 6, 1, 4, 2, 1, 1, 13, 1, 2, 1, 2, 14, 1, 1, 1, 1, 5, 1, 2, 1, 7, 3]
    assert [len(rows(records, t)) for t in tasks] == counted
    assert sum(e.kind in ("Activity", "Project") for e in records) == 100


def test_first_row_halland_tech_week(records):
    row = one(records, "Project", "Halland Tech Week")          # lines 8-9
    assert row.end_date == date(2021, 12, 31)                    # line 11
    assert row.owner.name == "Alexandersson"                     # line 11 "Ägare: Alexandersson"
    # lines 24-26 "Finansieringen från Region Halland är på 473 351 fördelat på 210 378kr 2020 och
    # 262 973kr 2021": the total; the field "RH medel: 307200kr" (line 12) is kept, not summed
    assert amounts(row) == [Decimal(473351)]
    assert amounts(row, "yearly-share") == [Decimal(210378), Decimal(262973), Decimal(307200)]
    assert row.comment.startswith("Det allra första Halland Tech Week")  # line 28


def test_one_region_funding_total_per_project(records):
    """Region Halland's money is summed per project: one region-funding record, the total."""
    uf = one(records, "Project", "Ung Företagsamhet 2019-2021")            # lines 1398-1400
    assert amounts(uf) == [Decimal(2436189)]                    # lines 1410-1411 "... finansierar projektet med 2 436 189 kr"
    assert amounts(uf, "yearly-share") == [Decimal(812063)]     # line 1403 "RH medel: 812 063kr" (x 3 = the total)
    tek = one(records, "Project", "Teknikcollege Halland")                 # lines 840-841
    assert amounts(tek) == [Decimal(600000)]                    # lines 850-851 "... finansierar projektet med 600 000 kr"
    assert amounts(tek, "yearly-share") == [Decimal(200000)]    # line 844 "RH medel: 200 000 kr"
    fdl = one(records, "Project", "Framtidens digitala lärande 2018-2020")  # lines 2120-2122
    assert amounts(fdl) == [Decimal(3202000)]                   # lines 2147-2148 "Region Halland finansierar med 3 202 000 kr"
    assert amounts(fdl, "yearly-share") == [Decimal(1067384)]   # line 2125 "RH medel: 1 067 384 kr"
    assert amounts(fdl, "total-budget") == [Decimal(8117000)]   # line 2146 "Total projektbudget är 8 117 000 kr"
    meal = one(records, "Project", "Måltidsturism")                         # line 1177
    assert (amounts(meal), amounts(meal, "yearly-share")) == ([], [Decimal(154000)])  # line 1179 "154 000 kr per år"
    projects = [e for e in records if e.kind == "Project"]
    assert all(len(amounts(p)) <= 1 for p in projects)


def test_owner_organisation_and_period(records):
    row = one(records, "Project", "BAS - Bygga Attraktiva Samhällen")   # lines 64-66
    assert row.owner.name == "Varbergs kommun"                  # line 68-69 "Projektägare: Varbergs kommun (Närings ...)"
    money = row.funding[0]
    assert (money.amount_sek, money.period) == (Decimal(1500000), "2019-2021")  # line 70 "RH: Medel 1 500 000 (2019-2021)"
    friesland = one(records, "Project", "Open Innovation Quarters")     # lines 40-41
    assert friesland.owner.name == "Provinse Friesland"         # line 43-44
    assert friesland.status.value == "pagar"                    # line 58 "Pågår enligt plan"


def test_inline_label_and_dnr_kept(records):
    row = one(records, "Project", "HTA")                        # line 128 "HTA 2020-12-31 Ägare: Region Halland"
    assert row.end_date == date(2020, 12, 31)
    assert amounts(row) == [Decimal(534000)]                     # line 130
    assert row.description.endswith("DNR:RS190087")              # line 136
    assert row.comment == "Uppdraget avslutas på FoU."           # line 138


def test_word_broken_labels_joined(records):
    # lines 141-147: "... Friskvårdsgrupp" / "er och" / "Aktivitetsgrupper"
    one(records, "Project", "Aktiviteter för barn och unga med behov av särskilt stöd – "
                            "Friskvårdsgrupper och Aktivitetsgrupper")
    one(records, "Project", "Tysklandssatsning")                 # lines 1557-1558 "Tysklands-" / "satsning"
    one(records, "Project", "Kommunikationsplattform Bioekonomi 17-20")  # lines 1218-1221


def test_amount_formats(records):
    bhv = one(records, "Project", "Överenskommelser Ökad tillgänglighet i Barnhälsovård")
    assert amounts(bhv) == [Decimal(2500000)]                    # line 311 "RH-medel 2,5 mkr"
    en_vag_in = one(records, "Project", "Psykisk hälsa En Väg In Barn och ungdomspsykiatrin")
    assert amounts(en_vag_in) == [Decimal(5000000)]              # line 820 "RH medel: 5mkr"
    oiq = one(records, "Project", "Open Innovation Quarters")
    assert amounts(oiq) == [Decimal(2205530)]                    # line 45 "RH Medel: 2 205 530"
    cancer = one(records, "Project", "Överenskommelse Kortare väntetider cancervård 2018")
    assert cancer.funding == []                                  # line 326 "RH-medel:" with no amount


def test_row_continued_after_page_break(records):
    row = one(records, "Project", "Riktade hälsosamtal")         # lines 386-387
    assert row.description.startswith("Samordna och driva införande")   # line 407, after the break at 403
    assert "covid-19-pandemin" in row.comment                   # lines 395 "covid-" / 414 "19-pandemin."
    assert row.status.value == "pausad"                          # line 395 "införandet pausades"
    assert Decimal(800000) in amounts(row, "yearly-share")       # line 390-391
    csr = one(records, "Project", "Partnerskap mellan CSR Västsverige och Region Halland 2020-2022")
    assert csr.lines == (1915, 1950)                             # label lines 1915-1917 + 1935-1936
    assert csr.owner.name == "CSR Västsverige"                   # line 1919 "Ansvarig: CSR Västsverige"
    assert csr.comment.endswith("Tidigare år har fördelningen vara den omvända.")  # lines 1949-1950


def test_focus_areas(records):
    tasks = {t.number: t for t in records if t.kind == "Assignment"}
    # line 1429: fokusområdet "Nära och sammanhållen vård"
    assert tasks["17"].parents == [Ref("FocusArea", "nara-och-sammanhallen-vard")]
    # lines 1471-1472: "Styrning utifrån kunskap om kvalitet inom Hälso- och sjukvård" -> canonical key
    assert tasks["18"].parents == [Ref("FocusArea", "styrning-utifran-kunskap-och-kvalitet-inom-halso-och")]
    assert tasks["30"].parents == [Ref("FocusArea", "battre-digital-tillganglighet")]   # line 2344
    assert tasks["1"].parents == []                              # line 1-2 names no focus area
    styrning = one(records, "FocusArea", "Styrning utifrån kunskap och kvalitet inom hälso- och sjukvård")
    assert "Styrning utifrån kunskap om kvalitet inom Hälso- och sjukvård" in styrning.alt_labels


def test_middle_rows(records):
    matgille = one(records, "Project", "Hallands Matgille")      # lines 1158-1159, "Projektet ska stärka" (1161)
    assert matgille.owner is None and matgille.end_date == date(2022, 10, 31)
    koordinator = one(records, "Activity", "Koordinator Måltidsturism och halländsk matidentitet")  # 1358-1361
    assert koordinator.end_date == date(2022, 12, 31)            # line 1363, no owner, no funding
    klusterutveckling = one(records, "Project", "Näringslivsdriven klusterutveckling")
    assert amounts(klusterutveckling, "total-budget") == [Decimal(349000)]   # lines 1242-1243
    gröna = one(records, "Project", "Förstudie Gröna möten")
    assert gröna.owner.name == "LRF"                             # line 1279 "Ägare: LRF. Förstudien utförs av Agroväst."
    assert gröna.description.endswith("livsmedels- och energiindustrin belyses och diskuteras.")  # line 1304-1305
    both = [e for e in records if e.label.startswith("Klimatpositiv Biokol")]
    assert len(both) == 2 and both[0].key != both[1].key          # lines 1191 and 2245, under 15 and 29
    assert one(records, "Project", "Hållbar evenemangsbaserad destinationsutveckling 2020 - "
                                   "Höstfesten i Kungsbacka").owner.name == "Aktivitetsyran"  # lines 1647-1668


def test_statuses_from_comment_words(records):
    assert one(records, "Project", "Ungdomsmottagning").status.value == "klar"          # line 750
    assert one(records, "Project", "FEIH 2 - Elvägens affärssystem").status.value == "ej-startad"  # 2339
    assert one(records, "Project", "Utveckla hjärtsjukvården i den regionala processen"
               ).status.value == "foljer-delvis-plan"                                     # line 682
    assert one(records, "Project", "Neurorehab").status is None                          # lines 1465-1468
    urban = one(records, "Project", "Hållbar evenemangsbaserad destinationsutveckling 2020 - "
                                    "Urban summer festival Kungsbacka")
    assert urban.status is None                                                          # line 1644


def test_row_the_text_calls_an_activity(records):
    # line 1903-1906 "Aktiviteten bör tas med till 2021 ... men ska vara en egen aktivitet"
    row = one(records, "Activity", "Ta fram riktlinje för webbtidbok")     # lines 1896-1897
    assert row.owner.name == "Inera" and [p.name for p in row.partners] == ["Region Halland"]  # line 1899
    assert [f.amount_sek for f in row.funding] == [Decimal(77000)]        # line 1900 "RH medel: 77 000 kr"


def test_last_row(records):
    row = one(records, "Project", "Digital utvecklingsinsats inom psykiatri -Att stärka kontaktmöjligheter "
                                  "för patienter med psykisk ohälsa")     # lines 2431-2438
    assert row.end_date == date(2021, 12, 31)                    # line 2440
    assert row.description.endswith("För mer info se RS200551 Delegationsbeslut - Digital utvecklingsinsats "
                                    "psykiatri")                  # lines 2551-2553
    assert row.comment.startswith("Film: Jag är orolig")          # line 2478
    multi = one(records, "Project", "Vidareutveckling av Stöd och behandling")
    assert (multi.owner.name, [p.name for p in multi.partners]) == ("INERA", ["Region Halland"])  # line 2354


def test_join_lines_rules():
    assert join_lines(["Friskvårdsgrupp", "er och "]) == "Friskvårdsgrupper och"
    assert join_lines(["covid-", "", "19-pandemin "]) == "covid-19-pandemin"
    assert join_lines(["företags- ", "och "]) == "företags- och"


def test_fast_and_deterministic(records):
    start = time.perf_counter()
    again = load_records("uf2020").entities
    assert time.perf_counter() - start < 2
    assert [(e.kind, e.key) for e in again] == [(e.kind, e.key) for e in records]


def test_unknown_row_key_in_curation_is_reported(tmp_path):
    text = (DATA / "curation" / "uf2020.yaml").read_text(encoding="utf-8")
    (tmp_path / "uf2020.yaml").write_text(text.replace("key: timbanken-2017-2020", "key: no-such-row"))
    with pytest.raises(InputError, match="no-such-row"):
        load_records("uf2020", tmp_path)


def test_missing_continuation_is_reported(tmp_path):
    text = (DATA / "curation" / "uf2020.yaml").read_text(encoding="utf-8")
    (tmp_path / "uf2020.yaml").write_text(text.replace("page_break: 949", "page_break: 1047\n    # removed"))
    with pytest.raises(InputError, match="page break at line 949"):
        load_records("uf2020", tmp_path)


def test_unknown_funding_kind_in_curation_is_reported(tmp_path):
    text = (DATA / "curation" / "uf2020.yaml").read_text(encoding="utf-8")
    (tmp_path / "uf2020.yaml").write_text(text.replace("amount_sek: 812063, kind: yearly-share",
                                                       "amount_sek: 812063, kind: per-year"))
    with pytest.raises(InputError, match="per-year"):
        load_records("uf2020", tmp_path)
