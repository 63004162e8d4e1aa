"""The stacking idioms (``stacking``): 就高 (``highest``: one clause, the highest, within a year or a
project), shared caps within one case (:class:`~subsidy.rules.caps.SharedCap`), a clause's own deduction
(:class:`Deduct`, a clause's ``deduct``: "统筹省、市政策") and 差额 (``difference``: pay only what exceeds support
received elsewhere) — for one case with trace steps (:func:`stack`) and for many cases as columns
(:class:`ColumnStack`), side by side.

Each record of other support is counted once (``records._deductions``): one naming a clause is deducted from
that clause only; one naming none from the first clause whose ``deduct`` selects it, else by 差额 over the
winners in clause order. A clause with its own ``deduct`` is not cut by 差额.

就高 limits the year's total, not each grant twice: when the entity already received grants under the
policy in the year, the winner pays at most ``min(its capped ceiling, its bound − prior grants)``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from subsidy.rules import model as m
from subsidy.rules.arrays import ArrayCtx, np
from subsidy.rules.caps import SharedCap
from subsidy.rules.gates import ScalarCtx
from subsidy.rules.reading import Reader
from subsidy.rules.records import deduct_column, deducted_clauses, prior_column, read_support_filter
from subsidy.rules.results import ClauseResult
from subsidy.rules.trace import Step
from subsidy.rules.yamlsource import LDict, LList

if TYPE_CHECKING:
    import numpy.typing as npt

    from subsidy.rules.arrays import I64, Mask

__all__ = ["RULES", "ColumnStack", "Deduct", "Stacked", "read_stacking", "stack"]


# ---- reading ----------------------------------------------------------------------------------------


class Highest:
    """就高 (``highest: {scope, cite, quote}``): one clause, the highest, per entity and year or per project."""

    keys = ("scope",)
    optional: tuple[str, ...] = ("clauses",)  # 就高 within a named group of clauses only ("两者就高")
    SCOPES: ClassVar[dict[str, str]] = {"entity_year": "同一企业同一年度", "project": "同一项目"}

    @classmethod
    def read(cls, r: Reader, h: LDict) -> m.HighestRule:
        scope = r.name(h, "scope", cls.SCOPES)
        group = r.clause_ids(h, "clauses")
        if len(group) == 1:
            r.fail(h, "就高的 clauses 至少要有两个条款", "写出相互就高的条款，如 clauses: [art5, art6]；全部条款就高时删去 clauses",
                   key="clauses")
        return m.HighestRule(cast(Any, scope), r.text(h, "cite"), r.quote(h), r.texts(h, "interpretation"), group)


class Difference:
    """差额 (``difference: {support, cite, quote}``): pay only what exceeds the support ``support`` selects."""

    keys = ("support",)
    optional = ("exempt",)  # clauses it does not cut ("另有规定除外")

    @classmethod
    def read(cls, r: Reader, d: LDict) -> m.DifferenceRule:
        return m.DifferenceRule(read_support_filter(r, d, "support"), r.text(d, "cite"), r.quote(d),
                                r.texts(d, "interpretation"), r.clause_ids(d, "exempt"))


class Deduct:
    """A clause's own deduction (``deduct: {support, quote, interpretation}``, "统筹省、市政策"): the support the
    filter selects (by level, programme, matter …), and any record naming this clause that it selects, is
    deducted from this clause's amount alone, after 就高 and shared caps; 差额 does not cut the clause again."""

    keys = ("support", "quote")
    optional = ("interpretation",)

    @classmethod
    def read(cls, r: Reader, c: LDict) -> m.Deduction:
        d = r.mapping(c["deduct"], "deduct", (*cls.keys, *cls.optional), cls.keys, line=r.at(c, "deduct"))
        return m.Deduction(read_support_filter(r, d, "support"), r.quote(d), r.texts(d, "interpretation"))

    @staticmethod
    def scalar(ctx: ScalarCtx, r: ClauseResult, steps: list[Step]) -> bool:
        """One case: cut the winner ``r`` by the support deducted from it alone (its ``deduct``, or the records
        naming it under 差额). Returns False where that support is not known (other_support not stated: the
        clause is left as it is, and the records asked for)."""
        ded, c, d = ctx.rec.deducts, r.clause, r.clause.deduct
        if ded is None:
            if d is not None:
                steps.append(Step("deduct", c.cite, "统筹扣减", {"got": None, "filter": _filter_words(d.support),
                                                               "named": False}, None, d.quote, fmt=ctx.fmt))
            return d is None
        got = ded.get(c.id, 0)
        if d is None and not got:
            return True  # 差额 only: no record names this clause
        before = r.granted_fen or 0
        r.deducted_fen = min(before, got)
        r.granted_fen = before - r.deducted_fen
        steps.append(Step("deduct", c.cite, "统筹扣减" if d is not None else "差额", {
            "before": before, "got": got, "filter": _filter_words(d.support) if d is not None else "",
            "named": d is None}, r.granted_fen, d.quote if d is not None else None, fmt=ctx.fmt))
        if r.deducted_fen:
            r.stacking_note = steps[-1].text
        return True


def _filter_words(f: m.SupportFilter) -> str:
    """The support a deduction counts, in words (已获省级、市级支持)."""
    from subsidy.rules.describe import support_words

    return support_words(f)


RULES: dict[str, type[Highest] | type[Difference]] = {"highest": Highest, "difference": Difference}
"""The stacking rules by their key under ``stacking``."""


def read_stacking(r: Reader, top: LDict) -> tuple[tuple[m.HighestRule, ...], m.DifferenceRule | None]:
    """policy.yaml's ``stacking``: each rule with its own keys, its citation and quote. ``highest`` is one
    rule, or a list of 就高 groups (each with its ``clauses``, no clause in two groups)."""
    if top.get("stacking") is None:
        return (), None
    s = r.mapping(top["stacking"], "stacking", tuple(RULES), line=r.at(top, "stacking"))
    read: dict[str, Any] = {}
    for key, rule in RULES.items():
        if s.get(key) is None:
            continue
        r.where, r.outer = f"stacking.{key}", (key, tuple(RULES))
        allowed = (*rule.keys, *rule.optional, "cite", "quote", "interpretation")
        if key == "highest" and isinstance(s[key], LList):
            read[key] = _highest_groups(r, s[key], allowed)
            continue
        node = r.mapping(s[key], f"stacking.{key}", allowed, (*rule.keys, "cite", "quote"), line=r.at(s, key))
        read[key] = rule.read(r, node)
    h = read.get("highest")
    return (h if isinstance(h, tuple) else (h,) if h is not None else ()), read.get("difference")


def _highest_groups(r: Reader, seq: LList, allowed: tuple[str, ...]) -> tuple[m.HighestRule, ...]:
    """``stacking.highest`` as a list: several 就高 groups ("两者就高" twice in one policy); each group names
    its clauses, and a clause competes in one group at most (the clauses in no group stack)."""
    if not seq:
        r.fail(None, "stacking.highest 的列表是空的", "每个就高组写一项：- {scope, clauses, cite, quote}", line=r.at(seq, 0))
    out: list[m.HighestRule] = []
    seen: dict[str, int] = {}
    for i in range(len(seq)):
        node = r.mapping(seq[i], f"stacking.highest 第 {i + 1} 组", allowed, ("scope", "clauses", "cite", "quote"),
                         line=r.at(seq, i))
        rule = Highest.read(r, node)
        for c in rule.clauses:
            if c in seen:
                r.fail(node, f"条款「{c}」同时在第 {seen[c] + 1} 组和第 {i + 1} 组就高",
                       "一个条款只能在一个就高组中；两组应当合并时写成一组", key="clauses")
            seen[c] = i
        out.append(rule)
    return tuple(out)


class Stacked:
    """What stacking decided for one case."""

    def __init__(self) -> None:
        self.steps: list[Step] = []
        self.set_aside: list[tuple[str, str]] = []
        self.missing: list[str] = []  # records 就高 / 差额 still need
        self.needs: dict[str, list[str]] = {}  # each of them: what it is needed for (就高, 差额, 第五十条统筹扣减)
        self.winners: list[ClauseResult] = []

    def need(self, record: str, purpose: str) -> None:
        """``record`` is not known, and ``purpose`` needs it."""
        if record not in self.missing:
            self.missing.append(record)
        purposes = self.needs.setdefault(record, [])
        if purpose not in purposes:
            purposes.append(purpose)


def stack(ctx: ScalarCtx, results: list[ClauseResult], shared: tuple[SharedCap, ...]) -> Stacked:
    """One case: 就高, then shared caps, then 差额, over the eligible monetary clauses (in place)."""
    policy, fmt, rec = ctx.policy, ctx.fmt, ctx.rec
    out = Stacked()

    cands = [r for r in results if r.eligible is True and r.clause.kind == "monetary"]
    for r in cands:
        r.granted_fen = r.ceiling_fen
    set_aside: set[int] = set()  # the ids of the results set aside by 就高
    for gi, rule in enumerate(policy.highests):  # 就高: each rule, or each group of clauses, on its own
        pool = [r for r in cands if not rule.clauses or r.clause.id in rule.clauses]  # the clauses that compete
        if not pool:
            continue
        # the largest ceiling; of equal ones the earliest clause (``max`` keeps the first of equal keys, and the
        # pool is in clause order). Results are told apart by identity: ``==`` on two ClauseResults compares
        # every field, down to the clauses' definitions (15% of a what-if curve's time went in ``list.index``)
        best = max(pool, key=lambda r: r.ceiling_fen or 0)
        for r in pool:
            if r is not best:
                note = Step("set_aside", r.clause.cite, "就高", {"winner": best.clause.cite,
                                                                 "best": best.ceiling_fen or 0,
                                                                 "own": r.ceiling_fen or 0},
                            0, fmt=fmt)
                r.granted_fen = 0
                r.stacking_note = note.text
                out.set_aside.append((r.clause.id, r.stacking_note))
                set_aside.add(id(r))
        prior = None if rec.priors is None else rec.priors[gi]
        if prior:
            # The year's total may not exceed the winner's bound; a grant already counted by the
            # winner's own caps is not subtracted twice.
            best.granted_fen = min(best.granted_fen or 0, max(0, (best.bound_fen or 0) - prior))
        elif prior is None:
            out.need("history", "就高")
        out.steps.append(Step("highest", rule.cite, "就高", {
            "candidates": len(pool), "winner": best.clause.cite, "best": best.ceiling_fen or 0,
            "scope": rule.scope, "prior": prior,
            "bound": best.bound_fen or 0}, best.granted_fen or 0, rule.quote, fmt=fmt))
    winners = [r for r in cands if id(r) not in set_aside]  # in clause order; the clauses in no group stack
    for cap in shared:
        cap.scalar(ctx, [r for r in winners if r.clause.id in cap.ids], out.steps)
    for r in winners:  # a clause's own deduction, and 差额 on the records naming a clause
        if not Deduct.scalar(ctx, r, out.steps):  # only a clause's own deduct leaves it unknown
            out.need("other_support", f"{r.clause.cite}统筹扣减")
    if policy.difference is not None and winners:
        got = rec.difference_fen
        d = policy.difference
        if got is None:
            out.need("other_support", "差额")
            out.steps.append(Step("difference", d.cite, "差额", {"got": None}, None, d.quote, fmt=fmt))
        elif got > 0:
            left = got
            cut_from = [r for r in winners if r.clause.id not in d.exempt and r.clause.deduct is None]
            before = sum(r.granted_fen or 0 for r in cut_from)
            for r in cut_from:
                cut = min(r.granted_fen or 0, left)
                r.granted_fen = (r.granted_fen or 0) - cut
                left -= cut
                if cut:
                    r.stacking_note = Step("difference_cut", r.clause.cite, "差额", {"cut": cut},
                                           r.granted_fen, fmt=fmt).text
            after = sum(r.granted_fen or 0 for r in cut_from)
            out.steps.append(Step("difference", d.cite, "差额", {"before": before, "got": got},
                                  after, d.quote, fmt=fmt))
    out.winners = winners
    return out


class ColumnStack:
    """Many cases: the same rules over clause-major ``(clauses, rows)`` arrays, fed clause by clause
    (:meth:`clause`, as soon as a clause's eligibility and ceiling are decided: for 就高 over every clause its
    rows are scored while still in cache), then :meth:`total` fills ``granted`` (-1 where not granted) and
    returns the totals."""

    def __init__(self, ctx: ArrayCtx, kinds: list[str], clause_ids: list[str], shared: tuple[SharedCap, ...],
                 eligible: npt.NDArray[np.int8], ceiling: I64, granted: I64) -> None:
        self.ctx, self.kinds, self.clause_ids, self.shared = ctx, kinds, clause_ids, shared
        self.eligible, self.ceiling, self.granted = eligible, ceiling, granted
        k, n = eligible.shape
        self.best: _Best | None = _Best(k, n) if ctx.policy.highest_over_all and k else None

    def clause(self, j: int, most: int | None = None) -> None:
        """Clause ``j``'s rows of ``eligible`` and ``ceiling`` are final; ``most``: a bound on its ceilings, if
        one is known (saves a pass over them)."""
        if self.best is not None:
            self.best.add(j, self.kinds[j] == "monetary", self.eligible[j], self.ceiling[j], self.granted[j], most)

    def total(self, bounds: list[I64 | None]) -> I64:
        """Every clause fed: stack. ``bounds``: per clause the ceiling before history (what 就高 compares a
        year's total with), ``None`` where it is the ceiling itself wherever the clause is eligible."""
        ctx, kinds, eligible, ceiling, granted = self.ctx, self.kinds, self.eligible, self.ceiling, self.granted
        clause_ids, shared = self.clause_ids, self.shared
        policy = ctx.policy
        k, n = eligible.shape
        left: I64 | None = None
        if policy.difference is not None:
            diff, dk = ctx.get("rec_difference_fen")
            left = diff * dk if dk is not None else diff  # unknown counts as none
        own = _own_deductions(ctx, clause_ids)
        if self.best is not None:
            best, top = self.best.result(ceiling, eligible, [kind == "monetary" for kind in kinds])
            return _highest(ctx, best, top, bounds, granted, left, own)
        cand: list[Mask | None] = [(eligible[j] == 1) if kind == "monetary" else None
                                   for j, kind in enumerate(kinds)]
        if policy.highests and k:  # 就高 within named groups of clauses
            return _group_columns(ctx, cand, ceiling, bounds, granted, shared, clause_ids, left, own)
        total = np.zeros(n, dtype=np.int64)
        sharing = [(cap.ids, list(cap.array_start(ctx))) for cap in shared]
        for j in range(k):
            c = cand[j]
            if c is None:
                granted[j] = -1
                continue
            row = g = granted[j]
            np.add(ceiling[j], 1, out=g)  # where(c, ceiling, -1), written in place
            np.multiply(g, c, out=g)
            g -= 1
            g, left = _after_ceiling(policy, clause_ids, j, g, c, sharing, own, left)
            if g is not row:
                row[...] = g
            total += np.maximum(g, 0)  # -1 where no candidate: adds nothing
        return total


def _own_deductions(ctx: ArrayCtx, clause_ids: list[str]) -> list[I64 | None]:
    """Per clause, the support deducted from it alone (``rec_deduct_fen__<clause>``; unknown counts as none), or
    None for a clause with no such column or none in any row."""
    has = set(deducted_clauses(ctx.policy))
    out: list[I64 | None] = []
    for cid in clause_ids:
        if cid not in has:
            out.append(None)
            continue
        v, known = ctx.get(deduct_column(cid))
        if known is not None:
            v = v * known
        out.append(v if np.count_nonzero(v) else None)  # none anywhere (the usual table): nothing to do per row
    return out


def _cut_by_difference(policy: m.Policy, j: int) -> bool:
    """Whether 差额's pool cuts clause ``j``: not exempt, and not a clause with its own ``deduct``."""
    c = policy.clauses[j]
    return policy.difference is not None and c.id not in policy.difference.exempt and c.deduct is None


class _Best:
    """就高 over every clause: per row the first largest candidate ceiling (ties go to the earlier clause),
    scored clause by clause. The clause index is packed below the score, ``(ceiling + 1) · 2^b + (k − 1 − j)``
    where clause ``j`` is a candidate, 0 where not, so that one running maximum (from ``k − 1``: the first
    clause, where no candidate has a computable ceiling) gives both the largest score and, among equal ones,
    the earliest clause."""

    def __init__(self, k: int, n: int) -> None:
        self.k, self.bits = k, max(1, (k - 1).bit_length())
        self.key: I64 | None = np.full(n, k - 1, dtype=np.int64)  # None: a score too large to pack was met
        self.s = np.empty(n, dtype=np.int64)  # scratch: one row

    def add(self, j: int, monetary: bool, eligible: npt.NDArray[np.int8], ceiling: I64, granted: I64,
            most: int | None) -> None:
        """Clause ``j``: score its rows (``most``: a bound on ``ceiling``, None: not known); grant 0 to each
        candidate (the winner's grant comes later), -1 to the rest."""
        cand = eligible == 1
        if not monetary:
            cand[:] = False
        np.subtract(cand.view(np.int8), 1, out=granted, casting="unsafe")
        if self.key is None or not monetary:
            return
        if most is None:
            most = int(ceiling.max(initial=-1))
        if most >= 1 << (62 - self.bits):  # would not pack: compared one by one at the end
            self.key = None
            return
        s = self.s
        np.left_shift(ceiling, self.bits, out=s)  # ceiling ≥ -1 (-1: not computable, scored 0 + the index)
        s += (1 << self.bits) + self.k - 1 - j
        s *= cand
        np.maximum(self.key, s, out=self.key)

    def result(self, ceiling: I64, eligible: npt.NDArray[np.int8],
               monetary: list[bool]) -> tuple[npt.NDArray[np.int64], I64]:
        """Per row the winning clause, and its ceiling (-1: no candidate with a computable one)."""
        key, k, bits = self.key, self.k, self.bits
        if key is None:
            return _first_largest(ceiling, eligible, monetary)
        best = (k - 1) - (key & ((1 << bits) - 1))
        top = key
        top >>= bits
        top -= 1
        return best, top


def _first_largest(ceiling: I64, eligible: npt.NDArray[np.int8],
                   monetary: list[bool]) -> tuple[npt.NDArray[np.int64], I64]:
    """What :class:`_Best` gives, clause by clause without packing: for ceilings too large to pack."""
    k, n = ceiling.shape
    top = np.full(n, -1, dtype=np.int64)
    best = np.zeros(n, dtype=np.int64)
    for j in range(k):
        if not monetary[j]:
            continue
        s = (ceiling[j] + 1) * (eligible[j] == 1) - 1
        better = s > top
        np.maximum(top, s, out=top)
        best[better] = j
    return best, top


def _highest(ctx: ArrayCtx, best: npt.NDArray[np.int64], top: I64, bounds: list[I64 | None], granted: I64,
             left: I64 | None, own: list[I64 | None]) -> I64:
    """就高 over a block, with the winner ``best`` of each row and its ceiling ``top`` (:class:`_Best`): less the
    year's earlier grants (to the winner's bound), its own deduction, then 差额; the winner is granted that
    (the other candidates' 0 and the rest's -1 are in ``granted`` already). Returns the totals."""
    k, n = granted.shape
    has = top >= 0  # some candidate with a computable ceiling (the others leave the row's total 0)
    win = top
    prior, pk = ctx.get("rec_prior_fen")
    if pk is not None:
        prior = prior * pk  # unknown counts as none
    if np.count_nonzero(prior > 0):
        # the year's total may not exceed the winner's bound (a grant already counted by the winner's own
        # caps is not subtracted twice); a clause whose bound is its ceiling (None) leaves it at ``top``
        bound = top
        for j in range(k):
            b = bounds[j]
            if b is not None:
                bound = np.where(best == j, b, bound)  # (copyto with where= is slower on a scattered mask)
        bound = bound - prior
        np.maximum(bound, 0, out=bound)
        win = np.minimum(top, bound, out=bound)
    if any(x is not None for x in own):  # the winner's own deduction (its ``deduct``; records naming it)
        mine = np.zeros(n, dtype=np.int64)
        for j, x in enumerate(own):
            if x is not None:
                mine = np.where(best == j, x, mine)
        win = win - np.minimum(np.maximum(win, 0), mine) * has
    if left is not None:  # 差额: one winner per row meets it all (unless the winner is exempt from it)
        cuts = has
        spared = np.array([not _cut_by_difference(ctx.policy, j) for j in range(k)])
        if spared.any():
            cuts = has & ~spared[best]
        win = win - np.minimum(np.maximum(win, 0), left) * cuts
    granted[best, np.arange(n)] = win
    total: I64 = np.maximum(win, 0) * has
    return total


def _after_ceiling(policy: m.Policy, clause_ids: list[str], j: int, g: I64, rows: Mask,
                   sharing: list[tuple[Any, list[Any]]], own: list[I64 | None],
                   left: I64 | None) -> tuple[I64, I64 | None]:
    """Clause ``j``'s grant ``g`` on the ``rows`` it is paid in, after its ceiling: the shared caps it is under,
    the support deducted from it alone, then 差额 (what is ``left`` of the support to deduct, less what this
    clause takes), in that order, as :func:`stack` does for one case."""
    for ids, state in sharing:
        if clause_ids[j] in ids:
            g = SharedCap.array_take(state, g, rows)
    mine = own[j]
    if mine is not None:  # the support deducted from this clause alone
        g = g - np.minimum(np.maximum(g, 0), mine) * rows
    if left is not None and _cut_by_difference(policy, j):
        cut = np.minimum(np.maximum(g, 0), left) * rows
        g = g - cut
        left = left - cut
    return g, left


def _group_columns(ctx: ArrayCtx, cand: list[Mask | None], ceiling: I64, bounds: list[I64 | None], granted: I64,
                   shared: tuple[SharedCap, ...], clause_ids: list[str], left: I64 | None,
                   own: list[I64 | None]) -> I64:
    """就高 within named groups (``stacking.highest``'s ``clauses``, one group or a list of them): in each group
    the highest of its candidates wins (the first on a tie), less the group's prior grants; the clauses in no
    group stack; then shared caps and 差额 over the winners in clause order, as :func:`stack` does for one case."""
    policy = ctx.policy
    n = ctx.n
    group_of = [policy.highest_group(c) for c in clause_ids]
    best_of: list[npt.NDArray[np.int64]] = []
    win_of: list[I64] = []
    for gi in range(len(policy.highests)):
        top = np.full(n, -1, dtype=np.int64)
        best = np.full(n, -1, dtype=np.int64)
        bound = np.zeros(n, dtype=np.int64)
        for j in range(len(clause_ids)):
            c = cand[j]
            if c is None or group_of[j] != gi:
                continue
            s = (ceiling[j] + 1) * c - 1
            better = s > top
            top = np.where(better, s, top)
            best = np.where(better, j, best)
            b = bounds[j]
            bound = np.where(better, ceiling[j] if b is None else b, bound)
        prior, pk = ctx.get(prior_column(gi))
        if pk is not None:
            prior = prior * pk  # unknown counts as none
        best_of.append(best)
        win_of.append(np.where(best >= 0, np.minimum(top, np.maximum(0, bound - prior)), -1))
    sharing = [(cap.ids, list(cap.array_start(ctx))) for cap in shared]
    total = np.zeros(n, dtype=np.int64)
    for j in range(len(clause_ids)):
        c = cand[j]
        if c is None:
            granted[j] = -1
            continue
        in_group = group_of[j]
        if in_group is not None:
            winner = c & (best_of[in_group] == j)
            g = np.where(winner, win_of[in_group], np.where(c, 0, -1))  # a candidate set aside gets 0
        else:
            winner = c
            g = (ceiling[j] + 1) * c - 1
        g, left = _after_ceiling(policy, clause_ids, j, g, winner, sharing, own, left)
        granted[j] = g
        total += np.maximum(g, 0) * winner
    return total
