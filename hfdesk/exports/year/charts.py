"""The Word report's charts, drawn with matplotlib into PNG bytes.

matplotlib is imported here, inside the functions, with the Agg backend (no window, no
display): only an export that draws a chart loads it, never the app at start."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

DPI = 200
WIDTH_IN = 6.3  # the text width of A4 less margins (16 cm)
FONTS = ("Calibri", "Carlito")  # the documents' font, or LibreOffice's metric-compatible one
COLOURS = ("#1F4E78", "#2E75B6", "#70AD47", "#FFC000", "#C55A11", "#7030A0", "#A5A5A5", "#264478")


def _pyplot() -> Any:
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    from matplotlib import font_manager

    installed = {f.name for f in font_manager.fontManager.ttflist}
    family = next((name for name in FONTS if name in installed), "DejaVu Sans")  # matplotlib's own
    plt.rcParams.update(
        {
            "font.family": family,
            "font.size": 9,
            "axes.spines.top": False,
            "axes.spines.right": False,
        }
    )
    return plt


def _png(fig: Any, plt: Any) -> bytes:
    buffer = io.BytesIO()
    fig.tight_layout()
    fig.savefig(buffer, format="png", dpi=DPI, metadata={"Software": None})
    plt.close(fig)
    return buffer.getvalue()


def line_chart(
    title: str, labels: Sequence[str], series: Sequence[tuple[str, Sequence[float | None]]], *, percent: bool = True
) -> bytes:
    """One line per series over `labels` (the x axis); None leaves a gap."""
    import warnings

    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(WIDTH_IN, 3.2))
    xs = list(range(len(labels)))
    for i, (name, values) in enumerate(series):
        ys = [float("nan") if v is None else v * (100 if percent else 1) for v in values]
        ax.plot(xs, ys, marker="o", markersize=3.5, linewidth=1.6, label=name, color=COLOURS[i % len(COLOURS)])
    ax.set_title(title, loc="left", fontsize=10, fontweight="bold")
    ax.set_xticks(xs)
    ax.set_xticklabels(labels, fontsize=8)
    if percent:
        ax.set_ylim(0, 105)
        ax.yaxis.set_major_formatter(lambda v, _pos: f"{v:.0f} %")
    ax.grid(axis="y", linewidth=0.4, color="#D9D9D9")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
    return _png(fig, plt)


def bar_chart(title: str, labels: Sequence[str], values: Sequence[int], *, colour: str = COLOURS[0]) -> bytes:
    """Horizontal bars, the first label on top, each bar with its number."""
    plt = _pyplot()
    height = 0.5 + 0.38 * max(len(labels), 1)
    fig, ax = plt.subplots(figsize=(WIDTH_IN, height + 0.5))
    ys = list(range(len(labels)))[::-1]
    bars = ax.barh(ys, values, color=colour, height=0.6)
    ax.set_yticks(ys)
    ax.set_yticklabels(labels)
    ax.bar_label(bars, padding=3, fontsize=8)
    ax.set_title(title, loc="left", fontsize=10, fontweight="bold")
    ax.xaxis.set_major_locator(_integer_locator())
    ax.set_xlim(0, max([*values, 1]) * 1.15)
    ax.grid(axis="x", linewidth=0.4, color="#D9D9D9")
    return _png(fig, plt)


def _integer_locator() -> Any:
    from matplotlib.ticker import MaxNLocator

    return MaxNLocator(integer=True)
