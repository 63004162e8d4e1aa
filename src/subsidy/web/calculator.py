"""政策计算器 (no login): the guided questionnaire, the result per clause, what if, compare, exports.

Every page is a GET whose query string holds the answers (:mod:`subsidy.rules.questionnaire`), so the
address is the share link: submitting the form (plain HTML, no JS needed) answers with the next
questions and the result so far. A submitted form is first redirected to the canonical link (money as
typed with the chosen unit, the dates made explicit), so the same answers always give the same link.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, quote

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from subsidy.errors import CaseInputError
from subsidy.rules import model as m
from subsidy.rules.benefits import in_kind_names
from subsidy.rules.compare import compare
from subsidy.rules.describe import Standing, humanise, policy_standing
from subsidy.rules.questionnaire import (
    NONE,
    RECORD_QUESTIONS,
    RECORDS,
    Answers,
    Question,
    applicant_facts,
    fact_question,
    from_query,
    plan,
    to_case,
    to_query,
)
from subsidy.rules.results import PolicyResult
from subsidy.rules.whatif import money_facts, what_if
from subsidy.services.clock import china_today
from subsidy.web.calc_export import headline
from subsidy.web.errors import ApiError
from subsidy.web.policies import shipped_policies, shipped_policy
from subsidy.web.render import render

__all__ = ["router"]

router = APIRouter(prefix="/calculator", include_in_schema=False)

UNITS = ("万元", "元")
_BARE = re.compile(r"^\s*[0-9]+(?:\.[0-9]+)?\s*$")
_TYPED_MONEY = re.compile(r"^\s*([0-9]+(?:\.[0-9]+)?)\s*(万元|元)\s*$")
_PAGE_KEYS = ("fact", "lo", "hi")


def _today() -> dt.date:
    return china_today()  # as 政策库 and the API


def _standing(policy: m.Policy, as_of: str | None, today: dt.date) -> Standing:
    """The policy's status on the assessment date (today when none or not a date yet)."""
    try:
        day = dt.date.fromisoformat(as_of) if as_of else today
    except ValueError:
        day = today
    return policy_standing(policy, day)


def _policies() -> list[m.Policy]:
    return shipped_policies()


_RECORD_FIELD = re.compile(r"(history|other_support|bars)\[(\d+)\]\.(\w+)")
_ITEM_FIELD = re.compile(r"facts\.([a-z][a-z0-9_]*)\[(\d+)\]\.(\w+)")  # the case reader's item of a list fact (1-based)


def _item_message(exc: CaseInputError, policy: m.Policy | None) -> str | None:
    """A list fact's item error as the form shows it: 「就餐记录」第 2 项的「就餐费用」：…"""
    hit = _ITEM_FIELD.fullmatch(exc.field)
    fact = None if hit is None or policy is None else policy.facts.get(hit.group(1))
    if hit is None or fact is None:
        return None
    _, number, key = hit.groups()
    sub = next((i.label for i in fact.items if i.name == key), key[:40])
    hint = "填写该项，或清空这一行以删除该项" if exc.problem.startswith("缺少") else exc.hint
    return f"「{fact.label}」第 {int(number)} 项的「{sub}」：{exc.problem}" + (f"（处理办法：{hint}）" if hint else "")


def message(exc: CaseInputError, policy: m.Policy | None = None) -> str:
    """The error for people: what is wrong and what to do (the field is shown by the form itself). A
    record's error names the list, the row and the column as the form shows them (the case reader's
    hint names the key of a case file)."""
    item = _item_message(exc, policy)
    if item is not None:
        return item
    hit = _RECORD_FIELD.fullmatch(exc.field)
    if hit is None:
        return exc.problem + (f"（处理办法：{exc.hint}）" if exc.hint else "")
    name, index, key = hit.groups()
    column = next((label for k, label, _ in RECORD_FIELDS[name] if k == key), None)
    if column is None:  # not a column of the form: a link that was edited by hand
        hint = "请使用计算器页面生成的链接"
    elif exc.problem == "缺少该项":
        hint = "填写该项，或清空这一行以删除该记录"
    else:
        hint = exc.hint
    return (f"「{RECORD_QUESTIONS[name][0]}」第 {int(index) + 1} 条记录的「{column or key[:40]}」：{exc.problem}"
            + (f"（处理办法：{hint}）" if hint else ""))


def as_page_error(exc: CaseInputError, policy: m.Policy | None = None) -> ApiError:
    """A bad answer met by a page without the form (an export, what if): its error page says it as the
    form would (a record by its list, row and column; a list fact's item by its number and field)."""
    return ApiError(422, "invalid_input", str(exc), exc.field, message(exc, policy))


def need_label(policy: m.Policy, name: str) -> str:
    """What a missing item is called for people (a fact's label, or a record list's name)."""
    if name in policy.facts:
        return policy.facts[name].label
    return RECORD_QUESTIONS[name][0] if name in RECORD_QUESTIONS else name


# ---- the form → answers ---------------------------------------------------------------------

def _form_pairs(pairs: list[tuple[str, str]], prefix: str = "") -> list[tuple[str, str]]:
    """The form's fields as answer pairs: an amount joined with the unit chosen beside it (``u.<fact>``
    for a fact, ``u.history.0.amount`` for a record's amount), blanks dropped (= not answered), page
    parameters left out."""
    units = {k[len(prefix) + 2:]: v for k, v in pairs if k.startswith(prefix + "u.")}
    out: list[tuple[str, str]] = []
    for key, value in pairs:
        if not key.startswith(prefix) or key[len(prefix):].startswith("u.") or key in _PAGE_KEYS:
            continue
        key = key[len(prefix):]
        value = value.strip()
        if not value:
            continue
        target = key[2:] if key.startswith("f.") else key
        if units.get(target) and _BARE.match(value):
            value = value + units[target]
        out.append((key, value))
    return out


def _with_defaults(policy: m.Policy, a: Answers, today: dt.date) -> Answers:
    """The dates made explicit, so a link gives the same page on another day: 评估日期 today,
    and for a policy without a date (征求意见稿) the assumed effective date = the assessment date."""
    as_of = a.as_of or today.isoformat()
    eff = a.effective_from or (as_of if policy.effective_from is None else None)
    return dataclasses.replace(a, as_of=as_of, effective_from=eff)


_TOP_LABELS = {"as_of": "评估日期", "effective_from": "施行日期", "year": "年度"}


def _question_label(policy: m.Policy, key: str) -> str:
    """What the answer under query key ``key`` is called on the form (in 「」)."""
    if key.startswith("f."):
        parts = key[2:].split(".")
        fact = policy.facts.get(parts[0])
        if fact is not None and len(parts) == 3 and parts[1].isdigit():  # a list fact's item field
            sub = next((i.label for i in fact.items if i.name == parts[2]), parts[2][:40])
            return f"「{fact.label}」第 {int(parts[1]) + 1} 项的「{sub}」"
        fact = policy.facts.get(key[2:])
        return f"「{fact.label if fact else key[2:40]}」"
    parts = key.split(".")
    if len(parts) == 3 and parts[0] in RECORD_FIELDS:
        column = next((label for k, label, _ in RECORD_FIELDS[parts[0]] if k == parts[2]), parts[2][:40])
        index = int(parts[1]) + 1 if parts[1].isdigit() else parts[1][:8]
        return f"「{RECORD_QUESTIONS[parts[0]][0]}」第 {index} 条记录的「{column}」"
    return f"「{_TOP_LABELS.get(key, key[:40])}」"


def answers_of(request: Request, policy: m.Policy) -> Answers:
    """The answers of the query string; an answer given twice is refused (else the last would win
    silently)."""
    pairs = _form_pairs(list(request.query_params.multi_items()))
    seen: set[str] = set()
    for key, _ in pairs:
        if key in seen and key not in RECORDS:
            raise CaseInputError(key[:40], f"{_question_label(policy, key)}在链接中出现了两次",
                                 "每项只填写一次：请使用计算器页面生成的链接，或重新填写")
        seen.add(key)
    return _with_defaults(policy, from_query(pairs), _today())


def _link(policy: m.Policy, a: Answers, page: str = "") -> str:
    return f"/calculator/{quote(policy.id)}{page}?{to_query(a)}"


# ---- view models ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Field:
    """One input of the form: a question (open) or a fact already answered (editable)."""

    q: Question
    value: str  # as typed ("" = unknown)
    amount: str  # money: the number part
    unit: str  # money: the unit part ("" = not chosen)
    rows: tuple[dict[str, dict[str, str]], ...] = ()  # a list fact: its items, then one blank row to add another


def _cell(kind: str, value: str) -> dict[str, str]:
    """One input's value as the form shows it: money split into its number and its unit."""
    hit = _TYPED_MONEY.match(value) if kind == "money" else None
    return {"value": value, "amount": hit.group(1) if hit else value, "unit": hit.group(2) if hit else ""}


def _fact_field(policy: m.Policy, q: Question, a: Answers) -> Field:
    value = a.facts.get(q.name, "")
    amount, unit = value, ""
    hit = _TYPED_MONEY.match(value)
    if q.kind == "money" and hit:
        amount, unit = hit.group(1), hit.group(2)
    rows: tuple[dict[str, dict[str, str]], ...] = ()
    if q.kind == "list":
        rows = tuple({i.name: _cell(i.kind, item.get(i.name, "")) for i in q.items}
                     for item in [*a.lists.get(q.name, ()), {}])
    return Field(q, value, amount, unit, rows)


def _answered_fields(policy: m.Policy, a: Answers, open_names: set[str]) -> list[Field]:
    who = set(applicant_facts(policy))
    out = []
    for name in policy.facts:
        if (name in a.facts or name in a.lists) and name not in open_names:
            out.append(_fact_field(policy, fact_question(policy, policy.facts[name], name in who, ()), a))
    return out


LEVELS = (("district", "区级"), ("city", "市级"), ("province", "省级"), ("national", "国家级"))
# the fields of each record list in the form: (key, label, kind)
RECORD_FIELDS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "history": (("clause", "条款", "clause"), ("year", "年度", "year"), ("amount", "金额", "money")),
    "other_support": (("programme", "政策或项目名称", "text"), ("level", "级别", "level"), ("year", "年度", "year"),
                      ("amount", "金额", "money"), ("same_matter", "同一事项", "bool"),
                      ("one_matter_decision", "一事一议", "bool"), ("zone", "区域（如前海，可不填）", "text")),
    "bars": (("from", "开始日期", "date"), ("until", "截止日期", "date"), ("reason", "原因", "text")),
}


def _record_rows(a: Answers, name: str) -> list[dict[str, dict[str, str]]]:
    """The rows of a record list for the form: those given, then one blank row to add another."""
    rows = []
    for item in [*a.records.get(name, ()), {}]:
        row: dict[str, dict[str, str]] = {}
        for key, _, kind in RECORD_FIELDS[name]:
            value = item.get(key, "")
            hit = _TYPED_MONEY.match(value) if kind == "money" else None
            row[key] = {"value": value, "amount": hit.group(1) if hit else value, "unit": hit.group(2) if hit else ""}
        rows.append(row)
    return rows


def _cards(policy: m.Policy, result: PolicyResult) -> list[dict[str, Any]]:
    aside = dict(result.set_aside)
    out = []
    for r in result.clauses:
        status = {True: ("可享", "ok"), False: ("不可享", "no"), None: ("待补充", "pending")}[r.eligible]
        out.append({
            "r": r, "c": r.clause, "status": status[0], "css": status[1],
            "missing": [need_label(policy, x) for x in r.missing],
            "schedule_missing": [need_label(policy, x) for x in r.schedule_missing],  # 支付安排 only
            "upper": r.eligible is None and r.ceiling_fen is not None,
            "winner": r.clause.id in result.granted,
            "set_aside": aside.get(r.clause.id, ""),
            "reason": r.reason.label,
            "notes": [humanise(policy, n) for n in r.clause.interpretation],
        })
    return out


def _context(request: Request, policy: m.Policy, a: Answers) -> dict[str, Any]:
    today = _today()
    ctx: dict[str, Any] = {"policy": policy, "answers": a, "standing": _standing(policy, a.as_of, today),
                           "units": UNITS, "none_value": NONE, "records": RECORDS, "record_questions": RECORD_QUESTIONS,
                           "query": to_query(a), "base": f"/calculator/{quote(policy.id)}", "error": None,
                           "money_facts": money_facts(policy), "today": today,
                           "provisions": [(x, humanise(policy, x.summary)) for x in policy.provisions],
                           "record_fields": RECORD_FIELDS, "levels": LEVELS,
                           "record_rows": {n: _record_rows(a, n) for n in RECORDS}, "record_needs": {},
                           "clause_choices": [(c.id, f"{c.cite} {c.title}") for c in policy.clauses]}
    try:
        _, result, qs = plan(policy, a, today)
    except CaseInputError as exc:
        ctx.update(error=message(exc, policy), error_field=exc.field.removeprefix("facts.").split("[", 1)[0], result=None,
                   open_who=[], open_rest=[], open_schedule=[], open_records=list(RECORDS),
                   answered=_answered_fields(policy, a, set()), cards=[])
        return ctx
    open_names = {q.name for q in qs}
    fields = [_fact_field(policy, q, a) for q in qs if q.kind != "records"]
    in_kind = in_kind_names(policy)
    ctx.update(result=result, cards=_cards(policy, result), headline=headline(policy, result), in_kind=in_kind,
               open_who=[f for f in fields if f.q.applicant and not f.q.schedule],
               open_rest=[f for f in fields if not f.q.applicant and not f.q.schedule],
               open_schedule=[f for f in fields if f.q.schedule],  # 支付安排: after the records, never pending
               open_records=[q.name for q in qs if q.kind == "records"],
               record_needs={q.name: q.clauses for q in qs if q.kind == "records"},  # 第八条、差额、第五十条统筹扣减
               answered=_answered_fields(policy, a, open_names),
               missing=[need_label(policy, x) for x in result.missing],
               stack_steps=result.steps, error_field=None)
    return ctx


# ---- pages ----------------------------------------------------------------------------------------

@router.get("", response_class=HTMLResponse)
def calculator_index(request: Request) -> HTMLResponse:
    today = _today()
    return render(request, "calculator/index.html", {
        "policies": [(p, policy_standing(p, today)) for p in _policies()], "today": today})


def _canonical(request: Request, target: str) -> Response | None:
    """A redirect to the canonical link when the query string is not it (a submitted form)."""
    have = request.url.query
    if have != target.split("?", 1)[1]:
        return RedirectResponse(target, status_code=303)
    return None


@router.get("/compare", response_class=HTMLResponse)
def compare_page(request: Request) -> Response:
    pairs = list(request.query_params.multi_items())
    policies = _policies()
    today = _today()
    prefixes = tuple(p.id + ":" for p in policies)
    for key, _ in pairs:
        if key != "as_of" and not key.startswith(prefixes):
            raise CaseInputError(key[:40], f"链接中有无法识别的参数「{key[:40]}」", "请使用对比页面生成的链接")
    shared_as_of = next((v.strip() for k, v in pairs if k == "as_of" and v.strip()), None)
    per = {p.id: _with_defaults(p, dataclasses.replace(from_query(_form_pairs(pairs, p.id + ":")), as_of=shared_as_of),
                                today) for p in policies}
    rows = compare(policies, per, today)
    views = []
    for row in rows:
        a = per[row.policy.id]
        who = [q for q in row.questions if q.applicant]
        views.append({"row": row, "a": a, "link": _link(row.policy, a),
                      "standing": _standing(row.policy, a.as_of, today),
                      "fields": [_fact_field(row.policy, q, a) for q in (who or row.questions)
                                 if q.kind != "records"][:8],
                      "answered": _answered_fields(row.policy, a, {q.name for q in row.questions}),
                      "missing": [need_label(row.policy, x) for x in (row.result.missing if row.result else [])]})
    return render(request, "calculator/compare.html", {
        "views": views, "units": UNITS,
        "as_of": shared_as_of or today.isoformat()})


@router.get("/{policy_id}", response_class=HTMLResponse)
def calculator_page(request: Request, policy_id: str) -> Response:
    policy = shipped_policy(policy_id)
    a = answers_of(request, policy)
    redirect = _canonical(request, _link(policy, a))
    if redirect is not None:
        return redirect
    ctx = _context(request, policy, a)
    return render(request, "calculator/policy.html", ctx, status_code=422 if ctx["error"] else 200)


@router.get("/{policy_id}/whatif", response_class=HTMLResponse)
def whatif_page(request: Request, policy_id: str, fact: str = "", lo: str = "", hi: str = "") -> Response:
    from subsidy.money import parse_money
    from subsidy.web.chart import whatif_svg

    policy = shipped_policy(policy_id)
    a = answers_of(request, policy)
    facts = money_facts(policy)
    if not facts:
        raise CaseInputError("fact", "本政策没有金额事实，无法做假设分析", "返回计算器")
    name = fact or facts[0].name
    bounds: list[int | None] = []
    for key, where, text in (("lo", "假设分析的起点", lo), ("hi", "假设分析的终点", hi)):
        if not text.strip():
            bounds.append(None)
            continue
        try:
            bounds.append(parse_money(text).fen)
        except ValueError as exc:
            raise CaseInputError(key, f"{where}「{text[:40]}」不是带单位的金额", "写成如 0万元、2000万元") from exc
    try:
        case = to_case(policy, a, _today())
    except CaseInputError as exc:
        raise as_page_error(exc, policy) from exc
    curve = what_if(policy, case, name, bounds[0], bounds[1])
    carried = parse_qsl(to_query(dataclasses.replace(a, as_of=None, effective_from=None)))
    shown = [cid for cid in curve.clause_cites if len({p.ceilings[cid] for p in curve.points}) > 1]
    marks = {curve.lo, curve.hi, *(b.fen for b in curve.breakpoints)}
    return render(request, "calculator/whatif.html", {
        "policy": policy, "answers": a, "query": to_query(a), "base": f"/calculator/{quote(policy.id)}",
        "curve": curve, "svg": whatif_svg(policy, curve), "money_facts": facts, "fact": name,
        "standing": _standing(policy, a.as_of, _today()), "lo": lo, "hi": hi, "hidden": carried, "shown": shown,
        "table": [p for p in curve.points if p.fen in marks]})


@router.get("/{policy_id}/export.xlsx")
def export_xlsx(request: Request, policy_id: str) -> Response:
    from subsidy.web.calc_export import result_xlsx

    policy = shipped_policy(policy_id)
    a = answers_of(request, policy)
    return Response(result_xlsx(policy, a, _planned(policy, a)), media_type=(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        headers={"Content-Disposition": _attachment(policy, "xlsx")})


@router.get("/{policy_id}/export.pdf")
def export_pdf(request: Request, policy_id: str) -> Response:
    from subsidy.web.calc_export import result_pdf

    policy = shipped_policy(policy_id)
    a = answers_of(request, policy)
    return Response(result_pdf(policy, a, _planned(policy, a)), media_type="application/pdf",
                    headers={"Content-Disposition": _attachment(policy, "pdf")})


def _planned(policy: m.Policy, a: Answers) -> PolicyResult:
    try:
        return plan(policy, a, _today())[1]
    except CaseInputError as exc:
        raise as_page_error(exc, policy) from exc


def _attachment(policy: m.Policy, ext: str) -> str:
    name = f"政策计算结果-{policy.short_title}.{ext}"
    return f"attachment; filename=\"result.{ext}\"; filename*=UTF-8''{quote(name)}"
