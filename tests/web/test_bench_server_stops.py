"""bench/web_bench.py stops the uvicorn server it started when it is itself stopped with SIGTERM (as a
job runner or ``timeout`` stops it), instead of leaving the server running."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _children(pid: int) -> list[int]:
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process tree in /proc")
def test_sigterm_stops_the_server_the_bench_started() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    bench = subprocess.Popen([sys.executable, "-u", str(ROOT / "bench" / "web_bench.py"), "--policy",
                              "cn-sz-baoan-ai-health", "--rates", "1", "--requests", "5", "--max-seconds", "60",
                              "--no-closed"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env,
                             cwd=ROOT)
    servers: list[int] = []
    try:
        assert bench.stdout is not None
        for line in bench.stdout:  # printed once the server accepts connections
            if line.startswith("POST /api/assess"):
                break
        else:
            pytest.fail("the bench ended before its server started")
        servers = _children(bench.pid)
        assert servers and all(_alive(p) for p in servers)
        bench.send_signal(signal.SIGTERM)
        bench.wait(timeout=60)  # not communicate(): a server left running would keep the pipe open
        assert bench.returncode != 0
        assert not [p for p in servers if _alive(p)], "the server outlived the bench"
    finally:
        bench.kill()
        bench.wait()
        for p in servers:  # what an unfixed bench leaves behind
            if _alive(p):
                os.kill(p, signal.SIGKILL)
