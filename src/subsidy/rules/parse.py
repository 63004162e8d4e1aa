"""Read a policy directory (``policy.yaml``, ``clauses/*.yaml``, the source text) into a :class:`Policy`.

Every problem raises :class:`PolicyFileError` with the file, the line, the clause and what to write
instead. Nothing is coerced: unknown keys are refused at every level (a misspelt or mis-indented key
must not silently drop a rule), yes/no values are ``true``/``false`` only, text is text, every figure
is checked (amounts and caps positive, rates in (0, 1] unless the clause's own text says more, bands
ordered), and every quote is non-empty and verbatim in the source text.

The YAML is read by :func:`read_policy_yaml`, which refuses what a policy never needs and what could
hang or crash the loader (anchors and aliases, tags, deep nesting, odd or huge numbers, impossible
dates, bytes that are not UTF-8) before the usual loader of :mod:`subsidy.rules.yamlsource` runs.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any, NoReturn, cast

import yaml

from subsidy.errors import PolicyFileError
from subsidy.money import MoneyFormatError, format_rate, parse_money, parse_rate
from subsidy.rules import model as m
from subsidy.rules.yamlsource import LDict, LList, load_yaml_text
from subsidy.suggest import did_you_mean

__all__ = ["BOOKMARK_RE", "PAYEES", "clean_source", "load_policy", "policy_version", "read_policy_text", "read_policy_yaml", "vtype_of"]

BOOKMARK_RE = re.compile(r"\[bookmark: [^\]]*\]")  # conversion debris, not legal text
_FACT_NAME_RE = re.compile(r"^[a-z][a-z0-9_]*$")
_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$")
_COMPARE_OPS = ("equals", "at_least", "at_most", "above", "below")
PAYEES = m.PAYEE_LABELS  # payee names of the policy format, and how people read them
_UNITS = ("元", "万元", "亿元")

# Bounds on what a policy file may contain: far above any real policy, far below what could hang.
MAX_FILE_BYTES = 1_000_000
MAX_DEPTH = 32
MAX_FEN = 10**13  # 1000亿元: a figure above this in a subsidy policy is a typo (wrong unit, extra digits)
MAX_NUMBER = 10**12
_MAX_FIGURE_CHARS = 40
_INT_RE = re.compile(r"^[-+]?(0|[1-9][0-9_]*)$")
_FLOAT_RE = re.compile(r"^[-+]?[0-9][0-9_]*\.[0-9_]*$")
_DATE_RE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")


def clean_source(text: str) -> str:
    """The legal text without ``[bookmark: ...]`` conversion debris."""
    return BOOKMARK_RE.sub("", text)


def policy_version(directory: Path) -> str:
    """Content hash of every file of the policy (rules, cases excluded), for replaying decisions."""
    h = hashlib.sha256()
    for path in sorted(directory.rglob("*")):
        if path.is_file() and "cases" not in path.relative_to(directory).parts:
            h.update(str(path.relative_to(directory)).encode())
            h.update(b"\0")
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


# ---- reading files ------------------------------------------------------------------------------


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
    if len(data) > MAX_FILE_BYTES:
        raise PolicyFileError(str(path), 1, f"文件过大（{len(data)} 字节）",
                              f"政策文件不应超过 {MAX_FILE_BYTES // 1000} KB；检查是否误放了其他文件")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise PolicyFileError(str(path), line, "这一行不是 UTF-8 编码的文字",
                              "用 UTF-8 编码重新保存该文件（如从 GBK 转换），并检查这一行的文字") from exc


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


def _scan_yaml(path: Path, text: str) -> None:
    """Refuse, at their line, the YAML features a policy never needs and the values the loader cannot take."""
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
    try:
        _scan_yaml(path, text)
    except yaml.YAMLError as exc:
        raise _yaml_error(path, text, exc) from exc
    return load_yaml_text(text, str(path))


# ---- one file -----------------------------------------------------------------------------------


def _find_key(node: Any, key: str) -> LDict | None:
    """The mapping nested in ``node`` through mappings only (where a mis-indented key lands) that has ``key``."""
    if not isinstance(node, LDict):
        return None
    if key in node:
        return node
    for child in node.values():
        found = _find_key(child, key)
        if found is not None:
            return found
    return None


class _File:
    """Parsing context for one YAML file: knows the path, the clause being read, and raises located errors."""

    def __init__(self, path: Path, source: str, facts: dict[str, m.FactDef] | None = None) -> None:
        self.path = path
        self.source = source
        self.facts = facts or {}
        self.where = ""  # the clause (or part of policy.yaml) being read, named in every error
        self.line = 1  # fallback line: the start of what is being read
        self.quotes: tuple[str, ...] = ()  # the current clause's quotes (a rate above 100% must be in them)
        self.outer: tuple[str, tuple[str, ...]] = ("", ())  # the section being read and its siblings

    def fail(self, node: Any, problem: str, hint: str, key: Any = None, line: int = 0) -> NoReturn:
        if not line:
            line = getattr(node, "line", 0)
            if key is not None and isinstance(node, LDict):
                line = node.key_lines.get(str(key), line)
        if self.where:
            problem = f"{self.where}：{problem}"
        raise PolicyFileError(str(self.path), line or self.line, problem, hint)

    def missing(self, node: Any, key: str, problem: str, hint: str) -> NoReturn:
        """A required key is absent: if it sits deeper inside this mapping, it was mis-indented; say so there."""
        if isinstance(node, LDict):
            for child_key, child in node.items():
                found = _find_key(child, key)
                if found is not None:
                    self.fail(found, f"「{key}」的缩进不对：它写在「{child_key}」下面",
                              f"把「{key}」与「{child_key}」对齐（同样的缩进）", key=key)
        self.fail(node, problem, hint)

    @staticmethod
    def at(node: Any, key: Any) -> int:
        """The line of ``node[key]`` (a mapping key or a list index)."""
        if isinstance(node, LDict):
            return node.key_lines.get(str(key), node.line)
        if isinstance(node, LList) and isinstance(key, int) and 0 <= key < len(node.item_lines):
            return node.item_lines[key]
        return getattr(node, "line", 0)

    def mapping(self, node: Any, what: str, allowed: tuple[str, ...], required: tuple[str, ...] = (),
                line: int = 0) -> LDict:
        if not isinstance(node, LDict):
            self.fail(node, f"{what} 应当是「键: 值」映射，写的是 {_shown(node)}",
                      f"写成「键: 值」的形式，可用的键：{'、'.join(allowed)}", line=line)
        for key in node:
            if key not in allowed:
                section, siblings = self.outer
                if key in siblings and section:
                    hint = f"「{key}」应与「{section}」对齐（同样的缩进），不要缩进在「{section}」下面"
                else:
                    hint = f"{did_you_mean(key, allowed)}可用的键：{'、'.join(allowed)}"
                self.fail(node, f"{what} 中有未知的键「{key}」", hint, key=key)
        for key in required:
            if key not in node or node[key] is None:
                self.missing(node, key, f"{what} 缺少必填的「{key}」", f"补上「{key}: ...」")
        return node

    def seq(self, node: LDict, key: str, what: str, required: bool = False) -> LList:
        value = node.get(key)
        if value is None and not required:
            out = LList()
            out.item_lines = []
            return out
        if not isinstance(value, LList) or (required and not value):
            self.fail(node, f"{what} 应当是非空列表，写的是 {_shown(value)}", "每项一行，以「- 」开头", key=key)
        return value

    def text(self, node: LDict, key: str, default: str | None = None, *, empty_ok: bool = False) -> str:
        if key not in node or node[key] is None:
            if default is None:
                self.missing(node, key, f"缺少「{key}」", f"补上「{key}: ...」（文字）")
            return default
        value = node[key]
        if not isinstance(value, str):
            self.fail(node, f"「{key}」应当是文字，写的是 {_shown(value)}", "写成文字；以数字、true 等开头的文字加引号",
                      key=key)
        if not empty_ok and not value.strip():
            self.fail(node, f"「{key}」是空的", f"写出「{key}」的内容，或删去这一行", key=key)
        return value

    def name(self, node: LDict, key: str, allowed: dict[str, str] | tuple[str, ...], default: str | None = None) -> str:
        value = self.text(node, key, default)
        if value not in allowed:
            choices = "、".join(f"{k}（{v}）" for k, v in allowed.items()) if isinstance(allowed, dict) \
                else "、".join(allowed)
            self.fail(node, f"「{key}」的值「{value}」无效", f"{did_you_mean(value, tuple(allowed))}可用：{choices}",
                      key=key)
        return value

    def texts(self, node: LDict, key: str) -> tuple[str, ...]:
        value = node.get(key)
        if value is None:
            return ()
        if isinstance(value, str) and value.strip():
            return (value,)
        if isinstance(value, LList) and value:
            for i, v in enumerate(value):
                if not isinstance(v, str) or not v.strip():
                    self.fail(value, f"「{key}」第 {i + 1} 项应当是非空的文字，写的是 {_shown(v)}",
                              "写成文字，或删去这一项", line=self.at(value, i))
            return tuple(value)
        self.fail(node, f"「{key}」应当是文字或文字列表，写的是 {_shown(value)}", "写成文字，或每项一行的列表", key=key)

    def flag(self, node: LDict, key: str, default: bool | None) -> bool | None:
        """A yes/no value: ``true`` or ``false`` only (not "false", 0, yes-please)."""
        value = node.get(key)
        if value is None:
            return default
        if not isinstance(value, bool):
            self.fail(node, f"「{key}」应当是 true 或 false，写的是 {_shown(value)}",
                      f"写成 {key}: true 或 {key}: false（不加引号）", key=key)
        return value

    def count(self, node: LDict, key: str, default: int | None, minimum: int = 1) -> int | None:
        value = node.get(key)
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, int) or not minimum <= value <= 1000:
            self.fail(node, f"「{key}」应当是不小于 {minimum} 的整数，写的是 {_shown(value)}",
                      f"写成整数，如 {key}: 3", key=key)
        return value

    # ---- quotes ------------------------------------------------------------------------------

    def quote_list(self, node: LDict, key: str = "quote", required: bool = True) -> tuple[str, ...]:
        """Quotes (one text or a list): each non-empty and verbatim in the source, checked at its own line."""
        value = node.get(key)
        if value is None:
            if required:
                self.missing(node, key, f"缺少「{key}」", f"补上「{key}: 」并从原文逐字复制相应的句子")
            return ()
        if isinstance(value, str):
            items: list[tuple[Any, int]] = [(value, self.at(node, key))]
        elif isinstance(value, LList) and value:
            items = [(v, self.at(value, i)) for i, v in enumerate(value)]
        else:
            self.fail(node, f"「{key}」应当是引文或引文列表，写的是 {_shown(value)}", "从原文逐字复制句子", key=key)
        for q, line in items:
            self._check_quote(q, line)
        return tuple(q for q, _ in items)

    def quote(self, node: LDict, key: str = "quote", required: bool = True) -> str:
        value = node.get(key)
        if value is None and not required:
            return ""
        if isinstance(value, LList):
            self.fail(node, f"「{key}」这里只能是一句引文", "写成一句话（从原文逐字复制）", key=key)
        if value is None:
            self.missing(node, key, f"缺少「{key}」", f"补上「{key}: 」并从原文逐字复制相应的句子")
        self._check_quote(value, self.at(node, key))
        return cast(str, value)

    def _check_quote(self, quote: Any, line: int) -> None:
        if not isinstance(quote, str):
            self.fail(None, f"引文应当是文字，写的是 {_shown(quote)}", "从原文逐字复制句子", line=line)
        if not quote.strip():
            self.fail(None, "引文是空的", "从原文逐字复制句子，或删去这一项", line=line)
        if quote not in self.source:
            self.fail(None, f"引文没有逐字出现在原文中：「{quote[:40]}{'…' if len(quote) > 40 else ''}」",
                      "从原文复制整句，不要改写或增删标点", line=line)

    # ---- literals ----------------------------------------------------------------------------

    def scalar(self, raw: Any, vtype: m.VType, line: int, role: str = "amount") -> m.Scalar:
        """A literal of type ``vtype``. ``role`` is ``amount`` (a figure paid or a cap: > 0) or
        ``threshold`` (a bound in a condition or a band: ≥ 0)."""
        if vtype in ("money", "rate", "number"):
            return self._figure(raw, vtype, line, role)
        if vtype == "bool":
            if not isinstance(raw, bool):
                self.fail(None, f"{_shown(raw)} 不是是/否值", "写 true 或 false（不加引号）", line=line)
            return raw
        if not isinstance(raw, str) or not raw:
            self.fail(None, f"{_shown(raw)} 应当是类别名称（文字）", "写成事实 values 中列出的类别", line=line)
        return raw

    def _figure(self, raw: Any, vtype: m.VType, line: int, role: str) -> m.Scalar:
        hints = {"money": "金额写成带单位的文字，如 \"500万元\" 或 \"3000元\"",
                 "rate": "比例写成 \"50%\" 或 \"1/2\"", "number": "写成数字，如 3 或 0.25"}
        if isinstance(raw, str) and len(raw) > _MAX_FIGURE_CHARS:
            self.fail(None, f"数字位数过多：「{raw[:30]}…」", hints[vtype], line=line)
        value: int | Fraction
        try:
            if vtype == "money":
                value = parse_money(raw).fen
            elif vtype == "rate":
                if not isinstance(raw, str):
                    raise MoneyFormatError(f"比例「{raw}」没有写成百分数")
                value = parse_rate(raw)
            else:
                if isinstance(raw, bool) or not isinstance(raw, int | Decimal):
                    raise MoneyFormatError(f"{_shown(raw)} 不是数字")
                value = Fraction(raw)
        except MoneyFormatError as exc:
            self.fail(None, str(exc), hints[vtype], line=line)
        shown = f"「{str(raw)[:40]}」"
        if value < 0 or (value == 0 and role == "amount"):
            self.fail(None, f"{shown} {'不能为负' if value < 0 else '不能为零'}",
                      f"{hints[vtype]}，应大于零" if role == "amount" else f"{hints[vtype]}，不能为负", line=line)
        if vtype == "money" and value > MAX_FEN:
            self.fail(None, f"金额 {shown} 过大（超过1000亿元）", "检查单位和位数（元、万元、亿元）", line=line)
        if vtype == "number" and value > MAX_NUMBER:
            self.fail(None, f"数字 {shown} 过大", "检查位数", line=line)
        if vtype == "rate" and value > 1 and format_rate(cast(Fraction, value)) not in "".join(self.quotes):
            self.fail(None, f"比例 {shown} 超过 100%，而条款原文中没有这个比例",
                      "比例写在 0 到 100% 之间；原文确实规定超过 100% 时，引文中须含有这个比例", line=line)
        return value

    def dated(self, parent: Any, key: Any, vtype: m.VType, role: str = "amount") -> m.Dated:
        """``parent[key]``: a literal, or ``{dated: {2026-01-01: 500万元, 2027-07-01: 300万元}}``."""
        raw = parent[key]
        line = self.at(parent, key)
        if isinstance(raw, LDict) and "dated" in raw:
            self.mapping(raw, "按日期变化的值", ("dated",))
            table = raw["dated"]
            if not isinstance(table, LDict) or not table:
                self.fail(raw, "dated 应当是「日期: 值」的映射", "例如 dated: {2026-01-01: 500万元}", key="dated")
            points: list[tuple[dt.date | None, m.Scalar]] = []
            for day in table:
                if not isinstance(day, dt.date) or isinstance(day, dt.datetime):
                    self.fail(table, f"「{day}」不是日期", "写成 2026-01-01", key=day)
                points.append((day, self.scalar(table[day], vtype, self.at(table, day), role)))
            points.sort(key=lambda p: cast(dt.date, p[0]))
            return m.Dated(tuple(points))
        return m.Dated(((None, self.scalar(raw, vtype, line, role)),))

    # ---- facts -------------------------------------------------------------------------------

    def fact(self, name: Any, line: int) -> m.FactDef:
        if not isinstance(name, str) or name not in self.facts:
            close = did_you_mean(name, tuple(self.facts))
            self.fail(None, f"未声明的事实「{name}」",
                      f"{close}先在 policy.yaml 的 facts 中声明它；已声明：{'、'.join(sorted(self.facts))}", line=line)
        return self.facts[name]

    # ---- conditions --------------------------------------------------------------------------

    def condition(self, parent: Any, key: Any) -> m.Condition:
        node = parent[key]
        line = self.at(parent, key)
        if isinstance(node, str):
            f = self.fact(node, line)
            if f.type != "bool":
                self.fail(None, f"事实「{node}」不是是/否值，不能单独作为条件",
                          "用 {fact: ..., at_least: ...}、equals 或 in 比较", line=line)
            return m.FactIs(node)
        if not isinstance(node, LDict):
            self.fail(None, f"条件应当是事实名称或映射，写的是 {_shown(node)}",
                      "例如 {fact: x, at_least: 100万元} 或 {all: [...]}", line=line)
        label = self.text(node, "label") if "label" in node else None
        for group in ("all", "any"):
            if group in node:
                self.mapping(node, "条件", (group, "label"))
                items = node[group]
                if not isinstance(items, LList) or not items:
                    self.fail(node, f"{group} 应当是非空的条件列表", "每个条件一项：[a, b] 或每行「- 」", key=group)
                parsed = tuple(self.condition(items, i) for i in range(len(items)))
                return m.All(parsed, label) if group == "all" else m.Any_(parsed, label)
        if "not" in node:
            self.mapping(node, "条件", ("not", "label"))
            return m.Not(self.condition(node, "not"), label)
        self.mapping(node, "条件", ("fact", "label", "in", *_COMPARE_OPS), ("fact",))
        f = self.fact(node["fact"], self.at(node, "fact"))
        ops = [k for k in node if k in (*_COMPARE_OPS, "in")]
        if len(ops) > 1:
            self.fail(node, f"一个条件只能有一个比较（现有 {'、'.join(ops)}）", "拆成 all: [...] 中的多个条件",
                      key=ops[1])
        if not ops:
            if f.type != "bool":
                self.fail(node, f"事实「{f.name}」不是是/否值", "加上 at_least、equals 或 in 等比较")
            return m.FactIs(f.name, label)
        op = ops[0]
        if op == "in":
            values = node["in"]
            if f.type != "category":
                self.fail(node, f"in 只用于类别事实，「{f.name}」是 {f.type}", "用 equals、at_least 等比较", key="in")
            if not isinstance(values, LList) or not values:
                self.fail(node, "in 的值应当是非空的类别列表", f"例如 in: [{'、'.join(f.values[:2])}]", key="in")
            for i in range(len(values)):
                self._category(f, values[i], self.at(values, i))
            return m.InSet(f.name, tuple(values), label)
        vtype: m.VType = _fact_vtype(f)
        if op != "equals" and vtype not in ("money", "number"):
            self.fail(node, f"「{op}」只用于金额或数字事实，「{f.name}」是 {f.type}", "改用 equals 或 in", key=op)
        value = self.dated(node, op, vtype, "threshold")
        if vtype == "category":
            for _, v in value.points:
                self._category(f, v, self.at(node, op))
        return m.Compare(f.name, cast(Any, op), value, vtype, label)

    def _category(self, f: m.FactDef, value: Any, line: int) -> None:
        if value not in f.values:
            self.fail(None, f"「{value}」不是事实「{f.name}」的类别",
                      f"{did_you_mean(value, f.values)}可用的类别：{'、'.join(f.values)}", line=line)

    # ---- amounts -----------------------------------------------------------------------------

    def expr(self, parent: Any, key: Any, want: m.VType | None = None) -> m.Expr:
        node = parent[key]
        line = self.at(parent, key)
        e = self._expr(node, want, line)
        got = vtype_of(e)
        if want is not None and got != want and not (want == "number" and got == "rate"):
            self.fail(node, f"这里需要{_TYPE_NAMES[want]}，写的是{_TYPE_NAMES[got]} {_shown(node)}",
                      _WANT_HINTS[want], line=line if not isinstance(node, LDict) else 0)
        return e

    def _expr(self, node: Any, want: m.VType | None, line: int) -> m.Expr:
        if isinstance(node, bool) or node is None:
            self.fail(None, f"金额表达式不能是 {_shown(node)}", _WANT_HINTS[want or "money"], line=line)
        if isinstance(node, int | Decimal):
            if want in ("money", "rate"):
                self.fail(None, f"这里需要{_TYPE_NAMES[want]}，写的是数字 {node}", _WANT_HINTS[want], line=line)
            return m.Lit(m.Dated(((None, self._figure(node, "number", line, "amount")),)), "number")
        if isinstance(node, str):
            return self._expr_text(node, want, line)
        if not isinstance(node, LDict):
            self.fail(None, f"无法识别的金额表达式 {_shown(node)}", f"可用：{'、'.join(_EXPR_KEYS)}", line=line)
        kinds = [k for k in node if k in _EXPR_KEYS]
        if not kinds:
            self.mapping(node, "金额表达式", _EXPR_KEYS)
            self.fail(node, "金额表达式是空的", f"可用：{'、'.join(_EXPR_KEYS)}")
        kind = kinds[0]
        if len(kinds) > 1:
            self.fail(node, f"金额表达式只能有一个类型键（现有 {'、'.join(kinds)}）",
                      "组合时用 min、max、sum 把它们包起来", key=kinds[1])
        self.mapping(node, kind, (kind,))
        body = node[kind]
        bline = self.at(node, kind)
        if kind == "fixed":
            return m.Lit(self.dated(node, kind, "money"), "money")
        if kind == "rate":
            return m.Lit(self.dated(node, kind, "rate"), "rate")
        if kind == "fact":
            f = self.fact(body, bline)
            return m.FactRef(f.name, _fact_vtype(f))
        if kind == "manual":
            return m.Manual(self.text(node, "manual"))
        if kind == "ratio":
            b = self.mapping(body, "ratio", ("rate", "of"), ("rate", "of"), line=bline)
            return m.Ratio(self.expr(b, "rate", "rate"), self.expr(b, "of", "money"))
        if kind == "per_unit":
            b = self.mapping(body, "per_unit", ("unit", "count"), ("unit", "count"), line=bline)
            return m.PerUnit(self.expr(b, "unit", "money"), self.expr(b, "count", "number"))
        if kind == "product":
            if not isinstance(body, LList) or len(body) < 2:
                self.fail(node, "product 应当是至少两项的列表", "例如 product: [interns, months]", key=kind)
            return m.Product(tuple(self.expr(body, i, "number") for i in range(len(body))))
        if kind in ("min", "max", "sum"):
            if not isinstance(body, LList) or len(body) < 2:
                self.fail(node, f"{kind} 至少需要两项", f"例如 {kind}: [a, b]", key=kind)
            items = tuple(self.expr(body, i, want) for i in range(len(body)))
            types = {vtype_of(i) for i in items}
            if len(types) != 1:
                self.fail(node, f"{kind} 的各项类型不一致", "金额与金额比较，数字与数字比较", key=kind)
            vt = types.pop()
            if vt not in ("money", "number", "rate"):
                self.fail(node, f"{kind} 只用于金额或数字", "各项写成金额、比例或数字", key=kind)
            return m.MinMaxSum(cast(Any, kind), items, vt)
        if kind == "top_up":
            b = self.mapping(body, "top_up", ("target", "already"), ("target", "already"), line=bline)
            return m.TopUp(self.expr(b, "target", "money"), self.expr(b, "already", "money"))
        if kind == "table":
            return self._table(body, bline, want)
        return self._bands(body, bline, want)

    def _expr_text(self, node: str, want: m.VType | None, line: int) -> m.Expr:
        if node in self.facts:
            f = self.facts[node]
            return m.FactRef(f.name, _fact_vtype(f))
        if want in (None, "money") and _looks_like_money(node):
            return m.Lit(m.Dated(((None, self._figure(node, "money", line, "amount")),)), "money")
        if want in (None, "rate", "number") and _looks_like_rate(node):
            return m.Lit(m.Dated(((None, self._figure(node, "rate", line, "amount")),)), "rate")
        close = did_you_mean(node, tuple(self.facts))
        self.fail(None, f"「{node[:40]}」既不是{_TYPE_NAMES[want or 'money']}，也不是已声明的事实",
                  f"{close}{_WANT_HINTS[want or 'money']}；或先在 facts 中声明事实", line=line)

    def _value_type(self, raw: Any, want: m.VType | None) -> m.VType:
        if want in ("money", "rate"):
            return want
        probe = raw
        if isinstance(raw, LDict) and "dated" in raw and isinstance(raw["dated"], LDict) and raw["dated"]:
            probe = next(iter(raw["dated"].values()))
        return "money" if isinstance(probe, str) and _looks_like_money(probe) else "rate"

    def _table(self, body: Any, line: int, want: m.VType | None) -> m.Table:
        b = self.mapping(body, "table", ("by", "values"), ("by", "values"), line=line)
        by_raw = b["by"]
        by_line = self.at(b, "by")
        if isinstance(by_raw, str):
            by: tuple[str, ...] = (by_raw,)
        elif isinstance(by_raw, LList) and by_raw and all(isinstance(x, str) for x in by_raw):
            by = tuple(by_raw)
        else:
            self.fail(b, f"table 的 by 应当是类别事实或其列表，写的是 {_shown(by_raw)}", "例如 by: rating 或 by: [grade, type]",
                      key="by")
        if len(set(by)) != len(by):
            self.fail(b, "table 的 by 中有重复的事实", "每个事实只写一次", key="by")
        facts = [self.fact(name, by_line) for name in by]
        for f in facts:
            if f.type != "category":
                self.fail(b, f"table 的 by 必须是类别事实，「{f.name}」是 {f.type}", "换成类别事实，或改用 bands", key="by")
        values = b["values"]
        if not isinstance(values, LDict) or not values:
            self.fail(b, "table 的 values 应当是「类别: 值」映射", "例如 values: {3A: 10万元, 4A: 30万元}", key="values")
        first: Any = values
        for _ in by:
            if not isinstance(first, LDict) or not first or "dated" in first:
                break
            first = first[next(iter(first))]
        vtype = self._value_type(first, want)
        rows: list[tuple[tuple[str, ...], m.Dated]] = []

        def walk(level: int, mapping: LDict, prefix: tuple[str, ...]) -> None:
            for key in mapping:
                self._category(facts[level], key, self.at(mapping, key))
                value = mapping[key]
                if level + 1 < len(by):
                    if not isinstance(value, LDict) or not value:
                        self.fail(mapping, f"table 第{level + 2}层应当是「{facts[level + 1].name} 的类别: 值」映射",
                                  f"按 by 的顺序逐层写：{'、'.join(by)}", key=key)
                    walk(level + 1, value, (*prefix, key))
                else:
                    rows.append(((*prefix, key), self.dated(mapping, key, vtype)))

        walk(0, values, ())
        return m.Table(by, tuple(rows), vtype)

    def _bands(self, body: Any, line: int, want: m.VType | None) -> m.Bands:
        b = self.mapping(body, "bands", ("of", "bands"), ("of", "bands"), line=line)
        of = self.expr(b, "of")
        of_type = vtype_of(of)
        if of_type not in ("money", "number"):
            self.fail(b, "bands 的 of 应当是金额或数字", "写成金额事实或数字事实", key="of")
        items = b["bands"]
        if not isinstance(items, LList) or not items:
            self.fail(b, "bands 应当是非空的区间列表", "例如 - {from: 0元, to: 100万元, value: 10万元}", key="bands")
        vtype = self._value_type(items[0].get("value") if isinstance(items[0], LDict) else None, want)
        bands: list[m.Band] = []
        for i in range(len(items)):
            it = self.mapping(items[i], "区间", ("from", "to", "value"), ("value",), line=self.at(items, i))
            low = self.dated(it, "from", of_type, "threshold") if "from" in it else None
            high = self.dated(it, "to", of_type, "threshold") if "to" in it else None
            if low is None and i > 0:
                self.fail(it, "只有第一个区间可以不写 from", "写出这个区间的下限 from", key="value")
            if high is None and i < len(items) - 1:
                self.fail(it, "只有最后一个区间可以不写 to", "写出这个区间的上限 to", key="value")
            band = m.Band(low, high, self.dated(it, "value", vtype))
            _check_band_order(self, it, bands[-1] if bands else None, band)
            bands.append(band)
        return m.Bands(of, tuple(bands), vtype)


def _check_band_order(pf: _File, node: LDict, prev: m.Band | None, band: m.Band) -> None:
    """Bounds are inclusive: within a band from ≤ to; each band starts above where the previous one ends."""
    bounds = [d for d in (prev.high if prev else None, band.low, band.high) if d is not None]
    days = sorted({p[0] for d in bounds for p in d.points if p[0] is not None})
    for day in [dt.date.min, *days]:
        low = band.low.at(day) if band.low else None
        high = band.high.at(day) if band.high else None
        if low is not None and high is not None and cast(Fraction, low) > cast(Fraction, high):
            pf.fail(node, "区间的 from 大于 to", "from 写下限，to 写上限（都含本数）", key="from")
        prev_high = prev.high.at(day) if prev and prev.high else None
        if prev_high is not None and low is not None and cast(Fraction, low) <= cast(Fraction, prev_high):
            pf.fail(node, "区间与上一个区间重叠或顺序颠倒（边界都含本数）",
                    "按从小到大排列，每个区间的 from 大于上一个区间的 to，如 to: 100万元 之后写 from: 100.01万元", key="from")


_EXPR_KEYS = ("fixed", "rate", "fact", "manual", "ratio", "per_unit", "product", "min", "max", "sum",
              "top_up", "table", "bands")
_TYPE_NAMES = {"money": "金额", "rate": "比例", "number": "数字", "bool": "是/否值", "category": "类别"}
_WANT_HINTS = {"money": "金额写成带单位的文字，如 \"500万元\" 或 \"3000元\"，或写金额事实名",
               "rate": "比例写成 \"50%\" 或 \"1/2\"", "number": "写成数字（如 6）或数字事实名",
               "bool": "写 true 或 false", "category": "写成类别名称"}
_MONEY_TEXT_RE = re.compile(r"^\s*[-+]?[0-9.]+\s*(元|万元|亿元)\s*$")
_RATE_TEXT_RE = re.compile(r"^\s*[-+]?[0-9.]+\s*%\s*$|^\s*[0-9]+\s*/\s*[0-9]+\s*$")


def _looks_like_money(text: str) -> bool:
    return bool(_MONEY_TEXT_RE.match(text))


def _looks_like_rate(text: str) -> bool:
    return bool(_RATE_TEXT_RE.match(text))


def _shown(value: Any) -> str:
    """A value as the officer wrote it, for messages."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "空值"
    if isinstance(value, str):
        return f"「{value[:40]}」（文字）"
    if isinstance(value, LDict | dict):
        return "一个映射"
    if isinstance(value, LList | list):
        return "一个列表"
    return f"「{str(value)[:40]}」"


def _fact_vtype(f: m.FactDef) -> m.VType:
    return {"money": "money", "number": "number", "integer": "number", "bool": "bool",
            "category": "category"}[f.type]  # type: ignore[return-value]


def vtype_of(e: m.Expr) -> m.VType:
    if isinstance(e, m.Lit | m.FactRef | m.Table | m.Bands | m.MinMaxSum):
        return e.vtype
    if isinstance(e, m.Product):
        return "number"
    return "money"


# ---- whole files --------------------------------------------------------------------------------

_POLICY_KEYS = ("id", "title", "short_title", "issuer", "jurisdiction", "source", "status", "effective_from",
                "validity", "amount_unit", "facts", "applicants", "stacking", "exclusions", "provisions",
                "interpretation")
_CLAUSE_KEYS = ("id", "cite", "title", "quote", "kind", "discretionary", "when", "amount", "caps", "schedule",
                "payee", "payee_label", "programme", "interpretation", "quota")
_STATUSES = m.STATUS_LABELS


class _Ids:
    """Clause and provision ids, unique across the policy's files; errors name the second occurrence."""

    def __init__(self) -> None:
        self.seen: dict[str, str] = {}

    def add(self, pf: _File, node: LDict, ident: str) -> None:
        if ident in self.seen:
            pf.fail(node, f"id「{ident}」重复（已用于 {self.seen[ident]}）", "每个条款和非资金条款的 id 必须唯一，换一个 id",
                    key="id")
        self.seen[ident] = f"{pf.path.name}:{pf.at(node, 'id')}"


def load_policy(directory: Path) -> m.Policy:
    """Load and check a policy directory. Raises :class:`PolicyFileError` on the first problem."""
    path = directory / "policy.yaml"
    raw = read_policy_yaml(path)
    pf = _File(path, "")
    top = pf.mapping(raw, "policy.yaml", _POLICY_KEYS, ("id", "title", "issuer", "source", "status", "facts"))
    pid = pf.text(top, "id")
    if not re.match(r"^[a-z0-9][a-z0-9\-]*$", pid):
        pf.fail(top, f"政策 id「{pid}」无效", "用小写英文字母、数字和连字符，如 cn-bj-chaoyang-smart-eldercare", key="id")
    source_name = pf.text(top, "source")
    source_path = directory / source_name
    if Path(source_name).name != source_name:
        pf.fail(top, f"原文文件名「{source_name}」无效", "写 policy.yaml 旁边的文件名，如 source: source.txt", key="source")
    pf.source = source_text = clean_source(read_policy_text(source_path, from_file=str(path),
                                                            from_line=pf.at(top, "source")))
    pf.facts = facts = _facts(pf, top)
    status = pf.name(top, "status", _STATUSES)
    effective = top.get("effective_from")
    if effective is not None and (not isinstance(effective, dt.date) or isinstance(effective, dt.datetime)):
        pf.fail(top, "effective_from 应当是日期", "写成 2026-01-01，或写 null 由采用政策时设定", key="effective_from")
    amount_unit = pf.name(top, "amount_unit", _UNITS, "万元")

    years: int | None = None
    v_cite = v_quote = ""
    v_interp: tuple[str, ...] = ()
    if top.get("validity") is not None:
        pf.where, pf.outer = "validity", ("validity", _POLICY_KEYS)
        validity = pf.mapping(top["validity"], "validity", ("years", "cite", "quote", "interpretation"),
                              ("years", "cite", "quote"), line=pf.at(top, "validity"))
        years = pf.count(validity, "years", None)
        v_cite, v_quote = pf.text(validity, "cite"), pf.quote(validity)
        v_interp = pf.texts(validity, "interpretation")

    applicants = None
    a_cite = a_quote = ""
    a_interp: tuple[str, ...] = ()
    if top.get("applicants") is not None:
        pf.where, pf.outer = "applicants", ("applicants", _POLICY_KEYS)
        a = pf.mapping(top["applicants"], "applicants", ("cite", "quote", "when", "interpretation"),
                       ("cite", "quote", "when"), line=pf.at(top, "applicants"))
        applicants = pf.condition(a, "when")
        a_cite, a_quote = pf.text(a, "cite"), pf.quote(a)
        a_interp = pf.texts(a, "interpretation")

    pf.where, pf.outer = "stacking", ("stacking", _POLICY_KEYS)
    highest, difference = _stacking(pf, top)
    pf.where, pf.outer = "", ("", ())
    seq = pf.seq(top, "exclusions", "exclusions")
    exclusions = tuple(_exclusion(pf, seq, i) for i in range(len(seq)))
    ids = _Ids()
    seq = pf.seq(top, "provisions", "provisions")
    provisions = [_provision(pf, seq, i, ids) for i in range(len(seq))]

    clauses: list[m.Clause] = []
    refs: list[tuple[_File, LDict, m.Cap]] = []
    clause_dir = directory / "clauses"
    for cpath in sorted(clause_dir.glob("*.yaml")) if clause_dir.is_dir() else []:
        cf = _File(cpath, source_text, facts)
        body = cf.mapping(read_policy_yaml(cpath), cpath.name, ("clauses", "provisions"))
        seq = cf.seq(body, "clauses", "clauses")
        for i in range(len(seq)):
            clauses.append(_clause(cf, seq, i, str(cpath.relative_to(directory)), ids, refs))
        cf.where = ""
        seq = cf.seq(body, "provisions", "provisions")
        provisions += [_provision(cf, seq, i, ids) for i in range(len(seq))]
    known = {c.id for c in clauses}
    for cf, node, cap in refs:
        for other in cap.clauses:
            if other not in known:
                cf.fail(node, f"上限引用了不存在的条款「{other}」",
                        f"{did_you_mean(other, tuple(known))}可用的条款 id：{'、'.join(sorted(known))}", key="clauses")
    return m.Policy(
        id=pid,
        title=pf.text(top, "title"),
        short_title=pf.text(top, "short_title", pf.text(top, "title")),
        issuer=pf.text(top, "issuer"),
        jurisdiction=pf.text(top, "jurisdiction", ""),
        status=cast(Any, status),
        effective_from=effective,
        validity_years=years,
        validity_cite=v_cite,
        validity_quote=v_quote,
        amount_unit=amount_unit,
        facts=facts,
        applicants=applicants,
        applicants_cite=a_cite,
        applicants_quote=a_quote,
        applicants_interpretation=a_interp,
        clauses=tuple(clauses),
        provisions=tuple(provisions),
        highest=highest,
        difference=difference,
        exclusions=exclusions,
        source_text=source_text,
        directory=str(directory),
        version=policy_version(directory),
        interpretation=pf.texts(top, "interpretation") + v_interp,
    )


def _facts(pf: _File, top: LDict) -> dict[str, m.FactDef]:
    node = top["facts"]
    if not isinstance(node, LDict) or not node:
        pf.fail(top, "facts 应当是「事实名: 定义」映射", "例如 facts: {project_budget: {type: money, unit: 万元, label: 项目预算}}",
                key="facts")
    out: dict[str, m.FactDef] = {}
    for name in node:
        pf.where = f"事实 {name}"
        if not isinstance(name, str) or not _FACT_NAME_RE.match(name):
            pf.fail(node, f"事实名「{name}」无效", "用小写英文字母、数字和下划线，如 project_budget", key=name)
        pf.outer = (name, ())
        s = pf.mapping(node[name], f"事实 {name} 的定义", ("type", "label", "help", "unit", "values", "min", "max"), ("type", "label"),
                       line=pf.at(node, name))
        ftype = pf.name(s, "type", ("money", "number", "integer", "bool", "category"))
        label = pf.text(s, "label")
        help_ = pf.text(s, "help", "")
        unit = pf.text(s, "unit") if "unit" in s else None
        if ftype == "money" and unit not in _UNITS:
            pf.fail(s, "金额事实需要单位元、万元或亿元", "写 unit: 万元 或 unit: 元", key="unit" if "unit" in s else None)
        values: tuple[str, ...] = ()
        if ftype == "category":
            raw = s.get("values")
            if not isinstance(raw, LList) or not raw:
                pf.fail(s, "类别事实需要列出 values（类别列表）", "例如 values: [3A, 4A, 5A]", key="values")
            for i, v in enumerate(raw):
                if not isinstance(v, str) or not v.strip():
                    pf.fail(raw, f"values 第 {i + 1} 项应当是文字，写的是 {_shown(v)}", "类别写成文字，数字类别加引号",
                            line=pf.at(raw, i))
                if v in raw[:i]:
                    pf.fail(raw, f"类别「{v}」重复", "每个类别只写一次", line=pf.at(raw, i))
            values = tuple(raw)
        elif "values" in s:
            pf.fail(s, f"只有类别事实有 values，这个事实是 {ftype}", "删去 values，或把 type 改为 category", key="values")
        bounds = [None if s.get(k) is None else _fact_bound(pf, s, k, ftype) for k in ("min", "max")]
        low, high = (Fraction(0) if bounds[0] is None else bounds[0]), bounds[1]
        if high is not None and high < low:  # an empty range: no value could ever be given
            pf.fail(s, f"事实 {name} 的取值范围为空：max {_shown(s['max'])} 小于 min（未写 min 时为 0）",
                    "把 max 写成不小于 min 的数，如 max: 1", key="max")
        out[name] = m.FactDef(name, cast(Any, ftype), label, help_, unit, values, *bounds)
    pf.where, pf.outer = "", ("", ())
    return out


def _fact_bound(pf: _File, s: LDict, key: str, ftype: str) -> Fraction:
    raw = s[key]
    if ftype not in ("number", "integer") or isinstance(raw, bool) or not isinstance(raw, int | Decimal):
        pf.fail(s, f"{key} 只用于数字和整数事实，应当是数", "如 min: 0、max: 1", key=key)
    return Fraction(raw)


def _support_filter(pf: _File, parent: LDict, key: str) -> m.SupportFilter:
    s = pf.mapping(parent[key], "support", ("same_year", "same_matter", "levels", "zone", "one_matter_decision"),
                   line=pf.at(parent, key))
    levels = pf.seq(s, "levels", "levels")
    for i, lv in enumerate(levels):
        if lv not in ("district", "city", "province", "national"):
            pf.fail(levels, f"级别「{lv}」无效", "可用：district、city、province、national", line=pf.at(levels, i))
    return m.SupportFilter(
        same_year=bool(pf.flag(s, "same_year", False)),
        same_matter=pf.flag(s, "same_matter", None),
        levels=tuple(levels),
        zone=pf.text(s, "zone") if s.get("zone") is not None else None,
        one_matter_decision=pf.flag(s, "one_matter_decision", None),
    )


def _stacking(pf: _File, top: LDict) -> tuple[m.HighestRule | None, m.DifferenceRule | None]:
    if top.get("stacking") is None:
        return None, None
    s = pf.mapping(top["stacking"], "stacking", ("highest", "difference"), line=pf.at(top, "stacking"))
    highest = difference = None
    if s.get("highest") is not None:
        pf.where, pf.outer = "stacking.highest", ("highest", ("highest", "difference"))
        h = pf.mapping(s["highest"], "stacking.highest", ("scope", "cite", "quote", "interpretation"),
                       ("scope", "cite", "quote"), line=pf.at(s, "highest"))
        scope = pf.name(h, "scope", {"entity_year": "同一企业同一年度", "project": "同一项目"})
        highest = m.HighestRule(cast(Any, scope), pf.text(h, "cite"), pf.quote(h), pf.texts(h, "interpretation"))
    if s.get("difference") is not None:
        pf.where, pf.outer = "stacking.difference", ("difference", ("highest", "difference"))
        d = pf.mapping(s["difference"], "stacking.difference", ("support", "cite", "quote", "interpretation"),
                       ("support", "cite", "quote"), line=pf.at(s, "difference"))
        difference = m.DifferenceRule(_support_filter(pf, d, "support"), pf.text(d, "cite"), pf.quote(d),
                                      pf.texts(d, "interpretation"))
    return highest, difference


def _exclusion(pf: _File, seq: LList, index: int) -> m.Exclusion:
    pf.where, pf.outer = f"exclusions 第 {index + 1} 项", ("", ())
    e = pf.mapping(seq[index], "exclusions 项", ("id", "support", "reason", "cite", "quote"),
                   ("support", "reason", "cite", "quote"), line=pf.at(seq, index))
    ident = pf.text(e, "id", f"exclusion-{index + 1}")
    out = m.Exclusion(ident, _support_filter(pf, e, "support"), pf.text(e, "reason"), pf.text(e, "cite"), pf.quote(e))
    pf.where = ""
    return out


def _ident(pf: _File, node: LDict) -> str:
    ident = pf.text(node, "id")
    if not _ID_RE.match(ident):
        pf.fail(node, f"id「{ident}」无效", "用英文字母、数字、连字符，如 art7 或 art4-2", key="id")
    return ident


def _provision(pf: _File, seq: LList, index: int, ids: _Ids) -> m.Provision:
    pf.where, pf.outer = "非资金条款", ("", ())
    p = pf.mapping(seq[index], "非资金条款", ("id", "cite", "title", "quote", "summary"), ("id", "cite", "quote"),
                   line=pf.at(seq, index))
    ident = _ident(pf, p)
    pf.where = f"非资金条款 {ident}"
    ids.add(pf, p, ident)
    out = m.Provision(ident, pf.text(p, "cite"), pf.text(p, "title", ""), pf.quote_list(p),
                      pf.text(p, "summary", ""))
    pf.where = ""
    return out


def _clause(cf: _File, seq: LList, index: int, rel: str, ids: _Ids,
            refs: list[tuple[_File, LDict, m.Cap]]) -> m.Clause:
    cf.where, cf.outer, cf.quotes = "条款", ("", ()), ()
    c = cf.mapping(seq[index], "条款", _CLAUSE_KEYS, ("id", "cite", "quote", "kind"), line=cf.at(seq, index))
    cid = _ident(cf, c)
    cf.where, cf.line = f"条款 {cid}", c.line
    ids.add(cf, c, cid)
    cf.quotes = quotes = cf.quote_list(c)
    kind = cf.name(c, "kind", {"monetary": "资金条款", "manual_amount": "金额另行核定"})
    cf.outer = ("amount", _CLAUSE_KEYS)
    if kind == "manual_amount":
        amount: m.Expr = m.Manual(cf.text(c, "amount", "按照相关规定核定"))
    else:
        if c.get("amount") is None:
            cf.missing(c, "amount", "缺少 amount", "写出金额公式，如 amount: 500万元；金额由评审另定的写 kind: manual_amount")
        amount = cf.expr(c, "amount", "money")
    cf.outer = ("caps", _CLAUSE_KEYS)
    caps_node = cf.seq(c, "caps", "caps")
    caps = tuple(_cap(cf, caps_node, i, cid, refs) for i in range(len(caps_node)))
    payee = cf.name(c, "payee", PAYEES, "applicant")
    programme = None
    if c.get("programme") is not None:
        cf.outer = ("programme", _CLAUSE_KEYS)
        p = cf.mapping(c["programme"], "programme", ("years", "year_fact"), ("years", "year_fact"),
                       line=cf.at(c, "programme"))
        f = cf.fact(p["year_fact"], cf.at(p, "year_fact"))
        if f.type != "integer":
            cf.fail(p, f"year_fact「{f.name}」应当是整数事实（第几年）", "声明一个 type: integer 的事实", key="year_fact")
        programme = m.Programme(cast(int, cf.count(p, "years", None)), f.name)
    cf.outer = ("when", _CLAUSE_KEYS)
    condition = cf.condition(c, "when") if c.get("when") is not None else None
    cf.outer = ("schedule", _CLAUSE_KEYS)
    schedule = _schedule(cf, c)
    cf.outer = ("", ())
    out = m.Clause(
        id=cid,
        cite=cf.text(c, "cite"),
        title=cf.text(c, "title", ""),
        quotes=quotes,
        kind=cast(Any, kind),
        discretionary=bool(cf.flag(c, "discretionary", False)),
        condition=condition,
        amount=amount,
        caps=caps,
        schedule=schedule,
        payee=payee,
        payee_label=cf.text(c, "payee_label", PAYEES[payee]),
        programme=programme,
        interpretation=cf.texts(c, "interpretation"),
        source_file=rel,
        line=c.line,
        quota=cf.text(c, "quota", ""),
    )
    cf.where, cf.quotes = "", ()
    return out


def _cap(cf: _File, caps: LList, index: int, owner: str, refs: list[tuple[_File, LDict, m.Cap]]) -> m.Cap:
    c = cf.mapping(caps[index], f"caps 第 {index + 1} 项",
                   ("limit", "max_grants", "scope", "years", "clauses", "label", "quote"), ("scope",),
                   line=cf.at(caps, index))
    scope = cf.name(c, "scope", m.SCOPE_LABELS)
    has_limit = c.get("limit") is not None
    if has_limit == (c.get("max_grants") is not None):
        cf.fail(c, "上限应当恰有 limit（金额）或 max_grants（次数）之一", "写 limit: 500万元 或 max_grants: 1")
    if scope == "entity_years":
        counted = cf.count(c, "years", None, minimum=2)
        if counted is None:
            cf.fail(c, "entity_years 范围需要 years（连续年数，至少 2）", "加上 years: 3", key="scope")
        years = counted
    elif "years" in c:
        cf.fail(c, f"years 只用于 entity_years 范围，这里是 {scope}", "删去 years，或把 scope 改为 entity_years", key="years")
    else:
        years = 1
    raw = c.get("clauses")
    if raw is None:
        clauses: tuple[str, ...] = (owner,)
    elif isinstance(raw, str):
        clauses = (raw,)
    elif isinstance(raw, LList) and raw and all(isinstance(x, str) and x for x in raw):
        clauses = tuple(raw)
    else:
        cf.fail(c, f"clauses 应当是条款 id 的列表，写的是 {_shown(raw)}", "例如 clauses: [art5-1, art5-2]", key="clauses")
    if owner not in clauses:
        clauses = (owner, *clauses)
    limit = cf.dated(c, "limit", "money") if has_limit else None
    max_grants = cf.count(c, "max_grants", None)
    cap = m.Cap(f"{owner}#cap{index + 1}", cast(Any, scope), limit, max_grants, years, clauses,
                cf.text(c, "label", ""), cf.quote(c, required=False) or None)
    refs.append((cf, c, cap))
    return cap


def _schedule(cf: _File, c: LDict) -> m.Schedule:
    if c.get("schedule") is None:
        return m.Schedule("lump_sum")
    s = cf.mapping(c["schedule"], "schedule", ("type", "shares", "years", "period", "note"), ("type",),
                   line=cf.at(c, "schedule"))
    stype = cf.name(s, "type", {"lump_sum": "一次性", "tranches": "分期", "annual": "逐年", "periodic": "按期"})
    for key, only in (("shares", "tranches"), ("period", "periodic")):
        if key in s and stype != only:
            cf.fail(s, f"{key} 只用于 type: {only}，这里是 {stype}", f"删去 {key}，或把 type 改为 {only}", key=key)
    if "years" in s and stype not in ("annual", "tranches"):
        cf.fail(s, f"years 只用于 annual 或 tranches，这里是 {stype}", "删去 years", key="years")
    shares: tuple[Fraction, ...] = ()
    if stype == "tranches":
        raw = s.get("shares")
        if not isinstance(raw, LList) or len(raw) < 2:
            cf.fail(s, "分期支付需要至少两期的 shares 列表", "例如 shares: [50%, 30%, 20%]", key="shares")
        shares = tuple(cast(Fraction, cf.scalar(raw[i], "rate", cf.at(raw, i))) for i in range(len(raw)))
        if sum(shares, Fraction(0)) != 1:
            cf.fail(s, "各期比例之和应当等于 100%", "调整各期比例，使之和为 100%", key="shares")
    years = cast(int, cf.count(s, "years", len(shares) if shares else 1))
    if shares and years != len(shares):
        cf.fail(s, f"years（{years}）与 shares 的期数（{len(shares)}）不一致", "删去 years，或使两者一致", key="years")
    return m.Schedule(cast(Any, stype), shares, years, cf.text(s, "period", ""), cf.text(s, "note", ""))
