"""Dutch cue phrases that tell goal text from administrative text."""

import re


def _words(*patterns: str) -> re.Pattern:
    return re.compile("|".join(patterns), re.IGNORECASE)


# Headings of sections that never hold the tender's goals.
ADMIN_HEADING = _words(
    r"procedure", r"planning", r"tijdpad", r"tijdschema", r"termijnen", r"inlichting", r"\bvragen\s+(en|stellen|over)\b", r"^vragen$",
    r"verzekering", r"aansprakelijk", r"factur", r"betaling", r"privacy", r"\bavg\b",
    r"gegevensbescherming", r"persoonsgegevens", r"verwerkersovereenkomst", r"gunning",
    r"beoordeling", r"criteri", r"toetsing", r"weging", r"(?<!programma van )(?<!prestatie-)(?<!prestatie )\beisen\b",
    r"geschiktheid", r"uitsluiting", r"selectie", r"minimumeis", r"kwaliteitseis", r"\bwensen\b",
    r"voorwaarden", r"contract", r"overeenkomst", r"looptijd", r"\bbudget",
    r"financiën|financiering|financieel kader|financiële (voorwaarden|paragraaf|aspecten|verantwoording|gegevens)",
    r"subsidieplafond", r"plafond", r"begroting", r"\bprijs", r"tarie", r"indien", r"inschrijving",
    r"\baanvraag\b", r"bezwaar", r"klacht", r"bijlage", r"definities", r"begrippen", r"leeswijzer",
    r"verantwoording", r"rapportage", r"monitoring", r"verplichtingen", r"vormvereisten",
    r"inhoud van de (offerte|aanvraag|inschrijving)", r"opbouw van", r"communicatie", r"contactpersoon",
    r"algemene informatie", r"disclaimer", r"voorbehoud", r"integriteit", r"geheimhouding",
    r"informatiebijeenkomst", r"\bvog\b", r"personeel", r"\bstaff\b", r"beëindiging", r"\bboete",
    # articles of a subsidieregeling and the cost part of a begroting programme
    r"weigering", r"begripsbepaling", r"inwerkingtreding", r"citeertitel", r"slotbepaling", r"overgangs",
    r"hardheid", r"intrekking", r"terugvordering", r"vaststelling", r"bevoorschotting", r"\bkosten\b",
    # chapters of an inkoopdocument around the assignment
    r"social\s+return", r"\bsroi\b", r"aanbestedingsdocument", r"\buea\b", r"\boverige\s+bepalingen\b", r"aanbestedende\s+dienst",
)

# Headings of context sections: facts and background, not goals.
CONTEXT_HEADING = _words(
    r"inleiding", r"aanleiding", r"achtergrond", r"\bcontext\b", r"cijfers", r"feiten",
    r"huidige situatie", r"\bsituatie\b", r"analyse", r"\bover (de|het|ons|onze)\b", r"doelgroep",
    r"wie zijn", r"samenvatting", r"voorwoord", r"historie", r"terugblik", r"evaluatie",
    r"\bhoe\s+(volgen|meten|monitoren)\s+(we|wij)\b",  # the indicators that follow a goal up
)

# Context headings of an introduction, where a tender may state its purpose outright (not background facts).
INTRO_HEADING = _words(r"inleiding", r"samenvatting", r"voorwoord", r"^\W*[\d.]*\s*algemeen\s*$")

# Headings of sections that hold goals.
GOAL_HEADING = _words(
    r"\bdoel(?!groep)", r"doelstelling", r"ambitie", r"beoogd", r"\beffect", r"resultat",
    r"resultaat", r"bereiken", r"opgave", r"prestatie", r"outcome", r"\bimpact\b",
    r"gevraagde (activiteiten|inzet|prestaties|diensten|dienstverlening)", r"te leveren", r"wat (vragen|verwachten|willen) (we|wij)",
    r"wat (we|wij) (willen|verwachten)",
    r"wat (gaan )?(we|wij) (daarvoor |ervoor |hiervoor )?doen", r"(?<!niet )(?<!niet-)subsidiabele activiteit",
)
OUTPUT_HEADING = _words(
    r"prestatie", r"activiteit", r"output", r"resultat(en)? ?per jaar", r"dienstverlening", r"aanbod", r"\binzet\b",
    r"wat (gaan )?(we|wij) (daarvoor |ervoor |hiervoor )?doen",
)

# A sentence that states a goal wherever it stands (outside admin sections).
STRONG_GOAL = _words(
    r"\b(wil|willen)\s+(\w+\s+){0,3}(graag\s+)?(dat|bereiken|realiseren|bewerkstelligen)\b",
    r"\b(wil|willen)\b[^.]{0,60}\bbereiken\b",
    r"\bstreven\s+((we|wij)\s+)?(er\s*naar|ernaar|naar)\b", r"\bstreeft\s+(\w+\s+){0,3}(er\s*naar|ernaar|naar)\b",
    r"\b(moet|moeten|zal|zullen)\b[^.]{0,50}\b(er\s*toe|ertoe)\s+leiden\b",
    r"\b(wij|we)\s+verwachten\s+(\w+\s+){0,2}dat\b", r"\bverwachten\s+(wij|we)\s+(\w+\s+){0,2}dat\b",
    r"\b(ons|het|een|hoofd)doel(stelling)?\s+is\b", r"\bdoel(stelling)?\s+is\s+(ook\s+|verder\s+|tevens\s+|daarnaast\s+)?(dat|om)\b",
    r"\bambitie\s+is\b", r"\bbeoogd(e)?\s+(maatschappelijk(e)?\s+)?(effect|resultaat|resultaten)\b",
    r"\bmoet(en)?\s+(uiteindelijk\s+)?leiden\s+tot\b", r"\bwerken\s+(we|wij)\s+aan\b",
    r"\b(in|vóór|voor|uiterlijk in)\s+20\d\d\s+(is|zijn|heeft|hebben|voelt|voelen|wonen|doen)\b",
    r"\bgaan\s+voor\b", r"\b(wij|we)\s+vragen\s+(\w+\s+){0,3}dat\b",
    r"\bvind\w*\s+(\w+\s+){0,2}het\s+(belangrijk|van\s+belang|essentieel|wenselijk)\s+dat\b",
    # what must come true for every member of a group ("Daarnaast moet elke oudere die ... een uitnodiging krijgen")
    r"\b(moet|moeten)\s+(elke|iedere|ieder|elk|alle)\s+(inwoner|bewoner|oudere|jongere|kind|ouder|gezin|mantelzorger|deelnemer|"
    r"cliënt|huishouden|leerling|vrijwilliger)(s|en|eren)?\b",
    r"\b(wij|we|ik)\s+hopen\s+(\w+\s+){0,2}dat\b", r"\b(is\s+het|het\s+is)\s+de\s+bedoeling\s+dat\b", r"\bde\s+bedoeling\s+is\s+dat\b",
)
# The part of STRONG_GOAL that still states a goal inside a context section ("Met Open House willen de gemeenten dat ...").
POLICY_GOAL = _words(
    r"\b(wil|willen)\s+(\w+\s+){0,3}(graag\s+)?(dat|bereiken|realiseren)\b", r"\bstreven\s+((we|wij)\s+)?(er\s*naar|ernaar|naar)\b",
    r"\bstreeft\s+(\w+\s+){0,3}(er\s*naar|ernaar|naar)\b", r"\b(ons|het|een|hoofd)doel(stelling)?\s+is\b",
    r"\bdoel(stelling)?\s+is\s+(ook\s+|verder\s+|tevens\s+|daarnaast\s+)?(dat|om)\b",
)
# What an ambition means, spelled out under it ("Dat betekent dat inwoners ..."): a goal in a goal section.
GOAL_EXPLANATION = _words(
    r"^(dat|dit)\s+betekent\s+(ook\s+|onder\s+meer\s+|concreet\s+|vooral\s+)?dat\b",
    r"^(dat|dit)\s+(wil\s+zeggen|houdt\s+in)\s+dat\b", r"^concreet\s+betekent\s+dit\s+dat\b",
)
# An effort followed by the effect it serves ("We versterken de ontmoeting, zodat inwoners ..."): the clause after it.
PURPOSE_CLAUSE = re.compile(r",?\s+\b(zodat|opdat|met\s+als\s+(doel|resultaat)\s+dat)\b\s+(.+)$", re.IGNORECASE)
# A question to the applicant about reaching a state of people ("Hoe zorgt u ervoor dat jongeren ...?"): the state is a goal.
GOAL_QUESTION = _words(
    r"^(hoe|op\s+welke\s+(manier|wijze)|waarmee|wat\s+doet\s+u)\b[^?]*\b(ervoor|er\s+voor|eraan|er\s+aan|bereikt\s+u)\b[^?]*?\bdat\b[^?]+\?$",
)
# The municipality's own measures in a programme ("We vereenvoudigen de aanvraag ..."): goals only when counted.
OWN_MEASURE = _words(r"^(we|wij)\s+(?!willen|wil|streven|verwachten|vragen|hopen|gaan\s+voor)\w+\b")
COUNTED = _words(
    r"\bminimaal\s+\d", r"\bten\s+minste\b", r"\b(jaarlijks|wekelijks|maandelijks)\b", r"\bper\s+(week|maand|jaar|kwartaal)\b",
    r"\b\d+\s+(keer|maal)\b", r"\bin\s+(iedere|elke)\s+(wijk|kern|buurt|dorp|gemeente)\b",
)
# An expectation of the provider: a goal unless what is expected is a requirement (a protocol, a certificate).
EXPECTATION = _words(r"\b(wij|we)\s+(verwachten|vragen)\b", r"\bverwachten\s+(wij|we)\b")
# Facts and trends, as in a context paragraph: never goals unless a strong goal phrase says so.
CONTEXT_FACT = _words(
    r"\bsteeds\s+(meer|minder|vaker)\b", r"\b(is|zijn)\s+(toe|af)genomen\b", r"\bsinds\s+(19|20)\d\d\b", r"\bblijkt\b",
    r"\b(uit|volgens)\s+de\s+[\w ]{0,30}monitor\b",
)
# The provider as the subject: in a goal section its counted activities are outputs.
PROVIDER_SUBJECT = _words(r"^(de|een)\s+(opdrachtnemer|aanbieder|uitvoerder|subsidieontvanger|welzijnsorganisatie)s?\b")
# ... and with the applicant as subject, a counted or regular delivery is a goal though "aanvrager" sounds like paperwork.
APPLICANT_DELIVERY = _words(r"^(de\s+)?(aanvrager|inschrijver|opdrachtnemer|aanbieder)s?\s+\w+\s+[^.]*"
                            r"(\bminimaal\s+\d|\bten\s+minste\b|\bper\s+(week|maand|jaar|kwartaal)\b|\b(jaarlijks|wekelijks|maandelijks)\b)")

# Sentences about the document, the procedure or the bidder's paperwork: never goals.
META = _words(
    r"\b(deze|dit|de)\s+(leidraad|uitvraag|document|aanbesteding|procedure|tender|regeling|paragraaf|hoofdstuk|tabel)\b",
    r"\binschrijv", r"\baanvrager", r"\baanvraag\b", r"\boffert", r"\bbeoordel", r"\bgegund\b", r"\bgunning",
    r"\bhieronder\b", r"\bhierna\b", r"\bonderstaande\b", r"\bvolgende\b", r"\bbijlage\b", r"\bbeschrijven\s+(we|wij)\b",
    r"\bu\s", r"\buw\b", r"\bbeschrijf", r"\blicht\b[^.]{0,40}\btoe\b", r"\bgeef\b",
    r"\bpunten\b", r"\bscore", r"\bweging", r"\bcriteri",
    # a sentence about the goals themselves ("Deze ambities zijn richtinggevend")
    r"^(deze|die|bovenstaande|genoemde)\s+(ambities?|doelen|doelstellingen|opgaven|resultaten|effecten)\b",
)

# Requirements on the provider (eisen), as opposed to what must be achieved or delivered.
REQUIREMENT = _words(
    r"\b(beschikt|beschikken)\s+over\b", r"\bverklaring omtrent het gedrag\b", r"\bvog\b",
    r"\bhbo\b|\bmbo\b|opleiding", r"\bbereikbaar\b", r"\bverzeker", r"\bkeurmerk\b", r"\bcertifica",
    r"\bisO\b|\bhkz\b", r"\bmoet\s+voldoen\b", r"\bvoldoet\s+aan\b", r"\bneemt\s+deel\s+aan\s+(het|de)\s+\w*overleg",
    r"\b(is|zijn)\s+ingeschreven\b", r"\bwerkt\s+met\s+(medewerkers|professionals)\b", r"\bwet(geving)?\b",
    r"\bfactu", r"\bpersoonsgegevens\b", r"\bervaring\b", r"\breferentie", r"(?<!zich )\bmeldt\b", r"\bmeldcode\b", r"\bprotocol", r"\brapporteert\b", r"\blevert\b[^.]{0,40}(verslag|rapport)",
)

# Lead-in paragraphs that introduce a list of goals or of required deliverables.
GOAL_LEAD_IN = _words(
    r"\bdoel(?!groep)", r"\bresultat", r"\bresultaat", r"\beffect", r"\bbereiken\b", r"\bbeoogd", r"\bstreven",
    r"\bambitie", r"\bprestaties\b", r"\bverwachten\b", r"\bvragen\s+(we|wij)\b", r"\bdraagt\s+bij\b",
    r"\bwillen\b", r"\bwil\b", r"\bopgave", r"\bin ieder geval\b", r"\bminimaal\b", r"\blevert\b",
    r"\bsubsidie\b[^.]{0,40}\b(verstrekt|verleend)\s+voor\b",
)
NON_GOAL_LEAD_IN = _words(
    r"\beisen\b", r"\bvoorwaarde", r"\bvoldoen\b", r"\bbevat\b", r"\bvoeg\w*\b", r"\bmeesturen\b",
    r"\bbijlagen\b", r"\bdocumenten\b", r"\bcriteri", r"\bbeoordeel", r"\bpunten\b",
    r"\bbestaat uit\b", r"\bdoelgroep", r"\bzoals\b", r"\bbijvoorbeeld\b", r"\bpartners\b",
    r"\bsamenwerk", r"\bdefinitie", r"\bverstaan\b", r"\bbegrippen\b",
    r"\bweiger", r"\b(als|indien|wanneer|mits|tenzij)\s*:\s*$",  # conditions, as in "weigert de subsidie als:"
)

# Words that show a desired state of people (an effect) ...
EFFECT = _words(
    r"\bvoel(t|en)\b", r"\bervar(en|t)\b", r"\bweten\b|\bweet\b", r"\bkenn?(en|t)\b", r"\bminder\b",
    r"\bmeer\b", r"\bbeter\b", r"\blanger\b", r"\bzelfstandig", r"\bzelfredza", r"\bdoe[tn]\s+mee\b",
    r"\bnem(en|t)\s+(actief\s+)?deel\b", r"\b(daalt|dalen|stijgt|stijgen|neemt\s+(af|toe)|nemen\s+(af|toe))\b",
    r"\bvoorkomen\b", r"\bgezien\b", r"\bveilig", r"\btoegerust\b", r"\b(over)?belast\b", r"\bgesteund\b",
    r"\bhoud(en|t)\b[^.]{0,40}\bvol\b",
    r"\b(zijn|is)\s+(minder|meer|beter|eerder)\b", r"\btoegankelijk\b", r"\bvertrouwen\b", r"\bgezond",
    r"\bkrijgen\s+(een\s+)?kans", r"\bkunnen\b", r"\bregie\b", r"\bopgemerkt\b", r"\bvol\.?$|\bvolhouden\b",
    r"\belkaar\b", r"\b(herkend|gesignaleerd)\b", r"\bin\s+beeld\b",
    r"\bin\s+staat\b", r"\bmee\s+te\s+doen\b|\bmeedoen\b", r"\bvaker\b", r"\beigen\s+kracht\b",
)
# ... and words that show delivered activities or counts (an output).
OUTPUT = _words(
    r"\b(minimaal|ten\s+minste)\s+(\d|een|één|twee|drie|vier|vijf|tien)", r"\b\d+\s+(keer|maal)\b",
    r"\bper\s+(week|maand|jaar|kwartaal|kern|wijk)\b", r"\bjaarlijks\b", r"\bwekelijks\b", r"\bmaandelijks\b",
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
    r"\bbinnen\s+(\d+|een|één|twee|drie|vier|vijf|zes|tien|veertien)\s+(werk)?(dagen|dag|weken|week|maand|maanden)\b",
)
# A sentence ending in a trend verb states a desired development ("Het aantal huisuitzettingen daalt."), people or not.
TREND_STATEMENT = _words(r"\b(daalt|dalen|stijgt|stijgen|neemt\s+(af|toe)|nemen\s+(af|toe)|vermindert|verminderen|halveert)\s*[.!]?$")
# An indicator named as a bare noun phrase ("Aantal unieke deelnemers ...", "Aandeel inwoners dat ..."), as a KPI
# table's row reads once its cells are flattened into a line: what is measured, not a goal.
INDICATOR = _words(r"^(aantal|aandeel|percentage|score|mate\s+waarin|gemiddeld(e)?)\b")
MAIN_VERB = _words(r"\b(is|zijn|wordt|worden|stijgt|stijgen|daalt|dalen|neemt|nemen|groeit|groeien|blijft|blijven|moet|moeten)\b")
# Labels that say the text after them is the goal itself ("Beoogd resultaat: ...", "Doel: ...").
GOAL_LABEL = _words(r"^(beoogd(e)?\s+)?(maatschappelijk(e)?\s+)?(resultaat|resultaten|effect|effecten|doel|doelstelling|outcome)$", r"^beoogd")
# Delivery obligations that make a plain sentence in the assignment an output goal.
OBLIGATION = _words(r"\bin\s+(elk|ieder)\s+geval\b", r"\bzorgt\s+(er\s*)?voor\s+dat\b", r"\bdraagt\s+(er\s+)?zorg\s+voor\b", r"\bten\s+minste\b", r"\bminimaal\b", r"\bminstens\b")
# Parts of a goal that do not say which state is desired: the indicator in brackets ("(aantal ..., streefwaarde 15)")
# and a relative clause naming the group ("elke oudere die zich eenzaam voelt").
NOT_THE_STATE = _words(r"\([^()]{3,}\)", r"\bdie\s+zich\s+(\w+\s+){0,2}voel(t|en)\b")
EFFECT_PRIORITY = _words(r"\bvoel(t|en)\b", r"\bervar(en|t)\b", r"\b(daalt|stijgt|neemt\s+(af|toe))\b")

GOAL_COLUMN = _words(r"^doel", r"\bgewenst(e)?\s+(resultaat|resultaten|effect|effecten|situatie|uitkomst)", r"doelstelling", r"beoogd", r"effect", r"^resultaat", r"^resultaten", r"^opgave", r"ambitie")
OUTPUT_COLUMN = _words(r"prestatie", r"activiteit", r"^output")
