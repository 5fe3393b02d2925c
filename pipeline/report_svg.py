"""Small inline-SVG charts written as strings: the report must open offline, with no JS.

Each function returns one `<svg>` element with a `class="chart"` and a `data-chart` name,
so a test (or a reader of the DOM) can find what was drawn. Text is escaped; colours come
from one fixed palette so the same category keeps its colour across charts.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from html import escape

PALETTE = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#9c755f", "#bab0ac")
FONT = 'font-family="Noto Sans CJK SC, WenQuanYi Zen Hei, Microsoft YaHei, sans-serif"'


@dataclass(frozen=True)
class Cell:
    """One dot of a grid chart: its value, its label, and the anchor it links to."""

    value: float
    label: str
    href: str | None = None


def _svg(name: str, width: int, height: int, body: list[str], title: str) -> str:
    head = (f'<svg class="chart" data-chart="{escape(name)}" xmlns="http://www.w3.org/2000/svg" '
            f'width="{width}" height="{height}" viewBox="0 0 {width} {height}" {FONT} font-size="12" '
            f'role="img" aria-label="{escape(title)}">')
    return "\n".join([head, f"<title>{escape(title)}</title>", *body, "</svg>"])


def _text(x: float, y: float, text: str, anchor: str = "start", extra: str = "") -> str:
    return f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" {extra}>{escape(text)}</text>'


def _nice_max(value: float) -> float:
    """A round axis maximum at or above `value`."""
    if value <= 0:
        return 1.0
    step = 10 ** math.floor(math.log10(value))
    return math.ceil(value / step) * step


def stacked_bars(name: str, title: str, categories: list[str], series: dict[str, list[float]]) -> str:
    """Vertical bars per category, stacked by series (e.g. documents per year and level)."""
    width, height, left, bottom, top = max(360, 60 + 44 * len(categories)), 300, 48, 40, 40
    totals = [sum(vals[i] for vals in series.values()) for i in range(len(categories))]
    top_value = _nice_max(max(totals, default=0))
    scale = (height - top - bottom) / top_value
    body = [_text(left, 20, title, extra='font-weight="bold" font-size="14"')]
    body += _axis(left, width, height - bottom, top_value, scale)
    for i, cat in enumerate(categories):
        x, base = left + 12 + i * 44, float(height - bottom)
        for j, (label, vals) in enumerate(series.items()):
            h = vals[i] * scale
            if h > 0:
                body.append(f'<rect class="bar" x="{x}" y="{base - h:.1f}" width="30" height="{h:.1f}" '
                            f'fill="{PALETTE[j % len(PALETTE)]}"><title>{escape(f"{cat} {label}: {vals[i]:g}")}'
                            "</title></rect>")
                base -= h
        body.append(_text(x + 15, height - bottom + 16, cat, "middle"))
    body += _legend(list(series), width - 110, top)
    return _svg(name, width, height, body, title)


def _axis(left: int, width: int, y0: int, top_value: float, scale: float) -> list[str]:
    out = [f'<line x1="{left}" y1="{y0}" x2="{width - 120}" y2="{y0}" stroke="#333"/>']
    for k in range(5):
        v = top_value * k / 4
        y = y0 - v * scale
        out.append(f'<line x1="{left}" y1="{y:.1f}" x2="{width - 120}" y2="{y:.1f}" stroke="#ddd"/>')
        out.append(_text(left - 6, y + 4, f"{v:g}", "end"))
    return out


def _legend(labels: list[str], x: int, y: int) -> list[str]:
    out = []
    for j, label in enumerate(labels):
        out.append(f'<rect x="{x}" y="{y + j * 18}" width="12" height="12" fill="{PALETTE[j % len(PALETTE)]}"/>')
        out.append(_text(x + 18, y + j * 18 + 11, label))
    return out


def hbars(name: str, title: str, items: list[tuple[str, float]], percent: bool = True) -> str:
    """Horizontal bars (e.g. field coverage, 0..1 each)."""
    width, row, left = 560, 22, 130
    height = 50 + row * len(items)
    top_value = 1.0 if percent else _nice_max(max((v for _, v in items), default=0))
    body = [_text(10, 20, title, extra='font-weight="bold" font-size="14"')]
    for i, (label, value) in enumerate(items):
        y = 36 + i * row
        w = (width - left - 70) * (value / top_value if top_value else 0)
        shown = f"{value:.0%}" if percent else f"{value:g}"
        body.append(_text(left - 8, y + 13, label, "end"))
        body.append(f'<rect class="bar" x="{left}" y="{y}" width="{w:.1f}" height="16" fill="{PALETTE[0]}">'
                    f"<title>{escape(f'{label}: {shown}')}</title></rect>")
        body.append(_text(left + w + 6, y + 13, shown))
    return _svg(name, width, height, body, title)


def dot_grid(name: str, title: str, rows: list[str], cols: list[str], cells: dict[tuple[str, str], Cell]) -> str:
    """Rows x columns of circles sized by value, each linking to its evidence."""
    left, top, col_w, row_h = 150, 56, 80, 44
    width, height = max(520, left + col_w * len(cols) + 20), top + row_h * max(1, len(rows)) + 10
    biggest = max((c.value for c in cells.values()), default=1.0) or 1.0
    body = [_text(10, 20, title, extra='font-weight="bold" font-size="14"')]
    body += [_text(left + col_w * (j + 0.5), top - 14, col, "middle") for j, col in enumerate(cols)]
    for i, row in enumerate(rows):
        y = top + row_h * (i + 0.5)
        body.append(_text(left - 10, y + 4, row, "end"))
        for j, col in enumerate(cols):
            cell = cells.get((row, col))
            if cell is not None:
                body.append(_dot(left + col_w * (j + 0.5), y, 4 + 14 * math.sqrt(cell.value / biggest), cell))
    return _svg(name, width, height, body, title)


def _dot(x: float, y: float, r: float, cell: Cell) -> str:
    dot = (f'<circle class="dot" cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{PALETTE[1]}" fill-opacity="0.8">'
           f"<title>{escape(cell.label)}</title></circle>" + _text(x, y + r + 11, cell.label, "middle", 'font-size="10"'))
    if cell.href:
        return f'<a href="{escape(cell.href)}">{dot}</a>'
    return dot


def timeline(name: str, title: str, years: list[int], lanes: list[tuple[str, dict[int, str]]]) -> str:
    """Themes over the years: one lane per region (the national lane first), a label per year."""
    left, top, col_w, lane_h = 110, 50, 150, 40
    width, height = left + col_w * max(1, len(years)) + 20, top + lane_h * max(1, len(lanes)) + 10
    body = [_text(10, 20, title, extra='font-weight="bold" font-size="14"')]
    for j, year in enumerate(years):
        x = left + col_w * j
        body.append(f'<line x1="{x}" y1="{top - 10}" x2="{x}" y2="{height - 10}" stroke="#eee"/>')
        body.append(_text(x + col_w / 2, top - 14, str(year), "middle", 'font-weight="bold"'))
    for i, (lane, themes) in enumerate(lanes):
        y = top + lane_h * i + lane_h / 2
        body.append(_text(left - 8, y + 4, lane, "end"))
        for j, year in enumerate(years):
            if themes.get(year):
                body.append(_theme_mark(left + col_w * j + 6, y, themes[year], PALETTE[i % len(PALETTE)]))
    return _svg(name, width, height, body, title)


def _theme_mark(x: float, y: float, theme: str, colour: str) -> str:
    short = theme if len(theme) <= 11 else theme[:10] + "…"
    return (f'<g class="theme"><rect x="{x}" y="{y - 11}" width="138" height="20" rx="4" fill="{colour}" '
            f'fill-opacity="0.18" stroke="{colour}"/><title>{escape(theme)}</title>'
            + _text(x + 5, y + 4, short, extra='font-size="11"') + "</g>")
