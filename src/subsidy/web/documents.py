"""An application's documents downloaded: ``GET /applications/{id}/documents/{document_id}`` sends the
file to whoever may read the application (services/documents.read_document decides: its organisation,
the experts on its panel, the staff who read every application); a refusal is the 403 page, a document
that does not exist 404. The file is sent as an attachment under its own name, with the type read from
its bytes at upload and ``nosniff``, so a browser never runs it as a page of this site."""

from __future__ import annotations

from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import Response

from subsidy.services.documents import read_document
from subsidy.web.auth import CurrentUser
from subsidy.web.deps import RowId, transaction

__all__ = ["document_path", "router"]

router = APIRouter(include_in_schema=False)


def document_path(application_id: int, document_id: int) -> str:
    return f"/applications/{application_id}/documents/{document_id}"


@router.get("/applications/{app_id}/documents/{document_id}")
def download(request: Request, app_id: RowId, document_id: RowId, user: CurrentUser) -> Response:
    with transaction(request) as s:
        doc, content = read_document(s, user, app_id, document_id)  # no such document: 404 (web/errors.py)
        name, media = doc.filename, doc.media_type
    return Response(content, media_type=media, headers={
        "Content-Disposition": f"attachment; filename*=UTF-8''{quote(name)}", "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store"})
