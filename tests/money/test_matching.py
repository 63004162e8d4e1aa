"""免申即享 matching on the database: the ledger's grants (annual caps), bars and other support rule
offers out; a run is stored, sealed and verifiable; an enterprise's confirmation creates its application."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from money_factories import BAOAN, DAY, WAN, YEAR, add_award, add_org, add_user, funded_call, tx, uscc, user
from sqlalchemy import Engine, select, text

from subsidy.population.reader import read_registry
from subsidy.rules.registry import find_policy
from subsidy.services import audit, matching, sanctions
from subsidy.services.commitments import commit_award
from subsidy.services.other_support import add_support
from subsidy.store.tables import Application, Call, MatchRun

pytestmark = pytest.mark.db

HEADER = "统一社会信用代码,单位名称,具备独立法人资格,从事大健康领域研发、生产和服务,开发医疗大模型（L1）或场景大模型（L2）," \
         "上一年度租用智能算力开展大模型训练及推理,算力服务合同金额（万元）\n"


def _registry(tmp_path: Path, rows: list[tuple[int, str, str]]) -> Path:
    """Registry rows (organisation number, name, compute contract in 万元; "" = unknown)."""
    path = tmp_path / "registry.csv"
    path.write_text(HEADER + "".join(f"{uscc(n)},{name},是,是,是,是,{amount}\n" for n, name, amount in rows),
                    encoding="utf-8")
    return path


def _world(engine: Engine) -> None:
    """Orgs 1 (granted 100万 under 第二条 this year: its annual cap used up), 2 (barred), 3 (granted
    50万: half the cap left), 4 (district support for the same matter? none recorded: offered), and
    entity 9, never recorded by the fund."""
    with tx(engine) as s:
        c = funded_call(s, clauses=("art2",))
        officer = user(s, "officer")
        for n, fen in ((1, 100 * WAN), (3, 50 * WAN)):
            commit_award(s, add_award(s, c, add_org(s, n), fen, clause="art2", shares=("100%",)), None)
        sanctions.bar(s, officer, add_org(s, 2), dt.date(YEAR + 2, 12, 31), "骗取资金", DAY)
        add_support(s, officer, add_org(s, 4), programme="市级算力券", level="city", year=YEAR, fen=10 * WAN)


def _run(engine: Engine, path: Path) -> int:
    policy = find_policy(BAOAN)
    with tx(engine) as s:
        adopted, p = matching.match_policy(s, BAOAN)
        run, _ = matching.run_match(s, user(s, "officer"), adopted, p, read_registry(path, policy),
                                    registry_name=path.name, registry_sha256="0" * 64, today=DAY)
        return run.id


def test_the_ledger_rules_out_what_it_must(engine: Engine, tmp_path: Path) -> None:
    _world(engine)
    path = _registry(tmp_path, [(1, "甲", "400"), (2, "乙", "400"), (3, "丙", "400"), (4, "丁", "400"),
                                (9, "戊", "400"), (10, "己", "")])
    run_id = _run(engine, path)
    with tx(engine) as s:
        run = s.get_one(MatchRun, run_id)
        rows = {(r.uscc, r.clause_id): r for r in matching.run_rows(s, run)}
        art2 = run.summary["clauses"]["art2"]
        assert (uscc(1), "art2") not in rows  # 100万 granted this year: 每年最高100万 used up
        assert (uscc(2), "art2") not in rows  # barred
        assert rows[(uscc(3), "art2")].granted_fen == 50 * WAN  # the room left under the cap
        assert rows[(uscc(4), "art2")].granted_fen == 80 * WAN  # 400万 × 20%
        assert rows[(uscc(9), "art2")].granted_fen == 80 * WAN and rows[(uscc(9), "art2")].organisation_id is None
        pending = rows[(uscc(10), "art2")]
        assert pending.outcome == "pending" and pending.missing == ["compute_contract_amount"]
        assert art2["eligible"] == 3 and art2["pending"] == 1 and art2["ineligible"] == 2
        assert art2["ineligible_by_reason"] == {"处于取消申报资格期内": 1, "已达支持上限": 1}
        assert run.offered_fen == 210 * WAN
        actions = s.execute(text("select action from audit_records order by id desc limit 1")).scalar_one()
        assert actions == "run_match"
        assert audit.verify(s) == []


def test_a_changed_or_deleted_row_is_seen_by_verify(engine: Engine, tmp_path: Path) -> None:
    _world(engine)
    run_id = _run(engine, _registry(tmp_path, [(3, "丙", "400"), (9, "戊", "400")]))
    with engine.begin() as conn:
        conn.execute(text("update match_rows set granted_fen = 99900000 where number = 1"))
    with tx(engine) as s:
        problems = [p.problem for p in audit.verify(s)]
        assert any(f"免申即享匹配 {run_id} 的结果行与其摘要不符" in p for p in problems)
    with engine.begin() as conn:
        conn.execute(text("update match_runs set rows_stored = 1"))
    with tx(engine) as s:
        assert any("免申即享匹配（match_runs）第 1 条记录被修改" in p.problem for p in audit.verify(s))


def test_confirmation_creates_the_application_with_the_facts(engine: Engine, tmp_path: Path) -> None:
    _world(engine)
    run_id = _run(engine, _registry(tmp_path, [(3, "丙", "400"), (9, "戊", "400")]))
    with tx(engine) as s:
        for c in s.scalars(select(Call)):
            c.state = "open"
        add_user(s, "bing", "applicant", add_org(s, 3))
        add_user(s, "ding", "applicant", add_org(s, 4))
    with tx(engine) as s:
        run = s.get_one(MatchRun, run_id)
        row = next(r for r in matching.run_rows(s, run) if r.uscc == uscc(3))
        with pytest.raises(Exception, match="只能确认本单位"):
            matching.confirm(s, user(s, "ding"), run, row.number, DAY)
    with tx(engine) as s:
        run = s.get_one(MatchRun, run_id)
        app = matching.confirm(s, user(s, "bing"), run, row.number, DAY)
        assert app.state == "draft" and app.clause_id == "art2"
        assert app.facts["compute_contract_amount"] == "400万元"
    with tx(engine) as s:
        run = s.get_one(MatchRun, run_id)
        with pytest.raises(Exception, match="已于"):
            matching.confirm(s, user(s, "bing"), run, row.number, DAY)
        other = next(r for r in matching.run_rows(s, run) if r.uscc == uscc(9))
        with pytest.raises(Exception, match="尚未登记"):
            matching.confirm(s, user(s, "officer"), run, other.number, DAY)
        assert len(list(s.scalars(select(Application)))) == 3
        assert audit.verify(s) == []


def test_cli_match_list_show_and_access(engine: Engine, tmp_path: Path, run: Callable[..., tuple[int, str]]) -> None:
    _world(engine)
    path = _registry(tmp_path, [(1, "甲", "400"), (3, "丙", "400"), (9, "=HYPERLINK(\"x\")", "400")])
    with tx(engine) as s:
        add_user(s, "bing", "applicant", add_org(s, 3))
    code, text_ = run("match", str(path), "--policy", BAOAN, "--as", "bing", "--today", DAY.isoformat())
    assert code == 3 and "只能由" in text_
    code, text_ = run("match", str(path), "--policy", BAOAN, "--as", "officer", "--today", DAY.isoformat(),
                      "--out", str(tmp_path / "all.csv"))
    assert code == 0, text_
    assert "第二条（医疗大模型训练及推理算力租用补贴）：可免申 2，待补充 0，不符合 1" in text_
    exported = (tmp_path / "all.csv").read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in exported and "已达支持上限" in exported
    code, text_ = run("match", "list", "--as", "officer")
    assert code == 0 and "可免申 2" in text_
    code, text_ = run("match", "show", "1", "--as", "officer")
    assert code == 0 and "可得 50万元" in text_ and "可得 80万元" in text_
    code, text_ = run("match", "show", "7", "--as", "officer")
    assert code == 2 and "不存在" in text_
    with tx(engine) as s:
        stored = matching.run_rows(s, s.get_one(MatchRun, 1))
        assert len([r for r in stored if r.clause_id == "art2"]) == 2  # 不符合 is counted, not stored
        assert {r.outcome for r in stored if r.clause_id != "art2"} == {"pending"}  # the other clauses' facts unknown


def test_match_agrees_with_assess_row_by_row(engine: Engine) -> None:
    """A synthetic registry (Bao'an, with entities of the database among it: granted, barred, supported)
    evaluated by the match equals, for a sample of rows, the one-case engine on the same facts and the
    database's records: outcome, ceiling and amount, to the 分."""
    import random

    import polars as pl

    from subsidy.population.reader import read_frame
    from subsidy.population.synthetic import generate
    from subsidy.population.template import human_sheet
    from subsidy.rules.case import parse_case
    from subsidy.rules.evaluate import assess
    from subsidy.services.history import case_records_from_db
    from subsidy.store.tables import Organisation

    policy = find_policy(BAOAN)
    frame = generate("baoan", 4000, 11, policy)
    field = frame.filter(pl.col("big_health_field"))
    with tx(engine) as s:
        c = funded_call(s, clauses=("art2", "art11b", "art7-2-1"))
        officer = user(s, "officer")
        for k, code in enumerate(field.get_column("uscc").head(12).to_list()):
            org = Organisation(uscc=code, name=f"登记{k}", uscc_valid=True, profile={})
            s.add(org)
            s.flush()
            if k % 3 == 0:
                commit_award(s, add_award(s, c, org, (k + 1) * 10 * WAN, clause="art2", shares=("100%",)), None)
            elif k % 3 == 1:
                sanctions.bar(s, officer, org, dt.date(YEAR + 1, 1, 1), "违规", DAY)
            else:
                add_support(s, officer, org, programme="区级同类政策", level="district", year=YEAR, fen=5 * WAN)
    registry = read_frame(human_sheet(frame, policy), policy)
    rows = sorted({*range(min(12, field.height))} | set(random.Random(3).sample(range(registry.frame.height), 60)))
    field_rows = registry.frame.with_row_index("i").filter(pl.col("big_health_field")).get_column("i").to_list()
    rows = sorted(set(rows) | set(field_rows[:40]))
    with tx(engine) as s:
        adopted, p = matching.match_policy(s, BAOAN)
        ev = matching.evaluate_registry(s, p, adopted, registry, DAY)
        ids = {o.uscc: o.id for o in s.scalars(select(Organisation))}
        for i in rows:
            entity = registry.frame.row(i, named=True)
            org_id = ids.get(entity["uscc"])
            records = (case_records_from_db(s, org_id, BAOAN) if org_id is not None
                       else {"history": [], "other_support": [], "bars": []})
            case = parse_case({"as_of": DAY.isoformat(), "effective_from": adopted.effective_from.isoformat(),
                               "facts": json.loads(matching._facts_texts(p, registry.frame.slice(i, 1))[0]),
                               **records}, p)
            result = assess(p, case, effective_from=adopted.effective_from)
            for j, r in enumerate(result.clauses):
                eligible = {True: 1, False: 0, None: -1}[r.eligible]
                stacked = eligible == 1 and r.clause.kind == "monetary" and not r.granted_fen
                assert int(ev.outcome[i, j]) == (0 if stacked else eligible), (i, r.clause.id)
                if eligible == 1 and r.clause.kind == "monetary":
                    assert int(ev.granted[i, j]) == (r.granted_fen or 0), (i, r.clause.id)
                if eligible != 0 and r.ceiling_fen is not None:
                    assert int(ev.ceiling[i, j]) == r.ceiling_fen, (i, r.clause.id)
                if eligible == -1:
                    assert set(r.missing) <= set(ev.missing_facts(i, j)) | {"history", "other_support", "bars"}


@pytest.mark.parametrize("argv", [
    ("registry", "template", "no-such-policy", "--out", "{tmp}/t.xlsx"),
    ("registry", "template", BAOAN, "--out", "{tmp}/t.txt"),
    ("registry", "template", BAOAN, "--out", "/proc/t.xlsx"),
    ("registry", "generate", "--district", "[red]mars", "--out", "{tmp}/g.csv"),
    ("registry", "generate", "--district", "baoan", "--rows", "-1", "--out", "{tmp}/g.csv"),
    ("registry", "generate", "--district", "baoan", "--rows", "1e9", "--out", "{tmp}/g.csv"),
    ("registry", "generate", "--district", "baoan", "--out", "{tmp}/g.json"),
    ("registry", "check", "{tmp}/missing.csv", "--policy", BAOAN),
    ("registry", "check", "{tmp}/garbage.csv", "--policy", BAOAN),
    ("registry", "check", "{tmp}/ragged.csv", "--policy", BAOAN),
    ("registry", "check", "{tmp}", "--policy", BAOAN),
    ("match", "{tmp}/missing.csv", "--policy", BAOAN, "--as", "officer"),
    ("match", "{tmp}/ok.csv", "--policy", "no-such-policy", "--as", "officer"),
    ("match", "{tmp}/ok.csv", "--policy", BAOAN, "--as", "nobody"),
    ("match", "{tmp}/ok.csv", "--policy", BAOAN, "--as", "officer", "--out", "{tmp}/r.pdf"),
    ("match", "{tmp}/ok.csv", "--policy", BAOAN, "--as", "officer", "--today", "2026-02-30"),
    ("match", "show", "99999999999999999999", "--as", "officer"),
    ("match", "show", "1", "--outcome", "=cmd|' /C calc'!A0", "--as", "officer"),
    ("match", "confirm", "1", "1", "--as", "officer"),
    ("match", "list", "--as", "finance\x00"),
])
def test_hostile_registry_and_match_commands_end_cleanly(engine: Engine, tmp_path: Path, argv: tuple[str, ...],
                                                         run: Callable[..., tuple[int, str]]) -> None:
    with tx(engine) as s:
        funded_call(s, clauses=("art2",))
    (tmp_path / "garbage.csv").write_bytes(b"\xff\xfe\x00garbage\x00\x01")
    (tmp_path / "ragged.csv").write_text('统一社会信用代码,单位名称\n"a,b,c\n1,2,3,4\n', encoding="utf-8")
    _registry(tmp_path, [(3, "丙", "400")]).rename(tmp_path / "ok.csv")
    code, out = run(*(a.replace("{tmp}", str(tmp_path)) for a in argv))
    assert code in (1, 2, 3), out
    assert "错误" in out and "Traceback" not in out, out
