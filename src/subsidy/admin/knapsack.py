"""The 0/1 knapsack behind ``optimal`` selection, solved exactly: a Lagrangian bound, variable fixing
and a small MILP over what the bound cannot decide.

The problem: choose items (applications) of greatest total ``value`` (integer score points) within
a total ``capacity`` (the budget, 分), within each budgeted clause's ``row_capacity``, and with at
most one item per ``group`` (an entity under 就高, 不重复支持; otherwise every item is its own group).

**Bound.** Relax the budget rows with multipliers ``λ₀`` (total) and ``λₖ`` (clause k), all ≥ 0. An
item's reduced value is ``rᵢ = vᵢ − (λ₀ + λₖ)·wᵢ``; a group contributes its best positive reduced
value. For *any* multipliers, ``L(λ) = λ₀·B + Σ λₖ·Bₖ + Σ_groups max(0, max rᵢ)`` bounds the value of
every feasible choice from above (the relaxed rows' slack is priced at ≥ 0, and picking at most one
item per group is exactly what the group term maximises). The multipliers are found by coordinate
descent on ``L`` (each coordinate a line search on the sign of its budget row's slack); better
multipliers only fix more items, never change the answer.

**Fixing.** The Lagrangian choice ``d`` takes each group's best item if its reduced value is
positive. Flipping item i away from ``dᵢ`` lowers the bound to at most ``L − mᵢ``, ``mᵢ ≥ 0`` its
margin (``d``'s item dropped: its lead over the group's runner-up or 0; another item taken: the
group's best minus its reduced value). Given a feasible choice of value ``z`` (scores are integers),
a choice worth ``z + 1`` or more agrees with ``d`` on every item whose margin exceeds ``L − z − 1``.

**Core.** The best choice over a core of small-margin items, the rest held at ``d``, is feasible;
once the core holds every item the margin test leaves open for that choice's value, no better choice
exists anywhere (it would agree with ``d`` outside the core, and the core was solved to optimality).
Otherwise the core grows to those items and is solved again; a better
choice that is not proven shrinks the core to the items left open around it, solved again. A core is
solved exactly by a table over integer values (:func:`_by_values`) when one budget binds in it; when
several bind, by partial choices over the entities that can still beat the best choice known
(:func:`_by_losses`: any budgets, any entities; each partial choice's value plus a Lagrangian bound on
what the entities after it can add, given the room it leaves in each budget, a few multiplier vectors
near the bound's; a first pass keeping only the most promising gives the choice to beat). Where those
grow too many and one or two clause budgets bind (with the total or not) with entities (就高) applying
under two of them, or under one and the clauses without a budget: by every choice of those entities
that the core's own Lagrangian bound leaves able to beat the best choice known, each completed exactly
by the tables per side below over the other entities, in the room it leaves (:func:`_by_spanners`, when
those choices are few). Else part by part when several clause budgets bind and the total does not
(:func:`_by_parts`); by a table per side (:func:`_by_sides`) when the total and one or two clause
budgets bind (or two clause budgets in one part): the items of the first budgeted clause, its table cut
at its budget, then the items limited by the total alone, in one table; the second clause's items in
another, cut at its budget; the best pair of values within the total by a search over the first table's
least weight for at least each value. An entity (就高) with applications on two sides is settled by
branch and bound over such tables (the relaxation lets it take one on each side). Else, with three or
more binding clause budgets, or too many entities spanning the sides, by HiGHS. Cores have tens to
hundreds of items where the whole problem has 10⁵. Every figure the proof rests on is checked in
integers (the choice's weights and value) or with a float error margin (the bound).

Where HiGHS is needed (the partial choices too many: many items lie close to the bound — with 就高,
three budgets binding at 10⁵ in ``bench/selection_bench.py --binding``), the cores may take long (the
partial choices' best guess is kept if HiGHS does no better); ``time_limit`` then bounds the whole solve
(each HiGHS solve is given what is left of it; none is started once it is spent: :data:`TIMED_OUT`) and the
answer, the best choice found, is marked as not proven, as it is when the branch and bound stops at
:data:`_NODES` relaxations (:data:`BRANCHED`). An answer not proven still carries the bound
(``Solution.bound``, the Lagrangian bound floored): no choice is worth more, so the selection's note says
how far from the best it can be at most.

At 10⁵ with three budgets and 就高 (``bench/selection_bench.py --binding``) the answer is still not proven:
the first core (106 items, 10 entities spanning two sides) is solved exactly by :func:`_by_spanners` in
about a second (once the partial choices have given up on it), but the items the bound then leaves open
around that choice (436, 74 entities spanning two sides, most of whose choices are within the bound)
are too many for it, for the partial choices and for HiGHS (400 s on that core alone end below the
choice known). The note then says 0.29 of 3.8 million points at most; the bound (3,808,047.00 floored)
is the LP relaxation's (3,808,046.9994) to within its flooring, so no multipliers narrow it. The choice
known is not the best either: a first pass of the partial choices keeping 200,000 rather than
:data:`_BEAM` finds 0.03 points more on that core, in a minute."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

__all__ = ["BRANCHED", "GAP_REACHED", "TIMED_OUT", "UNFIT", "Knapsack", "Solution", "feasible", "plain", "rows", "solve"]

Ints = NDArray[np.int64]
Bools = NDArray[np.bool_]
Floats = NDArray[np.float64]

GAP_REACHED = 5  # statuses beside HiGHS's own (0 optimal, 1 time or iteration limit, 2 infeasible, ...)
UNFIT = 6
BRANCHED = 7  # several budgets bind and too many entities span them: a choice by the tables, not a proof
_CORE = 48
_TABLE_CELLS = 2**27  # bytes of the value table's choices  # items in the first core MILP (the smallest margins)
_ROUNDS = 12  # coordinate descent passes over the multipliers at most (they stop once L stops falling)
_GROW = 6  # core solves at most: each grows the core, or shrinks it around a better choice


@dataclass(frozen=True)
class Knapsack:
    value: Ints  # score points (≥ 0)
    weight: Ints  # 分 (> 0)
    clause: Ints  # index into row_capacity, or -1: the item's clause has no budget of its own
    capacity: int  # the total budget
    row_capacity: Ints  # each budgeted clause's budget
    group: Ints  # at most one item per group; groups numbered 0..G-1

    @property
    def size(self) -> int:
        return len(self.value)


@dataclass(frozen=True)
class Solution:
    chosen: Bools
    proven: bool  # optimal: the bound and the core MILP say so
    fixed: int  # items decided by the bound
    solved: int  # items of the (last) core MILP
    status: int  # HiGHS status of the last core MILP (0: optimal), or 0 when none was needed
    bound: int = 0  # no feasible choice is worth more (the Lagrangian bound, floored): chosen's value when proven


def feasible(ks: Knapsack, x: Bools) -> bool:
    """``x`` within every budget and one per group, in exact integers."""
    w = ks.weight[x]
    if int(w.sum()) > ks.capacity:
        return False
    budgeted = ks.clause[x] >= 0
    per = np.zeros(len(ks.row_capacity), dtype=np.int64)
    np.add.at(per, ks.clause[x][budgeted], w[budgeted])
    groups = ks.group[x]
    return bool((per <= ks.row_capacity).all()) and len(np.unique(groups)) == len(groups)


def rows(ks: Knapsack, items: Ints, left: int, row_left: Ints) -> tuple[Any, Floats]:
    """The MILP rows over ``items``: the total budget ``left``, each budgeted clause's ``row_left``, one
    per group (groups with two or more of the items); a sparse matrix and the rows' upper bounds."""
    from scipy.sparse import csr_array

    n = len(items)
    cols = np.arange(n)
    w = ks.weight[items].astype(np.float64)
    parts_r, parts_c, parts_v, upper = [np.zeros(n, dtype=np.int64)], [cols], [w], [float(left)]
    k = ks.clause[items]
    used = np.unique(k[k >= 0])
    for i, j in enumerate(used):
        m = k == j
        parts_r.append(np.full(int(m.sum()), 1 + i))
        parts_c.append(cols[m])
        parts_v.append(w[m])
    upper += [float(row_left[j]) for j in used]
    g = ks.group[items]
    _, inverse, counts = np.unique(g, return_inverse=True, return_counts=True)
    shared = counts[inverse] > 1
    row_of = np.cumsum(counts > 1) - 1 + 1 + len(used)
    parts_r.append(row_of[inverse[shared]])
    parts_c.append(cols[shared])
    parts_v.append(np.ones(int(shared.sum())))
    upper += [1.0] * int((counts > 1).sum())
    ub = np.array(upper)
    matrix = csr_array((np.concatenate(parts_v), (np.concatenate(parts_r), np.concatenate(parts_c))),
                       shape=(len(ub), n))
    return matrix, ub


class _Lagrangian:
    """``L(λ)`` and its parts, items held sorted by group so that a group's best is one ``reduceat``."""

    def __init__(self, ks: Knapsack) -> None:
        self.ks = ks
        self.order = np.argsort(ks.group, kind="stable")
        g = ks.group[self.order]
        self.starts = np.flatnonzero(np.r_[True, g[1:] != g[:-1]])
        self.sizes = np.diff(np.r_[self.starts, len(g)])
        self.v = ks.value[self.order].astype(np.float64)
        self.w = ks.weight[self.order].astype(np.float64)
        self.k = ks.clause[self.order]
        self.rows = len(ks.row_capacity)
        self.caps = ks.row_capacity.astype(np.float64)
        # the same figures, computed once: each item's clause as an index, whether it has one, each row's
        # items, and whether every group is one item (no 就高: a group's best is the item itself)
        self.clause_at = np.maximum(self.k, 0)
        self.budgeted = self.k >= 0
        self.in_row = [self.k == j for j in range(self.rows)]
        self.single = len(self.starts) == len(g)

    def reduced(self, lam: Floats) -> Floats:
        """Reduced values (group order); ``lam[0]`` the total's multiplier, ``lam[1 + j]`` clause j's."""
        out: Floats = self.v - self.mu(lam) * self.w
        return out

    def best(self, r: Floats) -> Floats:
        if self.single:
            return r
        top: Floats = np.maximum.reduceat(r, self.starts)
        return top

    def spread(self, top: Floats) -> Floats:
        """Each group's figure at each of its items."""
        out: Floats = top if self.single else np.repeat(top, self.sizes)
        return out

    def taken(self, r: Floats) -> Bools:
        """``d``: each group's first best item when its reduced value is positive (group order)."""
        top = self.spread(self.best(r))
        hit = (r == top) & (r > 0)
        first = np.cumsum(hit) - np.repeat(np.cumsum(hit)[self.starts] - hit[self.starts], self.sizes)
        out: Bools = hit & (first == 1)
        return out

    def value(self, lam: Floats, r: Floats) -> float:
        return float(lam[0] * self.ks.capacity + lam[1:] @ self.caps + np.maximum(self.best(r), 0).sum())

    def slack(self, lam: Floats, coord: int) -> float:
        """The relaxed row's capacity minus what ``d`` puts in it: the derivative of ``L`` in ``coord``."""
        r = self.reduced(lam)
        d = (r == self.spread(self.best(r))) & (r > 0)  # ties (rare) only blur the slope
        if coord == 0:
            return float(self.ks.capacity - self.w[d].sum())
        return float(self.caps[coord - 1] - self.w[d & self.in_row[coord - 1]].sum())

    def mu(self, lam: Floats) -> Floats:
        """Each item's price per 分 (group order): the total's multiplier plus its clause's."""
        own = lam[1:][self.clause_at] if self.rows else np.zeros(len(self.k))
        out: Floats = lam[0] + np.where(self.budgeted, own, 0.0)
        return out

    def line(self, lam: Floats, coord: int) -> float:
        """The least value of multiplier ``coord`` (the others as in ``lam``) at which its row is within
        capacity: there ``L``, convex in it, stops falling. Its row's use only falls as it grows."""
        trial = lam.copy()

        def fits(t: float) -> bool:
            trial[coord] = t
            return self.slack(trial, coord) >= 0

        if fits(0.0):
            return 0.0
        affected = slice(None) if coord == 0 else self.k == coord - 1
        # where an affected item's reduced value crosses 0; past the last, the row is empty
        points = np.unique(self.v[affected] / self.w[affected] - (self.mu(lam) - lam[coord])[affected])
        points = points[points > 0]
        if not len(points):  # the row over only by float rounding at 0: leave the multiplier as it is
            return float(lam[coord])
        lo, hi = 0, len(points) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            lo, hi = (lo, mid) if fits(float(points[mid])) else (mid + 1, hi)
        low, high = (float(points[lo - 1]) if lo else 0.0), float(points[lo])
        for _ in range(12):  # between breakpoints a group may switch items: narrow down in floats
            mid_value = (low + high) / 2
            low, high = (low, mid_value) if fits(mid_value) else (mid_value, high)
        return high

    def slacks(self, lam: Floats) -> Floats:
        """Every relaxed row's slack at once: the total's, then each clause's."""
        r = self.reduced(lam)
        d = (r == self.spread(self.best(r))) & (r > 0)
        used = np.bincount(self.k[d & (self.k >= 0)], weights=self.w[d & (self.k >= 0)], minlength=self.rows)
        out: Floats = np.r_[self.ks.capacity - self.w[d].sum(), self.caps - used[:self.rows]]
        return out

    def shift(self, lam: Floats) -> Floats:
        """Move price from the total to every clause budget (``λ₀ − t``, each ``λₖ + t``) as far as ``L``
        falls: where the clause budgets bind and the total does not, coordinates alone get stuck (lowering
        ``λ₀`` overfills the clauses, raising a ``λₖ`` alone overshoots)."""
        if not self.rows or lam[0] <= 0:
            return lam
        step = np.r_[-1.0, np.ones(self.rows)]

        def rising(t: float) -> bool:  # L's slope along step, at t, is ≥ 0
            sl = self.slacks(lam + t * step)
            return float(sl[1:].sum() - sl[0]) >= 0

        if rising(0.0):
            return lam
        low, high = 0.0, float(lam[0])
        if not rising(high):
            low = high  # all the way: λ₀ = 0
        for _ in range(30 if low < high else 0):
            mid = (low + high) / 2
            low, high = (low, mid) if rising(mid) else (mid, high)
        out: Floats = lam + high * step
        return out

    def descend(self) -> Floats:
        """Multipliers that make ``L`` small: coordinate descent and a shift between the total and the
        clauses, a few passes (any multipliers give a valid bound; better ones fix more)."""
        lam = np.zeros(1 + self.rows)
        best = self.value(lam, self.reduced(lam))
        for _ in range(_ROUNDS):
            for coord in range(1 + self.rows):
                lam[coord] = self.line(lam, coord)
            shifted = self.shift(lam)
            if self.value(shifted, self.reduced(shifted)) < self.value(lam, self.reduced(lam)):
                lam = shifted
            now = self.value(lam, self.reduced(lam))
            if best - now < 0.5:
                break
            best = now
        return lam


def _groups(ks: Knapsack, items: Ints) -> list[Ints]:
    """``items`` by group (each group's items in their order), groups in number order."""
    order = np.argsort(ks.group[items], kind="stable")
    g = ks.group[items][order]
    return [items[m] for m in np.split(order, np.flatnonzero(g[1:] != g[:-1]) + 1)] if len(items) else []


@dataclass(frozen=True)
class _Table:
    """After the groups ``members``: ``least[v]``, the least weight (of one row) of a choice worth exactly
    ``v`` (at most one item per group), or :data:`_FAR` where none is (or it was pruned)."""

    least: Ints
    members: list[Ints]
    picks: list[NDArray[np.int8]]  # per group, over [low, reach]: 0 none of it, else member index + 1
    low: Ints

    def choice(self, ks: Knapsack, at: int) -> Ints:
        """The items of the choice worth ``at`` that the table holds."""
        chosen = []
        for gi in range(len(self.members) - 1, -1, -1):
            o = int(self.picks[gi][at - int(self.low[gi])]) if self.low[gi] <= at < self.low[gi] + len(self.picks[gi]) else 0
            if o:
                it = int(self.members[gi][o - 1])
                chosen.append(it)
                at -= int(ks.value[it])
        return np.array(chosen, dtype=np.int64)


_FAR = np.int64(2**62)  # unreachable; plus any weight it stays below 2**63


def _table(ks: Knapsack, members: list[Ints], need: Ints, target: int, upper: int, extra: int = 0,
           cut: tuple[int, int] | None = None, resume: _Table | None = None) -> _Table | None:
    """The value table over ``members`` (lists of item numbers, one per group), ``need`` each item's
    weight in the row it tracks; None when it would be too large. Only the values that can still end in
    ``[target, upper]`` are kept: after a group, at least ``target`` less what the groups after it (and
    ``extra``, what another table can add) can add, at most ``upper``. ``cut`` ``(p, cap)``: after the
    first ``p`` groups, every choice over ``cap`` is dropped (their row is then within its budget).
    ``resume``: a table over a first part of ``members`` (the same ``need`` and ``target``, an ``upper`` at least
    this one's), carried on from rather than built again; a ``cut`` must then fall after that part."""
    v = ks.value
    most = np.array([int(v[m].max()) for m in members], dtype=np.int64)
    upper = max(min(upper, int(most.sum())), 0)
    after = int(most.sum()) - np.cumsum(most) + extra  # the most the groups after each can add
    reach = np.minimum(np.cumsum(most), upper)  # the most the groups up to each can add
    low = np.maximum(target - after, 0)
    start = 0 if resume is None else len(resume.members)
    assert cut is None or cut[0] >= start, "a cut inside the resumed part would never be applied"
    if (int((reach - low + 1)[start:].clip(0).sum()) > _TABLE_CELLS
            or max((len(m) for m in members), default=0) > 127):
        return None
    least = np.full(upper + 1, _FAR, dtype=np.int64)
    least[0] = 0
    picks: list[NDArray[np.int8]] = []
    if resume is not None:
        kept = min(len(resume.least), upper + 1)
        least[:kept] = resume.least[:kept]
        picks = list(resume.picks)
        low[:start] = resume.low
    trial = np.empty(upper + 1, dtype=np.int64)
    better = np.empty(upper + 1, dtype=bool)
    for gi, m in enumerate(members[start:], start):
        if cut is not None and gi == cut[0]:
            least[least > cut[1]] = _FAR
        lo, hi = int(low[gi]), int(reach[gi])
        pick = np.zeros(max(hi - lo + 1, 0), dtype=np.int8)
        picks.append(pick)
        # each option reads the table as it was before the group (one item per group): a copy if several
        best = least.copy() if len(m) > 1 else least
        for oi, it in enumerate(m.tolist()):
            value, weight = int(v[it]), int(need[it])
            a = max(lo, value)
            if a > hi:
                continue
            span = slice(a, hi + 1)
            np.add(least[a - value:hi + 1 - value], weight, out=trial[span])
            np.less(trial[span], best[span], out=better[span])
            np.copyto(best[span], trial[span], where=better[span])
            np.copyto(pick[a - lo:], np.int8(oi + 1), where=better[span])
        least = best
    if cut is not None and cut[0] >= len(members):
        least[least > cut[1]] = _FAR
    return _Table(least, members, picks, low)


def _by_values(ks: Knapsack, items: Ints, left: int, row_left: Ints, target: int, upper: int) -> Ints | None:
    """The best choice among ``items`` (at most one per group) worth ``target`` to ``upper``, when at
    most one budget row can bind (every other has room for all of them): a table, over integer values,
    of the least weight that row needs to reach each (:func:`_table`). An empty array when no choice is
    worth ``target``; None when two rows could bind or the table would be too large."""
    w, k = ks.weight[items], ks.clause[items]
    per = np.zeros(len(row_left), dtype=np.int64)
    np.add.at(per, k[k >= 0], w[k >= 0])
    binding = [int(j) for j in np.flatnonzero(per > row_left)]
    if int(w.sum()) > left or not binding:
        binding.insert(0, -1)
    if len(binding) > 1:
        return None
    row = binding[0]
    need, cap = (ks.weight, left) if row == -1 else (np.where(ks.clause == row, ks.weight, 0), int(row_left[row]))
    table = _table(ks, _groups(ks, items), need, target, upper)
    if table is None:
        return None
    hits = np.flatnonzero(table.least[target:] <= cap)
    if not len(hits):
        return items[:0]
    return table.choice(ks, target + int(hits.max()))


def _sides_best(ks: Knapsack, items: Ints, side: Ints, left: int, caps: tuple[int, int], target: int,
                upper: int) -> Ints | None:
    """The best choice among ``items`` worth ``target`` to ``upper`` where each group's items lie on one
    side: 0 and 1 the items of two budgeted clauses (``caps`` their budgets left), 2 the others (limited
    by the total ``left`` only). One table for side 0 cut at its budget and then side 2 (their weights
    count in the total alone), one for side 1 cut at its own; the best pair of values whose weights fit
    ``left`` is found by a search over the first table's least weight for *at least* each value
    (nondecreasing). An empty array when no choice is worth ``target``; None when a table is too large."""
    first = _groups(ks, items[side == 0])
    cut = len(first)
    first += _groups(ks, items[side == 2])
    second = _groups(ks, items[side == 1])

    def most(members: list[Ints]) -> int:
        return sum(int(ks.value[m].max()) for m in members)

    a = _table(ks, first, ks.weight, target, upper, most(second), (cut, caps[0]))
    if a is None:
        return None
    if not second:
        hits = np.flatnonzero(a.least[target:] <= left)
        return a.choice(ks, target + int(hits.max())) if len(hits) else items[:0]
    b = _table(ks, second, ks.weight, target, upper, most(first), (len(second), caps[1]))
    if b is None:
        return None
    # at_least[x]: the least weight of the first table's choices worth x or more, at where[x]
    n = len(a.least)
    rev = a.least[::-1]
    low_rev = np.minimum.accumulate(rev)
    where = n - 1 - np.maximum.accumulate(np.where(rev == low_rev, np.arange(n), 0))[::-1]
    at_least = low_rev[::-1]
    bs = np.flatnonzero(b.least <= min(caps[1], left))
    if not len(bs):
        return items[:0]
    x = np.searchsorted(at_least, left - b.least[bs], side="right") - 1
    ok = x >= 0
    if not ok.any():
        return items[:0]
    bs, x = bs[ok], x[ok]
    totals = where[x] + bs
    i = int(np.argmax(totals))
    if int(totals[i]) < target:
        return items[:0]
    return np.concatenate([a.choice(ks, int(where[x[i]])), b.choice(ks, int(bs[i]))])


_COMBOS = 200_000  # choices of the spanning entities kept at once by :func:`_by_spanners`, at most (else: None)
_TRIALS = 1 << 23  # choices tried at once by :func:`_by_spanners` before the bound prunes them (64 MiB), at most
_CLASSES = 64  # distinct room left in the cut side's budget by those choices, at most (a table each)


def _by_spanners(ks: Knapsack, items: Ints, side: Ints, left: int, caps: tuple[int, int], target: int,
                 upper: int) -> Ints | None:
    """As :func:`_sides_best`, exactly, where some entities (就高) have items on two or three sides: every
    choice of those entities (none of its items, or one) that the Lagrangian bound of the core leaves able to
    reach ``target``, each with the best of the other items in the room it leaves. Those are one-sided: a
    table over the first clause's items cut at what that choice leaves of its budget, then the items limited
    by the total alone (one per such room, carried on from one table of the first clause's items); a table
    of the second clause's items, whose least weights for each value (those lighter than every value above)
    are paired with the first table's best in the total's room left (a Lagrangian bound on the total alone
    passing over the pairs that cannot reach ``target``). The side cut in its table is the one whose room
    takes fewer values. An empty array when no choice is worth ``target``; None when no entity spans the
    sides, when one has more than 126 applications (an option's number is an int8), or when its choices
    (:data:`_COMBOS` kept, :data:`_TRIALS` tried), their rooms (:data:`_CLASSES`) or a table are too many."""
    g = ks.group[items]
    order = np.lexsort((side, g))
    gs, ss = g[order], side[order]
    starts = np.flatnonzero(np.r_[True, gs[1:] != gs[:-1]])
    mixed = np.maximum.reduceat(ss, starts) != np.minimum.reduceat(ss, starts)
    spanning = np.isin(g, gs[starts[mixed]])
    if not spanning.any():
        return None
    # the core's own multipliers: the total (left), then the two sides' budgets
    sub = Knapsack(ks.value[items], ks.weight[items], np.where(side < 2, side, -1), left,
                   np.array(caps, dtype=np.int64), np.unique(g, return_inverse=True)[1].reshape(-1))
    lag = _Lagrangian(sub)
    lam = np.maximum(np.r_[lag.descend(), 0.0, 0.0][:3], 0.0)  # any multipliers ≥ 0 give a bound
    red = lag.reduced(lam)[np.argsort(lag.order)]  # each of items' reduced value (items' order)
    fixed = ~spanning
    fixed_groups = _groups(ks, items[fixed])
    pos = {int(it): i for i, it in enumerate(items.tolist())}
    base = float(lam[0] * left + lam[1] * caps[0] + lam[2] * caps[1]
                 + sum(max(0.0, float(red[[pos[int(i)] for i in m]].max())) for m in fixed_groups))
    tol = 1e-9 * (float(np.abs(sub.value).sum()) + float(lam @ np.r_[left, caps]) + float(np.abs(red).sum())) + 1e-6
    spans = _groups(ks, items[spanning])
    if max(len(m) for m in spans) > 126:  # an option's number must fit an int8
        return None
    # each spanning entity's options: none (-1), or one of its items; the choices of all, as columns
    opt_red = [np.r_[0.0, red[[pos[int(i)] for i in m]]] for m in spans]
    rest = np.r_[np.cumsum([max(0.0, float(o.max())) for o in opt_red][::-1])[::-1], 0.0]
    bound = np.array([base])
    picks = np.zeros((0, 1), dtype=np.int8)
    for si, o in enumerate(opt_red):
        if len(bound) * len(o) > _TRIALS:  # refused before the trial array is made
            return None
        trial = (bound[:, None] + o[None, :]).reshape(-1)
        keep = np.flatnonzero(trial + rest[si + 1] + tol >= target)
        if len(keep) > _COMBOS:
            return None
        bound = trial[keep]
        picks = np.vstack([picks[:, keep // len(o)], (keep % len(o)).astype(np.int8)[None, :]])
    if not len(bound):
        return items[:0]
    # each choice's value and weight in each side and in the total, in integers
    val = np.zeros(len(bound), dtype=np.int64)
    wt = np.zeros((3, len(bound)), dtype=np.int64)
    for si, m in enumerate(spans):
        on = picks[si] > 0
        o = np.maximum(picks[si].astype(np.int64) - 1, 0)
        it, its = m[o], side[[pos[int(i)] for i in m]][o]  # each choice's item of this entity, and its side
        val += np.where(on, ks.value[it], 0)
        wt[2] += np.where(on, ks.weight[it], 0)
        for s_ in (0, 1):
            wt[s_] += np.where(on & (its == s_), ks.weight[it], 0)
    room = np.array([caps[0], caps[1], left], dtype=np.int64)[:, None] - wt
    fits = (room >= 0).all(axis=0)
    # the side whose room takes fewer values is cut in the first table, the other paired
    cut_side = 0 if len(np.unique(room[0, fits])) <= len(np.unique(room[1, fits])) else 1
    fits_ix = np.flatnonzero(fits)
    rooms = np.unique(room[cut_side, fits_ix])
    if len(rooms) > _CLASSES:
        return None
    first = _groups(ks, items[fixed & (side == cut_side)])
    third = _groups(ks, items[fixed & (side == 2)])
    second = _groups(ks, items[fixed & (side == 1 - cut_side)])

    def most(members: list[Ints]) -> int:
        return sum(int(ks.value[m].max()) for m in members)

    # only the values that can still end in a choice worth target (as _table keeps them)
    over = most(spans)
    prefix = _table(ks, first, ks.weight, target, upper, most(third) + most(second) + over)
    paired = _table(ks, second, ks.weight, target, upper, most(first) + most(third) + over)
    if prefix is None or paired is None:
        return None
    lb = paired.least
    tail = np.r_[np.minimum.accumulate(lb[::-1])[::-1][1:], _FAR]
    pv = np.flatnonzero(lb < tail)  # values lighter than every value above: the pairs worth looking at
    pw = lb[pv]
    price = float(lam[0])
    best_value, best_at, best_table = target - 1, None, prefix
    # rooms in the order of their best choice's bound, choices within each likewise
    by_room = {int(c): fits_ix[room[cut_side, fits_ix] == c] for c in rooms.tolist()}
    for c in sorted(by_room, key=lambda c: -float(bound[by_room[c]].max())):
        members = by_room[c][np.argsort(-bound[by_room[c]], kind="stable")]
        if float(bound[members[0]]) + tol < best_value + 1:
            continue
        table = _table(ks, first + third, ks.weight, target, upper, most(second) + over, (len(first), c), prefix)
        if table is None:
            return None
        at_least = np.minimum.accumulate(table.least[::-1])[::-1]
        ok = table.least < _FAR
        most_a = float((np.flatnonzero(ok) - price * table.least[ok]).max())
        for ci in members.tolist():
            if float(bound[ci]) + tol < best_value + 1:
                break
            need = best_value + 1 - int(val[ci])
            total_room, paired_room = int(room[2, ci]), int(room[1 - cut_side, ci])
            j = int(np.searchsorted(pw, min(paired_room, total_room), side="right"))
            cv, cw = pv[:j], pw[:j]
            sel = cv - price * cw + most_a + price * total_room + tol >= need
            cv, cw = cv[sel], cw[sel]
            if not len(cv):
                continue
            got = cv + np.searchsorted(at_least, total_room - cw, side="right") - 1
            k = int(np.argmax(got))
            if int(got[k]) >= need:
                best_value = int(val[ci]) + int(got[k])
                best_at, best_table = (ci, int(got[k]) - int(cv[k]), int(cv[k])), table
    if best_at is None:
        return items[:0]
    ci, a_value, b_value = best_at
    chosen = [m[int(picks[si, ci]) - 1] for si, m in enumerate(spans) if picks[si, ci] > 0]
    return np.concatenate([np.array(chosen, dtype=np.int64), best_table.choice(ks, a_value),
                           paired.choice(ks, b_value)])


_NODES = 16  # relaxations solved at most by :func:`_by_sides` (else: its best choice, not proven)
_SPANNING = 5  # entities taking an item on each side in the first relaxation, at most (else: HiGHS)


def _sides(ks: Knapsack, items: Ints, left: int, row_left: Ints) -> tuple[Ints, tuple[int, int]] | None:
    """Each of ``items``' side when one or two clause budgets bind (0, 1: the binding clauses', 2: the
    others'), with the budgets left of those two (the total's ``left`` for a second when only one binds);
    None when none or more than two bind."""
    w, k = ks.weight[items], ks.clause[items]
    per = np.zeros(len(row_left), dtype=np.int64)
    np.add.at(per, k[k >= 0], w[k >= 0])
    binding = np.flatnonzero(per > row_left)
    if not 1 <= len(binding) <= 2:
        return None
    side = np.full(len(items), 2, dtype=np.int64)
    side[k == binding[0]] = 0
    caps = (int(row_left[binding[0]]), left)
    if len(binding) == 2:
        side[k == binding[1]] = 1
        caps = (caps[0], int(row_left[binding[1]]))
    return side, caps


def _by_sides(ks: Knapsack, items: Ints, left: int, row_left: Ints, target: int, upper: int, *,
              spanners: bool, branch: bool = True) -> tuple[Ints | None, int]:
    """The best choice among ``items`` worth ``target`` to ``upper`` when one or two clause budgets bind
    with the total (or two clause budgets without it), by the value tables of :func:`_sides_best`, with a
    status as :func:`_milp`'s (an empty array: no choice is worth ``target``).

    An entity (group) with items on two sides cannot be one group of either table. Branch and bound: the
    relaxation lets such an entity take one item on each side (its items split into a group per side), so
    its best is a bound for every choice of the branch; where it takes one item or none of every such
    entity it is a choice, and the best so far; else the branch splits on an entity taking two, placed on
    each of its sides in turn (its items on the others dropped). After :data:`_NODES` relaxations: the
    best choice found, status :data:`BRANCHED` (not a proof). None, 0 when three or more clause budgets
    bind or a table would be too large.

    Before that (``spanners``), where entities span the sides, :func:`_by_spanners`: exact when it applies;
    ``branch`` False: that alone (None, 0 where it does not apply)."""
    sided = _sides(ks, items, left, row_left)
    if sided is None:
        return None, 0
    side, caps = sided
    spanned = _by_spanners(ks, items, side, left, caps, target, upper) if spanners else None
    if spanned is not None or not branch:
        return spanned, 0
    g = ks.group[items]
    best: Ints = items[:0]
    stack = [np.ones(len(items), dtype=bool)]  # the items each open branch keeps
    for node in range(_NODES):
        if not stack:
            return best, 0
        keep = stack.pop()
        got = _sides_best(ks, items[keep], side[keep], left, caps, target, upper)
        if got is None:
            return None, 0
        if not len(got):
            continue  # nothing in this branch is worth target
        taken, counts = np.unique(ks.group[got], return_counts=True)
        if (counts == 1).all():
            best, target = got, int(ks.value[got].sum()) + 1
            continue
        if node == 0 and int((counts > 1).sum()) > _SPANNING:
            return None, 0  # at the root, too many entities take two: the tree would be too large
        grp = int(taken[np.argmax(counts > 1)])
        mine = g == grp
        sides = np.unique(side[mine & keep])
        lead = int(side[mine][int(np.argmax(np.where(keep[mine], ks.value[items][mine], -1)))])
        for s_ in sorted(sides.tolist(), key=lambda x: x == lead):  # its most valuable item's side first
            stack.append(keep & (~mine | (side == s_)))
    return (best, 0) if not stack else (best, BRANCHED)


@dataclass(frozen=True)
class _Prices:
    """The Lagrangian bound's figures a core solve reuses: each item's reduced value ``r`` and its group's
    best positive reduced value ``best``, the multipliers, the bound ``L`` and its float error margin."""

    r: Floats
    best: Floats
    lam: Floats
    bound: float
    tol: float


_STATES = 200_000  # partial choices kept after a group by an exact pass of :func:`_by_losses` (else the most promising)
_KEPT = 1_500_000  # partial choices remembered over a pass, at most (their parents, for the answer): else give up
_PASSES = 8  # exact passes of :func:`_by_losses` at most (floors from the bound down, or over a better guess)
_FIRST_GAP = 16.0  # the first exact pass's floor below the bound, in score points (then doubled)
_BEAM = 500  # partial choices kept by the first, guessing pass of :func:`_by_losses`


def _dominant(v: Ints, w: Ints) -> Ints:
    """States (value ``v``, weights ``w`` in the open rows) without those another dominates (as much value,
    no more weight in any open row): all of them with one open row, else those of the same value (two rows)
    or the same weights (more). Across values with two or three rows few are (the bound has dropped
    them): not looked for."""
    if w.shape[1] > 1:  # a row whose weight equals another's in every state (the total and a clause's, while
        # only that clause's groups were taken) adds nothing to tell states apart
        same = [c for c in range(1, w.shape[1]) if any(np.array_equal(w[:, c], w[:, e]) for e in range(c))]
        w = np.delete(w, same, axis=1) if same else w
    if w.shape[1] == 0:
        return np.argsort(-v, kind="stable")[:1]
    if w.shape[1] == 1:  # a staircase over every value: a state is kept if it is lighter than all worth more
        o = np.lexsort((w[:, 0], -v))
        ws = w[o, 0]
        out: Ints = o[ws < np.r_[_FAR, np.minimum.accumulate(ws)[:-1]]]
        return out
    if w.shape[1] == 2 and len(v):  # per value: lighter in the second row than every state lighter in the first
        o = np.lexsort((w[:, 1], w[:, 0], v))
        vs = v[o]
        segment = np.cumsum(np.r_[True, vs[1:] != vs[:-1]]) - 1
        second = w[o, 1]
        low, span = int(second.min()), int(second.max()) - int(second.min()) + 1
        if span * (int(segment[-1]) + 2) < 2**62:  # the weights themselves, shifted, keep to int64
            rank = second - low
            step = span
        else:  # else their ranks (a sort more)
            rank = np.unique(second, return_inverse=True)[1].astype(np.int64).reshape(-1)
            step = len(o) + 1
        x = rank - segment * step  # later values sort below earlier ones: the running min restarts
        kept: Ints = o[x < np.r_[_FAR, np.minimum.accumulate(x)[:-1]]]
        return kept
    # the first of each (value, weights) in lexicographic order: what np.unique(axis=0, return_index=True)
    # gives, without its rows viewed as records (several times slower)
    o = np.lexsort((*w.T[::-1], v))
    keys = np.column_stack([v, w])[o]
    out = o[np.r_[True, (keys[1:] != keys[:-1]).any(axis=1)]] if len(o) else o
    return out


def _by_losses(ks: Knapsack, items: Ints, left: int, row_left: Ints, goal: int,
               prices: _Prices) -> tuple[Ints | None, Ints]:
    """The best choice among ``items`` worth ``goal`` or more, by partial choices over the groups (value,
    weight in each binding row); an empty array when none is worth ``goal``, None when too many remain
    (with, second, the best choice found on the way, not proven: empty if none).

    A partial choice is dropped when its value plus an upper bound on what the groups after it can add
    (:class:`_Ahead`: a Lagrangian bound of those groups, given the room it leaves in each row) is below
    ``goal``, or when another has as much value and no more weight in any open row (:func:`_dominant`): the
    best choice worth ``goal`` is never dropped. A binding row is closed after the last group that
    touches it (groups ordered row by row, within a row those the bound is surest of first): its weight
    no longer tells partial choices apart. A first pass keeps only the :data:`_BEAM` partial choices that
    may reach most: a good choice, which the exact passes must then beat (few partial choices can, where
    the bound is close). Their floors start :data:`_FIRST_GAP` below the bound and double down to the
    goal: a pass that keeps every partial choice worth its floor and finds one, finds the best. A pass
    with more than :data:`_STATES` after a group keeps the most promising of them: not a proof, but a
    better choice to beat, and the pass is run again over it (at most :data:`_PASSES` passes)."""
    w, k = ks.weight[items], ks.clause[items]
    per = np.zeros(len(row_left), dtype=np.int64)
    np.add.at(per, k[k >= 0], w[k >= 0])
    binding = [int(j) for j in np.flatnonzero(per > row_left)]
    total_binds = int(w.sum()) > left
    col = {j: 1 + i for i, j in enumerate(binding)}  # column 0: the total
    caps = np.array([left, *[int(row_left[j]) for j in binding]], dtype=np.int64)
    groups = _groups(ks, items)
    touches = [sorted({col[int(j)] for j in ks.clause[m].tolist() if int(j) in col}) for m in groups]
    whole = [all(int(j) in col for j in ks.clause[m].tolist()) for m in groups]
    # within those, under 就高 the entities the bound is surest of first (partial choices that leave them
    # fall soonest); one item per group, in their order (by score: in bench/ the quicker there)
    shared = any(len(m) > 1 for m in groups)
    sure = [float((prices.best[m] - prices.r[m]).max()) if shared else 0.0 for m in groups]
    order: list[int] = []  # row by row: a row's own groups first, then those it shares with later rows
    placed: set[int] = set()
    for c in range(1, len(caps)):
        # those wholly on the row first: while only they are taken, the total's weight is the row's
        mine = sorted((g for g in range(len(groups)) if c in touches[g] and g not in placed),
                      key=lambda g: (len(touches[g]), touches[g][-1], not whole[g], -sure[g]))
        order += mine
        placed.update(mine)
    order += sorted((g for g in range(len(groups)) if g not in placed), key=lambda g: -sure[g])
    shut: dict[int, list[int]] = {}
    for c in range(1, len(caps)):
        last = max(i + 1 for i, g in enumerate(order) if c in touches[g])
        shut.setdefault(last, []).append(c)
    if total_binds:
        shut.setdefault(len(order), []).append(0)
    bounds = _Ahead(ks, groups, order, caps, total_binds, binding, prices.lam)
    # a good choice first, keeping only the most promising partial choices: what the exact passes must beat
    # with one item per group the tables per side settle what this cannot, and quickly: give up sooner
    # (under 就高 not: at 10⁴ with three budgets a core of 240 items needs more than a fifth of it)
    limit = _KEPT if shared else _KEPT // 5
    guess, _ = _losses_pass(groups, order, shut, touches, total_binds, col, caps, bounds, goal, ks.weight,
                            ks.value, ks.clause, _BEAM, limit)
    known = guess if guess is not None and len(guess) and int(ks.value[guess].sum()) >= goal else items[:0]
    goal = int(ks.value[known].sum()) + 1 if len(known) else goal
    # then exact passes, from a floor a little below the bound down to the goal: every choice worth the
    # floor is kept, so the best found is the best of all (if the guess is far below, an early pass finds
    # it with few partial choices); a pass with too many keeps the most promising: a better guess
    top = float(bounds.most(0, np.zeros((1, len(caps)), dtype=np.int64))[0])
    below = _FIRST_GAP
    # a choice to beat already known (the guess, or the caller's goal, the best choice so far plus one, when
    # the guessing pass found none better): it is most likely the best, and proving that takes the pass at
    # the goal itself, whatever the floors before it; those only pay where a much better choice exists
    # (under 就高 only: with one item per group the tables per side settle the hard cores, quickly)
    # (where the bound itself is within the first gap of the goal, the floors start at the goal anyway)
    direct = shared and (len(known) > 0 or guess is not None) and int(np.ceil(top - below)) > goal
    for _ in range(_PASSES):
        floor = goal if direct else max(goal, int(np.ceil(top - below)))
        # (the pass at the goal given half the room: where it has too many, the floors from the bound down
        # need theirs)
        found, exact = _losses_pass(groups, order, shut, touches, total_binds, col, caps, bounds, floor,
                                    ks.weight, ks.value, ks.clause, _STATES, limit // 2 if direct else limit)
        better = found is not None and len(found) > 0 and int(ks.value[found].sum()) >= floor
        if direct and not better and not exact:  # too many at the goal: the floors from the bound down,
            direct = False  # where a better choice, if any, is found with fewer partial choices
            continue
        if found is None:
            break
        if better and exact:
            return found, known
        if better:
            known, goal = found, int(ks.value[found].sum()) + 1
        elif not exact:
            break  # too many, and nothing better among the most promising
        elif floor <= goal:
            return known, known  # none better than the guess (or, without one, none worth the goal)
        else:
            below *= 2
    return None, known


class _Ahead:
    """Upper bounds on what the groups from each position on (in ``order``) can add, given each tracked
    row's room: for each of a few multiplier vectors ``s`` (any ≥ 0 give a bound), the groups' best
    positive reduced values plus ``s`` times the rows' room, the room of a row no more than the most those
    groups can put in it (for the rows not tracked, that most itself: they have room for all)."""

    def __init__(self, ks: Knapsack, groups: list[Ints], order: list[int], caps: Ints, total_binds: bool,
                 binding: list[int], lam: Floats) -> None:
        nrows = 1 + len(ks.row_capacity)
        self.caps = caps
        self.cols = [0, *[1 + j for j in binding]]  # each column's row: the total's, then the binding clauses'
        tracked = self.cols if total_binds else self.cols[1:]
        trials = _trials(lam)
        members = np.concatenate([groups[g] for g in order]) if order else np.zeros(0, dtype=np.int64)
        pos = np.repeat(np.arange(len(order)), [len(groups[g]) for g in order])
        k = ks.clause[members]
        w = ks.weight[members].astype(np.float64)
        # each member's weight in each row (the total, then each clause): at most one per group, so a
        # group adds at most its heaviest
        row_w = np.zeros((len(members), nrows))
        row_w[:, 0] = w
        row_w[np.flatnonzero(k >= 0), 1 + k[k >= 0]] = w[k >= 0]
        heavy = np.zeros((len(order), nrows))
        np.maximum.at(heavy, pos, row_w)
        self.fill = np.r_[np.cumsum(heavy[::-1], axis=0)[::-1], np.zeros((1, nrows))]  # (G + 1, rows)
        own = np.c_[trials, np.zeros(len(trials))][:, np.where(k >= 0, 1 + k, nrows)]  # an item's clause's
        mu = trials[:, [0]] + own  # (m, members): each item's price per 分 under each multiplier vector
        red = ks.value[members].astype(np.float64)[None, :] - mu * w[None, :]
        best = np.zeros((len(trials), len(order)))
        for i in range(len(trials)):
            np.maximum.at(best[i], pos, red[i])
        ahead = np.c_[np.cumsum(best[:, ::-1], axis=1)[:, ::-1], np.zeros(len(trials))]  # (m, G + 1)
        untracked = [c for c in range(nrows) if c not in tracked]
        ahead += trials[:, untracked] @ self.fill[:, untracked].T
        self.ahead = ahead.T.copy()  # (G + 1, m)
        self.price = trials[:, self.cols].T.copy()  # (cols, m)
        if not total_binds:
            self.price[0] = 0.0  # the total is not a column then (its weights stay 0): counted in ahead
        # float error of a bound: far below this
        self.tol = 1e-12 * float(np.abs(red).sum(axis=1).max() + (mu * w[None, :]).sum(axis=1).max()
                                 + (trials @ self.fill[0]).max()) + 1e-9

    def most(self, pos: int, used: Ints, floor: Ints | float = -np.inf) -> Floats:
        """For states with ``used`` in each column (within ``caps``), at most what the groups from ``pos``
        on can add (each multiplier vector gives a bound: the least). Where ``lam``'s own bound (the first)
        is already below ``floor``, that one only."""
        room = np.minimum(self.caps - used, self.fill[pos, self.cols]).astype(np.float64)
        out: Floats = self.ahead[pos, 0] + room @ self.price[:, 0] + self.tol
        more = np.flatnonzero(out >= floor)
        if len(more) and self.price.shape[1] > 1:
            out[more] = (self.ahead[pos, 1:][None, :] + room[more] @ self.price[:, 1:]).min(axis=1).clip(
                max=out[more] - self.tol) + self.tol
        return out


def _trials(lam: Floats) -> Floats:
    """Multiplier vectors near ``lam``: itself and each coordinate moved up and down by a few steps of the
    total's price (or, when it is 0, the largest)."""
    scale = float(lam[0]) if lam[0] > 0 else float(lam.max())
    out = [lam]
    if scale > 0:
        for c in range(len(lam)):
            for f in _STEPS:
                t = lam.copy()
                t[c] = max(t[c] + f * scale, 0.0)
                if not any(np.array_equal(t, o) for o in out):
                    out.append(t)
    return np.array(out)


_STEPS = (-0.01, -0.003, 0.003, 0.01)  # of the total's price: the few moves that cut the most


def _losses_pass(groups: list[Ints], order: list[int], shut: dict[int, list[int]], touches: list[list[int]],
                 total_binds: bool, col: dict[int, int], caps: Ints, bounds: _Ahead, floor: int,
                 weight: Ints, value: Ints, clause: Ints, beam: int, limit: int) -> tuple[Ints | None, bool]:
    """One pass of :func:`_by_losses`: the most valuable choice worth ``floor`` or more (empty if none),
    every partial choice that cannot reach ``floor`` dropped, and whether it is exact: where more than
    ``beam`` remain, only those that may reach most are kept (a good choice, not a proof). None when more
    than ``limit`` were kept in all."""
    v = np.zeros(1, dtype=np.int64)
    wts = np.zeros((1, len(caps)), dtype=np.int64)
    history: list[tuple[NDArray[np.int32], NDArray[np.int32]]] = []
    kept, exact = 0, True
    open_cols = {0} if total_binds else set()
    for pos, g in enumerate(order):
        m = groups[g]
        open_cols.update(touches[g])
        here = np.arange(len(v), dtype=np.int32)
        vs, ws, parents, picks, reaches = [], [], [], [], []
        # each option (none of the group's items, or one) over every partial choice, those over a budget or
        # that cannot reach the floor dropped at once (in option order, as if all were made, then dropped)
        for it in [-1, *m.tolist()]:
            if it < 0:
                cv, cw, cp = v, wts, here
            else:
                add = np.zeros(len(caps), dtype=np.int64)
                add[0] = weight[it] if total_binds else 0
                row = col.get(int(clause[it]))
                if row is not None:
                    add[row] = weight[it]
                cv, cw = v + value[it], wts + add
                fit = (cw <= caps).all(axis=1)
                cv, cw, cp = cv[fit], cw[fit], here[fit]
            reach = cv + bounds.most(pos + 1, cw, floor - cv)
            ok = reach >= floor
            vs.append(cv[ok])
            ws.append(cw[ok])
            parents.append(cp[ok])
            picks.append(np.full(int(ok.sum()), it, dtype=np.int32))
            reaches.append(reach[ok])
        v, wts = np.concatenate(vs), np.concatenate(ws)
        parent, pick, reach = np.concatenate(parents), np.concatenate(picks), np.concatenate(reaches)
        for c in shut.get(pos + 1, []):  # the row's last group: its weight no longer tells states apart
            wts[:, c] = 0
            open_cols.discard(c)
        if len(v) > beam:
            exact = False
            top = np.argpartition(-reach, beam)[:beam]
            v, wts, parent, pick = v[top], wts[top], parent[top], pick[top]
        sel = _dominant(v, wts[:, sorted(open_cols)])
        v, wts, parent, pick = v[sel], wts[sel], parent[sel], pick[sel]
        history.append((parent, pick))
        kept += len(v)
        if kept > limit:
            return None, False
        if not len(v):
            return np.zeros(0, dtype=np.int64), exact
    at = int(np.argmax(v))
    chosen = []
    for parent, pick in reversed(history):
        if pick[at] >= 0:
            chosen.append(int(pick[at]))
        at = int(parent[at])
    return np.array(chosen, dtype=np.int64), exact


def _by_parts(ks: Knapsack, items: Ints, left: int, row_left: Ints, target: int, rel_gap: float,
              time_limit: float | None) -> tuple[Ints | None, int]:
    """As :func:`_by_values` where several clause budgets bind but the total has room for all ``items``:
    items linked neither by a group nor by a binding clause budget are independent, so each part's best
    (by the value table, from nothing up; by HiGHS for a part with two binding rows, an entity's
    applications under two of them) is added up, with a status as :func:`_milp`'s. None when the total
    binds."""
    from scipy.sparse import coo_array
    from scipy.sparse.csgraph import connected_components

    w, k = ks.weight[items], ks.clause[items]
    if int(w.sum()) > left:
        return None, 0
    per = np.zeros(len(row_left), dtype=np.int64)
    np.add.at(per, k[k >= 0], w[k >= 0])
    binds = np.r_[per > row_left, False][np.where(k >= 0, k, len(row_left))]  # -1: no budget of its own
    n = len(items)
    # a graph of the items, their groups (nodes n…) and their binding rows (nodes after the groups)
    _, group_node = np.unique(ks.group[items], return_inverse=True)
    row_node = n + int(group_node.max()) + 1 + k[binds]
    heads = np.r_[np.arange(n), np.flatnonzero(binds)]
    tails = np.r_[n + group_node, row_node]
    size = n + int(group_node.max()) + 1 + len(row_left)
    graph = coo_array((np.ones(len(heads)), (heads, tails)), shape=(size, size))
    _, part = connected_components(graph, directed=False)
    chosen, total, status = [], 0, 0
    for p in np.unique(part[:n]):
        some = items[part[:n] == p]
        best = _by_values(ks, some, left, row_left, 0, int(ks.value[some].sum()))
        status_of = 0
        if best is None:  # two binding rows in this part: by the tables of both, on this part alone
            best, status_of = _by_sides(ks, some, left, row_left, 0, int(ks.value[some].sum()), spanners=True)
        if best is None:  # or HiGHS
            best, status_of = _milp(ks, some, left, row_left, rel_gap, time_limit)
        status = status or status_of
        if best is None:
            return None, status
        chosen.append(best)
        total += int(ks.value[best].sum())
    return (np.concatenate(chosen) if total >= target else items[:0]), status


def _core_best(ks: Knapsack, core: Bools, d: Bools, target: int, upper: int, rel_gap: float,
               time_limit: float | None, prices: _Prices | None = None) -> tuple[Bools | None, int]:
    """The best choice that agrees with ``d`` outside ``core``, by the value table where it applies, else
    by HiGHS, with a status (0: proven optimal): None with 0 when no such choice is worth ``target``, with
    ``UNFIT`` when ``d`` outside the core does not fit the budgets."""
    outside = d & ~core
    left = ks.capacity - int(ks.weight[outside].sum())
    used = np.zeros(len(ks.row_capacity), dtype=np.int64)
    budgeted = outside & (ks.clause >= 0)
    np.add.at(used, ks.clause[budgeted], ks.weight[budgeted])
    row_left = ks.row_capacity - used
    if left < 0 or (row_left < 0).any():
        return None, UNFIT
    # a group whose item outside the core is taken admits none inside it
    blocked = np.zeros(int(ks.group.max()) + 1 if ks.size else 0, dtype=bool)
    blocked[ks.group[outside]] = True
    items = np.flatnonzero(core & ~blocked[ks.group])
    x = outside.copy()
    if not len(items):
        return x, 0
    fixed = int(ks.value[outside].sum())
    # what the core must add (none when d outside it is already worth target: a table's slices start at 0)
    goal = max(target - fixed, 0)
    tabled, status = _by_values(ks, items, left, row_left, goal, upper - fixed), 0
    guess = items[:0]  # a choice the partial choices found but could not prove the best
    if tabled is None and prices is not None:
        tabled, guess = _by_losses(ks, items, left, row_left, goal, prices)
    if tabled is None:  # entities spanning the sides of one or two binding clause budgets: exactly, if few
        tabled, status = _by_sides(ks, items, left, row_left, goal, upper - fixed, spanners=True, branch=False)
    if tabled is None:
        tabled, status = _by_parts(ks, items, left, row_left, goal, rel_gap, time_limit)
    if tabled is None:
        tabled, status = _by_sides(ks, items, left, row_left, goal, upper - fixed, spanners=False)  # tried above
        if status == BRANCHED and not len(tabled if tabled is not None else items[:0]):
            tabled = None  # not proven and nothing better found: HiGHS on the core
    if tabled is None:
        tabled, status = _milp(ks, items, left, row_left, rel_gap, time_limit)
    if status and len(guess) and (tabled is None or int(ks.value[guess].sum()) > int(ks.value[tabled].sum())):
        tabled = guess  # HiGHS stopped short of it: the better choice, still not proven
    if tabled is None:
        return None, status
    if not len(tabled):  # nothing in the core reaches target (or, with no goal, none is needed)
        return (x, status) if goal == 0 else (None, status)
    x[tabled] = True
    return x, status


def _milp(ks: Knapsack, items: Ints, left: int, row_left: Ints, rel_gap: float,
          time_limit: float | None) -> tuple[Ints | None, int]:
    """The best choice among ``items`` by HiGHS, with its status (:data:`GAP_REACHED` when optimal only
    to the caller's looser gap: a choice, not a proof)."""
    from scipy.optimize import Bounds, LinearConstraint, milp

    matrix, bounds = rows(ks, items, left, row_left)
    v = ks.value[items].astype(np.float64)
    # values are integers: a gap below 1 proves optimality, so no tighter gap is asked
    proving = 0.25 / max(float(v.sum()), 1.0)
    options: dict[str, float | bool] = {"disp": False, "mip_rel_gap": max(rel_gap, proving)}
    if time_limit is not None:
        options["time_limit"] = time_limit
    res = milp(c=-v, constraints=LinearConstraint(matrix, -np.inf, bounds), integrality=np.ones(len(items)),
               bounds=Bounds(0, 1), options=options)
    if res.x is None:
        return None, int(res.status)
    return items[res.x > 0.5], GAP_REACHED if res.status == 0 and rel_gap > proving else int(res.status)


def _clock() -> float:
    """Seconds for :func:`solve`'s time limit (a function of its own, so that tests can move time on)."""
    return time.monotonic()


TIMED_OUT = 1  # HiGHS's own status for a time limit: also :func:`solve`'s when its time ran out between core solves


def solve(ks: Knapsack, incumbent: Bools, rel_gap: float = 0.0, time_limit: float | None = None) -> Solution:
    """The choice of greatest value, never worse than ``incumbent`` (feasible).

    ``time_limit`` (seconds, None: none) bounds the whole solve: each HiGHS solve is given what is left of
    it, and once none is left no further core is solved. The answer is then the best choice found so far
    (feasible, never worse than ``incumbent``), not proven: ``proven`` False, status :data:`TIMED_OUT`.
    The value tables and the partial choices have no clock: their work is bounded (:data:`_TABLE_CELLS`,
    :data:`_KEPT`, :data:`_PASSES`, :data:`_NODES`), past which they give up to the next method."""
    deadline = None if time_limit is None else _clock() + time_limit
    n = ks.size
    if n == 0:
        return Solution(np.zeros(0, dtype=bool), True, 0, 0, 0, 0)
    lag = _Lagrangian(ks)
    lam = lag.descend()
    r_sorted = lag.reduced(lam)
    back = np.empty(n, dtype=np.int64)
    back[lag.order] = np.arange(n)
    r = r_sorted[back]
    d = lag.taken(r_sorted)[back]
    bound = lag.value(lam, r_sorted)
    # float error of the bound and margins: far below this for sums of up to 10⁸ terms
    tol = 1e-12 * float(np.abs(lag.v).sum() + (np.abs(r_sorted - lag.v)).sum() + lam[0] * ks.capacity
                        + lam[1:] @ lag.caps) + 1e-9
    top = np.repeat(lag.best(r_sorted), lag.sizes)[back]
    # runner-up per group: the best once d's item is set to -inf
    masked = np.where(d, -np.inf, r)[lag.order]
    runner = np.repeat(np.maximum.reduceat(masked, lag.starts), lag.sizes)[back]
    margin = np.where(d, top - np.maximum(runner, 0.0), np.maximum(top, 0.0) - r)
    prices = _Prices(r, np.maximum(top, 0.0), lam, bound, tol)

    best, best_value = incumbent.copy(), int(ks.value[incumbent].sum())
    rounded = _round(ks, d, r)
    if int(ks.value[rounded].sum()) > best_value:
        best, best_value = rounded, int(ks.value[rounded].sum())

    def open_items(z: int) -> Bools:
        """Items the bound leaves open for a choice worth more than ``z``."""
        if bound < z + 1 - tol:
            return np.zeros(n, dtype=bool)
        out: Bools = margin <= bound - z - 1 + tol
        return out

    need = open_items(best_value)
    ceiling = int(np.floor(bound + tol))  # no choice is worth more
    if not need.any():
        return Solution(best, True, n, 0, 0, best_value)
    core = np.zeros(n, dtype=bool)
    by_margin = np.argsort(margin, kind="stable")
    core[by_margin[:_CORE]] = True
    for j in np.flatnonzero(lam[1:] > 0):  # a priced clause budget: its own closest items
        core[by_margin[ks.clause[by_margin] == j][:_CORE]] = True
    core = _fitting(ks, d, core & need, margin)
    exact, status = True, 0  # every core solve proven optimal, its answer checked in integers
    for _ in range(_GROW):
        left_s = None if deadline is None else deadline - _clock()
        if left_s is not None and left_s <= 0:
            exact, status = False, TIMED_OUT
            break
        x, status = _core_best(ks, core, d, best_value + 1, ceiling, rel_gap, left_s, prices)
        if status == UNFIT:  # d does not fit outside the core: the whole problem
            core = np.ones(n, dtype=bool)
            left_s = None if deadline is None else max(deadline - _clock(), 1e-3)
            x, status = _core_best(ks, core, d, best_value + 1, ceiling, rel_gap, left_s, prices)
        fits = x is None or feasible(ks, x)
        exact = status == 0 and fits
        better = False
        if x is not None and fits and int(ks.value[x].sum()) > best_value:
            best, best_value, better = x, int(ks.value[x].sum()), True
        need = open_items(best_value)
        if exact and not (need & ~core).any():
            break
        if not exact and not (status == BRANCHED and better):
            break
        # the items the bound leaves open around the best choice so far (fewer as it improves): solved
        # again over those, proven when that solve is
        core = _fitting(ks, d, need, margin)
    proven = not need.any() or (exact and not (need & ~core).any())  # nothing left open: the bound proves it
    return Solution(best, proven, n - int(core.sum()), int(core.sum()), status, best_value if proven else ceiling)


def _fitting(ks: Knapsack, d: Bools, core: Bools, margin: Floats) -> Bools:
    """``core`` grown until ``d`` outside it fits every budget: in each row over its budget, ``d``'s items of
    least margin join the core (the multipliers are found row by row, so ``d`` may overfill a row a little)."""
    core = core.copy()
    for row in [*range(len(ks.row_capacity)), -1]:
        members = d & ~core & ((ks.clause == row) if row >= 0 else True)
        over = int(ks.weight[members].sum()) - (int(ks.row_capacity[row]) if row >= 0 else ks.capacity)
        if over <= 0:
            continue
        order = np.flatnonzero(members)[np.argsort(margin[members], kind="stable")]
        moved = np.searchsorted(np.cumsum(ks.weight[order]), over) + 1  # the fewest whose weight covers the excess
        core[order[:moved]] = True
    return core


def _round(ks: Knapsack, d: Bools, r: Floats) -> Bools:
    """A feasible choice near ``d``: its items by reduced value, then the rest by reduced value, each
    taken while it fits (in integers)."""
    order = np.lexsort((-r, ~d))
    left = ks.capacity
    row_left = ks.row_capacity.copy()
    seen = np.zeros(int(ks.group.max()) + 1, dtype=bool)
    x = np.zeros(ks.size, dtype=bool)
    weight, clause, group = ks.weight.tolist(), ks.clause.tolist(), ks.group.tolist()
    rl = row_left.tolist()
    for i in order.tolist():
        w, k, g = weight[i], clause[i], group[i]
        if seen[g] or w > left or (k >= 0 and w > rl[k]):
            continue
        left -= w
        if k >= 0:
            rl[k] -= w
        seen[g] = True
        x[i] = True
    return x


def plain(ks: Knapsack, time_limit: float | None = None) -> Bools | None:
    """The whole problem handed to HiGHS, nothing fixed (the reference the tests and bench/ compare
    :func:`solve` with); None when HiGHS returns no choice."""
    from scipy.optimize import Bounds, LinearConstraint, milp

    if ks.size == 0:
        return np.zeros(0, dtype=bool)
    matrix, upper = rows(ks, np.arange(ks.size), ks.capacity, ks.row_capacity)
    options: dict[str, float | bool] = {"disp": False, "mip_rel_gap": 0.0}
    if time_limit is not None:
        options["time_limit"] = time_limit
    res = milp(c=-ks.value.astype(np.float64), constraints=LinearConstraint(matrix, -np.inf, upper),
               integrality=np.ones(ks.size), bounds=Bounds(0, 1), options=options)
    if res.x is None:
        return None
    out: Bools = res.x > 0.5
    return out
