"""A policy text as given to the drafter, from its bytes: bounded in size, not binary, decoded as UTF-8
(a BOM allowed) or, where the caller accepts it (the web upload), GB18030 — the encoding most
Chinese office software still saves plain text in. Every refusal is a :class:`SourceTextError` saying
what is wrong and what to do. Pure: bytes in, text out (the CLI and the web read the bytes)."""

from __future__ import annotations

import re

from subsidy.errors import SourceTextError

__all__ = ["MAX_BYTES", "POLICY_ID", "NotAText", "TextTooLarge", "decode_policy_text"]

MAX_BYTES = 1_000_000
POLICY_ID = re.compile(r"[a-z0-9][a-z0-9\-]{0,99}")
"""A policy id as the loader takes it (``fullmatch``): lower-case letters, digits, hyphens; at most 100."""



class TextTooLarge(SourceTextError):
    """The text is over :data:`MAX_BYTES`."""


class NotAText(SourceTextError):
    """The file is not a text at all (a PDF, a Word file, a picture, binary)."""


# the opening bytes of the files people pick by mistake instead of the text
_MAGIC = ((b"%PDF", "PDF 文件"), (b"PK\x03\x04", "Word/Excel（.docx/.xlsx）或压缩文件"),
          (b"\xd0\xcf\x11\xe0", "旧版 Word/Excel（.doc/.xls）文件"), (b"{\\rtf", "RTF 文件"),
          (b"\x89PNG", "图片"), (b"\xff\xd8\xff", "图片"))
_SAVE_AS = "先把政策另存为 .txt 文本文件（如从 Word、PDF 中复制全文，另存为 UTF-8 编码的文本）"


def decode_policy_text(data: bytes, where: str = "", *, gb18030: bool = False) -> tuple[str, str]:
    """``(text, encoding)`` of ``data``: ``"utf-8"`` or (``gb18030=True``) ``"gb18030"``."""
    if len(data) > MAX_BYTES:
        raise TextTooLarge(where, f"文件过大（{len(data)} 字节）",
                              f"政策原文不应超过 {MAX_BYTES // 1000} KB；检查是否误选了其他文件")
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise NotAText(where, f"这是{kind}，不是文本", _SAVE_AS)
    if b"\0" in data:
        raise NotAText(where, "这是二进制文件，不是文本", _SAVE_AS)
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        if not gb18030:
            raise SourceTextError(f"{where}:{line}" if where else f"第 {line} 行", "这一行不是 UTF-8 编码的文字",
                                  "用 UTF-8 编码重新保存原文（如从 GBK 转换）") from exc
        try:
            return data.decode("gb18030"), "gb18030"
        except UnicodeDecodeError as again:
            line = data[: again.start].count(b"\n") + 1
            raise SourceTextError(f"{where}:{line}" if where else f"第 {line} 行",
                                  "这一行既不是 UTF-8 也不是 GB18030（GBK）编码的文字",
                                  "用 UTF-8 编码重新保存原文") from again
