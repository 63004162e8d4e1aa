"""The kept answers of ``POST /api/assess`` (web/answers.py) never change an answer: a request answered
from them gets the bytes and headers that assessing it again gives, whatever changed in between
(today's date, the query, the served policies)."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from cli_support import run_cli
from subsidy.rules.case import load_case_file
from subsidy.web import api, policies
from subsidy.web.answers import AnswerCache

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "chaoyang-eldercare-platform.yaml"
CHAOYANG = "cn-bj-chaoyang-smart-eldercare"


def _body(drop: tuple[str, ...] = ()) -> bytes:
    data = {k: v for k, v in load_case_file(EXAMPLE).items() if k not in drop}
    return json.dumps(data, ensure_ascii=False, default=str).encode()


@pytest.fixture(autouse=True)
def _empty() -> Iterator[None]:
    api.ANSWERS.clear()
    yield
    api.ANSWERS.clear()


@contextmanager
def _not_kept(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    with monkeypatch.context() as m:
        m.setattr(api, "ANSWERS", AnswerCache(max_entries=0))
        yield


def _post(client: TestClient, body: bytes, **params: str) -> tuple[int, bytes, str | None]:
    r = client.post("/api/assess", content=body, params=params, headers={"content-type": "application/json"})
    return r.status_code, r.content, r.headers.get("x-policy-version")


def _assessed(client: TestClient, monkeypatch: pytest.MonkeyPatch, body: bytes, **params: str) -> tuple[int, bytes, str | None]:
    """The answer assessing the request again gives (nothing kept)."""
    with _not_kept(monkeypatch):
        return _post(client, body, **params)


def test_the_same_body_twice_is_the_same_answer_as_the_cli(client: TestClient, monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    code, printed = run_cli(capsys, "assess", str(EXAMPLE), "--json")
    assert code == 0, printed
    cli = json.dumps(json.loads(printed), ensure_ascii=False, separators=(",", ":")).encode()
    body = _body()
    first = _post(client, body)
    assert len(api.ANSWERS) == 1
    second = _post(client, body)
    assert first == second == (200, cli, json.loads(printed)["policy"]["version"])
    assert _assessed(client, monkeypatch, body) == first


def test_a_case_without_as_of_is_assessed_on_each_day(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    body = _body(drop=("as_of",))
    answers = {}
    for day in (dt.date(2027, 3, 1), dt.date(2032, 6, 1), dt.date(2027, 3, 1), dt.date(2026, 6, 1)):
        monkeypatch.setattr(api, "china_today", lambda day=day: day)
        got = _post(client, body)
        assert got == _assessed(client, monkeypatch, body)
        assert json.loads(got[1])["as_of"] == day.isoformat()
        answers[day] = got
    assert len(set(answers.values())) == 3  # three days, three answers
    assert len(api.ANSWERS) == 3


def test_the_query_is_part_of_the_request(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    body = _body()
    queries: list[dict[str, str]] = [{}, {"clause": "第七条"}, {"as_of": "2027-05-01"},
                                     {"clause": "第七条", "as_of": "2027-05-01"}, {"effective_from": "2027-01-01"},
                                     {"policy": CHAOYANG}, {}]
    seen = []
    for q in queries:
        got = _post(client, body, **q)
        assert got[0] == 200
        assert got == _assessed(client, monkeypatch, body, **q), q
        seen.append(got[1])
    assert len(set(seen)) == 5  # the policy named in the query is the case's own: the same answer as none
    assert seen[0] == seen[5] == seen[6]


def test_bodies_differing_in_a_byte_are_two_requests(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    data: dict[str, Any] = json.loads(_body())
    one = json.dumps(data, ensure_ascii=False).encode()
    data["facts"]["programme_year"] = 3
    other = json.dumps(data, ensure_ascii=False).encode()
    a, b, a2 = _post(client, one), _post(client, other), _post(client, one)
    assert a == a2 == _assessed(client, monkeypatch, one)
    assert b == _assessed(client, monkeypatch, other)
    assert a != b


def test_a_refused_request_is_not_kept(client: TestClient) -> None:
    bad = json.dumps({"policy": CHAOYANG, "facts": {"programme_year": "三"}}, ensure_ascii=False).encode()
    assert _post(client, bad)[0] == 422
    assert _post(client, b"{")[0] == 400
    assert _post(client, _body(), policy="no-such-policy")[0] == 404
    assert len(api.ANSWERS) == 0


def test_a_changed_policy_is_assessed_again(client: TestClient, monkeypatch: pytest.MonkeyPatch,
                                            tmp_path: Path) -> None:
    """The served policies change (here: the files edited and read again, as a restarted server reads
    them): the kept answer, of the old rules version, is not given."""
    served = tmp_path / "policies"
    shutil.copytree(ROOT / "policies" / CHAOYANG, served / CHAOYANG)
    monkeypatch.setenv("SUBSIDY_POLICIES", str(served))
    body = _body()
    before = _post(client, body)
    assert before[0] == 200 and _post(client, body) == before
    source = served / CHAOYANG / "policy.yaml"
    text = source.read_text(encoding="utf-8")
    source.write_text(text.replace("title: 北京市朝阳区", "title: 修订 北京市朝阳区", 1), encoding="utf-8")
    monkeypatch.setattr(policies, "_snapshot", policies._snapshot.__wrapped__)  # read again, as on a restart
    after = _post(client, body)
    assert after == _assessed(client, monkeypatch, body)
    assert after[2] != before[2]
    assert json.loads(after[1])["policy"]["title"].startswith("修订 ")
    assert json.loads(before[1])["policy"]["title"].startswith("北京市")


def test_the_cache_is_bounded_in_entries_and_bytes() -> None:
    def key(n: int, body: bytes = b"{}") -> Any:
        return ("p=v", dt.date(2027, 1, 1), None, None, None, str(n), body)

    c = AnswerCache(max_entries=3, max_bytes=100)
    for n in range(5):
        c.put(key(n), b"x" * 10, "v")
    assert len(c) == 3 and c.get(key(0)) is None and c.get(key(4)) == (b"x" * 10, "v")
    assert c.get(key(2)) is not None  # used: kept over 3, the least recently used
    c.put(key(5), b"y" * 10, "v")
    assert c.get(key(3)) is None and c.get(key(2)) is not None
    c.put(key(6), b"z" * 80, "v")  # 80 + 2 bytes: the others go until it fits
    assert c.size <= 100 and c.get(key(6)) is not None
    c.put(key(7), b"w" * 200, "v")  # larger than the whole cache: not kept
    assert c.get(key(7)) is None and c.size <= 100
    c.put(key(6), b"z", "v")  # replaced: its old bytes no longer counted
    assert c.size == sum(len(answer) + 2 for answer, _ in c._items.values())
