"""A plain rules command line runs without Typer (cli/fast.py) and prints exactly what the Typer path
prints, exit code included; help and usage errors go through Typer."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cli_support import without_mode_banner
from subsidy.cli import _main, load_commands
from subsidy.cli.fast import run

ROOT = Path(__file__).resolve().parents[2]
CASE = str(ROOT / "examples" / "chaoyang-eldercare-platform.yaml")
POLICY = str(ROOT / "policies" / "cn-sz-baoan-ai-health")
LINES = [
    ("policies",), ("policies", "--json"),
    ("show", "cn-bj-chaoyang-smart-eldercare/第七条"), ("show", "cn-sz-baoan-ai-health", "--json"),
    ("show", "cn-bj-chaoyang-smart-eldercare", "--template"), ("show", "no-such-policy"),
    ("assess", CASE), ("assess", CASE, "--json"), ("assess", CASE, "--clause", "第七条"),
    ("assess", CASE, "--clause=art7", "--json", "--as-of", "2027-05-01"), ("assess", CASE, "--as-of", "2027-13-01"),
    ("assess", str(ROOT / "no-such-file.yaml")), ("check", POLICY),
]


def _typer_path(capsys: pytest.CaptureFixture[str], args: tuple[str, ...]) -> tuple[int, str, str]:
    load_commands(list(args))
    with pytest.raises(SystemExit) as exc:
        _main(list(args), False)
    got = capsys.readouterr()
    return int(exc.value.code or 0), got.out, without_mode_banner(got.err)


@pytest.mark.parametrize("args", LINES, ids=[" ".join(a)[:60] for a in LINES])
def test_the_fast_path_prints_what_typer_prints(capsys: pytest.CaptureFixture[str], args: tuple[str, ...]) -> None:
    code = run(list(args))
    got = capsys.readouterr()
    assert code is not None, args  # a plain command line: taken by the fast path
    assert (code, got.out, got.err) == _typer_path(capsys, args)


@pytest.mark.parametrize("args", [("assess", "--help"), ("assess",), ("assess", CASE, "--bogus"), ("policies", "x"),
                                  ("show", "a", "b"), ("assess", CASE, "--json", "--json"), ("assess", CASE, "--policy"),
                                  ("check", "a\x00b")])
def test_anything_else_goes_through_typer(args: tuple[str, ...]) -> None:
    assert run(list(args)) is None


def test_a_plain_assess_imports_no_command_line_framework() -> None:
    probe = ("import json, sys\nfrom subsidy.cli import main\ntry:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
             "print(json.dumps(sorted(m for m in ('typer', 'click', 'pydantic', 'sqlalchemy', 'numpy') "
             "if m in sys.modules)), file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", probe, "assess", CASE, "--json"], capture_output=True, text=True,
                          check=True)
    assert json.loads(done.stderr.strip().splitlines()[-1]) == []
    assert json.loads(done.stdout)["policy"]["id"] == "cn-bj-chaoyang-smart-eldercare"
