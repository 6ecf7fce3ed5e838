"""The Dutch words the proposer walks: one table per question, so a new wording is one line here.

Each table is matched on whole words, lower case, after the heading's numbering is removed.
"""
from __future__ import annotations

import re

# Chapters that hold no records: their whole subtree is skipped (figures in them are not results).
NON_RECORD_CHAPTERS = (
    "voorwoord", "woord vooraf", "inhoud", "inhoudsopgave", "colofon", "dankwoord", "leeswijzer",
    "financiën", "financien", "financieel", "financiële", "jaarrekening", "begroting", "balans",
    "exploitatie", "kosten", "baten", "financiering", "personeel", "medewerkers en vrijwilligers",
    "personeel en organisatie", "organisatie", "bestuur", "raad van toezicht", "governance",
    "over ons", "over de stichting", "ondertekening", "contactgegevens", "contact", "verantwoording",
    "vooruitblik", "toekomst", "budget", "van de bestuurder", "van de directeur", "van de directie",
    "van de voorzitter", "wie zijn wij", "wie we zijn", "wie wij zijn", "onze mensen", "ons team", "onze medewerkers", "geld",
    "financieel", "financieel overzicht", "jaarcijfers", "financiële verantwoording", "middelen", "huisvesting", "plannen voor", "tot slot", "afsluiting", "ziekteverzuim",
)
# Who signs a foreword ('Joost Verbeek, bestuurder'): a chapter ending in such a line is no record.
SIGNATURE_ROLES = ("bestuurder", "directeur", "directeur-bestuurder", "voorzitter", "directie", "namens het bestuur",
                   "namens de raad")
# Words around an organisation's name in a heading about it ('Over Welzijn Zuidwaard', 'Stichting X in 2024').
ORGANISATION_HEADING_WORDS = ("over", "de", "het", "in", "dit", "is", "wie", "wij", "we", "zijn", "onze", "ons",
                              "en", "van", "vogelvlucht", "notendop", "kort", "profiel", "oogopslag", "één", "een")
# Words that make a name an organisation's: 'Over Stichting Omzien' is about the author even when no title names it.
LEGAL_FORMS = ("stichting", "vereniging", "coöperatie", "coöperatieve", "welzijnsorganisatie", "welzijnsstichting")
# Headings that describe a part of the record they stand in, never a record of their own.
FACET_HEADINGS = {
    "plans": ("doel", "doelen", "doelstelling", "doelstellingen", "ambitie", "ambities", "planning",
              "streefwaarden", "wat willen we bereiken", "beoogde resultaten", "beoogd resultaat",
              "verwachte resultaten", "prestatieafspraken", "beoogde effecten", "indicatoren"),
    "partners": ("partners", "samenwerking", "samenwerkingspartners", "netwerk", "met wie"),
    "target_group": ("doelgroep", "doelgroepen", "voor wie", "deelnemers"),
    "methods": ("methodiek", "methodieken", "methode", "methoden", "methodes", "werkwijze", "aanpak",
                "interventie", "interventies", "onderbouwing", "erkenning"),
    "results": ("resultaten", "resultaat", "opbrengsten", "kerncijfers", "cijfers", "bereik", "kengetallen",
                "effecten", "impact", "wat leverde het op", "in cijfers", "output", "outcome"),
    "story": ("verhaal", "verhalen", "casus", "praktijkverhaal", "uit de praktijk", "ervaringen",
              "ervaring van", "ervaringen van", "aan het woord", "in beeld", "deelnemer vertelt",
              "portret", "stem van"),
    "context": ("inleiding", "aanleiding", "achtergrond", "samenvatting", "conclusie", "conclusies", "lessen", "geleerde lessen",
                "evaluatie", "looptijd", "periode", "planning", "activiteiten", "over het project", "looptijd en budget",
                "het project", "projectbeschrijving", "beschrijving", "monitoring", "meten", "bijlage",
                "bijlagen", "overzicht", "ervaring", "onze ervaring", "eerdere projecten", "referenties",
                "referentieprojecten", "projecten", "onze projecten", "programma", "thema", "thema's",
                "wat we deden", "wat hebben we gedaan", "borging", "risico's", "meerwaarde",
                "innovatie", "privacy", "kwaliteit", "verantwoording", "uitvoering", "opzet"),
}
# Headings that name a numbered part of the work they stand in ('Fase 1: werving', 'Activiteit 2: Buurttafels',
# 'Stap 3', 'Doel 1: minder eenzaamheid', 'Bijlage 2: kengetallen'): a part of the record above, never a record of its own.
PART_WORDS = ("fase", "stap", "activiteit", "doel", "subdoel", "resultaatgebied", "bijlage", "onderdeel", "deel",
              "module", "werkpakket", "spoor", "actielijn",
              "pijler", "bouwsteen", "interventie", "ronde", "periode", "jaar", "kwartaal", "cohort")
# Chapters every annual report or proposal has beside its records ('Missie en visie', 'Kwaliteit en klachten',
# 'Monitoring en evaluatie'): a chapter heading made of these words alone (with STANDARD_LINKS and years)
# holds no records, its sub-headings neither. Plan words that may head a proposal's own plan (aanpak, doelen)
# are in GENERIC_HEADING_WORDS: such a heading is never a record itself, but its text is the plan.
STANDARD_CHAPTER_WORDS = (
    "visie", "missie", "strategie", "kernwaarden", "identiteit", "kwaliteit", "kwaliteitszorg", "klachten",
    "klachtenregeling", "klachtenafhandeling", "certificering", "keurmerk", "communicatie", "pr", "media",
    "website", "vrijwilligers", "vrijwilligersbeleid", "vrijwilligersmanagement", "medezeggenschap",
    "ondernemingsraad", "cliëntenraad", "toezicht", "raad", "bestuur", "governance", "organisatie", "team",
    "personeel", "ict", "automatisering", "privacy", "avg", "veiligheid", "huisvesting", "duurzaamheid",
    "risico's", "risico", "risicobeheersing", "risicoanalyse", "monitoring", "planning", "tijdpad",
    "tijdplanning", "begroting", "dekkingsplan", "bijlagen", "kengetallen", "opleiding", "scholing",
    "deskundigheidsbevordering", "borging", "continuïteit", "samenwerking", "samenwerkingspartners",
    "partners", "netwerk", "aanleiding", "probleemanalyse", "probleemstelling", "context", "vooruitblik",
    "meerjarenbeleid", "beleid", "jaarplan", "verantwoording", "ondertekening", "overzicht", "evaluatie",
    "meten", "ambities", "ambitie", "bedrijfsvoering", "prijs", "prijsstelling",
)
GENERIC_HEADING_WORDS = STANDARD_CHAPTER_WORDS + (
    "aanpak", "doelen", "doel", "doelstellingen", "doelstelling", "doelgroep", "doelgroepen", "werkwijze",
    "methodiek", "methode", "activiteiten", "activiteitenoverzicht", "resultaten", "beoogde", "verwachte",
    "inleiding", "samenvatting", "wat", "we", "gaan", "doen", "willen", "bereiken", "hoe", "waarom", "wie",
    # the year looked back on as a whole ('Terugblik op 2025', 'Het jaar in vogelvlucht', 'Belangrijkste
    # gebeurtenissen', 'Maatschappelijke impact'): never a record itself, its sub-headings may be
    "terugblik", "vooruitkijken", "vooruitblik", "werkgebied", "impact", "maatschappelijke", "nieuwe",
    "ontwikkelingen", "belangrijkste", "gebeurtenissen", "hoogtepunten", "highlights", "jaar", "bedankt", "dank",
    "vogelvlucht", "kort", "feiten", "cijfers", "kerncijfers", "bereik", "resultaat", "mijlpalen",
)
STANDARD_LINKS = ("en", "per", "van", "de", "het", "onze", "ons", "voor", "in", "met", "&", "of", "op", "bij",
                  "een", "over", "plan", "ter")
# Words of a text about work done (the past tense) and about work to come; a plan section has the second.
PAST_WORDS = (
    "was", "waren", "werd", "werden", "had", "hadden", "kwam", "kwamen", "nam", "namen", "deed", "deden",
    "ging", "gingen", "bood", "boden", "hielp", "hielpen", "hield", "hielden", "bracht", "brachten", "kreeg",
    "kregen", "gaf", "gaven", "liep", "liepen", "bleek", "bleken", "zag", "zagen", "vond", "vonden",
    "sprak", "spraken", "stond", "stonden", "leerde", "leerden", "werkte", "werkten", "startte", "startten",
    "bereikte", "bereikten", "organiseerde", "organiseerden", "opende", "openden", "begeleidde",
    "begeleidden", "ondersteunde", "ondersteunden", "voerde", "voerden", "verwezen", "rondde", "rondden",
    "afrondde", "afrondden", "behaalde", "behaalden", "ontving", "ontvingen", "realiseerde", "realiseerden",
    "trainde", "trainden", "koppelde", "koppelden", "stroomden", "stroomde", "bezochten", "volgde", "volgden",
    "maakte", "maakten", "meldde", "meldden", "telde", "telden", "groeide", "groeiden", "daalde", "daalden",
    "steeg", "stegen", "haalde", "haalden", "zette", "verbeterde", "verbeterden", "ervoer", "ervoeren",
    "gaven", "wisten", "wist", "konden", "kon", "moesten", "liet", "lieten", "vormden", "vormde", "draaide",
    "draaiden", "hebben bereikt", "is afgerond", "zijn afgerond", "eerder", "destijds", "afgelopen",
)
FUTURE_WORDS = ("zullen", "zal", "willen", "wil", "verwachten", "beogen", "streven",
                "plannen", "komende", "straks", "nog te", "zullen we", "gaan we", "bieden we", "organiseren we",
                "voeren we", "koppelen we", "maken we", "houden we", "rapporteren we", "meten we", "vragen we")
# Words before a heading's own words that do not change what it names ('Het verhaal van Sem', 'Onze aanpak').
HEADING_ARTICLES = ("de", "het", "een", "ons", "onze", "mijn")
# Words in a document's title that say what kind of document it is; True: the rest of the title
# names one project (a project report or a proposal), False: an organisation (an annual report).
DOCUMENT_KINDS = {
    "projectverslag": True, "eindverslag": True, "projectrapportage": True, "evaluatie": True,
    "eindevaluatie": True, "voorstel": True, "projectvoorstel": True, "projectplan": True,
    "offerte": True, "aanvraag": True, "subsidieaanvraag": True, "plan van aanpak": True,
    "jaarverslag": False, "jaarrapport": False, "jaarverantwoording": False, "impactrapportage": False,
    "impactrapport": False, "maatschappelijk jaarverslag": False, "maatschappelijke verantwoording": False,
    "verantwoordingsrapportage": False, "kwartaalrapportage": False, "jaarbericht": False,
    "voortgangsrapportage": True, "voortgangsverslag": True, "tussenrapportage": True, "tussenverslag": True,
    "eindrapportage": True, "eindrapport": True, "evaluatierapport": True, "projectaanvraag": True,
    "subsidieverzoek": True, "jaarrapportage": False, "sociaal jaarverslag": False, "inhoudelijk jaarverslag": False,
    "resultatenrapportage": False, "effectrapportage": False, "verslag": True, "inschrijving": True,
    "subsidieverantwoording": False, "inhoudelijke verantwoording": False,
}
# Documents that plan work: their own project has no results yet, only targets.
PLANNING_KINDS = ("voorstel", "projectvoorstel", "projectplan", "offerte", "aanvraag", "subsidieaanvraag",
                  "plan van aanpak", "projectaanvraag", "subsidieverzoek", "inschrijving")

# What a table column holds, by the words of its header (first match wins, in this order).
COLUMN_ROLES = (
    ("target", ("streefwaarde", "streefcijfer", "streven", "doelwaarde", "norm", "afspraak", "afgesproken",
                "begroot", "prognose", "target", "beoogd", "ambitie", "verwacht", "te bereiken", "gepland",
                "planning", "doel 20", "prestatieafspraak")),
    ("baseline", ("nulmeting", "0-meting", "beginmeting", "uitgangssituatie", "startmeting", "vooraf", "begin")),
    ("sample", ("respondenten", "aantal respondenten", "steekproef", "n =", "n=")),
    ("money", ("budget", "subsidie", "kosten", "bijdrage", "begroting", "bedrag", "financiering", "omzet")),
    ("level", ("erkenning", "erkend", "erkenningsniveau", "niveau", "status", "beoordeling")),
    ("databank", ("databank",)),
    ("method", ("methodiek", "methode", "interventie", "aanpak", "werkwijze", "methodieken", "methoden")),
    ("project", ("project", "projecten", "activiteit", "initiatief", "programma", "dienst", "onderdeel",
                 "voorziening")),
    ("municipality", ("gemeente", "plaats", "wijk", "locatie", "werkgebied", "gemeenten", "regio")),
    ("target_group", ("doelgroep", "voor wie")),
    ("partners", ("partners", "partner", "samenwerkingspartners", "samenwerking", "met wie", "samen met")),
    ("period", ("periode", "looptijd", "sinds", "jaren", "start")),
    ("unit", ("eenheid",)),
    ("value", ("realisatie", "gerealiseerd", "behaald", "werkelijk", "uitkomst", "score", "waarde", "opleverde",
               "opgeleverd", "bereikt", "wat kwam eruit",
               "aantal", "resultaat", "resultaten", "bereik", "totaal", "cijfer", "effect", "opbrengst")),
    ("indicator", ("indicator", "kerncijfer", "kerncijfers", "omschrijving", "prestatie", "output",
                   "meting", "onderwerp", "wat", "maat", "gegeven")),
    ("story", ("toelichting", "verhaal", "opmerking")),
)

# Recognition levels as people write them → the stored vocabulary (longest phrase first).
RECOGNITION = (
    ("sterke aanwijzingen", "effectief - sterke aanwijzingen"),
    ("goede aanwijzingen", "effectief - goede aanwijzingen"),
    ("eerste aanwijzingen", "effectief - eerste aanwijzingen"),
    ("goed onderbouwd", "goed onderbouwd"),
    ("theoretisch goed onderbouwd", "goed onderbouwd"),
    ("goed beschreven", "goed beschreven"),
    ("bewezen effectief", "effectief"),
    ("effectief", "effectief"),
)
# A recognition phrase counts only in a sentence with one of these (not "een goed onderbouwde begroting").
RECOGNITION_CONTEXT = ("erkend", "erkenning", "databank", "movisie", "nji", "beoordeeld", "opgenomen",
                       "interventie", "methodiek", "methode", "aanwijzingen", "erkenningscommissie",
                       "niveau", "effectief:")
NOT_RECOGNISED = ("ingediend", "aangevraagd", "in aanvraag", "nog niet erkend", "niet erkend",
                  "niet beoordeeld", "niet is beoordeeld", "niet erkend is", "wordt beoordeeld", "ter beoordeling", "eigen methode", "eigen lesmethode",
                  "zelf ontwikkeld", "zelf ontwikkelde", "nog geen erkenning", "in beoordeling",
                  "niet opgenomen", "eigen werkwijze", "eigen werkvorm", "eigen concept", "eigen methodiek",
                  "niet voorgelegd")
DATABANKS = (
    ("jeugdinterventies", "Databank Effectieve jeugdinterventies"),
    ("nji", "Databank Effectieve jeugdinterventies"),
    ("gezond leven", "Loket Gezond Leven"),
    ("movisie", "Databank Effectieve sociale interventies"),
    ("sociale interventies", "Databank Effectieve sociale interventies"),
    ("databank", "Databank Effectieve sociale interventies"),
)
# Who keeps or judges methods, never a method itself ('Movisie', 'Databank Effectieve Jeugdinterventies van het NJi').
DATABANK_NAMES = ("movisie", "nji", "rivm", "loket gezond leven", "databank", "erkenningscommissie", "interventiedatabase")
METHOD_NOUNS = ("methodiek", "methode", "interventie", "aanpak", "werkwijze", "training", "lesmethode",
                "gespreksmethode", "cursus", "programma", "werkvorm", "concept")

# Clauses with these words speak of plans, baselines, samples, context or money, not of results.
TARGET_CUES = ("gewenst", "gewenste", "beoogde", "streefwaarde", "streven", "streeft", "streefcijfer", "willen", "wil ", "zullen", "zal ",
               "gaan we", "verwachten", "verwacht", "beogen", "beoogd", "ambitie", "afspraak",
               "afgesproken", "doelstelling", "ons doel", "het doel", "doel is", "moeten",
               "plannen", "we richten ons op", "in de komende", "komend jaar", "komende jaren",
               "volgend jaar", "voornemen", "minimaal", "ten minste", "tenminste", "gepland", "begroot",
               "prognose", "indicator", "nog niet gemeten", "niet gemeten", "target")
# A goal named beside one of these words was reached: 'trajecten waarin het doel is behaald' counts a result.
GOAL_CUES = ("ons doel", "het doel", "doel is", "doelstelling")
REACHED_WORDS = ("behaald", "bereikt", "gehaald", "gerealiseerd")
BASELINE_CUES = ("nulmeting", "uitgangssituatie", "beginmeting", "bij de start", "vooraf", "vorig jaar",
                 "het jaar ervoor", "een jaar eerder", "ten opzichte van", "t.o.v.", "tegenover")
SAMPLE_WORDS = ("respondenten", "ondervraagden", "vragenlijsten", "enquêtes", "geënquêteerden",
                "ingevulde", "reacties", "interviews")
# A clause telling who filled in a questionnaire counts its respondents, not a result ('door 148 bezoekers ingevuld').
SAMPLE_CLAUSE_CUES = ("ingevuld", "vulden", "vulde", "invulden", "respons")
CONTEXT_CUES = ("landelijk", "de politie", "ter vergelijking", "in nederland", "nederlanders", "monitor", "cbs", "volgens",
                "gezondheidsmonitor", "in de gemeente woont", "inwoners telt", "telt de gemeente",
                "wonen in", "landelijke")
MONEY_CUES = ("kostte", "kostten", "besteed", "besteedden", "uitgegeven", "uitgaven", "begroting", "budget", "subsidie", "kosten", "omzet", "baten", "lasten", "exploitatie",
              "bijdrage", "financiering", "fonds", "toegekend", "beschikbaar", "gefinancierd", "loon",
              "salaris", "tarief", "uurtarief", "per uur", "opbrengst van de stichting", "resultaat van",
              "eigen vermogen", "reserve", "inkomsten van de", "sroi", "maatschappelijke waarde",
              "rendement", "per geïnvesteerde", "investering", "kostprijs", "declar")
PERSONNEL_CUES = ("fte", "ziekteverzuim", "verzuim", "formatie", "in dienst", "medewerkers in loondienst",
                  "stagiairs", "dienstverband")
# Words after a number that make it no count of anything: time spans, ages, pages, hours.
NOT_UNITS = ("jaar", "jaren", "jarigen", "jarige", "maanden", "maand", "weken", "week", "dagen", "dag",
             "minuten", "keer per", "pagina", "pagina's", "januari", "februari", "maart",
             "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december",
             "plus", "plussers", "t/m", "tot")
# A span of time is a result when it was measured: 'de wachttijd bedroeg 5 weken', 'was 46 weken open'.
TIME_RESULT_UNITS = ("weken", "week", "dagen", "maanden")
MEASURED_TIME_CUES = ("wachttijd", "doorlooptijd", "gemiddelde duur", "open", "geopend")
# Words that introduce partners; and words that make a named organisation a funder instead.
PARTNER_CUES = ("samen met", "in samenwerking met", "samenwerking met", "partners", "partner",
                "werken samen", "werkten samen", "werkt samen", "samenwerkingspartners", "met steun van",
                "samenwerken met", "i.s.m.", "uitgevoerd met", "met onder meer", "met o.a.")
FUNDER_CUES = ("gefinancierd", "financiering", "subsidie", "subsidiënt", "bijdrage van", "mogelijk gemaakt",
               "gesteund door", "met steun van", "fonds", "opdrachtgever", "in opdracht van", "sponsor",
               "financier", "donatie")
ORGANISATION_WORDS = ("stichting", "vereniging", "ggd", "bibliotheek", "huisarts", "huisartsen",
                      "woningcorporatie", "wooncorporatie", "woonstichting", "school", "scholen", "kerk",
                      "moskee", "buurthuis", "wijkteam", "sociaal team", "buurtteam", "thuiszorg", "zorg",
                      "ggz", "politie", "bank", "voedselbank", "humanitas", "rode kruis", "vluchtelingenwerk",
                      "centrum", "college", "mbo", "roc", "hogeschool", "universiteit", "apotheek",
                      "praktijk", "welzijn", "jongerenwerk", "sportbedrijf", "sportservice", "steunpunt",
                      "platform", "netwerk", "coöperatie", "bv", "b.v.", "vrijwilligerscentrale", "jeugd",
                      "kinderopvang", "consultatiebureau", "wijkverpleging", "uwv", "ouderenbond", "kbo",
                      "pcob", "taalhuis", "zorggroep", "huis", "team", "dienst", "fysiotherap",
                      "verpleeghuis", "woonzorg", "mantelzorg", "schuldhulp", "informatiepunt", "rabobank")
PERIOD_ONGOING = ("sinds", "vanaf", "lopend", "doorlopend", "structureel", "gestart in", "begonnen in",
                  "loopt sinds", "heden")
TARGET_GROUP_CUES = ("doelgroep", "gericht op", "bedoeld voor", "bestemd voor", "voor wie", "richt zich op",
                     "richt zich tot", "is er voor", "zijn er voor")
PLACE_CUES = ("gemeente", "gemeenten", "in de wijk", "in de wijken", "in het dorp", "in de dorpen", "wijk",
              "in", "te", "regio")
NOT_PLACES = {
    "het", "de", "een", "dit", "deze", "die", "dat", "totaal", "samenwerking", "opdracht", "nederland",
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
    "november", "december", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag",
    "zondag", "we", "wij", "ons", "onze", "haar", "zijn", "hun", "gesprek", "overleg", "kader", "bijlage",
    "hoofdstuk", "paragraaf", "tabel", "figuur", "praktijk", "welzijn", "databank", "movisie",
}


def has_any(text: str, words) -> bool:
    """Whether `text` (any case) holds one of `words` as whole words or phrases."""
    lowered = f" {text.lower()} "
    return any(re.search(rf"(?<![\w-]){re.escape(word.strip())}(?![\w-])", lowered) if word.strip().isalnum()
               else word in lowered for word in words)


def strip_numbering(heading: str) -> str:
    """A heading without its numbering ('3.2 ', 'Hoofdstuk 4:', 'Bijlage B ')."""
    text = re.sub(r"^(hoofdstuk|paragraaf)\s+\d+[.:]?\s*", "", heading.strip(), flags=re.I)
    return re.sub(r"^(\d+(\.\d+)*\.?|[A-Z]\.|[IVX]+\.)\s+", "", text).strip()

PEOPLE_WORDS = ("ouderen", "jongeren", "kinderen", "inwoners", "bewoners", "mantelzorgers", "gezinnen", "ouders",
                "vrouwen", "mannen", "statushouders", "nieuwkomers", "volwassenen", "senioren", "mensen", "jeugd",
                "tieners", "cliënten", "huishoudens", "laaggeletterden", "minima", "werkzoekenden", "studenten",
                "plussers", "buurtbewoners", "wijkbewoners", "alleenstaanden", "eenzame", "kwetsbare",
                "leerlingen", "peuters", "jongvolwassenen", "vluchtelingen", "migranten", "patiënten",
                "dak- en thuislozen", "mantelzorger", "gezin", "pubers", "deelnemers", "huurders")
# Row labels of a table that stand for the organisation as a whole, not a project.
TOTAL_LABELS = ("totaal", "organisatie", "overig", "overige", "gemiddeld", "algemeen", "stichting", "som",
                "alle projecten", "totaal organisatie")
# A text saying that what it describes is no project: a standing service ('Het is geen project', 'een vaste
# basisvoorziening', 'onze reguliere dienstverlening').
NOT_A_PROJECT = ("geen project", "geen apart project", "basisvoorziening", "reguliere dienstverlening")
# Words before a project's name in running text ('het project Ouders aan Zet', 'draaien we sinds 2020 het Taalpunt
# Oosterbeemd'); regular expressions, matched case-insensitively.
PROJECT_INTRO_CUES = ("het project", "de pilot", "het initiatief", r"draaien we(?:\s+sinds\s+\d{4})?\s+het",
                      r"draait(?:\s+sinds\s+\d{4})?\s+het")
# A first word that labels a heading as a theme, the project named in its text ('Thema Opvoeden en opgroeien').
THEME_LABELS = ("thema", "programma", "programmalijn", "prestatieveld", "opgave")
# Nouns after which running text names a project ('het project Ouders aan Zet', 'X, een pilot die …').
PROSE_PROJECT_NOUNS = ("project", "pilot", "proef", "pilotproject", "maatjesproject")
