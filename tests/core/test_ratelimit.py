"""The per-person rate limit, shared by every process on one database (real SQLite), and per process
while the database is down."""

from __future__ import annotations

from bot.core.ratelimit import RateLimiter
from bot.core.storage import Store


class Wall:
    """A wall clock the test moves: the shared windows are wall-clock minutes."""

    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def test_two_instances_on_one_database_share_one_limit_per_person(tmp_path):
    url = f"sqlite:///{tmp_path / 'aipm.sqlite3'}"
    wall = Wall(1_800_000_010.0)  # ten seconds into a minute
    first = RateLimiter(3, store=Store(url), wall=wall, clock=wall)
    second = RateLimiter(3, store=Store(url), wall=wall, clock=wall)

    allowed = [limiter.wait_seconds("U1") == 0 for limiter in (first, second, first, second, first)]
    assert allowed == [True, True, True, False, False], "three between them, not three each"
    assert second.wait_seconds("U1") == 50.0, "told to wait until the minute is over"
    assert first.wait_seconds("U2") == 0, "someone else is not held back"

    wall.now += 60
    assert [second.wait_seconds("U1") == 0 for _ in range(4)] == [True, True, True, False]


def test_while_the_database_is_down_each_instance_counts_alone(tmp_path, caplog):
    url = f"sqlite:///{tmp_path / 'not-mounted' / 'aipm.sqlite3'}"
    wall = Wall(1_800_000_000.0)
    first = RateLimiter(2, store=Store(url), wall=wall, clock=wall)
    second = RateLimiter(2, store=Store(url), wall=wall, clock=wall)
    assert [first.wait_seconds("U1") == 0 for _ in range(3)] == [True, True, False]
    assert [second.wait_seconds("U1") == 0 for _ in range(3)] == [True, True, False]
    assert first.wait_seconds("U1") == 60.0
    warned = [r for r in caplog.records if "counting in this process" in r.getMessage()]
    assert len(warned) == 2, "one line per instance, not one per question"

    (tmp_path / "not-mounted").mkdir()  # back: the shared count decides again
    wall.now += 60
    assert [first.wait_seconds("U1") == 0 for _ in range(3)] == [True, True, False]
    assert second.wait_seconds("U1") > 0
