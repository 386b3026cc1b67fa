"""Search: sort key and filter facets on service, and the FTS5 full-text index over offerings.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

The index is accent- and case-insensitive (unicode61, remove_diacritics 2) with prefix indexes
for search-as-you-type; its `facets` column holds filter tokens (comune, area, category, period,
ages, free) so that text and filters are one MATCH. Rows go in alphabetical order, so the index's
natural order is alphabetical. Existing rows are indexed here; later imports rebuild it
(kiosk.catalogue.store.rebuild_search_index, same statements; facets are computed in Python there).
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

FILL_INDEX = """
INSERT INTO service_fts(service_id, name, organization, body, places, tags, facets)
SELECT s.id,
  (SELECT group_concat(value, ' ') FROM json_each(s.name)),
  o.name,
  coalesce((SELECT group_concat(value, ' ') FROM json_each(s.description)), ''),
  coalesce((SELECT group_concat(coalesce(l.name, '') || ' ' || l.address_1 || ' ' || c.name, ' ')
            FROM service_at_location sal JOIN location l ON l.id = sal.location_id
            JOIN comune c ON c.id = l.comune_id WHERE sal.service_id = s.id), ''),
  coalesce((SELECT group_concat(j.value, ' ') FROM service_category sc
            JOIN category k ON k.id = sc.category_id, json_each(k.name) j
            WHERE sc.service_id = s.id), ''),
  s.facets
FROM service s JOIN organization o ON o.id = s.organization_id
WHERE s.status = 'active'
ORDER BY s.sort_key
"""

FILL_FACETS = """
UPDATE service SET facets =
  coalesce((SELECT group_concat('c' || hex(l.comune_id) || ' a' || hex(coalesce(c.area_id, '')), ' ')
            FROM service_at_location sal JOIN location l ON l.id = sal.location_id
            JOIN comune c ON c.id = l.comune_id WHERE sal.service_id = service.id), '')
  || ' ' || coalesce((SELECT group_concat('k' || hex(category_id), ' ') FROM service_category
                      WHERE service_id = service.id), '')
  || ' ' || coalesce((SELECT group_concat('p' || hex(period_id), ' ') FROM service_period
                      WHERE service_id = service.id), '')
  || ' ' || (WITH RECURSIVE ages(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM ages WHERE n < 18)
             SELECT group_concat('y' || n, ' ') FROM ages
             WHERE n >= coalesce(service.minimum_age, 0) AND n <= coalesce(service.maximum_age, 18))
  || CASE WHEN free THEN ' free' ELSE '' END
"""


def upgrade() -> None:
    with op.batch_alter_table("service") as batch_op:
        batch_op.add_column(
            sa.Column("sort_key", sa.String(300), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("facets", sa.String(), nullable=False, server_default=""))
    op.execute("UPDATE service SET sort_key = lower(coalesce(json_extract(name, '$.it'), ''))")
    op.execute(FILL_FACETS)
    with op.batch_alter_table("service") as batch_op:
        batch_op.create_index("ix_service_sort_key", ["sort_key"])
    op.execute(
        "CREATE VIRTUAL TABLE service_fts USING fts5("
        "service_id UNINDEXED, name, organization, body, places, tags, facets, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"
    )
    op.execute(FILL_INDEX)


def downgrade() -> None:
    op.execute("DROP TABLE service_fts")
    with op.batch_alter_table("service") as batch_op:
        batch_op.drop_index("ix_service_sort_key")
        batch_op.drop_column("facets")
        batch_op.drop_column("sort_key")
