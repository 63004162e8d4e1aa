"""CPU per answer of ``POST /api/assess`` in process, one source tree against another, paired.

Each side is a child process (``PYTHONPATH`` its ``src``) that builds the application as ``subsidy serve``
does (``web.app.serving_app``) and calls it as an ASGI application (no socket, no HTTP parsing: the
application's own CPU, from the middleware down to the answer's bytes), over the bodies of
bench/web_bench.py (each seed policy's example and case files, 220 bodies), for ``--rounds`` rounds
after one warm-up round; both children stay up, and each pair asks each for one run of ``--rounds``
rounds in turn (which side first alternates: the machine's load drifts alike over both), the run
reporting the process CPU time per answer (over all the bodies, and per policy) and checking every answer is 200 and the same bytes as the
warm-up's. The figure is the median of each side and the median of the per-pair ratios (after ÷ before).

Loads (``--load``, several comma-separated):

- ``repeat``: the bodies in turn, as web_bench.py sends them (each body comes back every 220 requests:
  a server that keeps its last answers answers them from memory);
- ``distinct``: every request its own body (the case's ``name``, which no answer shows, numbered):
  never the same bytes twice, so no kept whole answer serves it;
- ``cold``: as ``distinct``, and before each request the kept answers emptied: their cost without
  their gain.

    PYTHONPATH=src .venv/bin/python bench/assess_paired.py --before /tmp/web_old/src [--pairs 9]
        [--rounds 1] [--load repeat,distinct,cold]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import asyncio, hashlib, json, sys, time
sys.path.insert(0, sys.argv[1])
import web_bench as wb
from subsidy.web.app import serving_app

load, rounds = sys.argv[2], int(sys.argv[3])
app = serving_app()
bodies, owner = [], []
for p in wb.CASES:
    for b in wb.bodies_of(p):
        bodies.append(b)
        owner.append(p)

def clear():
    if load != "cold":
        return
    try:
        from subsidy.web import api
    except ImportError:
        return
    cache = getattr(api, "ANSWERS", None)
    if cache is not None:
        cache.clear()

def body(i, n):
    if load == "repeat":
        return bodies[i]
    doc = json.loads(bodies[i])
    doc["name"] = f"请求 {n}"
    return json.dumps(doc, ensure_ascii=False).encode()

async def call(b):
    msgs = [{"type": "http.request", "body": b, "more_body": False}]
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST", "scheme": "http",
             "path": "/api/assess", "raw_path": b"/api/assess", "query_string": b"", "root_path": "",
             "headers": [(b"host", b"127.0.0.1"), (b"content-type", b"application/json"),
                         (b"content-length", str(len(b)).encode())],
             "client": ("127.0.0.1", 1), "server": ("127.0.0.1", 80)}
    out = []
    async def receive():
        return msgs.pop() if msgs else {"type": "http.disconnect"}
    async def send(m):
        out.append(m)
    await app(scope, receive, send)
    assert out[0]["status"] == 200, out
    return b"".join(m.get("body", b"") for m in out[1:])

async def main():
    first = {}
    n = 0
    for i in range(len(bodies)):  # warm-up: every body once
        clear()
        first[i] = hashlib.sha256(await call(body(i, n))).digest()
        n += 1
    print("ready", flush=True)
    for _ in sys.stdin:  # a line: one measured run of `rounds` rounds
        cpu = dict.fromkeys(wb.CASES, 0.0)
        for _ in range(rounds):
            for i in range(len(bodies)):
                clear()
                b = body(i, n)
                n += 1
                t = time.process_time()
                got = await call(b)
                cpu[owner[i]] += time.process_time() - t
                assert hashlib.sha256(got).digest() == first[i], i
        print(json.dumps({"ms": sum(cpu.values()) / (rounds * len(bodies)) * 1000,
                          "by": {p: cpu[p] / (rounds * owner.count(p)) * 1000 for p in wb.CASES}}), flush=True)

asyncio.new_event_loop().run_until_complete(main())
"""


class Side:
    """One tree's child process, warmed up, measuring a run whenever asked."""

    def __init__(self, src: Path, load: str, rounds: int) -> None:
        self.src = src
        self.proc = subprocess.Popen([sys.executable, "-c", CHILD, str(ROOT / "bench"), load, str(rounds)],
                                     env={**os.environ, "PYTHONPATH": str(src)}, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True)
        self._line()

    def _line(self) -> str:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            raise SystemExit(f"{self.src}: the child failed (exit {self.proc.wait()})")
        return line

    def run(self) -> dict[str, float]:
        """CPU ms per answer: over all the bodies (``""``) and per policy."""
        assert self.proc.stdin is not None
        self.proc.stdin.write("run\n")
        self.proc.stdin.flush()
        got = json.loads(self._line())
        return {"": got["ms"], **got["by"]}

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--before", type=Path, required=True, help="the other tree's src directory")
    ap.add_argument("--after", type=Path, default=ROOT / "src")
    ap.add_argument("--pairs", type=int, default=9)
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--load", default="repeat,distinct,cold")
    a = ap.parse_args()
    print(f"load average before: {os.getloadavg()[0]:.2f}")
    for load in a.load.split(","):
        before: list[dict[str, float]] = []
        after: list[dict[str, float]] = []
        sides = {"before": Side(a.before, load, a.rounds), "after": Side(a.after, load, a.rounds)}
        for k in range(a.pairs):
            order = ["before", "after"] if k % 2 == 0 else ["after", "before"]
            got = {side: sides[side].run() for side in order}
            before.append(got["before"])
            after.append(got["after"])
        for side in sides.values():
            side.close()
        for key in before[0]:
            ratios = [x[key] / y[key] for x, y in zip(after, before, strict=True)]
            print(f"{load:9s} {key or 'all':<31} CPU ms per answer (median of {a.pairs} pairs): before "
                  f"{statistics.median(x[key] for x in before):.3f}  after {statistics.median(x[key] for x in after):.3f}"
                  f"  ratio after/before {statistics.median(ratios):.3f}  (pairs: {', '.join(f'{r:.2f}' for r in ratios)})")
    print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
