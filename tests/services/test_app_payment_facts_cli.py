"""`subsidy app create | facts | show` and `subsidy show`: the facts that change only how a clause is paid (its
schedule's, 支付安排: Liuhe 第21条 for 第2条第一款) are listed apart from the project's, under their label, in
the text and in ``--json``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_intake_cli import Cli

from subsidy.admin.uscc import compute_check_char
from subsidy.rules.describe import PAYMENT_FACTS_LABEL

LIUHE = "cn-jl-liuhe-key-industries"
ORG = "91220000MA00000010"[:17] + compute_check_char("91220000MA00000010"[:17])
LABEL = "".join(PAYMENT_FACTS_LABEL.split())  # the Cli's output is compared without whitespace
PAYMENT = ["built_within_12_months", "enclosed_on", "completion_accepted_on", "operated_six_months"]


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    c = Cli(tmp_path)
    c.ok("db", "upgrade", "--mode", "simulation")
    c.ok("user", "add", "root", "--name", "管理员", "--role", "admin")
    c.ok("user", "add", "li", "--name", "李科长", "--role", "officer", "--as", "root")
    c.ok("policy", "adopt", LIUHE, "--effective-from", "2025-01-01", "--as", "li")
    c.ok("org", "add", ORG, "--name", "六合重点产业有限公司", "--district", "六合", "--as", "li", "--fact", "in_liuhe=是")
    c.ok("user", "add", "alice", "--name", "张经理", "--role", "applicant", "--org", ORG, "--as", "root")
    c.ok("call", "create", "--as", "li", "--policy", LIUHE, "--year", "2025", "--title", "2025年度重点产业项目奖励",
         "--budget", "2000万元", "--opens", "2025-03-03", "--closes", "2025-04-30", "--clause", "art2-industrial",
         "--criterion", "tech:技术先进性:100:100")
    c.ok("call", "open", "1", "--as", "li", "--today", "2025-03-01")
    return c


def test_an_applications_payment_facts_are_listed_apart(cli: Cli) -> None:
    text = cli.ok("app", "create", "--as", "alice", "--call", "1", "--org", ORG, "--clause", "art2-industrial",
                  "--title", "新建汽车零部件工厂", "--fact", "fixed_asset_investment=8000万元",
                  "--fact", "built_within_12_months=否")
    assert (f"{LABEL}，用`subsidyappfacts1`修改：新建重点产业项目在12个月内全面建成并投产（built_within_12_months）：否、"
            "建筑物主体封闭日期（enclosed_on）：未填") in text
    project = text.split("项目信息（本申报）")[1].split(LABEL)[0]
    assert "固定资产投资（fixed_asset_investment）：8000万元" in project and "enclosed_on" not in project

    text = cli.ok("app", "facts", "1", "--as", "alice", "--fact", "enclosed_on=2025-02-20")
    assert "已更新申报1的事实：3项" in text and "建筑物主体封闭日期（enclosed_on）：2025-02-20" in text.split(LABEL)[1]

    shown = cli.ok("app", "show", "1", "--as", "alice")
    assert (f"{LABEL}：新建重点产业项目在12个月内全面建成并投产：否、建筑物主体封闭日期：2025-02-20、"
            "建筑工程通过正式竣工验收日期：未填") in shown
    assert shown.count("建筑物主体封闭日期") == 1  # not among the project's facts as well
    doc = cli.json("app", "show", "1", "--as", "alice")
    assert isinstance(doc, dict)
    assert [(f["name"], f["value"]) for f in doc["payment_facts"]] == [
        ("built_within_12_months", False), ("enclosed_on", "2025-02-20"), ("completion_accepted_on", None),
        ("operated_six_months", None)]
    assert doc["facts"]["enclosed_on"] == "2025-02-20"  # every fact stays in facts, as stored


def test_show_lists_the_facts_a_clauses_schedule_reads(capsys: pytest.CaptureFixture[str]) -> None:
    from subsidy.cli import main

    with pytest.raises(SystemExit) as done:
        main(["show", f"{LIUHE}/第2条第一款", "--json"])
    assert done.value.code == 0
    (clause,) = json.loads(capsys.readouterr().out)["clauses"]
    assert [f["name"] for f in clause["payment_facts"]] == PAYMENT
    assert not set(PAYMENT) & {f["name"] for f in clause["facts"]}
    with pytest.raises(SystemExit):
        main(["show", f"{LIUHE}/第2条第一款"])
    text = "".join(capsys.readouterr().out.split())
    assert LABEL in text and text.index(LABEL) < text.index("built_within_12_months")
