"""central.fastpath.FastPath: the listed calls reach their endpoint directly, everything else
the app, and errors are answered by the app's own handlers (the catch-all one answers and the
error is raised again for the server's log, as Starlette does)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import httpx
import pytest
from fastapi import FastAPI, HTTPException, Request, Response
from fastapi.responses import JSONResponse

from central.fastpath import Endpoint, FastPath


class Boom(RuntimeError):
    pass


def _app() -> tuple[FastAPI, list[str]]:
    seen: list[str] = []
    routes: dict[tuple[str, str], Endpoint] = {}
    app = FastAPI()
    app.add_middleware(FastPath, routes=routes, handlers=app.exception_handlers)

    @app.exception_handler(HTTPException)
    async def _http(_request: Request, exc: HTTPException) -> JSONResponse:
        return JSONResponse({"detail": f"handled {exc.detail}"}, exc.status_code)

    @app.exception_handler(Exception)
    async def _last(_request: Request, exc: Exception) -> JSONResponse:
        seen.append("last resort")  # once per error: it logs
        return JSONResponse({"detail": "unexpected"}, 500)

    @app.post("/fast")
    async def routed(_request: Request) -> Response:
        seen.append("routed post")  # never: the fast path takes POST /fast
        return Response("routed")

    async def fast(request: Request) -> Response:
        seen.append(f"fast {await request.body()!r}")
        if request.headers.get("x-fail") == "http":
            raise HTTPException(418, "teapot")
        if request.headers.get("x-fail") == "boom":
            raise Boom("no")
        return Response("ok")

    @app.get("/fast")
    async def fast_get() -> Response:
        seen.append("routed get")
        return Response("routed")

    routes[("POST", "/fast")] = fast
    return app, seen


def _calling(
    app: FastAPI, raise_errors: bool, calls: Callable[[httpx.AsyncClient], Awaitable[None]]
) -> None:
    async def run() -> None:
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=raise_errors)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            await calls(client)

    asyncio.run(run())


def test_listed_calls_go_to_their_endpoint_and_the_rest_to_the_app() -> None:
    app, seen = _app()

    async def calls(client: httpx.AsyncClient) -> None:
        assert (await client.post("/fast", content=b"body")).text == "ok"
        assert (await client.get("/fast")).text == "routed"  # another method: the app's router
        assert (await client.post("/fast/")).status_code in (307, 404)  # not the exact path

    _calling(app, True, calls)
    assert seen == ["fast b'body'", "routed get"]


def test_errors_are_answered_by_the_apps_handlers_each_once() -> None:
    app, seen = _app()

    async def calls(client: httpx.AsyncClient) -> None:
        teapot = await client.post("/fast", headers={"x-fail": "http"})
        assert (teapot.status_code, teapot.json()) == (418, {"detail": "handled teapot"})
        boom = await client.post("/fast", headers={"x-fail": "boom"})
        assert (boom.status_code, boom.json()) == (500, {"detail": "unexpected"})

    _calling(app, False, calls)
    assert seen.count("last resort") == 1


def test_an_unexpected_error_is_raised_again_after_its_answer() -> None:
    app, _ = _app()

    async def calls(client: httpx.AsyncClient) -> None:
        await client.post("/fast", headers={"x-fail": "boom"})

    with pytest.raises(Boom):
        _calling(app, True, calls)
