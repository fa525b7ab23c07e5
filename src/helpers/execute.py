"""Execute the workbook's notebooks for a project (``make workbook PROJECT=DIR``).

Each notebook of ``notebooks/`` takes the project as its one parameter (a cell tagged
``parameters`` holding ``project = None``), so papermill runs the same notebooks on any
project; the executed copies go to the project's ``notebooks`` output folder (for the
repository's own case, ``notebooks/`` itself: the committed notebooks are re-executed in place
and stay strict nbval tests).

Reruns give the same bytes: no timing is recorded, no widget state is stored, the stream
outputs of a cell are merged into one per stream (how many pieces the kernel sends them in
depends on timing), and papermill's own run metadata is dropped before the notebook is written
(atomically: a temporary file, then a rename).
"""
from __future__ import annotations

import logging
import tempfile
from pathlib import Path
from typing import Iterable

import nbformat

from . import paths
from . import project as project_mod

log = logging.getLogger(__name__)

NOTEBOOK_GLOB = "[0-9][0-9]-*.ipynb"
# The notebooks a user's project runs; later ones are about the workbook itself.
PROJECT_NOTEBOOKS = ("01", "02", "03", "04", "05", "06")
KERNEL = "python3"
# Per notebook; the slowest (03, three evaluation sets) takes about a minute on the seeds.
TIMEOUT = 900


class NotebookFailed(RuntimeError):
    """A notebook raised; the executed copy with the traceback is kept where it was written."""


def notebooks(folder: Path = paths.NOTEBOOKS) -> list[Path]:
    """The workbook's notebooks, in run order."""
    return sorted(Path(folder).glob(NOTEBOOK_GLOB))


def clean(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Drop what changes from run to run: papermill's metadata, timings, and stream outputs split
    differently by the kernel (merged here into one output per stream, in order)."""
    nb.metadata.pop("papermill", None)
    for cell in nb.cells:
        cell.metadata.pop("papermill", None)
        cell.metadata.pop("execution", None)
        if not cell.metadata.get("tags", True):
            cell.metadata.pop("tags")  # papermill adds an empty list
        if cell.cell_type != "code":
            continue
        merged = []
        for out in cell.outputs:
            if (out.output_type == "stream" and merged and merged[-1].output_type == "stream"
                    and merged[-1].name == out.name):
                merged[-1].text += out.text
            else:
                merged.append(out)
        cell.outputs = merged
    return nb


def run_notebook(source: Path, target: Path, *, project: Path | None = None, cwd: Path | None = None) -> Path:
    """Execute ``source`` with papermill for ``project`` and write it to ``target``.

    Args:
        source: a workbook notebook.
        target: where the executed notebook goes (may be ``source``: executed in place).
        project: the project file to pass as the ``project`` parameter; None runs the notebook
            as it stands (no parameter injected: the repository's own case).
        cwd: the kernel's working directory (default: the target's folder).

    Raises:
        NotebookFailed: a cell raised; the executed notebook (with the error) is written to
            ``target`` all the same, so it can be read.
    """
    import papermill
    from papermill.exceptions import PapermillExecutionError

    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        partial = Path(tmp) / target.name
        try:
            nb = papermill.execute_notebook(
                str(source), str(partial), parameters={"project": str(project)} if project else None,
                kernel_name=KERNEL, progress_bar=False, cwd=str(cwd or target.parent),
                request_save_on_cell_execute=False, execution_timeout=TIMEOUT,
                record_timing=False, store_widget_state=False, coalesce_streams=True)
        except PapermillExecutionError as err:
            failed = nbformat.read(partial, as_version=4) if partial.exists() else None
            if failed is not None:
                project_mod.write_atomic(target, nbformat.writes(clean(failed)) + "\n")
            raise NotebookFailed(f"{target}: cell {err.exec_count} raised {err.ename}: {err.evalue}") from None
    project_mod.write_atomic(target, nbformat.writes(clean(nb)) + "\n")
    return target


def workbook(project: Path | str | None = None, *, only: Iterable[str] = ()) -> list[Path]:
    """Execute notebooks 01-06 for a project, in order, into its ``notebooks`` output folder.

    Args:
        project: a project file or folder (None: the repository's own case, in place).
        only: notebook name prefixes to run (``["04", "05"]``); default all.

    Returns:
        The executed notebooks.
    """
    proj = project_mod.load(project)
    in_place = proj.notebooks.resolve() == paths.NOTEBOOKS.resolve()
    done = []
    for source in notebooks():
        if only and not any(source.name.startswith(o) for o in only):
            continue
        if not proj.is_shipped and source.name[:2] not in PROJECT_NOTEBOOKS:
            continue  # the workbook's own validation (07: learning curve on the development sets)
        target = proj.notebooks / source.name
        log.info("executing %s -> %s", source.name, project_mod.display_path(target))
        print(f"executing {source.name} -> {project_mod.display_path(target)}", flush=True)
        done.append(run_notebook(source, target, project=None if in_place and proj.is_shipped else proj.file))
    return done
