"""SQLite storage: engine with the kiosk's pragmas, Alembic migrations, ORM models."""
