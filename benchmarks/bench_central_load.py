"""Load test of the central server: K kiosks (each its own token) against a real `pitstop central
serve --workers W` on a throwaway PostgreSQL cluster, loopback only, for a bounded time.

Each kiosk sends a heartbeat every 60 s, polls the catalogue with its ETag every 5 min (answered
304 unless it has no copy yet: 1 kiosk in 100 starts without one) and delivers a batch of 1-3
sealed requests once an hour. Time is compressed so that the kiosks together offer `--rate`
heartbeats a second (open loop: a call is timed from the moment it was due, so a server that
falls behind shows it in the latency, not in a slower client). Prints, for W = 1 and 2: calls
answered per second per endpoint, p50/p95/p99 latency, errors, the database's growth, and the
share of a core the client used (2 cores are shared by the client, the server and PostgreSQL).

Targets (issue 13): with 2 workers on PostgreSQL, >= 1,500 heartbeats/s, p95 < 50 ms, no errors.
The client talks HTTP/1.1 itself over keep-alive connections (a pool, as nginx's upstream
keepalive does): an HTTP library would cost the client more CPU than the server.
Each run is measured after `--warmup` seconds of the same load on the same server: a server
that has run for a while has checked its kiosks' tokens (cached for an hour by heartbeats and
polls), where a fresh one looks each up once. Also printed: the CPU per call of the server's
processes and of PostgreSQL, read from /proc, which does not depend on what else the machine
is doing, and the rate two idle cores would reach at that cost.
Run: `python benchmarks/bench_central_load.py [--kiosks 10000] [--rate 1500] [--seconds 20]`.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import datetime as dt
import hashlib
import json
import multiprocessing
import os
import random
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from targets import check, exit_code  # noqa: E402

from central.models import Kiosk  # noqa: E402
from central.store import TOKEN_PREFIX, CentralStore, token_hash  # noqa: E402
from tests.central.pg import Cluster  # noqa: E402
from tests.factories import catalogue_dict  # noqa: E402

HEARTBEAT, CATALOGUE, REQUESTS = "heartbeat", "catalogue", "requests"
POLLS_PER_BEAT = 1 / 5  # every 5 min against every 60 s
BATCHES_PER_BEAT = 1 / 60  # once an hour
IDLE_REUSE = 3.0
"""Seconds an idle connection is reused (the server closes them after 5 s, as nginx's pool
would see; a client that sends on a connection being closed gets no answer)."""


@dataclass
class Fleet:
    ids: list[str]
    tokens: list[str]
    etag: str


@dataclass
class Result:
    latencies: dict[str, list[float]] = field(default_factory=dict)
    errors: dict[str, int] = field(default_factory=dict)
    examples: list[str] = field(default_factory=list)
    cpu: float = 0.0
    wall: float = 0.0
    server_cpu: float = 0.0
    database_cpu: float = 0.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def make_fleet(store: CentralStore, count: int, catalogue: Path) -> Fleet:
    """`count` kiosks with tokens, inserted in bulk (as `token new` would, one by one)."""
    ids = [f"kiosk-{n:05d}" for n in range(count)]
    tokens = [TOKEN_PREFIX + secrets.token_urlsafe(32) for _ in ids]
    now = dt.datetime.now(dt.UTC)
    with store.sessions.begin() as session:
        session.execute(
            Kiosk.__table__.insert(),
            [
                {"id": kid, "token_hash": token_hash(tok), "token_created_at": now}
                for kid, tok in zip(ids, tokens, strict=True)
            ],
        )
    etag = store.publish_catalogue(catalogue).etag
    return Fleet(ids, tokens, etag)


def start_server(db_url: str, workers: int, home: Path) -> tuple[subprocess.Popen[bytes], int]:
    port = free_port()
    process = subprocess.Popen(
        [
            *(sys.executable, "-m", "kiosk.cli.main", "central", "--db", db_url, "serve"),
            *("--port", str(port), "--workers", str(workers), "--no-access-log"),
        ],
        cwd=ROOT,
        env={**os.environ, "PITSTOP_HOME": str(home)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5) as sock:
                sock.sendall(b"GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n")
                if sock.recv(64).startswith(b"HTTP/1.1 200"):
                    time.sleep(1.0)  # the other workers start too
                    return process, port
        except OSError:
            pass
        if time.monotonic() > deadline or process.poll() is not None:
            raise RuntimeError("the central server did not start")
        time.sleep(0.2)


# -- the client ---------------------------------------------------------------------------------


class Connection:
    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader, self.writer = reader, writer
        self.used = time.monotonic()

    async def call(self, raw: bytes) -> tuple[int, bytes, bool]:
        """(status, body, whether the server closes the connection)."""
        self.writer.write(raw)
        head = await self.reader.readuntil(b"\r\n\r\n")
        status = int(head[9:12])
        length = 0
        closing = False
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            name = name.strip().lower()
            if name == b"content-length":
                length = int(value)
            elif name == b"connection" and value.strip().lower() == b"close":
                closing = True
        body = await self.reader.readexactly(length) if length else b""
        return status, body, closing


def _request(method: str, path: str, token: str, body: bytes = b"", extra: str = "") -> bytes:
    head = f"{method} {path} HTTP/1.1\r\nHost: central\r\nAuthorization: Bearer {token}\r\n{extra}"
    if body or method == "POST":
        head += f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
    return head.encode() + b"\r\n" + body


def _heartbeat(kiosk_id: str, n: int) -> bytes:
    return json.dumps(
        {
            "kiosk_id": kiosk_id,
            "app_version": "1.0.0",
            "catalogue_version": "2026-11",
            "pending": n % 3,
            "sent_at": dt.datetime.now(dt.UTC).isoformat().replace("+00:00", "Z"),
        }
    ).encode()


def _batch(kiosk_id: str, rng: random.Random) -> bytes:
    items = []
    for _ in range(rng.randint(1, 3)):
        sealed = rng.randbytes(640)
        items.append(
            {
                "format": "pitstop-request",
                "format_version": 1,
                "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                "kiosk_id": kiosk_id,
                "created_at": "2026-12-01T09:00:00Z",
                "notice_version": "2026-11",
                "schema_version": 1,
                "sealed": base64.b64encode(sealed).decode(),
                "sha256": hashlib.sha256(sealed).hexdigest(),
            }
        )
    return json.dumps({"items": items}).encode()


async def _drive(
    port: int, fleet: Fleet, rate: float, seconds: float, max_conn: int, seed: int
) -> Result:
    """Offer `rate` heartbeats/s (and polls and batches in proportion) for `seconds`."""
    rng = random.Random(seed)
    result = Result(latencies={HEARTBEAT: [], CATALOGUE: [], REQUESTS: []})
    idle: list[Connection] = []
    opened = 0
    free = asyncio.Condition()
    etags = {kid: (fleet.etag if rng.random() > 0.01 else "") for kid in fleet.ids}
    order = list(range(len(fleet.ids)))
    rng.shuffle(order)

    async def connection() -> Connection:
        nonlocal opened
        async with free:
            while not idle and opened >= max_conn:
                await free.wait()
            while idle:
                conn = idle.pop()
                if time.monotonic() - conn.used < IDLE_REUSE:
                    return conn
                conn.writer.close()  # the server may be closing it (keep-alive timeout)
                opened -= 1
            opened += 1
        try:
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
        except BaseException:
            async with free:
                opened -= 1
                free.notify()
            raise
        return Connection(reader, writer)

    async def give_back(conn: Connection | None) -> None:
        nonlocal opened
        async with free:
            if conn is None:
                opened -= 1
            else:
                conn.used = time.monotonic()
                idle.append(conn)
            free.notify()

    def error(kind: str, what: str) -> None:
        result.errors[kind] = result.errors.get(kind, 0) + 1
        if len(result.examples) < 5:
            result.examples.append(f"{kind}: {what}")

    async def one(kind: str, n: int, due: float) -> None:
        index = order[n % len(order)]
        kid, token = fleet.ids[index], fleet.tokens[index]
        if kind == HEARTBEAT:
            raw = _request("POST", "/api/v1/heartbeat", token, _heartbeat(kid, n))
        elif kind == CATALOGUE:
            etag = etags[kid]
            extra = f"If-None-Match: {etag}\r\nAccept-Encoding: gzip\r\n" if etag else ""
            raw = _request(
                "GET", "/api/v1/catalogue", token, extra=extra or "Accept-Encoding: gzip\r\n"
            )
        else:
            raw = _request("POST", "/api/v1/requests", token, _batch(kid, rng))
        conn: Connection | None = None
        try:
            conn = await connection()
            status, body, closing = await asyncio.wait_for(conn.call(raw), 30)
        except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError) as exc:
            error(kind, f"{type(exc).__name__} {exc}")
            if conn is not None:
                conn.writer.close()
            await give_back(None)
            return
        result.latencies[kind].append(time.perf_counter() - due)
        if closing:
            conn.writer.close()
            await give_back(None)
        else:
            await give_back(conn)
        if kind == CATALOGUE and status in (200, 304):
            etags[kid] = fleet.etag
        elif kind == REQUESTS and status == 200:
            if any(item["status"] != "accepted" for item in json.loads(body)["results"]):
                error(kind, body[:200].decode(errors="replace"))
        elif status != 200:
            error(kind, f"{status} {body[:200].decode(errors='replace')}")

    tasks: set[asyncio.Task[None]] = set()
    mix = [(HEARTBEAT, 1.0), (CATALOGUE, POLLS_PER_BEAT), (REQUESTS, BATCHES_PER_BEAT)]
    total_rate = rate * sum(share for _, share in mix)
    kinds = [kind for kind, _ in mix]
    weights = [share for _, share in mix]
    cpu0, began = time.process_time(), time.perf_counter()
    n = 0
    while True:
        now = time.perf_counter()
        if now - began >= seconds:
            break
        due_count = int((now - began) * total_rate) - n
        for _ in range(due_count):
            due = began + n / total_rate
            task = asyncio.create_task(one(rng.choices(kinds, weights)[0], n, due))
            tasks.add(task)
            task.add_done_callback(tasks.discard)
            n += 1
        await asyncio.sleep(0.002)
    if tasks:
        await asyncio.wait(tasks, timeout=60)
    result.wall = time.perf_counter() - began
    result.cpu = time.process_time() - cpu0
    for conn in idle:
        conn.writer.close()
    return result


def _client(
    port: int, fleet: Fleet, rate: float, seconds: float, max_conn: int, seed: int, out: object
) -> None:
    result = asyncio.run(_drive(port, fleet, rate, seconds, max_conn, seed))
    out.send(result)  # type: ignore[attr-defined]


def run_clients(
    port: int,
    fleet: Fleet,
    rate: float,
    seconds: float,
    clients: int,
    max_conn: int,
    seed: int = 0,
) -> Result:
    """`clients` processes, each with its share of the kiosks and of the rate."""
    context = multiprocessing.get_context("fork")
    pipes, processes = [], []
    for n in range(clients):
        share = Fleet(fleet.ids[n::clients], fleet.tokens[n::clients], fleet.etag)
        receive, send = context.Pipe(duplex=False)
        process = context.Process(
            target=_client,
            args=(port, share, rate / clients, seconds, max_conn // clients, seed + n, send),
        )
        process.start()
        pipes.append(receive)
        processes.append(process)
    total = Result(latencies={HEARTBEAT: [], CATALOGUE: [], REQUESTS: []})
    for receive, process in zip(pipes, processes, strict=True):
        part: Result = receive.recv()
        process.join()
        for kind, values in part.latencies.items():
            total.latencies[kind] += values
        for kind, count in part.errors.items():
            total.errors[kind] = total.errors.get(kind, 0) + count
        total.examples += part.examples
        total.cpu += part.cpu
        total.wall = max(total.wall, part.wall)
    return total


def tree_cpu(root: int) -> float:
    """CPU seconds used by process `root` and its descendants so far: the live ones read from
    /proc, those that ended from their parent's cutime/cstime (Linux only)."""
    ticks = os.sysconf("SC_CLK_TCK")
    children: dict[int, list[int]] = {}
    stats: dict[int, list[str]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rpartition(")")[2].split()
        except OSError:
            continue  # it ended meanwhile
        stats[int(entry.name)] = fields
        children.setdefault(int(fields[1]), []).append(int(entry.name))
    total, todo = 0.0, [root]
    while todo:
        pid = todo.pop()
        fields = stats.get(pid)
        if fields is None:
            continue
        used = sum(int(v) for v in fields[11:13])  # utime, stime
        if pid == root:
            used += sum(int(v) for v in fields[13:15])  # cutime, cstime of ended children
        total += used / ticks
        todo += children.get(pid, [])
    return total


def postmaster_pid(cluster: Cluster) -> int:
    return int((cluster.data / "postmaster.pid").read_text().split()[0])


def database_size(store: CentralStore) -> int:
    with store.engine.connect() as connection:
        return int(
            connection.exec_driver_sql("SELECT pg_database_size(current_database())").scalar_one()
        )


def quantile(values: list[float], q: float) -> float:
    if len(values) < 2:
        return values[0] if values else float("nan")
    return statistics.quantiles(values, n=100, method="inclusive")[int(q * 100) - 1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kiosks", type=int, default=10_000)
    parser.add_argument("--rate", type=float, default=1_500.0, help="heartbeats offered per second")
    parser.add_argument("--seconds", type=float, default=20.0, help="length of each run")
    parser.add_argument("--workers", default="1,2", help="worker counts to run, e.g. 1,2")
    parser.add_argument(
        "--warmup", type=float, default=15.0, help="seconds of load before measuring"
    )
    parser.add_argument("--clients", type=int, default=1, help="client processes")
    parser.add_argument(
        "--connections", type=int, default=64, help="keep-alive connections at most"
    )
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="pitstop-load-") as scratch:
        root = Path(scratch)
        cluster = Cluster()
        cluster.start()
        try:
            url = cluster.create_database("central_load")
            store = CentralStore(url)
            catalogue = root / "catalogue.json"
            catalogue.write_text(json.dumps(catalogue_dict(40)), encoding="utf-8")
            fleet = make_fleet(store, args.kiosks, catalogue)
            scale = args.rate * 60 / args.kiosks
            print(
                f"{args.kiosks} kiosks, {args.rate:g} heartbeats/s offered (each kiosk's minute "
                f"lasts {60 / scale:.1f} s), {args.seconds:g} s per run, {args.clients} client "
                f"process(es), {os.cpu_count()} cores shared with the server and PostgreSQL",
                flush=True,
            )
            for workers in [int(w) for w in args.workers.split(",")]:
                size_before = database_size(store)
                process, port = start_server(url, workers, root / "home")
                if args.warmup > 0:  # a server that has run a while knows its kiosks' tokens
                    run_clients(port, fleet, args.rate, args.warmup, args.clients, args.connections)
                server_cpu = tree_cpu(process.pid)
                database_cpu = tree_cpu(postmaster_pid(cluster))
                try:
                    result = run_clients(
                        port,
                        fleet,
                        args.rate,
                        args.seconds,
                        args.clients,
                        args.connections,
                        seed=workers * 1000,
                    )
                    result.server_cpu = tree_cpu(process.pid) - server_cpu
                    result.database_cpu = tree_cpu(postmaster_pid(cluster)) - database_cpu
                finally:
                    process.terminate()
                    process.wait(30)
                grown = database_size(store) - size_before
                report(workers, result, grown, args.rate)
            store.close()
        finally:
            cluster.stop()
    return exit_code()


def report(workers: int, result: Result, grown: int, rate: float) -> None:
    print(f"\n-- {workers} worker(s): {result.wall:.1f} s")
    for kind, values in result.latencies.items():
        if not values:
            continue
        ms = [v * 1000 for v in values]
        print(
            f"   {kind:<10} {len(values) / result.wall:7.0f}/s  p50 {quantile(ms, 0.5):6.1f} ms  "
            f"p95 {quantile(ms, 0.95):6.1f} ms  p99 {quantile(ms, 0.99):6.1f} ms  "
            f"errors {result.errors.get(kind, 0)}"
        )
    for example in result.examples:
        print(f"   error: {example}")
    print(
        f"   database grew {grown / 1024:.0f} KiB; client used {result.cpu / result.wall:.0%} of a core"
    )
    calls = sum(len(values) for values in result.latencies.values())
    if calls:
        server, database = result.server_cpu / calls * 1000, result.database_cpu / calls * 1000
        print(
            f"   CPU per call: server {server:.2f} ms, PostgreSQL {database:.2f} ms, so two idle "
            f"cores serve about {2000 / (server + database):,.0f} calls/s"
        )
    beats = result.latencies[HEARTBEAT]
    per_second = len(beats) / result.wall if result.wall else 0.0
    p95 = quantile([v * 1000 for v in beats], 0.95) if beats else float("inf")
    errors = sum(result.errors.values())
    if workers == 2:
        check(  # the calls offered in the window, answered: a few are still in flight at its end
            f"heartbeats/s answered of {rate:.0f}/s offered, 2 workers, PostgreSQL",
            f"{per_second:.0f}",
            ">= 98 % of an offered rate >= 1500",
            rate >= 1500 and per_second >= rate * 0.98,
        )
        check("heartbeat p95, 2 workers", f"{p95:.1f} ms", "< 50 ms", p95 < 50)
        check("errors, 2 workers", str(errors), "0", errors == 0)


if __name__ == "__main__":
    sys.exit(main())
