"""Assemble a draft policy from a text: sentences with their readings, clauses proposed for the monetary
ones, provisions for the rest, validity, applicants and stacking where the text states them. Pure: text
in, :class:`Draft` out (written to files by :mod:`subsidy.drafting.write`)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from subsidy.drafting.classify import Reading, classify, has_amount
from subsidy.drafting.clean import clean
from subsidy.drafting.numerals import CN_DIGITS, read_number
from subsidy.drafting.propose import Proposal, propose
from subsidy.drafting.structure import Document, Sentence, split_document
from subsidy.errors import SourceTextError

__all__ = ["Draft", "DraftClause", "DraftSentence", "clause_id", "make_draft"]

_NUM = f"[{CN_DIGITS}0-9]+"


@dataclass
class DraftClause:
    id: str
    cite: str
    quotes: list[str]
    proposal: Proposal
    sentence: int  # index into Draft.sentences
    cap_quotes: list[str] = field(default_factory=list)  # quotes of caps read from a later sentence
    title: str = ""  # the article's or item's title, when the document gives one


@dataclass
class DraftSentence:
    sentence: Sentence
    quote: str
    reading: Reading
    clauses: list[str] = field(default_factory=list)  # ids of the clauses proposed from it
    used_as: str = ""  # validity / applicants / stacking.highest … when the policy uses it


@dataclass
class Draft:
    document: Document
    policy_id: str
    title: str
    sentences: list[DraftSentence]
    clauses: list[DraftClause]
    effective_from: dt.date | None
    validity: tuple[int, int] | None  # (years, sentence index)
    issuer: str
    jurisdiction: str
    status: str
    amount_unit: str

    @property
    def uncovered(self) -> list[DraftSentence]:
        """Amount-bearing sentences that no clause computes: first in the review report."""
        return [s for s in self.sentences if has_amount(s.sentence.text)
                and not any(not c.proposal.manual for c in self.clauses if c.id in s.clauses)]


def clause_id(cite: str) -> str:
    """``第四条第二款`` → ``art4-2``; ``第五条（二）1`` → ``art5-2-1``; ``六、附则`` → ``part6``."""
    def num(text: str) -> str:
        try:
            return str(int(read_number(text)))
        except ValueError:
            return "x"

    mt = re.match(rf"^第({_NUM})条(?:第({_NUM})款)?(?:（({_NUM})）)?([0-9]+)?", cite)
    if mt:
        parts = [num(g) for g in mt.groups()[:3] if g] + ([mt.group(4)] if mt.group(4) else [])
        return "art" + "-".join(parts)
    mt = re.match(rf"^第({_NUM})章", cite) or re.match(rf"^({_NUM})、", cite) or re.match(rf"^（({_NUM})）", cite)
    if mt:
        return f"part{num(mt.group(1))}"
    return "preamble"


def _suffixes(ids: list[str]) -> list[str]:
    counts: dict[str, int] = {}
    for i in ids:
        counts[i] = counts.get(i, 0) + 1
    seen: dict[str, int] = {}
    out = []
    for i in ids:
        if counts[i] == 1:
            out.append(i)
            continue
        k = seen.get(i, 0)
        seen[i] = k + 1
        out.append(i + "abcdefghijklmnopqrstuvwxyz"[k] if k < 26 else f"{i}x{k + 1}")
    return out


def _standalone_cap(p: Proposal, text: str) -> bool:
    """单个主体每年累计获得奖励最高1000万元。: a cap on the award of the sentence before."""
    return (p.form == "fixed" and p.fixed is not None and p.fixed.relation == "cap" and "给予" not in text
            and len(text) <= 40 and re.match(r"^(单个|每个|同一|每家|累计)", text) is not None)


def _validity(doc: Document, sentences: list[DraftSentence]) -> tuple[dt.date | None, tuple[int, int] | None]:
    effective: dt.date | None = None
    validity = None
    for k, s in enumerate(sentences):
        text = s.sentence.text
        mt = re.search(r"自([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日起(施行|实施|执行|生效)", text)
        if mt and effective is None:
            try:
                effective = dt.date(int(mt.group(1)), int(mt.group(2)), int(mt.group(3)))
            except ValueError:
                effective = None
        mt = re.search(rf"有效期(为|至)?({_NUM})年|暂定({_NUM})年(有效期)?", text)
        if mt and validity is None:
            try:
                years = int(read_number(mt.group(2) or mt.group(3)))
            except ValueError:
                continue
            if 1 <= years <= 100:
                validity = (years, k)
    return effective, validity


def make_draft(original: str, *, policy_id: str, title: str | None = None) -> Draft:
    """The draft of the policy ``original`` states (see the package docstring)."""
    if not original.strip():
        raise SourceTextError("", "原文是空的", "提供政策全文（UTF-8 文本文件）")
    if not re.search(r"[\u4e00-\u9fff]", original):
        raise SourceTextError("", "原文中没有中文文字", "提供政策全文（中文 UTF-8 文本），不要只含标点、数字或其他文字")
    doc = split_document(clean(original))
    sentences = [DraftSentence(s, doc.quote(s), classify(s.text)) for s in doc.sentences]
    sentences = [s for s in sentences if s.quote and (s.sentence.cite != "序言" or has_amount(s.sentence.text))]
    if not sentences:
        raise SourceTextError("", "原文中没有可以读出的句子", "提供政策全文：条款应以“。”等标点结尾")
    pending: list[tuple[int, Proposal]] = []
    caps_from: dict[int, list[tuple[int, Proposal]]] = {}
    for k, s in enumerate(sentences):
        if s.reading.kind != "monetary":
            continue
        for p in propose(s.sentence.text):
            prev = next((j for j in range(len(pending) - 1, -1, -1)), None)
            if (_standalone_cap(p, s.sentence.text) and prev is not None
                    and sentences[pending[prev][0]].sentence.cite == s.sentence.cite
                    and not pending[prev][1].manual):
                owner = pending[prev][1]
                assert p.fixed is not None
                owner.caps.append(p.fixed)
                caps_from.setdefault(pending[prev][0], []).append((k, p))
                s.used_as = "cap"
                continue
            pending.append((k, p))
    ids = _suffixes([clause_id(sentences[k].sentence.cite) for k, _ in pending])
    clauses: list[DraftClause] = []
    for cid, (k, p) in zip(ids, pending, strict=True):
        s = sentences[k]
        cap_quotes = [sentences[j].quote for j, _ in caps_from.get(k, [])]
        quotes = [s.quote]
        before = sentences[k - 1] if k else None
        if (before is not None and before.sentence.paragraph == s.sentence.paragraph and not before.clauses
                and before.reading.kind == "provision" and not has_amount(before.sentence.text)
                and re.match(r"^(根据|按照|按|经|并|可|其中)", s.sentence.text)):
            quotes.insert(0, before.quote)  # 支持企事业单位…。根据数据规模…，给予最高200万元: one clause
            before.clauses.append(cid)
        title = s.sentence.heading if len(s.sentence.heading) <= 30 else ""
        clauses.append(DraftClause(cid, s.sentence.cite, quotes, p, k, cap_quotes, title))
        s.clauses.append(cid)
        for j, _ in caps_from.get(k, []):
            if cid not in sentences[j].clauses:
                sentences[j].clauses.append(cid)
    effective, validity = _validity(doc, sentences)
    the_title = (title or doc.title or "未命名政策（待核）").strip()
    text = doc.clean.text
    mt = re.search(r"由([^，。；]{2,40}?)(商有关单位)?负责解释", text)
    issuer = mt.group(1) if mt else "待核（原文未写明解释机关）"
    mt = re.match(r"^((?:[^省市区县，]{1,6}(?:省|市))?[^省市区县，]{1,6}(?:区|县))", the_title) or re.match(
        r"^([^省市，]{1,6}(?:省|市))", the_title)
    jurisdiction = mt.group(1) if mt else "待核（原文未写明地区）"
    status = "draft" if "征求意见" in the_title or "征求意见稿" in text[:200] else "in_force"
    units = [c.proposal.unit for c in clauses if not c.proposal.manual]
    amount_unit = "元" if units and all(u == "元" for u in units) else "万元"
    return Draft(doc, policy_id, the_title, sentences, clauses, effective, validity, issuer, jurisdiction, status,
                 amount_unit)
