"""Starts Regulars: `python main.py` (see app/ui/main.py for the options)."""

import sys

from app.ui.main import main

if __name__ == "__main__":
    sys.exit(main())
