"""Drive JupyterLab in headless Chromium: run the explore notebook, change a filter, take a screenshot.

Run by tests/browser/check.sh (which starts JupyterLab on a temporary copy of the notebook);
exits non-zero, with the reason, when a cell errors, a widget does not render, or the timeline and
table do not re-render after a filter change. Uses Debian's chromium through Playwright's
``executable_path`` (no browser download).
"""
from __future__ import annotations

import argparse
import os
import re
import sys
import time
from pathlib import Path

from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import sync_playwright

# The flags this machine's closed network needs (no background connections, no QUIC, no GPU).
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
# The notebook's kernel status, from the JupyterLab app check.sh exposes (expose_app_in_browser).
KERNEL_STATUS_JS = """const kernelStatus = () => {
    const app = window.jupyterapp;
    const w = app && app.shell.currentWidget;
    const k = w && w.sessionContext && w.sessionContext.session && w.sessionContext.session.kernel;
    return k ? k.status : 'unknown';
}"""
EXPLORER_MAX_ROWS = 200  # explore.Explorer's default max_rows: the table shows at most this many
ERROR_MARKERS = ("Traceback (most recent call last)", "Error displaying widget", "Model not found")


class CheckFailed(Exception):
    pass


# Every step also goes to the file check.sh names (PP_BROWSER_LOG): CI shows only the tail of
# its output, so check.sh prints the steps last when a check fails or is killed.
STEP_LOG = os.environ.get("PP_BROWSER_LOG", "")
# Seconds a check may take in all (--budget): a wait never runs past it, so a check that hangs
# fails with its own reason and screenshot before check.sh's `timeout` kills it silently.
_deadline = [float("inf")]


def set_budget(seconds: float) -> None:
    _deadline[0] = time.monotonic() + seconds


def step(message: str) -> None:
    line = f"[browser-check] {time.strftime('%H:%M:%S')} {message}"
    print(line, flush=True)
    if STEP_LOG:
        with open(STEP_LOG, "a", encoding="utf-8") as f:
            f.write(line + "\n")


def failed(err: Exception) -> int:
    """Report a failed check (stderr and the step log); the exit status."""
    line = f"[browser-check] FAILED: {err}"
    print(line, file=sys.stderr, flush=True)
    if STEP_LOG:
        with open(STEP_LOG, "a", encoding="utf-8") as f:
            f.write(line[:3000] + "\n")
    return 1


def wait_until(page, predicate_js: str, *, timeout_s: float, what: str, arg=None) -> None:
    left = _deadline[0] - time.monotonic()
    if left < timeout_s:
        timeout_s = max(left, 1.0)
    step(f"waiting up to {timeout_s:.0f} s for {what}")
    try:
        page.wait_for_function(predicate_js, arg=arg, timeout=timeout_s * 1000, polling=250)
    except PlaywrightTimeout:
        raise CheckFailed(f"timed out after {timeout_s:.0f} s waiting for {what}; page: {page_state(page)}") from None


def page_state(page) -> str:
    """What the page shows when a wait fails: kernel status, cell prompts, dialogs, last outputs."""
    try:
        return page.evaluate("() => {" + KERNEL_STATUS_JS + """;
            const prompts = [...document.querySelectorAll('.jp-Notebook .jp-CodeCell .jp-InputPrompt')]
                .map(e => e.innerText.trim());
            const dialog = document.querySelector('.jp-Dialog');
            const outs = [...document.querySelectorAll('.jp-OutputArea-output')].map(e => e.innerText.slice(-300));
            const status = document.querySelector('.pp-explorer .pp-review-status');
            return JSON.stringify({kernel: kernelStatus(), prompts: prompts,
                                   dialog: dialog ? dialog.innerText.slice(0, 300) : '',
                                   review_status: status ? status.innerText : null,
                                   last_outputs: outs.slice(-2)});
        }""")
    except Exception as err:  # the page itself may be gone; say so rather than hide the wait
        return f"(page not readable: {err})"


def cell_errors(page) -> list[str]:
    """Texts of outputs that are errors (tracebacks, widget rendering failures)."""
    texts = page.eval_on_selector_all(
        ".jp-OutputArea-output", "els => els.map(e => e.innerText)")
    return [t for t in texts if any(marker in t for marker in ERROR_MARKERS)]


def run_all_cells(page) -> None:
    """Run > Run All Cells, through the menu bar as a user would."""
    page.locator(".lm-MenuBar-itemLabel", has_text=re.compile(r"^Run$")).first.click()
    item = page.locator(".lm-Menu-content .lm-Menu-itemLabel", has_text=re.compile(r"^Run All Cells$")).first
    item.wait_for(state="visible", timeout=10_000)
    item.click()


def explorer_state(page) -> dict:
    return page.evaluate(
        """() => {
            const ex = document.querySelector('.pp-explorer');
            if (!ex) return null;
            const img = ex.querySelector('img.pp-timeline');
            const caption = ex.querySelector('.pp-table .pp-caption');
            return {
                img: img ? img.src : '',
                imgWidth: img ? img.naturalWidth : 0,
                imgHeight: img ? img.naturalHeight : 0,
                caption: caption ? caption.innerText : '',
                rows: ex.querySelectorAll('.pp-table table.pp-statements tbody tr').length,
                marks: ex.querySelectorAll('.pp-detail mark').length,
                options: ex.querySelectorAll('.pp-picker select option').length,
            };
        }"""
    )


def check(args) -> float:
    t0 = time.monotonic()
    url = f"{args.url}/lab/tree/{args.notebook}?token={args.token}"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=args.chromium, headless=True, args=CHROMIUM_FLAGS)
        try:
            # Tall enough for the whole explorer to show at once in the notebook panel.
            page = browser.new_page(viewport={"width": 1400, "height": args.height}, device_scale_factor=1)
            page.set_default_timeout(30_000)
            step(f"opening {args.notebook}")
            page.goto(url, wait_until="domcontentloaded", timeout=60_000)
            page.locator(".jp-Notebook").first.wait_for(state="visible", timeout=90_000)
            # A kernel picker shows only if the notebook's kernel is unknown: accept the default.
            wait_until(page, """() => {
                const d = document.querySelector('.jp-Dialog');
                if (d) { const b = d.querySelector('.jp-mod-accept'); if (b) b.click(); return false; }
                return !!document.querySelector('.jp-Notebook .jp-Cell');
            }""", timeout_s=60, what="the notebook's cells")
            wait_until(page, "() => {" + KERNEL_STATUS_JS + "; return kernelStatus() === 'idle'; }",
                       timeout_s=90, what="the kernel to start")
            # More width for the notebook: close the file browser (app exposed by check.sh).
            page.evaluate("""() => { const app = window.jupyterapp;
                if (app && !app.shell.leftCollapsed) app.commands.execute('application:toggle-left-area'); }""")
            n_code = page.locator(".jp-Notebook .jp-CodeCell").count()
            # Saved outputs and numbers first go (Edit > Clear Outputs of All Cells), so what the
            # check sees afterwards can only come from this run.
            page.evaluate("() => { window.jupyterapp.commands.execute('notebook:clear-all-cell-outputs'); return true; }")
            wait_until(page, """() => [...document.querySelectorAll('.jp-Notebook .jp-CodeCell .jp-InputPrompt')]
                .every(e => !/\\d/.test(e.innerText))""", timeout_s=20, what="the saved outputs to clear")
            step(f"running all {n_code} code cells")
            run_all_cells(page)
            # Done when the kernel is idle and no cell waits ([*]), and either every code cell has
            # a number or one shows an error (Run All stops at the first error).
            wait_until(page, "(n) => {" + KERNEL_STATUS_JS + """;
                const prompts = [...document.querySelectorAll('.jp-Notebook .jp-CodeCell .jp-InputPrompt')]
                    .map(e => e.innerText.trim());
                if (prompts.some(t => t.includes('*')) || kernelStatus() !== 'idle') return false;
                const failed = [...document.querySelectorAll('.jp-OutputArea-output')]
                    .some(e => e.innerText.includes('Traceback (most recent call last)'));
                return failed || (prompts.length === n && prompts.every(t => /^\\[\\d+\\]:$/.test(t)));
            }""", timeout_s=args.run_timeout, what="all cells to run", arg=n_code)
            errors = cell_errors(page)
            if errors:
                raise CheckFailed("a cell shows an error:\n" + errors[0][:2000])
            step("cells ran without error; waiting for the explorer widget")
            wait_until(page, """() => {
                const ex = document.querySelector('.pp-explorer');
                const img = ex && ex.querySelector('img.pp-timeline');
                return img && img.complete && img.naturalWidth > 100
                    && ex.querySelectorAll('.pp-table table.pp-statements tbody tr').length > 0;
            }""", timeout_s=60, what="the explorer's timeline and table to render")
            before = explorer_state(page)
            step(f"explorer rendered: {before['caption']}, timeline {before['imgWidth']}x{before['imgHeight']} px, "
                 f"{before['marks']} highlights")
            if before["marks"] == 0:
                raise CheckFailed("the selected statement shows no highlight (speaker/cue/evidence)")

            # Change a filter as a user would: pick stances in the Stances list.
            stances = page.locator(".pp-explorer .pp-stances select")
            labels = stances.evaluate("s => [...s.options].map(o => o.textContent)")
            chosen = [s for s in args.stances.split(",") if s in labels]
            if not chosen:
                raise CheckFailed(f"none of the stances {args.stances} among the options {labels}")
            step(f"selecting stances {chosen}")
            stances.select_option(label=chosen)
            wait_until(page, """(b) => {
                const ex = document.querySelector('.pp-explorer');
                const img = ex.querySelector('img.pp-timeline');
                const cap = ex.querySelector('.pp-table .pp-caption');
                return img.src !== b.img && img.complete && img.naturalWidth > 100
                    && cap && cap.innerText !== b.caption;
            }""", timeout_s=60, what="the timeline and table to re-render after the filter change", arg=before)
            after = explorer_state(page)
            step(f"after the filter: {after['caption']}, {after['rows']} rows")
            n = int(after["caption"].split()[0])
            if n == 0 or after["rows"] != min(n, EXPLORER_MAX_ROWS):
                raise CheckFailed(f"table shows {after['rows']} rows for '{after['caption']}'")
            shown = page.eval_on_selector_all(
                ".pp-explorer .pp-table table.pp-statements tbody tr",
                """rows => { const h = [...document.querySelectorAll('.pp-explorer .pp-table table.pp-statements thead th')]
                              .map(e => e.innerText.trim());
                            const k = h.indexOf('stance');
                            return rows.map(r => r.children[k] ? r.children[k].innerText.trim() : '?'); }""")
            if not set(shown) <= set(chosen):
                raise CheckFailed(f"table rows have stances {sorted(set(shown))}, filter was {chosen}")
            errors = cell_errors(page)
            if errors:
                raise CheckFailed("an error appeared after the filter change:\n" + errors[0][:2000])
            # Let the images settle, then shoot the explorer itself (not the page around it).
            page.wait_for_timeout(500)
            explorer = page.locator(".pp-explorer").first
            explorer.evaluate("e => e.scrollIntoView({block: 'start'})")
            page.wait_for_timeout(300)
            Path(args.screenshot).parent.mkdir(parents=True, exist_ok=True)
            explorer.screenshot(path=args.screenshot, animations="disabled")
            step(f"screenshot written to {args.screenshot}")
        except (CheckFailed, PlaywrightError) as err:
            if args.debug_dir:
                try:
                    shot = Path(args.debug_dir) / "failure.png"
                    page.screenshot(path=str(shot), full_page=True)
                    step(f"page at failure: {shot}")
                except Exception:  # the page may be gone; the error below is what matters
                    pass
            raise CheckFailed(str(err)) from None
        finally:
            browser.close()
    return time.monotonic() - t0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--url", required=True, help="JupyterLab base URL, e.g. http://127.0.0.1:8888")
    ap.add_argument("--token", required=True)
    ap.add_argument("--notebook", default="06-explore.ipynb", help="path relative to the server root")
    ap.add_argument("--chromium", default="/usr/bin/chromium")
    ap.add_argument("--screenshot", default="figures/screenshots/explorer.png")
    ap.add_argument("--stances", default="favor,against", help="stances to select in the filter")
    ap.add_argument("--run-timeout", type=float, default=240, help="seconds allowed for Run All")
    ap.add_argument("--height", type=int, default=2400, help="browser viewport height in pixels")
    ap.add_argument("--debug-dir", default="")
    ap.add_argument("--budget", type=float, default=float("inf"), help="seconds the whole check may take")
    args = ap.parse_args(argv)
    set_budget(args.budget)
    try:
        seconds = check(args)
    except CheckFailed as err:
        return failed(err)
    step(f"browser part passed in {seconds:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
