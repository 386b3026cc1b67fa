"""What speech mode says: a focused control in words, a reference spelled out, volume in dB.

A control is described from what Qt exposes to assistive technology (`QAccessible`), so it says
what a screen reader would: its name, its role, its state and its place among its siblings ("3 of
8": siblings of the same role under the same accessible parent; it cannot know a visual grouping
that the accessibility tree does not have). Text fields whose input method hints include
`ImhSensitiveData` (names, phone numbers, e-mails) are read back only when a headset is in use.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtQml import QQmlEngine, QQmlExpression
from PySide6.QtQuick import QQuickItem

from kiosk.settings import SPEECH_MIN_DB

Role = QAccessible.Role


def role_word(role: QAccessible.Role) -> str:
    """The role as said aloud ("" for roles that need no word: static text, panes…)."""
    words = {
        Role.Button: QCoreApplication.translate("Speech", "button"),
        Role.CheckBox: QCoreApplication.translate("Speech", "check box"),
        Role.RadioButton: QCoreApplication.translate("Speech", "radio button"),
        Role.EditableText: QCoreApplication.translate("Speech", "text field"),
        Role.ComboBox: QCoreApplication.translate("Speech", "list box"),
        Role.ListItem: QCoreApplication.translate("Speech", "list item"),
        Role.Link: QCoreApplication.translate("Speech", "link"),
        Role.PageTab: QCoreApplication.translate("Speech", "tab"),
        Role.Slider: QCoreApplication.translate("Speech", "slider"),
        Role.SpinBox: QCoreApplication.translate("Speech", "spin box"),
        Role.Heading: QCoreApplication.translate("Speech", "heading"),
        Role.Dialog: QCoreApplication.translate("Speech", "dialog"),
        Role.AlertMessage: QCoreApplication.translate("Speech", "alert"),
    }
    return words.get(role, "")


def hidden() -> str:
    return QCoreApplication.translate("Speech", "hidden")


def _hints(item: QQuickItem) -> Qt.InputMethodHint:
    """The item's input method hints (PySide gives a Qt.InputMethodHint flag, which int()
    refuses: its value is read instead; nothing readable counts as no hints)."""
    hints = item.property("inputMethodHints")
    if isinstance(hints, Qt.InputMethodHint):
        return hints
    try:
        return Qt.InputMethodHint(int(getattr(hints, "value", hints) or 0))
    except (TypeError, ValueError):
        return Qt.InputMethodHint.ImhNone


def is_private(item: QQuickItem) -> bool:
    """A field of personal data: it says so with `ImhSensitiveData` (brief: UX rules)."""
    return bool(_hints(item) & Qt.InputMethodHint.ImhSensitiveData)


def position(iface: QAccessibleInterface) -> tuple[int, int] | None:
    """(index from 1, count) among siblings of the same role, when there are at least two."""
    parent = iface.parent()
    if parent is None or not parent.isValid():
        return None
    same: list[QAccessibleInterface] = []
    for index in range(parent.childCount()):
        child = parent.child(index)
        if (
            child is not None
            and child.isValid()
            and child.role() == iface.role()
            and not child.state().invisible
        ):
            same.append(child)
    if len(same) < 2:
        return None
    target = iface.object()
    for index, child in enumerate(same, start=1):
        if child.object() is target:
            return index, len(same)
    return None


def describe(item: QQuickItem, *, headset: bool) -> str:
    """The focused `item` in words: "Phone, text field, hidden", "English, button, 2 of 8"."""
    iface = QAccessible.queryAccessibleInterface(item)
    if iface is None or not iface.isValid():
        return ""
    name = iface.text(QAccessible.Text.Name).strip()
    role = iface.role()
    parts: list[str] = []
    if name:
        parts.append(name)
    word = role_word(role)
    if word:
        parts.append(word)
    state = iface.state()
    if state.checkable:
        parts.append(
            QCoreApplication.translate("Speech", "selected")
            if state.checked
            else QCoreApplication.translate("Speech", "not selected")
        )
    if state.disabled:
        parts.append(QCoreApplication.translate("Speech", "unavailable"))
    if role == Role.EditableText:
        value = iface.text(QAccessible.Text.Value) or str(item.property("text") or "")
        if value:
            parts.append(value if headset or not is_private(item) else hidden())
        else:
            parts.append(QCoreApplication.translate("Speech", "empty"))
    description = iface.text(QAccessible.Text.Description).strip()
    if description and description != name:
        parts.append(description)
    place = position(iface)
    if place is not None:
        parts.append(
            QCoreApplication.translate("Speech", "%1 of %2")
            .replace("%1", str(place[0]))
            .replace("%2", str(place[1]))
        )
    if not name and not word:
        return ""
    return ", ".join(parts)


def is_masked(item: QQuickItem) -> bool:
    """A field that shows dots, not what is typed (a PIN, a password): never read back."""
    hidden_text = bool(_hints(item) & Qt.InputMethodHint.ImhHiddenText)
    return hidden_text or _echo_mode(item) != 0  # 0: TextInput.Normal


def _echo_mode(item: QQuickItem) -> int:
    """A TextInput's echoMode (PySide cannot read the enum as a property: asked through QML)."""
    if not hasattr(item, "echoModeChanged"):  # not a text input (never item.metaObject():
        return 0  # see ui/tree.py)
    context = QQmlEngine.contextForObject(item)
    if context is None:
        return 0
    value, failed = QQmlExpression(context, item, "echoMode").evaluate()
    return int(value) if not failed and isinstance(value, int | float) else 0


def char_word(char: str) -> str:
    """One typed character as said: a letter or digit as itself (the voice says its name), a
    space and the signs of phone numbers and e-mail addresses as words."""
    words = {
        " ": QCoreApplication.translate("Speech", "space"),
        "@": QCoreApplication.translate("Speech", "at sign"),
        ".": QCoreApplication.translate("Speech", "dot"),
        "-": QCoreApplication.translate("Speech", "dash"),
        "_": QCoreApplication.translate("Speech", "underscore"),
        "+": QCoreApplication.translate("Speech", "plus"),
    }
    return words.get(char, char)


def edit(before: str, after: str) -> tuple[str, str] | None:
    """What one edit did to a field's text: ("typed", char) or ("deleted", char); None when it
    was not one character typed or deleted (a paste, a clear, a whole word from the keyboard's
    suggestions). Spaces a field adds or takes away around the character (phone groups) are not
    counted; a space typed alone is."""
    start = 0
    while start < min(len(before), len(after)) and before[start] == after[start]:
        start += 1
    end = 0
    while (
        end < min(len(before), len(after)) - start
        and before[len(before) - 1 - end] == after[len(after) - 1 - end]
    ):
        end += 1
    removed, added = before[start : len(before) - end], after[start : len(after) - end]
    if removed and added:
        return None
    change = added or removed
    if change.strip() == "" and len(change) == 1:
        return ("typed" if added else "deleted", change)
    core = change.strip()
    if len(core) != 1:
        return None
    return ("typed" if added else "deleted", core)


def typed_words(before: str, after: str, *, private: bool, masked: bool, headset: bool) -> str:
    """What speech mode says after one edit of a field: the character typed ("a", "7", "space"),
    or "deleted" and the character; a masked field (PIN) never says the character, a private
    one (name, phone, e-mail) only into a headset: "hidden" instead. "" when it was not one
    character."""
    change = edit(before, after)
    if change is None:
        return ""
    kind, char = change
    secret = masked or (private and not headset)
    if kind == "typed":
        return hidden() if secret else char_word(char)
    deleted = QCoreApplication.translate("Speech", "deleted")
    return deleted if secret else f"{deleted}, {char_word(char)}"


def spell(reference: str) -> str:
    """A reference read one character at a time, groups apart: "PS-4K" -> "P S, 4 K"."""
    groups = [g for g in re.split(r"[\s\-_.]+", reference.strip()) if g]
    return ", ".join(" ".join(group) for group in groups)


def gain(db: int) -> float:
    """A level in dB below the loudest as Qt TextToSpeech's linear volume (0..1)."""
    return round(10 ** (max(SPEECH_MIN_DB, min(0, db)) / 20), 4)
