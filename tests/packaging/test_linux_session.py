"""The Linux kiosk session files are valid and say what the guide says they do.

systemd's own checker runs where it exists (``systemd-analyze verify``: every warning is a
failure here, since systemd merely ignores a misspelt key and the kiosk would then quietly
lack it); the rest is read the way systemd and the desktop read the files. Nothing here may
depend on what else the test machine has: verify is told not to look up the unit's
``Documentation=`` man page (cage's, on the kiosk, not on a developer's machine), and the
scripts are checked with shellcheck where it is installed.
"""

from __future__ import annotations

import configparser
import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
LINUX = REPO / "packaging" / "linux"
UNIT = LINUX / "petition-kiosk.service"
PAM = LINUX / "petition-kiosk.pam"
DESKTOP = LINUX / "petition-kiosk.desktop"
GUIDE = REPO / "docs" / "deploy-linux-kiosk.md"
BUNDLE_EXECUTABLE = "/opt/petition-kiosk/petition-kiosk"


def unit_entries() -> dict[str, dict[str, list[str]]]:
    """section -> key -> every value (systemd keys may repeat)."""
    sections: dict[str, dict[str, list[str]]] = {}
    current: dict[str, list[str]] = {}
    for raw in UNIT.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("["):
            current = sections.setdefault(line.strip("[]"), {})
            continue
        key, _, value = line.partition("=")
        current.setdefault(key.strip(), []).append(value.strip())
    return sections


def environment(service: dict[str, list[str]]) -> dict[str, str]:
    values: dict[str, str] = {}
    for entry in service.get("Environment", []):
        for assignment in shlex.split(entry):
            name, _, value = assignment.partition("=")
            values[name] = value
    return values


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed")
def test_systemd_accepts_the_unit_without_a_single_warning(tmp_path: Path) -> None:
    unit = tmp_path / UNIT.name
    text = UNIT.read_text(encoding="utf-8")
    if not Path("/usr/bin/cage").exists():  # verify checks that ExecStart's program exists
        text = text.replace("/usr/bin/cage", shutil.which("sh") or "/bin/sh")
    unit.write_text(text, encoding="utf-8")
    # --man=no: verify would otherwise run `man cage(1)` and fail wherever cage's man page is absent.
    result = subprocess.run(["systemd-analyze", "verify", "--man=no", str(unit)], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == "" and result.stdout.strip() == "", result.stderr + result.stdout


def test_the_unit_runs_the_bundle_under_cage_at_boot_and_restarts_it_for_ever() -> None:
    entries = unit_entries()
    service, install, unit = entries["Service"], entries["Install"], entries["Unit"]
    command = shlex.split(service["ExecStart"][-1])
    assert command[0] == "/usr/bin/cage"
    assert "-s" not in command[: command.index("--")]  # no VT switching: no way out to a console
    assert command[command.index("--") + 1:] == [BUNDLE_EXECUTABLE, "run"]
    assert service["Restart"] == ["always"]
    assert unit["StartLimitIntervalSec"] == ["0"]  # never stop restarting after a few quick crashes
    assert install["WantedBy"] == ["graphical.target"]
    assert service["User"] == ["petition-kiosk"]
    assert service["TTYPath"] == ["/dev/tty7"] and "getty@tty7.service" in unit["Conflicts"]


def test_the_unit_keeps_data_and_secrets_where_the_guide_says() -> None:
    service = unit_entries()["Service"]
    env = environment(service)
    assert env["PETITION_KIOSK_KEY_STORE"] == "file"
    assert env["PETITION_KIOSK_DATA_DIR"] == f"/var/lib/{service['StateDirectory'][0]}"
    assert service["EnvironmentFile"] == ["-/etc/petition-kiosk/sync.env"]  # optional: a kiosk may not sync
    assert "PETITION_KIOSK_SYNC_TOKEN" not in env  # never a token in the unit itself
    guide = GUIDE.read_text(encoding="utf-8")
    for fact in ("/etc/petition-kiosk/sync.env", "PETITION_KIOSK_SYNC_TOKEN", "PETITION_KIOSK_KEY_STORE=file",
                 "/var/lib/petition-kiosk", "chmod 0600", "consoleblank=0", "petition-kiosk.pam",
                 BUNDLE_EXECUTABLE, "useradd", "apt-get install -y cage"):
        assert fact in guide, fact


def test_the_blanking_step_writes_exactly_the_console_codes_that_disable_blanking(tmp_path: Path) -> None:
    pre = [v for v in unit_entries()["Service"]["ExecStartPre"] if "printf" in v]
    assert len(pre) == 1
    command = shlex.split(pre[0].lstrip("+-"))
    # systemd passes "\\033" through as "\033" (it unescapes once); the shell's printf makes ESC.
    script = command[-1].replace("\\\\", "\\").replace("/dev/tty7", str(tmp_path / "tty7"))
    subprocess.run([command[0], *command[1:-1], script], check=True, timeout=10)
    assert (tmp_path / "tty7").read_bytes() == b"\x1b[9;0]\x1b[14;0]"  # blank after 0 min, powerdown 0 min


def test_the_pam_service_opens_a_logind_session() -> None:
    assert unit_entries()["Service"]["PAMName"] == [PAM.stem]
    rules = [line.split() for line in PAM.read_text(encoding="utf-8").splitlines() if line and line[0] != "#"]
    assert ["session", "required", "pam_systemd.so"] in rules


def test_desktop_entry_is_valid_and_starts_the_bundle() -> None:
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, timeout=30)
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(DESKTOP, encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert shlex.split(desktop["Exec"]) == [BUNDLE_EXECUTABLE, "run"]
    assert desktop["Name[es]"] and desktop["Comment[es]"]  # Spanish is not optional


@pytest.mark.parametrize("script", ["build.sh", "ci-bundle-test.sh"])
def test_build_scripts_are_valid_bash(script: str) -> None:
    path = REPO / "packaging" / script
    assert path.stat().st_mode & 0o111, f"{script} is not executable"
    subprocess.run(["bash", "-n", str(path)], check=True, timeout=10)
    if shutil.which("shellcheck"):
        result = subprocess.run(["shellcheck", str(path)], capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, result.stdout
    assert re.search(r"^set -euo pipefail$", path.read_text(encoding="utf-8"), re.MULTILINE)
