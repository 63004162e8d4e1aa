"""YAML reading that remembers where every value came from.

Policy officers edit YAML by hand, so every error must say which file and which line, and what
to do. Mappings load as :class:`LDict` and sequences as :class:`LList`, which remember the line
of the node and of each entry. Floats load as ``Decimal`` so that no amount ever passes through
a binary float.

No input can hang or exhaust memory: files are read up to a size limit (a directory, a device or a
huge file is refused), anchors and aliases are refused (no alias bomb), nesting is at most
:data:`MAX_DEPTH` deep, a number literal at most :data:`MAX_NUMBER_CHARS` characters, and every
value that cannot be constructed (an impossible date, ``!!int abc``, ``.inf``) is an error with its
line. Case files (:func:`load_case_yaml`) use the YAML 1.2 core schema for scalars: only
``true``/``false`` are booleans (not ``yes``/``on``), integers are decimal (``010`` is ten, not
eight; no ``1:30``), so what is written is what is read.

The parser itself (PyYAML, and the loaders that apply these limits) is in :mod:`subsidy.rules.yamlparse`,
imported when a file is read: a command that reads its policies from the cache of parsed policies
(cli/compiled.py) does not import it (start-up).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from subsidy.errors import PolicyFileError

__all__ = ["MAX_DEPTH", "MAX_NUMBER_CHARS", "LDict", "LList", "line_of", "load_case_yaml", "load_yaml_file",
           "load_yaml_text", "read_policy_text", "read_policy_yaml", "read_utf8"]

MAX_DEPTH = 32
"""Deepest nesting of mappings and sequences in any input file."""
MAX_NUMBER_CHARS = 32
"""Longest number literal (digits, sign, point, exponent) in any input file."""
POLICY_FILE_BYTES = 1024 * 1024


class LDict(dict[str, Any]):
    """A mapping that knows its own line and the line of each key (1-based)."""

    line: int = 0
    key_lines: dict[str, int]


class LList(list[Any]):
    """A sequence that knows its own line and the line of each item (1-based)."""

    line: int = 0
    item_lines: list[int]


def load_yaml_text(text: str, path: str) -> Any:
    from subsidy.rules import yamlparse

    return yamlparse.load(text, path, yamlparse.Loader)


def load_case_yaml(text: str, path: str) -> Any:
    """A case file's YAML: the same limits, and the YAML 1.2 core schema for scalars."""
    from subsidy.rules import yamlparse

    return yamlparse.load(text, path, yamlparse.CaseLoader)


def read_utf8(path: Path, max_bytes: int) -> str:
    """The text of a regular file of at most ``max_bytes``, in UTF-8 (a BOM is dropped)."""
    where = str(path)
    try:
        if not path.exists():
            raise PolicyFileError(where, 0, "文件不存在", "检查路径是否正确")
        if path.is_dir():
            raise PolicyFileError(where, 0, "这是一个目录，不是文件", "给出文件的路径")
        if not path.is_file():
            raise PolicyFileError(where, 0, "不是普通文件（设备、管道等不能读取）", "给出一个文本文件的路径")
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except (OSError, ValueError) as exc:
        raise PolicyFileError(where, 0, f"无法读取文件（{getattr(exc, 'strerror', None) or exc}）",
                              "检查路径和读取权限") from exc
    if len(data) > max_bytes:
        raise PolicyFileError(where, 0, f"文件超过 {max_bytes // 1024} KB 上限", "拆分文件，或删去无关内容")
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        raise PolicyFileError(
            where, 0, f"文件不是 UTF-8 编码（第 {exc.start + 1} 字节无法按 UTF-8 读取；可能是 GBK 编码）",
            "用文本编辑器把文件另存为 UTF-8 编码") from exc


def load_yaml_file(path: Path) -> Any:
    return load_yaml_text(read_utf8(path, POLICY_FILE_BYTES), str(path))


def line_of(data: Any, loc: Sequence[str | int]) -> int:
    """The line of the deepest node on ``loc`` that exists in ``data`` (0 if none)."""
    line = getattr(data, "line", 0)
    node = data
    for part in loc:
        if isinstance(node, LDict) and str(part) in node:
            line = node.key_lines.get(str(part), line)
            node = node[str(part)]
        elif isinstance(node, LList) and isinstance(part, int) and 0 <= part < len(node):
            line = node.item_lines[part]
            node = node[part]
        else:
            break
    return line

# ---- policy files ---------------------------------------------------------------------------------
# A policy file is read more strictly than a case: what a policy never needs (anchors, tags, merge keys)
# and what the loader cannot take (odd or huge numbers, impossible dates) is refused at its line first.

MAX_POLICY_FILE_BYTES = 1_000_000


def read_policy_text(path: Path, *, from_file: str = "", from_line: int = 0) -> str:
    """A policy file's text; a missing file is reported at ``from_file:from_line`` (where it is named)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise PolicyFileError(from_file or str(path), from_line, f"文件 {path.name} 不存在",
                              "检查文件名是否写对，文件是否放在政策目录中") from exc
    except OSError as exc:
        raise PolicyFileError(from_file or str(path), from_line, f"无法读取 {path.name}（{exc.strerror}）",
                              "确认它是一个普通文本文件") from exc
    if len(data) > MAX_POLICY_FILE_BYTES:
        raise PolicyFileError(str(path), 1, f"文件过大（{len(data)} 字节）",
                              f"政策文件不应超过 {MAX_POLICY_FILE_BYTES // 1000} KB；检查是否误放了其他文件")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise PolicyFileError(str(path), line, "这一行不是 UTF-8 编码的文字",
                              "用 UTF-8 编码重新保存该文件（如从 GBK 转换），并检查这一行的文字") from exc


def _check_brackets(path: Path, text: str) -> None:
    """Refuse deeply nested brackets before YAML's scanner sees them (it slows down quadratically on them)."""
    depth = 0
    for number, line in enumerate(text.split("\n"), start=1):
        quote = ""
        previous = " "
        for ch in line:
            if quote:
                quote = "" if ch == quote else quote
            elif ch in "\"'":
                quote = ch
            elif ch == "#" and previous in " \t":
                break
            elif ch in "[{":
                depth += 1
                if depth > MAX_DEPTH:
                    raise PolicyFileError(str(path), number, f"括号嵌套超过 {MAX_DEPTH} 层",
                                          "检查 [ ] 和 { } 是否成对；政策文件不需要这么深的嵌套")
            elif ch in "]}":
                depth = max(0, depth - 1)
            previous = ch


def read_policy_yaml(path: Path, *, from_file: str = "", from_line: int = 0) -> Any:
    """Load one policy YAML file; refuses anchors, tags, deep nesting and odd numbers at their line."""
    text = read_policy_text(path, from_file=from_file, from_line=from_line)
    _check_brackets(path, text)
    from subsidy.rules import yamlparse

    yamlparse.scan_policy(path, text)
    return load_yaml_text(text, str(path))

