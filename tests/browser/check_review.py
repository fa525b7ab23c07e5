"""Review in JupyterLab by keyboard, add a missed statement, and see both in a rerun of the pipeline.

Run by tests/browser/check.sh after the explorer check, on a notebook it writes to its temporary
folder (``review-check.ipynb``: the explorer on the seeds with a TEMPORARY COPY of the review
ledger, then a rerun of ``pipeline.run`` on that copy). In headless Chromium it runs the first
cell, clicks the explorer, presses a stance key, selects words the tagger did not tag in the
article view and presses ``s``, then runs the second cell and checks that the rerun shows the
reviewed stance and the added statement as ``reviewed``. Exits non-zero with the reason otherwise.
"""
from __future__ import annotations

import argparse
import json
import sys
import time

from check_explore import CHROMIUM_FLAGS, KERNEL_STATUS_JS, CheckFailed, cell_errors, failed, set_budget, step, wait_until
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import sync_playwright

# Starts the cell and returns at once: the command's promise resolves only when the cell has run,
# and page.evaluate has no timeout, so awaiting it would hang the check with no reason given
# when a run never ends. The waits below (with their timeouts) watch the run instead.
RUN_CELL_JS = """(i) => { const nb = window.jupyterapp.shell.currentWidget.content;
    nb.activeCellIndex = i; window.jupyterapp.commands.execute('notebook:run-cell'); return true; }"""
IDLE_JS = "() => {" + KERNEL_STATUS_JS + "; return kernelStatus() === 'idle'; }"
# The kernel picker may open after the cells are shown (seen in CI: "Select Kernel" over an idle
# page, so the explorer cell never ran): accept it (the preferred kernel) until the kernel is idle.
IDLE_NO_DIALOG_JS = ("() => { const d = document.querySelector('.jp-Dialog');"
                     " if (d) { const b = d.querySelector('.jp-mod-accept'); if (b) b.click(); return false; }"
                     + KERNEL_STATUS_JS + "; return kernelStatus() === 'idle'; }")
# True once cell i has started (its prompt shows "[*]" or a count); accepts a dialog meanwhile.
STARTED_JS = """(i) => { const d = document.querySelector('.jp-Dialog');
    if (d) { const b = d.querySelector('.jp-mod-accept'); if (b) b.click(); return false; }
    const cell = window.jupyterapp.shell.currentWidget.content.widgets[i];
    const p = cell && cell.node.querySelector('.jp-InputPrompt');
    return !!p && /[*0-9]/.test(p.innerText); }"""
# Selects, in the article view, the first run of at least 25 characters that no statement,
# speaker or cue mark covers; returns the selected text.
SELECT_JS = """() => {
    const view = document.querySelector('.pp-explorer .pp-detail .pp-paragraph');
    if (!view) return null;
    const walk = document.createTreeWalker(view, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
        if (n.parentElement.closest('.pp-statement, mark')) continue;
        const m = n.data.match(/[A-Za-zÀ-ÿ][^.\\n]{24,60}/);
        if (!m) continue;
        const r = document.createRange();
        r.setStart(n, m.index); r.setEnd(n, m.index + m[0].length);
        const sel = window.getSelection(); sel.removeAllRanges(); sel.addRange(r);
        return sel.toString();
    }
    return null;
}"""


def status(page) -> str:
    return page.evaluate("() => { const s = document.querySelector('.pp-explorer .pp-review-status');"
                         " return s ? s.innerText : ''; }")


def run_cell(page, i: int, *, attempts: int = 3, start_timeout_s: float = 20) -> None:
    """Start cell i and make sure it started.

    In CI the run command was sometimes lost (the kernel idle, the cell's prompt still "[ ]", no
    dialog), and the check then waited out its whole run timeout. Issue the command again instead.
    """
    for attempt in range(1, attempts + 1):
        page.evaluate(RUN_CELL_JS, i)
        try:
            wait_until(page, STARTED_JS, arg=i, timeout_s=start_timeout_s, what=f"cell {i} to start")
            return
        except CheckFailed as err:
            if attempt == attempts:
                raise
            step(f"cell {i} did not start (attempt {attempt}: {err}); running it again")


def check(args) -> float:
    t0 = time.monotonic()
    url = f"{args.url}/lab/tree/{args.notebook}?token={args.token}"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=args.chromium, headless=True, args=CHROMIUM_FLAGS)
        page = browser.new_page(viewport={"width": 1400, "height": 2400}, device_scale_factor=1)
        page.set_default_timeout(30_000)
        try:
            step(f"opening {args.notebook}")
            page.goto(url, wait_until="domcontentloaded", timeout=60_000)
            wait_until(page, """() => {
                const d = document.querySelector('.jp-Dialog');
                if (d) { const b = d.querySelector('.jp-mod-accept'); if (b) b.click(); return false; }
                return !!document.querySelector('.jp-Notebook .jp-Cell');
            }""", timeout_s=90, what="the notebook's cells")
            wait_until(page, IDLE_NO_DIALOG_JS, timeout_s=90, what="the kernel to start")
            step("running the explorer cell")
            run_cell(page, 0)
            wait_until(page, "() => !!document.querySelector('.pp-explorer.pp-keys-ready')", timeout_s=args.run_timeout,
                       what="the explorer and its keyboard bridge")
            wait_until(page, IDLE_JS, timeout_s=60, what="the kernel after the explorer cell")
            errors = cell_errors(page)
            if errors:
                raise CheckFailed("the explorer cell shows an error:\n" + errors[0][:2000])

            # 1. A stance by keyboard: click the statement view (as a user does), press one key.
            current = page.locator(".pp-explorer .pp-review-stance select").evaluate("s => s.value")
            key = "n" if current != "neutral" else "a"
            page.locator(".pp-explorer .pp-detail").first.click(position={"x": 5, "y": 5})
            focused = page.evaluate("() => !!document.activeElement.closest('.pp-explorer')")
            step(f"statement coded {current!r}; explorer focused by the click: {focused}; pressing {key!r}")
            page.keyboard.press(key)
            wait_until(page, "() => /Recorded/.test((document.querySelector('.pp-explorer .pp-review-status') || {}).innerText || '')",
                       timeout_s=60, what="the keyboard review to be recorded")
            step(f"status: {status(page)}")

            # 2. A missed statement: select words in the article view, press 's'.
            selected = page.evaluate(SELECT_JS)
            if not selected:
                raise CheckFailed("found no untagged words to select in the article view")
            step(f"selected {selected!r}; pressing 's'")
            page.keyboard.press("s")
            wait_until(page, "() => /Recorded add/.test((document.querySelector('.pp-explorer .pp-review-status') || {}).innerText || '')",
                       timeout_s=60, what="the added statement to be recorded")
            step(f"status: {status(page)}")

            # 3. The rerun of the pipeline on the temporary ledger shows both.
            run_cell(page, 1)
            wait_until(page, "() => [...document.querySelectorAll('.jp-OutputArea-output')].some(e => /RERUN-DONE|Traceback/.test(e.innerText))",
                       timeout_s=args.run_timeout, what="the rerun cell")
            errors = cell_errors(page)
            if errors:
                raise CheckFailed("the rerun cell shows an error:\n" + errors[0][:2000])
            lines = [ln for text in page.eval_on_selector_all(".jp-OutputArea-output", "els => els.map(e => e.innerText)")
                     for ln in text.splitlines() if ln.startswith("RERUN ")]
            found = [json.loads(ln[len("RERUN "):]) for ln in lines]
            step(f"rerun: {found}")
            actions = {f["action"] for f in found}
            if not ({"change", "add"} <= actions):
                raise CheckFailed(f"the ledger got {sorted(actions)}, expected a keyboard change and an add")
            for f in found:
                if f["rows"] != 1 or f["stance_source"] != ["reviewed"]:
                    raise CheckFailed(f"the rerun does not show the {f['action']} review: {f}")
                if f["action"] == "change" and f["stance"] != [f["wanted"]]:
                    raise CheckFailed(f"the rerun codes {f['stance']}, the keyboard review said {f['wanted']}")
        except (CheckFailed, PlaywrightError) as err:
            if args.debug_dir:
                try:
                    page.screenshot(path=f"{args.debug_dir}/review-failure.png", full_page=True)
                except Exception:  # the page may be gone; the error below is what matters
                    pass
            raise CheckFailed(str(err)) from None
        finally:
            browser.close()
    return time.monotonic() - t0


# The notebook check.sh writes for this check (cells as source strings).
CELLS = [
    """import json, os
from pathlib import Path
from helpers import explore, pipeline

LEDGER = Path(os.environ["PP_LEDGER"])  # a temporary copy of data/annotations/ledger.csv
wb = pipeline.run(annotations=LEDGER)
explorer = explore.Explorer(wb.statements, corpus=wb.corpus, annotations=LEDGER, coder="browser-check")
explorer""",
    """rerun = pipeline.run(annotations=LEDGER).statements
for r in explorer.reviews:
    hit = rerun[(rerun["article"] == r["article"]) & (rerun["start"] == int(r["start"])) & (rerun["end"] == int(r["end"]))]
    print("RERUN " + json.dumps({"action": r["action"], "wanted": r["stance"], "rows": len(hit),
                                 "stance": hit["stance"].tolist(), "stance_source": hit["stance_source"].tolist()}))
print("RERUN-DONE")""",
]


def write_notebook(path: str) -> None:
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(src) for src in CELLS]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, path)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--write-notebook", help="write the check's notebook to this path and exit")
    ap.add_argument("--url")
    ap.add_argument("--token")
    ap.add_argument("--notebook", default="review-check.ipynb")
    ap.add_argument("--chromium", default="/usr/bin/chromium")
    ap.add_argument("--run-timeout", type=float, default=240)
    ap.add_argument("--debug-dir", default="")
    ap.add_argument("--budget", type=float, default=float("inf"), help="seconds the whole check may take")
    args = ap.parse_args(argv)
    set_budget(args.budget)
    if args.write_notebook:
        write_notebook(args.write_notebook)
        return 0
    try:
        seconds = check(args)
    except CheckFailed as err:
        return failed(err)
    step(f"review part passed in {seconds:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
