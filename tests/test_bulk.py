"""Tagging at scale: batches, workers and streamed linking give the bytes of one process."""
from __future__ import annotations

import random
import shutil
import unicodedata
from datetime import date

import pandas as pd
import pytest

from helpers import actors, bulk, corpus, paths, speech, stance
from helpers.__main__ import main


# --------------------------------------------------------------------------- streamed linking

def reference_link(table: pd.DataFrame, threshold: float = 0.6, days: int = 3) -> list[str]:
    """``link_utterances`` as it was written for one in-memory table (before the streamed
    linker): every block compared in turn, the whole index kept."""
    def norm(s):
        s = unicodedata.normalize("NFKD", s.replace("’", "'"))
        s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
        import re
        return re.findall(r"[a-z0-9]+", s)

    n = len(table)
    parent = list(range(n))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i, j):
        a, b = find(i), find(j)
        if a != b:
            parent[max(a, b)] = min(a, b)

    first = {}
    for i, key in enumerate(table["utterance"].fillna("").astype(str)):
        if key:
            j = first.setdefault(key, i)
            if j != i:
                union(i, j)
    toks = [set(norm(t)) for t in table["text"]]
    flat = [" ".join(norm(t)) for t in table["text"]]
    dates = [date.fromisoformat(d) if isinstance(d, str) and len(d) == 10 else None for d in table["date"]]
    keys = [(c or s or "?") for c, s in zip(table["country"].fillna(""), table["speaker"].fillna(""))]
    blocks = {}
    for i, k in enumerate(keys):
        blocks.setdefault(k, []).append(i)
    arts = list(table["article"])
    for members in blocks.values():
        index, exact = {}, {}
        for i in members:
            same = exact.get(flat[i])
            if same is not None and arts[same] != arts[i] and (
                    not dates[i] or not dates[same] or abs((dates[i] - dates[same]).days) <= days):
                union(i, same)
                exact[flat[i]] = i
                continue
            exact[flat[i]] = i
            keys_i = sorted((t for t in toks[i] if len(t) > 3), key=lambda t: (-len(t), t))[:12]
            cands = set()
            for t in keys_i:
                cands.update(index.get(t, ())[-200:])
            for j in sorted(cands):
                if arts[i] == arts[j] or find(i) == find(j):
                    continue
                if dates[i] and dates[j] and abs((dates[i] - dates[j]).days) > days:
                    continue
                a, b = toks[i], toks[j]
                if not a or not b:
                    continue
                inter = len(a & b)
                contained = (len(flat[i]) > 20 and flat[i] in flat[j]) or (len(flat[j]) > 20 and flat[j] in flat[i])
                nested = min(len(a), len(b)) >= 8 and inter / min(len(a), len(b)) >= 0.85
                if inter / len(a | b) >= threshold or contained or nested:
                    union(i, j)
            for t in toks[i]:
                if len(t) > 3:
                    index.setdefault(t, []).append(i)
    order, ids = {}, []
    for i in range(n):
        ids.append(order.setdefault(find(i), f"u{len(order) + 1:04d}"))
    return ids


CLAIMS = [
    "Nous n'envisageons aucune opération militaire conjointe avec la Russie en Syrie",
    "Le Pentagone ne coordonne pas ses frappes aériennes avec l'armée russe",
    "La Russie est prête à coordonner ses frappes avec la coalition menée par Washington",
    "Il n'y a pas de coopération militaire entre Moscou et Washington",
    "Alors bien sûr, nous sommes preneurs",
    "Les discussions se poursuivront à Genève la semaine prochaine",
]


def synthetic_statements(n: int, *, seed: int, countries=("US", "RU", "", "US")) -> pd.DataFrame:
    """Reprints and rewordings of a few claims by a few speakers over many articles: enough
    rows sharing words for the capped candidate windows to fill and roll over."""
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        words = rng.choice(CLAIMS).split()
        if rng.random() < 0.5:  # a reworded report: words dropped or added
            words = [w for w in words if rng.random() > 0.2] + rng.sample(["selon", "jeudi", "officiellement", "russes"], 2)
        day = rng.choice(["", f"2017-01-{rng.randrange(10, 28):02d}"])
        rows.append({"article": f"a{i // 7:05d}", "start": i % 7, "text": " ".join(words), "date": day,
                     "country": rng.choice(countries), "speaker": rng.choice(["", "John Kirby", "Sergueï Lavrov"]),
                     "utterance": f"a{i // 7:05d}@{i % 7}" if rng.random() < 0.05 else ""})
    return pd.DataFrame(rows)


@pytest.mark.parametrize("n, seed, chunk, countries", [
    (300, 1, 300, ("US", "RU", "", "US")),
    # One block: more than 200 rows share each word, so candidate windows roll over.
    (700, 2, 700, ("US",)),
    (700, 3, 37, ("US",)),
])
def test_streamed_linker_links_like_the_whole_table(n, seed, chunk, countries):
    table = synthetic_statements(n, seed=seed, countries=countries)
    linker = speech.UtteranceLinker()
    for k in range(0, n, chunk):
        linker.add(table.iloc[k:k + chunk])
    streamed = [speech.utterance_id(x) for x in linker.labels()]
    assert streamed == reference_link(table)
    assert speech.link_utterances(table)["utterance"].tolist() == streamed
    assert len(set(streamed)) < n / 2  # reprints were linked: the test compares real groups


def test_streamed_linker_drops_rows_out_of_every_window():
    table = synthetic_statements(3000, seed=5, countries=("US",))
    linker = speech.UtteranceLinker()
    for k in range(0, len(table), 300):
        linker.add(table.iloc[k:k + 500])
    # Six claims in one block: a row leaves memory once 200 later rows of the block share each
    # of its words, so what is held stays near 6 x 200 rows however many are added.
    assert len(linker.rows) < 3000 / 2


# --------------------------------------------------------------------------- batches and workers

def tag_cli(folder, out, *extra):
    assert main(["tag", str(folder), "--metadata", str(paths.HELDOUT / "articles.csv"), "--out", str(out),
                 "-q", *extra]) == 0
    return out.read_bytes()


@pytest.fixture(scope="module")
def heldout_once(tmp_path_factory):
    """The held-out set tagged in one batch, in this process (the reference bytes)."""
    out = tmp_path_factory.mktemp("ref") / "s.csv"
    return tag_cli(paths.HELDOUT / "articles", out, "--jobs", "1")


@pytest.mark.parametrize("batch_size", [1, 3, 100])
def test_batches_give_the_bytes_of_one_pass(tmp_path, heldout_once, batch_size):
    out = tag_cli(paths.HELDOUT / "articles", tmp_path / "s.csv", "--jobs", "1", "--batch-size", str(batch_size))
    assert out == heldout_once
    assert not [p for p in tmp_path.iterdir() if p.name != "s.csv"]  # no batch files left behind


def test_parquet_output_holds_the_same_table(tmp_path, heldout_once):
    tag_cli(paths.HELDOUT / "articles", tmp_path / "s.parquet", "--batch-size", "3", "--jobs", "1")
    table = pd.read_parquet(tmp_path / "s.parquet")
    table.to_csv(tmp_path / "again.csv", index=False)
    assert (tmp_path / "again.csv").read_bytes() == heldout_once


def test_two_dask_workers_on_loopback_give_the_bytes_of_one_process(tmp_path, heldout_once):
    from dask.distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster:
        out = tag_cli(paths.HELDOUT / "articles", tmp_path / "s.csv", "--scheduler", cluster.scheduler_address,
                      "--batch-size", "2")
    assert out == heldout_once


def test_two_local_processes_give_the_bytes_of_one_process(tmp_path, heldout_once):
    out = tag_cli(paths.HELDOUT / "articles", tmp_path / "s.csv", "--jobs", "2", "--batch-size", "2")
    assert out == heldout_once


def test_problems_are_reported_in_file_order(tmp_path):
    folder = tmp_path / "in"
    (folder / "b").mkdir(parents=True)
    shutil.copy(paths.SEEDS / "000_47ffda2e89d02b5c.txt", folder)
    shutil.copy(paths.SEEDS / "000_47ffda2e89d02b5c.txt", folder / "b")   # same id: skipped
    (folder / "b" / "empty.txt").write_bytes(b"")
    result = bulk.tag_files(folder, out=tmp_path / "s.csv", jobs=1, batch_size=1, codebook=None)
    messages = [m for _, m in result.problems]
    assert result.n_articles == 1 and result.workers == 1  # one job: no worker process started
    assert "already loaded" in messages[0] and "empty.txt" in messages[-1]


def test_what_in_a_folder_is_no_article_is_reported(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(paths.SEEDS / "000_47ffda2e89d02b5c.txt", folder)
    (folder / "zz_gone.txt").symlink_to(tmp_path / "nowhere.txt")  # a broken link: never read
    result = bulk.tag_files(folder, out=tmp_path / "s.csv", jobs=1, codebook=None)
    assert result.n_articles == 1
    assert any("zz_gone.txt" in m and "broken symbolic link" in m for _, m in result.problems)


@pytest.mark.parametrize("argv, message", [
    (["--jobs", "0"], "at least 1"),
    (["--batch-size", "deux"], "at least 1"),
])
def test_bad_worker_options_are_usage_errors(tmp_path, capsys, argv, message):
    with pytest.raises(SystemExit) as exit_:
        main(["tag", str(paths.SEEDS), "--out", str(tmp_path / "s.csv"), *argv])
    assert exit_.value.code == 2
    assert message in capsys.readouterr().err


def test_unreachable_scheduler_is_named(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(bulk, "CONNECT_TIMEOUT", "2s")
    status = main(["tag", str(paths.SEEDS), "--out", str(tmp_path / "s.csv"), "-q",
                   "--scheduler", "tcp://127.0.0.1:9"])
    assert status == 1
    err = capsys.readouterr().err
    assert "tcp://127.0.0.1:9" in err and "scheduler" in err
    assert not (tmp_path / "s.csv").exists()


def test_tag_batch_is_the_notebooks_tagging():
    files = sorted(paths.SEEDS.glob("*.txt"))[:2]
    table, problems, n = bulk.tag_batch(files, register=actors.load_register(), codebook=stance.load_codebook())
    assert n == 2 and not problems
    assert table.article.unique().tolist() == [f.stem for f in files]
    for art in corpus.iter_articles(files):
        rows = table[table.article == art.id]
        assert all(art.text[s:e] == t for s, e, t in zip(rows.start, rows.end, rows.text))


# --------------------------------------------------------------------------- the notebooks' run()

@pytest.fixture(scope="module")
def large_folder(tmp_path_factory):
    """More articles than pipeline.LARGE: copies of the held-out texts under distinct names."""
    from helpers import pipeline

    folder = tmp_path_factory.mktemp("large")
    sources = sorted((paths.HELDOUT / "articles").glob("*.txt"))
    for i in range(pipeline.LARGE + 4):
        shutil.copy(sources[i % len(sources)], folder / f"c{i:03d}_{sources[i % len(sources)].stem}.txt")
    # One article with a problem of its own: a byte that is not UTF-8 (read as cp1252, reported).
    data = sources[0].read_bytes()
    (folder / "z_stray_byte.txt").write_bytes(data.replace("é".encode(), b"\xe9", 1))
    return folder


def test_run_on_a_large_corpus_keeps_its_tables_on_disk(large_folder):
    import warnings

    from helpers import pipeline

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        lazy = pipeline.run(large_folder, metadata=None, annotations=None, jobs=1)
        whole = corpus.load_articles(large_folder)
    assert isinstance(lazy.corpus, bulk.LazyCorpus) and len(lazy.corpus) == len(whole)
    for name in ("articles", "paragraphs", "comments"):
        got, expected = getattr(lazy.corpus, name), getattr(whole, name)
        assert got.astype(str).equals(expected.astype(str)), name
    first, last = whole.items[0], whole.items[-1]
    assert lazy.corpus[first.id].text == first.text
    assert lazy.corpus[last.id].problems == last.problems != []
    assert lazy.corpus.texts()[last.id] == last.text and "nothing" not in lazy.corpus.texts()
    assert list(lazy.corpus.by_id()) == list(whole.by_id()) == [a.id for a in whole.items]
    # Iterating reads the files again but takes what cleaning found from the stored tables:
    # the same articles as cleaning them again.
    assert any(a.problems for a in whole.items) and len(whole.comments)
    for got, expected in zip(lazy.corpus.items, whole.items, strict=True):
        assert (got.id, got.path, got.text, got.encoding, got.meta, got.problems) == (
            expected.id, expected.path, expected.text, expected.encoding, expected.meta, expected.problems)
        for name in ("paragraphs", "comments"):
            a, b = getattr(got, name), getattr(expected, name)
            assert list(a.columns) == list(b.columns) and a.astype(str).equals(b.astype(str)), (got.id, name)
    # The statements are those of tagging in one process (the tag command's table).
    reference = speech.link_utterances(pd.concat(
        [t for t in pipeline.iter_coded(whole.items, codebook=stance.load_codebook()) if len(t)], ignore_index=True))
    cols = ["article", "start", "end", "speaker", "date", "utterance", "target", "stance"]
    assert lazy.statements[cols].astype(str).equals(reference[cols].astype(str))
    assert set(lazy.statements["stance_source"]) == {"automatic"}


def test_a_project_tags_its_large_corpus_once(tmp_path, large_folder, monkeypatch):
    """The notebooks of a project each run the pipeline: a large corpus is tagged by the first
    and read back by the others, until an input changes."""
    import warnings

    from helpers import pipeline

    project = tmp_path / "porte-parole.yaml"
    project.write_text(f"name: large\ncorpus: [{large_folder}]\nannotations: null\njobs: 1\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        first = pipeline.run(project)

        def no_tagging(*args, **kwargs):
            raise AssertionError("tagged again")

        monkeypatch.setattr(bulk, "tag_files", no_tagging)
        again = pipeline.run(project)
        assert again.statements.equals(first.statements)
        assert again.corpus.articles.equals(first.corpus.articles)
        assert again.corpus.problems.equals(first.corpus.problems)
        project.write_text(project.read_text(encoding="utf-8").replace("name: large", "name: larger"), encoding="utf-8")
        with pytest.raises(AssertionError, match="tagged again"):
            pipeline.run(project)
    assert len(list((tmp_path / pipeline.CACHE).iterdir())) == 1  # one key kept, no temporary left


METADATA_CASES = [
    "article,published,outlet\na1,2017-01-23,Le Monde\na2,2017-01-24,Libération\n",
    # a bad date (ignored), a ragged row (skipped), a second row for a1 (skipped), no id (skipped)
    "article,published,outlet,date_basis\na1,2017-01-23,Le Monde,text\na2,2017-13-01,Libé,metadata\n"
    "a3,2017-01-02\na1,2017-01-05,x,text\na4,2017-01-06,y,bogus\n,2017-01-01,z,text\n",
]


@pytest.mark.parametrize("content", METADATA_CASES)
def test_metadata_kept_in_a_file_reads_like_the_dict(tmp_path, content):
    import pickle
    import warnings

    path = tmp_path / "articles.csv"
    path.write_text(content, encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        plain, stored = corpus.read_metadata(path), corpus.read_metadata(path, store=True)
    assert not isinstance(stored.rows, dict)
    assert list(stored.rows.items()) == list(plain.rows.items())
    assert dict(stored.lines) == plain.lines and stored.problems == plain.problems
    assert pickle.loads(pickle.dumps(stored.rows)) == plain.rows
    assert stored.subset(["a1", "zz"]).rows == {"a1": plain.rows["a1"]}


@pytest.mark.parametrize("seed", range(20))
def test_speaker_lines_over_batches_are_those_of_the_whole_table(seed):
    rng = random.Random(seed)
    n = rng.randint(1, 80)
    table = pd.DataFrame({
        "article": [f"a{i // 4}" for i in range(n)],
        "speaker": [rng.choice(["", "Peskov", "Kirby", " Kirby"]) for _ in range(n)],
        "target": [rng.choice(["", "t"]) for _ in range(n)],
        "stance": [rng.choice(["favor", "against", "neutral", "none"]) for _ in range(n)],
        "stance_rule": [rng.choice(["cue", "speech-cue+x", "default+assertion", "evaluation", "hedge"]) for _ in range(n)],
        "confidence": [rng.choice([0.9, 0.3]) for _ in range(n)],
        "date": [rng.choice(["", "2017-01-01", "2017-01-03", "2017-03-01", "2017-09-30"]) for _ in range(n)],
        "published": [rng.choice(["", "2017-01-02"]) for _ in range(n)],
    })
    whole = stance.speaker_lines(table)
    lines, cuts = stance.SpeakerLines(), sorted(rng.sample(range(1, n + 1), min(3, n)))
    parts = [table.iloc[a:b] for a, b in zip([0] + cuts, cuts + [n]) if b > a]
    for part in parts:
        lines.add(part)
    done, out = 0, []
    for part in parts:
        out.append(lines.apply(part, done))
        done += len(part)
    assert pd.concat(out).equals(whole)
