"""Baseline: the central database as main created it before migrations existed.

Revision ID: central_0001
Revises:
Create Date: 2026-12-04

Exactly what `CentralBase.metadata.create_all` made at commit b1c6bd3, with the column
`request.claimed_kiosk_id` that its `_add_missing_columns` added by hand. A database made by
that code is not created again: `central.schema.migrate` adds the column if it is missing and
stamps it at this revision (tests/central/test_migrations.py checks both).
"""

import sqlalchemy as sa
from alembic import op

revision = "central_0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "kiosk",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=True),
        sa.Column("token_created_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_heartbeat_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("app_version", sa.String(40), nullable=False),
        sa.Column("catalogue_version", sa.String(100), nullable=False),
        sa.Column("pending", sa.Integer(), nullable=False),
        sa.Column("conflicts", sa.Integer(), nullable=False),
        sa.Column("last_success", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_error", sa.String(500), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_kiosk_token_hash", "kiosk", ["token_hash"], unique=True)
    op.create_table(
        "published_catalogue",
        sa.Column("version", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("catalogue_version", sa.String(100), nullable=False),
        sa.Column("checksum", sa.String(64), nullable=False),
        sa.Column("etag", sa.String(100), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("content_gzip", sa.LargeBinary(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("version"),
    )
    op.create_table(
        "request",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("kiosk_id", sa.String(64), nullable=False),
        sa.Column("claimed_kiosk_id", sa.String(64), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("notice_version", sa.String(40), nullable=False),
        sa.Column("schema_version", sa.Integer(), nullable=False),
        sa.Column("sealed", sa.LargeBinary(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["kiosk_id"], ["kiosk.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_request_kiosk_id", "request", ["kiosk_id"])
    op.create_index("ix_request_received_at", "request", ["received_at"])
    op.create_table(
        "request_conflict",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("request_id", sa.String(36), nullable=False),
        sa.Column("kiosk_id", sa.String(64), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_request_conflict_request_id", "request_conflict", ["request_id"])


def downgrade() -> None:
    op.drop_table("request_conflict")
    op.drop_table("request")
    op.drop_table("published_catalogue")
    op.drop_table("kiosk")
