"""The evaluation's 95% intervals (tests/eval/realnews.intervals): how far a split's F1 could
move with another draw of its articles."""
from __future__ import annotations

import re

from tests.eval.realnews import intervals, new_scores


def _article(lang: str, tp: int, gold: int, pred: int):
    scores = new_scores()[lang]
    scores["statement"].add(tp, gold, pred)
    scores["actors"].add(gold, gold, gold)
    return lang, scores


def _interval(line: str, layer: str) -> tuple[float, float]:
    low, high = re.search(rf"{layer} (\d\.\d\d)–(\d\.\d\d)", line).groups()
    return float(low), float(high)


def test_articles_that_agree_give_an_interval_of_one_point():
    line = intervals([_article("de", 3, 4, 4) for _ in range(10)])
    assert _interval(line, "statements") == (0.75, 0.75)
    assert _interval(line, "actors") == (1.0, 1.0)
    assert "meetings" not in line  # no gold meeting: no interval


def test_articles_that_differ_give_a_wide_interval_around_the_score():
    per_article = [_article("en", 4, 4, 4) for _ in range(6)] + [_article("en", 0, 4, 4) for _ in range(6)]
    low, high = _interval(intervals(per_article), "statements")
    assert low < 0.5 < high  # the whole split scores 0.5
    assert high - low > 0.3


def test_each_language_is_drawn_on_its_own():
    lines = intervals([_article("de", 1, 1, 1), _article("en", 0, 1, 1)]).splitlines()
    assert lines[0].startswith("- de") and _interval(lines[0], "statements") == (1.0, 1.0)
    assert lines[1].startswith("- en") and _interval(lines[1], "statements") == (0.0, 0.0)
