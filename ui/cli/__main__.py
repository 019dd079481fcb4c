"""``python -m ui.cli``: the same as the ``petition-kiosk`` console script."""

import sys

from ui.cli.main import main

sys.exit(main())
