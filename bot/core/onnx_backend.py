"""The embedder on onnxruntime instead of torch: the packaged model exported to ONNX once, locally,
into a cache folder, then run by onnxruntime with the same tokenizer, mean pooling and normalisation
as sentence-transformers. Same vectors (cosine 0.99999 or better), a fraction of the latency on a
busy 2-core machine (docs/scale.md). Export needs the `onnx` package; nothing is downloaded.

Serving imports neither torch nor transformers (the tokenizer is read with the `tokenizers` library
from the model's tokenizer.json): they cost a bot about 400 MB of memory and seconds of start-up.
`quantize=True` serves an int8 copy (onnxruntime's dynamic quantisation of the export) instead.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
import warnings
from pathlib import Path
from typing import Any

import numpy as np

log = logging.getLogger(__name__)

INPUTS = ("input_ids", "attention_mask", "token_type_ids")
# Padded tokens per inference batch (see _batches): 8 texts of 256 tokens, 64 of short sentences.
MAX_BATCH_TOKENS = 2048


def _pooling_is_mean(model_dir: Path) -> bool:
    config = model_dir / "1_Pooling" / "config.json"
    if not config.exists():
        return False
    data = json.loads(config.read_text(encoding="utf-8"))
    return bool(data.get("pooling_mode_mean_tokens")) and not any(
        data.get(k) for k in ("pooling_mode_cls_token", "pooling_mode_max_tokens", "pooling_mode_lasttoken")
    )


def _max_length(model_dir: Path) -> int:
    config = model_dir / "sentence_bert_config.json"
    if config.exists():
        return int(json.loads(config.read_text(encoding="utf-8")).get("max_seq_length", 256))
    return 256


class OnnxEncoder:
    """encode(texts) -> unit vectors, like SentenceTransformer.encode(normalize_embeddings=True)."""

    def __init__(self, model_dir: Path, cache_dir: Path, *, threads: int = 0, quantize: bool = False) -> None:
        self.model_dir = model_dir
        self.cache_dir = cache_dir
        self.threads = threads
        self.quantize = quantize
        self.max_length = _max_length(model_dir)
        self._lock = threading.Lock()
        self._session: Any = None
        self._tokenizer: Any = None

    @property
    def onnx_path(self) -> Path:
        # Keyed by the model's weights, so a different or updated model gets its own export.
        weights = next((p for p in ("model.safetensors", "pytorch_model.bin") if (self.model_dir / p).exists()), "")
        stamp = f"{self.model_dir.resolve()}:{(self.model_dir / weights).stat().st_size if weights else 0}"
        return self.cache_dir / f"model-{hashlib.sha256(stamp.encode()).hexdigest()[:16]}.onnx"

    @property
    def int8_path(self) -> Path:
        return self.onnx_path.with_name(self.onnx_path.stem + "-int8.onnx")

    def load(self) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        if not _pooling_is_mean(self.model_dir):
            raise ValueError("the ONNX backend supports mean-pooled sentence-transformers models only")
        if not self.onnx_path.exists():
            self.export()
        if self.quantize and not self.int8_path.exists():
            self.export_int8()
        options = ort.SessionOptions()
        if self.threads:
            options.intra_op_num_threads = self.threads
        path = self.int8_path if self.quantize else self.onnx_path
        self._session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
        # tokenizer.json is what transformers' fast tokenizer runs; its stored truncation and padding
        # (128, fixed) are not what sentence-transformers uses, so set those as encode() does.
        tokenizer = Tokenizer.from_file(str(self.model_dir / "tokenizer.json"))
        tokenizer.enable_truncation(max_length=self.max_length)
        tokenizer.no_padding()  # encode() pads each batch to its own longest text
        self._tokenizer = tokenizer

    def export_int8(self) -> None:
        """int8 weights by onnxruntime's dynamic quantisation of the float export (seconds, once)."""
        from onnxruntime.quantization import QuantType, quantize_dynamic

        log.info("quantising the ONNX embedding model to int8 in %s (once)", self.cache_dir)
        tmp = self.int8_path.with_suffix(f".{os.getpid()}.tmp")
        quantize_dynamic(str(self.onnx_path), str(tmp), weight_type=QuantType.QInt8)
        tmp.replace(self.int8_path)

    def export(self) -> None:
        """Export the transformer once (about 10 s); written to a temporary name, then moved."""
        import torch
        import transformers
        from transformers import AutoModel, AutoTokenizer

        log.info("exporting the embedding model to ONNX in %s (once)", self.cache_dir)
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        transformers.logging.disable_progress_bar()
        model = AutoModel.from_pretrained(str(self.model_dir)).eval()
        tokenizer = AutoTokenizer.from_pretrained(str(self.model_dir))
        sample = tokenizer(["a short text", "and a somewhat longer one"], padding=True, return_tensors="pt")

        class Hidden(torch.nn.Module):
            def __init__(self, inner: Any) -> None:
                super().__init__()
                self.inner = inner

            def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
                return self.inner(
                    input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
                ).last_hidden_state

        # Unique per process: two processes starting at once on a fresh machine each export, and the last
        # atomic rename wins, instead of one reading the other's half-written file.
        tmp = self.onnx_path.with_suffix(f".{os.getpid()}.tmp")
        axes = {name: {0: "batch", 1: "tokens"} for name in (*INPUTS, "last_hidden_state")}
        # The tracer's warnings and the weight-loading bar are about the export, not the user's question:
        # `aipm ask` shows the answer and nothing else.
        with torch.no_grad(), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            torch.onnx.export(
                Hidden(model), tuple(sample[name] for name in INPUTS), str(tmp), input_names=list(INPUTS),
                output_names=["last_hidden_state"], dynamic_axes=axes, opset_version=17, dynamo=False,
            )
        tmp.replace(self.onnx_path)

    def encode(self, texts: list[str], *, batch_size: int = 32) -> np.ndarray:
        if self._session is None:
            with self._lock:
                if self._session is None:
                    self.load()
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        encodings = self._tokenizer.encode_batch(texts)
        vectors: list[np.ndarray | None] = [None] * len(texts)
        for batch in _batches([len(e.ids) for e in encodings], batch_size, MAX_BATCH_TOKENS):
            width = max(len(encodings[i].ids) for i in batch)
            ids = np.zeros((len(batch), width), dtype=np.int64)  # [PAD] is id 0 in BERT vocabularies
            mask = np.zeros((len(batch), width), dtype=np.int64)
            for row, i in enumerate(batch):
                ids[row, : len(encodings[i].ids)] = encodings[i].ids
                mask[row, : len(encodings[i].ids)] = 1
            feed = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
            hidden = self._session.run(None, feed)[0]
            weights = mask[..., None].astype(hidden.dtype)
            pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
            pooled /= np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)
            for row, i in enumerate(batch):
                vectors[i] = pooled[row]
        return np.vstack(vectors)


def _batches(lengths: list[int], batch_size: int, max_tokens: int) -> list[list[int]]:
    """Indices grouped by similar length (little padding), each group at most `batch_size` texts and
    `max_tokens` padded tokens: attention memory grows with batch x length squared, and onnxruntime
    keeps its peak, so 32 texts of 256 tokens would hold about 1 GB for the life of the bot."""
    order = sorted(range(len(lengths)), key=lambda i: lengths[i])
    batches: list[list[int]] = []
    current: list[int] = []
    for i in order:
        # Sorted ascending, so the newest text is the longest in its batch and sets the padded width.
        if current and (len(current) >= batch_size or (len(current) + 1) * lengths[i] > max_tokens):
            batches.append(current)
            current = []
        current.append(i)
    if current:
        batches.append(current)
    return batches
