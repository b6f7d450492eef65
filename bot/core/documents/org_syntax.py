"""Emacs Org-mode syntax, as both the ingester (ingest/org_mode.py) and the spec reviewer
(review/source_formats.py) read it: `#+TITLE:` settings, headlines and table rules."""

from __future__ import annotations

import re

# `#+TITLE: …`, `#+OPTIONS: …`: an Org file opens with its settings.
ORG_SETTING_RE = re.compile(r"^#\+(?P<key>[A-Za-z_]+):\s*(?P<value>.*)$")
# `** TODO [#A] Rules for launch [1/3]   :guidance:`: stars are the level; the TODO keyword, priority,
# progress cookie and tags are state, not words.
ORG_HEADLINE_RE = re.compile(
    r"^(?P<stars>\*+)\s+(?:(?:TODO|NEXT|DONE|WAITING|HOLD|DROPPED|CANCELLED|CANCELED|DRAFT)\s+)?"
    r"(?:\[#[A-Z]\]\s+)?(?P<text>.*?)(?:\s+\[\d*/\d*\]|\s+\[\d*%\])?(?:\s+:[\w:@#%]+:)?\s*$"
)
ORG_TABLE_RULE_RE = re.compile(r"^\s*\|[-+]+\|?\s*$")  # `|---+---|`
