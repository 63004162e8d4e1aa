"""Options whose value is one of an enumeration (subsidy/vocabulary.py): the code or the Chinese word
(``--severity 严重`` = ``--severity serious``), a near miss answered with the nearest word, and the
help listing the Chinese words. Every such option of the command tree is made here."""

from __future__ import annotations

from typing import Any

import typer

from subsidy.vocabulary import Vocabulary

__all__ = ["VocabularyParser", "choice_option"]


class VocabularyParser:
    """Turns what the user wrote into the enumeration's code (bad input, exit 2, otherwise)."""

    def __init__(self, vocabulary: Vocabulary, option: str) -> None:
        self.vocabulary = vocabulary
        self.option = option
        self.__name__ = vocabulary.what

    def __call__(self, value: Any) -> str | None:
        return value if value is None else self.vocabulary.parse(value, self.option)


def choice_option(vocabulary: Vocabulary, option: str, help: str) -> Any:
    """``typer.Option(option)`` taking a word of ``vocabulary``, the help ending with the choices. A
    default is written as the Chinese label (``= "严重"``): help shows it, the parser makes it the code."""
    return typer.Option(option, parser=VocabularyParser(vocabulary, option),
                        help=f"{help}：{vocabulary.choices()}", metavar="<值>")
