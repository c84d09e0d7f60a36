"""Rows of the uf2018 assignment tables (*Årsprognos · Förvaltningens uppdrag · Kommentar*).

Reads the blocks of one chapter-2 section (uf2018_layout) into rows: a narrow block opens a
row (the "Förvaltningens uppdrag" cell), the wide blocks after it are its Kommentar. Where the
extraction ran the two cells into one line, or a narrow sub-heading sits inside a comment, the
curation file (data/curation/uf2018.yaml: ``split_cells``, ``not_labels``) says so by line.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..sources import clean_text
from .uf2018_layout import Block, Heading


@dataclass
class Part:
    """Text of a cell, or of part of one, with the lines it was read from."""

    first: int
    last: int
    text: str


@dataclass
class Row:
    label: list[Part] = field(default_factory=list)
    comment: list[Part] = field(default_factory=list)

    @property
    def first(self) -> int:
        return self.label[0].first

    @property
    def lines(self) -> tuple[int, int]:
        parts = self.label + self.comment
        return min(p.first for p in parts), max(p.last for p in parts)

    def label_text(self) -> str:
        return clean_text("\n".join(p.text for p in self.label))

    def comment_text(self) -> str:
        """The Kommentar cell; the PDF's private-use bullet glyph (U+F0B7) is written as "•"."""
        return clean_text("\n\n".join(p.text for p in self.comment)).replace("\uf0b7", "•")


@dataclass
class RowRules:
    """Curated corrections of the row reading, keyed by source line."""

    path: Path
    split_cells: dict[int, str]   # line -> the label part at the start of that line
    not_labels: set[int]          # first lines of narrow blocks that belong to a comment


def _part(block: Block) -> Part:
    return Part(block.first, block.last, "\n".join(block.lines))


def _split(block: Block, label: str, rules: RowRules) -> Row:
    """A block whose first line holds the end of the label cell and the start of the comment."""
    head = block.lines[0].strip()
    if not head.startswith(label):
        raise InputError(rules.path, None, f"split_cells: line {block.first} does not start with {label!r}: {head!r}")
    rest = "\n".join([head[len(label):].strip()] + block.lines[1:])
    return Row([Part(block.first, block.first, label)], [Part(block.first, block.last, rest)])


def rows(heading: Heading, rules: RowRules) -> list[Row]:
    """The table rows of one section, in document order; prose before the table is left out."""
    found: list[Row] = []
    for block in (b for b in heading.blocks if b.in_table):
        current = found[-1] if found else None
        if block.first in rules.split_cells:
            found.append(_split(block, rules.split_cells[block.first], rules))
        elif current is None:
            if not block.narrow:
                raise InputError(rules.path, None, f"source line {block.first}: table of {heading.number} starts "
                                 "with a wide block; add it to split_cells or not_labels")
            found.append(Row([_part(block)]))
        elif not current.comment:
            current.comment.append(_part(block))
        elif block.after_header and block.narrow and block.starts_lower:
            current.label.append(_part(block))       # assignment cell continued over a page break
        elif block.narrow and not block.starts_lower and block.first not in rules.not_labels:
            found.append(Row([_part(block)]))
        else:
            current.comment.append(_part(block))
    return found

