"""Projects: the project file is checked with errors naming the file, key and reason; init
scaffolds a usable project; pipeline.run takes a project, a register list and metadata with only
article and published; the executed notebooks are cleaned of what varies between runs."""
from __future__ import annotations

import shutil
import warnings
from pathlib import Path

import nbformat
import pytest

from helpers import execute, paths, pipeline, project
from helpers.__main__ import main

FIXTURE = Path(__file__).parent / "fixtures" / "villebrune"


@pytest.fixture
def villebrune(tmp_path) -> Path:
    """The invented Villebrune project, copied so that nothing is written into tests/."""
    target = tmp_path / "villebrune"
    shutil.copytree(FIXTURE, target)
    return target


def test_the_shipped_case_is_a_project():
    seed = project.load()
    assert seed.is_shipped and seed.file == paths.PROJECT
    assert seed.inputs == [paths.SEEDS] and seed.metadata == paths.ARTICLES_CSV
    assert seed.figures == paths.FIGURES and seed.tables == paths.PROCESSED and seed.notebooks == paths.NOTEBOOKS
    assert seed.reviews_file == paths.LEDGER
    assert set(seed.evaluation) == {"heldout", "final"}
    # the seed gold codes no title unless it quotes a named speaker: its sets are tagged so
    assert seed.titles == "quoted" and {e["titles"] for e in seed.evaluation.values()} == {"quoted"}


@pytest.mark.parametrize("content, key, reason", [
    ("corpus: [articles]\nlanguage: de\n", "language", "'fr' or 'en'"),
    ("corpus: [articles]\nouptut: out\n", "ouptut", "Extra inputs are not permitted"),
    ("metadata: articles.csv\n", "corpus", "Field required"),
    ("corpus: []\n", "corpus", "at least one entry"),
    ("corpus: [articles]\njobs: 0\n", "jobs", "greater than or equal to 1"),
    ("corpus: [articles]\ntitles: all\n", "titles", "'reported', 'quoted' or 'none'"),
    ("corpus: [absent]\n", "corpus[0]", "absent does not exist"),
    ("corpus: [articles]\nactors: [shipped, mes-acteurs.csv]\n", "actors[1]", "mes-acteurs.csv does not exist"),
    ("corpus: [{path: export.csv, fromat: csv}]\n", "corpus.0", "Extra inputs"),
    ("- corpus\n", "", "a project file is a mapping"),
    ("corpus: [articles\n", "", "not readable YAML"),
])
def test_bad_project_files_name_the_file_key_and_reason(tmp_path, content, key, reason):
    (tmp_path / "articles").mkdir()
    file = tmp_path / project.FILENAME
    file.write_text(content, encoding="utf-8")
    with pytest.raises(project.ProjectError) as err:
        project.load(tmp_path)
    message = str(err.value)
    assert message.startswith(str(file)) and key in message and reason in message, message


def test_a_folder_without_project_file_says_how_to_make_one(tmp_path):
    with pytest.raises(project.ProjectError, match="python -m helpers init"):
        project.load(tmp_path)


def test_init_scaffolds_a_project_that_loads(tmp_path):
    folder = tmp_path / "mon-projet"
    assert main(["init", str(folder)]) == 0
    created = {p.name for p in folder.iterdir()}
    assert {"porte-parole.yaml", "articles", "articles.csv", "actors.csv", "targets.yaml", "annotations"} <= created
    proj = project.load(folder)
    assert proj.language == "fr" and proj.actors[0] == paths.ACTORS_CSV and proj.titles == "reported"
    assert proj.figures == folder / "output" / "figures"
    # The commented actor file and the minimal target load as they are.
    assert len(project.register_table(proj.actors)) == len(project.register_table([paths.ACTORS_CSV, paths.ACTORS_GENERAL_CSV]))
    assert [t.id for t in proj.codebook().targets] == ["ma_proposition"]
    # A second init leaves the user's files alone.
    (folder / "targets.yaml").write_text("id: autre\n", encoding="utf-8")
    assert project.init(folder) == []
    assert (folder / "targets.yaml").read_text(encoding="utf-8") == "id: autre\n"


def test_register_files_add_to_and_override_the_shipped_one(tmp_path):
    extra = tmp_path / "actors.csv"
    extra.write_text("# a comment line\nid,name,name_fr,type,country\n"
                     "SPICER,Sean Spicer,Sean Spicer,person,US\n"
                     "VB-X,Jeanne Exemple,,person,FR\n", encoding="utf-8")
    table = project.register_table([paths.ACTORS_CSV, extra])
    shipped = project.register_table([paths.ACTORS_CSV])
    assert len(table) == len(shipped) + 1
    assert table.set_index("id").loc["SPICER", "organization"] == ""  # replaced whole by the later file
    assert table.set_index("id").loc["VB-X", "name"] == "Jeanne Exemple"


@pytest.mark.parametrize("header, ok", [
    ("article,published", True),
    ("article,published,outlet", True),
    ("article,outlet", False),
])
def test_metadata_needs_only_article_and_published(tmp_path, header, ok):
    meta = tmp_path / "articles.csv"
    values = {"article": "a1", "published": "2025-01-14", "outlet": "Le Courrier"}
    meta.write_text(header + "\n" + ",".join(values[c] for c in header.split(",")) + "\n", encoding="utf-8")
    if ok:
        rows = project.read_metadata(meta).rows
        assert rows["a1"]["published"].isoformat() == "2025-01-14"
    else:
        with pytest.raises(project.ProjectError, match=f"{meta}: not an articles metadata table: missing column\\(s\\) published"):
            project.read_metadata(meta)


def test_pipeline_runs_a_project_with_its_register_and_targets(villebrune):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        wb = pipeline.run(villebrune)
    st = wb.statements
    assert len(wb.corpus.items) == 4 and wb.project.name.startswith("Gratuité")
    # Speakers of the project's own register, with their institution and state.
    marchais = st[st["speaker"].eq("Hélène Marchais")]
    assert len(marchais) and set(marchais["organization"]) == {"Mairie de Villebrune"}
    assert set(marchais["country"]) == {"FR"}
    # Stances coded on the project's target, and named in figures by its label.
    assert set(st.loc[st["stance"].ne("none"), "target"]) == {"gratuite_transports"}
    assert wb.names.targets["gratuite_transports"] == "Gratuité des transports en commun à Villebrune"
    # The same through paths: the register as a list of files, metadata with two columns.
    again = pipeline.run(villebrune / "articles", metadata=villebrune / "articles.csv",
                         register=[paths.ACTORS_CSV, villebrune / "actors.csv"],
                         codebook=project.load(villebrune).codebook(), annotations=None)
    assert again.statements[["article", "start", "speaker", "stance"]].equals(st[["article", "start", "speaker", "stance"]])


@pytest.mark.parametrize("outputs, merged", [
    ([("stdout", "a\n"), ("stdout", "b\n")], [("stdout", "a\nb\n")]),
    ([("stdout", "a\n"), ("stderr", "w\n"), ("stdout", "b\n")], [("stdout", "a\n"), ("stderr", "w\n"), ("stdout", "b\n")]),
    ([("stdout", "congruence: 5 nodes\n"), ("stdout", "conflict: 5 nodes\n")],
     [("stdout", "congruence: 5 nodes\nconflict: 5 nodes\n")]),
])
def test_clean_merges_split_streams_and_drops_run_metadata(outputs, merged):
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("print('a'); print('b')")
    cell.outputs = [nbformat.v4.new_output("stream", name=n, text=t) for n, t in outputs]
    cell.metadata.update(papermill={"duration": 0.1}, execution={"iopub.status.busy": "2026"}, tags=[])
    nb.cells = [cell]
    nb.metadata["papermill"] = {"start_time": "2026"}
    out = execute.clean(nb)
    assert [(o.name, o.text) for o in out.cells[0].outputs] == merged
    assert "papermill" not in out.metadata and out.cells[0].metadata == {}
