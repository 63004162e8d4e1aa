"""Where policies live: a directory of policy directories (default: the repository's ``policies/``)."""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from subsidy.errors import PolicyNotFound
from subsidy.rules.model import Policy

__all__ = ["PolicyStore", "find_policy", "list_policy_dirs", "policies_root", "use_store"]

PolicyStore = Callable[[Path, Callable[[Path], Policy]], Policy]
"""Where parsed policies may be kept between processes: called with the directory and the loader
(rules/parse.py's :func:`load_policy`), it returns the policy, built by the loader when it has none
for the directory's current files (the CLI's is cli/compiled.py)."""

_store: list[PolicyStore] = []


def policies_root() -> Path:
    env = os.environ.get("SUBSIDY_POLICIES")
    if env:
        return Path(env)
    here = _checkout_policies()
    return here if here is not None else Path.cwd() / "policies"


@lru_cache(maxsize=1)
def _checkout_policies() -> Path | None:
    """The checkout's ``policies/`` (looked up once: a request must not walk the file system)."""
    here = Path(__file__).resolve().parents[3] / "policies"
    return here if here.is_dir() else None


def checkout_policies() -> Path | None:
    """The checkout's own ``policies/`` directory, whatever ``SUBSIDY_POLICIES`` says (a variant's base)."""
    return _checkout_policies()


def list_policy_dirs(root: Path | None = None) -> list[Path]:
    base = root or policies_root()
    return sorted(p.parent for p in base.glob("*/policy.yaml"))


def use_store(store: PolicyStore | None) -> None:
    """Load policies through ``store`` from now on (``None``: parse the files every time)."""
    _store[:] = [] if store is None else [store]
    _load.cache_clear()


def _parse(directory: Path) -> Policy:
    from subsidy.rules.parse import load_policy  # not imported when a store has the policy (start-up)

    return load_policy(directory)


@lru_cache(maxsize=32)
def _load(directory: str, stamp: float) -> Policy:
    if _store:
        return _store[0](Path(directory), _parse)
    return _parse(Path(directory))


def _stamp(directory: Path) -> float:
    return max((p.stat().st_mtime for p in directory.rglob("*.yaml")), default=0.0)


def load_cached(directory: Path) -> Policy:
    """Load a policy, reusing the parsed form while its files are unchanged."""
    return _load(str(directory.resolve()), _stamp(directory))


def find_policy(key: str, root: Path | None = None) -> Policy:
    """A policy by id, or by path to its directory."""
    as_path = Path(key)
    try:
        is_dir = (as_path / "policy.yaml").is_file()
    except (OSError, ValueError):  # a name too long for a path, a NUL ...: not a directory
        is_dir = False
    if is_dir:
        return load_cached(as_path)
    for d in list_policy_dirs(root):
        if d.name == key:
            return load_cached(d)
    for d in list_policy_dirs(root):
        p = load_cached(d)
        if p.id == key:
            return p
    from subsidy.suggest import aside

    names = [d.name for d in list_policy_dirs(root)]
    raise PolicyNotFound(f"找不到政策「{key[:60]}」{aside(key[:60], names)}；已有：{'、'.join(names)}"
                         "（用 `subsidy policies` 查看）")
