"""A small fund office for the web tests of the staff's screens, the role × route matrix and the
transition walk: every role's account (all with one password), two applicant organisations, a call of
the Bao'an policy appropriated by finance, an application in expert review with a panel drawn by the
service (one expert of the pool left out), an approved award of the other organisation with its
tranches committed, and one application in the source state of every transition of the workflow.

``build(engine)`` fills a migrated database; ``login(client, username)`` logs a TestClient in and
returns the page's form token."""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from db_support import BAOAN, WAN, tx, uscc
from subsidy.admin.workflow import TRANSITIONS
from subsidy.money import parse_rate, split_by_shares
from subsidy.rules.registry import find_policy
from subsidy.services.commitments import commit_award
from subsidy.services.experts import draw_panel_for
from subsidy.services.ledger import appropriate
from subsidy.services.passwords import hash_password
from subsidy.store.tables import AdoptedPolicy, Application, Award, Call, Organisation, PolicyVersion, User

PASSWORD = "Staff-screens-2026"
YEAR = 2026
RUBRIC: list[dict[str, Any]] = [
    {"id": "tech", "name": "技术先进性", "weight": 40, "max": 40},
    {"id": "team", "name": "团队与管理", "weight": 30, "max": 30},
    {"id": "benefit", "name": "经济社会效益", "weight": 30, "max": 30},
]
STAFF = ("admin", "officer", "finance", "auditor")
EXPERTS = ("expert1", "expert2", "expert3", "expert4")


@dataclass
class World:
    org_a: int = 0
    org_b: int = 0
    uscc_a: str = ""
    uscc_b: str = ""
    call: int = 0
    review_app: int = 0  # org A, in review; ``panel`` drawn, ``outsider`` not
    award_app: int = 0  # org B, approved
    award: int = 0
    tranche: int = 0  # the award's first tranche (due in the call's year)
    appropriation: int = 0  # a ledger seq of an appropriation
    panel: list[str] = field(default_factory=list)
    outsider: str = ""
    users: dict[str, int] = field(default_factory=dict)  # username -> id
    by_state: dict[str, int] = field(default_factory=dict)  # an application of org A in each source state
    by_state_b: dict[str, int] = field(default_factory=dict)  # the same of org B


def _user(s: Session, digest: str, username: str, role: str, *, org: Organisation | None = None,
          employer: str | None = None, name: str | None = None) -> User:
    u = User(username=username, display_name=name or username, role=role, organisation_id=org.id if org else None,
             employer_uscc=employer, relations=[], password_hash=digest)
    s.add(u)
    s.flush()
    return u


def _adopt(s: Session, officer: User) -> AdoptedPolicy:
    policy = find_policy(BAOAN)
    root = Path(policy.directory)
    if s.get(PolicyVersion, policy.version) is None:
        s.add(PolicyVersion(version=policy.version, policy_id=policy.id, files={
            p.relative_to(root).as_posix(): p.read_text(encoding="utf-8") for p in sorted(root.rglob("*"))
            if p.is_file() and "cases" not in p.relative_to(root).parts}))
        s.flush()
    adopted = AdoptedPolicy(policy_id=policy.id, version=policy.version, effective_from=dt.date(YEAR, 1, 1),
                            adopted_by=officer.id)
    s.add(adopted)
    s.flush()
    return adopted


def _application(s: Session, call: Call, org: Organisation, creator: User, state: str, title: str) -> Application:
    a = Application(call_id=call.id, organisation_id=org.id, clause_id="art2", project_title=title, co_applicants=[],
                    facts={}, state=state, assessment={"clause": "art2", "ceiling_fen": 100 * WAN},
                    rules_version=find_policy(BAOAN).version, ceiling_fen=100 * WAN, score="80",
                    score_flagged=False, submitted_at=dt.date(YEAR, 4, 20), created_by=creator.id)
    s.add(a)
    s.flush()
    return a


def build(engine: Engine) -> World:
    w = World()
    digest = hash_password(PASSWORD)
    with tx(engine) as s:
        s.info["business_date"] = dt.date(YEAR, 5, 6)
        org_a = Organisation(uscc=uscc(1), name="康养科技有限公司", uscc_valid=True, district="宝安区", profile={})
        org_b = Organisation(uscc=uscc(2), name="宝安医疗器械有限公司", uscc_valid=True, district="宝安区", profile={})
        s.add_all([org_a, org_b])
        s.flush()
        users = {name: _user(s, digest, name, name, name={"admin": "系统管理员李", "officer": "王科长",
                                                          "finance": "财务陈", "auditor": "审计周"}[name])
                 for name in STAFF}
        for i, name in enumerate(EXPERTS):
            users[name] = _user(s, digest, name, "expert", employer=uscc(91 + i), name=f"专家{i + 1}")
        users["applicant"] = _user(s, digest, "applicant", "applicant", org=org_a, name="康养张经理")
        users["applicant_b"] = _user(s, digest, "applicant_b", "applicant", org=org_b, name="宝安刘经理")
        adopted = _adopt(s, users["officer"])
        call = Call(adopted_policy_id=adopted.id, year=YEAR, title=f"{YEAR}年度人工智能+大健康专项扶持申报",
                    clauses=["art2", "art14a"], budget_fen=1000 * WAN, clause_budgets={},
                    opens_on=dt.date(YEAR, 3, 2), closes_on=dt.date(YEAR, 4, 30), required_documents={},
                    rubric=RUBRIC, panel_size=3, notice_working_days=5, correction_working_days=10,
                    one_per_entity=False, state="closed")
        s.add(call)
        s.flush()
        for clause in call.clauses:
            for year in range(YEAR, YEAR + 3):
                row = appropriate(s, users["finance"], call, clause, year, 1000 * WAN, memo=f"{year}年度预算")
                w.appropriation = w.appropriation or row.seq
        review = _application(s, call, org_a, users["applicant"], "accepted", "智慧康养平台")
        drawn = draw_panel_for(s, users["officer"], review, rng=random.Random(7))
        w.panel = list(drawn.panel)
        w.outsider = next(e for e in EXPERTS if e not in w.panel)
        awarded = _application(s, call, org_b, users["applicant_b"], "approved", "康复器械量产")
        fen = 90 * WAN
        parts = split_by_shares(fen, [parse_rate(x) for x in ("50%", "30%", "20%")])
        award = Award(application_id=awarded.id, approved_fen=fen, ceiling_fen=fen, payee="applicant",
                      schedule=[{"number": i + 1, "fen": f, "due_year": YEAR + i, "when": f"{YEAR + i}年"}
                                for i, f in enumerate(parts)],
                      approved_on=dt.date(YEAR, 6, 1), approved_by=users["officer"].id)
        s.add(award)
        s.flush()
        tranches = commit_award(s, award, users["officer"])
        for t in sorted({t.source for t in TRANSITIONS}):
            w.by_state[t] = _application(s, call, org_a, users["applicant"], t, f"康养项目（{t}）").id
            w.by_state_b[t] = _application(s, call, org_b, users["applicant_b"], t, f"宝安项目（{t}）").id
        w.org_a, w.org_b, w.uscc_a, w.uscc_b = org_a.id, org_b.id, org_a.uscc, org_b.uscc
        w.call, w.review_app, w.award_app, w.award = call.id, review.id, awarded.id, award.id
        w.tranche = min(t.id for t in tranches)
        w.users = {name: u.id for name, u in users.items()}
    return w


def token_of(html: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found, html[:2000]
    return found.group(1)


def login(client: TestClient, username: str) -> str:
    """Log ``client`` in as ``username``; the session's form token."""
    form = client.get("/login")
    r = client.post("/login", data={"username": username, "password": PASSWORD, "csrf_token": token_of(form.text)},
                    follow_redirects=False)
    assert r.status_code == 303, (username, r.status_code, r.text[:500])
    return token_of(client.get("/workbench").text)


def application_state(engine: Engine, app_id: int) -> str:
    with tx(engine) as s:
        return str(s.scalar(select(Application.state).where(Application.id == app_id)))
