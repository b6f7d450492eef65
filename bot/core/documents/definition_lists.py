"""An HTML page's definition lists (<dl>) as text: a glossary's terms head their definitions, a property list's
short values stay fields, and a list of bands is a run of labelled lines."""

from __future__ import annotations

from typing import Any

from bot.core.band_lists import MIN_BANDS, opens_on_band

MIN_DEFINITION_WORDS = 6  # a <dd> shorter than this is a property's value, not a glossary definition


def render_definition_lists(root: Any) -> None:
    """Replace every <dt> and <dd> under `root` (a BeautifulSoup tree) with its text, in place."""
    for listing in root.find_all("dl"):
        pairs = [(term, term.find_next_sibling()) for term in listing.find_all("dt", recursive=False)]
        pairs = [(term, value) for term, value in pairs if value is not None and value.name == "dd"]
        # Levels written as a definition list ("Ready" over "Score 80 and above: … reads the words and …"): each
        # band is a labelled line, "Ready: Score 80 and above: …", one list, as the same levels written as lines
        # are. As headings, each band was a section of its own and the levels were no list (guides-unseen-65).
        if sum(opens_on_band(value.get_text(" ", strip=True)) for _, value in pairs) >= MIN_BANDS:
            for gap in [child for child in listing.children if isinstance(child, str) and not child.strip()]:
                gap.extract()  # the source's line breaks between <dt> and <dd> would split each line in two
            for term, value in pairs:
                term.replace_with(f"{term.get_text(' ', strip=True)}: ")
                value.replace_with(f"{value.get_text(' ', strip=True)}\n")
            listing.insert_before("\n\n")
            listing.insert_after("\n\n")
    # A glossary's <dl>: each term heads its definition ("Calibration" over "Whether the model's
    # confidence means what it says …"), rather than running into it as one sentence.
    # A property list's short values ("Last Edited" / "Mon, Mar 10") are fields, not sections.
    for term in root.find_all("dt"):
        value = term.find_next_sibling()
        if value is not None and value.name == "dd" and len(value.get_text(" ", strip=True).split()) < MIN_DEFINITION_WORDS:
            term.replace_with(f"\n\n{term.get_text(' ', strip=True)}: ")
            value.replace_with(f"{value.get_text(' ', strip=True)}\n\n")
        else:
            term.replace_with(f"\n\n#### {term.get_text(' ', strip=True)}\n\n")
    for definition in root.find_all("dd"):
        definition.replace_with(f"\n\n{definition.get_text(' ', strip=True)}\n\n")
