"""`import_articles`: files and folders in, a summary out; safe to interrupt and re-run."""
import datetime
import json

import pytest
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from articles.models import Article
from articles.services import article_create

from .conftest import ARTICLE_HTML
from .samples import ENGLISH_NO_DATE, GERMAN_WITH_DATELINE, MEETING_TEXT

pytestmark = pytest.mark.django_db


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "berlin.txt").write_text(GERMAN_WITH_DATELINE, encoding="utf-8")
    (tmp_path / "undated.txt").write_text(ENGLISH_NO_DATE, encoding="utf-8")
    (tmp_path / "vienna.html").write_text(ARTICLE_HTML, encoding="utf-8")
    sub = tmp_path / "more"
    sub.mkdir()
    (sub / "two.json").write_text(json.dumps([
        {"title": "Pompeo trifft Kim", "text": MEETING_TEXT, "published": "2018-05-31", "language": "de"},
        {"title": "Kaputt", "text": "Ein Text.", "published": "31. Mai"},
        {"title": "Link", "text": "Noch ein Text.", "published": "2018-05-31", "url": "javascript:alert(1)"},
    ]), encoding="utf-8")
    (sub / "broken.json").write_text("{not json", encoding="utf-8")
    (sub / "photo.txt").write_bytes(b"\x89PNG\x00\x00")
    (sub / "ignored.csv").write_text("a,b", encoding="utf-8")
    return tmp_path


def run(*args) -> str:
    from io import StringIO

    out, err = StringIO(), StringIO()
    call_command("import_articles", *map(str, args), stdout=out, stderr=err)
    return out.getvalue() + err.getvalue()


def test_it_imports_processes_and_reports(folder):
    output = run(folder)
    assert "Imported 3, resumed 0, duplicates 0, processed 3, queued 0, failed 5." in output
    assert f"failed: {folder / 'undated.txt'}: No publication date" in output
    assert "Unreadable publication date “31. Mai”" in output
    assert f"failed: {folder / 'more' / 'broken.json'}: JSONDecodeError" in output
    assert "not a text file" in output
    assert f"failed: {folder / 'more' / 'two.json'}[2]: Only http:// and https://" in output
    assert "article/s" in output or "3/3" in output or "7/7" in output  # the progress bar
    assert set(Article.objects.values_list("status", flat=True)) == {"done"}
    meeting = Article.objects.get(title="Pompeo trifft Kim")
    assert meeting.events.filter(actors__name="Kim Yong Chol").exists()
    assert Article.objects.get(title="Ministers meet in Vienna").outlet == "Test Gazette"


def test_a_second_run_skips_what_is_there(folder):
    run(folder)
    before = list(Article.objects.values_list("pk", "updated_at"))
    output = run(folder)
    assert "Imported 0, resumed 0, duplicates 3, processed 0, queued 0, failed 5." in output
    assert list(Article.objects.values_list("pk", "updated_at")) == before


def test_an_interrupted_import_is_finished_by_the_next_run(tmp_path):
    path = tmp_path / "pompeo.json"
    path.write_text(json.dumps({"text": MEETING_TEXT, "published": "2018-05-31"}), encoding="utf-8")
    # What an import killed after storing and before processing leaves behind.
    article, _ = article_create(
        title="x", text=MEETING_TEXT, language="de", published=datetime.date(2018, 5, 31)
    )
    output = run(path)
    assert "Imported 0, resumed 1, duplicates 0, processed 1" in output
    article.refresh_from_db()
    assert article.status == Article.Status.DONE


def test_published_option_dates_undated_texts(tmp_path, django_capture_on_commit_callbacks):
    path = tmp_path / "undated.txt"
    path.write_text(ENGLISH_NO_DATE, encoding="utf-8")
    with django_capture_on_commit_callbacks(execute=True):
        output = run(path, "--published", "2018-06-01", "--queue")
    assert "Imported 1, resumed 0, duplicates 0, processed 0, queued 1, failed 0." in output
    article = Article.objects.get()
    assert (str(article.published), article.language, article.status) == ("2018-06-01", "en", "pending")
    assert article.title.startswith("The foreign ministers of Canada")
    assert DBTaskResult.objects.get().args_kwargs["kwargs"] == {"article_id": article.pk}


def test_a_missing_path_is_an_error(tmp_path):
    from django.core.management import CommandError

    with pytest.raises(CommandError, match="No such file or folder"):
        run(tmp_path / "nope")
