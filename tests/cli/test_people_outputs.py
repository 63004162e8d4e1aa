"""What people read, on the demo database and the shipped policies, at terminal widths 60 to 250:
every identifier whole (never cut with ``…``, never broken across lines), no enumeration shown by its
code (``approved``, ``applicant``, ``serious`` …: the codes come from the tables themselves), and money
in the one format for people (``300万元``; never ``3000000元`` or ``3000000.00``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from cli_support import run_cli
from subsidy import plaintext, vocabulary
from subsidy.admin.ledger import KIND_LABELS
from subsidy.admin.workflow import ACTION_LABELS, STATE_LABELS, STATES
from subsidy.cli.app import err, out
from subsidy.rules.model import PAYEE_LABELS, STATUS_LABELS
from subsidy.rules.registry import list_policy_dirs, load_cached
from subsidy.services.calls import CALL_STATES
from subsidy.settings import Settings
from subsidy.store.db import make_engine, session_scope
from subsidy.store.tables import Application, Organisation, User

WIDTHS = (60, 80, 120, 250)
CODES = (set(STATES) | set(STATE_LABELS) | set(ACTION_LABELS) | set(KIND_LABELS) | set(CALL_STATES)
         | set(PAYEE_LABELS) | set(STATUS_LABELS) | {c for v in vocabulary.ALL for c in v.codes})
_WORD = re.compile(r"(?<![\w\-./:])[a-z][a-z_]*[a-z](?![\w\-./:])")
_COMMAND = re.compile(r"`[^`]*`|subsidy [a-z ]+|--[a-z-]+")  # a command a message tells the user to run
# Money as people must not read it: millions written in 元 (300万元 as 3000000元), or an export's decimal cell.
_BAD_MONEY = re.compile(r"(?<![\w.])\d{7,}(?:\.\d+)?元|(?<![\w.])\d{4,}\.\d\d(?![\d%万])")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, list[str]]]:
    url = f"sqlite:///{tmp_path_factory.mktemp('demo') / 'demo.sqlite3'}"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SUBSIDY_DATABASE_URL", url)
        with pytest.raises(SystemExit) as exc:
            from subsidy.cli import main

            main(["demo"])
        assert exc.value.code == 0
        engine = make_engine(Settings(url))
        with session_scope(engine) as s:
            ids = {"uscc": list(s.scalars(select(Organisation.uscc))),
                   "users": list(s.scalars(select(User.username))),
                   "clauses": sorted(set(s.scalars(select(Application.clause_id)))),
                   "apps": [str(i) for i in s.scalars(select(Application.id))]}
        engine.dispose()
        yield ids


def _at_width(capsys: pytest.CaptureFixture[str], width: int, *args: str) -> tuple[int, str]:
    """The output of a command at ``width`` columns (the Rich consoles and the plain screens of the
    rules commands, subsidy/plaintext.py)."""
    screens = (out, err, plaintext.out, plaintext.err)
    old = [s.width for s in screens]
    for s in screens:
        s.width = width
    try:
        return run_cli(capsys, *args)
    finally:
        for s, w in zip(screens, old, strict=True):
            s.width = w


def _raw_codes(text: str, names: list[str]) -> set[str]:
    text = _COMMAND.sub(" ", text)
    for name in sorted(names, key=len, reverse=True):  # user names (admin, officer …) are names, not codes
        text = re.sub(rf"(?<![\w-]){re.escape(name)}(?![\w-])", " ", text)
    return {w for w in _WORD.findall(text) if w in CODES}


def _database_commands(ids: dict[str, list[str]]) -> list[tuple[tuple[str, ...], list[str]]]:
    """(command, the identifiers its output must show whole)."""
    barred = ids["uscc"][0]
    return [
        (("call", "list", "--as", "officer"), []),
        (("call", "show", "2", "--as", "officer"), []),
        (("call", "results", "1", "--as", "officer"), []),
        (("call", "results", "2", "--as", "officer"), []),
        (("org", "list", "--as", "officer"), ids["uscc"]),
        (("org", "show", ids["uscc"][15], "--as", "officer"), []),
        (("user", "list", "--as", "admin"), ids["users"]),
        (("app", "list", "--as", "officer"), ids["clauses"]),
        (("app", "show", "16", "--as", "officer"), []),
        (("app", "show", "8", "--as", "officer"), []),
        (("policy", "list", "--as", "officer"), []),
        (("expert", "panel", "16", "--as", "officer"), []),
        (("audit", "log", "--as", "auditor", "--limit", "120"), []),
        (("ledger", "list", "--as", "finance"), []),
        (("fund", "position", "--as", "finance"), []),
        (("entity", "history", barred, "--as", "officer"), []),
        (("entity", "history", "91440306MA000001X3", "--as", "officer"), []),
        (("audit", "verify", "--as", "auditor"), []),
    ]


def _rules_commands() -> list[tuple[tuple[str, ...], list[str]]]:
    policies = [load_cached(d) for d in list_policy_dirs()]
    examples = sorted(Path(__file__).resolve().parents[2].glob("examples/*.yaml"))
    return ([(("policies",), [p.id for p in policies])]
            + [(("show", p.id), sorted({f.name for c in p.clauses for f in _facts(p, c)})) for p in policies]
            + [(("assess", str(e)), []) for e in examples])


FACT_NAMES = sorted({name for d in list_policy_dirs() for name in load_cached(d).facts})
"""Fact names are identifiers a person writes in a case file (``park_operator``), not codes."""


def _facts(p: object, c: object) -> list[object]:
    from subsidy.rules.describe import clause_facts

    return list(clause_facts(p, c))  # type: ignore[arg-type]


def _check(text: str, whole: list[str], users: list[str], where: str) -> None:
    assert not re.search("(?<!…)…(?!…)", text), f"{where}: cut with …"  # 「……」 is the policies' own
    for ident in whole:
        assert re.search(rf"(?<![\w-]){re.escape(ident)}(?![\w-])", text), f"{where}: {ident} not whole"
    assert not _raw_codes(text, users), f"{where}: raw codes {_raw_codes(text, users)}"
    assert not _BAD_MONEY.findall(text), f"{where}: money not in the people's format {_BAD_MONEY.findall(text)}"


@pytest.mark.parametrize("width", WIDTHS)
def test_database_outputs_for_people(demo_db: dict[str, list[str]], capsys: pytest.CaptureFixture[str],
                                     width: int) -> None:
    for args, whole in _database_commands(demo_db):
        code, text = _at_width(capsys, width, *args)
        assert code == 0, (args, text)
        _check(text, whole, demo_db["users"], f"{' '.join(args)} @ {width}")


@pytest.mark.parametrize("width", WIDTHS)
def test_rules_outputs_for_people(capsys: pytest.CaptureFixture[str], width: int) -> None:
    for args, whole in _rules_commands():
        _, wide = _at_width(capsys, 1000, *args)
        named = [f for f in FACT_NAMES if re.search(rf"(?<![\w-]){f}(?![\w-])", wide)]  # facts it names
        code, text = _at_width(capsys, width, *args)
        assert code in (0, 1), (args, text)
        _check(text, sorted({*whole, *named}), FACT_NAMES, f"{' '.join(args)} @ {width}")


def test_the_scan_finds_what_it_looks_for() -> None:
    """The checks are not vacuous: each catches the kind of output it is written against."""
    assert _raw_codes("状态：approved；收款方：financial_institution", []) == {"approved", "financial_institution"}
    assert not _raw_codes("操作人 officer；用 `subsidy call open 1` 发布；对象 application:3；art14a", ["officer"])
    assert _BAD_MONEY.findall("合计 3000000元") and _BAD_MONEY.findall("金额 3000000.00")
    assert not _BAD_MONEY.findall("合计 300万元；评分 89.33 分；比例 12.50%；1758.25万元；86400元")
