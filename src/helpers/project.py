"""A project is a folder: the user's corpus, registers, targets, reviews and outputs, named in
one file, ``porte-parole.yaml``.

The notebooks take a project as their one parameter, so a user adapts data, not code: the
repository's own case (the seeds) is the project described by ``porte-parole.yaml`` at the
repository root, and ``python -m helpers init DIR`` scaffolds a new one. Keys (paths are
relative to the project file):

- ``corpus``: list of ``.txt`` files or folders; an entry may also be a mapping
  ``{path: x.csv, format: csv, columns: {...}}`` (read by ``helpers.importers``).
- ``metadata``: the articles CSV (``article`` and ``published`` are enough), optional.
- ``actors``: list of actor registers, later ones add to and override earlier ones by ``id``;
  ``shipped`` is the repository's registers (``data/actors.csv``, the seed case's actors, and
  ``data/actors_general.csv``, well-known actors of French-language news).
- ``targets``: a target file, a folder of them, or a list of either (``shipped``: the
  repository's ``data/targets/``), passed to ``helpers.stance.load_codebook``.
- ``annotations``: the review ledger (``helpers.reviews``: a CSV file, or a folder holding
  ``ledger.csv``).
- ``output``: a folder (``figures/``, ``tables/``, ``notebooks/`` under it), or a mapping
  ``{figures: ..., tables: ..., notebooks: ...}``.
- ``language``: ``fr`` (default) or ``en``, for every figure.
- ``jobs``, ``scheduler``: how tagging runs (``helpers.pipeline``).
- ``gold``, ``evaluation``: hand-coded statements to validate against (notebook 03), optional.

Errors name the file, the key and the reason (:class:`ProjectError`).
"""
from __future__ import annotations

import logging
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, Union

import pandas as pd
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from . import actors as actors_mod
from . import corpus as corpus_mod
from . import labels, paths

FILENAME = "porte-parole.yaml"
SHIPPED = "shipped"  # a register or codebook entry that means the repository's own file
# Metadata columns beyond article + published that the corpus loader reads; filled empty when absent.
OPTIONAL_METADATA = ("outlet", "agency", "date_basis", "date_note")

log = logging.getLogger(__name__)


class ProjectError(ValueError):
    """A project file that cannot be used; the message names the file, the key and the reason."""


# --------------------------------------------------------------------------- the file's schema

class CorpusEntry(BaseModel):
    """One corpus entry given as a mapping (for importers: a CSV or JSON export of articles)."""

    model_config = ConfigDict(extra="forbid")
    path: str
    format: str = "txt"
    columns: dict[str, str] = Field(default_factory=dict)


class OutputDirs(BaseModel):
    model_config = ConfigDict(extra="forbid")
    figures: str = "figures"
    tables: str = "tables"
    notebooks: str = "notebooks"


class EvaluationSet(BaseModel):
    model_config = ConfigDict(extra="forbid")
    corpus: list[str]
    metadata: str | None = None
    gold: str


class ProjectFile(BaseModel):
    """The keys of ``porte-parole.yaml``."""

    model_config = ConfigDict(extra="forbid")
    name: str = ""
    corpus: list[Union[str, CorpusEntry]]
    metadata: str | None = None
    actors: list[str] = Field(default_factory=lambda: [SHIPPED])
    targets: Union[str, list[str]] = SHIPPED
    annotations: str | None = "annotations/reviews.csv"
    output: Union[str, OutputDirs] = "output"
    language: Literal["fr", "en"] = "fr"
    jobs: int = Field(default=1, ge=1)
    scheduler: str = "synchronous"
    gold: str | None = None
    evaluation: dict[str, EvaluationSet] = Field(default_factory=dict)
    titles: Literal["reported", "quoted", "none"] = "reported"

    @field_validator("corpus", "actors")
    @classmethod
    def _not_empty(cls, value):
        if not value:
            raise ValueError("must list at least one entry")
        return value

    @field_validator("corpus", mode="before")
    @classmethod
    def _a_list(cls, value):
        return [value] if isinstance(value, (str, dict)) else value

    @field_validator("actors", mode="before")
    @classmethod
    def _a_list_too(cls, value):
        return [value] if isinstance(value, str) else value


# --------------------------------------------------------------------------- the loaded project

@dataclass(frozen=True)
class Project:
    """A project with every path resolved (absolute).

    Attributes:
        file: the project file.
        name: its title.
        corpus: ``.txt`` files and folders (``Path``) and importer entries (``CorpusEntry`` with
            an absolute ``path``).
        metadata: the articles CSV, or None.
        actors: register CSVs, in order (later ones override earlier ones by ``id``).
        targets: a codebook path, or a list of target files.
        annotations: the review ledger (file or folder), or None.
        figures, tables, notebooks: output folders.
        language: ``fr`` or ``en``.
        jobs, scheduler: for tagging.
        gold: hand-coded statements of this corpus, or None.
        evaluation: further sets, name -> ``{"inputs", "metadata", "gold"}``, coded with the
            project's conventions (``titles``).
        titles: which titles are statements (``speech.TITLES``): ``reported`` (a title that
            reports a speaker's words), ``quoted`` (only one that quotes a named speaker), ``none``.
    """

    file: Path
    name: str
    corpus: tuple
    metadata: Path | None
    actors: tuple[Path, ...]
    targets: Path | tuple[Path, ...]
    annotations: Path | None
    figures: Path
    tables: Path
    notebooks: Path
    language: str = "fr"
    jobs: int = 1
    scheduler: str = "synchronous"
    gold: Path | None = None
    evaluation: dict = field(default_factory=dict)
    titles: str = "reported"

    @property
    def root(self) -> Path:
        return self.file.parent

    @property
    def inputs(self) -> list:
        """The corpus entries ``helpers.corpus`` reads: ``.txt`` files and folders, exports and
        tables (``{path, format, columns}`` mappings for ``helpers.importers``)."""
        return [c if isinstance(c, Path) else {"path": Path(c.path), "format": c.format, "columns": c.columns}
                for c in self.corpus]

    @property
    def reviews_file(self) -> Path | None:
        """The review ledger the explorer appends to (``ledger.csv`` in an annotations folder)."""
        if self.annotations is None:
            return None
        return self.annotations / paths.LEDGER.name if self.annotations.suffix.lower() != ".csv" else self.annotations

    @property
    def is_shipped(self) -> bool:
        """True for the repository's own case (``porte-parole.yaml`` at the root)."""
        return self.file == paths.PROJECT

    def register(self) -> actors_mod.Register:
        """The actor register: every file of ``actors`` in order, each validated
        (``helpers.schema``), later rows replacing earlier ones with the same ``id``."""
        return actors_mod.load_register(list(self.actors))

    def names(self, codebook: Any = None) -> labels.Names:
        """How figures name countries, actors and targets, in the project's language."""
        countries, actor_names = labels.register_names(register_table(self.actors), language=self.language)
        files = [self.targets] if isinstance(self.targets, Path) else list(self.targets)
        targets = labels.target_labels(codebook, files=files, language=self.language)
        return labels.Names(language=self.language, countries=countries, actors=actor_names, targets=targets)

    def codebook(self):
        """The codebook: ``stance.load_codebook`` on the codebook path or the target files."""
        return load_targets(self.targets)

    def read_metadata(self) -> corpus_mod.Metadata | None:
        """The project's metadata (only ``article`` and ``published`` required), or None."""
        return read_metadata(self.metadata) if self.metadata is not None else None

    def replace(self, **changes) -> "Project":
        """A copy with some keys changed (``project.replace(annotations=tmp / "reviews.csv")``)."""
        import dataclasses

        return dataclasses.replace(self, **changes)

    def describe(self) -> pd.DataFrame:
        """What the project reads and writes, one row per key (for a notebook's first cell)."""
        def show(p):
            if isinstance(p, (list, tuple)):
                return ", ".join(show(x) for x in p)
            if isinstance(p, CorpusEntry):
                return f"{show(Path(p.path))} ({p.format})"
            if p is None:
                return "—"
            return display_path(Path(p))

        rows = [("project", show(self.file)), ("corpus", show(self.corpus)), ("metadata", show(self.metadata)),
                ("actors", show(self.actors)), ("targets", show(self.targets)),
                ("annotations", show(self.annotations)), ("figures", show(self.figures)),
                ("tables", show(self.tables)), ("language", self.language), ("titles", self.titles)]
        return pd.DataFrame(rows, columns=["key", "value"]).set_index("key")


def write_csv(table: pd.DataFrame, path: Path | str) -> Path:
    """Write a derived table as UTF-8 CSV, atomically (``\\n`` line ends, no index)."""
    return write_atomic(Path(path), table.to_csv(index=False, lineterminator="\n"))


def display_path(path: Path) -> str:
    """A path relative to the repository when inside it (the same text on every machine),
    else relative to the working directory when inside it, else absolute."""
    path = Path(path)
    for base in (paths.ROOT, Path.cwd()):
        try:
            return path.resolve().relative_to(base.resolve()).as_posix() or "."
        except ValueError:
            continue
    return path.as_posix()


def _where(err: dict) -> str:
    return ".".join(str(p) for p in err.get("loc", ())) or "(top level)"


def _resolve(base: Path, value: str, *, shipped: Path | None = None) -> Path:
    if shipped is not None and value == SHIPPED:
        return shipped
    p = Path(value).expanduser()
    return p if p.is_absolute() else (base / p).resolve()


def load(project: "Project | Path | str | None" = None) -> Project:
    """Read and check a project.

    Args:
        project: a ``porte-parole.yaml`` file, a folder holding one, a ``Project`` (returned as
            is), or None for the repository's own case (``paths.PROJECT``).

    Returns:
        The ``Project`` with every path resolved.

    Raises:
        ProjectError: no project file, not YAML, an unknown key, a wrong value or a path that
            does not exist; the message names the file, the key and the reason.
    """
    if isinstance(project, Project):
        return project
    file = Path(paths.PROJECT if project in (None, "") else project).expanduser()
    if file.is_dir():
        file = file / FILENAME
    file = file.resolve()
    if not file.is_file():
        raise ProjectError(f"{file}: no project file here (python -m helpers init "
                           f"{file.parent} creates one)")
    try:
        raw = yaml.safe_load(file.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise ProjectError(f"{file}: not UTF-8 text; save it as UTF-8") from None
    except yaml.YAMLError as err:
        raise ProjectError(f"{file}: not readable YAML ({str(err).splitlines()[0]})") from None
    if not isinstance(raw, dict):
        raise ProjectError(f"{file}: a project file is a mapping of keys (corpus, metadata, actors, ...), "
                           f"not {type(raw).__name__}")
    try:
        spec = ProjectFile.model_validate(raw)
    except ValidationError as err:
        problems = "; ".join(f"{_where(e)}: {e['msg']}" for e in err.errors())
        raise ProjectError(f"{file}: {problems}") from None
    base = file.parent
    missing = []

    def existing(key: str, value: str, *, shipped: Path | None = None) -> Path:
        p = _resolve(base, value, shipped=shipped)
        if not p.exists():
            missing.append(f"{key}: {value} does not exist ({p})")
        return p

    corpus: list = []
    for i, entry in enumerate(spec.corpus):
        if isinstance(entry, CorpusEntry):
            corpus.append(entry.model_copy(update={"path": str(existing(f"corpus[{i}].path", entry.path))}))
        else:
            corpus.append(existing(f"corpus[{i}]", entry))
    metadata = existing("metadata", spec.metadata) if spec.metadata else None
    # "shipped" is the repository's registers: the seed case's actors and the general register.
    registers = tuple(p for i, a in enumerate(spec.actors)
                      for p in ([paths.ACTORS_CSV, paths.ACTORS_GENERAL_CSV] if a == "shipped"
                                else [existing(f"actors[{i}]", a)]))
    if isinstance(spec.targets, str):
        targets: Path | tuple[Path, ...] = existing("targets", spec.targets, shipped=paths.CODEBOOK)
    else:
        targets = tuple(existing(f"targets[{i}]", t, shipped=paths.CODEBOOK) for i, t in enumerate(spec.targets))
        if not targets:
            missing.append("targets: must name a codebook or at least one target file")
    gold = existing("gold", spec.gold) if spec.gold else None
    evaluation = {}
    for name, ev in spec.evaluation.items():
        evaluation[name] = {
            "inputs": [existing(f"evaluation.{name}.corpus", c) for c in ev.corpus],
            "metadata": existing(f"evaluation.{name}.metadata", ev.metadata) if ev.metadata else None,
            "gold": existing(f"evaluation.{name}.gold", ev.gold), "titles": spec.titles}
    if missing:
        raise ProjectError(f"{file}: " + "; ".join(missing))
    out = spec.output if isinstance(spec.output, OutputDirs) else None
    out_root = _resolve(base, spec.output) if isinstance(spec.output, str) else base
    dirs = out or OutputDirs()
    return Project(
        file=file, name=spec.name or base.name, corpus=tuple(corpus), metadata=metadata, actors=registers,
        targets=targets, annotations=_resolve(base, spec.annotations) if spec.annotations else None,
        figures=_resolve(out_root, dirs.figures), tables=_resolve(out_root, dirs.tables),
        notebooks=_resolve(out_root, dirs.notebooks), language=spec.language, jobs=spec.jobs,
        scheduler=spec.scheduler, gold=gold, evaluation=evaluation, titles=spec.titles)


load_project = load  # the name notebooks import: ``project = load_project(project)``


# --------------------------------------------------------------------------- inputs of a project

def _csv_text(path: Path) -> str:
    """A CSV file's text without comment lines (``#`` first), so scaffolded files can explain
    themselves."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise ProjectError(f"{path}: not UTF-8 text; save it as UTF-8") from None
    return "".join(line for line in text.splitlines(keepends=True) if not line.lstrip().startswith("#"))


def register_table(files) -> pd.DataFrame:
    """The actor registers in ``files`` as one table (columns of ``actors.COLUMNS`` plus
    ``name_fr``); a later file's row replaces an earlier row with the same ``id``.

    Raises:
        ProjectError: a file is missing, unreadable or lacks ``id`` / ``name``.
    """
    import io

    frames = []
    for path in files:
        path = Path(path)
        if not path.is_file():
            raise ProjectError(f"{path}: actor register not found")
        try:
            table = pd.read_csv(io.StringIO(_csv_text(path)), dtype=str, keep_default_na=False)
        except (pd.errors.ParserError, pd.errors.EmptyDataError) as err:
            raise ProjectError(f"{path}: not a readable CSV ({str(err).strip()})") from None
        missing = [c for c in ("id", "name") if c not in table.columns]
        if missing:
            raise ProjectError(f"{path}: actor register lacks column(s) {', '.join(missing)}")
        frames.append(table)
    table = pd.concat(frames, ignore_index=True).fillna("")
    for col in [*actors_mod.COLUMNS, "name_fr"]:
        if col not in table.columns:
            table[col] = ""
    table = table[table["id"].str.strip().ne("")]
    table["type"] = table["type"].replace("", "person")
    return table.drop_duplicates("id", keep="last").reset_index(drop=True)


def read_metadata(path: Path | str, *, store: bool = False) -> corpus_mod.Metadata:
    """An articles metadata CSV: ``article`` and ``published`` required, the rest optional
    (``helpers.schema``; bad rows are in the returned ``problems``, reported by the loader).
    ``store``: rows kept in a temporary file, not in memory (``corpus.read_metadata``).

    Raises:
        ProjectError: the file is missing, not a UTF-8 CSV, or lacks ``article`` / ``published``.
    """
    import warnings

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return corpus_mod.read_metadata(path, store=store)
    except corpus_mod.CorpusError as err:
        raise ProjectError(str(err)) from None


def load_targets(targets):
    """The codebook of a project's ``targets``: a target file, a folder of them, a list of
    either, or an older single-file codebook (``stance.load_codebook``).

    Raises:
        ProjectError: naming the file, the key and the reason.
    """
    from . import stance

    try:
        return stance.load_codebook(targets if isinstance(targets, (str, Path)) else list(targets))
    except stance.CodebookError as err:
        raise ProjectError(str(err)) from None


def _is_codebook(path: Path) -> bool:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError, UnicodeDecodeError):
        return False
    return isinstance(raw, dict) and "cues" in raw and "stances" in raw


# --------------------------------------------------------------------------- notebooks

def notebook_logging() -> None:
    """Log to the notebook's standard output (not stderr, which JupyterLab shows in a red box):
    the workbook's INFO lines, others' warnings, one short line each."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("%(name)s: %(message)s"))
    root.addHandler(handler)
    # The workbook's own steps at INFO; third-party chatter (font subsetting, kernels) only
    # when it warns.
    root.setLevel(logging.WARNING)
    logging.getLogger(__name__.split(".")[0]).setLevel(logging.INFO)


# --------------------------------------------------------------------------- init

PROJECT_TEMPLATE = """\
# porte-parole project: every notebook and figure of the workbook runs on what this file names.
#   make workbook PROJECT={folder}
# writes executed notebooks, tables and figures under `output` (below). Paths are relative to this file.
name: {name}

# Your articles: .txt files or folders of them (every *.txt below a folder, in name order).
corpus:
  - articles/

# One row per article: `article` (the file name without .txt) and `published` (YYYY-MM-DD) are
# enough; outlet, agency, date_basis, date_note are used when present.
metadata: articles.csv

# Actor registers, later ones adding to (or correcting, by id) earlier ones.
# `shipped` is the register that comes with porte-parole (states, ministries, their spokespeople).
actors:
  - shipped
  - actors.csv

# The propositions statements take a stance on: target files (see targets.yaml), or a codebook.
targets:
  - targets.yaml

# Your reviews of the automatic coding (the explorer of notebook 06 appends to it).
annotations: annotations/reviews.csv

# Executed notebooks, tables and figures go here.
output: output

# Language of every figure: fr or en.
language: fr

# Titles: `reported` codes a headline that reports someone's words ("X annonce que ...") as a
# statement; `quoted` only one that quotes a named speaker; `none` never reads titles.
titles: reported
"""

TARGETS_TEMPLATE = """\
# One proposition statements take a stance on (pour / contre / neutre), in plain French: words
# are matched with their inflections ("la réforme" also finds "cette réforme"). Check it with
#   .venv/bin/python -m helpers target check targets.yaml --corpus articles
# which codes the examples below and shows what the target catches. Every key: helpers/targets.py.
id: ma_proposition            # lowercase letters, digits and _
label: Ma proposition          # shown in figure titles
definition: Ce qu'une déclaration doit concerner pour être codée, en une phrase.
# 5-20 words or phrases that name the proposition.
topic: [exemple de proposition, la proposition]
# Optional: this proposition's own cue words, added to the general French lexicon.
against: [abandon, retrait]
favor: [indispensable]
# Each example must be coded as labelled (target check, and the tests).
examples:
  favor: ["Cette proposition est indispensable"]
  against: ["Nous demandons le retrait de la proposition"]
# For a proposition between two sides (a cooperation, an agreement), name each side:
# parties:
#   FR: [France, Paris, français]
#   DE: [Allemagne, Berlin, allemand]
"""

ACTORS_TEMPLATE = """\
# Your actors, added to the shipped register (same columns; a row with a shipped id replaces it).
# id: short unique id; name: canonical name; name_fr: the name French figures show (when the
# canonical name is not French); type: person | institution | country | group | media;
# aliases and roles: spellings and titles, separated by |; organization: id of the institution
# a person speaks for; country: ISO 3166-1 alpha-2 ('' for non-state actors);
# valid_from / valid_to: when the roles designate this person.
# Example (remove the leading # to use it):
# FR-MAIRIE-X,Mairie de X,,institution,la mairie|la municipalité,,,,FR,,,f,s,
id,name,name_fr,type,aliases,roles,organization,parent,country,valid_from,valid_to,gender,number,note
"""

METADATA_TEMPLATE = "article,published\n"


def init(directory: Path | str, *, name: str | None = None) -> list[Path]:
    """Scaffold a project in ``directory``: the project file, an ``articles/`` folder, an empty
    metadata CSV, a commented actor file and a commented minimal target.

    Existing files are never overwritten (they are left as they are and not returned).

    Returns:
        The files and folders created.
    """
    root = Path(directory)
    root.mkdir(parents=True, exist_ok=True)
    created = []
    files = {
        FILENAME: PROJECT_TEMPLATE.format(folder=root.as_posix(), name=name or root.resolve().name),
        "targets.yaml": TARGETS_TEMPLATE,
        "actors.csv": ACTORS_TEMPLATE,
        "articles.csv": METADATA_TEMPLATE,
    }
    for rel, content in files.items():
        target = root / rel
        if not target.exists():
            write_atomic(target, content)
            created.append(target)
    for folder in ("articles", "annotations"):
        if not (root / folder).exists():
            (root / folder).mkdir()
            created.append(root / folder)
    return created


def write_atomic(path: Path, content: str | bytes) -> Path:
    """Write ``content`` to ``path`` through a temporary file in the same folder, then rename:
    a reader never sees half a file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = content.encode("utf-8") if isinstance(content, str) else content
    with tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.name}.", delete=False) as tmp:
        tmp.write(data)
    Path(tmp.name).replace(path)
    return path
