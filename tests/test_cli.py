"""The ``tag`` command, run through ``main([...])``."""
from __future__ import annotations

import shutil

import pandas as pd
import pytest

from helpers import paths, speech
from helpers.__main__ import main

REQUIRED = ["article", "start", "end", "speaker", "organization", "country", "kind", "cue", "text",
            "date", "date_basis", "utterance", "target", "stance"]


def read(path):
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def test_tag_seeds_folder(tmp_path, capsys):
    out = tmp_path / "s.csv"
    assert main(["tag", str(paths.SEEDS), "--out", str(out), "--metadata", str(paths.ARTICLES_CSV), "-q"]) == 0
    table = read(out)
    assert set(REQUIRED) <= set(table.columns)
    assert table.article.nunique() == 5
    for article, rows in table.groupby("article"):
        text = (paths.SEEDS / f"{article}.txt").read_text(encoding="utf-8")
        for r in rows.itertuples():
            assert text[int(r.start):int(r.end)] == r.text
    assert set(table.kind) <= {"direct", "indirect", "attributed"}
    # Dated from the metadata: 000 was published on 24 January 2017, "dimanche" is the 22nd.
    assert "2017-01-22" in set(table[table.article.str.startswith("000")].date)


def test_file_and_minimal_metadata(tmp_path, capsys):
    md = tmp_path / "md.csv"
    md.write_text("article,published\n000_47ffda2e89d02b5c,2017-01-24\n", encoding="utf-8")
    out = tmp_path / "one.csv"
    src = paths.SEEDS / "000_47ffda2e89d02b5c.txt"
    assert main(["tag", str(src), "--out", str(out), "--metadata", str(md), "--no-stance"]) == 0
    table = read(out)
    assert set(table.stance) == {"none"} and set(table.target) == {""}
    assert "2017-01-23" in set(table.date)  # "le lendemain" of Sunday 22
    assert "tagged 1 article" in capsys.readouterr().err


def test_bad_path_is_named_and_good_paths_still_tagged(tmp_path, capsys):
    out = tmp_path / "s.csv"
    src = paths.SEEDS / "001_ef1b98546c46edac.txt"
    status = main(["tag", str(tmp_path / "missing.txt"), str(src), "--out", str(out), "-q"])
    assert status == 0
    err = capsys.readouterr().err
    assert "missing.txt" in err and "no such file" in err
    assert read(out).article.unique().tolist() == ["001_ef1b98546c46edac"]


def test_nothing_to_tag_exits_non_zero(tmp_path, capsys):
    assert main(["tag", str(tmp_path / "nope"), "--out", str(tmp_path / "s.csv")]) == 1
    assert "nope" in capsys.readouterr().err
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["tag", str(empty), "--out", str(tmp_path / "s.csv")]) == 1
    binary = tmp_path / "bin"
    binary.mkdir()
    (binary / "x.txt").write_bytes(b"\x00\x01\x02" * 50)
    assert main(["tag", str(binary), "--out", str(tmp_path / "s.csv"), "-q"]) == 1
    assert "x.txt" in capsys.readouterr().err


@pytest.mark.parametrize("content, message", [
    ("id,date\nx,y\n", "lacks column(s) article, published"),
    ("article,published\n000_47ffda2e89d02b5c,pas une date\n", "not a date"),
    ("", "not a readable CSV"),
])
def test_bad_metadata_is_named(tmp_path, capsys, content, message):
    md = tmp_path / "meta.csv"
    md.write_text(content, encoding="utf-8")
    src = paths.SEEDS / "000_47ffda2e89d02b5c.txt"
    out = tmp_path / "s.csv"
    assert main(["tag", str(src), "--out", str(out), "--metadata", str(md), "-q"]) == 0
    err = capsys.readouterr().err
    assert "meta.csv" in err and message in err
    assert len(read(out)) > 0


def test_missing_metadata_file(tmp_path, capsys):
    src = paths.SEEDS / "000_47ffda2e89d02b5c.txt"
    assert main(["tag", str(src), "--out", str(tmp_path / "s.csv"), "--metadata", str(tmp_path / "no.csv"), "-q"]) == 0
    assert "no.csv" in capsys.readouterr().err


def test_article_without_statements_writes_header(tmp_path):
    folder = tmp_path / "a"
    folder.mkdir()
    (folder / "plain.txt").write_text("Il fait beau à Paris.\n\nLe marché est ouvert.\n", encoding="utf-8")
    out = tmp_path / "s.csv"
    assert main(["tag", str(folder), "--out", str(out), "-q"]) == 0
    assert list(read(out).columns)[:len(speech.COLUMNS)] == speech.COLUMNS or set(REQUIRED) <= set(read(out).columns)


def test_help_documents_the_columns(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["tag", "--help"])
    assert exit_.value.code == 0
    text = capsys.readouterr().out
    for word in ("--out", "--metadata", "utterance", "date_basis", "country", "Exit status"):
        assert word in text


def test_copied_seed_keeps_offsets(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(paths.SEEDS / "002_8c9587fee2a1cf91.txt", folder)
    out = tmp_path / "s.csv"
    assert main(["tag", str(folder), "--out", str(out), "-q", "--no-stance"]) == 0
    text = (folder / "002_8c9587fee2a1cf91.txt").read_text(encoding="utf-8")
    for r in read(out).itertuples():
        assert text[int(r.start):int(r.end)] == r.text
