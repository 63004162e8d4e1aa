"""The enumerations a person names or reads: one table per enumeration of (code, Chinese label,
other accepted words). Every command-line option that takes one of them (cli/choices.py builds the
option's type from the table), every case-file field and every import accepts the code, the Chinese
label or an alias (``serious``, ``严重``); people read the label, JSON keeps the code.

Pure: imports nothing but :mod:`subsidy.suggest` and :mod:`subsidy.errors`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from subsidy.errors import CaseInputError
from subsidy.suggest import aside, normalise_cite

__all__ = ["ALL", "DATABASE_MODES", "MATCH_OUTCOMES", "OBJECTION_OUTCOMES", "REPORT_KINDS", "ROLES", "SELECTION_MODES",
           "SEVERITIES", "SUPPORT_LEVELS", "Term", "Vocabulary"]


@dataclass(frozen=True, slots=True)
class Term:
    """A word of a vocabulary: its code, its Chinese label and the other ways people write it."""

    code: str
    label: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """One enumeration: ``what`` it is (Chinese, for messages) and its terms, in the order shown."""

    what: str
    terms: tuple[Term, ...]

    def __iter__(self) -> Iterator[Term]:
        return iter(self.terms)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(t.code for t in self.terms)

    @property
    def labels(self) -> dict[str, str]:
        """code → Chinese label."""
        return {t.code: t.label for t in self.terms}

    def words(self) -> dict[str, str]:
        """Every accepted word (code, label, alias; compared without case or spaces) → code."""
        found: dict[str, str] = {}
        for t in self.terms:
            for word in (t.code, t.label, *t.aliases):
                found[_key(word)] = t.code
        return found

    def label(self, code: str) -> str:
        """The Chinese label of ``code`` (an unknown code is shown as it is)."""
        return self.labels.get(code, code)

    def find(self, text: object) -> str | None:
        """The code ``text`` names, or ``None``."""
        return self.words().get(_key(text)) if isinstance(text, str) else None

    def choices(self) -> str:
        """``一般（minor）、严重（serious）``: what a person may write."""
        return "、".join(f"{t.label}（{t.code}）" for t in self.terms)

    def parse(self, text: object, field: str) -> str:
        """The code ``text`` names; otherwise bad input naming ``field``, the nearest word and the choices."""
        code = self.find(text)
        if code is not None:
            return code
        shown = str(text)[:40]
        near = aside(shown, [*(t.label for t in self.terms), *self.codes], cutoff=0.5)
        raise CaseInputError(field, f"「{shown}」不是可用的{self.what}{near}", f"可选：{self.choices()}")


def _key(word: object) -> str:
    return normalise_cite(str(word)).casefold().replace("-", "_")


SUPPORT_LEVELS = Vocabulary("支持级别", (
    Term("district", "区级", ("区",)), Term("city", "市级", ("市",)), Term("province", "省级", ("省",)),
    Term("national", "国家级", ("国家", "国家级别"))))
SEVERITIES = Vocabulary("问题严重程度", (Term("minor", "一般", ("轻微",)), Term("serious", "严重", ("重大",))))
SELECTION_MODES = Vocabulary("遴选方式", (
    Term("rank_order", "按排名择优", ("按排名", "排名", "rank")),
    Term("proportional", "按比例核减", ("按比例", "比例")),
    Term("optimal", "总评分最优", ("总分最优", "最优"))))
ROLES = Vocabulary("角色", (
    Term("applicant", "申报单位", ("申报单位用户", "企业")), Term("officer", "业务科室", ("业务人员", "科室")),
    Term("expert", "评审专家", ("专家",)), Term("auditor", "审计人员", ("审计",)),
    Term("admin", "系统管理员", ("管理员",)), Term("finance", "财务人员", ("财务",))))
OBJECTION_OUTCOMES = Vocabulary("异议处理结果", (
    Term("upheld", "异议成立", ("成立",)), Term("dismissed", "异议不成立", ("不成立",))))
REPORT_KINDS = Vocabulary("报告类型", (
    Term("tracking", "跟踪报告", ("跟踪",)), Term("evaluation", "绩效评价", ("绩效", "绩效评价报告"))))
DATABASE_MODES = Vocabulary("数据库类型", (
    Term("production", "正式", ("正式数据库",)), Term("demo", "演示", ("演示数据库",)),
    Term("simulation", "模拟", ("模拟数据库",))))

MATCH_OUTCOMES = Vocabulary("匹配结果", (Term("eligible", "可免申", ("符合",)), Term("pending", "待补充", ("待补",))))

ALL: tuple[Vocabulary, ...] = (SUPPORT_LEVELS, SEVERITIES, SELECTION_MODES, ROLES, OBJECTION_OUTCOMES,
                               REPORT_KINDS, DATABASE_MODES, MATCH_OUTCOMES)
