"""Kept for old imports: the document genre now lives in header_doctype.py.

doc_type used to be decided here from the title first; it is now scored from cues across the
whole text (title words, cover notices, news leads, calls, summary headings) in
header_doctype.py and header_doctype_cues.py.
"""
from __future__ import annotations

from pipeline.extract.header_doctype import Decision, doc_type

__all__ = ["Decision", "doc_type"]
