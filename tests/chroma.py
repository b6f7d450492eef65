"""A real Chroma server (`chroma run`) on 127.0.0.1 for the tests, which a test may stop and start
again on the same port and data folder, as an operator restarting it would."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from tests.pg import free_port, wait_for_port


class ChromaServer:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.port = free_port()
        self.process: subprocess.Popen | None = None
        self.binary = shutil.which("chroma", path=str(Path(sys.executable).parent)) or shutil.which("chroma")
        if not self.binary:
            raise FileNotFoundError("the chroma CLI ships with chromadb")

    def start(self) -> "ChromaServer":
        self.process = subprocess.Popen(
            [self.binary, "run", "--path", str(self.path), "--host", "127.0.0.1", "--port", str(self.port)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        if not wait_for_port(self.port, 60):
            self.stop()
            raise RuntimeError("chroma server did not start")
        return self

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=30)
            self.process = None
