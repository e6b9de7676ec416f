"""The upload page: who may use it, and the three ways of handing in an article."""
import datetime

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from articles.models import Article

from .conftest import ARTICLE_HTML
from .samples import ENGLISH_DATELINE, ENGLISH_NO_DATE, GERMAN_WITH_DATELINE

pytestmark = pytest.mark.django_db
URL = reverse("articles:upload")


def post(client, **fields):
    data = {"text": "", "url": "", "title": "", "published": "", "language": "", "outlet": ""}
    data.update(fields)
    return client.post(URL, data)


def test_it_sends_anonymous_users_to_login(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


def test_it_refuses_users_without_permission(client, reader, django_user_model):
    client.force_login(reader)
    assert client.get(URL).status_code == 403
    staff = django_user_model.objects.create_user("carol", password="x", is_staff=True)
    client.force_login(staff)
    assert client.get(URL).status_code == 403
    assert post(client, text=ENGLISH_DATELINE).status_code == 403
    assert not Article.objects.exists()


def test_it_lets_users_with_the_permission_in(client, reader):
    reader.user_permissions.add(Permission.objects.get(codename="upload_article"))
    client.force_login(reader)
    response = client.get(URL)
    assert response.status_code == 200
    assert b'name="published"' in response.content


def test_it_stores_pasted_text_and_queues_it(editor_client, editor, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = post(editor_client, text=GERMAN_WITH_DATELINE, outlet="Testblatt")
    article = Article.objects.get()
    assert response.status_code == 302
    assert response["Location"] == article.get_absolute_url()
    # Date and language come from the text, the title from its first line without the
    # dateline.
    assert article.published == datetime.date(2019, 3, 12)
    assert article.language == "de"
    assert article.title.startswith("Der Bundesaußenminister hat am Dienstag")
    assert article.outlet == "Testblatt"
    assert article.uploaded_by == editor
    assert article.status == Article.Status.PENDING
    task = DBTaskResult.objects.get()
    assert task.args_kwargs["kwargs"] == {"article_id": article.pk}


def test_it_asks_for_the_date_and_keeps_the_text(editor_client):
    response = post(editor_client, text=ENGLISH_NO_DATE, title="Ottawa talks")
    assert response.status_code == 200
    assert "does not say when it was published" in response.content.decode()
    assert "Ottawa to discuss trade" in response.content.decode()
    assert not Article.objects.exists()

    response = post(editor_client, text=ENGLISH_NO_DATE, title="Ottawa talks", published="2018-06-01")
    article = Article.objects.get()
    assert (article.title, article.published, article.language) == (
        "Ottawa talks", datetime.date(2018, 6, 1), "en"
    )


def test_it_accepts_a_german_date_format(editor_client):
    post(editor_client, text=ENGLISH_NO_DATE, published="01.06.2018")
    assert Article.objects.get().published == datetime.date(2018, 6, 1)


def test_the_chosen_language_wins(editor_client):
    post(editor_client, text=ENGLISH_DATELINE, language="de")
    assert Article.objects.get().language == "de"


def test_it_reads_a_text_file(editor_client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("ottawa.md", ENGLISH_DATELINE.encode(), "text/markdown")
    editor_client.post(URL, {"file": upload, "title": "From a file"})
    article = Article.objects.get()
    assert article.text == ENGLISH_DATELINE
    assert article.published == datetime.date(2018, 5, 31)


def test_it_takes_the_article_out_of_an_html_file(editor_client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("vienna.html", ARTICLE_HTML.encode(), "text/html")
    editor_client.post(URL, {"file": upload})
    article = Article.objects.get()
    assert "Austria and Norway met on Monday" in article.text
    assert "All rights reserved" not in article.text and "Sport" not in article.text
    assert article.title == "Ministers meet in Vienna"
    assert article.outlet == "Test Gazette"
    assert article.published == datetime.date(2019, 3, 5)
    assert article.language == "en"


def test_it_fetches_a_url(editor_client, web):
    url = web.page("/world/vienna", ARTICLE_HTML)
    response = post(editor_client, url=url)
    article = Article.objects.get()
    assert response["Location"] == article.get_absolute_url()
    assert "Norwegian minister told reporters" in article.text
    assert (article.url, article.outlet, article.published) == (
        url, "Test Gazette", datetime.date(2019, 3, 5)
    )


def test_it_follows_a_few_redirects(editor_client, web):
    web.page("/final", ARTICLE_HTML)
    web.redirect("/b", web.url("/final"))
    url = web.redirect("/a", web.url("/b"))
    post(editor_client, url=url)
    article = Article.objects.get()
    assert "Austria and Norway" in article.text
    assert article.url == url  # the address the editor gave


def test_a_page_without_date_comes_back_with_its_text(editor_client, web):
    html = ARTICLE_HTML.replace('<meta property="article:published_time" content="2019-03-05T09:30:00+01:00">', "")
    url = web.page("/undated", html)
    response = post(editor_client, url=url)
    content = response.content.decode()
    assert "does not say when it was published" in content
    assert "Austria and Norway met on Monday" in content  # now in the text field
    assert not Article.objects.exists()
    # Second round: the text is sent back with the date; the page is not fetched again.
    web.routes.clear()
    form = response.context["form"]
    post(editor_client, text=form.data["text"], url=url, title=form.data["title"], published="2019-03-05")
    article = Article.objects.get()
    assert article.url == url and article.title == "Ministers meet in Vienna"


def test_the_same_text_twice_leads_to_the_existing_article(editor_client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        post(editor_client, text=GERMAN_WITH_DATELINE)
    first = Article.objects.get()
    # Other line breaks and trailing blanks: still the same article.
    again = GERMAN_WITH_DATELINE.replace("\n\n", "\n \n") + "  \n"
    with django_capture_on_commit_callbacks(execute=True):
        response = post(editor_client, text=again, title="Another title")
    assert response["Location"] == first.get_absolute_url()
    assert Article.objects.count() == 1
    assert DBTaskResult.objects.count() == 1
    page = editor_client.get(response["Location"]).content.decode()
    assert "was uploaded before" in page
