"""Every code block of README.md and docs/*.md is run or loaded, and every path they name exists.

- ```bash blocks run in order, in a directory of their own (README first runs `bash run.sh demo`;
  docs/money.md runs on the database the demo leaves); shown outputs and exit codes are checked
  (conventions in doc_support.py);
- ```yaml blocks are loaded by the loader they document: a case file by the case parser against its
  policy, a clause and a condition of docs/policy-format.md inside a copy of a shipped policy;
- ```json / ```jsonc blocks are parsed, and the documented JSON contract is checked against the real
  output of `subsidy assess --json` (every documented key is in it);
- ```python blocks run (their asserts are the check);
- a block marked ``<!-- fragment: why -->`` is a deliberate snippet and is not run.

docs/operator-guide.md has its own test (test_operator_guide.py); docs/cli-reference.md is generated
and checked by test_cli_reference.py.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from doc_support import ROOT, Block, blocks, run_block, run_subsidy

from subsidy.rules.case import parse_case
from subsidy.rules.parse import load_policy
from subsidy.rules.registry import find_policy
from subsidy.rules.yamlsource import load_yaml_text

OWN_TESTS = {"operator-guide.md", "cli-reference.md"}
DOCS = [ROOT / "README.md", ROOT / "ARCHITECTURE.md",
        *sorted(p for p in (ROOT / "docs").glob("*.md") if p.name not in OWN_TESTS)]
LANGS = {"bash", "yaml", "json", "jsonc", "python", "text"}


def _all_blocks() -> list[Block]:
    return [b for path in DOCS for b in blocks(path)]


@pytest.fixture
def workdir(tmp_path: Path) -> Iterator[Path]:
    """A directory like a checkout (policies/ and examples/ beside it), the environment restored after."""
    for name in ("policies", "examples"):
        (tmp_path / name).symlink_to(ROOT / name)
    saved = dict(os.environ)
    cwd = Path.cwd()
    os.chdir(tmp_path)
    os.environ.pop("SUBSIDY_USER", None)
    os.environ["SUBSIDY_DATABASE_URL"] = f"sqlite:///{tmp_path / 'subsidy.sqlite3'}"
    try:
        yield tmp_path
    finally:
        os.chdir(cwd)
        os.environ.clear()
        os.environ.update(saved)



def run_bash_blocks(path: Path, workdir: Path) -> int:
    """Run every bash block of ``path`` that is not a fragment, in order, in ``workdir``; how many ran."""
    ran = 0
    for b in blocks(path):
        if b.lang == "bash" and not b.fragment:
            run_block(b, workdir)
            ran += 1
    return ran

def test_every_block_is_run_loaded_or_marked() -> None:
    found = _all_blocks()
    assert len(found) >= 8
    for b in found:
        assert b.lang in LANGS, f"{b.where}: a block needs its language (one of {sorted(LANGS)})"
        if b.fragment:
            assert re.search(r"<!--\s*fragment:\s*\S", (b.path.read_text(encoding="utf-8").splitlines())[b.line - 2]), \
                f"{b.where}: say why the block is a fragment (<!-- fragment: why -->)"
        elif b.lang == "text":
            raise AssertionError(f"{b.where}: a ```text block is either the output of the ```bash block just "
                                 "before it or a fragment (<!-- fragment: why -->)")


@pytest.mark.parametrize("name", ["README.md", "docs/money.md"])
def test_bash_blocks_run_as_written(name: str, workdir: Path) -> None:
    path = ROOT / name
    if name != "README.md":  # its commands run on the database `bash run.sh demo` leaves (demo.sqlite3)
        os.environ["SUBSIDY_DATABASE_URL"] = "sqlite:///demo.sqlite3"
        code, output = run_subsidy(["demo"])
        assert code == 0, output
    assert run_bash_blocks(path, workdir)


def test_drafting_commands_run_as_written(workdir: Path) -> None:
    """docs/drafting.md: `subsidy draft` needs no database (its drafts are written under the workdir)."""
    assert run_bash_blocks(ROOT / "docs" / "drafting.md", workdir)


def test_simulate_commands_run_as_written(workdir: Path) -> None:
    """docs/simulate.md: `subsidy simulate` needs no database; its JSON shape is the real output's."""
    assert run_bash_blocks(ROOT / "docs" / "simulate.md", workdir)
    [shape] = [b for b in blocks(ROOT / "docs" / "simulate.md") if b.lang == "jsonc"]
    code, output = run_subsidy(["simulate", "cn-bj-chaoyang-smart-eldercare", "--population", "朝阳名录.parquet",
                                "--budget", "1亿元", "--baseline", "cn-bj-chaoyang-smart-eldercare",
                                "--sweep", "art11-1.cap=100万元..200万元/100万元", "--json"])
    assert code == 0, output
    _keys_in(json.loads(_without_comments(shape.text)), json.loads(output), "simulate --json")


def test_other_docs_have_no_bash_blocks() -> None:
    """A new document with commands must be added to the runs above."""
    ran = {ROOT / "README.md", ROOT / "docs" / "money.md", ROOT / "docs" / "drafting.md", ROOT / "docs" / "simulate.md"}
    for b in _all_blocks():
        if b.lang == "bash" and not b.fragment:
            assert b.path in ran, f"{b.where}: add {b.path.name} to test_bash_blocks_run_as_written"


def test_python_blocks_run() -> None:
    ran = 0
    for b in _all_blocks():
        if b.lang == "python" and not b.fragment:
            exec(compile(b.text, b.where, "exec"), {"__name__": "doc_block"})
            ran += 1
    assert ran


def _yaml_blocks(name: str) -> list[Block]:
    return [b for b in blocks(ROOT / name) if b.lang == "yaml" and not b.fragment]


def test_the_case_file_shown_is_a_valid_case() -> None:
    [b] = _yaml_blocks("docs/case-format.md")
    data = load_yaml_text(b.text, b.where)
    case = parse_case(data, find_policy(str(data["policy"])), name="doc")
    assert case.facts and case.history is not None and case.other_support is not None and case.bars is not None


def _policy_copy(tmp_path: Path, policy_id: str) -> Path:
    target = tmp_path / policy_id
    shutil.copytree(ROOT / "policies" / policy_id, target)
    return target


def _indent(text: str, spaces: int) -> str:
    return "".join(" " * spaces + line if line.strip() else line for line in text.splitlines(keepends=True))


def test_the_clause_and_condition_shown_load_in_a_policy(tmp_path: Path) -> None:
    # the idiom examples (blocks starting with facts:) are loaded by test_idiom_examples.py
    # (the layered example, blocks starting with base: or overrides:, by test_layer_example.py; the budgets
    # example by test_budget_example.py)
    clause, condition = [b for b in _yaml_blocks("docs/policy-format.md")
                         if not b.text.startswith(("facts:", "base:", "overrides:", "budgets:"))]
    # the clause, in place of the Chaoyang policy's own art7
    directory = _policy_copy(tmp_path / "a", "cn-bj-chaoyang-smart-eldercare")
    (directory / "clauses" / "art07.yaml").write_text("clauses:\n" + _indent(clause.text, 2), encoding="utf-8")
    policy = load_policy(directory)
    art7 = policy.clause("art7")
    assert art7.cite == "第七条" and art7.payee_label
    # the condition, as the `when` of that clause
    directory = _policy_copy(tmp_path / "b", "cn-bj-chaoyang-smart-eldercare")
    own = directory / "clauses" / "art07.yaml"
    text = own.read_text(encoding="utf-8")
    assert "    when: scenario_opened\n" in text
    own.write_text(text.replace("    when: scenario_opened\n", _indent(condition.text, 4)), encoding="utf-8")
    assert load_policy(directory).clause("art7").condition is not None


def _without_comments(text: str) -> str:
    """JSON with // comments (outside strings) removed."""
    return "\n".join(re.sub(r'^((?:[^"/]|"(?:[^"\\]|\\.)*")*)//.*$', r"\1", line) for line in text.splitlines())


def _keys_in(doc: Any, real: Any, where: str) -> None:
    """Every key the documentation shows is in the real output, at the same place."""
    if isinstance(doc, dict):
        assert isinstance(real, dict), f"{where}: documented an object, the output has {type(real).__name__}"
        for key, value in doc.items():
            assert key in real, f"{where}: documented key「{key}」is not in the output (keys: {sorted(real)})"
            _keys_in(value, real[key], f"{where}.{key}")
    elif isinstance(doc, list) and doc and isinstance(doc[0], dict):
        assert isinstance(real, list) and real, f"{where}: documented a list of objects, the output has none"
        _keys_in(doc[0], real[0], f"{where}[0]")


def test_json_blocks_parse_and_the_contract_matches_the_output() -> None:
    checked = 0
    for b in _all_blocks():
        if b.lang in ("json", "jsonc") and not b.fragment:
            json.loads(_without_comments(b.text) if b.lang == "jsonc" else b.text)
            checked += 1
    assert checked
    [contract] = [b for b in blocks(ROOT / "docs" / "json-contract.md") if b.lang == "jsonc"]
    # with --clause, so that the keys documented for it (selected_clause) are in the output too
    code, output = run_subsidy(["assess", str(ROOT / "examples" / "chaoyang-eldercare-platform.yaml"), "--json",
                                "--clause", "art7"])
    assert code == 0, output
    _keys_in(json.loads(_without_comments(contract.text)), json.loads(output), "assess --json")


# `docs/access.md`, `src/subsidy/money.py`, `services/clock.py` (under src/subsidy), `calendars/<year>.yaml`
PATH = re.compile(r"`([A-Za-z0-9_.\-/<>*]+/[A-Za-z0-9_.\-<>*]*)`")
PLACEHOLDER = re.compile(r"<[^>]+>|\*")


BASES = (ROOT, ROOT / "src", ROOT / "src" / "subsidy", ROOT / "policies" / "cn-bj-chaoyang-smart-eldercare")


def _exists(ref: str) -> bool:
    """The path exists under the checkout, src/, the package or a policy directory; a placeholder
    (`<year>`, `*`) needs its directory; `services/audit.move` names a function of services/audit.py."""
    ref = ref.rstrip("/")
    candidates = [ref]
    if "." in ref.rsplit("/", 1)[-1]:
        candidates.append(ref.rsplit(".", 1)[0] + ".py")
    for base in BASES:
        for c in candidates:
            if PLACEHOLDER.search(c):
                if (base / PLACEHOLDER.split(c)[0].rsplit("/", 1)[0]).is_dir():
                    return True
            elif (base / c).exists():
                return True
    return False


def test_every_path_named_in_the_docs_exists() -> None:
    missing = []
    for path in [*DOCS, ROOT / "docs" / "operator-guide.md"]:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            for ref in PATH.findall(line):
                if "://" in line and ref.startswith("/"):
                    continue
                if ref.startswith(("/", "-")) or ref.count("/") == 0 or " " in ref:
                    continue
                if re.fullmatch(r"[\d/]+", ref):  # a fraction (`1/2`), not a path
                    continue
                if not _exists(ref):
                    missing.append(f"{path.relative_to(ROOT)}:{n}: `{ref}`")
    assert not missing, "paths named in the docs that do not exist:\n" + "\n".join(missing)


def test_yaml_blocks_are_all_loaded_above() -> None:
    examples = sum(1 for b in _yaml_blocks("docs/policy-format.md") if b.text.startswith("facts:"))  # test_idiom_examples
    layered = 2  # the variant's policy.yaml and clause file: test_layer_example.py
    budgets = 1  # the budgets example: test_budget_example.py
    loaded = {ROOT / "docs" / "case-format.md": 1, ROOT / "docs" / "policy-format.md": 2 + examples + layered + budgets}
    for path in DOCS:
        count = sum(1 for b in blocks(path) if b.lang == "yaml" and not b.fragment)
        assert count == loaded.get(path, 0), f"{path.relative_to(ROOT)}: {count} yaml blocks, the test loads " \
            f"{loaded.get(path, 0)}: load the new one in a test (or mark it <!-- fragment: why -->)"
