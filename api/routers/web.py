"""The strategist's web page (issue 5, item 2): ``/`` serves index.html and ``/static/{name}`` the
page's scripts, styles and example queries, all from the package folder strategigraf/web (nothing
from a CDN: the page works without internet). The page itself calls the API: /search, /lookup,
/export, /export/formats, /gaps and /sparql.
"""
from __future__ import annotations

from fastapi import APIRouter, HTTPException
from fastapi.responses import FileResponse, HTMLResponse

from strategigraf.web import FOLDER

router = APIRouter(tags=["web page"], include_in_schema=False)

MEDIA_TYPES = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
               ".css": "text/css; charset=utf-8", ".json": "application/json", ".svg": "image/svg+xml",
               ".txt": "text/plain; charset=utf-8"}


@router.get("/", response_class=HTMLResponse)
def index():
    return HTMLResponse((FOLDER / "index.html").read_text(encoding="utf-8"))


@router.get("/static/{name}")
def static(name: str):
    """A file of strategigraf/web by name only (no folders, so nothing outside it can be asked for)."""
    path = FOLDER / name
    if "/" in name or "\\" in name or name.startswith(".") or path.suffix not in MEDIA_TYPES or not path.is_file():
        raise HTTPException(status_code=404, detail=f"no static file {name!r}")
    return FileResponse(path, media_type=MEDIA_TYPES[path.suffix], headers={"Cache-Control": "no-cache"})
