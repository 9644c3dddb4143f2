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
IMPORT_PROGRESS = "Importeren"
IMPORT_SUMMARY = (
    "{added} document(en) opgeslagen met {questions} vragen ({unanswered} onbeantwoord); "
    "{unchanged} ongewijzigd, {replaced} vervangen, {failed} mislukt."
)
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
