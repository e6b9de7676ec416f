"""Upload an article, watch it being processed, read it with its events marked."""
from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.defaultfilters import filesizeformat
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from timeline.access import can_read_full_text, shown_review_statuses

from .forms import ArticleUploadForm
from .models import Article
from .selectors import article_events, article_highlighted_text
from .services import article_retry, article_submit

UPLOAD_PERMISSION = "articles.upload_article"


@login_required
@permission_required(UPLOAD_PERMISSION, raise_exception=True)
def article_upload(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        form = ArticleUploadForm(request.POST, request.FILES)
        if form.is_valid():
            data = form.cleaned_data
            article, created = article_submit(
                title=data["title"],
                text=data["text"],
                language=data["language"],
                published=data["published"],
                url=data["url"],
                outlet=data["outlet"],
                uploaded_by=request.user,
            )
            if created:
                messages.success(request, _("The article was saved and is being processed."))
            else:
                messages.info(request, _("This article was uploaded before; here it is."))
            return redirect(article)
    else:
        form = ArticleUploadForm()
    return render(request, "articles/article_upload.html", {"form": form})


def article_upload_too_large(request: HttpRequest) -> HttpResponse:
    """The upload form again, with the limits, for a paste too large to be read (over
    DATA_UPLOAD_MAX_MEMORY_SIZE); see `middleware.UploadTooLargeMiddleware`. Nothing of
    the request is used, so this is the empty form as a GET shows it."""
    messages.error(request, _upload_too_large_message())
    context = {"form": ArticleUploadForm()}
    return render(request, "articles/article_upload.html", context, status=413)


def _upload_too_large_message() -> str:
    return _(
        "The pasted text is too large: the form takes at most %(size)s, and an article may "
        "have at most %(limit)s characters. Paste only the article, or upload it as a file "
        "(.txt, .md or .html up to %(file_size)s; from a saved web page the article is "
        "taken out)."
    ) % {
        "size": filesizeformat(settings.DATA_UPLOAD_MAX_MEMORY_SIZE),
        "limit": number_format(settings.ARTICLE_MAX_CHARS, force_grouping=True),
        "file_size": filesizeformat(settings.ARTICLE_FETCH_MAX_BYTES),
    }


def article_detail(request: HttpRequest, pk: int) -> HttpResponse:
    article = get_object_or_404(Article, pk=pk)
    full_text = can_read_full_text(request.user)
    can_upload = request.user.has_perm(UPLOAD_PERMISSION)
    context = {
        "article": article,
        "can_upload": can_upload,
        "full_text": full_text,
        # Readers need the processing status only while there is something to wait for.
        "show_status": request.user.is_staff
        or can_upload
        or article.status != Article.Status.DONE,
    }
    if article.is_finished:
        context["events"] = article_events(
            article=article, review=shown_review_statuses(request.user)
        )
        if full_text:
            context["text_html"] = article_highlighted_text(
                article=article, events=context["events"]
            )
    if request.htmx:
        # The status poll: the status line, and once finished the events and the marked
        # text as out-of-band swaps.
        return render(request, "articles/article_detail.html#update", context)
    return render(request, "articles/article_detail.html", context)


@require_POST
@login_required
@permission_required(UPLOAD_PERMISSION, raise_exception=True)
def article_retry_view(request: HttpRequest, pk: int) -> HttpResponse:
    article = get_object_or_404(Article, pk=pk)
    if article_retry(article=article):
        messages.success(request, _("The article is queued for processing again."))
    else:
        messages.info(request, _("Only failed articles can be retried."))
    return redirect(article)
