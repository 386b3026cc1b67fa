"""The answers of `serve --workers N` are not held back by Nagle's algorithm: the listening
socket is made by `socket.socket()` (protocol number 0), on which asyncio leaves Nagle on, and
each answer's second write then waited for the client's delayed ACK (44 ms a call, measured)."""

from __future__ import annotations

import asyncio
import socket

from fastapi import FastAPI
from uvicorn.protocols.http.h11_impl import H11Protocol
from uvicorn.server import ServerState

from central.serving import ServingLimits, uvicorn_config


async def _server_side_nodelay(guarded: bool) -> int:
    config = uvicorn_config(FastAPI(), "127.0.0.1", 0, ServingLimits())
    config.load()
    made: list[asyncio.Protocol] = []
    kind = config.http_protocol_class if guarded else H11Protocol
    state = ServerState()

    def protocol() -> asyncio.Protocol:
        made.append(kind(config=config, server_state=state, app_state={}))  # type: ignore[call-arg]
        return made[-1]

    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)  # as bind_socket() makes it
    listener.bind(("127.0.0.1", 0))
    server = await asyncio.get_running_loop().create_server(protocol, sock=listener)
    _, writer = await asyncio.open_connection(*listener.getsockname())
    for _ in range(100):
        if made:
            break
        await asyncio.sleep(0.01)
    accepted = made[0].transport.get_extra_info("socket")  # type: ignore[attr-defined]
    value = int(accepted.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
    writer.close()
    server.close()
    await server.wait_closed()
    return value


def test_the_guarded_protocol_turns_nagle_off_where_asyncio_leaves_it_on() -> None:
    assert asyncio.run(_server_side_nodelay(guarded=False)) == 0  # the gap this closes
    assert asyncio.run(_server_side_nodelay(guarded=True)) == 1
