"""An Open House split into two lots (percelen), with a table of lots against places, a budget per lot and a
page limit per lot, as (kind, value) elements for `tender_samples.docx_bytes` and `pdf_bytes`."""

LOTS_TENDER = [
    ("title", "Open House Mantelzorg en geldzorgen Zaanstad en Wormer"),
    ("para", "De gemeenten Zaanstad en Wormer kopen samen ondersteuning in via een Open House. Iedere aanbieder die "
             "aan de toelatingseisen voldoet, wordt toegelaten."),
    ("h1", "2 Percelen en resultaten"),
    ("para", "U kunt toetreden voor één of meer percelen."),
    ("h2", "Perceel 1 Mantelzorg"),
    ("number", "Mantelzorgers zijn minder zwaar belast."),
    ("number", "Mantelzorgers weten waar zij terechtkunnen voor respijt."),
    ("h2", "Perceel 2 Geldzorgen"),
    ("number", "Inwoners met geldzorgen houden hun administratie op orde."),
    ("number", "Minder huishoudens krijgen een betalingsachterstand."),
    ("h1", "3 Waar en budget"),
    ("table", [["Perceel", "Zaanstad", "Wormer"], ["1 Mantelzorg", "ja", "ja"], ["2 Geldzorgen", "ja", "nee"]]),
    ("para", "Het budget bedraagt € 200.000 per jaar. Daarvan is € 120.000 bestemd voor perceel 1 Mantelzorg en "
             "€ 80.000 voor perceel 2 Geldzorgen."),
    ("h1", "4 Toelatingseisen"),
    ("bullet", "De aanbieder staat ingeschreven in het Handelsregister van de Kamer van Koophandel."),
    ("h1", "5 Hoe meldt u zich aan"),
    ("para", "Geef per perceel een korte toelichting op hoe u bijdraagt aan de resultaten; die toelichting beslaat "
             "niet meer dan twee A4'tjes per perceel."),
]


def pdf_elements(elements=LOTS_TENDER) -> list[tuple[str, object]]:
    """The same tender as a PDF writes it: the title a heading, numbered items with their numbers, no table."""
    found, number = [], 0
    for kind, value in elements:
        number = number + 1 if kind == "number" else 0
        if kind != "table":
            found.append(("h1" if kind == "title" else kind, (f"{number}.", value) if kind == "number" else value))
    return found
