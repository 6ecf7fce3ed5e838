"""`python -m proposal_builder.cli ...` runs the same commands as `proposal-builder ...`."""
from . import cli

cli()
