"""The review ledger (helpers.reviews): recorded, validated, locked, read, applied; never rewritten."""
from __future__ import annotations

import multiprocessing
import warnings

import pandas as pd
import pytest

from helpers import explore, paths, reviews, stance

TARGET = "us_russia_military_cooperation"
BOOK = {"stances": ["favor", "against", "neutral", "none"], "targets": [TARGET, "t"]}
LEGACY = ",".join(stance.REVIEW_COLUMNS) + "\n"
LEDGER = ",".join(reviews.LEDGER_COLUMNS) + "\n"

TEXT_A = ("Le Pentagone a démenti toute coopération avec Moscou. « Nous ne coordonnons pas nos frappes "
          "avec la Russie », a déclaré Jeff Davis. Selon le Kremlin, une coordination reste possible, "
          "a ajouté Dmitri Peskov, qui s'est dit prêt à travailler avec Washington.")
TEXTS = {"a": TEXT_A, "b": "John Kirby a rejeté l'offre russe d'opérations conjointes en Syrie."}


def span(article: str, words: str) -> tuple[int, int]:
    s = TEXTS[article].index(words)
    return s, s + len(words)


QUOTE = span("a", "Nous ne coordonnons pas nos frappes avec la Russie")
SELON = span("a", "une coordination reste possible")
MISSED = span("a", "prêt à travailler avec Washington")
OFFER = span("b", "l'offre russe d'opérations conjointes en Syrie")


@pytest.fixture()
def coded() -> pd.DataFrame:
    rows = [
        ("a", *QUOTE, "Jeff Davis", "US Department of Defense", "US", TARGET, "against"),
        ("a", *SELON, "Kremlin", "Kremlin", "RU", TARGET, "favor"),
        ("b", *OFFER, "John Kirby", "US Department of State", "US", "", "none"),
    ]
    df = pd.DataFrame(rows, columns=["article", "start", "end", "speaker", "organization", "country", "target", "stance"])
    return df.assign(text=[TEXTS[a][s:e] for a, s, e in zip(df["article"], df["start"], df["end"])],
                     kind="direct", published="2017-01-24")


def write(folder, name, body, header=LEDGER):
    p = folder / name
    p.write_text(header + body, encoding="utf-8")
    return p


def ledger_row(action, article, start, end, *, coder="ana", recorded="2026-01-02T10:00:00Z", **fields):
    row = {c: "" for c in reviews.LEDGER_COLUMNS}
    row.update(action=action, article=article, start=str(start), end=str(end), coder=coder, recorded=recorded,
               tool_version="0.1.0", **{k: str(v) for k, v in fields.items()})
    return ",".join(f'"{row[c]}"' if "," in row[c] else row[c] for c in reviews.LEDGER_COLUMNS) + "\n"


def apply(coded, folder):
    return reviews.apply(coded, annotations=folder, texts=TEXTS, codebook=BOOK)


# --------------------------------------------------------------------------- legacy files still read

def test_no_reviews_means_all_automatic(coded, tmp_path):
    out = apply(coded, tmp_path)
    assert out["stance_source"].tolist() == ["automatic"] * 3
    assert out["stance"].tolist() == coded["stance"].tolist()


@pytest.mark.parametrize("rows, expected_stance, expected_speaker", [
    # one correction
    (f"a,{QUOTE[0]},{QUOTE[1]},{TARGET},neutral,,pas un refus,ana,2026-01-02\n", "neutral", "Jeff Davis"),
    # append-only log: the later row of the same coder wins
    (f"a,{QUOTE[0]},{QUOTE[1]},{TARGET},favor,,first,ana,2026-01-02\n"
     f"a,{QUOTE[0]},{QUOTE[1]},{TARGET},neutral,,second thought,ana,2026-01-03\n", "neutral", "Jeff Davis"),
    # a speaker correction, stance confirmed
    (f"a,{QUOTE[0]},{QUOTE[1]},{TARGET},against,Ned Price,speaker fix,bo,2026-01-02\n", "against", "Ned Price"),
    # blank stance keeps the automatic one but marks the row reviewed
    (f"a,{QUOTE[0]},{QUOTE[1]},,,,looked at it,bo,2026-01-02\n", "against", "Jeff Davis"),
])
def test_legacy_reviews_override(coded, tmp_path, rows, expected_stance, expected_speaker):
    write(tmp_path, "reviews.csv", rows, header=LEGACY)
    out = apply(coded, tmp_path)
    assert (out.loc[0, "stance"], out.loc[0, "speaker"], out.loc[0, "stance_source"]) == (
        expected_stance, expected_speaker, "reviewed")
    assert out.loc[1:, "stance_source"].tolist() == ["automatic", "automatic"]


@pytest.mark.parametrize("article, start, end", [("b", 0, 10), ("a", 0, 14), ("a", QUOTE[0] - 30, QUOTE[0] + 10)])
def test_unmatched_review_warns_and_is_ignored(coded, tmp_path, article, start, end):
    """No statement covers the reviewed span well enough (none, or less than half of one)."""
    write(tmp_path, "ledger.csv", ledger_row("change", article, start, end, stance="against"))
    with pytest.warns(UserWarning, match=r"ledger.csv, line 2: .*matches no statement"):
        out = apply(coded, tmp_path)
    assert (out["stance_source"] == "automatic").all()


@pytest.mark.parametrize("shift", [(1, 0), (0, -4), (3, 2)])
def test_review_follows_a_statement_whose_boundaries_moved(coded, tmp_path, shift):
    start, end = QUOTE[0] + shift[0], QUOTE[1] + shift[1]
    write(tmp_path, "ledger.csv", ledger_row("change", "a", start, end, stance="neutral"))
    with pytest.warns(UserWarning, match=r"boundaries moved"):
        out = apply(coded, tmp_path)
    assert out.loc[0, "stance"] == "neutral" and out.loc[0, "stance_source"] == "reviewed"


# --------------------------------------------------------------------------- every action

def test_each_action_reaches_the_table(coded, tmp_path):
    body = (ledger_row("confirm", "a", *SELON)
            + ledger_row("change", "b", *OFFER, target=TARGET, stance="against", note="refus de l'offre")
            + ledger_row("change", "a", *QUOTE, speaker="Jeff Davis", organization="Pentagone", country="US")
            + ledger_row("add", "a", *MISSED, speaker="Dmitri Peskov", organization="Kremlin", country="RU",
                         kind="indirect", target=TARGET, stance="favor", note="oubli du tagger"))
    write(tmp_path, "ledger.csv", body)
    out = apply(coded, tmp_path)
    assert out["stance_source"].tolist() == ["reviewed"] * 4
    assert out.loc[1, "stance"] == "favor"  # confirmed as it was
    assert (out.loc[2, "target"], out.loc[2, "stance"], out.loc[2, "review_note"]) == (TARGET, "against", "refus de l'offre")
    assert out.loc[0, "organization"] == "Pentagone"
    added = out.iloc[3]
    assert (added["article"], added["start"], added["end"]) == ("a", *MISSED)
    assert added["text"] == "prêt à travailler avec Washington"
    assert (added["speaker"], added["country"], added["kind"], added["stance"]) == ("Dmitri Peskov", "RU", "indirect", "favor")
    assert added["published"] == "2017-01-24"  # placed like the other statements of its article
    assert out.attrs["added"] == 1


def test_applying_reviews_leaves_the_coded_table_untouched(coded, tmp_path):
    body = (ledger_row("change", "b", *OFFER, target=TARGET, stance="against")
            + ledger_row("delete", "a", *SELON)
            + ledger_row("add", "a", *MISSED, stance="favor", target=TARGET))
    write(tmp_path, "ledger.csv", body)
    before = coded.copy()
    out = apply(coded, tmp_path)
    assert out.attrs["added"] == 1 and out.attrs["deleted"] == 1 and "against" in set(out["stance"])
    pd.testing.assert_frame_equal(coded, before)


def test_delete_and_span(coded, tmp_path):
    new = span("a", "une coordination reste possible, a ajouté Dmitri Peskov")
    body = (ledger_row("delete", "b", *OFFER, note="pas une déclaration")
            + ledger_row("span", "a", *SELON, new_start=new[0], new_end=new[1])
            # a later decision keys the statement by its new span
            + ledger_row("change", "a", *new, stance="neutral", coder="bo"))
    write(tmp_path, "ledger.csv", body)
    out = apply(coded, tmp_path)
    assert len(out) == 2 and "b" not in set(out["article"])
    assert (out.loc[1, "start"], out.loc[1, "end"]) == new
    assert out.loc[1, "text"] == TEXT_A[new[0]:new[1]] and out.loc[1, "stance"] == "neutral"


def test_last_decision_per_coder_then_latest_coder_wins(coded, tmp_path):
    write(tmp_path, "ledger.csv",
          ledger_row("change", "a", *QUOTE, stance="favor", coder="ana")
          + ledger_row("change", "a", *QUOTE, stance="neutral", coder="bo")
          + ledger_row("change", "a", *QUOTE, stance="against", coder="ana"))  # ana changes her mind last
    decided = reviews.decisions(reviews.read(tmp_path, codebook=BOOK))
    assert sorted(zip(decided["coder"], decided["stance"])) == [("ana", "against"), ("bo", "neutral")]
    assert apply(coded, tmp_path).loc[0, "stance"] == "against"


# --------------------------------------------------------------------------- issue 11, item 13

@pytest.mark.parametrize("start, end, message", [
    (QUOTE[1], QUOTE[0], "'start' must be before 'end'"),          # inverted
    (-5, QUOTE[1], "must be non-negative integer offsets"),        # negative
    (QUOTE[0], len(TEXT_A) + 40, "past the end of article 'a'"),   # beyond the text
])
def test_review_refuses_bad_offsets_before_writing(tmp_path, start, end, message):
    path = tmp_path / "reviews.csv"
    row = {"article": "a", "start": start, "end": end, "stance": "against", "target": TARGET}
    with pytest.raises(ValueError, match=message):
        explore.review(row, path=path, codebook=BOOK, corpus=TEXTS)
    assert not path.exists()


def test_review_refuses_an_unknown_article(tmp_path):
    path = tmp_path / "reviews.csv"
    row = {"article": "999_inconnu", "start": 0, "end": 10, "stance": "against", "target": TARGET}
    with pytest.raises(ValueError, match="unknown article '999_inconnu'"):
        explore.review(row, path=path, codebook=BOOK)  # default corpus: the seeds
    assert not path.exists()


@pytest.mark.parametrize("row, message", [
    ("a,{s},{e},{t},pro,,,ana,2026-01-02\n", r"line 2: unknown stance 'pro'"),
    ("a,{s},x,{t},favor,,,ana,2026-01-02\n", r"line 2: 'start' and 'end' must be non-negative integer offsets"),
    ("a,{e},{s},{t},favor,,,ana,2026-01-02\n", r"line 2: 'start' must be before 'end'"),
    (",{s},{e},{t},favor,,,ana,2026-01-02\n", r"line 2: empty 'article'"),
    ("a,{s},{e},cooperation_nucleaire,favor,,,ana,2026-01-02\n", r"line 2: unknown target 'cooperation_nucleaire'"),
    ("a,{s},{e},{t},favor,,\"une note, avec virgule\",non cité,ana,2026-01-02\n", r"line 2: 10 fields where the header has 9"),
    ("zz,{s},{e},{t},favor,,,ana,2026-01-02\n", r"line 2: unknown article 'zz'"),
])
def test_a_bad_row_is_reported_and_skipped_never_stops_the_workbook(coded, tmp_path, row, message):
    good = f"a,{SELON[0]},{SELON[1]},{TARGET},neutral,,,bo,2026-01-03\n"
    p = write(tmp_path, "reviews.csv", row.format(s=QUOTE[0], e=QUOTE[1], t=TARGET) + good, header=LEGACY)
    with pytest.warns(reviews.ReviewWarning, match=message) as caught:
        out = apply(coded, tmp_path)
    assert str(p) in str(caught[0].message)
    assert out.loc[0, "stance_source"] == "automatic"  # the bad row changed nothing
    assert out.loc[1, "stance"] == "neutral"           # the good row after it still counts


def test_a_row_with_extra_fields_is_not_a_problem_with_start(tmp_path):
    write(tmp_path, "reviews.csv", f"a,{QUOTE[0]},{QUOTE[1]},{TARGET},favor,,note,ana,2026-01-02,extra\n", header=LEGACY)
    with pytest.warns(reviews.ReviewWarning) as caught:
        reviews.read(tmp_path, codebook=BOOK)
    message = str(caught[0].message)
    assert "10 fields where the header has 9" in message and "'start'" not in message


def test_a_file_with_other_columns_is_reported_and_skipped(coded, tmp_path):
    (tmp_path / "notes.csv").write_text("article,start,end\na,10,50\n", encoding="utf-8")
    with pytest.warns(reviews.ReviewWarning, match="notes.csv, line 1: header"):
        out = apply(coded, tmp_path)
    assert (out["stance_source"] == "automatic").all()


# --------------------------------------------------------------------------- record

@pytest.mark.parametrize("statement, kwargs, message", [
    ({"article": "a", "start": QUOTE[0], "end": QUOTE[1]}, {"action": "approve"}, "unknown action 'approve'"),
    ({"article": "a", "start": QUOTE[0], "end": QUOTE[1]}, {"action": "change", "stance": "plutôt pour"}, "unknown stance"),
    ({"article": "a", "start": QUOTE[0], "end": QUOTE[1]}, {"action": "change", "target": "nucleaire"}, "unknown target 'nucleaire'"),
    ({"article": "a", "start": QUOTE[0], "end": QUOTE[1]}, {"action": "change"}, "a change sets at least one of"),
    ({"article": "a", "start": QUOTE[0], "end": QUOTE[1]}, {"action": "change", "country": "Russie"}, "not an ISO 3166"),
    ({"article": "a", "start": QUOTE[0], "end": QUOTE[1]}, {"coder": ""}, "empty 'coder'"),
    ({"article": "a", "start": QUOTE[0], "end": QUOTE[1]}, {"action": "span", "span": (40, 20)}, "'new_start' must be before"),
    ({"article": "a", "start": MISSED[0], "end": MISSED[1]}, {"action": "add"}, "an added statement needs a stance"),
    ({"article": "c", "start": 0, "end": 10}, {}, "unknown article 'c'"),
])
def test_record_refuses_bad_reviews(tmp_path, statement, kwargs, message):
    path = tmp_path / "ledger.csv"
    kwargs = {"coder": "ana", **kwargs}
    with pytest.raises(reviews.ReviewError, match=message):
        reviews.record(statement, path=path, corpus=TEXTS, codebook=BOOK, **kwargs)
    assert not path.exists()


def test_record_writes_coder_time_and_version_and_only_appends(tmp_path):
    path = tmp_path / "ledger.csv"
    first = reviews.record({"article": "a", "start": QUOTE[0], "end": QUOTE[1]}, coder="ana", path=path,
                           corpus=TEXTS, codebook=BOOK)
    before = path.read_bytes()
    reviews.record({"article": "a", "start": MISSED[0], "end": MISSED[1]}, action="add", stance="favor",
                   target=TARGET, speaker="Dmitri Peskov", coder="bo", note="ligne\nsuivante", path=path,
                   corpus=TEXTS, codebook=BOOK)
    after = path.read_bytes()
    assert after.startswith(before) and after.decode("utf-8").count("\n") == 3
    read = reviews.read(path, codebook=BOOK, texts=TEXTS)
    assert read["coder"].tolist() == ["ana", "bo"] and read["action"].tolist() == ["confirm", "add"]
    assert read.loc[1, "note"] == "ligne suivante"
    assert first["tool_version"] and first["recorded"].endswith("Z") and "T" in first["recorded"]


def _append_many(path, who, n, go):
    go.wait()
    for i in range(n):
        row = reviews.make_row({"article": "a", "start": i, "end": i + 5}, action="change", stance="neutral",
                               coder=who)
        reviews.append_rows(path, reviews.LEDGER_COLUMNS, [row])


def test_two_processes_appending_to_a_new_ledger(tmp_path):
    """500 reviews each, started at the same moment on a ledger that does not exist yet."""
    path = tmp_path / "ledger.csv"
    ctx = multiprocessing.get_context("fork")
    go = ctx.Event()
    workers = [ctx.Process(target=_append_many, args=(path, who, 500, go)) for who in ("ana", "bo")]
    for w in workers:
        w.start()
    go.set()
    for w in workers:
        w.join(timeout=120)
        assert w.exitcode == 0
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines.count(",".join(reviews.LEDGER_COLUMNS)) == 1 and lines[0] == ",".join(reviews.LEDGER_COLUMNS)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # every row parses
        read = reviews.read(path, codebook=BOOK)
    assert len(read) == 1000 and read["coder"].value_counts().to_dict() == {"ana": 500, "bo": 500}


def test_reviews_are_never_written_by_apply(coded, tmp_path):
    p = write(tmp_path, "ledger.csv", ledger_row("change", "a", *QUOTE, stance="neutral"))
    before = p.read_bytes(), sorted(tmp_path.iterdir())
    apply(coded, tmp_path)
    assert (p.read_bytes(), sorted(tmp_path.iterdir())) == before


def test_shipped_annotations_folder_is_valid():
    """The repository's own ledgers read without a warning, in the ledger or the legacy columns."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        read = stance.read_annotations(paths.ANNOTATIONS)
    assert list(read.columns) == reviews.READ_COLUMNS
    headers = {f.name: f.read_text(encoding="utf-8").splitlines()[0] for f in paths.ANNOTATIONS.glob("*.csv")}
    assert headers["ledger.csv"] == ",".join(reviews.LEDGER_COLUMNS)
    assert set(headers.values()) <= {",".join(reviews.LEDGER_COLUMNS), ",".join(reviews.LEGACY_COLUMNS)}
