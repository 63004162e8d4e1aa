"""The role × route matrix of the web application: EVERY route of ``create_app()`` (pages and API),
each role and anonymous, against an explicit table of expected statuses.

- Path parameters are filled with real ids of the fixture database (tests/web/staff_world.py): the
  acting organisation's (``own``), another organisation's (``other``) and a guessed one (``missing``),
  so reads and writes by id guessing are cells of their own.
- GET: each role's answer must be the table's. POST: first without the form token (refused with 403
  before any handler runs, whoever asks; the API's exemptions are rows of their own), then — for the
  roles the table refuses — with a valid token; either way nothing in the database may change.
  ``+`` in a POST row marks a role that may make the request (exercised by the screens' own tests,
  not here, since it changes things).
- A route with no row fails the test: a helper who adds a route adds its row here.

Set ``SUBSIDY_MATRIX_PRINT=1`` to print the statuses found (to write a new row, after checking it).
"""

from __future__ import annotations

import os
import time
import collections
T = collections.Counter()
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import Engine
from staff_world import World, build, login, token_of

from db_support import BAOAN, module_engine, snapshot
from subsidy.web.app import create_app

pytestmark = pytest.mark.db

COLUMNS = ("anonymous", "applicant", "expert", "officer", "finance", "auditor", "admin")
"""The acting user of each column: the applicant is of organisation A; the expert sits on the panel of
A's application in review (``own``); ``other`` ids are organisation B's (or a user/entry not one's own)."""

L, F, N = 303, 403, 404  # to the login page; refused (access or form token); not found
ALL_REFUSED = "403 403 403 403 403 403 403"

# (method, path template, variant): for GET one row of statuses by COLUMNS; for POST two rows — without
# the form token, and with a valid one ("+": allowed, not tried here).
EXPECTED: dict[tuple[str, str, str], tuple[str, ...]] = {
    # public pages and the API
    ("GET", "/", "-"): ("303 303 303 303 303 303 303",),
    ("GET", "/static/{path}", "-"): ("200 200 200 200 200 200 200",),
    ("GET", "/api/openapi.json", "-"): ("200 200 200 200 200 200 200",),
    ("GET", "/api/docs", "-"): ("200 200 200 200 200 200 200",),
    ("GET", "/api/policies", "-"): ("200 200 200 200 200 200 200",),
    ("GET", "/api/policies/{policy_id}", "own"): ("200 200 200 200 200 200 200",),
    ("GET", "/api/policies/{policy_id}", "missing"): ("404 404 404 404 404 404 404",),
    ("GET", "/api/policies/{policy_id}/clauses/{clause}", "own"): ("200 200 200 200 200 200 200",),
    ("GET", "/api/policies/{policy_id}/clauses/{clause}", "missing"): ("404 404 404 404 404 404 404",),
    ("POST", "/api/assess", "-"): ("422 403 403 403 403 403 403", "422 422 422 422 422 422 422"),
    ("POST", "/api/assess/batch", "-"): ("422 403 403 403 403 403 403", "422 422 422 422 422 422 422"),
    ("GET", "/library", "-"): ("200 200 200 200 200 200 200",),
    ("GET", "/library/{policy_id}", "own"): ("200 200 200 200 200 200 200",),
    ("GET", "/library/{policy_id}", "missing"): ("404 404 404 404 404 404 404",),
    ("GET", "/calculator", "-"): ("200 200 200 200 200 200 200",),
    ("GET", "/calculator/compare", "-"): ("200 200 200 200 200 200 200",),
    ("GET", "/calculator/{policy_id}", "own"): ("303 303 303 303 303 303 303",),  # to its first questions
    ("GET", "/calculator/{policy_id}", "missing"): ("404 404 404 404 404 404 404",),
    ("GET", "/calculator/{policy_id}/whatif", "own"): ("200 200 200 200 200 200 200",),
    ("GET", "/calculator/{policy_id}/export.xlsx", "own"): ("200 200 200 200 200 200 200",),
    ("GET", "/calculator/{policy_id}/export.pdf", "own"): ("200 200 200 200 200 200 200",),
    # accounts
    ("GET", "/login", "-"): ("200 303 303 303 303 303 303",),
    ("POST", "/login", "-"): (ALL_REFUSED, "+ + + + + + +"),
    ("POST", "/logout", "-"): (ALL_REFUSED, "+ + + + + + +"),
    ("GET", "/workbench", "-"): ("303 200 200 200 200 200 200",),
    ("GET", "/password", "-"): ("303 200 200 200 200 200 200",),
    ("POST", "/password", "-"): (ALL_REFUSED, "303 + + + + + +"),
    # the one transition route (its actions: tests/web/test_transition_walk.py)
    ("POST", "/applications/{app_id}/actions/{action}", "own"): (ALL_REFUSED, "303 404 404 404 404 404 404"),
    ("POST", "/applications/{app_id}/actions/{action}", "other"): (ALL_REFUSED, "303 404 404 404 404 404 404"),
    # an application's documents: whoever reads the application (another's by id: 403; another application's
    # document under one's own application's id: 404)
    ("GET", "/applications/{app_id}/documents/{document_id}", "own"): ("303 200 200 200 200 200 200",),
    ("GET", "/applications/{app_id}/documents/{document_id}", "other"): ("303 403 403 200 200 200 200",),
    ("GET", "/applications/{app_id}/documents/{document_id}", "mixed"): ("303 404 404 404 404 404 404",),
    ("GET", "/applications/{app_id}/documents/{document_id}", "missing"): ("303 404 404 404 404 404 404",),
    # the expert's screens
    ("GET", "/expert", "-"): ("303 403 200 403 403 403 403",),
    ("GET", "/expert/applications/{app_id}", "own"): ("303 403 200 403 403 403 403",),
    ("GET", "/expert/applications/{app_id}", "other"): ("303 403 403 403 403 403 403",),
    ("GET", "/expert/applications/{app_id}", "missing"): ("303 403 403 403 403 403 403",),
    ("POST", "/expert/applications/{app_id}/declaration", "own"): (ALL_REFUSED, "303 403 + 403 403 403 403"),
    ("POST", "/expert/applications/{app_id}/declaration", "other"): (ALL_REFUSED, "303 403 403 403 403 403 403"),
    ("POST", "/expert/applications/{app_id}/declaration", "missing"): (ALL_REFUSED, "303 403 403 403 403 403 403"),
    ("POST", "/expert/applications/{app_id}/scores", "own"): (ALL_REFUSED, "303 403 + 403 403 403 403"),
    ("POST", "/expert/applications/{app_id}/scores", "other"): (ALL_REFUSED, "303 403 403 403 403 403 403"),
    ("POST", "/expert/applications/{app_id}/scores", "missing"): (ALL_REFUSED, "303 403 403 403 403 403 403"),
    # finance
    ("GET", "/finance", "-"): ("303 403 403 200 200 200 200",),
    ("GET", "/finance/position.xlsx", "-"): ("303 403 403 200 200 200 200",),
    ("GET", "/finance/appropriations", "-"): ("303 403 403 403 200 403 200",),
    ("POST", "/finance/appropriations", "-"): (ALL_REFUSED, "303 403 403 403 + 403 +"),
    ("POST", "/finance/appropriations/{seq}/reversal", "own"): (ALL_REFUSED, "303 403 403 403 + 403 +"),
    ("POST", "/finance/appropriations/{seq}/reversal", "missing"): (ALL_REFUSED, "303 403 403 403 + 403 +"),
    ("GET", "/finance/payments", "-"): ("303 403 403 403 200 403 200",),
    ("GET", "/finance/payments/confirm", "-"): ("303 403 403 403 200 403 200",),
    ("POST", "/finance/payments/run", "-"): (ALL_REFUSED, "303 403 403 403 + 403 +"),
    # the auditor's screens
    ("GET", "/audit/ledger", "-"): ("303 403 403 200 200 200 200",),
    ("GET", "/audit/ledger.xlsx", "-"): ("303 403 403 200 200 200 200",),
    ("GET", "/audit/log", "-"): ("303 403 403 200 403 200 200",),
    ("GET", "/audit/log.xlsx", "-"): ("303 403 403 200 403 200 200",),
    ("GET", "/audit/verify", "-"): ("303 403 403 200 200 200 200",),
    ("GET", "/audit/checkpoint.json", "-"): ("303 403 403 200 200 200 200",),
    ("POST", "/audit/verify", "-"): (ALL_REFUSED, "303 403 403 422 422 422 422"),  # no file: refused, changes nothing
    ("GET", "/audit/entity", "-"): ("303 403 403 200 200 200 200",),
    ("GET", "/audit/entity", "own"): ("303 403 403 200 200 200 200",),
    ("GET", "/audit/entity", "other"): ("303 403 403 200 200 200 200",),
    ("GET", "/audit/entity.xlsx", "own"): ("303 403 403 200 200 200 200",),
    ("GET", "/audit/entity.xlsx", "other"): ("303 403 403 200 200 200 200",),
    # the administrator's screens
    ("GET", "/admin/users", "-"): ("303 403 403 403 403 403 200",),
    ("POST", "/admin/users", "-"): (ALL_REFUSED, "303 403 403 403 403 403 +"),
    ("POST", "/admin/users/{user_id}/password", "other"): (ALL_REFUSED, "303 403 403 403 403 403 +"),
    ("POST", "/admin/users/{user_id}/password", "missing"): (ALL_REFUSED, "303 403 403 403 403 403 +"),
    ("POST", "/admin/users/{user_id}/deactivate", "other"): (ALL_REFUSED, "303 403 403 403 403 403 +"),
    ("POST", "/admin/users/{user_id}/deactivate", "missing"): (ALL_REFUSED, "303 403 403 403 403 403 +"),
    ("POST", "/admin/users/{user_id}/activate", "other"): (ALL_REFUSED, "303 403 403 403 403 403 +"),
    ("POST", "/admin/users/{user_id}/activate", "missing"): (ALL_REFUSED, "303 403 403 403 403 403 +"),
    # the fund office's screens: officers and administrators read (services/office.OFFICE_ROLES); each deciding
    # service says who acts (an administrator adopts policies and runs supervision, but does not open calls,
    # select, publish 公示 or resolve objections). The role is checked first (web/auth.permitted, with the
    # service's own tuple of roles): a wrong role gets 403 whatever its form or the id says. With only the
    # form token, for a role that may act: 409 the state refuses (the call is closed; no reason to terminate
    # an award), 422 the empty form is refused (objections are also the applicant's), an unknown id 404.
    ("GET", "/office", "-"): ("303 403 403 200 403 403 200",),
    ("GET", "/office/calls/{call_id}", "own"): ("303 403 403 200 403 403 200",),
    ("GET", "/office/calls/{call_id}", "missing"): ("303 404 404 404 404 404 404",),
    ("GET", "/office/calls/{call_id}/review", "own"): ("303 403 403 200 403 403 200",),
    ("GET", "/office/calls/{call_id}/review", "missing"): ("303 404 404 404 404 404 404",),
    ("GET", "/office/calls/{call_id}/experts", "own"): ("303 403 403 200 403 403 200",),
    ("GET", "/office/calls/{call_id}/experts", "missing"): ("303 404 404 404 404 404 404",),
    ("GET", "/office/calls/{call_id}/selection", "own"): ("303 403 403 200 403 403 200",),
    ("GET", "/office/calls/{call_id}/selection", "missing"): ("303 403 403 404 403 403 404",),
    ("GET", "/office/calls/{call_id}/notice", "own"): ("303 403 403 200 403 403 200",),
    ("GET", "/office/calls/{call_id}/notice", "missing"): ("303 404 404 404 404 404 404",),
    ("GET", "/office/supervision", "-"): ("303 403 403 200 403 403 200",),
    ("POST", "/office/calls", "-"): (ALL_REFUSED, "303 403 403 + 403 403 403"),
    ("POST", "/office/policies/adopt", "-"): (ALL_REFUSED, "303 403 403 422 403 403 422"),
    ("POST", "/office/calls/{call_id}/open", "own"): (ALL_REFUSED, "303 403 403 409 403 403 403"),
    ("POST", "/office/calls/{call_id}/open", "missing"): (ALL_REFUSED, "303 403 403 404 403 403 403"),
    ("POST", "/office/calls/{call_id}/close", "own"): (ALL_REFUSED, "303 403 403 409 403 403 403"),
    ("POST", "/office/calls/{call_id}/close", "missing"): (ALL_REFUSED, "303 403 403 404 403 403 403"),
    ("POST", "/office/calls/{call_id}/selection/apply", "own"): (ALL_REFUSED, "303 403 403 + 403 403 403"),
    ("POST", "/office/calls/{call_id}/selection/apply", "missing"): (ALL_REFUSED, "303 403 403 404 403 403 403"),
    ("POST", "/office/calls/{call_id}/selection/promote", "own"): (ALL_REFUSED, "303 403 403 + 403 403 403"),
    ("POST", "/office/calls/{call_id}/selection/promote", "missing"): (ALL_REFUSED, "303 403 403 404 403 403 403"),
    ("POST", "/office/calls/{call_id}/notice/publish", "own"): (ALL_REFUSED, "303 403 403 + 403 403 403"),
    ("POST", "/office/calls/{call_id}/notice/publish", "missing"): (ALL_REFUSED, "303 403 403 404 403 403 403"),
    ("POST", "/office/objections", "-"): (ALL_REFUSED, "303 422 403 422 403 403 403"),
    ("POST", "/office/objections/{objection_id}/dismiss", "missing"): (ALL_REFUSED, "303 403 403 404 403 403 403"),
    ("POST", "/office/batch", "-"): (ALL_REFUSED, "303 403 403 422 403 403 422"),
    ("POST", "/office/supervision/{operation}/{target}", "own"): (ALL_REFUSED, "303 403 403 409 403 403 409"),
    ("POST", "/office/supervision/{operation}/{target}", "other"): (ALL_REFUSED, "404 404 404 404 404 404 404"),
    ("POST", "/office/supervision/{operation}/{target}", "missing"): (ALL_REFUSED, "303 403 403 404 403 403 404"),
    # the office's register (web/office_registry.py): officers and administrators; with only the form token the
    # empty form is refused (422) after the role is (the id is looked up after the role: 403 before 404)
    ("GET", "/office/organisations", "-"): ("303 403 403 200 403 403 200",),
    ("POST", "/office/organisations", "-"): (ALL_REFUSED, "303 403 403 422 403 403 422"),
    ("POST", "/office/organisations/{org_id}/facts", "own"): (ALL_REFUSED, "303 403 403 422 403 403 422"),
    ("POST", "/office/organisations/{org_id}/facts", "missing"): (ALL_REFUSED, "303 403 403 404 403 403 404"),
    ("POST", "/office/organisations/{org_id}/support", "own"): (ALL_REFUSED, "303 403 403 422 403 403 422"),
    ("POST", "/office/organisations/{org_id}/support", "missing"): (ALL_REFUSED, "303 403 403 404 403 403 404"),
    ("POST", "/office/support/import", "-"): (ALL_REFUSED, "303 403 403 422 403 403 422"),
    # the applicant's screens (web/applicant.py) and the policy drafts (web/drafts.py): own ids the applicant's, another
    # organisation's refused (403), a guessed id 404 for those who read everything and 403 for the others; a role
    # that may not act 403 before its form is read; 422 with only the form token for one that may (nothing changes)
    ("GET", "/applications", "-"): ("303 200 200 200 200 200 200",),
    ("GET", "/awards", "-"): ("303 200 403 403 403 403 403",),
    ("GET", "/calls", "-"): ("303 200 200 200 200 200 200",),
    ("GET", "/organisation", "-"): ("303 200 403 403 403 403 403",),
    ("GET", "/inbox", "-"): ("303 200 200 200 200 200 200",),
    ("GET", "/drafts", "-"): ("303 403 403 200 403 200 200",),
    ("GET", "/applications/{app_id}", "own"): ("303 200 403 200 200 200 200",),
    ("GET", "/applications/{app_id}", "other"): ("303 403 403 200 200 200 200",),
    ("GET", "/applications/{app_id}", "missing"): ("303 403 403 404 404 404 404",),
    ("GET", "/calls/{call_id}/apply", "own"): ("303 409 403 403 403 403 403",),
    ("GET", "/calls/{call_id}/apply", "missing"): ("303 404 403 403 403 403 403",),
    ("GET", "/drafts/{draft_id}", "missing"): ("303 403 403 404 403 404 404",),
    ("GET", "/drafts/{draft_id}/download", "missing"): ("303 403 403 404 403 404 404",),
    ("GET", "/drafts/{draft_id}/edit", "missing"): ("303 403 403 404 403 403 404",),
    ("GET", "/drafts/{draft_id}/report", "missing"): ("303 403 403 404 403 404 404",),
    ("GET", "/drafts/{draft_id}/review.html", "missing"): ("303 403 403 404 403 404 404",),
    ("POST", "/applications/{app_id}/documents", "own"): (ALL_REFUSED, "303 422 403 422 403 403 403"),
    ("POST", "/applications/{app_id}/documents", "other"): (ALL_REFUSED, "303 403 403 422 403 403 403"),
    ("POST", "/applications/{app_id}/documents", "missing"): (ALL_REFUSED, "303 403 403 404 403 403 403"),
    ("POST", "/applications/{app_id}/facts", "own"): (ALL_REFUSED, "303 422 403 422 403 403 403"),
    ("POST", "/applications/{app_id}/facts", "other"): (ALL_REFUSED, "303 403 403 422 403 403 403"),
    ("POST", "/applications/{app_id}/facts", "missing"): (ALL_REFUSED, "303 403 403 404 403 403 403"),
    ("POST", "/calls/{call_id}/apply", "own"): (ALL_REFUSED, "303 409 403 403 403 403 403"),
    ("POST", "/calls/{call_id}/apply", "missing"): (ALL_REFUSED, "303 404 403 403 403 403 403"),
    ("POST", "/drafts", "-"): (ALL_REFUSED, "303 403 403 422 403 403 422"),
    ("POST", "/drafts/{draft_id}/adopt", "missing"): (ALL_REFUSED, "303 403 403 404 403 403 404"),
    ("POST", "/drafts/{draft_id}/discard", "missing"): (ALL_REFUSED, "303 403 403 404 403 403 404"),
    ("POST", "/drafts/{draft_id}/edit", "missing"): (ALL_REFUSED, "303 403 403 404 403 403 404"),
    ("POST", "/inbox/read-all", "-"): (ALL_REFUSED, "303 + + + + + +"),
    ("POST", "/inbox/{message_id}/read", "missing"): (ALL_REFUSED, "303 403 403 403 403 403 403"),
    ("POST", "/organisation/profile", "-"): (ALL_REFUSED, "303 422 403 403 403 403 403"),
    ("POST", "/reports/{report_id}/submit", "missing"): (ALL_REFUSED, "303 404 403 404 403 403 404"),
    # issue 12 pages: the drafter's costing page (officers and administrators: services/access.SIMULATORS)
    # and 免申即享 match review (officers, administrators) and 意愿确认 (the matched organisation's applicant)
    ("GET", "/drafter", "-"): ("303 403 403 200 403 403 200",),
    ("GET", "/drafter/export.json", "-"): ("303 403 403 200 403 403 200",),
    ("GET", "/drafter/export.xlsx", "-"): ("303 403 403 200 403 403 200",),
    ("GET", "/drafter/report.html", "-"): ("303 403 403 200 403 403 200",),
    ("GET", "/drafter/report.pdf", "-"): ("303 403 403 200 403 403 200",),
    ("GET", "/drafter/report-charts.zip", "-"): ("303 403 403 200 403 403 200",),
    ("POST", "/drafter/registry", "-"): (ALL_REFUSED, "303 403 403 + 403 403 +"),
    ("GET", "/office/matching", "-"): ("303 403 403 200 403 403 200",),
    ("POST", "/office/matching", "-"): (ALL_REFUSED, "303 403 403 422 403 403 422"),  # no policy or registry chosen
    ("GET", "/office/matching/{run_id}", "missing"): ("303 403 403 404 403 403 404",),
    ("POST", "/office/matching/{run_id}/notices", "missing"): (ALL_REFUSED, "303 403 403 404 403 403 404"),
    ("GET", "/matching", "-"): ("303 200 403 403 403 403 403",),
    ("GET", "/matching/{run_id}/rows/{number}", "missing"): ("303 404 403 404 403 403 403",),
    ("POST", "/matching/{run_id}/rows/{number}", "missing"): (ALL_REFUSED, "303 404 403 404 403 403 403"),
}

MISSING = 999_999


def urls(w: World) -> dict[tuple[str, str], dict[str, str]]:
    """The concrete addresses of the routes with parameters (and of the queries that name an entity)."""
    own, other = w.review_app, w.by_state_b["submitted"]
    return {
        ("GET", "/static/{path}"): {"-": "/static/app.css"},
        ("GET", "/api/policies/{policy_id}"): {"own": f"/api/policies/{BAOAN}", "missing": "/api/policies/no-such"},
        ("GET", "/api/policies/{policy_id}/clauses/{clause}"): {
            "own": f"/api/policies/{BAOAN}/clauses/art2", "missing": f"/api/policies/{BAOAN}/clauses/no-such"},
        ("GET", "/library/{policy_id}"): {"own": f"/library/{BAOAN}", "missing": "/library/no-such"},
        ("GET", "/calculator/{policy_id}"): {"own": f"/calculator/{BAOAN}", "missing": "/calculator/no-such"},
        ("GET", "/calculator/{policy_id}/whatif"): {"own": f"/calculator/{BAOAN}/whatif"},
        ("GET", "/calculator/{policy_id}/export.xlsx"): {"own": f"/calculator/{BAOAN}/export.xlsx"},
        ("GET", "/calculator/{policy_id}/export.pdf"): {"own": f"/calculator/{BAOAN}/export.pdf"},
        ("POST", "/applications/{app_id}/actions/{action}"): {
            "own": f"/applications/{w.by_state['submitted']}/actions/no_such_action",
            "other": f"/applications/{other}/actions/no_such_action"},
        **{(m, f"/applications/{{app_id}}{tail}"): {
            "own": f"/applications/{w.by_state['draft']}{tail}", "other": f"/applications/{w.by_state_b['draft']}{tail}",
            "missing": f"/applications/{MISSING}{tail}"}
           for m, tail in (("GET", ""), ("POST", "/documents"), ("POST", "/facts"))},
        **{(m, "/calls/{call_id}/apply"): {"own": f"/calls/{w.call}/apply", "missing": f"/calls/{MISSING}/apply"}
           for m in ("GET", "POST")},
        **{(m, f"/drafts/{{draft_id}}{tail}"): {"missing": f"/drafts/{MISSING}{tail}"}
           for m, tail in (("GET", ""), ("GET", "/download"), ("GET", "/edit"), ("GET", "/report"), ("GET", "/review.html"),
                           ("POST", "/adopt"), ("POST", "/discard"), ("POST", "/edit"))},
        ("POST", "/inbox/{message_id}/read"): {"missing": f"/inbox/{MISSING}/read"},
        ("POST", "/reports/{report_id}/submit"): {"missing": f"/reports/{MISSING}/submit"},
        ("GET", "/applications/{app_id}/documents/{document_id}"): {
            "own": f"/applications/{own}/documents/{w.doc_a}", "other": f"/applications/{w.award_app}/documents/{w.doc_b}",
            "mixed": f"/applications/{own}/documents/{w.doc_b}", "missing": f"/applications/{own}/documents/{MISSING}"},
        **{(m, f"/expert/applications/{{app_id}}{tail}"): {
            "own": f"/expert/applications/{own}{tail}", "other": f"/expert/applications/{other}{tail}",
            "missing": f"/expert/applications/{MISSING}{tail}"}
           for m, tail in (("GET", ""), ("POST", "/declaration"), ("POST", "/scores"))},
        ("POST", "/finance/appropriations/{seq}/reversal"): {
            "own": f"/finance/appropriations/{w.appropriation}/reversal",
            "missing": f"/finance/appropriations/{MISSING}/reversal"},
        ("GET", "/audit/entity"): {"-": "/audit/entity", "own": f"/audit/entity?uscc={w.uscc_a}",
                                   "other": f"/audit/entity?uscc={w.uscc_b}"},
        ("GET", "/audit/entity.xlsx"): {"own": f"/audit/entity.xlsx?uscc={w.uscc_a}",
                                        "other": f"/audit/entity.xlsx?uscc={w.uscc_b}"},
        **{(m, f"/office/calls/{{call_id}}{tail}"): {
            "own": f"/office/calls/{w.call}{tail}", "missing": f"/office/calls/{MISSING}{tail}"}
           for m, tail in (("GET", ""), ("GET", "/review"), ("GET", "/experts"), ("GET", "/selection"),
                           ("GET", "/notice"), ("POST", "/open"), ("POST", "/close"), ("POST", "/selection/apply"),
                           ("POST", "/selection/promote"), ("POST", "/notice/publish"))},
        ("POST", "/office/objections/{objection_id}/dismiss"): {"missing": f"/office/objections/{MISSING}/dismiss"},
        ("POST", "/office/supervision/{operation}/{target}"): {
            "own": f"/office/supervision/terminate/{w.award}",  # organisation B's award
            "other": f"/office/supervision/no_such/{w.award}",
            "missing": f"/office/supervision/terminate/{MISSING}"},
        **{("POST", f"/office/organisations/{{org_id}}/{what}"): {
            "own": f"/office/organisations/{w.org_a}/{what}", "missing": f"/office/organisations/{MISSING}/{what}"}
           for what in ("facts", "support")},
        ("GET", "/office/matching/{run_id}"): {"missing": f"/office/matching/{MISSING}"},  # issue 12 pages
        ("POST", "/office/matching/{run_id}/notices"): {"missing": f"/office/matching/{MISSING}/notices"},
        ("GET", "/matching/{run_id}/rows/{number}"): {"missing": f"/matching/{MISSING}/rows/1"},
        ("POST", "/matching/{run_id}/rows/{number}"): {"missing": f"/matching/{MISSING}/rows/1"},
        **{("POST", f"/admin/users/{{user_id}}/{what}"): {
            "other": f"/admin/users/{w.users['applicant_b']}/{what}", "missing": f"/admin/users/{MISSING}/{what}"}
           for what in ("password", "deactivate", "activate")},
    }


def app_routes(app: FastAPI) -> set[tuple[str, str]]:
    """(method, path) of every route of the application (HEAD answers as GET: not a row of its own)."""
    found: set[tuple[str, str]] = set()
    for route in app.routes:
        contexts = route.effective_route_contexts() if hasattr(route, "effective_route_contexts") else [route]
        for ctx in contexts:
            path = getattr(ctx, "path", None)
            methods = getattr(ctx, "methods", None)
            if path is None:
                continue
            if not methods:  # a mount (the static files)
                found.add(("GET", f"{path}/{{path}}"))
                continue
            found.update((m, path) for m in methods if m != "HEAD")
    return found


def _statuses(row: str) -> list[str]:
    cells = row.split()
    assert len(cells) == len(COLUMNS), row
    return cells


@pytest.fixture(scope="module")
def matrix_world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[FastAPI, Engine, World]]:


    url, engine = module_engine(tmp_path_factory, "matrix")
    world = build(engine)
    app = create_app(url)
    app.state.engine = engine
    yield app, engine, world
    engine.dispose()


def _clients(app: FastAPI, world: World) -> dict[str, tuple[TestClient, str]]:
    """A logged-in client (and its form token) per column; anonymous holds the login form's token."""
    out: dict[str, tuple[TestClient, str]] = {}
    names = {"applicant": "applicant", "expert": world.panel[0], "officer": "officer", "finance": "finance",
             "auditor": "auditor", "admin": "admin"}
    for column in COLUMNS:
        c = TestClient(app, raise_server_exceptions=False, follow_redirects=False)
        if column == "anonymous":
            out[column] = (c, token_of(c.get("/login").text))
        else:
            out[column] = (c, login(c, names[column]))
    return out


def _changes(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    state = snapshot(engine)
    state.pop("user_sessions")  # moves on every request (last seen); not sealed, not a change of things
    return state


def test_every_route_against_the_table(matrix_world: tuple[FastAPI, Engine, World]) -> None:
    app, engine, world = matrix_world
    routes = app_routes(app)
    filled = urls(world)
    missing_rows = sorted(r for r in routes if not any(k[:2] == r for k in EXPECTED))
    stale_rows = sorted({k[:2] for k in EXPECTED} - routes)
    clients = _clients(app, world)
    found: dict[tuple[str, str, str], list[str]] = {}
    failures: list[str] = []
    checked = 0
    for (method, template, variant), rows in sorted(EXPECTED.items()):
        if (method, template) not in routes:
            continue
        url = filled.get((method, template), {}).get(variant, template if variant == "-" else "")
        assert url and "{" not in url.split("?")[0], f"no address for {method} {template} ({variant})"
        t0 = time.perf_counter()
        if method == "GET":
            got = [str(clients[c][0].get(url).status_code) for c in COLUMNS]
            T["GET " + template] += time.perf_counter() - t0
            found[(method, template, variant)] = got
            for column, want, have in zip(COLUMNS, _statuses(rows[0]), got, strict=True):
                checked += 1
                if want != have:
                    failures.append(f"GET {url} as {column}: expected {want}, got {have}")
            continue
        bare_row, token_row = rows
        api = template.startswith("/api/")
        t1 = time.perf_counter()
        before = _changes(engine)
        T["snapshot"] += time.perf_counter() - t1
        bare = []
        for column in COLUMNS:
            client = clients[column][0]
            r = client.post(url, json={}) if api and column == "anonymous" else client.post(url, data={"x": "1"})
            bare.append(str(r.status_code))
        got_token = []
        for column, want in zip(COLUMNS, _statuses(token_row), strict=True):
            client, token = clients[column]
            if want == "+":
                got_token.append("+")
                continue
            r = client.post(url, json={}) if api else client.post(url, data={"csrf_token": token})
            got_token.append(str(r.status_code))
        found[(method, template, variant)] = [*bare, "|", *got_token]
        for column, want, have in zip(COLUMNS, _statuses(bare_row), bare, strict=True):
            checked += 1
            if want != have:
                failures.append(f"POST {url} as {column} without the form token: expected {want}, got {have}")
        for column, want, have in zip(COLUMNS, _statuses(token_row), got_token, strict=True):
            if want == "+":
                continue
            checked += 1
            if want != have:
                failures.append(f"POST {url} as {column} with the form token: expected {want}, got {have}")
        T["POST " + template] += time.perf_counter() - t0
        t1 = time.perf_counter()
        ch = _changes(engine)
        T["snapshot"] += time.perf_counter() - t1
        if ch != before:
            failures.append(f"POST {url}: a refused request changed the database")
    for c, _ in clients.values():
        c.close()
    if os.environ.get("SUBSIDY_MATRIX_PRINT"):
        for key, got in sorted(found.items()):
            print(key, " ".join(got))
    for k, v in T.most_common(25): print(f"{v:6.2f} {k}")
    print("TOTAL", sum(v for k, v in T.items() if k != "snapshot"))
    print(f"role × route matrix: {len(routes)} routes, {checked} cells checked, {len(failures)} failed")
    assert not missing_rows, f"routes with no row in EXPECTED (add their rows): {missing_rows}"
    assert not stale_rows, f"rows of routes the application no longer has: {stale_rows}"
    assert not failures, "\n".join(failures)
