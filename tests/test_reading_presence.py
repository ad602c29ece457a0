"""Presence of forces (deploy, withdraw_forces): what the rules must read, whatever the
learned filter makes of it. The sentences are written for the tests."""

import pytest
from tests.test_extraction import readings

from pactwatch.extraction.pipeline import Extractor


@pytest.fixture(scope="module")
def rules(world):
    return Extractor(world.kb, model=None)


def test_forces_named_where_they_are_with_no_verb_are_a_presence(rules):
    found = readings(rules, "American troops in Syria were attacked by militias.", "deploy")
    assert (["USA"], ["SYR"], None, "CT+") in found


def test_forces_in_something_that_is_no_place_are_no_presence(rules):
    assert readings(rules, "The troops in combat were exhausted after the battle.", "deploy") == []
