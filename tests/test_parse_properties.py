"""Property tests: the parser never raises anything but ParseError and never loses a word."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from kamerboek.store.parse import ParseError, parse_text
from kamerboek.store.parse.markup import mark_of
from kamerboek.store.readers.clean import clean_text

from .conftest import SAMPLES

SAMPLE_LINES = [
    line
    for path in sorted(SAMPLES.glob("*.txt"))
    for line in path.read_text(encoding="utf-8").split("\n")
][:600]

LABEL_LINES = ["Vraag 1:", "Vraag:", "Antwoord:", "Vraag 2", "Antwoord", "Vraag 3 en 4", "12.", "7", "Antwoord op vraag 2:"]

# Markup the parser removes on purpose, and the footnote mark it turns into superscripts.
_MARKUP = re.compile(r"\[bookmark:[^\]]*\]|\[(?:footnoteRef|endnoteRef):\s*\d+\]|\[\d+:\s")
_WORD = re.compile(r"[^\W_]{2,}")


def _superscripts_as_digits(text: str) -> str:
    return re.sub(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+", lambda m: " " + mark_of(m.group()) + " ", text)


def words(text: str) -> set[str]:
    return set(_WORD.findall(_superscripts_as_digits(_MARKUP.sub(" ", text))))


def accounted_text(doc) -> str:
    parts = [doc.title or "", " ".join(doc.leftovers), " ".join(doc.sections)]
    parts += [f.text for f in doc.footnotes]
    for q in doc.questions:
        parts += [q.label, q.answer_label or "", q.question, q.answer or "", q.section or ""]
        parts += [f.text for f in q.footnotes]
    return _superscripts_as_digits(" ".join(parts))  # footnote marks read back as digits


def check_no_lost_words(text: str) -> None:
    try:
        doc = parse_text(text)
    except ParseError:
        return
    have = accounted_text(doc)
    have_words = words(have)
    flat = have.replace("\n", " ")
    for word in words(clean_text(text)):  # control characters are removed on purpose
        # a word split by a line-end hyphen is accounted for as part of the joined word; a
        # page number glued to the next word ("Aanhangsel 1Antwoord 3") as its two parts
        glued = re.fullmatch(r"(\d{1,3})([^\W\d_]{2,}\w*)", word)
        split = glued is not None and glued[2] in have_words and glued[1] in flat
        assert word in have_words or word in flat or split, word


# Lines of PDF and web exports: page footers glued to labels, page-foot footnotes and their
# marks, page codes, closing records.
PDF_LINES = [
    "Tweede Kamer, vergaderjaar 2022–2023, Aanhangsel 1Antwoord 3",
    "ISSN 0921 - 7398’s-Gravenhage 2023Tweede Kamer, vergaderjaar 2022–2023, Aanhangsel 1",
    "ah-tk-20222023-3649", "h tk 20232024 387", "-----", "1", "2 ", "3 ingegaan op het proces",
    "1Brabants Dagblad, 2 juli 2023, «Stalvloer» (https://www.bd.nl/a1b2).",
    "2Kamerstuk 29 383, nr. 406.", "3 Motie Ceder, Kamerstuk 21 501-02, nr. 2732", "[2 ]?",
    "Kent u het bericht «Honger in Darfur»[1]?", "vallen»?1", "NR 2026Z04886", "Datum 11 maart 2026",
    "Indieners", "Een melding wordt afgewezen, zoals aangegeven in antwoord op", "vraag 4. De aanbieder",
]

lines_strategy = st.lists(
    st.one_of(
        st.sampled_from(SAMPLE_LINES), st.sampled_from(LABEL_LINES), st.sampled_from(PDF_LINES), st.text(max_size=80)
    ),
    max_size=60,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=2000))
def test_arbitrary_text_never_raises_unexpected(text):
    try:
        parse_text(text)
    except ParseError:
        pass


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines_strategy)
# found by this test: the heading above a repeated (empty, dropped) label was lost with it
@example(["Vraag 1:", "12.", " Geachte Voorzitter,", "Vraag 1:"])
def test_mixed_real_lines_lose_no_words(lines):
    check_no_lost_words("\n".join(lines))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines_strategy, st.sampled_from(["    ", "  ", " "]))
def test_text_flattened_to_one_line_loses_no_words(lines, gap):
    """What a scraper makes of a document (one line; see parse/reflow.py) loses no word either."""
    text = gap.join(x.replace("\n", " ") for x in lines * 3)
    check_no_lost_words(text)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=60), min_size=1, max_size=25), st.booleans())
@example([1, 2, 1], False)
@example([1, 2, 3, 1, 2], True)
@example([2, 1, 1], True)
def test_shuffled_duplicated_numbers_and_missing_answers(numbers, with_answers):
    parts = []
    for n in numbers:
        parts.append(f"Vraag {n}\nWat is het antwoord op vraag nummer {n}?")
        if with_answers and n % 3:
            parts.append(f"Antwoord\nHet antwoord is {n * 7}.")
    text = "\n".join(parts)
    doc = parse_text(text)
    # every printed label is kept with its own question; a "Vraag 1" after a run 1, 2, … starts
    # a second series, whose numbers run on (see _split_entries), so compare the labels
    printed = [int(q.label.split()[-1]) for q in doc.questions]
    assert sorted(printed) == sorted(numbers)
    for q, n in zip(doc.questions, printed):
        assert f"nummer {n}?" in q.question
        assert q.number == n or q.number > max(numbers)
    check_no_lost_words(text)


def test_very_long_line_is_parsed_in_linear_time():
    text = "Vraag 1\n" + ("woord " * 200_000) + "?\nAntwoord\n" + ("x " * 100_000)
    doc = parse_text(text)
    assert doc.questions[0].question.count("woord") == 200_000


def test_a_page_note_whose_mark_a_word_footnote_holds_is_kept():
    # found by the property above: footnote 1 twice, once as a Word footnote, once at a page foot
    check_no_lost_words(
        "Vraag 1:\n1Brabants Dagblad, 2 juli 2023, «Stalvloer» (https://www.bd.nl/a1b2).\n"
        "Zij zijn middels brieven[footnoteRef:1] geïnformeerd. [1:  Kamerstuk 36 740 VII, nr. 29]"
    )
