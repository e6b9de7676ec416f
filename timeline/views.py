"""Public pages of the chronology."""
from django.shortcuts import get_object_or_404, render

from .models import Actor, Event


def index(request):
    events = Event.objects.exclude(review_status=Event.Review.REJECTED).prefetch_related(
        "participants__actor"
    )[:100]
    return render(request, "timeline/index.html", {"events": events})


def event_detail(request, pk: int):
    event = get_object_or_404(Event.objects.prefetch_related("participants__actor"), pk=pk)
    return render(request, "timeline/event_detail.html", {"event": event})


def actor_detail(request, pk: int):
    actor = get_object_or_404(Actor, pk=pk)
    return render(request, "timeline/actor_detail.html", {"actor": actor})
