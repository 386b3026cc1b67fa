"""The published catalogue as an Open Referral HSDS 3.0 read API (/hsds), with our profile.

`hsds_router(store)` is mounted by `central.app.create_app`; docs/hsds.md describes the API, the
profile, incremental sync and the round trip. The official schemas are vendored in schemas/
(CC BY-SA 4.0, see schemas/LICENSE and schemas/README.md).
"""

from __future__ import annotations

from central.hsds.api import hsds_router

__all__ = ["hsds_router"]
