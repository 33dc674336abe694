"""Meaning-preserving edits of the DEV cases must not change their reading (a metamorphic robustness check).

`python benchmarks/reading/robustness.py [EDIT] [-v]`: each dev case the reader reads right is edited in a way
that keeps its meaning (a greeting in front, "Thanks!" after, no final "?", lower case, "shoppers" for
"customers", 顾客 for 客户, "over the past" for "in the last", …) and read again; it prints how many edited
readings no longer match the label, per edit (with EDIT, the cases themselves). Only dev cases are used:
held-out cases are never edited or shown. Some edits are not quite meaning-preserving ("lost" in lower case
may be the word, not the segment; 大客户 becomes 大用户), so a count is a list to read, not a score.
"""
import re
import sys
from collections import Counter

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[1]))
import bench_reader as b

cases = [c for c in b.load_cases() if c["split"] == "dev"]
reader = b.load_reader(False)
EN = [
 ("prefix-hi", lambda t: "Hi team, " + t[0].lower() + t[1:]),
 ("prefix-quick", lambda t: "Quick one: " + t),
 ("suffix-thanks", lambda t: t.rstrip() + " Thanks!"),
 ("lower", lambda t: t.lower()),
 ("no-final-dot", lambda t: t.rstrip(".!?")),
 ("semicolons", lambda t: t.replace(", ", "; ")),
 ("please", lambda t: "Please " + t[0].lower() + t[1:]),
 ("newlines", lambda t: t.replace(". ", ".\n")),
 ("dashes", lambda t: t.replace(", ", " - ")),
 ("shoppers", lambda t: re.sub(r"\bcustomers\b", "shoppers", t)),
 ("people", lambda t: re.sub(r"\bcustomers\b", "people", t)),
 ("past", lambda t: re.sub(r"\bin the last\b", "over the past", t)),
 ("within", lambda t: re.sub(r"\bin the last\b", "within the last", t)),
 ("discount", lambda t: re.sub(r"(\d+)% off\b", r"\1% discount", t)),
 ("percent", lambda t: re.sub(r"(\d+)% off\b", r"\1 percent off", t)),
 ("k-usd", lambda t: re.sub(r"\$(\d+),000\b", r"\1k USD", t)),
 ("dollars", lambda t: re.sub(r"\$(\d+),(\d{3})\b", r"\1\2 dollars", t)),
 ("e-mail", lambda t: re.sub(r"\bemail\b", "e-mail", t)),
 ("swap", lambda t: (lambda p: ", ".join([*p[:-2], p[-1].rstrip("."), p[-2]]) + "." if len(p) >= 4 and t.endswith(".") else t)(t.split(", "))),
]
ZH = [
 ("prefix", lambda t: "麻烦帮忙看下：" + t),
 ("suffix", lambda t: t.rstrip("。") + "，谢谢！"),
 ("comma", lambda t: t.replace("，", ",")),
 ("space", lambda t: t.replace("，", "， ")),
 ("no-final", lambda t: t.rstrip("。？！")),
 ("yonghu", lambda t: t.replace("客户", "用户")),
 ("guke", lambda t: t.replace("客户", "顾客")),
 ("jin", lambda t: re.sub("最近(?=[一二三四五六七八九十两半\\d])", "近", t)),
 ("guoqu", lambda t: re.sub("最近(?=[一二三四五六七八九十两半\\d])", "过去", t)),
 ("kuai", lambda t: re.sub("(\\d+)元", r"\1块", t)),
 ("edm", lambda t: t.replace("邮件", "EDM")),
 ("zh-swap", lambda t: (lambda p: "，".join([*p[:-2], p[-1].rstrip("。"), p[-2]]) + "。" if len(p) >= 4 and t.endswith("。") else t)(t.split("，"))),
]


def main() -> None:
    which = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("-") else None
    base = {r.id: r for r in b.run_cases(cases, reader, progress=False)}
    ok = [c for c in cases if base[c["id"]].exact]
    broke: Counter[str] = Counter()
    sizes: dict[str, int] = {}
    examples: dict[str, list[tuple[str, dict]]] = {}
    for name, f in EN + ZH:
        if which and name != which:
            continue
        lang = "zh" if (name, f) in ZH else "en"
        edited = [dict(c, text=f(c["text"])) for c in ok if c["expected"]["language"] == lang]
        edited = [e for e, c in zip(edited, [c for c in ok if c["expected"]["language"] == lang], strict=True) if e["text"] != c["text"]]
        bad = [r for r in b.run_cases(edited, reader, progress=False) if not r.exact]
        broke[name], sizes[name] = len(bad), len(edited)
        examples[name] = [(r.id, dict(r.diffs)) for r in bad]
    for name in sizes:
        print(f"{name}: {broke[name]}/{sizes[name]} edited readings changed")
    print(f"all: {sum(broke.values())}/{sum(sizes.values())}")
    if which or "-v" in sys.argv:
        for name, found in examples.items():
            for cid, diffs in found[:15]:
                case = next(x for x in cases if x["id"] == cid)
                print("---", name, cid, case["text"][:150])
                for field_, (exp, got) in diffs.items():
                    print("   ", field_, "exp", str(exp)[:150], "| got", str(got)[:150])


if __name__ == "__main__":
    main()
