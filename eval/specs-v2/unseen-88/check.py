#!/usr/bin/env python3
"""Check the eighty-eighth unseen set: README quotes, counts and labels.

Standard library only. Run from anywhere: python3 check.py
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

KEYS = ["problem", "need_for_ai", "success_metrics", "data", "approach",
        "thresholds", "evaluation", "failure_modes", "user_trust",
        "explainability", "fairness_safety", "cost", "monitoring", "rollout"]
VALUES = ("present", "partial", "missing")

# Spec paragraphs of README.md, in order, after the title and the shapes paragraph.
SPECS = [
    "clinical-trial-registry-record-isrctn-plain-english-summary-contacts-study-information-intervention-outcomes-eligibility-locations-sponsor-funders-basic-results-strong-breech-presentation-blind-sweep-ultrasound",
    "fda-483-response-letter-letterhead-references-introduction-background-observations-response-corrective-preventive-actions-commitments-table-signature-attachments-medium-vial-particle-visual-inspection",
    "he-alon-megadlim-bulletin-masthead-dvar-hamerakez-reka-hachadkonit-ma-ze-keshev-hatkana-hodaot-nisui-takalot-alut-hitztarfut-anshei-kesher-indirect-medium-red-palm-weevil-acoustic-sensors",
    "training-video-subtitle-file-srt-numbered-cues-timecodes-speaker-labels-title-cards-why-what-uploading-results-things-go-wrong-queries-this-summer-post-end-cue-injection-medium-bat-call-species-identification",
    "aeronautical-information-circular-aic-header-introduction-background-system-description-air-traffic-procedures-rtf-phraseology-pilot-action-trial-period-bird-strike-reporting-enquiries-thin-airport-bird-detection-radar",
    "car-wash-price-list-board-header-wash-prices-table-valet-prices-table-extras-table-scanshine-panel-good-to-know-opening-hours-sites-vacuous-vehicle-damage-scan-arch",
]

NUMBERS = {"none": 0, "nothing": 0, "no": 0, "one": 1, "two": 2, "three": 3,
           "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
           "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
           "fourteen": 14}

errors = []


def fail(msg):
    errors.append(msg)


def norm(text):
    return re.sub(r"\s+", " ", text).strip().lower()


def wc_words(text):
    # Same as `wc -w`: runs of non-whitespace (ASCII whitespace only).
    return len(re.findall(r"[^ \t\n\r\f\v]+", text))


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def quotes(paragraph):
    return re.findall(r'"([^"]+)"', paragraph)


def to_int(s):
    return int(s.replace(",", ""))


def main():
    readme = read(os.path.join(HERE, "README.md"))
    paras = [p.strip() for p in re.split(r"\n\s*\n", readme) if p.strip()]

    if not paras[0].startswith("# Unseen specs, eighty-eighth set (issue 12, written 2026-12-08)"):
        fail("README title line is wrong")
    # After the reviewer's first run, a "**First sight**" paragraph (its figures) closes the README.
    if paras[-1].startswith("**First sight**"):
        paras = paras[:-1]
    if len(paras) != 2 + len(SPECS) + 3:
        fail("README has %d paragraphs, expected %d" % (len(paras), 2 + len(SPECS) + 3))
    if paras[-3] != "Labels follow `../README.md`.":
        fail("missing 'Labels follow' line")
    if not paras[-2].startswith("Checked with `check.py`"):
        fail("missing check.py sentence")
    if not paras[-1].startswith("Written and labelled by a helper session"):
        fail("missing closing line")

    md_on_disk = sorted(f[:-3] for f in os.listdir(HERE)
                        if f.endswith(".md") and f != "README.md")
    if md_on_disk != sorted(SPECS):
        fail("specs on disk %s differ from SPECS list" % md_on_disk)

    texts = {name: read(os.path.join(HERE, name + ".md")) for name in SPECS}
    normed = {name: norm(t) for name, t in texts.items()}

    # Shapes paragraph: each quote must be in some spec.
    shapes = paras[1]
    nq = 0
    for q in quotes(shapes):
        nq += 1
        if not any(norm(q) in t for t in normed.values()):
            fail("shapes paragraph: quote not found in any spec: %r" % q)

    total = {v: 0 for v in VALUES}
    for name, para in zip(SPECS, paras[2:2 + len(SPECS)]):
        text = texts[name]
        # Quotes.
        for q in quotes(para):
            nq += 1
            if norm(q) not in normed[name]:
                fail("%s: quote not found verbatim: %r" % (name, q))
        # Word count (and character count for CJK).
        m = re.search(r"([\d,]+) words", para)
        words = wc_words(text)
        if not m:
            fail("%s: no word count stated" % name)
        elif to_int(m.group(1)) != words:
            fail("%s: README says %s words, wc -w gives %d" % (name, m.group(1), words))
        m = re.search(r"([\d,]+) characters", para)
        if m and to_int(m.group(1)) != len(text):
            fail("%s: README says %s characters, wc -m gives %d" % (name, m.group(1), len(text)))
        if name.startswith("zh-") and not m:
            fail("%s: no character count stated for a Chinese spec" % name)
        # Expected labels.
        path = os.path.join(HERE, name + ".expected.json")
        raw = read(path)
        if raw.count("\n") != 1 or not raw.endswith("\n"):
            fail("%s: expected.json is not a single line" % name)
        try:
            labels = json.loads(raw)
        except ValueError as e:
            fail("%s: expected.json does not parse: %s" % (name, e))
            continue
        if list(labels.keys()) != KEYS:
            fail("%s: expected.json keys or order wrong: %s" % (name, list(labels)))
        bad = {k: v for k, v in labels.items() if v not in VALUES}
        if bad:
            fail("%s: invalid values %s" % (name, bad))
        counts = {v: sum(1 for x in labels.values() if x == v) for v in VALUES}
        for v in VALUES:
            total[v] += counts[v]
        # Label counts stated in the paragraph.
        stated = {}
        for word, value in re.findall(
                r"\b([A-Za-z]+) (?:items )?(?:are|is) `(present|partial|missing)`", para):
            w = word.lower()
            if w not in NUMBERS:
                fail("%s: cannot read count word %r" % (name, word))
                continue
            if value in stated:
                fail("%s: count for %s stated twice" % (name, value))
            stated[value] = NUMBERS[w]
        for v in VALUES:
            if v not in stated:
                fail("%s: no count stated for %s" % (name, v))
            elif stated[v] != counts[v]:
                fail("%s: README says %d %s, expected.json has %d"
                     % (name, stated[v], v, counts[v]))
        print("%-150s %5d words  present %2d  partial %2d  missing %2d"
              % (name, words, counts["present"], counts["partial"], counts["missing"]))

    n = sum(total.values())
    print("set: %d labels, present %d (%.0f%%), partial %d (%.0f%%), missing %d (%.0f%%); %d quotes checked"
          % (n, total["present"], 100.0 * total["present"] / n,
             total["partial"], 100.0 * total["partial"] / n,
             total["missing"], 100.0 * total["missing"] / n, nq))
    if errors:
        for e in errors:
            print("FAIL:", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
