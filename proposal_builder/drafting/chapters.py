"""The chapters around the goal sections: title page, summary, standard chapters, tables, annexes."""
from __future__ import annotations

import re

from knowledge_base.records import RECORD_TYPES

from .. import dutch
from . import staffing, wording
from .document import Element, Heading, PageBreak, Paragraph, Run, Table, para, placeholder
from .citations import level_label
from .goal_section import (EFFECT_WORDS, MEASURE_WORDS, SOURCE_NAMED, goal_heading, reach_label, result_sentence,
                           target_group, unstated_target)
from .library_chapters import CHAPTER_TOPICS
from .models import DraftRequest, TenderInfo
from .plan import NAME_CODE, Chapter
from .record_chapters import asked_partners, reach_known, tense, where_named
from .requirement_answers import commitment_answer
from .wording import proposal_title

APPENDIX_TITLE = "Bijlage: gebruikte bronnen uit de kennisbank"
APPENDIX_HEADER = ["Bron", "Soort", "Titel", "Plaats en periode"]
REACH_HEADER = ["Paragraaf", "Doelgroep", "Beoogd bereik", "Eerder bereikt"]
REQUIREMENTS_HEADER = ["Eis", "Hoe wij hieraan voldoen", "Bewijs"]
REQUIREMENT_KINDS = {"minimum": "minimumeis", "admission": "toelatingseis", "suitability": "geschiktheidseis",
                     "wish": "wens"}
# Admission requirements an Open House usually asks for, when the tender's own list was not found.
USUAL_ADMISSION = ("Inschrijving in het Handelsregister (KvK)", "Ondertekende eigen verklaring",
                   "Kwaliteitskeurmerk (bijvoorbeeld HKZ)", "Verklaring Omtrent het Gedrag voor medewerkers",
                   "Klachtenregeling", "Deelname aan het overleg van aanbieders")
KEY_PROJECTS, KEY_METHODS = 2, 2  # named at most in the key message
INTERVIEW_QUESTIONS = 5  # goals the interview annex asks about, in the tender's order
# What the director writes for a standard chapter (hint), by topic.
HINTS = {
    "innovation": "wat nieuw, onderscheidend en aanvullend is aan uw aanbod in deze gemeente",
    "implementation": "fasering, mijlpalen en de start van de uitvoering",
    "team": "inzet in fte, opleiding en deskundigheid van het team en de vrijwilligers",
    "team_known": "inzet in fte voor deze opdracht",
    "volunteers_known": "inzet in fte en het aantal vrijwilligers voor deze opdracht, en hoe u hen begeleidt",
    "risks": "belangrijkste risico's, maatregelen en continuïteit",
    "grounding": "de werkzame elementen van uw aanpak en wat u uit eigen ervaring weet over wat werkt",
    "open": "uw antwoord op dit criterium",
}


def title_page(tender: TenderInfo, own_page: bool = True) -> list[Element]:
    """The cover: the organisation's proposal for the tender's subject, to the municipality; on a page of its
    own unless the draft must save the page."""
    facts = [("Aanbieder", "" if tender.anonymous else tender.organisation), ("Aan", wording.municipalities(tender.municipalities)),
             ("Uitvraag", tender.title), ("Perceel" if len(tender.bid_lots) == 1 else "Percelen", " en ".join(tender.bid_lots)),
             ("Datum", dutch.date(tender.date) if tender.date else "")]
    return [para(wording.say("to", municipalities=wording.municipalities(tender.municipalities)), role="subtitle"),
            para(proposal_title(tender), role="title"),
            *(para(Run(f"{label}: ", "bold"), value) for label, value in facts if value), *([PageBreak()] if own_page else [])]


def summary(request: DraftRequest, chapters: list[Chapter], message: list[Element] = ()) -> list[Element]:
    """A short summary: to whom and what, how the proposal is built, the key message to write."""
    tender = request.tender
    intro = "summary_open_house" if tender.route == "open house" else "summary_intro"
    shared = wording.ambition(tender.ambition, tender.municipalities)  # this municipality's ambition first
    blocks: list[Element] = [Heading("Samenvatting", 1, numbered=False), *([para(shared)] if shared else []), para(wording.say(
        intro, organisation=tender.organisation, tender=wording.TRAILER.sub("", tender.title) or tender.title,
        municipalities=wording.municipalities(tender.municipalities),
        municipalities_short=wording.municipalities_short(tender.municipalities),
        have=wording.municipalities_verb(tender.municipalities, "heeft", "hebben")))]
    blocks += [para(text) for text in [wording.lots_summary(tender)] if text]
    if any(c.answers_criterion for c in chapters):
        blocks.append(para(wording.say("summary_criteria", criteria=wording.criterion_words(tender.route)[1])))
    if any(c.kind == "price" for c in chapters):  # a subsidy's costs criterion is answered by its budget
        blocks.append(para(wording.say("cost_pointer" if tender.route == "subsidie" else "price_pointer")))
    # The key message comes from the organisation profile (library_chapters) when there is one.
    blocks += message or [placeholder("kernboodschap", "waarom juist uw organisatie, in twee of drie zinnen",
                                      "profile:proposition")]
    return blocks


def key_message(request: DraftRequest, evidence: list) -> list[Element]:
    """Why us, from the evidence the goal sections use (`evidence`: GoalEvidence per goal): work we already do here,
    recognised methods and one result of ours with its figure, effects first; [] when the records give fewer than two
    of these, so the director writes it."""
    places = request.tender.municipalities
    projects = list({p["ref"]: p for found in evidence for p in found.projects}.values())
    methods = list({m["ref"]: m for found in evidence for m in found.methods
                    if level_label(m.get("evidence_level", ""))}.values())[:KEY_METHODS]
    results = sorted((r for found in evidence for r in found.results if r.value),
                     key=lambda r: (not wording.here({"municipality": r.municipality}, places),
                                    not EFFECT_WORDS.search(f"{r.indicator} {r.unit} {r.value}")))
    local = [p for p in projects if wording.here(p, places)]
    local = local[:1] if any(p.get("approach") for p in local) else local[:KEY_PROJECTS]  # anonymous: named at length
    years = [int(y) for p in local for y in re.findall(r"\b(?:19|20)\d\d\b", p.get("period") or "")]
    sentences = [wording.say("message_local", since=f" sinds {min(years)}" if years else "", place=wording.place(places),
                             projects=wording.join([wording.project_named(p) for p in local]))] if local else []
    if methods:
        named = [f"{m['title']} (‘{level_label(m['evidence_level'])}’)" for m in methods]
        sentences.append(wording.say("message_recognised" if len(named) > 1 else "message_recognised_one",
                                     methods=wording.join(named)))
    sentences += [wording.say("message_result", result=result_sentence(results[0]))] if results else []
    if len(sentences) < 2:
        return []
    refs = [r["ref"] for r in local + methods] + [r.ref for r in results[:1]]
    return [para(Run("Waarom wij: ", "bold"), " ".join(sentences) + " ", Run(f"({', '.join(refs)})", "source"))]


def chapter_heading(chapter: Chapter, route: str = "") -> list[Element]:
    """The chapter's heading, with the criterion's weight and page budget noted under it."""
    blocks: list[Element] = [Heading(chapter.title, 1)]
    criterion = chapter.criterion
    if criterion and (criterion.weight or criterion.page_limit):
        weight = f"{criterion.weight} punten" if criterion.weight.isdigit() else criterion.weight  # a bare number: points
        facts = [f"weging {weight}" if criterion.weight else "",
                 f"maximaal {wording.pages(criterion.page_limit)}" if criterion.page_limit else ""]
        blocks.append(para(Run(wording.say("criterion_facts", kind=wording.criterion_words(route)[0],
                                           facts=", ".join(f for f in facts if f)), "source")))
    return blocks


def cooperation(request: DraftRequest, records: list[dict], own: list[Element] = (), also: list[Element] = (),
                title: str = "", listed_in: int = 0) -> list[Element]:
    """The partners the chapter's `title` names that we already work with, then the partners of the chosen projects,
    each with the projects they worked on with us, then what the title also asks (`also`), then the library's
    partners and texts (`own`); without those a placeholder, naming the partners asked that the records lack.
    `listed_in`: the chapter that already lists our partners (the projects' and the library's), referred to instead."""
    places = request.tender.municipalities
    projects = [r for r in records if r.get("type") == "project" and wording.plan_partners(r, places)]
    blocks, missing = asked_partners(title, records)
    if listed_in:
        blocks.append(para(wording.say("cooperation_see", chapter=listed_in)))
    elif projects:  # one line per project: compact, and it says where each partnership proved itself
        blocks.append(para(wording.say("cooperation_intro", municipalities=wording.place(request.tender.municipalities))))
        blocks += [Paragraph([Run(wording.say("cooperation_line" + tense(project), project=project.get("approach")
                                              or project["title"], where=where_named(project),
                                              partners=wording.join(wording.plan_partners(project, places))))], "bullet")
                   for project in projects]
    lacking = wording.say("cooperation_missing", missing=wording.join(missing)) if missing else ""
    return blocks + list(also) + (list(own) or [placeholder("samenwerking", lacking + (
        "afspraken met de gemeente en deze partners over doorverwijzing en overleg in deze opdracht" if projects else
        "de rol van de partners in deze opdracht, afspraken over doorverwijzing en overleg met de gemeente"),
        "text:samenwerking")])


VOLUNTEER_WORDS = re.compile(r"vrijwillig", re.IGNORECASE)  # volunteers named (a chapter title, a count of people)


def team(records: list[dict], volunteers_only: bool = False) -> list[Element]:
    """Who does the work now, as the chosen projects' descriptions count them ("In Home-Start (Marrevoort en
    Ommerzijl, 2017–2025) werkten ruim veertig vrijwilligers en een coördinator."); empty when none says so.
    `volunteers_only` (a criterion on volunteers, not on staff): only the projects whose count names volunteers."""
    lines = [Paragraph([Run(wording.say("team_line" + tense(project) + wording.one(people), project=project.get("approach") or project["title"],
                                        where=where_named(project), staff=people) + " "), Run(f"({project['ref']})", "source")],
                       "bullet")
             for project in records if project.get("type") == "project" and (people := staffing.staff(project))
             and (not volunteers_only or VOLUNTEER_WORDS.search(people))]
    return [para(wording.say("team_intro")), *lines] if lines else []


def monitoring(request: DraftRequest, own: list[Element] = ()) -> list[Element]:
    """The municipality's own indicators and targets, which we report on, and what the director adds."""
    lines = list(dict.fromkeys(_monitored(goal) for goal in request.goals if goal.indicator or goal.target))
    blocks: list[Element] = [para("Wij rapporteren aan de gemeente over tellen én vertellen: de cijfers en de "
                                  "verhalen erachter.")]
    if lines:
        blocks.append(para("Wij volgen de indicatoren die de gemeente zelf noemt:"))
        blocks += [para(line, role="bullet") for line in lines]
    return blocks + (list(own) or [placeholder("monitoring", "nulmeting, meetmomenten en rapportage aan de gemeente",
                                               "text:monitoring")])


def _monitored(goal) -> str:
    """"Aandeel ernstig eenzamen: streefwaarde 8%"; a goal without an indicator stands for its own."""
    what = goal.indicator or goal.text.strip().rstrip(".")
    return wording.capitalised(what) + (f": streefwaarde {wording.target_text(goal.target)}" if goal.target else "")


def reach(goals: list, evidence: list, places: list[str], labels: dict[int, str], lean: bool = False) -> list[Element]:
    """Per goal with a reach asked or reached before: its paragraph (`labels`: goal index → "1.3"), target group,
    the reach asked and what we reached before; how we find and reach them stays the director's. `lean` (a
    draft made shorter to fit) keeps only the goals the municipality asks a reach for."""
    rows, groups = [], {}
    for index, (goal, found) in enumerate(zip(goals, evidence)):
        aimed, reached, group = _aimed(goal), _reached(found), target_group(found)
        if aimed or (reached and not lean):
            where = labels.get(index, "")
            shown = f"als bij {groups[group]}" if group in groups else group or "—"
            if group:
                groups.setdefault(group, where)
            rows.append([[[Run(where)]], [[Run(shown)]], aimed or [[Run("[aantal]", "placeholder")]],
                         reached or [[Run("—")]]])
    table = [para(wording.say("reach_intro", place=wording.place(places))),
             Table(REACH_HEADER, rows, widths_cm=[2.0, 6.0, 3.5, 4.5])] if rows else []
    known = reach_known(evidence)
    return [*table, *known, placeholder("hoe wij de doelgroepen bereiken", (
        "afspraken met de gemeente en partners over toeleiding in deze opdracht") if known else (
        "vindplaatsen, toeleiding door partners en huisartsen, laagdrempelige plekken, "
        "en hoe u de groepen bereikt die het criterium noemt"))]


def _aimed(goal) -> list[list[Run]]:
    return [[Run(dutch.figures(goal.target))]] if goal.target and reach_label(goal) == "Bereik" else []


def _reached(found) -> list[list[Run]]:
    """A count we reached before, with place and period: "1.184 huisbezoeken (Leeuwarden, 2023)"; a share or an
    amount ("3 op de 4", "€ 412.000") is no reach, whatever its indicator says."""
    item = next((r for r in found.results if r.value and not EFFECT_WORDS.search(f"{r.unit} {r.indicator}")
                 and not wording.SHARE.search(f"{r.value} {r.unit}") and not EFFECT_WORDS.search(r.value)), None)
    if item is None:
        return []
    known = wording.where_when(item.municipality, item.period)
    return [[Run(wording.value(item.value, item.unit) + (f" ({known}) " if known else " ")),
             Run(f"({item.ref})", "source")]]


def requirements(tender: TenderInfo, kinds: tuple[str, ...], answer=None) -> list[Element]:
    """Requirement | how we meet it | proof, from the tender's own list (or the usual ones, to check);
    `answer(requirement)` gives (how, proof) from the library, or None to leave the cells to fill."""
    found = [r for r in tender.requirements if r.get("kind") in kinds and r.get("kind") != "wish"]
    wishes = [r["text"] for r in tender.requirements if r.get("kind") == "wish" and "wish" in kinds]
    usual = not found and "admission" in kinds  # an Open House whose own list was not found: the usual ones
    texts = [r["text"] for r in found] + (list(USUAL_ADMISSION) if usual else []) + wishes
    if not texts:
        return []
    proofs = {r["text"]: r.get("proof") or "" for r in found}  # the proof the tender itself asks, where it says
    rows = [[[[Run(text)]], *_answer_cells(_answered(text, answer, tender.route, text in proofs), proofs.get(text, ""),
                                           text in wishes)] for text in texts]
    note = [para(Run("De uitvraag noemt hier geen eigen lijst; dit zijn de gebruikelijke eisen. "
                     "Controleer ze in de uitvraag.", "source"))] if usual else []
    return [para(wording.say("requirements_intro")), *note, Table(REQUIREMENTS_HEADER, rows, widths_cm=[7.0, 5.5, 3.5])]


def _answered(text: str, answer, route: str, required: bool) -> tuple | None:
    """From the library or records (`answer`), else, for a requirement (not a wish) that is an obligation during
    the work, its acceptance."""
    found = answer(text) if answer else None
    if found and found[0]:
        return found
    return (commitment_answer(text, route) if required else None) or found


def _answer_cells(found: tuple | None, asked: str = "", wish: bool = False) -> list[list[list[Run]]]:
    """How we meet it and the proof: from the library or a record, else to fill; the proof the tender asks is named
    to attach, and a wish asks none of its own (the committee weighs how we meet it). What the library lacks for a requirement (`found[2]`: (what, where it is fixed)) is named in the
    places left, so the director knows to add it to the profile or the proofs once, for every proposal after."""
    missing = list(found[2]) if found and len(found) > 2 else []
    fix = missing[0][1] if missing else ""
    proof = Run(f"[bijvoegen: {wording.in_sentence(asked)}]" if asked else "[bewijsstuk]", "placeholder", fix) \
        if asked or not wish else Run("—")
    if not found or not found[0]:
        what = f"[hoe wij voldoen: {wording.join([m[0] for m in missing])}]" if missing else "[hoe wij voldoen]"
        return [[[Run(what, "placeholder", fix)]], [[proof]]]
    lines = [[Run(found[1])]] if found[1] else [[proof]]
    lines += [[Run(f"[aanvullen: {what}]", "placeholder", where)] for what, where in missing]
    return [[[Run(found[0])]], lines]


def interview_annex(request: DraftRequest, chapter: Chapter, people: list[Element] = ()) -> list[Element]:
    """One page to prepare the interview: who comes, in which role, and the questions to expect."""
    questions = interview_questions(request)
    name = NAME_CODE.sub("", chapter.title)  # "K5 Interview": the annex prepares the interview
    return [PageBreak(), Heading(f"Bijlage: voorbereiding {wording.in_sentence(name)}", 1, numbered=False),
            para(Run(wording.say("interview_intro"), "source")),
            *(list(people) or [placeholder("deelnemers", "wie namens de organisatie aan tafel zit, met rol en "
                                                        "deskundigheid")]),
            para("Vragen die de commissie kan stellen:"), *(para(q, role="bullet") for q in questions)]


def interview_questions(request: DraftRequest) -> list[str]:
    """Questions the committee may ask, one per goal in the tender's order and at most one per method of ours."""
    questions, asked = [], set()
    for goal in request.goals:
        method = next((request.records[ref] for ref in goal.evidence
                       if request.records.get(ref, {}).get("type") == "method"), {})
        if (method and method["ref"] in asked) or not (method or unstated_target(goal)):
            continue  # a goal with neither: its criterion's question below, not its words again
        asked.add(method.get("ref"))
        questions.append(interview_question(goal, method, request))
    place = wording.place(request.tender.municipalities)
    questions += [wording.say("question_criterion", criterion=c.name, place=place)
                  for c in request.tender.criteria if c.kind == "quality"]
    return questions[:INTERVIEW_QUESTIONS]


def interview_question(goal, method: dict, request: DraftRequest) -> str:
    """A question about a goal with what we propose: how our method reaches a target the goal's words do not state
    already, else how it works for its people; without a method, how we reach that target."""
    fields = {"goal": goal_heading(goal), "method": method.get("title", ""), "target": wording.target_text(goal.target),
              "indicator": wording.measure(SOURCE_NAMED.sub("", goal.indicator)),
              "place": wording.place(request.tender.municipalities),
              "group": " ".join(str(method.get("target_group") or "").split()) or f"‘{goal_heading(goal)}’"}
    if unstated_target(goal):
        short = goal.indicator and len(fields["indicator"].split()) <= MEASURE_WORDS
        kind = "question_target" + ("_indicator" if short else "") + ("_method" if method else "")
    else:
        kind = "question_method"  # the caller asks only about a goal with a method or a target of its own
    return wording.say(kind, **fields)


def standard(topic: str, chapter: Chapter) -> list[Element]:
    """A chapter only the director can write yet: one placeholder with a hint of what belongs there."""
    topics = CHAPTER_TOPICS.get(chapter.kind)
    return [placeholder(wording.in_sentence(chapter.title), HINTS.get(topic, HINTS["open"]),
                        f"text:{topics[0]}" if topics else "")]


def appendix(records: list[dict]) -> list[Element]:
    """Every record the draft cites, with its reference, type, title, place and period."""
    rows = [[[[Run(r.get("ref", ""))]], [[Run(RECORD_TYPES.get(r.get("type", ""), r.get("type", "")))]],
             [[Run(r.get("title", ""))]],
             [[Run(wording.where_when(r.get("municipality", ""), r.get("period", "")))]]]
            for r in sorted(records, key=lambda r: r.get("ref", ""))]
    intro = ("Alle bronnen komen uit de kennisbank van de organisatie; de codes staan tussen haakjes in de tekst.")
    return [PageBreak(), Heading(APPENDIX_TITLE, 1, numbered=False), para(intro),
            Table(APPENDIX_HEADER, rows, widths_cm=[1.8, 2.4, 8.0, 3.8])]
