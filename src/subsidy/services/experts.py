"""Expert review (专家评审): the pool, the random draw with 回避, declarations, scores, the aggregate.

The pool is every user with the role expert; an expert's own organisation (``employer_uscc``) and
declared relations (``relations``: organisation codes) decide the conflicts of interest. A draw
takes a fresh seed from ``rng`` and draws with ``random.Random(seed)``, so the recorded seed and
pool replay it exactly. An application sent back to review (异议成立) gets a new round with a new
panel; experts of an earlier round are not drawn again.

Each drawn expert first declares (回避声明): no conflict, after which they may score once; or a
conflict, which removes them and draws a replacement. When every active member has scored, the
officer completes the review: trimmed mean (with ≥ 5 scores), disagreement flag, state scored.
"""

from __future__ import annotations

import random
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from subsidy.admin.panel import Expert, PanelError, draw_panel
from subsidy.admin.scoring import Review, ScoreSheet, ScoringError, expert_total, review
from subsidy.admin.workflow import transition
from subsidy.errors import CaseInputError, DomainRefusal
from subsidy.services.access import require_role
from subsidy.services.applications import list_applications, read_application
from subsidy.services.audit import move, record
from subsidy.services.calls import rubric_of
from subsidy.services.lookup import (
    fraction_text,
    get_call,
    lock_row,
    organisation_of,
    parse_fraction,
)
from subsidy.store.tables import Application, PanelMember, Score, User

__all__ = [
    "DEFAULT_DECLARATION",
    "MAX_COMMENT",
    "Declaration",
    "PanelDrawn",
    "Task",
    "complete_review",
    "current_panel",
    "current_round",
    "declare",
    "draw_panel_for",
    "expert_pool",
    "expert_task",
    "expert_tasks",
    "submit_scores",
]

DEFAULT_DECLARATION = "本人承诺与该申报单位及联合申报单位不存在利害关系，无应当回避的情形"
_SEED_BITS = 62


@dataclass(frozen=True)
class PanelDrawn:
    application_id: int
    review_round: int
    seed: int
    panel: tuple[str, ...]
    """Usernames of the drawn experts, in draw order."""
    excluded: tuple[tuple[str, str], ...]
    """(username, 回避原因) of every expert who could not be drawn."""


@dataclass(frozen=True)
class Declaration:
    member: PanelMember
    replacement: PanelDrawn | None
    """The draw that replaced an expert who declared a conflict (None: no conflict, or none left)."""
    message: str


def expert_pool(session: Session) -> list[User]:
    return list(session.scalars(select(User).where(User.role == "expert").order_by(User.id)))


def _as_expert(user: User) -> Expert:
    relations = frozenset(str(r["uscc"]) if isinstance(r, dict) else str(r) for r in user.relations or ())
    return Expert(user.username, user.employer_uscc or "", relations, user.display_name)


def current_round(session: Session, app: Application) -> int:
    value = session.scalar(select(func.max(PanelMember.review_round)).where(PanelMember.application_id == app.id))
    return int(value or 0)


def current_panel(session: Session, app: Application) -> list[tuple[PanelMember, User]]:
    """Members of the latest round (including those who declared a conflict), in draw order."""
    rnd = current_round(session, app)
    rows = session.execute(
        select(PanelMember, User).join(User, User.id == PanelMember.expert_id)
        .where(PanelMember.application_id == app.id, PanelMember.review_round == rnd)
        .order_by(PanelMember.id)
    )
    return [(m, u) for m, u in rows]


def _draw(session: Session, app: Application, size: int, rnd: int, rng: random.Random | None) -> PanelDrawn:
    """Draw ``size`` experts not yet on any panel of ``app``; add their rows (no audit here)."""
    seed = rng.getrandbits(_SEED_BITS) if rng is not None else secrets.randbits(_SEED_BITS)
    org = organisation_of(session, app)
    earlier = session.scalars(select(PanelMember).where(PanelMember.application_id == app.id)
                              .order_by(PanelMember.id))
    why_not = {m.expert_id: ("本人已声明回避" if m.declared_no_conflict is False
                             else f"已参加本申报第 {m.review_round} 轮评审") for m in earlier}
    pool: list[Expert] = []
    excluded: list[tuple[str, str]] = []
    users = {u.username: u for u in expert_pool(session)}
    for user in users.values():
        if user.id in why_not:
            excluded.append((user.username, why_not[user.id]))
        else:
            pool.append(_as_expert(user))
    try:
        drawn = draw_panel(pool, size, org.uscc, random.Random(seed), app.co_applicants or ())
    except PanelError as exc:
        raise DomainRefusal(f"申报 {app.id} 无法抽取评审专家：{exc}（请增加专家库人数）", "panel_short") from exc
    excluded += [(x.expert.id, x.reason) for x in drawn.excluded]
    listed = [{"expert": name, "reason": why} for name, why in excluded]
    for e in drawn.panel:
        session.add(PanelMember(application_id=app.id, expert_id=users[e.id].id, drawn_seed=seed,
                                review_round=rnd, excluded_experts=listed))
    return PanelDrawn(app.id, rnd, seed, tuple(e.id for e in drawn.panel), tuple(excluded))


def draw_panel_for(session: Session, actor: User, app: Application, *,
                   rng: random.Random | None = None) -> PanelDrawn:
    """Draw the call's panel size at random for ``app`` (accepted → in_review), with 回避 recorded."""
    lock_row(session, app)  # two officers drawing at once: the second is refused
    transition(app.state, "draw_panel", actor.role)
    call = get_call(session, app.call_id)
    rnd = current_round(session, app) + 1
    drawn = _draw(session, app, call.panel_size, rnd, rng)
    move(session, app, "draw_panel", actor, round=rnd, seed=drawn.seed, panel=list(drawn.panel),
         excluded=[{"expert": n, "reason": r} for n, r in drawn.excluded])
    return drawn


def _membership(session: Session, expert: User, app: Application) -> PanelMember:
    require_role(expert, "专家评审", "expert")
    lock_row(session, app)  # declarations, replacements and scores of one application one at a time
    if app.state != "in_review":
        raise DomainRefusal(f"申报 {app.id} 不在专家评审阶段，不能声明或评分", "wrong_state")
    for member, user in current_panel(session, app):
        if user.id == expert.id:
            return member
    raise DomainRefusal(f"专家「{expert.display_name}」不是申报 {app.id} 本轮评审专家组成员", "not_on_panel")


def declare(session: Session, expert: User, app: Application, *, conflict: str | None = None,
            statement: str = DEFAULT_DECLARATION, rng: random.Random | None = None) -> Declaration:
    """The expert's 回避声明: no conflict (may then score), or ``conflict`` (removed and replaced)."""
    member = _membership(session, expert, app)
    if member.declared_no_conflict is not None:
        raise DomainRefusal(f"专家「{expert.display_name}」已对申报 {app.id} 作出回避声明，不能重复声明",
                            "already_declared")
    subject = f"application:{app.id}"
    if conflict is None:
        member.declared_no_conflict = True
        member.declaration = statement
        record(session, expert, "declare_no_conflict", subject, round=member.review_round, statement=statement)
        return Declaration(member, None, f"专家「{expert.display_name}」已声明无利害关系，可以评分")
    if not conflict.strip():
        raise DomainRefusal("声明回避须写明理由", "missing_reason")
    member.declared_no_conflict = False
    member.declaration = conflict
    record(session, expert, "declare_conflict", subject, round=member.review_round, reason=conflict)
    session.flush()
    try:
        drawn = _draw(session, app, 1, member.review_round, rng)
    except DomainRefusal as exc:
        record(session, None, "replacement_failed", subject, round=member.review_round, reason=str(exc))
        return Declaration(member, None, f"专家「{expert.display_name}」已声明回避；{exc}")
    record(session, None, "draw_replacement", subject, round=member.review_round, seed=drawn.seed,
           replaces=expert.username, panel=list(drawn.panel),
           excluded=[{"expert": n, "reason": r} for n, r in drawn.excluded])
    return Declaration(member, drawn, f"专家「{expert.display_name}」已声明回避，已随机抽取替补专家")


MAX_COMMENT = 2000
"""Characters of an expert's comment (each of the two)."""


def _comment(text: str | None, where: str, what: str) -> str | None:
    value = (text or "").strip()
    if any(not c.isprintable() and c not in "\n\r\t" for c in value):
        raise CaseInputError(where, f"{what}含有控制字符，不能保存", "删除不可见的控制字符后重新提交")
    if len(value) > MAX_COMMENT:
        raise CaseInputError(where, f"{what}有 {len(value)} 个字，超过上限 {MAX_COMMENT} 字", "请精简后重新提交")
    return value or None


def submit_scores(session: Session, expert: User, app: Application,
                  scores: Mapping[str, str | int | Decimal], *, applicant_comment: str | None = None,
                  internal_comment: str | None = None) -> Score:
    """One expert's scores on the call's rubric: only after declaring no conflict, and only once; with
    a comment for the applicant (shown to it) and an internal one (the office's only), both optional."""
    for_applicant = _comment(applicant_comment, "applicant_comment", "给申报单位的意见")
    internal = _comment(internal_comment, "internal_comment", "内部意见")
    member = _membership(session, expert, app)
    if member.declared_no_conflict is None:
        raise DomainRefusal(f"专家「{expert.display_name}」须先作出回避声明，才能评分", "no_declaration")
    if member.declared_no_conflict is False:
        raise DomainRefusal(f"专家「{expert.display_name}」已声明回避，不能对申报 {app.id} 评分", "declared_conflict")
    done = session.scalar(select(Score).where(Score.application_id == app.id, Score.expert_id == expert.id))
    if done is not None:
        raise DomainRefusal(f"专家「{expert.display_name}」已对申报 {app.id} 提交评分，不能重复提交", "already_scored")
    rubric = rubric_of(get_call(session, app.call_id))
    try:
        total = expert_total(rubric, ScoreSheet(expert.display_name, dict(scores)))
    except ScoringError as exc:
        raise DomainRefusal("评分无效：" + "；".join(exc.problems), "bad_scores") from exc
    row = Score(application_id=app.id, expert_id=expert.id,
                scores={k: str(v) for k, v in scores.items()}, total=fraction_text(total),
                applicant_comment=for_applicant, internal_comment=internal)
    session.add(row)
    record(session, expert, "score", f"application:{app.id}", round=member.review_round,
           scores=row.scores, total=row.total, comments=[x for x, v in (("applicant", for_applicant),
                                                                         ("internal", internal)) if v])
    return row


def complete_review(session: Session, actor: User, app: Application, *, threshold: int = 20) -> Review:
    """Aggregate the panel's scores (trimmed mean with ≥ 5) and flag wide disagreement; → scored."""
    lock_row(session, app)
    transition(app.state, "complete_review", actor.role)
    call = get_call(session, app.call_id)
    panel = current_panel(session, app)
    pending = [u.display_name for m, u in panel if m.declared_no_conflict is None]
    if pending:
        raise DomainRefusal(f"以下专家尚未作出回避声明：{'、'.join(pending)}", "review_incomplete")
    active = [(m, u) for m, u in panel if m.declared_no_conflict]
    if len(active) < call.panel_size:
        raise DomainRefusal(f"本轮有效评审专家 {len(active)} 名，少于规定的 {call.panel_size} 名，"
                            "请先补充抽取专家", "panel_short")
    scores = {s.expert_id: s for s in session.scalars(select(Score).where(Score.application_id == app.id))}
    missing = [u.display_name for _, u in active if u.id not in scores]
    if missing:
        raise DomainRefusal(f"以下专家尚未提交评分：{'、'.join(missing)}", "review_incomplete")
    sheets = [ScoreSheet(u.username, dict(scores[u.id].scores)) for _, u in active]
    result = review(rubric_of(call), sheets, threshold)
    stored = {u.username: parse_fraction(scores[u.id].total) for _, u in active}
    if any(stored[t.expert_id] != t.total for t in result.totals):  # pragma: no cover - a changed rubric
        raise DomainRefusal("专家评分与评分细则不一致（评分细则在评分后被修改？），请核查", "rubric_changed")
    app.score = fraction_text(result.aggregate)
    app.score_flagged = result.disagreement
    move(session, app, "complete_review", actor, score=app.score, flagged=result.disagreement,
         trimmed=result.trimmed, totals={t.expert_id: fraction_text(t.total) for t in result.totals},
         message=result.message)
    return result


@dataclass(frozen=True)
class Task:
    """One application as its expert sees it: the call, the applicant's name, the expert's seat on the
    panel of the current round (None: an earlier round only), and the expert's own scores if given."""

    application: Application
    call_title: str
    organisation_name: str
    member: PanelMember | None
    score: Score | None

    @property
    def status(self) -> str:
        if self.member is None:
            return "本轮不在评审专家组"
        if self.score is not None:
            return "已评分"
        if self.member.declared_no_conflict is None:
            return "待作出回避声明"
        return "待评分" if self.application.state == "in_review" else "评审已结束"


def _task(session: Session, expert: User, app: Application) -> Task:
    call = get_call(session, app.call_id)
    mine = next((m for m, u in current_panel(session, app) if u.id == expert.id), None)
    score = session.scalar(select(Score).where(Score.application_id == app.id, Score.expert_id == expert.id))
    return Task(app, call.title, organisation_of(session, app).name, mine, score)


def expert_tasks(session: Session, expert: User) -> list[Task]:
    """我的评审任务: the applications on whose panel ``expert`` sits (none after a conflict: access.py)."""
    require_role(expert, "查看评审任务", "expert")
    return [_task(session, expert, a) for a in list_applications(session, expert)]


def expert_task(session: Session, expert: User, application_id: int) -> Task:
    """One of :func:`expert_tasks`, or the refusal an expert not on its panel (or after 回避) gets."""
    require_role(expert, "查看评审任务", "expert")
    return _task(session, expert, read_application(session, expert, application_id))
