"""Run a policy's test cases (``cases/*.yaml``): facts in, expected figures out.

An ``expect`` block lists only what it checks::

    expect:
      clauses:
        art7: {eligible: true, ceiling: 400万元, granted: 400万元, reason: ELIGIBLE,
               payee: applicant, schedule: [400万元], missing: [project_budget]}
      total: 400万元
      granted: [art7]
      set_aside: [art4-2]
      pending: [art4-1]
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from subsidy.errors import CaseInputError, SubsidyError
from subsidy.money import MoneyFormatError, parse_money
from subsidy.rules.case import load_case_file, parse_case
from subsidy.rules.evaluate import assess
from subsidy.rules.model import Policy
from subsidy.rules.results import ClauseResult, PolicyResult

__all__ = ["CaseOutcome", "case_files", "check_case", "check_policy"]

_CLAUSE_KEYS = ("eligible", "ceiling", "granted", "reason", "payee", "schedule", "missing", "reasons_contain")
_TOP_KEYS = ("clauses", "total", "granted", "set_aside", "pending", "error")


@dataclass
class CaseOutcome:
    path: Path
    name: str
    failures: list[str]

    @property
    def ok(self) -> bool:
        return not self.failures


def case_files(policy: Policy) -> list[Path]:
    return sorted((Path(policy.directory) / "cases").glob("*.y*ml"))


def _fen(raw: Any, where: str) -> int | None:
    if raw is None:
        return None
    try:
        return parse_money(raw).fen
    except MoneyFormatError as exc:
        raise CaseInputError(where, str(exc)) from exc


def _check_clause(r: ClauseResult, want: dict[str, Any], where: str) -> list[str]:
    out: list[str] = []
    for key in want:
        if key not in _CLAUSE_KEYS:
            raise CaseInputError(f"{where}.{key}", "未知的期望字段", f"可用：{'、'.join(_CLAUSE_KEYS)}")
    if "eligible" in want and r.eligible != want["eligible"]:
        out.append(f"{where}: eligible 期望 {want['eligible']}，实际 {r.eligible}（{'；'.join(r.reasons)}）")
    for key, got in (("ceiling", r.ceiling_fen), ("granted", r.granted_fen)):
        if key in want and _fen(want[key], f"{where}.{key}") != got:
            shown = "未知" if got is None else f"{got / 100:.2f}元"
            out.append(f"{where}: {key} 期望 {want[key]}，实际 {shown}")
    if "reason" in want and r.reason.name != want["reason"]:
        out.append(f"{where}: reason 期望 {want['reason']}，实际 {r.reason.name}")
    if "payee" in want and r.clause.payee != want["payee"]:
        out.append(f"{where}: payee 期望 {want['payee']}，实际 {r.clause.payee}")
    if "schedule" in want:
        got_s = [t.fen for t in r.schedule]
        exp_s = [_fen(x, f"{where}.schedule") for x in want["schedule"]]
        if got_s != exp_s:
            out.append(f"{where}: schedule 期望 {want['schedule']}，实际 {[x / 100 for x in got_s]}元")
    if "missing" in want and sorted(r.missing) != sorted(want["missing"]):
        out.append(f"{where}: missing 期望 {want['missing']}，实际 {r.missing}")
    if "reasons_contain" in want and not any(want["reasons_contain"] in x for x in [*r.reasons, r.stacking_note]):
        out.append(f"{where}: 理由中应包含「{want['reasons_contain']}」，实际 {r.reasons}")
    return out


def compare(result: PolicyResult, expect: dict[str, Any]) -> list[str]:
    out: list[str] = []
    for key in expect:
        if key not in _TOP_KEYS:
            raise CaseInputError(f"expect.{key}", "未知的期望字段", f"可用：{'、'.join(_TOP_KEYS)}")
    by_id = {r.clause.id: r for r in result.clauses}
    for cid, want in (expect.get("clauses") or {}).items():
        if cid not in by_id:
            raise CaseInputError(f"expect.clauses.{cid}", "政策中没有这个条款 id")
        out += _check_clause(by_id[cid], want, cid)
    if "total" in expect and _fen(expect["total"], "expect.total") != result.total_fen:
        out.append(f"total 期望 {expect['total']}，实际 {result.total_fen / 100:.2f}元")
    for key, got in (("granted", result.granted), ("pending", result.pending),
                     ("set_aside", [cid for cid, _ in result.set_aside])):
        if key in expect and sorted(expect[key]) != sorted(got):
            out.append(f"{key} 期望 {expect[key]}，实际 {got}")
    return out


def check_case(policy: Policy, path: Path) -> CaseOutcome:
    data = load_case_file(path)
    name = str(data.get("name") or path.stem)
    expect = data.get("expect") or {}
    if not expect:
        return CaseOutcome(path, name, ["案例没有 expect（期望结果）"])
    try:
        case = parse_case(data, policy, name=name)
        result = assess(policy, case)
    except SubsidyError as exc:
        if "error" in expect and str(expect["error"]) in str(exc):
            return CaseOutcome(path, name, [])
        return CaseOutcome(path, name, [f"评估出错：{exc}"])
    if "error" in expect:
        return CaseOutcome(path, name, [f"期望出错（{expect['error']}），实际评估成功"])
    try:
        return CaseOutcome(path, name, compare(result, expect))
    except CaseInputError as exc:
        return CaseOutcome(path, name, [f"期望写法有误：{exc}"])


def check_policy(policy: Policy) -> list[CaseOutcome]:
    return [check_case(policy, p) for p in case_files(policy)]
