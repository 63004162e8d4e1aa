"""The OpenAPI schema against the application, in-process (ASGI): schemathesis sends requests built
from the schema (and mutations of them); no answer is a 5xx, and every answer — status, content type,
headers, body — is one the schema documents. Bounded: a few examples per operation."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from subsidy.web.app import create_app

schema = schemathesis.openapi.from_asgi("/api/openapi.json", create_app("sqlite:///:memory:"))
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_headers_conformance,
          response_schema_conformance]
REQUESTS = {"count": 0, "by_status": {}}


@pytest.fixture(scope="module", autouse=True)
def _report(pytestconfig: pytest.Config) -> Iterator[None]:
    yield
    line = f"schemathesis: {REQUESTS['count']} requests, by status {dict(sorted(REQUESTS['by_status'].items()))}"
    capture: Any = pytestconfig.pluginmanager.get_plugin("capturemanager")
    with capture.global_and_fixture_disabled():
        print("\n" + line)


@schema.parametrize()
@settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_schema(case: Any) -> None:
    response = case.call_and_validate(checks=CHECKS)
    REQUESTS["count"] += 1
    by_status: dict[int, int] = REQUESTS["by_status"]  # type: ignore[assignment]
    by_status[response.status_code] = by_status.get(response.status_code, 0) + 1
