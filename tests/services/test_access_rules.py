"""The access rules against an independent statement of them, on random worlds: organisations,
applications, panels with every kind of declaration (none yet, no conflict, conflict), users of
every role. What ``list_applications`` returns and what ``read_application`` lets through must be
exactly what the rule says, for every user."""

from __future__ import annotations

import pytest
from factories import add_application, add_call, add_org, add_user, adopt, tx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from subsidy.errors import DomainRefusal
from subsidy.services.access import ROLES, can_read_organisation
from subsidy.services.applications import list_applications, read_application
from subsidy.store.db import session_scope
from subsidy.store.tables import PanelMember

pytestmark = pytest.mark.db

DECLARATIONS = st.sampled_from([None, True, False])
WORLDS = st.fixed_dictionaries({
    "apps": st.lists(st.integers(0, 2), min_size=1, max_size=5),  # owner organisation of each application
    "users": st.lists(st.tuples(st.sampled_from([*ROLES, "expert", "expert"]), st.integers(0, 2)),
                      min_size=1, max_size=6),
    # (which expert, which application, its declaration), by index modulo the experts and applications
    "panels": st.lists(st.tuples(st.integers(0, 9), st.integers(0, 9), DECLARATIONS), max_size=10),
})


@pytest.fixture
def base(engine: Engine) -> Engine:
    with tx(engine) as s:
        add_call(s, adopt(s, add_user(s, "kexin", "officer")))
    return engine


def _should_read(role: str, user_org: int | None, app_org: int, declarations: list[bool | None]) -> bool:
    if role in ("officer", "admin", "auditor", "finance"):
        return True
    if role == "applicant":
        return user_org == app_org
    if role == "expert":
        return any(d is not False for d in declarations)
    return False


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(world=WORLDS)
def test_who_reads_which_application(base: Engine, world: dict[str, list]) -> None:  # type: ignore[type-arg]
    with session_scope(base) as s:
        _check(s, world)
        s.rollback()  # every example starts from the same base


def _check(s: Session, world: dict[str, list]) -> None:  # type: ignore[type-arg]
    from factories import call, user

    creator = user(s, "kexin")
    orgs = [add_org(s, f"单位{n}", 100 + n) for n in range(3)]
    apps = [add_application(s, call(s, 1), orgs[o], creator) for o in world["apps"]]
    users = [add_user(s, f"u{i}", role, org=orgs[o] if role == "applicant" else None,
                      employer="91440300MA5XXXXX0X" if role == "expert" else None)
             for i, (role, o) in enumerate(world["users"])]
    declared: dict[tuple[int, int], bool | None] = {}
    experts = [i for i, u in enumerate(users) if u.role == "expert"]
    for e, a, d in world["panels"] if experts else ():
        u, a = experts[e % len(experts)], a % len(apps)
        if (u, a) not in declared:
            declared[(u, a)] = d
            s.add(PanelMember(application_id=apps[a].id, expert_id=users[u].id, declared_no_conflict=d,
                              drawn_seed=1, review_round=1, excluded_experts=[]))
    s.flush()
    for i, u in enumerate(users):
        org_index = orgs.index(next(o for o in orgs if o.id == u.organisation_id)) if u.organisation_id else None
        expected = [a.id for j, a in enumerate(apps) if _should_read(
            u.role, org_index, world["apps"][j], [d for (x, y), d in declared.items() if x == i and y == j])]
        assert [a.id for a in list_applications(s, u)] == expected
        for a in apps:
            if a.id in expected:
                assert read_application(s, u, a.id) is a
            else:
                with pytest.raises(DomainRefusal):
                    read_application(s, u, a.id)
        for n, o in enumerate(orgs):
            assert can_read_organisation(u, o.id) == (
                u.role in ("officer", "admin", "auditor", "finance") or (u.role == "applicant" and org_index == n))
