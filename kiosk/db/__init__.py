"""SQLite storage: the kiosk's file through sqlite3 (sqlite.py), its schema and Alembic migrations
(models.py, migrations/, engine.py), and its one writer (writer.py)."""
