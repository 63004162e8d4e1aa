"""The calculator's result page: server time of ``GET /calculator/<policy>?<answers>`` for a real case of
each seed policy (target ≤ 100 ms; the application's ``Server-Timing`` header), in-process (no network:
the ASGI application called through Starlette's test client). Paired with the engine alone (``plan``: read the answers, assess, the next
questions) on the same answers, alternating, so the page's own cost (rendering) shows as the median
ratio. Also the what-if page (bisection over the money fact), which is not under the 100 ms target.

    PYTHONPATH=src .venv/bin/python bench/calculator_bench.py [--runs 40]
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "web"))

from calc_support import SEED_CASES, case_answers  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

from subsidy.rules.questionnaire import plan, to_query  # noqa: E402
from subsidy.web.app import create_app  # noqa: E402


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=40)
    ap.add_argument("--whatif-runs", type=int, default=5)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp, TestClient(create_app(f"sqlite:///{tmp}/b.sqlite3")) as client:
        print(f"calculator result page, {args.runs} paired runs per policy (in-process, median / p95)")
        for policy_id in sorted(SEED_CASES):
            policy, answers, _ = case_answers(policy_id)
            url = f"/calculator/{quote(policy_id)}?{to_query(answers)}"
            assert client.get(url, follow_redirects=False).status_code == 200
            page, core, ratios, server = [], [], [], []
            for _ in range(args.runs):
                t0 = time.perf_counter()
                r = client.get(url, follow_redirects=False)
                t1 = time.perf_counter()
                plan(policy, answers, dt.date.today())
                t2 = time.perf_counter()
                assert r.status_code == 200
                server.append(float(r.headers["server-timing"].split("dur=")[1]) / 1000)
                page.append(t1 - t0)
                core.append(t2 - t1)
                ratios.append((t1 - t0) / (t2 - t1))
            p95 = sorted(server)[int(0.95 * (len(server) - 1))]
            print(f"  {policy_id}: server time {_ms(statistics.median(server))} (p95 {_ms(p95)}; Server-Timing), "
                  f"client-side {_ms(statistics.median(page))}, engine alone "
                  f"{_ms(statistics.median(core))}, page/engine median ratio {statistics.median(ratios):.1f}, "
                  f"target ≤ 100 ms: {'met' if p95 <= 0.1 else 'NOT met'}")
        print(f"what-if page, {args.whatif_runs} runs (median)")
        for policy_id in sorted(SEED_CASES):
            policy, answers, _ = case_answers(policy_id)
            money = [f.name for f in policy.facts.values() if f.type == "money" and f.name in answers.facts]
            if not money:
                continue
            url = f"/calculator/{quote(policy_id)}/whatif?{to_query(answers)}&fact={money[0]}"
            times = []
            for _ in range(args.whatif_runs):
                t0 = time.perf_counter()
                assert client.get(url).status_code == 200
                times.append(time.perf_counter() - t0)
            print(f"  {policy_id} ({money[0]}): {_ms(statistics.median(times))}")


if __name__ == "__main__":
    main()
