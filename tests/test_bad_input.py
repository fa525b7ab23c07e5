"""Bad input gives a clear warning or error naming the file and the problem; good files still load."""
from __future__ import annotations

import datetime as dt
import shutil
import tempfile
import warnings
from pathlib import Path

import pandas as pd
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
    ("id;date\n000;2017-01-24\n", "missing column(s) article, published"),
    ("just some words\n", "missing column(s) article, published"),
    ("", "empty file (no header row)"),
    ('article,published\n"000,2017-01-24\n', "not a readable CSV (from line 2"),
    ("article,published,article\n000,2017-01-24,000\n", "article appear twice in the header"),
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
    with pytest.raises(CorpusError, match="nope.csv: file not found"):
        corpus.load_articles(paths.SEEDS, metadata=tmp_path / "nope.csv")


@pytest.mark.parametrize("rows, problem", [
    ("good,LCI,,2016-13-01,metadata,typo\n",
     "row 1 (line 2), column published: '2016-13-01' is not a date (YYYY-MM-DD); date ignored"),
    ("good,LCI,,20/05/2016,metadata,typo\n", "column published: '20/05/2016' is not a date (YYYY-MM-DD)"),
    ("good,LCI,,2016-05-20,guessed,?\n", "row 1 (line 2), column date_basis: 'guessed' is not one of"),
    ("good,LCI,,2016-05-20,metadata,a\ngood,LCI,,2016-05-21,metadata,b\n",
     "row 2 (line 3), column article: article 'good' is already in row 1 (line 2)"),
    ("good,LCI,2016-05-20\n", "row 1 (line 2): 3 fields, the header has 6; row skipped"),
    (",LCI,,2016-05-20,metadata,no id\n", "row 1 (line 2), column article: no article id; row skipped"),
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
        c, _ = load(Path(tmp))  # found in a folder: a bad file is listed, not raised
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


# --------------------------------------------------------------------------------------------
# Issue 11: nothing lost, nothing overwritten, every failure loud (library side; the command
# line is exercised as a subprocess in test_bad_input_cli.py)
# --------------------------------------------------------------------------------------------

SEED_001 = paths.SEEDS / "001_ef1b98546c46edac.txt"
SEED_002 = paths.SEEDS / "002_8c9587fee2a1cf91.txt"


def one(path, **kw):
    """The single article loaded from ``path`` and the problems listed for it."""
    c, warned = load(path, **kw)
    assert len(c.items) == 1, c.problems
    return c.items[0], list(c.problems.problem)


@pytest.mark.parametrize("raw, text, encoding, said", [
    # One Windows-1252 "é" pasted into a UTF-8 page: only that byte is read as cp1252.
    ("Le président a déclaré ".encode() + b"caf\xe9 " + "« prêt ».".encode(), "Le président a déclaré café « prêt ».",
     "utf-8+cp1252", "1 byte(s) not valid UTF-8 (0xe9 at byte 29 (line 1))"),
    # A curly apostrophe from Word (0x92) on the second line of a UTF-8 file.
    ("Titre de l’article\n".encode() + b"L\x92arm\xc3\xa9e a d\xc3\xa9menti.", "Titre de l’article\nL’armée a démenti.",
     "utf-8+cp1252", "(0x92 at byte 22 (line 2))"),
    # 0x81 is undefined in cp1252: kept as the latin-1 character, not dropped.
    ("Évolution à Alep : ".encode() + b"\x81", "Évolution à Alep : \x81", "utf-8+cp1252", "0x81 at byte"),
    # A whole legacy file stays one encoding (no UTF-8 character in it).
    ("Le ministre a déclaré « prêt » à négocier.".encode("cp1252"), "Le ministre a déclaré « prêt » à négocier.",
     "cp1252", "decoded as cp1252"),
])
def test_stray_bytes_are_read_one_by_one_and_their_positions_said(tmp_path, raw, text, encoding, said):
    (tmp_path / "x.txt").write_bytes(raw)
    article, problems = one(tmp_path)
    assert (article.text, article.encoding) == (text, encoding)
    assert any("x.txt" in p and said in p for p in problems), problems


def test_one_stray_byte_in_a_seed_changes_one_character_not_the_file(tmp_path):
    """Issue 11, item 1: 0xE9 at offset 200 of seed 001 made the whole file cp1252 (mojibake
    everywhere, 2 of 10 statements, speakers blank)."""
    from helpers import speech

    raw = SEED_001.read_bytes()
    (tmp_path / SEED_001.name).write_bytes(raw[:200] + b"\xe9" + raw[200:])
    article, problems = one(tmp_path)
    before = raw[:200].decode("utf-8")
    assert article.text == before + "é" + raw[200:].decode("utf-8")
    assert any("0xe9 at byte 200" in p for p in problems)
    rows = speech.statements(article)
    assert len(rows) >= 10 and (rows.speaker != "").all()
    assert all(article.text[s:e] == t for s, e, t in zip(rows.start, rows.end, rows.text))


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_without_byte_order_mark_are_text(tmp_path, encoding):
    """Issue 11, item 2: ``iconv -t utf-16le`` output was called binary and dropped."""
    text = SEED_002.read_text(encoding="utf-8")
    (tmp_path / "x.txt").write_bytes(text.encode(encoding))
    article, problems = one(tmp_path)
    assert (article.text, article.encoding) == (text, encoding)
    assert any("x.txt" in p and "no byte order mark" in p for p in problems)
    assert list(article.paragraphs.part) == list(next(corpus.iter_articles(SEED_002)).paragraphs.part)


@pytest.mark.parametrize("offsets", [(2000, 2001), (70_000,)])
def test_nul_bytes_anywhere_are_kept_and_reported(tmp_path, offsets):
    """Issue 11, item 3: two NULs at byte 2,000 dropped the article; one at byte 70,000 stayed
    in the text unreported (only the first 64 KB were looked at)."""
    raw = SEED_002.read_bytes() * 20  # about 100 KB
    for at in offsets:
        raw = raw[:at] + b"\x00" + raw[at:]
    (tmp_path / "x.txt").write_bytes(raw)
    article, problems = one(tmp_path)
    assert article.text == raw.decode("utf-8")
    said = [p for p in problems if "NUL" in p]
    assert len(said) == 1 and "x.txt" in said[0] and f"at byte {offsets[0]}" in said[0] and "kept" in said[0]


@pytest.mark.parametrize("newline", ["\r", "\r\n"])
def test_cr_line_ends_give_the_same_paragraphs(tmp_path, newline):
    """Issue 11, item 4: with CR-only line ends the file was one paragraph, so boilerplate
    counted as press."""
    lf = next(corpus.iter_articles(SEED_002))
    (tmp_path / "x.txt").write_bytes(SEED_002.read_bytes().replace(b"\n", newline.encode()))
    article, _ = one(tmp_path)
    p, q = lf.paragraphs, article.paragraphs
    assert list(q.part) == list(p.part) and list(q.role) == list(p.role) and list(q.rule) == list(p.rule)
    assert [t.replace(newline, "\n") for t in q.text] == list(p.text)
    assert len(article.sentences()) == len(lf.sentences())
    row, base = corpus.article_row(article), corpus.article_row(lf)
    assert (row["n_press"], row["n_boilerplate"], row["n_comments"]) == (
        base["n_press"], base["n_boilerplate"], base["n_comments"])


def test_folder_entries_that_are_not_files_are_reported(folder):
    """Issue 11, item 5: broken links, FIFOs and folders named *.txt were skipped silently."""
    import os

    os.mkfifo(folder / "pipe.txt")
    (folder / "dangling.txt").symlink_to(folder / "gone.txt")
    (folder / "notes.txt").mkdir()
    (folder / "elsewhere").mkdir()
    (folder / "elsewhere" / "far.txt").write_text(GOOD, encoding="utf-8")
    (folder / "linked").symlink_to(folder / "elsewhere")
    c, warned = load(folder)
    assert sorted(c.articles.article) == ["far", "good"]
    problems = list(c.problems.problem)
    for name, why in [("pipe.txt", "FIFO"), ("dangling.txt", "broken symbolic link"),
                      ("notes.txt", "a folder, not an article"), ("linked", "symbolic link to a folder, not followed")]:
        assert any(name in p and why in p for p in problems), (name, problems)
        assert any(name in w for w in warned)


@pytest.mark.parametrize("make, why", [
    (lambda p: __import__("os").mkfifo(p), "FIFO"),
    (lambda p: p.symlink_to(p.parent / "gone.txt"), "broken symbolic link"),
    (lambda p: p.write_bytes(b""), "empty file"),
    (lambda p: p.write_bytes(b"\x00\x01\x02" * 40), "binary file"),
])
def test_a_named_file_that_is_no_article_is_an_error(folder, make, why):
    """A file named explicitly that cannot be read fails loudly (and a FIFO never blocks)."""
    import signal

    bad = folder / "bad.txt"
    make(bad)

    def hung(*_):
        raise TimeoutError("blocked on a FIFO")

    old = signal.signal(signal.SIGALRM, hung)
    signal.alarm(20)
    try:
        with pytest.raises(CorpusError, match=f"bad.txt: .*{why}"):
            corpus.load_articles([folder / "good.txt", bad])
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


@pytest.mark.parametrize("content", [
    "article,published\ngood,2016-05-20\n",
    "article;published\ngood;2016-05-20\n",
    "article\tpublished\tnotes\ngood\t2016-05-20\tfrom the site\n",
    "\ufeffpublished,article\r\n2016-05-20,good.txt\r\n",
])
def test_metadata_needs_only_article_and_published(folder, content):
    """One schema (helpers.schema.MetadataRow) for tag, pipeline.run and the notebooks."""
    md = folder / "meta.csv"
    md.write_text(content, encoding="utf-8")
    c, _ = load(folder, metadata=md)
    row = c.articles.iloc[0]
    assert (row.published, row.date_basis) == (dt.date(2016, 5, 20), "metadata")
    assert c.problems.empty, c.problems


def test_pipeline_run_accepts_minimal_metadata(folder):
    from helpers import pipeline

    md = folder / "meta.csv"
    md.write_text("article,published\ngood,2016-05-20\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error", CorpusWarning)
        wb = pipeline.run(folder, metadata=md, annotations=None)
    assert wb.corpus.articles.published.tolist() == [dt.date(2016, 5, 20)]
    assert len(wb.statements) >= 1 and set(wb.statements.date) == {"2016-05-19"}  # "jeudi"


def test_a_ragged_row_loses_only_itself(folder):
    """Issue 11, item 8: one ragged row dropped every row in ``tag``; now both paths keep the
    others and name the row."""
    (folder / "other.txt").write_text(GOOD, encoding="utf-8")
    (folder / "third.txt").write_text(GOOD, encoding="utf-8")
    md = folder / "meta.csv"
    md.write_text("article,published,outlet\ngood,2016-05-20,LCI\nother,2016-05-21,RFI,extra\n"
                  "third,2016-05-22,AFP\n", encoding="utf-8")
    c, warned = load(folder, metadata=md)
    got = c.articles.set_index("article")
    assert got.loc["good", "outlet"] == "LCI" and got.loc["third", "outlet"] == "AFP"
    assert got.loc["other", "date_basis"] == "unknown"
    assert any("meta.csv: row 2 (line 3): 4 fields, the header has 3; row skipped" in p for p in c.problems.problem)
    assert any("other.txt: not in" in p for p in c.problems.problem)


def test_articles_listed_in_the_metadata_but_not_read_are_reported(folder):
    """Issue 11, item 12."""
    md = folder / "meta.csv"
    md.write_text("article,published\ngood,2016-05-20\nlost,2016-05-21\ngone.txt,2016-05-22\n", encoding="utf-8")
    c, warned = load(folder, metadata=md)
    said = [p for f, p in zip(c.problems.file, c.problems.problem) if f.endswith("meta.csv")]
    assert said == [f"{md}: 2 article(s) listed but not among the files read: lost (line 3), gone (line 4)"]
    assert any("lost (line 3)" in w for w in warned)


BOMS = (b"\xef\xbb\xbf", b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff", b"\xff\xfe", b"\xfe\xff")
# Text an article may hold: French letters and punctuation, quotes, spaces of every kind,
# the odd control character, and (rarely) characters beyond Latin-1.
_ALPHABET = st.sampled_from(list("abcdefghijklmnopqrstuvwxyz ABCÉÈÀÇÔ éèêàâçôûùïœ’«»“”\".,;:!?…-–()0123456789"
                                 "\t\u00a0\u202f") + ["\n", "\n\n", "\x0c"]) | st.characters(codec="utf-8")


@settings(max_examples=100)
@given(text=st.lists(_ALPHABET, max_size=400).map("".join),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32-le", "cp1252",
                                 "latin-1"]),
       newline=st.sampled_from(["\n", "\r\n", "\r"]),
       noise=st.lists(st.tuples(st.integers(0, 10**6), st.binary(min_size=1, max_size=2)), max_size=3))
def test_loading_accounts_for_every_character(text, encoding, newline, noise):
    """Random text, encodings, line ends and stray bytes: the file is reported, or every byte
    is accounted for: the text read encodes back to the file's bytes (after a byte order mark),
    or, where bytes were not UTF-8, each of them is one character and a problem naming the file
    says so. Anything not plain UTF-8 is said. Without damage, an unambiguous encoding gives
    back exactly the text written. Paragraphs cover every non-blank character."""
    text = text.replace("\n", newline)
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data, encoding = text.encode("utf-8"), "utf-8"
    for at, junk in noise:
        at %= len(data) + 1
        data = data[:at] + junk + data[at:]
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "x.txt").write_bytes(data)
        c, _ = load(Path(tmp))
    if not len(c.items):
        assert len(c.problems) == 1 and "x.txt" in c.problems.problem.iloc[0]
        return
    article = c.items[0]
    said = [p for p in c.problems.problem if "x.txt" in p]
    # A byte order mark is not text: offsets index what follows it.
    body = next((data[len(bom):] for bom in BOMS if data.startswith(bom)), data)
    if article.encoding == "utf-8+cp1252":
        assert len(article.text) == len(body.decode("utf-8", errors="surrogateescape"))
        assert any("not valid UTF-8" in p for p in said)
    else:
        assert article.text.encode(article.encoding.replace("-sig", "")) == body
        if article.encoding not in ("utf-8", "utf-8-sig"):
            assert said, article.encoding
    if b"\x00" in body and article.encoding.startswith("utf-8"):
        assert any("NUL" in p for p in said)
    if not noise and encoding in ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32-le"):
        assert article.text == text
    p = article.paragraphs
    assert all(article.text[s:e] == t for s, e, t in zip(p.start, p.end, p.text))
    assert sum(len("".join(t.split())) for t in p.text) == len("".join(article.text.split()))


def _failing_to_csv(monkeypatch):
    """DataFrame.to_csv writes half of the table, then the process 'dies' (an exception)."""
    real = pd.DataFrame.to_csv

    def half(self, path_or_buf=None, *args, **kwargs):
        text = real(self, None, *args, **{k: v for k, v in kwargs.items() if k != "encoding"})
        Path(path_or_buf).write_text(text[:len(text) // 2], encoding="utf-8")
        raise KeyboardInterrupt("killed during the write")

    monkeypatch.setattr(pd.DataFrame, "to_csv", half)


def _write_with(kind, folder):
    if kind == "corpus.write_tables":
        corpus.write_tables(corpus.load_articles(folder / "good.txt"), folder=folder / "out")
    elif kind == "pipeline.write":
        from helpers import pipeline

        c = corpus.load_articles(folder / "good.txt")
        pipeline.write(pipeline.Workbook(c, pd.DataFrame({"a": [1, 2]}), None), directory=folder / "out")
    elif kind == "figures.save_figure":
        import matplotlib.pyplot as plt

        from helpers import figures

        fig = plt.figure(figsize=(0.5, 0.5))
        try:
            figures.save_figure(fig, "articles", data=pd.DataFrame({"a": [1, 2]}), directory=folder / "out")
        finally:
            plt.close(fig)
    else:
        import networkx as nx

        from helpers import network

        graph = nx.Graph()
        graph.add_edge("a", "b", weight=1)
        network.to_graphml(graph, folder / "out" / "articles.csv")


@pytest.mark.parametrize("kind", ["corpus.write_tables", "pipeline.write", "figures.save_figure", "network.to_graphml"])
def test_a_write_that_dies_leaves_the_previous_file(folder, monkeypatch, kind):
    """Issue 11, item 6: derived tables were written in place; a kill mid-write left a
    truncated file that looks valid. Now every writer goes through helpers.io."""
    import networkx as nx

    out = folder / "out"
    out.mkdir()
    previous = "article,n\nold,1\n"
    (out / "articles.csv").write_text(previous, encoding="utf-8")
    _failing_to_csv(monkeypatch)

    def half_graphml(graph, path, **kw):
        Path(path).write_text("<?xml version='1.0'?><graphml>", encoding="utf-8")
        raise KeyboardInterrupt("killed during the write")

    monkeypatch.setattr(nx, "write_graphml", half_graphml)
    with pytest.raises(KeyboardInterrupt):
        _write_with(kind, folder)
    assert (out / "articles.csv").read_text(encoding="utf-8") == previous
    assert not [f.name for f in out.iterdir() if f.name.endswith(".tmp")]  # no temporary file left either


def test_atomic_writes_keep_the_permissions_of_the_file_they_replace(tmp_path):
    from helpers.io import write_csv_atomic

    target = tmp_path / "t.csv"
    target.write_text("old\n", encoding="utf-8")
    target.chmod(0o640)
    write_csv_atomic(pd.DataFrame({"a": [1]}), target)
    assert target.read_text(encoding="utf-8") == "a\n1\n" and target.stat().st_mode & 0o777 == 0o640


@pytest.mark.parametrize("file, edit, message", [
    # a target file (data/targets/*.yaml): the schema names the key
    ("target", lambda b: b.update(anaphora_window="neuf cents"), "anaphora_window: Input should be a valid integer"),
    ("target", lambda b: b.update(party_window=450.5), "party_window: Input should be a valid integer"),
    ("target", lambda b: b.update(anaphora_window=-1), "anaphora_window: Input should be greater than or equal to 0"),
    # the stance lexicon: one accessor for integer settings names the section and the key
    ("lexicon", lambda b: b["cues"]["negation"].update(max_gap=True), "cues.negation: max_gap must be a whole number, got True"),
    ("lexicon", lambda b: b["cues"]["negation"].update(max_gap="six"), "cues.negation: max_gap must be a whole number, got 'six'"),
])
def test_integer_settings_of_the_codebook_name_the_file_and_the_key(tmp_path, file, edit, message):
    """Issue 11, item 10: "invalid literal for int()" named neither the file nor the key."""
    import yaml

    from helpers import stance

    seed = paths.TARGETS / "us_russia_military_cooperation.yaml"
    source = seed if file == "target" else paths.STANCE_LEXICON
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    edit(data)
    path = tmp_path / source.name
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(stance.CodebookError) as err:
        if file == "target":
            stance.load_codebook(path)
        else:
            stance.load_codebook(seed, lexicon=path)
    assert str(err.value).startswith(str(path)) and message in str(err.value)


def test_a_quoted_number_is_still_a_number(tmp_path):
    from helpers.schema import int_setting

    assert int_setting({"party_window": "450"}, "party_window", 0, where="f") == 450
    assert int_setting({}, "party_window", 7, where="f") == 7


def test_same_event_linking_is_linear_in_the_statements(monkeypatch):
    """Issue 11, item 15: a 1 MB single-line file took 90 s. Profiling (cProfile on a seed
    paragraph repeated to 1 MB without newlines) put 30 of 46 s in linking.same_events, which
    compared every pair of an article's statements; sentence splitting and quote pairing were
    linear (0.6 s). Counted, not timed: pairs compared for 4x the statements grow ~4x, not 16x."""
    from helpers.speech import linking

    def rows(n):
        # One speaker saying n different things (each pair shares one word: never one event).
        return [{"start": 10 * k, "end": 10 * k + 5, "para": 0, "sentence_start": 10 * k, "sentence_end": 10 * k + 9,
                 "speaker": "Sergueï Lavrov", "speaker_type": "person", "organization": "", "country": "RU",
                 "kind": "indirect", "cue": "a déclaré", "polarity": "assert",
                 "text": f"coopération numéro{k} mot{k}a mot{k}b mot{k}c", "date": "", "date_basis": "",
                 "date_anchor": "", "date_text": "", "_lemma": "déclarer", "_ftype": "", "_inherit": False}
                for k in range(n)]

    calls = []
    real = linking._Groups.find
    monkeypatch.setattr(linking._Groups, "find", lambda self, i: calls.append(i) or real(self, i))
    counts = []
    for n in (300, 1200):
        calls.clear()
        linking.same_events(rows(n), " " * (10 * n + 10))
        counts.append(len(calls))
    assert counts[1] < 6 * counts[0], counts


def test_sentence_splitting_memory_does_not_grow_with_the_quotations():
    """The quotation lookup used a dict entry per character inside quotations (a 5 MB line took
    284 MB); it is now one entry per quotation."""
    import tracemalloc

    para = SEED_002.read_text(encoding="utf-8").replace("\n", " ")
    text = para * 20  # about 100 KB on one line, a third of it inside « »
    corpus.sentences(text[:1000])  # lexicons loaded before measuring
    tracemalloc.start()
    try:
        spans = corpus.sentences(text)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(spans) > 100
    assert peak < 4 * len(text), peak  # it was 14 bytes per character


@settings(max_examples=60)
@given(st.text(alphabet=st.sampled_from(list('article,published;\t"\n\r 2017-01-24abc.txté')) | st.characters(),
               max_size=120))
def test_any_metadata_text_gives_rows_or_an_error_naming_the_file(content):
    """Whatever a metadata file holds: a table (bad rows listed with their line) or a
    CorpusError naming the file; never a crash or a silent loss of rows."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            md = corpus.parse_metadata(content, path="m.csv")
    except CorpusError as err:
        assert str(err).startswith("m.csv: ")
        return
    assert all(p.startswith("m.csv: row ") for p in md.problems)
    assert set(md.rows) == set(md.lines)
