"""Concurrent approvals by separate OS processes (the real `subsidy approve`, each its own process and
connection), on SQLite (file, WAL) and on PostgreSQL.

The processes are forked from the test (so they start at once) and each runs the command's entry point
with its own engine. No timing decides anything: each process is held by a gate at the start of the
approval service, after the command has loaded the application (so every process has seen it "in
notice"), and reports over a pipe; when all have, the test releases them together. Whatever order they then take the ledger lock in, the
outcome is the same: exactly one approval per application, the others refused cleanly (exit 3, a
Chinese message, no traceback), and an entity's cap never exceeded by the sum of its approvals in
several calls.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections import Counter
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import pytest
from money_factories import WAN, funded_call, submitted_in_notice, tx, url_of
from sqlalchemy import Engine, func, select

from cli_support import without_mode_banner
from subsidy.cli import main
from subsidy.services import approval, ledger
from subsidy.store.tables import Application, AuditRecord, Award, LedgerEntry, Tranche

pytestmark = pytest.mark.db

def _approve_process(argv: list[str], url: str, gate: Connection, out_path: str, err_path: str) -> None:
    """A forked process running the real command (`subsidy approve …`, its own engine and connection),
    its output and any traceback going to files; held at the start of the approval service."""
    sys.stdout, sys.stderr = open(out_path, "w", encoding="utf-8"), open(err_path, "w", encoding="utf-8")  # noqa: SIM115
    os.environ["SUBSIDY_DATABASE_URL"] = url
    original = approval.approve

    def approve(*args: Any, **kwargs: Any) -> Any:  # the command has loaded the application: wait here
        gate.send("ready")
        gate.recv()
        return original(*args, **kwargs)

    approval.approve = approve  # type: ignore[assignment]
    try:
        main(argv)
    except SystemExit as exc:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(int(exc.code or 0))


def approve_together(engine: Engine, tmp: Path, requests: list[tuple[int, str]]) -> list[tuple[int, str, str]]:
    """Run `subsidy approve APP --amount AMOUNT` for every request, each in its own process, released
    together once all are at the gate; (exit code, stdout, stderr) of each."""
    ctx = multiprocessing.get_context("fork")
    runs = []
    for n, (app, amount) in enumerate(requests):
        parent_end, child_end = ctx.Pipe()
        paths = (str(tmp / f"out{n}"), str(tmp / f"err{n}"))
        argv = ["approve", str(app), "--amount", amount, "--as", "officer", "--today", "2026-06-09"]
        proc = ctx.Process(target=_approve_process, args=(argv, url_of(engine), child_end, *paths))
        proc.start()
        child_end.close()
        runs.append((proc, parent_end, paths))
    for _, gate, paths in runs:  # every process has loaded its application and waits
        assert gate.poll(60) and gate.recv() == "ready", Path(paths[1]).read_text(encoding="utf-8")
    for _, gate, _ in runs:
        gate.send("go")
    results = []
    for proc, gate, (out, err) in runs:
        proc.join(120)
        gate.close()
        results.append((proc.exitcode or 0, Path(out).read_text(encoding="utf-8"), Path(err).read_text(encoding="utf-8")))
    return results


def _clean_refusal(code: int, err: str) -> None:
    err = without_mode_banner(err)
    assert code == 3, err
    assert "Traceback" not in err and "Error" not in err, err
    assert err.startswith("错误："), err


def test_six_processes_approving_one_application_one_approves_the_others_are_refused(engine: Engine, tmp_path: Path) -> None:
    with tx(engine) as s:
        app_id = submitted_in_notice(s, funded_call(s), 1, clause="art14a", facts={
            "independent_legal_person": True, "big_health_field": True, "registered_in_baoan": True,
            "new_private_hospital": True, "hospital_grade": "二级", "hospital_type": "综合医院"})
    results = approve_together(engine, tmp_path, [(app_id, "800万元")] * 6)
    codes = Counter(code for code, _, _ in results)
    assert codes == {0: 1, 3: 5}, results
    for code, out, err in results:
        if code == 0:
            assert f"申报 {app_id} 已核定 800万元" in out
        else:
            _clean_refusal(code, err)
            assert "不能" in err and "已核定" in err, err  # refused by the application's state
    with tx(engine) as s:
        assert s.scalar(select(func.count()).select_from(Award)) == 1
        assert s.scalar(select(func.count()).select_from(Tranche)) == 3
        assert s.scalar(select(func.count()).where(LedgerEntry.kind == "commitment")) == 3
        assert s.scalar(select(func.count()).where(AuditRecord.action == "approve")) == 1
        assert s.get_one(Application, app_id).state == "approved"
        assert ledger.verify(s) == []


def test_concurrent_approvals_in_two_calls_never_exceed_the_entity_cap(engine: Engine, tmp_path: Path) -> None:
    """One entity, two applications in each of two calls under 第七条（二）1 (at most 300万元 per entity
    over the policy's validity); each was given the whole 300万元 at submission. Four processes approve
    150万元 each at once: two are approved (300万元), the other two are refused — the room is gone."""
    with tx(engine) as s:
        calls = [funded_call(s), funded_call(s)]
        apps = [submitted_in_notice(s, c, 1, project=f"R-{c.id}-{n}") for c in calls for n in (1, 2)]
        assert {s.get_one(Application, a).ceiling_fen for a in apps} == {300 * WAN}
    results = approve_together(engine, tmp_path, [(a, "150万元") for a in apps])
    assert Counter(code for code, _, _ in results) == {0: 2, 3: 2}, results
    for code, _, err in results:
        if code:
            _clean_refusal(code, err)
            assert "按核定时的台账复核" in err and "已达本条支持上限" in err, err
    with tx(engine) as s:
        assert sum(s.scalars(select(Award.approved_fen))) == 300 * WAN
        assert s.scalar(select(func.sum(LedgerEntry.fen)).where(LedgerEntry.kind == "commitment")) == 300 * WAN
        assert ledger.verify(s) == []


def test_concurrent_approvals_above_the_room_left_are_capped_not_summed(engine: Engine, tmp_path: Path) -> None:
    """Two applications of one entity in two calls, 200万元 each asked at once: one is approved; the
    other is refused naming the 100万元 left, and is approved at that amount afterwards."""
    with tx(engine) as s:
        apps = [submitted_in_notice(s, funded_call(s), 1, project=f"R-{n}") for n in (1, 2)]
    results = approve_together(engine, tmp_path, [(a, "200万元") for a in apps])
    assert sorted(code for code, _, _ in results) == [0, 3], results
    refused = next(i for i, (code, _, _) in enumerate(results) if code)
    _clean_refusal(results[refused][0], results[refused][2])
    assert "该申报最多可核定 100万元" in results[refused][2]
    assert [code for code, _, _ in approve_together(engine, tmp_path, [(apps[refused], "100万元")])] == [0]
    with tx(engine) as s:
        assert sum(s.scalars(select(Award.approved_fen))) == 300 * WAN
