"""The decision tables of goal extraction: is a candidate a goal, and is a goal an effect or an output.

Each table is walked top to bottom and the first rule whose condition holds decides. A rule's example is tender
text (as pasted) in which the rule decides a candidate; a test checks every example against its rule.
"""

from collections.abc import Callable
from dataclasses import dataclass

from ..goal import EFFECT, OUTPUT
from .features import LIST, PROSE, TABLE, Candidate
from .section_roles import CONDITIONS, CONTENTS, MONITORING, NOTES
from .sections import ADMIN, CONTEXT, GOAL, NEUTRAL

IS_GOAL, NOT_GOAL = "goal", "not goal"


@dataclass(frozen=True)
class Rule:
    """One line of a decision table: when `condition` holds for a candidate, `verdict` is the decision."""

    name: str
    condition: Callable[[Candidate], bool]
    verdict: str
    example: str


def first_rule(rules: list[Rule], candidate: Candidate) -> Rule:
    """The first rule of the table whose condition holds (every table ends in a rule that always holds)."""
    return next(rule for rule in rules if rule.condition(candidate))


def _in_goal_section(c: Candidate) -> bool:
    return c.section == GOAL


GOAL_RULES = [
    # what the section is for (section_roles.py): a table of contents names chapters, a regulation's explanatory notes
    # explain its articles, and a list of conditions or obligations states duties; none of them sets a goal
    Rule("contents_entry", lambda c: c.role == CONTENTS, NOT_GOAL,
       "# Leidraad welzijn\nInhoudsopgave\n1. Inleiding\n2. Doelen en resultaten\n3. Procedure\n## 1 Inleiding\n"
       "De gemeente koopt welzijnswerk in.\n## 2 Doelen en resultaten\n- Inwoners kennen hun buren.\n## 3 Procedure\n"
       "Inschrijven kan tot 1 mei."),
    Rule("explanatory_notes", lambda c: c.role == NOTES, NOT_GOAL,
       "## Artikel 2 Doel\nHet college wil dat ouders snel hulp vinden.\n## Toelichting\n## Artikel 2\n"
       "Het college vindt het belangrijk dat cursussen ook in de avond worden gegeven."),
    Rule("conditions_list", lambda c: c.source == LIST and c.role == CONDITIONS, NOT_GOAL,
       "## Wat vragen wij?\n### Na de toelating\nEen toegelaten aanbieder verplicht zich:\n"
       "- een melding binnen vijf werkdagen op te pakken;"),
    # a table row: the cell of its goal column decides
    Rule("table_outside_goal_sections", lambda c: c.source == TABLE and c.section in (ADMIN, CONTEXT), NOT_GOAL,
       "## Gunningscriteria\n| Criterium | Weging |\n| Aansluiting bij de doelen | 40% |"),
    Rule("table_without_goal_column", lambda c: c.source == TABLE and not c.column, NOT_GOAL,
       "## Werkwijze\n| Fase | Periode |\n| Start van de wijkteams | januari 2028 |"),
    Rule("table_short_cell", lambda c: c.source == TABLE and c.word_count < 2, NOT_GOAL,
       "## Doelen\n| Doel | Indicator |\n| Ontmoeting | Aantal bezoekers |"),
    Rule("table_label_cell", lambda c: c.source == TABLE and c.word_count <= 3 and not c.ends_with_full_stop, NOT_GOAL,
       "## Doelen\n| Doel | Indicator |\n| Zelf melden | aantal inwoners dat zich per jaar zelf meldt |"),
    Rule("table_goal_cell", lambda c: c.source == TABLE, IS_GOAL,
       "## Doelen\n| Doel | Indicator |\n| Inwoners voelen zich veilig in hun wijk. | Veiligheidsmonitor |"),
    # a context section: only a goal stated outright in the introduction
    Rule("introduction_states_policy", lambda c: c.section == CONTEXT and c.source == PROSE and c.introduction
       and c.has_policy_goal_phrase and not c.is_meta, IS_GOAL,
       "## Inleiding\nMet deze opdracht willen de gemeenten dat inwoners langer thuis wonen."),
    Rule("context_section", lambda c: c.section == CONTEXT, NOT_GOAL,
       "## Achtergrond\nIn 2025 voelde 48 procent van de ouderen zich eenzaam."),
    # how a goal is measured, on a line of its own under it: its indicator or target, never a goal itself
    Rule("measurement_line", lambda c: c.is_measurement_line, NOT_GOAL,
       "## Doelen\n1. Inwoners voelen zich minder eenzaam.\n   a. Nulmeting 2024: 12%. Streefwaarde: 10% in 2030."),
    Rule("measurement_paragraph", lambda c: c.source == PROSE and c.measurement_paragraph or c.source == LIST and c.measures_above_goal, NOT_GOAL,
       "## Doelen\nDoel 1 - Meer inwoners nemen deel aan een taaltraject.\n\nWij meten dit aan het aantal nieuwe deelnemers. "
       "Nu zijn dat er 130; ons streven is minimaal 240 in 2029."),
    # the text after a goal label ("Beoogd resultaat: ...") is the goal itself (no rule for a labelled requirement or
    # remark ever fired on any set, so none is kept)
    # ... unless the label names the goal a measure is for ("Opgave A: het aandeel kinderen dat ... Wij streven naar 75%."),
    # as any bare measure in a section on how results are followed does
    Rule("labelled_measure", lambda c: (c.labelled or c.role == MONITORING) and c.is_bare_measure, NOT_GOAL,
       "## Hoe volgen wij de effecten?\nOpgave A: het aandeel kinderen dat na drie maanden nog lid is van de club. "
       "Wij streven naar 75% in 2029."),
    Rule("label_goal", lambda c: c.labelled, IS_GOAL,
       "## Resultaten\nBeoogd resultaat: mantelzorgers houden de zorg voor hun naaste vol."),
    # questions on reaching a state of people, also in the admin section "Vragen"
    Rule("goal_question", lambda c: c.is_goal_question and (c.section != ADMIN or c.questions_section), IS_GOAL,
       "## Vragen\n1. Hoe zorgt u ervoor dat jongeren minder overlast veroorzaken?\n2. Met welke partners werkt u samen?"),
    Rule("admin_section", lambda c: c.section == ADMIN, NOT_GOAL,
       "## Planning\nHet college wil dat de offertes uiterlijk 1 mei binnen zijn."),
    Rule("too_short", lambda c: c.word_count < (3 if c.source == LIST else 4), NOT_GOAL, "## Doelen\n- Eenzaamheid"),
    Rule("meta", lambda c: c.is_meta, NOT_GOAL,
       "## Opdracht\nIn deze paragraaf beschrijven we de opdracht aan de aanbieder."),
    # what a part of the assignment consists of, in prose or as a list item: its scope, not a goal
    Rule("scope_of_assignment", lambda c: c.describes_scope, NOT_GOAL,
       "## Doelen\n1. Het aanbod bestaat uit twee thema's. Een aanbieder kan zich voor één thema aanmelden.\n"
       "2. Ouderen voelen zich minder eenzaam."),
    Rule("measure_of_goal_before", lambda c: c.later_sentence and c.measures_a_goal, NOT_GOAL,
       "## Doelen\nMinder inwoners voelen zich eenzaam. Het aandeel volwassenen dat zich ernstig eenzaam voelt, moet dalen "
       "van 13 procent naar 10 procent in 2029."),
    # a sentence on a goal stated before it (pointing at it, or referring back to the goals) adds to that goal, unless it
    # announces the goal it states after a colon ("Het tweede doel van dit thema luidt: ...")
    Rule("about_goals_before", lambda c: c.source in (PROSE, LIST) and c.about_goals_before and not c.has_strong_goal_phrase
       and not c.names_goal_before_colon, NOT_GOAL,
       "## Doelen\n1. Jongeren ontdekken waar ze goed in zijn.\n\nBij resultaat 1 denken wij aan muziek, dans en sport."),
    Rule("forecast", lambda c: c.is_forecast, NOT_GOAL,
       "## Doelen\nIn 2025 was 9% van de inwoners 75 jaar of ouder; in 2035 is dat naar verwachting 13%."),
    Rule("baseline", lambda c: c.is_baseline, NOT_GOAL,
       "## Doelen\nIn 2024 woonde 88% van de inwoners van 75 jaar en ouder zelfstandig."),
    Rule("disowned", lambda c: c.disowned or c.says_no_goal, NOT_GOAL,
       "## Doelen\nHet Rijk wil dat het aantal huishoudens met schulden halveert. De regio neemt dat niet als eigen doel over."),
    # the sentence after one announcing a goal ("Het college stelt voor dit thema één doel.") is that goal
    Rule("announced_goal", lambda c: c.source == PROSE and c.announced and not c.is_meta and not c.is_question_line
       and not c.ends_with_colon, IS_GOAL,
       "## Thema B Mantelzorg\nHet college stelt voor dit thema één doel. Mantelzorgers hoeven voor steun niet naar de vaste wal."),
    # a paragraph right before a list in its section says in one breath what the list's items spell out
    Rule("list_summary", lambda c: c.source == PROSE and c.introduces_list, NOT_GOAL,
       "## Doelen\nDe gemeenten willen dat geldzorgen eerder op tafel komen.\n\n- Inwoners melden zich eerder.\n"
       "- Minder huishoudens kloppen opnieuw aan."),
    # a list item
    Rule("list_item_lead_in", lambda c: c.source == LIST and c.ends_with_colon, NOT_GOAL,
       "## Artikel 3 Doel\n1. De activiteiten dragen eraan bij dat:\n   a. ouderen elkaar ontmoeten;"),
    Rule("list_requirement", lambda c: c.source == LIST and c.is_requirement, NOT_GOAL,
       "## Prestaties\n- Alle medewerkers beschikken over een VOG."),
    Rule("own_measure", lambda c: c.source == LIST and c.is_own_measure, NOT_GOAL,
       "## Opdracht\n- We verbeteren de samenwerking tussen de wijkteams."),
    Rule("list_part_name", lambda c: c.source == LIST and c.names_a_part, NOT_GOAL,
       "## Artikel 2 Doel en onderdelen\n1. De regeling kent twee onderdelen:\n   a. onderdeel A Welzijn en ontmoeting;"),
    Rule("list_indicator", lambda c: c.source == LIST and c.is_indicator, NOT_GOAL,
       "## Doelen\n- Aantal deelnemers aan activiteiten per jaar"),
    Rule("goal_lead_in", lambda c: c.source == LIST and c.lead_in == GOAL, IS_GOAL,
       "## Opdracht\nDe opdrachtnemer draagt bij aan de volgende resultaten:\n- Inwoners voelen zich gesteund."),
    Rule("other_lead_in", lambda c: c.source == LIST and bool(c.lead_in), NOT_GOAL,
       "## Opdracht\nDe inschrijving bevat in ieder geval:\n- een plan van aanpak voor de wijken;"),
    # the list a part of the assignment consists of: what that part must bring about
    Rule("list_under_part_heading", lambda c: c.source == LIST and c.under_part_heading, IS_GOAL,
       "## 2 Opdracht\nDe opdracht bestaat uit twee percelen.\n### Perceel A Jeugd\n- Kinderen bewegen minimaal vijf uur per week."),
    Rule("list_in_goal_section", lambda c: c.source == LIST and _in_goal_section(c), IS_GOAL,
       "## Doelen\n- Inwoners kennen hun buren."),
    Rule("list_other", lambda c: c.source == LIST, NOT_GOAL, "## Opdracht\n- De gemeente heeft vier wijken."),
    # a sentence of a paragraph
    Rule("opens_goal_heading", lambda c: c.opens_goal_heading and not c.ends_with_colon and not c.is_question_line, IS_GOAL,
       "## Doelen\n### Doel A1\nInwoners hebben een plek in de buurt waar zij anderen ontmoeten.\n\nIndicator: aandeel inwoners"),
    Rule("ends_with_colon", lambda c: c.ends_with_colon, NOT_GOAL, "## Opdracht\nDe aanbieder werkt aan drie dingen:"),
    Rule("question_line", lambda c: c.is_question_line, NOT_GOAL, "## Opdracht\nWat willen we bereiken?"),
    Rule("unfinished_indicator", lambda c: c.is_indicator and not c.ends_with_full_stop, NOT_GOAL,
       "## Doelen\nAantal unieke deelnemers aan ontmoetingsactiviteiten 1.200 per jaar"),
    # a sentence whose next one says how it is measured is what is measured: a goal
    Rule("measured_in_goal_section", lambda c: c.section in (GOAL, NEUTRAL) and c.measured_next
       and (not c.later_sentence or c.states_effect), IS_GOAL,
       "## Wat willen we bereiken?\nInwoners hebben een zinvolle daginvulling dicht bij huis. We meten dit met de vraag "
       "'Ik heb een zinvolle dag' in het cliëntervaringsonderzoek."),
    # where a goal table states the chapter's goals, the prose around it explains them (unless it states one outright)
    Rule("prose_beside_goal_table", lambda c: c.source == PROSE and c.beside_goal_table and not c.has_strong_goal_phrase
       and not (c.names_goal_before_colon or c.people_subject_in_opening or c.states_measured_change),
       NOT_GOAL, "## Doelen\nDe opdrachtnemer bepaalt zelf met welke activiteiten hij de effecten bereikt.\n"
       "| Nr. | Doel | Indicator |\n| 1 | Ouderen voelen zich minder eenzaam. | aandeel eenzame ouderen |\n"
       "| 2 | Mantelzorgers voelen zich gesteund. | aandeel overbelaste mantelzorgers |"),
    Rule("explanation_in_goal_section", lambda c: _in_goal_section(c) and c.explains_goal and c.mentions_people, IS_GOAL,
       "## Ambitie\nDat betekent dat inwoners met een laag inkomen de regelingen gebruiken."),
    Rule("expected_requirement", lambda c: c.has_strong_goal_phrase and c.is_expectation and c.is_requirement, NOT_GOAL,
       "## Gevraagde inzet\nWij verwachten dat de opdrachtnemer werkt volgens de meldcode."),
    Rule("strong_goal", lambda c: c.has_strong_goal_phrase, IS_GOAL,
       "## Opdracht\nWij streven ernaar dat jongeren veilig opgroeien."),
    Rule("goal_section_measured_change", lambda c: _in_goal_section(c) and c.states_measured_change, IS_GOAL,
       "## Doelen\nMeer ouderen bewegen: het aandeel dat voldoet aan de beweegrichtlijnen stijgt van 38% naar 45% in 2028."),
    Rule("goal_section_spelled_out", lambda c: _in_goal_section(c) and c.spells_out_state, IS_GOAL,
       "## Doelen\nRespijtzorg is bekend en bereikbaar: ten minste 90 mantelzorgers per jaar maken gebruik van respijt."),
    Rule("requirement", lambda c: c.is_requirement, NOT_GOAL, "## Opdracht\nDe aanbieder is op werkdagen telefonisch bereikbaar."),
    Rule("context_fact", lambda c: c.is_context_fact, NOT_GOAL, "## Doelen\nHet wijkteam ziet steeds meer inwoners met schulden."),
    Rule("goal_section_effect", lambda c: _in_goal_section(c) and c.states_effect, IS_GOAL,
       "## Doelen\nInwoners met geldzorgen voelen zich gesteund."),
    Rule("goal_section_delivery", lambda c: _in_goal_section(c) and c.delivers, IS_GOAL,
       "## Gevraagde inzet\nDe opdrachtnemer zet jongerenwerkers in op straat."),
    Rule("goal_section_trend", lambda c: _in_goal_section(c) and c.is_trend_statement, IS_GOAL,
       "## Resultaten\nHet aantal huisuitzettingen daalt."),
    Rule("goal_section_purpose", lambda c: _in_goal_section(c) and c.serves_effect, IS_GOAL,
       "## Opgave\nHet advies over geldzaken wordt laagdrempelig georganiseerd, zodat inwoners met geldzorgen zich eerder melden."),
    Rule("counted_provider_delivery", lambda c: c.provider_subject and c.counted and c.output_cues >= 2, IS_GOAL,
       "## Dienstverlening\nDe opdrachtnemer biedt op elk consultatiebureau een wekelijks inloopspreekuur voor ouders."),
    Rule("obligation_with_output", lambda c: c.has_obligation and c.output_cues > 0, IS_GOAL,
       "## Opdracht\nDe gemeente zorgt ervoor dat er in elke kern een steunpunt is."),
    Rule("bare_line_in_goal_section", lambda c: c.bare_line and _in_goal_section(c) and not c.is_meta, IS_GOAL,
       "## Doelen\n\nJongeren hebben een plek in de buurt waar ze na school terechtkunnen.\n\n"
       "Zorgen over kinderen komen sneller bij het buurtteam terecht."),
    Rule("prose_other", lambda c: True, NOT_GOAL, "## Opdracht\nDe gemeente heeft vier wijken."),
]

KIND_RULES = [
    # a tender that heads its effects apart from its results says itself which goal is which
    Rule("own_split_effect", lambda c: c.split_kind == EFFECT, EFFECT,
       "## Beoogde effecten\n- Er zijn minder eenzame ouderen.\n## Resultaten\n- Ouderen voelen zich gesteund."),
    Rule("own_split_result", lambda c: c.split_kind == OUTPUT, OUTPUT,
       "## Beoogde effecten\n- Er zijn minder eenzame ouderen.\n## Resultaten\n- Ouderen voelen zich gesteund."),
    Rule("purpose_clause", lambda c: c.source == PROSE and c.serves_effect, EFFECT,
       "## Opgave\nHet advies over geldzaken wordt laagdrempelig georganiseerd, zodat inwoners met geldzorgen zich eerder melden."),
    Rule("feeling_or_trend", lambda c: c.states_feeling_or_trend, EFFECT,
       "## Doelen\n- Mantelzorgers voelen zich gesteund bij activiteiten en trainingen."),
    Rule("more_output_cues", lambda c: c.state_output_cues > c.state_effect_cues, OUTPUT,
       "## Doelen\n- Er is in elke wijk een wekelijks beweegaanbod voor ouderen."),
    Rule("more_effect_cues", lambda c: c.state_effect_cues > c.state_output_cues, EFFECT,
       "## Doelen\n- Inwoners kennen elkaar beter."),
    Rule("output_section", lambda c: c.output_hint, OUTPUT, "## Prestaties\n- De wijkteams werken samen met de huisartsen."),
    Rule("desired_state", lambda c: True, EFFECT, "## Doelen\n- De wijkteams werken samen met de huisartsen."),
]
