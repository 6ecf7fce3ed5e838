"""The section for one goal, written as our plan for this municipality: what we do, why it works, what we measure.

Composed from the records' fields (method, target group, place, partners, recognition, figures),
never a past project's summary pasted in; each record is described once and referred back to later.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..tender.goal import OUTPUT, Goal
from . import activity_words, staffing, wording
from .budget import Activity
from .citations import databank_label, level_label
from .document import Element, Heading, Paragraph, Run, Table, para, placeholder
from .evidence import GoalEvidence, ResultItem, activity_of
from .. import dutch

MEASURE_WORDS = 14  # an indicator up to this long is named with the target in the plan sentence
HEADING_WORDS = 12  # a heading longer than this is the goal's first clause
CLAUSE_BREAK = re.compile(r",\s+(?:zodat|waardoor|opdat|omdat|en\s+(?:zij|ze|hun|die))\b|;|:\s|\s[–-]\s|\s\(")
EFFECT_WORDS = re.compile(r"%|procent|€|\beuro\b|\b(voel|ervar|minder|meer|score|cijfer|tevreden|ervaart|ervaren|daalt|stijgt"
                          r"|besparing|bespaart)",
                          re.IGNORECASE)
SOURCE_NAMED = re.compile(r"\s*\([^()]*\)\s*$")  # an indicator's source in brackets at its end
DEPLOYMENT_TITLE = "Inzet per activiteit"
DEPLOYMENT_HEADER = ["Activiteit", "Paragraaf", "Inzet (beroepskrachten en vrijwilligers)"]
FIRST_SENTENCE = re.compile(r"^(.{20,260}?[.!?])(?:\s|$)")


@dataclass
class Detail:
    """How much a section holds; the length fitting lowers it step by step."""

    methods: int = 2
    projects: int = 1
    results: int = 3
    own_measures: int = 2
    describe: bool = True  # a method's own first sentence the first time it appears
    story: bool = True
    cover: bool = True  # the title on a page of its own


@dataclass
class Composer:
    """Writes goal sections, remembering what was described where so nothing is described twice."""

    places: list[str]
    detail: Detail = field(default_factory=Detail)
    described: dict[str, str] = field(default_factory=dict)  # ref -> the section (label) that describes it
    shown: dict[tuple, str] = field(default_factory=dict)  # a level, result, story or indicator -> its section
    notices: list[str] = field(default_factory=list)
    label: str = ""  # the section being written, as later sections refer back to it
    referred: set[str] = field(default_factory=set)  # sections the current one refers back to
    written: set[str] = field(default_factory=set)  # the paragraphs on what we do, so none is written twice
    labels: dict[int, str] = field(default_factory=dict)  # goal index -> its section number, for other chapters
    measured: dict[str, list] = field(default_factory=dict)  # a section -> the results of ours it measures by
    deployment: dict[str, dict] = field(default_factory=dict)  # an activity -> its sections and known staff
    deploy_after: object = None  # the chapter after whose goals the deployment table stands (set by the outline)
    activities: list[Activity] = field(default_factory=list)  # the deployment table's activities, for the budget
    derived: list[str] = field(default_factory=list)  # figures the budget computed from the profile

    def __post_init__(self):
        self.municipalities = list(self.places)  # the tender's, whatever a section narrows `places` to

    def section(self, number: int, goal: Goal, evidence: GoalEvidence, style: str = "plan", label: str = "",
                places: list[str] | None = None) -> list[Element]:
        """All elements of one goal's section; `style` "plan", "activity" or "theme"; `label` its number, e.g. "1.3";
        `places` where this goal's work is done when that is narrower than the tender (a theme for one municipality)."""
        everywhere, self.places = self.places, places or self.places
        try:
            return self._section(number, goal, evidence, style, label, everywhere)
        finally:
            self.places = everywhere

    def _section(self, number: int, goal: Goal, evidence: GoalEvidence, style: str, label: str,
                 everywhere: list[str]) -> list[Element]:
        heading = goal_heading(goal)
        self.label, self.referred = label or f"‘{heading}’", set()
        blocks: list[Element] = [Heading(heading, 2), *self._goal_lead(goal, heading, everywhere)]
        if evidence.empty:
            self.notices.append(f"Voor doel {number} ‘{heading}’ is geen passend bewijs gekozen; vul aan in de werkbank.")
            blocks.append(placeholder("aanpak en indicatoren voor dit doel", "welke werkwijze u hier inzet, voor "
                                      "wie, met wie, en wat u meet; de kennisbank levert geen passend bewijs"))
            return [*blocks, *self._measures(goal, evidence)] if goal.indicator or goal.target else blocks
        if style == "theme":
            return [*blocks, *self._contribution(goal, evidence)]
        doing = self._activity(goal, evidence) if style == "activity" else self._doing(goal, evidence)
        return [*blocks, *doing, *self._why(evidence), *self._measures(goal, evidence)]

    @staticmethod
    def _goal_lead(goal: Goal, heading: str, places: list[str]) -> list[Element]:
        """The goal in the municipalities' words (all of them: the tender's), when the heading shortened it."""
        text = _plain(goal.text)
        quoted = f"“{text}”."
        lead = [] if heading == text else [para(wording.say("goal_quote", goal=quoted) if wording.wanted(text) != text
                                                 else wording.say("goal_lead", goal=quoted, municipality_cap=wording.
                                                                  capitalised(wording.municipalities_short(places)),
                                                                  want=wording.municipalities_verb(places, "wil", "willen")))]
        return lead + [para(text.strip()) for text in goal.own_text.split("\n\n") if text.strip()]

    def _doing(self, goal: Goal, evidence: GoalEvidence) -> list[Element]:
        sentences, refs = [], []
        for method in evidence.methods[: self.detail.methods]:
            sentences += self._method_sentences(method, goal, first=not sentences)
            refs.append(method["ref"])
        for project in evidence.projects[: self.detail.projects]:
            sentences += self._project_sentences(project, alone=not sentences)
            refs.append(project["ref"])
        if not sentences:  # only results were chosen: carry on the projects that achieved them
            labels = list(dict.fromkeys(r.project_label for r in evidence.results if r.project_title))
            if labels:
                described = any(r.project_label != r.project_title for r in evidence.results if r.project_title)
                sentences.append(wording.say("do_from_results_work" if described else "do_from_results",
                                             place=wording.place(self.places), projects=wording.join(labels)))
        approach = bool(sentences)  # a target sentence alone says where to, not how: the approach is to fill
        if goal.target:
            sentences.append(self._target_sentence(goal, after_approach=approach))
        if not sentences:
            return [Heading(f"Wat wij doen in {wording.place(self.places)}", 3),
                    placeholder("aanpak", "wat u hier voor dit doel doet: activiteiten, bereik, plaatsen en partners")]
        if not approach:
            return [Heading(f"Wat wij doen in {wording.place(self.places)}", 3), para(sentences[0]),
                    placeholder("aanpak", "hoe u hier naar deze streefwaarde toewerkt: activiteiten, bereik, plaatsen "
                                          "en partners")]
        return [Heading(f"Wat wij doen in {wording.place(self.places)}", 3),
                _with_sources(self._unwritten(" ".join(sentences), goal), refs)]

    def _unwritten(self, text: str, goal: Goal) -> str:
        """The paragraph on what we do; when it only refers back, the same as an earlier section's, it names
        this goal, so no paragraph stands twice."""
        if text in self.written:
            again = wording.say("do_method_again_opening")
            text = (wording.say("do_same_opening", goal=goal_heading(goal)) + text[len(again):]
                    if text.startswith(again) else wording.say("do_same", goal=goal_heading(goal)) + " " + text)
        self.written.add(text)
        return text

    def _target_sentence(self, goal: Goal, after_approach: bool) -> str:
        """The municipality's target, named with what it counts when that is short ("... voor
        huisuitzettingen wegens betalingsachterstand: 0"); "Daarmee" only after a sentence on the approach."""
        key = "do_target" if after_approach else "aim_target"
        whose = wording.municipalities_short(self.municipalities)  # the tender's, also where a lot is narrower
        counts = SOURCE_NAMED.sub("", goal.indicator)  # "aandeel … (Inwonerspeiling Hessum-Aa)": what it counts
        if counts and len(counts.split()) <= MEASURE_WORDS and ":" not in counts:
            return wording.say(key + "_indicator", indicator=wording.measure(counts),
                               target=wording.target_text(goal.target), municipality=whose)
        return wording.say(key, target=wording.target_text(goal.target), municipality=whose)

    def _method_sentences(self, method: dict, goal: Goal, first: bool = True) -> list[str]:
        whom = _for_whom(method, goal)
        ref = method["ref"]
        if ref in self.described:
            self.referred.add(self.described[ref])
            return [wording.say("do_method_again", method=method["title"], where=self.described[ref])]
        self.described[ref] = self.label
        said = [wording.say("do_method" if first else "do_method_also", place=wording.place(self.places),
                            method=method["title"], for_whom=whom)]
        essence = _essence(method) if self.detail.describe else ""
        return said + ([essence] if essence else [])

    def _project_sentences(self, project: dict, alone: bool = False) -> list[str]:
        """The project we build on, or a reference back; `alone` when no sentence on a method comes before it."""
        ref = project["ref"]
        if ref in self.described:
            self.referred.add(self.described[ref])
            return [wording.say("do_project_again_alone" if alone else "do_project_again", project=project["title"],
                                where=self.described[ref], place=wording.place(self.places))]
        self.described[ref] = self.label
        when, did = wording.when_done(project.get("period") or "")
        where = f"in {project['municipality']}" if project.get("municipality") else ""
        said = [wording.say("do_project_alone" if alone else "do_project", when=when, did=did,
                            project=wording.project_named(project) if alone else project["title"],
                            where=where, place=wording.place(self.places)).replace("  ", " ")]
        offered = activity_words.activities(project.get("summary") or "") if alone else []  # what we do, with no method named
        said += [wording.say("do_offers", activities=wording.join(offered))] if offered else []
        partners = wording.partners_here(project, self.places)
        if partners:
            local = wording.here(project, self.places)
            said.append(wording.say("do_partners" if local else "do_partners_elsewhere",
                                    place=wording.place(self.places), partners=wording.join(partners)))
        return said + self._staffed(project)

    def _activity(self, goal: Goal, evidence: GoalEvidence) -> list[Element]:
        """An activity plan's lines as sentences: what we do here, for whom and with whom; by whom and how often
        where the project says so; the municipality's target. Who is deployed where the records do not say is
        asked once per activity, in the chapter's deployment table (`deployment_table`)."""
        methods = evidence.methods[: self.detail.methods]
        names = wording.join([m["title"] for m in methods] or continued_work(evidence))
        heading = Heading(f"Wat wij doen in {wording.place(self.places)}", 3)
        if not names:  # no activity of ours chosen: for whom we work, then how, to fill (or the results' projects)
            group = target_group(evidence)
            doing = self._doing(goal, evidence)
            return doing[:1] + [para(wording.say("do_group", place=wording.place(self.places), group=group))] + \
                doing[1:] if group else doing
        first = self.shown.setdefault(("line", "Activiteiten", names), self.label)
        again = first != self.label
        # activities named before are cited where they are described, with the projects cited there
        refs = [r["ref"] for r in methods + evidence.projects
                if self.shown.setdefault(("cited", r["ref"]), self.label) == self.label or not again]
        partners = [p for p in sorted({p for project in evidence.projects for p in wording.partners_here(project,
                                                                                                         self.places)})
                    if self.shown.setdefault(("partner", p), self.label) == self.label]
        with_partners = wording.say("with_partners", partners=wording.join(partners)) if partners else ""
        group = target_group(evidence)
        work = [] if methods else self._work(evidence, first if again else "", group, with_partners)
        if work:
            sentences = work
        elif again:
            sentences = [wording.say("do_activity_again", activities=names, where=first, partners=with_partners)]
        else:
            sentences = [wording.say("do_activity", place=wording.place(self.places), activities=names,
                                     for_whom=f" voor {group}" if group else "", partners=with_partners)]
        sentences += self._staffing(evidence)
        if goal.target:
            sentences.append(self._target_sentence(goal, after_approach=True))
        self._deployed(names, evidence)
        return [heading, _with_sources(self._unwritten(" ".join(sentences), goal), refs)]

    def _work(self, evidence: GoalEvidence, earlier: str, group: str, partners: str) -> list[str]:
        """Without a method chosen, what the chosen projects offer as their descriptions name it ("huisbezoeken en
        wekelijkse ontmoetingsmiddagen"), then the project that continues, never a project's title as the activity;
        [] when a project of another town names its method (`activity_of`) or there is no project."""
        projects = evidence.projects[: self.detail.projects] or evidence.projects[:1]
        if not projects:  # only results chosen: the work behind them
            behind = [r for r in evidence.results if r.project_title]
            if not behind or any(r.project_activity for r in behind):
                return []
            projects = [{"title": r.project_title, "label": r.project_label, "offers": r.project_offers,
                         "municipality": r.municipality, "period": r.period} for r in behind[:1]]
        if any(activity_of(p) for p in projects):
            return []
        offered = list(dict.fromkeys(a for p in projects for a in p.get("offers") or
                                     activity_words.activities(p.get("summary") or "")))
        named = wording.join([p.get("label") or wording.project_named(p) for p in projects])
        # for whom, unless the project's name says so already ("Buurtkamers voor ouderen", "ons werk voor …")
        for_whom = f" voor {group}" if group and not any(p.get("approach") or " voor " in named for p in projects) else ""
        fields = {"place": wording.place(self.places), "project": named, "partners": partners, "for_whom": for_whom}
        if earlier:
            return [wording.say("do_work_again", where=earlier, **fields)]
        if not offered:
            return [wording.say("do_work_built", **fields)]
        fields["activities"] = wording.join(offered[:activity_words.ACTIVITIES])
        if wording.here(projects[0], self.places):
            return [wording.say("do_work", **fields)]
        town = projects[0].get("municipality") or ""
        fields["project"] = f"{named} in {town}" if town and not wording.names_places(named, town) else named
        return [wording.say("do_work_elsewhere" + ("_now" if wording.still_running(projects[0].get("period") or "")
                                                  else ""), **fields)]

    def _staffing(self, evidence: GoalEvidence) -> list[str]:
        """By whom and how often, from the first project that says so, the first time that project is used."""
        for project in evidence.projects[: self.detail.projects]:
            said = self._staffed(project)
            if said:
                return said
        return []

    def _staffed(self, project: dict) -> list[str]:
        """"Daarvoor zetten wij vier jongerenwerkers (samen 3,2 fte) in, vijf avonden per week." from the project's
        description, once per project; for a project of another town what it takes there ("In Marrevoort werken
        daarin nu twee gezinscoaches.")."""
        if self.shown.setdefault(("staff", project["ref"]), self.label) != self.label:
            return []
        people, how_often = staffing.staff(project), staffing.often(project)
        often_text = f", {how_often}" if how_often else ""
        if wording.here(project, self.places):
            if people:
                return [wording.say("do_staff", staff=people, often=often_text)]
            return [wording.say("do_often", often=how_often)] if how_often else []
        if people and project.get("municipality"):
            return [wording.say("do_staff_elsewhere" + wording.one(people), town=project["municipality"], staff=people, often=often_text)]
        return []

    def _deployed(self, names: str, evidence: GoalEvidence) -> None:
        """Note the activity for the deployment table: its sections, and whom the records say it takes here."""
        row = self.deployment.setdefault(names, {"labels": [], "staff": "", "ref": "", "elsewhere": ""})
        row["labels"].append(self.label)
        for project in evidence.projects:
            people = staffing.staff(project)
            if people and wording.here(project, self.places) and not row["staff"]:
                row["staff"], row["ref"] = people, project["ref"]
            elif people and project.get("municipality") and not row["elsewhere"]:
                row["elsewhere"] = f"in {project['municipality']} nu {people}"

    def deployment_table(self) -> list[Element]:
        """One table for the activity plan: per activity its sections and who does it, from the records where they
        say so for this municipality, else one cell for the director; emptied for the next chapter."""
        rows, first = [], {}
        for names, row in self.deployment.items():
            same = first.setdefault((row["ref"], row["staff"]), names) if row["staff"] else names
            if row["staff"] and same != names:  # one project's people for two activities: deployed once
                cell = [[Run(wording.say("staffing_same", activity=wording.capitalised(same)) + " "), _source([row["ref"]])]]
            elif row["staff"]:
                cell = [[Run(wording.capitalised(row["staff"]) + " "), _source([row["ref"]])]]
            else:
                hint = f"; {row['elsewhere']}" if row["elsewhere"] else ""
                cell = [[Run(f"[fte en vrijwilligers{hint}]", "placeholder")]]
            rows.append([[[Run(wording.capitalised(names))]], [[Run(", ".join(row["labels"]))]], cell])
        self.activities = [Activity(names, row["labels"], row["staff"], row["ref"]) for names, row in self.deployment.items()]
        self.deployment = {}
        if not rows:
            return []
        return [Heading(DEPLOYMENT_TITLE, 2, numbered=False), para(wording.say("staffing_intro")),
                Table(DEPLOYMENT_HEADER, rows, widths_cm=[6.0, 2.5, 7.5])]

    def _contribution(self, goal: Goal, evidence: GoalEvidence) -> list[Element]:
        """A theme's few lines: one method (its recognition once) or else one project, and one fresh result,
        each opening with what we do here."""
        sentences, refs = [], []
        for method in evidence.methods[:1]:
            sentences += self._method_sentences(method, goal)[:1]
            if self.shown.setdefault(("level", method["ref"]), self.label) == self.label:
                sentences.append(_recognition(method, any(r.value for r in evidence.results)))
            refs.append(method["ref"])
        for project in evidence.projects[:1]:  # after a method: where we did it, the first time only
            if not sentences or project["ref"] not in self.described:
                sentences += self._project_sentences(project, alone=not sentences)[:1]
                refs.append(project["ref"])
        result = next((r for r in evidence.results if r.value
                       and self.shown.setdefault(("result", r.ref, r.indicator), self.label) == self.label), None)
        if result:
            if not sentences:
                kind = "do_result_project" if result.project_title else "do_result_group" if result.target_group \
                    else "do_result_alone"
                sentences.append(wording.say(kind, place=wording.place(self.places), project=result.project_label,
                                             group=result.target_group))
            sentences.append(result_sentence(result))
            refs.append(result.ref)
        elif sentences:  # its results were written under an earlier theme: point there, naming them
            before = next((r for r in evidence.results if r.value and ("result", r.ref, r.indicator) in self.shown), None)
            where = self.shown[("result", before.ref, before.indicator)] if before is not None else ""
            if where and where not in self.referred:  # else the sentence on the method points there already
                sentences.append(wording.say("why_earlier", where=where))
            refs += [before.ref] if where else []
        earlier = self._described_at(evidence)
        aim = [self._target_sentence(goal, after_approach=True)] if unstated_target(goal) else []
        if not sentences and earlier:  # all of it described under an earlier theme: say so, not a gap to fill
            text = " ".join([wording.say("theme_same", where=earlier[0]), *aim])
            return [_with_sources(self._unwritten(text, goal), earlier[1])]
        if not sentences:  # the municipality's target still stands in its goal's own lines
            aim = [para(self._target_sentence(goal, after_approach=False))] if unstated_target(goal) else []
            return [*aim, placeholder("bijdrage aan dit thema", "wat u hier doet, met welke aanpak en met wie")]
        return [_with_sources(self._unwritten(" ".join(sentences + aim), goal), refs)]

    def _described_at(self, evidence: GoalEvidence) -> tuple[str, list[str]] | None:
        """The earlier section that holds this evidence, and its refs; None when nothing was described before."""
        keys = [(("level", m["ref"]), m["ref"]) for m in evidence.methods] + \
               [(("result", r.ref, r.indicator), r.ref) for r in evidence.results if r.value]
        found = [(self.shown[key], ref) for key, ref in keys if self.shown.get(key, self.label) != self.label]
        found += [(self.described[p["ref"]], p["ref"]) for p in evidence.projects
                  if self.described.get(p["ref"], self.label) != self.label]
        return (found[0][0], list(dict.fromkeys(ref for _, ref in found))) if found else None

    def _why(self, evidence: GoalEvidence) -> list[Element]:
        blocks: list[Element] = [Heading("Waarom het werkt", 3)]
        proven = any(r.value for r in evidence.results)  # whether we have results of our own to point to
        unproven = []  # methods not recognised, shown here, with no result of ours to show they work
        for method in evidence.methods[: self.detail.methods]:
            if self.shown.setdefault(("level", method["ref"]), self.label) == self.label:
                blocks.append(_with_sources(_recognition(method, proven), [method["ref"]]))
                unproven += [method["title"]] if not proven and not level_label(method.get("evidence_level", "")) else []
        results = [r for r in evidence.results if r.value][: self.detail.results]
        fresh = [r for r in results if self.shown.setdefault(("result", r.ref, r.indicator), self.label) == self.label]
        if fresh:  # our results as sentences in one paragraph, their sources once at its end
            blocks.append(_with_sources(" ".join(result_sentence(r) for r in fresh), [r.ref for r in fresh]))
        earlier = sorted({self.shown[("result", r.ref, r.indicator)] for r in results if r not in fresh} - self.referred)
        if earlier:  # results described under an earlier goal: point there, naming their sources
            blocks.append(_with_sources(wording.say("why_earlier", where=wording.join(earlier)).replace(
                "paragraaf ", "paragrafen ", len(earlier) > 1), [r.ref for r in results if r not in fresh]))
        story = next((r for r in evidence.results if r.story.strip() and r.consent
                      and self.shown.setdefault(("story", r.ref), self.label) == self.label), None) if self.detail.story else None
        if story:
            blocks.append(Paragraph([Run(story_text(story.story), "italic"), Run(" "), _source([story.ref])], "story"))
        if unproven:
            blocks.append(placeholder("onderbouwing", f"een eigen resultaat met cijfer, periode en plaats dat laat zien "
                                      f"dat {wording.join(unproven)} werkt, of een onderzoek"))
        for item in evidence.results:
            if item.story.strip() and not item.consent:
                self.notices.append(f"Het verhaal bij {item.ref} ‘{item.title}’ is weggelaten: er is geen toestemming "
                                    "vastgelegd.")
        methods = evidence.methods[: self.detail.methods]
        recognised = sorted({self.shown[("level", m["ref"])] for m in methods} - {self.label})  # shown earlier
        if len(blocks) == 1 and self.referred and (len(results) > len(fresh) or recognised):
            return []  # what we do here refers back to the section that holds these results
        if len(blocks) == 1 and recognised:  # the method's recognition stands under an earlier goal: point there
            blocks.append(_with_sources(wording.say("why_level_earlier", where=wording.join(recognised)).replace(
                "paragraaf ", "paragrafen ", len(recognised) > 1), [m["ref"] for m in methods]))
        if len(blocks) == 1:
            blocks.append(placeholder("onderbouwing", "de kennisbank levert voor dit doel geen erkenning en geen "
                                      "resultaat met een cijfer; vul aan of kies ander bewijs in de werkbank"))
        return blocks

    def _measures(self, goal: Goal, evidence: GoalEvidence) -> list[Element]:
        fresh = [r for r in evidence.results
                 if self.shown.setdefault(("measure", r.indicator.strip().lower()), self.label) == self.label]
        theirs = (goal.indicator.strip().lower(), goal.target.strip().lower())
        earlier = self.shown.setdefault(("tender measure", theirs), self.label) if any(theirs) else self.label
        if earlier != self.label:  # the same indicator of the municipality as an earlier goal: refer back to it,
            # its target still restated in this goal's own section
            target = wording.say("measure_same_target", target=wording.target_text(goal.target)) if goal.target else ""
            lines = measure_lines(replace(goal, indicator="", target="", attributes={}),  # its table row would
                                  GoalEvidence(evidence.methods, evidence.projects, fresh), self.detail.own_measures,
                                  self.places)
            return [Heading("Wat wij meten", 3), para(wording.say("measure_same", goal=goal_heading(goal), where=earlier,
                                                                  target=target)),
                    *(Paragraph(line, "bullet") for line in lines)]  # refill them
        lines = measure_lines(goal, GoalEvidence(evidence.methods, evidence.projects, fresh), self.detail.own_measures,
                              self.places)
        self.measured[self.label] = our_measures(goal, GoalEvidence(results=fresh), self.detail.own_measures)
        lines = lines or self._measured_before(evidence, fresh) or self._measured_with(evidence)
        if not lines:
            return [Heading("Wat wij meten", 3),
                    placeholder("indicatoren", "wat u voor dit doel meet, met nulmeting en streefwaarde")]
        return [Heading("Wat wij meten", 3), *(Paragraph(line, "bullet") for line in lines)]

    def _measured_before(self, evidence: GoalEvidence, fresh: list[ResultItem]) -> list[list[Run]]:
        """Our indicators for this goal that an earlier section measures already: named with a reference back,
        so the section says what is measured rather than leaving a place to fill."""
        earlier = [r for r in evidence.results if r.indicator.strip() and r not in fresh][: self.detail.own_measures]
        return [[Run(wording.indicator(r.indicator, r.value, r.unit) + " (" + wording.say(
            "see", where=self.shown[("measure", r.indicator.strip().lower())]) + ")")]
                for r in {r.indicator.strip().lower(): r for r in earlier}.values()]

    def _measured_with(self, evidence: GoalEvidence) -> list[list[Run]]:
        """Without results of its own, a goal served by a method or project described under an earlier goal is
        measured with that goal's indicators of ours: named with a reference back."""
        records = evidence.methods[: self.detail.methods] + evidence.projects
        earlier = [self.described.get(r["ref"]) or self.shown.get(("level", r["ref"])) for r in records]
        where = next((at for at in earlier if at and at != self.label and self.measured.get(at)), "")
        return [[Run(wording.indicator(r.indicator, r.value, r.unit) + " (" + wording.say("see", where=where) + ")")]
                for r in self.measured.get(where, [])]


def goal_heading(goal: Goal) -> str:
    """A whole, short heading for a goal: the goal itself, or its first clause when it is long; never cut. What
    a goal wants ("Wij willen dat minder ouderen zich eenzaam voelen") is put as a main clause ("Minder
    ouderen voelen zich eenzaam") where its word order is clear."""
    plain = _plain(goal.text)
    text = wording.wanted(plain)
    clause = text != plain  # verb-final: cut from "... wil dat"
    if len(text.split()) > HEADING_WORDS:
        first = CLAUSE_BREAK.split(text, maxsplit=1)[0].strip(" ,;")
        text = first if 3 <= len(first.split()) < len(text.split()) else text
    return (wording.main_clause(text) or text) if clause else text


def measure_lines(goal: Goal, evidence: GoalEvidence, own: int = 2, places: list[str] = ()) -> list[list[Run]]:
    """The tender's own indicator and target first, then at most `own` of ours, effects before outputs, each with
    the level it starts from: our figure in these `places` as the nulmeting, else what we reached elsewhere."""
    lines: list[list[Run]] = []
    if goal.indicator:
        target = f" — streefwaarde: {wording.target_text(goal.target)}" if goal.target else ""
        lines.append([Run(wording.say("measure_tender", indicator=wording.capitalised(goal.indicator), target=target))])
    elif goal.target:
        lines.append([Run(wording.say("measure_target", target=wording.target_text(goal.target)))])
    lines += [[Run(_our_measure(item, places) + " "), _source([item.ref])] for item in our_measures(goal, evidence, own)]
    return lines


def our_measures(goal: Goal, evidence: GoalEvidence, own: int = 2) -> list[ResultItem]:
    """At most `own` of our results as indicators, effects before outputs, none the tender's own indicator."""
    seen, chosen = {goal.indicator.lower()} if goal.indicator else set(), []
    ours = sorted((r for r in evidence.results if r.indicator.strip()), key=lambda r: not EFFECT_WORDS.search(
        f"{r.indicator} {r.unit}") if goal.kind != OUTPUT else 0)
    for item in ours:
        key = item.indicator.strip().lower()
        if key not in seen and len(chosen) < own:
            seen.add(key)
            chosen.append(item)
    return chosen


def _our_measure(item: ResultItem, places: list[str]) -> str:
    """"Aantal balansgesprekken — nulmeting: 312 gesprekken (2024)" for a result of ours here; elsewhere, or for a
    change ("van 146 naar 97"), which is no level to start from, "— eerder bereikt: 68% (Zaanstad, 2023)"; the
    indicator alone without a value."""
    named = wording.indicator(item.indicator, item.value, item.unit)
    if not item.value:
        return wording.say("measure_ours", indicator=named)
    local = wording.here({"municipality": item.municipality}, list(places))
    when = wording.where_when("" if local else item.municipality, item.period)
    level = local and not wording.CHANGE.search(item.value)
    return wording.say("measure_ours_baseline" if level else "measure_ours_before", indicator=named,
                       value=wording.value(item.value, item.unit, named), when=f" ({when})" if when else "")


def unstated_target(goal: Goal) -> bool:
    """Whether the goal has a target of the municipality its own words do not state (a table's column)."""
    return bool(goal.target) and goal.target.lower() not in goal.text.lower()


def _plain(text: str) -> str:
    return " ".join(text.split()).rstrip(".")


def _for_whom(record: dict, goal: Goal) -> str:
    group = (record.get("target_group") or "").strip()
    return f" voor {group}" if group else ""


def reach_label(goal: Goal) -> str:
    """"Bereik" for a count of people or activities; "Streefwaarde" for a share, score, amount or change,
    whatever the goal's kind ("10% lager dan in 2025" or "€ 250 per jaar" is no reach, even under a goal
    read as an output)."""
    return "Streefwaarde" if EFFECT_WORDS.search(goal.target) else "Bereik"


def continued_work(evidence: GoalEvidence) -> list[str]:
    """Without a method, the activities are the projects we carry on: the chosen ones, else those of the results;
    a project of another town by the method it applied, where the draft names that method."""
    return list(dict.fromkeys([activity_of(p) or wording.project_named(p, capital=True) for p in evidence.projects]
                              or [r.project_activity or wording.capitalised(r.project_label)
                                  for r in evidence.results if r.project_title]))


def target_group(evidence: GoalEvidence) -> str:
    """For whom: the first method's or project's target group, else that of the work behind a result."""
    return next((r.get("target_group", "").strip() for r in evidence.methods + evidence.projects
                 if r.get("target_group", "").strip()), "") or next(
        (r.target_group for r in evidence.results if r.target_group), "")


def _essence(method: dict) -> str:
    """The method's own defining first sentence, when it says what the method is (present tense)."""
    match = FIRST_SENTENCE.match(" ".join((method.get("summary") or "").split()))
    return match.group(1) if match and re.search(r"\b(is|zijn|biedt|helpt|werkt)\b", match.group(1)) else ""


def _recognition(method: dict, proven: bool = True) -> str:
    """The method's recognition as stored; one not recognised says our own results show it works only when
    the section has them (`proven`)."""
    level = level_label(method.get("evidence_level", ""))
    if not level:
        return wording.say("why_unrecognised" if proven else "why_unrecognised_bare", method=method.get("title", ""))
    details = [d for d in (databank_label(method.get("databank", "")), dutch.date(method.get("recognised_on") or "")) if d]
    if details:
        return wording.say("why_level", method=method["title"], level=f"‘{level}’", details=", ".join(details))
    return wording.say("why_level_plain", method=method["title"], level=f"‘{level}’")


_QUOTES = re.compile(r'"([^"]+)"')


def story_text(story: str) -> str:
    """A story in quotation marks: as written when it quotes someone itself ('"Ik had ..." (meneer K.,
    79)', straight quotes made curly), else quoted whole."""
    text = story.strip()
    if text[:1] in "\"“„'‘":
        return _QUOTES.sub(r"“\1”", text)
    return f"“{text}”"


def result_sentence(item: ResultItem) -> str:
    """"In 2023 legden wij met Thuis in Oudervaart 1.860 huisbezoeken af" in the words `wording.result_sentence`
    has: a result with its figure, period, place and the work that achieved it."""
    return wording.result_sentence(item.indicator or item.title, item.value, item.unit, item.period, item.municipality,
                                   item.project_title)


def _source(refs: list[str]) -> Run:
    return Run(f"({', '.join(dict.fromkeys(r for r in refs if r))})", "source")


def _with_sources(text: str, refs: list[str]) -> Paragraph:
    """A paragraph with its sources once at the end, e.g. "… (M01, P03)"."""
    runs = [Run(text + (" " if refs else ""))] if text else []
    return Paragraph([*runs, _source(refs)] if refs else runs)
