"""A small learned intent classifier: logistic regression over hashed character n-grams.

Character 1-4-grams (digits folded to 0, whitespace collapsed, lower case) are hashed with CRC-32 into
:data:`DIMENSION` buckets, counted, log-scaled and L2-normalised, so English, Chinese and mixed text all
get features without a tokenizer. The weights (``intent_model.npz``, shipped as package data) are
written by ``benchmarks/reading/build_intent_model.py`` from the DEV split of the labelled questions
(plus the dev briefs as ``plan``, down-weighted, and :data:`copilot.reading.intent.EXAMPLES`); nothing
is trained at read time, and the held-out split is never used. Loaded lazily, once; a question takes
well under a millisecond.
"""

from __future__ import annotations

import re
import zlib
from functools import lru_cache
from importlib import resources

import numpy as np

#: Hash buckets of the character n-grams.
DIMENSION = 1 << 14
#: n-gram lengths.
SHORTEST, LONGEST = 1, 4
WEIGHTS_FILE = "intent_model.npz"


def ngrams(text: str) -> list[str]:
    """The character n-grams of ``text`` the classifier counts."""
    t = " " + re.sub(r"\d", "0", re.sub(r"\s+", " ", text.lower()).strip()) + " "
    return [t[i : i + n] for n in range(SHORTEST, LONGEST + 1) for i in range(len(t) - n + 1)
            if n > 1 or t[i] != " "]  # fmt: skip


def features(texts: list[str]) -> np.ndarray:
    """One row per text: hashed n-gram counts, log(1 + count), L2-normalised (float32)."""
    x = np.zeros((len(texts), DIMENSION), dtype=np.float32)
    for row, text in enumerate(texts):
        for gram in ngrams(text):
            x[row, zlib.crc32(gram.encode("utf-8")) % DIMENSION] += 1.0
    x = np.log1p(x)
    x /= np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-9)
    return x


@lru_cache(maxsize=1)
def _weights() -> tuple[tuple[str, ...], np.ndarray, np.ndarray]:
    """(intents, coefficients [intents x DIMENSION], intercepts), read once from the package."""
    with resources.files("copilot.reading").joinpath(WEIGHTS_FILE).open("rb") as fh, np.load(fh) as data:
        labels = tuple(str(s) for s in data["labels"])
        return labels, data["coef"].astype(np.float32), data["intercept"].astype(np.float32)


def intent_probabilities(text: str) -> dict[str, float]:
    """The classifier's probability of each intent for a question's text (they sum to 1)."""
    labels, coef, intercept = _weights()
    z = coef @ features([text])[0] + intercept
    p = np.exp(z - z.max())
    p /= p.sum()
    return {label: float(v) for label, v in zip(labels, p, strict=True)}
