"""A real PostgreSQL server for the tests, started on 127.0.0.1 in a temporary folder."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path


def postgres_bin() -> Path | None:
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if (Path(candidate) / "initdb").exists():
            return Path(candidate)
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, timeout: float) -> bool:
    """True once something listens on 127.0.0.1:port, False after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return True
        except OSError:
            time.sleep(0.2)
    return False


class PostgresCluster:
    """A throwaway cluster in a temporary folder that a test may stop and start again on the same port.
    PostgreSQL refuses to run as root, so as root it runs as `postgres`."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.folder = Path(tempfile.mkdtemp(prefix="aipm-pg-"))
        self.as_user: list[str] = []
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres", "postgres")
            self.as_user = ["runuser", "-u", "postgres", "--"]
        self.data, self.port = self.folder / "data", free_port()
        self.url = f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"
        self._ctl("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "--no-sync")

    def _ctl(self, program: str, *args: str, check: bool = True) -> None:
        subprocess.run([*self.as_user, str(self.bin_dir / program), *args], check=check,
                       capture_output=True, timeout=120)

    def start(self) -> None:
        self._ctl("pg_ctl", "-D", str(self.data), "-l", str(self.folder / "log"), "-w", "-o",
                  f"-p {self.port} -h 127.0.0.1 -k {self.folder} -F", "start")
        assert wait_for_port(self.port, 30)

    def stop(self) -> None:
        self._ctl("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def remove(self) -> None:
        self._ctl("pg_ctl", "-D", str(self.data), "-m", "immediate", "stop", check=False)
        shutil.rmtree(self.folder, ignore_errors=True)


@contextmanager
def postgres_cluster():
    """A started `PostgresCluster`, removed afterwards."""
    bin_dir = postgres_bin()
    if bin_dir is None:
        raise FileNotFoundError("PostgreSQL server binaries (Debian package postgresql) are not installed")
    cluster = PostgresCluster(bin_dir)
    try:
        cluster.start()
        yield cluster
    finally:
        cluster.remove()


@contextmanager
def postgres_server():
    """Yields a SQLAlchemy URL of a running throwaway PostgreSQL."""
    with postgres_cluster() as cluster:
        yield cluster.url
