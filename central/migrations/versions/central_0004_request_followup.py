"""The office console's requests inbox: follow-up, activity feed with sealed notes, the office
key's public half and wrapped copy, and how far new-request e-mails have got (issue 14).

Revision ID: central_0004
Revises: central_0003
Create Date: 2026-12-10

Four new tables; no existing row is changed or removed (request.status, status_at and
exported_at of central_0002 are reused).
"""

import sqlalchemy as sa
from alembic import op

revision = "central_0004"
down_revision = "central_0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "request_followup",
        sa.Column("request_id", sa.String(36), nullable=False),
        sa.Column("assigned_to", sa.Integer(), nullable=True),
        sa.Column("taken_by", sa.Integer(), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(20), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["request_id"], ["request.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["assigned_to"], ["office_user.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["taken_by"], ["office_user.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("request_id"),
    )
    op.create_index("ix_request_followup_assigned_to", "request_followup", ["assigned_to"])
    op.create_table(
        "request_event",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("request_id", sa.String(36), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(100), nullable=False),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("detail", sa.String(100), nullable=False),
        sa.Column("sealed", sa.LargeBinary(), nullable=True),
        sa.ForeignKeyConstraint(["request_id"], ["request.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_request_event_request_id", "request_event", ["request_id"])
    op.create_table(
        "office_key_copy",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("public_key", sa.String(64), nullable=False),
        sa.Column("fingerprint", sa.String(24), nullable=False),
        sa.Column("wrapped", sa.JSON(), nullable=True),
        sa.Column("set_by", sa.String(100), nullable=False),
        sa.Column("set_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "request_notice",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("until", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    op.drop_table("request_notice")
    op.drop_table("office_key_copy")
    op.drop_table("request_event")
    op.drop_table("request_followup")
