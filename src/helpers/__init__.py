"""porte-parole: who said what in the press, with which stance, and when.

Stages (one module each), in the order data flows through them:

- ``corpus``: raw ``.txt`` files -> articles, paragraphs (press / boilerplate / comment /
  duplicate, with character offsets), reader comments, sentences.
- ``importers``: press-database exports (Europresse, Factiva, Nexis), tables of articles (CSV,
  JSONL) and web pages -> articles with their provenance, cleaned by ``corpus`` like ``.txt`` files.
- ``actors``: the actor register (``data/actors.csv``): aliases, roles, institutions, countries.
- ``speech``: reported statements with speaker, organisation, country, kind, cue and date.
  Its parts: ``detection`` (cues, quotations, statement spans), ``attribution`` (speakers:
  register, pronouns, anonymous officials), ``linking`` (reports of the same utterance).
- ``stance``: stance of each statement toward the codebook's targets (``data/targets/``, lexicons in ``data/lexicons/stance.yaml``),
  and the analysts' reviews from ``data/annotations/``.
- ``evaluate``: agreement with the hand-coded gold (``data/gold/``).
- ``shifts`` and ``charts``: stance by actor over time, shifts and divergences, figures.
- ``network``: discourse network export (GraphML, edge list).
- ``explore`` and ``kwic``: interactive exploration in JupyterLab, and keyboard-first review.
- ``reviews``: the review ledger (``data/annotations/``): who decided what about a statement.
- ``agreement``: agreement between coders, and between each coder and the machine.
- ``learn``: the coder that learns from the reviews, and the queue of what to review next.
- ``pipeline``: the seeds (or any corpus) through every stage, for the notebooks.
- ``bulk``: a large corpus through the tagger in batches, on every core or a Dask cluster,
  statements streamed to Parquet and linked over the batches (``tag``, and ``pipeline.run``
  beyond 64 articles).
"""

__version__ = "0.1.0"
