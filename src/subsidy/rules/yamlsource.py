"""YAML reading that remembers where every value came from.

Policy officers edit YAML by hand, so every error must say which file and which line, and what
to do. Mappings load as :class:`LDict` and sequences as :class:`LList`, which remember the line
of the node and of each entry. Floats load as ``Decimal`` so that no amount ever passes through
a binary float.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from subsidy.errors import PolicyFileError

__all__ = ["LDict", "LList", "line_of", "load_yaml_file", "load_yaml_text"]


class LDict(dict[str, Any]):
    """A mapping that knows its own line and the line of each key (1-based)."""

    line: int = 0
    key_lines: dict[str, int]


class LList(list[Any]):
    """A sequence that knows its own line and the line of each item (1-based)."""

    line: int = 0
    item_lines: list[int]


class _Loader(yaml.SafeLoader):
    pass


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> LDict:
    loader.flatten_mapping(node)
    out = LDict()
    out.line = node.start_mark.line + 1
    out.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, str | int | dt.date):  # dates stay dates: keys of dated values
            key = str(key)
        if key in out:
            raise yaml.constructor.ConstructorError(
                None, None, f"重复的键「{key}」", key_node.start_mark
            )
        out[key] = loader.construct_object(value_node, deep=True)
        out.key_lines[str(key)] = key_node.start_mark.line + 1
    return out


def _construct_sequence(loader: _Loader, node: yaml.SequenceNode) -> LList:
    out = LList(loader.construct_object(child, deep=True) for child in node.value)
    out.line = node.start_mark.line + 1
    out.item_lines = [child.start_mark.line + 1 for child in node.value]
    return out


def _construct_float(loader: _Loader, node: yaml.ScalarNode) -> Decimal:
    text = str(loader.construct_scalar(node)).replace("_", "")
    return Decimal(text)


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)
_Loader.add_constructor("tag:yaml.org,2002:float", _construct_float)


def load_yaml_text(text: str, path: str) -> Any:
    try:
        return yaml.load(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        problem = exc.problem or str(exc)
        raise PolicyFileError(
            path, line, f"YAML 格式错误：{problem}", "检查缩进、冒号和引号是否成对"
        ) from exc


def load_yaml_file(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise PolicyFileError(str(path), 0, "文件不存在", "检查路径是否正确") from exc
    except UnicodeDecodeError as exc:
        raise PolicyFileError(str(path), 0, "文件不是 UTF-8 编码", "请以 UTF-8 保存该文件") from exc
    return load_yaml_text(text, str(path))


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
