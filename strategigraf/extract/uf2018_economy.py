"""uf2018 economic tables (1.1, chapter 3, 3.1, 3.4) as Indicator / BudgetLine / Investment entities with amounts.

The rows are regular ("Regionbidrag 224,0 254,7 0,0 386,3 386,3 0,0"; a long label may wrap onto
lines of its own before the figures), so they are parsed. The column headers, by contrast, are
scattered over many lines by the extraction, so each table's columns are named in
data/curation/uf2018-economy.yaml (``tables``), with the lines they are printed on; every column
label is checked against those lines. Figures are mnkr ("Positiva resultat anges utan tecken och
negativa resultat med minustecken", line 2265).
"""
from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

from ..curation import LINE_KEY, EntryReader, load_yaml
from ..errors import InputError
from ..model import KINDS, Amount, Entity
from ..slugs import slugify
from ..sources import SourceText, clean_text

NUMBER = r"-?\d+(?:,\d+)?(?:\s*mnkr)?"


def _figures(text: str, count: int) -> tuple[str, list[Decimal]] | None:
    """Split "Label 1,0 mnkr -2,5 mnkr" into the label and ``count`` figures, or None."""
    match = re.match(rf"^(?:(.*?)\s+)?((?:{NUMBER}(?:\s+|$)){{{count}}})$", text.strip())
    if not match:
        return None
    values = re.findall(r"-?\d+(?:,\d+)?", match.group(2))
    return match.group(1) or "", [Decimal(v.replace(",", ".")) for v in values]


def _rows(source: SourceText, first: int, last: int, count: int) -> list[tuple[str, tuple[int, int], list[Decimal]]]:
    """(label, lines, figures) of every row in lines first..last; a label may wrap over lines."""
    found, pending, start = [], [], None
    for number in range(first, last + 1):
        text = source.line(number).strip()
        if not text:
            continue
        split = _figures(text, count)
        if split is None:
            pending.append(text)
            start = start or number
            continue
        label = clean_text("\n".join(pending + [split[0]] if split[0] else pending))
        found.append((label, (start or number, number), split[1]))
        pending, start = [], None
    if pending:
        raise InputError(source.path, start, f"table row {' '.join(pending)!r} has no {count} figures")
    return found


def _mapping(entry: dict, name: str) -> dict:
    """A label -> value mapping of a table entry, without the loader's line marker."""
    return {k: v for k, v in (entry.get(name) or {}).items() if k != LINE_KEY}


class _Table:
    """One entry of ``tables`` in the curation file."""

    def __init__(self, reader: EntryReader, entry: dict):
        self.reader, self.entry = reader, entry
        self.lines, self.rows = reader.lines(entry), reader.lines(entry, "rows")
        self.columns = entry.get("columns") or []
        for column in self.columns:
            reader.check_in_source(column, str(column.get("label")), reader.lines(column), "column")
        self.kind = entry.get("kind", "BudgetLine")
        self.row_kinds = _mapping(entry, "row_kinds")
        self.row_keys = _mapping(entry, "row_keys")
        for kind in [self.kind, *self.row_kinds.values()]:
            if kind not in KINDS:
                raise reader.fail(entry, f"kind {kind!r} is not one of {', '.join(KINDS)}")

    @property
    def table_name(self) -> str:
        """The table a row belongs to, as its description: rows of different tables share labels."""
        return f"Tabell: {self.entry.get('name')}"

    def key(self, label: str) -> str:
        if label in self.row_keys:
            return str(self.row_keys[label])
        suffix = self.entry.get("key_suffix")
        return f"{slugify(label)}-{suffix}" if suffix else slugify(label)

    def entities(self, source: SourceText) -> list[Entity]:
        rows = _rows(source, *self.rows, len(self.columns))
        if self.entry.get("transpose"):
            return [self._column_entity(index, rows) for index in range(len(self.columns))]
        return [self._row_entity(label, lines, values) for label, lines, values in rows]

    def _amount(self, label: str, value: Decimal, column: dict) -> Amount:
        return Amount(label, value, column.get("year"))

    def _row_entity(self, label: str, lines: tuple[int, int], values: list[Decimal]) -> Entity:
        amounts = [self._amount(str(c["label"]), v, c) for c, v in zip(self.columns, values)]
        return Entity(self.row_kinds.get(label, self.kind), self.key(label), label, lines,
                      amounts=amounts, note=self.entry.get("note"), description=self.table_name)

    def _column_entity(self, index: int, rows: list) -> Entity:
        column = self.columns[index]
        amounts = [self._amount(label, values[index], column) for label, _, values in rows]
        lines = (self.reader.lines(column)[0], self.rows[1])
        return Entity(self.kind, self.key(str(column["label"])), str(column["label"]), lines,
                      amounts=amounts, note=self.entry.get("note"), description=self.table_name)


def entities(source: SourceText, path: Path) -> list[Entity]:
    """All budget lines and investments of the tables named in ``path``."""
    data = load_yaml(path)
    if not isinstance(data, dict) or not isinstance(data.get("tables"), list):
        raise InputError(path, 1, "expected a mapping with a list under 'tables'")
    reader = EntryReader(path, source)
    return [e for entry in data["tables"] for e in _Table(reader, entry).entities(source)]
