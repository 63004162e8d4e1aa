"""Reading the code blocks of a Markdown document and running its shell commands, for the tests
that keep the docs honest (test_operator_guide.py, test_doc_blocks.py).

A block is a fenced code block with its language. Conventions the docs follow:

- a ```text block right after a ```bash block shows what the commands print: every non-empty line
  of it must appear in their output;
- on a command line, a comment ``# → words`` is a line of output it must print, and ``# 退出码 N``
  the exit code it must end with (0 otherwise);
- ``<!-- fragment: why -->`` on the line before a block marks a deliberate fragment (a snippet, a
  directory listing) that is not run or loaded on its own.

Commands run in order: ``subsidy ...`` (and ``bash run.sh subsidy ...``) in-process through
``subsidy.cli.main``; ``export NAME=value`` and ``NAME=value command`` set the environment; any other
command runs with bash in the working directory.
"""

from __future__ import annotations

import io
import os
import re
import shlex
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from dataclasses import dataclass, field
from pathlib import Path

from subsidy.cli import main

ROOT = Path(__file__).resolve().parents[2]
FENCE = re.compile(r"^(\s*)```(\S*)\s*$")
FRAGMENT = re.compile(r"^\s*<!--\s*fragment\b")
EXIT = re.compile(r"退出码\s*(\d+)")
ENV = re.compile(r"^[A-Z_][A-Z0-9_]*=")


@dataclass
class Block:
    path: Path
    line: int  # of the opening fence, 1-based
    lang: str
    text: str
    fragment: bool = False
    expected: list[str] = field(default_factory=list)  # the ```text block that follows, if any

    @property
    def where(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.line}"


def blocks(path: Path) -> list[Block]:
    """Every fenced block of ``path``; a ```text block after a ```bash block becomes its ``expected``."""
    lines = path.read_text(encoding="utf-8").splitlines()
    found: list[Block] = []
    i = 0
    previous = ""  # the last non-blank line before the current position
    last_close = -1  # index of the last closing fence
    while i < len(lines):
        m = FENCE.match(lines[i])
        if m is None:
            if lines[i].strip():
                previous = lines[i]
            i += 1
            continue
        start, indent, lang = i, m.group(1), m.group(2)
        body: list[str] = []
        i += 1
        while i < len(lines) and lines[i].strip() != "```":
            body.append(lines[i][len(indent):] if lines[i].startswith(indent) else lines[i])
            i += 1
        adjacent = found and last_close >= 0 and not any(x.strip() for x in lines[last_close + 1:start])
        if lang == "text" and adjacent and found[-1].lang == "bash":
            found[-1].expected.extend(x.strip() for x in body if x.strip())
        else:
            found.append(Block(path, start + 1, lang, "\n".join(body) + "\n", bool(FRAGMENT.match(previous))))
        last_close = i
        i += 1
        previous = "```"
    return found


@dataclass
class Command:
    line: int  # within the block, 1-based
    argv: list[str]
    source: str
    env: dict[str, str]
    expected: list[str]
    exit_code: int


def commands(text: str) -> list[Command]:
    """The commands of a bash block: continuation lines joined, comments read for expectations."""
    result: list[Command] = []
    logical: list[tuple[int, str]] = []
    pending, first = "", 0
    for n, raw in enumerate(text.splitlines(), start=1):
        if not pending:
            first = n
        if raw.rstrip().endswith("\\"):
            pending += raw.rstrip()[:-1] + " "
            continue
        logical.append((first, pending + raw))
        pending = ""
    for n, line in logical:
        code, _, comment = _split_comment(line)
        comment = comment.strip()
        if not code.strip():
            continue
        argv = shlex.split(code)
        env: dict[str, str] = {}
        while argv and ENV.match(argv[0]):
            name, _, value = argv.pop(0).partition("=")
            env[name] = value
        expected = [comment[1:].strip()] if comment.startswith("→") else []
        m = EXIT.search(comment)
        result.append(Command(n, argv, code.strip(), env, expected, int(m.group(1)) if m else 0))
    return result


def _split_comment(line: str) -> tuple[str, str, str]:
    """``code # comment`` split at the first ``#`` outside quotes that starts a word."""
    quote = ""
    for i, ch in enumerate(line):
        if quote:
            if ch == quote:
                quote = ""
        elif ch in "'\"":
            quote = ch
        elif ch == "#" and (i == 0 or line[i - 1].isspace()):
            return line[:i], "#", line[i + 1:]
    return line, "", ""


@contextmanager
def environment(values: dict[str, str]) -> Iterator[None]:
    saved = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def run_subsidy(argv: list[str]) -> tuple[int, str]:
    """``subsidy ARGV`` in-process: its exit code and what it printed (stdout, then stderr)."""
    stdout, stderr = io.StringIO(), io.StringIO()
    code: int | str | None = 0
    with redirect_stdout(stdout), redirect_stderr(stderr):
        try:
            main(argv)
        except SystemExit as exc:
            code = exc.code
    return (code if isinstance(code, int) else (0 if code is None else 1)), stdout.getvalue() + stderr.getvalue()


def subsidy_argv(argv: list[str]) -> list[str] | None:
    """The arguments of a ``subsidy`` command line (also through ``bash run.sh``), or None."""
    if argv[:1] == ["subsidy"]:
        return argv[1:]
    if argv[:3] == ["bash", "run.sh", "subsidy"]:
        return argv[3:]
    if argv[:3] == ["bash", "run.sh", "demo"]:  # run.sh demo = subsidy demo on demo.sqlite3
        return ["demo", *argv[3:]]
    return None


def run_command(cmd: Command, cwd: Path) -> tuple[int, str]:
    """Run one command of a block (``export`` changes this process's environment for those after)."""
    if cmd.argv and cmd.argv[0] == "export":
        for item in cmd.argv[1:]:
            name, _, value = item.partition("=")
            os.environ[name] = value
        return 0, ""
    if cmd.argv[:2] == ["bash", "run.sh"] and len(cmd.argv) > 2 and subsidy_argv(cmd.argv) is None:
        # `bash run.sh test` runs this very suite (and installs): checked to be a target of run.sh, not run
        target = cmd.argv[2]
        script = (ROOT / "run.sh").read_text(encoding="utf-8")
        assert re.search(rf"^\s*{re.escape(target)}\)", script, re.M), f"run.sh has no target「{target}」"
        return 0, ""
    args = subsidy_argv(cmd.argv)
    env = dict(cmd.env)
    if cmd.argv[:3] == ["bash", "run.sh", "demo"] and "SUBSIDY_DATABASE_URL" not in env:
        env["SUBSIDY_DATABASE_URL"] = "sqlite:///demo.sqlite3"
    with environment(env):
        if args is not None:
            return run_subsidy(args)
        done = subprocess.run(["bash", "-c", cmd.source], cwd=cwd, capture_output=True, text=True, check=False,
                              env=os.environ.copy())
        return done.returncode, done.stdout + done.stderr


def run_block(block: Block, cwd: Path) -> str:
    """Run every command of a bash block, checking exit codes and shown output; returns the output."""
    outputs: list[str] = []
    for cmd in commands(block.text):
        code, output = run_command(cmd, cwd)
        outputs.append(output)
        where = f"{block.where} (line {block.line + cmd.line}): {cmd.source}"
        assert code == cmd.exit_code, f"{where}\nexit {code}, expected {cmd.exit_code}:\n{output}"
        for line in cmd.expected:
            assert line in _flat(output), f"{where}\ndoes not print「{line}」; it printed:\n{output}"
    everything = _flat("\n".join(outputs))
    for line in block.expected:
        assert line in everything, f"{block.where}: the output shown「{line}」is not printed; it printed:\n" + \
            "\n".join(outputs)
    return "\n".join(outputs)


def _flat(text: str) -> str:
    """Output with each line's surrounding spaces removed (the shown lines are compared inside it)."""
    return "\n".join(line.strip() for line in text.splitlines())
