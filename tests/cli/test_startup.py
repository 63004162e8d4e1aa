"""The rules commands start without the database layers: `subsidy assess` imports neither SQLAlchemy
nor NumPy, and the set of commands that take this path is exactly what cli/rules.py and cli/draft.py
register."""

from __future__ import annotations

import json
import subprocess
import sys

from subsidy.cli import RULES_COMMANDS, app, load_commands

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
