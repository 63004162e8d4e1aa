"""The drafter's page (政策测算) through the web application: who may use it; a cap or a rate edited in the
form changes the figures exactly as ``rules.simulate`` computes them; the sweep chart; the figures by
year; winners and losers against the unedited policy; bad input refused in Chinese (422, never 500);
uploads (type, size); the JSON and Excel exports."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from collections.abc import Iterator
from html import unescape
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import Engine
from staff_world import build, login

from subsidy.money import format_fen
from subsidy.population.reader import read_registry
from subsidy.rules.registry import find_policy
from subsidy.rules.simulate import simulate, with_figures
from subsidy.web.app import create_app

pytestmark = pytest.mark.db

BAOAN = "cn-sz-baoan-ai-health"
ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "registry" / "baoan.csv"
DAY = "2027-06-30"
BASE = f"/drafter?policy={BAOAN}&registry=example:baoan&as_of={DAY}&effective_from=2027-01-01"


@pytest.fixture
def app(engine: Engine, db_url: str) -> FastAPI:
    build(engine)
    application = create_app(db_url)
    application.state.engine = engine
    return application


@pytest.fixture
def officer(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app, raise_server_exceptions=False, follow_redirects=False) as c:
        login(c, "officer")
        yield c


def _text(html: str, element_id: str) -> str:
    found = re.search(rf'id="{element_id}"[^>]*>(.*?)</', html, re.S)
    assert found, element_id
    return unescape(found.group(1)).strip()


def _expected(caps: dict[tuple[str, str], int], tmp_path: Path) -> tuple[int, int]:
    policy = find_policy(BAOAN)
    table = tmp_path / "t.parquet"
    read_registry(EXAMPLE, policy).frame.write_parquet(table)
    day = dt.date.fromisoformat(DAY)
    sim = simulate(table, with_figures(policy, caps, {}), day, effective_from=dt.date(2027, 1, 1))
    return sim.draft.upper_fen, sim.draft.beneficiaries


def test_roles(app: FastAPI) -> None:
    for name, want in (("applicant", 403), ("expert1", 403), ("finance", 403), ("auditor", 403), ("admin", 200),
                       ("officer", 200)):
        with TestClient(app, raise_server_exceptions=False, follow_redirects=False) as c:
            if name == "expert1":
                from staff_world import EXPERTS
                name = EXPERTS[0]
            login(c, name)
            assert c.get(BASE).status_code == want, name
    with TestClient(app, raise_server_exceptions=False, follow_redirects=False) as c:
        assert c.get(BASE).status_code == 303


def test_a_lower_cap_lowers_the_cost_exactly(officer: TestClient, tmp_path: Path) -> None:
    page = officer.get(BASE)
    assert page.status_code == 200, page.text[:2000]
    upper, people = _expected({}, tmp_path)
    assert _text(page.text, "total-upper") == format_fen(upper, "万元")
    assert _text(page.text, "total-beneficiaries") == f"{people} 户"
    assert 'value="100万元"' in page.text  # art11b's cap, prefilled from the policy
    cheaper = officer.get(BASE + "&" + "cap%7Cart11b%7Cart11b%23cap1=5万元&sweep=art11b")
    assert cheaper.status_code == 200
    upper2, _ = _expected({("art11b", "art11b#cap1"): 5 * 10**6}, tmp_path)
    assert upper2 < upper
    assert _text(cheaper.text, "total-upper") == format_fen(upper2, "万元")
    assert _text(cheaper.text, "baseline-upper").startswith(format_fen(upper, "万元"))
    row = re.search(r'<tr data-clause="art11b">(.*?)</tr>', cheaper.text.split('id="by-clause"')[1], re.S)
    assert row is not None
    losers = re.search(r'class="losers">(\d+)<', row.group(1))
    cap_share = re.search(r'class="cap-share">([^<]+)<', row.group(1))
    assert losers is not None and int(losers.group(1)) > 0  # some get less under the lower cap
    assert cap_share is not None and cap_share.group(1).endswith("%")
    assert cheaper.text.count('class="point"') == 9  # the sweep: 9 points around the draft's cap
    assert 'class="current"' in cheaper.text


def test_a_rate_edit_and_by_year(officer: TestClient) -> None:
    r = officer.get(BASE + "&rate%7Cart2%7C0=10%25")
    assert r.status_code == 200
    years = re.findall(r'data-year="(\d+)"', r.text)
    assert years and years[0] == "2027"


@pytest.mark.parametrize("query, words", [
    ("&cap%7Cart11b%7Cart11b%23cap1=abc", "单个主体每年"),
    ("&cap%7Cart11b%7Cart11b%23cap1=500", "缺少单位"),
    ("&rate%7Cart2%7C0=150%25", "比例"),
    ("&take_up=120%25", "0%–100%"),
    ("&budget=0元", "预算为 0"),
    ("&sweep=art9", "没有金额上限"),
    ("&as_of=2027-13-01", "评估日期"),
    ("&registry=upload:" + "0" * 64 + ".csv", "重新上传"),
    ("&registry=../../etc/passwd", "不存在"),
])
def test_bad_input_is_refused_in_chinese(officer: TestClient, query: str, words: str) -> None:
    r = officer.get(BASE + query)
    assert r.status_code == 422, r.text[:1000]
    assert words in unescape(r.text)


def test_unknown_policy(officer: TestClient) -> None:
    r = officer.get("/drafter?policy=no-such")
    assert r.status_code == 422 and "no-such" in r.text


def test_exports(officer: TestClient, tmp_path: Path) -> None:
    q = BASE[len("/drafter?"):] + "&cap%7Cart11b%7Cart11b%23cap1=5万元&budget=10万元"
    doc = officer.get("/drafter/export.json?" + q)
    assert doc.status_code == 200
    data = json.loads(doc.text)
    upper2, _ = _expected({("art11b", "art11b#cap1"): 5 * 10**6}, tmp_path)
    assert data["draft"]["upper"] == f"{upper2 // 100}.{upper2 % 100:02d}"
    assert sum(int(y["upper"].replace(".", "")) for y in data["draft"]["by_year"]) == upper2
    assert data["baseline"] is not None and data["budget"]["amount"] == "100000.00"
    assert any(r["clause"] == "art11b" and r["losers"] for r in data["rows"])
    book = officer.get("/drafter/export.xlsx?" + q)
    assert book.status_code == 200
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(book.content))
    assert wb.sheetnames == ["测算结果", "分年度", "分布", "按规模增减", "上限测算", "测算条件"]
    groups = [[c.value for c in row] for row in wb["分布"].iter_rows(min_row=2)]
    from subsidy.rules.simulate import GROUPINGS

    for by, dist in data["distribution"].items():  # every group of the JSON, one row each
        assert sum(1 for g in groups if g[0] == GROUPINGS[by]) == len(dist) > 0
    by_band = {g[1]: g for g in groups if g[0] == "企业规模"}
    for g in data["distribution"]["size_class"]:
        assert by_band[g["group"]][2] == g["rows"] and by_band[g["group"]][3] == g["beneficiaries"]
    assert next(wb["按规模增减"].iter_rows(min_row=2, max_col=2, values_only=True))[1] == "合计（就高、不重复后）"
    cells = [c.value for c in wb["测算结果"]["A"]]
    assert "合计" in cells
    assert wb["测算结果"].cell(row=len(cells), column=4).value == format_fen(upper2, "万元")


def test_upload(officer: TestClient) -> None:
    token = login_token(officer)
    r = officer.post("/drafter/registry", data={"csrf_token": token, "policy": BAOAN},
                     files={"file": ("名录.csv", EXAMPLE.read_bytes(), "text/csv")})
    assert r.status_code == 303
    location = r.headers["location"]
    assert "registry=upload%3A" in location
    page = officer.get(location + f"&as_of={DAY}&effective_from=2027-01-01")
    assert page.status_code == 200 and "上传的名录" in page.text
    bad = officer.post("/drafter/registry", data={"csrf_token": token, "policy": BAOAN},
                       files={"file": ("名录.pdf", b"%PDF-1.4", "application/pdf")})
    assert bad.status_code == 422 and "不是 CSV" in unescape(bad.text)
    from subsidy.web import drafter

    big = officer.post("/drafter/registry", data={"csrf_token": token, "policy": BAOAN},
                       files={"file": ("大.csv", b"x" * (drafter.MAX_UPLOAD + 1), "text/csv")})
    assert big.status_code == 413
    broken = officer.post("/drafter/registry", data={"csrf_token": token, "policy": BAOAN},
                          files={"file": ("坏.csv", "统一社会信用代码,单位名称,不认识的列\n91440300000000001X,甲,1\n".encode(), "text/csv")})
    assert broken.status_code == 303
    shown = officer.get(broken.headers["location"])
    assert shown.status_code == 422 and "不认识的列" in unescape(shown.text)


def login_token(client: TestClient) -> str:
    from staff_world import token_of

    return token_of(client.get("/workbench").text)


def test_hostile_values_are_a_page_or_a_refusal(app: FastAPI) -> None:
    """Any text in any field of the form: the page (200) or a Chinese refusal (422), never a 500."""
    from urllib.parse import urlencode

    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    with TestClient(app, raise_server_exceptions=False, follow_redirects=False) as c:
        login(c, "officer")
        fields = ("cap|art11b|art11b#cap1", "rate|art2|0", "take_up", "budget", "as_of", "sweep", "registry",
                  "policy", "effective_from", "figures_of")

        @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
        @given(st.sampled_from(fields), st.text(max_size=30))
        def one(field: str, value: str) -> None:
            q = {"policy": BAOAN, "registry": "example:baoan", "as_of": DAY, "effective_from": "2027-01-01",
                 "sweep": "art11b", field: value}
            for path in ("/drafter", "/drafter/export.json"):
                r = c.get(f"{path}?{urlencode(q)}")
                assert r.status_code in (200, 422), (path, field, value, r.status_code, r.text[:300])

        one()


def test_report_downloads(officer: TestClient) -> None:
    """The page's report: HTML and PDF (a drafter attaches them to the 起草说明) and the charts as PNG and SVG,
    the figures the JSON export has; the same query gives the same bytes."""
    import zipfile

    q = BASE[len("/drafter?"):] + "&cap%7Cart11b%7Cart11b%23cap1=5万元"
    page = officer.get(BASE + "&cap%7Cart11b%7Cart11b%23cap1=5万元")
    assert page.status_code == 200 and 'id="report-pdf"' in page.text and 'id="by-size_class"' in page.text
    data = json.loads(officer.get("/drafter/export.json?" + q).text)
    html = officer.get("/drafter/report.html?" + q)
    assert html.status_code == 200 and html.headers["content-type"].startswith("text/html")
    assert f'data-json="draft/upper" data-yuan="{data["draft"]["upper"]}"' in html.text
    assert "修改：" in html.text and "<svg" in html.text
    pdf = officer.get("/drafter/report.pdf?" + q)
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF") and pdf.headers["content-type"] == "application/pdf"
    assert officer.get("/drafter/report.pdf?" + q).content == pdf.content
    charts = zipfile.ZipFile(io.BytesIO(officer.get("/drafter/report-charts.zip?" + q).content))
    names = charts.namelist()
    assert "charts/by-year.png" in names and "charts/by-year.svg" in names and "charts/sweep.png" in names
    assert charts.read("charts/by-size-class.png").startswith(b"\x89PNG")
