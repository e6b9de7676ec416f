"""Custom spaCy registry functions for the de_chronik_news pipeline.

Shipped inside the package (``spacy package --code``) so that ``spacy.load`` can rebuild
the model. Idea: our NER training data is small (no GermEval train split here), so the
model sees few names. Brown clusters computed on a large German corpus (the
``de_lexeme_cluster`` table of spacy-lookups-data, CC BY-SA 3.0 per that package) put
"Putin", "Merkel" and "Lawrow" into one cluster and "Brot", "Fleisch" into another;
embedding the cluster id lets the model generalise from seen to unseen names.
"""
from __future__ import annotations

import gzip
import json
from typing import Callable, List, Tuple, Union

from spacy.language import Language
from spacy.lookups import Table
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import HashEmbed, Maxout, Model, chain, concatenate, list2ragged, ragged2list, with_array
from thinc.types import Floats2d, Ints2d

CLUSTER_TABLE = "lexeme_cluster"
COARSE_BITS = 6  # prefix length of the Brown cluster bit path used as a coarse feature


def _cluster_columns(doc: Doc, table: Table | None) -> List[Tuple[int, int]]:
    rows = []
    for tok in doc:
        c = 0
        if table is not None:
            c = table.get(tok.orth, 0) or table.get(tok.lower, 0)
        coarse = c >> max(0, c.bit_length() - COARSE_BITS)
        rows.append((c, coarse))
    return rows


def ClusterFeatureExtractor(columns: List[Union[int, str]]) -> Model[List[Doc], List[Ints2d]]:
    """Like spaCy's FeatureExtractor, plus two columns: Brown cluster and its prefix."""
    return Model("extract_features_clusters", _extract_forward, attrs={"columns": columns})


def _extract_forward(model: Model, docs: List[Doc], is_train: bool):
    import numpy

    columns = model.attrs["columns"]
    features = []
    for doc in docs:
        full = doc if hasattr(doc, "to_array") else doc.doc
        vocab = full.vocab
        table = vocab.lookups.get_table(CLUSTER_TABLE) if vocab.lookups.has_table(CLUSTER_TABLE) else None
        attrs = full.to_array(columns)
        clusters = numpy.asarray(_cluster_columns(full, table), dtype="uint64").reshape((len(full), 2))
        if attrs.ndim == 1:
            attrs = attrs.reshape((attrs.shape[0], 1))
        arr = numpy.hstack([attrs.astype("uint64"), clusters])
        if not hasattr(doc, "to_array"):  # a Span
            arr = arr[doc.start : doc.end]
        features.append(model.ops.asarray2i(arr, dtype="uint64"))
    return features, lambda d_features: []


@registry.architectures("chronik.ClusterHashEmbed.v1")
def ClusterHashEmbed(
    width: int, attrs: List[str], rows: List[int], cluster_rows: List[int]
) -> Model[List[Doc], List[Floats2d]]:
    """MultiHashEmbed (spaCy's design) with two extra Brown-cluster embedding tables."""
    if len(rows) != len(attrs) or len(cluster_rows) != 2:
        raise ValueError("rows must match attrs and cluster_rows must have 2 entries")
    all_rows = list(rows) + list(cluster_rows)
    embeddings = [HashEmbed(width, n, column=i, seed=8 + i, dropout=0.0) for i, n in enumerate(all_rows)]
    max_out = with_array(Maxout(width, width * len(embeddings), nP=3, dropout=0.0, normalize=True))
    return chain(
        ClusterFeatureExtractor(attrs),
        list2ragged(),
        with_array(concatenate(*embeddings)),
        max_out,
        ragged2list(),
    )


@registry.callbacks("chronik.load_clusters.v1")
def load_clusters(max_words: int) -> Callable[[Language], Language]:
    """before_init callback: copy the most frequent words' clusters into vocab.lookups.

    The table is saved with the pipeline (vocab/lookups.bin), so the packaged model does
    not need spacy-lookups-data at run time.
    """

    def add_table(nlp: Language) -> Language:
        import spacy_lookups_data

        path = spacy_lookups_data.get_file("de_lexeme_cluster.json.gz") if hasattr(spacy_lookups_data, "get_file") else None
        if path is None:
            from pathlib import Path

            path = Path(spacy_lookups_data.__file__).parent / "data" / "de_lexeme_cluster.json.gz"
        with gzip.open(path, "rt", encoding="utf-8") as f:
            data = json.load(f)
        # the file is ordered by corpus frequency; cluster 0 means "unknown"
        kept = {w: c for i, (w, c) in enumerate(data.items()) if i < max_words and c}
        if nlp.vocab.lookups.has_table(CLUSTER_TABLE):
            nlp.vocab.lookups.remove_table(CLUSTER_TABLE)
        nlp.vocab.lookups.add_table(CLUSTER_TABLE, kept)
        return nlp

    return add_table
