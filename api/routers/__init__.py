"""The routers of the API. ``ROUTERS`` is what ``create_app`` includes; the web page (``web``)
comes last because it serves ``/``. Others can be added with ``create_app(settings, extra_routers=[...])``."""
from __future__ import annotations

from . import export, reports, search, trace, web

ROUTERS = [trace.router, reports.router, search.router, export.router, web.router]
