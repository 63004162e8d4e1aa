"""The web application: server-rendered Chinese pages (Jinja2) and the HTTP API, over FastAPI.

It sits beside :mod:`subsidy.cli` at the top layer: it reads the policy files through
:mod:`subsidy.rules` and (for the fund office's pages) the database through :mod:`subsidy.services`;
nothing below imports it. ``subsidy serve`` runs it under uvicorn. Every asset is served by the
application itself (no CDN): government intranets often have no internet.
"""
