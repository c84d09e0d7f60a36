"""Appendix 5 of vp2022 (data/sources/004_e40f99ca168f9349.txt, "5 Bilaga", lines 527-569).

The table *Regionfullmäktiges Fokusområde · Regiongemensamma uppdrag · Förvaltningens uppdrag*
repeats chapter 2. Its text extraction ran some cells together ("Laddinfrastruktur … Destruktions-
anläggning för lustgas") and shifted some rows (joint assignments in the focus-area column). The
graph follows chapter 2; this module reads every cell, resolves it to the chapter-2 node it names
(curated aliases where the wording differs) and reports each row that places an assignment other
than chapter 2 does, so that the curation file must acknowledge it.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..sources import SourceText, clean_text, loose

HEADER = "Regionfullmäktiges Fokusområde"
SECTION_PREFIX = "Avsnitt i Mål och budget:"
# kinds a cell of each column may name, most expected first (rows 566-568 are shifted left)
_MIN_JOINT = 15  # a joint's short form is a long clause; shorter tails are not taken as one
COLUMN_KINDS = (("area", "joint", "assignment"), ("joint", "assignment"), ("assignment", "joint"))


@dataclass
class Node:
    """A chapter-2 node an appendix cell can name: a focus area/plan section, joint or assignment."""

    kind: str                      # "area" | "joint" | "assignment"
    key: str
    match: str                     # loose text the cell must equal (area, assignment) or end (joint)
    area: str | None = None        # for joints and assignments: the area key
    joint: str | None = None       # for assignments: the joint key (None when it serves the area alone)


@dataclass
class Reading:
    """What one appendix row says, resolved to chapter-2 nodes."""

    line: int
    cells: list[str]
    names: list[tuple[int, str, Node]] = field(default_factory=list)  # (column, text, node)
    area: str | None = None
    joint: str | None = None
    problems: list[str] = field(default_factory=list)


class Resolver:
    """Finds the chapter-2 node a piece of cell text names (aliases: column-scoped appendix wording)."""

    def __init__(self, nodes: list[Node], aliases: dict[tuple[int, str], str]):
        self.nodes, self.aliases = nodes, aliases

    def one(self, column: int, text: str) -> Node | None:
        target = loose(self.aliases.get((column, loose(text)), text))
        for kind in COLUMN_KINDS[column]:
            for node in self.nodes:
                if node.kind == kind and self.matches(node, target):
                    return node
        return None

    @staticmethod
    def matches(node: Node, target: str) -> bool:
        """Areas and assignments match whole; a joint's short form ends its chapter-2 heading."""
        if node.kind == "joint":
            return len(target) >= _MIN_JOINT and node.match.endswith(target)
        return target == node.match

    def cell(self, column: int, text: str) -> list[tuple[str, Node]] | None:
        """The node(s) a cell names; a cell that runs two names together is split at a word gap."""
        found = self.one(column, text)
        if found:
            return [(text, found)]
        words = text.split(" ")
        for cut in range(1, len(words)):
            head, tail = " ".join(words[:cut]), " ".join(words[cut:])
            first = self.one(column, head)
            rest = self.cell(column, tail) if first else None
            if rest:
                return [(head, first)] + rest
        return None


def rows(source: SourceText, first: int, last: int) -> list[tuple[int, list[str]]]:
    """The table rows of the appendix (header rows and blank lines skipped), cells cleaned."""
    found = []
    for number in range(first, last + 1):
        text = source.line(number)
        if not text.strip() or text.startswith(HEADER):
            continue
        cells = [clean_text(c) for c in text.split("\t")] + ["", ""]
        cells[0] = cells[0].removeprefix(SECTION_PREFIX).strip()
        found.append((number, cells[:3]))
    return found


def read(rows_: list[tuple[int, list[str]]], resolver: Resolver) -> list[Reading]:
    """Every row resolved; the area carries down, the joint carries down within the same area."""
    readings, area, joint = [], None, None
    for line, cells in rows_:
        reading = Reading(line, cells)
        for column, text in enumerate(cells):
            if not text:
                continue
            named = resolver.cell(column, text)
            if named is None:
                reading.problems.append(f"cell {column + 1} {text!r} names no heading of chapter 2")
                continue
            reading.names += [(column, piece, node) for piece, node in named]
        areas = [n for _, _, n in reading.names if n.kind == "area"]
        joints = [n for _, _, n in reading.names if n.kind == "joint"]
        if areas and areas[0].key != area:
            area, joint = areas[0].key, None
        joint = joints[0].key if joints else joint
        reading.area, reading.joint = area, joint
        readings.append(reading)
    return readings


def disagreements(reading: Reading) -> list[tuple[Node | None, str]]:
    """How the row differs from chapter 2 (shifted columns, assignments placed elsewhere), per node."""
    found: list[tuple[Node | None, str]] = [(None, problem) for problem in reading.problems]
    for column, text, node in reading.names:
        if node.kind != COLUMN_KINDS[column][0]:
            found.append((node, f"{text!r} stands in column {column + 1} but is a {node.kind} in chapter 2"))
        if node.kind == "assignment" and (node.area, node.joint) != (reading.area, reading.joint):
            found.append((node, f"{text!r} is read under ({reading.area}, {reading.joint}); "
                                f"chapter 2 has ({node.area}, {node.joint})"))
        if node.kind == "joint" and node.area != reading.area:
            found.append((node, f"joint {text!r} is read under {reading.area}; chapter 2 has {node.area}"))
    return found
