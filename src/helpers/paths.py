"""Every path the workbook reads or writes, in one place.

Inputs (read, never written by code): ``SEEDS`` and the hand-made files in ``DATA``.
Outputs (derived, rebuilt by ``make workbook``): ``PROCESSED`` and ``FIGURES``.
"""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# The repository's own case as a project (helpers.project): what the notebooks run on by default.
PROJECT = ROOT / "porte-parole.yaml"
SEEDS = ROOT / "seeds"
DATA = ROOT / "data"
NOTEBOOKS = ROOT / "notebooks"
FIGURES = ROOT / "figures"
PROCESSED = DATA / "processed"

# Hand-curated inputs.
ARTICLES_CSV = DATA / "articles.csv"
ACTORS_CSV = DATA / "actors.csv"
CODEBOOK = DATA / "codebook.yaml"
ANNOTATIONS = DATA / "annotations"
GOLD = DATA / "gold"
LEXICONS = DATA / "lexicons"

# Evaluation sets beyond the seeds (reconstructed articles with a gold written blind).
HELDOUT = ROOT / "tests" / "heldout"            # used to find rule gaps (development set)
HELDOUT_FINAL = ROOT / "tests" / "heldout_final"  # never used for tuning: the honest measure
