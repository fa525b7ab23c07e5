"""Importers: press-database exports, tables of articles and web pages, read into articles.

The fixtures in tests/fixtures/imports/ are invented French articles laid out as each export lays
them out (written for these tests, not copied from any database); see the README there.
"""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
import warnings
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import corpus, importers, paths, speech
from helpers.importers import markup, nexis, rtf
from helpers.importers.base import nonblank

FIX = paths.ROOT / "tests" / "fixtures" / "imports"


def load(entries, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", corpus.CorpusWarning)
        return corpus.load_articles(entries, **kw)


def read_all(path, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", corpus.CorpusWarning)
        return list(importers.read(path, **kw))


# file, format sniffed, articles found, then (position, outlet, date, title start) of some of them
FORMATS = [
    ("europresse_syrie.html", "europresse", 4, [
        (1, "Le Monde", "2017-01-24", "Syrie : le Pentagone dément"),
        (2, "Le Figaro", "2017-01-23", "Moscou annonce des frappes"),
        (3, "Libération", "2017-01-24", "Al-Bab : la Russie revendique"),
        (4, "Ouest-France", None, "Le Kremlin tend la main")]),
    ("factiva_syrie.html", "factiva", 3, [
        (1, "AFP", "2016-10-20", "Le département d'Etat écarte"),
        (2, "Sputnik", "2016-05-26", "Lavrov propose un état-major"),
        (3, "Le Figaro", "2017-01-24", "Sean Spicer se dit ouvert")]),
    ("factiva_alep.rtf", "factiva", 3, [
        (1, "Reuters", "2016-10-18", "Moscou et Washington divergent sur la trêve d'Alep"),
        (2, "Le Monde", "2016-07-15", "Le Pentagone refuse de partager"),
        (3, "Sputnik", "2017-01-23", "Choïgou évoque une coordination")]),
    ("nexis_syrie.docx", "nexis", 3, [
        (1, "Le Monde", "2016-05-21", "Washington exclut une coopération"),
        (2, "La Croix", "2016-05-27", "Le Kremlin chiffre ses frappes"),
        (3, "L'Orient-Le Jour", "2017-01-24", "Davis : « pas de coordination »")]),
    ("nexis_uni_syrie.rtf", "nexis", 3, [
        (1, "Le Monde", "2016-05-21", "Washington exclut une coopération"),
        (3, "L'Orient-Le Jour", "2017-01-24", "Davis : « pas de coordination »")]),
    ("veille_syrie.csv", "csv", 3, [
        (1, "L'Orient-Le Jour", "2016-05-21", "Washington écarte des frappes"),
        (3, "LCI", "2017-01-24", "Spicer ouvert à une coopération")]),
    ("monitoring_syrie.jsonl", "jsonl", 3, [
        (1, "Reuters", "2016-07-14", "Kerry à Moscou"),
        (4, "TASS", "2016-07-16", "Lavrov salue")]),
    ("page_sputnik.html", "html", 1, [
        (1, "Sputnik", "2016-05-26", "Lavrov : Moscou prêt à coordonner")]),
    ("page_sauvegardee.txt", "html", 1, [
        (1, "Sputnik", "2016-05-26", "Peskov : le Kremlin attend")]),
]


@pytest.mark.parametrize("name, fmt, n, expected", FORMATS, ids=[f[0] for f in FORMATS])
def test_each_format_is_sniffed_and_read_with_outlet_date_and_title(name, fmt, n, expected):
    path = FIX / name
    assert importers.sniff(path) == fmt
    found = read_all(path)
    assert len(found) == n
    assert {a.format for a in found} == {fmt}
    by_position = {a.position: a for a in found}
    for position, outlet, date, title in expected:
        a = by_position[position]
        assert a.outlet == outlet
        assert a.published == (dt.date.fromisoformat(date) if date else None)
        assert a.title.startswith(title)
        assert a.text.startswith(a.title)  # the title is the first paragraph of the text
        assert a.source_file == path


# file, article, speaker, words of the statement: one statement tagged end to end per format
STATEMENTS = [
    ("europresse_syrie.html", "europresse_syrie-001", "Jeff Davis", "ne coordonne pas de frappes aériennes"),
    ("factiva_syrie.html", "factiva_syrie-001", "John Kirby", "pas en position de coopérer militairement"),
    ("factiva_alep.rtf", "factiva_alep-002", "Michelle Baldanza", "aucun projet de coopération militaire"),
    ("nexis_syrie.docx", "nexis_syrie-001", "Jeff Davis", "ne coopérons pas et ne coordonnons pas"),
    ("nexis_uni_syrie.rtf", "nexis_uni_syrie-003", "Jeff Davis", "aucune frappe en coordination"),
    ("veille_syrie.csv", "veille_syrie-001", "Adrian Rankine-Galloway", "ne coopèrent pas militairement"),
    ("monitoring_syrie.jsonl", "monitoring_syrie-002", "Ashton Carter", "pas de base pour une coopération"),
    ("page_sputnik.html", "page_sputnik", "Sergueï Lavrov", "travailler ensemble contre le terrorisme"),
    ("page_sauvegardee.txt", "page_sauvegardee", "Sergueï Lavrov", "travailler ensemble contre le terrorisme"),
]


@pytest.mark.parametrize("name, article, speaker, words", STATEMENTS, ids=[s[0] for s in STATEMENTS])
def test_a_statement_of_each_format_is_tagged_end_to_end(name, article, speaker, words):
    entry = {"path": FIX / name, "columns": {"date": "published_at"}} if name.endswith(".jsonl") else FIX / name
    c = load(entry)
    row = c.articles.set_index("article").loc[article]
    assert row.outlet and row.title and row.date_basis in ("metadata", "text")
    a = c[article]
    assert a.path == FIX / name  # provenance: the export file, and the position in it
    st = speech.statements(a)
    hits = st[st.text.str.contains(words, regex=False)]
    assert len(hits) == 1, st[["speaker", "text"]].to_dict("records")
    assert hits.speaker.iloc[0] == speaker
    assert (st.apply(lambda r: a.text[r.start:r.end] == r.text, axis=1)).all()


def export_text(path: Path) -> str:
    """Every visible character of an export, read independently of the importers' walk."""
    data = path.read_bytes()
    if path.suffix == ".docx":
        return "\n".join(nexis.docx_lines(data, name=str(path)))
    if path.suffix == ".rtf":
        return "\n".join(rtf.lines(data, name=str(path))[0])
    text, _, _ = markup.decode_html(data, name=str(path))
    root = markup.parse(text, name=str(path))
    return markup.visible_text(root.find("body"))


@pytest.mark.parametrize("name", ["europresse_syrie.html", "factiva_syrie.html", "factiva_alep.rtf",
                                  "nexis_syrie.docx", "nexis_uni_syrie.rtf"])
def test_every_character_of_an_export_is_kept_taken_as_metadata_or_counted_as_dropped(name):
    path = FIX / name
    found = read_all(path)
    accounted = sum(nonblank(a.text) + sum(nonblank(t) for _, t in a.fields)
                    + sum(nonblank(t) for _, t in a.dropped) for a in found)
    assert accounted == nonblank(export_text(path))
    assert not any(kind == "unrecognised" for a in found for kind, _ in a.dropped)


@pytest.mark.parametrize("name", ["europresse_syrie.html", "factiva_alep.rtf", "nexis_syrie.docx",
                                  "veille_syrie.csv", "page_sauvegardee.txt"])
def test_imported_articles_go_through_the_same_cleaning_and_character_accounting(name):
    c = load(FIX / name)
    a = c.articles
    assert (a.n_press + a.n_boilerplate + a.n_comments + a.n_duplicate == a.n_chars).all()
    for article in c.items:
        p = article.paragraphs
        assert all(article.text[s:e] == t for s, e, t in p[["start", "end", "text"]].itertuples(index=False))
        assert sum(nonblank(t) for t in p.text) == nonblank(article.text)


@pytest.mark.parametrize("name, kind, words", [
    ("europresse_syrie.html", "copyright", "© 2017 Le Monde. Tous droits réservés."),
    ("europresse_syrie.html", "database-notice", "Le présent document est protégé"),
    ("europresse_syrie.html", "database-note", "Cet article est paru dans Le Monde"),
    ("europresse_syrie.html", "export-page", "Nombre de documents : 4"),
    ("factiva_syrie.html", "copyright", "Copyright 2016 Agence France-Presse"),
    ("factiva_syrie.html", "export-page", "Résumé de la recherche"),
    ("nexis_syrie.docx", "export-page", "Job Number: 241583"),
    ("nexis_syrie.docx", "export-page", "Narrowed by"),  # the cover page's table
    ("nexis_syrie.docx", "database-index", "Subject: GUERRES ET CONFLITS"),
    ("page_sputnik.html", "page", "Daech bat en retraite à Palmyre"),
    ("page_sputnik.html", "page", "Mentions légales"),
])
def test_what_an_importer_drops_is_counted_by_kind_and_is_not_in_the_text(name, kind, words):
    c = load(FIX / name)
    table = importers.dropped(c)
    rows = table[table.kind == kind]
    assert rows.n_chars.sum() > 0
    pieces = [t for a in c.items for k, t in a.source.dropped if k == kind]
    assert any(words in t for t in pieces)
    assert not any(words in a.text for a in c.items)


def test_scripts_styles_and_navigation_of_a_page_saved_as_txt_are_not_press_text():
    problems: list = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", corpus.CorpusWarning)
        [article] = list(corpus.iter_articles(FIX / "page_sauvegardee.txt", problems=problems))
    assert any("an HTML page, not plain text" in p and "trafilatura" in p for _, p in problems)
    for needle in ("<", "gtag", "font-family", "Accueil", "Rechercher", "Mentions légales"):
        assert needle not in article.text, needle
    assert article.meta["date_basis"] == "metadata" and article.meta["published"] == dt.date(2016, 5, 26)


def test_plain_txt_files_still_load_as_before():
    c = load(paths.SEEDS, metadata=paths.ARTICLES_CSV)
    assert len(c) == 5 and c.problems.empty
    assert set(importers.provenance(c).format) == {"txt"}
    assert not any(hasattr(a, "source") for a in c.items)


def test_missing_date_is_unknown_and_reported():
    c = load(FIX / "europresse_syrie.html")
    row = c.articles.set_index("article").loc["europresse_syrie-004"]
    assert row.published is None and row.date_basis == "unknown"
    assert c.problems.problem.str.contains("article 4\\): the export gives no date").any()


def test_non_utf8_rtf_is_decoded_with_its_code_page():
    found = read_all(FIX / "factiva_alep.rtf")
    assert {a.encoding for a in found} == {"cp1252"}
    assert "pause humanitaire de huit heures à Alep" in found[0].text  # raw cp1252 bytes
    assert "département américain de la défense" in found[1].text  # \'e9 escapes
    assert found[2].title == "Choïgou évoque une coordination renforcée"  # \u escapes
    assert found[0].byline == "Hélène Garnier"


def test_docx_tables_become_lines_and_the_cover_table_is_dropped():
    a = load(FIX / "nexis_syrie.docx")["nexis_syrie-002"]
    for cell in ("Mois", "Sorties", "1 200", "Avril", "512"):
        assert f"\n{cell}\n" in a.text
    assert "Ces chiffres n'ont pas pu être vérifiés" in a.text  # the paragraph after the table
    assert "Narrowed by" not in a.text


@pytest.mark.parametrize("name, position, source_id, extra", [
    ("europresse_syrie.html", 1, "news·20170124·LM·2017-01-24-a0311",
     {"section": "International", "word_count": 318, "byline": "Claire Duval",
      "url": "https://www.lemonde.fr/international/article/2017/01/24/syrie-frappes.html"}),
    ("factiva_syrie.html", 3, "FIGARO0020170124ed1o0000x", {"word_count": 1024, "byline": "Julie Marchand"}),
    ("nexis_syrie.docx", 1, "", {"section": "INTERNATIONAL; Pg. 5", "word_count": 402, "byline": "Paul Mercier"}),
    ("veille_syrie.csv", 3, "VM-0414", {"byline": "La rédaction de LCI"}),
])
def test_provenance_keeps_file_position_and_the_database_id(name, position, source_id, extra):
    c = load(FIX / name)
    prov = importers.provenance(c).set_index("position")
    row = prov.loc[position]
    assert row.source_file == f"tests/fixtures/imports/{name}"
    assert row.source_id == source_id
    for key, value in extra.items():
        assert row[key] == value, key
    assert row.n_text > 0 and row.n_fields > 0


def test_byline_and_title_come_from_the_export():
    c = load(FIX / "europresse_syrie.html")
    a = c.articles.set_index("article")
    assert a.loc["europresse_syrie-001", "byline"] == "Claire Duval"
    assert a.loc["europresse_syrie-002", "agency"] == "AFP"  # "Le Figaro avec AFP" read by the cleaning


def test_the_same_dispatch_in_two_outlets_is_flagged_at_the_article_level():
    c = load([FIX / "europresse_syrie.html", FIX / "factiva_syrie.html"])
    d = importers.duplicates(c).set_index("article")
    assert d.loc["europresse_syrie-002", "duplicate_group"] == d.loc["europresse_syrie-003", "duplicate_group"] != ""
    assert d.loc["europresse_syrie-003", "duplicate_of"] == "europresse_syrie-002"
    assert d.loc["europresse_syrie-001", "duplicate_group"] == ""
    assert (d.duplicate_group != "").sum() == 2


def test_the_same_article_in_two_exports_is_flagged(tmp_path):
    for name in ("factiva_syrie.html", "europresse_syrie.html"):
        (tmp_path / name).write_bytes((FIX / name).read_bytes())
    (tmp_path / "copie_factiva.html").write_bytes((FIX / "factiva_syrie.html").read_bytes())
    d = importers.duplicates(load(tmp_path))
    groups = d[d.duplicate_group != ""].groupby("duplicate_group").article.apply(sorted).tolist()
    assert ["copie_factiva-001", "factiva_syrie-001"] in groups
    assert len(groups) == 4  # three articles of the copied export, one wire dispatch in two outlets


def test_the_analysts_metadata_overrides_the_export():
    md = pd.DataFrame([{"article": "europresse_syrie-004", "outlet": "Ouest-France", "agency": "",
                        "published": "2017-01-23", "date_basis": "inferred", "date_note": "from the print edition"}])
    row = load(FIX / "europresse_syrie.html", metadata=md).articles.set_index("article").loc["europresse_syrie-004"]
    assert (row.published, row.date_basis, row.date_note) == (dt.date(2017, 1, 23), "inferred", "from the print edition")


def test_a_folder_is_searched_for_exports_but_tables_are_read_only_when_named():
    c = load(FIX)
    formats = set(importers.provenance(c).format)
    assert formats == {"europresse", "factiva", "nexis", "html"}
    assert len(c) == 4 + 3 + 3 + 3 + 3 + 2


@pytest.mark.parametrize("entry, message", [
    ({"path": FIX / "veille_syrie.csv", "columns": {"text": "contenu"}}, "no column 'contenu' for the text"),
    ({"path": FIX / "veille_syrie.csv", "columns": {"corps": "texte"}}, "unknown column role(s) corps"),
    ({"path": FIX / "monitoring_syrie.jsonl", "columns": {"text": "texte"}}, "no column 'texte' for the text"),
    ({"path": FIX / "veille_syrie.csv", "format": "pdf"}, "unknown format 'pdf'"),
    ({"path": FIX / "veille_syrie.csv", "colonnes": {}}, "unknown: colonnes"),
])
def test_bad_entries_give_a_clear_error_naming_the_file(entry, message):
    problems: list = []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", corpus.CorpusWarning)
            list(corpus.iter_articles(entry, problems=problems))
    except corpus.CorpusError as err:
        problems.append(("", str(err)))
    assert any(message in p and "veille_syrie" in p or message in p and "monitoring" in p for _, p in problems), problems


@pytest.mark.parametrize("name, content, message", [
    ("export.pdf", b"%PDF-1.7\n...", "a PDF file: export the articles as HTML, RTF or DOCX"),
    ("export.rtf", b"{\\rtf1\\ansi Bonjour\\par}", "neither a Factiva nor a Nexis export"),
    ("table.csv", "titre;date\nUn titre;2017-01-01\n".encode(), "no text column"),
    ("export.docx", b"PK\x03\x04 not really a docx", "not a readable DOCX file"),
    ("vide.html", b"   \n", "empty file"),
])
def test_unreadable_exports_are_reported_and_skipped(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    problems: list = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", corpus.CorpusWarning)
        got = list(corpus.iter_articles([path, FIX / "page_sputnik.html"], problems=problems))
    assert [a.id for a in got] == ["page_sputnik"]  # the good file still loads
    assert any(message in p and str(path) in p for _, p in problems), problems


def test_explicit_format_overrides_sniffing(tmp_path):
    copy = tmp_path / "export_sans_extension"
    copy.write_bytes((FIX / "europresse_syrie.html").read_bytes())
    assert len(load({"path": copy, "format": "europresse"})) == 4
    assert len(read_all(copy, format="europresse")) == 4


def test_tag_command_reads_an_export(tmp_path):
    out = tmp_path / "statements.csv"
    run = subprocess.run([sys.executable, "-m", "helpers", "tag", str(FIX / "factiva_syrie.html"),
                          str(FIX / "page_sauvegardee.txt"), "--out", str(out), "--no-stance", "-q"],
                         capture_output=True, text=True, cwd=paths.ROOT)
    assert run.returncode == 0, run.stderr
    assert "not a .txt file" not in run.stderr
    assert "an HTML page, not plain text" in run.stderr
    table = pd.read_csv(out)
    assert set(table.article) == {"factiva_syrie-001", "factiva_syrie-002", "factiva_syrie-003", "page_sauvegardee"}


# Markup an export may hold, mixed with any text: the importers give articles or a clear problem.
_PIECES = st.sampled_from([
    "<article>", "</article>", '<span class="DocPublicationName">', '<span class="DocHeader">', "</span>",
    '<div class="docOcurrContainer">', "<p>", "</p>", "</div>", '<div class="article frArticle">',
    '<p class="articleParagraph">', "<br>", "<script>", "</script>", "Document AFPFR00020161020ecak00321",
    "24 janvier 2017", "412 mots", "© 2017 Le Monde", "\n", "End of Document", "Body", "Length: 12 words",
    "{\\rtf1 ", "\\par ", "\\'e9", "\\u233?", "}", ";", ",", '"', "texte", "titre"])


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pieces=st.lists(st.one_of(_PIECES, st.text(max_size=20)), max_size=40),
       suffix=st.sampled_from([".html", ".rtf", ".csv", ".jsonl", ".txt"]))
def test_any_input_gives_articles_or_a_clear_problem_never_a_crash(tmp_path, pieces, suffix):
    path = tmp_path / f"export{suffix}"
    text = "".join(pieces)
    if suffix == ".csv":
        text = "titre;texte;date\n" + text
    path.write_bytes(text.encode("utf-8", errors="replace"))  # lone surrogates cannot be written
    problems: list = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", corpus.CorpusWarning)
        try:
            got = list(corpus.iter_articles(path, problems=problems))
        except corpus.CorpusError as err:
            # a named file that is no article (empty, binary) is an error naming it (issue 11)
            assert str(path) in str(err)
            return
    for article in got:
        p = article.paragraphs
        assert all(article.text[s:e] == t for s, e, t in p[["start", "end", "text"]].itertuples(index=False))
    assert got or problems
    assert all(str(path) in msg for _, msg in problems)
