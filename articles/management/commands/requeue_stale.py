"""Put articles a dead worker left in `processing` back in the queue.

Run once at worker start, and with `--every 60` next to the workers, so that an article
whose worker was killed is picked up again after ARTICLE_STALE_AFTER seconds."""
import time

from django.conf import settings
from django.core.management.base import BaseCommand

from articles.services import articles_requeue_stale


class Command(BaseCommand):
    help = "Requeue articles stuck in 'processing' longer than ARTICLE_STALE_AFTER seconds."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--every", type=float, default=0, metavar="SECONDS",
            help="Keep running and check again every SECONDS (default: check once and exit).",
        )

    def handle(self, *, every: float, verbosity: int, **options) -> None:
        while True:
            requeued = articles_requeue_stale()
            if requeued or verbosity > 1:
                self.stdout.write(
                    f"Requeued {len(requeued)} article(s) processing for more than "
                    f"{settings.ARTICLE_STALE_AFTER} s: {', '.join(map(str, requeued)) or '-'}"
                )
            if not every:
                return
            time.sleep(every)
