"""The database tables (SQLAlchemy 2). Money is BigInteger 分; facts and snapshots are JSON.

The schema is created and changed only by Alembic migrations (``subsidy db upgrade``); a test
fails when these models and the migrations differ.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
    select,
    text,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, column_property, mapped_column

__all__ = [
    "AdoptedPolicy",
    "Application",
    "AuditHead",
    "AuditRecord",
    "Award",
    "Base",
    "Blob",
    "Call",
    "Correction",
    "Document",
    "Finding",
    "Instance",
    "LedgerEntry",
    "LedgerHead",
    "LoginAttempt",
    "MatchConfirmation",
    "MatchEntity",
    "MatchRow",
    "MatchRun",
    "Notice",
    "Objection",
    "Organisation",
    "OtherSupport",
    "OutboxMessage",
    "PanelMember",
    "PolicyDraft",
    "PolicyVersion",
    "Sanction",
    "Score",
    "SelectionRun",
    "TrackingReport",
    "Tranche",
    "User",
    "UserSession",
]

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[Any]: JSON}


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Organisation(Base):
    """An applicant organisation, keyed by its 统一社会信用代码."""

    __tablename__ = "organisations"
    id: Mapped[int] = mapped_column(primary_key=True)
    uscc: Mapped[str] = mapped_column(String(18), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    uscc_valid: Mapped[bool] = mapped_column(Boolean)
    uscc_override_reason: Mapped[str | None] = mapped_column(Text)
    district: Mapped[str | None] = mapped_column(String(100))
    profile: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # facts the organisation declared
    verified: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict, server_default=text("'{}'"))
    """Facts the office verified (credit status ...): written only by an officer, they win over the
    declared ``profile`` in every check (``services/organisations.effective_facts``)."""
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    display_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(20))  # applicant / officer / expert / auditor / admin / finance
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"))
    employer_uscc: Mapped[str | None] = mapped_column(String(18))  # experts: their own organisation
    relations: Mapped[list[Any]] = mapped_column(JSON, default=list)  # experts: declared related org codes
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())  # False: may not act
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)
    password_hash: Mapped[str | None] = mapped_column(String(255))  # argon2id (services/passwords.py); None: no login
    password_changed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    """A one-time password (set by an administrator): the first thing after login is choosing a new one."""


class PolicyVersion(Base):
    """The exact files of a policy's rules, by content hash, so any decision can be replayed."""

    __tablename__ = "policy_versions"
    version: Mapped[str] = mapped_column(String(64), primary_key=True)
    policy_id: Mapped[str] = mapped_column(String(100))
    files: Mapped[dict[str, Any]] = mapped_column(JSON)  # relative path -> text
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)


class AdoptedPolicy(Base):
    __tablename__ = "adopted_policies"
    id: Mapped[int] = mapped_column(primary_key=True)
    policy_id: Mapped[str] = mapped_column(String(100))
    version: Mapped[str] = mapped_column(ForeignKey("policy_versions.version"))
    effective_from: Mapped[dt.date] = mapped_column(Date)
    adopted_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    adopted_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)


class PolicyDraft(Base):
    """A policy drafted from an uploaded text (services/drafts.py), reviewed and edited before it is
    adopted — never adopted by itself. ``files`` is the last version that loads (relative path → text:
    ``source.txt``, ``policy.yaml``, ``clauses/*.yaml``, ``cases/*.yaml``); ``problems`` what
    ``subsidy check`` found in it (empty: it may be adopted). Each edit is an audit record (who, when,
    the file, its diff)."""

    __tablename__ = "policy_drafts"
    id: Mapped[int] = mapped_column(primary_key=True)
    policy_id: Mapped[str] = mapped_column(String(100))
    title: Mapped[str] = mapped_column(String(300))
    state: Mapped[str] = mapped_column(String(20))  # draft / adopted / discarded
    source_name: Mapped[str] = mapped_column(String(200))  # the uploaded file's name, as sent
    source_encoding: Mapped[str] = mapped_column(String(20))  # utf-8 / gb18030 (source.txt is kept in UTF-8)
    files: Mapped[dict[str, Any]] = mapped_column(JSON)
    review_html: Mapped[str] = mapped_column(Text)  # drafting/review.py's report of the upload
    problems: Mapped[list[Any]] = mapped_column(JSON)
    revision: Mapped[int] = mapped_column(Integer)  # 1 at upload, +1 at every saved edit
    created_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    updated_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    adopted_policy_id: Mapped[int | None] = mapped_column(ForeignKey("adopted_policies.id"))


class Call(Base):
    """An annual call (年度申报批次)."""

    __tablename__ = "calls"
    id: Mapped[int] = mapped_column(primary_key=True)
    adopted_policy_id: Mapped[int] = mapped_column(ForeignKey("adopted_policies.id"))
    year: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    clauses: Mapped[list[Any]] = mapped_column(JSON)  # clause ids open in this call
    budget_fen: Mapped[int] = mapped_column(BigInteger)
    clause_budgets: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # clause id -> fen
    opens_on: Mapped[dt.date] = mapped_column(Date)
    closes_on: Mapped[dt.date] = mapped_column(Date)
    required_documents: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # clause id -> [types]
    rubric: Mapped[list[Any]] = mapped_column(JSON)  # [{id, name, weight, max}]
    panel_size: Mapped[int] = mapped_column(Integer)
    notice_working_days: Mapped[int] = mapped_column(Integer)
    correction_working_days: Mapped[int] = mapped_column(Integer, default=10)
    review_working_days: Mapped[int] = mapped_column(Integer, default=10, server_default="10")  # 形式审查时限
    one_per_entity: Mapped[bool] = mapped_column(Boolean, default=True)
    state: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)


class Application(Base):
    __tablename__ = "applications"
    id: Mapped[int] = mapped_column(primary_key=True)
    call_id: Mapped[int] = mapped_column(ForeignKey("calls.id"))
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"))
    clause_id: Mapped[str] = mapped_column(String(50))
    project_title: Mapped[str] = mapped_column(String(200))
    project_ref: Mapped[str | None] = mapped_column(String(100))
    co_applicants: Mapped[list[Any]] = mapped_column(JSON, default=list)  # USCCs of joint applicants
    facts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    requested_fen: Mapped[int | None] = mapped_column(BigInteger)
    state: Mapped[str] = mapped_column(String(30))
    assessment: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # the engine's snapshot at submission
    case_input: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # the exact case assessed, for replay
    rules_version: Mapped[str | None] = mapped_column(String(64))
    ceiling_fen: Mapped[int | None] = mapped_column(BigInteger)
    score: Mapped[str | None] = mapped_column(String(40))  # exact Fraction as text, e.g. "1703/20"
    score_flagged: Mapped[bool] = mapped_column(Boolean, default=False)
    proposed_fen: Mapped[int | None] = mapped_column(BigInteger)  # 拟支持金额 from selection (≤ ceiling)
    submitted_at: Mapped[dt.date | None] = mapped_column(Date)
    created_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)


class Blob(Base):
    """Document content, stored once by its SHA-256."""

    __tablename__ = "blobs"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    content: Mapped[bytes] = mapped_column(LargeBinary)


class Document(Base):
    __tablename__ = "documents"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"))
    doc_type: Mapped[str] = mapped_column(String(100))  # e.g. 营业执照, 项目预算表
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"))
    size: Mapped[int] = mapped_column(BigInteger)
    uploaded_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)


class Correction(Base):
    """A request to correct an application (补正): the working-day clock stops while it is out."""

    __tablename__ = "corrections"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"))
    reason: Mapped[str] = mapped_column(Text)
    requested_on: Mapped[dt.date] = mapped_column(Date)
    deadline: Mapped[dt.date] = mapped_column(Date)
    resubmitted_on: Mapped[dt.date | None] = mapped_column(Date)


class PanelMember(Base):
    __tablename__ = "panel_members"
    __table_args__ = (UniqueConstraint("application_id", "expert_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"))
    expert_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    declared_no_conflict: Mapped[bool | None] = mapped_column(Boolean)  # 回避声明
    declaration: Mapped[str | None] = mapped_column(Text)
    drawn_seed: Mapped[int] = mapped_column(BigInteger)
    review_round: Mapped[int] = mapped_column(Integer, default=1, server_default="1")  # 评审轮次
    excluded_experts: Mapped[list[Any]] = mapped_column(JSON, default=list)  # [{expert, reason}] at the draw


class Score(Base):
    __tablename__ = "scores"
    __table_args__ = (UniqueConstraint("application_id", "expert_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"))
    expert_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    scores: Mapped[dict[str, Any]] = mapped_column(JSON)  # criterion id -> score as text
    total: Mapped[str] = mapped_column(String(40))  # exact Fraction as text
    applicant_comment: Mapped[str | None] = mapped_column(Text)  # 给申报单位的意见 (shown to it)
    internal_comment: Mapped[str | None] = mapped_column(Text)  # 内部意见 (office only, never to the applicant)
    submitted_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)


class SelectionRun(Base):
    __tablename__ = "selection_runs"
    id: Mapped[int] = mapped_column(primary_key=True)
    call_id: Mapped[int] = mapped_column(ForeignKey("calls.id"))
    mode: Mapped[str] = mapped_column(String(20))
    budget_fen: Mapped[int] = mapped_column(BigInteger)
    result: Mapped[dict[str, Any]] = mapped_column(JSON)
    applied: Mapped[bool] = mapped_column(Boolean)  # False for a "what if" run
    superseded_by: Mapped[int | None] = mapped_column(ForeignKey("objections.id"))  # an upheld objection
    run_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)


class Notice(Base):
    """Public notice (公示) of a call's selected applications."""

    __tablename__ = "notices"
    id: Mapped[int] = mapped_column(primary_key=True)
    call_id: Mapped[int] = mapped_column(ForeignKey("calls.id"))
    published_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date] = mapped_column(Date)
    application_ids: Mapped[list[Any]] = mapped_column(JSON)
    closed: Mapped[bool] = mapped_column(Boolean, default=False)


class Objection(Base):
    __tablename__ = "objections"
    id: Mapped[int] = mapped_column(primary_key=True)
    notice_id: Mapped[int] = mapped_column(ForeignKey("notices.id"))
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"))
    filed_by: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)
    filed_on: Mapped[dt.date] = mapped_column(Date)
    outcome: Mapped[str | None] = mapped_column(String(20))  # upheld / dismissed
    resolution: Mapped[str | None] = mapped_column(Text)
    resolved_on: Mapped[dt.date | None] = mapped_column(Date)


class Award(Base):
    __tablename__ = "awards"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), unique=True)
    approved_fen: Mapped[int] = mapped_column(BigInteger)
    ceiling_fen: Mapped[int] = mapped_column(BigInteger)
    schedule: Mapped[list[Any]] = mapped_column(JSON)  # [{number, fen, when}]
    payee: Mapped[str] = mapped_column(String(50))
    approved_on: Mapped[dt.date] = mapped_column(Date)
    approved_by: Mapped[int] = mapped_column(ForeignKey("users.id"))


class AuditRecord(Base):
    """Every state change, written in the same transaction as the change itself. Chained like the
    ledger (``seq``, ``prev_hash``, ``hash``; assigned at commit by services/audit.py), and carrying in
    ``seal`` the values of every row its transaction wrote and the ledger's head."""

    __tablename__ = "audit_records"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    action: Mapped[str] = mapped_column(String(50))
    subject: Mapped[str] = mapped_column(String(50))  # e.g. application:12
    from_state: Mapped[str | None] = mapped_column(String(30))
    to_state: Mapped[str | None] = mapped_column(String(30))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    business_date: Mapped[dt.date | None] = mapped_column(Date)  # the date the action counts as of; ``at`` is the clock
    seq: Mapped[int | None] = mapped_column(Integer, unique=True)
    seal: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    hash: Mapped[str | None] = mapped_column(String(64))


class AuditHead(Base):
    """One row: the newest audit record's seq and hash. Locked at each commit that writes audit records."""

    __tablename__ = "audit_head"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))


class Instance(Base):
    """One row: what this database is. ``mode`` is ``production`` (business dates follow the clock),
    ``demo`` or ``simulation`` (any business date; shown in every output), set when it is created."""

    __tablename__ = "instance"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mode: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)


# ---- money after the award (ledger, payments, supervision, sanctions) ---------------------------


class LedgerEntry(Base):
    """Append-only: never updated or deleted. ``seq`` and ``hash`` form the chain (admin/ledger.py)."""

    __tablename__ = "ledger_entries"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    kind: Mapped[str] = mapped_column(String(30))
    call_id: Mapped[int] = mapped_column(ForeignKey("calls.id"))
    clause_id: Mapped[str] = mapped_column(String(50))
    year: Mapped[int] = mapped_column(Integer)
    fen: Mapped[int] = mapped_column(BigInteger)
    award_id: Mapped[int | None] = mapped_column(ForeignKey("awards.id"))
    tranche: Mapped[int | None] = mapped_column(Integer)
    reverses: Mapped[int | None] = mapped_column(Integer)
    key: Mapped[str | None] = mapped_column(String(200), unique=True)  # idempotency key
    memo: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)


class LedgerHead(Base):
    """One row: the newest entry's seq and hash. Locked for every append, which serialises writers."""

    __tablename__ = "ledger_head"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))


class Tranche(Base):
    """A scheduled payment of an award (from the clause's schedule at approval)."""

    __tablename__ = "tranches"
    __table_args__ = (UniqueConstraint("award_id", "number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    award_id: Mapped[int] = mapped_column(ForeignKey("awards.id"))
    number: Mapped[int] = mapped_column(Integer)
    fen: Mapped[int] = mapped_column(BigInteger)
    due_year: Mapped[int] = mapped_column(Integer)
    requires_report: Mapped[bool] = mapped_column(Boolean, default=False)
    state: Mapped[str] = mapped_column(String(20))  # scheduled / paid / cancelled
    paid_seq: Mapped[int | None] = mapped_column(Integer)


class TrackingReport(Base):
    """跟踪报告 / 绩效评价, due by a working-day deadline, accepted or not by an officer."""

    __tablename__ = "tracking_reports"
    id: Mapped[int] = mapped_column(primary_key=True)
    award_id: Mapped[int] = mapped_column(ForeignKey("awards.id"))
    kind: Mapped[str] = mapped_column(String(20))  # tracking / evaluation
    for_tranche: Mapped[int | None] = mapped_column(Integer)
    requested_on: Mapped[dt.date] = mapped_column(Date)
    due_on: Mapped[dt.date] = mapped_column(Date)
    submitted_on: Mapped[dt.date | None] = mapped_column(Date)
    content: Mapped[str | None] = mapped_column(Text)
    accepted: Mapped[bool | None] = mapped_column(Boolean)
    review_note: Mapped[str | None] = mapped_column(Text)


class Finding(Base):
    """An audit or supervision finding about an award."""

    __tablename__ = "findings"
    id: Mapped[int] = mapped_column(primary_key=True)
    award_id: Mapped[int] = mapped_column(ForeignKey("awards.id"))
    found_on: Mapped[dt.date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    severity: Mapped[str] = mapped_column(String(20))  # minor / serious
    found_by: Mapped[int] = mapped_column(ForeignKey("users.id"))


class Sanction(Base):
    """suspend (暂停拨付) / terminate (终止) / recover (追回) / bar (取消申报资格)."""

    __tablename__ = "sanctions"
    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"))
    award_id: Mapped[int | None] = mapped_column(ForeignKey("awards.id"))
    finding_id: Mapped[int | None] = mapped_column(ForeignKey("findings.id"))
    kind: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text)
    decided_on: Mapped[dt.date] = mapped_column(Date)
    amount_fen: Mapped[int | None] = mapped_column(BigInteger)  # recover: amount owed
    due_on: Mapped[dt.date | None] = mapped_column(Date)  # recover: payment due
    bar_until: Mapped[dt.date | None] = mapped_column(Date)  # bar: last barred day
    lifted_on: Mapped[dt.date | None] = mapped_column(Date)  # suspend: when lifted
    decided_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    request_key: Mapped[str | None] = mapped_column(String(200), unique=True)  # recover: idempotency key


class OtherSupport(Base):
    """Support an organisation received under other programmes (entered or imported): feeds 差额 and 不重复."""

    __tablename__ = "other_support"
    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"))
    programme: Mapped[str] = mapped_column(String(200))
    level: Mapped[str] = mapped_column(String(20))  # district / city / province / national
    zone: Mapped[str | None] = mapped_column(String(50))
    year: Mapped[int] = mapped_column(Integer)
    fen: Mapped[int] = mapped_column(BigInteger)
    project_ref: Mapped[str | None] = mapped_column(String(100))  # the matter it supported
    one_matter_decision: Mapped[bool] = mapped_column(Boolean, default=False)
    # the clause of a policy it paid for (deducted from that clause only, when that policy is assessed)
    policy_id: Mapped[str | None] = mapped_column(String(100))
    clause_id: Mapped[str | None] = mapped_column(String(100))
    matter: Mapped[str | None] = mapped_column(String(200))  # the matter it paid for (支持事项), as a deduct names it
    source: Mapped[str] = mapped_column(String(20))  # entered / imported
    recorded_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)


class MatchRun(Base):
    """A 免申即享 match: a registry of enterprises against an adopted policy on a date. Its offered rows
    (``match_rows``) are sealed by ``rows_digest`` (SHA-256 over every row, services/matching.py), so the
    audit log seals the run and the run seals its rows, however many there are."""

    __tablename__ = "match_runs"
    id: Mapped[int] = mapped_column(primary_key=True)
    adopted_policy_id: Mapped[int] = mapped_column(ForeignKey("adopted_policies.id"))
    policy_id: Mapped[str] = mapped_column(String(100))
    rules_version: Mapped[str] = mapped_column(String(64))
    as_of: Mapped[dt.date] = mapped_column(Date)
    registry_name: Mapped[str] = mapped_column(String(200))
    registry_sha256: Mapped[str] = mapped_column(String(64))
    rows_read: Mapped[int] = mapped_column(Integer)
    rows_refused: Mapped[int] = mapped_column(Integer)
    problems: Mapped[list[Any]] = mapped_column(JSON)  # the registry's bad cells (the first ones), as text
    summary: Mapped[dict[str, Any]] = mapped_column(JSON)  # per clause: counts by outcome and reason, 分 offered
    offered_fen: Mapped[int] = mapped_column(BigInteger)  # sum over 可免申 rows of the amount after stacking
    rows_stored: Mapped[int] = mapped_column(Integer)
    rows_digest: Mapped[str] = mapped_column(String(64))
    run_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)


class MatchEntity(Base):
    """An entity of a match with at least one offered row (``match_rows``): what the registry said of it,
    once for all its rows. Written once, never changed; sealed with its rows by the run's ``rows_digest``."""

    __tablename__ = "match_entities"
    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("match_runs.id"))
    number: Mapped[int] = mapped_column(Integer)  # 1, 2, ... within the run, in registry order
    registry_row: Mapped[int] = mapped_column(Integer)
    entity_id: Mapped[str] = mapped_column(String(200))
    uscc: Mapped[str] = mapped_column(String(18), index=True)
    name: Mapped[str] = mapped_column(String(200))
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"))
    facts: Mapped[dict[str, Any]] = mapped_column(JSON)  # what the registry said, in the case format
    rows_from: Mapped[int] = mapped_column(Integer)  # the number of its first row in the run (its rows follow on)
    pending: Mapped[list[Any] | None] = mapped_column(JSON(none_as_null=True))
    """Its 待补充 rows, each ``[number, clause_id, ceiling_fen, missing facts]`` (None: it has none); its 可免申
    rows are ``match_rows``."""

    __table_args__ = (UniqueConstraint("run_id", "number"),
                      Index("ix_match_entities_run_id_rows_from", "run_id", "rows_from"))


def _of_entity(column: Any, run_id: Any, entity: Any) -> Any:
    """A column of a match row's entity, loaded with the row (and usable in a query's conditions)."""
    return column_property(select(column).where(MatchEntity.run_id == run_id, MatchEntity.number == entity)
                           .correlate_except(MatchEntity).scalar_subquery())


class MatchRow(Base):
    """One entity × clause of a match that is offered (可免申): what an enterprise confirms (意愿确认); the
    rows that could be (待补充) are their entity's (``MatchEntity.pending``), 不符合 is counted in the run's
    summary (services/matching.run_rows reads a run's rows, both kinds, in order). Written once, never
    changed (a confirmation is its own row). The entity's registry row, code, name, organisation and facts
    are its ``match_entities`` row's (``entity``: its number in the run), read with the row."""

    __tablename__ = "match_rows"
    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("match_runs.id"))  # (run_id, number) indexes it
    number: Mapped[int] = mapped_column(Integer)  # 1, 2, ... within the run
    entity: Mapped[int] = mapped_column(Integer)  # the entity's number in the run (match_entities.number)
    clause_id: Mapped[str] = mapped_column(String(50))
    outcome: Mapped[str] = mapped_column(String(20))  # eligible (待补充 rows are their entity's)
    ceiling_fen: Mapped[int | None] = mapped_column(BigInteger)  # the clause's ceiling (None: not computable)
    granted_fen: Mapped[int | None] = mapped_column(BigInteger)  # after 就高 / 差额 (None: set in review)
    missing: Mapped[list[Any]] = mapped_column(JSON)  # pending: the facts still needed
    registry_row: Mapped[int] = _of_entity(MatchEntity.registry_row, run_id, entity)
    entity_id: Mapped[str] = _of_entity(MatchEntity.entity_id, run_id, entity)
    uscc: Mapped[str] = _of_entity(MatchEntity.uscc, run_id, entity)
    name: Mapped[str] = _of_entity(MatchEntity.name, run_id, entity)
    organisation_id: Mapped[int | None] = _of_entity(MatchEntity.organisation_id, run_id, entity)
    facts: Mapped[dict[str, Any]] = _of_entity(MatchEntity.facts, run_id, entity)

    __table_args__ = (UniqueConstraint("run_id", "number"),
                      ForeignKeyConstraint(["run_id", "entity"], ["match_entities.run_id", "match_entities.number"]))


class MatchConfirmation(Base):
    """An enterprise's 意愿确认 of a match row: the application it created."""

    __tablename__ = "match_confirmations"
    id: Mapped[int] = mapped_column(primary_key=True)
    row_id: Mapped[int] = mapped_column(ForeignKey("match_rows.id"), unique=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"))
    confirmed_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    confirmed_on: Mapped[dt.date] = mapped_column(Date)


# ---- accounts: sessions and login attempts (services/sessions.py) ----------------------------------


class UserSession(Base):
    """A logged-in session. The browser holds a random 256-bit token; only its SHA-256 is kept here.
    It ends at logout, after ``IDLE`` without a request or ``ABSOLUTE`` after login (services/sessions.py).

    Not sealed in the audit log (services/audit.UNSEALED): ``last_seen_at`` moves on every request;
    its beginning and end are audit records (login, logout)."""

    __tablename__ = "user_sessions"
    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    address: Mapped[str] = mapped_column(String(64))  # the client's address at login
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    last_seen_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    ended_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    end_reason: Mapped[str | None] = mapped_column(String(20))  # logout / idle / absolute / password / inactive


class LoginAttempt(Base):
    """Every login attempt, the input of the throttle (admin/throttle.py); each is an audit record too."""

    __tablename__ = "login_attempts"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), index=True)
    username: Mapped[str] = mapped_column(String(100), index=True)  # as typed (an unknown name too)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    address: Mapped[str] = mapped_column(String(64), index=True)
    outcome: Mapped[str] = mapped_column(String(20))  # success / failure / locked


# ---- notices to applicants (services/inbox.py) ------------------------------------------------------


class OutboxMessage(Base):
    """A notice to an organisation (站内通知), written in the transaction of the event it announces
    (an application accepted, returned for 补正, selected, in 公示, approved; a tranche paid; a
    sanction decided). It carries a link to the page and a short text that never holds the decision
    itself (no reason, no amount, no comment); the inbox shows it to the organisation's users."""

    __tablename__ = "outbox_messages"
    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), index=True)
    application_id: Mapped[int | None] = mapped_column(ForeignKey("applications.id"))
    event: Mapped[str] = mapped_column(String(20))  # accepted / returned / selected / in_notice / approved / paid / sanctioned
    subject: Mapped[str] = mapped_column(String(100))  # the audit subject it concerns, e.g. application:12
    text: Mapped[str] = mapped_column(String(300))
    link: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)
    business_date: Mapped[dt.date | None] = mapped_column(Date)
    read_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    read_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
