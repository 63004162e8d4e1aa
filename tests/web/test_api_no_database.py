"""The public API and the calculator never touch the database (no engine is made, no file created):
their speed depends on the engine alone (bench/web_bench.py)."""

from __future__ import annotations

import json
from pathlib import Path

from fastapi.testclient import TestClient

from subsidy.rules.case import load_case_file
from subsidy.web.app import create_app

ROOT = Path(__file__).resolve().parents[2]


def _plain(x: object) -> object:
    if isinstance(x, dict):
        return {str(k): _plain(v) for k, v in x.items()}
    if isinstance(x, list):
        return [_plain(v) for v in x]
    return x if isinstance(x, str | int | bool | type(None)) else str(x)


def test_assessing_and_listing_make_no_database_engine(tmp_path: Path) -> None:
    db = tmp_path / "never.sqlite3"
    app = create_app(f"sqlite:///{db}")
    body = json.dumps(_plain(load_case_file(ROOT / "examples" / "baoan-hospital.yaml")), ensure_ascii=False)
    with TestClient(app) as client:
        for _ in range(2):
            r = client.post("/api/assess", content=body, headers={"content-type": "application/json"})
            assert r.status_code == 200 and r.json()["clauses"]
        assert client.post("/api/assess", content=b"{", headers={"content-type": "application/json"}).status_code == 400
        assert client.get("/api/policies").status_code == 200
        assert client.get("/calculator/cn-sz-baoan-ai-health?as_of=2027-03-01&effective_from=2026-12-01").status_code == 200
        assert client.get("/library/cn-sz-baoan-ai-health").status_code == 200
    assert app.state.engine is None
    assert not db.exists()


def test_a_server_process_reads_its_policies_and_freezes_them_before_serving() -> None:
    """``serving_app`` (what ``subsidy serve`` runs): the policies read and compiled, and every object
    alive then out of the garbage collector's full passes (which otherwise stall every client)."""
    import gc

    from subsidy.web import policies
    from subsidy.web.app import serving_app

    policies._snapshot.cache_clear()
    try:
        app = serving_app("sqlite:///:memory:")
        assert policies._snapshot.cache_info().currsize == 1
        assert gc.get_freeze_count() > 10_000
        assert app.state.engine is None
    finally:
        gc.unfreeze()
