"""Readers of an `extraction/1` result shared by the extraction tests."""
from __future__ import annotations


def meeting_events(out: dict) -> list[dict]:
    return [e for e in out["events"] if e["kind"] == "meeting"]


def participant_lists(out: dict) -> list[list[str]]:
    """Each meeting's participants, sorted, in the order of the meetings."""
    return [sorted(e["participants"]) for e in meeting_events(out)]


def statements(out: dict) -> list[tuple[str, str]]:
    """(speaker, quote) of each statement, in the order of the statements."""
    return [(e["speaker"], e["quote"]) for e in out["events"] if e["kind"] == "statement"]


def speakers(out: dict) -> list[str]:
    return [e["speaker"] for e in out["events"] if e["kind"] == "statement"]


def actor_names(out: dict) -> set[str]:
    return {a["name"] for a in out["actors"]}
