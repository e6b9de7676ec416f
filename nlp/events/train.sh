#!/usr/bin/env bash
# The event sentence detectors de_chronik_events and en_chronik_events (`make train`):
# training data from the annotated articles -> one textcat_multilabel per language ->
# wheels in nlp/packages/, installed by `make install` like the German pipeline.
# Needs ../shared (the Wikinews texts). Takes a few minutes on two cores.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
PYTHON="${PYTHON:-$REPO/.venv/bin/python}"
VERSION="${VERSION:-0.2.0}"
STEPS="${STEPS:-1600}"
OUT="${OUT:-$REPO/var/events}"

cd "$REPO"
rm -rf "$OUT"
mkdir -p "$OUT"
"$PYTHON" -m nlp.events.data --out "$OUT/corpus"
for lang in de en; do
    "$PYTHON" -m spacy train "$HERE/textcat.cfg" --nlp.lang "$lang" \
        --paths.train "$OUT/corpus/$lang/train.spacy" --paths.dev "$OUT/corpus/$lang/dev.spacy" \
        --training.max_steps "$STEPS" -o "$OUT/$lang" > "$OUT/$lang.log" 2>&1
    echo "$lang: $(grep -E '^ +[0-9]+ +[0-9]+ ' "$OUT/$lang.log" | tail -n 1)"
    # The model at the last step (the dev split chose the number of steps, not the model).
    "$PYTHON" - "$OUT/$lang/model-last" "$VERSION" <<'PY'
import json, sys
from pathlib import Path
meta = Path(sys.argv[1]) / "meta.json"
data = json.loads(meta.read_text())
data.update(name="chronik_events", version=sys.argv[2],
            description="Which sentences report a meeting or a statement (Chronik)",
            license="CC BY 2.5 (trained on Wikinews articles, Wikinews contributors) and MIT",
            author="Chronik")
meta.write_text(json.dumps(data, indent=2))
PY
    mkdir -p "$OUT/package"
    "$PYTHON" -m spacy package "$OUT/$lang/model-last" "$OUT/package" --build wheel --force > "$OUT/$lang.package.log" 2>&1
    rm -f nlp/packages/${lang}_chronik_events-*.whl
    cp "$OUT/package/${lang}_chronik_events-$VERSION/dist/"*.whl nlp/packages/
done
ls -l nlp/packages/
