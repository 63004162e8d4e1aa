"""Database administration: ``subsidy db upgrade``."""

from __future__ import annotations

import typer

from subsidy.cli.app import app, out
from subsidy.settings import load_settings
from subsidy.store.db import make_engine, migrate

db_app = typer.Typer(help="数据库：迁移与维护。", no_args_is_help=True)
app.add_typer(db_app, name="db")


@db_app.command("upgrade")
def upgrade_cmd() -> None:
    """把数据库结构升级到最新版本（Alembic 迁移）。"""
    settings = load_settings()
    engine = make_engine(settings)
    migrate(engine)
    engine.dispose()
    out.print(f"数据库已升级到最新版本：{engine.url.render_as_string(hide_password=True)}")
