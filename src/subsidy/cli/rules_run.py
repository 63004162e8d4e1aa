"""What the rules commands do (policies, show, assess, check), without the command-line framework:
cli/rules.py declares them to Typer, cli/fast.py runs them straight from ``sys.argv`` (start-up)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from subsidy.cli import compiled
from subsidy.money import format_fen
from subsidy.rules import registry
from subsidy.rules.benefits import shown_as
from subsidy.rules.model import BUDGET_PERS, Policy
from subsidy.rules.registry import find_policy, list_policy_dirs, load_cached

if TYPE_CHECKING:
    from subsidy.rules.results import PolicyResult

# What people read is drawn by subsidy/plaintext.py (not Rich: start-up), never read as markup; parsed
# policies are kept between runs (cli/compiled.py).
registry.use_store(compiled.policy_store)


def _emit_json(data: Any) -> None:
    import json  # --json only (start-up)

    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def policies(as_json: bool = False, as_of: str | None = None) -> None:
    """列出已有的政策；状态按 ``as_of``（默认今天）的日期判定（describe.policy_standing，与网页相同）。"""
    from subsidy.rules.describe import policy_standing, policy_summary

    if as_of is None:
        day = dt.date.today()
    else:
        from subsidy.rules.case import parse_date

        day = parse_date(as_of, "--as-of")
    rows = [load_cached(d) for d in list_policy_dirs()]
    if as_json:
        _emit_json([policy_summary(p, day) for p in rows])
        return
    from subsidy.plaintext import out, table

    t = table("编号", "名称（发布机关）", "状态", "条款（资金/非资金）", title=f"政策（状态按 {day.isoformat()}）")
    for p in rows:
        t.add_row(p.id, f"{p.title}（{p.issuer}）", policy_standing(p, day).label, f"{len(p.clauses)}/{len(p.provisions)}")
    out.table(t)


def show(target: str, as_json: bool = False, template: bool = False) -> None:
    """显示政策或条款；``template``：带说明的空白案例文件。"""
    key, _, clause_key = target.partition("/")
    p = find_policy(key)
    if template:  # raw text, never wrapped: it is a file to edit
        from subsidy.rules.template import case_template

        sys.stdout.write(case_template(p))
        return

    def describe() -> dict[str, Any]:
        from subsidy.rules.report import show_json  # only when the cache has no description (start-up)

        return show_json(p, clause_key)

    # The rules in words are the same while the policy's files and the code are (kept between runs as
    # plain data: reading it back imports none of the idioms). 第七条 shows every clause of the article
    # (第七条（一）, 第七条（二）1 …).
    doc = compiled.remember("show", Path(p.directory), describe, extra=clause_key)
    if as_json:
        _emit_json(doc)
        return
    from subsidy.plaintext import out, styled, table
    from subsidy.rules.describe import FACT_TYPE_LABELS, PAYMENT_FACTS_LABEL, describe_how

    data = doc["clauses"]
    by_id = {c.id: c for c in p.clauses}
    clauses = [by_id[d["id"]] for d in data]
    out.print(styled(p.title, "bold"), f"（{p.issuer}）")
    if doc["base"] is not None:
        b = doc["base"]
        out.print(f"基础政策：《{b['title']}》（{b['id']}）；沿用 {len(b['inherited'])} 条，覆盖 {len(b['overridden'])} 条，"
                  f"新增 {len(b['added'])} 条" + (f"；不适用：{'、'.join(p.layer.removed_labels)}" if p.layer and p.layer.removed else ""))
    for b in p.budgets:
        out.print(f"资金安排：{b.label} {BUDGET_PERS[b.per]} {format_fen(b.fen)}（{b.cite}：{b.quote}）")
    for c, d in zip(clauses, data, strict=True):
        out.rule(f"{c.cite} {c.title}")
        out.print("原文：" + "".join(c.quotes))
        if d["layer_note"] is not None:
            out.print(f"来源：{d['layer_note']}")
        if d["base_quote"]:
            out.print("基础政策原文：" + "".join(d["base_quote"]))
        out.print(f"条件：{d['conditions']}")
        out.print(f"公式：{d['formula']}")
        if d["floor"] is not None:
            out.print(f"保底：不少于 {d['floor']}")
        for cap in d["caps"]:
            out.print(f"上限：{cap}")
        if d["ceiling"] is not None and d["caps"]:
            out.print(f"最高可获：{d['ceiling']}")
        if d["deduct"] is not None:
            out.print(f"统筹扣减：{d['deduct']}")
        out.print("支付安排：" + "；".join(x for x in (d["schedule_text"], d["after_validity"]) if x))
        out.print(f"收款方：{c.payee_label}；{describe_how(c)}")
        for title, facts in (("", d["facts"]), (PAYMENT_FACTS_LABEL, d["payment_facts"])):  # as show --json gives them
            if title and not facts:
                continue
            t = table("事实", "名称", "类型", "单位", "说明", title=title or None)
            for f in facts:
                allowed = f"可选：{'、'.join(f['values'])}" if f["values"] else ""
                t.add_row(f["name"], f["label"], FACT_TYPE_LABELS[f["type"]], f["unit"] or "",
                          "；".join(x for x in (f["help"], allowed) if x))
            out.table(t)
        for note in c.interpretation:
            out.print(styled(f"解读：{note}", "dim"))
    if not clause_key and p.provisions:
        out.rule("非资金条款（只列出，不计算）")
        for x in p.provisions:
            out.print(f"{x.cite} {x.title}：{x.summary}")


def _clause_names(p: Policy) -> dict[str, str]:
    """Each clause's cite, with its id where two clauses share the cite (第三条（art3-1）)."""
    count: dict[str, int] = {}
    for c in p.clauses:
        count[c.cite] = count.get(c.cite, 0) + 1
    return {c.id: c.cite if count[c.cite] == 1 else f"{c.cite}（{c.id}）" for c in p.clauses}


_RECORDS = {"history": "本政策下已获资助（history）", "other_support": "其他政策已给予的支持（other_support）",
            "bars": "取消申报资格的处理（bars）"}


def _print_result(r: PolicyResult, clause_key: str | None) -> None:
    from subsidy.plaintext import out, styled, table
    from subsidy.rules.describe import PAYMENT_FACTS_NOTE
    from subsidy.rules.evaluate import missing_label

    p = r.policy
    unit = p.amount_unit
    out.print(styled(p.title, "bold"), f"  评估日期 {r.as_of}  有效期 {r.effective_from} 至 {r.validity_end or '长期'}")
    t = table("条款", "名称", "是否符合", "最高可获", "就高/差额后", "收款方")
    selected = [c for c in r.clauses if clause_key in (None, c.clause.id, c.clause.cite)]
    for c in selected:
        verdict = {True: styled("符合", "green"), False: styled("不符合", "red"),
                   None: styled("待补充", "yellow")}[c.eligible]
        ceiling = "—" if c.ceiling_fen is None else shown_as(c.clause.benefit, format_fen(c.ceiling_fen, unit))
        granted = "" if c.granted_fen is None else shown_as(c.clause.benefit, format_fen(c.granted_fen, unit))
        t.add_row(c.clause.cite, c.clause.title, verdict, ceiling, granted, c.clause.payee_label)
    out.table(t)
    for c in selected:  # why, below the table at the full width: its fact names are never broken
        why = "；".join(c.reasons + ([c.stacking_note] if c.stacking_note else []))
        if why:
            out.print(f"{c.clause.cite}：{why}")
    for c in selected:
        if c.eligible is False and clause_key is None:
            continue
        out.print(styled(c.clause.cite, "bold"), " 计算过程：")
        for s in c.steps:
            out.print(f"  · [{s.rule}] {s.text} → {s.result}")
        if c.schedule:
            out.print("  · 支付安排：" + "；".join(f"{x.when}{'：' if x.stage else ' '}"
                                              f"{shown_as(c.clause.benefit, format_fen(x.fen, unit))}"
                                              for x in c.schedule))
        if c.schedule_note:
            out.print(f"  · 支付方式：{c.schedule_note}")
        if c.schedule_missing:  # facts that change only how it is paid: never what it is owed
            out.print(f"  · 支付安排尚需：{'、'.join(missing_label(p, x) for x in c.schedule_missing)}（{PAYMENT_FACTS_NOTE}）")
    out.rule("合计（就高、差额后）")
    for s in r.steps:
        out.print(f"  · [{s.cite} {s.rule}] {s.text}")
    for cid, why in r.set_aside:
        out.print(f"  · 不予叠加 {p.clause(cid).cite}：{why}")
    missing = r.missing
    if clause_key is None:
        undecided = r.undecided()
        manual = f"；另有金额待核定：{'、'.join(p.clause(x).cite for x in r.manual)}" if r.manual else ""
        if not undecided:
            out.print(styled(f"最高可获合计：{format_fen(r.total_fen, unit)}", "bold"), manual)
        else:
            named = _clause_names(p)
            cites = "、".join(named[c.clause.id] for c in undecided)
            upper = r.upper_bound_fen()
            if upper is not None:
                out.print(styled(f"最高可获合计（上限）：不超过 {format_fen(upper, unit)}", "bold"))
                how = ("按就高取已确定合计与各条款最高额中的最高者为上限（补齐后再按差额核定，只会更少）"
                       if p.highest_over_all else "按各自最高额计入上限（补齐后再按就高、差额核定，只会更少）")
            else:
                unknown = "、".join(named[c.clause.id] for c in undecided if c.ceiling_fen is None)
                out.print(styled("最高可获合计（上限）：尚不能确定", "bold"), f"（{unknown} 的金额取决于尚未提供的事实）")
                how = "尚未计入"
            out.print(f"其中已确定的条款合计 {format_fen(r.total_fen, unit)}；另有 {len(undecided)} 个条款待补充信息，"
                      f"{how}：{cites}{manual}")
    else:  # one clause: its own figure and what it still needs
        one = next(c for c in r.clauses if c.clause.id == clause_key)
        fen, missing = r.of_clause(clause_key)
        figure = "金额另行核定" if fen is None else format_fen(fen, unit)
        bound = (f"（尚待补充信息，最多 {format_fen(one.ceiling_fen, unit)}）"
                 if one.eligible is None and one.ceiling_fen is not None else "")
        out.print(styled(f"{one.clause.cite}（{one.clause.id}）本条可获：{figure}", "bold"),
                  f"{bound}；政策合计（全部条款，就高、差额后）：{format_fen(r.total_fen, unit)}")
    if any(c.clause.benefit is not None for c in r.clauses):  # benefits in kind: apart from the cash total
        out.print(styled(f"非现金支持合计（算力券等，按价值，另计）：{format_fen(r.in_kind_fen, unit)}", "bold"))
    records = [x for x in missing if x in _RECORDS]
    if records:
        out.print("记录未提供（不写即为“未知”，相关条款只能显示待补充）：" + "、".join(_RECORDS[x] for x in records)
                  + "；没有的请在案例文件中写 []，如 " + "、".join(f"{x}: []" for x in records))
    if missing:
        out.print(styled("尚需提供：", "yellow"), "、".join(missing_label(p, x) for x in missing))


def assess_case(case_file: Path, policy: str | None = None, clause: str | None = None, as_of: str | None = None,
                effective_from: str | None = None, as_json: bool = False) -> None:
    """评估一个案例。"""
    from subsidy.rules.assessment import assess_request, assessment_json
    from subsidy.rules.case import load_case_text, read_case_file

    text, where, is_json = read_case_file(case_file), str(case_file), case_file.suffix.lower() == ".json"
    # Read back from the cache while the file says the same (reading YAML takes longer than assessing).
    data = compiled.remember_text("case", f"{where}\0{is_json}", text,
                                  lambda: load_case_text(text, where, is_json=is_json))
    done = assess_request(data, today=dt.date.today(), name=case_file.stem, policy=policy, clause=clause,
                          as_of=as_of, effective_from=effective_from)
    if as_json:
        _emit_json(assessment_json(done))
        return
    _print_result(done.result, done.clause.id if done.clause else None)


def check(policy_dir: Path) -> int:
    """检查政策文件并运行其测试案例；退出码 1 表示有问题或失败的案例。"""
    from subsidy.plaintext import out, styled

    p = find_policy(str(policy_dir))

    def run() -> tuple[list[str], list[tuple[bool, str, str, list[str]]], bool]:
        from subsidy.rules.check import check_policy  # only this command needs it (start-up of the others)

        done = check_policy(p)
        return ([str(x) for x in done.problems],
                [(o.ok, o.path.name, o.name, [str(f) for f in o.failures]) for o in done.cases], done.ok)

    # The same files, the same code and the same day give the same check: kept between runs, as plain
    # text (reading it back imports nothing).
    problems, outcomes, ok = compiled.remember("check", Path(p.directory), run, extra=compiled.today_key())
    failed = [o for o in outcomes if not o[0]]
    for problem in problems:
        out.print(styled("问题", "red"), f" {problem}")
    for passed, file_name, name, failures in outcomes:
        mark = styled("通过", "green") if passed else styled("失败", "red")
        out.print(mark, f" {file_name}  {name}")
        for f in failures:
            out.print(f"    {f}")
    out.print(f"{p.id}: {len(p.clauses)} 个资金条款，{len(p.provisions)} 个非资金条款；"
              f"案例 {len(outcomes)} 个，通过 {len(outcomes) - len(failed)}，失败 {len(failed)}"
              + (f"；政策文件问题 {len(problems)} 个" if problems else ""))
    return 0 if ok else 1
