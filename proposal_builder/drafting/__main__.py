"""Regenerate the default house-style reference document: `python -m proposal_builder.drafting`."""
from .house_style import DEFAULT_TEMPLATE, make_house_style

make_house_style(DEFAULT_TEMPLATE)
print(f"Huisstijl geschreven naar {DEFAULT_TEMPLATE}")
