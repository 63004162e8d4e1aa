"""Who may see and change what. The application workflow's transitions are data in
``admin/workflow.py``; everything else is decided here, in one place, and every service (reads
included) calls these checks before it touches a row:

- an applicant reads and changes only its own organisation's data;
- an expert reads only the applications on whose panel they sit, and nothing of one after
  declaring a conflict (回避);
- finance runs appropriations and payments and reads the money reports;
- an auditor reads everything and changes nothing (it records findings, which change no money);
- officers and administrators run the cycle and read everything.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, false, or_, select, true
from sqlalchemy.orm import Session

from subsidy import vocabulary
from subsidy.admin.workflow import ROLE_LABELS
from subsidy.errors import DomainRefusal
from subsidy.store.tables import Application, Organisation, PanelMember, User

__all__ = [
    "APPLICANTS",
    "CALL_RUNNERS",
    "DRAFT_READERS",
    "DRAFT_WRITERS",
    "FINDING_RECORDERS",
    "LEDGER_READERS",
    "MATCH_REVIEWERS",
    "MEMBER_OR_OFFICER",
    "MONEY_READERS",
    "POLICY_ADOPTERS",
    "READ_ALL",
    "RECOVERY_RECEIVERS",
    "REPORT_OFFICERS",
    "REPORT_SUBMITTERS",
    "ROLES",
    "SANCTIONERS",
    "SIMULATORS",
    "application_scope",
    "can_read_application",
    "can_read_organisation",
    "may_act_for_organisation",
    "may_draft",
    "may_simulate",
    "organisation_scope",
    "require_member_or_officer",
    "require_read_application",
    "require_read_organisation",
    "require_role",
    "role_label",
]

ROLES = vocabulary.ROLES.codes
READ_ALL = ("officer", "admin", "auditor", "finance")
"""Roles that read every organisation and application (finance: it pays them)."""
MONEY_READERS = ("finance", "officer", "auditor", "admin")
"""Roles that read the fund position and every call's results."""
LEDGER_READERS = ("auditor", "finance", "officer", "admin")
"""Roles that verify the ledger."""
DRAFT_WRITERS = ("officer", "admin")
"""Roles that upload policy texts to draft, edit the drafts and adopt them (services/drafts.py)."""
DRAFT_READERS = (*DRAFT_WRITERS, "auditor")
"""Roles that read the drafts (their text, files, report and edits)."""
SIMULATORS = DRAFT_WRITERS
"""Roles that cost a draft policy over a registry on the drafter's page (web/drafter.py): the drafters of
policies are officers (and administrators) here, the same people who upload and edit drafts."""
MATCH_REVIEWERS = ("officer", "admin")
"""Roles that run 免申即享 matches, review the stored runs and push notices to the matched enterprises."""
CALL_RUNNERS = ("officer",)
"""Roles that create, open and close calls, select, publish 公示 and decide objections (services/calls.py,
selection.py, notice.py): an administrator does not."""
POLICY_ADOPTERS = ("officer", "admin")
"""Roles that adopt a policy version for the fund (services/policies.py)."""
MEMBER_OR_OFFICER = ("applicant", "officer")
"""Roles that change an organisation's data and applications (:func:`require_member_or_officer`: an
applicant only its own organisation's), and file objections to a 公示."""
APPLICANTS = ("applicant",)
"""Roles that apply online and keep their organisation's declared profile."""
REPORT_OFFICERS = ("officer", "admin")
"""Roles that request tracking reports and review them (services/supervision.py)."""
REPORT_SUBMITTERS = ("applicant", "officer", "admin")
"""Roles that submit a tracking report (an applicant its own organisation's)."""
FINDING_RECORDERS = ("officer", "auditor", "admin")
"""Roles that record an audit finding (it changes no money)."""
SANCTIONERS = ("officer", "admin")
"""Roles that suspend, lift, terminate, decide a recovery and bar (services/sanctions.py)."""
RECOVERY_RECEIVERS = ("finance", "admin")
"""Roles that register money received back under a recovery decision."""


def role_label(role: str) -> str:
    return ROLE_LABELS.get(role, role)


def require_role(actor: User, what: str, *roles: str) -> None:
    """Refuse ``what`` unless ``actor`` has one of ``roles``."""
    if actor.role not in roles:
        need = "、".join(role_label(r) for r in roles)
        raise DomainRefusal(f"「{what}」只能由{need}执行，用户「{actor.username}」是{role_label(actor.role)}",
                            "wrong_role")


def may_draft(user: User | None) -> bool:
    """Whether ``user`` may upload a policy text to draft and edit drafts (the pages offer it only then)."""
    return user is not None and user.active and user.role in DRAFT_WRITERS


def may_simulate(user: User | None) -> bool:
    """Whether ``user`` may use the drafter's costing page."""
    return user is not None and user.active and user.role in SIMULATORS


def may_act_for_organisation(actor: User, organisation_id: int) -> bool:
    """Whether :func:`require_member_or_officer` lets ``actor`` change the organisation's data (a page
    offers its forms only then)."""
    return actor.role == "officer" or (actor.role == "applicant" and actor.organisation_id == organisation_id)


def require_member_or_officer(actor: User, organisation_id: int, what: str) -> None:
    """An officer may act for any organisation; an applicant only for their own."""
    require_role(actor, what, *MEMBER_OR_OFFICER)
    if actor.role == "applicant" and actor.organisation_id != organisation_id:
        raise DomainRefusal(f"「{what}」：用户「{actor.username}」不属于该单位，只能操作本单位的信息与申报",
                            "not_your_organisation")


def can_read_organisation(user: User, organisation_id: int) -> bool:
    """Staff read every organisation; an applicant its own; an expert none (it sees the applications)."""
    if user.role in READ_ALL:
        return True
    return user.role == "applicant" and user.organisation_id == organisation_id


def organisation_scope(user: User) -> ColumnElement[bool]:
    """A filter on ``Organisation``: the organisations ``user`` may read (:func:`can_read_organisation`)."""
    if user.role in READ_ALL:
        return true()
    if user.role == "applicant" and user.organisation_id is not None:
        return Organisation.id == user.organisation_id
    return false()


def require_read_organisation(user: User, organisation_id: int | None, what: str) -> None:
    """Refuse unless ``user`` may read the organisation (``None``: one that is not registered — to
    anyone who may not read every organisation this is the same refusal, so it learns nothing)."""
    if organisation_id is None or not can_read_organisation(user, organisation_id):
        if user.role == "applicant":
            raise DomainRefusal(f"「{what}」：用户「{user.username}」不属于该单位，只能查看本单位的信息",
                                "not_your_organisation")
        raise DomainRefusal(f"「{what}」不对{role_label(user.role)}开放（用户「{user.username}」）", "wrong_role")


def _on_panel(user: User) -> ColumnElement[bool]:
    """The applications ``user`` sits on the panel of without having declared a conflict."""
    member = select(PanelMember.application_id).where(
        PanelMember.expert_id == user.id,
        or_(PanelMember.declared_no_conflict.is_(None), PanelMember.declared_no_conflict.is_(True)))
    return Application.id.in_(member)


def application_scope(user: User) -> ColumnElement[bool]:
    """A filter on ``Application``: the applications ``user`` may read."""
    if user.role in READ_ALL:
        return true()
    if user.role == "applicant":
        return Application.organisation_id == user.organisation_id if user.organisation_id else false()
    if user.role == "expert":
        return _on_panel(user)
    return false()


def can_read_application(session: Session, user: User, app: Application) -> bool:
    """Whether ``app`` is among :func:`application_scope` (the one definition of the rule)."""
    if user.role in READ_ALL:
        return True
    found = session.scalar(select(Application.id).where(Application.id == app.id, application_scope(user)))
    return found is not None


def require_read_application(session: Session, user: User, app: Application | None, application_id: int) -> None:
    """Refuse unless ``user`` may read application ``application_id`` (``app`` None: it does not
    exist — the same refusal to anyone who may not read every application)."""
    if app is not None and can_read_application(session, user, app):
        return
    if user.role == "applicant":
        raise DomainRefusal(f"申报 {application_id} 不属于用户「{user.username}」所在单位，只能查看本单位的申报",
                            "not_your_application")
    if user.role == "expert":
        raise DomainRefusal(f"专家「{user.username}」不是申报 {application_id} 的评审专家（或已声明回避），不能查看",
                            "not_assigned")
    raise DomainRefusal(f"查看申报不对{role_label(user.role)}开放（用户「{user.username}」）", "wrong_role")
