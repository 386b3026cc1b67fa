"""Usage figures: each kiosk's daily counts (issue 15).

Revision ID: central_0006
Revises: central_0005
Create Date: 2026-12-11

One new table, `usage_count` (kiosk, local day, metric, key, count); no existing row is changed.
"""

import sqlalchemy as sa
from alembic import op

revision = "central_0006"
down_revision = "central_0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "usage_count",
        sa.Column("kiosk_id", sa.String(64), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("metric", sa.String(40), nullable=False),
        sa.Column("key", sa.String(128), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("kiosk_id", "day", "metric", "key"),
    )
    op.create_index("ix_usage_count_day", "usage_count", ["day"])


def downgrade() -> None:
    op.drop_index("ix_usage_count_day", table_name="usage_count")
    op.drop_table("usage_count")
