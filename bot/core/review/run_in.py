"""Run-in headings: a paragraph opened by its topic as a sentence of its own.

One-pagers, memos and Jira descriptions head their paragraphs so ("The problem. Each morning …", "Who decides.
The berthing master …", "What it costs. About 20 days …", "Data. Jess has been saving clips …"). Such a head
is a lead-in label, like "Data: …"; alone on its line over a list ("What we'd build it from." over bullets) it
is a heading. A short first sentence of ordinary prose ("We tried.", "Yes.", "Il sig. Rossi …") is neither.
"""

from __future__ import annotations

import re

from bot.core.documents.structure import CYRILLIC_CAPITALS, GREEK_CAPITALS

# The head: capitalised, no figures, no inner punctuation, then a full stop before the next sentence or the end;
# a numbered step may carry one ("3. Verification set. 620 routine plates …" in a lab notebook's method). Capitals
# are Latin, Greek ("6. Δοκιμή. Από τον Μάρτιο …" in a Greek circular's numbered paragraphs) or Cyrillic
# ("4. Точност. Моделът беше изпробван …" in a Bulgarian memo).
CAPITAL = f"A-Z{GREEK_CAPITALS}{CYRILLIC_CAPITALS}"
RUN_IN_RE = re.compile(
    rf"^(?:\d{{1,2}}[.)]\s+)?(?P<head>[{CAPITAL}][^.!?:;,\d()\[\]|*_#\"“”]{{0,60}}?)\.(?=\s+[{CAPITAL}\d\"“‘']|\s*$)"
)
# A numbered head that names its topic in brackets, as planning conditions and contract clauses do ("Condition 21
# (Phasing). For the first six months …", "Clause 4 (Insurance). The Borrower …"): the bracketed name is the head.
NAMED_NUMBERED_RE = re.compile(
    rf"^[{CAPITAL}][\w'’ -]{{0,30}}? \d{{1,3}}[a-z]?\s*\((?P<head>[{CAPITAL}][^().!?:;\d\[\]|*_#]{{0,50}})\)\."
    rf"(?=\s+[{CAPITAL}\d\"“‘']|\s*$)"
)
MAX_QUESTION_HEAD_WORDS = 8  # "Why AI rather than a better spreadsheet."
MAX_NOUN_HEAD_WORDS = 4  # "The problem.", "Rollout.", "What success looks like." is a question head
QUESTION_WORDS = {"what", "why", "how", "who", "when", "where", "which", "τι", "γιατί", "πώς", "ποιος", "ποια", "ποιο",
                  "ποιοι", "πότε", "πού", "όταν", "какво", "защо", "как", "кой", "коя", "кое", "кои", "кога", "къде",
                  "когато", "колко", "що", "чому", "хто", "коли", "де", "який", "яка", "яке", "які", "скільки",
                  "что", "почему", "зачем", "кто", "когда", "где", "какой", "какая", "какое", "какие", "сколько"}
# A subject or a verb makes the short sentence a sentence ("We tried.", "It works."), not a topic.
CLAUSE_WORDS = {
    "i", "we", "you", "he", "she", "it", "they", "this", "that", "these", "those", "there", "here",
    "is", "are", "was", "were", "am", "be", "been", "will", "would", "can", "could", "should", "shall",
    "may", "might", "must", "do", "does", "did", "have", "has", "had", "not", "let",
    # Greek: "Το σύστημα λειτουργεί." would otherwise read as a topic.
    "είναι", "ήταν", "θα", "δεν", "έχει", "έχουν", "έχουμε", "εμείς", "αυτό", "αυτή", "λειτουργεί",
    # Bulgarian: "Системата работи." likewise.
    "е", "са", "беше", "бяха", "ще", "не", "има", "имаме", "ние", "аз", "това", "тя", "той", "те", "работи",
    # Ukrainian: "Система працює." likewise.
    "є", "був", "була", "було", "буде", "будуть", "має", "маємо", "ми", "я", "це", "вона", "він", "вони", "працює",
    # Russian: "Система работает." likewise.
    "есть", "был", "была", "было", "будет", "будут", "имеет", "имеем", "мы", "это", "она", "он", "они", "работает",
}
CONTRACTION_RE = re.compile(r"(?:n't|'s|'re|'ll|'ve|'d|'m)$")
# Replies and courtesies that open a paragraph ("Yes. We checked …", "Thank you. …") and abbreviations a name
# follows ("Il sig. Rossi", "Dr. Okafor").
NOT_TOPICS = {
    "yes", "no", "absolutely", "thanks", "thank you", "sure", "ok", "okay", "soon", "agreed", "correct", "right",
    "exactly", "indeed", "done", "noted", "good question", "great question", "not at all", "of course",
    "ναι", "όχι", "ευχαριστώ", "βεβαίως", "σωστά",
    "да", "благодаря", "разбира се", "добре", "точно",
    "так", "ні", "дякую", "звичайно", "гаразд",
    "нет", "спасибо", "конечно", "хорошо", "ладно",
    "sig", "ing", "dott", "dr", "mr", "mrs", "ms", "prof", "st", "inc", "ltd", "etc", "vs", "approx", "fig", "ref",
}


def run_in_head(line: str, *, alone: bool = False) -> str:
    """The run-in head opening `line` ("Who decides" from "Who decides. The berthing master …"), or "".
    With `alone`, the head must be the whole line ("What we'd build it from." over its list); without, the
    paragraph must go on after it: a short line alone ("Pricing changes." under "Non-goals") is an item."""
    match = RUN_IN_RE.match(line.strip()) or NAMED_NUMBERED_RE.match(line.strip())
    if not match or alone != (match.end() == len(line.strip())):
        return ""
    head = match.group("head").strip()
    words = head.lower().replace("’", "'").split()
    if not words or head.lower() in NOT_TOPICS or words[-1] in NOT_TOPICS:
        return ""
    if words[0] in QUESTION_WORDS:
        return head if len(words) <= MAX_QUESTION_HEAD_WORDS else ""
    if len(words) > MAX_NOUN_HEAD_WORDS or any(w in CLAUSE_WORDS or CONTRACTION_RE.search(w) for w in words):
        return ""
    return head
