"""The ``petition-kiosk`` command line (the contract in DESIGN.md), one module per command family.

- :mod:`ui.cli.main`: the entry point (``petition-kiosk = "ui.cli:main"``) and the dispatch;
- :mod:`ui.cli.parser` and :mod:`ui.cli.options`: the grammar, and the options commands share;
- :mod:`ui.cli.exit_codes`: 0 done, 1 failed, 2 bad usage, for every command;
- :mod:`ui.cli.wording`: a failure worded as one line for a person;
- :mod:`ui.cli.run`: ``run``, the kiosk window;
- :mod:`ui.cli.records`: ``status`` and ``simulate``;
- :mod:`ui.cli.export`: ``export tally|sheets|csv``;
- :mod:`ui.cli.sync_token`: ``sync`` and ``token set``;
- :mod:`ui.cli.pair`: ``pair``, with a hub;
- :mod:`ui.cli.screens`: ``screenshots`` and ``self-test``, the screens driven offscreen;
- :mod:`ui.cli.hub`: ``hub …``, the hub server's grammar and its serve, pair-code, status, export,
  set-password; :mod:`ui.cli.hub_upstream` its upstream and retention, :mod:`ui.cli.hub_keys` its
  recovery-kit and restore-key.

Qt's widgets are imported only inside the commands that open windows, so ``status``, ``export``
and ``sync`` work on a machine with no display (a failure loads Qt's core module, which needs
none, for the message registry). Never a traceback: tracebacks can carry values.
"""

from ui.cli.main import main

__all__ = ["main"]
