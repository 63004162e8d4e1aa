"""Mutation fuzzing of the shipped policy directories (issue 7: trustworthy on bad input).

    PYTHONPATH=src .venv/bin/python bench/fuzz_policies.py [--n 10000] [--seed 7] [--examples 3]

Each mutant is one shipped policy directory (``policies/*/``) with one file damaged in one way: a key
deleted, renamed or duplicated, a block mis-indented, a value of the wrong type, a figure negative,
zero or huge, a quote emptied or changed so it is no longer in the source, YAML syntax broken, an
anchor and alias, bytes that are not UTF-8, deep nesting. The harness knows what it changed: whether
the change must be refused, and at which line. Each mutant is loaded in-process with
:func:`subsidy.rules.parse.load_policy` from a copy of the directory in a temporary directory; a
policy that loads also runs its cases (:func:`subsidy.rules.check.check_policy`).

Counted (``run`` returns them; the script prints them):

- ``tracebacks``: anything raised other than :class:`PolicyFileError` (loading) or caught by the checker;
- ``over_2s``: mutants whose load and check took more than 2 s of CPU time (a 10 s alarm stops a hang);
- ``invalid_accepted``: a change that must be refused loaded as a policy different from the original;
- ``errors_without_line``: refusals that name no line;
- ``errors_with_expected_line`` / ``errors_right_line``: refusals where the harness knows the line the
  error must name, and how many name that file and line.

The mutation engine is shared with the bounded hypothesis test tests/rules/test_policy_mutations.py,
which draws the same mutations from hypothesis instead of a seeded ``random.Random``.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import re
import shutil
import signal
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from subsidy.errors import PolicyFileError
from subsidy.rules.check import check_policy
from subsidy.rules.model import Policy
from subsidy.rules.parse import load_policy

ROOT = Path(__file__).resolve().parents[1]
POLICIES = ROOT / "policies"

Choose = Callable[[int], int]  # choose(n) -> an index in [0, n)

FREE_TEXT_KEYS = {"title", "short_title", "issuer", "jurisdiction", "cite", "label", "help", "summary", "reason",
                  "note", "period", "payee_label", "quota", "zone", "interpretation", "manual", "id"}
NAME_KEYS = {"source", "status", "kind", "payee", "scope", "type", "levels", "values", "in", "year_fact", "quote"}
BOOL_KEYS = {"discretionary", "same_year", "same_matter", "one_matter_decision"}
INT_KEYS = {"years", "max_grants"}
COMPARE_KEYS = {"at_least", "at_most", "above", "below", "equals", "from", "to"}
MONEY_RE = re.compile(r"^[0-9]+(\.[0-9]+)?(元|万元|亿元)$")
RATE_RE = re.compile(r"^[0-9]+(\.[0-9]+)?%$")
NUMBER_RE = re.compile(r"^[0-9]+(\.[0-9]+)?$")


@dataclass(frozen=True)
class Mutant:
    policy: str  # the policy directory's name
    file: str  # path inside the directory
    kind: str
    data: bytes
    must_refuse: bool
    line: int | None  # the line a refusal must name (None: the harness cannot tell)


@dataclass
class Entry:
    """A ``key: value`` of a mapping, as composed from the original text."""

    mapping: yaml.MappingNode
    key: yaml.ScalarNode
    value: yaml.Node
    parent_key: str  # the key under which the mapping sits ("" at the top)
    first: bool  # the first key of its mapping
    flow: bool


@dataclass
class Scalar:
    node: yaml.ScalarNode
    key: str  # the key the value belongs to (for list items: the list's key)
    in_list: bool


@dataclass
class Base:
    policy: str
    file: str
    text: str
    entries: list[Entry]
    scalars: list[Scalar]


def _walk(node: yaml.Node, parent_key: str, entries: list[Entry], scalars: list[Scalar], in_list: bool) -> None:
    if isinstance(node, yaml.MappingNode):
        for i, (k, v) in enumerate(node.value):
            if isinstance(k, yaml.ScalarNode):
                entries.append(Entry(node, k, v, parent_key, i == 0, bool(node.flow_style)))
                _walk(v, str(k.value), entries, scalars, False)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            _walk(item, parent_key, entries, scalars, True)
    elif isinstance(node, yaml.ScalarNode):
        scalars.append(Scalar(node, parent_key, in_list))


def bases(root: Path = POLICIES) -> list[Base]:
    out = []
    for d in sorted(p.parent for p in root.glob("*/policy.yaml")):
        for path in [d / "policy.yaml", *sorted((d / "clauses").glob("*.yaml")), d / "source.txt"]:
            text = path.read_text(encoding="utf-8")
            entries: list[Entry] = []
            scalars: list[Scalar] = []
            if path.suffix == ".yaml":
                _walk(yaml.compose(text, Loader=yaml.SafeLoader), "", entries, scalars, False)
            out.append(Base(d.name, str(path.relative_to(d)), text, entries, scalars))
    return out


# ---- text surgery ---------------------------------------------------------------------------------


def _line_start(text: str, index: int) -> int:
    return text.rfind("\n", 0, index) + 1


def _line_end(text: str, index: int) -> int:
    end = text.find("\n", index)
    return len(text) if end < 0 else end


def _replace(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


def _single_line(node: yaml.Node) -> bool:
    return bool(node.start_mark.line == node.end_mark.line and getattr(node, "style", None) not in ("|", ">"))


def _last_line(node: yaml.Node) -> int:
    """The last line (0-based) holding part of ``node`` (a block collection's end mark is the next token)."""
    if isinstance(node, yaml.ScalarNode) or getattr(node, "flow_style", False):
        return int(node.end_mark.line)
    children = [c for pair in node.value for c in pair] if isinstance(node, yaml.MappingNode) else node.value
    return max(_last_line(c) for c in children) if children else int(node.start_mark.line)


def _lineno(node: yaml.Node) -> int:
    return int(node.start_mark.line) + 1


def _span(node: yaml.Node) -> tuple[int, int]:
    return int(node.start_mark.index), int(node.end_mark.index)


# ---- mutations --------------------------------------------------------------------------------------
# Each returns (text or bytes, must_refuse, expected line) or None when it does not apply to the site.

Result = tuple[str | bytes, bool, int | None] | None


def _key_is_free(e: Entry) -> bool:
    """Keys that are names chosen by the author (facts, derived facts), not schema keys."""
    return e.parent_key in ("facts", "derived")


def m_rename_key(b: Base, choose: Choose) -> Result:
    e = b.entries[choose(len(b.entries))]
    name = str(e.key.value)
    new = [name + "x", name[:-1] if len(name) > 2 else name + "zz", name.upper() if name.islower() else name + "q"][
        choose(3)]
    if new == name:
        return None
    start, end = _span(e.key)
    return _replace(b.text, start, end, new), not _key_is_free(e), None if _key_is_free(e) else _lineno(e.key)


def m_duplicate_key(b: Base, choose: Choose) -> Result:
    e = b.entries[choose(len(b.entries))]
    if not isinstance(e.value, yaml.ScalarNode) or not _single_line(e.value) or e.key.end_mark.line != e.value.end_mark.line:
        return None
    pair = b.text[e.key.start_mark.index:e.value.end_mark.index]
    if e.flow:
        at = e.value.end_mark.index
        return _replace(b.text, at, at, ", " + pair), True, _lineno(e.key)
    at = _line_end(b.text, e.value.end_mark.index)
    return _replace(b.text, at, at, "\n" + " " * e.key.start_mark.column + pair), True, _lineno(e.key) + 1


def m_delete_key(b: Base, choose: Choose) -> Result:
    e = b.entries[choose(len(b.entries))]
    if not _single_line(e.value) or e.key.start_mark.line != e.value.end_mark.line:
        return None
    # a missing key is reported at its mapping, unless the mapping was left empty or the key was a name
    line = None if _key_is_free(e) or len(e.mapping.value) == 1 else _lineno(e.mapping)
    if e.flow:
        start, end = e.key.start_mark.index, e.value.end_mark.index
        after = b.text[end:end + 2]
        if after.startswith(", "):
            end += 2
        elif b.text[start - 2:start] == ", ":
            start -= 2
        return _replace(b.text, start, end, ""), False, line
    ls = _line_start(b.text, e.key.start_mark.index)
    if b.text[ls:e.key.start_mark.index].strip():  # the first key of a "- " item: keep the dash
        return None
    le = _line_end(b.text, e.value.end_mark.index)
    return b.text[:ls] + b.text[le + 1:], False, line


def m_misindent(b: Base, choose: Choose) -> Result:
    e = b.entries[choose(len(b.entries))]
    ls = _line_start(b.text, e.key.start_mark.index)
    if e.flow or e.first or b.text[ls:e.key.start_mark.index].strip():
        return None
    if isinstance(e.value, yaml.ScalarNode) and not _single_line(e.value):
        return None
    lines = b.text.split("\n")
    first, last = e.key.start_mark.line, _last_line(e.value)
    deeper = choose(2) == 0
    if not deeper and e.key.start_mark.column < 2:
        return None
    for i in range(first, last + 1):
        if not lines[i].strip():
            continue
        lines[i] = "  " + lines[i] if deeper else (lines[i][2:] if lines[i].startswith("  ") else lines[i])
    # Indented too little, a block can be read as legal YAML of another meaning (a key of the mapping
    # above: a fact without its values, a key written twice), refused where that meaning breaks, which
    # may be another line: the harness cannot tell the line then.
    return "\n".join(lines), True, _lineno(e.key) if deeper else None


_TYPE_VALUES = ("[x]", "{a: 1}", "true", "7", "~", '""', '"false"', "-3")


def _kind_of(text: str) -> str:
    if MONEY_RE.match(text):
        return "money"
    if RATE_RE.match(text):
        return "rate"
    if NUMBER_RE.match(text):
        return "number"
    return "text"


def m_change_type(b: Base, choose: Choose) -> Result:
    s = b.scalars[choose(len(b.scalars))]
    if not _single_line(s.node):
        return None
    new = _TYPE_VALUES[choose(len(_TYPE_VALUES))]
    old = str(s.node.value)
    start, end = _span(s.node)
    if new == old or (s.node.style is None and new.strip('"') == old):
        return None
    kind = _kind_of(old) if s.node.style is None else "text"
    must = False
    if s.key in BOOL_KEYS:
        must = new != "~"
    elif s.key in INT_KEYS:
        must = new not in ("~", "7")
    elif s.key in FREE_TEXT_KEYS:  # any non-empty text will do; other types never
        must = new not in ("~", '""', '"false"') or (s.in_list and new != '"false"')
    elif (s.key in NAME_KEYS and not (s.key in ("values", "in") and not s.in_list)) or kind in ("money", "rate"):
        must = new != "~" or s.in_list  # one of a few names, or a figure: anything else is refused
    elif kind == "number":
        must = new in ("[x]", "{a: 1}", "true", '""', '"false"', "-3")
    line = _lineno(s.node) if must else None
    return _replace(b.text, start, end, new), must, line


def m_figure(b: Base, choose: Choose) -> Result:
    candidates = [s for s in b.scalars if s.node.style is None and _kind_of(str(s.node.value)) != "text"]
    if not candidates:
        return None
    s = candidates[choose(len(candidates))]
    old = str(s.node.value)
    kind = _kind_of(old)
    start, end = _span(s.node)
    threshold = s.key in COMPARE_KEYS
    if kind == "money":
        unit = MONEY_RE.match(old).group(2)  # type: ignore[union-attr]
        options = [(f'"-{old}"', True), (f"0{unit}", not threshold), (f"99999999999999{unit}", True),
                   (old[: -len(unit)], True), ("9" * 50 + unit, True)]
    elif kind == "rate":
        options = [("0%", True), ('"-5%"', True), ("250%", True), (str(float(old[:-1]) / 100), True), ("100", True)]
    else:
        options = [(f"-{old}", s.key in INT_KEYS or s.key in COMPARE_KEYS or not threshold), ("1" + "0" * 40, True),
                   ("1.0e+999999999", True), (".inf", True), ("0", s.key in INT_KEYS), ("0x1F", True)]
    new, must = options[choose(len(options))]
    return _replace(b.text, start, end, new), must, _lineno(s.node) if must else None


def _quotes(b: Base) -> list[Scalar]:
    return [s for s in b.scalars if s.key == "quote" and _single_line(s.node)]


def m_empty_quote(b: Base, choose: Choose) -> Result:
    qs = _quotes(b)
    if not qs:
        return None
    s = qs[choose(len(qs))]
    start, end = _span(s.node)
    new = ['""', '" "', "''"][choose(3)]
    return _replace(b.text, start, end, new), True, _lineno(s.node)


def m_quote_not_in_source(b: Base, choose: Choose) -> Result:
    qs = _quotes(b)
    if not qs:
        return None
    s = qs[choose(len(qs))]
    start, end = _span(s.node)
    inner = b.text[start:end]
    if len(inner) < 4:
        return None
    at = start + 1 + choose(len(inner) - 2)
    return _replace(b.text, at, at, ["（改）", "不", "1"][choose(3)]), True, _lineno(s.node)


def m_syntax(b: Base, choose: Choose) -> Result:
    e = b.entries[choose(len(b.entries))]
    if e.flow or not _single_line(e.value) or e.key.start_mark.line != e.value.end_mark.line:
        return None
    line = _lineno(e.key)
    variant = choose(4)
    vstart = e.value.start_mark.index
    if variant == 0:  # an unclosed bracket
        return _replace(b.text, vstart, vstart, "["), True, line
    if variant == 1:  # a tab in the indentation
        ls = _line_start(b.text, e.key.start_mark.index)
        return _replace(b.text, ls, ls, "\t"), True, line
    if variant == 2:  # an unclosed quote, when no other quote follows to close it
        if '"' in b.text[vstart:]:
            return None
        return _replace(b.text, vstart, vstart, '"'), True, line
    # a second "key: value" on the same line
    at = e.value.end_mark.index
    return _replace(b.text, at, at, " extra: 1"), True, line


def m_alias(b: Base, choose: Choose) -> Result:
    ss = [s for s in b.scalars if _single_line(s.node)]
    if len(ss) < 2:
        return None
    i, j = sorted((choose(len(ss)), choose(len(ss))))
    if i == j:
        start = ss[i].node.start_mark.index
        return _replace(b.text, start, start, "&a "), True, _lineno(ss[i].node)
    a, c = ss[i].node, ss[j].node
    text = _replace(b.text, c.start_mark.index, c.end_mark.index, "*a")
    text = _replace(text, a.start_mark.index, a.start_mark.index, "&a ")
    return text, True, _lineno(a)


def m_nesting(b: Base, choose: Choose) -> Result:
    ss = [s for s in b.scalars if _single_line(s.node)]
    s = ss[choose(len(ss))]
    depth = [40, 200, 5000][choose(3)]
    start, end = _span(s.node)
    return _replace(b.text, start, end, "[" * depth + "]" * depth), True, _lineno(s.node)


def m_encoding(b: Base, choose: Choose) -> Result:
    lines = b.text.split("\n")
    candidates = [i for i, ln in enumerate(lines) if any(ord(ch) > 127 for ch in ln)]
    if not candidates:
        return None
    i = candidates[choose(len(candidates))]
    raw = [ln.encode("utf-8") for ln in lines]
    variant = choose(4)
    if variant == 0:
        raw[i] = lines[i].encode("gbk", errors="replace")
    elif variant == 1:
        at = choose(len(raw[i]) + 1)
        raw[i] = raw[i][:at] + b"\xff" + raw[i][at:]
    elif variant == 2:  # a character cut in half
        pos = next(k for k, ch in enumerate(raw[i]) if ch >= 0xC0)
        raw[i] = raw[i][: pos + 1] + raw[i][pos + 2:]
    else:  # a control character
        if b.file == "source.txt":
            return None
        at = choose(len(raw[i]) + 1)
        raw[i] = raw[i][:at] + [b"\x00", b"\x07", b"\x1b"][choose(3)] + raw[i][at:]
    data = b"\n".join(raw)
    if variant != 3:
        try:
            data.decode("utf-8")
            return None  # the damage happened to be valid UTF-8
        except UnicodeDecodeError:
            pass
    return data, True, i + 1


MUTATIONS: dict[str, Callable[[Base, Choose], Result]] = {
    "rename_key": m_rename_key,
    "duplicate_key": m_duplicate_key,
    "delete_key": m_delete_key,
    "misindent": m_misindent,
    "change_type": m_change_type,
    "figure": m_figure,
    "empty_quote": m_empty_quote,
    "quote_not_in_source": m_quote_not_in_source,
    "syntax": m_syntax,
    "alias": m_alias,
    "nesting": m_nesting,
    "encoding": m_encoding,
}
YAML_ONLY = set(MUTATIONS) - {"encoding"}


def mutant(all_bases: list[Base], choose: Choose) -> Mutant:
    """One mutant; retries until a mutation applies to the drawn site."""
    for _ in range(1000):
        b = all_bases[choose(len(all_bases))]
        kinds = sorted(MUTATIONS) if b.file.endswith(".yaml") else ["encoding"]
        kind = kinds[choose(len(kinds))]
        if b.file.endswith(".yaml") and not b.entries:
            continue
        res = MUTATIONS[kind](b, choose)
        if res is None:
            continue
        data, must, line = res
        raw = data.encode("utf-8") if isinstance(data, str) else data
        if raw == b.text.encode("utf-8"):
            continue
        return Mutant(b.policy, b.file, kind, raw, must, line)
    raise RuntimeError("no mutation applies")  # pragma: no cover


# ---- running ---------------------------------------------------------------------------------------


@dataclass
class Outcome:
    mutant: Mutant
    status: str  # refused | accepted | traceback
    seconds: float
    error: PolicyFileError | None = None
    exception: BaseException | None = None
    same_as_original: bool = False
    right_line: bool | None = None


def essence(p: Policy) -> Policy:
    """What a policy means, without where its files are or which lines its clauses start on."""
    return dataclasses.replace(p, version="", directory="",
                               clauses=tuple(dataclasses.replace(c, line=0) for c in p.clauses))


class _Timeout(Exception):
    pass


def _alarm(signum: int, frame: Any) -> None:
    raise _Timeout()


class Workspace:
    """Copies of the shipped policies in a temporary directory; a mutant replaces one file, then it is restored."""

    def __init__(self, root: Path = POLICIES) -> None:
        self.tmp = tempfile.TemporaryDirectory(prefix="policy-mutants-")
        self.dirs: dict[str, Path] = {}
        self.originals: dict[str, Policy] = {}
        for d in sorted(p.parent for p in root.glob("*/policy.yaml")):
            target = Path(self.tmp.name) / d.name
            shutil.copytree(d, target)
            self.dirs[d.name] = target
            self.originals[d.name] = essence(load_policy(target))

    def close(self) -> None:
        self.tmp.cleanup()

    def run(self, m: Mutant, *, run_cases: bool = True, alarm_seconds: int = 0) -> Outcome:
        directory = self.dirs[m.policy]
        path = directory / m.file
        original = path.read_bytes()
        path.write_bytes(m.data)
        if alarm_seconds:
            signal.signal(signal.SIGALRM, _alarm)
            signal.alarm(alarm_seconds)
        start = time.process_time()  # CPU time: other processes on the machine do not count
        try:
            policy = load_policy(directory)
            if run_cases:
                check_policy(policy)
        except PolicyFileError as exc:
            out = Outcome(m, "refused", time.process_time() - start, error=exc)
            if m.line is not None:
                named = Path(exc.path).resolve() == path.resolve()
                out.right_line = named and exc.line == m.line
            return out
        except BaseException as exc:  # counting every escape is the point
            if isinstance(exc, KeyboardInterrupt):
                raise
            return Outcome(m, "traceback", time.process_time() - start, exception=exc)
        finally:
            if alarm_seconds:
                signal.alarm(0)
            path.write_bytes(original)
        same = essence(policy) == self.originals[m.policy]
        return Outcome(m, "accepted", time.process_time() - start, same_as_original=same)


def invalid_accepted(o: Outcome) -> bool:
    return o.status == "accepted" and o.mutant.must_refuse and not o.same_as_original


def mutants(n: int, seed: int, root: Path = POLICIES) -> Iterator[Mutant]:
    rng = random.Random(seed)
    all_bases = bases(root)
    for _ in range(n):
        yield mutant(all_bases, lambda k: rng.randrange(k))


def run(n: int, seed: int, examples: int = 0) -> dict[str, int]:
    """Load ``n`` mutants of the shipped policies; the counts of the module docstring."""
    counts = {"mutants": 0, "refused": 0, "accepted": 0, "tracebacks": 0, "over_2s": 0, "invalid_accepted": 0,
              "errors_without_line": 0, "errors_with_expected_line": 0, "errors_right_line": 0}
    shown: dict[str, int] = {}
    ws = Workspace()
    try:
        for m in mutants(n, seed):
            o = ws.run(m, alarm_seconds=10)
            counts["mutants"] += 1
            counts[{"refused": "refused", "accepted": "accepted", "traceback": "tracebacks"}[o.status]] += 1
            problems = []
            if o.seconds > 2:
                counts["over_2s"] += 1
                problems.append("over_2s")
            if o.status == "traceback":
                problems.append("traceback")
            if invalid_accepted(o):
                counts["invalid_accepted"] += 1
                problems.append("invalid_accepted")
            if o.error is not None:
                if not o.error.line:
                    counts["errors_without_line"] += 1
                    problems.append("no_line")
                if o.right_line is not None:
                    counts["errors_with_expected_line"] += 1
                    counts["errors_right_line"] += o.right_line
                    if not o.right_line:
                        problems.append("wrong_line")
            for p in problems:
                shown[p] = shown.get(p, 0) + 1
                if shown[p] <= examples:
                    _show(p, o)
    finally:
        ws.close()
    return counts


def _show(problem: str, o: Outcome) -> None:
    m = o.mutant
    print(f"--- {problem}: {m.kind} in {m.policy}/{m.file}, expected line {m.line}, must_refuse={m.must_refuse}")
    print(f"    got: {o.error or repr(o.exception) or o.status}")
    lines = m.data.decode("utf-8", errors="replace").split("\n")
    at = (m.line or 1) - 1
    for i in range(max(0, at - 2), min(len(lines), at + 3)):
        print(f"    {i + 1:4d}| {lines[i][:120]}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--examples", type=int, default=0, help="print this many examples of each problem")
    args = ap.parse_args(argv)
    start = time.perf_counter()
    c = run(args.n, args.seed, args.examples)
    expected = c["errors_with_expected_line"]
    share = 100 * c["errors_right_line"] / expected if expected else 100.0
    print(f"policy mutants: {c['mutants']} (seed {args.seed}, {time.perf_counter() - start:.0f} s)")
    print(f"  refused {c['refused']}, accepted {c['accepted']}")
    print(f"  tracebacks            {c['tracebacks']}")
    print(f"  runs over 2 s         {c['over_2s']}")
    print(f"  invalid values loaded {c['invalid_accepted']}")
    print(f"  errors without a line {c['errors_without_line']}")
    print(f"  errors naming the right line: {c['errors_right_line']} of {expected} ({share:.1f}%)")
    ok = (c["tracebacks"] == 0 and c["over_2s"] == 0 and c["invalid_accepted"] == 0 and c["errors_without_line"] == 0
          and share >= 95)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
