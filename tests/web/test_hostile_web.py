"""The web application attacked as a hostile client and as a confused enterprise user: every answer is
a 4xx with a Chinese message saying what was wrong and where, with no raw code (a field key, an
English library message) reaching a person."""

from __future__ import annotations

import re
from typing import Any

import pytest
from fastapi.testclient import TestClient

CHAOYANG = "cn-bj-chaoyang-smart-eldercare"
FORM = {"policy": CHAOYANG, "as_of": "2027-04-15", "effective_from": "2026-12-01"}
# what no person should read: a raw field key, an English word of a library's message
RAW = re.compile(r"字段「|[A-Za-z_]{3,}(?:\.[a-z_]+)?」|\b(?:clause|programme|until|funds_received|Schema|found|footer)\b")


def _text(html: str) -> str:
    html = re.sub(r"<(script|style)[^>]*>.*?</\1>", "", html, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def _error_text(html: str) -> str:
    hit = re.search(r'<p class="error-message">(.*?)</p>', html, flags=re.S)
    assert hit, _text(html)[:400]
    return _text(hit.group(1))


# ---- pages: an error speaks of what the person sees, never of keys ------------------------------

@pytest.mark.parametrize(("path", "params", "says"), [
    (f"/calculator/{CHAOYANG}/whatif", {"lo": "5万美元"}, "起点"),
    (f"/calculator/{CHAOYANG}/whatif", {"hi": "-5万元", "lo": "100万元"}, "终点"),
    (f"/calculator/{CHAOYANG}/export.pdf", {"f.project_budget": "5万美元"}, "项目预算"),
    (f"/calculator/{CHAOYANG}/export.xlsx", {"f.project_budget": "=cmd|' /C calc'!A0"}, "项目预算"),
])
def test_error_page_names_the_input_not_its_key(client: TestClient, path: str, params: dict[str, str],
                                                says: str) -> None:
    r = client.get(path, params=params)
    assert r.status_code == 422
    shown = _error_text(r.text)
    assert says in shown and not RAW.search(shown), shown


def test_a_record_error_names_the_list_and_the_column(client: TestClient) -> None:
    """A record row with an amount but no clause: the form says which list, which row, which column."""
    r = client.get(f"/calculator/{CHAOYANG}", params={"history.0.amount": "1万元"}, follow_redirects=True)
    assert r.status_code == 422
    shown = _text(r.text)
    hit = re.search(r"请修改后再计算：(.*?) 日期", shown)
    assert hit, shown[:500]
    assert "第 1 条" in hit.group(1) and "条款" in hit.group(1) and not RAW.search(hit.group(1)), hit.group(1)
    assert "docs/" not in hit.group(1)


# ---- the upload: what is wrong with the file, in Chinese ----------------------------------------

def _upload(client: TestClient, content: bytes, filename: str = "cases.csv") -> Any:
    return client.post("/api/assess/batch", files={"file": (filename, content, "text/csv")}, data=FORM)


def test_a_repeated_column_is_named_as_written(client: TestClient) -> None:
    r = _upload(client, "project_budget,project_budget\n1万元,780万元\n".encode())
    assert r.status_code == 422
    err = r.json()["error"]
    assert "「project_budget」" in err["message"] and "两次" in err["message"], err
    assert "duplicated" not in err["message"] + str(err["field"])


@pytest.mark.parametrize(("content", "filename"), [
    ("operates_in_chaoyang,project_budget\n是,780万元,多余,多余\n".encode(), "cases.csv"),
    (b"PAR1garbagePAR1", "cases.parquet"),
])
def test_a_damaged_file_is_explained_in_chinese(client: TestClient, content: bytes, filename: str) -> None:
    r = _upload(client, content, filename)
    assert r.status_code == 422
    message = r.json()["error"]["message"]
    assert not re.search(r"[A-Za-z]{4,}", message.replace("Parquet", "").replace("UTF", "")), message


@pytest.mark.parametrize(("content", "kind"), [
    (b"PK\x03\x04" + b"\x00" * 64, "Excel"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "Excel"),
    (b"%PDF-1.7\n" + b"\x00" * 64, "PDF"),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "图片"),
])
def test_a_file_that_is_not_a_table_says_what_it_is(client: TestClient, content: bytes, kind: str) -> None:
    r = _upload(client, content, "cases.xlsx")
    assert r.status_code == 422
    err = r.json()["error"]
    assert err["field"] == "file" and kind in err["message"] and "CSV UTF-8" in err["message"], err


@pytest.mark.parametrize(("params", "says"), [
    ([("f.project_budget", "1万元"), ("f.project_budget", "2万元")], "项目预算"),
    ([("as_of", "2027-01-01"), ("as_of", "2028-01-01")], "评估日期"),
    ([("history.0.amount", "1万元"), ("history.0.amount", "2万元")], "金额"),
])
def test_a_repeated_answer_in_a_link_is_refused_not_silently_the_last(client: TestClient,
                                                                      params: list[tuple[str, str]], says: str) -> None:
    """A link with one answer given twice (edited by hand, or two links pasted together) would show the
    result for whichever came last; it is refused naming the question."""
    r = client.get(f"/calculator/{CHAOYANG}", params=params)
    assert r.status_code == 422
    shown = _error_text(r.text)
    assert says in shown and "两次" in shown and not RAW.search(shown), shown


@pytest.mark.parametrize("page", ["export.pdf", "export.xlsx", "whatif"])
def test_an_export_of_a_bad_record_names_the_list_and_the_column(client: TestClient, page: str) -> None:
    params = {"as_of": "2027-04-15", "effective_from": "2026-12-01", "other_support.0.programme": "市级专项",
              "other_support.0.level": "city", "other_support.0.year": "2027", "other_support.0.amount": "10万美元"}
    r = client.get(f"/calculator/{CHAOYANG}/{page}", params=params)
    assert r.status_code == 422
    shown = _error_text(r.text)
    assert "「已获其他政策支持」第 1 条记录的「" in shown and not RAW.search(shown) and "docs/" not in shown, shown
    params["other_support.0.programme"] = "\x01\x1b[31m"  # control characters: refused for every field (web/fields.py)
    r = client.get(f"/calculator/{CHAOYANG}/{page}", params=params)
    assert r.status_code == 422 and "控制字符" in _error_text(r.text)


def test_a_draft_without_effective_date_tells_an_api_client_what_to_send(client: TestClient) -> None:
    """The hint named only the command line's --effective-from, which an API client cannot send."""
    r = client.post("/api/assess", json={"policy": CHAOYANG, "facts": {}})
    assert r.status_code == 422
    err = r.json()["error"]
    assert err["field"] == "effective_from" and "查询参数 effective_from" in err["message"], err


def test_an_unknown_clause_is_echoed_short_and_without_control_characters(client: TestClient) -> None:
    key = "\u202e" + "9" * 400
    r = client.get(f"/api/policies/{CHAOYANG}/clauses/%E2%80%AE" + "9" * 400)
    assert r.status_code == 404
    message = r.json()["error"]["message"]
    assert "\u202e" not in message and key[1:] not in message and "没有条款" in message, message


@pytest.mark.parametrize("key", ["zzz", "cn-nowhere:f.project_budget", "f.project_budget"])
def test_compare_refuses_a_parameter_it_does_not_know(client: TestClient, key: str) -> None:
    """An answer under no policy (a mistyped or hand-edited link) was silently dropped from the table."""
    r = client.get("/calculator/compare", params={key: "1万元", "as_of": "2027-04-15"})
    assert r.status_code == 422
    shown = _error_text(r.text)
    assert f"无法识别的参数「{key}」" in shown, shown  # the parameter as written: the person wrote it


@pytest.mark.parametrize("path", ["/library", f"/library/{CHAOYANG}", f"/calculator/{CHAOYANG}?as_of=2027-04-15",
                                  "/api/policies"])
def test_head_answers_as_get_without_a_body(client: TestClient, path: str) -> None:
    got = client.get(path, follow_redirects=False)
    head = client.head(path, follow_redirects=False)
    assert head.status_code == got.status_code and head.content == b""
    assert head.headers.get("content-type") == got.headers.get("content-type")
    assert head.headers.get("location") == got.headers.get("location")


def test_head_of_a_post_only_endpoint_is_still_not_allowed(client: TestClient) -> None:
    assert client.head("/api/assess").status_code == 405
