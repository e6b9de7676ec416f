"""Django glue for the NLP core: the pipelines configured from settings, and the
database actors/aliases that editors made or corrected, fed to their entity ruler.

Only editors' work (``edited=True`` actors, their aliases, and edited aliases) becomes
patterns: actors the extraction created itself were found by the statistical model in the
first place, and leaving them out keeps bulk imports from rebuilding the patterns after
every article."""
from __future__ import annotations

from functools import cache

from django.conf import settings
from django.db.models import Count, Max, Q

from articles.extraction import pipelines
from timeline.lib.names import german_genitive
from timeline.models import Actor, ActorAlias



@cache
def _configured() -> pipelines.Pipelines:
    """The process's pipelines, configured from ``settings.NLP_MODELS`` once."""
    pipelines.default.configure(getattr(settings, "NLP_MODELS", None))
    return pipelines.default


def get_pipelines() -> pipelines.Pipelines:
    """The NLP core, configured from settings and with the database actor patterns up to
    date. Call before each article is processed."""
    configured = _configured()
    refresh_actor_patterns(configured)
    return configured


_EDITED_ALIASES = Q(edited=True) | Q(actor__edited=True)


def _version() -> tuple:
    """Changes whenever an editor's actor or alias is added, changed or deleted."""
    a = Actor.objects.filter(edited=True).aggregate(n=Count("pk"), t=Max("updated_at"), m=Max("pk"))
    b = ActorAlias.objects.filter(_EDITED_ALIASES).aggregate(
        n=Count("pk"), t=Max("updated_at"), m=Max("pk"))
    return (a["n"], a["t"], a["m"], b["n"], b["t"], b["m"])


def actor_patterns() -> list[dict]:
    """Entity ruler patterns for editors' actor names and aliases (id ``actor:<pk>``)."""
    patterns: list[dict] = []
    aliases = list(ActorAlias.objects.filter(_EDITED_ALIASES).values_list("actor_id", "text", "language"))
    actors = {a.pk: a for a in Actor.objects.filter(Q(edited=True) | Q(pk__in={pk for pk, _, _ in aliases}))}
    forms = [(a.pk, a.name, "") for a in actors.values() if a.edited] + aliases
    for pk, text, language in forms:
        actor = actors[pk]
        text = text.strip()
        if not text:
            continue
        variants = {text}
        if language != "en" and (genitive := german_genitive(text)):
            variants.add(genitive)
        for variant in sorted(variants):
            patterns.append({"label": actor.kind, "pattern": variant, "id": f"actor:{pk}",
                             "language": language or None, "kind": actor.kind,
                             "country": actor.country or None, "role": actor.role or None})
    return patterns


def refresh_actor_patterns(target: pipelines.Pipelines | None = None, force: bool = False) -> bool:
    """Give the pipelines the current actor patterns if the tables changed since they were
    last given (``target.actors_from`` remembers when). True if patterns were (re)built."""
    target = target or _configured()
    version = _version()
    if not force and version == target.actors_from:
        return False
    target.set_actor_patterns(actor_patterns())
    target.actors_from = version
    return True
