"""Review and correction: a person checks values against their source, and corrections last.

The corrections log (one JSON line per action, beside the database) is the source of
truth; `apply` replays it over fresh extractor output, so corrections survive
re-extraction; `sync` mirrors the result into the database at the end of every ingest.
"""
