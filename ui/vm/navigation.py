"""Which page is shown: a stack of page names that QML mirrors in its StackView.

Pages are QML types of the Pitstop module registered by name (`registerPage("intake",
"IntakePage")`), so later features add screens without touching this class. State that a page shows
lives in its view-model; the stack holds names only, so clearing it forgets the session.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement

from ui.vm import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME  # noqa: F401

log = logging.getLogger(__name__)

BUILT_IN_PAGES = {
    "attract": "AttractPage",
    "home": "HomePage",
    "results": "ResultsPage",
    "detail": "DetailPage",
}


@QmlElement
class Navigator(QObject):
    """The page stack. QML listens to `pushed`, `popped` and `reset` and mirrors them."""

    pushed = Signal(str, str)
    """(page name, QML type name)"""
    popped = Signal()
    reset = Signal(str, str)
    """The stack now holds only this page (name, QML type)."""
    pageChanged = Signal()
    contactRequested = Signal(str)
    """requestContact was called (offering id, "" for none); the intake flow listens."""
    helpRequested = Signal(str)
    """The Help key (F1, Help) on page (name): speech mode reads the page's instructions."""
    usingKeysChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pages = dict(BUILT_IN_PAGES)
        self._stack: list[str] = ["attract"]
        self._contact_offering = ""
        self._using_keys = False

    def registerPage(self, name: str, qml_type: str) -> None:
        """Make `name` pushable; `qml_type` is a type of the Pitstop QML module."""
        self._pages[name] = qml_type

    @Slot(str, result=bool)
    def hasPage(self, name: str) -> bool:
        return name in self._pages

    def current_page(self) -> str:
        """The page shown (`page` for QML; Python callers read it here, typed)."""
        return self._stack[-1]

    page = Property(str, current_page, notify=pageChanged)

    def _depth(self) -> int:
        return len(self._stack)

    depth = Property(int, _depth, notify=pageChanged)

    def _contact(self) -> str:
        return self._contact_offering

    contactOffering = Property(str, _contact, notify=contactRequested)
    """The offering the pending contact request is about ("" for none)."""

    def stack(self) -> list[str]:
        return list(self._stack)

    @Slot(str)
    def push(self, name: str) -> None:
        if name not in self._pages:
            log.warning("no page named %r", name)
            return
        if name == self._stack[-1]:
            return
        if self._stack == ["attract"]:  # the welcome screen is not part of the history
            self._reset_to(name)
            return
        if name in self._stack:  # going to a page already open: unwind to it
            while self._stack[-1] != name:
                self.back()
            return
        self._stack.append(name)
        self.pushed.emit(name, self._pages[name])
        self.pageChanged.emit()

    @Slot()
    def back(self) -> None:
        if len(self._stack) <= 1:
            return
        self._stack.pop()
        self.popped.emit()
        self.pageChanged.emit()

    def _reset_to(self, name: str) -> None:
        self._stack = [name]
        self.reset.emit(name, self._pages[name])
        self.pageChanged.emit()

    @Slot()
    def home(self) -> None:
        """Back to the home page, forgetting the pages in between."""
        self._reset_to("home")

    @Slot()
    def clear(self) -> None:
        """Back to the attract screen with no history (session wipe)."""
        self._contact_offering = ""
        self.set_using_keys(False)  # the next visitor has not pressed a key yet
        self._reset_to("attract")

    @Slot()
    def help(self) -> None:
        """The Help key: announce `helpRequested` with the page shown (speech mode answers it)."""
        self.helpRequested.emit(self.current_page())

    def using_keys(self) -> bool:
        return self._using_keys

    def set_using_keys(self, on: bool) -> None:
        """The last input was a key (True) or a touch or click (False): focus rings show only
        for keys, and sheets and dialogs take the focus only then (ui/keys.py sets it)."""
        if on != self._using_keys:
            self._using_keys = on
            self.usingKeysChanged.emit()

    usingKeys = Property(bool, using_keys, notify=usingKeysChanged)

    @Slot(str)
    def requestContact(self, offering_id: str) -> None:
        """Open the contact-request flow about `offering_id` ("" for a general request).

        Does nothing visible until a page named "intake" is registered.
        """
        self._contact_offering = offering_id
        self.contactRequested.emit(offering_id)
        if "intake" in self._pages:
            self.push("intake")
        else:
            log.info("contact requested but no intake page is registered")
