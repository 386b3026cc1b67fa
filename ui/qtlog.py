"""Qt's own messages (QML warnings, plugin errors) routed into Python logging (`pitstop run` only:
tests keep pytest-qt's handler, which fails a test on any warning)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

log = logging.getLogger("qt")
LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    log.log(LEVELS.get(kind, logging.WARNING), "%s", message)


def install() -> None:
    qInstallMessageHandler(_handler)
