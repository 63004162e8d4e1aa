"""Test data for the decision services, built directly with the ORM tables (the intake services are
written separately): organisations, users, an adopted policy, a call, applications in a given state.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from db_support import BAOAN as BAOAN
from db_support import CHAOYANG as CHAOYANG
from db_support import WAN as WAN
from db_support import tx as tx
from db_support import uscc as uscc
from db_support import user as user
from subsidy.rules.registry import find_policy
from subsidy.services.experts import complete_review, current_panel, declare, draw_panel_for, submit_scores
from subsidy.store.tables import (
    AdoptedPolicy,
    Application,
    Base,
    Call,
    Organisation,
    PolicyVersion,
    User,
)

RUBRIC: list[dict[str, Any]] = [
    {"id": "tech", "name": "技术先进性", "weight": 40, "max": 40},
    {"id": "team", "name": "团队与管理", "weight": 30, "max": 30},
    {"id": "benefit", "name": "经济社会效益", "weight": 30, "max": 30},
]


def app(s: Session, app_id: int) -> Application:
    row = s.get(Application, app_id)
    assert row is not None
    return row


def call(s: Session, call_id: int) -> Call:
    row = s.get(Call, call_id)
    assert row is not None
    return row


def add_org(s: Session, name: str, n: int) -> Organisation:
    org = Organisation(uscc=uscc(n), name=name, uscc_valid=True, district="宝安区", profile={})
    s.add(org)
    s.flush()
    return org


def add_user(s: Session, username: str, role: str, *, name: str | None = None, org: Organisation | None = None,
             employer: str | None = None, relations: Sequence[str] = ()) -> User:
    u = User(username=username, display_name=name or username, role=role,
             organisation_id=org.id if org else None, employer_uscc=employer, relations=list(relations))
    s.add(u)
    s.flush()
    return u


def adopt(s: Session, officer: User, policy_id: str = BAOAN) -> AdoptedPolicy:
    policy = find_policy(policy_id)
    root = Path(policy.directory)
    files = {p.relative_to(root).as_posix(): p.read_text(encoding="utf-8") for p in sorted(root.rglob("*"))
             if p.is_file() and "cases" not in p.relative_to(root).parts}
    if s.get(PolicyVersion, policy.version) is None:
        s.add(PolicyVersion(version=policy.version, policy_id=policy.id, files=files))
        s.flush()
    adopted = AdoptedPolicy(policy_id=policy.id, version=policy.version, effective_from=dt.date(2026, 1, 1),
                            adopted_by=officer.id)
    s.add(adopted)
    s.flush()
    return adopted


def add_call(s: Session, adopted: AdoptedPolicy, *, budget_wan: int = 1000, clause_budgets_wan: dict[str, int] | None = None,
             clauses: Sequence[str] = ("art2", "art3", "art14a", "art15"), panel_size: int = 3,
             notice_days: int = 5, one_per_entity: bool = True, year: int = 2026) -> Call:
    c = Call(adopted_policy_id=adopted.id, year=year, title=f"{year}年度人工智能+大健康专项扶持申报",
             clauses=list(clauses), budget_fen=budget_wan * WAN,
             clause_budgets={k: v * WAN for k, v in (clause_budgets_wan or {}).items()},
             opens_on=dt.date(year, 3, 2), closes_on=dt.date(year, 4, 30), required_documents={},
             rubric=RUBRIC, panel_size=panel_size, notice_working_days=notice_days, correction_working_days=10,
             one_per_entity=one_per_entity, state="open")
    s.add(c)
    s.flush()
    fund(s, c)
    return c


def fund(s: Session, c: Call, years: int = 3) -> None:
    """Appropriate each open clause's budget (or the call's) for the call's year and the next ones,
    so approvals can commit their tranches (issue 4's ledger); no audit record is written."""
    from subsidy.services.ledger import append

    for clause in c.clauses:
        fen = int((c.clause_budgets or {}).get(clause, c.budget_fen))
        for year in range(c.year, c.year + years):
            append(s, "appropriation", call_id=c.id, clause_id=clause, year=year, fen=fen, memo="测试预算")


def add_application(s: Session, c: Call, org: Organisation, creator: User, *, clause: str = "art2",
                    ceiling_wan: int | None = 100, ceiling_fen: int | None = None, requested_wan: int | None = None,
                    state: str = "accepted", score: str | None = None,
                    co_applicants: Sequence[str] = ()) -> Application:
    ceiling = ceiling_fen if ceiling_fen is not None else (None if ceiling_wan is None else ceiling_wan * WAN)
    a = Application(call_id=c.id, organisation_id=org.id, clause_id=clause, project_title=f"{org.name}项目",
                    co_applicants=list(co_applicants), facts={}, requested_fen=None if requested_wan is None
                    else requested_wan * WAN, state=state,
                    assessment={"clause": clause, "ceiling_fen": ceiling}, rules_version=find_policy(BAOAN).version,
                    ceiling_fen=ceiling, score=score, score_flagged=False, submitted_at=dt.date(c.year, 4, 20),
                    created_by=creator.id)
    s.add(a)
    s.flush()
    return a


def counts(engine: Engine) -> dict[str, Any]:
    """Row count of every table and the state of every application: what a refusal must not change."""
    with tx(engine) as s:
        out: dict[str, Any] = {t.name: s.scalar(select(func.count()).select_from(t)) for t in Base.metadata.sorted_tables}
        out["states"] = dict(s.execute(select(Application.id, Application.state)).all())
        out["proposed"] = dict(s.execute(select(Application.id, Application.proposed_fen)).all())
    return out


def audit_count(engine: Engine) -> int:
    return int(counts(engine)["audit_records"])


def basic_world(engine: Engine, **call_kw: Any) -> dict[str, Any]:
    """An officer, an adopted Bao'an policy, a call; returns ids by name."""
    with tx(engine) as s:
        officer = add_user(s, "kexin", "officer", name="区科信局王科长")
        adopted = adopt(s, officer)
        c = add_call(s, adopted, **call_kw)
        return {"officer": officer.username, "call": c.id, "adopted": adopted.id}


def review(engine: Engine, officer: str, app_id: int, total: int, seed: int = 1) -> list[str]:
    """Run a real expert review of ``app_id`` (draw, declare, score ``total`` each, complete)."""
    sheet = {"tech": str(total * 40 // 100), "team": str(total * 30 // 100),
             "benefit": str(total - total * 40 // 100 - total * 30 // 100)}
    with tx(engine) as s:
        drawn = draw_panel_for(s, user(s, officer), app(s, app_id), rng=random.Random(seed))
        for name in drawn.panel:
            declare(s, user(s, name), app(s, app_id))
            submit_scores(s, user(s, name), app(s, app_id), sheet)
        assert len(current_panel(s, app(s, app_id))) == len(drawn.panel)
        complete_review(s, user(s, officer), app(s, app_id))
    return list(drawn.panel)
