"""A route declared as FastAPI declares it (its OpenAPI from the endpoint's signature, ``response_model``,
``responses`` and ``openapi_extra``, exactly as before) but called without FastAPI's parameter solving.

For ``POST /api/assess``, the one route on the API's hot path: solving its parameters (four optional
query strings and the application's two dependencies) through FastAPI's dependency machinery and
pydantic cost 0.1–0.2 ms of a 1.0–1.6 ms whole-policy answer in process. :class:`LeanRoute`
reads them directly instead: the application's dependencies (the form token, the control characters:
``create_app``) run first, in their order, each called with the request; then the endpoint is called
with the request and each query parameter as the client sent it (the last value of a repeated one,
as FastAPI takes it; ``None`` when absent). It only takes what it can read so: a ``Request`` parameter,
optional ``str`` query parameters, dependencies that take only the request; anything else is refused
(``TypeError``) when FastAPI builds the route's handler (for an included router, on its first
request), never answered wrongly.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, cast

from fastapi import Request, Response
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute, _effective_route_context_var

__all__ = ["LeanRoute"]


def _request_only(d: Dependant) -> Callable[[Request], Awaitable[None]]:
    call = d.call
    params = list(inspect.signature(call).parameters) if call is not None else []
    if call is None or not inspect.iscoroutinefunction(call) or d.dependencies or d.query_params \
            or d.request_param_name is None or len(params) != 1:
        raise TypeError(f"LeanRoute: the dependency {call!r} must be an async function of the request alone")
    return cast(Callable[[Request], Awaitable[None]], call)


class LeanRoute(APIRoute):
    """An :class:`APIRoute` whose handler reads its parameters directly (see the module)."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        context = _effective_route_context_var.get()  # the route as included: with the app's dependencies
        route = context if context is not None and context.original_route is self else self
        d: Dependant = route.dependant
        if d.path_params or d.header_params or d.cookie_params or d.body_params or d.request_param_name is None \
                or not inspect.iscoroutinefunction(self.endpoint) \
                or any(not isinstance(f.field_info.default, type(None)) or f.field_info.annotation != str | None
                       for f in d.query_params):
            raise TypeError(f"LeanRoute {self.path}: the endpoint takes the request and optional str query parameters only")
        checks = [_request_only(x) for x in d.dependencies]
        query = [(f.name, f.alias) for f in d.query_params]
        endpoint = self.endpoint
        request_name = d.request_param_name

        async def handler(request: Request) -> Response:
            for check in checks:
                await check(request)
            given = request.query_params
            kwargs: dict[str, Any] = {name: given.get(alias) for name, alias in query}
            kwargs[request_name] = request
            response: Response = await endpoint(**kwargs)
            return response

        return handler
