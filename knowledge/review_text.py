"""What review text says: sentence sentiment (VADER) and themes (NMF over TF-IDF of sentences).

For one category's reviews, :func:`fit_themes` splits the reviews into sentences, keeps the ones
with enough content words, fits NMF topics over their TF-IDF (deterministic: ``random_state=0``,
``init="nndsvd"``) and labels each topic by its top terms, skipping sentiment words so labels name
topics. :func:`themes_for` then counts, for a product or the whole category, how many reviews
mention each theme, how many of those sentences are positive or negative, and picks two scrubbed
snippets (no e-mail addresses, URLs, phone numbers or @handles).

Split from ``copilot.knowledge.reviews`` (loading, rating summaries and the facts) because the text
analysis is the part that needs scikit-learn and VADER and is tuned on its own.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
from pydantic import BaseModel, Field

MIN_THEME_MENTIONS = 3
MIN_THEME_SHARE = 0.08
MAX_PRODUCT_THEMES = 4
MAX_CATEGORY_THEMES = 8
MIN_CONTENT_TERMS = 3  # sentences with fewer content words ("Very happy with it.") carry no theme
SNIPPET_CHARS = 110
POSITIVE = 0.05  # VADER's recommended compound thresholds
NEGATIVE = -0.05

_SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
_SCRUB = [
    (re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b"), "[email]"),
    (re.compile(r"https?://\S+|www\.\S+"), "[link]"),
    (re.compile(r"\+?\d[\d\s().-]{7,}\d"), "[phone]"),
    (re.compile(r"(?<!\w)@\w+"), "[handle]"),
]


class ThemeInsight(BaseModel):
    """One theme customers talk about."""

    label: str = Field(..., description="Top terms of the theme, e.g. 'grip · wet rock · roots'.")
    mentions: int = Field(..., description="Reviews with at least one sentence on this theme.")
    share: float = Field(..., description="mentions / reviews")
    positive: int = Field(..., description="Sentences on this theme that are positive (VADER).")
    negative: int = Field(..., description="Sentences on this theme that are negative (VADER).")
    neutral: int = Field(0, description="Sentences on this theme that VADER finds neutral.")
    mean_rating: float = Field(..., description="Mean stars of the reviews that mention it.")
    snippets: list[str] = Field(default_factory=list, description="Two short representative sentences.")

    @property
    def tone(self) -> str:
        if self.positive >= 2 * max(1, self.negative):
            return "mostly positive"
        if self.negative >= 2 * max(1, self.positive):
            return "mostly negative"
        return "mixed"


# --- sentiment ----------------------------------------------------------------------------------
def vader() -> object:
    """VADER's analyzer (a lexicon model; its data ships in the ``vaderSentiment`` package)."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def compound(analyzer: object, texts: Sequence[str]) -> np.ndarray:
    """VADER's compound score (-1..1) per text; 0 for an empty one."""
    score = analyzer.polarity_scores  # type: ignore[attr-defined]
    return np.array([score(t)["compound"] if t else 0.0 for t in texts], dtype=np.float64)


# --- themes -------------------------------------------------------------------------------------
def scrub(text: str) -> str:
    """Remove contact details and handles from a snippet and shorten it."""
    for pattern, repl in _SCRUB:
        text = pattern.sub(repl, text)
    text = " ".join(text.split())
    if len(text) > SNIPPET_CHARS:
        text = text[: SNIPPET_CHARS - 1].rsplit(" ", 1)[0] + "…"
    return text


@dataclass
class _Sentences:
    review_idx: np.ndarray  # index into the category frame
    text: list[str]
    compound: np.ndarray
    topic: np.ndarray  # dominant topic, -1 = none
    weight: np.ndarray  # weight of the dominant topic


def _label(terms: list[str], lexicon: dict[str, float]) -> str:
    """Up to three top terms; sentiment words (VADER lexicon) are skipped so labels name topics."""
    plain = [t for t in terms if not any(abs(lexicon.get(w, 0.0)) >= 1.0 for w in t.split())]
    if len(plain) >= 2:
        terms = plain
    picked: list[str] = []
    for t in terms:
        if any(t in p.split() or p in t.split() for p in picked):
            if " " in t:  # a bigram replaces the unigram it contains
                picked = [p for p in picked if p not in t.split()]
                picked.append(t)
            continue
        picked.append(t)
        if len(picked) == 3:
            break
    return " · ".join(picked)


def fit_themes(cat_df: pd.DataFrame, analyzer: object) -> tuple[list[str], _Sentences] | None:
    """Theme labels and the category's sentences with their topic; None with too little text."""
    from sklearn.decomposition import NMF
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer

    rows, texts = [], []
    for i, text in enumerate(cat_df["text"].tolist()):
        for s in _SENT_SPLIT.split(text):
            s = s.strip()
            if s:
                rows.append(i)
                texts.append(s)
    if len(texts) < 20:
        return None
    content = [
        len([w for w in re.findall(r"[a-z]+", s.lower()) if w not in ENGLISH_STOP_WORDS]) for s in texts
    ]
    bearing = np.array([c >= MIN_CONTENT_TERMS for c in content])
    if bearing.sum() < 20:
        return None
    vec = TfidfVectorizer(stop_words="english", ngram_range=(1, 2), min_df=3, max_df=0.5, sublinear_tf=True)
    try:
        x = vec.fit_transform([t for t, b in zip(texts, bearing, strict=True) if b])
    except ValueError:  # empty vocabulary
        return None
    n_topics = int(np.clip(round(np.sqrt(x.shape[0] / 8)), 2, MAX_CATEGORY_THEMES))
    n_topics = min(n_topics, x.shape[1] - 1, x.shape[0] - 1)
    if n_topics < 2:
        return None
    nmf = NMF(n_components=n_topics, init="nndsvd", random_state=0, max_iter=500)
    with warnings.catch_warnings():  # a capped iteration count is fine: the result is deterministic
        warnings.simplefilter("ignore", ConvergenceWarning)
        w = nmf.fit_transform(x)
    terms = vec.get_feature_names_out()
    lexicon: dict[str, float] = getattr(analyzer, "lexicon", {})
    labels = [_label([str(terms[j]) for j in np.argsort(-comp)[:10]], lexicon) for comp in nmf.components_]
    topic = np.full(len(texts), -1)
    weight = np.zeros(len(texts))
    idx = np.flatnonzero(bearing)
    best = w.argmax(axis=1)
    best_w = w.max(axis=1)
    ok = best_w > 1e-6
    topic[idx[ok]] = best[ok]
    weight[idx[ok]] = best_w[ok]
    sents = _Sentences(np.array(rows), texts, compound(analyzer, texts), topic, weight)
    return labels, sents


def themes_for(
    review_idx: np.ndarray, labels: list[str], sents: _Sentences, ratings: np.ndarray, max_themes: int
) -> list[ThemeInsight]:
    """Themes among the reviews ``review_idx`` (indices into the category frame)."""
    n = len(review_idx)
    if n == 0:
        return []
    in_subject = np.isin(sents.review_idx, review_idx)
    out: list[ThemeInsight] = []
    for t, label in enumerate(labels):
        mask = in_subject & (sents.topic == t)
        if not mask.any():
            continue
        reviews_t = np.unique(sents.review_idx[mask])
        mentions = len(reviews_t)
        if mentions < MIN_THEME_MENTIONS or mentions / n < MIN_THEME_SHARE:
            continue
        comp = sents.compound[mask]  # sentence polarity from VADER's recommended thresholds
        pol = np.where(comp >= POSITIVE, 1, np.where(comp <= NEGATIVE, -1, 0))
        order = np.argsort(-sents.weight[mask], kind="stable")
        texts = [sents.text[i] for i in np.flatnonzero(mask)]
        snippets: list[str] = []
        for want in (1, -1, 0):  # the best positive and the best negative one, else the next best
            for j in order:
                s = scrub(texts[j])
                if (want == 0 or pol[j] == want) and s not in snippets:
                    snippets.append(s)
                    break
            if len(snippets) == 2:
                break
        out.append(
            ThemeInsight(
                label=label,
                mentions=mentions,
                share=round(mentions / n, 3),
                positive=int((pol > 0).sum()),
                negative=int((pol < 0).sum()),
                neutral=int((pol == 0).sum()),
                mean_rating=round(float(ratings[reviews_t].mean()), 2),
                snippets=snippets[:2],
            )
        )
    out.sort(key=lambda th: (-th.mentions, th.label))
    return out[:max_themes]
