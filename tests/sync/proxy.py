"""A loopback HTTP proxy that injects network faults between a kiosk and a real server.

One request per client connection (the proxy asks the server to close after answering, so the
whole answer is "until EOF"). Modes:

- pass: forward as is;
- down: accept and reset the connection at once (a dead server or network);
- cut: forward, let the server answer (and commit), then reset the client's connection
  without sending a byte of the answer;
- error500: answer 500 without forwarding;
- trickle: forward, then send the answer one byte every `trickle_gap` seconds;
- stall: forward, send the answer's headers and half its body, then send nothing more (the
  connection stays open until the client gives up or `close()`).

`only` restricts the fault to request paths starting with it (others pass). Bytes seen on the
client side are counted (the HTTP bytes on the wire, without TCP/IP headers).
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
import time


class FaultProxy:
    def __init__(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port
        self.mode = "pass"
        self.only = ""
        self.trickle_gap = 0.05
        self.cuts = 0
        self.bytes_from_client = 0
        self.bytes_to_client = 0
        self._lock = threading.Lock()
        self.listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(64)
        self.port: int = self.listener.getsockname()[1]
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def set(self, mode: str, only: str = "") -> None:
        self.mode, self.only = mode, only

    def reset_counters(self) -> None:
        with self._lock:
            self.bytes_from_client = self.bytes_to_client = 0

    def close(self) -> None:
        self._closed = True
        with contextlib.suppress(OSError):
            self.listener.close()

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        try:
            self._handle(client)
        except OSError:
            pass
        finally:
            with contextlib.suppress(OSError):
                client.close()

    def _handle(self, client: socket.socket) -> None:
        mode = self.mode
        if mode == "down":
            _reset(client)
            return
        received = _read_request(client)
        if received is None:
            return
        request, original_size = received
        with self._lock:
            self.bytes_from_client += original_size
        path = request.split(b" ", 2)[1].decode("latin-1")
        if self.only and not path.startswith(self.only):
            mode = "pass"
        if mode == "error500":
            body = b'{"detail":"injected failure"}'
            self._send(
                client,
                b"HTTP/1.1 500 Internal Server Error\r\ncontent-type: "
                b"application/json\r\nconnection: close\r\ncontent-length: "
                + str(len(body)).encode()
                + b"\r\n\r\n"
                + body,
            )
            return
        answer = _forward(self.upstream_port, request)
        if mode == "cut":
            self.cuts += 1
            _reset(client)
            return
        if mode == "stall":
            head, _, body = answer.partition(b"\r\n\r\n")
            self._send(client, head + b"\r\n\r\n" + body[: len(body) // 2])
            while not self._closed and client.recv(1):  # until the client cuts it
                pass
            return
        if mode == "trickle":
            for n in range(len(answer)):
                self._send(client, answer[n : n + 1])
                time.sleep(self.trickle_gap)
            return
        self._send(client, answer)

    def _send(self, client: socket.socket, data: bytes) -> None:
        client.sendall(data)
        with self._lock:
            self.bytes_to_client += len(data)


def _reset(sock: socket.socket) -> None:
    """Close with RST (SO_LINGER 0): the peer sees 'connection reset', as when a link dies."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


def _read_request(client: socket.socket) -> tuple[bytes, int] | None:
    """The request, rewritten to ask the server to close after answering, and its size as sent."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = client.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    lines = head.split(b"\r\n")
    kept = [lines[0]]
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
        if name.strip().lower() == b"connection":
            continue
        kept.append(line)
    kept.append(b"Connection: close")
    while len(body) < length:
        chunk = client.recv(65536)
        if not chunk:
            return None
        body += chunk
    return b"\r\n".join(kept) + b"\r\n\r\n" + body, len(head) + 4 + len(body)


def _forward(port: int, request: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=30) as upstream:
        upstream.sendall(request)
        chunks = []
        while chunk := upstream.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)
