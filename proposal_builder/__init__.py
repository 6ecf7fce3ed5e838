"""Proposal Builder: from a welfare organisation's knowledge base and a municipality's tender to a Word proposal.

The package root loads no web framework: `proposal_builder.tender`, `.matching`, `.drafting` and
`.pipeline` are plain libraries; the Flask app lives in `proposal_builder.web` and the command
line in `proposal_builder.cli`.
"""
