"""Rules in words: which facts a clause needs, and its formula and conditions in Chinese."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from subsidy.dates import validity_window
from subsidy.money import format_fen, format_rate
from subsidy.rules import model as m

__all__ = ["FACT_TYPE_LABELS", "STATUS_LABELS", "Standing", "clause_facts", "describe_condition", "describe_expr",
           "describe_how", "describe_schedule", "fact_names", "humanise", "policy_standing"]

STATUS_LABELS = {"draft": "征求意见稿", "in_force": "施行中", "expired": "已失效"}
FACT_TYPE_LABELS = {"money": "金额", "number": "数字", "integer": "整数", "bool": "是/否", "category": "类别"}

_OPS = {"equals": "为", "at_least": "不低于", "at_most": "不超过", "above": "超过", "below": "低于"}


def fact_names(node: m.Condition | m.Expr | None) -> list[str]:
    """Facts read by a condition or an expression, in order of first use."""
    out: list[str] = []

    def add(name: str) -> None:
        if name not in out:
            out.append(name)

    def walk(n: object) -> None:
        if isinstance(n, m.FactIs | m.Compare | m.InSet | m.FactRef):
            add(n.fact)
        elif isinstance(n, m.All | m.Any_ | m.Product | m.MinMaxSum):
            for i in n.items:
                walk(i)
        elif isinstance(n, m.Not):
            walk(n.item)
        elif isinstance(n, m.Ratio):
            walk(n.rate)
            walk(n.base)
        elif isinstance(n, m.PerUnit):
            walk(n.unit)
            walk(n.count)
        elif isinstance(n, m.TopUp):
            walk(n.target)
            walk(n.already)
        elif isinstance(n, m.Table):
            for b in n.by:
                add(b)
        elif isinstance(n, m.Bands):
            walk(n.of)

    walk(node)
    return out


def clause_facts(p: m.Policy, c: m.Clause) -> list[m.FactDef]:
    names = fact_names(p.applicants) + fact_names(c.condition) + fact_names(c.amount)
    if c.programme:
        names.append(c.programme.year_fact)
    seen: list[str] = []
    for n in names:
        if n not in seen:
            seen.append(n)
    return [p.facts[n] for n in seen]


def _lit(d: m.Dated, vtype: m.VType, unit: str) -> str:
    parts = []
    for start, v in d.points:
        if vtype == "money":
            text = format_fen(int(v), unit)
        elif vtype == "rate":
            text = format_rate(v)  # type: ignore[arg-type]
        else:
            text = str(v)
        parts.append(text if start is None else f"{start.isoformat()}起 {text}")
    return "；".join(parts)


def describe_expr(p: m.Policy, e: m.Expr) -> str:
    u = p.amount_unit
    if isinstance(e, m.Lit):
        return _lit(e.value, e.vtype, u)
    if isinstance(e, m.FactRef):
        return p.facts[e.fact].label
    if isinstance(e, m.Ratio):
        return f"{describe_expr(p, e.base)} × {describe_expr(p, e.rate)}"
    if isinstance(e, m.PerUnit):
        return f"{describe_expr(p, e.count)} × {describe_expr(p, e.unit)}"
    if isinstance(e, m.Product):
        return " × ".join(describe_expr(p, i) for i in e.items)
    if isinstance(e, m.MinMaxSum):
        name = {"min": "取较小者", "max": "取较大者", "sum": "合计"}[e.op]
        return f"{name}（{'，'.join(describe_expr(p, i) for i in e.items)}）"
    if isinstance(e, m.TopUp):
        return f"max(0, {describe_expr(p, e.target)} − {describe_expr(p, e.already)})"
    if isinstance(e, m.Table):
        labels = "×".join(p.facts[b].label for b in e.by)
        rows = "；".join(f"{'、'.join(k)}：{_lit(v, e.vtype, u)}" for k, v in e.values)
        return f"按{labels}：{rows}"
    if isinstance(e, m.Bands):
        band_rows: list[str] = []
        for b in e.bands:
            lo = _lit(b.low, "money" if b.low and isinstance(b.low.points[0][1], int) else "number", u) if b.low else ""
            hi = _lit(b.high, "money" if b.high and isinstance(b.high.points[0][1], int) else "number", u) if b.high else ""
            band_rows.append(f"{lo}～{hi}：{_lit(b.value, e.vtype, u)}")
        return f"按{describe_expr(p, e.of)}分档（含本数，先符合者适用）：{'；'.join(band_rows)}"
    assert isinstance(e, m.Manual)
    return f"金额另行核定（{e.note}）"


def describe_condition(p: m.Policy, c: m.Condition | None) -> str:
    if c is None:
        return "无附加条件"
    if isinstance(c, m.All):
        return "同时满足：" + "；".join(describe_condition(p, i) for i in c.items)
    if isinstance(c, m.Any_):
        return "满足其一：" + "；".join(describe_condition(p, i) for i in c.items)
    if isinstance(c, m.Not):
        return f"并非（{describe_condition(p, c.item)}）"
    f = p.facts[c.fact]
    if isinstance(c, m.FactIs):
        return c.label or f.label
    if isinstance(c, m.InSet):
        return f"{f.label}属于（{'、'.join(c.values)}）"
    return f"{f.label}{_OPS[c.op]}{_lit(c.value, c.vtype, f.unit or p.amount_unit)}"


def describe_caps(p: m.Policy, c: m.Clause) -> list[str]:
    out = []
    for cap in c.caps:
        label = cap.label or cap.scope_label()
        if cap.max_grants is not None:
            out.append(f"{label}：最多 {cap.max_grants} 次")
        else:
            assert cap.limit is not None
            shared = f"（与{'、'.join(x for x in cap.clauses if x != c.id)}合计）" if len(cap.clauses) > 1 else ""
            out.append(f"{cap.scope_label()}最高 {_lit(cap.limit, 'money', p.amount_unit)}{shared}")
    return out


@dataclass(frozen=True)
class Standing:
    """Where a policy stands on a day: its status (a key of :data:`STATUS_LABELS`) and validity."""

    status: str
    effective_from: dt.date | None
    validity_end: dt.date | None  # None: no end stated, or no effective date yet

    @property
    def label(self) -> str:
        return STATUS_LABELS[self.status]

    def validity_text(self, p: m.Policy) -> str:
        years = f"有效期 {p.validity_years} 年" if p.validity_years else "未规定有效期"
        if self.effective_from is None:
            return f"施行日期待定（{p.validity_cite or '文本未给出'}），{years}"
        end = f"至 {self.validity_end.isoformat()}" if self.validity_end else "起长期有效"
        return f"{self.effective_from.isoformat()} {end}（{years}）"


def policy_standing(p: m.Policy, today: dt.date) -> Standing:
    """The status on ``today``: a draft stays 征求意见稿; a policy in force whose validity ended
    before ``today`` is 已失效."""
    eff = p.effective_from
    end = validity_window(eff, p.validity_years)[1] if eff is not None and p.validity_years else None
    status = p.status
    if status == "in_force" and end is not None and end < today:
        status = "expired"
    return Standing(status, eff, end)


def describe_how(c: m.Clause) -> str:
    """How the amount is decided: by the formula, in review up to the ceiling, or set elsewhere."""
    if c.kind == "manual_amount":
        return "金额另行核定"
    return "裁量（最高额内评审核定）" if c.discretionary else "按公式核定"


def describe_schedule(c: m.Clause) -> str:
    """How the money is paid (支付安排), in words."""
    s = c.schedule
    if s.type == "tranches":
        text = "分期拨付：" + "、".join(f"第{i}期 {format_rate(x)}" for i, x in enumerate(s.shares, start=1))
    elif s.type == "annual":
        text = f"连续{s.years}年，每年核定、拨付"
    elif s.type == "periodic":
        text = f"按{s.period or '期'}核定、拨付"
    else:
        text = "一次性拨付"
    return f"{text}（{s.note}）" if s.note else text


_CASE_WORDS = {"null": "空", "true": "是", "false": "否", "as_of": "评估日期", "effective_from": "施行日期",
               "history": "已获资助记录", "other_support": "其他支持记录", "bars": "取消申报资格的处理"}
_CODE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*")


def humanise(p: m.Policy, text: str) -> str:
    """``text`` (an interpretation note written by the policy's encoder) for a person: the codes it
    mentions — fact names, clause and provision ids, payees, reason codes — become their Chinese
    labels (``art7`` → 第七条, ``project_budget`` → 「项目预算」, ``OUTSIDE_VALIDITY`` → 不在政策有效期内)."""
    from subsidy.rules.results import Reason

    names: dict[str, str] = {**_CASE_WORDS, **{r.name: r.label for r in Reason}}
    names.update({c.payee: c.payee_label for c in p.clauses})
    names.update({x.id: x.cite for x in p.provisions})
    names.update({c.id: c.cite for c in p.clauses})
    names.update({f.name: f"「{f.label}」" for f in p.facts.values()})
    return _CODE.sub(lambda hit: names.get(hit.group(0), hit.group(0)), text)
