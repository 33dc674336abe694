"""Who a promoted product is made for, said before its category ("women's base layers", 女款冲锋衣, 男士羽绒服,
女性跑步服饰): the catalogue keeps each product's gender (men, women, unisex), so the products of that category made
for it are promoted. "women's" = the products made for women (unisex products are not included). When the
catalogue keeps no gender, the words are listed as before (copilot.reading.product_lines); when no product of the
category is made for it ("women's tents": every tent is unisex), the category stays promoted and that is said. A
gender of the people ("women who bought…", 女性用户) is the audience's, which the data lacks (unsupported.py).
"""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.catalogue import Catalogue
from copilot.reading.schema import NotApplied
from copilot.reading.text import Text, match_catalogue

_WOMEN = re.compile(r"^(?:women'?s|ladies'?|girls'?|女款|女式|女士|女生|女性)$", re.IGNORECASE)
_MEN = re.compile(r"^(?:men'?s|boys'?|男款|男式|男士|男生|男性)$", re.IGNORECASE)


def made_for(t: Text, cat: Catalogue, words: str, at: int) -> tuple[list[str], *tuple[NotApplied, ...]] | None:
    """The products of the category at ``at`` made for the gender ``words`` names (its words claimed), with a note
    when none is; None when ``words`` names no gender or the catalogue keeps none."""
    gender = "women" if _WOMEN.match(words.strip()) else "men" if _MEN.match(words.strip()) else None
    if gender is None or not cat.genders:
        return None
    hit = match_catalogue(t.text, at, cat)
    if not hit or not hit[0]:
        return None
    start = t.text.rfind(words, 0, at)
    span = (start, at) if start >= 0 else (at, at)
    products = [pid for pid, _n, c in cat.products if c in hit[0] and cat.genders.get(pid) == gender]
    if products:
        t.take(*span)
        return (products,)
    what = t.text[at : hit[2]]
    note = NotApplied(text=t.text[span[0] : hit[2]], span=t.take(*span), affects="product",
                      reason=f"the catalogue has no {what} made for {gender} (they are unisex); copilot reads all {what}")
    return ([], note)
