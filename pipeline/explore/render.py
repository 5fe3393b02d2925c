"""Offline rendering of the chart specs: static SVG for the report, the JS bundle for the page.

vl-convert carries Vega, Vega-Lite and their runtime, so nothing is fetched from the network.
It only knows the fonts it is told about: the CJK font directory is registered once per
process, and every spec names `font_family` in its config, so Chinese labels are drawn with
real glyphs instead of empty boxes.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

font_family = "WenQuanYi Zen Hei"
FONT_DIRS = (Path("/usr/share/fonts/truetype/wqy"),)


@cache
def register_fonts() -> bool:
    """Tell vl-convert where the CJK font lives (once per process); False if it is not installed."""
    import vl_convert

    found = False
    for folder in FONT_DIRS:
        if folder.is_dir():
            vl_convert.register_font_directory(str(folder))
            found = True
    return found


def svg(spec: dict[str, Any]) -> str:
    """The spec drawn as one SVG document (text as <text> elements in `font_family`)."""
    import vl_convert

    register_fonts()
    return str(vl_convert.vegalite_to_svg(spec))


def png(spec: dict[str, Any], scale: float = 1.0) -> bytes:
    """The spec as PNG bytes (for looking at a chart, screenshots, tests)."""
    import vl_convert

    register_fonts()
    return bytes(vl_convert.vegalite_to_png(spec, scale=scale))


@cache
def bundle_js() -> str:
    """Vega + Vega-Lite + vega-embed as one script (about 0.9 MB), built once per process."""
    import vl_convert

    # the stub marks `snippet` required; at run time it is optional (default: vegaEmbed, vegaLite, vega globals)
    return str(vl_convert.javascript_bundle())  # type: ignore[call-arg]
