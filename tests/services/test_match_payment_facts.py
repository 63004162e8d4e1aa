"""免申即享 matching never waits for a payment fact (支付安排: the facts a clause's schedule reads, which change only
how it is paid, rules.describe.payment_facts): an entity whose registry row lacks only those is 可免申, with no
fact listed as missing (Liuhe 第2条第一款, paid at once or in three stages by 第21条)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import Engine

from db_support import tx, uscc
from subsidy.population.reader import read_registry
from subsidy.population.template import template_columns
from subsidy.rules.describe import payment_facts
from subsidy.rules.registry import find_policy
from subsidy.services import matching
from subsidy.services.organisations import create_user
from subsidy.services.policies import adopt_policy
from subsidy.store.tables import MatchRun

pytestmark = pytest.mark.db

LIUHE = find_policy("cn-jl-liuhe-key-industries")
PROJECT = {"in_liuhe": "是", "key_industry": "是", "new_project": "是", "resource_project": "否",
           "residential_real_estate": "否", "project_category": "工业类", "fixed_asset_investment": "10000",
           "land_area": "50"}  # 1亿元 (the column is in 万元), 50亩: 最高2000万元 (cases/art21-staged.yaml)


def test_an_entity_lacking_only_payment_facts_is_offered(engine: Engine, tmp_path: Path) -> None:
    clause = LIUHE.clause("art2-industrial")
    assert payment_facts(LIUHE, clause)  # its schedule reads facts the row leaves blank
    cols = [c for c in template_columns(LIUHE) if c.in_sheet]
    path = tmp_path / "registry.csv"
    cells = {"uscc": uscc(1), "name": "六合重点产业有限公司", "entity_id": "1", **PROJECT}
    path.write_text(",".join(c.header for c in cols) + "\n" + ",".join(cells.get(c.fact, "") for c in cols) + "\n",
                    encoding="utf-8")
    with tx(engine) as s:
        admin = create_user(s, None, username="admin", display_name="管理员", role="admin")
        officer = create_user(s, admin, username="officer", display_name="李科长", role="officer")
        adopt_policy(s, officer, LIUHE.id, dt.date(2023, 2, 8))
        adopted, policy = matching.match_policy(s, LIUHE.id)
        run, _ = matching.run_match(s, officer, adopted, policy, read_registry(path, policy), registry_name=path.name,
                                    registry_sha256="0" * 64, today=dt.date(2025, 6, 30))
        run_id = run.id
    with tx(engine) as s:
        rows = {r.clause_id: r for r in matching.run_rows(s, s.get_one(MatchRun, run_id))}
    row = rows["art2-industrial"]
    assert row.outcome == "eligible" and row.missing == [] and row.granted_fen == 2000 * 1_000_000
