"""The trained event sentence detector (de_chronik_events, en_chronik_events), shipped in
nlp/packages and installed like the German pipeline, and how the rules use it."""
import pytest

from articles.extraction import pipelines

from .helpers import speakers


def test_it_is_installed_and_scores_sentences_of_both_languages():
    for lang, said, narrated in (
        ("de", "Der Minister sagte, die Gespräche seien schwierig gewesen.", "Das Wetter in Wien war schön."),
        ("en", 'The minister said the talks had been "difficult".', "The weather in Vienna was fine."),
    ):
        assert pipelines.default.detector(lang) is not None, f"{lang}_chronik_events is not installed"
        high, low = pipelines.default.event_scores(lang, [said, narrated])
        assert set(high) == {"MEETING", "STATEMENT"}
        assert high["STATEMENT"] > 0.5 > low["STATEMENT"]


def test_a_narrated_sentence_stays_no_statement_whatever_the_detector_says(run):
    out = run("Der frühere Präsident Omar Said wurde 1990 Lehrer in Accra.", "2025-03-12", "de")
    assert speakers(out) == []


def test_a_sentence_of_speech_with_a_verb_the_lexicon_lacks_is_found_by_the_detector(run):
    # "hoffen" is no verb of saying in events_lexicon.SPEECH; the detector and the "dass" find it
    out = run("Die Kanzlerin Ada Lind hofft, dass die Wahlen frei und fair sein werden.", "2025-03-12", "de")
    assert speakers(out) == ["Ada Lind"]
    out = run('Prime Minister Ana Lima hopes that the elections will be "free and fair".', "2025-03-12", "en")
    assert speakers(out) == ["Ana Lima"]


@pytest.mark.parametrize("text,lang", [
    ("Der Minister Karl Ost war so verärgert, dass er die Sitzung verließ.", "de"),
    ("Die Ministerin Eva Brandt verschlief, so dass der Zug ohne sie abfuhr.", "de"),
    ("Senator Ann Cole was so angry that she left the hall.", "en"),
])
def test_a_clause_of_result_is_no_mark_of_speech(detected, text, lang):
    # "so dass", "so … , dass", "so … that": a consequence, no words reported, however sure
    # the detector is
    assert detected(text, lang) == []


def test_a_clause_of_saying_stays_a_mark_of_speech_beside_the_clause_of_result(detected):
    # guards the look-alike: an ordinary "dass" after a verb is still a mark of speech
    assert detected("Die Kanzlerin Ada Lind hofft, dass die Wahlen frei sein werden.", "de") == ["Ada Lind"]
    assert detected("Senator Ann Cole hopes that the vote will be fair.", "en") == ["Ann Cole"]


def test_the_gate_passes_a_sentence_only_at_the_detectors_threshold(detected):
    # below speech.DETECTED_STATEMENT the detector proposes nothing
    assert detected("Senator Ann Cole hopes that the vote will be fair.", "en", score=0.3) == []
