"""Run axe-core (from the npm registry, installed with
`npm install --prefix . --no-save axe-core@4` into the git-ignored node_modules/) on a
Playwright page."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

AXE_JS = Path(
    os.environ.get(
        "AXE_CORE_JS",
        Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js",
    )
)


def axe_violations(page, *, impacts: tuple[str, ...] = ("serious", "critical")) -> list[dict]:
    """The violations of the given impacts on the page as it is now, each as
    {"id", "impact", "help", "nodes": [target selectors]}."""
    if not AXE_JS.exists():
        pytest.fail(f"{AXE_JS} is missing: run `npm install --prefix . --no-save axe-core@4`")
    # Evaluated through the DevTools protocol: a <script> tag with axe inside would be an
    # inline script, which the site's Content-Security-Policy rightly blocks.
    page.evaluate(AXE_JS.read_text(encoding="utf-8"))
    result = page.evaluate("async () => await axe.run(document)")
    return [
        {
            "id": violation["id"],
            "impact": violation["impact"],
            "help": violation["help"],
            "nodes": [node["target"] for node in violation["nodes"]][:5],
        }
        for violation in result["violations"]
        if violation["impact"] in impacts
    ]
