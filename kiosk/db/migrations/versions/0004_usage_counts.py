"""Daily usage counts.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-11

A new table only (kiosk/usage/tables.py says what its columns hold); nothing else changes.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "usage_count",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("metric", sa.String(40), nullable=False),
        sa.Column("key", sa.String(128), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", "metric", "key"),
    )


def downgrade() -> None:
    op.drop_table("usage_count")
