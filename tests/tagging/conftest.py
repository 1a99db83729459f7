"""Shared fixtures for tagger tests: the shipped tagger (loaded once) and a rules-only pipeline."""

from __future__ import annotations

import pytest

from tests.conftest import ROOT

MODELS = ROOT / "models"


@pytest.fixture(scope="session")
def tagger():
    from streamtool.tagging import Tagger

    return Tagger.load(MODELS)


@pytest.fixture(scope="session")
def rules_nlp():
    """spacy.blank("en") with only the rule layer, so rule tests do not move with retraining."""
    import spacy

    from streamtool.tagging import components  # noqa: F401

    nlp = spacy.blank("en")
    nlp.add_pipe("streamtool_rules", config={"patterns_dir": str(MODELS / "patterns")})
    return nlp
