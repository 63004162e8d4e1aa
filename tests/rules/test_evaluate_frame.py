"""A frame evaluated block by block (``vector.evaluate_frame``, what a match and a cluster's task run) gives
what the whole frame evaluated as one table gives, cell for cell, whatever the block size; progress counts
the rows of each block."""

from __future__ import annotations

import numpy as np
import pytest
from tests.rules.test_stream import AS_OF, EFFECTIVE, SEEDS, registry

from subsidy.rules.registry import find_policy
from subsidy.rules.vector import evaluate_frame, evaluate_table, table_from_frame


@pytest.mark.parametrize("policy_id", SEEDS)
@pytest.mark.parametrize("block", [1, 7, 64, 200, 201])
def test_blocks_give_the_whole_frames_results(policy_id: str, block: int) -> None:
    policy = find_policy(policy_id)
    frame = registry(policy, 200, seed=block)
    whole = evaluate_table(policy, table_from_frame(policy, frame), AS_OF, effective_from=EFFECTIVE)
    seen: list[tuple[int, int]] = []
    got = evaluate_frame(policy, frame, AS_OF, effective_from=EFFECTIVE, block=block,
                         progress=lambda done, rows: seen.append((done, rows)))
    for name, have in zip(("eligible", "reason", "ceiling", "granted"), got, strict=True):
        want = getattr(whole, name)
        assert have.shape == want.shape == (200, len(policy.clauses)), name
        assert have.dtype == want.dtype, name
        assert np.array_equal(have, want), f"{name}: {int((have != want).sum())} cells differ"
    stops = [*range(block, 200, block), 200]
    assert seen == [(stop, 200) for stop in stops]
