"""PLACEHOLDER: docx parser (to be written)."""
