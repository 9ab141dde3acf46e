"""`python -m app COMMAND ...`: the command line (see app.cli)."""

import sys

from app.cli import main

sys.exit(main())
