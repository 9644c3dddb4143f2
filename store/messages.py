"""Every message a user reads from the engine, in Dutch, in one place.

Users are Dutch policy staff; code and comments stay English. Keeping the wording here lets the
CLI and the app say the same thing the same way, and lets a translator find every string.
"""

# --- reading files ---------------------------------------------------------------------------
FILE_NOT_FOUND = "bestand niet gevonden"
NOT_A_FILE = "is geen bestand"
FILE_EMPTY = "het bestand is leeg"
FILE_BINARY = "dit is geen tekstbestand (binaire inhoud)"
FILE_TOO_LARGE = "het bestand is te groot ({size_mb:.0f} MB; de grens is {limit_mb:.0f} MB)"
FILE_UNREADABLE = "het bestand kan niet worden gelezen ({reason})"
FILE_UNDECODABLE = "de tekenset van het bestand is niet te herkennen"
FORMAT_UNSUPPORTED = "dit bestandstype wordt niet ondersteund ({suffix})"
FORMAT_DAMAGED = "het {fmt}-bestand is beschadigd of onvolledig ({reason})"
FILE_NO_PERMISSION = "geen toestemming om het bestand te lezen"
FORMAT_ENCRYPTED = "het {fmt}-bestand is met een wachtwoord beveiligd en kan niet worden gelezen"
PDF_NO_TEXT = (
    "de pdf bevat geen tekstlaag (waarschijnlijk een scan); gebruik een pdf met tekst, "
    "of de HTML- of XML-versie van het document"
)
# reasons inside FORMAT_DAMAGED's "({reason})"
DAMAGED_NOT_ZIP = "geen geldig zip-archief"
DAMAGED_MISSING_PART = "onderdeel {part} ontbreekt"
DAMAGED_PART_TOO_LARGE = "onderdeel {part} is uitgepakt te groot"
DAMAGED_XML = "XML-fout op regel {line}, kolom {column}"
DAMAGED_XML_ENTITIES = "XML met eigen entiteiten wordt om veiligheidsredenen niet gelezen"
DAMAGED_PDF = "de pdf-structuur is onleesbaar"
DAMAGED_PDF_PAGE = "pagina {page} is onleesbaar"
DAMAGED_OTHER = "onverwachte inhoud"

# --- parsing ---------------------------------------------------------------------------------
NO_QUESTIONS = "geen vragen gevonden: dit lijkt geen lijst van vragen en antwoorden"
POSTPONEMENT_ONLY = "een uitstelbericht (mededeling): de antwoorden volgen later, de vragen staan er niet in"

# --- the store -------------------------------------------------------------------------------
STORE_CORRUPT = (
    "de opslag {path} is beschadigd en wordt niet aangeraakt ({reason}); "
    "de laatste goede reservekopie staat in {backup}"
)
STORE_CORRUPT_NO_BACKUP = (
    "de opslag {path} is beschadigd en wordt niet aangeraakt ({reason}); er is geen reservekopie"
)
STORE_TOO_NEW = (
    "de opslag {path} is gemaakt door een nieuwere kamerboek (schemaversie {found}, deze versie "
    "kent {known}); werk kamerboek bij"
)
STORE_LOCKED = (
    "de opslag {path} wordt al {waited:.0f} s gebruikt door een ander kamerboek-proces{holder}; "
    "probeer het later opnieuw of gebruik --wait"
)
STORE_WAITING = "wacht op een ander kamerboek-proces dat de opslag {path} gebruikt …"
STORE_UNWRITABLE = "kan niet schrijven naar {path} ({reason})"
DOC_NOT_FOUND = "geen document gevonden voor «{query}»"
DOC_AMBIGUOUS = "«{query}» past op meer documenten: {candidates}"
QUESTION_NOT_FOUND = "document {doc} heeft geen vraag {number}"
MOTION_NOT_FOUND = "geen motie gevonden voor «{query}»"
MOTION_ID_INVALID = "«{query}» is geen motienummer (bijvoorbeeld 26643-1317 of 26 643, nr. 1317)"
