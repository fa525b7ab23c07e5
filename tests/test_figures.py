"""The figure save helper: every format, same bytes on every rerun, French text kept."""
from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from helpers import charts, figures, shifts  # noqa: E402
from test_shifts import pension_statements  # noqa: E402


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def annotated_timeline():
    st = pension_statements()
    return charts.stance_timeline(st, level="person", names={"FR": "France"},
                                  annotate=shifts.table(st, level="person")), st


def test_save_writes_every_format_and_csv(tmp_path):
    fig, st = annotated_timeline()
    written = figures.save_figure(fig, "99-test", data=st, directory=tmp_path)
    assert set(written) == {"svg", "pdf", "png", "csv"}
    assert all(p.stat().st_size > 0 for p in written.values())
    assert written["png"].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert pd.read_csv(written["csv"], keep_default_na=False).shape == st.shape


def test_same_bytes_on_every_save(tmp_path):
    fig, st = annotated_timeline()
    first = figures.save_figure(fig, "99-a", data=st, directory=tmp_path / "one")
    again = figures.save_figure(fig, "99-a", data=st, directory=tmp_path / "two")
    for ext in ("svg", "pdf", "png", "csv"):
        assert first[ext].read_bytes() == again[ext].read_bytes(), ext
    # A figure rebuilt from scratch (as a notebook rerun does) gives the same bytes too.
    plt.close(fig)
    fig2, _ = annotated_timeline()
    third = figures.save_figure(fig2, "99-a", data=st, directory=tmp_path / "three")
    for ext in ("svg", "pdf", "png"):
        assert first[ext].read_bytes() == third[ext].read_bytes(), ext


def test_no_dates_in_files_and_french_text_kept(tmp_path):
    fig, ax = plt.subplots()
    ax.set_title("Position sur « l'âge légal » : Élisabeth, févr., déc.")
    written = figures.save_figure(fig, "99-b", directory=tmp_path)
    svg = written["svg"].read_text(encoding="utf-8")
    assert "<dc:date>" not in svg
    pdf = written["pdf"].read_bytes()
    assert b"/CreationDate" not in pdf and b"/ModDate" not in pdf
    # TrueType embedded (fonttype 42): the glyphs for accents and « » are in the PDF font.
    assert b"DejaVuSans" in pdf
    assert b"tIME" not in written["png"].read_bytes()  # no timestamp chunk


def test_setup_sets_shared_rcparams():
    figures.setup()
    assert matplotlib.rcParams["svg.hashsalt"] == figures.HASHSALT
    assert matplotlib.rcParams["pdf.fonttype"] == 42


def test_setup_draws_with_the_dejavu_that_ships_with_matplotlib():
    # A system copy of DejaVu Sans numbers its glyphs otherwise: SVG and PDF bytes would depend
    # on which copy matplotlib's font cache offers first.
    from pathlib import Path

    from matplotlib import font_manager

    figures.setup()
    found = Path(font_manager.findfont("DejaVu Sans", fallback_to_default=False))
    assert found.parent == Path(matplotlib.get_data_path()) / "fonts" / "ttf"


def test_save_leaves_no_partial_file(tmp_path):
    fig, ax = plt.subplots()
    ax.plot([0, 1], [0, 1])
    figures.save_figure(fig, "99-c", data=pd.DataFrame({"x": [0, 1]}), directory=tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["99-c.csv", "99-c.pdf", "99-c.png", "99-c.svg"]
