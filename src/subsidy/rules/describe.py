"""Rules in words: which facts a clause needs, and its formula, conditions and caps in Chinese (each idiom
words itself: ``describe`` and ``facts`` of its node in conditions.py and amounts.py)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from subsidy.dates import validity_window
from subsidy.rules import model as m

# The idioms (amounts, caps, conditions) are imported by the functions that word them: a listing of
# policies (policy_standing, policy_summary) needs none of them (start-up of `subsidy policies`).

__all__ = [
    "FACT_TYPE_LABELS",
    "PAYMENT_FACTS_LABEL",
    "PAYMENT_FACTS_NOTE",
    "STATUS_LABELS",
    "Standing",
    "clause_facts",
    "describe_after_validity",
    "describe_ceiling",
    "describe_condition",
    "describe_deduct",
    "describe_expr",
    "describe_how",
    "describe_schedule",
    "fact_names",
    "humanise",
    "payment_facts",
    "policy_standing",
    "policy_summary",
    "support_words",
]

STATUS_LABELS = m.STATUS_LABELS
PAYMENT_FACTS_NOTE = "只影响支付方式，不影响金额"
PAYMENT_FACTS_LABEL = f"支付安排（{PAYMENT_FACTS_NOTE}）"
"""The heading under which forms, templates and pages ask or list a clause's :func:`payment_facts`."""
FACT_TYPE_LABELS = {"money": "金额", "number": "数字", "integer": "整数", "bool": "是/否", "category": "类别", "date": "日期",
                    "list": "列表"}


def fact_names(node: m.Condition | m.Expr | None) -> list[str]:
    """Facts read by a condition or an expression, in order of first use (each idiom says which it reads)."""
    if node is None:
        return []
    if isinstance(node, m.FactIs | m.Compare | m.InSet | m.All | m.Any_ | m.Not | m.CompareAmounts | m.Granted):
        from subsidy.rules.conditions import compile_condition

        return compile_condition(node).facts([])
    from subsidy.rules.amounts import compile_amount

    return compile_amount(node).facts([])


def organisation_facts(p: m.Policy) -> list[str]:
    """The facts about the organisation: those the policy's applicant conditions (who may apply) read.
    They are the same in every application of the organisation (its profile, `subsidy org profile`);
    every other fact is about the project applied for (`subsidy app facts`)."""
    return fact_names(p.applicants)


def clause_facts(p: m.Policy, c: m.Clause) -> list[m.FactDef]:
    names = fact_names(p.applicants) + fact_names(c.condition) + fact_names(c.amount) + fact_names(c.floor)
    for cap in c.caps:  # caps13: the facts a conditional cap's condition and a computed limit read
        names += fact_names(cap.when) + fact_names(cap.limit_expr)
    if c.programme:
        names.append(c.programme.year_fact)
    seen: list[str] = []
    for n in names:
        if n not in seen:
            seen.append(n)
    return [p.facts[n] for n in seen]


def payment_facts(p: m.Policy, c: m.Clause) -> list[m.FactDef]:
    """The facts the clause's schedule reads that :func:`clause_facts` does not list: they change only how
    it is paid (lump sum or stages, whether a stage has happened), never whether or how much, so an
    application asks them apart, under :data:`PAYMENT_FACTS_LABEL`."""
    from subsidy.rules.schedules import schedule_facts

    known = {f.name for f in clause_facts(p, c)}
    return [p.facts[n] for n in schedule_facts(c.schedule) if n not in known]


def describe_expr(p: m.Policy, e: m.Expr) -> str:
    from subsidy.rules.amounts import compile_amount

    return compile_amount(e).describe(p)


def describe_condition(p: m.Policy, c: m.Condition | None) -> str:
    if c is None:
        return "无附加条件"
    from subsidy.rules.conditions import compile_condition

    return compile_condition(c).describe(p)


_USED = {"entity_year": "本年度已获", "entity_validity": "有效期内已获", "entity_years": "连续{years}年内已获",
         "project": "该项目历年已获"}


def describe_highest(p: m.Policy, h: m.HighestRule) -> str:
    """A 就高 rule as people read it: over every clause, or within its group ("第五条与第六条两者就高")."""
    scope = "同一项目" if h.scope == "project" else "同一主体同一年度"
    if not h.clauses:
        return scope + "符合多项条款的，按最高一项支持"
    names = "、".join(f"{c.cite}（{c.title}）" for c in p.clauses if c.id in h.clauses)
    return f"{scope}同时符合{names}的，就高按其中最高一项支持，其他条款可叠加"


def clause_cite(p: m.Policy, clause_id: str) -> str:
    """A clause as people name it: its cite, with its title where another clause shares the cite
    (第三十一条「可叠加的比例补贴（其二）」); never its id."""
    c = p.clause(clause_id)
    shared = sum(1 for o in p.clauses if o.cite == c.cite) > 1
    return f"{c.cite}「{c.title}」" if shared else c.cite


def describe_ceiling(p: m.Policy, c: m.Clause) -> str | None:
    """最高可获 in one line, generated from the rule: the formula under the clause's amount caps, e.g.
    ``min(项目建设费用 × 50%, 500万元)`` or ``min(品种数 × 5万元, 100万元 − 本年度已获本条资助)``. Interpretation
    notes do not restate it (``subsidy check`` refuses one that does); ``None`` for an amount set
    elsewhere (``manual_amount``) without an amount cap; with one, ``min(审核核定金额, 50万元)`` (caps13). A
    conditional cap is followed by its condition: ``min(项目预算 × 50%, 50万元（仅当新建项目）)``. A cap
    another clause shares with this one (its ``clauses:``) is a term here too, after the clause's own."""
    from subsidy.rules.caps import limit_text
    from subsidy.rules.conditions import compile_condition
    from subsidy.rules.records import governing_caps

    caps = [*c.caps, *(cap for cap in governing_caps(p, c) if cap not in c.caps)]
    manual = c.kind == "manual_amount"
    if manual and not any(cap.limit is not None or cap.limit_expr is not None for cap in caps):
        return None
    terms = ["审核核定金额" if manual else describe_expr(p, c.amount)]
    for cap in caps:
        if cap.limit is None and cap.limit_expr is None:
            continue
        limit = limit_text(p, cap)
        others = [clause_cite(p, x) for x in cap.clauses if x != c.id]
        when = "" if cap.when is None else f"（仅当{compile_condition(cap.when).describe(p)}）"
        if cap.scope == "application":
            if limit != terms[0] or others or when:  # a fixed amount capped at itself says nothing more
                terms.append(limit + (f"（与{'、'.join(others)}合计）" if others else "") + when)
        else:
            whose = f"本条及{'、'.join(others)}" if others else "本条"
            terms.append(f"{limit} − {_USED[cap.scope].format(years=cap.years)}{whose}资助{when}")
    text = terms[0] if len(terms) == 1 else f"min({', '.join(terms)})"
    return text if c.benefit is None else f"{c.benefit.name}，价值 {text}（非现金）"  # a benefit in kind


_LEVEL_WORDS = {"district": "区级", "city": "市级", "province": "省级", "national": "国家级"}


def support_words(f: m.SupportFilter) -> str:
    """The support a filter selects, in words: 同一年度、同一事项已获省级、市级支持（项目：…；事项：…）."""
    where = [w for w, on in (("同一年度", f.same_year), ("同一事项", f.same_matter is True),
                             ("其他事项", f.same_matter is False), ("一事一议", f.one_matter_decision is True)) if on]
    levels = "、".join(_LEVEL_WORDS[x] for x in f.levels) if f.levels else "其他政策"
    named = [f"{k}：{'、'.join(v)}" for k, v in (("项目", f.programmes), ("事项", f.matters)) if v]
    if f.zone is not None:
        named.append(f"区域：{f.zone}")
    return f"{'、'.join(where)}已获{levels}支持" + (f"（{'；'.join(named)}）" if named else "")


def describe_deduct(c: m.Clause) -> str | None:
    """A clause's own deduction in words ("统筹省、市政策：扣减已获省级、市级支持，仅从本条扣减"); None without one."""
    if c.deduct is None:
        return None
    return f"{c.deduct.quote}：{support_words(c.deduct.support)}的，从本条金额中扣减（仅本条；不再按差额扣减）"


def describe_caps(p: m.Policy, c: m.Clause) -> list[str]:
    """The clause's own caps in words (each cap idiom words itself)."""
    from subsidy.rules.caps import compile_cap

    return [compile_cap(cap, c).describe(p, c) for cap in c.caps]


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
    """The status on ``today`` — the one definition every listing uses (``subsidy policies``, the API,
    政策库, the calculator): a draft stays 征求意见稿 (the file says so: no text in force yet); a policy
    the file declares expired (repealed) is 已失效; else by its validity dates, 已失效 once its validity
    ended before ``today``, 施行中 until then."""
    eff = p.effective_from
    end = validity_window(eff, p.validity_years)[1] if eff is not None and p.validity_years else None
    status = p.status
    if status == "in_force" and end is not None and end < today:
        status = "expired"
    return Standing(status, eff, end)


def policy_summary(p: m.Policy, today: dt.date) -> dict[str, Any]:
    """A policy in a listing (``subsidy policies --json``, ``GET /api/policies``): ``status`` as the file
    declares it, ``status_today`` / ``status_label`` its standing on ``today`` (:func:`policy_standing`)."""
    standing = policy_standing(p, today)
    return {"id": p.id, "title": p.title, "issuer": p.issuer, "status": p.status, "clauses": len(p.clauses),
            "provisions": len(p.provisions), "version": p.version, "short_title": p.short_title,
            "status_today": standing.status, "status_label": standing.label,
            "effective_from": standing.effective_from.isoformat() if standing.effective_from else None,
            "validity_end": standing.validity_end.isoformat() if standing.validity_end else None,
            "validity": standing.validity_text(p), "amount_unit": p.amount_unit}


def describe_how(c: m.Clause) -> str:
    """How the amount is decided: by the formula, in review up to the ceiling, or set elsewhere."""
    if c.kind == "manual_amount":
        return "金额另行核定"
    if c.floor is not None:
        return "裁量（不少于保底、不超过最高额，由评审核定）"
    return "裁量（最高额内评审核定）" if c.discretionary else "按公式核定"


def describe_schedule(c: m.Clause) -> str:
    """How the money is paid (支付安排), in words (each schedule idiom words itself)."""
    from subsidy.rules.schedules import describe_schedule as words

    return words(c.schedule)


def describe_after_validity(p: m.Policy, c: m.Clause) -> str | None:
    """What becomes of a clause's payments that fall after the policy's validity (解读约定第18条): tranches
    of an award made within it are still paid; a programme's later years are new awards, not made once
    it has ended. ``None`` when the clause pays once or the policy states no validity."""
    if not p.validity_years:
        return None
    if c.schedule.type == "tranches":
        return "有效期满后到期的期次仍须拨付（解读约定第18条）"
    kinds = {c.schedule.type} | {x.type for x in (c.schedule.then, c.schedule.otherwise) if x is not None}
    if "stages" in kinds:  # sched13: an award's stages are owed when their events come, the validity ended or not
        return "有效期满后实现的阶段仍须拨付（解读约定第18条）"
    if c.programme is not None or (c.schedule.type == "annual" and c.schedule.years > 1):
        return "有效期满后的项目年度不再核定（解读约定第18条）"
    return None


_CASE_WORDS = {"null": "空", "true": "是", "false": "否", "as_of": "评估日期", "effective_from": "施行日期",
               "history": "已获资助记录", "other_support": "其他支持记录", "bars": "取消申报资格的处理"}
# words of the policy format that notes mention (cap scopes, support filters, amount forms)
_FORMAT_WORDS = {**{k: v.format(years="N") for k, v in m.SCOPE_LABELS.items() if k != "application"},
                 "same_matter": "同一事项", "same_year": "同一年度", "one_matter_decision": "一事一议",
                 "top_up": "补差", "quota": "年度名额", "max_grants": "次数上限"}
_CODE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*")


def humanise(p: m.Policy, text: str) -> str:
    """``text`` (an interpretation note written by the policy's encoder) for a person: the codes it
    mentions — fact names, clause and provision ids, payees, reason codes — become their Chinese
    labels (``art7`` → 第七条, ``project_budget`` → 「项目预算」, ``OUTSIDE_VALIDITY`` → 不在政策有效期内)."""
    from subsidy.rules.results import Reason

    names: dict[str, str] = {**_CASE_WORDS, **_FORMAT_WORDS, **{r.name: r.label for r in Reason}}
    names.update({c.payee: c.payee_label for c in p.clauses})
    names.update({x.id: x.cite for x in p.provisions})
    if p.layer is not None:  # a variant: an inherited note may name a base clause the variant does not apply
        names.update(dict(zip(p.layer.removed, p.layer.removed_labels, strict=True)))
    names.update({c.id: c.cite for c in p.clauses})
    names.update({f.name: f"「{f.label}」" for f in p.facts.values()})
    return _CODE.sub(lambda hit: names.get(hit.group(0), hit.group(0)), text)
