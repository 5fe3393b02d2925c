"""File -> `models.Document`, one module per format, chosen through `parsers.registry`."""
from parsers import docx, html, image, legacy, pdf, text  # noqa: F401  (registration side effects)
from parsers.registry import format_for, formats, get, parse_file, register, supported_extensions

__all__ = ["format_for", "formats", "get", "parse_file", "register", "supported_extensions"]
