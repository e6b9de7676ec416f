"""Each test starts with an empty cache: counts cached under a chronology version by an
earlier test (whose rows were rolled back, ids reused) must not reach the next one."""
import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    yield
    cache.clear()
