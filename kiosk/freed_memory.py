"""Freed memory that keeps nothing of a signer: the allocator settings of the kiosk process.

A signer's name, email and phone pass through many short-lived copies: Python ``str`` objects
(each field read, the validators' results, the JSON that is sealed), Qt's ``QString`` in the
C++ heap (the field, the review's labels). Dropping every reference is not enough, because
neither allocator clears what it frees: CPython's own small-object allocator (pymalloc) and
glibc's ``malloc`` leave the bytes in place until the block is reused, so a memory dump of the
running kiosk minutes later still reads them (measured: issue 22, and
``tests/ui/test_nothing_left_in_memory.py`` on main before this module).

So the kiosk runs with allocators that overwrite what is freed:
- ``PYTHONMALLOC=malloc``: every Python object goes through the C allocator, instead of pymalloc's
  arenas, which never clear a freed block;
- ``MALLOC_PERTURB_``: glibc fills each freed block with this byte (and each new one with its
  complement);
- ``GLIBC_TUNABLES=glibc.malloc.tcache_count=0``: no per-thread cache, whose blocks glibc hands
  back without perturbing them;
- ``MallocScribble=1``: macOS's allocator fills freed blocks (it ignores the glibc settings).

They are read once, when the interpreter and the C library start, so :func:`restart_with_scrubbing`
starts the kiosk once more with them set (``exec``: the same process id, nothing runs twice).
The Linux kiosk session sets them in its unit file, so no restart happens there. A frozen
bundle (PyInstaller) ignores ``PYTHON*`` variables, so it is built to run in Python's development
mode (``-X dev``, packaging/petition-kiosk.spec), whose debug allocator fills every freed Python
block with 0xDD; glibc's perturb byte is set at run time with ``mallopt`` for the C++ heap (Qt).
Measured with tests/ui/measure_memory_after_signers.py: pymalloc alone left the last signer's
family name and phone after the inactivity reset (8 finds); with the debug allocator, none.
Windows has no C allocator setting: there only Python's blocks are covered.

:func:`release_freed_memory` is called when a signer leaves: it frees young cycles now and hands
whole free pages back to the system (``malloc_trim``), which zeroes them for good.
"""

from __future__ import annotations

import functools
import gc
import os
import sys
import warnings
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import ctypes

PERTURB_BYTE = 0xA5  # any non-zero byte; 0xA5 is easy to spot in a dump
NO_TCACHE = "glibc.malloc.tcache_count=0"
M_PERTURB = -6  # mallopt(3)
YOUNG_GENERATIONS = 1  # gc.collect(1): generations 0 and 1
RESTARTED = "PETITION_KIOSK_SCRUBBING"  # set in the restarted process: never restart twice


def scrubbing_environment(environ: Mapping[str, str], platform: str = sys.platform) -> dict[str, str]:
    """The variables (and values) that make ``platform``'s allocators overwrite freed memory,
    keeping any other glibc tunables already in ``environ``."""
    if platform == "darwin":
        return {"PYTHONMALLOC": "malloc", "MallocScribble": "1"}
    if not platform.startswith("linux"):
        return {}
    tunables = [tunable for tunable in environ.get("GLIBC_TUNABLES", "").split(":")
                if tunable and not tunable.startswith("glibc.malloc.tcache_count=")]
    return {"PYTHONMALLOC": "malloc", "MALLOC_PERTURB_": str(PERTURB_BYTE),
            "GLIBC_TUNABLES": ":".join([*tunables, NO_TCACHE])}


def scrubbing_in_force(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether this process started with every variable of :func:`scrubbing_environment` set."""
    wanted = scrubbing_environment(environ, platform)
    if "GLIBC_TUNABLES" in wanted:
        return (all(environ.get(k) == v for k, v in wanted.items() if k != "GLIBC_TUNABLES")
                and NO_TCACHE in environ.get("GLIBC_TUNABLES", "").split(":"))
    return all(environ.get(k) == v for k, v in wanted.items())


def restart_with_scrubbing(argv: Sequence[str] | None = None) -> None:
    """Start this program again (``exec``) with allocators that overwrite freed memory, unless
    they are already in force; returns only where that cannot be done (then as much as can be
    set at run time is set).

    Call it first thing, before any signer's data exists: everything done before is done again.
    """
    environ = os.environ
    if not scrubbing_environment(environ) or scrubbing_in_force(environ):
        return
    if getattr(sys, "frozen", False) or environ.get(RESTARTED):
        # A bundle ignores PYTHONMALLOC (and a restart that did not take would loop): it runs
        # with the debug allocator instead (-X dev), and the C allocator's perturb byte is set now.
        _set_perturb_byte()
        if sys.flags.dev_mode:
            _quiet_development_mode()
        return
    command = list(argv) if argv is not None else [sys.executable, *sys.orig_argv[1:]]
    env = {**environ, **scrubbing_environment(environ), RESTARTED: "1"}
    sys.stdout.flush()
    sys.stderr.flush()
    os.execve(command[0], command, env)  # noqa: S606 - this same interpreter and command line, nothing from outside


@functools.cache
def _libc() -> ctypes.CDLL | None:
    if not sys.platform.startswith("linux"):
        return None
    # Imported here: ctypes.util costs 10 ms, and this module is read before the kiosk's restart.
    import ctypes.util

    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name or "libc.so.6")
    except OSError:
        return None
    # Only glibc has mallopt's M_PERTURB and malloc_trim (musl has neither).
    return libc if hasattr(libc, "malloc_trim") and hasattr(libc, "mallopt") else None


def _quiet_development_mode() -> None:
    """Keep development mode's allocator, not its chatter: the warning filters a normal run has
    (a kiosk's journal is no place for a library's deprecation notices)."""
    warnings.resetwarnings()
    warnings.filterwarnings("default", category=DeprecationWarning, module="__main__")
    for quiet in (DeprecationWarning, PendingDeprecationWarning, ImportWarning, ResourceWarning):
        warnings.simplefilter("ignore", quiet, append=True)


def _set_perturb_byte() -> None:
    libc = _libc()
    if libc is not None:
        import ctypes  # loaded by _libc already

        libc.mallopt(ctypes.c_int(M_PERTURB), ctypes.c_int(PERTURB_BYTE))


def release_freed_memory() -> None:
    """A signer left: free their young objects held in reference cycles now, and give the C
    heap's whole free pages back to the system, which zeroes them.

    The two young generations only: they hold what the signer's minutes at the kiosk made, and
    take well under a millisecond, where a full collection takes 50 ms or more (too long between
    the tap on "Sign" and "thank you"; and run from a timer afterwards it crashed PySide6 while
    widgets were being deleted).
    """
    gc.collect(YOUNG_GENERATIONS)
    libc = _libc()
    if libc is not None:
        import ctypes  # loaded by _libc already

        libc.malloc_trim(ctypes.c_size_t(0))
