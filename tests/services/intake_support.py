"""A small world for the intake tests: users, an organisation with its profile, the Chaoyang policy
adopted, and an open call for 第七条 (场景开放: 50% of the project budget, at most 500万元)."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from db_support import snapshot as dump
from subsidy.errors import SubsidyError
from subsidy.services.applications import create_application
from subsidy.services.audit import load_user
from subsidy.services.calls import CallSpec, create_call, open_call
from subsidy.services.documents import upload_document
from subsidy.services.organisations import create_user, register_organisation
from subsidy.services.policies import adopt_policy
from subsidy.settings import Settings
from subsidy.store.db import session_scope
from subsidy.store.tables import Application, Call, Organisation

CHAOYANG = "cn-bj-chaoyang-smart-eldercare"
ORG = "91350100M000100Y43"  # valid check digit (DOMAIN.md)
OTHER_ORG = "91110105MA01ABCD1X"
EFFECTIVE = dt.date(2026, 1, 1)
OPENS, CLOSES = dt.date(2026, 3, 2), dt.date(2026, 4, 30)
IN_WINDOW = dt.date(2026, 3, 16)
SETTINGS = Settings("sqlite://", documents_max_bytes=64 * 1024)

PDF = b"%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
ELIGIBLE_PROFILE = {"operates_in_chaoyang": True, "work_safety_accident": False, "serious_dishonesty": False,
                    "smart_eldercare_field": True}
RUBRIC = [{"id": "tech", "name": "技术先进性", "weight": 40, "max": 40},
          {"id": "team", "name": "团队能力", "weight": 30, "max": 30},
          {"id": "benefit", "name": "社会效益", "weight": 30, "max": 30}]


def docx() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    return buf.getvalue()


def other_valid_code() -> str:
    from subsidy.admin.uscc import compute_check_char

    return OTHER_ORG[:17] + compute_check_char(OTHER_ORG[:17])


@dataclass(frozen=True)
class World:
    call_id: int
    org_id: int
    adopted_id: int


def call_spec(adopted_id: int, **changes: Any) -> CallSpec:
    base: dict[str, Any] = dict(
        adopted_policy_id=adopted_id, year=2026, title="2026年度朝阳区智慧康养专项资金", clauses=["art7", "第四条第一款"],
        budget_fen=2_000_000_000, opens_on=OPENS, closes_on=CLOSES, rubric=RUBRIC, panel_size=5,
        notice_working_days=5, correction_working_days=5,
        required_documents={"*": ["营业执照"], "art7": ["项目预算表"]})
    base.update(changes)
    return CallSpec(**base)


def build_world(engine: Engine, *, open_it: bool = True) -> World:
    with session_scope(engine) as s:
        admin = create_user(s, None, username="admin", display_name="管理员", role="admin")
        officer = create_user(s, admin, username="officer", display_name="李科长", role="officer")
        create_user(s, admin, username="officer2", display_name="赵科员", role="officer")
        create_user(s, admin, username="auditor", display_name="审计员", role="auditor")
        adopted = adopt_policy(s, officer, CHAOYANG, EFFECTIVE)
        org = register_organisation(s, officer, uscc=ORG, name="北京康养科技有限公司", district="朝阳区",
                                    profile=ELIGIBLE_PROFILE)
        create_user(s, admin, username="alice", display_name="张经理", role="applicant", organisation=org)
        call = create_call(s, officer, call_spec(adopted.id))
        if open_it:
            open_call(s, officer, call, dt.date(2026, 3, 1))
        return World(call.id, org.id, adopted.id)


def draft(engine: Engine, world: World, *, facts: dict[str, Any] | None = None, clause: str = "art7",
          docs: tuple[str, ...] = ("营业执照", "项目预算表"), requested_fen: int | None = None) -> int:
    """A draft application by alice, with the given documents uploaded (PDFs)."""
    with session_scope(engine) as s:
        alice = load_user(s, "alice")
        app = create_application(
            s, alice, call=s.get_one(Call, world.call_id), organisation=s.get_one(Organisation, world.org_id),
            clause=clause, project_title="社区智慧照护场景", project_ref="P-001",
            facts={"scenario_opened": True, "project_budget": "600万元"} if facts is None else facts,
            requested_fen=requested_fen)
        for i, kind in enumerate(docs):
            upload_document(s, alice, app, doc_type=kind, filename=f"doc{i}.pdf", content=PDF + bytes([i]),
                            settings=SETTINGS)
        return app.id


def refused(engine: Engine, action: Callable[[Session], object],
            kind: type[SubsidyError] = SubsidyError) -> SubsidyError:
    """Run ``action`` in its own transaction; it must be refused and leave the database unchanged."""
    before = dump(engine)
    with pytest.raises(kind) as info, session_scope(engine) as s:
        action(s)
    assert dump(engine) == before
    return info.value


def app_of(s: Session, app_id: int) -> Application:
    return s.get_one(Application, app_id)
