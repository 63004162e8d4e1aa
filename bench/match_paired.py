"""Paired runs of the batched 免申即享 match (``read_batches`` + ``run_match``, what ``subsidy match`` does with
a Parquet file) of this tree against another checkout of the project (the code before a change):

    .venv/bin/python bench/match_paired.py --old /tmp/match_old [--rows 2500000] [--pairs 3] [--districts baoan,chaoyang]

The registry is ``bench/out/<district>.parquet`` (written by ``bench/match_bench.py --rows N``; generated
here if missing or of other rows). Each run is a fresh process (``sys.path``: the tree's ``src``) on a
fresh SQLite database set up as ``match_bench`` does; the old and the new tree alternate, the order
swapped every pair. Printed per run: wall and CPU (the process's, every thread) of the match, the process's
peak RSS, rows stored and the digest (which must be the same for both trees); then per district the
medians and the median of the pairs' old/new ratios of wall and of CPU. Under load, CPU is the steadier
figure; nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHILD = r"""
import json, resource, sys, time
from pathlib import Path
tree, key, out = sys.argv[1], sys.argv[2], Path(sys.argv[3])
sys.path[:0] = [tree + "/src", tree + "/bench"]
import match_bench as mb
import polars as pl
from sqlalchemy import select
from subsidy.population.reader import read_batches
from subsidy.population.synthetic import DISTRICTS
from subsidy.services import matching
from subsidy.settings import Settings
from subsidy.store.db import make_engine, session_scope
from subsidy.store.tables import User
d = DISTRICTS[key]
pq = out / f"{key}.parquet"
usccs = pl.read_parquet(pq, columns=["uscc"]).get_column("uscc").head(200).to_list()
url = mb._database(out / f"paired-{key}.sqlite3", d.policy, usccs)
engine = make_engine(Settings(url))
with session_scope(engine) as s:
    user = s.scalars(select(User).where(User.username == "officer")).one()
    adopted, p = matching.match_policy(s, d.policy)
    t, c = time.perf_counter(), time.process_time()
    run, _ = matching.run_match(s, user, adopted, p, read_batches(pq, p), registry_name=pq.name,
                                registry_sha256="0" * 64, today=mb.TODAY)
    s.commit()
    wall, cpu = time.perf_counter() - t, time.process_time() - c
    print(json.dumps({"wall": wall, "cpu": cpu, "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                      "stored": run.rows_stored, "digest": run.rows_digest}))
"""


def _run(tree: Path, key: str) -> dict[str, float | str]:
    out = subprocess.run([sys.executable, "-c", CHILD, str(tree), key, str(HERE / "out")], check=True,
                         capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(tree / "src")})
    result: dict[str, float | str] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--old", type=Path, required=True, help="a checkout of the code to compare against")
    ap.add_argument("--rows", type=int, default=2_500_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--pairs", type=int, default=3)
    ap.add_argument("--districts", default="baoan,chaoyang")
    args = ap.parse_args()
    new = HERE.parent
    (HERE / "out").mkdir(exist_ok=True)
    print(f"rows {args.rows}, {args.pairs} pairs; old {args.old}, new {new}; load average {os.getloadavg()[0]:.1f} "
          f"on {os.cpu_count()} cores")
    for key in args.districts.split(","):
        stamp = HERE / "out" / f"{key}.parquet.rows"
        if not stamp.exists() or stamp.read_text() != f"{args.rows} {args.seed}":
            subprocess.run([sys.executable, str(HERE / "match_bench.py"), "--rows", str(args.rows), "--seed",
                            str(args.seed), "--districts", key, "--batched-only", "--repeats", "1", "--no-csv"],
                           check=True, capture_output=True)
        runs: dict[str, list[dict[str, float | str]]] = {"old": [], "new": []}
        for k in range(args.pairs):
            for side in (("old", "new") if k % 2 == 0 else ("new", "old")):
                r = _run(args.old if side == "old" else new, key)
                runs[side].append(r)
                print(f"  {key:9} {side}: wall {r['wall']:6.2f} s, CPU {r['cpu']:6.2f} s, RSS {r['rss']:5.0f} MiB, "
                      f"stored {r['stored']}, digest {str(r['digest'])[:12]}", flush=True)
        digests = {str(r["digest"]) for side in runs.values() for r in side}
        ratio = {m: statistics.median(float(o[m]) / float(n[m]) for o, n in zip(runs["old"], runs["new"], strict=True))
                 for m in ("wall", "cpu")}
        med = {side: {m: statistics.median(float(r[m]) for r in rs) for m in ("wall", "cpu", "rss")}
               for side, rs in runs.items()}
        print(f"{key:9} median old: wall {med['old']['wall']:.2f} s, CPU {med['old']['cpu']:.2f} s, RSS "
              f"{med['old']['rss']:.0f} MiB; new: wall {med['new']['wall']:.2f} s, CPU {med['new']['cpu']:.2f} s, RSS "
              f"{med['new']['rss']:.0f} MiB; old/new (median of pairs) wall {ratio['wall']:.2f}, CPU {ratio['cpu']:.2f}; "
              f"digests {'the same' if len(digests) == 1 else 'DIFFER: ' + ', '.join(sorted(digests))}")
    print(f"load average at the end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
