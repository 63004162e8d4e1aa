"""Test data for the money services, built directly with the ORM: users, an adopted Bao'an policy,
a call, organisations with approved applications and awards (schedule 50/30/20 or lump sum), and
a snapshot of every table to show that a refusal changed nothing."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session

from db_support import BAOAN as BAOAN
from db_support import NO_WAIT_FOR_DISK, pg_options
from db_support import WAN as WAN
from db_support import snapshot as snapshot
from db_support import tx as tx
from db_support import uscc as uscc
from db_support import user as user
from subsidy.money import split_by_shares
from subsidy.rules.registry import find_policy
from subsidy.settings import Settings
from subsidy.store.db import make_engine
from subsidy.store.tables import (
    AdoptedPolicy,
    Application,
    Award,
    Call,
    Notice,
    Organisation,
    PolicyVersion,
    User,
)

YEAR = 2026
DAY = dt.date(2026, 7, 1)


def add_user(s: Session, username: str, role: str, org: Organisation | None = None) -> User:
    existing = s.scalars(select(User).where(User.username == username)).one_or_none()
    if existing is not None:
        return existing
    u = User(username=username, display_name=username, role=role, organisation_id=org.id if org else None,
             relations=[])
    s.add(u)
    s.flush()
    return u


def staff(s: Session) -> None:
    """The people every test needs: an officer, a finance officer, an auditor."""
    add_user(s, "officer", "officer")
    add_user(s, "finance", "finance")
    add_user(s, "auditor", "auditor")


def add_call(s: Session, *, year: int = YEAR, clauses: Sequence[str] = ("art14a", "art15", "art2"),
             budget_wan: int = 100_000) -> Call:
    staff(s)
    policy = find_policy(BAOAN)
    if s.get(PolicyVersion, policy.version) is None:
        s.add(PolicyVersion(version=policy.version, policy_id=policy.id, files={}))
    adopted = AdoptedPolicy(policy_id=policy.id, version=policy.version, effective_from=dt.date(2026, 1, 1),
                            adopted_by=user(s, "officer").id)
    s.add(adopted)
    s.flush()
    c = Call(adopted_policy_id=adopted.id, year=year, title=f"{year}年度人工智能+大健康专项", clauses=list(clauses),
             budget_fen=budget_wan * WAN, clause_budgets={}, opens_on=dt.date(year, 3, 2),
             closes_on=dt.date(year, 4, 30), required_documents={}, rubric=[], panel_size=3, notice_working_days=5,
             state="closed")
    s.add(c)
    s.flush()
    return c


def add_org(s: Session, n: int, name: str | None = None, **profile: Any) -> Organisation:
    org = s.scalars(select(Organisation).where(Organisation.uscc == uscc(n))).one_or_none()
    if org is None:
        org = Organisation(uscc=uscc(n), name=name or f"测试单位{n}", uscc_valid=True, district="宝安区",
                           profile=dict(profile))
        s.add(org)
        s.flush()
    return org


def schedule(fen: int, year: int, shares: Sequence[str] = ("50%", "30%", "20%")) -> list[dict[str, Any]]:
    from subsidy.money import parse_rate

    parts = split_by_shares(fen, [parse_rate(x) for x in shares])
    return [{"number": i + 1, "fen": f, "due_year": year + i, "when": f"{year + i}年（第{i + 1}年）", "share": sh}
            for i, (f, sh) in enumerate(zip(parts, shares, strict=True))]


def add_award(s: Session, c: Call, org: Organisation, fen: int, *, clause: str = "art14a",
              shares: Sequence[str] = ("50%", "30%", "20%"), payee: str = "applicant",
              project: str | None = None) -> Award:
    officer = user(s, "officer")
    a = Application(call_id=c.id, organisation_id=org.id, clause_id=clause, project_title=f"{org.name}项目",
                    project_ref=project, co_applicants=[], facts={}, state="approved", ceiling_fen=fen,
                    submitted_at=dt.date(c.year, 4, 20), created_by=officer.id)
    s.add(a)
    s.flush()
    award = Award(application_id=a.id, approved_fen=fen, ceiling_fen=fen, schedule=schedule(fen, c.year, shares),
                  payee=payee, approved_on=dt.date(c.year, 6, 1), approved_by=officer.id)
    s.add(award)
    s.flush()
    return award


REHAB = {"independent_legal_person": True, "big_health_field": True, "rehab_device_mass_production": True}
HOSPITAL = {"independent_legal_person": True, "big_health_field": True, "registered_in_baoan": True,
            "new_private_hospital": True, "hospital_grade": "二级", "hospital_type": "综合医院"}  # art14a: 800万元


def funded_call(s: Session, clauses: Sequence[str] = ("art7-2-1", "art14a"), budget_wan: int = 1000,
                years: int = 3) -> Call:
    """A call of the Bao'an policy, its files stored as adoption stores them (so the engine can assess
    applications of it), each clause appropriated ``budget_wan`` for the call's year and the next ones."""
    policy = find_policy(BAOAN)
    if s.get(PolicyVersion, policy.version) is None:
        root = Path(policy.directory)
        s.add(PolicyVersion(version=policy.version, policy_id=policy.id, files={
            p.relative_to(root).as_posix(): p.read_text(encoding="utf-8") for p in sorted(root.rglob("*"))
            if p.is_file() and "cases" not in p.relative_to(root).parts}))
        s.flush()
    c = add_call(s, clauses=clauses)
    from subsidy.services.ledger import appropriate

    for clause in clauses:
        for year in range(YEAR, YEAR + years):
            appropriate(s, user(s, "finance"), c, clause, year, budget_wan * WAN)
    return c


def submitted_in_notice(s: Session, c: Call, org_n: int, *, clause: str = "art7-2-1",
                        facts: dict[str, Any] | None = None, project: str = "R-1") -> int:
    """An application assessed by the engine as submission assesses it (its case, result and ceiling
    stored), in a notice that ended on 2026-06-08. Default: 第七条（二）1 on a 6000万元 investment —
    5%, at most 300万元 per entity over the policy's validity."""
    from subsidy.services.applications import admit, store_admission

    a = Application(call_id=c.id, organisation_id=add_org(s, org_n).id, clause_id=clause, project_title=f"项目{project}",
                    project_ref=project, co_applicants=[], state="in_notice", submitted_at=dt.date(YEAR, 4, 20),
                    facts={**REHAB, "rehab_total_investment": "6000万元"} if facts is None else facts,
                    created_by=user(s, "officer").id)
    s.add(a)
    s.flush()
    store_admission(a, admit(s, a, dt.date(YEAR, 4, 20)))
    s.add(Notice(call_id=c.id, published_on=dt.date(YEAR, 6, 1), ends_on=dt.date(YEAR, 6, 8), application_ids=[a.id],
                 closed=False))
    s.flush()
    return a.id


def engine_like(engine: Engine, **kw: Any) -> Engine:
    """Another engine (own pool, own connections) on the same test database."""
    url = engine.url.render_as_string(hide_password=False)
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            schema = conn.execute(text("SELECT current_schema()")).scalar_one()
        return make_engine(Settings(url), connect_args=pg_options(schema), **kw)
    return make_engine(Settings(url), **kw)


def url_of(engine: Engine) -> str:
    """A database URL for a subprocess or the CLI: the same database (and PostgreSQL schema)."""
    url = engine.url.render_as_string(hide_password=False)
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            schema = conn.execute(text("SELECT current_schema()")).scalar_one()
        return f"{url}?options=-csearch_path%3D{schema}%20{quote(NO_WAIT_FOR_DISK)}"
    return url


def is_postgres() -> bool:
    return (os.environ.get("SUBSIDY_TEST_DATABASE_URL") or "").startswith("postgresql")


def write_text(path: Path, content: str) -> Path:
    path.write_text(content, encoding="utf-8")
    return path
