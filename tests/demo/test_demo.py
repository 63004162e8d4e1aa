"""The main job, end to end: `subsidy demo` runs a year of both seed policies on a fresh SQLite file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from subsidy.cli import main
from subsidy.services.audit import verify
from subsidy.settings import Settings
from subsidy.store.db import make_engine, session_scope
from subsidy.store.tables import Application, AuditRecord, Award, LedgerEntry, Sanction, Tranche


def test_demo_runs_the_whole_cycle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    monkeypatch.setenv("SUBSIDY_DATABASE_URL", url)
    with pytest.raises(SystemExit) as exc:
        main(["demo"])
    output = capsys.readouterr().out
    assert exc.value.code == 0, output
    # refusals the engine made at submission, with their reasons
    assert "不符合第二条规定的申报主体条件" in output
    assert "请先补充：项目建设费用" in output
    assert "申报材料不齐，缺少：项目申报书" in output
    # conflicts of interest, a correction, an objection, a what-if, a barred re-application
    assert "回避：" in output and "补正截止 2026-04-27" in output and "异议不成立" in output
    assert "仅测算，不改变任何数据" in output
    assert "再次申报被拒" in output and "期满前不得申报" in output
    assert "账本与审计日志校验：完好" in output
    # every step says the business date(s) of its actions
    assert output.count("业务日期：") == 10
    for when in ("业务日期：2026-04-10", "业务日期：2026-06-10", "业务日期：2026-07-01", "业务日期：2026-09-15 至 2026-10-20"):
        assert when in output, when
    engine = make_engine(Settings(url))
    with session_scope(engine) as s:
        awards = s.scalars(select(Award)).all()
        assert len(awards) == 12
        for award in awards:
            app = s.get(Application, award.application_id)
            assert app is not None and app.ceiling_fen is not None and award.approved_fen <= app.ceiling_fen
        # the barred hospital's future tranches were cancelled; nothing was paid twice
        assert s.scalar(select(func.count()).select_from(Tranche).where(Tranche.state == "cancelled")) == 2
        keys = s.scalars(select(LedgerEntry.key).where(LedgerEntry.kind == "payment")).all()
        assert len(keys) == len(set(keys)) == 12
        assert s.scalar(select(func.count()).select_from(Sanction).where(Sanction.kind == "bar")) == 1
        assert verify(s) == []
        # every audit record carries the business date its step states, the review's included
        assert s.scalar(select(func.count()).select_from(AuditRecord).where(AuditRecord.business_date.is_(None))) == 0
        review = s.scalars(select(AuditRecord.business_date).where(
            AuditRecord.action.in_(("draw_panel", "declare_no_conflict", "score", "complete_review")))).all()
        assert review and all(dt.date(2026, 5, 11) <= d <= dt.date(2026, 5, 15) for d in review if d is not None)
    assert "业务日期：2026-05-11（抽取专家）至 2026-05-15（评审完成）" in output
    engine.dispose()
