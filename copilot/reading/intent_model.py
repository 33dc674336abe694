"""A small learned intent classifier: logistic regression over hashed character n-grams.

Character 1-4-grams (digits folded to 0, whitespace collapsed, lower case) are hashed with CRC-32 into
:data:`DIMENSION` buckets, counted, log-scaled and L2-normalised, so English, Chinese and mixed text all
get features without a tokenizer. The weights (``intent_model.npz``, shipped as package data) are
written by ``benchmarks/reading/build_intent_model.py`` from the DEV split of the labelled questions
(plus the dev briefs as ``plan``, down-weighted, and :data:`copilot.reading.intent.EXAMPLES`), with a
second model of the same shape for brief vs question (:func:`kind_probabilities`); nothing
is trained at read time, and the held-out split is never used. Loaded lazily, once; a question takes
well under a millisecond.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Mapping
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


@lru_cache(maxsize=2)
def _weights(prefix: str) -> tuple[tuple[str, ...], np.ndarray, np.ndarray]:
    """(labels, coefficients [labels x DIMENSION], intercepts) of one model, read once from the package."""
    with resources.files("copilot.reading").joinpath(WEIGHTS_FILE).open("rb") as fh, np.load(fh) as data:
        return unpack({key: data[key] for key in data.files}, prefix)


def unpack(data: Mapping[str, np.ndarray], prefix: str = "") -> tuple[tuple[str, ...], np.ndarray, np.ndarray]:
    """(labels, coefficients, intercepts) of one model from its stored arrays (``{prefix}labels``, ``coef``,
    ``intercept``); also used by the leave-one-set-out evaluation to swap in weights fitted without a set."""
    labels = tuple(str(s) for s in data[f"{prefix}labels"])
    coef, intercept = data[f"{prefix}coef"].astype(np.float32), data[f"{prefix}intercept"].astype(np.float32)
    if len(labels) == 2 and coef.shape[0] == 1:  # a binary model stores one row: the second label's score
        coef, intercept = np.vstack([-coef / 2, coef / 2]), np.concatenate([-intercept / 2, intercept / 2])
    return labels, coef, intercept


def _probabilities(prefix: str, text: str) -> dict[str, float]:
    labels, coef, intercept = _weights(prefix)
    z = coef @ features([text])[0] + intercept
    p = np.exp(z - z.max())
    p /= p.sum()
    return {label: float(v) for label, v in zip(labels, p, strict=True)}


def intent_probabilities(text: str) -> dict[str, float]:
    """The classifier's probability of each intent for a question's text (they sum to 1)."""
    return _probabilities("", text)


def kind_probabilities(text: str) -> dict[str, float]:
    """A second model of the same shape, trained on the dev briefs and questions: the probability that a
    request is a ``brief`` or a ``question``. The wording rules (:mod:`copilot.reading.kind`) decide kind; the
    model only overrules a question they read when it is all but sure of a brief (p(question) below
    :data:`copilot.reading.kind.MODEL_BRIEF_BELOW`). Never the other way: it is not calibrated on short imperative
    briefs ("Push to lapsed hikers on Saturday" p = 0.92, "need a text blast … tomorrow" 0.96-0.985: both briefs)."""
    return _probabilities("kind_", text)
