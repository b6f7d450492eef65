"""`make metrics`: put the tables `aipm eval --markdown` wrote into docs/metrics.md, with when and where.

Docs that quote figures point at that page; nobody types a figure by hand.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import sys
from pathlib import Path

HEADER = """# Metrics

Written by `make metrics` on {date} on {machine}. Do not edit by hand: run `make metrics` again.
Each table is what `aipm eval ... --markdown` wrote for one golden set; how each figure is computed,
and what the gate demands of it, is in [evaluation.md](evaluation.md) and
[spec-review.md](spec-review.md).
"""


def machine() -> str:
    """The machine in words a reader can compare (processor, cores, OS, Python), without its name."""
    cpu = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    load = f", load average {os.getloadavg()[0]:.1f} when the page was written" if hasattr(os, "getloadavg") else ""
    # The load matters: latency figures from a busy machine are not comparable with an idle one's.
    return (
        f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}{load}"
    )


def page(tables: list[Path], *, when: dt.datetime | None = None) -> str:
    when = when or dt.datetime.now(dt.timezone.utc)
    parts = [HEADER.format(date=when.strftime("%Y-%m-%d %H:%M UTC"), machine=machine())]
    parts += [table.read_text(encoding="utf-8").strip() + "\n" for table in tables]
    return "\n".join(parts)


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print("usage: python -m bot.evaluation.metrics_page OUT TABLE.md...", file=sys.stderr)
        return 2
    out, tables = Path(argv[0]), [Path(a) for a in argv[1:]]
    missing = [str(t) for t in tables if not t.exists()]
    if missing:
        print(f"no table at {', '.join(missing)}: did an eval run fail?", file=sys.stderr)
        return 1
    out.write_text(page(tables), encoding="utf-8")
    print(f"wrote {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
