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
