"""Tests for speech acts the coder used to miss or misread: appeals and demands, rejected
accusations, accusations beside another word, and what several speakers say together.

News sentences written for these tests (not from any evaluation set); each names the
class of error it pins down. They run the whole coder with the real model.
"""

from __future__ import annotations

import pytest

from helpers import plover_events

model = pytest.mark.model


@model
def test_verbal_verb_after_a_relative_clause_is_the_subjects_own(coder):
    # 'X, which ..., called on Y': the parser took the verb for a reduced relative clause
    found = plover_events(coder, "The African Union, which has mediated between the two "
                                 "countries since 2020, called on Eritrea to withdraw its "
                                 "troops from the border town.")
    assert ("REQUEST", "IGO", "ERI") in found


@model
def test_verbal_rejected_accusation_is_a_rejection_of_the_accuser(coder):
    found = plover_events(coder, "Uganda accused Rwanda of sheltering rebel commanders. "
                                 "Rwanda dismissed the allegations as \"fabricated\".")
    assert ("ACCUSE", "UGA", "RWA") in found
    assert ("REJECT", "RWA", "UGA") in found


@model
def test_verbal_rejected_objections_name_whose_objections(coder):
    found = plover_events(coder, "Vietnam rejected China's objections to its new fishing "
                                 "rules in the Gulf of Tonkin.")
    assert ("REJECT", "VNM", "CHN") in found
    assert not any(category == "ACCUSE" for category, _, _ in found)


@model
def test_verbal_a_claim_told_with_its_content_is_no_rejection(coder):
    # 'rejected claims that its troops had shelled ...': the denied act, not a rejection
    found = plover_events(coder, "Moscow rejected claims that its troops had shelled the "
                                 "Zaporizhzhia plant.")
    assert not any(category == "REJECT" for category, _, _ in found)


@model
def test_verbal_accusation_beside_a_rejection_is_its_own_act(coder):
    found = plover_events(coder, "Serbia's foreign ministry rejected the criticism, accusing "
                                 "the European Union of double standards.")
    assert ("ACCUSE", "SRB", "IGO") in found


@model
def test_verbal_a_request_sent_is_an_appeal_to_its_addressee(coder):
    found = plover_events(coder, "Jordan sent a formal request to Syria for the return of "
                                 "its detained truck drivers.")
    assert ("REQUEST", "JOR", "SYR") in found
    assert not any(category == "AID" for category, _, _ in found)


@model
def test_verbal_a_request_submitted_is_no_concession(coder):
    found = plover_events(coder, "Iraq submitted a request to Iran for more water from the "
                                 "Sirwan river.")
    assert ("REQUEST", "IRQ", "IRN") in found
    assert not any(category == "CONCEDE" for category, _, _ in found)


@model
def test_verbal_a_request_for_comment_is_no_event(coder):
    assert plover_events(coder, "The Turkish embassy in Stockholm did not respond to a "
                                "request for comment.") == set()


@model
def test_verbal_renewed_call_for_x_to_act_is_made_to_x(coder):
    found = plover_events(coder, "Chile's government renewed its call for Argentina to "
                                 "reopen the Cristo Redentor pass.")
    assert ("REQUEST", "CHL", "ARG") in found


@model
def test_verbal_help_sought_is_an_appeal_for_aid(coder):
    found = plover_events(coder, "Sri Lanka sought India's assistance to restore power "
                                 "after the cyclone.")
    assert ("REQUEST", "LKA", "IND") in found
    assert not any(category == "AGREE" for category, _, _ in found)


@model
def test_verbal_they_after_speakers_named_one_by_one_is_all_of_them(coder):
    found = plover_events(coder, "Norway and Sweden said they were alarmed and urged Russia "
                                 "to stop jamming GPS signals over the Baltic.")
    assert {("REQUEST", "NOR", "RUS"), ("REQUEST", "SWE", "RUS")} <= found


@model
def test_verbal_a_quoted_must_is_a_demand_on_whom_it_names(coder):
    found = plover_events(coder, "\"Belarus must release our citizens at once,\" Lithuanian "
                                 "Foreign Minister Kestutis Budrys told parliament.")
    assert ("REQUEST", "LTU", "BLR") in found


@model
def test_verbal_a_quote_before_a_commentators_verb_is_no_demand(coder):
    found = plover_events(coder, "Had Hungary signed the treaty earlier, some argue, the "
                                 "dispute might have been avoided.")
    assert not any(category == "REQUEST" for category, _, _ in found)


@model
def test_verbal_blasted_over_a_grievance_is_criticism(coder):
    found = plover_events(coder, "Algeria blasted Spain over its shift on Western Sahara.")
    assert ("ACCUSE", "DZA", "ESP") in found
    assert not any(category == "ASSAULT" for category, _, _ in found)


@model
def test_verbal_pronoun_in_a_relative_clause_is_not_the_noun_it_describes(coder):
    # 'a diplomat [it] accused': 'it' is whoever expelled him, the diplomat the accused
    found = plover_events(coder, "Norway expelled a Russian diplomat it accused of spying "
                                 "on oil platforms, and Moscow vowed to respond.")
    assert ("ACCUSE", "NOR", "RUS") in found
    assert not any(category == "ACCUSE" and source == "RUS" for category, source, _ in found)


@model
def test_verbal_ready_to_help_mediate_is_an_intent_not_a_mediation(coder):
    found = plover_events(coder, "Ghana said it stood ready to help mediate between Mali's "
                                 "junta and the Tuareg rebels.")
    assert any(category == "AGREE" and source == "GHA" for category, source, _ in found)
    assert not any(category == "CONSULT" for category, _, _ in found)


@model
def test_verbal_deed_someone_is_held_responsible_for_is_only_alleged(coder):
    found = plover_events(coder, "Georgia said Russian border guards were responsible for "
                                 "the shelling of a village near Gori.")
    assert ("ACCUSE", "GEO", "RUS") in found
    assert not any(category == "ASSAULT" for category, _, _ in found)


@model
def test_verbal_words_in_a_letter_are_addressed_to_whom_it_is_sent(coder):
    found = plover_events(coder, "In a letter to the Security Council, Guyana made a request "
                                 "for a UN mission to monitor its border with Venezuela.")
    assert ("REQUEST", "GUY", "IGO") in found
