"""Headings of Regionkontorets verksamhetsplan 2022 (vp2022, data/sources/004_e40f99ca168f9349.txt).

Reads the numbered section headings ("2.1 Utvecklad samverkan …", "4.2 Investeringsbudget") and,
inside chapter 2 "Målstyrning" and section 3.2 "Aktiviteter för att säkra genomförande", the
unnumbered headings of the administration's assignments and of the joint assignments
("Region Hallands förvaltningar ska tillsammans arbeta för att …", "Regiongemensamt uppdrag: …").

In chapter 2 a section first lists the assignments that serve the focus area alone, then each
joint assignment heading followed by the assignments that serve it; a joint assignment holds
until the next joint assignment or section heading (2.3, 2.4, 2.5–2.8 all follow this layout).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..errors import InputError
from ..sources import SourceText, clean_text

_SECTION = re.compile(r"^(\d(?:\.\d+)*) (\S.*)$")  # "2.1 Utvecklad …" (the contents list uses tabs)
JOINT_PREFIXES = ("Region Hallands förvaltningar ska tillsammans", "Regiongemensamt uppdrag:")
_MAX_HEADING = 160  # the longest assignment heading (line 345) has 124 characters


@dataclass
class Heading:
    """An unnumbered heading with the paragraphs below it (up to the next heading)."""

    line: int
    text: str
    last: int                     # last line of the paragraphs below (== line when none)
    joint: bool = False
    body: list[str] = field(default_factory=list)

    @property
    def description(self) -> str | None:
        return clean_text("\n".join(self.body)) or None


@dataclass
class Section:
    number: str
    title: str
    line: int
    end: int                      # last line before the next numbered heading
    headings: list[Heading] = field(default_factory=list)


def sections(source: SourceText) -> dict[str, Section]:
    """Numbered headings of the body (not the contents list), each with its line span."""
    found: list[Section] = []
    for number, text in enumerate(source.lines, start=1):
        match = _SECTION.match(text.strip())
        if match and (found or match.group(1) == "1"):
            found.append(Section(match.group(1), match.group(2).strip(), number, len(source)))
    for before, after in zip(found, found[1:]):
        before.end = after.line - 1
    by_number = {s.number: s for s in found}
    for number in ("2", "2.1", "2.9", "3", "3.2", "3.3.1", "3.3.2", "4.1", "4.2", "5"):
        if number not in by_number:
            raise InputError(source.path, None, f"section heading '{number} …' not found")
    return by_number


def is_heading(text: str) -> bool:
    """A heading line: capitalised, short, and not a sentence (no full stop inside or at the end)."""
    text = text.strip()
    if text.startswith(JOINT_PREFIXES):
        return True
    return (bool(text) and text[0].isupper() and len(text) <= _MAX_HEADING
            and not text.endswith(".") and ". " not in text)


def read_headings(source: SourceText, section: Section) -> list[Heading]:
    """The headings of ``section`` in order, each with the paragraph lines that follow it."""
    headings: list[Heading] = []
    for number in range(section.line + 1, section.end + 1):
        text = source.line(number).strip()
        if not text or _SECTION.match(text):
            continue
        if is_heading(text):
            headings.append(Heading(number, text, number, text.startswith(JOINT_PREFIXES)))
        elif headings:
            headings[-1].body.append(text)
            headings[-1].last = number
    return headings


def joint_text(heading: Heading) -> str:
    """A joint assignment heading without the "Regiongemensamt uppdrag:" lead-in and final stop."""
    text = clean_text(heading.text)
    if text.startswith("Regiongemensamt uppdrag:"):
        text = text.split(":", 1)[1].strip()
    return text.rstrip(".")
