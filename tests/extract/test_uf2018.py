"""Facts of uf2018 (data/sources/002_2fb47e370365774c.txt, "Uppföljningsrapport 2 jan-aug 2018",
Regionkontoret), read by hand; each assertion cites the source line it checks."""
from __future__ import annotations

import shutil
from collections import Counter
from decimal import Decimal

import pytest

from strategigraf.errors import InputError
from strategigraf.extract import BY_ID
from strategigraf.model import Ref
from strategigraf.paths import DATA
from strategigraf.sources import SourceText

from .conftest import load_records, one

SOURCE = DATA / "sources" / BY_ID["uf2018"].filename


@pytest.fixture(scope="module")
def records():
    return load_records("uf2018").entities


def priority(records, number):
    return next(e for e in records if e.kind == "Priority" and e.number == number)


def assignments_of(records, number):
    ref = priority(records, number).ref
    return [e for e in records if e.kind == "Assignment" and ref in e.parents]


def amounts(entity):
    return {a.label: a.value_msek for a in entity.amounts}


def test_goals_are_the_eight_delmal_with_canonical_keys(records):
    goals = [e for e in records if e.kind == "Goal"]
    assert [g.key for g in goals][:3] == ["hog-attraktivitet", "stark-konkurrenskraft", "fler-i-arbete"]  # l.108, 568, 1084
    assert len(goals) == 8                                                                              # l.108-1872
    # l.1313-1314 "2.4 Delmål :Arbetar hälsofrämjande och levererar en individuell hälso- och sjukvård …"
    assert goals[3].label.startswith("Arbetar hälsofrämjande och levererar en individuell hälso- och sjukvård")
    assert goals[3].lines == (1313, 1314)


def test_priorities_numbered_under_their_goal(records):
    assert sum(e.kind == "Priority" for e in records) == 49   # 10+9+6+6+3+2+2+11 headings 2.1.1 … 2.8.11
    first = priority(records, "2.1.1")                         # l.177-179
    assert first.label == ("Regionförstoring genom utveckling av kollektivtrafik och infrastruktur, "
                           "såväl söderut som norrut. Fortsatt arbete för goda förbindelser med Stockholm")
    assert first.parents == [Ref("Goal", "hog-attraktivitet")]
    # l.1893 "2.8.2 Följa upp och planera ekonomin utifrån flöden" — the prose after it is not part of the label
    assert priority(records, "2.8.2").label == "Följa upp och planera ekonomin utifrån flöden"
    assert priority(records, "2.8.11").parents == [Ref("Goal", "har-en-tydlig-prioritering-av-hur-kompetens-och-resurser")]


def test_assignment_counts_per_priority(records):
    assert sum(e.kind == "Assignment" for e in records) == 109
    assert len(assignments_of(records, "2.1.1")) == 6    # l.184-240: Nationell plan … Ta fram Regional Cykelplan
    assert len(assignments_of(records, "2.1.9")) == 8    # l.395-484
    assert len(assignments_of(records, "2.2.8")) == 5    # l.846-1049
    assert len(assignments_of(records, "2.3.1")) == 4    # l.1119-1167 (l.1141 "Strategiskt verka …" is its own row)
    assert len(assignments_of(records, "2.5.2")) == 5    # l.1627-1701 (l.1670 "Säkerställ "Trygg och säker …"")
    assert len(assignments_of(records, "2.8.3")) == 11   # l.1912-2098
    for number in ("2.6.1", "2.6.2", "2.8.2"):            # l.1730, 1737, 1893: prose, no table
        assert assignments_of(records, number) == []


def test_rows_beginning_middle_end(records):
    row = one(records, "Assignment", "Nationell plan 2018-2029")                     # l.184-191
    assert row.comment.startswith("Nationell plan är beslutad. För Markarydsbanan pågår diskussioner")
    assert row.lines == (184, 191)
    # l.647-650 + page break + l.660-661; comment l.652-656 + l.663
    row = one(records, "Assignment", "Fastställa hur resurser, motsvarande skogsallmänningens avkastning, "
                                     "kan riktas till utveckling inom grön tillväxt. (från MoB 2018)")
    assert row.comment.endswith("utgöra en resurs i det sammanhanget.”")
    row = one(records, "Assignment", "Implementera medarbetarriktlinje")              # l.2249-2253, last of 2.8.11
    assert row.parents == [priority(records, "2.8.11").ref]
    assert row.comment == "Arbetet pågår med att ta fram verktyg hur man kan förankra medarbetaruppdraget."


def test_curated_readings(records):
    # l.1579: cell and comment run together on one line
    row = one(records, "Assignment", "Hälsoinriktade insatser")
    assert row.comment.startswith("Sexuell hälsa; framtagande av sexuell handlingsplan")
    assert "Personcentrerad vård;" in row.comment                                    # l.1602
    # l.334/336: headings 2.1.6 and 2.1.7 printed together; l.344 belongs to 2.1.6
    row = one(records, "Assignment", "En god och jämlik offentlig samhällsservice.")
    assert row.parents == [priority(records, "2.1.6").ref]
    # l.990 "Arbetsmarknad" is a sub-heading inside the RSS comment, not a row
    assert not [e for e in records if e.label == "Arbetsmarknad"]
    rss = [e for e in assignments_of(records, "2.2.8") if e.label.startswith("Driva gemensamma utvecklingsfrågor")]
    assert "Arbetsmarknad Ett avtal har tecknats" in rss[0].comment                  # l.990-994
    # l.314-315 "Landsbygdsperspektive / t integreras" rejoined
    assert any(e.label.startswith("Landsbygdsperspektivet integreras i arbetet") for e in records)


def test_statuses_only_where_words_state_the_forecast(records):
    stated = {e.label: e.status.value for e in records if e.kind == "Assignment" and e.status}
    assert stated["Stärk små barns språkutveckling"] == "uppfylls-delvis"            # l.1125-1126
    assert stated["Ta fram strategi/plan för att stänga kompetensgapet mellan nu och 2021"] == "uppfylls-delvis"  # l.2123-2124
    # l.1376-1378 "Uppdraget har genomförts enligt plan" (the assignment to propose a model for care at home)
    assert stated["Ta fram förslag på modell för avancerad vård i hemmet (aktivitetskort D från 2017)"] == "uppfylls"
    # l.401-402 "målet bedöms inte kunna nås till 2020"
    assert stated["Till 2020 ska den totala energianvändningen ha minskat med 20% jämfört med 2010"] == "uppfylls-inte"
    # symbols were images (l.102-106 are empty); only l.401, 546, 862, 1126, 1378, 2124 state it in words
    assert len(stated) == 6


def test_policy_section(records):
    section = one(records, "PlanSection", "Policy")                                   # l.2255 "2.9 Policy"
    row = one(records, "Assignment", "Antikorruptionspolicy")                         # l.2260
    assert row.parents == [section.ref]
    assert row.comment.startswith("Den av regiondirektören utsedda arbetsgruppen")


def test_budget_lines_and_investments(records):
    kinds = Counter(e.kind for e in records)
    assert kinds["BudgetLine"] == 14 and kinds["Investment"] == 2
    bas = one(records, "BudgetLine", "Regionkontoret Bas")                            # l.2310
    assert amounts(bas)["Budget 2018"] == Decimal("-273.7")
    assert amounts(bas)["Prognostiserad avvikelse mot budget 2018"] == Decimal("-6.0")
    total = one(records, "BudgetLine", "Totalt Regionstyrelsens verksamheter")        # l.2321-2325
    assert amounts(total)["Ack. resultat jan-aug 2018"] == Decimal("19.9")
    eplan = one(records, "Investment", "Investeringar e-plan")                        # l.2336
    assert amounts(eplan) == {"Utfall 8 månader 2018": Decimal("0.3"), "Budget 2018": Decimal("3"),
                              "Prognos 2018": Decimal("1.5")}
    state = one(records, "BudgetLine", "Statligt anslag för Regional utveckling")     # l.2486-2494
    assert amounts(state)["Kvar att besluta om"] == Decimal("0.1")
    assert amounts(state)["Beslutade utvecklingsmedel per 2018-08-31"] == Decimal("-10.7")


def test_economic_indicators_of_1_1(records):
    # l.84-86 "Indikator Årsprognos Årsbudget Avvikelse / Ekonomisk avvikelse, årsprognos -6,0 mnkr …": an indicator
    prognos = one(records, "Indicator", "Ekonomisk avvikelse, årsprognos")
    assert amounts(prognos) == {"Årsprognos": Decimal("-6.0"), "Årsbudget": Decimal("0.0"), "Avvikelse": Decimal("-6.0")}
    result = one(records, "Indicator", "Resultat jämfört med budget, ackumulerat")    # l.74-76
    assert amounts(result) == {"Ack resultat": Decimal("19.9"), "Ack budget": Decimal("0.0"),
                               "Ack avvikelse": Decimal("19.9")}


def test_first_column_of_3_1_is_2017(records):
    # l.2350-2354 and l.2356-2360 both print "Ack(.) resultat jan-aug 2018"; the first column's figures add up to
    # the chapter 3 table's 2017 column (l.2308 Förtroendevalda -21,5 = l.2389 -21,4 + l.2394 -0,1)
    def first_two(key):
        entity = next(e for e in records if e.kind == "BudgetLine" and e.key == key)
        return [(a.value_msek, a.year) for a in entity.amounts][:2]
    assert first_two("fortroendevalda") == [(Decimal("-21.5"), 2017), (Decimal("-22.9"), 2018)]      # l.2308
    assert first_two("fortroendevalda-3-1") == [(Decimal("-21.4"), 2017), (Decimal("-22.4"), 2018)]  # l.2389


def test_indicators(records):
    assert sum(e.kind == "Indicator" for e in records) == 4   # l.74-76, l.84-86 (1.1), l.2421-2437 (3.2 Personal)
    assert one(records, "Indicator", "Personalomsättning").description == "Personalomsättning (R12 medel) 14,9%"  # l.2421-2422
    assert one(records, "Indicator", "Sjukfrånvaro").lines == (2432, 2437)
    assert one(records, "Indicator", "Personalomsättning").lines == (2421, 2430)   # the row, not the header l.2419


def test_keys_unique_and_labels_in_their_lines(records):
    source = SourceText(SOURCE)
    assert len({(e.kind, e.key) for e in records}) == len(records)
    for entity in records:   # a cell split by a page break (e.g. l.415-435) is not contiguous: check its start
        if entity.kind == "Assignment":
            assert source.contains(" ".join(entity.label.split()[:4]), *entity.lines), entity.label


def test_stale_curation_entry_names_file_and_line(tmp_path):
    for name in ("uf2018.yaml", "uf2018-economy.yaml"):
        shutil.copy(DATA / "curation" / name, tmp_path / name)
    path = tmp_path / "uf2018.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace('printed: "3årsperiod"', 'printed: "4årsperiod"'),
                    encoding="utf-8")
    with pytest.raises(InputError) as error:
        load_records("uf2018", tmp_path)
    assert error.value.path == path and error.value.line and "matches no" in error.value.message
