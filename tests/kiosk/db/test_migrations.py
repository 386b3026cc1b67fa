"""Migrations: a kiosk in the field upgrades in place without losing rows; pragmas are set."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import text

from kiosk.db.engine import current_revision, head_revision, make_engine, migrate
from kiosk.db.sqlite import SqliteFile, scalar
from tests import ROOT, run_python
from tests.factories import catalogue_dict


def _insert_first_schema_rows(db: Path) -> None:
    """Rows as the first migration's schema had them (no sort_key, no search index)."""
    engine = make_engine(db)
    migrate(engine, "0001")
    doc = catalogue_dict(3)
    with engine.begin() as c:
        c.execute(
            text(
                "INSERT INTO catalogue_meta (id, version, updated_at, imported_at, demo, source,"
                " checksum) VALUES (1, 'v1', '2026-11-20T09:00:00+00:00', '2026-11-20', 0, '', '')"
            )
        )
        c.execute(
            text("INSERT INTO area (id, name) VALUES ('legnanese', '{\"it\": \"Legnanese\"}')")
        )
        c.execute(
            text(
                "INSERT INTO comune (id, name, area_id) VALUES ('legnano', 'Legnano', 'legnanese')"
            )
        )
        c.execute(
            text("INSERT INTO organization (id, name, phones) VALUES ('org-0', 'Coop', '[]')")
        )
        c.execute(
            text(
                "INSERT INTO location (id, address_1, comune_id, country)"
                " VALUES ('loc-0', 'Via Roma 1', 'legnano', 'IT')"
            )
        )
        for n, offering in enumerate(doc["offerings"]):
            c.execute(
                text(
                    "INSERT INTO service (id, organization_id, name, free, status, position)"
                    " VALUES (:id, 'org-0', :name, 0, 'active', :n)"
                ),
                {"id": offering["id"], "name": json.dumps({"it": f"Città dei bimbi {n}"}), "n": n},
            )
            c.execute(
                text(
                    "INSERT INTO service_at_location (service_id, location_id, position) VALUES (:id, 'loc-0', 0)"
                ),
                {"id": offering["id"]},
            )
    engine.dispose()


def test_first_migration_upgrades_to_head_with_rows_intact(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite3"
    _insert_first_schema_rows(db)
    engine = make_engine(db)
    migrate(engine)
    with engine.connect() as c:
        assert c.execute(text("SELECT version_num FROM alembic_version")).scalar() != "0001"
        names = [
            json.loads(r[0])["it"]
            for r in c.execute(text("SELECT name FROM service ORDER BY position"))
        ]
        assert names == ["Città dei bimbi 0", "Città dei bimbi 1", "Città dei bimbi 2"]
        assert c.execute(text("SELECT version FROM catalogue_meta")).scalar() == "v1"
        # the rows are searchable after the upgrade (index filled by migration 0002)
        hits = c.execute(
            text("SELECT count(*) FROM service_fts WHERE service_fts MATCH '\"citta\"*'")
        )
        assert hits.scalar() == 3
        assert c.execute(text("SELECT count(*) FROM service WHERE sort_key != ''")).scalar() == 3
    engine.dispose()


def test_connections_use_wal_full_sync_and_foreign_keys(engine) -> None:  # type: ignore[no-untyped-def]
    with engine.connect() as c:
        assert scalar(c, "PRAGMA journal_mode") == "wal"
        assert scalar(c, "PRAGMA synchronous") == 2  # FULL
        assert scalar(c, "PRAGMA foreign_keys") == 1
        assert scalar(c, "PRAGMA secure_delete") == 1


def test_head_is_read_from_the_migration_files() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from kiosk.db.engine import MIGRATIONS, head_revision

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    assert head_revision() == ScriptDirectory.from_config(config).get_current_head()


def test_a_current_database_opens_without_loading_sqlalchemy(tmp_path: Path) -> None:
    """SQLAlchemy and Alembic (~25 MiB) only where a migration is due; the kiosk's own modules
    run their SQL through sqlite3."""
    db = tmp_path / "k.sqlite3"
    migrate(make_engine(db))
    out = run_python(
        "import sys; from pathlib import Path; from kiosk.db.engine import open_database; "
        "import kiosk.context, kiosk.intake.store, kiosk.intake.outbox, kiosk.staff.status, "
        "sync.engine; "
        f"open_database(Path({str(db)!r})); "
        "print('alembic' in sys.modules, 'sqlalchemy' in sys.modules)"
    )
    assert out.strip() == "False False"


def test_a_kiosk_without_sqlalchemy_migrates_an_old_database_in_a_child(tmp_path: Path) -> None:
    """A kiosk updated to a version with a new migration: the schema moves to the head, every row
    stays, and the kiosk process still has not loaded SQLAlchemy."""
    db = tmp_path / "k.sqlite3"
    engine = make_engine(db)
    migrate(engine, "0003")
    with engine.begin() as connection:
        connection.execute(
            text("INSERT INTO area (id, name) VALUES ('legnanese', '{\"it\": \"Legnanese\"}')")
        )
    engine.dispose()
    out = run_python(
        "import sys; from pathlib import Path; from kiosk.db.engine import open_database; "
        "from kiosk.db.sqlite import column; "
        f"database = open_database(Path({str(db)!r})); "
        "c = database.connect().__enter__(); "
        "print(column(c, 'SELECT version_num FROM alembic_version'),"
        " column(c, 'SELECT id FROM area'), 'sqlalchemy' in sys.modules)"
    )
    assert out.strip() == f"['{head_revision()}'] ['legnanese'] False"


def _open_error(db: Path) -> str:
    """What `open_database(db)` raises in a fresh interpreter without SQLAlchemy (the kiosk)."""
    return run_python(
        "from pathlib import Path; from kiosk.db.engine import open_database\n"
        "try:\n"
        f"    open_database(Path({str(db)!r}))\n"
        "except Exception as exc:\n"
        "    print(type(exc).__name__, exc)\n"
    )


def test_a_migration_that_fails_in_the_child_says_which_file_and_why(tmp_path: Path) -> None:
    """A database from a newer version (a kiosk put back to an older one): the child's Alembic
    cannot place it, and the kiosk says which file and what Alembic said."""
    db = tmp_path / "k.sqlite3"
    engine = make_engine(db)
    migrate(engine)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    out = _open_error(db)
    assert out.startswith(f"OperationalError the database {db} could not be migrated:"), out
    assert "9999" in out


def test_a_failed_migration_reports_the_cause_not_sqlalchemys_link(tmp_path: Path) -> None:
    """SQLAlchemy ends its errors with a line pointing to its website: the kiosk shows the
    driver's sentence instead (a table left by a half-done manual repair, here)."""
    db = tmp_path / "k.sqlite3"
    with sqlite3.connect(db) as connection:
        connection.execute("CREATE TABLE area (id TEXT PRIMARY KEY)")
    out = _open_error(db)
    assert out.strip() == (
        f"OperationalError the database {db} could not be migrated: "
        "OperationalError: table area already exists"
    ), out


def test_two_processes_opening_a_new_database_at_once_both_succeed(tmp_path: Path) -> None:
    """The kiosk and a `pitstop` command started in the same second on a fresh data folder:
    one migrates, the other waits for it and finds nothing to do."""
    db = tmp_path / "k.sqlite3"
    code = (
        "import sys, time; from pathlib import Path; from kiosk.db.engine import open_database\n"
        "time.sleep(float(sys.argv[1]) - time.time())\n"
        f"open_database(Path({str(db)!r}))\n"
        "print('ok')\n"
    )
    start = f"{time.time() + 1.5:.3f}"
    children = [
        subprocess.Popen(
            [sys.executable, "-c", code, start],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    results = [child.communicate(timeout=120) for child in children]
    assert [out.strip() for out, _ in results] == ["ok"] * 3, [err for _, err in results]
    assert current_revision(SqliteFile(db)) == head_revision()


def test_the_table_definitions_match_the_migrated_schema(tmp_path: Path) -> None:
    """kiosk.db.models, kiosk.intake.tables and kiosk.usage.tables describe exactly what the
    migrations create."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    import kiosk.intake.tables  # noqa: F401  (registers its tables on the shared metadata)
    from kiosk.db.models import metadata
    from kiosk.usage import tables as _usage_tables  # noqa: F401  (usage_count)

    engine = make_engine(tmp_path / "k.sqlite3")
    migrate(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "compare_server_default": False}
        )
        differences = [d for d in compare_metadata(context, metadata) if not _is_search_index(d)]
    assert differences == []


def _is_search_index(difference: object) -> bool:
    """The FTS5 table and its shadow tables are made by migration 0002, not described in Core."""
    text = repr(difference)
    return "service_fts" in text
