"""The decision commands end to end through the CLI (on an SQLite file of their own): expert review,
selection with a what-if, 公示 with an objection, approval, the results table; refusals exit 3."""

from __future__ import annotations

import json

import pytest
from factories import WAN, add_application, add_call, add_org, add_user, adopt, tx, uscc
from sqlalchemy import Engine

from cli_support import run_cli
from subsidy.services.clock import set_mode
from subsidy.settings import Settings
from subsidy.store.db import make_engine


@pytest.fixture
def cli_db(sqlite_url: str, monkeypatch: pytest.MonkeyPatch) -> Engine:
    monkeypatch.setenv("SUBSIDY_DATABASE_URL", sqlite_url)
    monkeypatch.setenv("COLUMNS", "200")
    engine = make_engine(Settings(sqlite_url))
    with tx(engine) as s:
        set_mode(s, "simulation")  # the test's dates, not the clock's
        officer = add_user(s, "officer", "officer", name="王科长")
        c = add_call(s, adopt(s, officer), budget_wan=800, panel_size=3)
        for n, ceiling in enumerate((500, 400, 300), start=1):
            org = add_org(s, f"申报单位{n}", n)
            add_user(s, f"staff{n}", "applicant", org=org)
            add_application(s, c, org, officer, ceiling_wan=ceiling)
        add_user(s, "conflicted", "expert", employer=uscc(1))
        for i in range(4):
            add_user(s, f"e{i}", "expert", employer=uscc(100 + i))
    yield engine
    engine.dispose()


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    return run_cli(capsys, *args)


def _review(capsys: pytest.CaptureFixture[str], app_id: int, points: tuple[str, str, str], seed: int) -> None:
    code, output = run(capsys, "expert", "draw", str(app_id), "--as", "officer", "--seed", str(seed))
    assert code == 0
    assert ("回避：conflicted（专家所在单位即申报单位" in output) == (app_id == 1)  # employed by applicant 1
    code, output = run(capsys, "expert", "panel", str(app_id), "--as", "officer", "--json")
    panel = [m["expert"] for m in json.loads(output)["members"]]
    for name in panel:
        assert run(capsys, "expert", "declare", str(app_id), "--as", name)[0] == 0
        code, output = run(capsys, "expert", "score", str(app_id), "--as", name, "--score", f"tech={points[0]}",
                           "--score", f"team={points[1]}", "--score", f"benefit={points[2]}")
        assert code == 0, output
    assert run(capsys, "review", "complete", str(app_id), "--as", "officer")[0] == 0


def test_the_decision_cycle_through_the_cli(cli_db: Engine, capsys: pytest.CaptureFixture[str]) -> None:
    for app_id, points, seed in ((1, ("36", "27", "27"), 1), (2, ("32", "24", "24"), 2), (3, ("28", "21", "21"), 3)):
        _review(capsys, app_id, points, seed)
    code, output = run(capsys, "expert", "score", "1", "--as", "e0", "--score", "tech=1")
    assert code == 3 and "错误" in output

    code, output = run(capsys, "select", "run", "1", "--as", "officer", "--budget", "1200万元", "--what-if", "--json")
    assert code == 0
    what_if = json.loads(output)
    assert what_if["applied"] is False and what_if["total_awarded"] == "12000000.00"

    code, output = run(capsys, "select", "run", "1", "--as", "officer", "--mode", "optimal", "--json")
    assert code == 0
    applied = json.loads(output)
    assert [r["application_id"] for r in applied["awarded"]] == [1, 3]
    assert applied["reserve"][0]["application_id"] == 2
    assert run(capsys, "select", "run", "1", "--as", "officer")[0] == 3

    code, output = run(capsys, "notice", "publish", "1", "--as", "officer", "--today", "2026-06-01")
    assert code == 0 and "2026-06-01 至 2026-06-08" in output
    code, output = run(capsys, "notice", "object", "3", "--as", "staff2", "--text", "申报材料与实际不符",
                       "--today", "2026-06-03")
    assert code == 0 and "异议 1 已登记" in output
    code, output = run(capsys, "approve", "3", "--as", "officer", "--amount", "300万元", "--today", "2026-06-09")
    assert code == 3 and "尚未处理的异议" in output
    code, output = run(capsys, "notice", "resolve", "1", "--as", "officer", "--outcome", "dismissed",
                       "--reason", "经核查材料属实", "--today", "2026-06-05")
    assert code == 0 and "不成立" in output

    code, output = run(capsys, "approve", "1", "--as", "officer", "--amount", "500.01万元", "--today", "2026-06-09")
    assert code == 3 and "核定金额 500.01万元 超过该申报条款的最高可获支持额 500万元" in output
    code, output = run(capsys, "approve", "1", "--as", "officer", "--amount", "500万元", "--today", "2026-06-09")
    assert code == 0 and "已核定 500万元" in output
    assert run(capsys, "approve", "3", "--as", "officer", "--amount", "280万元", "--today", "2026-06-09")[0] == 0

    code, output = run(capsys, "call", "results", "1", "--as", "officer", "--json")
    assert code == 0
    rows = {r["application_id"]: r for r in json.loads(output)["rows"]}
    assert [rows[i]["rank"] for i in (1, 2, 3)] == [1, 2, 3]
    assert (rows[1]["approved"], rows[1]["state_label"]) == ("5000000.00", "已核定")
    assert (rows[2]["approved"], rows[2]["state"]) == (None, "reserve")
    assert rows[3]["approved"] == "2800000.00" and rows[3]["ceiling"] == str(300 * WAN // 100) + ".00"
    code, output = run(capsys, "call", "results", "1", "--as", "officer")
    assert code == 0 and "评审与遴选结果" in output and "已核定 780万元" in output


def test_bad_options_exit_2(cli_db: Engine, capsys: pytest.CaptureFixture[str]) -> None:
    code, output = run(capsys, "select", "run", "1", "--as", "officer", "--mode", "best")
    assert code == 2 and "--mode" in output
    code, output = run(capsys, "expert", "score", "1", "--as", "e0", "--score", "tech")
    assert code == 2 and "--score" in output
    code, output = run(capsys, "approve", "1", "--as", "officer", "--amount", "三百万")
    assert code == 2 and "--amount" in output


def test_an_expert_scores_with_a_comment_for_the_applicant_and_an_internal_one(
        cli_db: Engine, capsys: pytest.CaptureFixture[str]) -> None:
    from sqlalchemy import select

    from subsidy.store.tables import Score

    assert run(capsys, "expert", "draw", "2", "--as", "officer", "--seed", "2")[0] == 0
    code, output = run(capsys, "expert", "panel", "2", "--as", "officer", "--json")
    name = json.loads(output)["members"][0]["expert"]
    assert run(capsys, "expert", "declare", "2", "--as", name)[0] == 0
    code, output = run(capsys, "expert", "score", "2", "--as", name, "--score", "tech=30", "--score", "team=20",
                       "--score", "benefit=20", "--comment", "长" * 2001)
    assert code != 0 and "超过上限 2000 字" in output
    code, output = run(capsys, "expert", "score", "2", "--as", name, "--score", "tech=30", "--score", "team=20",
                       "--score", "benefit=20", "--comment", "建议补充市场数据", "--internal", "预算偏高")
    assert code == 0, output
    with tx(cli_db) as s:
        row = s.scalars(select(Score)).one()
        assert (row.applicant_comment, row.internal_comment) == ("建议补充市场数据", "预算偏高")
