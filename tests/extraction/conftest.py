"""Extraction fixtures: the real pipelines, loaded once per test session (get_nlp caches
them per process), and the example article's extraction computed once."""
from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction import extract, pipelines


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


@pytest.fixture
def proposing(monkeypatch):
    """extract() with a detector that proposes every sentence as a statement: what the
    gates of speech._detected_speech keep then does not hang on one model's score of one
    sentence (the scores of a retrained detector move)."""
    monkeypatch.setattr(pipelines.default, "event_scores",
                        lambda lang, texts: [{"MEETING": 0.0, "STATEMENT": 0.95} for _ in texts])

    def _run(text: str, lang: str) -> dict:
        return extract(text, dt.date(2025, 3, 12), lang)
    return _run
