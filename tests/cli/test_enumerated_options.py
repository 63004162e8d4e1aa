"""Every option of the command tree that takes an enumeration accepts the code and the Chinese words,
lists the Chinese words in its help, and answers a near miss with the nearest word (exit 2)."""

from __future__ import annotations

import inspect
import typing
from collections.abc import Iterator
from typing import Any

import pytest
import typer

from cli_support import run_cli
from subsidy.cli import app, load_commands
from subsidy.cli.choices import VocabularyParser
from subsidy.errors import CaseInputError
from subsidy.vocabulary import ALL, SUPPORT_LEVELS, Vocabulary

load_commands([])  # every command


def _commands(t: typer.Typer, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], Any]]:
    for c in t.registered_commands:
        yield (*path, c.name or (c.callback.__name__ if c.callback else "")), c.callback
    for g in t.registered_groups:
        assert g.typer_instance is not None and g.name
        yield from _commands(g.typer_instance, (*path, g.name))


def _params(callback: Any) -> Iterator[tuple[str, Any, Any]]:
    """(name, typer parameter info, default) of each parameter of a command."""
    hints = typing.get_type_hints(callback, include_extras=True)
    for name, param in inspect.signature(callback).parameters.items():
        for info in getattr(hints.get(name), "__metadata__", ()):
            if isinstance(info, typer.models.ParameterInfo):
                yield name, info, param.default


ENUMERATED = [(path, name, info, default) for path, callback in _commands(app)
              for name, info, default in _params(callback) if isinstance(info.parser, VocabularyParser)]
EXPECTED = {("db", "upgrade", "--mode"), ("select", "run", "--mode"), ("notice", "resolve", "--outcome"),
            ("user", "add", "--role"), ("user", "list", "--role"), ("report", "request", "--kind"),
            ("finding", "add", "--severity"), ("support", "add", "--level"), ("match", "show", "--outcome")}


def _option(info: Any) -> str:
    """The option's long name (in ``Annotated``, Typer keeps the first declaration as the default)."""
    return next(d for d in (info.default, *info.param_decls) if isinstance(d, str) and d.startswith("--"))


def test_the_enumerated_options_are_the_expected_ones() -> None:
    assert {(*path, _option(info)) for path, _, info, _ in ENUMERATED} == EXPECTED


def test_no_other_option_lists_codes_of_an_enumeration() -> None:
    """An option whose help spells an enumeration's codes must take it through the vocabulary."""
    for path, callback in _commands(app):
        for _, info, _ in _params(callback):
            if isinstance(info.parser, VocabularyParser) or not info.help:
                continue
            for vocabulary in ALL:
                spelled = [code for code in vocabulary.codes if f"{code} " in info.help or f"{code}（" in info.help
                           or f"{code}/" in info.help]
                assert len(spelled) < 2, (path, info.help)


@pytest.mark.parametrize(("path", "name", "info", "default"), ENUMERATED,
                         ids=[" ".join((*p, _option(i))) for p, _, i, _ in ENUMERATED])
def test_each_enumerated_option_takes_codes_and_chinese_words(path: tuple[str, ...], name: str, info: Any,
                                                              default: Any) -> None:
    parser: VocabularyParser = info.parser
    vocabulary = parser.vocabulary
    for term in vocabulary:
        assert term.label in (info.help or ""), (path, term.label)  # help shows the Chinese words
        for word in (term.code, term.code.upper(), term.label, f" {term.label} ", *term.aliases):
            assert parser(word) == term.code, (path, word)
    if isinstance(default, str):  # a default is written as the Chinese label, which help shows
        assert default in vocabulary.labels.values() and parser(default) in vocabulary.codes
    with pytest.raises(CaseInputError) as exc:
        parser("不存在的值")
    assert _option(info) in str(exc.value) and vocabulary.choices() in str(exc.value)


def _near_miss(vocabulary: Vocabulary) -> tuple[str, str]:
    code = max(vocabulary.codes, key=len)
    return code[:-1] + ("x" if code[-1] != "x" else "y"), code


@pytest.mark.parametrize(("path", "name", "info", "default"), ENUMERATED,
                         ids=[" ".join((*p, _option(i))) for p, _, i, _ in ENUMERATED])
def test_a_near_miss_on_the_command_line_says_what_was_meant(capsys: pytest.CaptureFixture[str],
                                                             path: tuple[str, ...], name: str, info: Any,
                                                             default: Any) -> None:
    """Refused while the command line is read, before any database is opened: exit 2, the nearest word."""
    _, callback = next(c for c in _commands(app) if c[0] == path)
    args = list(path)
    for other, other_info, other_default in _params(callback):
        if other == name or other_default is not inspect.Parameter.empty:
            continue
        if isinstance(other_info, typer.models.ArgumentInfo):
            args.append("1")
        else:
            args += [_option(other_info), "1"]
    wrong, meant = _near_miss(info.parser.vocabulary)
    code, text = run_cli(capsys, *args, _option(info), wrong)
    assert code == 2, text
    assert text.startswith("错误：") and f"是不是「{meant}」" in text and "Traceback" not in text, text


def test_case_files_take_the_same_words() -> None:
    from subsidy.rules.case import parse_case
    from subsidy.rules.registry import find_policy

    policy = find_policy("cn-sz-baoan-ai-health")
    for word in ("市级", "city", "市"):
        case = parse_case({"as_of": "2027-03-01", "facts": {}, "other_support": [
            {"programme": "市级专项", "level": word, "year": 2026, "amount": "50万元", "same_matter": True}]}, policy)
        assert case.other_support is not None and case.other_support[0].level == "city"
    with pytest.raises(CaseInputError, match="是不是「市级」") as exc:
        parse_case({"as_of": "2027-03-01", "other_support": [
            {"programme": "x", "level": "市极", "year": 2026, "amount": "50万元", "same_matter": True}]}, policy)
    assert exc.value.field == "other_support[0].level" and SUPPORT_LEVELS.choices() in str(exc.value)
