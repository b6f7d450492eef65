"""The core: retrieval, answering, confidence, review and coaching. Nothing here imports Slack."""
