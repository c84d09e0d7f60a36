"""The SPARQL cookbook (notebooks/05-sparql-kokbok): the queries analysts need most, one file each
in strategigraf/analysis/cookbook/ (header ``# title:`` / ``# description:`` as the service's named
queries). Each is plain SPARQL 1.1 over the union of the document graphs, so the same text runs
on the embedded store and on the service's ``/sparql`` endpoint.
"""
from __future__ import annotations

from pathlib import Path

from ..services.queries import NamedQuery, catalogue
from .tables import Table, select_table

COOKBOOK = Path(__file__).resolve().parent / "cookbook"


def recipes() -> list[NamedQuery]:
    """The cookbook's queries in file order (01-…, 02-…)."""
    return list(catalogue(COOKBOOK).values())


def recipe(name: str) -> NamedQuery:
    """One query by file stem (``"07-aktorer-med-flest-noder"``) or by its number (``"07"``)."""
    found = catalogue(COOKBOOK)
    if name in found:
        return found[name]
    matches = [q for stem, q in found.items() if stem.split("-", 1)[0] == name]
    if len(matches) != 1:
        raise KeyError(f"no cookbook query {name!r}; known: {', '.join(found)}")
    return matches[0]


def body(query: NamedQuery) -> str:
    """The query text without its comment header (what an analyst copies)."""
    lines = query.text.split("\n")
    while lines and lines[0].startswith("#"):
        lines.pop(0)
    return "\n".join(lines).strip()


def run(service, name: str) -> Table:
    """Run cookbook query ``name`` on the service's repository; the result as a Table titled by the query."""
    query = recipe(name)
    return select_table(service, query.text, title=query.title)


def show(query: NamedQuery):
    """The query as a Markdown code block (for ``IPython.display``), with its description."""
    from IPython.display import Markdown
    return Markdown(f"**{query.title}** — {query.description}\n\n```sparql\n{body(query)}\n```")
