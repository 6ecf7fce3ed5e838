"""The standard chapters written from the organisation's answer library: the key message from the profile,
the team, partners, standard texts in the variant for the route and the chapter's room, and proofs in the
requirement tables. Each text is used once; what the library does not hold stays a placeholder.
"""
from __future__ import annotations

import re

from knowledge_base.library_types import field_labels, variant_text

from .. import dutch
from . import wording
from .profile_answers import PROFILE_RULES, coverage_lacking, kvk_answer
from .requirement_answers import evidence_answer
from .document import Element, Paragraph, Run, para, placeholder
from .models import DraftRequest, Library
from .plan import Chapter

QUALITY_TITLE = "Kwaliteit, privacy en veiligheid"
# The standard-text topics that answer each kind of standard chapter, in reading order.
CHAPTER_TOPICS = {
    "cooperation": ("samenwerking",), "implementation": ("implementatie", "continuïteit"),
    "team": ("personeel", "VOG"), "risks": ("risico's", "continuïteit"), "monitoring": ("monitoring", "kwaliteit"),
    "innovation": ("meerwaarde",), "quality": ("kwaliteit", "privacy", "meldcode", "klachten", "VOG", "social return"),
}
TEXTS_PER_CHAPTER = 3
QUALITY_WORDS = {"kwali", "priva", "veili", "meldc", "klach"}  # a chapter title with these answers on quality
# A requirement and the proof kinds that show it is met: (requirement words, proof kinds, standard-text topics).
PROOF_RULES = (
    (r"kvk|handelsregister|kamer van koophandel", ("KvK",), ()),
    (r"hkz|iso|keurmerk|kwaliteitssysteem|kwaliteitscertific|certificering", ("HKZ", "ISO 9001"), ("kwaliteit",)),
    (r"\bvog\b|verklaring omtrent het gedrag", ("VOG-beleid",), ("VOG",)),
    (r"klacht", ("klachtenregeling",), ("klachten",)),
    (r"meldcode|huiselijk geweld|kindermishandeling", ("meldcode",), ("meldcode",)),
    (r"privacy|\bavg\b|persoonsgegevens|gegevensbescherming", ("privacybeleid (AVG)",), ("privacy",)),
    (r"verzeker|aansprakelijk", ("verzekering",), ()),
    (r"eigen verklaring|\buea\b", ("eigen verklaring",), ()),
    (r"verwijsindex", ("aansluiting verwijsindex",), ()),
    (r"social return|\bsroi\b", (), ("social return",)),
    (r"opleiding|\bhbo\b|\bmbo\b|diploma", (), ("personeel",)),  # a register: the profile (profile_answers.py)
)
SHORT_PAGES = 1  # a chapter with this many pages or fewer gets the short variant of a text


def _topic(record: dict) -> str:
    return str((record.get("extra") or {}).get("topic") or "")


def _words(text: str) -> set[str]:
    """Word beginnings of five letters, enough to match 'kwaliteit' with 'kwaliteitszorg'."""
    return {w[:5] for w in re.findall(r"\w+", text.lower()) if len(w) >= 4}


class LibraryWriter:
    """Writes the library's parts of one draft; the texts are assigned to chapters once, in reading order."""

    def __init__(self, request: DraftRequest, chapters: list[Chapter], lean: bool = False, evidence: list[dict] = ()):
        self.request, self.library, self.lean = request, request.library, lean
        self.evidence = list(evidence)  # the knowledge-base records the goal sections use, for requirement answers
        self.used: list[str] = []  # refs of the library records the draft uses
        self.where: dict[str, str] = {}  # a standard text's ref -> the chapter it was written in
        taken: set[str] = set()
        self.assigned = {chapter.title: self._pick(chapter, taken) for chapter in chapters}

    def _pick(self, chapter: Chapter, taken: set[str]) -> list[dict]:
        topics = CHAPTER_TOPICS.get(chapter.kind, ())
        if chapter.kind == "open":  # a criterion without goals: texts whose topic or title its name uses
            wanted = _words(chapter.title)
            found = [t for t in self.library.texts if _words(f"{_topic(t)} {t.get('title', '')}") & wanted]
            if wanted & QUALITY_WORDS:  # a criterion on quality or safety takes what the tender asks of those
                found += [t for t in self.library.texts if _topic(t) in CHAPTER_TOPICS["quality"]
                          and _topic(t) in self.library.asked]
        else:
            found = [t for topic in topics for t in self.library.texts if _topic(t) == topic]
        if chapter.kind == "quality":
            found = [t for t in found if _topic(t) in self.library.asked]
        picked = [t for t in dict((t["ref"], t) for t in found).values() if t["ref"] not in taken]
        picked = picked[:1 if self.lean else TEXTS_PER_CHAPTER]
        taken.update(t["ref"] for t in picked)
        return picked

    def _length(self, chapter: Chapter | None) -> str:
        if self.lean or self.request.tender.route == "open house":
            return "kort"
        return "kort" if chapter and chapter.page_limit and chapter.page_limit <= SHORT_PAGES else "lang"

    def _use(self, record: dict) -> dict:
        if record["ref"] not in self.used:
            self.used.append(record["ref"])
        return record

    def texts(self, chapter: Chapter) -> list[Element]:
        """The standard texts assigned to a chapter, each in the variant for the route and the room."""
        blocks: list[Element] = []
        for text in self.assigned.get(chapter.title, []):
            self.where.setdefault(text["ref"], chapter.title)
            words = variant_text(self._use(text), self.request.tender.route, self._length(chapter))
            blocks += [para(part) for part in words.split("\n\n") if part.strip()]
        return blocks

    def standard(self, chapter: Chapter) -> list[Element]:
        """The body of a standard chapter from the library; empty when the library holds nothing for it."""
        blocks = (self.team() if chapter.kind == "team" else []) + self.texts(chapter)
        if blocks and chapter.kind == "implementation":  # the dates stay the director's
            blocks.append(placeholder("planning", "startdatum, mijlpalen en de data van de eerste activiteiten"))
        return blocks

    def cooperation(self, chapter: Chapter) -> list[Element]:
        """The library's partners and its texts on cooperation."""
        return self.partners() + self.texts(chapter)

    def profile(self) -> dict | None:
        """The organisation profile, noted as used (for the budget's cost per fte and rate) when it holds either."""
        profile = self.library.organisation
        if profile and any((profile.get("extra") or {}).get(k) for k in ("cost_per_fte", "hourly_rate")):
            self._use(profile)
        return profile

    def key_message(self) -> list[Element]:
        """The profile's distinctive proposition (else its mission) as the key message of the summary."""
        profile = self.library.organisation
        extra = (profile or {}).get("extra") or {}
        message = str(extra.get("proposition") or extra.get("mission") or "").strip()
        if not message:
            return []
        self._use(profile)
        return [para(Run("Waarom wij: ", "bold"), message)]

    def who_we_are(self) -> list[Element]:
        """Mission, size and working area from the profile, for an Open House or a chapter about the organisation."""
        profile = self.library.organisation
        extra = (profile or {}).get("extra") or {}
        shown = (("mission", "Missie"),) if extra.get("proposition") else ()  # else the key message holds it
        facts = [(label, str(extra.get(name) or "").strip()) for name, label in
                 (*shown, ("size", "Omvang"), ("working_area", "Werkgebied"))]
        if profile and any(value for _, value in facts):
            self._use(profile)
        return [para(Run(f"{label}: ", "bold"), value) for label, value in facts if value]

    @property
    def has_partners(self) -> bool:
        """Whether the library holds partner records (listed by `partners`)."""
        return bool(self.library.partners)

    def partners(self) -> list[Element]:
        """Each partner record with its role and since when."""
        lines = []
        for partner in self.library.partners:
            extra = self._use(partner).get("extra") or {}
            role = str(extra.get("partner_role") or "").strip()
            since = f"partner sinds {extra['since']}" if extra.get("since") else ""
            details = ", ".join(p for p in (role, since) if p)
            lines.append(Paragraph([Run(partner["title"], "bold"), Run(f": {details}." if details else ".")], "bullet"))
        return lines

    def team(self) -> list[Element]:
        """The team members who may be named and whose expertise fits the goals."""
        if not self.library.team:
            return []
        lines: list[Element] = [para("Wij zetten een vast team in met de deskundigheid die deze opdracht vraagt:")]
        for member in self.library.team:
            lines.append(Paragraph(self._member_runs(self._use(member)), "bullet"))
        return lines

    def _member_runs(self, member: dict) -> list[Run]:
        extra = member.get("extra") or {}
        role = str(extra.get("role") or "").strip()
        hours = f"{dutch.number(str(extra['hours']).replace(',', '.'))} uur per week" if extra.get("hours") else ""
        head = ", ".join(p for p in (role, hours) if p)
        tail = "; ".join(str(extra.get(k)).strip() for k in ("expertise", "registration") if extra.get(k))
        return [Run(member["title"], "bold"), Run(f" ({head})" if head else ""), Run(f": {tail}." if tail else ".")]

    def interview_people(self) -> list[Element]:
        """Who comes to the interview: the first team members, with their role."""
        people = [self._use(m) for m in self.library.team[:3]]
        return [para(Run(m["title"], "bold"), f", {(m.get('extra') or {}).get('role') or 'teamlid'}", role="bullet")
                for m in people]

    def requirement_cells(self, requirement: str) -> tuple | None:
        """(how we meet it, proof, missing) for a requirement the library answers: its proofs or texts for each
        document the requirement asks (a certificate, a VOG, a complaints procedure and a privacy policy), the
        organisation profile for its legal form, establishment, cao or registration; `missing` names what the
        library lacks for the rest, as (what, where it is fixed). Without any of those, the records of the goal
        sections (`requirement_answers.evidence_answer`); None when nothing answers."""
        answers, missing = [], []
        for words, kinds, topics in PROOF_RULES:
            if re.search(words, requirement, re.IGNORECASE):
                found = self._proof_answer(kinds, topics)
                answers += [found] if found else []
                missing += [] if found else [(wording.join(list(kinds or topics), "of"),
                                              f"proof:{kinds[0]}" if kinds else f"text:{topics[0]}")]
                lacking = coverage_lacking(requirement, self._proofs(kinds)) if found and "verzekering" in kinds else ""
                missing += [(lacking, "proof:verzekering")] if lacking else []
        profile = self.library.organisation
        for name, words, answer in PROFILE_RULES:
            if words.search(requirement):
                found = answer(requirement, profile, self.request.tender.municipalities) if profile else None
                answers += [self._used_profile(found)] if found else []
                missing += [] if found else [(field_labels()[name].lower(), f"profile:{name}")]
        if not answers:
            return evidence_answer(requirement, self.evidence, self.request.tender.municipalities) or (
                ("", "", missing) if missing else None)
        proofs = list(dict.fromkeys(a[1] for a in answers))  # a proof inside another ("organisatieprofiel (ORG01)") once
        proofs = [p for p in proofs if not any(p != other and p in other for other in proofs)]
        return " ".join(dict.fromkeys(a[0] for a in answers)), wording.capitalised("; ".join(proofs)), missing

    def _proofs(self, kinds: tuple[str, ...]) -> list[dict]:
        return [p for p in self.library.proofs if (p.get("extra") or {}).get("proof_kind") in kinds]

    def _proof_answer(self, kinds: tuple[str, ...], topics: tuple[str, ...]) -> tuple[str, str] | None:
        proofs = self._proofs(kinds)
        texts = [t for t in self.library.texts if _topic(t) in topics]
        if proofs or texts:
            return self._how(proofs, texts), self._proof(proofs)
        return self._used_profile(kvk_answer(self.library.organisation)) if "KvK" in kinds else None

    def _used_profile(self, found: tuple[str, str] | None) -> tuple[str, str] | None:
        if found:
            self._use(self.library.organisation)
        return found

    def _how(self, proofs: list[dict], texts: list[dict]) -> str:
        written = [t for t in texts if t["ref"] in self.where]
        if written and proofs and proofs[0].get("summary"):  # the text is in a chapter already: not twice
            return self._use(proofs[0])["summary"]
        if written:
            return f"Zie hoofdstuk ‘{self.where[written[0]['ref']]}’."
        if texts:
            return variant_text(self._use(texts[0]), self.request.tender.route, "kort")
        return self._use(proofs[0]).get("summary") or f"Wij beschikken over: {proofs[0]['title']}."

    def _proof(self, proofs: list[dict]) -> str:
        if not proofs:
            return "Op verzoek"
        extra = self._use(proofs[0]).get("extra") or {}
        parts = [proofs[0]["title"], f"nr. {extra['number']}" if extra.get("number") else "",
                 f"geldig tot {dutch.date(extra['valid_until'])}" if extra.get("valid_until") else ""]
        return ", ".join(p for p in parts if p) + f" ({proofs[0]['ref']})"


def with_quality_chapter(chapters: list[Chapter], library: Library, route: str) -> list[Chapter]:
    """The chapters with one on quality, privacy and safety before the budget, when the tender asks for
    topics the library has texts on and no chapter of the tender's own already covers them."""
    asked = [t for t in library.texts if _topic(t) in library.asked and _topic(t) in CHAPTER_TOPICS["quality"]]
    covered = any(_words(c.title) & QUALITY_WORDS for c in chapters)
    if route == "open house" or not asked or covered:
        return chapters
    at = next((i for i, c in enumerate(chapters) if c.kind in ("budget", "price")), len(chapters))
    return [*chapters[:at], Chapter(QUALITY_TITLE, "quality"), *chapters[at:]]

