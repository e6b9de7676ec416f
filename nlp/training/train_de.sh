#!/usr/bin/env bash
# End-to-end recipe for the German pipeline de_chronik_news:
# convert data -> train NER and UD pipelines -> combine -> evaluate -> package wheel.
#
# Usage (from anywhere):  nlp/training/train_de.sh
# Overridable variables:
#   NLP_DATA_DIR  data folder            (default: <parent of repo>/shared/nlp-data)
#   PYTHON        interpreter            (default: <repo>/.venv/bin/python)
#   VERSION       package version        (default: see below)
#   NER_CONFIG / UD_CONFIG               (default: configs/ner_cluster.cfg / configs/ud_cluster.cfg)
#   NER_STEPS / UD_STEPS                 max training steps
#   PARALLEL=0    train NER and UD one after the other (default: both at once, 2 cores)
#   NER_WITH_DEV=0  keep the GermEval dev slice out of NER training and package NER's
#                 model-best (default 1: train on it too for a fixed NER_STEPS, package model-last)
#   SKIP_PACKAGE=1  stop after evaluation
#   CORPUS / OUT  corpus and output folders (default: nlp/training/corpus, nlp/training/output)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
NLP_DATA_DIR="${NLP_DATA_DIR:-$(dirname "$REPO")/shared/nlp-data}"
PYTHON="${PYTHON:-$REPO/.venv/bin/python}"
VERSION="${VERSION:-0.2.0}"
NER_CONFIG="${NER_CONFIG:-$HERE/configs/ner_cluster.cfg}"
UD_CONFIG="${UD_CONFIG:-$HERE/configs/ud_cluster.cfg}"
NER_STEPS="${NER_STEPS:-2400}"  # best dev step of the experiment without dev (E4, docs/nlp.md)
NER_WITH_DEV="${NER_WITH_DEV:-1}"
UD_STEPS="${UD_STEPS:-3000}"
PARALLEL="${PARALLEL:-1}"
CORPUS="${CORPUS:-$HERE/corpus}"
OUT="${OUT:-$HERE/output}"
export NLP_DATA_DIR

cd "$REPO"
mkdir -p "$OUT"
start=$(date +%s)

echo "== 1. convert ($NLP_DATA_DIR -> $CORPUS)"
dev_flag=""
ner_model="model-best"
if [ "$NER_WITH_DEV" = 1 ]; then dev_flag="--with-dev"; ner_model="model-last"; fi
"$PYTHON" -m nlp.training.convert --data "$NLP_DATA_DIR" --out "$CORPUS" --germeval-copies 2 --europeana $dev_flag

train() {  # name config train_dir dev_dir steps
    nice -n 10 "$PYTHON" -m spacy train "$2" --code "$HERE/functions.py" \
        --paths.train "$3" --paths.dev "$4" --training.max_steps "$5" \
        -o "$OUT/$1" > "$OUT/$1.log" 2>&1
    echo "   $1 done: $(tail -n 1 "$OUT/$1.log")"
}

echo "== 2. train NER ($NER_STEPS steps) and UD ($UD_STEPS steps); logs in $OUT/*.log"
if [ "$PARALLEL" = 1 ]; then
    train ner "$NER_CONFIG" "$CORPUS/ner_train" "$CORPUS/ner_dev" "$NER_STEPS" &
    ner_pid=$!
    train ud "$UD_CONFIG" "$CORPUS/ud_train" "$CORPUS/ud_dev" "$UD_STEPS" &
    ud_pid=$!
    wait "$ner_pid"
    wait "$ud_pid"
else
    train ner "$NER_CONFIG" "$CORPUS/ner_train" "$CORPUS/ner_dev" "$NER_STEPS"
    train ud "$UD_CONFIG" "$CORPUS/ud_train" "$CORPUS/ud_dev" "$UD_STEPS"
fi

echo "== 3. combine"
rm -rf "$OUT/combined"
"$PYTHON" -m nlp.training.combine --ud "$OUT/ud/model-best" --ner "$OUT/ner/$ner_model" \
    --out "$OUT/combined" --version "$VERSION"

echo "== 4. evaluate (held-out splits)"
"$PYTHON" -m tests.eval.nlp --model "$OUT/combined" | tee "$OUT/eval.txt"

if [ "${SKIP_PACKAGE:-0}" != 1 ]; then
    echo "== 5. package"
    rm -rf "$OUT/package"
    mkdir -p "$OUT/package"
    "$PYTHON" -m spacy package "$OUT/combined" "$OUT/package" --code "$HERE/functions.py" \
        --build wheel --force
    wheel="$(ls "$OUT"/package/*/dist/de_chronik_news-"$VERSION"-py3-none-any.whl)"
    rm -f "$REPO"/nlp/packages/de_chronik_news-*.whl
    mkdir -p "$REPO/nlp/packages"
    cp "$wheel" "$REPO/nlp/packages/"
    echo "   wheel: nlp/packages/$(basename "$wheel") ($(du -h "$wheel" | cut -f1))"
    echo "   install: $REPO/.venv/bin/pip install --force-reinstall --no-deps nlp/packages/$(basename "$wheel")"
fi
echo "== done in $(( ($(date +%s) - start) / 60 )) min"
