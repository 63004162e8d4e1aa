"""The project's exceptions. Each entry point turns them into an exit code, an HTTP status or a page
in exactly one place.

    SubsidyError                     any refusal the user can act on (message in Chinese)
    ├── PolicyFileError              a policy file is malformed: file, line, what to do
    ├── CaseInputError               a case (facts, history) is malformed: the field, what to do
    ├── PolicyNotFound               no policy with that id / no clause with that label
    ├── SourceTextError              a text given to `subsidy draft` is not a readable policy text
    └── DomainRefusal                a rule of the administration refuses the action (wrong state,
                                     wrong role, over budget, ...); raised by admin/ and services/
"""

from __future__ import annotations

__all__ = ["CaseInputError", "DomainRefusal", "NotFound", "PolicyFileError", "PolicyNotFound", "SourceTextError",
           "SubsidyError"]


class SubsidyError(Exception):
    """Base of every error shown to a user. ``str(err)`` is a complete Chinese sentence."""

    exit_code = 1


class PolicyFileError(SubsidyError):
    exit_code = 2

    def __init__(self, path: str, line: int, problem: str, hint: str = "") -> None:
        self.path = path
        self.line = line
        self.problem = problem
        self.hint = hint
        where = f"{path}:{line}" if line else path
        text = f"{where}: {problem}"
        if hint:
            text += f"（处理办法：{hint}）"
        super().__init__(text)


class CaseInputError(SubsidyError):
    exit_code = 2

    def __init__(self, field: str, problem: str, hint: str = "", line: int = 0) -> None:
        self.field = field
        self.problem = problem
        self.hint = hint
        self.line = line  # in the case file, when known
        text = f"字段「{field}」（第 {line} 行）: {problem}" if line else f"字段「{field}」: {problem}"
        if hint:
            text += f"（处理办法：{hint}）"
        super().__init__(text)

    def __reduce__(self) -> tuple[type[CaseInputError], tuple[str, str, str, int]]:
        """Pickled by its fields (a worker of a distributed run raises it; the client shows it)."""
        return type(self), (self.field, self.problem, self.hint, self.line)


class PolicyNotFound(SubsidyError):
    exit_code = 2


class DomainRefusal(SubsidyError):
    """An action refused by a rule of the administration; ``code`` is stable for APIs."""

    exit_code = 3

    def __init__(self, message: str, code: str = "refused") -> None:
        self.code = code
        super().__init__(message)


class NotFound(DomainRefusal):
    """A record named by its number or code that does not exist (申报 99, 付款期次 7 …): bad input
    (exit 2), told only to whoever may read every record (services/access.py); the web answers it as
    the refusal it also is."""

    exit_code = 2


class SourceTextError(SubsidyError):
    """A policy text given to ``subsidy draft`` cannot be read as one (empty, binary, too large ...)."""

    exit_code = 2

    def __init__(self, path: str, problem: str, hint: str = "") -> None:
        self.path = path
        self.problem = problem
        self.hint = hint
        text = f"{path}: {problem}" if path else problem
        if hint:
            text += f"（处理办法：{hint}）"
        super().__init__(text)
