"""What customers say: review insights per product and per category, stored as citable facts.

From the workspace's ``reviews`` table (joined to ``products`` for names and categories):

* rating distribution and mean stars;
* sentiment with VADER (a lexicon model whose data ships in the ``vaderSentiment`` package),
  checked against the stars: the Pearson correlation of review-level compound sentiment with the
  rating is reported per category and overall;
* themes: NMF over TF-IDF of review *sentences*, fitted per category. Each theme gets a readable
  label (its top terms), its share of reviews, how many mentions are positive / negative, and two
  short representative snippets.

Facts carry counts ("mention it in 34 of 80 reviews") and never a reviewer name, customer id or
review id; snippets are scrubbed of e-mail addresses, URLs, phone numbers and @handles.
Everything is deterministic for the same table.
"""

from __future__ import annotations

import logging
import re
import warnings
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
from pydantic import BaseModel, Field

from copilot.errors import MissingArtifactError
from copilot.knowledge.chunking import Chunk, DocMeta, make_chunk
from copilot.workspace import Workspace

log = logging.getLogger(__name__)

SOURCE = "reviews"
MIN_PRODUCT_REVIEWS = 5  # fewer reviews: the product gets no facts of its own (category facts only)
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


class RatingSummary(BaseModel):
    reviews: int
    mean_rating: float
    distribution: dict[int, int] = Field(description="stars (1-5) -> number of reviews")
    positive_share: float = Field(description="Share of reviews with positive VADER sentiment.")
    negative_share: float
    sentiment_star_correlation: float | None = Field(
        None, description="Pearson r between VADER compound and stars (None with < 10 reviews)."
    )


class SubjectInsights(BaseModel):
    """Insights for one product or one category."""

    kind: str = Field(..., description="'product' or 'category'")
    key: str = Field(..., description="product id or category slug")
    name: str
    category: str
    ratings: RatingSummary
    themes: list[ThemeInsight] = Field(default_factory=list)


class ReviewInsights(BaseModel):
    """Review insights for the whole workspace."""

    reviews: int
    sentiment_star_correlation: float | None
    categories: list[SubjectInsights] = Field(default_factory=list)
    products: list[SubjectInsights] = Field(default_factory=list)

    def to_chunks(self) -> list[Chunk]:
        """The insights as citable facts (source ``reviews``)."""
        return insights_to_chunks(self)


# --- loading ------------------------------------------------------------------------------------
def load_reviews(workspace: Workspace) -> pd.DataFrame | None:
    """Review rows (rating, text, product_id, name, category) or None when the workspace has none.

    Only the columns needed for aggregates are read: no reviewer or review ids leave the database.
    """
    if not workspace.db_path.exists():
        return None
    try:
        con = workspace.connect(read_only=True)
    except MissingArtifactError:
        return None
    try:
        tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        if not {"reviews", "products"} <= tables:
            return None
        df = con.execute(
            """
            SELECT r.product_id, p.name, p.category, r.rating, coalesce(r.text, '') AS text
            FROM reviews r JOIN products p USING (product_id)
            WHERE r.rating BETWEEN 1 AND 5
            ORDER BY r.review_id
            """
        ).df()
    finally:
        con.close()
    return df if len(df) else None


# --- sentiment ----------------------------------------------------------------------------------
def _vader() -> object:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def _compound(analyzer: object, texts: Sequence[str]) -> np.ndarray:
    score = analyzer.polarity_scores  # type: ignore[attr-defined]
    return np.array([score(t)["compound"] if t else 0.0 for t in texts], dtype=np.float64)


def _corr(x: np.ndarray, y: np.ndarray) -> float | None:
    if len(x) < 10 or np.std(x) == 0 or np.std(y) == 0:
        return None
    return round(float(np.corrcoef(x, y)[0, 1]), 3)


def _ratings(df: pd.DataFrame) -> RatingSummary:
    dist = {s: int((df["rating"] == s).sum()) for s in range(1, 6)}
    comp = df["compound"].to_numpy()
    return RatingSummary(
        reviews=len(df),
        mean_rating=round(float(df["rating"].mean()), 2),
        distribution=dist,
        positive_share=round(float((comp >= POSITIVE).mean()), 3),
        negative_share=round(float((comp <= NEGATIVE).mean()), 3),
        sentiment_star_correlation=_corr(comp, df["rating"].to_numpy(dtype=np.float64)),
    )


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


def _fit_themes(cat_df: pd.DataFrame, analyzer: object) -> tuple[list[str], _Sentences] | None:
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
    content = [len([w for w in re.findall(r"[a-z]+", s.lower()) if w not in ENGLISH_STOP_WORDS]) for s in texts]
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
    sents = _Sentences(np.array(rows), texts, _compound(analyzer, texts), topic, weight)
    return labels, sents


def _themes_for(review_idx: np.ndarray, labels: list[str], sents: _Sentences, ratings: np.ndarray,
                max_themes: int) -> list[ThemeInsight]:
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
        out.append(ThemeInsight(
            label=label,
            mentions=mentions,
            share=round(mentions / n, 3),
            positive=int((pol > 0).sum()),
            negative=int((pol < 0).sum()),
            neutral=int((pol == 0).sum()),
            mean_rating=round(float(ratings[reviews_t].mean()), 2),
            snippets=snippets[:2],
        ))
    out.sort(key=lambda th: (-th.mentions, th.label))
    return out[:max_themes]


def build_review_insights(workspace: Workspace) -> ReviewInsights | None:
    """Insights from the workspace's reviews, or None when it has no reviews."""
    df = load_reviews(workspace)
    if df is None:
        return None
    analyzer = _vader()
    df = df.copy()
    df["compound"] = _compound(analyzer, df["text"].tolist())
    categories: list[SubjectInsights] = []
    products: list[SubjectInsights] = []
    for category, cat_df in df.groupby("category", sort=True):
        cat_df = cat_df.reset_index(drop=True)
        fitted = _fit_themes(cat_df, analyzer)
        ratings = cat_df["rating"].to_numpy()
        label = str(category).replace("-", " ").capitalize()
        cat_themes = (
            _themes_for(np.arange(len(cat_df)), fitted[0], fitted[1], ratings, MAX_CATEGORY_THEMES)
            if fitted else []
        )
        categories.append(SubjectInsights(
            kind="category", key=str(category), name=label, category=str(category),
            ratings=_ratings(cat_df), themes=cat_themes,
        ))
        for pid, p_df in cat_df.groupby("product_id", sort=True):
            if len(p_df) < MIN_PRODUCT_REVIEWS:
                continue
            themes = (
                _themes_for(p_df.index.to_numpy(), fitted[0], fitted[1], ratings, MAX_PRODUCT_THEMES)
                if fitted else []
            )
            products.append(SubjectInsights(
                kind="product", key=str(pid), name=str(p_df["name"].iloc[0]), category=str(category),
                ratings=_ratings(p_df), themes=themes,
            ))
    return ReviewInsights(
        reviews=len(df),
        sentiment_star_correlation=_corr(df["compound"].to_numpy(), df["rating"].to_numpy(dtype=np.float64)),
        categories=categories,
        products=products,
    )


# --- facts ----------------------------------------------------------------------------------------
def _summary_text(s: SubjectInsights) -> str:
    r = s.ratings
    dist = ", ".join(f"{k}★ {r.distribution.get(k, 0)}" for k in (5, 4, 3, 2, 1))
    text = (
        f"{r.reviews:,} reviews, average {r.mean_rating:.1f} of 5 stars ({dist}); "
        f"sentiment {r.positive_share:.0%} positive, {r.negative_share:.0%} negative."
    )
    corr = r.sentiment_star_correlation
    if corr is not None:
        agree = "agrees with" if corr >= 0.3 else "barely tracks"
        text += f" Sentiment {agree} the stars (correlation {corr:.2f})."
    return text


def _theme_text(th: ThemeInsight, total: int) -> str:
    quotes = " / ".join(f"“{s}”" for s in th.snippets)
    return (
        f"Reviewers mention “{th.label}” in {th.mentions:,} of {total:,} reviews ({th.share:.0%}), "
        f"{th.tone}: {th.positive:,} positive, {th.negative:,} negative, {th.neutral:,} neutral sentences; "
        f"average {th.mean_rating:.1f} stars. E.g. {quotes}"
    )


def insights_to_chunks(insights: ReviewInsights) -> list[Chunk]:
    chunks: list[Chunk] = []
    for s in [*insights.categories, *insights.products]:
        if s.kind == "product":
            meta = DocMeta(SOURCE, f"{s.name} ({s.key}) reviews", s.key, s.category, s.name, kind="reviews")
        else:
            meta = DocMeta(SOURCE, f"{s.name} ({s.key}) reviews", None, s.category, None, kind="reviews")
        chunks.append(make_chunk(meta, "Rating summary", _summary_text(s)))
        for th in s.themes:
            chunks.append(make_chunk(meta, f"Theme: {th.label}", _theme_text(th, s.ratings.reviews)))
    if insights.sentiment_star_correlation is not None:
        meta = DocMeta(SOURCE, "All reviews", kind="reviews")
        chunks.append(make_chunk(
            meta, "Sentiment check",
            f"VADER sentiment of {insights.reviews:,} reviews correlates with their star ratings at "
            f"r = {insights.sentiment_star_correlation:.2f} (Pearson).",
        ))
    return chunks


def review_chunks(workspace: Workspace) -> list[Chunk] | None:
    """Review-insight facts for ``workspace`` (None when it has no reviews)."""
    insights = build_review_insights(workspace)
    return None if insights is None else insights.to_chunks()
