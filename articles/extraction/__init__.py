"""The NLP core: German/English news text → actors, meetings and statements
(``extraction/1``). Imports nothing from Django.

    extract(text, published, language=None) -> dict
    extract_batch(items) -> Iterator[dict]

Both run the process's pipelines (``pipelines.default``) unless given another
configuration as ``using=Pipelines(...)``.
"""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Iterable, Iterator

from .normalize import Normalized, normalize, remap

from .version import EXTRACTOR_VERSION, FORMAT

if TYPE_CHECKING:
    from .pipelines import Pipelines

__all__ = ["FORMAT", "EXTRACTOR_VERSION", "extract", "extract_batch"]


def _date(value: dt.date | str) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def extract(text: str, published: dt.date, language: str | None = None, *,
            using: Pipelines | None = None) -> dict:
    """One article → the extraction/1 object."""
    from . import pipelines
    from .assemble import extract_analysis

    norm = normalize(text)
    nlp = using or pipelines.default
    analysis = nlp.analyse(norm.text, language)
    return remap(extract_analysis(analysis, _date(published), nlp.event_scores), norm)


def extract_batch(items: Iterable[dict], batch_size: int = 16, *,
                  using: Pipelines | None = None) -> Iterator[dict]:
    """Many articles ({"id", "text", "published", "language"?}) with the models loaded once;
    output in input order with "id" added; a failing item gives {"id", "error"}."""
    from . import pipelines as _pipelines
    from .assemble import extract_analysis

    pipelines = using or _pipelines.default
    pending: list[tuple[dict, dt.date, Normalized]] = []

    def flush() -> Iterator[dict]:
        ok = []
        for item, published, norm in pending:
            try:  # plan() raises on an unsupported language: only that item fails
                if item.get("language") not in _pipelines.SUPPORTED:
                    pipelines.plan(norm.text, item.get("language"))
                ok.append((item, published, norm))
            except Exception as exc:  # noqa: BLE001 - reported per item
                ok.append((item, exc, norm))
        good = [(it, norm) for it, p, norm in ok if not isinstance(p, Exception)]
        analyses = iter(pipelines.analyse_many([(norm.text, it.get("language")) for it, norm in good], batch_size))
        for item, published, norm in ok:
            if isinstance(published, Exception):
                yield {"id": item.get("id"), "error": str(published)}
                continue
            try:
                result = extract_analysis(next(analyses), published, pipelines.event_scores)
                yield {"id": item.get("id"), **remap(result, norm)}
            except Exception as exc:  # noqa: BLE001
                yield {"id": item.get("id"), "error": f"{type(exc).__name__}: {exc}"}
        pending.clear()

    for item in items:
        try:
            if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                raise ValueError("item needs a string 'text'")
            pending.append((item, _date(item["published"]), normalize(item["text"])))
        except Exception as exc:  # noqa: BLE001
            yield from flush()
            yield {"id": item.get("id") if isinstance(item, dict) else None, "error": f"bad item: {exc}"}
            continue
        if len(pending) >= batch_size:
            yield from flush()
    yield from flush()
