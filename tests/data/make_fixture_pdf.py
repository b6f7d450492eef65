"""Write corpus/pricing-ai-features.pdf, the fixture corpus's PDF, byte for byte the same on every run.

Run from the repository root: `python tests/data/make_fixture_pdf.py`. Text is embedded as real text
(TrueType, not outlines), as word processors write it, so ingestion has to extract it.
"""

from __future__ import annotations

from pathlib import Path

TITLE = "Pricing AI features"
BLOCKS = [
    ("h", "Pricing AI features"),
    ("p", "AI features cost money on every request, unlike most software features, so the price has to"),
    ("p", "follow the cost. A pricing model that ignores inference cost can lose money on its most loyal users."),
    ("h", "Know the cost per active user"),
    ("p", "Measure inference cost per weekly active user, not only the average per request. The heaviest"),
    ("p", "10% of users often cost more than the other 90% together, so look at the whole distribution."),
    ("h", "Price at a multiple of cost"),
    ("p", "Set the price of an AI plan at least three times the expected inference cost per user, to leave"),
    ("p", "room for support, retries, evaluation runs and model price changes."),
    ("h", "Three common pricing models"),
    ("p", "Seat pricing with a fair-use limit is simple to buy and protects margin with a monthly cap."),
    ("p", "Credits or usage pricing ties revenue to cost, but makes the bill hard for customers to predict."),
    ("p", "Tiered plans bundle a number of AI actions per month and sell an upgrade when users hit the limit."),
    ("h", "Free tiers"),
    ("p", "A free tier needs a hard monthly cap on AI actions and should use a smaller, cheaper model."),
    ("p", "Review the cap every quarter against conversion to paid plans."),
]


def write(path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcParams["pdf.fonttype"] = 42
    fig = plt.figure(figsize=(8.27, 11.69))  # A4
    y = 0.95
    for kind, text in BLOCKS:
        if kind == "h":
            y -= 0.02
        fig.text(0.08, y, text, fontsize=13 if kind == "h" else 9.5, weight="bold" if kind == "h" else "normal")
        y -= 0.035 if kind == "h" else 0.025
    # No creation date and a fixed producer, so the file does not change between runs.
    fig.savefig(path, metadata={"Title": TITLE, "CreationDate": None, "Producer": "aipm-coach fixture"})
    plt.close(fig)


if __name__ == "__main__":
    write(Path(__file__).resolve().parent / "corpus" / "pricing-ai-features.pdf")
