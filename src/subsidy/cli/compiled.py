"""The compiled form of a policy (and of a policy's check, and of a case file), kept between runs of
the command (start-up).

Parsing a policy's YAML takes longer than everything else `subsidy assess` does; the parsed
:class:`~subsidy.rules.model.Policy` is pickled into the user's cache directory and read back while
nothing it came from has changed. The key of an entry is a BLAKE2b digest over

- the content (not the times) of every file under the policy directory, with their names (for a
  case file, :func:`remember_text`: its path and its text, as read; importing the YAML parser alone
  takes longer than the assessment);
- the code that reads it: name, size and modification time of every module of the ``subsidy``
  package and of the libraries the rules use, and the Python version;
- for a check, also the date (a case without ``as_of`` is assessed as of today).

Any change gives another key, and the entry is rebuilt from the files. One file per directory and
kind (``policy-…``, ``check-…``; for case files one of :data:`TEXT_SLOTS` files by path, ``case-…``)
holds the key beside the value, so the cache does not grow with edits. The directory is ``$SUBSIDY_CACHE_DIR``, else ``$XDG_CACHE_HOME/subsidy``, else
``~/.cache/subsidy``; ``SUBSIDY_CACHE_DIR=`` (empty) turns the cache off. Only a directory and files
owned by the user and writable by nobody else are read (a pickle runs code when read); anything
unreadable, damaged or not writable is ignored: the files are parsed as without a cache.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
import pickle
import stat
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

try:  # hashlib.blake2b itself, without hashlib's loading OpenSSL (start-up)
    from _blake2 import blake2b
except ImportError:  # a Python built without it
    from hashlib import blake2b

__all__ = ["cache_dir", "code_fingerprint", "remember", "remember_text"]

T = TypeVar("T")

_LIBRARIES = ("yaml", "numpy", "chinese_calendar")  # what the rules' results may depend on, beside subsidy
_FORMAT = b"subsidy-compiled-2"


def cache_dir(env: dict[str, str] | None = None) -> Path | None:
    """The cache directory, or ``None`` when the cache is turned off (``SUBSIDY_CACHE_DIR`` empty)."""
    e = os.environ if env is None else env
    if "SUBSIDY_CACHE_DIR" in e:
        return Path(e["SUBSIDY_CACHE_DIR"]).expanduser() if e["SUBSIDY_CACHE_DIR"] else None
    base = e.get("XDG_CACHE_HOME") or str(Path("~").expanduser() / ".cache")
    return Path(base) / "subsidy"


def _stat_line(path: str) -> bytes:
    try:
        s = os.stat(path)
    except OSError:
        return f"{path}\0-\n".encode()
    return f"{path}\0{s.st_size}\0{s.st_mtime_ns}\n".encode()


@cache
def code_fingerprint() -> bytes:
    """What identifies the code that builds the cached values (changes whenever a module does)."""
    import subsidy

    h = blake2b(_FORMAT + sys.version.encode() + b"\n")
    package = os.path.dirname(os.path.abspath(subsidy.__file__))
    for top, dirs, files in os.walk(package):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            if name.endswith(".py"):
                h.update(_stat_line(os.path.join(top, name)))
    for name in _LIBRARIES:
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError):
            spec = None
        h.update(_stat_line(spec.origin) if spec is not None and spec.origin else f"{name}\0absent\n".encode())
    return h.digest()


def _inputs_key(kind: str, directory: Path, extra: str) -> str:
    h = blake2b(code_fingerprint())
    h.update(f"{kind}\0{directory}\0{extra}\n".encode())
    for top, dirs, files in os.walk(directory):
        dirs.sort()
        for name in sorted(files):
            path = os.path.join(top, name)
            h.update(os.path.relpath(path, directory).encode() + b"\0")
            try:
                with open(path, "rb") as fh:
                    h.update(blake2b(fh.read()).digest())
            except OSError:
                h.update(b"unreadable")
    return h.hexdigest()


def _private(s: os.stat_result) -> bool:
    return s.st_uid == os.getuid() and not s.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _read(path: Path, key: str) -> tuple[bool, Any]:
    try:
        with open(path, "rb") as fh:
            if not (_private(os.fstat(fh.fileno())) and _private(os.stat(path.parent))):
                return False, None
            stored_key, value = pickle.load(fh)
    except Exception:  # absent, damaged, written by other code: built again
        return False, None
    return (True, value) if stored_key == key else (False, None)


def _write(path: Path, key: str, value: Any) -> None:
    import tempfile

    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump((key, value), fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temp, path)
        except BaseException:
            os.unlink(temp)
            raise
    except Exception:  # a read-only or full disk, a value that cannot be pickled: no cache
        pass


def _recall(path: Path, key: str, build: Callable[[], T]) -> T:
    found, value = _read(path, key)
    if found:
        return value  # type: ignore[no-any-return]
    value = build()
    _write(path, key, value)
    return value


def remember(kind: str, directory: Path, build: Callable[[], T], extra: str = "") -> T:
    """``build()``, or the value it gave last time for the same files of ``directory`` and the same code."""
    root = cache_dir()
    if root is None:
        return build()
    directory = directory.resolve()
    name = blake2b(str(directory).encode()).hexdigest()[:20]
    return _recall(root / f"{kind}-{name}.pickle", _inputs_key(kind, directory, extra), build)


TEXT_SLOTS = 256
"""Entries of one kind kept by :func:`remember_text` (each name has its slot): a batch of many files
does not fill the disk."""


def remember_text(kind: str, name: str, text: str, build: Callable[[], T]) -> T:
    """``build()``, or the value it gave last time for the same ``name`` (a case file's path), the
    same ``text`` (its content) and the same code."""
    root = cache_dir()
    if root is None:
        return build()
    h = blake2b(code_fingerprint())
    h.update(f"{kind}\0{name}\0".encode())
    h.update(text.encode("utf-8", "surrogatepass"))
    slot = int.from_bytes(blake2b(name.encode("utf-8", "surrogatepass")).digest()[:4], "big") % TEXT_SLOTS
    return _recall(root / f"{kind}-{slot:03d}.pickle", h.hexdigest(), build)


def policy_store(directory: Path, load: Callable[[Path], Any]) -> Any:
    """The :data:`subsidy.rules.registry.PolicyStore` of the command line (a variant's key includes its base's
    files: rules/layers.py)."""
    from subsidy.rules.registry import base_directory

    base = base_directory(directory)
    extra = "" if base is None else _inputs_key("base", base.resolve(), "")
    return remember("policy", directory, lambda: load(directory), extra)


def today_key() -> str:
    return dt.date.today().isoformat()
