"""The public surface is written down: subcommands in the README, routes and settings in docs/.
(Datasette-style: a change to the surface fails here until the docs say it too.)"""
from __future__ import annotations

import re
from pathlib import Path

from strategigraf.cli import SUBCOMMANDS

ROOT = Path(__file__).resolve().parents[1]
DOCS = "\n".join(p.read_text(encoding="utf-8") for p in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))])


def test_every_subcommand_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [name for name, _, _ in SUBCOMMANDS if f"strategigraf {name}" not in readme]
    assert missing == []


def test_every_route_is_documented():
    from strategigraf.api.app import create_app
    from strategigraf.settings import Settings
    app = create_app(Settings(dataset=ROOT / "tests" / "fixtures" / "mini.trig"))
    generated = {"/openapi.json", "/docs", "/docs/oauth2-redirect", "/redoc"}
    paths = {re.sub(r"\{[^}]+\}", "", path).rstrip("/") or "/" for path in app.openapi()["paths"]} - generated
    missing = sorted(p for p in paths if p != "/" and f"`{p}" not in DOCS and f" {p}" not in DOCS)
    assert missing == []


def test_every_setting_is_documented():
    from strategigraf import settings
    names = set(re.findall(r"STRATEGIGRAF_[A-Z_]+", Path(settings.__file__).read_text(encoding="utf-8")))
    assert names and sorted(n for n in names if n not in DOCS) == []
