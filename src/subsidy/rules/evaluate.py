"""Evaluate one case against a policy, with a full trace.

Runs the policy's compiled plan (:mod:`subsidy.rules.plan`) with each idiom's ``scalar`` method, which
records its trace step as data (:class:`~subsidy.rules.trace.Step`); the Chinese wording is rendered from
those records (:mod:`subsidy.rules.trace`). Eligibility is three-valued (Kleene logic): ``True``,
``False`` or ``None`` (unknown, with the facts still needed). The ceiling is the most the clause allows
given what is known; when the entity's history is not stated it is an upper bound and the clause stays
undecided.
"""

from __future__ import annotations

import datetime as dt

from subsidy.dates import validity_window
from subsidy.errors import CaseInputError
from subsidy.rules import model as m
from subsidy.rules.amounts import Manual
from subsidy.rules.benefits import BENEFIT_TYPES
from subsidy.rules.caps import ScalarCaps
from subsidy.rules.case import Case
from subsidy.rules.gates import GateResult, ScalarCtx, decide
from subsidy.rules.plan import ClausePlan, plan_of
from subsidy.rules.records import derive_records
from subsidy.rules.results import OUTCOME, ClauseResult, PolicyResult, Reason, Step
from subsidy.rules.schedules import assessed_schedule, schedule_needs
from subsidy.rules.stacking import stack
from subsidy.rules.trace import Fmt, union, why_not

__all__ = ["assess", "missing_label", "resolve_effective_from"]

RECORD_LABELS = {
    "history": "历史获资助记录（history）",
    "other_support": "已获其他政策支持情况（other_support）",
    "bars": "处罚与取消申报资格记录（bars）",
}


def resolve_effective_from(policy: m.Policy, case: Case, override: dt.date | None) -> dt.date:
    eff = override or case.effective_from or policy.effective_from
    if eff is None:
        raise CaseInputError(
            "effective_from",
            f"政策「{policy.short_title}」尚未设定施行日期（{policy.validity_cite or '文本未给出'}）",
            "指定施行日期，如 2026-12-01：命令行用 --effective-from，接口用查询参数 effective_from，或在案例中写 effective_from",
        )
    return eff


def missing_label(policy: m.Policy, name: str) -> str:
    if name in policy.facts:
        return f"{policy.facts[name].label}（{name}）"
    return RECORD_LABELS.get(name, name)


def _clause(ctx: ScalarCtx, cp: ClausePlan, common: list[tuple[object, GateResult]],
            exclusions: list[tuple[object, GateResult]]) -> ClauseResult:
    clause = cp.clause
    gates = common + [(g, g.scalar(ctx)) for g in cp.gates] + [
        (g, res) for g, res in exclusions if clause.id not in g.e.exempt]  # type: ignore[attr-defined]
    steps: list[Step] = [res[2] for _, res in gates]
    if cp.amount is None:
        assert isinstance(clause.amount, Manual)
        steps.append(Step("manual", clause.cite, "金额", {"note": clause.amount.note}, None, cp.quote, fmt=ctx.fmt))
        st = ScalarCaps(None, manual=True)
        amount_missing: list[str] = []
        steps += [cap.scalar(ctx, st) for cap in cp.caps]  # the figure set in review stays within its caps
    else:
        t = cp.amount.scalar(ctx)
        st = ScalarCaps(t.value)
        amount_missing = t.missing
        steps.append(Step("amount", clause.cite, "计算金额", None, t.value, cp.quote, t, ctx.fmt))
        steps += [cap.scalar(ctx, st) for cap in cp.caps]
    reason, missing, falses = decide(clause.kind, gates, st.amount, st.ceiling,  # type: ignore[arg-type]
                                     st.history_unknown or st.unknown)
    eligible = OUTCOME[reason]
    ceiling = st.ceiling
    if reason in (Reason.ZERO_AMOUNT, Reason.CAP_EXHAUSTED):
        reasons = ["按本条计算的金额为零" if reason is Reason.ZERO_AMOUNT else "已达本条支持上限，无剩余额度"]
    elif eligible is False:
        reasons = [why_not(s) for s in falses]
    elif eligible is None:
        missing = union([missing, amount_missing, st.missing, ["history"] if st.history_unknown else []])
        reasons = ["尚需提供：" + "、".join(missing_label(ctx.policy, x) for x in missing)]
    else:
        reasons = [f"符合{clause.cite}"]
        if clause.discretionary:
            reasons.append("裁量条款：最高额内由评审核定")
    if eligible is False:
        ceiling = 0
        missing = []  # decided: no further fact changes the outcome, so none is asked for
    plan, note = assessed_schedule(clause, ceiling, ctx.facts, ctx.year, ctx.window[1], ctx.when) if ceiling else ([], "")
    out = ClauseResult(clause, eligible, reason, reasons, missing, st.amount, ceiling, plan, steps)
    out.schedule_note = note
    if eligible is not False and ceiling != 0:  # the schedule's own facts: asked after those deciding the amount
        out.schedule_missing = [x for x in schedule_needs(clause.schedule, ctx.facts, ctx.when) if x not in missing]
    out.bound_fen = st.bound
    if cp.floor is not None:
        out.floor_fen, step = cp.floor.scalar(ctx, ceiling, ctx.fmt)
        steps.append(step)
    b = clause.benefit
    if b is not None and eligible is not False:  # a benefit in kind: shown as what it is
        steps.append(Step("benefit", clause.cite, "非现金支持", {"name": b.name, "type": BENEFIT_TYPES[b.type]},
                          ceiling, cp.quote, fmt=ctx.fmt))
    return out


def assess(policy: m.Policy, case: Case, *, effective_from: dt.date | None = None) -> PolicyResult:
    """Assess every clause of ``policy`` for ``case``, then stack (就高, 差额)."""
    eff = resolve_effective_from(policy, case, effective_from)
    end = validity_window(eff, policy.validity_years)[1] if policy.validity_years else None
    plan = plan_of(policy)
    ctx = ScalarCtx(policy, case.facts, case.as_of, derive_records(policy, case), (eff, end), Fmt(policy), case.year)
    # the gates every clause shares are evaluated once; their steps are the same records in each clause
    common = [(g, g.scalar(ctx)) for g in plan.common]
    exclusions = [(g, g.scalar(ctx)) for g in plan.exclusions]
    results = [_clause(ctx, cp, common, exclusions) for cp in plan.clauses]  # type: ignore[arg-type]
    st = stack(ctx, results, plan.shared)
    manual = [r.clause.id for r in results if r.eligible is True and r.clause.kind == "manual_amount"]
    pending = [r.clause.id for r in results if r.eligible is None]
    missing = union([union(r.missing for r in results if r.eligible is None), st.missing])
    set_aside = st.set_aside
    granted = [r.clause.id for r in st.winners if (r.granted_fen or 0) > 0] + manual
    for r in st.winners:
        if (r.granted_fen or 0) == 0 and r.clause.id not in dict(set_aside):
            set_aside.append((r.clause.id, r.stacking_note or "扣减后金额为零"))
    total = sum(r.granted_fen or 0 for r in st.winners if r.clause.benefit is None)  # cash; in kind apart
    kind = [r for r in st.winners if r.clause.benefit is not None]
    in_kind = sum(r.granted_fen or 0 for r in kind)
    if kind:
        names = "、".join(dict.fromkeys(r.clause.benefit.name for r in kind if r.clause.benefit is not None))
        st.steps.append(Step("in_kind", "、".join(r.clause.cite for r in kind), "非现金支持合计",
                             {"names": names, "cash": total}, in_kind, fmt=ctx.fmt))
    return PolicyResult(policy, case.as_of, case.year, eff, end, results, total, granted, set_aside, pending, manual,
                        st.steps, missing, st.missing, in_kind, st.needs)
