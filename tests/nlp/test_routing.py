"""Language detection and routing paragraphs to the right pipeline, offsets intact."""
from __future__ import annotations

import pytest

from articles.extraction import pipelines


@pytest.fixture(scope="module")
def analysis(example_text):
    return pipelines.analyse(example_text)


def test_article_is_german_and_the_tweet_english(analysis, example_text):
    assert analysis.language == "de"
    assert [s.language for s in analysis.segments] == ["de", "en", "de"]
    tweet = analysis.segments[1]
    assert tweet.doc.text.startswith("Good working dinner")
    assert tweet.doc.lang_ == "en"


def test_offsets_refer_to_the_article(analysis, example_text):
    for seg in analysis.segments:
        assert seg.doc.text == example_text[seg.start:seg.end]
        for tok in seg.doc:
            start = seg.start + tok.idx
            assert example_text[start:start + len(tok.text)] == tok.text
    tweet = analysis.segments[1]
    kim = next(e for e in tweet.doc.ents if e.text == "Kim Yong Chol")
    assert example_text[tweet.start + kim.start_char:tweet.start + kim.end_char] == "Kim Yong Chol"


@pytest.mark.parametrize("text, lang", [
    ("Der Außenminister reiste am Mittwoch zu Gesprächen nach Moskau.", "de"),
    ("The foreign minister travelled to Moscow for talks on Wednesday.", "en"),
    ("Le ministre des Affaires étrangères s'est rendu à Moscou mercredi.", None),
    ("", None),
])
def test_detect_language(text, lang):
    assert pipelines.detect_language(text) == lang


def test_unsupported_article_is_refused():
    with pytest.raises(pipelines.UnsupportedLanguage):
        pipelines.analyse("Le ministre des Affaires étrangères s'est rendu à Moscou mercredi.")


def test_short_or_mixed_paragraphs_stay_with_the_article():
    text = ("Die Regierung in Berlin bestätigte das Treffen am Montag.\n\nOK, thanks.\n\n"
            "Danach reisten die Delegationen weiter nach Wien.")
    analysis = pipelines.analyse(text)
    assert [(s.language, s.start, s.end) for s in analysis.segments] == [("de", 0, len(text))]


def test_english_article_with_german_quote_paragraph():
    text = ("The talks in Vienna ended without agreement on Friday, diplomats said. Neither side "
            "wanted to be blamed for the failure, and both said the door remained open.\n\n"
            "Wir werden die Gespräche in der kommenden Woche fortsetzen, sagte die Ministerin.\n\n"
            "Both sides agreed to meet again next week, although no date has been set and the "
            "venue is still being discussed by officials from the two governments.")
    analysis = pipelines.analyse(text)
    assert analysis.language == "en"
    assert [s.language for s in analysis.segments] == ["en", "de", "en"]


def test_analyse_many_matches_analyse(example_text):
    items = [(example_text, None), ("The envoy met the minister in Seoul on Monday.", "en"),
             (example_text, "de")]
    many = list(pipelines.analyse_many(items, batch_size=2))
    assert [a.language for a in many] == ["de", "en", "de"]
    single = pipelines.analyse(example_text)
    for a in (many[0], many[2]):
        assert [(s.start, s.end, s.language) for s in a.segments] == \
               [(s.start, s.end, s.language) for s in single.segments]
        assert [[(e.text, e.label_) for e in s.doc.ents] for s in a.segments] == \
               [[(e.text, e.label_) for e in s.doc.ents] for s in single.segments]


def test_one_line_per_paragraph_text_is_routed_too(example_text):
    """Text extracted from web pages often separates paragraphs by a single newline."""
    text = "\n".join(line for line in example_text.split("\n") if line.strip())
    analysis = pipelines.analyse(text)
    assert [s.language for s in analysis.segments] == ["de", "en", "de"]
    for seg in analysis.segments:
        assert seg.doc.text == text[seg.start:seg.end]


def test_a_paragraph_plainly_in_the_article_language_skips_the_detector_others_do_not():
    german = "Die Ministerin sagte am Montag, dass sie nicht mit dem Ergebnis zufrieden sei."
    english = "The minister said on Monday that she was not happy with the result of the vote."
    assert pipelines.plainly_in(german, "de")
    assert not pipelines.plainly_in(english, "de")
    assert pipelines.plainly_in(english, "en")
    # In a German article, the English paragraph still goes to the English pipeline.
    _, segments = pipelines.default.plan(german + "\n\n" + english + "\n\n" + german, "de")
    assert [lang for _, _, lang in segments] == ["de", "en", "de"]
