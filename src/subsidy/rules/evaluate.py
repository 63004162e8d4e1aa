"""Evaluate one case against a policy, with a full trace in Chinese.

Eligibility is three-valued (Kleene logic): ``True``, ``False`` or ``None`` (unknown, with the facts
still needed). The ceiling is the most the clause allows given what is known; when the entity's
history is not stated it is an upper bound and the clause stays undecided.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from fractions import Fraction
from typing import Any

from subsidy.dates import validity_window
from subsidy.errors import CaseInputError
from subsidy.money import apply_rate, format_fen, format_rate, split_by_shares
from subsidy.rules import model as m
from subsidy.rules.case import Case, FactValue
from subsidy.rules.records import Records, derive_records, governing_caps, shared_caps
from subsidy.rules.results import (
    OUTCOME,
    PRECEDENCE,
    ClauseResult,
    PolicyResult,
    Reason,
    Step,
    Tranche,
    first_reason,
)

__all__ = ["assess", "missing_label", "payment_plan", "resolve_effective_from"]

RECORD_LABELS = {
    "history": "历史获资助记录（history）",
    "other_support": "已获其他政策支持情况（other_support）",
    "bars": "处罚与取消申报资格记录（bars）",
}

_OPS = {"equals": "＝", "at_least": "≥", "at_most": "≤", "above": "＞", "below": "＜"}
Value = int | Fraction | str | bool


def resolve_effective_from(policy: m.Policy, case: Case, override: dt.date | None) -> dt.date:
    eff = override or case.effective_from or policy.effective_from
    if eff is None:
        raise CaseInputError(
            "effective_from",
            f"政策「{policy.short_title}」尚未设定施行日期（{policy.validity_cite or '文本未给出'}）",
            "指定施行日期，如 2026-12-01：命令行用 --effective-from，接口用查询参数 effective_from，或在案例中写 effective_from",
        )
    return eff


class _Ctx:
    """Everything one evaluation reads: the policy, the facts, the date, the display unit."""

    def __init__(self, policy: m.Policy, case: Case) -> None:
        self.policy = policy
        self.facts = case.facts
        self.when = case.as_of
        self.unit = policy.amount_unit

    def money(self, fen: int) -> str:
        return format_fen(fen, self.unit)

    def show(self, f: m.FactDef, v: FactValue) -> str:
        if f.type == "money":
            assert isinstance(v, int)
            return format_fen(v, f.unit or self.unit)
        if isinstance(v, bool):
            return "是" if v else "否"
        if isinstance(v, Fraction):
            return str(v.numerator) if v.denominator == 1 else format(float(v), "g")
        return f"{v}{f.unit or ''}" if f.type == "integer" else str(v)

    def lit(self, v: Value, vtype: m.VType) -> str:
        if vtype == "money":
            assert isinstance(v, int)
            return self.money(v)
        if vtype == "rate":
            assert isinstance(v, Fraction)
            return format_rate(v)
        if isinstance(v, Fraction):
            return str(v.numerator) if v.denominator == 1 else str(v)
        return str(v)

    # ---- conditions ------------------------------------------------------------------------

    def cond(self, c: m.Condition, lines: list[str], want: bool = True) -> tuple[bool | None, list[str], list[str]]:
        """Evaluate ``c``; append one explanation line per leaf to ``lines``; return value, missing, because.

        ``want`` is what the leaf must be for the whole to hold (False under a ``not``): it decides
        the tick shown beside the leaf. ``because`` are the lines of the leaves that decide the value:
        for an ``any`` met by one branch, that branch only (a failed branch decides nothing).
        """
        if isinstance(c, m.All | m.Any_):
            vals = [self.cond(i, lines, want) for i in c.items]
            decisive = isinstance(c, m.Any_)  # the value one item needs to decide the whole
            if any(v is decisive for v, _, _ in vals):
                return decisive, [], _union(why for v, _, why in vals if v is decisive)
            if any(v is None for v, _, _ in vals):
                return None, _union(miss for v, miss, _ in vals if v is None), []
            return not decisive, [], _union(why for _, _, why in vals)
        if isinstance(c, m.Not):
            v, miss, why = self.cond(c.item, lines, not want)
            return (None if v is None else not v), miss, why
        f = self.policy.facts[c.fact]
        value = self.facts.get(c.fact)
        label = c.label or f.label
        if value is None:
            lines.append(f"{label}：未知 ？")
            return None, [c.fact], []
        if isinstance(c, m.FactIs):
            result = value is True
            lines.append(f"{label}：{self.show(f, value)} {_tick(result, want)}")
            return result, [], [lines[-1]]
        if isinstance(c, m.InSet):
            result = value in c.values
            lines.append(f"{label}「{value}」属于（{'、'.join(c.values)}）：{'是' if result else '否'} {_tick(result, want)}")
            return result, [], [lines[-1]]
        target = c.value.at(self.when)
        result = _compare(c.op, value, target)
        lines.append(f"{label} {self.show(f, value)} {_OPS[c.op]} {self.lit(target, c.vtype)}："
                     f"{'是' if result else '否'} {_tick(result, want)}")
        return result, [], [lines[-1]]

    # ---- amounts -----------------------------------------------------------------------------

    def expr(self, e: m.Expr) -> tuple[Value | None, list[str], str]:
        """Value (None if unknown), missing facts, and a Chinese rendering of the arithmetic."""
        if isinstance(e, m.Lit):
            v = e.value.at(self.when)
            return v, [], self.lit(v, e.vtype)
        if isinstance(e, m.FactRef):
            f = self.policy.facts[e.fact]
            fv: Any = self.facts.get(e.fact)
            if fv is None:
                return None, [e.fact], f"{f.label}（未知）"
            if f.type == "integer":
                fv = Fraction(int(fv))
            return fv, [], f"{f.label} {self.show(f, self.facts[e.fact])}"
        if isinstance(e, m.Ratio):
            rate, m1, t1 = self.expr(e.rate)
            base, m2, t2 = self.expr(e.base)
            if rate is None or base is None:
                return None, _union([m1, m2]), f"{t2} × {t1}"
            assert isinstance(base, int) and isinstance(rate, Fraction)
            out = apply_rate(base, rate)
            return out, [], f"{t2} × {t1} = {self.money(out)}"
        if isinstance(e, m.PerUnit):
            unit, m1, t1 = self.expr(e.unit)
            count, m2, t2 = self.expr(e.count)
            if unit is None or count is None:
                return None, _union([m1, m2]), f"{t2} × {t1}"
            assert isinstance(unit, int) and isinstance(count, Fraction)
            out = apply_rate(unit, count)
            return out, [], f"{t2} × {t1} = {self.money(out)}"
        if isinstance(e, m.Product):
            parts = [self.expr(i) for i in e.items]
            text = " × ".join(t for _, _, t in parts)
            if any(v is None for v, _, _ in parts):
                return None, _union(mi for _, mi, _ in parts), text
            prod = Fraction(1)
            for part, _, _ in parts:
                assert isinstance(part, Fraction)
                prod *= part
            return prod, [], f"{text} = {self.lit(prod, 'number')}"
        if isinstance(e, m.MinMaxSum):
            parts = [self.expr(i) for i in e.items]
            inner = "，".join(t for _, _, t in parts)
            name = {"min": "取较小者", "max": "取较大者", "sum": "合计"}[e.op]
            if any(v is None for v, _, _ in parts):
                return None, _union(mi for _, mi, _ in parts), f"{name}（{inner}）"
            vals: list[Any] = [v for v, _, _ in parts]
            agg: Any = min(vals) if e.op == "min" else max(vals) if e.op == "max" else sum(vals)
            return agg, [], f"{name}（{inner}）= {self.lit(agg, e.vtype)}"
        if isinstance(e, m.TopUp):
            target, m1, t1 = self.expr(e.target)
            already, m2, t2 = self.expr(e.already)
            if target is None or already is None:
                return None, _union([m1, m2]), f"差额（{t1} − {t2}）"
            assert isinstance(target, int) and isinstance(already, int)
            out = max(0, target - already)
            return out, [], f"差额 max(0, {t1} − {t2}) = {self.money(out)}"
        if isinstance(e, m.Table):
            keys = []
            for name in e.by:
                fv = self.facts.get(name)
                if fv is None:
                    labels = "、".join(self.policy.facts[n].label for n in e.by)
                    return None, [n for n in e.by if self.facts.get(n) is None], f"按{labels}取值（未知）"
                keys.append(str(fv))
            key = tuple(keys)
            labels = "×".join(self.policy.facts[n].label for n in e.by)
            for k, dv in e.values:
                if k == key:
                    v = dv.at(self.when)
                    return v, [], f"按{labels}「{'、'.join(key)}」取 {self.lit(v, e.vtype)}"
            zero: Value = 0 if e.vtype == "money" else Fraction(0)
            return zero, [], f"{labels}「{'、'.join(key)}」不在支持范围内，取 0"
        if isinstance(e, m.Bands):
            of, mi, t = self.expr(e.of)
            if of is None:
                return None, mi, f"{t} 所在区间"
            of_type: m.VType = "money" if isinstance(of, int) else "number"
            for b in e.bands:
                lo = b.low.at(self.when) if b.low else None
                hi = b.high.at(self.when) if b.high else None
                if (lo is None or of >= lo) and (hi is None or of <= hi):  # type: ignore[operator]
                    v = b.value.at(self.when)
                    span = f"{self.lit(lo, of_type) if lo is not None else ''}～{self.lit(hi, of_type) if hi is not None else ''}"
                    return v, [], f"{t} 落在「{span}」区间，取 {self.lit(v, e.vtype)}"
            zero = 0 if e.vtype == "money" else Fraction(0)
            return zero, [], f"{t} 不在任何区间内，取 0"
        assert isinstance(e, m.Manual)
        return None, [], e.note


def _tick(result: bool, want: bool) -> str:
    return "✓" if result == want else "✗"


def _compare(op: str, a: Value, b: Value) -> bool:
    if op == "equals":
        return a == b
    if op == "at_least":
        return a >= b  # type: ignore[operator]
    if op == "at_most":
        return a <= b  # type: ignore[operator]
    if op == "above":
        return a > b  # type: ignore[operator]
    return a < b  # type: ignore[operator]


def _union(groups: Iterable[list[str]]) -> list[str]:
    out: list[str] = []
    for g in groups:
        for x in g:
            if x not in out:
                out.append(x)
    return out


def _quote(c: m.Clause) -> str:
    return "".join(c.quotes)


# ---- one clause --------------------------------------------------------------------------------


def _gate(steps: list[Step], gates: list[tuple[bool | None, Reason, str, list[str]]], *, value: bool | None,
          reason: Reason, why: str, missing: list[str], step: Step) -> None:
    steps.append(step)
    gates.append((value, reason, why, missing))


def _clause(ctx: _Ctx, clause: m.Clause, case: Case, rec: Records, window: tuple[dt.date, dt.date | None],
            applicants: tuple[bool | None, list[str], list[str]]) -> ClauseResult:
    policy = ctx.policy
    steps: list[Step] = []
    gates: list[tuple[bool | None, Reason, str, list[str]]] = []
    start, end = window
    in_window = start <= case.as_of and (end is None or case.as_of <= end)
    span = f"{start.isoformat()} 至 {end.isoformat() if end else '长期'}"
    _gate(steps, gates, value=in_window, reason=Reason.OUTSIDE_VALIDITY,
          why=f"评估日期 {case.as_of.isoformat()} 不在政策有效期（{span}）内", missing=[],
          step=Step(policy.validity_cite or "有效期", "有效期", f"有效期 {span}；评估日期 {case.as_of.isoformat()}",
                    "在有效期内" if in_window else "不在有效期内", {"as_of": case.as_of.isoformat()},
                    policy.validity_quote or None))
    bar_text = ("未知（未提供处罚记录）" if rec.barred is None else
                f"处于取消申报资格期内：{rec.bar_reason}" if rec.barred else "无取消申报资格处罚")
    _gate(steps, gates, value=None if rec.barred is None else not rec.barred, reason=Reason.BARRED,
          why=f"申报单位{rec.bar_reason}，期满前不得申报", missing=[] if rec.barred is not None else ["bars"],
          step=Step("处罚", "取消申报资格", bar_text, "否" if rec.barred is False else bar_text))
    a_value, a_missing, a_lines = applicants
    if policy.applicants is not None:
        _gate(steps, gates, value=a_value, reason=Reason.APPLICANT, why=f"不符合{policy.applicants_cite}规定的申报主体条件",
              missing=a_missing, step=Step(policy.applicants_cite, "申报主体", "；".join(a_lines),
                                           _tv(a_value), quote=policy.applicants_quote))
    if clause.condition is not None:
        lines: list[str] = []
        v, miss, because = ctx.cond(clause.condition, lines)
        _gate(steps, gates, value=v, reason=Reason.CONDITION, why=f"不符合{clause.cite}的支持条件：" + "；".join(because),
              missing=miss,
              step=Step(clause.cite, "支持条件", "；".join(lines), _tv(v), quote=_quote(clause)))
    if clause.programme is not None:
        p = clause.programme
        year_no = case.facts.get(p.year_fact)
        ok = None if year_no is None else int(year_no) <= p.years and int(year_no) >= 1
        _gate(steps, gates, value=ok, reason=Reason.PROGRAMME_OVER,
              why=f"本条连续支持最多 {p.years} 年，本次为第 {year_no} 年", missing=[p.year_fact] if ok is None else [],
              step=Step(clause.cite, "连续支持年限", f"连续支持 {p.years} 年；本次为第 {year_no if year_no else '？'} 年",
                        _tv(ok), quote=_quote(clause)))
    for ex in policy.exclusions:
        hit = rec.excluded[ex.id]
        _gate(steps, gates, value=None if hit is None else not hit, reason=Reason.EXCLUDED, why=ex.reason,
              missing=["other_support"] if hit is None else [],
              step=Step(ex.cite, "不重复资助", ex.reason if hit else ("未知（未提供其他支持情况）" if hit is None else "无重复支持"),
                        _tv(None if hit is None else not hit), quote=ex.quote))

    # amount and caps
    amount_fen: int | None = None
    ceiling: int | None = None
    bound: int | None = None  # the ceiling before history: what 就高 compares a year's total with
    amount_missing: list[str] = []
    history_unknown = False
    if isinstance(clause.amount, m.Manual):
        steps.append(Step(clause.cite, "金额", f"金额另行核定：{clause.amount.note}", "由审核确定", quote=_quote(clause)))
    else:
        val, amount_missing, text = ctx.expr(clause.amount)
        if val is not None:
            assert isinstance(val, int)
            amount_fen = ceiling = bound = val
        steps.append(Step(clause.cite, "计算金额", text, ctx.money(val) if isinstance(val, int) else "未知",
                          quote=_quote(clause)))
        for cap in governing_caps(policy, clause):
            use = rec.cap_use[cap.id]
            label = cap.label or cap.scope_label()
            if cap.max_grants is not None:
                if use is None:
                    history_unknown = True
                    steps.append(Step(clause.cite, "次数上限", f"{label}：最多 {cap.max_grants} 次；已获次数未知", "未知",
                                      quote=cap.quote))
                    continue
                left = cap.max_grants - use.grants
                if left <= 0:
                    ceiling = 0
                steps.append(Step(clause.cite, "次数上限", f"{label}：最多 {cap.max_grants} 次，已获 {use.grants} 次",
                                  "已用尽" if left <= 0 else f"尚可 {left} 次", quote=cap.quote))
                continue
            assert cap.limit is not None
            limit = int(cap.limit.at(case.as_of))
            if use is None:
                history_unknown = True
                room = limit
                how = f"{label}上限 {ctx.money(limit)}；已获金额未知，按最多计"
            elif cap.scope == "application":
                room = limit
                how = f"{label}上限 {ctx.money(limit)}"
            else:
                room = max(0, limit - use.fen)
                how = f"{label}上限 {ctx.money(limit)}，已获 {ctx.money(use.fen)}，尚余 {ctx.money(room)}"
            if bound is not None:
                bound = min(bound, limit)
            if amount_fen is not None and ceiling is not None:
                before = ceiling
                ceiling = min(ceiling, room)
                result = f"取 {ctx.money(ceiling)}" + ("（受上限限制）" if ceiling < before else "（未超上限）")
            else:
                ceiling = room if ceiling is None else min(ceiling, room)
                result = f"金额未知，最多 {ctx.money(ceiling)}"
            steps.append(Step(clause.cite, "上限", how, result, {"上限": ctx.money(limit)}, cap.quote or _quote(clause)))

    # decide: every reason that applies, the first in PRECEDENCE wins
    missing = _union(miss for v, _, _, miss in gates if v is None)
    falses = sorted(((r, why) for v, r, why, _ in gates if v is False), key=lambda x: PRECEDENCE.index(x[0]))
    applicable = [r for r, _ in falses] + [Reason.ELIGIBLE]
    if clause.kind == "monetary" and ceiling == 0:
        applicable.append(Reason.CAP_EXHAUSTED)
        if amount_fen == 0:
            applicable.append(Reason.ZERO_AMOUNT)
    if missing or (clause.kind == "monetary" and amount_fen is None) or history_unknown:
        applicable.append(Reason.UNKNOWN)
    reason = first_reason(applicable)
    eligible = OUTCOME[reason]
    if reason in (Reason.ZERO_AMOUNT, Reason.CAP_EXHAUSTED):
        reasons = ["按本条计算的金额为零" if reason is Reason.ZERO_AMOUNT else "已达本条支持上限，无剩余额度"]
    elif eligible is False:
        reasons = [why for _, why in falses]
    elif eligible is None:
        missing = _union([missing, amount_missing, ["history"] if history_unknown else []])
        reasons = ["尚需提供：" + "、".join(missing_label(policy, x) for x in missing)]
    else:
        reasons = [f"符合{clause.cite}"]
        if clause.discretionary:
            reasons.append("裁量条款：最高额内由评审核定")
    if eligible is False:
        ceiling = 0
        missing = []  # decided: no further fact changes the outcome, so none is asked for
    year_no = case.facts.get(clause.programme.year_fact) if clause.programme else None
    schedule = payment_plan(clause, ceiling, year_no=year_no) if ceiling else []
    out = ClauseResult(clause, eligible, reason, reasons, missing, amount_fen, ceiling, schedule, steps)
    out.bound_fen = bound
    return out


def _tv(v: bool | None) -> str:
    return "未知" if v is None else ("符合" if v else "不符合")


def missing_label(policy: m.Policy, name: str) -> str:
    if name in policy.facts:
        return f"{policy.facts[name].label}（{name}）"
    return RECORD_LABELS.get(name, name)


def payment_plan(clause: m.Clause, amount_fen: int, first_year: int | None = None,
                 year_no: object = None) -> list[Tranche]:
    """How ``amount_fen`` is paid under the clause's schedule: the one place tranches are made, for an
    assessment (no year: ``第1年``, ``一次性``) and for an award (``first_year``: each tranche's
    ``due_year`` and ``2027年（第2年）``). Tranches add up to the amount exactly (split_by_shares)."""
    s = clause.schedule

    def dated(offset: int, text: str) -> tuple[str, int | None]:
        if first_year is None:
            return text, None
        return f"{first_year + offset}年（{text}）", first_year + offset

    if s.type == "tranches":
        parts = split_by_shares(amount_fen, list(s.shares))
        return [Tranche(i + 1, fen, *_with_share(dated(i, f"第{i + 1}年"), format_rate(sh)))
                for i, (fen, sh) in enumerate(zip(parts, s.shares, strict=True))]
    if s.type == "annual":
        which = "" if first_year is not None else (f"第{year_no}年" if year_no else "本年度")
        text = f"{which}（连续{s.years}年，每年核定）" if which else f"连续{s.years}年，每年核定"
    elif s.type == "periodic":
        text = f"按{s.period or '期'}结算"
    else:
        text = "一次性"
    return [Tranche(1, amount_fen, *_with_share(dated(0, text), ""))]


def _with_share(dated: tuple[str, int | None], share: str) -> tuple[str, str, int | None]:
    return dated[0], share, dated[1]


# ---- the policy --------------------------------------------------------------------------------


def assess(policy: m.Policy, case: Case, *, effective_from: dt.date | None = None) -> PolicyResult:
    """Assess every clause of ``policy`` for ``case``, then stack (就高, 差额)."""
    eff = resolve_effective_from(policy, case, effective_from)
    end = validity_window(eff, policy.validity_years)[1] if policy.validity_years else None
    ctx = _Ctx(policy, case)
    rec = derive_records(policy, case)
    a_lines: list[str] = []
    a_value, a_missing, _ = ctx.cond(policy.applicants, a_lines) if policy.applicants else (True, [], [])
    results = [_clause(ctx, c, case, rec, (eff, end), (a_value, a_missing, a_lines)) for c in policy.clauses]
    return _stack(ctx, case, rec, results, eff, end)


def _share(ctx: _Ctx, cap: m.Cap, rec: Records, sharing: list[ClauseResult], steps: list[Step]) -> None:
    """A cap shared by several clauses: its room goes to them in clause order within this case."""
    use = rec.cap_use[cap.id]
    room = None
    if cap.limit is not None:
        limit = int(cap.limit.at(ctx.when))
        room = limit if use is None or cap.scope == "application" else max(0, limit - use.fen)
    left = None if cap.max_grants is None else cap.max_grants - (use.grants if use is not None else 0)
    label = cap.label or cap.scope_label()
    for r in sharing:
        got = r.granted_fen or 0
        if got <= 0:
            continue
        new = got if room is None else min(got, room)
        if left is not None and left <= 0:
            new = 0
        if new < got:
            r.granted_fen = new
            r.stacking_note = (f"与{'、'.join(cap.clauses)}共用{label}上限，本案中已由前面的条款用去，"
                               f"本条最多 {ctx.money(new)}")
            steps.append(Step(r.clause.cite, "共用上限", r.stacking_note, ctx.money(new), quote=cap.quote))
        if room is not None:
            room -= new
        if left is not None and new > 0:
            left -= 1


def _stack(ctx: _Ctx, case: Case, rec: Records, results: list[ClauseResult], eff: dt.date,
           end: dt.date | None) -> PolicyResult:
    policy = ctx.policy
    steps: list[Step] = []
    set_aside: list[tuple[str, str]] = []
    money = [r for r in results if r.eligible is True and r.clause.kind == "monetary"]
    manual = [r.clause.id for r in results if r.eligible is True and r.clause.kind == "manual_amount"]
    pending = [r.clause.id for r in results if r.eligible is None]
    missing = _union(r.missing for r in results if r.eligible is None)
    stacking_missing: list[str] = []
    for r in money:
        r.granted_fen = r.ceiling_fen
    winners = money
    if policy.highest is not None and money:
        best = max(money, key=lambda r: (r.ceiling_fen or 0, -results.index(r)))
        winners = [best]
        for r in money:
            if r is not best:
                why = (f"就高：按{best.clause.cite}执行（最高 {ctx.money(best.ceiling_fen or 0)}），"
                       f"本条（最高 {ctx.money(r.ceiling_fen or 0)}）不再支持")
                r.granted_fen = 0
                r.stacking_note = why
                set_aside.append((r.clause.id, why))
        prior = rec.prior_same_year_fen
        scope = "同一年度" if policy.highest.scope == "entity_year" else "同一项目"
        text = f"符合 {len(money)} 项资金支持政策，取最高的{best.clause.cite}（{ctx.money(best.ceiling_fen or 0)}）"
        if prior:
            # The year's total may not exceed the winner's bound; a grant already counted by the
            # winner's own caps is not subtracted twice.
            room = max(0, (best.bound_fen or 0) - prior)
            best.granted_fen = min(best.granted_fen or 0, room)
            text += (f"；{scope}已获本措施支持 {ctx.money(prior)}，全年合计不超过 {ctx.money(best.bound_fen or 0)}，"
                     f"本次最多 {ctx.money(best.granted_fen)}")
        elif prior is None:
            missing = _union([missing, ["history"]])
            stacking_missing.append("history")
            text += f"；{scope}已获本措施支持情况未知"
        steps.append(Step(policy.highest.cite, "就高", text, ctx.money(best.granted_fen or 0), quote=policy.highest.quote))
    for cap in shared_caps(policy):
        _share(ctx, cap, rec, [r for r in winners if r.clause.id in cap.clauses], steps)
    if policy.difference is not None and winners:
        got = rec.difference_fen
        if got is None:
            missing = _union([missing, ["other_support"]])
            stacking_missing.append("other_support")
            steps.append(Step(policy.difference.cite, "差额", "已获其他政策支持情况未知，按未获计", "未知",
                              quote=policy.difference.quote))
        elif got > 0:
            left = got
            before = sum(r.granted_fen or 0 for r in winners)
            for r in winners:
                cut = min(r.granted_fen or 0, left)
                r.granted_fen = (r.granted_fen or 0) - cut
                left -= cut
                if cut:
                    r.stacking_note = f"差额：扣除已获其他政策支持 {ctx.money(cut)}"
            after = sum(r.granted_fen or 0 for r in winners)
            steps.append(Step(policy.difference.cite, "差额",
                              f"差额 max(0, {ctx.money(before)} − 已获 {ctx.money(got)}) = {ctx.money(after)}",
                              ctx.money(after), quote=policy.difference.quote))
    granted = [r.clause.id for r in winners if (r.granted_fen or 0) > 0] + manual
    for r in winners:
        if (r.granted_fen or 0) == 0 and r.clause.id not in dict(set_aside):
            set_aside.append((r.clause.id, r.stacking_note or "扣减后金额为零"))
    total = sum(r.granted_fen or 0 for r in winners)
    return PolicyResult(policy, case.as_of, case.year, eff, end, results, total, granted, set_aside, pending, manual,
                        steps, missing, stacking_missing)
