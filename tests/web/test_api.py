"""The HTTP API: the same documents as the CLI, and a 4xx with the envelope for any bad input."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any, get_args

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cli_support import run_cli
from subsidy.rules.case import load_case_file
from subsidy.rules.registry import list_policy_dirs, load_cached
from subsidy.rules.results import Reason
from subsidy.web.api import json_bytes
from subsidy.web.schemas import AssessOut, PolicyDetail, PolicySummary, ReasonCode

ROOT = Path(__file__).resolve().parents[2]
CASES = sorted(ROOT.glob("policies/*/cases/*.yaml"))
CHAOYANG = "cn-bj-chaoyang-smart-eldercare"
BASE = {"policy": CHAOYANG, "as_of": "2027-04-15", "effective_from": "2026-12-01"}


def as_json(data: Any) -> str:
    """A case read from YAML as a JSON request body, decimals written as exact JSON numbers."""
    def mark(x: Any) -> Any:
        if isinstance(x, dict):
            return {str(k): mark(v) for k, v in x.items()}
        if isinstance(x, list):
            return [mark(v) for v in x]
        return f"__decimal__{x}__" if isinstance(x, Decimal) else x

    return re.sub(r'"__decimal__([^"]*)__"', r"\1", json.dumps(mark(data), ensure_ascii=False, default=str))


def test_the_schema_names_every_reason() -> None:
    assert get_args(ReasonCode) == tuple(r.name for r in Reason)


def test_there_are_cases_of_every_policy() -> None:
    assert {p.parent.parent.name for p in CASES} == {d.name for d in list_policy_dirs()}
    assert len(CASES) > 100


@pytest.mark.parametrize("path", CASES, ids=lambda p: f"{p.parent.parent.name}/{p.stem}")
def test_assess_equals_the_cli(path: Path, client: TestClient, capsys: pytest.CaptureFixture[str]) -> None:
    code, printed = run_cli(capsys, "assess", str(path), "--json")
    assert code == 0, printed
    expected = json.loads(printed)
    r = client.post("/api/assess", content=as_json(load_case_file(path)).encode(),
                    headers={"content-type": "application/json"})
    assert r.status_code == 200, r.text
    assert r.json() == expected
    # the same bytes as the CLI's document written compactly: the same keys in the same order
    assert r.content == json.dumps(expected, ensure_ascii=False, separators=(",", ":")).encode()
    assert r.headers["x-policy-version"] == expected["policy"]["version"]
    AssessOut.model_validate(r.json())  # the OpenAPI schema says exactly what is returned


_JSON_TREES = st.recursive(
    st.none() | st.booleans() | st.text() | st.integers(min_value=-(2**80), max_value=2**80),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=30)


@given(_JSON_TREES)
def test_the_answers_bytes_are_the_standard_librarys(doc: Any) -> None:
    """orjson where it can (web/api.py json_bytes), the standard library where it refuses (an integer
    beyond 64 bits): the same bytes either way."""
    assert json_bytes(doc) == json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode()


def test_assess_one_clause_equals_the_cli(client: TestClient, capsys: pytest.CaptureFixture[str]) -> None:
    path = ROOT / "examples" / "chaoyang-eldercare-platform.yaml"
    code, printed = run_cli(capsys, "assess", str(path), "--json", "--clause", "第七条", "--as-of", "2027-05-01")
    assert code == 0, printed
    r = client.post("/api/assess", params={"clause": "第七条", "as_of": "2027-05-01"},
                    content=as_json(load_case_file(path)).encode())
    assert r.status_code == 200, r.text
    assert r.json() == json.loads(printed)
    assert r.json()["selected_clause"]["id"] == "art7"
    AssessOut.model_validate(r.json())


def test_policies_list_and_show_equal_the_cli(client: TestClient, capsys: pytest.CaptureFixture[str]) -> None:
    r = client.get("/api/policies")
    assert r.status_code == 200
    rows = r.json()
    code, printed = run_cli(capsys, "policies", "--json")
    assert code == 0
    cli = json.loads(printed)
    assert [{k: row[k] for k in cli[0]} for row in rows] == cli  # the CLI's fields, and more
    for row in rows:
        PolicySummary.model_validate(row)
        assert row["status_label"] in ("征求意见稿", "施行中", "已失效")
        assert f"{row['id']}={row['version']}" in r.headers["x-policy-version"]
        one = client.get(f"/api/policies/{row['id']}")
        assert one.headers["x-policy-version"] == row["version"]
        code, printed = run_cli(capsys, "show", row["id"], "--json")
        assert one.json() == json.loads(printed)
        PolicyDetail.model_validate(one.json())


@pytest.mark.parametrize("key", ["art7", "第七条", "第五条", "第五条第一款", "art5-1"])
def test_a_clause_by_id_or_cite_as_show_finds_it(key: str, client: TestClient,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    r = client.get(f"/api/policies/{CHAOYANG}/clauses/{key}")
    code, printed = run_cli(capsys, "show", f"{CHAOYANG}/{key}", "--json")
    assert (r.status_code, code) == (200, 0), printed
    assert r.json() == json.loads(printed)
    assert r.json()["clauses"]


def test_every_clause_of_every_policy_has_its_page(client: TestClient) -> None:
    for d in list_policy_dirs():
        p = load_cached(d)
        for c in p.clauses:
            for key in (c.id, c.cite):
                r = client.get(f"/api/policies/{p.id}/clauses/{key}")
                assert r.status_code == 200, (p.id, key, r.text)
                assert c.id in [x["id"] for x in r.json()["clauses"]]


def _error(r: Any, status: int, code: str) -> dict[str, Any]:
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "field"}
    assert body["error"]["code"] == code
    assert re.search(r"[\u4e00-\u9fff]", body["error"]["message"]), body  # a Chinese sentence
    assert "Traceback" not in body["error"]["message"]
    return dict(body["error"])


def _facts(**facts: Any) -> str:
    return json.dumps({**BASE, "facts": facts}, ensure_ascii=False)


BAD_BODIES = [  # (body, status, code, field, words in the message)
    ("{bad json", 400, "malformed_json", "body", "不是有效的 JSON"),
    ('{"policy": "x", }', 400, "malformed_json", "body", "第 1 行"),
    ("[1, 2]", 422, "invalid_input", "请求体", "键值映射"),
    ('"text"', 422, "invalid_input", "请求体", "键值映射"),
    (json.dumps({**BASE, "facts": []}), 422, "invalid_input", "facts", "映射"),
    (_facts(project_budget=True), 422, "invalid_input", "facts.project_budget", "项目预算"),
    (_facts(project_budget="780"), 422, "invalid_input", "facts.project_budget", "缺少单位"),
    (_facts(project_budget=7800000), 422, "invalid_input", "facts.project_budget", "缺少单位"),
    (_facts(project_budget="-5万元"), 422, "invalid_input", "facts.project_budget", "项目预算"),
    (_facts(project_budget="99999999999999999万元"), 422, "invalid_input", "facts.project_budget", "项目预算"),
    (_facts(project_budget="NaN元"), 422, "invalid_input", "facts.project_budget", "项目预算"),
    (_facts(project_budget="1e999999999万元"), 422, "invalid_input", "facts.project_budget", "项目预算"),
    (_facts(operates_in_chaoyang="yes"), 422, "invalid_input", "facts.operates_in_chaoyang", "朝阳"),
    (_facts(operates_in_chaoyang=1), 422, "invalid_input", "facts.operates_in_chaoyang", "朝阳"),
    (_facts(project_budgett="780万元"), 422, "invalid_input", "facts.project_budgett", "没有这个事实"),
    (_facts(platform_type="不知道"), 422, "invalid_input", "facts.platform_type", "可选"),
    (json.dumps({**BASE, "facts": {}, "unknown_key": 1}), 422, "invalid_input", "unknown_key", "未知的字段"),
    (json.dumps({**BASE, "as_of": "2027-02-29"}), 422, "invalid_input", "as_of", ""),
    (json.dumps({**BASE, "year": 99999}), 422, "invalid_input", "year", ""),
    (json.dumps({**BASE, "history": {"a": 1}}), 422, "invalid_input", "history", "列表"),
    (json.dumps({**BASE, "history": [{"clause": "art7", "year": 2026, "amount": "-1万元"}]}), 422, "invalid_input",
     "history[0].amount", ""),
    ('{"policy": "cn-bj-chaoyang-smart-eldercare", "as_of": "2027-04-15", "facts": {"project_budget": NaN}}', 422,
     "invalid_input", "请求体", "NaN"),
    ('{"policy": "cn-bj-chaoyang-smart-eldercare", "as_of": "2027-04-15", "year": 1e999}', 422, "invalid_input",
     "year", ""),
    ('{"policy": "cn-bj-chaoyang-smart-eldercare", "policy": "x"}', 422, "invalid_input", "请求体", "重复"),
    (json.dumps({"as_of": "2027-04-15"}), 422, "invalid_input", "policy", "未指定政策"),
    (json.dumps({"policy": "../../etc", "as_of": "2027-04-15"}), 422, "invalid_input", "policy", "不是政策编号"),
    (json.dumps({"policy": "no-such-policy", "as_of": "2027-04-15"}), 404, "not_found", None, "找不到政策"),
    (json.dumps({"policy": CHAOYANG, "as_of": "2027-04-15"}), 422, "invalid_input", "effective_from", "施行日期"),
    (json.dumps({**BASE, "name": "\u0000"}), 422, "invalid_input", "name", "控制字符"),
    ("[" * 100_000 + "]" * 100_000, 413, "too_large", "body", "KB"),
    ("[" * 5000 + "]" * 5000, 422, "invalid_input", None, "嵌套"),
    (b"\xff\xfe{}", 400, "malformed_json", "body", "UTF-8"),
]


@pytest.mark.parametrize("body,status,code,field,words", BAD_BODIES, ids=[str(i) for i in range(len(BAD_BODIES))])
def test_bad_input_is_a_4xx_with_the_envelope(client: TestClient, body: str | bytes, status: int, code: str,
                                              field: str | None, words: str) -> None:
    r = client.post("/api/assess", content=body if isinstance(body, bytes) else body.encode(),
                    headers={"content-type": "application/json"})
    err = _error(r, status, code)
    if field is not None:
        assert err["field"] == field
        if field not in ("body", "请求体"):
            assert field.split(".")[-1].split("[")[0] in err["message"]  # the message names the field
    assert words in err["message"]


def test_bad_options_and_paths(client: TestClient) -> None:
    body = _facts(project_budget="780万元").encode()
    assert _error(client.post("/api/assess", params={"as_of": "2027-13-01"}, content=body), 422,
                  "invalid_input")["field"] == "as_of"
    assert _error(client.post("/api/assess", params={"effective_from": "明天"}, content=body), 422,
                  "invalid_input")["field"] == "effective_from"
    assert "没有条款" in _error(client.post("/api/assess", params={"clause": "第九十九条"}, content=body), 404,
                              "not_found")["message"]
    _error(client.post("/api/assess", params={"policy": "../x"}, content=body), 404, "not_found")
    _error(client.post("/api/assess", content=body, headers={"content-type": "text/plain"}), 415,
           "unsupported_media_type")
    _error(client.get("/api/policies/..%2F..%2Fpolicies%2Fcn-sz-baoan-ai-health"), 404, "not_found")
    _error(client.get("/api/policies/CN-BJ"), 404, "not_found")
    _error(client.get(f"/api/policies/{CHAOYANG}/clauses/第九十九条"), 404, "not_found")
    _error(client.get("/api/assess"), 405, "method_not_allowed")


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30)
    | st.sampled_from(["780万元", "-1元", "1e400万元", "是", "否", "NaN", "2027-02-29", "１００万元", "300万"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(facts=st.dictionaries(st.sampled_from([*sorted(load_cached(ROOT / "policies" / CHAOYANG).facts), "x"]),
                             json_values, max_size=6),
       extra=st.dictionaries(st.sampled_from(["year", "as_of", "history", "bars", "other_support", "project", "name"]),
                             json_values, max_size=3))
def test_hostile_cases_are_answered_or_refused_never_a_500(client: TestClient, facts: dict[str, Any],
                                                           extra: dict[str, Any]) -> None:
    r = client.post("/api/assess", content=json.dumps({**BASE, **extra, "facts": facts}).encode())
    assert r.status_code in (200, 404, 422), r.text
    if r.status_code == 200:
        AssessOut.model_validate(r.json())
    else:
        _error(r, r.status_code, "invalid_input" if r.status_code == 422 else "not_found")


def test_a_fact_beyond_its_range_is_refused_with_its_field(client: TestClient) -> None:
    body = json.dumps({"policy": "cn-gz-tianhe-hk-macao-youth", "facts": {"internship_months": 10**30}})
    r = client.post("/api/assess", content=body.encode(), headers={"content-type": "application/json"})
    assert r.status_code == 422, r.text
    assert r.json()["error"]["field"] == "facts.internship_months" and "「申请补贴的实习月数」" in r.json()["error"]["message"]
