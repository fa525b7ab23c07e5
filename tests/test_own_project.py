"""The workbook on a user's own project, as the README says: init a folder, put the articles and
the register, target and metadata files in, `make workbook PROJECT=DIR`. Every notebook runs
without error, every figure lands under the project, and the repository is not touched."""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from pathlib import Path

import nbformat
import pytest

from helpers import execute, paths
from helpers.__main__ import main
from test_print_figures import assert_printable

FIXTURE = Path(__file__).parent / "fixtures" / "villebrune"
FIGURES = ["04-stance-timeline-person", "04-stance-timeline-institution", "04-stance-timeline-country",
           "04-net-stance-country-month", "05-shift-timeline-country", "05-divergences-institution"]


def snapshot(*folders: Path) -> dict[str, str]:
    """Hash of every file under ``folders`` (what the run must leave as it was)."""
    return {str(p): hashlib.sha256(p.read_bytes()).hexdigest()
            for folder in folders for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def executed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("own") / "villebrune"
    assert main(["init", str(folder)]) == 0
    for name in ("articles.csv", "actors.csv", "targets.yaml", "porte-parole.yaml"):
        shutil.copy(FIXTURE / name, folder / name)
    for article in (FIXTURE / "articles").glob("*.txt"):
        shutil.copy(article, folder / "articles" / article.name)
    before = snapshot(paths.DATA, paths.FIGURES, paths.NOTEBOOKS)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    run = subprocess.run(["make", "--no-print-directory", "-C", str(paths.ROOT), "workbook", f"PROJECT={folder}"],
                         capture_output=True, text=True, env=env, timeout=1500)
    return folder, run, before


def test_every_notebook_runs_on_the_project(executed):
    folder, run, _ = executed
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    notebooks = sorted((folder / "output" / "notebooks").glob("*.ipynb"))
    # A project runs the workbook's notebooks 01-06 (07 is the workbook's own validation).
    assert [p.name for p in notebooks] == [p.name for p in sorted(paths.NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))
                                           if p.name[:2] in execute.PROJECT_NOTEBOOKS]
    for path in notebooks:
        nb = nbformat.read(path, as_version=4)
        code = [c for c in nb.cells if c.cell_type == "code"]
        assert all(c.execution_count for c in code), path.name
        errors = [o for c in code for o in c.outputs if o.output_type == "error"]
        assert not errors, (path.name, errors[:1])
        # The project is the notebook's one parameter.
        injected = [c for c in code if "injected-parameters" in c.metadata.get("tags", [])]
        assert len(injected) == 1 and str(folder / "porte-parole.yaml") in injected[0].source


def test_every_figure_and_table_lands_under_the_project(executed):
    folder, _, _ = executed
    figures = folder / "output" / "figures"
    for stem in FIGURES:
        for ext in ("svg", "pdf", "png", "csv"):
            assert (figures / f"{stem}.{ext}").stat().st_size > 0, f"{stem}.{ext}"
    tables = folder / "output" / "tables"
    assert {"articles.csv", "statements.csv", "05-shifts.csv"} <= {p.name for p in tables.iterdir()}
    # The story of the invented corpus is on the figures: the mayor's turn to favour, in French.
    svg_csv = (figures / "04-stance-timeline-person.csv").read_text(encoding="utf-8")
    assert "Hélène Marchais" in svg_csv and "Paul Renaud" in svg_csv
    shift = (figures / "05-shift-timeline-country.csv").read_text(encoding="utf-8")
    assert "Hélène Marchais" in shift
    # Ready for print: a 16 cm column, no text under 7 pt at that size.
    for stem in FIGURES:
        assert_printable((figures / f"{stem}.svg").read_text(encoding="utf-8"))


def test_the_repository_is_not_touched(executed):
    _, run, before = executed
    assert run.returncode == 0
    assert snapshot(paths.DATA, paths.FIGURES, paths.NOTEBOOKS) == before


def test_a_project_whose_corpus_is_a_europresse_export(tmp_path):
    """Issue 10: a project names a press-database export as its corpus, and the workbook runs on
    it (notebooks 01-02 here: reading the export, tagging it; the full run is the test above)."""
    folder = tmp_path / "export-project"
    assert main(["init", str(folder)]) == 0
    shutil.copy(Path(__file__).parent / "fixtures" / "imports" / "europresse_syrie.html", folder / "europresse.html")
    (folder / "porte-parole.yaml").write_text(
        "name: Export Europresse\n"
        "corpus:\n  - {path: europresse.html, format: europresse}\n"
        "actors: [shipped]\n"
        "targets: [shipped]\n"
        "annotations: annotations\n"
        "output: output\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    run = subprocess.run([str(paths.ROOT / ".venv" / "bin" / "python"), "-m", "helpers", "workbook", str(folder),
                          "--only", "01", "02"], capture_output=True, text=True, env=env, timeout=900, cwd=paths.ROOT)
    assert run.returncode == 0, run.stdout + run.stderr
    nb = nbformat.read(folder / "output" / "notebooks" / "02-statements.ipynb", as_version=4)
    text = "".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []))
    assert "statements in" in text
    articles = (folder / "output" / "tables" / "articles.csv").read_text(encoding="utf-8")
    assert articles.count("europresse-") >= 3  # several articles of one export file, each with its outlet
