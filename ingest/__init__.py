"""Ingestion: load guidance documents, clean them, split them by headings and embed them into Chroma."""
