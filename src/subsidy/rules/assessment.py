"""One assessment as an entry point asks for it: a raw case (as read from a file or a request body)
with the options ``--policy``, ``--as-of``, ``--effective-from`` and ``--clause``, and its JSON
(docs/json-contract.md). The CLI's ``assess`` and the API's ``POST /api/assess`` both use it, so they
answer the same case with the same document."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from subsidy.rules.case import case_policy_id, parse_case, parse_date
from subsidy.rules.evaluate import assess
from subsidy.rules.model import Clause, Policy
from subsidy.rules.registry import find_policy
from subsidy.rules.report import clause_json, result_json, yuan
from subsidy.rules.results import PolicyResult

__all__ = ["CLI_OPTIONS", "Assessment", "assess_request", "assessment_json"]

# How the options are named in errors (the CLI's spelling; the API passes its parameter names).
CLI_OPTIONS: Mapping[str, str] = {"as_of": "--as-of", "effective_from": "--effective-from"}


@dataclass(frozen=True)
class Assessment:
    """An assessment request answered: the result and the clause asked about, if any."""

    result: PolicyResult
    clause: Clause | None  # the clause asked for, if any


def assess_request(data: dict[str, Any], *, today: dt.date, name: str, policy: str | None = None,
                   clause: str | None = None, as_of: str | None = None, effective_from: str | None = None,
                   options: Mapping[str, str] = CLI_OPTIONS,
                   find: Callable[[str], Policy] = find_policy) -> Assessment:
    """Assess the raw case ``data`` (its ``as_of`` replaced by ``as_of`` when given; ``today`` when
    it has none; ``find`` looks the policy up by the id the case or ``policy`` gives). Raises
    :class:`CaseInputError` / :class:`PolicyNotFound` naming what was wrong."""
    p = find(case_policy_id(data, policy))
    if as_of is not None:
        data["as_of"] = as_of  # in place: a YAML case keeps its line numbers for errors
        parse_date(as_of, options["as_of"])
    case = parse_case(data, p, today=today, name=name)
    selected = p.clause(clause) if clause is not None else None
    eff = None if effective_from is None else parse_date(effective_from, options["effective_from"])
    return Assessment(assess(p, case, effective_from=eff), selected)


def assessment_json(a: Assessment) -> dict[str, Any]:
    """The contract's document; with a clause asked for, only that clause and ``selected_clause``."""
    doc = result_json(a.result)
    c = a.clause
    if c is not None:
        doc["clauses"] = [clause_json(x) for x in a.result.clauses if x.clause.id == c.id]
        fen, missing = a.result.of_clause(c.id)
        doc["selected_clause"] = {"id": c.id, "total": yuan(fen), "missing": missing}
    return doc
