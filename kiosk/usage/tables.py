"""The kiosk's daily usage counts (migration 0004), registered on the shared `metadata`.

One row per local day, metric and key; a count is added with an UPSERT (`store.add`). No
column holds a time finer than the day, an identifier of a visitor, or anything they typed
except a normalised zero-result search word (`metrics.search_word`)."""

from __future__ import annotations

from sqlalchemy import Column, Date, Integer, String, Table

from kiosk.db.models import metadata

usage_count = Table(
    "usage_count",
    metadata,
    Column("day", Date, primary_key=True),
    Column("metric", String(40), primary_key=True),
    Column("key", String(128), primary_key=True),
    Column("count", Integer, nullable=False),
)
