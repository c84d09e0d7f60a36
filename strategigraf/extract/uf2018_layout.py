"""Layout reading of uf2018 chapter 2 (data/sources/002_…txt): sections and table rows.

Chapter 2 "Uppföljning av verksamhet och aktivitet per delmål" prints, per delmål (2.1–2.8) and
for 2.9 Policy, numbered priorities ("2.1.1 …"), each followed by a table
*Årsprognos · Förvaltningens uppdrag · Kommentar*. The text extraction prints the assignment
cell (a narrow column, at most ~26 characters a line) as one block and the comment (a wide
column) as the following block(s). Page breaks repeat the table header and may split a cell:
a narrow block starting in lower case right after a repeated header continues the assignment.
This module only finds blocks and rows; uf2018_chapter2 turns them into entities.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..sources import SourceText

NARROW = 28  # widest line of the "Förvaltningens uppdrag" column in this document
HEADER_LINES = {"Årsprognos Förvaltningens", "uppdrag Kommentar", "Årsprogn", "os", "Förvaltningens"}
FOOTER = re.compile(r"^Regionkontoret, Uppföljningsrapport 2 jan-aug 2018")
GOAL = re.compile(r"^\s*(2\.[1-8])\s+Delmål\s*:\s*(\S.*)$")
POLICY = re.compile(r"^\s*(2\.9)\s+(Policy)\s*$")
PRIORITY = re.compile(r"^\s*(2\.\d\.\d+)\s+(\S.*)$")
CHAPTER2 = re.compile(r"^\s*2 Uppföljning av verksamhet och aktivitet per\s*$")
CHAPTER3 = re.compile(r"^\s*3 Regionkontoret - uppföljning av resurser\s*$")


@dataclass
class Block:
    """Consecutive non-blank lines (1-based ``first``..``last``) of one cell or paragraph."""

    first: int
    last: int
    lines: list[str]
    after_header: bool = False   # a (repeated) table header came right before this block
    in_table: bool = False       # a table header came earlier in the same section (else: prose)

    @property
    def narrow(self) -> bool:
        return all(len(line.strip()) <= NARROW for line in self.lines)

    @property
    def starts_lower(self) -> bool:
        return self.lines[0].strip()[:1].islower()


@dataclass
class Heading:
    """A numbered heading: a delmål (2.1), the policy section (2.9) or a priority (2.1.1)."""

    kind: str          # "goal", "policy" or "priority"
    number: str
    first: int
    last: int
    text: list[str]
    blocks: list[Block] = field(default_factory=list)   # body up to the next heading
    table: bool = False  # whether a table header occurs in the body


def chapter_range(source: SourceText) -> tuple[int, int]:
    """First and last line of chapter 2 (after the table of contents, before chapter 3)."""
    start = next(i for i in range(1, len(source) + 1) if CHAPTER2.match(source.line(i)))
    end = next(i for i in range(start, len(source) + 1) if CHAPTER3.match(source.line(i)))
    return start, end - 1


def _heading_at(source: SourceText, number: int) -> Heading | None:
    line = source.line(number)
    for kind, pattern in (("goal", GOAL), ("policy", POLICY), ("priority", PRIORITY)):
        match = pattern.match(line)
        if match:
            last = number
            while last + 1 <= len(source) and _continues_heading(source.line(last + 1)):
                last += 1
            text = [match.group(2)] + [source.line(i) for i in range(number + 1, last + 1)]
            return Heading(kind, match.group(1), number, last, text)
    return None


def _continues_heading(line: str) -> bool:
    """A wrapped heading goes on with unindented lines; prose after it starts indented or after a blank."""
    return bool(line.strip()) and not line[:1].isspace() and line.strip() not in HEADER_LINES


def headings(source: SourceText) -> list[Heading]:
    """All numbered headings of chapter 2 with the blocks of their bodies."""
    start, end = chapter_range(source)
    found: list[Heading] = []
    number, header_seen = start, False
    while number <= end:
        heading = _heading_at(source, number)
        if heading:
            found.append(heading)
            number, header_seen = heading.last + 1, False
            continue
        text = source.line(number).strip()
        if text in HEADER_LINES:
            header_seen = True
            if found:
                found[-1].table = True
        elif text and not FOOTER.match(text) and found:
            block = _block(source, number, end, header_seen)
            block.in_table = found[-1].table
            found[-1].blocks.append(block)
            number, header_seen = block.last, False
        number += 1
    return found


def _block(source: SourceText, first: int, end: int, after_header: bool) -> Block:
    """The block starting at ``first``: runs until a blank, header, footer or heading line."""
    last = first
    while last + 1 <= end:
        text = source.line(last + 1).strip()
        if not text or text in HEADER_LINES or FOOTER.match(text) or _heading_at(source, last + 1):
            break
        last += 1
    return Block(first, last, [source.line(i) for i in range(first, last + 1)], after_header)
