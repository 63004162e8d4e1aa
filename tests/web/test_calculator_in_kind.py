"""Benefits in kind on the calculator's cards (issue 13, stack13): a voucher is shown as what it is
(算力券（价值…）), and its value is a total of its own beside the cash headline, as the engine says."""

from __future__ import annotations

import shutil
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from subsidy.rules.questionnaire import Answers, to_query

EVERY = Path(__file__).resolve().parents[1] / "rules" / "every_idiom"


def test_a_voucher_card_shows_its_name_and_value_and_the_in_kind_total_is_apart(
        client: TestClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(EVERY, tmp_path / "test-every-idiom", ignore=shutil.ignore_patterns("cases"))
    monkeypatch.setenv("SUBSIDY_POLICIES", str(tmp_path))
    # 算力券 200万元 × 30% = 60万元，每年最高50万元，胜语料券20万元；免租20万元胜落户奖励10万元；无违法记录 5万元（资金）
    answers = Answers({"registered": "是", "dishonest": "否", "compute_contract": "200万元", "buys_corpus": "是",
                       "workspace_rent": "20万元"}, "2027-06-30", None,
                      records={"history": (), "other_support": (), "bars": ()})
    page = client.get(f"/calculator/{quote('test-every-idiom')}?{to_query(answers)}")
    assert page.status_code == 200, page.text
    html = page.text
    assert "算力券（非现金）" in html and "算力券（价值50万元）" in html
    assert "计入非现金合计 算力券（价值50万元）" in html and "计入非现金合计 免收场地租金（价值20万元）" in html
    assert 'id="in-kind-total"' in html and "不计入上方资金合计）：70万元" in html


def test_the_exports_give_the_in_kind_total_apart_and_mark_in_kind_clauses(
        client: TestClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The Excel sheet and the PDF say the in-kind total beside the cash one, as the page does, and each
    in-kind clause as what it gives (算力券（非现金）), its amounts as the benefit's value."""
    import io

    import fpdf
    from openpyxl import load_workbook

    shutil.copytree(EVERY, tmp_path / "test-every-idiom", ignore=shutil.ignore_patterns("cases"))
    monkeypatch.setenv("SUBSIDY_POLICIES", str(tmp_path))
    answers = Answers({"registered": "是", "dishonest": "否", "compute_contract": "200万元", "buys_corpus": "是",
                       "workspace_rent": "20万元"}, "2027-06-30", None,
                      records={"history": (), "other_support": (), "bars": ()})
    url = f"/calculator/{quote('test-every-idiom')}"
    x = client.get(f"{url}/export.xlsx?{to_query(answers)}")
    assert x.status_code == 200, x.text
    wb = load_workbook(io.BytesIO(x.content))
    total = dict(wb["合计"].iter_rows(min_row=2, values_only=True))
    assert int(float(total["非现金支持合计（元）"]) * 100) == 70_000_000
    assert "算力券" in total["非现金支持"] and "不计入资金合计" in total["非现金支持"]
    head, *rows = list(wb["评估结果"].iter_rows(values_only=True))
    kind = {r[0]: r[head.index("支持形式")] for r in rows}
    assert "算力券（非现金）" in kind.values() and "资金" in kind.values()
    said: list[str] = []
    original = fpdf.FPDF.multi_cell

    def spy(self: fpdf.FPDF, w: float, h: float, text: str = "", *args: object, **kw: object) -> object:
        said.append(text)
        return original(self, w, h, text, *args, **kw)

    monkeypatch.setattr(fpdf.FPDF, "multi_cell", spy)
    p = client.get(f"{url}/export.pdf?{to_query(answers)}")
    assert p.status_code == 200 and p.content.startswith(b"%PDF")
    text = "\n".join(said)
    assert "非现金支持合计（" in text and "不计入资金合计）：70万元" in text
    assert "（算力券（非现金）） —— 可享" in text and "核定（就高、差额后）：算力券（价值50万元）" in text
    # a policy giving cash only has no in-kind row
    monkeypatch.delenv("SUBSIDY_POLICIES")
    cash = client.get("/calculator/cn-bj-chaoyang-smart-eldercare/export.xlsx?as_of=2027-03-01&effective_from=2026-12-01")
    assert "非现金支持合计（元）" not in dict(load_workbook(io.BytesIO(cash.content))["合计"].iter_rows(
        min_row=2, values_only=True))

