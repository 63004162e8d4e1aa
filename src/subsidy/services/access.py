"""Who may do what outside the application workflow (which is data in ``admin/workflow.py``):
registering organisations and users, adopting policies, running calls."""

from __future__ import annotations

from subsidy.admin.workflow import ROLE_LABELS
from subsidy.errors import DomainRefusal
from subsidy.store.tables import User

__all__ = ["ROLES", "require_member_or_officer", "require_role", "role_label"]

ROLES = ("applicant", "officer", "expert", "auditor", "admin", "finance")


def role_label(role: str) -> str:
    return ROLE_LABELS.get(role, role)


def require_role(actor: User, what: str, *roles: str) -> None:
    """Refuse ``what`` unless ``actor`` has one of ``roles``."""
    if actor.role not in roles:
        need = "、".join(role_label(r) for r in roles)
        raise DomainRefusal(f"「{what}」只能由{need}执行，用户「{actor.username}」是{role_label(actor.role)}",
                            "wrong_role")


def require_member_or_officer(actor: User, organisation_id: int, what: str) -> None:
    """An officer may act for any organisation; an applicant only for their own."""
    require_role(actor, what, "applicant", "officer")
    if actor.role == "applicant" and actor.organisation_id != organisation_id:
        raise DomainRefusal(f"「{what}」：用户「{actor.username}」不属于该单位，只能操作本单位的信息与申报",
                            "not_your_organisation")
