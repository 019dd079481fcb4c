"""Petition Kiosk core: campaigns, validation, sealed storage and reports.

Nothing in this package imports Qt or an HTTP client, so all of it runs and is tested
without a display or a network.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("petition-kiosk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
