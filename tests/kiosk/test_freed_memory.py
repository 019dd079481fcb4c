"""The allocator settings that overwrite freed memory (kiosk/freed_memory.py).

The memory dump of a live kiosk is tests/ui/test_nothing_left_in_memory.py; these check the
settings themselves: what each platform gets, that an operator's other glibc tunables survive,
and that a kiosk already started with them (the Linux kiosk unit) is not started again.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from kiosk.freed_memory import (
    NO_TCACHE,
    PERTURB_BYTE,
    RESTARTED,
    restart_with_scrubbing,
    scrubbing_environment,
    scrubbing_in_force,
)


def test_linux_gets_the_c_allocator_with_perturbed_frees_and_no_tcache() -> None:
    wanted = scrubbing_environment({}, "linux")
    assert wanted == {"PYTHONMALLOC": "malloc", "MALLOC_PERTURB_": str(PERTURB_BYTE), "GLIBC_TUNABLES": NO_TCACHE}
    assert scrubbing_in_force(wanted, "linux")
    assert not scrubbing_in_force({}, "linux")


def test_an_operators_other_glibc_tunables_are_kept() -> None:
    environ = {"GLIBC_TUNABLES": "glibc.malloc.arena_max=2:glibc.malloc.tcache_count=7"}
    tunables = scrubbing_environment(environ, "linux")["GLIBC_TUNABLES"].split(":")
    assert tunables == ["glibc.malloc.arena_max=2", NO_TCACHE]
    assert scrubbing_in_force({"PYTHONMALLOC": "malloc", "MALLOC_PERTURB_": str(PERTURB_BYTE),
                               "GLIBC_TUNABLES": f"glibc.malloc.arena_max=2:{NO_TCACHE}"}, "linux")


def test_macos_scribbles_and_windows_has_nothing_to_set() -> None:
    assert scrubbing_environment({}, "darwin") == {"PYTHONMALLOC": "malloc", "MallocScribble": "1"}
    assert scrubbing_environment({}, "win32") == {}
    assert scrubbing_in_force({}, "win32")  # nothing to restart for


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc settings")
def test_a_process_restarts_once_with_the_settings_and_runs_its_work_once() -> None:
    script = ("import os, sys; from kiosk.freed_memory import restart_with_scrubbing; "
              "print('started', flush=True); restart_with_scrubbing(); "
              "print(os.environ['PYTHONMALLOC'], os.environ['MALLOC_PERTURB_'], os.environ['GLIBC_TUNABLES'], "
              "sys._xoptions, flush=True)")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONMALLOC", "MALLOC_PERTURB_", "GLIBC_TUNABLES",
                                                             RESTARTED)}
    done = subprocess.run([sys.executable, "-X", "utf8", "-c", script], env=env, capture_output=True, text=True,
                          timeout=60, check=True)
    # Started twice (the exec), ran on once, with the interpreter's own options kept.
    assert done.stdout.splitlines() == ["started", "started", f"malloc {PERTURB_BYTE} {NO_TCACHE} {{'utf8': True}}"]


def test_a_kiosk_started_with_the_settings_is_not_started_again(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in scrubbing_environment(os.environ).items():
        monkeypatch.setenv(name, value)
    restart_with_scrubbing(["/nonexistent/never-run"])  # would raise if it tried to exec
