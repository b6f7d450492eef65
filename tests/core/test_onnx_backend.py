"""AIPM_EMBED_BACKEND=onnx: the packaged model exported once, locally, gives the vectors torch gives."""

from __future__ import annotations

import numpy as np
import pytest

from bot.core.embeddings import SentenceEmbedder

TEXTS = [
    "How do I choose a launch threshold for an AI feature?",
    "冷启动的时候合成数据能用吗",
    "evaluation " * 400,  # past the model's 256 tokens: truncated the same way
    "",
] + [f"{topic} " * 300 for topic in ("latency", "pricing", "guardrails", "rollout", "feedback", "privacy", "drift", "cost", "recall")]
# 13 texts, nine of 256 tokens: encoded in several length-sorted batches (MAX_BATCH_TOKENS), which must
# come back in the order given.


def test_onnx_vectors_match_torch_and_the_export_is_made_once(tmp_path, embedder):
    pytest.importorskip("onnx", reason="the one-time export needs the onnx package (pip install '.[onnx]')")
    onnx = SentenceEmbedder(backend="onnx", cache_dir=tmp_path / "onnx")
    got = np.array(onnx.embed_documents(TEXTS))
    want = np.array(embedder.embed_documents(TEXTS))
    assert got.shape == want.shape
    assert (got * want).sum(axis=1).min() > 0.9999
    exported = list((tmp_path / "onnx").glob("*.onnx"))
    assert len(exported) == 1
    stamp = exported[0].stat().st_mtime_ns

    again = SentenceEmbedder(backend="onnx", cache_dir=tmp_path / "onnx")
    assert np.allclose(again.embed_query(TEXTS[0]), got[0], atol=1e-5)
    assert exported[0].stat().st_mtime_ns == stamp, "the second start reuses the export"

    # onnx-int8: a quantised copy made once beside the export; its vectors differ (docs/scale.md has its
    # golden-set recall), but each question must still land nearest its own passage.
    passages = [
        "Price an AI plan on the cost of heavy users, not the average cost per request.",
        "Output guardrails check every answer for leaked personal data before it reaches the user.",
        "Interview five customers before writing the spec.",
    ]
    questions = ["How should I price my AI subscription?", "What should output guardrails check?",
                 "Who should I talk to before writing a spec?"]
    int8 = SentenceEmbedder(backend="onnx-int8", cache_dir=tmp_path / "onnx")
    nearest = (np.array(int8.embed_documents(questions)) @ np.array(int8.embed_documents(passages)).T).argmax(axis=1)
    assert list(nearest) == [0, 1, 2]
    assert len(list((tmp_path / "onnx").glob("*-int8.onnx"))) == 1


def test_a_model_onnx_cannot_serve_answers_on_torch_and_says_so(tmp_path, caplog):
    """The default backend must not stop a custom model from working: one ONNX refuses (CLS pooling)
    is served by torch, with one warning, and the embedder reports the backend that actually runs."""
    import json
    import shutil

    from bot.core.embeddings import packaged_model_path

    model = tmp_path / "cls-model"
    shutil.copytree(packaged_model_path(), model)
    pooling = model / "1_Pooling" / "config.json"
    config = json.loads(pooling.read_text(encoding="utf-8"))
    config.update(pooling_mode_mean_tokens=False, pooling_mode_cls_token=True)
    pooling.write_text(json.dumps(config), encoding="utf-8")

    served = SentenceEmbedder(str(model), backend="onnx", cache_dir=tmp_path / "onnx")
    with caplog.at_level("WARNING"):
        vectors = np.array(served.embed_documents(TEXTS[:2]))
    torch_vectors = np.array(SentenceEmbedder(str(model), backend="torch").embed_documents(TEXTS[:2]))

    assert served.backend == "torch"
    assert np.allclose(vectors, torch_vectors, atol=1e-6)
    assert [r.message for r in caplog.records if "ONNX backend is unavailable" in r.message]
    assert not list((tmp_path / "onnx").glob("*.onnx"))  # nothing half-exported left behind
