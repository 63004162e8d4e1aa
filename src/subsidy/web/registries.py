"""The registries a page may read (企业名录): the shipped examples (``examples/registry/``) and the files
uploaded through a page (CSV, Excel or Parquet, at most :data:`MAX_UPLOAD` bytes), kept under the server's
temporary directory by their SHA-256. A form names one as ``example:<name>`` or ``upload:<sha256>.<ext>``.
The drafter's costing page (web/drafter.py) and the office's 免申即享 match (web/matching.py) share them.
"""

from __future__ import annotations

import hashlib
import re
import tempfile
from pathlib import Path

from subsidy.errors import CaseInputError

__all__ = ["EXAMPLES", "EXAMPLES_DIR", "MAX_UPLOAD", "UPLOADS", "is_upload", "read_upload", "registry_path",
           "store_upload"]

EXAMPLES_DIR = Path(__file__).resolve().parents[3] / "examples" / "registry"
EXAMPLES = {"baoan": "宝安区示例名录（400户）", "chaoyang": "朝阳区示例名录（400户）"}
MAX_UPLOAD = 20_000_000
"""The largest registry a page takes (bytes): larger ones are for the command line."""
UPLOADS = Path(tempfile.gettempdir()) / "subsidy-drafter-registries"
_UPLOAD_RE = re.compile(r"^upload:([0-9a-f]{64})\.(csv|xlsx|parquet)$")


def is_upload(key: str) -> bool:
    return _UPLOAD_RE.match(key) is not None


def registry_path(key: str) -> tuple[Path, str]:
    """The file a ``registry`` value names (only the shipped examples and the uploads), and its label."""
    if key.startswith("example:") and key[8:] in EXAMPLES:
        return EXAMPLES_DIR / f"{key[8:]}.csv", EXAMPLES[key[8:]]
    found = _UPLOAD_RE.match(key)
    if found:
        path = UPLOADS / f"{found[1]}.{found[2]}"
        if path.is_file():
            return path, f"上传的名录（{found[2].upper()}，SHA-256 {found[1][:12]}…）"
        raise CaseInputError("registry", "上传的名录已不在服务器上（服务器重启后会清除）", "重新上传名录")
    raise CaseInputError("registry", f"名录「{key[:60]}」不存在", "选择示例名录或上传名录文件")


def store_upload(name: str, data: bytes, *, larger: str = "用命令行处理大名录") -> str:
    """Keep an uploaded registry; the ``registry`` value that names it (refused: not CSV/Excel/Parquet,
    empty, or more than :data:`MAX_UPLOAD` bytes — ``larger`` says what to do instead)."""
    suffix = Path(name).suffix.lower().lstrip(".")
    if suffix not in ("csv", "xlsx", "parquet"):
        raise CaseInputError("file", f"「{name[:60]}」不是 CSV、Excel 或 Parquet 文件", "上传 .csv、.xlsx 或 .parquet 名录")
    if len(data) > MAX_UPLOAD:
        raise CaseInputError("file", f"名录超过 {MAX_UPLOAD // 1_000_000} MB", larger)
    if not data:
        raise CaseInputError("file", "上传的文件是空的", "选择名录文件")
    digest = hashlib.sha256(data).hexdigest()
    UPLOADS.mkdir(parents=True, exist_ok=True)
    target = UPLOADS / f"{digest}.{suffix}"
    if not target.is_file():
        part = UPLOADS / f"{digest}.{suffix}.part"
        part.write_bytes(data)
        part.replace(target)
    return f"upload:{digest}.{suffix}"


async def read_upload(upload: object) -> tuple[str | None, bytes]:
    """An uploaded form file's name and at most :data:`MAX_UPLOAD` + 1 of its bytes ((None, b"") if none)."""
    from starlette.datastructures import UploadFile

    if not isinstance(upload, UploadFile) or not upload.filename:
        return None, b""
    return upload.filename, await upload.read(MAX_UPLOAD + 1)
