"""`subsidy draft`: a loading draft and its report; hostile files refused with exit 2 and a Chinese
message, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_support import run_cli

ROOT = Path(__file__).resolve().parents[2]


def test_draft_writes_a_policy_that_checks(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out = tmp_path / "cn-gz-tianhe-draft"
    code, text = run_cli(capsys, "draft", str(ROOT / "policies/cn-gz-tianhe-hk-macao-youth/source.txt"),
                         "--out", str(out))
    assert code == 0, text
    assert "已起草" in text and "审核报告" in text
    assert (out / "review.html").is_file() and (out / "policy.yaml").is_file()
    code, text = run_cli(capsys, "check", str(out))
    assert code == 0, text
    code, text = run_cli(capsys, "draft", str(ROOT / "policies/cn-gz-tianhe-hk-macao-youth/source.txt"),
                         "--out", str(out))
    assert code == 2 and "目录已存在且不为空" in text


@pytest.mark.parametrize(("content", "message"), [
    (b"", "原文是空的"),
    (b"\x00\x01\x02binary", "二进制文件"),
    ("。，！？".encode(), "没有中文文字"),
    ("第一条 给予100万元。".encode("gbk"), "不是 UTF-8"),
    (b"x" * 1_000_001, "文件过大"),
])
def test_hostile_files(capsys: pytest.CaptureFixture[str], tmp_path: Path, content: bytes, message: str) -> None:
    src = tmp_path / "in.txt"
    src.write_bytes(content)
    code, text = run_cli(capsys, "draft", str(src), "--out", str(tmp_path / "cn-x"))
    assert code == 2
    assert message in text and "Traceback" not in text
    assert not (tmp_path / "cn-x").exists()


def test_missing_file_and_bad_id(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, text = run_cli(capsys, "draft", str(tmp_path / "nope.txt"), "--out", str(tmp_path / "cn-x"))
    assert code == 2 and "文件不存在" in text
    src = tmp_path / "in.txt"
    src.write_text("第一条 给予100万元奖励。", encoding="utf-8")
    code, text = run_cli(capsys, "draft", str(src), "--out", str(tmp_path / "Bad_Name"))
    assert code == 2 and "政策编号" in text


def test_a_directory_as_the_source_is_refused_in_chinese(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, err = run_cli(capsys, "draft", str(tmp_path), "--out", str(tmp_path / "out"))
    assert code == 2 and "是目录，不是文件" in err and "Is a directory" not in err, err
