"""Policy drafts: a text uploaded by an officer is drafted (subsidy.drafting, the same pipeline as
``subsidy draft``), kept as a draft, reviewed and edited beside its text, and adopted only by an
officer's explicit act once ``subsidy check`` passes. A draft is never adopted by itself.

Drafts are rows of ``policy_drafts`` (not files in a directory): the text and every YAML file are one
JSON value, written in the same transaction as the audit record of the change, sealed by the audit log
like every row (``audit verify`` sees an edit made outside the application), on SQLite and PostgreSQL
alike, with no path on the server ever named by a request (a file of a draft is a key of that value).

- Each save re-runs the loader and the check on the draft with the edit applied: when it does not
  load, the edit is refused with the loader's Chinese message and line (``PolicyFileError`` naming the
  file inside the draft) and the last version that loads is kept; when it loads, it is saved, and what
  ``check`` still finds (cases failing, amounts outside every quote) is kept in ``problems``.
- Adoption re-runs both on the stored files and is refused while ``check`` finds anything; then the
  files are adopted exactly as ``subsidy policy adopt`` does (services/policies.adopt_files).
- Every change is an audit record: who, when (the record's time and business date), and for an edit
  the file, both SHA-256 digests and the unified diff.
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import io
import json
import re
import tempfile
import zipfile
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from subsidy.drafting.draft import make_draft
from subsidy.drafting.review import review_html
from subsidy.drafting.source import POLICY_ID, NotAText, decode_policy_text
from subsidy.drafting.write import draft_files
from subsidy.errors import CaseInputError, DomainRefusal, PolicyFileError, PolicyNotFound, SubsidyError
from subsidy.rules.check import (
    Assessed,
    CaseOutcome,
    PolicyCheck,
    case_files,
    check_cases,
    policy_problems,
    read_case,
)
from subsidy.rules.model import Policy
from subsidy.rules.parse import load_policy
from subsidy.rules.registry import list_policy_dirs
from subsidy.services.access import DRAFT_READERS, DRAFT_WRITERS, require_role
from subsidy.services.audit import record
from subsidy.services.lookup import lock_row
from subsidy.services.policies import adopt_files
from subsidy.store.tables import AdoptedPolicy, AuditRecord, PolicyDraft, User

__all__ = [
    "MAX_EDIT_BYTES",
    "STATE_LABELS",
    "adopt_draft",
    "discard_draft",
    "draft_history",
    "draft_policy",
    "draft_zip",
    "editable_draft",
    "editable_files",
    "list_drafts",
    "read_draft",
    "save_draft_file",
    "upload_draft",
]

STATE_LABELS = {"draft": "草稿（待审核）", "adopted": "已采用", "discarded": "已放弃"}
MAX_EDIT_BYTES = 200_000
_EDITABLE = re.compile(r"policy\.yaml|(clauses|cases)/[a-z0-9][a-z0-9_-]{0,99}\.yaml")
_SUBJECT = "policy_draft:{}"
_LOADED: dict[str, Policy] = {}


# ---- loading a draft's files ------------------------------------------------------------------------


def _digest(files: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(files, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


def _inside(text: str, root: Path) -> str:
    """A message of the loader with the temporary directory taken out (paths inside the draft)."""
    for prefix in {str(root), str(root.resolve())}:
        text = text.replace(prefix + "/", "")
    return text


def _check(files: dict[str, Any]) -> tuple[Policy, list[str]]:
    """Load ``files`` and run ``subsidy check`` on them: the policy and what check finds (empty: it
    passes). A file that cannot be read — the policy's or a case's — raises :class:`PolicyFileError`
    naming it inside the draft, with its line."""
    with tempfile.TemporaryDirectory(prefix="subsidy-draft-") as tmp:
        root = Path(tmp)
        for rel, text in files.items():
            target = root / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(str(text).encode("utf-8"))
        try:
            policy = load_policy(root)
        except PolicyFileError as exc:
            raise PolicyFileError(_inside(exc.path, root), exc.line, _inside(exc.problem, root),
                                  _inside(exc.hint, root)) from None
        read: list[CaseOutcome | Assessed] = []
        for path in case_files(policy):
            rel = path.relative_to(root).as_posix()
            try:
                read.append(read_case(policy, path))
            except (PolicyFileError, CaseInputError) as exc:
                line = exc.line
                problem = exc.problem if isinstance(exc, PolicyFileError) else (
                    f"字段「{_inside(exc.field, root)}」：{exc.problem}" if exc.field != str(path) else exc.problem)
                raise PolicyFileError(rel, line, _inside(problem, root), _inside(exc.hint, root)) from None
            except SubsidyError as exc:
                raise PolicyFileError(rel, 0, _inside(str(exc), root)) from None
        checked = PolicyCheck(policy, policy_problems(policy), check_cases(policy, read))
        problems = list(checked.problems)
        for o in checked.cases:
            problems += [f"{o.path.relative_to(root).as_posix()}（{o.name}）：{_inside(f, root)}" for f in o.failures]
        if not checked.cases:
            problems.append("草稿没有案例（cases/）：每个资金条款至少要有 3 个案例")
    if len(_LOADED) >= 32:  # a few drafts are open at a time; their parsed form is small
        _LOADED.clear()
    _LOADED[_digest(files)] = policy
    return policy, problems


def draft_policy(row: PolicyDraft) -> Policy:
    """The draft's policy as its stored files say (they always load: only a loading edit is saved)."""
    found = _LOADED.get(_digest(row.files))
    return found if found is not None else _check(dict(row.files))[0]


def editable_files(row: PolicyDraft) -> list[str]:
    """The files of the draft an officer may edit (every YAML file; the text as published is not)."""
    return sorted((rel for rel in row.files if _EDITABLE.fullmatch(rel)),
                  key=lambda r: (r != "policy.yaml", r.startswith("cases/"), r))


# ---- the use cases ----------------------------------------------------------------------------------


def _shipped_ids() -> dict[str, str]:
    return {d.name: d.name for d in list_policy_dirs()}


def _free_id(policy_id: str, field: str) -> None:
    """A draft's id never names a policy of ``policies/``: adopting it would not be that policy."""
    if policy_id in _shipped_ids():
        raise CaseInputError(field, f"政策编号「{policy_id}」与政策库中已有的政策相同",
                             f"换一个编号，如 {policy_id[:90]}-draft")


def _id_from(name: str, policy_id: str) -> str:
    pid = policy_id.strip()
    if not pid:
        stem = Path(name.replace("\\", "/")).stem.lower().replace("_", "-").replace(" ", "-")
        pid = stem if POLICY_ID.fullmatch(stem) else ""
    if not pid:
        raise CaseInputError("policy_id", "请填写政策编号（文件名不能用作编号）",
                             "用小写英文字母、数字和连字符，如 cn-jl-liuhe-key-industries")
    if not POLICY_ID.fullmatch(pid):
        raise CaseInputError("policy_id", f"政策编号「{pid[:60]}」无效",
                             "用小写英文字母、数字和连字符（最多 100 个），如 cn-jl-liuhe-key-industries")
    return pid


def upload_draft(session: Session, actor: User, *, name: str, data: bytes, policy_id: str = "",
                 title: str = "", now: dt.datetime) -> PolicyDraft:
    """Draft the policy text ``data`` (the file ``name``: a .txt, UTF-8 or GB18030, at most 1 MB) and
    keep it as a draft of ``actor``."""
    require_role(actor, "上传政策原文起草", *DRAFT_WRITERS)
    name = name.strip()[:200] or "原文.txt"
    if not name.lower().endswith(".txt"):
        raise NotAText(name, "只接受 .txt 文本文件", "先把政策另存为 .txt 文本文件（如从 Word、PDF 中复制全文，另存为 UTF-8 编码的文本）")
    pid = _id_from(name, policy_id)
    _free_id(pid, "policy_id")
    text, encoding = decode_policy_text(data, name, gb18030=True)
    the_title = " ".join(title.split())[:300] or None
    drafted = make_draft(text, policy_id=pid, title=the_title)
    files: dict[str, Any] = {"source.txt": text, **draft_files(drafted)}
    try:
        _policy, problems = _check(files)
    except PolicyFileError as exc:  # pragma: no cover - the drafter writes drafts that load (tests/drafting)
        raise DomainRefusal(f"起草结果未能加载（{exc}）：请把原文交给系统管理员排查", "draft_failed") from exc
    row = PolicyDraft(policy_id=pid, title=drafted.title[:300], state="draft", source_name=name, source_encoding=encoding,
                      files=files, review_html=review_html(drafted), problems=problems, revision=1,
                      created_by=actor.id, created_at=now, updated_by=actor.id, updated_at=now)
    session.add(row)
    session.flush()
    record(session, actor, "upload_draft", _SUBJECT.format(row.id), to_state="draft", policy=pid, source=name,
           encoding=encoding, bytes=len(data), sha256=hashlib.sha256(data).hexdigest(),
           clauses=len(drafted.clauses), uncovered=len(drafted.uncovered), problems=len(problems))
    return row


def list_drafts(session: Session, actor: User) -> list[PolicyDraft]:
    require_role(actor, "查看政策草稿", *DRAFT_READERS)
    return list(session.scalars(select(PolicyDraft).order_by(PolicyDraft.id.desc())))


def read_draft(session: Session, actor: User, draft_id: int) -> PolicyDraft:
    require_role(actor, "查看政策草稿", *DRAFT_READERS)
    row = session.get(PolicyDraft, draft_id)
    if row is None:
        raise PolicyNotFound(f"找不到政策草稿 {draft_id}（政策库的「政策草稿」列出全部）")
    return row


def _open(session: Session, actor: User, draft_id: int, what: str, *, lock: bool = True) -> PolicyDraft:
    """The draft ``actor`` is about to change: an officer's, still a draft; held for the rest of the
    transaction (``lock``: two saves of the same revision cannot both pass the revision check)."""
    require_role(actor, f"{what}政策草稿", *DRAFT_WRITERS)
    row = read_draft(session, actor, draft_id)
    if lock:
        lock_row(session, row)
    if row.state != "draft":
        raise DomainRefusal(f"政策草稿 {row.id} {STATE_LABELS[row.state]}，不能再{what}", "draft_closed")
    return row


def editable_draft(session: Session, actor: User, draft_id: int) -> PolicyDraft:
    """The draft, when ``actor`` may edit it now (the edit form is offered only then)."""
    return _open(session, actor, draft_id, "修改", lock=False)


def save_draft_file(session: Session, actor: User, draft_id: int, path: str, text: str, *, revision: int,
                    now: dt.datetime) -> PolicyDraft:
    """Save ``text`` as the draft's file ``path`` when the draft then loads (else
    :class:`PolicyFileError`, nothing saved). ``revision`` is the draft's revision the edit was made
    on: an edit of an older one is refused (someone saved in between)."""
    row = _open(session, actor, draft_id, "修改")
    if path not in row.files or not _EDITABLE.fullmatch(path):
        raise CaseInputError("file", f"草稿中没有可修改的文件「{path[:80]}」",
                             "可修改的文件：" + "、".join(editable_files(row)))
    if revision != row.revision:
        raise DomainRefusal(f"政策草稿 {row.id} 已在你打开之后被修改（现为第 {row.revision} 版，你修改的是第 {revision} 版），"
                            "本次修改未保存；请重新打开该文件，在最新版本上修改", "conflict")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if len(text.encode("utf-8")) > MAX_EDIT_BYTES:
        raise CaseInputError("text", f"文件过大（超过 {MAX_EDIT_BYTES // 1000} KB）", "一个条款文件只写一条的条款")
    before = str(row.files[path])
    if text == before:
        return row
    files = {**row.files, path: text}
    policy, problems = _check(files)
    try:
        _free_id(policy.id, "id")
    except CaseInputError as exc:
        raise PolicyFileError("policy.yaml", 0, exc.problem, exc.hint) from None
    diff = "".join(difflib.unified_diff(before.splitlines(keepends=True), text.splitlines(keepends=True),
                                        f"a/{path}", f"b/{path}"))
    row.files = files
    row.problems = problems
    row.revision += 1
    row.policy_id = policy.id
    row.title = policy.title[:300]
    row.updated_by = actor.id
    row.updated_at = now
    record(session, actor, "edit_draft", _SUBJECT.format(row.id), file=path, revision=row.revision,
           before_sha256=hashlib.sha256(before.encode("utf-8")).hexdigest(),
           after_sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(), diff=diff[:20_000],
           diff_cut=len(diff) > 20_000, problems=len(problems))
    return row


def adopt_draft(session: Session, actor: User, draft_id: int, effective_from: dt.date, *,
                now: dt.datetime) -> AdoptedPolicy:
    """Adopt the draft from ``effective_from`` — only when ``subsidy check`` passes on it now."""
    row = _open(session, actor, draft_id, "采用")
    policy, problems = _check(dict(row.files))
    if problems:
        raise DomainRefusal(f"政策草稿 {row.id} 未通过 subsidy check（{len(problems)} 个问题），不能采用；"
                            f"先在政策库中修改，解决这些问题：{'；'.join(problems[:3])}", "draft_not_checked")
    _free_id(policy.id, "id")
    adopted = adopt_files(session, actor, dict(row.files), effective_from, draft=row.id)
    row.state = "adopted"
    row.adopted_policy_id = adopted.id
    row.updated_by = actor.id
    row.updated_at = now
    record(session, actor, "adopt_draft", _SUBJECT.format(row.id), from_state="draft", to_state="adopted",
           policy=policy.id, version=adopted.version, adopted_policy=adopted.id,
           effective_from=effective_from.isoformat(), revision=row.revision)
    return adopted


def discard_draft(session: Session, actor: User, draft_id: int, *, now: dt.datetime) -> PolicyDraft:
    row = _open(session, actor, draft_id, "放弃")
    row.state = "discarded"
    row.updated_by = actor.id
    row.updated_at = now
    record(session, actor, "discard_draft", _SUBJECT.format(row.id), from_state="draft", to_state="discarded",
           policy=row.policy_id, revision=row.revision)
    return row


def draft_history(session: Session, actor: User, draft_id: int) -> list[tuple[AuditRecord, str]]:
    """The audit records of the draft, oldest first, with the acting user's display name."""
    read_draft(session, actor, draft_id)
    rows = session.execute(select(AuditRecord, User.display_name).join(User, User.id == AuditRecord.actor_id)
                           .where(AuditRecord.subject == _SUBJECT.format(draft_id)).order_by(AuditRecord.id))
    return [(rec, name) for rec, name in rows]


def draft_zip(row: PolicyDraft) -> bytes:
    """The draft's policy directory as a zip (``<policy id>/…``, the review report included): what
    ``subsidy draft`` writes, with the edits made since."""
    buffer = io.BytesIO()
    stamp = row.updated_at.timetuple()[:6]
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for rel, text in sorted({**row.files, "review.html": row.review_html}.items()):
            info = zipfile.ZipInfo(f"{row.policy_id}/{rel}", date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, str(text).encode("utf-8"))
    return buffer.getvalue()
