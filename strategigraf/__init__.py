"""strategigraf: a knowledge graph of Region Halland's plans and follow-ups."""

__version__ = "0.1.0"
