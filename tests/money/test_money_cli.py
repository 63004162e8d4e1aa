"""The money commands end to end, as a user runs them (the one error handler included): output in
Chinese, exit codes (0 done, 1 check failed, 2 bad input, 3 refused), Excel exports."""

from __future__ import annotations

from pathlib import Path

import pytest
from money_factories import add_award, add_call, add_org, tx, uscc, write_text
from openpyxl import load_workbook
from sqlalchemy import Engine, update

from subsidy.services.commitments import commit_award
from subsidy.store.tables import Award, LedgerEntry

pytestmark = pytest.mark.db

TODAY = ("--today", "2026-07-01")


def test_budget_pay_supervise_sanction_and_report_through_the_cli(engine: Engine, run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with tx(engine) as s:
        c = add_call(s)
        add_award(s, c, add_org(s, 1, "宝安智慧医院"), 800 * 1_000_000)
    for year, amount in (("2026", "1000万元"), ("2027", "600万元"), ("2028", "400万元")):
        code, output = run("budget", "appropriate", "1", "art14a", year, amount, "--as", "finance")
        assert code == 0, output
    assert "该预算可用 400万元" in output
    code, output = run("budget", "appropriate", "1", "art14a", "2026", "10万元", "--as", "officer")
    assert code == 3 and "「下达预算」只能由财务人员、系统管理员执行" in output
    with tx(engine) as s:
        commit_award(s, s.get_one(Award, 1), None)

    code, output = run("pay", "1", "--as", "finance", *TODAY)
    assert code == 0 and "已拨付 期次 1（奖励 1 第 1 期）400万元，拨付给申报单位 宝安智慧医院" in output
    code, output = run("pay", "1", "--as", "finance", *TODAY)
    assert code == 0 and "此前已拨付" in output and "本次未重复拨付" in output
    code, output = run("pay", "2", "--as", "finance", "--today", "2027-03-01")
    assert code == 3 and "须先提交跟踪报告并经审核通过" in output
    assert run("report", "request", "1", "--tranche", "2", "--days", "10", "--as", "officer", *TODAY)[1].startswith(
        "已要求提交跟踪报告（报告 1），期限 2026-07-15")
    assert "报告 1 已提交" in run("report", "submit", "1", "--content", "进展顺利", "--as", "officer", *TODAY)[1]
    assert "报告 1 审核通过" in run("report", "accept", "1", "--as", "officer", *TODAY)[1]
    code, output = run("pay", "--run", "--as", "finance", "--today", "2027-03-01")
    assert code == 0 and "本次拨付 1 期，合计 240万元；未拨付 0 期" in output

    assert "已登记审计发现 1（严重）" in run("finding", "add", "1", "虚列支出", "--as", "auditor", *TODAY)[1]
    assert "已暂停拨付（处理决定 1）" in run("sanction", "suspend", "1", "--reason", "核查", "--as", "officer",
                                      "--finding", "1", *TODAY)[1]
    assert "已解除暂停拨付" in run("sanction", "lift", "1", "--as", "officer", *TODAY)[1]
    code, output = run("sanction", "terminate", "1", "--reason", "虚列支出", "--as", "officer", *TODAY)
    assert code == 0 and "取消 1 期，释放承诺 160万元" in output
    code, output = run("sanction", "recover", "1", "700万元", "--due", "2027-06-30", "--reason", "虚列支出",
                       "--as", "officer", *TODAY)
    assert code == 3 and "超过奖励 1 已拨付且尚未追回的金额 640万元" in output
    assert "处理决定 3" in run("sanction", "recover", "1", "100万元", "--due", "2027-06-30", "--reason", "虚列支出",
                               "--as", "officer", *TODAY)[1]
    code, output = run("sanction", "recover", "1", "100万元", "--due", "2027-06-30", "--reason", "虚列支出",
                       "--as", "officer", *TODAY)  # the same request again (a rerun): the first decision
    assert code == 0 and "此前已决定追回奖励 1 的资金 100万元（处理决定 3），本次未重复决定" in output
    code, output = run("sanction", "receive", "3", "60万元", "--ref", "V-1", "--as", "finance", *TODAY)
    assert code == 0 and "已到账 60万元，尚欠 40万元" in output
    code, output = run("sanction", "bar", uscc(1), "--until", "2029-12-31", "--reason", "虚列支出骗取资金",
                       "--as", "officer", *TODAY)
    assert code == 0 and "宝安智慧医院已被取消申报资格至 2029-12-31" in output

    code, output = run("support", "add", uscc(1), "--programme", "深圳市一事一议", "--level", "市级", "--year", "2025",
                       "--amount", "200万元", "--one-matter", "--as", "officer")
    assert code == 0 and "（一事一议）" in output
    sheet = write_text(tmp_path / "s.csv", f"统一社会信用代码,支持项目,级别,年度,金额（元）\n{uscc(1)},区专项,区级,2024,30000\n")
    assert "已导入 1 条，合计 3万元，其中一事一议 0 条" in run("support", "import", str(sheet), "--as", "officer")[1]

    code, output = run("fund", "position", "--as", "finance", "--xlsx", str(tmp_path / "p.xlsx"))
    assert code == 0 and "资金状况" in output
    rows = list(load_workbook(tmp_path / "p.xlsx").active.iter_rows(values_only=True))
    assert rows[0][4] == "已下达预算（元）"
    assert [(r[3], r[6], r[9]) for r in rows[1:]] == [(2026, 4000000, 6000000), (2027, 2400000, 4200000),
                                                      (2028, 0, 4000000)]
    code, output = run("entity", "history", uscc(1), "--as", "auditor", "--xlsx", str(tmp_path / "h.xlsx"))
    assert code == 0 and "取消申报资格" in output and "已追回" in output
    assert "处理决定" in load_workbook(tmp_path / "h.xlsx").sheetnames

    code, output = run("audit", "verify", "--as", "auditor")
    assert code == 0 and "账本核验通过：共 11 条记录，最新第 11 条" in output
    with engine.begin() as conn:
        conn.execute(update(LedgerEntry).where(LedgerEntry.seq == 4).values(fen=1))
    code, output = run("audit", "verify", "--as", "auditor")
    assert code == 1 and "第 4 条记录内容与其哈希不符（记录被修改）" in output


def test_bad_input_and_usage(run, engine: Engine) -> None:  # type: ignore[no-untyped-def]
    with tx(engine) as s:
        add_call(s)
    code, output = run("budget", "appropriate", "1", "art14a", "2026", "很多钱", "--as", "finance")
    assert code == 2 and "不是金额" in output
    code, output = run("budget", "appropriate", "1", "第十四条", "2026", "1万元", "--as", "finance")  # by its cite
    assert code == 0 and "条款 art14a 2026年度 1万元" in output
    code, output = run("pay", "--as", "finance")
    assert code == 3 and "请指定一个付款期次编号，或使用 --run" in output
    code, output = run("pay", "99", "--as", "finance")
    assert code == 2 and "付款期次 99 不存在" in output
    code, output = run("entity", "history", uscc(5), "--as", "officer")
    assert code == 2 and "未登记" in output
