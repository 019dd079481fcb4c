"""Compile the Qt Linguist ``.ts`` files to ``.qm`` for a packaged build.

The running app compiles a ``.ts`` itself when no ``.qm`` sits beside it, but that needs
``pyside6-lrelease``, which a bundle does not carry: a bundle must ship the ``.qm`` files.
They are written to a build directory (never into the source tree) and the spec collects
them from there. Runs the same on Linux, Windows and macOS.

Usage: ``python packaging/compile_translations.py SOURCE_DIR OUT_DIR``
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

LRELEASE_TIMEOUT_S = 120


def find_lrelease() -> str:
    """The ``lrelease`` that ships with PySide6 (next to the interpreter or in the package)."""
    scripts = Path(sys.executable).parent
    candidates = [scripts / "pyside6-lrelease", scripts / "pyside6-lrelease.exe"]
    try:
        import PySide6

        package = Path(PySide6.__file__).parent
        candidates += [package / "lrelease", package / "lrelease.exe"]
    except ImportError:
        pass
    for candidate in candidates:
        if candidate.is_file():
            return str(candidate)
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found is None:
        raise SystemExit("compile_translations: no lrelease found (install PySide6 in this environment)")
    return found


def compile_all(source_dir: Path, out_dir: Path) -> list[Path]:
    """Compile every ``*.ts`` in ``source_dir`` to ``out_dir/<stem>.qm``; fail loudly on any error."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for stale in out_dir.glob("*.qm"):
        stale.unlink()  # a .ts removed from the source must not live on in the bundle
    tool = find_lrelease()
    compiled = []
    for ts in sorted(source_dir.glob("*.ts")):
        target = out_dir / f"{ts.stem}.qm"
        subprocess.run([tool, "-silent", str(ts), "-qm", str(target)],  # noqa: S603 - fixed tool, our files
                       check=True, timeout=LRELEASE_TIMEOUT_S)
        if not target.is_file() or target.stat().st_size == 0:
            raise SystemExit(f"compile_translations: lrelease wrote no {target.name}")
        compiled.append(target)
    return compiled


def main(argv: list[str]) -> int:
    """Command-line wrapper around :func:`compile_all`."""
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    for qm in compile_all(Path(argv[0]), Path(argv[1])):
        print(f"compiled {qm.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
