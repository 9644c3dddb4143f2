"""Every label and message the front ends show, in Dutch, in one place.

Engine errors arrive already worded (``store/messages.py``); this file holds what the command
line and the app say themselves.
"""

from __future__ import annotations

STATUS_LABEL = {
    "answered": "beantwoord",
    "unanswered": "onbeantwoord",
    "deferred": "doorgeschoven",
    "referred": "verwijst",
}
# What an answer says about a motion (store/refs.py status keys), as users read it.
MOTION_STATUS_LABEL = {
    "afgedaan": "afgedaan",
    "in-uitvoering": "in uitvoering",
    "overbodig": "overbodig",
    "overgedragen": "overgedragen",
    "deferred": "doorgeschoven",
    "geen-middelen": "geen extra middelen",
}


def motion_statuses(statuses: object) -> str:
    """"afgedaan, geen extra middelen" — or "" when the text says none of these."""
    return ", ".join(MOTION_STATUS_LABEL.get(s, s) for s in statuses)  # type: ignore[attr-defined]


# Marks that tell statuses apart without colour.
STATUS_MARK = {"answered": "✓", "unanswered": "○", "deferred": "→", "referred": "↪"}

PROG_DESCRIPTION = (
    "kamerboek: lijsten van vragen en antwoorden uit de Tweede Kamer lezen, doorzoeken en citeren."
)
HELP_DB = "pad naar de opslag (standaard: $KAMERBOEK_DB of de gebruikersmap)"
HELP_WAIT = "seconden wachten als een ander kamerboek-proces de opslag gebruikt (standaard 60)"
HELP_JSON = "uitvoer als JSON"
HELP_IMPORT = "bestanden of mappen (recursief) importeren in de opslag"
HELP_IMPORT_PATHS = "bestanden of mappen"
HELP_PARSE = "bestanden ontleden zonder op te slaan"
HELP_LIST = "opgeslagen documenten tonen"
HELP_SHOW = "een document of één vraag tonen"
HELP_SHOW_DOC = "document: opgeslagen id, Kamerstuk-id (36850-VII-3) of een uniek deel van de titel"
HELP_SHOW_N = "vraagnummer"
HELP_REMOVE = "een document uit de opslag verwijderen"
HELP_MOTIONS = "alle moties in de opslag, met aantal vermeldingen en laatste status"
HELP_MOTION = "alle vermeldingen van één motie, oudste document eerst"
HELP_MOTION_ID = "motie-id, bijvoorbeeld 26643-1317, '26643 1317' of '26 643, nr. 1317'"
HELP_SEARCH = "vragen en antwoorden doorzoeken (vergevingsgezind voor typefouten)"
HELP_SEARCH_QUERY = "zoekterm"
HELP_OPEN = "de verkenner openen (ook: kamerboek zonder opdracht)"
HELP_LIMIT = "maximaal aantal resultaten"

IMPORTING_SAMPLES = "Lege opslag: de voorbeelddocumenten worden geïmporteerd."
OUTDATED = (
    "{n} document(en) gelezen door een oudere versie van kamerboek; "
    "importeer ze opnieuw om ze bij te werken."
)
REFRESHING_SAMPLES = "De voorbeelddocumenten worden opnieuw gelezen door de nieuwe versie."
IMPORT_PROGRESS = "Importeren"
IMPORT_SUMMARY = (
    "{added} document(en) opgeslagen met {questions} vragen ({unanswered} onbeantwoord); "
    "{unchanged} ongewijzigd, {replaced} vervangen, {failed} mislukt."
)


def import_summary(report: object) -> str:
    """One line about an import (a ``library.ImportReport``), as the CLI prints and the app notifies."""
    r = report  # duck-typed: text.py stays free of engine imports
    return IMPORT_SUMMARY.format(
        added=len(r.added),  # type: ignore[attr-defined]
        questions=r.questions,  # type: ignore[attr-defined]
        unanswered=r.unanswered,  # type: ignore[attr-defined]
        unchanged=len(r.unchanged),  # type: ignore[attr-defined]
        replaced=len(r.replaced),  # type: ignore[attr-defined]
        failed=len(r.failed),  # type: ignore[attr-defined]
    )


# Said of a mention whose motion number was inferred, not written (linked_by "submitters").
LINK_INFERRED = "nummer afgeleid uit de indieners"

REMOVED = "Verwijderd: {title}"
NO_DOCUMENTS = "De opslag is leeg. Importeer documenten met: kamerboek import PAD"
NO_MOTIONS = "Geen moties gevonden."
NO_RESULTS = "Geen resultaten."
INTERRUPTED = "afgebroken"
UNEXPECTED = "onverwachte fout: {error} (meld dit, met het bestand dat het veroorzaakte)"

HEADER_QUESTION = "Vraag"
HEADER_ANSWER = "Antwoord"
HEADER_FOOTNOTES = "Voetnoten"
NO_ANSWER = "(geen antwoord)"
DEFERRED_TO = "doorgeschoven naar {who}"
REFERS_TO = "verwijst naar vraag {nums}"
REFERRED_BY = "aangehaald in vraag {nums}"

# --------------------------------------------------------------------------- the explorer (issue 5)

APP_TITLE = "kamerboek"
NAV_TITLE = "Documenten"
NAV_EMPTY = "Geen vragen die aan het filter voldoen."
PANE_QUESTION = "Vraag"
PANE_ANSWER = "Antwoord"
PANE_EMPTY = "Kies links een vraag (j/k of pijltjes, Enter)."
NO_SECTION = "(zonder rubriek)"
DOC_COUNTS = "{n} vragen · {unanswered} onbeantwoord · {deferred} doorgeschoven"
QUESTION_HEADER = "{doc} · {label} · {mark} {status}"
GROUP_LABEL = {"geen": "geen groepering", "dossier": "dossier", "vergaderjaar": "vergaderjaar", "commissie": "commissie"}
GROUP_NONE = "(onbekend)"
FILTER_LABEL = {"unanswered": "alleen onbeantwoord", "deferred": "alleen doorgeschoven"}
FILTER_DOC = "alleen dit document"
FILTER_DATES = "{start} t/m {end}"
FILTER_BAR = "Filter: {filters} · groepering: {group}"
FILTER_NONE = "geen"
GROUPED_BY = "Gegroepeerd op {group}."
DATE_PROMPT = "Periode (bijv. 2025, 2025-09 of 2025-01-01 2025-12-31; leeg = alles)"
DATE_INVALID = "Onbegrijpelijke periode: {text}"
IMPORT_PROMPT = "Pad van een bestand of map om te importeren"
IMPORT_STARTED = "Importeren van {path} …"
IMPORT_NOTHING = "Geen bestanden gevonden in {path}."
IMPORT_FAILED_FILE = "Niet geïmporteerd: {path}: {reason}"
IMPORT_ERROR = "Importeren mislukt: {reason}"
REFRESHED = "Opslag opnieuw ingelezen."
NOT_CHANGED = "De opslag is niet gewijzigd."
STORE_PROBLEM = "Probleem met de opslag: {reason}"
NO_REFERENCE = "Deze vraag verwijst nergens naar."
REF_NOT_STORED = "Kamerstuk {id} staat niet in de opslag."
HISTORY_EMPTY = "Geen eerdere plek om naar terug te gaan."
NO_MORE_QUESTIONS = "Geen vraag meer in die richting."
NO_SEARCH = "Nog geen zoekresultaten; zoek eerst met /."
RESULT_POS = "Resultaat {i} van {n}"
SEARCH_PLACEHOLDER = "Zoek in vragen en antwoorden (typefouten mogen)"
SEARCH_INDEXING = "Zoekindex laden …"
SEARCH_COUNT_ONE = "1 resultaat"
SEARCH_COUNT = "{n} resultaten"


def result_count(n: int) -> str:
    return SEARCH_COUNT_ONE if n == 1 else SEARCH_COUNT.format(n=n)
MOTION_PLACEHOLDER = "Zoek een motie: nummer, id of indiener (bijv. kathmann 1317)"
MOTION_NONE_YET = "Er zijn (nog) geen moties herkend in de opslag."
MOTION_MENTIONS = "{n} vermeldingen"
MOTION_TITLE = "Vermeldingen van {id}, oudste eerst"
MOTION_NO_STATUS = "geen status"
NO_MOTION_ID = "Deze motie heeft geen nummer; vermeldingen per document staan in de vraag zelf."
SIDE_LABEL = {"question": "vraag", "answer": "antwoord", "footnote": "voetnoot"}
HELP_TITLE = "Toetsen"
HELP_CLOSE = "Escape of ? sluit dit venster."
PROMPT_HINT = "Enter bevestigt, Escape annuleert."

# Every key the explorer knows: (keys as shown, action, Dutch description). The help screen and
# the command palette are built from this table so they can never disagree with the bindings.
KEYS: list[tuple[str, str, str]] = [
    ("j / k, ↓ / ↑", "", "omlaag / omhoog in de lijst of tekst"),
    ("Tab / Shift+Tab", "", "volgend / vorig paneel"),
    ("Enter", "", "openen (vraag, motie, zoekresultaat)"),
    ("Escape", "", "sluiten of terug"),
    ("[ / ]", "prev_question", "vorige / volgende vraag"),
    ("g / G", "", "eerste / laatste"),
    ("r", "follow", "verwijzing volgen (\"zie het antwoord op vraag N\", motie, Kamerstuk)"),
    ("Backspace", "back", "terug in de geschiedenis"),
    ("u", "toggle_unanswered", "alleen onbeantwoorde vragen aan/uit"),
    ("d", "toggle_deferred", "alleen doorgeschoven vragen aan/uit"),
    ("f", "toggle_document", "alleen het document onder de cursor aan/uit"),
    ("o", "cycle_group", "groeperen: geen / dossier / vergaderjaar / commissie"),
    ("t", "date_range", "periode kiezen"),
    ("m", "motions", "moties zoeken"),
    ("/", "search", "zoeken in vragen en antwoorden"),
    ("n / N", "next_result", "volgend / vorig zoekresultaat"),
    ("i", "import", "bestanden importeren"),
    ("R, Ctrl+R", "refresh", "opslag opnieuw inlezen"),
    ("?", "help", "deze hulp"),
    ("Ctrl+P", "command_palette", "opdrachtenpalet (alle acties, ook thema wisselen)"),
    ("q", "quit", "afsluiten"),
]

# Short labels for the footer and the command palette.
ACTION = {
    "open": "Openen",
    "prev_question": "Vorige vraag",
    "next_question": "Volgende vraag",
    "first": "Eerste",
    "last": "Laatste",
    "follow": "Verwijzing volgen",
    "back": "Terug",
    "toggle_unanswered": "Onbeantwoord",
    "toggle_deferred": "Doorgeschoven",
    "toggle_document": "Dit document",
    "cycle_group": "Groeperen",
    "date_range": "Periode",
    "motions": "Moties",
    "search": "Zoeken",
    "next_result": "Volgend resultaat",
    "prev_result": "Vorig resultaat",
    "import": "Importeren",
    "refresh": "Vernieuwen",
    "help": "Hulp",
    "quit": "Afsluiten",
    "close": "Sluiten",
    "theme": "Thema wisselen",
    "focus_nav": "Naar navigator",
    "focus_question": "Naar vraag",
    "focus_answer": "Naar antwoord",
}


# argparse's own words, in Dutch (see cli._dutch_argparse).
ARGPARSE = {
    "usage: ": "gebruik: ",
    "positional arguments": "argumenten",
    "options": "opties",
    "show this help message and exit": "toon deze hulp en stop",
    "show program's version number and exit": "toon het versienummer en stop",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "the following arguments are required: %s": "deze argumenten ontbreken: %s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "invalid %(type)s value: %(value)r": "ongeldige waarde: %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": "ongeldige keuze: %(value)r (kies uit %(choices)s)",
    "expected one argument": "verwacht één waarde",
    "expected at least one argument": "verwacht minstens één waarde",
    "expected at most one argument": "verwacht hoogstens één waarde",
    "ambiguous option: %(option)s could match %(matches)s": "onduidelijke optie: %(option)s kan %(matches)s zijn",
    "one of the arguments %s is required": "een van deze argumenten is nodig: %s",
    "not allowed with argument %s": "niet toegestaan samen met %s",
}
