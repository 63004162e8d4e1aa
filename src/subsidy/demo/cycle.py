"""``subsidy demo``: a year of both seed policies' funds, from the call to money paid and a sanction.

Everything goes through the same services the CLI uses; dates are fixed (2026, a year the official
calendar knows) and the randomness is seeded, so the run is the same every time.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from rich.console import Console
from rich.markup import escape
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from subsidy.demo.data import APPLICANTS, EXPERTS, RUBRIC, Applicant
from subsidy.errors import SubsidyError
from subsidy.layout import heading, table
from subsidy.money import format_fen, parse_money
from subsidy.services import (
    accounts,
    applications,
    approval,
    audit,
    calls,
    clock,
    experts,
    formal_review,
    ledger,
    notice,
    organisations,
    payments,
    policies,
    reports,
    results,
    sanctions,
    selection,
    supervision,
)
from subsidy.services.documents import upload_document
from subsidy.settings import Settings
from subsidy.store.db import session_scope
from subsidy.store.tables import Application, Award, Organisation, Tranche, User

__all__ = ["make_demo_database", "run_demo"]

D = dt.date
PDF = b"%PDF-1.4\n% subsidy demo document\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"
POLICY_IDS = {"chaoyang": "cn-bj-chaoyang-smart-eldercare", "baoan": "cn-sz-baoan-ai-health"}
CALL_SETUP = {
    "chaoyang": {"title": "2026年度朝阳区智慧康养产业专项资金申报", "budget": "1800万元", "panel": 5,
                 "clauses": ("art4-1", "art4-2", "art6", "art7", "art8-1", "art8-2", "art11-1", "art11-2")},
    "baoan": {"title": "2026年度宝安区人工智能+大健康专项扶持申报", "budget": "3300万元", "panel": 3,
              "clauses": ("art2", "art3", "art5-1", "art5-2-2a", "art6-1", "art6-2-1", "art6-2-2", "art7-2-1",
                          "art8-1", "art8-2-1", "art11b", "art14a", "art15")},
}


@dataclass
class Demo:
    engine: Engine
    settings: Settings
    out: Console
    rng: random.Random = field(default_factory=lambda: random.Random(2026))
    calls: dict[str, int] = field(default_factory=dict)
    apps: dict[str, int] = field(default_factory=dict)

    @contextmanager
    def on(self, day: dt.date) -> Iterator[Session]:
        """A transaction whose actions carry the business date ``day``: every audit record has one."""
        with session_scope(self.engine) as s:
            dated(s, day)
            yield s

    def step(self, title: str, when: str) -> None:
        """A step of the year, with the business date(s) its actions carry."""
        heading(self.out, title, "bold")
        self.out.print(f"业务日期：{when}")


def dated(s: Session, day: dt.date) -> None:
    """The business date of the transaction's actions from now on (a demo database takes any date)."""
    clock.business_day(s, day, day)


def _user(s: Session, username: str) -> User:
    return s.scalars(select(User).where(User.username == username)).one()


def _wan(text: str) -> int:
    return parse_money(text).fen


def setup(d: Demo) -> None:
    d.step("一、准备：用户、专家库、采用政策、发布申报批次", "2026-01-01（采用政策）、2026-03-02（发布批次）")
    with d.on(D(2026, 1, 1)) as s:
        admin = organisations.create_user(s, None, username="admin", display_name="系统管理员", role="admin")
        for username, name, role in (("officer", "区科信局 王科长", "officer"), ("finance", "区财政局 李会计", "finance"),
                                     ("auditor", "区审计局 赵审计", "auditor")):
            organisations.create_user(s, admin, username=username, display_name=name, role=role)
        for e in EXPERTS:
            organisations.create_user(s, admin, username=e.username, display_name=e.name, role="expert",
                                      employer_uscc=e.employer, relations=e.relations)
    with d.on(D(2026, 1, 1)) as s:
        officer = _user(s, "officer")
        for key, policy_id in POLICY_IDS.items():
            dated(s, D(2026, 1, 1))
            adopted = policies.adopt_policy(s, officer, policy_id, D(2026, 1, 1))
            dated(s, D(2026, 3, 2))
            setup_ = CALL_SETUP[key]
            clauses = setup_["clauses"]
            assert isinstance(clauses, tuple)
            budget = _wan(str(setup_["budget"]))
            call = calls.create_call(s, officer, calls.CallSpec(
                adopted_policy_id=adopted.id, year=2026, title=str(setup_["title"]), clauses=clauses,
                budget_fen=budget, opens_on=D(2026, 3, 2), closes_on=D(2026, 4, 30), rubric=RUBRIC,
                panel_size=int(str(setup_["panel"])), notice_working_days=5, correction_working_days=5,
                required_documents={calls.ALL_CLAUSES: ["营业执照", "项目申报书"]}))
            calls.open_call(s, officer, call, D(2026, 3, 2))
            d.calls[key] = call.id
            d.out.print(f"采用《{policies.policy_of(s, adopted).title}》（施行日期 2026-01-01，规则版本 {adopted.version}）；"
                        f"发布批次 {call.id}「{call.title}」，预算 {format_fen(budget)}，申报期 2026-03-02 至 2026-04-30")
    d.out.print(f"专家库 {len(EXPERTS)} 人；其中赵雪受聘于申报单位颐年数智、陈立声明与智影医疗有关联，抽取时应回避。")


def _intake(d: Demo, a: Applicant) -> None:
    with d.on(D(2026, 4, 10)) as s:
        officer = _user(s, "officer")
        org = organisations.register_organisation(s, officer, uscc=a.uscc, name=a.name, profile=a.profile,
                                                  district="朝阳区" if a.policy == "chaoyang" else "宝安区")
        staff = organisations.create_user(s, _user(s, "admin"), username=f"staff_{a.key}",
                                          display_name=f"{a.name}申报专员", role="applicant", organisation=org)
        call = calls.get_call(s, d.calls[a.policy])
        app = applications.create_application(s, staff, call=call, organisation=org, clause=a.clause,
                                              project_title=a.project, project_ref=f"{a.key.upper()}-2026",
                                              facts=a.facts)
        for doc in a.documents:
            upload_document(s, staff, app, doc_type=doc, filename=f"{doc}.pdf", content=PDF + a.key.encode(),
                            settings=d.settings)
        d.apps[a.key] = app.id
    try:
        with d.on(D(2026, 4, 10)) as s:
            app = applications.get_application(s, d.apps[a.key])
            applications.submit(s, _user(s, f"staff_{a.key}"), app, D(2026, 4, 10))
            ceiling = format_fen(app.ceiling_fen or 0)
        d.out.print(f"  ✓ {a.name}：{a.project}（{a.clause}）已提交，最高可获 {ceiling}")
    except SubsidyError as exc:
        d.out.print(f"  ✗ {a.name}：提交被拒 —— {exc}")


def intake(d: Demo) -> None:
    d.step("二、申报与提交（引擎逐条校验资格，不符合或信息不全的不能提交）", "2026-04-10")
    for a in APPLICANTS:
        _intake(d, a)
    d.step("三、形式审查（补正时限按法定工作日计算，补正期间停止计时）", "2026-04-20 至 2026-05-01（截止申报）")
    for a in APPLICANTS:
        with d.on(D(2026, 4, 20)) as s:
            app = applications.get_application(s, d.apps[a.key])
            if app.state != "submitted":
                continue
            officer = _user(s, "officer")
            if a.correction:
                c = formal_review.return_for_correction(s, officer, app, a.correction, D(2026, 4, 20))
                d.out.print(f"  ↺ {a.name}：退回补正（{a.correction}），补正截止 {c.deadline}")
                continue
            formal_review.accept(s, officer, app, D(2026, 4, 20))
    for a in APPLICANTS:
        if not a.correction:
            continue
        with d.on(D(2026, 4, 24)) as s:
            app = applications.get_application(s, d.apps[a.key])
            formal_review.resubmit(s, _user(s, f"staff_{a.key}"), app, D(2026, 4, 24))
            dated(s, D(2026, 4, 28))
            formal_review.accept(s, _user(s, "officer"), app, D(2026, 4, 28))
            d.out.print(f"  ✓ {a.name}：2026-04-24 补正后重新提交，2026-04-28 形式审查通过")
    with d.on(D(2026, 5, 1)) as s:
        for call_id in d.calls.values():
            calls.close_call(s, _user(s, "officer"), calls.get_call(s, call_id), D(2026, 5, 1))


def _score(d: Demo, quality: int, criterion: dict[str, object]) -> str:
    top = int(str(criterion["max"]))
    value = top * quality / 100 + d.rng.uniform(-0.08, 0.08) * top
    return str(max(0, min(top, round(value))))


def review(d: Demo) -> None:
    d.step("四、专家评审（随机抽取、回避、声明、按权重评分、去掉最高最低分）", "2026-05-11（抽取专家）至 2026-05-15（评审完成），申报截止后、遴选前")
    quality = {a.key: a.quality for a in APPLICANTS}
    for key, app_id in d.apps.items():
        with d.on(D(2026, 5, 11)) as s:
            app = applications.get_application(s, app_id)
            if app.state != "accepted":
                continue
            drawn = experts.draw_panel_for(s, _user(s, "officer"), app, rng=d.rng)
            names = {e.username: e.name for e in EXPERTS}
            avoided = [f"{names.get(who, who)}（{why}）" for who, why in drawn.excluded]
        if avoided:
            d.out.print(f"  回避：申报 {app_id} —— " + "；".join(avoided))
        with d.on(D(2026, 5, 13)) as s:
            app = applications.get_application(s, app_id)
            for _member, expert in experts.current_panel(s, app):
                experts.declare(s, expert, app)
                experts.submit_scores(s, expert, app, {c["id"]: _score(d, quality[key], c) for c in RUBRIC})
        with d.on(D(2026, 5, 15)) as s:
            app = applications.get_application(s, app_id)
            rv = experts.complete_review(s, _user(s, "officer"), app)
            flag = "（专家意见分歧较大，已标记）" if rv.disagreement else ""
            how = "去掉最高、最低分后平均" if len(rv.totals) >= 5 else "平均"
            d.out.print(f"  申报 {app_id}（{key}）：{len(rv.totals)} 位专家，{how}得 {float(rv.aggregate):.2f} 分{flag}")


def select_and_notice(d: Demo) -> None:
    d.step("五、择优遴选（年度预算总额控制，一企一项就高）与公示", "2026-06-01 至 2026-06-05")
    with d.on(D(2026, 6, 1)) as s:
        officer = _user(s, "officer")
        for call_id in d.calls.values():
            call = calls.get_call(s, call_id)
            smaller = call.budget_fen * 2 // 3
            what_if = selection.run_selection(s, officer, call, budget_fen=smaller, apply=False)
            d.out.print(f"  批次 {call_id} 假设预算为 {format_fen(smaller)}：可支持 {len(what_if.result.awarded)} 项，"
                        f"合计 {format_fen(what_if.result.total_awarded_fen)}（仅测算，不改变任何数据）")
            outcome = selection.run_selection(s, officer, call, mode="rank_order")
            d.out.print(f"  批次 {call_id} 按排名择优：拟支持 {len(outcome.result.awarded)} 项，合计 "
                        f"{format_fen(outcome.result.total_awarded_fen)}，候补 {len(outcome.result.reserve)} 项")
            notice.publish_notice(s, officer, call, D(2026, 6, 1))
    target = next(k for k in ("cy4", "cy1") if _state(d, k) == "in_notice")
    with d.on(D(2026, 6, 3)) as s:
        app = applications.get_application(s, d.apps[target])
        obj = notice.file_objection(s, _user(s, "officer"), app, text="反映该单位项目建设费用虚高", today=D(2026, 6, 3),
                                    filed_by="匿名群众（来信）")
        d.out.print(f"  公示期 2026-06-01 起 5 个工作日；2026-06-03 收到对申报 {app.id} 的异议：{obj.text}")
    with d.on(D(2026, 6, 5)) as s:
        notice.resolve_objection(s, _user(s, "officer"), notice.get_objection(s, obj.id), outcome="dismissed",
                                 resolution="经核查建设费用有审计报告支撑，异议不成立", today=D(2026, 6, 5))
        d.out.print("  2026-06-05 核查后异议不成立，维持公示结果。")


def _state(d: Demo, key: str) -> str:
    with session_scope(d.engine) as s:
        return applications.get_application(s, d.apps[key]).state


def appropriate(d: Demo) -> None:
    """Finance puts the selected amounts on each clause's budget line, by the year each tranche falls due."""
    with d.on(D(2026, 6, 10)) as s:
        finance = _user(s, "finance")
        for call_id in d.calls.values():
            call = calls.get_call(s, call_id)
            _, policy = policies.call_policy(s, call)
            need: dict[tuple[str, int], int] = {}
            for app in s.scalars(select(Application).where(Application.call_id == call_id,
                                                           Application.state == "in_notice")):
                for t in approval.payment_schedule(policy.clause(app.clause_id), app.proposed_fen or 0, call.year):
                    line = (app.clause_id, int(t["due_year"]))
                    need[line] = need.get(line, 0) + int(t["fen"])
            for (clause, year), fen in sorted(need.items()):
                ledger.appropriate(s, finance, call, clause, year, fen, memo=f"{year}年度专项资金预算")
            years = sorted({y for _, y in need})
            d.out.print(f"  批次 {call_id}：按遴选结果下达 {len(need)} 条预算（{years[0]}–{years[-1]}年度），"
                        f"合计 {format_fen(sum(need.values()))}")


def approve_all(d: Demo) -> None:
    d.step("六、下达预算、核定支持（核定金额不超过引擎计算的最高可获支持额），承诺各年度预算", "2026-06-10")
    appropriate(d)
    for key, app_id in d.apps.items():
        with d.on(D(2026, 6, 10)) as s:
            app = applications.get_application(s, app_id)
            if app.state != "in_notice":
                continue
            amount = app.proposed_fen or app.ceiling_fen or 0
            award = approval.approve(s, _user(s, "officer"), app, amount_fen=amount, today=D(2026, 6, 10))
            payee = policies.call_policy(s, calls.get_call(s, app.call_id))[1].clause(app.clause_id).payee_label
            plan = "；".join(f"{t['when']} {format_fen(int(t['fen']))}" for t in award.schedule)
            d.out.print(f"  申报 {app_id}（{key}）核定 {format_fen(award.approved_fen)}，收款方：{payee}，支付：{plan}")


def result_tables(d: Demo) -> None:
    with d.on(D(2026, 6, 10)) as s:
        for call_id in d.calls.values():
            res = results.call_results(s, _user(s, "officer"), calls.get_call(s, call_id))
            t = table("排名", "申报单位", "条款", "得分", "最高可获", "核定", "状态", title=f"批次 {call_id}：{res.call.title}（预算 {format_fen(res.budget_fen)}）")
            for r in res.rows:
                t.add_row("" if r.rank is None else str(r.rank), r.applicant, r.cite or r.clause_id,
                          "" if r.score is None else f"{float(r.score):.2f}",
                          "" if r.ceiling_fen is None else format_fen(r.ceiling_fen),
                          "" if r.approved_fen is None else format_fen(r.approved_fen), r.state_label)
            d.out.print(t)
            d.out.print(f"已核定合计 {format_fen(res.approved_fen)} / 预算 {format_fen(res.budget_fen)}")


def money(d: Demo) -> None:
    d.step("七、拨付首期资金（幂等：重复执行不会重复拨付）", "2026-07-01")
    run = payments.payment_run(d.engine, "finance", D(2026, 7, 1))
    again = payments.payment_run(d.engine, "finance", D(2026, 7, 1))
    d.out.print(f"  2026-07-01 拨付 {len(run.paid)} 笔，合计 {format_fen(sum(p.fen for p in run.paid))}；"
                f"再次执行拨付：新增 {len([p for p in again.paid if not p.repeated])} 笔")
    d.step("八、违规处理：审计发现 → 终止项目、追回资金、取消申报资格", "2026-09-15 至 2026-10-20")
    with d.on(D(2026, 9, 15)) as s:
        officer, auditor = _user(s, "officer"), _user(s, "auditor")
        app = applications.get_application(s, d.apps["ba1"])
        award = s.scalars(select(Award).where(Award.application_id == app.id)).one()
        org = s.get(Organisation, app.organisation_id)
        assert org is not None
        finding = supervision.add_finding(s, auditor, award, "首期资助资金被挪用于偿还股东借款", severity="serious",
                                          today=D(2026, 9, 15))
        dated(s, D(2026, 9, 16))
        _, cancelled = sanctions.terminate(s, officer, award, "挪用专项资金", D(2026, 9, 16), finding=finding)
        paid = sum(t.fen for t in award_tranches(s, award.id) if t.state == "paid")
        rec = sanctions.recover(s, officer, award, paid, D(2026, 10, 30), "追回已拨付资金", D(2026, 9, 16),
                                finding=finding)
        bar_ = sanctions.bar(s, officer, org, D(2029, 9, 15), "挪用专项资金，三年内不得申报", D(2026, 9, 16),
                             finding=finding)
        d.out.print(f"  {org.name}：终止奖励 {award.id}，取消未拨付的 {len(cancelled)} 期（释放承诺）；"
                    f"追回已拨付 {format_fen(paid)}（2026-10-30 前）；取消申报资格至 {bar_.bar_until}")
    with d.on(D(2026, 10, 20)) as s:
        sanction = sanctions.get_sanction(s, rec.id)
        sanctions.receive(s, _user(s, "finance"), sanction, paid // 2, "退款凭证 2026-1020-01", D(2026, 10, 20))
        owed, received = sanctions.recovery_status(s, sanction)
        d.out.print(f"  2026-10-20 追回到账 {format_fen(received)}，尚欠 {format_fen(owed)}")
    later_application(d)


def award_tranches(s: Session, award_id: int) -> list[Tranche]:
    return list(s.scalars(select(Tranche).where(Tranche.award_id == award_id).order_by(Tranche.number)))


def later_application(d: Demo) -> None:
    d.step("九、被取消资格的单位再次申报：引擎拒绝并说明理由", "2026-10-12 至 2026-10-15")
    with d.on(D(2026, 10, 12)) as s:
        officer = _user(s, "officer")
        first = calls.get_call(s, d.calls["baoan"])
        call = calls.create_call(s, officer, calls.CallSpec(
            adopted_policy_id=first.adopted_policy_id, year=2026, title="2026年度宝安区人工智能+大健康专项扶持（第二批）",
            clauses=["art5-2-2a", "art15"], budget_fen=_wan("500万元"), opens_on=D(2026, 10, 12),
            closes_on=D(2026, 11, 30), rubric=RUBRIC, panel_size=3, notice_working_days=5,
            required_documents={calls.ALL_CLAUSES: ["营业执照"]}))
        calls.open_call(s, officer, call, D(2026, 10, 12))
        a = next(x for x in APPLICANTS if x.key == "ba1")
        org = organisations.find_organisation(s, a.uscc)
        staff = _user(s, "staff_ba1")
        app = applications.create_application(s, staff, call=call, organisation=org, clause="art5-2-2a",
                                              project_title="首次获得 GCP 资质", facts={"first_gcp_qualification": True})
        upload_document(s, staff, app, doc_type="营业执照", filename="营业执照.pdf", content=PDF + b"again",
                        settings=d.settings)
        app_id = app.id
    try:
        with d.on(D(2026, 10, 15)) as s:
            app = applications.get_application(s, app_id)
            applications.submit(s, _user(s, "staff_ba1"), app, D(2026, 10, 15))
        d.out.print("  [red]异常：被取消资格的单位竟然提交成功[/red]", markup=True)
    except SubsidyError as exc:
        d.out.print(f"  ✗ 2026-10-15 深圳宝安仁爱医院再次申报被拒 —— {exc}")


def closing(d: Demo) -> None:
    d.step("十、资金状况与账本校验", "2026-10-20 之后（以上全部记录）")
    with d.on(D(2026, 10, 20)) as s:
        t = table("批次", "条款", "年度", "预算", "已承诺", "已拨付", "已追回", "可用", title="资金状况（按批次、条款、年度；均由账本推导）")
        for line in reports.fund_position(s, _user(s, "auditor")):
            if line.committed or line.paid or line.recovered:
                t.add_row(str(line.call_id), line.clause_id, str(line.year), format_fen(line.appropriated),
                          format_fen(line.committed), format_fen(line.paid), format_fen(line.recovered),
                          format_fen(line.available))
        d.out.print(t)
        problems = audit.verify(s)
        d.out.print("账本与审计日志校验：" + ("[green]完好，无记录被篡改[/green]" if not problems else
                                       escape("；".join(p.problem for p in problems))), markup=True)


def make_demo_database(engine: Engine) -> None:
    """Mark a new database as a demo one (its dates are the demo year's, not the clock's), dated as the
    year's first day like everything after it."""
    with session_scope(engine) as s:
        clock.set_mode(s, "demo")
        dated(s, D(2026, 1, 1))


def run_demo(engine: Engine, settings: Settings, out: Console) -> None:
    d = Demo(engine, settings, out)
    setup(d)
    intake(d)
    review(d)
    select_and_notice(d)
    approve_all(d)
    result_tables(d)
    money(d)
    closing(d)
    with d.on(D(2026, 10, 20)) as s:  # a demo database only: a production one refuses (services/accounts.py)
        accounts.set_demo_passwords(s, now=dt.datetime.now(dt.UTC))
