"""Statuses of the 2018, 2019 and 2020 follow-ups (strategigraf.analysis.timeline)."""
from __future__ import annotations

import pytest

from strategigraf.analysis import timeline


@pytest.fixture(scope="module")
def entries(service):
    return timeline.assessments(service)


def _find(entries, year, start):
    return next(e for e in entries if e["year"] == year and e["label"].startswith(start))


def test_2018_energy_goal_is_not_met(entries):
    # 002 L395-402: "Till 2020 ska den totala energianvändningen ha minskat med 20% ... målet bedöms
    # inte kunna nås till 2020"
    entry = _find(entries, 2018, "Till 2020 ska den totala energianvändningen")
    assert entry["status"] == "uppfylls-inte" and entry["outcome"] == "Stannat av"


def test_2019_paused_activity(entries):
    # 001 L171: "⏸ Om ESF-ansökan är framgångsrik: bevaka VÅXA 2.0"
    entry = _find(entries, 2019, "Om ESF-ansökan är framgångsrik")
    assert entry["status"] == "pausad" and entry["kind"] == "Activity"


def test_2020_project_never_started_is_listed_as_stalled(entries):
    # 003 L2331-2341: "FEIH 2 - Elvägens affärssystem ... Projektet startades aldrig"
    entry = _find(entries, 2020, "FEIH 2")
    assert entry["status"] == "ej-startad"
    stalled = timeline.stalled_table(entries)
    row = next(r for r in stalled if r["Namn"].startswith("FEIH 2"))
    assert row["År"] == 2020 and "startades aldrig" in row["Kommentar"]


def test_riktade_halsosamtal_went_from_ongoing_to_paused(service, entries):
    # 001 L220: "▶ Riktade hälsosamtal" (pågår, 2019); 003 L386-418: the pilot was paused in 2020
    # ("pilotinförandet återupptas hösten 2021")
    history = next(h for h in timeline.histories(service, entries) if h["label"] == "Riktade hälsosamtal")
    assert history["outcomes"][2019] == "Pågår" and history["outcomes"][2020] == "Stannat av"


def test_outcomes_per_year_add_up(entries):
    # 002 L102-106 (legend of 2018: uppfylls / delvis / inte); every assessment falls in one outcome group
    per_year = timeline.outcome_by_year(entries)
    for n, year in enumerate((2018, 2019, 2020)):
        assert sum(values[n] for values in per_year.values()) == sum(1 for e in entries if e["year"] == year)
    assert set(per_year) == set(timeline.OUTCOMES)


def test_goal_table_has_stark_konkurrenskraft_in_2019_and_2020(entries):
    # 001 section 1.2 and the 2020 projects continuing its activities (e.g. 003 "Timbanken 2017-2020")
    table = timeline.outcome_table(entries)
    years = {r["År"] for r in table if r["Mål"] == "Stark konkurrenskraft"}
    assert {2019, 2020} <= years
