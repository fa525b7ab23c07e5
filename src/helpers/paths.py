"""Every path the workbook reads or writes, in one place.

Inputs (read, never written by code): ``SEEDS`` and the hand-made files in ``DATA``; of the
measurements in ``VALIDATION`` (written by the scripts of ``tests/devsets`` from texts that are
not in the repository), the workbook reads ``RULE_RELIABILITY`` (the review queue's order).
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
ACTORS_CSV = DATA / "actors.csv"                  # the seed case's actors
ACTORS_GENERAL_CSV = DATA / "actors_general.csv"  # well-known actors of French-language news
TARGETS = DATA / "targets"          # one YAML file per proposition (helpers.targets)
CODEBOOK = TARGETS                   # what stance coding reads by default: every shipped target
STANCE_LEXICON = DATA / "lexicons" / "stance.yaml"
ANNOTATIONS = DATA / "annotations"
# The review ledger the explorer and ``reviews.record`` append to (hand-kept files sit beside it).
LEDGER = ANNOTATIONS / "ledger.csv"
GOLD = DATA / "gold"
LEXICONS = DATA / "lexicons"
NUMBER_WORDS = LEXICONS / "number_words.csv"

# Evaluation sets beyond the seeds (reconstructed articles with a gold written blind).
HELDOUT = ROOT / "tests" / "heldout"            # used to find rule gaps (development set)
HELDOUT_FINAL = ROOT / "tests" / "heldout_final"  # never used for tuning: the honest measure

# Real-article development sets: the gold is committed, the texts are not (third-party).
DEVSETS = ROOT / "tests" / "devsets"
REALWORLD = ROOT / "tests" / "realworld"
# Committed results of measurements the notebooks plot (recomputed by a script, never by a notebook).
VALIDATION = DATA / "validation"
LEARNING_CURVE = VALIDATION / "learning_curve.csv"
# Scores of the tagger on the real-article development sets (tests/devsets/score.py --record).
REALWORLD_SCORES = VALIDATION / "realworld_scores.csv"
CODER_AGREEMENT = VALIDATION / "coder_agreement.csv"  # tests/devsets/agreement.py --record
# how often each stance rule agrees with the gold on the development topics
# (tests/devsets/score.py --record-rules): a measurement the code also reads, the review queue's
# order (learn.queue); it is never written by the workbook
RULE_RELIABILITY = VALIDATION / "rule_reliability.csv"
CODER_DETECTION = VALIDATION / "coder_detection.csv"  # tests/devsets/agreement.py --statements --record
