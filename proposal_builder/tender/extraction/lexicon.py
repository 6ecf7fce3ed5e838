"""Dutch cue words that tell goal text from administrative text: word classes, and cue families built from them.

Each word class is written once, as a tuple of regular-expression fragments (or a dict of singular to plural
forms); a cue family is one compiled pattern composed of classes and a few words of its own.
"""

import re


def _any(words) -> str:
    """A non-capturing group matching any of the words."""
    return "(?:" + "|".join(words) + ")"


def _words(*patterns: str) -> re.Pattern:
    return re.compile("|".join(patterns), re.IGNORECASE)


# ---- word classes -------------------------------------------------------------------------------------------

# People as the subject of a desired state, singular to plural ...
PERSONS = {
    "inwoner": "inwoners", "bewoner": "bewoners", "oudere": "ouderen", "jongere": "jongeren", "kind": "kinderen",
    "ouder": "ouders", "gezin": "gezinnen", "mantelzorger": "mantelzorgers", "deelnemer": "deelnemers",
    "cliënt": "cliënten", "huishouden": "huishoudens", "leerling": "leerlingen", "vrijwilliger": "vrijwilligers",
}
# ... and the groups, places and networks whose situation a goal may describe.
GROUPS = (
    "senioren", r"jeugd(igen)?", "mensen", "statushouders", "nieuwkomers", "buurten", "wijken", "organisaties",
    "professionals", "signalen", "werkzoekenden", "minima", r"\d\d-plussers", "iedereen", "niemand", r"netwerk\w*",
    "partners", "bezoekers", "alleenstaanden", "zorgvragers", "naasten", "buren",
)
EVERY = ("elke", "iedere", "ieder", "elk", "alle")
WE = ("we", "wij")
WANT = ("wil", "willen")
MUST = ("moet", "moeten")
EXPECT = ("verwachten", "vragen")
# The verbs with which a municipality states what it is after ("We willen ...", "We streven ...").
GOAL_VERBS = WANT + ("streven",) + EXPECT + ("hopen", r"gaan\s+voor")
FEEL = (r"voel(t|en)", r"ervar(en|t)")
# A desired development, singular to plural.
TRENDS = {"daalt": "dalen", "stijgt": "stijgen", r"neemt\s+(af|toe)": r"nemen\s+(af|toe)"}
FREQUENCY = ("jaarlijks", "wekelijks", "maandelijks")
PERIODS = ("week", "maand", "jaar", "kwartaal")
PLACES = ("wijk", "kern", "buurt", "dorp", "gemeente")
NUMBER_WORDS = ("een", "één", "twee", "drie", "vier", "vijf", "zes", "tien", "veertien")
TIME_UNITS = ("dagen", "dag", "weken", "week", "maand", "maanden")
AT_LEAST = ("minimaal", r"ten\s+minste")
# Who delivers: the contractor of an inkoop or a subsidie, and who bids for it.
CONTRACTORS = ("opdrachtnemer", "aanbieder")
PROVIDERS = CONTRACTORS + ("uitvoerder", "subsidieontvanger", "welzijnsorganisatie")
APPLICANTS = ("aanvrager", "inschrijver") + CONTRACTORS
# The words of assessing bids.
ASSESSMENT = ("criteri", r"\bweging", "gunning", r"beoorde?el")  # "weging", never "in beweging"
# What a provider must have or do besides the assignment.
DUTIES = ("verzeker", "factu", "persoonsgegevens", r"\bvog\b")
INTRO_WORDS = ("inleiding", "samenvatting", "voorwoord")

_PEOPLE = _any(list(PERSONS.values()) + list(GROUPS))
_TREND = _any(list(TRENDS) + list(TRENDS.values()))
_FREQUENT = rf"\b{_any(FREQUENCY)}\b"
_PER_PERIOD = rf"\bper\s+{_any(PERIODS)}\b"
_TIMES = r"\b\d+\s+(keer|maal)\b"
_MINIMUM = (r"\bminimaal\s+\d", r"\bten\s+minste\b")
_WHAT_WE_DO = rf"wat (gaan )?{_any(WE)} (daarvoor |ervoor |hiervoor )?doen"
# (not "wil een jongerenwerk dat ...": after "een" and its noun, "dat" starts a relative clause)
_WANT_THAT = rf"\b{_any(WANT)}\s+((?!een\b)\w+\s+){{0,3}}(graag\s+)?(dat|bereiken|realiseren|bewerkstelligen)\b"
_STRIVE = (rf"\bstreven\s+({_any(WE)}\s+)?(er\s*naar|ernaar|naar)\b", r"\bstreeft\s+(\w+\s+){0,3}(er\s*naar|ernaar|naar)\b")
_GOAL_IS = (r"\b(ons|het|een|hoofd)doel(stelling)?\s+is\b",
            r"\bdoel(stelling)?\s+is\s+(ook\s+|verder\s+|tevens\s+|daarnaast\s+)?(dat|om)\b")

PEOPLE = _words(rf"\b{_PEOPLE}\b")
# A person or group, singular too ("elke inwoner", "90 mantelzorgers"), as the subject of a clause.
PERSON = _words(rf"\b{_any(list(PERSONS) + list(PERSONS.values()) + list(GROUPS))}\b")
# People as the object of a claim about an activity ("Bewegen houdt ouderen zelfstandig"): a reason, not their state.
PEOPLE_AS_OBJECT = re.compile(rf"^(?!(de|het|een|dit|dat|deze|alle|meer|minder|elk|ieder)\b)\w+\s+\w+t\s+(de\s+|hun\s+|veel\s+)?{_PEOPLE}\b",
                              re.IGNORECASE)

# ---- headings ----------------------------------------------------------------------------------------------

# Headings of sections that never hold the tender's goals.
ADMIN_HEADING = _words(
    r"procedure", r"planning", r"tijdpad", r"tijdschema", r"termijnen", r"inlichting", r"\bvragen\s+(en|stellen|over)\b", r"^vragen$",
    *DUTIES, r"aansprakelijk", r"betaling", r"privacy", r"\bavg\b",
    r"gegevensbescherming", r"verwerkersovereenkomst", *ASSESSMENT, r"toetsing", r"(?<!programma van )(?<!prestatie-)(?<!prestatie )\beisen\b",
    r"geschiktheid", r"uitsluiting", r"selectie", r"minimumeis", r"kwaliteitseis", r"\bwensen\b",
    r"voorwaarden", r"contract", r"overeenkomst", r"looptijd", r"\bbudget",
    r"financiën|financiering|financieel kader|financiële (voorwaarden|paragraaf|aspecten|verantwoording|gegevens)",
    r"subsidieplafond", r"plafond", r"begroting", r"\bprijs", r"tarie", r"indien", r"inschrijving",
    r"\baanvraag\b", r"aanmeld", r"\bmeldt?\s+(?:u|je)\s+(?:zich|je)\s+aan\b",  # "Zo meldt u zich aan"
    r"bezwaar", r"klacht", r"bijlage", r"definities", r"begrippen", r"leeswijzer",
    r"verantwoording", r"rapportage", r"monitoring", r"verplichtingen", r"vormvereisten",
    r"inhoud van de (offerte|aanvraag|inschrijving)", r"opbouw van", r"communicatie", r"contactpersoon",
    r"algemene informatie", r"disclaimer", r"voorbehoud", r"integriteit", r"geheimhouding",
    r"informatiebijeenkomst", r"personeel", r"\bstaff\b", r"beëindiging", r"\bboete",
    # articles of a subsidieregeling and the cost part of a begroting programme
    r"weigering", r"begripsbepaling", r"inwerkingtreding", r"citeertitel", r"slotbepaling", r"overgangs",
    r"hardheid", r"intrekking", r"terugvordering", r"vaststelling", r"bevoorschotting", r"\bkosten\b",
    # chapters of an inkoopdocument around the assignment
    r"social\s+return", r"\bsroi\b", r"aanbestedingsdocument", r"\buea\b", r"\boverige\s+bepalingen\b", r"aanbestedende\s+dienst",
)
# Headings of context sections: facts and background, not goals.
CONTEXT_HEADING = _words(
    *INTRO_WORDS, r"aanleiding", r"achtergrond", r"\bcontext\b", r"cijfers", r"feiten",
    r"huidige situatie", r"\bsituatie\b", r"analyse", r"\bover (de|het|ons|onze)\b", r"doelgroep",
    r"wie zijn", r"historie", r"terugblik", r"evaluatie",
    # the explanatory notes to a regulation, and the policy it rests on: they restate its goals, they set none
    r"\btoelichting\b", r"artikelsgewijs", r"^\W*[\d.]*\s*beleidskader\s*$",
    rf"\bhoe\s+(volgen|meten|monitoren)\s+{_any(WE)}\b",  # the indicators that follow a goal up
)
# Headings of a section on how the goals are measured ("2.3 Indicatoren en streefwaarden", "Monitoring"): a heading
# naming one goal below it ("Doel 3") gives that goal's measure, not a goal of its own.
# ("3. Hoe wij de doelen volgen": a section on how the goals are followed is one on how they are measured)
MEASUREMENT_HEADING = _words(r"\bindicator", r"\bstreefwaarde", r"\bmonitor", r"\bmeten\b", r"\bmeting\b", r"\bkpi",
                             r"\b(doel\w*|voortgang|resultaten)\s+volgen\b")
# Context headings of an introduction, where a tender may state its purpose outright (not background facts).
INTRO_HEADING = _words(*INTRO_WORDS, r"^\W*[\d.]*\s*algemeen\s*$")
# Headings of sections that hold goals.
GOAL_HEADING = _words(
    r"\bdoel(?!groep)", r"doelstelling", r"ambitie", r"beoogd", r"\beffect", r"resultat",
    r"resultaat", r"bereiken", r"opgave", r"prestatie", r"outcome", r"\bimpact\b",
    r"gevraagde (activiteiten|inzet|prestaties|diensten|dienstverlening)", r"te leveren",
    rf"wat {_any(EXPECT + ('willen',))} {_any(WE)}", rf"wat {_any(WE)} (willen|verwachten)",
    _WHAT_WE_DO, r"(?<!niet )(?<!niet-)subsidiabele activiteit",
)
OUTPUT_WORDS = ("prestatie", "activiteit", "output")
OUTPUT_HEADING = _words(*OUTPUT_WORDS, r"resultat(en)? ?per jaar", r"dienstverlening", r"aanbod", r"\binzet\b", _WHAT_WE_DO)
# Labels that say the text after them is the goal itself ("Beoogd resultaat: ...", "Doel: ...").
# ... also a label that says what is wanted ("Wat we willen: ...", "Wat de gemeenten willen bereiken: ...")
GOAL_LABEL = _words(r"^(beoogd(e)?\s+)?(maatschappelijk(e)?\s+)?(resultaat|resultaten|effect|effecten|doel|doelstelling|outcome)$", r"^beoogd",
                    r"^wat\s+(\w+\s+){1,2}(willen|wil|beogen|beoogt)(\s+bereiken)?$")
GOAL_COLUMN = _words(r"^doel", r"\bgewenst(e)?\s+(resultaat|resultaten|effect|effecten|situatie|uitkomst)", r"doelstelling",
                     r"beoogd", r"effect", r"^resultaat", r"^resultaten", r"^opgave", r"ambitie",
                     r"^wat\s+(\w+\s+)?(willen|wil)\s+(\w+\s+){0,2}bereiken\b")  # "Wat willen we bereiken", "Wat we willen bereiken"
OUTPUT_COLUMN = _words(*OUTPUT_WORDS)

# ---- sentences ---------------------------------------------------------------------------------------------

# A sentence that states a goal wherever it stands (outside admin sections).
STRONG_GOAL = _words(
    _WANT_THAT, rf"\b{_any(WANT)}\b[^.]{{0,60}}\bbereiken\b", *_STRIVE,
    rf"\b{_any(MUST + ('zal', 'zullen'))}\b[^.]{{0,50}}\b(er\s*toe|ertoe)\s+leiden\b",
    rf"\b{_any(WE)}\s+verwachten\s+(\w+\s+){{0,2}}dat\b", rf"\bverwachten\s+{_any(WE)}\s+(\w+\s+){{0,2}}dat\b",
    *_GOAL_IS, r"\bambitie\s+is\b", r"\bbeoogd(e)?\s+(maatschappelijk(e)?\s+)?(effect|resultaat|resultaten)\b",
    rf"\b{_any(MUST)}\s+(uiteindelijk\s+)?leiden\s+tot\b", rf"\bwerken\s+{_any(WE)}\s+aan\b",
    r"\b(in|vóór|voor|uiterlijk in)\s+20\d\d\s+(is|zijn|heeft|hebben|voelt|voelen|wonen|doen)\b",
    r"\bgaan\s+voor\b", rf"\b{_any(WE)}\s+vragen\s+(\w+\s+){{0,3}}dat\b",
    r"\bvind\w*\s+(\w+\s+){0,2}het\s+(belangrijk|van\s+belang|essentieel|wenselijk)\s+dat\b",
    # what must come true for every member of a group ("Daarnaast moet elke oudere die ... een uitnodiging krijgen")
    rf"\b{_any(MUST)}\s+{_any(EVERY)}\s+{_any(PERSONS)}(s|en|eren)?\b",
    rf"\b{_any(WE + ('ik',))}\s+hopen\s+(\w+\s+){{0,2}}dat\b", r"\b(is\s+het|het\s+is)\s+de\s+bedoeling\s+dat\b",
    r"\bde\s+bedoeling\s+is\s+dat\b",
    # "Het maatschappelijk effect dat wij nastreven, is dat ...", "Wat wij beogen, is dat ..."
    r"\b(nastreven|nastreeft|beogen|beoogt)\s*,?\s+is\s+dat\b",
)
# The part of STRONG_GOAL that still states a goal inside a context section ("Met Open House willen de gemeenten dat ...").
POLICY_GOAL = _words(_WANT_THAT, *_STRIVE, *_GOAL_IS)
# A sentence announcing the goal the next one states: "Het college stelt voor dit thema één doel.", "De gemeente wil
# daarom dat het volgende gebeurt.", "Ons tweede doel gaat over snelheid."
ANNOUNCES_GOAL = re.compile(r"(?:\b(?:één|een)\s+doel(?:stelling)?|\bhet\s+volgende\s+(?:gebeurt|bereikt|bereiken)|"
                           r"\b(?:ons|onze|het)\s+(?:eerste|tweede|derde|vierde|volgende)\s+doel(?:stelling)?\s+gaat\s+over\s+"
                           r"[\wÀ-ÿ-]+)\s*\.$", re.IGNORECASE)
# What an ambition means, spelled out under it ("Dat betekent dat inwoners ..."): a goal in a goal section.
GOAL_EXPLANATION = _words(
    r"^(dat|dit)\s+betekent\s+(ook\s+|onder\s+meer\s+|concreet\s+|vooral\s+)?dat\b",
    r"^(dat|dit)\s+(wil\s+zeggen|houdt\s+in)\s+dat\b", r"^concreet\s+betekent\s+dit\s+dat\b",
)
# An effort followed by the effect it serves ("We versterken de ontmoeting, zodat inwoners ..."): the clause after it.
PURPOSE_CLAUSE = re.compile(r",?\s+\b(zodat|opdat|met\s+als\s+(doel|resultaat)\s+dat)\b\s+(?P<clause>.+)$", re.IGNORECASE)
# A question to the applicant about reaching a state of people ("Hoe zorgt u ervoor dat jongeren ...?"): the state is a goal.
GOAL_QUESTION = _words(
    r"^(hoe|op\s+welke\s+(manier|wijze)|waarmee|wat\s+doet\s+u)\b[^?]*\b(ervoor|er\s+voor|eraan|er\s+aan|bereikt\s+u)\b[^?]*?\bdat\b[^?]+\?$",
)
# The municipality's own measures in a programme ("We vereenvoudigen de aanvraag ..."): goals only when counted.
OWN_MEASURE = _words(rf"^{_any(WE)}\s+(?!{_any(GOAL_VERBS)})\w+\b")
COUNTED = _words(*_MINIMUM, _FREQUENT, _PER_PERIOD, _TIMES, rf"\bin\s+{_any(EVERY)}\s+{_any(PLACES)}\b")
# An expectation of the provider: a goal unless what is expected is a requirement (a protocol, a certificate).
EXPECTATION = _words(rf"\b{_any(WE)}\s+{_any(EXPECT)}\b", rf"\bverwachten\s+{_any(WE)}\b")
# Facts and trends, as in a context paragraph: never goals unless a strong goal phrase says so.
CONTEXT_FACT = _words(
    r"\bsteeds\s+(meer|minder|vaker)\b", r"\b(is|zijn)\s+(toe|af)genomen\b", r"\bsinds\s+(19|20)\d\d\b", r"\bblijkt\b",
    r"\b(uit|volgens)\s+de\s+[\w ]{0,30}monitor\b",
    r"\b(telt|tellen)\s+(ruim\s+|bijna\s+|circa\s+|ongeveer\s+)?\d",  # "Veenhoven telt 2.140 huishoudens ..."
    # the situation now ("is tot nu toe versnipperd", "is er geen aanbod meer") and how a text is built ("kent twee thema's")
    r"\btot\s+(nu|op\s+heden)\s+toe\b", r"\bgeen\s+([\w-]+\s+){0,2}meer\b", rf"\bkent\s+({_any(NUMBER_WORDS)}|\d+)\s",
)
# The provider as the subject: in a goal section its counted activities are outputs.
PROVIDER_SUBJECT = _words(rf"^(de|een)\s+{_any(PROVIDERS)}s?\b")
# ... and with the applicant as subject, a counted or regular delivery is a goal though "aanvrager" sounds like paperwork.
APPLICANT_DELIVERY = _words(rf"^(de\s+)?{_any(APPLICANTS)}s?\s+\w+\s+[^.]*{_any(_MINIMUM + (_PER_PERIOD, _FREQUENT))}")
# Sentences about the document, the procedure or the bidder's paperwork: never goals.
META = _words(
    r"\b(deze|dit|de)\s+(leidraad|uitvraag|document|aanbesteding|procedure|tender|regeling|paragraaf|hoofdstuk|tabel)\b",
    r"\binschrijv", r"\baanvrager", r"\baanvraag\b", r"\boffert", r"\bgegund\b", *(rf"\b{word}" for word in ASSESSMENT),
    r"\bhieronder\b", r"\bhierna\b", r"\bonderstaande\b", r"\bvolgende\b", r"\bbijlage\b", rf"\bbeschrijven\s+{_any(WE)}\b",
    r"\b(geeft|geven)\b[^.]{0,40}\baan\s+(wat|welke)\b",  # "Per thema geeft de gemeente aan wat zij wil bereiken"
    # what is to be reached, named but not stated ("... vastgesteld wat de gemeente wil bereiken", "twee dingen bereiken")
    rf"\S\s+(wat|welke)\s+(\w+\s+){{0,8}}{_any(WANT)}\s+(\w+\s+){{0,4}}bereiken\b",  # inside a sentence, not the question
    rf"\b({_any(NUMBER_WORDS[1:])}|een\s+aantal)\s+(dingen|doelen|zaken|resultaten)\s+(\w+\s+)?bereiken\b",
    r"\b(dit|deze)\s+percee?l(en)?\b",  # what a lot covers ("Onder dit perceel vallen ...")
    r"\b(staat|staan|is|zijn|wordt|worden)\s+beschreven\b", r"\bvan\s+toepassing\b", r"\b(deze|die)\s+artikelen\b",
    r"\bu\s", r"\buw\b", r"\bbeschrijf", r"\blicht\b[^.]{0,40}\btoe\b", r"\bgeef\b", r"\bpunten\b", r"\bscore",
    # a sentence about the goals themselves ("Deze ambities zijn richtinggevend")
    r"^(deze|die|bovenstaande|genoemde)\s+(ambities?|doelen|doelstellingen|opgaven|resultaten|effecten)\b",
    # the terms on which a regulation grants its subsidy ("Subsidie wordt alleen verstrekt voor ...", "Het college kan
    # subsidie verstrekken voor ...", "Het college verstrekt subsidie voor activiteiten die ...", "Activiteiten die ...
    # komen niet voor subsidie in aanmerking"): its rules, not what the activities must bring about
    r"^(geen\s+)?subsidie\s+(wordt|kan\s+worden)\s+(\w+\s+){0,2}(verstrekt|verleend)\b",
    r"\b(kan|kunnen)\s+(\w+\s+){0,2}subsidie\s+(verstrekken|verlenen)\b",
    r"\b(verstrekt|verleent|verstrekken|verlenen)\s+(\w+\s+){0,2}subsidie\b",
    r"\b(komt|komen)\s+(\w+\s+){0,4}in\s+aanmerking\b",
    # the money available ("Voor 2028 is in totaal € 315.000 beschikbaar")
    r"€\s*\d.{0,60}?\b(beschikbaar|budget|plafond|subsidieplafond)\b", r"\b(budget|plafond)\w*\b.{0,60}?€\s*\d",
)
# A line that names how a goal is measured ("Indicator: aandeel ...", "Nulmeting 2024: 12%", "Streefwaarde: 10% in 2030"):
# it belongs to the goal above it (its indicator or target), never a goal itself.
MEASURE_LABELS = ("indicator(?:en)?", "streefwaarde", "doelwaarde", "nulmeting", "basiswaarde", "uitgangswaarde", "bron",
                  "meetinstrument", "meetmoment", "peildatum", "peiljaar", "norm")
# ... also a label that says it measures ("Meten we met: ...", "Gemeten via: ...", "Zo volgen we het: ...") or names the indicator outright
# ("Indicator is het aandeel ...")
MEASURING_LABEL = (r"(?:(?:\w+\s+){0,2}?(?:meten|meet|gemeten|meetbaar|te\s+meten)\b[^:.;]{0,30}:|"
                   r"(?:zo\s+)?volg(?:en|t)\s+(?:we|wij|de\s+gemeenten?|het\s+college)\s+(?:het|dit|dat)\s*:)")
# The label may also open a sentence ("De streefwaarde voor 2030 is 85%; op 1 januari 2025 was dat 71%.").
MEASURE_STATED = rf"(?:de\s+|het\s+)?{_any(MEASURE_LABELS)}\b[^:.;]{{0,30}}?\s(?:is|was|ligt|lag|bedraagt|bedroeg)\s"
MEASUREMENT_LINE = re.compile(rf"^(?:{_any(MEASURE_LABELS)}\b[^:.;]{{0,30}}:|{MEASURING_LABEL}|{MEASURE_STATED}|indicator(?:en)?\s+(?:is|zijn)\b)",
                              re.IGNORECASE)
# ... and the same labels in a bracket behind a goal ("... ondernemen (indicator: ...; streefwaarde: 90)."): not the goal.
MEASUREMENT_BRACKET = re.compile(rf"\s*\(\s*{_any(MEASURE_LABELS)}\b[^()]*\)\s*[.;]?\s*$", re.IGNORECASE)
# A later sentence of a paragraph that sets the norm for how the goal before it is measured ("Het aandeel ... moet dalen
# van 13 naar 10 procent", "Dat aantal moet stijgen naar ...", "Wij meten dit aan ..."): that goal's indicator and target.
MEASURE_OF_GOAL = _words(
    rf"^(het|dat|dit|deze|de)\s+(aandeel|aantal|percentage|cijfer|score)\b[^.]*\b{_any(MUST + ('zal', 'zullen'))}\b",
    rf"^{_any(WE)}\s+(meten|volgen|tellen)\s+(dit|dat|daarvoor|hiervoor)\b",
    r"^(\w+\s+){0,2}(meet|meten|volgt|volgen)\s+de\s+voortgang\b",  # "Het college meet de voortgang op het doel onder a ..."
    # ... or by what it is measured or followed ("Het college meet het bereik van de cursussen aan het aantal ouders dat
    # ...", "Het college volgt de doelen met de Monitor Sociaal Domein")
    r"^(\w+\s+){0,2}(meet|meten|volgt|volgen)\s+(de|het|deze|die)\s+[^.;:]{0,60}?\b(aan|met|via)\s+(de|het|een)\b",
    # ... or gives only its figure ("Wij streven naar 30 procent in 2030.", "In 2029 willen wij dat het er 400 zijn.")
    rf"^{_any(WE)}\s+streven\s+naar\s+(\w+\s+){{0,2}}\d", r"\bdat\s+het\s+er\s+(\w+\s+){0,2}\d",
    # ... or only the figure it moves to ("Het aandeel ... stijgt naar ten minste 70% in 2029."); a change from a
    # baseline ("daalt van 310 in 2026 naar 220") may be a goal of its own
    rf"^(het|dat|dit|deze|de)\s+(aandeel|aantal|percentage|cijfer|score)\b[^.]*\b{_TREND}\s+naar\b",
    # ... or names one goal and says how it is measured ("Voor het eerste resultaat kijken wij naar het aandeel ...",
    # "Voor Meedoen hanteren wij als maat ...", "Voor het derde resultaat is de indicator ...", "... geen cijfer opgenomen")
    rf"^voor\s+[^.;:,]{{1,40}}?\s+\w+\s+{_any(WE)}\s+[^.;]{{0,30}}\b(naar\s+het\s+(aandeel|aantal|percentage)|als\s+"
    rf"(maat|indicator)|geen\s+(cijfer|streefwaarde|indicator|norm))\b",
    r"^voor\s+[^.;:,]{1,40}?\s+(is|zijn)\s+de\s+(indicator|maat|streefwaarde)\b",
)
# A sentence about goals stated before it rather than one of its own: it points at one by its number or place ("Bij
# resultaat 3 denken wij aan ...", "Wij volgen het derde resultaat aan ...") or refers back to them ("Dit aantal geldt voor
# de twee gemeenten samen", "De gemeenten beseffen dat deze resultaten niet alleen van ... afhangen").
_GOAL_NOUN = r"(doel(stelling)?|resultaat|effect|prestatie)"
_ORDINAL = r"(eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|laatste)"
ABOUT_GOALS_BEFORE = _words(
    rf"^(bij|voor)\s+(het\s+)?{_GOAL_NOUN}\s+(\d{{1,2}}|[a-h]\)?|[A-Z]\d{{1,2}})(?=[\s,:])",
    rf"\b(het|de)\s+{_ORDINAL}\s+{_GOAL_NOUN}\b",
    r"^(dit|dat|deze|die)\s+(aantal|percentage|aandeel|cijfer|streefwaarde|indicator(en)?|doel(en|stelling(en)?)?|"
    r"resulta(at|ten)|effect(en)?)\b",
    r"\b(deze|die|bovenstaande|genoemde)\s+(doelen|doelstellingen|resultaten|effecten)\s+(niet|alleen|zijn\s+bedoeld|"
    r"hangen|afhangen|gelden)\b",
)
# A paragraph that opens on how the goal before it is measured, pointing back at it ("Wij meten dit aan ...", "Dat meten
# wij aan ...", "Het college meet dit aan ..."), or on the figure it is after ("Het gaat ons om ten minste 1.000 ..."):
# the goal's indicator and target, never a goal of its own.
MEASURES_ABOVE = _words(
    # (not "deze resultaten": all; "het" only before a colon: "Zo volgen we het: het aantal ...", not "volgen het onderwijs")
    r"^(\w+\s+){0,2}(meet|meten|volgt|volgen|telt|tellen|monitort|monitoren)\s+(\w+\s+)?(dit|dat|hiervoor|daarvoor|het(?=\s*:))\b",
    r"^(\w+\s+){0,2}(meet|meten|volgt|volgen)\s+de\s+voortgang\b",
    r"^(dit|dat)\s+(meet|meten|volgt|volgen|telt|tellen|monitort|monitoren)\s+(we|wij|de\s+gemeente|het\s+college)\b",
    r"^het\s+gaat\s+(ons|de\s+gemeente(n)?|het\s+college)\s+(\w+\s+){0,2}om\s+(ten\s+minste\s+|minimaal\s+|ruim\s+)?\d",
    r"^de\s+indicator(en)?\s+(is|zijn|wordt|worden)\b",  # "De indicator is het aandeel jongeren dat ..."
    r"^(hiervoor|daarvoor|hierbij|daarbij)\s+(kijken|meten|volgen|tellen|gebruiken|hanteren)\s+(we|wij)\b",
    # "Voor resultaat a) tellen wij ...", "Bij doel 2 kijken we naar ...": one goal by its number or letter, then how
    r"^(bij|voor)\s+(het\s+)?(doel(stelling)?|resultaat|effect)\s+(\d{1,2}|[a-h])\b\)?,?\s+"
    r"(kijken|meten|volgen|tellen|gebruiken|hanteren)\s+(we|wij)\b",
    # "Voor dit doel stellen wij de indicator en de streefwaarde in 2028 vast": the goal pointed at, then its measure
    r"^(bij|voor)\s+(dit|dat|deze|het\s+\w+)\s+(doel(stelling)?|resultaat|effect)\b[^.;:]{0,40}?\b(de|een|het|geen)\s+"
    r"(indicator(en)?|streefwaarden?|nulmeting|norm|meting)\b",
)
# A forecast ("in 2035 is dat naar verwachting 13%"): a context figure, though it names a future year.
FORECAST = _words(r"\bnaar\s+verwachting\b", r"\bprognose")
# ... and a figure of a past year, in the past tense ("In 2024 woonde 88% van de 75-plussers zelfstandig"): a baseline
PAST_TENSE = r"(?:was|waren|had|hadden|lag|lagen|kreeg|kregen|deed|deden|bleek|nam|namen|ging|gingen|zat|zaten|stond|stonden|" \
             r"\w{3,}(?:de|te|den|ten))"
BASELINE = _words(rf"^(in|eind|begin|medio)\s+(19|20)\d\d\s+{PAST_TENSE}\b")
# What a part of the assignment consists of ("Perceel 1 omvat het ambulante jongerenwerk ...", "Het aanbod bestaat uit twee
# thema's.", "De opdracht valt onder ..."): its scope or make-up, not what it must bring about.
SCOPE = _words(r"^((de|het|dit|deze|elk|ieder)\s+)?(opdracht|deelopdracht|percee?l(en)?|kavel|aanbod|regeling|subsidieregeling|"
               r"onderdeel|raamovereenkomst|open\s+house|dienstverlening)\b[^.;:]{0,50}?\s(omvat|omvatten|bestaat|bestaan|"
               r"betreft|betreffen|kent|kennen|valt|vallen|bevat|bevatten|(is|zijn|wordt|worden)\s+(op)?verdeeld)\b")
# A sentence that says the one before it is no goal ("..., maar neemt haar niet als eigen doel over", "Het zijn geen doelen").
DISOWNS = _words(r"\bgeen\s+(eigen\s+)?doel(en|stelling|stellingen)?\b", r"\bniet\s+als\s+(eigen\s+)?doel(stelling)?\b")
# Requirements on the provider (eisen), as opposed to what must be achieved or delivered.
REQUIREMENT = _words(
    r"\b(beschikt|beschikken)\s+over\b", r"\bverklaring omtrent het gedrag\b", *(rf"\b{word}" for word in DUTIES),
    r"\bhbo\b|\bmbo\b", r"\b(afgeronde|gelijkwaardige|vergelijkbare)\s+(\w+\s+)?opleiding",  # (not "krijgen een opleiding")
    r"\bbereikbaar\b", r"\bkeurmerk\b", r"\bcertifica",
    r"\bisO\b|\bhkz\b", r"\bmoet\s+voldoen\b", r"\bvoldoet\s+aan\b", r"\bneemt\s+deel\s+aan\s+(het|de)\s+\w*overleg",
    r"\b(is|zijn)\s+ingeschreven\b", r"\bwerkt\s+met\s+(medewerkers|professionals)\b", r"\bwet(geving)?\b",
    r"\bervaring\b", r"\breferentie", r"(?<!zich )\bmeldt\b", r"\bmeldcode\b", r"\bprotocol", r"\brapporte(ert|ren)\b",
    r"\blevert\b[^.]{0,40}(verslag|rapport)",
)
# A delivery obligation ("in ieder geval", "ten minste") that makes a plain sentence in the assignment an output goal.
IN_ANY_CASE = rf"\bin\s+{_any(EVERY)}\s+geval\b"
OBLIGATION = _words(IN_ANY_CASE, r"\bzorgt\s+(er\s*)?voor\s+dat\b", r"\bdraagt\s+(er\s+)?zorg\s+voor\b",
                    rf"\b{_any(AT_LEAST + ('minstens',))}\b")

# What is asked of the provider ("Wat verwachten we van de aanbieder"): a label over its duties, not over goals.
ASKED_OF_PROVIDER = _words(rf"\bvan\s+(de\s+|een\s+)?{_any(PROVIDERS)}s?\b", r"\bvan\s+(u|jullie)\b")
NAMES_GOALS = _words(r"\bdoel(?!groep)", r"\bresultat", r"\bresultaat", r"\beffect", r"\bbereiken\b")
# Lead-in paragraphs that introduce a list of goals or of required deliverables.
GOAL_LEAD_IN = _words(
    r"\bdoel(?!groep)", r"\bresultat", r"\bresultaat", r"\beffect", r"\bbereiken\b", r"\bbeoogd", r"\bstreven",
    r"\bambitie", r"\bprestaties\b", r"\bverwachten\b", rf"\bvragen\s+{_any(WE)}\b", r"\bdraagt\s+bij\b",
    rf"\b{_any(WANT)}\b", r"\bopgave", IN_ANY_CASE, r"\bminimaal\b", r"\blevert\b",

)
# A lead-in naming what the listed items bring about ("De subsidie wordt verstrekt voor activiteiten die eraan bijdragen
# dat:", "De activiteiten dragen bij aan:"): its items are goals, though it names what is funded
CONTRIBUTES_LEAD_IN = _words(r"\bbij(dragen|draagt)\b", r"\bbij\s+te\s+dragen\b", r"\bdra(gen|agt)\s+(\w+\s+)?bij\b")
NON_GOAL_LEAD_IN = _words(
    r"\beisen\b", r"\bvoorwaarde", r"\bvoldoen\b", r"\bbevat\b", r"\bvoeg\w*\b", r"\bmeesturen\b",
    r"\bbijlagen\b", r"\bdocumenten\b", r"\bcriteri", r"\bbeoorde?el", r"\bpunten\b",
    r"\bbestaat uit\b", r"\bdoelgroep", r"\bzoals\b", r"\bbijvoorbeeld\b", r"\bpartners\b",
    r"\bsamenwerk", r"\bdefinitie", r"\bverstaan\b", r"\bbegrippen\b",
    r"\bweiger", r"\b(als|indien|wanneer|mits|tenzij)\s*:\s*$",  # conditions, as in "weigert de subsidie als:"
    r"\bverplicht\w*\s+zich\b",  # obligations ("Een toegelaten aanbieder verplicht zich:")
    # what is bought or funded, item by item ("Subsidie kan worden verstrekt voor:", "De opdracht omvat:", "Wat wij inkopen:")
    r"\b(verstrekt|verleend)\s+voor\b", r"\bomvat(ten)?\b", r"\binkopen\b|\bingekocht\b|\binkoopt\b",
)

# Words that show a desired state of people (an effect) ...
EFFECT = _words(
    rf"\b{FEEL[0]}\b", rf"\b{FEEL[1]}\b", r"\bweten\b|\bweet\b", r"\bkenn?(en|t)\b", r"\bminder\b",
    r"\bmeer\b", r"\bbeter\b", r"\blanger\b", r"\bzelfstandig", r"\bzelfredza", r"\bdoe[tn]\s+mee\b",
    r"\bnem(en|t)\s+(actief\s+)?deel\b", rf"\b{_TREND}\b",
    r"\bvoorkomen\b", r"\bgezien\b", r"\bveilig", r"\btoegerust\b", r"\b(over)?belast\b", r"\bgesteund\b",
    r"\bhoud(en|t)\b[^.]{0,40}\bvol\b",
    r"\b(zijn|is)\s+(minder|meer|beter|eerder)\b", r"\btoegankelijk\b", r"\bvertrouwen\b", r"\bgezond",
    r"\bkrijgen\s+(een\s+)?kans", r"\bkunnen\b", r"\bregie\b", r"\bopgemerkt\b", r"\bvol\.?$|\bvolhouden\b",
    r"\belkaar\b", r"\b(herkend|gesignaleerd)\b", r"\bin\s+beeld\b",
    r"\bin\s+staat\b", r"\bmee\s+te\s+doen\b|\bmeedoen\b", r"\bvaker\b", r"\beigen\s+kracht\b",
    # a state regained: "hebben weer een plek op school", "kunnen weer zelf verder", "doen weer mee"
    r"\b(?:hebben|heeft|zijn|is|kunnen|kan|doen|doet|gaan|gaat|staan|staat|vinden|vindt)\s+weer\b",
)
# ... and words that show delivered activities or counts (an output).
OUTPUT = _words(
    rf"\b{_any(AT_LEAST)}\s+(\d|{_any(NUMBER_WORDS)})", _TIMES, rf"\bper\s+{_any(PERIODS + PLACES)}\b", _FREQUENT,
    r"\borganiseert\b|\borganiseren\b", r"\bbiedt\b|\bbieden\b", r"\bverzorgt\b", r"\bzet\b[^.]{0,30}\bin\b",
    # nouns without a leading \b: Dutch compounds ("ontmoetingsactiviteit", "inloopspreekuur") count too
    r"activiteit", r"bijeenkomst", r"huisbezoek", r"training", r"cursus", r"spreekuur",
    r"workshop", r"\bbereik\b|\bbereikt\b", r"\bdeelnemers\b", r"\baanbod\b", r"steunpunt\b",
    r"centrale\b", r"loket\b", r"\bdeskundigheidsbevordering\b", r"\bontvangen\b", r"\bwordt\s+\w+\s*georganiseerd",
    r"^er\s+(is|zijn)\b", r"\bgeopend\b", r"\baanwezig\b", r"\bverwijz\w*\b[^.]{0,60}\bdoor\b|\bdoorverw(ijz|ez)",
    r"\b(worden|wordt)\b[^.]{0,60}\b(bereikt|gezien|ondersteund|gesproken|begeleid|bezocht|geholpen|opgepakt|opgevangen|benaderd)\b",
    # a provider's activity named as a verb noun ("het tijdig signaleren van inwoners die ...")
    r"^het\s+(\w+\s+)?(signaleren|organiseren|aanbieden|begeleiden|ondersteunen|toeleiden|doorverwijzen|bereiken|werven)\s+van\b",
    # a response time ("neemt binnen drie werkdagen contact op")
    rf"\bbinnen\s+(\d+|{_any(NUMBER_WORDS)})\s+(werk)?{_any(TIME_UNITS)}\b",
)
# A sentence ending in a trend verb states a desired development ("Het aantal huisuitzettingen daalt."), people or not.
TREND_STATEMENT = _words(rf"\b{_any([_TREND, 'vermindert', 'verminderen', 'halveert'])}\s*[.!]?$")
# An indicator named as a bare noun phrase ("Aantal unieke deelnemers ...", "Aandeel inwoners dat ..."), as a KPI
# table's row reads once its cells are flattened into a line: what is measured, not a goal.
INDICATOR = _words(r"^(aantal|aandeel|percentage|score|mate\s+waarin|gemiddeld(e)?)\b")
MAIN_VERB = _words(rf"\b(is|zijn|wordt|worden|stijgt|stijgen|daalt|dalen|neemt|nemen|groeit|groeien|blijft|blijven|{_any(MUST)})\b")
# Parts of a goal that do not say which state is desired: the indicator in brackets ("(aantal ..., streefwaarde 15)")
# and a relative clause naming the group ("elke oudere die zich eenzaam voelt").
NOT_THE_STATE = _words(r"\([^()]{3,}\)", rf"\bdie\s+zich\s+(\w+\s+){{0,2}}{FEEL[0]}\b")
# People reached, seen or helped sooner than now ("Inwoners met betalingsachterstanden worden eerder bereikt."): a desired
# state of theirs, though the gold sets disagree on its kind (effect or output), so it counts for neither.
SOONER = _words(r"\b(worden|wordt)\s+eerder\b")
EFFECT_PRIORITY = _words(*(rf"\b{verb}\b" for verb in FEEL), rf"\b{_any(TRENDS)}\b")
