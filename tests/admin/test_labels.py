"""Every action the services record, and every state they record, has a Chinese name for people."""

from __future__ import annotations

import re
from pathlib import Path

from subsidy.admin.workflow import ACTION_LABELS, STATE_LABELS, STATES, action_label, state_label

SERVICES = Path(__file__).resolve().parents[2] / "src" / "subsidy" / "services"
RECORDED = re.compile(r"\brecord\(\s*\w+,\s*[\w.()]+,\s*\"([a-z_]+)\"")


def _recorded_actions() -> set[str]:
    found: set[str] = set()
    for path in SERVICES.glob("*.py"):
        found |= set(RECORDED.findall(path.read_text(encoding="utf-8")))
    return found


def test_every_recorded_action_has_a_chinese_label() -> None:
    actions = _recorded_actions()
    assert len(actions) >= 20  # the pattern still finds the calls
    assert sorted(a for a in actions if a not in ACTION_LABELS) == []
    assert all(re.search(r"[\u4e00-\u9fff]", action_label(a)) for a in actions)


def test_states_are_named_in_chinese() -> None:
    for state in [*STATES, *STATE_LABELS]:
        assert re.search(r"[\u4e00-\u9fff]", state_label(state)), state
    assert state_label(None) == "—" and action_label("something_new") == "something_new"
