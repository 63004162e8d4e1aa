"""Documents of an application. The content is stored once by its SHA-256 (``Blob``); the type is
read from the bytes (magic numbers, and the parts list of an Office file), never trusted from the
file name, and must agree with the name's extension."""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import PurePath

from sqlalchemy import select
from sqlalchemy.orm import Session

from subsidy.errors import CaseInputError, DomainRefusal
from subsidy.services.access import require_member_or_officer
from subsidy.services.audit import record
from subsidy.settings import Settings
from subsidy.store.tables import Application, Blob, Document, User

__all__ = ["MEDIA_LABELS", "UPLOAD_STATES", "documents_of", "sniff_media_type", "upload_document"]

PDF = "application/pdf"
JPEG = "image/jpeg"
PNG = "image/png"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
OLE = "application/x-ole-storage"
ZIP = "application/zip"

MEDIA_LABELS = {PDF: "PDF 文件", JPEG: "JPEG 图片", PNG: "PNG 图片", XLSX: "Excel 表格（.xlsx）",
                DOCX: "Word 文档（.docx）", OLE: "旧版 Office 文件（.doc/.xls）", ZIP: "ZIP 压缩包",
                "image/gif": "GIF 图片", "application/x-msdownload": "可执行程序"}
_EXTENSIONS = {PDF: (".pdf",), JPEG: (".jpg", ".jpeg"), PNG: (".png",), XLSX: (".xlsx",), DOCX: (".docx",)}
UPLOAD_STATES = ("draft", "returned")


def _office(content: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as z:
            names = z.namelist()
    except zipfile.BadZipFile:
        return ZIP
    if "[Content_Types].xml" in names:
        if any(n.startswith("word/") for n in names):
            return DOCX
        if any(n.startswith("xl/") for n in names):
            return XLSX
    return ZIP


def sniff_media_type(content: bytes) -> str | None:
    """The media type the bytes really are, or ``None`` when not recognised."""
    if content.startswith(b"%PDF-"):
        return PDF
    if content.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if content.startswith(b"\xff\xd8\xff"):
        return JPEG
    if content.startswith(b"PK\x03\x04"):
        return _office(content)
    if content.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return OLE
    if content.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if content.startswith(b"MZ"):
        return "application/x-msdownload"
    return None


def _allowed(settings: Settings) -> str:
    return "、".join(MEDIA_LABELS.get(t, t) for t in settings.document_types)


def _mb(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{size / 1024:.1f} KB" if size >= 1024 else f"{size} 字节"


def upload_document(session: Session, actor: User, app: Application, *, doc_type: str, filename: str,
                    content: bytes, settings: Settings) -> Document:
    """Attach a document to a draft (or returned) application after checking type and size."""
    require_member_or_officer(actor, app.organisation_id, "上传申报材料")
    if app.state not in UPLOAD_STATES:
        raise DomainRefusal(f"申报 {app.id} 当前不能上传材料：只有草稿或退回补正中的申报可以上传", "wrong_state")
    kind = (doc_type or "").strip()
    if not kind:
        raise CaseInputError("--type", "缺少材料类型", "如 --type 营业执照（见 `subsidy call show` 的所需材料）")
    if len(kind) > 100:
        raise CaseInputError("--type", f"材料类型过长（{len(kind)} 字，最多 100 字）")
    name = PurePath((filename or "").replace("\\", "/")).name.strip()
    if not name:
        raise CaseInputError("文件", "缺少文件名")
    if len(name) > 255:
        raise CaseInputError("文件", f"文件名过长（{len(name)} 字，最多 255 字）", "改短文件名后上传")
    size = len(content)
    if size == 0:
        raise CaseInputError("文件", f"「{name}」是空文件", "选择有内容的文件重新上传")
    if size > settings.documents_max_bytes:
        raise CaseInputError("文件", f"「{name}」大小 {_mb(size)}，超过上限 {_mb(settings.documents_max_bytes)}",
                             "压缩或拆分后上传")
    media = sniff_media_type(content)
    if media is None or media not in settings.document_types:
        found = "无法识别的类型" if media is None else MEDIA_LABELS.get(media, media)
        raise CaseInputError("文件", f"「{name}」的内容是{found}，不是允许的文件类型", f"允许：{_allowed(settings)}")
    suffix = PurePath(name).suffix.lower()
    if suffix not in _EXTENSIONS.get(media, ()):
        raise CaseInputError("文件", f"「{name}」的扩展名「{suffix or '无'}」与内容（{MEDIA_LABELS.get(media, media)}）不符",
                             f"按实际类型改为 {'/'.join(_EXTENSIONS.get(media, ()))} 后上传")
    digest = hashlib.sha256(content).hexdigest()
    if session.get(Blob, digest) is None:
        session.add(Blob(sha256=digest, size=size, content=content))
        session.flush()
    doc = Document(application_id=app.id, doc_type=kind, filename=name, media_type=media, sha256=digest, size=size)
    session.add(doc)
    session.flush()
    record(session, actor, "upload_document", f"application:{app.id}", document=doc.id, doc_type=kind,
           filename=name, media_type=media, sha256=digest, size=size)
    return doc


def documents_of(session: Session, app: Application) -> list[Document]:
    return list(session.scalars(select(Document).where(Document.application_id == app.id).order_by(Document.id)))
