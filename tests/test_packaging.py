"""The distribution installs one name, strategigraf (api/ as strategigraf.api), and every package."""
from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def declared() -> set[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return set(config["tool"]["setuptools"]["packages"])


def on_disk() -> set[str]:
    found = set()
    for top, name in (("strategigraf", "strategigraf"), ("api", "strategigraf.api")):
        for init in (ROOT / top).rglob("__init__.py"):
            parts = init.parent.relative_to(ROOT / top).parts
            found.add(".".join((name, *parts)))
    return found


def test_every_package_folder_is_declared_and_nothing_else():
    assert declared() == on_disk()


def test_no_generic_top_level_api_package_is_installed():
    assert all(name.startswith("strategigraf") for name in declared())


def test_code_imports_the_http_layer_by_its_installed_name():
    """Regression: strategigraf/analysis/endpoint.py imported `api.app`, which exists only in a checkout."""
    offenders = [str(path.relative_to(ROOT)) for folder in ("strategigraf", "api", "tests")
                 for path in (ROOT / folder).rglob("*.py")
                 if any(line.lstrip().startswith(("from api.", "from api ", "import api"))
                        for line in path.read_text(encoding="utf-8").splitlines())]
    assert offenders == []
