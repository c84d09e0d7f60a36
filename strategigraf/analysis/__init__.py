"""Analyses for the notebooks in notebooks/ (issue 6): tables, networks, time series and money.

The notebooks hold no analysis logic of their own: every table and graph they show is computed
here, from the service functions (strategigraf.services) and the named queries of
strategigraf/analysis/queries/, and tested in tests/analysis/ against facts of the documents.

    from strategigraf.analysis import open_graph
    service = open_graph()          # the dataset of STRATEGIGRAF_DATASET, built first if missing

Modules: ``tables`` (HTML tables, IRI abbreviation), ``trace`` (traceability walk-through),
``network`` (partner network), ``timeline`` (statuses per follow-up), ``money`` (funding and
investment plan), ``cookbook`` (the SPARQL cookbook), ``endpoint`` (the /sparql endpoint in the
background), ``plots`` (matplotlib figures with Swedish labels).
"""
from __future__ import annotations

from pathlib import Path

from ..settings import Settings

__all__ = ["open_graph", "ensure_dataset"]


def ensure_dataset(settings: Settings) -> Path:
    """The settings' dataset file; built from data/ first (``strategigraf build``) when it is missing."""
    if settings.backend == "oxigraph" and not Path(settings.dataset).is_file():
        from ..build import build_dataset
        build_dataset(Path(settings.dataset))
    return Path(settings.dataset)


def open_graph(settings: Settings | None = None):
    """A ``strategigraf.services.Service`` over the dataset the settings (or environment) name."""
    from ..services import open_service
    settings = settings or Settings.from_env()
    ensure_dataset(settings)
    return open_service(settings)
