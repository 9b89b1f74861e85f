"""A page whose content scrolls when the window is smaller than it, instead of squeezing its fields and messages
(the window keeps its size when what it shows grows: main_window.MINIMUM_SIZE)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget


def scrolling_layout(page: QWidget) -> QVBoxLayout:
    """The layout to put `page`'s content in: inside a scroll area that fills the page."""
    content = QWidget(page)
    scroll = QScrollArea(page)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop of its own: its fields are (it scrolls to them)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(content)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return QVBoxLayout(content)
