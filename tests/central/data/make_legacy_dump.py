"""Build a central database with the code of main at b1c6bd3 (before migrations) and dump it."""
import base64, datetime as dt, hashlib, json, sqlite3, sys, uuid
from pathlib import Path
from central.store import CentralStore
from sync.protocol import Heartbeat, RequestEnvelope, convert
from tests.factories import catalogue_dict

out = Path(sys.argv[1])
db = out.with_suffix(".sqlite3")
db.unlink(missing_ok=True)
store = CentralStore(f"sqlite:///{db}")
tokens = {k: store.new_token(k) for k in ("kiosk-legnano", "kiosk-magenta", "kiosk-old")}
store.revoke_token("kiosk-old")
now = dt.datetime(2026, 12, 3, 10, 0, tzinfo=dt.UTC)
def env(kiosk, n):
    sealed = f"sealed {kiosk} {n}".encode() + bytes(range(256))
    return convert(RequestEnvelope, {"format": "pitstop-request", "format_version": 1,
        "id": str(uuid.UUID(int=n + (1 << 64))), "kiosk_id": kiosk,
        "created_at": f"2026-12-0{1 + n % 3}T0{n % 10}:00:00+01:00", "notice_version": "2026-11",
        "schema_version": 1, "sealed": base64.b64encode(sealed).decode(),
        "sha256": hashlib.sha256(sealed).hexdigest()})
items = [env("kiosk-legnano", n) for n in range(5)]
print(store.store_requests("kiosk-legnano", items, now))
print(store.store_requests("kiosk-magenta", [env("kiosk-magenta", n) for n in range(10, 13)], now + dt.timedelta(hours=1)))
conflict = env("kiosk-legnano", 0)
other = b"other"
conflict = convert(RequestEnvelope, {**json.loads(__import__("msgspec").json.encode(conflict)), "sealed": base64.b64encode(other).decode(), "sha256": hashlib.sha256(other).hexdigest()})
print(store.store_requests("kiosk-legnano", [conflict], now + dt.timedelta(hours=2)))
store.record_heartbeat(tokens["kiosk-legnano"], convert(Heartbeat, {"kiosk_id": "kiosk-legnano", "sent_at": "2026-12-03T10:00:00Z", "app_version": "1.0", "catalogue_version": "2026.1", "pending": 2, "conflicts": 1, "last_success": "2026-12-03T09:00:00+01:00", "last_error": "la rete è giù"}), now)
for n in (1, 2):
    p = out.parent / f"cat{n}.json"
    p.write_text(json.dumps(catalogue_dict(3, version=f"2026.{n}")))
    print(store.publish_catalogue(p))
store.close()
con = sqlite3.connect(db)
con.execute("PRAGMA journal_mode=DELETE")
out.write_text("\n".join(con.iterdump()) + "\n", encoding="utf-8")
