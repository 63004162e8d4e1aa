"""History feeds the rules (grants from the ledger, other support, bars); other support entered and
imported; fund position and entity history, in Excel with Chinese headers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from money_factories import (
    BAOAN,
    DAY,
    WAN,
    YEAR,
    add_award,
    add_call,
    add_org,
    snapshot,
    tx,
    uscc,
    user,
    write_text,
)
from openpyxl import Workbook, load_workbook
from sqlalchemy import Engine, func, select

from subsidy.errors import CaseInputError, DomainRefusal
from subsidy.rules.case import parse_case
from subsidy.rules.evaluate import assess
from subsidy.rules.registry import find_policy
from subsidy.services import ledger, sanctions
from subsidy.services.commitments import commit_award
from subsidy.services.history import case_records_from_db
from subsidy.services.other_support import add_support, import_support
from subsidy.services.payments import pay_tranche
from subsidy.services.reports import POSITION_HEADERS, entity_history, fund_position, write_xlsx
from subsidy.store.tables import Award, Organisation, OtherSupport

pytestmark = pytest.mark.db

FACTS = {"independent_legal_person": True, "big_health_field": True, "develops_medical_model": True,
         "rented_compute_last_year": True, "compute_contract_amount": "400万元"}  # 第二条: 80万, 每年最高100万


def _art2(engine: Engine, project: str | None = None) -> tuple[bool | None, int | None, list[str]]:
    """Assess Bao'an 第二条 for organisation 1 in YEAR with the records from the database."""
    policy = find_policy(BAOAN)
    with tx(engine) as s:
        records = case_records_from_db(s, 1, BAOAN, project)
    data: dict[str, Any] = {"as_of": DAY.isoformat(), "year": YEAR, "effective_from": "2026-01-01", "facts": FACTS,
                            "project": project, **records}
    r = next(c for c in assess(policy, parse_case(data, policy)).clauses if c.clause.id == "art2")
    return r.eligible, r.ceiling_fen, list(r.reasons)


def _granted(engine: Engine, fen: int) -> None:
    with tx(engine) as s:
        c = add_call(s)
        ledger.appropriate(s, user(s, "finance"), c, "art2", YEAR, 1000 * WAN)
        commit_award(s, add_award(s, c, add_org(s, 1), fen, clause="art2", shares=("100%",), project="P-1"), None)


def test_a_grant_in_the_ledger_uses_the_entitys_annual_cap_until_released(engine: Engine) -> None:
    _granted(engine, 60 * WAN)
    assert _art2(engine)[:2] == (True, 40 * WAN)
    with tx(engine) as s:
        sanctions.terminate(s, user(s, "officer"), s.get_one(Award, 1), "主动放弃", DAY)  # nothing paid: all released
    assert _art2(engine)[:2] == (True, 80 * WAN)


def test_a_paid_grant_keeps_counting_after_termination(engine: Engine) -> None:
    _granted(engine, 70 * WAN)
    with tx(engine) as s:
        from subsidy.store.tables import Tranche

        pay_tranche(s, user(s, "finance"), s.scalars(select(Tranche)).one().id, DAY)
        sanctions.terminate(s, user(s, "officer"), s.get_one(Award, 1), "违规", DAY)
        assert case_records_from_db(s, 1, BAOAN)["history"] == [
            {"clause": "art2", "year": YEAR, "amount": "700000元", "project": "P-1"}]
    assert _art2(engine)[:2] == (True, 30 * WAN)


def test_a_bar_makes_the_entity_ineligible_for_its_period(engine: Engine) -> None:
    _granted(engine, 10 * WAN)
    with tx(engine) as s:
        sanctions.bar(s, user(s, "officer"), s.get_one(Organisation, 1), dt.date(2026, 12, 31), "虚报材料", DAY)
    eligible, _, reasons = _art2(engine)
    assert eligible is False
    assert any("虚报材料（限制至 2026-12-31）" in r for r in reasons)


def test_one_matter_support_excludes_the_same_matter_only(engine: Engine) -> None:
    _granted(engine, 10 * WAN)
    with tx(engine) as s:
        add_support(s, user(s, "officer"), s.get_one(Organisation, 1), programme="宝安区“一事一议”", level="区级",
                    year=2025, fen=500 * WAN, project_ref="P-9", one_matter=True)
    assert _art2(engine, project="P-9")[0] is False
    assert _art2(engine, project="P-2")[:2] == (True, 80 * WAN)  # min(80万, 100万 − 10万)


def test_support_import_csv_and_xlsx_all_or_nothing(engine: Engine, tmp_path: Path) -> None:
    with tx(engine) as s:
        add_call(s)
        add_org(s, 1)
        add_org(s, 2)
    csv_path = write_text(tmp_path / "support.csv",
                          "统一社会信用代码,支持项目,级别,年度,金额,事项编号,一事一议,区域\n"
                          f"{uscc(1)},深圳市科技计划,市级,2025,50万元,P-1,否,\n"
                          f"{uscc(2)},前海专项,区级,2026,12.5万元,P-7,是,前海\n")
    with tx(engine) as s:
        rows = import_support(s, user(s, "officer"), csv_path)
        assert [(r.level, r.fen, r.one_matter_decision, r.zone, r.source) for r in rows] == [
            ("city", 50 * WAN, False, None, "imported"), ("district", 125 * WAN // 10, True, "前海", "imported")]
    wb = Workbook()
    ws = wb.active
    ws.append(["统一社会信用代码", "支持项目", "级别", "年度", "金额（万元）", "一事一议"])
    ws.append([uscc(1), "省级专项", "省级", 2024, 30.5, "否"])
    ws.append([uscc(2), "区级专项", "乡级", 2024, 10, "否"])
    wb.save(tmp_path / "support.xlsx")
    before = snapshot(engine)
    with pytest.raises(CaseInputError, match=r"support\.xlsx 第 3 行「级别」"), tx(engine) as s:
        import_support(s, user(s, "officer"), tmp_path / "support.xlsx")
    assert snapshot(engine) == before
    ws.delete_rows(3)
    wb.save(tmp_path / "support.xlsx")
    with tx(engine) as s:
        (row,) = import_support(s, user(s, "officer"), tmp_path / "support.xlsx")
        assert (row.level, row.fen, row.year) == ("province", 305 * WAN // 10, 2024)
        assert s.scalar(select(func.count()).select_from(OtherSupport)) == 3
    bad = write_text(tmp_path / "bad.csv", "统一社会信用代码,补贴名称\n")
    with pytest.raises(CaseInputError, match="无法识别的表头：补贴名称"), tx(engine) as s:
        import_support(s, user(s, "officer"), bad)
    unknown = write_text(tmp_path / "unknown.csv", f"统一社会信用代码,支持项目,级别,年度,金额\n{uscc(77)},x,市级,2025,1万元\n")
    with pytest.raises(DomainRefusal, match=r"第 2 行：统一社会信用代码「.*」的单位尚未登记"), tx(engine) as s:
        import_support(s, user(s, "officer"), unknown)


def test_fund_position_and_entity_history_from_the_ledger_to_excel(engine: Engine, tmp_path: Path) -> None:
    _granted(engine, 60 * WAN)
    with tx(engine) as s:
        from subsidy.store.tables import Tranche

        pay_tranche(s, user(s, "finance"), s.scalars(select(Tranche)).one().id, DAY)
        r = sanctions.recover(s, user(s, "officer"), s.get_one(Award, 1), 20 * WAN, dt.date(2026, 9, 1), "超范围使用", DAY)
        sanctions.receive(s, user(s, "finance"), r, 5 * WAN, "V1", DAY)
        (line,) = fund_position(s, user(s, "finance"))
        assert (line.appropriated, line.committed, line.paid, line.recoverable, line.recovered, line.available) == (
            1000 * WAN, 0, 60 * WAN, 15 * WAN, 5 * WAN, 945 * WAN)
        history = entity_history(s, user(s, "auditor"), uscc(1))
    assert [row[1] for row in history.sections["账目"][1]] == ["承诺（核定待付）", "拨付", "应追回", "已追回"]
    assert history.sections["处理决定"][1][0][1] == "追回"
    path = write_xlsx(tmp_path / "position.xlsx", {"资金状况": (POSITION_HEADERS, [line.cells()])})
    sheet = load_workbook(path).active
    assert [c.value for c in sheet[1]] == list(POSITION_HEADERS)
    assert sheet.cell(2, 5).value == 10_000_000 and sheet.cell(2, 10).value == 9_450_000  # 元
    path = write_xlsx(tmp_path / "history.xlsx", history.sections)
    assert load_workbook(path).sheetnames == list(history.sections)


def test_an_award_not_in_the_ledger_counts_at_its_approved_amount(engine: Engine) -> None:
    with tx(engine) as s:
        add_award(s, add_call(s), add_org(s, 1), 90 * WAN, clause="art2", shares=("100%",))  # never committed
        assert case_records_from_db(s, 1, BAOAN)["history"] == [
            {"clause": "art2", "year": YEAR, "amount": "900000元", "project": None}]
    assert _art2(engine)[:2] == (True, 10 * WAN)
