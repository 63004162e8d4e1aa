"""政策库: every policy's text as published, each funded sentence linked to its clause."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from subsidy.rules.registry import list_policy_dirs, load_cached
from subsidy.web.render import render

__all__ = ["router"]

router = APIRouter(prefix="/library", include_in_schema=False)


@router.get("", response_class=HTMLResponse)
def library_index(request: Request) -> HTMLResponse:
    policies = [load_cached(d) for d in list_policy_dirs()]
    return render(request, "library/index.html", {"policies": policies})
