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


def test_a_missing_path_is_an_error_and_nothing_is_written(tmp_path, capsys):
    """A PATH named on the command line that does not exist fails the run before any work
    (an explicitly named input that cannot be read is an error, not a warning)."""
    out = tmp_path / "s.csv"
    src = paths.SEEDS / "001_ef1b98546c46edac.txt"
    status = main(["tag", str(tmp_path / "missing.txt"), str(src), "--out", str(out), "-q"])
    assert status == 1
    err = capsys.readouterr().err
    assert "missing.txt" in err and "no such file" in err and "nothing tagged" in err
    assert not out.exists()


def test_a_bad_file_inside_a_folder_is_named_and_the_good_ones_still_tagged(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(paths.SEEDS / "001_ef1b98546c46edac.txt", folder)
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02" * 50)
    out = tmp_path / "s.csv"
    assert main(["tag", str(folder), "--out", str(out), "-q", "--no-stance"]) == 0
    err = capsys.readouterr().err
    assert "broken.txt: binary file" in err and "skipped" in err
    assert read(out).article.unique().tolist() == ["001_ef1b98546c46edac"]


def test_out_is_not_a_txt_file_in_an_input_folder(tmp_path, capsys):
    """It would be read as an article by the next run."""
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(paths.SEEDS / "001_ef1b98546c46edac.txt", folder)
    assert main(["tag", str(folder), "--out", str(folder / "statements.txt"), "-q"]) == 1
    assert "inside the input folder" in capsys.readouterr().err
    assert [f.name for f in folder.iterdir()] == ["001_ef1b98546c46edac.txt"]


def test_out_is_checked_before_any_tagging(tmp_path, monkeypatch, capsys):
    from helpers import pipeline

    def not_now(*args, **kwargs):
        raise AssertionError("tagging started before --out was checked")

    monkeypatch.setattr(pipeline, "iter_coded", not_now)
    blocker = tmp_path / "file"
    blocker.write_text("x\n", encoding="utf-8")
    src = paths.SEEDS / "001_ef1b98546c46edac.txt"
    assert main(["tag", str(src), "--out", str(blocker / "s.csv"), "-q"]) == 1
    assert "cannot write there" in capsys.readouterr().err


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


@pytest.mark.parametrize("content, status, message", [
    ("id,date\nx,y\n", 1, "missing column(s) article, published"),
    ("article,published\n000_47ffda2e89d02b5c,pas une date\n", 0, "row 1 (line 2), column published: 'pas une date' is not a date"),
    ("", 1, "empty file (no header row)"),
])
def test_bad_metadata_is_named(tmp_path, capsys, content, status, message):
    """A metadata file that cannot be read is an error (nothing written); a bad row is a
    warning naming the row, line and column, and the rest is used."""
    md = tmp_path / "meta.csv"
    md.write_text(content, encoding="utf-8")
    src = paths.SEEDS / "000_47ffda2e89d02b5c.txt"
    out = tmp_path / "s.csv"
    assert main(["tag", str(src), "--out", str(out), "--metadata", str(md), "-q", "--no-stance"]) == status
    err = capsys.readouterr().err
    assert "meta.csv" in err and message in err
    assert out.exists() == (status == 0)


def test_missing_metadata_file(tmp_path, capsys):
    src = paths.SEEDS / "000_47ffda2e89d02b5c.txt"
    out = tmp_path / "s.csv"
    assert main(["tag", str(src), "--out", str(out), "--metadata", str(tmp_path / "no.csv"), "-q"]) == 1
    assert "no.csv: file not found" in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.parametrize("option, content, message", [
    ("--codebook", None, "codebook.yaml: codebook or target file not found"),
    ("--codebook", "id: [\n", "codebook.yaml: cannot read as UTF-8 YAML"),
    ("--actors", "", "actors.csv: empty file (no header row)"),
    ("--actors", "id,name\nX,Y\n", "actors.csv: not an actor register: missing column(s) country"),
])
def test_an_input_named_explicitly_that_cannot_be_read_is_an_error(tmp_path, capsys, option, content, message):
    """Not a warning followed by a run without it (every stance 'none'): exit 1, nothing written."""
    given = tmp_path / ("codebook.yaml" if option == "--codebook" else "actors.csv")
    if content is not None:
        given.write_text(content, encoding="utf-8")
    out = tmp_path / "s.csv"
    assert main(["tag", str(paths.SEEDS / "000_47ffda2e89d02b5c.txt"), option, str(given), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert message in err and "nothing tagged" in err
    assert not out.exists()


def test_out_may_not_be_a_named_article(tmp_path, capsys):
    src = tmp_path / "a.txt"
    shutil.copy(paths.SEEDS / "000_47ffda2e89d02b5c.txt", src)
    before = src.read_bytes()
    assert main(["tag", str(src), "--out", str(src), "-q"]) == 1
    assert f"--out {src}: is the input given as PATH" in capsys.readouterr().err
    assert src.read_bytes() == before


def test_a_missing_default_codebook_only_warns(tmp_path, monkeypatch, capsys):
    """Only a default input may be skipped with a warning."""
    monkeypatch.setattr(paths, "CODEBOOK", tmp_path / "absent.yaml")
    out = tmp_path / "s.csv"
    assert main(["tag", str(paths.SEEDS / "000_47ffda2e89d02b5c.txt"), "--out", str(out), "-q"]) == 0
    assert "absent.yaml: codebook or target file not found; stances left as 'none'" in capsys.readouterr().err
    assert set(read(out).stance) == {"none"}


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
