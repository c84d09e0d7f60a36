"""Start the traceability service: REST API, SPARQL endpoint and IRIs (``strategigraf serve``).

Builds the graph first (``strategigraf.build.build_dataset``) when the default dataset
data/build/strategigraf.trig is missing. Settings come from ``STRATEGIGRAF_*`` variables
(strategigraf/settings.py); the options below override them.
"""
from __future__ import annotations

import argparse
import importlib

from .errors import InputError
from .paths import DEFAULT_BUILD
from .settings import Settings


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    add_store_arguments(parser)


def add_store_arguments(parser: argparse.ArgumentParser) -> None:
    """Options shared by serve, trace and query: which store to use."""
    parser.add_argument("--dataset", help=f"TriG file for the embedded store (default {DEFAULT_BUILD})")
    parser.add_argument("--backend", choices=("oxigraph", "sparql"), help="embedded store or remote endpoint")
    parser.add_argument("--sparql-url", help="query URL of the remote SPARQL endpoint (backend sparql)")


def settings_from(args: argparse.Namespace) -> Settings:
    overrides = {"dataset": args.dataset, "backend": args.backend, "sparql_url": args.sparql_url}
    return Settings.from_env(**{k: v for k, v in overrides.items() if v})


def ensure_dataset(settings: Settings) -> None:
    """Build the graph when the embedded store's default dataset does not exist yet."""
    if settings.backend != "oxigraph" or settings.dataset.exists():
        return
    if settings.dataset.resolve() != DEFAULT_BUILD.resolve():
        raise InputError(settings.dataset, None, "dataset not found")
    print(f"{DEFAULT_BUILD} is missing; building the graph first …")
    importlib.import_module("strategigraf.build").build_dataset()


def load_create_app():
    """``create_app`` from the installed ``strategigraf.api`` or, in a checkout, from ``api``."""
    try:
        return importlib.import_module("strategigraf.api.app").create_app
    except ModuleNotFoundError:
        return importlib.import_module("api.app").create_app


def run(args: argparse.Namespace) -> int:
    import uvicorn

    settings = settings_from(args)
    ensure_dataset(settings)
    uvicorn.run(load_create_app()(settings), host=args.host, port=args.port)
    return 0
