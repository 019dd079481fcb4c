"""Nothing of a signer is left in the running kiosk's memory once they leave (issue 22, item 3).

A real ``petition-kiosk run`` (tests/ui/memory_child.py, Qt offscreen) is driven by taps:
three signers, each with canaries of their own (a first name with an ñ, a last name, an email,
a mobile number, a street address: random letters no program would hold by chance), typed on
the on-screen keyboard. The first signs through review and "thank you" and taps "Done"; the
second taps "Start over" halfway through the form; the third fills everything in, draws, reaches
the review and walks away until the inactivity reset clears the kiosk. Half a second after each,
the live process's memory is read from outside, as a debugger or a core dump would read it
(``/proc/PID/mem``: tests/process_memory.py), and searched for every canary of every signer so
far, in UTF-8, Latin-1 (CPython's one-byte ``str``), UTF-16-LE (Qt's ``QString``) and UTF-32-LE
(CPython's four-byte ``str``), as typed, case-folded (the repeat-signer hash's input) and, for
the phone, in E.164. None may be found.

On main before issue 22 the same test found, after "thank you", the signer's last name and phone
(Python ``str`` objects freed into pymalloc's arenas) and, after the inactivity reset, four of
the five fields, one as a ``QString``.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.process_memory import Hit, memory_readable, search

REPO = Path(__file__).resolve().parents[2]
PHASE_TIMEOUT_S = 60
CONSONANTS = "bcdfghjkmnpqrstvwxz"  # no vowels: no real word, so nothing else in memory spells it
PHASES = ("thank_you", "start_over", "inactivity")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/PID/mem (Linux)"),
]


def _letters(rng: random.Random, count: int) -> str:
    return "".join(rng.choice(CONSONANTS) for _ in range(count))


def canary_signer(rng: random.Random) -> dict[str, str]:
    """A signer whose every personal field is a canary (the ZIP code is a clear column)."""
    return {
        "given_name": _letters(rng, 8).capitalize() + "ña",
        "family_name": _letters(rng, 9).capitalize(),
        "email": f"{_letters(rng, 8)}@{_letters(rng, 6)}.org",
        "phone": "213555" + "".join(rng.choice("0123456789") for _ in range(4)),
        "postal_code": "90057",
        "address": f"{rng.randint(1000, 9999)} {_letters(rng, 8).capitalize()} Ave",
    }


def needles(number: int, signer: dict[str, str]) -> dict[str, str]:
    """Every form of the signer's personal fields a program might keep, labelled by field."""
    found = {}
    for field in ("given_name", "family_name", "email", "phone", "address"):
        value = signer[field]
        found[f"signer {number} {field}"] = value
        if value.casefold() != value:
            found[f"signer {number} {field} (case-folded)"] = value.casefold()
    found[f"signer {number} phone (E.164)"] = "+1" + signer["phone"]
    return found


def _campaign_with_address(tmp_path: Path) -> Path:
    bundled = (REPO / "resources" / "campaigns" / "end-s-comm.toml").read_text("utf-8")
    assert 'address = "hidden"' in bundled
    path = tmp_path / "campaign.toml"
    path.write_text(bundled.replace('address = "hidden"', 'address = "optional"'), "utf-8")
    return path


def _read_tagged(process: subprocess.Popen[str], tag: str) -> dict[str, object]:
    """The child's next ``TAG {json}`` line; a child that hangs is killed, so the test fails."""
    assert process.stdout is not None
    watchdog = threading.Timer(PHASE_TIMEOUT_S, process.kill)
    watchdog.start()
    try:
        for line in process.stdout:
            if line.startswith(f"{tag} "):
                return dict(json.loads(line[len(tag) + 1:]))
    finally:
        watchdog.cancel()
    _, err = process.communicate(timeout=10)
    pytest.fail(f"kiosk ended (code {process.returncode}) without {tag}: {err[-2000:]}")


def _send(process: subprocess.Popen[str], command: str) -> None:
    assert process.stdin is not None
    process.stdin.write(command + "\n")
    process.stdin.flush()


def _describe(hits: list[Hit]) -> list[str]:
    return sorted({f"{hit.label} as {hit.encoding} in {hit.region}" for hit in hits})


# How the kiosk is started: by hand from source (it restarts itself with the C allocator), and
# as the frozen bundle runs (no restart, which PYTHONMALLOC cannot steer; pymalloc with the
# debug allocator of development mode, packaging/petition-kiosk.spec's "X dev").
STARTS = {
    "from source": {},
    "as the bundle": {"PETITION_KIOSK_SCRUBBING": "1", "PYTHONDEVMODE": "1"},
}


@pytest.mark.parametrize("start", list(STARTS))
def test_a_memory_dump_after_each_way_of_leaving_holds_nothing_of_the_signer(tmp_path: Path, data_dir: Path,
                                                                             start: str) -> None:
    rng = random.Random()
    signers = [canary_signer(rng) for _ in PHASES]
    # Reversed, so the child never holds a value whole unless the kiosk itself put it together.
    signers_file = tmp_path / "signers.json"
    signers_file.write_text(json.dumps([{k: v[::-1] for k, v in s.items()} for s in signers]), "utf-8")
    (tmp_path / "keys").mkdir(mode=0o700)
    env = dict(os.environ, PETITION_KIOSK_KEY_STORE="file", PETITION_KIOSK_KEY_FILE=str(tmp_path / "keys" / "data.key"),
               PYTHONPATH=str(REPO))
    for name in ("PYTHONMALLOC", "MALLOC_PERTURB_", "GLIBC_TUNABLES", "PYTHONDEVMODE"):
        env.pop(name, None)  # the kiosk must set its allocators up itself, as it does when started by hand
    env.update(STARTS[start])
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.memory_child", "--data-dir", str(data_dir),
         "--campaign", str(_campaign_with_address(tmp_path)), "--signers", str(signers_file)],
        cwd=REPO, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        _read_tagged(process, "READY")
        if not memory_readable(process.pid):
            pytest.skip("this machine does not let a process read its child's memory (ptrace)")
        # From source the kiosk restarted itself (same process id) with allocators that overwrite
        # freed memory; as the bundle it cannot, and pymalloc's own blocks must be scrubbed.
        environ = Path(f"/proc/{process.pid}/environ").read_bytes().split(b"\0")
        assert (b"PYTHONMALLOC=malloc" in environ) == (start == "from source")

        looked_for: dict[str, str] = {}
        for number, (phase, signer) in enumerate(zip(PHASES, signers, strict=True), start=1):
            _send(process, phase)
            cleared = _read_tagged(process, "CLEARED")
            assert cleared == {"after": phase, "step": "welcome", "total": 1, "form_empty": True}
            looked_for.update(needles(number, signer))
            # The search sees the kiosk's memory: the data dir's path is there, in several encodings.
            control = search(process.pid, {**looked_for, "control": str(data_dir)})
            assert any(hit.label == "control" for hit in control), "the memory search finds nothing at all"
            left = [hit for hit in control if hit.label != "control"]
            assert not left, f"after {phase}: {_describe(left)}"
        _send(process, "quit")
        assert process.wait(timeout=30) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
