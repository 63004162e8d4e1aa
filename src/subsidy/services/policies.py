"""Adopting a policy: its exact files are stored by content hash (``policy_version``) with the
effective date the office sets, so every assessment can be replayed on the very rules it used.

Stored versions are loaded back by writing the files to a temporary directory and parsing them
with the same loader as ``policies/``; the parsed form is cached by version (it never changes).
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from subsidy.errors import DomainRefusal, NotFound, PolicyFileError, PolicyNotFound
from subsidy.rules.case import parse_case
from subsidy.rules.evaluate import assess
from subsidy.rules.model import Policy
from subsidy.rules.parse import load_policy
from subsidy.rules.registry import find_policy
from subsidy.rules.report import result_json
from subsidy.rules.results import PolicyResult
from subsidy.services.access import POLICY_ADOPTERS, require_role
from subsidy.services.audit import record
from subsidy.store.tables import AdoptedPolicy, Application, Call, PolicyVersion, User

__all__ = [
    "adopt_files",
    "adopt_policy",
    "adopted_policies",
    "assess_input",
    "call_policy",
    "get_adoption",
    "latest_adoption",
    "load_version",
    "policy_files",
    "policy_of",
    "replay_assessment",
]

_LOADED: dict[str, Policy] = {}


def policy_files(directory: Path) -> dict[str, str]:
    """The files ``policy_version`` hashes (everything but ``cases/``), as text by relative path."""
    files: dict[str, str] = {}
    for path in sorted(directory.rglob("*")):
        rel = path.relative_to(directory)
        if path.is_file() and "cases" not in rel.parts:
            try:
                files[rel.as_posix()] = path.read_bytes().decode("utf-8")
            except UnicodeDecodeError as exc:
                raise PolicyFileError(str(path), 0, "不是 UTF-8 文本文件，无法存档",
                                      "政策目录只放 YAML 与原文文本") from exc
    return files


def _load_files(files: dict[str, str]) -> Policy:
    with tempfile.TemporaryDirectory(prefix="subsidy-policy-") as tmp:
        root = Path(tmp)
        for rel, text in files.items():
            target = root / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(text.encode("utf-8"))
        return load_policy(root)


def load_version(session: Session, version: str) -> Policy:
    """The policy exactly as stored under ``version`` (cached: a version never changes)."""
    cached = _LOADED.get(version)
    if cached is not None:
        return cached
    row = session.get(PolicyVersion, version)
    if row is None:
        raise DomainRefusal(f"政策版本「{version}」未存档", "no_policy_version")
    policy = _load_files(dict(row.files))
    if policy.version != version:  # pragma: no cover - would mean the stored files were altered
        raise DomainRefusal(f"政策版本「{version}」的存档内容与版本号不符（实际 {policy.version}），可能被篡改",
                            "policy_version_mismatch")
    _LOADED[version] = policy
    return policy


def adopt_policy(session: Session, actor: User, key: str, effective_from: dt.date,
                 *, root: Path | None = None) -> AdoptedPolicy:
    """Adopt the policy ``key`` (id or directory under ``policies/``) from ``effective_from``."""
    require_role(actor, "采用政策", *POLICY_ADOPTERS)
    found = find_policy(key, root)
    return adopt_files(session, actor, policy_files(Path(found.directory)), effective_from)


def adopt_files(session: Session, actor: User, files: dict[str, str], effective_from: dt.date,
                **detail: Any) -> AdoptedPolicy:
    """Adopt the policy whose files (relative path → text, ``cases/`` left out) are ``files`` — from
    ``policies/`` (:func:`adopt_policy`) or a reviewed draft (services/drafts.adopt_draft); ``detail``
    goes into the audit record."""
    require_role(actor, "采用政策", *POLICY_ADOPTERS)
    files = {rel: text for rel, text in files.items() if not rel.startswith("cases/")}
    policy = _load_files(files)
    version = policy.version
    duplicate = session.scalars(select(AdoptedPolicy).where(
        AdoptedPolicy.policy_id == policy.id, AdoptedPolicy.version == version,
        AdoptedPolicy.effective_from == effective_from)).first()
    if duplicate is not None:
        raise DomainRefusal(f"政策「{policy.short_title}」（版本 {version}）已于 {effective_from.isoformat()} 起采用"
                            f"（采用记录 {duplicate.id}），无需重复采用", "already_adopted")
    if session.get(PolicyVersion, version) is None:
        session.add(PolicyVersion(version=version, policy_id=policy.id, files=files))
        session.flush()
    _LOADED.setdefault(version, policy)
    adopted = AdoptedPolicy(policy_id=policy.id, version=version, effective_from=effective_from, adopted_by=actor.id)
    session.add(adopted)
    session.flush()
    record(session, actor, "adopt_policy", f"adopted_policy:{adopted.id}", policy=policy.id, version=version,
           effective_from=effective_from.isoformat(), files=sorted(files), **detail)
    return adopted


def get_adoption(session: Session, adopted_id: int) -> AdoptedPolicy:
    row = session.get(AdoptedPolicy, adopted_id)
    if row is None:
        raise NotFound(f"采用记录 {adopted_id} 不存在（用 `subsidy policy list` 查看）", "no_adoption")
    return row


def latest_adoption(session: Session, policy_id: str) -> AdoptedPolicy:
    """The most recent adoption of ``policy_id`` (refused when it was never adopted)."""
    row = session.scalars(select(AdoptedPolicy).where(AdoptedPolicy.policy_id == policy_id)
                          .order_by(AdoptedPolicy.id.desc())).first()
    if row is None:
        raise DomainRefusal(f"政策「{policy_id}」尚未采用；先用 `subsidy policy adopt {policy_id} "
                            "--effective-from 日期` 采用", "not_adopted")
    return row


def adopted_policies(session: Session) -> list[AdoptedPolicy]:
    return list(session.scalars(select(AdoptedPolicy).order_by(AdoptedPolicy.id)))


def policy_of(session: Session, adopted: AdoptedPolicy) -> Policy:
    """The rules of an adoption, in the exact version that was adopted: the files in ``policies/``
    when their content hash is that version, else the files stored at adoption."""
    try:
        current = find_policy(adopted.policy_id)
    except PolicyNotFound:
        current = None
    if current is not None and current.version == adopted.version:
        return current
    return load_version(session, adopted.version)


def assess_input(policy: Policy, case_input: dict[str, Any]) -> PolicyResult:
    """Assess a stored case input (its ``effective_from`` is the adopted effective date)."""
    case = parse_case(case_input, policy)
    return assess(policy, case, effective_from=case.effective_from)


def replay_assessment(session: Session, application: Application) -> dict[str, Any]:
    """Re-run a stored assessment on the exact rules version and case it used; the result equals
    the stored snapshot unless something was altered."""
    if application.case_input is None or application.rules_version is None:
        raise DomainRefusal(f"申报 {application.id} 尚未提交，没有可复现的评估", "not_assessed")
    policy = load_version(session, application.rules_version)
    return result_json(assess_input(policy, dict(application.case_input)))


def call_policy(session: Session, call: Call) -> tuple[AdoptedPolicy, Policy]:
    """A call's adoption and its rules (:func:`policy_of`)."""
    adopted = get_adoption(session, call.adopted_policy_id)
    return adopted, policy_of(session, adopted)

