#!/usr/bin/env bash
# Regenerates the transcripts and briefs in this folder by running `aipm coach` on the inputs beside it.
# Needs an ingested knowledge index (AIPM_DATA_DIR, e.g. after `aipm ingest knowledge`) for the
# cited passages and the side question; run from the repository root:
#   AIPM_DATA_DIR=/path/to/data docs/coaching-examples/generate.sh   (PYTHON=... to pick the interpreter)
set -euo pipefail
here=docs/coaching-examples
"${PYTHON:-python}" -m bot coach --echo --out "$here/brief-strong.md" "invoice matching for accounts payable" \
  < "$here/strong-input.txt" | sed "s|$here/||" > "$here/transcript-strong.txt"
"${PYTHON:-python}" -m bot coach --echo --out "$here/brief-thin.md" "a chatbot for our website" \
  < "$here/thin-input.txt" | sed "s|$here/||" > "$here/transcript-thin.txt"
