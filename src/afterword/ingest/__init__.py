"""Readers for every input kind, reduced to one Document value."""

from afterword.ingest.reader import (
           MAX_BYTES,
           document_from_text,
           read_document,
           read_document_and_bytes,
           read_optional_documents,
)

__all__ = ["MAX_BYTES", "document_from_text", "read_document", "read_document_and_bytes",
           "read_optional_documents"]
