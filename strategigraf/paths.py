"""Where the project's files live. ``STRATEGIGRAF_HOME`` overrides the checkout root."""
from __future__ import annotations

import os
from pathlib import Path

HOME = Path(os.environ.get("STRATEGIGRAF_HOME", Path(__file__).resolve().parents[1]))
DATA = HOME / "data"
ONTOLOGY = HOME / "ontology" / "strategigraf.ttl"
SHAPES = HOME / "shapes" / "strategigraf-shapes.ttl"
QUERIES = Path(__file__).resolve().parent / "queries"
DEFAULT_BUILD = DATA / "build" / "strategigraf.trig"
