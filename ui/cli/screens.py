"""``petition-kiosk screenshots``, ``speech`` and ``self-test``: the real screens, driven offscreen.

Both run in a throwaway kiosk (:func:`ui.selftest.isolated_kiosk_environment`), never the
machine's own data or keyring. The rendering is :mod:`ui.screenshots`, the signing run
:mod:`ui.selftest` (whose driving helpers the UI tests share).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kiosk.errors import KioskError
from ui.cli.exit_codes import ExitCode, fail
from ui.screenshots import parse_sizes, render_all
from ui.selftest import SelfTestFailed, isolated_kiosk_environment, run_self_test


def screenshots_command(ctx: object, args: argparse.Namespace) -> int:
    """Write the PNGs; print one line."""
    out = Path(args.out).expanduser()
    try:
        sizes = parse_sizes(getattr(args, "size", None))
    except ValueError as exc:
        return fail(f"--size {exc} is not WIDTHxHEIGHT (e.g. 1024x600)", ExitCode.USAGE)
    try:
        written = []
        for width, height in sizes:
            target = out / f"{width}x{height}" if len(sizes) > 1 else out
            written += render_all(target, (width, height))
    except OSError as exc:
        return fail(f"screenshots not written: {exc.strerror or exc}")
    print(f"wrote {len(written)} screenshots to {out}")
    return ExitCode.OK


def speech_command(ctx: object, args: argparse.Namespace) -> int:
    """Write each signer screen's speech as WAV; print one line (naming the languages with no voice)."""
    from kiosk.campaign import DEFAULT_CAMPAIGN_ID, load_campaign
    from ui.speech.review_audio import write_speech

    out = Path(args.out).expanduser()
    language = getattr(args, "language", None)
    campaign = getattr(args, "campaign", None)
    offered = load_campaign(campaign or DEFAULT_CAMPAIGN_ID).languages
    if language and language not in offered:
        return fail(f"--language {language} is not one of the campaign's: {', '.join(offered)}", ExitCode.USAGE)
    try:
        result = write_speech(out, language, campaign_name=campaign)
    except OSError as exc:
        return fail(f"speech not written: {exc.strerror or exc}")
    silent = f" (no voice: {', '.join(result.silent_languages)})" if result.silent_languages else ""
    print(f"wrote {len(result.written)} WAV files to {out}{silent}")
    if not result.written:
        return ExitCode.FAILED
    return ExitCode.OK


def self_test_command(ctx: object, args: argparse.Namespace) -> int:
    """Run the smoke test; print one line; 0 on success, 1 on failure."""
    with isolated_kiosk_environment("petition-kiosk-selftest-") as root:
        try:
            detail = run_self_test(root)
        except SelfTestFailed as exc:
            return fail(f"self-test failed: {exc}")
        except KioskError as exc:
            return fail(f"self-test failed: {exc.code.replace('_', ' ')}")
    print(f"self-test passed: signed once through every screen, stored and read back; {detail}")
    return ExitCode.OK
