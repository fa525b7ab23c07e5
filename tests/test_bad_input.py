"""Bad input gives a clear warning or error naming the file and the problem; good files still load."""
from __future__ import annotations

import datetime as dt
import shutil
import tempfile
import warnings
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import corpus, paths
from helpers.corpus import CorpusError, CorpusWarning

GOOD = "Titre de l'article\n\nLe ministre a déclaré jeudi qu'il était « prêt » à négocier.\n"
HEADER = "article,outlet,agency,published,date_basis,date_note\n"


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    return tmp_path


def load(path, **kw):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        c = corpus.load_articles(path, **kw)
    return c, [str(w.message) for w in caught if issubclass(w.category, CorpusWarning)]


@pytest.mark.parametrize("name, content, expected", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\n \t\n", "empty file"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file"),
    ("controls.txt", bytes(range(1, 9)) * 50, "binary file"),
])
def test_unreadable_files_are_listed_and_skipped(folder, name, content, expected):
    (folder / name).write_bytes(content)
    c, warned = load(folder)
    assert list(c.articles.article) == ["good"]
    assert len(c.problems) == 1
    file, problem = c.problems.iloc[0]
    assert file.endswith(name) and name in problem and expected in problem
    assert any(name in w and expected in w for w in warned)


@pytest.mark.parametrize("raw, encoding", [
    ("Le ministre a déclaré « prêt » à négocier ; l’accord est signé.".encode("cp1252"), "cp1252"),
    (b"Le ministre a d\xe9clar\xe9 \x81 Paris qu'il partait.", "latin-1"),  # 0x81 is undefined in cp1252
])
def test_non_utf8_bytes_are_decoded_and_said(folder, raw, encoding):
    (folder / "old.txt").write_bytes(raw)
    c, warned = load(folder)
    assert sorted(c.articles.article) == ["good", "old"]
    row = c.articles.set_index("article").loc["old"]
    assert row.encoding == encoding
    assert c["old"].text == raw.decode(encoding)
    assert any("old.txt" in p and "not valid UTF-8" in p and encoding in p for p in c.problems.problem)
    assert any("old.txt" in w for w in warned)


def test_crlf_and_bom_are_kept_as_decoded(tmp_path):
    raw = "\ufeffTitre de l’article\r\n\r\nLe ministre a déclaré jeudi qu'il partait.\r\nIl reviendra.\r\n".encode("utf-8")
    (tmp_path / "crlf.txt").write_bytes(raw)
    article = next(corpus.iter_articles(tmp_path))
    assert article.text == raw.decode("utf-8-sig")
    assert "\r\n" in article.text
    p = article.paragraphs
    assert (p.text == [article.text[s:e] for s, e in zip(p.start, p.end)]).all()
    assert list(p.role) == ["title", "lead", "body"]


def test_missing_path_is_an_error():
    with pytest.raises(CorpusError, match="nowhere.txt: no such file or folder"):
        corpus.load_articles("/nonexistent/nowhere.txt")


def test_article_missing_from_metadata_is_named(folder):
    md = folder / "meta.csv"
    md.write_text(HEADER + "other,Le Monde,AFP,2016-05-20,metadata,from the site\n", encoding="utf-8")
    c, warned = load(folder / "good.txt", metadata=md)
    assert len(c.articles) == 1
    assert any("good.txt" in p and "not in" in p and "meta.csv" in p for p in c.problems.problem)
    assert c.articles.date_basis.iloc[0] == "unknown"


@pytest.mark.parametrize("content, message", [
    ("article;outlet;published\n000;LCI;2017-01-24\n", "missing column(s)"),
    ("just some words\n", "missing column(s) article, outlet, agency, published"),
    ("", "empty metadata file"),
])
def test_malformed_metadata_is_an_error_naming_the_file(tmp_path, content, message):
    md = tmp_path / "meta.csv"
    md.write_text(content, encoding="utf-8")
    with pytest.raises(CorpusError) as err:
        corpus.read_metadata(md)
    assert str(md) in str(err.value) and message in str(err.value)


def test_binary_metadata_is_not_a_csv(tmp_path):
    md = tmp_path / "meta.csv"
    md.write_bytes(b"\x00\x01\x02PK\x03\x04")
    with pytest.raises(CorpusError, match="not a CSV"):
        corpus.read_metadata(md)


def test_missing_metadata_file_is_an_error(tmp_path):
    with pytest.raises(CorpusError, match="metadata file not found"):
        corpus.load_articles(paths.SEEDS, metadata=tmp_path / "nope.csv")


@pytest.mark.parametrize("rows, problem", [
    ("good,LCI,,2016-13-01,metadata,typo\n", "row 1 (line 2): published '2016-13-01' is not a date (YYYY-MM-DD)"),
    ("good,LCI,,2016-05-20,guessed,?\n", "date_basis 'guessed' is not one of"),
    ("good,LCI,,2016-05-20,metadata,a\ngood,LCI,,2016-05-21,metadata,b\n", "row 2 (line 3): article 'good' is already in row 1"),
    ("good,LCI,2016-05-20\n", "3 fields, the header has 6"),
])
def test_bad_metadata_rows_are_listed(folder, rows, problem):
    md = folder / "meta.csv"
    md.write_text(HEADER + rows, encoding="utf-8")
    c, warned = load(folder, metadata=md)
    assert len(c.articles) == 1  # the article still loads
    assert any(str(md) in p and problem in p for p in c.problems.problem), c.problems.problem.tolist()
    with pytest.raises(CorpusError, match="row"):
        corpus.read_metadata(md, strict=True)


def test_duplicated_row_keeps_the_first(folder):
    md = folder / "meta.csv"
    md.write_text(HEADER + "good,LCI,,2016-05-20,metadata,a\ngood,RFI,,2016-05-21,metadata,b\n", encoding="utf-8")
    c, _ = load(folder, metadata=md)
    row = c.articles.iloc[0]
    assert (row.outlet, row.published) == ("LCI", dt.date(2016, 5, 20))


def test_text_date_wins_over_metadata_and_the_conflict_is_reported(tmp_path):
    (tmp_path / "a.txt").write_text("Titre\n\nPublié le 24 janvier 2017 à 12h22\n\nLe ministre a parlé.\n", encoding="utf-8")
    md = tmp_path / "meta.csv"
    md.write_text(HEADER + "a,LCI,,2017-01-23,metadata,from the site map\n", encoding="utf-8")
    c, warned = load(tmp_path / "a.txt", metadata=md)
    row = c.articles.iloc[0]
    assert (row.published, row.date_basis) == (dt.date(2017, 1, 24), "text")
    assert any("a.txt" in p and "2017-01-24" in p and "2017-01-23" in p and "kept the text date" in p
               for p in c.problems.problem)


def test_dateline_disagreeing_with_metadata_is_reported(tmp_path):
    (tmp_path / "w.txt").write_text("Titre\n\n    PARIS, 14 juillet (Reuters) - Le ministre a parlé.\n", encoding="utf-8")
    md = tmp_path / "meta.csv"
    md.write_text(HEADER + "w,,Reuters,2016-07-15,inferred,guess\n", encoding="utf-8")
    c, _ = load(tmp_path / "w.txt", metadata=md)
    assert any("PARIS, 14 juillet (Reuters)" in p and "2016-07-15" in p for p in c.problems.problem)


def test_dateline_without_year_and_no_metadata_is_unknown(tmp_path):
    (tmp_path / "w.txt").write_text("Titre\n\n    PARIS, 14 juillet (Reuters) - Le ministre a parlé.\n", encoding="utf-8")
    article = next(corpus.iter_articles(tmp_path / "w.txt"))
    assert article.meta["published"] is None and article.meta["date_basis"] == "unknown"
    assert "no year" in article.meta["date_note"]
    assert article.meta["agency"] == "Reuters"


def test_same_id_twice_is_skipped(tmp_path):
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "x.txt").write_text(GOOD, encoding="utf-8")
    c, _ = load(tmp_path)
    assert len(c.articles) == 1
    assert "already loaded" in c.problems.problem.iloc[0]


def test_folder_of_seeds_with_bad_files_still_loads_the_seeds(tmp_path):
    for f in paths.SEEDS.glob("*.txt"):
        shutil.copy(f, tmp_path / f.name)
    (tmp_path / "zz_empty.txt").write_bytes(b"")
    (tmp_path / "zz_binary.txt").write_bytes(b"\x00" * 100)
    c, _ = load(tmp_path, metadata=paths.ARTICLES_CSV)
    assert len(c.articles) == 5
    assert sorted(Path(f).name for f in c.problems.file) == ["zz_binary.txt", "zz_empty.txt"]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=300) | st.text(max_size=300).map(lambda s: s.encode("utf-8", "surrogatepass")))
def test_any_bytes_give_an_article_or_a_listed_problem(data):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "x.txt"
        path.write_bytes(data)
        c, _ = load(path)
        if len(c.articles):
            article = c.items[0]
            p = article.paragraphs
            assert all(article.text[s:e] == t for s, e, t in zip(p.start, p.end, p.text))
            assert sum(len("".join(t.split())) for t in p.text) == len("".join(article.text.split()))
        else:
            assert len(c.problems) == 1 and "x.txt" in c.problems.problem.iloc[0]


def test_missing_path_in_a_list_fails_before_loading(folder):
    with pytest.raises(CorpusError, match="typo.txt: no such file or folder"):
        corpus.load_articles([folder / "good.txt", folder / "typo.txt"])


def test_uppercase_extension_is_loaded(folder):
    (folder / "CAPS.TXT").write_text(GOOD, encoding="utf-8")
    c, _ = load(folder)
    assert sorted(c.articles.article) == ["CAPS", "good"]
