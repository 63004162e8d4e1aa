"""The calculator in a real browser (Debian's chromium): a real case of each seed filled in through the
form, question by question, and every card checked against the engine; the share link; the what-if
chart; the Excel and PDF downloads."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import pytest
from calc_support import SEED_CASES, case_answers, engine_result, expected_cards

from subsidy.rules.questionnaire import Answers

pytestmark = pytest.mark.browser

_MONEY = re.compile(r"^\s*([0-9]+(?:\.[0-9]+)?)\s*(万元|元|万)\s*$")


def _cards(page: Any) -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = page.eval_on_selector_all(
        "article.card", "els => Object.fromEntries(els.map(e => [e.dataset.clause, [e.dataset.status, e.dataset.ceiling]]))")
    return {k: (v[0], v[1]) for k, v in out.items()}


def _fill_round(page: Any, answers: Answers, done: set[str]) -> int:
    """Answer every question now on the page that the case answers; returns how many were answered."""
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    n = 0
    for name, value in answers.facts.items():
        if name in done:
            continue
        box = page.locator(f'.q[data-fact="{name}"]').first
        if box.count() == 0:
            continue
        radio = box.locator(f'input[type=radio][value="{value}"]')
        select = box.locator("select").first
        money = _MONEY.match(value)
        if radio.count():
            radio.first.check()
        elif money and box.locator("select[name^='u.']").count():
            box.locator("input[type=text]").fill(money.group(1))
            box.locator("select[name^='u.']").select_option("万元" if money.group(2) in ("万元", "万") else "元")
        elif select.count():
            select.select_option(value)
        else:
            box.locator("input[type=text]").fill(value)
        done.add(name)
        n += 1
    for name, items in answers.records.items():
        radio = page.locator(f'input[type=radio][name="{name}"][value="none"]')
        if not items and name not in done and radio.count():
            radio.check()
            done.add(name)
            n += 1
        for i, item in enumerate(items):
            if f"{name}.{i}" in done or not page.locator(f'[name="{name}.{i}.{next(iter(item))}"]').count():
                continue
            for key, value in item.items():
                box = page.locator(f'[name="{name}.{i}.{key}"]')
                money = _MONEY.match(value)
                if page.locator(f'select[name="u.{name}.{i}.{key}"]').count() and money:
                    box.fill(money.group(1))
                    page.locator(f'select[name="u.{name}.{i}.{key}"]').select_option(
                        "万元" if money.group(2) in ("万元", "万") else "元")
                elif box.evaluate("e => e.tagName") == "SELECT":
                    box.select_option(value)
                else:
                    box.fill(value)
            done.add(f"{name}.{i}")
            n += 1
    return n


def _complete(page: Any, policy_id: str, answers: Answers) -> None:
    page.goto(f"{page.base}/calculator")
    page.click(f'a[href="/calculator/{policy_id}"]')
    page.wait_for_selector("#calc-form")
    page.fill("#as_of", answers.as_of or "")
    if answers.effective_from and page.locator("#effective_from").count():
        page.fill("#effective_from", answers.effective_from)
    done: set[str] = set()
    for _ in range(8):  # progressive: each submission may bring the next questions
        if _fill_round(page, answers, done) == 0 and done:
            break
        page.click("button[type=submit]")
        page.wait_for_load_state("load")


@pytest.mark.parametrize("policy_id", sorted(SEED_CASES))
def test_a_real_case_through_the_form_gives_the_engines_cards(page: Any, screenshot: Any, policy_id: str) -> None:
    policy, answers, raw = case_answers(policy_id)
    _complete(page, policy_id, answers)
    expected = expected_cards(engine_result(policy, raw, answers))
    assert _cards(page) == expected
    assert page.locator(".card").count() == len(policy.clauses)
    shot = screenshot(page, f"calculator-{policy_id}")
    assert shot.stat().st_size > 10_000

    # the share link reproduces the same page
    link = page.get_attribute("#share-link", "href")
    assert link is not None and link.startswith(f"/calculator/{policy_id}?")
    other = page.context.new_page()
    other.goto(page.base + link)
    assert _cards(other) == expected
    assert other.inner_text("#total") == page.inner_text("#total")
    other.close()


@pytest.mark.parametrize(("policy_id", "file"), [
    ("cn-bj-chaoyang-smart-eldercare", "art05-1-cap-exhausted-same-year.yaml"),
    ("cn-bj-chaoyang-smart-eldercare", "difference-district-same-year.yaml"),
])
def test_a_case_with_records_through_the_form(page: Any, screenshot: Any, policy_id: str, file: str) -> None:
    policy, answers, raw = case_answers(policy_id, file)
    _complete(page, policy_id, answers)
    assert _cards(page) == expected_cards(engine_result(policy, raw, answers))
    screenshot(page, f"records-{file.removesuffix('.yaml')}")


def test_whatif_chart_renders_with_breakpoints(page: Any, screenshot: Any) -> None:
    policy, answers, _ = case_answers("cn-bj-chaoyang-smart-eldercare")
    from subsidy.rules.questionnaire import to_query

    page.goto(f"{page.base}/calculator/{policy.id}?{to_query(answers)}")
    page.click("#whatif-link")
    page.select_option("select[name=fact]", "project_budget")
    page.click(".whatif-form button[type=submit]")
    page.wait_for_selector("svg.whatif-chart")
    assert page.locator("svg.whatif-chart polyline.series").count() >= 2
    marks = page.locator("svg.whatif-chart g.breakpoint")
    assert marks.count() >= 2
    kinds = page.eval_on_selector_all("svg.whatif-chart g.breakpoint", "els => els.map(e => e.dataset.kind)")
    assert "cap" in kinds and "winner" in kinds
    assert "开始起作用" in page.inner_text("ol.breakpoints")
    screenshot(page, "whatif-project-budget")


def test_excel_and_pdf_downloads_open(page: Any) -> None:
    from openpyxl import load_workbook

    policy, answers, _ = case_answers("cn-sz-baoan-ai-health")
    from subsidy.rules.questionnaire import to_query

    page.goto(f"{page.base}/calculator/{policy.id}?{to_query(answers)}")
    with page.expect_download() as got:
        page.click("#export-xlsx")
    wb = load_workbook(io.BytesIO(Path(got.value.path()).read_bytes()))
    assert "评估结果" in wb.sheetnames
    with page.expect_download() as got:
        page.click("#export-pdf")
    data = Path(got.value.path()).read_bytes()
    assert data.startswith(b"%PDF") and len(re.findall(rb"/Type\s*/Page\b", data)) >= 1


def test_print_view_hides_the_form_and_shows_every_card(page: Any, screenshot: Any) -> None:
    policy, answers, _ = case_answers("cn-gz-tianhe-hk-macao-youth")
    from subsidy.rules.questionnaire import to_query

    page.goto(f"{page.base}/calculator/{policy.id}?{to_query(answers)}")
    page.emulate_media(media="print")
    assert not page.locator("#calc-form").is_visible()
    assert not page.locator(".site-header").is_visible()
    assert page.locator("article.card").first.is_visible()
    screenshot(page, "calculator-print")


def test_compare_page_ranks_the_policies(page: Any, screenshot: Any) -> None:
    page.goto(f"{page.base}/calculator")
    page.click('a[href="/calculator/compare"]')
    page.fill("input[name=as_of]", "2024-03-01")  # 天河区 is in force then (and expired today)
    page.locator(".compare-form button[type=submit]").first.click()
    page.wait_for_selector('fieldset[data-policy="cn-gz-tianhe-hk-macao-youth"]')
    page.locator('input[name="cn-gz-tianhe-hk-macao-youth:f.supports_reunification"][value="是"]').check()
    page.locator('input[name="cn-gz-tianhe-hk-macao-youth:f.criminal_record"][value="否"]').check()
    page.locator('input[name="cn-gz-tianhe-hk-macao-youth:f.dishonesty_punishment_target"][value="否"]').check()
    page.locator(".compare-form button[type=submit]").first.click()
    page.wait_for_selector("table.compare")
    rows = page.eval_on_selector_all("table.compare tbody tr", "els => els.map(e => [e.dataset.policy, e.className])")
    from subsidy.rules.registry import list_policy_dirs

    assert {p for p, _ in rows} == {d.name for d in list_policy_dirs()}  # every shipped policy has its row
    assert all(c == "candidate" for p, c in rows if p in SEED_CASES)
    # the answers are kept, and 天河区 now asks what decides its clauses instead of who the applicant is
    assert "supports_reunification" in page.url
    legend = page.inner_text('fieldset[data-policy="cn-gz-tianhe-hk-macao-youth"] legend')
    assert "还可以回答的问题" in legend
    screenshot(page, "compare")


def test_dates_stay_year_month_day_in_an_english_browser(browser: Any, live_server: Any, screenshot: Any) -> None:
    """An English browser shows a type="date" input as mm/dd/yyyy; the calculator's dates stay ISO, a typed
    date reaches the link as written, and the headline marks its total as an upper bound while clauses
    are pending."""
    context = browser.new_context(locale="en-US", viewport={"width": 1366, "height": 900})
    try:
        pg = context.new_page()
        pg.set_default_timeout(15_000)
        pg.goto(f"{live_server.url}/calculator/cn-bj-chaoyang-smart-eldercare")
        box = pg.locator("#as_of")
        assert box.get_attribute("type") == "text" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", box.input_value())
        assert "年-月-日" in pg.inner_text("fieldset")
        box.fill("2027-03-01")
        pg.click("button[type=submit]")
        pg.wait_for_load_state("load")
        assert "as_of=2027-03-01" in pg.url and pg.input_value("#as_of") == "2027-03-01"
        assert pg.inner_text("#total").startswith("不超过 ") and "上限" in pg.inner_text(".total-box")
        screenshot(pg, "calculator-english-browser")
    finally:
        context.close()
