"""Retention, heartbeat history, kiosk renames and the audit log.

Revision ID: central_0002
Revises: central_0001
Create Date: 2026-12-04

New columns on `request` (status, status_at, exported_at; every stored request starts as
"new", never exported) and four new tables. No existing row is changed or removed.
"""

import sqlalchemy as sa
from alembic import op

revision = "central_0002"
down_revision = "central_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "request", sa.Column("status", sa.String(20), server_default="new", nullable=False)
    )
    op.add_column("request", sa.Column("status_at", sa.DateTime(timezone=True), nullable=True))
    op.add_column("request", sa.Column("exported_at", sa.DateTime(timezone=True), nullable=True))
    op.create_table(
        "kiosk_alias",
        sa.Column("alias", sa.String(64), nullable=False),
        sa.Column("kiosk_id", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["kiosk_id"], ["kiosk.id"]),
        sa.PrimaryKeyConstraint("alias"),
    )
    op.create_index("ix_kiosk_alias_kiosk_id", "kiosk_alias", ["kiosk_id"])
    op.create_table(
        "heartbeat_hour",
        sa.Column("kiosk_id", sa.String(64), nullable=False),
        sa.Column("hour", sa.DateTime(timezone=True), nullable=False),
        sa.Column("beats", sa.Integer(), nullable=False),
        sa.Column("first_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("app_version", sa.String(40), nullable=False),
        sa.Column("catalogue_version", sa.String(100), nullable=False),
        sa.Column("pending_max", sa.Integer(), nullable=False),
        sa.Column("conflicts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.String(500), nullable=False),
        sa.ForeignKeyConstraint(["kiosk_id"], ["kiosk.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("kiosk_id", "hour"),
    )
    op.create_index("ix_heartbeat_hour_hour", "heartbeat_hour", ["hour"])
    op.create_table(
        "audit_event",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(100), nullable=False),
        sa.Column("action", sa.String(60), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_audit_event_at", "audit_event", ["at"])
    op.create_index("ix_audit_event_action", "audit_event", ["action"])


def downgrade() -> None:
    op.drop_table("audit_event")
    op.drop_table("heartbeat_hour")
    op.drop_table("kiosk_alias")
    with op.batch_alter_table("request") as batch_op:
        batch_op.drop_column("exported_at")
        batch_op.drop_column("status_at")
        batch_op.drop_column("status")
