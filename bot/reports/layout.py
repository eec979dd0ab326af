"""A4 pages written from the top down: wrapped lines, ruled tables, a footer on every page.

Positions are figure fractions (0 at the bottom, 1 at the top of the page). Every text is
black on white, sized for print (body 10 pt, tables 8.5 pt, the footer 8 pt), and tables are
ruled on every side, so a page reads the same printed in black and white.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Literal

from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.patches import Rectangle
from matplotlib.textpath import TextToPath

A4_INCHES = (8.27, 11.69)
POINTS_PER_INCH = 72
PAGE_PT = A4_INCHES[1] * POINTS_PER_INCH
LEFT = 0.07
WIDTH = 1 - 2 * LEFT  # the text column, as a fraction of the page's width
TOP = 0.955
LINE = 0.017  # the height of a 10 pt line (about 14 pt)
WIDTH_PT = A4_INCHES[0] * POINTS_PER_INCH * WIDTH
TABLE_SIZE = 8.5
ROW = 0.0152  # the height of a table row at TABLE_SIZE (about 12.8 pt)
RULE = 0.5  # table rules, in points
HEADER_FILL = "0.9"  # light grey: the header stays bold and ruled if it prints white
CELL_PAD = 4  # points between a cell's rule and its left- or right-aligned text
FOOT_SIZE = 8
_MEASURE = TextToPath()


@cache
def text_width(text: str, *, size: float, bold: bool = False) -> float:
    """The width of `text` in points, measured with the font itself (kept: a report measures
    the same words again and again)."""
    font = FontProperties(size=size, weight="bold" if bold else "normal")
    return float(_MEASURE.get_text_width_height_descent(text, font, ismath=False)[0])


def wrap(text: str, *, size: float, bold: bool = False, width: float = WIDTH_PT) -> list[str]:
    """`text` broken into lines that fit `width` points (matplotlib's own wrapping happens
    only at draw time, too late to move the next line). A line is measured as its words and
    spaces, each measured once: a word's width does not depend on its neighbours (kerning
    across a space is nil), and a line a word too long is measured whole before it is kept."""
    space = text_width(" ", size=size, bold=bold) if text.strip() else 0.0
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current, used = "", 0.0
        for word in paragraph.split(" "):
            extent = text_width(word, size=size, bold=bold)
            trial = used + space + extent if current else extent
            if current and trial > width:
                lines.append(current)
                current, used = word, extent
            else:
                current, used = (f"{current} {word}" if current else word), trial
        lines.append(current)
    return lines


@dataclass(frozen=True)
class Column:
    """A table column: its heading, its share of the table's width, its alignment."""

    title: str
    width: float
    align: Literal["left", "center", "right"] = "center"


class Pages:
    """Pages written from the top down; a line that does not fit starts a new page. The
    footer (the disclaimer, "Page n of m") is drawn on each page by `finish`."""

    def __init__(self, footer: str) -> None:
        self.footer = wrap(footer, size=FOOT_SIZE)
        self.bottom = 0.03 + LINE * 0.8 * (len(self.footer) + 1) + LINE * 0.5
        self.pages: list[Figure] = []
        self.y = 0.0
        self.new_page()

    @property
    def figure(self) -> Figure:
        """The page being written."""
        return self.pages[-1]

    @property
    def room(self) -> float:
        """What is left of the page being written."""
        return self.y - self.bottom

    @property
    def top_room(self) -> float:
        """The room of a new page."""
        return TOP - self.bottom

    def new_page(self) -> None:
        """Start writing at the top of a new page."""
        self.pages.append(Figure(figsize=A4_INCHES))
        self.y = TOP

    def need(self, height: float) -> None:
        """Start a new page unless `height` fits on this one."""
        if height > self.room:
            self.new_page()

    def line(
        self, text: str, *, size: float = 10, bold: bool = False, gap: float = 1.0,
        indent: float = 0.0, italic: bool = False,
    ) -> None:  # fmt: skip
        """A paragraph, wrapped to the column; `gap` widens the space after its last line."""
        page_width = A4_INCHES[0] * POINTS_PER_INCH
        rows = wrap(text, size=size, bold=bold, width=WIDTH_PT - indent * page_width)
        for number, row in enumerate(rows, start=1):
            step = LINE * size / 10
            self.need(step)
            self.figure.text(
                LEFT + indent, self.y, row, fontsize=size, fontweight="bold" if bold else "normal",
                style="italic" if italic else "normal", va="top", parse_math=False, color="black",
            )  # fmt: skip
            self.y -= step * (gap if number == len(rows) else 1.0)

    def heading(self, text: str, *, keep: float = 3) -> None:
        """A section heading, moved to the next page with `keep` lines that follow it."""
        self.need(LINE * (1.3 + keep))
        self.skip(0.4)
        self.line(text, size=12, bold=True, gap=1.1)

    def skip(self, lines: float = 0.5) -> None:
        """Blank space of `lines` 10 pt lines."""
        self.y -= LINE * lines

    def table(
        self, columns: Sequence[Column], rows: Sequence[Sequence[str]], *, x: float = LEFT,
        width: float = WIDTH, header_rows: int = 1, row: float = ROW,
    ) -> float:  # fmt: skip
        """A ruled table at the current height (the caller made room); returns its height.
        The header may take `header_rows` lines ("How bad\\n(0-10)"). Drawn as one set of
        rules and one text a filled cell: a PDF draws each text, and a diary has hundreds."""
        figure, top = self.figure, self.y
        header = row * header_rows
        height = header + row * len(rows)
        figure.add_artist(
            Rectangle((x, top - header), width, header, transform=figure.transFigure,
                      facecolor=HEADER_FILL, edgecolor="none", zorder=0)
        )  # fmt: skip
        edges = [x]
        for column in columns:
            edges.append(edges[-1] + column.width * width)
        lines = [top, *(top - header - row * i for i in range(len(rows) + 1))]
        segments = [[(x, y), (x + width, y)] for y in lines]
        segments += [[(edge, top), (edge, top - height)] for edge in edges]
        figure.add_artist(
            LineCollection(segments, colors="black", linewidths=RULE, transform=figure.transFigure)
        )
        cells = [(top - header / 2, [c.title for c in columns], "bold")]
        cells += [(top - header - row * (i + 0.5), list(r), "normal") for i, r in enumerate(rows)]
        pad = CELL_PAD / (A4_INCHES[0] * POINTS_PER_INCH)
        for y, texts, weight in cells:
            for column, left, right, text in zip(
                columns, edges[:-1], edges[1:], texts, strict=True
            ):
                if not text:
                    continue
                at = {"left": left + pad, "right": right - pad}.get(
                    column.align, (left + right) / 2
                )
                figure.text(
                    at, y, text, fontsize=TABLE_SIZE, fontweight=weight, ha=column.align,
                    va="center", multialignment="center", parse_math=False, color="black",
                )  # fmt: skip
        self.y = top - height
        return height

    def finish(self, marker: Callable[[int, int], str]) -> list[Figure]:
        """Draw each page's footer, with `marker(page, pages)` ("Page 1 of 2"), and return the
        pages."""
        total = len(self.pages)
        for number, figure in enumerate(self.pages, start=1):
            y = 0.03
            figure.text(1 - LEFT, y, marker(number, total), fontsize=FOOT_SIZE, ha="right",
                        va="bottom", parse_math=False, color="black")  # fmt: skip
            y += LINE * 0.8
            for note in reversed(self.footer):
                figure.text(LEFT, y, note, fontsize=FOOT_SIZE, style="italic", va="bottom",
                            parse_math=False, color="black")  # fmt: skip
                y += LINE * 0.8
        return self.pages
