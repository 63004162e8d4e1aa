"""The FastAPI application: ``create_app()`` builds it (``subsidy serve`` runs it under uvicorn)."""

from __future__ import annotations

import gc
import importlib
import os

from fastapi import Depends, FastAPI, Request
from fastapi.responses import RedirectResponse, Response
from fastapi.staticfiles import StaticFiles

from subsidy.settings import Settings, load_settings
from subsidy.web import csrf, errors, fields
from subsidy.web.head import HeadAsGet
from subsidy.web.limits import BodyLimit
from subsidy.web.render import STATIC_DIR
from subsidy.web.timing import ServerTiming

__all__ = ["FORM_OVERHEAD", "GC_YOUNG", "ROUTER_MODULES", "create_app", "prepare_to_serve", "request_limit", "serving_app"]

# Each module defines ``router`` (an APIRouter), and may define ``install(app)`` for what else it adds
# (exception handlers); adding a section of the application is one line here.
ROUTER_MODULES: tuple[str, ...] = (
    "subsidy.web.api",
    "subsidy.web.library",
    "subsidy.web.drafts",
    "subsidy.web.calculator",
    "subsidy.web.auth",
    "subsidy.web.transitions",
    "subsidy.web.office",
    "subsidy.web.office_review",
    "subsidy.web.office_decide",
    "subsidy.web.office_supervision",
    "subsidy.web.office_registry",
    "subsidy.web.documents",
    "subsidy.web.expert",
    "subsidy.web.finance",
    "subsidy.web.audit",
    "subsidy.web.admin",
    "subsidy.web.drafter",
    "subsidy.web.matching",
    "subsidy.web.applicant",
)

FORM_OVERHEAD = 256 * 1024
"""What a request may carry beyond its largest upload: the other fields and the multipart framing."""


def request_limit(settings: Settings) -> int:
    """The largest request body the application reads, in bytes: the largest upload any form takes
    (an applicant's document, ``SUBSIDY_DOCUMENT_MAX_BYTES``; a batch file; a policy's text) plus
    :data:`FORM_OVERHEAD`. A larger body is refused with 413 while it is read, before any handler or
    the form-token check (which reads the whole form) sees it."""
    from subsidy.drafting.source import MAX_BYTES as DRAFT_BYTES
    from subsidy.web.batch import MAX_BYTES as BATCH_BYTES

    return max(settings.documents_max_bytes, BATCH_BYTES, DRAFT_BYTES) + FORM_OVERHEAD


def create_app(database_url: str | None = None) -> FastAPI:
    """The application. ``database_url`` defaults to ``SUBSIDY_DATABASE_URL`` (see settings); the
    engine is made on first use (``app.state.engine`` via :func:`subsidy.web.deps.engine`), so the
    public pages and the API run without touching the database."""
    settings = load_settings() if database_url is None else load_settings(
        {**os.environ, "SUBSIDY_DATABASE_URL": database_url})  # the other settings from the environment
    app = FastAPI(title="产业扶持政策 HTTP 接口", version="1",
                  description="政策、条款与评估接口；错误统一为 {\"error\": {\"code\", \"message\", \"field\"}}。",
                  openapi_url="/api/openapi.json", docs_url=None, redoc_url=None,  # the default docs load a CDN
                  dependencies=[Depends(csrf.protect),  # every state-changing request (web/csrf.py)
                                Depends(fields.refuse_control_characters)])  # every form and query (web/fields.py)
    app.state.settings = settings
    app.state.engine = None
    app.add_middleware(ServerTiming)
    app.add_middleware(HeadAsGet)
    app.add_middleware(BodyLimit, limit=request_limit(settings))  # before csrf.protect reads a form
    errors.install(app)
    app.mount("/static", StaticFiles(directory=str(STATIC_DIR)), name="static")
    for name in ROUTER_MODULES:
        module = importlib.import_module(name)
        app.include_router(module.router)
        if hasattr(module, "install"):
            module.install(app)

    @app.get("/", include_in_schema=False)
    def home(request: Request) -> Response:
        paths = {getattr(r, "path", None) for r in request.app.routes}
        return RedirectResponse("/calculator" if "/calculator" in paths else "/library", status_code=303)

    return app


GC_YOUNG = 20_000
"""The collector's first threshold in a server process (Python's default: 700). A whole-policy answer
holds a few thousand containers at once (its document, its trace), so at 700 the collector ran once
or more per request (0.1 ms of a 1.2 ms Tianhe answer) over objects that die by reference counting
anyway; at 20,000 a collection comes every few hundred requests (a request leaves almost nothing)."""


def prepare_to_serve(app: FastAPI) -> FastAPI:
    """Before a server process answers its first request: read the served policies (parsed and
    compiled once), then freeze every object alive now (``gc.freeze``: the policies, their plans, the
    application, the imported modules) so the garbage collector's full passes no longer walk them. A
    full pass over them took 100–150 ms on a loaded machine, every few hundred whole-policy requests
    (each builds a large document), stalling every client at once; frozen, it takes under 1 ms. And
    keep freed memory for reuse (:func:`subsidy.rules.heap.retain_freed_memory`): an answer's document
    (50–110 KB of JSON, its trace's objects) was otherwise built in fresh pages each time, each faulted in."""
    from subsidy.rules.heap import retain_freed_memory
    from subsidy.web.policies import shipped_policies

    retain_freed_memory()
    shipped_policies()
    gc.collect()
    gc.freeze()
    gc.set_threshold(GC_YOUNG, *gc.get_threshold()[1:])
    return app


def serving_app(database_url: str | None = None) -> FastAPI:
    """The application as a server process runs it (``subsidy serve``; a factory for uvicorn's
    workers: ``uvicorn subsidy.web.app:serving_app --factory``)."""
    return prepare_to_serve(create_app(database_url))
