"""Check a policy directory: every rule CI applies to a policy, in one place (``subsidy check`` and the
test suite both call :func:`check_policy`, so an officer gets the same verdict as CI).

The rules: every case has a ``description`` (what it checks, in words); every quote occurs verbatim in the source; every amount of the source lies inside some quote;
no interpretation note restates the formula, cap or schedule the rule already says (:func:`restates_formula`:
those lines are generated — 公式 / 最高可获 / 支付安排 in ``subsidy show`` and the 政策库);
each monetary clause has at least three cases that decide it, some yes and some no; every case passes
its ``expect`` block, and the one-case path (:func:`assess`) and the table path (:func:`evaluate_table`)
give the same figures on it.

A case file's ``expect`` block lists only what it checks (cases/*.yaml: facts in, expected figures out):

An ``expect`` block lists only what it checks::

    expect:
      clauses:
        art7: {eligible: true, ceiling: 400万元, granted: 400万元, reason: ELIGIBLE,
               payee: applicant, schedule: [400万元], missing: [project_budget]}
      total: 400万元
      in_kind_total: 0元        # the value of benefits in kind (算力券 …), apart from the cash total
      granted: [art7]
      set_aside: [art4-2]
      pending: [art4-1]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from subsidy.errors import CaseInputError, SubsidyError
from subsidy.money import MoneyFormatError, format_fen, parse_money
from subsidy.rules.case import Case, load_case_file, parse_case
from subsidy.rules.coverage import uncovered_amounts
from subsidy.rules.describe import describe_ceiling, describe_schedule
from subsidy.rules.evaluate import assess
from subsidy.rules.model import Clause, Policy
from subsidy.rules.results import ClauseResult, PolicyResult, Reason
from subsidy.suggest import quote_slip

__all__ = ["Assessed", "CaseOutcome", "PolicyCheck", "both_paths_differ", "case_files", "check_case", "check_cases",
           "check_policy", "policy_problems", "read_case", "restates_formula"]

_CLAUSE_KEYS = ("eligible", "ceiling", "floor", "granted", "reason", "payee", "schedule", "missing", "reasons_contain")
_TOP_KEYS = ("clauses", "total", "in_kind_total", "granted", "set_aside", "pending", "error")


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
    if not isinstance(want, dict):
        raise CaseInputError(f"expect.clauses.{where}", "应当是映射", f"可用：{'、'.join(_CLAUSE_KEYS)}")
    for key in want:
        if key not in _CLAUSE_KEYS:
            raise CaseInputError(f"{where}.{key}", "未知的期望字段", f"可用：{'、'.join(_CLAUSE_KEYS)}")
    if "eligible" in want and r.eligible != want["eligible"]:
        out.append(f"{where}: eligible 期望 {want['eligible']}，实际 {r.eligible}（{'；'.join(r.reasons)}）")
    for key, got in (("ceiling", r.ceiling_fen), ("floor", r.floor_fen), ("granted", r.granted_fen)):
        if key in want and _fen(want[key], f"{where}.{key}") != got:
            shown = "未知" if got is None else _as_written(got, want[key])
            out.append(f"{where}: {key} 期望 {want[key]}，实际 {shown}")
    if "reason" in want and r.reason.name != want["reason"]:
        out.append(f"{where}: reason 期望 {want['reason']}，实际 {r.reason.name}")
    if "payee" in want and r.clause.payee != want["payee"]:
        out.append(f"{where}: payee 期望 {want['payee']}，实际 {r.clause.payee}")
    if "schedule" in want:
        if not isinstance(want["schedule"], list):
            raise CaseInputError(f"{where}.schedule", "应当是金额列表", "如 [400万元]")
        got_s = [t.fen for t in r.schedule]
        exp_s = [_fen(x, f"{where}.schedule") for x in want["schedule"]]
        if got_s != exp_s:
            out.append(f"{where}: schedule 期望 {want['schedule']}，实际 [{'，'.join(_as_written(x, want['schedule'][0] if want['schedule'] else '') for x in got_s)}]")
    if "missing" in want and not isinstance(want["missing"], list):
        raise CaseInputError(f"{where}.missing", "应当是事实名列表")
    if "missing" in want and sorted(r.missing) != sorted(map(str, want["missing"])):
        out.append(f"{where}: missing 期望 {want['missing']}，实际 {r.missing}")
    if "reasons_contain" in want and not any(str(want["reasons_contain"]) in x for x in [*r.reasons, r.stacking_note]):
        out.append(f"{where}: 理由中应包含「{want['reasons_contain']}」，实际 {r.reasons}")
    return out


def _as_written(fen: int, expected: object) -> str:
    """The figure found, in the unit the case file wrote the expected one in (万元 or 元)."""
    return format_fen(fen, "万元" if str(expected).strip().endswith(("万元", "万")) else "元")


def compare(result: PolicyResult, expect: dict[str, Any]) -> list[str]:
    out: list[str] = []
    for key in expect:
        if key not in _TOP_KEYS:
            raise CaseInputError(f"expect.{key}", "未知的期望字段", f"可用：{'、'.join(_TOP_KEYS)}")
    by_id = {r.clause.id: r for r in result.clauses}
    if not isinstance(expect.get("clauses") or {}, dict):
        raise CaseInputError("expect.clauses", "应当是「条款 id: 期望」映射")
    for key in ("granted", "pending", "set_aside"):
        if key in expect and not isinstance(expect[key], list):
            raise CaseInputError(f"expect.{key}", "应当是条款 id 列表", "如 [art7]")
    for cid, want in (expect.get("clauses") or {}).items():
        if cid not in by_id:
            raise CaseInputError(f"expect.clauses.{cid}", "政策中没有这个条款 id")
        out += _check_clause(by_id[cid], want, cid)
    if "total" in expect and _fen(expect["total"], "expect.total") != result.total_fen:
        out.append(f"total 期望 {expect['total']}，实际 {_as_written(result.total_fen, expect['total'])}")
    if "in_kind_total" in expect and _fen(expect["in_kind_total"], "expect.in_kind_total") != result.in_kind_fen:
        out.append(f"in_kind_total 期望 {expect['in_kind_total']}，实际 "
                   f"{_as_written(result.in_kind_fen, expect['in_kind_total'])}")
    for key, got in (("granted", result.granted), ("pending", result.pending),
                     ("set_aside", [cid for cid, _ in result.set_aside])):
        if key in expect and sorted(map(str, expect[key])) != sorted(got):
            out.append(f"{key} 期望 {expect[key]}，实际 {got}")
    return out


@dataclass
class Assessed:
    """A case read and assessed by the one-case path, its comparison with the table path to come."""

    path: Path
    name: str
    expect: dict[str, Any]
    case: Case
    result: PolicyResult


def read_case(policy: Policy, path: Path) -> CaseOutcome | Assessed:
    """The first half of :func:`check_case`: its verdict if reading or assessing the case decides it, else
    the case assessed (:func:`check_cases` finishes it). A case file that cannot be read raises."""
    data = load_case_file(path)
    name = str(data.get("name") or path.stem)
    expect = data.get("expect") or {}
    if not expect:
        return CaseOutcome(path, name, ["案例没有 expect（期望结果）"])
    if not isinstance(data.get("description"), str) or not data["description"].strip():
        return CaseOutcome(path, name, ["案例没有 description（说明）：写一两句这个案例检验什么、期望的数额从何而来，"
                                        "如 description: 项目预算800万元 × 50% = 400万元，未达上限500万元"])
    try:
        case = parse_case(data, policy, name=name)
        return Assessed(path, name, expect, case, assess(policy, case))
    except SubsidyError as exc:
        return _expected_error(path, name, expect, exc)


def _expected_error(path: Path, name: str, expect: dict[str, Any], exc: SubsidyError) -> CaseOutcome:
    if "error" in expect and str(expect["error"]) in str(exc):
        return CaseOutcome(path, name, [])
    return CaseOutcome(path, name, [f"评估出错：{exc}"])


def check_cases(policy: Policy, read: list[CaseOutcome | Assessed]) -> list[CaseOutcome]:
    """The verdicts of the cases :func:`read_case` read, in order: each against its ``expect`` block and
    against the table path, which evaluates the cases of one evaluation date (and assumed 施行日期) as one
    table, as a simulation does (rows are independent: the same figures as one table a case, at a tenth of
    the time for a policy's cases); a table that fails is evaluated again a case at a time, so that each
    case's error is its own."""
    assessed = [x for x in read if isinstance(x, Assessed)]
    groups: dict[tuple[Any, Any], list[Assessed]] = {}
    for a in assessed:
        groups.setdefault((a.case.as_of, a.result.effective_from), []).append(a)
    differ: dict[int, list[str] | SubsidyError] = {}
    for (as_of, effective_from), group in groups.items():
        try:
            table = _table(policy, [a.case for a in group], as_of, effective_from)
            differ.update((id(a), _differ(a.result, table, i)) for i, a in enumerate(group))
        except SubsidyError:
            for a in group:
                try:
                    differ[id(a)] = _differ(a.result, _table(policy, [a.case], as_of, effective_from), 0)
                except SubsidyError as exc:
                    differ[id(a)] = exc
    return [x if isinstance(x, CaseOutcome) else _verdict(x, differ[id(x)]) for x in read]


def _verdict(a: Assessed, differ: list[str] | SubsidyError) -> CaseOutcome:
    if isinstance(differ, SubsidyError):
        return _expected_error(a.path, a.name, a.expect, differ)
    if "error" in a.expect:
        return CaseOutcome(a.path, a.name, [f"期望出错（{a.expect['error']}），实际评估成功"])
    try:
        return CaseOutcome(a.path, a.name, compare(a.result, a.expect) + differ)
    except CaseInputError as exc:
        return CaseOutcome(a.path, a.name, [f"期望写法有误：{exc}", *differ])


def check_case(policy: Policy, path: Path) -> CaseOutcome:
    return check_cases(policy, [read_case(policy, path)])[0]


def _table(policy: Policy, cases: list[Case], as_of: Any, effective_from: Any) -> Any:
    from subsidy.rules.vector import evaluate_table, table_from_cases

    return evaluate_table(policy, table_from_cases(policy, cases), as_of, effective_from=effective_from)


def both_paths_differ(policy: Policy, case: Case, one: PolicyResult) -> list[str]:
    """Every figure of :func:`assess` against :func:`evaluate_table` on the same case: the differences."""
    return _differ(one, _table(policy, [case], case.as_of, one.effective_from), 0)


def _differ(one: PolicyResult, table: Any, row: int) -> list[str]:
    """Every figure of ``one`` (:func:`assess`) against row ``row`` of ``table`` (:func:`evaluate_table`)."""
    out: list[str] = []

    def fen(x: int | None) -> str:
        return "空" if x is None else f"{x}分"

    i = row
    for j, r in enumerate(one.clauses):
        pairs = (("eligible", str(r.eligible), {1: "True", 0: "False", -1: "None"}[int(table.eligible[i, j])]),
                 ("reason", r.reason.name, Reason(int(table.reason[i, j])).name),
                 ("ceiling", fen(r.ceiling_fen), fen(None if table.ceiling[i, j] == -1 else int(table.ceiling[i, j]))),
                 ("granted", fen(r.granted_fen), fen(None if table.granted[i, j] == -1 else int(table.granted[i, j]))),
                 ("floor", fen(r.floor_fen),
                  fen(None if table.floor is None or table.floor[i, j] == -1 else int(table.floor[i, j]))))
        out += [f"{r.clause.id}: {key} 逐案计算为 {a}，批量计算为 {b}（两种计算方式不一致）" for key, a, b in pairs if a != b]
    if int(table.total[i]) != one.total_fen:
        out.append(f"total 逐案计算为 {one.total_fen}分，批量计算为 {int(table.total[i])}分（两种计算方式不一致）")
    in_kind = 0 if table.in_kind is None else int(table.in_kind[i])
    if in_kind != one.in_kind_fen:
        out.append(f"in_kind_total 逐案计算为 {one.in_kind_fen}分，批量计算为 {in_kind}分（两种计算方式不一致）")
    return out


def _clause_cases(policy: Policy) -> dict[str, list[dict[str, Any]]]:
    seen: dict[str, list[dict[str, Any]]] = {c.id: [] for c in policy.clauses}
    for path in case_files(policy):
        try:
            expect = load_case_file(path).get("expect") or {}
        except SubsidyError:
            continue  # reported by the case itself
        for cid, want in (expect.get("clauses") or {}).items():
            if isinstance(want, dict):
                seen.setdefault(cid, []).append(want)
    return seen


# A note restating the formula: "最高可获 =", "金额 = …", "奖励 = …", "本办法支持 = max(0, …)", "= min(…)", or an
# equation whose right side is arithmetic ("x = a × 50%", "x = a − b"); the formula is generated from the rule.
RESTATED = re.compile(
    r"最高可获\s*[=＝]"
    r"|(?:金额|奖励|补贴|资助|支持|本年最高|上限)\s*[=＝]"
    r"|[=＝]\s*(?:min|max)\s*[(（]"
    r"|[=＝][^=＝。；，,：:]*?[×÷−]")
_PLACE = "金额公式、上限和支付安排由规则生成（subsidy show 和政策库的「公式」「最高可获」「支付安排」），解读只写对原文有歧义之处的理解"


def _bare(text: str) -> str:
    return re.sub(r"[\s。；;，,：:]", "", text)


def restates_formula(policy: Policy, clause: Clause | None, note: str) -> bool:
    """Whether ``note`` restates what the rule already says: a formula pattern (:data:`RESTATED`), or, for a
    clause's note, its generated 最高可获 line or 支付安排 (:func:`describe_ceiling`, :func:`describe_schedule`)."""
    if RESTATED.search(note):
        return True
    if clause is None:
        return False
    generated = [describe_ceiling(policy, clause), describe_schedule(clause)]
    bare = _bare(note)
    return any(g is not None and (bare == _bare(g) or (re.search(r"[×÷(]", g) and _bare(g) in bare))
               for g in generated)


def _notes(policy: Policy) -> list[tuple[str, Clause | None, str]]:
    """Every interpretation note with where it is written (how people name the place) and its clause."""
    out: list[tuple[str, Clause | None, str]] = [(f"{c.cite}（{c.id}）", c, n) for c in policy.clauses for n in c.interpretation]
    out += [(f"{c.cite}（{c.id}）的统筹扣减", c, n) for c in policy.clauses if c.deduct for n in c.deduct.interpretation]
    out += [("政策", None, n) for n in policy.interpretation]
    out += [(f"申报主体（{policy.applicants_cite}）", None, n) for n in policy.applicants_interpretation]
    out += [(f"就高（{h.cite}）", None, n) for h in policy.highests for n in h.interpretation]
    if policy.difference is not None:
        out += [(f"差额（{policy.difference.cite}）", None, n) for n in policy.difference.interpretation]
    return out


def policy_problems(policy: Policy) -> list[str]:
    """What is wrong with the policy as a whole (not with one case); empty when nothing is."""
    out: list[str] = []
    for clause in policy.clauses:
        # a variant's inherited clause quotes its base's text; the rest quote the policy's own
        text = policy.source_text if policy.layer is None else policy.layer.quote_text(clause.id, policy.source_text)
        for q in clause.quotes:
            if q not in text:
                out.append(f"{clause.cite}（{clause.id}）的引文不在原文中：{q}（{quote_slip(q, text)}）")
    for where, owner, note in _notes(policy):
        if restates_formula(policy, owner, note):
            out.append(f"{where}的解读复述了公式：「{note}」：{_PLACE}；删去这一条，或只留下对原文的理解")
    for u in uncovered_amounts(policy):
        out.append(f"原文第 {u.line} 行的金额「{u.token}」不在任何引文内（…{u.context}…）："
                   "把含有它的句子写进相应条款的 quote，或写成非资金条款（provisions）")
    seen = _clause_cases(policy)
    for clause in policy.clauses:
        decided = [w for w in seen[clause.id] if "eligible" in w]
        yes = any(w["eligible"] is True for w in decided)
        no = any(w["eligible"] is False for w in decided)
        if len(decided) < 3 or not yes or not no:
            out.append(f"{clause.cite}（{clause.id}）：判定了本条的案例 {len(decided)} 个"
                       f"（符合 {'有' if yes else '无'}，不符合 {'有' if no else '无'}）；"
                       "每个资金条款至少要有 3 个写明 eligible 的案例，其中既有符合也有不符合")
    return out


@dataclass
class PolicyCheck:
    policy: Policy
    problems: list[str]  # of the policy as a whole
    cases: list[CaseOutcome]

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.cases) and all(o.ok for o in self.cases)


def check_policy(policy: Policy) -> PolicyCheck:
    """Every rule CI applies to a policy directory."""
    return PolicyCheck(policy, policy_problems(policy),
                       check_cases(policy, [read_case(policy, p) for p in case_files(policy)]))
