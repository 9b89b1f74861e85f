"""A PySide6 defect that affects the whole app, kept here as a reproducer until it is fixed.

PySide6 6.12.0 on Python 3.11 drops one reference to `None` on every call of a Qt method that returns nothing
(`setText`, `setPen`, `setBold`...) and one to `True` on every `SignalInstance.emit()`. Python 3.11's None and
bools are not immortal (3.12's are), so once such calls outnumber the references the interpreter aborts with
"Fatal Python error: none_dealloc" (or bool_dealloc). Measured on the main window with an infusion on screen: None
starts with about 9,400 references and loses about 80 a second (the repaint tick sets labels), so the app aborts
within about two minutes. PySide6 6.11.2 does not have the defect. The fix belongs in the project's platform
(Python >= 3.12, or PySide6 other than 6.12.0); this test fails (strict xfail) once the defect is gone, to say so.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFont

DEFECT = pytest.mark.xfail(
    sys.version_info < (3, 12), reason="PySide6 6.12.0 drops references to None and True (Python 3.11)", strict=True
)


class _Emitter(QObject):
    changed = Signal()


@DEFECT
def test_emitting_a_signal_keeps_true_alive() -> None:
    emitter = _Emitter()
    before = sys.getrefcount(True)
    for _ in range(10):
        emitter.changed.emit()
    assert sys.getrefcount(True) == before


@DEFECT
def test_a_method_returning_nothing_keeps_none_alive() -> None:
    font = QFont()
    before = sys.getrefcount(None)
    for _ in range(10):
        font.setBold(True)
    assert sys.getrefcount(None) == before
