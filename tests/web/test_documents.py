"""An application's documents downloaded from the expert's task page (web/documents.py): the link is
there, the file is the one uploaded, sent as an attachment with its type and ``nosniff``; who may
download is the role × route matrix's (tests/web/test_access_matrix.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine
from staff_world import build, login

from db_support import tx
from subsidy.store.tables import Blob, Document
from subsidy.web.app import create_app

pytestmark = pytest.mark.db


def test_an_expert_downloads_a_document_of_its_task(engine: Engine, db_url: str, tmp_path: Path) -> None:
    world = build(engine)
    app = create_app(db_url)
    app.state.engine = engine
    with TestClient(app, follow_redirects=False) as client:
        login(client, world.panel[0])
        page = client.get(f"/expert/applications/{world.review_app}").text
        links = re.findall(r'href="(/applications/\d+/documents/\d+)"', page)
        assert links == [f"/applications/{world.review_app}/documents/{world.doc_a}"]
        r = client.get(links[0])
        assert r.status_code == 200
        assert r.headers["content-type"] == "application/pdf"
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["content-disposition"].startswith("attachment; filename*=UTF-8''")
        with tx(engine) as s:
            doc = s.get_one(Document, world.doc_a)
            assert r.content == s.get_one(Blob, doc.sha256).content
        outsider = TestClient(app, follow_redirects=False)
        login(outsider, world.outsider)  # an expert not on the panel: refused, as for the application
        assert outsider.get(links[0]).status_code == 403
        outsider.close()
