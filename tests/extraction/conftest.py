"""Extraction fixtures: the real pipelines, loaded once per test session (get_nlp caches
them per process), and the example article's extraction computed once."""
from __future__ import annotations

import datetime as dt

import pytest

from articles.extraction import extract


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
