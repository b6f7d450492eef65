"""`python -m ingest [PATH ...]`: the same job as `aipm ingest`."""

import sys

from bot.cli import main

if __name__ == "__main__":
    sys.exit(main(["ingest", *sys.argv[1:]]))
