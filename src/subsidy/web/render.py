"""Server-rendered pages: the one Jinja2 environment (templates under ``web/templates/``) and
:func:`render`, which every page module uses."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from subsidy.money import format_fen

__all__ = ["NAV", "STATIC_DIR", "TEMPLATE_DIR", "render", "templates"]

HERE = Path(__file__).resolve().parent
TEMPLATE_DIR = HERE / "templates"
STATIC_DIR = HERE / "static"

# The header's navigation: (label, path). A page module that adds a section adds its line here.
NAV: tuple[tuple[str, str], ...] = (("政策计算器", "/calculator"), ("政策库", "/library"))

templates = Jinja2Templates(directory=str(TEMPLATE_DIR))
templates.env.globals["NAV"] = NAV
templates.env.filters["money"] = format_fen  # {{ fen | money("万元") }}: the one money format for people


def render(request: Request, name: str, context: dict[str, Any] | None = None, *,
           status_code: int = 200) -> HTMLResponse:
    """The page ``name`` (a template path) with ``context``; ``request`` is passed to the template."""
    return templates.TemplateResponse(request, name, dict(context or {}), status_code=status_code)
