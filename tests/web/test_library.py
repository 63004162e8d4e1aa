"""政策库: every funded sentence of each policy's text is highlighted and opens its clause's panel;
pages in Chinese without raw codes."""

from __future__ import annotations

import re
from typing import Any

import pytest
from fastapi.testclient import TestClient

from subsidy.rules.model import Policy
from subsidy.rules.registry import list_policy_dirs, load_cached
from subsidy.rules.results import Reason
from subsidy.web.library import segments

POLICIES = [load_cached(d) for d in list_policy_dirs()]


def _raw_codes(p: Policy) -> set[str]:
    """Identifiers of the policy files and the engine that a person must never read on a page."""
    codes = set(p.facts) | {c.id for c in p.clauses} | {c.payee for c in p.clauses} | {x.id for x in p.provisions}
    return codes | {r.name for r in Reason} | {"draft", "in_force", "expired", "lump_sum", "tranches", "annual",
                                               "periodic", "monetary", "manual_amount", "None", "True", "False",
                                               "null", "applicant"}


def _visible_words(text: str) -> set[str]:
    return set(re.findall(r"[A-Za-z_][A-Za-z0-9_-]*", text))


def test_segments_merge_one_sentence_quoted_by_several_clauses() -> None:
    text = "甲。乙丙。丁。"
    got = segments(text, [("funded", "a", "乙丙。"), ("funded", "b", "乙丙。"), ("provision", "x", "丁。"),
                          ("funded", "c", "不在文中")])
    assert [(s.text, s.kind, s.ids) for s in got] == [("甲。", "", []), ("乙丙。", "funded", ["a", "b"]),
                                                      ("丁。", "provision", ["x"])]
    assert "".join(s.text for s in got) == text


@pytest.mark.parametrize("p", POLICIES, ids=lambda p: p.id)
def test_every_quote_is_found_and_the_text_is_kept_whole(p: Policy) -> None:
    quotes = [("funded", c.id, q) for c in p.clauses for q in c.quotes]
    got = segments(p.source_text, quotes)
    assert "".join(s.text for s in got) == p.source_text
    assert {i for s in got for i in s.ids} == {c.id for c in p.clauses}


@pytest.mark.parametrize("p", POLICIES, ids=lambda p: p.id)
def test_library_pages_show_no_raw_codes(client: TestClient, p: Policy) -> None:
    index = client.get("/library")
    assert index.status_code == 200 and p.title in index.text
    r = client.get(f"/library/{p.id}")
    assert r.status_code == 200
    visible = re.sub(r"<[^>]+>", " ", re.sub(r"<script.*?</script>", " ", r.text, flags=re.S))
    leaked = _visible_words(visible) & _raw_codes(p)
    assert not leaked - _visible_words(p.source_text), leaked  # unless the published text itself has the word
    for status in ("征求意见稿", "施行中", "已失效"):
        if status in visible:
            break
    else:
        raise AssertionError("no status shown")


def test_unknown_policy_is_a_chinese_404_page(client: TestClient) -> None:
    r = client.get("/library/no-such-policy")
    assert r.status_code == 404 and "找不到政策" in r.text


@pytest.mark.browser
@pytest.mark.parametrize("p", POLICIES, ids=lambda p: p.id)
def test_every_funded_sentence_is_highlighted_and_opens_its_clause(page: Any, screenshot: Any, p: Policy) -> None:
    page.goto(f"{page.base}/library/{p.id}")
    marks = page.locator("mark.funded")
    funded = [s for s in segments(p.source_text, [("funded", c.id, q) for c in p.clauses for q in c.quotes])
              if s.kind == "funded"]
    # one mark per funded stretch of the text (one sentence may fund several clauses; quotes that overlap,
    # as 柳河's bracketed proviso inside its sentence, are one stretch)
    assert marks.count() == len(funded)
    quoted: set[str] = set()
    for i in range(marks.count()):
        ids = (marks.nth(i).get_attribute("data-clauses") or "").split()
        quoted |= set(ids)
    assert quoted == {c.id for c in p.clauses}  # every clause is reachable from its sentence
    assert page.locator(".clause-panel:visible").count() == 0  # until a sentence is chosen
    by_id = {c.id: c for c in p.clauses}
    for i in range(marks.count()):
        mark = marks.nth(i)
        ids = (mark.get_attribute("data-clauses") or "").split()
        mark.click()
        shown = page.locator(".clause-panel:visible")
        assert shown.count() == len(ids)
        for cid in ids:
            panel = page.locator(f"#clause-{cid}")
            assert panel.is_visible()
            assert f"{by_id[cid].cite} {by_id[cid].title}" in panel.inner_text()
            assert by_id[cid].quotes[0][:20] in panel.inner_text()
    marks.first.click()
    path = screenshot(page, f"library-{p.id}")
    assert path.stat().st_size > 10_000
    body = page.inner_text("body")
    leaked = _visible_words(body) & _raw_codes(p)
    assert not leaked - _visible_words(p.source_text), leaked


def test_each_capped_clause_shows_its_generated_ceiling(client: TestClient) -> None:
    from subsidy.rules.describe import describe_ceiling

    for p in POLICIES:
        page = client.get(f"/library/{p.id}").text
        for c in p.clauses:
            line = describe_ceiling(p, c)
            if c.caps and line is not None:
                assert f"<dt>最高可获</dt><dd>{line}</dd>" in page, (p.id, c.id)


def test_a_clause_lists_the_facts_its_schedule_reads_under_payment(client: TestClient) -> None:
    from subsidy.rules.describe import PAYMENT_FACTS_LABEL

    page = client.get("/library/cn-jl-liuhe-key-industries").text
    panel = re.search(r'<article class="clause-panel" id="clause-art2-industrial".*?</article>', page, re.S)
    assert panel
    paying = re.search(r'<table class="facts" data-table="payment-facts">.*?</table>', panel.group(0), re.S)
    assert paying and f"<caption>{PAYMENT_FACTS_LABEL}</caption>" in paying.group(0)
    assert re.findall(r"<tr><td>([^<]+)</td><td>([^<]+)</td>", paying.group(0)) == [
        ("新建重点产业项目在12个月内全面建成并投产", "是/否"), ("建筑物主体封闭日期", "日期"),
        ("建筑工程通过正式竣工验收日期", "日期"), ("项目正常运营满6个月（自企业开出第一张发票起算）", "是/否")]
    needed = re.search(r'<table class="facts" data-table="facts">.*?</table>', panel.group(0), re.S)
    assert needed and "建筑物主体封闭日期" not in needed.group(0)  # not among the facts the amount needs
    agri = re.search(r'<article class="clause-panel" id="clause-art2-agri".*?</article>', page, re.S)
    assert agri and "payment-facts" not in agri.group(0)  # its own lump sum reads no fact
