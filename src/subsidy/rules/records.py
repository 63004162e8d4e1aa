"""Figures the rules need from a case's records (history, support elsewhere, bars).

Both evaluators use these same functions: the one-case evaluator calls them per case, the
table evaluator stores their results as columns. ``None`` means the record was not stated.
"""

from __future__ import annotations

from dataclasses import dataclass

from subsidy.rules.case import Case, OtherSupport
from subsidy.rules.model import All, Any_, Cap, Clause, Condition, Granted, Not, Policy, SupportFilter
from subsidy.rules.reading import Reader
from subsidy.rules.yamlsource import LDict

__all__ = [
    "CapUse",
    "Records",
    "cap_use",
    "deduct_column",
    "deducted_clauses",
    "derive_records",
    "governing_caps",
    "granted_clauses",
    "prior_column",
    "read_support_filter",
    "shared_caps",
    "support_matches",
]


@dataclass(frozen=True)
class CapUse:
    """How much of a cap's scope the entity has used already: amount and number of grants."""

    fen: int
    grants: int


@dataclass(frozen=True)
class Records:
    """What a case's records (history, other support, bars) say for the rules: bars, caps used, prior grants, 差额, exclusions."""

    barred: bool | None
    bar_reason: str
    cap_use: dict[str, CapUse | None]  # by cap id
    priors: tuple[int, ...] | None  # per 就高 rule (policy.highests): its clauses' grants in its scope this year
    difference_fen: int | None  # support elsewhere counted by the 差额 rule (records naming no clause)
    excluded: dict[str, bool | None]  # by exclusion id
    granted: dict[str, int] | None  # earlier grants under this policy, by clause (``granted`` conditions)
    deducts: dict[str, int] | None = None  # by clause of :func:`deducted_clauses`: support deducted from it only


_GOVERNING: dict[tuple[str, str], dict[str, tuple[Cap, ...]]] = {}


def governing_caps(policy: Policy, clause: Clause) -> tuple[Cap, ...]:
    """The caps that limit ``clause``: its own and those of other clauses that name it (``clauses:``)."""
    key = (policy.id, policy.version)
    table = _GOVERNING.get(key)
    if table is None:
        table = {c.id: tuple(cap for o in policy.clauses for cap in o.caps if c.id in cap.clauses)
                 for c in policy.clauses}
        _GOVERNING[key] = table
    return table[clause.id]


def shared_caps(policy: Policy) -> tuple[Cap, ...]:
    """Caps shared by several clauses: within one case, their room goes to those clauses in clause order."""
    return tuple(cap for c in policy.clauses for cap in c.caps if len(cap.clauses) > 1)


_GRANTED: dict[tuple[str, str], tuple[str, ...]] = {}


def granted_clauses(policy: Policy) -> tuple[str, ...]:
    """The clauses whose earlier grants a ``granted`` condition counts (the table's ``rec_granted__`` columns;
    found once per policy version: every assessment asks)."""
    key = (policy.id, policy.version)
    found = _GRANTED.get(key)
    if found is None:
        found = _GRANTED[key] = _granted_clauses(policy)
    return found


def _granted_clauses(policy: Policy) -> tuple[str, ...]:
    out: list[str] = []

    def walk(c: Condition | None) -> None:
        if isinstance(c, Granted):
            out.extend(x for x in c.clauses if x not in out)
        elif isinstance(c, All | Any_):
            for i in c.items:
                walk(i)
        elif isinstance(c, Not):
            walk(c.item)

    walk(policy.applicants)
    for clause in policy.clauses:
        walk(clause.condition)
        for cap in clause.caps:  # caps13: a conditional cap's condition may count grants too
            walk(cap.when)
    return tuple(out)


def cap_use(cap: Cap, policy_id: str, case: Case) -> CapUse | None:
    if cap.scope == "application":
        return CapUse(0, 0)
    if case.history is None or (cap.scope == "project" and case.project is None):
        return None  # a per-project cap needs to know which project (the case's ``project``)
    fen = grants = 0
    for g in case.history:
        if g.policy != policy_id or g.clause not in cap.clauses:
            continue
        if cap.scope == "entity_year" and g.year != case.year:
            continue
        if cap.scope == "entity_years" and not (case.year - cap.years < g.year <= case.year):
            continue
        if cap.scope == "project" and g.project != case.project:
            continue
        fen += g.fen
        grants += 1
    return CapUse(fen, grants)


def prior_column(group: int) -> str:
    """The table column of the prior grants of 就高 rule ``group`` (``rec_prior_fen``, then ``rec_prior_fen__2`` …)."""
    return "rec_prior_fen" if group == 0 else f"rec_prior_fen__{group + 1}"


LEVELS = ("district", "city", "province", "national")


def read_support_filter(r: Reader, parent: LDict, key: str) -> SupportFilter:
    """``parent[key]``: which records of support elsewhere a rule looks at (差额, 不重复, a clause's ``deduct``)."""
    s = r.mapping(parent[key], "support", ("same_year", "same_matter", "levels", "zone", "one_matter_decision",
                                           "programmes", "matters"), line=r.at(parent, key))
    levels = r.seq(s, "levels", "levels")
    for i, lv in enumerate(levels):
        if lv not in LEVELS:
            r.fail(levels, f"级别「{lv}」无效", f"可用：{'、'.join(LEVELS)}", line=r.at(levels, i))
    return SupportFilter(
        same_year=bool(r.flag(s, "same_year", False)),
        same_matter=r.flag(s, "same_matter", None),
        levels=tuple(levels),
        zone=r.text(s, "zone") if s.get("zone") is not None else None,
        one_matter_decision=r.flag(s, "one_matter_decision", None),
        programmes=tuple(str(x) for x in r.seq(s, "programmes", "programmes")),
        matters=tuple(str(x) for x in r.seq(s, "matters", "matters")),
    )


def support_matches(f: SupportFilter, s: OtherSupport, year: int) -> bool:
    return (
        (not f.same_year or s.year == year)
        and (f.same_matter is None or s.same_matter == f.same_matter)
        and (not f.levels or s.level in f.levels)
        and (f.zone is None or s.zone == f.zone)
        and (f.one_matter_decision is None or s.one_matter_decision == f.one_matter_decision)
        and (not f.programmes or s.programme in f.programmes)
        and (not f.matters or s.matter in f.matters)
    )


def deducted_clauses(policy: Policy) -> tuple[str, ...]:
    """The clauses with support deducted from them alone (the table's ``rec_deduct_fen__`` columns): each
    clause with its own ``deduct``, and, under 差额, each monetary clause it cuts (for records naming it)."""
    d = policy.difference
    return tuple(c.id for c in policy.clauses if c.deduct is not None or (
        d is not None and c.kind == "monetary" and c.id not in d.exempt))


def deduct_column(clause_id: str) -> str:
    """The table column of the support deducted from ``clause_id`` alone."""
    return f"rec_deduct_fen__{clause_id}"


def _deductions(policy: Policy, case: Case) -> tuple[dict[str, int] | None, int | None]:
    """Each record of other support counted once, by one rule: a record naming a clause (``clause``) by that
    clause only — its ``deduct`` if it has one, else 差额 (unless exempt); a record naming none by the first
    clause whose ``deduct`` matches it, else by 差额 in clause order. Returns the support deducted from each
    clause of :func:`deducted_clauses` alone, and 差额's pool (``None``: other support not stated)."""
    ids = deducted_clauses(policy)
    d = policy.difference
    if case.other_support is None:
        return None, None
    own = {c.id: c.deduct.support for c in policy.clauses if c.deduct is not None}
    out = dict.fromkeys(ids, 0)
    pool = 0
    for s in case.other_support:
        if s.clause is not None:
            f = own.get(s.clause, d.support if d is not None and s.clause in out else None)
            if f is not None and support_matches(f, s, case.year):
                out[s.clause] += s.fen
            continue
        target = next((cid for cid, f in own.items() if support_matches(f, s, case.year)), None)
        if target is not None:
            out[target] += s.fen
        elif d is not None and support_matches(d.support, s, case.year):
            pool += s.fen
    return out, (pool if d is not None else None)


def derive_records(policy: Policy, case: Case) -> Records:
    barred: bool | None = None
    reason = ""
    if case.bars is not None:
        active = [b for b in case.bars if b.active_on(case.as_of)]
        barred = bool(active)
        if active:
            reason = f"{active[0].reason}（限制至 {active[0].until.isoformat()}）"
    uses = {cap.id: cap_use(cap, policy.id, case) for c in policy.clauses for cap in c.caps}
    prior = None
    if case.history is not None:
        prior = tuple(sum(
            g.fen for g in case.history
            if g.policy == policy.id and g.year == case.year
            and (h.scope == "entity_year" or g.project == case.project)
            and (not h.clauses or g.clause in h.clauses)
        ) for h in policy.highests)
    deducts, diff = _deductions(policy, case)
    excluded: dict[str, bool | None] = {
        e.id: None if case.other_support is None
        else any(support_matches(e.support, s, case.year) for s in case.other_support)
        for e in policy.exclusions
    }
    granted = None
    if case.history is not None:
        granted = {x: sum(1 for g in case.history if g.policy == policy.id and g.clause == x)
                   for x in granted_clauses(policy)}
    return Records(barred, reason, uses, prior, diff, excluded, granted, deducts)
