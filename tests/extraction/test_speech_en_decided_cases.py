"""English statements (and the vague speaker in both languages) by the guide's cases decided
in round 20 (docs/annotation.md, "Hard cases, decided"), and bodies named by their seat, a
short name or a descriptor (helper speech-en, round 20). Sentences of our own."""
from __future__ import annotations

import pytest

from .helpers import speakers

DAY = "2024-05-08"


# e. an indefinite unnamed official, diplomat or source is vague, in both languages

@pytest.mark.parametrize("lang, text", [
    ("en", "A senior US official said the talks had failed."),
    ("en", "A Kremlin official said the talks had failed."),
    ("en", "A senior Russian diplomat said the talks had failed."),
    ("en", "A Kremlin source said the talks had failed."),
    ("en", "A senior US military official told reporters the strike had been planned for weeks."),
    ("en", "A senior official of the Freedonian Foreign Ministry said the talks had failed."),
    ("en", "An official from the Freedonian Foreign Ministry said the talks had failed."),
    ("de", "Ein hochrangiger Diplomat sagte, die Gespräche seien gescheitert."),
    ("de", "Ein hochrangiger russischer Diplomat sagte, die Gespräche seien gescheitert."),
    ("de", "Ein hoher Beamter des Außenministeriums sagte, die Gespräche seien gescheitert."),
    ("de", "Ein hochrangiger US-Diplomat sagte, die Gespräche seien gescheitert."),
])
def test_an_indefinite_official_diplomat_or_source_is_vague(run, lang, text):
    assert speakers(run(text, DAY, lang)) == []


@pytest.mark.parametrize("lang, text", [
    ("en", 'A senior Freedonian official told reporters the delay was caused by the weather. '
           '"We remain committed to the talks," the official said.'),
    ("de", "Ein hochrangiger Diplomat sagte, die Gespräche seien gescheitert. Der Diplomat fügte hinzu, "
           "man werde weiter verhandeln."),
])
def test_the_vague_speaker_named_again_stays_vague(run, lang, text):
    assert speakers(run(text, DAY, lang)) == []


@pytest.mark.parametrize("lang, text, expected", [
    # look-alikes: an unnamed spokesperson of a named body makes the body the speaker
    ("en", "A Kremlin spokesman said the talks had failed.", ["Kremlin"]),
    ("en", "A spokesperson for the Freedonian Foreign Ministry said the talks had failed.",
     ["Freedonian Foreign Ministry"]),
    ("de", "Ein Sprecher des russischen Außenministeriums sagte, die Gespräche seien gescheitert.",
     ["russisches Außenministerium"]),
    ("de", "Ein Kreml-Sprecher sagte, die Gespräche seien gescheitert.", ["Kreml"]),
    # a named official stays the speaker, also when named again by the noun
    ("en", 'Tom Vale, a senior official of the Freedonian Foreign Ministry, said the delay was caused by '
           'the weather. "We remain committed to the talks," the official said.', ["Tom Vale", "Tom Vale"]),
])
def test_a_spokesperson_of_a_named_body_or_a_named_official_still_speaks(run, lang, text, expected):
    assert speakers(run(text, DAY, lang)) == expected
