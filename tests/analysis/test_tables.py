"""The HTML tables of the notebooks (strategigraf.analysis.tables)."""
from __future__ import annotations

from decimal import Decimal

from rdflib import Literal, URIRef

from strategigraf.analysis.tables import Table, format_value, shorten


def test_table_renders_escaped_html_with_swedish_numbers():
    # 003 L1442: "RH medel: 5 239 000 kr" is shown as the document prints it
    table = Table(["Namn", "Belopp"], [{"Namn": "<Neurorehab>", "Belopp": Decimal("5239000")}], "Medel")
    html = table._repr_html_()
    assert "&lt;Neurorehab&gt;" in html and "5\u00a0239\u00a0000" in html and "<caption>Medel</caption>" in html
    assert "1 rader" in html and "Neurorehab" in repr(table)


def test_years_and_small_numbers_are_not_grouped():
    assert format_value(2020) == "2020" and format_value(None) == "" and format_value(True) == "ja"


def test_shorten_uses_project_prefixes():
    assert shorten(URIRef("https://w3id.org/strategigraf/id/mal/hog-attraktivitet")) == "sgid:mal/hog-attraktivitet"
    assert shorten(URIRef("https://w3id.org/strategigraf/def#Goal")) == "sg:Goal"
    assert shorten(Literal(20)) == 20 and shorten(Literal("Hög attraktivitet", lang="sv")) == "Hög attraktivitet"
