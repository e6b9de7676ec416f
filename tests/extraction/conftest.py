"""Extraction fixtures: the real pipelines, loaded once per test session (get_nlp caches
them per process), and the example article's extraction computed once."""
from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction import extract, pipelines
from articles.extraction.assemble import analysed_article
from articles.extraction.events import speech
from articles.extraction.normalize import normalize


@pytest.fixture(scope="session")
def run():
    """extract() with a cache, so several tests can look at one text's result."""
    cache: dict[tuple, dict] = {}

    def _run(text: str, published: str, language: str | None = None) -> dict:
        key = (text, published, language)
        if key not in cache:
            cache[key] = extract(text, dt.date.fromisoformat(published), language)
        return cache[key]

    return _run


@pytest.fixture(scope="session")
def example(example_text, run) -> dict:
    return run(example_text, "2018-05-31", "de")


@pytest.fixture(scope="session")
def detected():
    """The speakers the detector's gate (speech._speech_at_score) lets through in a text's
    sentences, on the Article the real pipeline builds, at a STATEMENT score the test gives
    (the scores of a retrained detector move; the gate does not): their names."""
    def _run(text: str, lang: str, score: float = 0.95) -> list[str]:
        analysis = pipelines.default.analyse(normalize(text).text, lang)
        art, _, _ = analysed_article(analysis, dt.date(2025, 3, 12))
        names = []
        for sent in art.sents:
            _, m = speech._speech_at_score(art, sent, lambda: score)
            if m is not None:
                actor, _ = art.resolve(m, sent)
                names.append(actor.name if actor is not None else m.text)
        return names
    return _run
