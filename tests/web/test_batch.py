"""POST /api/assess/batch: an uploaded table, one row per applicant, gives a results file whose every
figure equals the one-case assessment of that row."""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import Any

import polars as pl
import pytest
from fastapi.testclient import TestClient

from subsidy.money import Money
from subsidy.rules.assessment import assess_request
from subsidy.web.batch import MAX_BYTES, MAX_ROWS

CHAOYANG = "cn-bj-chaoyang-smart-eldercare"
FORM = {"policy": CHAOYANG, "as_of": "2027-04-15", "effective_from": "2026-12-01"}
ROWS = [  # fact name → cell, as a case file writes it; "" is unknown
    {"name": "颐年数智", "operates_in_chaoyang": "是", "work_safety_accident": "否", "serious_dishonesty": "否",
     "smart_eldercare_field": "true", "scenario_opened": "是", "project_budget": "860万元"},
    {"name": "=HYPERLINK(1)", "operates_in_chaoyang": "是", "work_safety_accident": "是", "serious_dishonesty": "否",
     "smart_eldercare_field": "是", "scenario_opened": "是", "project_budget": "1200万元"},
    {"name": "康联", "operates_in_chaoyang": "是", "work_safety_accident": "", "serious_dishonesty": "",
     "smart_eldercare_field": "", "scenario_opened": "", "project_budget": ""},
]


def _csv(rows: list[dict[str, str]], header: dict[str, str] | None = None) -> bytes:
    buf = io.StringIO()
    names = list(rows[0])
    w = csv.writer(buf)
    w.writerow([(header or {}).get(n, n) for n in names])
    w.writerows([[r[n] for n in names] for r in rows])
    return buf.getvalue().encode("utf-8")


def _post(client: TestClient, content: bytes, filename: str = "cases.csv", **form: str) -> Any:
    return client.post("/api/assess/batch", data={**FORM, **form}, files={"file": (filename, content)})


def _results(r: Any) -> list[dict[str, str]]:
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(r.content.decode("utf-8-sig"))))


def _expected(row: dict[str, str], no_records: bool) -> dict[str, str]:
    data: dict[str, Any] = {"policy": CHAOYANG, "as_of": FORM["as_of"], "effective_from": FORM["effective_from"],
                            "facts": {k: v for k, v in row.items() if k != "name" and v != ""}}
    if no_records:
        data.update(history=[], other_support=[], bars=[])
    r = assess_request(data, today=dt.date(2027, 4, 15), name="row").result
    bound = r.upper_bound_fen()
    out = {"合计最高可获（元）": Money(r.total_fen).yuan_str(), "合计上限（元）": "" if bound is None else Money(bound).yuan_str()}
    for c in r.clauses:
        cite = c.clause.cite
        out[f"{cite} 结论"] = {True: "可享", False: "不可享", None: "待补充"}[c.eligible]
        out[f"{cite} 原因"] = c.reason.label
        out[f"{cite} 最高可获（元）"] = "" if c.ceiling_fen is None else Money(c.ceiling_fen).yuan_str()
        out[f"{cite} 就高差额后（元）"] = "" if c.granted_fen is None else Money(c.granted_fen).yuan_str()
    return out


@pytest.mark.parametrize("no_records", [False, True])
def test_csv_results_equal_the_one_case_assessment(client: TestClient, no_records: bool) -> None:
    got = _results(_post(client, _csv(ROWS), no_records=str(no_records).lower()))
    assert [g["行号"] for g in got] == ["1", "2", "3"]
    assert got[1]["名称"] == "'=HYPERLINK(1)"  # never a formula in a spreadsheet
    for g, row in zip(got, ROWS, strict=True):
        assert {k: g[k] for k in _expected(row, no_records)} == _expected(row, no_records)
    verdicts = [g["第七条 结论"] for g in got]
    # without records an earlier grant could have used the cap: pending until they are stated
    assert verdicts == (["可享", "不可享", "待补充"] if no_records else ["待补充", "不可享", "待补充"])


def test_columns_may_carry_the_chinese_labels_and_parquet_is_read(client: TestClient) -> None:
    plain = _results(_post(client, _csv(ROWS)))
    labelled = _results(_post(client, _csv(ROWS, {"project_budget": "项目预算"})))
    assert labelled == plain
    frame = pl.DataFrame({k: [r[k] or None for r in ROWS] for k in ROWS[0]})
    buf = io.BytesIO()
    frame.with_columns(pl.col("operates_in_chaoyang").replace_strict({"是": True}, return_dtype=pl.Boolean)) \
        .write_parquet(buf)
    assert _results(_post(client, buf.getvalue(), "cases.parquet")) == plain


def _error(r: Any, status: int, code: str) -> dict[str, Any]:
    assert r.status_code == status, r.text
    err: dict[str, Any] = r.json()["error"]
    assert err["code"] == code and set(err) == {"code", "message", "field"}
    return err


def test_bad_uploads_are_refused_naming_row_column_or_limit(client: TestClient) -> None:
    bad = [dict(r) for r in ROWS]
    bad[1]["project_budget"] = "1200"
    err = _error(_post(client, _csv(bad)), 422, "invalid_input")
    assert "第 2 行" in err["message"] and "缺少单位" in err["message"]
    assert err["field"] == "file[2].facts.project_budget"
    err = _error(_post(client, _csv([{**ROWS[0], "project_budgt": ""}])), 422, "invalid_input")
    assert "project_budgt" in err["message"] and "project_budget" in err["message"]  # did you mean
    assert "GBK" in _error(_post(client, "名称\n颐年".encode("gbk")), 422, "invalid_input")["message"]
    _error(_post(client, b""), 422, "invalid_input")
    _error(_post(client, b"name\n"), 422, "invalid_input")
    _error(_post(client, b"PAR1 not parquet", "x.parquet"), 422, "invalid_input")
    _error(_post(client, _csv(ROWS), policy="no-such"), 404, "not_found")
    _error(_post(client, _csv(ROWS), policy="../policies"), 404, "not_found")
    _error(_post(client, _csv(ROWS), as_of="2027-02-30"), 422, "invalid_input")
    _error(_post(client, _csv(ROWS), effective_from=""), 422, "invalid_input")  # a draft needs its date
    _error(_post(client, _csv(ROWS), no_records="maybe"), 422, "invalid_request")
    _error(_post(client, _csv(ROWS), extra="1"), 422, "invalid_request")
    _error(client.post("/api/assess/batch", data=FORM), 422, "invalid_request")  # no file
    _error(client.post("/api/assess/batch", content=b"x", headers={"content-type": "text/csv"}), 422,
           "invalid_request")


def test_size_and_row_limits(client: TestClient) -> None:
    err = _error(_post(client, b"name\n" + b"x" * (MAX_BYTES + 1)), 413, "too_large")
    assert "MB" in err["message"]
    many = b"name\n" + b"a\n" * (MAX_ROWS + 1)
    assert "行" in _error(_post(client, many), 413, "too_large")["message"]
