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


# Shared by several test files (the files of the development rounds were regrouped by concern,
# round 20); the names are those the tests were written with.
CONTEXT = "Die Regierung beriet am Montag über die Krise. "
CONTEXT_DE = "Die Regierung beriet am Montag über die Krise. "
CONTEXT_EN = "The government discussed the crisis on Monday. "
DAY = "2024-05-08"
# the publication date of several tests of time expressions
PUBLISHED = "2019-05-10"
COURTS = ("The Court of Appeal of Freedonia heard the tax case on Monday. The only higher court is the "
          "Supreme Court of Freedonia. ")
LEAD = "The meeting took place in the capital on Monday. "
VISIT = "Die Außenministerin Eva Roth besuchte am Montag die Grenze. "


def _actors(out: dict, kind: str | None = None) -> list[tuple]:
    return [(a["name"], a["kind"], a["country"]) for a in out["actors"] if kind in (None, a["kind"])]


def _context(lang: str) -> str:
    return CONTEXT_EN if lang == "en" else CONTEXT_DE


def _en(run, text: str) -> list[tuple[str, str]]:
    return statements(run(CONTEXT_EN + text, "2024-05-08", "en"))


def _lower_names(out: dict) -> set[str]:
    return {n.lower() for a in out["actors"] for n in [a["name"], *a.get("aliases", [])]}


def _meetings(run, text: str, lang: str = "de") -> list[list[str]]:
    return participant_lists(run(text, DAY, lang))


def _meetings_and_status(run, text: str, published: str = "2024-03-14") -> list[tuple[frozenset[str], str]]:
    return [(frozenset(e["participants"]), e["status"]) for e in meeting_events(run(text, published, "de"))]


def _speakers(out: dict) -> list[str]:
    return [e["speaker"] for e in out["events"] if e["kind"] == "statement"]


def actor(out: dict, name: str) -> dict:
    return next(a for a in out["actors"] if a["name"] == name)


def actors(out: dict) -> dict[str, dict]:
    return {a["name"]: a for a in out["actors"]}


def quotes(out: dict) -> list[str]:
    return [e["quote"] for e in out["events"] if e["kind"] == "statement"]


def run_de(run, text: str) -> list[tuple[str, str]]:
    return statements(run(CONTEXT + text, "2024-05-08", "de"))


def run_en(run, text: str) -> list[tuple[str, str]]:
    return statements(run(text, DAY, "en"))


def states(out: dict) -> set[str]:
    return {a["country"] for a in out["actors"] if a["kind"] == "state"}


def timexes(out):
    return [(t["text"], t.get("type", "DATE"), t.get("timex3") or t["value"]) for t in out["timexes"]]


def typed(out):
    return [(t["text"], t.get("type", "DATE"), t.get("timex3") or t["value"]) for t in out["timexes"]]


def values(out):
    return [(t["text"], t.get("timex3") or t["value"]) for t in out["timexes"]]
