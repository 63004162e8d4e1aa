"""The YAML parser of :mod:`subsidy.rules.yamlsource` (PyYAML with the limits that module describes):
loaders that refuse anchors, aliases, deep nesting, huge numbers and impossible values at their line,
for policy files (:class:`Loader`) and case files (:class:`CaseLoader`, YAML 1.2 core scalars)."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path
from typing import Any, NoReturn

import yaml

from subsidy.errors import PolicyFileError
from subsidy.rules.yamlsource import MAX_DEPTH, MAX_NUMBER_CHARS, LDict, LList

__all__ = ["CaseLoader", "Loader", "load", "scan_policy"]

_INT_RE = re.compile(r"^[-+]?(0|[1-9][0-9_]*)$")
_FLOAT_RE = re.compile(r"^[-+]?[0-9][0-9_]*\.[0-9_]*$")
_DATE_RE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")


class Loader(yaml.SafeLoader):
    _depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        event = self.peek_event()  # type: ignore[no-untyped-call]
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            raise yaml.composer.ComposerError(
                None, None, "不允许使用 YAML 锚点和别名（&名称、*名称）：请把内容直接写出", event.start_mark)
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise yaml.composer.ComposerError(None, None, f"嵌套超过 {MAX_DEPTH} 层", event.start_mark)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        try:
            return super().construct_object(node, deep)
        except yaml.YAMLError:
            raise
        except (ValueError, TypeError, KeyError, AttributeError, ArithmeticError) as exc:
            value = node.value if isinstance(node, yaml.ScalarNode) else node.tag
            raise yaml.constructor.ConstructorError(
                None, None, f"无法读取的值「{str(value)[:40]}」（{node.tag.rsplit(':', 1)[-1]}）", node.start_mark
            ) from exc


def _number_text(loader: Loader, node: yaml.ScalarNode) -> str:
    text = str(loader.construct_scalar(node))
    if len(text) > MAX_NUMBER_CHARS:
        raise yaml.constructor.ConstructorError(
            None, None, f"数字过长（超过 {MAX_NUMBER_CHARS} 个字符）", node.start_mark)
    return text


def _construct_int(loader: Loader, node: yaml.ScalarNode) -> int:
    _number_text(loader, node)
    return int(yaml.constructor.SafeConstructor.construct_yaml_int(loader, node))


def _construct_timestamp(loader: Loader, node: yaml.ScalarNode) -> dt.date:
    try:
        return yaml.constructor.SafeConstructor.construct_yaml_timestamp(loader, node)
    except (ValueError, AttributeError) as exc:
        raise yaml.constructor.ConstructorError(
            None, None, f"「{str(node.value)[:40]}」不是真实存在的日期", node.start_mark) from exc


def _construct_mapping(loader: Loader, node: yaml.MappingNode) -> LDict:
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


def _construct_sequence(loader: Loader, node: yaml.SequenceNode) -> LList:
    out = LList(loader.construct_object(child, deep=True) for child in node.value)
    out.line = node.start_mark.line + 1
    out.item_lines = [child.start_mark.line + 1 for child in node.value]
    return out


def _construct_float(loader: Loader, node: yaml.ScalarNode) -> Decimal:
    text = _number_text(loader, node).replace("_", "")
    try:
        value = Decimal(text)
    except ArithmeticError:
        value = Decimal("NaN")
    if not value.is_finite():
        raise yaml.constructor.ConstructorError(None, None, f"「{text}」不是有限的数", node.start_mark)
    return value


Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)
Loader.add_constructor("tag:yaml.org,2002:float", _construct_float)
Loader.add_constructor("tag:yaml.org,2002:int", _construct_int)
Loader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)


class CaseLoader(Loader):
    """YAML 1.2 core schema for booleans and numbers (see the module docstring)."""


_BOOL, _INT, _FLOAT = "tag:yaml.org,2002:bool", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float"
CaseLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag not in (_BOOL, _INT, _FLOAT)]
    for first, resolvers in Loader.yaml_implicit_resolvers.items()
}
CaseLoader.add_implicit_resolver(_BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
CaseLoader.add_implicit_resolver(_INT, re.compile(r"^[-+]?[0-9]+$"), list("-+0123456789"))
CaseLoader.add_implicit_resolver(
    _FLOAT, re.compile(r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"),
    list("-+0123456789."))


def _construct_case_int(loader: Loader, node: yaml.ScalarNode) -> int:
    text = _number_text(loader, node)
    if not re.fullmatch(r"[-+]?[0-9]+", text):
        raise yaml.constructor.ConstructorError(None, None, f"「{text}」不是十进制整数", node.start_mark)
    return int(text)


CaseLoader.add_constructor(_INT, _construct_case_int)


_CParser: Any
try:
    from yaml._yaml import CParser as _CParser
except ImportError:  # PyYAML built without libyaml: the pure-Python loader does the same checks
    _CParser = None


def _fast(loader: type[Loader]) -> Any:
    """``loader`` with libyaml's parser and composer (several times faster), when PyYAML has them."""
    if _CParser is None:
        return None

    class Fast(_CParser, loader):  # type: ignore[misc, valid-type]
        def __init__(self, stream: str) -> None:
            _CParser.__init__(self, stream)
            yaml.constructor.SafeConstructor.__init__(self)
            yaml.resolver.Resolver.__init__(self)

    return Fast


def _check_events(text: str, fast: Any) -> None:
    """What ``Loader.compose_node`` refuses, checked on the event stream before libyaml composes."""
    depth = 0
    event: Any
    for event in yaml.parse(text, Loader=fast):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            raise yaml.composer.ComposerError(
                None, None, "不允许使用 YAML 锚点和别名（&名称、*名称）：请把内容直接写出", event.start_mark)
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                mark: Any = event.start_mark
                raise yaml.composer.ComposerError(None, None, f"嵌套超过 {MAX_DEPTH} 层", mark)
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def load(text: str, path: str, loader: type[Loader]) -> Any:
    """``text`` read by ``loader`` (libyaml's parser when PyYAML has it); a problem is a PolicyFileError at its line."""
    fast = _FAST.get(loader)
    try:
        if fast is None:
            return yaml.load(text, Loader=loader)
        _check_events(text, fast)
        return yaml.load(text, Loader=fast)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        problem = exc.problem or str(exc)
        if isinstance(exc, yaml.composer.ComposerError):
            raise PolicyFileError(path, line, problem) from exc
        if isinstance(exc, yaml.constructor.ConstructorError):
            hint = ("每个键只写一次" if problem.startswith("重复的键") else
                    "写成普通的值：金额如 300万元，日期如 2027-03-01，是/否写 true 或 false，数字如 0.25")
            raise PolicyFileError(path, line, problem, hint) from exc
        raise PolicyFileError(
            path, line, f"YAML 格式错误：{problem}", "检查缩进、冒号和引号是否成对"
        ) from exc
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, exc.position) + 1
        raise PolicyFileError(path, line, f"文件含有不可见的控制字符（U+{exc.character:04X}）",
                              "删除该字符；文字中不能有控制字符") from exc
    except (yaml.YAMLError, RecursionError) as exc:
        raise PolicyFileError(path, 0, "YAML 格式错误", "检查缩进、冒号和引号是否成对") from exc


_FAST = {loader: _fast(loader) for loader in (Loader, CaseLoader)}


_YAML_PROBLEMS = (
    ("found unexpected end of stream", "文件在引号或括号闭合之前就结束了"),
    ("mapping values are not allowed here", "这里不能出现「键: 值」（缩进不对，或值中含有未加引号的冒号）"),
    ("could not find expected ':'", "缺少冒号，或多行文字没有加引号"),
    ("found character '\\t' that cannot start any token", "不能用 Tab 缩进"),
    ("expected <block end>", "缩进与上下文不一致"),
    ("expected ',' or ']'", "方括号 [ ] 没有闭合，或项目之间缺少逗号"),
    ("expected ',' or '}'", "花括号 { } 没有闭合，或项目之间缺少逗号"),
    ("found undefined alias", "不支持 YAML 别名（*）"),
    ("found duplicate anchor", "不支持 YAML 锚点（&）"),
)


def _yaml_error(path: Path, text: str, exc: yaml.YAMLError) -> PolicyFileError:
    hint = "检查这一行的缩进（只用空格）、冒号和引号、括号是否成对；含冒号或 # 的文字加引号"
    if isinstance(exc, yaml.reader.ReaderError):
        line = text[: exc.position].count("\n") + 1
        ch = exc.character
        code = ord(ch) if isinstance(ch, str) else int(ch)
        return PolicyFileError(str(path), line, f"这一行含有不允许的控制字符（#x{code:04x}）",
                               "删除这个字符；文件应是普通的 UTF-8 文字")
    if isinstance(exc, yaml.MarkedYAMLError):
        context = exc.context or ""
        # An unclosed quote or bracket is found where the file ends: name where it was opened.
        use_context = exc.context_mark is not None and ("scanning" in context or "flow" in context)
        mark = exc.context_mark if use_context else (exc.problem_mark or exc.context_mark)
        line = mark.line + 1 if mark is not None else 1
        problem = exc.problem or ""
        said = next((zh for en, zh in _YAML_PROBLEMS if en in problem), "")
        return PolicyFileError(str(path), line, f"YAML 格式错误：{said or problem}", hint)
    return PolicyFileError(str(path), 1, f"YAML 格式错误：{exc}", hint)


def scan_policy(path: Path, text: str) -> None:
    """Refuse, at their line, the YAML features a policy never needs and the values the loader cannot take."""
    try:
        _scan_yaml(path, text)
    except yaml.YAMLError as exc:
        raise _yaml_error(path, text, exc) from exc


def _scan_yaml(path: Path, text: str) -> None:
    resolver = yaml.resolver.Resolver()
    constructor = yaml.constructor.SafeConstructor()
    depth = 0

    def fail(event: Any, problem: str, hint: str) -> NoReturn:
        raise PolicyFileError(str(path), event.start_mark.line + 1, problem, hint)

    for event in yaml.parse(text, Loader=yaml.SafeLoader):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            fail(event, "政策文件不使用 YAML 锚点（&）和别名（*）", "把内容直接写出来，需要时重复写")
        tag = getattr(event, "tag", None)
        if tag is not None:
            fail(event, f"政策文件不使用 YAML 标签（{tag}）", "去掉 ! 开头的标签；需要文字时加引号")
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                fail(event, f"嵌套超过 {MAX_DEPTH} 层", "检查括号是否成对；政策文件不需要这么深的嵌套")
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
        elif isinstance(event, yaml.ScalarEvent) and event.implicit[0] and event.style is None:
            value = event.value
            tag = str(resolver.resolve(yaml.ScalarNode, value, (True, False)))  # type: ignore[no-untyped-call]
            digits = value.replace("_", "").lstrip("+-")
            if tag.endswith(":int") and (not _INT_RE.match(value) or len(digits) > 15):
                fail(event, f"「{value[:30]}」不是可用的整数", "写成不超过 15 位的十进制整数，如 3；八进制、十六进制和时分写法不可用")
            if tag.endswith(":float") and (not _FLOAT_RE.match(value) or len(digits) > 20):
                fail(event, f"「{value[:30]}」不是可用的数字", "写成普通小数，如 0.25；金额写成 \"500万元\"，比例写成 \"50%\"")
            if tag.endswith(":merge"):
                fail(event, "政策文件不使用 YAML 合并键（<<）", "把键直接写出来")
            if tag.endswith(":timestamp"):
                if not _DATE_RE.match(value):
                    fail(event, f"「{value[:30]}」不是「年-月-日」形式的日期", "只写日期，月和日写两位，如 2026-01-01")
                try:
                    constructor.construct_yaml_timestamp(yaml.ScalarNode(tag, value))
                except ValueError:
                    fail(event, f"「{value}」不是有效的日期", "写成存在的日期，如 2026-01-01")
