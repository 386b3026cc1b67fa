"""New-request e-mails: a window per comune whose e-mail failed (issue 14 review).

Revision ID: central_0007
Revises: central_0006
Create Date: 2026-12-12

One new table, `request_notice_owed` (comune, since); no existing row is changed.
"""

import sqlalchemy as sa
from alembic import op

revision = "central_0007"
down_revision = "central_0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "request_notice_owed",
        sa.Column("comune", sa.String(100), nullable=False),
        sa.Column("since", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("comune"),
    )


def downgrade() -> None:
    op.drop_table("request_notice_owed")
