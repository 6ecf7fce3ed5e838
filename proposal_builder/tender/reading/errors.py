"""The one error a tender upload can raise, with a Dutch message for the user."""


class TenderReadError(Exception):
    """A tender file that cannot be read; `message` is Dutch and shown to the user."""

    def __init__(self, code: str, message: str = ""):
        self.code = code
        self.message = message or MESSAGES[code]
        super().__init__(self.message)


MESSAGES = {
    "empty": "Het bestand is leeg. Kies een bestand met de tekst van de uitvraag.",
    "unsupported": (
        "Dit bestandstype wordt niet ondersteund. Upload een Word-bestand (.docx), "
        "een PDF met tekst of platte tekst (.txt), of plak de tekst in het tekstvak."
    ),
    "image": (
        "Dit is een afbeelding, geen document. Upload de uitvraag als Word-bestand (.docx) "
        "of als PDF met tekst, of plak de tekst in het tekstvak."
    ),
    "old_doc": (
        "Dit is een oud Word-bestand (.doc). Open het in Word en sla het op als .docx, "
        "en upload het opnieuw."
    ),
    "encrypted_docx": (
        "Dit Word-bestand is beveiligd met een wachtwoord. Verwijder het wachtwoord in Word "
        "(Bestand > Info > Document beveiligen) en upload het opnieuw."
    ),
    "corrupt_docx": (
        "Het Word-bestand is beschadigd en kan niet worden gelezen. Open het in Word, "
        "sla het opnieuw op als .docx en probeer het nog eens."
    ),
    "zip_not_docx": (
        "Dit zip-bestand is geen Word-document. Upload een .docx, een PDF of platte tekst."
    ),
    "odt": (
        "OpenDocument-bestanden (.odt) worden niet ondersteund. Sla het document op als "
        ".docx of PDF en upload het opnieuw."
    ),
    "zip_bomb": (
        "Het Word-bestand wordt niet geopend: uitgepakt is het verdacht groot. "
        "Sla het opnieuw op in Word of plak de tekst in het tekstvak."
    ),
    "encrypted_pdf": (
        "Deze PDF is beveiligd met een wachtwoord. Upload een versie zonder wachtwoord "
        "of plak de tekst in het tekstvak."
    ),
    "corrupt_pdf": (
        "De PDF is beschadigd en kan niet worden gelezen. Download het bestand opnieuw "
        "of plak de tekst in het tekstvak."
    ),
    "scanned_pdf": (
        "Deze PDF bevat geen leesbare tekst; waarschijnlijk is het een scan. Vraag de "
        "gemeente om een digitale versie of plak de tekst in het tekstvak."
    ),
    "no_text": "In dit bestand staat geen tekst die gelezen kan worden.",
    "unreadable": (
        "Dit document kan niet worden gelezen: het is zo opgebouwd dat het lezen ervan vastloopt "
        "(bijvoorbeeld te diep geneste onderdelen). Sla het opnieuw op als .docx of PDF, of plak de tekst in het tekstvak."
    ),
    "too_slow": (
        "Het lezen van dit document duurde te lang en is afgebroken. Sla het opnieuw op als .docx of "
        "PDF, of plak de tekst (of het deel met de doelen) in het tekstvak."
    ),
    "nul": "De tekst bevat ongeldige tekens (NUL). Kopieer de tekst opnieuw uit het brondocument.",
}

MAX_PAGES = 1000  # a tender of more pages is no tender but an archive
MAX_CHARS = 1_500_000  # about 500 pages of text
MAX_BLOCKS = 20_000


def too_many(kind: str, count: int) -> TenderReadError:
    """The error for a document above one of the limits: pages, characters or blocks."""
    limit = {"pages": MAX_PAGES, "chars": MAX_CHARS, "blocks": MAX_BLOCKS}[kind]
    what = {"pages": "pagina's", "chars": "tekens", "blocks": "alinea's en regels"}[kind]
    return TenderReadError(f"too_many_{kind}", f"Dit document heeft {count:,} {what}; er worden er hoogstens "
                           f"{limit:,} gelezen. Upload alleen de uitvraag zelf (zonder bijlagen) of plak het deel "
                           "met de doelen in het tekstvak.".replace(",", "."))


def too_large(max_bytes: int) -> TenderReadError:
    """Build the error for a file above the size limit."""
    megabytes = max_bytes / (1024 * 1024)
    limit = f"{megabytes:.0f} MB" if megabytes >= 1 else f"{max_bytes // 1024} kB"
    return TenderReadError(
        "too_large",
        f"Het bestand is groter dan {limit} en wordt niet gelezen. "
        "Upload een kleiner bestand of plak de tekst in het tekstvak.",
    )
