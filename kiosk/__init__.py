"""Petition Kiosk core: campaigns, validation, sealed storage and reports.

Nothing in this package imports Qt or an HTTP client, so all of it runs and is tested
without a display or a network.
"""

from __future__ import annotations


def version() -> str:
    """The installed package's version.

    Looked up on demand: importlib.metadata costs ~50 ms, which every start would pay.
    """
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as package_version

    try:
        return package_version("petition-kiosk")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0.0.0+source"
