from django.shortcuts import get_object_or_404, render

from .models import Article


def article_detail(request, pk: int):
    article = get_object_or_404(Article, pk=pk)
    return render(request, "articles/article_detail.html", {"article": article})
