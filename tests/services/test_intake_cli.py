"""The intake commands end to end: a temp SQLite file, the real entry point (one error handler),
Typer's CliRunner for the environment and output. Exit codes: 0 done, 2 bad input, 3 refused."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from intake_support import ORG, PDF, PNG, dump
from sqlalchemy import Engine
from typer.testing import CliRunner

from cli_support import without_mode_banner
from db_support import copy_sqlite
from subsidy.cli import main
from subsidy.settings import Settings
from subsidy.store.db import make_engine

CHAOYANG = "cn-bj-chaoyang-smart-eldercare"
PROFILE = ["operates_in_chaoyang=是", "work_safety_accident=否", "serious_dishonesty=否", "smart_eldercare_field=是"]


class Cli:
    def __init__(self, tmp_path: Path) -> None:
        self.url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
        self.tmp = tmp_path
        self.runner = CliRunner()

    def __call__(self, *args: str) -> tuple[int, str]:
        """Exit code and all output (whitespace removed: Rich wraps long lines)."""
        with self.runner.isolation(env={"SUBSIDY_DATABASE_URL": self.url}) as (_, _, output):
            try:
                main(list(args))
            except SystemExit as exc:
                code = int(exc.code or 0)
            else:  # pragma: no cover - main always exits
                code = 0
            sys.stdout.flush()
            sys.stderr.flush()
            text = without_mode_banner(output.getvalue().decode("utf-8"))
        return code, "".join(text.split())

    def ok(self, *args: str) -> str:
        code, text = self(*args)
        assert code == 0, text
        return text

    def json(self, *args: str) -> object:
        with self.runner.isolation(env={"SUBSIDY_DATABASE_URL": self.url}) as (stdout, _, _):
            with pytest.raises(SystemExit) as exc:
                main([*args, "--json"])
            sys.stdout.flush()
            assert exc.value.code == 0
            return json.loads(stdout.getvalue().decode("utf-8"))

    def engine(self) -> Engine:
        return make_engine(Settings(self.url))

    def file(self, name: str, content: bytes) -> str:
        path = self.tmp / name
        path.write_bytes(content)
        return str(path)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The database every test starts from, made once through the CLI: the Chaoyang policy adopted, the
    organisation and its users, an open call (each test takes a copy: :func:`cli`)."""
    c = Cli(tmp_path_factory.mktemp("intake"))
    c.ok("db", "upgrade", "--mode", "simulation")  # the test's dates, not the clock's
    c.ok("user", "add", "root", "--name", "管理员", "--role", "admin")
    c.ok("user", "add", "li", "--name", "李科长", "--role", "officer", "--as", "root")
    c.ok("policy", "adopt", CHAOYANG, "--effective-from", "2026-01-01", "--as", "li")
    c.ok("org", "add", ORG, "--name", "北京康养科技有限公司", "--district", "朝阳区", "--as", "li",
         *[x for f in PROFILE for x in ("--fact", f)])
    c.ok("user", "add", "alice", "--name", "张经理", "--role", "applicant", "--org", ORG, "--as", "root")
    c.ok("call", "create", "--as", "li", "--policy", CHAOYANG, "--year", "2026", "--title", "2026年度智慧康养专项",
         "--budget", "2000万元", "--opens", "2026-03-02", "--closes", "2026-04-30", "--clause", "第七条",
         "--clause", "art4-1", "--clause-budget", "art7=1000万元", "--require", "*=营业执照",
         "--require", "art7=项目预算表", "--criterion", "tech:技术先进性:40:40", "--criterion", "team:团队能力:30:30",
         "--criterion", "benefit:社会效益:30:30", "--correction-days", "5")
    c.ok("call", "open", "1", "--as", "li", "--today", "2026-03-01")
    return c.tmp / "cli.sqlite3"


@pytest.fixture
def cli(tmp_path: Path, world: Path) -> Cli:
    copy_sqlite(world, tmp_path / "cli.sqlite3")
    return Cli(tmp_path)


def _draft(cli: Cli, *facts: str) -> None:
    cli.ok("app", "create", "--as", "alice", "--call", "1", "--org", ORG, "--clause", "第七条", "--title", "社区智慧照护",
           *[x for f in facts for x in ("--fact", f)])
    cli.ok("app", "upload", "1", cli.file("执照.pdf", PDF), "--type", "营业执照", "--as", "alice")


def test_the_intake_path_from_call_to_accepted(cli: Cli) -> None:
    call = cli.json("call", "show", "1", "--as", "alice")
    assert isinstance(call, dict)
    assert [c["id"] for c in call["clauses"]] == ["art7", "art4-1"]
    assert call["budget"] == "20000000.00" and call["clause_budgets"] == {"art7": "10000000.00"}
    assert call["state_label"] == "申报中"
    _draft(cli, "scenario_opened=是", "project_budget=600万元")
    assert "尚缺材料：项目预算表" in cli.ok("app", "show", "1", "--as", "alice")
    text = cli.ok("app", "upload", "1", cli.file("预算.pdf", PDF + b"1"), "--type", "项目预算表", "--as", "alice")
    assert "已上传「预算.pdf」（项目预算表，PDF文件" in text
    text = cli.ok("app", "submit", "1", "--as", "alice", "--today", "2026-03-16")
    assert "申报1已提交（待形式审查）；按第七条最高可获300万元" in text
    shown = cli.json("app", "show", "1", "--today", "2026-03-16", "--as", "li")
    assert isinstance(shown, dict)
    assert shown["state"] == "submitted" and shown["ceiling"] == "3000000.00"
    assert shown["assessment"]["policy"]["version"] == shown["rules_version"]
    assert shown["review_clock"]["deadline"] == "2026-03-30"
    assert [r["action"] for r in shown["audit"]] == ["create_application", "upload_document", "upload_document",
                                                      "submit"]
    assert "形式审查通过" in cli.ok("review", "accept", "1", "--as", "li", "--today", "2026-03-17")
    assert "形式审查通过，待专家评审" in cli.ok("app", "list", "--as", "li")


def test_correction_cycle_through_the_cli(cli: Cli) -> None:
    _draft(cli, "scenario_opened=是", "project_budget=600万元")
    cli.ok("app", "upload", "1", cli.file("预算.pdf", PDF + b"1"), "--type", "项目预算表", "--as", "alice")
    cli.ok("app", "submit", "1", "--as", "alice", "--today", "2026-03-16")
    text = cli.ok("review", "return", "1", "--reason", "预算表未盖章", "--as", "li", "--today", "2026-03-18")
    assert "请于2026-03-25（含）前补正后重新提交，审查计时暂停" in text
    assert "计时暂停" in cli.ok("app", "show", "1", "--today", "2026-03-20", "--as", "alice")
    code, text = cli("app", "submit", "1", "--as", "alice", "--today", "2026-03-26")
    assert code == 3 and "补正期限已于2026-03-25届满" in text
    cli.ok("app", "facts", "1", "--fact", "project_budget=400万元", "--as", "alice")
    assert "最高可获200万元" in cli.ok("app", "submit", "1", "--as", "alice", "--today", "2026-03-25")
    cli.ok("review", "reject", "1", "--reason", "场景未真实开放", "--as", "li", "--today", "2026-03-27")
    shown = cli.json("app", "show", "1", "--today", "2026-03-27", "--as", "alice")
    assert isinstance(shown, dict) and shown["state"] == "rejected"


@pytest.mark.parametrize(("args", "code", "needle"), [
    (("org", "add", "91350100M000100Y44", "--name", "某", "--as", "li"), 2, "第18位应为「3」，实际为「4」"),
    (("org", "add", ORG, "--name", "某", "--as", "li"), 3, "已登记"),
    (("org", "profile", ORG, "--fact", "platform_type=火箭", "--as", "alice"), 2, "不是「平台类型」的可选值"),
    (("org", "profile", ORG, "--fact", "没有等号", "--as", "alice"), 2, "字段「--fact」"),
    (("app", "create", "--as", "alice", "--call", "1", "--org", ORG, "--clause", "art7", "--title", "t",
      "--fact", "project_budget=6000000"), 2, "写成6000000元或600万元"),
    (("org", "profile", ORG, "--fact", "operates_in_chaoyang=yes", "--as", "alice"), 2, "true或false"),
    # a name no adopted policy declares: refused (not kept as free text), with the nearest declared one
    (("org", "profile", ORG, "--fact", "opertes_in_chaoyang=是", "--as", "alice"), 2,
     "「opertes_in_chaoyang」不是已采用政策规定的事实，不能登记为单位信息（是不是「operates_in_chaoyang」？）"),
    (("org", "add", "91110105MA01ABCD13", "--name", "某", "--fact", "legal_person=王五", "--as", "li"), 2,
     "字段「profile.legal_person」"),
    (("call", "create", "--as", "li", "--policy", CHAOYANG, "--year", "2026", "--title", "x", "--budget", "-1万元",
      "--opens", "2026-03-02", "--closes", "2026-04-30", "--clause", "art7"), 2, "不能为负数"),
    (("call", "open", "1", "--as", "alice"), 3, "「发布申报批次」只能由业务科室执行"),
    (("call", "close", "1", "--as", "nobody"), 2, "用户「nobody」不存在"),
    (("call", "show", "9", "--as", "li"), 2, "申报批次9不存在"),
    (("call", "create", "--as", "li", "--policy", CHAOYANG, "--year", "2026", "--title", "x", "--budget", "很多",
      "--opens", "2026-03-02", "--closes", "2026-04-30", "--clause", "art7"), 2, "字段「--budget」"),
    (("call", "create", "--as", "li", "--policy", CHAOYANG, "--year", "2026", "--title", "x", "--budget", "1万元",
      "--opens", "2026-03-02", "--closes", "2026-04-30", "--clause", "art7", "--criterion", "a:甲:50:10"), 2,
     "权重合计为50.00%"),
    (("call", "create", "--as", "li", "--policy", "cn-sz-baoan-ai-health", "--year", "2026", "--title", "x",
      "--budget", "1万元", "--opens", "2026-03-02", "--closes", "2026-04-30"), 3, "尚未采用"),
    (("app", "create", "--as", "alice", "--call", "1", "--org", ORG, "--clause", "art6", "--title", "t"), 2,
     "未在本批次开放"),
    (("call", "open", "1", "--as", "li", "--today", "2026-13-01"), 2, "字段「--today」"),
    (("user", "add", "bob", "--name", "鲍勃", "--role", "boss", "--as", "root"), 2, "不是可用的角色"),
    (("policy", "adopt", CHAOYANG, "--effective-from", "2026-01-01", "--as", "li"), 3, "无需重复采用"),
])
def test_bad_input_is_refused_with_its_exit_code_and_changes_nothing(cli: Cli, args: tuple[str, ...], code: int,
                                                                     needle: str) -> None:
    engine = cli.engine()
    before = dump(engine)
    got, text = cli(*args)
    assert (got, needle in text) == (code, True), text
    assert text.startswith("错误：")
    assert dump(engine) == before
    engine.dispose()


def test_application_refusals_change_nothing(cli: Cli) -> None:
    _draft(cli, "scenario_opened=否", "project_budget=600万元")
    engine = cli.engine()
    before = dump(engine)
    cases = [
        (("app", "upload", "1", cli.file("照片.pdf", PNG), "--type", "项目预算表", "--as", "alice"), 2,
         "扩展名「.pdf」与内容（PNG图片）不符"),
        (("app", "upload", "1", cli.file("空.pdf", b""), "--type", "项目预算表", "--as", "alice"), 2, "是空文件"),
        (("app", "upload", "1", str(cli.tmp / "不存在.pdf"), "--type", "项目预算表", "--as", "alice"), 2, "不存在.pdf」文件不存在"),
        (("app", "submit", "1", "--as", "alice", "--today", "2026-03-16"), 3, "缺少：项目预算表"),
        (("app", "withdraw", "1", "--as", "li"), 3, "「撤回」只能由申报单位执行"),
        (("review", "accept", "1", "--as", "li"), 3, "当前状态「草稿」下不能执行「形式审查通过」"),
    ]
    for args, code, needle in cases:
        got, text = cli(*args)
        assert (got, needle in text) == (code, True), text
    cli.ok("app", "upload", "1", cli.file("预算.pdf", PDF + b"1"), "--type", "项目预算表", "--as", "alice")
    before = dump(engine)
    for args, code, needle in [
        (("app", "submit", "1", "--as", "alice", "--today", "2026-05-06"), 3, "申报期为2026-03-02至2026-04-30"),
        (("app", "submit", "1", "--as", "alice", "--today", "2026-03-16"), 3, "评估结果为不符合"),
    ]:
        got, text = cli(*args)
        assert (got, needle in text) == (code, True), text
    cli.ok("app", "facts", "1", "--unset", "scenario_opened", "--as", "alice")
    code, text = cli("app", "submit", "1", "--as", "alice", "--today", "2026-03-16")
    assert code == 3 and "请先补充：开放应用场景（scenario_opened）" in text
    assert len(dump(engine)["audit_records"]) == len(before["audit_records"]) + 1  # only the facts change
    engine.dispose()


def test_officer_override_of_a_failing_code(cli: Cli) -> None:
    text = cli.ok("org", "add", "91350100M000100Y44", "--name", "老字号商行", "--as", "li",
                  "--override-reason", "营业执照原件核验无误")
    assert "代码未通过校验，已按理由登记：营业执照原件核验无误" in text
    org = cli.json("org", "show", "91350100M000100Y44", "--as", "li")
    assert isinstance(org, dict) and org["uscc_valid"] is False
    assert org["uscc_override_reason"] == "营业执照原件核验无误"


def test_profile_text_is_shown_as_text_not_markup(cli: Cli) -> None:
    code, text = cli("org", "profile", ORG, "--fact", "[/x][bold]王五=是", "--as", "alice")
    assert code == 2 and "「[/x][bold]王五」不是已采用政策规定的事实" in text
