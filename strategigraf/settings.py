"""Settings of the traceability service (issue 4), read from ``STRATEGIGRAF_*`` environment variables.

| variable | default | meaning |
|---|---|---|
| ``STRATEGIGRAF_BACKEND`` | ``oxigraph`` | ``oxigraph`` (embedded store loaded from the dataset) or ``sparql`` (remote endpoint) |
| ``STRATEGIGRAF_DATASET`` | ``data/build/strategigraf.trig`` | TriG file the embedded store loads at start-up |
| ``STRATEGIGRAF_SPARQL_URL`` | — | query endpoint of the remote store (backend ``sparql``) |
| ``STRATEGIGRAF_TIMEOUT`` | ``10`` | seconds a query may run before it is abandoned |
| ``STRATEGIGRAF_ROW_CAP`` | ``10000`` | most rows a query may return |
| ``STRATEGIGRAF_CACHE_SIZE`` | ``512`` | answers of service functions kept (the graph is read-only while served); 0: none |
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError
from .paths import DEFAULT_BUILD

BACKENDS = ("oxigraph", "sparql")


def _number(name: str, default: float, kind=float):
    raw = os.environ.get(name)
    if raw in (None, ""):
        return default
    try:
        value = kind(raw)
    except ValueError:
        raise InputError("environment", None, f"{name}={raw!r} is not a number") from None
    if value <= 0:
        raise InputError("environment", None, f"{name}={raw!r} must be greater than 0")
    return value


@dataclass(frozen=True)
class Settings:
    backend: str = "oxigraph"
    dataset: Path = field(default_factory=lambda: DEFAULT_BUILD)
    sparql_url: str | None = None
    timeout: float = 10.0
    row_cap: int = 10000
    cache_size: int = 512

    def __post_init__(self):
        object.__setattr__(self, "dataset", Path(self.dataset))
        if self.backend not in BACKENDS:
            raise InputError("environment", None,
                             f"STRATEGIGRAF_BACKEND={self.backend!r} is not one of {', '.join(BACKENDS)}")
        if self.backend == "sparql" and not self.sparql_url:
            raise InputError("environment", None, "STRATEGIGRAF_BACKEND=sparql needs STRATEGIGRAF_SPARQL_URL")

    @classmethod
    def from_env(cls, **overrides) -> "Settings":
        """Settings from the environment; keyword arguments win over it."""
        values = dict(
            backend=os.environ.get("STRATEGIGRAF_BACKEND", "oxigraph"),
            dataset=Path(os.environ.get("STRATEGIGRAF_DATASET") or DEFAULT_BUILD),
            sparql_url=os.environ.get("STRATEGIGRAF_SPARQL_URL") or None,
            timeout=_number("STRATEGIGRAF_TIMEOUT", 10.0),
            row_cap=_number("STRATEGIGRAF_ROW_CAP", 10000, int),
            cache_size=int(os.environ.get("STRATEGIGRAF_CACHE_SIZE") or 512),
        )
        values.update(overrides)
        return cls(**values)
