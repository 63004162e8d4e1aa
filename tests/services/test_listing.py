"""Finding things: call, organisation, user, audit-log and ledger lists, each showing a user only what
services/access.py lets it read (docs/access.md), in the service and through the CLI's --json."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
from factories import add_call, add_org, add_user, adopt, tx, user
from sqlalchemy import Engine

from subsidy.cli import main
from subsidy.errors import DomainRefusal
from subsidy.services.audit import record
from subsidy.services.clock import set_mode
from subsidy.services.listing import audit_log, list_calls, list_ledger, list_organisations, list_users
from subsidy.settings import Settings
from subsidy.store.db import make_engine, migrate

pytestmark = pytest.mark.db


def _world(engine: Engine) -> None:
    with tx(engine) as s:
        officer = add_user(s, "officer", "officer")
        for role in ("admin", "auditor", "finance"):
            add_user(s, role, role)
        add_call(s, adopt(s, officer), year=2026)
        mine, other = add_org(s, "甲公司", 1), add_org(s, "乙公司", 2)
        add_user(s, "staff1", "applicant", org=mine)
        add_user(s, "staff1b", "applicant", org=mine)
        add_user(s, "staff2", "applicant", org=other)
        add_user(s, "expert1", "expert")
        record(s, user(s, "officer"), "note", "call:1")
        record(s, user(s, "staff2"), "note", "application:9")


def test_each_list_shows_what_the_user_may_read(engine: Engine) -> None:
    _world(engine)
    with tx(engine) as s:
        assert [c.year for c in list_calls(s, user(s, "staff2"))] == [2026]  # calls are public
        assert list_calls(s, user(s, "expert1"), year=2025) == []
        for staff in ("officer", "admin", "auditor", "finance"):
            assert [o.name for o in list_organisations(s, user(s, staff))] == ["甲公司", "乙公司"]
        assert [o.name for o in list_organisations(s, user(s, "staff1"))] == ["甲公司"]
        assert list_organisations(s, user(s, "expert1")) == []
        assert {u.username for u in list_users(s, user(s, "staff1"))} == {"staff1", "staff1b"}
        assert [u.username for u in list_users(s, user(s, "expert1"))] == ["expert1"]
        assert len(list_users(s, user(s, "auditor"))) == 8
        assert [u.username for u in list_users(s, user(s, "officer"), role="applicant")] == ["staff1", "staff1b",
                                                                                              "staff2"]
        assert [r.actor for r in audit_log(s, user(s, "auditor"), subject="call:1")] == ["officer"]
        assert [r.record.subject for r in audit_log(s, user(s, "officer"), username="staff2")] == ["application:9"]
        assert [r.record.subject for r in audit_log(s, user(s, "admin"), limit=1)] == ["application:9"]
        assert {e.kind for e in list_ledger(s, user(s, "finance"), call_id=1)} == {"appropriation"}
        assert list_ledger(s, user(s, "auditor"), award_id=1) == []
        for who in ("staff1", "expert1", "finance"):
            with pytest.raises(DomainRefusal):
                audit_log(s, user(s, who))
        for who in ("staff1", "expert1"):
            with pytest.raises(DomainRefusal):
                list_ledger(s, user(s, who))


def _run(*args: str) -> tuple[int, str]:
    buffer = io.StringIO()
    with redirect_stdout(buffer), redirect_stderr(io.StringIO()):
        try:
            main(list(args))
        except SystemExit as exc:
            return int(exc.code or 0), buffer.getvalue()
    return 0, buffer.getvalue()


def test_the_list_commands_give_json_and_refuse_with_exit_3(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"sqlite:///{tmp_path / 'lists.sqlite3'}"
    monkeypatch.setenv("SUBSIDY_DATABASE_URL", url)
    engine = make_engine(Settings(url))
    migrate(engine)
    with tx(engine) as s:
        set_mode(s, "simulation")
    _world(engine)
    engine.dispose()
    code, output = _run("call", "list", "--as", "staff1", "--json")
    assert code == 0 and json.loads(output)[0]["budget"] == "10000000.00"
    code, output = _run("org", "list", "--as", "staff1", "--json")
    assert code == 0 and [o["name"] for o in json.loads(output)] == ["甲公司"]
    code, output = _run("user", "list", "--as", "expert1", "--json")
    assert code == 0 and [u["username"] for u in json.loads(output)] == ["expert1"]
    code, output = _run("audit", "log", "--as", "auditor", "--subject", "call:1", "--json")
    assert code == 0 and [(r["actor"], r["action"]) for r in json.loads(output)] == [("officer", "note")]
    code, output = _run("ledger", "list", "--as", "finance", "--json")
    assert code == 0 and all(e["kind"] == "appropriation" and e["hash"] for e in json.loads(output))
    assert _run("audit", "log", "--as", "staff1")[0] == 3
    assert _run("ledger", "list", "--as", "expert1")[0] == 3
