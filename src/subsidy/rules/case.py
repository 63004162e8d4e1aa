"""A case: what is known about an applicant and an application, read from YAML or JSON.

A fact that is absent or ``null`` is *unknown* — never zero or false. The same holds for the three
records the rules consult besides facts: ``history`` (earlier grants to the entity), ``other_support``
(support received under other programmes) and ``bars`` (sanctions barring applications). An empty
list means "none"; an absent key means "not stated".

Every value is read by its declared domain (docs/case-format.md), and anything outside it is a
:class:`CaseInputError` naming the field, the line when known, and what to write instead:

- money carries its unit (``300万元``, ``3000000元``, ``300万``), is not negative and at most
  :data:`subsidy.money.MAX_FEN`; a bare number is refused, never read in some unit;
- a yes/no is ``true``/``false`` or ``是``/``否`` (the text ``"false"`` is false), nothing else;
- a year is an integer from :data:`YEAR_MIN` to :data:`YEAR_MAX` (not a boolean, not ``2026.9``);
- a date is a real calendar date (``2027-03-01``), not a date-time;
- integer and number facts lie in their declared range (default 0 … :data:`NUMBER_MAX`), numbers
  with at most :data:`MAX_DECIMALS` decimals; NaN and infinities are refused;
- text is at most :data:`MAX_TEXT` characters without control characters.

Files are read with the limits of :mod:`subsidy.rules.yamlsource` (size, nesting, number length,
no YAML aliases).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from pathlib import Path
from typing import Any, NoReturn

from subsidy.errors import CaseInputError, PolicyFileError, PolicyNotFound
from subsidy.money import MoneyFormatError, parse_money
from subsidy.rules.model import NUMBER_MAX, FactDef, Policy
from subsidy.rules.yamlsource import MAX_DEPTH, MAX_NUMBER_CHARS, LDict, line_of, load_case_yaml, read_utf8
from subsidy.suggest import aside

__all__ = [
    "CASE_FILE_BYTES",
    "NUMBER_MAX",
    "YEAR_MAX",
    "YEAR_MIN",
    "Bar",
    "Case",
    "FactValue",
    "Grant",
    "OtherSupport",
    "fact_key",
    "load_case_file",
    "load_case_text",
    "parse_bool",
    "parse_case",
    "parse_date",
    "parse_fact",
    "parse_input_money",
    "parse_text",
    "parse_year",
    "read_case_file",
    "shown",
]

FactValue = int | Fraction | str | bool | dt.date | list[dict[str, Any]]

CASE_FILE_BYTES = 64 * 1024
YEAR_MIN, YEAR_MAX = 1990, 2100
MAX_DECIMALS = 10
MAX_TEXT = 500
MAX_RECORDS = 10_000


@dataclass(frozen=True)
class Grant:
    """A grant the entity already received under a policy's clause (from the ledger, or stated)."""

    policy: str
    clause: str
    year: int
    fen: int
    project: str | None = None


@dataclass(frozen=True)
class OtherSupport:
    """Support the entity already has under another policy (for 差额 and 不重复)."""

    programme: str
    level: str
    year: int
    fen: int
    same_matter: bool
    one_matter_decision: bool = False
    zone: str | None = None
    clause: str | None = None  # the clause of the assessed policy it paid for: deducted from that clause only
    matter: str | None = None  # the matter it paid for (支持事项), as a ``deduct`` filter's ``matters`` name it


@dataclass(frozen=True)
class Bar:
    """A disqualification from applying (取消申报资格) until a date."""

    until: dt.date
    reason: str
    start: dt.date | None = None

    def active_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and day <= self.until


@dataclass(frozen=True)
class Case:
    """One case: the facts known about an entity and project, its records, and the date assessed."""

    name: str
    facts: dict[str, FactValue]
    as_of: dt.date
    year: int
    history: tuple[Grant, ...] | None
    other_support: tuple[OtherSupport, ...] | None
    bars: tuple[Bar, ...] | None
    project: str | None = None
    effective_from: dt.date | None = None
    policy: str | None = None
    expect: dict[str, Any] = field(default_factory=dict)


_CASE_KEYS = ("name", "policy", "as_of", "year", "effective_from", "project", "facts", "history",
              "other_support", "bars", "expect", "description")
_GRANT_KEYS = ("policy", "clause", "year", "amount", "project")
_SUPPORT_KEYS = ("programme", "level", "year", "amount", "same_matter", "one_matter_decision", "zone", "clause", "matter")
_BAR_KEYS = ("until", "reason", "from")


# ---- values ------------------------------------------------------------------------------

def shown(raw: Any) -> str:
    """A value as it may appear in a message: short, one line, no control characters."""
    if isinstance(raw, bool):
        text = "true" if raw else "false"
    elif isinstance(raw, dict):
        text = "{…}（映射）"
    elif isinstance(raw, list | tuple | set):
        text = "[…]（列表）"
    elif isinstance(raw, str | int | Decimal | dt.date):
        text = str(raw) if not isinstance(raw, int) or abs(raw) < 10**30 else "（过长的数字）"
    else:
        text = f"（{type(raw).__name__}）"
    if len(text) > 40:
        text = text[:40] + "…"
    if text.isprintable():  # no character of category C (the common case: nothing to escape)
        return text
    return "".join(c if unicodedata.category(c)[0] != "C" else f"\\u{ord(c):04x}" for c in text)


def parse_text(raw: Any, where: str, *, identifier: bool = False) -> str:
    """Text of at most :data:`MAX_TEXT` characters without control characters; ``identifier``
    also takes an integer (a project number written as ``12``)."""
    if identifier and isinstance(raw, int) and not isinstance(raw, bool) and abs(raw) < 10**18:
        return str(raw)
    if not isinstance(raw, str):
        raise CaseInputError(where, f"应当是文字，写的是「{shown(raw)}」", "写成一行文字")
    if len(raw) > MAX_TEXT:
        raise CaseInputError(where, f"文字超过 {MAX_TEXT} 个字符", "缩短该项")
    # printable text has no character of those categories (str.isprintable: no Other, no Separator
    # but the space): each character's category is looked up only in the rare text that is not
    if not raw.isprintable() and any(unicodedata.category(c) in ("Cc", "Cs", "Cf") and c != "\u200d" for c in raw):
        raise CaseInputError(where, f"文字含有控制字符「{shown(raw)}」", "删除其中不可见的控制字符")
    return raw.strip()


_BOOL_TEXT = {"true": True, "false": False, "是": True, "否": False}


def parse_bool(raw: Any, where: str, label: str = "") -> bool:
    """``true``/``false`` or ``是``/``否`` (as YAML/JSON booleans or as text); nothing else."""
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, str) and raw.strip().lower() in _BOOL_TEXT:
        return _BOOL_TEXT[raw.strip().lower()]
    what = f"「{label}」" if label else ""
    raise CaseInputError(where, f"{what}应当是 true 或 false（是 或 否），写的是「{shown(raw)}」",
                         "写 true 或 false（也可写 是 或 否）")


def parse_year(raw: Any, where: str) -> int:
    """An integer year from :data:`YEAR_MIN` to :data:`YEAR_MAX` (a four-digit text is read too)."""
    if isinstance(raw, str) and re.fullmatch(r"[0-9]{4}", raw.strip()):
        raw = int(raw)
    if isinstance(raw, bool) or not isinstance(raw, int):
        raise CaseInputError(where, f"「{shown(raw)}」不是年份", "写成四位整数年份，如 2027")
    if not YEAR_MIN <= raw <= YEAR_MAX:
        raise CaseInputError(where, f"年份 {shown(raw)} 不在 {YEAR_MIN}–{YEAR_MAX} 之间", "写成四位整数年份，如 2027")
    return raw


FACT_YEAR_MIN = 1900  # the earliest year of a date fact (a birth date)


def parse_date(raw: Any, where: str, earliest: int = YEAR_MIN) -> dt.date:
    """A real calendar date (``2027-03-01`` as YAML date or text) in the years ``earliest`` (by default
    :data:`YEAR_MIN`; a date fact: :data:`FACT_YEAR_MIN`, birth dates) … :data:`YEAR_MAX`; a date-time is
    refused."""
    if isinstance(raw, dt.datetime):
        raise CaseInputError(where, f"「{shown(raw)}」是日期时间，不是日期", "只写日期，如 2027-03-01")
    if isinstance(raw, str) and re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", raw.strip()):
        try:
            raw = dt.date.fromisoformat(raw.strip())
        except ValueError as exc:
            raise CaseInputError(where, f"「{shown(raw)}」不是真实存在的日期", "写成 2027-03-01") from exc
    if not isinstance(raw, dt.date):
        raise CaseInputError(where, f"「{shown(raw)}」不是日期", "写成 2027-03-01")
    if not earliest <= raw.year <= YEAR_MAX:
        raise CaseInputError(where, f"日期 {raw.isoformat()} 不在 {earliest}–{YEAR_MAX} 年之间", "写成 2027-03-01")
    return raw


_BARE_NUMBER_RE = re.compile(r"^\s*[-+]?[0-9][0-9_,]*(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?\s*$")


def _plain(d: Decimal) -> str:
    text = format(d, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _spellings(raw: Any, unit: str | None) -> str:
    """What to write instead of a bare number: both spellings of the amount it would be in 元."""
    try:
        d = Decimal(str(raw).replace(",", "").replace("_", "").strip())
        ok = d.is_finite() and 0 <= d < 10**16 and d.as_tuple().exponent >= -4  # type: ignore[operator]
    except (InvalidOperation, ValueError):
        ok = False
    if not ok:
        return "金额要带单位，写成 3000000元 或 300万元"
    hint = f"写成 {_plain(d)}元 或 {_plain(d / 10000)}万元"
    if unit and unit != "元":
        hint += f"（若指 {_plain(d)}{unit}，写成 {_plain(d)}{unit}）"
    return hint


def parse_input_money(raw: Any, where: str, unit: str | None = None, label: str = "") -> int:
    """An amount with its unit, in 分: ``300万元`` / ``3000000元`` / ``300万``; not negative, at most
    :data:`subsidy.money.MAX_FEN`. A bare number is refused; ``unit`` (the fact's unit) only shapes the hint."""
    what = f"「{label}」" if label else "金额"
    if isinstance(raw, bool):
        raise CaseInputError(where, f"{what}应当是金额，写的是「{shown(raw)}」", _spellings(None, unit))
    if isinstance(raw, int | Decimal | float) or (isinstance(raw, str) and _BARE_NUMBER_RE.match(raw)):
        raise CaseInputError(where, f"{what}写的是「{shown(raw)}」，缺少单位（元、万元或亿元）", _spellings(raw, unit))
    if not isinstance(raw, str):
        raise CaseInputError(where, f"{what}应当是带单位的金额，写的是「{shown(raw)}」", "写成 3000000元 或 300万元")
    try:
        fen = parse_money(raw).fen
    except MoneyFormatError as exc:
        raise CaseInputError(where, f"{what}：{exc}",
                             "写成不带千分位、用半角数字的金额，如 3000000元 或 300万元（至多精确到分）") from exc
    if fen < 0:
        raise CaseInputError(where, f"{what}不能为负数（写的是「{shown(raw)}」）", "写成 0 或正的金额，如 80万元")
    return fen


_NUMBER_TEXT_RE = re.compile(r"^\s*-?[0-9]{1,16}(?:\.[0-9]{1,16})?\s*$")


def _decimal(raw: Any, where: str, label: str) -> Decimal:
    """A finite, bounded decimal from an int, a Decimal or a plain decimal text."""
    def bad() -> CaseInputError:  # spelled only when raised
        return CaseInputError(where, f"「{label}」应当是数字，写的是「{shown(given)}」", "写成如 3 或 0.25 的数字")

    given = raw
    if isinstance(raw, bool | float):
        raise bad()
    if isinstance(raw, int):
        if abs(raw) >= 10**MAX_NUMBER_CHARS:
            raise bad()
        return Decimal(raw)
    if isinstance(raw, str):
        if not _NUMBER_TEXT_RE.match(raw):
            raise bad()
        raw = Decimal(raw.strip())
    if not isinstance(raw, Decimal) or not raw.is_finite():
        raise bad()
    _, digits, exponent = raw.as_tuple()
    assert isinstance(exponent, int)
    if len(digits) > MAX_NUMBER_CHARS or not -MAX_NUMBER_CHARS <= exponent <= MAX_NUMBER_CHARS:
        raise bad()
    return raw


def _in_range(f: FactDef, value: Fraction, where: str, raw: Any) -> None:
    lo, hi = f.range
    if value < lo:
        raise CaseInputError(where, f"「{f.label}」不能小于 {_plain(Decimal(lo.numerator) / lo.denominator)}"
                             f"（写的是「{shown(raw)}」）", "写成该事实允许范围内的数")
    if value > hi:
        raise CaseInputError(where, f"「{f.label}」不能大于 {_plain(Decimal(hi.numerator) / hi.denominator)}"
                             f"（写的是「{shown(raw)}」）", "写成该事实允许范围内的数" +
                             ("；比例写成小数，25% 写作 0.25" if hi == 1 else ""))


def parse_fact(f: FactDef, raw: Any, where: str) -> FactValue:
    """Convert a raw value to the fact's type, or say exactly what is wrong."""
    if f.type == "date":
        return parse_date(raw, where, FACT_YEAR_MIN)
    if f.type == "list":
        return _parse_items(f, raw, where)
    if f.type == "bool":
        return parse_bool(raw, where, f.label)
    if f.type == "money":
        return parse_input_money(raw, where, f.unit, f.label)
    if f.type == "integer":
        if isinstance(raw, str) and (digits := re.fullmatch(r"\s*(-?)[0-9]{17,}\s*", raw)):  # a whole number,
            _in_range(f, Fraction(-1 if digits[1] else 1) * 10**16, where, raw)  # beyond any range: said so
        if isinstance(raw, str) and re.fullmatch(r"\s*-?[0-9]{1,16}\s*", raw):
            raw = int(raw)
        if isinstance(raw, bool) or not isinstance(raw, int) or abs(raw) >= 10**MAX_NUMBER_CHARS:
            raise CaseInputError(where, f"「{f.label}」应当是整数，写的是「{shown(raw)}」", "写成不带小数点的整数，如 3")
        _in_range(f, Fraction(raw), where, raw)
        return raw
    if f.type == "number":
        d = _decimal(raw, where, f.label)
        exponent = d.as_tuple().exponent
        assert isinstance(exponent, int)
        if -exponent > MAX_DECIMALS and d != d.to_integral_value():
            raise CaseInputError(where, f"「{f.label}」的小数超过 {MAX_DECIMALS} 位", "写成至多 10 位小数的数")
        number = Fraction(d)
        _in_range(f, number, where, raw)
        return number
    if isinstance(raw, bool) or not isinstance(raw, str | int):
        raise CaseInputError(where, f"「{f.label}」应当是文字，写的是「{shown(raw)}」", f"可选：{'、'.join(f.values)}")
    value = str(raw).strip()
    if value not in f.values:
        raise CaseInputError(where, f"「{shown(value)}」不是「{f.label}」的可选值{aside(value, f.values)}",
                             f"可选：{'、'.join(f.values)}")
    return value


def _parse_items(f: FactDef, raw: Any, where: str) -> list[dict[str, Any]]:
    """A list fact: a list of items, each a mapping of every field (or, when the item has one field, its
    value bare: ``meals: [12元, 8元]``)."""
    from subsidy.rules.items import MAX_ITEMS

    names = [i.name for i in f.items]
    example = "、".join(f"{i.name}: …" for i in f.items)
    if not isinstance(raw, list):
        raise CaseInputError(where, f"「{f.label}」是列表，写的是「{shown(raw)}」", f"每项一行，以「- 」开头，如 - {{{example}}}")
    if len(raw) > MAX_ITEMS:
        raise CaseInputError(where, f"「{f.label}」超过 {MAX_ITEMS} 项", "分成几个案例")
    out: list[dict[str, Any]] = []
    for n, item in enumerate(raw):
        at = f"{where}[{n + 1}]"
        if not isinstance(item, dict):
            if len(f.items) != 1:
                raise CaseInputError(at, f"「{f.label}」的每一项应当是映射，写的是「{shown(item)}」", f"写成 {{{example}}}")
            item = {names[0]: item}
        for key in item:
            if key not in names:
                raise CaseInputError(f"{at}.{shown(key)}", f"「{f.label}」的项没有这个字段{aside(key, names)}",
                                     f"字段：{'、'.join(names)}")
        parsed: dict[str, Any] = {}
        for item_def in f.items:
            if item.get(item_def.name) is None:
                raise CaseInputError(f"{at}.{item_def.name}", f"缺少「{item_def.label}」", "列表的每一项都要写全所有字段")
            parsed[item_def.name] = parse_fact(item_def, item[item_def.name], f"{at}.{item_def.name}")
        out.append(parsed)
    return out


# ---- files -------------------------------------------------------------------------------

def _json_constant(name: str) -> NoReturn:
    raise CaseInputError("JSON", f"不接受 {name}", "写成有限的数；金额写成带单位的文字，如 \"300万元\"")


def _json_number(text: str, convert: Callable[[str], Any]) -> Any:
    if len(text) > MAX_NUMBER_CHARS:
        raise CaseInputError("JSON", f"数字过长（超过 {MAX_NUMBER_CHARS} 个字符）：{text[:20]}…")
    return convert(text)


def _json_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise CaseInputError(shown(key), "JSON 中重复的键", "每个键只写一次")
        out[key] = value
    return out


# Unicode's control characters (category Cc: U+0000–U+001F, U+007F–U+009F) but tab, LF and CR, and
# lone surrogates (Cs).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def _control(text: str) -> str | None:
    hit = _CONTROL.search(text)
    return None if hit is None else f"U+{ord(hit.group(0)):04X}"


def _check_tree(data: Any, path: str) -> None:
    """Nesting at most :data:`MAX_DEPTH`; no control character or lone surrogate in any key or text."""
    # Each entry keeps the keys and indices that lead to its node; the field's name is spelled only
    # for an error (spelling it for every node is most of the work on a clean case).
    stack: list[tuple[Any, int, tuple[Any, ...]]] = [(data, 1, ())]
    while stack:
        node, depth, trail = stack.pop()
        if depth > MAX_DEPTH:
            raise CaseInputError(path, f"嵌套超过 {MAX_DEPTH} 层", "案例文件只需几层映射和列表")
        if isinstance(node, dict):
            for k, v in node.items():
                if isinstance(k, str) and (bad := _control(k)):
                    raise CaseInputError(_trail_name((*trail, k)), f"键含有控制字符（{bad}）", "删除其中不可见的控制字符")
                stack.append((v, depth + 1, (*trail, k)))
        elif isinstance(node, list):
            stack.extend((v, depth + 1, (*trail, [i])) for i, v in enumerate(node))
        elif isinstance(node, str) and (bad := _control(node)):
            raise CaseInputError(_trail_name(trail) or path, f"文字含有控制字符（{bad}）", "删除其中不可见的控制字符")


def _trail_name(trail: tuple[Any, ...]) -> str:
    """``facts.name[2]`` from the keys (and ``[index]`` lists) that lead to a node."""
    out = ""
    for part in trail:
        if isinstance(part, list):
            out += f"[{part[0]}]"
        else:
            out = f"{out}.{shown(part)}" if out else shown(part)
    return out


def _load_json(text: str, path: str) -> Any:
    import json  # a JSON case file only (start-up)

    try:
        data = json.loads(text, parse_float=lambda s: _json_number(s, Decimal),
                          parse_int=lambda s: _json_number(s, int), parse_constant=_json_constant,
                          object_pairs_hook=_json_object)
    except json.JSONDecodeError as exc:
        raise CaseInputError(path, f"JSON 格式错误：{exc.msg}", "检查括号、引号和逗号", line=exc.lineno) from exc
    except RecursionError as exc:
        raise CaseInputError(path, f"嵌套超过 {MAX_DEPTH} 层", "案例文件只需几层映射和列表") from exc
    except CaseInputError as exc:
        raise CaseInputError(path, f"{exc.field}: {exc.problem}" if exc.field != "JSON" else exc.problem,
                             exc.hint) from exc
    return data


def load_case_file(path: Path) -> dict[str, Any]:
    """Read a case file (YAML or JSON) as raw data; numbers with decimals stay exact."""
    return load_case_text(read_case_file(path), str(path), is_json=path.suffix.lower() == ".json")


def read_case_file(path: Path) -> str:
    """The text of a case file (at most :data:`CASE_FILE_BYTES`, UTF-8), for :func:`load_case_text`."""
    try:
        return read_utf8(path, CASE_FILE_BYTES)
    except PolicyFileError as exc:
        raise CaseInputError(str(path), exc.problem, exc.hint, line=exc.line) from exc


def load_case_text(text: str, where: str, *, is_json: bool) -> dict[str, Any]:
    """Read a case given as text (YAML, or JSON when ``is_json``), with the limits and checks of a
    case file (its size is the caller's: at most :data:`CASE_FILE_BYTES`); ``where`` names it in
    errors (a path, or the request body)."""
    try:
        data = _load_json(text, where) if is_json else load_case_yaml(text, where)
    except PolicyFileError as exc:
        raise CaseInputError(where, exc.problem, exc.hint, line=exc.line) from exc
    if not isinstance(data, dict):
        raise CaseInputError(where, "案例文件应当是键值映射", "参见 docs/case-format.md")
    try:
        _check_tree(data, where)
    except CaseInputError as exc:
        line = line_of(data, _field_loc(exc.field)) if isinstance(data, LDict) else 0
        raise CaseInputError(exc.field, exc.problem, exc.hint, line=line) from exc
    return data


def case_policy_id(data: dict[str, Any], given: str | None = None) -> str:
    """The policy a case names (``given`` — the ``--policy`` option — first)."""
    if given is not None:
        return given
    if data.get("policy") is None:
        raise CaseInputError("policy", "未指定政策", "用 --policy 指定，或在案例中写 policy: 政策编号")
    key = parse_text(data["policy"], "policy")
    if not _POLICY_ID_RE.fullmatch(key):
        raise CaseInputError("policy", f"「{shown(key)}」不是政策编号", "写政策编号，如 cn-bj-chaoyang-smart-eldercare"
                             "（`subsidy policies` 列出全部）")
    return key


_POLICY_ID_RE = re.compile(r"[a-z0-9][a-z0-9_-]{0,99}")


# ---- the case ----------------------------------------------------------------------------

def _record_list(raw: Any, where: str, keys: tuple[str, ...]) -> list[dict[str, Any]] | None:
    if raw is None:
        return None
    if not isinstance(raw, list):
        raise CaseInputError(where, "应当是记录列表", "没有记录时写 []")
    if len(raw) > MAX_RECORDS:
        raise CaseInputError(where, f"记录超过 {MAX_RECORDS} 条", "只写与本次评估有关的记录")
    for i, r in enumerate(raw):
        if not isinstance(r, dict):
            raise CaseInputError(f"{where}[{i}]", f"应当是一条记录（映射），写的是「{shown(r)}」",
                                 f"可用字段：{'、'.join(keys)}")
        for k in r:
            if k not in keys:
                raise CaseInputError(f"{where}[{i}].{shown(k)}", "未知的字段", f"可用字段：{'、'.join(keys)}")
    return raw


def _required(r: dict[str, Any], where: str, *keys: str) -> None:
    for k in keys:
        if r.get(k) is None:
            raise CaseInputError(f"{where}.{k}", "缺少该项", f"在这条记录中写上 {k}（参见 docs/case-format.md）")


def _grants(records: list[dict[str, Any]], policy: Policy) -> tuple[Grant, ...]:
    items = []
    for i, r in enumerate(records):
        w = f"history[{i}]"
        _required(r, w, "clause", "year", "amount")
        clause_key = parse_text(r["clause"], f"{w}.clause", identifier=True)
        pol = policy.id if r.get("policy") is None else parse_text(r["policy"], f"{w}.policy")
        if pol == policy.id:
            try:
                clause_key = policy.clause(clause_key).id
            except PolicyNotFound as exc:
                raise CaseInputError(f"{w}.clause", str(exc)) from exc
        items.append(Grant(pol, clause_key, parse_year(r["year"], f"{w}.year"),
                           parse_input_money(r["amount"], f"{w}.amount"),
                           None if r.get("project") is None else parse_text(r["project"], f"{w}.project", identifier=True)))
    return tuple(items)


def _supports(records: list[dict[str, Any]], policy: Policy) -> tuple[OtherSupport, ...]:
    out = []
    for i, r in enumerate(records):
        from subsidy.vocabulary import SUPPORT_LEVELS  # only when there is support to read (start-up)

        w = f"other_support[{i}]"
        _required(r, w, "programme", "level", "year", "amount", "same_matter")
        level = SUPPORT_LEVELS.parse(r["level"], f"{w}.level")
        one_matter = r.get("one_matter_decision")
        clause = None
        if r.get("clause") is not None:  # the clause it paid for, of this policy (by id or citation)
            try:
                clause = policy.clause(parse_text(r["clause"], f"{w}.clause")).id
            except PolicyNotFound as exc:
                raise CaseInputError(f"{w}.clause", str(exc), "写本政策的条款 id 或条款编号；为其他事项获得的支持不写 clause") from exc
        out.append(OtherSupport(
            parse_text(r["programme"], f"{w}.programme"), level, parse_year(r["year"], f"{w}.year"),
            parse_input_money(r["amount"], f"{w}.amount"), parse_bool(r["same_matter"], f"{w}.same_matter"),
            False if one_matter is None else parse_bool(one_matter, f"{w}.one_matter_decision"),
            None if r.get("zone") is None else parse_text(r["zone"], f"{w}.zone"),
            clause, None if r.get("matter") is None else parse_text(r["matter"], f"{w}.matter")))
    return tuple(out)


def _bars(records: list[dict[str, Any]]) -> tuple[Bar, ...]:
    out = []
    for i, r in enumerate(records):
        w = f"bars[{i}]"
        _required(r, w, "until")
        start = None if r.get("from") is None else parse_date(r["from"], f"{w}.from")
        until = parse_date(r["until"], f"{w}.until")
        if start is not None and until < start:
            raise CaseInputError(f"{w}.until", f"结束日 {until.isoformat()} 早于开始日 {start.isoformat()}")
        out.append(Bar(until, "" if r.get("reason") is None else parse_text(r["reason"], f"{w}.reason"), start))
    return tuple(out)


_FIELD_PART_RE = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def _field_loc(field_path: str) -> list[str | int]:
    return [int(idx) if idx else name for name, idx in _FIELD_PART_RE.findall(field_path)]


def parse_case(data: dict[str, Any], policy: Policy, *, today: dt.date | None = None,
               name: str = "case") -> Case:
    """Check a raw case against ``policy``'s declared facts; unknown keys are refused. An error names
    the field and, for a YAML file, its line."""
    try:
        return _parse_case(data, policy, today, name)
    except CaseInputError as exc:
        line = exc.line or (line_of(data, _field_loc(exc.field)) if isinstance(data, LDict) else 0)
        if line == exc.line:
            raise
        raise CaseInputError(exc.field, exc.problem, exc.hint, line=line) from exc


def fact_key(policy: Policy, written: Any) -> str:
    """The fact a case file names, by its id (``project_budget``) or by its Chinese label
    (``项目预算``), as the template and ``subsidy show`` print both."""
    if isinstance(written, str):
        if written in policy.facts:
            return written
        label = written.strip()
        matches = [fid for fid, f in policy.facts.items() if f.label == label]
        if len(matches) == 1:
            return matches[0]
        if matches:
            raise CaseInputError(f"facts.{shown(written)}", f"名称「{label}」对应多个事实：{'、'.join(matches)}",
                                 "改用事实名（英文标识）")
    names = [*policy.facts, *(f.label for f in policy.facts.values())]
    raise CaseInputError(f"facts.{shown(written)}", f"政策 {policy.id} 没有这个事实{aside(written, names)}",
                         f"写事实名或其中文名称；用 `subsidy show {policy.id} --template` 查看该政策的全部事实")


def _parse_case(data: dict[str, Any], policy: Policy, today: dt.date | None, name: str) -> Case:
    if not isinstance(data, dict):
        raise CaseInputError("案例", "应当是键值映射", "参见 docs/case-format.md")
    for key in data:
        if key not in _CASE_KEYS:
            raise CaseInputError(shown(key), "未知的字段", f"可用字段：{'、'.join(_CASE_KEYS)}")
    facts_raw = {} if data.get("facts") is None else data["facts"]
    if not isinstance(facts_raw, dict):
        raise CaseInputError("facts", "应当是「事实名: 值」映射", "如 facts: {project_budget: 780万元}")
    facts: dict[str, FactValue] = {}
    named: dict[str, str] = {}
    for written, raw in facts_raw.items():
        key = fact_key(policy, written)
        name = shown(written)  # once per fact (a whole case: most of reading it was spelling these)
        if key in named:
            raise CaseInputError(f"facts.{name}", f"与「{named[key]}」是同一个事实（{key}），写了两次", "只保留一处")
        named[key] = name
        if raw is not None:
            facts[key] = parse_fact(policy.facts[key], raw, f"facts.{name}")
    if data.get("as_of") is None and today is None:
        raise CaseInputError("as_of", "缺少评估日期", "在案例中写 as_of: 2027-03-01，或用 --as-of 指定")
    as_of = parse_date(data["as_of"], "as_of") if data.get("as_of") is not None else today
    assert as_of is not None
    year = parse_year(data["year"], "year") if data.get("year") is not None else as_of.year
    hist = _record_list(data.get("history"), "history", _GRANT_KEYS)
    recs = _record_list(data.get("other_support"), "other_support", _SUPPORT_KEYS)
    brs = _record_list(data.get("bars"), "bars", _BAR_KEYS)
    eff = data.get("effective_from")
    expect = {} if data.get("expect") is None else data["expect"]
    if not isinstance(expect, dict):
        raise CaseInputError("expect", "应当是映射（期望结果）", "参见 docs/case-format.md")
    if data.get("description") is not None and not isinstance(data["description"], str):
        raise CaseInputError("description", "应当是文字", "写成一段文字，或删去该项")
    return Case(
        name=(None if data.get("name") is None else parse_text(data["name"], "name", identifier=True)) or name,
        facts=facts,
        as_of=as_of,
        year=year,
        history=None if hist is None else _grants(hist, policy),
        other_support=None if recs is None else _supports(recs, policy),
        bars=None if brs is None else _bars(brs),
        project=None if data.get("project") is None else parse_text(data["project"], "project", identifier=True),
        effective_from=parse_date(eff, "effective_from") if eff is not None else None,
        policy=None if data.get("policy") is None else parse_text(data["policy"], "policy"),
        expect=dict(expect),
    )

