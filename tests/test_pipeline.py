"""The notebooks (pipeline.run) and the tag command give the same statements."""
from __future__ import annotations

import warnings

import pandas as pd
import pytest

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


def _seed_articles():
    from helpers import corpus

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return list(corpus.iter_articles(paths.SEEDS, metadata=paths.ARTICLES_CSV))


def test_coding_the_tagger_rows_gives_the_coded_table():
    """The pipeline codes the tagger's rows and builds one table: the same table, values and
    types, as coding the statements table."""
    from helpers import speech, stance

    book = stance.load_codebook()
    for article in _seed_articles():
        rows = speech.rows(article, parse=False)
        assert speech.plain(rows)
        texts = {article.id: article.text}
        got = speech.table(rows, coded=stance.coding(rows, codebook=book, texts=texts))
        expected = stance.code(speech.statements(article, parse=False), codebook=book, texts=texts)
        pd.testing.assert_frame_equal(got, expected)


def test_coding_article_after_article_keeps_no_memory_of_them():
    """Memory stays flat over a corpus: nothing kept per article once it is coded (a cache of
    joined patterns used to keep each list it was given, five an article)."""
    import gc

    from helpers import stance

    book = stance.load_codebook()

    def objects_after(rounds: int) -> int:
        for _ in range(rounds):  # read again each round, as a corpus brings new articles
            for _ in pipeline.iter_coded(_seed_articles(), codebook=book, parse=False):
                pass
        gc.collect()
        return len(gc.get_objects())

    warm = objects_after(3)
    assert objects_after(10) - warm < 500


@pytest.mark.parametrize("titles, texts", [
    ("reported", ["la trêve sera prolongée", "les débats reprendront lundi"]),
    ("quoted", ["les débats reprendront lundi"]),
])
def test_run_reads_titles_as_asked(tmp_path, titles, texts):
    (tmp_path / "a.txt").write_text("John Kirby assure que la trêve sera prolongée\n\nLe porte-parole du département "
                                    "d'État, John Kirby, a déclaré mardi que les débats reprendront lundi.\n",
                                    encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        wb = pipeline.run(tmp_path, metadata=None, annotations=None, titles=titles)
    assert wb.statements["text"].tolist() == texts
