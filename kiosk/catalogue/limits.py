"""Limits on catalogue files, shared by the importer and the sync transports (a light module:
the transports import it without the importer's dependencies)."""

from __future__ import annotations

MAX_CATALOGUE_BYTES = 200 * 1024 * 1024
"""The largest catalogue file: imported from a USB stick or the command line, copied from a share
or downloaded from the central server."""
