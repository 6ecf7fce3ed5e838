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


# An aanbesteding in two percelen that lists its lots (no section each) and ties its goals to them by a lot column in
# the goal table, one goal "alle" percelen; a budget table per perceel, minimum requirements for one perceel and a
# page limit per perceel. Written the way a leidraad is.
COLUMN_TENDER = [
    ("title", "Aanbestedingsleidraad Jongerenwerk en straatwerk Rijnwaarde 2028–2031"),
    ("para", "De gemeente Rijnwaarde besteedt het jongerenwerk en het straatwerk aan via een openbare procedure."),
    ("h1", "1 Percelen"),
    ("para", "De opdracht is verdeeld in twee percelen:"),
    ("bullet", "Perceel 1: Jongerenwerk (inloop, activiteiten en ambulant werk in de wijken);"),
    ("bullet", "Perceel 2: Straatwerk (contact met groepen op straat, ook 's avonds)."),
    ("para", "U kunt op één of op beide percelen inschrijven. Per perceel wordt aan één inschrijver gegund."),
    ("h1", "2 Doelen"),
    ("table", [["Nr.", "Perceel", "Doel", "Streefwaarde"],
               ["1", "1", "Jongeren hebben in hun wijk een plek waar zij elkaar ontmoeten.", "900 jongeren per jaar"],
               ["2", "1", "Jongeren organiseren zelf activiteiten in hun buurt.", "25%"],
               ["3", "2", "De overlast door groepen jongeren op straat neemt af.", "ten hoogste 300 meldingen"],
               ["4", "alle", "Ouders en scholen weten het jongerenwerk te vinden.", "60%"]]),
    ("h1", "3 Budget"),
    ("table", [["Perceel", "Budget per jaar"], ["Perceel 1 Jongerenwerk", "€ 400.000"], ["Perceel 2 Straatwerk", "€ 250.000"]]),
    ("h1", "4 Eisen"),
    ("h2", "4.1 Minimumeisen voor beide percelen"),
    ("bullet", "Alle medewerkers hebben een Verklaring Omtrent het Gedrag."),
    ("h2", "4.2 Minimumeisen perceel 2"),
    ("bullet", "Straatwerkers zijn ook in het weekend en 's avonds op straat aanwezig."),
    ("h1", "5 Gunning"),
    ("para", "Het plan van aanpak telt per perceel ten hoogste acht pagina's A4."),
]

# The same two percelen in prose: headings for the lots after a goal list that says which goals belong to which lot.
PROSE_TENDER = [
    ("title", "Aanbestedingsleidraad Ouderenadvies en cliëntondersteuning Veldhaven 2028"),
    ("para", "De gemeente Veldhaven besteedt ouderenadvies en cliëntondersteuning aan in twee percelen."),
    ("h1", "2 Doelen"),
    ("para", "De gemeente wil de volgende doelen bereiken. De doelen 1 en 2 horen bij perceel 1, doel 3 bij perceel 2."),
    ("number", "Inwoners weten dat zij recht hebben op gratis onafhankelijke cliëntondersteuning."),
    ("number", "Inwoners die cliëntondersteuning krijgen, voelen zich gehoord."),
    ("number", "Ouderen met beginnende kwetsbaarheid worden eerder bereikt."),
    ("para", "Daarnaast verwacht de gemeente:"),
    ("bullet", "voor beide percelen: voorlichting aan huisartsen en wijkverpleging over het aanbod."),
    ("h1", "3 De percelen"),
    ("h2", "3.1 Perceel 1 Cliëntondersteuning"),
    ("para", "Perceel 1 omvat onafhankelijke cliëntondersteuning voor alle inwoners. Voor perceel 1 is maximaal € 300.000 "
             "per jaar beschikbaar."),
    ("h2", "3.2 Perceel 2 Ouderenadvies"),
    ("para", "Perceel 2 omvat ouderenadvies voor inwoners van 65 jaar en ouder. Voor perceel 2 is maximaal € 150.000 per "
             "jaar beschikbaar."),
    ("h1", "4 Budget"),
    ("para", "Voor beide percelen samen is een budget beschikbaar van € 450.000 per jaar."),
]


def as_text(elements) -> str:
    """The tender as pasted text: markdown headings, "- " items, "|" rows."""
    lines, number = [], 0
    for kind, value in elements:
        number = number + 1 if kind == "number" else 0
        if kind == "title":
            lines.append(f"# {value}")
        elif kind in ("h1", "h2"):
            lines.append(f"{'#' * (int(kind[1]) + 1)} {value}")
        elif kind == "bullet":
            lines.append(f"- {value}")
        elif kind == "number":
            lines.append(f"{number}. {value}")
        elif kind == "table":
            lines += ["| " + " | ".join(row) + " |" for row in value]
        else:
            lines.append(value)
    return "\n".join(lines)
