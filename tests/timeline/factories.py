"""Small helpers to build events in tests without the extraction pipeline."""
from __future__ import annotations

from articles.models import Article
from timeline.models import Actor, Event, Evidence, Participant
from timeline.services import events_place


def make_actor(name: str, kind: str = Actor.Kind.PERSON, **fields) -> Actor:
    return Actor.objects.create(name=name, kind=kind, **fields)


def make_article(text: str = "Ein Artikel.", **fields) -> Article:
    fields.setdefault("title", text[:40])
    fields.setdefault("language", "de")
    return Article.objects.create(text=text, **fields)


def make_event(
    title: str,
    *,
    kind: str = Event.Kind.MEETING,
    actors: list[Actor] = (),
    date: str | None = None,
    precision: str | None = None,
    article: Article | None = None,
    **fields,
) -> Event:
    event = Event(kind=kind, title=title, **fields)
    event.set_date(date, precision)
    event.save()
    role = Participant.Role.SPEAKER if kind == Event.Kind.STATEMENT else Participant.Role.PARTICIPANT
    for actor in actors:
        Participant.objects.create(event=event, actor=actor, role=role)
    if article is not None:
        Evidence.objects.create(
            event=event, article=article, sentence=title, start=0, end=len(title),
            extractor_version="test",
        )
        events_place(event_ids=[event.pk])  # as extraction_store does
        event.refresh_from_db(fields=["sort_date"])
    return event


def add_evidence(event: Event, article: Article, sentence: str) -> Evidence:
    """Evidence pointing at `sentence`, which must occur in the article's text."""
    start = article.text.index(sentence)
    evidence = Evidence.objects.create(
        event=event, article=article, sentence=sentence, start=start,
        end=start + len(sentence), extractor_version="test",
    )
    events_place(event_ids=[event.pk])  # as extraction_store does
    event.refresh_from_db(fields=["sort_date"])
    return evidence


# Short texts written for these tests (facts of 2018's Korea diplomacy, our own words).
KOREA_ARTICLES = {
    "new_york": (
        "Pompeo empfängt Kim Yong Chol in New York",
        "2018-05-31",
        "Der Gipfel rückt näher. US-Außenminister Mike Pompeo hat am Mittwoch in New York "
        "den nordkoreanischen Spitzenfunktionär Kim Yong Chol zu einem Abendessen getroffen. "
        "Am Donnerstag setzten beide ihre Gespräche fort. Pompeo sagte danach: „Wir haben gute "
        "Fortschritte gemacht.“ Ein Treffen von Donald Trump mit Kim Jong Un in Singapur sei "
        "weiter möglich.",
    ),
    "singapore": (
        "Trump and Kim meet in Singapore",
        "2018-06-12",
        "Donald Trump and Kim Jong Un met on Tuesday on Sentosa island in Singapore, the "
        "first meeting of a sitting US president with a North Korean leader. Trump said "
        "afterwards that the two had developed a very special bond.",
    ),
    "panmunjom": (
        "Moon und Kim treffen sich in Panmunjom",
        "2018-04-27",
        "Südkoreas Präsident Moon Jae-in und Kim Jong Un sind am Freitag im Grenzort "
        "Panmunjom zusammengekommen. Schon über Ostern war CIA-Chef Mike Pompeo nach "
        "Pjöngjang gereist und hatte Kim Jong Un getroffen.",
    ),
    "review": (
        "Ein Jahr der Gipfel: die Korea-Diplomatie 2018",
        "2018-12-28",
        "Im Februar traf Kim Yo Jong in Seoul Präsident Moon Jae-in. Am 5. März empfing Kim "
        "Jong Un in Pjöngjang den Sicherheitsberater Chung Eui-yong. Ende März reiste Kim Jong "
        "Un nach Peking und traf dort Xi Jinping. Am 9. Mai war Mike Pompeo erneut bei Kim "
        "Jong Un in Pjöngjang. Am 24. Mai schrieb Donald Trump, der Gipfel in Singapur finde "
        "nicht statt. Anfang Juli verhandelte Pompeo in Pjöngjang mit Kim Yong Chol. Im "
        "September besuchte Moon Jae-in Kim Jong Un in Pjöngjang. Ein Gegenbesuch Kims in "
        "Seoul war noch für dieses Jahr angekündigt. Kim Yong Chol nannte die Gespräche "
        "ernsthaft.",
    ),
}


def make_korea_2018() -> dict:
    """A small, realistic chronology: 2018's Korea diplomacy, with every precision of
    date, a planned and an undated event, a verified one and a rejected one."""
    P, S = Event.Kind.MEETING, Event.Kind.STATEMENT
    actors = {
        "pompeo": make_actor("Mike Pompeo", country="US", role="Außenminister der USA"),
        "kyc": make_actor("Kim Yong Chol", country="KP", role="Vizevorsitzender der Arbeiterpartei"),
        "kju": make_actor("Kim Jong Un", country="KP", role="Staatschef Nordkoreas"),
        "trump": make_actor("Donald Trump", country="US", role="Präsident der USA"),
        "moon": make_actor("Moon Jae-in", country="KR", role="Präsident Südkoreas"),
        "xi": make_actor("Xi Jinping", country="CN", role="Präsident Chinas"),
        "kyj": make_actor("Kim Yo Jong", country="KP"),
        "chung": make_actor("Chung Eui-yong", country="KR", role="Nationaler Sicherheitsberater"),
    }
    from timeline.models import ActorAlias

    ActorAlias.objects.create(actor=actors["pompeo"], text="Pompeo")
    ActorAlias.objects.create(actor=actors["pompeo"], text="Secretary Pompeo", language="en")
    ActorAlias.objects.create(actor=actors["kju"], text="Kim Jong-un")
    articles = {
        key: make_article(text, title=title, published=published, outlet="Beispiel-Zeitung",
                          url=f"https://example.org/{key.replace('_', '-')}",
                          language="en" if key == "singapore" else "de")
        for key, (title, published, text) in KOREA_ARTICLES.items()
    }
    a = actors
    specs = [
        ("Kim Yo Jong trifft Moon Jae-in", P, [a["kyj"], a["moon"]], "2018-02-10", "day", "Seoul", {}),
        ("Chung Eui-yong trifft Kim Jong Un", P, [a["chung"], a["kju"]], "2018-03-05", "day", "Pjöngjang", {}),
        ("Kim Jong Un trifft Xi Jinping", P, [a["kju"], a["xi"]], "2018-03-26", "day", "Peking",
         {"review_status": Event.Review.VERIFIED}),
        ("Mike Pompeo trifft Kim Jong Un", P, [a["pompeo"], a["kju"]], "2018-W13", "week", "Pjöngjang",
         {"date_text": "über Ostern"}),
        ("Moon Jae-in trifft Kim Jong Un", P, [a["moon"], a["kju"]], "2018-04-27", "day", "Panmunjom",
         {"review_status": Event.Review.VERIFIED}),
        ("Mike Pompeo trifft Kim Jong Un", P, [a["pompeo"], a["kju"]], "2018-05-09", "day", "Pjöngjang", {}),
        ("Donald Trump: „Der Gipfel in Singapur findet nicht statt“", S, [a["trump"]], "2018-05-24", "day", "",
         {"quote": "Der Gipfel in Singapur findet nicht statt"}),
        ("Mike Pompeo trifft Kim Yong Chol", P, [a["pompeo"], a["kyc"]], "2018-05-30", "day", "New York",
         {"date_text": "am Mittwoch", "review_status": Event.Review.VERIFIED}),
        ("Mike Pompeo: „Wir haben gute Fortschritte gemacht“", S, [a["pompeo"]], "2018-05-31", "day", "New York",
         {"quote": "Wir haben gute Fortschritte gemacht.", "date_text": "am Donnerstag"}),
        ("Donald Trump trifft Kim Jong Un", P, [a["trump"], a["kju"]], "2018-06-12", "day", "Singapur",
         {"review_status": Event.Review.VERIFIED, "date_text": "on Tuesday"}),
        ("Mike Pompeo trifft Kim Yong Chol", P, [a["pompeo"], a["kyc"]], "2018-07-06", "day", "Pjöngjang", {}),
        ("Moon Jae-in trifft Kim Jong Un", P, [a["moon"], a["kju"]], "2018-09", "month", "Pjöngjang",
         {"date_text": "im September"}),
        ("Kim Jong Un besucht Seoul", P, [a["kju"], a["moon"]], "2018", "year", "Seoul",
         {"status": Event.Status.PLANNED, "date_text": "noch in diesem Jahr"}),
        ("Kim Yong Chol: „Die Gespräche waren ernsthaft“", S, [a["kyc"]], None, None, "",
         {"quote": "Die Gespräche waren ernsthaft"}),
        ("Xi Jinping trifft Donald Trump", P, [a["xi"], a["trump"]], "2018-05-20", "day", "Washington",
         {"review_status": Event.Review.REJECTED}),
    ]
    events = []
    for title, kind, people, date, precision, place, extra in specs:
        date_text = extra.pop("date_text", None)
        event = Event(kind=kind, title=title, place=place, confidence=0.8, **extra)
        event.set_date(date, precision, date_text)
        event.save()
        role = Participant.Role.SPEAKER if kind == S else Participant.Role.PARTICIPANT
        for actor in people:
            Participant.objects.create(event=event, actor=actor, role=role)
        events.append(event)
    by_title = {(e.title, e.date_value or None): e for e in events}
    ny = articles["new_york"]
    add_evidence(by_title[("Mike Pompeo trifft Kim Yong Chol", "2018-05-30")], ny,
                 "US-Außenminister Mike Pompeo hat am Mittwoch in New York den nordkoreanischen "
                 "Spitzenfunktionär Kim Yong Chol zu einem Abendessen getroffen.")
    add_evidence(by_title[("Mike Pompeo: „Wir haben gute Fortschritte gemacht“", "2018-05-31")], ny,
                 "Pompeo sagte danach: „Wir haben gute Fortschritte gemacht.“")
    add_evidence(by_title[("Donald Trump trifft Kim Jong Un", "2018-06-12")], articles["singapore"],
                 "Donald Trump and Kim Jong Un met on Tuesday on Sentosa island in Singapore, the "
                 "first meeting of a sitting US president with a North Korean leader.")
    add_evidence(by_title[("Donald Trump trifft Kim Jong Un", "2018-06-12")], ny,
                 "Ein Treffen von Donald Trump mit Kim Jong Un in Singapur sei weiter möglich.")
    pan = articles["panmunjom"]
    add_evidence(by_title[("Moon Jae-in trifft Kim Jong Un", "2018-04-27")], pan,
                 "Südkoreas Präsident Moon Jae-in und Kim Jong Un sind am Freitag im Grenzort "
                 "Panmunjom zusammengekommen.")
    add_evidence(by_title[("Mike Pompeo trifft Kim Jong Un", "2018-W13")], pan,
                 "Schon über Ostern war CIA-Chef Mike Pompeo nach Pjöngjang gereist und hatte Kim "
                 "Jong Un getroffen.")
    # Every other public event has the year's review as its one source.
    review = articles["review"]
    for key, sentence in [
        (("Kim Yo Jong trifft Moon Jae-in", "2018-02-10"),
         "Im Februar traf Kim Yo Jong in Seoul Präsident Moon Jae-in."),
        (("Chung Eui-yong trifft Kim Jong Un", "2018-03-05"),
         "Am 5. März empfing Kim Jong Un in Pjöngjang den Sicherheitsberater Chung Eui-yong."),
        (("Kim Jong Un trifft Xi Jinping", "2018-03-26"),
         "Ende März reiste Kim Jong Un nach Peking und traf dort Xi Jinping."),
        (("Mike Pompeo trifft Kim Jong Un", "2018-05-09"),
         "Am 9. Mai war Mike Pompeo erneut bei Kim Jong Un in Pjöngjang."),
        (("Donald Trump: „Der Gipfel in Singapur findet nicht statt“", "2018-05-24"),
         "Am 24. Mai schrieb Donald Trump, der Gipfel in Singapur finde nicht statt."),
        (("Mike Pompeo trifft Kim Yong Chol", "2018-07-06"),
         "Anfang Juli verhandelte Pompeo in Pjöngjang mit Kim Yong Chol."),
        (("Moon Jae-in trifft Kim Jong Un", "2018-09"),
         "Im September besuchte Moon Jae-in Kim Jong Un in Pjöngjang."),
        (("Kim Jong Un besucht Seoul", "2018"),
         "Ein Gegenbesuch Kims in Seoul war noch für dieses Jahr angekündigt."),
        (("Kim Yong Chol: „Die Gespräche waren ernsthaft“", None),
         "Kim Yong Chol nannte die Gespräche ernsthaft."),
    ]:
        add_evidence(by_title[key], review, sentence)
    return {"actors": actors, "articles": articles, "events": events, "by_title": by_title}
