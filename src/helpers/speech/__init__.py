"""Speech stage: who said what, with speaker, institution, country, kind, cue and date.

Modules, in the order an article goes through them:

- ``detection``: cues (verbs of saying, "selon", participles, incises), quotations and the
  statement spans they frame (``find_frames``, ``shape_span``);
- ``parse``: the French dependency parse (spaCy) that finds what the rules miss: a verb of saying
  whose subject stands far from it, adverbs and incises between auxiliary and participle, the
  speaker of a quotation named in the next sentence, speakers the register does not know (NER);
- ``attribution``: who a speaker mention refers to (register, appositions, pronouns, role
  anaphora, anonymous officials): ``resolve``;
- ``linking``: reports of one speech event in an article (``same_events``) and of one utterance
  across articles (``link_utterances``);
- ``tagger``: reads an article sentence by sentence and returns the statements table
  (``statements``, ``statements_in_text``, ``tag``), or its rows as dicts (``rows``,
  ``rows_in_text``) and the table of rows (``table``).
"""
from .attribution import default_register
from .linking import UtteranceLinker, link_utterances, same_events, utterance_id
from .tagger import (
    COLUMNS, SKIP_ROLES, TITLES, iter_statements, plain, press_spans, rows, rows_in_text, statements, statements_in_text,
    table, tag,
)

__all__ = [
    "COLUMNS", "SKIP_ROLES", "TITLES", "UtteranceLinker", "default_register", "iter_statements", "link_utterances", "plain", "press_spans",
    "rows", "rows_in_text", "same_events", "statements", "statements_in_text", "table", "tag", "utterance_id",
]
