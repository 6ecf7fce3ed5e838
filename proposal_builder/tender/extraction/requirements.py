"""Requirements a proposal must meet: minimum, admission and suitability requirements, and wishes."""

import re
from dataclasses import asdict, dataclass, field, replace

from ..reading.blocks import HEADING, LIST_ITEM, PARAGRAPH, TABLE_ROW, Block
from .lexicon import GOAL_COLUMN
from .payment_terms import payment_blocks
from .sentences import split_sentences

MINIMUM, ADMISSION, SUITABILITY, WISH = "minimum", "admission", "suitability", "wish"
KIND_LABELS = {MINIMUM: "Minimumeis", ADMISSION: "Toelatingseis", SUITABILITY: "Geschiktheidseis", WISH: "Wens"}
# Words that mark a heading, lead-in or label as one kind; the first kind that matches wins.
KIND_WORDS = (
    # toelating and toetreding: being admitted to an Open House
    (ADMISSION, re.compile(r"(?:toelatings?|toetredings?)(eis|criteri|voorwaarde)|(eisen|voorwaarden|criteria)\s+voor\s+(de\s+)?"
                           r"(?:toelating|toetreding)|toegelaten|toe\s+te\s+laten|toe\s+te\s+treden|"
                           r"open\s+house-?(eisen|voorwaarden)", re.IGNORECASE)),
    (SUITABILITY, re.compile(r"geschiktheid|selectie-?eis|selectiecriteri|kwalificatie-?eis|bekwaamheid", re.IGNORECASE)),
    (WISH, re.compile(r"\bwens(en)?\b", re.IGNORECASE)),
    (MINIMUM, re.compile(r"minimum-?eis|minimale\s+eisen|minimumvoorwaarde|knock-?out|\beisen\b|\beis\b|\bwelke\s+voorwaarden\s+(?:moet|moeten|gelden)\b|"
                         r"(subsidie|deelname)voorwaarden|\bde\s+volgende\s+(?:voorwaarden|verplichtingen)\b|^\W*[\d.]*\s*voorwaarden\s*$|voldo\w*\s+aan\s+de\s+volgende|"
                         # "voldoet uw aanvraag aan deze voorwaarden:", "aan onderstaande eisen"
                         r"aan\s+(?:de\s+volgende|deze|(?:de\s+)?onderstaande|(?:de\s+)?hieronder\s+genoemde)\s+(voorwaarden|eisen|verplichtingen)|verplichtingen\s+na\s+(?:toelating|toetreding)|^verplichtingen\W*$|"
                         # "Wat we in elk geval van jullie vragen:", "Dit vragen wij van u:"
                         r"\b(?:wij|we)\s+(?:in\s+(?:elk|ieder)\s+geval\s+|ten\s+minste\s+)?van\s+(?:u|jullie)\s+(?:vragen|verwachten|eisen)\b|"
                         r"\b(?:vragen|verwachten|eisen)\s+(?:wij|we)\s+(?:in\s+(?:elk|ieder)\s+geval\s+)?van\s+(?:u|jullie)\b",
                         re.IGNORECASE)),
)
# A lead-in announcing what the plan or application must describe ("In het plan beschrijft u:", "Uw aanvraag
# bevat:"): its items are the contents asked for, not requirements, even in a section of requirements.
# Also a lead-in to what is handed in with it ("U stuurt mee:", "Daarbij voegt u toe:", "Uw aanvraag bestaat uit:"): its
# items are documents (the form, the proofs, the plan), no requirements (CONVENTIONS.md, "Documents to hand in").
CONTENTS = re.compile(r"\b(?:beschrijft|beschrijf|beschrijven|vermeldt|vermeld|bevat|bevatten|gaat\s+u\s+in\s+op|"
                      r"licht\s+u\s+toe|geeft\s+u\s+aan|stuur\w*\s+(?:u\s+)?(?:[\wÀ-ÿ-]+\s+){0,3}?mee|"
                      r"voeg\w*\s+(?:u\s+)?(?:[\wÀ-ÿ-]+\s+){0,3}?toe|bestaat\s+uit)\b[^.]*:\s*$", re.IGNORECASE)
CONTENTS_ASKED = "contents"  # a lead kind: the items below are the application's contents
# A sentence telling the applicant what to write ("Beschrijf in het activiteitenplan per doel ...", "Geef daarin per
# thema de personeelskosten ..."): the contents asked for, not a requirement
WRITING_INSTRUCTION = re.compile(r"^\s*(?:beschrijf|geef|vermeld|licht|noem|onderbouw)\b(?!\s+(?:wij|we|de\s+gemeente)\b)",
                                 re.IGNORECASE)
# A heading "Wie kan aanvragen" right above a list: its items are the conditions to apply (not its sentences).
WHO_MAY_APPLY = re.compile(r"\bwie\s+(?:kan|kunnen|mag|mogen)\s+(?:subsidie\s+)?(?:aanvragen|inschrijven|zich\s+aanmelden|"
                           r"(?:een\s+)?(?:aanvraag|aanvragen|offerte|inschrijving)\s+indienen)\b",
                           re.IGNORECASE)
# A paragraph's first sentence announcing that its next sentences are requirements
ANNOUNCED = re.compile(r"\b(?:stellen|hanteren)\s+(?:wij|we)\s+(?:ook\s+)?de\s+volgende\s+(?:minimum)?eisen\b|"
                       r"\bgelden\s+(?:ook\s+)?de\s+volgende\s+(?:minimum)?eisen\b", re.IGNORECASE)
# A lead-in naming minimum requirements as such, not just "de volgende eisen".
SPECIFIC_MINIMUM = re.compile(r"minimum|minimale|knock-?out", re.IGNORECASE)
# A list titled minimum requirements by the tender itself ("Minimumeisen"), not mixed with suitability: its label holds.
TITLED_MINIMUM = re.compile(r"^(?!.*(?:geschikt|toelat|toetred)).*(?:minimum-?eis|minimale\s+eisen)", re.IGNORECASE)
# A list titled with both kinds ("Geschiktheidseisen en minimumeisen") is mixed: its items are told apart by what they
# ask, the organisation's own standing being suitability (CONVENTIONS.md, requirements rule 3)
MIXED = re.compile(r"geschiktheid\w*\s+en\s+minimum-?eis|minimum-?eis\w*\s+en\s+geschiktheid", re.IGNORECASE)
# Obligations that start once a provider is admitted stay minimum requirements in an Open House.
AFTER_ADMISSION = re.compile(r"\bna\s+(?:de\s+)?(?:toelating|toetreding)\b", re.IGNORECASE)  # an Open House admits ("toetreden")
# "... van de vier gemeenten. (eis)", "(wens)": a kind marker closing an item, anywhere in the tender
TRAILING_LABEL = re.compile(r"\s*\((minimumeis|eis|wens|knock-?out)\)\s*[.;]?\s*$", re.IGNORECASE)
# Headings with those words that hold no requirements of the provider.
NOT_REQUIREMENTS = re.compile(
    r"programma\s+van\s+eisen|contract|algemene\s+voorwaarden|inkoopvoorwaarden|betaling|uitsluiting|"
    r"vormvereisten|eisen\s+aan\s+de\s+(offerte|inschrijving|aanvraag)\b", re.IGNORECASE)
# "Op de overeenkomst zijn de Algemene Inkoopvoorwaarden ... van toepassing": a section opening on the general terms of the
# agreement states the contract's terms (invoicing, reporting, privacy, a start-up period), no requirements of the offer,
# also under a bare "Voorwaarden" heading (CONVENTIONS.md, "Requirements outside a requirements list")
AGREEMENT_TERMS = re.compile(r"\b(?:algemene\s+)?(?:inkoop|contract|leverings)voorwaarden\b[^.]*\bvan\s+toepassing\b|"
                             r"\bop\s+(?:de|deze)\s+(?:overeenkomst|opdracht)\b[^.]*\bvan\s+toepassing\b", re.IGNORECASE)
TERMS_HEADING = re.compile(r"voorwaarden", re.IGNORECASE)
# In running text only a sentence that obliges is a requirement ("hebben" alone may describe the town).
OBLIGATION = re.compile(r"\b(moet|moeten|dient|dienen|is\s+verplicht|zijn\s+verplicht|beschikt\s+over|beschikken\s+over|"
                        r"is\s+ingeschreven|staat\s+ingeschreven|voldoet|voldoen)\b", re.IGNORECASE)
# A wish written as a sentence: "Wij zien graag dat ...", "Het college ziet graag ...", "Wij waarderen het als ...".
WISH_SENTENCE = re.compile(r"\b(?:zie[nt]\s+(?:[\wÀ-ÿ]+\s+){0,3}graag\b|waarde(?:ren|ert|er)\s+(?:wij\s+|we\s+)?het\b|"
                           # "heeft de voorkeur", "hebben onze voorkeur", "genieten de voorkeur" (not "..., bij voorkeur thuis":
                           # a preference within a requirement)
                           # ("Aanvragen die ..., krijgen bij een gelijke score de voorkeur": a tie-break)
                           r"(?:heeft|hebben|verdient|verdienen|geniet|genieten|krijgt|krijgen)\s+(?:bij\s+(?:een\s+)?[\wÀ-ÿ]+\s+[\wÀ-ÿ]+\s+)?"
                           r"(?:het\s+)?(?:onze|de)\s+voorkeur\b|"
                           # "Wij geven de voorkeur aan een aanbieder die ...": a kind of provider preferred
                           r"\bgee?(?:ft|ven)\s+(?:wij\s+|we\s+)?(?:de|onze)\s+voorkeur\s+aan\s+(?:een|aanbieders|inschrijvers|aanvragen|"
                           r"organisaties)\b|"
                           # "Bij voorkeur werkt de aanbieder ...", "De opdrachtnemer biedt bij voorkeur ook ..."
                           r"(?<![,;]\s)(?<![,;])\bbij\s+voorkeur\b|"
                           r"vind(?:en|t)\s+het\s+wenselijk\b|fijn\s+vind(?:en|t)\s+(?:[\wÀ-ÿ]+\s+){0,2}het\s+als\b|"
                           # "Wij moedigen aanvragers aan om ...", "Wij moedigen samenwerking met ervaringsdeskundigen aan"
                           r"moedig\w*\s+(?:[\wÀ-ÿ-]+\s+){0,4}aan\b|stel(?:t|len)\s+(?:het\s+)?(?:zeer\s+)?op\s+prijs\b|"
                           r"zou\s+(?:mooi|fijn|prettig)\s+zijn\b|(?:strekt|verdient)\s+(?:het\s+)?(?:tot\s+)?aanbeveling|"
                           # "Een pré is het als ...", "Wij vinden het een pré als ...", "... is een pré", "... geldt als pluspunt"
                           r"\been\s+pr[eé]\b|\bpluspunt\b)",
                           re.IGNORECASE)
# "... aan de volgende wensen tegemoetkomt.": a sentence announcing the wishes listed below is none itself
ANNOUNCES_LIST = re.compile(r"\b(?:de|het)\s+volgende\s+(?:wens(?:en)?|eis(?:en)?|voorwaarden?|punten)\b|:\s*$", re.IGNORECASE)
# Who a wish outside a requirements section must ask something of (or of whose application), to be one.
PROVIDER = re.compile(r"\b(?:u|aanvragers?|inschrijvers?|aanbieders?|opdrachtnemers?|aanvragen|inschrijvingen|offertes)\b", re.IGNORECASE)
# "Dit is geen voorwaarde": what the sentence before asks is wished, not required.
NOT_REQUIRED = re.compile(r"\bgeen\s+(?:[\wÀ-ÿ-]+\s+)?(?:voorwaarde|eis|toelatingseis|minimumeis|verplichting)\b|"
                          r"\bniet\s+verplicht\b", re.IGNORECASE)
NOT_REQUIRED_CLAUSE = re.compile(r"\s*;\s*(?=(?:dit|dat|het)\s+is\s+geen\b)", re.IGNORECASE)
# What the tenderer as an organisation must be or hold when it tenders (registration, a quality mark it has now, its
# liability insurance) is a suitability requirement where a list does not name its kind itself (CONVENTIONS.md);
# the organisation is the subject, not its staff, and a mark to be obtained later is an obligation in delivery.
# ("... werkt met de landelijke methodiek en beschikt over een geldige licentie", "heeft een beroeps- en
# bedrijfsaansprakelijkheidsverzekering", "heeft een vestiging in ...")
ORGANISATION = re.compile(r"^(?:(?:u|uw\s+organisatie|de\s+(?:inschrijver|aanvrager|aanbieder|opdrachtnemer)|inschrijver)\s+)"
                          r"(?:[^.;]{0,80}?\ben\s+)?"
                          r"(?:(?:is|bent|staat)\s+(?:\w+\s+)?ingeschreven\b|(?:beschikt|heeft)\s+(?:(?:op|bij|vanaf|tijdens)\s+(?:[\wÀ-ÿ-]+\s+){1,4}?)?"
                          r"(?:over\s+)?(?:een\s+)?(?:geldig\w*\s+)?"
                          r"(?:[\wÀ-ÿ-]*(?:keurmerk|certificaat|licentie|vestiging)|(?:[\wÀ-ÿ]+-\s+en\s+)?[\wÀ-ÿ-]*aansprakelijkheidsverzekering)\b)"
                          r"(?!.*\bbehaal)", re.IGNORECASE)
# What a provider has done before (experience, references, turnover) is a suitability requirement, under any heading.
EXPERIENCE = re.compile(r"\bafgelopen\s+\w+\s+jaar\b.*\b(?:uitgevoerd|opdracht)|\breferentie|\bjaaromzet\b|"
                        r"^(?:(?:u|uw\s+organisatie|de\s+(?:inschrijver|aanvrager|aanbieder)|inschrijver)\s+)?(?:heeft|hebt)\s+(?:ten\s+minste|minimaal)\s+"
                        r"\w+\s+jaar\s+(?:aantoonbare\s+)?ervaring\b|"
                        r"\bperiode\s+20\d\d\s+tot\s+en\s+met\s+20\d\d\b.*\buitgevoerd", re.IGNORECASE)
# The provider as the subject of a sentence in prose requirements: "Uw organisatie beschikt over ...", "Alle medewerkers
# hebben ...", "U beschikt over ...", or after the verb when the object comes first ("Calamiteiten meldt de aanbieder ...").
# not "subsidieontvanger": who has received the grant is bound by its terms, not by requirements of the application
PROVIDER_NOUN = r"(?:aanbieders?|opdrachtnemers?|organisatie|inschrijvers?|aanvragers?|uitvoerders?|medewerkers)"
# The provider named as the subject opening a requirement: "De aanbieder", "Uw organisatie", "Alle medewerkers", "De
# toegelaten aanbieders", "Toegelaten aanbieders"; also used by the draft to read an obligation (requirement_answers.py).
PROVIDER_OPENING = rf"(?:(?:de|het|uw|alle|elke|iedere)\s+(?:[\wÀ-ÿ-]+\s+)?|toegelaten\s+){PROVIDER_NOUN}\b"
PROVIDER_SUBJECT = re.compile(rf"^(?:{PROVIDER_OPENING}|u\s+(?!kunt\b|kan\b|mag\b|hoeft\b)[\wÀ-ÿ]+t\b)|"
                              rf"^[^,;:]{{3,80}}?\s[\wÀ-ÿ]+t\s+(?:de|uw)\s+{PROVIDER_NOUN}\b", re.IGNORECASE)
# A sentence about the requirements themselves ("... als hij aan alle eisen in dit hoofdstuk voldoet", "Met de toelating
# gaat u een aantal verplichtingen aan") or about how to prove them ("U toont dat aan met de Eigen Verklaring") is none.
ABOUT_REQUIREMENTS = re.compile(r"\b(?:alle|deze|een\s+aantal|de\s+volgende|een|onderstaande|bovenstaande)\s+"
                                r"(?:eisen|eis|verplichtingen|voorwaarden)\b|\baan\s+met\s+(?:de|het|een)\b|"
                                r"\b(?:geschiktheids|minimum|toelatings|selectie|knock-out)eisen\b|"
                                r"\btoon\w*\s+(?:u\s+)?aan\s+dat\b|(?:aanmeld|inschrijvings?|aanvraag|offerte)formulier|"
                                r"eigen\s+verklaring|\buea\b|bewijsstuk|"
                                # "Met het indienen van de inschrijving verklaart de inschrijver dat hij hieraan voldoet"
                                r"\bverklaar\w*\b[^.;]{0,60}?\b(?:hier|daar)aan\s+voldoe", re.IGNORECASE)
# "Een aanvrager kan voor meer dan één thema een aanvraag indienen", "U mag ook samen aanvragen": a permission in the
# procedure of applying, where nothing limits it ("alleen", "niet", "geen", "uitsluitend"); not what the provider can do
# ("U kunt in alle vier de gemeenten cliëntondersteuning bieden")
ALLOWED = re.compile(r"^(?:(?:een|de|elke|iedere)\s+)?(?:aanvragers?|aanbieders?|inschrijvers?|u)\s+(?:kan|kunt|kunnen|mag|mogen)\b"
                     r"(?!.*\b(?:alleen|uitsluitend|niet|geen|slechts)\b)"
                     r"(?=.*\b(?:aanvra\w*|indien\w*|inschrij\w*|aanmeld\w*|zich\s+\w*\s*melden)\b)|"
                     # "Een aanvraag mag door meer organisaties samen worden gedaan", "Meerdere organisaties kunnen samen
                     # aanvragen; één van hen is dan penvoerder": applying together is allowed, no condition
                     r"^(?!.*\b(?:alleen|uitsluitend|niet|geen|slechts|moet|moeten)\b)(?=.*\b(?:kan|kunnen|mag|mogen)\b)"
                     r"(?=.*\bsamen\b)(?=.*\b(?:aanvra\w*|inschrij\w*|indien\w*|gedaan)\b)", re.IGNORECASE)
# "Een aanvraag kan worden ingediend door een rechtspersoon zonder winstoogmerk ...": who may apply, a condition
ELIGIBLE = re.compile(r"\b(?:kan|kunnen|mag|mogen)\s+(?:alleen\s+|uitsluitend\s+)?(?:worden\s+)?(?:ingediend|aangevraagd)\s+"
                      r"(?:worden\s+)?door\b", re.IGNORECASE)
# "U kunt een aanvraag indienen als:", "Je mag subsidie aanvragen als:", "U kunt een aanvraag indienen als u:": a lead-in to
# the conditions listed below it
ELIGIBLE_IF = re.compile(r"\b(?:kunt|kan|mag)\s+(?:alleen\s+)?(?:een\s+aanvraag|subsidie)\s+(?:indienen|aanvragen)\s+als"
                         r"(?:\s+(?:u|je|jullie))?\s*:\s*$",
                         re.IGNORECASE)
# "Subsidie kan alleen worden verstrekt aan een stichting ...", "... alleen verstrekt voor activiteiten die ...": only some
# may receive it, or only for some activities, a condition under any heading
ONLY_GRANTED_TO = re.compile(r"\b(?:kan|kunnen|wordt|worden)\s+(?:alleen|uitsluitend)\s+(?:worden\s+)?verstrekt\s+(?:aan|voor)\b|"
                             r"\bverstrek\w*\s+(?:\w+\s+){0,2}(?:alleen|uitsluitend)\s+(?:aan|voor)\b", re.IGNORECASE)
# A line numbered with a code, as a programme of requirements numbers them: "E4.1 – De opdrachtnemer ...", "W5.2 – ...",
# "T3: ...". The code's letters carry the kind the document gives them where they stand under a heading naming one.
CODE = re.compile(r"^\s*(?P<letters>[A-Z]{1,2})[ -]?\d{1,2}(?:\.\d{1,2})?\s*(?:[–—:.)-]\s*|\s)(?=[A-Z])")
# The requirements named as such: "eisen", "toelatingseisen", "wensen", "voorwaarden".
KIND_NOUN = re.compile(r"[\wÀ-ÿ-]*(?:eis|eisen|wens|wensen|voorwaarden)\b", re.IGNORECASE)
# A sentence announcing the items below it: "aan de volgende eisen", "aan alle onderstaande eisen", "twee wensen".
ANNOUNCES = re.compile(r"\b(?:de\s+volgende|onderstaande|hieronder\s+genoemde|hierna\s+genoemde|twee|drie|vier|vijf|zes|zeven|"
                       r"acht|negen|tien|\d{1,2})\s+(?:[\wÀ-ÿ-]+\s+)?[\wÀ-ÿ-]*(?:eisen|wensen|voorwaarden)\b", re.IGNORECASE)
# Handing in or signing the Eigen Verklaring or UEA is a formality of the procedure, no requirement.
FORMALITY = re.compile(r"\b(?:onderteken\w*|lever\w*|voeg\w*|stuur\w*|dien\w*)\b[^.]{0,40}?\b(?:eigen\s+verklaring|uea)\b",
                       re.IGNORECASE)
# A document handed in with the application or offer: the form, the Eigen Verklaring or UEA, the proofs, the plan.
# (a plan, budget or description only after "een": "De begroting is sluitend" is a condition)
FORM = r"(?:[\wÀ-ÿ-]*formulier|eigen\s+verklaring|uea\b|uniform\w*\s+europees\s+aanbestedingsdocument|bewijs(?:stuk|middel)\w*|uittreksel\w*|kopie\w*)"
PLAN = r"(?:activiteitenplan|plan\s+van\s+aanpak|begroting|dekkingsplan|beschrijving|toelichting)\b"
HANDED = r"(?:(?:ingevulde|ondertekende|volledig|gevraagde|digitale|korte|en)\s+)*"
# An item naming only a document to hand in ("het ingevulde aanmeldformulier (bijlage A)", "de bewijsstukken die bij de
# toelatingseisen worden gevraagd", "U levert een ingevulde en ondertekende Eigen Verklaring in") or how the requirements
# are proved ("De aanbieder toont aan dat hij aan de eisen voldoet met de Eigen Verklaring") is none; one stating a
# condition it proves ("U levert de ondertekende Eigen verklaring aan, waarin u verklaart dat geen van de
# uitsluitingsgronden op u van toepassing is") is a requirement (CONVENTIONS.md, "Documents to hand in").
DOCUMENT_ONLY = re.compile(rf"^\W*(?:(?:het|de|een|uw)\s+)?{HANDED}{FORM}|^\W*(?:een\s+)?{HANDED}{PLAN}", re.IGNORECASE)
PROVES_ONLY = re.compile(r"\btoon\w*\s+(?:[\wÀ-ÿ-]+\s+){0,3}?aan\s+dat\s+(?:hij|zij|u|ze)\s+aan\s+(?:de|alle|deze)\s+"
                         r"(?:[\wÀ-ÿ-]+\s+)?(?:eisen|voorwaarden)\b", re.IGNORECASE)
CONDITION_PROVED = re.compile(r"uitsluitingsgrond|\bwaarin\b|\baan\s+dat\s+(?!(?:hij|zij|u|ze)\s+aan\s+(?:de|alle|deze)\s+"
                              r"(?:[\wÀ-ÿ-]+\s+)?(?:eisen|voorwaarden)\b)", re.IGNORECASE)


def handed_in(text: str) -> bool:
    """True when an item names only a document to hand in or how the requirements are proved, no condition."""
    return bool(DOCUMENT_ONLY.match(text) or PROVES_ONLY.search(text) or FORMALITY.search(text)) and \
        not CONDITION_PROVED.search(text)


# A heading's own label before its title: "Artikel 5 Voorwaarden", "Hoofdstuk 3 Eisen", "§ 2".
HEADING_LABEL = re.compile(r"^\W*(?:(?:artikel|hoofdstuk|paragraaf|§)\s*)?[\dIVX]+(?:\.\d+)*[a-z]?\.?\s+", re.IGNORECASE)
REQUIREMENT_COLUMN = re.compile(r"^([\wÀ-ÿ-]*eis|[\wÀ-ÿ-]*eisen|wens|wensen|omschrijving|voorwaarde|criterium|requirement)\b",
                                re.IGNORECASE)
DEMANDED = re.compile(rf"\b(?:eisen|verlangen)\s+(?:wij|we)\s+(?:wel\s+|ook\s+)?dat\s+(?:u|de\s+{PROVIDER_NOUN})\b|"
                      # "De opdrachtnemer moet werken met de Verwijsindex": the provider obliged, in running text
                      r"^(?:de|het)\s+(?:opdrachtnemer|aanbieder|uitvoerder)\s+(?:moet|dient)\b", re.IGNORECASE)
# What the application or offer must be or hold is procedure, no requirement of the provider.
PROCEDURE = re.compile(r"\b(?:offerte|aanvraag|inschrijving|indien\w*|aanlever\w*|insturen|uploaden)\b", re.IGNORECASE)
# "Geschiktheidseis 1", "Eis 3", "Wens 2": a cell naming a requirement by kind and number
PROOF_COLUMN = re.compile(r"^\s*(bewijs\w*|aan\s+te\s+tonen|aantonen|hoe\s+aan\s+te\s+tonen|te\s+overleggen|in\s+te\s+dienen)",
                          re.IGNORECASE)
LABEL_CELL = re.compile(r"^\s*(?:[\wÀ-ÿ-]*eis|wens|voorwaarde|knock-?out)\s*\d{1,2}\s*$", re.IGNORECASE)
INLINE_LABEL = re.compile(r"^\s*(?:\(?\s*(?:minimum)?(eis|wens|knock-?out)\s*\d*\s*\)?\s*[:.–-])\s*", re.IGNORECASE)


@dataclass
class Requirement:
    """One requirement as the tender states it, its kind and the block it came from."""

    text: str
    kind: str = MINIMUM
    block: int | None = None
    proof: str = ""  # what the tender asks as proof ("Uittreksel KvK, niet ouder dan zes maanden"), from its table
    after_admission: bool = field(default=False, repr=False)  # an obligation once admitted, not for admission
    titled: bool = field(default=False, repr=False)  # under a list the tender titles minimum requirements itself

    def to_dict(self) -> dict:
        """Return the requirement as a plain dict."""
        data = asdict(self)
        del data["after_admission"], data["titled"]
        return data


def for_route(requirements: list[Requirement], route: str) -> list[Requirement]:
    """In an Open House every provider meeting the minimum requirements is admitted: they are admission requirements.
    In a tender a minimum requirement on past experience, registration, a quality mark held or insurance selects the
    provider: a suitability requirement, unless its list is titled minimum requirements. A subsidy's conditions are
    minimum requirements (benchmarks/goal_extraction/CONVENTIONS.md)."""
    if route == "subsidie":  # a subsidy has no suitability stage: who may apply is a condition like the others
        return [replace(r, kind=MINIMUM) if r.kind == SUITABILITY else r for r in requirements]
    if route != "open house":
        return [replace(r, kind=SUITABILITY) if r.kind == MINIMUM and not r.titled and
                (EXPERIENCE.search(r.text) or ORGANISATION.search(r.text)) else r for r in requirements]
    return [replace(r, kind=ADMISSION) if r.kind == MINIMUM and not r.after_admission else r for r in requirements]


def kind_of(text: str) -> str:
    """The requirement kind a heading or lead-in names, or ""."""
    if NOT_REQUIREMENTS.search(text):  # "Uitsluitingsgronden en geschiktheidseisen": the part that names a kind
        parts = [part for part in re.split(r"\s+en\s+|[,/&]", text) if not NOT_REQUIREMENTS.search(part)]
        return next((kind for part in parts if (kind := kind_of(part))), "") if len(parts) < len(re.split(r"\s+en\s+|[,/&]", text)) else ""
    text = HEADING_LABEL.sub("", text, count=1)
    if MIXED.search(text):  # "Geschiktheidseisen en minimumeisen": each item by what it asks (for_route)
        return MINIMUM
    return next((kind for kind, pattern in KIND_WORDS if pattern.search(text)), "")


def agreement_terms(blocks: list[Block]) -> set[int]:
    """The positions of the blocks under a heading on conditions ("Voorwaarden", "Overige voorwaarden") whose
    paragraphs name the general terms that apply to the agreement, and of the tables of prices and sections on payment
    (payment_terms.py): the contract's terms, no requirements."""
    terms: set[int] = payment_blocks(blocks)
    for index, block in enumerate(blocks):
        if block.kind != HEADING or not TERMS_HEADING.search(block.text):
            continue
        inside = [b for b in blocks[index + 1:] if b.section[:len(block.section)] == block.section]
        inside = inside[:next((i for i, b in enumerate(inside) if b.kind == HEADING and b.level <= block.level), len(inside))]
        # the terms named anywhere in its paragraphs, also after the invoicing or the term ("De opdrachtnemer factureert
        # per kwartaal. Op de overeenkomst zijn de Algemene Inkoopvoorwaarden ... van toepassing.")
        if any(b.kind == PARAGRAPH and AGREEMENT_TERMS.search(b.text) for b in inside):
            terms |= {b.position for b in inside}
    return terms


def extract_requirements(blocks: list[Block]) -> list[Requirement]:
    """Requirements from lists, tables and obligation sentences under a requirements heading or lead-in; none from the
    agreement's terms."""
    found, lead_kind, previous, label = [], "", None, ""
    code_kinds, unmarked, terms = _code_kinds(blocks), _unmarked_items(blocks), agreement_terms(blocks)
    for index, block in enumerate(blocks):
        if block.position in unmarked:  # an item that lost its bullet or number: read as the item it is
            block = replace(block, kind=LIST_ITEM)
        after_list = lead_kind if previous is not None and previous.kind in (LIST_ITEM, TABLE_ROW) \
            and lead_kind != CONTENTS_ASKED else ""
        first_row = _header_row(block, previous)
        lead_kind = _lead_kind(block, previous, blocks[index + 1] if index + 1 < len(blocks) else None, lead_kind)
        label = block.text if block.kind == HEADING or (block.kind == PARAGRAPH and kind_of(block.text)) else label
        previous = block
        if block.kind == HEADING or block.position in terms:
            continue
        kind = lead_kind if block.kind in (LIST_ITEM, TABLE_ROW) and lead_kind else _section_kind(block)
        kind = "" if kind == CONTENTS_ASKED else kind
        here = _coded(block, kind, code_kinds) or _labelled(block) or (_requirements_in(block, kind, blocks) if kind else [])
        here = (_requirements_in(first_row, kind, blocks) if first_row and kind else []) + here
        here = here or _after_list(block, after_list)
        here = [replace(r, titled=True) for r in here] if TITLED_MINIMUM.search(label) else here
        found += once_admitted(here, block)
        # who may apply, read again as a sentence of an item read whole already, is that item's requirement once
        eligible = [e for e in _eligibility(block) if not any(e.text in r.text for r in here)]
        found += eligible + _demanded(block, kind) + (_inline_items(block, kind) if not here else [])
        found += _wishes(block, kind or after_list)  # a paragraph right after a list of requirements may wish more
    return _unique(found)


UNMARKED_ITEM_WORDS = 60


def _unmarked_items(blocks: list[Block]) -> set[int]:
    """Paragraphs of one whole sentence each, two or more, right under a lead-in that ends in a colon and names a kind of
    requirement ("De dienstverlening voldoet aan de volgende minimumeisen:"): the items of a list printed without
    bullets or numbers (a two-column PDF)."""
    items: set[int] = set()
    for index, lead in enumerate(blocks):
        if lead.kind != PARAGRAPH or not lead.text.rstrip().endswith(":") or \
                _lead_kind(lead, blocks[index - 1] if index else None, None, "") in ("", CONTENTS_ASKED):
            continue
        run = []
        for block in blocks[index + 1:]:
            # a whole sentence each: a line cut off mid-item ("... eigen verklaring (Bijlage") ends the run
            if block.kind != PARAGRAPH or not block.text.rstrip().endswith((".", ";", "!", "?")) or \
                    len(split_sentences(block.text)) != 1 or len(block.text.split()) > UNMARKED_ITEM_WORDS:
                break
            run.append(block.position)
        items.update(run if len(run) >= 2 else [])
    return items


def _lead_kind(block: Block, previous: Block | None, following: Block | None, lead_kind: str) -> str:
    """The kind of the items below `block` as its heading or lead-in names it; the current `lead_kind` below a list."""
    if block.kind == LIST_ITEM and block.text.rstrip().endswith(":"):
        # a numbered lid announcing the lettered items below it: "1. Subsidie kan alleen worden aangevraagd door ... die:"
        return MINIMUM if ELIGIBLE.search(block.text) else kind_of(split_sentences(block.text)[-1]) or lead_kind
    if block.kind not in (HEADING, PARAGRAPH):
        return lead_kind
    titled = lead_kind if previous is not None and previous.kind in (HEADING, PARAGRAPH) and \
        block.kind == PARAGRAPH and block.text.rstrip().endswith(":") else ""
    kind = kind_of(split_sentences(block.text)[-1] if block.text.strip() else "") if _lead_in(block.text) else ""
    kind = kind or (MINIMUM if block.kind == HEADING and WHO_MAY_APPLY.search(block.text) else "")
    # "Subsidie kan uitsluitend worden aangevraagd door een rechtspersoon die:": its items are conditions
    kind = kind or (MINIMUM if block.text.rstrip().endswith(":") and (ELIGIBLE.search(block.text) or ELIGIBLE_IF.search(block.text))
                    else "")
    # "**Geschiktheidseisen**" then "Hij voldoet daarvoor aan de volgende eisen:": the title's kind holds
    kind = titled if titled and kind == MINIMUM and not SPECIFIC_MINIMUM.search(block.text) else kind
    kind = kind or _announcing(block, following)
    # "## 5 Geschiktheidseisen" then "De inschrijver voldoet aan de volgende eisen.": the heading's own kind holds
    kind = _heading_only_kind(block) or kind if kind == MINIMUM and block.kind == PARAGRAPH and \
        not SPECIFIC_MINIMUM.search(block.text) else kind
    return CONTENTS_ASKED if block.kind == PARAGRAPH and CONTENTS.search(block.text) else kind


def lead_kinds(blocks: list[Block]) -> dict[int, str]:
    """Per list item and table row (by position) the kind its lead-in or heading right above names, if any."""
    kinds, lead_kind, previous = {}, "", None
    for index, block in enumerate(blocks):
        lead_kind = _lead_kind(block, previous, blocks[index + 1] if index + 1 < len(blocks) else None, lead_kind)
        previous = block
        if block.kind in (LIST_ITEM, TABLE_ROW) and lead_kind:
            kinds[block.position] = lead_kind
    return kinds


def section_kind(block: Block) -> str:
    """The kind named by the innermost heading above the block that names one (see `kind_of`)."""
    return _section_kind(block)


def _announcing(block: Block, following: Block | None) -> str:
    """The kind a paragraph right above a list or table names ("Uw offerte moet aan de volgende eisen voldoen.",
    "Daarnaast hebben wij twee wensen."): the kind of the items below it, as a lead-in ending in a colon gives."""
    if block.kind != PARAGRAPH or following is None or following.kind not in (LIST_ITEM, TABLE_ROW):
        return ""
    return next((kind for sentence in split_sentences(block.text) if ANNOUNCES.search(sentence) and (kind := kind_of(sentence))), "")


def _code_kinds(blocks: list[Block]) -> dict[str, str]:
    """The kind each code letter stands for in this document: "E" where the "E4.1" lines stand under "Eisen", "W" under
    "Wensen"; a letter found under two kinds stands for none."""
    kinds: dict[str, set] = {}
    for block in blocks:
        match = CODE.match(block.text) if block.kind in (PARAGRAPH, LIST_ITEM) else None
        kind = _section_kind(block) if match else ""
        if kind:
            kinds.setdefault(match.group("letters"), set()).add(kind)
    return {letters: next(iter(found)) for letters, found in kinds.items() if len(found) == 1}


def _coded(block: Block, kind: str, code_kinds: dict[str, str]) -> list[Requirement]:
    """A line numbered with a code ("E6.1 – De opdrachtnemer heeft ..."), without its code: a requirement of the kind
    its letters stand for, else of its section's kind."""
    match = CODE.match(block.text) if block.kind in (PARAGRAPH, LIST_ITEM) else None
    kind = (code_kinds.get(match.group("letters")) or kind) if match else ""
    text = block.text[match.end():].strip() if kind else ""
    return [Requirement(text, kind, block.position)] if text and not FORMALITY.search(text) else []


def _inline_items(block: Block, kind: str) -> list[Requirement]:
    """A list run into one paragraph after its lead-in: "U kunt subsidie aanvragen als: u een stichting bent; uw
    activiteiten in Vlietmond plaatsvinden; ...": each item, of the kind the lead-in, heading or "Wie kan aanvragen"
    names."""
    lead, colon, rest = block.text.partition(":")
    items = [item.strip(" .;") for item in rest.split(";")] if colon and block.kind == PARAGRAPH else []
    if len(items) < 2 or len(lead.split()) > 15 or CONTENTS.search(lead + ":"):
        return []
    kind = kind_of(lead) or kind or (MINIMUM if any(WHO_MAY_APPLY.search(h) for h in block.section[-1:]) else "")
    return [Requirement(item, kind, block.position) for item in items if kind and len(item.split()) >= 3]


def _demanded(block: Block, kind: str) -> list[Requirement]:
    """A sentence demanding something of the provider outside a requirements section: "Wel eisen wij dat u werkt met
    methoden die ten minste als 'goed beschreven' zijn opgenomen ..."."""
    if block.kind != PARAGRAPH or kind:
        return []
    return [Requirement(s, MINIMUM, block.position) for s in split_sentences(block.text)
            if DEMANDED.search(s) and not PROCEDURE.search(s)]


def _header_row(block: Block, previous: Block | None) -> Block | None:
    """A table without a header row, read with its first row as header ("Geschiktheidseis 1 | U heeft ..."): that
    first row as a row of its own, at the table's first row."""
    if block.kind != TABLE_ROW or (previous is not None and previous.kind == TABLE_ROW and previous.header == block.header):
        return None
    if not (block.header and LABEL_CELL.match(block.header[0]) and any(len(h.split()) >= 6 for h in block.header)):
        return None
    return replace(block, cells=list(block.header), header=[])


def _after_list(block: Block, kind: str) -> list[Requirement]:
    """A paragraph right after a list of requirements that adds one with the provider as subject ("Verder vragen wij
    dat u deelneemt aan het wijknetwerk. U bent aangesloten bij het wijknetwerk ...")."""
    if block.kind != PARAGRAPH or not kind:
        return []
    return [Requirement(s, WISH if _wished(s) else kind, block.position) for s in _prose_requirements(split_sentences(block.text))
            if PROVIDER_SUBJECT.search(s)]


def _wishes(block: Block, kind: str) -> list[Requirement]:
    """Wishes written as sentences in a paragraph: in a requirements section, said not to be required, or anywhere
    when they ask the provider for something ("Wij waarderen het als u ook een avondspreekuur aanbiedt")."""
    if block.kind != PARAGRAPH:
        return []
    anywhere = not (kind or NOT_REQUIRED.search(block.text))
    # "...; dit is geen voorwaarde voor subsidie": the clause saying it is no requirement is no part of the wish
    return [Requirement(NOT_REQUIRED_CLAUSE.split(s)[0], WISH, block.position) for s in split_sentences(block.text)
            if _wished(s) and not (anywhere and not PROVIDER.search(s))]


def _lead_in(text: str) -> bool:
    """A line announcing a list: ending in a colon, or a short title line ("Toelatingseisen") in plain text."""
    text = text.rstrip()
    return text.endswith(":") or (len(text.split()) <= 6 and not text.endswith((".", ";", "?", "!")))


def _heading_only_kind(block: Block) -> str:
    """Suitability or admission when the innermost heading naming a kind names that one and no minimum requirements
    ("5 Geschiktheidseisen", not "Geschiktheidseisen en minimumeisen"), else ""."""
    heading = next((h for h in reversed(block.section) if kind_of(h) or NOT_REQUIREMENTS.search(h)), "")
    kind = kind_of(heading)
    minimum = dict(KIND_WORDS)[MINIMUM]
    return kind if kind in (SUITABILITY, ADMISSION) and not minimum.search(HEADING_LABEL.sub("", heading, count=1)) else ""


def _section_kind(block: Block) -> str:
    """The kind named by the innermost heading above the block that names one."""
    for heading in reversed(block.section):
        kind = kind_of(heading)
        if kind or NOT_REQUIREMENTS.search(heading):
            return kind
    return ""


def _requirements_in(block: Block, kind: str, blocks: list[Block]) -> list[Requirement]:
    if block.kind == LIST_ITEM:  # an item wishing among conditions ("Wij zien graag dat u ...") is a wish
        # an item announcing the items below it is none, nor is one that allows ("Een aanvrager kan voor meer dan
        # één thema een aanvraag indienen.")
        return [Requirement(block.text, WISH if _wished(block.text) else kind, block.position)] \
            if not block.text.rstrip().endswith(":") and not ALLOWED.search(block.text) and not handed_in(block.text) else []
    if block.kind == TABLE_ROW:
        if any(GOAL_COLUMN.search(header) for header in block.header):
            return []  # a row of a goal table ("Wat willen we bereiken? | Hoe meten we dat?") states a goal
        if [c.strip() for c in block.cells] == [h.strip() for h in block.header]:
            return []  # the header repeated where the table runs on to the next page
        text = _row_text(block)
        return [Requirement(text, _row_kind(block) or _column_kind(block) or kind, block.position, _row_proof(block))] \
            if text and not FORMALITY.search(text) else []
    sentences = split_sentences(block.text)
    if len(sentences) >= 2 and ANNOUNCED.search(sentences[0]) and not block.text.rstrip().endswith(":"):
        return [Requirement(s, kind, block.position) for s in sentences[1:]]  # "Verder stellen wij de volgende eisen. ..."
    if block.text.rstrip().endswith(":") or _has_items(block, blocks):
        return []
    return [Requirement(s, WISH if _wished(s) else kind, block.position) for s in _prose_requirements(sentences)
            if not ANNOUNCES_LIST.search(s)]


def _wished(text: str) -> bool:
    """A sentence or item that wishes rather than obliges ("Het heeft de voorkeur dat ..."), under any heading."""
    return bool(WISH_SENTENCE.search(text)) and not OBLIGATION.search(text) and not ANNOUNCES_LIST.search(text)


def _prose_requirements(sentences: list[str]) -> list[str]:
    """The sentences of a paragraph that oblige or state what the provider does or has; where the provider is the
    subject of one, a first sentence without it leads in ("Kwaliteit moet geborgd zijn.") and is none."""
    sentences = [s for s in sentences if not WRITING_INSTRUCTION.search(s)]
    if not sentences:
        return []
    kept = [s for s in sentences if (OBLIGATION.search(s) or PROVIDER_SUBJECT.search(s)) and not ABOUT_REQUIREMENTS.search(s)
            and not ALLOWED.search(s)]
    if any(PROVIDER_SUBJECT.search(s) for s in kept) and not PROVIDER_SUBJECT.search(sentences[0]):
        kept = [s for s in kept if s != sentences[0]]
    return kept if any(PROVIDER_SUBJECT.search(s) for s in kept) else \
        [s for s in sentences if OBLIGATION.search(s) and not ABOUT_REQUIREMENTS.search(s)]


def _eligibility(block: Block) -> list[Requirement]:
    """Who may apply, said in a paragraph or list item under a requirements or "Wie kan aanvragen" heading, or for what
    alone subsidy is granted, anywhere: a minimum condition."""
    if block.kind not in (PARAGRAPH, LIST_ITEM):
        return []
    sectioned = _section_kind(block) or any(WHO_MAY_APPLY.search(h) for h in block.section[-1:])
    return [Requirement(s, MINIMUM, block.position) for s in split_sentences(block.text)
            if (sectioned and ELIGIBLE.search(s) or ONLY_GRANTED_TO.search(s))
            and not ABOUT_REQUIREMENTS.search(s) and not s.rstrip().endswith(":")]


def _has_items(block: Block, blocks: list[Block]) -> bool:
    """True when the block's section also lists its requirements as items or rows."""
    return any(b.section == block.section and b.kind in (LIST_ITEM, TABLE_ROW) for b in blocks)


def _row_text(block: Block) -> str:
    """The cell under a column named for the requirement, else the row's longest cell."""
    named = [c for h, c in zip(block.header, block.cells) if REQUIREMENT_COLUMN.search(h) and len(c.split()) >= 3]
    cells = named or sorted((c for c in block.cells if len(c.split()) >= 3), key=len, reverse=True)
    return cells[0] if cells else ""


def _row_proof(block: Block) -> str:
    """The cell under a column for the proof asked ("Bewijs", "Bewijsstuk", "Aan te tonen met"), or ""."""
    return next((c.strip() for h, c in zip(block.header, block.cells) if PROOF_COLUMN.search(h) and c.strip()
                 and c.strip() not in ("-", "–")), "")


def _column_kind(block: Block) -> str:
    """The kind the requirement's column names when it names more than a requirement: "Toelatingseis", "Wens"."""
    kind = next((kind_of(h) for h in block.header if REQUIREMENT_COLUMN.search(h)), "")
    return kind if kind != MINIMUM else ""


def _row_kind(block: Block) -> str:
    """A row's own kind from a short cell such as "Eis", "Wens" or "Knock-out"."""
    short = " ".join(c for c in block.cells if len(c.split()) <= 2)
    return kind_of(short) if short else ""


def once_admitted(requirements: list[Requirement], block: Block) -> list[Requirement]:
    """The requirements found in the block, as obligations once admitted when it stands under a heading on what holds
    after admission: what holds "naast de toelatingseisen" is no admission requirement (CONVENTIONS.md)."""
    if not _after_admission(block):
        return requirements
    return [replace(r, after_admission=True, kind=MINIMUM if r.kind == ADMISSION else r.kind) for r in requirements]


def _after_admission(block: Block) -> bool:
    """A block under a heading on what holds once admitted ("Verplichtingen na toelating")."""
    return any(AFTER_ADMISSION.search(heading) for heading in block.section[-1:])


def _labelled(block: Block) -> list[Requirement]:
    """A line labelled as a requirement anywhere: "Eis 3: ...", "Wens: ...", or an item closed by "(eis)"."""
    if block.kind == TABLE_ROW:
        return []
    match, trailing = INLINE_LABEL.match(block.text), TRAILING_LABEL.search(block.text)
    if trailing and block.kind == LIST_ITEM:
        kind = WISH if trailing.group(1).lower() == "wens" else MINIMUM
        return [Requirement(block.text[:trailing.start()].strip(), kind, block.position)]
    if not match:
        return []
    kind = WISH if match.group(1).lower() == "wens" else MINIMUM
    return [Requirement(block.text[match.end():].strip(), kind, block.position)]


def _unique(found: list[Requirement]) -> list[Requirement]:
    seen, kept = set(), []
    for requirement in found:
        key = " ".join(requirement.text.lower().split())
        if key and key not in seen:
            seen.add(key)
            kept.append(requirement)
    return kept
