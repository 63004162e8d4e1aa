"""The rules commands start without the database layers: `subsidy assess` imports neither SQLAlchemy
nor NumPy, and the set of commands that take this path is exactly what cli/rules.py and cli/draft.py
register. With their inputs in the cache of parsed files, they import no parser, framework or library
they do not use (issue 9, start-up; the time itself is measured by bench/startup_bench.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from subsidy.cli import RULES_COMMANDS, app, load_commands

ROOT = Path(__file__).resolve().parents[2]
PROBE = """
import json, sys
from subsidy.cli import load_commands
load_commands(sys.argv[1:])
print(json.dumps(sorted(m for m in ("sqlalchemy", "numpy", "polars", "scipy", "subsidy.store.db") if m in sys.modules)))
"""


def _heavy_modules_after(*argv: str) -> list[str]:
    out = subprocess.run([sys.executable, "-c", PROBE, *argv], capture_output=True, text=True, check=True).stdout
    return list(json.loads(out))


def test_a_rules_command_loads_no_database_or_array_library() -> None:
    for command in sorted(RULES_COMMANDS):
        assert _heavy_modules_after(command, "x") == [], command


def test_other_commands_and_help_load_every_command() -> None:
    assert "sqlalchemy" in _heavy_modules_after("pay", "--run")
    assert "sqlalchemy" in _heavy_modules_after("--help")


def test_the_fast_path_names_exactly_the_rules_commands() -> None:
    load_commands(["--help"])
    from subsidy.cli import draft, rules, simulate

    registered = {c.name for c in app.registered_commands if c.callback is not None
                  and c.callback.__module__ in (rules.__name__, draft.__name__, simulate.__name__)}
    assert registered == RULES_COMMANDS


RUN = """
import json, sys
from subsidy.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""
CASE = str(ROOT / "examples" / "baoan-hospital.yaml")
POLICY = "cn-sz-baoan-ai-health"
# Needed by no rules command once its inputs are in the cache of parsed files (cli/compiled.py).
NEVER = {"sqlalchemy", "numpy", "polars", "typer", "click", "pydantic", "rich", "jinja2", "yaml", "orjson"}


def _modules_of(cache: Path, *argv: str) -> set[str]:
    """The modules a command line leaves imported, run twice with the cache in ``cache`` (the second
    run, as a user's second run, finds its inputs parsed)."""
    env = {**os.environ, "SUBSIDY_CACHE_DIR": str(cache)}
    for _ in range(2):
        done = subprocess.run([sys.executable, "-c", RUN, *argv], capture_output=True, text=True, check=True,
                              env=env, cwd=ROOT)
    return set(json.loads(done.stderr.strip().splitlines()[-1]))


@pytest.mark.parametrize("argv", [("policies",), ("show", POLICY), ("assess", CASE), ("assess", CASE, "--json"),
                                  ("check", f"policies/{POLICY}")], ids=" ".join)
def test_a_rules_command_with_its_inputs_parsed_imports_no_parser_or_framework(tmp_path: Path,
                                                                               argv: tuple[str, ...]) -> None:
    loaded = _modules_of(tmp_path, *argv)
    assert {m.partition(".")[0] for m in loaded} & NEVER == set()
    assert "chinese_calendar" not in loaded  # no working days are counted
    assert "subsidy.rules.parse" not in loaded  # the policy was read back, not parsed


@pytest.mark.parametrize("argv", [("policies",), ("show", POLICY), ("show", f"{POLICY}/第二条", "--json")], ids=" ".join)
def test_listing_or_showing_policies_imports_none_of_the_idioms(tmp_path: Path, argv: tuple[str, ...]) -> None:
    """The rules in words come back from the cache with the policy: nothing is compiled to word them (the
    amount forms are the policy's own classes, rules/amounts.py, so they come with it)."""
    loaded = _modules_of(tmp_path, *argv)
    assert {"subsidy.rules.case", "subsidy.rules.plan", "subsidy.rules.vector", "subsidy.rules.evaluate"} & loaded == set()
