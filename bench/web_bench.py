"""Latency of ``POST /api/assess`` over loopback, cases of each seed policy assessed against every
clause (the whole trace, 50–110 KB of JSON per answer). The requests rotate over the policy's example and
every case file of the policy (``policies/ID/cases/*.yaml``): different facts from one request to the next,
but each body comes back every few dozen requests, so the server's kept answers (web/answers.py) serve
all but the first of each: ``--distinct N`` makes every request its own body instead (N bodies per
policy, each case with its ``name``, which no answer shows, numbered: the same answers, never the same
bytes; the load wraps round after N requests), the cost of answers that must be assessed. Every
case's answer is checked once against the engine's document before the runs.

The server is the web application under uvicorn in its own process, prepared as ``subsidy serve``
prepares it (``web.app.serving_app``: policies read, long-lived objects frozen for the GC), with
``--workers`` processes (default 1, as ``subsidy serve`` runs it: the machine has 2 cores and the load
generator needs the other one). The load generator is a second process: for the closed load, Debian's ``wrk`` when it is installed
(``--client auto``; one thread, a Lua script rotating the bodies: less CPU per answer than the
Python one, 0.06 against 0.08 ms per Bao'an answer on a quiet machine, 0.12 against 0.20–0.30 on a
loaded one, and no event loop of its own to fall behind), else (or ``--client python``) raw asyncio sockets, one
keep-alive HTTP/1.1 connection per client, the request bytes made once. The open load is always the
Python one (wrk cannot time requests by a Poisson schedule). Every answer's status is checked.

Two kinds of load, each bounded in requests (``--requests``) and time (``--max-seconds``):

- ``open``: ``--clients`` connections (default 50) each sending requests at random times (Poisson),
  together ``--rates`` requests per second (default 50,100,200,400). Latency counts from the moment a
  request was due, so a slow answer that delays the next request counts against the server too.
- ``closed``: the same clients each sending its next request as soon as the last answer came (no
  pause): the server's capacity. By Little's law latency = clients / throughput here, so with 50
  clients a p95 of 20 ms would need some 2,500 answers per second.

A closed run's mean latency is checked against Little's law (clients ÷ throughput: each client always
has one request out): wrk's latencies were seen far above it on this 2-core machine in some runs (p95
300–1,300 ms, p99 1–2 s, at p50 75 ms) while the server's own view of every request stayed short (from
its headers parsed to its answer started at most 80–190 ms, from an answer written to the connection's
next request at most 80–150 ms) and the Python client agreed with the law; such a run is flagged, and
``--client python`` gives the latencies then.

Prints, per policy and load: requests, errors, achieved rate, latency p50/p95/p99/max (client side),
the server's own time p50/p95 (its ``Server-Timing`` header; not read by wrk), the server's CPU per
request (the robust figure on a shared machine) and the load generator's own; then one client alone;
the load average before and after; which load generator ran.

Paired mode (``--before DIR/src``, made by ``git archive COMMIT src | tar -x -C DIR``): one server per
source tree and per ``--workers`` count (``--workers 1,2``: each), the order alternating pair by pair,
the same closed load on each; prints the median over ``--pairs`` of each side's server CPU per request,
closed-loop latency p50/p95/p99 and req/s, and the median of the per-pair CPU ratios (after ÷ before).
``--before-http h11 --before-loop asyncio`` serve the old tree as it was served before httptools and
uvloop were dependencies.

    PYTHONPATH=src .venv/bin/python bench/web_bench.py [--clients 50] [--rates 50,100,200,400]
        [--requests 2000] [--max-seconds 10] [--workers 1] [--http auto] [--loop auto] [--policy ID ...]
        [--client auto|wrk|python] [--distinct N]
    PYTHONPATH=src .venv/bin/python bench/web_bench.py --before /tmp/before/src [--workers 1,2] [--pairs 5]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import resource
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
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
http = {"serve": "subsidy.web.wire:OneWriteProtocol"}.get(sys.argv[3], sys.argv[3])  # as subsidy serve runs it
uvicorn.run("subsidy.web.app:serving_app", factory=True, host="127.0.0.1", port=int(sys.argv[1]),
            workers=int(sys.argv[2]), http=http, loop=sys.argv[4], log_level="warning", access_log=False)
"""
# wrk's script: the bodies (one a line, in WEB_BENCH_BODIES) sent in turn on every connection; the
# figures printed on one line for the bench to read (latency in microseconds).
WRK_LUA = """
local bodies, reqs, i = {}, {}, 0
for line in io.lines(os.getenv("WEB_BENCH_BODIES")) do bodies[#bodies + 1] = line end
function init(args)
  for k, b in ipairs(bodies) do
    reqs[k] = wrk.format("POST", "/api/assess", {["Content-Type"] = "application/json"}, b)
  end
end
function request()
  i = i % #reqs + 1
  return reqs[i]
end
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("WRK %d %d %d %d %d %d %d %d %d %d %d %d\\n", summary.requests, summary.duration,
    e.connect, e.read, e.write, e.status, e.timeout, latency:percentile(50), latency:percentile(95),
    latency:percentile(99), latency.max, math.floor(latency.mean)))
end
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


def bodies_of(policy: str) -> list[bytes]:
    """The policy's example and every case file of the policy, as request bodies (one line each)."""
    paths = [CASES[policy], *sorted((ROOT / "policies" / policy / "cases").glob("*.yaml"))]
    return [body_of(p) for p in paths]


def distinct(bodies: list[bytes], n: int) -> list[bytes]:
    """``n`` bodies, each the next of ``bodies`` in turn with its own case ``name`` (``--distinct``)."""
    out = []
    for k in range(n):
        doc = json.loads(bodies[k % len(bodies)])
        doc["name"] = f"压测 {k}"
        out.append(json.dumps(doc, ensure_ascii=False).encode())
    return out


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
    bodies: list[bytes] = field(default_factory=list)  # the answers, in order, when kept
    wall: float = 0.0
    cpu: float = 0.0  # seconds of CPU the server used during the run
    client_cpu: float = 0.0  # seconds of CPU the load generator used during the run
    wrk: tuple[int, float, float, float, float] | None = None  # wrk's count and p50/p95/p99/max (ms)
    wrk_mean: float = 0.0  # wrk's mean latency (ms)

    def mean(self) -> float:
        """The mean latency (ms)."""
        return self.wrk_mean if self.wrk is not None else statistics.fmean(self.latency)

    def figures(self) -> tuple[int, float, float, float, float]:
        """Answers, latency p50/p95/p99/max (ms)."""
        if self.wrk is not None:
            return self.wrk
        lat = self.latency
        return len(lat), pct(lat, .50), pct(lat, .95), pct(lat, .99), max(lat, default=float("nan"))


async def _answer(reader: asyncio.StreamReader) -> tuple[int, dict[str, str], bytes]:
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    headers = {k.strip().lower(): v.strip() for k, _, v in (x.partition(":") for x in lines[1:] if x)}
    body = await reader.readexactly(int(headers.get("content-length", "0")))
    return status, headers, body


async def drive(port: int, reqs: list[bytes], clients: int, requests: int, seconds: float, rate: float | None,
                seed: int = 1, keep: bool = False) -> Run:
    """``clients`` connections sending ``requests`` in all (or until ``seconds`` pass), each the next of
    ``reqs`` in turn; ``rate`` the requests per second of all clients together (Poisson), or ``None``:
    each sends on the last answer. ``keep``: the answers' bodies in the order of ``reqs``."""
    run = Run()
    left = requests
    sent = 0
    rng = random.Random(seed)
    start = time.perf_counter()
    deadline = start + seconds

    async def client(k: int) -> None:
        nonlocal left, sent
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
                req = reqs[sent % len(reqs)]
                sent += 1
                writer.write(req)
                status, headers, body = await _answer(reader)
                now = time.perf_counter()
                run.latency.append((now - t0) * 1000)
                if keep:
                    run.bodies.append(body)
                if status != 200:
                    run.errors.append(f"{status} {body[:200]!r}")
                else:
                    run.server.append(float(headers["server-timing"].split("dur=")[1]))
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


def children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def wrk_closed(pid: int, port: int, bodies: list[bytes], clients: int, seconds: float) -> Run:
    """The closed load by wrk (one thread, ``clients`` connections, ``seconds`` long), the bodies in turn."""
    with tempfile.TemporaryDirectory() as tmp:
        script, lines = Path(tmp) / "bench.lua", Path(tmp) / "bodies.txt"
        script.write_text(WRK_LUA)
        lines.write_bytes(b"\n".join(bodies) + b"\n")  # compact JSON: no newline inside a body
        cmd = ["wrk", "-t1", f"-c{clients}", f"-d{max(1, round(seconds))}s", "--timeout", "30s", "-s", str(script),
               f"http://127.0.0.1:{port}/api/assess"]
        before, mine = server_cpu(pid), children_cpu()
        out = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "WEB_BENCH_BODIES": str(lines)},
                             check=True).stdout
        cpu, client = server_cpu(pid) - before, children_cpu() - mine
    line = next((x for x in out.splitlines() if x.startswith("WRK ")), None)
    if line is None:
        raise SystemExit(f"wrk printed no figures:\n{out}")
    n, micros, connect, read, write, status, timeout, p50, p95, p99, top, mean = (int(x) for x in line.split()[1:])
    run = Run(wall=micros / 1e6, cpu=cpu, client_cpu=client, wrk=(n, p50 / 1000, p95 / 1000, p99 / 1000, top / 1000),
              wrk_mean=mean / 1000)
    run.errors = [f"wrk: {k} {v}" for k, v in (("connect", connect), ("read", read), ("write", write),
                                               ("non-2xx", status), ("timeout", timeout)) if v]
    return run


def use_wrk(choice: str) -> bool:
    if choice == "wrk" and shutil.which("wrk") is None:
        raise SystemExit("--client wrk: wrk is not installed (apt-get install wrk)")
    return choice == "wrk" or (choice == "auto" and shutil.which("wrk") is not None)


def closed(pid: int, port: int, bodies: list[bytes], reqs: list[bytes], args: argparse.Namespace,
           clients: int | None = None) -> Run:
    """The closed load (each client sends on the last answer), by wrk or by Python (``--client``)."""
    clients = clients or args.clients
    if use_wrk(args.client):
        return wrk_closed(pid, port, bodies, clients, args.max_seconds)
    return measured(pid, drive(port, reqs, clients, args.requests, args.max_seconds, None))


def pct(xs: list[float], q: float) -> float:
    s = sorted(xs)
    return s[min(len(s) - 1, int(q * len(s)))] if s else float("nan")


def report(label: str, run: Run, target: str = "", clients: int = 0) -> None:
    """One run's line; for a closed load (``clients``), the mean latency against Little's law (clients ÷
    throughput: what the mean must be when every client always has a request out)."""
    n, p50, p95, p99, top = run.figures()
    srv = run.server
    print(f"  {label:<26} n={n:>5} errors={len(run.errors):>3} {n / run.wall:6.0f} req/s  latency p50 {p50:7.1f}"
          f"  p95 {p95:7.1f}  p99 {p99:7.1f}  max {top:7.1f} ms"
          f"  | server p50 {statistics.median(srv) if srv else float('nan'):5.2f}  p95 {pct(srv, .95):5.2f} ms,"
          f" CPU {run.cpu * 1000 / max(n, 1):5.2f} ms/req (client {run.client_cpu * 1000 / max(n, 1):4.2f}){target}")
    if clients and n:
        mean, little = run.mean(), clients / (n / run.wall) * 1000
        print(f"    mean {mean:.1f} ms; Little's law ({clients} clients ÷ {n / run.wall:.0f} req/s) {little:.1f} ms"
              + (": the client's latencies disagree with its own throughput (seen with wrk on loopback; the server's "
                 "own view and --client python agree with Little's law)" if mean > 1.25 * little else ""))
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


def checked(port: int, policy: str, bodies: list[bytes], seconds: float,
            engine: bool = True) -> tuple[list[bytes], int]:
    """The request bytes of ``bodies`` and their answers' mean size, after each body's answer was found
    equal to the engine's document (``engine``: this tree's; an older tree's answers may follow an older
    contract, so they are only checked to succeed), then a warm-up."""
    reqs = [request_bytes(port, b) for b in bodies]
    first = asyncio.run(drive(port, reqs, 1, len(reqs), 600, None, keep=True))
    if first.errors or len(first.bodies) != len(bodies):
        raise SystemExit(f"{policy}: {first.errors[:1]}")
    for body, answer in zip(bodies, first.bodies, strict=True):
        if engine and json.loads(answer) != expected_doc(body):
            raise SystemExit(f"{policy}: the answer to {body[:120]!r} differs from the engine's document")
    asyncio.run(drive(port, reqs, 4, 200, seconds, None))
    return reqs, sum(map(len, first.bodies)) // len(bodies)


def load() -> str:
    return "load average " + " ".join(f"{x:.1f}" for x in os.getloadavg())


def client_name(args: argparse.Namespace) -> str:
    return "wrk (1 thread)" if use_wrk(args.client) else "Python asyncio"


def med(xs: list[tuple[float, float, float, float, float]], i: int) -> float:
    return statistics.median(x[i] for x in xs)


def paired(args: argparse.Namespace, policies: list[str]) -> None:
    """Old tree against new, alternated: each pair starts one server per tree and worker count (the
    order of the trees alternates), and measures each policy under the same closed load."""
    sides = {"before": (Path(args.before).resolve(), args.before_http, args.before_loop),
             "after": (ROOT / "src", args.http, args.loop)}
    counts = [int(x) for x in args.workers.split(",")]
    bodies = {p: bodies_of(p) for p in policies}
    figs: dict[tuple[int, str, str], list[tuple[float, float, float, float, float]]] = {}  # cpu, p50, p95, p99, req/s
    runs = odd = 0  # runs, and those whose client's mean latency disagrees with Little's law
    print(f"paired: before {sides['before']}, after {sides['after']}; {args.pairs} pairs, workers {counts}, "
          f"{args.clients} closed-loop clients by {client_name(args)}, {args.max_seconds:.0f} s per run"
          f"{'' if use_wrk(args.client) else f' or {args.requests} requests'}; requests rotating over "
          + ", ".join(f"{len(bodies[p])} cases of {p}" for p in policies)
          + (f", every request its own body ({args.distinct} per policy)" if args.distinct else "") + f"; {load()}")
    for k in range(args.pairs):
        for w in counts:
            for side in (("before", "after") if k % 2 == 0 else ("after", "before")):
                src, http, loop = sides[side]
                with serving(src, w, http, loop) as (proc, port):
                    for policy in policies:
                        reqs, _ = checked(port, policy, bodies[policy], args.max_seconds, engine=side == "after")
                        sent = bodies[policy]
                        if args.distinct:
                            sent = distinct(sent, args.distinct)
                            reqs = [request_bytes(port, b) for b in sent]
                        run = closed(proc.pid, port, sent, reqs, args)
                        if run.errors:
                            raise SystemExit(f"{side} {policy}: {run.errors[:1]}")
                        n, p50, p95, p99, _ = run.figures()
                        runs += 1
                        odd += run.mean() > 1.25 * args.clients / (n / run.wall) * 1000  # Little's law (report)
                        figs.setdefault((w, side, policy), []).append((run.cpu * 1000 / n, p50, p95, p99, n / run.wall))
            print(f"  pair {k + 1}, {w} worker(s): " + ", ".join(
                f"{p.split('-')[2]} {figs[(w, 'before', p)][-1][0]:.2f}→{figs[(w, 'after', p)][-1][0]:.2f} ms"
                for p in policies) + f"  ({load()})")
    print("median over pairs: server CPU per answer (ms), ratio = median of per-pair after ÷ before; "
          "closed-loop latency (ms) and answers per second:")
    for w in counts:
        for p in policies:
            b, a = figs[(w, "before", p)], figs[(w, "after", p)]
            ratio = statistics.median(x[0] / y[0] for x, y in zip(a, b, strict=True))

            print(f"  {w}w {p:<31} CPU before {med(b, 0):5.2f} after {med(a, 0):5.2f} ratio {ratio:.2f} |"
                  + " | ".join(f" {side} p50 {med(xs, 1):5.1f} p95 {med(xs, 2):5.1f} p99 {med(xs, 3):5.1f}"
                               f" {med(xs, 4):5.0f}/s" for side, xs in (("before", b), ("after", a))))
    if odd:
        print(f"  ({odd} of {runs} runs: the client's mean latency exceeds Little's law's clients ÷ throughput by over "
              "25%: its latency figures are not the server's; see report())")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--rates", default="50,100,200,400", help="requests per second of all clients together")
    ap.add_argument("--requests", type=int, default=2000, help="at most this many requests per run (Python client)")
    ap.add_argument("--max-seconds", type=float, default=10.0, help="stop each run after this long (wrk: its length)")
    ap.add_argument("--workers", default="1", help="server processes; paired mode: a comma-separated list")
    ap.add_argument("--http", default="serve", help="uvicorn's HTTP protocol: serve (as subsidy serve runs it: httptools, "
                    "an answer's head written with its body, web/wire.py), auto, h11, httptools")
    ap.add_argument("--loop", default="auto", help="uvicorn's event loop: auto (uvloop if installed), asyncio, uvloop")
    ap.add_argument("--client", default="auto", choices=("auto", "wrk", "python"),
                    help="the closed load's generator: auto (wrk if installed), wrk, python")
    ap.add_argument("--no-closed", action="store_true", help="skip the closed-loop (capacity) run")
    ap.add_argument("--policy", action="append", choices=sorted(CASES), help="only these policies (default: all)")
    ap.add_argument("--before", help="paired mode: the source tree (its src/) to compare the current one against")
    ap.add_argument("--before-http", default="auto", help="the before tree's HTTP protocol (auto: httptools; serve: as "
                    "the current tree is served; h11: as before httptools)")
    ap.add_argument("--before-loop", default="auto", help="the before tree's event loop")
    ap.add_argument("--pairs", type=int, default=5)
    ap.add_argument("--distinct", type=int, default=0, metavar="N",
                    help="every request its own body: N per policy, the cases with their names numbered (default: "
                         "the cases in turn, the same bytes every few dozen requests)")
    args = ap.parse_args()
    signal.signal(signal.SIGTERM, _terminated)
    policies = [p for p in CASES if not args.policy or p in args.policy]
    if args.before:
        paired(args, policies)
        return
    rates = [float(x) for x in args.rates.split(",") if x]
    workers = int(args.workers)
    with serving(ROOT / "src", workers, args.http, args.loop) as (proc, port):
        print(f"POST /api/assess over loopback; uvicorn, {workers} worker(s), http={args.http}, loop={args.loop}; "
              f"{args.clients} clients; closed load by {client_name(args)}; {os.cpu_count()} CPUs shared with other "
              f"jobs ({load()})")
        failed = False
        for policy in policies:
            bodies = bodies_of(policy)
            reqs, size = checked(port, policy, bodies, args.max_seconds)
            print(f"{policy}: {len(bodies)} cases in turn (the example and every case file), answers "
                  f"{size // 1024} KB on average, each equal to the engine's document"
                  + (f"; every request its own body ({args.distinct}, names numbered)" if args.distinct else ""))
            if args.distinct:
                bodies = distinct(bodies, args.distinct)
                reqs = [request_bytes(port, b) for b in bodies]
            for rate in rates:
                run = measured(proc.pid, drive(port, reqs, args.clients, args.requests, args.max_seconds, rate))
                ok = run.figures()[2] <= 20
                failed |= bool(run.errors)
                report(f"open, {rate:.0f} req/s offered", run, "  p95 ≤ 20 ms: " + ("met" if ok else "NOT met"))
            if not args.no_closed:
                run = closed(proc.pid, port, bodies, reqs, args)
                failed |= bool(run.errors)
                report("closed (capacity)", run, "  p95 ≤ 20 ms: " + ("met" if run.figures()[2] <= 20 else "NOT met"),
                       args.clients)
            report("one client, closed", measured(proc.pid, drive(port, reqs, 1, max(100, args.requests // 10),
                                                                  args.max_seconds, None)))
        print(f"({load()})")
        if failed:
            raise SystemExit("some requests failed")


if __name__ == "__main__":
    main()
