"""The strategist's web page (issue 5, item 2): index.html, app.js, app.css, the example SPARQL
queries (examples.json) and cytoscape.js 3.34.4 (MIT, cytoscape.LICENSE.txt), all shipped with the
package so the page works without internet. Served by api/routers/web.py at ``/`` and ``/static/``.
"""
from pathlib import Path

FOLDER = Path(__file__).resolve().parent
