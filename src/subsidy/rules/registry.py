"""Where policies live: a directory of policy directories (default: the repository's ``policies/``)."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from subsidy.errors import PolicyNotFound
from subsidy.rules.model import Policy

__all__ = ["PolicyStore", "base_candidates", "base_directory", "checkout_policies", "find_base", "find_policy",
           "list_policy_dirs", "policies_root", "use_store"]

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


def base_candidates() -> dict[str, Path]:
    """The policies a variant may name as its ``base`` (rules/layers.py): the checkout's own ``policies/``
    (whatever ``SUBSIDY_POLICIES`` says), then those of :func:`policies_root`."""
    shipped = checkout_policies()
    return {d.name: d for d in [*(list_policy_dirs(shipped) if shipped else []), *list_policy_dirs()]}


def find_base(directory: Path, base_id: str) -> Path | None:
    """The directory of the base ``base_id`` of the variant in ``directory``: a sibling, or a policy of
    :func:`base_candidates`; None when there is none."""
    here = directory.resolve()
    sibling = here.parent / base_id
    if base_id and (sibling / "policy.yaml").is_file() and sibling != here:
        return sibling
    found = base_candidates().get(base_id)
    return found if found is not None and found.resolve() != here else None


_BASE_LINE = re.compile(r"^base:\s*([a-z0-9][a-z0-9\-]*)\s*(?:#.*)?$", re.M)


def base_directory(directory: Path) -> Path | None:
    """The directory of the base a policy directory names (its policy.yaml's ``base:`` line, read without
    parsing the file), if any: what a cache of the parsed variant must also watch."""
    try:
        hit = _BASE_LINE.search((directory / "policy.yaml").read_text(encoding="utf-8", errors="replace"))
    except OSError:
        return None
    return None if hit is None else find_base(directory, hit.group(1))


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
    own = max((p.stat().st_mtime for p in directory.rglob("*.yaml")), default=0.0)
    base = base_directory(directory)  # a variant's parsed form also depends on its base's files
    return own if base is None else max(own, _stamp(base))


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
