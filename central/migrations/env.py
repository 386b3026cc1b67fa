"""Alembic environment of the central database: online on the connection handed in by
central.schema.migrate, offline (`pitstop central migrate --sql`) on the URL it sets."""

from alembic import context

from central.models import CentralBase

config = context.config
if context.is_offline_mode():
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=CentralBase.metadata,
        literal_binds=True,
    )
else:
    context.configure(
        connection=config.attributes["connection"],
        target_metadata=CentralBase.metadata,
        render_as_batch=True,
    )
with context.begin_transaction():
    context.run_migrations()
