"""Reading documents: bytes of a .md/.txt/.html/.pdf/.docx file into text. Used by ingestion and the spec
reviewer alike, so a file reads the same whichever door it comes in by."""
