"""Row and cell reading for uf2019 (data/sources/001_715690af77561aa4.txt, "Bilaga 2").

The document is a table per goal (sections 1.1-1.7) with tab-separated rows
"Förvaltningens uppdrag <TAB> Kommentar <TAB> Aktivitet". Header rows repeat at every page
break; a cell cut by a page break continues in the first row after the repeated header.
This module only splits the text into rows, cells and status-marked items; the meaning of
each piece is settled in ``uf2019.py``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..sources import SourceText, clean_text

HEADER = re.compile(r"^Förvaltningens uppdrag\tKommentar\tAktivitet")
SECTION = re.compile(r"^1\.(\d) (\S.*)$")
# Status symbols that open an item; "!" and "—" only count when followed by a space.
SYMBOLS = "●◆▶✓⏸!—"
_ITEM_START = re.compile(r"(?:^|(?<=\s))([●◆▶✓⏸!—])(?:\s+|$)")
_PARAGRAPH = re.compile(r"<p>(.*?)</p>", re.S)
_UL = re.compile(r"<ul[^>]*>")
_INLINE = re.compile(r"</?(i|b|em|strong)>")   # inline tags: dropped without leaving a space


@dataclass
class Row:
    """One table row: its line, its three cells (raw text) and whether it opens a page."""

    line: int
    cells: list[str]
    after_header: bool


@dataclass
class Item:
    """One status-marked entry of a cell: the symbol (None if missing) and its clean text.

    ``listed`` marks an entry of a <ul> list whose bullet glyphs were lost: it opens a new
    entry even without a symbol, unlike a bare text that continues a cut cell."""

    symbol: str | None
    text: str
    listed: bool = False


def three_cells(text: str) -> list[str]:
    """The assignment, comment and activity cells of a tab-separated line.

    Lines 252-254 carry five cells: trailing empty ones are dropped, and a row whose two
    leading cells are empty (line 254) is shifted left so that its cells line up.
    """
    cells = _INLINE.sub("", text).split("\t")
    while len(cells) > 3 and not cells[-1].strip():
        cells.pop()
    if len(cells) > 3:
        cells = cells[-3:]
    return (cells + ["", "", ""])[:3]


def read_rows(source: SourceText) -> tuple[list[Row], list[tuple[int, str, str]]]:
    """All table rows in order, and the section headings as (line, number, title)."""
    rows: list[Row] = []
    sections: list[tuple[int, str, str]] = []
    after_header = False
    for number, text in enumerate(source.lines, start=1):
        if match := SECTION.match(text.strip()):
            sections.append((number, match.group(1), match.group(2).strip()))
        elif HEADER.match(text):
            after_header = True
        elif "\t" in text:
            rows.append(Row(number, three_cells(text), after_header))
            after_header = False
    return rows, sections


def chunks(cell: str) -> tuple[list[str], bool]:
    """The pieces of a cell and whether they come from a <ul> list.

    A <ul> list whose bullet glyphs were lost (lines 99-100) separates its entries by two or
    more spaces; otherwise the pieces are the <p> paragraphs, or the whole cell."""
    if _UL.search(cell):
        body = _UL.sub("", cell).replace("</ul>", "")
        return [piece for piece in re.split(r"\s{2,}", body) if piece.strip()], True
    paragraphs = _PARAGRAPH.findall(cell)
    return (paragraphs if paragraphs else [cell]), False


def items(cell: str) -> list[Item]:
    """The status-marked entries of a cell, in order; text before any symbol is an item
    with ``symbol=None`` (a lost glyph, or the tail of an entry cut at a page break)."""
    found: list[Item] = []
    pieces, listed = chunks(cell)
    for chunk in pieces:
        parts = _ITEM_START.split(clean_text(chunk))
        if parts[0].strip():
            found.append(Item(None, parts[0].strip(), listed))
        for symbol, body in zip(parts[1::2], parts[2::2]):
            found.append(Item(symbol, body.strip(), listed))
    return found


def plain(cell: str) -> str:
    """The clean text of a comment cell (tags dropped, whitespace folded)."""
    return clean_text(_UL.sub(" ", cell))
