"""The notebooks (pipeline.run) and the tag command give the same statements."""
from __future__ import annotations

import warnings

import pandas as pd

from helpers import paths, pipeline
from helpers.__main__ import main

COLUMNS = ["article", "start", "end", "speaker", "organization", "country", "kind", "cue", "text",
           "date", "date_basis", "utterance", "target", "stance", "evidence"]


def test_tag_command_matches_the_notebooks(tmp_path):
    out = tmp_path / "statements.csv"
    assert main(["tag", str(paths.SEEDS), "--metadata", str(paths.ARTICLES_CSV), "--out", str(out), "-q"]) == 0
    cli = pd.read_csv(out, dtype=str, keep_default_na=False)[COLUMNS]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        notebook = pipeline.run(annotations=None).statements
    notebook = notebook[COLUMNS].astype(str).replace({"nan": "", "None": ""})
    assert len(cli) == len(notebook) > 0
    pd.testing.assert_frame_equal(cli.reset_index(drop=True), notebook.reset_index(drop=True))


def test_run_on_an_empty_folder_gives_an_empty_table(tmp_path):
    (tmp_path / "empty.txt").write_text("Rechercher\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        wb = pipeline.run(tmp_path, metadata=None, annotations=None)
    assert len(wb.statements) == 0
    assert {"stance", "target", "stance_source"} <= set(wb.statements.columns)
