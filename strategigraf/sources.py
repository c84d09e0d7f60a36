"""Access to the source texts in data/sources/ by line number, and matching of labels to lines.

The texts are extractions of PDFs: words are hyphenated across lines, table cells wrap, and
HTML fragments (``<p>``) survive. ``normalize`` undoes that so a label can be found again in the
passage it is said to come from.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from .slugs import fold

_TAGS = re.compile(r"<[^>]+>")
_HYPHEN_BREAK = re.compile(r"(\w)-\s*\n\s*(\w)")


def normalize(text: str) -> str:
    """Folded, tag-free, single-spaced text with hyphenated line breaks joined."""
    text = html.unescape(_TAGS.sub(" ", text))
    text = _HYPHEN_BREAK.sub(r"\1\2", text)
    text = text.replace("\u00ad", "")
    return re.sub(r"\s+", " ", fold(text)).strip()


def loose(text: str) -> str:
    """Like ``normalize`` but ignores hyphens and punctuation entirely (for tolerant matching)."""
    return re.sub(r"[^a-z0-9]+", "", normalize(text))


@dataclass
class SourceText:
    path: Path

    @cached_property
    def lines(self) -> list[str]:
        return self.path.read_text(encoding="utf-8").split("\n")

    def __len__(self) -> int:
        return len(self.lines)

    def line(self, number: int) -> str:
        """Line ``number`` (1-based)."""
        return self.lines[number - 1]

    def passage(self, start: int, end: int) -> str:
        """Lines ``start``..``end`` inclusive (1-based), joined with newlines."""
        return "\n".join(self.lines[start - 1:end])

    def contains(self, label: str, start: int, end: int) -> bool:
        """Whether ``label`` occurs in lines start..end, ignoring case, hyphenation and layout."""
        return loose(label) in loose(self.passage(start, end))

    def find(self, label: str, start: int = 1, end: int | None = None) -> tuple[int, int] | None:
        """The first smallest line range within start..end that contains ``label``, or None."""
        end = min(end or len(self), len(self))
        target = loose(label)
        if not target:
            return None
        for first in range(start, end + 1):
            head = loose(self.line(first))
            text = head
            last = first
            while target not in text and last < end and len(text) < len(target) + len(head) + 1:
                last += 1
                text += loose(self.line(last))
            if target in text and (first == last or target not in text[len(head):]):
                return (first, last)
        return None


def clean_text(text: str) -> str:
    """Readable single-line text from a passage: tags dropped, hyphenated breaks joined, spaces folded.

    Keeps case and diacritics (unlike ``normalize``), so it is fit for labels and descriptions.
    A hyphen at a line end is kept when the next line starts with a capital or digit
    ("Trafikförsörjnings-\\nprogram" joins; "Halmstad-\\nGöteborg" keeps its hyphen).
    """
    text = html.unescape(_TAGS.sub(" ", text))
    text = re.sub(r"(\w)-[ \t]*\n\s*(och|eller|samt|till)\b", r"\1- \2", text)
    text = re.sub(r"(\w)-[ \t]*\n\s*([a-zåäö])", r"\1\2", text)
    text = re.sub(r"(\w)-[ \t]*\n\s*", r"\1-", text)
    return re.sub(r"\s+", " ", text).strip()
