"""How close `subsidy draft` comes to the hand encodings in policies/ (each policy drafted from its
source.txt alone: the drafter learns nothing from the encodings, so every policy is left out of its own
draft by construction). Prints, per policy and overall:

- recall / precision of amount-bearing clauses: a hand clause (monetary or manual_amount) is found when a
  draft clause quotes an overlapping span of the source; a draft clause is right when it overlaps a hand one;
- figures: share of the draft's proposed figures (amounts, rates, caps) whose value and unit appear in the
  overlapping hand clauses; share of hand figures the draft proposes;
- relation (fixed, cap, ratio, per unit; a table value counts as fixed), cap scope, schedule type and
  citation label, on the matched pairs;
- share of drafts that load, and that pass `subsidy check` with their starter cases;
- share of the hand-written cases the draft passes once fact names are mapped: each hand clause a case
  expects is matched to the draft clause quoting the same sentence; the draft's one condition fact takes
  the hand condition's verdict on the case (the hand engine's reason CONDITION → no, else yes), its base,
  count, category and year facts take the values of the hand clause's base, count, table and year facts,
  and history entries of the hand clause become entries of the draft clause; a case passes when every
  clause it expects (eligible, ceiling) comes out the same;
- the same load check on the reference policies and the seeds.

    PYTHONPATH=src .venv/bin/python bench/draft_bench.py
"""

from __future__ import annotations

import sys
import tempfile
from fractions import Fraction
from pathlib import Path
from typing import Any

from subsidy.drafting.draft import Draft, DraftClause, make_draft
from subsidy.drafting.write import write_draft
from subsidy.errors import SubsidyError
from subsidy.money import parse_money
from subsidy.rules import model as m
from subsidy.rules.case import load_case_file, parse_case
from subsidy.rules.check import case_files, check_policy
from subsidy.rules.evaluate import assess
from subsidy.rules.parse import clean_source, load_policy
from subsidy.rules.results import Reason

ROOT = Path(__file__).resolve().parents[1]
Fig = tuple[str, Fraction | int]  # ("money", fen) or ("rate", rate)


def _spans(text: str, quotes: tuple[str, ...] | list[str]) -> list[tuple[int, int]]:
    out = []
    for q in quotes:
        at = text.find(q)
        if at != -1:
            out.append((at, at + len(q)))
    return out


def _draft_spans(draft: Draft, c: DraftClause, original: str, text: str) -> list[tuple[int, int]]:
    """Where the draft clause's sentence stands in the loader's text (a sentence may occur several times)."""
    s = draft.sentences[c.sentence].sentence
    a, _ = draft.document.clean.original_span(s.start, s.end)
    own = draft.sentences[c.sentence].quote
    at = text.find(own, max(0, len(clean_source(original[:a])) - 2))
    return [(at, at + len(own))] if at != -1 else _spans(text, c.quotes)


def _overlap(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> int:
    return sum(max(0, min(y, v) - max(x, u)) for x, y in a for u, v in b)


def _lit(d: m.Dated) -> Fraction | int:
    return d.points[0][1]  # type: ignore[return-value]


def _hand_figures(c: m.Clause) -> list[tuple[Fig, str, str | None]]:
    out: list[tuple[Fig, str, str | None]] = []

    def walk(e: m.Expr, top: bool) -> None:
        if isinstance(e, m.Lit):
            kind = "money" if e.vtype == "money" else "rate"
            rel = "ratio" if kind == "rate" else ("cap" if c.discretionary and top else "fixed")
            out.append(((kind, _lit(e.value)), rel, None))
        elif isinstance(e, m.Ratio):
            if isinstance(e.rate, m.Lit):
                out.append((("rate", _lit(e.rate.value)), "ratio", None))
        elif isinstance(e, m.PerUnit):
            if isinstance(e.unit, m.Lit):
                out.append((("money", _lit(e.unit.value)), "per_unit", None))
        elif isinstance(e, m.Table):
            out.extend(((("money" if e.vtype == "money" else "rate", _lit(v))), "fixed", None) for _, v in e.values)
        elif isinstance(e, m.MinMaxSum):
            for i in e.items:
                walk(i, False)
    walk(c.amount, True)
    out += [(("money", _lit(cap.limit)), "cap", cap.scope) for cap in c.caps if cap.limit is not None]
    return out


def _draft_figures(c: DraftClause) -> list[tuple[Fig, str, str | None]]:
    p = c.proposal
    out: list[tuple[Fig, str, str | None]] = []
    if p.form in ("fixed", "per_unit") and p.fixed is not None and p.fixed.fen is not None:
        rel = "per_unit" if p.form == "per_unit" else ("cap" if p.discretionary else "fixed")
        out.append((("money", p.fixed.fen), rel, None))
    if p.form == "ratio" and p.rate is not None and p.rate.rate is not None:
        out.append((("rate", p.rate.rate), "ratio", None))
    if p.form == "table":
        out += [(("money", f.fen or 0), "fixed", None) for _, f in p.table]
    out += [(("money", f.fen or 0), "cap", f.scope or "application") for f in p.caps]
    return out


class Tally:
    def __init__(self) -> None:
        self.n: dict[str, int] = {}
        self.k: dict[str, int] = {}

    def add(self, key: str, ok: bool) -> None:
        self.n[key] = self.n.get(key, 0) + 1
        self.k[key] = self.k.get(key, 0) + int(ok)

    def share(self, key: str) -> str:
        n = self.n.get(key, 0)
        return f"{100 * self.k.get(key, 0) / n:5.1f}% ({self.k.get(key, 0)}/{n})" if n else "   —"


LABELS = [("recall", "含金额条款召回率（recall）"), ("precision", "含金额条款准确率（precision）"),
          ("figure_right", "起草数字值与单位完全正确（占起草数字）"), ("figure_found", "手工数字被起草出（占手工数字）"),
          ("relation", "关系（固定额/上限/比例/按件）正确"), ("scope", "上限范围正确"), ("schedule", "支付安排类型正确"),
          ("cite", "引用编号正确"), ("loads", "草稿能加载"), ("check", "草稿连同起步案例通过 subsidy check"),
          ("case_clause", "手工案例的条款期望通过（映射事实名后）"), ("case", "手工案例全部期望通过（映射事实名后）")]


def bench_policy(directory: Path, total: Tally) -> Tally:
    hand = load_policy(directory)
    original = (directory / "source.txt").read_text(encoding="utf-8")
    draft = make_draft(original, policy_id=f"draft-{hand.id}")
    t = Tally()
    text = hand.source_text
    hand_spans = {c.id: _spans(text, c.quotes) for c in hand.clauses}
    draft_spans = {c.id: _draft_spans(draft, c, original, text) for c in draft.clauses}
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "draft"
        write_draft(draft, out, original)
        try:
            loaded = load_policy(out)
            ok = True
            passed = check_policy(loaded).ok
        except SubsidyError:
            ok = passed = False
        for tally in (t, total):
            tally.add("loads", ok)
            tally.add("check", passed)
        if ok:
            pairs = {}
            for hc in hand.clauses:
                best = max(draft.clauses, key=lambda dc: _overlap(hand_spans[hc.id], draft_spans[dc.id]), default=None)
                if best is not None and _overlap(hand_spans[hc.id], draft_spans[best.id]) > 0:
                    pairs[hc.id] = best
            _hand_cases(hand, loaded, pairs, (t, total))
    for hc in hand.clauses:
        best = max(draft.clauses, key=lambda dc: _overlap(hand_spans[hc.id], draft_spans[dc.id]), default=None)
        found = best is not None and _overlap(hand_spans[hc.id], draft_spans[best.id]) > 0
        for tally in (t, total):
            tally.add("recall", found)
        if not found or best is None:
            print(f"    未找到：{hc.cite} {hc.id}", file=sys.stderr)
            continue
        for tally in (t, total):
            tally.add("cite", best.cite == hc.cite)
            tally.add("schedule", best.proposal.schedule.get("type") == hc.schedule.type)
        if best.cite != hc.cite:
            print(f"    引用不同：手工 {hc.cite}，起草 {best.cite}", file=sys.stderr)
    for dc in draft.clauses:
        overlapping = [hc for hc in hand.clauses if _overlap(hand_spans[hc.id], draft_spans[dc.id]) > 0]
        for tally in (t, total):
            tally.add("precision", bool(overlapping))
        if not overlapping:
            continue
        hand_figs = [f for hc in overlapping for f in _hand_figures(hc)]
        values = {f[0] for f in hand_figs}
        for fig, rel, scope in _draft_figures(dc):
            right = fig in values
            for tally in (t, total):
                tally.add("figure_right", right)
            if not right:
                print(f"    数字不在手工编码中：{dc.cite} {dc.id} {fig}", file=sys.stderr)
                continue
            same = [(r, s) for f, r, s in hand_figs if f == fig]
            for tally in (t, total):
                tally.add("relation", any(r == rel for r, _ in same))
                if rel == "cap" and any(r == "cap" for r, _ in same):
                    tally.add("scope", any(s == scope for r, s in same if r == "cap"))
    for hc in hand.clauses:
        overlapping = [dc for dc in draft.clauses if _overlap(hand_spans[hc.id], draft_spans[dc.id]) > 0]
        proposed = {f[0] for dc in overlapping for f in _draft_figures(dc)}
        for fig, _, _ in _hand_figures(hc):
            for tally in (t, total):
                tally.add("figure_found", fig in proposed)
    return t


def _fact_of(e: m.Expr) -> str | None:
    if isinstance(e, m.FactRef):
        return e.fact
    if isinstance(e, m.MinMaxSum):
        return next((f for f in map(_fact_of, e.items) if f), None)
    return None


def _hand_cases(hand: m.Policy, draft: m.Policy, pairs: dict[str, DraftClause], tallies: tuple[Tally, ...]) -> None:
    for path in case_files(hand):
        raw = load_case_file(path)
        expect = (raw.get("expect") or {}).get("clauses") or {}
        if not expect:
            continue
        try:
            hand_result = assess(hand, parse_case(raw, hand, name=path.stem))
        except SubsidyError:
            continue
        reasons = {r.clause.id: r.reason for r in hand_result.clauses}
        facts_in = raw.get("facts") or {}
        all_ok = True
        for hid, want in expect.items():
            dc = pairs.get(hid)
            hc = next(c for c in hand.clauses if c.id == hid)
            ok = dc is not None and _draft_passes(hand, hc, draft, dc, raw, facts_in, reasons, want)
            for tally in tallies:
                tally.add("case_clause", ok)
            if not ok:
                print(f"    手工案例未通过：{path.name} {hid}", file=sys.stderr)
            all_ok = all_ok and ok
        for tally in tallies:
            tally.add("case", all_ok)


def _draft_passes(hand: m.Policy, hc: m.Clause, draft: m.Policy, dc: DraftClause, raw: dict[str, Any],
                  facts_in: dict[str, Any], reasons: dict[str, Reason], want: dict[str, Any]) -> bool:
    fid = dc.id.replace("-", "_")
    facts: dict[str, Any] = {}
    if "applicant_eligible" in draft.facts:
        facts["applicant_eligible"] = reasons[hc.id] != Reason.APPLICANT
    if reasons[hc.id] != Reason.UNKNOWN or any(f in facts_in for f in _condition_facts(hc.condition)):
        facts[f"{fid}_eligible"] = reasons[hc.id] != Reason.CONDITION
    amount = hc.amount
    sources = {f"{fid}_base": _fact_of(amount.base) if isinstance(amount, m.Ratio) else None,
               f"{fid}_count": _fact_of(amount.count) if isinstance(amount, m.PerUnit) else None,
               f"{fid}_year": hc.programme.year_fact if hc.programme else None}
    for name, source in sources.items():
        if name in draft.facts and source and facts_in.get(source) is not None:
            facts[name] = facts_in[source]
    if isinstance(amount, m.Table) and f"{fid}_category" in draft.facts:
        key = [facts_in.get(b) for b in amount.by]
        if all(isinstance(k, str) for k in key):
            values = draft.facts[f"{fid}_category"].values
            hit = [v for v in values if all(str(k) in v for k in key)]
            if hit:
                facts[f"{fid}_category"] = hit[0]
    if isinstance(amount, m.Lit) and f"{fid}_category" in draft.facts and dc.proposal.form == "table":
        rows = [name for name, f in dc.proposal.table if f.fen == _lit(amount.value)]
        if len(rows) == 1:  # a table row the hand encoding wrote as a clause of its own (国家级 80万元)
            facts[f"{fid}_category"] = rows[0]
    case = {k: raw[k] for k in ("as_of", "effective_from", "year", "project", "other_support", "bars") if k in raw}
    case["policy"] = draft.id
    case["facts"] = facts
    if raw.get("history") is not None:
        case["history"] = [{**h, "clause": dc.id} for h in raw["history"] if h.get("clause") == hc.id]
    try:
        result = assess(draft, parse_case(case, draft, name="mapped"))
    except SubsidyError:
        return False
    got = next(r for r in result.clauses if r.clause.id == dc.id)
    if "eligible" in want and got.eligible != want["eligible"]:
        return False
    if "ceiling" in want:
        expected = parse_money(str(want["ceiling"])).fen if want["ceiling"] is not None else None
        if got.ceiling_fen != expected:
            return False
    return True


def _condition_facts(c: m.Condition | None) -> list[str]:
    if c is None:
        return []
    if isinstance(c, m.FactIs | m.Compare | m.InSet):
        return [c.fact]
    if isinstance(c, m.Not):
        return _condition_facts(c.item)
    return [f for i in c.items for f in _condition_facts(i)]


def main() -> None:
    total = Tally()
    dirs = sorted(p.parent for p in (ROOT / "policies").glob("*/policy.yaml"))
    for d in dirs:
        t = bench_policy(d, total)
        print(f"== {d.name}")
        for key, label in LABELS:
            print(f"  {label:<40} {t.share(key)}")
    print("== 合计（全部手工编码的政策）")
    for key, label in LABELS:
        print(f"  {label:<40} {total.share(key)}")
    print("== 参考政策与种子政策：subsidy draft 的草稿能否加载、通过检查")
    texts = sorted(Path("/work/shared/reference-policies").glob("*.txt")) + sorted(Path("/work/shared/seeds").glob("*.txt"))
    for path in texts:
        original = path.read_text(encoding="utf-8")
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "draft"
            draft = make_draft(original, policy_id="draft-reference")
            write_draft(draft, out, original)
            try:
                checked = check_policy(load_policy(out))
                verdict = f"能加载；资金条款 {len(draft.clauses)} 个（金额待核 {sum(c.proposal.manual for c in draft.clauses)}），" \
                          f"案例 {len(checked.cases)} 个，检查{'通过' if checked.ok else '未通过'}"
            except SubsidyError as exc:
                verdict = f"不能加载：{exc}"
        print(f"  {path.name:<45} {verdict}")


if __name__ == "__main__":
    main()
