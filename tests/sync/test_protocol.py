"""The protocol's msgspec helpers: readable errors, the kiosk-id rule, JSON both ways."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from sync import protocol as p

SENT = '"sent_at": "2026-12-01T09:00:00Z"'


@pytest.mark.parametrize(
    ("raw", "detail"),
    [
        ('{"kiosk_id": "k-1", "pending": -1, ' + SENT + "}", "pending: expected int >= 0"),
        ('{"kiosk_id": "k-1"}', "sent_at: field required"),
        ('{"kiosk_id": "k-1", "extra": 1, ' + SENT + "}", "extra: unknown field"),
        ("[]", "expected object, got array"),
    ],
)
def test_errors_are_one_sentence_led_by_the_field(raw: str, detail: str) -> None:
    with pytest.raises(p.ProtocolError) as caught:
        p.decode(p.Heartbeat, raw.encode())
    assert str(caught.value) == detail


def test_a_kiosk_id_with_a_final_newline_is_refused() -> None:
    with pytest.raises(p.ProtocolError, match=r"^kiosk_id: .*\{0,63\}\$'$"):
        p.convert(p.Heartbeat, {"kiosk_id": "kiosk-1\n", "sent_at": "2026-12-01T09:00:00Z"})


def test_a_heartbeat_survives_encode_and_decode() -> None:
    beat = p.Heartbeat(
        kiosk_id="kiosk-1",
        pending=3,
        last_success=dt.datetime(2026, 12, 1, 11, tzinfo=dt.timezone(dt.timedelta(hours=2))),
        sent_at=dt.datetime(2026, 12, 1, 9, 0, 0, 5, tzinfo=dt.UTC),
    )
    assert p.decode(p.Heartbeat, p.encode(beat)) == beat
    indented = p.encode(beat, indent=1).decode()
    assert indented.startswith('{\n "kiosk_id": "kiosk-1",\n')
    assert json.loads(indented)["sent_at"] == "2026-12-01T09:00:00.000005Z"
