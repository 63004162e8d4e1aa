"""Hostile case files, for the suite (hypothesis, bounded) and for ``bench/fuzz.py`` (long runs).

Every generated file carries an oracle: ``invalid`` (a mutation known to break the declared domain:
negative money, a bare number for money, a wrong type, an impossible date, a YAML alias ... — it
must be refused), ``valid`` (a re-spelling of a good value: ``300万元`` as ``3000000元``, ``true`` as
``是`` — it must give the same outcome as the file it came from) or ``any`` (random damage: any
outcome is fine, but never a traceback or a hang).

The generator is plain Python over a ``random.Random`` so both users share it: the hypothesis test
draws the ``Random`` (``st.randoms()``), the bench seeds its own.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml
from hypothesis import strategies as st

from subsidy.errors import SubsidyError
from subsidy.money import FEN_PER_UNIT
from subsidy.rules.case import MAX_TEXT, NUMBER_MAX, case_policy_id, load_case_file, parse_case
from subsidy.rules.check import case_files
from subsidy.rules.evaluate import assess
from subsidy.rules.model import FactDef, Policy
from subsidy.rules.registry import find_policy, list_policy_dirs, load_cached
from subsidy.rules.report import result_json

__all__ = ["BASES", "TODAY", "Base", "Fuzzed", "Judge", "Outcome", "fuzzed_case", "hostile_cases", "injected_cases",
           "run_case_file"]

ROOT = Path(__file__).resolve().parents[1]
TODAY = dt.date(2027, 3, 1)


@dataclass(frozen=True)
class Base:
    path: Path
    policy: Policy
    data: dict[str, Any]  # plain dicts and lists, Decimal and date values


@dataclass(frozen=True)
class Fuzzed:
    kind: str  # the mutation, for reports
    oracle: str  # "invalid" | "valid" | "any"
    suffix: str  # ".yaml" | ".json"
    content: bytes
    base: Base


def _plain(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_plain(v) for v in node]
    return node


def _bases() -> list[Base]:
    paths = [p for d in list_policy_dirs() for p in case_files(load_cached(d))]
    paths += sorted((ROOT / "examples").glob("*.yaml"))
    out = []
    for p in paths:
        data = _plain(load_case_file(p))
        out.append(Base(p, find_policy(str(data["policy"])), data))
    return out


BASES = _bases()

# ---- values by domain: (YAML text, JSON text or None when JSON cannot say it) ------------------

Snippet = tuple[str | None, str | None]


def _q(text: str) -> Snippet:
    """A string, quoted in both forms."""
    return json.dumps(text, ensure_ascii=False), json.dumps(text, ensure_ascii=False)


def _same(text: str) -> Snippet:
    return text, text


HUGE = "9" * 5000
BAD_MONEY: list[Snippet] = [
    _q("-80万元"), _q("-0.01元"), _same("3000000"), _q("3000000"), _same("3000000.5"), _same("3e6"), _same("-5"),
    _q("2万亿元"), _q("10000000000001元"), _q("100000001万元"), _q("0.001元"), _q("0.0000001万元"), _q("３００万元"),
    _q("3,000,000元"), _q("NaN元"), _q("Infinity元"), _q("1e5元"), _same("true"), _same("false"), ("[300万元]", '["300万元"]'),
    ("{a: 1}", '{"a": 1}'), _same("1e999999999"), (".inf", "Infinity"), (".nan", "NaN"), _q(HUGE + "元"),
    _q("300万美元"), _q("300万元元"), _q("三百万元"), _q("万元"), _q(""), (HUGE, HUGE), _q("+300万元"),
    ("2027-01-01", '"2027-01-01"'),
]
BAD_BOOL: list[Snippet] = [
    _q("no"), ("no", '"no"'), ("yes", '"yes"'), ("on", '"on"'), ("off", '"off"'), _q("0"), _q("1"), _same("1"),
    _same("0"), _q("真"), _q("假"), ("[]", "[]"), ("{}", "{}"), _q("false!"), _q("t"), _q("f"), _same("0.0"),
    ("2027-01-01", '"2027-01-01"'), _q("是的"), _q("不是"), _same("-1"), (".nan", "NaN"),
]
BAD_YEAR: list[Snippet] = [
    _same("true"), _same("false"), _same("2026.9"), _same("2027.0"), _same("1"), _same("0"), _same("-2027"),
    _same("99999"), _same("1989"), _same("2101"), _q("2026.0"), _q("二〇二六"), ("[2027]", "[2027]"),
    ("2027-01-01", '"2027-01-01"'), _same("1e999999999"), (".inf", "Infinity"), _q("２０２７"), _q(" 2027x"),
    (HUGE, HUGE), _same("2027e0"), ("{y: 2027}", '{"y": 2027}'),
]
BAD_DATE: list[Snippet] = [
    ("2027-02-29", '"2027-02-29"'), ("2027-13-01", '"2027-13-01"'), ("2027-00-10", '"2027-00-10"'),
    ("2027-04-31", '"2027-04-31"'), ("2027-03-01 10:00:00", '"2027-03-01T10:00:00"'),
    ("2027-03-01T10:00:00Z", '"2027-03-01 10:00:00"'), _same("20270301"), _q("2027/03/01"), _same("true"),
    ("1989-12-31", '"1989-12-31"'), ("2101-01-01", '"2101-01-01"'), _q("2027-3-1x"), _same("2027"),
    _q("明天"), ("[2027-03-01]", '["2027-03-01"]'), _q("0001-01-01"), _q("9999-12-31"), _q("2027-W09-1"),
]
BAD_INTEGER: list[Snippet] = [
    _same("-1"), _same("1.5"), _same("2.0"), _q("abc"), _same("true"), _same(str(NUMBER_MAX + 1)), _q("1e3"),
    ("[1]", "[1]"), (".nan", "NaN"), (".inf", "Infinity"), _q("½"), _q("３"), _same("1e999999999"), (HUGE, HUGE),
    _q("1_000"), ("1:30", '"1:30"'), ("0x10", '"0x10"'), _q("-0.5"), _q(" 3 个"),
]
BAD_NUMBER: list[Snippet] = [
    _same("-0.5"), _same("-1"), (".nan", "NaN"), (".inf", "Infinity"), ("-.inf", "-Infinity"), _same("1e999999999"),
    _same("1e-999999999"), _q("NaN"), _q("Infinity"), _q("0.25%"), _same("true"), _same(str(NUMBER_MAX + 1)),
    _same("0.12345678901"), _q("1e5"), ("[0.5]", "[0.5]"), (HUGE, HUGE), _q("0,5"), _q("五成"),
]
BAD_CATEGORY: list[Snippet] = [_q("不存在的类别"), ("[x]", '["x"]'), _same("true"), ("{a: 1}", '{"a": 1}'), _same("1.5")]
# 市级 / City are accepted spellings of city (subsidy/vocabulary.py): a bad level is a word no level has
BAD_LEVEL: list[Snippet] = [_q("town"), _same("5"), _same("true"), ("[city]", '["city"]'), _q("镇级"), _q("市县")]
BAD_TEXT: list[Snippet] = [
    ("[1, 2]", "[1, 2]"), ("{a: 1}", '{"a": 1}'), _same("true"), _q("x" * (MAX_TEXT + 1)),
    ('"a\\0b"', '"a\\u0000b"'), ('"\\e[2J"', '"\\u001b[2J"'), ('"x\\u202e"', '"x\\u202e"'), (None, '"\\ud800"'),
    _same("1.5"),
]
HOSTILE_ANY: list[Snippet] = [
    _same("null"), ("~", "null"), ("", '""'), _q("[/bold]"), _q("[red]x[/red]"), _q("{x}"), _q("%s%n"),
    _q("\u3000"), _q("🙂"), ("!!binary aGVsbG8=", None), ("!!set {a, b}", None), ("!!omap [a: 1]", None),
    ("!foo x", None), ("!!python/object:os.system x", None), ("!!str 1", None), ("!!int abc", None),
    ("!!float abc", None), ("!!bool maybe", None), ("!!timestamp nope", None), ("!!null x", None),
    ("&anchor 1", None), ("*nope", None), ("<<: {a: 1}", None), ("? [a]\n: b", None),
    ("[" * 60 + "]" * 60, "[" * 60 + "]" * 60), ("[" * 5000, "[" * 5000), ("{" * 5000, "{" * 5000),
]

_BOOL_RESPELL = {True: ['"是"', '"true"', "True", "TRUE", '" true "'], False: ['"否"', '"false"', "False", "FALSE"]}


def _money_respellings(text: str) -> list[str]:
    from subsidy.money import parse_money

    fen = parse_money(text).fen
    out = [f'"{Decimal(fen) / 100}元"']
    for unit, short in (("万元", "万"), ("亿元", "亿")):
        value = Decimal(fen) / FEN_PER_UNIT[unit]
        if value * FEN_PER_UNIT[unit] == fen:
            v = format(value.normalize(), "f")
            out += [f'"{v}{unit}"', f'"{v}{short}"', f'" {v} {unit} "']
    return out


# a list fact (items of several fields): not a list, or items that are not mappings of every field
BAD_LIST: list[Snippet] = [("5", "5"), ('"x"', '"x"'), ("{a: 1}", '{"a": 1}'), ("[5]", "[5]"), ("[{}]", "[{}]")]

# ---- targets -----------------------------------------------------------------------------

Path_ = tuple[str | int, ...]


def _fact_bad(f: FactDef) -> list[Snippet]:
    pool = {"money": BAD_MONEY, "bool": BAD_BOOL, "integer": BAD_INTEGER, "number": BAD_NUMBER,
            "category": BAD_CATEGORY, "date": BAD_DATE, "list": BAD_LIST}[f.type]
    if f.type == "number" and f.maximum is not None:
        pool = [*pool, _same(str(f.maximum + 1))]
    if f.type == "category":
        pool = [s for s in pool if s[0].strip('"') not in f.values]
    return pool


def _targets(base: Base) -> list[tuple[Path_, list[Snippet], str]]:
    """Every place a known-invalid value can go: (path, bad values, domain)."""
    d = base.data
    out: list[tuple[Path_, list[Snippet], str]] = []
    for name, f in base.policy.facts.items():
        out.append((("facts", name), _fact_bad(f), {"date": "date_fact"}.get(f.type, f.type)))
    out += [(("as_of",), BAD_DATE, "date"), (("effective_from",), BAD_DATE, "date"), (("year",), BAD_YEAR, "year"),
            (("name",), BAD_TEXT, "text"), (("project",), BAD_TEXT, "text"), (("policy",), [*BAD_TEXT[:4], _q("x" * 300), _q("../policies/x"), _q("/dev"), _q("CN-BJ")], "text")]
    for i, _ in enumerate(d.get("history") or []):
        out += [(("history", i, "amount"), BAD_MONEY, "money"), (("history", i, "year"), BAD_YEAR, "year"),
                (("history", i, "clause"), [*BAD_TEXT[:3], _q("art99")], "text")]
    for i, _ in enumerate(d.get("other_support") or []):
        out += [(("other_support", i, "amount"), BAD_MONEY, "money"), (("other_support", i, "year"), BAD_YEAR, "year"),
                (("other_support", i, "same_matter"), [*BAD_BOOL, _same("null")], "bool"),
                (("other_support", i, "one_matter_decision"), BAD_BOOL, "bool"),
                (("other_support", i, "level"), BAD_LEVEL, "text"), (("other_support", i, "programme"), BAD_TEXT, "text")]
    for i, _ in enumerate(d.get("bars") or []):
        out += [(("bars", i, "until"), BAD_DATE, "date"), (("bars", i, "from"), BAD_DATE, "date"),
                (("bars", i, "reason"), BAD_TEXT, "text")]
    for key in ("history", "other_support", "bars"):
        out.append(((key,), [_same("5"), _q("x"), ("[5]", "[5]"), ("{a: 1}", '{"a": 1}'), ("[[1]]", "[[1]]"),
                             ("[{amout: 1万元}]", '[{"amout": "1万元"}]')], "records"))
    out.append((("facts",), [_same("5"), ("[a]", '["a"]'), _q("x"), ("{no_such_fact: true}", '{"no_such_fact": true}')],
                "facts"))
    out.append((("expect",), [_same("5"), ("[1]", "[1]"), _q("x")], "expect"))
    out.append((("no_such_field",), [_same("1"), _same("null")], "unknown"))
    return out


def _set(data: dict[str, Any], path: Path_, value: Any) -> dict[str, Any]:
    out = _copy(data)
    node: Any = out
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value
    return out


def _copy(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _copy(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_copy(v) for v in node]
    return node


def _get(data: dict[str, Any], path: Path_) -> Any:
    node: Any = data
    for part in path:
        node = node[part]
    return node


# ---- serialising with a raw snippet in place ------------------------------------------------

_MUT = "__MUTATION__"


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    pass


_Dumper.add_representer(Decimal, lambda d, v: d.represent_scalar("tag:yaml.org,2002:float", str(v)))


def _yaml(data: dict[str, Any], snippet: str | None = None) -> str:
    text = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, default_flow_style=False, width=10**6)
    if snippet is not None:
        text = text.replace(_MUT, snippet, 1)
    return text


def _json(data: dict[str, Any], snippet: str | None = None) -> str:
    def default(v: Any) -> Any:
        if isinstance(v, Decimal):
            return f"__DEC__{v}__"
        if isinstance(v, dt.date):
            return v.isoformat()
        raise TypeError(type(v).__name__)

    text = json.dumps(data, ensure_ascii=False, default=default, indent=1)
    text = re.sub(r'"__DEC__(.*?)__"', r"\1", text)
    if snippet is not None:
        text = text.replace(f'"{_MUT}"', snippet, 1)
    return text


# ---- the generator -------------------------------------------------------------------------

def _domain_mutation(rng: random.Random, base: Base, as_json: bool) -> Fuzzed:
    targets = _targets(base)
    domain = rng.choice(sorted({t[2] for t in targets}))  # each domain as often, not each bool fact
    path, pool, _ = rng.choice([t for t in targets if t[2] == domain])
    yaml_text, json_text = rng.choice(pool)
    snippet = json_text if as_json else yaml_text
    if snippet is None:  # this form exists in only one of the two syntaxes
        as_json, snippet = (not as_json), (yaml_text if as_json else json_text)
    assert snippet is not None
    data = _set(base.data, path, _MUT)
    text = _json(data, snippet) if as_json else _yaml(data, snippet)
    return Fuzzed(f"invalid {domain} {'.'.join(map(str, path))}", "invalid", ".json" if as_json else ".yaml",
                  text.encode("utf-8", "surrogatepass"), base)


def _respelling(rng: random.Random, base: Base, as_json: bool) -> Fuzzed | None:
    spots: list[tuple[Path_, list[str]]] = []
    for name, value in (base.data.get("facts") or {}).items():
        f = base.policy.facts.get(name)
        if f is None or value is None:
            continue
        if f.type == "money" and isinstance(value, str):
            spots.append((("facts", name), _money_respellings(value)))
        elif f.type == "bool" and isinstance(value, bool):
            spots.append((("facts", name), _BOOL_RESPELL[value]))
        elif (f.type == "integer" and isinstance(value, int)) or (f.type == "number" and isinstance(value, Decimal)):
            spots.append((("facts", name), [f'"{value}"']))
    for key in ("history", "other_support"):
        for i, r in enumerate(base.data.get(key) or []):
            if isinstance(r.get("amount"), str):
                spots.append(((key, i, "amount"), _money_respellings(r["amount"])))
            if isinstance(r.get("year"), int):
                spots.append(((key, i, "year"), [f'"{r["year"]}"']))
            if isinstance(r.get("same_matter"), bool):
                spots.append(((key, i, "same_matter"), _BOOL_RESPELL[r["same_matter"]]))
    for key in ("as_of", "effective_from"):
        if isinstance(base.data.get(key), dt.date):
            spots.append(((key,), [f'"{base.data[key].isoformat()}"']))
    if not spots:
        return None
    path, forms = rng.choice(spots)
    snippet = rng.choice(forms)
    if as_json and not snippet.startswith('"'):
        snippet = snippet.lower()  # JSON has only true/false
    data = _set(base.data, path, _MUT)
    text = _json(data, snippet) if as_json else _yaml(data, snippet)
    return Fuzzed(f"valid respelling {'.'.join(map(str, path))}", "valid", ".json" if as_json else ".yaml",
                  text.encode("utf-8"), base)


_BOMB = ("a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
         "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
         "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
         "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]\n")


def _file_mutation(rng: random.Random, base: Base, as_json: bool) -> Fuzzed:
    """Damage to the file as a whole."""
    text = _json(base.data) if as_json else _yaml(base.data)
    raw = text.encode("utf-8")
    suffix = ".json" if as_json else ".yaml"
    choice = rng.randrange(12)
    if choice == 0:
        return Fuzzed("gbk encoding", "invalid" if not text.isascii() else "any", suffix, text.encode("gbk", "replace"), base)
    if choice == 1:
        at = rng.randrange(len(raw))
        junk = rng.choice([b"\x00", b"\x07", b"\x1b", b"\x7f", b"\xff", b"\xc3", b"\xed\xa0\x80"])
        return Fuzzed("control or broken byte", "invalid", suffix, raw[:at] + junk + raw[at:], base)
    if choice == 2 and not as_json:
        bomb = _BOMB + ("h: [*g, *g, *g, *g, *g, *g, *g, *g, *g]\n" if rng.random() < 0.5
                              else "? [*g, *g, *g, *g, *g, *g, *g, *g, *g]\n: 1\n")
        return Fuzzed("alias bomb", "invalid", suffix, (bomb + text).encode("utf-8"), base)
    if choice == 3:
        return Fuzzed("duplicate key", "invalid", suffix,
                      (text.replace('"facts":', '"facts": {}, "facts":', 1) if as_json else text + "facts: {}\n").encode(),
                      base)
    if choice == 4:
        cut = rng.randrange(len(raw))
        return Fuzzed("truncated", "any", suffix, raw[:cut], base)
    if choice == 5:
        out = bytearray(raw)
        for _ in range(rng.randint(1, 8)):
            out[rng.randrange(len(out))] = rng.randrange(256)
        return Fuzzed("bytes flipped", "any", suffix, bytes(out), base)
    if choice == 6:
        lines = text.splitlines(keepends=True)
        rng.shuffle(lines) if rng.random() < 0.3 else lines.insert(rng.randrange(len(lines) + 1),
                                                                     rng.choice(lines))
        return Fuzzed("lines moved", "any", suffix, "".join(lines).encode("utf-8"), base)
    if choice == 7:
        return Fuzzed("bom and crlf", "valid", suffix, ("\ufeff" + text.replace("\n", "\r\n")).encode("utf-8"), base)
    if choice == 8:
        depth = rng.choice([40, 200, 5000, 100_000])
        opener, closer = ("[", "]") if rng.random() < 0.5 else ("{\"a\": ", "}")
        if not as_json:
            opener, closer = ("[", "]") if rng.random() < 0.5 else ("{a: ", "}")
        deep = opener * depth + "1" + closer * depth
        data = _set(base.data, ("facts",), _MUT)
        body = _json(data, deep) if as_json else _yaml(data, deep)
        return Fuzzed("deep nesting", "invalid", suffix, body.encode("utf-8"), base)
    if choice == 9:
        big = rng.choice([b"", b"#" * 64]) + b"x" * (300 * 1024)
        return Fuzzed("oversized", "invalid", suffix, raw + b"\n# " + big + b"\n", base)
    if choice == 10:
        return Fuzzed("not a mapping", "invalid", suffix,
                      rng.choice([b"[]", b"1", b'"x"', b"null", b"", b"- a\n- b\n", b"true"]), base)
    path = rng.choice(_targets(base))[0]
    yaml_text, json_text = rng.choice(HOSTILE_ANY)
    snippet = json_text if as_json else yaml_text
    if snippet is None:
        as_json, snippet = False, yaml_text
    data = _set(base.data, path, _MUT)
    body = _json(data, snippet) if as_json else _yaml(data, snippet)
    return Fuzzed(f"hostile scalar {'.'.join(map(str, path))}", "any", ".json" if as_json else ".yaml",
                  body.encode("utf-8", "surrogatepass"), base)


def fuzzed_case(rng: random.Random) -> Fuzzed:
    """One hostile case file, from a shipped case, with its oracle."""
    base = rng.choice(BASES)
    as_json = rng.random() < 0.3
    roll = rng.random()
    if roll < 0.6:
        return _domain_mutation(rng, base, as_json)
    if roll < 0.75:
        found = _respelling(rng, base, as_json)
        if found is not None:
            return found
    return _file_mutation(rng, base, as_json)


# ---- as hypothesis strategies ---------------------------------------------------------------

def hostile_cases() -> st.SearchStrategy[Fuzzed]:
    """The generator above, driven by a hypothesis-drawn ``Random``."""
    return st.randoms(use_true_random=False).map(fuzzed_case)


_JSONABLE = st.one_of(
    st.none(), st.booleans(), st.integers(), st.integers(-(10**40), 10**40), st.text(max_size=40),
    st.from_regex(r"-?[0-9]{1,20}(\.[0-9]{1,14})?(元|万元|亿元|万|亿|)", fullmatch=True),
    st.decimals(allow_nan=False, allow_infinity=False, places=3).map(str),
    st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)
_TYPE_RULES: dict[str, Callable[[Any], bool]] = {
    # values that no domain reading can accept: independent of the reader's own code
    "money": lambda v: not isinstance(v, str),
    "bool": lambda v: not isinstance(v, bool | str) and v is not None,
    "year": lambda v: not isinstance(v, int | str) or isinstance(v, bool) or (isinstance(v, int) and not 1990 <= v <= 2100),
    "date": lambda v: not isinstance(v, str),
    "date_fact": lambda v: v is not None and not isinstance(v, str),  # a fact's null is unknown
    "list": lambda v: v is not None and not isinstance(v, list),
    "integer": lambda v: isinstance(v, bool | list | dict) or (isinstance(v, int) and v < 0),
    "category": lambda v: isinstance(v, bool | list | dict),
}


@st.composite
def injected_cases(draw: st.DrawFn) -> Fuzzed:
    """A shipped case (as JSON) with one field replaced by an arbitrary JSON value; the oracle is
    ``invalid`` when the value's type alone rules it out (a number for money, a list for a yes/no ...)."""
    base = draw(st.sampled_from(BASES))
    path, _, domain = draw(st.sampled_from(_targets(base)))
    value = draw(_JSONABLE)
    rule = _TYPE_RULES.get(domain)
    oracle = "invalid" if rule is not None and value is not None and rule(value) else "any"
    if path[0] == "no_such_field":
        oracle = "invalid"
    data = _set(base.data, path, _MUT)
    text = _json(data, json.dumps(value, ensure_ascii=False))
    return Fuzzed(f"injected {domain} {'.'.join(map(str, path))}", oracle, ".json", text.encode("utf-8", "surrogatepass"),
                  base)


# ---- running one file the way `subsidy assess --json` does ------------------------------------------

@dataclass(frozen=True)
class Outcome:
    status: str  # "accepted" | "refused" | "traceback"
    seconds: float
    detail: str  # the result's JSON, the refusal's message or the traceback's last line


def run_case_file(path: Path, *, budget: Callable[[], None] | None = None) -> Outcome:
    """Load, parse and assess ``path`` in-process, as ``subsidy assess --json`` does."""
    start = time.perf_counter()
    try:
        data = load_case_file(path)
        policy = find_policy(case_policy_id(data))
        case = parse_case(data, policy, today=TODAY, name=path.stem)
        doc = json.dumps(result_json(assess(policy, case)), ensure_ascii=False)
        return Outcome("accepted", time.perf_counter() - start, doc)
    except SubsidyError as exc:
        message = str(exc)
        message.encode("utf-8")  # printable: a lone surrogate here would crash the terminal output
        if exc.exit_code != 2:
            return Outcome("traceback", time.perf_counter() - start, f"exit {exc.exit_code}: {message}")
        return Outcome("refused", time.perf_counter() - start, message)
    except Exception as exc:
        return Outcome("traceback", time.perf_counter() - start, f"{type(exc).__name__}: {str(exc)[:200]}")


class Judge:
    """Runs fuzzed files and names what went wrong: a traceback, an invalid input accepted, a valid
    re-spelling that changed the outcome (compared with the unmutated file, run once per base)."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self._bases: dict[Path, Outcome] = {}

    def run(self, f: Fuzzed) -> Outcome:
        path = self.tmp / f"case{f.suffix}"
        path.write_bytes(f.content)
        return run_case_file(path)

    def problem(self, f: Fuzzed, o: Outcome) -> str | None:
        if o.status == "traceback":
            return "traceback"
        if f.oracle == "invalid" and o.status == "accepted":
            return "invalid accepted"
        if f.oracle == "valid":
            b = self._base(f.base)
            if b.status != o.status or (o.status == "accepted" and b.detail != o.detail):
                return "valid changed"
        return None

    def _base(self, base: Base) -> Outcome:
        if base.path not in self._bases:
            path = self.tmp / "base.yaml"
            path.write_bytes(_yaml(base.data).encode("utf-8"))
            self._bases[base.path] = run_case_file(path)
        return self._bases[base.path]
