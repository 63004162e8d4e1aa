"""The records the rules engine consults besides facts, read from the database: what the entity was
granted (from the ledger), what it received elsewhere (other support, 一事一议 flagged) and the bars
on it. Every assessment of an application goes through here, so cross-application and cross-year
caps, 差额, 不重复 and bars hold across everything the fund has done.

A grant is an award's commitments net of releases (what was paid plus what is still committed;
a terminated award counts only what was paid), under the clause and the year of its call. An award
with no entry in the ledger at all (recorded before the ledger, e.g. imported) counts at its approved
amount: history is never under-counted, so a cap is never exceeded.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from subsidy.money import format_fen
from subsidy.store.tables import AdoptedPolicy, Application, Award, Call, LedgerEntry, OtherSupport, Sanction

__all__ = ["bar_records", "bars_of", "case_records_from_db", "grant_records", "grants_of", "records_of", "support_records",
           "supports_of"]


def _chunks(ids: Iterable[int], size: int = 500) -> Iterator[list[int]]:
    items = sorted(set(ids))
    for i in range(0, len(items), size):
        yield items[i:i + size]


def grants_of(session: Session, organisation_ids: Iterable[int], policy_id: str) -> dict[int, list[dict[str, Any]]]:
    """Grants under ``policy_id`` by organisation, one per award, from the ledger (a few queries for
    any number of organisations)."""
    out: dict[int, list[dict[str, Any]]] = {}
    for ids in _chunks(organisation_ids):
        awards = session.execute(
            select(Award.id, Award.approved_fen, Application.clause_id, Call.year, Application.project_ref,
                   Application.organisation_id)
            .join(Application, Award.application_id == Application.id).join(Call, Application.call_id == Call.id)
            .join(AdoptedPolicy, Call.adopted_policy_id == AdoptedPolicy.id)
            .where(Application.organisation_id.in_(ids), AdoptedPolicy.policy_id == policy_id)
            .order_by(Call.year, Award.id)).all()
        if not awards:
            continue
        sums = session.execute(
            select(LedgerEntry.award_id, LedgerEntry.kind, func.sum(LedgerEntry.fen))
            .where(LedgerEntry.award_id.in_([a.id for a in awards]), LedgerEntry.kind.in_(("commitment", "release")))
            .group_by(LedgerEntry.award_id, LedgerEntry.kind)).all()
        net: dict[int, int] = {}
        for award_id, kind, fen in sums:
            assert award_id is not None  # filtered on award ids
            net[award_id] = net.get(award_id, 0) + (int(fen) if kind == "commitment" else -int(fen))
        for award_id, approved, clause, year, project, org in awards:
            fen = net.get(award_id, approved)  # not in the ledger (recorded before it): the approved amount
            if fen > 0:
                out.setdefault(org, []).append({"clause": clause, "year": year, "amount": format_fen(fen, "元"),
                                                "project": project})
    return out


def grant_records(session: Session, organisation_id: int, policy_id: str) -> list[dict[str, Any]]:
    """Grants to the entity under ``policy_id``, one per award, from the ledger."""
    return grants_of(session, [organisation_id], policy_id).get(organisation_id, [])


def supports_of(session: Session, organisation_ids: Iterable[int], project: str | None = None,
                policy_id: str | None = None) -> dict[int, list[dict[str, Any]]]:
    """Support received under other programmes, by organisation; ``same_matter`` when it supported ``project``;
    ``clause`` when the record names a clause of ``policy_id`` (the policy assessed) it paid for."""
    out: dict[int, list[dict[str, Any]]] = {}
    for ids in _chunks(organisation_ids):
        for r in session.scalars(select(OtherSupport).where(OtherSupport.organisation_id.in_(ids))
                                 .order_by(OtherSupport.year, OtherSupport.id)):
            rec: dict[str, Any] = {
                "programme": r.programme, "level": r.level, "year": r.year, "amount": format_fen(r.fen, "元"),
                "same_matter": project is not None and r.project_ref == project,
                "one_matter_decision": r.one_matter_decision, "zone": r.zone}
            if r.clause_id is not None and policy_id is not None and r.policy_id == policy_id:
                rec["clause"] = r.clause_id
            if r.matter is not None:
                rec["matter"] = r.matter
            out.setdefault(r.organisation_id, []).append(rec)
    return out


def support_records(session: Session, organisation_id: int, project: str | None,
                    policy_id: str | None = None) -> list[dict[str, Any]]:
    """Support received under other programmes; ``same_matter`` when it supported ``project``."""
    return supports_of(session, [organisation_id], project, policy_id).get(organisation_id, [])


def bars_of(session: Session, organisation_ids: Iterable[int]) -> dict[int, list[dict[str, Any]]]:
    """Every bar (取消申报资格) by organisation, with its period; the engine decides which is active."""
    out: dict[int, list[dict[str, Any]]] = {}
    for ids in _chunks(organisation_ids):
        for r in session.scalars(select(Sanction).where(Sanction.organisation_id.in_(ids), Sanction.kind == "bar")
                                 .order_by(Sanction.id)):
            if r.bar_until is not None:
                out.setdefault(r.organisation_id, []).append(
                    {"from": r.decided_on.isoformat(), "until": r.bar_until.isoformat(), "reason": r.reason})
    return out


def bar_records(session: Session, organisation_id: int) -> list[dict[str, Any]]:
    """Every bar (取消申报资格) on the entity, with its period; the engine decides which is active."""
    return bars_of(session, [organisation_id]).get(organisation_id, [])


def case_records_from_db(session: Session, organisation_id: int, policy_id: str,
                         project: str | None = None) -> dict[str, list[dict[str, Any]]]:
    """``history``, ``other_support`` and ``bars`` in the case format of ``subsidy.rules.case``."""
    return records_of(session, [organisation_id], policy_id, project)[organisation_id]


def records_of(session: Session, organisation_ids: Iterable[int], policy_id: str,
               project: str | None = None) -> dict[int, dict[str, list[dict[str, Any]]]]:
    """:func:`case_records_from_db` for many organisations at once (a few queries in all)."""
    ids = sorted(set(organisation_ids))
    grants, supports, bars = (grants_of(session, ids, policy_id), supports_of(session, ids, project, policy_id),
                              bars_of(session, ids))
    return {i: {"history": grants.get(i, []), "other_support": supports.get(i, []), "bars": bars.get(i, [])}
            for i in ids}
