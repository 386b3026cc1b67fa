"""A throwaway PostgreSQL cluster on loopback (Debian's `postgresql`), for the server's tests.

As root the cluster runs as the `postgres` user (PostgreSQL refuses to run as root). Anything
that prevents starting it is reported as a reason to skip, never hidden.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from tests.central.live import free_port as _free_port


class PostgresUnavailable(Exception):
    pass


def _binary(name: str) -> str:
    found = shutil.which(name) or next(
        iter(sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))), None
    )
    if not found:
        raise PostgresUnavailable(f"{name} not found (apt-get install postgresql)")
    return found


class Cluster:
    def __init__(self) -> None:
        self.base = Path(tempfile.mkdtemp(prefix="pitstop-pg-"))
        self.data = self.base / "data"
        self.port = _free_port()
        self._as: list[str] = []
        if os.geteuid() == 0:
            runuser = shutil.which("runuser")
            if runuser is None:
                raise PostgresUnavailable("running as root without runuser")
            try:
                shutil.chown(self.base, "postgres", "postgres")
            except (LookupError, OSError) as exc:
                raise PostgresUnavailable(
                    f"no postgres user to run the cluster as ({exc})"
                ) from None
            self._as = [runuser, "-u", "postgres", "--"]
        self.base.chmod(0o755)

    def _run(self, *args: str) -> None:
        result = subprocess.run([*self._as, *args], capture_output=True, text=True, timeout=60)
        if result.returncode != 0:
            raise PostgresUnavailable(
                f"{Path(args[0]).name} failed: {(result.stderr or result.stdout).strip()[-300:]}"
            )

    def start(self) -> None:
        self._run(
            _binary("initdb"),
            "-D",
            str(self.data),
            "-A",
            "trust",
            "-U",
            "postgres",
            "-E",
            "UTF8",
            "--no-sync",
        )
        options = (
            f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.base} "
            "-c fsync=off -c full_page_writes=off -c max_connections=300"
        )
        self._run(
            _binary("pg_ctl"),
            "-D",
            str(self.data),
            "-l",
            str(self.base / "log"),
            "-o",
            options,
            "-w",
            "-t",
            "30",
            "start",
        )

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(
            f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres", autocommit=True
        ) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        with contextlib.suppress(PostgresUnavailable):
            self._run(_binary("pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")
        shutil.rmtree(self.base, ignore_errors=True)
