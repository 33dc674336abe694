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

The text analysis (VADER sentiment, NMF themes, snippet scrubbing) is ``copilot.knowledge.review_text``;
this module loads the reviews, summarises ratings per product and category, and writes the facts.
"""

from __future__ import annotations

import logging

import numpy as np
import pandas as pd
from pydantic import BaseModel, Field

from copilot.errors import MissingArtifactError
from copilot.knowledge.chunking import Chunk, DocMeta, make_chunk
from copilot.knowledge.review_text import (
    MAX_CATEGORY_THEMES,
    MAX_PRODUCT_THEMES,
    NEGATIVE,
    POSITIVE,
    ThemeInsight,
    compound,
    fit_themes,
    scrub,
    themes_for,
    vader,
)
from copilot.workspace import Workspace

__all__ = [
    "MIN_PRODUCT_REVIEWS",
    "SOURCE",
    "RatingSummary",
    "ReviewInsights",
    "SubjectInsights",
    "ThemeInsight",
    "build_review_insights",
    "insights_to_chunks",
    "load_reviews",
    "review_chunks",
    "scrub",
]

log = logging.getLogger(__name__)

SOURCE = "reviews"
MIN_PRODUCT_REVIEWS = 5  # fewer reviews: the product gets no facts of its own (category facts only)


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


def build_review_insights(workspace: Workspace) -> ReviewInsights | None:
    """Insights from the workspace's reviews, or None when it has no reviews."""
    df = load_reviews(workspace)
    if df is None:
        return None
    analyzer = vader()
    df = df.copy()
    df["compound"] = compound(analyzer, df["text"].tolist())
    categories: list[SubjectInsights] = []
    products: list[SubjectInsights] = []
    for category, cat_df in df.groupby("category", sort=True):
        cat_df = cat_df.reset_index(drop=True)
        fitted = fit_themes(cat_df, analyzer)
        ratings = cat_df["rating"].to_numpy()
        label = str(category).replace("-", " ").capitalize()
        cat_themes = (
            themes_for(np.arange(len(cat_df)), fitted[0], fitted[1], ratings, MAX_CATEGORY_THEMES)
            if fitted
            else []
        )
        categories.append(
            SubjectInsights(
                kind="category",
                key=str(category),
                name=label,
                category=str(category),
                ratings=_ratings(cat_df),
                themes=cat_themes,
            )
        )
        for pid, p_df in cat_df.groupby("product_id", sort=True):
            if len(p_df) < MIN_PRODUCT_REVIEWS:
                continue
            themes = (
                themes_for(p_df.index.to_numpy(), fitted[0], fitted[1], ratings, MAX_PRODUCT_THEMES)
                if fitted
                else []
            )
            products.append(
                SubjectInsights(
                    kind="product",
                    key=str(pid),
                    name=str(p_df["name"].iloc[0]),
                    category=str(category),
                    ratings=_ratings(p_df),
                    themes=themes,
                )
            )
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
        chunks.append(
            make_chunk(
                meta,
                "Sentiment check",
                f"VADER sentiment of {insights.reviews:,} reviews correlates with their star ratings at "
                f"r = {insights.sentiment_star_correlation:.2f} (Pearson).",
            )
        )
    return chunks


def review_chunks(workspace: Workspace) -> list[Chunk] | None:
    """Review-insight facts for ``workspace`` (None when it has no reviews)."""
    insights = build_review_insights(workspace)
    return None if insights is None else insights.to_chunks()
