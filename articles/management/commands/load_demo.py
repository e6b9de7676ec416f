"""Load the demo articles in articles/demo/ through the real pipeline (idempotent)."""
from pathlib import Path

from django.core.management.base import BaseCommand

from articles.services import articles_import
from articles.sources import path_read_records

from .import_articles import report_write

DEMO_DIR = Path(__file__).resolve().parents[2] / "demo"


class Command(BaseCommand):
    help = "Import and process the demo articles; re-running changes nothing."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--queue", action="store_true", help="Queue them for the workers instead.")

    def handle(self, *, queue: bool, **options) -> None:
        records = [
            record for path in sorted(DEMO_DIR.glob("*.json")) for record in path_read_records(path)
        ]
        report_write(self, articles_import(records=records, queue=queue))
