"""Real seed cases as the calculator's answers (what a person would type), and the engine's result
for them, shared by the calculator's page and browser tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from subsidy.rules.case import load_case_file, parse_case
from subsidy.rules.evaluate import assess
from subsidy.rules.model import Policy
from subsidy.rules.questionnaire import RECORDS, Answers
from subsidy.rules.registry import find_policy
from subsidy.rules.results import PolicyResult

# one real case per seed policy: every record list stated (none), several clauses decided
SEED_CASES = {
    "cn-bj-chaoyang-smart-eldercare": "stacking-highest-wins.yaml",
    "cn-gz-tianhe-hk-macao-youth": "art03-all-levels.yaml",
    "cn-sz-baoan-ai-health": "art02-above-cap.yaml",
}
# cases with records: earlier grants, support elsewhere, a bar
RECORD_CASES = {
    "cn-bj-chaoyang-smart-eldercare": ["art05-1-cap-exhausted-same-year.yaml", "difference-district-same-year.yaml",
                                       "stacking-history-same-year.yaml", "bar-active.yaml"],
    "cn-sz-baoan-ai-health": ["annex-district-same-matter.yaml", "art02-history-cap.yaml"],
}
STATUS = {True: "可享", False: "不可享", None: "待补充"}


def _typed(raw: Any) -> str:
    if isinstance(raw, bool):
        return "是" if raw else "否"
    return str(raw)


def case_answers(policy_id: str, file: str | None = None) -> tuple[Policy, Answers, dict[str, Any]]:
    """The policy, the case file's answers as typed text, and the raw case."""
    policy = find_policy(policy_id)
    raw = load_case_file(Path(policy.directory) / "cases" / (file or SEED_CASES[policy_id]))
    facts = {k: _typed(v) for k, v in (raw.get("facts") or {}).items() if v is not None}
    eff = raw.get("effective_from")
    answers = Answers(facts, str(raw["as_of"]), str(eff) if eff else (None if policy.effective_from else str(raw["as_of"])),
                      records={k: tuple({f: _typed(v) for f, v in r.items()} for r in raw[k])
                               for k in RECORDS if raw.get(k) is not None})
    return policy, answers, raw


def engine_result(policy: Policy, raw: dict[str, Any], answers: Answers) -> PolicyResult:
    """What ``assess`` gives for the case (the effective date as the calculator assumes it)."""
    case = parse_case(raw, policy, today=dt.date(2026, 12, 1))
    eff = dt.date.fromisoformat(answers.effective_from) if answers.effective_from else None
    return assess(policy, case, effective_from=eff)


def expected_cards(result: PolicyResult) -> dict[str, tuple[str, str]]:
    """clause id → (status shown, ceiling in 分 as the page's data-ceiling holds it)."""
    return {r.clause.id: (STATUS[r.eligible], "" if r.ceiling_fen is None else str(r.ceiling_fen))
            for r in result.clauses}
