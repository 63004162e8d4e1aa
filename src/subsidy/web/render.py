"""Server-rendered pages: the one Jinja2 environment (templates under ``web/templates/``) and
:func:`render`, which every page module uses."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from subsidy.money import format_fen
from subsidy.rules.describe import PAYMENT_FACTS_LABEL, PAYMENT_FACTS_NOTE
from subsidy.services.clock import beijing

__all__ = ["NAV", "ROLE_SCREENS", "STATIC_DIR", "TEMPLATE_DIR", "header_screens", "render", "role_screens", "templates"]

HERE = Path(__file__).resolve().parent
TEMPLATE_DIR = HERE / "templates"
STATIC_DIR = HERE / "static"

# The header's navigation: (label, path). A page module that adds a section adds its line here.
NAV: tuple[tuple[str, str], ...] = (("政策计算器", "/calculator"), ("政策库", "/library"))

# Each role's screens, the one list that 我的工作台, the staff's pages (templates/staff_nav.html) and the
# header link to: (label, path, shown in the header). Whether the role may open them is the services'
# to say (tests/web/test_access_matrix.py); this only lists where each role works.
_AUDIT = (("账目", "/audit/ledger", False), ("操作记录", "/audit/log", False), ("核验", "/audit/verify", False),
          ("单位全部记录", "/audit/entity", False))
ROLE_SCREENS: dict[str, tuple[tuple[str, str, bool], ...]] = {
    "applicant": (("我的单位", "/organisation", True), ("申报批次", "/calls", True), ("我的申报", "/applications", True),
                  ("奖励与报告", "/awards", True), ("免申即享", "/matching", True)),
    "expert": (("我的评审任务", "/expert", True),),
    "officer": (("业务办理", "/office", True), ("单位登记", "/office/organisations", False),
                ("监督管理", "/office/supervision", False),
                ("资金状况", "/finance", False), *_AUDIT),
    "finance": (("资金状况", "/finance", True), ("预算下达", "/finance/appropriations", False),
                ("拨付", "/finance/payments", False), ("账目", "/audit/ledger", False), ("核验", "/audit/verify", False)),
    "auditor": (*((label, path, path == "/audit/ledger") for label, path, _ in _AUDIT), ("资金状况", "/finance", False)),
    "admin": (("用户管理", "/admin/users", True), ("业务办理", "/office", True), ("单位登记", "/office/organisations", False),
              ("监督管理", "/office/supervision", False),
              ("资金状况", "/finance", False), ("预算下达", "/finance/appropriations", False),
              ("拨付", "/finance/payments", False), *_AUDIT),
}


def role_screens(role: str) -> list[tuple[str, str]]:
    """(label, path) of the screens of ``role``."""
    return [(label, path) for label, path, _ in ROLE_SCREENS.get(role, ())]


def header_screens(role: str) -> list[tuple[str, str]]:
    """The role's screens the header links to."""
    return [(label, path) for label, path, header in ROLE_SCREENS.get(role, ()) if header]


templates = Jinja2Templates(directory=str(TEMPLATE_DIR))
templates.env.globals["NAV"] = NAV
templates.env.globals["PAYMENT_FACTS_LABEL"] = PAYMENT_FACTS_LABEL  # 支付安排（只影响支付方式，不影响金额）
templates.env.globals["PAYMENT_FACTS_NOTE"] = PAYMENT_FACTS_NOTE
templates.env.globals["role_screens"] = role_screens
templates.env.globals["header_screens"] = header_screens
templates.env.filters["money"] = format_fen  # {{ fen | money("万元") }}: the one money format for people
templates.env.filters["beijing"] = beijing  # {{ at | beijing }}: the one time format for people (北京时间)


def render(request: Request, name: str, context: dict[str, Any] | None = None, *,
           status_code: int = 200) -> HTMLResponse:
    """The page ``name`` (a template path) with ``context``; ``request`` is passed to the template."""
    return templates.TemplateResponse(request, name, dict(context or {}), status_code=status_code)
