"""The life of an application, as data: states, transitions, who may make them, and what each is
called for officers and for applicants. One table, greppable; nothing generated.

A transition not in the table is refused with a message naming the state and the allowed
actions. Every transition is written to the audit log in the same transaction (services/audit.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from subsidy.errors import DomainRefusal
from subsidy.vocabulary import ROLES

__all__ = ["STATES", "TRANSITIONS", "State", "Transition", "allowed_actions", "transition"]


@dataclass(frozen=True)
class State:
    name: str
    officer_label: str
    applicant_label: str


@dataclass(frozen=True)
class Transition:
    action: str
    source: str
    target: str
    roles: tuple[str, ...]
    label: str  # what the action is called (Chinese)


STATES: dict[str, State] = {s.name: s for s in (
    State("draft", "草稿", "草稿（未提交）"),
    State("submitted", "待形式审查", "已提交，等待形式审查"),
    State("returned", "退回补正中", "需补正材料"),
    State("lapsed", "逾期未补正", "逾期未补正，申报终止"),
    State("rejected", "形式审查不通过", "未通过形式审查"),
    State("withdrawn", "已撤回", "已撤回"),
    State("accepted", "形式审查通过，待专家评审", "已受理，等待专家评审"),
    State("in_review", "专家评审中", "专家评审中"),
    State("scored", "评审完成，待遴选", "评审完成"),
    State("selected", "拟支持，待公示", "拟支持"),
    State("reserve", "候补", "候补"),
    State("not_selected", "未入选", "未获支持"),
    State("in_notice", "公示中", "公示中"),
    State("approved", "已核定", "已获批准"),
)}

_T = Transition
TRANSITIONS: tuple[Transition, ...] = (
    _T("submit", "draft", "submitted", ("applicant", "officer"), "提交申报"),
    _T("withdraw", "draft", "withdrawn", ("applicant",), "撤回"),
    _T("withdraw", "submitted", "withdrawn", ("applicant",), "撤回"),
    _T("accept", "submitted", "accepted", ("officer",), "形式审查通过"),
    _T("return", "submitted", "returned", ("officer",), "退回补正"),
    _T("reject", "submitted", "rejected", ("officer",), "形式审查不通过"),
    _T("resubmit", "returned", "submitted", ("applicant", "officer"), "补正后重新提交"),
    _T("lapse", "returned", "lapsed", ("officer", "system"), "逾期未补正"),
    _T("draw_panel", "accepted", "in_review", ("officer",), "抽取评审专家"),
    _T("complete_review", "in_review", "scored", ("officer", "system"), "汇总专家评分"),
    _T("select", "scored", "selected", ("officer",), "遴选：拟支持"),
    _T("reserve", "scored", "reserve", ("officer",), "遴选：列入候补"),
    _T("not_select", "scored", "not_selected", ("officer",), "遴选：未入选"),
    _T("promote", "reserve", "selected", ("officer",), "候补递补"),
    _T("publish", "selected", "in_notice", ("officer",), "发布公示"),
    _T("uphold_objection", "in_notice", "accepted", ("officer",), "异议成立，退回重新评审"),
    _T("approve", "in_notice", "approved", ("officer",), "公示期满，核定支持"),
)

_INDEX: dict[tuple[str, str], Transition] = {(t.source, t.action): t for t in TRANSITIONS}


def allowed_actions(state: str, role: str | None = None) -> list[Transition]:
    return [t for t in TRANSITIONS if t.source == state and (role is None or role in t.roles)]


def transition(state: str, action: str, role: str) -> Transition:
    """The transition for ``action`` from ``state`` by ``role``, or a clear refusal."""
    if state not in STATES:
        raise DomainRefusal(f"未知状态「{state}」", "unknown_state")
    t = _INDEX.get((state, action))
    label = STATES[state].officer_label
    if t is None:
        options = "、".join(x.label for x in allowed_actions(state)) or "无"  # words, never the codes
        raise DomainRefusal(f"当前状态「{label}」下不能执行「{action_label(action)}」；可执行：{options}", "wrong_state")
    if role not in t.roles:
        who = "、".join(_ROLE_LABELS.get(r, r) for r in t.roles)
        raise DomainRefusal(f"「{t.label}」只能由{who}执行，当前角色是{_ROLE_LABELS.get(role, role)}", "wrong_role")
    return t


_ROLE_LABELS = ROLES.labels | {"system": "系统"}
ROLE_LABELS = _ROLE_LABELS

# What every recorded action and non-application state is called for people (audit log, app show).
ACTION_LABELS: dict[str, str] = {t.action: t.label for t in TRANSITIONS} | {
    "create_application": "创建申报", "upload_document": "上传材料", "set_facts": "修改申报事实",
    "accept_report": "审核报告", "activate_user": "启用用户", "deactivate_user": "停用用户", "add_finding": "登记问题",
    "add_support": "登记其他支持", "adopt_policy": "采用政策", "appropriate": "下达预算", "bar": "取消申报资格",
    "commit_award": "承诺资金", "create_call": "创建申报批次", "open_call": "发布申报批次", "close_call": "截止申报批次",
    "create_user": "创建用户", "declare_conflict": "声明回避", "declare_no_conflict": "声明无利害关系",
    "file_objection": "提出异议", "lift": "解除暂停", "pay": "拨付", "publish_notice": "发布公示", "receive": "登记追回到账",
    "recover": "决定追回", "register_organisation": "登记单位", "request_report": "要求提交报告",
    "resolve_objection": "处理异议", "reverse": "冲正预算", "run_selection": "遴选", "score": "提交评分",
    "submit_report": "提交报告", "suspend": "暂停拨付", "terminate": "终止项目", "verify_facts": "核实单位信息",
    "seal": "记录封存", "draw_panel": "抽取评审专家", "approve": "核定", "import_support": "导入其他支持",
    "close_notice": "公示期满", "draw_replacement": "抽取替补专家", "replacement_failed": "替补专家不足",
    "run_match": "免申即享匹配", "confirm_match": "意愿确认", "notify_match": "推送免申即享通知",
    "login": "登录", "login_failed": "登录失败", "logout": "退出登录", "change_password": "修改密码",
    "reset_password": "重置密码", "set_demo_passwords": "设置演示密码",
    "upload_draft": "上传原文起草", "edit_draft": "修改政策草稿", "adopt_draft": "采用政策草稿", "discard_draft": "放弃政策草稿",
}
STATE_LABELS: dict[str, str] = {"scheduled": "待拨付", "paid": "已拨付", "cancelled": "已取消",
                                "draft": "草稿", "open": "申报中", "closed": "已截止", "adopted": "已采用", "discarded": "已放弃"}
"""States of tranches, calls and policy drafts; an application's states are ``STATES``."""


def action_label(action: str) -> str:
    return ACTION_LABELS.get(action, action)


def state_label(state: str | None) -> str:
    if state is None:
        return "—"
    return STATES[state].officer_label if state in STATES else STATE_LABELS.get(state, state)
