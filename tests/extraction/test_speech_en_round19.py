"""English statements, round 19 (helper speech-en-r19): classes of common news-agency
phrasing found by probing invented sentences; each test is a sentence the rules before this
round got wrong (or, marked as such, a look-alike that must stay as it was)."""
from __future__ import annotations

from .helpers import speakers


def test_a_passive_of_saying_in_the_reported_words(run):
    # "The plan was rejected, the ministry said": the speakerless "rejected" stands in the
    # words of "said"
    out = run("The border plan was rejected, the Freedonian Foreign Ministry said on Monday.", "2024-05-08", "en")
    assert speakers(out) == ["Freedonian Foreign Ministry"]
    out = run("The strike was justified, President Tom Vale of Freedonia said Tuesday.", "2024-05-08", "en")
    assert speakers(out) == ["Tom Vale"]


def test_a_passive_of_saying_alone_stays_no_statement(run):
    # look-alike: no one says the words
    out = run("The border plan was rejected on Monday.", "2024-05-08", "en")
    assert speakers(out) == []


def test_verbs_of_judging_report(run):
    for verb in ("lambasted", "applauded", "lauded", "commended", "ridiculed", "mocked"):
        out = run(f"Freedonian Senator Lia Dorn {verb} the new border plan.", "2024-05-08", "en")
        assert speakers(out) == ["Lia Dorn"], verb
    out = run("Freedonian Senator Lia Dorn rebuked the envoy for the delay.", "2024-05-08", "en")
    assert speakers(out) == ["Lia Dorn"]


def test_objecting_and_scoffing_with_their_preposition_report(run):
    out = run("Freedonian Senator Lia Dorn objected to the nomination.", "2024-05-08", "en")
    assert speakers(out) == ["Lia Dorn"]
    out = run("Freedonian Senator Lia Dorn scoffed at the proposal.", "2024-05-08", "en")
    assert speakers(out) == ["Lia Dorn"]


def test_a_mock_or_an_object_stays_no_statement(run):
    # look-alikes: an adjective, a noun
    out = run("Freedonian Senator Lia Dorn joined a mock trial in the capital.", "2024-05-08", "en")
    assert speakers(out) == []
    out = run("Freedonian Senator Lia Dorn found the object in the river.", "2024-05-08", "en")
    assert speakers(out) == []


def test_arguing_back_with_a_clause_reports(run):
    for verb in ("contended", "countered", "retorted", "charged", "observed", "agreed", "speculated"):
        out = run(f"Freedonian Senator Lia Dorn {verb} that the report was a smear.", "2024-05-08", "en")
        assert speakers(out) == ["Lia Dorn"], verb


def test_arguing_back_without_a_clause_stays_no_statement(run):
    # look-alikes: a charge in court, an agreement to act, a military counter
    out = run("Freedonian Senator Lia Dorn was charged with fraud on Monday.", "2024-05-08", "en")
    assert speakers(out) == []
    out = run("Freedonian President Tom Vale and Senator Lia Dorn agreed to meet again in May.", "2024-05-08", "en")
    assert speakers(out) == []
    out = run("The Freedonian army countered the attack.", "2024-05-08", "en")
    assert speakers(out) == []


def test_condolences_alarms_pushing_back_and_weighing_in_report(run):
    for text in ("Freedonian President Tom Vale offered his condolences to the families of the victims.",
                 "Freedonian President Tom Vale extended condolences to the families of the victims.",
                 "Freedonian President Tom Vale sent his condolences to the families of the victims.",
                 "Freedonian President Tom Vale sounded the alarm over rising prices.",
                 "Freedonian President Tom Vale pushed back on the claims.",
                 "Freedonian President Tom Vale weighed in on the dispute."):
        assert speakers(run(text, "2024-05-08", "en")) == ["Tom Vale"], text


def test_sending_offering_pushing_and_weighing_things_stay_no_statement(run):
    # look-alikes: troops sent, help offered, a vote put off, options weighed
    for text in ("Freedonian President Tom Vale sent troops to the border.",
                 "Freedonian President Tom Vale offered help to the victims.",
                 "The Freedonian government pushed back the vote to June.",
                 "Freedonian President Tom Vale weighed the options."):
        assert speakers(run(text, "2024-05-08", "en")) == [], text


def test_a_medium_taken_to_say_it_reports(run):
    out = run("Freedonian Senator Lia Dorn took to social media to condemn the attack.", "2024-05-08", "en")
    assert speakers(out) == ["Lia Dorn"]


def test_steps_taken_to_act_stay_no_statement(run):
    # look-alike: the infinitive after "took" is no verb of saying
    out = run("Freedonian Senator Lia Dorn took steps to cut the budget.", "2024-05-08", "en")
    assert speakers(out) == []


def test_a_decision_welcomed_in_the_passive_reports(run):
    out = run("The border decision was welcomed by the European Commission.", "2024-05-08", "en")
    assert speakers(out) == ["European Commission"]


def test_a_visitor_welcomed_in_the_passive_stays_no_statement(run):
    # look-alike: a person or a delegation welcomed is a meeting, not words
    out = run("The Freedonian delegation was welcomed by President Tom Vale.", "2024-05-08", "en")
    assert speakers(out) == []


def test_a_counterpart_in_a_row_of_speakers_speaks_too(run):
    # a demonym of a real state (the gazetteer's) before the second title
    for text in ("Freedonian President Tom Vale and Greek President Ivo Marek told reporters the talks went well.",
                 "Freedonian President Tom Vale and his Greek counterpart Ivo Marek told reporters the talks went "
                 "well."):
        assert speakers(run(text, "2024-05-08", "en")) == ["Tom Vale", "Ivo Marek"], text


def test_a_spouse_in_a_row_stays_out(run):
    # look-alike: "his wife" is no counterpart
    out = run("Freedonian President Tom Vale and his wife Mia Vale said they were grateful.", "2024-05-08", "en")
    assert speakers(out) == ["Tom Vale"]


def test_a_spokesperson_for_a_states_ministry_speaks_for_the_ministry(run):
    # "a spokesman for Iran's foreign ministry": the ministry with its state, as the guide names it
    out = run("A spokesman for Greece's foreign ministry said the talks would resume.", "2024-05-08", "en")
    assert speakers(out) == ["Greece's foreign ministry"]


def test_a_spokesperson_for_a_state_speaks_for_the_state(run):
    # look-alike: no body after the state
    out = run("A spokesman for Greece said the talks would resume.", "2024-05-08", "en")
    assert speakers(out) == ["Greece"]


def test_branding_dubbing_terming_and_likening_report(run):
    for text in ('Freedonian Senator Lia Dorn branded the report "fake news."',
                 'Freedonian Senator Lia Dorn dubbed the report "fake news."',
                 "Freedonian Senator Lia Dorn termed the report a lie.",
                 "Freedonian Senator Lia Dorn likened the report to propaganda."):
        assert speakers(run(text, "2024-05-08", "en")) == ["Lia Dorn"], text


def test_a_name_given_to_a_thing_and_branded_goods_stay_no_statement(run):
    # look-alikes: a participle after a noun names a thing; cattle branded; goods branded
    for text in ('The plan, dubbed "Project Sun," was approved by Freedonian Senator Lia Dorn.',
                 "Freedonian Senator Lia Dorn branded the cattle on her farm.",
                 "Freedonian Senator Lia Dorn sold branded goods."):
        assert speakers(run(text, "2024-05-08", "en")) == [], text


def test_a_response_in_deeds_is_no_statement(run):
    for text in ("Greece responded with sanctions of its own.", "Greece replied with new sanctions."):
        assert speakers(run(text, "2024-05-08", "en")) == [], text


def test_a_response_in_words_stays_a_statement(run):
    # look-alike: a clause or a statement
    out = run("Greece responded that the decision was a provocation.", "2024-05-08", "en")
    assert speakers(out) == ["Greece"]


def test_a_side_taken_and_a_notice_in_words_report(run):
    for text in ("Freedonian President Tom Vale came out against the ceasefire.",
                 "Freedonian President Tom Vale came out in favor of a ceasefire.",
                 "Freedonian President Tom Vale spoke in favour of a ceasefire.",
                 "Freedonian President Tom Vale notified parliament that troops would be deployed."):
        assert speakers(run(text, "2024-05-08", "en")) == ["Tom Vale"], text


def test_coming_out_of_a_room_and_speaking_somewhere_stay_no_statement(run):
    for text in ("Freedonian President Tom Vale came out of the meeting smiling.",
                 "Freedonian President Tom Vale spoke against the backdrop of the ruins."):
        assert speakers(run(text, "2024-05-08", "en")) == [], text


def test_pressing_for_or_pressing_someone_to_is_a_request(run):
    for text in ("Freedonian President Tom Vale pressed Greece to withdraw its troops.",
                 "Freedonian President Tom Vale pressed for a ceasefire."):
        assert speakers(run(text, "2024-05-08", "en")) == ["Tom Vale"], text


def test_pressing_charges_or_a_button_stays_no_statement(run):
    for text in ("Freedonian President Tom Vale pressed charges against the driver.",
                 "Freedonian President Tom Vale pressed the button to launch the ship."):
        assert speakers(run(text, "2024-05-08", "en")) == [], text
