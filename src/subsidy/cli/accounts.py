"""Passwords from the command line: ``user passwd`` (one's own) and ``user reset-password`` (an
administrator's). A password is never a command-line argument (anyone on the server could read it in
the process list): it is typed at a hidden prompt, read from standard input (``--stdin``, one per
line), or made here and printed once."""

from __future__ import annotations

import datetime as dt
import getpass
import sys
from typing import Annotated

import typer

from subsidy.cli.app import out
from subsidy.cli.common import ActorOpt, open_session
from subsidy.cli.decisions import _group
from subsidy.errors import CaseInputError
from subsidy.services.accounts import change_password, reset_password
from subsidy.services.audit import load_user
from subsidy.services.organisations import get_user

__all__ = ["print_one_time_password", "read_password"]

user_app = _group("user", "用户与角色。")

StdinOpt = Annotated[bool, typer.Option("--stdin", help="从标准输入读取密码（每行一个），不在终端提示")]


def read_password(prompt: str, *, stdin: bool, confirm: bool = False) -> str:
    """A password from standard input (``stdin``: one line) or typed twice at a hidden prompt."""
    if stdin:
        try:
            line = sys.stdin.readline()
        except (OSError, ValueError) as exc:  # closed, or not readable
            raise CaseInputError("--stdin", "无法读取标准输入", "把密码通过管道或重定向交给命令，每行一个") from exc
        if not line:
            raise CaseInputError("--stdin", f"标准输入中没有{prompt.rstrip('：')}", "每行写一个密码")
        return line.rstrip("\r\n")
    if not sys.stdin.isatty():
        raise CaseInputError("密码", "标准输入不是终端，无法提示输入密码", "在终端中运行，或用 --stdin 从标准输入读取")
    try:
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass(f"再次输入{prompt}") != first:
            raise CaseInputError("密码", "两次输入的密码不一致，密码未修改", "重新运行命令")
    except (EOFError, OSError) as exc:
        raise CaseInputError("密码", "没有读到输入的密码，密码未修改", "在终端中重新运行，或用 --stdin") from exc
    return first


def print_one_time_password(username: str, password: str) -> None:
    out.print(f"用户「{username}」的一次性密码（只显示这一次；请通过安全渠道交给本人，首次登录后须修改）：")
    out.print(password)


@user_app.command("passwd")
def user_passwd(username: Annotated[str, typer.Argument(help="要修改密码的用户名（本人）")],
                stdin: StdinOpt = False) -> None:
    """修改本人的密码：先输入当前密码（尚未设置密码时不需要），再输入两次新密码（不回显）；用 --stdin 时从标准输入依次读取当前密码与新密码。修改后该用户的其他登录会话全部结束。"""
    with open_session() as s:
        has_password = get_user(s, username).password_hash is not None
    current = read_password("当前密码：", stdin=stdin) if has_password else None
    new = read_password("新密码：", stdin=stdin, confirm=True)
    with open_session() as s:
        user = get_user(s, username)
        change_password(s, user, current, new, now=dt.datetime.now(dt.UTC))
        out.print(f"已修改用户「{user.username}」的密码；其他登录会话已结束")


@user_app.command("reset-password")
def user_reset_password(username: Annotated[str, typer.Argument(help="要重置密码的用户名")], actor: ActorOpt,
                        stdin: StdinOpt = False,
                        prompt: Annotated[bool, typer.Option("--prompt", help="由管理员在终端输入新密码（不回显）")] = False,
                        ) -> None:
    """系统管理员重置用户的密码：默认生成一次性密码并只显示一次，也可用 --prompt 输入或 --stdin 读取；用户下次登录后须修改密码，其现有登录会话全部结束，失败登录的计数清零。"""
    chosen = read_password("新密码：", stdin=stdin, confirm=True) if stdin or prompt else None
    with open_session() as s:
        user = get_user(s, username)
        password = reset_password(s, load_user(s, actor), user, now=dt.datetime.now(dt.UTC), password=chosen)
        if chosen is None:
            print_one_time_password(user.username, password)
        else:
            out.print(f"已重置用户「{user.username}」的密码（下次登录后须修改）")
