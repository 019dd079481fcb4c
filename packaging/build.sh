#!/usr/bin/env bash
# Build the one-folder bundle dist/petition-kiosk/ from a fresh checkout.
#
# Needs python3 with venv; pip brings the rest. On a fresh Debian/Ubuntu:
#   apt-get install python3-venv binutils libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0
# (binutils: PyInstaller reads Linux binaries with objdump; the libraries: Qt loads them
# when PyInstaller imports the app to find its modules.)
# Uses the venv named by PETITION_KIOSK_BUILD_VENV, else build/venv (created if missing), and
# installs the project with its "package" extra (PyInstaller) into it.
# PETITION_KIOSK_DEBUG_BUILD=1 makes a debug build (console + bootloader messages).
# Windows and macOS: see packaging/README-windows-macos.md (same spec, same steps).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$(uname -s)" = Linux ] && ! command -v objdump >/dev/null 2>&1; then
    echo "build.sh: PyInstaller needs objdump on Linux: apt-get install binutils" >&2
    exit 1
fi

venv="${PETITION_KIOSK_BUILD_VENV:-build/venv}"
python="${PYTHON:-python3}"
if [ ! -x "$venv/bin/python" ]; then
    echo "build.sh: creating the build venv in $venv"
    "$python" -m venv "$venv"
    "$venv/bin/python" -m pip install -q --upgrade pip
fi
"$venv/bin/python" -m pip install -q -e ".[package]"

version="$("$venv/bin/python" -c 'from importlib.metadata import version; print(version("petition-kiosk"))')"
echo "build.sh: building petition-kiosk $version"

# The spec compiles them too; doing it first makes a broken .ts fail fast with a clear message.
"$venv/bin/python" packaging/compile_translations.py resources/translations build/pyinstaller/petition-kiosk/translations

"$venv/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/petition-kiosk.spec

bundle=dist/petition-kiosk
test -x "$bundle/petition-kiosk"
echo "build.sh: bundle $bundle ($(du -sh "$bundle" | cut -f1), $(find "$bundle" -type f | wc -l) files)"
echo "build.sh: try it: $bundle/petition-kiosk --version && $bundle/petition-kiosk status"
