"""Age bands: which of the data's bands (``customers.age_band``: "18-24", "25-34", ..., "65+") an age range asked
for selects, and the words that say so.

The data keeps age in bands, so an asked range ("under 30", "35-54", 50岁以上) is answered by whole bands:

* a band is **used** when more than half of its years lie inside the range ("under 30": 18-24 is used; 25-34 has
  five of its ten years under 30 and is **left out**, and the plan says so);
* when no band lies mostly inside (a range narrower than the bands, "aged 30-39"), every band it overlaps is used,
  and the plan says they reach past the range;
* an open band ("65+", "under 18") counts as ten years wide; customers with no band never match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

_OPEN_WIDTH = 10  # the years an open band ("65+", "under 18") is taken to span
_TOP = 120


@dataclass(frozen=True)
class Choice:
    """The bands an age range uses, the bands partly inside it and left out, and whether the used bands reach past it."""

    used: list[str]
    left_out: list[str]
    wider: bool  # no band lay mostly inside: the overlapping ones are used, with ages outside the range


def band_years(band: str) -> tuple[int, int] | None:
    """The years of a band as written in the data ("25-34" -> (25, 34), "65+" -> (65, 74) for the share,
    "under 18" -> (8, 17)), or None for text that is no band."""
    s = band.strip().lower().replace("–", "-").replace("—", "-")
    if m := re.fullmatch(r"(\d{1,3})\s*(?:-|to)\s*(\d{1,3})", s):
        lo, hi = int(m.group(1)), int(m.group(2))
        return (lo, hi) if lo <= hi else None
    if m := re.fullmatch(r"(\d{1,3})\s*(?:\+|and over|or over|and older|plus)", s) or re.fullmatch(
        r"(?:>=|over )(\d{1,3})", s
    ):
        lo = int(m.group(1))
        return lo, lo + _OPEN_WIDTH - 1
    if m := re.fullmatch(r"(?:<|under |below )(\d{1,3})", s):
        hi = int(m.group(1)) - 1
        return max(0, hi - _OPEN_WIDTH + 1), hi
    return None


def choose_bands(bands: Iterable[str], min_age: int | None, max_age: int | None) -> Choice:
    """Which of ``bands`` the range ``min_age``..``max_age`` (either open) selects (rule in the module text)."""
    lo, hi = (0 if min_age is None else min_age), (_TOP if max_age is None else max_age)
    mostly: list[str] = []
    partly: list[str] = []
    for band in sorted(
        {b for b in bands if band_years(b) is not None}, key=lambda b: band_years(b) or (0, 0)
    ):
        years = band_years(band)
        assert years is not None
        inside = min(hi, years[1]) - max(lo, years[0]) + 1
        if inside <= 0:
            continue
        if band.strip().endswith("+") and max_age is None:
            inside = years[1] - years[0] + 1  # "over 70" and "65+": both open upwards
        (mostly if 2 * inside > years[1] - years[0] + 1 else partly).append(band)
    if mostly:
        return Choice(used=mostly, left_out=partly, wider=False)
    return Choice(used=partly, left_out=[], wider=bool(partly))


def range_words(min_age: int | None, max_age: int | None) -> str:
    """ "aged under 30", "aged 35–54", "aged 50 and over"."""
    if min_age is not None and max_age is not None:
        return f"aged {min_age}" if min_age == max_age else f"aged {min_age}–{max_age}"
    if max_age is not None:
        return f"aged under {max_age + 1}"
    if min_age is not None:
        return f"aged {min_age} and over"
    return "any age"


def range_words_zh(min_age: int | None, max_age: int | None) -> str:
    """ "30岁以下", "35–54岁", "50岁及以上"."""
    if min_age is not None and max_age is not None:
        return f"{min_age}岁" if min_age == max_age else f"{min_age}–{max_age}岁"
    if max_age is not None:
        return f"{max_age + 1}岁以下"
    if min_age is not None:
        return f"{min_age}岁及以上"
    return "任意年龄"


def bands_words(
    used: list[str] | None, left_out: list[str] | None, min_age: int | None, max_age: int | None
) -> str:
    """What the data's bands make of the range: "age band 18-24; 25-34 is partly outside the range and left out"."""
    if used is None:
        return ""
    if not used:
        return "no age band of the data lies in this range, so it matches no one"
    out = (
        ("age band " if len(used) == 1 else "age bands ") + ", ".join(used) + " (the data keeps age in bands"
    )
    if left_out:
        out += (
            "; "
            + ", ".join(left_out)
            + (" is" if len(left_out) == 1 else " are")
            + " only partly in the range and left out"
        )
    elif _reaches_past(used, min_age, max_age):
        out += "; no band lies mostly in the range, so the bands it overlaps are used, with ages outside it"
    return out + ")"


def bands_words_zh(
    used: list[str] | None, left_out: list[str] | None, min_age: int | None, max_age: int | None
) -> str:
    """The Chinese counterpart of :func:`bands_words`."""
    if used is None:
        return ""
    if not used:
        return "数据中没有落在这个范围内的年龄段，因此没有人符合"
    out = "年龄段 " + "、".join(used) + "（数据按年龄段记录年龄"
    if left_out:
        out += "；" + "、".join(left_out) + " 只有部分在范围内，未计入"
    elif _reaches_past(used, min_age, max_age):
        out += "；没有年龄段大部分落在范围内，因此用了与之重叠的年龄段，含范围外的年龄"
    return out + "）"


def _reaches_past(used: list[str], min_age: int | None, max_age: int | None) -> bool:
    lo, hi = (0 if min_age is None else min_age), (_TOP if max_age is None else max_age)
    for band in used:
        years = band_years(band)
        if years is None:
            continue
        top = _TOP if band.strip().endswith("+") else years[1]
        if years[0] < lo or top > hi:
            return True
    return False
