"""Alembic environment: runs on the connection handed in by kiosk.db.engine.migrate (batch mode)."""

from alembic import context

import kiosk.intake.tables  # noqa: F401  (registers contact_request and outbox on metadata)
from kiosk.db.models import metadata
from kiosk.usage import tables as _usage_tables  # noqa: F401  (registers usage_count)

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,
)
with context.begin_transaction():
    context.run_migrations()
