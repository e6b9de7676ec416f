import pytest
from django.db import IntegrityError, transaction

from articles.models import Article
from timeline.models import Actor, ActorAlias, Event, Meeting, Statement

from .factories import make_actor, make_article, make_event

pytestmark = pytest.mark.django_db


def test_the_same_text_twice_is_rejected_as_a_duplicate_article():
    make_article("Pompeo traf Kim in New York.")
    with pytest.raises(IntegrityError), transaction.atomic():
        # Only the layout differs: still the same article.
        make_article("Pompeo  traf Kim\nin New York.  ")
    assert Article.objects.count() == 1


def test_an_alias_is_unique_per_actor_whatever_its_case():
    pompeo = make_actor("Mike Pompeo")
    ActorAlias.objects.create(actor=pompeo, text="Secretary Pompeo")
    with pytest.raises(IntegrityError), transaction.atomic():
        ActorAlias.objects.create(actor=pompeo, text="secretary  pompeo")


def test_two_actors_may_share_an_alias():
    # "Kim" is an alias of several people; the article context decides.
    ActorAlias.objects.create(actor=make_actor("Kim Yong Chol"), text="Kim")
    ActorAlias.objects.create(actor=make_actor("Kim Jong Un"), text="Kim")
    assert ActorAlias.objects.filter(normalized="kim").count() == 2


def test_proxy_managers_see_only_their_kind():
    make_event("Pompeo trifft Kim", kind=Event.Kind.MEETING)
    make_event("Lawrow: Ultimaten lösen nichts", kind=Event.Kind.STATEMENT)
    assert [e.title for e in Meeting.objects.all()] == ["Pompeo trifft Kim"]
    assert [e.title for e in Statement.objects.all()] == ["Lawrow: Ultimaten lösen nichts"]
    assert Event.objects.count() == 2


def test_a_proxy_created_event_gets_its_kind():
    statement = Statement.objects.create(title="Trump sagt Gipfel ab")
    assert Event.objects.get(pk=statement.pk).kind == Event.Kind.STATEMENT


def test_a_date_is_stored_with_the_days_it_covers():
    event = make_event("Treffen", date="2018-W21", precision="week")
    assert (str(event.date_start), str(event.date_end)) == ("2018-05-21", "2018-05-27")
    undated = make_event("Treffen ohne Datum")
    assert undated.date_start is None and undated.date_precision == ""


def test_the_chronology_lists_newest_first_and_undated_last():
    make_event("alt", date="2017", precision="year")
    make_event("ohne Datum")
    make_event("neu", date="2018-05-30", precision="day")
    assert [e.title for e in Event.objects.all()] == ["neu", "alt", "ohne Datum"]


def test_an_evidence_span_cannot_end_before_it_starts():
    event = make_event("Treffen")
    article = make_article()
    with pytest.raises(IntegrityError), transaction.atomic():
        event.evidence.create(article=article, sentence="x", start=10, end=5, extractor_version="t")


def test_an_actor_name_is_unique_per_kind():
    make_actor("Georgia", kind=Actor.Kind.STATE)
    make_actor("Georgia", kind=Actor.Kind.PERSON)
    with pytest.raises(IntegrityError), transaction.atomic():
        make_actor("Georgia", kind=Actor.Kind.STATE)
