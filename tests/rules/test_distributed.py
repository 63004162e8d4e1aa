"""A registry evaluated in partitions, on one machine and on a Dask LocalCluster: the same figures, to the 分.

The cluster tests are marked ``distributed``: they start a LocalCluster of two single-threaded worker
processes on 127.0.0.1 (the optional extra ``distributed``, installed with ``.[dev]``). Without Dask they
are skipped with the reason, except under ``CI=true``, where a missing Dask is a failure.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import socket
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import polars as pl
import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.cli_support import run_cli

from subsidy.errors import CaseInputError
from subsidy.population.synthetic import DISTRICTS, generate
from subsidy.rules import model as m
from subsidy.rules.distributed import combine, evaluate_partition, evaluate_partitioned, split
from subsidy.rules.registry import find_policy
from subsidy.rules.simulate import Sweep, simulate
from subsidy.rules.stream import PolicySummary, evaluate_file

AS_OF = dt.date(2027, 6, 30)
EFFECTIVE = dt.date(2026, 12, 1)
ROWS = 2500
BATCH = 400  # several batches per partition, their ends not on the partitions' ends
SEEDS = {"chaoyang": 3, "baoan": 5}


@pytest.fixture(scope="module")
def registries(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[m.Policy, Path, Path]]:
    """Each seed district's synthetic registry (its seed policy's facts) as Parquet and as CSV."""
    out = {}
    folder = tmp_path_factory.mktemp("distributed")
    for district, seed in SEEDS.items():
        policy = find_policy(DISTRICTS[district].policy)
        frame = generate(district, ROWS, seed, policy)
        parquet, csv = folder / f"{district}.parquet", folder / f"{district}.csv"
        frame.write_parquet(parquet)
        frame.write_csv(csv)
        out[district] = (policy, parquet, csv)
    return out


def _sweep(policy: m.Policy) -> Sweep:
    """Three values of the first clause's amount cap that has one (three more policy versions)."""
    clause = next(c for c in policy.clauses if any(cap.limit is not None for cap in c.caps))
    cap = next(cap for cap in clause.caps if cap.limit is not None)
    return Sweep(clause.id, cap.id, (50_000_000, 100_000_000, 300_000_000))


def _single(policy: m.Policy, path: Path) -> list[PolicySummary]:
    return evaluate_file(path, [policy], AS_OF, effective_from=EFFECTIVE, batch_rows=BATCH, absent_records=True)


@given(rows=st.integers(0, 10**9), partitions=st.integers(1, 10_000))
def test_the_partitions_cover_every_row_once(rows: int, partitions: int) -> None:
    spans = split(rows, partitions)
    assert len(spans) == min(rows, partitions)
    assert [s[0] for s in spans[1:]] == [s[1] for s in spans[:-1]]  # consecutive
    if spans:
        assert spans[0][0] == 0 and spans[-1][1] == rows
        sizes = {b - a for a, b in spans}
        assert max(sizes) - min(sizes) <= 1 and min(sizes) >= 1


@pytest.mark.parametrize("district", sorted(SEEDS))
@pytest.mark.parametrize("kind", ["parquet", "csv"])
def test_partitions_evaluated_here_add_up_to_the_whole_file(registries: dict[str, Any], district: str,
                                                            kind: str) -> None:
    policy, parquet, csv = registries[district]
    path = parquet if kind == "parquet" else csv
    whole = _single(policy, path)
    assert whole[0].rows == ROWS and whole[0].paid_rows > 0 and whole[0].total_fen > 0
    for n in (1, 2, 4, 7):
        got = evaluate_partitioned(path, [policy], AS_OF, partitions=n, effective_from=EFFECTIVE,
                                   batch_rows=BATCH, absent_records=True)
        assert got == whole, n


def test_combining_nothing_is_the_empty_summary_and_parts_of_another_policy_are_refused(
        registries: dict[str, Any]) -> None:
    chaoyang, path, _ = registries["chaoyang"]
    baoan = registries["baoan"][0]
    assert combine([chaoyang], []) == [PolicySummary.empty(chaoyang)]
    part = evaluate_partition(str(path), [chaoyang], AS_OF, (0, 10), EFFECTIVE, BATCH, True)
    with pytest.raises(ValueError, match="another policy"):
        combine([baoan], [part])


def test_a_partition_counts_only_its_rows_and_the_sums_are_exact(registries: dict[str, Any]) -> None:
    policy, path, _ = registries["baoan"]
    a = evaluate_partition(str(path), [policy], AS_OF, (0, 1234), EFFECTIVE, BATCH, True)
    b = evaluate_partition(str(path), [policy], AS_OF, (1234, ROWS), EFFECTIVE, BATCH, True)
    assert a[0].rows == 1234 and b[0].rows == ROWS - 1234
    [whole] = _single(policy, path)
    assert a[0].total_fen + b[0].total_fen == whole.total_fen
    for ca, cb, cw in zip(a[0].clauses, b[0].clauses, whole.clauses, strict=True):
        assert ca.ceiling_fen + cb.ceiling_fen == cw.ceiling_fen
        assert ca.eligible + cb.eligible == cw.eligible


# ---- on a LocalCluster ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def client(dask_cluster: Any) -> Iterator[Any]:
    from distributed import Client

    with Client(dask_cluster) as c:
        yield c


@pytest.mark.distributed
def test_a_local_cluster_takes_no_dashboard_port(dask_cluster: Any) -> None:
    """With 8787 taken (here, or by anyone), a local cluster neither wants it nor warns that it is in use;
    its HTTP server (health, metrics: no dashboard) listens on 127.0.0.1 only."""
    from subsidy.rules.distributed import local_cluster

    with socket.socket() as held, warnings.catch_warnings(record=True) as said:
        warnings.simplefilter("always")
        with contextlib.suppress(OSError):  # someone else has it: the same for the cluster
            held.bind(("127.0.0.1", 8787))
            held.listen()
        with local_cluster(1) as cluster:
            bound = [sock.getsockname() for sock in cluster.scheduler.http_server._sockets.values()]
    assert not [w for w in said if "already in use" in str(w.message)], [str(w.message) for w in said]
    assert bound and all(host == "127.0.0.1" and port != 8787 for host, port in bound)
    assert dask_cluster.scheduler.http_server is not None and "8787" not in dask_cluster.dashboard_link


@pytest.mark.distributed
@pytest.mark.parametrize("district", sorted(SEEDS))
def test_on_a_cluster_the_figures_are_the_single_machine_figures(registries: dict[str, Any], client: Any,
                                                                 district: str) -> None:
    policy, parquet, csv = registries[district]
    sweep = _sweep(policy)
    alone = simulate(parquet, policy, AS_OF, effective_from=EFFECTIVE, baseline=policy, sweep=sweep,
                     batch_rows=BATCH)
    assert alone.draft.beneficiaries > 0 and alone.draft.upper_fen > 0
    for n in (1, 2, 4):
        for path in (parquet, csv):
            got = evaluate_partitioned(path, [policy], AS_OF, partitions=n, client=client,
                                       effective_from=EFFECTIVE, batch_rows=BATCH, absent_records=True)
            assert got == _single(policy, path), (n, path.name)
        sim = simulate(parquet, policy, AS_OF, effective_from=EFFECTIVE, baseline=policy, sweep=sweep,
                       batch_rows=BATCH, scheduler=client.scheduler.address, partitions=n)
        assert sim == alone, n


@pytest.mark.distributed
def test_a_bad_cell_on_a_worker_is_the_same_refusal(registries: dict[str, Any], client: Any,
                                                    tmp_path: Path) -> None:
    policy, parquet, _ = registries["chaoyang"]
    name, fact = next((k, f) for k, f in policy.facts.items() if f.type == "category")
    frame = pl.read_parquet(parquet)
    bad = frame.with_columns(pl.when(pl.int_range(pl.len()) == ROWS - 3).then(pl.lit("不是可选值"))
                             .otherwise(pl.col(name)).alias(name))
    path = tmp_path / "bad.parquet"
    bad.write_parquet(path)
    with pytest.raises(CaseInputError) as here:
        _single(policy, path)
    with pytest.raises(CaseInputError) as there:
        evaluate_partitioned(path, [policy], AS_OF, partitions=4, client=client, effective_from=EFFECTIVE,
                             batch_rows=BATCH, absent_records=True)
    assert there.value.field == here.value.field == name
    assert fact.label in there.value.problem and f"{ROWS}" in there.value.problem  # the file's rows, not the partition's


@pytest.mark.distributed
def test_the_command_on_a_cluster_prints_the_same_json(registries: dict[str, Any], client: Any,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    policy, parquet, _ = registries["baoan"]
    args = ["simulate", policy.id, "--population", str(parquet), "--as-of", AS_OF.isoformat(),
            "--effective-from", EFFECTIVE.isoformat(), "--take-up", "60%", "--budget", "1000万元", "--json"]
    code, alone = run_cli(capsys, *args)
    assert code == 0, alone
    code, there = run_cli(capsys, *args, "--scheduler", client.scheduler.address, "--partitions", "3")
    assert code == 0, there
    # one machine adds what only the per-row results give (docs/simulate.md); Bao'an has no annual programme,
    # so its years are the same too
    mine = json.loads(alone)
    assert {k: mine.pop(k) for k in ("rows", "distribution", "band_changes")}["distribution"]
    theirs = json.loads(there)
    # and what each selection mode would fund (per beneficiary); on a cluster it is not computed (null)
    assert mine["budget"].pop("selection") is not None and theirs["budget"].pop("selection") is None
    assert theirs == mine


def test_partitions_without_a_cluster_or_out_of_range_are_refused(
        registries: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    policy, parquet, _ = registries["baoan"]
    base = ["simulate", policy.id, "--population", str(parquet)]
    code, text = run_cli(capsys, *base, "--partitions", "2")
    assert code == 2 and "--scheduler" in text
    code, text = run_cli(capsys, *base, "--partitions", "0", "--scheduler", "local")
    assert code == 2


def test_a_sheet_for_people_in_partitions_counts_its_refused_rows_once(tmp_path: Path) -> None:
    """The shipped sample sheet (Chinese column labels, read whole by the registry reader) with two bad
    cells: each partition reads the same sheet, so the figures of the whole file (facts it lacks, rows
    refused, their problems) are taken once, not once per partition."""
    policy = find_policy("cn-bj-chaoyang-smart-eldercare")
    lines = (Path(__file__).resolve().parents[2] / "examples" / "registry" / "chaoyang.csv").read_text(
        encoding="utf-8-sig").splitlines()
    for i in (3, 250):
        cells = lines[i].split(",")
        cells[6] = "很多"  # 营业收入（万元）: not a figure
        lines[i] = ",".join(cells)
    sheet = tmp_path / "chaoyang.csv"
    sheet.write_text("\n".join(lines) + "\n", encoding="utf-8")
    whole = evaluate_file(sheet, [policy], AS_OF, effective_from=EFFECTIVE, batch_rows=BATCH, absent_records=True)
    assert whole[0].rows_refused == 2 and len(whole[0].problems) == 2
    for n in (2, 3):
        got = evaluate_partitioned(sheet, [policy], AS_OF, partitions=n, effective_from=EFFECTIVE,
                                   batch_rows=BATCH, absent_records=True)
        assert got == whole, n
