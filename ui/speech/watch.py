"""The kiosk window turned into speech: keys, the focused control, and each screen as it arrives.

An event filter on the window sees every key before the screens do and never consumes one (the
speech keys do nothing else): while speech mode is on, any key first stops what is being said; the
speech keys then toggle, repeat, or step the volume. "+", "-", "*" and "/" are left to a text field
that has the focus. A screen is its `KioskPage`'s `title` and `instructions`, said when it arrives
and again when either changes (the contact request's steps, a new result count, a new language);
the control that has the focus follows it. In the focused text field each character typed or
deleted (keys or the on-screen keyboard: the field's `textEdited`) is said; a private field's
only into a headset, a masked one's never. What it cannot do: read what a page does not put in
those two properties or in the accessibility tree; say a word the keyboard's suggestions put in
at once, or a paste (it says nothing for an edit of more than one character).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtQuick import QQuickItem, QQuickWindow

from kiosk.settings import SpeechSection
from ui.keys import focus_item
from ui.speech.keys import TYPED, SpeechKeys
from ui.speech.words import describe, is_masked, is_private, typed_words
from ui.vm.speech import Speech

log = logging.getLogger(__name__)
SETTLE_MS = 60
"""How long a screen may take to settle (its bindings, the focus) before it is said."""
PAGE_PROPERTIES = ("title", "instructions")


def summary_of(page: QObject | None) -> str:
    """A page's title and instructions as one text ("" for no page)."""
    if page is None or not shiboken6.isValid(page):
        return ""
    parts = [str(page.property(name) or "").strip() for name in PAGE_PROPERTIES]
    parts = [p if p.endswith((".", "!", "?", ":")) else p + "." for p in parts if p]
    return " ".join(parts)


class SpeechWatch(QObject):
    """Keys, focus and page arrivals of `window`, said through `speech`."""

    def __init__(
        self,
        window: QQuickWindow,
        speech: Speech,
        *,
        settings: Callable[[], SpeechSection],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._speech = speech
        self._settings = settings
        self._keys = SpeechKeys.from_settings(settings())
        self._page: QObject | None = None
        self._page_dirty = False
        self._focus_dirty = False
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self._say_pending)
        self._field: QQuickItem | None = None
        self._field_text = ""
        self._stack = window.findChild(QObject, "stack")
        if self._stack is not None:
            self._connect_notify(self._stack, "currentItem", self._page_changed)
        # Qt moves the focus from inside an item's destructor: the new focus is looked at once
        # the event loop is back, never while an item is half destroyed.
        self._focus_later = QTimer(self, singleShot=True, interval=0)
        self._focus_later.timeout.connect(self._focus_changed)
        window.activeFocusItemChanged.connect(self._focus_later.start)
        window.installEventFilter(self)
        speech.activeChanged.connect(self._follow_page)
        self._follow_page()

    def apply_settings(self, speech: SpeechSection) -> None:
        self._keys = SpeechKeys.from_settings(speech)

    def current_page(self) -> QObject | None:
        if self._stack is None or not shiboken6.isValid(self._stack):
            return None
        page = self._stack.property("currentItem")
        return page if isinstance(page, QObject) else None

    def summary(self) -> str:
        return summary_of(self.current_page())

    # pages -------------------------------------------------------------------------------------

    def _connect_notify(self, obj: QObject, name: str, slot: Callable[[], None]) -> bool:
        """Connect `slot` to the `<name>Changed` signal of `obj`, if it has one. Never through
        `obj.metaObject()`: a QML object's meta object dies with it while PySide may keep its
        wrapper, which a later object at that address is then handed (see ui/tree.py)."""
        signal = getattr(obj, f"{name}Changed", None)
        if signal is None:
            return False
        signal.connect(slot)
        return True

    def _follow_page(self) -> None:
        page = self.current_page()
        if page is self._page:
            return
        old = self._page
        if old is not None and shiboken6.isValid(old):
            for name in PAGE_PROPERTIES:
                self._disconnect_notify(old, name)
        self._page = page
        if page is not None:
            for name in PAGE_PROPERTIES:
                self._connect_notify(page, name, self._page_text_changed)

    def _disconnect_notify(self, obj: QObject, name: str) -> None:
        signal = getattr(obj, f"{name}Changed", None)
        if signal is not None:
            with contextlib.suppress(RuntimeError):  # not connected (the page had no such text)
                signal.disconnect(self._page_text_changed)

    def _page_changed(self) -> None:
        self._follow_page()
        self._page_text_changed()

    def _page_text_changed(self) -> None:
        self._page_dirty = True
        self._settle.start()

    def _focus_changed(self) -> None:
        if not shiboken6.isValid(self._window):
            return  # the window went away (its teardown moves the focus too)
        self._follow_field()
        self._focus_dirty = True
        if not self._settle.isActive():
            self._settle.start()

    def _say_pending(self) -> None:
        page_dirty, focus_dirty = self._page_dirty, self._focus_dirty
        self._page_dirty = self._focus_dirty = False
        if page_dirty:
            self._speech.sayPage(self.summary())
        if not self._speech.is_active() or not (focus_dirty or page_dirty):
            return
        item = focus_item(self._window)
        if item is None or item is self._page:
            return
        words = describe(item, headset=self._settings().headset)
        if words:
            if page_dirty:
                self._speech.enqueue(words)
            else:
                self._speech.say(words)

    # typing ------------------------------------------------------------------------------------

    def _follow_field(self) -> None:
        """Watch the text of the focused field (a TextInput/TextField: it has `textEdited`)."""
        item = focus_item(self._window)
        field = item if isinstance(item, QQuickItem) and self._editable(item) else None
        if field is self._field:
            return
        self._drop_field()
        if field is None:
            return
        self._field = field
        self._field_text = str(field.property("text") or "")
        QObject.connect(field, "2textChanged()", self._field_text_changed)
        QObject.connect(field, "2textEdited()", self._field_edited)

    @staticmethod
    def _editable(item: QQuickItem) -> bool:
        return (
            bool(item.flags() & QQuickItem.Flag.ItemAcceptsInputMethod)
            and hasattr(item, "textEdited")
            and item.property("text") is not None
        )

    def _drop_field(self) -> None:
        field, self._field = self._field, None
        if field is not None and shiboken6.isValid(field):
            QObject.disconnect(field, "2textChanged()", self._field_text_changed)
            QObject.disconnect(field, "2textEdited()", self._field_edited)

    def _field_text_changed(self) -> None:
        """Any change (the screen's too): the text the next edit starts from. Qt emits
        `textEdited` (the visitor's edits only) before `textChanged`."""
        field = self._field
        if field is not None and shiboken6.isValid(field):
            self._field_text = str(field.property("text") or "")

    def _field_edited(self) -> None:
        field = self._field
        if field is None or not shiboken6.isValid(field):
            return
        before, self._field_text = self._field_text, str(field.property("text") or "")
        if not self._speech.is_active():
            return
        words = typed_words(
            before,
            self._field_text,
            private=is_private(field),
            masked=is_masked(field),
            headset=self._settings().headset,
        )
        if words:
            self._speech.say(words)

    # keys --------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            self._follow_field()  # a key typed before the focus change was looked at
            self._key(event)
        return False

    def _key(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if event.isAutoRepeat() and key not in self._keys.louder | self._keys.quieter:
            return
        if key in TYPED and self._typing():
            key = Qt.Key.Key_unknown
        keys = self._keys
        if key in keys.toggle:
            self._speech.toggle()
            return
        if not self._speech.is_active():
            return
        self._speech.stop()
        if key in keys.repeat:
            self._speech.repeat()
        elif key in keys.louder:
            self._speech.volumeUp()
        elif key in keys.quieter:
            self._speech.volumeDown()

    def _typing(self) -> bool:
        item = focus_item(self._window)
        return isinstance(item, QQuickItem) and bool(
            item.flags() & QQuickItem.Flag.ItemAcceptsInputMethod
        )

    def close(self) -> None:
        self._settle.stop()
        self._focus_later.stop()
        self._drop_field()
        if shiboken6.isValid(self._window):
            self._window.removeEventFilter(self)
            self._window.activeFocusItemChanged.disconnect(self._focus_later.start)
