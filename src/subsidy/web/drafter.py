"""政策测算 (the drafter's page): what a draft would cost over a registry, its caps and rates edited in a form.

- ``GET /drafter`` the form and, below it, the figures: a copy of a seed policy (``policy``), a registry
  (``registry``: a shipped example ``example:baoan`` or an uploaded file ``upload:<sha256>.<ext>``), each
  clause's amount caps (``cap|<clause>|<cap>``) and rates (``rate|<clause>|<n>``) prefilled from the policy,
  the take-up, a budget and the clause whose cap is swept (9 points, 20%–180% of the draft's value). The
  draft is costed against the unedited policy (the baseline). Read-only: the page is a GET, so that a
  result is an address (and its exports are links).
- ``POST /drafter/registry`` uploads a registry (CSV, Excel or Parquet, at most :data:`MAX_UPLOAD` bytes),
  kept under the server's temporary directory by its SHA-256, and returns to the page with it chosen.
- ``GET /drafter/export.json`` / ``export.xlsx``: the same figures (``subsidy simulate --json``'s document).
- ``GET /drafter/report.html`` / ``report.pdf`` / ``report-charts.zip``: the Chinese report for the 起草说明
  and its charts (PNG and SVG), web/simulate_report.py (what ``subsidy simulate --report DIR`` writes).

Every figure comes from :mod:`subsidy.rules.simulate` (``with_figures``, ``sweep_around``, ``simulate``);
this module reads the form, reads the registry (population/reader.py, its bad rows listed) and renders.
Who may use it is services/access.py's (``SIMULATORS``: officers and administrators).
"""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from subsidy.errors import CaseInputError, PolicyNotFound, SubsidyError
from subsidy.money import MoneyFormatError, format_fen, format_rate, parse_rate
from subsidy.population.reader import read_registry
from subsidy.rules import model as m
from subsidy.rules.case import parse_input_money
from subsidy.rules.registry import find_policy, list_policy_dirs, load_cached
from subsidy.rules.simulate import (
    Simulation,
    budget_use,
    clause_figures,
    differences,
    parse_budget,
    parse_take_up,
    percent,
    simulate,
    simulation_json,
    sweep_around,
    with_figures,
)
from subsidy.services.access import SIMULATORS, require_role
from subsidy.store.tables import User
from subsidy.web.auth import current_user
from subsidy.web.registries import EXAMPLES, MAX_UPLOAD, is_upload, read_upload, registry_path, store_upload
from subsidy.web.render import render
from subsidy.web.simulate_charts import to_svg
from subsidy.web.simulate_report import ReportContext, report_html, report_pdf, report_zip
from subsidy.web.sweep_chart import sweep_figure

__all__ = ["EXAMPLES", "MAX_UPLOAD", "router"]

router = APIRouter(prefix="/drafter", include_in_schema=False)

SWEEP_POINTS = 9
MAX_PROBLEMS_SHOWN = 20


def _require(user: User) -> None:
    require_role(user, "政策测算", *SIMULATORS)


def _policies() -> list[m.Policy]:
    found = []
    for d in list_policy_dirs():
        try:
            found.append(load_cached(d))
        except SubsidyError:
            continue
    return found


def _example_for(policy_id: str) -> str:
    return next((k for k in EXAMPLES if k in policy_id), next(iter(EXAMPLES)))


@dataclass
class Form:
    policy: m.Policy
    registry: str
    as_of: dt.date
    effective_from: dt.date
    take_up: Fraction
    take_up_text: str
    budget_fen: int | None
    budget_text: str
    caps: dict[tuple[str, str], int]
    rates: dict[tuple[str, int], Fraction]
    values: dict[str, str]  # every field as the form shows it
    sweep_clause: str | None


def _date(q: Mapping[str, str], key: str, label: str, default: dt.date) -> dt.date:
    raw = (q.get(key) or "").strip()
    if not raw:
        return default
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        raise CaseInputError(key, f"「{label}」不是日期：「{raw[:20]}」", "写成 2027-06-30 的形式") from None


def read_form(q: Mapping[str, str], today: dt.date) -> Form:
    """The page's fields (missing ones take the policy's own figures and the defaults)."""
    policies = _policies()
    key = (q.get("policy") or "").strip() or policies[0].id
    try:
        policy = find_policy(key)
    except PolicyNotFound as exc:
        raise CaseInputError("policy", str(exc), "从列表中选择政策") from exc
    if not any(p.id == policy.id for p in policies):
        raise CaseInputError("policy", f"政策「{key[:60]}」不在政策库中", "从列表中选择政策")
    if (q.get("figures_of") or policy.id) != policy.id:  # the form was of another policy: its figures are not this one's
        q = {k: v for k, v in q.items() if not k.startswith(("cap|", "rate|")) and k not in ("sweep", "registry")}
    registry = (q.get("registry") or "").strip() or f"example:{_example_for(policy.id)}"
    as_of = _date(q, "as_of", "评估日期", today)
    eff = _date(q, "effective_from", "施行日期", as_of)
    take_text = (q.get("take_up") or "").strip() or "100%"
    take_up = parse_take_up(take_text)
    budget_text = (q.get("budget") or "").strip()
    budget_fen = parse_budget(budget_text) if budget_text else None
    values = {"policy": policy.id, "figures_of": policy.id, "registry": registry, "as_of": as_of.isoformat(), "effective_from": eff.isoformat(),
              "take_up": take_text, "budget": budget_text}
    caps: dict[tuple[str, str], int] = {}
    rates: dict[tuple[str, int], Fraction] = {}
    first_capped = None
    for f in clause_figures(policy, as_of):
        for cap_id, label, fen in f.caps:
            name = f"cap|{f.clause_id}|{cap_id}"
            raw = (q.get(name) or "").strip()
            caps[(f.clause_id, cap_id)] = fen if not raw else parse_input_money(
                raw, name, label=f"{f.cite} {label}")
            values[name] = raw or format_fen(fen, policy.amount_unit)
            first_capped = first_capped or f.clause_id
        for i, rate in enumerate(f.rates):
            name = f"rate|{f.clause_id}|{i}"
            raw = (q.get(name) or "").strip()
            if raw:
                try:
                    rates[(f.clause_id, i)] = parse_rate(raw)
                except MoneyFormatError as exc:
                    raise CaseInputError(name, f"{f.cite} 的比例：{exc}", "写成百分比，如 30%") from exc
            else:
                rates[(f.clause_id, i)] = rate
            values[name] = raw or format_rate(rate)
    sweep = (q.get("sweep") or "").strip() or first_capped
    if sweep is not None and not any(cid == sweep for cid, _ in caps):
        raise CaseInputError("sweep", f"条款「{sweep[:40]}」没有金额上限，不能逐个取值测算", "选一个有金额上限的条款")
    values["sweep"] = sweep or ""
    return Form(policy, registry, as_of, eff, take_up, take_text, budget_fen, budget_text, caps, rates, values, sweep)


@dataclass
class Result:
    form: Form
    draft: m.Policy
    sim: Simulation
    registry_label: str
    rows_read: int
    problems: list[str]
    swept_cap: tuple[str, str, int] | None  # clause id, cap label, the draft's value


def compute(form: Form) -> Result:
    """Read the registry for the policy, cost the draft (against the policy as it is) with the sweep."""
    path, label = registry_path(form.registry)
    try:
        registry = read_registry(path, form.policy)
    except CaseInputError as exc:  # the whole file refused: say where (the file by what the page calls it)
        where = exc.field.replace(path.name, "名录")
        raise CaseInputError("registry", f"{where}：{exc.problem}", exc.hint) from exc
    draft = with_figures(form.policy, form.caps, form.rates)
    swept = None
    sweep = None
    if form.sweep_clause is not None:
        clause = draft.clause(form.sweep_clause)
        cap = next(c for c in clause.caps if c.limit is not None)
        assert cap.limit is not None
        centre = int(cap.limit.at(form.as_of))
        sweep = sweep_around(draft, clause.id, centre, SWEEP_POINTS)
        swept = (clause.id, f"{clause.cite} {cap.label or cap.scope_label()}", centre)
    with tempfile.TemporaryDirectory(prefix="subsidy-drafter-") as tmp:
        table = Path(tmp) / "registry.parquet"
        registry.frame.write_parquet(table)
        sim = simulate(table, draft, form.as_of, take_up=form.take_up, budget_fen=form.budget_fen,
                       baseline=form.policy, sweep=sweep, effective_from=form.effective_from, per_row=True)
    return Result(form, draft, sim, label, registry.rows_read, [str(p) for p in registry.problems[:MAX_PROBLEMS_SHOWN]],
                  swept)


def _query(form: Form) -> str:
    return urlencode(form.values)


def _context(r: Result) -> dict[str, Any]:
    sim, unit = r.sim, r.sim.draft.unit
    rows = {x.clause_id: x for x in sim.rows or ()}
    base = {c.clause_id: c for c in sim.baseline.clauses} if sim.baseline else {}
    diff = {k: (n, fen) for k, n, fen in differences(sim.draft, sim.baseline)} if sim.baseline else {}
    clauses = []
    for c in sim.draft.clauses:
        row = rows.get(c.clause_id)
        share = None
        if row is not None and row.cap_reached is not None and c.beneficiaries:
            share = percent(Fraction(row.cap_reached, c.beneficiaries))
        clauses.append({"c": c, "base": base.get(c.clause_id), "diff": diff.get(c.clause_id), "row": row,
                        "cap_share": share})
    budget = None
    if sim.budget_fen is not None:
        b = sim.budget_fen
        budget = {"amount": b, "upper_share": percent(budget_use(sim.draft.upper_fen, b)),
                  "expected_share": percent(budget_use(sim.draft.expected_fen, b)),
                  "upper_over": sim.draft.upper_fen - b, "expected_over": sim.draft.expected_fen - b}
    chart = to_svg(sweep_figure(sim, f"{r.swept_cap[1]}（上限取值）", r.swept_cap[2])) if sim.sweep and r.swept_cap else None
    sweep_rows = []
    if sim.sweep is not None:
        for p in sim.points:
            x = next(c for c in p.cost.clauses if c.clause_id == sim.sweep.clause_id)
            sweep_rows.append({"cap": p.cap_fen, "upper": p.cost.upper_fen, "expected": p.cost.expected_fen,
                               "clause_upper": x.upper_fen, "beneficiaries": x.beneficiaries})
    cites = {c.clause_id: c.cite for c in sim.draft.clauses}
    band_rows = [{"band": b.band, "clause": b.clause_id, "winners": b.winners, "losers": b.losers,
                  "cite": "合计（就高、不重复后）" if b.clause_id is None else cites.get(b.clause_id, b.clause_id)}
                 for b in sim.band_changes if b.clause_id is None or b.winners or b.losers]
    return {"result": r, "sim": sim, "unit": unit, "clauses": clauses, "budget": budget, "chart": chart,
            "band_rows": band_rows,
            "sweep_rows": sweep_rows, "query": _query(r.form), "take_up": percent(sim.take_up),
            "changed": r.draft is not r.form.policy}


def _page(request: Request, user: User, q: Mapping[str, str], status_code: int = 200,
          message: str | None = None) -> HTMLResponse:
    policies = _policies()
    context: dict[str, Any] = {"user": user, "policies": policies, "examples": EXAMPLES, "message": message,
                               "max_mb": MAX_UPLOAD // 1_000_000, "result": None, "figures": []}
    try:
        form = read_form(q, dt.date.today())
        context |= {"form": form, "figures": clause_figures(form.policy, form.as_of)}
        registry_path(form.registry)
        context |= _context(compute(form))
    except CaseInputError as exc:
        context["message"] = exc.problem + (f"（处理办法：{exc.hint}）" if exc.hint else "")
        context.setdefault("form", None)
        status_code = 422
    if context.get("form") is not None:
        context["uploaded"] = context["form"].registry if is_upload(context["form"].registry) else None
    return render(request, "drafter/index.html", context, status_code=status_code)


def _query_of(request: Request) -> dict[str, str]:
    return dict(request.query_params)


@router.get("", response_class=HTMLResponse)
def drafter_page(request: Request) -> Response:
    user = current_user(request)
    _require(user)
    return _page(request, user, _query_of(request))


def report_context(r: Result) -> ReportContext:
    """What the report says of the page's run: the registry, the dates, the figures edited, the sweep."""
    edits = []
    for f in clause_figures(r.form.policy, r.form.as_of):
        for cap_id, label, fen in f.caps:
            if r.form.caps.get((f.clause_id, cap_id), fen) != fen:
                edits.append((f"{f.cite} {label}", format_fen(r.form.caps[(f.clause_id, cap_id)], r.draft.amount_unit)))
        for i, rate in enumerate(f.rates):
            if r.form.rates.get((f.clause_id, i), rate) != rate:
                edits.append((f"{f.cite} 比例{i + 1}", format_rate(r.form.rates[(f.clause_id, i)])))
    return ReportContext(r.draft, r.registry_label, r.form.as_of, r.form.effective_from, tuple(edits),
                         r.swept_cap[1] if r.swept_cap else None, r.swept_cap[2] if r.swept_cap else None,
                         f"{r.form.policy.short_title}（政策原值）")


def _export(request: Request, kind: str) -> Response:
    user = current_user(request)
    _require(user)
    r = compute(read_form(_query_of(request), dt.date.today()))
    name = f"{r.draft.id}-测算"
    if kind in REPORTS:
        media, make = REPORTS[kind]
        return Response(make(r.sim, report_context(r)), media_type=media,
                        headers={"Content-Disposition": _attachment(f"{r.draft.id}-测算报告{kind}")})
    if kind == "json":
        doc = simulation_json(r.sim)
        return Response(json.dumps(doc, ensure_ascii=False, indent=2), media_type="application/json",
                        headers={"Content-Disposition": _attachment(f"{name}.json")})
    return Response(workbook(r), media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    headers={"Content-Disposition": _attachment(f"{name}.xlsx")})


def _attachment(name: str) -> str:
    from urllib.parse import quote

    return f"attachment; filename=\"simulation.{name.rsplit('.', 1)[1]}\"; filename*=UTF-8''{quote(name)}"


def workbook(r: Result) -> bytes:
    """The figures as an Excel workbook: 测算结果 (per clause, draft and baseline), 分年度, 分布 (by district,
    street, industry, size band), 按规模增减 (winners and losers by size band), 上限测算, 测算条件."""
    from subsidy.services.reports import write_xlsx

    sim = r.sim
    unit = sim.draft.unit
    rows = {x.clause_id: x for x in sim.rows or ()}
    base = {c.clause_id: c for c in sim.baseline.clauses} if sim.baseline else {}
    per_clause = []
    for c in sim.draft.clauses:
        b, x = base.get(c.clause_id), rows.get(c.clause_id)
        per_clause.append([c.cite, c.title, c.beneficiaries, format_fen(c.upper_fen, unit),
                           format_fen(c.expected_fen, unit), c.undecided, format_fen(c.undecided_upper_fen, unit),
                           "" if x is None or x.cap_reached is None else x.cap_reached,
                           "" if b is None else b.beneficiaries, "" if b is None else format_fen(b.upper_fen, unit),
                           "" if x is None or x.winners is None else x.winners,
                           "" if x is None or x.losers is None else x.losers])
    d = sim.draft
    per_clause.append(["合计", "", d.beneficiaries, format_fen(d.upper_fen, unit), format_fen(d.expected_fen, unit),
                       d.undecided_rows, format_fen(d.undecided_upper_fen, unit), "",
                       "" if sim.baseline is None else sim.baseline.beneficiaries,
                       "" if sim.baseline is None else format_fen(sim.baseline.upper_fen, unit), "", ""])
    years = [[y.year, format_fen(y.upper_fen, unit), format_fen(y.expected_fen, unit)] for y in d.by_year]
    groups = [[dist.label, g.key, g.rows, g.beneficiaries, format_fen(g.upper_fen, unit), format_fen(g.expected_fen, unit),
               format_fen(g.stacked_fen, unit)] for dist in sim.distributions for g in dist.groups]
    cites = {c.clause_id: c.cite for c in d.clauses}
    bands = [[b.band, "合计（就高、不重复后）" if b.clause_id is None else cites.get(b.clause_id, b.clause_id), b.winners,
              b.losers] for b in sim.band_changes]
    sweep: list[list[Any]] = []
    if sim.sweep is not None:
        for p in sim.points:
            s = next(c for c in p.cost.clauses if c.clause_id == sim.sweep.clause_id)
            sweep.append([format_fen(p.cap_fen, unit), s.beneficiaries, format_fen(s.upper_fen, unit),
                          format_fen(p.cost.upper_fen, unit), format_fen(p.cost.expected_fen, unit)])
    facts: list[list[Any]] = [["政策", f"{r.draft.short_title}（{r.draft.id}）"], ["名录", r.registry_label],
             ["名录行数", r.rows_read], ["评估日期", r.form.as_of.isoformat()], ["申报率", percent(sim.take_up)],
             ["预算", "" if sim.budget_fen is None else format_fen(sim.budget_fen, unit)],
             ["就高、不重复后合计", format_fen(d.stacked_fen, unit)]]
    facts += [[f"修改：{k}", v] for k, v in r.form.values.items() if k.startswith(("cap|", "rate|"))]
    with tempfile.TemporaryDirectory(prefix="subsidy-drafter-") as tmp:
        path = write_xlsx(Path(tmp) / "out.xlsx", {
            "测算结果": (("条款", "名称", "受益企业", "上限", "预期", "待定企业", "待定上限", "达到上限的企业",
                         "对照受益企业", "对照上限", "增加的企业", "减少的企业"), per_clause),
            "分年度": (("年度", "上限", "预期"), years),
            "分布": (("分组", "组别", "名录户数", "获资助企业", "上限", "预期", "就高、不重复后"), groups),
            "按规模增减": (("企业规模", "条款", "增加的企业", "减少的企业"), bands),
            "上限测算": (("上限取值", "本条款受益企业", "本条款上限合计", "政策上限合计", "预期"), sweep),
            "测算条件": (("项目", "内容"), facts)})
        return path.read_bytes()


REPORTS: dict[str, tuple[str, Any]] = {
    ".html": ("text/html; charset=utf-8", lambda sim, ctx: report_html(sim, ctx).encode("utf-8")),
    ".pdf": ("application/pdf", report_pdf),
    "-图表.zip": ("application/zip", report_zip),
}


@router.get("/report.html")
def export_report_html(request: Request) -> Response:
    return _export(request, ".html")


@router.get("/report.pdf")
def export_report_pdf(request: Request) -> Response:
    return _export(request, ".pdf")


@router.get("/report-charts.zip")
def export_report_charts(request: Request) -> Response:
    return _export(request, "-图表.zip")


@router.get("/export.json")
def export_json(request: Request) -> Response:
    return _export(request, "json")


@router.get("/export.xlsx")
def export_xlsx(request: Request) -> Response:
    return _export(request, "xlsx")


def _upload(request: Request, name: str | None, data: bytes, policy: str) -> Response:
    user = current_user(request)
    _require(user)
    if name is None or not name.strip():
        return _page(request, user, {"policy": policy}, 422, "请选择要上传的名录文件（CSV、Excel 或 Parquet）")
    try:
        key = store_upload(name, data, larger="用命令 subsidy simulate 测算大名录")
    except CaseInputError as exc:
        status = 413 if "超过" in exc.problem else 422
        return _page(request, user, {"policy": policy}, status, exc.problem + f"（处理办法：{exc.hint}）")
    return RedirectResponse("/drafter?" + urlencode({"policy": policy, "registry": key}), status_code=303)


@router.post("/registry", response_class=HTMLResponse)
async def upload_registry(request: Request) -> Response:
    """The form is read here (at most MAX_UPLOAD + 1 bytes of the file); the rest runs in a worker thread."""
    form = await request.form(max_files=1, max_fields=5)
    try:
        policy = str(form.get("policy") or "")[:200]
        name, data = await read_upload(form.get("file"))
    finally:
        await form.close()
    return await run_in_threadpool(_upload, request, name, data, policy)


