"""``subsidy draft``: a draft policy directory and its review report from a policy text."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from subsidy.cli.app import app, out
from subsidy.errors import SourceTextError


def _read(path: Path) -> str:
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise SourceTextError(str(path), "文件不存在", "检查文件名和路径") from exc
    except OSError as exc:
        from subsidy.cli.common import _path_problem  # only on this path: the command starts fast

        raise SourceTextError(str(path), f"无法读取（{_path_problem(exc)}）", "提供一个普通的文本文件") from exc
    from subsidy.drafting.source import decode_policy_text

    return decode_policy_text(data, str(path))[0]


@app.command("draft")
def draft_cmd(
    source: Annotated[Path, typer.Argument(help="政策原文（UTF-8 文本文件）")],
    out_dir: Annotated[Path, typer.Option("--out", help="写入草稿的政策目录，如 policies/cn-xx-new-policy/（须不存在或为空）")],
    policy_id: Annotated[str | None, typer.Option("--id", help="政策编号（默认取 --out 目录名）")] = None,
    title: Annotated[str | None, typer.Option("--title", help="政策名称（默认从原文读出）")] = None,
) -> None:
    """从政策原文起草规则：写出能通过 `subsidy check` 加载的政策目录、起步案例和审核报告 review.html。

    草稿不会自动采用：每个条款、事实、上限和案例都标有“待核”，须由业务人员对照原文审核修改。"""
    from subsidy.drafting.draft import make_draft
    from subsidy.drafting.source import POLICY_ID
    from subsidy.drafting.write import write_draft
    from subsidy.rules.check import check_policy
    from subsidy.rules.parse import load_policy

    pid = policy_id or out_dir.name
    if not POLICY_ID.fullmatch(pid):
        raise SourceTextError("--id", f"政策编号「{pid[:60]}」无效",
                              "用小写英文字母、数字和连字符，如 cn-gz-tianhe-new-measures（用 --id 指定）")
    if out_dir.exists() and (not out_dir.is_dir() or any(out_dir.iterdir())):
        raise SourceTextError(str(out_dir), "目录已存在且不为空", "换一个 --out 目录，或先移走已有的文件（草稿不会覆盖已有政策）")
    original = _read(source)
    try:
        d = make_draft(original, policy_id=pid, title=title)
    except SourceTextError as exc:
        raise SourceTextError(str(source), exc.problem, exc.hint) from exc
    write_draft(d, out_dir, original)
    policy = load_policy(out_dir)
    checked = check_policy(policy)
    failed = [o for o in checked.cases if not o.ok]
    manual = [c for c in d.clauses if c.proposal.manual]
    out.print(f"已起草 {out_dir}：资金条款 {len(d.clauses)} 个（其中金额待核 {len(manual)} 个），"
              f"非资金条款 {len(policy.provisions)} 个，起步案例 {len(checked.cases)} 个", soft_wrap=True)
    out.print(f"含金额但没有条款计算的句子 {len(d.uncovered)} 句；审核报告：{out_dir / 'review.html'}", soft_wrap=True)
    out.print(f"subsidy check：政策文件问题 {len(checked.problems)} 个，案例失败 {len(failed)} 个"
              "（草稿的案例按起草结果生成，审核时须逐个核对）", soft_wrap=True)
