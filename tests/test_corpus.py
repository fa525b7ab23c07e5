"""Loading and cleaning the seeds: nothing lost, boilerplate and comments set aside, dates right."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import cleaning, corpus, paths, speech

SEED_FILES = sorted(paths.SEEDS.glob("*.txt"))


@pytest.fixture(scope="module")
def seeds():
    return corpus.load_articles(paths.SEEDS, metadata=paths.ARTICLES_CSV)


def nonblank(s: str) -> int:
    return sum(1 for c in s if not c.isspace())


def para(seeds, article, starts_with):
    p = seeds.paragraphs
    rows = p[(p.article == article) & p.text.str.lstrip().str.startswith(starts_with)]
    assert len(rows), f"no paragraph of {article} starts with {starts_with!r}"
    return rows


def test_every_seed_loads_without_problems(seeds):
    assert len(SEED_FILES) == 5
    assert list(seeds.articles.article) == [f.stem for f in SEED_FILES]
    assert seeds.problems.empty, seeds.problems.to_dict("records")


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.stem[:3])
def test_every_nonblank_character_is_accounted_for(path):
    """press + boilerplate + comment + duplicate cover every non-blank character exactly once."""
    article = next(corpus.iter_articles(path))
    text = article.text
    assert text == path.read_bytes().decode("utf-8")
    p = article.paragraphs
    assert set(p.part) <= set(cleaning.PARTS)
    covered = [False] * len(text)
    for start, end, piece in p[["start", "end", "text"]].itertuples(index=False):
        assert text[start:end] == piece
        for i in range(start, end):
            assert not covered[i], f"offset {i} in two paragraphs"
            covered[i] = True
    lost = [i for i, c in enumerate(text) if not c.isspace() and not covered[i]]
    assert lost == []
    assert sum(nonblank(t) for t in p.text) == nonblank(text)
    assert list(p.start) == sorted(p.start)


def test_counts_add_up(seeds):
    a = seeds.articles
    assert (a.n_press + a.n_boilerplate + a.n_comments + a.n_duplicate == a.n_chars).all()
    assert (a.n_body > 0).all()


@pytest.mark.parametrize("article, outlet, agency, published, basis", [
    ("000_47ffda2e89d02b5c", "LCI", "", "2017-01-24", "text"),
    ("001_ef1b98546c46edac", "", "AFP", "2017-01-23", "inferred"),
    ("002_8c9587fee2a1cf91", "L'Orient-Le Jour", "AFP", "2016-05-21", "inferred"),
    ("003_7870b7fd83a32e72", "Sputnik France", "Sputnik", "2016-05-26", "inferred"),
    ("004_36e9d18775fd69e8", "", "Reuters", "2016-07-14", "inferred"),
])
def test_outlet_agency_and_date(seeds, article, outlet, agency, published, basis):
    row = seeds.articles.set_index("article").loc[article]
    assert (row.outlet, row.agency) == (outlet, agency)
    assert row.published == dt.date.fromisoformat(published)
    assert row.date_basis == basis
    assert row.date_note  # every date says how it was established
    assert row.language == "fr"


def test_date_stated_in_text_is_read_from_the_text():
    """000 without metadata still gets its date from "Publié le 24 janvier 2017"."""
    article = next(corpus.iter_articles(paths.SEEDS / "000_47ffda2e89d02b5c.txt"))
    assert article.meta["published"] == dt.date(2017, 1, 24)
    assert article.meta["date_basis"] == "text"
    assert "Publié le 24 janvier 2017" in article.meta["date_note"]


def test_photo_credit_is_not_the_agency_of_the_text():
    """000: "Source : ... / AFP" under the title credits the photo; 002: "(Source : AFP)" after the text."""
    a000 = next(corpus.iter_articles(paths.SEEDS / "000_47ffda2e89d02b5c.txt"))
    a002 = next(corpus.iter_articles(paths.SEEDS / "002_8c9587fee2a1cf91.txt"))
    a004 = next(corpus.iter_articles(paths.SEEDS / "004_36e9d18775fd69e8.txt"))
    assert (a000.meta["agency"], a002.meta["agency"], a004.meta["agency"]) == ("", "AFP", "Reuters")


def test_two_reader_comments_of_002_are_in_the_comments_table_only(seeds):
    c = seeds.comments
    assert len(c) == 2
    assert list(c.author) == ["LA LIBRE EXPRESSION", "FRIK-A-FRAK"]
    assert list(c.timestamp) == ["15 h 11, le 22 mai 2016", "10 h 59, le 22 mai 2016"]
    assert list(c.listed) == [2, 1]
    text = seeds["002_8c9587fee2a1cf91"].text
    s2, e2 = map(int, c.also_at.iloc[0].split("-"))
    assert text[s2:e2] == c.text.iloc[0]  # the second listing, same words, its own offsets
    assert s2 > c.end.iloc[0] and c.also_at.iloc[1] == ""
    assert all(text[s:e] == t for s, e, t in c[["start", "end", "text"]].itertuples(index=False))
    press = seeds.paragraphs[seeds.paragraphs.part == "press"]
    for needle in ("LA POMME DE LA DISCORDE", "bactéries", "FRIK-A-FRAK", "LA LIBRE EXPRESSION"):
        assert not press.text.str.contains(needle).any(), needle
        assert needle not in "".join(seeds.articles.body)
    # both listings of the first comment are part 'comment'
    assert (para(seeds, "002_8c9587fee2a1cf91", "LA POMME").part == "comment").all()
    assert (para(seeds, "002_8c9587fee2a1cf91", "• LA POMME").part == "comment").all()


@pytest.mark.parametrize("article, starts_with, rule", [
    # 001 repeats its lead, then the next paragraph cut short with "..."
    ("001_ef1b98546c46edac", "L'armée russe a annoncé lundi", "ctx-repeat"),
    ("001_ef1b98546c46edac", "Dimanche, le commandement", "ctx-repeat-truncated"),
    # 002 repeats its lead and the first quote, glued together, cut short
    ("002_8c9587fee2a1cf91", "Les États-Unis écartent", "ctx-repeat-truncated"),
    # 000 repeats its title
    ("000_47ffda2e89d02b5c", "Syrie : Washington prêt", "ctx-repeat"),
])
def test_repeated_lead_and_title_are_set_aside(seeds, article, starts_with, rule):
    rows = para(seeds, article, starts_with)
    assert rows.part.iloc[0] == "press"
    assert rows.part.iloc[-1] == "duplicate"
    assert rows.rule.iloc[-1] == rule
    assert (rows.part == "press").sum() == 1


@pytest.mark.parametrize("article, starts_with, part, role", [
    ("001_ef1b98546c46edac", "Rechercher", "boilerplate", "nav"),
    ("001_ef1b98546c46edac", "Dernières Infos", "boilerplate", "nav"),
    ("003_7870b7fd83a32e72", "S'abonner", "boilerplate", "nav"),
    ("003_7870b7fd83a32e72", "Fil d’actu", "boilerplate", "nav"),
    ("000_47ffda2e89d02b5c", "Cette vidéo n'est plus disponible", "boilerplate", "video"),
    ("000_47ffda2e89d02b5c", "Source : BRIGITTE", "boilerplate", "credit"),
    ("000_47ffda2e89d02b5c", "Reprise des bombardements", "boilerplate", "caption"),
    ("000_47ffda2e89d02b5c", "TF1 Info", "boilerplate", "outlet"),
    ("000_47ffda2e89d02b5c", "La rédaction de LCI", "press", "byline"),
    ("000_47ffda2e89d02b5c", "Publié le 24 janvier 2017", "press", "dateline"),
    ("000_47ffda2e89d02b5c", "Position délicate", "press", "heading"),
    ("002_8c9587fee2a1cf91", "Des membres de l’EI à Raqqa", "boilerplate", "caption"),
    ("002_8c9587fee2a1cf91", "(Source", "boilerplate", "credit"),
    ("002_8c9587fee2a1cf91", "Moyen Orient et Monde - Syrie", "boilerplate", "nav"),
    ("002_8c9587fee2a1cf91", "Washington écarte des frappes", "press", "title"),
    ("003_7870b7fd83a32e72", "Raqqa - Sputnik Afrique", "boilerplate", "label"),
    ("003_7870b7fd83a32e72", "La Russie coopérera avec les USA", "boilerplate", "teaser"),
    ("003_7870b7fd83a32e72", "Daech bat en retraite", "boilerplate", "teaser"),
    ("003_7870b7fd83a32e72", "Pour participer aux discussions", "boilerplate", "prompt"),
    ("003_7870b7fd83a32e72", "Заголовок", "boilerplate", "foreign"),
    ("004_36e9d18775fd69e8", "VOIR AUSSI", "boilerplate", "label"),
    ("004_36e9d18775fd69e8", "ECLAIRAGE-Le voyage de Kerry", "boilerplate", "teaser"),
    ("004_36e9d18775fd69e8", "(David Brunnstrom", "boilerplate", "credit"),
    ("004_36e9d18775fd69e8", "Vous devez être membre", "boilerplate", "prompt"),
    ("004_36e9d18775fd69e8", "Aucun commentaire", "boilerplate", "prompt"),
    ("004_36e9d18775fd69e8", "PARIS, 14 juillet (Reuters)", "press", "lead"),
])
def test_paragraph_parts_and_roles(seeds, article, starts_with, part, role):
    row = para(seeds, article, starts_with).iloc[0]
    assert (row.part, row.role) == (part, role), row.rule


def test_hard_wrapped_wire_text_is_rejoined(seeds):
    """004 breaks lines mid-sentence; a paragraph starts at an indented line."""
    p = seeds.paragraphs[(seeds.paragraphs.article == "004_36e9d18775fd69e8") & (seeds.paragraphs.part == "press")]
    lead = p[p.role == "lead"].text.iloc[0]
    assert lead.startswith("PARIS, 14 juillet (Reuters) - Les Etats-Unis proposent \nd'accroître")
    assert cleaning.collapse(lead).endswith("rapporte jeudi le Washington Post.")
    assert (p.role == "body").sum() == 9


def test_press_text_is_most_of_each_seed(seeds):
    share = seeds.articles.n_press / seeds.articles.n_chars
    assert (share > 0.6).all(), share.to_dict()


def test_body_has_no_title_or_boilerplate(seeds):
    body = seeds.articles.set_index("article").body
    assert not body["000_47ffda2e89d02b5c"].startswith("Syrie")
    assert "Cette vidéo" not in body["000_47ffda2e89d02b5c"]
    assert body["004_36e9d18775fd69e8"].startswith("PARIS, 14 juillet (Reuters) - Les Etats-Unis proposent d'accroître")


@pytest.mark.parametrize("line, part, role", [
    ("Lire aussi : Le Pentagone dément toute coordination avec Moscou", "boilerplate", "teaser"),
    ("Partager sur Facebook", "boilerplate", "nav"),
    ("Crédit photo : Sputnik / Alexeï Droujinine", "boilerplate", "credit"),
    ("© AFP 2016", "boilerplate", "credit"),
    ("Cet article est réservé aux abonnés", "boilerplate", "prompt"),
    ("Par Jean Dupont", "press", "byline"),
    ("Le Figaro avec AFP", "press", "byline"),
    ("Mis à jour le 3 mars 2016 à 18h40", "press", "dateline"),
    ("Международная панорама", "boilerplate", "foreign"),
    ("International > Moyen-Orient", "boilerplate", "nav"),
])
def test_general_boilerplate_lines(line, part, role):
    text = f"Un titre de presse\n\n{line}\n\nLe ministre a déclaré jeudi qu'il était « prêt » à négocier."
    paras = cleaning.classify(text)
    got = [(p.part, p.role) for p in paras if text[p.start:p.end].strip() == line]
    assert got == [(part, role)]


def test_comment_counter_before_the_article_is_not_a_comment_section():
    text = "Titre de l'article\n\n12 commentaires\n\nLe ministre a déclaré jeudi qu'il partait.\n\nIl a ajouté qu'il reviendrait."
    parts = [p.part for p in cleaning.classify(text)]
    assert parts == ["press", "boilerplate", "press", "press"]


def test_author_first_comment_layout():
    text = ("Titre\n\nLe ministre a déclaré jeudi qu'il partait.\n\nRéactions (2)\n\n"
            "Jean_75\n\nle 3 mars 2016 à 10h02\n\nC'est une honte.\n\nMarie\n\nle 3 mars 2016 à 11h15\n\nBien vu.")
    paras = cleaning.classify(text)
    comments = cleaning.group_comments(text, paras)
    assert [(c["author"], c["text"]) for c in comments] == [("Jean_75", "C'est une honte."), ("Marie", "Bien vu.")]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(list("ab. «»\"'\n\t\xa0-:é•()0123456789ÉA…?!")
                                + ["Source : AFP", "commentaires (2)", "Rechercher", "...", "\n\n", "  ",
                                   "Le ministre a dit.", "15 h 11, le 22 mai 2016", "Raqqa - Sputnik", "\r\n"]),
                max_size=120).map("".join)
       | st.text(max_size=300))
def test_cleaning_never_loses_a_character(text):
    paras = cleaning.classify(text)
    covered = [False] * len(text)
    for p in paras:
        assert 0 <= p.start < p.end <= len(text)
        assert p.part in cleaning.PARTS
        for i in range(p.start, p.end):
            assert not covered[i]
            covered[i] = True
    assert all(covered[i] or c.isspace() for i, c in enumerate(text))
    comments = cleaning.group_comments(text, paras)
    for c in comments:
        assert text[c["start"]:c["end"]] == c["text"]


def test_loading_logs_coverage(caplog):
    import logging

    with caplog.at_level(logging.INFO, logger="helpers.corpus"):
        corpus.load_articles(paths.SEEDS, metadata=paths.ARTICLES_CSV)
    assert any("loaded 5 articles" in r.message and "press text" in r.message for r in caplog.records)


def test_metadata_file_has_one_row_per_seed_with_a_date_note():
    md = corpus.read_metadata(paths.ARTICLES_CSV, strict=True)
    assert sorted(md.rows) == [f.stem for f in SEED_FILES]
    assert all(r["date_note"] and r["published"] for r in md.rows.values())


def test_reactions_intertitle_is_not_a_comment_section():
    text = ("Titre de l'article sur la Syrie\n\nLe ministre a déclaré jeudi qu'il partait.\n\nRéactions\n\n"
            "« C'est une erreur », a estimé le porte-parole de l'opposition.")
    paras = cleaning.classify(text)
    assert [p.part for p in paras] == ["press"] * 4


def test_line_broken_before_a_lowercase_word_is_one_paragraph():
    text = ("Titre de l'article sur la Syrie\n\nLe ministre russe des Affaires étrangères a déclaré jeudi\n"
            "qu'il partait demain pour Moscou.\n")
    paras = cleaning.classify(text)
    assert [text[p.start:p.end] for p in paras][1] == (
        "Le ministre russe des Affaires étrangères a déclaré jeudi\nqu'il partait demain pour Moscou.")


# A page laid out like the big French sites (menu, byline with agency, dates, player, teaser, comments).
PAGE = """Accueil
International
Syrie : Moscou accuse Washington de double jeu
Par Le Figaro avec AFP
Publié le 24/01/2017 à 12:22, mis à jour le 24/01/2017 à 15:00
Écouter cet article
00:00/03:15
MOSCOU, 24 janv 2017 (AFP) - La Russie a accusé mardi les États-Unis de « double jeu » en Syrie.
« C'est inacceptable », a déclaré le ministre des Affaires étrangères.
Delil Souleiman / AFP
À lire aussi : Syrie, la Turquie hausse le ton
Commentaires (2)
Jean75
le 24/01/2017 à 13:02
Enfin une réaction !
Marie_L
le 24/01/2017 à 14:10
Bien vu.
Mentions légales
"""


@pytest.mark.parametrize("starts_with, part, role", [
    ("Accueil", "boilerplate", "nav"),
    ("International", "boilerplate", "nav"),
    ("Syrie : Moscou accuse", "press", "title"),
    ("Par Le Figaro avec AFP", "press", "byline"),
    ("Publié le 24/01/2017", "press", "dateline"),
    ("Écouter cet article", "boilerplate", "nav"),
    ("00:00/03:15", "boilerplate", "nav"),
    ("MOSCOU, 24 janv 2017 (AFP)", "press", "lead"),
    ("« C'est inacceptable »", "press", "body"),
    ("Delil Souleiman / AFP", "boilerplate", "credit"),
    ("À lire aussi", "boilerplate", "teaser"),
    ("Commentaires (2)", "comment", "comment-header"),
    ("Jean75", "comment", "comment-author"),
    ("le 24/01/2017 à 13:02", "comment", "comment-date"),
    ("Enfin une réaction", "comment", "comment"),
    ("Mentions légales", "boilerplate", "nav"),
])
def test_a_generic_press_page(tmp_path, starts_with, part, role):
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    article = next(corpus.iter_articles(tmp_path / "page.txt"))
    p = article.paragraphs
    row = p[p.text.str.startswith(starts_with)].iloc[0]
    assert (row.part, row.role) == (part, role), row.rule


def test_a_generic_press_page_facts(tmp_path):
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    article = next(corpus.iter_articles(tmp_path / "page.txt"))
    m = article.meta
    assert (m["outlet"], m["agency"], m["published"], m["date_basis"]) == ("Le Figaro", "AFP", dt.date(2017, 1, 24), "text")
    assert list(article.comments.author) == ["Jean75", "Marie_L"]
    assert list(article.comments.text) == ["Enfin une réaction !", "Bien vu."]


@pytest.mark.parametrize("line, agency", [
    ("(Source : AFP)", "AFP"),
    ("Source : Reuters", "Reuters"),
    ("AFP", "AFP"),
    ("Photo AFP", ""),
    ("Source : Jean Dupont / AFP", ""),
])
def test_agency_credit_after_the_text(line, agency):
    text = f"Titre de l'article sur la Syrie\n\nLe ministre a déclaré jeudi qu'il partait.\n\n{line}\n"
    paras = cleaning.classify(text)
    assert cleaning.text_facts(text, paras)["agency"] == agency


@pytest.mark.parametrize("line", [
    # press sentences that mention what boilerplate talks about stay press
    "La CNIL a infligé une amende à Google pour des cookies déposés sans consentement.",
    "Le ministre a été invité pour réagir à l'annonce du Pentagone.",
    "Le bâtiment a été détruit, selon une image Reuters.",
    "Par ailleurs, Moscou a démenti toute coordination avec Washington.",
    "Moscou a fait une offre spéciale à Ankara, selon Reuters.",
    "Les Réactions des capitales européennes se sont multipliées.",
    "« Nous sommes prêts », a affirmé Sergueï Lavrov devant la presse à Moscou.",
])
def test_press_sentences_are_not_boilerplate(line):
    text = f"Un titre de presse sur la Syrie\n\nLe ministre a déclaré jeudi qu'il partait.\n\n{line}\n"
    paras = cleaning.classify(text)
    assert [p.part for p in paras] == ["press", "press", "press"], [p.rule for p in paras]


@pytest.mark.parametrize("line, role", [
    ("Par J. Dupont et A. Martin", "byline"),
    ("Des combattants à Raqqa. Photo N. Brantley / AFP", "caption"),
    ("Nous et nos partenaires utilisons des cookies pour améliorer votre expérience.", "prompt"),
])
def test_more_boilerplate_lines(line, role):
    text = f"Un titre de presse sur la Syrie\n\n{line}\n\nLe ministre a déclaré jeudi qu'il partait."
    paras = cleaning.classify(text)
    assert [p.role for p in paras if text[p.start:p.end] == line] == [role]


# ---------------------------------------------------------------------------------------------
# Round 2: gaps found on unseen pages (comment headers, interface strings, date forms, bylines,
# teasers, menus)
# ---------------------------------------------------------------------------------------------

BODY = "Le ministre a déclaré jeudi qu'il était « prêt » à négocier avec Moscou."


@pytest.mark.parametrize("line, author, timestamp", [
    ("Mauricette75 — 15/11/2016 à 10h58", "Mauricette75", "15/11/2016 à 10h58"),
    ("Gerard M. le 17/02/2017 à 07:45", "Gerard M.", "17/02/2017 à 07:45"),
    ("Papy Boomer - 13/04/2017 - 09h12", "Papy Boomer", "13/04/2017 - 09h12"),
    ("Anne-Lise, le 22 mai 2016 à 15 h 11", "Anne-Lise", "22 mai 2016 à 15 h 11"),
    ("Jean (Lyon), il y a 3 heures", "Jean (Lyon)", "il y a 3 heures"),
    ("15 h 11, le 22 mai 2016", "", "15 h 11, le 22 mai 2016"),
    ("le 3 mars 2016 à 10h02", "", "le 3 mars 2016 à 10h02"),
    ("il y a 3 heures", "", "il y a 3 heures"),
])
def test_comment_header_splits_author_and_timestamp(line, author, timestamp):
    assert cleaning.split_comment_header(line) == (author, timestamp)


@pytest.mark.parametrize("header, meta, comment, after", [
    ("Réagissez à cet article", "Mauricette75 — 15/11/2016 à 10h58", "Enfin un président qui parle aux Russes !",
     "Newsletter : chaque jour, l'essentiel de l'info dans votre boîte mail. Je m'inscris"),
    ("Commentaires (3)", "Gerard M. le 17/02/2017 à 07:45", "Mattis sait ce que valent les promesses.",
     "Newsletter L'Express : recevez chaque jour l'actualité monde"),
    ("Les commentaires (1)", "Papy Boomer - 13/04/2017 - 09h12", "La « confiance » ? Elle n'a jamais existé.",
     "Signaler un abus"),
])
def test_comment_section_with_interface_strings(header, meta, comment, after):
    text = (f"Un titre de presse sur la Syrie\n\n{BODY}\n\n{header}\n\nAjouter un commentaire\n\n"
            f"{meta}\n\n{comment}\n\nRépondre\n\n{after}\n")
    paras = cleaning.classify(text)
    comments = cleaning.group_comments(text, paras)
    author, timestamp = cleaning.split_comment_header(meta)
    assert [(c["author"], c["timestamp"], c["text"]) for c in comments] == [(author, timestamp, comment)]
    parts = {text[p.start:p.end]: p.part for p in paras}
    assert parts["Ajouter un commentaire"] == parts[after] == parts["Répondre"] == "boilerplate"


@pytest.mark.parametrize("line", [
    "Publié le 07/04/2017 à 15:20",
    "Mis à jour le 07/04/2017 à 15h20",
    "Modifié le 7 avril 2017 à 14h32",
    "Créé le 07.04.2017",
    "07.04.2017 (mis à jour 07.04.2017 17:48)",
    "07 avril 2017 à 14h32",
    "Le 07/04/2017 à 15h20",
    "2017-04-07T15:20:00+02:00",
])
def test_date_line_forms(line):
    text = f"Un titre de presse sur la Syrie\n\n{line}\n\n{BODY}\n"
    paras = cleaning.classify(text)
    assert [p.role for p in paras if text[p.start:p.end] == line] == ["dateline"]
    assert cleaning.text_facts(text, paras)["published"] == dt.date(2017, 4, 7)


@pytest.mark.parametrize("dateline, problem", [
    ("MOSCOU, 18 septembre (Reuters) - ", ""),
    ("MOSCOU, 19 septembre (Reuters) - ", "disagrees"),
])
def test_wire_dateline_without_year_checks_the_metadata(tmp_path, dateline, problem):
    (tmp_path / "a.txt").write_text(f"Titre de la dépêche sur la Syrie\n\n{dateline}{BODY}\n", encoding="utf-8")
    (tmp_path / "meta.csv").write_text("article,outlet,agency,published,date_basis,date_note\n"
                                       "a,Reuters,Reuters,2016-09-18,metadata,site archive\n", encoding="utf-8")
    with pytest.warns(UserWarning) if problem else _no_warning():
        article = next(corpus.iter_articles(tmp_path / "a.txt", metadata=tmp_path / "meta.csv"))
    assert article.meta["published"] == dt.date(2016, 9, 18)
    assert article.meta["date_basis"] == "metadata"
    assert any(problem in p for p in article.problems) if problem else not article.problems


def _no_warning():
    import contextlib
    import warnings
    @contextlib.contextmanager
    def cm():
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            yield
    return cm()


@pytest.mark.parametrize("before, after, byline", [
    ("Benjamin Barthe", "Publié le 07/04/2017 à 15:20", "Benjamin Barthe"),
    ("Publié le 07/04/2017 à 15:20", "Marie-Pierre de La Tour", "Marie-Pierre de La Tour"),
    ("Par Benjamin Barthe", "Publié le 07/04/2017 à 15:20", "Par Benjamin Barthe"),
    ("La rédaction de Libération", "Publié le 07/04/2017 à 15:20", "La rédaction de Libération"),
    ("Par LEXPRESS.fr avec AFP, publié le 13/04/2017 à 08:15", "Partager", "Par LEXPRESS.fr avec AFP"),
])
def test_bylines_near_the_date_line(before, after, byline):
    text = f"Accueil\n\nSyrie : Moscou suspend le mémorandum\n\n{before}\n\n{after}\n\n{BODY}\n"
    paras = cleaning.classify(text)
    rows = [(p.part, p.role) for p in paras if collapse_eq(text[p.start:p.end], byline) or text[p.start:p.end].startswith(byline)]
    assert rows == [("press", "byline")]
    assert cleaning.text_facts(text, paras)["byline"] == byline


def collapse_eq(a, b):
    return cleaning.collapse(a) == b


def test_a_lone_word_before_the_body_away_from_a_date_line_is_still_navigation():
    text = f"International\n\nSyrie : Moscou suspend le mémorandum\n\n{BODY}\n"
    assert cleaning.classify(text)[0].role == "nav"


@pytest.mark.parametrize("label, teaser", [
    ("Lire aussi : Syrie, le dégel n'a pas eu lieu", None),
    ("Lire aussi", "Syrie, le dégel n'a pas eu lieu"),
    ("Voir aussi :", "Alep, la bataille qui décidera de l'avenir"),
])
def test_intertitle_after_a_teaser_is_press(label, teaser):
    lines = [label] + ([teaser] if teaser else []) + ["Rencontre à Bakou", BODY]
    text = "Un titre de presse sur la Syrie\n\n" + BODY + "\n\n" + "\n\n".join(lines) + "\n"
    paras = cleaning.classify(text)
    got = {text[p.start:p.end]: (p.part, p.role) for p in paras}
    assert got["Rencontre à Bakou"] == ("press", "heading")
    if teaser:
        assert got[teaser] == ("boilerplate", "teaser")


def test_a_list_label_takes_several_teasers():
    text = (f"Un titre de presse sur la Syrie\n\n{BODY}\n\nLe Figaro vous recommande\n\n"
            "Syrie : à Astana, Moscou reprend la main\n\nRussie : Poutine et l'Otan, un face-à-face\n")
    roles = [p.role for p in cleaning.classify(text)]
    assert roles[-3:] == ["label", "teaser", "teaser"]


@pytest.mark.parametrize("line, role", [
    ("Partager   Tweeter   Envoyer   Imprimer", "nav"),
    ("Actualité\tInternational\tDéfense\tOpinion", "nav"),
    ("Nous utilisons des cookies pour vous offrir la meilleure expérience. Accepter", "prompt"),
    ("Accepter", "nav"),
    ("Paramétrer les cookies", "nav"),
    ("Copier le lien", "nav"),
    ("Écouter cet article", "nav"),
    ("Temps de lecture : 3 min", "nav"),
    ("Publicité", "nav"),
    ("Abonnez-vous", "nav"),
    ("Déjà abonné ? Connectez-vous", "prompt"),
    ("Offre numérique : 1 € le premier mois", "prompt"),
    ("© AFP", "credit"),
    ("Crédit photo : Ilya Pitalev / Sputnik", "credit"),
    ("AFP/Archives", "credit"),
    ("Vidéo - Syrie : les images des frappes", "video"),
    ("VIDÉO – Syrie : Washington claque la porte (01:48)", "video"),
    ("Durée : 02:15", "video"),
    ("Lecture en cours", "nav"),
    ("Mots-clés : Syrie, Russie, Etats-Unis", "nav"),
    ("Sur le même sujet", "label"),
    ("Les plus lus", "label"),
    ("À lire aussi sur France24.com : Alep-Est sous un déluge de feu", "teaser"),
    ("Newsletter", "nav"),
    ("Suivez-nous sur Twitter", "prompt"),
    ("Suivez Sputnik sur Telegram pour ne rien manquer de l'actualité", "prompt"),
    ("@franceinfo", "prompt"),
    ("Retour en haut", "nav"),
    ("Recevez toute l'actualité internationale directement dans votre boîte mail", "prompt"),
    ("Application France 24 : téléchargez-la gratuitement", "prompt"),
    ("Découvrir les offres multicomptes", "prompt"),
    ("(avec AFP)", "byline"),
    ("Avec AFP et Reuters", "byline"),
    ("James Mattis au siège de l'Otan, à Bruxelles, le 16 février 2017. VIRGINIA MAYO/AP", "caption"),
    ("Des soldats russes à Hmeimim, le 4 mai 2016. Vasily Maximov / AFP", "caption"),
])
def test_round2_boilerplate_lines(line, role):
    text = f"Un titre de presse sur la Syrie\n\n{BODY}\n\n{line}\n\nIl a ajouté qu'il reviendrait vendredi à Genève."
    paras = cleaning.classify(text)
    got = [(p.role, p.rule) for p in paras if text[p.start:p.end] == line]
    assert [r for r, _ in got] == [role], got


@pytest.mark.parametrize("line", [
    "Le ministre a refusé de partager des renseignements avec Washington.",
    "« Nous utilisons tous les moyens », a affirmé le porte-parole du Kremlin.",
    "Il faut lire aussi la déclaration du Pentagone, publiée jeudi soir.",
    "« Je m'abonne à l'idée d'un cessez-le-feu », a ironisé le diplomate.",
    "Washington a refusé d'accepter les conditions posées par Moscou.",
    "Le Kremlin a répondu que la vidéo ne montrait pas de frappe russe.",
    "Selon lui, la newsletter du ministère a été suspendue jeudi.",
    "Le président a dit « suivre de près » la situation à Alep.",
    "Le ministre a dit : « Suivez-nous sur ce chemin » devant les députés.",
    "Le ministre a dit   qu'il partait jeudi pour Genève",
    "Moscou   Washington et Ankara ont signé un accord jeudi.",
    "Le cliché a été pris le 4 mai par un photographe de l'AFP.",
])
def test_round2_press_sentences_are_not_boilerplate(line):
    text = f"Un titre de presse sur la Syrie\n\n{BODY}\n\n{line}\n"
    paras = cleaning.classify(text)
    assert [p.part for p in paras] == ["press", "press", "press"], [p.rule for p in paras]


@pytest.mark.parametrize("published, note, expected_note", [
    # an archive that gives the month alone: the date stays unknown, the note says the month
    ("2016-09", "", "published in 2016-09 (month only)"),
    ("2016-09", "site archive", "site archive; published in 2016-09 (month only)"),
    ("", "", ""),
])
def test_a_month_only_date_is_kept_in_the_note(tmp_path, published, note, expected_note):
    (tmp_path / "a.txt").write_text(f"Titre de la dépêche sur la Syrie\n\n{BODY}\n", encoding="utf-8")
    (tmp_path / "meta.csv").write_text("article,outlet,published,date_note\n"
                                       f"a,Reuters,{published},{note}\n", encoding="utf-8")
    with _no_warning():
        article = next(corpus.iter_articles(tmp_path / "a.txt", metadata=tmp_path / "meta.csv"))
    assert article.meta["published"] is None and article.meta["date_basis"] == "unknown"
    assert article.meta["date_note"] == expected_note
    assert not article.problems


def test_a_month_only_date_resolves_roles_but_dates_nothing(tmp_path):
    # "le secrétaire d'État américain" is John Kerry in September 2016 (Rex Tillerson later)
    (tmp_path / "a.txt").write_text("Titre de la dépêche sur la Syrie\n\nLe secrétaire d'État américain a "
                                    "déclaré que rien n'était décidé avec Moscou.\n", encoding="utf-8")
    (tmp_path / "meta.csv").write_text("article,published\na,2016-09\n", encoding="utf-8")
    article = next(corpus.iter_articles(tmp_path / "a.txt", metadata=tmp_path / "meta.csv"))
    table = speech.statements(article)
    assert table[["speaker", "date"]].values.tolist() == [["John Kerry", ""]]
