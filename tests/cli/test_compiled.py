"""The parsed policies kept between runs (cli/compiled.py): read back only while the files and the
code they came from are unchanged, never from a file others could have written, and never needed."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from subsidy.cli import compiled
from subsidy.rules.parse import load_policy

ROOT = Path(__file__).resolve().parents[2]
POLICY = ROOT / "policies" / "cn-bj-chaoyang-smart-eldercare"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    where = tmp_path / "cache"
    monkeypatch.setenv("SUBSIDY_CACHE_DIR", str(where))
    return where


@pytest.fixture
def policy(tmp_path: Path) -> Path:
    return Path(shutil.copytree(POLICY, tmp_path / "policy"))


def _counting(directory: Path, calls: list[int]) -> object:
    calls.append(1)
    return load_policy(directory)


def test_a_policy_is_parsed_once_and_read_back_equal(cache: Path, policy: Path) -> None:
    calls: list[int] = []
    first = compiled.policy_store(policy, lambda d: _counting(d, calls))
    again = compiled.policy_store(policy, lambda d: _counting(d, calls))
    assert calls == [1]
    assert again == first == load_policy(policy)
    assert [p.name.split("-")[0] for p in cache.iterdir()] == ["policy"]


def test_any_change_to_a_file_of_the_policy_is_seen(cache: Path, policy: Path) -> None:
    before = compiled.policy_store(policy, load_policy)
    text = (policy / "policy.yaml").read_text(encoding="utf-8")
    stat = (policy / "policy.yaml").stat()
    (policy / "policy.yaml").write_text(text.replace(f"title: {before.title}\n", f"title: {before.title}（修订）\n", 1), encoding="utf-8")
    os.utime(policy / "policy.yaml", ns=(stat.st_atime_ns, stat.st_mtime_ns))  # same time: the content counts
    after = compiled.policy_store(policy, load_policy)
    assert after.title == before.title + "（修订）"
    assert len(list(cache.iterdir())) == 1  # the entry replaced, not one more file


def test_other_code_gives_another_key(cache: Path, policy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    compiled.remember("x", policy, lambda: calls.append(1) or 1)
    monkeypatch.setattr(compiled, "code_fingerprint", lambda: b"other code")
    compiled.remember("x", policy, lambda: calls.append(1) or 1)
    assert calls == [1, 1]


def test_a_damaged_or_foreign_entry_is_built_again(cache: Path, policy: Path) -> None:
    assert compiled.remember("x", policy, lambda: "first") == "first"
    (entry,) = cache.iterdir()
    entry.write_bytes(b"\x80\x05 not a pickle")
    assert compiled.remember("x", policy, lambda: "second") == "second"
    entry.chmod(0o666)  # writable by others: could hold anything, never unpickled
    assert compiled.remember("x", policy, lambda: "third") == "third"


def test_the_day_is_part_of_a_checks_key(cache: Path, policy: Path) -> None:
    assert compiled.remember("check", policy, lambda: "monday", extra="2026-12-07") == "monday"
    assert compiled.remember("check", policy, lambda: "tuesday", extra="2026-12-08") == "tuesday"
    assert compiled.remember("check", policy, lambda: "again", extra="2026-12-08") == "tuesday"


def test_turned_off_or_unwritable_the_files_are_parsed(tmp_path: Path, policy: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUBSIDY_CACHE_DIR", "")
    assert compiled.cache_dir() is None
    assert compiled.policy_store(policy, load_policy) == load_policy(policy)
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    monkeypatch.setenv("SUBSIDY_CACHE_DIR", str(blocked / "cache"))  # under a file: cannot be created
    assert compiled.policy_store(policy, load_policy) == load_policy(policy)


def test_where_the_cache_is() -> None:
    assert compiled.cache_dir({"XDG_CACHE_HOME": "/x"}) == Path("/x/subsidy")
    assert compiled.cache_dir({"SUBSIDY_CACHE_DIR": "/y", "XDG_CACHE_HOME": "/x"}) == Path("/y")
    assert compiled.cache_dir({"SUBSIDY_CACHE_DIR": ""}) is None
    assert compiled.cache_dir({}) == Path("~/.cache/subsidy").expanduser()


def test_a_case_file_is_parsed_once_per_text_with_its_lines(cache: Path, tmp_path: Path) -> None:
    from subsidy.rules.case import load_case_file, load_case_text
    from subsidy.rules.yamlsource import line_of

    path = tmp_path / "case.yaml"
    shutil.copyfile(ROOT / "examples" / "chaoyang-eldercare-platform.yaml", path)
    calls: list[int] = []

    def read() -> object:
        text = path.read_text(encoding="utf-8")
        return compiled.remember_text("case", str(path), text,
                                      lambda: calls.append(1) or load_case_text(text, str(path), is_json=False))

    first, again = read(), read()
    assert calls == [1]
    assert again == first == load_case_file(path)
    assert line_of(again, ["facts"]) == line_of(load_case_file(path), ["facts"]) > 0  # errors keep their lines
    path.write_text(path.read_text(encoding="utf-8") + "\n# 改过\n", encoding="utf-8")
    read()
    assert calls == [1, 1]


def test_case_files_share_a_bounded_number_of_entries(cache: Path) -> None:
    for i in range(compiled.TEXT_SLOTS + 50):
        compiled.remember_text("case", f"case-{i}.yaml", "facts: {}", lambda: {"n": 1})
    assert len(list(cache.iterdir())) <= compiled.TEXT_SLOTS
