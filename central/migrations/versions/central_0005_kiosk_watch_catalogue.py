"""The office console's kiosks and catalogue pages: kiosk names from enrolment, the kiosk watch
(alert state and the history of going dark and coming back, with its e-mails), catalogue
drafts, and who published each catalogue version (issue 14).

Revision ID: central_0005
Revises: central_0004
Create Date: 2026-12-10

New columns with defaults (kiosk: name, venue, comune, area; published_catalogue: offerings,
published_by, rollback_of) and three new tables; no existing row is changed or removed.
"""

import sqlalchemy as sa
from alembic import op

revision = "central_0005"
down_revision = "central_0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("kiosk") as batch:
        for name, size in (("name", 200), ("venue", 200), ("comune", 100), ("area", 100)):
            batch.add_column(sa.Column(name, sa.String(size), server_default="", nullable=False))
    with op.batch_alter_table("published_catalogue") as batch:
        batch.add_column(sa.Column("offerings", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("published_by", sa.String(100), nullable=True))
        batch.add_column(sa.Column("rollback_of", sa.Integer(), nullable=True))
    op.create_table(
        "kiosk_alert",
        sa.Column("kiosk_id", sa.String(64), nullable=False),
        sa.Column("state", sa.String(10), nullable=False),
        sa.Column("since", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["kiosk_id"], ["kiosk.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("kiosk_id"),
    )
    op.create_table(
        "kiosk_alert_event",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("kiosk_id", sa.String(64), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("state", sa.String(10), nullable=False),
        sa.Column("reason", sa.String(300), nullable=False),
        sa.Column("mail", sa.String(10), nullable=False),
        sa.Column("mail_tries", sa.Integer(), nullable=False),
        sa.Column("mail_claimed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("mail_sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["kiosk_id"], ["kiosk.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_kiosk_alert_event_kiosk_id", "kiosk_alert_event", ["kiosk_id"])
    op.create_index("ix_kiosk_alert_event_at", "kiosk_alert_event", ["at"])
    op.create_table(
        "catalogue_draft",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(100), nullable=False),
        sa.Column("filename", sa.String(200), nullable=False),
        sa.Column("format", sa.String(20), nullable=False),
        sa.Column("catalogue_version", sa.String(100), nullable=False),
        sa.Column("offerings", sa.Integer(), nullable=False),
        sa.Column("warnings", sa.JSON(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_catalogue_draft_created_at", "catalogue_draft", ["created_at"])


def downgrade() -> None:
    op.drop_table("catalogue_draft")
    op.drop_table("kiosk_alert_event")
    op.drop_table("kiosk_alert")
    with op.batch_alter_table("published_catalogue") as batch:
        for name in ("rollback_of", "published_by", "offerings"):
            batch.drop_column(name)
    with op.batch_alter_table("kiosk") as batch:
        for name in ("area", "comune", "venue", "name"):
            batch.drop_column(name)
