"""The other layouts of the family, each in a small document written in that layout."""

from __future__ import annotations

import re

import pytest
from kamerboek.store.library import parse_file
from kamerboek.store.parse import ParseError, parse_text

from .conftest import LAYOUTS


def parse(name: str):
    return parse_file(LAYOUTS / name)


def table(doc):
    return {q.number: q for q in doc.questions}


def test_kamervragen_aanhangsel():
    doc = parse("kamervragen-aanhangsel.txt")
    q = table(doc)
    assert doc.kind == "kamervragen"
    assert doc.reference == "2024Z01234"
    assert doc.date == "2024-02-09"  # the date the answer was received
    assert doc.addressees == ("minister van Volksgezondheid, Welzijn en Sport",)
    assert doc.title.startswith("Vragen van het lid Van Dijk (SP)")
    assert list(q) == [1, 2, 3, 4, 5]
    assert q[1].answer == "Ja."
    # header lines are metadata, never question text
    assert all("ontvangen" not in x.question and "ingezonden" not in x.question for x in doc.questions)
    # "Antwoord 3 en 4" answers both questions, each keeping its own question
    assert q[3].answer == q[4].answer and q[3].answer.startswith("Er is € 12,5 miljoen")
    assert q[3].question != q[4].question
    assert q[5].status == "referred" and q[5].refers_to == (2,)
    assert "hoe verhoudt zich dat tot vorig jaar?" in q[2].question


def test_antwoord_op_vraag_with_bare_numbers_and_joint_answer():
    doc = parse("antwoord-op-vraag-bare-numbers.txt")
    q = table(doc)
    assert list(q) == [1, 2, 3, 4]
    assert q[2].answer == "Nee, die gegevens zijn niet per provincie beschikbaar."
    assert q[2].label == "2 Vraag" and q[2].answer_label == "Antwoord op vraag 2:"
    assert q[3].question == "Welke middelen zijn beschikbaar voor gemeenten?"
    assert q[4].question == "Is dat voldoende?"
    assert q[3].answer == q[4].answer
    assert "€ 1,6 mld." in q[4].answer
    # the signature block is not part of the last answer
    assert "De Jonge" not in q[4].answer and "H.M. de Jonge" in doc.leftovers
    assert doc.date == "2023-04-03" and doc.reference == "2023-0000187432"


def test_numbered_without_labels_answer_follows_question():
    doc = parse("numbered-no-labels.txt")
    q = table(doc)
    assert list(q) == [1, 2, 3, 5]  # numbering may skip
    assert q[1].question == "Hoeveel vacatures stonden er eind 2022 open?"
    assert q[1].answer.startswith("Eind 2022 stonden er 9.000 vacatures open, waarvan 6.000 bij de operationele")
    assert q[3].label == "3)"
    # a numbered list inside an answer does not open new questions
    assert "1. een hogere toelage" in q[5].answer and "2. meer mogelijkheden" in q[5].answer


def test_vraag_colon_number_zero_based_and_inline_answer():
    doc = parse("vraag-colon-number-inline.txt")
    q = table(doc)
    assert list(q) == [0, 1, 3]
    assert q[0].label == "Vraag: 0"
    assert q[0].answer == "In totaal is circa € 80 miljard uitgegeven aan steunpakketten."
    assert q[3].status == "deferred" and q[3].deferred_to == "de Minister van Financiën"


def test_unnumbered_questions_are_numbered_by_order():
    doc = parse("unnumbered-vraag-antwoord.txt")
    assert doc.numbered is False
    assert [q.number for q in doc.questions] == [1, 2]
    assert doc.questions[1].answer == "Er zijn 1.100 aanvragen toegekend."


def test_question_list_without_answers_and_its_sections():
    doc = parse("lijst-van-vragen-zonder-antwoorden.txt")
    q = table(doc)
    assert all(x.status == "unanswered" and x.answer is None for x in doc.questions)
    assert q[1].section == q[2].section == "Vragen over het hoofdwegennet"
    assert q[3].section == q[4].section == "Vragen over het spoor"
    assert q[2].question == "Kunt u een overzicht geven van de kosten per project?"
    assert q[4].question.endswith("in 2023?")  # signature not glued on
    assert doc.committee == "vaste commissie voor Infrastructuur en Waterstaat"
    assert doc.addressees == ("Minister van Infrastructuur en Waterstaat",)


def test_web_page_menus_and_footer_are_not_content():
    doc = parse("web-page-pasted.txt")
    assert doc.title == "Verslag houdende een lijst van vragen en antwoorden over de Staat van de Rechtsstaat"
    assert doc.questions[-1].answer == "De achterstand neemt af."
    assert "Privacy" in doc.leftovers and "Home" in doc.leftovers


def test_pdf_export_running_headers_and_hyphenation():
    doc = parse("pdf-export.txt")
    q = table(doc)
    assert q[1].question == "Hoeveel mensen ontvingen in 2024 een bijstandsuitkering en hoe verhoudt zich dat tot 2023?"
    assert q[1].answer == "In 2024 ontvingen 410.000 mensen een bijstandsuitkering. Dat is iets minder dan in 2023."
    assert q[2].question == "Wat kost de uitvoering?"
    assert all("vergaderjaar" not in x.answer for x in doc.questions)


def test_crlf_tabs_trailing_spaces_and_nbsp():
    doc = parse("crlf-odd-whitespace.txt")
    q = table(doc)
    assert q[1].question == "Wat is de stand van zaken?"
    assert q[1].answer == "De stand van zaken is goed."
    assert q[2].answer == "Daarna volgt een brief."


def test_windows_1252_keeps_accents():
    doc = parse("windows-1252.txt")
    assert doc.encoding == "cp1252"
    assert "€ 5 miljoen" in doc.questions[0].answer
    assert "café, crèche, naïef" in doc.questions[0].answer


@pytest.mark.parametrize(
    "text",
    [
        "Dit is een gewone brief zonder vragen.\nMet vriendelijke groet,\nJan",
        "",
        "Vraag",
        # a nota's table of contents is no numbered question list
        "Inhoudsopgave |\nblz. |\n1. Algemeen |\n1 |\n2. Inleiding |\n2 |\n"
        "De leden van de fractie van de PvdA vragen het kabinet toe te lichten waarom het zo is. Het is zo.\n",
    ],
)
def test_no_questions_is_a_parse_error(text):
    with pytest.raises(ParseError) as info:
        parse_text(text, source="brief.txt")
    assert "geen vragen gevonden" in str(info.value)
    assert str(info.value).startswith("brief.txt: ")


def test_joint_question_label_gives_one_entry_per_number():
    doc = parse_text("Vraag 3 en 4\nWat kost het en wie betaalt?\nAntwoord\nHet Rijk betaalt € 2 miljoen.\n")
    assert [q.number for q in doc.questions] == [3, 4]
    assert {q.label for q in doc.questions} == {"Vraag 3 en 4"}
    assert doc.questions[0].answer == doc.questions[1].answer == "Het Rijk betaalt € 2 miljoen."
    # one sentence for both numbers: each keeps the whole block
    assert doc.questions[0].question == doc.questions[1].question == "Wat kost het en wie betaalt?"


def test_joint_label_with_one_paragraph_per_number_splits_the_questions():
    text = (
        "Vraag 1, 2\n\nKent u het bericht «Werkloze jongeren naar Nederland»?\n\nBent u het daarmee eens?\n\n"
        "Antwoord 1, 2\n\nHet kabinet heeft dat niet gezegd.\n"
    )
    doc = parse_text(text)
    assert [(q.number, q.question, q.answer) for q in doc.questions] == [
        (1, "Kent u het bericht «Werkloze jongeren naar Nederland»?", "Het kabinet heeft dat niet gezegd."),
        (2, "Bent u het daarmee eens?", "Het kabinet heeft dat niet gezegd."),
    ]


def test_suffix_numbers_and_same_line_question():
    doc = parse_text("Vraag 12a: Hoeveel kost dit?\nAntwoord: Niets.\nVraag 12b: En dat?\nAntwoord: Ook niets.\n")
    assert [(q.number, q.label, q.question, q.answer) for q in doc.questions] == [
        (12, "Vraag 12a:", "Hoeveel kost dit?", "Niets."),
        (12, "Vraag 12b:", "En dat?", "Ook niets."),
    ]


def test_all_questions_then_all_answers():
    text = "Vraag 1\nWat is A?\nVraag 2\nWat is B?\nAntwoord op vraag 1\nA is een letter.\nAntwoord op vraag 2\nB ook.\n"
    doc = parse_text(text)
    assert [(q.question, q.answer) for q in doc.questions] == [
        ("Wat is A?", "A is een letter."),
        ("Wat is B?", "B ook."),
    ]


def test_referred_vs_answered_with_pointer():
    text = (
        "Vraag 1\nWat is A?\nAntwoord\nA is een letter.\n"
        "Vraag 2\nEn B?\nAntwoord\nZie vraag 1. Daarnaast geldt voor B hetzelfde.\n"
        "Vraag 3\nEn C?\nAntwoord\nZie antwoord vraag 1.\n"
        "Vraag 4\nEn D?\nAntwoord\nDeze vraag zal worden beantwoord door de Staatssecretaris van Financiën.\n"
    )
    q = table(parse_text(text))
    assert (q[2].status, q[2].refers_to) == ("answered", (1,))
    assert (q[3].status, q[3].refers_to) == ("referred", (1,))
    assert (q[4].status, q[4].deferred_to) == ("deferred", "de Staatssecretaris van Financiën")
    assert q[1].referred_by == (2, 3)


def test_rekenkamer_list_with_bare_numbers_and_page_refs():
    doc = parse("rekenkamer-2000-bare-numbers.txt")
    q = table(doc)
    assert list(q) == [1, 2, 3]
    assert q[1].question == "Welke verbeteringen heeft de Rekenkamer sinds 1997 gezien in de verantwoording? (blz. 5)"
    assert q[1].page == "5"
    assert q[1].answer.startswith("De staatssecretaris heeft per brief van 29 december 1999")
    assert q[1].answer.endswith("De verantwoording is verder in ontwikkeling.")
    assert all(x.section is None for x in doc.questions)  # the signature names are no heading
    assert q[3].status == "referred"
    assert doc.kamerstuk == ("26 999, nr. 4",)
    assert doc.committee == "commissie voor de Rijksuitgaven"
    assert doc.date == "2000-06-06"


def test_unnumbered_unlabelled_list_split_by_question_marks():
    doc = parse("unnumbered-question-marks-only.txt")
    assert doc.numbered is False
    assert [q.number for q in doc.questions] == [1, 2, 3]
    q = table(doc)
    assert q[2].question == "Ziet de Rekenkamer voordelen in het centraal beheren van gebouwen? Zo ja, welke? (blz. 5)"
    assert q[2].answer.startswith("Volgens de Rekenkamer leidt centraal beheer tot lagere kosten.")
    assert q[1].answer.endswith("werden in de onderzochte periode uitgesteld.")
    assert doc.title == "Vragen inzake het tussentijds rapport Huisvesting"


def test_kamervragen_header_wrapped_over_lines():
    doc = parse("kamervragen-multiline-header.txt")
    assert doc.title == "Antwoord op vragen van de leden Jansen en De Boer over geluidsoverlast bij vliegvelden"
    assert doc.date == "2023-06-20"
    assert doc.addressees == ("Staatssecretaris van Infrastructuur en Waterstaat", "Minister voor Klimaat en Energie")
    assert [q.number for q in doc.questions] == [1, 2, 3, 4]
    assert doc.questions[0].question.startswith("Bent u bekend met het bericht")
    assert "Zie ook Aanhangsel" not in doc.questions[0].question


def test_bare_number_with_antwoord_label_and_deep_indentation():
    doc = parse("numbered-antwoord-indented.txt")
    q = table(doc)
    assert q[1].question == "Kunt u per project aangeven welke financiering stopt als gevolg van de bezuinigingen?"
    assert q[1].answer == "De bezuinigingen hebben betrekking op de jaren 2025 en daarna. Voor 2025 is gekozen om de bezuiniging naar omvang te verdelen."
    assert doc.kamerstuk == ("36 600 XVII, nr. 3",) and doc.date == "2024-09-27"
    # the bare document type says nothing in a list of them: the dossier's name is added
    assert doc.title == (
        "Verslag houdende een lijst van vragen en antwoorden: Wijziging van de begrotingsstaat van "
        "Buitenlandse Handel en Ontwikkelingssamenwerking (XVII) voor het jaar 2024"
    )


@pytest.mark.parametrize(
    "answer, status, refers, who",
    [
        ("Zie hiervoor het antwoord op vraag 4.", "referred", (4,), None),
        ("Ik verwijs naar mijn antwoord op vraag 2.", "referred", (2,), None),
        ("Zie het antwoord op de vragen 3 en 4.", "referred", (3, 4), None),
        ("Zie de beantwoording van vraag 1.", "referred", (1,), None),
        ("Het antwoord op deze vraag wordt gegeven door de minister van Defensie.", "deferred", (), "de minister van Defensie"),
        ("Deze vraag is doorgeleid naar de Staatssecretaris van Financiën.", "deferred", (), "de Staatssecretaris van Financiën"),
        ("Deze vraag wordt beantwoord door de Minister van Defensie. Het antwoord zal door hen aan uw Kamer worden toegezonden.", "deferred", (), "de Minister van Defensie"),
        ("Ja. De minister van Defensie beantwoordt deze vraag verder in haar brief.", "answered", (), "de minister van Defensie"),
        ("Nee.", "answered", (), None),
        # the Algemene Rekenkamer hands questions to the minister in its own words
        ("Het is volgens ons aan de minister van Justitie en Veiligheid om deze vraag te beantwoorden. "
         "Voor het antwoord verwijzen wij dan ook naar de minister aan wie dezelfde vraag is gesteld.",
         "deferred", (), "de minister van Justitie en Veiligheid"),
        ("Deze vraag is ook aan de minister van JenV gesteld. Wij verwijzen naar zijn antwoord.",
         "deferred", (), "de minister van JenV"),
        ("Voor de beantwoording van deze vraag verwijzen wij u graag naar de minister van Financiën.",
         "deferred", (), "de minister van Financiën"),
        ("Wij kunnen geen termijn noemen. Voor het antwoord op deze vraag verwijzen wij u naar de minister van Financiën.",
         "answered", (), "de minister van Financiën"),
        ("Wij verwijzen naar het rapport van de minister van Financiën uit 2019.", "answered", (), None),
    ],
)
def test_status_phrasings(answer, status, refers, who):
    q = parse_text(f"Vraag 9\nWat is er aan de hand?\nAntwoord\n{answer}\n").questions[0]
    assert (q.status, q.refers_to, q.deferred_to) == (status, refers, who)


def test_question_table_copied_with_tabs():
    """"Nr | Vraag | Bijlage | Blz. (van) | t/m" rows, one line each, answers below them."""
    doc = parse("table-rows-tabbed.txt")
    q = table(doc)
    assert list(q) == [1, 2, 3]
    assert q[1].question.startswith("Kunt u aangeven") and q[1].question.endswith("nr. 12)?")
    assert "\t" not in q[1].question and "12" not in q[1].question.split("?")[-1]  # page cells stay out
    assert q[1].page == "12–13" and q[2].page == "14" and q[3].page is None
    assert q[1].answer == "Er is € 5 miljoen gereserveerd."
    assert [m.id for m in q[1].motions] == ["35000-IXB-12"]
    assert q[3].status == "unanswered"
    assert "Nr │ Vraag │ Bijlage │ Blz. (van) │ t/m" in doc.leftovers  # column titles kept, not a section
    assert all(x.section is None for x in doc.questions)


def test_question_table_in_html_with_an_answer_column():
    doc = parse("table-html-answer-column.html")
    q = table(doc)
    assert list(q) == [1, 2, 3]
    assert q[1].question == (
        "Hoeveel geld is er gereserveerd voor [de] motie-Kathmann [Kamerstuk 26 643, nr. 1317]?"
        "\n\nKunt u dat per jaar uitsplitsen?"
    )
    assert q[1].answer == "Er is € 13,3 miljoen gereserveerd.\n\nDe motie wordt uitgevoerd."
    assert [s.status for s in q[1].motions[0].statuses] == ["in-uitvoering"]
    assert q[1].page == "4–5"
    assert q[2].status == "referred" and q[2].refers_to == (1,)
    # a row that asks nothing ("Graag een overzicht …") still counts inside a question table
    assert q[3].question == "Graag een overzicht van de brieven." and q[3].answer is None


def test_numbered_table_inside_an_answer_is_no_question_list():
    # numbers that fall back (1, 2 after question 2) are a table inside the answer
    text = (
        "1\tKunt u het plan toelichten?\t\t3\t4\n"
        "2\tWelke stappen volgen?\t\t5\t\n"
        "Antwoord:\nDe stappen:\n\n"
        "1\tStap een, wie doet wat?\t3\n"
        "2\tStap twee, wanneer?\t4\n"
    )
    doc = parse_text(text)
    assert [q.number for q in doc.questions] == [1, 2]
    assert "Stap een, wie doet wat?" in doc.questions[1].answer
    # one numbered row is no question table
    lone = parse_text("Vraag 1\nKunt u dit toelichten?\nAntwoord\nJa:\n\n1\tstap één?\t3\n\nVraag 2\nEn dat?\nAntwoord\nNee.\n")
    assert [q.number for q in lone.questions] == [1, 2]
    assert "stap één?" in lone.questions[0].answer


def test_aanhangsel_pdf_page_footers_and_page_foot_footnotes():
    """PDF text of an Aanhangsel: the page footer glued to the next label ("…Aanhangsel
    1Antwoord 2"), footnote marks left as lone digits or pushed to the next line, bodies
    glued to their numbers at the page foot."""
    doc = parse("aanhangsel-pdf-page-footnotes.txt")
    q = table(doc)
    assert list(q) == [1, 2, 3]
    assert q[1].question == "Kent u het bericht «Sluis Eefde langer dicht»?¹" and q[1].answer == "Ja."
    assert q[2].question == "Wanneer gaat de sluis weer open?"
    assert q[2].answer.startswith("Naar verwachting in het voorjaar van 2024. In de Kamerbrief van 30 juni 2023² is")
    assert "motie-Van der Graaf³ uit die de Kamer" in q[2].answer
    assert q[3].question == "Wat kost het herstel?" and q[3].answer == "Het herstel kost € 12 miljoen."
    assert [f.mark for f in q[1].footnotes] == ["1"] and [f.mark for f in q[2].footnotes] == ["2", "3"]
    assert q[1].footnotes[0].text.startswith("Tubantia, 2 juli 2023") and "zutphen/sluis-eefde" in q[1].footnotes[0].text
    [motion] = q[2].motions
    assert (motion.id, motion.side, motion.footnote, motion.linked_by) == ("31409-388", "answer", "3", "footnote")
    every_text = " ".join(x.question + (x.answer or "") for x in doc.questions)
    assert "Aanhangsel" not in every_text and "ISSN" not in every_text and "ah-tk" not in every_text
    assert "Tweede Kamer, vergaderjaar 2022–2023, Aanhangsel 2" in doc.leftovers
    assert "ah-tk-20222023-3650" in doc.leftovers


def test_aanhangsel_markdown_bracket_marks_and_page_rules():
    doc = parse("aanhangsel-markdown-bracket-footnotes.md")
    q = table(doc)
    assert list(q) == [1, 2, 3]
    assert q[1].question == "Bent u bekend met het bericht «Honger in Darfur»¹?"
    # the mark that landed after the page break ends the sentence before it
    assert q[2].question.endswith("motie van het lid Ceder over humanitaire hulp²?")
    assert [(f.mark, f.text) for f in q[2].footnotes] == [("2", "Motie Ceder, Kamerstuk 21 501-02, nr. 2801")]
    assert q[2].answer.startswith("Nederland heeft € 5 miljoen")
    assert {m.id for m in q[2].motions} == {"21501-02-2801"}
    assert q[3].motions == () and "h tk 20232024 412" in doc.leftovers and "-----" in doc.leftovers


@pytest.mark.parametrize(
    "text",
    [
        # a body without footnote 1 before it: no footnote sequence, nothing moves
        "Vraag 1\nWat kost het?\n\n2Kamerstuk 31 409, nr. 400.\n\nAntwoord 1\nVeel.\n",
        # "1 Wat …": a bare-number question, not a footnote body (no [1] mark points at it)
        "1\nWat kost het?\nVeel.\n\n2\nWanneer?\nMorgen.\n\n3 Kamerstuk 31 409, nr. 400 is bekend?\nJa.\n",
    ],
)
def test_page_footnote_lifting_needs_a_numbered_sequence(text):
    from kamerboek.store.parse.pagenotes import lift_page_footnotes

    lines = text.split("\n")
    assert lift_page_footnotes(lines) == (lines, {})


def test_web_listing_without_labels_footnote_marks_after_question_marks():
    """A Kamervragen listing copied from a web page: a pipe-table header, then questions and
    answers line by line, with footnote marks glued to the "?" ("dicht»?1")."""
    doc = parse("web-listing-unlabelled-marks.txt")
    q = table(doc)
    assert list(q) == [1, 2, 3, 4]
    assert q[1].question == "Kent u het bericht «Sluis Eefde gaat maanden dicht»?1" and q[1].answer == "Ja."
    assert q[3].question == "Wat betekent dit voor de bedrijven in de Achterhoek?2"
    assert q[4].status == "unanswered"
    assert doc.title == "Het sluiten van de sluis bij Eefde"  # the table's pipes are decoration
    assert "Mark Harbers (minister infrastructuur en waterstaat) (VVD) |" in doc.leftovers


def test_a_hard_wrap_before_vraag_or_antwoord_is_no_label():
    text = (
        "Vraag 1\nHoeveel meldingen kwamen binnen?\n\nAntwoord 1\nEr kwamen 12 meldingen binnen.\n\n"
        "Vraag 2\nWat gebeurt er met een melding?\n\nAntwoord 2\n"
        "Een melding wordt afgewezen, zoals ook aangegeven in antwoord op\n"
        "vraag 1. De aanbieder ontvangt bericht en kan\nantwoord 3 geven binnen twee weken.\n\n"
        "Vraag 3\nWanneer is dat bekend?\n\nAntwoord 3\nIn het voorjaar.\n"
    )
    q = table(parse_text(text))
    assert list(q) == [1, 2, 3]
    assert q[2].answer == (
        "Een melding wordt afgewezen, zoals ook aangegeven in antwoord op vraag 1. De aanbieder "
        "ontvangt bericht en kan antwoord 3 geven binnen twee weken."
    )
    assert q[3].answer == "In het voorjaar."


def test_ministers_of_two_ministries_with_commas_in_their_names():
    from kamerboek.store.parse.metadata import _split_addressees

    assert _split_addressees(
        "Ministers van Landbouw, Natuur en Voedselkwaliteit en voor Natuur en Stikstof over het bericht"
    ) == ["Minister van Landbouw, Natuur en Voedselkwaliteit", "Minister voor Natuur en Stikstof"]
    assert _split_addressees("Ministers van Financiën, van Justitie en Veiligheid en van Defensie") == [
        "Minister van Financiën", "Minister van Justitie en Veiligheid", "Minister van Defensie",
    ]


def test_markdown_footnotes_whose_marks_were_lost_still_leave_the_answer():
    """Bodies 1, 2 and 4 are marked ([1], [2 4 ]); body 3's mark was lost, but it follows in
    sequence."""
    text = (
        "Vraag 1\nKent u het bericht[1]?\n\nAntwoord 1\nJa, en de brieven[2 4 ] ook. De NZa heeft\n\n"
        "1 NRC, 3 mei 2023, «Bericht».\n2 Kamerstuk 25 424, nr. 650.\n\n3 Regeling zorg – NR/REG-2313a.\n\n"
        "4 Kamerstuk 25 424, nr. 651.\n\n"
        "-----\n\nhet signaal ontvangen.\n\nVraag 2\nEn nu?\n\nAntwoord 2\nNiets.\n"
    )
    doc = parse_text(text)
    q = table(doc)
    assert [f.mark for f in q[1].footnotes] == ["1", "2", "4"]
    assert "de brieven²,⁴ ook" in q[1].answer  # one bracket, two notes
    assert "NR/REG" not in q[1].answer and q[1].answer.endswith("De NZa heeft het signaal ontvangen.")
    assert ("3", "Regeling zorg – NR/REG-2313a.") in {(f.mark, f.text) for f in doc.footnotes}


def test_kamervraag_web_page_without_answers_and_its_closing_record():
    """Questions only; the page ends with "NR 2026Z05123 / Datum … / Indieners": metadata and
    leftovers, never the last question's answer."""
    doc = parse("kamervraag-web-page-trailer.txt")
    assert [(q.number, q.status, q.answer) for q in doc.questions] == [
        (1, "unanswered", None), (2, "unanswered", None), (3, "unanswered", None),
    ]
    assert doc.kind == "kamervragen" and doc.title == "Kamervraag Het bericht 'Sluis Eefde maanden dicht'"
    assert (doc.date, doc.reference) == ("2026-03-12", "2026Z05123")
    assert {"NR 2026Z05123", "Datum 12 maart 2026", "Indieners"} <= set(doc.leftovers)


def test_text_flattened_to_one_line_gets_its_lines_back():
    """A Rekenkamer letter as a scraper delivers it: one line, PDF spacing (three or more
    spaces where paragraphs were), a repeated page header and "2/3" page numbers inside."""
    path = LAYOUTS / "rekenkamer-flattened-one-line.txt"
    assert path.read_text(encoding="utf-8").count("\n") == 1
    doc = parse("rekenkamer-flattened-one-line.txt")
    q = table(doc)
    assert list(q) == [1, 2, 3, 4, 5]
    assert q[3].question == "Waarom is de onderhoudsplanning niet openbaar? Zo ja, sinds wanneer?"
    assert q[3].answer == (
        "De planning is een intern document van Rijkswaterstaat. Wij hebben de planning wel "
        "ingezien voor ons onderzoek."
    )
    assert q[2].status == "deferred" and q[2].deferred_to == "de minister van Infrastructuur en Waterstaat"
    assert q[4].refers_to == (1,) and q[1].referred_by == (4,)
    every_text = " ".join(x.question + " " + (x.answer or "") for x in doc.questions)
    assert "2/3" not in every_text and "Antwoorden Algemene Rekenkamer" not in every_text
    assert "  " not in every_text  # the PDF's double spaces are gone
    assert (doc.date, doc.reference) == ("2021-05-12", "21001234")
    assert doc.title == "Beantwoording vragen over het rapport Sluizen en bruggen"
    assert doc.committee == "vaste commissie voor Infrastructuur en Waterstaat"


def test_flattened_list_with_thousands_of_questions():
    block = "Vraag {n}  Wat is de stand van project {n}?    Het loopt volgens plan.  "
    doc = parse_text("Brief van de Rekenkamer   " + "".join(block.format(n=n) for n in range(1, 1201)))
    assert [q.number for q in doc.questions] == list(range(1, 1201))
    assert doc.questions[-1].question == "Wat is de stand van project 1200?"
    assert doc.questions[-1].answer == "Het loopt volgens plan."


def test_ordinary_text_is_never_reflowed():
    from kamerboek.store.parse.reflow import reflow_flattened

    text = "Vraag 1\nWat?\n\nAntwoord 1\nDit.   Met   ruimte.\n" * 200
    assert reflow_flattened(text) == (text, [])


def test_generic_list_title_takes_the_dossier_name():
    text = (
        "31 235\nLeren van parlementair onderzoek\n\nnr. 3\nLIJST VAN VRAGEN EN ANTWOORDEN\n\n"
        "Vastgesteld 31 januari 2008\n\n1\n\nWelke lessen zijn er?\n\nDat is aan het parlement.\n\n"
        "2\n\nZijn er fouten gemaakt?\n\nNee.\n"
    )
    doc = parse_text(text)
    assert doc.title == "Lijst van vragen en antwoorden: Leren van parlementair onderzoek"
    assert doc.kamerstuk == ("31 235, nr. 3",) and len(doc.questions) == 2


def test_kamervragen_answer_header_only_gives_kind_title_and_addressee():
    text = (
        "AH 604\n2024Z18294\nAntwoord van minister Van Weel (Justitie en Veiligheid) (ontvangen 20 november 2024)\n"
        "Zie ook Aanhangsel Handelingen, vergaderjaar 2024-2025, nr. 461\n\n"
        "Vraag 1\nHoe is het kader tot stand gekomen?\n\nAntwoord op vraag 1\nIn overleg met gemeenten.\n\n"
        "Vraag 2\nWanneer is het klaar?\n\nAntwoord op vraag 2\nIn juni.\n"
    )
    doc = parse_text(text)
    assert doc.kind == "kamervragen" and doc.reference == "2024Z18294" and doc.date == "2024-11-20"
    assert doc.title == "AH 604: Antwoord van minister Van Weel (Justitie en Veiligheid)"
    assert doc.addressees == ("minister van Justitie en Veiligheid",)


def test_answer_label_without_its_question_label_opens_that_question():
    """A page break ate "Vraag 2": "Antwoord 2" still answers question 2, whose question is
    the "?" paragraph at the end of answer 1, not part of answer 1."""
    text = (
        "Vraag 1\nWat is uw reactie op de peiling?\n\nAntwoord 1\nIk vind dit onwenselijk.\n\n"
        "van een privacyverklaring voor cliënten in de ggz, en hoe vaak is die\ngetekend?\n\n"
        "Antwoord 2\nDe NZa houdt dat niet bij.\n\nVraag 3\nKlopt het bericht?\n\nAntwoord 3\nJa.\n"
    )
    q = table(parse_text(text))
    assert list(q) == [1, 2, 3]
    assert q[1].answer == "Ik vind dit onwenselijk."
    assert q[2].label == "Vraag 2" and q[2].answer == "De NZa houdt dat niet bij."
    assert q[2].question == "van een privacyverklaring voor cliënten in de ggz, en hoe vaak is die getekend?"
    assert q[3].answer == "Ja."


_QA = "Vraag 1\nHoeveel bedraagt het bbp?\n\nAntwoord 1\nDat is onbekend.\n\nVraag 2\nEn de ODA?\n\nAntwoord 2\nOok.\n"


@pytest.mark.parametrize(
    ("head", "kamerstuk", "title"),
    [
        # officielebekendmakingen / tweedekamer.nl: the number shares its line with the type
        ("35 450 Voorjaarsnota 2020\nNr. 4 LIJST VAN VRAGEN EN ANTWOORDEN\nVastgesteld 17 juni 2020\n",
         "35 450, nr. 4", "Lijst van vragen en antwoorden: Voorjaarsnota 2020"),
        ("35 210 VII Wijziging van de begrotingsstaten (VII) voor het jaar 2019\n\n"
         "Nr. 3 VERSLAG HOUDENDE EEN LIJST VAN VRAGEN EN ANTWOORDEN\n\nVastgesteld 26 juni 2019\n",
         "35 210 VII, nr. 3",
         "Verslag houdende een lijst van vragen en antwoorden: Wijziging van de begrotingsstaten (VII) voor het jaar 2019"),
        # a Word export: the number after 40 blank lines and a tab
        ("Tweede Kamer der Staten-Generaal\t2\n" + "\n" * 45 + "31 965\n\tVoorjaarsnota 2009\n\tNr. 3\tLIJST VAN VRAGEN\n",
         "31 965, nr. 3", None),
        # web copies that say where they came from
        ("Gepubliceerd: 26 juni 2023\nBron: https://zoek.officielebekendmakingen.nl/kst-36350-VII-9.html\n\n"
         "Nr. 9 VERSLAG HOUDENDE EEN LIJST VAN VRAGEN EN ANTWOORDEN\n", "36 350 VII, nr. 9", None),
        ("Datum publicatie | Organisatie | Vergaderjaar | Dossier- en ondernummer |\n"
         "Tweede Kamer der Staten-Generaal | 2007-2008 | 31444-XVI nr. 6 |\n", "31 444 XVI, nr. 6", None),
    ],
)
def test_kamerstuk_number_in_the_forms_of_the_head(head, kamerstuk, title):
    doc = parse_text(head + "\n" + _QA)
    assert doc.kamerstuk == (kamerstuk,) and len(doc.questions) == 2
    if title:
        assert doc.title == title


def test_bulleted_numbers_as_question_labels():
    """An Eerste Kamer schriftelijk overleg numbers its questions "  • 1. Klopt het …?"."""
    text = (
        "Vragen van de GroenLinks-PvdA-fractie\n\nHuurbevriezing\n\n"
        "  • 1. Klopt het dat deze huurbevriezing alleen voor corporaties geldt?\n\n"
        "  • 2. Wat kost de bevriezing in 2026?\n\n"
        "  • 3. Hoe wordt dat gedekt?\n"
    )
    doc = parse_text(text)
    assert [(q.number, q.label, q.status) for q in doc.questions] == [
        (1, "1.", "unanswered"), (2, "2.", "unanswered"), (3, "3.", "unanswered"),
    ]
    assert doc.questions[1].question == "Wat kost de bevriezing in 2026?"


def test_answers_to_debate_questions_labelled_with_the_member():
    """Written answers to questions from a plenary debate: "Vraag van de g.a. de heer
    Zijlstra (VVD): …? Antwoord …", also flattened to one line by a scraper."""
    lines = (
        "Vraag van de g.a. de heer Zijlstra (VVD):\nWat is de stand van zaken?\n\nAntwoord\nGoed.\n\n"
        "Vraag van het lid Klaver (GL): Hoe staat het met de klimaatdoelen?\n\nAntwoord\nOp koers.\n"
    )
    doc = parse_text(lines)
    assert [(q.number, q.label, q.question, q.answer) for q in doc.questions] == [
        (1, "Vraag van de g.a. de heer Zijlstra (VVD):", "Wat is de stand van zaken?", "Goed."),
        (2, "Vraag van het lid Klaver (GL):", "Hoe staat het met de klimaatdoelen?", "Op koers."),
    ]
    assert doc.numbered is False
    flat = (
        "Bijgaand treft u aan de schriftelijke antwoorden op vragen gesteld tijdens het debat. " * 20
        + "Vraag van de g.a. de heer Zijlstra (VVD): Wat is de stand van zaken van het lerarenregister? "
        "Antwoord De staatssecretaris trekt samen op met de beroepsgroep. "
        "Vraag van mevrouw Thieme (PvdD): Wat gebeurt er met de veestapel? Zijn er plannen? "
        "Antwoord Daarover ontvangt u voor de zomer een brief. "
    )
    q = parse_text(flat).questions
    assert [(x.label, x.question, x.answer) for x in q] == [
        ("Vraag van de g.a. de heer Zijlstra (VVD):", "Wat is de stand van zaken van het lerarenregister?",
         "De staatssecretaris trekt samen op met de beroepsgroep."),
        ("Vraag van mevrouw Thieme (PvdD):", "Wat gebeurt er met de veestapel? Zijn er plannen?",
         "Daarover ontvangt u voor de zomer een brief."),
    ]


def test_page_foot_mark_after_a_full_stop():
    from kamerboek.store.parse.pagenotes import lift_page_footnotes

    lines = ["Het rapport komt in juni beschikbaar.1", "Zie versie 1.3", "", "1Kamerstuk 31 066, nr. 438."]
    out, bodies = lift_page_footnotes(lines)
    assert out == ["Het rapport komt in juni beschikbaar.¹", "Zie versie 1.3", ""]
    assert bodies == {"1": "Kamerstuk 31 066, nr. 438."}


def test_bare_question_numbers_are_never_taken_for_footnote_marks():
    text = (
        "1\nWelke lessen trekt u uit het rapport?\n\nDat is aan het parlement.¹\n\n"
        "2\nZijn er fouten gemaakt?\n\nNee.\n\n1Kamerstuk 31 235, nr. 2.\n2Kamerstuk 31 235, nr. 1.\n"
    )
    q = table(parse_text(text))
    assert list(q) == [1, 2] and q[2].question == "Zijn er fouten gemaakt?" and q[2].answer == "Nee."


def test_joint_answer_far_apart_numbers_share_text_and_label():
    text = (
        "Vraag 1\nHoeveel bedraagt het bbp?\n\nVraag 60\nEn de ODA?\n\nAntwoord op vragen 1 en 60\n"
        "Dat is onbekend.\n\nVraag 2\nEn nu?\n\nAntwoord op vraag 2\nNiets.\n"
    )
    q = table(parse_text(text))
    assert (q[1].answer, q[1].answer_label) == ("Dat is onbekend.", "Antwoord op vragen 1 en 60")
    assert (q[60].answer, q[60].answer_label) == ("Dat is onbekend.", "Antwoord op vragen 1 en 60")
    assert q[60].question == "En de ODA?" and q[2].answer == "Niets."


def test_two_column_table_copied_cell_by_cell_is_redrawn():
    """A table from a web page, one cell per line: rows come back side by side, so each value
    stays with its department, and its cells count as amounts under the caption."""
    text = (
        "Vraag 1\nHoe is de onderuitputting verdeeld?\n\nAntwoord 1\nAls volgt.\n\n"
        "Bedragen in miljoenen euro’s\nBegroting\nOnderuitputting in 2018\nStaten-Generaal\n2\n"
        "Defensie\n– 1.282\nInfrastructuur en Waterstaat (incl. IF en DF)\n– 942\nVWS\n– 169\n"
        "Conform de begroting is dat zo.\n"
    )
    q = parse_text(text).questions[0]
    rows = [line for line in q.answer.split("\n") if " │ " in line]
    assert rows[0].startswith("Begroting") and rows[0].endswith("Onderuitputting in 2018")
    assert re.match(r"Defensie\s+│\s+– 1\.282$", rows[2])
    assert re.match(r"Infrastructuur en Waterstaat \(incl\. IF en DF\)\s+│\s+– 942$", rows[3])
    assert q.answer.endswith("Conform de begroting is dat zo.")
    assert [(a.text, a.euros) for a in q.amounts] == [
        ("2", 2e6), ("– 1.282", -1.282e9), ("– 942", -942e6), ("– 169", -169e6),
    ]


def test_theme_code_before_a_question_is_its_section_not_answer_text():
    """BZK lists put a theme code ("Wn", Wonen) on its own line before each question number."""
    text = (
        "Vragen en antwoorden\n\n1\n\nVraag:\n\nHoeveel woningen komen er bij?\n\nAntwoord:\n\n"
        "Ongeveer 100.000.\n\nWn\n\n2\n\nVraag:\n\nEn sociale huur?\n\nAntwoord:\n\nNee\n\n"
        "3\n\nVraag:\n\nEn middenhuur?\n\nAntwoord:\n\nOok.\n"
    )
    q = table(parse_text(text))
    assert q[1].answer == "Ongeveer 100.000." and q[2].section == "Wn"
    assert q[2].answer == "Nee"  # a short answer is no code


def test_older_intro_gives_the_title_not_the_web_menu():
    text = (
        "Zoals vergunningen, bouwplannen en lokale regelgeving.\nAdressen en contactpersonen van overheidsorganisaties.\n"
        "Vastgesteld 10 juni 2008\nDe Algemene commissie voor Volksgezondheid, Welzijn en Sport heeft over het rapport "
        "van de Algemene Rekenkamer bij het jaarverslag 2007 (Kamerstuk 31 444 XI, nr. 4) de navolgende vragen ter "
        "beantwoording aan de regering voorgelegd.\n"
        "Welke maatregelen gaat u nemen om de zorgtoeslag te verbeteren?\nDe Belastingdienst werkt eraan.\n"
        "Wanneer is dat klaar?\nIn 2009.\nWat kost het?\nOnbekend.\n"
    )
    doc = parse_text(text)
    assert doc.title == "Vragen over het rapport van de Algemene Rekenkamer bij het jaarverslag 2007"
    assert [q.answer for q in doc.questions] == ["De Belastingdienst werkt eraan.", "In 2009.", "Onbekend."]


# --------------------------------------------------------------------------- replies to a report


def test_nota_members_announce_questions_and_ask_them_in_the_next_paragraph():
    # kst-36058-4 (2022): the members' paragraph only announces; the questions follow unlabelled
    text = (
        "36 058 Voorstel tot wijziging van het Reglement van Orde\n\nNr. 4 NOTA NAAR AANLEIDING VAN HET VERSLAG\n\n"
        "Ontvangen 12 april 2022\n\nI. Algemeen\n\n"
        "De leden van de VVD-fractie hebben met belangstelling kennisgenomen van het voorstel. Graag willen deze "
        "leden daarover enkele vragen stellen.\n\n"
        "In tegenstelling tot de Wob valt de Kamer onder de Woo. Wat betekent dat voor het openbaar maken van "
        "documenten? In hoeverre worden die openbaar?\n\n"
        "Op grond van artikel 5.4a van de Woo is die informatie niet openbaar.\n\n"
        "De leden van de D66-fractie vragen wanneer de regeling ingaat.\n\nDe regeling gaat op 1 juli in.\n"
    )
    q = table(parse_text(text))
    assert list(q) == [1, 2]
    assert q[1].question.endswith("In hoeverre worden die openbaar?")
    assert q[1].answer == "Op grond van artikel 5.4a van de Woo is die informatie niet openbaar."
    assert q[2].answer == "De regeling gaat op 1 juli in."


def test_report_question_that_names_the_members_at_its_end():
    # kst-35261-B (Eerste Kamer, 2022): "Overwegende dat …, vragen de leden van VVD-fractie de regering."
    text = (
        "35 261 Wijziging van de Algemene wet bestuursrecht\n\nB VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR "
        "BINNENLANDSE ZAKEN\n\nVastgesteld 21 juni 2022\n\n1. Inleiding\n\n"
        "De leden van de VVD-fractie hebben kennisgenomen van het wetsvoorstel. Zij vragen of het voorstel nodig is.\n\n"
        "De leden van de PvdA-fractie vragen hoe de regering de burger bereikt.\n\n2. Papieren weg\n\n"
        "Overwegende dat burgers via de papieren weg met de overheid moeten kunnen communiceren; in hoeverre "
        "regelt het voorstel dat die mogelijkheid blijft bestaan, vragen de leden van VVD-fractie de regering.\n"
    )
    doc = parse_text(text)
    q = table(doc)
    assert doc.kind == "verslag" and list(q) == [1, 2, 3]
    assert q[3].section == "2. Papieren weg" and q[3].question.startswith("Overwegende dat burgers")
    assert q[2].question == "De leden van de PvdA-fractie vragen hoe de regering de burger bereikt."


def test_one_word_topic_heading_in_a_schriftelijk_overleg():
    # kst-21501-32-774 (2014): "Zuivelmarkt" between a group's intro and its question
    text = (
        "21 501-32 Landbouw- en Visserijraad\n\nNr. 774 VERSLAG VAN EEN SCHRIFTELIJK OVERLEG\n\n"
        "Vastgesteld 24 maart 2014\n\nVragen van de leden van de VVD-fractie\n\n"
        "De leden van de VVD-fractie hebben kennisgenomen van de brieven. Deze leden hebben over de volgende "
        "onderwerpen vragen.\n\nZuivelmarkt\n\nDe leden van de VVD-fractie vragen of er een meerderheid is voor "
        "een zachte landing?\n"
    )
    q = table(parse_text(text))
    assert q[1].question.endswith("vragen.") and "Zuivelmarkt" not in q[1].question
    assert q[2].section == "Zuivelmarkt"


def test_group_heading_right_under_the_committees_signature():
    # kst-21501-31-207 (2010): no roman number before the headings, so the signature swallowed them
    text = (
        "21 501-31 Raad voor Volksgezondheid\n\nNr. 207 VERSLAG VAN EEN SCHRIFTELIJK OVERLEG\n\n"
        "Vastgesteld 16 april 2010\n\nDe vragen zijn met de antwoorden hieronder afgedrukt.\n\n"
        "De voorzitter van de commissie,\n\nSmeets\n\nAdjunct-griffier van de commissie,\n\nSjerp\n\n"
        "VRAGEN EN OPMERKINGEN VANUIT DE FRACTIES\n\nVragen en opmerkingen van de CDA-fractie\n\n"
        "De leden van de CDA-fractie vragen wanneer de minister de Kamer informeert.\n"
    )
    doc = parse_text(text)
    assert [(q.number, q.section) for q in doc.questions] == [(1, "Vragen en opmerkingen van de CDA-fractie")]
    assert "Sjerp" in doc.leftovers and "VRAGEN EN OPMERKINGEN VANUIT DE FRACTIES" in doc.leftovers


def test_a_groups_opening_that_asks_nothing_joins_its_next_question_in_a_report():
    text = (
        "33 558 Wijziging van de Wet SLOA\n\nNr. 7 VERSLAG\n\nVastgesteld 4 juni 2013\n\n"
        "De leden van de PvdA-fractie hebben met interesse kennisgenomen van het wetsvoorstel.\n\n"
        "De leden zijn van mening dat dit een goede stap is. Wel hebben de leden een aantal vragen.\n\n"
        "De leden van de PvdA-fractie vragen hoe de regering de taken van SLO borgt.\n\n"
        "De leden van de PVV-fractie hebben met belangstelling kennisgenomen van het wetsvoorstel.\n\n"
        "De leden van de CDA-fractie vragen wanneer de wet ingaat.\n"
    )
    questions = parse_text(text).questions
    assert [q.question.split("\n\n")[0][:30] for q in questions] == [
        "De leden van de PvdA-fractie h",  # the opening, the remark and the question: one
        "De leden van de PVV-fractie he",  # no question of its own follows: kept as it stands
        "De leden van de CDA-fractie vr",
    ]
    assert questions[0].question.endswith("hoe de regering de taken van SLO borgt.")
    assert all(q.status == "unanswered" for q in questions)


def test_nota_naar_aanleiding_van_het_verslag():
    """Each group's question is a paragraph ("De leden van de VVD-fractie vragen …"), the
    answer follows in the same paragraph or the next ones; numbered lines are sections."""
    doc = parse("nota-naar-aanleiding-van-het-verslag.txt")
    q = table(doc)
    assert doc.kind == "nota-naar-aanleiding-van-het-verslag"
    assert doc.title == (
        "Nota naar aanleiding van het verslag: Wijziging van de Wet op de zorgtoeslag in verband "
        "met het afbouwen van de vermogenstoets"
    )
    assert (doc.kamerstuk, doc.date, doc.numbered) == (("36 512, nr. 6",), "2025-03-14", False)
    assert list(q) == [1, 2, 3, 4, 5, 6]
    # the answer starts where the members stop speaking, inside the paragraph
    assert q[1].question == (
        "De leden van de VVD-fractie hebben kennisgenomen van het wetsvoorstel. Zij vragen hoeveel "
        "huishoudens er door de wijziging op achteruitgaan."
    )
    assert q[1].answer == "Het gaat om ongeveer 120.000 huishoudens. Zij gaan er gemiddeld € 8 per maand op achteruit."
    assert q[2].question.endswith("Ook vragen deze leden welke alternatieven zijn overwogen.")
    assert q[2].answer.startswith("Een overgangsregeling") and "twee alternatieven overwogen" in q[2].answer
    # two groups in a row ask the same: both get the answer that follows them
    assert q[3].answer == q[4].answer and q[3].answer.startswith("De motie-Krul verzoekt")
    assert q[4].question == "De leden van de SP-fractie stellen een soortgelijke vraag."
    # named with its number in the question, by name only in the answer: one motion
    assert [(m.side, m.id, m.linked_by) for m in q[3].motions] == [
        ("question", "36200-XVI-45", "reference"),
        ("answer", "36200-XVI-45", "submitters"),
    ]
    assert "in-uitvoering" in [s.status for s in q[3].motions[0].statuses]
    assert q[5].question.endswith("Kan de regering daarbij ook ingaan op de uitvoeringskosten?")
    assert (q[6].answer or "").startswith("Ja. Artikel V")
    assert [x.section for x in doc.questions] == ["1. Algemeen"] * 4 + ["2. Financiële gevolgen"] * 2
    assert all(x.status == "answered" for x in doc.questions)
    every_text = " ".join(x.question + " " + (x.answer or "") for x in doc.questions)
    assert "Financiële gevolgen" not in every_text and "Agema" not in every_text
    assert "F. Agema" in doc.leftovers and "De regering dankt" not in every_text


def test_memorie_van_antwoord_from_pdf_text():
    """Hard-wrapped lines, no blank lines, an Eerste Kamer page header mid-answer, "Het lid …"
    as asker and the Eerste Kamer's letter before the document type."""
    doc = parse("memorie-van-antwoord-pdf-wrapped.txt")
    q = table(doc)
    assert doc.kind == "memorie-van-antwoord"
    assert doc.title == (
        "Memorie van antwoord: Wijziging van de Wet educatie en beroepsonderwijs in verband met het "
        "verbeteren van de positie van studenten"
    )
    assert list(q) == [1, 2, 3]
    # the Eerste Kamer numbers a dossier's documents with letters
    assert (doc.kamerstuk, doc.kamerstuk_ids) == (("36 410, C",), ("36410-C",))
    assert q[1].question.endswith("Zij vragen ook hoe vaak die klacht gegrond wordt verklaard.")
    assert q[1].answer.startswith("In 2022 dienden 4.310 studenten")
    assert q[2].answer == (
        "De kosten worden geraamd op € 3,2 miljoen per jaar voor alle instellingen samen. Deze kosten "
        "zijn gedekt binnen de lumpsum."
    )  # the page header "Eerste Kamer, vergaderjaar 2023–2024, 36 410, C 2" is gone
    assert q[3].question == "Het lid Van Dijk (SGP) vraagt of de inspectie toezicht houdt op de naleving."
    assert q[3].answer.startswith("Ja. De Inspectie") and q[3].section == "2. Uitvoering"


def test_committee_report_holds_questions_only():
    """The report itself ("VERSLAG") is the members' text: nothing in it is an answer."""
    text = (LAYOUTS / "nota-naar-aanleiding-van-het-verslag.txt").read_text(encoding="utf-8")
    text = text.replace("Nr. 6 NOTA NAAR AANLEIDING VAN HET VERSLAG", "Nr. 5 VERSLAG").replace("Ontvangen", "Vastgesteld")
    doc = parse_text(text)
    assert doc.kind == "verslag"
    assert len(doc.questions) == 6 and all(x.answer is None and x.status == "unanswered" for x in doc.questions)
    assert doc.questions[0].question.endswith("Zij gaan er gemiddeld € 8 per maand op achteruit.")


def test_numbered_list_whose_questions_name_the_groups_keeps_its_labels():
    text = (
        "Lijst van vragen en antwoorden\n\n"
        "1. De leden van de VVD-fractie vragen hoeveel dit kost?\n"
        "Antwoord: € 3 miljoen.\n\n"
        "2. De leden van de SP-fractie vragen wanneer de wet ingaat?\n"
        "Antwoord: Op 1 januari.\n"
    )
    doc = parse_text(text)
    assert [(x.number, x.answer) for x in doc.questions] == [(1, "€ 3 miljoen."), (2, "Op 1 januari.")]
    assert doc.numbered


def test_prose_with_one_members_paragraph_is_still_refused():
    text = (
        "Geachte voorzitter,\n\nDe leden van de VVD-fractie vroegen in het debat om een brief. "
        "Die stuur ik u hierbij.\n\nHoogachtend,\n\nDe minister\n"
    )
    with pytest.raises(ParseError):
        parse_text(text)


@pytest.mark.parametrize(
    ("paragraph", "question"),
    [
        # "zij" right after the question continues it; after an answer sentence it is not the members
        (
            "De leden vragen naar de kosten. Zij vragen ook naar de baten. Het kost veel. Zij krijgen weinig.",
            "De leden vragen naar de kosten. Zij vragen ook naar de baten.",
        ),
        # the members by name extend the question over a sentence of their own reasoning
        (
            "De leden constateren een verschil. Dit blijft groot. De leden van deze fractie vragen dan ook "
            "een onderbouwing. Het verschil komt door de toeslag.",
            "De leden constateren een verschil. Dit blijft groot. De leden van deze fractie vragen dan ook een onderbouwing.",
        ),
        # the government speaks: the answer starts, whatever follows
        (
            "De leden vragen naar de kosten. Het kabinet deelt de zorg van deze leden. Zij vragen ook naar de baten.",
            "De leden vragen naar de kosten.",
        ),
        (
            "De leden vragen naar de kosten. Kan de regering die toelichten? Nee. Dat kan niet.",
            "De leden vragen naar de kosten. Kan de regering die toelichten?",
        ),
    ],
)
def test_where_a_groups_question_ends(paragraph: str, question: str) -> None:
    from kamerboek.store.parse.fractions import _question_end

    assert paragraph[: _question_end(paragraph)].rstrip() == question


# --------------------------------------------------------------------------- late answers


def test_postponement_notice_after_the_questions_is_no_answer():
    """The Aanhangsel prints "Mededeling … niet binnen de gebruikelijke termijn" after the
    questions when the answers come late: it used to be the last question's answer."""
    doc = parse("kamervragen-mededeling-uitstel.txt")
    q = table(doc)
    assert list(q) == [1, 2, 3]
    assert all(x.status == "unanswered" and x.answer is None for x in doc.questions)
    assert doc.date == "2024-10-25"  # no answer yet: the day the questions were sent in
    assert "Mededeling" in doc.leftovers
    assert any("niet binnen de gebruikelijke termijn" in x for x in doc.leftovers)
    # two page-foot marks on one line ("2 3") belong to the question above them
    assert q[2].question.endswith("motie Bikker-De Jong?²,³")
    assert [(f.mark, f.text) for f in q[2].footnotes] == [
        ("2", "Kamerstuk 31 839, nr. 1010"),
        ("3", "Kamerstuk 36 200-XVI, nr. 77"),
    ]
    assert [r.id for r in q[2].kamerstukken] == ["31839-1010", "36200-XVI-77"]


def test_a_postponement_notice_alone_says_so():
    from kamerboek.store import messages

    text = (
        "AH 615\n2024Z17538\n"
        "Mededeling van staatssecretaris Rummenie (Landbouw, Visserij, Voedselzekerheid en Natuur) "
        "(ontvangen 20 november 2024)\n\n"
        "Op 6 november jl. hebben de leden Gabriëls en Bromet schriftelijke vragen gesteld over PFAS.\n\n"
        "Vanwege de nodige afstemming kunnen de vragen niet binnen de gebruikelijke termijn van drie weken "
        "worden beantwoord.\n"
    )
    with pytest.raises(ParseError) as err:
        parse_text(text, source="ah-615.txt")
    assert err.value.reason == messages.POSTPONEMENT_ONLY
    assert str(err.value).startswith("ah-615.txt: een uitstelbericht")


def test_a_mededeling_heading_inside_an_answer_stays():
    text = "Vraag 1\nWat is er gemeld?\nAntwoord 1\nMededeling\nDe gemeente heeft de route gewijzigd.\n"
    doc = parse_text(text)
    assert doc.questions[0].answer == "Mededeling De gemeente heeft de route gewijzigd."


@pytest.mark.parametrize(
    ("who", "expected"),
    [
        (
            "de Staatssecretaris van Infrastructuur en Waterstaat en de Ministers van Infrastructuur en "
            "Waterstaat, voor Volkshuisvesting en Ruimtelijke Ordening en voor Landbouw, Natuur en Voedselkwaliteit",
            [
                "Staatssecretaris van Infrastructuur en Waterstaat",
                "Minister van Infrastructuur en Waterstaat",
                "Minister voor Volkshuisvesting en Ruimtelijke Ordening",
                "Minister voor Landbouw, Natuur en Voedselkwaliteit",
            ],
        ),
        ("de minister en de staatssecretaris van Defensie", ["minister van Defensie", "staatssecretaris van Defensie"]),
        (
            "de Minister en Staatssecretaris van Onderwijs, Cultuur en Wetenschap",
            ["Minister van Onderwijs, Cultuur en Wetenschap", "Staatssecretaris van Onderwijs, Cultuur en Wetenschap"],
        ),
        ("de Minister van Financiën over de Voorjaarsnota", ["Minister van Financiën"]),
    ],
)
def test_addressees_one_per_minister(who: str, expected: list[str]) -> None:
    from kamerboek.store.parse.metadata import _split_addressees

    assert _split_addressees(who) == expected


def test_letterhead_run_together_gives_date_and_subject():
    """A Rekenkamer letter as a scraper joins it: lowercase "datum"/"betreft" inside one line."""
    text = (
        "Brief aan de Tweede Kamer, dd 4 juni 2024, kenmerk 24002121 R\n\n"
        "Postbus 20015 2500 EA Den Haag www.rekenkamer.nl datum 4 juni 2024 betreft Beantwoording vragen "
        "over het Verantwoordingsonderzoek 2023\n\n"
        "Vraag 1\nIs het ministerie klaar voor nieuwe contractvormen?\n"
        "Antwoord 1\nDat hebben wij niet onderzocht. Wij verwijzen u naar de minister voor een antwoord op deze vraag.\n"
    )
    doc = parse_text(text)
    assert doc.date == "2024-06-04"
    assert doc.title == "Beantwoording vragen over het Verantwoordingsonderzoek 2023"
    # "voor een antwoord" is no ministry; the answer says more than the hand-over
    assert (doc.questions[0].status, doc.questions[0].deferred_to) == ("answered", "de minister")


# --------------------------------------------------------------------------- web and older copies


def test_question_table_copied_one_cell_per_line():
    """A web copy of a list of questions: the table header "Nr" / "Vraag" one cell per line.
    The lone "Vraag" used to be a label that joined all questions into one."""
    doc = parse("web-vragenlijst-cel-per-regel.txt")
    assert [(q.number, q.status) for q in doc.questions] == [(1, "unanswered"), (2, "unanswered"), (3, "unanswered")]
    assert doc.questions[1].question.endswith("Welke subsidies zijn er voor erfgoed?")
    assert doc.kind == "lijst-van-vragen" and doc.title == "Verslag houdende een lijst van vragen"
    assert "Nr │ Vraag" in doc.leftovers


def test_joint_bare_number_line_and_a_signature_with_two_chairs():
    doc = parse("bare-numbers-joint-and-two-chairs.txt")
    q = table(doc)
    assert list(q) == [1, 2, 3] and doc.numbered
    # "1 en 2": a block of two questions with one answer; each number gets its own paragraph
    assert q[1].label == q[2].label == "1 en 2"
    assert q[1].question == "Hoe groot is het bedrag dat is vrijgekomen door de onderbesteding?"
    assert q[2].question == "Waaraan zijn de vrijgekomen gelden besteed?"
    assert q[1].answer == q[2].answer and q[1].answer.startswith("De onderbesteding bedroeg € 17 miljoen.")
    # a chair of a committee with a long name signs; the line is no section
    assert doc.sections == () and all(x.section is None for x in doc.questions)
    assert "De voorzitter van de vaste commissie voor Sociale Zaken en Werkgelegenheid," in doc.leftovers
    assert doc.addressees == (
        "minister van Sociale Zaken en Werkgelegenheid",
        "staatssecretaris van Sociale Zaken en Werkgelegenheid",
    )
    assert doc.committee == "commissie voor de Rijksuitgaven"  # (the first of the two)


def test_first_label_glued_to_a_heading_and_a_site_menu_above():
    """parlementairemonitor.nl: a numbered site menu ("1." / "Kerngegevens") above the text,
    and the PDF's heading and "Vraag 1" on one line. The menu used to be question 1."""
    doc = parse("web-kop-met-eerste-label.txt")
    q = table(doc)
    assert list(q) == [1, 2]
    assert q[1].question == "Kunt u per begroting aangeven hoe groot de eindejaarsmarge is?"
    assert q[1].answer == "Dat is nog niet bekend."
    assert q[1].section == "Antwoorden Feitelijke Kamervragen Najaarsnota 2023"
    assert (doc.kamerstuk, doc.date, doc.addressees) == (("36 470, nr. 16",), "2023-12-22", ("Minister van Financiën",))


def test_a_label_at_the_end_of_a_sentence_is_not_unglued():
    text = "Vraag 1\nWat kost het?\nAntwoord 1\nDat staat in het antwoord op Vraag 2\nVraag 2\nEn dat?\nAntwoord 2\nNiets.\n"
    doc = parse_text(text)
    assert [q.number for q in doc.questions] == [1, 2]
    assert doc.questions[0].answer == "Dat staat in het antwoord op Vraag 2"


def test_questions_as_submitted_with_parenthesised_footnotes():
    """A Word export of questions just sent in: no numbers, "…'? 1)" marks and "1) Pointer, …"
    bodies below. The body used to be read as question 1 and the questions were lost."""
    doc = parse("kamervragen-ingezonden-ongenummerd.txt")
    assert [(q.number, q.status) for q in doc.questions] == [(1, "unanswered"), (2, "unanswered"), (3, "unanswered")]
    first, _, third = doc.questions
    assert first.question == "Kent u het bericht 'Escortbureau kreeg vergunning ondanks veroordeling van de oprichter'?¹"
    assert [f.text[:8] for f in first.footnotes] == ["Pointer,"]
    assert [r.id for r in third.kamerstukken] == ["34091-12"] and third.footnotes[0].mark == "2"
    assert (doc.date, doc.reference) == ("2024-11-20", "2024Z18999")  # the day they were sent in
    assert doc.addressees == ("minister van Justitie en Veiligheid",)


def test_askers_toelichting_is_no_answer():
    text = (
        "Vraag 1\nKlopt het bericht?\nAntwoord 1\nJa.\n"
        "Vraag 2\nWat gaat u doen?\nAntwoord 2\nWij onderzoeken het.\n"
        "Toelichting:\nDeze vragen dienen ter aanvulling op eerdere vragen van de leden Van Nispen en Bamenga.\n"
    )
    doc = parse_text(text)
    assert doc.questions[1].answer == "Wij onderzoeken het."
    assert doc.leftovers[-2:] == (
        "Toelichting:",
        "Deze vragen dienen ter aanvulling op eerdere vragen van de leden Van Nispen en Bamenga.",
    )


def test_web_questions_numbered_with_dot_paren_and_a_page_trailer():
    doc = parse("web-vragen-punt-haakje-trailer.txt")
    assert [(q.number, q.label, q.status) for q in doc.questions] == [
        (1, "1.)", "unanswered"),
        (2, "2.)", "unanswered"),
        (3, "3.)", "unanswered"),
    ]
    # the site's trailer under the last question is no answer
    assert doc.questions[2].answer is None and "facebooktwitterinstagrammail" in doc.leftovers
    assert doc.addressees == ("minister van Verkeer en Waterstaat",)


def test_a_second_series_of_questions_continues_the_numbering():
    """A letter that answers the committee's questions on a report and then those on its
    covering letter, both numbered from 1: the second series used to interleave with the first
    (1, 1, 2, 2, …). Numbers now run on, labels stay as printed, and "zie het antwoord op vraag
    1" in the second series points into its own series."""
    doc = parse("twee-reeksen-vragen.txt")
    assert [(q.number, q.label) for q in doc.questions] == [
        (1, "Vraag 1"), (2, "Vraag 2"), (3, "Vraag 3"), (4, "Vraag 1"), (5, "Vraag 2"),
    ]
    q = table(doc)
    assert q[4].section == "Antwoorden op vragen over de aanbiedingsbrief"
    assert q[4].answer == "Dat risico is niet te kwantificeren."
    assert (q[5].status, q[5].refers_to, q[4].referred_by) == ("referred", (4,), (5,))


def test_numbering_restarting_per_party():
    text = (
        "Beantwoording informatieve vragen Kaderbrief 2015\n\n"
        "A. Vragen CDA\n\nVraag 1: Wat kost de verbouwing?\nAntwoord: € 2 miljoen.\n\n"
        "B. Vragen Senioren Partij\n\nVraag 1: Wanneer is de verbouwing klaar?\nAntwoord: In 2026.\n"
    )
    doc = parse_text(text)
    assert [(q.number, q.section, q.answer) for q in doc.questions] == [
        (1, "A. Vragen CDA", "€ 2 miljoen."),
        (2, "B. Vragen Senioren Partij", "In 2026."),
    ]


# --------------------------------------------------------------------------- schriftelijk overleg


def test_schriftelijk_overleg_with_a_reply_section_that_repeats_the_questions():
    """Part I holds the groups' questions, part II the reply, repeating each question before
    its answer: the questions come from part II, each with its answer."""
    doc = parse("schriftelijk-overleg-eu-raad.txt")
    assert doc.kind == "schriftelijk-overleg"
    assert doc.title == "Verslag van een schriftelijk overleg: Landbouw- en Visserijraad"
    assert (doc.kamerstuk, doc.kamerstuk_ids) == (("21 501-32, nr. 1701",), ("21501-32-1701",))
    assert doc.date == "2025-03-14"  # "Vastgesteld14 maart 2025": the space lost in extraction
    assert [(q.number, q.status) for q in doc.questions] == [(1, "answered"), (2, "answered")]
    assert doc.questions[0].answer.startswith("Een gekwalificeerde meerderheid")
    assert doc.questions[1].answer == "Nee. Het kabinet wacht het voorstel van de Europese Commissie af."


def test_schriftelijk_overleg_with_a_reply_under_each_group():
    text = (
        "Nr. 12 VERSLAG VAN EEN SCHRIFTELIJK OVERLEG\n\nVastgesteld 2 april 2024\n\n"
        "De leden van de VVD-fractie hebben kennisgenomen van de brief. Zij vragen wanneer de wet ingaat.\n\n"
        "Reactie van de minister\n\nDe wet gaat op 1 januari 2025 in.\n\n"
        "De leden van de SP-fractie vragen wat de wet kost.\n\nReactie van de minister\n\nDe wet kost € 4 miljoen.\n"
    )
    doc = parse_text(text)
    assert [(q.question, q.answer, q.answer_label) for q in doc.questions] == [
        (
            "De leden van de VVD-fractie hebben kennisgenomen van de brief. Zij vragen wanneer de wet ingaat.",
            "De wet gaat op 1 januari 2025 in.",
            "Reactie van de minister",
        ),
        ("De leden van de SP-fractie vragen wat de wet kost.", "De wet kost € 4 miljoen.", "Reactie van de minister"),
    ]


def test_schriftelijk_overleg_whose_reply_does_not_repeat_the_questions():
    """One reply section after all questions, not repeating them: the questions stay
    unanswered (which answer belongs to which is not written down) and the reply is kept."""
    text = (
        "Nr. 12 VERSLAG VAN EEN SCHRIFTELIJK OVERLEG\n\nVastgesteld 2 april 2024\n\n"
        "De leden van de VVD-fractie vragen wanneer de wet ingaat.\n\n"
        "De leden van de SP-fractie vragen wat de wet kost.\n\n"
        "II Reactie van de minister\n\nDe wet gaat op 1 januari 2025 in en kost € 4 miljoen.\n"
    )
    doc = parse_text(text)
    assert [(q.question, q.status) for q in doc.questions] == [
        ("De leden van de VVD-fractie vragen wanneer de wet ingaat.", "unanswered"),
        ("De leden van de SP-fractie vragen wat de wet kost.", "unanswered"),
    ]
    assert "De wet gaat op 1 januari 2025 in en kost € 4 miljoen." in doc.leftovers


def test_grouped_questions_share_the_answer_below_them():
    text = (
        "Vraag 1\nWelke budgetflexibiliteit is er?\nVraag 40\nWaarom ontbreekt het inzicht?\n"
        "Vraag 52\nHoe is dit uitgewerkt?\nAntwoord\nIn de Rijksbegrotingsvoorschriften.\n"
        "Vraag 53\nEn in 2007?\nAntwoord\nOok.\n"
    )
    doc = parse_text(text)
    assert [(q.number, q.answer) for q in doc.questions] == [
        (1, "In de Rijksbegrotingsvoorschriften."),
        (40, "In de Rijksbegrotingsvoorschriften."),
        (52, "In de Rijksbegrotingsvoorschriften."),
        (53, "Ook."),
    ]


def test_consecutive_questions_without_answers_stay_unanswered():
    """Questions 1-4 for another minister, 5 answered (the Najaarsnota sample's shape)."""
    text = "".join(f"Vraag {n}:\nWat kost project {n}?\n" for n in range(1, 6)) + "Antwoord:\nNiets.\n"
    doc = parse_text(text)
    assert [q.status for q in doc.questions] == ["unanswered"] * 4 + ["answered"]


def test_answer_labelled_with_the_government():
    doc = parse_text("1. Wat kost de VN?\nAntwoord van het kabinet:\nNederland draagt € 40 miljoen bij.\n")
    assert (doc.questions[0].answer_label, doc.questions[0].answer) == (
        "Antwoord van het kabinet:",
        "Nederland draagt € 40 miljoen bij.",
    )


def test_officielebekendmakingen_page_around_a_kamervraag():
    """A browser copy keeps the site's category label and its metadata table glued into lines:
    they used to give the title and every question's section."""
    text = (
        "Kamervragen zonder Antwoord\n\n"
        "Datum publicatieOrganisatieVergaderjaarVraagDatum indiening\n"
        "Tweede Kamer der Staten-Generaal2010-20112011Z04442\n\n"
        "Vragen van het lid Heijnen (PvdA) aan de minister van Binnenlandse Zaken en Koninkrijksrelaties over "
        "verdwenen Kamerstukken (ingezonden 4 maart 2011).\n\n"
        "Vraag 1\n\nKent u het bericht «Duizenden Kamerstukken verdwenen»?\n\n"
        "Vraag 2\n\nHoe heeft dit kunnen gebeuren?\n"
    )
    doc = parse_text(text)
    assert doc.title.startswith("Vragen van het lid Heijnen (PvdA)")
    assert (doc.reference, doc.date) == ("2011Z04442", "2011-03-04")
    assert all(q.section is None and q.status == "unanswered" for q in doc.questions)
    assert "Kamervragen zonder Antwoord" in doc.leftovers


def test_title_from_an_intro_that_names_the_subject_and_never_a_date_line():
    text = (
        "Kamerstuk\nU bent hier:\nZoals vergunningen, bouwplannen en lokale regelgeving.\n"
        "Vastgesteld 1 april 2009\n"
        "Binnen de vaste commissie voor Verkeer en Waterstaat hebben enkele fracties behoefte over de "
        "Initiatiefnota Fietsen in Nederland (Kamerstuk 31 796, nr. 2) een aantal vragen voor te leggen. "
        "De vragen zijn met de antwoorden hieronder afgedrukt.\n"
        "Wat is het doel van de nota?\nHet fietsen stimuleren.\nWie betaalt dat?\nHet Rijk.\n"
    )
    doc = parse_text(text)
    assert doc.title == "Vragen over de Initiatiefnota Fietsen in Nederland"
    assert [q.answer for q in doc.questions] == ["Het fietsen stimuleren.", "Het Rijk."]


def test_wrapped_numbered_questions_are_not_taken_for_section_headings():
    """Numbered questions whose first line is short (a hard wrap) stay questions, even when
    paragraphs opening with "De leden van …" follow (the reply layout reads numbered lines
    standing alone as sections)."""
    text = (
        "Lijst van vragen\n\n1. Kan de minister\naangeven wat het kost?\n\n2. Wanneer gaat\nde wet in?\n\n"
        "De leden van de VVD-fractie hebben deze vragen gesteld.\n\nDe leden van de SP-fractie sluiten zich aan.\n"
    )
    doc = parse_text(text)
    assert [(q.number, q.question) for q in doc.questions[:2]] == [
        (1, "Kan de minister aangeven wat het kost?"),
        (2, "Wanneer gaat de wet in?"),
    ]


def test_debate_questions_in_a_table_by_party_and_member():
    """Answers to a budget debate as a Word table copied with tabs: "1.<TAB>CDA<TAB>Rouwe, de
    <TAB>Vraag:" rows with the question and "Antwoord:" under them. Only the first question
    was found; the rest merged into its answer (the row lines ask nothing themselves)."""
    text = (
        "Brief regering\n\nNummer: 2009D59599, datum: 2009-11-26, bijgewerkt: 2024-02-19 10:56, versie: 1\n\n"
        "32123 XII Antwoorden op vragen begrotingsbehandeling van Verkeer en Waterstaat 2010\n\n"
        "\tPolitieke Partij\tKamerlid\tVraag en Antwoord\n\n"
        "1.\tCDA\tRouwe, de\tVraag:\n\nWanneer ontvangt de Kamer de innovatieagenda luchtvaart? \n\n"
        "Antwoord:\n\nBij deze.\n\n"
        "2.\tCDA\tMastwijk\tVraag:\n\nKan de staatssecretaris toezeggen dat er geen besluit wordt genomen? \n\n"
        "Antwoord:\n\nJa.\n"
    )
    doc = parse_text(text)
    assert doc.title == "Antwoorden op vragen begrotingsbehandeling van Verkeer en Waterstaat 2010"
    assert [(q.number, q.label, q.answer) for q in doc.questions] == [(1, "1.", "Bij deze."), (2, "2.", "Ja.")]
    assert doc.questions[1].question == (
        "CDA · Mastwijk\n\nKan de staatssecretaris toezeggen dat er geen besluit wordt genomen?"
    )


def test_eerste_kamer_report_is_questions_only_though_it_cites_the_memorie_van_antwoord():
    """"E NADER VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE …": the committee's own text. The
    members' second sentences used to become invented "answers" (the head was not read as a
    report, and its mention of the memorie van antwoord made it a reply)."""
    doc = parse("ek-nader-voorlopig-verslag.txt")
    assert doc.kind == "verslag"
    assert doc.title == (
        "Nader voorlopig verslag: Voorstel van wet van de leden Van Weyenberg en Van Hijum tot wijziging "
        "van de Ambtenarenwet"
    )
    assert [(q.number, q.section, q.status) for q in doc.questions] == [
        (1, "I ALGEMEEN", "unanswered"),
        (2, "I ALGEMEEN", "unanswered"),
        (3, "II UITVOERING", "unanswered"),
    ]
    assert doc.questions[0].question.endswith("Zij vragen hoe de normalisering zich verhoudt tot de Grondwet.")
    # a paragraph may open with a verb of the members: "Met belangstelling hebben de leden …"
    assert doc.questions[1].question.startswith("Met belangstelling hebben de leden van de D66-fractie")
    assert doc.questions[2].question.endswith("Zij vragen wat de uitvoeringskosten zijn.")
    assert "Van Dooren" in doc.leftovers and doc.date == "2014-02-18"
    assert doc.committee == "vaste commissie voor Binnenlandse Zaken"  # from the head in capitals
    assert doc.kamerstuk_ids == ("32550-E",)
    assert all(q.section != "Vastgesteld 18 februari 2014" for q in doc.questions)


def test_a_report_with_one_members_paragraph_under_a_numbered_heading():
    text = (
        "36 374 Verandering in de Grondwet\n\nNr. 5 VERSLAG\n\nVastgesteld 14 juli 2022\n\n"
        "1. Inleiding\n\nDe leden van de VVD-fractie hebben kennisgenomen van het voorstel. Zij vragen waarom "
        "de wijziging nu nodig is.\n"
    )
    doc = parse_text(text)
    assert [(q.number, q.section, q.status) for q in doc.questions] == [(1, "1. Inleiding", "unanswered")]
    assert doc.questions[0].question.startswith("De leden van de VVD-fractie")


def test_aanhangsel_footnotes_at_a_page_break_and_marks_at_line_starts():
    """PDF text of an Aanhangsel: footnote bodies and the page footer interrupt question 2,
    which runs on on the next page. The last body used to swallow the next page (labels and
    answer included). In a text labelled "Vraag N", "2 Deze …" and a lone "3" above "Kunt u …"
    are marks, and "32023 Jaarverslag …" is note 3 whose text starts with a year."""
    doc = parse("aanhangsel-voetnoten-over-paginagrens.txt")
    q = table(doc)
    assert list(q) == [1, 2] and all(x.status == "answered" for x in doc.questions)
    assert q[1].answer == (
        "Ja. De richtlijnen zijn in 2013 opgesteld en uitgevaar-digd.² Deze richtlijnen voorzien niet in een "
        "verbod, maar bepalen wel dat het gebruik beperkt blijft."
    )
    assert q[2].question == (
        "Bent u bereid nogmaals met gevangenispersoneel in gesprek te gaan en naar hun zorgen te luisteren?³ "
        "Kunt u daarbij ook de cijfers betrekken?"
    )
    assert q[2].answer == "Ja, dat doe ik."
    assert [(f.mark, f.text) for f in q[1].footnotes + q[2].footnotes] == [
        ("1", "NOS, 1 oktober 2024, «Merkkleding in de gevangenis»"),
        ("2", "Kamerstukken II 2021–2022, 29 279, nr. 339"),
        ("3", "2023 Jaarverslag Dienst Justitiële Inrichtingen, blz. 12"),
    ]


def test_label_glued_to_the_sentence_before_it():
    text = (
        "Antwoorden van de minister van Buitenlandse Zaken op vragen over de Europese Raad.Vraag 1 Hoe heeft u "
        "gereageerd op de agenda?\nDat staat in de brief.\nVraag 2\nWat is de planning?\nVoor de zomer.\n"
    )
    doc = parse_text(text)
    assert [(q.number, q.question, q.answer) for q in doc.questions] == [
        (1, "Hoe heeft u gereageerd op de agenda?", "Dat staat in de brief."),
        (2, "Wat is de planning?", "Voor de zomer."),
    ]


def test_questions_to_the_rekenkamer_signed_by_three_chairs():
    text = (
        "26 981 Verantwoord verslaggeven\n\nNr. 4 LIJST VAN VRAGEN EN ANTWOORDEN\n\nVastgesteld 6 juni 2000\n\n"
        "De commissie voor de Rijksuitgaven heeft een aantal vragen aan de Algemene Rekenkamer voorgelegd.\n\n"
        "De voorzitter van de commissie voor de Rijksuitgaven,\nVan Walsem\n\n"
        "De voorzitter van de vaste commissie voor Financiën,\nTerpstra\n\n"
        "De voorzitter van de vaste commissie voor Binnenlandse Zaken,\nKoekkoek\n\n"
        "De griffier van de commissie voor de Rijksuitgaven,\nBerck\n\n"
        "1\nWat is de stand van zaken?\nDe stand is goed.\n\n2\nEn de kosten?\nDie vallen mee.\n"
    )
    doc = parse_text(text)
    assert doc.addressees == ("Algemene Rekenkamer",)
    assert [(q.number, q.section, q.answer) for q in doc.questions] == [
        (1, None, "De stand is goed."),
        (2, None, "Die vallen mee."),
    ]


def test_a_last_answer_that_is_a_sentence_is_no_page_trailer():
    text = (
        "Vragen van het lid Van Raak aan de minister over het demonstratierecht\n\n1.\nKent u het bericht?\n\n"
        "2.\nKlopt het bericht?\n\n3.\nWat gaat u doen?\n\nDe vragen zijn zo spoedig als mogelijk beantwoord.\n"
    )
    doc = parse_text(text)
    assert doc.questions[-1].answer == "De vragen zijn zo spoedig als mogelijk beantwoord."


def test_aanhangsel_marks_glued_to_words_and_a_sentence_across_the_first_page_foot():
    """PDF text: "geïnformeerd3." and "verblijf5 tellen" (marks glued to a word), "4, zal ik"
    (a mark at a line start before a comma), and a sentence that runs on past the first page's
    footer ("… van het relatieve aantal" / "EER-studenten met …")."""
    text = (
        "Vraag 1\nHoeveel studenten ontvangen een beurs?\nAntwoord 1\n"
        "Over deze monitor heb ik uw Kamer reeds geïnformeerd1.\n"
        "Daarbij zijn voor een vergelijking van het relatieve aantal\n"
        "1Kamerstukken II 2024/2025, 22 452, nr. 91\n"
        " \n"
        "ah-tk-20242025-580\n"
        "ISSN 0921 - 7398’s-Gravenhage 2024Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 1\n"
        "EER-studenten gegevens nodig die ik in de monitor zal sturen\n"
        "2, zal ik u informeren.\n"
        "Vraag 2\nTellen zij mee?\nAntwoord 2\nStudenten met duurzaam verblijf3 tellen niet mee.\n"
        "2Kamerstukken II 2024/2025, 22 452, nr. 92\n"
        "3Wet studiefinanciering 2000, artikel 2.2\n"
    )
    doc = parse_text(text)
    first, second = doc.questions
    assert first.answer == (
        "Over deze monitor heb ik uw Kamer reeds geïnformeerd¹.\n\nDaarbij zijn voor een vergelijking van het "
        "relatieve aantal EER-studenten gegevens nodig die ik in de monitor zal sturen², zal ik u informeren."
    )
    assert second.answer == "Studenten met duurzaam verblijf³ tellen niet mee."
    assert [f.mark for f in first.footnotes] == ["1", "2"] and [f.mark for f in second.footnotes] == ["3"]


def test_answer_labels_without_op_and_in_the_plural():
    """Word exports of Aanhangsel answers: "Antwoord vraag 4-7:" and "Antwoord vragen 1,2,3 en 4"
    (used to stay in the answer text and leave the questions unanswered)."""
    text = (
        "Vraag 1\nKent u het bericht?\nVraag 2\nKlopt het?\nVraag 3\nWat doet u?\n"
        "Antwoord vragen 1,2 en 3\nJa, het klopt en ik onderzoek het.\n"
        "Vraag 4\nWanneer?\nVraag 5\nWaarom?\nAntwoord vraag 4-5:\nDit voorjaar, om de kosten.\n"
    )
    doc = parse_text(text)
    assert [(q.number, q.answer, q.answer_label) for q in doc.questions] == [
        (1, "Ja, het klopt en ik onderzoek het.", "Antwoord vragen 1,2 en 3"),
        (2, "Ja, het klopt en ik onderzoek het.", "Antwoord vragen 1,2 en 3"),
        (3, "Ja, het klopt en ik onderzoek het.", "Antwoord vragen 1,2 en 3"),
        (4, "Dit voorjaar, om de kosten.", "Antwoord vraag 4-5:"),
        (5, "Dit voorjaar, om de kosten.", "Antwoord vraag 4-5:"),
    ]


def test_aanhangsel_pdf_marks_and_bodies_in_their_odd_forms():
    """A mark with its full stop at the next line's start ("natuurbranden" / "3. Hiermee"), a
    body starting with a domain name ("2wetten.nl – …"), a body's link wrapped to the next line,
    a mark glued to a capitalised word ("Irak5") and a footer without page number."""
    text = (
        "Vragen van het lid Van Nispen (SP) aan de minister van Justitie en Veiligheid over natuurbranden "
        "(ingezonden 1 oktober 2024).\n"
        "Antwoord van minister Van Weel (Justitie en Veiligheid) (ontvangen 18 november2024).\n"
        "Vraag 1\nKent u de regeling?2\nAntwoord 1\nJa. Zij gaat over natuurbranden\n3. Hiermee is het kader gegeven.\n"
        "Vraag 2\nWat gebeurt er in Irak4 nu?\nAntwoord 2\nDat volgen wij.\n"
        "1NOS, 30 september 2024, «Natuurbranden nemen toe»\n"
        "(https://nos.nl/artikel/1)\n"
        "2wetten.nl – Regeling natuurbrandbestrijding\n"
        "3Kamerstukken II 2023/24, 26 956, nr. 200\n"
        "4BBC, 1 oktober 2024\n"
        "ISSN 0921 - 7398’s-Gravenhage 2024Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel\n"
    )
    doc = parse_text(text)
    first, second = doc.questions
    assert doc.date == "2024-11-18"  # "november2024": the space lost in extraction
    assert first.question == "Kent u de regeling?²"
    assert first.answer == "Ja. Zij gaat over natuurbranden³. Hiermee is het kader gegeven."
    assert [(f.mark, f.text) for f in first.footnotes] == [
        ("2", "wetten.nl – Regeling natuurbrandbestrijding"),
        ("3", "Kamerstukken II 2023/24, 26 956, nr. 200"),
    ]
    assert second.question == "Wat gebeurt er in Irak⁴ nu?" and second.answer == "Dat volgen wij."
    notes = {f.mark: f.text for f in doc.footnotes}
    assert notes["1"] == "NOS, 30 september 2024, «Natuurbranden nemen toe» (https://nos.nl/artikel/1)"


# --- an Aanhangsel van de Handelingen names itself ("ah-tk-20242025-594"): its reference ----------

AH_HEAD = """Tweede Kamer der Staten-Generaal2
Vergaderjaar 2023–2024 Aanhangsel van de Handelingen
Vragen gesteld door de leden der Kamer, met de daarop door de
regering gegeven antwoorden
302
Vragen van het lid Dijk (SP) aan de Minister voor Langdurige Zorg en Sport over de peiling
van MIND (ingezonden 3 oktober 2023).
Antwoord van Minister Helder (Langdurige Zorg en Sport) (ontvangen 24 oktober 2023).
Vraag 1
Wat is uw reactie op de peiling?
Antwoord 1
Ik vind dit onwenselijk.
"""


@pytest.mark.parametrize(
    ("name", "reference"),
    [
        ("aanhangsel-pdf-page-footnotes.txt", "ah-tk-20222023-3650"),  # the page code
        ("aanhangsel-markdown-bracket-footnotes.md", "ah-tk-20232024-412"),  # "h tk 20232024 412"
        ("kamervragen-aanhangsel.txt", "2024Z01234"),  # a zaak number printed in the head wins
    ],
)
def test_aanhangsel_reference_from_its_code(name, reference):
    assert parse(name).reference == reference


def test_aanhangsel_reference_from_its_head_without_a_code():
    assert parse_text(AH_HEAD).reference == "ah-tk-20232024-302"
    markdown = AH_HEAD.replace("Vergaderjaar", "#### Vergaderjaar").replace("\n302\n", "\n\n### 302\n\n")
    assert parse_text(markdown).reference == "ah-tk-20232024-302"
    eerste = AH_HEAD.replace("Tweede Kamer", "Eerste Kamer")
    assert parse_text(eerste).reference == "ah-ek-20232024-302"
    # no number under the head: no reference rather than a guess
    assert parse_text(AH_HEAD.replace("\n302\n", "\n")).reference is None


def test_aanhangsel_reference_from_a_web_pages_metadata_row():
    text = (
        "Aanhangsel van de Handelingen\n\nDatum publicatieOrganisatieVergaderjaarNummerDatum ontvangst\n"
        "Tweede Kamer der Staten-Generaal2014-20151365\n\n" + AH_HEAD.split("302\n", 1)[1]
    )
    assert parse_text(text).reference == "ah-tk-20142015-1365"


def test_zaak_number_with_a_space_from_a_word_export():
    text = "AH 617\n\n2024Z 17972\n\n" + AH_HEAD.split("302\n", 1)[1]
    assert parse_text(text).reference == "2024Z17972"


def test_answer_head_mede_namens_adds_the_minister_answered_for():
    # a Word export holds only the answer's head: both ministers were asked
    text = (
        "AH 605\n2024Z18792\nAntwoord van minister Klever (Buitenlandse Handel en Ontwikkelingshulp), mede namens "
        "de minister van Financiën (ontvangen 20 november 2024)\n\nVraag 1\nKunt u dat bevestigen?\n\n"
        "Antwoord vraag 1\nJa.\n"
    )
    assert parse_text(text).addressees == (
        "minister van Buitenlandse Handel en Ontwikkelingshulp",
        "minister van Financiën",
    )


def test_addressee_glued_to_its_article_by_a_pdf_tool():
    text = AH_HEAD.replace(
        "aan de Minister voor Langdurige Zorg en Sport",
        "aan de Ministers van Klimaat en Groene Groei en van Sociale Zaken en Werkgelegenheid en "
        "deStaatssecretaris van Infrastructuur en Waterstaat",
    )
    assert parse_text(text).addressees == (
        "Minister van Klimaat en Groene Groei",
        "Minister van Sociale Zaken en Werkgelegenheid",
        "Staatssecretaris van Infrastructuur en Waterstaat",
    )


def test_a_misprinted_second_label_takes_the_number_of_its_answer():
    # ah-tk-20242025-597 prints "Vraag 7" twice and then "Antwoord 8"
    text = AH_HEAD.split("Vraag 1\n", 1)[0] + (
        "Vraag 6\nKan dat?\nAntwoord 6\nJa.\n"
        "Vraag 7\nDeelt u de mening dat er toezicht nodig is?\n"
        "Vraag 7\nDeelt u de mening dat er toezicht nodig is?\n"
        "Antwoord 8\nHet oordeel is aan de Europese Commissie.\n"
        "Vraag 9\nIs dat bekend?\nAntwoord 9\nNee.\n"
    )
    q = table(parse_text(text))
    assert list(q) == [6, 7, 8, 9]  # no number twice
    assert q[7].status == "unanswered"
    assert q[8].label == "Vraag 7" and q[8].answer == "Het oordeel is aan de Europese Commissie."
    # a lone misprinted answer label (no second "Vraag 7") still answers the question above it
    single = AH_HEAD.split("Vraag 1\n", 1)[0] + "Vraag 7\nKan dat?\nAntwoord 8\nJa.\n"
    assert [(x.number, x.answer) for x in parse_text(single).questions] == [(7, "Ja.")]


UNSPACED_TABLE = """Ministerie van Defensie
Kamervragen over het rapport van de Algemene Rekenkamer bij het Jaarverslag 2007
Ons kenmerk F/2008014684
Pagina 1/12
1 Waarom is geen gehoor gegeven aan de toezegging om de doelstellingen te koppelen aan de budgetten? Zo nee, waarom niet? Om een directe koppeling te maken is het nieuwe FINAD systeem nodig. Het komt in 2008.
2 Hoeveel kost het FINAD systeem? Het systeem kost € 12 miljoen.
Pagina 2/12
3 Wanneer wordt de Kamer geïnformeerd? De Kamer wordt in het najaar geïnformeerd. Zie ook het antwoord op vraag 1.
"""


def test_table_rows_that_lost_their_cell_separators():
    # a PDF table "Nr | Vraag | Antwoord" as plain text: number, question, answer on one line
    q = table(parse_text(UNSPACED_TABLE))
    assert list(q) == [1, 2, 3] and q[1].label == "1."
    assert q[1].question.endswith("budgetten? Zo nee, waarom niet?")  # two questions in one row
    assert q[1].answer.startswith("Om een directe koppeling")
    assert (q[2].question, q[2].answer) == ("Hoeveel kost het FINAD systeem?", "Het systeem kost € 12 miljoen.")
    assert q[3].refers_to == (1,)


def test_two_numbered_sentences_in_prose_are_no_table():
    text = UNSPACED_TABLE.replace("3 Wanneer", "Wanneer")
    with pytest.raises(ParseError):
        parse_text(text)
