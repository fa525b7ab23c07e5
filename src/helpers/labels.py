"""What figures call things: one language per figure set, names from the project's register.

A figure set is in one language (French by default, English with ``language: en`` in the
project file), actor and institution names included: the register's ``name_fr`` column gives
the French name of an actor whose canonical ``name`` is English ("US Department of Defense" ->
"département de la Défense des États-Unis"), so a French figure never shows "Russian Ministry
of Defence" beside "pour / contre". Country names come from the register's country rows;
target labels from the codebook (``label``, or ``label_en`` in English).

``Names`` carries all of it; :func:`helpers.charts.stance_timeline` and the other charts take
one as ``names=`` (the notebooks pass ``workbook.names``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Mapping

import pandas as pd
import yaml

from . import paths

LANGUAGES = ("fr", "en")

# Every word a figure writes, per language. Keys are what the chart code asks for.
TEXT: dict[str, dict[str, object]] = {
    "fr": {
        "stances": {"favor": "pour", "against": "contre", "neutral": "neutre"},
        "levels": {"person": "personne", "institution": "institution", "country": "pays"},
        "reasons": {"no stance": "sans position codée", "other target": "sur une autre cible",
                    "no date": "sans date", "no actor at this level": "sans acteur à ce niveau"},
        "months": ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
                   "nov.", "déc."),
        "quarter": "T",
        "decimal": ",",
        "quote_marks": ("« ", " »"),
        "no_country": "acteurs non étatiques",
        "publication_label": "creux : daté par la publication\nde l'article (« publ. »)",
        "publication_mark": "publ.",
        "title": "Position sur « {target} », par {level}",
        "net_title": "Position nette sur « {target} », par {level}",
        "stance_legend": "position",
        "count_legend": "×3 : rapporté par 3 articles",
        "empty": "aucun énoncé daté et codé pour cette cible",
        "note": "{n} énoncés ({reports} articles-reprises{dated}) ; ",
        "dated_by": ", dont {n} datés par la publication",
        "hidden": "{n} d'autres acteurs non montrés ; ",
        "excluded": "exclus : {total} ({parts})",
        "none_excluded": "aucun énoncé exclu",
        "others_lane": "autres acteurs ({n})",
        "capped": "{n} acteurs les moins cités regroupés ({u} énoncés) ; ",
        "unlabelled": "{n} autres événements cerclés sans citation ; ",
        "run_label": "série contraire juste avant\nle revirement (trait plein)",
        "record_label": "positions contraires plus\nanciennes (tirets)",
        "divergence_label": "position contraire d'une autre\ninstitution (pointillés)",
        "ring_shift": "revirement (cerclé)",
        "ring_divergence": "divergence (cerclé)",
        "ring_both": "revirement ou divergence\n(cerclé)",
        "tentative_label": "incertain : non revu, codage\npeu sûr (cercle tireté)",
        "more": " (+{n} autre{s})",
        "net_bar": "(pour − contre) / énoncés",
        "net_ticks": ["−1 contre", "0", "+1 pour"],
        "net_note": "{n} énoncés, dont {p} datés par la publication de l'article ; ",
        "net_rows_capped": "{n} acteurs les moins cités regroupés ; ",
        "net_coarser": "périodes regroupées par {freq} pour tenir sur la page ; ",
        "freq_names": {"Q": "trimestre", "Y": "année"},
        "institution": "(institution)",
        "empty_explorer": "aucun énoncé ne correspond aux filtres",
    },
    "en": {
        "stances": {"favor": "for", "against": "against", "neutral": "neutral"},
        "levels": {"person": "person", "institution": "institution", "country": "country"},
        "reasons": {"no stance": "no stance coded", "other target": "on another target",
                    "no date": "no date", "no actor at this level": "no actor at this level"},
        "months": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
        "quarter": "Q",
        "decimal": ".",
        "quote_marks": ("“", "”"),
        "no_country": "non-state actors",
        "publication_label": "hollow: dated by the article's\npublication (“publ.”)",
        "publication_mark": "publ.",
        "title": "Stance on “{target}”, by {level}",
        "net_title": "Net stance on “{target}”, by {level}",
        "stance_legend": "stance",
        "count_legend": "×3: reported by 3 articles",
        "empty": "no dated, coded statement on this target",
        "note": "{n} statements ({reports} article reports{dated}); ",
        "dated_by": ", {n} dated by publication",
        "hidden": "{n} by other actors not shown; ",
        "excluded": "left out: {total} ({parts})",
        "none_excluded": "none left out",
        "others_lane": "other actors ({n})",
        "capped": "{n} least quoted actors grouped ({u} statements); ",
        "unlabelled": "{n} more events ringed without a quote; ",
        "run_label": "opposite run just before\nthe reversal (solid)",
        "record_label": "older opposite\npositions (dashed)",
        "divergence_label": "opposite position of another\ninstitution (dotted)",
        "ring_shift": "reversal (ringed)",
        "ring_divergence": "divergence (ringed)",
        "ring_both": "reversal or divergence\n(ringed)",
        "tentative_label": "tentative: unreviewed, uncertain\ncoding (dashed ring)",
        "more": " (+{n} more)",
        "net_bar": "(for − against) / statements",
        "net_ticks": ["−1 against", "0", "+1 for"],
        "net_note": "{n} statements, {p} dated by the article's publication; ",
        "net_rows_capped": "{n} least quoted actors grouped; ",
        "net_coarser": "periods grouped by {freq} to fit the page; ",
        "freq_names": {"Q": "quarter", "Y": "year"},
        "institution": "(institution)",
        "empty_explorer": "no statement matches the filters",
    },
}

_ARTICLE = re.compile(r"(?i)^(l['’]|le |la |les )")


def text(language: str) -> dict[str, object]:
    """The words of the figures in ``language`` (``fr`` or ``en``)."""
    if language not in TEXT:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, not {language!r}")
    return TEXT[language]


@dataclass(frozen=True)
class Names:
    """How figures name things, in one language.

    Attributes:
        language: ``fr`` or ``en``.
        countries: ISO alpha-2 -> country name.
        actors: canonical register name -> the name figures show (French or English).
        targets: codebook target id -> label.
    """

    language: str = "fr"
    countries: Mapping[str, str] = field(default_factory=dict)
    actors: Mapping[str, str] = field(default_factory=dict)
    targets: Mapping[str, str] = field(default_factory=dict)

    @property
    def text(self) -> dict[str, object]:
        return text(self.language)

    def actor(self, name: str) -> str:
        """The display name of a canonical actor name (itself when the register has none)."""
        return self.actors.get(name, name)

    def localise(self, statements: pd.DataFrame) -> pd.DataFrame:
        """``statements`` with ``speaker`` and ``organization`` in the figure language.

        Columns in and out: the same; only the names change (a copy is returned).
        """
        if not self.actors:
            return statements
        out = statements.copy()
        for col in ("speaker", "organization"):
            if col in out.columns:
                out[col] = out[col].map(lambda v: self.actors.get(v, v) if isinstance(v, str) else v)
        return out


def register_names(table: pd.DataFrame, *, language: str = "fr") -> tuple[dict[str, str], dict[str, str]]:
    """(countries, actors) display names from a register table (``actors.csv`` columns).

    In French, ``name_fr`` wins when present; a country without one is named by its first bare
    alias (no article, not an acronym: "États-Unis" for ``US``). In English the canonical
    ``name`` is used.
    """
    text(language)
    table = table.fillna("").astype(str)
    has_fr = "name_fr" in table.columns
    actors, countries = {}, {}
    for r in table.to_dict("records"):
        name = r.get("name", "")
        shown = name
        if language == "fr":
            if has_fr and r.get("name_fr", "").strip():
                shown = r["name_fr"].strip()
            elif r.get("type", "") == "country":
                bare = [a.strip() for a in r.get("aliases", "").split("|") if a.strip()
                        and not _ARTICLE.match(a.strip()) and not a.strip().isupper()]
                shown = bare[0] if bare else name
        if name and shown != name:
            actors[name] = shown
        if r.get("type", "") == "country" and r.get("country", ""):
            countries[r["country"].upper()] = shown
    return countries, actors


def target_labels(codebook: object = None, *, files: Iterable[Path | str] = (), language: str = "fr") -> dict[str, str]:
    """Target id -> label, from a loaded codebook or from YAML files (codebook or target files)."""
    labels: dict[str, str] = {}
    for target in getattr(codebook, "targets", ()) or ():
        labels[str(target.id)] = str(target.label)
    for path in files:
        try:
            raw = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError):
            continue
        entries = raw.get("targets", [raw]) if isinstance(raw, dict) else raw if isinstance(raw, list) else []
        for t in entries:
            if isinstance(t, dict) and "id" in t:
                key = "label_en" if language == "en" and "label_en" in t else "label"
                labels[str(t["id"])] = str(t.get(key, t["id"]))
    return labels


def names_from_files(actors: Iterable[Path | str] = (paths.ACTORS_CSV,),
                     targets: Iterable[Path | str] = (paths.CODEBOOK,), *, language: str = "fr") -> Names:
    """``Names`` from register CSVs (later files win) and codebook / target YAML files."""
    frames = []
    for path in actors:
        try:
            frames.append(pd.read_csv(path, dtype=str, keep_default_na=False, comment=None))
        except (OSError, ValueError, pd.errors.ParserError):
            continue
    table = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=["name"])
    countries, actor_names = register_names(table, language=language)
    return Names(language=language, countries=countries, actors=actor_names,
                 targets=target_labels(files=targets, language=language))


_DEFAULT: list[Names] = []


def default() -> Names:
    """The names charts use when given none: set by :func:`use`, else the shipped register and
    codebook in French (read once)."""
    if not _DEFAULT:
        _DEFAULT.append(names_from_files())
    return _DEFAULT[-1]


def use(names: Names) -> Names:
    """Make ``names`` the default for charts drawn without ``names=`` (the explorer's timeline).

    A notebook calls it once, like ``figures.setup()``; returns ``names``.
    """
    _DEFAULT.clear()
    _DEFAULT.append(names)
    return names
