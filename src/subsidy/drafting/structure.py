"""Split a cleaned policy text into its structure and sentences, each with its citation label written as
the document numbers it (the labels the shipped policies use in ``cite``):

- 章 (第二章 支持内容及标准) and parts (一、适用机构…; 六、附则) are headings; text directly under a
  part is cited by the part heading (``六、附则``), text before any heading by ``序言``;
- 第X条 (also 第 1 0 条 and 第19条: the number as written, spaces dropped) starts an article; its
  paragraphs are 款 when it has more than one (``第四条第二款``, ``第2条第3款``), else the article alone;
- （一） items (``第五条（一）``) and 1. sub-items (``第五条（二）1``) inside an article; an item line
  with no sentence punctuation right before an article is a section heading (柳河 "(一)固定资产投资奖励").

Sentences end at 。！？ (kept) and ； (not kept); a short first sentence without a comma (the title of an
article or item: "载体建设。", "1.推动…突破。") is a title, not a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from subsidy.drafting.clean import CleanText
from subsidy.drafting.numerals import CN_DIGITS

__all__ = ["Document", "Sentence", "split_document"]

_NUM = f"[{CN_DIGITS}0-9]+"
_CHAPTER = re.compile(rf"^第{_NUM}章")
_PART = re.compile(r"^[一二三四五六七八九十]+、")
_ARTICLE = re.compile(rf"^第({_NUM})条")
_ITEM = re.compile(r"^（([一二三四五六七八九十]+)）")
_SUBITEM = re.compile(r"^([0-9]{1,2})[.、](?![0-9])")
_TITLE_BRACKETS = re.compile(r"^【[^】]*】$")
_SENTENCE_END = "。！？；"
_CN_ORDINALS = "一二三四五六七八九十"
# the sign-off after the last article: how it is published, by whom, when (not legal text)
_BOILERPLATE = re.compile(r"^(公开方式|抄送|附件|主题词)|印发$|^[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日$|办公室$")


@dataclass
class Sentence:
    start: int  # in the cleaned text
    end: int
    text: str
    cite: str
    paragraph: int  # index of its paragraph in the document
    heading: str = ""  # the article's or item's title, when it has one


@dataclass
class Document:
    clean: CleanText
    title: str
    sentences: list[Sentence] = field(default_factory=list)

    def quote(self, s: Sentence) -> str:
        return self.clean.quote(s.start, s.end)


@dataclass
class _Para:
    start: int  # cleaned offset of the paragraph's body (after its label)
    text: str
    article: str = ""
    item: str = ""
    sub: str = ""
    section: str = ""  # the part or chapter heading above it
    title: str = ""


def _cn(n: int) -> str:
    if n <= 10:
        return _CN_ORDINALS[n - 1]
    if n < 20:
        return "十" + _CN_ORDINALS[n - 11]
    tens, ones = divmod(n, 10)
    return _CN_ORDINALS[tens - 1] + "十" + (_CN_ORDINALS[ones - 1] if ones else "")


_AMOUNT = re.compile(r"[0-9０-９]\s*(?:亿元|万元|元|%|％)")


def _is_heading_like(text: str) -> bool:
    """A short line without punctuation; one stating an amount is a sentence that lost its 。."""
    return not any(ch in text for ch in "。；，：") and len(text) <= 40 and not _AMOUNT.search(text)


def _lines(text: str) -> list[tuple[int, str]]:
    out, at = [], 0
    for line in text.split("\n"):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            out.append((at + lead, line.strip()))
        at += len(line) + 1
    return out


def _title(lines: list[tuple[int, str]]) -> tuple[str, int]:
    """The document's title and how many leading lines it takes."""
    if not lines:
        return "", 0
    first = lines[0][1]
    mt = re.search(r"关于印发(.+?)的通知", first)
    if mt:
        return mt.group(1).strip("《》"), 1
    parts: list[str] = []
    for k, (_, line) in enumerate(lines[:6]):
        if (_ARTICLE.match(line) or _CHAPTER.match(line) or _PART.match(line) or not _is_heading_like(line)
                or "〔" in line or re.match(r"^[（(]?\d{4}年", line)):
            return "".join(parts), k
        parts.append(line)
    return "".join(parts), len(parts)


def split_document(ct: CleanText) -> Document:
    """The document's title and its sentences with their citation labels."""
    lines = _lines(ct.text)
    title, skip = _title(lines)
    doc = Document(ct, title)
    paras: list[_Para] = []
    section = article = item = sub = ""
    art_title = item_title = ""  # 第四条支持关键技术和产品研发 → 支持关键技术和产品研发
    for k, (at, line) in enumerate(lines[skip:], start=skip):
        nxt = lines[k + 1][1] if k + 1 < len(lines) else ""
        if _BOILERPLATE.search(line) or (_is_heading_like(line) and not re.search(r"[0-9]", line)
                                         and not (_CHAPTER.match(line) or _PART.match(line) or _ITEM.match(line)
                                                  or _ARTICLE.match(line))):
            continue  # a sign-off, an issuer's name, a heading without a number
        if _CHAPTER.match(line):
            section, article, item, sub = line.replace(" ", ""), "", "", ""
            continue
        if _PART.match(line) and _is_heading_like(line):
            section, article, item, sub = line.replace(" ", ""), "", "", ""
            continue
        mt = _ARTICLE.match(line)
        if mt:
            article, item, sub, art_title, item_title = f"第{mt.group(1)}条", "", "", "", ""
            rest = line[mt.end():]
            body = rest.lstrip(" ")
            offset = at + len(line) - len(body)
            if not body or _TITLE_BRACKETS.match(body) or (_is_heading_like(body) and not _SUBITEM.match(body)):
                art_title = body.strip("【】 ")
                continue  # a title only: 第四条支持关键技术和产品研发 / 第一条 【…】
            paras.append(_Para(offset, body, article, section=section))
            continue
        mt = _ITEM.match(line)
        if mt:
            body = line[mt.end():]
            if _is_heading_like(body) and (_ARTICLE.match(nxt) or not article):
                section, article, item, sub = line, "", "", ""  # a section heading between articles
                continue
            item, sub, item_title = f"（{mt.group(1)}）", "", ""
            if _is_heading_like(body):
                item_title = body
                continue
            paras.append(_Para(at + mt.end(), body, article, item, section=section, title=art_title))
            continue
        mt = _SUBITEM.match(line)
        if mt and article:
            sub = mt.group(1)
            paras.append(_Para(at + mt.end(), line[mt.end():], article, item, sub, section=section,
                               title=item_title or art_title))
            continue
        paras.append(_Para(at, line, article, item, sub if (sub and paras and paras[-1].sub == sub) else "",
                           section=section, title=(item_title if item else "") or art_title))
        if not (paras[-1].sub):
            sub = ""
    # 款: an article's own paragraphs (outside its items), numbered when there are several
    own: dict[str, list[int]] = {}
    for idx, p in enumerate(paras):
        if p.article and not p.item:
            own.setdefault(p.article, []).append(idx)
    for idx, p in enumerate(paras):
        if not p.article:
            cite = p.section or "序言"
        elif p.item:
            cite = p.article + p.item + p.sub
        else:
            siblings = own[p.article]
            if len(siblings) > 1:
                n = siblings.index(idx) + 1
                arabic = p.article[1:-1].isdigit()
                cite = f"{p.article}第{n if arabic else _cn(n)}款"
            else:
                cite = p.article
        _sentences(doc, p, cite, idx)
    return doc


def _sentences(doc: Document, p: _Para, cite: str, index: int) -> None:
    start = 0
    text = p.text
    first = True
    heading = ""
    for i, ch in enumerate(text + "。"):
        if ch not in _SENTENCE_END and i < len(text):
            continue
        end = i + 1 if (i < len(text) and ch != "；") else i
        piece = text[start:end]
        lead = len(piece) - len(piece.lstrip(" "))
        piece_start = start + lead
        body = text[piece_start:end].rstrip(" ")
        if body and body not in "。；":
            if (first and len(body) <= 24 and "，" not in body and ch in "。" and i < len(text) - 1
                    and not re.search(r"[0-9%]", body)):
                heading = body.rstrip("。")  # the title of the article or item
            else:
                a = p.start + piece_start
                doc.sentences.append(Sentence(a, a + len(body), body, cite, index, heading or p.title))
            first = False
        start = i + 1
