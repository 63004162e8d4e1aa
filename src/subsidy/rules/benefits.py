"""Benefits in kind (docs/policy-format.md, "Benefits in kind"): a clause whose benefit is not cash — a
voucher (算力券, 语料券), a rent reduction (租金减免) or a free service (免费服务) — says so with ``benefit:
{type: voucher, name: 算力券}``. Its amount is the benefit's value in money, with its own caps like any
amount; the stacking rules treat the value like any other; it is shown as what it is ("算力券（价值
50万元）"), and the stacked totals keep it apart: the cash total (``total_fen``) counts cash only, the
in-kind total (``in_kind_fen``) the value of the benefits in kind."""

from __future__ import annotations

from subsidy.rules import model as m
from subsidy.rules.reading import Reader
from subsidy.rules.yamlsource import LDict

__all__ = ["BENEFIT_TYPES", "in_kind_ids", "in_kind_names", "kind_label", "read_benefit", "shown_as"]

BENEFIT_TYPES: dict[str, str] = {"voucher": "券", "rent_reduction": "租金减免", "free_service": "免费服务"}
"""The kinds of benefit in kind, as people read them."""


def read_benefit(r: Reader, c: LDict) -> m.Benefit | None:
    """A clause's ``benefit``: absent for cash; ``{type, name}`` for a benefit in kind (its name as the text
    calls it: 算力券, 语料券, 免租)."""
    if c.get("benefit") is None:
        return None
    b = r.mapping(c["benefit"], "benefit", ("type", "name"), ("type", "name"), line=r.at(c, "benefit"))
    kind = r.name(b, "type", BENEFIT_TYPES)
    return m.Benefit(kind, r.text(b, "name"))  # type: ignore[arg-type]


def shown_as(benefit: m.Benefit | None, money: str) -> str:
    """An amount as what it is: cash as the figure; a benefit in kind as its name and value."""
    return money if benefit is None else f"{benefit.name}（价值{money}）"


def in_kind_ids(policy: m.Policy) -> tuple[str, ...]:
    """The clauses whose benefit is in kind (their grants count in the in-kind total, not the cash one)."""
    return tuple(c.id for c in policy.clauses if c.benefit is not None)


def in_kind_names(policy: m.Policy) -> str:
    """The benefits in kind a policy gives, by name, once each (算力券、免收场地租金); "" when it gives cash only."""
    return "、".join(dict.fromkeys(c.benefit.name for c in policy.clauses if c.benefit is not None))


def kind_label(benefit: m.Benefit | None) -> str:
    """What a clause gives, as people read it: 资金, or the benefit in kind marked as such (算力券（非现金）)."""
    return "资金" if benefit is None else f"{benefit.name}（非现金）"
