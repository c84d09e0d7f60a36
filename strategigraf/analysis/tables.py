"""Tables for notebooks without pandas: a list of rows that renders itself as HTML (issue 6).

``Table(columns, rows)`` shows as an HTML table in Jupyter (``_repr_html_``) and as aligned text
elsewhere. ``select_table`` runs a SPARQL SELECT on the service's repository and abbreviates
IRIs with the project's prefixes (docs/model.md, "Namespaces").
"""
from __future__ import annotations

import html
from dataclasses import dataclass, field
from decimal import Decimal

from rdflib import Literal, URIRef

from ..vocabulary import PREFIXES


@dataclass
class Table:
    columns: list[str]
    rows: list[dict] = field(default_factory=list)
    title: str | None = None

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self):
        return iter(self.rows)

    def column(self, name: str) -> list:
        return [row.get(name) for row in self.rows]

    def head(self, n: int = 10) -> "Table":
        return Table(self.columns, self.rows[:n], self.title)

    def _repr_html_(self) -> str:
        head = "".join(f"<th>{html.escape(c)}</th>" for c in self.columns)
        body = "".join("<tr>" + "".join(f"<td>{html.escape(format_value(r.get(c)))}</td>" for c in self.columns)
                       + "</tr>" for r in self.rows)
        caption = f"<caption>{html.escape(self.title)}</caption>" if self.title else ""
        return (f'<table class="strategigraf-table">{caption}<thead><tr>{head}</tr></thead>'
                f"<tbody>{body}</tbody></table><p>{len(self.rows)} rader</p>")

    def __repr__(self) -> str:
        cells = [[format_value(r.get(c)) for c in self.columns] for r in self.rows]
        widths = [min(60, max([len(c)] + [len(row[i]) for row in cells])) for i, c in enumerate(self.columns)]
        lines = ["  ".join(c.ljust(w)[:w] for c, w in zip(self.columns, widths))]
        lines += ["  ".join(v.ljust(w)[:w] for v, w in zip(row, widths)) for row in cells]
        return "\n".join(([self.title] if self.title else []) + lines + [f"({len(self.rows)} rader)"])


def format_value(value) -> str:
    """Numbers with a space as thousands separator (Swedish style), None as empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, (int, Decimal)):
        return f"{value:,}".replace(",", "\u00a0") if abs(value) >= 10000 else str(value)
    if isinstance(value, float):
        return f"{value:,.3f}".replace(",", "\u00a0").rstrip("0").rstrip(".")
    if isinstance(value, (list, tuple, set)):
        return ", ".join(format_value(v) for v in value)
    return str(value)


def shorten(term) -> str | None:
    """``https://w3id.org/strategigraf/id/mal/x`` -> ``sgid:mal/x``; literals as their text."""
    if term is None:
        return None
    if isinstance(term, URIRef):
        text = str(term)
        for prefix, namespace in sorted(PREFIXES.items(), key=lambda kv: -len(str(kv[1]))):
            if text.startswith(str(namespace)):
                return f"{prefix}:{text[len(str(namespace)):]}"
        return text
    if isinstance(term, Literal) and isinstance(term.value, (int, Decimal, float)):
        return term.value
    return str(term)


def rows_table(variables: list[str], rows: list[dict], title: str | None = None) -> Table:
    """A Table of SPARQL result rows (variable -> rdflib term), IRIs abbreviated."""
    return Table(list(variables), [{v: shorten(r.get(v)) for v in variables} for r in rows], title)


def select_table(service, query: str, title: str | None = None, **bindings) -> Table:
    """Run a SELECT query on the service's repository and return its rows as a Table."""
    variables, rows = service.repository.select(query, bindings or None)
    return rows_table(variables, rows, title)
