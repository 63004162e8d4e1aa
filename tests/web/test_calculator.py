"""The calculator's pages in-process: the result equals the engine, the link reproduces it, exports
open, bad input is a Chinese message at its field, and no raw code reaches a page."""

from __future__ import annotations

import datetime as dt
import io
import re
from html.parser import HTMLParser
from urllib.parse import quote

import pytest
from calc_support import RECORD_CASES, SEED_CASES, case_answers, engine_result, expected_cards
from fastapi.testclient import TestClient

from subsidy.rules.questionnaire import RECORDS, Answers, to_query
from subsidy.rules.registry import list_policy_dirs, load_cached
from subsidy.rules.results import Reason

POLICY_IDS = sorted(SEED_CASES)


class _Cards(HTMLParser):
    """clause id → (status, ceiling) from the result cards; and the page's visible text."""

    def __init__(self) -> None:
        super().__init__()
        self.cards: dict[str, tuple[str, str]] = {}
        self.text: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "article" and a.get("data-clause"):
            self.cards[a["data-clause"] or ""] = (a.get("data-status") or "", a.get("data-ceiling") or "")
        if tag in ("script", "style"):
            self._skip += 1
        for key in ("placeholder", "aria-label", "title"):
            if a.get(key):
                self.text.append(a[key] or "")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.text.append(data)


def _parse(html: str) -> _Cards:
    p = _Cards()
    p.feed(html)
    return p


def _url(policy_id: str, answers: Answers, page: str = "") -> str:
    return f"/calculator/{quote(policy_id)}{page}?{to_query(answers)}"


@pytest.mark.parametrize("policy_id", POLICY_IDS)
def test_the_result_equals_the_engine_and_the_link_reproduces_it(client: TestClient, policy_id: str) -> None:
    policy, answers, raw = case_answers(policy_id)
    r = client.get(_url(policy_id, answers), follow_redirects=False)
    assert r.status_code == 200, r.text[:500]  # already the canonical link: no redirect
    cards = _parse(r.text).cards
    assert cards == expected_cards(engine_result(policy, raw, answers))
    again = client.get(_url(policy_id, answers))
    assert _parse(again.text).cards == cards


@pytest.mark.parametrize(("policy_id", "file"), [(p, f) for p, fs in RECORD_CASES.items() for f in fs])
def test_cases_with_records_equal_the_engine(client: TestClient, policy_id: str, file: str) -> None:
    policy, answers, raw = case_answers(policy_id, file)
    assert any(answers.records.values())
    r = client.get(_url(policy_id, answers), follow_redirects=False)
    assert r.status_code == 200, r.text[:300]
    assert _parse(r.text).cards == expected_cards(engine_result(policy, raw, answers))


def test_a_record_row_from_the_form_with_its_unit(client: TestClient) -> None:
    form = ("as_of=2027-09-01&effective_from=2026-12-01&history.0.clause=art5-1&history.0.year=2027"
            "&history.0.amount=500&u.history.0.amount=%E4%B8%87%E5%85%83&history.1.clause=&history.1.year="
            "&history.1.amount=&u.history.1.amount=")
    r = client.get(f"/calculator/cn-bj-chaoyang-smart-eldercare?{form}", follow_redirects=False)
    assert r.status_code == 303
    assert "history.0.amount=500%E4%B8%87%E5%85%83" in r.headers["location"] and "history.1" not in r.headers["location"]
    page = client.get(r.headers["location"]).text
    assert 'name="history.1.clause"' in page  # one more blank row
    assert 'value="art5-1" selected' in page


def test_a_submitted_form_is_redirected_to_the_canonical_link(client: TestClient) -> None:
    form = ("f.project_budget=800&u.project_budget=%E4%B8%87%E5%85%83&f.scenario_opened=%E6%98%AF"
            "&f.funds_received=&history=none&bars=&as_of=2027-03-01&effective_from=2026-12-01")
    r = client.get(f"/calculator/cn-bj-chaoyang-smart-eldercare?{form}", follow_redirects=False)
    assert r.status_code == 303
    target = r.headers["location"]
    assert "f.project_budget=800%E4%B8%87%E5%85%83" in target and "history=none" in target
    assert "funds_received" not in target and "bars" not in target  # blank = not answered
    assert client.get(target, follow_redirects=False).status_code == 200


def test_the_questionnaire_asks_who_the_applicant_is_first(client: TestClient) -> None:
    r = client.get("/calculator/cn-bj-chaoyang-smart-eldercare", follow_redirects=True)
    html = r.text
    who = html.index("第一步：申报主体")
    assert who < html.index('name="f.project_budget"')
    assert html.index('name="f.operates_in_chaoyang"') < html.index('name="f.project_budget"')
    # once the applicant fails, nothing more is asked and every card is 不可享
    r = client.get(_url("cn-bj-chaoyang-smart-eldercare", Answers({"operates_in_chaoyang": "否"}, "2027-03-01",
                                                                  "2026-12-01")))
    assert 'name="f.project_budget"' not in r.text
    assert set(s for s, _ in _parse(r.text).cards.values()) == {"不可享"}


def test_an_unknown_fact_makes_the_card_pending_with_an_upper_bound(client: TestClient) -> None:
    a = Answers({"operates_in_chaoyang": "是", "work_safety_accident": "否", "serious_dishonesty": "否",
                 "smart_eldercare_field": "是", "scenario_opened": "是"}, "2027-03-01", "2026-12-01",
                records={k: () for k in RECORDS})
    html = client.get(_url("cn-bj-chaoyang-smart-eldercare", a)).text
    card = re.search(r'<article[^>]*data-clause="art7".*?</article>', html, re.S)
    assert card is not None
    assert "待补充" in card.group(0) and "上限 500万元" in card.group(0) and "尚缺：项目预算" in card.group(0)


def test_the_headline_total_is_marked_as_an_upper_bound_while_clauses_are_pending(client: TestClient) -> None:
    """No bare 0万元 while clauses are open: the bound (PolicyResult.upper_bound_fen, as the CLI says it),
    marked as an upper bound, on the page and in the Excel sheet; decided answers give the plain total."""
    from openpyxl import load_workbook

    from subsidy.money import format_fen
    from subsidy.rules.questionnaire import plan

    a = Answers({"operates_in_chaoyang": "是", "work_safety_accident": "否", "serious_dishonesty": "否",
                 "smart_eldercare_field": "是", "scenario_opened": "是"}, "2027-03-01", "2026-12-01",
                records={k: () for k in RECORDS})
    policy = load_cached(next(d for d in list_policy_dirs() if d.name == "cn-bj-chaoyang-smart-eldercare"))
    _, result, _ = plan(policy, a, dt.date(2026, 12, 1))
    bound = result.upper_bound_fen()
    assert result.undecided() and result.total_fen == 0 and bound is not None and bound > 0
    html = client.get(_url(policy.id, a)).text
    total = re.search(r'<div class="total upper-bound" id="total">(.*?)</div>', html)
    assert total is not None and total.group(1) == f"不超过 {format_fen(bound, policy.amount_unit)}"
    assert "可获支持合计上限" in html and "其中已确定可享 0万元" in html
    wb = load_workbook(io.BytesIO(client.get(_url(policy.id, a, "/export.xlsx")).content))
    sheet = dict(wb["合计"].iter_rows(min_row=2, values_only=True))
    assert int(float(sheet["合计上限（元）"]) * 100) == bound
    # every clause decided (the applicant fails): the plain total, not marked
    no = Answers({"operates_in_chaoyang": "否"}, "2027-03-01", "2026-12-01")
    assert not plan(policy, no, dt.date(2026, 12, 1))[1].undecided()
    assert '<div class="total" id="total">0万元</div>' in client.get(_url(policy.id, no)).text


def test_an_open_bound_under_a_highest_group_adds_each_clause_as_the_engine_does() -> None:
    """就高 within a group of clauses is not one winner over all: the bound adds each open clause's ceiling
    (PolicyResult.upper_bound_fen), and the headline says so rather than 按就高取其中最高额."""
    import dataclasses

    from subsidy.rules.questionnaire import plan
    from subsidy.web.calc_export import headline

    whole = load_cached(next(d for d in list_policy_dirs() if d.name == "cn-bj-chaoyang-smart-eldercare"))
    a = Answers({"operates_in_chaoyang": "是", "work_safety_accident": "否", "serious_dishonesty": "否",
                 "smart_eldercare_field": "是", "scenario_opened": "是"}, "2027-03-01", "2026-12-01",
                records={k: () for k in RECORDS})
    assert whole.highest_over_all and "按就高取其中最高额" in headline(whole, plan(whole, a, dt.date(2026, 12, 1))[1]).note
    h = whole.highests[0]
    grouped = dataclasses.replace(whole, highests=(dataclasses.replace(h, clauses=("art7", "art4-1")),))
    _, result, _ = plan(grouped, a, dt.date(2026, 12, 1))
    head = headline(grouped, result)
    assert len(result.undecided()) > 1 and head.bound_fen == result.upper_bound_fen() is not None
    assert "按各自最高额计入" in head.note and "按就高取其中最高额" not in head.note


def test_a_bad_amount_is_a_chinese_message_at_its_field(client: TestClient) -> None:
    r = client.get("/calculator/cn-bj-chaoyang-smart-eldercare?as_of=2027-03-01&effective_from=2026-12-01"
                   "&f.project_budget=800")
    assert r.status_code == 422
    assert "缺少单位" in r.text and 'class="q q-error" data-fact="project_budget"' in r.text


@pytest.mark.parametrize("policy_id", POLICY_IDS)
def test_excel_and_pdf_exports_open(client: TestClient, policy_id: str) -> None:
    from openpyxl import load_workbook

    policy, answers, raw = case_answers(policy_id)
    x = client.get(_url(policy_id, answers, "/export.xlsx"))
    assert x.status_code == 200 and x.headers["content-type"].startswith("application/vnd.openxmlformats")
    wb = load_workbook(io.BytesIO(x.content))
    assert wb.sheetnames == ["评估结果", "合计", "填写的信息"]
    rows = list(wb["评估结果"].iter_rows(min_row=2, values_only=True))
    result = engine_result(policy, raw, answers)
    assert [r[0] for r in rows] == [c.clause.cite for c in result.clauses]
    total = dict(wb["合计"].iter_rows(min_row=2, values_only=True))["合计（元）"]
    assert int(float(total) * 100) == result.total_fen
    p = client.get(_url(policy_id, answers, "/export.pdf"))
    assert p.status_code == 200 and p.content.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page\b", p.content)) >= 1


def test_an_answer_that_looks_like_a_formula_is_text_in_excel(client: TestClient) -> None:
    from openpyxl import load_workbook

    a = Answers({"platform_type": "=HYPERLINK(1)"}, "2027-03-01", "2026-12-01")
    x = client.get(_url("cn-bj-chaoyang-smart-eldercare", a, "/export.xlsx"))
    assert x.status_code == 422 or all(
        not str(c).startswith("=") for row in load_workbook(io.BytesIO(x.content))["填写的信息"].iter_rows(
            values_only=True) for c in row if c is not None)


def test_the_pdf_font_missing_is_a_clear_chinese_message(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    from subsidy.web import calc_export

    monkeypatch.setattr(calc_export, "CJK_FONTS", ("/nonexistent/font.ttc",))
    monkeypatch.delenv("SUBSIDY_PDF_FONT", raising=False)
    policy, answers, _ = case_answers("cn-gz-tianhe-hk-macao-youth")
    r = client.get(_url(policy.id, answers, "/export.pdf"))
    assert r.status_code in (400, 500) and "中文字体" in r.text


@pytest.mark.parametrize("policy_id", POLICY_IDS)
def test_whatif_chart_marks_where_caps_bind(client: TestClient, policy_id: str) -> None:
    policy, answers, _ = case_answers(policy_id)
    money = [f.name for f in policy.facts.values() if f.type == "money" and f.name in answers.facts]
    fact = money[0] if money else next(f.name for f in policy.facts.values() if f.type == "money")
    r = client.get(_url(policy_id, answers, "/whatif") + f"&fact={fact}")
    assert r.status_code == 200
    assert "<svg" in r.text and 'class="series total"' in r.text
    if money:
        assert 'class="breakpoint"' in r.text and "开始起作用" in r.text


def _codes(policy_id: str) -> set[str]:
    p = load_cached(next(d for d in list_policy_dirs() if d.name == policy_id))
    return ({*p.facts, *(c.id for c in p.clauses), *RECORDS, *(r.name for r in Reason), "applicant", "eligible",
             "None", "True", "False", "null", "none", "draft", "in_force", "expired", "financial_institution",
             "park_operator", "organiser", "designated", "monetary", "manual_amount", p.id})


@pytest.mark.parametrize("policy_id", POLICY_IDS)
def test_pages_are_in_chinese_without_raw_codes(client: TestClient, policy_id: str) -> None:
    policy, answers, _ = case_answers(policy_id)
    pages = [_url(policy_id, Answers(as_of="2027-03-01", effective_from="2026-12-01" if not policy.effective_from
                                     else None)),
             _url(policy_id, answers), _url(policy_id, answers, "/whatif"), "/calculator", "/calculator/compare",
             "/calculator/compare?as_of=2024-03-01", _url(policy_id, Answers({"x": "1"}, "2027-03-01", "2026-12-01"))]
    forbidden = _codes(policy_id)
    for url in pages:
        html = client.get(url).text
        words = set(re.findall(r"[A-Za-z_][A-Za-z0-9_\-]*", " ".join(_parse(html).text)))
        bad = {w for w in words if w in forbidden or "_" in w}
        assert not bad, f"{url}: raw codes on the page: {sorted(bad)}"


def test_a_policy_is_named_by_id_never_by_path(client: TestClient) -> None:
    for key in ("..%2F..%2Fpolicies%2Fcn-bj-chaoyang-smart-eldercare", "%2Fwork", "no-such-policy"):
        r = client.get(f"/calculator/{key}")
        assert r.status_code == 404 and "找不到" in r.text


def test_dates_are_written_year_month_day_whatever_the_browser_language(client: TestClient) -> None:
    """No type="date" input (it shows the browser's own format, e.g. mm/dd/yyyy): text inputs in ISO
    form with the format visible, on the calculator, its record rows, what-if and the comparison."""
    policy_id = "cn-bj-chaoyang-smart-eldercare"
    a = Answers({}, "2027-03-01", "2026-12-01")
    pages = [client.get(_url(policy_id, a)).text, client.get("/calculator/compare?as_of=2027-03-01").text]
    whatif = re.findall(r'href="([^"]*/whatif\?[^"]*)"', pages[0])
    assert whatif
    pages.append(client.get(whatif[0].replace("&amp;", "&")).text)
    for html in pages:
        assert 'type="date"' not in html
        dates = re.findall(r'<input type="text" class="q-date"[^>]*>', html)
        assert dates and all('pattern="[0-9]{4}-[0-9]{2}-[0-9]{2}"' in x and 'lang="zh-CN"' in x for x in dates)
        assert "年-月-日" in html
    assert re.search(r'<input type="text" class="q-date" name="as_of" id="as_of" value="2027-03-01"', pages[0])
    assert re.search(r'class="q-date" name="bars\.0\.from"', pages[0])  # a record row's date too
    # a date in another form is a Chinese message at its field, from the server
    r = client.get(f"/calculator/{policy_id}?as_of=03/01/2027&effective_from=2026-12-01")
    assert r.status_code == 422 and "日期" in r.text and 'type="date"' not in r.text


def test_a_fact_beyond_its_range_is_refused_naming_it(client: TestClient) -> None:
    """The calculator reads facts with the case reader (model.FactDef.range: one range per fact)."""
    r = client.get("/calculator/cn-gz-tianhe-hk-macao-youth/whatif", params={"f.internship_months": str(10**30)})
    assert r.status_code == 422 and "「申请补贴的实习月数」不能大于 1000000" in r.text


def test_a_record_still_needed_says_what_for(client: TestClient) -> None:
    """Issue 13: the other-support question names what needs it (here Liuhe's 差额, 第25条), not "就高与差额"."""
    answers = Answers({"in_liuhe": "是", "standard_level": "国家标准", "standard_approved_on": "2025-03-01"},
                      "2025-06-30", records={"bars": [], "history": []})
    html = client.get(_url("cn-jl-liuhe-key-industries", answers)).text
    needed = re.search(r'<div class="q-help" data-needed-for="other_support">([^<]*)</div>', html)
    assert needed is not None and needed.group(1) == "本次需要用于：差额", html[:400]
    assert "就高与差额" not in html


def test_liuhe_asks_how_it_is_paid_after_the_amount_and_the_answer_changes_the_schedule(client: TestClient) -> None:
    """sched13: 第2条 is eligible for 1000万元 whatever 第21条's facts are; the calculator asks 「12个月内全面建成
    并投产」 and the stages' facts after the facts deciding eligibility and amount, as 支付安排 only (the card is
    not 待补充), and answering it turns the three stages into a lump sum."""
    facts = {"in_liuhe": "是", "key_industry": "是", "new_project": "是", "resource_project": "否",
             "residential_real_estate": "否", "project_category": "现代服务业类", "fixed_asset_investment": "5000万元",
             "land_area": "25"}
    records: dict[str, tuple[dict[str, str], ...]] = {"bars": (), "history": (), "other_support": ()}

    def page(**more: str) -> tuple[str, str]:
        html = client.get(_url("cn-jl-liuhe-key-industries", Answers({**facts, **more}, "2025-06-30",
                                                                      records=records))).text
        card = re.search(r'<article [^>]*data-clause="art2-services".*?</article>', html, re.S)
        assert card is not None
        return html, card.group(0)

    html, card = page()
    assert 'data-status="可享"' in card and 'data-ceiling="1000000000"' in card
    schedule = html.index("<legend>支付安排（只影响支付方式，不影响金额）</legend>")
    asked = re.findall(r'data-fact="([a-z_0-9]+)"', html[schedule:html.index('<fieldset class="answered"')])
    assert asked == ["built_within_12_months", "enclosed_on", "completion_accepted_on", "operated_six_months"]
    earlier = re.findall(r'<div class="q[^"]*" data-fact="([a-z_0-9]+)"', html[:schedule])
    assert not set(asked) & set(earlier), "asked after the facts that decide eligibility and amount"
    assert "阶段：建筑物主体封闭 30%：300万元" in card and "支付安排尚需：新建重点产业项目在12个月内全面建成并投产" in card
    html, card = page(built_within_12_months="是")
    assert 'data-status="可享"' in card and "拨付：一次性 1000万元" in card and "阶段：" not in card
    assert "支付安排尚需" not in card and 'data-fact="enclosed_on"' not in html


def test_the_process_wide_font_gives_the_bytes_of_a_font_added_for_the_one_document() -> None:
    """``add_cjk_font`` reuses the process's reading of the font: each of two documents in turn (the second
    with characters the first lacks, and one the font lacks) is byte for byte the document
    ``pdf.add_font`` gives, and the first is so again after the second (nothing one document used is left
    in the other)."""
    import datetime as dt

    from fpdf import FPDF

    from subsidy.web.calc_export import add_cjk_font, cjk_font

    def document(text: str, cached: bool) -> bytes:
        pdf = FPDF(format="A4")
        pdf.set_creation_date(dt.datetime(2026, 12, 1, tzinfo=dt.UTC))
        if cached:
            add_cjk_font(pdf)
        else:
            pdf.add_font("cjk", "", str(cjk_font()))
        pdf.add_page()
        pdf.set_font("cjk", size=10.5)
        pdf.multi_cell(180, 5, text)
        return bytes(pdf.output())

    first, second = "政策计算结果：可获支持合计 300万元", "宝安区人工智能医疗器械 ¥ 12.5% \U0001f600 第七条（二）"
    plain = [document(first, cached=False), document(second, cached=False)]
    assert [document(first, cached=True), document(second, cached=True), document(first, cached=True)] == [
        plain[0], plain[1], plain[0]]
