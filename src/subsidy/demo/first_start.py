"""The web application's first start (``subsidy serve``): migrate the database and, when it is empty,
load the demo year; name the accounts it holds."""

from __future__ import annotations

import io

from rich.console import Console
from sqlalchemy import Engine, func, select

from subsidy.settings import Settings
from subsidy.store.db import migrate, session_scope
from subsidy.store.tables import User

__all__ = ["bootstrap", "demo_accounts"]

_STAFF_ROLES = ("admin", "officer", "finance", "auditor")


def bootstrap(engine: Engine, settings: Settings, *, demo: bool) -> bool:
    """Migrate the database; on an empty one (no user yet) load the demo year when ``demo``.
    True when the demo year was loaded."""
    migrate(engine)
    with session_scope(engine) as s:
        empty = not s.scalar(select(func.count()).select_from(User))
    if not (empty and demo):
        return False
    from subsidy.demo.cycle import make_demo_database, run_demo

    make_demo_database(engine)
    run_demo(engine, settings, Console(file=io.StringIO()))  # its report is the CLI demo's; here only the data
    return True


def demo_accounts(engine: Engine) -> list[str]:
    """Lines naming the accounts of the database: the office's staff one by one, experts and
    enterprises by number with an example."""
    from subsidy.services.access import role_label

    with session_scope(engine) as s:
        users = list(s.scalars(select(User).where(User.active).order_by(User.id)))
    lines = [f"  {role_label(u.role)}：{u.username}（{u.display_name}）" for u in users if u.role in _STAFF_ROLES]
    for role in ("expert", "applicant"):
        same = [u for u in users if u.role == role]
        if same:
            lines.append(f"  {role_label(role)}：{len(same)} 个，如 {same[0].username}（{same[0].display_name}）")
    return lines
