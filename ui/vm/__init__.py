"""Python view-models exposed to QML (module "Pitstop.ViewModels"), each a small QObject with one job."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from PySide6.QtCore import Property, Signal

QML_IMPORT_NAME = "Pitstop.ViewModels"
QML_IMPORT_MAJOR_VERSION = 1

Container = Literal["QStringList", "QVariantList", "QVariantMap"]


def container_property(
    cpp_type: Container,
    getter: Callable[[Any], Any],
    *,
    notify: Signal | None = None,
    constant: bool = False,
) -> Property:
    """A read-only list or map property, typed for QML by its C++ name.

    PySide6 takes a C++ type name as a Property's type, but its stub accepts only a Python type:
    this is the one place that says so to mypy.
    """
    return Property(cpp_type, getter, notify=notify, constant=constant)  # type: ignore[arg-type]
