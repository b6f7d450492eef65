"""`python -m bot ...`: the same as the `aipm` console script."""

import sys

from bot.cli import main

sys.exit(main())
