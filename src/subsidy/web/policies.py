"""The policies the application serves: read once per process from the policy directory (so a
request never walks the files; restart the server after changing them), looked up by id only."""

from __future__ import annotations

import re
from functools import lru_cache

from subsidy.errors import PolicyNotFound
from subsidy.rules.model import Policy
from subsidy.rules.registry import list_policy_dirs, load_cached, policies_root
from subsidy.suggest import aside
from subsidy.web.errors import ApiError

__all__ = ["policy_choices", "served_versions", "shipped_policies", "shipped_policy"]

_POLICY_ID = re.compile(r"[a-z0-9][a-z0-9_-]{0,99}")


@lru_cache(maxsize=4)
def _snapshot(root: str) -> dict[str, Policy]:
    from pathlib import Path

    policies = [load_cached(d) for d in list_policy_dirs(Path(root))]
    return {p.id: p for p in policies}


_versions: list[tuple[dict[str, Policy], str]] = []  # the last snapshot (held: its id is not reused) and its list


def served_versions() -> str:
    """Every served policy as ``id=version``, comma-separated: what the served rules are (another text
    of any policy, or another set of policies, is another string). Made once per snapshot."""
    served = _snapshot(str(policies_root()))
    if not _versions or _versions[0][0] is not served:
        _versions[:] = [(served, ",".join(f"{p.id}={p.version}" for p in served.values()))]
    return _versions[0][1]


def shipped_policies() -> list[Policy]:
    """Every policy, in the order of their directories."""
    return list(_snapshot(str(policies_root())).values())


def shipped_policy(key: str) -> Policy:
    """A policy by id (never a path on the server); an unknown id is a 404 naming those there are."""
    if not _POLICY_ID.fullmatch(key):
        raise ApiError(404, "not_found", f"找不到政策「{key[:60]}」：政策编号由小写字母、数字和连字符组成"
                                         "（GET /api/policies 列出全部）", "policy_id")
    served = _snapshot(str(policies_root()))
    found = served.get(key)
    if found is None:
        raise PolicyNotFound(f"找不到政策「{key}」{aside(key, list(served))}；已有：{'、'.join(served)}"
                             "（GET /api/policies 列出全部）")
    return found


def policy_choices() -> list[tuple[str, str]]:
    """(id, short title) of every policy directory that reads, for the office's forms (a new call's policy, the
    policy a support record paid under); one that does not read is left out, not an error of the page."""
    from subsidy.errors import SubsidyError

    found = []
    for d in list_policy_dirs():
        try:
            p = load_cached(d)
        except SubsidyError:
            continue
        found.append((p.id, p.short_title))
    return found
