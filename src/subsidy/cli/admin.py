"""Database administration: ``subsidy db upgrade``."""

from __future__ import annotations

from typing import Annotated

import typer

from subsidy.cli.app import app, out
from subsidy.cli.choices import choice_option
from subsidy.settings import load_settings
from subsidy.store.db import make_engine, migrate, session_scope
from subsidy.vocabulary import DATABASE_MODES

db_app = typer.Typer(help="数据库：迁移与维护。", no_args_is_help=True)
app.add_typer(db_app, name="db")


@db_app.command("upgrade")
def upgrade_cmd(
    mode: Annotated[str | None, choice_option(
        DATABASE_MODES, "--mode", "新建数据库的类型（默认正式）；演示与模拟数据库的业务日期不受实际日期约束，"
                                  "只能在新建时设定")] = None,
) -> None:
    """把数据库结构升级到最新版本（Alembic 迁移）；新建时可设定数据库类型。"""
    from subsidy.services.clock import MODE_LABELS, mode_of, set_mode

    settings = load_settings()
    engine = make_engine(settings)
    try:
        migrate(engine)
        with session_scope(engine) as s:
            kind = MODE_LABELS[set_mode(s, mode) if mode is not None else mode_of(s)]
    finally:
        engine.dispose()
    out.print(f"数据库已升级到最新版本（{kind}数据库）：{engine.url.render_as_string(hide_password=True)}")
