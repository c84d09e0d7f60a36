"""The tab-separated tables of vp2022 (data/sources/004_e40f99ca168f9349.txt).

- 3.3.1 Medarbetare and 3.3.2 Ekonomi: *Indikatorer · Beskrivning* → Indicator.
- 4.1 Driftbudget: *Kontoklass (belopp i mnkr) · Regionkontoret inkl. IT · Utveckling ·
  Förtroendevalda* → BudgetLine with one Amount per column.
- 4.2 Investeringsbudget: *Investering (belopp i mnkr) · Total budget · 2022 · 2023 · 2024*, rows
  grouped under "Redan beslutade investeringar", "Nya behov av investeringar", "Reinvesteringar"
  → Investment, its group as description; empty cells (no total for reinvestments) give no Amount.
"""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

from ..errors import InputError
from ..model import Amount, Entity, Ref
from ..slugs import slugify
from ..sources import SourceText, clean_text
from .vp2022_chapters import Section


def table(source: SourceText, section: Section, header: str) -> list[tuple[int, list[str]]]:
    """Rows (line, cells) after the row starting with ``header`` up to the end of the section."""
    start = next((n for n in range(section.line, section.end + 1) if source.line(n).startswith(header)), None)
    if start is None:
        raise InputError(source.path, section.line, f"section {section.number}: no table row starting {header!r}")
    found = [(start, source.line(start).split("\t"))]
    for number in range(start + 1, section.end + 1):
        if not source.line(number).strip():
            break
        found.append((number, [clean_text(c) for c in source.line(number).split("\t")]))
    return found


def mnkr(source: SourceText, line: int, text: str) -> Decimal:
    """A figure in mnkr as printed ("-380,1", "0,0")."""
    try:
        return Decimal(text.replace("\u2212", "-").replace(" ", "").replace(",", "."))
    except InvalidOperation:
        raise InputError(source.path, line, f"{text!r} is not an amount in mnkr") from None


def amounts(source: SourceText, line: int, columns: list[str], cells: list[str]) -> list[Amount]:
    """One Amount per non-empty cell; a column named by a year ("2022") sets ``year``."""
    return [Amount(column, mnkr(source, line, cell), int(column) if column.isdigit() else None)
            for column, cell in zip(columns, cells) if cell]


def indicators(source: SourceText, section: Section, parent: Ref) -> list[Entity]:
    """The indicator rows of 3.3.1 or 3.3.2, label and description as printed."""
    found = []
    for line, cells in table(source, section, "Indikatorer\tBeskrivning")[1:]:
        if len(cells) != 2:
            raise InputError(source.path, line, f"expected 'indicator<TAB>description', got {len(cells)} cells")
        found.append(Entity("Indicator", slugify(cells[0]), cells[0], (line, line), [parent],
                            description=cells[1], note=f"Listed under {section.number} {section.title}."))
    return found


def budget_lines(source: SourceText, section: Section) -> list[Entity]:
    """4.1 Driftbudget: one BudgetLine per account class row."""
    rows = table(source, section, "Kontoklass")
    columns = [clean_text(c) for c in rows[0][1][1:]]
    return [Entity("BudgetLine", slugify(cells[0]), cells[0], (line, line),
                   amounts=amounts(source, line, columns, cells[1:]), description=f"{section.title} (mnkr)")
            for line, cells in rows[1:]]


def investments(source: SourceText, section: Section) -> list[Entity]:
    """4.2 Investeringsbudget: one Investment per row, described by its group heading row."""
    rows = table(source, section, "Investering")
    columns = [clean_text(c) for c in rows[0][1][1:]]
    found, group = [], None
    for line, cells in rows[1:]:
        if not any(cells[1:]):
            group = cells[0]
            continue
        if group is None:
            raise InputError(source.path, line, "investment row before any group heading row")
        found.append(Entity("Investment", slugify(cells[0]), cells[0], (line, line), description=group,
                            amounts=amounts(source, line, columns, cells[1:])))
    return found
