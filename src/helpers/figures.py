"""One helper saves every figure, byte-identical on every rerun, each file written atomically."""
from __future__ import annotations

from pathlib import Path

import matplotlib
import matplotlib.pyplot as plt
import pandas as pd

from . import paths
from .io import atomic_path, write_csv_atomic

# A fixed salt makes SVG element ids stable; dates are dropped from every format.
HASHSALT = "porte-parole"
FORMATS = {
    "svg": {"metadata": {"Date": None}},
    "pdf": {"metadata": {"CreationDate": None, "ModDate": None}},
    "png": {"dpi": 300, "metadata": {"Software": None}},
}


def setup() -> None:
    """Set the rcParams every figure of the workbook shares (call once per notebook)."""
    matplotlib.rcParams["svg.hashsalt"] = HASHSALT
    matplotlib.rcParams["pdf.fonttype"] = 42  # embed TrueType so accents and « » stay text
    matplotlib.rcParams["svg.fonttype"] = "path"
    matplotlib.rcParams["font.family"] = "DejaVu Sans"
    _bundled_dejavu()


def _bundled_dejavu() -> None:
    """Draw with the DejaVu Sans that ships with the pinned matplotlib, never a system copy.

    A machine may have another version of the font (Debian's ``fonts-dejavu``) whose glyphs
    have other indices; which of the two matplotlib picks depends on its font cache, so a
    figure's SVG and PDF bytes changed between a notebook run alone and the whole workbook.
    """
    from matplotlib import font_manager

    bundled = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    manager = font_manager.fontManager
    for f in sorted(bundled.glob("DejaVuSans*.ttf")):
        if not any(e.fname == str(f) for e in manager.ttflist):
            manager.addfont(str(f))
    manager.ttflist = [e for e in manager.ttflist
                       if not (e.name.startswith("DejaVu") and Path(e.fname).parent != bundled)]
    # findfont keeps its answers: forget those given before the list changed
    cached = getattr(manager, "_findfont_cached", None)
    if cached is not None:
        cached.cache_clear()


def save_figure(fig, name: str, *, data: pd.DataFrame | None = None, directory: Path | None = None) -> dict[str, Path]:
    """Save ``fig`` as SVG, PDF and PNG (300 dpi) under ``figures/``, and its data as CSV.

    Args:
        fig: a matplotlib figure.
        name: file stem, named after the notebook that makes it (``"04-stance-timeline-person"``).
        data: the statements plotted, written beside the figure as ``name.csv``.
        directory: where to write (default ``paths.FIGURES``).

    Returns:
        A mapping from format (``svg``, ``pdf``, ``png``, ``csv``) to the written path.
    """
    setup()
    out = Path(directory) if directory is not None else paths.FIGURES
    out.mkdir(parents=True, exist_ok=True)
    written: dict[str, Path] = {}
    with plt.rc_context({"svg.hashsalt": HASHSALT}):
        for ext, kwargs in FORMATS.items():
            target = out / f"{name}.{ext}"
            # Atomic: a kernel killed mid-save leaves the previous figure, not a truncated one.
            with atomic_path(target) as tmp:
                fig.savefig(tmp, format=ext, bbox_inches="tight", **kwargs)
            written[ext] = target
    if data is not None:
        written["csv"] = write_csv_atomic(data, out / f"{name}.csv", lineterminator="\n")
    return written
