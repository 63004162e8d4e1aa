"""Latency of ``POST /api/assess`` over loopback, a case of each seed policy assessed against every
clause (the examples' cases: the whole trace, 50–110 KB of JSON per answer).

The server is the web application under uvicorn in its own process, prepared as ``subsidy serve``
prepares it (``web.app.serving_app``: policies read, long-lived objects frozen for the GC), with
``--workers`` processes (default 1, as ``subsidy serve`` runs it: the machine has 2 cores and the load
generator needs the other one). The load generator is a second process: raw asyncio sockets, one keep-alive HTTP/1.1
connection per client, the request bytes made once, so the clients spend little CPU of their own.
Every answer's status is checked, and the first one's body equals the engine's document in process.

Two kinds of load, each bounded in requests (``--requests``) and time (``--max-seconds``):

- ``open``: ``--clients`` connections (default 50) each sending requests at random times (Poisson),
  together ``--rates`` requests per second (default 50,100,200,400). Latency counts from the moment a
  request was due, so a slow answer that delays the next request counts against the server too.
- ``closed``: the same clients each sending its next request as soon as the last answer came (no
  pause): the server's capacity. By Little's law latency = clients / throughput here, so with 50
  clients a p95 of 20 ms would need some 2,500 answers per second.

Prints, per policy and load: requests, errors, achieved rate, latency p50/p95/p99/max (client side),
the server's own time p50/p95 (its ``Server-Timing`` header), the server's CPU per request and the load
generator's own; then one client alone; the load average before and after.

Paired mode (``--before DIR/src``, made by ``git archive COMMIT src | tar -x -C DIR``): one server per
source tree, the order alternating pair by pair, the same closed load on each; prints the median over
``--pairs`` of each side's server CPU per request and the median of the per-pair ratios (after ÷ before).
``--before-http h11 --before-loop asyncio`` serve the old tree as it was served before httptools and
uvloop were dependencies.

    PYTHONPATH=src .venv/bin/python bench/web_bench.py [--clients 50] [--rates 50,100,200,400]
        [--requests 2000] [--max-seconds 10] [--workers 1] [--http auto] [--loop auto] [--policy ID ...]
    PYTHONPATH=src .venv/bin/python bench/web_bench.py --before /tmp/before/src [--before-http h11] [--pairs 5]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CASES = {"cn-bj-chaoyang-smart-eldercare": ROOT / "examples" / "chaoyang-eldercare-platform.yaml",
         "cn-gz-tianhe-hk-macao-youth": ROOT / "examples" / "tianhe-youth-enterprise.yaml",
         "cn-sz-baoan-ai-health": ROOT / "examples" / "baoan-hospital.yaml"}
SERVER = """
import sys, uvicorn
uvicorn.run("subsidy.web.app:serving_app", factory=True, host="127.0.0.1", port=int(sys.argv[1]),
            workers=int(sys.argv[2]), http=sys.argv[3], loop=sys.argv[4], log_level="warning", access_log=False)
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def body_of(path: Path) -> bytes:
    from subsidy.rules.case import load_case_file

    def plain(x: Any) -> Any:  # YAML's exact decimals as JSON text (the case reader reads both)
        if isinstance(x, dict):
            return {str(k): plain(v) for k, v in x.items()}
        if isinstance(x, list):
            return [plain(v) for v in x]
        return x if isinstance(x, str | int | bool | type(None)) else str(x)

    return json.dumps(plain(load_case_file(path)), ensure_ascii=False).encode()


def expected_doc(body: bytes) -> Any:
    """The engine's document for the body, in process (what the CLI's ``assess --json`` prints)."""
    from subsidy.rules.assessment import assess_request, assessment_json
    from subsidy.rules.case import load_case_text
    from subsidy.services.clock import china_today

    data = load_case_text(body.decode(), "请求", is_json=True)
    return assessment_json(assess_request(data, today=china_today(), name="请求"))


def request_bytes(port: int, body: bytes) -> bytes:
    head = (f"POST /api/assess HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n\r\n")
    return head.encode() + body


@dataclass
class Run:
    latency: list[float] = field(default_factory=list)  # ms
    server: list[float] = field(default_factory=list)  # ms, Server-Timing
    errors: list[str] = field(default_factory=list)
    first_body: bytes | None = None
    wall: float = 0.0
    cpu: float = 0.0  # seconds of CPU the server used during the run
    client_cpu: float = 0.0  # seconds of CPU the load generator (this process) used during the run


async def _answer(reader: asyncio.StreamReader) -> tuple[int, dict[str, str], bytes]:
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    headers = {k.strip().lower(): v.strip() for k, _, v in (x.partition(":") for x in lines[1:] if x)}
    body = await reader.readexactly(int(headers.get("content-length", "0")))
    return status, headers, body


async def drive(port: int, req: bytes, clients: int, requests: int, seconds: float, rate: float | None,
                seed: int = 1) -> Run:
    """``clients`` connections sending ``requests`` in all (or until ``seconds`` pass); ``rate`` the
    requests per second of all clients together (Poisson), or ``None``: each sends on the last answer."""
    run = Run()
    left = requests
    rng = random.Random(seed)
    start = time.perf_counter()
    deadline = start + seconds

    async def client(k: int) -> None:
        nonlocal left
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            due = start + (rng.expovariate(rate / clients) if rate else 0.0)
            while left > 0:
                if rate:
                    if due > deadline:  # not after sleeping until then: the run's wall time is its rate's
                        return
                    pause = due - time.perf_counter()
                    if pause > 0:
                        await asyncio.sleep(pause)
                t0 = due if rate else time.perf_counter()
                if t0 > deadline:
                    return
                left -= 1
                writer.write(req)
                status, headers, body = await _answer(reader)
                now = time.perf_counter()
                run.latency.append((now - t0) * 1000)
                if status != 200:
                    run.errors.append(f"{status} {body[:200]!r}")
                else:
                    run.server.append(float(headers["server-timing"].split("dur=")[1]))
                    if run.first_body is None:
                        run.first_body = body
                if rate:
                    due += rng.expovariate(rate / clients)
        finally:
            writer.close()

    await asyncio.gather(*(client(k) for k in range(clients)))
    run.wall = time.perf_counter() - start
    return run


def server_cpu(pid: int) -> float:
    """Seconds of CPU the server's processes (the workers too) have used (Linux ``/proc``)."""
    tick = os.sysconf("SC_CLK_TCK")
    total, todo = 0.0, [pid]
    while todo:
        p = todo.pop()
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / tick
            for task in Path(f"/proc/{p}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (FileNotFoundError, ProcessLookupError):
            continue
    return total


def measured(pid: int, coro: Any) -> Run:
    before, mine = server_cpu(pid), time.process_time()
    run: Run = asyncio.run(coro)
    run.cpu, run.client_cpu = server_cpu(pid) - before, time.process_time() - mine
    return run


def pct(xs: list[float], q: float) -> float:
    s = sorted(xs)
    return s[min(len(s) - 1, int(q * len(s)))] if s else float("nan")


def report(label: str, run: Run, target: str = "") -> None:
    lat, srv = run.latency, run.server
    n = len(lat)
    print(f"  {label:<26} n={n:>5} errors={len(run.errors):>3} {n / run.wall:6.0f} req/s  latency p50 {pct(lat, .50):7.1f}"
          f"  p95 {pct(lat, .95):7.1f}  p99 {pct(lat, .99):7.1f}  max {max(lat, default=float('nan')):7.1f} ms"
          f"  | server p50 {statistics.median(srv) if srv else float('nan'):5.2f}  p95 {pct(srv, .95):5.2f} ms,"
          f" CPU {run.cpu * 1000 / max(n, 1):5.2f} ms/req (client {run.client_cpu * 1000 / max(n, 1):4.2f}){target}")
    for e in run.errors[:3]:
        print("    error:", e)


@contextmanager
def serving(src: Path, workers: int, http: str, loop: str) -> Iterator[tuple[subprocess.Popen[bytes], int]]:
    """uvicorn serving the application of the source tree ``src``, once it accepts connections; in a
    process group of its own (uvicorn and its workers), stopped however the bench ends: at the end, on an
    error, on Ctrl-C, or on SIGTERM (:func:`main` turns it into ``SystemExit``)."""
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(src), "SUBSIDY_DATABASE_URL": "sqlite:///:memory:"}
    proc = subprocess.Popen([sys.executable, "-c", SERVER, str(port), str(workers), http, loop], env=env, cwd=ROOT,
                            start_new_session=True)
    try:
        for _ in range(1200):
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                if proc.poll() is not None:
                    raise SystemExit("the server exited before it accepted connections") from None
                time.sleep(0.05)
        else:
            raise SystemExit("the server did not start")
        yield proc, port
    finally:
        _stop(proc)


def _stop(proc: subprocess.Popen[bytes]) -> None:
    """The server's whole process group: SIGTERM, and SIGKILL if it is still there after 10 s."""
    with suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        with suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


def _terminated(signum: int, frame: Any) -> None:
    raise SystemExit(128 + signum)  # unwinds through the ``finally`` that stops the server


def checked(port: int, policy: str, body: bytes, seconds: float) -> tuple[bytes, int]:
    """The request bytes of ``body`` and the answer's size, after a warm-up whose first answer must
    equal the engine's document."""
    req = request_bytes(port, body)
    warm = asyncio.run(drive(port, req, 4, 200, seconds, None))
    if warm.first_body is None or json.loads(warm.first_body) != expected_doc(body):
        raise SystemExit(f"{policy}: the answer differs from the engine's document ({warm.errors[:1]})")
    return req, len(warm.first_body)


def load() -> str:
    return "load average " + " ".join(f"{x:.1f}" for x in os.getloadavg())


def paired(args: argparse.Namespace, policies: list[str]) -> None:
    """Old tree against new, alternated: each pair starts one server per tree (the order alternates),
    and measures the server's CPU per request of each policy under the same closed load."""
    sides = {"before": (Path(args.before).resolve(), args.before_http, args.before_loop),
             "after": (ROOT / "src", args.http, args.loop)}
    cpu: dict[tuple[str, str], list[float]] = {}
    p95: dict[tuple[str, str], list[float]] = {}
    print(f"paired: before {sides['before']}, after {sides['after']}; {args.pairs} pairs, {args.clients} closed-loop "
          f"clients, {args.requests} requests or {args.max_seconds:.0f} s per run; {load()}")
    for k in range(args.pairs):
        for side in (("before", "after") if k % 2 == 0 else ("after", "before")):
            src, http, loop = sides[side]
            with serving(src, args.workers, http, loop) as (proc, port):
                for policy in policies:
                    body = body_of(CASES[policy])
                    req, _ = checked(port, policy, body, args.max_seconds)
                    run = measured(proc.pid, drive(port, req, args.clients, args.requests, args.max_seconds, None))
                    if run.errors:
                        raise SystemExit(f"{side} {policy}: {run.errors[:1]}")
                    cpu.setdefault((side, policy), []).append(run.cpu * 1000 / len(run.latency))
                    p95.setdefault((side, policy), []).append(pct(run.latency, .95))
        print(f"  pair {k + 1}: " + ", ".join(f"{p.split('-')[2]} {cpu[('before', p)][-1]:.2f}→{cpu[('after', p)][-1]:.2f} ms"
                                              for p in policies) + f"  ({load()})")
    print("server CPU per request (ms), median over pairs; ratio = median of per-pair after ÷ before:")
    for p in policies:
        b, a = cpu[("before", p)], cpu[("after", p)]
        ratio = statistics.median(x / y for x, y in zip(a, b, strict=True))
        print(f"  {p:<34} before {statistics.median(b):5.2f}  after {statistics.median(a):5.2f}  ratio {ratio:.2f}"
              f"   closed-loop p95 before {statistics.median(p95[('before', p)]):6.1f}"
              f"  after {statistics.median(p95[('after', p)]):6.1f} ms")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--rates", default="50,100,200,400", help="requests per second of all clients together")
    ap.add_argument("--requests", type=int, default=2000, help="at most this many requests per run")
    ap.add_argument("--max-seconds", type=float, default=10.0, help="stop each run after this long")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--http", default="auto", help="uvicorn's HTTP parser: auto (httptools if installed), h11, httptools")
    ap.add_argument("--loop", default="auto", help="uvicorn's event loop: auto (uvloop if installed), asyncio, uvloop")
    ap.add_argument("--no-closed", action="store_true", help="skip the closed-loop (capacity) run")
    ap.add_argument("--policy", action="append", choices=sorted(CASES), help="only these policies (default: all)")
    ap.add_argument("--before", help="paired mode: the source tree (its src/) to compare the current one against")
    ap.add_argument("--before-http", default="auto", help="the before tree's HTTP parser (h11: as before httptools)")
    ap.add_argument("--before-loop", default="auto", help="the before tree's event loop")
    ap.add_argument("--pairs", type=int, default=5)
    args = ap.parse_args()
    signal.signal(signal.SIGTERM, _terminated)
    policies = [p for p in CASES if not args.policy or p in args.policy]
    if args.before:
        paired(args, policies)
        return
    rates = [float(x) for x in args.rates.split(",") if x]
    with serving(ROOT / "src", args.workers, args.http, args.loop) as (proc, port):
        print(f"POST /api/assess over loopback; uvicorn, {args.workers} worker(s), http={args.http}, loop={args.loop}; "
              f"{args.clients} clients; {os.cpu_count()} CPUs shared with other jobs ({load()})")
        failed = False
        for policy in policies:
            body = body_of(CASES[policy])
            req, size = checked(port, policy, body, args.max_seconds)
            print(f"{policy}: answer {size // 1024} KB, equal to the engine's document")
            for rate in rates:
                run = measured(proc.pid, drive(port, req, args.clients, args.requests, args.max_seconds, rate))
                ok = pct(run.latency, .95) <= 20
                failed |= bool(run.errors)
                report(f"open, {rate:.0f} req/s offered", run, "  p95 ≤ 20 ms: " + ("met" if ok else "NOT met"))
            if not args.no_closed:
                run = measured(proc.pid, drive(port, req, args.clients, args.requests, args.max_seconds, None))
                failed |= bool(run.errors)
                report("closed (capacity)", run, "  p95 ≤ 20 ms: " + ("met" if pct(run.latency, .95) <= 20 else "NOT met"))
            report("one client, closed", measured(proc.pid, drive(port, req, 1, max(100, args.requests // 10),
                                                                  args.max_seconds, None)))
        print(f"({load()})")
        if failed:
            raise SystemExit("some requests failed")


if __name__ == "__main__":
    main()
