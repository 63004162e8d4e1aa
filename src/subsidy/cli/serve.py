"""``subsidy serve``: the web application under uvicorn (imported only when this command runs)."""

from __future__ import annotations

from typing import Annotated

import typer

from subsidy.cli.app import app, out
from subsidy.demo.first_start import bootstrap, demo_accounts
from subsidy.errors import CaseInputError
from subsidy.settings import load_settings
from subsidy.store.db import make_engine, session_scope


@app.command("serve")
def serve_cmd(
    host: Annotated[str, typer.Option("--host", help="监听地址（默认只在本机：127.0.0.1）")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="端口", min=1, max=65535)] = 8000,
    demo: Annotated[bool, typer.Option("--demo/--no-demo",
                                       help="数据库为空时载入演示年度（默认载入；--no-demo 只建表）")] = True,
    workers: Annotated[int, typer.Option("--workers", min=1, max=64,
                                         help="服务进程数（多核机器上可设为核数）")] = 1,
) -> None:
    """启动网页应用（政策计算器、政策库、HTTP 接口）：首次启动时建表，数据库为空时载入演示年度。"""
    settings = load_settings()
    if not host.strip():
        raise CaseInputError("--host", "监听地址为空", "写 127.0.0.1（本机）或 0.0.0.0（所有网卡）")
    engine = make_engine(settings)
    out.print(f"数据库：{settings.database_url}")
    if bootstrap(engine, settings, demo=demo):
        out.print("数据库为空：已建表并载入演示年度（两项政策的申报、评审、拨付等记录，业务日期为 2026 年）")
    accounts = demo_accounts(engine)
    from subsidy.services.clock import mode_of
    from subsidy.services.passwords import DEMO_PASSWORD

    with session_scope(engine) as s:
        demo_db = mode_of(s) != "production"
    engine.dispose()
    import uvicorn

    from subsidy.web.app import serving_app
    from subsidy.web.wire import PROTOCOL  # an answer's head written with its body (web/wire.py)

    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    out.print(f"网页应用地址：http://{shown}:{port}/  （接口说明：http://{shown}:{port}/api/openapi.json；按 Ctrl+C 停止）")
    if accounts:
        out.print(f"账号（登录：/login；演示数据库中密码均为 {DEMO_PASSWORD}）：" if demo_db else
                  "账号（登录：/login；密码由系统管理员用 `subsidy user reset-password` 发放）：")
        for line in accounts:
            out.print(line)
    if workers == 1:
        uvicorn.run(serving_app(settings.database_url), host=host, port=port, http=PROTOCOL, log_level="warning",
                    access_log=False)
    else:  # each worker process builds the application itself (the same settings: this environment's)
        uvicorn.run("subsidy.web.app:serving_app", factory=True, workers=workers, host=host, port=port,
                    http=PROTOCOL, log_level="warning", access_log=False)
