"""The alert tone: loaded as the window starts (so the first alert sounds at once), checked, and said when it
cannot play.

QtMultimedia's QSoundEffect plays resources/sounds/alert.wav. It is optional by design (it needs libpulse on
Linux, and a sound server or device to be heard): when it cannot load, when there is no audio output, or when the
effect reports an error, the player says why once (to the window, which shows "Alert sound unavailable"
permanently, and to the log) and tries the system beep for every alert instead. The visual alert never depends
on sound.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from ivig_desktop.paths import resources_dir
from ivig_desktop.ui.style import WARNING_SYMBOL, set_font, set_urgency

log = logging.getLogger(__name__)

Report = Callable[[str], None]


class AlertPlayer(Protocol):
    def prepare(self, report: Report) -> None:
        """Load the tone now; call `report(why)` whenever it cannot be played."""
        ...

    def play(self, escalated: bool) -> None: ...


class SoundEffect(Protocol):
    """What the player uses of QSoundEffect (the audio device's side)."""

    @property
    def statusChanged(self) -> Any: ...  # a signal

    def setSource(self, url: QUrl) -> None: ...

    def setLoopCount(self, count: int) -> None: ...

    def setVolume(self, volume: float) -> None: ...

    def play(self) -> None: ...

    def status(self) -> Any: ...


class AudioSystem(Protocol):
    """The audio outputs and a sound effect to play on them."""

    def outputs(self) -> list[str]: ...

    def effect(self) -> SoundEffect: ...


class QtAudio:
    """QtMultimedia; importing it raises ImportError where it cannot load (no libpulse on Linux)."""

    def __init__(self) -> None:
        from PySide6 import QtMultimedia  # heavy and optional: loaded once the window is up, not at import

        self._multimedia = QtMultimedia

    def outputs(self) -> list[str]:
        return [device.description() for device in self._multimedia.QMediaDevices.audioOutputs()]

    def effect(self) -> SoundEffect:
        effect: SoundEffect = self._multimedia.QSoundEffect()
        return effect


def _is_error(status: Any) -> bool:
    return getattr(status, "name", str(status)).endswith("Error")


class SystemAlertPlayer:
    """Plays the alert tone; when it cannot, says why (once per reason) and tries the system beep instead."""

    def __init__(
        self,
        sound: Path | None = None,
        *,
        audio: Callable[[], AudioSystem] = QtAudio,
        beep: Callable[[], None] = QApplication.beep,
    ) -> None:
        self._sound = sound or resources_dir() / "sounds" / "alert.wav"
        self._audio = audio
        self._beep = beep
        self._effect: SoundEffect | None = None
        self._prepared = False
        self._report: Report = lambda why: None
        self.problem: str | None = None

    def prepare(self, report: Report) -> None:
        self._report = report
        if self._prepared:
            return
        self._prepared = True
        try:
            audio = self._audio()
        except ImportError as error:
            self._unavailable(f"the audio library (QtMultimedia) could not be loaded: {error}")
            return
        if not audio.outputs():
            self._unavailable("this computer reports no audio output device")
            return
        effect = audio.effect()
        effect.statusChanged.connect(self._check_status)
        effect.setSource(QUrl.fromLocalFile(str(self._sound)))
        self._effect = effect
        self._check_status()

    def _check_status(self) -> None:
        if self._effect is not None and _is_error(self._effect.status()):
            self._unavailable(f"the audio system could not load or play the alert tone ({self._sound.name})")

    def _unavailable(self, why: str) -> None:
        if why == self.problem:
            return
        self.problem = why
        log.warning("Alert sound unavailable: %s; the system beep is tried instead.", why)
        self._report(why)

    def play(self, escalated: bool) -> None:
        if not self._prepared:
            self.prepare(self._report)
        effect = self._effect
        if effect is None or self.problem is not None:
            self._beep()
            return
        effect.setLoopCount(3 if escalated else 1)
        effect.setVolume(1.0 if escalated else 0.7)
        effect.play()
        self._check_status()
        if self.problem is not None:
            self._beep()


class SoundStatus(QLabel):
    """The status bar's word on the alert tone: hidden while it plays; "⚠ Alert sound unavailable" for good once
    it cannot (why in its tooltip, its description and the log). It asks the player to load the tone as soon as
    the event loop runs, after the window is shown: start-up does not wait for the audio library."""

    def __init__(self, player: AlertPlayer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._player = player
        self.setObjectName("sound_status")
        set_font(self, 1.0, bold=True)
        set_urgency(self, 2)
        self.hide()
        QTimer.singleShot(0, self, self._prepare)

    def _prepare(self) -> None:
        self._player.prepare(self.unavailable)

    def unavailable(self, why: str) -> None:
        text = self.tr("{0} Alert sound unavailable").format(WARNING_SYMBOL)
        self.setText(text)
        sentence = why[:1].upper() + why[1:]
        self.setToolTip(self.tr("{0}. Alerts still show on screen; the system beep is tried instead.").format(sentence))
        self.setAccessibleDescription(why)
        self.show()
