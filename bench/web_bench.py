"""Latency of ``POST /api/assess`` over loopback: the web application under uvicorn in a subprocess
(one process, as ``subsidy serve`` runs it), a case assessed against every clause of a seed policy
(the examples' Chaoyang and Bao'an cases), ``--clients`` concurrent clients (httpx.AsyncClient, one
connection each), ``--requests`` requests per policy after a warm-up. Prints, per policy, the
client-side latency (p50, p95, p99, max), the throughput, and the server's own time per request
(its ``Server-Timing`` header); then the same with one client, for the time without queueing.

    .venv/bin/python bench/web_bench.py [--clients 50] [--requests 2000] [--max-seconds 120]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx

from subsidy.rules.case import load_case_file

ROOT = Path(__file__).resolve().parents[1]
CASES = {"cn-bj-chaoyang-smart-eldercare": ROOT / "examples" / "chaoyang-eldercare-platform.yaml",
         "cn-sz-baoan-ai-health": ROOT / "examples" / "baoan-hospital.yaml"}
SERVER = """
import sys, uvicorn
from subsidy.web.app import create_app
uvicorn.run(create_app("sqlite:///:memory:"), host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def body_of(path: Path) -> bytes:
    def plain(x: Any) -> Any:  # YAML's exact decimals as JSON text (the case reader reads both)
        if isinstance(x, dict):
            return {str(k): plain(v) for k, v in x.items()}
        if isinstance(x, list):
            return [plain(v) for v in x]
        return x if isinstance(x, str | int | bool | type(None)) else str(x)

    return json.dumps(plain(load_case_file(path)), ensure_ascii=False).encode()


def pct(xs: list[float], q: float) -> float:
    s = sorted(xs)
    return s[min(len(s) - 1, int(q * len(s)))]


async def run(url: str, body: bytes, clients: int, requests: int, deadline: float) -> dict[str, Any]:
    latencies: list[float] = []
    server: list[float] = []
    left = requests
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=30) as http:
        async def client() -> None:
            nonlocal left
            while left > 0 and time.monotonic() < deadline:
                left -= 1
                t0 = time.perf_counter()
                r = await http.post("/api/assess", content=body, headers={"content-type": "application/json"})
                latencies.append((time.perf_counter() - t0) * 1000)
                assert r.status_code == 200, r.text[:300]
                server.append(float(r.headers["server-timing"].split("dur=")[1]))

        started = time.perf_counter()
        await asyncio.gather(*(client() for _ in range(clients)))
        wall = time.perf_counter() - started
    return {"n": len(latencies), "wall": wall, "lat": latencies, "server": server}


def report(label: str, res: dict[str, Any]) -> None:
    lat, srv = res["lat"], res["server"]
    print(f"{label:<44} n={res['n']:>5}  {res['n'] / res['wall']:7.0f} req/s  "
          f"latency p50 {pct(lat, .50):7.1f} ms  p95 {pct(lat, .95):7.1f} ms  p99 {pct(lat, .99):7.1f} ms  "
          f"max {max(lat):7.1f} ms  |  server p50 {statistics.median(srv):5.2f} ms  p95 {pct(srv, .95):5.2f} ms")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--warmup", type=int, default=200)
    ap.add_argument("--max-seconds", type=float, default=120.0, help="stop each run after this long")
    args = ap.parse_args()
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.Popen([sys.executable, "-c", SERVER, str(port)], env=env, cwd=ROOT)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                if httpx.get(url + "/api/policies", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.05)
        else:
            raise SystemExit("the server did not start")
        print(f"POST /api/assess over loopback; one uvicorn process; {os.cpu_count()} CPUs (shared machine)")
        for policy, path in CASES.items():
            body = body_of(path)
            asyncio.run(run(url, body, min(args.clients, 10), args.warmup, time.monotonic() + args.max_seconds))
            res = asyncio.run(run(url, body, args.clients, args.requests, time.monotonic() + args.max_seconds))
            report(f"{policy} ({args.clients} clients)", res)
            one = asyncio.run(run(url, body, 1, max(100, args.requests // 10), time.monotonic() + args.max_seconds))
            report(f"{policy} (1 client)", one)
    finally:
        proc.terminate()
        proc.wait(timeout=10)


if __name__ == "__main__":
    main()
