#!/usr/bin/env bash
# CI: build the one-folder bundle, then run the frozen app as a canvasser's device would —
# offscreen, with a clean environment (no venv, no PYTHONPATH, no keyring), a fresh HOME
# and data dir and the file key store — and check what a person would notice: the right
# version, an empty kiosk, synthetic signers counted, a PDF tally written, and the
# `self-test` (a real signature through the real screens, then a PDF tally) exiting 0.
# Prints the bundle size and start times, the latter as a ratio to the same command run
# from the venv in the same run. PETITION_KIOSK_REUSE_BUNDLE=1 tests an existing dist/ as is.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"

# PyInstaller reads ELF headers with objdump (binutils) on Linux.
if ! command -v objdump >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends binutils >/dev/null
fi
if [ -z "${PETITION_KIOSK_BUILD_VENV:-}" ] && [ -x .venv/bin/python ]; then
    export PETITION_KIOSK_BUILD_VENV=.venv  # CI's venv: reuse it rather than download Qt again
fi
venv="${PETITION_KIOSK_BUILD_VENV:-build/venv}"
case "$venv" in /*) ;; *) venv="$root/$venv" ;; esac

build_start=$(date +%s)
if [ "${PETITION_KIOSK_REUSE_BUNDLE:-}" = 1 ] && [ -x dist/petition-kiosk/petition-kiosk ]; then
    echo "ci-bundle-test: reusing dist/petition-kiosk (PETITION_KIOSK_REUSE_BUNDLE=1)"
else
    packaging/build.sh
fi
build_seconds=$(( $(date +%s) - build_start ))

bundle="$root/dist/petition-kiosk"
app="$bundle/petition-kiosk"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/home"

fail() { echo "ci-bundle-test: FAILED: $*" >&2; exit 1; }

# The device's environment: nothing from this shell but a PATH and a UTF-8 locale.
frozen() {
    (cd "$scratch" && env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME="$scratch/home" \
        XDG_DATA_HOME="$scratch/home/data" XDG_CONFIG_HOME="$scratch/home/config" \
        XDG_CACHE_HOME="$scratch/home/cache" PETITION_KIOSK_DATA_DIR="$scratch/kiosk-data" \
        PETITION_KIOSK_KEY_STORE=file QT_QPA_PLATFORM=offscreen "$app" "$@")
}
from_venv() {
    (cd "$root" && env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME="$scratch/home" \
        XDG_DATA_HOME="$scratch/home/data" XDG_CONFIG_HOME="$scratch/home/config" \
        XDG_CACHE_HOME="$scratch/home/cache" PETITION_KIOSK_DATA_DIR="$scratch/kiosk-data" \
        PETITION_KIOSK_KEY_STORE=file QT_QPA_PLATFORM=offscreen "$venv/bin/python" -m ui.cli "$@")
}
# Median wall time in milliseconds of 5 runs of a function + arguments.
median_ms() {
    local samples=()
    for _ in 1 2 3 4 5; do
        local start end
        start=$(date +%s%N)
        "$@" >/dev/null 2>&1 || fail "$* exited non-zero"
        end=$(date +%s%N)
        samples+=($(( (end - start) / 1000000 )))
    done
    printf '%s\n' "${samples[@]}" | sort -n | sed -n 3p
}

expected_version="$("$venv/bin/python" -c 'from importlib.metadata import version; print(version("petition-kiosk"))')"
[ "$(frozen --version)" = "petition-kiosk $expected_version" ] || fail "frozen --version is '$(frozen --version)'"
[ -n "$(find "$bundle" -path '*keyring-*.dist-info/entry_points.txt')" ] || fail "keyring metadata missing: no backend would be found"
[ -n "$(find "$bundle" -path '*resources/translations/*_es.qm')" ] || fail "no compiled Spanish translation in the bundle"

first_start=$(date +%s%N)
frozen status --json > "$scratch/status.json" || fail "frozen status --json"
first_ms=$(( ($(date +%s%N) - first_start) / 1000000 ))
grep -q '"total": 0' "$scratch/status.json" || fail "a fresh data dir is not empty: $(cat "$scratch/status.json")"

frozen simulate --count 3 --event "CI rally" >/dev/null || fail "frozen simulate"
frozen status --json | grep -q '"total": 3' || fail "frozen status does not count 3 simulated signers"
frozen export tally --out "$scratch/tally.pdf" >/dev/null || fail "frozen export tally"
[ "$(head -c 5 "$scratch/tally.pdf")" = "%PDF-" ] || fail "the exported tally is not a PDF"

# An upgrade: a data dir left by the first release (schema 0001: 20 unsynced + 10 synced
# signatures, made by the migration tests' helper) opened by this bundle is migrated by
# Alembic from the revision files inside the bundle, and keeps every row.
if "$venv/bin/python" -c "import keyrings.alt, pytest" 2>/dev/null; then
    mkdir -m 0700 "$scratch/old-release-data"
    (cd "$root" && env PYTHON_KEYRING_BACKEND=keyrings.alt.file.PlaintextKeyring XDG_DATA_HOME="$scratch/old-keyring" \
        "$venv/bin/python" -c 'import sys; from pathlib import Path
from tests.kiosk.test_migrations import make_first_revision_database
make_first_revision_database(Path(sys.argv[1]), rows=30)' "$scratch/old-release-data") || fail "could not make a schema-0001 data dir"
    frozen --data-dir "$scratch/old-release-data" status --json > "$scratch/upgraded.json" || fail "frozen status on a schema-0001 data dir"
    if ! { grep -q '"total": 30' "$scratch/upgraded.json" && grep -q '"pending": 20' "$scratch/upgraded.json" \
        && grep -q '"synced": 10' "$scratch/upgraded.json"; }; then
        fail "upgrade lost rows: $(cat "$scratch/upgraded.json")"
    fi
    echo "ci-bundle-test: upgrade from schema 0001: 30 signatures kept (20 unsynced), migrated by the bundle"
else
    echo "ci-bundle-test: upgrade check skipped (the build venv has no test extra)"
fi

selftest_start=$(date +%s%N)
frozen self-test || fail "frozen self-test"
selftest_ms=$(( ($(date +%s%N) - selftest_start) / 1000000 ))

# The bundle speaks on a machine without espeak-ng: the frozen `speech` command with no
# espeak-ng on PATH and, where a private mount namespace can be had, the system's program and
# its data hidden under empty mounts. Its WAV must be Spanish speech (sound, not silence, and as
# long as the thank-you's words take), made by the bundle's own eSpeak NG.
[ -x "$bundle/_internal/espeak-ng/espeak-ng" ] || fail "no eSpeak NG in the bundle"
[ -f "$bundle/_internal/espeak-ng/espeak-ng-data/es_dict" ] || fail "no Spanish voice data in the bundle"
mkdir -p "$scratch/empty-bin"
for tool in env sh; do ln -sf "$(command -v "$tool")" "$scratch/empty-bin/$tool"; done
speech_env=(env -i PATH="$scratch/empty-bin" LANG=C.UTF-8 HOME="$scratch/home" XDG_CACHE_HOME="$scratch/home/cache"
            XDG_CONFIG_HOME="$scratch/home/config" QT_QPA_PLATFORM=offscreen)
hidden="PATH only"
system_data="$(espeak-ng --version 2>/dev/null | sed -n 's/.*Data at: //p' || true)"
system_library="$(ldd "$(command -v espeak-ng 2>/dev/null || echo /nonexistent)" 2>/dev/null \
    | sed -n 's/.*libespeak-ng.so.1 => \([^ ]*\).*/\1/p' || true)"
if [ "$(id -u)" = 0 ] && [ -n "$system_data" ] && [ -n "$system_library" ] && unshare --mount true 2>/dev/null; then
    hidden="PATH, /usr/bin/espeak-ng, $system_library and $system_data"
    (cd "$scratch" && unshare --mount sh -c "mount -t tmpfs none '$system_data' && mount --bind /dev/null /usr/bin/espeak-ng \
        && mount --bind /dev/null '$system_library' \
        && exec ${speech_env[*]} '$app' speech --out '$scratch/speech' --language es") > "$scratch/speech.log" 2>&1 \
        || fail "frozen speech with espeak-ng hidden: $(tail -3 "$scratch/speech.log")"
else
    (cd "$scratch" && "${speech_env[@]}" "$app" speech --out "$scratch/speech" --language es) > "$scratch/speech.log" 2>&1 \
        || fail "frozen speech without espeak-ng on PATH: $(tail -3 "$scratch/speech.log")"
fi
speech_check=$("$venv/bin/python" -c 'import sys
from pathlib import Path
from kiosk.speech import read_wav
audio = read_wav(Path(sys.argv[1]))
ok = audio.rms() > 300 and 2 < audio.duration_s < 60
print(f"{audio.duration_s:.1f} s, RMS {audio.rms():.0f}")
sys.exit(0 if ok else 1)' "$scratch/speech/thankyou_es.wav") || fail "the frozen Spanish thank-you is not speech: $speech_check"
echo "ci-bundle-test: the bundle speaks with its own eSpeak NG ($hidden hidden): thank-you in Spanish, $speech_check"

# The kiosk session as the systemd unit runs it: the bundle, copied like an install to
# /opt, under cage on Wayland, as an unprivileged user (cage refuses to run as root). A
# screenshot (grim) must show the welcome screen filling the whole output (lit at the four
# corners and the centre, not the compositor's black), and the kiosk must still be running.
# cage runs on its X11 backend inside an Xvfb, so every frame is really presented: on the
# headless backend wlroots "scans out" a client buffer the size of the output straight to
# the output, and grim then reads back only the last frame cage drew itself (a full-screen
# kiosk looked black, or stuck at its first 600x600 frame). Without Xvfb the headless
# backend is used and only "drawn" (a fifth of the output lit) is checked.
cage_session_check() {
    if [ "$(id -u)" != 0 ]; then echo "ci-bundle-test: cage session check skipped (needs root for runuser)"; return; fi
    if ! command -v cage >/dev/null 2>&1 || ! command -v grim >/dev/null 2>&1 || [ ! -x /usr/bin/Xwayland ]; then
        if command -v apt-get >/dev/null 2>&1; then
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends cage xwayland grim \
                libwayland-client0 libwayland-cursor0 libwayland-egl1 >/dev/null
        else
            echo "ci-bundle-test: cage session check skipped (no cage)"; return
        fi
    fi
    local opt="$scratch/opt" rt="$scratch/cage-runtime" home="$scratch/cage-home"
    local shot="$home/welcome.png" backend=headless display="" xvfb_pid="" want=drawn
    chmod 0755 "$scratch"
    mkdir -p "$opt" "$rt" "$home"
    cp -a "$bundle" "$opt/petition-kiosk"
    chown nobody "$rt" "$home" && chmod 0700 "$rt" "$home"
    if command -v Xvfb >/dev/null 2>&1; then
        local fd_file="$scratch/xvfb-display"
        Xvfb -displayfd 3 -screen 0 1280x800x24 -ac -nolisten tcp 3>"$fd_file" >/dev/null 2>&1 &
        xvfb_pid=$!
        for _ in $(seq 1 50); do [ -s "$fd_file" ] && break; sleep 0.1; done
        [ -s "$fd_file" ] || fail "Xvfb did not start"
        display=":$(head -1 "$fd_file")" backend=x11 want=full
    fi
    local start; start=$(date +%s%N)
    runuser -u nobody -- env -i PATH=/usr/bin:/bin HOME="$home" LANG=C.UTF-8 XDG_RUNTIME_DIR="$rt" \
        WLR_BACKENDS="$backend" DISPLAY="$display" WLR_LIBINPUT_NO_DEVICES=1 WLR_RENDERER=pixman \
        PETITION_KIOSK_DATA_DIR="$home/data" PETITION_KIOSK_KEY_STORE=file \
        QT_QPA_PLATFORM=wayland QT_WAYLAND_DISABLE_WINDOWDECORATION=1 \
        cage -d -- "$opt/petition-kiosk/petition-kiosk" run > "$scratch/cage.log" 2>&1 &
    local cage_pid=$! drawn="" shown_ms=0
    for _ in $(seq 1 60); do
        sleep 0.5
        kill -0 "$cage_pid" 2>/dev/null || break
        [ -S "$rt/wayland-0" ] || continue
        runuser -u nobody -- env XDG_RUNTIME_DIR="$rt" WAYLAND_DISPLAY=wayland-0 grim "$shot" 2>/dev/null || continue
        # drawn: at least a fifth of the output is not black (the compositor's background);
        # full: the corners and the centre are lit too (the window covers the output).
        if QT_QPA_PLATFORM=offscreen "$venv/bin/python" -c 'import sys
from PySide6.QtGui import QImage
image = QImage(sys.argv[1])
w, h = image.width(), image.height()
lit = sum(image.pixelColor(x, y).value() > 16 for x in range(0, w, 8) for y in range(0, h, 8))
drawn = lit * 5 >= (w // 8) * (h // 8)
spots = [(2, 2), (w - 3, 2), (2, h - 3), (w - 3, h - 3), (w // 2, h // 2)]
full = all(image.pixelColor(x, y).value() > 16 for x, y in spots)
sys.exit(0 if drawn and (full or sys.argv[2] != "full") else 1)' "$shot" "$want"; then
            drawn=yes; shown_ms=$(( ($(date +%s%N) - start) / 1000000 )); break
        fi
    done
    local alive=no
    kill -0 "$cage_pid" 2>/dev/null && alive=yes
    kill "$cage_pid" 2>/dev/null || true
    wait "$cage_pid" 2>/dev/null || true
    if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; wait "$xvfb_pid" 2>/dev/null || true; fi
    mkdir -p "$root/build" && { [ ! -f "$shot" ] || cp "$shot" "$root/build/cage-welcome.png"; }
    if [ "$drawn" != yes ] || [ "$alive" != yes ]; then
        fail "the kiosk did not come up ($want) under cage ($backend): $(tail -5 "$scratch/cage.log")"
    fi
    local size; size=$(QT_QPA_PLATFORM=offscreen "$venv/bin/python" -c 'import sys
from PySide6.QtGui import QImage
image = QImage(sys.argv[1]); print(f"{image.width()}x{image.height()}")' "$shot")
    echo "ci-bundle-test: under cage ($backend backend): welcome screen $want on the ${size} output" \
         "${shown_ms} ms after start (build/cage-welcome.png)"
}
cage_session_check

frozen_ms=$(median_ms frozen status --json)
venv_ms=$(median_ms from_venv status --json)
venv_selftest_start=$(date +%s%N)
from_venv self-test >/dev/null 2>&1 || fail "self-test from the venv"
venv_selftest_ms=$(( ($(date +%s%N) - venv_selftest_start) / 1000000 ))

echo "ci-bundle-test: bundle size: $(du -sh "$bundle" | cut -f1) ($(du -sm "$bundle" | cut -f1) MiB, $(find "$bundle" -type f | wc -l) files); built in ${build_seconds}s"
echo "ci-bundle-test: start, status --json: frozen ${frozen_ms} ms (median of 5; first run ${first_ms} ms), venv ${venv_ms} ms, ratio frozen/venv $(awk "BEGIN {printf \"%.2f\", $frozen_ms / $venv_ms}")"
echo "ci-bundle-test: self-test (start, sign once through the screens, PDF tally, exit): frozen ${selftest_ms} ms, venv ${venv_selftest_ms} ms, ratio frozen/venv $(awk "BEGIN {printf \"%.2f\", $selftest_ms / $venv_selftest_ms}")"
echo "ci-bundle-test: passed"
