"""The free disk space each kiosk reports in its heartbeat (issue 14, kiosks page).

Revision ID: central_0008
Revises: central_0007
Create Date: 2026-12-13

One new nullable column, `kiosk.disk_free_bytes` (NULL: not reported yet); no existing row is
changed.
"""

import sqlalchemy as sa
from alembic import op

revision = "central_0008"
down_revision = "central_0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("kiosk") as batch:
        batch.add_column(sa.Column("disk_free_bytes", sa.BigInteger(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("kiosk") as batch:
        batch.drop_column("disk_free_bytes")
