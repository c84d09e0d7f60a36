"""Readable, stable IRI path segments from Swedish labels."""
from __future__ import annotations

import re
import unicodedata

_FOLD = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "ü": "u", "Å": "a", "Ä": "a", "Ö": "o"})


def fold(text: str) -> str:
    """Lower-case, diacritic-free text for matching ("Grön" matches "gron")."""
    text = text.translate(_FOLD).lower()
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


def slugify(label: str, max_length: int = 60) -> str:
    """``"Nationell plan 2018-2029"`` -> ``"nationell-plan-2018-2029"``; cut at a word boundary."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold(label)).strip("-")
    if len(slug) <= max_length:
        return slug or "x"
    cut = slug[:max_length].rsplit("-", 1)[0]
    return cut or slug[:max_length]
