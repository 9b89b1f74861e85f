"""Qt's own messages (warnings about a font, a plugin, a failed file) into the app's log (ivig_desktop/logs.py),
under the `ivig_desktop.qt` logger, and on to whatever handled them before (Qt's default printing, or a test's
capture)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

log = logging.getLogger("ivig_desktop.qt")

Handler = Callable[[QtMsgType, QMessageLogContext, str], None]


def route_qt_messages() -> Handler | None:
    """Install the handler; returns the one it replaced (None: Qt's default), to put back with
    `qInstallMessageHandler`."""
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }
    previous: Handler | None = None

    def handle(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        log.log(levels.get(kind, logging.WARNING), "%s", message)
        if previous is not None:
            previous(kind, context, message)

    previous = qInstallMessageHandler(handle)
    return previous
