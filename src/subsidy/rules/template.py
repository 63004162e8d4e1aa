"""A starting point for a case file: every fact of a policy, grouped by the clause that first needs
it (the applicant conditions first; then, under 支付安排, the facts that change only how a clause is paid), with its Chinese label, help, unit and allowed values as
comments, and the record lists with how to say "none". Every fact is left unknown (``null``), so
the template itself is a valid case that `subsidy assess` answers with what is still needed."""

from __future__ import annotations

import json

from subsidy.rules import model as m
from subsidy.rules.describe import PAYMENT_FACTS_LABEL, clause_facts, fact_names, payment_facts

__all__ = ["case_template"]

_TYPES = {"money": "金额", "number": "数字", "integer": "整数", "bool": "是/否", "category": "类别"}


def _scalar(text: str) -> str:
    """A YAML scalar for a category value or an id (quoted JSON-style when plain YAML could misread it)."""
    plain = text.replace("-", "").replace("_", "").replace(".", "")
    return text if plain.isalnum() and not text[:1].isdigit() and text.lower() not in (
        "true", "false", "null", "yes", "no", "on", "off", "y", "n") else json.dumps(text, ensure_ascii=False)


def _how(f: m.FactDef) -> str:
    if f.type == "money":
        return f"金额，写单位，如 300{f.unit}" + ("" if f.unit == "元" else " 或 3000000元")
    if f.type == "bool":
        return "true 或 false（也可写 是 / 否）"
    if f.type == "category":
        return "可选：" + " / ".join(_scalar(v) for v in f.values)
    if f.type == "date":
        return "日期，写成 年-月-日，如 2025-01-01"
    if f.type == "list":
        return ("列表，每项一行：- {" + ", ".join(f"{i.name}: …" for i in f.items) + "}（"
                + "、".join(i.label for i in f.items) + "）；没有的写 []")
    kind = _TYPES[f.type] + (f"，单位 {f.unit}" if f.unit else "")
    bounds = []
    if f.minimum is not None:
        bounds.append(f"不小于 {f.minimum}")
    if f.maximum is not None:
        bounds.append(f"不大于 {f.maximum}")
    return kind + ("（" + "、".join(bounds) + "）" if bounds else "")


def _fact_lines(f: m.FactDef) -> list[str]:
    help_ = f"：{' '.join(f.help.split())}" if f.help else ""
    return [f"  # {f.label}{help_}", f"  # {_how(f)}", f"  {f.name}: null"]


def case_template(policy: m.Policy) -> str:
    """The commented case file of ``policy`` (YAML text)."""
    lines = [f"# 案例文件：{policy.title}（{policy.id}）",
             "# 填写已知的事实；不知道的保持 null（即“未知”，不会当作“否”或 0）。",
             "# 写好后运行：subsidy assess 本文件",
             f"policy: {_scalar(policy.id)}",
             "name: 我的单位",
             "# as_of: 2027-04-15          # 评估日期（不写则为今天）",
             "# effective_from: 2026-12-01 # 政策尚未施行（征求意见稿）时，假定的施行日期",
             "# project: P-2027-01         # 项目编号（按项目就高时填写）",
             "facts:"]
    seen: set[str] = set()
    groups: list[tuple[str, list[m.FactDef]]] = [
        ("申报主体条件", [policy.facts[n] for n in fact_names(policy.applicants)])]
    groups += [(f"{c.cite} {c.title}", clause_facts(policy, c)) for c in policy.clauses]
    paying = [c for c in policy.clauses if payment_facts(policy, c)]  # what its schedule reads, after the amounts'
    groups.append((f"{PAYMENT_FACTS_LABEL}：{'、'.join(dict.fromkeys(c.cite for c in paying))}",
                   list({f.name: f for c in paying for f in payment_facts(policy, c)}.values())))
    for heading, facts in groups:
        new = [f for f in facts if f.name not in seen]
        if not new:
            continue
        lines.append(f"  # ── {heading} ──")
        for f in new:
            seen.add(f.name)
            lines += _fact_lines(f)
    rest = [f for name, f in policy.facts.items() if name not in seen]
    if rest:
        lines.append("  # ── 其他 ──")
        for f in rest:
            lines += _fact_lines(f)
    lines += ["# 以下三项不写即为“未知”：相关条款将显示“待补充”。没有的，写 []。",
              "history: []        # 本政策下已获资助，如 - {clause: art7, year: 2026, amount: 300万元}；未获过资助写 []",
              "other_support: []  # 其他政策已给予的支持，如 - {programme: 某某措施, level: 区级, year: 2026, "
              "amount: 80万元, same_matter: false, one_matter_decision: false}；没有写 []",
              "bars: []           # 被取消申报资格的处理，如 - {until: 2028-12-31, reason: 某某}；没有写 []"]
    return "\n".join(lines) + "\n"
