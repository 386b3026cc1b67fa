"""The figures' charts as SVG, drawn on the server from a `Table` (central/figures/tables.py):
inline in the Figures page (no script, nothing a strict CSP refuses: only presentation
attributes, no style) and embedded as the same drawing in the PDF report.

Every chart has a <title> (and the page puts the table's numbers beside it); series differ by
dash pattern and marker as well as by colour. Text from outside goes through
`kiosk.text.printable` and is escaped. This cannot draw more than MAX_BARS bars of a table or
MAX_SERIES lines (the rest are summed as "others"): the table under the chart has them all.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final
from xml.sax.saxutils import escape, quoteattr

from central.figures.rules import SMALL_CELL_MAX
from central.figures.tables import MAX_SERIES, Row, Table
from central.office.i18n import t
from kiosk.text import printable

WIDTH: Final = 760
MAX_BARS: Final = 20
LABEL_CHARS: Final = 30
COLOURS: Final = (
    "#1f5fa8",
    "#c2410c",
    "#15803d",
    "#7e22ce",
    "#b91c1c",
    "#0e7490",
    "#a16207",
    "#4b5563",
    "#be185d",
)
DASHES: Final = ("", "7 3", "2 3", "9 3 2 3", "4 4", "12 4", "1 2", "6 2 2 2 2 2", "3 6")
INK: Final = "#1f2933"
GRID: Final = "#d5dbe1"
FONT_SIZE: Final = 12


def _text(value: str, limit: int = LABEL_CHARS) -> str:
    clean = printable(value)
    return clean if len(clean) <= limit else clean[: limit - 1] + "…"


class _Svg:
    def __init__(self, width: int, height: int, title: str, font: str) -> None:
        self.parts = [
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" role="img" font-family={quoteattr(font)} '
            f'font-size="{FONT_SIZE}">',
            f"<title>{escape(printable(title))}</title>",
        ]

    def text(self, x: float, y: float, value: str, anchor: str = "start", weight: str = "") -> None:
        bold = ' font-weight="bold"' if weight else ""
        self.parts.append(
            f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" fill="{INK}"{bold}>'
            f"{escape(value)}</text>"
        )

    def rect(self, x: float, y: float, w: float, h: float, fill: str, stroke: str = "") -> None:
        outline = f' stroke="{stroke}" stroke-width="1.5"' if stroke else ""
        self.parts.append(
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{max(w, 0):.1f}" height="{h:.1f}" '
            f'fill="{fill}"{outline}/>'
        )

    def line(self, x1: float, y1: float, x2: float, y2: float, colour: str = GRID) -> None:
        self.parts.append(
            f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{colour}" '
            'stroke-width="1"/>'
        )

    def polyline(self, points: Sequence[tuple[float, float]], colour: str, dash: str) -> None:
        coords = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
        dashed = f' stroke-dasharray="{dash}"' if dash else ""
        self.parts.append(
            f'<polyline points="{coords}" fill="none" stroke="{colour}" stroke-width="2"{dashed}/>'
        )

    def close(self) -> str:
        return "\n".join([*self.parts, "</svg>"])


def _nice_max(value: int) -> int:
    """The top of an axis of 4 steps: 4 times a round step (1, 2 or 5 times a power of ten)."""
    step = 1
    while 4 * step < value:
        for factor in (2, 5 / 2, 2):
            step = int(step * factor)
            if 4 * step >= value:
                break
    return 4 * step


def chart_svg(table: Table, lang: str, font: str = "sans-serif") -> str:
    """`table` drawn as its kind of chart (an empty chart says there is nothing to show)."""
    title = t(lang, "figures.chart", title=table.title)
    if not table.rows or not table.columns:
        svg = _Svg(WIDTH, 40, title, font)
        svg.text(10, 25, t(lang, "figures.no_rows"))
        return svg.close()
    if table.chart == "lines":
        return _lines(table, lang, title, font)
    if table.chart == "grouped":
        return _grouped(table, title, font)
    return _bars(table, title, font)


def _bars(table: Table, title: str, font: str) -> str:
    rows = [row for row in table.rows if row.key != "total"][:MAX_BARS]
    index = table.chart_column
    values = [row.cells[index].value or 0 for row in rows]
    top = _nice_max(max(values, default=0))
    left, right, bar_h, gap = 230, 60, 16, 8
    header = 10
    height = header + len(rows) * (bar_h + gap) + 10
    svg = _Svg(WIDTH, height, title, font)
    span = WIDTH - left - right
    for number, (row, value) in enumerate(zip(rows, values, strict=True)):
        y = header + number * (bar_h + gap)
        svg.text(left - 8, y + bar_h - 4, _text(row.label), "end")
        svg.rect(left, y, span * value / top, bar_h, COLOURS[0])
        svg.text(left + span * value / top + 6, y + bar_h - 4, row.cells[index].text)
    return svg.close()


def _series(table: Table, lang: str) -> list[tuple[str, list[int]]]:
    """The chart's lines: each column but the total, the largest first, MAX_SERIES at most."""
    columns = [
        (position, column) for position, column in enumerate(table.columns) if column.key != "total"
    ]
    series = [
        (column.label, [row.cells[position].value or 0 for row in table.rows])
        for position, column in columns
    ]
    series.sort(key=lambda item: -sum(item[1]))
    if len(series) > MAX_SERIES:
        rest = series[MAX_SERIES - 1 :]
        others = [sum(values) for values in zip(*(values for _, values in rest), strict=True)]
        series = [*series[: MAX_SERIES - 1], (t(lang, "figures.others"), others)]
    return series


def _lines(table: Table, lang: str, title: str, font: str) -> str:
    series = _series(table, lang)
    left, right, top_pad, plot_h = 50, 20, 14, 220
    legend_rows = (len(series) + 2) // 3
    height = top_pad + plot_h + 34 + legend_rows * 20 + 6
    svg = _Svg(WIDTH, height, title, font)
    span = WIDTH - left - right
    top = _nice_max(max((max(values, default=0) for _, values in series), default=0))
    bottom = top_pad + plot_h
    for tick in range(5):
        y = bottom - plot_h * tick / 4
        svg.line(left, y, WIDTH - right, y)
        svg.text(left - 6, y + 4, str(top * tick // 4), "end")
    count = len(table.rows)

    def x_of(position: int) -> float:
        return left + (span * position / (count - 1) if count > 1 else span / 2)

    for position in sorted({0, count // 2, count - 1}):
        anchor = "start" if position == 0 else ("end" if position == count - 1 else "middle")
        svg.text(x_of(position), bottom + 18, table.rows[position].label, anchor)
    for number, (_label, values) in enumerate(series):
        points = [(x_of(i), bottom - plot_h * value / top) for i, value in enumerate(values)]
        if count == 1:
            points.append((points[0][0] + 1, points[0][1]))
        svg.polyline(points, COLOURS[number % len(COLOURS)], DASHES[number % len(DASHES)])
    for number, (label, _values) in enumerate(series):
        x = left + (number % 3) * (span / 3)
        y = bottom + 34 + (number // 3) * 20
        colour = COLOURS[number % len(COLOURS)]
        svg.polyline([(x, y - 4), (x + 28, y - 4)], colour, DASHES[number % len(DASHES)])
        svg.text(x + 34, y, _text(label, 28))
    return svg.close()


def _grouped(table: Table, title: str, font: str) -> str:
    """One group of bars per row (a comune or area), one bar per column (a month); a hidden
    small count is drawn as an outline up to 3 and labelled "≤ 3"."""
    rows: list[Row] = list(table.rows[:MAX_BARS])
    months = len(table.columns)
    left, right, bar_h, gap = 230, 60, 12, 14
    values = [
        cell.value if cell.value is not None else SMALL_CELL_MAX for r in rows for cell in r.cells
    ]
    top = _nice_max(max(values, default=0))
    block = months * bar_h + gap + 14
    legend = 20 if months > 1 else 0
    height = legend + len(rows) * block + 10
    svg = _Svg(WIDTH, height, title, font)
    span = WIDTH - left - right
    if months > 1:
        for number, column in enumerate(table.columns):
            x = left + number * 90
            svg.rect(x, 4, 12, 12, COLOURS[number % len(COLOURS)])
            svg.text(x + 16, 14, column.label)
    for number, row in enumerate(rows):
        y0 = legend + number * block
        svg.text(left - 8, y0 + 12, _text(row.label), "end", "bold")
        for month, cell in enumerate(row.cells):
            y = y0 + 14 + month * bar_h
            colour = COLOURS[month % len(COLOURS)]
            value = cell.value if cell.value is not None else SMALL_CELL_MAX
            width = span * value / top
            if cell.suppressed:
                svg.rect(left, y + 1, width, bar_h - 2, "#ffffff", colour)
            else:
                svg.rect(left, y + 1, width, bar_h - 2, colour)
            label = cell.text if months == 1 else f"{cell.text}  ({table.columns[month].label})"
            svg.text(left + width + 6, y + bar_h - 2, label)
    return svg.close()
