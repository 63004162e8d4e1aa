"""A policy's status has one definition (rules/describe.policy_standing: 征求意见稿 from the file, else
by its validity dates against a given day), and the CLI, the API, 政策库 and the calculator all show it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re

import pytest
from fastapi.testclient import TestClient

from subsidy.cli import main
from subsidy.rules.describe import policy_standing
from subsidy.rules.registry import find_policy
from subsidy.services.clock import china_today
from subsidy.web.policies import shipped_policies

TIANHE = "cn-gz-tianhe-hk-macao-youth"  # in force from 2023-09-08 for 3 years (to 2026-09-07)


def test_the_standing_follows_the_validity_dates_and_a_draft_stays_a_draft() -> None:
    p = find_policy(TIANHE)
    assert p.status == "in_force"
    assert policy_standing(p, dt.date(2024, 3, 1)).label == "施行中"
    assert policy_standing(p, dt.date(2026, 9, 7)).label == "施行中"  # the last day
    assert policy_standing(p, dt.date(2026, 9, 8)).label == "已失效"
    assert policy_standing(dataclasses.replace(p, status="expired"), dt.date(2024, 3, 1)).label == "已失效"  # repealed
    for draft in (find_policy("cn-bj-chaoyang-smart-eldercare"), find_policy("cn-sz-baoan-ai-health")):
        assert draft.status == "draft"
        assert {policy_standing(draft, d).label for d in (dt.date(2024, 1, 1), dt.date(2040, 1, 1))} == {"征求意见稿"}


def _cli_policies(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    with pytest.raises(SystemExit) as exc:
        main(["policies", *args])
    out = capsys.readouterr()
    return int(exc.value.code or 0), out.out + out.err


@pytest.mark.parametrize("day", ["2024-03-01", "2026-09-08"])
def test_cli_and_web_show_the_same_status_on_a_day(client: TestClient, capsys: pytest.CaptureFixture[str],
                                                   day: str) -> None:
    code, out = _cli_policies(capsys, "--json", "--as-of", day)
    assert code == 0
    cli = {x["id"]: x["status_label"] for x in json.loads(out)}
    expected = {p.id: policy_standing(p, dt.date.fromisoformat(day)).label for p in shipped_policies()}
    assert cli == expected
    assert cli[TIANHE] == ("施行中" if day < "2026-09-08" else "已失效")
    code, table = _cli_policies(capsys, "--as-of", day)
    assert code == 0 and cli[TIANHE] in table and f"状态按 {day}" in table
    for pid, label in expected.items():  # the calculator judges by its assessment date
        html = client.get(f"/calculator/{pid}?as_of={day}&effective_from=2023-09-08" if pid != TIANHE
                          else f"/calculator/{pid}?as_of={day}").text
        badge = re.search(r'<h1>.*?<span class="badge (\w+)"[^>]*>([^<]+)</span>', html, re.S)
        assert badge is not None and badge.group(2) == label, pid


def test_today_the_cli_the_api_and_the_library_agree(client: TestClient, capsys: pytest.CaptureFixture[str]) -> None:
    today = china_today().isoformat()
    _, out = _cli_policies(capsys, "--json", "--as-of", today)
    cli = {x["id"]: (x["status_today"], x["status_label"]) for x in json.loads(out)}
    api = {x["id"]: (x["status_today"], x["status_label"]) for x in client.get("/api/policies").json()}
    assert cli == api
    library = client.get("/library").text
    index = client.get("/calculator").text
    for pid, (code, label) in cli.items():
        assert re.search(rf'href="/library/{pid}".*?<span class="badge {code}">{label}</span>', library, re.S), pid
        assert re.search(rf'href="/calculator/{pid}".*?<span class="badge {code}"[^>]*>{label}</span>', index, re.S), pid


def test_a_bad_date_for_the_listing_is_a_chinese_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _cli_policies(capsys, "--as-of", "2024-13-01")
    assert code != 0 and "--as-of" in out and "不是真实存在的日期" in out
