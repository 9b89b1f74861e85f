"""The start-up baseline: a bare PySide6 process that shows an empty QMainWindow and quits when it is ready.

Ready is the app's own rule (ivig_desktop/ui/ready.py: painted, then the event loop idle), imported on its own so
that both sides of the ratio stop the clock at the same point. Run as a script: `python benchmarks/bare_qt.py`.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtWidgets import QApplication, QMainWindow

from ivig_desktop.ui.ready import ReadyWatcher


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 800)
    watcher = ReadyWatcher(window)
    watcher.ready.connect(window.close)
    window.show()
    code = app.exec()
    if "--peak-rss" in sys.argv:  # for the memory figure (benchmarks/ticking.py: VmHWM, the same reading)
        from benchmarks.ticking import peak_rss_mib

        print(json.dumps({"peak_rss_mib": peak_rss_mib()}))
    return code


if __name__ == "__main__":
    sys.exit(main())
