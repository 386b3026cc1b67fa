"""A stateful property test of the engine against a real server through a fault proxy.

Rules: parents submit, the kiosk crashes and restarts, the network goes down and up, the
connection is cut after the server committed, cycles run, time passes. Invariants: nothing
confirmed to a parent is ever lost (it is in the outbox or on the server), the server holds only
confirmed requests, each once; and once the network is back, one cycle empties the outbox.
"""

from __future__ import annotations

import itertools
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from nacl.public import PrivateKey
from sqlalchemy import func, select

from central.models import RequestConflict
from central.store import CentralStore
from kiosk.context import open_kiosk
from kiosk.db.sqlite import column
from sync.engine import SyncEngine
from tests.central.live import FakeClock, LiveServer, make_kiosk, submit
from tests.sync.proxy import FaultProxy

_kiosks = itertools.count()


def test_engine_delivers_everything_confirmed_exactly_once(
    tmp_path: Path, store: CentralStore, server: LiveServer, central_key: PrivateKey
) -> None:
    class DeliveryMachine(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            self.kiosk_id = f"kiosk-{next(_kiosks)}"
            self.proxy = FaultProxy(server.port)
            root = Path(tempfile.mkdtemp(dir=tmp_path))
            self.context = make_kiosk(
                root,
                self.kiosk_id,
                mode="http",
                url=self.proxy.url,
                token=store.new_token(self.kiosk_id),
                batch_size=3,
                max_backoff=600,
            )
            self.clock = FakeClock()
            self.engine = self._engine()
            self.confirmed: set[str] = set()

        def _engine(self) -> SyncEngine:
            return SyncEngine(
                self.context.home, self.context.settings, self.context.engine, clock=self.clock
            )

        @rule(count=st.integers(1, 4))
        def parent_submits(self, count: int) -> None:
            self.confirmed.update(submit(self.context, central_key, count, self.clock.now))

        @rule()
        def crash_and_restart(self) -> None:
            self.context.close()
            self.context = open_kiosk(self.context.home, load_demo=False)
            self.engine = self._engine()

        @rule(mode=st.sampled_from(["pass", "down", "cut", "error500"]))
        def network(self, mode: str) -> None:
            self.proxy.set(mode, only="/api/v1/requests" if mode == "cut" else "")

        @rule(seconds=st.integers(1, 4000))
        def time_passes(self, seconds: int) -> None:
            self.clock.advance(seconds)

        @rule()
        def sync_when_due(self) -> None:
            if self.engine.due():
                status = self.engine.run_once()
                if self.proxy.mode == "pass":
                    assert status.ok and status.pending == 0, status.last_error

        @rule()
        def sync_now(self) -> None:
            had_pending = bool(self._pending())
            status = self.engine.run_once()
            mode = self.proxy.mode
            expected_ok = mode == "pass" or (mode == "cut" and not had_pending)
            assert status.ok == expected_ok, status.last_error

        def _central(self) -> list[str]:
            return [r.id for r in store.iter_requests() if r.kiosk_id == self.kiosk_id]

        def _pending(self) -> set[str]:
            with self.context.engine.connect() as connection:
                return set(
                    column(connection, "SELECT request_id FROM outbox WHERE state = 'pending'")
                )

        @invariant()
        def nothing_lost_nothing_twice(self) -> None:
            central = self._central()
            assert len(central) == len(set(central))
            assert set(central) <= self.confirmed
            assert self.confirmed <= set(central) | self._pending()

        def teardown(self) -> None:
            try:
                self.proxy.set("pass")
                self.clock.to(self.engine.state.next_attempt or self.clock.now)
                status = (
                    self.engine.run_once()
                )  # within one backoff interval of the network's return
                assert status.ok and status.pending == 0, status.last_error
                assert sorted(self._central()) == sorted(self.confirmed)
                with store.engine.connect() as connection:
                    conflicts = connection.execute(
                        select(func.count())
                        .select_from(RequestConflict)
                        .where(RequestConflict.kiosk_id == self.kiosk_id)
                    ).scalar_one()
                assert conflicts == 0
            finally:
                self.context.close()
                self.proxy.close()

    run_state_machine_as_test(
        DeliveryMachine,
        settings=settings(
            max_examples=12,
            stateful_step_count=12,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
        ),
    )
