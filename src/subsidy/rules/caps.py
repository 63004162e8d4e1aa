"""The cap idioms (``caps``), each defined once — read and checked from the YAML (:meth:`ClauseCap.read`;
the kinds by their YAML key in :data:`KINDS`) — for one case with its trace step (``scalar``) and for
many cases (``array``): an amount cap (``limit``) and a number-of-grants cap (``max_grants``), in any scope;
and a cap shared by several clauses (``clauses: [...]``), whose room goes to them in clause order within
one case (:class:`SharedCap`, applied when stacking). Any cap of a clause may hold only under a condition
(``when:``, "新建项目…最高奖励不超过50万元"; :meth:`ClauseCap.scalar` / :meth:`ClauseCap.array`), and the caps of a
``manual_amount`` clause bound the figure set in review (its ceiling is the cap).

A cap wider than one application subtracts the entity's earlier grants in its scope (``records.cap_use``;
in a table, the ``rec_cap_fen__<id>`` / ``rec_cap_n__<id>`` columns). Unknown history: the whole cap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from subsidy.rules import model as m
from subsidy.rules.arrays import ArrayCtx, const, np, scalar_of
from subsidy.rules.conditions import CondNode, compile_condition, read_condition
from subsidy.rules.gates import ScalarCtx
from subsidy.rules.gates import union as _union
from subsidy.rules.reading import Reader, shown
from subsidy.rules.results import ClauseResult
from subsidy.rules.trace import Step, dated_text, union
from subsidy.rules.yamlsource import LDict, LList
from subsidy.suggest import did_you_mean

if TYPE_CHECKING:
    from subsidy.rules.arrays import I64, Mask

__all__ = ["KINDS", "ArrayCaps", "CapRefs", "ClauseCap", "ScalarCaps", "SharedCap", "check_cap_refs", "compile_cap"]

CapRefs = list[tuple[Reader, LDict, m.Cap]]
"""Caps read so far, with where they were written: the clauses they name are checked once all are read."""


class ScalarCaps:
    """One case: the formula's amount, the ceiling so far, the bound (the ceiling before history, what
    就高 compares a year's total with), whether some history is unknown, whether a cap's condition or
    computed limit leaves the ceiling undecided (``unknown``, with the facts it needs in ``missing``) and
    whether the amount is set in review (``manual``: the caps bound it)."""

    __slots__ = ("amount", "bound", "ceiling", "history_unknown", "manual", "missing", "unknown")

    def __init__(self, amount: int | None, manual: bool = False) -> None:
        self.amount = self.ceiling = self.bound = amount
        self.history_unknown = False
        self.manual = manual
        self.unknown = False
        self.missing: list[str] = []

    def copy(self) -> ScalarCaps:
        out = ScalarCaps(self.amount, self.manual)
        out.ceiling, out.bound, out.history_unknown = self.ceiling, self.bound, self.history_unknown
        out.unknown, out.missing = self.unknown, list(self.missing)
        return out


class ArrayCaps:
    """Many cases: the same as :class:`ScalarCaps` as columns (``ceiling`` is INF where not computable;
    ``unknown``: the rows where a cap's unknown condition leaves the ceiling undecided; ``manual``: the
    amount is set in review, and its bound, which 就高 never compares, decides nothing)."""

    __slots__ = ("bound", "ceiling", "history_unknown", "manual", "most", "unknown")

    def __init__(self, bound: I64, ceiling: I64, manual: bool = False) -> None:
        self.bound, self.ceiling, self.manual = bound, ceiling, manual
        self.history_unknown: Mask | None = None
        self.unknown: Mask | None = None
        most = scalar_of(ceiling)
        self.most: int | None = most if isinstance(most, int) else None  # a bound on ``ceiling`` (None: none known)

    def history(self, ctx: ArrayCtx, cap: m.Cap) -> tuple[Any, Any, Mask | None]:
        """The entity's earlier use of ``cap``'s scope: amount, number of grants, known."""
        use_fen, known = ctx.get(f"rec_cap_fen__{cap.id}")
        use_n, _ = ctx.get(f"rec_cap_n__{cap.id}")
        if known is not None:
            self.history_unknown = ~known if self.history_unknown is None else self.history_unknown | ~known
        return use_fen, use_n, known


class ClauseCap:
    key: ClassVar[str]  # the YAML key giving the kind of limit
    what: ClassVar[str]  # what it limits, in words
    example: ClassVar[str]

    def __init__(self, cap: m.Cap, clause: m.Clause) -> None:
        self.cap = cap
        self.label = cap.label or cap.scope_label()
        self.cite = clause.cite
        self.when: CondNode | None = None if cap.when is None else compile_condition(cap.when)

    @classmethod
    def read_limit(cls, r: Reader, c: LDict) -> tuple[m.Dated | None, int | None]:
        """The kind's figure: ``(limit, max_grants)``."""
        raise NotImplementedError

    @staticmethod
    def read(r: Reader, caps: LList, index: int, owner: str, refs: CapRefs) -> m.Cap:
        """``caps[index]`` of clause ``owner``: a scope, exactly one kind of limit (:data:`KINDS`), the years
        of an ``entity_years`` scope, and the clauses sharing it (checked by :func:`check_cap_refs`)."""
        c = r.mapping(caps[index], f"caps 第 {index + 1} 项",
                      (*KINDS, "scope", "years", "clauses", "label", "quote", "when"), ("scope",), line=r.at(caps, index))
        scope = r.name(c, "scope", m.SCOPE_LABELS)
        kinds = [kind for key, kind in KINDS.items() if c.get(key) is not None]
        if len(kinds) != 1:
            r.fail(c, f"上限应当恰有 {'或 '.join(f'{k.key}（{k.what}）' for k in KINDS.values())}之一",
                   f"写 {' 或 '.join(k.example for k in KINDS.values())}")
        if scope == "entity_years":
            counted = r.count(c, "years", None, minimum=2)
            if counted is None:
                r.fail(c, "entity_years 范围需要 years（连续年数，至少 2）", "加上 years: 3", key="scope")
            years = counted
        elif "years" in c:
            r.fail(c, f"years 只用于 entity_years 范围，这里是 {scope}", "删去 years，或把 scope 改为 entity_years", key="years")
        else:
            years = 1
        raw = c.get("clauses")
        if raw is None:
            clauses: tuple[str, ...] = (owner,)
        elif isinstance(raw, str):
            clauses = (raw,)
        elif isinstance(raw, LList) and raw and all(isinstance(x, str) and x for x in raw):
            clauses = tuple(raw)
        else:
            r.fail(c, f"clauses 应当是条款 id 的列表，写的是 {shown(raw)}", "例如 clauses: [art5-1, art5-2]", key="clauses")
        if owner not in clauses:
            clauses = (owner, *clauses)
        when = None
        if c.get("when") is not None:  # caps13: a conditional cap
            if len(clauses) > 1:
                r.fail(c, "共用上限（clauses）不能附加适用条件（when）",
                       "把条件写在各条款自己的上限里，或拆成条件互斥的条款", key="when")
            when = read_condition(r, c, "when")
        limit_expr = None
        computed = isinstance(c.get("limit"), LDict) and "dated" not in c["limit"]  # a dated figure is a literal
        if kinds[0] is AmountCap and computed:  # caps13: a limit computed from the case
            from subsidy.rules.amounts import read_amount

            limit, max_grants, limit_expr = None, None, read_amount(r, c, "limit", "money")
        else:
            limit, max_grants = kinds[0].read_limit(r, c)
        cap = m.Cap(f"{owner}#cap{index + 1}", cast(Any, scope), limit, max_grants, years, clauses,
                    r.text(c, "label", ""), r.quote(c, required=False) or None, when, limit_expr)
        refs.append((r, c, cap))
        return cap

    # ---- caps13: the condition of a conditional cap (``when``), the same for every kind of cap ----
    def scalar(self, ctx: ScalarCtx, st: ScalarCaps) -> Step:
        """One case: the cap applied (:meth:`apply`) where its condition holds. Where it does not, the
        ceiling stays; where the condition is unknown the ceiling stays (an upper bound) and, if the cap
        would have lowered it, the condition's facts are still needed (the clause is undecided)."""
        if self.when is None:
            return self.apply(ctx, st)
        t = self.when.scalar(ctx)
        if t.value is True:
            step = self.apply(ctx, st)
        else:
            trial = st.copy()
            step = self.apply(ctx, trial)
            step.outcome = st.ceiling
            if t.value is None and (trial.ceiling, trial.bound, trial.history_unknown, trial.unknown) != (
                    st.ceiling, st.bound, st.history_unknown, st.unknown):
                st.missing = union([st.missing, t.missing, trial.missing])
                st.unknown = True
        assert step.given is not None
        step.given["applies"] = t.value
        step.detail = t
        return step

    def array(self, ctx: ArrayCtx, st: ArrayCaps) -> None:
        """Many cases: the same rule as :meth:`scalar`, row by row."""
        if self.when is None:
            self.apply_columns(ctx, st)
            return
        cond = self.when.array(ctx)
        bound, ceiling, history_unknown, unknown = st.bound, st.ceiling, st.history_unknown, st.unknown
        most = st.most  # where the condition fails the ceiling is as it was: bounded as it was
        self.apply_columns(ctx, st)
        st.most = most
        added, added_unknown = _added(st.history_unknown, history_unknown), _added(st.unknown, unknown)
        unsure = None
        if not cond.known:
            changed = (st.ceiling != ceiling) if st.manual else (st.ceiling != ceiling) | (st.bound != bound)
            for more in (added, added_unknown):
                if more is not None:
                    changed = changed | more
            unsure = ~(cond.t | cond.f) & changed
        st.bound = np.where(cond.t, st.bound, bound)
        st.ceiling = np.where(cond.t, st.ceiling, ceiling)
        st.history_unknown = _union(history_unknown, None if added is None else added & cond.t)
        st.unknown = _union(_union(unknown, None if added_unknown is None else added_unknown & cond.t), unsure)

    def describe(self, p: m.Policy, clause: m.Clause) -> str:
        """The cap in words, as the rules state it (``subsidy show``), with its condition if it has one."""
        words = self.words(p, clause)
        return words if self.when is None else f"{words}（仅当{self.when.describe(p)}时适用）"

    def facts(self, out: list[str]) -> list[str]:
        """The facts its condition reads (none without one)."""
        return out if self.when is None else self.when.facts(out)
    # ---- end caps13

    def apply(self, ctx: ScalarCtx, st: ScalarCaps) -> Step:
        raise NotImplementedError

    def words(self, p: m.Policy, clause: m.Clause) -> str:
        raise NotImplementedError

    def apply_columns(self, ctx: ArrayCtx, st: ArrayCaps) -> None:
        raise NotImplementedError


class GrantsCap(ClauseCap):
    """At most ``max_grants`` grants in the scope: none left, nothing more."""

    key, what, example = "max_grants", "次数", "max_grants: 1"

    @classmethod
    def read_limit(cls, r: Reader, c: LDict) -> tuple[m.Dated | None, int | None]:
        return None, r.count(c, "max_grants", None)

    def __init__(self, cap: m.Cap, clause: m.Clause) -> None:
        super().__init__(cap, clause)
        assert cap.max_grants is not None
        self.max_grants = cap.max_grants

    def apply(self, ctx: ScalarCtx, st: ScalarCaps) -> Step:
        use = ctx.rec.cap_use[self.cap.id]
        if use is None:
            st.history_unknown = True
        elif self.max_grants - use.grants <= 0:
            st.ceiling = 0
        grants = None if use is None else use.grants
        return Step("grants_cap", self.cite, "次数上限", {"label": self.label, "max_grants": self.max_grants,
                                                          "grants": grants},
                    None if grants is None else self.max_grants - grants, self.cap.quote, fmt=ctx.fmt)

    def words(self, p: m.Policy, clause: m.Clause) -> str:
        return f"{self.label}：最多 {self.max_grants} 次"

    def apply_columns(self, ctx: ArrayCtx, st: ArrayCaps) -> None:
        if self.cap.scope == "application":
            return  # no earlier grants in one application
        _, use_n, known = st.history(ctx, self.cap)
        used_up = use_n >= self.max_grants
        st.ceiling = np.where(used_up if known is None else known & used_up, 0, st.ceiling)


class AmountCap(ClauseCap):
    """At most ``limit`` in the scope, less the earlier grants in it."""

    key, what, example = "limit", "金额", "limit: 500万元"

    @classmethod
    def read_limit(cls, r: Reader, c: LDict) -> tuple[m.Dated | None, int | None]:
        return r.dated(c, "limit", "money"), None

    def __init__(self, cap: m.Cap, clause: m.Clause) -> None:
        super().__init__(cap, clause)
        self.limit = cap.limit
        self.expr = None if cap.limit_expr is None else limit_node(cap)  # caps13: a limit computed from the case
        assert self.limit is not None or self.expr is not None
        self.quote = cap.quote or "".join(clause.quotes)

    def words(self, p: m.Policy, clause: m.Clause) -> str:
        cap = self.cap
        shared = f"（与{'、'.join(x for x in cap.clauses if x != clause.id)}合计）" if len(cap.clauses) > 1 else ""
        return f"{cap.scope_label()}最高 {limit_text(p, cap)}{shared}"

    def apply(self, ctx: ScalarCtx, st: ScalarCaps) -> Step:
        if self.expr is not None:  # caps13: the limit from the case's facts; unknown: the clause waits for them
            t = self.expr.scalar(ctx)
            if t.value is None:
                st.missing, st.unknown = union([st.missing, t.missing]), True
                return Step("amount_cap", self.cite, "上限", {"label": self.label, "上限": None,
                                                              "formula": t.text(ctx.fmt)},
                            st.ceiling, self.quote, fmt=ctx.fmt)
            limit = int(t.value)
        else:
            assert self.limit is not None
            limit = int(self.limit.at(ctx.when))
        inputs: dict[str, Any] = {"label": self.label, "上限": limit}
        if self.expr is not None:
            inputs["formula"] = t.text(ctx.fmt)
        if st.manual:
            inputs["manual"] = True  # caps13: the figure is set in review, within the cap
        use = ctx.rec.cap_use[self.cap.id]
        if use is None:
            st.history_unknown = True
            room = limit
            inputs["used"] = None
        elif self.cap.scope == "application":
            room = limit
        else:
            room = max(0, limit - use.fen)
            inputs["used"], inputs["room"] = use.fen, room
        if st.bound is not None:
            st.bound = min(st.bound, limit)
        inputs["before"] = None if st.amount is None or st.ceiling is None else st.ceiling
        st.ceiling = room if st.ceiling is None else min(st.ceiling, room)
        return Step("amount_cap", self.cite, "上限", inputs, st.ceiling, self.quote,
                    fmt=ctx.fmt)

    def apply_columns(self, ctx: ArrayCtx, st: ArrayCaps) -> None:
        if self.expr is not None:  # caps13
            self._expr_columns(ctx, st)
            return
        assert self.limit is not None
        limit = int(self.limit.at(ctx.when))
        same = st.bound is st.ceiling
        st.bound = _least(ctx, st.bound, limit)
        st.most = limit if st.most is None else min(st.most, limit)
        if self.cap.scope == "application":
            st.ceiling = st.bound if same else _least(ctx, st.ceiling, limit)
            return
        use_fen, _, known = st.history(ctx, self.cap)
        room = np.maximum(0, limit - use_fen)
        st.ceiling = np.minimum(st.ceiling, room if known is None else np.where(known, room, limit))

    def _expr_columns(self, ctx: ArrayCtx, st: ArrayCaps) -> None:
        """caps13: a limit computed per row; where its inputs are unknown the cap is left out and the row
        is undecided (as :meth:`apply` asks for the facts)."""
        assert self.expr is not None
        v = self.expr.array(ctx)
        limit = v.fen
        bound, ceiling = np.minimum(st.bound, limit), np.minimum(st.ceiling, limit)
        if self.cap.scope != "application":
            use_fen, _, known = st.history(ctx, self.cap)
            room = np.maximum(0, limit - use_fen)
            ceiling = np.minimum(st.ceiling, room if known is None else np.where(known, room, limit))
        if v.known is not None:
            st.unknown = ~v.known if st.unknown is None else st.unknown | ~v.known
            bound, ceiling = np.where(v.known, bound, st.bound), np.where(v.known, ceiling, st.ceiling)
        st.bound, st.ceiling = bound, ceiling


def _added(new: Mask | None, old: Mask | None) -> Mask | None:
    """The rows of ``new`` not already in ``old`` (``None``: none)."""
    return new if new is None or old is None else new & ~old


def limit_node(cap: m.Cap) -> Any:
    """caps13: the compiled amount node of a cap's computed limit (``limit: {ratio: …}``)."""
    from subsidy.rules.amounts import compile_amount

    assert cap.limit_expr is not None
    return compile_amount(cap.limit_expr)


def limit_text(p: m.Policy, cap: m.Cap) -> str:
    """A cap's limit in words: its figure, or its formula (caps13)."""
    if cap.limit_expr is not None:
        return str(limit_node(cap).describe(p))
    assert cap.limit is not None
    return dated_text(cap.limit, "money", p.amount_unit)


KINDS: dict[str, type[ClauseCap]] = {k.key: k for k in (AmountCap, GrantsCap)}
"""The kinds of cap by their YAML key (a cap has exactly one)."""


def _least(ctx: ArrayCtx, values: I64, limit: int) -> I64:
    """``min(values, limit)``; a constant column stays a constant (no pass over it)."""
    value = scalar_of(values)
    if isinstance(value, int):
        return const(ctx.n, min(value, limit))
    out: I64 = np.minimum(values, limit)
    return out


def compile_cap(cap: m.Cap, clause: m.Clause) -> ClauseCap:
    return GrantsCap(cap, clause) if cap.max_grants is not None else AmountCap(cap, clause)


def check_cap_refs(refs: CapRefs, known: set[str]) -> None:
    """Every clause a cap names exists (once every clause file is read)."""
    for r, node, cap in refs:
        for other in cap.clauses:
            if other not in known:
                r.fail(node, f"上限引用了不存在的条款「{other}」",
                       f"{did_you_mean(other, tuple(known))}可用的条款 id：{'、'.join(sorted(known))}", key="clauses")


class SharedCap:
    """A cap shared by several clauses: within one case its room (and its number of grants) goes to those
    clauses in clause order."""

    def __init__(self, cap: m.Cap) -> None:
        self.cap = cap
        self.ids = frozenset(cap.clauses)
        self.label = cap.label or cap.scope_label()

    def scalar(self, ctx: ScalarCtx, sharing: list[ClauseResult], steps: list[Step]) -> None:
        cap, use = self.cap, ctx.rec.cap_use[self.cap.id]
        room = None
        limit = self._limit(ctx)
        if limit is not None:
            room = limit if use is None or cap.scope == "application" else max(0, limit - use.fen)
        left = None if cap.max_grants is None else cap.max_grants - (use.grants if use is not None else 0)
        for r in sharing:
            got = r.granted_fen or 0
            if got <= 0:
                continue
            new = got if room is None else min(got, room)
            if left is not None and left <= 0:
                new = 0
            if new < got:
                r.granted_fen = new
                step = Step("shared_cap", r.clause.cite, "共用上限", {"clauses": tuple(x for x in cap.clauses if x != r.clause.id), "label": self.label},
                            new, cap.quote, fmt=ctx.fmt)
                r.stacking_note = step.text
                steps.append(step)
            if room is not None:
                room -= new
            if left is not None and new > 0:
                left -= 1

    def array_start(self, ctx: ArrayCtx) -> tuple[I64 | None, I64 | None]:
        """Many cases: the room left (分) and the grants left, per row; ``None`` where the cap has no such limit."""
        cap, n = self.cap, ctx.n
        if cap.scope == "application":
            use_fen, known, use_n = np.zeros(n, dtype=np.int64), None, np.zeros(n, dtype=np.int64)
        else:
            use_fen, known = ctx.get(f"rec_cap_fen__{cap.id}")
            use_n, _ = ctx.get(f"rec_cap_n__{cap.id}")
        if known is not None:  # unknown history: the whole cap (as for the clause's own ceiling)
            use_fen, use_n = use_fen * known, use_n * known
        if cap.limit_expr is not None:  # caps13: a computed limit; unknown rows are no candidates (undecided)
            v = limit_node(cap).array(ctx)
            limit: Any = v.fen if v.known is None else np.where(v.known, v.fen, 0)
        else:
            limit = None if cap.limit is None else int(cap.limit.at(ctx.when))
        room = None if limit is None else np.maximum(0, limit - use_fen)
        grants_left = None if cap.max_grants is None else cap.max_grants - use_n
        return room, grants_left

    def _limit(self, ctx: ScalarCtx) -> int | None:
        """The cap's limit in this case (its figure, or its computed limit: caps13); ``None``: none or unknown
        (a clause under an unknown computed limit is undecided, so never shares)."""
        cap = self.cap
        if cap.limit_expr is not None:
            value = limit_node(cap).scalar(ctx).value
            return None if value is None else int(value)
        return None if cap.limit is None else int(cap.limit.at(ctx.when))

    @staticmethod
    def array_take(state: list[Any], granted: I64, candidate: Mask) -> I64:
        """One clause's grants (``-1`` where it is no candidate) within the cap's room; the room shrinks."""
        room, grants_left = state
        got = np.maximum(granted, 0) * candidate
        new = got if room is None else np.minimum(got, room)
        if grants_left is not None:
            new = new * (grants_left > 0)
            state[1] = grants_left - (new > 0)
        if room is not None:
            state[0] = room - new
        out: I64 = granted - (got - new)
        return out
