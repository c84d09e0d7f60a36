"""Reading the cells of one row of the 2020 follow-up (data/sources/003_e06f47aa00c53ee0.txt).

The Beskrivning column of each row opens with "Ägare:"/"Projektägare:"/"Ansvarig:" (the owning
organisation) and "RH medel:"/"RH Medel:"/"RH-medel"/"RH: Medel"/"RH finansiering:" (Region
Halland's funding in SEK), then "Beskrivning:" and the text. This module turns the PDF's wrapped
lines into text and reads those fields; the layout of rows is in ``uf2020``.
"""
from __future__ import annotations

import re
from decimal import Decimal

from ..model import Funding, Status

# Region Halland's funding: "RH medel: 307200kr", "RH: Medel 1 500 000 (2019-2021)", "RH-medel 2,5 mkr".
_AMOUNT = r"(\d{1,3}(?: \d{3})+(?![\d,])|\d+(?:,\d+)?)\s*(mkr|mnkr|kr|SEK)?"
REGION_FUNDING = re.compile(r"RH\s*[-:]?\s*(?:medel|finansiering)\s*:?\s*" + _AMOUNT
                            + r"(?:\s*\((\d{4}-\d{4})\))?(\s*per år)?", re.IGNORECASE)
# Amounts stated in the description text: a project's total budget and Region Halland's share.
TOTAL_BUDGET = re.compile(r"Total (?:projekt)?budget(?::| är)?\s*" + _AMOUNT, re.IGNORECASE)
RH_FINANCES = re.compile(r"Region Halland finansierar (?:projektet )?med\s*" + _AMOUNT)
OWNER = re.compile(r"^(?:Ägare|Projektägare|Ansvarig)\s*:\s*(.+?)\s*(?=RH\b|RH-|Total projektbudget|Beskrivning:|$)")
_FIELD_PREFIX = re.compile(r"^(?:(?:Ägare|Projektägare|Ansvarig)\s*:.*?(?=RH\b|RH-|Total projektbudget|$)\s*)?"
                           r"(?:RH\s*[-:]?\s*(?:medel|finansiering)\s*:?\s*(?:" + _AMOUNT + r")?"
                           r"(?:\s*\(\d{4}-\d{4}\))?\s*)?", re.IGNORECASE)


def join_lines(raws: list[str]) -> str:
    """One line of text from wrapped PDF lines.

    A line that ends without a trailing space was broken inside a word ("Friskvårdsgrupp"/"er");
    one that ends in "-" without a space was hyphenated at the break ("Tysklands-"/"satsning"),
    unless the hyphen belongs to the word ("covid-"/"19", "E-"/"hälsomyndighetens", "pop-up-"/"parker").
    A line ending "- " keeps its hyphen and space ("företags- och"). Blank lines separate paragraphs.
    """
    text, broken = "", False
    for raw in raws:
        line = raw.strip()
        if not line:
            if not broken and text and not text.endswith(" "):
                text += " "
            continue
        if broken and text.endswith("-") and not _keeps_hyphen(text, line):
            text = text[:-1]
        text += line
        broken = raw == raw.rstrip()
        if not broken:
            text += " "
    return re.sub(r"\s+", " ", text.replace("\uf0b7", "•")).strip()


def _keeps_hyphen(before: str, after: str) -> bool:
    word = before.rsplit(" ", 1)[-1]
    return after[:1].isupper() or after[:1].isdigit() or word[-2:-1].isupper() \
        or word[-2:-1].isdigit() or "-" in word[:-1]


def sek(number: str, unit: str | None) -> Decimal:
    """"2 205 530" -> 2205530; "2,5" with "mkr" -> 2500000."""
    value = Decimal(number.replace(" ", "").replace(",", "."))
    return value * 1_000_000 if unit and unit.lower() in ("mkr", "mnkr") else value


def owner_text(cell: str) -> str | None:
    """The owner as written after "Ägare:"/"Projektägare:"/"Ansvarig:", or None."""
    found = OWNER.match(cell)
    return found.group(1).strip() if found and found.group(1).strip() else None


def fundings(cell: str, lines: tuple[int, int]) -> list[Funding]:
    """Region Halland's funding field, and total budgets / Region Halland's share stated in the text."""
    result = []
    for match in REGION_FUNDING.finditer(cell):  # "154 000 kr per år" is a yearly amount
        result.append(Funding(sek(match.group(1), match.group(2)), lines, match.group(0).strip(),
                              period=match.group(3), kind="yearly-share" if match.group(4) else "region-funding"))
    for match in TOTAL_BUDGET.finditer(cell):
        result.append(Funding(sek(match.group(1), match.group(2)), lines, match.group(0).strip(),
                              kind="total-budget"))
    for match in RH_FINANCES.finditer(cell):
        result.append(Funding(sek(match.group(1), match.group(2)), lines, match.group(0).strip()))
    return result


def description(cell: str) -> str | None:
    """The "Beskrivning:" text; where there is no such label, the cell after the owner and funding fields."""
    if "Beskrivning:" in cell:
        text = cell.split("Beskrivning:", 1)[1]
    else:
        text = _FIELD_PREFIX.sub("", cell, count=1)
    text = text.strip()
    return None if re.fullmatch(r"(DNR:?)?", text) else text  # "Beskrivning: DNR:" states nothing


def status_from(comment: str | None, phrases: list[dict], lines: tuple[int, int]) -> Status | None:
    """The first curated phrase (data/curation/uf2020.yaml, status_phrases) found in the comment."""
    if not comment:
        return None
    folded = comment.lower()
    for rule in phrases:
        at = folded.find(rule["phrase"].lower())
        if at >= 0:
            return Status(rule["value"], lines, comment[at:at + len(rule["phrase"])])
    return None
