"""Errors that reach a user: each names the file, the line and what is wrong, in plain words."""
from __future__ import annotations

from pathlib import Path


class InputError(Exception):
    """Bad input (a source, curation or RDF file). Printed as ``file:line: message``; exit code 2."""

    def __init__(self, path: Path | str, line: int | None, message: str):
        self.path, self.line, self.message = Path(path), line, message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else f"{self.path}"
        return f"{where}: {self.message}"
