"""Passwords: argon2id hashes, what a new password must be, one-time passwords, the demo's password.

The hash is argon2id with OWASP's parameters (19 MiB of memory, 2 passes, 1 lane; about 0.07 s on
one core): memory-hard, so guessing on a GPU gains little. When these parameters change, a user's
hash is recomputed at their next successful login (:func:`needs_rehash`).

The demo's password (``DEMO_PASSWORD``) is set only in a demo or simulation database
(services/accounts.set_demo_passwords); a production database refuses to set it and refuses a login
that uses it, whatever the hash says.
"""

from __future__ import annotations

import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from subsidy.errors import CaseInputError

__all__ = ["DEMO_PASSWORD", "HASHER", "KNOWN_DEMO_PASSWORDS", "MAX_LENGTH", "MIN_LENGTH", "check_new_password",
           "hash_password", "needs_rehash", "one_time_password", "owasp_hasher", "verify_password"]


def owasp_hasher() -> PasswordHasher:
    """argon2id with OWASP's parameters (19 MiB, 2 passes, 1 lane): the hasher of :data:`HASHER`."""
    return PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1, hash_len=32, salt_len=16)


HASHER = owasp_hasher()
MIN_LENGTH = 10
MAX_LENGTH = 256
DEMO_PASSWORD = "yanshi-2026"
KNOWN_DEMO_PASSWORDS = frozenset({DEMO_PASSWORD})
"""Passwords anyone can read in the source or the README: never accepted by a production database."""
_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i: read aloud or copied by hand


def hash_password(password: str, hasher: PasswordHasher = HASHER) -> str:
    return hasher.hash(password)


def verify_password(stored: str | None, password: str, hasher: PasswordHasher = HASHER) -> bool:
    """Whether ``password`` matches ``stored``; with no stored hash, the same work is done against a
    dummy one (a login for an unknown user takes as long as a wrong password) and it fails."""
    try:
        return hasher.verify(stored or _dummy(hasher), password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored: str, hasher: PasswordHasher = HASHER) -> bool:
    try:
        return hasher.check_needs_rehash(stored)
    except InvalidHashError:
        return True


_DUMMIES: dict[tuple[int, int, int], str] = {}


def _dummy(hasher: PasswordHasher) -> str:
    key = (hasher.time_cost, hasher.memory_cost, hasher.parallelism)
    if key not in _DUMMIES:
        _DUMMIES[key] = hasher.hash(secrets.token_hex(16))
    return _DUMMIES[key]


def check_new_password(password: str, username: str, *, production: bool, field: str = "新密码") -> str:
    """``password`` if it may be set for ``username``, or a refusal saying what to choose instead."""
    if len(password) < MIN_LENGTH:
        raise CaseInputError(field, f"过短（{len(password)} 个字符）", f"至少 {MIN_LENGTH} 个字符")
    if len(password) > MAX_LENGTH:
        raise CaseInputError(field, f"过长（{len(password)} 个字符）", f"最多 {MAX_LENGTH} 个字符")
    if password.strip() != password or any(ord(c) < 32 for c in password):
        raise CaseInputError(field, "首尾有空格或含控制字符", "去掉首尾空格与不可见字符")
    if len(set(password)) < 4:
        raise CaseInputError(field, "过于简单（不同的字符少于 4 种）", "换一个字符多样的密码")
    if len(username) >= 4 and username.lower() in password.lower():
        raise CaseInputError(field, "含用户名", "换一个不含用户名的密码")
    if production and password in KNOWN_DEMO_PASSWORDS:
        raise CaseInputError(field, "是公开的演示密码，正式数据库不能使用", "换一个只有本人知道的密码")
    return password


def one_time_password() -> str:
    """A random password to hand over once (about 99 bits): ``xxxx-xxxx-xxxx-xxxx-xxxx``."""
    return "-".join("".join(secrets.choice(_ALPHABET) for _ in range(4)) for _ in range(5))
