"""Who may see and change what, as a role × command matrix through the CLI (one SQLite file for the
module: no command here may change it). Allowed reads exit 0; refused ones exit 3 with a Chinese
message and change nothing. ``--as`` must name an existing, active user.

The people: alice (applicant of 康养科技, which owns applications 1 and 4 — award 1), mallory
(applicant of a rival organisation, owner of applications 2 and 3), three experts — on application 1's panel, on it but having
declared a conflict (回避), on no panel — and one officer, administrator, auditor and finance officer.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from factories import WAN, add_application, add_call, add_org, add_user, adopt, tx, uscc
from sqlalchemy import Engine, select

from cli_support import run_cli
from subsidy.cli import main
from subsidy.settings import Settings
from subsidy.store.db import make_engine, migrate
from subsidy.store.tables import AuditRecord, Award, Base, PanelMember

OWN, RIVAL = uscc(1), uscc(2)
STAFF = ("officer", "admin", "auditor", "finance")
APPLICANTS = ("alice", "mallory")
EXPERTS = ("on_panel", "conflicted", "unassigned")
EVERYONE = (*APPLICANTS, *EXPERTS, *STAFF)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Engine]]:
    url = f"sqlite:///{tmp_path_factory.mktemp('access') / 'access.sqlite3'}"
    engine = make_engine(Settings(url))
    migrate(engine)
    with tx(engine) as s:
        officer = add_user(s, "officer", "officer")
        for name in ("admin", "auditor", "finance"):
            add_user(s, name, name)
        own, rival = add_org(s, "康养科技", 1), add_org(s, "竞争对手", 2)
        alice = add_user(s, "alice", "applicant", org=own)
        add_user(s, "mallory", "applicant", org=rival)
        c = add_call(s, adopt(s, officer))
        mine = add_application(s, c, own, alice, state="in_review")
        add_application(s, c, rival, alice, state="submitted")
        add_application(s, c, rival, alice, state="accepted")
        won = add_application(s, c, own, alice, state="approved")
        s.add(Award(application_id=won.id, approved_fen=100 * WAN, ceiling_fen=100 * WAN, schedule=[],
                    payee="applicant", approved_on=dt.date(2026, 6, 1), approved_by=officer.id))
        experts = {}
        for name, declared in (("on_panel", True), ("conflicted", False), ("unassigned", None)):
            expert = experts[name] = add_user(s, name, "expert", employer=uscc(90))
            if name != "unassigned":
                s.add(PanelMember(application_id=mine.id, expert_id=expert.id, declared_no_conflict=declared,
                                  drawn_seed=1, review_round=1, excluded_experts=[]))
        gone = add_user(s, "gone", "officer")
        gone.active = False
        s.add(AuditRecord(actor_id=experts["on_panel"].id, action="score", subject=f"application:{mine.id}",
                          detail={"total": "80"}))
    yield url, engine
    engine.dispose()


@pytest.fixture
def run(world: tuple[str, Engine], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    url, _ = world
    monkeypatch.setenv("SUBSIDY_DATABASE_URL", url)
    monkeypatch.delenv("SUBSIDY_USER", raising=False)

    def _run(*args: str) -> tuple[int, str]:
        return run_cli(capsys, *args)

    return _run


def _dump(engine: Engine) -> dict[str, list[tuple[object, ...]]]:
    with engine.connect() as conn:
        return {t.name: sorted((tuple(map(repr, r)) for r in conn.execute(t.select())), key=repr)
                for t in Base.metadata.sorted_tables}


# command -> (arguments, who may run it); everyone else is refused with exit 3
READS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "app show": (("app", "show", "1"), ("alice", "on_panel", *STAFF)),
    "app list": (("app", "list"), EVERYONE),  # everyone, each seeing only their own (below)
    "org show": (("org", "show", OWN), ("alice", *STAFF)),
    "entity history": (("entity", "history", OWN), ("alice", *STAFF)),
    "fund position": (("fund", "position"), STAFF),
    "audit verify": (("audit", "verify"), STAFF),
    "call show": (("call", "show", "1"), EVERYONE),
    "call results": (("call", "results", "1"), STAFF),
    "expert panel": (("expert", "panel", "1"), ("officer", "admin", "auditor")),
    "policy list": (("policy", "list"), EVERYONE),
}
# write commands that must be refused for these users (the allowed paths are tested elsewhere)
WRITES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "org profile": (("org", "profile", OWN, "--fact", "serious_dishonesty=否"),
                    ("mallory", *EXPERTS, "admin", "auditor", "finance")),
    "org add": (("org", "add", uscc(3), "--name", "新单位"), (*APPLICANTS, *EXPERTS, "auditor", "finance")),
    "user add": (("user", "add", "eve", "--name", "某某", "--role", "admin"),
                 (*APPLICANTS, *EXPERTS, "officer", "auditor", "finance")),
    "user deactivate": (("user", "deactivate", "alice"), (*APPLICANTS, *EXPERTS, "officer", "auditor", "finance")),
    "app facts": (("app", "facts", "1", "--fact", "project_budget=600万元"),
                  ("mallory", *EXPERTS, "admin", "auditor", "finance")),
    "review accept": (("review", "accept", "2", "--today", "2026-04-21"),
                      (*APPLICANTS, *EXPERTS, "admin", "auditor", "finance")),
    "expert draw": (("expert", "draw", "3", "--seed", "1"), (*APPLICANTS, *EXPERTS, "admin", "auditor", "finance")),
    "expert score": (("expert", "score", "1", "--score", "tech=30"),
                     (*APPLICANTS, "conflicted", "unassigned", *STAFF)),
    "select run": (("select", "run", "1", "--what-if"), (*APPLICANTS, *EXPERTS, "admin", "auditor", "finance")),
    "budget appropriate": (("budget", "appropriate", "1", "art2", "2026", "10万元"),
                           (*APPLICANTS, *EXPERTS, "officer", "auditor")),
    "pay": (("pay", "--run", "--today", "2026-07-01"), (*APPLICANTS, *EXPERTS, "officer", "auditor")),
    "notice object": (("notice", "object", "1", "--text", "虚报"), (*EXPERTS, "admin", "auditor", "finance")),
    "finding add": (("finding", "add", "1", "虚列支出"), (*APPLICANTS, *EXPERTS, "finance")),
    "sanction bar": (("sanction", "bar", RIVAL, "--until", "2029-12-31", "--reason", "骗取资金"),
                     (*APPLICANTS, *EXPERTS, "auditor", "finance")),
}

CELLS = [(cmd, who, who in allowed) for cmd, (_, allowed) in READS.items() for who in EVERYONE]
WRITE_CELLS = [(cmd, who) for cmd, (_, refused) in WRITES.items() for who in refused]


@pytest.mark.parametrize(("command", "who", "allowed"), CELLS, ids=[f"{c}-{w}" for c, w, _ in CELLS])
def test_read_matrix(run, world: tuple[str, Engine], command: str, who: str, allowed: bool) -> None:  # type: ignore[no-untyped-def]
    args, _ = READS[command]
    before = _dump(world[1])
    code, output = run(*args, "--as", who)
    if allowed:
        assert code == 0, output
    else:
        assert code == 3, output
        assert "错误" in output and ("只能" in output or "不对" in output or "不能查看" in output), output
        assert "Traceback" not in output
    assert _dump(world[1]) == before  # a read changes nothing


@pytest.mark.parametrize(("command", "who"), WRITE_CELLS, ids=[f"{c}-{w}" for c, w in WRITE_CELLS])
def test_refused_writes(run, world: tuple[str, Engine], command: str, who: str) -> None:  # type: ignore[no-untyped-def]
    args, _ = WRITES[command]
    before = _dump(world[1])
    code, output = run(*args, "--as", who)
    assert code == 3, output
    assert "错误" in output and "Traceback" not in output
    assert "只能" in output or "不是申报 1 本轮评审专家组成员" in output or "已声明回避" in output, output
    assert _dump(world[1]) == before


def test_the_matrix_covers_the_reads_that_took_no_user() -> None:
    """app show, app list, org show, entity history, fund position and audit verify took no user: every
    role read everything. Now each is refused to whoever may not see it, and needs a real user."""
    before_fix = ("app show", "app list", "org show", "entity history", "fund position", "audit verify")
    refused = [(c, w) for c, w, ok in CELLS if c in before_fix and not ok]
    assert len(refused) == 21
    # with the unknown and the deactivated user and without --as (below): 21 + 6 × 2 = 33 refusals
    assert len(refused) + 2 * len(before_fix) == 33


@pytest.mark.parametrize("command", list(READS))
@pytest.mark.parametrize("who", ["nobody", "gone"])
def test_the_acting_user_must_exist_and_be_active(run, command: str, who: str) -> None:  # type: ignore[no-untyped-def]
    code, output = run(*READS[command][0], "--as", who)
    assert code == (2 if who == "nobody" else 3)  # an unknown name is bad input; a deactivated user is refused
    assert ("用户「nobody」不存在" if who == "nobody" else "用户「gone」已停用，不能执行任何操作") in output


@pytest.mark.parametrize("command", list(READS))
def test_a_read_without_a_user_is_refused(run, command: str) -> None:  # type: ignore[no-untyped-def]
    code, output = run(*READS[command][0])
    assert code == 2 and "缺少 --as（处理办法：用 --as 用户名 指定执行操作的用户，或设置环境变量 SUBSIDY_USER" in output


def test_the_acting_user_may_come_from_the_environment(run, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("SUBSIDY_USER", "alice")
    code, output = run("org", "show", OWN)
    assert code == 0 and "康养科技" in output
    code, output = run("org", "show", RIVAL)
    assert code == 3 and "只能查看本单位的信息" in output


def _ids(run, who: str) -> list[int]:  # type: ignore[no-untyped-def]
    code, output = run("app", "list", "--json", "--as", who)
    assert code == 0, output
    return [row["id"] for row in json.loads(output)]


def test_each_user_lists_only_what_they_may_read(run) -> None:  # type: ignore[no-untyped-def]
    assert _ids(run, "alice") == [1, 4]
    assert _ids(run, "mallory") == [2, 3]
    assert _ids(run, "on_panel") == [1]
    assert _ids(run, "conflicted") == []  # nothing of an application after declaring a conflict
    assert _ids(run, "unassigned") == []
    for who in STAFF:
        assert _ids(run, who) == [1, 2, 3, 4]


def test_an_applicant_sees_its_audit_trail_without_expert_names_or_scores(run) -> None:  # type: ignore[no-untyped-def]
    code, output = run("app", "show", "1", "--json", "--as", "alice")
    assert code == 0, output
    (score,) = [r for r in json.loads(output)["audit"] if r["action"] == "score"]
    assert score["actor"] == "评审专家" and score["detail"] == {}
    code, output = run("app", "show", "1", "--json", "--as", "auditor")
    (score,) = [r for r in json.loads(output)["audit"] if r["action"] == "score"]
    assert score["actor"] == "on_panel" and score["detail"] == {"total": "80"}


def test_deactivating_a_user_stops_them_and_is_audited(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'users.sqlite3'}"
    engine = make_engine(Settings(url))
    migrate(engine)
    with tx(engine) as s:
        add_user(s, "root", "admin")
        add_user(s, "li", "officer")
    monkeypatch.setenv("SUBSIDY_DATABASE_URL", url)

    def run(*args: str) -> tuple[int, str]:
        return run_cli(capsys, *args)

    assert run("user", "deactivate", "li", "--as", "root") == (0, "已停用用户「li」（li）\n")
    code, output = run("policy", "list", "--as", "li")
    assert code == 3 and "已停用" in output
    code, output = run("user", "deactivate", "root", "--as", "root")
    assert code == 3 and "不能停用或启用自己的账号" in output
    assert run("user", "activate", "li", "--as", "root")[0] == 0
    assert run("policy", "list", "--as", "li")[0] == 0
    with tx(engine) as s:
        actions = [(r.action, r.actor_id, r.detail["via"]) for r in
                   s.scalars(select(AuditRecord).where(AuditRecord.action != "seal").order_by(AuditRecord.id))]
    via = {"channel": "cli", "operator": getpass.getuser()}  # who typed `--as root` on the server
    assert actions == [("deactivate_user", 1, via), ("activate_user", 1, via)]
    engine.dispose()


def test_a_missing_argument_is_named_in_chinese(run) -> None:  # type: ignore[no-untyped-def]
    code, output = run("app", "show", "--as", "alice")
    assert code == 2 and "缺少 申报编号（APP_ID）" in output


def test_an_expert_who_declares_a_conflict_sees_nothing_more_of_the_application(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'conflict.sqlite3'}"
    engine = make_engine(Settings(url))
    migrate(engine)
    with tx(engine) as s:
        officer = add_user(s, "officer", "officer")
        org = add_org(s, "康养科技", 1)
        c = add_call(s, adopt(s, officer), panel_size=1)
        add_application(s, c, org, officer, state="accepted")
        for n in range(1, 4):
            add_user(s, f"expert{n}", "expert", employer=uscc(90 + n))
    monkeypatch.setenv("SUBSIDY_DATABASE_URL", url)

    def run(*args: str) -> tuple[int, str]:
        with pytest.raises(SystemExit) as exc:
            main(list(args))
        captured = capsys.readouterr()
        return int(exc.value.code or 0), captured.out + captured.err

    code, output = run("expert", "draw", "1", "--seed", "7", "--as", "officer")
    assert code == 0, output
    (drawn,) = [f"expert{n}" for n in range(1, 4) if f"：expert{n}" in output]
    assert run("app", "show", "1", "--as", drawn)[0] == 0
    code, output = run("expert", "declare", "1", "--conflict", "与申报单位负责人系亲属", "--as", drawn, "--seed", "3")
    assert code == 0 and "已声明回避，已随机抽取替补专家" in output
    assert not [n for n in range(1, 4) if f"expert{n}" in output and f"expert{n}" != drawn]  # no replacement named
    code, output = run("app", "show", "1", "--as", drawn)
    assert code == 3 and "不是申报 1 的评审专家（或已声明回避），不能查看" in output
    code, output = run("app", "list", "--json", "--as", drawn)
    assert code == 0 and json.loads(output) == []
    engine.dispose()


@pytest.mark.parametrize("args", [("org", "show", uscc(77)), ("entity", "history", uscc(77)), ("app", "show", "99")])
def test_whether_a_record_exists_is_told_only_to_who_may_read_everything(run, args: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    code, output = run(*args, "--as", "officer")  # an unknown number or code is bad input (exit 2)
    assert code == 2 and ("未登记" in output or "不存在" in output)
    for who in ("alice", "on_panel"):  # the same refusal as for a record that exists but is not theirs
        code, output = run(*args, "--as", who)
        assert code == 3 and "未登记" not in output and "不存在" not in output, output
        assert "只能查看本单位" in output or "不对" in output or "不能查看" in output
