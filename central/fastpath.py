"""The kiosks' most frequent calls go straight to their endpoint functions.

A heartbeat is small and comes from every kiosk every minute: FastAPI's routing, dependency
solving and exception layers cost about a fifth of the CPU it takes. `FastPath` is an ASGI
middleware that hands the calls of `routes` (method and exact path) to their endpoints (plain
`async def f(request) -> Response`) and everything else to the app. The endpoints stay declared
in the app too (the OpenAPI document), and their errors are answered by the app's own exception
handlers (an unexpected one is raised through to the app's last resort, which answers and logs
it once), so both ways give the same answers; the middleware sits inside the app's others
(/metrics still counts these calls, the body limit still applies).
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

Endpoint = Callable[[Request], Awaitable[Response]]
Handler = Callable[[Request, Any], Response | Awaitable[Response]]


class FastPath:
    def __init__(
        self,
        app: ASGIApp,
        routes: Mapping[tuple[str, str], Endpoint],
        handlers: Mapping[Any, Handler],
    ) -> None:
        """`routes`: (method, path) to endpoint; `handlers`: the app's `exception_handlers`
        (read at each error, so handlers registered after this middleware count)."""
        self.app = app
        self.routes = routes
        self.handlers = handlers

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        endpoint = (
            self.routes.get((scope["method"], scope["path"])) if scope["type"] == "http" else None
        )
        if endpoint is None:
            await self.app(scope, receive, send)
            return
        request = Request(scope, receive, send)
        try:
            response = await endpoint(request)
        except Exception as exc:
            handler = self._handler_of(exc)
            if handler is None:  # the app's last resort answers it, outside this middleware
                raise
            answer = handler(request, exc)
            response = await answer if inspect.isawaitable(answer) else answer
        await response(scope, receive, send)

    def _handler_of(self, exc: Exception) -> Handler | None:
        """The app's handler for `exc`, nearest class first; not the catch-all (`Exception`),
        which Starlette's outermost middleware calls for what is raised through."""
        for kind in type(exc).__mro__:
            if kind is Exception:
                return None
            handler = self.handlers.get(kind)
            if handler is not None:
                return handler
        return None
