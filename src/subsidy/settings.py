"""Settings, read once from the environment, validated, and passed down (never read deep inside)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from subsidy.errors import SubsidyError

__all__ = ["Settings", "load_settings"]

DEFAULT_URL = "sqlite:///subsidy.sqlite3"


@dataclass(frozen=True)
class Settings:
    database_url: str
    documents_max_bytes: int = 20 * 1024 * 1024
    document_types: tuple[str, ...] = ("application/pdf", "image/jpeg", "image/png",
                                       "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                       "application/vnd.openxmlformats-officedocument.wordprocessingml.document")

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


def load_settings(env: dict[str, str] | None = None) -> Settings:
    e = os.environ if env is None else env
    url = e.get("SUBSIDY_DATABASE_URL", DEFAULT_URL)
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    if not (url.startswith("sqlite") or url.startswith("postgresql+psycopg://")):
        raise SubsidyError(f"不支持的数据库地址「{url}」：请用 sqlite:///文件 或 postgresql+psycopg://用户@主机/库")
    if url.startswith("sqlite:///") and not url.startswith("sqlite:///:memory:"):
        Path(url.removeprefix("sqlite:///")).expanduser().parent.mkdir(parents=True, exist_ok=True)
    max_bytes = int(e.get("SUBSIDY_DOCUMENT_MAX_BYTES", str(20 * 1024 * 1024)))
    return Settings(url, max_bytes)
