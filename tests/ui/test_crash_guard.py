"""A crash inside the running kiosk reports where it happened, never what the signer typed."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SECRET = "ana.canary@example.org"

SCRIPT = f"""
import threading
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from ui import crash_guard

crash_guard.install()
app = QApplication([])

def on_timer_timeout():
    int({SECRET!r})  # ValueError whose message holds the typed value

def worker():
    raise RuntimeError({SECRET!r})

QTimer.singleShot(0, on_timer_timeout)
QTimer.singleShot(50, app.quit)
app.exec()
t = threading.Thread(target=worker)
t.start()
t.join()
print("still running")
"""


def test_slot_and_thread_crashes_name_type_and_place_but_not_the_value(tmp_path: Path) -> None:
    script = tmp_path / "crash.py"
    script.write_text(textwrap.dedent(SCRIPT))
    result = subprocess.run([sys.executable, str(script)], cwd=ROOT, capture_output=True, text=True, timeout=60,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    output = result.stdout + result.stderr
    assert "still running" in result.stdout  # the kiosk carries on
    assert "unexpected ValueError at crash.py:" in result.stderr
    assert "unexpected RuntimeError at crash.py:" in result.stderr
    assert SECRET not in output and "canary" not in output
    assert "Traceback" not in output
