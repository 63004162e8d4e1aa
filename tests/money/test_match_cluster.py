"""免申即享 matching on a Dask LocalCluster (``subsidy match --scheduler``): the rows, with the database's
records joined in here, evaluated in 1, 2 and 4 partitions on the workers — every outcome, reason and
amount the single-machine match's, to the 分, and the stored run the same.

Marked ``distributed`` (and ``db``): two single-threaded worker processes on 127.0.0.1. Without Dask they are
skipped with the reason, except under ``CI=true``, where a missing Dask is a failure."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from money_factories import BAOAN, DAY, tx, user
from sqlalchemy import Engine
from test_matching import _registry, _world

from subsidy.population.reader import read_registry
from subsidy.rules.registry import find_policy
from subsidy.services import matching
from subsidy.services.matching import Evaluation

pytestmark = [pytest.mark.db, pytest.mark.distributed]


@pytest.fixture(scope="module")
def scheduler(dask_cluster: Any) -> str:
    """The address of the session's LocalCluster (tests/conftest.py)."""
    return str(dask_cluster.scheduler_address)


def _rows() -> list[tuple[int, str, str]]:
    """The world's organisations (a grant using the cap up, a bar, half a cap, support elsewhere), and 300
    entities the fund never recorded: contracts from 1万元 to 900万元 and some unknown."""
    amounts = ["" if i % 17 == 0 else str((i * 37) % 900 + 1) for i in range(300)]
    return [(1, "甲", "400"), (2, "乙", "400"), (3, "丙", "400"), (4, "丁", "400"),
            *((10 + i, f"企业{i}", a) for i, a in enumerate(amounts))]


def _evaluate(engine: Engine, path: Path, **cluster: Any) -> Evaluation:
    with tx(engine) as s:
        adopted, policy = matching.match_policy(s, BAOAN)
        return matching.evaluate_registry(s, policy, adopted, read_registry(path, find_policy(BAOAN)), DAY, **cluster)


def _same(a: Evaluation, b: Evaluation) -> None:
    for name in ("organisation", "outcome", "reason", "ceiling", "granted", "missing"):
        assert np.array_equal(getattr(a, name), getattr(b, name)), name
    assert a.counts() == b.counts()


def test_the_match_on_a_cluster_is_the_single_machine_match(engine: Engine, tmp_path: Path, scheduler: str) -> None:
    _world(engine)
    path = _registry(tmp_path, _rows())
    here = _evaluate(engine, path)
    assert here.counts()["art2"]["eligible"] > 100 and here.counts()["art2"]["pending"] > 10
    done: list[tuple[int, int]] = []
    for partitions in (1, 2, 4):
        there = _evaluate(engine, path, scheduler=scheduler, partitions=partitions,
                          progress=lambda d, n: done.append((d, n)))
        _same(here, there)
    assert done[-1] == (304, 304)
    # the stored runs too: the same rows, to the 分 (their digest)
    with tx(engine) as s:
        adopted, policy = matching.match_policy(s, BAOAN)
        digests = [matching.run_match(s, user(s, "officer"), adopted, policy, read_registry(path, policy),
                                      registry_name=path.name, registry_sha256="0" * 64, today=DAY,
                                      **extra)[0].rows_digest
                   for extra in ({}, {"scheduler": scheduler, "partitions": 4})]
    assert digests[0] == digests[1]


def test_the_command_on_a_cluster_prints_the_same_match(engine: Engine, tmp_path: Path, scheduler: str,
                                                        run: Callable[..., tuple[int, str]]) -> None:
    _world(engine)
    path = _registry(tmp_path, _rows())
    base = ("match", str(path), "--policy", BAOAN, "--as", "officer", "--today", DAY.isoformat())
    code, here = run(*base)
    assert code == 0, here
    code, there = run(*base, "--scheduler", scheduler, "--partitions", "2")
    assert code == 0, there
    assert there.replace("免申即享匹配 2", "免申即享匹配 1") == here
    code, text = run(*base, "--partitions", "2")
    assert code == 2 and "--scheduler" in text
