"""The simulation report (web/simulate_report.py, ``subsidy simulate --report DIR``): every figure of the HTML
is the JSON document's; the PDF states the figures (its text extracted); the charts come as PNG and SVG; the
same seed gives the same report, byte for byte."""

from __future__ import annotations

import datetime as dt
import json
import re
import zlib
from fractions import Fraction
from html import unescape
from pathlib import Path
from typing import Any

import pytest
from tests.cli_support import run_cli

from subsidy.money import format_fen
from subsidy.population.synthetic import generate
from subsidy.rules.registry import find_policy
from subsidy.rules.simulate import Simulation, simulate, simulation_json, sweep_around, with_figures
from subsidy.web.simulate_report import ReportContext, report_files, report_html, report_pdf

POLICY = "cn-bj-chaoyang-smart-eldercare"
AS_OF, EFFECTIVE = dt.date(2027, 6, 30), dt.date(2026, 12, 1)


def _simulation(path: Path, seed: int) -> tuple[Simulation, ReportContext]:
    policy = find_policy(POLICY)
    generate("chaoyang", 2000, seed, policy).write_parquet(path)
    draft = with_figures(policy, {("art5-1", "art5-1#cap1"): 3 * 10**8}, {})
    sim = simulate(path, draft, AS_OF, take_up=Fraction(3, 5), budget_fen=5 * 10**9, baseline=policy,
                   sweep=sweep_around(draft, "art5-1", 3 * 10**8), effective_from=EFFECTIVE, per_row=True)
    ctx = ReportContext(draft, "朝阳区模拟名录", AS_OF, EFFECTIVE, (("第五条第一款 每年最高", "300万元"),),
                        "第五条第一款 每年最高", 3 * 10**8, "政策原值")
    return sim, ctx


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Simulation, ReportContext]:
    return _simulation(tmp_path_factory.mktemp("report") / "r.parquet", 7)


def _at(doc: Any, path: str) -> Any:
    for part in path.split("/"):
        doc = doc[int(part)] if isinstance(doc, list) else doc[part]
    return doc


def test_every_figure_of_the_html_is_the_jsons(made: tuple[Simulation, ReportContext]) -> None:
    sim, ctx = made
    doc = simulation_json(sim)
    html = report_html(sim, ctx)
    cells = re.findall(r'<td class="num" data-json="([^"]+)"(?: data-yuan="([^"]+)")?>([^<]*)</td>', html)
    assert len(cells) > 100
    paths = {p for p, _, _ in cells}
    for must in ("draft/upper", "draft/expected", "draft/stacked", "draft/beneficiaries", "draft/by_year/1/upper",
                 "distribution/size_class/0/upper", "distribution/street/0/expected", "band_changes/0/winners",
                 "sweep/points/0/upper", "difference/0/upper"):
        assert must in paths, must
    unit = sim.draft.unit
    for path, money, text in cells:
        value = _at(doc, path)
        if money:
            assert money == value, path
            fen = int(value.replace(".", ""))
            assert unescape(text) == format_fen(fen, unit), path
        else:
            assert int(text) == value, path
    assert "<svg" in html and "资金测算报告" in html and "修改：第五条第一款 每年最高" in html


def _pdf_text(pdf: bytes) -> str:
    """The text fpdf2 wrote: each content stream's strings (2-byte glyph ids) mapped through the fonts'
    ToUnicode CMaps (the project has no PDF reader; this reads what fpdf2 writes, nothing more)."""
    streams = []
    for raw in re.findall(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.S):
        try:
            streams.append(zlib.decompress(raw))
        except zlib.error:
            streams.append(raw)
    cmap: dict[int, str] = {}
    for s in streams:
        if b"beginbfchar" in s:
            for gid, uni in re.findall(rb"<([0-9A-Fa-f]{4})>\s*<([0-9A-Fa-f]+)>", s.split(b"endcodespacerange")[-1]):
                cmap[int(gid, 16)] = bytes.fromhex(uni.decode()).decode("utf-16-be")
    escapes = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f", b"(": b"(", b")": b")", b"\\": b"\\"}
    out = []
    for s in streams:
        if b"BT" not in s:  # not a page's content (an image's pixels, a font): no text to read
            continue
        for lit in re.findall(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", s, re.S):
            data = re.sub(rb"\\([0-7]{1,3}|.)", lambda mm: bytes([int(mm[1], 8)]) if mm[1][:1].isdigit()
                          else escapes.get(mm[1], mm[1]), lit)
            out.append("".join(cmap.get(int.from_bytes(data[i:i + 2], "big"), "?") for i in range(0, len(data) - 1, 2)))
    return "\n".join(out)


def test_the_pdf_states_the_figures(made: tuple[Simulation, ReportContext]) -> None:
    sim, ctx = made
    pdf = report_pdf(sim, ctx)
    assert pdf.startswith(b"%PDF") and b"/Subtype /Image" in pdf  # the charts, as PNG images
    text = _pdf_text(pdf).replace("\n", "")
    d, unit = sim.draft, sim.draft.unit
    assert "资金测算报告" in text and "分年度" in text and "按企业规模" in text
    for fen in (d.upper_fen, d.expected_fen, d.stacked_fen, *(y.upper_fen for y in d.by_year),
                *(g.upper_fen for dist in sim.distributions for g in dist.groups),
                *(p.cost.upper_fen for p in sim.points)):
        assert format_fen(fen, unit) in text, format_fen(fen, unit)
    assert f"{d.beneficiaries} 户" in text


def test_the_same_seed_gives_the_same_report(made: tuple[Simulation, ReportContext], tmp_path: Path) -> None:
    sim, ctx = made
    once = report_files(sim, ctx)
    again = report_files(*_simulation(tmp_path / "again.parquet", 7))
    assert once.keys() == again.keys() and all(once[k] == again[k] for k in once)
    assert {"report.html", "report.pdf", "charts/by-year.png", "charts/by-year.svg", "charts/sweep.png",
            "charts/by-size-class.svg", "charts/by-industry.png"} <= set(once)
    other = report_files(*_simulation(tmp_path / "other.parquet", 8))
    assert other["report.html"] != once["report.html"]


def test_the_sweep_chart_is_the_drafter_pages(made: tuple[Simulation, ReportContext]) -> None:
    """One sweep chart (web/sweep_chart.py): the report's SVG has the drafter page's points and current line."""
    sim, ctx = made
    svg = report_files(sim, ctx)["charts/sweep.svg"].decode("utf-8")
    caps = re.findall(r'<g class="point" data-cap="(\d+)" data-cost="(\d+)"', svg)
    assert caps == [(str(p.cap_fen), str(p.cost.upper_fen)) for p in sim.points]
    assert svg.count('<line class="current"') == 1 and "草案现行取值" in svg


def test_the_command_writes_the_report(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    registry = tmp_path / "朝阳名录.parquet"
    generate("chaoyang", 800, 3, find_policy(POLICY)).write_parquet(registry)
    args = ("simulate", POLICY, "--population", str(registry), "--as-of", "2027-06-30", "--effective-from",
            "2026-12-01", "--take-up", "60%", "--baseline", POLICY, "--sweep", "art5-1.cap=100万元..500万元/100万元")
    code, text = run_cli(capsys, *args, "--report", str(tmp_path / "报告"))
    assert code == 0, text
    assert "按企业规模" in text and "按所属街道" in text
    written = sorted(p.relative_to(tmp_path / "报告").as_posix() for p in (tmp_path / "报告").rglob("*") if p.is_file())
    assert "report.html" in written and "report.pdf" in written and "charts/sweep.svg" in written
    code, out = run_cli(capsys, *args, "--json")
    doc = json.loads(out)
    html = (tmp_path / "报告" / "report.html").read_text(encoding="utf-8")
    assert f'data-json="draft/upper" data-yuan="{doc["draft"]["upper"]}"' in html
    assert sum(int(g["expected"].replace(".", "")) for g in doc["distribution"]["industry"]) == int(
        doc["draft"]["expected"].replace(".", ""))
    code, text = run_cli(capsys, *args, "--report", str(registry))
    assert code == 2 and "不是目录" in text


def test_years_after_the_validity_are_labelled_in_the_by_year_table(made: tuple[Simulation, ReportContext]) -> None:
    """解读约定第18条: a year after the policy's validity (tranches still owed) reads 「…年（有效期满后拨付）」, in the
    HTML as in the JSON's ``after_validity``."""
    import dataclasses

    from subsidy.rules.simulate import AFTER_VALIDITY_LABEL, year_label

    made_sim, ctx = made
    assert not any(y.after_validity for y in made_sim.draft.by_year)  # 朝阳 has no tranches: 2029 is within
    assert AFTER_VALIDITY_LABEL not in report_html(made_sim, ctx)
    *within, last = made_sim.draft.by_year  # as if the last year's payments were tranches after the validity
    sim = dataclasses.replace(made_sim, draft=dataclasses.replace(
        made_sim.draft, by_year=(*within, dataclasses.replace(last, after_validity=True))))
    html = report_html(sim, ctx)
    doc = simulation_json(sim)
    assert [y["after_validity"] for y in doc["draft"]["by_year"]] == [False] * len(within) + [True]
    assert f"{last.year}年{AFTER_VALIDITY_LABEL}" in html and year_label(within[0]) + "<" in html
    assert html.count(AFTER_VALIDITY_LABEL) == 1
