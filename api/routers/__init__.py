"""The routers of the API. ``ROUTERS`` is what ``create_app`` includes; others (the web page at
``/``) are added with ``create_app(settings, extra_routers=[...])`` or by appending here."""
from __future__ import annotations

from . import reports, search, trace

ROUTERS = [trace.router, reports.router, search.router]
