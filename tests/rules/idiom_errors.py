"""One damaged copy of tests/rules/every_idiom per idiom error: each edit reaches one check of one idiom
(condition, amount, cap, schedule, programme, stacking, exclusion, support filter, validity, applicants).
tests/rules/fixtures/idiom_errors.json holds the refusal each one gave before the YAML reading moved into
the idiom classes (file, line, problem, hint); test_idiom_errors.py checks they are still word for word
the same.

    PYTHONPATH=src python tests/rules/idiom_errors.py > tests/rules/fixtures/idiom_errors.json
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from pathlib import Path

EVERY = Path(__file__).resolve().parent / "every_idiom"
P, C = "policy.yaml", "clauses/all.yaml"
S = "clauses/stack13.yaml"
_INV = "{fact: project_investment, at_least: 100000元}"

EDITS: list[tuple[str, str, str, str]] = [  # (name, file, old, new): the first occurrence of old replaced
    # conditions
    ("bare-non-bool", C, "when: recognised", "when: varieties"),
    ("condition-number", C, "when: recognised", "when: 3"),
    ("label-not-text", P, "      - not: dishonest", "      - {not: dishonest, label: 7}"),
    ("any-empty", C, f"      any:\n        - hitech\n        - {_INV}", "      any: []"),
    ("two-comparisons", C, "{fact: varieties, above: 0}", "{fact: varieties, above: 0, below: 5}"),
    ("fact-alone-non-bool", C, "{fact: varieties, above: 0}", "{fact: varieties}"),
    ("in-non-category", C, "{fact: grade, in: [甲级, 乙级]}", "{fact: staff, in: [甲级]}"),
    ("in-empty", C, "{fact: grade, in: [甲级, 乙级]}", "{fact: grade, in: []}"),
    ("in-unknown-category", C, "{fact: grade, in: [甲级, 乙级]}", "{fact: grade, in: [甲级, 丁级]}"),
    ("order-on-category", C, "{fact: sector, equals: 服务}", "{fact: sector, at_least: 服务}"),
    ("equals-unknown-category", C, "{fact: sector, equals: 服务}", "{fact: sector, equals: 农业}"),
    ("misspelt-op", C, "{fact: varieties, above: 0}", "{fact: varieties, abov: 0}"),
    ("all-and-any", P, "  when:\n    all:", "  when:\n    any: [registered]\n    all:"),
    ("undeclared-fact", C, "{fact: varieties, above: 0}", "{fact: nosuch, above: 0}"),
    ("negative-threshold", C, "{fact: varieties, above: 0}", "{fact: varieties, above: -1}"),
    ("group-not-list", C, "        - any: [hitech, recognised]", "        - any: hitech"),
    # amounts
    ("amount-bool", C, "amount: 10万元", "amount: true"),
    ("amount-bare-number", C, "amount: 10万元", "amount: 10"),
    ("amount-unknown-text", C, "amount: 10万元", "amount: 十万"),
    ("amount-list", C, "amount: 10万元", "amount: [1, 2]"),
    ("amount-unknown-key", C, "amount: 10万元", "amount: {foo: 1}"),
    ("amount-empty-mapping", C, "amount: 10万元", "amount: {}"),
    ("amount-two-kinds", C, "      ratio: {rate: 30%, of: project_investment}",
     "      ratio: {rate: 30%, of: project_investment}\n      fixed: 1万元"),
    ("ratio-missing-of", C, "ratio: {rate: 30%, of: project_investment}", "ratio: {rate: 30%}"),
    ("ratio-money-rate", C, "ratio: {rate: 30%, of: project_investment}",
     "ratio: {rate: project_investment, of: project_investment}"),
    ("ratio-extra-key", C, "ratio: {rate: 30%, of: project_investment}", "ratio: {rate: 30%, off: project_investment}"),
    ("per-unit-money-count", C, "per_unit: {unit: 200万元, count: varieties}", "per_unit: {unit: 200万元, count: rent}"),
    ("per-unit-number-unit", C, "per_unit: {unit: 200万元, count: varieties}", "per_unit: {unit: varieties, count: varieties}"),
    ("product-one-item", C, "count: {product: [staff, {min: [months, 6]}]}", "count: {product: [staff]}"),
    ("min-one-item", C, "min: [rent, 50万元]", "min: [rent]"),
    ("min-mixed-types", C, "{min: [months, 6]}", "{min: [months, 50%]}"),
    ("min-category", C, "{min: [months, 6]}", "{min: [grade, sector]}"),
    ("top-up-missing", C, "top_up: {target: 200万元, already: already_received}", "top_up: {target: 200万元}"),
    ("table-by-duplicate", C, "by: [grade, sector]", "by: [grade, grade]"),
    ("table-by-non-category", C, "by: [grade, sector]", "by: [grade, staff]"),
    ("table-by-number", C, "by: [grade, sector]", "by: 7"),
    ("table-level-two", C, "乙级: {制造: 20万元}", "乙级: 20万元"),
    ("table-unknown-category", C, "甲级: {制造: 50万元, 服务: 50万元}", "丁级: {制造: 50万元, 服务: 50万元}"),
    ("table-values-empty", C, "        values:\n          甲级: {制造: 50万元, 服务: 50万元}\n          乙级: {制造: 20万元}",
     "        values: {}"),
    ("table-rate-value", C, "乙级: {制造: 20万元}", "乙级: {制造: 20%}"),
    ("bands-of-category", C, "        of: investment", "        of: grade"),
    ("bands-no-from", C, "- {from: 5000.01万元, value: 300万元}", "- {value: 300万元}"),
    ("bands-no-to", C, "- {from: 1000万元, to: 5000万元, value: 100万元}", "- {from: 1000万元, value: 100万元}"),
    ("bands-from-above-to", C, "{from: 1000万元, to: 5000万元", "{from: 6000万元, to: 5000万元"),
    ("bands-overlap", C, "{from: 5000.01万元", "{from: 4000万元"),
    ("bands-empty", C, "        bands:\n          - {from: 1000万元, to: 5000万元, value: 100万元}\n"
     "          - {from: 5000.01万元, value: 300万元}", "        bands: []"),
    ("bands-band-key", C, "- {from: 5000.01万元, value: 300万元}", "- {from: 5000.01万元, valu: 300万元}"),
    ("dated-not-date", C, "{dated: {2026-01-01: 80万元, 2028-01-01: 60万元}}", "{dated: {hello: 80万元}}"),
    ("dated-empty", C, "{dated: {2026-01-01: 80万元, 2028-01-01: 60万元}}", "{dated: {}}"),
    ("dated-extra-key", C, "{dated: {2026-01-01: 80万元, 2028-01-01: 60万元}}",
     "{dated: {2026-01-01: 80万元}, since: 2026-01-01}"),
    ("fixed-zero", C, "{fixed: {dated: {2026-01-01: 80万元, 2028-01-01: 60万元}}}", "{fixed: 0万元}"),
    ("fixed-huge", C, "{fixed: {dated: {2026-01-01: 80万元, 2028-01-01: 60万元}}}", "{fixed: 2000亿元}"),
    ("rate-above-100", C, "rate: 30%", "rate: 130%"),
    ("rate-bare-number", C, "rate: 30%", "rate: 0.3"),
    ("manual-not-text", C, "amount: 按照相关规定核定", "amount: 5"),
    ("monetary-without-amount", C, "    amount: 10万元\n", ""),
    # caps
    ("cap-no-kind", C, "{limit: 100000000000元, scope: application}", "{scope: application}"),
    ("cap-two-kinds", C, "{limit: 100000000000元, scope: application}", "{limit: 100万元, max_grants: 1, scope: application}"),
    ("cap-years-missing", C, "scope: entity_years, years: 3,", "scope: entity_years,"),
    ("cap-years-one", C, "scope: entity_years, years: 3,", "scope: entity_years, years: 1,"),
    ("cap-years-elsewhere", C, "{limit: 100000000000元, scope: application}", "{limit: 100万元, scope: application, years: 2}"),
    ("cap-unknown-clause", C, "clauses: [min]", "clauses: [nosuch]"),
    ("cap-clauses-number", C, "clauses: [min]", "clauses: 5"),
    ("cap-bad-scope", C, "{limit: 100000000000元, scope: application}", "{limit: 100万元, scope: forever}"),
    ("cap-zero-grants", C, "{max_grants: 1, scope: entity_validity, clauses: [sum]", "{max_grants: 0, scope: entity_validity, clauses: [sum]"),
    ("cap-unknown-key", C, "{limit: 100000000000元, scope: application}", "{limit: 100万元, scope: application, foo: 1}"),
    ("cap-quote-not-in-source", C, "clauses: [min], quote: 第六条与第九条第一项共用", "clauses: [min], quote: 第六条与第九条第二项共用"),
    ("cap-negative", C, "{limit: 100000000000元, scope: application}", "{limit: -5万元, scope: application}"),
    ("caps-not-list", C, "    caps:\n      - {limit: 100000000000元, scope: application}", "    caps: 5"),
    # caps13: a conditional cap's condition is read like any condition; a shared cap cannot have one
    ("cap-when-shared", C, "clauses: [min]", "clauses: [min], when: hitech"),
    ("cap-limit-not-money", "clauses/caps.yaml", "limit: {ratio: {rate: 40%, of: investment}}", "limit: {product: [staff, 2]}"),
    ("cap-when-bad-fact", "clauses/caps.yaml", "when: {not: hitech}, label: 非高新技术企业", "when: {not: hitec}, label: 非高新技术企业"),
    # schedules
    ("shares-on-lump-sum", C, "schedule: {type: lump_sum}", "schedule: {type: lump_sum, shares: [50%, 50%]}"),
    ("years-on-lump-sum", C, "schedule: {type: lump_sum}", "schedule: {type: lump_sum, years: 2}"),
    ("period-on-lump-sum", C, "schedule: {type: lump_sum}", "schedule: {type: lump_sum, period: 月}"),
    ("period-and-shares", C, "schedule: {type: lump_sum}", "schedule: {type: lump_sum, period: 月, shares: [50%, 50%]}"),
    ("years-and-period-on-annual", C, "schedule: {type: annual, years: 3}", "schedule: {type: annual, years: 3, period: 月}"),
    ("years-on-periodic", C, "schedule: {type: periodic, period: 月}", "schedule: {type: periodic, period: 月, years: 2}"),
    ("one-share", C, "shares: [50%, 30%, 20%]", "shares: [50%]"),
    ("shares-not-100", C, "shares: [50%, 30%, 20%]", "shares: [50%, 30%, 30%]"),
    ("shares-years-differ", C, "shares: [50%, 30%, 20%]", "shares: [50%, 30%, 20%], years: 2"),
    ("shares-money", C, "shares: [50%, 30%, 20%]", "shares: [50万元, 30%, 20%]"),
    ("schedule-bad-type", C, "schedule: {type: annual, years: 3}", "schedule: {type: yearly, years: 3}"),
    ("schedule-no-type", C, "schedule: {type: annual, years: 3}", "schedule: {years: 3}"),
    ("schedule-unknown-key", C, "schedule: {type: lump_sum}", "schedule: {type: lump_sum, notes: x}"),
    # programme
    ("programme-fact-not-integer", C, "year_fact: programme_year}", "year_fact: varieties}"),
    ("programme-no-fact", C, "programme: {years: 3, year_fact: programme_year}", "programme: {years: 3}"),
    ("programme-zero-years", C, "programme: {years: 3, year_fact: programme_year}", "programme: {years: 0, year_fact: programme_year}"),
    # stacking, exclusions, support filters, validity, applicants
    ("support-bad-level", P, "support: {same_year: true, levels: [district]}", "support: {same_year: true, levels: [county]}"),
    ("support-flag-text", P, "support: {same_year: true, levels: [district]}", "support: {same_year: \"yes\", levels: [district]}"),
    ("support-unknown-key", P, "{same_matter: true, levels: [city]}", "{same_matter: true, level: [city]}"),
    ("difference-no-support", P, "    support: {same_year: true, levels: [district]}\n", ""),
    ("highest-bad-scope", P, "stacking:\n  difference:",
     "stacking:\n  highest:\n    scope: forever\n    cite: 第十六条\n    quote: 已获本区其他政策支持的，按差额给予支持。\n  difference:"),
    ("highest-no-quote", P, "stacking:\n  difference:", "stacking:\n  highest:\n    scope: project\n    cite: 第十六条\n  difference:"),
    ("stacking-unknown-rule", P, "stacking:\n  difference:", "stacking:\n  lowest: 1\n  difference:"),
    ("difference-unknown-key", P, "    cite: 第十六条\n", "    cite: 第十六条\n    scope: project\n"),
    ("exclusion-no-reason", P, "    reason: 同一事项已获市级同类资助，不重复资助\n", ""),
    ("exclusion-not-mapping", P, "  - id: city-same-matter\n", "  - 5\n  - id: city-same-matter\n"),
    ("validity-zero-years", P, "  years: 5\n", "  years: 0\n"),
    ("validity-no-cite", P, "  cite: 第二条\n", ""),
    ("validity-extra-key", P, "  years: 5\n", "  years: 5\n  months: 3\n"),
    ("applicants-no-when", P, "  when:\n    all:\n      - registered\n      - not: dishonest\n", ""),
    ("applicants-quote-altered", P, "quote: 本办法适用于在本区登记注册", "quote: 本办法适用于在本市登记注册"),
    # ---- stack13: 就高 groups, benefits in kind, no_record (clauses/stack13.yaml) ----
    ("highest-group-twice", P, "clauses: [rent-free, settle-cash]", "clauses: [rent-free, compute-voucher]"),
    ("highest-group-one-clause", P, "clauses: [compute-voucher, corpus-voucher]", "clauses: [compute-voucher]"),
    ("highest-group-no-clauses", P, "clauses: [compute-voucher, corpus-voucher], ", ""),
    ("highest-group-unknown-clause", P, "clauses: [rent-free, settle-cash]", "clauses: [rent-free, settle-cas]"),
    ("benefit-unknown-type", S, "{type: voucher, name: 算力券}", "{type: coupon, name: 算力券}"),
    ("benefit-no-name", S, "{type: voucher, name: 算力券}", "{type: voucher}"),
    ("no-record-not-list", S, "{of: violations, date:", "{of: compute_contract, date:"),
    ("no-record-date-not-date", S, "date: occurred_on,", "date: serious,"),
    ("no-record-two-periods", S, "within: {years: 3}", "within: {years: 3, months: 6}"),
    ("no-record-zero", S, "within: {years: 3}", "within: {years: 0}"),
    ("per-period-bad-unit", S, "unit: month, cap: 5万元", "unit: week, cap: 5万元"),
    ("per-period-date-not-date", S, "{date: billed_on, unit: month", "{date: fee, unit: month"),
    ("per-period-no-cap", S, "unit: month, cap: 5万元}", "unit: month}"),
    # ---- end stack13 ----
    ("year-of-not-date", "clauses/year13.yaml", "{year_of: trademark_recognised_on}", "{year_of: 2026}"),
    ("year-of-list", "clauses/year13.yaml", "{year_of: trademark_recognised_on}", "{year_of: [trademark_recognised_on]}"),
]
_GROUPS = ("  # ---- stack13: several 就高 groups", "  # ---- end stack13 ----\n")  # policy.yaml's 就高 groups


def outcome(name: str, file: str, old: str, new: str) -> str:
    """The refusal (``path:line: problem（处理办法：hint）`` with the path inside the policy), or what loaded."""
    from subsidy.errors import PolicyFileError
    from subsidy.rules.parse import load_policy

    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "every_idiom"
        shutil.copytree(EVERY, target, ignore=shutil.ignore_patterns("cases"))
        path = target / file
        text = path.read_text(encoding="utf-8")
        assert old in text, name
        if "highest:" in new and _GROUPS[0] in text:  # an edit adding one 就高 rule: without the groups
            start = text.index(_GROUPS[0])
            text = text[:start] + text[text.index(_GROUPS[1], start) + len(_GROUPS[1]):]
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
        try:
            load_policy(target)
        except PolicyFileError as exc:
            return str(exc).replace(str(target) + "/", "")
        return "loaded"


def outcomes() -> dict[str, str]:
    return {name: outcome(name, f, old, new) for name, f, old, new in EDITS}


if __name__ == "__main__":
    json.dump(outcomes(), sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
