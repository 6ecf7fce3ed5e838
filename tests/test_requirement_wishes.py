"""Requirements under a numbered article, and wishes written as sentences rather than listed."""
from proposal_builder.tender import analyse_text

ARTICLES = """Beleidsregel Vrijwillige inzet Noordermeer

Artikel 5 Voorwaarden
1. Subsidie wordt alleen verstrekt aan een rechtspersoon zonder winstoogmerk.
2. De aanvrager beschikt over een vrijwilligersbeleid.

Artikel 6 Subsidieplafond
Het plafond bedraagt € 180.000.

Toelichting
Noordermeer telt 19.700 inwoners in drie kernen.
Het college ziet graag dat organisaties samenwerken in de Alliantie Informele Zorg. Dit is geen voorwaarde voor subsidie.
"""

AFTER_LIST = """Subsidietender Ameldonk

Voorwaarden
Uw aanvraag voldoet aan de volgende voorwaarden:
- U werkt samen met ten minste één andere organisatie.
- U heeft een klachtenregeling.

Wij zien graag dat aanvragers inwoners zelf betrekken bij hun activiteiten. Dit is geen voorwaarde.

Achtergrond
Wij zien graag dat inwoners elkaar vaker ontmoeten in de kernen.
"""


def _requirements(text):
    return [(r.kind, r.text) for r in analyse_text(text).requirements]


def test_an_article_titled_voorwaarden_holds_minimum_requirements_and_a_note_says_what_is_only_wished():
    assert _requirements(ARTICLES) == [
        ("minimum", "Subsidie wordt alleen verstrekt aan een rechtspersoon zonder winstoogmerk."),
        ("minimum", "De aanvrager beschikt over een vrijwilligersbeleid."),
        ("wish", "Het college ziet graag dat organisaties samenwerken in de Alliantie Informele Zorg.")]


def test_a_wish_sentence_after_a_requirements_list_is_a_wish_and_one_in_background_text_is_nothing():
    found = _requirements(AFTER_LIST)
    assert ("wish", "Wij zien graag dat aanvragers inwoners zelf betrekken bij hun activiteiten.") in found
    assert not any("elkaar vaker ontmoeten" in text for _, text in found)
    assert [kind for kind, _ in found].count("minimum") == 2
