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
# The thin transcript also goes into docs/coaching.md, between its markers.
"${PYTHON:-python}" - <<'PY'
import re
from pathlib import Path
doc = Path("docs/coaching.md")
transcript = Path("docs/coaching-examples/transcript-thin.txt").read_text(encoding="utf-8").strip("\n")
block = "<!-- transcript-thin: generate.sh replaces everything up to the closing marker -->\n```\n" + transcript + "\n```\n<!-- /transcript-thin -->"
text = re.sub(r"<!-- transcript-thin:.*?<!-- /transcript-thin -->", lambda m: block, doc.read_text(encoding="utf-8"), flags=re.S)
doc.write_text(text, encoding="utf-8")
PY
