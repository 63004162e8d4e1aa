"""就高 over columns (stacking._Best): the packed running maximum and the clause-by-clause comparison it falls
back on for ceilings too large to pack give the same winner and ceiling on every row, ties to the earlier
clause; a ceiling too large to pack switches to the comparison, not to a wrapped score."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from subsidy.rules.stacking import _Best, _first_largest

_CEILINGS = st.one_of(st.sampled_from([-1, 0, 1, 500, 10**14]), st.integers(-1, 10**6))


def _run(ceiling: np.ndarray, eligible: np.ndarray, monetary: list[bool], *, most: bool) -> tuple[np.ndarray, ...]:
    k, n = ceiling.shape
    b = _Best(k, n)
    granted = np.empty((k, n), dtype=np.int64)
    for j in range(k):
        b.add(j, monetary[j], eligible[j], ceiling[j], granted[j], int(ceiling[j].max()) if most else None)
    best, top = b.result(ceiling, eligible, monetary)
    return best, top, granted


@settings(max_examples=30, deadline=None)
@given(st.data())
def test_packed_and_compared_winners_agree(data: st.DataObject) -> None:
    k = data.draw(st.integers(1, 20))
    n = data.draw(st.integers(1, 12))
    ceiling = np.array(data.draw(st.lists(st.lists(_CEILINGS, min_size=n, max_size=n), min_size=k, max_size=k)),
                       dtype=np.int64)
    eligible = np.array(data.draw(st.lists(st.lists(st.sampled_from([-1, 0, 1]), min_size=n, max_size=n),
                                           min_size=k, max_size=k)), dtype=np.int8)
    monetary = data.draw(st.lists(st.booleans(), min_size=k, max_size=k))
    best, top, granted = _run(ceiling, eligible, monetary, most=data.draw(st.booleans()))
    cand = (eligible == 1) & np.array(monetary)[:, None]
    assert (granted == np.where(cand, 0, -1)).all()
    score = np.where(cand, ceiling, -1)
    assert (top == score.max(axis=0)).all()
    has = top >= 0
    assert (best[has] == score.argmax(axis=0)[has]).all()  # the first largest
    fb, ft = _first_largest(ceiling, eligible, monetary)
    assert (ft == top).all() and (fb == best).all()  # also where none is computable: the grant goes to one row


def test_a_ceiling_too_large_to_pack_is_compared_not_wrapped() -> None:
    huge = (1 << 62) - 5  # beyond what packs with the clause index below it
    ceiling = np.array([[huge, 5, -1], [huge - 1, 7, 3]], dtype=np.int64)
    eligible = np.array([[1, 1, 0], [1, 1, 1]], dtype=np.int8)
    for most in (False, True):
        best, top, _ = _run(ceiling, eligible, [True, True], most=most)
        assert best.tolist() == [0, 1, 1] and top.tolist() == [huge, 7, 3]
