"""Who relays a request, told before it (decision 243): "CS here —", "Relaying for a customer:", "Passing on from the
Denver store:", "A customer emailed support asking:", "Customer on chat wants to know", "a shopper asked what…",
客服转述一位客户的问题：, 客户想知道：, 团长问：. These are no clauses: the relayed question (or ask) after them decides the
kind and the intent. Only patterns here (``text.without_opening`` drops them; ``glosses.claim_glosses`` claims them).
"""

from __future__ import annotations

_WHO = r"(?:(?:an?|one|the|one of our|some)\s+)?(?:long-?time\s+|regular\s+|loyal\s+|repeat\s+|vip\s+)?(?:customers?|shoppers?|buyers?|clients?|members?)"
_ASKED = r"(?:asked|asks|is asking|was asking|wants to know|wanted to know|would like to know|wonders|was wondering|is wondering|asked us)"

#: A relaying prefix at the start of the text or of a sentence (the relayed words follow it).
RELAY_OPENING = (
    r"(?:CS|customer (?:success|service|support|care)|support|service desk|help ?desk)(?:\s+(?:team|lead|desk))?\s+here\s*[,:.\-–—]+\s*(?=\S)"
    r"|(?:relaying|passing(?:\s+this)?\s+on|forwarding|flagging)\s+(?:this\s+)?(?:from|for)\s+[^:：—–\n.?!]{1,40}?\s*[:：—–]+\s*(?=\S)"
    rf"|{_WHO}\s+(?:emailed|called|wrote(?:\s+to)?|messaged|pinged|dm'?d|rang)(?:\s+(?:CS|us|support|in|the team))?(?:\s+(?:asking|to ask))?\s*[:：,—–]+\s*(?=\S)"
    rf"|{_WHO}\s+(?:on|via)\s+(?:chat|live chat|the phone|email|the hotline|instagram|whatsapp)\s+{_ASKED}\s*[:：,—–]*\s*(?=\S)"
    rf"|{_WHO}\s+{_ASKED}\s*[:：,—–]*\s*(?=(?:what|whether|if|how|which|when|where|why|does|do|is|are|can|will|would)\b)"
    r"|客服(?:同事|同学|那边|这边)?(?:转述|转达|反馈|转来|代问|问)?(?:了)?(?:一位|一个|几位|几个|有)?(?:客户|顾客|买家)?的?(?:问题|提问|留言)?\s*[:：，,]\s*(?=\S)"
    r"|(?:有|一位|一个|好几个|几个)?(?:老)?(?:客户|顾客|买家|用户)(?:在)?(?:想知道|想问|问|咨询|留言问)(?:一下)?\s*[:：，,]\s*(?=\S)"
    r"|(?:我是团长[，,]\s*)?(?:帮品牌方问一下|团长问)\s*[:：，,]\s*(?=\S)"
)

#: A relayed question told without a question mark: "a shopper asked whether the X is waterproof".
RELAYED_QUESTION = (rf"(?:^|[:：—–-]\s*){_WHO}\s+{_ASKED}\s+(?:about\s+)?(?:what|whether|if|how|which|when|where|why|who)\b")
