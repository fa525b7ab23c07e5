"""Analyst reviews (data/annotations/*.csv): read, validated, applied; never written by code."""
from __future__ import annotations

import pandas as pd
import pytest

from helpers import paths, stance

HEADER = ",".join(stance.REVIEW_COLUMNS) + "\n"


@pytest.fixture()
def coded() -> pd.DataFrame:
    return pd.DataFrame([
        {"article": "a", "start": 10, "end": 50, "text": "x", "speaker": "John Kirby", "target": "t", "stance": "favor"},
        {"article": "a", "start": 60, "end": 90, "text": "y", "speaker": "Jeff Davis", "target": "", "stance": "none"},
        {"article": "b", "start": 10, "end": 50, "text": "z", "speaker": "", "target": "t", "stance": "against"},
    ])


def write(folder, name, body):
    p = folder / name
    p.write_text(HEADER + body, encoding="utf-8")
    return p


def test_no_reviews_means_all_automatic(coded, tmp_path):
    out = stance.apply_reviews(coded, annotations=tmp_path)
    assert out["stance_source"].tolist() == ["automatic"] * 3
    assert out["stance"].tolist() == coded["stance"].tolist()


@pytest.mark.parametrize("rows, expected_stance, expected_speaker", [
    # one correction
    ("a,10,50,t,against,,wrong polarity,ana,2026-01-02\n", "against", "John Kirby"),
    # append-only log: the later row for the same key wins
    ("a,10,50,t,against,,first,ana,2026-01-02\na,10,50,t,neutral,,second thought,ana,2026-01-03\n", "neutral", "John Kirby"),
    # a speaker correction, stance confirmed
    ("a,10,50,t,favor,Ned Price,speaker fix,bo,2026-01-02\n", "favor", "Ned Price"),
    # blank stance keeps the automatic one but marks the row reviewed
    ("a,10,50,t,,,looked at it,bo,2026-01-02\n", "favor", "John Kirby"),
])
def test_reviews_override(coded, tmp_path, rows, expected_stance, expected_speaker):
    write(tmp_path, "reviews.csv", rows)
    out = stance.apply_reviews(coded, annotations=tmp_path)
    assert out.loc[0, "stance"] == expected_stance
    assert out.loc[0, "speaker"] == expected_speaker
    assert out.loc[0, "stance_source"] == "reviewed"
    assert out.loc[1:, "stance_source"].tolist() == ["automatic", "automatic"]


def test_later_file_wins_and_target_is_set(coded, tmp_path):
    write(tmp_path, "1-ana.csv", "a,60,90,t,against,,,ana,2026-01-02\n")
    write(tmp_path, "2-bo.csv", "a,60,90,t,favor,,disagree with ana,bo,2026-01-05\n")
    out = stance.apply_reviews(coded, annotations=tmp_path)
    assert (out.loc[1, "target"], out.loc[1, "stance"], out.loc[1, "review_note"]) == ("t", "favor", "disagree with ana")


@pytest.mark.parametrize("start, end", [(92, 120), (40, 65), (0, 9)])
def test_unmatched_review_warns_and_is_ignored(coded, tmp_path, start, end):
    """No statement covers the reviewed span well enough (none, or less than half of one)."""
    write(tmp_path, "reviews.csv", f"a,{start},{end},t,against,,,ana,2026-01-02\n")
    with pytest.warns(UserWarning, match=r"reviews.csv, line 2: .*matches no statement"):
        out = stance.apply_reviews(coded, annotations=tmp_path)
    assert (out["stance_source"] == "automatic").all()


@pytest.mark.parametrize("start, end, row", [
    (11, 50, 0),   # the tagger now starts the statement one character earlier
    (10, 56, 0),   # ... or ends it a few words later
    (62, 88, 1),   # a shorter span inside the statement
])
def test_review_follows_a_statement_whose_boundaries_moved(coded, tmp_path, start, end, row):
    write(tmp_path, "reviews.csv", f"a,{start},{end},,neutral,,,ana,2026-01-02\n")
    with pytest.warns(UserWarning, match=r"boundaries moved"):
        out = stance.apply_reviews(coded, annotations=tmp_path)
    assert out.loc[row, "stance"] == "neutral" and out.loc[row, "stance_source"] == "reviewed"
    assert (out.drop(index=row)["stance_source"] == "automatic").all()


@pytest.mark.parametrize("rows, message", [
    ("a,10,50,t,pro,,,ana,2026-01-02\n", r"line 2: unknown stance 'pro'"),
    ("a,10,x,t,favor,,,ana,2026-01-02\n", r"line 2: 'start' and 'end' must be offsets"),
    ("a,50,10,t,favor,,,ana,2026-01-02\n", r"line 2: 'start' and 'end'"),
    ("a,10,50,t,favor,,,ana,2026-01-02\n,10,50,t,favor,,,ana,2026-01-02\n", r"line 3: empty 'article'"),
])
def test_bad_rows_name_file_and_line(coded, tmp_path, rows, message):
    p = write(tmp_path, "reviews.csv", rows)
    with pytest.raises(ValueError, match=message) as err:
        stance.apply_reviews(coded, annotations=tmp_path)
    assert str(p) in str(err.value)


def test_missing_columns(coded, tmp_path):
    (tmp_path / "reviews.csv").write_text("article,start,end\na,10,50\n", encoding="utf-8")
    with pytest.raises(ValueError, match="lacks columns"):
        stance.apply_reviews(coded, annotations=tmp_path)


def test_reviews_are_never_written(coded, tmp_path):
    p = write(tmp_path, "reviews.csv", "a,10,50,t,against,,,ana,2026-01-02\n")
    before = p.read_bytes(), sorted(tmp_path.iterdir())
    stance.apply_reviews(coded, annotations=tmp_path)
    assert (p.read_bytes(), sorted(tmp_path.iterdir())) == before


def test_shipped_annotations_folder_is_valid():
    """The repository's own annotations read without error and use the shared columns."""
    reviews = stance.read_annotations(paths.ANNOTATIONS)
    assert list(reviews.columns[: len(stance.REVIEW_COLUMNS)]) == stance.REVIEW_COLUMNS
    for f in paths.ANNOTATIONS.glob("*.csv"):
        assert f.read_text(encoding="utf-8").splitlines()[0] == ",".join(stance.REVIEW_COLUMNS)
