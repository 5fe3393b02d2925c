"""The extractor's version, importable without loading the extractors.

Planning an ingest only needs this string (unchanged files are those loaded by the same
version); importing `pipeline.record` for it would load every extractor and compile
their patterns, a third of a second on every `lifelong ingest`.
"""
EXTRACTOR_VERSION = "0.3.0"
