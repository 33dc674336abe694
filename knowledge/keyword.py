"""A small in-memory BM25 keyword index over the stored chunks (for hybrid retrieval).

Built from the store's documents on first use and rebuilt after writes (see
:meth:`KnowledgeBase.cached`). Numbers are normalised ("28,000" -> "28000") so a spec value
matches however it is written; product ids ("P1001") are ordinary tokens.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from copilot.knowledge.store import StoredChunk

_TOKEN = re.compile(r"\d[\d,]*(?:\.\d+)?|[a-z0-9]+(?:['’-][a-z0-9]+)*")
STOP_WORDS = frozenset(
    ["a", "an", "and", "are", "as", "at", "be", "but", "by", "can", "do", "does", "for", "from", "has", "have", "how", "i", "if", "in", "into", "is", "it", "its", "me", "my", "of", "on", "or", "our", "so", "that", "the", "their", "them", "there", "these", "they", "this", "to", "was", "we", "what", "when", "where", "which", "who", "why", "will", "with", "you", "your", "about", "any", "much", "many", "tell"]
)


# A few retail synonyms so "How much does it cost / weigh?" meets "List price" / "Weight".
_SYNONYMS = {
    "cost": "price", "costs": "price", "priced": "price", "pricing": "price",
    "weigh": "weight", "weighs": "weight", "weighing": "weight", "heavy": "weight",
    "sizing": "size", "sized": "size",
    "washing": "wash", "washed": "wash", "cleaning": "clean",
}


def _stem(word: str) -> str:
    """A light plural stemmer plus a few synonyms: 'lugs'~'lug', 'weighs'~'weight'."""
    if word in _SYNONYMS:
        return _SYNONYMS[word]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def tokenize(text: str) -> list[str]:
    """Lower-cased word and number tokens without stop words (numbers lose their separators)."""
    out = []
    for tok in _TOKEN.findall(text.lower()):
        if tok[0].isdigit():
            out.append(tok.replace(",", ""))
        elif tok not in STOP_WORDS:
            for part in re.split(r"['’-]", tok):
                if part and part not in STOP_WORDS:
                    out.append(_stem(part))
    return out


@dataclass
class KeywordIndex:
    """BM25 (k1=1.2, b=0.75) over chunk texts."""

    chunks: list[StoredChunk]
    k1: float = 1.2
    b: float = 0.75
    postings: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    lengths: list[int] = field(default_factory=list)
    avg_len: float = 1.0

    @classmethod
    def build(cls, chunks: Sequence[StoredChunk]) -> KeywordIndex:
        index = cls(list(chunks))
        postings: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for i, c in enumerate(index.chunks):
            toks = tokenize(c.text)
            index.lengths.append(len(toks))
            for tok, tf in Counter(toks).items():
                postings[tok].append((i, tf))
        index.postings = dict(postings)
        index.avg_len = (sum(index.lengths) / len(index.lengths)) if index.lengths else 1.0
        return index

    def idf(self, token: str) -> float:
        n = len(self.chunks)
        df = len(self.postings.get(token, ()))
        return math.log(1 + (n - df + 0.5) / (df + 0.5))

    def search(self, query: str, k: int, *, product_ids: set[str] | None = None,
               product_id: str | None = None, category: str | None = None) -> list[tuple[StoredChunk, float]]:
        """Top ``k`` chunks by BM25, optionally restricted by product id(s) / category."""
        scores: dict[int, float] = defaultdict(float)
        for tok in set(tokenize(query)):
            plist = self.postings.get(tok)
            if not plist:
                continue
            idf = self.idf(tok)
            for i, tf in plist:
                norm = tf * (self.k1 + 1) / (tf + self.k1 * (1 - self.b + self.b * self.lengths[i] / self.avg_len))
                scores[i] += idf * norm

        def keep(i: int) -> bool:
            c = self.chunks[i]
            if product_id and c.product_id != product_id:
                return False
            if category and c.category != category:
                return False
            return not (product_ids is not None and c.product_id not in product_ids)

        filtered = bool(product_id or category) or product_ids is not None
        # the k best of sorted(...): heapq.nsmallest is documented equal to sorted(...)[:k]
        ranked = heapq.nsmallest(
            k, (i for i in scores if keep(i)) if filtered else scores,
            key=lambda i: (-scores[i], self.chunks[i].chunk_id),
        )
        return [(self.chunks[i], scores[i]) for i in ranked]
