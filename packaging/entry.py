"""Entry point of the frozen ``petition-kiosk`` executable.

PyInstaller needs a script, not a console-script entry point; this is the same
``ui.cli:main`` that ``pip install`` wires up, so the bundle and the installed package
accept exactly the same commands.
"""

import sys

from ui.cli import main

if __name__ == "__main__":
    sys.exit(main())
