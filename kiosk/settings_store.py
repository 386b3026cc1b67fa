"""The one settings store of a running kiosk: the current `Settings` and one change notification.

Every part of the kiosk reads `store.current` when it acts, or subscribes to `changed`; nobody
keeps a copy of its own. A change made through the store (staff screen, CLI) is validated, saved,
audited and announced at once. A change written to settings.toml by another process (`pitstop
config set` while the kiosk runs) is picked up by `reload()`, which the UI calls when the file
changes; a damaged file is logged and the current settings stay (and is moved aside, not
overwritten, when the store next saves).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from kiosk import audit
from kiosk.paths import settings_path
from kiosk.settings import (
    Settings,
    SettingsError,
    keep_aside_if_damaged,
    load,
    load_or_init,
    save,
)

log = logging.getLogger(__name__)
Listener = Callable[[Settings], None]


class SettingsStore:
    """Thread-safe holder of the kiosk's immutable settings; listeners get every new value.

    Listeners run on the thread that made the change, after the store's lock is released.
    """

    def __init__(self, home: Path, settings: Settings | None = None) -> None:
        self.home = home
        self._current = settings if settings is not None else load_or_init(home)
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()

    @property
    def current(self) -> Settings:
        return self._current

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call `listener(new)` after every change; returns the function that unsubscribes."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def set(self, key: str, raw: object, *, by: audit.Actor) -> Settings:
        """Validate, save, audit and announce one change; a refused value changes nothing.

        Raises SettingsError (bad key or value, a secret key file where the public key belongs)
        or OSError (the file could not be written).
        """
        with self._lock:
            before = self._current
            after = before.with_value(key, raw)
            if key == "privacy.central_public_key":
                from kiosk.privacy.keys import check_key_setting

                try:
                    check_key_setting(after, self.home)
                except OSError as exc:
                    raise SettingsError(str(exc)) from None
            if after == before:
                return before
            aside = keep_aside_if_damaged(self.home)
            if aside is not None:
                log.error("settings.toml did not load: kept aside as %s before saving", aside.name)
            save(self.home, after)
            self._current = after
        audit.setting_changed(self.home, by, key, before.get(key), after.get(key))
        self._announce(after)
        return after

    def reload(self) -> bool:
        """Read settings.toml again (changed by another process); True when something changed."""
        try:
            fresh = load(self.home) if settings_path(self.home).exists() else None
        except SettingsError as exc:
            log.error("settings not reloaded, the current ones stay: %s", exc)
            return False
        if fresh is None:
            return False
        with self._lock:
            if fresh == self._current:
                return False
            self._current = fresh
        log.info("settings reloaded from %s", settings_path(self.home))
        self._announce(fresh)
        return True

    def _announce(self, settings: Settings) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(settings)
            except Exception:  # one broken listener must not stop the others
                log.exception("a settings listener failed")
