"""Writing derived files so that a crash never leaves half a file.

Every table and figure the workbook derives (``tag``'s statements, ``pipeline.write``,
``corpus.write_tables``, ``figures.save_figure``, ``network.to_graphml``) is written through
:func:`atomic_path`: the bytes go to a hidden temporary file beside the target, which is renamed
over the target only once it is complete and flushed to disk. A kill at any moment (even
``kill -9``) leaves either the previous file or the complete new one, never a truncated file
that looks valid; a stray ``.<name>.*.tmp`` is all a kill can leave behind.

Public API:
    atomic_path(target) -> context manager yielding the temporary Path to write
    write_csv_atomic(table, target, **to_csv_options) -> Path
    check_writable(target) -> None (raises OSError naming the target)
    scratch_db(owner, schema, *, prefix=..., path=None) -> sqlite3.Connection: a temporary SQLite
        file for what a large corpus must not hold in memory, deleted with its owner
"""
from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
import weakref
from pathlib import Path
from typing import Iterator

import pandas as pd

__all__ = ["atomic_path", "write_csv_atomic", "check_writable", "scratch_db"]


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (a power cut right after it keeps the new file)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover - not every system opens folders
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)


def _mode_for(target: Path) -> int:
    """The permissions the file would have had if written in place: the old file's, or the
    defaults under the umask (``mkstemp`` makes its file private, 0600)."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


@contextlib.contextmanager
def atomic_path(target: Path | str) -> Iterator[Path]:
    """A temporary path beside ``target``, renamed over it when the block ends without error.

    The folder is created when missing. On an error or an interrupt (Ctrl-C) inside the block
    the temporary file is removed and ``target`` is untouched.

    Example:
        >>> with atomic_path("figures/x.svg") as tmp:  # doctest: +SKIP
        ...     fig.savefig(tmp, format="svg")
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.chmod(tmp, _mode_for(target))
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_folder(target.parent)


def write_csv_atomic(table: pd.DataFrame, target: Path | str, **options) -> Path:
    """Write ``table`` as CSV to ``target`` atomically (see :func:`atomic_path`).

    Args:
        table: any DataFrame; its columns are written as they are.
        target: the CSV file.
        **options: passed to ``DataFrame.to_csv`` (default ``index=False``, UTF-8).

    Returns:
        ``target`` as a Path.
    """
    target = Path(target)
    options.setdefault("index", False)
    options.setdefault("encoding", "utf-8")
    with atomic_path(target) as tmp:
        table.to_csv(tmp, **options)
    return target


def check_writable(target: Path | str) -> None:
    """Fail now, before hours of work, if ``target`` cannot be written.

    Creates the missing folders and a temporary file beside the target (then removes it): the
    one test that cannot be fooled by permissions, read-only mounts or a full disk's inodes.

    Raises:
        OSError: with a message naming ``target`` and why.
    """
    target = Path(target)
    if target.is_dir():
        raise IsADirectoryError(f"{target}: is a folder, not a file")
    if target.exists() and not target.is_file():
        raise OSError(f"{target}: exists and is not a regular file")
    if target.exists() and not os.access(target, os.W_OK):
        raise PermissionError(f"{target}: the existing file is read-only")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as err:
        raise OSError(f"{target}: cannot write there ({err.strerror or err})") from None
    os.close(fd)
    os.unlink(name)


def scratch_db(owner: object, schema: str, *, prefix: str = "porte-parole-", path: Path | None = None) -> sqlite3.Connection:
    """A temporary SQLite file with ``schema``, closed and deleted when ``owner`` is.

    For what a corpus of 100,000 articles must not keep as Python objects (metadata rows, the
    ids seen, the problems of a run). Written without a journal or syncs: it is scratch, never
    read after a crash.

    Args:
        owner: the object whose lifetime the file follows.
        schema: the SQL that creates its tables.
        prefix: the start of the file's name (in the system's temporary folder).
        path: the file to use instead (deleted the same way).
    """
    if path is None:
        fd, name = tempfile.mkstemp(prefix=prefix, suffix=".sqlite")
        os.close(fd)
        path = Path(name)
    db = sqlite3.connect(path, check_same_thread=False)
    weakref.finalize(owner, _drop_db, db, Path(path))
    db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + schema)
    return db


def _drop_db(db: sqlite3.Connection, path: Path) -> None:
    db.close()
    path.unlink(missing_ok=True)
