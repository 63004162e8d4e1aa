"""Keep the table path's freed blocks for reuse instead of giving them back to the system each time.

A block of the table path (:func:`subsidy.rules.vector.evaluate_table`, 64k rows × the clauses) makes
temporaries of a few MiB each. glibc's malloc hands such sizes to ``mmap`` and returns them on ``free``
(or trims the heap once its free top passes 2× the last such size), so the next block's temporaries are
fresh pages, each faulted in and zeroed by the kernel: about a quarter of the evaluation's CPU time
(32k page faults per million Chaoyang rows; bench/vector_bench.py). :func:`retain_freed_memory` raises
both thresholds once per process, so the blocks are recycled in the heap. It changes no result, only
where memory comes from; the process keeps up to ``_TRIM`` of freed memory for reuse. Elsewhere than on
glibc (musl, macOS, Windows) it does nothing. A server process calls it too
(:func:`subsidy.web.app.prepare_to_serve`): each answer of ``POST /api/assess`` builds and frees a
document of 50–110 KB, which without it took some 19 page faults an answer.
"""

from __future__ import annotations

import sys

__all__ = ["retain_freed_memory"]

_M_TRIM_THRESHOLD = -1  # glibc's mallopt parameters (malloc.h)
_M_MMAP_THRESHOLD = -3
_MMAP = 32 << 20  # glibc's largest mmap threshold on 64-bit: blocks below it come from the heap
_TRIM = 128 << 20  # free heap top kept before trimming
_done = False


def retain_freed_memory() -> None:
    """Raise glibc's mmap and trim thresholds, once (idempotent; a no-op off glibc)."""
    global _done
    if _done:
        return
    _done = True
    if not sys.platform.startswith("linux"):
        return
    import ctypes
    import platform

    if platform.libc_ver()[0] != "glibc":
        return
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return
    mallopt.argtypes, mallopt.restype = (ctypes.c_int, ctypes.c_int), ctypes.c_int
    mallopt(_M_MMAP_THRESHOLD, _MMAP)
    mallopt(_M_TRIM_THRESHOLD, _TRIM)
