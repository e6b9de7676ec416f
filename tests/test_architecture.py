"""The direction of imports (docs/architecture.md): `articles` may use `timeline`, never the
reverse; the NLP core and `timeline.lib` import no Django; no module imports itself back
through others, also not through an import inside a function (grimp reads those too)."""
from __future__ import annotations

from collections.abc import Callable
from functools import cache

import grimp
import pytest

APPS = ("timeline", "articles")
DJANGO_FREE = ("articles.extraction", "timeline.lib")


@cache
def graph() -> grimp.ImportGraph:
    return grimp.build_graph(*APPS, include_external_packages=True)


def own_modules() -> set[str]:
    return {m for m in graph().modules if m.split(".")[0] in APPS}


def imports(module: str) -> set[str]:
    return graph().find_modules_directly_imported_by(module)


def within(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def test_the_chronology_never_imports_the_upload_side():
    wrong = sorted((m, x) for m in own_modules() if within(m, "timeline")
                   for x in imports(m) if within(x, "articles"))
    assert wrong == []


@pytest.mark.parametrize("package", DJANGO_FREE)
def test_plain_packages_import_no_django_and_no_app_code(package):
    allowed = DJANGO_FREE + APPS  # a package's own `__init__` is no app code
    wrong = sorted(
        (m, x) for m in own_modules() if within(m, package) for x in imports(m)
        if within(x, "django") or (x.split(".")[0] in APPS
                                   and not any(within(x, a) if "." in a else x == a for a in allowed))
    )
    assert wrong == []


def strongly_connected(nodes: set[str], imports_of: Callable[[str], set[str]]) -> list[list[str]]:
    """Tarjan's algorithm, iteratively: the groups of modules that import each other."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []
    for root in sorted(nodes):
        if root in index:
            continue
        work = [(root, iter(sorted(imports_of(root) & nodes)))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is None:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    group = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        group.append(member)
                        if member == node:
                            break
                    if len(group) > 1:
                        groups.append(sorted(group))
            elif child not in index:
                index[child] = low[child] = len(index)
                stack.append(child)
                on_stack.add(child)
                work.append((child, iter(sorted(imports_of(child) & nodes))))
            elif child in on_stack:
                low[node] = min(low[node], index[child])
    return groups


def test_there_are_no_import_cycles():
    assert strongly_connected(own_modules(), imports) == []


def test_the_cycle_finder_finds_a_cycle():
    """The check above can fail: two modules importing each other are one group."""
    g = grimp.ImportGraph()
    for a, b in (("x.a", "x.b"), ("x.b", "x.a"), ("x.b", "x.c")):
        g.add_import(importer=a, imported=b)
    found = strongly_connected({"x.a", "x.b", "x.c"}, g.find_modules_directly_imported_by)
    assert found == [["x.a", "x.b"]]
