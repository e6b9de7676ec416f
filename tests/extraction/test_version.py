"""The extractor version names the rules, data and models that produced an extraction."""
import shutil
from pathlib import Path

import articles.extraction as extraction
from articles.extraction import EXTRACTOR_VERSION, version


def test_it_is_defined_once_and_reported_by_every_extraction(run):
    assert extraction.EXTRACTOR_VERSION is version.EXTRACTOR_VERSION
    assert run("Der Kanzler sagte am Montag, er sei zufrieden.", "2025-06-10", "de")[
        "extractor_version"] == EXTRACTOR_VERSION


def test_it_changes_when_a_rule_or_a_data_table_changes(tmp_path):
    package = tmp_path / "extraction"
    shutil.copytree(Path(version.__file__).parent, package,
                    ignore=shutil.ignore_patterns("__pycache__"))
    before = version.content_digest(package)
    assert version.content_digest(package) == before
    table = package / "data" / "leaders.tsv"
    table.write_text(table.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    after_data = version.content_digest(package)
    (package / "events" / "triggers.py").write_text("# a changed rule\n", encoding="utf-8")
    assert len({before, after_data, version.content_digest(package)}) == 3


def test_it_changes_when_a_shared_table_the_extraction_reads_changes(tmp_path):
    # timeline/lib's institutions and organisations decide who is an actor
    package, shared = tmp_path / "extraction", tmp_path / "lib"
    shutil.copytree(Path(version.__file__).parent, package, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(version._SHARED, shared, ignore=shutil.ignore_patterns("__pycache__"))
    before = version.content_digest(package, shared)
    table = shared / "data" / "institutions.tsv"
    table.write_text(table.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert version.content_digest(package, shared) != before


def test_it_changes_when_a_model_package_changes(monkeypatch):
    # the event sentence detectors count like the pipelines: a retrained one reads differently
    assert {"de_chronik_events", "en_chronik_events", "de_chronik_news"} <= set(version.MODEL_PACKAGES)
    before = version.content_digest()
    real = version.metadata.version
    monkeypatch.setattr(version.metadata, "version",
                        lambda name: "9.9.9" if name == "en_chronik_events" else real(name))
    assert version.content_digest() != before
