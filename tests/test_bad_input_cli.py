"""Bad input through the ``tag`` command as a user runs it: a subprocess, its exit status and its
messages (issue 11: nothing lost, nothing overwritten, every failure loud).

Each test checks what the user sees: the exit code, a message naming the file (and line and
column) and the problem, the good files still tagged, and no output lost or overwritten.
"""
from __future__ import annotations

import os
import select
import shutil
import signal
import subprocess
import sys
import time

import pandas as pd
import pytest

from helpers import paths

SEEDS = sorted(paths.SEEDS.glob("*.txt"))
GOOD = "Titre de l'article\n\nLe ministre a déclaré jeudi qu'il était « prêt » à négocier.\n"


def tag(*args, timeout: float = 120, **kw) -> subprocess.CompletedProcess:
    """``python -m helpers tag ARGS`` in a fresh process."""
    return subprocess.run([sys.executable, "-m", "helpers", "tag", *map(str, args)], capture_output=True,
                          text=True, timeout=timeout, **kw)


def read(path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def test_a_folder_of_damaged_files_is_tagged_and_every_damage_named(tmp_path):
    """Issue 11, items 1-5, 8 and 12 in one folder, as a user would meet them."""
    d = tmp_path / "in"
    d.mkdir()
    raw = SEEDS[1].read_bytes()
    (d / SEEDS[1].name).write_bytes(raw[:200] + b"\xe9" + raw[200:])            # 1: one cp1252 byte
    (d / "utf16.txt").write_bytes(SEEDS[0].read_text(encoding="utf-8").encode("utf-16-le"))  # 2: no BOM
    (d / "nul.txt").write_bytes(SEEDS[3].read_bytes()[:2000] + b"\x00\x00" + SEEDS[3].read_bytes()[2000:])  # 3
    (d / "cr.txt").write_bytes(SEEDS[2].read_bytes().replace(b"\n", b"\r"))    # 4: CR-only line ends
    os.mkfifo(d / "pipe.txt")                                                   # 5: never opened
    (d / "dangling.txt").symlink_to(d / "nowhere.txt")
    (d / "folder.txt").mkdir()
    (d / "empty.txt").write_bytes(b"")
    md = tmp_path / "meta.csv"                                                  # 8: one ragged row
    md.write_text("article,published\n001_ef1b98546c46edac,2017-01-23\nutf16,2017-01-24,extra\n"
                  "cr,2016-05-21\nmissing_article,2017-01-01\n", encoding="utf-8")  # 12: not in the folder
    out = tmp_path / "s.csv"
    # (the seeds' convention for titles, which the counts below are of)
    run = tag(d, "--metadata", md, "--out", out, "--no-stance", "--titles", "quoted")
    assert run.returncode == 0, run.stderr
    err = run.stderr
    for name, why in [(SEEDS[1].name, "0xe9 at byte 200"), ("utf16.txt", "UTF-16-LE (no byte order mark"),
                      ("nul.txt", "2 NUL byte(s)"), ("pipe.txt", "FIFO"), ("dangling.txt", "broken symbolic link"),
                      ("folder.txt", "a folder, not an article"), ("empty.txt", "empty file"),
                      ("meta.csv: row 2 (line 3)", "3 fields, the header has 2; row skipped"),
                      ("meta.csv", "1 article(s) listed but not among the files read: missing_article (line 5)")]:
        assert any(name in line and why in line for line in err.splitlines()), (name, why, err)
    table = read(out)
    counts = table.groupby("article").size().to_dict()
    # The same statements as the undamaged seeds give (001 with its lead no longer repeated verbatim).
    assert counts["utf16"] == 9 and counts["nul"] == 9 and counts["cr"] == 17 and counts[SEEDS[1].stem] >= 10
    assert (table[table.article == SEEDS[1].stem].speaker != "").all()
    assert set(table[table.article == "cr"].date) - {""} and set(table[table.article == SEEDS[1].stem].date) - {""}


def test_a_fifo_given_as_path_is_an_error_not_a_hang(tmp_path):
    """Issue 11, item 5: ``mkfifo f.txt; tag f.txt --out o.csv`` blocked forever."""
    os.mkfifo(tmp_path / "f.txt")
    run = tag(tmp_path / "f.txt", "--out", tmp_path / "o.csv", timeout=60)
    assert run.returncode == 1
    assert "f.txt: a FIFO (named pipe), not a text file" in run.stderr
    assert not (tmp_path / "o.csv").exists()


def test_out_may_not_name_an_input(tmp_path):
    """Issue 11, item 7: ``tag d --metadata d/md.csv --out d/md.csv`` overwrote the metadata."""
    d = tmp_path / "d"
    d.mkdir()
    (d / "a.txt").write_text(GOOD, encoding="utf-8")
    md = d / "md.csv"
    md.write_text("article,published\na,2017-01-24\n", encoding="utf-8")
    before = {f.name: f.read_bytes() for f in d.iterdir()}
    run = tag(d, "--metadata", md, "--out", md, "--no-stance")
    assert run.returncode == 1
    assert f"--out {md}: is the input given as --metadata; refusing to overwrite an input" in run.stderr
    assert {f.name: f.read_bytes() for f in d.iterdir()} == before


def test_named_inputs_that_cannot_be_read_are_errors_listed_at_once(tmp_path):
    """Issue 11, items 9-11: a broken --metadata dropped the metadata and a broken --codebook
    coded every stance 'none', both exiting 0; a non-integer anaphora_window said "invalid
    literal for int()" naming neither file nor key; a register with a bad country code or a
    duplicate id passed silently. Now each is an error naming the file (line, column, key) and
    the reason, all listed in one run, and nothing is written."""
    import yaml

    md = tmp_path / "meta.csv"
    md.write_bytes(b"article,published\nx,2017-01-24\nd\xe9j\xe0,2017-01-25\n")
    book = yaml.safe_load((paths.TARGETS / "us_russia_military_cooperation.yaml").read_text(encoding="utf-8"))
    book["anaphora_window"] = "neuf cents"
    (tmp_path / "codebook.yaml").write_text(yaml.safe_dump(book, allow_unicode=True), encoding="utf-8")
    (tmp_path / "actors.csv").write_text(
        "id,name,type,country\nUS,United States,country,US\nUS,US government,institution,US\n"
        "RU,Russia,country,USA!\n", encoding="utf-8")
    out = tmp_path / "s.csv"
    out.write_text("previous\n", encoding="utf-8")
    run = tag(SEEDS[0], "--metadata", md, "--codebook", tmp_path / "codebook.yaml", "--actors",
              tmp_path / "actors.csv", "--out", out)
    assert run.returncode == 1
    err = run.stderr
    assert f"{md}: not UTF-8 (byte 0xe9 at offset 32, line 3)" in err
    assert "codebook.yaml: anaphora_window: Input should be a valid integer" in err
    assert "actors.csv: row 2 (line 3), column id: id 'US' is already used on line 2" in err
    assert "actors.csv: row 3 (line 4), column country: 'USA!' is not an ISO 3166-1 alpha-2 code" in err
    assert f"nothing tagged, {out} not written" in err
    assert out.read_text(encoding="utf-8") == "previous\n"


def test_ctrl_c_says_interrupted_and_writes_nothing(tmp_path):
    """Issue 11, item 14: Ctrl-C printed a traceback."""
    d = tmp_path / "in"
    d.mkdir()
    for k in range(3):  # enough articles that the run is still going when Ctrl-C comes
        for f in SEEDS:
            shutil.copy(f, d / f"{k}-{f.name}")
    out = tmp_path / "s.csv"
    out.write_text("previous\n", encoding="utf-8")
    # A shell starting pytest in the background makes its children ignore SIGINT: undo that.
    proc = subprocess.Popen([sys.executable, "-m", "helpers", "tag", str(d), "--out", str(out)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    time.sleep(1.0)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == -signal.SIGINT, err  # ended by SIGINT: the shell shows 130
    assert "Traceback" not in err and "interrupted; nothing written" in err
    assert out.read_text(encoding="utf-8") == "previous\n"


# A tag run whose write of the output is slow: half the table, a pause, the rest. The pause is
# where a kill lands in test_kill_9_leaves_the_previous_output_or_the_complete_one.
SLOW_WRITE = r"""
import sys, time
import pandas as pd
real = pd.DataFrame.to_csv
def slow(self, path_or_buf=None, *args, **kwargs):
    text = real(self, None, *args, **{k: v for k, v in kwargs.items() if k != "encoding"})
    with open(path_or_buf, "w", encoding="utf-8", newline="") as fh:
        fh.write(text[:len(text) // 2])
        fh.flush()
        print("writing", flush=True)
        time.sleep(60)
        fh.write(text[len(text) // 2:])
pd.DataFrame.to_csv = slow
from helpers.__main__ import main
sys.exit(main(sys.argv[1:]))
"""


def test_kill_9_leaves_the_previous_output_or_the_complete_one(tmp_path):
    """Issue 11, item 6: a kill during the write left a truncated but valid-looking file.

    ``tag`` on two seeds is killed with SIGKILL at a few moments (while importing, while
    tagging or writing, and, through a slowed-down write, in the middle of writing the table);
    after each kill the output is either the previous file or the complete new one (the table
    an uninterrupted run writes), never part of one.
    """
    from helpers.__main__ import main

    d = tmp_path / "in"
    d.mkdir()
    for f in SEEDS[:2]:
        shutil.copy(f, d)
    complete = tmp_path / "complete.csv"
    assert main(["tag", str(d), "--out", str(complete), "-q", "--no-stance"]) == 0
    complete = complete.read_bytes()
    out = tmp_path / "s.csv"
    previous = b"previous output\n"
    args = ["tag", str(d), "--out", str(out), "-q", "--no-stance"]
    outcomes = []
    for delay in (0.4, 1.3):
        out.write_bytes(previous)
        proc = subprocess.Popen([sys.executable, "-m", "helpers", *args], stderr=subprocess.DEVNULL)
        time.sleep(delay)
        proc.kill()
        proc.wait(timeout=60)
        assert out.read_bytes() in (previous, complete), f"killed after {delay}s: a partial file"
        outcomes.append(out.read_bytes() == complete)
    # Killed while the table is half written.
    out.write_bytes(previous)
    proc = subprocess.Popen([sys.executable, "-c", SLOW_WRITE, *args], stdout=subprocess.PIPE, text=True,
                            stderr=subprocess.DEVNULL)
    ready, _, _ = select.select([proc.stdout], [], [], 120)
    assert ready and proc.stdout.readline().strip() == "writing"
    proc.kill()
    proc.wait(timeout=60)
    assert out.read_bytes() == previous


@pytest.fixture
def fake_venv(tmp_path):
    """A VENV whose ``jupyter`` only records its arguments (the Makefile's stamp is fresh)."""
    venv = tmp_path / "venv"
    (venv / "bin").mkdir(parents=True)
    jupyter = venv / "bin" / "jupyter"
    jupyter.write_text(f"#!/bin/sh\necho \"$@\" > {tmp_path / 'args'}\n", encoding="utf-8")
    jupyter.chmod(0o755)
    (venv / "bin" / "python").symlink_to(sys.executable)
    (venv / ".installed").touch()
    return venv


@pytest.mark.parametrize("euid, allow, status, jupyter_args, said", [
    ("0", None, 2, None, "JupyterLab refuses to run as root"),
    ("0", "1", 0, "lab --allow-root notebooks/", "--allow-root"),
    ("1000", None, 0, "lab notebooks/", ""),
])
def test_make_lab_as_root_says_why(fake_venv, tmp_path, euid, allow, status, jupyter_args, said):
    """Issue 11, item 14: ``make lab`` as root exited without saying why."""
    cmd = ["make", "--no-print-directory", "-C", str(paths.ROOT), "lab", f"VENV={fake_venv}", f"EUID={euid}"]
    if allow:
        cmd.append(f"ALLOW_ROOT={allow}")
    run = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    assert run.returncode == status, run.stderr
    assert said in run.stdout + run.stderr
    if jupyter_args is None:
        assert not (tmp_path / "args").exists()
        assert "make lab ALLOW_ROOT=1" in run.stderr
    else:
        assert (tmp_path / "args").read_text().strip() == jupyter_args
