from django.template import Context, Template

from timeline.highlight import excerpt_around, highlight


def test_it_marks_spans_and_escapes_everything_else():
    html = highlight('A <b>&</b> "B" C', [(15, 16, "actor", 'say "hi" <x>')])
    assert (
        html
        == 'A &lt;b&gt;&amp;&lt;/b&gt; &quot;B&quot; <mark class="actor" title="say &quot;hi&quot; &lt;x&gt;">C</mark>'
    )


def test_overlapping_spans_keep_the_outer_one():
    text = "Mike Pompeo traf Kim Yong Chol."
    spans = [
        (0, 30, "event", ""),
        (0, 11, "actor", "Pompeo"),
        (17, 30, "actor", ""),
        (40, 50, "x", ""),
    ]
    assert highlight(text, spans) == '<mark class="event">Mike Pompeo traf Kim Yong Chol</mark>.'
    # Spans given out of order, crossing ones dropped, empty ones ignored.
    spans = [(17, 30, "b", ""), (0, 11, "a", ""), (5, 20, "c", ""), (3, 3, "d", "")]
    assert highlight(text, spans) == (
        '<mark class="a">Mike Pompeo</mark> traf <mark class="b">Kim Yong Chol</mark>.'
    )


def test_no_spans_is_plain_escaped_text():
    assert highlight("a < b", []) == "a &lt; b"
    assert highlight("abc", [(0, 1, "", "")]) == "<mark>a</mark>bc"


def test_the_template_tag():
    template = Template(
        '{% load chronology %}{% mark_spans text spans %}|{% mark_span text 0 1 "x" %}'
    )
    out = template.render(Context({"text": "a&b", "spans": [(2, 3, "y", "t")]}))
    assert out == 'a&amp;<mark class="y" title="t">b</mark>|<mark class="x">a</mark>&amp;b'


def test_an_excerpt_is_cut_at_word_boundaries():
    text = "eins zwei drei vier fünf sechs sieben acht neun zehn"
    window, start, end, before, after = excerpt_around(text, 20, 25, context=8)  # "fünf "
    assert window[start:end] == text[20:25]
    assert before and after and not window.startswith(" ") and window.split()[0] in text.split()
