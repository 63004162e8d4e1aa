"""``POST /api/assess`` on :class:`subsidy.web.lean_route.LeanRoute`: its parameters are read as FastAPI
reads them (a repeated query parameter: the last), the application's dependencies still run first (the
form token, control characters), and a route it cannot read so is refused when its handler is built."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fastapi import APIRouter, Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import JSONResponse
from fastapi.testclient import TestClient

from subsidy.web.lean_route import LeanRoute

ROOT = Path(__file__).resolve().parents[2]
CHAOYANG = "cn-bj-chaoyang-smart-eldercare"
BODY = json.dumps({"policy": CHAOYANG, "as_of": "2027-04-15", "effective_from": "2026-12-01", "facts": {"project_budget": "780万元"}}).encode()


def test_a_repeated_query_parameter_is_read_as_fastapi_reads_it(client: TestClient) -> None:
    r = client.post("/api/assess?clause=第九十九条&clause=art7", content=BODY,
                    headers={"content-type": "application/json"})
    assert r.status_code == 200, r.text
    assert r.json()["selected_clause"]["id"] == "art7"
    r = client.post("/api/assess?clause=art7&clause=第九十九条", content=BODY,
                    headers={"content-type": "application/json"})
    assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"


def test_the_applications_dependencies_run_before_the_endpoint(client: TestClient) -> None:
    r = client.post("/api/assess", params={"clause": "art7\x00"}, content=BODY,
                    headers={"content-type": "application/json"})
    assert r.status_code == 422 and "控制字符" in r.json()["error"]["message"]  # web/fields.py
    # (the form token, web/csrf.py, for each role: tests/web/test_access_matrix.py)


def _app(endpoint: Any, *dependencies: Any) -> FastAPI:
    app = FastAPI(dependencies=[Depends(d) for d in dependencies])
    router = APIRouter()
    router.add_api_route("/x", endpoint, methods=["POST"], route_class_override=LeanRoute)
    app.include_router(router)
    return app


async def _ok(request: Request, a: str | None = Query(None), b: str | None = Query(None, alias="bee")) -> JSONResponse:
    return JSONResponse({"a": a, "b": b, "path": request.url.path})


def test_query_parameters_by_their_alias_and_none_when_absent() -> None:
    with TestClient(_app(_ok)) as c:
        assert c.post("/x?bee=2").json() == {"a": None, "b": "2", "path": "/x"}


def test_dependencies_run_in_their_order_then_the_endpoint() -> None:
    seen: list[str] = []

    async def first(request: Request) -> None:
        seen.append("first")

    async def second(request: Request) -> None:
        seen.append("second")
        if request.query_params.get("a") == "no":
            raise HTTPException(403, "拒绝")

    async def endpoint(request: Request, a: str | None = Query(None)) -> JSONResponse:
        seen.append(f"endpoint {a}")
        return JSONResponse({})

    with TestClient(_app(endpoint, first, second)) as c:
        assert c.post("/x?a=1").status_code == 200
        assert c.post("/x?a=no").status_code == 403
    assert seen == ["first", "second", "endpoint 1", "first", "second"]


async def _typed(request: Request, n: int = Query(1)) -> JSONResponse:
    return JSONResponse({})


async def _needs_more(request: Request, other: str) -> None:
    return None


@pytest.mark.parametrize("endpoint,dependencies", [(_typed, ()), (_ok, (_needs_more,))], ids=["an int query", "a dependency with a parameter"])
def test_a_route_it_cannot_read_is_refused_when_its_handler_is_built(endpoint: Any,
                                                                    dependencies: tuple[Any, ...]) -> None:
    with pytest.raises(TypeError, match="LeanRoute"), TestClient(_app(endpoint, *dependencies)) as c:
        c.post("/x")  # (an included router's handlers are built on its first request)
