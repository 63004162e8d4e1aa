"""Hostile invocations of the administrative commands, run in-process against a seeded simulation
database, and the oracle they must satisfy. Shared by tests/cli/test_hostile_arguments.py (bounded,
driven by hypothesis) and bench/fuzz_cli.py (long runs).

The world (:func:`build_template`): users of every role (and one deactivated), organisations (one
named like Rich markup, ``[/]恶意[red]单位:smile:``), the
Bao'an call with its budget lines funded, applications in several states (draft, submitted, in
notice, approved), an 800万元 award with three tranches committed and the first paid, an audit
finding. An invocation (:func:`invocation`) is a real command of the command tree (introspected from
Typer) with each parameter given a plausible value or a hostile one — huge and negative numbers,
``1e999``, NaN, empty strings, control characters and NUL, very long and unusual unicode strings,
impossible dates, amounts without a unit, Rich markup, spreadsheet formulas — and the acting user
any user, an unknown one or none.

The oracle (:func:`problems`): the command ends with exit code 0, 1, 2 or 3 and no other exception;
on 2 or 3 its message starts with ``错误：`` (after the simulation banner) and names no English
exception or framework phrase; a command refused (2 or 3) changes no row of the database.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import random
import re
import shutil
import sys
import time
import traceback
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "money"))

from money_factories import (
    DAY,
    HOSPITAL,
    WAN,
    add_org,
    add_user,
    funded_call,
    submitted_in_notice,
    uscc,
    user,
)
from sqlalchemy import Engine, select

from subsidy.services.clock import set_mode
from subsidy.settings import Settings
from subsidy.store.db import make_engine, migrate, session_scope
from subsidy.store.tables import Application, Award, Base, Finding, Tranche

BANNER = "【模拟数据库】"
EXCLUDED = {"demo", "policies", "show", "assess", "check", "serve"}  # no administrative database, a whole demo run, or a server that runs until stopped
USERS = ("admin", "officer", "finance", "auditor", "alice", "mallory", "expert", "gone")


def build_template(path: Path) -> str:
    """Seed a simulation SQLite database at ``path``; its URL."""
    from subsidy.services.approval import approve
    from subsidy.services.payments import pay_tranche

    url = f"sqlite:///{path}"
    engine = make_engine(Settings(url))
    migrate(engine)
    with session_scope(engine) as s:
        set_mode(s, "simulation")
    with session_scope(engine) as s:
        c = funded_call(s, clauses=("art7-2-1", "art14a"), budget_wan=2000)
        add_user(s, "admin", "admin")
        own, rival = add_org(s, 1, "宝安智慧医院"), add_org(s, 2, "竞争对手")
        add_user(s, "alice", "applicant", own)
        add_user(s, "mallory", "applicant", rival)
        add_user(s, "expert", "expert")
        add_user(s, "gone", "officer").active = False
        won = submitted_in_notice(s, c, 1, clause="art14a", facts=HOSPITAL, project="H-1")
        submitted_in_notice(s, c, 3, project="R-3")
        officer = user(s, "officer")
        odd = add_org(s, 4, "[/]恶意[red]单位:smile:")  # names that look like markup or emoji codes, stored as written
        for state, org in (("draft", rival), ("submitted", rival), ("draft", odd)):
            s.add(Application(call_id=c.id, organisation_id=org.id, clause_id="art7-2-1", project_title=f"[/]{state}项目:thumbs_up:",
                              project_ref=f"S-{state}-{org.id}", co_applicants=[], facts={}, state=state,
                              submitted_at=dt.date(2026, 4, 20) if state == "submitted" else None,
                              created_by=officer.id))
        s.flush()
        approve(s, officer, s.get_one(Application, won), amount_fen=800 * WAN, today=dt.date(2026, 6, 9))
    with session_scope(engine) as s:
        award = s.scalars(select(Award)).one()
        first = s.scalars(select(Tranche).where(Tranche.award_id == award.id, Tranche.number == 1)).one()
        pay_tranche(s, user(s, "finance"), first.id, DAY)
        s.add(Finding(award_id=award.id, text="虚列支出", severity="serious", found_on=DAY,
                      found_by=user(s, "auditor").id))
    engine.dispose()
    return url


# Values a careful user would give, by parameter name (so that some commands succeed and change state).
_PLAUSIBLE: dict[str, tuple[str, ...]] = {
    "actor": USERS,
    "id": ("1", "2", "3", "4", "5"),
    "amount": ("40万元", "100万元", "3000元", "800万元"),
    "day": ("2026-07-01", "2026-09-30", "2027-06-30", "2029-12-31"),
    "uscc": (uscc(1), uscc(2), uscc(3), uscc(4)),
    "text": ("虚列支出", "核查", "V-1", "宝财〔2026〕7号"),
    "fact": ("registered_in_baoan=true", "rehab_total_investment=6000万元", "hospital_grade=二级"),
    "score": ("tech=30", "team=20"),
    "clause": ("art14a", "art7-2-1"),
    "year": ("2026", "2027", "2028"),
    "policy": ("cn-sz-baoan-ai-health", "cn-bj-chaoyang-smart-eldercare"),
    "role": ("officer", "applicant", "expert", "admin", "finance", "auditor"),
    "kind": ("tracking", "evaluation"),
    "severity": ("minor", "serious"),
    "level": ("市级", "区级", "国家级"),
    "mode": ("simulation", "production", "rank", "budget"),
    "outcome": ("upheld", "rejected", "成立", "不成立"),
}
_KIND_OF = {
    "actor": "actor", "by": "actor", "username": "actor",
    "application": "id", "app_id": "id", "award": "id", "sanction": "id", "call": "id", "call_id": "id",
    "report": "id", "objection": "id", "seq": "id", "tranche": "id", "finding": "id", "org": "uscc", "seed": "id",
    "panel_size": "id", "notice_days": "id", "correction_days": "id", "review_days": "id", "days": "id",
    "amount": "amount", "budget": "amount", "requested": "amount", "clause_budget": "amount",
    "today": "day", "due": "day", "until": "day", "opens": "day", "closes": "day", "effective_from": "day",
    "uscc": "uscc", "employer": "uscc",
    "reason": "text", "text": "text", "note": "text", "statement": "text", "title": "text", "content": "text",
    "memo": "text", "name": "text", "ref": "text", "key": "text", "programme": "text", "project": "text",
    "district": "text", "override_reason": "text", "doc_type": "text", "zone": "text", "require": "text",
    "criterion": "text", "relation": "text",
    "fact": "fact", "unset": "fact", "score": "score", "clause": "clause", "year": "year", "policy": "policy",
    "role": "role", "kind": "kind", "severity": "severity", "level": "level", "mode": "mode", "outcome": "outcome",
}
HOSTILE: tuple[str, ...] = (
    "", " ", "\t", "-1", "0", "-0", "-500万元", "-3000元", "1e999", "-1e999", "1e308万元", "nan", "NaN", "inf", "-inf",
    "9" * 40, str(2**63), str(-(2**63) - 1), str(2**31), "99999999999999999999万元", "0.001元", "1.005元", "1/3万元",
    "2027-02-29", "2026-02-30", "2026-13-01", "0000-00-00", "0001-01-01", "9999-12-31", "2026-7-1", "20260701",
    "2026-07-01T00:00", "500", "500万", "五百万元", "１００万元", "500万元整", "1,000元", "$500", "٣", "１２", "²",
    "=HYPERLINK(\"http://evil.example\",\"点击\")", "=1+1", "+cmd|' /C calc'!A0", "@SUM(A1)",
    "\x00", "a\x00b", "\x1b[31mred", "\r\n", "\n", "line1\nline2", "\u202eRTL", "\ufeffBOM", "😀", "𠀀" * 3, "x" * 5000,
    "中" * 300, "[red]x[/red]", "[/]", "[bold", "]", "{}", "{0}", "%s%n", "' OR 1=1 --", "'; DROP TABLE users; --",
    "../../etc/passwd", "/dev/null", "/", ".", "--as", "-", "--", "true", "false", "null", "=", "k=", "=v", "k=v=w",
    "a:b", "user:commit:1:1", "commit:1:1", "%", "_", "\\", "\"", "'",
)


@dataclass
class Invocation:
    argv: list[str]


def _leaves(group: Any, path: list[str]) -> Iterator[tuple[list[str], Any]]:
    for name, sub in sorted(group.commands.items()):
        if not path and name in EXCLUDED:
            continue
        if hasattr(sub, "commands"):
            yield from _leaves(sub, [*path, name])
        else:
            yield [*path, name], sub


_TREE: list[tuple[list[str], Any]] = []


def command_tree() -> list[tuple[list[str], Any]]:
    """Every administrative leaf command (its words and its click command), from the real tree."""
    if not _TREE:
        import typer.main

        from subsidy.cli import app, load_commands

        load_commands(["--help"])
        _TREE.extend(_leaves(typer.main.get_command(app), []))
    return _TREE


def _value(rng: random.Random, name: str, files: Path) -> str:
    kind = _KIND_OF.get(name)
    if name in ("file", "path", "xlsx", "csv"):
        return rng.choice((str(files / "doc.pdf"), str(files / "out.xlsx"), str(files / "support.csv"),
                           str(files), str(files / "missing.csv"), *HOSTILE))
    if kind is not None and rng.random() < 0.5:
        return rng.choice(_PLAUSIBLE[kind])
    return rng.choice(HOSTILE)


def invocation(rng: random.Random, files: Path) -> list[str]:
    """A random invocation of a real command: plausible and hostile values, wrong users."""
    words, command = rng.choice(command_tree())
    argv = list(words)
    for param in command.params:
        if param.name == "help":
            continue
        if param.param_type_name == "argument":
            if param.required or rng.random() < 0.6:
                argv.append(_value(rng, param.name, files) if rng.random() < 0.95 else "--bogus")
            continue
        if not rng.random() < (0.9 if param.required else 0.4):
            continue
        if getattr(param, "is_flag", False):
            argv.append(param.opts[0])
            continue
        for _ in range(rng.choice((1, 1, 1, 2)) if getattr(param, "multiple", False) else 1):
            argv += [param.opts[0], _value(rng, param.name, files)]
    if rng.random() < 0.05:
        argv.append(rng.choice(("--bogus", "extra", "--as")))
    if rng.random() < 0.03:  # a command that does not exist
        argv[len(words) - 1] = rng.choice(HOSTILE)
    return argv


@dataclass
class Outcome:
    code: int | None  # the SystemExit code (None: no SystemExit, see ``error``)
    out: str
    err: str
    error: str | None = None  # the traceback of any other exception
    seconds: float = 0.0
    changed: bool = False
    problems: list[str] = field(default_factory=list)


_ENGLISH = re.compile(r"Traceback|\b\w*(?:Error|Exception|Warning)\b|Usage:|Invalid value|No such|Missing |"
                      r"is not a valid|Try '|Error:|Aborted|Got unexpected|Value error|"
                      r"[A-Za-z]{2,}[ ,]+[a-z]{2,}[ ,]+[a-z]{2,}")  # three English words in a row


def dump(engine: Engine) -> dict[str, list[str]]:
    """Every row of every table (as text), to show that a refusal changed nothing."""
    with engine.connect() as conn:
        return {t.name: sorted(repr(tuple(r)) for r in conn.execute(select(t))) for t in Base.metadata.sorted_tables}


def run_one(url: str, argv: list[str]) -> Outcome:
    """Run ``subsidy argv`` in-process against ``url`` (SUBSIDY_DATABASE_URL must already say so)."""
    from subsidy.cli import main

    out, err = io.StringIO(), io.StringIO()
    started = time.perf_counter()
    code: int | None = None
    error = None
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            main(argv)
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else -1)
        except BaseException:  # the oracle reports it
            error = traceback.format_exc()
    return Outcome(code, out.getvalue(), err.getvalue(), error, time.perf_counter() - started)


def judge(outcome: Outcome, before: dict[str, list[str]], after: dict[str, list[str]],
          argv: Sequence[str] = ()) -> Outcome:
    """Fill in ``outcome.problems`` (empty when the oracle holds); what ``argv`` says may be quoted."""
    outcome.changed = before != after
    if outcome.error is not None:
        outcome.problems.append("traceback:\n" + outcome.error)
        return outcome
    if outcome.code not in (0, 1, 2, 3):
        outcome.problems.append(f"exit code {outcome.code}")
    if outcome.code in (2, 3):
        said = "".join(line for line in outcome.err.splitlines(keepends=True) if not line.startswith(BANNER))
        if not said.startswith("错误："):
            outcome.problems.append(f"unclean: does not start with 错误：: {said[:300]!r}")
        elif _ENGLISH.search(_without(said, argv)):
            outcome.problems.append(f"unclean: English in the message: {said[:300]!r}")
        if outcome.changed:
            changed = [t for t in before if before[t] != after[t]]
            outcome.problems.append(f"changed on refusal: {changed}")
    return outcome


def _without(text: str, argv: Sequence[str]) -> str:
    """``text`` without the words of the command line (a message may quote them)."""
    text = re.sub(r"`[^`]*`", "…", text)  # a command to run, e.g. `subsidy call show`
    for arg in sorted((a for a in argv if len(a) > 1), key=len, reverse=True):
        text = text.replace(arg, "…")
    return text


class World:
    """A fresh copy of the seeded template for each invocation (so each is reproducible).

    The rows before an invocation are the template's, the same for every copy: they are read once. One
    engine reads every copy (its pool emptied before each, so no connection outlives the file it opened):
    SQLAlchemy compiles a statement once per engine, and a new engine for each of a few hundred
    invocations spent most of the run compiling the same 43 SELECT statements again."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.template = directory / "template.sqlite3"
        build_template(self.template)
        template = make_engine(Settings(f"sqlite:///{self.template}"))
        self.before = dump(template)
        template.dispose()
        self.files = directory / "files"
        self.files.mkdir(exist_ok=True)
        (self.files / "doc.pdf").write_bytes(b"%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")
        (self.files / "support.csv").write_text("统一社会信用代码,项目名称,支持层级,年度,金额\n"
                                                f"{uscc(1)},=HYPERLINK(\"x\"),市级,2025,-5万元\n", encoding="utf-8")
        self.work = directory / "work.sqlite3"
        self.url = f"sqlite:///{self.work}"
        self.engine = make_engine(Settings(self.url))

    def fresh(self) -> Engine:
        self.engine.dispose()
        shutil.copyfile(self.template, self.work)
        return self.engine

    def check(self, argv: list[str]) -> Outcome:
        """Run one invocation on a fresh copy and judge it."""
        engine = self.fresh()
        try:
            outcome = run_one(self.url, argv)
            return judge(outcome, self.before, dump(engine), argv)
        finally:
            engine.dispose()
