"""Explore charts: Vega-Lite specs over the database, shared by the Explore page and the report.

`registry.CHARTS` names every chart; each one turns a connection and `filters.ExploreFilters`
into a small aggregated frame (`data`), a Vega-Lite spec (`spec`), and the documents behind
one mark with their evidence (`drill`). `render.svg` draws a spec offline with the CJK font.
Nothing here imports altair, vl_convert or duckdb at import time.
"""
