"""Open the committed notebooks as a user first does, without running anything, and check what
JupyterLab shows of their saved outputs (untrusted: no <style> block, no live widget).

- 02-statements: the statements are highlighted in their colours (speaker, cue, content), not in
  the browser's plain yellow <mark>;
- 06-explore: the explorer shows a readable summary (its text form and the static table under it),
  not a raw ``VBox(children=(...``;
- no output is in a stderr box (log lines go to stdout).

Run by tests/browser/check.sh on temporary copies; exits non-zero with the reason.
"""
from __future__ import annotations

import argparse
import sys

from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import sync_playwright

from check_explore import CHROMIUM_FLAGS, CheckFailed, failed, set_budget, step, wait_until

# The notebook on show (JupyterLab keeps other tabs in the DOM, hidden).
PANEL = ".jp-NotebookPanel:not(.lm-mod-hidden)"
# render.COLORS as the browser reports them.
HIGHLIGHTS = {"rgb(255, 243, 176)", "rgb(255, 198, 168)", "rgb(184, 224, 255)"}


def open_notebook(page, url: str) -> None:
    page.goto(url, wait_until="domcontentloaded", timeout=60_000)
    wait_until(page, """(panel) => {
        const d = document.querySelector('.jp-Dialog');
        if (d) { const b = d.querySelector('.jp-mod-accept'); if (b) b.click(); return false; }
        return document.querySelectorAll(panel + ' .jp-OutputArea-output').length > 0;
    }""", timeout_s=90, what="the saved outputs", arg=PANEL)


def check_statements(page) -> str:
    wait_until(page, "(panel) => document.querySelectorAll(panel + ' .jp-OutputArea-output mark').length > 0",
               timeout_s=30, what="highlighted statements in 02", arg=PANEL)
    colours = page.eval_on_selector_all(
        f"{PANEL} .jp-OutputArea-output mark", "ms => ms.map(m => getComputedStyle(m).backgroundColor)")
    wrong = sorted(set(colours) - HIGHLIGHTS)
    if wrong:
        raise CheckFailed(f"02: {len(colours)} highlights, colours {wrong} are not the workbook's "
                          f"(plain yellow means the styles were dropped)")
    if set(colours) != HIGHLIGHTS:
        raise CheckFailed(f"02: highlights show only {sorted(set(colours))}")
    return f"{len(colours)} highlights in the three colours"


def check_explorer(page) -> str:
    texts = page.eval_on_selector_all(f"{PANEL} .jp-OutputArea-output", "els => els.map(e => e.innerText)")
    raw = [t for t in texts if "VBox(children" in t]
    if raw:
        raise CheckFailed("06: the explorer shows as a raw widget repr: " + raw[0][:200])
    summary = [t for t in texts if t.startswith("Explorer:")]
    if not summary or "statements match" not in summary[0]:
        raise CheckFailed("06: no readable text form of the explorer")
    table = page.eval_on_selector_all(f"{PANEL} .pp-explorer-summary", "els => els.map(e => e.innerText)")
    if not table or "statements match" not in table[0]:
        raise CheckFailed("06: no static summary of the explorer's state")
    return summary[0].splitlines()[0]


def no_stderr(page, name: str) -> None:
    boxes = page.eval_on_selector_all(f"{PANEL} .jp-RenderedText[data-mime-type='application/vnd.jupyter.stderr']",
                                      "els => els.map(e => e.innerText)")
    if boxes:
        raise CheckFailed(f"{name}: output in a stderr box: {boxes[0][:200]}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--url", required=True)
    ap.add_argument("--token", required=True)
    ap.add_argument("--chromium", default="/usr/bin/chromium")
    ap.add_argument("--budget", type=float, default=float("inf"), help="seconds the whole check may take")
    args = ap.parse_args(argv)
    set_budget(args.budget)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=args.chromium, headless=True, args=CHROMIUM_FLAGS)
            try:
                page = browser.new_page(viewport={"width": 1400, "height": 2400}, device_scale_factor=1)
                page.set_default_timeout(30_000)
                checks = [("01-corpus.ipynb", None), ("02-statements.ipynb", check_statements),
                          ("06-explore.ipynb", check_explorer)]
                for name, check in checks:
                    step(f"opening {name} without running it")
                    # ?reset: a fresh workspace, this notebook alone.
                    open_notebook(page, f"{args.url}/lab/tree/{name}?reset&token={args.token}")
                    no_stderr(page, name)
                    if check is not None:
                        step(f"{name}: {check(page)}")
            finally:
                browser.close()
    except (CheckFailed, PlaywrightError) as err:
        return failed(err)
    step("first open: readable without running")
    return 0


if __name__ == "__main__":
    sys.exit(main())
