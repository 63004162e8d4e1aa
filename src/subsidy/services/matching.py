"""免申即享 matching: which enterprises of a registry already qualify under an adopted policy.

Every entity × clause falls into 可免申 (eligible, every fact known), 待补充 (could qualify; the facts
still needed are listed) or 不符合 (with the reason). The registry gives the facts; the database
gives the records, for every entity found there by 统一社会信用代码: earlier grants (from the ledger,
so annual and multi-year caps hold), other support (不重复, 差额), bars, and the facts the office
verified (which win over the registry's). An entity the fund has never recorded has no grants, no
bars and no support entered. So a match never offers what the ledger rules out. Evaluation is the
vectorised evaluator (``rules.vector.evaluate_frame``) in blocks, reporting progress.

A run is stored (``match_runs``) with its 可免申 rows (``match_rows``: clause, outcome, amounts, missing facts)
and each offered entity once (``match_entities``: its registry row, code, name and facts, and its 待补充 rows,
which no one confirms, as one JSON list); every reader takes both kinds in row order (:func:`run_rows`,
:class:`StoredRow`); 不符合 is counted by reason in the run's summary (the export, ``--out``, lists every row). The run is sealed by the
audit log like every table; its rows — there may be millions — by the run's ``rows_digest``, a
SHA-256 over every stored row that :func:`verify_rows` (called by ``audit verify``) recomputes.

An enterprise's 意愿确认 of a 可免申 row (:func:`confirm`) creates its application under an open call
of the policy with the registry's facts filled in; it then follows the normal cycle.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import heapq
import json
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import AbstractContextManager, nullcontext, suppress
from dataclasses import dataclass
from decimal import Decimal
from json.encoder import ESCAPE_DCT, encode_basestring
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import polars as pl
from sqlalchemy import Connection, Select, and_, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from subsidy.admin.ledger import ChainProblem
from subsidy.errors import DomainRefusal, NotFound
from subsidy.money import FEN_PER_UNIT, format_fen
from subsidy.population.reader import Registry, RegistryBatches, read_batches, read_registry
from subsidy.rules.case import parse_case
from subsidy.rules.describe import clause_facts
from subsidy.rules.evaluate import missing_label
from subsidy.rules.model import FactDef, Policy
from subsidy.rules.records import deduct_column, derive_records, prior_column
from subsidy.rules.results import Reason
from subsidy.rules.vector import evaluate_frame, record_columns
from subsidy.services.access import MATCH_REVIEWERS, READ_ALL, require_role
from subsidy.services.audit import record
from subsidy.services.history import records_of
from subsidy.services.policies import latest_adoption, policy_of
from subsidy.services.reports import _yuan
from subsidy.store.tables import (
    AdoptedPolicy,
    Application,
    AuditRecord,
    MatchConfirmation,
    MatchEntity,
    MatchRow,
    MatchRun,
    Organisation,
    User,
)

__all__ = ["EXPORT_HEADERS", "OUTCOME_LABELS", "Evaluation", "Offer", "StoredRow", "confirm", "confirmations", "evaluate_on_cluster",
           "evaluate_registry",
           "export", "file_sha256", "get_offer", "get_run", "get_run_for_confirm", "list_runs", "match_file", "match_policy", "notices_of",
           "offers_for", "push_notices", "run_match", "run_rows", "stored_cells", "verify_rows"]

OUTCOMES = {1: "eligible", -1: "pending", 0: "ineligible"}
OUTCOME_LABELS = {"eligible": "可免申", "pending": "待补充", "ineligible": "不符合"}
STACKED = -2
"""Reason code of an eligible clause that stacking leaves at zero this year (就高: another clause of the
policy wins, or the year's grants already reach the bound; 差额: support elsewhere covers it)."""
STACKED_TEXT = "按就高或差额，本年度在本条可得为零（就高按金额最高的一项支持，或本年度已获支持）"
EXPORT_HEADERS = ("名录行号", "编号", "统一社会信用代码", "单位名称", "条款", "条款名称", "结果", "最高可获（元）",
                  "按就高等可得（元）", "原因或尚需提供")


def match_policy(session: Session, policy_id: str) -> tuple[AdoptedPolicy, Policy]:
    """The policy in force for a match: its latest adoption and the rules exactly as adopted."""
    adopted = latest_adoption(session, policy_id)
    return adopted, policy_of(session, adopted)


@dataclass
class Evaluation:
    """Every entity × clause of a registry: outcomes (1 可免申, -1 待补充, 0 不符合), reason codes
    (``Reason``, or :data:`STACKED`), ceilings and amounts after stacking (分), missing facts (bit masks
    over ``needed``) and the organisation each row was found as (-1: not in the database)."""

    policy: Policy
    registry: Registry
    organisation: npt.NDArray[np.int64]
    outcome: npt.NDArray[np.int8]
    reason: npt.NDArray[np.int8]
    ceiling: npt.NDArray[np.int64]
    granted: npt.NDArray[np.int64]
    missing: npt.NDArray[np.integer[Any]]  # the narrowest unsigned integers that hold a clause's bits
    needed: list[list[str]]

    def missing_facts(self, i: int, j: int) -> list[str]:
        code = int(self.missing[i, j])
        return [name for b, name in enumerate(self.needed[j]) if code >> b & 1]

    def why(self, i: int, j: int) -> str:
        outcome, reason = int(self.outcome[i, j]), int(self.reason[i, j])
        if outcome == 1:
            return "符合条件，所需事实齐全"
        if outcome == -1:
            names = self.missing_facts(i, j)
            return "尚需提供：" + ("、".join(missing_label(self.policy, x) for x in names) or "其他信息")
        return STACKED_TEXT if reason == STACKED else Reason(reason).label

    def counts(self) -> dict[str, dict[str, Any]]:
        """Per clause: rows by outcome, 不符合 by reason, and the amount offered (分) over 可免申 rows."""
        return Tally(self.policy).add(self).counts()


class Tally:
    """What a run's summary counts, added up over evaluations of the registry's batches (in any order): per
    clause, rows by outcome, 不符合 rows by reason code, and the amount offered over 可免申 rows (exact)."""

    def __init__(self, policy: Policy) -> None:
        self.policy = policy
        k = len(policy.clauses)
        self.outcomes = np.zeros((3, k), dtype=np.int64)  # eligible, pending, ineligible
        self.reasons = np.zeros((max(int(r) for r in Reason) + 1 - STACKED, k), dtype=np.int64)  # from STACKED up
        self.offered = [0] * k

    def add(self, ev: Evaluation) -> Tally:
        n = ev.outcome.shape[0]
        for j in range(len(self.policy.clauses)):  # clause by clause: a clause's cells are contiguous
            o, r, g = ev.outcome[:, j], ev.reason[:, j], ev.granted[:, j]
            yes, maybe = o == 1, o == -1
            eligible, pending = int(np.count_nonzero(yes)), int(np.count_nonzero(maybe))
            self.outcomes[:, j] += (eligible, pending, n - eligible - pending)
            self.reasons[:, j] += np.bincount((r[~(yes | maybe)] - STACKED).astype(np.intp),
                                              minlength=self.reasons.shape[0])
            self.offered[j] += int(g[yes & (g > 0)].sum())
        return self

    def counts(self) -> dict[str, dict[str, Any]]:
        out: dict[str, dict[str, Any]] = {}
        for j, clause in enumerate(self.policy.clauses):
            reasons = {(STACKED_TEXT if code == STACKED else Reason(code).label): int(n)
                       for code, n in enumerate(self.reasons[:, j].tolist(), start=STACKED) if n}
            out[clause.id] = {"eligible": int(self.outcomes[0, j]), "pending": int(self.outcomes[1, j]),
                              "ineligible": int(self.outcomes[2, j]), "ineligible_by_reason": reasons,
                              "offered_fen": self.offered[j]}
        return out


Progress = Callable[[int, int], None]


def _records(session: Session, policy: Policy, adopted: AdoptedPolicy, frame: pl.DataFrame,
             today: dt.date) -> tuple[pl.DataFrame, npt.NDArray[np.int64]]:
    """The frame with its record columns (from the database for the entities found there) and the
    office-verified facts of those entities in place of the registry's."""
    n = frame.height
    usccs = frame.get_column("uscc")
    known = pl.DataFrame(session.execute(select(Organisation.uscc, Organisation.id)).all(), schema=["uscc", "id"],
                         orient="row")
    present = np.flatnonzero(usccs.is_in(known.get_column("uscc").to_list()).to_numpy()) if known.height else np.array([], int)
    wanted = usccs.gather(present).to_list()
    orgs: dict[str, Organisation] = {}
    for start in range(0, len(wanted), 500):
        org: Organisation
        for org in session.scalars(select(Organisation).where(Organisation.uscc.in_(wanted[start:start + 500]))):
            orgs[org.uscc] = org
    cols: dict[str, npt.NDArray[Any]] = {}
    for name in record_columns(policy):
        flag = name == "rec_barred" or name.startswith("rec_excluded__")
        cols[name] = np.zeros(n, dtype=bool if flag else np.int64)
    org_ids = np.full(n, -1, dtype=np.int64)
    overrides: dict[str, dict[int, Any]] = {}
    records = records_of(session, [o.id for o in orgs.values()], policy.id)
    for i, code in zip(present.tolist(), wanted, strict=True):
        org = orgs[code]
        org_ids[i] = org.id
        verified = {k: v for k, v in (org.verified or {}).items() if k in policy.facts}
        case = parse_case({"as_of": today.isoformat(), "effective_from": adopted.effective_from.isoformat(),
                           "facts": verified, **records[org.id]}, policy)
        for k, v in case.facts.items():
            overrides.setdefault(k, {})[i] = v
        rec = derive_records(policy, case)
        cols["rec_barred"][i] = bool(rec.barred)
        for cap_id, use in rec.cap_use.items():
            if f"rec_cap_fen__{cap_id}" in cols and use is not None:
                cols[f"rec_cap_fen__{cap_id}"][i] = use.fen
                cols[f"rec_cap_n__{cap_id}"][i] = use.grants
        for group, prior in enumerate(rec.priors or ()):
            cols[prior_column(group)][i] = prior
        if "rec_difference_fen" in cols:
            cols["rec_difference_fen"][i] = rec.difference_fen or 0
        for ex_id, hit in rec.excluded.items():
            cols[f"rec_excluded__{ex_id}"][i] = bool(hit)
        for x, count in (rec.granted or {}).items():
            cols[f"rec_granted__{x}"][i] = count
        for x, fen in (rec.deducts or {}).items():
            cols[deduct_column(x)][i] = fen
    frame = frame.with_columns([pl.Series(name, v) for name, v in cols.items()])
    for name, values in overrides.items():
        f = policy.facts[name]
        current = frame.get_column(name).to_list()
        for i, v in values.items():
            current[i] = _frame_value(f, v)
        frame = frame.with_columns(pl.Series(name, current, dtype=frame.schema[name]))
    return frame, org_ids


def evaluate_on_cluster(policy: Policy, adopted: AdoptedPolicy, frame: pl.DataFrame, today: dt.date,
                        scheduler: str, partitions: int | None,
                        progress: Progress | None) -> tuple[npt.NDArray[np.int8], npt.NDArray[np.int8],
                                                            npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """The table-path results of ``frame`` (records joined in) on the Dask cluster at ``scheduler`` (or
    ``local``), in ``partitions`` ranges of rows (``subsidy match --scheduler``): the same, row for row,
    as the blocks of :func:`evaluate_registry` evaluated here."""
    from subsidy.rules import distributed

    with distributed.connect(scheduler) as client:
        return distributed.evaluate_frame_partitioned(policy, frame, today, client=client, partitions=partitions,
                                                      effective_from=adopted.effective_from, progress=progress)


def evaluate_registry(session: Session, policy: Policy, adopted: AdoptedPolicy, registry: Registry,
                      today: dt.date, progress: Progress | None = None, *, scheduler: str | None = None,
                      partitions: int | None = None) -> Evaluation:
    """Every row of ``registry`` against every clause of ``policy`` on ``today`` (on a Dask cluster with
    ``scheduler``: :func:`evaluate_on_cluster`)."""
    frame, org_ids = _records(session, policy, adopted, registry.frame, today)
    return _evaluate(policy, adopted, registry, frame, org_ids, today, progress, scheduler=scheduler,
                     partitions=partitions)


def _evaluate(policy: Policy, adopted: AdoptedPolicy, registry: Registry, frame: pl.DataFrame,
              org_ids: npt.NDArray[np.int64], today: dt.date, progress: Progress | None, *,
              scheduler: str | None = None, partitions: int | None = None) -> Evaluation:
    """:func:`evaluate_registry` once the database's records are in ``frame`` (no database: a thread may run it)."""
    n, k = frame.height, len(policy.clauses)
    if scheduler is not None:
        eligible, reason, ceiling, granted = evaluate_on_cluster(policy, adopted, frame, today, scheduler, partitions,
                                                                 progress)
    else:  # clause-major (k, n) arrays, the evaluator's own, seen as (n, k): no transposing copy
        eligible, reason, ceiling, granted = evaluate_frame(policy, frame, today, effective_from=adopted.effective_from,
                                                            progress=progress)
    monetary = np.array([c.kind == "monetary" for c in policy.clauses], dtype=bool)
    stacked = (eligible == 1) & monetary[None, :] & (granted == 0)
    outcome = np.where(stacked, np.int8(0), eligible).astype(np.int8, copy=False)
    reason = np.where(stacked, np.int8(STACKED), reason).astype(np.int8, copy=False)
    # clause_facts, never describe.payment_facts: a schedule's facts change how it is paid, not whether it is 可免申
    needed = [[f.name for f in clause_facts(policy, c)][:62] for c in policy.clauses]
    width = max((len(names) for names in needed), default=0)
    bits_type: Any = next(t for t in (np.uint8, np.uint16, np.uint32, np.uint64) if width <= np.iinfo(t).bits)
    missing_t = np.zeros((k, n), dtype=bits_type)  # clause-major: each clause's bits contiguous
    nulls: dict[str, npt.NDArray[np.bool_] | None] = {}
    for j, names in enumerate(needed):
        at = np.flatnonzero(outcome[:, j] == -1)  # only the 待补充 rows carry bits
        if not at.size:
            continue
        bits: Any = np.zeros(at.size, dtype=bits_type)
        for b, name in enumerate(names):
            if name not in nulls:
                column = frame.get_column(name)
                nulls[name] = column.is_null().to_numpy() if column.null_count() else None
            if (null := nulls[name]) is not None:
                bits |= null[at].astype(bits_type) << bits_type(b)
        missing_t[j, at] = bits
    missing = missing_t.T
    return Evaluation(policy, registry, org_ids, outcome, reason, ceiling, granted, missing, needed)


_DIGEST_FIELDS = ("number", "registry_row", "entity_id", "uscc", "name", "organisation_id", "clause_id", "outcome",
                  "ceiling_fen", "granted_fen", "missing", "facts")
ENTITY_BLOCK = 1 << 11
"""Entities whose stored rows are built at a time (their facts' JSON held only for the block)."""


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _line(row: StoredRow) -> bytes:
    """One stored row as the digest reads it: the JSON list of its :data:`_DIGEST_FIELDS`."""
    return (_dumps([getattr(row, k) for k in _DIGEST_FIELDS]) + "\n").encode()


@dataclass(frozen=True)
class StoredRow:
    """A stored row of a run as every page, export, confirmation and the digest read it, with its entity's
    columns: a 可免申 row (``match_rows``; ``id`` is what a confirmation names) or a 待补充 row, stored with
    its entity (``MatchEntity.pending``; ``id`` None)."""

    id: int | None
    number: int
    registry_row: int
    entity_id: str
    uscc: str
    name: str
    organisation_id: int | None
    clause_id: str
    outcome: str
    ceiling_fen: int | None
    granted_fen: int | None
    missing: list[str]
    facts: dict[str, Any]


_ENTITY_FIELDS = ("registry_row", "entity_id", "uscc", "name", "organisation_id", "facts")


@dataclass
class _Block:
    """A block of stored rows (:func:`_stored_blocks`): ``entities``, the block's entities as stored
    (:data:`_ENTITY_COLUMNS`: ``facts`` and ``pending``, its 待补充 rows, as their JSON texts, which the insert
    stores as they are); ``rows``, their 可免申 rows as stored (:data:`_ROW_COLUMNS`: ``missing`` as its JSON
    text, ``entity`` the entity's number in the run); ``stored``, the rows of both kinds; ``lines``, their
    digest lines in row order, one a row, each the JSON list of the row's :data:`_DIGEST_FIELDS` (its
    entity's columns with it): :func:`_line` of the row as read back."""

    entities: pl.DataFrame
    rows: pl.DataFrame
    stored: int
    lines: bytes


_ENTITY_COLUMNS = ("number", "registry_row", "entity_id", "uscc", "name", "organisation_id", "facts", "rows_from",
                   "pending")
_ROW_COLUMNS = ("number", "entity", "clause_id", "outcome", "ceiling_fen", "granted_fen", "missing")


def _stored_blocks(ev: Evaluation, number: int = 0, entity: int = 0) -> Iterator[_Block]:
    """The 可免申 and 待补充 rows, entity by entity in registry order, clauses in policy order, in blocks of
    :data:`ENTITY_BLOCK` entities, built column by column (Polars), not row by row, each entity with an
    offered row once, its 待补充 rows with it. ``number`` and ``entity``: the rows and entities stored before
    (of the registry's earlier batches)."""
    frame = ev.registry.frame
    policy = ev.policy
    clause_ids = pl.Series([c.id for c in policy.clauses], dtype=pl.String)
    clause_js = pl.Series([_js(c.id) for c in policy.clauses], dtype=pl.String)
    clause_outcome_js = pl.Series([f"{_js(c.id)},{_js(o)}" for c in policy.clauses for o in ("pending", "eligible")],
                                  dtype=pl.String)  # a row's clause and outcome, by 2 × clause + 可免申
    missing_js: dict[tuple[int, int], str] = {}
    facts = _facts_expr(policy).alias("facts")  # the same expression for every block
    offered = ev.outcome != 0
    entities = np.flatnonzero(offered.any(axis=1))
    for lo in range(0, entities.size, ENTITY_BLOCK):
        block = entities[lo:lo + ENTITY_BLOCK]
        part = frame.select(pl.col(["row", "entity_id", "uscc", "name", *policy.facts]).gather(block))
        org = ev.organisation[block]
        rows, cols = np.nonzero(offered[block])  # row-major: entity by entity, each entity's clauses in order
        first = np.flatnonzero(np.diff(rows, prepend=-1))  # each entity's first row
        head = part.select(pl.int_range(entity + 1, entity + 1 + block.size, dtype=pl.Int64).alias("number"),
                           pl.col("row").alias("registry_row"),
                           pl.col("entity_id").cast(pl.String).str.slice(0, 200), "uscc", "name",
                           _nullable(org, org >= 0, "organisation_id"), facts,
                           pl.Series("rows_from", first + number + 1, dtype=pl.Int64))
        said = head.select(pl.concat_str([  # the digest line's entity fields (after the row's number), and facts
            pl.col("registry_row").cast(pl.String), pl.lit(","), _js_expr(pl.col("entity_id")), pl.lit(","),
            _js_expr(pl.col("uscc")), pl.lit(","), _js_expr(pl.col("name")), pl.lit(","),
            _null_text(pl.col("organisation_id"))]).alias("said"), "facts")
        at = block[rows]
        outcome, code = ev.outcome[at, cols], ev.missing[at, cols]
        # each (clause, missing facts) once: its text; which: the text of each row
        codes, dense = np.unique(code, return_inverse=True)
        pairs, which = np.unique(cols.astype(np.int64) * codes.size + dense.ravel(), return_inverse=True)
        texts = []
        for key in pairs.tolist():
            j, c = divmod(key, codes.size)
            c = int(codes[c])
            if (j, c) not in missing_js:
                missing_js[(j, c)] = _dumps([x for b, x in enumerate(ev.needed[j]) if c >> b & 1])
            texts.append(missing_js[(j, c)])
        ceiling, granted = ev.ceiling[at, cols], ev.granted[at, cols]
        eligible = pl.Series(outcome == 1)
        table = pl.DataFrame([
            pl.int_range(number + 1, number + 1 + rows.size, dtype=pl.Int64, eager=True).alias("number"),
            pl.Series("entity", rows + entity + 1, dtype=pl.Int64),
            clause_ids.gather(cols).alias("clause_id"),
            _OUTCOME_TEXTS.gather((outcome == 1).astype(np.uint32)).alias("outcome"),
            _nullable(ceiling, ceiling >= 0, "ceiling_fen"),
            _nullable(granted, (outcome == 1) & (granted >= 0), "granted_fen"),
            pl.Series(texts, dtype=pl.String).gather(which).alias("missing"),
            clause_js.gather(cols).alias("clause")])
        # each row's texts as JSON writes them: its number, ceiling and, for the digest, clause and outcome
        text = table.select("entity", "missing", "clause", pl.col("number").cast(pl.String).alias("n"),
                            _null_text(pl.col("ceiling_fen")).alias("ceiling"),
                            clause_outcome_js.gather(pl.Series(cols * 2 + (outcome == 1), dtype=pl.UInt32))
                            .alias("clause_outcome"))
        # an entity's 待补充 rows as their JSON list (null: none), each [number, clause, ceiling, missing]
        pending = text.filter(~eligible).select("entity", pl.concat_str([
            pl.lit("["), pl.col("n"), pl.lit(","), pl.col("clause"), pl.lit(","), pl.col("ceiling"), pl.lit(","),
            pl.col("missing"), pl.lit("]")]).alias("pending")
        ).with_columns(pl.col("entity").set_sorted()).group_by("entity", maintain_order=True).agg(
            pl.col("pending").str.join(","))
        head = head.join(pending, left_on="number", right_on="entity", how="left", maintain_order="left").with_columns(
            pl.concat_str([pl.lit("["), pl.col("pending"), pl.lit("]")]).alias("pending"))
        lines = pl.concat([text.select("n", "clause_outcome", "ceiling", "missing"),
                           table.select("granted_fen"), said[rows]], how="horizontal").select(pl.concat_str([
            pl.lit("["), pl.col("n"), pl.lit(","), pl.col("said"), pl.lit(","), pl.col("clause_outcome"), pl.lit(","),
            pl.col("ceiling"), pl.lit(","), _null_text(pl.col("granted_fen")), pl.lit(","),
            pl.col("missing"), pl.lit(","), pl.col("facts"), pl.lit("]\n")]).str.join("").cast(pl.Binary))
        number += rows.size
        entity += block.size
        yield _Block(head, table.filter(eligible).select(_ROW_COLUMNS), rows.size, lines.item())


_OUTCOME_TEXTS = pl.Series(["pending", "eligible"], dtype=pl.String)
"""A stored row's outcome, by whether it is 可免申."""


def _nullable(values: npt.NDArray[np.int64], known: npt.NDArray[np.bool_], name: str) -> pl.Series:
    """``values`` where ``known``, else null."""
    return pl.Series(name, values, dtype=pl.Int64).scatter(np.flatnonzero(~known), None)


def _null_text(e: pl.Expr) -> pl.Expr:
    """A whole number or null as JSON writes it."""
    return e.cast(pl.String).fill_null("null")


def _js(value: str) -> str:
    """A text as :func:`_dumps` writes it."""
    return encode_basestring(value)


def _frame_value(f: FactDef, v: Any) -> Any:
    """A parsed case's fact value as the registry's frame holds it (a number as Decimal, a list's items too)."""
    if f.type == "number":
        return Decimal(v.numerator) / Decimal(v.denominator)
    if f.type == "list":
        return [{x.name: _frame_value(x, item[x.name]) for x in f.items} for item in v]
    return v


_ESCAPES = dict(ESCAPE_DCT)
"""What :func:`_dumps` escapes in a text (``ensure_ascii=False``): the quote, the backslash and every control
character, each as json writes it."""


def _js_expr(e: pl.Expr) -> pl.Expr:
    """:func:`_js`, column-wise (null stays null)."""
    return pl.concat_str([pl.lit('"'), e.str.replace_many(list(_ESCAPES), list(_ESCAPES.values())), pl.lit('"')])


def _facts_expr(policy: Policy) -> pl.Expr:
    """Each entity's facts in the stored (case-file) form, as :func:`_dumps` writes them: money with its unit,
    numbers as text, unknown facts left out (column-wise: the texts :func:`_fact_value` gives one by one)."""
    pieces: list[pl.Expr] = []
    for name in sorted(policy.facts):
        f, col = policy.facts[name], pl.col(name)
        if f.type == "money":
            value = _money_expr(col, f.unit or "元")
        elif f.type == "number":
            text = col.cast(pl.String)
            value = _js_expr(pl.when(text.str.contains(".", literal=True))
                             .then(text.str.strip_chars_end("0").str.strip_chars_end(".")).otherwise(text))
        elif f.type in ("category", "date"):  # a date as the case file writes it: "2025-01-01"
            value = _js_expr(col.cast(pl.String))
        elif f.type == "list":  # rare (a person's records): each list through the case file's form
            value = col.map_elements(_items_text(f), return_dtype=pl.String)
        elif f.type == "bool":  # each value's text whole (null: left out)
            pieces.append(pl.when(col).then(pl.lit(_js(name) + ":true")).when(~col).then(pl.lit(_js(name) + ":false")))
            continue
        else:  # integer
            value = col.cast(pl.String)
        pieces.append(pl.concat_str([pl.lit(_js(name) + ":"), value]))
    if not pieces:
        return pl.lit("{}")
    return pl.concat_str([pl.lit("{"), pl.concat_str(pieces, separator=",", ignore_nulls=True), pl.lit("}")])


def _items_text(f: FactDef) -> Callable[[Any], str]:
    """The JSON text of a list fact's items (:func:`_items_value`), one list at a time."""
    def text(items: Any) -> str:
        return _dumps(_items_value(f, items))
    return text


def _items_value(f: FactDef, items: Any) -> list[dict[str, Any]]:
    """A list fact's items (the registry's structs) as a case file writes them (what :func:`_facts_expr`
    writes column-wise for the other types)."""
    out = []
    for item in items:
        written: dict[str, Any] = {}
        for x in f.items:
            v = item[x.name]
            if x.type == "money":
                v = format_fen(int(v), x.unit or "元")
            elif x.type == "number":
                text = format(Decimal(v), "f")
                v = text.rstrip("0").rstrip(".") if "." in text else text
            elif x.type == "date":
                v = v.isoformat()
            written[x.name] = v
        out.append(written)
    return out


def _money_expr(fen: pl.Expr, unit: str) -> pl.Expr:
    """:func:`~subsidy.money.format_fen` of each amount (分) in ``unit``, as a JSON text, column-wise."""
    per = FEN_PER_UNIT[unit]
    whole, rest = fen.abs() // per, fen.abs() % per
    fraction = pl.when(rest == 0).then(pl.lit("")).otherwise(
        pl.concat_str([pl.lit("."), rest.cast(pl.String).str.zfill(len(str(per)) - 1).str.strip_chars_end("0")]))
    return pl.concat_str([pl.lit('"'), pl.when(fen < 0).then(pl.lit("-")).otherwise(pl.lit("")), whole.cast(pl.String),
                          fraction, pl.lit(_js(unit)[1:])])


def _facts_texts(policy: Policy, part: pl.DataFrame) -> list[str]:
    """Each entity's facts of ``part`` as stored (:func:`_facts_expr`)."""
    return [str(t) for t in part.select(_facts_expr(policy)).to_series().to_list()]


_COPY_ESCAPES = {"\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"}
"""What PostgreSQL's COPY text format escapes in a value."""


def _sqlite_variables(dbapi: Any) -> int:
    """The bound values an SQLite statement may take: the library's own limit (32766 by default since SQLite
    3.32, 999 before), read from the connection."""
    import sqlite3

    return int(dbapi.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER))


def _insert_rows(conn: Connection, run_id: int, block: _Block) -> None:
    """Store a block of :func:`_stored_blocks` (its entities, then its 可免申 rows) by the database's bulk
    insert: on PostgreSQL a COPY of each table written as COPY text by Polars (no Python object a row); on
    SQLite ``INSERT ... VALUES`` of as many rows as a statement binds, the same statement each time (SQLite
    runs it without the GIL: the evaluation thread runs meanwhile; parsing the rows out of one JSON text
    instead costs SQLite twice the CPU, its entity texts being long)."""
    for name, table in (("match_entities", block.entities), ("match_rows", block.rows)):
        columns = ("run_id", *table.columns)
        if conn.dialect.name == "postgresql":
            text = table.select(pl.lit(run_id, dtype=pl.Int64).alias("run_id"), pl.all()).select(
                pl.col(pl.String).str.replace_many(list(_COPY_ESCAPES), list(_COPY_ESCAPES.values())),
                pl.exclude(pl.String)).select(columns)
            data = text.write_csv(None, include_header=False, separator="\t", quote_style="never", null_value="\\N",
                                  line_terminator="\n")
            cur = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
            with cur, cur.copy(f"COPY {name} ({', '.join(columns)}) FROM STDIN") as copy:
                copy.write(data.encode())
            continue
        dbapi = conn.connection.driver_connection
        per = max(_sqlite_variables(dbapi) // table.width, 1)  # the run id is a literal, not bound
        cur = dbapi.cursor()  # type: ignore[union-attr]
        try:
            for start in range(0, table.height, per):
                part = table.slice(start, per)
                values = ",".join([f"({run_id}, {', '.join('?' * table.width)})"] * part.height)
                bound: list[Any] = [None] * (part.height * part.width)  # row by row, column by column
                for j, column in enumerate(part.get_columns()):
                    bound[j::part.width] = column.to_list()
                cur.execute(f"INSERT INTO {name} ({', '.join(columns)}) VALUES {values}", bound)
        finally:
            cur.close()


SQLITE_BULK_CACHE_KIB = 32 << 10
"""SQLite's page cache (KiB) while a run's rows are inserted, instead of the default 2 MiB: the indexes' pages stay
in memory rather than being read back from the file again and again (about a tenth of the insert's CPU)."""


def _bulk_cache(conn: Connection) -> int | None:
    """On SQLite, the connection's page cache set to :data:`SQLITE_BULK_CACHE_KIB` for the bulk insert (durability
    is the same: the commit writes and syncs what it did before); its size before, to set back (None: not SQLite)."""
    if conn.dialect.name != "sqlite":
        return None
    before = int(conn.exec_driver_sql("PRAGMA cache_size").scalar_one())
    conn.exec_driver_sql(f"PRAGMA cache_size={-SQLITE_BULK_CACHE_KIB}")
    return before


def run_match(session: Session, actor: User, adopted: AdoptedPolicy, policy: Policy,
              registry: Registry | RegistryBatches, *, registry_name: str, registry_sha256: str, today: dt.date,
              progress: Progress | None = None, scheduler: str | None = None,
              partitions: int | None = None) -> tuple[MatchRun, Evaluation | None]:
    """Evaluate the registry (on a Dask cluster with ``scheduler``: :func:`evaluate_on_cluster`), store the
    run and its offered rows, and record it in the audit log. A
    registry read in batches (:func:`~subsidy.population.reader.read_batches`) is evaluated and stored
    batch by batch, only the batch in memory (and no :class:`Evaluation` of the whole comes back); the run
    is the same as for the whole file read at once, row for row."""
    require_role(actor, "运行免申即享匹配", *MATCH_REVIEWERS)
    run = MatchRun(adopted_policy_id=adopted.id, policy_id=policy.id, rules_version=policy.version, as_of=today,
                   registry_name=registry_name[:200], registry_sha256=registry_sha256, rows_read=0, rows_refused=0,
                   problems=[], summary={}, offered_fen=0, rows_stored=0, rows_digest="", run_by=actor.id)
    session.add(run)
    session.flush()
    digest = hashlib.sha256()
    stored = entities = 0
    tally = Tally(policy)
    conn = session.connection()  # match_rows are sealed by the digest, not row by row: a plain bulk insert
    whole = registry if isinstance(registry, Registry) else None
    total = registry.height
    ev: Evaluation | None = None

    def evaluate(batch: Registry, frame: pl.DataFrame, org_ids: npt.NDArray[np.int64], at: int) -> Evaluation:
        step = None if progress is None else (lambda d, _n: progress(at + d, total))
        out = _evaluate(policy, adopted, batch, frame, org_ids, today, step, scheduler=scheduler,
                        partitions=partitions)
        tally.add(out)
        return out

    def store(done: Evaluation) -> None:
        nonlocal stored, entities
        for block in _stored_blocks(done, stored, entities):
            digest.update(block.lines)
            _insert_rows(conn, run.id, block)
            stored += block.stored
            entities += block.entities.height

    cache = _bulk_cache(conn)
    try:
        # a pipeline of three: the next batch is read (a thread of read_batches), this one evaluated (a thread:
        # NumPy and Polars, no database), the one before stored (here, with the database's records of the next)
        read = 0
        with ThreadPoolExecutor(max_workers=1) as pool:
            pending: Future[Evaluation] | None = None
            for batch in ([registry] if isinstance(registry, Registry) else registry):
                frame, org_ids = _records(session, policy, adopted, batch.frame, today)
                evaluating = pool.submit(evaluate, batch, frame, org_ids, read)
                del frame, org_ids
                read += batch.rows_read
                if pending is not None:
                    store(pending.result())
                pending = evaluating
                del batch
            if pending is not None:
                ev = pending.result()
                store(ev)
    finally:
        if cache is not None:
            with suppress(DBAPIError):  # a run that failed is rolled back: its error is the one told
                conn.exec_driver_sql(f"PRAGMA cache_size={cache}")
    if whole is None:
        ev = None
    summary = tally.counts()
    run.rows_read, run.rows_refused = registry.rows_read, registry.rows_refused
    run.problems = [str(p) for p in registry.problems]
    run.summary = {"clauses": summary, "problem_counts": registry.problem_counts}
    run.offered_fen = sum(c["offered_fen"] for c in summary.values())
    run.rows_stored, run.rows_digest = stored, digest.hexdigest()
    record(session, actor, "run_match", f"match_run:{run.id}", policy=policy.id, version=policy.version,
           adopted_policy=adopted.id, as_of=today.isoformat(), registry=run.registry_name,
           registry_sha256=registry_sha256, rows_read=registry.rows_read, rows_refused=registry.rows_refused,
           rows_stored=stored, rows_digest=run.rows_digest, offered_fen=run.offered_fen,
           outcomes={cid: [c["eligible"], c["pending"], c["ineligible"]] for cid, c in summary.items()})
    return run, ev


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


Watch = Callable[[Registry | RegistryBatches], AbstractContextManager[Progress | None]]


def match_file(session: Session, actor: User, policy_id: str, path: Path, *, registry_name: str, today: dt.date,
               watch: Watch | None = None, whole: bool = False, scheduler: str | None = None,
               partitions: int | None = None) -> tuple[MatchRun, Evaluation | None]:
    """A match of a registry file (``subsidy match REGISTRY --policy P`` and the office's match page): the
    policy in force as adopted, the file read for it (its bad rows listed in the run and left out, the good
    ones evaluated), the run stored (:func:`run_match`). ``watch``, given the registry read, opens what
    reports progress (or yields None). A Parquet file is read, evaluated and stored in batches (memory
    follows the batch, not the file; no :class:`Evaluation` comes back) unless ``whole`` asks for the
    evaluation of every row (an export) or a cluster (``scheduler``) evaluates it."""
    require_role(actor, "运行免申即享匹配", *MATCH_REVIEWERS)
    adopted, policy = match_policy(session, policy_id)
    registry: Registry | RegistryBatches = (read_batches(path, policy)
                                            if path.suffix.lower() == ".parquet" and not whole and scheduler is None
                                            else read_registry(path, policy))
    with (watch(registry) if watch is not None else nullcontext(None)) as progress:
        return run_match(session, actor, adopted, policy, registry, registry_name=registry_name,
                         registry_sha256=file_sha256(path), today=today, progress=progress, scheduler=scheduler,
                         partitions=partitions)


def _with_entity() -> Any:
    """A match row's entity: the join condition."""
    return and_(MatchEntity.run_id == MatchRow.run_id, MatchEntity.number == MatchRow.entity)


def _eligible(*where: Any) -> Select[Any]:
    """The 可免申 rows (``match_rows``) with their entities' columns, in run and row order."""
    return (select(MatchRow.run_id, MatchRow.id, MatchRow.number, MatchRow.clause_id, MatchRow.outcome,
                   MatchRow.ceiling_fen, MatchRow.granted_fen, MatchRow.missing,
                   *(getattr(MatchEntity, k) for k in _ENTITY_FIELDS))
            .join(MatchEntity, _with_entity()).where(*where).order_by(MatchRow.run_id, MatchRow.number))


def _with_pending(*where: Any) -> Select[Any]:
    """The entities with 待补充 rows, in run and entity order."""
    return (select(MatchEntity.pending, *(getattr(MatchEntity, k) for k in _ENTITY_FIELDS))
            .where(MatchEntity.pending.is_not(None), *where).order_by(MatchEntity.run_id, MatchEntity.number))


def _stored(m: Any) -> StoredRow:
    return StoredRow(**{k: v for k, v in m.items() if k != "run_id"})


def _pending_of(entity: Any) -> list[StoredRow]:
    """An entity's 待补充 rows (its ``pending``)."""
    said = {k: entity[k] for k in _ENTITY_FIELDS}
    return [StoredRow(id=None, number=number, clause_id=clause_id, outcome="pending", ceiling_fen=ceiling,
                      granted_fen=None, missing=missing, **said)
            for number, clause_id, ceiling, missing in entity["pending"] or ()]


def _all_rows(session: Session, run_id: int) -> Iterator[StoredRow]:
    """Every stored row of a run, both kinds, in row order."""
    streamed = {"yield_per": 2000}  # a run may have millions
    eligible = (_stored(m) for m in session.execute(_eligible(MatchRow.run_id == run_id),
                                                    execution_options=streamed).mappings())
    pending = (r for e in session.execute(_with_pending(MatchEntity.run_id == run_id),
                                          execution_options=streamed).mappings() for r in _pending_of(e))
    return heapq.merge(eligible, pending, key=lambda r: r.number)


def _row(session: Session, run: MatchRun, number: int) -> StoredRow | None:
    """Row ``number`` of a run (None: no such row): a 可免申 row, or a 待补充 row of the entity whose rows it is in."""
    found = session.execute(_eligible(MatchRow.run_id == run.id, MatchRow.number == number)).mappings().one_or_none()
    if found is not None:
        return _stored(found)
    entity = session.execute(_with_pending(MatchEntity.run_id == run.id, MatchEntity.rows_from <= number)
                             .order_by(None).order_by(MatchEntity.rows_from.desc()).limit(1)).mappings().one_or_none()
    return None if entity is None else next((r for r in _pending_of(entity) if r.number == number), None)


def verify_rows(session: Session) -> list[ChainProblem]:
    """Every run's stored rows (with their entities) against its digest and count; rows and entities of no run."""
    problems: list[ChainProblem] = []
    runs = {r.id: r for r in session.scalars(select(MatchRun))}
    for run in runs.values():
        digest = hashlib.sha256()
        count = 0
        for r in _all_rows(session, run.id):
            digest.update(_line(r))
            count += 1
        if count != run.rows_stored or digest.hexdigest() != run.rows_digest:
            problems.append(ChainProblem(run.id, f"免申即享匹配 {run.id} 的结果行与其摘要不符（记载 {run.rows_stored} 行，"
                                                 f"现有 {count} 行）：结果行被修改、删除或插入"))
    orphans = set()
    for table in (MatchRow, MatchEntity):
        orphans |= set(session.scalars(select(table.run_id).where(table.run_id.not_in(list(runs) or [0])).distinct()))
    problems += [ChainProblem(rid, f"免申即享匹配结果行属于不存在的匹配 {rid}（被直接插入数据库）") for rid in sorted(orphans)]
    return problems


def list_runs(session: Session, actor: User) -> list[MatchRun]:
    require_role(actor, "查看免申即享匹配", *READ_ALL)
    return list(session.scalars(select(MatchRun).order_by(MatchRun.id)))


def get_run(session: Session, actor: User, run_id: int) -> MatchRun:
    require_role(actor, "查看免申即享匹配", *READ_ALL)
    run = session.get(MatchRun, run_id)
    if run is None:
        raise NotFound(f"免申即享匹配 {run_id} 不存在（用 `subsidy match list` 查看）", "no_match_run")
    return run


def get_run_for_confirm(session: Session, actor: User, run_id: int) -> MatchRun:
    """The run, for an enterprise's 意愿确认 (an applicant confirms only its own rows: :func:`confirm`)."""
    require_role(actor, "意愿确认", "applicant", "officer")
    run = session.get(MatchRun, run_id)
    if run is None:
        raise NotFound(f"免申即享匹配 {run_id} 不存在", "no_match_run")
    return run


def run_rows(session: Session, run: MatchRun, outcome: str | None = None,
             limit: int | None = None) -> list[StoredRow]:
    """The run's stored rows (可免申 and 待补充; or those of ``outcome``), in row order, at most ``limit``."""
    parts: list[list[StoredRow]] = []
    if outcome in (None, "eligible"):
        q = _eligible(MatchRow.run_id == run.id)
        parts.append([_stored(m) for m in session.execute(q if limit is None else q.limit(limit)).mappings()])
    if outcome in (None, "pending"):
        q = _with_pending(MatchEntity.run_id == run.id)  # an entity of these has a 待补充 row at least
        parts.append([r for e in session.execute(q if limit is None else q.limit(limit)).mappings()
                      for r in _pending_of(e)])
    rows = list(heapq.merge(*parts, key=lambda r: r.number))
    return rows if limit is None else rows[:limit]


def _row_cells(policy: Policy, row: StoredRow) -> list[Any]:
    clause = policy.clause(row.clause_id)
    why = ("符合条件，所需事实齐全" if row.outcome == "eligible"
           else "尚需提供：" + ("、".join(missing_label(policy, x) for x in row.missing) or "其他信息"))
    return [row.registry_row, row.entity_id, row.uscc, row.name, clause.cite, clause.title,
            OUTCOME_LABELS[row.outcome], "" if row.ceiling_fen is None else _yuan(row.ceiling_fen),
            "" if row.granted_fen is None else _yuan(row.granted_fen), why]


def stored_cells(policy: Policy, rows: list[StoredRow]) -> list[list[Any]]:
    return [_row_cells(policy, r) for r in rows]


def export(ev: Evaluation, path: Path) -> Path:
    """Every entity × clause (不符合 included) as CSV (UTF-8 with BOM) or Excel, every cell safe."""
    from subsidy.services.reports import write_csv, write_xlsx

    frame = ev.registry.frame
    clauses = ev.policy.clauses
    meta = frame.select("row", "entity_id", "uscc", "name").rows()
    cells: list[list[Any]] = []
    for i, (row, entity_id, uscc, name) in enumerate(meta):
        for j, c in enumerate(clauses):
            out = int(ev.outcome[i, j])
            ceiling, granted = int(ev.ceiling[i, j]), int(ev.granted[i, j])
            cells.append([row, entity_id, uscc, name, c.cite, c.title, OUTCOME_LABELS[OUTCOMES[out]],
                          "" if ceiling < 0 or out == 0 else _yuan(ceiling),
                          "" if out != 1 or granted < 0 else _yuan(granted), ev.why(i, j)])
    if path.suffix.lower() == ".xlsx":
        if len(cells) > 1_000_000:
            from subsidy.errors import CaseInputError

            raise CaseInputError("--out", f"结果有 {len(cells)} 行，超过 Excel 的行数上限", "导出为 .csv")
        problems = [[p] for p in (str(x) for x in ev.registry.problems)]
        return write_xlsx(path, {"匹配结果": (EXPORT_HEADERS, cells), "名录问题": (("问题",), problems)})
    return write_csv(path, EXPORT_HEADERS, cells)


def confirm(session: Session, actor: User, run: MatchRun, number: int, today: dt.date,
            call_id: int | None = None) -> Application:
    """The enterprise's 意愿确认 of 可免申 row ``number``: its application under an open call of the
    policy, the clause and the registry's facts filled in (a draft, which then follows the normal cycle)."""
    from subsidy.services.applications import create_application
    from subsidy.services.calls import get_call
    from subsidy.store.tables import Call

    row = _row(session, run, number)
    if row is None:
        raise DomainRefusal(f"免申即享匹配 {run.id} 没有第 {number} 行（用 `subsidy match show {run.id}` 查看）",
                            "no_match_row")
    if row.outcome != "eligible":
        raise DomainRefusal(f"第 {number} 行为{OUTCOME_LABELS[row.outcome]}，只有可免申的行可以确认；"
                            f"{'尚需提供的信息补齐后重新匹配' if row.outcome == 'pending' else ''}", "not_eligible")
    assert row.id is not None  # a 可免申 row is a match_rows row
    done = session.scalars(select(MatchConfirmation).where(MatchConfirmation.row_id == row.id)).one_or_none()
    if done is not None:
        raise DomainRefusal(f"第 {number} 行已于 {done.confirmed_on.isoformat()} 确认（申报 {done.application_id}）",
                            "already_confirmed")
    org = session.scalars(select(Organisation).where(Organisation.uscc == row.uscc)).one_or_none()
    if org is None:
        raise DomainRefusal(f"单位「{row.name}」（{row.uscc}）尚未登记，先由经办人员用 `subsidy org add` 登记并创建其用户",
                            "no_organisation")
    if actor.role == "applicant" and actor.organisation_id != org.id:
        raise DomainRefusal(f"用户「{actor.username}」不属于「{row.name}」，只能确认本单位的匹配结果", "not_your_organisation")
    if call_id is not None:
        call = get_call(session, call_id)
        if call.adopted_policy_id != run.adopted_policy_id:
            raise DomainRefusal(f"申报批次 {call_id} 不属于该匹配所用的政策", "wrong_call")
    else:
        calls = [c for c in session.scalars(select(Call).where(Call.adopted_policy_id == run.adopted_policy_id,
                                                               Call.state == "open").order_by(Call.id))
                 if row.clause_id in c.clauses]
        if not calls:
            raise DomainRefusal("该政策目前没有开放本条款的申报批次，不能确认（批次发布后再确认）", "no_open_call")
        call = calls[-1]
    app = create_application(session, actor, call=call, organisation=org, clause=row.clause_id,
                             project_title=f"{row.name}（免申即享）", facts=dict(row.facts))
    session.add(MatchConfirmation(row_id=row.id, application_id=app.id, confirmed_by=actor.id, confirmed_on=today))
    session.flush()
    record(session, actor, "confirm_match", f"match_run:{run.id}", row=number, application=app.id,
           organisation=org.uscc, clause=row.clause_id)
    return app


# ---- notices and the enterprise's side (the web's match review pages) ----------------------------


def push_notices(session: Session, actor: User, run: MatchRun) -> tuple[list[str], int]:
    """Tell the registered organisations with 可免申 rows in ``run`` that they may confirm (意愿确认): one
    audit record per organisation (``notify_match``, subject ``organisation:<id>``), which the notices
    inbox (services/inbox.py) turns into the organisation's notice, linking to its offers (``/matching``).
    Returns the codes told and how many matched entities are not registered (they cannot log in to
    confirm; an officer registers them first). Pushing again tells them again."""
    require_role(actor, "推送免申即享通知", *MATCH_REVIEWERS)
    codes = sorted(set(session.scalars(select(MatchEntity.uscc).join(MatchRow, _with_entity())
                                       .where(MatchRow.run_id == run.id, MatchRow.outcome == "eligible"))))
    orgs = list(session.scalars(select(Organisation).where(Organisation.uscc.in_(codes)).order_by(Organisation.uscc))) \
        if codes else []
    for org in orgs:
        record(session, actor, "notify_match", f"organisation:{org.id}", run=run.id, uscc=org.uscc)
    return [o.uscc for o in orgs], len(codes) - len(orgs)


def notices_of(session: Session, run: MatchRun) -> list[AuditRecord]:
    """The notices pushed for ``run`` (their audit records, oldest first)."""
    found = session.scalars(select(AuditRecord).where(AuditRecord.action == "notify_match").order_by(AuditRecord.id))
    return [r for r in found if (r.detail or {}).get("run") == run.id]


def confirmations(session: Session, run: MatchRun) -> dict[int, MatchConfirmation]:
    """The run's confirmed rows: row number → its confirmation."""
    q = (select(MatchRow.number, MatchConfirmation).join(MatchConfirmation, MatchConfirmation.row_id == MatchRow.id)
         .where(MatchRow.run_id == run.id))
    return {row[0]: row[1] for row in session.execute(q)}


@dataclass(frozen=True)
class Offer:
    run: MatchRun
    row: StoredRow
    confirmation: MatchConfirmation | None
    notified: bool  # a notice was pushed for the run naming this organisation


def _notified(session: Session, run: MatchRun, uscc_code: str) -> bool:
    return any((r.detail or {}).get("uscc") == uscc_code for r in notices_of(session, run))


def offers_for(session: Session, actor: User) -> list[Offer]:
    """The 可免申 rows of the actor's organisation in every run (an applicant's own offers)."""
    require_role(actor, "查看本单位的免申即享结果", "applicant")
    org = session.get(Organisation, actor.organisation_id) if actor.organisation_id is not None else None
    if org is None:
        return []
    found = session.execute(_eligible(MatchEntity.uscc == org.uscc, MatchRow.outcome == "eligible").order_by(None)
                            .order_by(MatchRow.run_id.desc(), MatchRow.number)).mappings()
    out = []
    for m in found:
        run, row = session.get_one(MatchRun, m["run_id"]), _stored(m)
        done = session.scalars(select(MatchConfirmation).where(MatchConfirmation.row_id == row.id)).one_or_none()
        out.append(Offer(run, row, done, _notified(session, run, org.uscc)))
    return out


def get_offer(session: Session, actor: User, run_id: int, number: int) -> Offer:
    """One row of a run for its 意愿确认 page: an applicant reads only its own organisation's rows."""
    run = get_run_for_confirm(session, actor, run_id)
    row = _row(session, run, number)
    if row is None:
        raise DomainRefusal(f"免申即享匹配 {run.id} 没有第 {number} 行", "no_match_row")
    if actor.role == "applicant":
        org = session.get(Organisation, actor.organisation_id) if actor.organisation_id is not None else None
        if org is None or org.uscc != row.uscc:
            raise DomainRefusal(f"用户「{actor.username}」不属于「{row.name}」，只能查看本单位的匹配结果",
                                "not_your_organisation")
    done = None if row.id is None else session.scalars(
        select(MatchConfirmation).where(MatchConfirmation.row_id == row.id)).one_or_none()
    return Offer(run, row, done, _notified(session, run, row.uscc))
